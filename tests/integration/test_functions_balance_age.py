"""GENDERSHARE, GENDERBALANCE, GENDERTABLE (as an array formula, every cell
checked) and AGEBAND over a range, by their English names in an English
office. Expectations are worked out by hand from functions_data.STAFF:

gender B2:B12: women rows 2 3 4 8 10 (5), men rows 5 6 7 9 11 (5), X row 12.
FTE: women 1+1+1+0.5+1 = 4.5, men 5 x 1 = 5.
Kategori F2:F12: Adm = rows 2K 3K 5M 8K 9M 12X; Tek = rows 4K 6M 7M 11M;
row 10 has no category."""
import unittest

from functions_data import CATEGORY, FTE, GENDER, RESULT_STRING, RESULT_VALUE, array_formula, staff_sheet
from office import ERR_ILLEGAL_ARGUMENT, ERR_NOT_AVAILABLE, OfficeTestCase, Sheet


class StaffTestCase(OfficeTestCase):
    def setUp(self):
        self.doc, self.sheet = staff_sheet(self.office)

    def tearDown(self):
        self.doc.close(True)

    def value(self, formula, expected):
        self.assertCellValue(self.sheet.formula("H1", formula), expected)

    def text(self, formula, expected):
        self.assertCellText(self.sheet.formula("H1", formula), expected)

    def error(self, formula, code):
        self.assertCellError(self.sheet.formula("H1", formula), code)


class GenderShare(StaffTestCase, unittest.TestCase):
    def test_headcount_shares(self):
        self.value("=GENDERSHARE(%s)" % GENDER, 5 / 10)           # sex defaults to K
        self.value('=GENDERSHARE(%s;"M")' % GENDER, 5 / 10)
        # Adm: 3 women, 2 men (X left out)
        self.value('=GENDERSHARE(%s;"K";;%s;"Adm")' % (GENDER, CATEGORY), 3 / 5)
        self.value('=GENDERSHARE(%s;"mand";;%s;"ADM")' % (GENDER, CATEGORY), 2 / 5)
        # Tek: 1 woman, 3 men
        self.value('=GENDERSHARE(%s;;;%s;"Tek")' % (GENDER, CATEGORY), 1 / 4)

    def test_fte_weighted(self):
        self.value('=GENDERSHARE(%s;"K";%s)' % (GENDER, FTE), 4.5 / 9.5)
        # Adm: women 1 + 1 + 0.5 = 2.5 FTE, men 1 + 1 = 2
        self.value('=GENDERSHARE(%s;"K";%s;%s;"Adm")' % (GENDER, FTE, CATEGORY), 2.5 / 4.5)

    def test_errors(self):
        self.error('=GENDERSHARE(%s;"X")' % GENDER, ERR_ILLEGAL_ARGUMENT)
        self.error('=GENDERSHARE(%s;"K";C2:C11)' % GENDER, ERR_ILLEGAL_ARGUMENT)
        self.error('=GENDERSHARE(%s;"K";;%s;"Ingen")' % (GENDER, CATEGORY), ERR_NOT_AVAILABLE)
        self.sheet.cell("C4").setString("en")   # text FTE on a used row
        self.error('=GENDERSHARE(%s;"K";%s)' % (GENDER, FTE), ERR_ILLEGAL_ARGUMENT)


class GenderBalance(StaffTestCase, unittest.TestCase):
    def test_flags(self):
        self.text("=GENDERBALANCE(%s)" % GENDER, "balanced")                            # 0.5 / 0.5
        self.text('=GENDERBALANCE(%s;;%s;"Adm")' % (GENDER, CATEGORY), "balanced")       # 0.4 is enough
        self.text('=GENDERBALANCE(%s;;%s;"Tek")' % (GENDER, CATEGORY), "below target")   # 0.25
        # floor 0.3 makes Tek's 0.25 critical; target 0.5 makes Adm's 0.4 below target
        self.text('=GENDERBALANCE(%s;;%s;"Tek";0.4;0.3)' % (GENDER, CATEGORY), "critical")
        self.text('=GENDERBALANCE(%s;;%s;"Adm";0.5)' % (GENDER, CATEGORY), "below target")

    def test_fte_weighted(self):
        # Adm by FTE: women 2.5 / 4.5 = 0.556, men 2 / 4.5 = 0.444: balanced at 0.44, not at 0.45
        self.text('=GENDERBALANCE(%s;%s;%s;"Adm";0.44)' % (GENDER, FTE, CATEGORY), "balanced")
        self.text('=GENDERBALANCE(%s;%s;%s;"Adm";0.45)' % (GENDER, FTE, CATEGORY), "below target")

    def test_errors(self):
        self.error('=GENDERBALANCE(%s;;;;0.6)' % GENDER, ERR_ILLEGAL_ARGUMENT)       # target above 0.5
        self.error('=GENDERBALANCE(%s;;;;0.3;0.4)' % GENDER, ERR_ILLEGAL_ARGUMENT)   # floor above target
        self.error('=GENDERBALANCE(%s;;;;"høj")' % GENDER, ERR_ILLEGAL_ARGUMENT)
        self.error('=GENDERBALANCE(%s;;%s;"Ingen")' % (GENDER, CATEGORY), ERR_NOT_AVAILABLE)


class GenderTable(StaffTestCase, unittest.TestCase):
    def assertRow(self, cells, expected):
        for cell, want in zip(cells, expected):
            if isinstance(want, str):
                self.assertEqual(cell.FormulaResultType2, RESULT_STRING)
                self.assertCellText(cell, want)
            else:
                self.assertEqual(cell.FormulaResultType2, RESULT_VALUE)
                self.assertCellValue(cell, want)

    def test_groups_with_at_least_min_count(self):
        # Adm: 6 workers (with the X), 3 women, 2 men -> 3/5 and 2/5; Tek: 4, 1, 3 -> 1/4, 3/4
        cells = array_formula(self.sheet, "H1:M2", "=GENDERTABLE(%s;%s;4)" % (GENDER, CATEGORY))
        self.assertRow(cells[0], ["Adm", 6, 3, 2, 3 / 5, 2 / 5])
        self.assertRow(cells[1], ["Tek", 4, 1, 3, 1 / 4, 3 / 4])

    def test_small_groups_are_left_out(self):
        # min_count 5: Tek (4) is not listed, so the second row of the range is #N/A
        cells = array_formula(self.sheet, "H1:M2", "=GENDERTABLE(%s;%s;5)" % (GENDER, CATEGORY))
        self.assertRow(cells[0], ["Adm", 6, 3, 2, 3 / 5, 2 / 5])
        for cell in cells[1]:
            self.assertCellError(cell, ERR_NOT_AVAILABLE)

    def test_default_min_count_8_lists_no_group(self):
        for cell in array_formula(self.sheet, "H1:M1", "=GENDERTABLE(%s;%s)" % (GENDER, CATEGORY))[0]:
            self.assertCellError(cell, ERR_NOT_AVAILABLE)

    def test_bad_input(self):
        for formula in ["=GENDERTABLE(B2:B12;F2:F11)", "=GENDERTABLE(%s;%s;-1)" % (GENDER, CATEGORY)]:
            for cell in array_formula(self.sheet, "H1:M1", formula)[0]:
                self.assertCellError(cell, ERR_ILLEGAL_ARGUMENT)


class AgeBandOverARange(OfficeTestCase, unittest.TestCase):
    def setUp(self):
        self.doc = self.office.new_calc()
        self.sheet = Sheet(self.doc)
        self.sheet.put_rows("A1", [(25,), (30,), (45.9,), (None,), (61,), (-1,), ("abc",)])

    def tearDown(self):
        self.doc.close(True)

    def test_every_cell_of_the_array(self):
        # fractions are cut (45.9 -> 45); an empty age has no band; -1 and text are bad input
        cells = array_formula(self.sheet, "B1:B7", "=AGEBAND(A1:A7)")
        for row, label in zip(cells[:5], ["<30", "30-39", "40-49", "", "60+"]):
            self.assertCellText(row[0], label)
        self.assertCellError(cells[5][0], ERR_ILLEGAL_ARGUMENT)
        self.assertCellError(cells[6][0], ERR_ILLEGAL_ARGUMENT)

    def test_custom_bands_over_a_range(self):
        # width 5 from 25 to 50: 25 -> 25-29, 30 -> 30-34, 45.9 -> 45-49, 61 -> 50+
        cells = array_formula(self.sheet, "B1:B5", "=AGEBAND(A1:A5;5;25;50)")
        for row, label in zip(cells, ["25-29", "30-34", "45-49", "", "50+"]):
            self.assertCellText(row[0], label)

    def test_bad_band_rule_in_every_cell(self):
        for row in array_formula(self.sheet, "B1:B3", "=AGEBAND(A1:A3;-5)"):
            self.assertCellError(row[0], ERR_ILLEGAL_ARGUMENT)


if __name__ == "__main__":
    unittest.main()
