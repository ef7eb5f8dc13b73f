#!/usr/bin/env bash
# Runs a command against the private LibreOffice 25.2 (scripts/install-lo25.sh,
# installed first if it is not cached yet): the office harness (office.py)
# takes the office from LO_PROGRAM_DIR, and Python takes 25.2's own uno.py,
# because a 7.4 UNO client cannot drive a 25.2 office.
#   scripts/with-lo25.sh ctest --test-dir build -R integration.test_foundation
set -euo pipefail
program=$("$(dirname "$0")/install-lo25.sh")
python_dir=$(cd "$program/../../python3/dist-packages" && pwd)
export LO_PROGRAM_DIR=$program
export PYTHONPATH=$python_dir${PYTHONPATH:+:$PYTHONPATH}
exec "$@"
