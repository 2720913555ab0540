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

from .extract.lexicon import BODY_WORDS, MONTHS, PERIOD_MARKERS, RESTATED_MOVE_JOINERS, SAY_VERBS, WEEKDAY_NAMES, WEEKDAYS
from .relate import Relation, relate
from .types import Quantity


def _load() -> dict:
    with open(Path(__file__).parent / "data" / "subjects.json", encoding="utf-8") as fh:
        return json.load(fh)


_DATA = _load()
# "killed" -> "dead", "hurt" -> "injured": what a count of people tallies.
_TALLY_WORDS = {w: tally for tally, words in _DATA["tallies"].items() if tally != "note" for w in words}
_NOT_NAMES = frozenset(w.lower() for w in _DATA["not_names"])
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_GENERIC = frozenset(w.lower() for w in _DATA["generic_name_words"])


def _words(pattern_words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(pattern_words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.I)


_MARKET = _words(_DATA["market_words"])
_CLOSE = _words(_DATA["close_words"])
_MOMENT_OF = {w.lower(): m for m, words in _DATA["session_moments"].items() if m != "note" for w in words}
_MOMENTS = _words(list(_MOMENT_OF))
_INTRADAY = _words(_DATA["intraday_words"] + list(_MOMENT_OF))
_FORECAST = _words(_DATA["forecast_words"])

# A name: capitalised words, joined by "&", "of", "'s", with tickers and index numbers
# ("Standard & Poor's 500 Index", "Bank of America", "FTSE 100").
_NAME = re.compile(
    r"(?<![\w$£€])(?:[A-Z][\w.'’\-]*|[A-Z]{2,})(?:(?:\s+(?:&|of|de|and|for)\s+|\s+)(?:[A-Z][\w.'’\-]*|\d{2,4}(?=\s+[A-Z])|\d{2,4}\b(?!\s*(?:%|percent|points?))))*"
)
# A clause ends at a semicolon, a colon, a contrast, or a full stop that is not an initial's ("U.S. sales").
_CLAUSE_STOP = re.compile(r"[;:]|,\s+(?:while|whereas|but|and)\s+|\s+(?:while|whereas)\s+|(?<!\b[A-Z])\.\s")


_EXCHANGE_CODE = re.compile(r":\d")
# How far before a figure its clause's names are looked for: a clause's names stand
# near its figures, and a 100,000-character sentence must not be rescanned per figure.
_NAME_REACH = 300


def _clause_start(text: str, pos: int) -> int:
    reach = max(0, pos - _NAME_REACH)
    start = reach
    for m in _CLAUSE_STOP.finditer(text, reach, pos):
        # A stop inside brackets ends no clause: "Mitsubishi Tokyo Financial (JP:8306:
        # news, chart, profile) declined".
        if text.count("(", reach, m.start()) <= text.count(")", reach, m.start()):
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
        # A lone capitalised function word says nothing: "Shares of Roslyn", "About 18 percent";
        # a date is when, not whom: "April 2025".
        if " " not in name and name.lower().strip(".,") in _NOT_NAMES or name.split()[0].lower().rstrip(".") in _DATE_WORDS:
            continue
        if _EXCHANGE_CODE.match(text, m.end()):
            continue  # the exchange of a stock's code, "(JP:8306)", is no subject of its own
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
        period=period_of(text, q),
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


# "Ohio's jobless rate", "Storm Ada's centre": a name owning what is measured;
# "the centre of Storm Bram": the same, the other way round.
_OWNER = r"((?:[A-Z][\w.&\-]*\s+){0,3}[A-Z][\w.&\-]*)"
_POSSESSIVE = re.compile(_OWNER + r"['’]s\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)")
_OF_OWNER = re.compile(r"\bthe\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+of\s+(?:the\s+)?" + _OWNER)
_NOT_OWNED = frozenset(_DATA["not_owned_words"])


@lru_cache(maxsize=8192)
def _owned(text: str, q: Quantity) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """What the figure's clause says is whose, before it: (the owner's name key, the
    owned thing's words) for "Ohio's jobless rate", "the centre of Storm Bram"."""
    start = _clause_start(text, q.start)
    out = []
    for m in _POSSESSIVE.finditer(text, start, q.start):
        owner, thing = m.group(1), m.group(2)
        out.append((_name_key(owner), frozenset(thing.split()) - _NOT_OWNED))
    for m in _OF_OWNER.finditer(text, start, q.start):
        thing, owner = m.group(1), m.group(2)
        out.append((_name_key(owner), frozenset(thing.split()) - _NOT_OWNED))
    # a share of what someone has, after it: "about a third of Quetta's 1.2 million people"
    share_of = _SHARE_OF_OWNER.match(text, q.end)
    if share_of is not None:
        out.append((_name_key(share_of.group(1)), frozenset(share_of.group(2).split()) - _NOT_OWNED))
    return tuple((owner, thing) for owner, thing in out if owner and thing)


_SHARE_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?" + _OWNER + r"['’]s\s+(?:[\d.,]+\s+(?:[a-z]+illion\s+)?)?((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)")


# "82 percent of the increase": a share of a change; "41 percent of the total number of deaths" of a level
_WHOLE = re.compile(r"\s+of\s+(?:(?:" + "|".join(re.escape(w) for w in _DATA["whole_determiners"]["words"]) + r")\s+)*([\w’'\-]+)", re.I)
_CHANGE_WHOLES = frozenset(_DATA["change_wholes"]["words"])


@lru_cache(maxsize=8192)
def whole_is_change(text: str, q: Quantity) -> bool | None:
    """Whether a share is of a change ("82 percent of the increase") rather than of a
    level ("41 percent of all deaths"), or None when no whole is said."""
    if q.kind != "percent":
        return None
    m = _WHOLE.match(text, q.end)
    if m is None:
        return None
    return m.group(1).lower() in _CHANGE_WHOLES


def different_wholes(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """A share of a change and a share of a level ("82 percent of the increase" / "41
    percent of the total number of deaths"): two shares, not one misreported.  Two
    levels named in other words ("58% of voters" / "61% of the electorate") may be one
    whole, so only the change tells."""
    wa, wb = whole_is_change(a_text, a), whole_is_change(b_text, b)
    return wa is not None and wb is not None and wa != wb


def different_owners(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """Figures of one thing owned by two names that neither sentence shares ("Ohio's
    jobless rate ... 4.1%" / "Iowa's jobless rate ... 3.2%", "Storm Ada's centre" /
    "the centre of Storm Bram"): two subjects, not one misreported."""
    owned_a, owned_b = _owned(a_text, a), _owned(b_text, b)
    if not owned_a or not owned_b:
        return False
    words_a = _aliased(_name_key(a_text))
    words_b = _aliased(_name_key(b_text))
    return any(
        thing_a & thing_b and not _aliased(owner_a) & _aliased(owner_b) and not _aliased(owner_a) & words_b and not _aliased(owner_b) & words_a
        for owner_a, thing_a in owned_a
        for owner_b, thing_b in owned_b
    )


_CAST_KINDS = ("money", "percent")
_CAST_REACH = 12  # words between a name and the sum or share it is said to earn, pay or get


def _owner_before(text: str, q: Quantity) -> frozenset[str]:
    """The name nearest before a sum or share, when it is the one who earns, pays or gets
    it: within a few words and no say verb between ("Britz earned $3.77 million"; not
    "police said 30 percent")."""
    names = _written_names_before(text, q.start)
    if not names:
        return frozenset()
    name = names[-1]
    at = text.rfind(name, 0, q.start)
    between = text[at + len(name) : q.start].split()
    if len(between) > _CAST_REACH or any(w.lower().strip(",.") in SAY_VERBS for w in between):
        return frozenset()
    # A body ("the Pentagon", "the Defense Department", "the White House") goes by many
    # names, and outlets use different ones: only a name said bare, no body's, is an owner.
    if _DETERMINER_BEFORE.search(text, max(0, at - 6), at) or any(w.lower() in BODY_WORDS for w in name.split()):
        return frozenset()
    return _name_key(name)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)


_INTO = re.compile(r"\s+(?:in|into)\s+(?=[A-Z])")


def _recipient_after(text: str, q: Quantity) -> frozenset[str]:
    """The name a sum is put into, right after it ("invested $500 million in Micron")."""
    if q.kind != "money":
        return frozenset()
    m = _INTO.match(text, q.end)
    name = _NAME.match(text, m.end()) if m else None
    if name is None or any(w.lower() in BODY_WORDS for w in name.group().split()):
        return frozenset()
    return _name_key(name.group())


def _apart_in_stories(na: frozenset[str], nb: frozenset[str], a_story: str, b_story: str) -> bool:
    """Two names with no word in common, each named nowhere in the other story."""
    if not na or not nb or _aliased(na) & _aliased(nb):
        return False
    return not _aliased(na) & _story_words(b_story) and not _aliased(nb) & _story_words(a_story)


@lru_cache(maxsize=16)
def _story_words(story: str) -> frozenset[str]:
    """Every word of a story, as the name keys weigh them: read once per story, not per pair."""
    return _aliased(_name_key(story))


def different_cast(a_text: str, a: Quantity, b_text: str, b: Quantity, a_story: str, b_story: str) -> bool:
    """Sums or shares of two named subjects, each named nowhere in the other story
    ("Britz earned $3.77 million" / "Johnston made $5.8 million"), or sums put into two
    such ("invested $500 million in Micron" / "$123 million in Elpida"): two subjects'
    figures.  Bodies are left out: "The Pentagon will spend $2 billion" and "The Defense
    Department will spend $3 billion" are one body named two ways.
    A name the other story has at all ("Trump imposed a 29% tariff" / "Washington set
    26 per cent" in two stories that both name Trump) may be the agent named another way."""
    if not (a.kind in _CAST_KINDS and b.kind in _CAST_KINDS):
        return False
    return _apart_in_stories(_owner_before(a_text, a), _owner_before(b_text, b), a_story, b_story) or _apart_in_stories(
        _recipient_after(a_text, a), _recipient_after(b_text, b), a_story, b_story
    )


# One owner by two names ("Britain" / "the UK", "Google" / "Alphabet"): each name's words
# stand for the group's first.
_ALIASES = {word: group[0] for group in _DATA["owner_aliases"] for word in group}


def _aliased(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_ALIASES.get(w, w) for w in words)


# "lost 40 cents, or 9 percent": the words that join a move to its restatement (cues.json)
_RESTATED = re.compile("(?:" + "|".join(r"\s*".join(re.escape(w) for w in joiner) for joiner in RESTATED_MOVE_JOINERS) + r")\s+$")


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
        # a move, a level with decimals, or a move restated as a share ("lost 40 cents, or 9 percent")
        return q.change in ("up", "down") or q.role == "change" or "." in q.text or _RESTATED.search(text, max(0, q.start - 6), q.start) is not None
    if q.kind in ("number", "count"):
        # a level with decimals (1,595.80), or a move ("slid 12/32", "fell 4.25")
        return q.unit is None and ("." in q.text or q.change in ("up", "down"))
    return False


# "yesterday" of the trading, not of something said ("after the company said yesterday it would cut jobs")
_YESTERDAY = re.compile(r"(?<!said )(?<!announced )(?<!reported )(?<!told )\byesterday\b", re.I)


@lru_cache(maxsize=4096)
def session(text: str) -> str | None:
    """When in the trading day a sentence's figures hold: "close", "intraday",
    "yesterday" (a session before the story's day, no moment said), or unsaid."""
    if _CLOSE.search(text):
        return "close"
    if _INTRADAY.search(text):
        return "intraday"
    if _YESTERDAY.search(text):
        return "yesterday"
    return None


@lru_cache(maxsize=4096)
def moment(text: str) -> str | None:
    """Which moment of the trading day a sentence names first ("open", "early",
    "midday", "afternoon", "latest", "late"; subjects.json session_moments), or None
    ("during the session" says trading, not when)."""
    m = _MOMENTS.search(text)
    return _MOMENT_OF[" ".join(m.group(0).lower().split())] if m else None


def market_snapshots(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """Two market readings said to be of different moments: the close against
    early or recent trading ("closed at $20.79" / "in recent dealings ... $21.25"),
    yesterday's trading against this morning's, the open against late trading."""
    if not (is_market(a_text, a) and is_market(b_text, b)):
        return False
    sa, sb = session(a_text), session(b_text)
    if sa == sb == "intraday":
        ma, mb = moment(a_text), moment(b_text)
        return ma is not None and mb is not None and ma != mb
    # yesterday's reading may be yesterday's close: only a moment of today's trading differs from it
    return sa is not None and sb is not None and sa != sb and {sa, sb} != {"yesterday", "close"}


_EXTREME_OF = {w.lower(): side for side, words in _DATA["extreme_words"].items() if side != "note" for w in words}
_EXTREME_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_EXTREME_OF, key=len, reverse=True)) + r")\s*$", re.I)
_EXTREME_REACH = 30  # characters before a figure: "reached fresh three-year highs at "
_LEADING_WORDS = re.compile(r"(?:[^\W\d_]+\s+)+")


def extreme(text: str, q: Quantity) -> str | None:
    """Whether a figure is the session's "high" or "low" ("as high as $1.1115", "hit
    fresh three-year highs at $1.6789"), or None: a reading at a moment."""
    # the words before it, and those its span took in ("as high as $1.1115" is one figure)
    leading = _LEADING_WORDS.match(text, q.start, q.end)
    head = text[max(0, q.start - _EXTREME_REACH) : leading.end() if leading else q.start]
    m = _EXTREME_BEFORE.search(head)
    return _EXTREME_OF[" ".join(m.group(0).lower().split())] if m else None


def extreme_and_reading(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """Two market figures, one the session's high or low and the other a reading at a
    moment (or the other extreme): "as high as $1.1115" / "was last at $1.1149"."""
    if not (is_market(a_text, a) and is_market(b_text, b)):
        return False
    ea, eb = extreme(a_text, a), extreme(b_text, b)
    if ea == eb:
        return False
    if ea is not None and eb is not None:
        return True  # the high and the low
    # the reading must say it is one of a moment ("was last at"): an unmarked figure may be
    # the extreme told in other words ("hit its highest level since 2008 at $1.6750")
    return session(b_text if ea is not None else a_text) is not None


_MOMENT_REACH = 5  # words between a reading and the time or day said of it ("$367.90 an ounce at 1000 GMT")


def _words_apart(text: str, q: Quantity, f: Quantity) -> int | None:
    """How many words stand between figures ``q`` and ``f``, or None past the reach."""
    gap = text[q.end : f.start] if q.end <= f.start else text[f.end : q.start]
    words = len(gap.split())
    return words if words <= _MOMENT_REACH and not _CLAUSE_STOP.search(gap) else None


def _stated_moment(text: str, q: Quantity, figures: Sequence[Quantity]) -> tuple[Quantity | None, int | None]:
    """The time of day and the weekday a market sentence states of reading ``q``, the
    nearest within a few words ("quoted at $367.90 ... at 1000 GMT", "4.39 percent late
    Friday"; not "ahead of data due at 1230 GMT" at the sentence's far end)."""
    def nearest(candidates: list[Quantity]) -> Quantity | None:
        scored = [(d, n) for n, f in enumerate(candidates) if (d := _words_apart(text, q, f)) is not None]
        return candidates[min(scored)[1]] if scored else None

    time = nearest([f for f in figures if f.kind == "time" and f.value is not None])
    day = nearest([f for f in figures if f.kind == "date" and f.date is not None and f.date.weekday is not None and f.date.day is None])
    return time, day.date.weekday if day is not None and day.date is not None else None


def stated_moments(
    a_text: str, a: Quantity, b_text: str, b: Quantity, a_figures: Sequence[Quantity] | None = None, b_figures: Sequence[Quantity] | None = None
) -> bool:
    """Two market readings whose sentences state different times of day ("quoted at
    ... at 1000 GMT" / "at 0500 GMT", one instant in two zones is one) or name different
    days ("from 4.39 percent late Friday" / "from 4.36 percent late Monday"): two snapshots."""
    if not (is_market(a_text, a) and is_market(b_text, b)):
        return False
    ta, da = _stated_moment(a_text, a, _figures(a_text, a_figures))
    tb, db = _stated_moment(b_text, b, _figures(b_text, b_figures))
    if ta is not None and tb is not None and relate(ta, tb) is Relation.CONFLICT:
        return True
    return da is not None and db is not None and da != db


def _bases_match(a_text: str, a_figures: Sequence[Quantity], b_text: str, b_figures: Sequence[Quantity]) -> bool:
    """Both sentences' readings imply the same previous reading, and their levels differ."""
    pairs = _base_pairs(tuple(a_figures), tuple(b_figures))
    return bool(pairs) and all(
        not _apart(x.base, y.base, x.move_step + x.level_step + y.move_step + y.level_step) and _apart(x.level, y.level, x.level_step + y.level_step)
        for x, y in pairs
    )


def moments_of_a_session(
    a_text: str, a: Quantity, b_text: str, b: Quantity, a_figures: Sequence[Quantity], b_figures: Sequence[Quantity]
) -> bool:
    """Two market readings, one said to be of a moment in the session ("down 40 cents
    to $5.10 in midday trading", "was lately up 18 points") and one that says no time
    ("fell 35 cents to $5.15 on Monday"): two moments of one session, both true, when
    both imply the same previous close, or when nothing implies one to tell them apart
    (a different previous close is different-base's business).  Two readings during
    trading are two moments too ("were up 39 cents at $15.59" / "gained 24 cents to
    $15.44 during Tuesday's trading"), unless both name the same one ("at midday")."""
    if not (is_market(a_text, a) and is_market(b_text, b)):
        return False
    sa, sb = session(a_text), session(b_text)
    if not ({sa, sb} <= {"intraday", None} and "intraday" in (sa, sb)):
        return False
    ma = moment(a_text) if sa == "intraday" else None
    mb = moment(b_text) if sb == "intraday" else None
    if ma is not None and ma == mb:
        return False  # both at the moment named alike: one reading, rivals
    if not _base_pairs(tuple(a_figures), tuple(b_figures)):
        # nothing to check: only a moment said by name ("lately", "in early trading") tells them apart
        return ma is not None or mb is not None
    return _bases_match(a_text, a_figures, b_text, b_figures)


_FORECAST_REACH = 10  # words: "analysts estimate peak annual U.S. sales of X will top $200 million"


@lru_cache(maxsize=8192)
def forecast(text: str, q: Quantity) -> bool:
    """Whether the figure is said to be expected, not reported ("analysts had expected
    revenue of $2.1 billion", "sales could reach $90 million"): a forecast word shortly
    before it, with no comma between ("As expected, it reported $715 million" is reported)."""
    start = _clause_start(text, q.start)
    for m in _FORECAST.finditer(text, start, q.start):
        between = text[m.end() : q.start]
        if "," not in between and len(between.split()) <= _FORECAST_REACH:
            return True
    return False


def forecast_and_actual(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """An expected figure against a reported one: two figures, not one misreported."""
    return forecast(a_text, a) != forecast(b_text, b)


def _figures(text: str, figures: Sequence[Quantity] | None) -> Sequence[Quantity]:
    """A sentence's figures, as the comparison already has them, or read from its text."""
    if figures is not None:
        return figures
    from .extract import extract_quantities

    return extract_quantities(text)


_AS_OF = re.compile(r"\bas of\s+$", re.I)


def as_of_day(text: str, figures: Sequence[Quantity] | None = None) -> str | None:
    """The day a sentence says its figures are "as of" ("As of Tuesday, 40 cases were
    confirmed"), as the date reader reads it: a weekday's name, or month and day as
    numbers ("Oct. 5" and "October 5" are both "10-5")."""
    for q in _figures(text, figures):
        if q.kind == "date" and q.date is not None and _AS_OF.search(text, max(0, q.start - 10), q.start):
            d = q.date
            if d.month is not None and d.day is not None:
                return f"{d.month}-{d.day}"
            if d.weekday is not None:
                return WEEKDAY_NAMES[d.weekday]
    return None


def different_days(a_text: str, b_text: str, a_figures: Sequence[Quantity] | None = None, b_figures: Sequence[Quantity] | None = None) -> bool:
    """Two sentences said to hold as of different days ("As of Tuesday" / "As of
    Friday"): their figures are two snapshots, and their days no misreport."""
    da, db = as_of_day(a_text, a_figures), as_of_day(b_text, b_figures)
    return da is not None and db is not None and da != db


_AVERAGE = _words(_DATA["statistic_words"]["average"])
_MEDIAN = _words(_DATA["statistic_words"]["median"])


@lru_cache(maxsize=8192)
def statistic(text: str, q: Quantity) -> str | None:
    """What the figure's clause says it summarises: "average" ("lived an average of
    46 months"), "median" ("median survival was 41 months"), or unsaid."""
    start = _clause_start(text, q.start)
    if _MEDIAN.search(text, start, q.start):
        return "median"
    if _AVERAGE.search(text, start, q.start):
        return "average"
    return None


def different_statistics(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """An average and a median of one thing are two figures, however close."""
    sa, sb = statistic(a_text, a), statistic(b_text, b)
    return sa is not None and sb is not None and sa != sb


# The period markers that say "year before" (cues.json: "a year earlier", "a year ago"),
# and the forms only written before a figure ("the year-ago quarter, when it earned").
_YEAR_AGO = _words([" ".join(words) for words, marker in PERIOD_MARKERS if marker == "year before"] + _DATA["year_ago_before_words"])
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|against)\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=8192)
def period_of(text: str, q: Quantity) -> str | None:
    """When the figure holds: its own period (Quantity.period), or "year before" when
    its clause says so before it ("up from the year-ago quarter, when it earned $54
    million")."""
    if q.period is not None:
        return q.period
    start = _clause_start(text, q.start)
    for m in _YEAR_AGO.finditer(text, start, q.start):
        # "Compared with last year's results, revenue rose to $5.2 billion": the year before is the other figure
        if not _COMPARED.search(text, max(start, m.start() - 20), m.start()):
            return "year before"
    return None


_CURRENCY_ALIASES = {"greenback": "dollar", "sterling": "pound", "rouble": "ruble"}
_COUNTER = re.compile(
    r"\bagainst\s+the\s+(?:(?:Swiss|Japanese|British|Canadian|Australian|U\.S\.|US|New Zealand|Chinese|Indian|South African)\s+)?("
    + "|".join(_DATA["counter_currencies"])
    + r")\b",
    re.I,
)


def different_currency_pairs(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """Market readings against two currencies ("against the Swiss franc ... down 0.6
    percent" / "against the yen ... down 0.7 percent") are of two exchange rates."""
    if not (is_market(a_text, a) and is_market(b_text, b)):
        return False
    ca, cb = _counter_currency(a_text), _counter_currency(b_text)
    return ca is not None and cb is not None and ca != cb


@lru_cache(maxsize=4096)
def _counter_currency(text: str) -> str | None:
    """The currency a sentence's rate is against, as one name: "the U.S. dollar" is
    "dollar", as is "the greenback"."""
    m = _COUNTER.search(text)
    return None if m is None else _CURRENCY_ALIASES.get(m.group(1).lower(), m.group(1).lower())


_COUPON_AFTER = re.compile(r"\s+(?:(?!(?:as|while|and|but|when|after|before|because)\b)[\w\-]+\s+)?(?:" + "|".join(_DATA["coupon_words"]) + r")\b", re.I)
_COUPON_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.I)


@lru_cache(maxsize=8192)
def coupon(text: str, q: Quantity) -> bool:
    """A share that names a bond, its coupon ("the 3 percent note maturing in 2031"):
    part of the bond's name, not a reading of it ("fell 2.1 percent as bonds rallied" is one)."""
    return (
        q.kind == "percent"
        and _COUPON_BEFORE.search(text, max(0, q.start - 8), q.start) is not None
        and _COUPON_AFTER.match(text, q.end) is not None
    )


_BOND_WORDS = "|".join(w for w in _DATA["coupon_words"] if w != "coupon")
# "the two-year note", "the February 2013 note", "the 2031 Treasury bonds": at most one
# word between the figure and the bond ("in 2008 the bonds rallied" names none).
_BOND_AFTER = re.compile(r"\s+(?:(?!(?:" + "|".join(_DATA["bond_name_stops"]["words"]) + r")\b)[\w\-]+\s+)?(?:" + _BOND_WORDS + r")\b", re.I)
_MATURING = re.compile(r"\b(?:" + _BOND_WORDS + r")\s+(?:maturing|due)\s+(?:in\s+)?$", re.I)
_MATURING_REACH = 30  # characters before a maturity: "note maturing in "


@lru_cache(maxsize=8192)
def bond_part(text: str, q: Quantity) -> str | None:
    """Which part of a bond's name a figure is: its coupon ("the 3 percent note"), its
    tenor ("the two-year note") or its maturity ("the February 2013 note", "the note
    maturing in 2008"), or None: a name is no claim about the bond, and two bonds named
    apart are two subjects."""
    if coupon(text, q):
        return "coupon"
    if q.kind == "duration" and q.unit == "year" and _BOND_AFTER.match(text, q.end):
        return "tenor"
    if q.kind in ("year", "date") and (_BOND_AFTER.match(text, q.end) or _MATURING.search(text, max(0, q.start - _MATURING_REACH), q.start)):
        return "maturity"
    return None


def _bond_value(q: Quantity) -> float | None:
    """What tells two bonds apart by one part of their names: a coupon or tenor's value, a maturity's year."""
    if q.kind == "date":
        return float(q.date.year) if q.date is not None and q.date.year is not None else None
    return q.value


def _bond_names(text: str, q: Quantity, figures: Sequence[Quantity]) -> dict[str, float]:
    """The parts of the bond named in figure ``q``'s clause, before it."""
    start = _clause_start(text, q.start)
    out: dict[str, float] = {}
    for f in figures:
        if start <= f.start < q.start and f is not q:
            part = bond_part(text, f)
            value = _bond_value(f) if part else None
            if part and value is not None:
                out.setdefault(part, value)
    return out


def different_bonds(
    a_text: str, a: Quantity, b_text: str, b: Quantity, a_figures: Sequence[Quantity] | None = None, b_figures: Sequence[Quantity] | None = None
) -> bool:
    """Two market readings of bonds named apart by one part of their names: "the
    two-year note" / "the 10-year note", "the February 2013 note" / "the note maturing
    in 2008", "the 3 percent note" / "the 4 percent note" (only a part both name tells)."""
    if not (is_market(a_text, a) and is_market(b_text, b)):
        return False
    na = _bond_names(a_text, a, _figures(a_text, a_figures))
    nb = _bond_names(b_text, b, _figures(b_text, b_figures))
    return any(na[part] != nb[part] for part in na.keys() & nb.keys())


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "the 11th U.S. Circuit Court", "the 82nd Airborne Division": capitalised words up to the
# head of a numbered institution's name (subjects.json numbered_name_heads)
_NUMBERED_NAME = re.compile(
    r"(?:\s+(?:[A-Z][\w.]*|of))*?\s+(?:" + "|".join(_DATA["numbered_name_heads"]["words"]) + r")\b"
)
_NUMBERED_NAME_WORDS = 5  # words from the ordinal to the name's head


def ordinal_name(text: str, q: Quantity) -> bool:
    """An ordinal that opens the name of a numbered institution after "the" ("the 11th
    U.S. Circuit Court of Appeals", "the 82nd Airborne Division"): it names the court or
    the unit and ranks nothing; "the 45th President", "her 19th Grand Slam title" and
    "the 3rd Stage" rank and count, and rival."""
    if q.kind != "ordinal" or _THE_BEFORE.search(text, max(0, q.start - 5), q.start) is None:
        return False
    m = _NUMBERED_NAME.match(text, q.end)
    return m is not None and len(m.group().split()) <= _NUMBERED_NAME_WORDS


# "the last", "his first": a determiner and a word that picks a stretch, right before the figure
_WINDOW = re.compile(
    r"\b(?:" + "|".join(_DATA["window_words"]["determiners"]) + r")\s+(?:" + "|".join(_DATA["window_words"]["words"]) + r")\s+$", re.I
)
_WINDOW_UNITS = frozenset(_DATA["window_words"]["units"])


@lru_cache(maxsize=8192)
def window(text: str, q: Quantity) -> bool:
    """A figure that picks out a stretch or the first or last few ("including 17 the
    last three seasons", "in the first 100 days"), not a whole: no rival of a total."""
    stretch = q.kind == "duration" or (q.kind == "count" and q.unit in _WINDOW_UNITS)  # "the last 14 miners" is a count
    return stretch and _WINDOW.search(text, max(0, q.start - 20), q.start) is not None


def window_and_total(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """One figure a window ("the last three seasons"), the other not ("in six seasons")."""
    return window(a_text, a) != window(b_text, b)


_QUARTER_ENDED = re.compile(r"\bquarter\s+(?:that\s+)?(?:ended|ending)\s+(?:in\s+|on\s+)?$", re.I)
_FISCAL = re.compile(r"\bfiscal\b", re.I)


def quarter(text: str, figures: Sequence[Quantity] | None = None) -> tuple[str, int] | None:
    """The quarter a sentence's figures are of, when it names one and only one, as the
    date reader reads it, with how it names it: ("ordinal", 1) for "the first quarter",
    ("ended", 6) for "the quarter ended June 29" (the month it ended).  A company's year
    may not be the calendar's, so only quarters named the same way compare; "fiscal"
    says nothing."""
    if _FISCAL.search(text):
        return None
    found = set()
    for q in _figures(text, figures):
        if q.kind != "date" or q.date is None:
            continue
        if q.date.part is not None and q.date.part.startswith("Q"):
            found.add(("ordinal", int(q.date.part[1:])))
        elif q.date.month is not None and _QUARTER_ENDED.search(text, max(0, q.start - 30), q.start):
            found.add(("ended", q.date.month))
    return found.pop() if len(found) == 1 else None


def different_quarters(a_text: str, b_text: str, a_figures: Sequence[Quantity] | None = None, b_figures: Sequence[Quantity] | None = None) -> bool:
    """Figures of two quarters named alike ("the first quarter" / "the third quarter",
    "the quarter ended June 28" / "the quarter ended March 29")."""
    qa, qb = quarter(a_text, a_figures), quarter(b_text, b_figures)
    return qa is not None and qb is not None and qa[0] == qb[0] and qa[1] != qb[1]


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
    stated: bool = False  # the previous reading is written ("up from 4.30 percent"), not implied


def _basis_free(unit: str | None) -> str | None:
    """A price's unit without its rate basis: "USD per barrel" -> "USD" (a move of "38 cents" is of it)."""
    return unit.split(" per ")[0] if unit else unit


def implied_bases(qs: Sequence[Quantity]) -> tuple[ImpliedBase, ...]:
    """The previous readings a sentence's figures imply or state: level minus move
    ("rose 40 cents to $21.25" implies $20.85, "fell 86.56 points to 9,109.99" and
    "fell 4.25 to 1,700.00" imply 9,196.55 and 1,704.25), or the earlier value it
    names ("a yield of 3.91 percent, up from 3.85 percent": 3.85)."""
    from .relate import _last_digit

    moves = [q for q in qs if q.role == "change" and q.change in ("up", "down") and q.value is not None and not q.is_range]
    # A level is a reading, stated or bounded ("as high as 4.66 percent"); not a number in
    # a name ("the S&P 500"): an index level has decimals or four digits.
    levels = [
        q for q in qs
        if q.role == "current" and q.change not in ("up", "down") and q.value is not None and not q.is_range
        and (q.kind != "count" or "." in q.text or abs(q.value) >= 1000)
    ]
    earlier = [q for q in qs if q.role == "earlier" and q.value is not None and not q.is_range]
    out = []
    for move in moves:
        for level in levels:
            if move.kind == level.kind == "money" and move.unit == _basis_free(level.unit):
                what = f"money {move.unit}"
            elif move.kind in ("points", "number") and move.unit in ("point", None) and level.kind in ("number", "count") and level.unit is None:
                what = "index"
            else:
                continue
            assert move.value is not None and level.value is not None
            signed = move.value if move.change == "up" else -move.value
            out.append(ImpliedBase(what, level.value - signed, signed, level.value, _last_digit(move) / 2, _last_digit(level) / 2))
    for before in earlier:
        for level in levels:
            if level.kind == before.kind and _basis_free(level.unit) == _basis_free(before.unit) and level.start < before.start:
                assert level.value is not None and before.value is not None
                step = _last_digit(before) / 2
                out.append(
                    ImpliedBase(f"{level.kind} {level.unit}", before.value, level.value - before.value, level.value, step + _last_digit(level) / 2, _last_digit(level) / 2, True)
                )
    return tuple(out)


@lru_cache(maxsize=4096)
def _base_pairs(a_figures: tuple[Quantity, ...], b_figures: tuple[Quantity, ...]) -> tuple[tuple[ImpliedBase, ImpliedBase], ...]:
    """The previous readings two sentences imply of one thing, side by side (once per
    pair of sentences: every pair of their figures asks)."""
    return tuple((x, y) for x in implied_bases(a_figures) for y in implied_bases(b_figures) if x.what == y.what)


def _apart(x: float, y: float, slack: float) -> bool:
    return abs(x - y) > slack + 1e-9


def different_bases(
    a_text: str, a: Quantity, b_text: str, b: Quantity, a_figures: Sequence[Quantity] | None = None, b_figures: Sequence[Quantity] | None = None
) -> bool:
    """Two market readings whose sentences imply or state different previous readings
    of one thing ("up 40 cents to $21.25" / "down 82 cents at $20.79": $20.85 and
    $21.61; "3.91 percent from 3.95 percent" / "4.02 percent from 3.99 percent")
    are of two sessions, not one misreported: so is every market figure of the two.
    Only when the moves and the levels both differ: one equal and the other not is a
    misreport of the other.

    ``a_figures``/``b_figures`` are the sentences' figures, as the comparison already
    has them; read from the texts when not given."""
    if not (is_market(a_text, a) and is_market(b_text, b)):
        return False
    pairs = _base_pairs(tuple(_figures(a_text, a_figures)), tuple(_figures(b_text, b_figures)))
    # Two written previous readings that differ, with levels that differ, are two
    # sessions even when the moves match; implied ones need the moves to differ too.
    return bool(pairs) and all(
        _apart(x.base, y.base, x.move_step + x.level_step + y.move_step + y.level_step)
        and (x.stated and y.stated or _apart(x.move, y.move, x.move_step + y.move_step))
        and _apart(x.level, y.level, x.level_step + y.level_step)
        for x, y in pairs
    )
