"""The EU pay transparency sections of the key-figure sheet in a real Danish
office (key-figures.md sections 6, 7 and 10; analysis.md section 2; issue 11):
the art. 9(1)(a)-(f) report over all workers on total pay, the gap per
category of workers with the art. 10 flag (by staff category, and by the job
evaluation sheet's categories when the document has its two named ranges),
and sickness absence by gender. Every expectation is computed here from the
example workbook's CSV in plain Python, not read from the add-in."""
import statistics
import unittest
from collections import defaultdict

import uno  # noqa: F401  (makes the com.sun.star modules importable)
from com.sun.star.table import CellAddress

from keyfigure_helpers import (DASH, EXAMPLE_ODS, GENERATE, dispatch, gender, number, section_start, staff,
                               table, used_rows)
from office import OfficeTestCase

SHEET = "Nøgletal"
EU = "EU-løngennemsigtighed: indikatorer"
CATEGORIES = "Løngab pr. medarbejderkategori (art. 9, stk. 1, g)"
ABSENCE = "Sygefravær efter køn"
ASSESSMENT, TOO_FEW, NOT_EVALUATED = "vurdering nødvendig", "for få til at sammenligne", "(ikke vurderet)"
PAY_COL = 8  # Månedsløn (I) on the Medarbejdere sheet

# A job evaluation (the JobEvaluation command's contract, simulated): titles and their category.
JOB_EVALUATION = [("Økonomimedarbejder", "Kategori 1"), ("Laborant", "Kategori 2"),
                  ("Laboratorietekniker", "Kategori 2"), ("Pedel", "Kategori 3")]


def complementary(r):
    """Allowance + one-off payment, empty = 0."""
    return (number(r["Tillæg"] or "0")) + (number(r["Engangsvederlag"] or "0"))


def used(rows):
    """Women and men whose pay is a number: the rows every pay figure uses."""
    return [r for r in rows if gender(r["Køn"]) and number(r["Månedsløn"]) is not None]


def gap(women, men, statistic):
    w, m = statistic(women), statistic(men)
    return (m - w) / m * 100


def quartile_shares(rows):
    """(women share, men share) per quartile band of total pay, lowest first:
    ranks floor(q n / 4) .. floor((q + 1) n / 4) - 1; people with equal pay
    that straddles a boundary are spread over the bands in proportion."""
    ranked = sorted((number(r["Månedsløn"]) + complementary(r), gender(r["Køn"])) for r in rows)
    n = len(ranked)
    bounds = [q * n // 4 for q in range(5)]
    shares = []
    for q in range(4):
        lo, hi = bounds[q], bounds[q + 1]
        women = 0.0
        i = 0
        while i < n:
            j = i
            while j < n and ranked[j][0] == ranked[i][0]:
                j += 1
            overlap = max(0, min(hi, j) - max(lo, i))
            if overlap:
                women += overlap * sum(1 for k in range(i, j) if ranked[k][1] == "K") / (j - i)
            i = j
        shares.append((women / (hi - lo), 1 - women / (hi - lo)))
    return shares


def expected_categories(rows, category_of):
    """Category -> (women, men, basic mean gap, complementary mean gap, total mean gap, flag)."""
    groups = defaultdict(lambda: {"K": [], "M": []})
    for r in used(rows):
        category = category_of(r)
        if category is not None:
            groups[category][gender(r["Køn"])].append(r)
    out = {}
    for category, by in groups.items():
        w, m = by["K"], by["M"]
        if len(w) < 3 or len(m) < 3:
            out[category] = (len(w), len(m), DASH, DASH, DASH, TOO_FEW)
            continue
        basic = [gap([number(r["Månedsløn"]) for r in w], [number(r["Månedsløn"]) for r in m], statistics.fmean)]
        extra = gap([complementary(r) for r in w], [complementary(r) for r in m], statistics.fmean)
        total = gap([number(r["Månedsløn"]) + complementary(r) for r in w],
                    [number(r["Månedsløn"]) + complementary(r) for r in m], statistics.fmean)
        out[category] = (len(w), len(m), basic[0], extra, total, ASSESSMENT if abs(total) >= 5 else "")
    return out


def assertCategories(test, shown, expected):
    """Section 7's table equals expected_categories(): the same categories, counts, gaps ("–" alike) and flags."""
    test.assertEqual(set(shown), set(expected))
    for category, want in expected.items():
        got = shown[category][1:7]
        test.assertEqual(got[:2], want[:2], category)
        for g, w in zip(got[2:5], want[2:5]):
            if w == DASH:
                test.assertEqual(g, DASH, category)
            else:
                test.assertAlmostEqual(g, w, places=9, msg=category)
        test.assertEqual(got[5], want[5], category)


def without_job_evaluation(doc):
    """The example workbook carries a filled-in job evaluation (issue 11,
    make_job_evaluation.py): without its two names, section 7 groups by
    staff category again, and a test's own evaluation can take their place."""
    for name in ("LigestatJobTitles", "LigestatJobCategories"):
        if doc.NamedRanges.hasByName(name):
            doc.NamedRanges.removeByName(name)
    return doc


def add_job_evaluation(doc, pairs, sheet_name="Jobvurdering"):
    """What the JobEvaluation command leaves behind: a table of titles and
    categories and the two document-level named ranges over its columns."""
    without_job_evaluation(doc)
    doc.Sheets.insertNewByName(sheet_name, doc.Sheets.getCount())
    sheet = doc.Sheets.getByName(sheet_name)
    sheet.getCellByPosition(0, 0).setString("Stillingsbetegnelse")
    sheet.getCellByPosition(1, 0).setString("Medarbejderkategori")
    for i, (title, category) in enumerate(pairs, start=1):
        sheet.getCellByPosition(0, i).setString(title)
        if category:
            sheet.getCellByPosition(1, i).setString(category)
    last = max(len(pairs), 1) + 1
    names = doc.NamedRanges
    for name, col in (("LigestatJobTitles", "A"), ("LigestatJobCategories", "B")):
        names.addNewByName(name, "$%s.$%s$2:$%s$%d" % (sheet_name, col, col, last), CellAddress(), 0)


def generate(office, doc):
    dispatch(office, doc, GENERATE)
    return used_rows(doc.Sheets.getByName(SHEET))


class EuSectionsOnTheExample(OfficeTestCase, unittest.TestCase):
    """One generation on the example workbook, no job evaluation sheet."""
    language = "da-DK"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = without_job_evaluation(cls.office.load(EXAMPLE_ODS))
        cls.rows = generate(cls.office, cls.doc)
        cls.staff = staff()
        cls.firsts = [row[0] for row in cls.rows]

    def test_art_9_report_over_all_workers_on_total_pay(self):
        report = table(self.rows, EU)
        rows = used(self.staff)
        self.assertEqual(len(rows), 909)  # top management included
        total = {g: [number(r["Månedsløn"]) + complementary(r) for r in rows if gender(r["Køn"]) == g] for g in "KM"}
        extra = {g: [complementary(r) for r in rows if gender(r["Køn"]) == g] for g in "KM"}
        received = {g: [a for a in extra[g] if a > 0] for g in "KM"}
        self.assertAlmostEqual(report["(a) løngab, gennemsnit, %"][1],
                               gap(total["K"], total["M"], statistics.fmean), places=9)
        self.assertAlmostEqual(report["(c) løngab, median, %"][1],
                               gap(total["K"], total["M"], statistics.median), places=9)
        self.assertAlmostEqual(report["(b) gab i tillæg, gennemsnit, %"][1],
                               gap(received["K"], received["M"], statistics.fmean), places=9)
        self.assertAlmostEqual(report["(d) gab i tillæg, median, %"][1],
                               gap(received["K"], received["M"], statistics.median), places=9)
        self.assertAlmostEqual(report["(e) kvinder der får tillæg"][1], len(received["K"]) / len(extra["K"]), places=12)
        self.assertAlmostEqual(report["(e) mænd der får tillæg"][1], len(received["M"]) / len(extra["M"]), places=12)
        start = next(i for i, row in enumerate(self.rows) if row[0] == "(f) Lønkvartil")
        for q, (women, men) in enumerate(quartile_shares(rows)):
            self.assertAlmostEqual(self.rows[start + 1 + q][1], women, places=12, msg=q)
            self.assertAlmostEqual(self.rows[start + 1 + q][2], men, places=12, msg=q)

    def test_notes_name_the_columns_of_basic_and_complementary_pay(self):
        self.assertIn("Grundløn: kolonne \"Månedsløn\" (I). Tillæg (supplerende løn): kolonnerne \"Tillæg\" (J) + "
                      "\"Engangsvederlag\" (K), tom = 0. Samlet løn = grundløn + tillæg.", self.firsts)
        self.assertTrue(any(str(t).startswith("Alle medarbejdere tæller med, også ledere og topledelse")
                            for t in self.firsts))

    def test_gap_per_staff_category_with_the_art_10_flag(self):
        shown = table(self.rows, CATEGORIES)
        self.assertEqual(self.rows[section_start(self.rows, CATEGORIES) + 1][0], "Personalekategori")
        expected = expected_categories(self.staff, lambda r: r["Personalekategori"].strip())
        assertCategories(self, shown, expected)
        # Læger (3 women, 1 man) and Dyrepassere (4, 2): too few to compare;
        # Forskere cross 5 % (9.0 %), Laboratoriepersonale stay under it (4.7 %)
        self.assertEqual(shown["Læger"][6], TOO_FEW)
        self.assertEqual(shown["Forskere"][6], ASSESSMENT)
        self.assertEqual(shown["Laboratoriepersonale"][6], "")
        self.assertIn("Efter personalekategori: lav et jobvurderingsark for at samle arbejde af samme værdi.",
                      self.firsts)
        self.assertTrue(any(str(t).startswith("Art. 10: \"vurdering nødvendig\", når gennemsnittet af den samlede "
                                              "løn har et gab på mindst 5 %") for t in self.firsts))

    def test_sickness_absence_per_fte_by_gender(self):
        shown = table(self.rows, ABSENCE)
        days = defaultdict(lambda: {"K": [0.0, 0.0], "M": [0.0, 0.0]})
        sizes = defaultdict(int)
        for r in self.staff:
            d, g = number(r["Sygefraværsdage"]), gender(r["Køn"])
            if d is None:
                continue
            for key in (r["Personalekategori"], "I alt"):
                if key != "I alt":
                    sizes[key] += 1
                if g:
                    days[key][g][0] += d
                    days[key][g][1] += number(r["Årsværk"])
        self.assertEqual(set(shown), {c for c, n in sizes.items() if n >= 8} | {"I alt"})
        for key, row in shown.items():
            (wd, wf), (md, mf) = days[key]["K"], days[key]["M"]
            self.assertAlmostEqual(row[1], wd, places=9, msg=key)
            self.assertAlmostEqual(row[2], md, places=9, msg=key)
            self.assertAlmostEqual(row[3], wd / wf, places=9, msg=key)
            self.assertAlmostEqual(row[4], md / mf, places=9, msg=key)
        self.assertIn("Sygefraværsdage fra kolonne \"Sygefraværsdage\" (L); pr. årsværk fra kolonne \"Årsværk\" (H).",
                      self.firsts)

    def test_no_error_and_no_zero_for_an_error(self):
        sheet = self.doc.Sheets.getByName(SHEET)
        first = section_start(self.rows, EU)
        last = section_start(self.rows, "Spørgeskema")
        for r in range(first, last):
            for c in range(7):
                cell = sheet.getCellByPosition(c, r)
                self.assertEqual(cell.getError(), 0, (r, c, cell.getFormula()))
                formula = cell.getFormula()
                self.assertFalse(formula.startswith(("=IFNA(", "=IFERROR(")) and formula.endswith(";0)"), formula)


class CategoriesOfWorkersByJobEvaluation(OfficeTestCase, unittest.TestCase):
    """Section 7 through the job evaluation sheet's named ranges, and the bad input around it."""
    language = "da-DK"

    def tearDown(self):
        self.doc.setModified(False)
        self.doc.close(True)

    def load(self, path=EXAMPLE_ODS):
        self.doc = self.office.load(path)
        return self.doc

    def test_categories_from_the_named_ranges_and_one_crossing_5_percent(self):
        add_job_evaluation(self.load(), JOB_EVALUATION)
        rows = generate(self.office, self.doc)
        shown = table(rows, CATEGORIES)
        self.assertEqual(rows[section_start(rows, CATEGORIES) + 1][0], "Medarbejderkategori")
        mapping = {t.casefold(): c for t, c in JOB_EVALUATION}
        expected = expected_categories(
            staff(), lambda r: mapping.get(r["Stillingsbetegnelse"].strip().casefold(), NOT_EVALUATED))
        assertCategories(self, shown, expected)
        self.assertEqual(shown["Kategori 1"][6], "")             # Økonomimedarbejder: 3.0 %
        self.assertEqual(shown["Kategori 2"][6], ASSESSMENT)     # laboratory titles: about 19 %
        self.assertEqual(shown["Kategori 3"][6], TOO_FEW)        # Pedel: 1 woman, 7 men
        self.assertGreaterEqual(shown["Kategori 2"][5], 5)
        # an assessment needs a justification: the note names the sheet's column for it
        self.assertIn("Skriv kriterierne pr. stilling i jobvurderingsarkets kolonne \"Begrundelse / noter\".",
                      [row[0] for row in rows])
        # the formula refers to the names: an edit of the job evaluation sheet shows without generating again
        sheet = self.doc.Sheets.getByName("Jobvurdering")
        sheet.getCellByPosition(1, 4).setString("Kategori 2")   # Pedel joins the laboratory titles
        self.doc.calculateAll()
        shown = table(used_rows(self.doc.Sheets.getByName(SHEET)), CATEGORIES)
        self.assertNotIn("Kategori 3", shown)
        self.assertEqual(shown["Kategori 2"][1:3], (expected["Kategori 2"][0] + 1, expected["Kategori 2"][1] + 7))

    def test_an_empty_job_evaluation_table_falls_back_to_staff_category(self):
        add_job_evaluation(self.load(), [("", "")])
        rows = generate(self.office, self.doc)
        shown = table(rows, CATEGORIES)
        self.assertIn("Laboratoriepersonale", shown)
        self.assertIn("Jobvurderingsarket har endnu ingen medarbejderkategorier: efter personalekategori i stedet.",
                      [row[0] for row in rows])

    def test_text_in_pay_leaves_that_row_out_and_breaks_nothing(self):
        self.load()
        data = self.doc.Sheets.getByName("Medarbejdere")
        data.getCellByPosition(PAY_COL, 1).setString("ukendt")  # the first employee's pay
        add_job_evaluation(self.doc, JOB_EVALUATION)
        rows = generate(self.office, self.doc)
        people = staff()
        people[0]["Månedsløn"] = "ukendt"
        total = {g: [number(r["Månedsløn"]) + complementary(r) for r in used(people) if gender(r["Køn"]) == g]
                 for g in "KM"}
        self.assertAlmostEqual(table(rows, EU)["(a) løngab, gennemsnit, %"][1],
                               gap(total["K"], total["M"], statistics.fmean), places=9)
        mapping = {t.casefold(): c for t, c in JOB_EVALUATION}
        expected = expected_categories(
            people, lambda r: mapping.get(r["Stillingsbetegnelse"].strip().casefold(), NOT_EVALUATED))
        shown = table(rows, CATEGORIES)
        for category, want in expected.items():
            self.assertEqual(shown[category][1:3], want[:2], category)

    def test_a_workbook_without_job_titles_groups_by_staff_category(self):
        doc = self.doc = self.office.new_calc()
        sheet = doc.Sheets.getByIndex(0)
        people = [("K", "Lab", 30000), ("K", "Lab", 31000), ("K", "Lab", 32000), ("M", "Lab", 33000),
                  ("M", "Lab", 36000), ("M", "Lab", 36000), ("K", "Adm", 40000), ("M", "Adm", 41000)]
        for c, h in enumerate(("Køn", "Personalekategori", "Løn")):
            sheet.getCellByPosition(c, 0).setString(h)
        for r, (g, cat, pay) in enumerate(people, start=1):
            sheet.getCellByPosition(0, r).setString(g)
            sheet.getCellByPosition(1, r).setString(cat)
            sheet.getCellByPosition(2, r).setValue(pay)
        add_job_evaluation(doc, JOB_EVALUATION)
        rows = generate(self.office, doc)
        shown = table(rows, CATEGORIES)
        self.assertEqual(set(shown), {"Lab", "Adm"})
        lab_gap = (35000 - 31000) / 35000 * 100
        self.assertAlmostEqual(shown["Lab"][5], lab_gap, places=9)
        self.assertEqual(shown["Lab"][6], ASSESSMENT)
        self.assertEqual(shown["Adm"][1:3], (1, 1))
        self.assertEqual(shown["Adm"][3:7], (DASH, DASH, DASH, TOO_FEW))
        # no absence column: no absence section
        self.assertFalse([row[0] for row in rows if str(row[0]).endswith(ABSENCE)])


if __name__ == "__main__":
    unittest.main()
