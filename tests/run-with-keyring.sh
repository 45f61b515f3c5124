#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring, the Secret Service
# QtKeychain talks to on Linux. Nothing of the user's own keyring is touched.
set -euo pipefail
exec dbus-run-session -- bash -c '
  export HOME="$(mktemp -d)"            # a throwaway keyring folder per run
  echo -n test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' bash "$@"
