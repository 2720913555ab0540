"""Alignment: pure logic on hand-made similarity matrices, then the real model on hand-made pairs."""

from __future__ import annotations

import pytest

from claimcheck.align import align
from claimcheck.types import Sentence


def sents(source: str, texts: list[str]) -> list[Sentence]:
    out, pos = [], 0
    for n, t in enumerate(texts):
        out.append(Sentence(source=source, index=n, text=t, start=pos, end=pos + len(t)))
        pos += len(t) + 1
    return out


A = sents("a", ["a0", "a1", "a2"])
B = sents("b", ["b0", "b1", "b2", "b3"])


def pairs(result):
    return [(al.a.index, al.b.index) for al in result]


def test_best_match_from_either_side_above_threshold():
    sim = [
        [0.90, 0.10, 0.10, 0.10],
        [0.10, 0.80, 0.75, 0.10],  # a1 was split into b1 and b2 by the other outlet
        [0.10, 0.10, 0.10, 0.20],  # a2 has no counterpart
    ]
    assert pairs(align(A, B, sim, threshold=0.5)) == [(0, 0), (1, 1), (1, 2)]


def test_nothing_below_the_threshold():
    sim = [[0.3] * 4 for _ in range(3)]
    assert align(A, B, sim, threshold=0.5) == ()


def test_mutual_best_matches_a_little_under_the_threshold_align():
    sim = [
        [0.45, 0.10, 0.10, 0.10],  # a0 and b0 are each other's best
        [0.42, 0.20, 0.10, 0.10],  # a1's best is b0, but b0's best is a0
        [0.10, 0.10, 0.10, 0.35],  # too far under
    ]
    assert pairs(align(A, B, sim, threshold=0.5)) == [(0, 0)]


def test_a_split_sentence_aligns_with_both_halves():
    sim = [
        [0.70, 0.66, 0.10, 0.10],  # a0 was split into b0 and b1
        [0.72, 0.10, 0.10, 0.10],  # b0's best is a1; b1's best is a0
        [0.10, 0.10, 0.10, 0.10],
    ]
    assert pairs(align(A, B, sim, threshold=0.5)) == [(0, 0), (0, 1), (1, 0)]


def test_ties_are_broken_by_position_and_similarity_is_kept():
    sim = [[0.7, 0.7, 0.0, 0.0], [0.0] * 4, [0.0] * 4]
    result = align(A, B, sim, threshold=0.5)
    assert pairs(result) == [(0, 0), (0, 1)]
    assert result[0].similarity == pytest.approx(0.7)


def test_empty_sides():
    assert align([], B, [], threshold=0.5) == ()


@pytest.mark.model
def test_real_model_aligns_paraphrases_and_leaves_the_rest(embedder):
    a = sents("a", [
        "In January 2025, terror attacks in Pakistan jumped by 42%.",
        "Secretary Rubio also proposed future collaboration on critical minerals.",
        "The Taliban refused to return the machinery.",
    ])
    b = sents("b", [
        "Rubio said he wanted closer cooperation with Islamabad on critical minerals and trade.",
        "Terrorist attacks in Pakistan rose 42 percent in January 2025 from a month earlier.",
        "The local cricket team won its third match of the season on Sunday.",
    ])
    va = embedder.encode([s.text for s in a])
    vb = embedder.encode([s.text for s in b])
    result = align(a, b, va @ vb.T, threshold=0.5)
    assert pairs(result) == [(0, 1), (1, 0)]
    assert all(0.5 <= al.similarity <= 1.0 for al in result)


# --- top_indices: argsort's answer without sorting whole rows ----------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.extra.numpy import arrays  # noqa: E402

import numpy as np  # noqa: E402

from claimcheck.align import ANCHOR_POOL, figure_anchors, top_indices  # noqa: E402
from claimcheck.extract import extract_claims  # noqa: E402
from claimcheck.ingest import ingest_text  # noqa: E402
from claimcheck.segment import split_sentences  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(
    arrays(np.float64, st.tuples(st.integers(1, 30), st.integers(1, 30)), elements=st.integers(0, 3).map(float)),
    st.integers(1, 8),
    st.sampled_from([0, 1]),
)
def test_top_indices_is_a_stable_argsort_cut_to_k(m, k, axis):
    # Few distinct values: ties everywhere, so the tie order is what is tested.
    order = np.argsort(-m, axis=axis, kind="stable")
    k_ = min(k, m.shape[axis])
    expected = order[:, :k_] if axis == 1 else order[:k_, :]
    assert (top_indices(m, k, axis) == expected).all()


def _claims(text: str):
    art = ingest_text(text, id="x")
    return tuple(extract_claims(s, art) for s in split_sentences(art))


def test_a_figure_few_sentences_share_anchors_them():
    a = _claims("Sales rose 17.5% last year.")
    b = _claims("The board met on Friday. Revenue climbed 17.5% over the year.")
    assert figure_anchors(a, b) == {(0, 1): 1}


def test_a_figure_repeated_all_over_the_other_article_anchors_nothing():
    a = _claims("Sales rose 17.5% last year.")
    many = " ".join(f"Unit {n} reported 17.5% growth." for n in range(ANCHOR_POOL + 1))
    assert figure_anchors(a, _claims(many)) == {}
    few = " ".join(f"Unit {n} reported 17.5% growth." for n in range(ANCHOR_POOL))
    assert len(figure_anchors(a, _claims(few))) == ANCHOR_POOL
