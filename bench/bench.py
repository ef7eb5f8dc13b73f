#!/usr/bin/python3
"""Ligestat benchmark: our add-in against Calc's own formulas, side by side.

One command (bench/run.sh) builds what is needed, generates seeded HR data
with example-workbooks/generate_hr.py, starts a real headless office with the
built .oxt, and prints one table: for each scenario the time of both sides,
measured in the same document in the same run, and their ratio.

Scenarios
  1u  200 pay-index cells (job-title filter), unweighted:
        PAYINDEX(pay;gender;;title;x)  vs  100*AVERAGEIFS(..K..)/AVERAGEIFS(..M..)
  1w  the same, FTE-weighted:
        PAYINDEX(pay;gender;fte;title;x)  vs
        100*(SUMIFS(payfte;g;"K";t;x)/SUMIFS(fte;g;"K";t;x))/(SUMIFS(payfte;g;"M";t;x)/SUMIFS(fte;g;"M";t;x))
      with a helper column payfte = pay*fte, as a user would write it.
      Each is timed as a full calculateAll of the document, (a) with the data
      unchanged and (b) right after one data cell was edited (which must
      invalidate the add-in's range cache, so (b) includes re-reading).
  1t  the per-title FTE-weighted index as ONE PAYINDEXTABLE array formula
      against one native SUMIFS cell per distinct title.
  2   full recalculation of the generated key-figure sheet (100k employees)
  3   generating that sheet (dispatch vnd.dk.ligestat:GenerateKeyFigures)
  4   core alone: payIndexTable over 1M rows on one core (bench/core_bench)
  5   per-value functions over a whole column (issue 9, item 6): N ages in
      column A and, filled down column B, AGEBAND(A:A) (Calc intersects the
      whole column with each formula's row)  vs  Calc's own
      IF(A:A="";"";IF(A:A<30;"<30";IF(A:A>=60;"60+";INT(A:A/10)*10&"-"&INT(A:A/10)*10+9)))
      (5n); and ONE cell =AGEBAND(A:A), the case that took 95 s (5one).
  6   this year against last year (issue 12): N + N employees (two lists,
      5 % leavers and 5 % joiners), each of STAFFFLOWS, PAYDEVELOPMENT,
      ALLOWANCEROUND and PROMOTIONS as one array formula  vs  what a user
      writes without them: a MATCH per row of the other list (exact, unsorted)
      and a helper column, then COUNTIFS/AVERAGEIFS per figure.
  mem peak memory (VmHWM) of soffice.bin per data size.

This is a benchmark, not a test: a scenario that cannot run says why.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
sys.path.insert(0, os.path.join(ROOT, "example-workbooks"))

import generate_hr as hr  # noqa: E402

SEED = 2026
CELLS = 200
KEY_FIGURES_URL = "vnd.dk.ligestat:GenerateKeyFigures"
DATA = "$Medarbejdere"


def column_letter(index):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]


PAYFTE_COL = len(hr.STAFF_HEADERS)  # the helper column right after the data


def data_file(directory, n):
    """The seeded workbook with n employees plus the payfte helper column."""
    # "-absence": the data since the sickness absence column (issue 11); an
    # older cached file without it would leave the key-figure sheet's section 10 out.
    path = os.path.join(directory, "hr-%d-seed%d-absence.ods" % (n, SEED))
    if os.path.exists(path):
        return path
    os.makedirs(directory, exist_ok=True)

    def rows():
        for r in hr.scaled_rows(n, SEED):
            fte, pay = r[hr.COL_FTE], r[hr.COL_PAY]
            yield r + (round(fte * pay, 6),)

    sheet = hr.Sheet(hr.STAFF_SHEET, hr.STAFF_HEADERS + ("LønXÅrsværk",), rows(),
                     hr.STAFF_COLUMN_WIDTHS_CM + (2.4,))
    started = time.perf_counter()
    hr.write_ods(path, [sheet])
    print("  generated %s in %.1f s" % (os.path.basename(path), time.perf_counter() - started), flush=True)
    return path


def titles_of(n):
    """The distinct job titles of the data (trimmed, case-folded like the add-in)."""
    seen = {}
    for r in hr.scaled_rows(n, SEED):
        seen.setdefault(hr.norm_text(r[hr.COL_TITLE]), r[hr.COL_TITLE].strip())
    return sorted(seen.values())


def ref(col, n):
    c = column_letter(col)
    return "%s.$%s$2:$%s$%d" % (DATA, c, c, n + 1)


def formulas(side, weighted, n, cells):
    pay, g, t, fte, payfte = (ref(hr.COL_PAY, n), ref(hr.COL_GENDER, n), ref(hr.COL_TITLE, n),
                              ref(hr.COL_FTE, n), ref(PAYFTE_COL, n))
    out = []
    for i in range(cells):
        x = "$A%d" % (i + 1)
        if side == "addin":
            out.append("=PAYINDEX(%s;%s;%s;%s;%s)" % (pay, g, fte if weighted else "", t, x))
        elif weighted:
            def mean(sex):
                return "(SUMIFS(%s;%s;\"%s\";%s;%s)/SUMIFS(%s;%s;\"%s\";%s;%s))" % (
                    payfte, g, sex, t, x, fte, g, sex, t, x)
            out.append("=100*%s/%s" % (mean("K"), mean("M")))
        else:
            out.append("=100*AVERAGEIFS(%s;%s;\"K\";%s;%s)/AVERAGEIFS(%s;%s;\"M\";%s;%s)" % (
                pay, g, t, x, pay, g, t, x))
    return out


def timed(action):
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def soffice_bin_pid(office):
    """The soffice.bin process of this office (found by its private profile)."""
    marker = office.profile_url.encode()
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                cmdline = f.read()
        except OSError:
            continue
        if b"soffice.bin" in cmdline.split(b"\0")[0] and marker in cmdline:
            return int(pid)
    return None


def peak_memory_mib(office):
    pid = soffice_bin_pid(office)
    if pid is None:
        return None
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return None


class Table:
    def __init__(self):
        self.rows = []

    def add(self, scenario, n, addin, native, note=""):
        self.rows.append((scenario, n, addin, native, note))
        print("  %-44s %9s  add-in %s  native %s  ratio %s  %s" % (
            scenario, n, fmt(addin), fmt(native), ratio(addin, native), note), flush=True)

    def show(self):
        print()
        print("| scenario | N | add-in (s) | native (s) | add-in/native | note |")
        print("|---|---:|---:|---:|---:|---|")
        for scenario, n, addin, native, note in self.rows:
            print("| %s | %s | %s | %s | %s | %s |" % (scenario, n, fmt(addin), fmt(native),
                                                      ratio(addin, native), note))


def fmt(seconds):
    if seconds is None:
        return "-"
    if isinstance(seconds, str):
        return seconds
    return "%.3f" % seconds


def ratio(addin, native):
    if isinstance(addin, float) and isinstance(native, float) and native > 0:
        # the year-on-year functions are hundreds of times faster: keep their digits
        return "%.2f" % (addin / native) if addin / native >= 0.01 else "%.4f" % (addin / native)
    return "-"


def measure(doc, write_formulas, edit, reps):
    """(first calc, median recalc, median recalc right after a data edit)."""
    write_formulas()
    first = timed(doc.calculateAll)  # also loads the add-in / fills its cache
    unchanged = [timed(doc.calculateAll) for _ in range(reps)]
    after_edit = []
    for _ in range(reps):
        edit()
        after_edit.append(timed(doc.calculateAll))
    return first, statistics.median(unchanged), statistics.median(after_edit)


def error_cells(sheet, cells):
    return sum(1 for i in range(cells) if sheet.getCellByPosition(1, i).getError())


def bench_pay_index(office, path, n, reps, table):
    doc = office.load(path)
    try:
        sheets = doc.Sheets
        sheets.insertNewByName("Bench", sheets.getCount())
        bench = sheets.getByName("Bench")
        titles = titles_of(n)
        cells = [titles[i % len(titles)] for i in range(CELLS)]
        bench.getCellRangeByName("A1:A%d" % CELLS).setDataArray(tuple((t,) for t in cells))
        work = bench.getCellRangeByName("B1:G%d" % CELLS)
        data = doc.Sheets.getByName(hr.STAFF_SHEET)
        edited = data.getCellByPosition(hr.COL_PAY, n)  # the last employee's pay
        pay = edited.getValue()

        def edit():
            edited.setValue(pay)  # the same value: still a change Calc reports

        def cell_formulas(side, weighted, count):
            def write():
                work.clearContents(1 | 2 | 4 | 16)  # values, dates, strings, formulas
                bench.getCellRangeByName("B1:B%d" % count).setFormulaArray(
                    tuple((f,) for f in formulas(side, weighted, n, count)))
            return write

        for weighted in (False, True):
            label = "1%s %d x PAYINDEX, title filter, %s" % ("w" if weighted else "u", CELLS,
                                                           "FTE-weighted" if weighted else "unweighted")
            a = measure(doc, cell_formulas("addin", weighted, CELLS), edit, reps)
            a_errors = error_cells(bench, CELLS)
            nat = measure(doc, cell_formulas("native", weighted, CELLS), edit, reps)
            n_errors = error_cells(bench, CELLS)
            table.add(label + " - first calc", n, a[0], nat[0])
            table.add(label + " - recalc", n, a[1], nat[1])
            table.add(label + " - recalc after edit", n, a[2], nat[2],
                      "#N/A or errors: add-in %d, native %d of %d" % (a_errors, n_errors, CELLS))

        # The same per-title figures as one PAYINDEXTABLE array formula (all
        # ranges cached) against one native FTE-weighted cell per title.
        def table_formula():
            work.clearContents(1 | 2 | 4 | 16)
            pay_r, g, t, fte = (ref(hr.COL_PAY, n), ref(hr.COL_GENDER, n), ref(hr.COL_TITLE, n),
                                ref(hr.COL_FTE, n))
            bench.getCellRangeByName("B1:G%d" % (len(titles) + 5)).setArrayFormula(
                "PAYINDEXTABLE(%s;%s;%s;%s)" % (pay_r, g, fte, t))

        label = "1t PAYINDEXTABLE (%d titles) vs %d native cells" % (len(titles), len(titles))
        a = measure(doc, table_formula, edit, reps)
        nat = measure(doc, cell_formulas("native", True, len(titles)), edit, reps)
        table.add(label + " - recalc", n, a[1], nat[1])
        table.add(label + " - recalc after edit", n, a[2], nat[2])
    finally:
        doc.setModified(False)
        doc.close(True)


def dispatch_key_figures(office, doc):
    """Runs the key-figure command; False when the office does not know it."""
    from office import props  # noqa: E402
    frame = doc.getCurrentController().getFrame()
    url = office.create("com.sun.star.util.URLTransformer")
    import uno  # noqa: E402
    target = uno.createUnoStruct("com.sun.star.util.URL")
    target.Complete = KEY_FIGURES_URL
    _, target = url.parseStrict(target)
    if frame.queryDispatch(target, "", 0) is None:
        return False
    helper = office.create("com.sun.star.frame.DispatchHelper")
    helper.executeDispatch(frame, KEY_FIGURES_URL, "", 0, props())
    return True


def bench_key_figures(office, path, n, reps, table):
    doc = office.load(path)
    try:
        before = doc.Sheets.getCount()
        seconds = timed(lambda: dispatch_key_figures(office, doc))
        available = doc.Sheets.getCount() > before
        if not available:
            table.add("2  recalc of the key-figure sheet", n, "not available", None,
                      "command %s not registered" % KEY_FIGURES_URL)
            table.add("3  generating the key-figure sheet", n, "not available", None)
            return
        doc.calculateAll()
        recalc = statistics.median([timed(doc.calculateAll) for _ in range(reps)])
        # The yardstick (issue 11, "Speed"): Calc's own formulas for one
        # pay-index table on the same data, one FTE-weighted SUMIFS cell per
        # title (as 1t), timed alone in the same document: the key-figure
        # sheet removed, every other sheet as it was.
        doc.Sheets.removeByName(doc.Sheets.getByIndex(doc.Sheets.getCount() - 1).Name)
        doc.Sheets.insertNewByName("Bench", doc.Sheets.getCount())
        bench = doc.Sheets.getByName("Bench")
        titles = titles_of(n)
        bench.getCellRangeByName("A1:A%d" % len(titles)).setDataArray(tuple((t,) for t in titles))
        bench.getCellRangeByName("B1:B%d" % len(titles)).setFormulaArray(
            tuple((f,) for f in formulas("native", True, n, len(titles))))
        doc.calculateAll()
        native = statistics.median([timed(doc.calculateAll) for _ in range(reps)])
        table.add("2  recalc of the key-figure sheet vs native SUMIFS pay-index table", n, recalc, native,
                  "targets: < 1 s, <= 0.7 x native; %d titles" % len(titles))
        table.add("3  generating the key-figure sheet vs native table recalc", n, seconds, native,
                  "target: < 3 s")
    finally:
        doc.setModified(False)
        doc.close(True)


def bench_core(build, table):
    exe = os.path.join(build, "bench", "ligestat_core_bench")
    if not os.path.exists(exe):
        table.add("4  core payIndexTable, 1 core", 1000000, "not built", None)
        return
    out = subprocess.run(["taskset", "-c", "0", exe], capture_output=True, text=True, check=True).stdout
    print(out, end="")
    for line in out.splitlines():
        if line.startswith("RESULT "):  # RESULT <name> <rows> <seconds>
            _, name, rows, seconds = line.split()
            table.add("4  core %s, 1 core" % name, int(rows), float(seconds), None)


NATIVE_AGEBAND = ('=IF(A:A="";"";IF(A:A<30;"<30";IF(A:A>=60;"60+";'
                  'INT(A:A/10)*10&"-"&INT(A:A/10)*10+9)))')


def bench_whole_column_ageband(office, n, reps, table):
    import random  # noqa: E402
    rng = random.Random(SEED)
    doc = office.new_calc()
    try:
        sheet = doc.Sheets.getByIndex(0)
        # Every 10th age left blank: blank in, blank out.
        ages = [("",) if i % 10 == 9 else (float(rng.randint(18, 70)),) for i in range(n)]
        sheet.getCellRangeByName("A1:A%d" % n).setDataArray(ages)
        column = sheet.getCellRangeByName("B1:B%d" % n)

        def side(formula, count):
            cells = column if count == n else sheet.getCellRangeByName("B1:B%d" % count)

            def run():
                cells.setFormulaArray([(formula,)] * count)
                doc.calculateAll()
            run()
            seconds = statistics.median([timed(doc.calculateAll) for _ in range(reps)])
            cells.clearContents(1 | 2 | 4 | 16)  # values, dates, strings, formulas
            return seconds
        table.add("5n AGEBAND(A:A) filled down", n, side("=AGEBAND(A:A)", n), side(NATIVE_AGEBAND, n))
        table.add("5one one cell AGEBAND(A:A)", n, side("=AGEBAND(A:A)", 1), side(NATIVE_AGEBAND, 1))
    finally:
        doc.setModified(False)
        doc.close(True)


# ---- Scenario 6: this year against last year ------------------------------------

LEVELS = ("Direktør", "Chef", "Leder", "Medarbejder")


def year_lists(n, rng):
    """Last year's and this year's rows (id, gender, pay, fte, allowance, level):
    5 % of last year leave, 5 % of this year join; this year in another order."""
    before = []
    for i in range(1, n + 1):
        allowance = "" if rng.random() < 0.3 else float(rng.randint(5, 50) * 100)
        before.append((float(i), rng.choice("KM"), float(rng.randint(25000, 60000)),
                       rng.choice((1.0, 1.0, 0.8, 0.5)), allowance, rng.choice(LEVELS[1:])))
    now = []
    for row in before:
        if rng.random() < 0.05:
            continue  # leaves
        ident, gender, pay, fte, allowance, level = row
        pay = round(pay * (1 + rng.uniform(-0.02, 0.08)))
        if rng.random() < 0.2:
            allowance = (allowance or 0.0) + 500.0
        if rng.random() < 0.03 and level != LEVELS[0]:
            level = LEVELS[LEVELS.index(level) - 1]
        now.append((ident, gender, float(pay), fte, allowance, level))
    while len(now) < n:
        now.append((float(n + len(now)), rng.choice("KM"), float(rng.randint(25000, 60000)), 1.0, "", LEVELS[3]))
    rng.shuffle(now)
    return before, now


def year_on_year_formulas(n):
    """(name, add-in array formula and its size, native column formulas per row
    (this year's list), native column formulas per row of last year's list,
    native summary formulas)."""
    last = n + 1
    A, B, C, D, E, F = ("$%s$2:$%s$%d" % (c, c, last) for c in "ABCDEF")
    H, I, J, K, L, M = ("$%s$2:$%s$%d" % (c, c, last) for c in "HIJKLM")
    N, O, P, G = ("$%s$2:$%s$%d" % (c, c, last) for c in "NOPG")
    levels = "$Y$1:$Y$%d" % len(LEVELS)
    match = "=MATCH(H{r};%s;0)" % A
    counts = ['=COUNTIFS(%s;"%s";%s;">-1E308")' % (I, g, O) for g in "KM"]
    return [
        ("STAFFFLOWS", "=STAFFFLOWS(%s;%s;%s;%s)" % (H, I, A, B), (4, 5),
         [match, "=ISNA(N{r})"], ["=ISNUMBER(MATCH(A{r};%s;0))" % H],
         ['=COUNTIF(%s;"%s")' % (B, g) for g in "KM"] + ['=COUNTIFS(%s;"%s";%s;0)' % (B, g, G) for g in "KM"]
         + ['=COUNTIFS(%s;"%s";%s;1)' % (I, g, O) for g in "KM"] + ['=COUNTIF(%s;"%s")' % (I, g) for g in "KM"]),
        ("PAYDEVELOPMENT", "=PAYDEVELOPMENT(%s;%s;%s;%s;%s;%s;%s)" % (H, J, A, C, I, K, D), (2, 5),
         [match, "=IF(ISNA(N{r});\"\";100*((J{r}/K{r})/(INDEX(%s;N{r})/INDEX(%s;N{r}))-1))" % (C, D)], [],
         counts + ['=AVERAGEIFS(%s;%s;"%s")' % (O, I, g) for g in "KM"]
         + ['=COUNTIFS(%s;"%s";%s;">0")' % (I, g, O) for g in "KM"]),
        ("ALLOWANCEROUND", "=ALLOWANCEROUND(%s;%s;%s;%s;%s)" % (H, L, A, E, I), (2, 5),
         [match, "=IF(ISNA(N{r});\"\";N(L{r})-N(INDEX(%s;N{r})))" % E], [],
         counts + ['=COUNTIFS(%s;"%s";%s;">0")' % (I, g, O) for g in "KM"]
         + ['=AVERAGEIFS(%s;%s;"%s";%s;">0")' % (O, I, g, O) for g in "KM"]),
        ("PROMOTIONS", "=PROMOTIONS(%s;%s;%s;%s;%s;%s)" % (H, M, A, F, I, levels), (2, 4),
         [match, "=IF(ISNA(N{r});\"\";IF(IFERROR(MATCH(M{r};%s;0);9)<IFERROR(MATCH(INDEX(%s;N{r});%s;0);9);1;0))"
          % (levels, F, levels)], [],
         counts + ['=SUMIFS(%s;%s;"%s")' % (O, I, g) for g in "KM"]),
    ]


def bench_year_on_year(office, n, reps, table, native_max):
    import random  # noqa: E402
    rng = random.Random(SEED)
    doc = office.new_calc()
    try:
        sheet = doc.Sheets.getByIndex(0)
        before, now = year_lists(n, rng)
        last = n + 1
        sheet.getCellRangeByName("A2:F%d" % last).setDataArray(before)
        sheet.getCellRangeByName("H2:M%d" % last).setDataArray(now)
        sheet.getCellRangeByName("Y1:Y%d" % len(LEVELS)).setDataArray(tuple((lv,) for lv in LEVELS))

        def clear():
            for block in ("G2:G%d" % last, "N2:P%d" % last, "R1:W20"):
                sheet.getCellRangeByName(block).clearContents(1 | 2 | 4 | 16)

        def run(write):
            clear()
            write()
            doc.calculateAll()
            return statistics.median([timed(doc.calculateAll) for _ in range(reps)])

        for name, formula, (rows, cols), per_now, per_before, summary in year_on_year_formulas(n):
            def addin():
                block = sheet.getCellRangeByName("R1").getSpreadsheet().getCellRangeByPosition(
                    17, 0, 17 + cols - 1, rows - 1)
                block.setArrayFormula(formula)

            def native():
                for column, template in zip("NO", per_now):
                    sheet.getCellRangeByName("%s2:%s%d" % (column, column, last)).setFormulaArray(
                        tuple((template.format(r=r),) for r in range(2, last + 1)))
                for template in per_before:
                    sheet.getCellRangeByName("G2:G%d" % last).setFormulaArray(
                        tuple((template.format(r=r),) for r in range(2, last + 1)))
                sheet.getCellRangeByName("R1:R%d" % len(summary)).setFormulaArray(
                    tuple((f,) for f in summary))

            a = run(addin)
            errors = sum(1 for r in range(rows) for c in range(1, cols)
                         if sheet.getCellByPosition(17 + c, r).getError())
            if n > native_max:
                nat = "not run"
                table.add("6  %s (add-in only; native MATCH per row is quadratic)" % name, "%d+%d" % (n, n), a,
                          nat, "#N/A or errors in the add-in's figures: %d" % errors)
                continue
            nat = run(native)
            table.add("6  %s vs MATCH per row + COUNTIFS/AVERAGEIFS" % name, "%d+%d" % (n, n), a, nat,
                      "#N/A or errors in the add-in's figures: %d" % errors)
        clear()
    finally:
        doc.setModified(False)
        doc.close(True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--sizes", default="10000,100000,1000000",
                        help="employees per data set for scenario 1 and memory (comma-separated)")
    parser.add_argument("--key-figures-size", type=int, default=100000)
    parser.add_argument("--reps", type=int, default=3, help="timed repetitions (median)")
    parser.add_argument("--data", default=None, help="where generated workbooks are kept")
    parser.add_argument("--only", default="1,2,3,4,5,6", help="scenarios to run")
    parser.add_argument("--year-sizes", default="10000,100000", help="employees per year for scenario 6")
    parser.add_argument("--year-native-max", type=int, default=20000,
                        help="largest size at which scenario 6 runs the native side (17 s at 10k, quadratic)")
    parser.add_argument("--ageband-size", type=int, default=100000, help="ages in column A for scenario 5")
    args = parser.parse_args()
    data_dir = args.data or os.path.join(args.build, "bench-data")
    os.environ.setdefault("LIGESTAT_OXT", os.path.join(args.build, "ligestat.oxt"))
    import office as harness  # noqa: E402  (reads LIGESTAT_OXT at import)
    harness.OXT = os.environ["LIGESTAT_OXT"]
    only = set(args.only.split(","))
    table = Table()
    print("load average: %s" % open("/proc/loadavg").read().strip())

    if "4" in only:
        bench_core(args.build, table)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if "1" in only:
        for n in sizes:
            path = data_file(data_dir, n)
            # one office per size, so that its peak memory belongs to that size
            with harness.Office() as office:
                bench_pay_index(office, path, n, args.reps if n < 1000000 else 1, table)
                mem = peak_memory_mib(office)
                table.add("mem peak VmHWM soffice.bin (MiB)", n, "%.0f" % mem if mem else "?", None,
                          "after loading the data and both scenario-1 sides")
    if "5" in only:
        with harness.Office() as office:
            bench_whole_column_ageband(office, args.ageband_size, args.reps, table)
    if "6" in only:
        with harness.Office() as office:
            for size in [int(s) for s in args.year_sizes.split(",") if s]:
                bench_year_on_year(office, size, args.reps, table, args.year_native_max)
    if only & {"2", "3"}:
        n = args.key_figures_size
        path = data_file(data_dir, n)
        with harness.Office() as office:
            bench_key_figures(office, path, n, args.reps, table)
    table.show()
    print("load average: %s" % open("/proc/loadavg").read().strip())


if __name__ == "__main__":
    main()
