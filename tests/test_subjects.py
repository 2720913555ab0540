"""What a figure is about and when it holds (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.extract.quantities import extract_quantities
from claimcheck.subjects import different_subjects, market_snapshots, session

CASES = [json.loads(line) for line in (Path(__file__).parent.parent / "fixtures" / "cases" / "subjects.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _last(text):
    return extract_quantities(text)[-1]


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_subject_and_session_of_the_last_figure(case):
    a, b = case["a"], case["b"]
    assert different_subjects(a, _last(a), b, _last(b)) is case["different_subjects"]
    assert market_snapshots(a, _last(a), b, _last(b)) is case["snapshots"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shares closed at $4.10.", "close"),
        ("The stock was trading at $4.10 at midday.", "intraday"),
        ("The stock rose 10 cents to $4.10.", None),
    ],
)
def test_session(text, expected):
    assert session(text) == expected
