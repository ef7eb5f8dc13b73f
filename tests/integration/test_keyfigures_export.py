"""The key-figure sheet in an English office: a staff list with CPR numbers
only (gender and age from CPRGENDER/CPRAGE), a sheet without HR data (nothing
happens, no crash), and the values-only sheet exported to .xlsx and .pdf."""
import datetime
import os
import shutil
import subprocess
import tempfile
import unittest
import zipfile

from keyfigure_helpers import (DASH, EXAMPLE_ODS, GENERATE, GENERATE_VALUES, dispatch, reference_date, snapshot, table,
                               used_formulas, used_rows)
from office import OfficeTestCase, Sheet, props

# CPR (last digit even = woman), pay, title. Birth dates: 1 Jan 1970 and 1 Jan 2000.
CPR_STAFF = [
    ("CPR", "Løn", "Stilling"),
    ("010170-1234", 30000, "Laborant"),   # woman, born 1970
    ("010170-1236", 31000, "Laborant"),   # woman
    ("0101701238", 32000, "Laborant"),    # woman, no hyphen
    ("010100-4235", 33000, "Laborant"),   # man, born 2000 (7th digit 4, YY 00 -> 2000)
    ("010170-1237", 34000, "Laborant"),   # man
    ("010170-1239", 35000, "Laborant"),   # man
    ("310299-1234", 36000, "Laborant"),   # invalid: 31 February
]


def completed_years(born, at):
    return at.year - born.year - ((at.month, at.day) < (born.month, born.day))


class CprOnlyStaffList(OfficeTestCase, unittest.TestCase):
    language = "en-US"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = cls.office.new_calc()
        Sheet(cls.doc).put_rows("A1", CPR_STAFF)
        cls.before = snapshot(cls.doc)
        dispatch(cls.office, cls.doc, GENERATE)
        cls.sheet = cls.doc.Sheets.getByName("Key figures")
        cls.rows = used_rows(cls.sheet)

    def test_english_name_and_labels(self):
        self.assertEqual(self.rows[0][0], "Gender equality key figures")

    def test_gender_from_cpr(self):
        overview = table(self.rows, "1. Overview")
        self.assertEqual(overview["Women"][1], 3)
        self.assertEqual(overview["Men"][1], 3)
        self.assertEqual(overview["Other or unknown gender"][1], 1)  # the invalid CPR
        self.assertEqual(overview["All employees"][1], 7)

    def test_age_from_cpr_at_the_reference_date(self):
        at = reference_date(self.rows)
        self.assertEqual(at, datetime.date.today())
        ages = table(self.rows, "2. Age distribution")
        young = completed_years(datetime.date(2000, 1, 1), at)   # the one man born 2000
        old = completed_years(datetime.date(1970, 1, 1), at)     # the other five
        expected = {"<30": (0, 0), "30-39": (0, 0), "40-49": (0, 0), "50-59": (0, 0), "60+": (0, 0)}
        band = lambda age: "<30" if age < 30 else "60+" if age >= 60 else "%d-%d" % (age // 10 * 10, age // 10 * 10 + 9)
        w, m = expected[band(old)]
        expected[band(old)] = (w + 3, m + 2)
        w, m = expected[band(young)]
        expected[band(young)] = (w, m + 1)
        for label, (women, men) in expected.items():
            self.assertEqual(ages[label][1:3], (women, men), label)

    def test_pay_index_with_headcount_rule(self):
        titles = table(self.rows, "3. Pay index by job title")
        # no FTE column: means by head, 3 women and 3 men (the invalid CPR is neither)
        self.assertAlmostEqual(titles["Laborant"][3], 100 * 31000 / 34000, places=9)

    def test_invalid_cpr_is_counted_in_the_data_notes(self):
        notes = table(self.rows, "Data notes")
        self.assertEqual(notes["Invalid CPR number"][1], 1)

    def test_cpr_numbers_are_not_copied_and_the_data_is_unchanged(self):
        texts = {str(v) for row in self.rows for v in row}
        for row in CPR_STAFF[1:]:
            self.assertNotIn(row[0], texts)
        after = snapshot(self.doc)
        self.assertEqual(after["Sheet1"], self.before["Sheet1"])


class NoStaffList(OfficeTestCase, unittest.TestCase):
    language = "en-US"

    def test_a_sheet_without_hr_data_gets_no_key_figures_and_the_office_lives(self):
        doc = self.office.new_calc()
        try:
            Sheet(doc).put_rows("A1", [("Name", "Address"), ("x", "y")])
            undo_steps = doc.getUndoManager().getAllUndoActionTitles()
            dispatch(self.office, doc, GENERATE)
            self.assertTrue(self.office.alive())
            self.assertEqual(doc.Sheets.ElementNames, ("Sheet1",))
            self.assertEqual(doc.getUndoManager().getAllUndoActionTitles(), undo_steps)
        finally:
            doc.close(True)


class ValuesOnlyExport(OfficeTestCase, unittest.TestCase):
    language = "da-DK"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = cls.office.load(EXAMPLE_ODS)
        dispatch(cls.office, cls.doc, GENERATE_VALUES)
        cls.sheet = cls.doc.Sheets.getByName("Nøgletal")
        cls.rows = used_rows(cls.sheet)

    def test_no_formula_only_values(self):
        for r, row in enumerate(used_formulas(self.sheet)):
            for c, formula in enumerate(row):
                self.assertFalse(formula.startswith("="), (r, c))

    def test_same_figures_as_values(self):
        overview = table(self.rows, "1. Overblik")
        self.assertEqual(overview["Alle medarbejdere"][1], 909)
        self.assertEqual(overview["Kvinder"][1], 573)
        titles = table(self.rows, "5. Lønindeks efter stillingsbetegnelse")
        self.assertEqual(titles["Professor"][3], DASH)
        self.assertIsInstance(titles["Laborant"][3], float)

    def test_exports_to_xlsx_and_pdf(self):
        xlsx = self.office.path("key-figures.xlsx")
        self.doc.storeToURL(self.office.url("key-figures.xlsx"), props(FilterName="Calc MS Excel 2007 XML"))
        with zipfile.ZipFile(xlsx) as z:
            workbook = z.read("xl/workbook.xml").decode("utf-8")
            shared = z.read("xl/sharedStrings.xml").decode("utf-8")
            sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
            last = z.read(sorted(sheets)[-1]).decode("utf-8")
        self.assertIn('name="Nøgletal"', workbook)
        self.assertIn("Laboratoriepersonale", shared)
        self.assertNotIn("<f>", last)  # values, no formulas in the key-figure sheet
        self.assertIn("<v>909</v>", last)

        # a PDF of just the key-figure sheet: export the sheet's used area as the selection
        cursor = self.sheet.createCursor()
        cursor.gotoStartOfUsedArea(False)
        cursor.gotoEndOfUsedArea(True)
        pdf = self.office.path("key-figures.pdf")
        self.doc.storeToURL(self.office.url("key-figures.pdf"),
                            props(FilterName="calc_pdf_Export", FilterData=uno_any_props(Selection=cursor)))
        with open(pdf, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")
        out = tempfile.mkdtemp()
        try:
            subprocess.run(["pdftoppm", "-r", "50", "-png", pdf, os.path.join(out, "page")], check=True)
            pages = sorted(os.listdir(out))
            # the key-figure sheet is 2-6 pages one page wide (5 with the explained pay gap), not the
            # 900-row staff list
            self.assertTrue(1 <= len(pages) <= 6, pages)
            # a section heading is never the last line of a page (issue 9): nor is it followed only by its header
            text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True,
                                  text=True).stdout
            for number, page in enumerate(text.split("\f")[:-1], start=1):
                lines = [line.strip() for line in page.splitlines() if line.strip()]
                for line in lines[-2:]:
                    self.assertNotRegex(line, r"^\d+\. [A-ZÆØÅ]", "page %d ends with a heading" % number)
            if os.environ.get("LIGESTAT_KEEP_PDF"):
                shutil.copytree(out, os.environ["LIGESTAT_KEEP_PDF"], dirs_exist_ok=True)
                shutil.copy(pdf, os.environ["LIGESTAT_KEEP_PDF"])
        finally:
            shutil.rmtree(out)


def uno_any_props(**values):
    import uno
    return uno.Any("[]com.sun.star.beans.PropertyValue", props(**values))


if __name__ == "__main__":
    unittest.main()
