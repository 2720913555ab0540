"""Statement findings: aligned sentences that contradict each other, and sentences with no counterpart."""

from __future__ import annotations

from collections.abc import Sequence

from ..rulebook import RuleCounts, declined
from ..statements import contradiction as statement_contradiction
from ..types import Alignment, Finding, Item, Sentence
from .evidence import Side
from .rules import DIRECTION_SHOWN, HEADLINE, UNALIGNED_SENTENCE


def _statement_contradictions(
    ref: Side, other: Side, alignments: Sequence[Alignment], found: Sequence[Finding], counts: RuleCounts | None = None
) -> list[Finding]:
    """Aligned sentences that make one claim and disagree on it (rules in claimcheck.statements)."""
    rid, oid = ref.article.id, other.article.id
    # "rose 5%" / "fell 5%" is already a figure contradiction ("opposite directions").
    directions = {
        (f.items[0].sentence.index, f.items[1].sentence.index)
        for f in found
        if f.verdict == "contradiction" and f.kind == "quantity" and {i.quantity.change for i in f.items if i.quantity} == {"up", "down"}
    }
    out: list[Finding] = []
    for al in alignments:
        c = statement_contradiction(al.a.text, al.b.text)
        if c is None:
            continue
        if c.group == "direction" and (al.a.index, al.b.index) in directions:
            declined(counts, DIRECTION_SHOWN)
            continue
        out.append(
            Finding(
                verdict="contradiction",
                kind="statement",
                items=(
                    Item(rid, _quoted(al.a, c.marks_a, c.a.text), al.a, marks=c.marks_a),
                    Item(oid, _quoted(al.b, c.marks_b, c.b.text), al.b, marks=c.marks_b),
                ),
                explanation=c.explanation,
                pair=(rid, oid),
                similarity=round(float(al.similarity), 4),
                rule=c.rule,
            )
        )
    return out


def _quoted(sentence: Sentence, marks: tuple[tuple[int, int], ...], predicate: str) -> str:
    """What a side says, as written: the words from its first mark to its last
    ("died on Monday at his home", "Smith defeated Jones", "will not cut")."""
    if not marks:
        return predicate
    return sentence.text[min(a for a, _ in marks) : max(b for _, b in marks)]


def _statement_findings(ref: Side, other: Side, alignments: Sequence[Alignment], counts: RuleCounts | None = None) -> list[Finding]:
    """Sentences with no counterpart in the other source (headlines aside)."""
    rid, oid = ref.article.id, other.article.id
    matched_r = {a.a.index for a in alignments}
    matched_o = {a.b.index for a in alignments}
    out: list[Finding] = []
    for side, matched, label in ((ref, matched_r, ref.article.label), (other, matched_o, other.article.label)):
        for c in side.claims:
            s = c.sentence
            if s.index in matched:
                continue
            if s.headline:
                declined(counts, HEADLINE)
                continue
            out.append(
                Finding(
                    verdict="addition",
                    kind="statement",
                    items=(Item(side.article.id, s.text, s),),
                    explanation=f"only {label} says this",
                    pair=(rid, oid),
                    rule=UNALIGNED_SENTENCE.name,
                )
            )
    return out
