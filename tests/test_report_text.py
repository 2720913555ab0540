"""The helpers every renderer shares: safe text, the word diff and the findings' numbers."""

from __future__ import annotations

import json

from claimcheck.report import render
from claimcheck.report.terminal import TerminalOptions
from claimcheck.report.text import diff_worth_showing, findings_by_pair, ordered_findings, plain_diff, safe, split_diff, word_diff

from . import reportkit as kit

OLD = "Attacks rose 24 percent in January, the institute said."
NEW = "Attacks rose 42% in January, the institute said."


def items(old: str, new: str, old_fig: str, new_fig: str):
    return kit.figure("a", 0, old, old_fig), kit.figure("b", 0, new, new_fig)


def test_safe_makes_control_codes_visible():
    assert safe("a\x1b[31mb\x07c\td\ne") == "a␛[31mb␇c\td\ne"
    assert safe("x\u202ey\x9bz") == "x\ufffdy\ufffdz"
    assert safe("plain – ‘text’ “ok” 42%") == "plain – ‘text’ “ok” 42%"


def test_a_changed_figure_is_one_replacement():
    assert plain_diff(word_diff(*items(OLD, NEW, "24 percent", "42%"))) == (
        "Attacks rose [-24 percent-]{+42%+} in January, the institute said."
    )


def test_unchanged_figures_are_marked_and_typography_is_no_change():
    old, new = items("Dar said on Monday ‘talks went well’.", "Dar said on Monday 'talks went well.'", "Monday", "Monday")
    assert plain_diff(word_diff(old, new)) == "Dar said on «Monday» 'talks went well.'"


def test_changed_runs_mark_the_figure_inside_them():
    old, new = items("Dar held his first call with Rubio.", "In their first official phone call, Dar spoke to Rubio.", "first", "first")
    assert "{+In their «first» official phone call,+}" in plain_diff(word_diff(old, new))


def test_runs_do_not_glue_together():
    old, new = kit.statement("a", 0, "The US withdrew in 2021."), kit.statement("b", 0, "The US withdrew.")
    assert plain_diff(word_diff(old, new)) == "The US withdrew. [-in 2021.-]"


def test_split_diff_keeps_each_side_in_its_own_words():
    left, right = split_diff(*items(OLD, NEW, "24 percent", "42%"))
    assert "".join(p.text for p in left) == OLD and "".join(p.text for p in right) == NEW
    assert {p.op for p in left} == {"=", "-"} and {p.op for p in right} == {"=", "+"}


def test_a_diff_is_shown_only_for_similar_sentences():
    assert diff_worth_showing(*items(OLD, NEW, "24 percent", "42%"))
    far = items("The tariff, effective April 9, was a shock to exporters.", "On April 9 it began.", "April 9", "April 9")
    assert not diff_worth_showing(*far)


def every_pair():
    """The reference pairs add and agree; the pair of the two other sources holds the one contradiction."""
    r42 = kit.figure("ref", 0, "Attacks rose 42% in January.", "42%")
    b42 = kit.figure("b", 0, "Attacks rose 42% in January, police said.", "42%")
    c24 = kit.figure("c", 0, "Attacks rose 24% in January.", "24%")
    extra = kit.statement("b", 1, "Officials declined to comment.")
    return kit.report(
        ["ref", "b", "c"],
        [[kit.agree(r42, b42), kit.only(extra, ("ref", "b"))], [kit.only(r42, ("ref", "c")), kit.only(c24, ("ref", "c"))], [kit.conflict(b42, c24)]],
        between=[("ref", "b"), ("ref", "c"), ("b", "c")],
    )


def test_contradictions_from_every_pair_are_numbered_first():
    r = every_pair()
    assert [(n, f.verdict, f.pair) for n, f in ordered_findings(r)][:2] == [(1, "contradiction", ("b", "c")), (2, "addition", ("ref", "b"))], "then each pair: additions before agreements"
    by_pair = {pair.other if pair.reference == "ref" else "b-c": [n for n, _ in numbered] for pair, numbered in findings_by_pair(r)}
    assert by_pair == {"b": [2, 3], "c": [4, 5], "b-c": [1]}
    assert sorted(n for numbered in by_pair.values() for n in numbered) == [n for n, _ in ordered_findings(r)]


def test_every_format_numbers_findings_alike():
    r = every_pair()
    data = json.loads(render(r, "json"))
    first = data["findings"][0]
    assert (first["id"], first["verdict"], first["pair"]) == (1, "contradiction", ["b", "c"])
    assert [s["other"] for s in data["summary"]] == ["b", "c", "c"]
    assert "#1 ✘ CONTRADICTION" in render(r, "terminal", terminal=TerminalOptions(color=False))
    assert "**#1 ✘ contradiction**" in render(r, "markdown")
    assert '<article class="finding contradiction" id="f1">' in render(r, "html")
    # The claim table points at the same number: c's 24% contradicts b's 42% on the reference's row.
    cell = data["claims"][0]["cells"][2]
    assert (cell["verdict"], cell["text"], cell["findings"][0]) == ("contradicts", "24%", 1)


def test_one_registry_drives_render_the_cli_choices_and_the_output_extensions():
    from claimcheck import cli
    from claimcheck.report import EXTENSIONS, FORMATS, REGISTRY

    assert [f.value for f in cli.Format] == list(FORMATS) == [f.name for f in REGISTRY]
    assert {ext: f.value for ext, f in cli._EXTENSIONS.items()} == EXTENSIONS
    r = every_pair()
    for name in FORMATS:
        assert render(r, name)
