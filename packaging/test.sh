#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds AP Desk with its tests and runs the
# whole suite headless (offscreen Qt platform, a private D-Bus session and keyring), ending on
# CTest's summary. Usage: packaging/test.sh [dev|asan]   (default: dev)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${1:-dev}
cd "$root"

"$root/packaging/setup-debian.sh"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
exec "$root/tests/run-headless.sh" ctest --preset "$preset" --parallel 2
