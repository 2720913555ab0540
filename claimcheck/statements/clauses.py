"""Clauses and phrases: where a verb group starts, where a sentence is cut into clauses, where a noun phrase ends."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .tables import (
    AS_SUBJECT_STARTS, BE, CLAUSE_WORDS, COORDINATORS, DATE_WORDS, DETERMINERS, DO, GET, HAVE, MODALS, NOT_ADVERBS,
    NOT_AS_CLAUSE_BEFORE, PLAIN_ADVERBS, PREPOSITIONS, RELATIVIZERS, STOP, vocabulary,
)
from .tokens import Token, lemmas


_SCORE = re.compile(r"^\d+(?:[-–]\d+)+$")


def _aux_kind(low: str) -> str | None:
    v = vocabulary()
    if low in BE:
        return "be"
    if low in HAVE:
        return "have"
    if low in DO:
        return "do"
    if low in v.future_words:
        return "future"
    if low in v.hedge_words and low in MODALS:
        return "modal"
    if low in GET:
        return "get"
    return None


def _adverb(t: Token) -> bool:
    v = vocabulary()
    if t.low in v.update_markers or t.low in PLAIN_ADVERBS:
        return True
    return t.low.endswith("ly") and len(t.low) > 4 and t.low not in NOT_ADVERBS


def _verb_like(toks: list[Token], i: int, gap: bool = False) -> bool:
    """A finite verb without an auxiliary ("Fiji beat Samoa", "the bill passed"); ``gap``: the
    clause's subject stands before it ("who stole ...", "and denied ...")."""
    t = toks[i]
    return _verb_like_word(t.low, t.cap, toks[i - 1].low if i else "", i > 0, gap)


@lru_cache(maxsize=65536)
def _verb_like_word(low: str, cap: bool, prev: str, inside: bool, gap: bool) -> bool:
    """``_verb_like`` on what it reads of the tokens (kept: a long article asks the same words again)."""
    v = vocabulary()
    if not low.isalpha() or low in STOP or low in v.pronouns or low in DATE_WORDS:
        return False
    if low.endswith("ing") or (cap and inside and prev not in COORDINATORS):
        return False  # "Campaigners from Eastmere Says No": a name
    if prev in DETERMINERS or prev in PREPOSITIONS or prev[:1].isdigit() or prev == "'s" or prev in ("to",):
        return False
    if low in v.adjectives:
        return False
    reads = lemmas(low)
    if reads & v.known_verbs and (low != low.rstrip("s") or low in v.irregular or low.endswith("ed") or low in v.keys):
        return True
    if low in v.irregular and low not in STOP:
        return inside or gap
    return low.endswith("ed") and len(low) > 3 and low not in v.not_verbs_ed and (inside or gap)


def _starts_verb_group(toks: list[Token], i: int, gap: bool = False) -> bool:
    v = vocabulary()
    t = toks[i]
    if _aux_kind(t.low) or t.low in ("never",) or t.low in v.hedge_words and t.low.endswith("ly"):
        return True
    if _adverb(t) and i + 1 < len(toks) and (_aux_kind(toks[i + 1].low) or _verb_like(toks, i + 1)):
        return True
    return _verb_like(toks, i, gap and i == 0)


@dataclass
class _Segment:
    tokens: list[Token]
    opener: str | None = None  # the conjunction before it
    first: bool = False  # begins the sentence


def _segments(toks: list[Token]) -> list[_Segment]:
    """Clauses and phrases: cut at punctuation, at clause words and at "and" before a verb."""
    out: list[_Segment] = []
    cur: list[Token] = []
    opener: str | None = None
    first = True

    def flush(next_opener: str | None) -> None:
        nonlocal cur, opener, first
        if cur:
            out.append(_Segment(cur, opener, first))
            first = False
        cur, opener = [], next_opener

    for i, t in enumerate(toks):
        if t.low in (",", ";", ":", "(", ")", "—", "–", "?", "!", "[", "]") or (t.low == "." and i == len(toks) - 1):
            flush(None)
            if t.low in (";", ":", "—", "–", "?", "!"):
                first = False
            continue
        after_aux = bool(cur) and _aux_kind(cur[-1].low) is not None
        if t.low in CLAUSE_WORDS and not (t.low == "that" and cur and cur[-1].low in PREPOSITIONS) and not (after_aux and t.low in ("since", "once", "yet")):
            flush(t.low)
            continue
        if t.low in ("and", "or") and i + 1 < len(toks) and _starts_verb_group(toks, i + 1):
            flush(t.low)
            continue
        if t.low == "as" and cur and cur[-1].low not in NOT_AS_CLAUSE_BEFORE and i + 1 < len(toks) and (
            toks[i + 1].cap or toks[i + 1].low in AS_SUBJECT_STARTS
        ):
            flush("as")  # "scored twice as Harbridge City beat Rovers": a clause of its own
            continue
        cur.append(t)
    flush(None)
    return out


def _find_verb_group(toks: list[Token], gap: bool = False) -> int | None:
    for i in range(len(toks)):
        if _starts_verb_group(toks, i, gap):
            return i
    return None


def _split_relative(seg: _Segment) -> list[_Segment]:
    """ "who stole £2.3m from a hospice has been jailed": the relative clause, then the main
    clause's predicate, whose subject is the phrase before "who"."""
    if seg.opener not in RELATIVIZERS or _find_verb_group(seg.tokens, gap=True) != 0:
        return [seg]
    toks = seg.tokens
    n = 1
    while n < len(toks) and (_aux_kind(toks[n].low) or toks[n].low in vocabulary().negators or _adverb(toks[n])):
        n += 1  # past the relative clause's own verb group
    for k in range(n + 2, len(toks)):
        prev = toks[k - 1].low
        if _aux_kind(toks[k].low) in ("be", "have", "future", "modal") and not _aux_kind(prev) and prev not in CLAUSE_WORDS and prev not in ("to",):
            return [_Segment(toks[:k], seg.opener, seg.first), _Segment(toks[k:], "main", False)]
    return [seg]


def _strip_leading_phrase(toks: list[Token]) -> list[Token]:
    """ "On Monday the court" -> "the court": a leading prepositional phrase is not the subject."""
    if not toks or toks[0].low not in PREPOSITIONS:
        return toks
    for n in range(1, len(toks)):
        if toks[n].low in DETERMINERS or toks[n].low in vocabulary().pronouns:
            return toks[n:]
    return []


def _noun_phrase(toks: list[Token], i: int) -> int:
    """End (exclusive) of the noun phrase starting at i."""
    j = i
    while j < len(toks):
        t = toks[j]
        if t.low in PREPOSITIONS or t.low in CLAUSE_WORDS or t.low in ("and", "or") and j > i and j + 1 < len(toks) and _starts_verb_group(toks, j + 1):
            break
        if not (t.word or t.low[:1].isdigit() or t.low in ("$", "£", "€", "%", "&")) or _SCORE.match(t.low):
            break
        if j > i and (_aux_kind(t.low) or t.low in vocabulary().negators or (not t.cap and t.low.endswith("ly") and _adverb(t))):
            break  # "the resolution unanimously": the adverb ends the phrase
        j += 1
    return j
