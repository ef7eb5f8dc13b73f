"""PAYINDEX and AGEBAND end to end in a real office: English and Danish names,
#N/A for suppressed figures, Err:502 for bad input, .ods round trip, and the
exception firewall. Every expectation is worked out by hand in the comments."""
import os
import shutil
import subprocess
import tempfile
import unittest
import zipfile

from office import (ERR_ILLEGAL_ARGUMENT, ERR_NOT_AVAILABLE, SOFFICE, Office, OfficeTestCase, Sheet, props)

# pay, gender, fte, job title
STAFF = [
    ("Løn", "Køn", "Årsværk", "Stilling"),
    (30000, "K", 1, "Laborant"),
    (32000, "k", 1, "LABORANT"),
    (34000, "Kvinde", 1, "laborant "),
    (33000, "M", 1, "Laborant"),
    (35000, "mand", 1, "Laborant"),
    (37000, "M", 1, "Laborant"),
    (50000, "K", 0.5, "Forsker"),
    (60000, "M", 1, "Forsker"),
    (None, "K", 1, "Laborant"),        # no pay: left out, never read as 0
    ("ukendt", "M", 1, "Laborant"),    # text pay: left out
]
PAY, GENDER, FTE, TITLE = "A2:A11", "B2:B11", "C2:C11", "D2:D11"
# <service>.<method>, as .ods files store it (the API grammar shows it upper-cased)
INTERNAL_PAYINDEX = "DK.LIGESTAT.SHEET.FUNCTIONS.PAYINDEX"


def staff_sheet(office):
    doc = office.new_calc()
    sheet = Sheet(doc)
    sheet.put_rows("A1", STAFF)
    return doc, sheet


class PayIndexEnglish(OfficeTestCase, unittest.TestCase):
    def setUp(self):
        self.doc, self.sheet = staff_sheet(self.office)

    def tearDown(self):
        self.doc.close(True)

    def test_headcount_means(self):
        # women 30000+32000+34000+50000 = 146000 / 4 = 36500
        # men   33000+35000+37000+60000 = 165000 / 4 = 41250 -> 100*36500/41250
        cell = self.sheet.formula("F1", "=PAYINDEX(%s;%s)" % (PAY, GENDER))
        self.assertCellValue(cell, 100 * 36500 / 41250)

    def test_fte_weighted_means(self):
        # women: 30000+32000+34000+0.5*50000 = 121000 over 3.5 FTE; men 165000 over 4
        cell = self.sheet.formula("F1", "=PAYINDEX(%s;%s;%s)" % (PAY, GENDER, FTE))
        self.assertCellValue(cell, 100 * (121000 / 3.5) / (165000 / 4))

    def test_group_filter_is_case_insensitive_and_trimmed(self):
        # Laborant: women 30000,32000,34000 (3 FTE exactly) -> 32000; men 33000,35000,37000 -> 35000
        cell = self.sheet.formula("F1", '=PAYINDEX(%s;%s;%s;%s;"laborant")' % (PAY, GENDER, FTE, TITLE))
        self.assertCellValue(cell, 100 * 32000 / 35000)

    def test_suppressed_when_a_gender_has_under_3_fte(self):
        # Forsker: women 0.5 FTE, men 1 FTE: the index must not be shown
        cell = self.sheet.formula("F1", '=PAYINDEX(%s;%s;%s;%s;"Forsker")' % (PAY, GENDER, FTE, TITLE))
        self.assertCellError(cell, ERR_NOT_AVAILABLE)

    def test_min_fte_argument(self):
        # with min_fte 0.5 the Forsker index is shown: 100 * 50000 / 60000
        cell = self.sheet.formula("F1", '=PAYINDEX(%s;%s;%s;%s;"Forsker";0.5)' % (PAY, GENDER, FTE, TITLE))
        self.assertCellValue(cell, 100 * 50000 / 60000)

    def test_fte_boundary(self):
        # women 2.999 FTE: suppressed; 3.0: shown
        self.sheet.put_rows("H1", [(100, "K", 1.999), (100, "K", 1), (100, "M", 3)])
        self.assertCellError(self.sheet.formula("F1", "=PAYINDEX(H1:H3;I1:I3;J1:J3)"), ERR_NOT_AVAILABLE)
        self.sheet.cell("J1").setValue(2)
        self.assertCellValue(self.sheet.formula("F1", "=PAYINDEX(H1:H3;I1:I3;J1:J3)"), 100.0)

    def test_mismatched_ranges_are_bad_input(self):
        cell = self.sheet.formula("F1", "=PAYINDEX(A2:A11;B2:B10)")
        self.assertCellError(cell, ERR_ILLEGAL_ARGUMENT)

    def test_negative_fte_is_bad_input(self):
        self.sheet.cell("C2").setValue(-1)
        cell = self.sheet.formula("F1", "=PAYINDEX(%s;%s;%s)" % (PAY, GENDER, FTE))
        self.assertCellError(cell, ERR_ILLEGAL_ARGUMENT)

    def test_internal_name_works(self):
        cell = self.sheet.formula("F1", "=dk.ligestat.sheet.Functions.payIndex(%s;%s)" % (PAY, GENDER))
        self.assertCellValue(cell, 100 * 36500 / 41250)


class AgeBandEnglish(OfficeTestCase, unittest.TestCase):
    def setUp(self):
        self.doc = self.office.new_calc()
        self.sheet = Sheet(self.doc)

    def tearDown(self):
        self.doc.close(True)

    def test_default_bands(self):
        for age, label in [(18, "<30"), (29.99, "<30"), (30, "30-39"), (39.9, "30-39"),
                           (45, "40-49"), (59.999, "50-59"), (60, "60+"), (71, "60+")]:
            with self.subTest(age=age):
                self.assertCellText(self.sheet.formula("A1", "=AGEBAND(%r)" % age), label)

    def test_custom_bands(self):
        # width 5 from 20 to 70: 47 -> 45-49, 19 -> <20, 70 -> 70+
        self.assertCellText(self.sheet.formula("A1", "=AGEBAND(47;5;20;70)"), "45-49")
        self.assertCellText(self.sheet.formula("A1", "=AGEBAND(19;5;20;70)"), "<20")
        self.assertCellText(self.sheet.formula("A1", "=AGEBAND(70;5;20;70)"), "70+")

    def test_bad_input(self):
        for formula in ["=AGEBAND(-1)", '=AGEBAND("abc")', "=AGEBAND(40;0)", "=AGEBAND(40;10;60;30)"]:
            with self.subTest(formula=formula):
                self.assertCellError(self.sheet.formula("A1", formula), ERR_ILLEGAL_ARGUMENT)

    def test_age_from_a_cell(self):
        self.sheet.cell("B1").setValue(52)
        self.assertCellText(self.sheet.formula("A1", "=AGEBAND(B1)"), "50-59")


class DanishNames(OfficeTestCase, unittest.TestCase):
    language = "da-DK"

    def test_lønindeks_and_aldersgruppe_by_local_name(self):
        doc, sheet = staff_sheet(self.office)
        try:
            cell = sheet.local_formula("F1", "=LØNINDEKS(%s;%s)" % (PAY, GENDER))
            self.assertCellValue(cell, 100 * 36500 / 41250)
            # Danish UI shows the Danish name; the API shows the internal name .ods stores
            self.assertEqual(cell.FormulaLocal, "=LØNINDEKS(%s;%s)" % (PAY, GENDER))
            self.assertEqual(cell.getFormula(), "=%s(%s;%s)" % (INTERNAL_PAYINDEX, PAY, GENDER))
            cell = sheet.local_formula("F2", "=ALDERSGRUPPE(41,5)")
            self.assertCellText(cell, "40-49")
            cell = sheet.local_formula("F3", '=LØNINDEKS(%s;%s;%s;%s;"Forsker")' % (PAY, GENDER, FTE, TITLE))
            self.assertCellError(cell, ERR_NOT_AVAILABLE)
        finally:
            doc.close(True)


class OdsRoundTrip(unittest.TestCase):
    def test_values_survive_save_and_reload_in_a_fresh_office(self):
        formulas = {
            "F1": "=PAYINDEX(%s;%s)" % (PAY, GENDER),
            "F2": '=PAYINDEX(%s;%s;%s;%s;"Laborant")' % (PAY, GENDER, FTE, TITLE),
            "F3": '=PAYINDEX(%s;%s;%s;%s;"Forsker")' % (PAY, GENDER, FTE, TITLE),
            "F4": "=AGEBAND(33)",
        }
        with Office() as office:
            doc, sheet = staff_sheet(office)
            for name, formula in formulas.items():
                sheet.cell(name).setFormula(formula)
            doc.calculateAll()
            saved = office.save(doc, "roundtrip.ods")
            doc.close(True)
            keep = os.path.join(tempfile.mkdtemp(), "roundtrip.ods")
            shutil.copy(saved, keep)
        with zipfile.ZipFile(keep) as ods:
            content = ods.read("content.xml").decode("utf-8")
        self.assertIn("of:=DK.LIGESTAT.SHEET.FUNCTIONS.PAYINDEX(", content)
        with Office() as office:
            doc = office.load(keep)
            sheet = Sheet(doc)
            self.assertAlmostEqual(sheet.cell("F1").getValue(), 100 * 36500 / 41250, places=9)
            self.assertAlmostEqual(sheet.cell("F2").getValue(), 100 * 32000 / 35000, places=9)
            self.assertEqual(sheet.cell("F3").getError(), ERR_NOT_AVAILABLE)
            self.assertEqual(sheet.cell("F4").getString(), "30-39")
            self.assertEqual(sheet.cell("F1").getFormula(), "=%s(%s;%s)" % (INTERNAL_PAYINDEX, PAY, GENDER))
            doc.close(True)


class HarnessOwnOffice(unittest.TestCase):
    """Two offices never share a port, and a test never drives another test's office."""

    def test_two_offices_hold_different_ports(self):
        with Office(oxt=False) as first, Office(oxt=False) as second:
            self.assertNotEqual(first.port, second.port)

    def test_an_office_reached_on_another_office_s_port_is_refused(self):
        with Office(oxt=False) as first:
            intruder = Office(oxt=False)
            intruder.port = first.port      # as a port race would have it
            try:
                with self.assertRaisesRegex(RuntimeError, "another office"):
                    intruder.start()
            finally:
                intruder.stop()
            self.assertTrue(first.alive())


class ExceptionFirewall(OfficeTestCase, unittest.TestCase):
    def test_garbage_gives_errors_and_the_office_still_answers(self):
        doc = self.office.new_calc()
        sheet = Sheet(doc)
        long_text = "Ø" * 10000
        sheet.put_rows("A1", [(1e308, long_text, -1e308), (float("inf") if False else 1e-308, "K", 0),
                              (long_text, "M", long_text)])
        garbage = [
            "=PAYINDEX(A1:A3;B1:B3;C1:C3)",
            "=PAYINDEX(A1:A3;B1:B3;;;;-5)",
            "=PAYINDEX(A1:C3;B1:B3)",
            '=PAYINDEX(A1:A3;B1:B3;C1:C3;B1:B3;"%s")' % ("x" * 200),
            "=AGEBAND(1E+308)",
            "=AGEBAND(A1;1E-308)",
            "=AGEBAND(A1:C3)",
            '=AGEBAND("%s")' % ("9" * 250),
        ]
        for i, formula in enumerate(garbage):
            sheet.cell("E%d" % (i + 1)).setFormula(formula)
        doc.calculateAll()
        for i, formula in enumerate(garbage):
            cell = sheet.cell("E%d" % (i + 1))
            with self.subTest(formula=formula):
                # a defined answer: a value, a text, #N/A, Err:502, or #VALUE! (519), Calc's
                # own answer when a per-value function's range misses the formula's row
                self.assertIn(cell.getError(), (0, ERR_ILLEGAL_ARGUMENT, ERR_NOT_AVAILABLE, 519))
        self.assertTrue(self.office.alive())
        self.assertEqual(sheet.formula("F1", "=1+1").getValue(), 2)
        doc.close(True)


class OfficeUnderTest(OfficeTestCase, unittest.TestCase):
    """The suite runs against more than one LibreOffice (ctest: integration.*
    on the system's 7.4, integration25.* on a private 25.2): prove that the
    office answering is the one the run meant."""

    def test_office_is_the_expected_version(self):
        expected = os.environ.get("LIGESTAT_EXPECT_OFFICE_VERSION")
        if not expected:  # run by hand: the office LO_PROGRAM_DIR names
            out = subprocess.run([SOFFICE, "--version"], capture_output=True, text=True).stdout
            expected = ".".join(out.split()[1].split(".")[:2])
        provider = self.office.create("com.sun.star.configuration.ConfigurationProvider")
        product = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess", props(nodepath="/org.openoffice.Setup/Product"))
        self.assertEqual(product.getByName("ooSetupVersion"), expected)


if __name__ == "__main__":
    unittest.main()
