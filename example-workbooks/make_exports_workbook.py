#!/usr/bin/python3
"""Real-export problems as a workbook (issue 9): ligestat-real-exports.ods.

Standard library only; writes the .ods through generate_hr.write_ods. Seeded,
so the file is the same on every run. EVERY PERSON IS SYNTHETIC (see
README.md): CPR numbers are valid in form only.

Sheet "Lønudtræk" (Danish payroll export as a user opens it):
  row 1  a title line above the header, row 2 empty, row 3 the header
         Medarbejdernr. | CPR-nr. | Køn (K/M) | Stilling | Beskæftigelsesgrad | Løn i kr.
  rows 4-63  60 employees. Køn is empty on 42 rows whose CPR is valid (gender
         from the CPR); one row says K where its CPR says a man (the data check
         flags it; the sheet uses the row's own K). FTE: numbers with decimals,
         two rows with the text "80 %". Pay: numbers, two rows with the text
         "kr. 41.963".
  row 64 "I alt" with the sums of FTE and pay: a totals row, not an employee.
Sheet "Staff" (an English export): Employee ID | Sex | Job title | FTE |
  Annual salary; 12 rows.

The expected figures are computed here from the Python rows (not by the
add-in) and written to ligestat-real-exports.expected.json.

    /usr/bin/python3 example-workbooks/make_exports_workbook.py
"""
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_hr as g  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ligestat-real-exports.ods")
EXPECTED = os.path.join(HERE, "ligestat-real-exports.expected.json")
SEED = 9

DA_SHEET = "Lønudtræk"
DA_TITLE = ("Lønudtræk pr. 31.12.2025 – alle ansatte", "", "", "", "", "")
DA_HEADER = ("Medarbejdernr.", "CPR-nr.", "Køn (K/M)", "Stilling", "Beskæftigelsesgrad", "Løn i kr.")
DA_FIRST_ROW = 4  # sheet row (1-based) of the first employee
EN_SHEET = "Staff"
EN_HEADER = ("Employee ID", "Sex", "Job title", "FTE", "Annual salary")

TITLES = (("Laborant", 30), ("Akademisk medarbejder", 20), ("Sekretær", 10))
MIN_FTE = 3.0


def cpr_gender(cpr):
    digits = cpr.replace("-", "")
    return "K" if int(digits[-1]) % 2 == 0 else "M"


def danish_rows(rng):
    cprs = g.CprAllocator(rng)
    rows = []
    n = 0
    for title, count in TITLES:
        for _ in range(count):
            woman = rng.random() < 0.6
            born = datetime.date(rng.randrange(1962, 2000), rng.randrange(1, 13), rng.randrange(1, 29))
            digits = cprs.allocate(born, woman)
            fte = rng.choice((1, 1, 1, 0.8, 0.5, 0.75))
            pay = round(rng.uniform(28000, 52000) * (1.0 if woman else 1.03), 2)
            rows.append([1000 + n, digits[:6] + "-" + digits[6:], "K" if woman else "M", title, fte, pay])
            n += 1
    # Køn empty on 42 rows (their CPR is valid): every row but 18 spread over the titles
    keep = set(rng.sample(range(len(rows)), 18))
    for i, row in enumerate(rows):
        if i not in keep:
            row[2] = None
    # one row whose Køn disagrees with its CPR: the row's own K counts
    disagree = next(i for i in sorted(keep) if rows[i][2] == "M")
    rows[disagree][2] = "K"
    # text FTE and text pay, as a CSV opened with the import defaults leaves them
    plain = [i for i in range(len(rows)) if i != disagree]
    text_fte = rng.sample(plain, 2)
    for i in text_fte:
        rows[i][4] = "80 %"
    text_pay = rng.sample([i for i in plain if i not in text_fte], 2)
    for i in text_pay:
        rows[i][5] = "kr. 41.963"
    return rows, disagree, text_fte, text_pay


def gender_of_row(row):
    return row[2] if row[2] else cpr_gender(row[1])


def number(v):
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def expected_danish(rows, disagree, text_fte, text_pay):
    women = [r for r in rows if gender_of_row(r) == "K"]
    men = [r for r in rows if gender_of_row(r) == "M"]
    fte = lambda rs: sum(number(r[4]) for r in rs if number(r[4]) is not None and number(r[4]) >= 0)
    index = {}
    for title, _ in TITLES:
        sums = {"K": [0.0, 0.0], "M": [0.0, 0.0]}
        for r in rows:
            if r[3] != title or number(r[4]) is None or number(r[4]) < 0 or number(r[5]) is None:
                continue
            s = sums[gender_of_row(r)]
            s[0] += r[4] * r[5]
            s[1] += r[4]
        (wp, wf), (mp, mf) = sums["K"], sums["M"]
        index[title] = {"women_fte": wf, "men_fte": mf,
                        "index": None if wf < MIN_FTE or mf < MIN_FTE else 100 * (wp / wf) / (mp / mf)}
    return {
        "sheet": DA_SHEET,
        "employees": len(rows),
        "women": len(women), "men": len(men),
        "women_fte": fte(women), "men_fte": fte(men), "all_fte": fte(rows),
        "empty_gender_with_cpr": sum(1 for r in rows if not r[2]),
        "text_fte": len(text_fte), "text_pay": len(text_pay),
        "gender_cpr_disagree_row": DA_FIRST_ROW + disagree,
        "totals_row": DA_FIRST_ROW + len(rows),
        "pay_index": index,
    }


def english_rows(rng):
    rows = []
    for i in range(12):
        sex = "Female" if i % 2 == 0 else "Male"
        title = "Analyst" if i < 8 else "Manager"
        rows.append((f"E{100 + i}", sex, title, 1, round(rng.uniform(400000, 700000), 0)))
    return rows


def expected_english(rows):
    out = {"sheet": EN_SHEET, "employees": len(rows),
           "women": sum(1 for r in rows if r[1] == "Female"), "men": sum(1 for r in rows if r[1] == "Male")}
    women = [r[4] for r in rows if r[1] == "Female"]
    men = [r[4] for r in rows if r[1] == "Male"]
    mw, mm = sum(women) / len(women), sum(men) / len(men)
    out["pay_gap_mean"] = 100 * (mm - mw) / mm
    return out


def main():
    rng = random.Random(SEED)
    rows, disagree, text_fte, text_pay = danish_rows(rng)
    totals = ["I alt", None, None, None,
              sum(number(r[4]) or 0 for r in rows), round(sum(number(r[5]) or 0 for r in rows), 2)]
    da_rows = [(), DA_HEADER] + [tuple(r) for r in rows] + [tuple(totals)]
    en = english_rows(rng)
    g.write_ods(OUT, [g.Sheet(DA_SHEET, DA_TITLE, da_rows, (2.6, 2.8, 1.6, 4.5, 2.6, 2.4)),
                      g.Sheet(EN_SHEET, EN_HEADER, en, (2.4, 1.6, 3.0, 1.4, 2.8))])
    expected = {"danish": expected_danish(rows, disagree, text_fte, text_pay), "english": expected_english(en)}
    with open(EXPECTED, "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
