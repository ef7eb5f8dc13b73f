"""The pay functions in a real office by their English names: PAYINDEX,
PAYGAP, VARPAYGAP, RECIPIENTSHARE, and the array functions PAYQUARTILES and
PAYINDEXTABLE entered as array formulas with every cell checked. Every
expectation is worked out by hand from functions_data.STAFF in the comments.

In STAFF, women with a pay: 30000, 32000, 34000, 50000 (sum 146000, mean
36500); men with a pay: 33000, 35000, 37000, 60000 (sum 165000, mean 41250).
Row 10 (K) has no pay, row 11 (M) has text pay, row 12 is neither gender."""
import unittest

from functions_data import (AMOUNT, CATEGORY, FTE, GENDER, PAY, RESULT_STRING, RESULT_VALUE, TITLE,
                            array_formula, staff_sheet)
from office import ERR_ILLEGAL_ARGUMENT, ERR_NOT_AVAILABLE, OfficeTestCase


class StaffTestCase(OfficeTestCase):
    def setUp(self):
        self.doc, self.sheet = staff_sheet(self.office)

    def tearDown(self):
        self.doc.close(True)

    def value(self, formula, expected, places=9):
        self.assertCellValue(self.sheet.formula("H1", formula), expected, places)

    def error(self, formula, code):
        self.assertCellError(self.sheet.formula("H1", formula), code)


class PayIndex(StaffTestCase, unittest.TestCase):
    def test_headcount_index(self):
        self.value("=PAYINDEX(%s;%s)" % (PAY, GENDER), 100 * 36500 / 41250)

    def test_not_enough_men_in_a_group(self):
        # Forsker: 1 woman with 0.5 FTE, 1 man: below 3 FTE each
        self.error('=PAYINDEX(%s;%s;%s;%s;"Forsker")' % (PAY, GENDER, FTE, TITLE), ERR_NOT_AVAILABLE)

    def test_text_min_fte_is_bad_input(self):
        self.error('=PAYINDEX(%s;%s;;;;"tre")' % (PAY, GENDER), ERR_ILLEGAL_ARGUMENT)


class PayGap(StaffTestCase, unittest.TestCase):
    def test_mean_is_the_default(self):
        # (41250 - 36500) / 41250 x 100
        self.value("=PAYGAP(%s;%s)" % (PAY, GENDER), (41250 - 36500) / 41250 * 100)
        self.value('=PAYGAP(%s;%s;"mean")' % (PAY, GENDER), (41250 - 36500) / 41250 * 100)
        self.value('=PAYGAP(%s;%s;"Gennemsnit")' % (PAY, GENDER), (41250 - 36500) / 41250 * 100)

    def test_median(self):
        # women 30000 32000 | 34000 50000 -> 33000; men 33000 35000 | 37000 60000 -> 36000
        # (36000 - 33000) / 36000 x 100
        self.value('=PAYGAP(%s;%s;" MEDIAN ")' % (PAY, GENDER), 3000 / 36000 * 100)

    def test_group_filter(self):
        # Laborant (any case, trimmed): women 30000 32000 34000 -> 32000; men 33000 35000 37000 -> 35000
        self.value('=PAYGAP(%s;%s;;%s;"laborant")' % (PAY, GENDER, TITLE), 3000 / 35000 * 100)
        # Forsker: woman 50000, man 60000
        self.value('=PAYGAP(%s;%s;"median";%s;"Forsker")' % (PAY, GENDER, TITLE), 10000 / 60000 * 100)

    def test_no_women_or_men_is_not_available(self):
        self.error('=PAYGAP(%s;%s;;%s;"Ingen")' % (PAY, GENDER, TITLE), ERR_NOT_AVAILABLE)
        # Kategori has no "Forsker": nobody at all
        self.error('=PAYGAP(%s;%s;;%s;"Forsker")' % (PAY, GENDER, CATEGORY), ERR_NOT_AVAILABLE)

    def test_bad_input(self):
        for formula in ['=PAYGAP(%s;%s;"mode")' % (PAY, GENDER),       # no such statistic
                        "=PAYGAP(%s;%s;5)" % (PAY, GENDER),            # a number is no statistic
                        "=PAYGAP(A2:A12;B2:B11)",                      # shapes differ
                        '=PAYGAP(%s;%s;;D2:D11;"Forsker")' % (PAY, GENDER),
                        '=PAYGAP(%s;%s;;%s;D2:D3)' % (PAY, GENDER, TITLE)]:  # a range as the group
            with self.subTest(formula=formula):
                self.error(formula, ERR_ILLEGAL_ARGUMENT)


class VarPayGap(StaffTestCase, unittest.TestCase):
    # Recipients (amount > 0): women 1000 (row 2), 5000 (row 8), 500 (row 10; no pay
    # does not matter here); men 2000 (row 5), 3000 (row 7). Row 3's empty and row 4's
    # 0 are no recipients, row 11's text is left out, row 12 (X) is neither gender.

    def test_mean_among_recipients(self):
        # women 6500 / 3, men 2500: (2500 - 6500/3) / 2500 x 100 = (1000/3) / 2500 x 100
        self.value("=VARPAYGAP(%s;%s)" % (AMOUNT, GENDER), (1000 / 3) / 2500 * 100)

    def test_median_among_recipients(self):
        # women 500 1000 5000 -> 1000; men 2000 3000 -> 2500: 1500 / 2500 x 100
        self.value('=VARPAYGAP(%s;%s;"median")' % (AMOUNT, GENDER), 60.0)

    def test_group_where_women_get_more(self):
        # Adm: women 1000, 5000 -> 3000; men 2000 (row 9 empty): (2000 - 3000) / 2000 x 100
        self.value('=VARPAYGAP(%s;%s;;%s;"adm")' % (AMOUNT, GENDER, CATEGORY), -50.0)

    def test_no_male_recipient_is_not_available(self):
        # Forsker: woman 5000, the man's amount is empty
        self.error('=VARPAYGAP(%s;%s;;%s;"Forsker")' % (AMOUNT, GENDER, TITLE), ERR_NOT_AVAILABLE)

    def test_mismatched_shapes(self):
        self.error("=VARPAYGAP(E2:E12;B2:C12)", ERR_ILLEGAL_ARGUMENT)


class RecipientShare(StaffTestCase, unittest.TestCase):
    def test_women_empty_amount_counts_as_none(self):
        # women: 1000, empty (= 0), 0, 5000, 500 -> 3 recipients of 5
        self.value('=RECIPIENTSHARE(%s;%s;"K")' % (AMOUNT, GENDER), 3 / 5)
        self.value('=RECIPIENTSHARE(%s;%s;"kvinde")' % (AMOUNT, GENDER), 3 / 5)

    def test_men_text_amount_is_left_out(self):
        # men: 2000, empty, 3000, empty; row 11's "tekst" is left out -> 2 of 4
        self.value('=RECIPIENTSHARE(%s;%s;"M")' % (AMOUNT, GENDER), 2 / 4)

    def test_group(self):
        # Forsker: the woman gets 5000, the man nothing
        self.value('=RECIPIENTSHARE(%s;%s;"K";%s;"Forsker")' % (AMOUNT, GENDER, TITLE), 1.0)
        self.value('=RECIPIENTSHARE(%s;%s;"M";%s;"Forsker")' % (AMOUNT, GENDER, TITLE), 0.0)
        self.error('=RECIPIENTSHARE(%s;%s;"M";%s;"Ingen")' % (AMOUNT, GENDER, TITLE), ERR_NOT_AVAILABLE)

    def test_unknown_sex_is_bad_input(self):
        self.error('=RECIPIENTSHARE(%s;%s;"X")' % (AMOUNT, GENDER), ERR_ILLEGAL_ARGUMENT)
        self.error('=RECIPIENTSHARE(%s;B2:B5;"K")' % AMOUNT, ERR_ILLEGAL_ARGUMENT)


class PayQuartiles(StaffTestCase, unittest.TestCase):
    def shares(self, cells):
        for row in cells:
            for cell in row:
                self.assertEqual(cell.getError(), 0, cell.getFormula())
        return [[cell.getValue() for cell in row] for row in cells]

    def assertShares(self, cells, expected):
        actual = self.shares(cells)
        for band, (got, want) in enumerate(zip(actual, expected)):
            for column in range(2):
                self.assertAlmostEqual(got[column], want[column], places=12, msg="band %d" % band)

    def test_four_bands_of_two(self):
        # ranked: 30000K 32000K | 33000M 34000K | 35000M 37000M | 50000K 60000M
        cells = array_formula(self.sheet, "H1:I4", "=PAYQUARTILES(%s;%s)" % (PAY, GENDER))
        self.assertShares(cells, [(1, 0), (0.5, 0.5), (0, 1), (0.5, 0.5)])

    def test_a_tie_straddling_a_boundary_is_spread(self):
        # ranks 0..7, bands of two; pay 200 is held by ranks 1-3 (1 woman, 2 men), so each of
        # those ranks is 1/3 woman and 2/3 man: band 0 = 100K + 1/3 -> women 4/3 of 2 = 2/3;
        # band 1 = two tie ranks -> women 2/3 of 2 = 1/3; bands 2 and 3: 300M 400K, 500M 600K
        self.sheet.put_rows("K1", [(100, "K"), (200, "K"), (200, "M"), (200, "M"),
                                   (300, "M"), (400, "K"), (500, "M"), (600, "K")])
        cells = array_formula(self.sheet, "H1:I4", "=PAYQUARTILES(K1:K8;L1:L8)")
        self.assertShares(cells, [(2 / 3, 1 / 3), (1 / 3, 2 / 3), (0.5, 0.5), (0.5, 0.5)])

    def test_fewer_than_four_ranked_is_not_available_in_every_cell(self):
        # rows 2-4: three women
        cells = array_formula(self.sheet, "H1:I4", "=PAYQUARTILES(A2:A4;B2:B4)")
        for row in cells:
            for cell in row:
                self.assertCellError(cell, ERR_NOT_AVAILABLE)

    def test_mismatched_shapes_are_bad_input_in_every_cell(self):
        cells = array_formula(self.sheet, "H1:I4", "=PAYQUARTILES(A2:A12;B2:B10)")
        for row in cells:
            for cell in row:
                self.assertCellError(cell, ERR_ILLEGAL_ARGUMENT)


class PayIndexTable(StaffTestCase, unittest.TestCase):
    FORMULA = "=PAYINDEXTABLE(%s;%s;%s;%s)" % (PAY, GENDER, FTE, TITLE)

    def assertRow(self, cells, expected):
        for cell, want in zip(cells, expected):
            if isinstance(want, str):
                self.assertEqual(cell.FormulaResultType2, RESULT_STRING, cell.getString())
                self.assertCellText(cell, want)
            else:
                self.assertEqual(cell.FormulaResultType2, RESULT_VALUE, cell.getString())
                self.assertCellValue(cell, want)

    def test_groups_in_first_seen_order_and_a_suppressed_row(self):
        # Laborant (rows 2-7 + 10-12; "LABORANT" and "laborant " are the same group, shown as
        # first seen): women 30000 32000 34000 with 3 FTE (row 10 has no pay), men 33000 35000
        # 37000 with 3 FTE (row 11 has text pay), X not counted: means 32000 and 35000.
        # Forsker: women 0.5 FTE, men 1 FTE: below 3, so the means and the index stay empty.
        cells = array_formula(self.sheet, "H1:M2", self.FORMULA)
        self.assertRow(cells[0], ["Laborant", 3, 3, 32000, 35000, 100 * 32000 / 35000])
        self.assertRow(cells[1], ["Forsker", 0.5, 1, "", "", ""])

    def test_suppressed_cells_never_show_a_mean(self):
        cells = array_formula(self.sheet, "H1:M2", self.FORMULA)
        for cell in cells[1][3:]:
            self.assertNotIn("50000", cell.getString())
            self.assertNotIn("60000", cell.getString())
            self.assertEqual(cell.getValue(), 0)

    def test_min_fte_shows_the_small_group(self):
        # min_fte 0.5: Forsker women 50000 (0.5 FTE), men 60000 (1 FTE)
        cells = array_formula(self.sheet, "H1:M2", self.FORMULA[:-1] + ";0.5)")
        self.assertRow(cells[1], ["Forsker", 0.5, 1, 50000, 60000, 100 * 50000 / 60000])

    def test_a_range_larger_than_the_table_shows_not_available_below(self):
        cells = array_formula(self.sheet, "H1:M3", self.FORMULA)
        self.assertRow(cells[0][:1], ["Laborant"])
        for cell in cells[2]:
            self.assertCellError(cell, ERR_NOT_AVAILABLE)

    def test_a_single_group_is_not_repeated_down_the_range(self):
        # rows 2-7 are all Laborant: one table row; Calc would repeat a one-row array over
        # the whole range, which would show Laborant three times
        cells = array_formula(self.sheet, "H1:M3", "=PAYINDEXTABLE(A2:A7;B2:B7;C2:C7;D2:D7)")
        self.assertRow(cells[0], ["Laborant", 3, 3, 32000, 35000, 100 * 32000 / 35000])
        for cell in cells[1] + cells[2]:
            self.assertCellError(cell, ERR_NOT_AVAILABLE)

    def test_errors(self):
        # no group at all (an empty group column): nothing to show
        for cell in array_formula(self.sheet, "H1:M1", "=PAYINDEXTABLE(%s;%s;%s;P2:P12)" % (PAY, GENDER, FTE))[0]:
            self.assertCellError(cell, ERR_NOT_AVAILABLE)
        # FTE range one row short; a negative FTE on a used row
        for cell in array_formula(self.sheet, "H1:M1", "=PAYINDEXTABLE(%s;%s;C2:C11;%s)" % (PAY, GENDER, TITLE))[0]:
            self.assertCellError(cell, ERR_ILLEGAL_ARGUMENT)
        self.sheet.cell("C2").setValue(-1)
        for cell in array_formula(self.sheet, "H1:M1", self.FORMULA)[0]:
            self.assertCellError(cell, ERR_ILLEGAL_ARGUMENT)


class GroupArguments(StaffTestCase, unittest.TestCase):
    """Issue 9, item 7: an argument is never silently ignored."""

    def test_a_group_without_a_group_range_is_bad_input(self):
        # Before, each of these ignored "Laborant" and gave the all-staff figure.
        for formula in ['=PAYINDEX(%s;%s;;;"Laborant")' % (PAY, GENDER),
                        '=PAYINDEX(%s;%s;%s;;"Laborant")' % (PAY, GENDER, FTE),
                        '=PAYGAP(%s;%s;;;"Laborant")' % (PAY, GENDER),
                        '=VARPAYGAP(%s;%s;;;"Laborant")' % (AMOUNT, GENDER),
                        '=RECIPIENTSHARE(%s;%s;"K";;"Laborant")' % (AMOUNT, GENDER),
                        '=GENDERSHARE(%s;"K";;;"Laborant")' % GENDER,
                        '=GENDERBALANCE(%s;;;"Laborant")' % GENDER]:
            with self.subTest(formula=formula):
                self.error(formula, ERR_ILLEGAL_ARGUMENT)

    def test_a_group_range_without_a_group_still_selects_blank_groups(self):
        # The spec's empty group: rows with an empty category (row 10: K, no pay) only.
        self.error('=PAYINDEX(%s;%s;;%s)' % (PAY, GENDER, CATEGORY), ERR_NOT_AVAILABLE)

    def test_the_header_row_of_whole_columns_is_no_group(self):
        # A:A starts at the header row "Løn/Køn/Årsværk/Stilling": "Stilling" has no number
        # as pay, so it is not listed; the table is Laborant and Forsker as with A2:A12
        # (see PayIndexTable above), then #N/A.
        cells = array_formula(self.sheet, "H1:M3", "=PAYINDEXTABLE(A:A;B:B;C:C;D:D)")
        self.assertCellText(cells[0][0], "Laborant")
        self.assertCellValue(cells[0][5], 100 * 32000 / 35000)
        self.assertCellText(cells[1][0], "Forsker")
        for cell in cells[2]:
            self.assertCellError(cell, ERR_NOT_AVAILABLE)

    def test_the_header_row_of_whole_columns_is_no_gender_table_group(self):
        # GENDERTABLE(B:B;F:F;1): "Kategori" in row 1 is the header, not a group of one.
        # Adm: rows 2 3 5 8 9 12 = K K M K M X: 6 heads, 3 women, 2 men; Tek: rows 4 6 7 11.
        cells = array_formula(self.sheet, "H1:M3", "=GENDERTABLE(B:B;F:F;1)")
        self.assertCellText(cells[0][0], "Adm")
        self.assertCellValue(cells[0][1], 6)
        self.assertCellValue(cells[0][2], 3)
        self.assertCellValue(cells[0][3], 2)
        self.assertCellText(cells[1][0], "Tek")
        for cell in cells[2]:
            self.assertCellError(cell, ERR_NOT_AVAILABLE)


if __name__ == "__main__":
    unittest.main()
