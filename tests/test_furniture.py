"""Furniture inside a line: what is cut, what stays (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.furniture import RULES, find, split_furniture
from claimcheck.ingest import ingest_text

CASES = [json.loads(line) for line in (Path(__file__).parent.parent / "fixtures" / "cases" / "furniture.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_furniture_is_cut_and_the_story_kept(case):
    story, noise = split_furniture(case["line"])
    assert story == case["story"]
    assert noise == case["noise"]


def test_cut_furniture_is_listed_as_the_article_s_noise():
    art = ingest_text("Bus fares rise 5% in June. Advertisement The change affects 2 million riders.\n", id="x")
    assert "Advertisement" in art.noise
    assert "Advertisement" not in art.text


def test_every_rule_has_a_name_and_a_docstring():
    for rule in RULES:
        assert rule.__doc__, rule.__name__


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
@settings(max_examples=300, deadline=None)
def test_cuts_point_inside_the_line_and_nothing_is_invented(line):
    for cut in find(line):
        assert 0 <= cut.start <= cut.end <= len(line)
    story, noise = split_furniture(line)
    # Nothing is invented: every character kept or cut comes from the line.
    from collections import Counter

    out = Counter("".join(story + noise).replace(" ", ""))
    assert not out - Counter(line.replace(" ", ""))


@pytest.mark.parametrize(
    "text, story, noise",
    [
        # a credit whose line break was lost, glued to the sentence after it
        (
            "Photo: Hailey BollingerIn light of the outbreak, the Kerrow fair set for Wednesday, March 25 is off.\n",
            "In light of the outbreak, the Kerrow fair set for Wednesday, March 25 is off.",
            ("Photo: Hailey Bollinger",),
        ),
        # a name written in camel case is no glue
        ("He posted on LinkedIn last week that 40 people came.\n", "He posted on LinkedIn last week that 40 people came.", ()),
        ("The McDonaldsAt home survey found 40% cook.\n", "The McDonaldsAt home survey found 40% cook.", ()),
        # a brand in two capitalised parts is no credit: only a line that opens with one is cut
        ("The progressive group MoveOn said it would spend $5 million.\n", "The progressive group MoveOn said it would spend $5 million.", ()),
        ("By Jane DoeThe council met on Monday to cut 40 jobs.\n", "The council met on Monday to cut 40 jobs.", ("By Jane Doe",)),
    ],
)
def test_a_name_glued_to_the_next_sentence_is_cut_there(text, story, noise):
    art = ingest_text(text, id="x")
    assert art.text == story
    assert art.noise == noise
