"""The example workbook's filled-in job evaluation sheet (issue 11; made by
example-workbooks/make_job_evaluation.py): its categories of workers feed
PAYGAPTABLE through LigestatJobTitles / LigestatJobCategories, and exactly the
planted category shows the art. 10 flag "assessment needed".

The expectation is computed here from the CSV and the script's score table
alone: points = 100 x sum(w (score - 1)) / (4 sum(w)) with w = 25 %, the
category the band of 20 points it falls in, and per category the mean
total-pay gap (Månedsløn + Tillæg, empty = 0) as (men - women) / men x 100."""
import os
import sys
import unittest
from collections import defaultdict

from keyfigure_helpers import EXAMPLE_ODS, gender, number, staff
from office import OfficeTestCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "example-workbooks"))
from make_job_evaluation import SCORES  # noqa: E402  (the script's input: the scores typed in)

BANDS = [(0, "Kategori 1"), (20, "Kategori 2"), (40, "Kategori 3"), (60, "Kategori 4"), (80, "Kategori 5")]
FLAG = "assessment needed"


def category_of(scores):
    points = 100 * sum(0.25 * (s - 1) for s in scores) / (4 * 1.0)
    return [name for low, name in BANDS if points >= low][-1]


def expected_gaps():
    """Category -> (women, men, mean total-pay gap in %), from the CSV."""
    categories = {title.casefold(): category_of(scores) for title, (scores, _) in SCORES.items()}
    pay = defaultdict(lambda: {"K": [], "M": []})
    for row in staff():
        g, basic = gender(row["Køn"]), number(row["Månedsløn"])
        if g is None or basic is None:
            continue
        allowance = number(row["Tillæg"]) if row["Tillæg"].strip() else 0.0
        pay[categories[row["Stillingsbetegnelse"].strip().casefold()]][g].append(basic + allowance)
    out = {}
    for category, by_gender in pay.items():
        women, men = by_gender["K"], by_gender["M"]
        mean_w, mean_m = sum(women) / len(women), sum(men) / len(men)
        out[category] = (len(women), len(men), 100 * (mean_m - mean_w) / mean_m)
    return out


class PlantedCategory(OfficeTestCase, unittest.TestCase):
    language = "en-US"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = cls.office.load(EXAMPLE_ODS)

    def test_the_example_has_a_filled_in_job_evaluation_sheet(self):
        self.assertIn("Stillingsvurdering", self.doc.Sheets.ElementNames)
        self.assertEqual(self.doc.getCurrentController().getActiveSheet().getName(), "Medarbejdere")
        names = self.doc.NamedRanges
        titles = names.getByName("LigestatJobTitles").getReferredCells().getDataArray()
        categories = names.getByName("LigestatJobCategories").getReferredCells().getDataArray()
        self.assertEqual(len(titles), len(SCORES))
        for (title,), (category,) in zip(titles, categories):
            scores, _ = next(v for t, v in SCORES.items() if t.casefold() == title.strip().casefold())
            self.assertEqual(category, category_of(scores), title)

    def test_paygaptable_flags_exactly_the_planted_category(self):
        expected = expected_gaps()
        flagged = {c for c, (_, _, gap) in expected.items() if abs(gap) >= 5}
        self.assertEqual(flagged, {"Kategori 5"})  # the plan of make_job_evaluation.py
        data = "$Medarbejdere.$%s$2:$%s$910"
        formula = ("=PAYGAPTABLE(%s;%s;%s;%s;LigestatJobTitles;LigestatJobCategories)"
                   % (data % ("I", "I"), data % ("C", "C"), data % ("E", "E"), data % ("J", "J")))
        sheet = self.doc.Sheets.getByName("Medarbejdere")
        target = sheet.getCellRangeByName("P1:Y5")
        target.setArrayFormula(formula)
        self.doc.calculateAll()
        rows = target.getDataArray()
        self.assertEqual({row[0] for row in rows}, set(expected))
        for row in rows:
            women, men, gap = expected[row[0]]
            self.assertEqual((row[1], row[2]), (women, men), row[0])
            self.assertAlmostEqual(row[7], gap, places=6, msg=row[0])
            self.assertEqual(row[8], FLAG if row[0] in flagged else "", row[0])
        self.doc.setModified(False)


class PlantedCategoryOnTheKeyFigureSheet(OfficeTestCase, unittest.TestCase):
    """Section 7 of the key-figure sheet groups the example by the job
    evaluation sheet's categories, on total pay = basic + allowance + one-off
    payment, and flags exactly the planted category (issue 11)."""
    language = "da-DK"

    def test_section_7_flags_exactly_the_planted_category(self):
        from test_keyfigures_eu import ASSESSMENT, CATEGORIES, assertCategories, expected_categories, generate, table
        categories = {title.casefold(): category_of(scores) for title, (scores, _) in SCORES.items()}
        expected = expected_categories(staff(), lambda r: categories[r["Stillingsbetegnelse"].strip().casefold()])
        self.assertEqual({c for c, want in expected.items() if want[5] == ASSESSMENT}, {"Kategori 5"})
        doc = self.office.load(EXAMPLE_ODS)
        try:
            assertCategories(self, table(generate(self.office, doc), CATEGORIES), expected)
        finally:
            doc.setModified(False)
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
