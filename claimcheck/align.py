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
from typing import TYPE_CHECKING, Protocol

from .relate import Relation, relate
from .types import Alignment, Claims, Quantity, Sentence

if TYPE_CHECKING:
    import numpy as np

DEFAULT_THRESHOLD = 0.5
# Added to the similarity for each shared distinctive figure (at most two).
ANCHOR_BONUS = 0.1
# A figure the other article gives in more sentences than this is no anchor.
ANCHOR_POOL = 12
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
    """How many distinctive figures each sentence pair shares exactly, by sentence index.

    Figures are indexed by family first (two figures of different families are
    never the same), so the cost follows the figures that could match, not
    every pair of sentences.
    """
    from .relate import family, value_key

    # Figures are looked up by their value (two SAME figures share it), and
    # only those whose sameness is not one value (dates, scores) are weighed
    # against all of their family.
    by_value: dict[tuple, list[tuple[int, Quantity]]] = {}
    by_family: dict[str, list[tuple[int, Quantity]]] = {}
    for cb in b:
        for r in cb.quantities:
            if distinctive(r):
                key = value_key(r)
                if key is None:
                    by_family.setdefault(family(r), []).append((cb.sentence.index, r))
                else:
                    by_value.setdefault(key, []).append((cb.sentence.index, r))
    out: dict[tuple[int, int], int] = {}
    for ca in a:
        for q in ca.quantities:
            if not distinctive(q):
                continue
            key = value_key(q)
            pool = by_value.get(key, ()) if key is not None else by_family.get(family(q), ())
            if key is not None and len(pool) > ANCHOR_POOL:
                continue  # a figure half the document repeats says nothing about which sentences are parallel
            hit = {j for j, r in pool if relate(q, r) is Relation.SAME}
            for j in hit:
                pair = (ca.sentence.index, j)
                out[pair] = out.get(pair, 0) + 1
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
    deterministic.  Whole-matrix numpy operations: two articles of 3,000
    sentences align in well under a second.
    """
    import numpy as np

    if not a or not b:
        return ()
    anchors = anchors or {}
    cosine = np.asarray(similarity, dtype=np.float64)[: len(a), : len(b)]
    rows = cosine.copy()
    position_a = {s.index: i for i, s in enumerate(a)}
    position_b = {s.index: j for j, s in enumerate(b)}
    for (ia, jb), shared in anchors.items():
        i, j = position_a.get(ia), position_b.get(jb)
        if i is not None and j is not None:
            rows[i, j] = cosine[i, j] + ANCHOR_BONUS * min(shared, 2)
    keep: set[tuple[int, int]] = set()
    # argmax takes the first of equal values: ties go to the earlier sentence.
    best_b = rows.argmax(axis=1)
    best_a = rows.argmax(axis=0)
    for i, j in enumerate(best_b.tolist()):
        # The best match from either side, or a pair each other's best a little under it.
        if rows[i, j] >= threshold or (best_a[j] == i and rows[i, j] >= threshold - MUTUAL_MARGIN):
            keep.add((i, j))
    for j, i in enumerate(best_a.tolist()):
        if rows[i, j] >= threshold:
            keep.add((i, j))
    # A long sentence that another outlet split in two: its runner-up match, when
    # nearly as good and clearly above the threshold, aligns as well.
    if len(b) > 1:
        order = top_indices(rows, 2, axis=1)
        for i, (first, second) in enumerate(order.tolist()):
            if rows[i, second] >= threshold + SPLIT_MARGIN and rows[i, first] - rows[i, second] <= SPLIT_MARGIN:
                keep.add((i, second))
    if len(a) > 1:
        order = top_indices(rows, 2, axis=0)
        for j in range(len(b)):
            first, second = int(order[0, j]), int(order[1, j])
            if rows[second, j] >= threshold + SPLIT_MARGIN and rows[first, j] - rows[second, j] <= SPLIT_MARGIN:
                keep.add((second, j))
    return tuple(
        Alignment(a[i], b[j], round(float(cosine[i, j]), 4), anchors.get((a[i].index, b[j].index), 0)) for i, j in sorted(keep)
    )


def top_indices(matrix: Matrix, k: int, axis: int) -> np.ndarray:
    """The indices of the ``k`` largest values along ``axis``, largest first, ties
    to the lower index: what ``np.argsort(-m, axis, kind="stable")`` gives cut to
    ``k``, without sorting every row of a 3,000 by 3,000 matrix (a few passes of
    argmax instead)."""
    import numpy as np

    m = np.array(matrix, dtype=np.float64)  # a copy: picked values are masked out
    k = min(k, m.shape[axis])
    if k * 4 >= m.shape[axis]:
        order = np.argsort(-m, axis=axis, kind="stable")
        return order[:, :k] if axis == 1 else order[:k, :]
    picks = []
    for _ in range(k):
        best = m.argmax(axis=axis)
        picks.append(best)
        if axis == 1:
            m[np.arange(m.shape[0]), best] = -np.inf
        else:
            m[best, np.arange(m.shape[1])] = -np.inf
    return np.stack(picks, axis=axis)
