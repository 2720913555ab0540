"""The claims of one sentence: each clause's predicate, polarity, arguments and frame."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .args import Arg, _arg
from .claims import Claim
from .clauses import (
    _SCORE, _Segment, _adverb, _aux_kind, _find_verb_group, _noun_phrase, _segments, _split_relative,
    _strip_leading_phrase,
)
from .frames import _Frame, _frames
from .tables import (
    BE, CLAUSE_WORDS, COMPARISON_WORDS, CONDITIONALS, COORDINATORS, DETERMINERS, GAP_OPENERS, KEPT_PARTICLES, LIST_OPENERS,
    NOT_UPDATE_MARKERS, PAST_AUXILIARIES, PREPOSITIONS, RELATIVIZERS, ROLE_PREPOSITIONS, vocabulary,
)
from .tokens import Token, _is_participle, lemmas, tokenize


def _parse_clause(seg: _Segment, text: str, inherited: Arg | None, passive_before: bool, frame: _Frame) -> Claim | None:
    v = vocabulary()
    toks = seg.tokens
    i = _find_verb_group(toks, gap=seg.opener in GAP_OPENERS)
    if i is None:
        return None
    subj_toks = _strip_leading_phrase(toks[:i])
    if subj_toks and subj_toks[0].low in LIST_OPENERS:
        subj_toks = []  # "Two people, including the owner, were arrested": the subject is before the comma
    subject = _arg(subj_toks, text, first=seg.first and bool(subj_toks) and subj_toks[0] is toks[0]) if subj_toks else None
    if subject is None and seg.opener in ("and", "or", "but", "who", "which", "that", "main", None) and not subj_toks:
        subject = inherited
    negations: list[str] = []
    neg_spans: list[tuple[int, int]] = []
    hedge = frame.hedge
    future = False
    update: str | None = frame.update
    auxes: list[str] = []
    first_aux: str | None = None
    if subject is not None and subject.negative:
        negations.append("no")
    start = toks[i].start
    j = i
    passive = False
    adjective = False
    key = None
    readings: frozenset[str] = frozenset()
    main: Token | None = None
    while j < len(toks):
        t = toks[j]
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        kind = _aux_kind(t.low)
        if kind:
            if kind == "future":
                future = True
            if kind == "modal":
                if t.low == "could" and nxt in ("not", "n't"):
                    pass  # "could not reach": a past failure, not a possibility
                else:
                    hedge = hedge or t.low
            auxes.append(kind)
            first_aux = first_aux or t.low
            j += 1
            continue
        if t.low in v.negators:
            if nxt in v.not_negating_after_not:
                if nxt in ("yet",):
                    update = "not yet"
                j += 1
                continue
            negations.append(t.low)
            neg_spans.append((t.start, t.end))
            j += 1
            continue
        if t.low == "no" and nxt == "longer":
            update = "no longer"
            negations.append("no longer")
            j += 2
            continue
        if _adverb(t) and j + 1 < len(toks):
            if t.low in v.hedge_words:
                hedge = hedge or t.low
            if t.low in v.update_markers:
                update = update or t.low
            j += 1
            continue
        main = t
        break
    if main is None:
        return None
    low = main.low
    end = main.end
    readings = lemmas(low)
    be_before = bool(auxes) and auxes[-1] in ("be", "get")
    k = j + 1

    def after(n: int = 0) -> str:
        return toks[k + n].low if k + n < len(toks) else ""

    if low in DETERMINERS or low in PREPOSITIONS or low[:1].isdigit() or low in v.pronouns:
        return None  # "is the capital", "was in Lahore": a copula with a phrase, no predicate here
    # Chains: "failed to win", "is expected to pass", "is set to cut", "managed to escape".
    while after() == "to" and k + 1 < len(toks):
        lem: frozenset[str] = readings & (v.negative_implicatives | v.positive_implicatives | v.hedge_verbs | v.future_frames)
        if low in v.negative_adjective_frames:
            lem = frozenset({"unable"})
        if be_before and low in v.hedge_participles:
            hedge = hedge or low
        elif be_before and low in v.future_frames:
            future = True
        elif lem & (v.negative_implicatives | {"unable"}):
            negations.append(f"{main.text} to")
            neg_spans.append((main.start, toks[k].end))
        elif lem & v.positive_implicatives:
            pass
        elif lem & v.hedge_verbs:
            hedge = hedge or next(iter(lem & v.hedge_verbs))
        else:
            break
        k += 1  # past "to"
        auxes = []
        while k < len(toks) and (_aux_kind(toks[k].low) == "be" or toks[k].low in v.negators or toks[k].low in ("have",)):
            if toks[k].low in v.negators:
                negations.append(toks[k].low)
                neg_spans.append((toks[k].start, toks[k].end))
            else:
                auxes.append("be" if toks[k].low in BE else "have")
            k += 1
        if k >= len(toks):
            return None
        main = toks[k]
        low = main.low
        end = main.end
        readings = lemmas(low)
        be_before = bool(auxes) and auxes[-1] == "be"
        k += 1
    # Predicate adjectives: "was found (not) guilty", "pleaded not guilty", "remains closed".
    if low in v.adjectives:
        key = low
        adjective = True
    elif readings & v.copula_verbs and k < len(toks):
        n = k
        neg_here = None
        if toks[n].low in v.negators and n + 1 < len(toks):
            neg_here = toks[n]
            n += 1
        if toks[n].low in v.adjectives:
            adj = toks[n].low
            key = f"plead {adj}" if "plead" in readings else adj
            adjective = True
            if neg_here is not None:
                negations.append(neg_here.low)
                neg_spans.append((neg_here.start, neg_here.end))
            end = toks[n].end
            k = n + 1
    if key is None:
        passive = be_before and _is_participle(low) or (passive_before and not auxes and _is_participle(low) and subject is inherited)
        # Particles and prepositions that make one predicate: "lost to", "voted against", "called off".
        keys = v.keys
        key = next((r for r in sorted(readings) if r in keys), None) or _best_lemma(low, readings)
        for n in (2, 1):
            if k + n <= len(toks):
                words = " ".join(t.low for t in toks[k : k + n])
                hit = next((f"{r} {words}" for r in sorted(readings) if f"{r} {words}" in keys), None)
                if hit:
                    key = hit
                    if words.split()[-1] not in PREPOSITIONS or words.split()[-1] in KEPT_PARTICLES:
                        if not (n == 1 and words in ROLE_PREPOSITIONS):
                            end = toks[k + n - 1].end
                            k += n
                    break
        else:
            # A preposition a few words on that belongs to the predicate: "lost 3-1 to Samoa".
            for n in range(k, min(k + 5, len(toks))):
                if toks[n].low in PREPOSITIONS:
                    hit = next((f"{r} {toks[n].low}" for r in sorted(readings) if f"{r} {toks[n].low}" in keys), None)
                    if hit:
                        key = hit
                    break
        if low.endswith("ing") and not auxes:
            return None
    # Object, then prepositional complements.
    obj = None
    n = k
    while n < len(toks) and (_SCORE.match(toks[n].low) or toks[n].low in ("-", "–")):
        n += 1
    roles: list[tuple[str, Arg]] = []
    if not adjective and n < len(toks) and toks[n].low not in PREPOSITIONS and toks[n].low not in CLAUSE_WORDS:
        e = _noun_phrase(toks, n)
        if e > n:
            obj = _arg(toks[n:e], text)
            if obj is not None and obj.negative:
                negations.append("no")
                neg_spans.append((toks[n].start, toks[n].end))
            n = e
    while n < len(toks):
        if toks[n].low == "to" and n + 1 < len(toks) and _infinitive(toks[n + 1]):
            break  # "ordered to pay £150,000": what follows is the next claim's
        if toks[n].low in PREPOSITIONS and toks[n].low not in COMPARISON_WORDS:
            e = _noun_phrase(toks, n + 1)
            a = _arg(toks[n + 1 : e], text) if e > n + 1 else None
            if a is not None:
                roles.append((toks[n].low, a))
            n = max(e, n + 1)
            continue
        n += 1
    update = update or next((t.low for t in toks[i:] if t.low in v.update_markers and t.low not in NOT_UPDATE_MARKERS), None)
    if first_aux == "had" and frame.source is None and not future:
        update = update or "had"  # "had held since June": an earlier state, not the news
    negated = (len(negations) + frame.negates) % 2 == 1
    phrase = text[start:end]
    marks = ((start, end),) + frame.marks
    if frame.negates and frame.marks:
        phrase = f"{text[frame.marks[0][0]:frame.marks[0][1]]} … {phrase}"
    return Claim(
        key=key or low,
        readings=readings,
        text=phrase,
        start=start,
        end=end,
        negated=negated,
        passive=passive,
        subject=subject,
        object=obj,
        roles=tuple(roles),
        source=frame.source,
        source_negates=frame.negates,
        hedge=hedge,
        future=future,
        update=update,
        marks=marks,
        adjective=adjective,
        tense=_tense(future, first_aux, toks[i:], main),
    )


def _infinitive(t: Token) -> bool:
    """A verb after "to" ("to pay"), not a noun ("to hospital")."""
    v = vocabulary()
    if t.cap or not t.low.isalpha() or t.low in DETERMINERS or t.low in v.pronouns:
        return False
    verbs = v.keys | v.copula_verbs | v.hedge_verbs | frozenset(v.irregular.values()) | v.reporting_positive | v.reporting_negative
    return t.low in verbs or t.low in ("be", "have")


def _tense(future: bool, first_aux: str | None, group: list[Token], main: Token) -> str:
    if future:
        return "future"
    if first_aux is not None:
        return "past" if first_aux in PAST_AUXILIARIES else "present"
    v = vocabulary()
    low = main.low
    return "past" if low.endswith("ed") or (low in v.irregular and low != v.irregular[low]) else "present"


def _best_lemma(low: str, readings: frozenset[str]) -> str:
    v = vocabulary()
    if low in v.irregular:
        return v.irregular[low]
    for suffix in ("ied", "ies"):
        if low.endswith(suffix):
            return low[: -len(suffix)] + "y"
    return min(readings, key=len) if low.endswith(("ed", "ing", "s")) else low


@lru_cache(maxsize=16384)
def read_claims(sentence: str) -> tuple[Claim, ...]:
    """Every clause's claim in a sentence, in order (clauses with no predicate are skipped).

    Kept per sentence text: a sentence aligned with several others is read once."""
    toks = tokenize(sentence)
    if not toks:
        return ()
    question = any(t.low == "?" for t in toks)
    segments = [part for seg in _segments(toks) for part in _split_relative(seg)]
    kept = _frames(segments, sentence)
    out: list[Claim] = []
    last_subject: Arg | None = None
    last_passive = False
    bare: Arg | None = None
    opening: Arg | None = None  # "Sonny Mehta, a ... publisher who ..., died": the name before the first comma
    for n, (seg, frame) in enumerate(kept):
        if seg.opener in CONDITIONALS or question:
            frame = _Frame(frame.source, frame.negates, frame.hedge or seg.opener or "question", frame.marks, frame.update)
        inherit = last_subject if seg.opener in COORDINATORS else None
        if inherit is None and (seg.opener in RELATIVIZERS or seg.opener == "main"):
            inherit = bare
        if inherit is None and seg.opener is None:
            inherit = bare
        c = _parse_clause(seg, sentence, inherit, last_passive, frame)
        if c is None:
            a = _arg(seg.tokens, sentence, first=seg.first)
            if a is not None and a.head is not None and not all(t.low[:1].isdigit() for t in seg.tokens):
                bare = a
                if n == 0 and seg.first:
                    opening = a
            continue
        if opening is not None and c.source is None and sentence[: c.start].rstrip().endswith(","):
            # The first predicate straight after a comma closes the aside the opening
            # name began: its subject is that name, not the aside's last words.  Not in
            # reported speech ("Smith, the mayor, said the bridge, which opened in 2010,
            # collapsed": Smith is who said it).
            c = replace(c, subject=opening)
            opening = None
        out.append(c)
        if c.subject is not None:
            last_subject = c.subject
        last_passive = c.passive
    return tuple(out)


def explain(sentence: str) -> list[dict]:
    """The claims read in a sentence, as plain data (for debugging and ``claimcheck`` users)."""
    out = []
    for c in read_claims(sentence):
        out.append(
            {
                "predicate": c.key,
                "text": c.text,
                "negated": c.negated,
                "passive": c.passive,
                "subject": c.subject.text if c.subject else None,
                "object": c.object.text if c.object else None,
                "roles": {p: a.text for p, a in c.roles},
                "source": c.source.text if c.source else None,
                "hedge": c.hedge,
                "future": c.future,
                "update": c.update,
            }
        )
    return out
