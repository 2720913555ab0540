"""The scanner: every matcher at every token that can start a figure, the longest
non-overlapping matches, then the words around each.
"""

from __future__ import annotations

import datetime as dt
import re

from ...types import Quantity
from .. import lexicon as L
from ..tokens import tokenize, within_range
from .amounts import _match_amount_words
from .candidates import _Cand, _select
from .holidays import _FIRST_WORDS as _HOLIDAY_WORDS, _match_holiday
from .context import _about, _index_moves, _per_share_sentence, _restated_moves, _prev_words, _read_context, _read_periods, _split_from_to
from .dates import (
    _match_date,
    _match_period,
    _match_relative,
    _match_year_part,
    _PART_ORDINALS,
    _RELATIVE_DAYS,
    resolve_date,
    _shift,
)
from .numbers import _DENOMINATORS
from .numeric import _match_numeric
from .scores import _match_cricket
from .times import _match_time
from .words import _match_fraction, _match_multiplier, _match_ordinal_word, _MULTIPLIER_WORDS

_MATCHERS = (
    _match_cricket,
    _match_relative,
    _match_period,
    _match_year_part,
    _match_date,
    _match_time,
    _match_numeric,
    _match_fraction,
    _match_ordinal_word,
    _match_multiplier,
    _match_amount_words,
    _match_holiday,
)


def extract_quantities(text: str, *, published: dt.date | None = None) -> tuple[Quantity, ...]:
    """Every figure in ``text`` with its kind, value, unit, change and role.

    ``published`` (the article's date) completes dates written without a year
    or as a weekday; completed parts are listed in ``DateParts.inferred``.
    """
    toks = tokenize(text)
    if not toks:
        return ()
    cands: list[_Cand] = []
    for i, tok in enumerate(toks):
        # Only a digit, a sign or one of a few hundred words can start a figure.
        if tok.type != "word" or tok.lower in _TRIGGERS:
            for matcher in _MATCHERS:
                matcher(toks, i, cands)
    links = [m.span() for m in _LINK.finditer(text)] if ("/" in text or "www" in text or "@" in text) else []
    if links:
        # "%28...%29" in a URL, digits in an e-mail address: not figures.
        cands = [c for c in cands if not any(a < toks[c.j - 1].end and toks[c.i].start < b for a, b in links)]
    chosen = _select(cands)
    _split_from_to(toks, chosen)
    _read_context(toks, chosen)
    _index_moves(text, toks, chosen)
    _restated_moves(toks, chosen)
    periods = _read_periods(toks, chosen)
    taken = {k for c in chosen for k in range(c.i, c.j)}
    if _per_share_sentence(toks, taken) or any(c.kind == "money" and (c.unit or "").endswith(" per share") for c in chosen):
        # "Earnings per share: $1.04 adjusted vs. 96 cents expected": every small
        # amount in the sentence is per share.
        for c in chosen:
            if c.kind == "money" and c.unit and " per " not in c.unit and c.value is not None and abs(c.value) < 1000:
                c.unit = f"{c.unit} per share"
    out: list[Quantity] = []
    for c in chosen:
        if not all(v is None or within_range(v) for v in (c.value, c.low, c.high)):
            continue  # "$1e99 trillion": past the largest figure once scaled
        if c.low is not None and c.high is not None:
            c.value = None
        start, end = toks[c.i].start, toks[c.j - 1].end
        date = c.date
        if c.relative is not None:
            if published is None:
                continue  # "yesterday" says nothing without the story's date
            date = _shift(published, *c.relative)
            if date is None:
                continue  # "99999999999 days ago"
        elif date is not None and published is not None:
            date = resolve_date(date, published, before=[t.lower for t in _prev_words(toks, c.i, 2)])
        out.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                kind=c.kind,  # type: ignore[arg-type]
                value=c.value,
                low=c.low,
                high=c.high,
                unit=c.unit,
                change=c.change,  # type: ignore[arg-type]
                role=c.role,  # type: ignore[arg-type]
                date=date,
                about=_about(toks, c, taken),
                period=periods.get(id(c)),
            )
        )
    return tuple(out)


_LINK = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+|\b[\w-]+\.(?:" + "|".join(map(re.escape, L.LINK_DOMAINS)) + r")(?:/\S*)"
)

# Words a matcher can start from (see _MATCHERS): number, ordinal, fraction and
# multiplier words, months, weekdays, relative days, parts of a year, openers of
# periods and ranges, articles ("a dozen", "a third"), minus words.
_TRIGGERS = frozenset(
    set(L.NUMBER_WORDS) | set(L.ORDINAL_WORDS) | set(_DENOMINATORS) | set(L.MONTHS) | set(L.WEEKDAYS)
    | set(_RELATIVE_DAYS) | set(_MULTIPLIER_WORDS) | set(_PART_ORDINALS) | set(L.YEAR_PART_WORDS)
    | {letter.lower() for letter in L.YEAR_PARTS} | {lead for lead in L.PERIOD_JOINERS if lead}
    | L.ARTICLES | L.DOZEN_WORDS | set(L.NOON_WORDS) | L.MINUS_WORDS
    | {words[0] for words in L.AMOUNT_WORDS} | _HOLIDAY_WORDS
)
