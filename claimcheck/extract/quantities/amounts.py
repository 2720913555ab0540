"""Amounts written as words: "hundreds of people", "tens of thousands of homes",
"a handful of protesters".  Each is a range of counts (claimcheck/data/numbers.json,
``amount_words``), so "hundreds" meets "more than 2,000" like any other figure.
"""

from __future__ import annotations

from .. import lexicon as L
from ..tokens import Token
from .candidates import _Cand
from .nouns import _of_noun

# What an amount word must not count: "thousands of dollars", "hundreds of miles",
# "millions of years" are sums, lengths and spans, not counts.
_NOT_COUNTED = frozenset(L.CURRENCY_WORDS) | frozenset(L.MEASURE_UNITS) | frozenset(L.TIME_UNITS)


def _match_amount_words(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    if i > 0 and (toks[i - 1].is_num or toks[i - 1].lower in L.NUMBER_WORDS):
        return  # "three dozens", "two hundreds": a multiplier, read by the numeric matcher
    got = L.amount_words_at([t.lower for t in toks[i : i + L.AMOUNT_WORDS_LONGEST]])
    if got is None:
        return
    size, span = got
    j = i + size
    if j >= len(toks) or toks[j].lower != "of":
        return  # "thousands more", "in the hundreds": no counted noun to tie it to
    noun = _of_noun(toks, j + 1)
    if noun is None or noun in _NOT_COUNTED or L.singular(toks[j + 1].lower) in _NOT_COUNTED:
        return
    if toks[i].lower == "scores" and not _scores_is_amount(toks, i):
        return
    # "Hundreds of people": the noun straight after "of" is part of the figure, as in "200 people".
    end = j + 2 if L.singular(toks[j + 1].lower) == noun else j
    cands.append(_Cand(i, end, "count", low=span[0], high=span[1], unit=noun, priority=1))


def _scores_is_amount(toks: list[Token], i: int) -> bool:
    """ "killed scores of people", "Scores of fans": the amount; "test scores of pupils",
    "improved scores of pupils": a noun."""
    if i == 0 or not toks[i - 1].is_word:
        return True
    prev = toks[i - 1].lower
    return prev in L.SCORES_BEFORE  # "improved scores of pupils" is a noun
