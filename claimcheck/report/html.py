"""The HTML report: one self-contained page to share (mail it, attach it, print it).

No scripts, fonts, images or anything else fetched: the styles are inline and
a Content-Security-Policy forbids the rest, as a second line of defence
behind escaping.  Every string that comes from an article (sentences,
figures, labels, file names, web-page leftovers) goes through ``esc``.
The page reads well in light and dark mode and on paper.
"""

from __future__ import annotations

import html
import os

from ..claimtable import ClaimRow, claim_table
from ..types import Article, Finding, Item, PairResult, Report
from .text import (
    CELL_MARK,
    CELL_WORD,
    KIND_WORD,
    MISSING,
    VERDICT_ORDER,
    DiffPiece,
    diff_worth_showing,
    MARK,
    every_contradiction,
    Section,
    findings_by_pair,
    item_marks,
    label_of,
    location,
    lone_sentence,
    mark_key,
    minor_words,
    pair_sections,
    saliences,
    noun,
    pair_title,
    plural,
    safe,
    spans,
    split_diff,
    tail,
)

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
VERDICT_NAME = {"contradiction": "Contradiction", "addition": "Addition", "dropped": "Dropped", "new": "New", "agreement": "Agreement"}
# The colour family of each kind of finding (additions: dropped amber, new blue).
TONE = {"contradiction": "contradiction", "addition": "addition", "dropped": "addition", "new": "new", "agreement": "agreement"}

STYLE = """
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1d2430; --muted: #5d6778; --line: #d9dee7; --card: #f6f8fb;
  --red: #b42318; --red-bg: #fde4e1; --amber: #8a5a00; --amber-bg: #fff1c7;
  --green: #17693a; --green-bg: #dcf3e3; --blue: #1f5fbf; --blue-bg: #e1ecfd;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14171c; --fg: #e6e9ef; --muted: #9aa3b2; --line: #333a46; --card: #1c2028;
    --red: #ff8a80; --red-bg: #4a1c1a; --amber: #ffcf66; --amber-bg: #3f3212;
    --green: #7fdc9c; --green-bg: #15391f; --blue: #8ab4ff; --blue-bg: #1a2a45;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0; display: inline; }
.sub { color: var(--muted); margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sources td:first-child { font-weight: 600; }
.role { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 14px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
.card h3 { display: block; font-size: 1rem; margin-bottom: 10px; }
.counts { display: flex; gap: 18px; margin: 0; padding: 0; list-style: none; }
.counts li { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
.counts b { font-size: 1.9rem; line-height: 1.1; font-variant-numeric: tabular-nums; }
.counts .contradiction b { color: var(--red); }
.counts .addition b { color: var(--amber); }
.counts .agreement b { color: var(--green); }
.matched { margin: 10px 0 0; font-size: .85rem; color: var(--muted); }
.claims td { font-variant-numeric: tabular-nums; }
.claims td.claim { color: var(--muted); min-width: 16em; }
.claims td.claim b { color: var(--fg); }
.cell.reference { font-weight: 600; }
.cell.agrees { background: var(--green-bg); color: var(--green); }
.cell.contradicts { background: var(--red-bg); color: var(--red); font-weight: 700; }
.cell.only { background: var(--amber-bg); color: var(--amber); }
.cell.missing { color: var(--muted); }
.cell a { color: inherit; text-decoration: none; }
.cell a:hover { text-decoration: underline; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 18px; font-size: .85rem; color: var(--muted); margin: 10px 0 0; padding: 0; list-style: none; }
.legend span { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 4px; margin-right: 4px; }
details { margin: 18px 0; }
summary { cursor: pointer; margin-bottom: 10px; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 12px 0; break-inside: avoid; }
.finding.contradiction { border-left-color: var(--red); }
.finding.addition { border-left-color: var(--amber); }
.finding.agreement { border-left-color: var(--green); }
.finding header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; margin-bottom: 8px; }
.number { font-weight: 700; color: var(--muted); }
.badge { font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: 1px 8px; border-radius: 999px; }
.badge.contradiction { background: var(--red-bg); color: var(--red); }
.badge.addition { background: var(--amber-bg); color: var(--amber); }
.badge.agreement { background: var(--green-bg); color: var(--green); }
.kind { font-size: .8rem; color: var(--muted); }
.explanation { flex-basis: 100%; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
.sides.one { grid-template-columns: 1fr; }
.side { background: var(--card); border-radius: 6px; padding: 8px 12px; }
.side h4 { margin: 0 0 4px; font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.side p { margin: 0; }
mark { border-radius: 3px; padding: 0 2px; font-weight: 700; }
mark.contradiction { background: var(--red-bg); color: var(--red); }
mark.addition { background: var(--amber-bg); color: var(--amber); }
mark.agreement { background: var(--green-bg); color: var(--green); }
del { color: var(--red); text-decoration-thickness: 2px; }
ins { color: var(--green); text-decoration: none; border-bottom: 2px solid var(--green); }
ol.statements { padding-left: 0; list-style: none; }
ol.statements li { margin: 6px 0; }
ol.statements .who { color: var(--muted); font-weight: 600; margin-right: 6px; }
.finding.new { border-left-color: var(--blue); }
.badge.new { background: var(--blue-bg); color: var(--blue); }
mark.new { background: var(--blue-bg); color: var(--blue); }
.where { color: var(--muted); font-size: .8rem; font-weight: 400; font-variant-numeric: tabular-nums; text-transform: none; letter-spacing: 0; }
.rule { color: var(--muted); font-size: .8rem; }
ol.contents { padding-left: 0; list-style: none; margin: 0; }
ol.contents li { margin: 4px 0; }
ol.contents a { color: var(--red); font-weight: 600; text-decoration: none; }
ol.contents a:hover { text-decoration: underline; }
.scroll { overflow-x: auto; max-width: 100%; }
.none { color: var(--muted); }
ul.noise { color: var(--muted); }
footer { margin-top: 40px; font-size: .85rem; color: var(--muted); }
@media (max-width: 760px) { .sides { grid-template-columns: 1fr; } main { padding: 16px; } }
@media (max-width: 520px) {
  .cards { grid-template-columns: 1fr; }
  .sources thead { display: none; }
  .sources tr { display: block; border-bottom: 1px solid var(--line); padding: 6px 0; }
  .sources td { display: inline; border: 0; padding: 0 8px 0 0; }
  .sources td[data-label]::before { content: attr(data-label) " "; color: var(--muted); font-size: .8rem; }
  .counts { gap: 12px; flex-wrap: wrap; }
}
@media print {
  :root { color-scheme: light; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  summary { list-style: none; }
  h2 { break-after: avoid; }
}
""".strip()


def esc(text: str) -> str:
    """Article text as HTML text or attribute value: escaped, control characters made visible."""
    return html.escape(safe(text), quote=True)


def _mark(text: str, verdict: str) -> str:
    body, space = tail(text)
    return f'<mark class="{verdict}">{esc(body)}</mark>{esc(space)}'


def sentence(item: Item, verdict: str) -> str:
    return "".join(_mark(p.text, verdict) if p.figure else esc(p.text) for p in spans(item.sentence.text, item_marks(item)))


def diff(pieces: list[DiffPiece], verdict: str) -> str:
    """One side of a word diff: <del> or <ins> around changed words, figures marked."""
    out = []
    for p in pieces:
        if p.op == "=":
            out.append(_mark(p.text, verdict) if p.figure else esc(p.text))
            continue
        tag = "del" if p.op == "-" else "ins"
        body, space = tail(p.text)
        inner = f'<mark class="{verdict}">{esc(body)}</mark>' if p.figure else esc(body)
        out.append(f"<{tag}>{inner}</{tag}>{esc(space)}")
    return "".join(out)


class _Page:
    def __init__(self, report: Report, version: str):
        self.report = report
        self.version = version
        self.sal = saliences(report)

    def label(self, source_id: str) -> str:
        return esc(label_of(self.report, source_id))

    # -- head -------------------------------------------------------------------

    def head(self) -> str:
        title = "claimcheck: " + " vs ".join(a.label for a in self.report.articles)
        generator = f"claimcheck {self.version}".strip()
        return (
            "<!DOCTYPE html>\n"
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="{esc(generator)}">\n'
            f"<title>{esc(title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n"
        )

    def source_row(self, art: Article) -> str:
        r = self.report
        role = "reference" if art.id == r.reference else "compared"
        path = "standard input" if art.path == "-" else os.path.basename(art.path) if art.path else MISSING
        dateline = esc(art.dateline.text) if art.dateline else MISSING
        cells = [
            f"<td>{esc(art.label)}</td>",
            f'<td class="role">{role}</td>',
            f'<td data-label="file">{esc(path)}</td>',
            f'<td data-label="dateline">{dateline}</td>',
            f'<td class="num" data-label="sentences">{len(r.sentences.get(art.id, ()))}</td>',
            f'<td class="num" data-label="set aside">{len(art.noise)}</td>',
        ]
        return "<tr>" + "".join(cells) + "</tr>"

    def header(self) -> str:
        r = self.report
        names = " vs ".join(f"<b>{esc(a.label)}</b>" for a in r.articles)
        rows = "\n".join(self.source_row(a) for a in r.articles)
        return (
            '<header>\n<h1>claimcheck report</h1>\n'
            f'<p class="sub">{names}: each source checked against the reference, claim by claim.</p>\n'
            '<table class="sources">\n<thead><tr><th>source</th><th>role</th><th>file</th><th>dateline</th>'
            '<th class="num">sentences</th><th class="num">web-page lines set aside</th></tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody>\n</table>\n</header>\n"
        )

    # -- summary and claim table -------------------------------------------------

    def card(self, pair: PairResult) -> str:
        counts = "".join(
            f'<li class="{v}"><b>{pair.count(v)}</b> {noun(pair.count(v), v)}</li>' for v in VERDICT_ORDER
        )
        return (
            f'<div class="card"><h3>{esc(pair_title(self.report, pair))}</h3>'
            f'<ul class="counts">{counts}</ul>'
            f'<p class="matched">{plural(len(pair.alignments), "sentence")} matched</p></div>'
        )

    def summary(self) -> str:
        cards = "\n".join(self.card(p) for p in self.report.pairs)
        return f'<section id="summary">\n<h2>Summary</h2>\n<div class="cards">\n{cards}\n</div>\n</section>\n'

    def claim_cell(self, row: ClaimRow, source: str) -> str:
        cell = row.cell(source)
        title = esc(f"{label_of(self.report, source)}: {CELL_WORD[cell.verdict]}")
        if cell.text is None:
            return f'<td class="cell missing" title="{title}">{MISSING}</td>'
        mark = CELL_MARK[cell.verdict]
        text = (f"{mark} " if mark else "") + esc(cell.text)
        if cell.findings:
            text = f'<a href="#f{cell.findings[0]}">{text}</a>'
        return f'<td class="cell {cell.verdict}" title="{title}">{text}</td>'

    def claim_text(self, row: ClaimRow) -> str:
        at = row.claim.find(row.figure)
        if at < 0:
            return esc(row.claim)
        return esc(row.claim[:at]) + f"<b>{esc(row.figure)}</b>" + esc(row.claim[at + len(row.figure) :])

    def claims(self) -> str:
        table = claim_table(self.report)
        heads = "".join(
            f"<th>{self.label(s)}{' (reference)' if s == table.reference else ''}</th>" for s in table.sources
        )
        rows = "\n".join(
            f'<tr><td class="claim">{self.claim_text(row)}</td>' + "".join(self.claim_cell(row, s) for s in table.sources) + "</tr>"
            for row in table.rows
        )
        legend = "".join(
            f'<li><span class="cell {v}">{CELL_MARK[v] or MISSING}</span>{CELL_WORD[v]}</li>' for v in ("agrees", "contradicts", "only", "missing")
        )
        return (
            '<section id="claims">\n'
            f"<h2>Claims across sources ({len(table.rows)})</h2>\n"
            '<div class="scroll"><table class="claims">\n'
            f"<thead><tr><th>claim</th>{heads}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table></div>\n"
            f'<ul class="legend">{legend}</ul>\n</section>\n'
        )

    # -- findings ----------------------------------------------------------------

    def side(self, item: Item, body: str) -> str:
        where = f' <span class="where">{location(item.sentence)}</span>'
        return f'<div class="side"><h4>{self.label(item.source)}{where}</h4><p>{body}</p></div>'

    def finding(self, number: int, f: Finding) -> str:
        key = mark_key(f, self.sal[number])
        tone = TONE[key]
        rule = f'<span class="rule">rule: {esc(f.rule)}</span>' if f.rule else ""
        head = (
            f'<header><span class="number">#{number}</span>'
            f'<span class="badge {tone}">{MARK[key]} {VERDICT_NAME[key]}</span>'
            f'<span class="kind">{KIND_WORD[f.kind]}</span>{rule}'
            f'<span class="explanation">{esc(f.explanation)}</span></header>'
        )
        if len(f.items) == 2 and diff_worth_showing(*f.items):
            left, right = split_diff(*f.items)
            sides = self.side(f.items[0], diff(left, tone)) + self.side(f.items[1], diff(right, tone))
        else:
            sides = "".join(self.side(i, sentence(i, tone)) for i in f.items)
        one = " one" if len(f.items) == 1 else ""
        return f'<article class="finding {tone}" id="f{number}">{head}<div class="sides{one}">{sides}</div></article>'

    def statements(self, numbered: list[tuple[int, Finding]], source: str | None) -> str:
        items = "\n".join(
            f'<li id="f{n}"><span class="number">#{n}</span> <span class="where">{location(f.items[0].sentence)}</span> '
            f"{esc(f.items[0].sentence.text)}</li>"
            for n, f in numbered
        )
        who = esc(source) if source else "one source"
        return f'<p>{plural(len(numbered), "sentence")} only {who} has:</p>\n<ol class="statements">\n{items}\n</ol>'

    def minor(self, numbered: list[tuple[int, Finding]]) -> str:
        items = "\n".join(
            f'<li id="f{n}"><span class="number">#{n}</span> {MARK[mark_key(f, self.sal[n])]} '
            f'<span class="where">{location(f.items[0].sentence)}</span> '
            f'{esc(f.explanation if f.kind != "statement" else f.items[0].sentence.text)} '
            f'<span class="rule">{esc(self.sal[n].folded_by or "")}</span></li>'
            for n, f in numbered
        )
        return f'<ol class="statements">\n{items}\n</ol>'

    def block(self, sec: Section) -> str:
        numbered = list(sec.entries)
        if sec.key == "minor":
            body = self.minor(numbered)
            words = esc(" · ".join(minor_words(numbered)))
            return f'<details class="minor">\n<summary><h3>Minor ({len(numbered)})</h3> <span class="kind">{words}</span></summary>\n{body}\n</details>'
        parts = [self.finding(n, f) for n, f in numbered if not lone_sentence(f)]
        statements = [(n, f) for n, f in numbered if lone_sentence(f)]
        if statements:
            parts.append(self.statements(statements, sec.source))
        if not numbered:
            parts.append('<p class="none">None.</p>')
        body = "\n".join(parts)
        opened = "" if sec.key == "agreement" else " open"
        return f"<details{opened}>\n<summary><h3>{esc(sec.title)} ({len(numbered)})</h3></summary>\n{body}\n</details>"

    def findings(self) -> str:
        groups = findings_by_pair(self.report)
        out = []
        first = every_contradiction(self.report)
        if first is not None:
            out.append(f'<section class="pair">\n<h2>{esc(first.title)}</h2>\n{self.block(first)}\n</section>')
        for pair, numbered in groups:
            title = "Findings" if len(groups) == 1 else f"Findings: {esc(pair_title(self.report, pair))}"
            sections = [sec for sec in pair_sections(self.report, pair, numbered) if sec.entries or sec.key in ("contradiction", "agreement")]
            blocks = "\n".join(self.block(sec) for sec in sections)
            out.append(f'<section class="pair">\n<h2>{title}</h2>\n{blocks}\n</section>')
        return "\n".join(out) + "\n"

    def contents(self) -> str:
        """Every contradiction, linked: what an editor reads first."""
        rows = [(n, f) for _, numbered in findings_by_pair(self.report) for n, f in numbered if f.verdict == "contradiction"]
        if not rows:
            return ""
        items = "\n".join(
            f'<li><a href="#f{n}"><span class="number">#{n}</span> {esc(" ≠ ".join(i.text for i in f.items))}</a> '
            f'<span class="where">{" / ".join(location(i.sentence) for i in f.items)}</span></li>'
            for n, f in rows
        )
        return f'<nav id="contradictions">\n<h2>Contradictions ({len(rows)})</h2>\n<ol class="contents">\n{items}\n</ol>\n</nav>\n'


    def noise(self) -> str:
        rows = [(a.label, line) for a in self.report.articles for line in a.noise]
        if not rows:
            return ""
        items = "\n".join(f"<li><b>{esc(label)}:</b> {esc(line)}</li>" for label, line in rows)
        return (
            f'<section id="noise">\n<h2>Set aside as web-page leftovers ({len(rows)})</h2>\n'
            f'<ul class="noise">\n{items}\n</ul>\n</section>\n'
        )

    def footer(self) -> str:
        r = self.report
        made = f"claimcheck {self.version}".strip()
        return (
            f"<footer>Made by {esc(made)} · model {esc(r.model or '?')} · "
            f"alignment threshold {r.threshold:.2f}</footer>\n"
        )

    def document(self) -> str:
        body = self.header() + self.summary() + self.contents()
        if len(self.report.articles) > 2:
            body += self.claims()
        body += self.findings() + self.noise() + self.footer()
        return self.head() + f"<body>\n<main>\n{body}</main>\n</body>\n</html>\n"


def render_html(report: Report, *, version: str = "") -> str:
    """The report as one self-contained HTML page."""
    return _Page(report, version).document()
