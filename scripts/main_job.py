"""The main job: the example workbook, opened in a real office with Ligestat
installed, saved as .ods and .pdf into the output folder."""
import argparse
import os
import shutil

from office import Office


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workbook", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    name = os.path.splitext(os.path.basename(args.workbook))[0]
    with Office() as office:
        doc = office.load(args.workbook)
        doc.calculateAll()
        for suffix, filter_name in ((".ods", "calc8"), (".pdf", "calc_pdf_Export")):
            written = office.save(doc, name + suffix, filter_name)
            target = os.path.join(args.out, name + suffix)
            shutil.copy(written, target)
            print("wrote", target)
        doc.close(True)


if __name__ == "__main__":
    main()
