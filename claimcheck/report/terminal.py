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
    VERDICT_ORDER,
    DiffPiece,
    diff_worth_showing,
    MARK,
    WORD,
    Section,
    every_contradiction,
    explained_rule,
    findings_by_pair,
    folded_figures,
    item_marks,
    label_of,
    legend,
    location,
    lone_sentence,
    mark_key,
    minor_words,
    pair_sections,
    pair_title,
    saliences,
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
    "dropped": "bold magenta",
    "new": "bold cyan",
    "minor": "dim",
    "agreement": "bold green",
}
FIGURE = {
    "contradiction": "bold white on red",
    "addition": "bold black on yellow",
    "dropped": "bold white on magenta",
    "new": "bold black on cyan",
    "minor": "bold",
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
    show_minor: bool = False
    explain: bool = False  # name the rule behind every finding
    version: str = ""

    @property
    def side_by_side(self) -> bool:
        if self.display == "side-by-side":
            return True
        if self.display == "inline":
            return False
        return self.width >= SIDE_BY_SIDE_MIN_WIDTH


def _short_labels(report: Report, room: int) -> dict[str, str]:
    """Labels without the prefix they all share ("pakistan-us-b.txt" -> "b.txt"),
    when some label is longer than the room a label column has; {} otherwise."""
    labels = {a.id: a.label for a in report.articles}
    if max(map(len, labels.values())) <= room:
        return {}
    prefix = os.path.commonprefix(list(labels.values()))
    cut = max(prefix.rfind(c) for c in " -_./") + 1
    if cut < 4:
        return {}
    short = {k: v[cut:] for k, v in labels.items()}
    if len(set(short.values())) < len(short) or not all(short.values()):
        return {}
    return short


def _t(text: str, style: str = "") -> Text:
    """Article or user text as a rich Text: never parsed as markup."""
    return Text(safe(text), style=style)


class _Painter:
    """Builds the renderables, in colour or with plain markers."""

    def __init__(self, report: Report, opts: TerminalOptions):
        self.report = report
        self.opts = opts
        self.sal = saliences(report)
        self.short = _short_labels(report, max(8, opts.width // LABEL_SHARE))

    def label(self, source_id: str) -> str:
        return self.short.get(source_id) or label_of(self.report, source_id)

    def key(self, number: int, f: Finding) -> str:
        return mark_key(f, self.sal[number])

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

    def badge(self, key: str, number: int) -> Text:
        word = WORD[key]
        if self.opts.color:
            return Text.assemble((f"#{number} ", "bold"), (f" {MARK[key]} {word} ", f"reverse {STYLE[key]}"))
        return Text(f"#{number} {MARK[key]} {word}")

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
        title.append_text(_t(" vs ".join(a.label for a in r.articles)))
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
        """Counts per pair (a table when it fits, else a line per pair), then every
        contradiction in one line each: the first screen shows what to act on."""
        parts: list[RenderableType] = [self.counts()]
        glance = self.glance()
        if glance is not None:
            parts += [Text(""), glance]
        return Padding(Group(*parts), (0, 0, 0, 2))

    def counts(self) -> RenderableType:
        names = ("contradictions", "additions", "agreements", "matched")
        titles = [pair_title(self.report, p, self.label) for p in self.report.pairs]
        if max(map(len, titles)) + sum(len(n) + 3 for n in names) > self.opts.width - 2:
            lines = Text()
            for title, p in zip(titles, self.report.pairs):
                counts = [p.count(v) for v in VERDICT_ORDER]
                line = Text.assemble(_t(title, self.style("bold")), ": ")
                for n, (v, c) in enumerate(zip(VERDICT_ORDER, counts)):
                    line.append_text(_t(("" if n == 0 else " · ") + plural(c, v), self.style(STYLE[v]) if c else ""))
                line.append_text(_t(f" · {plural(len(p.alignments), 'sentence')} matched"))
                lines.append_text(line)
                lines.append("\n")
            lines.rstrip()
            return lines
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style=self.style("bold"))
        table.add_column("pair", no_wrap=True, overflow="ellipsis")
        for name in names:
            table.add_column(name, justify="right", no_wrap=True)
        for title, p in zip(titles, self.report.pairs):
            counts = [p.count(v) for v in VERDICT_ORDER]
            table.add_row(
                _t(title),
                *(_t(str(n), self.style(STYLE[v]) if n else "") for v, n in zip(VERDICT_ORDER, counts)),
                _t(str(len(p.alignments))),
            )
        return table

    def glance(self) -> RenderableType | None:
        """One line per contradiction, numbered as below: "#1 ✘ 42% ≠ 24 percent  ¶4·s9 / ¶3·s5"."""
        rows = [(n, f) for _, numbered in findings_by_pair(self.report) for n, f in numbered if f.verdict == "contradiction"]
        if not rows:
            return None
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, justify="right")
        grid.add_column(no_wrap=True, overflow="ellipsis")
        several = len(self.report.pairs) > 1
        for n, f in rows:
            sides = " ≠ ".join(i.text for i in f.items)
            where = " / ".join((f"{self.label(i.source)} " if several else "") + location(i.sentence) for i in f.items)
            line = Text.assemble(_t(sides, self.style(STYLE["contradiction"])), _t(f"  {where}", self.style("dim")))
            grid.add_row(_t(f"#{n} {MARK['contradiction']}", self.style("bold")), line)
        return grid

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
        grid.add_row(self.badge(self.key(number, f), number), _t(f.explanation))
        if self.opts.explain:
            grid.add_row(Text(""), _t(f"rule: {explained_rule(f, self.sal[number])}", self.style("dim")))
        return grid

    def labelled(self, rows: list[tuple[str, str, Text]]) -> RenderableType:
        """Label, location, text: one row per source's side."""
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, overflow="ellipsis", style=self.style("dim"), max_width=max(8, self.opts.width // LABEL_SHARE))
        grid.add_column(no_wrap=True, style=self.style("dim"))
        grid.add_column()
        for label, where, text in rows:
            grid.add_row(_t(label), _t(where), text)
        return Padding(grid, (0, 0, 0, 2))

    def columns(self, old: Item, new: Item, key: str) -> RenderableType:
        table = Table(box=box.MINIMAL, show_edge=False, expand=True, header_style=self.style("bold"))
        table.add_column(_t(f"{self.label(old.source)} {location(old.sentence)}"), ratio=1)
        table.add_column(_t(f"{self.label(new.source)} {location(new.sentence)}"), ratio=1)
        if diff_worth_showing(old, new):
            left, right = split_diff(old, new)
            table.add_row(self.diff(left, key), self.diff(right, key))
        else:
            table.add_row(self.sentence(old, key), self.sentence(new, key))
        return Padding(table, (0, 0, 0, 2))

    def side(self, item: Item, key: str) -> tuple[str, str, Text]:
        return (self.label(item.source), location(item.sentence), self.sentence(item, key))

    def inline(self, old: Item, new: Item, key: str) -> RenderableType:
        if not diff_worth_showing(old, new):
            return self.labelled([self.side(old, key), self.side(new, key)])
        a = f"{self.label(old.source)} {location(old.sentence)}"
        b = f"{self.label(new.source)} {location(new.sentence)}"
        intro = f"word for word the same in {a} and {b}:" if old.sentence.text == new.sentence.text else f"word changes from {a} to {b}:"
        return Padding(Group(_t(intro, self.style("dim")), self.diff(word_diff(old, new), key)), (0, 0, 0, 2))

    def finding(self, number: int, f: Finding) -> RenderableType:
        key = self.key(number, f)
        parts: list[RenderableType] = [self.head(number, f)]
        if len(f.items) == 2:
            old, new = f.items
            parts.append(self.columns(old, new, key) if self.opts.side_by_side else self.inline(old, new, key))
        else:
            parts.append(self.labelled([self.side(i, key) for i in f.items]))
        return Padding(Group(*parts), (0, 0, 1, 0))

    def statements(self, numbered: list[tuple[int, Finding]], title: str) -> RenderableType:
        """Sentences only one source has, one line each: editors scan these, they rarely study them."""
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, justify="right", style=self.style("bold"))
        grid.add_column(no_wrap=True, style=self.style("dim"))
        grid.add_column()
        if self.opts.explain:
            grid.add_column(no_wrap=True, style=self.style("dim"))
        for n, f in numbered:
            item = f.items[0]
            rule = [_t(explained_rule(f, self.sal[n]))] if self.opts.explain else []
            grid.add_row(_t(f"#{n}"), _t(location(item.sentence)), _t(item.sentence.text), *rule)
        return Padding(Group(_t(title, self.style("bold")), grid), (0, 0, 1, 2))

    def folded(self, numbered: list[tuple[int, Finding]]) -> RenderableType:
        line = _t(f"{plural(len(numbered), 'agreement')} folded: ", self.style("dim"))
        line.append_text(_t(" · ".join(folded_figures(numbered)), self.style(STYLE["agreement"])))
        line.append_text(_t(" (list them with --show-agreements)", self.style("dim")))
        return Padding(line, (0, 0, 1, 2))

    def minor_line(self, numbered: list[tuple[int, Finding]]) -> RenderableType:
        line = _t(f"{plural(len(numbered), 'minor finding')} folded: ", self.style("dim"))
        line.append_text(_t(" · ".join(minor_words(numbered))))
        line.append_text(_t(" (list them with --show-minor)", self.style("dim")))
        return Padding(line, (0, 0, 1, 2))

    def minor_list(self, numbered: list[tuple[int, Finding]]) -> RenderableType:
        """Trivia, one line each, with the rule that folded it."""
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, justify="right", style=self.style("bold"))
        grid.add_column(no_wrap=True, style=self.style("dim"))
        grid.add_column()
        grid.add_column(no_wrap=True, style=self.style("dim"))
        for n, f in numbered:
            item = f.items[0]
            what = f.explanation if f.kind != "statement" else f"{self.label(item.source)}: {item.sentence.text}"
            why = explained_rule(f, self.sal[n]) if self.opts.explain else self.sal[n].folded_by or ""
            grid.add_row(_t(f"#{n} {MARK[self.key(n, f)]}"), _t(location(item.sentence)), _t(what), _t(why))
        return Padding(grid, (0, 0, 1, 2))

    def section(self, sec: Section) -> list[RenderableType]:
        numbered = list(sec.entries)
        if not numbered and sec.key in ("dropped", "new", "minor"):
            return []
        style = STYLE[sec.key]
        out: list[RenderableType] = [self.rule(f"{sec.title} ({len(numbered)})", style)]
        if not numbered:
            out.append(Padding(_t("none", self.style("dim")), (0, 0, 1, 2)))
            return out
        if sec.key == "agreement" and not self.opts.show_agreements:
            return out + [self.folded(numbered)]
        if sec.key == "minor":
            return out + [self.minor_list(numbered) if self.opts.show_minor else self.minor_line(numbered)]
        out.extend(self.finding(n, f) for n, f in numbered if not lone_sentence(f))
        statements = [(n, f) for n, f in numbered if lone_sentence(f)]
        if statements:
            out.append(self.statements(statements, f"{plural(len(statements), 'sentence')} only {sec.source} has:"))
        return out

    def sections(self, pair, numbered: list[tuple[int, Finding]]) -> list[RenderableType]:
        out: list[RenderableType] = []
        for sec in pair_sections(self.report, pair, numbered):
            out.extend(self.section(sec))
        return out

    def noise(self) -> list[RenderableType]:
        rows = [(a.label, line) for a in self.report.articles for line in a.noise]
        out: list[RenderableType] = [self.rule(f"Set aside as web-page leftovers ({len(rows)})", "bold")]
        if not rows:
            return out + [Padding(_t("none", self.style("dim")), (0, 0, 1, 2))]
        return out + [Padding(self.labelled([(label, "", _t(line)) for label, line in rows]), (0, 0, 1, 0))]

    def body(self) -> list[RenderableType]:
        out: list[RenderableType] = [self.header(), Text(""), self.summary(), Text("")]
        if len(self.report.articles) > 2:
            out.extend(self.claims())
        first = every_contradiction(self.report)
        if first is not None:
            out.extend(self.section(first))
        groups = findings_by_pair(self.report)
        for pair, numbered in groups:
            if len(groups) > 1:
                counts = " · ".join(plural(pair.count(v), v) for v in VERDICT_ORDER)
                out.append(self.rule(f"{pair_title(self.report, pair, self.label)}: {counts}", "bold", heavy=True))
            out.extend(self.sections(pair, numbered))
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
