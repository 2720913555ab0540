"""Matchers for figures written as words: ordinals, fractions and multipliers."""

from __future__ import annotations

from .. import lexicon as L
from ..tokens import is_break, is_dash, Token
from .candidates import _Cand
from .numbers import _DENOMINATORS, _num_at, _words_at
from .units import fraction_unit


def _fraction(toks: list[Token], i: int, j: int, value: float, priority: int) -> _Cand:
    """A fraction in words, or a share of a percent or point when one follows ("three
    quarters of a percent" is 0.75 percent, not three quarters of something)."""
    unit = fraction_unit(toks, j)
    if unit is not None:
        return _Cand(i, unit[2], unit[0], value=value, unit=unit[1], priority=priority)
    return _Cand(i, j, "fraction", value=value, priority=priority)


def _match_ordinal_word(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    t = toks[i]
    if not t.is_word or t.lower not in L.ORDINAL_WORDS:
        return
    if t.lower == "second":
        # "a second" (time), "seconds": only before a noun ("second round").
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or not nxt.is_word or nxt.lower in L.NOT_NOUNS:
            return
    # Fractions: "a third of", "two-thirds" are handled by the fraction matcher.
    if i > 0 and toks[i - 1].lower in L.ONE_WORDS and i + 1 < len(toks) and toks[i + 1].lower == "of" and t.lower in _DENOMINATORS:
        return
    end, unit = _ordinal_unit(toks, i + 1)
    if unit is None and _ranking(toks, i, end):
        unit = "rank"
    cands.append(_Cand(i, end, "ordinal", value=float(L.ORDINAL_WORDS[t.lower]), unit=unit))


def _ranking(toks: list[Token], i: int, j: int) -> bool:
    """ "ranked 41st in the world", "a career-high 15th in Monday's rankings"."""
    before = {t.lower for t in toks[max(0, i - 3) : i]}
    after = {t.lower for t in toks[j : j + 5]}
    return bool(before & L.RANKED_BEFORE or after & L.RANKED_AFTER)


def _ordinal_unit(toks: list[Token], k: int) -> tuple[int, str | None]:
    """A time unit right after an ordinal joins it: "23rd minute", "41st-minute", "third day"."""
    n = len(toks)
    if k + 1 < n and is_dash(toks[k]) and toks[k].glued and toks[k + 1].glued and toks[k + 1].lower in L.TIME_UNITS:
        return (k + 2, L.TIME_UNITS[toks[k + 1].lower])
    if k < n and toks[k].lower in L.TIME_UNITS and toks[k].lower not in L.NOT_AFTER_AN_ORDINAL:
        return (k + 1, L.TIME_UNITS[toks[k].lower])
    # "his 19th league goal", "their first official phone call": the last noun of
    # the words that follow is the ordinal's unit (it stays outside the span).
    run: list[str] = []
    m = k
    while m < n and len(run) < 3 and toks[m].is_word and toks[m].text.islower() and toks[m].lower not in L.NOT_NOUNS:
        run.append(toks[m].lower)
        m += 1
    while run and run[-1] in L.ORDINAL_ADJECTIVES:
        run.pop()  # "the 7th annual Grand Park ...": what is ordered is named, not "annual"
    # "7th annual", "73rd consecutive": how often belongs to the figure as an editor reads it
    end = k
    while end < m and toks[end].lower in L.ORDINAL_ADJECTIVES:
        end += 1
    return (end, L.singular(run[-1]) if run else None)


def _match_fraction(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Fractions in words: "half", "a third of", "fell by a third", "two-thirds",
    "three quarters", "one eighth", "five-eighths", "one in five", "two out of three"."""
    n = len(toks)
    t = toks[i]
    if not t.is_word and not t.is_num:
        return
    w = t.lower
    if w == "half" and (i + 1 < n and toks[i + 1].lower in L.HALF_AFTER):
        if i > 0 and toks[i - 1].lower in L.NOT_HALF_BEFORE:
            return
        start = i - 1 if i > 0 and toks[i - 1].lower in L.ONE_WORDS else i
        cands.append(_Cand(start, i + 1, "fraction", value=0.5))
        return
    # "a third of voters", "fell by a third", "cut by a quarter.", "a fifth"
    if w in L.ARTICLES and i + 1 < n and toks[i + 1].lower in _DENOMINATORS and not toks[i + 1].lower.endswith("s"):
        nxt = toks[i + 2] if i + 2 < n else None
        by = i > 0 and toks[i - 1].lower in L.A_FRACTION_BY
        if (nxt is not None and nxt.lower == "of") or (by and (nxt is None or is_break(nxt) or nxt.text == "." or nxt.lower in L.AFTER_A_FRACTION)) or (nxt is None and i == 0):
            cands.append(_fraction(toks, i, i + 2, 1 / _DENOMINATORS[toks[i + 1].lower], 1))
        return
    # "two-thirds", "three quarters", "one eighth", "five-eighths", "twenty-three fifths"
    got = _words_at(toks, i) if t.is_word and w in L.NUMBER_WORDS else None
    if got is not None and 1 <= got[0] < 1000:
        k = got[1]
        if k < n and is_dash(toks[k]) and toks[k].glued:
            k += 1
        if k < n and toks[k].lower in _DENOMINATORS:
            denom = toks[k].lower
            plural = denom.endswith("s") or denom == "half"
            if (got[0] == 1) != plural or denom == "half":
                cands.append(_fraction(toks, i, k + 1, got[0] / _DENOMINATORS[denom], 2))
                return
    # "one in five adults", "2 out of 5 stars", "seven in 10 Americans"
    got = _num_at(toks, i) if t.is_num else got
    if got is not None and (not float(got[0]).is_integer() or (i > 0 and toks[i - 1].text == "/" and t.glued)):
        return  # "2/34 in four overs", "187/5 in 20 overs": the figure is not a whole count
    if got is not None and got[1] < n:
        k = got[1]
        if toks[k].lower == "in":
            k += 1
        elif toks[k].lower == "out" and k + 1 < n and toks[k + 1].lower == "of":
            k += 2
        else:
            return
        den = _num_at(toks, k) if k < n and toks[k].is_num else (_words_at(toks, k) if k < n and toks[k].lower in L.NUMBER_WORDS else None)
        if den is None or not (got[0] < den[0] <= 1000) or (den[1] < n and toks[den[1]].is_num):
            return
        if k < n and toks[k].is_num and len(toks[k].text) == 4:
            return  # "one in 2020"
        cands.append(_Cand(i, den[1], "fraction", value=got[0] / den[0], priority=2))


_MULTIPLIER_WORDS = L.MULTIPLIER_WORDS


def _match_multiplier(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    t = toks[i]
    if not t.is_word or t.lower not in _MULTIPLIER_WORDS:
        return
    w = t.lower
    if w in L.MULTIPLIER_ADJECTIVES and not (i + 1 < len(toks) and toks[i + 1].lower in L.MULTIPLIER_ADJECTIVE_OBJECTS):
        return  # "a double murder", "triple jump"
    if w == "twice" and not (i + 1 < len(toks) and toks[i + 1].lower in L.TWICE_OBJECTS):
        return  # "twice" as in "visited twice"
    change = "down" if w in L.MULTIPLIER_DOWN else ("up" if w.endswith(L.MULTIPLIER_UP_ENDINGS) else "=")
    cands.append(_Cand(i, i + 1, "multiplier", value=_MULTIPLIER_WORDS[w], change=change, fixed_change=w not in L.MULTIPLIER_NO_CHANGE))
