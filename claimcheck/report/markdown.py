"""The Markdown report: for a ticket, a pull request or a chat message.

GitHub-flavoured Markdown: a summary table, the claim table for three or
more sources, then numbered findings with both sentences quoted, figures in
**bold** and a word diff in ~~struck~~ / **bold** words.  Article text is
escaped so that "*", "_", "[", "<script>" or "|" print as themselves and
never format, link or break a table.
"""

from __future__ import annotations

import re

from ..claimtable import ClaimRow, claim_table
from ..types import Finding, Item, PairResult, Report
from .text import (
    CELL_MARK,
    MISSING,
    VERDICT_ORDER,
    DiffPiece,
    changed_runs,
    diff_worth_showing,
    MARK,
    every_contradiction,
    findings_by_pair,
    item_marks,
    label_of,
    legend,
    location,
    lone_sentence,
    mark_key,
    pair_sections,
    pair_title,
    saliences,
    plural,
    safe,
    spans,
    tail,
    word_diff,
)

# Every character that can start or end Markdown formatting, a link, an HTML
# tag, a heading, a table cell or (on GitHub) maths; and "&" where it would
# start an entity ("&amp;").
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$]|&(?=#?\w+;))")


def md(text: str) -> str:
    """Article text as literal Markdown: one line, every special character escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(safe(text).split("\n")))


def _wrap(text: str, mark: str) -> str:
    """**bold** (or ~~struck~~) around the words, not the space after them."""
    body, space = tail(text)
    return f"{mark}{md(body)}{mark}{md(space)}" if body.strip() else md(text)


def sentence(item: Item) -> str:
    return "".join(_wrap(p.text, "**") if p.figure else md(p.text) for p in spans(item.sentence.text, item_marks(item)))


def diff(pieces: list[DiffPiece]) -> str:
    out = []
    for p in changed_runs(pieces):
        if p.op == "=":
            out.append(md(p.text))
        else:
            out.append(_wrap(p.text, "~~" if p.op == "-" else "**"))
    return "".join(out).strip()


def _table(header: list[str], rows: list[list[str]], align: str) -> list[str]:
    """A GFM table; ``align`` has one letter per column: l or r."""
    rule = ["---:" if a == "r" else "---" for a in align]
    return ["| " + " | ".join(cells) + " |" for cells in (header, rule, *rows)]


class _Writer:
    def __init__(self, report: Report, version: str):
        self.report = report
        self.version = version
        self.sal = saliences(report)

    def label(self, source_id: str) -> str:
        return md(label_of(self.report, source_id))

    def header(self) -> list[str]:
        r = self.report
        rows = []
        for art in r.articles:
            role = "reference" if art.id == r.reference else "compared"
            dateline = md(art.dateline.text) if art.dateline else MISSING
            rows.append([f"**{md(art.label)}**", role, dateline, str(len(r.sentences.get(art.id, ()))), str(len(art.noise))])
        title = " vs ".join(md(a.label) for a in r.articles)
        return [
            f"# claimcheck: {title}",
            "",
            *_table(["source", "role", "dateline", "sentences", "web-page lines set aside"], rows, "lllrr"),
            "",
            f"Model {md(r.model or '?')}, alignment threshold {r.threshold:.2f}.",
        ]

    def summary(self) -> list[str]:
        rows = [
            [md(pair_title(self.report, p)), *(str(p.count(v)) for v in VERDICT_ORDER), str(len(p.alignments))]
            for p in self.report.pairs
        ]
        return ["", "## Summary", "", *_table(["pair", "contradictions", "additions", "agreements", "matched sentences"], rows, "lrrrr")]

    def claim_cell(self, row: ClaimRow, source: str) -> str:
        cell = row.cell(source)
        if cell.text is None:
            return MISSING
        mark = CELL_MARK[cell.verdict]
        text = f"**{md(cell.text)}**" if cell.verdict == "contradicts" else md(cell.text)
        return f"{mark} {text}" if mark else text

    def claims(self) -> list[str]:
        table = claim_table(self.report)
        header = ["claim"] + [self.label(s) + (" (reference)" if s == table.reference else "") for s in table.sources]
        rows = []
        for row in table.rows:
            at = row.claim.find(row.figure)
            claim = md(row.claim) if at < 0 else md(row.claim[:at]) + f"**{md(row.figure)}**" + md(row.claim[at + len(row.figure) :])
            rows.append([claim] + [self.claim_cell(row, s) for s in table.sources])
        return ["", f"## Claims across sources ({len(table.rows)})", "", *_table(header, rows, "l" * len(header)), "", legend()]

    def finding(self, number: int, f: Finding) -> list[str]:
        key = mark_key(f, self.sal[number])
        word = {"dropped": "dropped", "new": "new"}.get(key, f.verdict)
        rule = f" <sub>rule: {md(f.rule)}</sub>" if f.rule else ""
        out = ["", f"**#{number} {MARK[key]} {word}** — {md(f.explanation)}{rule}", ""]
        quotes = [f"> **{self.label(i.source)}** ({location(i.sentence)}): {sentence(i)}" for i in f.items]
        out.append("\n>\n".join(quotes))
        if len(f.items) == 2 and diff_worth_showing(*f.items) and f.items[0].sentence.text != f.items[1].sentence.text:
            out += ["", f"Word changes: {diff(word_diff(*f.items))}"]
        return out

    def statements(self, numbered: list[tuple[int, Finding]], source: str | None) -> list[str]:
        out = ["", f"{plural(len(numbered), 'sentence')} only {md(source) if source else 'one source'} has:", ""]
        out += [f"- **#{n}** ({location(f.items[0].sentence)}) {md(f.items[0].sentence.text)}" for n, f in numbered]
        return out

    def minor(self, numbered: list[tuple[int, Finding]]) -> list[str]:
        """Trivia, one line each with the rule that folded it."""
        out = [""]
        for n, f in numbered:
            item = f.items[0]
            what = md(f.explanation) if f.kind != "statement" else f"{self.label(item.source)}: {md(item.sentence.text)}"
            out.append(f"- #{n} {MARK[mark_key(f, self.sal[n])]} ({location(item.sentence)}) {what} — *{self.sal[n].folded_by}*")
        return out

    def pair(self, pair: PairResult, numbered: list[tuple[int, Finding]], level: str) -> list[str]:
        out: list[str] = []
        for sec in pair_sections(self.report, pair, numbered):
            chosen = list(sec.entries)
            if not chosen and sec.key in ("dropped", "new", "minor"):
                continue
            out += ["", f"{level} {md(sec.title)} ({len(chosen)})"]
            if not chosen:
                out += ["", "None."]
            if sec.key == "minor":
                out += self.minor(chosen)
                continue
            for n, f in chosen:
                if not lone_sentence(f):
                    out += self.finding(n, f)
            statements = [(n, f) for n, f in chosen if lone_sentence(f)]
            if statements:
                out += self.statements(statements, sec.source)
        return out

    def findings(self) -> list[str]:
        groups = findings_by_pair(self.report)
        if len(groups) == 1:
            return ["", "## Findings", *self.pair(groups[0][0], groups[0][1], "###")]
        out: list[str] = []
        first = every_contradiction(self.report)
        if first is not None:
            out += ["", f"## {first.title} ({len(first.entries)})"] + (["", "None."] if not first.entries else [])
            for n, f in first.entries:
                out += self.finding(n, f)
        for pair, numbered in groups:
            out += ["", f"## Findings: {md(pair_title(self.report, pair))}", "", self.counts(pair)]
            out += self.pair(pair, numbered, "###")
        return out

    def counts(self, pair: PairResult) -> str:
        return " · ".join(plural(pair.count(v), v) for v in VERDICT_ORDER)

    def noise(self) -> list[str]:
        rows = [f"- {md(a.label)}: {md(line)}" for a in self.report.articles for line in a.noise]
        if not rows:
            return []
        return ["", f"## Set aside as web-page leftovers ({len(rows)})", "", *rows]

    def document(self) -> str:
        lines = self.header() + self.summary()
        if len(self.report.articles) > 2:
            lines += self.claims()
        lines += self.findings() + self.noise()
        made = f"claimcheck {self.version}" if self.version else "claimcheck"
        lines += ["", "---", "", f"Made by {made}."]
        return "\n".join(lines).strip() + "\n"


def render_markdown(report: Report, *, version: str = "") -> str:
    """The report as GitHub-flavoured Markdown."""
    return _Writer(report, version).document()
