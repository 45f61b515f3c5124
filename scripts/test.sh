#!/usr/bin/env bash
# The README's test command: installs dependencies, builds with warnings as errors, and runs
# every test suite (unit, server integration against the real binary, GUI end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
cd "${KP_BUILD_DIR:-build}"
ctest --output-on-failure --parallel "$(nproc)" "$@"
