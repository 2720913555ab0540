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
credited to), aligned sentences whose claims contradict each other
(``claimcheck.statements``: "was acquitted" / "was found guilty") are
contradictions of kind "statement", and sentences with no counterpart are
additions of kind "statement".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..align import Matrix
from ..rulebook import Rule, RuleCounts
from ..types import Alignment, Finding, PairResult
from .attributions import _attribution_findings
from .evidence import Relations, Side
from .pairing import _figure_findings
from .rules import _MARKERS, FINDING_RULES, REGISTRY, periods_clash  # noqa: F401  (_MARKERS: what periods_clash reads)
from .statements import _statement_contradictions, _statement_findings

__all__ = ["FINDING_RULES", "REGISTRY", "Relations", "Rule", "RuleCounts", "Side", "compare_pair", "periods_clash", "rule_rows"]


def compare_pair(
    ref: Side,
    other: Side,
    alignments: Sequence[Alignment],
    sentence_sim: Matrix,
    context_sim: Matrix,
    counts: RuleCounts | None = None,
) -> PairResult:
    """All findings between ``ref`` and ``other``.

    ``sentence_sim[i][j]`` is the similarity of ref sentence i and other
    sentence j (by ``Sentence.index``); ``context_sim[k][l]`` that of the
    words around ref figure k and other figure l (in ``Side.figures`` order).
    Every finding carries the rule that decided it (``REGISTRY``); given
    ``counts``, the rules also count there how often each fired and declined.
    """
    findings = _figure_findings(ref, other, alignments, sentence_sim, context_sim, counts)
    findings.extend(_attribution_findings(ref, other))
    findings.extend(_statement_contradictions(ref, other, alignments, findings, counts))
    findings.extend(_statement_findings(ref, other, alignments, counts))
    if counts is not None:
        for f in findings:
            counts.fire(f.rule or "")
    return PairResult(
        reference=ref.article.id, other=other.article.id, alignments=tuple(alignments), findings=tuple(_ordered(findings))
    )


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


def rule_rows(counts: RuleCounts) -> list[dict]:
    """Every registered rule, in the order the comparison applies them, with how often it fired and declined."""
    return counts.rows(REGISTRY.values())
