"""Align stage: which sentences of two sources say the same thing.

A pair is kept when it is the best match for at least one of its two
sentences and its score reaches the threshold, or when each is the other's
best match and the score falls short of the threshold by little.  Taking the best match from
both sides (not only mutual best matches) lets one long sentence pair with
the two short ones another outlet split it into, and a sentence with no
counterpart above the threshold stays unmatched.

The score is the cosine similarity of the two sentences, plus a little for
each distinctive figure they share exactly ("41 seats", "Tk 5 crore" = "50
million taka"): outlets word a sentence differently but keep its numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .relate import Relation, relate
from .types import Alignment, Claims, Quantity, Sentence

DEFAULT_THRESHOLD = 0.5
# Added to the similarity for each shared distinctive figure (at most two).
ANCHOR_BONUS = 0.1
# Two sentences that are each other's best match may align this far under the threshold.
MUTUAL_MARGIN = 0.1
# A runner-up match this close to the best (and this far above the threshold) aligns too.
SPLIT_MARGIN = 0.08


class Matrix(Protocol):
    """Anything indexable as ``m[i][j]`` -> float: a numpy array or nested lists."""

    def __getitem__(self, i: int) -> Sequence[float]: ...


def distinctive(q: Quantity) -> bool:
    """A figure specific enough that sharing it says two sentences are parallel."""
    if q.role == "dateline":
        return False
    if q.kind in ("money", "percent", "points", "measure", "time"):
        return True
    if q.kind == "count":
        return q.value is not None and q.value >= 10
    if q.kind == "date":
        return q.date is not None and q.date.day is not None and "day" not in q.date.inferred
    return False


def figure_anchors(a: Sequence[Claims], b: Sequence[Claims]) -> dict[tuple[int, int], int]:
    """How many distinctive figures each sentence pair shares exactly, by sentence index."""
    out: dict[tuple[int, int], int] = {}
    for ca in a:
        qa = [q for q in ca.quantities if distinctive(q)]
        if not qa:
            continue
        for cb in b:
            shared = sum(1 for q in qa if any(relate(q, r) is Relation.SAME for r in cb.quantities if distinctive(r)))
            if shared:
                out[(ca.sentence.index, cb.sentence.index)] = shared
    return out


def align(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    similarity: Matrix,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    anchors: dict[tuple[int, int], int] | None = None,
) -> tuple[Alignment, ...]:
    """Pairs of sentences (one from ``a``, one from ``b``) that match.

    ``similarity[i][j]`` is the cosine similarity of ``a[i]`` and ``b[j]``;
    ``anchors`` counts the distinctive figures they share (see
    ``figure_anchors``).  Ties are broken by position, so the result is
    deterministic.
    """
    if not a or not b:
        return ()
    anchors = anchors or {}
    cosine = [[float(similarity[i][j]) for j in range(len(b))] for i in range(len(a))]
    rows = [
        [cosine[i][j] + ANCHOR_BONUS * min(anchors.get((a[i].index, b[j].index), 0), 2) for j in range(len(b))]
        for i in range(len(a))
    ]
    keep: set[tuple[int, int]] = set()
    best_b = {i: max(range(len(b)), key=lambda j: (row[j], -j)) for i, row in enumerate(rows)}
    best_a = {j: max(range(len(a)), key=lambda i: (rows[i][j], -i)) for j in range(len(b))}
    for i, j in best_b.items():
        # The best match from either side, or a pair each other's best a little under it.
        if rows[i][j] >= threshold or (best_a[j] == i and rows[i][j] >= threshold - MUTUAL_MARGIN):
            keep.add((i, j))
    for j, i in best_a.items():
        if rows[i][j] >= threshold:
            keep.add((i, j))
    # A long sentence that another outlet split in two: its runner-up match, when
    # nearly as good and clearly above the threshold, aligns as well.
    for i, row in enumerate(rows):
        ranked = sorted(range(len(b)), key=lambda j: (-row[j], j))
        if len(ranked) > 1:
            second = ranked[1]
            if row[second] >= threshold + SPLIT_MARGIN and row[ranked[0]] - row[second] <= SPLIT_MARGIN:
                keep.add((i, second))
    for j in range(len(b)):
        ranked = sorted(range(len(a)), key=lambda i: (-rows[i][j], i))
        if len(ranked) > 1:
            second = ranked[1]
            if rows[second][j] >= threshold + SPLIT_MARGIN and rows[ranked[0]][j] - rows[second][j] <= SPLIT_MARGIN:
                keep.add((second, j))
    return tuple(
        Alignment(a[i], b[j], round(cosine[i][j], 4), anchors.get((a[i].index, b[j].index), 0)) for i, j in sorted(keep)
    )
