"""Whom a sentence's claims are credited to: "according to X", "..., police said", "X denied that ..."."""

from __future__ import annotations

from dataclasses import dataclass

from .args import Arg, _arg
from .clauses import _Segment, _adverb, _aux_kind, _find_verb_group, _noun_phrase, _strip_leading_phrase
from .tables import AUDIENCE_WORDS, COMPLEMENTIZERS, DATE_WORDS, PREPOSITIONS, WHEN, vocabulary
from .tokens import lemmas


@dataclass
class _Frame:
    source: Arg | None = None
    negates: bool = False
    hedge: str | None = None
    marks: tuple[tuple[int, int], ...] = ()
    update: str | None = None  # "officials initially said ...": an earlier version


def _reporting(readings: frozenset[str]) -> str | None:
    v = vocabulary()
    if readings & v.reporting_negative:
        return "negative"
    if readings & v.reporting_positive:
        return "positive"
    return None


def _frames(segments: list[_Segment], text: str) -> list[tuple[_Segment, _Frame]]:
    """Credits: "according to X", "..., police said", "Police said (that) ...", "X denied that ...".

    Returns the segments that carry claims, each with its frame; a trailing or
    "according to" credit holds for the whole sentence, a leading one for what follows it.
    """
    v = vocabulary()
    whole = _Frame()
    kept: list[tuple[_Segment, _Frame]] = []
    # "according to X" anywhere, and trailing ", X said" / ", said X" segments.
    rest: list[_Segment] = []
    for n, seg in enumerate(segments):
        lows = [t.low for t in seg.tokens]
        if "according" in lows and lows[lows.index("according") + 1 : lows.index("according") + 2] == ["to"]:
            at = lows.index("according")
            named = seg.tokens[at + 2 : _noun_phrase(seg.tokens, at + 2)]
            whole.source = _arg(named, text)
            seg = _Segment(seg.tokens[:at], seg.opener, seg.first)
            if not seg.tokens:
                continue
        if n > 0 and _trailing_credit(seg):
            i = _find_verb_group(seg.tokens)
            if i == 0:  # ", said police spokesman X"
                whole.source = _arg(seg.tokens[1:], text)
            else:
                whole.source = _arg(seg.tokens[:i], text)
            reads = lemmas(seg.tokens[i].low) if i is not None else frozenset()
            if reads & v.reporting_hedged:
                whole.hedge = "claimed"
            whole.update = next((t.low for t in seg.tokens if t.low in v.update_markers and t.low != "now"), whole.update)
            continue
        rest.append(seg)
    # "Police said (that) X", "X denied (claims) that Y": a leading credit for what follows.
    frame = _Frame(whole.source, False, whole.hedge, update=whole.update)
    opened = False
    for n, seg in enumerate(rest):
        toks = seg.tokens
        i = _find_verb_group(toks)
        if i is not None and not opened:
            j = i
            while j < len(toks) and (_aux_kind(toks[j].low) or _adverb(toks[j]) or toks[j].low in v.negators):
                j += 1
            if j < len(toks):
                reads = lemmas(toks[j].low)
                kind = _reporting(reads)
                body = toks[j + 1 :]
                # Skip "told reporters", "in a statement", "on Monday" before the claim.
                if kind and body and body[0].low in AUDIENCE_WORDS and "told" == toks[j].low:
                    e = _noun_phrase(body, 0)
                    body = body[e:]
                while body and body[0].low in PREPOSITIONS and body[0].low not in ("that",):
                    e = _noun_phrase(body, 1)
                    body = body[e:]
                if kind and body and body[0].low in v.claim_nouns:
                    body = body[1:]
                nxt_is_clause = bool(body) and _find_verb_group(body) is not None
                follows = n + 1 < len(rest) and rest[n + 1].opener in COMPLEMENTIZERS
                if kind and i > 0 and (nxt_is_clause or follows or (not body and n + 1 < len(rest))):
                    src = _arg(_strip_leading_phrase(toks[:i]), text, first=seg.first)
                    unsaid = any(t.low in v.negators for t in toks[i:j])  # "did not say that ...": no claim made
                    negates = kind == "negative" and not unsaid
                    hedge = "not said" if unsaid else "claimed" if reads & v.reporting_hedged else None
                    frame = _Frame(
                        src if src is not None else whole.source,
                        negates,
                        hedge or whole.hedge,
                        ((toks[j].start, toks[j].end),) if negates else (),
                        next((t.low for t in toks[:j] if t.low in v.update_markers and t.low != "now"), whole.update),
                    )
                    opened = True
                    if nxt_is_clause and body:
                        kept.append((_Segment(body, None, False), frame))
                    continue
        kept.append((seg, frame if opened else _Frame(whole.source, False, whole.hedge, update=whole.update)))
    return kept


def _trailing_credit(seg: _Segment) -> bool:
    """ "police said", "said a spokesman", "the company said in a statement", "he added"."""
    toks = seg.tokens
    i = _find_verb_group(toks)
    if i is None:
        return False
    j = i
    while j < len(toks) and (_aux_kind(toks[j].low) or _adverb(toks[j])):
        j += 1
    if j >= len(toks) or not _reporting(lemmas(toks[j].low)):
        return False
    tail = toks[j + 1 :]
    if i == 0:
        return 0 < len(tail) <= 8 and _find_verb_group(tail) is None
    if tail and toks[j].low == "told":
        tail = tail[_noun_phrase(tail, 0) :]
    while tail and (tail[0].low in PREPOSITIONS or tail[0].low in DATE_WORDS or tail[0].low in WHEN):
        tail = tail[_noun_phrase(tail, 1) :]  # "officials said Tuesday", "said in a statement"
    return i <= 8 and not tail
