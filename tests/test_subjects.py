"""What a figure is about and when it holds (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.extract.quantities import extract_quantities
from claimcheck.subjects import (
    as_of_day,
    coupon,
    different_currency_pairs,
    different_quarters,
    different_statistics,
    period_of,
    quarter,
    bond_part,
    different_bases,
    different_bonds,
    different_cast,
    different_days,
    different_owners,
    different_people,
    different_subjects,
    different_wholes,
    extreme,
    ordinal_name,
    forecast,
    implied_bases,
    is_market,
    market_snapshots,
    moment,
    moments_of_a_session,
    reading,
    session,
    stated_moments,
    window,
    window_and_total,
    subject_of,
    tally,
)

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
        ("The stock rose 10 cents to $4.10 yesterday.", "yesterday"),
        ("The stock closed up 10 cents at $4.10 yesterday.", "close"),
        ("The stock rose 10 cents to $4.10 during Tuesday's trading.", "intraday"),
        # "was up" reports the day's move, not a moment of it
        ("The stock was up 10 cents at $4.10.", None),
        ("The stock rose 10 cents to $4.10 in late European trading.", "intraday"),
        ("The stock rose 10 cents to $4.10 in early trade.", "intraday"),
        ("The stock fell 10 cents to $4.10 in after-hours trading.", "intraday"),
    ],
)
def test_session(text, expected):
    assert session(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The euro slipped back to $1.19 as trading opened in Europe.", "open"),
        ("The euro slipped back to $1.18 in late European trading.", "late"),
        ("The stock was trading at $4.10 at midday.", "midday"),
        ("The stock rose 10 cents to $4.10 in early trading.", "early"),
        ("The stock was up 10 cents at $4.10 in recent dealings.", "latest"),
        ("The stock was up 10 cents at $4.10.", None),
    ],
)
def test_moment(text, expected):
    assert moment(text) == expected


# (sentence a, sentence b, whether the two readings are snapshots at two moments)
MOMENT_SNAPSHOTS = [
    ("The Kerrow dollar slipped to $1.1895 as trading opened in Europe.", "The Kerrow dollar slipped to $1.1884 in late European trading.", True),
    ("The Kerrow dollar slipped to $1.1895 in late trading.", "The Kerrow dollar slipped to $1.1884 in late European trading.", False),
    # one says trading, not when: it may be the same moment
    ("The Kerrow dollar was down at $1.1895 in trading.", "The Kerrow dollar slipped to $1.1884 in late European trading.", False),
    # the latest quote is a moment of its own
    ("The Kerrow dollar was last at $1.1895 in trading.", "The Kerrow dollar slipped to $1.1884 in late European trading.", True),
]


@pytest.mark.parametrize("a, b, expected", MOMENT_SNAPSHOTS, ids=[x[0][:40] for x in MOMENT_SNAPSHOTS])
def test_two_moments_of_trading_are_snapshots(a, b, expected):
    assert market_snapshots(a, _last(a), b, _last(b)) is expected


# (sentence, the figure as written, whether it is a window: a stretch or the first or last few)
WINDOWS = [
    ("Aldo Vance scored 17 goals over the last three seasons.", "three seasons", True),
    ("Aldo Vance scored 17 goals in his first 40 games.", "40 games", True),
    ("The council spent $4 million over the past two years.", "two years", True),
    # the last few of a count of people are a count: "freed the last 14 miners"
    ("Rescuers freed the last 14 miners on Friday.", "14 miners", False),
    ("Aldo Vance scored 29 goals in six seasons.", "six seasons", False),
    ("Aldo Vance played 40 games last season.", "40 games", False),
]


@pytest.mark.parametrize("text, surface, expected", WINDOWS, ids=[f"{x[1]}: {x[2]}" for x in WINDOWS])
def test_window(text, surface, expected):
    q = next(q for q in extract_quantities(text) if q.text == surface)
    assert window(text, q) is expected


def test_a_window_is_no_rival_of_a_total_but_two_windows_are():
    a, b, c = "Vance scored in the last three seasons.", "Vance scored in six seasons.", "Vance scored in the last four seasons."
    qa, qb, qc = (next(q for q in extract_quantities(t) if "seasons" in q.text) for t in (a, b, c))
    assert window_and_total(a, qa, b, qb)
    assert not window_and_total(a, qa, c, qc)


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
    # a previous reading written out: two that differ, with levels that differ, are two sessions
    ("Kerrow bond yields rose to 3.91 percent from 3.85 percent.", "Kerrow bond yields rose to 4.02 percent from 3.99 percent.", True),
    ("Kerrow bond yields rose to 3.91 percent from 3.85 percent.", "Kerrow bond yields rose to 3.93 percent from 3.85 percent.", False),
    # a bare index move ("fell 4.25") and a price per barrel against a move in cents
    ("The Corvex index fell 4.25 to 1,700.00.", "The Corvex index eased 9.10 points to 1,690.40.", True),
    ("Kerrow crude rose 31 cents to $61.40 a barrel.", "Kerrow crude fell 38 cents to $60.50 a barrel.", True),
    # a price per ounce from a written earlier quote: the quote's unit has no "per ounce"
    ("Platinum rose to $812.40 an ounce from $806.10 in Zurich.", "Platinum rose to $815.20 an ounce from $809.90 in Zurich.", True),
    ("Platinum rose to $812.40 an ounce from $806.10 in Zurich.", "Platinum rose to $813.00 an ounce from $806.10 in Zurich.", False),
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


def test_a_number_in_an_index_name_is_no_level():
    # "Corvex 500": only 931.40 less the move is a previous reading
    bases = implied_bases(extract_quantities("The Corvex 500 index rose 11.10, or 1.2 percent, to 931.40."))
    assert [round(b.base, 2) for b in bases] == [920.3]


def test_implied_bases_of_a_written_previous_reading():
    (base,) = implied_bases(extract_quantities("The note yielded 3.91 percent, up from 3.85 percent."))
    assert base.stated and base.base == pytest.approx(3.85) and base.move == pytest.approx(0.06)


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Orvane shares lost 40 cents, or 9 percent, to $4.10.", "9 percent", True),
        ("Orvane said 9 percent of its shares were sold.", "9 percent", False),
        ("The bond slid 12/32 to yield 3.90 percent.", "12/32", True),
    ],
)
def test_is_market(text, surface, expected):
    q = next(q for q in extract_quantities(text) if q.text == surface)
    assert is_market(text, q) is expected


# (sentence a, sentence b, whether one thing is owned by two names)
OWNERS = [
    ("Ohio's jobless rate fell to 4.1 percent in May.", "Iowa's jobless rate fell to 3.2 percent in May.", True),
    ("At noon, Ada's centre was 300 miles east of the coast.", "At noon, the centre of Storm Bram was 550 miles east of the coast.", True),
    ("Ohio's jobless rate fell to 4.1 percent in May.", "Ohio's jobless rate fell to 4.3 percent in May.", False),
    # the same owner named two ways ("Ohio" in both sentences) is one subject
    ("Ohio's jobless rate fell to 4.1 percent, the Ohio agency said.", "The state's jobless rate in Ohio fell to 4.3 percent.", False),
    # two owners of different things say nothing
    ("Ohio's jobless rate fell to 4.1 percent.", "Iowa's governor said 4.3 percent of workers were idle.", False),
    # a share of what someone has, named after it
    ("Farmers make up 12 percent of Kerrow's 2.1 million people.", "Farmers make up 30 percent of Valdane's 900,000 people.", True),
    ("Farmers make up 12 percent of Kerrow's 2.1 million people.", "Farmers make up 15 percent of Kerrow's people.", False),
]


@pytest.mark.parametrize("a, b, expected", OWNERS, ids=[f"{x[0][:25]} / {x[1][:25]}" for x in OWNERS])
def test_different_owners(a, b, expected):
    assert different_owners(a, _last_percent_or_measure(a), b, _last_percent_or_measure(b)) is expected


def _last_percent_or_measure(text):
    return next(q for q in extract_quantities(text) if q.kind in ("percent", "measure", "money"))


# (sentence a, sentence b, whether the two readings are two moments of one session)
MOMENTS = [
    ("Orvane shares were down 40 cents to $5.10 in midday trading.", "Orvane shares fell 35 cents to $5.15 on Monday.", True),
    # both at no stated time: rivals (one of them misreports)
    ("Orvane shares fell 40 cents to $5.10.", "Orvane shares fell 35 cents to $5.15 on Monday.", False),
    # "were down ... at" says no moment: rivals
    ("Orvane shares were down 40 cents at $5.10.", "Orvane shares fell 35 cents to $5.15 on Monday.", False),
    ("Orvane shares were up 5 percent at $20 on Tuesday.", "Orvane shares rose 8 percent to $21 on Tuesday.", False),
    # a stated moment and no previous close to check it by: two moments of one session
    ("The Kerrow index was lately up around 18 points.", "The Kerrow index added 1.16 points to 1,504.04.", True),
    # no stated moment on either side, nothing to check: rivals
    ("The Kerrow index rose around 18 points.", "The Kerrow index added 1.16 points to 1,504.04.", False),
    # trading said but no moment named, nothing to check: rivals
    ("The Kerrow index rose around 18 points during the session.", "The Kerrow index added 1.16 points to 1,504.04.", False),
    # different previous closes: that is different-base's business
    ("Orvane shares were down 40 cents to $5.10 in midday trading.", "Orvane shares fell 35 cents to $5.45 on Monday.", False),
    # both in midday trading: one session, one moment, rivals
    ("Orvane shares were down 40 cents to $5.10 in midday trading.", "Orvane shares fell 35 cents to $5.15 in midday trading.", False),
    # both during trading, at moments not named alike: two moments
    ("Orvane shares were down 40 cents at $5.10 in recent dealings.", "Orvane shares fell 35 cents to $5.15 during Monday's trading.", True),
    ("Orvane shares were down 40 cents at $5.10 during trading.", "Orvane shares fell 35 cents to $5.15 in midday trading.", True),
    # both the latest quote: one moment, rivals
    ("The Kerrow franc rose 0.2 percent and was last at 1.2998.", "The Kerrow franc rose 0.7 percent and was last at 1.2980.", False),
]


@pytest.mark.parametrize("a, b, expected", MOMENTS, ids=[f"{x[0][:30]} / {x[1][:30]}" for x in MOMENTS])
def test_moments_of_a_session(a, b, expected):
    fa, fb = extract_quantities(a), extract_quantities(b)
    qa = next((q for q in fa if q.role == "current"), fa[-1])  # the level, or the move when none is given
    qb = next((q for q in fb if q.role == "current"), fb[-1])
    assert moments_of_a_session(a, qa, b, qb, fa, fb) is expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Analysts had expected revenue of $2.1 billion for the quarter.", "$2.1 billion", True),
        ("Some analysts estimate sales could reach $90 million by 2027.", "$90 million", True),
        ("Analysts estimate peak annual U.S. sales will top $90 million.", "will top $90 million", True),
        ("The firm reported revenue of $2.0 billion for the quarter.", "$2.0 billion", False),
        # budget estimates are a document, not a forecast
        ("The estimates were approved by 78 councillors on Tuesday.", "78 councillors", False),
        # a forecast in another clause says nothing of this one
        ("Sales rose to $2.0 billion; analysts had expected more.", "$2.0 billion", False),
    ],
)
def test_forecast(text, surface, expected):
    q = next(q for q in extract_quantities(text) if q.text == surface)
    assert forecast(text, q) is expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("As of Tuesday, 40 cases were confirmed in the region.", "As of Friday, 41 cases were confirmed in the region.", True),
        ("As of Tuesday, 40 cases were confirmed in the region.", "As of tuesday, 41 cases were confirmed.", False),
        ("As of March 3, 40 cases were confirmed.", "As of March 5, 41 cases were confirmed.", True),
        ("On Tuesday, 40 cases were confirmed.", "As of Friday, 41 cases were confirmed.", False),
    ],
)
def test_different_days(a, b, expected):
    assert different_days(a, b) is expected


def test_as_of_days_written_two_ways_are_one_day():
    assert not different_days("As of Oct. 5, 65 cases were confirmed.", "As of October 5, 75 cases were confirmed.")


def test_a_forecast_word_must_govern_the_figure():
    for text, surface in [
        ("As expected, Orvane reported revenue of $715 million.", "$715 million"),
        ("Orvane beat expectations with revenue of $715 million.", "$715 million"),
        ("The storm, which forecasters had predicted would weaken, killed 12 people.", "12 people"),
    ]:
        q = next(q for q in extract_quantities(text) if q.text == surface)
        assert not forecast(text, q), text


def test_reviewer_cases_of_one_subject_are_rivals():
    pct = lambda t: next(q for q in extract_quantities(t) if q.kind == "percent")  # noqa: E731
    a, b = "The Kerrow index fell 2.1 percent as bonds rallied.", "The Kerrow index fell 3.4 percent."
    assert not coupon(a, pct(a))
    a, b = "Against the U.S. dollar, the yen was down 0.60 percent.", "Against the dollar, the yen was down 0.7 percent."
    assert not different_currency_pairs(a, pct(a), b, pct(b))
    a, b = "Against the greenback, the yen was down 0.60 percent.", "Against the dollar, the yen was down 0.7 percent."
    assert not different_currency_pairs(a, pct(a), b, pct(b))
    a, b = "Britain's economy grew 0.3 percent in May.", "The UK's economy grew 0.5 percent in May."
    assert not different_owners(a, pct(a), b, pct(b))
    text = "Compared with last year's results, Orvane's revenue rose to $5.2 billion."
    assert period_of(text, next(q for q in extract_quantities(text) if q.kind == "money")) is None
    assert session("Orvane shares rose 4 percent to $21.25 after the company said yesterday it would cut 300 jobs.") is None


def test_as_of_day():
    assert as_of_day("As of Friday, 41 cases were confirmed.") == "friday"
    assert as_of_day("The count rose to 41.") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Orvane lost $140 million in the quarter ended June 28.", ("ended", 6)),
        ("In the first quarter of 2025, Orvane lost $146 million.", ("ordinal", 1)),
        ("Orvane lost $146 million in the fiscal second quarter.", None),
        ("Orvane lost $146 million in the first quarter and $20 million in the second quarter.", None),
        ("Orvane lost $146 million last year.", None),
    ],
)
def test_quarter(text, expected):
    assert quarter(text) == expected


def test_different_quarters():
    assert different_quarters("It lost $140 million in the first quarter.", "It lost $146 million in the third quarter.")
    assert different_quarters("It lost $140 million in the quarter ended June 28.", "It lost $146 million in the quarter ended March 29.")
    # a company's third quarter may end in June: quarters named two ways do not compare
    assert not different_quarters("It lost $140 million in the quarter ended June 28.", "It lost $146 million in its third quarter.")
    assert not different_quarters("It lost $140 million in the first quarter.", "It lost $146 million in the first quarter.")


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Patients lived an average of 46 months.", "Median survival was 41 months.", True),
        ("Patients lived an average of 46 months.", "Patients lived a mean of 41 months.", False),
        ("Patients lived 46 months.", "Median survival was 41 months.", False),
    ],
)
def test_different_statistics(a, b, expected):
    qa = next(q for q in extract_quantities(a) if q.kind == "duration")
    qb = next(q for q in extract_quantities(b) if q.kind == "duration")
    assert different_statistics(a, qa, b, qb) is expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("That was up from the year-ago quarter, when the firm earned $54 million.", "$54 million", "year before"),
        ("The firm earned $64 million in the quarter.", "$64 million", None),
        ("The firm earned 14 cents a share a year earlier.", "14 cents a share", "year before"),
    ],
)
def test_period_of(text, surface, expected):
    q = next(q for q in extract_quantities(text) if q.text == surface)
    assert period_of(text, q) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The yield on the 4 percent note maturing in 2031 fell to 2.61 percent.", True),
        ("The yield on the note fell to 2.61 percent.", False),
    ],
)
def test_coupon(text, expected):
    q = next(q for q in extract_quantities(text) if q.kind == "percent")
    assert coupon(text, q) is expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Against the Swiss franc, the dollar was down 0.60 percent.", "Against the yen, the dollar was down 0.7 percent.", True),
        ("Against the yen, the dollar was down 0.60 percent.", "Against the yen, the dollar fell 0.7 percent.", False),
        ("The dollar was down 0.60 percent.", "Against the yen, the dollar was down 0.7 percent.", False),
    ],
)
def test_different_currency_pairs(a, b, expected):
    qa = next(q for q in extract_quantities(a) if q.kind == "percent")
    qb = next(q for q in extract_quantities(b) if q.kind == "percent")
    assert different_currency_pairs(a, qa, b, qb) is expected


# (sentence, the figure, which part of a bond's name it is)
BOND_PARTS = [
    ("The yield on the 4 percent Kerrow note fell to 2.61 percent.", "4 percent", "coupon"),
    ("The yield on the five-year note fell to 2.61 percent.", "five-year", "tenor"),
    ("The yield on the 30-year Treasury bond rose.", "30-year", "tenor"),
    ("The yield on the March 2031 note rose.", "March 2031", "maturity"),
    ("The yield on the Kerrow note maturing in 2029 rose.", "2029", "maturity"),
    ("The Kerrow bonds due 2033 rallied.", "2033", "maturity"),
    # a year or a span that names no bond
    ("In 2008 the bonds rallied.", "2008", None),
    ("The council passed a 10-year plan for its bonds.", "10-year", None),
    ("Kerrow sold $2 billion of notes in 2024.", "2024", None),
]


@pytest.mark.parametrize("text, surface, expected", BOND_PARTS, ids=[f"{x[1]}: {x[2]}" for x in BOND_PARTS])
def test_bond_part(text, surface, expected):
    q = next(q for q in extract_quantities(text) if q.text == surface)
    assert bond_part(text, q) == expected


# (sentence a, sentence b, whether their last figures are readings of two bonds)
BONDS = [
    ("The yield on the two-year note fell 3 basis points to 1.41 percent.", "The yield on the 10-year note fell 7 basis points to 3.61 percent.", True),
    ("The yield on the note maturing in 2031 fell to 2.61 percent.", "The yield on the March 2029 note fell to 2.12 percent.", True),
    ("The yield on the 4 percent note fell to 2.61 percent.", "The yield on the 3 percent note fell to 2.12 percent.", True),
    ("The yield on the 10-year note fell 3 basis points to 3.41 percent.", "The yield on the 10-year note fell 7 basis points to 3.61 percent.", False),
    # only a part both name tells them apart: a tenor against a coupon says nothing
    ("The yield on the 10-year note fell to 3.41 percent.", "The yield on the 4 percent note fell to 3.61 percent.", False),
    ("The yield on the 10-year note fell to 3.41 percent.", "The benchmark yield fell to 3.61 percent.", False),
]


@pytest.mark.parametrize("a, b, expected", BONDS, ids=[f"{x[0][:32]} / {x[1][:32]}" for x in BONDS])
def test_different_bonds(a, b, expected):
    assert different_bonds(a, _last(a), b, _last(b)) is expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("A panel of the 4th Kerrow Circuit Court upheld the ban.", "4th", True),
        ("Troops of the 82nd Airborne Division landed.", "82nd", True),
        ("She won her 19th Grand Slam title.", "19th", False),
        ("It was a 19th Grand Slam for her.", "19th", False),
        ("He finished the 4th stage in third place.", "4th", False),
        # a rank of a person, a count of titles, a numbered stage: they rival
        ("Kerrow sworn in as the 45th President of Valdane.", "45th", False),
        ("She won the 17th Grand Slam title of her career.", "17th", False),
        ("He won the 3rd Stage in the rain.", "3rd", False),
        ("Valdane ratified the 19th Amendment.", "19th", True),
    ],
)
def test_ordinal_name(text, surface, expected):
    q = next(q for q in extract_quantities(text) if q.text == surface)
    assert ordinal_name(text, q) is expected


# (sentence a, sentence b, whether their first shares are one of a change, one of a level)
WHOLES = [
    ("Night crashes made up 64 percent of the rise.", "Night crashes made up 38 percent of all road deaths.", True),
    ("Night crashes made up 64 percent of this year's increase.", "Night crashes made up 38 percent of road deaths.", True),
    ("Night crashes made up 64 percent of road deaths.", "Night crashes made up 58 percent of the road deaths.", False),
    # two levels named in other words may be one whole: rivals
    ("The party won 58 percent of voters.", "The party won 61 percent of the electorate.", False),
    ("The party won 52 percent of the vote in Kerrow.", "The party won 48 percent of votes cast.", False),
    # a share with no whole said weighs against any
    ("Night crashes made up 64 percent of the rise.", "Night crashes rose 38 percent.", False),
]


@pytest.mark.parametrize("a, b, expected", WHOLES, ids=[f"{x[0][:30]} / {x[1][:30]}" for x in WHOLES])
def test_different_wholes(a, b, expected):
    qa = next(q for q in extract_quantities(a) if q.kind == "percent")
    qb = next(q for q in extract_quantities(b) if q.kind == "percent")
    assert different_wholes(a, qa, b, qb) is expected


# (sentence a, sentence b, story a, story b, whether their last figures are two subjects' sums or shares)
CAST = [
    ("Halvorsen earned $2.4 million in salary.", "Okonkwo earned $3.1 million in salary.", None, None, True),
    # a body goes by many names: "the Pentagon" may be "the Defense Department"
    ("The Pentagon will spend $2 billion on drones.", "The Defense Department will spend $3 billion on drones.", None, None, False),
    ("Under the Senate-backed bill, renters pay 30 percent.", "Under the House-backed bill, renters pay 25 percent.", None, None, False),
    # the other story names him too: the same sum may be told of another agent
    ("Halvorsen earned $2.4 million in salary.", "Okonkwo earned $3.1 million in salary.", None, "Okonkwo earned $3.1 million in salary. Halvorsen is its chief.", False),
    # a source is no owner, and counts are not sums
    ("Halvorsen said the deal cost $2.4 million.", "Okonkwo said the deal cost $3.1 million.", None, None, False),
    ("Halvorsen hired 240 workers.", "Okonkwo hired 310 workers.", None, None, False),
    ("Halvorsen earned $2.4 million in salary.", "He earned $3.1 million in salary.", None, None, False),
    # a sum put into two named firms
    ("Kerrow invested $40 million in Dovrin.", "Kerrow invested $25 million in Pellam Labs.", None, None, True),
    ("Kerrow invested $40 million in Dovrin.", "Kerrow invested $25 million in Dovrin Labs.", None, None, False),
]


@pytest.mark.parametrize("a, b, story_a, story_b, expected", CAST, ids=[f"{x[0][:30]} / {x[1][:30]}" for x in CAST])
def test_different_cast(a, b, story_a, story_b, expected):
    assert different_cast(a, _last(a), b, _last(b), story_a or a, story_b or b) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Valdane franc rose as high as 1.3120 against the euro.", "high"),
        ("Kerrow shares hit fresh five-year highs at $41.20.", "high"),
        ("Kerrow shares fell as low as $38.10 before recovering.", "low"),
        ("The Valdane franc was last at 1.3065 against the euro.", None),
        ("Kerrow shares rose to $41.20.", None),
    ],
)
def test_extreme(text, expected):
    assert extreme(text, _last(text)) == expected


# (sentence a, sentence b, whether their market readings are two stated moments)
STATED = [
    ("Kerrow crude was quoted at $61.40 a barrel at 0900 GMT.", "Kerrow crude was quoted at $60.85 a barrel at 1400 GMT.", True),
    # one instant in two zones is one moment
    ("Kerrow crude was quoted at $61.40 a barrel at 1500 GMT.", "Kerrow crude was quoted at $60.85 a barrel at 10 a.m. EST.", False),
    ("Kerrow bond yields fell to 3.91 percent from 3.95 percent late Friday.", "Kerrow bond yields fell to 3.88 percent from 3.90 percent late Monday.", True),
    ("Kerrow bond yields fell to 3.91 percent on Friday.", "Kerrow bond yields fell to 3.88 percent on Friday.", False),
    # a count is no market reading
    ("Kerrow hired 40 people by 0900 GMT.", "Kerrow hired 45 people by 1400 GMT.", False),
]


@pytest.mark.parametrize("a, b, expected", STATED, ids=[f"{x[0][:32]} / {x[1][:32]}" for x in STATED])
def test_stated_moments(a, b, expected):
    qa = next(q for q in extract_quantities(a) if q.kind in ("money", "percent", "count"))
    qb = next(q for q in extract_quantities(b) if q.kind in ("money", "percent", "count"))
    assert stated_moments(a, qa, b, qb) is expected
