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
from dataclasses import dataclass, replace

from .align import Matrix, top_indices
from .extract.attributions import same_body
from .relate import PEOPLE, Relation, family, relate, value_key
from .subjects import different_subjects, market_snapshots
from .statements import contradiction as statement_contradiction
from .types import Alignment, Article, Attribution, Claims, Finding, Item, PairResult, Quantity, Sentence

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


def compare_pair(
    ref: Side,
    other: Side,
    alignments: Sequence[Alignment],
    sentence_sim: Matrix,
    context_sim: Matrix,
) -> PairResult:
    """All findings between ``ref`` and ``other``.

    ``sentence_sim[i][j]`` is the similarity of ref sentence i and other
    sentence j (by ``Sentence.index``); ``context_sim[k][l]`` that of the
    words around ref figure k and other figure l (in ``Side.figures`` order).
    """
    findings = _figure_findings(ref, other, alignments, sentence_sim, context_sim)
    findings.extend(_attribution_findings(ref, other))
    findings.extend(_statement_contradictions(ref, other, alignments, findings))
    findings.extend(_statement_findings(ref, other, alignments))
    return PairResult(
        reference=ref.article.id, other=other.article.id, alignments=tuple(alignments), findings=tuple(_ordered(findings))
    )


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


from .extract.lexicon import PERIOD_MARKER_NAMES as _MARKERS  # noqa: E402  (one list, claimcheck/data/cues.json)


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


# Families that relate across each other: an ordinal with a count or a duration
# ("his 19th goal" / "19 goals"); every other family relates only to itself.
_TALLY_FAMILIES = frozenset({"ordinal", "count", "duration"})


def _bucket(q: Quantity) -> str:
    fam = family(q)
    return "tally" if fam in _TALLY_FAMILIES else fam


# Within one family, every figure is weighed against every other while there
# are at most this many pairs (a news article has a few dozen figures: always);
# beyond it (two books, a 3,000-sentence dump) only the likely partners are:
# figures in aligned sentences, the closest by context, and equal values.
PAIR_BUDGET = 40_000
NEAREST = 12


def _candidates(
    rks: list[int], ols: list[int], rfig, ofig, aligned: set[tuple[int, int]], context_sim: Matrix
) -> dict[int, list[int]]:
    """For a family too big to weigh whole: each ref figure's likely partners."""
    import numpy as np

    sub = np.asarray(context_sim)[np.ix_(rks, ols)]
    near_o = top_indices(sub, NEAREST, axis=1)
    near_r = top_indices(sub, NEAREST, axis=0)
    partners_of: dict[int, set[int]] = {}
    for ia, jb in aligned:
        partners_of.setdefault(ia, set()).add(jb)
    by_sentence: dict[int, list[int]] = {}
    by_value: dict[object, list[int]] = {}  # positions m in ols
    for m, l in enumerate(ols):
        by_sentence.setdefault(ofig[l][0].index, []).append(l)
        by_value.setdefault(ofig[l][1].value, []).append(m)
    equal = {v: np.asarray(ms) for v, ms in by_value.items()}
    out: dict[int, set[int]] = {k: set() for k in rks}
    for n, k in enumerate(rks):
        out[k].update(ols[m] for m in near_o[n].tolist())
        for j in partners_of.get(rfig[k][0].index, ()):
            out[k].update(by_sentence.get(j, ()))
        if rfig[k][1].value is not None and rfig[k][1].value in equal:
            # Equal values, the closest by context when a value recurs hundreds of times.
            ms = equal[rfig[k][1].value]
            if len(ms) > NEAREST:
                ms = ms[np.lexsort((ms, -sub[n, ms]))[:NEAREST]]
            out[k].update(ols[m] for m in ms.tolist())
    for m, l in enumerate(ols):
        for n in near_r[:, m].tolist():
            out[rks[n]].add(l)
    return {k: sorted(ls) for k, ls in out.items()}


def _relations(
    rfig: list[tuple[Sentence, Quantity]],
    ofig: list[tuple[Sentence, Quantity]],
    aligned: set[tuple[int, int]] | None = None,
    context_sim: Matrix | None = None,
) -> tuple[Relations, set[tuple[int, int]]]:
    relations = Relations()
    loose: set[tuple[int, int]] = set()
    r_bucket: dict[str, list[int]] = {}
    o_bucket: dict[str, list[int]] = {}
    for k, (_, rq) in enumerate(rfig):
        r_bucket.setdefault(_bucket(rq), []).append(k)
    for l, (_, oq) in enumerate(ofig):
        o_bucket.setdefault(_bucket(oq), []).append(l)
    partners: dict[int, list[int]] = {}
    for name, rks in r_bucket.items():
        ols = o_bucket.get(name, [])
        if len(rks) * len(ols) > PAIR_BUDGET and context_sim is not None:
            partners.update(_candidates(rks, ols, rfig, ofig, aligned or set(), context_sim))
        else:
            partners.update((k, ols) for k in rks)
    for k, (_, rq) in enumerate(rfig):
        for l in partners.get(k, ()):
            oq = ofig[l][1]
            rel = relate(rq, oq)
            if (
                rel is Relation.INCOMPARABLE
                and rq.kind == oq.kind
                and rq.kind in ("count", "ordinal")
                and rq.unit
                and oq.unit
                and "rank" not in (rq.unit, oq.unit)
            ):
                # "312 transfers" and "more than 300 separate payments" may be one
                # figure; only a strong context may say so, and never to contradict.
                rel = relate(replace(rq, unit=None), replace(oq, unit=None))
                if rel.agrees:
                    loose.add((k, l))
                else:
                    rel = Relation.INCOMPARABLE
            if rq.is_range != oq.is_range:
                # "aged between 19 and 41" holds "34-year-old" but does not say it:
                # a range and a single figure neither agree nor contradict.
                rel = Relation.INCOMPARABLE
            if rel is not Relation.INCOMPARABLE:
                relations[(k, l)] = rel
    return relations, loose


def _figure_findings(
    ref: Side, other: Side, alignments: Sequence[Alignment], sentence_sim: Matrix, context_sim: Matrix
) -> list[Finding]:
    rid, oid = ref.article.id, other.article.id
    rlabel, olabel = ref.article.label, other.article.label
    rfig, ofig = ref.figures, other.figures
    aligned = {(a.a.index, a.b.index) for a in alignments}
    relations, loose = _relations(rfig, ofig, aligned, context_sim)
    mutual = _mutual_best(sentence_sim, [c.sentence for c in ref.claims], [c.sentence for c in other.claims], WEAK_ALIGNMENT)
    ev = _Evidence(rfig, ofig, aligned, sentence_sim, context_sim, relations, loose, mutual)

    def greedy(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """One to one, strongest evidence first (ties by position: deterministic)."""
        chosen = []
        for k, l in sorted(candidates, key=lambda kl: (-ev.strength(*kl), kl)):
            if k not in used_r and l not in used_o:
                used_r.add(k)
                used_o.add(l)
                chosen.append((k, l))
        return chosen

    used_r: set[int] = set()
    used_o: set[int] = set()
    agreed = greedy(
        [(k, l) for (k, l), rel in relations.items() if rel.agrees and _role_fits(rfig[k][1], ofig[l][1], rel) and ev.related(k, l)]
    )
    agreed += _unique_matches(rfig, ofig, used_r, used_o, relations)
    contradicted = greedy(
        [(k, l) for (k, l), rel in relations.items() if rel is Relation.CONFLICT and k not in used_r and l not in used_o and ev.rivals(k, l)]
    )
    agreed += _repeats(rfig, ofig, agreed, used_r, used_o, ev, lambda rel: rel.agrees)
    contradicted += _repeats(rfig, ofig, contradicted, used_r, used_o, ev, lambda rel: rel is Relation.CONFLICT)

    def item(side_id: str, fig: tuple[Sentence, Quantity]) -> Item:
        return Item(source=side_id, text=fig[1].text, sentence=fig[0], quantity=fig[1])

    findings = [
        Finding(
            verdict="agreement",
            kind="quantity",
            items=(item(rid, rfig[k]), item(oid, ofig[l])),
            explanation=_agreement_note(rfig[k][1], ofig[l][1], relations[(k, l)], rlabel, olabel),
            pair=(rid, oid),
            similarity=round(ev.sent(k, l), 4),
        )
        for k, l in sorted(agreed)
    ]
    findings += [
        Finding(
            verdict="contradiction",
            kind="quantity",
            items=(item(rid, rfig[k]), item(oid, ofig[l])),
            explanation=_conflict_note(rfig[k][1], ofig[l][1], rlabel, olabel),
            pair=(rid, oid),
            similarity=round(ev.sent(k, l), 4),
        )
        for k, l in sorted(contradicted)
    ]
    for side_id, label, figs, used in ((rid, rlabel, rfig, used_r), (oid, olabel, ofig, used_o)):
        findings += [
            Finding(
                verdict="addition",
                kind="quantity",
                items=(item(side_id, fig),),
                explanation=_addition_note(fig[1], label),
                pair=(rid, oid),
            )
            for k, fig in enumerate(figs)
            if k not in used
        ]
    return findings


# Kinds specific enough that one exact value, alone of its kind in each
# article, is one fact even when the sentences differ ("a 62-year-old
# jeweller" / "Dhole, 62, was alone"); a lone "5%" in each is not.
_IDENTIFYING_KINDS = frozenset({"age", "money", "measure", "ordinal", "time"})


def _identifying(q: Quantity) -> bool:
    """A figure specific enough that one exact value, alone in each article, is
    one fact wherever it stands ("a 62-year-old jeweller" / "Dhole, 62"); a lone
    "5%" or "three" is not."""
    if q.kind == "ordinal":
        return q.unit == "rank"
    if q.kind == "count":
        v = q.value or 0
        return v >= 1000 or (v >= 100 and not str(int(v)).endswith("00")) or (q.unit is not None and v >= 10)
    if q.kind == "percent":
        return q.role == "change" or (q.value is not None and not float(q.value).is_integer())
    if q.kind == "range":
        return q.low is not None and q.high is not None and q.high - q.low >= 2  # "between 2016 and 2021"
    if q.kind == "date":
        return q.date is not None and q.date.month is not None and "month" not in q.date.inferred and (q.date.year or q.date.day) is not None
    return q.kind in _IDENTIFYING_KINDS


def _unique_matches(rfig, ofig, used_r, used_o, relations) -> list[tuple[int, int]]:
    """Exact figures each article gives once, wherever they stand."""

    def key(q: Quantity) -> tuple:
        # Large counts are identified by their value alone ("41,236 valid votes" /
        # "41,236 people"); others by kind and unit too.
        if q.kind == "count" and (q.value or 0) >= 100:
            return ("count", q.value)
        if q.kind == "date" and q.date is not None:
            return ("date", q.date.year, q.date.month, q.date.day)
        return (q.kind, q.unit, q.value, q.low, q.high)

    rcount: dict[tuple, int] = {}
    ocount: dict[tuple, int] = {}
    for _, q in rfig:
        rcount[key(q)] = rcount.get(key(q), 0) + 1
    for _, q in ofig:
        ocount[key(q)] = ocount.get(key(q), 0) + 1
    out = []
    for (k, l), rel in sorted(relations.items()):
        rq, oq = rfig[k][1], ofig[l][1]
        if k in used_r or l in used_o or not rel.agrees or key(rq) != key(oq):
            continue
        if not (rq.role == oq.role or {rq.role, oq.role} == {"current", "change"}):
            continue
        if _identifying(rq) and _identifying(oq) and rcount[key(rq)] == 1 and ocount[key(oq)] == 1:
            used_r.add(k)
            used_o.add(l)
            out.append((k, l))
    return out


def _repeats(rfig, ofig, paired, used_r, used_o, ev: _Evidence, fits) -> list[tuple[int, int]]:
    """Second mentions of a paired figure ("27 dead" in the headline, "at least 27
    people" in the text) join the pair's finding instead of standing alone."""
    import numpy as np

    out: list[tuple[int, int]] = []
    for figs, used, mine in ((rfig, used_r, 0), (ofig, used_o, 1)):
        # A second mention is the SAME figure, or one of equal value, or a date
        # and its year: look the paired figures up by value, not one by one.
        by_key: dict[object, list[int]] = {}
        unkeyed: set[int] = set()
        for n, pair in enumerate(paired):
            keyed, keys = _lookup_keys(figs[pair[mine]][1])
            if not keyed:
                unkeyed.add(n)
            for key in keys:
                by_key.setdefault(key, []).append(n)
        partners = np.asarray([pair[1 - mine] for pair in paired], dtype=np.int64)  # the pairs' other figures
        for f, (_, fq) in enumerate(figs):
            if f in used:
                continue
            keyed, keys = _lookup_keys(fq)
            candidates = sorted({n for key in keys for n in by_key.get(key, ())} | unkeyed) if keyed else list(range(len(paired)))
            for n in _nearest_pairs(candidates, partners, f, mine, ev):
                pair = paired[n]
                g, h = pair[mine], pair[1 - mine]
                if not _same_figure(fq, figs[g][1]):
                    continue
                k, l = (f, h) if mine == 0 else (h, f)
                rel = ev.relations[(k, l)]
                if fits(rel) and (rel is Relation.SAME or ev.related(k, l) or ev.ctx(k, l) >= AGREE_CONTEXT):
                    used.add(f)
                    out.append((k, l))
                    break
    return out


def _nearest_pairs(candidates: list[int], partners: "np.ndarray", f: int, mine: int, ev: _Evidence) -> list[int]:
    """At most NEAREST of the pairs a second mention could join, those whose other
    figure stands in the sentence most like the mention's; all of them, in order,
    when there are few.  A year named hundreds of times in a long document would
    otherwise be tried against every pair that has it."""
    if len(candidates) <= NEAREST:
        return candidates
    import numpy as np

    cands = np.asarray(candidates)
    rows = ev.rows[1 - mine][partners[cands]]
    own = ev.rows[mine][f]
    sims = np.asarray(ev.sentence_sim)[own, rows] if mine == 0 else np.asarray(ev.sentence_sim)[rows, own]
    best = cands[np.lexsort((cands, -sims))[:NEAREST]]
    return sorted(int(n) for n in best)


def _lookup_keys(q: Quantity) -> tuple[bool, set[object]]:
    """Whether ``q`` has a value key, and the keys its second mentions share with it:
    that value key (SAME figures) and its written value (equal values)."""
    key = value_key(q)
    keys: set[object] = {key} if key is not None else set()
    if q.value is not None:
        keys.add(("value", q.value))
    return key is not None, keys


def _same_figure(a: Quantity, b: Quantity) -> bool:
    """Two mentions of one figure in one source: equal values, or a date and its year."""
    rel = relate(a, b)
    if rel is Relation.SAME:
        return True
    if a.kind in ("date", "year") and b.kind in ("date", "year"):
        return rel is Relation.COMPATIBLE
    return rel is Relation.COMPATIBLE and a.value is not None and a.value == b.value


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


def _only(label: str, a: Attribution) -> str:
    if a.cue == "named":
        return f"only {label} names {a.text}"
    return f"only {label} credits {a.text} ({a.cue})"


def _attribution_findings(ref: Side, other: Side) -> list[Finding]:
    rid, oid = ref.article.id, other.article.id
    rattr, oattr = _attributions(ref), _attributions(other)
    out: list[Finding] = []
    matched_o: set[int] = set()
    for s, a in rattr:
        hit = next((n for n, (_, b) in enumerate(oattr) if n not in matched_o and same_body(a, b)), None)
        if hit is None:
            out.append(
                Finding(
                    verdict="addition",
                    kind="attribution",
                    items=(Item(rid, a.quoted, s, attribution=a),),
                    explanation=_only(ref.article.label, a),
                    pair=(rid, oid),
                )
            )
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
            )
        )
    for n, (s, b) in enumerate(oattr):
        if n in matched_o:
            continue
        out.append(
            Finding(
                verdict="addition",
                kind="attribution",
                items=(Item(oid, b.quoted, s, attribution=b),),
                explanation=_only(other.article.label, b),
                pair=(rid, oid),
            )
        )
    return out


def _statement_contradictions(ref: Side, other: Side, alignments: Sequence[Alignment], found: Sequence[Finding]) -> list[Finding]:
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
        if c is None or (c.group == "direction" and (al.a.index, al.b.index) in directions):
            continue
        out.append(
            Finding(
                verdict="contradiction",
                kind="statement",
                items=(Item(rid, c.a.text, al.a, marks=c.marks_a), Item(oid, c.b.text, al.b, marks=c.marks_b)),
                explanation=c.explanation,
                pair=(rid, oid),
                similarity=round(float(al.similarity), 4),
                rule=c.rule,
            )
        )
    return out


def _statement_findings(ref: Side, other: Side, alignments: Sequence[Alignment]) -> list[Finding]:
    """Sentences with no counterpart in the other source (headlines aside)."""
    rid, oid = ref.article.id, other.article.id
    matched_r = {a.a.index for a in alignments}
    matched_o = {a.b.index for a in alignments}
    out: list[Finding] = []
    for side, matched, label in ((ref, matched_r, ref.article.label), (other, matched_o, other.article.label)):
        for c in side.claims:
            s = c.sentence
            if s.index in matched or s.headline:
                continue
            out.append(
                Finding(
                    verdict="addition",
                    kind="statement",
                    items=(Item(side.article.id, s.text, s),),
                    explanation=f"only {label} says this",
                    pair=(rid, oid),
                )
            )
    return out


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
