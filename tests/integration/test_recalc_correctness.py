"""Every figure follows the data: never a stale value.

Written for a range cache (built and measured on branch issue-perf, see
bench/README.md) and kept as the guard any future cache must pass. Each test
here changes the data the way a user does (edit, insert/delete rows inside the data, undo, paste over
it, sort, save and reload, formulas and whole columns), then reads every
figure back and compares it with a fresh computation done here in Python from
the cell values read back from the sheet.
"""
import unittest

from office import OfficeTestCase, Sheet, ERR_ILLEGAL_PARAMETER, ERR_NOT_AVAILABLE

from keyfigure_helpers import gender as gender_of

ROWS = 40


def pay_index(rows, weighted, title=None, min_fte=3.0):
    """100 x women's mean / men's mean, the spec's rules, from (pay, gender, fte, title) rows."""
    sums = {"K": [0.0, 0.0], "M": [0.0, 0.0]}
    for pay, gender, fte, row_title in rows:
        g = gender_of(gender)
        if g is None or not isinstance(pay, float):
            continue
        if title is not None and (not isinstance(row_title, str) or row_title.strip().lower() != title.lower()):
            continue
        weight = 1.0
        if weighted:
            if not isinstance(fte, float):
                continue
            weight = fte
        sums[g][0] += weight
        sums[g][1] += weight * pay
    (wk, pk), (wm, pm) = sums["K"], sums["M"]
    if wk < min_fte or wm < min_fte:
        return None
    return 100.0 * (pk / wk) / (pm / wm)


def women_share(rows):
    women = sum(1 for r in rows if gender_of(r[1]) == "K")
    men = sum(1 for r in rows if gender_of(r[1]) == "M")
    return women / (women + men) if women + men else None


def sample_rows():
    titles = ("Forsker", "Laborant", "forsker ", "Postdoc")
    rows = []
    for i in range(ROWS):
        gender = ("K", "M", "k", "Mand", "x")[i % 5] if i % 7 else "M"
        rows.append((30000.0 + 997 * ((i * 37) % 23), gender, (0.5, 1.0, 0.8, 1.0)[i % 4], titles[i % 4]))
    return rows


def cell_value(value):
    """A cell as getDataArray gives it: empty text means an empty cell."""
    return None if value == "" else value


# The figures under test: (cell, formula template, expected from rows). The
# template gets the data rows' first and last sheet row.
FIGURES = (
    ("A1", "=PAYINDEX($Data.A{a}:A{b};$Data.B{a}:B{b})", lambda rows: pay_index(rows, False)),
    ("A2", "=PAYINDEX($Data.A{a}:A{b};$Data.B{a}:B{b};$Data.C{a}:C{b})", lambda rows: pay_index(rows, True)),
    ("A3", "=GENDERSHARE($Data.B{a}:B{b})", women_share),
    ("A4", '=PAYINDEX($Data.A{a}:A{b};$Data.B{a}:B{b};;$Data.D{a}:D{b};"forsker")',
     lambda rows: pay_index(rows, False, "forsker")),
    ("A5", "=INDEX(PAYINDEXTABLE($Data.A{a}:A{b};$Data.B{a}:B{b};$Data.C{a}:C{b};$Data.D{a}:D{b});1;6)",
     lambda rows: suppressed_as_empty_text(pay_index(rows, True, "forsker"))),
)


def suppressed_as_empty_text(index):
    """PAYINDEXTABLE shows a suppressed index as empty text, not #N/A."""
    return "" if index is None else index


class CacheCorrectness(OfficeTestCase, unittest.TestCase):

    def setUp(self):
        self.doc = self.office.new_calc()
        self.doc.Sheets.getByIndex(0).setName("Figures")
        self.doc.Sheets.insertNewByName("Data", 1)
        self.data = self.doc.Sheets.getByName("Data")
        self.figures = Sheet(self.doc, 0)
        self.put_data(sample_rows())
        self.rows_in_use = ROWS
        for cell, template, _ in FIGURES:
            self.figures.cell(cell).setFormula(template.format(a=2, b=ROWS + 1))
        self.doc.calculateAll()
        self.assertFiguresFresh("initial")

    def tearDown(self):
        self.doc.setModified(False)
        self.doc.close(True)

    # ---- helpers -------------------------------------------------------------
    def put_data(self, rows, first=2):
        block = self.data.getCellRangeByName("A%d:D%d" % (first, first + len(rows) - 1))
        block.setDataArray(tuple(tuple("" if v is None else v for v in r) for r in rows))

    def read_data(self):
        """The data rows as the sheet holds them now (rows 2 .. last used)."""
        block = self.data.getCellRangeByName("A2:D%d" % (self.rows_in_use + 1))
        return [tuple(cell_value(v) for v in r) for r in block.getDataArray()]

    def assertFiguresFresh(self, what, recalculate=False):
        """Every figure equals a fresh computation, read lazily (AutoCalc) and after calculateAll."""
        rows = self.read_data()
        for attempt in ("autocalc", "calculateAll"):
            if attempt == "calculateAll":
                self.doc.calculateAll()
            for cell_name, _, expected_of in FIGURES:
                cell = self.figures.cell(cell_name)
                expected = expected_of(rows)
                message = "%s, %s: %s" % (what, attempt, cell.getFormula())
                if isinstance(expected, str):
                    self.assertEqual((cell.getError(), cell.getString()), (0, expected), message)
                elif expected is None:
                    self.assertEqual(cell.getError(), ERR_NOT_AVAILABLE, message)
                else:
                    self.assertEqual(cell.getError(), 0, message)
                    self.assertAlmostEqual(cell.getValue(), expected, places=9, msg=message)

    # ---- the changes -----------------------------------------------------------
    def test_editing_cells(self):
        self.data.getCellRangeByName("A3").setValue(99000)          # a pay
        self.assertFiguresFresh("pay edited")
        self.data.getCellRangeByName("B4").setString("K")           # a gender
        self.assertFiguresFresh("gender edited")
        self.data.getCellRangeByName("C5").setValue(0.25)           # an FTE
        self.assertFiguresFresh("fte edited")
        self.data.getCellRangeByName("D6").setString("Forsker")     # a title
        self.assertFiguresFresh("title edited")
        self.data.getCellRangeByName("A7").setString("")            # a pay emptied
        self.assertFiguresFresh("pay emptied")

    def test_inserting_and_deleting_rows_inside_the_data(self):
        rows = self.data.getRows()
        rows.insertByIndex(10, 2)                                   # sheet rows 11-12
        self.rows_in_use += 2
        self.put_data([(77000.0, "K", 1.0, "Forsker"), (31000.0, "M", 1.0, "Forsker")], first=11)
        self.assertFiguresFresh("rows inserted")
        rows.removeByIndex(3, 4)                                    # sheet rows 4-7
        self.rows_in_use -= 4
        self.assertFiguresFresh("rows deleted")

    def test_rows_deleted_then_inserted_back_empty(self):
        # The formulas' ranges end where they began (A2:A41), with other cells.
        rows = self.data.getRows()
        rows.removeByIndex(4, 3)
        self.rows_in_use -= 3
        self.assertFiguresFresh("rows deleted")
        rows.insertByIndex(4, 3)
        self.rows_in_use += 3
        self.assertFiguresFresh("empty rows inserted back")

    def test_undo_and_redo(self):
        undo = self.doc.getUndoManager()
        self.data.getCellRangeByName("A2").setValue(150000)
        self.assertFiguresFresh("before undo")
        undo.undo()
        self.assertEqual(self.data.getCellRangeByName("A2").getValue(), sample_rows()[0][0])
        self.assertFiguresFresh("after undo")
        undo.redo()
        self.assertEqual(self.data.getCellRangeByName("A2").getValue(), 150000)
        self.assertFiguresFresh("after redo")

    def test_undo_of_deleted_rows(self):
        self.data.getRows().removeByIndex(5, 3)
        self.rows_in_use -= 3
        self.assertFiguresFresh("rows deleted")
        self.doc.getUndoManager().undo()
        self.rows_in_use += 3
        self.assertFiguresFresh("deletion undone")

    def test_pasting_over_the_data(self):
        # Copy the first ten rows over rows 21-30 (Calc's own copy/paste of a block).
        source = self.data.getCellRangeByName("A2:D11").getRangeAddress()
        target = self.data.getCellRangeByName("A21").getCellAddress()
        self.data.copyRange(target, source)
        self.assertFiguresFresh("block pasted")
        # And a paste of values through the clipboard's transferable-free path.
        self.put_data([(45000.0, "M", 1.0, "Forsker")] * 5, first=31)
        self.assertFiguresFresh("values pasted")

    def test_sorting_the_data(self):
        import uno
        field = uno.createUnoStruct("com.sun.star.table.TableSortField")
        field.Field = 0
        field.IsAscending = False
        descriptor = self.data.getCellRangeByName("A2:D%d" % (ROWS + 1)).createSortDescriptor()
        for prop in descriptor:
            if prop.Name == "SortFields":
                prop.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
        self.data.getCellRangeByName("A2:D%d" % (ROWS + 1)).sort(descriptor)
        self.assertFiguresFresh("sorted by pay")

    def test_formulas_inside_the_data_are_not_cached(self):
        # Pay as a formula of a cell outside the ranges: changing that cell
        # changes the pay without a change inside the ranges' own cells.
        self.data.getCellRangeByName("F1").setValue(1000)
        self.data.getCellRangeByName("A2").setFormula("=40000+$F$1")
        self.assertFiguresFresh("pay is a formula")
        self.data.getCellRangeByName("F1").setValue(90000)
        self.assertFiguresFresh("formula input changed")

    def test_an_error_cell_in_the_data_is_refused(self):
        # Calc refuses an error cell inside a range argument itself (Err:504)
        # before calling us: no figure silently drops that row.
        self.data.getCellRangeByName("B3").setFormula("=1/0")
        for attempt in ("autocalc", "calculateAll"):
            if attempt == "calculateAll":
                self.doc.calculateAll()
            for cell_name, _, _ in FIGURES:
                cell = self.figures.cell(cell_name)
                self.assertEqual(cell.getError(), ERR_ILLEGAL_PARAMETER, "%s: %s" % (attempt, cell.getFormula()))
        self.data.getCellRangeByName("B3").setString("K")
        self.assertFiguresFresh("error replaced by a value")

    def test_moving_and_inserting_sheets(self):
        # Another sheet with different data takes the data sheet's index.
        self.doc.Sheets.insertNewByName("Other", 1)
        other = self.doc.Sheets.getByName("Other")
        other.getCellRangeByName("A2:D3").setDataArray(((1.0, "K", 1.0, "x"), (2.0, "M", 1.0, "x")))
        self.assertFiguresFresh("sheet inserted before the data")
        self.doc.Sheets.moveByName("Data", 0)
        self.assertFiguresFresh("data sheet moved first")

    def test_whole_columns_see_rows_added_below(self):
        self.figures.cell("B1").setFormula("=PAYINDEX($Data.A:A;$Data.B:B)")
        self.figures.cell("B2").setFormula("=GENDERSHARE($Data.B:B)")
        self.doc.calculateAll()
        self.put_data([(90000.0, "K", 1.0, "Forsker")] * 3, first=ROWS + 5)  # below, after a gap
        data = self.read_data() + [(90000.0, "K", 1.0, "Forsker")] * 3
        for attempt in ("autocalc", "calculateAll"):
            if attempt == "calculateAll":
                self.doc.calculateAll()
            self.assertAlmostEqual(self.figures.cell("B1").getValue(), pay_index(data, False), places=9)
            self.assertAlmostEqual(self.figures.cell("B2").getValue(), women_share(data), places=9)

    def test_save_and_reload(self):
        self.data.getCellRangeByName("A3").setValue(88000)
        self.assertFiguresFresh("edited before saving")
        path = self.office.save(self.doc, "cache-reload.ods")
        self.doc.setModified(False)
        self.doc.close(True)
        self.doc = self.office.load(path)
        self.data = self.doc.Sheets.getByName("Data")
        self.figures = Sheet(self.doc, 0)
        self.assertFiguresFresh("reloaded")
        self.data.getCellRangeByName("A3").setValue(33000)
        self.assertFiguresFresh("edited after reload")

    def test_two_documents_with_the_same_addresses(self):
        other = self.office.new_calc()
        try:
            other.Sheets.getByIndex(0).setName("Figures")
            other.Sheets.insertNewByName("Data", 1)
            rows = [(50000.0 + i, "K" if i % 2 else "M", 1.0, "Forsker") for i in range(ROWS)]
            other.Sheets.getByName("Data").getCellRangeByName("A2:D%d" % (ROWS + 1)).setDataArray(rows)
            cell = other.Sheets.getByIndex(0).getCellRangeByName("A1")
            cell.setFormula(FIGURES[0][1].format(a=2, b=ROWS + 1))
            other.calculateAll()
            self.assertAlmostEqual(cell.getValue(), pay_index(rows, False), places=9)
        finally:
            other.setModified(False)
            other.close(True)
        self.assertFiguresFresh("first document after the second closed")


if __name__ == "__main__":
    unittest.main()
