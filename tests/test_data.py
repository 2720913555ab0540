"""The vocabulary data (claimcheck/data/*.json): well formed, complete, defined once.

The extractor reads every word it knows from these files, through
claimcheck/extract/lexicon.py (attributions.json too), and the statement
reader reads predicates.json and grammar.json through
claimcheck/statements/tables.py; a typo there is a silent miss in the output,
so the data is checked here the way code would be.
"""

from __future__ import annotations

import ast
import json
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from claimcheck import comparison, relate, statements
from claimcheck.statements import tables as T
from claimcheck.extract import attributions, lexicon as L
from claimcheck.extract.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
TABLES = {name: json.loads((L.DATA / f"{name}.json").read_text(encoding="utf-8")) for name in L.FILES}
# Entries with a shape of their own; every other entry is {"note", and one of words, map, phrases}.
STRUCTURED = {("currencies", "currencies"), ("units", "measures"), ("units", "durations"), ("units", "points"), ("units", "percent")}
PAYLOADS = ("words", "map", "phrases")


# Files of the same shape read by other modules: grammar.json (claimcheck/statements/tables.py).
GRAMMAR = json.loads(T.GRAMMAR.read_text(encoding="utf-8"))
NOTED = {**TABLES, "grammar": GRAMMAR}


def entries(tables=TABLES):
    for file, table in tables.items():
        for key, entry in table.items():
            if key != "about":
                yield file, key, entry


# Data files other modules read (each one module's words), not the lexicon.
OTHER_READERS = {
    "furniture": "claimcheck/furniture.py",
    "subjects": "claimcheck/subjects.py",
    "predicates": "claimcheck/statements/tables.py",
    "grammar": "claimcheck/statements/tables.py",
    "salience": "claimcheck/salience.py",
    "furniture_model": "claimcheck/learned_noise.py",  # weights, not words (scripts/train_furniture_model.py)
}


def test_the_data_files_are_the_ones_the_lexicon_loads():
    assert sorted(p.stem for p in L.DATA.glob("*.json") if p.stem not in OTHER_READERS) == sorted(L.FILES)
    for stem, reader in OTHER_READERS.items():
        assert (L.DATA / f"{stem}.json").exists() and f"{stem}.json" in (L.DATA.parent.parent / reader).read_text(encoding="utf-8")
    for file, table in NOTED.items():
        assert isinstance(table.get("about"), str) and table["about"], f"{file}.json: say what the file is in 'about'"


@pytest.mark.parametrize("file, key, entry", [e for e in entries(NOTED) if e[:2] not in STRUCTURED], ids=lambda v: v if isinstance(v, str) else "")
def test_every_entry_has_a_note_and_one_table(file, key, entry):
    assert set(entry) - {"note"} in ({"words"}, {"map"}, {"phrases"}), f"{file}.{key}: a note and one of {PAYLOADS}"
    assert isinstance(entry["note"], str) and len(entry["note"]) > 10, f"{file}.{key}: say what the entry is for"
    payload = entry.get("words") or entry.get("map") or entry.get("phrases")
    assert payload, f"{file}.{key}: empty"
    if "words" in entry:
        assert all(isinstance(w, str) and w == w.strip() and w for w in entry["words"])
        repeated = [w for w, n in Counter(entry["words"]).items() if n > 1]
        assert not repeated, f"{file}.{key}: listed twice: {repeated}"
    if "phrases" in entry:
        assert all(isinstance(p, list) and p and all(isinstance(w, str) and w and " " not in w for w in p) for p in entry["phrases"])
        repeated = [p for p, n in Counter(map(tuple, entry["phrases"])).items() if n > 1]
        assert not repeated, f"{file}.{key}: listed twice: {repeated}"


def test_every_entry_is_read_by_the_lexicon():
    unread = {(file, key) for file, key, _ in entries()} - L.READ
    assert not unread, f"entries no code reads: {sorted(unread)}"


def test_every_grammar_entry_is_read_by_the_statement_reader():
    unread = set(GRAMMAR) - {"about"} - T.GRAMMAR_READ
    assert not unread, f"grammar.json entries no code reads: {sorted(unread)}"


# --- currencies --------------------------------------------------------------

CURRENCY_FIELDS = {
    "code", "name", "family", "symbols", "symbols_after", "prefixes", "word_prefixes", "words", "subunits", "letter",
    "names", "other_subunits",
}


def test_currencies_are_one_entry_per_code():
    codes = [c["code"] for c in L.CURRENCIES]
    assert len(codes) == len(set(codes)), [c for c, n in Counter(codes).items() if n > 1]
    for c in L.CURRENCIES:
        assert set(c) <= CURRENCY_FIELDS, f"{c['code']}: unknown fields {set(c) - CURRENCY_FIELDS}"
        assert re.fullmatch(r"[A-Z]{3}", c["code"]) and c.get("name")
        for sub in (*c.get("subunits", ()), *c.get("other_subunits", ())):
            assert 0 < sub["factor"] < 1, f"{c['code']}: a sub-unit is a fraction of the unit"
            assert set(sub.get("glued_only", ())) <= set(sub.get("words", ()))
        if "letter" in c:
            assert re.fullmatch(r"[A-Z]", c["letter"]["letter"]) and c["letter"]["context"]


def test_no_surface_names_two_currencies():
    for role in ("symbols", "symbols_after", "prefixes", "word_prefixes", "words", "names"):
        seen: dict[str, str] = {}
        for c in L.CURRENCIES:
            for surface in c.get(role, ()):
                key = surface.lower()
                assert seen.setdefault(key, c["code"]) == c["code"], f"{role} {surface!r}: {seen[key]} and {c['code']}"
    prefixes = [p.lower() for c in L.CURRENCIES for p in (*c.get("symbols", ()), *c.get("prefixes", ()), *c.get("word_prefixes", ()))]
    assert len(prefixes) == len(set(prefixes)), [p for p, n in Counter(prefixes).items() if n > 1]
    subunits = [w for c in L.CURRENCIES for s in c.get("subunits", ()) for w in s["words"]]
    assert len(subunits) == len(set(subunits))


def test_every_tokenizer_symbol_is_read_and_every_currency_sign_is_a_currency():
    for symbol in L.TOKEN_SYMBOLS:
        assert [t.type for t in tokenize(symbol)] == ["sym"], f"{symbol!r} is not read as a symbol"
        known = (
            symbol in L.CURRENCY_PREFIXES or symbol in L.SYMBOLS_AFTER or symbol in L.VULGAR_FRACTIONS
            or symbol in L.PERCENT_WORDS or symbol in L.APPROX_CUES or symbol in L.DEGREE_SIGN
        )
        assert known, f"{symbol!r}: a tokenizer symbol no reader knows"
        if unicodedata.category(symbol) == "Sc":
            assert symbol in L.CURRENCY_PREFIXES or symbol in L.SYMBOLS_AFTER, f"{symbol!r} maps to no currency"
    for c in L.CURRENCIES:
        for symbol in (*c.get("symbols", ()), *c.get("symbols_after", ())):
            assert symbol in L.TOKEN_SYMBOLS, f"{c['code']}: {symbol!r} is never read as a symbol"


def test_currency_families_and_word_roles_are_known():
    assert set(L.FAMILIES) == {"dollar", "rupee"}  # the two relate.comparable reads
    assert "USD" in L.DOLLAR_CODES and "INR" in L.RUPEE_CODES
    subunit_words = set(L.CURRENCY_SUBUNITS)
    assert L.JOINS_AN_AMOUNT <= subunit_words
    assert L.NEEDS_MONEY_CONTEXT <= set(L.CURRENCY_WORDS) and L.WEIGHT_OR_MONEY <= set(L.CURRENCY_WORDS)
    assert L.WEIGHT_OR_MONEY <= set(L.MEASURE_UNITS), "a weight word is a unit of measure too"
    scales = set(L.SCALE_WORDS) | set(L.SCALE_SUFFIXES)
    assert L.LETTER_MONEY_GLUED_SCALES <= scales and L.LETTER_MONEY_SCALES <= scales


# --- units ---------------------------------------------------------------------


def test_every_unit_has_a_dimension_and_a_factor():
    for entry in L.UNIT_ENTRIES:
        assert isinstance(entry["dimension"], str) and entry["dimension"], entry["name"]
        factor = entry["factor"]
        assert isinstance(factor, (int, float)) and math.isfinite(factor) and factor > 0, entry["name"]
        assert math.isfinite(entry.get("offset", 0.0))


def test_no_unit_is_defined_twice():
    names = [entry["name"] for entry in L.UNIT_ENTRIES]
    assert len(names) == len(set(names)), [n for n, c in Counter(names).items() if c > 1]
    for group in ("measures", "durations", "points"):
        surfaces = [s for entry in TABLES["units"][group] for s in entry["surfaces"]]
        assert len(surfaces) == len(set(surfaces)), [s for s, c in Counter(surfaces).items() if c > 1]


def test_unit_flags_name_surfaces_of_their_unit():
    for entry in L.UNIT_ENTRIES:
        for flag in ("glued_only", "lowercase_only", "spaced_in_capitals", "after_digits_only", "not_before_a_full_stop"):
            assert set(entry.get(flag, ())) <= set(entry["surfaces"]), f"{entry['name']}.{flag}"


def test_relate_compares_every_unit_the_extractor_writes():
    written = set(L.MEASURE_UNITS.values()) | set(L.DEGREE_SIGN.values()) | set(L.TEMPERATURE_LETTERS.values())
    written |= {"inch", "magnitude"}  # read by units.py and numeric.py from their own cues
    assert written <= set(relate._MEASURES)
    assert set(L.TIME_UNITS.values()) == set(relate._DAYS)
    assert set(relate._POINTS) == {"percentage point", "basis point"}


def test_one_length_for_each_duration():
    days = {name: unit.factor for name, unit in L.DURATIONS.items()}
    assert days["day"] == 1 and days["week"] == 7 and days["fortnight"] == 14
    assert days["hour"] * 24 == pytest.approx(1) and days["minute"] * 1440 == pytest.approx(1)
    assert days["month"] * 12 == days["year"] == days["quarter"] * 4
    assert days["decade"] == 10 * days["year"] and days["century"] == 100 * days["year"]


# --- numbers, calendar, cues ------------------------------------------------------


def test_role_lists_name_known_words():
    assert L.SCALES_AFTER_A | L.SCALES_AFTER_A_FRACTION | L.INDIAN_SCALES | L.LAKH_WORDS | L.CRORE_WORDS <= set(L.SCALE_WORDS)
    assert set(L.NUMBER_WORD_SCALES) <= set(L.SCALE_WORDS) and L.DOZEN_WORDS <= set(L.SCALE_WORDS)
    assert L.VAGUE_PLURAL_SCALES <= set(L.SCALE_WORDS)
    assert L.SPACED_SCALE_SUFFIXES <= {s.lower() for s in L.SCALE_SUFFIXES}
    assert L.SCALES_AFTER_A_CURRENCY_WORD <= set(L.SCALE_WORDS) | set(L.SCALE_SUFFIXES)
    assert L.MULTIPLIER_ADJECTIVES | L.MULTIPLIER_DOWN | L.MULTIPLIER_NO_CHANGE <= set(L.MULTIPLIER_WORDS)
    assert set(L.DIGIT_WORDS) - {"oh"} <= set(L.NUMBER_WORDS)
    assert L.INDEX_POINT_SURFACES and L.POINT_WORDS <= set(L.POINT_UNITS)
    assert L.NOT_AFTER_AN_ORDINAL <= set(L.TIME_UNITS) and L.TIME_UNITS_OF_DATES <= set(L.TIME_UNITS)
    assert L.UNITS_BEFORE_AGO <= set(L.TIME_UNITS)


def test_a_word_that_is_an_ordinal_and_a_denominator_is_one_number():
    for word, denominator in L.DENOMINATORS.items():
        if word in L.ORDINAL_WORDS:
            assert L.ORDINAL_WORDS[word] == denominator, word


def test_months_and_weekdays_are_defined_once():
    months = [name for names in TABLES["calendar"]["months"]["phrases"] for name in names]
    weekdays = [name for names in TABLES["calendar"]["weekdays"]["phrases"] for name in names]
    assert len(TABLES["calendar"]["months"]["phrases"]) == 12 and len(TABLES["calendar"]["weekdays"]["phrases"]) == 7
    assert len(months) == len(set(months)) and len(weekdays) == len(set(weekdays))
    assert L.MONTHS_ALSO_WORDS | L.MONTHS_NEEDING_A_DATE <= set(L.MONTHS)
    assert set(L.YEAR_PART_WORDS.values()) == set(L.YEAR_PARTS)
    assert set(L.PERIOD_JOINERS) == {"between", "from", ""}  # the openers _match_period reads


def test_every_period_marker_is_known_to_the_comparison():
    # comparison.periods_clash reads the markers Quantity.period may hold: one list, from the lexicon.
    assert comparison._MARKERS == L.PERIOD_MARKER_NAMES
    markers = {m for _, m in L.PERIOD_MARKERS} | set(L.PERIOD_BEFORE.values())
    assert markers == L.PERIOD_MARKER_NAMES


def test_placeholders_in_phrases_are_known():
    for file, key, entry in entries():
        for phrase in entry.get("phrases", []) if isinstance(entry, dict) else []:
            for word in phrase:
                if word.startswith("<"):
                    assert word == L.ANY_YEAR, f"{file}.{key}: unknown placeholder {word!r}"


def test_bound_cues_are_read_from_their_last_word():
    for cue in (*L.APPROX_CUES, *L.ABOVE_CUES, *L.BELOW_CUES):
        assert cue == " ".join(cue.split()), cue
    cues = [*L.APPROX_CUES, *L.ABOVE_CUES, *L.BELOW_CUES]
    assert len(cues) == len(set(cues)), "a cue in two bounds"


# --- statements: predicates.json and grammar.json -------------------------------------


def _string_lists(value, path=""):
    """Every list of words in a JSON value, with where it stands."""
    if isinstance(value, list) and all(isinstance(w, str) for w in value):
        yield path, value
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from _string_lists(item, f"{path}[{n}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("about", "note", "name"):
                yield from _string_lists(item, f"{path}.{key}")


def test_statement_word_lists_are_lower_case_and_listed_once():
    # The reader looks every token up in lower case: a capital in the data is a silent miss.
    predicates = json.loads(statements.DATA.read_text(encoding="utf-8"))
    for file, table in (("predicates", predicates), ("grammar", GRAMMAR)):
        lists = list(_string_lists(table))
        assert lists
        for path, words in lists:
            assert words, f"{file}{path}: empty"
            assert all(w and w == w.strip() and w == w.lower() for w in words), f"{file}{path}: not plain lower case"
            repeated = [w for w, n in Counter(words).items() if n > 1]
            assert not repeated, f"{file}{path}: listed twice: {repeated}"
    for form, lemma in predicates["irregular"].items():
        assert form == form.lower() and lemma == lemma.lower(), form
    for stem, verb in GRAMMAR["contractions"]["map"].items():
        assert stem == stem.lower() and verb == verb.lower(), stem


def test_grammar_lists_agree_with_how_the_reader_uses_them():
    S, v = T, statements.vocabulary()
    # Openers of a clause are the words the segmenter cuts at ("and"/"or" before a verb, "as" before a clause).
    openers = S.CLAUSE_WORDS | {"and", "or", "as"}
    assert S.COMPLEMENTIZERS <= S.CLAUSE_WORDS and S.CONDITIONALS <= S.CLAUSE_WORDS and S.GAP_OPENERS <= openers
    assert S.DEFINITE <= S.DETERMINERS
    assert S.UNCOUNTED_FLUFF <= S.FLUFF
    assert S.MODALS <= v.hedge_words  # a modal hedges the claim
    assert S.PAST_AUXILIARIES <= S.BE | S.HAVE | S.DO | S.MODALS  # the first auxiliary says the tense
    assert set(S.CONTRACTIONS.values()) <= v.future_words | S.MODALS  # "won't", "can't": read as auxiliaries
    assert S.ROLE_PREPOSITIONS <= S.PREPOSITIONS
    assert all(len(q) == 1 for q in S.QUOTES), "the tokenizer drops quotation marks one character at a time"
    assert not S.PLAIN_ADVERBS & S.NOT_ADVERBS, "a word is an adverb or it is not"
    assert S.DATE_WORDS == set(L.MONTHS) | set(L.WEEKDAY_NAMES)


def test_month_and_weekday_names_are_listed_only_in_the_calendar():
    # The statement reader and the attributions take them from calendar.json ("may" and "march" are words too).
    names = (set(L.MONTH_NAMES) - L.MONTHS_ALSO_WORDS) | set(L.WEEKDAY_NAMES)
    predicates = json.loads(statements.DATA.read_text(encoding="utf-8"))
    for file, table in (("predicates", predicates), ("grammar", GRAMMAR), ("attributions", TABLES["attributions"])):
        listed = {w for _, words in _string_lists(table) for w in words}
        assert not listed & names, f"{file}.json lists {sorted(listed & names)}: read them from calendar.json"
    assert set(L.MONTH_NAMES) | set(L.WEEKDAY_NAMES) <= attributions._NOT_SOURCES


# --- attributions ----------------------------------------------------------------

# Lists the attribution patterns read in capitals (titles, offices, the last or first word of a body's name).
CAPITALISED = {"titles", "honorifics", "offices", "institutions", "institutions_named_first"}


def test_attribution_words_are_cased_as_they_are_read():
    for key, entry in TABLES["attributions"].items():
        if key == "about":
            continue
        words = entry.get("words") or [w for pair in entry["map"].items() for w in pair]
        if key in CAPITALISED:
            assert all(w[:1].isupper() for w in words), f"attributions.{key}: written with a capital"
        else:
            assert all(w == w.lower() for w in words), f"attributions.{key}: lower case (the text is matched or looked up so)"


def test_attribution_lists_agree_with_how_they_are_read():
    table = TABLES["attributions"]
    say = set(table["say_verbs"]["words"])
    for key, entry in table.items():
        if key.endswith("_cues") or key.startswith("cues_"):
            assert set(entry["words"]) <= say, f"attributions.{key}: not verbs of saying: {set(entry['words']) - say}"
    # A name whose first word is no source is never a body, whatever its other words.
    assert not attributions._NOT_SOURCES & attributions._BODY_WORDS
    assert not attributions._NOT_SOURCES & attributions._NEWS_AGENCIES
    # A name key is respelt before its joins are dropped: no spelling may lead to a dropped word.
    spellings = attributions._SPELLINGS
    assert not (set(spellings) | set(spellings.values())) & attributions._NAME_KEY_DROP
    assert all(k != v for k, v in spellings.items())


# --- no vocabulary in code ---------------------------------------------------------

# Words the extractor's code may still spell out: quantity kinds, date parts, the
# states of the number-word reader and the kinds of attribution pattern are names in
# the code, not vocabulary.
CODE_NAMES = {
    "percent", "points", "money", "count", "number", "measure", "duration", "age", "fraction", "multiplier",
    "ordinal", "score", "time", "date", "year", "range", "month", "day", "unit", "teen", "tens", "hundred", "scale",
    "according to", "according to records", "by", "by lower case", "from", "report", "said", "person", "surname", "named",
    "up", "down",  # the directions of a Change
}


def _word_lists(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.Set, ast.List)) and len(node.elts) >= 2:
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(words) == len(node.elts) and any(w.isalpha() and len(w) > 1 for w in words):
                yield node.lineno, words
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)
            and len(node.func.value.value.split()) >= 2
        ):
            yield node.lineno, node.func.value.value.split()  # """seed seeds bed beds""".split()


@pytest.mark.parametrize("path", sorted((ROOT / "claimcheck" / "extract").rglob("*.py")), ids=lambda p: p.name)
def test_no_word_lists_in_the_extractor_code(path):
    if path.name == "lexicon.py":
        return  # the lexicon turns the data into tables
    found = [(line, words) for line, words in _word_lists(path) if not set(words) <= CODE_NAMES]
    assert not found, f"word lists belong in claimcheck/data: {found}"


def test_nothing_date_bound_in_code():
    for path in [*(ROOT / "claimcheck" / "extract").rglob("*.py"), ROOT / "claimcheck" / "relate.py", ROOT / "claimcheck" / "ingest.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.fullmatch(r"(?:19|20)\d\d", node.value):
                pytest.fail(f"{path.name}:{node.lineno}: the year {node.value!r} is written into the code")
