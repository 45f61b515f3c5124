#!/usr/bin/env bash
# clang-tidy (the checks in .clang-tidy) on the C++ sources changed since a base commit, with
# every finding an error. CI runs it on what the last commit changed (for a merge: everything
# the merged branch changed); pass another base to check more, e.g. `scripts/tidy-changed.sh main~5`.
# Needs a configured build (compile_commands.json, generated moc files): run after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${KP_BUILD_DIR:-build}
base=${1:-${KP_TIDY_BASE:-HEAD^1}}
if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
  echo "tidy: no base commit $base; nothing to compare with"
  exit 0
fi
mapfile -t files < <(git diff --name-only --diff-filter=d "$base" HEAD -- 'shared/*.cpp' 'server/*.cpp' 'client/*.cpp')
if [ ${#files[@]} -eq 0 ]; then
  echo "tidy: no C++ source changed since $base"
  exit 0
fi
echo "tidy: ${#files[@]} changed source files since $base"
# GCC's precompiled headers (KP_PCH) are no use to clang: tidy gets the build's commands without
# them, and reads the headers themselves. A unity batch (KP_UNITY) becomes one entry per source
# it includes, with the batch's command.
tidy_db=$(mktemp -d)
trap 'rm -rf "$tidy_db"' EXIT
python3 - "$build_dir/compile_commands.json" "$tidy_db/compile_commands.json" <<'PY'
import json, re, sys
commands = []
for command in json.load(open(sys.argv[1])):
    command["command"] = re.sub(r" -Winvalid-pch| -include \S*cmake_pch\.hxx", "", command["command"])
    batch = command["file"]
    if not re.search(r"/Unity/unity_\d+_cxx\.cxx$", batch):
        commands.append(command)
        continue
    for source in re.findall(r'^#include "([^"]+)"', open(batch).read(), re.M):
        commands.append(dict(command, file=source, command=command["command"].replace(batch, source)))
json.dump(commands, open(sys.argv[2], "w"))
PY
status=0
output=$(printf '%s\0' "${files[@]}" |
  xargs -0 -n 4 -P "$(nproc)" clang-tidy -p "$tidy_db" --quiet --warnings-as-errors='*' 2>&1) || status=$?
# clang-tidy's own chatter ("N warnings generated", suppressed counts) is not a finding.
grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter' \
  <<<"$output" || true
exit "$status"
