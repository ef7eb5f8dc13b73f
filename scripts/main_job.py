"""The main job: the example workbook opened in a real office with Ligestat
installed, the key-figure sheet generated with one command (as the Data menu
does), the workbook saved as .ods and the key-figure sheet alone as .pdf."""
import argparse
import os
import shutil
import time

import uno

from office import Office, props

GENERATE = "vnd.dk.ligestat:GenerateKeyFigures"
OUT_NAME = "ligestat-key-figures"


def generate_key_figures(office, doc):
    """Dispatches the command through the document's frame; returns the new sheet."""
    before = set(doc.Sheets.ElementNames)
    frame = doc.getCurrentController().getFrame()
    office.create("com.sun.star.frame.DispatchHelper").executeDispatch(frame, GENERATE, "", 0, ())
    added = [name for name in doc.Sheets.ElementNames if name not in before]
    if not added:
        raise SystemExit("the key-figure command made no sheet: is the extension installed?")
    return doc.Sheets.getByName(added[0])


def used_area(sheet):
    cursor = sheet.createCursor()
    cursor.gotoStartOfUsedArea(False)
    cursor.gotoEndOfUsedArea(True)
    return cursor


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workbook", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--language", default="da-DK", help="the office UI language (da-DK: sheet \"Nøgletal\")")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    with Office(language=args.language) as office:
        doc = office.load(args.workbook)
        started = time.perf_counter()
        sheet = generate_key_figures(office, doc)
        doc.calculateAll()
        print("generated the sheet %r in %.2f s" % (sheet.getName(), time.perf_counter() - started))

        ods = office.save(doc, OUT_NAME + ".ods", "calc8")
        # The PDF holds just the key-figure sheet: its used area is the selection.
        filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", props(Selection=used_area(sheet)))
        doc.storeToURL(office.url(OUT_NAME + ".pdf"), props(FilterName="calc_pdf_Export", FilterData=filter_data))
        for written in (ods, office.path(OUT_NAME + ".pdf")):
            target = os.path.join(args.out, os.path.basename(written))
            shutil.copy(written, target)
            print("wrote", os.path.abspath(target))
        doc.setModified(False)
        doc.close(True)


if __name__ == "__main__":
    main()
