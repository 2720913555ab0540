"""The quantity extractor, one news sentence at a time (no model needed)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract import extract_quantities

APRIL_7 = dt.date(2025, 4, 7)


def only(text: str, **kw):
    qs = extract_quantities(text, **kw)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


def find(text: str, surface: str, **kw):
    for q in extract_quantities(text, **kw):
        if q.text == surface:
            return q
    raise AssertionError(f"{surface!r} not among {[q.text for q in extract_quantities(text, **kw)]}")


# (sentence, surface, kind, value, unit)
VALUES = [
    ("Terror attacks jumped by 42% in January.", "42%", "percent", 42, "percent"),
    ("Attacks rose 42 percent in January.", "42 percent", "percent", 42, "percent"),
    ("The duty is 29 per cent.", "29 per cent", "percent", 29, "percent"),
    ("Inflation eased to 17pc in March.", "17pc", "percent", 17, "percent"),
    ("Inflation eased to 17 pc in March.", "17 pc", "percent", 17, "percent"),
    ("Turnout was twenty-nine percent.", "twenty-nine percent", "percent", 29, "percent"),
    ("Equipment worth $7 billion remained.", "$7 billion", "money", 7e9, "USD"),
    ("They discussed roughly $7bn in hardware.", "roughly $7bn", "money", 7e9, "USD"),
    ("A $12.5m haul was taken from the vault.", "$12.5m", "money", 12.5e6, "USD"),
    ("The phone could cost Rs1Million.", "Rs1Million", "money", 1e6, "INR"),
    ("The flat sold for Rs 3.2 lakh.", "Rs 3.2 lakh", "money", 320_000, "INR"),
    ("The builder paid Rs350,000 in fees.", "Rs350,000", "money", 350_000, "INR"),
    ("The scheme costs 2.5 crore rupees.", "2.5 crore rupees", "money", 25_000_000, "INR"),
    ("The government allocated PKR 500 million.", "PKR 500 million", "money", 5e8, "PKR"),
    ("Revenue reached £1.2bn.", "£1.2bn", "money", 1.2e9, "GBP"),
    ("The deal is worth €3 billion.", "€3 billion", "money", 3e9, "EUR"),
    ("Crude was up 19 cents.", "19 cents", "money", 0.19, "USD"),
    ("The loan of US$58.24 million was approved.", "US$58.24 million", "money", 58.24e6, "USD"),
    ("Police said 12 people were killed.", "12 people", "count", 12, "person"),
    ("Ford has 13,000 workers in the UK.", "13,000 workers", "count", 13_000, "worker"),
    ("The two diplomats discussed tariffs.", "two diplomats", "count", 2, "diplomat"),
    ("A dozen shops were looted.", "A dozen shops", "count", 12, "shop"),
    ("He scored 22 goals last season.", "22 goals", "count", 22, "goal"),
    ("They won 68 of the 150 seats.", "68", "count", 68, "seat"),
    ("A three-vehicle convoy was attacked.", "three-vehicle", "count", 3, "vehicle"),
    ("He bought five classic cars.", "five classic cars", "count", 5, "car"),
    ("He was sentenced to 15 years in prison.", "15 years", "duration", 15, "year"),
    ("The talks lasted three months.", "three months", "duration", 3, "month"),
    ("A 15-year-old boy was hurt.", "15-year-old", "age", 15, "year"),
    ("She won the title aged 21.", "aged 21", "age", 21, "year"),
    ("Pellow, 58, admitted fraud.", "58", "age", 58, "year"),
    ("He was jailed for seven years and six months.", "seven years and six months", "duration", 7.5, "year"),
    ("He was jailed for seven-and-a-half years.", "seven-and-a-half years", "duration", 7.5, "year"),
    ("The journey takes 21 min.", "21 min", "duration", 21, "minute"),
    ("He scored in the 23rd minute.", "23rd minute", "ordinal", 23, "minute"),
    ("Varga, the world No 41, won.", "No 41", "ordinal", 41, "rank"),
    ("Varga, ranked 41st in the world, won.", "41st", "ordinal", 41, "rank"),
    ("The airline's 162-strong fleet grew.", "162-strong", "count", 162, None),
    ("Passenger numbers reached 38.2m last year.", "38.2m", "count", 38_200_000, None),
    ("He won the 100m sprint.", "100m", "measure", 100, "metre"),
    ("Total outlay is Rs18.87tr.", "Rs18.87tr", "money", 18.87e12, "INR"),
    ("A Rs 10,250-crore buyback was cleared.", "Rs 10,250-crore", "money", 1.025e11, "INR"),
    ("The fine was Rs 1,00,000.", "Rs 1,00,000", "money", 100_000, "INR"),
    ("Some 10 000 troops were sent.", "Some 10 000 troops", "count", 10_000, "troop"),
    ("Shinde, now 33, worked there.", "33", "age", 33, "year"),
    ("Cases have fallen by a third since March.", "a third", "fraction", 1 / 3, None),
    ("Gunmen struck shortly after 7 a.m.", "7 a.m.", "time", 7, "hour"),
    ("The ferry left at 9pm.", "9pm", "time", 21, "hour"),
    ("The line opened at 05:30.", "05:30", "time", 5.5, "hour"),
    ("The line opened at 5.30am.", "5.30am", "time", 5.5, "hour"),
    ("It sank three nautical miles off the coast.", "three nautical miles", "measure", 3, "nautical mile"),
    ("The storm dumped 30 cm of snow.", "30 cm", "measure", 30, "centimetre"),
    ("Temperatures hit 45°C in Jacobabad.", "45°C", "measure", 45, "degree Celsius"),
    ("The Fed raised rates by 25 basis points.", "25 basis points", "points", 25, "basis point"),
    ("Unemployment rose 0.3 percentage points.", "0.3 percentage points", "points", 0.3, "percentage point"),
    ("Sales grew tenfold over the decade.", "tenfold", "multiplier", 10, None),
    ("Profits doubled last year.", "doubled", "multiplier", 2, None),
    ("It was his first official phone call.", "first", "ordinal", 1, "call"),
    ("He scored his 19th league goal of the season.", "19th", "ordinal", 19, "goal"),
    ("It finished 21st in the table.", "21st", "ordinal", 21, None),
    ("Nearly half of the equipment was seized.", "Nearly half", "fraction", 0.5, None),
    ("Two-thirds of voters backed the plan.", "Two-thirds", "fraction", 2 / 3, None),
    ("The US withdrew in 2021.", "2021", "year", 2021, None),
    ("A 2022 US Defence Department report revealed it.", "2022", "year", 2022, None),
]


@pytest.mark.parametrize("sentence, surface, kind, value, unit", VALUES, ids=[v[1] for v in VALUES])
def test_value_kind_and_unit(sentence, surface, kind, value, unit):
    q = find(sentence, surface)
    assert q.kind == kind
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert sentence[q.start : q.end] == q.text


# Number words, fractions, signs and units from the Recognizers-Text and quantulum3 styles.
MORE_VALUES = [
    ("Half a million people came.", "Half a million people", "count", 500_000, "person"),
    ("The total is three lakh crore rupees.", "three lakh crore rupees", "money", 3e12, "INR"),
    ("It measured five point five.", "five point five", "number", 5.5, None),
    ("They bought 3 dozens eggs.", "3 dozens eggs", "count", 36, "egg"),
    ("Five and a half million fish live here.", "Five and a half million fish", "count", 5_500_000, "fish"),
    ("The population is 3 million and a half.", "3 million and a half", "count", 3_500_000, None),
    ("Two thirds voted yes.", "Two thirds", "fraction", 2 / 3, None),
    ("One in five adults smoke.", "One in five", "fraction", 0.2, None),
    ("Now it is -10C outside in the cold.", "-10C", "measure", -10, "degree Celsius"),
    ("Temperatures ranged from -18 °C to -34 °C overnight.", "-18 °C to -34 °C", "measure", None, "degree Celsius"),
    ("The answer is minus 5.", "minus 5", "count", -5, None),
    ("A density of 1.3x10^6 was seen.", "1.3x10^6", "count", 1_300_000, None),
    ("The chip has 8 MB of cache.", "8 MB", "measure", 8, "megabyte"),
    ("The door is 2 1/2 in thick.", "2 1/2 in", "measure", 2.5, "inch"),
    ("They were given 44 mg to 50 mg.", "44 mg to 50 mg", "measure", None, "milligram"),
    ("At 200 kilometres per hour it shook.", "200 kilometres per hour", "measure", 200, "kilometre per hour"),
    ("It drops to 87 mph (140 km/h) when armoured.", "140 km/h", "measure", 140, "kilometre per hour"),
    ("Gusts reached 30 m/s on the coast.", "30 m/s", "measure", 30, "metre per second"),
    ("Arsenic was found at 5 mg/l in the well.", "5 mg/l", "measure", 5, "milligram per litre"),
    ("The engine makes 296 hp and 332 lb-ft of torque.", "296 hp", "measure", 296, "horsepower"),
    ("The engine makes 296 hp and 332 lb-ft of torque.", "332 lb-ft", "measure", 332, "pound-foot"),
    ("It idles at 3000 rpm.", "3000 rpm", "measure", 3000, "revolutions per minute"),
    ("The phone has a 4500 mAh battery.", "4500 mAh", "measure", 4500, "milliampere hour"),
    ("Lead was measured at 4 ppb in the water.", "4 ppb", "measure", 4, "part per billion"),
    ("The hybrid returns 29 mpg.", "29 mpg", "measure", 29, "mile per gallon"),
    ("The 1520 sq m centre opened.", "1520 sq m", "measure", 1520, "square metre"),
    ("Each flat has 32m2 of floor space.", "32m2", "measure", 32, "square metre"),
    ("The house sold for $US55,931,000.", "$US55,931,000", "money", 55_931_000, "USD"),
    ("The house sold for $A82.6 million.", "$A82.6 million", "money", 82_600_000, "AUD"),
    ("The Federal Government has approved N500 million for the response.", "N500 million", "money", 500e6, "NGN"),
    ("Eskom may collect R412 billion in revenue.", "R412 billion", "money", 412e9, "ZAR"),
    ("A household can expect to pay about R230 more a month.", "about R230", "money", 230, "ZAR"),
    ("Earnings per share: $1.04 adjusted vs. 96 cents expected.", "96 cents", "money", 0.96, "USD per share"),
    ("Nights can dip to minus-130 degrees Fahrenheit.", "minus-130 degrees Fahrenheit", "measure", -130, "degree Fahrenheit"),
    ("It earned $1.04 per share, above estimates of 97 cents.", "97 cents", "money", 0.97, "USD per share"),
    ("Crude rose to US $58.24 per barrel.", "US $58.24 per barrel", "money", 58.24, "USD per barrel"),
    ("An interim dividend of Rs12 a share was paid.", "Rs12 a share", "money", 12, "INR per share"),
    ("I spent 20 million pounds on this.", "20 million pounds", "money", 20_000_000, "GBP"),
    ("Police seized 200 pounds of cocaine.", "200 pounds", "measure", 200, "pound"),
    ("It costs 3 dollars 50 cents.", "3 dollars 50 cents", "money", 3.5, "USD"),
    ("The ticket was 10 € at the door.", "10 €", "money", 10, "EUR"),
    ("The county budget is KSh44.6 billion.", "KSh44.6 billion", "money", 44.6e9, "KES"),
    ("The wage bill is Sh18.9 billion.", "Sh18.9 billion", "money", 18.9e9, "KES"),
]


@pytest.mark.parametrize("sentence, surface, kind, value, unit", MORE_VALUES, ids=[v[1] for v in MORE_VALUES])
def test_more_styles(sentence, surface, kind, value, unit):
    q = find(sentence, surface)
    assert (q.kind, q.unit) == (kind, unit)
    if value is not None:
        assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, surface, iso",
    [
        ("It happened on 21/04/2016 in Lahore.", "21/04/2016", "2016-04-21"),
        ("It happened on 04/21/2016 in Lahore.", "04/21/2016", "2016-04-21"),
        ("It happened on 2015/08/12 in Lahore.", "2015/08/12", "2015-08-12"),
        ("It happened on 13.5.2015 in Lahore.", "13.5.2015", "2015-05-13"),
        ("Results came on january 12, 2016.", "january 12, 2016", "2016-01-12"),
        ("He arrived on 1st Jan.", "1st Jan.", "--01-01"),
    ],
)
def test_numeric_and_lower_case_dates(sentence, surface, iso):
    assert find(sentence, surface).date.iso() == iso


def test_impossible_dates_are_not_dates():
    assert all(q.kind != "date" for q in extract_quantities("The deadline was Feb 30."))


@pytest.mark.parametrize(
    "sentence, surface, iso",
    [
        ("The ministers met yesterday.", "yesterday", "2025-04-06"),
        ("It happened three days ago.", "three days ago", "2025-04-04"),
        ("They will meet this Friday.", "Friday", "2025-04-11"),
    ],
)
def test_relative_dates_need_the_story_date(sentence, surface, iso):
    assert find(sentence, surface, published=APRIL_7).date.iso() == iso
    assert all(q.text != "yesterday" and "ago" not in q.text for q in extract_quantities(sentence))


def test_numbers_inside_links_are_not_figures():
    assert [q.text for q in extract_quantities("See https://example.com/2025/04/09/a%2829%29 for 42% more")] == ["42%"]


# (sentence, surface, low, high, kind, unit)
RANGES = [
    ("His efforts between 2013 and 2018 were costly.", "between 2013 and 2018", 2013, 2018, "range", "year"),
    ("His military efforts from 2013 to 2018.", "from 2013 to 2018", 2013, 2018, "range", "year"),
    ("The campaign from 2013 through 2018.", "from 2013 through 2018", 2013, 2018, "range", "year"),
    ("The 2013-18 period saw many attacks.", "2013-18", 2013, 2018, "range", "year"),
    ("The 2013-2018 period saw many attacks.", "2013-2018", 2013, 2018, "range", "year"),
    ("Guidance is $5-7 billion for the year.", "$5-7 billion", 5e9, 7e9, "money", "USD"),
    ("Growth of 10-15% is expected.", "10-15%", 10, 15, "percent", "percent"),
    ("Guidance is between $5bn and $7bn.", "between $5bn and $7bn", 5e9, 7e9, "money", "USD"),
    ("Seven suspects aged between 19 and 41 were held.", "aged between 19 and 41", 19, 41, "age", "year"),
    ("The budget for FY2024-25 was passed.", "2024-25", 2024, 2025, "range", "year"),
    ("Prices of the 1990s returned.", "1990s", 1990, 1999, "range", "year"),
    ("Growth of 2.5-3.5pc is forecast for FY26.", "FY26", 2025, 2026, "range", "year"),
    ("Inflation is expected at 5% to 7% next year.", "5% to 7%", 5, 7, "percent", "percent"),
    ("Growth between 2.5% and 3.5% is forecast.", "between 2.5% and 3.5%", 2.5, 3.5, "percent", "percent"),
    ("Guidance is $5bn-$7bn for the year.", "$5bn-$7bn", 5e9, 7e9, "money", "USD"),
    ("Prices range from $370,000 to $5.5 million.", "$370,000 to $5.5 million", 370_000, 5.5e6, "money", "USD"),
    ("The work takes seven to 10 years.", "seven to 10 years", 7, 10, "duration", "year"),
    ("Over the past three or four years it grew.", "three or four years", 3, 4, "duration", "year"),
    ("The trip lasts ~25 \u2013 40min.", "~25 \u2013 40min", 25, 40, "duration", "minute"),
]


@pytest.mark.parametrize(
    "sentence, change_amount, new_level",
    [
        ("Revenue increased by $43.6 billion to $419.2 billion.", "$43.6 billion", "$419.2 billion"),
        ("Profit rose by 5% to 12%.", "5%", "12%"),
    ],
)
def test_by_x_to_y_is_a_change_then_a_level_not_a_range(sentence, change_amount, new_level):
    amount, level = find(sentence, change_amount), find(sentence, new_level)
    assert (amount.role, amount.change, amount.is_range) == ("change", "up", False)
    assert (level.role, level.is_range) == ("current", False)


@pytest.mark.parametrize("sentence, surface, low, high, kind, unit", RANGES, ids=[r[1] for r in RANGES])
def test_ranges(sentence, surface, low, high, kind, unit):
    q = find(sentence, surface)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.kind == kind
    assert q.unit == unit


# (sentence, surface, change, role)
CHANGES = [
    ("Terror attacks in Pakistan jumped by 42%.", "42%", "up", "change"),
    ("Attacks rose 24 percent from a month earlier.", "24 percent", "up", "change"),
    ("There was a 42% increase in attacks.", "42%", "up", "change"),
    ("Shares fell 3 points in early trade.", "3 points", "down", "change"),
    ("Exports now face a 29% duty, up from the earlier 10%.", "29%", "=", "current"),
    ("Exports now face a 29% duty, up from the earlier 10%.", "10%", "=", "earlier"),
    ("The tariff rises from 10% to 29%.", "10%", "=", "earlier"),
    ("The tariff rises from 10% to 29%.", "29%", "up", "current"),
    ("Inflation eased to 17pc in March from 20.7pc a month earlier.", "20.7pc", "=", "earlier"),
    ("Inflation eased to 17pc in March from 20.7pc a month earlier.", "17pc", "=", "current"),
    ("They discussed roughly $7bn in hardware.", "roughly $7bn", "~", "current"),
    ("About 19 per cent of voters were undecided.", "About 19 per cent", "~", "current"),
    ("More than 40% of homes were damaged.", "More than 40%", ">", "current"),
    ("At least 12 people were killed.", "At least 12 people", ">", "current"),
    ("Up to 50 people may be trapped.", "Up to 50 people", "<", "current"),
    ("Fewer than 300 voters turned out.", "Fewer than 300 voters", "<", "current"),
    ("The Fed raised rates by 25 basis points.", "25 basis points", "up", "change"),
    ("Revenue was £1.2bn, compared with £845m a year earlier.", "£845m", "=", "earlier"),
    ("Margin was 24.6 per cent, against 25 per cent in the same quarter last year.", "25 per cent", "=", "earlier"),
    ("Growth of 2.5pc is forecast, compared with a provisional 2.7pc.", "2.7pc", "=", "earlier"),
    ("Inflation fell to 12.3pc year-on-year in May from 17.3pc in April.", "17.3pc", "=", "earlier"),
    # the date of an earlier figure is an earlier date; the date of the new one is not
    ("Inflation fell to 12.3pc year-on-year in May from 17.3pc in April.", "April", "=", "earlier"),
    ("Inflation fell to 12.3pc year-on-year in May from 17.3pc in April.", "May", "=", "current"),
    ("A total of 996,078 candidates sat the exam, up from 965,501 in 2024.", "2024", "=", "earlier"),
    ("Shares ended the week after plummeting 65% on Monday.", "65%", "down", "change"),
    ("Growth was revised upward by 0.4 points.", "0.4 points", "up", "change"),
    ("By noon the Nasdaq was +0.8% on the day.", "0.8%", "up", "change"),
    # not changes: a phrasal verb, money raised, the size of a loss
    ("The defence gave up 517 rushing yards.", "517 rushing yards", "=", "current"),
    ("The campaign has raised $280 million so far.", "$280 million", "=", "current"),
    ("It posted a first-quarter loss of 63 cents per share.", "63 cents per share", "=", "current"),
    ("The maximum sentence for fraud by abuse of position is 10 years.", "10 years", "<", "current"),
    ("The maximum temperature stayed above 40C for 3 days.", "3 days", "=", "current"),
]


@pytest.mark.parametrize("sentence, surface, change, role", CHANGES, ids=[f"{c[1]} in {c[0][:30]}" for c in CHANGES])
def test_change_and_role(sentence, surface, change, role):
    q = find(sentence, surface)
    assert (q.change, q.role) == (change, role)


# (sentence, surface, iso, inferred)
DATES = [
    ("ISLAMABAD, April 7, 2025 - The call took place.", "April 7, 2025", "2025-04-07", ()),
    ("The tariff takes full effect on April 9.", "April 9", "2025-04-09", ("year",)),
    ("The new rate takes effect on 9 April.", "9 April", "2025-04-09", ("year",)),
    ("It takes effect on 9 April 2025.", "9 April 2025", "2025-04-09", ()),
    ("Attacks rose in January 2025.", "January 2025", "2025-01", ()),
    ("The withdrawal in August 2021 was chaotic.", "August 2021", "2021-08", ()),
    ("Talks have run since June of 2018.", "June of 2018", "2018-06", ()),
    ("Dar spoke to Rubio on Monday.", "Monday", "2025-04-07", ("year", "month", "day")),
    ("The vote was held on Friday.", "Friday", "2025-04-04", ("year", "month", "day")),
    ("The deadline is Sept. 30.", "Sept. 30", "2025-09-30", ("year",)),
    ("Results are due on 2025-04-09.", "2025-04-09", "2025-04-09", ()),
    ("The survey ended in December.", "December", "2024-12", ("year",)),
]


@pytest.mark.parametrize("sentence, surface, iso, inferred", DATES, ids=[d[1] for d in DATES])
def test_dates_resolved_against_the_story_date(sentence, surface, iso, inferred):
    q = find(sentence, surface, published=APRIL_7)
    assert q.kind == "date"
    assert q.date.iso() == iso
    assert q.date.inferred == inferred


@pytest.mark.parametrize(
    "sentence, surface, iso",
    [
        ("The deal should close in the second half of 2026.", "second half of 2026", "2026-H2"),
        ("Profit rose in Q3 2025.", "Q3 2025", "2025-Q3"),
        ("In the first quarter, sales fell.", "first quarter", "Q1"),
    ],
)
def test_halves_and_quarters_of_a_year(sentence, surface, iso):
    q = find(sentence, surface)
    assert q.kind == "date" and q.date.iso() == iso


def test_the_first_half_of_something_else_is_not_a_date():
    assert all(q.kind != "date" for q in extract_quantities("He was the first half of a double act."))


# (sentence, surface, period)
PERIODS = [
    ("Halvorsen's stock, which has fallen 18% so far this year, rose.", "18%", "ytd"),
    ("Inflation, which peaked at 38 per cent in May 2023, slowed.", "38 per cent", "2023-05"),
    ("In January 2025, terror attacks in Pakistan jumped by 42%.", "42%", "2025-01"),
    ("Attacks rose 24 percent in January 2025 from a month earlier.", "24 percent", "2025-01"),
    ("Shinde, who was 29 at the time of the killing, was jailed.", "29", "then"),
    ("Halvorsen fell 3.2% on Monday morning.", "3.2%", None),
]


@pytest.mark.parametrize("sentence, surface, period", PERIODS, ids=[p[1] for p in PERIODS])
def test_period_a_figure_holds_for(sentence, surface, period):
    assert find(sentence, surface).period == period


def test_dates_without_a_story_date_keep_only_what_is_written():
    q = only("The tariff takes full effect on April 9.")
    assert q.date.iso() == "--04-09"
    assert q.date.year is None and q.date.inferred == ()


NOT_QUANTITIES = [
    "COVID-19 cases were reported in the city.",
    "The plane, Flight MH370, disappeared.",
    "He lives at No. 10 Downing Street.",
    "No one was hurt and they helped one another.",
    "The F-16 jets flew over the city.",
    "The meeting may take place in the capital.",
    "They will march to the parliament.",
]


NAMES_WITH_NUMBERS = [
    "He lives at 49 Zorro Ranch Road, near 10 Downing Street.",
    "The N95 masks ran out; the R40 road was closed.",
    "The S&P 500 and the FTSE 100 closed higher.",
    "Fortune 500 companies backed the plan.",
    "Apple's iPhone 11 went on sale.",
    "The category 4 hurricane made landfall.",
    "Boeing grounded its 737 Max jets.",
]


@pytest.mark.parametrize("sentence", NAMES_WITH_NUMBERS)
def test_numbers_in_names_are_not_figures(sentence):
    assert extract_quantities(sentence) == ()


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_labels_codes_and_times_are_not_figures(sentence):
    assert extract_quantities(sentence) == ()


def test_a_score_is_two_sides_not_a_range():
    q = find("Arsenal beat Chelsea 3-1 on Saturday.", "3-1")
    assert q.kind == "score" and (q.low, q.high) == (3, 1)


CRICKET_SCORES = [
    # (sentence, surface, runs, wickets): totals are runs for wickets, bowling figures wickets for runs
    ("Put in to bat, Mumbai posted 187 for five in their 20 overs.", "187 for five", 187, 5),
    ("Mumbai 187/5 in 20 overs beat Madhya Pradesh by 27 runs.", "187/5", 187, 5),
    ("Mumbai finished on 187/5, the highest total in a final.", "187/5", 187, 5),
    ("Australia were 5/187 at stumps on day one, with Smith on 60 runs.", "5/187", 187, 5),
    ("Kale was the pick of the bowlers with four for 27 in his four overs.", "four for 27", 27, 4),
    ("Brief scores: Kuldeep Sen 2/34 in four overs.", "2/34", 34, 2),
]


@pytest.mark.parametrize("sentence, surface, runs, wickets", CRICKET_SCORES, ids=[c[1] for c in CRICKET_SCORES])
def test_cricket_scores_are_runs_and_wickets(sentence, surface, runs, wickets):
    q = find(sentence, surface)
    assert q.kind == "score" and (q.low, q.high) == (runs, wickets)


@pytest.mark.parametrize(
    "sentence, surface, kind",
    [
        ("Two-thirds of the overs were bowled, and 2/3 of the runs came in boundaries.", "2/3", "count"),
        ("The council voted 187 for five years of funding; no cricket ground was named.", "187", "count"),
        ("The match was on 12/4/2025 and lasted 50 overs.", "12/4/2025", "date"),
    ],
)
def test_not_cricket_scores(sentence, surface, kind):
    assert find(sentence, surface).kind == kind


def test_a_run_margin_is_runs_however_written():
    assert {(q.kind, q.value, q.unit) for q in extract_quantities("a 27-run win, by 27 runs")} == {("measure", 27, "run")}


def test_about_words_say_what_a_figure_measures():
    q = find("Exports from Pakistan to the US now face a 29% duty.", "29%")
    assert "duty" in q.about and "export" in q.about


# --- properties -----------------------------------------------------------

STYLES = ["{n}%", "{n} %", "{n} per cent", "{n} percent", "{n}pc", "{n} pc", "{n} per-cent"]
WORDS = {7: "seven", 12: "twelve", 29: "twenty-nine", 42: "forty-two", 88: "eighty-eight"}


@given(n=st.integers(min_value=0, max_value=999), style=st.sampled_from(STYLES), lead=st.sampled_from(["Turnout was", "Prices rose", "It is"]))
@settings(max_examples=300, deadline=None)
def test_every_percent_style_reads_the_same(n, style, lead):
    sentence = f"{lead} {style.format(n=n)} this year."
    q = find(sentence, style.format(n=n))
    assert q.kind == "percent" and q.value == n


@pytest.mark.parametrize("n, word", sorted(WORDS.items()))
def test_number_words_match_digits(n, word):
    assert find(f"Turnout was {word} percent.", f"{word} percent").value == n


@given(st.text(max_size=300))
@settings(max_examples=400, deadline=None)
def test_never_raises_and_spans_point_at_the_surface(text):
    for q in extract_quantities(text, published=APRIL_7):
        assert text[q.start : q.end] == q.text


NEWSY = st.lists(
    st.sampled_from(
        ["$", "£", "Rs", "Rs.", "PKR", "7", "7.5", "1,200", "bn", "m", "million", "crore", "lakh",
         "%", "pc", "per", "cent", "percent", "up", "from", "to", "between", "and", "April", "9",
         "2025", "2013-18", "-", "–", "Monday", "about", "more", "than", "at", "least", "people",
         "killed", "forty", "two", "a", "dozen", "half", "the", "earlier", ",", ".", "(", ")", "3-1"]
    ),
    max_size=30,
).map(" ".join)


@given(NEWSY)
@settings(max_examples=400, deadline=None)
def test_news_like_token_soup_never_breaks_spans(text):
    qs = extract_quantities(text, published=APRIL_7)
    for q in qs:
        assert text[q.start : q.end] == q.text
    ends = [(q.start, q.end) for q in qs]
    assert ends == sorted(ends)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:])), "figures overlap"
