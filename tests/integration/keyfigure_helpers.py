"""Shared by the key-figure tests: dispatching the command, reading the
generated sheet's tables, and the published figures computed independently
from the example workbook's CSV (plain Python, no office)."""
import csv
import datetime
import os
from collections import defaultdict

import uno
from com.sun.star.util import URL

from office import props

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
EXAMPLE_ODS = os.path.join(ROOT, "example-workbooks", "ligestat-example-hr.ods")
EXAMPLE_CSV = os.path.join(ROOT, "example-workbooks", "ligestat-example-hr.csv")
# The example's sheets: the staff list, the survey, last year's staff list and
# the filled-in job evaluation (example-workbooks/make_job_evaluation.py).
EXAMPLE_SHEETS = ("Medarbejdere", "Spørgeskema", "Medarbejdere 2025", "Stillingsvurdering")

GENERATE = "vnd.dk.ligestat:GenerateKeyFigures"
GENERATE_VALUES = "vnd.dk.ligestat:GenerateKeyFigureValues"
DASH = "\u2013"

WOMEN = {"K", "KVINDE", "F", "FEMALE", "W", "WOMAN"}
MEN = {"M", "MAND", "MALE", "MAN"}
TOP_MANAGEMENT = {"direktion", "afdelingschef"}


def dispatch(office, doc, url):
    """Runs a command as the menu would: through the document's frame."""
    frame = doc.getCurrentController().getFrame()
    helper = office.create("com.sun.star.frame.DispatchHelper")
    helper.executeDispatch(frame, url, "", 0, ())


def query_dispatch(doc, url):
    parsed = URL()
    parsed.Complete = url
    return doc.getCurrentController().getFrame().queryDispatch(parsed, "", 0)


def _used_area(sheet):
    cursor = sheet.createCursor()
    cursor.gotoStartOfUsedArea(False)
    cursor.gotoEndOfUsedArea(True)
    return cursor


def used_rows(sheet):
    return _used_area(sheet).getDataArray()


def used_formulas(sheet):
    """The formulas of the cells of used_rows, in one call: one UNO call per
    cell costs seconds per sheet, minutes with the sanitizer preloaded."""
    return _used_area(sheet).getFormulaArray()


def snapshot(doc):
    """Every user sheet cell by cell: values and formulas. Recalculated first:
    a plain formula shows the value cached in the file until then (15 digits
    in .ods, e.g. the job evaluation sheet's women's shares), which would
    differ in the last digit from the same formula recalculated."""
    doc.calculateAll()
    out = {}
    for name in doc.Sheets.ElementNames:
        sheet = doc.Sheets.getByName(name)
        cursor = sheet.createCursor()
        cursor.gotoStartOfUsedArea(False)
        cursor.gotoEndOfUsedArea(True)
        out[name] = (cursor.getRangeAddress().EndRow, cursor.getRangeAddress().EndColumn,
                     cursor.getDataArray(), cursor.getFormulaArray())
    return out


def reference_date(rows):
    """The date the English sheet's ages are counted at (its "Reference date
    (ages)" row holds the date serial of Calc's default null date)."""
    serial = next(row[1] for row in rows if row[0] == "Reference date (ages)")
    return datetime.date(1899, 12, 30) + datetime.timedelta(days=int(serial))


def section_start(rows, title):
    """The row of the section titled `title`: "6. Title" exactly, or "Title"
    with any number (sections are numbered by what the data has)."""
    return next(i for i, row in enumerate(rows)
                if row[0] == title or (isinstance(row[0], str) and row[0].split(". ", 1)[-1] == title))


def table(rows, title):
    """The rows of the section titled `title`, keyed by their first cell, up
    to the first row whose first cell is empty or a note."""
    start = section_start(rows, title)
    out = {}
    for row in rows[start + 2:]:
        if not row[0] or all(v in ("", None) for v in row[1:]):
            break
        out[row[0]] = row
    return out


def gender(code):
    """The spec's gender codes, written out independently of the add-in: K, M or None."""
    code = code.strip().upper() if isinstance(code, str) else ""
    return "K" if code in WOMEN else "M" if code in MEN else None


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def staff():
    with open(EXAMPLE_CSV, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def expected_pay_index(rows, min_fte=3.0):
    """Title (trimmed, case-folded) -> index or None (suppressed), FTE-weighted,
    top management left out: computed from the CSV alone."""
    sums = defaultdict(lambda: {"K": [0.0, 0.0], "M": [0.0, 0.0]})
    for r in rows:
        if r["Ledelsesniveau"].strip().casefold() in TOP_MANAGEMENT:
            continue
        g, pay, fte = gender(r["Køn"]), number(r["Månedsløn"]), number(r["Årsværk"])
        if g is None or pay is None or fte is None:
            continue
        s = sums[r["Stillingsbetegnelse"].strip().casefold()][g]
        s[0] += fte * pay
        s[1] += fte
    out = {}
    for title, s in sums.items():
        (wp, wf), (mp, mf) = s["K"], s["M"]
        out[title] = None if wf < min_fte or mf < min_fte else 100 * (wp / wf) / (mp / mf)
    return out


def user_property(doc, name, value):
    container = doc.getDocumentProperties().getUserDefinedProperties()
    container.addProperty(name, 0, value)


def config_node(office, path):
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    return provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                props(nodepath=path))
