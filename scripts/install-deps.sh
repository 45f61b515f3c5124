#!/usr/bin/env bash
# Installs what Kundenportal needs to build, run and test, from Debian 12 packages only.
# Idempotent: when everything is present already it changes nothing and asks apt nothing.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ lld pkg-config clang-format clang-tidy
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins libgl-dev qt6-multimedia-dev qt6-charts-dev qt6-webengine-dev libqt6opengl6-dev
  qtkeychain-qt6-dev libcpp-httplib-dev libsqlite3-dev libsodium-dev libssl-dev libphonenumber-dev libqrencode-dev
  # bundled into the app's resources at build time
  fonts-inter adwaita-icon-theme
  # tests: a private D-Bus session with gnome-keyring for QtKeychain, Xvfb for windows
  dbus dbus-x11 gnome-keyring xvfb xauth
  # tutorial videos: playback through GStreamer (H.264/AAC via libav), test videos made by ffmpeg
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav ffmpeg
  # the run script's health check; tests/bench
  curl wrk bc openssl
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
