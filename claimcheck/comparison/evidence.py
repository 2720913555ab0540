"""What is known about every pair of figures: similarities, layout, relations.

``_Evidence`` answers, for ref figure k and other figure l, how similar their
sentences and contexts are, where they stand among their sentences' figures,
and how strongly they are about the same thing (for ranking); the rules that
read it (are they related enough to agree? rivals?) are in ``rules``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..align import Matrix
from ..relate import PEOPLE, Relation, family
from ..rulebook import RuleCounts
from ..types import Article, Claims, Quantity, Sentence


@dataclass(frozen=True)
class Side:
    """One source's sentences, claims and figures, in order."""

    article: Article
    claims: tuple[Claims, ...]

    @property
    def figures(self) -> list[tuple[Sentence, Quantity]]:
        return [(c.sentence, q) for c in self.claims for q in c.quantities]


@dataclass
class _Evidence:
    """What is known about every pair of figures (ref figure k, other figure l)."""

    rfig: list[tuple[Sentence, Quantity]]
    ofig: list[tuple[Sentence, Quantity]]
    aligned: set[tuple[int, int]]
    sentence_sim: Matrix
    context_sim: Matrix
    relations: dict[tuple[int, int], Relation]
    loose: set[tuple[int, int]]  # counts or ranks of differently named things
    mutual: set[tuple[int, int]]  # sentence pairs that are each other's best match (by index)
    counts: RuleCounts | None = None  # where the rules count what they decide, if asked
    stories: tuple[str, str] = ("", "")  # the two articles' story texts: whom each names at all

    def __post_init__(self) -> None:
        import numpy as np

        self.rlayout, self.olayout = _layout(self.rfig), _layout(self.ofig)
        # Each figure's sentence row, for looking many pairs up at once.
        self.rows = tuple(np.asarray([s.index for s, _ in figs], dtype=np.int64) for figs in (self.rfig, self.ofig))
        self._by_sentence = tuple(_by_sentence(figs) for figs in (self.rfig, self.ofig))

    def sentence_figures(self, k: int, l: int) -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]]:
        """All the figures of the two sentences ref figure k and other figure l stand in."""
        return self._by_sentence[0][self.rfig[k][0].index], self._by_sentence[1][self.ofig[l][0].index]

    def sent(self, k: int, l: int) -> float:
        return float(self.sentence_sim[self.rfig[k][0].index][self.ofig[l][0].index])

    def ctx(self, k: int, l: int) -> float:
        return float(self.context_sim[k][l])

    def is_aligned(self, k: int, l: int) -> bool:
        return (self.rfig[k][0].index, self.ofig[l][0].index) in self.aligned

    def strength(self, k: int, l: int) -> float:
        """How strongly the two figures are about the same thing (for ranking)."""
        bonus = 0.1 if self.is_aligned(k, l) else 0.0
        if self.relations[(k, l)] is Relation.SAME:
            bonus += 0.2  # an exact match outranks a merely compatible one
        rq, oq = self.rfig[k][1], self.ofig[l][1]
        if _named_alike(rq, oq):
            bonus += 0.2  # "18 passengers" rivals "21 passengers" before a bare "10"
        elif rq.kind == oq.kind == "count" and (rq.unit is None) != (oq.unit is None):
            bonus -= 0.15
        if self.same_place(k, l):
            bonus += 0.15  # outlets give a sentence's figures in the same order
        return self.ctx(k, l) + self.sent(k, l) + bonus

    def sole(self, k: int, l: int) -> bool:
        """Each figure is the only one of its kind and unit in its sentence."""
        return self.rlayout.sole[k] and self.olayout.sole[l]

    def same_place(self, k: int, l: int) -> bool:
        """The figures stand at the same place among their sentences' figures of that family."""
        return self.rlayout.place[k] == self.olayout.place[l]

    def weak(self, k: int, l: int) -> bool:
        """The two sentences are each other's best match, a little under the threshold."""
        return (self.rfig[k][0].index, self.ofig[l][0].index) in self.mutual


@dataclass(frozen=True)
class _Layout:
    """Where each figure stands in its sentence, computed once per figure list."""

    sole: tuple[bool, ...]  # the only figure of its kind and unit in its sentence
    place: tuple[int, ...]  # its position among its sentence's figures of its family


def _by_sentence(figs: list[tuple[Sentence, Quantity]]) -> dict[int, tuple[Quantity, ...]]:
    grouped: dict[int, list[Quantity]] = {}
    for s, q in figs:
        grouped.setdefault(s.index, []).append(q)
    return {index: tuple(qs) for index, qs in grouped.items()}


def _layout(figs: list[tuple[Sentence, Quantity]]) -> _Layout:
    """One pass over the figures instead of one per figure pair."""
    kinds: dict[tuple, int] = {}
    seen: dict[tuple, int] = {}
    place = []
    for s, q in figs:
        kinds[(s.index, q.kind, q.unit)] = kinds.get((s.index, q.kind, q.unit), 0) + 1
        key = (s.index, family(q))
        place.append(seen.get(key, 0))
        seen[key] = seen.get(key, 0) + 1
    return _Layout(tuple(kinds[(s.index, q.kind, q.unit)] == 1 for s, q in figs), tuple(place))


def _named_alike(a: Quantity, b: Quantity) -> bool:
    """Both figures count things with the same name (or both count people)."""
    if a.unit is None or b.unit is None:
        return False
    return a.unit == b.unit or (a.unit in PEOPLE and b.unit in PEOPLE)


def _mutual_best(sentence_sim: Matrix, rsents: Sequence[Sentence], osents: Sequence[Sentence], floor: float) -> set[tuple[int, int]]:
    """Sentence pairs that are each other's best match with similarity at least ``floor``."""
    import numpy as np

    if not rsents or not osents:
        return set()
    ri = [r.index for r in rsents]
    oi = [o.index for o in osents]
    sub = np.asarray(sentence_sim, dtype=np.float64)[np.ix_(ri, oi)]
    # argmax takes the first of equal values: ties go to the earlier sentence
    # (sentences come in index order).
    best_o = {ri[n]: oi[m] for n, m in enumerate(sub.argmax(axis=1).tolist())}
    best_r = {oi[m]: ri[n] for m, n in enumerate(sub.argmax(axis=0).tolist())}
    return {(i, j) for i, j in best_o.items() if best_r.get(j) == i and float(sentence_sim[i][j]) >= floor}


class Relations(dict):
    """How each reference figure (k) stands to each other figure (l).

    Only pairs that relate at all are stored: most pairs of a long article are
    of different families and need no entry, so a missing pair reads as
    INCOMPARABLE and the table grows with the pairs that matter, not with
    every pair of figures.
    """

    def __missing__(self, key: tuple[int, int]) -> Relation:
        return Relation.INCOMPARABLE
