"""A hostile workbook: every function fed text, blanks, error cells,
mismatched shapes, whole columns, overflowing numbers, 10,000-character
strings and inline arrays. Every formula must recalculate to a defined
result (a value, a text, #N/A, Err:502, or an error Calc itself gives
without calling us) and the office must still answer afterwards.

What Calc does before we are called (found in this office, asserted here):
- an error cell inside a range argument: Calc answers Err:504 itself;
- a single-cell argument holding an error: that error is propagated (#DIV/0!);
- a single reference to an EMPTY cell arrives as the number 0 at an any or
  any[][] parameter, while empty cells inside a range arrive as empty text
  (so they are left out); the per-value functions take a string, which gets
  "" for an empty cell (so AGEBAND(empty cell) is empty text);
- a range given to a per-value function in a single cell is intersected with
  the formula's row (Calc's implicit intersection, as for =A:A*2);
- a string literal longer than Calc's limit is Err:513;
- a function call inside an inline array is Err:539.
In the API grammar an inline array {a;b} is one ROW, {a|b} one column."""
import time
import unittest

from office import ERR_ILLEGAL_ARGUMENT, ERR_NOT_AVAILABLE, OfficeTestCase, Sheet

ERR_ILLEGAL_PARAMETER = 504   # Err:504: an error cell in a range argument
ERR_DIV_ZERO = 532            # #DIV/0!
ERR_STRING_OVERFLOW = 513     # Err:513
ERR_INLINE_ARRAY = 539        # Err:539

LONG = "x" * 9999
LONG_GROUP = "L" + LONG       # 10,000 characters
LONG_GENDER = "K" + LONG      # not a gender code


def V(x):
    return ("value", x)


def T(s):
    return ("text", s)


def E(code):
    return ("error", code)


class HostileTestCase(OfficeTestCase):
    def setUp(self):
        self.doc = self.office.new_calc()
        self.sheet = Sheet(self.doc)

    def tearDown(self):
        self.doc.close(True)

    def check(self, cases, sheet=None, column="H", recalculations=3):
        """Puts every formula in its own cell, recalculates (three times by
        default) and checks each result; then checks that the office still answers."""
        sheet = sheet or self.sheet
        for row, (formula, _) in enumerate(cases, start=1):
            sheet.cell("%s%d" % (column, row)).setFormula(formula)
        for _ in range(recalculations):
            self.doc.calculateAll()
        for row, (formula, (kind, expected)) in enumerate(cases, start=1):
            cell = sheet.cell("%s%d" % (column, row))
            with self.subTest(formula=formula[:120]):
                if kind == "value":
                    self.assertCellValue(cell, expected)
                elif kind == "text":
                    self.assertCellText(cell, expected)
                else:
                    self.assertCellError(cell, expected)
        self.assertOfficeAnswers()

    def assertOfficeAnswers(self):
        self.assertTrue(self.office.alive())
        self.assertEqual(self.sheet.formula("Z1000", "=1+1").getValue(), 2)


class HostileValues(HostileTestCase, unittest.TestCase):
    def setUp(self):
        super().setUp()
        self.sheet.put_rows("A1", [
            (1e308, "K", 1),          # rows 1-4: sums overflow
            (1e308, "K", 1e308),
            (1, "M", 1e308),
            (1, "M", 1),
            (None, None, None),
            ("=1/0", "M", 1),         # rows 6-7: error cells
            ("=NA()", "K", 1),
        ])
        self.sheet.put_rows("A10", [
            (100, "K", 1, LONG_GROUP, LONG_GROUP),
            (200, "M", 1, LONG_GROUP),
            (300, LONG_GENDER, 1, LONG_GROUP),
            (400, "M", 1, "b"),
        ])

    def test_overflowing_numbers(self):
        self.check([
            # women (1e308 + 1e308) / 2 overflows: bad input, never inf or NaN
            ("=PAYINDEX(A1:A4;B1:B4;;;;1)", E(ERR_ILLEGAL_ARGUMENT)),
            ("=PAYINDEX(A1:A4;B1:B4;C1:C4;;;1)", E(ERR_ILLEGAL_ARGUMENT)),
            ("=PAYGAP(A1:A4;B1:B4)", E(ERR_ILLEGAL_ARGUMENT)),
            # median women 1e308, men 1: (1 - 1e308) / 1 x 100 overflows
            ('=PAYGAP(A1:A4;B1:B4;"median")', E(ERR_ILLEGAL_ARGUMENT)),
            ('=VARPAYGAP(A1:A4;B1:B4;"median")', E(ERR_ILLEGAL_ARGUMENT)),
            # FTE 1 + 1e308 + 1e308 + 1 overflows
            ('=GENDERSHARE(B1:B4;"K";C1:C4)', E(ERR_ILLEGAL_ARGUMENT)),
            ('=GENDERBALANCE(B1:B4;C1:C4)', E(ERR_ILLEGAL_ARGUMENT)),
            # 100 x 1e308 / 1e-308 overflows
            ("=PAYINDEX({1E+308;1E-308};{\"K\";\"M\"};;;;1)", E(ERR_ILLEGAL_ARGUMENT)),
            # but huge numbers that do not overflow are fine: both women have 1e308
            ('=RECIPIENTSHARE(A1:A4;B1:B4;"K")', V(1.0)),
            ("=AGEBAND(1E+308)", T("60+")),
            ("=AGEBAND(-1E+308)", E(ERR_ILLEGAL_ARGUMENT)),
            ("=AGEBAND(45;1E-308)", E(ERR_ILLEGAL_ARGUMENT)),   # bands below double precision
            ("=CPRVALID(1E+308)", V(0)),
            ('=CPRAGE("010170-1234";1E+308)', E(ERR_ILLEGAL_ARGUMENT)),
            ("=PAYINDEX(A1:A4;B1:B4;;;;1E+308)", E(ERR_NOT_AVAILABLE)),   # nobody reaches it
            ("=GENDERTABLE(B1:B4;C1:C4;1E+308)", E(ERR_NOT_AVAILABLE)),
        ])

    def test_quartiles_of_huge_pay(self):
        # ranked 1M 1M 1e308K 1e308K: one person per band
        block = self.sheet.sheet.getCellRangeByName("H1:I4")
        block.setArrayFormula("=PAYQUARTILES(A1:A4;B1:B4)")
        self.doc.calculateAll()
        for band, shares in enumerate([(0, 1), (0, 1), (1, 0), (1, 0)]):
            for column, share in enumerate(shares):
                self.assertCellValue(block.getCellByPosition(column, band), share)
        self.assertOfficeAnswers()

    def test_error_cells(self):
        self.check([
            ("=PAYINDEX(A1:A6;B1:B6)", E(ERR_ILLEGAL_PARAMETER)),           # #DIV/0! in the pay range
            ("=PAYINDEX(A3:A7;B3:B7;;;;1)", E(ERR_ILLEGAL_PARAMETER)),      # #N/A in the pay range
            ("=PAYINDEX(A1:A4;B1:B4;A4:A7;;;1)", E(ERR_ILLEGAL_PARAMETER)),  # ... in an optional range
            ("=GENDERSHARE(A6:A7)", E(ERR_ILLEGAL_PARAMETER)),
            ("=PAYINDEXTABLE(A1:A7;B1:B7;C1:C7;B1:B7)", E(ERR_ILLEGAL_PARAMETER)),
            ("=CPRVALID(A6:A7)", E(ERR_DIV_ZERO)),   # in row 6: intersected with A6 = #DIV/0!
            ("=PAYINDEX(A1:A4;B1:B4;A6)", E(ERR_DIV_ZERO)),                 # a single error cell
            ("=AGEBAND(A6)", E(ERR_DIV_ZERO)),
            ("=AGEBAND(A7)", E(ERR_NOT_AVAILABLE)),
            ("=PAYINDEX(A1:A4;B1:B4;;;;1/0)", E(ERR_DIV_ZERO)),
            ("=CPRAGE(\"010170-1234\";1/0)", E(ERR_DIV_ZERO)),
        ])

    def test_ten_thousand_character_strings(self):
        self.check([
            # group = the 10,000-character text of D10: rows 10-12; row 12's gender is no code
            ("=PAYINDEX(A10:A13;B10:B13;;D10:D13;D10;1)", V(100 * 100 / 200)),
            ("=GENDERSHARE(B10:B13)", V(1 / 3)),                 # K, M, (long: other), M
            ("=GENDERTABLE(B10:B13;D10:D13;3)", T(LONG_GROUP)),  # top-left of the table
            ("=CPRVALID(E10)", V(0)),
            ("=CPRGENDER(E10)", E(ERR_ILLEGAL_ARGUMENT)),
            ("=AGEBAND(E10)", E(ERR_ILLEGAL_ARGUMENT)),
            ("=PAYGAP(A10:A13;B10:B13;E10)", E(ERR_ILLEGAL_ARGUMENT)),   # no such statistic
            ('=RECIPIENTSHARE(A10:A13;B10:B13;"%s")' % ("K" * 200), E(ERR_ILLEGAL_ARGUMENT)),
            # a literal beyond Calc's string limit never reaches us
            ('=PAYGAP(A10:A13;B10:B13;"%s")' % ("m" * 10000), E(ERR_STRING_OVERFLOW)),
        ])

    def test_inline_arrays(self):
        self.check([
            # women 1, 3 -> 2; men 2, 4 -> 3: (3 - 2) / 3 x 100
            ('=PAYGAP({1;2;3;4};{"K";"M";"K";"M"})', V(100 / 3)),
            ('=PAYGAP({1;2};{"K";"M";"K"})', E(ERR_ILLEGAL_ARGUMENT)),
            # women (10 + 30) / 2 = 20, men 30 -> 66.67
            ('=PAYINDEX({10;20;30;40};{"K";"M";"K";"M"};{1;1;1;1};;;1)', V(100 * 20 / 30)),
            # {a;b} is a row, so it does not fit a column range; {a|b} does:
            # A10:A13 = 100 200 300 400 -> women 100 + 300, men 200 + 400
            ('=PAYINDEX(A10:A13;{"K";"M";"K";"M"};;;;1)', E(ERR_ILLEGAL_ARGUMENT)),
            ('=PAYINDEX(A10:A13;{"K"|"M"|"K"|"M"};;;;1)', V(100 * 200 / 300)),
            ('=CPRVALID({"010170-1234";"x"})', V(1)),   # a single cell shows the first element
            ('=GENDERSHARE({"K";TRUE()})', E(ERR_INLINE_ARRAY)),
        ])
        block = self.sheet.sheet.getCellRangeByName("J1:K1")
        block.setArrayFormula("=AGEBAND({40;50})")
        self.doc.calculateAll()
        self.assertCellText(block.getCellByPosition(0, 0), "40-49")
        self.assertCellText(block.getCellByPosition(1, 0), "50-59")

    def test_text_blanks_and_booleans(self):
        self.check([
            ('=AGEBAND("abc")', E(ERR_ILLEGAL_ARGUMENT)),
            ('=PAYINDEX(A1:A4;B1:B4;;;;"x")', E(ERR_ILLEGAL_ARGUMENT)),
            ("=PAYINDEX(A3:A4;B3:B4;;;;-1)", E(ERR_ILLEGAL_ARGUMENT)),
            ('=CPRAGE("010170-1234";"x")', E(ERR_ILLEGAL_ARGUMENT)),
            ('=GENDERBALANCE(B1:B4;;;;"x")', E(ERR_ILLEGAL_ARGUMENT)),
            ("=PAYINDEX(Y1:Y10;X1:X10)", E(ERR_NOT_AVAILABLE)),       # all blank
            ("=PAYGAP(Y1:Y10;X1:X10)", E(ERR_NOT_AVAILABLE)),
            ("=VARPAYGAP(Y1:Y10;X1:X10)", E(ERR_NOT_AVAILABLE)),
            ('=RECIPIENTSHARE(Y1:Y10;X1:X10;"K")', E(ERR_NOT_AVAILABLE)),
            ("=PAYQUARTILES(Y1:Y10;X1:X10)", E(ERR_NOT_AVAILABLE)),
            ("=PAYINDEXTABLE(Y1:Y10;X1:X10;Y1:Y10;X1:X10)", E(ERR_NOT_AVAILABLE)),
            ("=GENDERSHARE(X1:X10)", E(ERR_NOT_AVAILABLE)),
            ("=GENDERBALANCE(X1:X10)", E(ERR_NOT_AVAILABLE)),
            ("=GENDERTABLE(X1:X10;Y1:Y10;0)", E(ERR_NOT_AVAILABLE)),
            ("=CPRVALID(Y1)", V(0)),
            ("=AGEBAND(Y1)", T("")),                 # blank in, blank out (issue 9)
            ("=GENDERSHARE(TRUE())", E(ERR_NOT_AVAILABLE)),   # a boolean is no gender code
        ])


class WholeColumns(HostileTestCase, unittest.TestCase):
    """3,000 workers referenced as whole columns (1,048,576 rows each).
    Worker i = 0..2999: pay 30000 + i, K when i is odd, else M; FTE 1;
    group G(i mod 3)."""
    ROWS = 3000

    def setUp(self):
        super().setUp()
        rows = tuple((30000 + i, "K" if i % 2 else "M", 1, "G%d" % (i % 3)) for i in range(self.ROWS))
        self.sheet.sheet.getCellRangeByName("A1:D%d" % self.ROWS).setDataArray(rows)

    def test_whole_columns_are_correct_and_finish(self):
        started = time.monotonic()
        self.check([
            # women i = 1, 3, ..., 2999: mean i 1500, pay 31500; men i = 0, 2, ..., 2998: 31499
            ("=PAYINDEX(A:A;B:B)", V(100 * 31500 / 31499)),
            # 1500 each, medians: women i (1499 + 1501) / 2 = 1500, men (1498 + 1500) / 2 = 1499
            ('=PAYGAP(A:A;B:B;"median")', V((31499 - 31500) / 31499 * 100)),
            ("=GENDERSHARE(B:B)", V(0.5)),
            ('=RECIPIENTSHARE(A:A;B:B;"M")', V(1.0)),
            # G0 = i = 0 mod 3: women i = 3 mod 6 (3..2997, mean i 1500), men i = 0 mod 6 (0..2994, 1497)
            ('=PAYINDEX(A:A;B:B;C:C;D:D;"g0")', V(100 * 31500 / 31497)),
            ("=PAYINDEX(A:A;B1:B3000)", E(ERR_ILLEGAL_ARGUMENT)),     # 1,048,576 rows vs 3,000
        ], column="J", recalculations=1)  # a recalculation of whole columns is slow under the sanitizer
        elapsed = time.monotonic() - started
        print("\nwhole columns: 6 formulas x 2 calculations in %.1f s" % elapsed)
        self.assertLess(elapsed, 300)

    def test_whole_column_table(self):
        # G0: women 31500, men 31497 (see above); G1 = i = 1 mod 3: women i = 1 mod 6 (1..2995,
        # mean i 1498), men i = 4 mod 6 (4..2998, 1501); G2: women i = 5 mod 6 (5..2999, 1502),
        # men i = 2 mod 6 (2..2996, 1499). 500 women and 500 men with 1 FTE in each group.
        block = self.sheet.sheet.getCellRangeByName("J1:O3")
        started = time.monotonic()
        block.setArrayFormula("=PAYINDEXTABLE(A:A;B:B;C:C;D:D)")
        self.doc.calculateAll()
        print("\nwhole-column PAYINDEXTABLE in %.1f s" % (time.monotonic() - started))
        for row, (group, women, men) in enumerate([("G0", 31500, 31497), ("G1", 31498, 31501),
                                                   ("G2", 31502, 31499)]):
            cells = [block.getCellByPosition(c, row) for c in range(6)]
            self.assertCellText(cells[0], group)
            for cell, value in zip(cells[1:], [500, 500, women, men, 100 * women / men]):
                self.assertCellValue(cell, value)
        self.assertOfficeAnswers()

    def test_an_error_in_the_last_row_is_found(self):
        self.sheet.cell("A1048576").setFormula("=1/0")
        self.check([("=PAYINDEX(A:A;B:B)", E(ERR_ILLEGAL_PARAMETER))], column="J")


if __name__ == "__main__":
    unittest.main()
