"""Currencies written before or after a figure, sub-units, and rates ("$58.24 per barrel")."""

from __future__ import annotations

from .. import lexicon as L
from ..tokens import Token
from .candidates import _Cand
from .numbers import _clean, _num_at, _words_at
from .phrases import _phrase_index
from .topics import _money_context

_CURRENCY_WORD_PHRASES = _phrase_index(L.CURRENCY_WORDS)


def _letter_currency(toks: list[Token], i: int) -> str | None:
    """The ISO code of a one-letter currency right before the digits at i, if it is one."""
    if i == 0:
        return None
    found = L.LETTER_CURRENCIES.get(toks[i - 1].text)
    return found.code if found and _letter_money(toks, i, found) else None


def _letter_money(toks: list[Token], i: int, currency: L.LetterCurrency) -> bool:
    """A one-letter currency glued to the digits (N for naira, R for rand): money when
    scaled, written with thousands separators, or in a story about the country
    ("N100m", "R1,540"; "N95 masks" is not).  Rand is also money when the
    sentence is about money and a plain word follows ("pay R230 more"; not "the
    R40 road")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    scaled = nxt is not None and (
        (nxt.glued and nxt.text in L.LETTER_MONEY_GLUED_SCALES)
        or nxt.lower in L.LETTER_MONEY_SCALES
    )
    if scaled or "," in toks[i].text or any(t.lower in currency.context for t in toks):
        return True
    if not currency.plain_in_a_money_story:
        return False
    plain = nxt is None or not nxt.is_word or nxt.lower in L.PLAIN_AFTER_LETTER_MONEY
    return plain and _money_context(toks, i)


def _currency_prefix(toks: list[Token], i: int) -> tuple[str, int] | None:
    """A currency written before the figure ending right before token i.

    Returns (ISO code, index of the first prefix token).
    """
    if i == 0:
        return None
    p = toks[i - 1]
    # "$", "£", "₹" (glued or spaced: "$ 75 million")
    if p.type == "sym" and p.text in L.CURRENCY_PREFIXES:
        start = i - 1
        code = L.CURRENCY_PREFIXES[p.text]
        if p.text == "$" and i >= 2:
            q = toks[i - 2]
            combo = (q.lower + "$")
            if q.is_word and combo in L.CURRENCY_PREFIXES and (p.glued or q.lower == "us"):
                return (L.CURRENCY_PREFIXES[combo], i - 2)
        return (code, start)
    # "$US55m", "$A82.6m", "$NZ 3bn": the Australian and New Zealand house style.
    if p.is_word and p.text.isupper() and i >= 2 and toks[i - 2].text == "$" and p.glued:
        combo = p.lower + "$"
        if combo in L.CURRENCY_PREFIXES and toks[i].start - p.end <= 1:
            return (L.CURRENCY_PREFIXES[combo], i - 2)
    # "Rs." / "Rs" / "PKR" / "USD" before digits
    k = i - 1
    if p.type == "punct" and p.text == "." and i >= 2 and toks[i - 2].is_word and p.glued:
        k = i - 2
        word = toks[k].lower + "."
    else:
        word = p.lower
    t = toks[k]
    letter = _letter_currency(toks, i) if toks[i].glued and k == i - 1 else None
    if letter:
        return (letter, k)  # "N100m", "N20,000" (naira); "R412bn", "R1,540" (rand)
    if not t.is_word or word not in L.CURRENCY_PREFIXES:
        return None
    # Keep the gap between prefix and figure to at most one space.
    if toks[i].start - toks[k].end > 2:
        return None
    if word in L.CAPITALISED_PREFIXES:
        # "Rs", "Tk", "RM", "Rp", "KSh": a capital letter, and the digits right after.
        if not t.text[:1].isupper():
            return None
    elif not t.text.isupper():
        # Codes ("USD", "PKR") are written in capitals.
        return None
    return (L.CURRENCY_PREFIXES[word], k)


def _and_cents(toks: list[Token], k: int, value: float | None) -> tuple[float | None, int]:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount."""
    n = len(toks)
    m = k + 1 if k < n and toks[k].lower == "and" else k
    got = _num_at(toks, m) or _words_at(toks, m) if m < n else None
    if value is not None and got is not None and got[1] < n and toks[got[1]].lower in L.JOINS_AN_AMOUNT:
        return (_clean(value + got[0] / 100), got[1] + 1)
    return (value, k)


def _per_unit(toks: list[Token], k: int) -> tuple[str, int] | None:
    """ "per barrel", "a share", "an hour", "/hour", "per kg" after an amount: (unit, end)."""
    n = len(toks)
    if k + 1 >= n:
        return None
    t, nxt = toks[k], toks[k + 1]
    slash = t.text == "/" and t.glued and nxt.glued
    if not (slash or t.lower in L.RATE_WORDS) or not nxt.is_word:
        return None
    word = nxt.lower
    if word in L.NOT_NOUNS and word != "each" or not nxt.text.islower() and not slash:
        return None
    if t.lower in L.ARTICLES and word in L.TIME_UNITS_OF_DATES and k + 2 < n and toks[k + 2].lower in L.DATES_AFTER_A_UNIT:
        return None  # "$3bn a year ago" is a date, not a rate
    if word in L.MEASURE_UNITS:
        return (L.MEASURE_UNITS[word], k + 2)
    if word in L.TIME_UNITS:
        return (L.TIME_UNITS[word], k + 2)
    if t.lower in L.ARTICLES and not (L.singular(word) == word):
        return None  # "a shares..." never; "a share" yes
    return (L.singular(word), k + 2)


def _emit_money(toks, cands, start, end, value, low, high, code, priority=0) -> None:
    """A money candidate, with its rate if one follows ("$58.24 per barrel" is USD per barrel)."""
    per = _per_unit(toks, end)
    unit = code
    if per is not None:
        unit, end = f"{code} per {per[0]}", per[1]
    cands.append(_Cand(start, end, "money", value=value, low=low, high=high, unit=unit, priority=priority))
