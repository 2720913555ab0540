"""The terminal report's layout rules, on hand-built reports (no model)."""

from __future__ import annotations

import re

import pytest

from claimcheck.report.terminal import TerminalOptions, render_terminal, strip_trailing

from . import reportkit as kit

SGR = re.compile(r"\x1b\[[0-9;]*m")
CLOSE_A = "Terrorist attacks in Pakistan rose 42% in January 2025 from a month earlier, the institute said."
CLOSE_B = "Terrorist attacks in Pakistan rose 24 percent in January 2025 from a month earlier, the institute said."
FAR_B = "In a report released on Monday the group counted a 24 percent jump."


def sample(b_sentence: str = CLOSE_B, b_figure: str = "24 percent", labels=("Reuters", "Associated Press")):
    ref, other = labels
    a42 = kit.figure(ref, 0, CLOSE_A, "42%")
    b24 = kit.figure(other, 0, b_sentence, b_figure)
    a_jan = kit.figure(ref, 0, CLOSE_A, "January 2025")
    b_jan = kit.figure(other, 0, b_sentence, "January 2025") if "January" in b_sentence else None
    findings = [kit.conflict(a42, b24)]
    if b_jan:
        findings.append(kit.agree(a_jan, b_jan))
    findings.append(kit.only(kit.statement(other, 1, "Officials declined to comment."), (ref, other)))
    return kit.report(list(labels), [findings], noise={ref: ("Read more: an unrelated story",)})


def lines(out: str) -> list[str]:
    return SGR.sub("", out).splitlines()


@pytest.mark.parametrize("color", [False, True], ids=["plain", "color"])
@pytest.mark.parametrize("width", [60, 100, 140])
def test_lines_fit_and_carry_no_trailing_space(color, width):
    out = render_terminal(sample(), TerminalOptions(width=width, color=color, show_agreements=True, show_noise=True))
    for line in out.splitlines():
        assert line == line.rstrip(" "), repr(line)
        assert not SGR.sub("", line).endswith(" ")
    assert max(len(line) for line in lines(out)) <= width
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_strip_trailing_keeps_style_codes():
    assert strip_trailing("ab\x1b[1m  \x1b[0m  \ncd  \n\n") == "ab\x1b[1m\x1b[0m\ncd\n"


def test_no_colour_writes_verdicts_and_markers_out():
    out = render_terminal(sample(), TerminalOptions(width=100, color=False, show_agreements=True))
    assert "\x1b" not in out
    assert "#1 ✘ CONTRADICTION" in out and "#3 ✔ AGREEMENT" in out, "the new sentence (#2) comes before agreements"
    assert "[-42%-]{+24 percent+}" in out


def test_colour_highlights_figures_in_the_verdict_colour():
    out = render_terminal(sample(), TerminalOptions(width=100, color=True))
    # On red, struck through (the reference's) and underlined (the other's).
    assert "\x1b[1;9;37;41m42%\x1b[0m \x1b[1;4;37;41m24 percent\x1b[0m" in out
    assert "CONTRADICTION" in out and "«" not in out


def test_side_by_side_from_120_columns_or_on_request():
    wide = render_terminal(sample(), TerminalOptions(width=140, color=False))
    narrow = render_terminal(sample(), TerminalOptions(width=100, color=False))
    forced = render_terminal(sample(), TerminalOptions(width=100, color=False, display="side-by-side"))
    inline = render_terminal(sample(), TerminalOptions(width=140, color=False, display="inline"))
    assert "│" in wide and "│" in forced
    assert "│" not in narrow and "│" not in inline
    header = next(line for line in lines(wide) if "│" in line)
    assert [name.strip() for name in header.split("│")] == ["Reuters ¶1·s1", "Associated Press ¶1·s1"], "label and location"
    left, right = next(line for line in lines(wide) if "┼" in line).split("┼")
    assert abs(len(left.strip()) - len(right.strip())) <= 2, "two equal columns"
    assert "[-42%-]" in wide and "{+24 percent+}" in wide, "each column shows its side of the diff"


def test_word_diff_only_for_similar_sentences():
    out = render_terminal(sample(FAR_B), TerminalOptions(width=100, color=False))
    assert "[-" not in out and "{+" not in out
    assert "«42%»" in out and "«24 percent»" in out


def test_summary_pair_never_wraps():
    labels = ("A very long outlet name indeed", "Another long outlet name here")
    out = render_terminal(sample(labels=labels), TerminalOptions(width=80, color=False))
    pair_lines = [line for line in lines(out) if "↔" in line]
    assert len(pair_lines) == 1 and pair_lines[0].rstrip().endswith("1")


def test_agreements_fold_and_statements_list_compactly():
    out = render_terminal(sample(), TerminalOptions(width=100, color=False))
    assert "1 agreement folded: January 2025 (list them with --show-agreements)" in out
    assert "AGREEMENT" not in out
    assert "New: only in Associated Press (1)" in out and "1 sentence only Associated Press has:" in out
    assert re.search(r"^  #2\s+¶1·s2\s+Officials declined to comment\.$", out, re.M)


def test_noise_only_on_request():
    hidden = render_terminal(sample(), TerminalOptions(width=100, color=False))
    shown = render_terminal(sample(), TerminalOptions(width=100, color=False, show_noise=True))
    assert "1 web-page line set aside" in hidden and "Read more" not in hidden
    assert "Set aside as web-page leftovers (1)" in shown and "Read more: an unrelated story" in shown


def test_three_sources_get_a_claim_table_and_findings_per_pair():
    a = kit.figure("ref", 0, CLOSE_A, "42%")
    b = kit.figure("b", 0, CLOSE_B, "24 percent")
    c = kit.figure("c", 0, CLOSE_A.replace("42%", "42 percent"), "42 percent")
    report = kit.report(["ref", "b", "c"], [[kit.conflict(a, b)], [kit.agree(a, c)]])
    out = render_terminal(report, TerminalOptions(width=100, color=False, show_agreements=True))
    assert "Claims across sources (1)" in out
    row = next(line for line in lines(out) if "«42%»" in line and "✘" in line)
    assert re.search(r"42%\s+✘ 24 percent\s+✔ 42 percent$", row)
    assert "ref ↔ b: 1 contradiction · 0 additions · 0 agreements" in out
    assert "ref ↔ c: 0 contradictions · 0 additions · 1 agreement" in out
    two = render_terminal(kit.report(["ref", "b"], [[kit.conflict(a, b)]]), TerminalOptions(width=100, color=False))
    assert "Claims across sources" not in two
