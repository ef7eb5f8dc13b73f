"""Section "Explained and unexplained pay gap" of the key-figure sheet
(key-figures.md section 8, analysis.md §1) on the example workbook in a real
English office: the figures against R's lm() fitted with R's own factor
handling on the workbook's CSV (age and years of service counted in Python
as days to the sheet's reference date / 365.25), the adjusted gap against the gap planted by
the generator, a raw gap larger than the adjusted one, the decomposition per
factor, the sentence, array formulas, and a workbook too small for the model
(fewer than 50 rows: "–", never a number)."""
import csv
import datetime
import math
import os
import subprocess
import sys
import tempfile
import unittest

from keyfigure_helpers import (DASH, EXAMPLE_CSV, EXAMPLE_ODS, GENERATE, dispatch, reference_date, section_start,
                               used_formulas, used_rows)
from office import OfficeTestCase, Sheet

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "example-workbooks"))
import generate_hr  # noqa: E402  (the planted gap, computed from the generator's constants)

SHEET = "Key figures"
TITLE = "Explained and unexplained pay gap"

# R's lm with its own factor() coding: the women coefficient and each factor's
# explained part do not depend on which level is the reference.
LM_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE, encoding = "UTF-8")
d$title <- factor(tolower(trimws(d$title)))
d$level <- factor(tolower(trimws(d$level)))
d$education <- factor(tolower(trimws(d$education)))
d$women <- as.numeric(d$gender == "K")
d$y <- log(d$pay)  # the pay column is full-time-equivalent pay already
fit <- lm(y ~ age + I(age^2) + service + I(service^2) + title + level + education + women, data = d)
s <- summary(fit)$coefficients
c <- coef(fit)[["women"]]
se <- s["women", "Std. Error"]
k <- expm1(c - se^2 / 2)
p <- s["women", "Pr(>|t|)"]
mm <- model.matrix(fit)
b <- coef(fit); b[is.na(b)] <- 0
men <- d$women == 0
gap <- colMeans(mm[men, , drop = FALSE]) - colMeans(mm[!men, , drop = FALSE])
part <- function(terms) 100 * sum((gap * b)[attr(mm, "assign") %in% match(terms, attr(terms(fit), "term.labels"))])
raw <- 100 * (mean(d$y[men]) - mean(d$y[!men]))
out <- c(sprintf("adjusted,%.17g", -100 * k), sprintf("p,%.17g", p), sprintf("r2,%.17g", summary(fit)$r.squared),
         sprintf("rows,%d", nrow(d)), sprintf("raw,%.17g", raw),
         sprintf("explained,%.17g", part(c("age", "I(age^2)", "service", "I(service^2)", "title", "level", "education"))),
         sprintf("age,%.17g", part(c("age", "I(age^2)"))), sprintf("service,%.17g", part(c("service", "I(service^2)"))),
         sprintf("title,%.17g", part("title")), sprintf("level,%.17g", part("level")),
         sprintf("education,%.17g", part("education")))
writeLines(out, args[2])
"""


def years_between(start, at):
    return (at - start).days / 365.25


def lm_on_example(reference_date):
    """R's figures for the example workbook's staff list at the reference date."""
    with open(EXAMPLE_CSV, encoding="utf-8") as f:
        staff = list(csv.DictReader(f))
    with tempfile.TemporaryDirectory() as scratch:
        data, script, figures = (os.path.join(scratch, n) for n in ("data.csv", "fit.R", "figures.txt"))
        with open(data, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["pay", "fte", "gender", "age", "service", "title", "level", "education"])
            for r in staff:
                born = datetime.date.fromisoformat(r["Fødselsdato"])
                hired = datetime.date.fromisoformat(r["Ansættelsesdato"])
                writer.writerow([r["Månedsløn"], r["Årsværk"], r["Køn"].strip().upper(),
                                 repr(years_between(born, reference_date)), repr(years_between(hired, reference_date)),
                                 r["Stillingsbetegnelse"], r["Ledelsesniveau"], r["Uddannelse"]])
        with open(script, "w") as out:
            out.write(LM_SCRIPT)
        subprocess.run(["Rscript", "--vanilla", script, data, figures], check=True, capture_output=True)
        with open(figures) as lines:
            return {k: float(v) for k, v in (line.strip().split(",") for line in lines)}


def section(rows, title):
    """The rows of a section up to the next section (or the end)."""
    start = section_start(rows, title)
    end = next((i for i in range(start + 1, len(rows))
                if isinstance(rows[i][0], str) and rows[i][0][:1].isdigit() and ". " in rows[i][0][:4]), len(rows))
    return rows[start:end]


def by_label(rows):
    return {row[0]: row for row in rows if isinstance(row[0], str)}


class ExplainedGapOnTheExample(OfficeTestCase, unittest.TestCase):
    language = "en-US"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = cls.office.load(EXAMPLE_ODS)
        dispatch(cls.office, cls.doc, GENERATE)
        cls.sheet = cls.doc.Sheets.getByName(SHEET)
        cls.rows = used_rows(cls.sheet)
        cls.reference_date = reference_date(cls.rows)
        cls.lm = lm_on_example(cls.reference_date)
        cls.part = section(cls.rows, TITLE)
        cls.figures = by_label(cls.part)

    def value(self, label):
        return self.figures[label][1]

    def test_figures_equal_lm(self):
        self.assertAlmostEqual(self.value("Adjusted pay gap (%)"), self.lm["adjusted"], places=6)
        self.assertAlmostEqual(self.value("p-value"), self.lm["p"], places=9)
        self.assertAlmostEqual(self.value("R²"), self.lm["r2"], places=9)
        self.assertEqual(self.value("Rows used"), self.lm["rows"])
        self.assertEqual(self.value("Rows used"), 909)
        self.assertEqual(self.value("Women used"), 573)
        self.assertEqual(self.value("Men used"), 336)
        self.assertEqual(self.value("Rows left out"), 0)
        self.assertAlmostEqual(self.value("Pay gap, the same rows (%)"),
                               100 * (1 - math.exp(-self.lm["raw"] / 100)), places=6)

    def test_raw_gap_is_larger_than_the_adjusted_gap_which_is_close_to_the_planted_one(self):
        raw, adjusted = self.value("Pay gap, the same rows (%)"), self.value("Adjusted pay gap (%)")
        self.assertGreater(raw, adjusted + 3)   # women are more often in the lower-paid titles
        planted = generate_hr.planted_unexplained_gap()
        self.assertAlmostEqual(adjusted, planted, delta=0.5)
        self.assertLess(self.value("p-value"), 0.05)
        expected_rating = ("within the 2.5 % target" if math.floor(1000 * adjusted / 100 + 1e-9) / 1000 <= 0.025
                           else "above the target, within the 5 % limit")
        self.assertEqual(self.value("Rating (Logib)"), expected_rating)

    def test_decomposition_per_factor_equals_lm(self):
        expected = {"Raw gap": self.lm["raw"], "Explained by the factors": self.lm["explained"],
                    "Unexplained": self.lm["raw"] - self.lm["explained"],
                    "  explained by age": self.lm["age"], "  explained by years of service": self.lm["service"],
                    "  explained by job title": self.lm["title"],
                    "  explained by management level": self.lm["level"],
                    "  explained by education": self.lm["education"]}
        for label, log_points in expected.items():
            self.assertAlmostEqual(self.figures[label][1], log_points, places=6, msg=label)
            self.assertAlmostEqual(self.figures[label][2], log_points / self.lm["raw"], places=6, msg=label)
        # the title explains most of the raw gap
        self.assertGreater(self.figures["  explained by job title"][2], 0.5)

    def test_sentence_says_it_in_words(self):
        sentence = self.part[1][0]
        raw, adjusted = self.value("Pay gap, the same rows (%)"), self.value("Adjusted pay gap (%)")
        self.assertTrue(sentence.startswith("Women are paid %.1f %% less than men; taking age, years of service, "
                                            "job title, management level and education into account, they are "
                                            "paid %.1f %% less than comparable men (significant, " % (raw, adjusted)),
                        sentence)

    def test_two_model_calls_as_array_formulas_and_live_figures(self):
        # in the section's rows (section 9's adjusted gaps of both years are test_year_on_year_sheet's)
        start = section_start(self.rows, TITLE)
        calls = []
        for r, row in enumerate(used_formulas(self.sheet)[start:start + len(self.part)], start=start):
            for c, formula in enumerate(row):
                for name in ("PAYREGRESSION(", "PAYGAPDECOMPOSITION(", "ADJUSTEDPAYGAP("):
                    if name in formula.upper():
                        calls.append((name, c, r))
        self.assertEqual({name for name, c, r in calls}, {"PAYREGRESSION(", "PAYGAPDECOMPOSITION("})
        for name in ("PAYREGRESSION(", "PAYGAPDECOMPOSITION("):
            c, r = next((c, r) for n, c, r in calls if n == name)
            # one array formula per call: the cursor on its first cell widens to the array
            cursor = self.sheet.createCursorByRange(self.sheet.getCellByPosition(c, r))
            cursor.collapseToCurrentArray()
            extent = cursor.getRangeAddress()
            self.assertEqual(extent.EndRow - extent.StartRow + 1, 12 if name == "PAYREGRESSION(" else 3 + 4 + 3, name)


class TooFewRowsForTheModel(OfficeTestCase, unittest.TestCase):
    """49 usable rows: every model figure is "–" with the note saying why."""
    language = "en-US"

    def test_figures_are_dashes_not_numbers(self):
        doc = self.office.new_calc()
        rows = [("Køn", "Løn", "Alder", "Stilling")]
        for i in range(49):
            rows.append(("K" if i % 2 else "M", 30000 + 100 * i, 25 + i % 30, "Laborant" if i % 3 else "Tekniker"))
        Sheet(doc).put_rows("A1", rows)
        dispatch(self.office, doc, GENERATE)
        part = section(used_rows(doc.Sheets.getByName(SHEET)), TITLE)
        figures = by_label(part)
        for label in ("Pay gap, the same rows (%)", "Adjusted pay gap (%)", "p-value", "Rating (Logib)", "R²",
                      "Rows used", "Raw gap", "Unexplained", "  explained by age", "  explained by job title"):
            self.assertEqual(figures[label][1], DASH, label)
        self.assertEqual(part[1][0], 'The adjusted pay gap is not shown ("–"): see the note below.')
        self.assertIn('"–": not computed when fewer than 50 rows can be used, there are not both women and men, '
                      'or the factors explain gender completely.', figures)
        doc.setModified(False)
        doc.close(True)


if __name__ == "__main__":
    unittest.main()
