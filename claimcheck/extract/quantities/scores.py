"""The matcher for cricket scores and bowling figures."""

from __future__ import annotations

from .. import lexicon as L
from ..tokens import Token
from .candidates import _Cand
from .numbers import _words_at
from .topics import _sport_context


def _match_cricket(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Cricket scores: "187/5" and "187 for five" (runs for wickets), and bowling
    figures "2/34", "four for 27" (wickets for runs).  Read as a score of runs
    and wickets (low = runs, high = wickets), so "187 for five" is "187/5"."""
    n = len(toks)
    if i + 2 >= n or (i > 0 and toks[i - 1].text == "/" and toks[i].glued):
        return
    sep = toks[i + 1]
    slash = sep.text == "/" and sep.glued and toks[i + 2].glued
    if not (slash or sep.lower == "for"):
        return

    def number(k: int) -> tuple[float, int] | None:
        if toks[k].is_num:  # the bare numeral: _num_at would read "187/5" as a fraction
            return (toks[k].value, k + 1)
        return None if slash else _words_at(toks, k)

    first = number(i)
    if first is None or first[1] != i + 1:
        return
    second = number(i + 2)
    if second is None:
        return
    a, b, end = first[0], second[0], second[1]
    if not (float(a).is_integer() and float(b).is_integer() and 0 <= a <= 999 and 0 <= b <= 999):
        return
    if min(a, b) > 10 or (slash and end < n and toks[end].text == "/" and toks[end].glued):
        return  # "12/4/2025" is a date
    if "." in toks[i].text or "." in toks[i + 2].text:
        return
    if end < n and toks[end].is_word and toks[end].lower not in L.AFTER_A_CRICKET_SCORE:
        return  # "voted 187 for five years", "2/3 majority"
    if not (any(t.lower in L.CRICKET_WORDS for t in toks) or (slash and a > 10 >= b and _sport_context(toks))):
        return  # "187/5" in a sports story is a score whatever the sport words
    runs, wickets = (b, a) if a <= 10 < b else (a, b)
    cands.append(_Cand(i, end, "score", low=runs, high=wickets, priority=3, fixed_change=True))
