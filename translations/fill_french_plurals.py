#!/usr/bin/env python3
"""Gives every counted message ("%n tentative(s)") its two French forms in apdesk_fr.ts.

The source strings are French; Qt still needs a catalogue to choose between "1 tentative" and
"2 tentatives". Run after `cmake --build --preset dev --target update_translations`.
French uses the singular for 0 and 1: the first form drops "(s)", the second writes "s".
"""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("apdesk_fr.ts"))
text = path.read_text(encoding="utf-8")

message = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>.*?)</source>\s*)'
    r'<translation[^>]*>.*?</translation>', re.S)


def forms(match):
    source = match.group("source")
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    return (match.group(1) + "<translation>\n"
            f"            <numerusform>{singular}</numerusform>\n"
            f"            <numerusform>{plural}</numerusform>\n"
            "        </translation>")


updated, count = message.subn(forms, text)
path.write_text(updated, encoding="utf-8")
print(f"{path.name}: {count} counted messages given their French forms")
