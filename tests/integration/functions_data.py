"""Shared data and helpers of the test_functions_* integration tests.

STAFF is small enough that every expected figure is worked out by hand in the
tests' comments. Row numbers below are sheet rows (header in row 1)."""
from office import Sheet

STAFF = [
    ("Løn", "Køn", "Årsværk", "Stilling", "Tillæg", "Kategori"),
    (30000, "K", 1, "Laborant", 1000, "Adm"),          # row 2
    (32000, "k", 1, "LABORANT", None, "Adm"),          # row 3: empty amount counts as 0
    (34000, "Kvinde", 1, "laborant ", 0, "Tek"),       # row 4
    (33000, "M", 1, "Laborant", 2000, "Adm"),          # row 5
    (35000, "mand", 1, "Laborant", None, "Tek"),       # row 6
    (37000, "M", 1, "Laborant", 3000, "Tek"),          # row 7
    (50000, "K", 0.5, "Forsker", 5000, "Adm"),         # row 8
    (60000, "M", 1, "Forsker", None, "Adm"),           # row 9
    (None, "K", 1, "Laborant", 500, None),             # row 10: no pay, no category
    ("ukendt", "M", 1, "Laborant", "tekst", "Tek"),    # row 11: text pay and amount
    (40000, "X", 1, "Laborant", 4000, "Adm"),          # row 12: neither woman nor man
]
PAY, GENDER, FTE, TITLE, AMOUNT, CATEGORY = (
    "A2:A12", "B2:B12", "C2:C12", "D2:D12", "E2:E12", "F2:F12")

# com.sun.star.sheet.FormulaResult: what a formula cell's result is.
RESULT_VALUE, RESULT_STRING, RESULT_ERROR = 1, 2, 4


def staff_sheet(office):
    doc = office.new_calc()
    sheet = Sheet(doc)
    sheet.put_rows("A1", STAFF)
    return doc, sheet


def array_formula(sheet, range_name, formula, local=False):
    """Enters `formula` as one array formula over `range_name` (API grammar,
    or the UI language's with local=True) and returns the cells as rows."""
    block = sheet.sheet.getCellRangeByName(range_name)
    if local:
        # XArrayFormulaRange takes the API grammar only: enter the local
        # formula in the top-left cell, read its API form, then spread it.
        top_left = block.getCellByPosition(0, 0)
        top_left.FormulaLocal = formula
        formula = top_left.getFormula()
        top_left.setFormula("")
    block.setArrayFormula(formula)
    sheet.doc.calculateAll()
    columns = block.getColumns().getCount()
    rows = block.getRows().getCount()
    return [[block.getCellByPosition(c, r) for c in range(columns)] for r in range(rows)]
