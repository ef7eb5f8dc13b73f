"""Key figures from real HR exports (issue 9): ligestat-real-exports.ods, made
by example-workbooks/make_exports_workbook.py, whose expected figures are
computed there from the Python rows. A Danish payroll sheet with a title line
above the header, "Køn (K/M)" empty where CPR is filled, text FTE ("80 %") and
text pay ("kr. 41.963"), and an "I alt" totals row; an English sheet headed
"Annual salary". The sheet is generated in a real office and its figures,
notes and data-check counts are compared with the expectations."""
import json
import os
import unittest

from keyfigure_helpers import DASH, GENERATE, dispatch, table, used_formulas, used_rows
from office import OfficeTestCase
from test_sidebar import ACTIONS, SidebarCase, label, press, wait_for

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORKBOOK = os.path.join(ROOT, "example-workbooks", "ligestat-real-exports.ods")
with open(os.path.join(ROOT, "example-workbooks", "ligestat-real-exports.expected.json"), encoding="utf-8") as f:
    EXPECTED = json.load(f)


def section_rows(rows, prefix):
    """The rows of the section whose title ends with `prefix` (any number)."""
    start = next(i for i, row in enumerate(rows) if isinstance(row[0], str) and row[0].split(". ", 1)[-1] == prefix)
    title = rows[start][0]
    return title, start


def is_error(value):
    return value is None or (isinstance(value, str) and value.startswith(("Err:", "#")))


def generate_on(office, doc, sheet_name, result_name):
    controller = doc.getCurrentController()
    controller.setActiveSheet(doc.Sheets.getByName(sheet_name))
    dispatch(office, doc, GENERATE)
    return used_rows(doc.Sheets.getByName(result_name))


class DanishPayrollExport(OfficeTestCase, unittest.TestCase):
    language = "da-DK"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = cls.office.load(WORKBOOK)
        cls.expected = EXPECTED["danish"]
        cls.rows = generate_on(cls.office, cls.doc, cls.expected["sheet"], "Nøgletal")

    def test_the_totals_row_is_not_an_employee(self):
        overview = table(self.rows, "1. Overblik")
        self.assertEqual(overview["Alle medarbejdere"][1], self.expected["employees"])

    def test_gender_from_cpr_where_the_gender_cell_is_empty(self):
        overview = table(self.rows, "1. Overblik")
        self.assertEqual(overview["Kvinder"][1], self.expected["women"])
        self.assertEqual(overview["Mænd"][1], self.expected["men"])
        self.assertEqual(overview["Andet eller ukendt køn"][1], 0)

    def test_fte_leaves_out_text_fte_everywhere(self):
        overview = table(self.rows, "1. Overblik")
        self.assertAlmostEqual(overview["Kvinder"][3], self.expected["women_fte"], places=9)
        self.assertAlmostEqual(overview["Mænd"][3], self.expected["men_fte"], places=9)
        self.assertAlmostEqual(overview["Alle medarbejdere"][3], self.expected["all_fte"], places=9)
        title, _ = section_rows(self.rows, "Lønindeks efter stillingsbetegnelse")
        titles = table(self.rows, title)
        for name, figures in self.expected["pay_index"].items():
            self.assertAlmostEqual(titles[name][1], figures["women_fte"], places=9, msg=name)
            self.assertAlmostEqual(titles[name][2], figures["men_fte"], places=9, msg=name)
            if figures["index"] is None:
                self.assertEqual(titles[name][3], DASH, name)
            else:
                self.assertAlmostEqual(titles[name][3], figures["index"], places=9, msg=name)

    def test_no_cell_turns_an_error_into_zero(self):
        formulas = used_formulas(self.doc.Sheets.getByName("Nøgletal"))
        for r, row in enumerate(self.rows):
            for c in range(7):
                formula = formulas[r][c]
                for wrapper in ("=IFNA(", "=IFERROR("):
                    self.assertFalse(formula.startswith(wrapper) and formula.endswith(";0)"), (r, c, formula))
                self.assertFalse(is_error(row[c]) and row[c] is not None, (r, c, row[c]))

    def test_data_notes_name_the_left_out_rows(self):
        title, start = section_rows(self.rows, "Noter om data")
        notes = table(self.rows, title)
        self.assertEqual(notes["Manglende, tekst eller negativt årsværk"][1], self.expected["text_fte"])
        self.assertEqual(notes["Manglende løn eller tekst"][1], self.expected["text_pay"])
        texts = " ".join(str(row[0]) for row in self.rows[start:]).lower()
        self.assertIn("række %d ligner en totalrække: udeladt" % self.expected["totals_row"], texts)

    def test_data_block_starts_below_the_title_line(self):
        self.assertEqual(self.rows[1][1], "%s, rækker 4–%d" % (self.expected["sheet"], self.expected["totals_row"] - 1))

    def test_pay_index_columns_say_fte(self):
        title, start = section_rows(self.rows, "Lønindeks efter stillingsbetegnelse")
        self.assertEqual(self.rows[start + 1][1], "Årsværk kvinder")

    def test_no_complementary_pay_figures_without_an_allowance_column(self):
        firsts = [str(row[0]) for row in self.rows]
        # (b), (d) and (e) would all be "–": not listed, and the note says why
        self.assertFalse([t for t in firsts if t.startswith(("(b)", "(d)", "(e)"))])
        self.assertTrue(any("Ingen kolonne for tillæg eller engangsvederlag: samlet løn = grundløn" in t
                            for t in firsts), firsts)

    def test_page_style_is_danish(self):
        self.assertEqual(self.doc.Sheets.getByName("Nøgletal").PageStyle, "Ligestat nøgletal")


class EnglishStaffExport(OfficeTestCase, unittest.TestCase):
    language = "en-US"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = cls.office.load(WORKBOOK)
        cls.expected = EXPECTED["english"]
        cls.rows = generate_on(cls.office, cls.doc, cls.expected["sheet"], "Key figures")

    def test_annual_salary_is_the_pay_column(self):
        title, _ = section_rows(self.rows, "EU pay transparency indicators")
        indicators = table(self.rows, title)
        self.assertAlmostEqual(indicators["(a) mean pay gap, %"][1], self.expected["pay_gap_mean"], places=9)

    def test_counts(self):
        overview = table(self.rows, "1. Overview")
        self.assertEqual(overview["All employees"][1], self.expected["employees"])
        self.assertEqual(overview["Women"][1], self.expected["women"])

    def test_missing_columns_are_named_and_no_reference_date_without_ages(self):
        firsts = [row[0] for row in self.rows]
        self.assertNotIn("Reference date (ages)", firsts)
        self.assertTrue(any(isinstance(t, str) and t.startswith("No age column found") for t in firsts), firsts)


class CheckDataOnTheDanishExport(SidebarCase, unittest.TestCase):
    language = "en-US"
    workbook = WORKBOOK

    def check_sheet(self, name):
        """Switches to the sheet (the panels follow it and reset the counts), then checks it."""
        self.controller.setActiveSheet(self.doc.Sheets.getByName(name))
        wait_for(self.panels_settled, what="the panels to follow the sheet")
        press(self.control(ACTIONS, "check"))
        wait_for(lambda: name in label(self.control(ACTIONS, "status")), what="the check of " + name)

    def test_counts_and_the_totals_row(self):
        self.check_sheet(EXPECTED["danish"]["sheet"])
        expected = EXPECTED["danish"]
        self.assertEqual(int(label(self.control(ACTIONS, "count.unknown_gender"))), 0)
        self.assertEqual(int(label(self.control(ACTIONS, "count.gender_cpr_mismatch"))), 1)
        # "kr. 41.963" and "80 %" are text that looks like a number (item 4), not missing or text pay
        self.assertEqual(int(label(self.control(ACTIONS, "count.number_as_text"))),
                         expected["text_pay"] + expected["text_fte"])
        status = label(self.control(ACTIONS, "status"))
        self.assertIn("%d rows checked" % expected["employees"], status)
        self.assertIn("row %d looks like a totals row: left out" % expected["totals_row"], status)

    def test_an_unmapped_column_says_not_mapped(self):
        self.check_sheet(EXPECTED["english"]["sheet"])
        self.assertEqual(label(self.control(ACTIONS, "count.invalid_cpr")), "not mapped")


if __name__ == "__main__":
    unittest.main()
