"""What a figure is about, and when it holds: the reading that decides rivals.

An editor reads a figure as *a value of something at some time*.  Two figures
that differ are rivals only when both are about the same subject at the same
time: the S&P 500's level is no rival of the Nasdaq's, a share price "in early
trading" none of the close.  Standard library only; the words are data
(``claimcheck/data/subjects.json``).

``subject_names`` gives the named entities that stand before a figure in its
clause (the companies, indexes, people and places it is said of);
``session`` the stated time of day or of the trading day; ``tally`` what a
count of people tallies (the dead, the injured, the arrested); ``is_market`` whether
a figure is a market reading (a price, an index level, a move), which is a
snapshot unless it says it is the close.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Sequence
from typing import NamedTuple
from pathlib import Path

from .types import Quantity


def _load() -> dict:
    with open(Path(__file__).parent / "data" / "subjects.json", encoding="utf-8") as fh:
        return json.load(fh)


_DATA = _load()
# "killed" -> "dead", "hurt" -> "injured": what a count of people tallies.
_TALLY_WORDS = {w: tally for tally, words in _DATA["tallies"].items() if tally != "note" for w in words}
_NOT_NAMES = frozenset(w.lower() for w in _DATA["not_names"])
_GENERIC = frozenset(w.lower() for w in _DATA["generic_name_words"])


def _words(pattern_words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(pattern_words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.I)


_MARKET = _words(_DATA["market_words"])
_CLOSE = _words(_DATA["close_words"])
_INTRADAY = _words(_DATA["intraday_words"])

# A name: capitalised words, joined by "&", "of", "'s", with tickers and index numbers
# ("Standard & Poor's 500 Index", "Bank of America", "FTSE 100").
_NAME = re.compile(
    r"(?<![\w$£€])(?:[A-Z][\w.'’\-]*|[A-Z]{2,})(?:(?:\s+(?:&|of|de|and|for)\s+|\s+)(?:[A-Z][\w.'’\-]*|\d{2,4}(?=\s+[A-Z])|\d{2,4}\b(?!\s*(?:%|percent|points?))))*"
)
_CLAUSE_STOP = re.compile(r"[;:]|,\s+(?:while|whereas|but|and)\s+|\s+(?:while|whereas)\s+|\.\s")


# How far before a figure its clause's names are looked for: a clause's names stand
# near its figures, and a 100,000-character sentence must not be rescanned per figure.
_NAME_REACH = 300


def _clause_start(text: str, pos: int) -> int:
    start = max(0, pos - _NAME_REACH)
    for m in _CLAUSE_STOP.finditer(text, start, pos):
        start = m.end()
    return start


@lru_cache(maxsize=8192)
def _name_key(name: str) -> frozenset[str]:
    words = re.findall(r"[\w&]+", name.lower())
    return frozenset(w.removesuffix("s") if w.endswith("'s") else w for w in words if w not in _GENERIC and len(w) > 1 or w.isdigit())


@lru_cache(maxsize=4096)
def _written_names_before(text: str, end: int) -> tuple[str, ...]:
    """The names before ``end`` in its clause, as written."""
    start = _clause_start(text, end)
    out = []
    for m in _NAME.finditer(text, start, end):
        name = m.group().strip(" .,'’")
        # A lone capitalised function word says nothing: "Shares of Roslyn", "About 18 percent".
        if " " not in name and name.lower().strip(".,") in _NOT_NAMES:
            continue
        if _name_key(name):
            out.append(name)
    return tuple(out)


def _names_before(text: str, end: int) -> tuple[frozenset[str], ...]:
    """The names before ``end`` in its clause, each as its key words."""
    return tuple(_name_key(name) for name in _written_names_before(text, end))


@dataclass(frozen=True)
class Reading:
    """What a figure is about and when it holds, as far as its sentence says."""

    names: tuple[str, ...]  # the names its clause says it of, as written: "Orvane", "the Halden Composite Index"
    tally: str | None  # what a count tallies: "dead", "injured", ...
    session: str | None  # for a market reading: "close" or "intraday"
    period: str | None  # Quantity.period: a date, "ytd", "then", "now"


def reading(text: str, q: Quantity) -> Reading:
    """The subject and time of figure ``q`` in sentence ``text``: the JSON report
    and ``claimcheck quantities`` show them, the rivals rules weigh them."""
    return Reading(
        names=_written_names_before(text, q.start),
        tally=tally(text, q),
        session=session(text) if is_market(text, q) else None,
        period=q.period,
    )


def subject_names(text: str, q: Quantity) -> tuple[frozenset[str], ...]:
    """The names in the figure's clause, before it: what the figure is said of."""
    return _names_before(text, q.start)


def different_subjects(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """Two market readings said of named subjects with no name shared: "the Nasdaq
    ... 1,595.80" and "the S&P 500 ... 966.87", "Ryland ... $73.40" and "Ericsson
    ... $21.28".

    Only for market readings, where the name before a price is what it prices.
    Elsewhere the names before a figure are as often its agent as its subject
    ("Trump imposed a 29% tariff" / "Washington set a 26 per cent tariff"), and
    outlets name the agent differently.
    """
    if not (is_market(a_text, a) and is_market(b_text, b)):
        return False
    na, nb = subject_names(a_text, a), subject_names(b_text, b)
    if not na or not nb:
        return False
    words_a = frozenset().union(*na)
    words_b = frozenset().union(*nb)
    return not (words_a & words_b)


def different_people(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """Two ages given of two named people ("Crown Prince Frederik, 51" / "Princess
    Benedikte, 75"): the name nearest before each age is whose it is."""
    if not (a.kind == b.kind == "age"):
        return False
    na, nb = subject_names(a_text, a), subject_names(b_text, b)
    return bool(na and nb) and not (na[-1] & nb[-1])


@lru_cache(maxsize=4096)
def _market_words(text: str) -> bool:
    """Whether a sentence speaks of shares, indexes, bonds, currencies (once per sentence)."""
    return _MARKET.search(text) is not None


def is_market(text: str, q: Quantity) -> bool:
    """A market reading: a price, level or move in a sentence about shares, indexes, bonds, currencies.

    A price is a small amount (a share at $21.25, crude at $28.39 a barrel), a
    move is a change ("up 40 cents", "rose 0.32 percent"), a level a number
    written with decimals (1,595.80); "raised $5 million by selling shares" is
    none of them.
    """
    if not _market_words(text):
        return False
    value = abs(q.value or 0)
    if q.kind == "money":
        return value < 10_000 or q.change in ("up", "down")
    if q.kind in ("percent", "points"):
        return q.change in ("up", "down") or q.role == "change" or "." in q.text
    if q.kind in ("number", "count"):
        return q.unit is None and "." in q.text
    return False


@lru_cache(maxsize=4096)
def session(text: str) -> str | None:
    """When in the trading day a sentence's figures hold: "close", "intraday", or unsaid."""
    if _CLOSE.search(text):
        return "close"
    if _INTRADAY.search(text):
        return "intraday"
    return None


def market_snapshots(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """Two market readings said to be of different moments: the close against
    early or recent trading ("closed at $20.79" / "in recent dealings ... $21.25")."""
    if not (is_market(a_text, a) and is_market(b_text, b)):
        return False
    sa, sb = session(a_text), session(b_text)
    return sa is not None and sb is not None and sa != sb


_WORD = re.compile(r"[\w'’-]+|[,;:()]")
# Words a tally reading does not cross: "killed 30 people and injured 61" gives 61
# to the injured, "arrested 30 people over the deaths" 30 to the arrested.
_TALLY_STOPS = frozenset(_DATA["tally_stops"])
# How far from a count its tally word may stand: "the toll stood at 28" (3
# words before), "nine climbers are still missing" (3 words after).
_TALLY_BEFORE = 4
_TALLY_AFTER = 3
_TALLY_WINDOW = 120  # characters each side: enough for those words, whatever the sentence's length


def _tally_in(words: list[str]) -> str | None:
    for word in words:
        if word in _TALLY_STOPS:
            return None
        if word in _TALLY_WORDS:
            return _TALLY_WORDS[word]
    return None


@lru_cache(maxsize=8192)
def _tally_at(text: str, start: int, end: int) -> str | None:
    """The verb before a count says what it tallies first ("saved 25 lives",
    "arrested 30 people over the deaths"), then the figure's own words ("28 dead"),
    then the words after it ("50 people hurt", "were killed")."""
    before = [w.lower() for w in _WORD.findall(text[max(0, start - _TALLY_WINDOW) : start])][-_TALLY_BEFORE:]
    found = _tally_in(before[::-1])
    if found is not None:
        return found
    inside = [w.lower() for w in _WORD.findall(text[start:end])]
    for word in inside:
        if word in _TALLY_WORDS:
            return _TALLY_WORDS[word]
    after = [w.lower() for w in _WORD.findall(text[end : end + _TALLY_WINDOW])][:_TALLY_AFTER]
    return _tally_in(after)


def tally(text: str, q: Quantity) -> str | None:
    """What a count tallies, read from the words beside it: "dead" for "killed 30
    people" and "the toll stood at 28", "injured" for "injured 61" and "50 people
    hurt"; None for any other figure, or when nothing beside it says.  (What is
    counted, people or cattle, the counted noun says; ``relate`` weighs that.)"""
    if q.kind != "count":
        return None
    return _tally_at(text, q.start, q.end)


def _nearest_shared(text: str, q: Quantity, shared: set[str]) -> str | None:
    """Of the words around a figure that the other side's figure shares, the one
    nearest to it, as the sentence writes it ("tariff" for "a 29% tariff"); a word in
    lower case before a name."""
    best: tuple[bool, int, int, str] | None = None
    lower = text.lower()
    for word in sorted(shared):
        for m in re.finditer(rf"\b{re.escape(word)}\w*", lower):
            gap = q.start - m.end() if m.end() <= q.start else m.start() - q.end
            # A common noun says what is measured ("attacks") better than a name beside it ("Pakistan").
            key = (text[m.start()].isupper(), gap, m.start())
            if gap >= 0 and (best is None or key < best[:3]):
                best = (*key, text[m.start() : m.end()])
    return best[3] if best else None


def _counted(text: str, q: Quantity) -> str | None:
    """The counted noun as the figure writes it: "people" in "Hundreds of people"."""
    words = _WORD.findall(q.text)
    return words[-1] if words and q.unit and not words[-1][:1].isdigit() and words[-1].lower() != q.text.lower() else None


def subject_of(a_text: str, a: Quantity, b_text: str, b: Quantity) -> str | None:
    """What two rival figures are both about, for the explanation of their
    contradiction: their tally ("injured"), the thing both count ("people"),
    or the word beside both nearest to the first ("tariff"); None if nothing."""
    ta, tb = tally(a_text, a), tally(b_text, b)
    if ta is not None and ta == tb:
        return ta
    if a.unit and a.unit == b.unit and a.kind == "count":
        return _counted(a_text, a) or _counted(b_text, b)
    shared = set(a.about) & set(b.about)
    return _nearest_shared(a_text, a, shared) if shared else None


# --- the previous close a market reading implies ---------------------------------


class ImpliedBase(NamedTuple):
    """The previous reading a level and its move imply, with what they were."""

    what: str  # what it is a reading of: "money USD", "index"
    base: float  # level minus move
    move: float  # signed: -0.82 for "down 82 cents"
    level: float
    move_step: float  # half the last written digit of each: how far rounding lets it be off
    level_step: float


def implied_bases(qs: Sequence[Quantity]) -> tuple[ImpliedBase, ...]:
    """The previous readings a sentence's figures imply, level minus move: "rose 40
    cents to $21.25" implies $20.85, "fell 86.56 points to 9,109.99" implies 9,196.55."""
    from .relate import _last_digit

    moves = [q for q in qs if q.role == "change" and q.change in ("up", "down") and q.value is not None and not q.is_range]
    levels = [q for q in qs if q.role == "current" and q.change in ("=", "~") and q.value is not None and not q.is_range]
    out = []
    for move in moves:
        for level in levels:
            if move.kind == level.kind == "money" and move.unit == level.unit:
                what = f"money {level.unit}"
            elif move.kind == "points" and move.unit == "point" and level.kind in ("number", "count") and level.unit is None:
                what = "index"
            else:
                continue
            assert move.value is not None and level.value is not None
            signed = move.value if move.change == "up" else -move.value
            out.append(ImpliedBase(what, level.value - signed, signed, level.value, _last_digit(move) / 2, _last_digit(level) / 2))
    return tuple(out)


def _apart(x: float, y: float, slack: float) -> bool:
    return abs(x - y) > slack + 1e-9


def different_bases(
    a_text: str, a: Quantity, b_text: str, b: Quantity, a_figures: Sequence[Quantity] | None = None, b_figures: Sequence[Quantity] | None = None
) -> bool:
    """Two market readings whose sentences imply different previous readings of one
    thing ("up 40 cents to $21.25" / "down 82 cents at $20.79": $20.85 and $21.61)
    are of two sessions, not one misreported.  Only when the moves and the levels
    both differ: one equal and the other not is a misreport of the other.

    ``a_figures``/``b_figures`` are the sentences' figures, as the comparison already
    has them; read from the texts when not given."""
    if not (is_market(a_text, a) and is_market(b_text, b)):
        return False
    from .extract import extract_quantities

    bases_a = implied_bases(extract_quantities(a_text) if a_figures is None else a_figures)
    bases_b = implied_bases(extract_quantities(b_text) if b_figures is None else b_figures)
    pairs = [(x, y) for x in bases_a for y in bases_b if x.what == y.what]
    return bool(pairs) and all(
        _apart(x.base, y.base, x.move_step + x.level_step + y.move_step + y.level_step)
        and _apart(x.move, y.move, x.move_step + y.move_step)
        and _apart(x.level, y.level, x.level_step + y.level_step)
        for x, y in pairs
    )
