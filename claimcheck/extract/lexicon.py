"""Every word list the extractor reads, loaded once from ``claimcheck/data/``.

The vocabularies are data (JSON files shipped with the package, one entry per
concept, each with a note saying what it is for); this module is the only one
that reads them.  It turns them into the tables the code looks words up in,
so a new house style ("17pc", "Rs 3.2 lakh"), currency, unit or cue is one
data entry, not a new rule (see docs/adding-vocabulary.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

DATA = Path(__file__).resolve().parent.parent / "data"
FILES = ("numbers", "currencies", "units", "calendar", "cues", "nouns", "noise", "attributions")


def _load(name: str) -> dict[str, Any]:
    with open(DATA / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


_TABLES: dict[str, dict[str, Any]] = {name: _load(name) for name in FILES}
# Every (file, entry) this module reads; tests/test_data.py checks no entry is left unread.
READ: set[tuple[str, str]] = set()


def _entry(file: str, key: str) -> Any:
    READ.add((file, key))
    return _TABLES[file][key]


def _words(file: str, key: str) -> frozenset[str]:
    return frozenset(_entry(file, key)["words"])


def _list(file: str, key: str) -> tuple[str, ...]:
    return tuple(_entry(file, key)["words"])


def _map(file: str, key: str) -> dict[str, Any]:
    return dict(_entry(file, key)["map"])


def _phrases(file: str, key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p) for p in _entry(file, key)["phrases"])


# For a module that builds its own tables from a file (extract/attributions.py
# builds its patterns from attributions.json): one entry, read as above.
def words(file: str, key: str) -> tuple[str, ...]:
    """An entry's words, in their order (a pattern tries an earlier word first)."""
    return _list(file, key)


def mapping(file: str, key: str) -> dict[str, Any]:
    return _map(file, key)


# --------------------------------------------------------------------------
# Numbers

NUMBER_WORDS: dict[str, int] = _map("numbers", "number_words")
TENS = frozenset(w for w, v in NUMBER_WORDS.items() if v >= 20)
# Multipliers that may follow a number, written as words.
SCALE_WORDS: dict[str, float] = _map("numbers", "scale_words")
# Abbreviated scales, written straight after the digits ("$7bn", "17k") or
# after a space ("7 bn", "Rs 2.5 cr").
SCALE_SUFFIXES: dict[str, float] = _map("numbers", "scale_suffixes")
ORDINAL_WORDS: dict[str, int] = _map("numbers", "ordinal_words")
VULGAR_FRACTIONS: dict[str, float] = _map("numbers", "vulgar_fractions")
DENOMINATORS: dict[str, float] = _map("numbers", "denominators")  # "a third", "five-eighths"
DIGIT_WORDS: dict[str, str] = _map("numbers", "digit_words")  # "five point two five"
NUMBER_WORD_SCALES = {w: SCALE_WORDS[w] for w in _list("numbers", "number_word_scales")}  # "two million"
FRACTIONS_OF_A_SCALE: dict[str, float] = _map("numbers", "fractions_of_a_scale")  # "half a million"
SCALES_AFTER_A_FRACTION = _words("numbers", "scales_after_a_fraction")
SCALES_AFTER_A = _words("numbers", "scales_after_a")  # "a hundred", "a dozen"
DOZEN_WORDS = _words("numbers", "dozen_words")
VAGUE_PLURAL_SCALES = _words("numbers", "vague_plural_scales")  # "thousands of people"
VAGUE_NUMBER_WORDS = _words("numbers", "vague_number_words")  # "a dozen", "dozens": loose figures
# "hundreds", "tens of thousands": amounts as words, by their words, with the span each says
AMOUNT_WORDS: dict[tuple[str, ...], tuple[float, float]] = {
    tuple(phrase.split()): (float(low), float(high)) for phrase, (low, high) in _map("numbers", "amount_words").items()
}
AMOUNT_WORDS_LONGEST = max(len(words) for words in AMOUNT_WORDS)


def amount_words_at(words: Sequence[str]) -> tuple[int, tuple[float, float]] | None:
    """The longest amount in words that ``words`` (lower case) begin with: ("tens",
    "of", "thousands", "of") -> (3, (20000.0, 999999.0)); None if they begin with none."""
    for size in range(min(AMOUNT_WORDS_LONGEST, len(words)), 0, -1):
        span = AMOUNT_WORDS.get(tuple(words[:size]))
        if span is not None:
            return size, span
    return None


SCORES_BEFORE = _words("numbers", "scores_before")  # "killed scores of people", not "test scores of"
LAKH_WORDS = _words("numbers", "lakh_words")
CRORE_WORDS = _words("numbers", "crore_words")  # "2 lakh crore" is 2e12
SPACED_SCALE_SUFFIXES = _words("numbers", "spaced_scale_suffixes")  # "7 bn"
INDIAN_SCALES = _words("numbers", "indian_scales")  # "three lakh"
SCALES_AFTER_A_CURRENCY_WORD = _words("numbers", "scales_after_a_currency_word")  # "75 USD million"
ORDINAL_SUFFIXES = _words("numbers", "ordinal_suffixes")  # "21st"
MINUS_WORDS = _words("numbers", "minus_words")  # "minus 5"
SIGNS_BEFORE_A_MINUS = _words("numbers", "signs_before_a_minus")  # "(-3%)", "$-5"
ONE_WORDS = _words("numbers", "one_words")  # "a third", "one in five"
HALF_AFTER = _words("numbers", "half_after")  # "half of the equipment"
NOT_HALF_BEFORE = _words("numbers", "not_half_before")  # "on behalf"
A_FRACTION_BY = _words("numbers", "a_fraction_by")  # "fell by a third"
AFTER_A_FRACTION = _words("numbers", "after_a_fraction")
MULTIPLIER_WORDS: dict[str, float] = _map("numbers", "multiplier_words")  # "doubled", "tenfold"
MULTIPLIER_ADJECTIVES = _words("numbers", "multiplier_adjectives")  # "a double murder"
MULTIPLIER_ADJECTIVE_OBJECTS = _words("numbers", "multiplier_adjective_objects")  # "double the number"
TWICE_OBJECTS = _words("numbers", "twice_objects")  # "twice as many"
MULTIPLIER_DOWN = _words("numbers", "multiplier_down")  # "halved"
MULTIPLIER_UP_ENDINGS = _list("numbers", "multiplier_up_endings")  # "doubled", "tenfold"
MULTIPLIER_NO_CHANGE = _words("numbers", "multiplier_no_change")  # "twice"

# --------------------------------------------------------------------------
# Currencies


class LetterCurrency(NamedTuple):
    """A one-letter currency glued to the digits ("N100m" naira, "R412bn" rand)."""

    code: str
    context: frozenset[str]  # words that make it money in a story without a scale
    plain_in_a_money_story: bool  # "pay R230 more": money when the sentence is about money


CURRENCIES: tuple[dict[str, Any], ...] = tuple(_entry("currencies", "currencies"))
# Currency written before the figure: symbol or code -> ISO 4217.
CURRENCY_PREFIXES: dict[str, str] = {}
# Prefixes read with a capital letter alone ("Rs", "Tk", "KSh", "Try"); the
# others are codes, written in capitals ("USD", "PKR").
_capitalised_prefixes: set[str] = set()
CURRENCY_SYMBOLS: dict[str, str] = {}  # "$" -> USD: before or after the figure
SYMBOLS_AFTER: dict[str, str] = {}  # "元" -> CNY: only after the figure
# Currency written after the figure: word -> ISO 4217.
CURRENCY_WORDS: dict[str, str] = {}
# Sub-units: "19 cents" is 0.19 of the main unit.
CURRENCY_SUBUNITS: dict[str, tuple[str, float]] = {}
_glued_only_subunits: set[str] = set()  # "50p", never "50 p"
LETTER_CURRENCIES: dict[str, LetterCurrency] = {}
FAMILIES: dict[str, frozenset[str]] = {}
for _c in CURRENCIES:
    _code = _c["code"]
    for _s in _c.get("symbols", ()):
        CURRENCY_SYMBOLS[_s] = CURRENCY_PREFIXES[_s] = _code
    for _s in _c.get("symbols_after", ()):
        SYMBOLS_AFTER[_s] = _code
    for _p in _c.get("prefixes", ()):
        CURRENCY_PREFIXES[_p.lower()] = _code
        if len(_p.rstrip(".")) <= 2 or not _p.isupper():
            _capitalised_prefixes.add(_p.lower())
    for _p in _c.get("word_prefixes", ()):
        CURRENCY_PREFIXES[_p.lower()] = _code
        _capitalised_prefixes.add(_p.lower())
    for _w in _c.get("words", ()):
        CURRENCY_WORDS[_w] = _code
    for _sub in _c.get("subunits", ()):
        for _w in _sub["words"]:
            CURRENCY_SUBUNITS[_w] = (_code, _sub["factor"])
        _glued_only_subunits.update(_sub.get("glued_only", ()))
    if "letter" in _c:
        _letter = _c["letter"]
        LETTER_CURRENCIES[_letter["letter"]] = LetterCurrency(
            _code, frozenset(_letter["context"]), bool(_letter.get("plain_in_a_money_story"))
        )
    if "family" in _c:
        FAMILIES[_c["family"]] = FAMILIES.get(_c["family"], frozenset()) | {_code}
CAPITALISED_PREFIXES = frozenset(_capitalised_prefixes)
# The signs of each currency: "£" for GBP ("20 million pounds" near a "£" is money).
CURRENCY_SIGNS: dict[str, frozenset[str]] = {}
for _s, _code in CURRENCY_SYMBOLS.items():
    CURRENCY_SIGNS[_code] = CURRENCY_SIGNS.get(_code, frozenset()) | {_s}
GLUED_ONLY_SUBUNITS = frozenset(_glued_only_subunits)
# Rupees are written "Rs" in India, Pakistan, Sri Lanka and Nepal; the house
# style of the story decides.  Without a clue the rupee stays INR's symbol:
# the comparison treats the "Rs" family as one (see relate.comparable).
RUPEE_CODES = FAMILIES["rupee"]
# Dollars of every country: a bare "$" may be any of them (see relate.comparable).
DOLLAR_CODES = FAMILIES["dollar"]
JOINS_AN_AMOUNT = _words("currencies", "joins_an_amount")  # "3 dollars 50 cents"
LETTER_MONEY_GLUED_SCALES = _words("currencies", "letter_money_glued_scales")  # "N100m"
LETTER_MONEY_SCALES = _words("currencies", "letter_money_scales")  # "N500 million"
PLAIN_AFTER_LETTER_MONEY = _words("currencies", "plain_after_letter_money")  # "pay R230 more"
MONEY_WORDS = _words("currencies", "money_words")  # "worth", "cost": the sentence is about money
NEEDS_MONEY_CONTEXT = _words("currencies", "needs_money_context")  # "won", "rand", "dong"
WEIGHT_OR_MONEY = _words("currencies", "weight_or_money")  # "200 pounds of cocaine"

# --------------------------------------------------------------------------
# Units


class Unit(NamedTuple):
    name: str
    dimension: str
    factor: float  # the unit's size in its dimension's base unit
    offset: float = 0.0  # added before the factor: Fahrenheit is (F - 32) * 5/9 Celsius


def _unit_table(entries) -> tuple[dict[str, str], dict[str, Unit]]:
    surfaces: dict[str, str] = {}
    units: dict[str, Unit] = {}
    for entry in entries:
        units[entry["name"]] = Unit(entry["name"], entry["dimension"], entry["factor"], entry.get("offset", 0.0))
        for s in entry["surfaces"]:
            surfaces[s] = entry["name"]
    return surfaces, units


# Units of measure (normalised singular name); kept to what news uses.
_MEASURE_ENTRIES = _entry("units", "measures")
_PERCENT = _entry("units", "percent")
MEASURE_UNITS, MEASURES = _unit_table(_MEASURE_ENTRIES)
TIME_UNITS, DURATIONS = _unit_table(_entry("units", "durations"))
# Words of credits (attributions.json) that other readers weigh too: a name before a
# say verb is a source, not an owner; a name with a body word is a body, not a person.
SAY_VERBS = _words("attributions", "say_verbs")
BODY_WORDS = _words("attributions", "body_words")
RATIO_WORDS = _words("numbers", "ratio_words")  # "a 1-to-3 ratio" is no range
POINT_UNITS, POINTS = _unit_table(_entry("units", "points"))
PERCENT_WORDS: tuple[str, ...] = tuple(_PERCENT["surfaces"])
# Every unit entry: name, dimension, factor, surfaces and other names (scripts/bench_quantities.py).
UNIT_ENTRIES: tuple[dict[str, Any], ...] = (
    *_MEASURE_ENTRIES, *_entry("units", "durations"), *_entry("units", "points"), _PERCENT
)
COUNTING_UNITS: dict[str, float] = _map("units", "counting_units")  # "a gross" (scripts/bench_quantities.py)
# Units that are only taken when written straight after the digits ("7m
# wall", "5kg"), because as separate words they are too often something else.
GLUED_ONLY_UNITS = frozenset(s for u in _MEASURE_ENTRIES for s in u.get("glued_only", ()))
LOWERCASE_ONLY_UNITS = frozenset(s for u in _MEASURE_ENTRIES for s in u.get("lowercase_only", ()))  # "5g", not "5G"
SPACED_IN_CAPITALS_UNITS = frozenset(s for u in _MEASURE_ENTRIES for s in u.get("spaced_in_capitals", ()))  # "4 L"
AFTER_DIGITS_ONLY_UNITS = frozenset(s for u in _MEASURE_ENTRIES for s in u.get("after_digits_only", ()))  # "27 runs"
# "percent", "pct": percent alone; "pc" too, but not before a full stop ("p.c.").
PERCENT_ABBREVIATIONS = frozenset(_PERCENT["not_before_a_full_stop"])
PERCENT_SINGLE_WORDS = frozenset(s for s in PERCENT_WORDS if s.isalpha()) - PERCENT_ABBREVIATIONS
INDEX_POINT_SURFACES = tuple(s for s, name in POINT_UNITS.items() if POINTS[name].dimension == "index")  # "3 points"
POINT_WORDS = _words("units", "point_words")  # "percentage points", "a five-point lead"
INDEX_WORDS = _list("units", "index_words")
RESTATED_MOVE_JOINERS = tuple(tuple(p) for p in _entry("cues", "restated_move_joiners")["phrases"])  # "fell 95 cents, or 3.3 percent"  # "the Dow fell 18.06": a bare move in index points
DEGREE_SIGN: dict[str, str] = _map("units", "degree_sign")  # "45°C"
TEMPERATURE_LETTERS: dict[str, str] = _map("units", "temperature_letters")  # "45C"
INCH_FOLLOWERS = _words("units", "inch_followers")  # "2 1/2 in thick"
UNITS_AFTER_A_RANGE = _words("units", "units_after_a_range")
NOT_AFTER_AN_ORDINAL = _words("units", "not_after_an_ordinal")  # "second", "seconds"

# --------------------------------------------------------------------------
# Calendar

_MONTH_TABLE = _phrases("calendar", "months")
_WEEKDAY_TABLE = _phrases("calendar", "weekdays")
MONTH_NAMES = tuple(names[0] for names in _MONTH_TABLE)
WEEKDAY_NAMES = tuple(names[0] for names in _WEEKDAY_TABLE)
MONTHS: dict[str, int] = {name: number for number, names in enumerate(_MONTH_TABLE, 1) for name in names}
WEEKDAYS: dict[str, int] = {name: number for number, names in enumerate(_WEEKDAY_TABLE) for name in names}
MONTH_ABBREVIATIONS = frozenset(name for names in _MONTH_TABLE for name in names[1:])  # "Sept.", "Jan"
# A month as capitalised text, longest name first, its stop optional: "January", "Sept.", "Jan".
MONTH_PATTERN = "(?:" + "|".join(re.escape(w.capitalize()) for w in sorted(set(MONTHS), key=lambda w: (-len(w), w))) + r")\.?"
MONTHS_ALSO_WORDS = _words("calendar", "months_also_words")  # "may", "march"
MONTHS_NEEDING_A_DATE = _words("calendar", "months_needing_a_date")  # "Jan said"
# Month names read in lower case only when they are nothing else ("january 12, 2016").
AMBIGUOUS_MONTHS = MONTH_ABBREVIATIONS | MONTHS_ALSO_WORDS
BEFORE_A_MONTH_DATE = _words("calendar", "before_a_month_date")  # "in May"
BEFORE_A_BARE_MONTH = _words("calendar", "before_a_bare_month")  # "since August"
PART_ORDINALS: dict[str, int] = _map("calendar", "part_ordinals")  # "the second half"
YEAR_PARTS: dict[str, int] = _map("calendar", "year_parts")  # "H1", "Q3"
YEAR_PART_WORDS: dict[str, str] = _map("calendar", "year_part_words")  # "half" -> "H"
YEAR_PART_LINKS = _words("calendar", "year_part_links")  # "the second half of 2026"
YEAR_PART_OF_PHRASES = frozenset(_phrases("calendar", "year_part_of_phrases"))  # "... of the year"
BEFORE_A_YEAR_PART = _words("calendar", "before_a_year_part")  # "in the first quarter"
PERIOD_JOINERS = {lead: frozenset(joiners) for lead, joiners in _map("calendar", "period_joiners").items()}
RELATIVE_DAYS: dict[str, int] = _map("calendar", "relative_days")  # "yesterday"
UNITS_BEFORE_AGO = _words("calendar", "units_before_ago")  # "three days ago"
FORWARD_WORDS = _words("calendar", "forward_words")  # "next Monday"
TIME_UNITS_OF_DATES = _words("calendar", "time_units_of_dates")  # "a year ago" is a date, not a rate
DATES_AFTER_A_UNIT = _words("calendar", "dates_after_a_unit")
BEFORE_A_YEAR = _words("calendar", "before_a_year")  # "in 2021", "the 2022 report"
MERIDIEM = _words("calendar", "meridiem")  # "7am"
MERIDIEM_LETTERS = _words("calendar", "meridiem_letters")  # "7 a.m."
NOON_WORDS: dict[str, float] = _map("calendar", "noon_words")  # "at noon"
BEFORE_NOON = _words("calendar", "before_noon")
TIME_ZONES = _phrases("calendar", "time_zones")  # "10:30 GMT", "9pm local time"
# "new year's eve" -> (12, 31): holidays on fixed dates, by their words (full stops dropped: "St. Patrick's")
HOLIDAYS: dict[tuple[str, ...], tuple[int, int]] = {
    tuple(phrase.replace(".", "").split()): (int(month), int(day)) for phrase, (month, day) in _map("calendar", "holidays").items()
}
BEFORE_A_HOLIDAY = _words("calendar", "before_a_holiday")  # "on New Year's Eve", not "Christmas sales"
UTC_OFFSETS: dict[str, float] = {z: float(h) for z, h in _map("calendar", "utc_offsets").items()}  # "EST" -> -5
TWENTY_FOUR_HOUR_MARKS = _words("calendar", "twenty_four_hour_marks")  # "1300 GMT"
O_CLOCK = _words("calendar", "o_clock")

# --------------------------------------------------------------------------
# Cues in the words around a figure

APPROX_CUES = _list("cues", "approximately")
ABOVE_CUES = _list("cues", "more_than")
# "21 or older", "65 and over": the bound a figure's next two words make it
BOUNDS_AFTER: dict[str, dict[str, str]] = {"or": _map("cues", "bounds_after_or"), "and": _map("cues", "bounds_after_and")}
BELOW_CUES = _list("cues", "less_than")
UP_VERBS = _words("cues", "up_verbs")
DOWN_VERBS = _words("cues", "down_verbs")
# Nouns that make the figure before them a change amount: "a 42% increase".
MORE_THAN_WORDS = _words("cues", "more_than_words")  # "50 cents more per gallon than"
LESS_THAN_WORDS = _words("cues", "less_than_words")  # "$5 less than"
UP_NOUNS = _words("cues", "up_nouns")
DOWN_NOUNS = _words("cues", "down_nouns")
# Words before "from" that make what follows an earlier value.
EARLIER_MARKERS = _words("cues", "earlier_markers")
ARTICLES = _words("cues", "articles")  # "a", "an"
DOWN_AFTER_BE = _words("cues", "down_after_be")  # "shares were off 7 cents"
BE_FORMS = _words("cues", "be_forms")
RATE_WORDS = _words("cues", "rate_words")  # "per barrel", "a share"
RANGE_JOINERS = _words("cues", "range_joiners")  # "5 to 7", "between 10 and 15"
RANGE_JOINERS_AFTER_WORDS = _words("cues", "range_joiners_after_words")  # "seven to 10 years"
AFTER_TIMES = _words("cues", "after_times")  # "three times as many"
ARTICLES_BEFORE_A_FIGURE = _words("cues", "articles_before_a_figure")  # "nearly a third"
OVER_PARTICLE_VERBS = _words("cues", "over_particle_verbs")  # "took over 2021"
DETERMINERS = _words("cues", "determiners")
ESTIMATE_ADJECTIVES = _words("cues", "estimate_adjectives")  # "a provisional 2.7pc"
MAXIMUM_WORDS = _words("cues", "maximum_words")  # "the maximum sentence": a cap
PENALTY_WORDS = _words("cues", "penalty_words")
DIRECTION_ADVERBS = _words("cues", "direction_adverbs")  # "up from"
AFTER_AN_EARLIER_MARKER = _words("cues", "after_an_earlier_marker")  # "the previous figure was"
COMPARED_LINKS = _words("cues", "compared_links")  # "compared with"
COMPARED_WORDS = _words("cues", "compared_words")
VERSUS_WORDS = _words("cues", "versus_words")
COMPARISON_OPENERS = _words("cues", "comparison_openers")  # "against 25% a year earlier"
PHRASAL_UP_VERBS = _words("cues", "phrasal_up_verbs")  # "gave up 517 yards"
RAISE_VERBS = _words("cues", "raise_verbs")  # "raised $280 million"
YEAR_ON_YEAR = _words("cues", "year_on_year")
COMPARATIVES_UP = _words("cues", "comparatives_up")  # "5% higher"
COMPARATIVES_DOWN = _words("cues", "comparatives_down")
CHANGE_VERBS = _words("cues", "change_verbs")  # "changed from 10%"
# Phrases after a figure that put it in the past; ANY_YEAR stands for a year in digits ("in 2019").
ANY_YEAR = "<year>"
THEN_PHRASES = _phrases("cues", "then_phrases")
# When a figure holds (Quantity.period): phrases after it, and a word right before it.
PERIOD_MARKERS = tuple((tuple(phrase.split(" ")), marker) for phrase, marker in _map("cues", "period_markers").items())
PERIOD_BEFORE: dict[str, str] = _map("cues", "period_before")  # "Shinde, now 33"
PERIOD_MARKER_NAMES = frozenset(marker for _, marker in PERIOD_MARKERS) | frozenset(PERIOD_BEFORE.values())
PERIOD_LINKS = _words("cues", "period_links")  # "38 per cent in May 2023"
OPENING_DATE_LINKS = _words("cues", "opening_date_links")  # "In January 2025, ..."
NOT_RANGE_OPENERS = _words("cues", "not_range_openers")  # "from 10% to 29%" is a change
RANGE_WORDS = _words("cues", "range_words")  # "ranging from X to Y" is a range

# --------------------------------------------------------------------------
# Tokens

# Symbols the tokenizer reads as one token each: currency signs, "%", "~", "°" and
# vulgar fractions (see extract/tokens.py).
TOKEN_SYMBOLS = frozenset(
    set(CURRENCY_SYMBOLS) | set(SYMBOLS_AFTER) | {s for s in PERCENT_WORDS if len(s) == 1}
    | {c for c in APPROX_CUES if len(c) == 1 and not c.isalnum()} | set(DEGREE_SIGN) | set(VULGAR_FRACTIONS)
)

# --------------------------------------------------------------------------
# Nouns

# Nouns that label an identifier rather than count ("Section 427", "Flight 370").
LABEL_NOUNS = _words("nouns", "label_nouns")
# Counted nouns that are not worth a unit ("12 of", "12 were").
NOT_NOUNS = _words("nouns", "not_nouns")
STOPWORDS = NOT_NOUNS | _words("nouns", "stopwords")
IRREGULAR_SINGULARS: dict[str, str] = _map("nouns", "irregular_singulars")
ALWAYS_PLURAL = _words("nouns", "always_plural")  # "12 people", "five sheep"
NOT_VERBISH = _words("nouns", "not_verbish")  # "12 buildings"
VERB_ENDINGS = _list("nouns", "verb_endings")  # "12 injured": no noun
QUANTITY_ADJECTIVES = _words("nouns", "quantity_adjectives")  # "nine other people"
PEOPLE_ADJECTIVES = _words("nouns", "people_adjectives")  # "27 dead"
OF_DETERMINERS = _words("nouns", "of_determiners")  # "one of the people"
OF_PRONOUNS = _words("nouns", "of_pronouns")  # "two of them"
PERSON_NOUNS = _words("nouns", "person_nouns")  # "the striker, 24,"
# What a whole sentence is about: lengths ("a 7m wall"), the weather ("45C"), sport ("3-1").
LENGTH_WORDS = _words("nouns", "length_words")
TEMPERATURE_WORDS = _words("nouns", "temperature_words")
SPORT_WORDS = _words("nouns", "sport_words")
CRICKET_WORDS = _words("nouns", "cricket_words")  # "187/5 in 20 overs"
AFTER_A_CRICKET_SCORE = _words("nouns", "after_a_cricket_score")
LINK_DOMAINS = _list("nouns", "link_domains")  # "dawn.com/news/2025": not figures
# Numbers that are not figures: labels, names, addresses (see extract/quantities/not_figures.py).
LOWER_CASE_LABELS = _words("nouns", "lower_case_labels")  # "the category 4 hurricane"
NUMBER_LABELS = _words("nouns", "number_labels")  # "No 10"
INDEX_NAMES = _words("nouns", "index_names")  # "FTSE 100"
MODEL_WORDS = _words("nouns", "model_words")  # "737 Max"
NOT_MODEL_AFTER = _words("nouns", "not_model_after")
STREET_WORDS = _words("nouns", "street_words")  # "10 Downing Street"
NOT_COMPOUND_NOUNS = _words("nouns", "not_compound_nouns")  # "one-sided"
FIGURE_AFTER_DASH = _words("nouns", "figure_after_dash")  # "mid-2025", not "COVID-19"
ABBREVIATED_LABELS = _words("nouns", "abbreviated_labels")  # "No. 10", "Art. 370"
NOT_A_COUNT_BEFORE_ONE = _words("nouns", "not_a_count_before_one")  # "no one"
NOT_A_COUNT_AFTER_ONE = _words("nouns", "not_a_count_after_one")  # "one another"
HEAD_COUNTS = _list("nouns", "head_counts")  # "1,900 workers" is a count, not a year
AGE_WORDS = _words("nouns", "age_words")  # "aged 34"
ORDINAL_ADJECTIVES = _words("nouns", "ordinal_adjectives")  # "the 7th annual ..."
NOT_TITLE_WORDS = _words("nouns", "not_title_words")  # "The 4 men" (not "Toy Story 4 earned")
RANK_LABELS = _words("nouns", "rank_labels")  # "world No 41"
RANK_WORDS = _words("nouns", "rank_words")
RANKED_BEFORE = _words("nouns", "ranked_before")  # "ranked 41st"
RANKED_AFTER = _words("nouns", "ranked_after")  # "third seed"
WEAK_RANK_WORDS = _words("nouns", "weak_rank_words")

# --------------------------------------------------------------------------
# Web-page leftovers (read by claimcheck/ingest.py)

LINK_HEADINGS = _phrases("noise", "link_headings")  # "Read more:", "Most Read"
PAGE_FURNITURE = _phrases("noise", "page_furniture")  # "Advertisement", "Sign in"
FOLLOW_NETWORKS = _phrases("noise", "follow_networks")  # "Follow us on Twitter"
SHARE_TARGETS = _words("noise", "share_targets")  # "Share on Facebook"
HANDLE_NETWORKS = _words("noise", "handle_networks")  # "Twitter: @dawn_com"
NOT_PLACES = _words("noise", "not_places")  # "Update:", "Analysis -": not a dateline


def singular(word: str) -> str:
    """English plural to singular for counted nouns: "workers" -> "worker"."""
    w = word.lower()
    if w in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[w]
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ous")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zes", "sses", "oes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w
