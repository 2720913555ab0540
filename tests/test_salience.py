"""What folds as trivia and which way an addition goes (claimcheck.salience), on reports built by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.salience import FOLD_RULES, assess, fold_rule_help, presented

from . import reportkit as kit

CASES = [json.loads(line) for line in (Path(__file__).parent.parent / "fixtures" / "cases" / "salience.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["figure"] for c in CASES])
def test_a_figure_only_one_source_gives_folds_by_its_rule(case):
    item = kit.figure("copy", 0, case["sentence"], case["figure"])
    report = kit.report(["wire", "copy"], [[kit.only(item, ("wire", "copy"))]])
    (s,) = assess(report)
    assert s.folded_by == case["folded_by"], case["why"]
    assert s.importance == ("minor" if case["folded_by"] else "check")


def test_every_rule_has_a_case_and_a_reason():
    names = [name for name, _ in FOLD_RULES]
    assert len(names) == len(set(names))
    covered = {c["folded_by"] for c in CASES} | {"dateline-date", "repeat", "covered-sentence"}  # those three are tested below
    assert set(names) <= covered
    assert all(why for _, why in fold_rule_help())


def test_direction_says_which_source_has_it():
    dropped = kit.figure("wire", 0, "Sales rose 4.2% in October.", "4.2%")
    new = kit.figure("copy", 3, "Profit fell 8% in the quarter.", "8%")
    report = kit.report(["wire", "copy"], [[kit.only(dropped, ("wire", "copy")), kit.only(new, ("wire", "copy"))]])
    assert [s.direction for s in assess(report)] == ["dropped", "new"]


def test_contradictions_and_agreements_never_fold():
    a = kit.figure("wire", 0, "They met for the first time.", "first")
    b = kit.figure("copy", 0, "They met for the third time.", "third")
    report = kit.report(["wire", "copy"], [[kit.conflict(a, b)]])
    assert [s.importance for s in assess(report)] == ["contradiction"]


def test_a_repeated_figure_folds_after_its_first_mention():
    first = kit.figure("wire", 0, "Inflation hit 7.1% in May.", "7.1%")
    again = kit.figure("wire", 4, "At 7.1%, inflation is the highest in years.", "7.1%")
    report = kit.report(["wire", "copy"], [[kit.only(first, ("wire", "copy")), kit.only(again, ("wire", "copy"))]])
    assert [s.folded_by for s in assess(report)] == [None, "repeat"]


def test_the_dateline_date_folds():
    from dataclasses import replace

    item = kit.figure("copy", 0, "PARIS, 3 May 2025 - The strike went on.", "3 May 2025")
    item = replace(item, quantity=replace(item.quantity, role="dateline"))
    (s,) = assess(kit.report(["wire", "copy"], [[kit.only(item, ("wire", "copy"))]]))
    assert s.folded_by == "dateline-date"


def test_a_sentence_shown_through_its_figure_is_not_listed_again():
    text = "The fund lost $3.5m in the quarter."
    fig = kit.figure("wire", 2, text, "$3.5m")
    lone = kit.statement("wire", 2, text)
    other = kit.statement("wire", 5, "The chairman resigned.")
    pair = ("wire", "copy")
    report = kit.report(["wire", "copy"], [[kit.only(fig, pair), kit.only(lone, pair), kit.only(other, pair)]])
    assert [s.folded_by for s in assess(report)] == [None, "covered-sentence", None]


def test_a_sentence_whose_only_figure_is_trivia_stays_listed():
    text = "The two leaders spoke about the harvest."
    fig = kit.figure("wire", 1, text, "two leaders")
    lone = kit.statement("wire", 1, text)
    pair = ("wire", "copy")
    report = kit.report(["wire", "copy"], [[kit.only(fig, pair), kit.only(lone, pair)]])
    assert [s.folded_by for s in assess(report)] == ["referring-count", None]


def test_findings_are_numbered_in_the_order_an_editor_reads_them():
    pair = ("wire", "copy")
    agree = kit.agree(kit.figure("wire", 0, "Rates rose to 5%.", "5%"), kit.figure("copy", 0, "Rates went to 5%.", "5%"))
    weekday = kit.only(kit.figure("copy", 1, "It happened on Friday.", "Friday"), pair)
    new = kit.only(kit.figure("copy", 2, "Sales fell 3%.", "3%"), pair)
    dropped = kit.only(kit.figure("wire", 3, "Exports grew 9%.", "9%"), pair)
    clash = kit.conflict(kit.figure("wire", 4, "Jobs rose 2%.", "2%"), kit.figure("copy", 4, "Jobs rose 4%.", "4%"))
    report = kit.report(["wire", "copy"], [[agree, weekday, new, dropped, clash]])
    shown = presented(report)
    assert [s.number for s in shown] == [1, 2, 3, 4, 5]
    assert [s.finding for s in shown] == [clash, dropped, new, weekday, agree]
