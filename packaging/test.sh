#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds AP Desk with its tests and runs the
# whole suite headless (offscreen Qt platform, a private D-Bus session and keyring), ending on
# CTest's summary. Usage: packaging/test.sh [dev|asan]   (default: dev)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${1:-dev}
cd "$root"

"$root/packaging/setup-debian.sh"
# APDESK_CMAKE_ARGS: extra cache settings (CI uses it for lighter debug information).
# shellcheck disable=SC2086
cmake --preset "$preset" ${APDESK_CMAKE_ARGS:-} >/dev/null
cmake --build --preset "$preset"
exec "$root/tests/run-headless.sh" ctest --preset "$preset" --parallel 2
