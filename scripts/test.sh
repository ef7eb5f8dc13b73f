#!/usr/bin/env bash
# Runs every test: installs what is missing (Debian packages), builds, and runs
# the whole ctest suite (unit, metadata, integration in a real office, ...).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
"$top/scripts/build.sh"
build=${LIGESTAT_BUILD_DIR:-$top/build}
ctest --test-dir "$build" --output-on-failure "$@"
