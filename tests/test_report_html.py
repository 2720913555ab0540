"""The HTML report is one self-contained, script-free page (no model needed)."""

from __future__ import annotations

import re

from claimcheck.report import render

from . import reportkit as kit


def test_page_is_self_contained():
    page = render(kit.three_sources(), "html")
    assert page.startswith("<!DOCTYPE html>\n") and page.endswith("</html>\n")
    assert '<meta charset="utf-8">' in page and "<title>claimcheck: Reuters vs AP vs Dawn</title>" in page
    assert "default-src 'none'; style-src 'unsafe-inline'; img-src data:" in page
    assert "<script" not in page and "@import" not in page and "url(" not in page
    links = re.findall(r'(?:href|src)="([^"]*)"', page)
    assert links and all(link.startswith("#f") for link in links), "only links to findings on the page"
    ids = set(re.findall(r'id="([^"]*)"', page))
    assert {link[1:] for link in links} <= ids


def test_page_carries_summary_claims_findings_and_noise():
    page = render(kit.three_sources(), "html")
    assert '<li class="contradiction"><b>1</b> contradiction</li>' in page
    assert '<td class="cell contradicts" title="AP: contradicts the row&#x27;s first figure"><a href="#f1">✘ 24%</a></td>' in page
    assert '<del><mark class="contradiction">42%</mark></del>' in page and '<ins><mark class="contradiction">24%</mark></ins>' in page
    assert "Officials declined to comment." in page and "Read more: something else" in page
    assert "prefers-color-scheme: dark" in page and "@media print" in page


def test_two_sources_have_no_claim_table():
    a = kit.figure("a", 0, "Attacks rose 42% in January.", "42%")
    b = kit.figure("b", 0, "Attacks rose 42 percent in January.", "42 percent")
    page = render(kit.report(["a", "b"], [[kit.agree(a, b)]]), "html")
    assert 'id="claims"' not in page and 'id="f1"' in page
