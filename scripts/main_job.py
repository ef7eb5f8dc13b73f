"""The main job: the example workbook opened in a real office with Ligestat
installed, the key-figure sheet generated with one command (as the Data menu
does), and three files written:

  ligestat-key-figures.ods    the key-figure sheet alone, as values: the file
                              people share, so it holds no staff list
  ligestat-key-figures.pdf    the same sheet as a PDF
  ligestat-example-with-staff-list.ods
                              the live workbook (formulas over the staff
                              sheet): it holds every CPR number and pay, and
                              its name says so
"""
import argparse
import os
import shutil
import time

import uno

from office import Office, props

GENERATE = "vnd.dk.ligestat:GenerateKeyFigures"
GENERATE_VALUES = "vnd.dk.ligestat:GenerateKeyFigureValues"
KEY_FIGURES = "ligestat-key-figures"
WITH_STAFF_LIST = "ligestat-example-with-staff-list"


def generate_key_figures(office, doc, command=GENERATE):
    """Dispatches the command through the document's frame; returns the new sheet."""
    before = set(doc.Sheets.ElementNames)
    frame = doc.getCurrentController().getFrame()
    office.create("com.sun.star.frame.DispatchHelper").executeDispatch(frame, command, "", 0, ())
    added = [name for name in doc.Sheets.ElementNames if name not in before]
    if not added:
        raise SystemExit("the key-figure command made no sheet: is the extension installed?")
    return doc.Sheets.getByName(added[0])


def used_area(sheet):
    cursor = sheet.createCursor()
    cursor.gotoStartOfUsedArea(False)
    cursor.gotoEndOfUsedArea(True)
    return cursor


def keep_only(doc, sheet):
    """Removes every other sheet: the values sheet refers to none of them."""
    keep = sheet.getName()
    for name in doc.Sheets.ElementNames:
        if name != keep:
            doc.Sheets.removeByName(name)


def write_live_workbook(office, path):
    """The workbook with the live (formula) key-figure sheet beside the staff list."""
    doc = office.load(path)
    try:
        started = time.perf_counter()
        sheet = generate_key_figures(office, doc)
        doc.calculateAll()
        print("generated the sheet %r in %.2f s" % (sheet.getName(), time.perf_counter() - started))
        return [office.save(doc, WITH_STAFF_LIST + ".ods", "calc8")]
    finally:
        doc.setModified(False)
        doc.close(True)


def write_key_figures(office, path):
    """The key-figure sheet alone, as values, in .ods and .pdf."""
    doc = office.load(path)
    try:
        sheet = generate_key_figures(office, doc, GENERATE_VALUES)
        keep_only(doc, sheet)
        ods = office.save(doc, KEY_FIGURES + ".ods", "calc8")
        # The used area as the selection: hidden helper columns stay off the pages.
        filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", props(Selection=used_area(sheet)))
        doc.storeToURL(office.url(KEY_FIGURES + ".pdf"),
                       props(FilterName="calc_pdf_Export", FilterData=filter_data))
        return [ods, office.path(KEY_FIGURES + ".pdf")]
    finally:
        doc.setModified(False)
        doc.close(True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workbook", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--language", default="da-DK", help="the office UI language (da-DK: sheet \"Nøgletal\")")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    with Office(language=args.language) as office:
        written = write_key_figures(office, args.workbook) + write_live_workbook(office, args.workbook)
        for path in written:
            target = os.path.join(args.out, os.path.basename(path))
            shutil.copy(path, target)
            print("wrote", os.path.abspath(target))


if __name__ == "__main__":
    main()
