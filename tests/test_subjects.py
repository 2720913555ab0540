"""What a figure is about and when it holds (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.extract.quantities import extract_quantities
from claimcheck.subjects import different_bases, different_people, different_subjects, market_snapshots, reading, session, subject_of, tally

CASES = [json.loads(line) for line in (Path(__file__).parent.parent / "fixtures" / "cases" / "subjects.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _last(text):
    return extract_quantities(text)[-1]


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_subject_and_session_of_the_last_figure(case):
    a, b = case["a"], case["b"]
    assert different_subjects(a, _last(a), b, _last(b)) is case["different_subjects"]
    assert market_snapshots(a, _last(a), b, _last(b)) is case["snapshots"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shares closed at $4.10.", "close"),
        ("The stock was trading at $4.10 at midday.", "intraday"),
        ("The stock rose 10 cents to $4.10.", None),
    ],
)
def test_session(text, expected):
    assert session(text) == expected


# (sentence, the figure as written, its tally)
TALLIES = [
    ("The blast killed 30 people and injured 61, police said.", "30 people", "dead"),
    ("The blast killed 30 people and injured 61, police said.", "61", "injured"),
    ("Officials said the toll stood at 28 dead, with 50 people hurt.", "28 dead", "dead"),
    ("Officials said the toll stood at 28 dead, with 50 people hurt.", "50 people", "injured"),
    ("The death toll rose to 41 on Sunday.", "41", "dead"),
    ("Twelve people were wounded in the clashes.", "Twelve people", "injured"),
    ("Police arrested 14 protesters near the stadium.", "14 protesters", "arrested"),
    ("At least 200 residents were evacuated overnight.", "At least 200 residents", "evacuated"),
    ("Nine climbers are still missing.", "Nine climbers", "missing"),
    ("Rescuers pulled 17 survivors from the rubble.", "17 survivors", "rescued"),
    ("The club sold 30 tickets, and two fans were hurt.", "30 tickets", None),
    ("The plant employs 400 workers.", "400 workers", None),
    ("The storm killed 30 cattle.", "30 cattle", "dead"),
    ("Thirty people attended, police said.", "Thirty people", None),
    ("Police arrested 30 people over the deaths.", "30 people", "arrested"),
    ("Officers arrested 5 people after 3 died.", "5 people", "arrested"),
    ("Firefighters saved 25 lives.", "25 lives", "rescued"),
    ("Gunmen killed 25 people in the town.", "25 people", "dead"),
]


@pytest.mark.parametrize("text, surface, expected", TALLIES, ids=[f"{t[1]}: {t[2]}" for t in TALLIES])
def test_tally(text, surface, expected):
    q = next(q for q in extract_quantities(text) if q.text == surface)
    assert tally(text, q) == expected


# (sentence a, sentence b, the subject both figures are about, as the explanation names it)
SUBJECTS = [
    ("The crash killed 30 people.", "The crash left 28 dead.", "dead"),
    ("The council built 120 homes.", "The council built 150 homes.", "homes"),
    ("Ministers set a 29% tariff on steel.", "Ministers set a 26 per cent tariff on steel.", "tariff"),
    ("Turnout was 61%.", "Revenue rose 12%.", None),
]


@pytest.mark.parametrize("a, b, expected", SUBJECTS, ids=[s[2] or "nothing shared" for s in SUBJECTS])
def test_subject_of_two_rivals(a, b, expected):
    assert subject_of(a, _last(a), b, _last(b)) == expected


def test_reading_names_the_subject_tally_and_session():
    text = "Orvane shares closed up 35 cents at $18.20."
    r = reading(text, _last(text))
    assert (r.names, r.tally, r.session) == (("Orvane",), None, "close")
    text = "Officials said the blast killed 30 people on Friday."
    q = next(q for q in extract_quantities(text) if q.kind == "count")
    assert reading(text, q).tally == "dead" and reading(text, q).session is None


# (sentence a, sentence b, whether their moves imply different previous readings)
BASES = [
    ("Orvane shares rose 40 cents to $21.25.", "Orvane shares closed at $20.79, down 82 cents.", True),
    ("Orvane shares rose 40 cents to $21.25.", "Orvane shares were up 35 cents at $21.20.", False),
    ("The Corvex index fell 86.56 points to 9,109.99.", "The Corvex index lost 79.43 points to 9,117.12.", False),
    ("The Corvex index fell 86.56 points to 9,109.99.", "The Corvex index fell 40.10 points to 9,120.00.", True),
    ("Orvane shares rose to $21.25.", "Orvane shares closed at $20.79, down 82 cents.", False),
    ("The firm raised $40 million, up $5 million on last year.", "The firm raised $38 million, up $1 million.", False),
    ("Orvane shares rose 40 cents to $21.25.", "Orvane shares rose 40 cents to $23.25.", False),
    ("Orvane shares rose 40 cents to $21.25.", "Orvane shares rose 90 cents to $21.25.", False),
]


@pytest.mark.parametrize("a, b, expected", BASES, ids=[f"{x[0][:30]} / {x[1][:30]}" for x in BASES])
def test_different_bases(a, b, expected):
    qa = next(q for q in extract_quantities(a) if q.role == "current")
    qb = next(q for q in extract_quantities(b) if q.role == "current")
    assert different_bases(a, qa, b, qb) is expected


# (sentence a, sentence b, whether the two ages are of two named people)
PEOPLE_AGES = [
    ("She arrived with Dr Tomas Reyes, 51, on Monday.", "She arrived with Senator Ines Lund, 75, on Monday.", True),
    ("She arrived with Dr Tomas Reyes, 51, on Monday.", "She arrived with Tomas Reyes, 52, on Monday.", False),
    ("The suspect, 34, was held.", "Tomas Reyes, 36, was held.", False),
]


@pytest.mark.parametrize("a, b, expected", PEOPLE_AGES, ids=[f"{x[0][:25]} / {x[1][:25]}" for x in PEOPLE_AGES])
def test_different_people(a, b, expected):
    qa = next(q for q in extract_quantities(a) if q.kind == "age")
    qb = next(q for q in extract_quantities(b) if q.kind == "age")
    assert different_people(a, qa, b, qb) is expected
