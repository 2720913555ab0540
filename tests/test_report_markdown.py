"""The Markdown report parses as intended: tables keep their columns, figures are bold."""

from __future__ import annotations

import pytest

from claimcheck.report import render

from .reportkit import three_sources


def html_of(text: str) -> str:
    markdown_it = pytest.importorskip("markdown_it")
    return markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


def test_sections_in_order():
    text = render(three_sources(), "markdown")
    heads = [line for line in text.splitlines() if line.startswith("#")]
    assert heads == [
        "# claimcheck: Reuters vs AP vs Dawn",
        "## Summary",
        "## Claims across sources (1)",
        "## Contradictions, every pair (1)",
        "## Findings: Reuters ↔ AP",
        "### New: only in AP (1)",
        "### Agreements (0)",
        "## Findings: Reuters ↔ Dawn",
        "### Agreements (1)",
        "## Set aside as web-page leftovers (1)",
    ]


def test_claim_table_and_findings_render():
    page = html_of(render(three_sources(), "markdown"))
    assert "<td>Attacks rose <strong>42%</strong> in January, the institute…</td>" in page
    assert "<td>42%</td>\n<td>✘ <strong>24%</strong></td>\n<td>✔ 42 percent</td>" in page
    assert "<strong>#1 ✘ contradiction</strong>" in page
    assert "<s>42%</s> <strong>24%</strong>" in page, "the word diff"
    assert "<li><strong>#2</strong> (¶1·s2) Officials declined to comment.</li>" in page
