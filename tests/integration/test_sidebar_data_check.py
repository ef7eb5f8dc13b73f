"""The sidebar on a real export (issue 9, items 4 and 8), in a Danish office
window (Xvfb): Check data counts text that looks like a number per column,
apart from missing cells and from text that is no number; Convert turns
exactly those cells into numbers, as one undo step; and the Data panel follows
a switch of the active sheet without Refresh. Every expected number is read
off the rows below by hand with Danish separators ('.' thousands, ',' decimal)."""
import unittest

from office import Sheet
from test_sidebar import ACTIONS, DATA, SidebarCase, label, press, wait_for

STAFF = [
    ("Køn", "Løn", "Årsværk", "Alder", "Note"),
    ("K", "kr. 41.963", 1, 40, "1.234"),     # row 2: pay 41963; the note is no column of ours
    ("M", "36.387 kr.", "80 %", 50, "x"),    # row 3: pay 36387, FTE 0.8
    ("K", "41.963,50", None, "45", None),    # row 4: pay 41963.5, FTE missing, age 45
    ("M", 30000, "en", 35, "2,5"),           # row 5: FTE "en" is text, no number
    ("K", "ukendt", 1, 30, None),            # row 6: pay "ukendt" is text, no number
]
# Cell -> the number Convert must write (and the text undo must bring back).
CONVERTED = {"B2": (41963, "kr. 41.963"), "B3": (36387, "36.387 kr."), "B4": (41963.5, "41.963,50"),
             "C3": (0.8, "80 %"), "D4": (45, "45")}
TEXT, VALUE, EMPTY = "TEXT", "VALUE", "EMPTY"   # com.sun.star.table.CellContentType


def content(cell):
    return cell.getType().value


UNTOUCHED_TEXT = {"B6": "ukendt", "C5": "en", "E2": "1.234", "E5": "2,5", "A2": "K"}


class DanishExport(SidebarCase, unittest.TestCase):
    language = "da-DK"
    workbook = None

    def setUp(self):
        super().setUp()
        self.sheet = Sheet(self.doc)
        self.sheet.sheet.setName("Personale")
        self.sheet.put_rows("A1", STAFF)

    def count(self, key):
        return label(self.control(ACTIONS, "count." + key))

    def check(self):
        press(self.control(ACTIONS, "check"))
        wait_for(lambda: self.count("number_as_text") != "–", what="the check")

    def test_number_like_text_is_counted_per_column_apart_from_missing_and_text(self):
        self.check()
        self.assertEqual(self.count("number_as_text"), "5")   # B2 B3 B4, C3, D4
        self.assertEqual(label(self.control(ACTIONS, "detail.number_as_text")), "Løn 3, Årsværk 1, Alder 1")
        self.assertEqual(self.count("missing_fte"), "1")      # C4 only: "en" is not missing
        self.assertEqual(self.count("text_fte"), "1")         # C5
        self.assertEqual(self.count("text_pay"), "1")         # B6
        self.assertEqual(self.count("missing_pay"), "0")
        self.assertTrue(self.control(ACTIONS, "convert.number_as_text").isEnabled())
        # Checking changed nothing.
        for name in CONVERTED:
            self.assertEqual(content(self.sheet.cell(name)), TEXT, name)

    def test_convert_turns_exactly_those_cells_into_numbers_as_one_undo_step(self):
        self.check()
        undo = self.doc.getUndoManager()
        undo.clear()
        press(self.control(ACTIONS, "convert.number_as_text"))
        wait_for(lambda: content(self.sheet.cell("B2")) == VALUE, what="the conversion")
        for name, (number, _) in CONVERTED.items():
            with self.subTest(cell=name):
                self.assertEqual(content(self.sheet.cell(name)), VALUE)
                self.assertAlmostEqual(self.sheet.cell(name).getValue(), number, places=9)
        for name, text in UNTOUCHED_TEXT.items():
            with self.subTest(cell=name):
                self.assertEqual(content(self.sheet.cell(name)), TEXT)
                self.assertEqual(self.sheet.cell(name).getString(), text)
        self.assertEqual(content(self.sheet.cell("C4")), EMPTY)  # the missing FTE stays empty
        # The check ran again: nothing left to convert.
        self.assertEqual(self.count("number_as_text"), "0")
        self.assertFalse(self.control(ACTIONS, "convert.number_as_text").isEnabled())

        # One undo brings every converted cell back as the text it was.
        self.assertEqual(len(undo.getAllUndoActionTitles()), 1)
        undo.undo()
        for name, (_, text) in CONVERTED.items():
            with self.subTest(undone=name):
                self.assertEqual(content(self.sheet.cell(name)), TEXT)
                self.assertEqual(self.sheet.cell(name).getString(), text)
        self.assertFalse(undo.isUndoPossible())

    def test_the_data_panel_follows_a_switch_of_the_active_sheet(self):
        self.doc.Sheets.insertNewByName("Andet", 1)
        other = Sheet(self.doc, 1)
        other.put_rows("A1", [("Medarbejdernr", "Køn", "Månedsløn"), (1, "K", 30000), (2, "M", 31000)])
        info = self.control(DATA, "info")
        self.controller.setActiveSheet(other.sheet)
        wait_for(lambda: label(info).startswith("Andet:"), what="the panel to show the new sheet")
        self.assertEqual(label(info), "Andet: A1:C3, 2 rækker")
        self.assertEqual(self.control(DATA, "column.pay").getSelectedItem(), "Månedsløn")
        self.controller.setActiveSheet(self.sheet.sheet)
        wait_for(lambda: label(info).startswith("Personale:"), what="the panel to follow back")
        self.assertEqual(label(info), "Personale: A1:E6, 5 rækker")
        self.assertEqual(self.control(DATA, "column.pay").getSelectedItem(), "Løn")


if __name__ == "__main__":
    unittest.main()
