#!/usr/bin/env bash
# Installs every Debian/Ubuntu package that AP Desk needs to build, run and test.
# Idempotent: when everything is present it only checks and returns in about a second.
# Works as root or through sudo. Debian 12 (bookworm) and Ubuntu 24.04 (noble).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git lld
  # Qt 6 and its modules (qt6-httpserver-dev forgets to pull qt6-websockets-dev)
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite qt6-svg-dev
  qt6-httpserver-dev qt6-websockets-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  qtkeychain-qt6-dev libgl1-mesa-dev
  # libraries
  libsodium-dev libphonenumber-dev
  # SQLite's C API, the same library Qt's SQLite plugin uses (bulk statements in app/sqlite)
  libsqlite3-dev
  # tests and benchmarks: headless display, keyring, sqlite3 CLI (benchmark floor)
  libgtest-dev libbenchmark-dev xvfb xauth dbus gnome-keyring sqlite3
  fonts-dejavu-core
  # the control pack's PDF read back as text by the tests (pdftotext)
  poppler-utils
  # fuzzing (packaging/fuzz.sh): clang with libFuzzer and the sanitizers' runtime
  clang libclang-rt-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "setup: missing packages (${missing[*]}) and neither root nor sudo available" >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
