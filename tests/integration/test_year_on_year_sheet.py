"""This year against last year on the key-figure sheet and in the sidebar
(issue 12; key-figures.md section 9, analysis.md §3), in a real office:
the example workbook's last year's list ("Medarbejdere 2025") is found by its
name without a sidebar and its planted flows, pay development, allowance round
and promotions appear on the generated sheet (every expectation recomputed
here from the two CSVs, independently of the add-in); a stored choice of none
leaves the section out; the Data panel preselects and stores the choice; and
Check data counts ids missing or repeated in either list and genders that
differ between the years (counted by hand from the rows below)."""
import csv
import datetime
import os
import statistics
import subprocess
import tempfile
import unittest

from keyfigure_helpers import (EXAMPLE_CSV, EXAMPLE_ODS, EXAMPLE_SHEETS, GENERATE, GENERATE_VALUES, dispatch, gender,
                               reference_date, used_rows, user_property)
from office import OfficeTestCase, Sheet
from test_sidebar import ACTIONS, DATA, SidebarCase, label, press, wait_for
from test_sidebar import user_property as stored_property

SHEET = "Key figures"
LAST_YEAR_SHEET = "Medarbejdere 2025"
LAST_YEAR_CSV = EXAMPLE_CSV.replace(".csv", "-2025.csv")
DASH = "\u2013"


def read_csv(path):
    with open(path, encoding="utf-8") as f:
        return {int(float(r["Medarbejdernr"])): r for r in csv.DictReader(f)}


def amount(text):
    return float(text) if text.strip() else 0.0


def section_rows(rows):
    start = next(i for i, r in enumerate(rows) if str(r[0]).endswith("This year against last year"))
    end = next((i for i in range(start + 1, len(rows)) if str(rows[i][0])[:1].isdigit() and ". " in str(rows[i][0])),
               len(rows))
    return rows[start:end]


def after(rows, first_cell, offset=1):
    """The row `offset` below the first row whose first cell is `first_cell`."""
    i = next(i for i, r in enumerate(rows) if r[0] == first_cell)
    return rows[i + offset]


class Expected:
    """The section's figures from the CSVs alone."""

    def __init__(self):
        self.now, self.before = read_csv(EXAMPLE_CSV), read_csv(LAST_YEAR_CSV)
        self.stayers = [i for i in self.now if i in self.before]

    def flows(self, g):
        now, before = self.now, self.before
        return (sum(1 for r in before.values() if gender(r["Køn"]) == g),
                sum(1 for i, r in before.items() if i not in now and gender(r["Køn"]) == g),
                sum(1 for i, r in now.items() if i not in before and gender(r["Køn"]) == g),
                sum(1 for r in now.values() if gender(r["Køn"]) == g))

    def pay_stayers(self, g, category=None):
        out = []
        for i in self.stayers:
            r = self.now[i]
            if gender(r["Køn"]) != g:    # every worker, managers included (as the EU indicators)
                continue
            if category is not None and r["Personalekategori"].strip().casefold() != category.casefold():
                continue
            out.append(i)
        return out

    def development(self, g, category=None):
        changes = [(float(self.now[i]["Månedsløn"]) / float(self.before[i]["Månedsløn"]) - 1) * 100
                   for i in self.pay_stayers(g, category)]
        return (len(changes), statistics.fmean(changes), statistics.median(changes),
                sum(1 for c in changes if c > 0) / len(changes))

    def allowance_round(self, g):
        ids = self.pay_stayers(g)
        increases = [amount(self.now[i]["Tillæg"]) - amount(self.before[i]["Tillæg"]) for i in ids]
        got = [x for x in increases if x > 0]
        return len(ids), len(got), len(got) / len(ids), statistics.fmean(got)

    def promotions(self, g):
        # top management first (the rules' list), then the levels with fewest people this year
        counts = {}
        for r in self.now.values():
            counts[r["Ledelsesniveau"]] = counts.get(r["Ledelsesniveau"], 0) + 1
        top = ["Direktion", "Afdelingschef"]
        order = top + sorted((lv for lv in counts if lv not in top), key=lambda lv: counts[lv])
        rank = {lv: k for k, lv in enumerate(order)}
        ids = [i for i in self.stayers if gender(self.now[i]["Køn"]) == g]
        promoted = sum(1 for i in ids if rank[self.now[i]["Ledelsesniveau"]] < rank[self.before[i]["Ledelsesniveau"]])
        return len(ids), promoted, promoted / len(ids)

    @staticmethod
    def mean_pay_gap(rows):
        """(men - women) / men x 100 of the mean pay, every worker with a pay (PAYGAP's rule)."""
        def mean(g):
            return statistics.fmean(float(r["Månedsløn"]) for r in rows.values()
                                    if gender(r["Køn"]) == g and r["Månedsløn"].strip())
        return (mean("M") - mean("K")) / mean("M") * 100

    def women_share_before(self):
        return sum(1 for r in self.before.values() if gender(r["Køn"]) == "K") / len(self.before)


# The adjusted gap of both years by R's lm, on the factors both lists have
# (last year's has no hire date and no education): age and its square, job
# title and management level. -100 * (exp(c - se^2/2) - 1), as ADJUSTEDPAYGAP.
LM_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE, encoding = "UTF-8")
d$title <- factor(tolower(trimws(d$title)))
d$level <- factor(tolower(trimws(d$level)))
fit <- lm(log(pay) ~ age + I(age^2) + title + level + women, data = d)
s <- summary(fit)$coefficients
writeLines(sprintf("%.17g", -100 * expm1(s["women", "Estimate"] - s["women", "Std. Error"]^2 / 2)), args[2])
"""


def adjusted_gap_by_lm(rows, reference_date):
    with tempfile.TemporaryDirectory() as scratch:
        data, script, result = (os.path.join(scratch, n) for n in ("data.csv", "fit.R", "gap.txt"))
        with open(data, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["pay", "women", "age", "title", "level"])
            for r in rows.values():
                if gender(r["Køn"]) not in ("K", "M"):
                    continue
                age = (reference_date - datetime.date.fromisoformat(r["Fødselsdato"])).days / 365.25
                writer.writerow([r["Månedsløn"], int(gender(r["Køn"]) == "K"), repr(age),
                                 r["Stillingsbetegnelse"], r["Ledelsesniveau"]])
        with open(script, "w") as out:
            out.write(LM_SCRIPT)
        subprocess.run(["Rscript", "--vanilla", script, data, result], check=True, capture_output=True)
        with open(result) as gap:
            return float(gap.read())


class SectionOnTheExample(OfficeTestCase, unittest.TestCase):
    language = "en-US"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = cls.office.load(EXAMPLE_ODS)
        dispatch(cls.office, cls.doc, GENERATE)
        all_rows = used_rows(cls.doc.Sheets.getByName(SHEET))
        cls.rows = section_rows(all_rows)
        cls.expected = Expected()
        cls.reference_date = reference_date(all_rows)

    @classmethod
    def tearDownClass(cls):
        cls.doc.setModified(False)
        cls.doc.close(True)
        super().tearDownClass()

    def assertFigures(self, row, expected, places=9):
        for value, want in zip(row[1:], expected):
            self.assertAlmostEqual(value, want, places=places, msg=row)

    def test_last_years_list_is_found_by_its_name_without_a_sidebar(self):
        self.assertEqual(after(self.rows, "Last year's list", 0)[1], LAST_YEAR_SHEET + ", rows 2–910")

    def test_staff_flows_and_the_recruitment_goal(self):
        e = self.expected
        self.assertEqual(e.flows("K"), (568, 35, 40, 573))   # the planted flows (generate_hr.LAST_YEAR)
        self.assertEqual(e.flows("M"), (341, 25, 20, 336))
        self.assertFigures(after(self.rows, "Staff flows", 1), e.flows("K"))
        self.assertFigures(after(self.rows, "Staff flows", 2), e.flows("M"))
        self.assertFigures(after(self.rows, "Staff flows", 4), [a + b for a, b in zip(e.flows("K"), e.flows("M"))])
        self.assertAlmostEqual(after(self.rows, "Women's share of joiners", 0)[1], 40 / 60)
        self.assertAlmostEqual(after(self.rows, "Women's share of staff this year", 0)[1], 573 / 909)

    def test_pay_development_overall_and_per_category(self):
        e = self.expected
        self.assertFigures(after(self.rows, "Pay development", 1), e.development("K"))
        self.assertFigures(after(self.rows, "Pay development", 2), e.development("M"))
        for category in ("Akademikere", "Laboratoriepersonale", "IT-personale"):
            with self.subTest(category=category):
                self.assertFigures(after(self.rows, category, 1), e.development("K", category))
                self.assertFigures(after(self.rows, category, 2), e.development("M", category))
        # the two tiny categories (< 8 people) get no rows
        self.assertFalse(any(r[0] == "Læger" for r in self.rows))

    def test_the_allowance_round_with_its_planted_gap(self):
        e = self.expected
        women, men = e.allowance_round("K"), e.allowance_round("M")
        # planted among the stayers outside top management: 20 % of women, 30 %
        # of men; the few top managers the sheet also counts move it under a point
        self.assertAlmostEqual(women[2], 0.20, delta=0.01)
        self.assertAlmostEqual(men[2], 0.30, delta=0.01)
        self.assertFigures(after(self.rows, "Allowance round", 1), women)
        self.assertFigures(after(self.rows, "Allowance round", 2), men)
        gap = after(self.rows, "Gap in shares (men − women), percentage points", 0)[1]
        self.assertAlmostEqual(gap, (men[2] - women[2]) * 100)

    def test_promotions(self):
        e = self.expected
        self.assertEqual((e.promotions("K")[1], e.promotions("M")[1]), (3, 2))  # planted
        self.assertFigures(after(self.rows, "Promotions", 1), e.promotions("K"))
        self.assertFigures(after(self.rows, "Promotions", 2), e.promotions("M"))

    def test_headline_figures_beside_last_years(self):
        row = after(self.rows, "Women's share of staff", 0)
        self.assertFigures(row, (self.expected.women_share_before(), 573 / 909,
                                 573 / 909 - self.expected.women_share_before()))
        e = self.expected
        before, now = e.mean_pay_gap(e.before), e.mean_pay_gap(e.now)
        self.assertFigures(after(self.rows, "Pay gap, mean (%)", 0), (before, now, now - before))
        # a suppressed pay index is "–" in both years and in the change
        self.assertEqual(after(self.rows, "Pay index: Sekretær", 0)[1:4], (DASH, DASH, DASH))
        self.assertIsInstance(after(self.rows, "Pay index: Laborant", 0)[1], float)

    def test_adjusted_gap_of_both_years_on_the_factors_both_lists_have(self):
        e = self.expected
        before = adjusted_gap_by_lm(e.before, self.reference_date)
        now = adjusted_gap_by_lm(e.now, self.reference_date)
        self.assertFigures(after(self.rows, "Adjusted pay gap (%)", 0), (before, now, now - before), places=6)
        # not section 8's figure: that model has years of service and education too
        note = next(r[0] for r in self.rows if str(r[0]).startswith("Adjusted pay gap, both years: "))
        self.assertTrue(note.startswith("Adjusted pay gap, both years: Age, Job title, Management level ("), note)

    def test_notes_say_what_is_matched_and_the_privacy_rule(self):
        notes = [r[0] for r in self.rows]
        self.assertTrue(any(n.startswith("Matched by employee id") for n in notes))
        self.assertTrue(any("fewer than 3 stayers" in n for n in notes))


class OnChangedCopiesOfTheExample(OfficeTestCase, unittest.TestCase):
    """No choice of last year, values only, and a totals row below last year's list."""
    language = "en-US"

    def test_the_values_only_sheet_keeps_the_section_as_numbers(self):
        doc = self.office.load(EXAMPLE_ODS)
        try:
            dispatch(self.office, doc, GENERATE_VALUES)
            sheet = doc.Sheets.getByName(SHEET)
            rows = section_rows(used_rows(sheet))
            self.assertEqual(after(rows, "Staff flows", 1)[1:5], (568, 35, 40, 573))
            start = next(i for i, r in enumerate(used_rows(sheet)) if r[0] == "Staff flows")
            self.assertEqual(sheet.getCellByPosition(1, start + 1).getFormula(), "568")  # a value, no formula
        finally:
            doc.setModified(False)
            doc.close(True)

    def test_a_totals_row_below_last_years_list_is_left_out_and_named(self):
        doc = self.office.load(EXAMPLE_ODS)
        try:
            before = doc.Sheets.getByName(LAST_YEAR_SHEET)
            cursor = before.createCursor()
            cursor.gotoEndOfUsedArea(False)
            last = cursor.getRangeAddress().EndRow          # the list's last row, 0-based
            header = next(r for r in range(5) if before.getCellByPosition(0, r).getString() == "Medarbejdernr")
            pay = next(c for c in range(20) if before.getCellByPosition(c, header).getString() == "Månedsløn")
            letter = chr(ord("A") + pay)
            before.getCellByPosition(0, last + 1).setString("I alt")
            before.getCellByPosition(pay, last + 1).setFormula("=SUM(%s%d:%s%d)" % (letter, header + 2, letter, last + 1))
            dispatch(self.office, doc, GENERATE)
            rows = section_rows(used_rows(doc.Sheets.getByName(SHEET)))
            firsts = [r[0] for r in rows]
            self.assertIn("Last year's list, row %d looks like a totals row: left out." % (last + 2), firsts)
            self.assertEqual(after(rows, "Last year's list", 0)[1],
                             "%s, rows %d\u2013%d" % (LAST_YEAR_SHEET, header + 2, last + 1))
            self.assertEqual(after(rows, "Staff flows", 1)[1:5], (568, 35, 40, 573))
        finally:
            doc.setModified(False)
            doc.close(True)

    def test_a_stored_choice_of_none_leaves_the_section_out(self):
        doc = self.office.load(EXAMPLE_ODS)
        try:
            user_property(doc, "Ligestat.lastYearSheet", "")
            dispatch(self.office, doc, GENERATE)
            rows = used_rows(doc.Sheets.getByName(SHEET))
            self.assertFalse(any(str(r[0]).endswith("This year against last year") for r in rows))
            self.assertTrue(any(str(r[0]).endswith("EU pay transparency indicators") for r in rows))
        finally:
            doc.setModified(False)
            doc.close(True)


class LastYearInTheDataPanel(SidebarCase, unittest.TestCase):
    language = "en-US"

    def test_the_list_named_with_last_year_is_preselected_and_the_choice_stored(self):
        box = self.control(DATA, "lastyear")
        # every other sheet of the example (the job evaluation sheet of issue 11 too)
        self.assertEqual(list(box.getItems()), ["(none)"] + [s for s in EXAMPLE_SHEETS if s != "Medarbejdere"])
        self.assertIn(LAST_YEAR_SHEET, box.getItems())
        self.assertEqual(box.getSelectedItem(), LAST_YEAR_SHEET)
        self.assertEqual(label(self.control(DATA, "lastyear.info")), LAST_YEAR_SHEET + ": A1:K910, 909 rows")
        self.assertIsNone(stored_property(self.doc, "Ligestat.lastYearSheet"))  # opening changes nothing
        box.selectItem("(none)", True)
        self.assertEqual(stored_property(self.doc, "Ligestat.lastYearSheet"), "")
        press(self.control(DATA, "refresh"))
        self.assertEqual(box.getSelectedItem(), "(none)")
        self.assertEqual(label(self.control(DATA, "lastyear.info")), "")
        box.selectItem(LAST_YEAR_SHEET, True)
        self.assertEqual(stored_property(self.doc, "Ligestat.lastYearSheet"), LAST_YEAR_SHEET)


# Two small lists; counted by hand:
#   this year: id 3 has no id cell (row 4) -> 1 row without id; id 2 is M now, K last year -> gender differs;
#   last year: id 7 twice (rows 3 and 5) -> 1 duplicate; one row without id (row 6).
NOW = [("Medarbejdernr", "Køn", "Månedsløn"), (1, "K", 30000), (2, "M", 31000), (None, "K", 32000), (4, "K", 33000)]
BEFORE = [("Medarbejdernr", "Køn", "Månedsløn"), (1, "K", 29000), (7, "M", 30000), (2, "K", 30500), (7, "M", 30500),
          (None, "K", 31000)]


class CheckDataAcrossTheYears(SidebarCase, unittest.TestCase):
    language = "en-US"
    workbook = None

    def setUp(self):
        super().setUp()
        self.now = Sheet(self.doc)
        self.now.sheet.setName("Personale 2026")
        self.now.put_rows("A1", NOW)
        self.doc.Sheets.insertNewByName("Personale 2025", 1)
        Sheet(self.doc, 1).put_rows("A1", BEFORE)
        press(self.control(DATA, "refresh"))
        self.doc.setModified(False)

    def count(self, key):
        return label(self.control(ACTIONS, "count." + key))

    def test_ids_and_genders_of_both_lists_are_checked(self):
        self.check_data()
        self.assertEqual(self.count("duplicate_employee_id"), "0")
        self.assertEqual(self.count("duplicate_employee_id_last_year"), "1")
        self.assertEqual(self.count("missing_employee_id"), "2")
        self.assertEqual(self.count("gender_differs_last_year"), "1")
        self.assertIn("4 rows checked", label(self.control(ACTIONS, "status")))
        # Select shows this year's gender cell of id 2: B3
        press(self.control(ACTIONS, "select.gender_differs_last_year"))
        wait_for(lambda: self.controller.getSelection().getRangeAddress().StartRow == 2, timeout=60,
                 what="the selection")
        address = self.controller.getSelection().getRangeAddress()
        self.assertEqual((address.Sheet, address.StartColumn, address.StartRow), (0, 1, 2))
        # last year's repeated ids are selected on last year's sheet: A3 and A5
        press(self.control(ACTIONS, "select.duplicate_employee_id_last_year"))
        wait_for(lambda: self.controller.getActiveSheet().getName() == "Personale 2025", timeout=60,
                 what="last year's sheet")
        selection = self.controller.getSelection()
        addresses = selection.getRangeAddresses() if hasattr(selection, "getRangeAddresses") else [
            selection.getRangeAddress()]
        cells = {(a.Sheet, a.StartColumn, row) for a in addresses for row in range(a.StartRow, a.EndRow + 1)}
        self.assertEqual(cells, {(1, 0, 2), (1, 0, 4)})
        self.assertFalse(self.doc.isModified(), "checking must change nothing")


if __name__ == "__main__":
    unittest.main()
