#!/usr/bin/env bash
# Runs a command as on a machine without a screen: no DISPLAY (a keyring prompt on an X screen
# would hang a keychain job, TOOLCHAIN.md), a private HOME and XDG folders, and its own D-Bus
# session with an unlocked gnome-keyring so that QtKeychain has a real backend.
set -euo pipefail
if [[ -z ${APDESK_HEADLESS_INNER:-} ]]; then
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/apdesk-tests.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/home" "$tmp/data" "$tmp/runtime"
  chmod 700 "$tmp/runtime"
  export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime"
  export QT_QPA_PLATFORM=offscreen APDESK_HEADLESS_INNER=1
  unset DISPLAY WAYLAND_DISPLAY
  if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    dbus-run-session -- "$0" "$@"
  else
    "$0" "$@"
  fi
  exit $?
fi
if [[ -n ${DBUS_SESSION_BUS_ADDRESS:-} ]] && command -v gnome-keyring-daemon >/dev/null; then
  echo -n apdesk-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
fi
exec "$@"
