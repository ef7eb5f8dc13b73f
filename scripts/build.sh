#!/usr/bin/env bash
# Configures and builds the extension (build/ligestat.oxt) and the tests.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${LIGESTAT_BUILD_DIR:-$top/build}
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_UNITY_BUILD=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
