#!/usr/bin/env python3
"""Benchmark of the explained pay gap (issue #10, "Speed"): ADJUSTEDPAYGAP
over N rows with 4 numeric factors (age, age², years of service and its
square) and 2 category factors (29 job titles, 5 levels) against what a user
would otherwise do in Calc: LINEST on the same design with ln(FTE pay) and
the 28 + 4 dummy columns and the women column already built as values. Both
sides run in one document of one real office with the built .oxt; each time
is a full calculateAll() with only that side's formulas in the sheet (the
first calculation and the median of --reps more). Prints one Markdown table
with the ratio add-in/native, and the adjusted gap computed from LINEST's
women coefficient and standard error beside the add-in's, as a check that
both sides fit the same model.

    /usr/bin/python3 bench/bench_regression.py --build build [--rows 100000] [--reps 3]
"""
import argparse
import math
import os
import random
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

TITLES = 29
LEVELS = 5


def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def staff(n, seed=2026):
    """Rows of (pay, gender, fte, age, age², service, service², title, level)."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        woman = rng.random() < 0.5
        age = rng.randint(20, 66)
        service = rng.randint(0, max(0, age - 20))
        title = min(TITLES - 1, int(rng.random() * TITLES * (0.8 if woman else 1.0)))
        level = rng.randrange(LEVELS)
        fte = 1.0 if rng.random() < 0.8 else rng.choice([0.5, 0.75, 0.9])
        log_pay = 10 + 0.02 * age - 0.0002 * age * age + 0.01 * service + 0.01 * title + 0.08 * level \
            - (0.03 if woman else 0) + 0.1 * (rng.random() - 0.5)
        rows.append((round(math.exp(log_pay) * fte, 2), "K" if woman else "M", fte, age, age * age,
                     service, service * service, "Titel %d" % title, "Niveau %d" % level))
    return rows


def design(rows):
    """What the user builds by hand for LINEST: y = ln(pay/fte) and X with the
    numeric factors, a 0/1 column per title and level except the most frequent
    one, and the women column last."""
    def reference(values):
        counts = {}
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        return max(counts, key=lambda v: counts[v])
    title_ref = reference(r[7] for r in rows)
    level_ref = reference(r[8] for r in rows)
    titles = ["Titel %d" % t for t in range(TITLES) if "Titel %d" % t != title_ref]
    levels = ["Niveau %d" % v for v in range(LEVELS) if "Niveau %d" % v != level_ref]
    y = [(math.log(r[0] / r[2]),) for r in rows]
    x = [tuple(float(v) for v in r[3:7]) + tuple(1.0 if r[7] == t else 0.0 for t in titles)
         + tuple(1.0 if r[8] == v else 0.0 for v in levels) + (1.0 if r[1] == "K" else 0.0,) for r in rows]
    return y, x


def timed(action):
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure(doc, reps):
    first = timed(doc.calculateAll)
    return first, statistics.median(timed(doc.calculateAll) for _ in range(reps))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("LIGESTAT_OXT", os.path.join(args.build, "ligestat.oxt"))
    import office as harness  # noqa: E402  (reads LIGESTAT_OXT at import)
    harness.OXT = os.environ["LIGESTAT_OXT"]

    n = args.rows
    rows = staff(n)
    y, x = design(rows)
    print("load average: %s" % open("/proc/loadavg").read().strip(), flush=True)
    with harness.Office() as office:
        doc = office.new_calc()
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("A1:I%d" % n).setDataArray(tuple(rows))
        last = column_letter(11 + len(x[0]) - 1)
        sheet.getCellRangeByName("K1:K%d" % n).setDataArray(tuple(y))
        sheet.getCellRangeByName("L1:%s%d" % (last, n)).setDataArray(tuple(x))

        result = sheet.getCellRangeByName("AZ1")
        result.setFormula("=ADJUSTEDPAYGAP(A1:A%d;B1:B%d;D1:G%d;H1:I%d;C1:C%d)" % (n, n, n, n, n))
        addin = measure(doc, args.reps)
        addin_gap = result.getValue()
        result.setFormula("")

        columns = len(x[0])
        out = sheet.getCellRangeByName("BA1:%s5" % column_letter(52 + columns))
        out.setArrayFormula("=LINEST(K1:K%d;L1:%s%d;1;1)" % (n, last, n))
        native = measure(doc, args.reps)
        women = out.getCellByPosition(0, 0).getValue()   # LINEST lists the last column first
        se = out.getCellByPosition(0, 1).getValue()
        native_gap = -100 * math.expm1(women - se * se / 2)
        doc.close(True)

    print()
    print("| scenario | N | add-in (s) | native LINEST (s) | add-in/native |")
    print("|---|---:|---:|---:|---:|")
    print("| first calculation | %d | %.3f | %.3f | %.2f |" % (n, addin[0], native[0], addin[0] / native[0]))
    print("| recalculation (median of %d) | %d | %.3f | %.3f | %.2f |" % (
        args.reps, n, addin[1], native[1], addin[1] / native[1]))
    print()
    print("adjusted gap: add-in %.12g, from LINEST %.12g (relative difference %.2g)" % (
        addin_gap, native_gap, abs(addin_gap - native_gap) / abs(native_gap)))
    print("load average: %s" % open("/proc/loadavg").read().strip())


if __name__ == "__main__":
    main()
