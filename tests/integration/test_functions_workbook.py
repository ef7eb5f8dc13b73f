"""example-workbooks/ligestat-functions.ods opens in a real office with every
one of the 14 functions in use, each result computed again on load (add-in
formulas are recalculated), with hand-computed checks of a few."""
import os
import unittest

from office import OfficeTestCase

WORKBOOK = os.path.join(os.path.dirname(__file__), "..", "..", "example-workbooks", "ligestat-functions.ods")
FUNCTIONS = {"PAYINDEX", "PAYGAP", "VARPAYGAP", "RECIPIENTSHARE", "PAYQUARTILES", "PAYINDEXTABLE", "GENDERSHARE",
             "GENDERBALANCE", "GENDERTABLE", "AGEBAND", "CPRGENDER", "CPRBIRTHDATE", "CPRAGE", "CPRVALID"}


class FunctionsWorkbook(OfficeTestCase, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = cls.office.load(WORKBOOK)
        cls.doc.calculateAll()
        sheet = cls.doc.Sheets.getByName("Functions")
        cls.results = {}
        for row in range(1, 60):
            name = sheet.getCellByPosition(0, row).getString()
            if name:
                cls.results.setdefault(name, []).append(
                    (sheet.getCellByPosition(1, row), sheet.getCellByPosition(8, row).getString()))

    def test_every_function_with_an_explanation(self):
        self.assertEqual(set(self.results), FUNCTIONS)
        for name, uses in self.results.items():
            for cell, explanation in uses:
                self.assertIn("DK.LIGESTAT.SHEET.FUNCTIONS.", cell.getFormula(), name)
                self.assertGreater(len(explanation), 20, name)
                self.assertIn(cell.getError(), (0, 32767), name)  # a value, or #N/A where the rules say so

    def test_hand_computed_results(self):
        # Laborant: women 30000, 32000, 34000 (mean 32000); men 33000, 35000, 37000 (mean 35000)
        self.assertAlmostEqual(self.results["PAYINDEX"][0][0].getValue(), 100 * 32000 / 35000, places=9)
        self.assertEqual(self.results["PAYINDEX"][1][0].getError(), 32767)  # Forsker women 1.5 FTE < 3
        # medians: women 30000 32000 34000 46000 50000 -> 34000; men 33000 35000 37000 52000 60000 -> 37000
        self.assertAlmostEqual(self.results["PAYGAP"][0][0].getValue(), (37000 - 34000) / 37000 * 100, places=9)
        self.assertEqual(self.results["AGEBAND"][0][0].getString(), "40-49")
        self.assertEqual(self.results["CPRGENDER"][0][0].getString(), "K")
        self.assertEqual(self.results["CPRAGE"][0][0].getValue(), 41)   # born 1985-01-01, at 2026-01-01
        self.assertEqual(self.results["CPRVALID"][0][0].getValue(), 0)  # 31 February


if __name__ == "__main__":
    unittest.main()
