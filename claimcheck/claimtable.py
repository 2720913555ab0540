"""The claim table: every figure across all sources, one row per claim.

An editor with three or more stories wants one grid, not a list per pair:
which figure each source gives for the same claim, and whether it matches.
The table is a pure function of a Report (no model, no I/O), so the
terminal, JSON, Markdown and HTML reports all show the same rows.

Rows come from the reference's figures, in its text order, joined across the
findings of the pairs with the reference that pair the same reference figure;
a source that pair leaves empty is filled through another source's figure on
the row, when the pair of those two sources links them unambiguously.  Then
one row per figure that only other sources give: what two of them give alike,
or contradict each other on, is one row.

Each cell is judged against its row's anchor, the first figure in table
order: the reference's ("reference"), or on a row the reference has no
figure for, that of the first source that gives it ("only", like every
figure the reference lacks).  Other cells "agrees" or "contradicts" with the
anchor, or "only" when set on the row by likeness alone (sources never
compared with each other, as in a hand-made Report).  The table never judges
beyond the findings: a cell agrees or contradicts only because a finding, or
a chain of two findings through another source's figure, says so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from .relate import relate
from .salience import presented
from .types import Finding, Item, Quantity, QuantityKind, Report

CellVerdict = Literal["reference", "agrees", "contradicts", "missing", "only"]

# Words of the sentence shown on each side of a figure in a row's description.
CONTEXT_WORDS = 4
# Kinds whose bare figures ("two", "12") say nothing of what they count: two
# sources' additions of these merge only when the words around them overlap.
_BARE_KINDS = frozenset({"count", "number", "ordinal"})


@dataclass(frozen=True)
class ClaimCell:
    """What one source gives for one claim, relative to the row's anchor (its first figure)."""

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


# One finding seen from one of its figures: what it says of the other figure.
def _numbered(report: Report) -> list[tuple[int, Finding]]:
    """Findings with the numbers every format shows them by."""
    return [(s.number, s.finding) for s in presented(report)]


_Link = tuple[CellVerdict, Item, int]  # "agrees" or "contradicts", the other figure, the finding's number


def _then(first: CellVerdict, second: CellVerdict) -> CellVerdict | None:
    """What a chain of two links says: agreeing with a figure that agrees (or
    contradicts) is agreeing (or contradicting); contradicting a contradiction says nothing."""
    if first == "agrees":
        return second
    return "contradicts" if second == "agrees" else None


def _worst_first(links: list[_Link]) -> list[_Link]:
    """A contradiction outranks an agreement; then the first finding."""
    return sorted(links, key=lambda link: (link[0] != "contradicts", link[2]))


def _cell(source: str, links: list[_Link], more: tuple[int, ...] = ()) -> ClaimCell:
    """A cell from the links that put its figure(s) on the row (the worst first), and any further findings."""
    links = _worst_first(links)
    items = list({_key(i): i for _, i, _ in links}.values())
    numbers = tuple(dict.fromkeys([n for _, _, n in links] + list(more)))
    return ClaimCell(source, links[0][0], tuple(items), numbers)


class _Links:
    """Every figure's agreements and contradictions with other sources' figures, from every pair."""

    def __init__(self, report: Report):
        self.by: dict[_Key, dict[str, list[_Link]]] = defaultdict(lambda: defaultdict(list))
        self.compared = {frozenset((p.reference, p.other)) for p in report.pairs}
        for number, f in _numbered(report):
            if f.kind != "quantity" or f.verdict == "addition":
                continue
            verdict: CellVerdict = "agrees" if f.verdict == "agreement" else "contradicts"
            for a in (i for i in f.items if i.source == f.pair[0]):
                for b in (i for i in f.items if i.source == f.pair[1]):
                    self.by[_key(a)][b.source].append((verdict, b, number))
                    self.by[_key(b)][a.source].append((verdict, a, number))

    def of(self, item: Item, source: str) -> list[_Link]:
        """What the pair (item's source, ``source``) says of ``item``."""
        return self.by[_key(item)][source] if _key(item) in self.by else []

    def between(self, item: Item, other: Item) -> list[_Link]:
        return [link for link in self.of(item, other.source) if _key(link[1]) == _key(other)]

    def through(self, anchor: Item, source: str, others: tuple[str, ...]) -> ClaimCell | None:
        """``source``'s figure on a reference row whose own pair with the reference
        left it empty, reached through another source's figure on that row.

        Only when the links are unambiguous: every chain says the same, and no
        figure it reaches is one the pair with the reference paired elsewhere.
        """
        chains: list[_Link] = []
        via: list[int] = []
        for other in others:
            if other == source:
                continue
            for first, middle, n1 in self.of(anchor, other):
                for second, item, n2 in self.of(middle, source):
                    verdict = _then(first, second)
                    if verdict is not None:
                        chains.append((verdict, item, n2))
                        via.append(n1)
        if not chains or len({v for v, _, _ in chains}) > 1:
            return None
        if any(self.of(item, anchor.source) for _, item, _ in chains):
            return None
        return _cell(source, chains, tuple(via))


def claim_table(report: Report) -> ClaimTable:
    """Every figure of every source, one row per claim, judged against the row's first figure.

    A row's first figure (its anchor) is the reference's, or, for a figure the
    reference does not give, that of the first source in table order that
    gives it; every other cell agrees with, contradicts, or merely sits beside it.
    """
    ref = report.reference
    others = tuple(a.id for a in report.articles if a.id != ref)
    sources = (ref, *others)
    links = _Links(report)

    # What each reference pair's additions say: of the reference's figure, which
    # pair left it unpaired; of another source's, that the reference lacks it.
    unmatched: dict[_Key, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    extras: dict[str, list[tuple[Item, int]]] = defaultdict(list)
    for number, f in _numbered(report):
        if f.kind != "quantity" or f.verdict != "addition" or ref not in f.pair:
            continue
        item = f.items[0]
        if item.source == ref:
            unmatched[_key(item)][f.pair[1] if f.pair[0] == ref else f.pair[0]].append(number)
        else:
            extras[item.source].append((item, number))

    rows: list[ClaimRow] = []
    placed: set[_Key] = set()
    for claims in report.claims.get(ref, ()):
        for q in claims.quantities:
            item = Item(source=ref, text=q.text, sentence=claims.sentence, quantity=q)
            cells = [ClaimCell(ref, "reference", (item,))]
            for other in others:
                direct = links.of(item, other)
                cells.append(_cell(other, direct) if direct else ClaimCell(other, "missing", (), tuple(unmatched[_key(item)][other])))
            for n, other in enumerate(others, 1):
                if cells[n].verdict == "missing":
                    cells[n] = links.through(item, other, others) or cells[n]
            placed.update(_key(i) for c in cells for i in c.items)
            rows.append(_row(item, cells))

    # Figures the reference lacks: one row per claim across the other sources.
    groups: list[list[tuple[Item, ClaimCell]]] = []
    for other in others:
        for item, number in sorted(extras[other], key=_text_order):
            if _key(item) in placed:
                continue
            for group in groups:
                cell = _join(group, item, number, links)
                if cell is not None:
                    group.append((item, cell))
                    break
            else:
                groups.append([(item, ClaimCell(other, "only", (item,), (number,)))])
    for group in groups:
        given: dict[str, ClaimCell] = {}
        for _, cell in group:
            given[cell.source] = _merged(given[cell.source], cell) if cell.source in given else cell
        rows.append(_row(group[0][0], [given.get(s, ClaimCell(s, "missing")) for s in sources]))
    return ClaimTable(reference=ref, sources=sources, rows=tuple(rows))


def _join(group: list[tuple[Item, ClaimCell]], item: Item, number: int, links: _Links) -> ClaimCell | None:
    """``item``'s cell on a row the reference has no figure for, or None if it is not that row's claim.

    A finding between ``item`` and the row's anchor says how it stands; else
    one with a figure already on the row, read through that figure's standing.
    Sources never compared with each other (a hand-made Report) fall back on
    likeness: the figures state the same thing.
    """
    anchor = group[0][0]
    if item.source == anchor.source:
        return None
    direct = links.between(item, anchor)
    if direct:
        return _cell(item.source, [(verdict, item, n) for verdict, _, n in direct], (number,))
    chains: list[_Link] = []
    for member, cell in group[1:]:
        if cell.verdict in ("agrees", "contradicts"):
            for link in links.between(item, member):
                verdict = _then(cell.verdict, link[0])
                if verdict is not None:
                    chains.append((verdict, item, link[2]))
    if chains and len({v for v, _, _ in chains}) == 1:
        return _cell(item.source, chains, (number,))
    if any(frozenset((item.source, m.source)) in links.compared for m, _ in group):
        return None
    if all(_mergeable(m, item) for m, _ in group):
        return ClaimCell(item.source, "only", (item,), (number,))
    return None


def _merged(a: ClaimCell, b: ClaimCell) -> ClaimCell:
    """Two figures of one source on one row: one cell, the worse verdict first."""
    first, second = (b, a) if b.verdict == "contradicts" and a.verdict != "contradicts" else (a, b)
    return ClaimCell(a.source, first.verdict, first.items + second.items, tuple(dict.fromkeys(first.findings + second.findings)))
