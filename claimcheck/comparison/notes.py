"""The explanation texts of findings: what an editor reads beside each verdict.

Each text follows from the rule that decided the finding (``rules``): the
reason an agreement gives in brackets, and the tail of a contradiction's note,
are looked up by rule name.
"""

from __future__ import annotations

from ..relate import Relation
from ..types import Attribution, Quantity

# What an agreement's note says in brackets, by rule (a "same-value" agreement says nothing).
# A reversed score and a vague number word read "within rounding", as they always have.
_AGREEMENT_REASONS = {
    "less-precise-date": "same date, one less precise",
    "within-approximation": "within an approximation",
    "bound-fits": "within the stated bound",
    "reversed-score": "within rounding",
    "vague-word": "within rounding",
    "within-rounding": "within rounding",
}


def _agreement_note(a: Quantity, b: Quantity, relation: Relation, rule: str) -> str:
    if a.text.lower() == b.text.lower():
        what = f"both give {a.text}"
    elif relation is Relation.SAME:
        what = f"{a.text} = {b.text}"
    else:
        what = f"{a.text} ≈ {b.text}"
    reasons = [_AGREEMENT_REASONS[rule]] if rule in _AGREEMENT_REASONS else []
    if a.role == "earlier" and b.role == "earlier":
        reasons.append("earlier value")
    return what + (f" ({'; '.join(reasons)})" if reasons else "")


def _conflict_note(a: Quantity, b: Quantity, ref: str, other: str, rule: str, subject: str | None = None) -> str:
    note = (f"{subject}: " if subject else "") + f"{ref} says {a.text}, {other} says {b.text}"
    if rule == "opposite-direction":
        return note + ": opposite directions"
    if rule == "points-apart":
        diff = abs((a.value or 0) - (b.value or 0))
        return note + f": {diff:g} points apart"
    return note


def _addition_note(q: Quantity, source: str) -> str:
    role = {"earlier": " (an earlier value)", "change": " (a change)", "dateline": " (dateline)"}.get(q.role, "")
    return f"only {source} gives {q.text}{role}"


def _only(label: str, a: Attribution, rule: str) -> str:
    if rule == "dropped-name":
        return f"only {label} names {a.text}"
    return f"only {label} credits {a.text} ({a.cue})"
