#!/usr/bin/python3
"""Reproducible generator of synthetic Danish HR workbooks for Ligestat.

Standard library only.  Writes real OpenDocument spreadsheets (.ods) directly
(zip: stored ``mimetype`` first, META-INF/manifest.xml, content.xml,
styles.xml) and, on request, the staff rows as UTF-8 CSV so that tests can
compute their expectations independently of LibreOffice.

EVERY PERSON IN THESE FILES IS SYNTHETIC.  Names are not generated at all;
employee numbers, birth dates, pay and CPR numbers are drawn from a seeded
pseudo-random generator.  The CPR numbers are valid in *form* only
(DDMMYY-SSSS, a date that exists, the century digit of the CPR rules and a
last digit whose parity matches the gender).  There is no way to pick CPR
numbers that are guaranteed not to belong to a real person, so these numbers
may coincide with real ones by chance; they are not derived from anybody and
must never be used as anything but test data.

Workbooks
---------
default      ``--seed 2026`` (the default): 909 employees shaped like the
             published key figures of the spec (see PUBLISHED below); the
             figures are asserted after generation.
--employees  N employees drawn from the same job-title/gender mix, streamed
             (for benchmarks with 10k, 100k, 1M rows); FTE and pay random,
             so the published figures hold only approximately.
--problems   ~40 rows with planted, counted data problems; the counts are
             written to ``<out>.expected.json`` (next to the .ods).

Usage
-----
    /usr/bin/python3 example-workbooks/generate_hr.py --seed 2026 \
        --out example-workbooks/ligestat-example-hr.ods \
        --csv example-workbooks/ligestat-example-hr.csv
    /usr/bin/python3 example-workbooks/generate_hr.py --problems \
        --csv example-workbooks/ligestat-problems.csv
    /usr/bin/python3 example-workbooks/generate_hr.py --employees 100000 \
        --out /tmp/hr-100k.ods --csv /tmp/hr-100k.csv
    /usr/bin/python3 example-workbooks/generate_hr.py --all   # all published files

As a module (e.g. from a benchmark)::

    import generate_hr as g
    rows = g.default_rows(2026)                      # list of tuples (STAFF_HEADERS)
    g.write_ods("x.ods", [g.staff_sheet(rows), g.survey_sheet(g.survey_answers(2026))])
    g.write_ods("big.ods", [g.staff_sheet(g.scaled_rows(1_000_000, 7))])  # streamed
    g.write_csv("x.csv", g.STAFF_HEADERS, rows)

Reproducibility: the same seed gives byte-identical files (random.Random(seed),
fixed zip timestamps and attributes, fixed entry order).  The bytes of the
deflated entries depend on the zlib build; the CSV files and the content of
every entry do not.

Cell values in a row tuple: ``None`` empty cell, ``str`` text cell,
``int``/``float`` number cell (office:value-type="float"), ``datetime.date``
date cell (office:value-type="date", displayed as YYYY-MM-DD).
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import json
import math
import os
import random
import sys
import zipfile
from collections import Counter, namedtuple
from typing import Iterable, Iterator, List, Optional, Sequence, Tuple

# --------------------------------------------------------------------------
# Constants
# --------------------------------------------------------------------------

REFERENCE_DATE = _dt.date(2026, 1, 1)  # ages are completed years at this date
DEFAULT_SEED = 2026

STAFF_SHEET = "Medarbejdere"
SURVEY_SHEET = "Spørgeskema"
# Last year's staff list (issue 12): the live list is named without a year,
# last year's copy with one, which the key-figure sheet finds by its name.
LAST_YEAR_SHEET = "Medarbejdere 2025"

HEADERS = (
    "Medarbejdernr", "CPR", "Køn", "Fødselsdato", "Stillingsbetegnelse",
    "Personalekategori", "Ledelsesniveau", "Årsværk", "Månedsløn", "Tillæg",
    "Engangsvederlag",
)
(COL_ID, COL_CPR, COL_GENDER, COL_BIRTH, COL_TITLE, COL_CATEGORY, COL_LEVEL,
 COL_FTE, COL_PAY, COL_ALLOWANCE, COL_ONEOFF) = range(len(HEADERS))
COLUMN_WIDTHS_CM = (2.6, 2.8, 1.4, 2.6, 5.6, 6.0, 3.4, 1.9, 2.4, 2.0, 3.4)

# The example and scaled workbooks also have sickness absence days (column L,
# key-figures.md section 10); the problems workbook keeps HEADERS. The days
# come from their own random stream, so other additions do not shift them.
ABSENCE_HEADER = "Sygefraværsdage"
STAFF_HEADERS = HEADERS + (ABSENCE_HEADER,)
COL_ABSENCE = len(HEADERS)
STAFF_COLUMN_WIDTHS_CM = COLUMN_WIDTHS_CM + (3.6,)
ABSENCE_STREAM = 11  # random.Random(seed * 1000 + ABSENCE_STREAM)
# The explained pay gap's further factors (key-figures.md section 8), after
# the absence column in the default and scaled workbooks; the problems
# workbook and last year's list have neither.
MODEL_HEADERS = ("Ansættelsesdato", "Uddannelse")
STAFF_HEADERS = HEADERS + (ABSENCE_HEADER,) + MODEL_HEADERS
COL_HIRE_DATE, COL_EDUCATION = COL_ABSENCE + 1, COL_ABSENCE + 2
STAFF_COLUMN_WIDTHS_CM = COLUMN_WIDTHS_CM + (3.6, 2.6, 5.0)

SURVEY_HEADER = ("Svar",)
# (answer, count): 790 answers = 12 / 39 / 29 / 11 / 4 / 5 %
SURVEY_COUNTS = (
    ("I meget høj grad", 95),
    ("I høj grad", 308),
    ("I nogen grad", 229),
    ("I ringe grad", 87),
    ("Slet ikke", 32),
    ("Ved ikke", 39),
)

NO_MANAGEMENT = "Ingen ledelse"
TOP_MANAGEMENT = ("Direktion", "Afdelingschef")

MIN_PAY, MAX_PAY = 28000.0, 90000.0
MIN_AGE, MAX_AGE = 20, 70
PAY_INDEX_MIN_FTE = 3.0
PAY_BAND = (95.0, 105.0)

# Gender codes of the spec (after trimming, any case).
WOMAN_CODES = frozenset(("K", "KVINDE", "F", "FEMALE", "W", "WOMAN"))
MAN_CODES = frozenset(("M", "MAND", "MALE", "MAN"))

# Job titles.  (category, title, management level, women, men, monthly base
# pay in DKK (full-time), women's pay / men's pay, youngest, oldest).
# The women/men counts ARE the default workbook: 909 rows.
Title = namedtuple(
    "Title", "category title level women men base ratio age_lo age_hi")

LAB = "Laboratoriepersonale"
ACADEMICS = "Akademikere"
TITLES: Tuple[Title, ...] = tuple(Title(*t) for t in (
    # Laboratory staff: 181 people, 139 women (76.8 %)
    (LAB, "Laborant", NO_MANAGEMENT, 88, 22, 34500, 0.990, 21, 66),
    (LAB, "Laboratorietekniker", NO_MANAGEMENT, 39, 18, 37500, 0.970, 24, 66),
    (LAB, "Laboratoriekoordinator", NO_MANAGEMENT, 12, 2, 41000, 1.000, 35, 65),
    # Academics (magistre): 201 people, 105 women (52.2 %)
    (ACADEMICS, "Akademisk medarbejder", NO_MANAGEMENT, 38, 32, 43000, 1.010, 25, 60),
    (ACADEMICS, "Fuldmægtig", NO_MANAGEMENT, 27, 23, 45000, 0.985, 26, 64),
    (ACADEMICS, "Specialkonsulent", NO_MANAGEMENT, 30, 27, 53000, 0.960, 32, 66),
    (ACADEMICS, "Chefkonsulent", NO_MANAGEMENT, 10, 14, 63000, 0.930, 40, 67),
    # Managers: 32 people
    ("Ledere", "Direktør", "Direktion", 1, 2, 80000, 1.000, 48, 66),
    ("Ledere", "Afdelingschef", "Afdelingschef", 2, 3, 72000, 0.980, 42, 66),
    ("Ledere", "Funktionsleder", "Funktionsleder", 3, 1, 56000, 1.000, 35, 64),
    ("Ledere", "Sektionsleder", "Sektionsleder", 10, 10, 60000, 0.955, 35, 65),
    # Researchers
    ("Forskere", "Forsker", NO_MANAGEMENT, 20, 20, 48000, 0.980, 30, 60),
    ("Forskere", "Seniorforsker", NO_MANAGEMENT, 20, 25, 56000, 0.940, 38, 68),
    ("Forskere", "Professor", NO_MANAGEMENT, 2, 8, 72000, 0.950, 45, 70),
    ("Postdocs", "Postdoc", NO_MANAGEMENT, 22, 18, 42000, 1.000, 28, 42),
    ("Ph.d.-studerende", "Ph.d.-studerende", NO_MANAGEMENT, 27, 18, 33500, 1.005, 24, 38),
    # Technical-administrative staff
    ("Teknisk-administrativt personale", "Kontorfuldmægtig", NO_MANAGEMENT, 71, 10, 34500, 1.020, 22, 67),
    ("Teknisk-administrativt personale", "Sekretær", NO_MANAGEMENT, 27, 1, 35000, 1.000, 25, 67),
    ("Teknisk-administrativt personale", "Overassistent", NO_MANAGEMENT, 28, 6, 32500, 1.060, 22, 66),
    ("Teknisk-administrativt personale", "Økonomimedarbejder", NO_MANAGEMENT, 15, 7, 38000, 0.970, 25, 65),
    ("Teknisk-administrativt personale", "Kommunikationsmedarbejder", NO_MANAGEMENT, 12, 4, 42000, 1.030, 25, 60),
    # IT
    ("IT-personale", "IT-medarbejder", NO_MANAGEMENT, 8, 22, 44000, 0.920, 23, 65),
    ("IT-personale", "IT-udvikler", NO_MANAGEMENT, 4, 10, 51000, 0.960, 24, 60),
    ("IT-personale", "IT-supporter", NO_MANAGEMENT, 2, 10, 36000, 0.950, 20, 55),
    # Service
    ("Servicepersonale", "Servicemedarbejder", NO_MANAGEMENT, 20, 10, 32500, 0.985, 20, 67),
    ("Servicepersonale", "Rengøringsassistent", NO_MANAGEMENT, 27, 3, 32000, 0.970, 20, 67),
    ("Servicepersonale", "Pedel", NO_MANAGEMENT, 1, 7, 33000, 1.000, 30, 67),
    # Two tiny categories (< 8 people: hidden by the >= 8 rule)
    ("Dyrepassere", "Dyrepasser", NO_MANAGEMENT, 4, 2, 33000, 0.980, 20, 65),
    ("Læger", "Læge", NO_MANAGEMENT, 3, 1, 68000, 0.970, 30, 65),
))

# Laborant rows written with another case/spacing (case-insensitive, trimmed
# matching must still count them as "Laborant").
LABORANT_VARIANTS = ("laborant ", " Laborant", "LABORANT")

# In the default workbook the men of this title are 3 people with 2.5 FTE:
# shown when the 3-rule counts heads, suppressed when it counts FTE.
FIXED_FTE = {("Rengøringsassistent", "M"): (100, 100, 50)}  # hundredths

# What the default workbook must show (asserted).
PUBLISHED = {
    "employees": 909,
    "fte": 849,
    "women": 573,
    "men": 336,
    "categories": {LAB: (181, 139), ACADEMICS: (201, 105)},  # (people, women)
    "levels": {"Direktion": (3, 1), "Afdelingschef": (5, 2),
               "Funktionsleder": (4, 3), "Sektionsleder": (20, 10)},
}
# Titles whose pay index must be suppressed (a gender < 3 FTE), top
# management excluded; and titles whose index must lie outside 95-105.
EXPECTED_SUPPRESSED = frozenset((
    "Laboratoriekoordinator", "Funktionsleder", "Professor", "Sekretær",
    "IT-supporter", "Rengøringsassistent", "Pedel", "Dyrepasser", "Læge"))
EXPECTED_OUTSIDE_BAND = frozenset((
    "Chefkonsulent", "Seniorforsker", "Overassistent", "IT-medarbejder"))

# Share of people with an allowance / a one-off payment.
ALLOWANCE_SHARE = 0.40
ONEOFF_SHARE = 0.10

# Part-time FTE values (hundredths) and the chance of being part-time.
PART_TIME_FTE = (90, 92, 85, 80, 80, 75, 70, 60, 50, 50, 37)
PART_TIME_P = 0.21

# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def norm_text(s) -> str:
    """Trimmed, case-folded text (the spec's group matching)."""
    return str(s).strip().casefold()


def gender_of(code) -> Optional[str]:
    """'K', 'M' or None (other/unknown) for a gender cell, as in the spec."""
    if not isinstance(code, str):
        return None
    c = code.strip().upper()
    if c in WOMAN_CODES:
        return "K"
    if c in MAN_CODES:
        return "M"
    return None


def age_at(birth: _dt.date, ref: _dt.date = REFERENCE_DATE) -> int:
    """Completed years at ref."""
    return ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))


def fmt_num(x) -> str:
    """Shortest exact text of a number: 1 -> '1', 0.8 -> '0.8'."""
    if isinstance(x, int):
        return str(x)
    if x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return repr(x)


def _birth_date_for_age(rng: random.Random, age: int) -> _dt.date:
    """A uniformly random birth date giving completed `age` at REFERENCE_DATE."""
    # Born in (ref - (age+1) years, ref - age years]
    last = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - age)
    first = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - age - 1) + _dt.timedelta(days=1)
    return _dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


# --------------------------------------------------------------------------
# CPR numbers (synthetic, valid in form)
# --------------------------------------------------------------------------


def cpr_century_digits(year: int) -> Tuple[int, ...]:
    """7th digits that give `year` under the CPR century rule of the spec."""
    yy = year % 100
    if 1900 <= year <= 1999:
        return (0, 1, 2, 3) + ((4, 9) if yy > 36 else ())
    if 2000 <= year <= 2036:
        return (4, 5, 6, 7, 8, 9)
    if 2037 <= year <= 2057:
        return (5, 6, 7, 8)
    if 1858 <= year <= 1899:
        return (5, 6, 7, 8)
    raise ValueError(f"no CPR century digit for {year}")


class CprAllocator:
    """Hands out distinct synthetic CPR numbers per (birth date, gender).

    The serial SSSS is 7th digit (century rule) + 2 digits + a last digit
    whose parity is the gender (even = woman).  Numbers for one date and
    gender walk a full cycle of the serials from a random start, so they
    never repeat, and memory stays small (one entry per date and gender).
    """

    STEP = 1009  # prime, coprime with every capacity (2000 or 3000 or 2000)

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.state = {}

    def allocate(self, birth: _dt.date, woman: bool) -> str:
        """'DDMMYYSSSS' (10 digits, no dash)."""
        digits7 = cpr_century_digits(birth.year)
        cap = len(digits7) * 500
        key = (birth.toordinal(), woman)
        st = self.state.get(key)
        if st is None:
            st = [self.rng.randrange(cap), 0]
            self.state[key] = st
        if st[1] >= cap:
            raise RuntimeError(f"out of CPR serials for {birth}")
        idx = (st[0] + st[1] * self.STEP) % cap
        st[1] += 1
        last = (idx % 5) * 2 + (0 if woman else 1)
        mid = (idx // 5) % 100
        d7 = digits7[idx // 500]
        return f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}{d7}{mid:02d}{last}"


def cpr_form(rng: random.Random, digits: str):
    """Present a 10-digit CPR in one of the accepted forms.

    85 % DDMMYY-SSSS, 12 % DDMMYYSSSS, 3 % a number (leading zero lost)."""
    u = rng.random()
    if u < 0.85:
        return digits[:6] + "-" + digits[6:]
    if u < 0.97:
        return digits
    return int(digits)


def decode_cpr(cpr) -> Optional[Tuple[_dt.date, str]]:
    """(birth date, 'K'/'M') of a CPR cell per the spec, None if invalid.

    Independent of the allocator (used to check the generated numbers)."""
    if isinstance(cpr, bool):
        return None
    if isinstance(cpr, (int, float)):
        if cpr != int(cpr) or cpr < 0 or cpr >= 10 ** 10:
            return None
        s = f"{int(cpr):010d}"
    elif isinstance(cpr, str):
        s = cpr.strip()
        if len(s) == 11 and s[6] == "-":
            s = s[:6] + s[7:]
        if len(s) != 10:
            return None
    else:
        return None
    if not s.isascii() or not s.isdigit():
        return None
    dd, mm, yy, d7 = int(s[0:2]), int(s[2:4]), int(s[4:6]), int(s[6])
    if dd > 60:  # replacement number: first day digit + 6
        dd -= 60
    if d7 <= 3:
        year = 1900 + yy
    elif d7 in (4, 9):
        year = 2000 + yy if yy <= 36 else 1900 + yy
    else:
        year = 2000 + yy if yy <= 57 else 1800 + yy
    try:
        birth = _dt.date(year, mm, dd)
    except ValueError:
        return None
    return birth, ("K" if int(s[9]) % 2 == 0 else "M")


# --------------------------------------------------------------------------
# Persons
# --------------------------------------------------------------------------


def _slots() -> List[Tuple[int, str]]:
    """(title index, 'K'/'M') for every person of the default workbook."""
    out = []
    for i, t in enumerate(TITLES):
        out += [(i, "K")] * t.women + [(i, "M")] * t.men
    return out


def _draw_fte(rng: random.Random) -> int:
    """FTE in hundredths."""
    if rng.random() < PART_TIME_P:
        return rng.choice(PART_TIME_FTE)
    return 100


def _draw_pay(rng: random.Random, t: Title, gender: str, age: int) -> float:
    """Full-time monthly pay: title base, seniority by age, noise."""
    seniority = (age - t.age_lo) / max(1, t.age_hi - t.age_lo)
    pay = t.base * (0.95 + 0.10 * seniority) * (1.0 + rng.uniform(-0.03, 0.03))
    if gender == "K":
        pay *= t.ratio
    return round(pay, 2)


def _draw_person(rng: random.Random, cprs: CprAllocator, ti: int, gender: str):
    """[cpr, gender, birth, title text, category, level, pay] of one person."""
    t = TITLES[ti]
    age = rng.randint(max(MIN_AGE, t.age_lo), min(MAX_AGE, t.age_hi))
    birth = _birth_date_for_age(rng, age)
    cpr = cpr_form(rng, cprs.allocate(birth, gender == "K"))
    pay = _draw_pay(rng, t, gender, age)
    return cpr, birth, pay


def _allowance(rng: random.Random, gender: str) -> float:
    return float(round(rng.uniform(600, 5500) * (1.1 if gender == "M" else 1.0)))


def _oneoff(rng: random.Random, gender: str) -> float:
    # 5,000-40,000 kr. paid once in the year, written as its monthly share
    # (/ 12), so that it adds up with the monthly pay in one period (total pay
    # of EU directive art. 9; a yearly sum on a monthly sheet flagged every
    # category of workers in section 7).
    return round(500 * rng.randint(10, 80 if gender == "M" else 70) / 12, 2)


def _absence_days(rng: random.Random, gender: str, fte: float) -> float:
    """Sickness absence days in the year: none for about a third, else an
    exponential spread around a mean of 9 (women) or 7 (men) days per FTE."""
    if rng.random() < 0.3:
        return 0.0
    mean = (9.0 if gender == "K" else 7.0) * max(fte, 0.1)
    return float(min(round(rng.expovariate(1 / mean)), 120))


def absence_rng(seed: int) -> random.Random:
    return random.Random(seed * 1000 + ABSENCE_STREAM)


def with_absence_days(rows: Iterable[tuple], seed: int) -> Iterator[tuple]:
    """The rows with their sickness absence days appended (column L)."""
    rng = absence_rng(seed)
    for r in rows:
        yield tuple(r) + (_absence_days(rng, r[COL_GENDER], r[COL_FTE]),)


def _pick_recipients(rng: random.Random, genders: Sequence[str], k: int,
                     men_weight: float) -> set:
    """Exactly k row indices, men somewhat more likely (men_weight)."""
    keyed = [(rng.random() * (men_weight if g == "M" else 1.0), i)
             for i, g in enumerate(genders)]
    keyed.sort(reverse=True)
    return {i for _, i in keyed[:k]}


# --------------------------------------------------------------------------
# Hire date and education (the explained pay gap's factors)
# --------------------------------------------------------------------------
#
# Pay is not changed: the unexplained gap planted in these workbooks is the
# women/men pay ratio of each title (TITLES.ratio, exact per title by the pay
# index step of default_rows), on top of an explained gap (women are more
# often in the lower-paid titles). Hire date and education are drawn from
# their own random stream, the same way for women and men of a title, so they
# explain none of the gap within a title: a model with title, age, years of
# service and education finds about planted_unexplained_gap().

# Education levels per staff category: (level, weight).
EDUCATION_BY_CATEGORY = {
    LAB: (("Erhvervsuddannelse", 3), ("Mellemlang videregående", 6), ("Kandidat", 1)),
    ACADEMICS: (("Kandidat", 8), ("Ph.d.", 2)),
    "Ledere": (("Kandidat", 6), ("Ph.d.", 4)),
    "Forskere": (("Ph.d.", 9), ("Kandidat", 1)),
    "Postdocs": (("Ph.d.", 1),),
    "Ph.d.-studerende": (("Kandidat", 1),),
    "Teknisk-administrativt personale": (("Erhvervsuddannelse", 5), ("Kort videregående", 3),
                                         ("Mellemlang videregående", 2)),
    "IT-personale": (("Kort videregående", 3), ("Mellemlang videregående", 4), ("Kandidat", 3)),
    "Servicepersonale": (("Grundskole", 4), ("Erhvervsuddannelse", 6)),
    "Dyrepassere": (("Erhvervsuddannelse", 1),),
    "Læger": (("Kandidat", 1),),
}
EARLIEST_HIRE_AGE = 18


def model_factor_rng(seed: int) -> random.Random:
    """The hire dates' and educations' own stream: other additions to the
    generator do not shift them, and they shift nothing else."""
    return random.Random(seed * 1000 + 10)


def _hire_date(rng: random.Random, birth: _dt.date, title: Title) -> _dt.date:
    """A hire date between the 18th birthday (or the title's youngest age) and
    the reference date; longer service is more likely for older people."""
    start_age = max(EARLIEST_HIRE_AGE, title.age_lo - 2)
    earliest = _dt.date(birth.year + start_age + 1, 1, 1)  # after the start_age birthday
    span = max(0, (REFERENCE_DATE - earliest).days - 1)
    return REFERENCE_DATE - _dt.timedelta(days=1 + round(span * rng.betavariate(1.3, 1.6)))


def _education(rng: random.Random, title: Title) -> str:
    levels = EDUCATION_BY_CATEGORY[title.category]
    return rng.choices([lv for lv, _ in levels], weights=[w for _, w in levels])[0]


def model_factors(rng: random.Random, birth: _dt.date, ti: int) -> tuple:
    """(hire date, education) of one person: two draws of the model stream per person."""
    t = TITLES[ti]
    return _hire_date(rng, birth, t), _education(rng, t)


def planted_unexplained_gap() -> float:
    """The adjusted pay gap (%) planted in the default workbook: the women/men
    log pay ratio of each title, pooled as a women dummy with title dummies
    pools it (weights n_w * n_m / (n_w + n_m)), as -100 * (exp(mean) - 1).
    An approximation of the model's figure, independent of it."""
    num = den = 0.0
    for t in TITLES:
        if t.women == 0 or t.men == 0:
            continue
        w = t.women * t.men / (t.women + t.men)
        num += w * math.log(t.ratio)
        den += w
    return -100 * (math.exp(num / den) - 1)


def default_rows(seed: int = DEFAULT_SEED) -> List[tuple]:
    """The 909 staff rows reproducing the published figures (asserted)."""
    rng = random.Random(seed)
    cprs = CprAllocator(rng)
    slots = _slots()
    rng.shuffle(slots)
    n = len(slots)

    ids = sorted(rng.sample(range(10000, 100000), n))
    people = []
    for ti, g in slots:
        cpr, birth, pay = _draw_person(rng, cprs, ti, g)
        people.append([ti, g, cpr, birth, pay])

    # Title spelling variants on three Laborant rows.
    laborant = [i for i, p in enumerate(people) if TITLES[p[0]].title == "Laborant"]
    variant_rows = dict(zip(rng.sample(laborant, len(LABORANT_VARIANTS)), LABORANT_VARIANTS))

    # FTE in hundredths.  Locked: top management (full time), the FIXED_FTE
    # groups, and the first 3 people of every other (title, gender) group
    # (so a group meant to show a pay index always has >= 3 FTE).
    fte = [0] * n
    locked = [False] * n
    seen = Counter()
    fixed_pos = Counter()
    for i, (ti, g, *_rest) in enumerate(people):
        t = TITLES[ti]
        key = (t.title, g)
        if key in FIXED_FTE:
            fte[i] = FIXED_FTE[key][fixed_pos[key]]
            fixed_pos[key] += 1
            locked[i] = True
        elif t.level in TOP_MANAGEMENT or seen[key] < 3:
            fte[i] = 100
            locked[i] = True
        else:
            fte[i] = _draw_fte(rng)
        seen[key] += 1
    target = PUBLISHED["fte"] * 100
    free = [i for i in range(n) if not locked[i]]
    diff = target - sum(fte)
    guard = 0
    while diff != 0:
        guard += 1
        if guard > 100000:
            raise RuntimeError("FTE adjustment did not converge")
        i = rng.choice(free)
        if diff > 0 and fte[i] < 100:        # raise a part-timer
            step = min(diff, 100 - fte[i])
        elif diff < 0 and fte[i] == 100:     # make a full-timer part-time
            step = -min(-diff, 100 - rng.choice(PART_TIME_FTE))
        else:
            continue
        fte[i] += step
        diff -= step

    # Exact pay index per title: scale the women's pay of every title whose
    # index is shown so that (FTE-weighted) women mean / men mean = ratio.
    for ti, t in enumerate(TITLES):
        if t.level in TOP_MANAGEMENT:
            continue
        w = [i for i, p in enumerate(people) if p[0] == ti and p[1] == "K"]
        m = [i for i, p in enumerate(people) if p[0] == ti and p[1] == "M"]
        fw = sum(fte[i] for i in w) / 100
        fm = sum(fte[i] for i in m) / 100
        if fw < PAY_INDEX_MIN_FTE or fm < PAY_INDEX_MIN_FTE:
            continue
        mean_w = sum(fte[i] * people[i][4] for i in w) / (100 * fw)
        mean_m = sum(fte[i] * people[i][4] for i in m) / (100 * fm)
        factor = t.ratio * mean_m / mean_w
        for i in w:
            people[i][4] = round(people[i][4] * factor, 2)

    genders = [p[1] for p in people]
    allow = _pick_recipients(rng, genders, round(ALLOWANCE_SHARE * n), 1.15)
    oneoff = _pick_recipients(rng, genders, round(ONEOFF_SHARE * n), 1.35)

    factor_rng = model_factor_rng(seed)
    rows = []
    for i, (ti, g, cpr, birth, pay) in enumerate(people):
        t = TITLES[ti]
        rows.append((
            ids[i], cpr, g, birth, variant_rows.get(i, t.title), t.category,
            t.level, fte[i] / 100, pay,
            _allowance(rng, g) if i in allow else None,
            _oneoff(rng, g) if i in oneoff else None,
        ))
    check_published_figures(rows)
    out = [r + model_factors(factor_rng, r[COL_BIRTH], people[i][0])
           for i, r in enumerate(with_absence_days(rows, seed))]
    check_model_factors(out)
    return out


def scaled_rows(n: int, seed: int = DEFAULT_SEED, first_id: int = 100001) -> Iterator[tuple]:
    """n staff rows, streamed, from the default workbook's title/gender mix.

    Each row draws a (title, gender) slot of the default workbook at random,
    so shares are those of the published figures only approximately; FTE,
    pay, allowances (40 %) and one-off payments (10 %) are random.  Memory
    use does not grow with n beyond the CPR allocator (per date and gender).
    Sickness absence days (column L) come from their own stream.
    """
    rng = random.Random(seed)
    absences = absence_rng(seed)
    factor_rng = model_factor_rng(seed)
    cprs = CprAllocator(rng)
    slots = _slots()
    variant_p = len(LABORANT_VARIANTS) / next(t.women + t.men for t in TITLES if t.title == "Laborant")
    for k in range(n):
        ti, g = rng.choice(slots)
        t = TITLES[ti]
        cpr, birth, pay = _draw_person(rng, cprs, ti, g)
        title = t.title
        if title == "Laborant" and rng.random() < variant_p:
            title = rng.choice(LABORANT_VARIANTS)
        fte = 100 if t.level in TOP_MANAGEMENT else _draw_fte(rng)
        allowance = _allowance(rng, g) if rng.random() < ALLOWANCE_SHARE else None
        oneoff = _oneoff(rng, g) if rng.random() < ONEOFF_SHARE else None
        yield (first_id + k, cpr, g, birth, title, t.category, t.level,
               fte / 100, pay, allowance, oneoff, _absence_days(absences, g, fte / 100)) + \
               model_factors(factor_rng, birth, ti)


def survey_answers(seed: int = DEFAULT_SEED) -> List[str]:
    """The 790 survey answers, shuffled (own random stream)."""
    rng = random.Random(f"ligestat-survey-{seed}")
    answers = [a for a, c in SURVEY_COUNTS for _ in range(c)]
    rng.shuffle(answers)
    counts = Counter(answers)
    assert len(answers) == 790, len(answers)
    assert all(counts[a] == c for a, c in SURVEY_COUNTS), counts
    shares = [round(100 * c / len(answers)) for _, c in SURVEY_COUNTS]
    assert shares == [12, 39, 29, 11, 4, 5], shares
    return answers


# --------------------------------------------------------------------------
# Last year's list (issue 12; analysis.md §3)
# --------------------------------------------------------------------------

# What last year's list plants against this year's (asserted in
# last_year_rows; the integration test recomputes every figure from the CSVs).
LAST_YEAR = {
    "joiners": {"K": 40, "M": 20},       # in this year's list only
    "leavers": {"K": 35, "M": 25},       # in last year's list only
    # Stayers outside top management who got a new or larger permanent
    # allowance: a planted gap between women and men (equal access to
    # allowances is a goal of the plan the spec models).
    "allowance_share": {"K": 0.20, "M": 0.30},
    # Sektionsledere who were academics without management last year.
    "promoted": {"K": 3, "M": 2},
    "promotion_raise": 0.08,
    # Yearly raise per stayer: 12 % none, else uniform in (low, high) by gender.
    "no_raise_p": 0.12,
    "raise": {"K": (0.005, 0.040), "M": (0.010, 0.050)},
}
PROMOTED_FROM = ("Specialkonsulent", ACADEMICS, NO_MANAGEMENT)


def last_year_rows(rows: Sequence[tuple], seed: int = DEFAULT_SEED) -> List[tuple]:
    """Last year's staff list for this year's `rows`: stayers (this year's
    rows as they were a year ago), leavers, and without the joiners.  Its own
    random stream, so other additions to the generator do not move it."""
    rng = random.Random(seed * 1000 + 12)
    plan = LAST_YEAR
    ordinary = [i for i, r in enumerate(rows) if r[COL_LEVEL] == NO_MANAGEMENT]
    joiners = set()
    for g, k in plan["joiners"].items():
        joiners |= set(rng.sample([i for i in ordinary if rows[i][COL_GENDER] == g], k))
    promoted = set()
    for g, k in plan["promoted"].items():
        leaders = [i for i, r in enumerate(rows) if r[COL_TITLE] == "Sektionsleder" and r[COL_GENDER] == g]
        promoted |= set(rng.sample(leaders, k))
    stayers = [i for i in range(len(rows)) if i not in joiners]
    # the allowance round: among stayers outside top management with an allowance now
    recipients = set()
    for g, share in plan["allowance_share"].items():
        group = [i for i in stayers if rows[i][COL_GENDER] == g and rows[i][COL_LEVEL] not in TOP_MANAGEMENT]
        eligible = [i for i in group if rows[i][COL_ALLOWANCE] is not None]
        recipients |= set(rng.sample(eligible, round(share * len(group))))

    out = []
    for i in stayers:
        r = list(rows[i][:len(HEADERS)])  # last year's list has no absence column
        g = r[COL_GENDER]
        if i in promoted:
            r[COL_TITLE], r[COL_CATEGORY], r[COL_LEVEL] = PROMOTED_FROM
            rise = plan["promotion_raise"]
        elif rng.random() < plan["no_raise_p"]:
            rise = 0.0
        else:
            rise = rng.uniform(*plan["raise"][g])
        r[COL_PAY] = round(r[COL_PAY] / (1 + rise), 2)
        if i in recipients:
            now = r[COL_ALLOWANCE]
            if rng.random() < 0.5 or now <= 700:
                r[COL_ALLOWANCE] = None                       # a new allowance
            else:
                r[COL_ALLOWANCE] = float(now - round(rng.uniform(300, min(1500, now - 400))))
        r[COL_ONEOFF] = None  # one-off payments are this year's
        out.append(tuple(r))

    taken = {r[COL_ID] for r in rows}
    free_ids = [x for x in range(10000, 100000) if x not in taken]
    cprs = CprAllocator(rng)
    slots = [(ti, g) for ti, g in _slots() if TITLES[ti].level == NO_MANAGEMENT]
    for g, k in plan["leavers"].items():
        for _ in range(k):
            ti = rng.choice([ti for ti, sg in slots if sg == g])
            t = TITLES[ti]
            cpr, birth, pay = _draw_person(rng, cprs, ti, g)
            allowance = _allowance(rng, g) if rng.random() < ALLOWANCE_SHARE else None
            out.append((free_ids.pop(rng.randrange(len(free_ids))), cpr, g, birth, t.title, t.category,
                        t.level, _draw_fte(rng) / 100, pay, allowance, None))
    out.sort(key=lambda r: r[COL_ID])
    _check_last_year(rows, out)
    return out


def _check_last_year(now: Sequence[tuple], before: Sequence[tuple]):
    """The planted flows hold: ids unique in each list, genders unchanged."""
    ids_now = {r[COL_ID]: r for r in now}
    ids_before = {r[COL_ID]: r for r in before}
    assert len(ids_now) == len(now) and len(ids_before) == len(before)
    for g in ("K", "M"):
        joiners = sum(1 for i, r in ids_now.items() if i not in ids_before and r[COL_GENDER] == g)
        leavers = sum(1 for i, r in ids_before.items() if i not in ids_now and r[COL_GENDER] == g)
        assert joiners == LAST_YEAR["joiners"][g], (g, joiners)
        assert leavers == LAST_YEAR["leavers"][g], (g, leavers)
    assert all(ids_now[i][COL_GENDER] == r[COL_GENDER] for i, r in ids_before.items() if i in ids_now)


def last_year_sheet(rows: Iterable[tuple]) -> Sheet:
    return Sheet(LAST_YEAR_SHEET, HEADERS, rows, COLUMN_WIDTHS_CM)


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------


def pay_index_table(rows: Iterable[tuple], min_fte: float = PAY_INDEX_MIN_FTE) -> dict:
    """{normalised title: (women FTE, men FTE, index or None)}; FTE-weighted,
    top management left out, titles matched trimmed and case-insensitively."""
    acc = {}
    for r in rows:
        if r[COL_LEVEL] in TOP_MANAGEMENT:
            continue
        g = gender_of(r[COL_GENDER])
        pay, fte = r[COL_PAY], r[COL_FTE]
        if g is None or not isinstance(pay, (int, float)) or not isinstance(fte, (int, float)):
            continue
        a = acc.setdefault(norm_text(r[COL_TITLE]), [0.0, 0.0, 0.0, 0.0])
        j = 0 if g == "K" else 2
        a[j] += fte
        a[j + 1] += fte * pay
    out = {}
    for title, (fw, pw, fm, pm) in acc.items():
        idx = None
        if fw >= min_fte and fm >= min_fte:
            idx = 100 * (pw / fw) / (pm / fm)
        out[title] = (fw, fm, idx)
    return out


def check_published_figures(rows: Sequence[tuple]) -> dict:
    """Count the published figures from the rows; AssertionError on drift."""
    P = PUBLISHED
    assert tuple(len(r) for r in rows[:1]) in ((len(HEADERS),), (len(STAFF_HEADERS),))
    n = len(rows)
    assert n == P["employees"], n
    genders = Counter(gender_of(r[COL_GENDER]) for r in rows)
    assert genders["K"] == P["women"] and genders["M"] == P["men"], genders
    assert genders[None] == 0, genders
    assert round(100 * genders["K"] / n) == 63 and round(100 * genders["M"] / n) == 37

    ftes = [r[COL_FTE] for r in rows]
    assert all(isinstance(f, float) and 0 < f <= 1 and round(f, 2) == f for f in ftes)
    assert sum(round(f * 100) for f in ftes) == P["fte"] * 100
    assert abs(sum(ftes) - P["fte"]) < 1e-9, sum(ftes)
    assert abs(math.fsum(ftes) - P["fte"]) < 1e-9, math.fsum(ftes)

    cats = Counter((r[COL_CATEGORY], gender_of(r[COL_GENDER])) for r in rows)
    people = Counter(r[COL_CATEGORY] for r in rows)
    for cat, (cnt, women) in P["categories"].items():
        assert people[cat] == cnt and cats[(cat, "K")] == women, (cat, people[cat])
    assert round(100 * 139 / 181) == 77 and round(100 * 105 / 201) == 52
    big = [c for c, k in people.items() if k >= 8]
    small = [c for c, k in people.items() if k < 8]
    assert len(big) >= 8 and 1 <= len(small) <= 2, (big, small)

    levels = Counter((r[COL_LEVEL], gender_of(r[COL_GENDER])) for r in rows)
    lvl_people = Counter(r[COL_LEVEL] for r in rows)
    for lvl, (cnt, women) in P["levels"].items():
        assert lvl_people[lvl] == cnt and levels[(lvl, "K")] == women, lvl
    assert set(lvl_people) == set(P["levels"]) | {NO_MANAGEMENT}, lvl_people

    titles = {norm_text(r[COL_TITLE]) for r in rows}
    assert 20 <= len(titles) <= 30, len(titles)
    raw_laborant = Counter(r[COL_TITLE] for r in rows if norm_text(r[COL_TITLE]) == "laborant")
    assert len(raw_laborant) == 1 + len(LABORANT_VARIANTS), raw_laborant

    for r in rows:
        pay = r[COL_PAY]
        assert isinstance(pay, float) and MIN_PAY <= pay <= MAX_PAY, r
        assert MIN_AGE <= age_at(r[COL_BIRTH]) <= MAX_AGE, r
        dec = decode_cpr(r[COL_CPR])
        assert dec == (r[COL_BIRTH], r[COL_GENDER]), (r, dec)
    assert len({r[COL_ID] for r in rows}) == n
    assert len({decode_key(r[COL_CPR]) for r in rows}) == n, "duplicate CPR"

    allow = sum(r[COL_ALLOWANCE] is not None for r in rows)
    oneoff = sum(r[COL_ONEOFF] is not None for r in rows)
    assert allow == round(ALLOWANCE_SHARE * n) and oneoff == round(ONEOFF_SHARE * n)

    table = pay_index_table(rows)
    suppressed = set()
    outside = set()
    inside = set()
    by_title = {norm_text(t.title): t for t in TITLES}
    for key, (fw, fm, idx) in table.items():
        t = by_title[key]
        if idx is None:
            suppressed.add(t.title)
            continue
        assert abs(idx - 100 * t.ratio) < 0.01, (t.title, idx)
        (inside if PAY_BAND[0] <= idx <= PAY_BAND[1] else outside).add(t.title)
    assert suppressed == EXPECTED_SUPPRESSED, suppressed
    assert outside == EXPECTED_OUTSIDE_BAND, outside
    assert len(inside) >= 5, inside
    # Headcount rule (no FTE) would show Rengøringsassistent (3 men, 2.5 FTE).
    ren = [r for r in rows if r[COL_TITLE] == "Rengøringsassistent" and r[COL_GENDER] == "M"]
    assert len(ren) == 3 and abs(sum(r[COL_FTE] for r in ren) - 2.5) < 1e-9
    return {"genders": genders, "categories": people, "levels": lvl_people,
            "pay_index": table, "allowance": allow, "oneoff": oneoff}


def check_model_factors(rows: Sequence[tuple]):
    """Every hire date after the 18th birthday and before the reference date;
    every education one of the levels."""
    levels = {lv for options in EDUCATION_BY_CATEGORY.values() for lv, _ in options}
    for r in rows:
        assert len(r) == len(STAFF_HEADERS), r
        hired = r[COL_HIRE_DATE]
        assert r[COL_BIRTH] < hired < REFERENCE_DATE and age_at(r[COL_BIRTH], hired) >= EARLIEST_HIRE_AGE, r
        assert r[COL_EDUCATION] in levels, r


def decode_key(cpr) -> str:
    """CPR digits without dash (for duplicate checks)."""
    if isinstance(cpr, (int, float)):
        return f"{int(cpr):010d}"
    return str(cpr).replace("-", "")


# --------------------------------------------------------------------------
# The problems workbook
# --------------------------------------------------------------------------

PROBLEM_GENDER_VARIANTS_K = ("k", "Kvinde", " K", "F", "kvinde ")
PROBLEM_GENDER_VARIANTS_M = ("m", "Mand", "MALE", "M ")


def problem_rows(seed: int = DEFAULT_SEED) -> Tuple[List[tuple], dict]:
    """~40 rows with planted, counted problems, and the expected counts.

    Every planted problem sits on its own row; the four rows sharing the two
    duplicated employee ids have no other problem; the other rows are clean
    (valid gender code, CPR, FTE in (0, 1], numeric pay, age 20-70).
    """
    rng = random.Random(f"ligestat-problems-{seed}")
    cprs = CprAllocator(rng)
    slots = _slots()
    n_base = 38
    base = []
    for _ in range(n_base):
        ti, g = rng.choice(slots)
        t = TITLES[ti]
        cpr, birth, pay = _draw_person(rng, cprs, ti, g)
        base.append([None, cpr, g, birth, t.title, t.category, t.level,
                     rng.choice((1.0, 1.0, 1.0, 0.8, 0.5, 0.37)), pay,
                     _allowance(rng, g) if rng.random() < 0.4 else None,
                     _oneoff(rng, g) if rng.random() < 0.15 else None])
    ids = sorted(rng.sample(range(1000, 10000), n_base))
    for r, i in zip(base, ids):
        r[COL_ID] = i
    # Two more people whose ids repeat two existing ids.
    dup_sources = sorted(rng.sample(range(n_base), 2))
    extra = []
    for src in dup_sources:
        ti, g = rng.choice(slots)
        t = TITLES[ti]
        cpr, birth, pay = _draw_person(rng, cprs, ti, g)
        extra.append([base[src][COL_ID], cpr, g, birth, t.title, t.category,
                      t.level, 1.0, pay, None, None])
    rows = base + extra
    rng.shuffle(rows)
    # Keep the two copies of an id apart (not adjacent) for realism.
    dup_ids = sorted(base[s][COL_ID] for s in dup_sources)
    dup_rows = [i for i, r in enumerate(rows) if r[COL_ID] in dup_ids]

    # Plant one problem per remaining row.
    plan = (
        ["unknown_gender"] * 3 + ["missing_pay"] * 2 + ["text_pay"]
        + ["negative_fte"] * 2 + ["missing_fte"] + ["invalid_cpr"] * 2
        + ["age_out_of_range"] * 2)
    candidates = [i for i in range(len(rows)) if i not in dup_rows]
    targets = sorted(rng.sample(candidates, len(plan)))
    rng.shuffle(plan)
    gender_bad = iter(("X", "?", 7))
    neg_fte = iter((-0.5, -1.0))
    bad_cpr = iter(("310299-1234", "12345"))
    bad_age = iter((12, 80))
    problems = {k: [] for k in dict.fromkeys(plan)}
    for i, kind in zip(targets, plan):
        r = rows[i]
        if kind == "unknown_gender":
            r[COL_GENDER] = next(gender_bad)
        elif kind == "missing_pay":
            r[COL_PAY] = None
        elif kind == "text_pay":
            r[COL_PAY] = "ukendt"
        elif kind == "negative_fte":
            r[COL_FTE] = next(neg_fte)
        elif kind == "missing_fte":
            r[COL_FTE] = None
        elif kind == "invalid_cpr":
            r[COL_CPR] = next(bad_cpr)
        elif kind == "age_out_of_range":
            age = next(bad_age)
            birth = _birth_date_for_age(rng, age)
            r[COL_BIRTH] = birth
            r[COL_CPR] = cpr_form(rng, cprs.allocate(birth, r[COL_GENDER] == "K"))
        problems[kind].append(i)

    # Valid but unusual gender spellings on some clean rows.
    clean = [i for i in range(len(rows)) if i not in targets and i not in dup_rows]
    for i in rng.sample(clean, 9):
        r = rows[i]
        r[COL_GENDER] = rng.choice(
            PROBLEM_GENDER_VARIANTS_K if r[COL_GENDER] == "K" else PROBLEM_GENDER_VARIANTS_M)

    rows = [tuple(r) for r in rows]
    expected = _problem_expectations(rows, problems, dup_ids)
    return rows, expected


def _problem_expectations(rows, problems, dup_ids) -> dict:
    """Count every planted problem from the rows and check it against the plan."""
    def sheet_row(i):
        return i + 2  # header is row 1

    n = len(rows)
    unknown = [i for i, r in enumerate(rows) if gender_of(r[COL_GENDER]) is None]
    missing_pay = [i for i, r in enumerate(rows) if r[COL_PAY] is None]
    text_pay = [i for i, r in enumerate(rows) if isinstance(r[COL_PAY], str)]
    neg_fte = [i for i, r in enumerate(rows)
               if isinstance(r[COL_FTE], float) and r[COL_FTE] < 0]
    missing_fte = [i for i, r in enumerate(rows) if r[COL_FTE] is None]
    bad_cpr = [i for i, r in enumerate(rows) if decode_cpr(r[COL_CPR]) is None]
    ages = [age_at(r[COL_BIRTH]) for r in rows]
    bad_age = [i for i, a in enumerate(ages) if not 15 <= a <= 75]
    id_counts = Counter(r[COL_ID] for r in rows)
    dup_rows = [i for i, r in enumerate(rows) if id_counts[r[COL_ID]] > 1]

    found = {"unknown_gender": unknown, "missing_pay": missing_pay,
             "text_pay": text_pay, "negative_fte": neg_fte,
             "missing_fte": missing_fte, "invalid_cpr": bad_cpr,
             "age_out_of_range": bad_age}
    for k, idx in found.items():
        assert sorted(problems[k]) == idx, (k, problems[k], idx)
    assert sorted(k for k, c in id_counts.items() if c > 1) == dup_ids
    assert [len(found[k]) for k in found] == [3, 2, 1, 2, 1, 2, 2]
    assert len(dup_rows) == 4 and all(id_counts[i] == 2 for i in dup_ids)
    problem_rows_all = set(dup_rows).union(*found.values())
    assert len(problem_rows_all) == sum(map(len, found.values())) + 4, "overlap"
    # Clean rows really are clean.
    for i, r in enumerate(rows):
        if i in problem_rows_all:
            continue
        assert gender_of(r[COL_GENDER]) in ("K", "M")
        assert decode_cpr(r[COL_CPR]) == (r[COL_BIRTH], gender_of(r[COL_GENDER]))
        assert isinstance(r[COL_FTE], float) and 0 < r[COL_FTE] <= 1
        assert isinstance(r[COL_PAY], float) and MIN_PAY <= r[COL_PAY] <= MAX_PAY
        assert MIN_AGE <= ages[i] <= MAX_AGE
    genders = Counter(gender_of(r[COL_GENDER]) for r in rows)

    def block(idx, **extra):
        d = {"count": len(idx), "rows": [sheet_row(i) for i in idx]}
        d.update(extra)
        return d

    return {
        "file": "ligestat-problems.ods",
        "description": "Planted data problems in the staff sheet of the problems "
                       "workbook; all persons are synthetic.",
        "sheet": STAFF_SHEET,
        "header_row": 1,
        "row_numbering": "every 'rows' list holds sheet row numbers "
                         "(1-based, header = row 1)",
        "data_rows": n,
        "reference_date": REFERENCE_DATE.isoformat(),
        "problems": {
            "unknown_gender": block(unknown, values=[rows[i][COL_GENDER] for i in unknown],
                                    note="'7' is a number cell"),
            "missing_pay": block(missing_pay, note="Månedsløn empty"),
            "text_pay": block(text_pay, values=[rows[i][COL_PAY] for i in text_pay]),
            "negative_fte": block(neg_fte, values=[rows[i][COL_FTE] for i in neg_fte]),
            "missing_fte": block(missing_fte, note="Årsværk empty"),
            "invalid_cpr": block(bad_cpr, values=[rows[i][COL_CPR] for i in bad_cpr],
                                 note="310299-1234: 31 February does not exist; "
                                      "12345: not a CPR form"),
            "duplicate_employee_id": {
                "count": len(dup_ids),
                "counting": "count = number of distinct Medarbejdernr values that "
                            "occur more than once; each occurs exactly twice, so "
                            "4 rows carry a duplicated id and 2 rows are surplus",
                "ids": dup_ids,
                "rows": [sheet_row(i) for i in dup_rows],
                "rows_with_duplicate_id": len(dup_rows),
                "surplus_rows": len(dup_rows) - len(dup_ids),
            },
            "age_out_of_range": block(bad_age, range=[15, 75],
                                      ages=[ages[i] for i in bad_age],
                                      note="Fødselsdato and CPR agree; "
                                           "age in completed years at reference_date"),
        },
        "other_rows": "every other row is clean; each planted problem is on its "
                      "own row (no row has two problems)",
        "rows_without_problems": n - len(problem_rows_all),
        "gender": {"women": genders["K"], "men": genders["M"],
                   "other_unknown": genders[None],
                   "note": "includes valid spellings such as 'k', 'Kvinde', "
                           "' K', 'F', 'Mand', 'MALE', 'M '"},
        "numeric_pay_rows": sum(isinstance(r[COL_PAY], float) for r in rows),
        "valid_cpr_rows": n - len(bad_cpr),
        "survey_sheet": False,
    }


# --------------------------------------------------------------------------
# Writing: CSV
# --------------------------------------------------------------------------


def csv_field(v) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return fmt_num(v)
    raise TypeError(f"unsupported cell value {v!r}")


def write_csv(path: str, header: Sequence[str], rows: Iterable[tuple]) -> int:
    """UTF-8 CSV (no BOM, comma, '\\n'); dates YYYY-MM-DD, numbers as in the .ods."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([csv_field(v) for v in r])
            n += 1
    return n


def tee_csv(path: str, header: Sequence[str], rows: Iterable[tuple]) -> Iterator[tuple]:
    """Pass rows through, writing them to a CSV file on the way (streaming)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([csv_field(v) for v in r])
            yield r


# --------------------------------------------------------------------------
# Writing: ODS (streamed)
# --------------------------------------------------------------------------

MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
ZIP_DATE_TIME = (2026, 1, 1, 0, 0, 0)

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)

MANIFEST_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2">\n'
    f' <manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
    f'manifest:media-type="{MIMETYPE}"/>\n'
    ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
    '</manifest:manifest>\n'
)

STYLES_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<office:document-styles {_NS} office:version="1.2">'
    '<office:styles>'
    '<style:default-style style:family="table-cell"/>'
    '<style:style style:name="Default" style:family="table-cell"/>'
    '</office:styles>'
    '</office:document-styles>\n'
)

# Date cells use ce1 (data style N1: YYYY-MM-DD); header cells ce2 (bold).
_AUTO_STYLES = (
    '<office:automatic-styles>'
    '<number:date-style style:name="N1" number:automatic-order="false">'
    '<number:year number:style="long"/><number:text>-</number:text>'
    '<number:month number:style="long"/><number:text>-</number:text>'
    '<number:day number:style="long"/></number:date-style>'
    '<style:style style:name="ce1" style:family="table-cell" '
    'style:parent-style-name="Default" style:data-style-name="N1"/>'
    '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '{columns}'
    '</office:automatic-styles>'
)

Sheet = namedtuple("Sheet", "name header rows widths_cm")


def staff_sheet(rows: Iterable[tuple], headers: Sequence[str] = STAFF_HEADERS) -> Sheet:
    widths = STAFF_COLUMN_WIDTHS_CM if len(headers) == len(STAFF_HEADERS) else COLUMN_WIDTHS_CM
    return Sheet(STAFF_SHEET, headers, rows, widths)


def survey_sheet(answers: Iterable[str]) -> Sheet:
    return Sheet(SURVEY_SHEET, SURVEY_HEADER, ((a,) for a in answers), (4.5,))


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text_p(s: str) -> str:
    """Content of a <text:p>: escaped, spaces kept (ODF collapses runs of
    spaces and drops leading ones, so those become <text:s/>)."""
    s = _xml_escape(s)
    if "\t" in s or "\n" in s:
        s = s.replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>")
    if not (s.startswith(" ") or s.endswith(" ") or "  " in s):
        return s
    out = []
    i, n = 0, len(s)
    while i < n:
        if s[i] != " ":
            j = s.find(" ", i)
            j = n if j < 0 else j
            out.append(s[i:j])
            i = j
            continue
        j = i
        while j < n and s[j] == " ":
            j += 1
        run = j - i
        if i == 0 or j == n:      # leading or trailing: all protected
            out.append("<text:s/>" if run == 1 else f'<text:s text:c="{run}"/>')
        else:                     # inner run: one plain space + the rest
            out.append(" ")
            if run > 1:
                out.append("<text:s/>" if run == 2 else f'<text:s text:c="{run - 1}"/>')
        i = j
    return "".join(out)


def _cell(v) -> str:
    t = type(v)
    if v is None:
        return "<table:table-cell/>"
    if t is str:
        return ('<table:table-cell office:value-type="string"><text:p>'
                + _text_p(v) + "</text:p></table:table-cell>")
    if t is float or t is int:
        s = fmt_num(v)
        return ('<table:table-cell office:value-type="float" office:value="' + s
                + '"><text:p>' + s + "</text:p></table:table-cell>")
    if t is _dt.date:
        s = v.isoformat()
        return ('<table:table-cell table:style-name="ce1" office:value-type="date" '
                'office:date-value="' + s + '"><text:p>' + s + "</text:p></table:table-cell>")
    raise TypeError(f"unsupported cell value {v!r}")


def _row(values) -> str:
    vals = list(values)
    while vals and vals[-1] is None:   # trailing empty cells are implicit
        vals.pop()
    return "<table:table-row>" + "".join(map(_cell, vals)) + "</table:table-row>"


def _zinfo(name: str, compress: int) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
    zi.compress_type = compress
    zi.create_system = 3
    zi.external_attr = 0o100644 << 16
    return zi


def write_ods(path: str, sheets: Sequence[Sheet], *, zip64: bool = False,
              chunk_rows: int = 2000) -> List[int]:
    """Write an .ods with the given sheets; rows are consumed as a stream.

    Returns the number of data rows written per sheet.  `zip64` is needed
    only when content.xml exceeds 2 GiB (more rows than Calc can open).
    """
    counts = []
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
        zf.writestr(_zinfo("mimetype", zipfile.ZIP_STORED), MIMETYPE)
        col_styles = []
        widths = sorted({w for s in sheets for w in s.widths_cm})
        wname = {w: f"co{k + 1}" for k, w in enumerate(widths)}
        for w in widths:
            col_styles.append(
                f'<style:style style:name="{wname[w]}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
        with zf.open(_zinfo("content.xml", zipfile.ZIP_DEFLATED), "w",
                     force_zip64=zip64) as f:
            def put(s: str):
                f.write(s.encode("utf-8"))
            put('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<office:document-content {_NS} office:version="1.2">'
                + _AUTO_STYLES.format(columns="".join(col_styles))
                + "<office:body><office:spreadsheet>")
            for sheet in sheets:
                put(f'<table:table table:name="{_xml_escape(sheet.name)}">')
                for w in sheet.widths_cm:
                    put(f'<table:table-column table:style-name="{wname[w]}"/>')
                put("<table:table-row>" + "".join(
                    '<table:table-cell table:style-name="ce2" office:value-type="string">'
                    f"<text:p>{_text_p(h)}</text:p></table:table-cell>" for h in sheet.header)
                    + "</table:table-row>")
                buf = []
                n = 0
                for r in sheet.rows:
                    if len(r) > len(sheet.header):
                        raise ValueError(f"row wider than header: {r!r}")
                    buf.append(_row(r))
                    n += 1
                    if len(buf) >= chunk_rows:
                        put("".join(buf))
                        buf.clear()
                put("".join(buf))
                put("</table:table>")
                counts.append(n)
            put("</office:spreadsheet></office:body></office:document-content>\n")
        zf.writestr(_zinfo("styles.xml", zipfile.ZIP_DEFLATED), STYLES_XML)
        zf.writestr(_zinfo("META-INF/manifest.xml", zipfile.ZIP_DEFLATED), MANIFEST_XML)
    os.replace(tmp, path)
    return counts


def read_ods(path: str) -> dict:
    """{sheet name: [row tuples]} of a small .ods written by write_ods (header
    row included); used to check that what was written reads back."""
    import xml.etree.ElementTree as ET
    ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
          "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
    T, O, X = ("{%s}" % ns[k] for k in ("table", "office", "text"))
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        assert names[0] == "mimetype" and zf.read("mimetype").decode() == MIMETYPE
        assert zf.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        root = ET.fromstring(zf.read("content.xml"))

    def text_of(p):
        parts = [p.text or ""]
        for ch in p:
            if ch.tag == X + "s":
                parts.append(" " * int(ch.get(X + "c", "1")))
            parts.append(ch.tail or "")
        return "".join(parts)

    out = {}
    for tbl in root.iter(T + "table"):
        rows = []
        for tr in tbl.iter(T + "table-row"):
            vals = []
            for tc in tr.iter(T + "table-cell"):
                vt = tc.get(O + "value-type")
                if vt is None:
                    vals.append(None)
                elif vt == "float":
                    x = float(tc.get(O + "value"))
                    vals.append(x)
                elif vt == "date":
                    vals.append(_dt.date.fromisoformat(tc.get(O + "date-value")))
                else:
                    vals.append("\n".join(text_of(p) for p in tc.iter(X + "p")))
            rows.append(tuple(vals))
        out[tbl.get(T + "name")] = rows
    return out


def _same_rows(written: Sequence[tuple], read: Sequence[tuple]) -> bool:
    def norm(r, width):
        r = tuple(float(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in r)
        return r + (None,) * (width - len(r))
    if len(written) != len(read):
        return False
    return all(norm(a, len(STAFF_HEADERS)) == norm(b, len(STAFF_HEADERS)) for a, b in zip(written, read))


# --------------------------------------------------------------------------
# Scaled workbooks: streamed checks
# --------------------------------------------------------------------------


class StreamStats:
    """Counts and sanity checks while rows stream past."""

    def __init__(self):
        self.n = 0
        self.genders = Counter()
        self.fte = 0.0
        self.allowance = 0
        self.oneoff = 0

    def watch(self, rows: Iterable[tuple]) -> Iterator[tuple]:
        last_id = None
        for r in rows:
            self.n += 1
            g = gender_of(r[COL_GENDER])
            assert g in ("K", "M"), r
            self.genders[g] += 1
            f = r[COL_FTE]
            assert 0 < f <= 1, r
            self.fte += f
            assert MIN_PAY <= r[COL_PAY] <= MAX_PAY, r
            assert MIN_AGE <= age_at(r[COL_BIRTH]) <= MAX_AGE, r
            assert last_id is None or r[COL_ID] > last_id
            last_id = r[COL_ID]
            self.allowance += r[COL_ALLOWANCE] is not None
            self.oneoff += r[COL_ONEOFF] is not None
            yield r


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------

HERE = os.path.dirname(os.path.abspath(__file__))


def _log(quiet: bool, *a):
    if not quiet:
        print(*a, file=sys.stderr)


def last_year_csv(csv_path: str) -> str:
    """ligestat-example-hr.csv -> ligestat-example-hr-2025.csv"""
    root, ext = os.path.splitext(csv_path)
    return root + "-" + LAST_YEAR_SHEET.rsplit(" ", 1)[1] + ext


def build_default(seed: int, out: str, csv_path: Optional[str], quiet=False):
    rows = default_rows(seed)
    answers = survey_answers(seed)
    before = last_year_rows(rows, seed)
    write_ods(out, [staff_sheet(rows), survey_sheet(answers), last_year_sheet(before)])
    back = read_ods(out)
    assert _same_rows(rows, back[STAFF_SHEET][1:]), "staff sheet does not read back"
    assert [r[0] for r in back[SURVEY_SHEET][1:]] == answers
    assert _same_rows(before, back[LAST_YEAR_SHEET][1:]), "last year's sheet does not read back"
    if csv_path:
        write_csv(csv_path, STAFF_HEADERS, rows)
        write_csv(last_year_csv(csv_path), HEADERS, before)
    figs = check_published_figures(rows)
    g = figs["genders"]
    _log(quiet, f"{out}: {len(rows)} employees, FTE {math.fsum(r[COL_FTE] for r in rows):.2f}, "
                f"women {g['K']} ({100 * g['K'] / len(rows):.2f} %), men {g['M']}; "
                f"survey N = {len(answers)}; {LAST_YEAR_SHEET}: {len(before)} employees")
    for title, (fw, fm, idx) in sorted(figs["pay_index"].items()):
        _log(quiet, f"  {title:28s} FTE K {fw:6.2f} M {fm:6.2f}  index "
                    + ("–" if idx is None else f"{idx:7.2f}"))
    return rows


def build_problems(seed: int, out: str, csv_path: Optional[str], quiet=False):
    rows, expected = problem_rows(seed)
    write_ods(out, [staff_sheet(rows, HEADERS)])
    back = read_ods(out)
    assert _same_rows(rows, back[STAFF_SHEET][1:]), "problems sheet does not read back"
    if csv_path:
        write_csv(csv_path, HEADERS, rows)
    expected["file"] = os.path.basename(out)
    exp_path = os.path.splitext(out)[0] + ".expected.json"
    with open(exp_path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    _log(quiet, f"{out}: {len(rows)} rows; " + ", ".join(
        f"{k} {v['count']}" for k, v in expected["problems"].items()) + f"; {exp_path}")
    return rows, expected


def build_scaled(n: int, seed: int, out: str, csv_path: Optional[str], quiet=False):
    stats = StreamStats()
    rows = stats.watch(scaled_rows(n, seed))
    if csv_path:
        rows = tee_csv(csv_path, STAFF_HEADERS, rows)
    answers = survey_answers(seed)
    # content.xml is ~1 KB per row; zip64 only beyond what Calc can open.
    counts = write_ods(out, [staff_sheet(rows), survey_sheet(answers)],
                       zip64=n > 1_500_000)
    assert counts[0] == n == stats.n, (counts, n, stats.n)
    assert stats.genders["K"] + stats.genders["M"] == n
    _log(quiet, f"{out}: {n} employees, FTE {stats.fte:.2f}, women {stats.genders['K']} "
                f"({100 * stats.genders['K'] / max(n, 1):.2f} %), men {stats.genders['M']}, "
                f"allowance {stats.allowance}, one-off {stats.oneoff}")
    return stats


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(
        description="Write synthetic Danish HR workbooks (.ods) for Ligestat. "
                    "All persons are synthetic.")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED,
                    help=f"random seed (default {DEFAULT_SEED}: the published files)")
    ap.add_argument("--out", help="the .ods to write (default: next to this script: "
                                  "ligestat-example-hr.ods, ligestat-problems.ods or "
                                  "ligestat-hr-N.ods)")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--employees", type=int, metavar="N",
                      help="N employees from the same mix, streamed (benchmarks)")
    mode.add_argument("--problems", action="store_true",
                      help="small workbook with planted problems (+ .expected.json)")
    mode.add_argument("--all", action="store_true",
                      help="regenerate every published file in this directory "
                           "(default and problems workbooks, CSVs, expected JSON)")
    ap.add_argument("--csv", metavar="PATH", help="also write the staff rows as UTF-8 CSV")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)

    if a.all:
        if a.out or a.csv:
            ap.error("--all writes fixed names; do not combine with --out/--csv")
        build_default(a.seed, os.path.join(HERE, "ligestat-example-hr.ods"),
                      os.path.join(HERE, "ligestat-example-hr.csv"), a.quiet)
        build_problems(a.seed, os.path.join(HERE, "ligestat-problems.ods"),
                       os.path.join(HERE, "ligestat-problems.csv"), a.quiet)
        return 0
    if a.employees is not None:
        if a.employees < 0:
            ap.error("--employees must be >= 0")
        out = a.out or os.path.join(HERE, f"ligestat-hr-{a.employees}.ods")
        build_scaled(a.employees, a.seed, out, a.csv, a.quiet)
    elif a.problems:
        build_problems(a.seed, a.out or os.path.join(HERE, "ligestat-problems.ods"),
                       a.csv, a.quiet)
    else:
        build_default(a.seed, a.out or os.path.join(HERE, "ligestat-example-hr.ods"),
                      a.csv, a.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
