"""Where the time of the key-figure sheet (key-figures.md) goes: bench scenarios 2 and 3.

Loads the seeded workbook of bench.py in a real office with the given .oxt,
times the generation and full recalculations, then times the recalculation of
each block of formula rows alone (every other block's formulas cleared in one
undo step, undone afterwards). A block is a run of rows with formulas; it is
named by the first text found at or above it in column A.

    /usr/bin/python3 bench/profile_keyfigures.py --build build [--blocks] [--reps 2] [--model-factors ""]
"""
import argparse
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
sys.path.insert(0, os.path.join(ROOT, "bench"))


def timed(action):
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def formula_rows(sheet):
    """Rows of the sheet that hold formulas, and the used area."""
    from com.sun.star.sheet.CellFlags import FORMULA
    rows = set()
    ranges = sheet.queryContentCells(FORMULA).getRangeAddresses()
    for r in ranges:
        rows.update(range(r.StartRow, r.EndRow + 1))
    return sorted(rows)


def blocks_of(rows):
    out, start, prev = [], None, None
    for r in rows:
        if start is None:
            start = prev = r
        elif r == prev + 1:
            prev = r
        else:
            out.append((start, prev))
            start = prev = r
    if start is not None:
        out.append((start, prev))
    return out


def label(sheet, first):
    for r in range(first, -1, -1):
        text = sheet.getCellByPosition(0, r).getString()
        if text:
            return text[:40]
    return "?"


def clear_others(sheet, blocks, keep, last_col):
    from com.sun.star.sheet.CellFlags import FORMULA
    for i, (a, b) in enumerate(blocks):
        if i != keep:
            sheet.getCellRangeByPosition(0, a, last_col, b).clearContents(FORMULA)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--data", default=None)
    parser.add_argument("--n", type=int, default=100000)
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--blocks", action="store_true", help="time each block of formula rows alone")
    parser.add_argument("--model-factors", default=None, metavar="LIST",
                        help="store this choice of the explained pay gap's factors in the document first "
                             "(e.g. \"\" for none: the sheet without section 8, to time that section)")
    args = parser.parse_args()
    os.environ["LIGESTAT_OXT"] = os.path.join(os.path.abspath(args.build), "ligestat.oxt")
    import office as harness  # noqa: E402
    harness.OXT = os.environ["LIGESTAT_OXT"]
    from bench import data_file, dispatch_key_figures  # noqa: E402
    path = data_file(args.data or os.path.join(args.build, "bench-data"), args.n)
    print("oxt %s  load %s" % (harness.OXT, open("/proc/loadavg").read().split()[0]), flush=True)
    with harness.Office() as office:
        doc = office.load(path)
        try:
            if args.model_factors is not None:
                from com.sun.star.beans.PropertyAttribute import REMOVABLE
                doc.getDocumentProperties().getUserDefinedProperties().addProperty(
                    "Ligestat.modelFactors", REMOVABLE, args.model_factors)
            gen = timed(lambda: dispatch_key_figures(office, doc))
            sheet = doc.Sheets.getByIndex(doc.Sheets.getCount() - 1)
            first = timed(doc.calculateAll)
            recalc = [timed(doc.calculateAll) for _ in range(args.reps)]
            print("generate %.2f  first recalc %.2f  recalc %s" % (
                gen, first, " ".join("%.2f" % t for t in recalc)), flush=True)
            if not args.blocks:
                return
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            last_col = cursor.getRangeAddress().EndColumn
            blocks = blocks_of(formula_rows(sheet))
            undo = doc.getUndoManager()
            for i, (a, b) in enumerate(blocks):
                undo.enterUndoContext("profile")
                clear_others(sheet, blocks, i, last_col)
                undo.leaveUndoContext()
                t = statistics.median([timed(doc.calculateAll) for _ in range(args.reps)])
                undo.undo()
                print("rows %4d-%4d  %-40s %.3f" % (a + 1, b + 1, label(sheet, a), t), flush=True)
            undo.enterUndoContext("profile")
            clear_others(sheet, blocks, -1, last_col)
            undo.leaveUndoContext()
            t = statistics.median([timed(doc.calculateAll) for _ in range(args.reps)])
            undo.undo()
            print("no formulas at all: %.3f" % t, flush=True)
        finally:
            doc.setModified(False)
            doc.close(True)


if __name__ == "__main__":
    main()
