"""The sidebar's "Job evaluation" button in a real office window (Xvfb, gen
VCL plugin; issue 11): it is in the Actions panel in the UI language, it makes
the job evaluation sheet through the same command as the Data menu, and one
undo takes the whole result away again."""
import time
import unittest

from office import Sheet
from test_sidebar import ACTIONS, SidebarCase, label, press, undo_until_closed, wait_for

STAFF = [["Medarbejdernr", "Køn", "Stillingsbetegnelse"], [1, "K", "Laborant"], [2, "M", "Laborant"],
         [3, "K", "Forsker"]]


class ButtonInEnglish(SidebarCase, unittest.TestCase):
    language = "en-US"
    workbook = None  # a new document: the staff list is typed in by the test

    def test_the_button_makes_the_sheet_and_undo_removes_it(self):
        self.doc.Sheets.getByIndex(0).setName("Staff")
        Sheet(self.doc).put_rows("A1", STAFF)
        self.doc.getUndoManager().clear()
        button = self.control(ACTIONS, "job_evaluation")
        self.assertEqual(label(button), "Job evaluation")
        press(button)
        self.assertEqual(label(self.control(ACTIONS, "status")), "Making the job evaluation sheet…")
        # the panel dispatches asynchronously: wait for the sheet
        wait_for(lambda: self.doc.Sheets.hasByName("Job evaluation"), timeout=60, what="the job evaluation sheet")
        self.assertTrue(self.office.alive())
        sheet = self.doc.Sheets.getByName("Job evaluation")
        wait_for(lambda: sheet.getCellByPosition(0, 7).getString() == "Laborant", what="the table")
        self.assertEqual(sheet.getCellByPosition(0, 6).getString(), "Forsker")
        self.assertTrue(self.doc.NamedRanges.hasByName("LigestatJobTitles"))
        undo_until_closed(self.doc.getUndoManager())
        self.assertFalse(self.doc.Sheets.hasByName("Job evaluation"))
        self.assertFalse(self.doc.NamedRanges.hasByName("LigestatJobTitles"))
        self.doc.setModified(False)


class ButtonInDanish(SidebarCase, unittest.TestCase):
    language = "da-DK"

    def test_danish_label(self):
        self.assertEqual(label(self.control(ACTIONS, "job_evaluation")), "Stillingsvurdering")


if __name__ == "__main__":
    unittest.main()
