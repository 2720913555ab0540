"""The terminal report: a summary first, then numbered findings, worst first.

Built from rich renderables (``Text``, ``Table``), never from markup strings,
so article text can hold "[bold]" or "<script>" and still print literally.
Without colour (NO_COLOR, ``--color never``, a pipe) the meaning survives:
verdicts are written out and the word diff uses plain ``[-old-]{+new+}``
markers.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..types import Finding, Item, Report
from .text import (
    VERDICT_MARK,
    VERDICT_ORDER,
    VERDICT_TITLE,
    VERDICT_WORD,
    item_marks,
    label_of,
    ordered_findings,
    plain_diff,
    safe,
    spans,
    word_diff,
)

STYLE = {
    "contradiction": "bold red",
    "addition": "bold yellow",
    "agreement": "bold green",
}
FIGURE = {
    "contradiction": "bold white on red",
    "addition": "bold black on yellow",
    "agreement": "bold black on green",
}
SIDE_BY_SIDE_MIN_WIDTH = 120


@dataclass(frozen=True)
class TerminalOptions:
    width: int = 100
    color: bool = True
    display: str = "auto"  # "auto", "side-by-side" or "inline"
    show_agreements: bool = False
    version: str = ""

    @property
    def side_by_side(self) -> bool:
        if self.display == "side-by-side":
            return True
        if self.display == "inline":
            return False
        return self.width >= SIDE_BY_SIDE_MIN_WIDTH


def _t(text: str, style: str = "") -> Text:
    """Article or user text as a rich Text: never parsed as markup."""
    return Text(safe(text), style=style)


class _Painter:
    """Builds the renderables, in colour or with plain markers."""

    def __init__(self, report: Report, opts: TerminalOptions):
        self.report = report
        self.opts = opts

    def label(self, source_id: str) -> str:
        return label_of(self.report, source_id)

    # -- pieces ---------------------------------------------------------------

    def sentence(self, item: Item, verdict: str) -> Text:
        out = Text()
        for piece in spans(item.sentence.text, item_marks(item)):
            if piece.figure:
                if self.opts.color:
                    out.append_text(_t(piece.text, FIGURE[verdict]))
                else:
                    out.append_text(_t(f"«{piece.text}»"))
            else:
                out.append_text(_t(piece.text))
        return out

    def diff(self, old: Item, new: Item, verdict: str) -> Text:
        pieces = word_diff(old, new)
        if not self.opts.color:
            return _t(plain_diff(pieces))
        out = Text()
        for p in pieces:
            if p.op == "=":
                out.append_text(_t(p.text, FIGURE[verdict] if p.figure else ""))
            elif p.op == "-":
                out.append_text(_t(p.text, "bold red strike" if p.figure else "red strike"))
            else:
                out.append_text(_t(p.text, "bold green underline" if p.figure else "green underline"))
        return out

    def badge(self, verdict: str, number: int) -> Text:
        word = VERDICT_WORD[verdict]
        if self.opts.color:
            return Text.assemble((f"#{number} ", "bold"), (f" {VERDICT_MARK[verdict]} {word} ", f"reverse {STYLE[verdict]}"))
        return Text(f"#{number} {VERDICT_MARK[verdict]} {word}")

    # -- blocks ---------------------------------------------------------------

    def header(self) -> RenderableType:
        r = self.report
        title = Text.assemble(("claimcheck", "bold cyan" if self.opts.color else ""), "  ")
        names = [self.label(a.id) for a in r.articles]
        title.append_text(_t(" vs ".join(names)))
        rows = Table.grid(padding=(0, 2))
        rows.add_column(no_wrap=True)
        rows.add_column()
        for art in r.articles:
            role = "reference" if art.id == r.reference else "compared"
            facts = [f"{len(r.sentences.get(art.id, ()))} sentences"]
            if art.dateline is not None:
                facts.insert(0, f"dateline {art.dateline.text}")
            if art.noise:
                facts.append(f"{len(art.noise)} web-page line{'s' if len(art.noise) != 1 else ''} set aside")
            rows.add_row(_t(f"{role:>9}", "dim" if self.opts.color else ""), Text.assemble(_t(self.label(art.id), "bold" if self.opts.color else ""), _t("  " + " · ".join(facts), "dim" if self.opts.color else "")))
        meta = _t(f"model {r.model or '?'} · alignment threshold {r.threshold:.2f}", "dim" if self.opts.color else "")
        return Group(title, rows, meta)

    def summary(self) -> RenderableType:
        table = Table(box=box.SIMPLE_HEAD if self.opts.color else box.ASCII, show_edge=False, pad_edge=False, expand=False)
        table.add_column("pair")
        table.add_column("contradictions", justify="right")
        table.add_column("additions", justify="right")
        table.add_column("agreements", justify="right")
        table.add_column("matched sentences", justify="right")
        for p in self.report.pairs:
            table.add_row(
                _t(f"{self.label(p.reference)} ↔ {self.label(p.other)}"),
                _t(str(p.count("contradiction")), STYLE["contradiction"] if p.count("contradiction") and self.opts.color else ""),
                _t(str(p.count("addition")), STYLE["addition"] if p.count("addition") and self.opts.color else ""),
                _t(str(p.count("agreement")), STYLE["agreement"] if self.opts.color else ""),
                _t(str(len(p.alignments))),
            )
        return table

    def finding(self, number: int, f: Finding) -> RenderableType:
        head = self.badge(f.verdict, number)
        head.append(" ")
        head.append_text(_t(f.kind, "dim" if self.opts.color else ""))
        head.append("  ")
        head.append_text(_t(f.explanation))
        parts: list[RenderableType] = [head]
        if len(f.items) == 2:
            old, new = f.items
            if self.opts.side_by_side:
                parts.append(self.columns(old, new, f.verdict))
            else:
                parts.append(self.stacked(old, new, f.verdict))
        else:
            for it in f.items:
                parts.append(self.one(it, f.verdict))
        return Padding(Group(*parts), (0, 0, 1, 0))

    def columns(self, old: Item, new: Item, verdict: str) -> RenderableType:
        table = Table(box=box.ROUNDED if self.opts.color else box.ASCII, expand=True, show_lines=False, padding=(0, 1))
        table.add_column(_t(self.label(old.source)), ratio=1)
        table.add_column(_t(self.label(new.source)), ratio=1)
        table.add_row(self.sentence(old, verdict), self.sentence(new, verdict))
        return table

    def stacked(self, old: Item, new: Item, verdict: str) -> RenderableType:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="dim" if self.opts.color else "")
        grid.add_column()
        grid.add_row(_t(self.label(old.source)), self.sentence(old, verdict))
        grid.add_row(_t(self.label(new.source)), self.sentence(new, verdict))
        if old.sentence.text != new.sentence.text:
            grid.add_row(_t("diff"), self.diff(old, new, verdict))
        return Padding(grid, (0, 0, 0, 2))

    def one(self, item: Item, verdict: str) -> RenderableType:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="dim" if self.opts.color else "")
        grid.add_column()
        grid.add_row(_t(self.label(item.source)), self.sentence(item, verdict))
        return Padding(grid, (0, 0, 0, 2))

    def section(self, verdict: str, numbered: list[tuple[int, Finding]]) -> list[RenderableType]:
        title = f"{VERDICT_TITLE[verdict]} ({len(numbered)})"
        out: list[RenderableType] = [Rule(_t(title, STYLE[verdict] if self.opts.color else ""), align="left", style="dim" if self.opts.color else "", characters="─" if self.opts.color else "-")]
        if not numbered:
            out.append(Padding(_t("none", "dim" if self.opts.color else ""), (0, 0, 1, 2)))
            return out
        if verdict == "agreement" and not self.opts.show_agreements:
            figures = sorted({(n, f.items[0].text) for n, f in numbered if f.kind == "quantity"})
            shown = ", ".join(text for _, text in figures[:12]) + (" …" if len(figures) > 12 else "")
            line = _t(f"{len(numbered)} agreements folded", "dim" if self.opts.color else "")
            if shown:
                line.append_text(_t(f" (figures: {shown})", "dim" if self.opts.color else ""))
            line.append_text(_t(" - show them with --show-agreements", "dim" if self.opts.color else ""))
            out.append(Padding(line, (0, 0, 1, 2)))
            return out
        out.extend(self.finding(n, f) for n, f in numbered)
        return out

    def body(self) -> list[RenderableType]:
        numbered = ordered_findings(self.report)
        out: list[RenderableType] = [self.header(), Text(""), self.summary(), Text("")]
        for verdict in VERDICT_ORDER:
            out.extend(self.section(verdict, [(n, f) for n, f in numbered if f.verdict == verdict]))
        return out


def render_terminal(report: Report, opts: TerminalOptions | None = None) -> str:
    """The report as it prints in a terminal (ANSI styles only when ``opts.color``)."""
    opts = opts or TerminalOptions()
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=opts.width,
        color_system="truecolor" if opts.color else None,
        force_terminal=opts.color,
        no_color=not opts.color,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
        legacy_windows=False,
        force_jupyter=False,
        force_interactive=False,
    )
    for renderable in _Painter(report, opts).body():
        console.print(renderable)
    return buf.getvalue()
