"""The job evaluation command (analysis.md §2; issue 11) in a real office,
dispatched as a script or the menu does: the sheet's rows, live headcounts and
women's shares, points and categories from scores typed in, the named ranges
LigestatJobTitles / LigestatJobCategories, a rerun after the data changed that
keeps every cell the user entered (checked cell by cell), one undo step for a
rerun, a taken sheet name, and bad input that writes nothing.

Expected values are counted here from the rows the test writes, or worked out
by hand from the points rule: 100 x sum(w (score - 1)) / (4 sum(w))."""
import unittest

import uno  # also makes com.sun.star importable
from com.sun.star.sheet.ValidationType import WHOLE

from office import OfficeTestCase, Sheet, props

JOB_EVALUATION = "vnd.dk.ligestat:JobEvaluation"
SHEET = "Job evaluation"
FIRST = 6  # 0-based sheet row of the table's first title (row 7)
TITLE, HEADCOUNT, WOMEN, SCORES, POINTS, CATEGORY, JUSTIFICATION, STATUS = 0, 1, 2, 3, 7, 8, 9, 10
BAND_FROM, BAND_NAME, WEIGHTS, FIRST_BAND = 12, 13, 5, 5

STAFF = [
    ["Employee id", "Gender", "Job title", "Pay"],
    [1, "F", "Nurse", 30000],
    [2, "F", "nurse ", 31000],
    [3, "M", "Nurse", 30500],
    [4, "F", "Doctor", 60000],
    [5, "M", "Doctor", 61000],
    [6, "M", "Cleaner", 25000],
    [7, "F", "Porter", 26000],  # removed before the first run, back in for the rerun
]


def run(office, doc):
    """The command's result: the sheet's name, or the message the user saw."""
    frame = doc.getCurrentController().getFrame()
    helper = office.create("com.sun.star.frame.DispatchHelper")
    event = helper.executeDispatch(frame, JOB_EVALUATION, "", 0, ())
    return event.Result if event is not None else None


def staff_workbook(office, rows):
    doc = office.new_calc()
    doc.Sheets.getByIndex(0).setName("Staff")
    Sheet(doc).put_rows("A1", rows)
    return doc


def name_content(doc, name):
    """The named range's reference, quotes left out (the office drops them
    where a sheet name needs none)."""
    names = doc.NamedRanges
    return names.getByName(name).getContent().replace("'", "") if names.hasByName(name) else None


def user_cells(sheet, first, last):
    """Every cell the user owns, by title: the scores and the justification
    (formula text, so a formula is compared as a formula), plus the weights
    and the band table."""
    rows = {}
    for r in range(first, last + 1):
        title = sheet.getCellByPosition(TITLE, r).getString()
        rows[title] = [sheet.getCellByPosition(c, r).getFormula() for c in (*range(SCORES, SCORES + 4), JUSTIFICATION)]
    weights = [sheet.getCellByPosition(c, WEIGHTS).getFormula() for c in range(SCORES, SCORES + 4)]
    bands = [(sheet.getCellByPosition(BAND_FROM, r).getFormula(), sheet.getCellByPosition(BAND_NAME, r).getFormula())
             for r in range(FIRST_BAND, FIRST_BAND + 5)]
    return rows, weights, bands


def whole_sheet(sheet):
    cursor = sheet.createCursor()
    cursor.gotoStartOfUsedArea(False)
    cursor.gotoEndOfUsedArea(True)
    return cursor.getFormulaArray()


class FirstRun(OfficeTestCase, unittest.TestCase):
    language = "en-US"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = staff_workbook(cls.office, STAFF[:-1])
        cls.doc.getUndoManager().clear()
        cls.result = run(cls.office, cls.doc)
        cls.undo_titles = list(cls.doc.getUndoManager().getAllUndoActionTitles())  # before the tests edit
        cls.sheet = cls.doc.Sheets.getByName(SHEET)

    def test_a_new_last_sheet_with_one_row_per_distinct_title(self):
        self.assertEqual(self.result, SHEET)
        self.assertEqual(self.doc.Sheets.ElementNames, ("Staff", SHEET))
        titles = [self.sheet.getCellByPosition(TITLE, FIRST + i).getString() for i in range(4)]
        self.assertEqual(titles, ["Cleaner", "Doctor", "Nurse", ""])  # "nurse " is Nurse

    def test_headcount_and_womens_share_are_live(self):
        cell = self.sheet.getCellByPosition
        # Cleaner 1 (0 women), Doctor 2 (1), Nurse 3 (2): counted from STAFF
        self.assertEqual([cell(HEADCOUNT, FIRST + i).getValue() for i in range(3)], [1, 2, 3])
        self.assertEqual([round(cell(WOMEN, FIRST + i).getValue(), 9) for i in range(3)],
                         [0, 0.5, round(2 / 3, 9)])
        self.assertTrue(cell(HEADCOUNT, FIRST).getFormula().startswith("=SUMPRODUCT("))
        # the cleaner (a man) becomes a nurse: the counts follow without running again
        title = self.doc.Sheets.getByName("Staff").getCellRangeByName("C7")
        title.setString(" NURSE")
        self.doc.calculateAll()
        self.assertEqual(cell(HEADCOUNT, FIRST).getValue(), 0)
        self.assertEqual(cell(WOMEN, FIRST).getString(), "\u2013")
        self.assertEqual(cell(HEADCOUNT, FIRST + 2).getValue(), 4)
        self.assertEqual(cell(WOMEN, FIRST + 2).getValue(), 0.5)
        title.setString("Cleaner")
        self.doc.calculateAll()

    def test_scores_give_points_and_a_category(self):
        cell = self.sheet.getCellByPosition
        self.assertEqual([cell(c, FIRST).getType().value for c in range(SCORES, SCORES + 4)], ["EMPTY"] * 4)
        self.assertEqual(cell(POINTS, FIRST).getString(), "")
        self.assertEqual(cell(CATEGORY, FIRST).getString(), "")
        for c, score in enumerate([1, 2, 3, 4]):
            cell(SCORES + c, FIRST).setValue(score)
        for c in range(4):
            cell(SCORES + c, FIRST + 1).setValue(5)
        self.doc.calculateAll()
        # by hand: 100 x 0.25 x (0 + 1 + 2 + 3) / (4 x 1) = 37.5 -> the band from 20; all 5 -> 100
        self.assertAlmostEqual(cell(POINTS, FIRST).getValue(), 37.5)
        self.assertEqual(cell(CATEGORY, FIRST).getString(), "Category 2")
        self.assertAlmostEqual(cell(POINTS, FIRST + 1).getValue(), 100)
        self.assertEqual(cell(CATEGORY, FIRST + 1).getString(), "Category 5")
        # a weight changed by the user: (0.7 x 0 + 0.1 x 1 + 0.1 x 2 + 0.1 x 3) / 4 = 15 %
        for c, w in enumerate([0.7, 0.1, 0.1, 0.1]):
            cell(SCORES + c, WEIGHTS).setValue(w)
        self.doc.calculateAll()
        self.assertAlmostEqual(cell(POINTS, FIRST).getValue(), 15)
        self.assertEqual(cell(CATEGORY, FIRST).getString(), "Category 1")
        for c in range(4):
            cell(SCORES + c, WEIGHTS).setValue(0.25)
            cell(SCORES + c, FIRST).setString("")
            cell(SCORES + c, FIRST + 1).setString("")

    def test_defaults_weights_bands_and_validation(self):
        cell = self.sheet.getCellByPosition
        self.assertEqual([cell(c, WEIGHTS).getValue() for c in range(SCORES, SCORES + 4)], [0.25] * 4)
        self.assertEqual([cell(BAND_FROM, FIRST_BAND + i).getValue() for i in range(5)], [0, 20, 40, 60, 80])
        self.assertEqual([cell(BAND_NAME, FIRST_BAND + i).getString() for i in range(5)],
                         ["Category %d" % i for i in range(1, 6)])
        validation = self.sheet.getCellRangeByName("D7:G9").Validation
        self.assertEqual(validation.Type, WHOLE)
        self.assertEqual((validation.getFormula1(), validation.getFormula2()), ("1", "5"))

    def test_named_ranges_cover_exactly_the_table(self):
        self.assertEqual(name_content(self.doc, "LigestatJobTitles"), "$Job evaluation.$A$7:$A$9")
        self.assertEqual(name_content(self.doc, "LigestatJobCategories"), "$Job evaluation.$I$7:$I$9")

    def test_one_undo_step(self):
        self.assertEqual(self.undo_titles, ["Job evaluation"])


class Rerun(OfficeTestCase, unittest.TestCase):
    """Every user cell entered, the data changed (a title added, one removed),
    the command run again: every user cell is where its title is, unchanged."""
    language = "en-US"

    def setUp(self):
        self.doc = staff_workbook(self.office, STAFF[:-1])
        self.assertEqual(run(self.office, self.doc), SHEET)
        self.sheet = self.doc.Sheets.getByName(SHEET)
        cell = self.sheet.getCellByPosition
        entries = {0: ([2, 1, 3, 5], "night shifts"), 1: ([5, 5, 4, "=2+2"], "=\"ref \"&B8"), 2: ([3, 3, 3, 3], "")}
        for r, (scores, note) in entries.items():
            for c, value in enumerate(scores):
                target = cell(SCORES + c, FIRST + r)
                target.setFormula(value) if isinstance(value, str) else target.setValue(value)
            cell(JUSTIFICATION, FIRST + r).setFormula(note)
        for c, w in enumerate([0.4, 0.2, 0.2, 0.2]):
            cell(SCORES + c, WEIGHTS).setValue(w)
        cell(BAND_NAME, FIRST_BAND + 4).setString("Senior specialists")
        cell(BAND_FROM, FIRST_BAND + 1).setFormula("=10+15")
        self.entered = user_cells(self.sheet, FIRST, FIRST + 2)
        # the data changes: the cleaner leaves, a porter comes
        staff = self.doc.Sheets.getByName("Staff")
        staff.getCellRangeByName("A7:D7").clearContents(7)
        Sheet(self.doc).put_rows("A7", [STAFF[-1]])
        self.doc.getUndoManager().clear()
        self.before = (whole_sheet(self.sheet), name_content(self.doc, "LigestatJobTitles"),
                       name_content(self.doc, "LigestatJobCategories"))
        self.assertEqual(run(self.office, self.doc), SHEET)

    def tearDown(self):
        self.doc.setModified(False)
        self.doc.close(True)

    def test_every_user_cell_survives_cell_by_cell(self):
        rows, weights, bands = user_cells(self.sheet, FIRST, FIRST + 3)
        old_rows, old_weights, old_bands = self.entered
        for title, cells in old_rows.items():
            self.assertEqual(rows[title], cells, title)
        self.assertEqual(weights, old_weights)
        self.assertEqual(bands, old_bands)
        self.assertEqual(rows["Porter"], ["", "", "", "", ""])
        self.assertEqual(self.doc.Sheets.ElementNames, ("Staff", SHEET))

    def test_gone_title_kept_and_marked_new_title_appended(self):
        cell = self.sheet.getCellByPosition
        self.assertEqual([cell(TITLE, FIRST + i).getString() for i in range(4)],
                         ["Cleaner", "Doctor", "Nurse", "Porter"])
        self.assertEqual([cell(STATUS, FIRST + i).getString() for i in range(4)],
                         ["no longer in the data", "", "", "new"])
        self.assertEqual(cell(HEADCOUNT, FIRST).getValue(), 0)
        self.assertEqual(cell(HEADCOUNT, FIRST + 3).getValue(), 1)
        self.assertEqual(name_content(self.doc, "LigestatJobTitles"), "$Job evaluation.$A$7:$A$10")
        self.assertEqual(name_content(self.doc, "LigestatJobCategories"), "$Job evaluation.$I$7:$I$10")

    def test_points_use_the_kept_weights_and_bands(self):
        self.doc.calculateAll()
        cell = self.sheet.getCellByPosition
        # Doctor 5,5,4,4 with 0.4/0.2/0.2/0.2: 100 x (0.4x4 + 0.2x4 + 0.2x3 + 0.2x3) / 4 = 90 -> "Senior specialists"
        self.assertAlmostEqual(cell(POINTS, FIRST + 1).getValue(), 90)
        self.assertEqual(cell(CATEGORY, FIRST + 1).getString(), "Senior specialists")
        # Nurse 3,3,3,3: 50 -> the band from 40 ("Category 3")
        self.assertAlmostEqual(cell(POINTS, FIRST + 2).getValue(), 50)
        self.assertEqual(cell(CATEGORY, FIRST + 2).getString(), "Category 3")

    def test_one_undo_step_restores_the_sheet_and_the_names(self):
        undo = self.doc.getUndoManager()
        self.assertEqual(list(undo.getAllUndoActionTitles()), ["Job evaluation"])
        undo.undo()
        after = (whole_sheet(self.sheet), name_content(self.doc, "LigestatJobTitles"),
                 name_content(self.doc, "LigestatJobCategories"))
        self.assertEqual(after, self.before)

    def test_running_a_third_time_changes_nothing_the_user_entered(self):
        first = user_cells(self.sheet, FIRST, FIRST + 3)
        self.assertEqual(run(self.office, self.doc), SHEET)
        self.assertEqual(user_cells(self.sheet, FIRST, FIRST + 3), first)
        self.assertEqual(self.sheet.getCellByPosition(STATUS, FIRST + 3).getString(), "")  # no longer new


class TakenNameAndBadInput(OfficeTestCase, unittest.TestCase):
    language = "en-US"

    def tearDown(self):
        self.doc.setModified(False)
        self.doc.close(True)

    def test_a_users_sheet_of_that_name_gets_a_suffixed_neighbour_and_stays(self):
        self.doc = staff_workbook(self.office, STAFF[:3])
        self.doc.Sheets.insertNewByName(SHEET, 1)
        Sheet(self.doc, 1).put_rows("A1", [["mine"]])
        self.assertEqual(run(self.office, self.doc), SHEET + " (2)")
        self.assertEqual(self.doc.Sheets.getByName(SHEET).getCellByPosition(0, 0).getString(), "mine")
        self.assertEqual(name_content(self.doc, "LigestatJobTitles"), "$Job evaluation (2).$A$7:$A$7")
        # a rerun finds its own sheet through the name, not by the sheet name
        self.assertEqual(run(self.office, self.doc), SHEET + " (2)")
        self.assertEqual(len(self.doc.Sheets.ElementNames), 3)

    def test_a_deleted_sheet_is_made_again_and_the_names_follow(self):
        self.doc = staff_workbook(self.office, STAFF[:3])
        self.assertEqual(run(self.office, self.doc), SHEET)
        self.doc.Sheets.removeByName(SHEET)  # the names now refer to nothing
        self.assertEqual(run(self.office, self.doc), SHEET)
        self.assertEqual(name_content(self.doc, "LigestatJobTitles"), "$Job evaluation.$A$7:$A$7")
        self.assertEqual(self.doc.NamedRanges.getByName("LigestatJobCategories").getReferredCells().getRangeAddress().Sheet, 1)

    def assertNothingWritten(self, message, *words):
        self.assertEqual(self.doc.Sheets.ElementNames, self.sheets)
        self.assertEqual(self.doc.getUndoManager().getAllUndoActionTitles(), ())
        self.assertFalse(self.doc.NamedRanges.hasByName("LigestatJobTitles"))
        for word in words:
            self.assertIn(word, message or "")

    def test_no_job_title_column_writes_nothing(self):
        self.doc = staff_workbook(self.office, [[row[0], row[1], row[3]] for row in STAFF])
        self.sheets = self.doc.Sheets.ElementNames
        self.doc.getUndoManager().clear()
        self.assertNothingWritten(run(self.office, self.doc), "no job titles", "Job title")

    def test_an_empty_job_title_column_writes_nothing(self):
        self.doc = staff_workbook(self.office, [STAFF[0]] + [[r[0], r[1], "", r[3]] for r in STAFF[1:]])
        self.sheets = self.doc.Sheets.ElementNames
        self.doc.getUndoManager().clear()
        self.assertNothingWritten(run(self.office, self.doc), "no job titles")

    def test_an_empty_data_sheet_writes_nothing(self):
        self.doc = staff_workbook(self.office, [STAFF[0]])
        self.sheets = self.doc.Sheets.ElementNames
        self.doc.getUndoManager().clear()
        self.assertNothingWritten(run(self.office, self.doc), "no rows")

    def test_a_read_only_workbook_writes_nothing(self):
        written = self.office.save(staff_workbook(self.office, STAFF[:3]), "staff.ods")
        self.doc = self.office.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(written), "_blank", 0, props(Hidden=True, ReadOnly=True))
        self.sheets = self.doc.Sheets.ElementNames
        self.assertNothingWritten(run(self.office, self.doc), "read-only")

    def test_a_protected_job_evaluation_sheet_is_left_as_it_is(self):
        self.doc = staff_workbook(self.office, STAFF[:3])
        self.assertEqual(run(self.office, self.doc), SHEET)
        sheet = self.doc.Sheets.getByName(SHEET)
        sheet.protect("")
        before = whole_sheet(sheet)
        Sheet(self.doc).put_rows("C4", [["Porter"]])  # a new title that a rerun would add
        self.doc.getUndoManager().clear()
        message = run(self.office, self.doc)
        self.assertIn("protected", message or "")
        self.assertEqual(whole_sheet(sheet), before)
        self.assertEqual(self.doc.getUndoManager().getAllUndoActionTitles(), ())

    def test_an_empty_workbook_writes_nothing(self):
        self.doc = self.office.new_calc()
        self.sheets = self.doc.Sheets.ElementNames
        self.assertNothingWritten(run(self.office, self.doc), "No staff list")


class DanishFirstRunUndoInAWindow(OfficeTestCase, unittest.TestCase):
    """The first run's undo as a user does it, in a visible window (Xvfb):
    LibreOffice 7.4 crashes undoing a sheet insertion in a Hidden document."""
    language = "da-DK"
    gui = True

    def test_danish_sheet_and_undo_removes_sheet_and_names(self):
        doc = staff_workbook(self.office, [["Medarbejdernr", "Køn", "Stillingsbetegnelse"], [1, "K", "Sygeplejerske"]])
        try:
            doc.getUndoManager().clear()
            self.assertEqual(run(self.office, doc), "Stillingsvurdering")
            sheet = doc.Sheets.getByName("Stillingsvurdering")
            self.assertEqual(sheet.getCellByPosition(BAND_NAME, FIRST_BAND).getString(), "Kategori 1")
            self.assertEqual(name_content(doc, "LigestatJobTitles"), "$Stillingsvurdering.$A$7:$A$7")
            self.assertEqual(list(doc.getUndoManager().getAllUndoActionTitles()), ["Stillingsvurdering"])
            doc.getUndoManager().undo()
            self.assertEqual(doc.Sheets.ElementNames, ("Staff",))
            self.assertFalse(doc.NamedRanges.hasByName("LigestatJobTitles"))
            self.assertFalse(doc.NamedRanges.hasByName("LigestatJobCategories"))
        finally:
            doc.setModified(False)
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
