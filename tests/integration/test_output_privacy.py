"""No CPR number and no single person's pay in anything we write (issue 14,
item 6): every file of the main job (scripts/main_job.py) and the sheets of
both key-figure commands, as cells and as PDF. The file whose name says it
holds the staff list is the one exception, and must say so.

What must not appear is worked out from the example workbook's CSV alone:
every CPR number of the staff sheet (with or without its dash), and the
monthly pay of every person in a pay-index group that is suppressed (a job
title outside top management where women or men have < 3 FTE)."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile
from collections import defaultdict

import uno

from keyfigure_helpers import (EXAMPLE_ODS, GENERATE, GENERATE_VALUES, TOP_MANAGEMENT, dispatch, gender,
                               number, staff, used_formulas)
from office import OfficeTestCase, props

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MAIN_JOB = os.path.join(ROOT, "scripts", "main_job.py")
STAFF_LIST_MARK = "with-staff-list"

# DDMMYY-SSSS, DDMMYYSSSS, or a number that lost its leading zero (010170... as 10170...).
CPR_PATTERN = re.compile(r"(?<!\d)(?:\d{6}-\d{4}|\d{9,10})(?!\d)")
# A number as a sheet, a PDF or an XML attribute may spell it: 46807.47,
# 46.807,47, 46,807.47, 46 807 (any space), 46807.
NUMBER_PATTERN = re.compile(r"(?<![\d.,])\d(?:[\d.,\u00a0\u202f ]*\d)?")


def cpr_digits(text):
    return text.strip().replace("-", "").zfill(10)


def staff_cprs(rows):
    """The staff sheet's CPR numbers as 10 digits (the CSV, like Excel, holds
    some as numbers without their leading zero)."""
    return {cpr_digits(r["CPR"]) for r in rows if r["CPR"].strip()}


def cprs_in(texts):
    return {cpr_digits(m.group(0)) for text in texts for m in CPR_PATTERN.finditer(text)}


def suppressed_pays(rows, min_fte=3.0):
    """Monthly pay of each person in a suppressed pay-index group."""
    fte = defaultdict(lambda: {"K": 0.0, "M": 0.0})
    people = defaultdict(list)
    for r in rows:
        if r["Ledelsesniveau"].strip().casefold() in TOP_MANAGEMENT:
            continue
        g, pay, share = gender(r["Køn"]), number(r["Månedsløn"]), number(r["Årsværk"])
        if g is None or pay is None or share is None:
            continue
        title = r["Stillingsbetegnelse"].strip().casefold()
        fte[title][g] += share
        people[title].append(pay)
    return {title: pays for title, pays in people.items()
            if fte[title]["K"] < min_fte or fte[title]["M"] < min_fte}


def readings(token):
    """The values a number token can stand for, in Danish and English spelling."""
    compact = re.sub(r"[\u00a0\u202f ]", "", token)
    out = set()
    for thousands, decimal in ((".", ","), (",", ".")):
        text = compact.replace(thousands, "").replace(decimal, ".")
        try:
            out.add((float(text), "." not in text))
        except ValueError:
            pass
    return out


def leaked_pays(text, pays):
    """Pays that occur in `text` to the cent, or rounded to whole kroner."""
    found = set()
    for token in NUMBER_PATTERN.findall(text):
        for value, whole in readings(token):
            for pay in pays:
                if abs(value - pay) < 0.005 or (whole and value == round(pay)):
                    found.add(pay)
    return found


def texts_of_file(path):
    """The text of an output file: every XML member of .ods/.xlsx, pdftotext of a PDF."""
    if path.endswith(".pdf"):
        return [subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True,
                               text=True).stdout]
    if path.endswith((".ods", ".xlsx")):
        with zipfile.ZipFile(path) as z:
            return [z.read(name).decode("utf-8", "replace") for name in z.namelist() if name.endswith(".xml")]
    raise AssertionError("an output of unknown kind: %s" % path)


def texts_of_sheet(office, doc, sheet):
    """Every cell of a sheet, hidden columns included: its formula, and its
    text as shown, from the sheet saved as CSV "as shown" (one call; a
    getString per cell took over a minute with the sanitizer preloaded)."""
    lines = ["\t".join(row) for row in used_formulas(sheet)]
    # The sheet as CSV: tab, ", UTF-8, from line 1, ..., token 9 "save cell
    # contents as shown". A hidden document saves its first sheet (the sheet
    # number of token 12 wrote nothing for "Nøgletal" in 7.4), so the sheet
    # goes first for the moment.
    name = sheet.getName()
    position = list(doc.Sheets.ElementNames).index(name)
    doc.Sheets.moveByName(name, 0)
    doc.storeToURL(office.url("shown.csv"), props(FilterName="Text - txt - csv (StarCalc)",
                                                  FilterOptions="9,34,76,1,,0,false,true,true,false,false"))
    doc.Sheets.moveByName(name, position + 1 if position else 0)
    with open(office.path("shown.csv"), encoding="utf-8") as shown:
        lines.append(shown.read())
    return ["\n".join(lines)]


class PrivacyScan:
    """Assertions over a set of texts (mixed into the test classes)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        rows = staff()
        cls.cprs = staff_cprs(rows)
        cls.groups = suppressed_pays(rows)
        cls.pays = {pay for pays in cls.groups.values() for pay in pays}

    def assertNoCpr(self, what, texts):
        leaked = cprs_in(texts) & self.cprs
        self.assertEqual(len(leaked), 0, "%s holds CPR numbers of the staff sheet" % what)

    def assertNoSuppressedPay(self, what, texts):
        leaked = set().union(*(leaked_pays(text, self.pays) for text in texts))
        self.assertEqual(len(leaked), 0, "%s shows pays of people in suppressed groups, e.g. %s"
                         % (what, sorted(leaked)[:3]))


class TheScanItself(PrivacyScan, unittest.TestCase):
    """The scan finds what it looks for (else a clean result means nothing)."""

    def test_the_example_has_suppressed_groups(self):
        self.assertGreater(len(self.groups), 0)
        self.assertEqual(len(self.cprs), 909)

    def test_finds_a_cpr_with_and_without_dash(self):
        cpr = sorted(self.cprs)[0]
        with self.assertRaises(AssertionError):
            self.assertNoCpr("text", ["x %s-%s y" % (cpr[:6], cpr[6:])])
        with self.assertRaises(AssertionError):
            self.assertNoCpr("text", ['office:value="%s"' % cpr])
        lost_zero = next(c for c in sorted(self.cprs) if c.startswith("0"))
        with self.assertRaises(AssertionError):
            self.assertNoCpr("text", ['office:value="%d"' % int(lost_zero)])

    def test_finds_a_pay_in_any_spelling(self):
        pay = sorted(self.pays)[0]
        whole = "%d" % round(pay)
        danish = "{:,.2f}".format(pay).replace(",", " ").replace(".", ",").replace(" ", ".")
        for text in ("%.2f" % pay, danish, "{:,.2f}".format(pay), "%s kr." % whole):
            with self.assertRaises(AssertionError, msg=text):
                self.assertNoSuppressedPay("text", ["<p>%s</p>" % text])


class MainJobOutputs(PrivacyScan, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.out = tempfile.mkdtemp(prefix="ligestat-main-job-")
        # keep the caller's PYTHONPATH: under scripts/with-lo25.sh it puts
        # 25.2's own uno.py first (a 7.4 client cannot drive a 25.2 office)
        paths = [os.path.join(ROOT, "scripts"), os.environ.get("PYTHONPATH", "")]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
        subprocess.run([sys.executable, MAIN_JOB, "--workbook", EXAMPLE_ODS, "--out", cls.out],
                       env=env, check=True, timeout=600)
        cls.files = sorted(os.listdir(cls.out))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.out, ignore_errors=True)
        super().tearDownClass()

    def shared_files(self):
        return [name for name in self.files if STAFF_LIST_MARK not in name]

    def test_writes_the_key_figures_as_ods_and_pdf(self):
        self.assertIn("ligestat-key-figures.ods", self.files)
        self.assertIn("ligestat-key-figures.pdf", self.files)

    def test_the_key_figure_ods_is_one_sheet_of_values(self):
        with zipfile.ZipFile(os.path.join(self.out, "ligestat-key-figures.ods")) as z:
            content = z.read("content.xml").decode("utf-8")
        self.assertEqual(len(re.findall(r"<table:table ", content)), 1)
        self.assertNotIn("table:formula=", content)

    def test_no_cpr_number_in_any_shared_file(self):
        for name in self.shared_files():
            self.assertNoCpr(name, texts_of_file(os.path.join(self.out, name)))

    def test_no_pay_of_a_suppressed_group_in_any_shared_file(self):
        for name in self.shared_files():
            self.assertNoSuppressedPay(name, texts_of_file(os.path.join(self.out, name)))

    def test_the_file_with_the_staff_list_says_so(self):
        with_staff = [name for name in self.files if STAFF_LIST_MARK in name]
        for name in with_staff:
            texts = texts_of_file(os.path.join(self.out, name))
            self.assertTrue(cprs_in(texts) & self.cprs, "%s says it holds the staff list" % name)


class CommandOutputs(PrivacyScan, OfficeTestCase, unittest.TestCase):
    """Both commands: the generated sheet (every cell, hidden helper columns
    too), its PDF, and the values sheet alone as .xlsx."""
    language = "da-DK"

    def generated(self, command):
        doc = self.office.load(EXAMPLE_ODS)
        self.addCleanup(doc.close, True)
        before = set(doc.Sheets.ElementNames)
        dispatch(self.office, doc, command)
        added = [name for name in doc.Sheets.ElementNames if name not in before]
        self.assertEqual(len(added), 1)
        doc.calculateAll()
        return doc, doc.Sheets.getByName(added[0])

    def pdf_of(self, doc, sheet, name):
        cursor = sheet.createCursor()
        cursor.gotoStartOfUsedArea(False)
        cursor.gotoEndOfUsedArea(True)
        filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", props(Selection=cursor))
        doc.storeToURL(self.office.url(name), props(FilterName="calc_pdf_Export", FilterData=filter_data))
        return self.office.path(name)

    def scan(self, what, texts):
        self.assertNoCpr(what, texts)
        self.assertNoSuppressedPay(what, texts)

    def test_the_sheet_scan_sees_a_computed_pay_in_a_hidden_column(self):
        # The formula holds another number; only the shown text is the pay.
        # Last, after the staff sheet, whose CPR numbers must not be read instead.
        doc = self.office.load(EXAMPLE_ODS)
        self.addCleanup(doc.close, True)
        doc.Sheets.insertNewByName("Probe", doc.Sheets.getCount())
        probe = doc.Sheets.getByName("Probe")
        pay = sorted(self.pays)[0]
        probe.getCellByPosition(2, 4).setFormula("=%.2f+1" % (pay - 1))
        probe.getColumns().getByIndex(2).IsVisible = False
        texts = texts_of_sheet(self.office, doc, probe)
        self.assertNoCpr("the probe", texts)
        with self.assertRaises(AssertionError):
            self.assertNoSuppressedPay("the probe", texts)

    def test_live_sheet_and_its_pdf(self):
        doc, sheet = self.generated(GENERATE)
        self.scan("the live sheet", texts_of_sheet(self.office, doc, sheet))
        self.scan("the live sheet's PDF", texts_of_file(self.pdf_of(doc, sheet, "live.pdf")))

    def test_values_sheet_its_pdf_and_xlsx(self):
        doc, sheet = self.generated(GENERATE_VALUES)
        self.scan("the values sheet", texts_of_sheet(self.office, doc, sheet))
        self.scan("the values sheet's PDF", texts_of_file(self.pdf_of(doc, sheet, "values.pdf")))
        for name in doc.Sheets.ElementNames:
            if name != sheet.getName():
                doc.Sheets.removeByName(name)
        doc.storeToURL(self.office.url("values.xlsx"), props(FilterName="Calc MS Excel 2007 XML"))
        self.scan("the values sheet as .xlsx", texts_of_file(self.office.path("values.xlsx")))


if __name__ == "__main__":
    unittest.main()
