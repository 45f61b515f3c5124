#!/usr/bin/env bash
# The README's test command: installs dependencies, builds with warnings as errors, and runs
# every test suite (unit, server integration against the real binary, GUI end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# One format for the tree: a formatting difference fails before anything is built.
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror
if [ "${KP_SANITIZE:-OFF}" = ON ]; then
  # ASan + UBSan build of everything; leaks inside Qt's and D-Bus's libraries are not ours to judge.
  export KP_BUILD_DIR=${KP_BUILD_DIR:-build-sanitize}
  # Unoptimised with line tables only: the sanitizers find the same faults, the stack traces keep
  # file:line, and the build takes a third of the time of -O2 -g (CI's longest step).
  export KP_BUILD_TYPE=${KP_BUILD_TYPE:-Debug}
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  # The benchmarks are not run in CI; the first pass builds them, this one need not.
  ./scripts/build.sh -DKP_SANITIZE=ON -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DKP_BUILD_BENCHMARKS=OFF
else
  # Line tables only (-g1): file:line in a backtrace is what a failing test needs, and full
  # debug info at -O2 is a large share of the build.
  ./scripts/build.sh "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
fi
cd "${KP_BUILD_DIR:-build}"
ctest --output-on-failure --parallel "$(nproc)" "$@"
