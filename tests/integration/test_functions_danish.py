"""All 14 functions by their Danish names in a Danish office (FormulaLocal,
Danish decimal comma), with FormulaLocal reading the Danish name back and
getFormula() the internal name that .ods files store; GENDERBALANCE's text
in Danish. The figures are the ones worked out by hand in
test_functions_pay.py, test_functions_balance_age.py and test_functions_cpr.py
on the same functions_data.STAFF."""
import unittest

from functions_data import RESULT_STRING, array_formula, staff_sheet
from office import ERR_ILLEGAL_ARGUMENT, ERR_NOT_AVAILABLE, OfficeTestCase

INTERNAL = "=DK.LIGESTAT.SHEET.FUNCTIONS."

# (Danish formula, internal method upper-cased, expected value or text)
SINGLE_CELL = [
    ("=LØNINDEKS(A2:A12;B2:B12)", "PAYINDEX", 100 * 36500 / 41250),
    ('=LØNGAB(A2:A12;B2:B12;"gennemsnit")', "PAYGAP", (41250 - 36500) / 41250 * 100),
    ('=LØNGAB(A2:A12;B2:B12;"median")', "PAYGAP", 3000 / 36000 * 100),
    ('=TILLÆGSGAB(E2:E12;B2:B12;"median")', "VARPAYGAP", 60.0),
    ('=MODTAGERANDEL(E2:E12;B2:B12;"K")', "RECIPIENTSHARE", 3 / 5),
    ('=KØNSANDEL(B2:B12;"K";;F2:F12;"Adm")', "GENDERSHARE", 3 / 5),
    ("=KØNSANDEL(B2:B12;\"K\";C2:C12)", "GENDERSHARE", 4.5 / 9.5),
    ("=KØNSBALANCE(B2:B12)", "GENDERBALANCE", "balanceret"),
    ('=KØNSBALANCE(B2:B12;;F2:F12;"Tek")', "GENDERBALANCE", "under mål"),              # 0.25
    ('=KØNSBALANCE(B2:B12;;F2:F12;"Tek";0,4;0,3)', "GENDERBALANCE", "kritisk"),        # decimal comma
    ("=ALDERSGRUPPE(45,9)", "AGEBAND", "40-49"),
    ('=CPR.KØN("010170-1234")', "CPRGENDER", "K"),
    ('=CPR.FØDSELSDATO("010170-1234")', "CPRBIRTHDATE", 25569),
    ('=CPR.ALDER("010170-1234";DATO(2020;1;1))', "CPRAGE", 50),
    ('=CPR.GYLDIG("310270-1234")', "CPRVALID", 0),
]


class DanishNames(OfficeTestCase, unittest.TestCase):
    language = "da-DK"

    def setUp(self):
        self.doc, self.sheet = staff_sheet(self.office)

    def tearDown(self):
        self.doc.close(True)

    def test_every_single_cell_function_by_its_danish_name(self):
        for formula, method, expected in SINGLE_CELL:
            with self.subTest(formula=formula):
                cell = self.sheet.local_formula("H1", formula)
                if isinstance(expected, str):
                    self.assertCellText(cell, expected)
                else:
                    self.assertCellValue(cell, expected)
                self.assertEqual(cell.FormulaLocal, formula)
                self.assertTrue(cell.getFormula().startswith(INTERNAL + method + "("), cell.getFormula())

    def test_errors_by_danish_name(self):
        cell = self.sheet.local_formula("H1", '=LØNINDEKS(A2:A12;B2:B12;C2:C12;D2:D12;"Forsker")')
        self.assertCellError(cell, ERR_NOT_AVAILABLE)
        self.assertCellError(self.sheet.local_formula("H1", "=LØNINDEKS(A2:A12;B2:B11)"), ERR_ILLEGAL_ARGUMENT)
        self.assertCellError(self.sheet.local_formula("H1", '=CPR.KØN("310270-1234")'), ERR_ILLEGAL_ARGUMENT)

    def test_pay_quartiles_array(self):
        # ranked: 30000K 32000K | 33000M 34000K | 35000M 37000M | 50000K 60000M
        cells = array_formula(self.sheet, "H1:I4", "=LØNKVARTILER(A2:A12;B2:B12)", local=True)
        self.assertIn("LØNKVARTILER(A2:A12;B2:B12)", cells[0][0].FormulaLocal)
        expected = [(1, 0), (0.5, 0.5), (0, 1), (0.5, 0.5)]
        for row, shares in zip(cells, expected):
            for cell, share in zip(row, shares):
                self.assertCellValue(cell, share)

    def test_pay_index_table_array(self):
        cells = array_formula(self.sheet, "H1:M2", "=LØNINDEKSTABEL(A2:A12;B2:B12;C2:C12;D2:D12)", local=True)
        self.assertIn("LØNINDEKSTABEL(", cells[0][0].FormulaLocal)
        self.assertCellText(cells[0][0], "Laborant")
        for cell, value in zip(cells[0][1:], [3, 3, 32000, 35000, 100 * 32000 / 35000]):
            self.assertCellValue(cell, value)
        self.assertCellText(cells[1][0], "Forsker")
        self.assertCellValue(cells[1][1], 0.5)
        self.assertCellValue(cells[1][2], 1)
        for cell in cells[1][3:]:   # suppressed: empty text, never a mean
            self.assertEqual(cell.FormulaResultType2, RESULT_STRING)
            self.assertCellText(cell, "")

    def test_gender_table_array(self):
        cells = array_formula(self.sheet, "H1:M2", "=KØNSTABEL(B2:B12;F2:F12;4)", local=True)
        self.assertIn("KØNSTABEL(", cells[0][0].FormulaLocal)
        self.assertCellText(cells[0][0], "Adm")
        self.assertCellText(cells[1][0], "Tek")
        for cell, value in zip(cells[0][1:] + cells[1][1:], [6, 3, 2, 3 / 5, 2 / 5, 4, 1, 3, 1 / 4, 3 / 4]):
            self.assertCellValue(cell, value)


if __name__ == "__main__":
    unittest.main()
