"""Article text is data: markup, escape codes and HTML print literally in every format.

Two tiny articles (and labels) carry rich markup, an ANSI colour sequence,
a script tag, Markdown emphasis and table pipes.  Ingest already drops the
ESC byte from files, so a hand-built Report with raw control codes checks
that the renderers neutralise them on their own.
"""

from __future__ import annotations

import json
import re

import pytest

import claimcheck
from claimcheck.report import render
from claimcheck.report.terminal import TerminalOptions

from . import reportkit as kit

MARKUP = "[bold red]x[/]"
SCRIPT = "<script>alert(1)</script>"
SENTENCE_A = f"Officials said {MARKUP} and {SCRIPT} and **bold** | pipe | as prices rose 42% in January."
SENTENCE_B = f"Officials said {MARKUP} and {SCRIPT} and **bold** | pipe | as prices rose 24% in January."
LABELS = ["[red]Lab[/] | A", "<b>B</b> _x_"]
SGR = re.compile(r"\x1b\[[0-9;]*m")
TERMINALS = {
    "plain-inline": TerminalOptions(width=100, color=False, show_agreements=True, show_noise=True),
    "plain-side-by-side": TerminalOptions(width=140, color=False, show_agreements=True, show_noise=True),
    "color-inline": TerminalOptions(width=100, color=True, show_agreements=True, show_noise=True),
    "color-side-by-side": TerminalOptions(width=140, color=True, show_agreements=True, show_noise=True),
}


@pytest.fixture(scope="module")
def hostile_report(embedder, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    a = folder / "a.txt"
    b = folder / "b.txt"
    a.write_text(f"{SENTENCE_A}\n\nThe \x1b[31mRED\x1b[0m alert stayed in place for the whole week.\n", encoding="utf-8")
    b.write_text(f"{SENTENCE_B}\n\nOnly this one links [here](http://example.com) with _under_ and `code`.\n", encoding="utf-8")
    return claimcheck.compare([a, b], labels=LABELS, embedder=embedder)


def raw_report():
    """Control codes straight into a Report, past ingest: an ESC sequence, a BEL, a bidi override."""
    text = "Prices rose 42% \x1b[31mRED\x1b[0m\x07 in \u202eJanuary."
    a = kit.figure("src\x1b[1m", 0, text, "42%")
    b = kit.figure("other", 0, text.replace("42%", "24%"), "24%")
    return kit.report(["src\x1b[1m", "other"], [[kit.conflict(a, b), kit.only(kit.statement("other", 1, "Noise \x1b]0;title\x07 here."), ("src\x1b[1m", "other"))]], noise={"other": ("menu \x1b[2J",)})


def flat(text: str) -> str:
    """Terminal text with its own styles removed and lines joined, as a reader sees it."""
    return " ".join(SGR.sub("", text).split())


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(TERMINALS))
def test_terminal_prints_markup_literally(hostile_report, name):
    out = render(hostile_report, "terminal", terminal=TERMINALS[name])
    seen = flat(out)
    for literal in (MARKUP, SCRIPT, "**bold**", "| pipe |", "[31mRED[0m", LABELS[0], LABELS[1]):
        assert literal in seen
    assert "CONTRADICTION" in out
    if TERMINALS[name].color:
        assert "\x1b[31mRED" not in out
        assert not SGR.sub("", out).count("\x1b"), "only the report's own style codes"
    else:
        assert "\x1b" not in out


@pytest.mark.parametrize("name", sorted(TERMINALS))
def test_terminal_neutralises_control_codes(name):
    out = render(raw_report(), "terminal", terminal=TERMINALS[name])
    assert "\x07" not in out and "\u202e" not in out
    assert "\x1b[31mRED" not in out and "\x1b[2J" not in out and "\x1b]0;" not in out
    assert "␛[31mRED" in flat(out)
    if not TERMINALS[name].color:
        assert "\x1b" not in out


@pytest.mark.model
def test_html_escapes_everything(hostile_report):
    page = render(hostile_report, "html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page.lower()
    assert MARKUP in page
    assert "&lt;b&gt;B&lt;/b&gt;" in page and "<b>B</b>" not in page
    assert "default-src 'none'" in page


def test_html_neutralises_control_codes():
    page = render(raw_report(), "html")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202e]", page)
    assert "␛[31mRED" in page


def markdown_to_html(text: str) -> str:
    markdown_it = pytest.importorskip("markdown_it")
    return markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


@pytest.mark.model
def test_markdown_escapes_everything(hostile_report):
    text = render(hostile_report, "markdown")
    assert "\\[bold red\\]x\\[/\\]" in text and "\\<script\\>" in text and "\\*\\*bold\\*\\*" in text and "\\| pipe \\|" in text
    rendered = markdown_to_html(text)
    assert "<script" not in rendered.lower() and "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "**bold** | pipe |" in rendered, "no emphasis, no extra table cell"
    assert "[here](http://example.com)" in rendered and "<a " not in rendered
    assert "<b>B</b>" not in rendered and "&lt;b&gt;B&lt;/b&gt; _x_" in rendered
    header = rendered.split("</thead>")[0]
    assert len(re.findall(r"<th[ >]", header)) == 5, "a pipe in a label does not add a column"


def test_markdown_neutralises_control_codes():
    text = render(raw_report(), "markdown")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202e]", text)


@pytest.mark.model
def test_json_keeps_the_text_exactly(hostile_report):
    data = json.loads(render(hostile_report, "json"))
    sentences = {i["sentence"] for f in data["findings"] for i in f["items"]}
    assert SENTENCE_A in sentences and SENTENCE_B in sentences
    assert [s["label"] for s in data["sources"]] == LABELS


def test_json_round_trips_control_codes():
    report = raw_report()
    data = json.loads(render(report, "json"))
    assert data["findings"][0]["items"][0]["sentence"] == report.findings[0].items[0].sentence.text
    assert data["sources"][1]["noise"] == ["menu \x1b[2J"]
