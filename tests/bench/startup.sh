#!/usr/bin/env bash
# AP Desk's start-up next to a bare Qt window (apdesk-bench-startup), on a private X server and
# D-Bus session as a desktop would give them, with the bench build's programs:
#   cmake --preset bench && cmake --build --preset bench --target apdesk-bench-startup apdesk
#   tests/bench/startup.sh [--runs N]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench=${APDESK_BENCH_DIR:-$root/build/bench/bin}
exec xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
  "$bench/apdesk-bench-startup" --apdesk "$bench/apdesk" "$@"
