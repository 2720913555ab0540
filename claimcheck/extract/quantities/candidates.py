"""A figure under construction, and the choice among overlapping ones."""

from __future__ import annotations

from dataclasses import dataclass

from ...types import DateParts


@dataclass
class _Cand:
    """A match under construction: token span [i, j) and what it means."""

    i: int
    j: int
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    date: DateParts | None = None
    change: str = "="
    role: str = "current"
    priority: int = 0  # breaks ties between overlapping matches of one length
    fixed_change: bool = False  # change already decided by the matcher
    relative: tuple[str, int] | None = None  # "yesterday" = ("day", -1): needs the story's date


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest matches that do not overlap; ties go to the higher priority."""
    order = sorted(cands, key=lambda c: (-(c.j - c.i), -c.priority, c.i))
    used: set[int] = set()
    kept: list[_Cand] = []
    for c in order:
        span = range(c.i, c.j)
        if any(k in used for k in span):
            continue
        used.update(span)
        kept.append(c)
    kept.sort(key=lambda c: c.i)
    return kept
