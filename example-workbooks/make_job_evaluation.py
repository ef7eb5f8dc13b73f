#!/usr/bin/python3
"""Adds the filled-in job evaluation sheet (analysis.md §2, "Job evaluation
sheet") to example-workbooks/ligestat-example-hr.ods. The sheet's layout has
one source, the add-in: this script loads the workbook that generate_hr.py
wrote in a real Danish office with the built extension, runs the
vnd.dk.ligestat:JobEvaluation command, types the scores and justifications of
SCORES below into it, and saves the workbook again.

    /usr/bin/python3 example-workbooks/generate_hr.py --all      # first: the staff list
    LIGESTAT_OXT=build/ligestat.oxt PYTHONPATH=scripts /usr/bin/python3 \\
        example-workbooks/make_job_evaluation.py [--workbook example-workbooks/ligestat-example-hr.ods]

The scores place the titles in five categories of workers (the default bands of
20 points, equal weights). Category 5 (management and professors) is the one
whose mean total-pay gap (Månedsløn + Tillæg) is 5 % or more, so PAYGAPTABLE
flags it "assessment needed" (art. 10); the other four stay under 5 %.
tests/integration/test_job_evaluation_example.py checks that from the CSV.
"""
import argparse
import os
import shutil

from office import Office, props

HERE = os.path.dirname(os.path.abspath(__file__))
WORKBOOK = os.path.join(HERE, "ligestat-example-hr.ods")
COMMAND = "vnd.dk.ligestat:JobEvaluation"
DATA_SHEET = "Medarbejdere"

# Title -> (skills, effort, responsibility, working conditions), 1-5, and the
# justification. Points = 100 x sum(score - 1) / 16 with the default weights.
SCORES = {
    # Category 1 (0-20 points)
    "Rengøringsassistent": ((1, 2, 1, 2), "Kort oplæring; fysisk arbejde på skiftende adresser."),
    "Servicemedarbejder": ((1, 2, 1, 2), "Kort oplæring; fysisk arbejde, løft."),
    "Pedel": ((2, 2, 1, 2), "Håndværksmæssig erfaring; tilkaldevagt."),
    "Dyrepasser": ((1, 2, 1, 3), "Dyrepasserkursus; arbejde i stalde, allergirisiko."),
    "IT-supporter": ((2, 1, 2, 1), "Erhvervsuddannelse; førstelinjesupport efter drejebog."),
    "Overassistent": ((2, 1, 2, 1), "Kontoruddannelse; faste procedurer."),
    "Laborant": ((2, 2, 1, 2), "Laborantuddannelse; rutineanalyser efter forskrift."),
    # Category 2 (20-40 points)
    "Kontorfuldmægtig": ((3, 2, 2, 1), "Kontoruddannelse med erfaring; selvstændig sagsbehandling."),
    "Sekretær": ((3, 2, 2, 1), "Sekretæruddannelse; ledelsesbetjening."),
    "Ph.d.-studerende": ((3, 3, 1, 1), "Kandidatgrad; forskeruddannelse under vejledning."),
    "Laboratorietekniker": ((3, 2, 2, 2), "Laborant med specialisering; ansvar for udstyr."),
    "Økonomimedarbejder": ((3, 2, 3, 1), "Økonomiuddannelse; ansvar for bogføring og afstemning."),
    # Category 3 (40-60 points)
    "Laboratoriekoordinator": ((3, 3, 3, 2), "Planlægger laboratoriets drift; koordinerer flere grupper."),
    "Kommunikationsmedarbejder": ((4, 3, 3, 1), "Kandidatgrad; ansvar for ekstern kommunikation."),
    "Akademisk medarbejder": ((4, 3, 3, 1), "Kandidatgrad; selvstændige opgaver."),
    "Fuldmægtig": ((4, 3, 3, 1), "Kandidatgrad; myndighedsopgaver."),
    "Postdoc": ((4, 4, 2, 1), "Ph.d.-grad; egen forskning i tidsbegrænset stilling."),
    "Forsker": ((4, 4, 3, 1), "Ph.d.-grad; egen forskning og vejledning."),
    # Category 4 (60-80 points)
    "Specialkonsulent": ((5, 4, 4, 1), "Kandidatgrad og specialistviden; faglig rådgivning af ledelsen."),
    "IT-udvikler": ((5, 4, 3, 2), "Datalogisk uddannelse; ansvar for systemer i drift."),
    "Læge": ((5, 4, 4, 3), "Lægeuddannelse; klinisk ansvar, vagter."),
    "Chefkonsulent": ((5, 4, 5, 1), "Specialist med ansvar for større projekter og budgetter."),
    "Seniorforsker": ((5, 4, 4, 1), "Ph.d.-grad og erfaring; ansvar for forskningsprojekter og midler."),
    "IT-medarbejder": ((4, 4, 4, 2), "IT-uddannelse; drift og sikkerhed for hele organisationen."),
    # Category 5 (80-100 points): the category that crosses 5 %
    "Professor": ((5, 5, 5, 2), "Højeste faglige niveau; ansvar for forskningsområde og personale."),
    "Afdelingschef": ((5, 5, 5, 2), "Ledelse af afdeling; budget- og personaleansvar."),
    "Direktør": ((5, 5, 5, 3), "Øverste ledelse; ansvar for hele organisationen."),
    "Funktionsleder": ((4, 5, 5, 3), "Ledelse af funktion; personaleansvar."),
    "Sektionsleder": ((4, 5, 5, 3), "Ledelse af sektion; personaleansvar."),
}

# The sheet's table (0-based): titles from row 7, scores in D..G, justification in J.
FIRST_ROW, TITLE_COL, FIRST_SCORE_COL, JUSTIFICATION_COL = 6, 0, 3, 9


def run_command(office, doc):
    frame = doc.getCurrentController().getFrame()
    helper = office.create("com.sun.star.frame.DispatchHelper")
    event = helper.executeDispatch(frame, COMMAND, "", 0, ())
    return event.Result if event is not None else None


def fill(sheet):
    """Types the scores and justifications into the rows the command made."""
    by_title = {title.casefold(): entry for title, entry in SCORES.items()}
    filled = set()
    row = FIRST_ROW
    while sheet.getCellByPosition(TITLE_COL, row).getString():
        title = sheet.getCellByPosition(TITLE_COL, row).getString().strip().casefold()
        if title not in by_title:
            raise SystemExit("no scores for the title %r: add it to SCORES" % title)
        scores, justification = by_title[title]
        for i, score in enumerate(scores):
            sheet.getCellByPosition(FIRST_SCORE_COL + i, row).setValue(score)
        sheet.getCellByPosition(JUSTIFICATION_COL, row).setString(justification)
        filled.add(title)
        row += 1
    missing = set(by_title) - filled
    if missing:
        raise SystemExit("titles of SCORES not on the sheet: %s" % sorted(missing))


def build(office, workbook):
    doc = office.load(workbook)
    # The command reads the active sheet's staff list: this year's, not last year's.
    doc.getCurrentController().setActiveSheet(doc.Sheets.getByName(DATA_SHEET))
    sheet_name = run_command(office, doc)
    if sheet_name not in doc.Sheets.ElementNames:
        raise SystemExit("the command did not make the sheet: %r" % sheet_name)
    sheet = doc.Sheets.getByName(sheet_name)
    fill(sheet)
    doc.calculateAll()
    # The staff list stays the sheet a reader (and the sidebar) opens on.
    doc.getCurrentController().setActiveSheet(doc.Sheets.getByName(DATA_SHEET))
    written = office.save(doc, os.path.basename(workbook))
    doc.setModified(False)
    doc.close(True)
    shutil.copy(written, workbook)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workbook", default=WORKBOOK, help="the workbook generate_hr.py wrote (changed in place)")
    args = parser.parse_args()
    with Office(language="da-DK") as office:
        build(office, os.path.abspath(args.workbook))
    print("added the job evaluation sheet to", args.workbook)


if __name__ == "__main__":
    main()
