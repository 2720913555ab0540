"""The helpers every renderer shares: safe text and the word diff."""

from __future__ import annotations

from claimcheck.report.text import diff_worth_showing, plain_diff, safe, split_diff, word_diff

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
