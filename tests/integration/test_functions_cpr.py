"""CPRGENDER, CPRBIRTHDATE, CPRAGE and CPRVALID in a real office, single
cells and array formulas, with the document's NullDate changed to 1904.

Date serials by hand: with Calc's default null date 1899-12-30, 1970-01-01
is 25569 (the well-known epoch serial) and 1999-12-31 is 36525; 2020-01-01
is 43831, so 2020-03-15 is 43831 + 31 + 29 + 14 = 43905. 1858-01-01 lies
42 x 365 + 10 leap days (1860..1896) = 15340 days before 1900-01-01, i.e.
15338 before 1899-12-30: -15338. From 1899-12-30 to 1904-01-01 there are
2 + 4 x 365 = 1462 days (1900 is no leap year), so with null date 1904-01-01
every serial is 1462 smaller."""
import datetime
import unittest

from functions_data import array_formula
from office import ERR_ILLEGAL_ARGUMENT, OfficeTestCase, Sheet

from com.sun.star.util import Date as UnoDate  # importable once office (uno) is imported

MAC_OFFSET = 1462


class CprTestCase(OfficeTestCase):
    def setUp(self):
        self.doc = self.office.new_calc()
        self.sheet = Sheet(self.doc)

    def tearDown(self):
        self.doc.close(True)

    def cell_with(self, formula):
        return self.sheet.formula("B1", formula)

    def set_null_date(self, year, month, day):
        null_date = UnoDate()
        null_date.Year, null_date.Month, null_date.Day = year, month, day
        self.doc.NullDate = null_date
        self.doc.calculateAll()


class CprGender(CprTestCase, unittest.TestCase):
    def test_even_last_digit_is_a_woman(self):
        self.assertCellText(self.cell_with('=CPRGENDER("010170-1234")'), "K")
        self.assertCellText(self.cell_with('=CPRGENDER("0101701235")'), "M")
        self.assertCellText(self.cell_with("=CPRGENDER(101701234)"), "K")       # leading zero lost
        self.assertCellText(self.cell_with('=CPRGENDER("610170-1237")'), "M")   # replacement number

    def test_invalid_cpr_is_bad_input(self):
        for cpr in ['"310270-1234"', '"abc"', '"010170-12345"', "1.5"]:
            with self.subTest(cpr=cpr):
                self.assertCellError(self.cell_with("=CPRGENDER(%s)" % cpr), ERR_ILLEGAL_ARGUMENT)

    def test_blank_is_empty_text(self):
        # Blank in, blank out (functions.md); before, "" was Err:502.
        self.assertCellText(self.cell_with('=CPRGENDER("")'), "")


class CprBirthDate(CprTestCase, unittest.TestCase):
    def test_serials_with_the_default_null_date(self):
        for cpr, serial in [('"010170-1234"', 25569),     # 7th digit 1: 1900s
                            ('"3112999999"', 36525),      # 9 and 99 > 36: 1999
                            ('"150320-4321"', 43905),     # 4 and 20 <= 36: 2020
                            ('"010158-5000"', -15338),    # 5 and 58 > 57: 1858
                            ("101701234", 25569)]:
            with self.subTest(cpr=cpr):
                self.assertCellValue(self.cell_with("=CPRBIRTHDATE(%s)" % cpr), serial)

    def test_serial_follows_the_documents_null_date(self):
        cell = self.cell_with('=CPRBIRTHDATE("010170-1234")')
        self.assertCellValue(cell, 25569)
        self.set_null_date(1904, 1, 1)
        self.assertCellValue(cell, 25569 - MAC_OFFSET)
        self.assertCellValue(self.cell_with('=CPRBIRTHDATE("010158-5000")'), -15338 - MAC_OFFSET)
        # the shown date is still 1970-01-01
        self.assertCellValue(self.cell_with('=YEAR(CPRBIRTHDATE("010170-1234"))'), 1970)

    def test_invalid_cpr(self):
        self.assertCellError(self.cell_with('=CPRBIRTHDATE("290201-1234")'), ERR_ILLEGAL_ARGUMENT)  # 2001 no leap


class CprAge(CprTestCase, unittest.TestCase):
    def test_completed_years_at_a_date(self):
        self.assertCellValue(self.cell_with('=CPRAGE("010170-1234";DATE(2020;1;1))'), 50)
        self.assertCellValue(self.cell_with('=CPRAGE("010170-1234";DATE(2019;12;31))'), 49)
        # born 1996-02-29: a year older on 1 March when there is no 29 February
        self.assertCellValue(self.cell_with('=CPRAGE("290296-1234";DATE(2021;2;28))'), 24)
        self.assertCellValue(self.cell_with('=CPRAGE("290296-1234";DATE(2021;3;1))'), 25)
        self.assertCellValue(self.cell_with('=CPRAGE("290296-1234";DATE(2024;2;29))'), 28)

    def test_today_by_default(self):
        # born 1 January: the birthday of this year has always passed
        self.assertCellValue(self.cell_with('=CPRAGE("010170-1234")'), datetime.date.today().year - 1970)

    def test_date_serial_is_read_with_the_documents_null_date(self):
        # 43831 is 2020-01-01 from 1899-12-30, but 2024-01-02 from 1904-01-01
        self.assertCellValue(self.cell_with('=CPRAGE("010170-1234";43831)'), 50)
        self.set_null_date(1904, 1, 1)
        self.assertCellValue(self.cell_with('=CPRAGE("010170-1234";43831)'), 54)
        self.assertCellValue(self.cell_with('=CPRAGE("010170-1234";DATE(2020;1;1))'), 50)

    def test_a_negative_serial_with_a_time_is_the_day_before(self):
        # born 1858-12-30 (7th digit 5, 58 > 57); serial -0.5 is 1899-12-29 at noon: 40 years,
        # not 41 (which the day of serial 0, 1899-12-30, would give)
        self.assertCellValue(self.cell_with('=CPRAGE("301258-5000";-0.5)'), 40)
        self.assertCellValue(self.cell_with('=CPRAGE("301258-5000";0)'), 41)

    def test_bad_input(self):
        for formula in ['=CPRAGE("010170-1234";DATE(1969;12;31))',   # before birth
                        '=CPRAGE("010170-1234";"i går")',
                        '=CPRAGE("010170-1234";1E+300)',
                        '=CPRAGE("31027O-1234";DATE(2020;1;1))']:
            with self.subTest(formula=formula):
                self.assertCellError(self.cell_with(formula), ERR_ILLEGAL_ARGUMENT)


class CprValid(CprTestCase, unittest.TestCase):
    def test_valid_and_invalid(self):
        for cpr, valid in [('"010170-1234"', 1), ('" 010170-1234 "', 1), ("101701234", 1),
                           ('"310270-1234"', 0), ('"abc"', 0),
                           ('"101701234"', 1),  # Calc hands the function a number as text: the same

                           ('"010170\u20131234"', 0), ("1E+308", 0), ("-1", 0)]:
            with self.subTest(cpr=cpr):
                self.assertCellValue(self.cell_with("=CPRVALID(%s)" % cpr), valid)


class CprArrays(CprTestCase, unittest.TestCase):
    def setUp(self):
        super().setUp()
        self.sheet.put_rows("A1", [("010170-1234",), ("3112999999",), ("310270-1234",), (None,)])

    def test_every_cell_of_each_function(self):
        gender = array_formula(self.sheet, "B1:B4", "=CPRGENDER(A1:A4)")
        birth = array_formula(self.sheet, "C1:C4", "=CPRBIRTHDATE(A1:A4)")
        age = array_formula(self.sheet, "D1:D4", "=CPRAGE(A1:A4;DATE(2020;1;1))")
        valid = array_formula(self.sheet, "E1:E4", "=CPRVALID(A1:A4)")
        self.assertCellText(gender[0][0], "K")
        self.assertCellText(gender[1][0], "M")
        self.assertCellValue(birth[0][0], 25569)
        self.assertCellValue(birth[1][0], 36525)
        self.assertCellValue(age[0][0], 50)
        self.assertCellValue(age[1][0], 20)       # born 1999-12-31, 20 on 2020-01-01
        for column in (gender, birth, age):       # 31 February: no CPR; an empty cell: empty text
            self.assertCellError(column[2][0], ERR_ILLEGAL_ARGUMENT)
            self.assertCellText(column[3][0], "")
        self.assertEqual([row[0].getValue() for row in valid], [1, 1, 0, 0])

    def test_array_follows_the_null_date(self):
        birth = array_formula(self.sheet, "C1:C2", "=CPRBIRTHDATE(A1:A2)")
        self.set_null_date(1904, 1, 1)
        self.assertCellValue(birth[0][0], 25569 - MAC_OFFSET)
        self.assertCellValue(birth[1][0], 36525 - MAC_OFFSET)


if __name__ == "__main__":
    unittest.main()
