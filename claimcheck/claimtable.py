"""The claim table: every figure across all sources, one row per claim.

An editor with three or more stories wants one grid, not N-1 pairwise lists:
which figure each source gives for the same claim, and whether it matches the
reference.  The table is a pure function of a Report (no model, no I/O), so
the terminal, JSON, Markdown and HTML reports all show the same rows.

Rows come from the reference's figures, in its text order, joined across the
pairwise findings that pair the same reference figure; then one row per
figure that only other sources give, merged across sources when the figures
state the same thing.  The table never judges beyond the findings: a cell
agrees or contradicts only because a finding says so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from .relate import relate
from .types import Item, Quantity, QuantityKind, Report

CellVerdict = Literal["reference", "agrees", "contradicts", "missing", "only"]

# Words of the sentence shown on each side of a figure in a row's description.
CONTEXT_WORDS = 4
# Kinds whose bare figures ("two", "12") say nothing of what they count: two
# sources' additions of these merge only when the words around them overlap.
_BARE_KINDS = frozenset({"count", "number", "ordinal"})


@dataclass(frozen=True)
class ClaimCell:
    """What one source gives for one claim, relative to the reference."""

    source: str
    verdict: CellVerdict
    items: tuple[Item, ...] = ()  # the source's figure(s); empty when missing
    findings: tuple[int, ...] = ()  # numbers of the findings behind this cell (report order, from 1)

    @property
    def text(self) -> str | None:
        """The figure as this source writes it (the first, if several match)."""
        return self.items[0].text if self.items else None


@dataclass(frozen=True)
class ClaimRow:
    """One claim: a figure in a few words of its sentence, and every source's cell."""

    claim: str  # e.g. "…imposed a significant 29% tariff on Pakistani…"
    figure: str  # the figure the row is built on, as written
    kind: QuantityKind
    unit: str | None
    origin: str  # the source whose figure the row is built on
    cells: tuple[ClaimCell, ...]  # one per ClaimTable.sources, in that order

    @property
    def item(self) -> Item:
        """The figure the row is built on, in its sentence."""
        return self.cell(self.origin).items[0]

    def cell(self, source: str) -> ClaimCell:
        for c in self.cells:
            if c.source == source:
                return c
        raise KeyError(source)


@dataclass(frozen=True)
class ClaimTable:
    reference: str
    sources: tuple[str, ...]  # the reference first, then the others in report order
    rows: tuple[ClaimRow, ...]


_Key = tuple[str, int, int, int]  # source, sentence index, figure start, figure end
_WORD = re.compile(r"\S+")


def _figure(item: Item) -> Quantity:
    assert item.quantity is not None, "claim-table items are figures"
    return item.quantity


def _key(item: Item) -> _Key:
    q = _figure(item)
    return (item.source, item.sentence.index, q.start, q.end)


def describe(item: Item, words: int = CONTEXT_WORDS) -> str:
    """The figure with a few words either side, so a row says what it is about."""
    q = _figure(item)
    text = item.sentence.text
    before = list(_WORD.finditer(text, 0, q.start))
    after = list(_WORD.finditer(text, q.end))
    left = before[-words:]
    right = after[:words]
    lo = left[0].start() if left else q.start
    hi = right[-1].end() if right else q.end
    out = text[lo:hi].strip().strip(",;:–—-").strip()
    if len(left) < len(before):
        out = "…" + out
    if len(right) < len(after):
        out = out.rstrip(".,;:") + "…"
    return " ".join(out.split())


def _mergeable(a: Item, b: Item) -> bool:
    """Whether two sources' extra figures state the same thing (one row for both)."""
    qa, qb = _figure(a), _figure(b)
    if a.source == b.source:
        return False
    if (qa.kind, qa.unit, qa.role, qa.period) != (qb.kind, qb.unit, qb.role, qb.period) or not relate(qa, qb).agrees:
        return False
    if qa.kind in _BARE_KINDS and qa.unit is None:
        return bool(set(qa.about) & set(qb.about))
    return True


def _text_order(entry: tuple[Item, int]) -> tuple[int, int, int]:
    item, number = entry
    return (item.sentence.index, _figure(item).start, number)


def _row(item: Item, cells: list[ClaimCell]) -> ClaimRow:
    q = _figure(item)
    return ClaimRow(describe(item), q.text, q.kind, q.unit, item.source, tuple(cells))


def claim_table(report: Report) -> ClaimTable:
    """Every figure of every source, one row per claim, judged against the reference."""
    ref = report.reference
    others = tuple(a.id for a in report.articles if a.id != ref)
    sources = (ref, *others)

    # Per reference figure and per other source: what that pair's findings say.
    paired: dict[_Key, dict[str, list[tuple[CellVerdict, Item, int]]]] = defaultdict(lambda: defaultdict(list))
    unmatched: dict[_Key, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    extras: dict[str, list[tuple[Item, int]]] = defaultdict(list)
    for number, f in enumerate(report.findings, 1):
        if f.kind != "quantity" or ref not in f.pair:
            continue  # the table reads the reference's pairs only
        other = f.pair[1]
        if f.verdict == "addition":
            item = f.items[0]
            if item.source == ref:
                unmatched[_key(item)][other].append(number)
            else:
                extras[item.source].append((item, number))
            continue
        verdict: CellVerdict = "agrees" if f.verdict == "agreement" else "contradicts"
        ref_item = next(i for i in f.items if i.source == ref)
        for other_item in (i for i in f.items if i.source != ref):
            paired[_key(ref_item)][other].append((verdict, other_item, number))

    rows: list[ClaimRow] = []
    for claims in report.claims.get(ref, ()):
        for q in claims.quantities:
            item = Item(source=ref, text=q.text, sentence=claims.sentence, quantity=q)
            cells = [ClaimCell(ref, "reference", (item,))]
            for other in others:
                # A contradiction outranks an agreement; then the first finding.
                links = sorted(paired[_key(item)][other], key=lambda link: (link[0] != "contradicts", link[2]))
                if links:
                    cells.append(ClaimCell(other, links[0][0], tuple(i for _, i, _ in links), tuple(n for _, _, n in links)))
                else:
                    cells.append(ClaimCell(other, "missing", (), tuple(unmatched[_key(item)][other])))
            rows.append(_row(item, cells))

    # Figures the reference lacks: one row per claim, merged across sources.
    groups: list[list[tuple[Item, int]]] = []
    for other in others:
        for item, number in sorted(extras[other], key=_text_order):
            home = next((g for g in groups if all(_mergeable(i, item) for i, _ in g)), None)
            if home is None:
                groups.append([(item, number)])
            else:
                home.append((item, number))
    for group in groups:
        given = {i.source: ClaimCell(i.source, "only", (i,), (n,)) for i, n in group}
        rows.append(_row(group[0][0], [given.get(s, ClaimCell(s, "missing")) for s in sources]))
    return ClaimTable(reference=ref, sources=sources, rows=tuple(rows))
