#!/usr/bin/env python3
"""The floor under every add-in call over a range: what Calc's handing over of
an `any[][]` argument costs per cell (issues 11 and 12, "Speed").

One sheet of N rows x 8 columns of gender codes. For k = 1, 2, 4, 8 columns,
three ways to count women, each a full calculateAll() with only that formula
in the sheet (median of --reps after a first calculation):
  - k add-in calls over one column each:   GENDERSHARE(A) + GENDERSHARE(B) + ...
  - one add-in call over a k-column block:  GENDERSHARE(A:...)
  - Calc's own formula, k columns:          COUNTIF(A;"K") + COUNTIF(B;"K") + ...
GENDERSHARE's own work is one comparison per cell, so the add-in times are
almost all Calc building the sequence<sequence<any>> and our conversion of it.
Prints one Markdown table with the time per cell and the ratio to native.

    /usr/bin/python3 bench/bench_marshalling.py --build build [--rows 100000] [--reps 5]
"""
import argparse
import os
import random
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

COLUMNS = "ABCDEFGH"


def timed_recalculation(doc, cell, formula, reps):
    cell.setFormula(formula)
    doc.calculateAll()
    if cell.getError():
        raise RuntimeError("%s gave error %d" % (formula, cell.getError()))
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        doc.calculateAll()
        times.append(time.perf_counter() - start)
    return statistics.median(times), cell.getValue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    import office  # noqa: E402  (needs the office's python, see the README)

    n = args.rows
    rng = random.Random(2026)
    rows = tuple(tuple(rng.choice("KM") for _ in COLUMNS) for _ in range(n))
    with office.Office(oxt=os.path.join(args.build, "ligestat.oxt")) as o:
        doc = o.new_calc()
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("A1:H%d" % n).setDataArray(rows)
        cell = sheet.getCellRangeByName("K1")
        print("| k columns | cells | k calls (s) | one call over the block (s) | native COUNTIF (s) "
              "| µs per cell, k calls | k calls / native |")
        print("|---:|---:|---:|---:|---:|---:|---:|")
        for k in (1, 2, 4, 8):
            used = COLUMNS[:k]
            women = sum(row[c] == "K" for row in rows for c in range(k))
            separate, value = timed_recalculation(
                doc, cell, "=" + "+".join("GENDERSHARE(%s1:%s%d)*%d" % (c, c, n, n) for c in used), args.reps)
            assert abs(value - women) < 1e-6 * n, (value, women)   # the share times N is the count
            block, value = timed_recalculation(doc, cell, "=GENDERSHARE(A1:%s%d)" % (used[-1], n), args.reps)
            assert abs(value * n * k - women) < 1e-6 * n, (value, women)
            native, value = timed_recalculation(
                doc, cell, "=" + "+".join('COUNTIF(%s1:%s%d;"K")' % (c, c, n) for c in used), args.reps)
            assert value == women, (value, women)
            print("| %d | %d | %.3f | %.3f | %.3f | %.2f | %.1f |"
                  % (k, k * n, separate, block, native, separate / (k * n) * 1e6, separate / native))


if __name__ == "__main__":
    main()
