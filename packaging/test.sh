#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds AP Desk with its tests and runs the
# whole suite headless (offscreen Qt platform, a private D-Bus session and keyring), ending on
# CTest's summary. Usage: packaging/test.sh [dev|asan]   (default: dev)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${1:-dev}
cd "$root"

"$root/packaging/setup-debian.sh"
# APDESK_DEBUG_FLAGS: the Debug build's debug information (default -g), set again at every run so
# that a lighter one chosen once (CI) does not stay in the build folder; APDESK_CMAKE_ARGS: any
# other cache settings.
# shellcheck disable=SC2086
cmake --preset "$preset" -DCMAKE_CXX_FLAGS_DEBUG="${APDESK_DEBUG_FLAGS:--g}" \
  ${APDESK_CMAKE_ARGS:-} >/dev/null
cmake --build --preset "$preset"
exec "$root/tests/run-headless.sh" ctest --preset "$preset" --parallel 2
