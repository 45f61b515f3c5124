#!/usr/bin/env bash
# Configures and builds into build/ (or $KP_BUILD_DIR). Extra arguments go to CMake.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${KP_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${KP_BUILD_TYPE:-RelWithDebInfo} -DKP_WERROR=ON "$@" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
