#!/usr/bin/env bash
# Runs every test: installs what is missing (Debian packages), builds, and runs
# the whole ctest suite (unit, metadata, integration in a real office, ...).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
"$top/scripts/build.sh"
build=${LIGESTAT_BUILD_DIR:-$top/build}
# Several tests at a time: each office test spends much of its time waiting
# for the office, and the builds inside tests reserve both cores (PROCESSORS).
ctest --test-dir "$build" --output-on-failure --parallel "${LIGESTAT_TEST_JOBS:-3}" "$@"
