"""What is known about every pair of figures: similarities, layout, relations.

``_Evidence`` answers, for ref figure k and other figure l, how strongly they
are about the same thing, whether they are related enough to agree, and
whether they are rivals (one fact told two ways).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..align import Matrix
from ..relate import PEOPLE, Relation, family
from ..subjects import different_subjects, market_snapshots
from ..types import Article, Claims, Quantity, Sentence

# How similar the words around two figures must be (cosine of their context
# embeddings) before they are taken to measure the same thing.
AGREE_CONTEXT = 0.30
CONFLICT_CONTEXT = 0.45
# ... lowered when the two figures are of one kind and each is the only one of
# its kind in two aligned sentences ("$7 billion" / "roughly $9bn").
SOLE_CONFLICT_CONTEXT = 0.30
# ... and raised for figures in sentences that are not aligned.
CROSS_CONFLICT_CONTEXT = 0.55
# Sentences that are each other's best match at this similarity may hold rival
# lone figures even below the alignment threshold.
WEAK_ALIGNMENT = 0.4
# Kinds that may contradict each other although they differ.
_CROSS_KIND_CONFLICTS = ({"year", "date"}, {"percent", "fraction"})
# How similar two sentences must be before a figure may be paired across them
# without an alignment.
RELATED_SENTENCES = 0.35
# Aligned sentences this similar make one claim: their lone dates are rivals.
SAME_CLAIM_SENTENCES = 0.70


@dataclass(frozen=True)
class Side:
    """One source's sentences, claims and figures, in order."""

    article: Article
    claims: tuple[Claims, ...]

    @property
    def figures(self) -> list[tuple[Sentence, Quantity]]:
        return [(c.sentence, q) for c in self.claims for q in c.quantities]


def _role_fits(a: Quantity, b: Quantity, relation: Relation) -> bool:
    if a.role == "dateline" or b.role == "dateline":
        # A story's date may agree with the date of the event it reports.
        return a.role == b.role or (relation.agrees and {a.role, b.role} == {"dateline", "current"})
    if a.role == b.role:
        return True
    # An equal figure may have been read once as a level and once as a change.
    return relation.agrees and {a.role, b.role} == {"current", "change"}



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

    def __post_init__(self) -> None:
        import numpy as np

        self.rlayout, self.olayout = _layout(self.rfig), _layout(self.ofig)
        # Each figure's sentence row, for looking many pairs up at once.
        self.rows = tuple(np.asarray([s.index for s, _ in figs], dtype=np.int64) for figs in (self.rfig, self.ofig))

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

    def related(self, k: int, l: int) -> bool:
        """Enough to call two agreeing figures one fact."""
        rq, oq = self.rfig[k][1], self.ofig[l][1]
        relation = self.relations[(k, l)]
        if (k, l) in self.loose:
            # In aligned sentences, "about 1,500 jobs" / "roughly 1,500 positions" and
            # "eight coaches" / "eight bogies" are one fact; an approximate match of
            # differently named things needs the words around them to say so too.
            if not self.is_aligned(k, l):
                return False
            if relation is Relation.SAME:
                return (rq.value or 0) >= 100 or self.ctx(k, l) >= AGREE_CONTEXT
            return self.ctx(k, l) >= CONFLICT_CONTEXT
        if _precision_gap(rq, oq) >= 2 and not self.is_aligned(k, l):
            # "2021" against "20 March 2021": the year alone says little.
            return self.ctx(k, l) >= CONFLICT_CONTEXT
        return (
            self.is_aligned(k, l)
            or self.ctx(k, l) >= AGREE_CONTEXT and self.sent(k, l) >= RELATED_SENTENCES
            or self.ctx(k, l) >= CONFLICT_CONTEXT
        )

    def rivals(self, k: int, l: int) -> bool:
        """Enough to call two conflicting figures one fact told two ways."""
        rq, oq = self.rfig[k][1], self.ofig[l][1]
        if rq.role != oq.role or rq.role == "dateline":
            return False
        if rq.kind != oq.kind and {rq.kind, oq.kind} not in _CROSS_KIND_CONFLICTS:
            return False
        if rq.kind in _MAGNITUDE_KINDS and _magnitudes_apart(rq, oq):
            return False  # "$373 billion" (a nation's bill) and "$1,935" (a household's): no misreport is that far off
        if rq.kind == oq.kind == "time":
            return False  # two stated times of day ("at 5 p.m." / "by 11 a.m.") are two moments, not a misreport
        rtext, otext = self.rfig[k][0].text, self.ofig[l][0].text
        if different_subjects(rtext, rq, otext, oq):
            return False  # "the S&P 500 ... 966.87" and "the Nasdaq ... 1,595.80"
        if market_snapshots(rtext, rq, otext, oq):
            return False  # "closed at $20.79" and "in recent dealings ... $21.25": two moments of a session
        if rq.kind == "duration" and rq.unit != oq.unit:
            return False  # nobody misreports two hours as twelve years
        if periods_clash(rq.period, oq.period):
            return False  # "fell 3.2%" and "has fallen 18% so far this year" are two periods
        sole = self.rlayout.sole[k] and self.olayout.sole[l]
        if rq.kind in ("date", "year") and not sole and self.ctx(k, l) < 0.7:
            return False  # a sentence with two dates ("votes cast on Thursday ... declared Friday") needs more
        if rq.kind == oq.kind == "count" and not _named_alike(rq, oq):
            # "nine" (penalties) and "13 men": a bare count matches anything; two bare
            # small counts ("four" tries, "three") never rival, one needs close context.
            if rq.unit is None and oq.unit is None and max(abs(rq.value or 0), abs(oq.value or 0)) < 100:
                return False
            return (
                _near(rq, oq)
                and self.ctx(k, l) >= CROSS_CONFLICT_CONTEXT
                and (self.is_aligned(k, l) or self.sent(k, l) >= RELATED_SENTENCES)
            )
        if not sole and not (rq.kind == "count" and _named_alike(rq, oq)) and not self.same_place(k, l) and self.ctx(k, l) < 0.65:
            return False  # "38 km (24 miles) ... at a depth of 61 km": pair figures in their order
        aligned = self.is_aligned(k, l) or (sole and self.weak(k, l))
        if not aligned:
            return self.sent(k, l) >= RELATED_SENTENCES and self.ctx(k, l) >= CROSS_CONFLICT_CONTEXT
        needed = CONFLICT_CONTEXT
        relaxed = (
            rq.kind in _RELAXED_KINDS
            or (rq.kind == "count" and _named_alike(rq, oq))
            # the only date of two sentences that say the same thing ("notified CERT-In
            # on September 8" / "informed CERT-In on 11 September")
            or (rq.kind == "date" and self.is_aligned(k, l) and self.sent(k, l) >= SAME_CLAIM_SENTENCES)
        )
        if rq.kind == oq.kind and relaxed and sole and _near(rq, oq):
            needed = SOLE_CONFLICT_CONTEXT
        elif rq.kind in ("date", "year") and sole and not self.is_aligned(k, l):
            needed = AGREE_CONTEXT + 0.05  # the only date of two sentences that mirror each other
        return self.ctx(k, l) >= needed

    def same_place(self, k: int, l: int) -> bool:
        """The figures stand at the same place among their sentences' figures of that family."""
        return self.rlayout.place[k] == self.olayout.place[l]

    def weak(self, k: int, l: int) -> bool:
        """The two sentences are each other's best match, a little under the threshold."""
        return (self.rfig[k][0].index, self.ofig[l][0].index) in self.mutual


def _precision_gap(a: Quantity, b: Quantity) -> int:
    """How many more date parts one figure gives than the other ("2021" vs "20 March 2021": 2)."""
    if a.date is None or b.date is None:
        return 0

    def parts(d) -> int:
        return sum(1 for p in ("year", "month", "day") if getattr(d, p) is not None and p not in d.inferred)

    return abs(parts(a.date) - parts(b.date))


# Kinds whose lone figures in two aligned sentences may contradict on weaker context.
_RELAXED_KINDS = frozenset({"money", "percent", "points"})


@dataclass(frozen=True)
class _Layout:
    """Where each figure stands in its sentence, computed once per figure list."""

    sole: tuple[bool, ...]  # the only figure of its kind and unit in its sentence
    place: tuple[int, ...]  # its position among its sentence's figures of its family


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


# Kinds whose rivals must be within MAX_RIVAL_RATIO of each other.
_MAGNITUDE_KINDS = frozenset({"money", "measure", "percent"})
MAX_RIVAL_RATIO = 10.0


def _magnitudes_apart(a: Quantity, b: Quantity) -> bool:
    """More than ten times apart: two different figures, not one told two ways."""
    x, y = abs(a.value or 0), abs(b.value or 0)
    if not x or not y or a.low is not None or b.low is not None:
        return False
    return max(x, y) > MAX_RIVAL_RATIO * min(x, y)


def _near(a: Quantity, b: Quantity) -> bool:
    """Values within a factor of two: a misreport, not a different figure."""
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return a.date is not None and b.date is not None
    return max(a.value, b.value) <= 2 * min(a.value, b.value)


from ..extract.lexicon import PERIOD_MARKER_NAMES as _MARKERS  # noqa: E402  (one list, claimcheck/data/cues.json)


def periods_clash(a: str | None, b: str | None) -> bool:
    """Whether two figures are dated to different periods, so cannot contradict.

    A marked period ("so far this year", "at the time", "now") differs from an
    unmarked one; two dates clash when a part both give differs.
    """
    if a == b:
        return False
    if a in _MARKERS or b in _MARKERS:
        return True
    if a is None or b is None:
        return False
    pa, pb = a.lstrip("-").split("-"), b.lstrip("-").split("-")
    if a.startswith("--") != b.startswith("--"):
        # "--04" (April, no year) against "2025-04": compare the month only.
        pa, pb = (pa, pb[1:]) if a.startswith("--") else (pa[1:], pb)
    return any(x != y for x, y in zip(pa, pb))


class Relations(dict):
    """How each reference figure (k) stands to each other figure (l).

    Only pairs that relate at all are stored: most pairs of a long article are
    of different families and need no entry, so a missing pair reads as
    INCOMPARABLE and the table grows with the pairs that matter, not with
    every pair of figures.
    """

    def __missing__(self, key: tuple[int, int]) -> Relation:
        return Relation.INCOMPARABLE
