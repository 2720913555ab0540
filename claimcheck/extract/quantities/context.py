"""Reading the words around a figure: its bound, direction of change, role and period,
and the content words that say what it measures.
"""

from __future__ import annotations

import re

from ...types import DateParts
from .. import lexicon as L
from ..tokens import is_break, Token
from .candidates import _Cand
from .numbers import _ranging


def _prev_words(toks: list[Token], i: int, limit: int = 6) -> list[Token]:
    """Up to ``limit`` tokens before i, nearest first, stopping at a clause break."""
    out: list[Token] = []
    k = i - 1
    while k >= 0 and len(out) < limit:
        if is_break(toks[k]):
            break
        out.append(toks[k])
        k -= 1
    return out


def _ends_with_phrase(before: list[Token], phrase: str) -> int:
    """How many tokens of ``before`` (nearest first) spell ``phrase`` ending at the figure; 0 if not."""
    parts = phrase.split(" ")
    if len(parts) > len(before):
        return 0
    for off, p in enumerate(reversed(parts)):
        if before[off].lower != p:
            return 0
    return len(parts)


# Bound cues by their last word (the one next to the figure), longest first.
_CHANGE_CUES: dict[str, list[tuple[str, str]]] = {}
for _cue, _sign in sorted(
    [(c, "~") for c in L.APPROX_CUES] + [(c, ">") for c in L.ABOVE_CUES] + [(c, "<") for c in L.BELOW_CUES],
    key=lambda cue: (-len(cue[0].split()), cue[0]),
):
    _CHANGE_CUES.setdefault(_cue.split(" ")[-1], []).append((_cue, _sign))


def _bound_cue(before: list[Token]) -> tuple[str, int] | None:
    """ "about 15", "more than 40%", "at least 12", "up to 50": the bound written
    before the figure, and how many tokens it takes (they join the figure's span)."""
    skip = 0
    # "nearly a third", "more than a dozen": allow one article between.
    if before and before[0].lower in L.ARTICLES_BEFORE_A_FIGURE and not before[0].capitalised:
        skip = 1
    rest = before[skip:]
    if not rest:
        return None
    for cue, sign in _CHANGE_CUES.get(rest[0].lower, ()):
        size = _ends_with_phrase(rest, cue)
        if size:
            if cue == "over" and len(rest) > 1 and rest[1].lower in L.OVER_PARTICLE_VERBS:
                return None  # "took over 2021"... a verb particle, not a bound
            if cue == "some" and skip:
                return None
            return (sign, size + skip)
    return None


def _bound_after(toks: list[Token], j: int) -> tuple[str, int] | None:
    """ "21 or older", "40 or more", "65 and over": a bound written after the figure,
    and the new end of its span (the words join it)."""
    bounds = L.BOUNDS_AFTER.get(toks[j].lower, {}) if j + 1 < len(toks) else {}
    sign = bounds.get(toks[j + 1].lower) if bounds else None
    if sign is None:
        return None
    # "$30 million and over the next year", "12 and under the truce": a preposition, not a bound
    nxt = toks[j + 2] if j + 2 < len(toks) else None
    if nxt is not None and (nxt.lower in L.DETERMINERS or nxt.is_num):
        return None
    return (sign, j + 2)


# Kinds whose figure a verb can make a change amount ("rose 42%"); "the ferry
# sank three nautical miles off the coast" is a distance, not a fall.
_CHANGEABLE = frozenset({"percent", "points", "money", "count", "number", "multiplier", "fraction"})


def _read_context(toks: list[Token], cands: list[_Cand]) -> None:
    """Set change, role and period on each candidate from the words around it."""
    for idx, c in enumerate(cands):
        if c.kind in ("date", "range", "ordinal", "score", "time"):
            continue
        before = _prev_words(toks, c.i)
        if not c.fixed_change:
            cue = _bound_cue(before)
            if cue:
                c.change = cue[0]
                # The bound is part of what the figure says: "at least 12 people".
                floor = cands[idx - 1].j if idx else 0
                if c.i - cue[1] >= floor:
                    c.i -= cue[1]
                    before = before[cue[1] :]
            if c.change == "=":
                after = _bound_after(toks, c.j)
                if after is not None:
                    c.change, c.j = after
        if c.kind == "duration" and c.change == "=" and not c.fixed_change:
            window = {t.lower for t in _prev_words(toks, c.i, 12)}
            if window & L.MAXIMUM_WORDS and window & L.PENALTY_WORDS:
                c.change = "<"  # "the maximum sentence for fraud is 10 years": a cap
        if c.kind in ("year", "age", "duration"):
            continue
        words = [t.lower for t in before]
        if _is_earlier(toks, cands, idx, words):
            c.role = "earlier"
            if c.change not in ("~", ">", "<"):
                c.change = "="
            continue
        if c.fixed_change or c.kind not in _CHANGEABLE:
            continue
        direction = _direction(words, toks[c.j : c.j + 3], c.kind)
        if direction is None and c.i > 0 and toks[c.i - 1].text == "+" and toks[c.i].glued and c.kind in ("percent", "points", "money", "number"):
            direction = "up"  # "Nasdaq +0.8%": a signed change
        if direction is None:
            direction = _difference(toks, c.j)
        if direction is not None:
            c.role = "change"
            if c.change == "=":
                c.change = direction


_THAN_REACH = 4  # "50 cents more per gallon than": the comparative and "than" within a few words


def _difference(toks: list[Token], j: int) -> str | None:
    """ "50 cents more per gallon than competitors", "$5 less than last season": a figure
    that says how far one thing is from another, not a level (up or down)."""
    if j >= len(toks) or not (toks[j].lower in L.MORE_THAN_WORDS or toks[j].lower in L.LESS_THAN_WORDS):
        return None
    than = next((k for k in range(j + 1, min(len(toks), j + 1 + _THAN_REACH)) if toks[k].lower == "than"), None)
    if than is None:
        return None
    if than + 1 < len(toks) and (toks[than + 1].is_num or toks[than + 1].lower in L.NUMBER_WORDS):
        return None  # "bought for $200,000 more than 20 years ago": "more than" bounds the next figure
    return "up" if toks[j].lower in L.MORE_THAN_WORDS else "down"


def _skip_modifiers(words: list[str]) -> int:
    """How many determiners and earlier-markers precede the figure ("the earlier", "a provisional")."""
    k = 0
    while k < len(words) and k < 3 and (words[k] in L.DETERMINERS or words[k] in L.EARLIER_MARKERS or words[k] in L.ESTIMATE_ADJECTIVES):
        k += 1
    return k


def _is_earlier(toks: list[Token], cands: list[_Cand], idx: int, words: list[str]) -> bool:
    """Whether the figure is an earlier value the sentence compares against:
    "up from the earlier 10%", "from 10% to 29%", "fell to 12.3pc from 17.3pc",
    "compared with a provisional 2.7pc", "against 25 per cent a year earlier"."""
    c = cands[idx]
    if not words:
        return False
    k = _skip_modifiers(words)
    marked = any(w in L.EARLIER_MARKERS for w in words[:k])
    head = words[k] if k < len(words) else ""
    after = toks[c.j : c.j + 2]
    same_kind_before = any(o.kind == c.kind and o.j <= c.i for o in cands[:idx])
    if head == "from":
        rest = words[k + 1 : k + 4]
        to_follows = bool(after) and after[0].lower == "to"
        verb_before = any(w in L.UP_VERBS or w in L.DOWN_VERBS or w in L.UP_NOUNS or w in L.DOWN_NOUNS for w in rest) or (
            k + 1 < len(words) and words[k + 1] in L.DIRECTION_ADVERBS
        )
        if marked or verb_before or to_follows or same_kind_before or _clause_has_change_verb(toks, c.i):
            return True
    if marked and (head in L.AFTER_AN_EARLIER_MARKER or k == len(words)):
        return True
    if head in L.COMPARED_LINKS and k + 1 < len(words) and words[k + 1] in L.COMPARED_WORDS:
        return True
    if head in L.VERSUS_WORDS:
        return True
    if head in L.COMPARISON_OPENERS and same_kind_before and _then_words(toks, c.j):
        return True
    return False


def _direction(words: list[str], after: list[Token], kind: str) -> str | None:
    """ "rose 42%", "jumped by 42%", "up 19 cents", "a 42% increase": up or down."""
    if len(words) >= 2 and words[0] in L.ESTIMATE_ADJECTIVES and words[1] in L.ARTICLES:
        words = words[2:]  # "up a mere 0.04", "rose a record 42%"
    near = words[:3]
    if near and near[0] == "to":
        return None  # "rose to 29%": a new level, not an amount of change
    if near and near[0] == "by":
        # "rose by 42%", "raised rates by 25 basis points": the verb may have an object.
        verb = next((w for w in words[1:4] if w in L.UP_VERBS or w in L.DOWN_VERBS), None)
        near = [verb] if verb else words[1:4]
    if near and near[0] == "up" and len(near) > 1 and near[1] in L.PHRASAL_UP_VERBS:
        return None  # "gave up 517 yards", "made up 40%": phrasal verbs, not a rise
    if near and near[0] in L.RAISE_VERBS and kind == "money":
        return None  # "has raised $280 million": money collected, not a rise
    if near and (near[0] in L.UP_VERBS or near[0] in L.DOWN_VERBS):
        return "up" if near[0] in L.UP_VERBS else "down"
    if len(near) >= 2 and near[0] in L.DOWN_AFTER_BE and near[1] in L.BE_FORMS:
        return "down"  # "the stock was off 7 cents"
    if len(near) >= 2 and near[0] == "of" and near[1] == "loss":
        return None  # "a loss of 63 cents a share": the size of a loss, not a fall
    if len(near) >= 2 and near[0] == "of" and (near[1] in L.UP_NOUNS or near[1] in L.DOWN_NOUNS):
        return "up" if near[1] in L.UP_NOUNS else "down"
    if not after:
        return None
    w0 = after[0].lower
    w1 = after[1].lower if len(after) > 1 else ""
    if w0 in L.UP_NOUNS or w0 in L.DOWN_NOUNS:
        return "up" if w0 in L.UP_NOUNS else "down"
    if w0 in L.YEAR_ON_YEAR and (w1 in L.UP_NOUNS or w1 in L.DOWN_NOUNS):
        return "up" if w1 in L.UP_NOUNS else "down"
    if kind in ("percent", "points") and w1 != "than":
        if w0 in L.COMPARATIVES_UP:
            return "up"
        if w0 in L.COMPARATIVES_DOWN:
            return "down"
    return None


def _then_words(toks: list[Token], j: int) -> bool:
    """Whether the words after a figure put it in the past: "... a year earlier", "... last year"."""
    words = [t.lower for t in toks[j : j + 6] if not is_break(t)]
    for k in range(0, min(3, len(words))):
        for phrase in L.THEN_PHRASES:
            if len(words) - k >= len(phrase) and all(_word_is(w, p) for w, p in zip(words[k:], phrase)):
                return True
    return False


def _word_is(word: str, pattern: str) -> bool:
    """A word of a phrase table: itself, or "<year>" for any year written in digits ("in 2019")."""
    if pattern == L.ANY_YEAR:
        return len(word) == 4 and word.isdigit() and 1000 <= int(word) <= 2100
    return word == pattern


def _iso_written(d: DateParts | None) -> str | None:
    if d is None:
        return None
    return DateParts(d.year, d.month, d.day).iso() or None


def _read_periods(toks: list[Token], cands: list[_Cand]) -> dict[int, str]:
    """When each figure holds, where the sentence says so (see Quantity.period)."""
    starts = {c.i: c for c in cands}
    out: dict[int, str] = {}
    # "In January 2025, attacks jumped by 42%": a date opening the sentence
    # dates every figure in it.
    opening: str | None = None
    first = cands[0] if cands else None
    if first is not None and first.kind in ("date", "year") and first.j < len(toks) and toks[first.j].text == ",":
        lead = [t.lower for t in toks[: first.i]]
        if all(w in L.OPENING_DATE_LINKS for w in lead):
            opening = _iso_written(first.date)
    for c in cands:
        if c.kind in ("date", "year", "range", "time"):
            continue
        words: list[str] = []
        k = c.j
        while k < len(toks) and k < c.j + 8 and not is_break(toks[k]):
            if k in starts and starts[k].kind in ("date", "year") and all(w in L.PERIOD_LINKS for w in words):
                iso = _iso_written(starts[k].date)
                if iso:
                    out[id(c)] = iso
                    if c.role == "earlier" and not starts[k].fixed_change:
                        # "up from 965,501 in 2024": the year dates the earlier figure,
                        # so it is an earlier date, not the story's.
                        starts[k].role = "earlier"
                break
            if k in starts and starts[k].kind == "duration" and starts[k].j > k:
                # "during the four-day trading week": a length qualifying the period is part of it
                k = starts[k].j
                continue
            words.append(toks[k].lower)
            k += 1
        if id(c) in out:
            continue
        for phrase, marker in L.PERIOD_MARKERS:
            if any(tuple(words[m : m + len(phrase)]) == phrase for m in range(0, min(3, len(words)))):
                out[id(c)] = marker
                break
        else:
            if c.i > 0 and toks[c.i - 1].lower in L.PERIOD_BEFORE:
                out[id(c)] = L.PERIOD_BEFORE[toks[c.i - 1].lower]
            elif opening:
                out[id(c)] = opening
    return out


def _clause_has_change_verb(toks: list[Token], i: int) -> bool:
    for t in _prev_words(toks, i, limit=14):
        if t.lower in L.UP_VERBS or t.lower in L.DOWN_VERBS or t.lower in L.CHANGE_VERBS:
            return True
    return False


def _about(toks: list[Token], c: _Cand, taken: set[int]) -> tuple[str, ...]:
    """Content words within a few tokens of the figure: what it measures."""
    out: list[str] = []
    for k in list(range(max(0, c.i - 10), c.i)) + list(range(c.j, min(len(toks), c.j + 6))):
        if k in taken:
            continue
        t = toks[k]
        if not t.is_word or len(t.lower) < 3:
            continue
        w = t.lower.replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if w in L.STOPWORDS or w in L.MONTHS or w in L.WEEKDAYS or w in L.NUMBER_WORDS:
            continue
        out.append(L.singular(w))
    return tuple(dict.fromkeys(out))


def _split_from_to(toks: list[Token], cands: list[_Cand]) -> None:
    """ "from 10% to 29%": the first is the earlier value of the second."""
    for a, b in zip(cands, cands[1:]):
        between = [t.lower for t in toks[a.j : b.i]]
        if between == ["to"] and a.i > 0 and toks[a.i - 1].lower == "from" and a.kind == b.kind and a.kind not in ("year", "date", "range") and not _ranging(toks, a.i):
            a.role = "earlier"
            a.fixed_change = True
            if a.value is not None and b.value is not None and b.change == "=":
                b.change = "up" if b.value > a.value else ("down" if b.value < a.value else "=")
                b.fixed_change = True


_INDEX_REACH = 80  # characters before a move its index's name stands within
_INDEX_SENTENCE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(L.INDEX_WORDS, key=len, reverse=True)) + r")\b")


def _index_moves(text: str, toks: list[Token], cands: list[_Cand]) -> None:
    """In a sentence about a stock index, a bare move written with decimals ("the Dow
    fell 18.06", "rose 11.14, or 1.2 percent") is in index points, like "fell 44.32 points"."""
    if _INDEX_SENTENCE.search(text) is None or any(c.kind == "money" for c in cands):
        return  # "Orvane shares rose 1.25 to $34.50, while the Nasdaq gained 0.8 percent": a price move
    for c in cands:
        if c.kind == "number" and c.unit is None and c.role == "change" and c.change in ("up", "down") and "." in text[toks[c.i].start : toks[c.j - 1].end]:
            # the index is named shortly before its move: "the Dow Jones industrial average closed down 18.06"
            if _INDEX_SENTENCE.search(text, max(0, toks[c.i].start - _INDEX_REACH), toks[c.i].start) is not None:
                c.kind = "points"
                c.unit = "point"


def _restated_moves(toks: list[Token], cands: list[_Cand]) -> None:
    """A move restated in another measure is a move too: "fell 95 cents, or 3.3
    percent", "were down 3.8 percent, or 66 cents"."""
    for a, b in zip(cands, cands[1:]):
        if tuple(t.lower for t in toks[a.j : b.i]) not in L.RESTATED_MOVE_JOINERS:
            continue
        if a.role == "change" and a.change in ("up", "down") and b.role == "current" and b.change == "=" and {a.kind, b.kind} <= {"money", "points", "percent"} and a.kind != b.kind:
            b.role, b.change = "change", a.change


def _per_share_sentence(toks: list[Token], taken: set[int]) -> bool:
    """The sentence speaks of an amount per share ("earnings per share", "EPS") apart from any figure."""
    for k, t in enumerate(toks):
        if k in taken:
            continue
        if t.lower == "eps" or (t.lower == "share" and k > 0 and toks[k - 1].lower == "per" and k - 1 not in taken):
            return True
    return False
