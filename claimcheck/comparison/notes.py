"""The explanation texts of findings: what an editor reads beside each verdict."""

from __future__ import annotations

from ..relate import Relation
from ..types import Attribution, Quantity


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


def _only(label: str, a: Attribution) -> str:
    if a.cue == "named":
        return f"only {label} names {a.text}"
    return f"only {label} credits {a.text} ({a.cue})"
