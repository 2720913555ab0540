"""Comparison stage (the pipeline's "compare" step): findings between two sources.

Figures are paired in three passes, from the strongest evidence to the
weakest, so that a figure is only ever called a contradiction when nothing
in the other source agrees with it:

1. agreements: the same or a compatible figure, of a comparable kind, about
   the same thing (aligned sentences, or a context that says the same);
2. contradictions: among the figures still unpaired, a conflicting figure
   whose surrounding words say it measures the same thing;
3. additions: whatever is left, figure by figure.

Attributions are compared across whole articles (who the figures are
credited to), and sentences with no counterpart are additions of kind
"statement".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .align import Matrix
from .extract.attributions import same_body
from .relate import Relation, relate
from .types import Alignment, Article, Attribution, Claims, Finding, Item, PairResult, Quantity, Sentence

# How similar the words around two figures must be (cosine of their context
# embeddings) before they are taken to measure the same thing.
AGREE_CONTEXT = 0.30
CONFLICT_CONTEXT = 0.45
# ... lowered when the two figures are of one kind and each is the only one of
# its kind in two aligned sentences ("$7 billion" / "roughly $9bn").
SOLE_CONFLICT_CONTEXT = 0.30
# Kinds that may contradict each other although they differ.
_CROSS_KIND_CONFLICTS = ({"year", "date"}, {"count", "number"}, {"percent", "fraction"})
# How similar two sentences must be before a figure may be paired across them
# without an alignment.
RELATED_SENTENCES = 0.35


@dataclass(frozen=True)
class Side:
    """One source's sentences, claims and figures, in order."""

    article: Article
    claims: tuple[Claims, ...]

    @property
    def figures(self) -> list[tuple[Sentence, Quantity]]:
        return [(c.sentence, q) for c in self.claims for q in c.quantities]


def _repeat(a: Quantity, b: Quantity, relation: Relation) -> bool:
    """Whether a second mention may share a counterpart: the same figure, or a
    date written with fewer parts ("2021" for "August 2021")."""
    if relation is Relation.SAME:
        return True
    return relation is Relation.COMPATIBLE and a.kind in ("date", "year") and b.kind in ("date", "year")


def _role_fits(a: Quantity, b: Quantity, relation: Relation) -> bool:
    if a.role == "dateline" or b.role == "dateline":
        return a.role == b.role
    if a.role == b.role:
        return True
    # An equal figure may have been read once as a level and once as a change.
    return relation.agrees and {a.role, b.role} == {"current", "change"}


def _describe(q: Quantity) -> str:
    return q.text


def _agreement_note(a: Quantity, b: Quantity, relation: Relation, ref: str, other: str) -> str:
    if a.text.lower() == b.text.lower():
        what = f"both give {a.text}"
    elif relation is Relation.SAME:
        what = f"{a.text} = {b.text}"
    else:
        what = f"{a.text} ≈ {b.text}"
    reasons = []
    if relation is Relation.COMPATIBLE:
        if a.kind in ("date", "year", "range") or b.kind in ("date", "year", "range"):
            reasons.append("same date, one less precise")
        elif "~" in (a.change, b.change):
            reasons.append("within an approximation")
        elif ">" in (a.change, b.change) or "<" in (a.change, b.change):
            reasons.append("within the stated bound")
        else:
            reasons.append("within rounding")
    if a.role == "earlier" and b.role == "earlier":
        reasons.append("earlier value")
    return what + (f" ({'; '.join(reasons)})" if reasons else "")


def _conflict_note(a: Quantity, b: Quantity, ref: str, other: str) -> str:
    note = f"{ref} says {a.text}, {other} says {b.text}"
    if {a.change, b.change} == {"up", "down"}:
        return note + ": opposite directions"
    if a.value is not None and b.value is not None and a.kind == b.kind and a.kind in ("percent", "points"):
        diff = abs(a.value - b.value)
        return note + f": {diff:g} points apart"
    return note


def _addition_note(q: Quantity, source: str) -> str:
    role = {"earlier": " (an earlier value)", "change": " (a change)", "dateline": " (dateline)"}.get(q.role, "")
    return f"only {source} gives {q.text}{role}"


def compare_pair(
    ref: Side,
    other: Side,
    alignments: Sequence[Alignment],
    sentence_sim: Matrix,
    context_sim: Matrix,
) -> PairResult:
    """All findings between ``ref`` and ``other``.

    ``sentence_sim[i][j]`` is the similarity of ref sentence i and other
    sentence j (by ``Sentence.index``); ``context_sim[k][l]`` that of the
    words around ref figure k and other figure l (in ``Side.figures`` order).
    """
    rid, oid = ref.article.id, other.article.id
    rlabel, olabel = ref.article.label, other.article.label
    rfig, ofig = ref.figures, other.figures
    aligned = {(a.a.index, a.b.index) for a in alignments}

    def sent(k: int, l: int) -> float:
        return float(sentence_sim[rfig[k][0].index][ofig[l][0].index])

    def ctx(k: int, l: int) -> float:
        return float(context_sim[k][l])

    def evidence(k: int, l: int) -> float:
        bonus = 0.1 if (rfig[k][0].index, ofig[l][0].index) in aligned else 0.0
        if relations.get((k, l)) is Relation.SAME:
            bonus += 0.2  # an exact match outranks a merely compatible one
        return ctx(k, l) + sent(k, l) + bonus

    def sole(figs: list[tuple[Sentence, Quantity]], k: int) -> bool:
        """Whether figure k is the only one of its kind and unit in its sentence."""
        s, q = figs[k]
        return sum(1 for t, r in figs if t.index == s.index and r.kind == q.kind and r.unit == q.unit) == 1

    relations: dict[tuple[int, int], Relation] = {}
    loose: set[tuple[int, int]] = set()  # counts of differently named things
    for k, (_, rq) in enumerate(rfig):
        for l, (_, oq) in enumerate(ofig):
            rel = relate(rq, oq)
            if rel is Relation.INCOMPARABLE and rq.kind == oq.kind and rq.kind in ("count", "ordinal") and rq.unit and oq.unit:
                # "312 transfers" and "more than 300 separate payments" may be one
                # figure; only a strong context may say so, and never to contradict.
                rel = relate(replace(rq, unit=None), replace(oq, unit=None))
                if rel.agrees:
                    loose.add((k, l))
                else:
                    rel = Relation.INCOMPARABLE
            if rq.is_range != oq.is_range:
                # "aged between 19 and 41" holds "34-year-old" but does not say it:
                # a range and a single figure neither agree nor contradict.
                rel = Relation.INCOMPARABLE
            relations[(k, l)] = rel
    findings: list[Finding] = []
    used_r: set[int] = set()
    used_o: set[int] = set()

    def item(side_id: str, fig: tuple[Sentence, Quantity]) -> Item:
        return Item(source=side_id, text=fig[1].text, sentence=fig[0], quantity=fig[1])

    # 1. Agreements, strongest evidence first, one to one.
    agree = []
    for (k, l), rel in relations.items():
        if not rel.agrees or not _role_fits(rfig[k][1], ofig[l][1], rel):
            continue
        is_aligned = (rfig[k][0].index, ofig[l][0].index) in aligned
        if (k, l) in loose:
            # "first telephonic conversation" / "first official phone call" is
            # one fact; "7 suspects" / "7 vehicles" needs more than alignment.
            needed = AGREE_CONTEXT if rfig[k][1].kind == "ordinal" else CONFLICT_CONTEXT
            strong = is_aligned and ctx(k, l) >= needed
        else:
            strong = is_aligned or ctx(k, l) >= AGREE_CONTEXT and sent(k, l) >= RELATED_SENTENCES or ctx(k, l) >= CONFLICT_CONTEXT
        if strong:
            agree.append((-evidence(k, l), k, l))
    agree.sort()
    pairs: list[tuple[int, int]] = []
    for _, k, l in agree:
        if k in used_r or l in used_o:
            continue
        used_r.add(k)
        used_o.add(l)
        pairs.append((k, l))
    # A figure repeated in one source ("in 2021" ... "in August 2021") agrees
    # with the counterpart already found for it; a merely compatible figure
    # ("aged between 19 and 41" against "34-year-old") is not a repeat.
    for _, k, l in agree:
        if not _repeat(rfig[k][1], ofig[l][1], relations[(k, l)]):
            continue
        if k not in used_r:
            used_r.add(k)
            pairs.append((k, l))
        elif l not in used_o:
            used_o.add(l)
            pairs.append((k, l))
    for k, l in sorted(pairs):
        rel = relations[(k, l)]
        findings.append(
            Finding(
                verdict="agreement",
                kind="quantity",
                items=(item(rid, rfig[k]), item(oid, ofig[l])),
                explanation=_agreement_note(rfig[k][1], ofig[l][1], rel, rlabel, olabel),
                pair=(rid, oid),
                similarity=round(sent(k, l), 4),
            )
        )

    # 2. Contradictions among what is left: same kind, unit and role, same context.
    conflict = []
    for (k, l), rel in relations.items():
        if rel is not Relation.CONFLICT or k in used_r or l in used_o:
            continue
        rq, oq = rfig[k][1], ofig[l][1]
        if rq.role != oq.role or rq.role == "dateline":
            continue
        if rq.kind != oq.kind and {rq.kind, oq.kind} not in _CROSS_KIND_CONFLICTS:
            continue
        is_aligned = (rfig[k][0].index, ofig[l][0].index) in aligned
        needed = CONFLICT_CONTEXT
        if is_aligned and rq.kind == oq.kind and sole(rfig, k) and sole(ofig, l):
            needed = SOLE_CONFLICT_CONTEXT
        if ctx(k, l) >= needed and (is_aligned or sent(k, l) >= RELATED_SENTENCES):
            conflict.append((-evidence(k, l), k, l))
    conflict.sort()
    for _, k, l in conflict:
        if k in used_r or l in used_o:
            continue
        used_r.add(k)
        used_o.add(l)
        findings.append(
            Finding(
                verdict="contradiction",
                kind="quantity",
                items=(item(rid, rfig[k]), item(oid, ofig[l])),
                explanation=_conflict_note(rfig[k][1], ofig[l][1], rlabel, olabel),
                pair=(rid, oid),
                similarity=round(sent(k, l), 4),
            )
        )

    # 3. Additions: figures only one side gives.
    for side_id, label, figs, used in ((rid, rlabel, rfig, used_r), (oid, olabel, ofig, used_o)):
        for k, fig in enumerate(figs):
            if k in used:
                continue
            findings.append(
                Finding(
                    verdict="addition",
                    kind="quantity",
                    items=(item(side_id, fig),),
                    explanation=_addition_note(fig[1], label),
                    pair=(rid, oid),
                )
            )

    findings.extend(_attribution_findings(ref, other))
    findings.extend(_statement_findings(ref, other, alignments))
    return PairResult(reference=rid, other=oid, alignments=tuple(alignments), findings=tuple(_ordered(findings)))


def _attributions(side: Side) -> list[tuple[Sentence, Attribution]]:
    """Each body once, at its first mention (with the fullest name given)."""
    seen: list[tuple[Sentence, Attribution]] = []
    for c in side.claims:
        for a in c.attributions:
            match = next((n for n, (_, b) in enumerate(seen) if same_body(a, b)), None)
            if match is None:
                seen.append((c.sentence, a))
            elif a.acronym and not seen[match][1].acronym:
                seen[match] = (c.sentence, a)
    return seen


def _attribution_findings(ref: Side, other: Side) -> list[Finding]:
    rid, oid = ref.article.id, other.article.id
    rattr, oattr = _attributions(ref), _attributions(other)
    out: list[Finding] = []
    matched_o: set[int] = set()
    for s, a in rattr:
        hit = next((n for n, (_, b) in enumerate(oattr) if n not in matched_o and same_body(a, b)), None)
        if hit is None:
            out.append(
                Finding(
                    verdict="addition",
                    kind="attribution",
                    items=(Item(rid, a.text, s, attribution=a),),
                    explanation=f"only {ref.article.label} credits {a.text} ({a.cue})",
                    pair=(rid, oid),
                )
            )
            continue
        matched_o.add(hit)
        os_, b = oattr[hit]
        out.append(
            Finding(
                verdict="agreement",
                kind="attribution",
                items=(Item(rid, a.text, s, attribution=a), Item(oid, b.text, os_, attribution=b)),
                explanation=f"both credit {a.name if len(a.name) <= len(b.name) else b.name}",
                pair=(rid, oid),
            )
        )
    for n, (s, b) in enumerate(oattr):
        if n in matched_o:
            continue
        out.append(
            Finding(
                verdict="addition",
                kind="attribution",
                items=(Item(oid, b.text, s, attribution=b),),
                explanation=f"only {other.article.label} credits {b.text} ({b.cue})",
                pair=(rid, oid),
            )
        )
    return out


def _statement_findings(ref: Side, other: Side, alignments: Sequence[Alignment]) -> list[Finding]:
    """Sentences with no counterpart in the other source (headlines aside)."""
    rid, oid = ref.article.id, other.article.id
    matched_r = {a.a.index for a in alignments}
    matched_o = {a.b.index for a in alignments}
    out: list[Finding] = []
    for side, matched, label in ((ref, matched_r, ref.article.label), (other, matched_o, other.article.label)):
        for c in side.claims:
            s = c.sentence
            if s.index in matched or s.headline:
                continue
            out.append(
                Finding(
                    verdict="addition",
                    kind="statement",
                    items=(Item(side.article.id, s.text, s),),
                    explanation=f"only {label} says this",
                    pair=(rid, oid),
                )
            )
    return out


_VERDICT_ORDER = {"contradiction": 0, "addition": 1, "agreement": 2}
_KIND_ORDER = {"quantity": 0, "attribution": 1, "statement": 2}


def _ordered(findings: list[Finding]) -> list[Finding]:
    """Contradictions first, then additions, then agreements; in text order within each."""

    def key(f: Finding) -> tuple:
        first = f.items[0]
        pos = (first.sentence.index, first.quantity.start if first.quantity else 0)
        side = 0 if first.source == f.pair[0] else 1
        return (_VERDICT_ORDER[f.verdict], _KIND_ORDER[f.kind], side, pos)

    return sorted(findings, key=key)
