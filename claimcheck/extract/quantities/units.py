"""Units after a figure: measures, percent and points, and durations."""

from __future__ import annotations

from .. import lexicon as L
from ..tokens import is_dash, Token
from .phrases import _phrase_at, _phrase_index
from .topics import _temperature_context

_MEASURE_PHRASES = _phrase_index(L.MEASURE_UNITS)
_POINT_PHRASES = _phrase_index(L.POINT_UNITS)
_POINTS_AFTER = _phrase_index(L.INDEX_POINT_SURFACES)
_POINTS_AFTER_PERCENTAGE = _phrase_index(L.POINT_WORDS)

# Days in each duration unit: "seven years and six months" is 7.5 years.
_DAYS_IN = {name: unit.factor for name, unit in L.DURATIONS.items()}


def _measure_at(toks: list[Token], j: int, words: bool) -> tuple[str, int] | None:
    """A unit of measure starting at token j: (unit name, end)."""
    n = len(toks)
    if j >= n:
        return None
    t = toks[j]
    mu = _phrase_at(toks, j, _MEASURE_PHRASES)
    if mu is not None and mu[0] in L.LOWERCASE_ONLY_UNITS and t.text != mu[0]:
        mu = None  # "5G", "4G": mobile network generations; grams are "g"
    if mu is not None:
        word = mu[0]
        # "8 MB", "4 L" read as written
        spaced_capitals = t.text.isupper() and (len(t.text) > 1 or t.lower in L.SPACED_IN_CAPITALS_UNITS)
        if (word not in L.GLUED_ONLY_UNITS or t.glued or spaced_capitals) and not (word in L.AFTER_DIGITS_ONLY_UNITS and words):
            return (L.MEASURE_UNITS[word], mu[1])
    if t.type == "sym" and t.text in L.DEGREE_SIGN:
        end = j + 1
        if end < n and toks[end].text in L.TEMPERATURE_LETTERS and toks[end].glued:
            return (L.TEMPERATURE_LETTERS[toks[end].text], end + 1)
        return (L.DEGREE_SIGN[t.text], end)
    # "45C", "-10C", "30 C" in a story about the weather.
    if t.text in L.TEMPERATURE_LETTERS and (t.glued or _temperature_context(toks)) and _temperature_context(toks):
        return (L.TEMPERATURE_LETTERS[t.text], j + 1)
    # "2 1/2 in thick", "a 65 in screen", "is 2 in."
    if t.lower == "in" and not t.glued and (j + 1 >= n or toks[j + 1].lower in L.INCH_FOLLOWERS or (toks[j + 1].text == "." and j + 2 >= n)):
        return ("inch", j + 1)
    return None


def _percent_at(toks: list[Token], j: int) -> int | None:
    """End index of a percent sign or word at j ("%", "pc", "per cent", "percent")."""
    n = len(toks)
    t = toks[j]
    if t.type == "sym" and t.text == "%":
        return j + 1
    if not t.is_word:
        return None
    w = t.lower
    if w in L.PERCENT_SINGLE_WORDS or (w in L.PERCENT_ABBREVIATIONS and (t.glued or not (j + 1 < n and toks[j + 1].text == "."))):
        return j + 1
    if w == "of" and j + 2 < n and toks[j + 1].lower in L.ARTICLES and toks[j + 2].is_word:
        return _percent_at(toks, j + 2)  # "0.5 of a percent", "three quarters of a per cent"
    if w == "per" and j + 1 < n:
        nxt = toks[j + 1]
        if nxt.lower == "cent":
            return j + 2
        if is_dash(nxt) and j + 2 < n and toks[j + 2].lower == "cent":
            return j + 3
    return None


def fraction_unit(toks: list[Token], j: int) -> tuple[str, str, int] | None:
    """The percent or point a fraction in words is of, starting at j ("three quarters
    of a percent", "a quarter of a percentage point"): (kind, unit, end)."""
    if j >= len(toks) or toks[j].lower != "of":
        return None
    pu = _phrase_at(toks, j, _POINT_PHRASES)  # first: "of a percentage point" is no percent
    if pu is not None:
        return ("points", L.POINT_UNITS[pu[0]], pu[1])
    end = _percent_at(toks, j)
    if end is not None:
        return ("percent", "percent", end)
    return None


def _index_points_ok(toks: list[Token], j: int) -> bool:
    """ "points" after a figure: a market index or a score, not "points of order"."""
    n = len(toks)
    if j + 1 < n and toks[j + 1].lower == "of":
        return False
    return True


def _unit_word(toks: list[Token], k: int) -> bool:
    """Whether a unit follows at k (so "3 to 4 L" is a range of litres)."""
    t = toks[k]
    return (
        _percent_at(toks, k) is not None
        or _measure_at(toks, k, False) is not None
        or t.lower in L.CURRENCY_WORDS
        or t.lower in L.SCALE_WORDS
        or t.lower in L.TIME_UNITS
        or t.lower in L.UNITS_AFTER_A_RANGE
    )


def _unit_follows(toks: list[Token], k: int) -> bool:
    t = toks[k]
    return (t.type == "sym" and t.text == "%") or t.lower in L.PERCENT_WORDS or t.lower in L.SCALE_WORDS or t.lower in L.CURRENCY_WORDS
