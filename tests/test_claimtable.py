"""The cross-source claim table: rows, cells and their verdicts, from findings alone."""

from __future__ import annotations

import pytest

from claimcheck.claimtable import claim_table, describe

from . import reportkit as kit

RATE = "Exports now face a 29% duty, up from the earlier 10%."
ATTACKS = "Attacks rose 42% in January."


def three_sources():
    """ref gives 29% and 42%; b agrees on 29% and contradicts 42%; c gives only 29 per cent."""
    r29, r10, r42 = kit.figure("ref", 0, RATE, "29%"), kit.figure("ref", 0, RATE, "10%"), kit.figure("ref", 1, ATTACKS, "42%")
    b29 = kit.figure("b", 3, "The duty is now 29%.", "29%")
    b24 = kit.figure("b", 5, "Attacks rose 24% in January.", "24%")
    b10 = kit.figure("b", 4, "The duty was 10% before.", "10%")
    c29 = kit.figure("c", 0, "A tariff of 29 per cent now applies, up from 10 per cent.", "29 per cent")
    c10 = kit.figure("c", 0, "A tariff of 29 per cent now applies, up from 10 per cent.", "10 per cent")
    pair_b = [kit.conflict(r42, b24), kit.agree(r29, b29), kit.agree(r10, b10)]
    pair_c = [kit.only(r42, ("ref", "c")), kit.agree(r29, c29), kit.agree(r10, c10)]
    return kit.report(["ref", "b", "c"], [pair_b, pair_c])


def cells(row):
    return [(c.source, c.verdict, c.text) for c in row.cells]


def test_rows_follow_the_reference_text_with_a_cell_per_source():
    table = claim_table(three_sources())
    assert table.sources == ("ref", "b", "c")
    assert [r.figure for r in table.rows] == ["29%", "10%", "42%"]
    assert cells(table.rows[0]) == [("ref", "reference", "29%"), ("b", "agrees", "29%"), ("c", "agrees", "29 per cent")]
    assert cells(table.rows[2]) == [("ref", "reference", "42%"), ("b", "contradicts", "24%"), ("c", "missing", None)]


def test_cells_name_the_findings_behind_them():
    table = claim_table(three_sources())
    row42 = table.rows[2]
    # Findings are numbered in report order: b's three (1-3), then c's (4-6).
    assert row42.cell("b").findings == (1,)
    assert row42.cell("c").findings == (4,), "a missing cell points at the reference's addition"
    assert table.rows[0].cell("c").findings == (5,)


def test_a_reference_can_be_any_source():
    r = three_sources()
    table = claim_table(r)
    assert table.reference == r.reference == table.sources[0]


def extra_figures(b_sentence: str, b_figure: str, c_sentence: str, c_figure: str):
    ref = kit.figure("ref", 0, ATTACKS, "42%")
    b = kit.figure("b", 0, b_sentence, b_figure)
    c = kit.figure("c", 0, c_sentence, c_figure)
    return kit.report(
        ["ref", "b", "c"],
        [[kit.only(ref, ("ref", "b")), kit.only(b, ("ref", "b"))], [kit.only(ref, ("ref", "c")), kit.only(c, ("ref", "c"))]],
    )


def test_what_two_others_add_alike_is_one_row():
    table = claim_table(extra_figures("Police said 12 people died.", "12 people", "About 12 people died in the blast.", "About 12 people"))
    assert len(table.rows) == 2
    added = table.rows[1]
    assert (added.origin, added.figure) == ("b", "12 people")
    assert cells(added) == [("ref", "missing", None), ("b", "only", "12 people"), ("c", "only", "About 12 people")]


@pytest.mark.parametrize(
    "b, c",
    [
        (("Police said 12 people died.", "12 people"), ("Police said 15 people died.", "15 people")),  # values conflict
        (("The two leaders met.", "two leaders"), ("The two ships met.", "two ships")),  # counted nouns differ
        (("The two discussed trade.", "two"), ("The two signed it.", "two")),  # bare counts, nothing in common
    ],
    ids=["conflicting", "other-unit", "bare-count"],
)
def test_different_additions_stay_apart(b, c):
    table = claim_table(extra_figures(*b, *c))
    assert [r.origin for r in table.rows] == ["ref", "b", "c"]


def test_description_is_the_figure_in_a_few_words():
    item = kit.figure("ref", 0, "This call comes days after the US imposed a significant 29% tariff on Pakistani imports, effective soon.", "29%")
    assert describe(item) == "…US imposed a significant 29% tariff on Pakistani imports…"
    short = kit.figure("ref", 0, "Attacks rose 42%.", "42%")
    assert describe(short) == "Attacks rose 42%."


def test_the_table_is_a_pure_function():
    r = three_sources()
    assert claim_table(r) == claim_table(r)


def test_two_sources_have_a_table_too():
    ref = kit.figure("ref", 0, ATTACKS, "42%")
    other = kit.figure("b", 0, "Attacks rose 42 percent in January.", "42 percent")
    table = claim_table(kit.report(["ref", "b"], [[kit.agree(ref, other)]]))
    assert [cells(r) for r in table.rows] == [[("ref", "reference", "42%"), ("b", "agrees", "42 percent")]]


@pytest.mark.model
def test_three_seed_sources(three_source_report):
    table = claim_table(three_source_report)
    by_figure = {r.figure: r for r in table.rows if r.origin == table.reference}
    assert [c.text for c in by_figure["29%"].cells] == ["29%", "29%", "29 per cent"]
    assert {c.verdict for c in by_figure["29%"].cells[1:]} == {"agrees"}
    earlier = [r for r in table.rows if r.figure == "10%"]
    assert len(earlier) == 1 and [c.text for c in earlier[0].cells] == [None, "10%", "10 per cent"]
