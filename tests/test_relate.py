"""How two figures relate: the editor's rule book, as a table (no model needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extract import extract_quantities
from claimcheck.relate import Relation, relate

APRIL_7 = dt.date(2025, 4, 7)
SAME, COMPATIBLE, CONFLICT, INCOMPARABLE = Relation.SAME, Relation.COMPATIBLE, Relation.CONFLICT, Relation.INCOMPARABLE


def fig(sentence: str, published: dt.date | None = None):
    """The one figure in ``sentence`` (tests spell sentences with exactly one)."""
    qs = extract_quantities(sentence, published=published)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


# (sentence a, sentence b, relation)
TABLE = [
    # equal after normalisation
    ("It was 29%.", "It was 29 per cent.", SAME),
    ("It was 29%.", "It was 29pc.", SAME),
    ("Equipment worth $7 billion.", "Equipment worth $7bn.", SAME),
    ("The flat cost Rs 15 lakh.", "The flat cost Rs1.5m.", SAME),
    ("It took three months.", "It took 3 months.", SAME),
    ("Attacks jumped by 42%.", "Attacks rose 42 percent.", SAME),
    # compatible within rounding, approximation or a bound
    ("Equipment worth $7 billion.", "Equipment worth $7.2bn.", COMPATIBLE),
    ("Nearly 30% voted.", "Some 29% voted.", COMPATIBLE),
    ("More than 40% voted.", "Turnout hit 42%.", COMPATIBLE),
    ("At least 12 people died.", "13 people died.", COMPATIBLE),
    ("More than 52,000 fans came.", "52,417 fans came.", COMPATIBLE),
    ("Up to 50 people are missing.", "45 people are missing.", COMPATIBLE),
    ("He faces up to 10 years in prison.", "He was jailed for eight years.", COMPATIBLE),
    # a bound holds only as far as it says, whatever trailing zeros suggest
    ("Turnout was over 60% in the north.", "Turnout was 57% in the north.", CONFLICT),
    ("Turnout was over 60% in the north.", "Turnout was 59.8% in the north.", COMPATIBLE),
    ("Up to 50 homes were lost.", "55 homes were lost.", CONFLICT),
    ("Fewer than 200 tickets were sold.", "Some 230 tickets were sold.", CONFLICT),
    ("More than 40% backed it.", "About 38% backed it.", CONFLICT),
    ("More than $7bn was spent.", "$6.9bn was spent.", COMPATIBLE),
    ("It employs 1,200 workers.", "It employs 1,234 workers.", COMPATIBLE),
    ("Roughly $7bn was left.", "Equipment worth $7 billion.", COMPATIBLE),
    ("Rigging at at least a dozen polling stations.", "Rigging at 17 polling stations.", COMPATIBLE),
    ("A dozen homes were lost.", "14 homes were lost.", COMPATIBLE),
    ("He persuaded 214 victims to hand over savings.", "He stole from 214 clients.", SAME),
    # a holiday is its day
    ("The plane crashed on New Year's Eve.", "The plane crashed on December 31.", SAME),
    ("The plane crashed on New Year's Eve.", "The plane crashed on December 30.", CONFLICT),
    ("The Kerrow ban took effect at the start of the New Year.", "The Kerrow ban took effect on January 1.", SAME),
    # a bound written after the figure holds like one before it
    ("Adults aged 21 or older may vote.", "Adults aged 22 may vote.", COMPATIBLE),
    ("Adults aged 21 or older may vote.", "Adults aged 18 may vote.", CONFLICT),
    # one instant in two time zones; a zone against no zone is weighed as written
    ("The talks began at 15:00 GMT.", "The talks began at 10:00 EST.", SAME),
    ("The talks began at 15:00 GMT.", "The talks began at 11:00 EST.", CONFLICT),
    ("Voting ended at 1300 GMT.", "Voting ended at 6pm PKT.", SAME),
    ("The polls close at 9pm local time.", "The polls close at 9 p.m.", SAME),
    ("The launch is at 11pm PDT.", "The launch is at 06:00 UTC.", SAME),
    # amounts in words are spans: they meet a figure or another amount, or they do not
    ("Hundreds of people fled the town.", "More than 2,000 people fled the town.", CONFLICT),
    ("Hundreds of people fled the town.", "About 650 people fled the town.", COMPATIBLE),
    ("Hundreds of people fled the town.", "Nearly 1,050 people fled the town.", COMPATIBLE),
    ("Hundreds of people fled the town.", "Some 1,500 people fled the town.", CONFLICT),
    ("Hundreds of people fled the town.", "Thousands of people fled the town.", CONFLICT),
    ("Thousands of homes lost power.", "More than 1,000 homes lost power.", COMPATIBLE),
    ("Thousands of homes lost power.", "Tens of thousands of homes lost power.", COMPATIBLE),
    ("Tens of thousands of people marched.", "About 8,000 people marched.", CONFLICT),
    ("Dozens of protesters were held.", "Scores of protesters were held.", COMPATIBLE),
    ("A handful of protesters stayed.", "Dozens of protesters stayed.", CONFLICT),
    ("A handful of protesters stayed.", "Six protesters stayed.", COMPATIBLE),
    ("Hundreds of thousands of people lost power.", "Some 400,000 people lost power.", COMPATIBLE),
    ("He was jailed for five to seven years.", "He was jailed for eight years.", CONFLICT),  # a range in words, weighed as a range
    ("It lasted two weeks.", "It lasted 14 days.", SAME),
    ("Half of them voted.", "50% of them voted.", SAME),
    # dates: fewer parts agree with a fuller date that matches
    ("It starts on April 9.", "It starts on 9 April 2025.", COMPATIBLE),
    ("The pull-out in 2021.", "The pull-out in August 2021.", COMPATIBLE),
    ("On Monday they met.", "On 7 April 2025 they met.", COMPATIBLE),
    ("Efforts between 2013 and 2018.", "Efforts from 2013 to 2018.", SAME),
    ("Efforts between 2013 and 2018.", "In 2016 it peaked.", COMPATIBLE),
    ("Total outlay is Rs18.87 trillion.", "Total outlay is Rs 18,877 billion.", COMPATIBLE),
    ("It closes in the second half of 2026.", "It closes in August 2026.", COMPATIBLE),
    ("Varga is ranked 41st in the world.", "Varga, the world No 41, won.", SAME),
    ("Police seized 1.2 tonnes of cocaine.", "Police seized 1,200 kg of cocaine.", SAME),
    ("The storm hit 100 km inland.", "The storm hit 62 miles inland.", COMPATIBLE),
    ("It was 40°C in Jacobabad.", "It was 104°F in Jacobabad.", SAME),
    # every unit has a dimension, so any two units of one dimension are compared
    ("The file is 2 GB.", "The file is 2,000 MB.", SAME),
    ("The link runs at 1 Gbps.", "The link runs at 1,000 Mbps.", SAME),
    ("The chip runs at 3.2 GHz.", "The chip runs at 3,200 MHz.", SAME),
    ("The engine makes 296 hp.", "The engine makes 221 kW.", COMPATIBLE),
    ("It lasted 12 months.", "It lasted one year.", SAME),  # one length of a month, a twelfth of a year
    # clear mismatches
    ("Attacks jumped by 42%.", "Attacks rose 24 percent.", CONFLICT),
    ("A dozen homes were lost.", "40 homes were lost.", CONFLICT),
    ("At least a dozen people died.", "31 people died.", CONFLICT),
    ("It starts on April 9.", "It starts on 10 April.", CONFLICT),
    ("The pull-out in August 2021.", "The pull-out in August 2020.", CONFLICT),
    ("Roughly $9bn was left.", "Equipment worth $7 billion.", CONFLICT),
    ("Efforts from 2013 to 2018.", "Efforts from 2014 through 2018.", CONFLICT),
    ("Police said 12 people died.", "Police said 15 people died.", CONFLICT),
    ("At least 27 people died.", "The death toll rose to 31 people.", CONFLICT),
    ("The share closed at Rs 4,012.", "The buyback is at Rs 4,100.", CONFLICT),
    ("Sales rose 5%.", "Sales fell 5%.", CONFLICT),
    ("Arsenal won 3-1.", "Arsenal won 2-1.", CONFLICT),
    ("On Monday they met.", "On Tuesday they met.", CONFLICT),
    ("It employs 100 workers.", "It employs 120 workers.", CONFLICT),
    ("It closes in the second half of 2026.", "It closes in the first half of 2026.", CONFLICT),
    ("It closes in the second half of 2026.", "It closes in March 2026.", CONFLICT),
    # different kinds or currencies are never compared
    ("It cost $7 billion.", "It cost €7 billion.", INCOMPARABLE),
    ("It was a US$35 million package.", "It was an A$35 million package.", INCOMPARABLE),
    # a year alone says nothing of a day: the day is an addition, not the date told less precisely
    ("The 2026 Kerrow festival drew crowds.", "The Kerrow festival opened on March 7, 2026.", INCOMPARABLE),
    ("The 2025 Kerrow festival drew crowds.", "The Kerrow festival opened on March 7, 2026.", INCOMPARABLE),
    # a bare "$" is the local dollar: an Australian "$25 million" is weighed against A$
    ("It was a $25 million package.", "It was an A$25m package.", SAME),
    ("It was a $25 million package.", "It was an A$35 million package.", CONFLICT),
    ("It was a C$1.2 billion deal.", "It was a $1.2bn deal.", SAME),
    # a hedge holds as far as its rounding says: "about 400" is 350-450, "about 57" is 56-58
    ("About 57 members were arrested.", "Some 55 members were arrested.", CONFLICT),
    ("About 57 members were arrested.", "58 members were arrested.", COMPATIBLE),
    ("About 400 homes were lost.", "About 300 homes were lost.", CONFLICT),
    ("About 400 homes were lost.", "430 homes were lost.", COMPATIBLE),
    ("Turnout was nearly 30%.", "Turnout was 29.6%.", COMPATIBLE),
    # a whole percentage rounds one with decimals, down to 2%
    ("Output rose 3%.", "Output rose 2.7 percent.", COMPATIBLE),
    ("Output rose 2%.", "Output rose 1.6 percent.", COMPATIBLE),
    ("Output rose 1%.", "Output rose 0.6 percent.", CONFLICT),
    ("Output rose 3%.", "Output rose 3.6 percent.", CONFLICT),
    ("Output rose 0.4%.", "Output rose 0.44 percent.", COMPATIBLE),
    ("Output rose 0.2%.", "Output rose 0.3 percent.", CONFLICT),
    ("The margin of error is 4 percentage points.", "The margin of error is 3.7 percentage points.", COMPATIBLE),
    # a half-way figure is as near the next step: no rounding of either
    ("Prices rose 4%.", "Prices rose 4.5%.", CONFLICT),
    ("Prices rose 2%.", "Prices rose 1.5%.", CONFLICT),
    ("Rates rose 2 percentage points.", "Rates rose 1.5 percentage points.", CONFLICT),
    ("About 1,000 homes were lost.", "1,400 homes were lost.", CONFLICT),
    ("About thirty homes were lost.", "32 homes were lost.", COMPATIBLE),
    # a share's price "a share" is a bare price; a company's sum is no price per share
    ("Orvane shares fell to $1.83 a share.", "Orvane shares fell to $1.84.", CONFLICT),
    ("Orvane earned $64 million.", "Orvane earned 27 cents a share.", INCOMPARABLE),
    ("It was 29%.", "It cost $29.", INCOMPARABLE),
    ("Police said 12 people died.", "They scored 12 goals.", INCOMPARABLE),
    ("It took three months.", "It was 3%.", INCOMPARABLE),
]


@pytest.mark.parametrize("a, b, expected", TABLE, ids=[f"{t[0]} | {t[1]}" for t in TABLE])
def test_relation(a, b, expected):
    qa, qb = fig(a, APRIL_7), fig(b, APRIL_7)
    assert relate(qa, qb) is expected
    assert relate(qb, qa) is expected, "relate must be symmetric"


def test_inferred_date_parts_are_not_claims():
    # "April 9" read in a 2024 story and "9 April 2025": only month and day were written.
    a = fig("It starts on April 9.", dt.date(2024, 4, 1))
    b = fig("It starts on 9 April 2025.")
    assert a.date.inferred == ("year",)
    assert relate(a, b) is COMPATIBLE


def test_a_weekday_is_checked_against_the_calendar():
    # Without a story date, "on Monday" still fits 7 April 2025 (a Monday) and not 9 April (a Wednesday).
    assert relate(fig("On Monday they met."), fig("On 7 April 2025 they met.")) is COMPATIBLE
    assert relate(fig("On Monday they met."), fig("On 9 April 2025 they met.")) is CONFLICT
    assert relate(fig("On Monday they met."), fig("In April they met.")) is INCOMPARABLE


@pytest.mark.parametrize(
    "a, b",
    [
        ("a 29% duty", "a 29 per cent duty"),
        ("worth $7bn", "worth $7 billion"),
        ("1.2 tonnes of rice", "1,200 kg of rice"),
        ("half of the voters", "50% of the voters"),
        ("41,236 votes", "41,236 people"),
        ("his 19th goal", "19 goals"),
    ],
)
def test_same_figures_share_a_value_key(a, b):
    from claimcheck.extract.quantities import extract_quantities
    from claimcheck.relate import Relation, relate, value_key

    (qa,), (qb,) = extract_quantities(a), extract_quantities(b)
    if relate(qa, qb) is Relation.SAME:
        assert value_key(qa) == value_key(qb)


def test_every_unit_of_measure_has_a_dimension():
    from claimcheck.extract.lexicon import MEASURE_UNITS
    from claimcheck.relate import _MEASURES

    assert sorted(set(MEASURE_UNITS.values()) - set(_MEASURES)) == []


def test_figures_past_float_range_never_agree():
    # "1e308 tonnes" is 1e311 kg: infinite in the common unit, where +inf and -inf
    # looked "within rounding" of each other.  The extractor no longer reads such
    # figures (they are text); relate() does not agree on them either.
    from dataclasses import replace

    big = fig("Police seized 1,200 tonnes of cocaine.")
    a, b = replace(big, value=1e308, text="1e308 tonnes"), replace(big, value=-1e308, text="-1e308 tonnes")
    assert not relate(a, b).agrees and not relate(b, a).agrees
    assert extract_quantities("1e308 tonnes") == () and extract_quantities("-1e308 tonnes") == ()
    assert relate(fig("It weighed 1e99 tonnes."), fig("It weighed -1e99 tonnes.")) is CONFLICT
