"""The terminal report: a summary first, then numbered findings, worst first.

Built from rich renderables (``Text``, ``Table``), never from markup strings,
so article text can hold "[bold]" or "<script>" and still print literally.
Without colour (NO_COLOR, ``--color never``, a pipe) the meaning survives:
verdicts are written out, figures are marked «like this» and the word diff
uses plain ``[-old-]{+new+}`` markers.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..claimtable import ClaimRow, claim_table, describe
from ..types import Article, Finding, Item, Report
from .text import (
    CELL_MARK,
    MISSING,
    VERDICT_MARK,
    VERDICT_ORDER,
    VERDICT_TITLE,
    VERDICT_WORD,
    DiffPiece,
    diff_worth_showing,
    findings_by_pair,
    folded_figures,
    item_marks,
    label_of,
    legend,
    lone_sentence,
    pair_title,
    plain_diff,
    plural,
    safe,
    spans,
    split_diff,
    tail,
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
CELL_STYLE = {
    "reference": "bold",
    "agrees": "green",
    "contradicts": "bold red",
    "missing": "dim",
    "only": "yellow",
}
# Word-diff changes: deleted words struck out in red, inserted ones underlined
# in green; a changed figure keeps its verdict's colours under the line.
CHANGE = {"-": ("red", "strike"), "+": ("green", "underline")}
SIDE_BY_SIDE_MIN_WIDTH = 120
# Below this width the claim table describes each claim in fewer words.
WIDE_CLAIMS = 140
NARROW_CONTEXT_WORDS = 2
# The label column of a finding never takes more than this share of the width.
LABEL_SHARE = 4


@dataclass(frozen=True)
class TerminalOptions:
    width: int = 100
    color: bool = True
    display: str = "auto"  # "auto", "side-by-side" or "inline"
    show_agreements: bool = False
    show_noise: bool = False
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

    def style(self, style: str) -> str:
        return style if self.opts.color else ""

    # -- pieces ---------------------------------------------------------------

    def styled(self, text: str, style: str) -> Text:
        """Style the words only: a coloured background never runs into the next space."""
        body, space = tail(text)
        return Text.assemble(_t(body, self.style(style)), _t(space))

    def sentence(self, item: Item, verdict: str) -> Text:
        out = Text()
        for piece in spans(item.sentence.text, item_marks(item)):
            if not piece.figure:
                out.append_text(_t(piece.text))
            elif self.opts.color:
                out.append_text(self.styled(piece.text, FIGURE[verdict]))
            else:
                out.append_text(_t(f"«{piece.text}»"))
        return out

    def diff_piece(self, p: DiffPiece, verdict: str) -> Text:
        if p.op == "=":
            return self.styled(p.text, FIGURE[verdict]) if p.figure else _t(p.text)
        colour, line = CHANGE[p.op]
        return self.styled(p.text, f"{FIGURE[verdict] if p.figure else colour} {line}")

    def diff(self, pieces: list[DiffPiece], verdict: str) -> Text:
        if not self.opts.color:
            return _t(plain_diff(pieces))
        out = Text()
        for p in pieces:
            out.append_text(self.diff_piece(p, verdict))
        out.rstrip()
        return out

    def badge(self, verdict: str, number: int) -> Text:
        word = VERDICT_WORD[verdict]
        if self.opts.color:
            return Text.assemble((f"#{number} ", "bold"), (f" {VERDICT_MARK[verdict]} {word} ", f"reverse {STYLE[verdict]}"))
        return Text(f"#{number} {VERDICT_MARK[verdict]} {word}")

    def rule(self, title: str, style: str = "", heavy: bool = False) -> Rule:
        return Rule(_t(title, self.style(style)), align="left", style=self.style("dim"), characters="━" if heavy else "─")

    # -- header and summary ---------------------------------------------------

    def facts(self, art: Article) -> str:
        r = self.report
        facts = []
        if art.path and art.path != "-" and os.path.basename(art.path) != art.label:
            facts.append(os.path.basename(art.path))
        if art.dateline is not None:
            facts.append(f"dateline {art.dateline.text}")
        facts.append(plural(len(r.sentences.get(art.id, ())), "sentence"))
        if art.noise:
            facts.append(f"{plural(len(art.noise), 'web-page line')} set aside")
        return " · ".join(facts)

    def header(self) -> RenderableType:
        r = self.report
        title = Text.assemble(("claimcheck" + (f" {self.opts.version}" if self.opts.version else ""), self.style("bold cyan")), " · ")
        title.append_text(_t(" vs ".join(self.label(a.id) for a in r.articles)))
        rows = Table.grid(padding=(0, 2))
        rows.add_column(no_wrap=True, style=self.style("dim"))
        rows.add_column(no_wrap=True, style=self.style("bold"))
        rows.add_column()
        for art in r.articles:
            role = "reference" if art.id == r.reference else "compared"
            rows.add_row(_t(role), _t(art.label), _t(self.facts(art), self.style("dim")))
        meta = _t(f"model {r.model or '?'} · alignment threshold {r.threshold:.2f}", self.style("dim"))
        return Group(title, Padding(rows, (0, 0, 0, 2)), meta)

    def summary(self) -> RenderableType:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style=self.style("bold"))
        table.add_column("pair", no_wrap=True, overflow="ellipsis")
        for name in ("contradictions", "additions", "agreements", "matched"):
            table.add_column(name, justify="right", no_wrap=True)
        for p in self.report.pairs:
            counts = [p.count(v) for v in VERDICT_ORDER]
            table.add_row(
                _t(pair_title(self.report, p)),
                *(_t(str(n), self.style(STYLE[v]) if n else "") for v, n in zip(VERDICT_ORDER, counts)),
                _t(str(len(p.alignments))),
            )
        return Padding(table, (0, 0, 0, 2))

    # -- the claim table --------------------------------------------------------

    def claim_text(self, row: ClaimRow) -> Text:
        """The row's figure in a few words of its sentence (fewer on a narrow screen)."""
        claim = row.claim if self.opts.width >= WIDE_CLAIMS else describe(row.item, NARROW_CONTEXT_WORDS)
        at = claim.find(row.figure)
        if at < 0:
            return _t(claim)
        before, after = claim[:at], claim[at + len(row.figure) :]
        figure = _t(row.figure, "bold") if self.opts.color else _t(f"«{row.figure}»")
        return Text.assemble(_t(before), figure, _t(after))

    def claims(self) -> list[RenderableType]:
        table_data = claim_table(self.report)
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style=self.style("bold"), expand=True)
        # The claim gets a third of the width or more; each source's column is as
        # wide as its figures need, up to an equal share of the rest.
        usable = self.opts.width - 2
        share = max(10, (usable - usable // 3) // len(table_data.sources) - 2)
        table.add_column("claim", ratio=1, min_width=usable // 3, overflow="fold")
        for source in table_data.sources:
            title = self.label(source) + ("\n(reference)" if source == table_data.reference else "")
            table.add_column(_t(title), max_width=share, overflow="fold")
        for row in table_data.rows:
            cells: list[RenderableType] = [self.claim_text(row)]
            for cell in row.cells:
                if cell.text is None:
                    cells.append(_t(MISSING, self.style(CELL_STYLE["missing"])))
                    continue
                mark = CELL_MARK[cell.verdict]
                cells.append(_t(f"{mark} {cell.text}" if mark else cell.text, self.style(CELL_STYLE[cell.verdict])))
            table.add_row(*cells)
        key = _t(legend(), self.style("dim"))
        return [self.rule(f"Claims across sources ({len(table_data.rows)})", "bold"), Padding(Group(table, Text(""), key), (0, 0, 1, 2))]

    # -- findings ---------------------------------------------------------------

    def head(self, number: int, f: Finding) -> RenderableType:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column()
        grid.add_row(self.badge(f.verdict, number), _t(f.explanation))
        return grid

    def labelled(self, rows: list[tuple[str, Text]]) -> RenderableType:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, overflow="ellipsis", style=self.style("dim"), max_width=max(8, self.opts.width // LABEL_SHARE))
        grid.add_column()
        for label, text in rows:
            grid.add_row(_t(label), text)
        return Padding(grid, (0, 0, 0, 2))

    def columns(self, old: Item, new: Item, verdict: str) -> RenderableType:
        table = Table(box=box.MINIMAL, show_edge=False, expand=True, header_style=self.style("bold"))
        table.add_column(_t(self.label(old.source)), ratio=1)
        table.add_column(_t(self.label(new.source)), ratio=1)
        if diff_worth_showing(old, new):
            left, right = split_diff(old, new)
            table.add_row(self.diff(left, verdict), self.diff(right, verdict))
        else:
            table.add_row(self.sentence(old, verdict), self.sentence(new, verdict))
        return Padding(table, (0, 0, 0, 2))

    def inline(self, old: Item, new: Item, verdict: str) -> RenderableType:
        if not diff_worth_showing(old, new):
            return self.labelled([(self.label(old.source), self.sentence(old, verdict)), (self.label(new.source), self.sentence(new, verdict))])
        a, b = self.label(old.source), self.label(new.source)
        intro = f"word for word the same in {a} and {b}:" if old.sentence.text == new.sentence.text else f"word changes from {a} to {b}:"
        return Padding(Group(_t(intro, self.style("dim")), self.diff(word_diff(old, new), verdict)), (0, 0, 0, 2))

    def finding(self, number: int, f: Finding) -> RenderableType:
        parts: list[RenderableType] = [self.head(number, f)]
        if len(f.items) == 2:
            old, new = f.items
            parts.append(self.columns(old, new, f.verdict) if self.opts.side_by_side else self.inline(old, new, f.verdict))
        else:
            parts.append(self.labelled([(self.label(i.source), self.sentence(i, f.verdict)) for i in f.items]))
        return Padding(Group(*parts), (0, 0, 1, 0))

    def statements(self, numbered: list[tuple[int, Finding]]) -> RenderableType:
        """Sentences only one source has, one line each: editors scan these, they rarely study them."""
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, justify="right", style=self.style(STYLE["addition"]))
        grid.add_column(no_wrap=True, overflow="ellipsis", style=self.style("dim"), max_width=max(8, self.opts.width // LABEL_SHARE))
        grid.add_column()
        for n, f in numbered:
            item = f.items[0]
            grid.add_row(_t(f"#{n}"), _t(self.label(item.source)), _t(item.sentence.text))
        title = _t(f"{plural(len(numbered), 'sentence')} only one source has:", self.style("bold"))
        return Padding(Group(title, grid), (0, 0, 1, 0))

    def folded(self, numbered: list[tuple[int, Finding]]) -> RenderableType:
        line = _t(f"{plural(len(numbered), 'agreement')} folded: ", self.style("dim"))
        line.append_text(_t(" · ".join(folded_figures(numbered)), self.style(STYLE["agreement"])))
        line.append_text(_t(" (list them with --show-agreements)", self.style("dim")))
        return Padding(line, (0, 0, 1, 2))

    def section(self, verdict: str, numbered: list[tuple[int, Finding]]) -> list[RenderableType]:
        out: list[RenderableType] = [self.rule(f"{VERDICT_TITLE[verdict]} ({len(numbered)})", STYLE[verdict])]
        if not numbered:
            out.append(Padding(_t("none", self.style("dim")), (0, 0, 1, 2)))
            return out
        if verdict == "agreement" and not self.opts.show_agreements:
            out.append(self.folded(numbered))
            return out
        out.extend(self.finding(n, f) for n, f in numbered if not lone_sentence(f))
        statements = [(n, f) for n, f in numbered if lone_sentence(f)]
        if statements:
            out.append(self.statements(statements))
        return out

    def sections(self, numbered: list[tuple[int, Finding]]) -> list[RenderableType]:
        out: list[RenderableType] = []
        for verdict in VERDICT_ORDER:
            out.extend(self.section(verdict, [(n, f) for n, f in numbered if f.verdict == verdict]))
        return out

    def noise(self) -> list[RenderableType]:
        rows = [(a.label, line) for a in self.report.articles for line in a.noise]
        out: list[RenderableType] = [self.rule(f"Set aside as web-page leftovers ({len(rows)})", "bold")]
        if not rows:
            return out + [Padding(_t("none", self.style("dim")), (0, 0, 1, 2))]
        return out + [Padding(self.labelled([(label, _t(line)) for label, line in rows]), (0, 0, 1, 0))]

    def body(self) -> list[RenderableType]:
        out: list[RenderableType] = [self.header(), Text(""), self.summary(), Text("")]
        if len(self.report.articles) > 2:
            out.extend(self.claims())
        groups = findings_by_pair(self.report)
        for pair, numbered in groups:
            if len(groups) > 1:
                counts = " · ".join(plural(pair.count(v), v) for v in VERDICT_ORDER)
                out.append(self.rule(f"{pair_title(self.report, pair)}: {counts}", "bold", heavy=True))
            out.extend(self.sections(numbered))
        if self.opts.show_noise:
            out.extend(self.noise())
        return out


_TRAILING = re.compile(r"(?:[ \t]|\x1b\[[0-9;]*m)+$")
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def strip_trailing(text: str) -> str:
    """Drop the spaces rich pads every line with, keeping any style codes among them."""
    lines = []
    for line in text.split("\n"):
        lines.append(_TRAILING.sub(lambda m: "".join(_SGR.findall(m.group())), line))
    return "\n".join(lines).rstrip("\n") + "\n"


def render_terminal(report: Report, opts: TerminalOptions | None = None) -> str:
    """The report as it prints in a terminal (ANSI styles only when ``opts.color``)."""
    opts = opts or TerminalOptions()
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=opts.width,
        color_system="standard" if opts.color else None,
        force_terminal=opts.color,
        no_color=not opts.color,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
        legacy_windows=False,
        force_jupyter=False,
        force_interactive=False,
        _environ={},
    )
    for renderable in _Painter(report, opts).body():
        console.print(renderable)
    return strip_trailing(buf.getvalue())
