#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, preset `fuzz`: clang with AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs each for SECONDS (default 20) from its seed corpus in
# tests/data. A crash, a sanitizer report or a hang fails the run; the input that caused it is
# left in build/fuzz/crashes/ (make it a test). Usage: packaging/fuzz.sh [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-20}
cd "$root"

"$root/packaging/setup-debian.sh"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

bin="$root/build/fuzz/bin"
# The leaks of system libraries the program cannot free (fontconfig's caches, ...), as in the
# asan preset's tests.
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
crashes="$root/build/fuzz/crashes"
mkdir -p "$crashes"
run() {
  local target=$1 seeds=$2
  # A working copy of the seeds: what the fuzzer adds never lands in tests/data.
  local corpus
  corpus=$(mktemp -d)
  cp "$seeds"/* "$corpus"/
  echo "fuzz: $target for ${seconds} s"
  "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$crashes/$target-" -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
  rm -rf "$corpus"
}
run fuzz_csv "$root/tests/data/csv"
run fuzz_claimjson "$root/tests/data/claims"
run fuzz_ratestable "$root/resources/rates"
run fuzz_jsoninput "$root/tests/data/json"
run fuzz_httprequest "$root/tests/data/http"
echo "fuzz: no crash"
