#!/usr/bin/env bash
# The main job: installs what is missing, builds the extension, installs it into
# a private office profile, opens the example workbook, generates the
# key-figure sheet and saves it as .ods and .pdf into out/.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
"$top/scripts/build.sh"
build=${LIGESTAT_BUILD_DIR:-$top/build}
mkdir -p "$top/out"
LIGESTAT_OXT="$build/ligestat.oxt" PYTHONPATH="$top/scripts" /usr/bin/python3 "$top/scripts/main_job.py" \
  --workbook "$top/example-workbooks/ligestat-example-hr.ods" --out "$top/out"
