"""What matters first: how important each finding is to an editor, and which way an addition goes.

The comparison finds everything; an editor acts on little of it.  This stage
reads a Report (no model, no I/O) and gives each finding a ``Salience``:

* ``importance``: ``contradiction`` (act on it), ``check`` (a figure or credit
  only one source gives), ``context`` (a sentence only one source has),
  ``minor`` (trivia, folded into one line) or ``agreement``;
* for a minor finding, the named rule that folded it (``FOLD_RULES``);
* for an addition, its ``direction``: ``dropped`` (only in the pair's reference:
  the compared copy left it out) or ``new`` (only in the compared copy).

The renderers and the JSON report all read ``assess`` so that every format
folds, orders and numbers the same findings.  Words are data
(``claimcheck/data/salience.json``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .types import Finding, Quantity, Report

Importance = Literal["contradiction", "check", "context", "minor", "agreement"]
Direction = Literal["dropped", "new"]

with open(Path(__file__).parent / "data" / "salience.json", encoding="utf-8") as _fh:
    _DATA = json.load(_fh)
_REFERRING = frozenset(_DATA["referring_determiners"])
_REFERRING_MAX = float(_DATA["referring_count_max"])
_LAST_WORD = re.compile(r"([A-Za-z’']+)\W*$")


@dataclass(frozen=True)
class Salience:
    importance: Importance
    direction: Direction | None = None  # additions only
    folded_by: str | None = None  # the FOLD_RULES name that made it minor

    @property
    def minor(self) -> bool:
        return self.importance == "minor"


@dataclass(frozen=True)
class _Seen:
    """What earlier findings already showed, for the rules that fold repeats."""

    figures: set[tuple]  # (pair, source, figure key) of figures already in a finding
    sentences: set[tuple]  # (pair, source, sentence index) shown through a figure or credit


def _figure(f: Finding) -> Quantity | None:
    return f.items[0].quantity if f.kind == "quantity" and len(f.items) == 1 else None


def _figure_key(q: Quantity) -> tuple:
    return (q.kind, q.unit, q.value, q.low, q.high, q.date.iso() if q.date else None)


# --- the fold rules: each says why an addition is trivia ------------------------------


def _dateline_date(f: Finding, seen: _Seen) -> bool:
    """The dateline's date says when the story was filed, not what happened."""
    q = _figure(f)
    return q is not None and q.role == "dateline"


def _bare_weekday(f: Finding, seen: _Seen) -> bool:
    """A weekday alone ("on Monday"): its date is only inferred from the dateline."""
    q = _figure(f)
    return q is not None and q.date is not None and q.date.weekday is not None and (q.date.day is None or "day" in q.date.inferred)


def _ordinal(f: Finding, seen: _Seen) -> bool:
    """An ordinal that is no rank ("for the first time", "the second round")."""
    q = _figure(f)
    return q is not None and q.kind == "ordinal" and q.unit != "rank"


def _referring_count(f: Finding, seen: _Seen) -> bool:
    """A small count after "the" or "both" ("the two diplomats"): it points back at
    people already named, it reports nothing."""
    q = _figure(f)
    if q is None or q.kind != "count" or q.value is None or q.value > _REFERRING_MAX:
        return False
    before = _LAST_WORD.search(f.items[0].sentence.text[: q.start])
    return before is not None and before.group(1).lower() in _REFERRING


def _repeat(f: Finding, seen: _Seen) -> bool:
    """A figure the same source already gave in an earlier finding of the pair."""
    q = _figure(f)
    return q is not None and (f.pair, f.items[0].source, _figure_key(q)) in seen.figures


def _covered_sentence(f: Finding, seen: _Seen) -> bool:
    """A sentence only one source has, already shown through its figure or credit."""
    if f.kind != "statement" or len(f.items) != 1:
        return False
    item = f.items[0]
    return (f.pair, item.source, item.sentence.index) in seen.sentences


FoldRule = tuple[str, Callable[[Finding, _Seen], bool]]
# In order: the first that holds folds the addition and names the reason.
FOLD_RULES: tuple[FoldRule, ...] = (
    ("dateline-date", _dateline_date),
    ("bare-weekday", _bare_weekday),
    ("ordinal", _ordinal),
    ("referring-count", _referring_count),
    ("repeat", _repeat),
    ("covered-sentence", _covered_sentence),
)


def fold_rule_help() -> list[tuple[str, str]]:
    """(name, why) of every fold rule, for the docs and ``--explain``."""
    return [(name, " ".join((rule.__doc__ or "").split())) for name, rule in FOLD_RULES]


def _direction(f: Finding) -> Direction | None:
    if f.verdict != "addition":
        return None
    return "dropped" if f.items[0].source == f.pair[0] else "new"


def _lone(f: Finding) -> bool:
    return f.kind == "statement" and len(f.items) == 1


def assess(report: Report) -> tuple[Salience, ...]:
    """One Salience per finding of ``report.findings``, in that order."""
    seen = _Seen(set(), set())
    found: dict[int, Salience] = {}
    # Figures and credits first, in report order (a repeat is a later mention);
    # then lone sentences, folded when a figure or credit that is not itself
    # trivia already shows them.
    for n, f in enumerate(report.findings):
        if _lone(f):
            continue
        found[n] = _assess(f, seen)
        if f.kind == "quantity":
            seen.figures.update((f.pair, i.source, _figure_key(i.quantity)) for i in f.items if i.quantity is not None)
        if not found[n].minor:
            seen.sentences.update((f.pair, i.source, i.sentence.index) for i in f.items)
    for n, f in enumerate(report.findings):
        if _lone(f):
            found[n] = _assess(f, seen)
    return tuple(found[n] for n in range(len(report.findings)))


def _assess(f: Finding, seen: _Seen) -> Salience:
    if f.verdict == "contradiction":
        return Salience("contradiction")
    if f.verdict == "agreement":
        return Salience("agreement")
    direction = _direction(f)
    for name, rule in FOLD_RULES:
        if rule(f, seen):
            return Salience("minor", direction, name)
    return Salience("context" if f.kind == "statement" else "check", direction)


# --- the order findings are shown and numbered in, in every format --------------------

# Within one pair: contradictions, then what the copy dropped, then what it
# added (figures and credits before bare sentences), then trivia, then agreements.
_RANK = {
    ("contradiction", None): 0,
    ("check", "dropped"): 1,
    ("context", "dropped"): 2,
    ("check", "new"): 3,
    ("context", "new"): 4,
}


def _rank(s: Salience) -> int:
    if s.importance == "minor":
        return 5
    if s.importance == "agreement":
        return 6
    return _RANK[(s.importance, s.direction)]


@dataclass(frozen=True)
class Shown:
    """A finding with its number (the same in every format) and its salience."""

    number: int
    finding: Finding
    salience: Salience


def presented(report: Report) -> tuple[Shown, ...]:
    """Every finding, numbered from 1 in the order an editor reads them: the
    contradictions of every pair first (pair by pair), then pair by pair the
    rest by ``_rank``; report order within a rank.

    Worked out once per report (every renderer, the claim table and the JSON
    ask for it, some once per pair) and kept on the report itself."""
    kept = report.__dict__.get("_presented")
    if kept is None:
        kept = _present(report)
        object.__setattr__(report, "_presented", kept)  # a memo beside the frozen fields, not one of them
    return kept


def _present(report: Report) -> tuple[Shown, ...]:
    saliences = assess(report)
    findings = report.findings
    pair_index = {(p.reference, p.other): n for n, p in enumerate(report.pairs)}

    def key(n: int) -> tuple[int, int, int, int]:
        rank = _rank(saliences[n])
        return (0 if rank == 0 else 1, pair_index.get(findings[n].pair, 0), rank, n)

    order = sorted(range(len(findings)), key=key)
    return tuple(Shown(number, findings[n], saliences[n]) for number, n in enumerate(order, 1))
