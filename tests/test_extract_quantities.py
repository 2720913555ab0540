"""The quantity extractor, one news sentence at a time (no model needed)."""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract import extract_quantities

APRIL_7 = dt.date(2025, 4, 7)
# The sentence tables live in fixtures/cases/quantities.jsonl, one case a line
# ("table" names the test that reads it), so tuning scripts can share them.
CASES = Path(__file__).resolve().parent.parent / "fixtures" / "cases" / "quantities.jsonl"


def _load_cases() -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = {}
    with CASES.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                case = json.loads(line)
                tables.setdefault(case["table"], []).append(case)
    return tables


_TABLES = _load_cases()
_READ: set[str] = set()


def table(name: str, *fields: str) -> list:
    """The cases of one table as tuples of ``fields`` (one field: the bare values)."""
    _READ.add(name)
    rows = [tuple(case.get(f) for f in fields) for case in _TABLES[name]]
    return [row[0] for row in rows] if len(fields) == 1 else rows


def published(name: str) -> dt.date | None:
    """The story date the cases of a table are read against (one per table)."""
    dates = {case.get("published") for case in _TABLES[name]}
    assert len(dates) == 1, f"{name}: one story date per table"
    date = dates.pop()
    return dt.date.fromisoformat(date) if date else None


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
VALUES = table("values", "sentence", "surface", "kind", "value", "unit")


def test_every_case_table_is_read():
    assert set(_TABLES) == _READ, "a table in fixtures/cases/quantities.jsonl that no test reads"


@pytest.mark.parametrize("sentence, surface, kind, value, unit", VALUES, ids=[v[1] for v in VALUES])
def test_value_kind_and_unit(sentence, surface, kind, value, unit):
    q = find(sentence, surface)
    assert q.kind == kind
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert sentence[q.start : q.end] == q.text


# Number words, fractions, signs and units from the Recognizers-Text and quantulum3 styles.
MORE_VALUES = table("styles", "sentence", "surface", "kind", "value", "unit")


@pytest.mark.parametrize("sentence, surface, kind, value, unit", MORE_VALUES, ids=[v[1] for v in MORE_VALUES])
def test_more_styles(sentence, surface, kind, value, unit):
    q = find(sentence, surface)
    assert (q.kind, q.unit) == (kind, unit)
    if value is not None:
        assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, surface, iso",
    table("numeric_dates", "sentence", "surface", "iso"),
)
def test_numeric_and_lower_case_dates(sentence, surface, iso):
    assert find(sentence, surface).date.iso() == iso


def test_impossible_dates_are_not_dates():
    assert all(q.kind != "date" for q in extract_quantities("The deadline was Feb 30."))


@pytest.mark.parametrize(
    "sentence, surface, iso",
    table("relative_dates", "sentence", "surface", "iso"),
)
def test_relative_dates_need_the_story_date(sentence, surface, iso):
    assert find(sentence, surface, published=published("relative_dates")).date.iso() == iso
    assert all(q.text != "yesterday" and "ago" not in q.text for q in extract_quantities(sentence))


def test_numbers_inside_links_are_not_figures():
    assert [q.text for q in extract_quantities("See https://example.com/2025/04/09/a%2829%29 for 42% more")] == ["42%"]


# (sentence, surface, low, high, kind, unit)
RANGES = table("ranges", "sentence", "surface", "low", "high", "kind", "unit")


@pytest.mark.parametrize(
    "sentence, change_amount, new_level",
    table("change_then_level", "sentence", "change_amount", "new_level"),
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
CHANGES = table("changes", "sentence", "surface", "change", "role")


@pytest.mark.parametrize("sentence, surface, change, role", CHANGES, ids=[f"{c[1]} in {c[0][:30]}" for c in CHANGES])
def test_change_and_role(sentence, surface, change, role):
    q = find(sentence, surface)
    assert (q.change, q.role) == (change, role)


# (sentence, surface, iso, inferred)
DATES = [(s, f, iso, tuple(inferred)) for s, f, iso, inferred in table("dates", "sentence", "surface", "iso", "inferred")]


@pytest.mark.parametrize("sentence, surface, iso, inferred", DATES, ids=[d[1] for d in DATES])
def test_dates_resolved_against_the_story_date(sentence, surface, iso, inferred):
    q = find(sentence, surface, published=published("dates"))
    assert q.kind == "date"
    assert q.date.iso() == iso
    assert q.date.inferred == inferred


@pytest.mark.parametrize(
    "sentence, surface, iso",
    table("year_parts", "sentence", "surface", "iso"),
)
def test_halves_and_quarters_of_a_year(sentence, surface, iso):
    q = find(sentence, surface)
    assert q.kind == "date" and q.date.iso() == iso


def test_the_first_half_of_something_else_is_not_a_date():
    assert all(q.kind != "date" for q in extract_quantities("He was the first half of a double act."))


# (sentence, surface, period)
PERIODS = table("periods", "sentence", "surface", "period")


@pytest.mark.parametrize("sentence, surface, period", PERIODS, ids=[p[1] for p in PERIODS])
def test_period_a_figure_holds_for(sentence, surface, period):
    assert find(sentence, surface).period == period


def test_dates_without_a_story_date_keep_only_what_is_written():
    q = only("The tariff takes full effect on April 9.")
    assert q.date.iso() == "--04-09"
    assert q.date.year is None and q.date.inferred == ()


NOT_QUANTITIES = table("not_quantities", "sentence")


NAMES_WITH_NUMBERS = table("names_with_numbers", "sentence")


@pytest.mark.parametrize("sentence", NAMES_WITH_NUMBERS)
def test_numbers_in_names_are_not_figures(sentence):
    assert extract_quantities(sentence) == ()


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_labels_codes_and_times_are_not_figures(sentence):
    assert extract_quantities(sentence) == ()


def test_a_score_is_two_sides_not_a_range():
    q = find("Arsenal beat Chelsea 3-1 on Saturday.", "3-1")
    assert q.kind == "score" and (q.low, q.high) == (3, 1)


# (sentence, surface, runs, wickets): totals are runs for wickets, bowling figures wickets for runs
CRICKET_SCORES = table("cricket", "sentence", "surface", "runs", "wickets")


@pytest.mark.parametrize("sentence, surface, runs, wickets", CRICKET_SCORES, ids=[c[1] for c in CRICKET_SCORES])
def test_cricket_scores_are_runs_and_wickets(sentence, surface, runs, wickets):
    q = find(sentence, surface)
    assert q.kind == "score" and (q.low, q.high) == (runs, wickets)


@pytest.mark.parametrize(
    "sentence, surface, kind",
    table("not_cricket", "sentence", "surface", "kind"),
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
WORDS = dict(table("number_words", "n", "word"))


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


# --- numbers beyond float range, absurd digit runs and dates (issue 9) -------

HUGE = "9" * 309  # past float range: float("9" * 309) is inf


@pytest.mark.parametrize(
    "text",
    [
        "1e309",
        HUGE,
        f"The debt was ${HUGE} billion.",
        "$1e308 billion",
        "1.99999999999999999999.2025",
        "It cost 1.3x10^632 dollars.",
        "It was 1e-400 metres wide.",
        "The fine was Rs 123456789012345678 lakh crore.",
        "It fell 99999999999999999999 per cent.",
        "It happened 99999999999 days ago, or 9999999 years ago.",
        "The date 2025-99999999999999999999-01 and 13.999999999999999999.2015 do not exist.",
    ],
    ids=["1e309", "309 digits", "309 digits, $ billion", "$1e308 billion", "1.999...9.2025", "x10^632", "1e-400",
         "18 digits lakh crore", "20 digits percent", "days ago", "absurd dates"],
)
def test_huge_numbers_and_absurd_dates_are_text_not_figures(text):
    for q in extract_quantities(text, published=APRIL_7):
        assert text[q.start : q.end] == q.text
        for v in (q.value, q.low, q.high):
            assert v is None or (math.isfinite(v) and abs(v) <= 1e100), q
        assert "99999" not in q.text and "1e3" not in q.text and "632" not in q.text, q


def test_the_largest_figure_is_still_read():
    assert only("The universe holds some 1e80 atoms.").value == pytest.approx(1e80)
    assert only("The shortfall was 123,456,789,012,345 rupees.").value == 123_456_789_012_345


def test_a_fiscal_year_after_a_spaced_number_is_not_a_crash():
    # "2024/25 100": "25 100" is one space-grouped numeral, not the end of a fiscal year.
    extract_quantities("cubic metres 2024/25 100 1 loan")


def test_huge_numbers_through_the_command_line(tmp_path):
    lines = ["1e309", HUGE, "$1e308 billion", "1.99999999999999999999.2025", "1e308 tonnes", "-1e308 tonnes"]
    done = subprocess.run(
        # thousands of lines of digit runs are far more than one article's 2 MB
        [sys.executable, "-m", "claimcheck", "quantities", "-", "--lines", "--format", "json", "--max-bytes", "100000000"],
        input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    rows = json.loads(done.stdout)
    assert [r["text"] for r in rows] == lines
    assert all(r["quantities"] == [] for r in rows)


def _random_line(rng: random.Random) -> str:
    """A line of news words, currencies, scales and numerals of every size and shape."""
    parts = []
    for _ in range(rng.randint(1, 12)):
        kind = rng.random()
        if kind < 0.3:
            parts.append(rng.choice(["$", "Rs", "£", "about", "more than", "rose", "to", "from", "between", "and",
                                     "billion", "lakh crore", "per cent", "tonnes", "km", "days ago", "x10^", "in",
                                     "April", "Monday", "2025", "people", "-", "–", "/", ".", ",", "e", "E+"]))
        else:
            digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([1, 2, 4, 9, 15, 16, 20, 40, 309, 400])))
            shape = rng.random()
            if shape < 0.25:
                digits += rng.choice(["e", "E", "e+", "e-"]) + str(rng.choice([1, 99, 100, 101, 307, 308, 309, 400, 10**6]))
            elif shape < 0.5:
                digits = rng.choice([",", ".", " ", "\u00a0"]).join(digits[k : k + 3] for k in range(0, len(digits), 3))
            elif shape < 0.6:
                digits = f"{digits}.{digits[:rng.randint(1, 30)]}.{rng.randint(1900, 2100)}"
            parts.append(digits)
    return rng.choice([" ", "", " "]).join(parts)


def test_five_thousand_random_lines_through_one_process():
    rng = random.Random(9)
    lines = [_random_line(rng) for _ in range(5000)]
    done = subprocess.run(
        # thousands of lines of digit runs are far more than one article's 2 MB
        [sys.executable, "-m", "claimcheck", "quantities", "-", "--lines", "--format", "json", "--max-bytes", "100000000"],
        input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(json.loads(done.stdout)) == 5000


NUMERALS = st.one_of(
    st.text(alphabet="0123456789", min_size=1, max_size=400),
    st.builds(lambda m, e: f"{m}e{e}", st.integers(0, 10**20), st.integers(-10**6, 10**6)),
    st.builds(lambda m, sep: sep.join(m[k : k + 3] for k in range(0, len(m), 3)), st.text(alphabet="0123456789", min_size=4, max_size=60), st.sampled_from([",", ".", " ", "\u00a0", "\u2009"])),
    st.builds(lambda a, b, y: f"{a}.{b}.{y}", st.text(alphabet="0123456789", min_size=1, max_size=30), st.text(alphabet="0123456789", min_size=1, max_size=30), st.integers(0, 99999)),
    st.builds(lambda m, e: f"{m}x10^{e}", st.integers(0, 10**6), st.integers(0, 999)),
    st.floats(allow_nan=False).map(repr),
)
HUGE_TEXT = st.lists(
    st.one_of(NUMERALS, st.sampled_from(["$", "Rs", "€", "billion", "bn", "lakh", "crore", "per cent", "%", "tonnes",
                                        "km", "years", "days ago", "to", "-", "between", "and", "April", "9", "on",
                                        "Monday", "about", "up", "from", "/", ":", ",", ".", "(", "FY", "No"]), st.text(max_size=5)),
    max_size=20,
).flatmap(lambda parts: st.sampled_from([" ", ""]).map(lambda sep: sep.join(parts)))


@given(HUGE_TEXT)
@settings(max_examples=400, deadline=None)
def test_huge_digit_runs_exponents_and_separators_never_break_the_extractor(text):
    for q in extract_quantities(text, published=APRIL_7):
        assert text[q.start : q.end] == q.text
        for v in (q.value, q.low, q.high):
            assert v is None or math.isfinite(v), q
        if q.date is not None:
            assert q.date.year is None or 1 <= q.date.year <= 9999
            assert q.date.month is None or 1 <= q.date.month <= 12
            assert q.date.day is None or 1 <= q.date.day <= 31
