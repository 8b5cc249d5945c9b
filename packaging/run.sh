#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds AP Desk (release) and launches it on its
# embedded defaults (the simulated ASP service inside the program, data in the platform's
# application data folder). Extra arguments go to apdesk, e.g. --lang en or --data-dir DIR.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/packaging/setup-debian.sh"
cmake --preset release >/dev/null
cmake --build --preset release

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
  echo "run: no display (DISPLAY/WAYLAND_DISPLAY unset): starting apdesk on a virtual screen;"
  echo "run: it writes a picture of its window to build/release/apdesk-screenshot.png and exits."
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$root/build/release/bin/apdesk" \
    --screenshot "$root/build/release/apdesk-screenshot.png" "$@"
fi
exec "$root/build/release/bin/apdesk" "$@"
