"""Issue 9, item 6: the per-value functions (AGEBAND, CPRGENDER, CPRBIRTHDATE,
CPRAGE, CPRVALID) in a single, non-array cell given a whole column answer for
the cell's own row, as Calc's own =A:A*2 does (implicit intersection), and a
blank cell gives empty text. Expected bands and genders are read off the data
by hand: 25 -> <30, 45.9 -> 40-49, 61 -> 60+; a CPR number's last digit even
-> K, odd -> M. Speed is measured in bench/, not here."""
import unittest

from functions_data import RESULT_STRING, array_formula
from office import ERR_ILLEGAL_ARGUMENT, OfficeTestCase, Sheet

ERR_NO_VALUE = 519   # #VALUE!: Calc's answer when a range does not meet the formula's row

ROWS = [
    ("Alder", "CPR"),
    (25, "010170-1234"),      # row 2
    (45.9, "0101701235"),     # row 3
    (None, None),             # row 4: blank
    (61, 101701234),          # row 5: a number that lost its leading zero
    ("abc", "310270-1234"),   # row 6: text age, a date that does not exist
]


class PerValueInOneCell(OfficeTestCase, unittest.TestCase):
    def setUp(self):
        self.doc = self.office.new_calc()
        self.sheet = Sheet(self.doc)
        self.sheet.put_rows("A1", ROWS)

    def tearDown(self):
        self.doc.close(True)

    def fill_down(self, column, formula, rows=range(2, 7)):
        """The same formula in one non-array cell per row, as a user fills it down."""
        for row in rows:
            self.sheet.cell("%s%d" % (column, row)).setFormula(formula)
        self.doc.calculateAll()
        return {row: self.sheet.cell("%s%d" % (column, row)) for row in rows}

    def test_agebands_of_a_whole_column_read_the_same_row(self):
        cells = self.fill_down("C", "=AGEBAND(A:A)")
        self.assertCellText(cells[2], "<30")
        self.assertCellText(cells[3], "40-49")
        self.assertCellText(cells[5], "60+")
        self.assertCellError(cells[6], ERR_ILLEGAL_ARGUMENT)   # text that is no age

    def test_a_blank_cell_is_empty_text(self):
        for formula in ["=AGEBAND(A:A)", "=CPRGENDER(B:B)", "=CPRBIRTHDATE(B:B)", "=CPRAGE(B:B)",
                        "=AGEBAND(A4)", "=CPRGENDER(B4)"]:
            with self.subTest(formula=formula):
                cell = self.fill_down("C", formula, rows=[4])[4]
                self.assertEqual(cell.FormulaResultType2, RESULT_STRING)
                self.assertCellText(cell, "")

    def test_cprvalid_of_a_blank_cell_is_0(self):
        # functions.md: CPRVALID is 1 or 0; an empty cell holds no valid CPR number.
        self.assertCellValue(self.fill_down("C", "=CPRVALID(B:B)", rows=[4])[4], 0)

    def test_cpr_functions_of_a_whole_column_read_the_same_row(self):
        genders = self.fill_down("C", "=CPRGENDER(B:B)")
        self.assertCellText(genders[2], "K")
        self.assertCellText(genders[3], "M")
        self.assertCellText(genders[5], "K")
        self.assertCellError(genders[6], ERR_ILLEGAL_ARGUMENT)
        valid = self.fill_down("D", "=CPRVALID(B:B)", rows=[2, 3, 5, 6])
        self.assertEqual([valid[r].getValue() for r in (2, 3, 5, 6)], [1, 1, 1, 0])
        ages = self.fill_down("E", "=CPRAGE(B:B;DATE(2020;1;1))", rows=[2, 5])
        self.assertCellValue(ages[2], 50)
        self.assertCellValue(ages[5], 50)
        births = self.fill_down("F", "=CPRBIRTHDATE(B:B)", rows=[3])
        self.assertCellValue(births[3], 25569)   # 1 January 1970

    def test_a_range_that_misses_the_row_is_calcs_value_error(self):
        # Like =A2:A3*2 in row 10: no cell of the range on the formula's row.
        self.assertCellError(self.sheet.formula("C10", "=AGEBAND(A2:A3)"), ERR_NO_VALUE)

    def test_an_array_formula_still_answers_every_row(self):
        cells = array_formula(self.sheet, "C2:C5", "=AGEBAND(A2:A5)")
        for row, label in zip(cells, ["<30", "40-49", "", "60+"]):
            self.assertCellText(row[0], label)


if __name__ == "__main__":
    unittest.main()
