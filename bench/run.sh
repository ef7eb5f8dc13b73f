#!/bin/sh
# The whole benchmark in one command: builds what it needs (core bench and the
# .oxt, -j2), then prints one table. Options go to bench.py (see --help), e.g.
#   bench/run.sh --sizes 100000 --only 1
# The memory soak (issue 14) instead; options go to soak.py (see --help):
#   bench/run.sh --soak --rounds 30
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${LIGESTAT_BUILD_DIR:-$root/build}
[ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" -j2 --target ligestat_core_bench ligestat_oxt >/dev/null
if [ "${1:-}" = "--soak" ]; then
  shift
  exec /usr/bin/python3 "$here/soak.py" --build "$build" "$@"
fi
exec /usr/bin/python3 "$here/bench.py" --build "$build" "$@"
