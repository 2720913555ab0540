"""Days named by a holiday on a fixed date: "on New Year's Eve", "Christmas Day 2019".

Each is a date of its month and day (claimcheck/data/calendar.json, ``holidays``),
so "New Year's Eve" meets "December 31" like any other date; the year comes
after it if written, or from the story's date as for "April 9".
"""

from __future__ import annotations

from ...types import DateParts
from .. import lexicon as L
from ..tokens import Token
from .candidates import _Cand

_LONGEST = max(len(words) for words in L.HOLIDAYS)
_FIRST_WORDS = frozenset(words[0] for words in L.HOLIDAYS)


def _word(t: Token) -> str:
    return t.lower.replace("\u2019", "'")


def _capitalised(t: Token) -> bool:
    """A word of a holiday's name as written: capitalised, or a joining "of" ("Fourth of July")."""
    return t.text[:1].isupper() or t.lower == "of"


def _match_holiday(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    t = toks[i]
    if not t.is_word or not t.text[:1].isupper() or _word(t) not in _FIRST_WORDS:
        return  # a holiday's name is written capitalised: "may day" is no date
    words: list[str] = []
    ends: list[int] = []
    k = i
    while k < len(toks) and len(words) < _LONGEST:
        if toks[k].text == "." and toks[k].glued:
            k += 1  # "St. Patrick's Day"
            continue
        if not toks[k].is_word:
            break
        words.append(_word(toks[k]))
        k += 1
        ends.append(k)
    for size in range(len(words), 0, -1):
        got = L.HOLIDAYS.get(tuple(words[:size]))
        if got is None:
            continue
        end = ends[size - 1]
        month, day = got
        nxt = toks[end] if end < len(toks) else None
        if nxt is not None and nxt.is_int and len(nxt.text) == 4 and 1000 <= nxt.value <= 2100:
            cands.append(_Cand(i, end + 1, "date", date=DateParts(year=int(nxt.value), month=month, day=day), priority=3))
            return  # "Christmas Eve 2019"
        if not all(_capitalised(t) for t in toks[i:end] if t.is_word):
            return  # "May day trippers"
        if nxt is not None and nxt.is_word and nxt.text[:1].isupper():
            return  # "Christmas Island", "Boxing Day Test": a name the holiday begins
        opener = i - 2 if i >= 2 and toks[i - 1].lower == "the" else i - 1  # "since the New Year"
        if opener < 0 or toks[opener].lower not in L.BEFORE_A_HOLIDAY:
            return  # "strong Christmas sales": a kind of thing, not a day
        cands.append(_Cand(i, end, "date", date=DateParts(month=month, day=day), priority=3))
        return
