#!/usr/bin/python3
"""Writes example-workbooks/ligestat-functions.ods: each of the 14 Ligestat
functions in use on a small synthetic staff list, with a line of explanation
beside each. The formulas are add-in formulas, so the workbook is made by a
real office with the extension installed:

    LIGESTAT_OXT=build/ligestat.oxt PYTHONPATH=scripts /usr/bin/python3 \\
        example-workbooks/make_functions_workbook.py [--out example-workbooks/ligestat-functions.ods]

Every person is synthetic; the CPR numbers are valid in form only.
"""
import argparse
import os
import shutil

from office import Office, Sheet

HERE = os.path.dirname(os.path.abspath(__file__))

# Løn, Køn, Årsværk, Stilling, Tillæg, CPR, Alder
STAFF = [
    ("Løn", "Køn", "Årsværk", "Stilling", "Tillæg", "CPR", "Alder"),
    (30000, "K", 1, "Laborant", 1200, "010185-1234", 41),
    (32000, "K", 1, "Laborant", None, "150390-2346", 35),
    (34000, "K", 1, "Laborant", 800, "230778-3458", 47),
    (33000, "M", 1, "Laborant", 1500, "020288-4231", 37),
    (35000, "M", 1, "Laborant", None, "111169-1233", 56),
    (37000, "M", 1, "Laborant", 2000, "300595-2235", 30),
    (50000, "K", 0.5, "Forsker", None, "070780-1116", 45),
    (60000, "M", 1, "Forsker", 3000, "191275-2217", 50),
    (46000, "K", 1, "Forsker", 900, "040492-1238", 33),
    (52000, "M", 0.8, "Forsker", None, "281063-3319", 62),
]
DATA = "$Data.$%s$2:$%s$11"
PAY, GENDER, FTE, TITLE, ALLOWANCE, CPR, AGE = (DATA % (c, c) for c in "ABCDEFG")

# (name, formula, cells the result needs (rows, cols), explanation)
EXAMPLES = [
    ("PAYINDEX", '=PAYINDEX(%s;%s;%s;%s;"Laborant")' % (PAY, GENDER, FTE, TITLE), (1, 1),
     "Laborant: 100 x women's FTE-weighted mean pay / men's. 3 women and 3 men with 1 FTE each: shown."),
    ("PAYINDEX", '=PAYINDEX(%s;%s;%s;%s;"Forsker")' % (PAY, GENDER, FTE, TITLE), (1, 1),
     "Forsker: women have 1.5 FTE, under the 3-FTE rule, so the index is not shown (#N/A)."),
    ("PAYGAP", '=PAYGAP(%s;%s;"median")' % (PAY, GENDER), (1, 1),
     "Median pay gap in %: (men - women) / men x 100 (EU directive 2023/970). Positive: women are paid less."),
    ("VARPAYGAP", '=VARPAYGAP(%s;%s)' % (ALLOWANCE, GENDER), (1, 1),
     "Gap in mean allowance among those who receive one (empty = no allowance)."),
    ("RECIPIENTSHARE", '=RECIPIENTSHARE(%s;%s;"K")' % (ALLOWANCE, GENDER), (1, 1),
     "Share of the women who receive an allowance: 3 of 5."),
    ("PAYQUARTILES", '=PAYQUARTILES(%s;%s)' % (PAY, GENDER), (4, 2),
     "Array 4 x 2: share of women and of men in each quarter of the pay scale, lowest first."),
    ("PAYINDEXTABLE", '=PAYINDEXTABLE(%s;%s;%s;%s)' % (PAY, GENDER, FTE, TITLE), (2, 6),
     "Array per job title: title, women FTE, men FTE, women mean, men mean, index; suppressed rows are empty."),
    ("GENDERSHARE", '=GENDERSHARE(%s;"K";%s)' % (GENDER, FTE), (1, 1),
     "Women's share of the FTE among women and men."),
    ("GENDERBALANCE", '=GENDERBALANCE(%s;;%s;"Forsker")' % (GENDER, TITLE), (1, 1),
     "Forsker: 2 women, 2 men: each gender at least 40 %, so balanced."),
    ("GENDERTABLE", '=GENDERTABLE(%s;%s;1)' % (GENDER, TITLE), (2, 6),
     "Array per group (at least 1 person here): group, headcount, women, men, women's and men's share."),
    ("AGEBAND", '=AGEBAND($Data.$G$2)', (1, 1), "The age band of 41 years: 40-49."),
    ("CPRGENDER", '=CPRGENDER($Data.$F$2)', (1, 1), "Gender from a CPR number: last digit even is K."),
    ("CPRBIRTHDATE", '=CPRBIRTHDATE($Data.$F$2)', (1, 1), "Birth date from a CPR number: 1 January 1985."),
    ("CPRAGE", '=CPRAGE($Data.$F$2;DATE(2026;1;1))', (1, 1), "Completed years on 1 January 2026: 41."),
    ("CPRVALID", '=CPRVALID("310299-1234")', (1, 1), "1 for a valid CPR number, 0 otherwise: 31 February does not exist."),
]


def build(office, out):
    doc = office.new_calc()
    sheets = doc.Sheets
    sheets.getByIndex(0).setName("Data")
    Sheet(doc).put_rows("A1", STAFF)
    sheets.insertNewByName("Functions", 1)
    functions = sheets.getByName("Functions")
    # A: function, B..G: the result (arrays need up to 6 columns), H: the formula, I: what it shows
    header = ("Function", "Result", "", "", "", "", "", "Formula", "What it shows")
    for col, text in enumerate(header):
        functions.getCellByPosition(col, 0).setString(text)
        functions.getCellByPosition(col, 0).CharWeight = 150.0
    row = 1
    for name, formula, (rows, cols), explanation in EXAMPLES:
        functions.getCellByPosition(0, row).setString(name)
        if rows == 1 and cols == 1:
            functions.getCellByPosition(1, row).setFormula(formula)
        else:
            functions.getCellRangeByPosition(1, row, cols, row + rows - 1).setArrayFormula(formula)
        functions.getCellByPosition(7, row).setString(formula.replace("$Data.", "Data."))
        functions.getCellByPosition(8, row).setString(explanation)
        row += rows + 1
    widths = (3600, 2200, 2200, 2200, 2200, 2200, 2200, 12500, 20000)
    for col, width in enumerate(widths):
        functions.getColumns().getByIndex(col).Width = width
    doc.getCurrentController().setActiveSheet(functions)
    doc.calculateAll()
    errors = [functions.getCellByPosition(1, r).getFormula() for r in range(row)
              if functions.getCellByPosition(1, r).getError() not in (0, 32767)]
    if errors:
        raise SystemExit("formulas failed: %s" % errors)
    written = office.save(doc, "ligestat-functions.ods")
    shutil.copy(written, out)
    doc.setModified(False)
    doc.close(True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(HERE, "ligestat-functions.ods"))
    args = parser.parse_args()
    with Office() as office:
        build(office, args.out)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
