"""STAFFFLOWS, PAYDEVELOPMENT, ALLOWANCEROUND and PROMOTIONS (functions.md,
"This year against last year") in a real office, by their English names in an
English office and by their Danish names in a Danish one, entered as array
formulas with every cell checked against figures worked out by hand below
(the same lists as docs/functions.md and tests/unit/year_on_year_test.cpp).

Last year's list is in A-F, this year's in H-M (rows 2-10):
  last year  id        g  pay    fte  allow  level        this year id     g  pay    fte allow level        change
  row 2      1001      K  30000  1           Medarbejder            1001   K  31500  1   600   Leder        +5 %
  row 3      1002      K  32000  1    1000   Medarbejder            "1002" K  32000  1   1000  Medarbejder  0 %
  row 4      1003      K  40000  0.5  500    Leder                  1003   K  84000  1   800   Leder        +5 % (FTE pay 80000)
  row 5      " 1005 "  M  35000  1           Medarbejder            1005   M  35700  1         Medarbejder  +2 %
  row 6      1006      M  36000  1    2000   Leder                  1006   M  35640  1   2500  Chef         -1 %
  row 7      1007      M  50000  1    0      Chef                   1007   M  55000  1   0     Chef         +10 %
  row 8      1008      K  31000  1           Medarbejder (leaves)   1009   K  30000  1         Medarbejder  joins
  row 9      (blank)   K  99999  1           Chef (no part)         1010   M  30000  1         Medarbejder  joins
  row 10     AB9       X  20000  1           Medarbejder (leaves)   (blank) M 30000  1         Medarbejder  no part
"""
import unittest

from functions_data import array_formula
from office import ERR_ILLEGAL_ARGUMENT, ERR_NOT_AVAILABLE, OfficeTestCase, Sheet

LISTS = [
    ("Medarbejdernr.", "Køn", "Løn", "Årsværk", "Tillæg", "Niveau", None,
     "Medarbejdernr.", "Køn", "Løn", "Årsværk", "Tillæg", "Niveau"),
    (1001, "K", 30000, 1, None, "Medarbejder", None, 1001, "K", 31500, 1, 600, "Leder"),
    (1002, "K", 32000, 1, 1000, "Medarbejder", None, "1002", "K", 32000, 1, 1000, "Medarbejder"),
    (1003, "K", 40000, 0.5, 500, "Leder", None, 1003, "K", 84000, 1, 800, "Leder"),
    (" 1005 ", "M", 35000, 1, None, "Medarbejder", None, 1005, "M", 35700, 1, None, "Medarbejder"),
    (1006, "M", 36000, 1, 2000, "Leder", None, 1006, "M", 35640, 1, 2500, "Chef"),
    (1007, "M", 50000, 1, 0, "Chef", None, 1007, "M", 55000, 1, 0, "Chef"),
    (1008, "K", 31000, 1, None, "Medarbejder", None, 1009, "K", 30000, 1, None, "Medarbejder"),
    (None, "K", 99999, 1, None, "Chef", None, 1010, "M", 30000, 1, None, "Medarbejder"),
    ("AB9", "X", 20000, 1, None, "Medarbejder", None, None, "M", 30000, 1, None, "Medarbejder"),
]
BEFORE = dict(id="A2:A10", gender="B2:B10", pay="C2:C10", fte="D2:D10", allowance="E2:E10", level="F2:F10")
NOW = dict(id="H2:H10", gender="I2:I10", pay="J2:J10", fte="K2:K10", allowance="L2:L10", level="M2:M10")

FLOWS_ARGS = "%s;%s;%s;%s" % (NOW["id"], NOW["gender"], BEFORE["id"], BEFORE["gender"])
# Women: last year rows 2,3,4,8 = 4 (row 9 has no id), row 8 leaves, 1009 joins, 4 now.
# Men: last year rows 5,6,7 = 3, none leaves, 1010 joins, 4 now (row 10 has no id).
# Other: AB9, who leaves.
FLOWS = [(4, 1, 1, 4), (3, 0, 1, 4), (1, 1, 0, 0), (8, 2, 2, 8)]
DEVELOPMENT_ARGS = "%s;%s;%s;%s;%s;%s;%s" % (NOW["id"], NOW["pay"], BEFORE["id"], BEFORE["pay"], NOW["gender"],
                                             NOW["fte"], BEFORE["fte"])
# Women +5, 0, +5: 3, mean 10/3, median 5, 2 of 3 up. Men +2, -1, +10: 3, mean 11/3, median 2, 2 of 3 up.
DEVELOPMENT = [(3, 10 / 3, 5, 2 / 3), (3, 11 / 3, 2, 2 / 3)]
ALLOWANCE_ARGS = "%s;%s;%s;%s;%s" % (NOW["id"], NOW["allowance"], BEFORE["id"], BEFORE["allowance"], NOW["gender"])
# Women: 600 > empty (+600), 1000 = 1000, 800 > 500 (+300): 2 of 3, mean 450.
# Men: empty = empty, 2500 > 2000 (+500), 0 = 0: 1 of 3, mean 500.
ALLOWANCE = [(3, 2, 2 / 3, 450), (3, 1, 1 / 3, 500)]
PROMOTION_ARGS = '%s;%s;%s;%s;%s;{"Chef";"Leder";"Medarbejder"}' % (
    NOW["id"], NOW["level"], BEFORE["id"], BEFORE["level"], NOW["gender"])
# Women: Medarbejder -> Leder (1001): 1 of 3. Men: Leder -> Chef (1006): 1 of 3.
PROMOTIONS = [(3, 1, 1 / 3), (3, 1, 1 / 3)]


class YearOnYearCase(OfficeTestCase):
    names = {}      # English name -> the name used in this office
    labels = ()     # women, men, other, all in the UI language
    local = False

    def setUp(self):
        self.doc = self.office.new_calc()
        self.sheet = Sheet(self.doc)
        self.sheet.put_rows("A1", LISTS)

    def tearDown(self):
        self.doc.close(True)

    def array(self, range_name, name, args):
        formula = "=%s(%s)" % (self.names[name], args)
        return array_formula(self.sheet, range_name, formula, local=self.local)

    def single(self, name, args):
        formula = "=%s(%s)" % (self.names[name], args)
        if self.local:
            return self.sheet.local_formula("O1", formula)
        return self.sheet.formula("O1", formula)

    def assertRows(self, cells, expected):
        for row, (label, values) in enumerate(zip(self.labels, expected)):
            self.assertCellText(cells[row][0], label)
            for cell, value in zip(cells[row][1:], values):
                self.assertCellValue(cell, value)

    def test_staff_flows(self):
        self.assertRows(self.array("O1:S4", "STAFFFLOWS", FLOWS_ARGS), FLOWS)

    def test_pay_development(self):
        self.assertRows(self.array("O1:S2", "PAYDEVELOPMENT", DEVELOPMENT_ARGS), DEVELOPMENT)

    def test_allowance_round(self):
        self.assertRows(self.array("O1:S2", "ALLOWANCEROUND", ALLOWANCE_ARGS), ALLOWANCE)

    def test_promotions(self):
        self.assertRows(self.array("O1:R2", "PROMOTIONS", PROMOTION_ARGS), PROMOTIONS)

    def test_fewer_than_three_stayers_of_a_gender_is_not_available(self):
        # Two women stay (pay 100 -> 110 and 100 -> 120; allowance 0 -> 500 and 0 -> 0); no men.
        # Each gender shows its count of stayers and #N/A in every figure.
        self.sheet.put_rows("U1", [(1, 110, 500, 1, 100, 0, "K"), (2, 120, 0, 2, 100, 0, "K")])
        cells = self.array("O1:S2", "PAYDEVELOPMENT", "U1:U2;V1:V2;X1:X2;Y1:Y2;AA1:AA2")
        self.assertCellValue(cells[0][1], 2)
        self.assertCellValue(cells[1][1], 0)
        for row in cells:
            for cell in row[2:]:
                self.assertCellError(cell, ERR_NOT_AVAILABLE)
        # The one recipient among the two women is not shown.
        cells = self.array("O4:S5", "ALLOWANCEROUND", "U1:U2;W1:W2;X1:X2;Z1:Z2;AA1:AA2")
        self.assertCellValue(cells[0][1], 2)
        for cell in cells[0][2:]:
            self.assertCellError(cell, ERR_NOT_AVAILABLE)

    def test_text_id_matches_the_number(self):
        # " 1005 " (text) last year is 1005 (number) now, "ab7" is "AB7": 2 stay, nobody leaves or joins.
        cells = self.array("O1:S4", "STAFFFLOWS", '{1005;"ab7"};{"M";"K"};{" 1005 ";"AB7"};{"M";"K"}')
        self.assertRows(cells, [(1, 0, 0, 1), (1, 0, 0, 1), (0, 0, 0, 0), (2, 0, 0, 2)])

    def test_bad_input(self):
        cases = [
            # duplicate id this year (1001 and " 1001")
            ("STAFFFLOWS", '{1001;" 1001"};{"K";"K"};{1};{"K"}'),
            # duplicate id last year (number and text)
            ("STAFFFLOWS", '{1};{"K"};{1005;" 1005 "};{"K";"K"}'),
            # mismatched shapes
            ("STAFFFLOWS", "%s;I2:I9;%s;%s" % (NOW["id"], BEFORE["id"], BEFORE["gender"])),
            ("PAYDEVELOPMENT", "%s;J2:J9;%s;%s;%s" % (NOW["id"], BEFORE["id"], BEFORE["pay"], NOW["gender"])),
            # one FTE range without the other
            ("PAYDEVELOPMENT", "%s;%s;%s;%s;%s;%s" % (NOW["id"], NOW["pay"], BEFORE["id"], BEFORE["pay"],
                                                      NOW["gender"], NOW["fte"])),
            ("ALLOWANCEROUND", "%s;%s;%s;E2:E9;%s" % (NOW["id"], NOW["allowance"], BEFORE["id"], NOW["gender"])),
            # no level in the list
            ("PROMOTIONS", '%s;%s;%s;%s;%s;{""}' % (NOW["id"], NOW["level"], BEFORE["id"], BEFORE["level"],
                                                   NOW["gender"])),
        ]
        for name, args in cases:
            with self.subTest(name=name, args=args):
                self.assertCellError(self.single(name, args), ERR_ILLEGAL_ARGUMENT)


ENGLISH = {n: n for n in ("STAFFFLOWS", "PAYDEVELOPMENT", "ALLOWANCEROUND", "PROMOTIONS")}
DANISH = {"STAFFFLOWS": "PERSONALEFLOW", "PAYDEVELOPMENT": "LØNUDVIKLING",
          "ALLOWANCEROUND": "TILLÆGSRUNDE", "PROMOTIONS": "FORFREMMELSER"}


class EnglishNames(YearOnYearCase, unittest.TestCase):
    names = ENGLISH
    labels = ("Women", "Men", "Other/unknown", "All")


class DanishNames(YearOnYearCase, unittest.TestCase):
    language = "da-DK"
    names = DANISH
    labels = ("Kvinder", "Mænd", "Andet/ukendt", "I alt")
    local = True

    def test_the_file_stores_the_internal_name(self):
        cell = self.single("STAFFFLOWS", FLOWS_ARGS)
        self.assertEqual(cell.FormulaLocal, "=PERSONALEFLOW(%s)" % FLOWS_ARGS)
        self.assertTrue(cell.getFormula().startswith("=DK.LIGESTAT.SHEET.FUNCTIONS.STAFFFLOWS("))


if __name__ == "__main__":
    unittest.main()
