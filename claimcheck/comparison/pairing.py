"""Figure findings: which figures agree, which contradict, which stand alone.

Relations are weighed family by family (``_relations``), then figures are paired
one to one in passes from the strongest evidence to the weakest (``_figure_findings``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..align import Matrix, top_indices
from ..relate import Relation, family, incomparable_rule, relate, value_key, word_amount
from ..rulebook import RuleCounts, declined
from ..subjects import subject_of
from ..types import Alignment, Finding, Item, Quantity, Sentence, Verdict
from .evidence import Relations, Side, _Evidence, _mutual_best

if TYPE_CHECKING:
    import numpy as np
from .notes import _addition_note, _agreement_note, _conflict_note
from .rules import (
    ADDITION,
    AGREE_CONTEXT,
    AGREEMENT,
    CONTRADICTION,
    DIFFERENTLY_NAMED,
    RANGE_AND_SINGLE,
    RELATED_PAIR,
    RIVAL_PAIR,
    SECOND_MENTION,
    UNIQUE_FIGURE,
    WEAK_ALIGNMENT,
    may_agree,
    related,
    rivals,
)

# Families that relate across each other: an ordinal with a count or a duration
# ("his 19th goal" / "19 goals"); every other family relates only to itself.
_TALLY_FAMILIES = frozenset({"ordinal", "count", "duration"})


def _bucket(q: Quantity) -> str:
    fam = family(q)
    return "tally" if fam in _TALLY_FAMILIES else fam


# Within one family, every figure is weighed against every other while there
# are at most this many pairs (a news article has a few dozen figures: always);
# beyond it (two books, a 3,000-sentence dump) only the likely partners are:
# figures in aligned sentences, the closest by context, and equal values.
PAIR_BUDGET = 40_000
NEAREST = 12


def _candidates(
    rks: list[int], ols: list[int], rfig, ofig, aligned: set[tuple[int, int]], context_sim: Matrix
) -> dict[int, list[int]]:
    """For a family too big to weigh whole: each ref figure's likely partners."""
    import numpy as np

    sub = np.asarray(context_sim)[np.ix_(rks, ols)]
    near_o = top_indices(sub, NEAREST, axis=1)
    near_r = top_indices(sub, NEAREST, axis=0)
    partners_of: dict[int, set[int]] = {}
    for ia, jb in aligned:
        partners_of.setdefault(ia, set()).add(jb)
    by_sentence: dict[int, list[int]] = {}
    by_value: dict[object, list[int]] = {}  # positions m in ols
    for m, l in enumerate(ols):
        by_sentence.setdefault(ofig[l][0].index, []).append(l)
        by_value.setdefault(ofig[l][1].value, []).append(m)
    equal = {v: np.asarray(ms) for v, ms in by_value.items()}
    out: dict[int, set[int]] = {k: set() for k in rks}
    for n, k in enumerate(rks):
        out[k].update(ols[m] for m in near_o[n].tolist())
        for j in partners_of.get(rfig[k][0].index, ()):
            out[k].update(by_sentence.get(j, ()))
        if rfig[k][1].value is not None and rfig[k][1].value in equal:
            # Equal values, the closest by context when a value recurs hundreds of times.
            ms = equal[rfig[k][1].value]
            if len(ms) > NEAREST:
                ms = ms[np.lexsort((ms, -sub[n, ms]))[:NEAREST]]
            out[k].update(ols[m] for m in ms.tolist())
    for m, l in enumerate(ols):
        for n in near_r[:, m].tolist():
            out[rks[n]].add(l)
    return {k: sorted(ls) for k, ls in out.items()}


def _relations(
    rfig: list[tuple[Sentence, Quantity]],
    ofig: list[tuple[Sentence, Quantity]],
    aligned: set[tuple[int, int]] | None = None,
    context_sim: Matrix | None = None,
    counts: RuleCounts | None = None,
) -> tuple[Relations, set[tuple[int, int]]]:
    relations = Relations()
    loose: set[tuple[int, int]] = set()
    r_bucket: dict[str, list[int]] = {}
    o_bucket: dict[str, list[int]] = {}
    for k, (_, rq) in enumerate(rfig):
        r_bucket.setdefault(_bucket(rq), []).append(k)
    for l, (_, oq) in enumerate(ofig):
        o_bucket.setdefault(_bucket(oq), []).append(l)
    partners: dict[int, list[int]] = {}
    for name, rks in r_bucket.items():
        ols = o_bucket.get(name, [])
        if len(rks) * len(ols) > PAIR_BUDGET and context_sim is not None:
            partners.update(_candidates(rks, ols, rfig, ofig, aligned or set(), context_sim))
        else:
            partners.update((k, ols) for k in rks)
    for k, (_, rq) in enumerate(rfig):
        for l in partners.get(k, ()):
            oq = ofig[l][1]
            rel = relate(rq, oq)
            if rel is Relation.INCOMPARABLE and counts is not None:
                counts.decline(incomparable_rule(rq, oq))
            if (
                rel is Relation.INCOMPARABLE
                and rq.kind == oq.kind
                and rq.kind in ("count", "ordinal")
                and rq.unit
                and oq.unit
                and "rank" not in (rq.unit, oq.unit)
            ):
                # "312 transfers" and "more than 300 separate payments" may be one
                # figure; only a strong context may say so, and never to contradict.
                rel = relate(replace(rq, unit=None), replace(oq, unit=None))
                if rel.agrees:
                    loose.add((k, l))
                else:
                    rel = Relation.INCOMPARABLE
                if counts is not None:
                    counts.count(DIFFERENTLY_NAMED.name, rel.agrees)
            if rq.is_range != oq.is_range and not (word_amount(rq) or word_amount(oq)):
                # "aged between 19 and 41" holds "34-year-old" but does not say it:
                # a range and a single figure neither agree nor contradict.  An
                # amount in words ("hundreds") is the size a figure gives, so it may.
                if rel is not Relation.INCOMPARABLE:
                    declined(counts, RANGE_AND_SINGLE)
                rel = Relation.INCOMPARABLE
            if rel is not Relation.INCOMPARABLE:
                relations[(k, l)] = rel
    return relations, loose


def _figure_findings(
    ref: Side, other: Side, alignments: Sequence[Alignment], sentence_sim: Matrix, context_sim: Matrix, counts: RuleCounts | None = None
) -> list[Finding]:
    rid, oid = ref.article.id, other.article.id
    rlabel, olabel = ref.article.label, other.article.label
    rfig, ofig = ref.figures, other.figures
    aligned = {(a.a.index, a.b.index) for a in alignments}
    relations, loose = _relations(rfig, ofig, aligned, context_sim, counts)
    mutual = _mutual_best(sentence_sim, [c.sentence for c in ref.claims], [c.sentence for c in other.claims], WEAK_ALIGNMENT)
    ev = _Evidence(rfig, ofig, aligned, sentence_sim, context_sim, relations, loose, mutual, counts, (ref.article.text, other.article.text))

    def greedy(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """One to one, strongest evidence first (ties by position: deterministic)."""
        chosen = []
        for k, l in sorted(candidates, key=lambda kl: (-ev.strength(*kl), kl)):
            if k not in used_r and l not in used_o:
                used_r.add(k)
                used_o.add(l)
                chosen.append((k, l))
        return chosen

    used_r: set[int] = set()
    used_o: set[int] = set()
    agreed = greedy([(k, l) for (k, l), rel in relations.items() if rel.agrees and may_agree(ev, k, l)])
    unique = _unique_matches(rfig, ofig, used_r, used_o, relations)
    contradicted = greedy(
        [(k, l) for (k, l), rel in relations.items() if rel is Relation.CONFLICT and k not in used_r and l not in used_o and rivals(ev, k, l)]
    )
    if counts is not None:
        counts.fire(RELATED_PAIR.name, len(agreed))
        counts.fire(UNIQUE_FIGURE.name, len(unique))
        counts.fire(RIVAL_PAIR.name, len(contradicted))
    agreed += unique
    agreed += _repeats(rfig, ofig, agreed, used_r, used_o, ev, lambda rel: rel.agrees)
    contradicted += _repeats(rfig, ofig, contradicted, used_r, used_o, ev, lambda rel: rel is Relation.CONFLICT)
    # Figures the other source gives something comparable to (an addition that is "unmatched", not "no-counterpart").
    comparable = ({k for k, _ in relations}, {l for _, l in relations})

    def item(side_id: str, fig: tuple[Sentence, Quantity]) -> Item:
        return Item(source=side_id, text=fig[1].text, sentence=fig[0], quantity=fig[1])

    def paired(verdict: Verdict, k: int, l: int, rule: str, explanation: str) -> Finding:
        return Finding(
            verdict=verdict,
            kind="quantity",
            items=(item(rid, rfig[k]), item(oid, ofig[l])),
            explanation=explanation,
            pair=(rid, oid),
            similarity=round(ev.sent(k, l), 4),
            rule=rule,
        )

    findings = []
    for k, l in sorted(agreed):
        a, b, rel = rfig[k][1], ofig[l][1], relations[(k, l)]
        rule = AGREEMENT.first(a, b, rel)
        findings.append(paired("agreement", k, l, rule, _agreement_note(a, b, rel, rule)))
    for k, l in sorted(contradicted):
        a, b = rfig[k][1], ofig[l][1]
        rule = CONTRADICTION.first(a, b)
        subject = subject_of(rfig[k][0].text, a, ofig[l][0].text, b)
        findings.append(paired("contradiction", k, l, rule, _conflict_note(a, b, rlabel, olabel, rule, subject)))
    for side_id, label, figs, used, related_to in ((rid, rlabel, rfig, used_r, comparable[0]), (oid, olabel, ofig, used_o, comparable[1])):
        findings += [
            Finding(
                verdict="addition",
                kind="quantity",
                items=(item(side_id, fig),),
                explanation=_addition_note(fig[1], label),
                pair=(rid, oid),
                rule=ADDITION.first(fig[1], k in related_to),
            )
            for k, fig in enumerate(figs)
            if k not in used
        ]
    return findings


# Kinds specific enough that one exact value, alone of its kind in each
# article, is one fact even when the sentences differ ("a 62-year-old
# jeweller" / "Dhole, 62, was alone"); a lone "5%" in each is not.
_IDENTIFYING_KINDS = frozenset({"age", "money", "measure", "ordinal", "time"})


def _identifying(q: Quantity) -> bool:
    """A figure specific enough that one exact value, alone in each article, is
    one fact wherever it stands ("a 62-year-old jeweller" / "Dhole, 62"); a lone
    "5%" or "three" is not."""
    if q.kind == "ordinal":
        return q.unit == "rank"
    if q.kind == "count":
        v = q.value or 0
        return v >= 1000 or (v >= 100 and not str(int(v)).endswith("00")) or (q.unit is not None and v >= 10)
    if q.kind == "percent":
        return q.role == "change" or (q.value is not None and not float(q.value).is_integer())
    if q.kind == "range":
        return q.low is not None and q.high is not None and q.high - q.low >= 2  # "between 2016 and 2021"
    if q.kind == "date":
        return q.date is not None and q.date.month is not None and "month" not in q.date.inferred and (q.date.year or q.date.day) is not None
    return q.kind in _IDENTIFYING_KINDS


def _unique_matches(rfig, ofig, used_r, used_o, relations) -> list[tuple[int, int]]:
    """Exact figures each article gives once, wherever they stand."""

    def key(q: Quantity) -> tuple:
        # Large counts are identified by their value alone ("41,236 valid votes" /
        # "41,236 people"); others by kind and unit too.
        if q.kind == "count" and (q.value or 0) >= 100:
            return ("count", q.value)
        if q.kind == "date" and q.date is not None:
            return ("date", q.date.year, q.date.month, q.date.day)
        return (q.kind, q.unit, q.value, q.low, q.high)

    rcount: dict[tuple, int] = {}
    ocount: dict[tuple, int] = {}
    for _, q in rfig:
        rcount[key(q)] = rcount.get(key(q), 0) + 1
    for _, q in ofig:
        ocount[key(q)] = ocount.get(key(q), 0) + 1
    out = []
    for (k, l), rel in sorted(relations.items()):
        rq, oq = rfig[k][1], ofig[l][1]
        if k in used_r or l in used_o or not rel.agrees or key(rq) != key(oq):
            continue
        if not (rq.role == oq.role or {rq.role, oq.role} == {"current", "change"}):
            continue
        if _identifying(rq) and _identifying(oq) and rcount[key(rq)] == 1 and ocount[key(oq)] == 1:
            used_r.add(k)
            used_o.add(l)
            out.append((k, l))
    return out


def _repeats(rfig, ofig, paired, used_r, used_o, ev: _Evidence, fits) -> list[tuple[int, int]]:
    """Second mentions of a paired figure ("27 dead" in the headline, "at least 27
    people" in the text) join the pair's finding instead of standing alone."""
    import numpy as np

    out: list[tuple[int, int]] = []
    for figs, used, mine in ((rfig, used_r, 0), (ofig, used_o, 1)):
        # A second mention is the SAME figure, or one of equal value, or a date
        # and its year: look the paired figures up by value, not one by one.
        by_key: dict[object, list[int]] = {}
        unkeyed: set[int] = set()
        for n, pair in enumerate(paired):
            keyed, keys = _lookup_keys(figs[pair[mine]][1])
            if not keyed:
                unkeyed.add(n)
            for key in keys:
                by_key.setdefault(key, []).append(n)
        partners = np.asarray([pair[1 - mine] for pair in paired], dtype=np.int64)  # the pairs' other figures
        for f, (_, fq) in enumerate(figs):
            if f in used:
                continue
            keyed, keys = _lookup_keys(fq)
            candidates = sorted({n for key in keys for n in by_key.get(key, ())} | unkeyed) if keyed else list(range(len(paired)))
            for n in _nearest_pairs(candidates, partners, f, mine, ev):
                pair = paired[n]
                g, h = pair[mine], pair[1 - mine]
                if not _same_figure(fq, figs[g][1]):
                    continue
                k, l = (f, h) if mine == 0 else (h, f)
                rel = ev.relations[(k, l)]
                if fits(rel) and (rel is Relation.SAME or related(ev, k, l) or ev.ctx(k, l) >= AGREE_CONTEXT):
                    used.add(f)
                    out.append((k, l))
                    if ev.counts is not None:
                        ev.counts.fire(SECOND_MENTION.name)
                    break
    return out


def _nearest_pairs(candidates: list[int], partners: np.ndarray, f: int, mine: int, ev: _Evidence) -> list[int]:
    """At most NEAREST of the pairs a second mention could join, those whose other
    figure stands in the sentence most like the mention's; all of them, in order,
    when there are few.  A year named hundreds of times in a long document would
    otherwise be tried against every pair that has it."""
    if len(candidates) <= NEAREST:
        return candidates
    import numpy as np

    cands = np.asarray(candidates)
    rows = ev.rows[1 - mine][partners[cands]]
    own = ev.rows[mine][f]
    sims = np.asarray(ev.sentence_sim)[own, rows] if mine == 0 else np.asarray(ev.sentence_sim)[rows, own]
    best = cands[np.lexsort((cands, -sims))[:NEAREST]]
    return sorted(int(n) for n in best)


def _lookup_keys(q: Quantity) -> tuple[bool, set[object]]:
    """Whether ``q`` has a value key, and the keys its second mentions share with it:
    that value key (SAME figures) and its written value (equal values)."""
    key = value_key(q)
    keys: set[object] = {key} if key is not None else set()
    if q.value is not None:
        keys.add(("value", q.value))
    return key is not None, keys


def _same_figure(a: Quantity, b: Quantity) -> bool:
    """Two mentions of one figure in one source: equal values, or a date and its year."""
    rel = relate(a, b)
    if rel is Relation.SAME:
        return True
    if a.kind in ("date", "year") and b.kind in ("date", "year"):
        return rel is Relation.COMPATIBLE
    return rel is Relation.COMPATIBLE and a.value is not None and a.value == b.value
