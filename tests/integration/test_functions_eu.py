"""The EU pay transparency functions (functions.md, "EU pay transparency") in
a real office: EUPAYREPORT, PAYGAPTABLE and GENDERSUMTABLE as array formulas
checked cell by cell, by their English names and, in a Danish office, by
their Danish names; bad input. Every expectation is worked out by hand from
functions_data.STAFF:

Workers used (a woman or man whose pay in A is a number; E empty = 0; row 11's
text pay and row 12's gender X leave them out; row 10 has no pay):
  women  row 2 30000+1000 Adm Laborant   men  row 5 33000+2000 Adm Laborant
         row 3 32000+0    Adm Laborant        row 6 35000+0    Tek Laborant
         row 4 34000+0    Tek Laborant        row 7 37000+3000 Tek Laborant
         row 8 50000+5000 Adm Forsker         row 9 60000+0    Adm Forsker
Total pay: women 31000 32000 34000 55000 (mean 38000, median 33000),
           men   35000 35000 40000 60000 (mean 42500, median 37500)."""
import unittest

from functions_data import AMOUNT, CATEGORY, FTE, GENDER, PAY, RESULT_STRING, TITLE, array_formula, staff_sheet
from office import ERR_ILLEGAL_ARGUMENT, ERR_ILLEGAL_PARAMETER, ERR_NOT_AVAILABLE, OfficeTestCase

INTERNAL = "=DK.LIGESTAT.SHEET.FUNCTIONS."
NA = ("error", ERR_NOT_AVAILABLE)
EMPTY = ("text", "")

# EUPAYREPORT(A; B; E): (a) (c) of total pay; (b) (d) among recipients: women
# 1000 5000 (mean = median = 3000), men 2000 3000 (2500): (2500 - 3000) / 2500;
# (e) 2 of 4 women, 2 of 4 men; (f) ranked 31000K 32000K | 34000K 35000M |
# 35000M 40000M | 55000K 60000M.
REPORT_VALUES = [4500 / 42500 * 100, 4500 / 37500 * 100, -20.0, -20.0, 0.5, 0.5,
                 1, 0, 0.5, 0.5, 0, 1, 0.5, 0.5]
REPORT_LABELS_EN = ["(a) mean pay gap, %", "(c) median pay gap, %", "(b) mean gap in complementary pay, %",
                    "(d) median gap in complementary pay, %", "(e) women receiving complementary pay",
                    "(e) men receiving complementary pay", "(f) lowest quartile: women", "(f) lowest quartile: men",
                    "(f) lower middle quartile: women", "(f) lower middle quartile: men",
                    "(f) upper middle quartile: women", "(f) upper middle quartile: men",
                    "(f) highest quartile: women", "(f) highest quartile: men"]

# PAYGAPTABLE(A; B; F; E; ; ; 1), categories Adm then Tek:
# Adm basic: women 30000 32000 50000 (mean 112000/3, median 32000), men 33000 60000 (46500);
#     complementary (empty = 0): women 1000 0 5000 (mean 2000, median 1000), men 2000 0 (1000, 1000);
#     total: women 31000 32000 55000 (118000/3), men 35000 60000 (47500).
# Tek basic: woman 34000, men 35000 37000 (36000); complementary: woman 0, men 0 3000
#     (1500, 1500); total: 34000 against 37500.
ADM = ["Adm", 3, 2, (46500 - 112000 / 3) / 46500 * 100, (46500 - 32000) / 46500 * 100, -100.0, 0.0,
       (47500 - 118000 / 3) / 47500 * 100]
TEK = ["Tek", 1, 2, 2000 / 36000 * 100, 2000 / 36000 * 100, 100.0, 100.0, 3500 / 37500 * 100]

# Mapped through S2:T3 (Laborant -> Kat 1, Forsker -> Kat 2), default min_count 3:
# Kat 1 basic: women 30000 32000 34000 (32000), men 33000 35000 37000 (35000);
#   complementary: women 1000 0 0 (mean 1000/3, median 0), men 2000 0 3000 (5000/3, 2000);
#   total: women 31000 32000 34000 (97000/3), men 35000 35000 40000 (110000/3).
# Kat 2: one woman, one man: too few to compare.
KAT1 = ["Kat 1", 3, 3, 3000 / 35000 * 100, 3000 / 35000 * 100, (5000 / 3 - 1000 / 3) / (5000 / 3) * 100, 100.0,
        (110000 / 3 - 97000 / 3) / (110000 / 3) * 100]

# GENDERSUMTABLE(E; B; F; C; 4): rows whose E is a number: 2 (1000 K Adm 1), 4 (0 K Tek 1),
# 5 (2000 M Adm 1), 7 (3000 M Tek 1), 8 (5000 K Adm 0.5), 10 (500 K blank 1), 12 (4000 X Adm 1).
# Adm has 4 rows: women 6000 over 1.5 FTE, men 2000 over 1; Tek (2 rows) is not listed;
# All: women 1000+0+5000+500 = 6500 over 3.5 FTE, men 5000 over 2.
SUMS_ADM = [6000, 2000, 4000, 2000]
SUMS_ALL = [6500, 5000, 6500 / 3.5, 2500]


class EuTestCase(OfficeTestCase):
    local = False

    def setUp(self):
        self.doc, self.sheet = staff_sheet(self.office)
        self.sheet.put_rows("S2", [("Laborant", "Kat 1"), ("forsker", "Kat 2")])

    def tearDown(self):
        self.doc.close(True)

    def array(self, range_name, formula):
        return array_formula(self.sheet, range_name, formula, local=self.local)

    def check_row(self, cells, expected):
        self.assertEqual(len(cells), len(expected), "cells in the row")
        for cell, want in zip(cells, expected):
            with self.subTest(cell=cell.AbsoluteName, want=want):
                if isinstance(want, tuple) and want[0] == "error":
                    self.assertCellError(cell, want[1])
                elif isinstance(want, tuple):
                    self.assertEqual(cell.FormulaResultType2, RESULT_STRING)
                    self.assertCellText(cell, want[1])
                elif isinstance(want, str):
                    self.assertCellText(cell, want)
                else:
                    self.assertCellValue(cell, want)

    def error(self, formula, code):
        cell = self.sheet.cell("H30")
        if self.local:
            cell.FormulaLocal = formula
        else:
            cell.setFormula(formula)
        self.doc.calculateAll()
        self.assertCellError(cell, code)


class EnglishNames(EuTestCase, unittest.TestCase):
    def test_eu_pay_report(self):
        cells = self.array("H1:I14", "=EUPAYREPORT(%s;%s;%s)" % (PAY, GENDER, AMOUNT))
        for row, label, value in zip(cells, REPORT_LABELS_EN, REPORT_VALUES):
            self.check_row(row, [label, value])

    def test_complementary_pay_in_two_columns_is_their_sum_per_row(self):
        # E's amounts split over V and W (allowance and one-off payment side by side),
        # row 11's "tekst" now in W: the same report as with E.
        self.sheet.put_rows("V2", [(400, 600), (None, None), (0, None), (None, 2000), (None, None), (1000, 2000),
                                   (2500, 2500), (None, None), (500, None), (None, "tekst"), (4000, None)])
        cells = self.array("H1:I14", "=EUPAYREPORT(%s;%s;V2:W12)" % (PAY, GENDER))
        for row, label, value in zip(cells, REPORT_LABELS_EN, REPORT_VALUES):
            self.check_row(row, [label, value])
        self.error("=EUPAYREPORT(%s;%s;V2:W11)" % (PAY, GENDER), ERR_ILLEGAL_ARGUMENT)  # rows differ

    def test_eu_pay_report_without_complementary_pay_is_paygap_and_payquartiles(self):
        # Total = basic: the same figures as PAYGAP and PAYQUARTILES (one definition each):
        # women 30000 32000 34000 50000 (36500, 33000), men 33000 35000 37000 60000 (41250, 36000).
        cells = self.array("H1:I14", "=EUPAYREPORT(%s;%s)" % (PAY, GENDER))
        expected = [4750 / 41250 * 100, 3000 / 36000 * 100, NA, NA, NA, NA, 1, 0, 0.5, 0.5, 0, 1, 0.5, 0.5]
        for row, value in zip(cells, expected):
            self.check_row(row[1:], [value])
        self.assertCellValue(self.sheet.formula("K1", '=PAYGAP(%s;%s;"median")' % (PAY, GENDER)),
                             cells[1][1].getValue(), 12)

    def test_pay_gap_table_by_category(self):
        cells = self.array("H1:P2", "=PAYGAPTABLE(%s;%s;%s;%s;;;1)" % (PAY, GENDER, CATEGORY, AMOUNT))
        self.check_row(cells[0], ADM + ["assessment needed"])   # 17.19 %
        self.check_row(cells[1], TEK + ["assessment needed"])   # 9.33 %

    def test_pay_gap_table_suppresses_below_min_count(self):
        # Default 3: Adm has 2 men, Tek 1 woman. Counts stay, gaps are empty text.
        cells = self.array("H1:P3", "=PAYGAPTABLE(%s;%s;%s;%s)" % (PAY, GENDER, CATEGORY, AMOUNT))
        self.check_row(cells[0], ["Adm", 3, 2] + [EMPTY] * 5 + ["too few to compare"])
        self.check_row(cells[1], ["Tek", 1, 2] + [EMPTY] * 5 + ["too few to compare"])
        self.check_row(cells[2], [NA] * 9)   # beyond the table

    def test_pay_gap_table_maps_job_titles_to_categories(self):
        cells = self.array("H1:P2", "=PAYGAPTABLE(%s;%s;%s;%s;S2:S3;T2:T3)" % (PAY, GENDER, TITLE, AMOUNT))
        self.check_row(cells[0], KAT1 + ["assessment needed"])  # 11.82 %
        self.check_row(cells[1], ["Kat 2", 1, 1] + [EMPTY] * 5 + ["too few to compare"])
        # Forsker left off the map: its workers are "not evaluated".
        cells = self.array("H5:P6", "=PAYGAPTABLE(%s;%s;%s;%s;S2;T2)" % (PAY, GENDER, TITLE, AMOUNT))
        self.check_row(cells[0], KAT1 + ["assessment needed"])
        self.check_row(cells[1], ["(not evaluated)", 1, 1] + [EMPTY] * 5 + ["too few to compare"])

    def test_gender_sum_table(self):
        cells = self.array("H1:L2", "=GENDERSUMTABLE(%s;%s;%s;%s;4)" % (AMOUNT, GENDER, CATEGORY, FTE))
        self.check_row(cells[0], ["Adm"] + SUMS_ADM)
        self.check_row(cells[1], ["All"] + SUMS_ALL)
        # Per head without fte: Adm women 6000 / 2, men 2000 / 1; All women 6500 / 4, men 5000 / 2.
        cells = self.array("H4:L5", "=GENDERSUMTABLE(%s;%s;%s;;4)" % (AMOUNT, GENDER, CATEGORY))
        self.check_row(cells[0], ["Adm", 6000, 2000, 3000, 2000])
        self.check_row(cells[1], ["All", 6500, 5000, 1625, 2500])

    def test_gender_sum_table_suppresses_below_min_count(self):
        # Default 8: no group, and only 7 workers take part: the All row shows nothing.
        cells = self.array("H1:L2", "=GENDERSUMTABLE(%s;%s;%s;%s)" % (AMOUNT, GENDER, CATEGORY, FTE))
        self.check_row(cells[0], ["All"] + [EMPTY] * 4)
        self.check_row(cells[1], [NA] * 5)

    def test_whole_columns_give_the_same_results(self):
        # Row 1 holds the headers (Løn, Køn, Kategori): text pay, no gender code,
        # a header-like group: no worker and no category.
        # Entered first and calculated once: each whole-column call hands over a million rows.
        formulas = {"H1:I14": "=EUPAYREPORT(A:A;B:B;E:E)", "H16:P18": "=PAYGAPTABLE(A:A;B:B;F:F;E:E;;;1)",
                    "H20:L21": "=GENDERSUMTABLE(E:E;B:B;F:F;C:C;4)"}
        for range_name, formula in formulas.items():
            self.sheet.sheet.getCellRangeByName(range_name).setArrayFormula(formula)
        self.doc.calculateAll()

        def cells(range_name):
            block = self.sheet.sheet.getCellRangeByName(range_name)
            return [[block.getCellByPosition(c, r) for c in range(block.Columns.Count)]
                    for r in range(block.Rows.Count)]
        for row, value in zip(cells("H1:I14"), REPORT_VALUES):
            self.check_row(row[1:], [value])
        table = cells("H16:P18")
        self.check_row(table[0], ADM + ["assessment needed"])
        self.check_row(table[1], TEK + ["assessment needed"])
        self.check_row(table[2], [NA] * 9)
        sums = cells("H20:L21")
        self.check_row(sums[0], ["Adm"] + SUMS_ADM)
        self.check_row(sums[1], ["All"] + SUMS_ALL)

    def test_bad_input(self):
        self.sheet.put_rows("U2", [(1e308, "K"), (1e308, "M"), (1e308, "K"), (1e308, "M")])
        for formula in ["=EUPAYREPORT(A2:A12;B2:B11)",                              # shapes differ
                        "=EUPAYREPORT(A2:A12;B2:B12;E2:E11)",
                        "=EUPAYREPORT(U2:U5;V2:V5;U2:U5)",                          # total pay overflows
                        "=PAYGAPTABLE(%s;%s;%s;;S2:S3;T2:T4)" % (PAY, GENDER, TITLE),  # map lengths differ
                        "=PAYGAPTABLE(%s;%s;%s;;S2:S3)" % (PAY, GENDER, TITLE),     # keys without categories
                        "=PAYGAPTABLE(%s;%s;%s;;;;-1)" % (PAY, GENDER, TITLE),
                        '=PAYGAPTABLE(%s;%s;%s;;;;"tre")' % (PAY, GENDER, TITLE),
                        "=PAYGAPTABLE(A2:A12;B2:B12;F2:F11)",
                        "=GENDERSUMTABLE(%s;%s;%s;%s;-1)" % (AMOUNT, GENDER, CATEGORY, FTE),
                        "=GENDERSUMTABLE(%s;%s;%s;D2:D12)" % (AMOUNT, GENDER, CATEGORY),  # text FTE
                        "=GENDERSUMTABLE(E2:E12;B2:B12;F2:F11)"]:
            with self.subTest(formula=formula):
                self.error(formula, ERR_ILLEGAL_ARGUMENT)

    def test_inline_arrays_and_hostile_text(self):
        # {1|2|3|4} is one column: women 1 3 (mean 2), men 2 4 (mean 3): (3 - 2) / 3.
        cells = self.array("H1:I2", '=EUPAYREPORT({1|2|3|4};{"K"|"M"|"K"|"M"})')
        self.check_row(cells[0][1:], [100 / 3])
        self.check_row(cells[1][1:], [100 / 3])   # medians are the means here
        # A 10,000-character category is a category like any other (shown in full).
        long_name = "L" + "x" * 9999
        self.sheet.put_rows("X2", [(long_name,)] * 11)
        cells = self.array("H4:P4", "=PAYGAPTABLE(%s;%s;X2:X12;%s;;;1)" % (PAY, GENDER, AMOUNT))
        self.assertEqual(cells[0][0].getString(), long_name)
        self.check_row(cells[0][1:3], [4, 4])

    def test_error_cells_and_no_data(self):
        # An error cell in a range argument: Calc answers Err:504 without calling us.
        self.sheet.cell("W3").setFormula("=1/0")
        for formula in ["=EUPAYREPORT(W2:W12;%s)" % GENDER,
                        "=PAYGAPTABLE(%s;%s;W2:W12)" % (PAY, GENDER),
                        "=GENDERSUMTABLE(%s;%s;%s;W2:W12)" % (AMOUNT, GENDER, CATEGORY)]:
            with self.subTest(formula=formula):
                self.error(formula, ERR_ILLEGAL_PARAMETER)
        # No category at all: nothing to show.
        self.error("=PAYGAPTABLE(%s;%s;X2:X12)" % (PAY, GENDER), ERR_NOT_AVAILABLE)
        # No men: the report's gaps are #N/A in their own cells, the women's share stands.
        cells = self.array("H1:I6", "=EUPAYREPORT(A2:A4;B2:B4;E2:E4)")
        self.check_row([row[1] for row in cells], [NA, NA, NA, NA, 1 / 3, NA])


class DanishNames(EuTestCase, unittest.TestCase):
    language = "da-DK"
    local = True

    def test_eu_pay_report(self):
        cells = self.array("H1:I14", "=EU.LØNRAPPORT(%s;%s;%s)" % (PAY, GENDER, AMOUNT))
        self.assertIn("EU.LØNRAPPORT(", cells[0][0].FormulaLocal)
        self.assertTrue(cells[0][0].getFormula().startswith("{" + INTERNAL + "EUPAYREPORT(")
                        or cells[0][0].getFormula().startswith(INTERNAL + "EUPAYREPORT("), cells[0][0].getFormula())
        self.check_row(cells[0], ["(a) løngab, gennemsnit, %", REPORT_VALUES[0]])
        self.check_row(cells[13], ["(f) højeste kvartil: mænd", REPORT_VALUES[13]])
        for row, value in zip(cells, REPORT_VALUES):
            self.check_row(row[1:], [value])

    def test_pay_gap_table(self):
        cells = self.array("H1:P2", "=LØNGABSTABEL(%s;%s;%s;%s;;;1)" % (PAY, GENDER, CATEGORY, AMOUNT))
        self.assertIn("LØNGABSTABEL(", cells[0][0].FormulaLocal)
        self.check_row(cells[0], ADM + ["vurdering nødvendig"])
        self.check_row(cells[1], TEK + ["vurdering nødvendig"])
        cells = self.array("H5:P6", "=LØNGABSTABEL(%s;%s;%s;%s;S2;T2)" % (PAY, GENDER, TITLE, AMOUNT))
        self.check_row(cells[1], ["(ikke vurderet)", 1, 1] + [EMPTY] * 5 + ["for få til at sammenligne"])

    def test_gender_sum_table(self):
        cells = self.array("H1:L2", "=KØNSSUMTABEL(%s;%s;%s;%s;4)" % (AMOUNT, GENDER, CATEGORY, FTE))
        self.assertIn("KØNSSUMTABEL(", cells[0][0].FormulaLocal)
        self.check_row(cells[0], ["Adm"] + SUMS_ADM)
        self.check_row(cells[1], ["I alt"] + SUMS_ALL)

    def test_bad_input_by_danish_name(self):
        self.error("=LØNGABSTABEL(%s;%s;%s;;S2:S3;T2:T4)" % (PAY, GENDER, TITLE), ERR_ILLEGAL_ARGUMENT)
        self.error("=EU.LØNRAPPORT(A2:A12;B2:B11)", ERR_ILLEGAL_ARGUMENT)
        self.error("=KØNSSUMTABEL(E2:E12;B2:B12;F2:F11)", ERR_ILLEGAL_ARGUMENT)


if __name__ == "__main__":
    unittest.main()
