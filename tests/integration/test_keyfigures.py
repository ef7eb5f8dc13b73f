"""The one-click key-figure sheet on the example workbook in a real Danish
office: the published figures appear (expectations computed from the CSV or
by counting in Python; the EU sections 6, 7 and 10 are checked in
test_keyfigures_eu.py), suppressed pay indices show "–", the user's sheets are
unchanged cell by cell, undo removes the whole result, and the figures follow
edits to the data."""
import unittest
from collections import Counter

from keyfigure_helpers import (DASH, EXAMPLE_ODS, EXAMPLE_SHEETS, GENERATE, GENERATE_VALUES, config_node, dispatch,
                               expected_pay_index, gender, number, query_dispatch, snapshot, staff, table,
                               used_formulas, used_rows, user_property)
from office import OfficeTestCase

SHEET = "Nøgletal"


class GeneratedOnTheExample(OfficeTestCase, unittest.TestCase):
    """One generation, many checks of what it produced."""
    language = "da-DK"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = cls.office.load(EXAMPLE_ODS)
        cls.before = snapshot(cls.doc)
        cls.survey_answers = [row[0] for row in used_rows(cls.doc.Sheets.getByName("Spørgeskema"))[1:]]
        dispatch(cls.office, cls.doc, GENERATE)
        cls.sheet = cls.doc.Sheets.getByName(SHEET)
        cls.rows = used_rows(cls.sheet)
        cls.staff = staff()

    def test_a_new_last_sheet_named_nøgletal(self):
        self.assertEqual(self.doc.Sheets.ElementNames, EXAMPLE_SHEETS + (SHEET,))

    def test_overview(self):
        rows = self.staff
        women = sum(1 for r in rows if gender(r["Køn"]) == "K")
        men = sum(1 for r in rows if gender(r["Køn"]) == "M")
        fte = sum(number(r["Årsværk"]) for r in rows)
        self.assertEqual((len(rows), women, men, round(fte, 6)), (909, 573, 336, 849))  # the published figures
        overview = table(self.rows, "1. Overblik")
        self.assertEqual(overview["Alle medarbejdere"][1], len(rows))
        self.assertAlmostEqual(overview["Alle medarbejdere"][3], fte, places=6)
        self.assertEqual(overview["Kvinder"][1], women)
        self.assertEqual(round(overview["Kvinder"][2] * 100), 63)
        self.assertAlmostEqual(overview["Kvinder"][2], women / len(rows), places=12)
        self.assertEqual(overview["Mænd"][1], men)
        self.assertEqual(round(overview["Mænd"][2] * 100), 37)
        self.assertEqual(overview["Andet eller ukendt køn"][1], 0)

    def test_staff_categories_of_at_least_8(self):
        counts = Counter((r["Personalekategori"], gender(r["Køn"])) for r in self.staff)
        sizes = Counter(r["Personalekategori"] for r in self.staff)
        categories = table(self.rows, "3. Køn efter personalekategori")
        self.assertEqual(set(categories), {c for c, n in sizes.items() if n >= 8})
        for name, row in categories.items():
            self.assertEqual(row[1:4], (counts[(name, "K")], counts[(name, "M")], sizes[name]), name)
        lab, academics = categories["Laboratoriepersonale"], categories["Akademikere"]
        self.assertEqual((lab[3], lab[1], round(lab[4] * 100)), (181, 139, 77))
        self.assertEqual((academics[3], academics[1], round(academics[4] * 100)), (201, 105, 52))
        # balance flags from GENDERBALANCE: 52/48 is balanced, 77/23 is below the 40 % target
        self.assertIn(academics[6], ("balanceret", "balanced"))
        self.assertIn(lab[6], ("under mål", "below target"))

    def test_management_levels(self):
        levels = table(self.rows, "4. Køn efter ledelsesniveau")
        self.assertEqual(levels["Sektionsleder"][4], 0.5)
        self.assertEqual((levels["Funktionsleder"][1], levels["Funktionsleder"][3]), (3, 4))
        self.assertEqual(list(levels)[:2], ["Direktion", "Afdelingschef"])  # top management first

    def test_pay_index_per_title_and_suppressed_titles(self):
        expected = expected_pay_index(self.staff)
        shown = table(self.rows, "5. Lønindeks efter stillingsbetegnelse")
        self.assertEqual({t.casefold() for t in shown}, set(expected))  # top management titles are not listed
        self.assertNotIn("Direktør", shown)
        suppressed = set()
        for title, row in shown.items():
            want = expected[title.casefold()]
            if want is None:
                suppressed.add(title)
                self.assertEqual(row[3], DASH, title)
            else:
                self.assertAlmostEqual(row[3], want, places=6, msg=title)
        self.assertEqual(suppressed, {"Laboratoriekoordinator", "Funktionsleder", "Professor", "Sekretær",
                                      "IT-supporter", "Rengøringsassistent", "Pedel", "Dyrepasser", "Læge"})
        notes = [row[0] for row in self.rows]
        self.assertIn("\"–\": ikke vist, fordi kvinder eller mænd har under 3 årsværk i stillingen.", notes)

    def test_pay_index_band_is_highlighted(self):
        start = next(i for i, row in enumerate(self.rows) if row[0] == "Laborant")
        entries = self.sheet.getCellByPosition(3, start).ConditionalFormat
        self.assertEqual(entries.getCount(), 2)
        in_band = entries.getByIndex(0)
        self.assertEqual((in_band.getFormula1(), in_band.getFormula2()), ("95", "105"))
        self.assertEqual(in_band.getStyleName(), "Ligestat in band")

    def test_survey_shares_and_n(self):
        answers = Counter(a.strip() for a in self.survey_answers if a.strip())
        n = sum(answers.values())
        survey = table(self.rows, "Spørgeskema")
        self.assertEqual(survey["N (alle svar)"][1], n)
        self.assertEqual(n, 790)
        order = ["I meget høj grad", "I høj grad", "I nogen grad", "I ringe grad", "Slet ikke", "Ved ikke"]
        self.assertEqual(list(survey)[:6], order)
        self.assertEqual([round(survey[a][2] * 100) for a in order], [12, 39, 29, 11, 4, 5])
        for a in order:
            self.assertEqual(survey[a][1], answers[a])

    def test_data_notes(self):
        notes = table(self.rows, "Noter om data")
        self.assertEqual(notes["Ukendt eller andet køn"][1], 0)
        self.assertEqual(notes["Topledelse"][1], 8)          # 3 Direktion + 5 Afdelingschef
        self.assertEqual(notes["Lille eller ingen personalekategori"][1], 10)  # Dyrepassere 6 + Læger 4
        self.assertEqual(notes["Stillinger uden lønindeks"][1], 9)

    def test_figures_are_live_formulas_with_absolute_references(self):
        overview_row = next(i for i, row in enumerate(self.rows) if row[0] == "Alle medarbejdere")
        formula = self.sheet.getCellByPosition(1, overview_row).getFormula()
        self.assertTrue(formula.startswith("=SUMPRODUCT("), formula)
        self.assertIn("$Medarbejdere.$A$2:$A$910", formula)

    def test_charts(self):
        index = len(EXAMPLE_SHEETS)  # chart names carry the sheet's index
        self.assertEqual(set(self.sheet.getCharts().getElementNames()),
                         {"LigestatAge%d" % index, "LigestatCategories%d" % index})

    def test_user_sheets_unchanged_cell_by_cell(self):
        after = snapshot(self.doc)
        for name, content in self.before.items():
            self.assertEqual(after[name], content, name)

    def test_no_cpr_number_in_the_output(self):
        texts = {str(v) for row in self.rows for v in row}
        for r in self.staff:
            self.assertNotIn(r["CPR"], texts)
        for row in used_formulas(self.sheet):
            for formula in row:
                # the CPR column ($B) is not even referenced when gender and birth date exist
                self.assertNotIn("$Medarbejdere.$B$", formula)

    def test_command_is_reachable_from_menu_and_url_and_no_floating_toolbar(self):
        self.assertIsNotNone(query_dispatch(self.doc, GENERATE))
        self.assertIsNotNone(query_dispatch(self.doc, GENERATE_VALUES))
        menus = config_node(self.office, "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBarMerging")
        merge = menus.getByName("dk.ligestat.keyfigures").getByName("DataMenu")
        self.assertEqual(merge.getByName("MergePoint"), ".uno:DataMenu\\.uno:DataSort")
        self.assertEqual(merge.getByName("MergeContext"), "com.sun.star.sheet.SpreadsheetDocument")
        self.assertEqual(merge.getByName("MenuItems").getByName("m1").getByName("URL"), GENERATE)
        # no add-on toolbar: it opened as an untitled floating window over the font box (issue 9)
        toolbar = config_node(self.office, "/org.openoffice.Office.Addons/AddonUI/OfficeToolBar")
        self.assertFalse(toolbar.hasByName("dk.ligestat.toolbar"))


class GenerationChangesNothingElse(OfficeTestCase, unittest.TestCase):
    """Generations that each need a fresh copy of the workbook."""
    language = "da-DK"

    def setUp(self):
        self.doc = self.office.load(EXAMPLE_ODS)

    def tearDown(self):
        self.doc.setModified(False)
        self.doc.close(True)

    def test_a_taken_name_gets_a_suffix(self):
        dispatch(self.office, self.doc, GENERATE)
        dispatch(self.office, self.doc, GENERATE)
        self.assertEqual(self.doc.Sheets.ElementNames[-2:], (SHEET, SHEET + " (2)"))

    def test_editing_a_pay_cell_changes_the_affected_index(self):
        dispatch(self.office, self.doc, GENERATE)
        sheet = self.doc.Sheets.getByName(SHEET)
        rows = used_rows(sheet)
        laborant = next(i for i, row in enumerate(rows) if row[0] == "Laborant")
        fuldmægtig = next(i for i, row in enumerate(rows) if row[0] == "Fuldmægtig")
        staff_rows = staff()
        # the first Laborant woman gets 10,000 more; compute the new index from the CSV
        target = next(i for i, r in enumerate(staff_rows)
                      if r["Stillingsbetegnelse"].strip().casefold() == "laborant" and gender(r["Køn"]) == "K")
        staff_rows[target]["Månedsløn"] = str(number(staff_rows[target]["Månedsløn"]) + 10000)
        data = self.doc.Sheets.getByName("Medarbejdere")
        pay_cell = data.getCellByPosition(8, target + 1)
        pay_cell.setValue(pay_cell.getValue() + 10000)
        self.doc.calculateAll()
        new = expected_pay_index(staff_rows)
        self.assertAlmostEqual(sheet.getCellByPosition(3, laborant).getValue(), new["laborant"], places=6)
        self.assertGreater(new["laborant"], expected_pay_index(staff())["laborant"])
        # another title is unaffected
        self.assertAlmostEqual(sheet.getCellByPosition(3, fuldmægtig).getValue(), new["fuldmægtig"], places=6)

    def test_settings_in_the_document_change_the_rules(self):
        user_property(self.doc, "Ligestat.minCategorySize", "150")
        user_property(self.doc, "Ligestat.minFtePerGender", "10")
        dispatch(self.office, self.doc, GENERATE)
        rows = used_rows(self.doc.Sheets.getByName(SHEET))
        categories = table(rows, "3. Køn efter personalekategori")
        self.assertEqual(set(categories), {"Akademikere", "Laboratoriepersonale", "Teknisk-administrativt personale"})
        titles = table(rows, "5. Lønindeks efter stillingsbetegnelse")
        expected = expected_pay_index(staff(), min_fte=10)
        for title, row in titles.items():
            if expected[title.casefold()] is None:
                self.assertEqual(row[3], DASH, title)
            else:
                self.assertAlmostEqual(row[3], expected[title.casefold()], places=6)
        self.assertEqual(row_with(rows, "Chefkonsulent")[3], DASH)  # 9.7 women FTE < 10


class UndoInAWindow(OfficeTestCase, unittest.TestCase):
    """Undo as a user does it, in a visible window (Xvfb). LibreOffice 7.4
    crashes undoing any sheet insertion in a Hidden document, ours or not."""
    language = "da-DK"
    gui = True

    def setUp(self):
        self.doc = self.office.load(EXAMPLE_ODS)

    def tearDown(self):
        self.doc.setModified(False)
        self.doc.close(True)

    def test_undo_removes_the_whole_result(self):
        before = snapshot(self.doc)
        dispatch(self.office, self.doc, GENERATE)
        self.assertIn(SHEET, self.doc.Sheets.ElementNames)
        self.doc.getUndoManager().undo()
        self.assertEqual(self.doc.Sheets.ElementNames, EXAMPLE_SHEETS)
        self.assertEqual(snapshot(self.doc), before)
        self.doc.getUndoManager().redo()
        self.assertIn(SHEET, self.doc.Sheets.ElementNames)


def row_with(rows, label):
    return next(row for row in rows if row[0] == label)


if __name__ == "__main__":
    unittest.main()
