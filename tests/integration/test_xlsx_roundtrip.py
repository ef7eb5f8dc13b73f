"""Add-in formulas through .xlsx (issue #13; README "Files"): a workbook with
every function and a live key-figure sheet are saved as .xlsx, reloaded in a
fresh office (no state shared with the one that saved) and recalculated; every
formula and every value must be what it was. ctest runs this against each
office the suite covers (integration.* and integration25.*).

The expected values are the saving office's own results, which the other
integration tests check against hand-computed figures; this test proves only
that .xlsx keeps them (and the formulas behind them) intact."""
import os
import re
import shutil
import tempfile
import unittest
import zipfile

from keyfigure_helpers import EXAMPLE_ODS, GENERATE, dispatch
from office import Office

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FUNCTIONS_ODS = os.path.join(ROOT, "example-workbooks", "ligestat-functions.ods")
XLSX_FILTER = "Calc MS Excel 2007 XML"
ADDIN_PREFIX = "DK.LIGESTAT.SHEET.FUNCTIONS."
FUNCTIONS = {"PAYINDEX", "PAYGAP", "VARPAYGAP", "RECIPIENTSHARE", "PAYQUARTILES", "PAYINDEXTABLE", "GENDERSHARE",
             "GENDERBALANCE", "GENDERTABLE", "AGEBAND", "CPRGENDER", "CPRBIRTHDATE", "CPRAGE", "CPRVALID"}
KEY_FIGURES = "Key figures"


def formula_cells(doc):
    """(sheet, row, column) -> (formula, error, value, text) of every formula cell."""
    out = {}
    for name in doc.Sheets.ElementNames:
        sheet = doc.Sheets.getByName(name)
        cursor = sheet.createCursor()
        cursor.gotoStartOfUsedArea(False)
        cursor.gotoEndOfUsedArea(True)
        area = cursor.getRangeAddress()
        formulas = cursor.getFormulaArray()
        for r, row in enumerate(formulas):
            for c, formula in enumerate(row):
                if not formula.startswith(("=", "{=")):
                    continue
                cell = sheet.getCellByPosition(area.StartColumn + c, area.StartRow + r)
                out[(name, area.StartRow + r, area.StartColumn + c)] = (
                    formula, cell.getError(), cell.getValue(), cell.getString())
    return out


def addin_functions(cells):
    """The add-in functions used in `cells`, by method name."""
    used = set()
    for formula, *_ in cells.values():
        for part in formula.split(ADDIN_PREFIX)[1:]:
            used.add(part.split("(")[0])
    return used


class XlsxRoundTrip(unittest.TestCase):
    """One office saves both workbooks as .xlsx; a second, fresh one reloads them."""

    @classmethod
    def setUpClass(cls):
        cls.keep = tempfile.mkdtemp(prefix="ligestat-xlsx-")
        cls.before, cls.after, cls.xml = {}, {}, {}
        with Office() as office:
            functions = office.load(FUNCTIONS_ODS)
            key_figures = office.load(EXAMPLE_ODS)
            dispatch(office, key_figures, GENERATE)  # the live (formula) sheet
            for name, doc in (("functions", functions), ("key-figures", key_figures)):
                doc.calculateAll()
                cls.before[name] = formula_cells(doc)
                saved = office.save(doc, name + ".xlsx", XLSX_FILTER)
                shutil.copy(saved, cls.keep)
                doc.setModified(False)
                doc.close(True)
        for name in cls.before:
            with zipfile.ZipFile(os.path.join(cls.keep, name + ".xlsx")) as z:
                cls.xml[name] = "".join(z.read(n).decode("utf-8") for n in z.namelist()
                                        if n.startswith("xl/worksheets/sheet"))
        with Office() as office:
            for name in cls.before:
                doc = office.load(os.path.join(cls.keep, name + ".xlsx"))
                # add-in results must come from the add-in again, not from the
                # values cached in the file
                doc.calculateAll()
                cls.after[name] = formula_cells(doc)
                doc.setModified(False)
                doc.close(True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.keep, ignore_errors=True)

    def assertSameCells(self, name):
        before, after = self.before[name], self.after[name]
        self.assertEqual(sorted(after), sorted(before), "the same cells hold formulas")
        for where, (formula, error, value, text) in before.items():
            with self.subTest(cell=where, formula=formula):
                got_formula, got_error, got_value, got_text = after[where]
                self.assertEqual(got_formula, formula)
                self.assertEqual(got_error, error)
                self.assertEqual(got_text, text)
                if not error:
                    self.assertAlmostEqual(got_value, value, places=9)

    def assertInWorksheets(self, name, pattern):
        # the worksheet XML is long: say what was missing, not all of it
        if not re.search(pattern, self.xml[name]):
            self.fail("%s: no match for %s in the .xlsx worksheets" % (name, pattern))

    def test_the_file_stores_the_internal_names(self):
        # <f aca="false">DK.LIGESTAT.SHEET.FUNCTIONS.PAYINDEX(Data!$A$2:$A$11,…)</f>
        self.assertInWorksheets("functions", r"<f[^>]*>" + re.escape(ADDIN_PREFIX + "PAYINDEX("))
        # the key-figure sheet nests them in Calc functions: IF(…DK.LIGESTAT.…(…)…)
        self.assertInWorksheets("key-figures", r"<f[^>]*>[^<]*" + re.escape(ADDIN_PREFIX))
        # array results (PAYQUARTILES, PAYINDEXTABLE, GENDERTABLE) as Excel array formulas
        self.assertInWorksheets("functions", r'<f[^>]*t="array"[^>]*>' + re.escape(ADDIN_PREFIX + "PAYQUARTILES("))

    def test_every_function_survives(self):
        self.assertEqual(addin_functions(self.before["functions"]), FUNCTIONS)
        self.assertEqual(addin_functions(self.after["functions"]), FUNCTIONS)
        self.assertSameCells("functions")

    def test_live_key_figure_sheet_survives(self):
        sheet = {k: v for k, v in self.before["key-figures"].items() if k[0] == KEY_FIGURES}
        addin = [f for f, *_ in sheet.values() if ADDIN_PREFIX in f]
        # the generated sheet is live: a few hundred add-in formulas
        self.assertGreater(len(addin), 100)
        self.assertSameCells("key-figures")


if __name__ == "__main__":
    unittest.main()
