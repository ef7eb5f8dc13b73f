"""The explained-pay-gap functions in a real office (functions.md, "Explained
pay gap"): ADJUSTEDPAYGAP, PAYREGRESSION, PAYGAPDECOMPOSITION and EXPECTEDPAY
by their English names in an English office and by their Danish names in a
Danish one, the array functions as array formulas with every cell checked,
and bad input. Every expected figure comes from R's lm(), run from this test
by tests/unit/regression_oracle.R on the very cells the sheet holds (the
header row included, so the row rules are checked too)."""
import csv
import math
import os
import random
import subprocess
import tempfile
import unittest

from functions_data import RESULT_STRING, array_formula
from office import ERR_ILLEGAL_ARGUMENT, ERR_NOT_AVAILABLE, OfficeTestCase, Sheet

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "..", "unit", "regression_oracle.R")

HEADER = ("Løn", "Køn", "Årsværk", "Alder", "Alder2", "Stilling", "Niveau")
ROWS = 121  # header + 120 workers
PAY, GENDER, FTE, NUMERIC, CATEGORY = "A1:A121", "B1:B121", "C1:C121", "D1:E121", "F1:G121"
ARGUMENTS = "%s;%s;%s;%s;%s" % (PAY, GENDER, NUMERIC, CATEGORY, FTE)


def staff_rows():
    """120 workers: pay from age, title and level, women more often in the
    lower titles and with a planted gap, some part-timers, a few rows left out."""
    rng = random.Random(2026)
    rows = [HEADER]
    titles = ["Laborant", "Tekniker", "Ingeniør", "Chef"]
    for i in range(120):
        woman = rng.random() < 0.45
        age = rng.randint(22, 63)
        title = min(3, int(rng.random() * 4 * (0.7 if woman else 1.0)))
        level = rng.choice([1, 2, 3])
        fte = rng.choice([0.5, 0.8]) if rng.random() < 0.2 else 1
        log_pay = 10 + 0.02 * age - 0.0002 * age * age + 0.08 * title + 0.05 * level \
            - (0.04 if woman else 0) + 0.06 * (rng.random() - 0.5)
        pay = round(math.exp(log_pay) * fte)
        rows.append([pay, "K" if woman else "M", fte, age, age * age, titles[title], level])
    rows[5][0] = None          # no pay: left out
    rows[6][1] = "X"           # neither gender: left out
    rows[7][5] = None          # no title: left out
    rows[8][3] = "ukendt"      # text age: left out
    return [tuple(r) for r in rows]


def encode(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return "t:" + value
    return repr(float(value))


def lm_figures(rows):
    """The oracle's figures for the sheet's cells: {name: value}, factors, expected."""
    with tempfile.TemporaryDirectory() as scratch:
        data = os.path.join(scratch, "data.csv")
        figures = os.path.join(scratch, "figures.txt")
        with open(data, "w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["pay", "gender", "fte", "n1", "n2", "c1", "c2"])
            for r in rows:
                writer.writerow([encode(r[0]), encode(r[1]), encode(r[2]), encode(r[3]), encode(r[4]),
                                 encode(r[5]), encode(r[6])])
        subprocess.run(["Rscript", "--vanilla", ORACLE, "fit", data, figures], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        scalar, factors, expected = {}, [], {}
        with open(figures) as lines:
            for line in lines:
                fields = line.strip().split(",")
                if fields[0] == "factor":
                    factors.append(float(fields[2]))
                elif fields[0] == "expected":
                    expected[int(fields[1])] = float(fields[2])
                else:
                    scalar[fields[0]] = float(fields[1])
        return scalar, factors, expected


ROWS_DATA = staff_rows()
LM, LM_FACTORS, LM_EXPECTED = lm_figures(ROWS_DATA)


class RegressionCase(OfficeTestCase):
    def setUp(self):
        self.doc = self.office.new_calc()
        self.sheet = Sheet(self.doc)
        self.sheet.put_rows("A1", ROWS_DATA)

    def tearDown(self):
        self.doc.close(True)

    def assertClose(self, cell, expected):
        self.assertEqual(cell.getError(), 0, "%s gave error %d" % (cell.getFormula(), cell.getError()))
        self.assertLessEqual(abs(cell.getValue() - expected), 1e-9 * max(abs(expected), 1e-3),
                             "%s: %r, lm %r" % (cell.getFormula(), cell.getValue(), expected))

    def check_regression_array(self, cells, labels, rating):
        values = [LM["adjustedGap"], LM["womenCoefficient"], LM["standardError"], LM["t"], LM["pValue"],
                  LM["degreesOfFreedom"], LM["rSquared"], LM["rowsUsed"], LM["womenUsed"], LM["menUsed"],
                  LM["rowsLeftOut"]]
        self.assertEqual([row[0].getString() for row in cells], labels)
        for row, value in zip(cells, values):
            self.assertClose(row[1], value)
        self.assertEqual(cells[11][1].FormulaResultType2, RESULT_STRING)
        self.assertEqual(cells[11][1].getString(), rating)

    def check_decomposition_array(self, cells, labels):
        raw = LM["raw"]
        parts = [raw, LM["explained"], LM["unexplained"]] + LM_FACTORS
        self.assertEqual([row[0].getString() for row in cells], labels)
        for row, part in zip(cells, parts):
            self.assertClose(row[1], part)
            self.assertClose(row[2], part / raw)

    def check_expected_array(self, cells):
        for index, row in enumerate(cells):
            if index in LM_EXPECTED:
                self.assertClose(row[0], LM_EXPECTED[index])
            else:
                self.assertEqual(row[0].getError(), ERR_NOT_AVAILABLE, "row %d" % (index + 1))


def rating_of(language):
    k = -LM["adjustedGap"] / 100
    cut = math.floor(1000 * abs(k)) / 1000
    words = {"en": ["not significant", "within the 2.5 % target", "above the target, within the 5 % limit",
                    "above the 5 % limit"],
             "da": ["ikke signifikant", "inden for målet på 2,5 %", "over målet, inden for grænsen på 5 %",
                    "over grænsen på 5 %"]}[language]
    if LM["pValue"] > 0.05:
        return words[0]
    return words[1] if cut <= 0.025 else words[2] if cut <= 0.05 else words[3]


class EnglishNames(RegressionCase, unittest.TestCase):
    def test_oracle_sees_the_rows_the_spec_describes(self):
        self.assertEqual(LM["rowsUsed"], 116)   # 120 workers minus 4 rows left out
        self.assertEqual(LM["rowsLeftOut"], 5)  # those 4 and the header row

    def test_adjusted_pay_gap(self):
        self.assertClose(self.sheet.formula("J1", "=ADJUSTEDPAYGAP(%s)" % ARGUMENTS), LM["adjustedGap"])

    def test_pay_regression_array(self):
        cells = array_formula(self.sheet, "J1:K12", "=PAYREGRESSION(%s)" % ARGUMENTS)
        labels = ["Adjusted pay gap (%)", "Women coefficient", "Standard error", "t", "p-value",
                  "Degrees of freedom", "R²", "Rows used", "Women used", "Men used", "Rows left out", "Rating"]
        self.check_regression_array(cells, labels, rating_of("en"))

    def test_decomposition_array(self):
        cells = array_formula(self.sheet, "J1:L7", "=PAYGAPDECOMPOSITION(%s)" % ARGUMENTS)
        self.check_decomposition_array(cells, ["Raw gap", "Explained", "Unexplained", "numeric factor 1",
                                               "numeric factor 2", "category factor 1", "category factor 2"])

    def test_expected_pay_array(self):
        self.check_expected_array(array_formula(self.sheet, "J1:J121", "=EXPECTEDPAY(%s)" % ARGUMENTS))

    def test_not_enough_rows_is_not_available(self):
        # rows 1..50: the header and 4 left-out rows leave 45 workers
        cell = self.sheet.formula("J1", "=ADJUSTEDPAYGAP(A1:A50;B1:B50;D1:E50;F1:G50;C1:C50)")
        self.assertCellError(cell, ERR_NOT_AVAILABLE)

    def test_gender_explained_by_a_factor_is_not_available(self):
        # the gender column itself as a category: the women dummy is dropped
        cell = self.sheet.formula("J1", "=ADJUSTEDPAYGAP(%s;%s;;%s)" % (PAY, GENDER, GENDER))
        self.assertCellError(cell, ERR_NOT_AVAILABLE)

    def test_bad_input(self):
        for formula in ["=ADJUSTEDPAYGAP(A1:A121;B1:B120)",                     # shapes differ
                        "=PAYREGRESSION(%s;%s;D1:E120)" % (PAY, GENDER),       # factor rows differ
                        "=EXPECTEDPAY(%s;%s;;F1:G120)" % (PAY, GENDER),
                        "=PAYGAPDECOMPOSITION(%s;%s;;;C1:C120)" % (PAY, GENDER),
                        "=ADJUSTEDPAYGAP(%s;%s;;;F1:F121)" % (PAY, GENDER)]:   # text FTE
            with self.subTest(formula=formula):
                self.assertCellError(self.sheet.formula("J1", formula), ERR_ILLEGAL_ARGUMENT)


class DanishNames(RegressionCase, unittest.TestCase):
    language = "da-DK"

    def test_adjusted_pay_gap_by_danish_name(self):
        cell = self.sheet.local_formula("J1", "=JUSTERET.LØNGAB(%s)" % ARGUMENTS)
        self.assertClose(cell, LM["adjustedGap"])
        self.assertEqual(cell.FormulaLocal, "=JUSTERET.LØNGAB(%s)" % ARGUMENTS)
        self.assertIn("ADJUSTEDPAYGAP(", cell.getFormula().upper())

    def test_pay_regression_array_in_danish(self):
        cells = array_formula(self.sheet, "J1:K12", "=LØNREGRESSION(%s)" % ARGUMENTS, local=True)
        labels = ["Justeret lønforskel (%)", "Koefficient for kvinder", "Standardfejl", "t", "p-værdi",
                  "Frihedsgrader", "R²", "Rækker brugt", "Kvinder brugt", "Mænd brugt", "Rækker udeladt",
                  "Vurdering"]
        self.check_regression_array(cells, labels, rating_of("da"))

    def test_decomposition_array_in_danish(self):
        cells = array_formula(self.sheet, "J1:L7", "=LØNGAB.OPDELING(%s)" % ARGUMENTS, local=True)
        self.check_decomposition_array(cells, ["Rå forskel", "Forklaret", "Uforklaret", "talfaktor 1",
                                               "talfaktor 2", "kategorifaktor 1", "kategorifaktor 2"])

    def test_expected_pay_by_danish_name(self):
        cells = array_formula(self.sheet, "J1:J121", "=FORVENTET.LØN(%s)" % ARGUMENTS, local=True)
        self.assertIn("FORVENTET.LØN(", cells[0][0].FormulaLocal)
        self.check_expected_array(cells)

    def test_bad_input_by_danish_name(self):
        cell = self.sheet.local_formula("J1", "=LØNREGRESSION(A1:A121;B1:B120)")
        self.assertCellError(cell, ERR_ILLEGAL_ARGUMENT)


if __name__ == "__main__":
    unittest.main()
