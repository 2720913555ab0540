"""Attribution findings: who the figures are credited to, compared across whole articles."""

from __future__ import annotations

from ..extract.attributions import same_body
from ..types import Attribution, Finding, Item, Sentence
from .evidence import Side
from .notes import _only
from .rules import DROPPED_CREDIT, DROPPED_NAME, SAME_BODY


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


def _only_in(side: Side, s: Sentence, a: Attribution, pair: tuple[str, str]) -> Finding:
    """A body that only ``side`` credits or names."""
    rule = DROPPED_NAME.name if a.cue == "named" else DROPPED_CREDIT.name
    return Finding(
        verdict="addition",
        kind="attribution",
        items=(Item(side.article.id, a.quoted, s, attribution=a),),
        explanation=_only(side.article.label, a, rule),
        pair=pair,
        rule=rule,
    )


def _attribution_findings(ref: Side, other: Side) -> list[Finding]:
    rid, oid = ref.article.id, other.article.id
    rattr, oattr = _attributions(ref), _attributions(other)
    out: list[Finding] = []
    matched_o: set[int] = set()
    for s, a in rattr:
        hit = next((n for n, (_, b) in enumerate(oattr) if n not in matched_o and same_body(a, b)), None)
        if hit is None:
            out.append(_only_in(ref, s, a, (rid, oid)))
            continue
        matched_o.add(hit)
        os_, b = oattr[hit]
        out.append(
            Finding(
                verdict="agreement",
                kind="attribution",
                items=(Item(rid, a.quoted, s, attribution=a), Item(oid, b.quoted, os_, attribution=b)),
                explanation=f"both credit {a.name if len(a.name) <= len(b.name) else b.name}",
                pair=(rid, oid),
                rule=SAME_BODY.name,
            )
        )
    out += [_only_in(other, s, b, (rid, oid)) for n, (s, b) in enumerate(oattr) if n not in matched_o]
    return out
