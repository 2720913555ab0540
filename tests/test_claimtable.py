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


# --- every pair: what two other sources say of each other -----------------------

DEATHS = "Police said 12 people died."


def others_pair(b_c: str):
    """The reference gives 42%; b gives 12 people, c a figure for the same deaths; (b, c) says ``b_c``."""
    ref = kit.figure("ref", 0, ATTACKS, "42%")
    b = kit.figure("b", 0, DEATHS, "12 people")
    c = kit.figure("c", 0, "Police said 15 people died." if b_c == "conflict" else "About 12 people died in the blast.", "15 people" if b_c == "conflict" else "About 12 people")
    between = {"conflict": [kit.conflict(b, c)], "agree": [kit.agree(b, c)], "apart": [kit.only(b, ("b", "c")), kit.only(c, ("b", "c"))]}[b_c]
    return kit.report(
        ["ref", "b", "c"],
        [[kit.only(ref, ("ref", "b")), kit.only(b, ("ref", "b"))], [kit.only(ref, ("ref", "c")), kit.only(c, ("ref", "c"))], between],
        between=[("ref", "b"), ("ref", "c"), ("b", "c")],
    )


@pytest.mark.parametrize("b_c, verdict", [("conflict", "contradicts"), ("agree", "agrees")])
def test_what_the_reference_lacks_and_two_others_give_is_one_row(b_c, verdict):
    table = claim_table(others_pair(b_c))
    assert len(table.rows) == 2
    row = table.rows[1]
    assert row.origin == "b", "the first source in table order anchors the row"
    assert [(c.source, c.verdict) for c in row.cells] == [("ref", "missing"), ("b", "only"), ("c", verdict)]
    # The contradiction between b and c is numbered first; c's cell names it, then c's addition.
    first = 1 if b_c == "conflict" else 5
    assert row.cell("c").findings == (first, 5 if b_c == "conflict" else 4)


def test_what_a_compared_pair_leaves_apart_stays_apart():
    """12 people and About 12 people would merge by likeness, but their own comparison paired neither."""
    table = claim_table(others_pair("apart"))
    assert [r.origin for r in table.rows] == ["ref", "b", "c"]


def through(b_c):
    """ref and b agree on 42%; c's figure is unpaired against ref, and (b, c) says ``b_c`` of it."""
    r42 = kit.figure("ref", 0, ATTACKS, "42%")
    b = kit.figure("b", 0, "Attacks rose 42% in January.", "42%") if b_c != "conflict-conflict" else kit.figure("b", 0, "Attacks rose 24% in January.", "24%")
    c = kit.figure("c", 0, "Attacks rose 30% in January.", "30%")
    ref_b = [kit.conflict(r42, b)] if b_c == "conflict-conflict" else [kit.agree(r42, b)]
    between = [kit.agree(b, c)] if b_c == "agree" else [kit.conflict(b, c)]
    return kit.report(
        ["ref", "b", "c"],
        [ref_b, [kit.only(r42, ("ref", "c")), kit.only(c, ("ref", "c"))], between],
        between=[("ref", "b"), ("ref", "c"), ("b", "c")],
    )


@pytest.mark.parametrize("b_c, verdict", [("conflict", "contradicts"), ("agree", "agrees")])
def test_a_reference_row_is_filled_through_another_pair(b_c, verdict):
    table = claim_table(through(b_c))
    assert len(table.rows) == 1, "c's figure sits on the row of the figure it is compared with, not on a row of its own"
    cell = table.rows[0].cell("c")
    assert (cell.verdict, cell.text) == (verdict, "30%")
    # The finding between b and c first, then the one that put b on the row.
    assert cell.findings == ((1, 2) if b_c == "conflict" else (4, 1))


def test_contradicting_a_contradiction_says_nothing():
    table = claim_table(through("conflict-conflict"))
    assert cells(table.rows[0])[2] == ("c", "missing", None)
    assert [(r.origin, r.figure) for r in table.rows] == [("ref", "42%"), ("c", "30%")]


def test_ambiguous_links_leave_the_cell_empty():
    """Through b c contradicts the reference, through d it agrees: no verdict to show."""
    r42 = kit.figure("ref", 0, ATTACKS, "42%")
    b42 = kit.figure("b", 0, "Attacks rose 42% in January.", "42%")
    d42 = kit.figure("d", 0, "Attacks rose 42 percent in January.", "42 percent")
    c30 = kit.figure("c", 0, "Attacks rose 30% in January.", "30%")
    r = kit.report(
        ["ref", "b", "c", "d"],
        [[kit.agree(r42, b42)], [kit.only(r42, ("ref", "c")), kit.only(c30, ("ref", "c"))], [kit.agree(r42, d42)], [kit.conflict(b42, c30)], [kit.agree(d42, c30)]],
        between=[("ref", "b"), ("ref", "c"), ("ref", "d"), ("b", "c"), ("c", "d")],
    )
    table = claim_table(r)
    assert table.rows[0].cell("c").verdict == "missing"
    assert [r.origin for r in table.rows] == ["ref", "c"]


def test_a_figure_the_reference_pair_placed_stays_on_its_row():
    """c's 29% is paired with the reference's 29%; a link through b to the 42% row does not move it."""
    r29, r42 = kit.figure("ref", 0, RATE, "29%"), kit.figure("ref", 1, ATTACKS, "42%")
    b42 = kit.figure("b", 0, "Attacks rose 42% in January.", "42%")
    c29 = kit.figure("c", 0, "The duty is now 29%.", "29%")
    r = kit.report(
        ["ref", "b", "c"],
        [[kit.agree(r42, b42), kit.only(r29, ("ref", "b"))], [kit.agree(r29, c29), kit.only(r42, ("ref", "c"))], [kit.conflict(b42, c29)]],
        between=[("ref", "b"), ("ref", "c"), ("b", "c")],
    )
    table = claim_table(r)
    by_figure = {row.figure: row for row in table.rows}
    assert by_figure["42%"].cell("c").verdict == "missing"
    assert (by_figure["29%"].cell("c").verdict, by_figure["29%"].cell("c").text) == ("agrees", "29%")


# The errors story's six planted figures, what Outlet B wrote instead, and what Outlet A did.
PLANTED = {
    "roughly $9bn": ("$7 billion", {"$7 billion"}),
    "August 2020": ("August 2021", {"2021", "August 2021"}),
    "24 percent": ("42%", {"42%"}),
    "from 2014 through 2018": ("from 2013 to 2018", {"between 2013 and 2018"}),
    "26 per cent": ("29%", {"29%"}),
    "10 April": ("April 9", {"April 9, 2025"}),
}
SEEDS = ("pakistan-us-a", "pakistan-us-b", "pakistan-us-errors")


@pytest.fixture(scope="module")
def with_errors(embedder):
    """Outlet A, Outlet B and the errors story, once with each as the reference."""
    import claimcheck

    from .conftest import ARTICLES

    paths = [ARTICLES / f"{name}.txt" for name in SEEDS]
    return {ref: claimcheck.compare(paths, reference=ref, embedder=embedder) for ref in SEEDS}


@pytest.mark.model
@pytest.mark.parametrize("reference", SEEDS)
def test_every_planted_error_contradicts_on_the_row_of_its_figure(with_errors, reference):
    a, b, errors = SEEDS
    table = claim_table(with_errors[reference])
    for planted, (b_figure, a_figures) in PLANTED.items():
        rows = [r for r in table.rows if r.cell(errors).text == planted]
        assert rows, f"{planted} is in no row"
        for row in rows:
            assert row.cell(b).text == b_figure and row.cell(a).text in a_figures, f"{planted} is not on the row of {b_figure}"
            if row.origin == errors:
                assert (row.cell(a).verdict, row.cell(b).verdict) == ("contradicts", "contradicts")
            else:
                assert row.cell(errors).verdict == "contradicts", f"{planted}: {row.cell(errors).verdict}"
