"""Tests for claimcheck.segment: sentence splitting with exact offsets."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.ingest import ingest_text, read_source
from claimcheck.segment import is_headline, split_sentences
from claimcheck.types import Article

FIXTURES = Path(__file__).parent.parent / "fixtures" / "articles"


def _article(text: str, id: str = "t") -> Article:
    return Article(id=id, label=id, path=None, text=text)


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(_article(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Abbreviations that end the sentence when a sentence opener follows.
        (
            "The talks were held in the U.S. The next round will be in Islamabad.",
            ["The talks were held in the U.S.", "The next round will be in Islamabad."],
        ),
        (
            "The meeting ended at 10 p.m. The ministers then left for the airport.",
            ["The meeting ended at 10 p.m.", "The ministers then left for the airport."],
        ),
        (
            "Leaders discussed trade, arms, minerals, etc. Dar called it a good start.",
            ["Leaders discussed trade, arms, minerals, etc.", "Dar called it a good start."],
        ),
        (
            "Prices were approx. 5 per cent higher than in Dec. The bank blamed tariffs.",
            ["Prices were approx. 5 per cent higher than in Dec.", "The bank blamed tariffs."],
        ),
        # Abbreviations and initials inside a sentence.
        (
            "Pakistan's Foreign Minister Ishaq Dar and U.S. Secretary of State Marco Rubio "
            "spoke by telephone for the first time on Monday.",
            [
                "Pakistan's Foreign Minister Ishaq Dar and U.S. Secretary of State Marco Rubio "
                "spoke by telephone for the first time on Monday."
            ],
        ),
        (
            "Trade between the U.K. and U.N. agencies improved when U.S. forces left.",
            ["Trade between the U.K. and U.N. agencies improved when U.S. forces left."],
        ),
        (
            "Mr. Dar met Mrs. Clinton and Ms. Rice at No. 10 Downing Street. They talked for an hour.",
            [
                "Mr. Dar met Mrs. Clinton and Ms. Rice at No. 10 Downing Street.",
                "They talked for an hour.",
            ],
        ),
        (
            "Gen. Asim Munir met Lt. Col. Ahmed, Sen. Sherry Rehman and Gov. Kamran Tessori in Rawalpindi.",
            ["Gen. Asim Munir met Lt. Col. Ahmed, Sen. Sherry Rehman and Gov. Kamran Tessori in Rawalpindi."],
        ),
        (
            "Dr. Ayesha Siddiqa, a defence analyst, said Prof. Khan was wrong. She cited new figures.",
            ["Dr. Ayesha Siddiqa, a defence analyst, said Prof. Khan was wrong.", "She cited new figures."],
        ),
        (
            "The delegation landed in St. Louis at 9 a.m. on Tuesday.",
            ["The delegation landed in St. Louis at 9 a.m. on Tuesday."],
        ),
        (
            "Author J. K. Rowling and former President George W. Bush attended the gala in London.",
            ["Author J. K. Rowling and former President George W. Bush attended the gala in London."],
        ),
        (
            "Apple Inc. Chief Executive Tim Cook visited Karachi. Sales in Pakistan rose.",
            ["Apple Inc. Chief Executive Tim Cook visited Karachi.", "Sales in Pakistan rose."],
        ),
        (
            "The tariffs take effect on Sept. 9 and run until Oct. 31, officials said.",
            ["The tariffs take effect on Sept. 9 and run until Oct. 31, officials said."],
        ),
        (
            "The list included tanks, rifles, drones, etc. and other hardware, i.e. most of it.",
            ["The list included tanks, rifles, drones, etc. and other hardware, i.e. most of it."],
        ),
        (
            "Pakistan v. India and Pakistan vs. Afghanistan were both postponed, e.g. The Hague match.",
            ["Pakistan v. India and Pakistan vs. Afghanistan were both postponed, e.g. The Hague match."],
        ),
        (
            "A kilo of sugar costs Rs. 150 in Lahore. Prices rose last week.",
            ["A kilo of sugar costs Rs. 150 in Lahore.", "Prices rose last week."],
        ),
        # Numbers and decimals never end a sentence.
        (
            "Equipment worth $7.5bn was left behind, and 3.14 per cent of it was recovered. Version v2.0 of the deal followed.",
            [
                "Equipment worth $7.5bn was left behind, and 3.14 per cent of it was recovered.",
                "Version v2.0 of the deal followed.",
            ],
        ),
        (
            "Revenue rose to 1,000.50 rupees per tonne. Analysts were surprised.",
            ["Revenue rose to 1,000.50 rupees per tonne.", "Analysts were surprised."],
        ),
        (
            "Terror attacks jumped by 42%. 29 people were killed in one week.",
            ["Terror attacks jumped by 42%.", "29 people were killed in one week."],
        ),
        # Questions, exclamations, ellipses.
        (
            "Will Pakistan retaliate? Officials would not say! The talks continue next week.",
            ["Will Pakistan retaliate?", "Officials would not say!", "The talks continue next week."],
        ),
        (
            '"Will you retaliate?" a reporter asked. Dar did not answer.',
            ['"Will you retaliate?" a reporter asked.', "Dar did not answer."],
        ),
        (
            "The minister paused... Then he said the deal was off.",
            ["The minister paused...", "Then he said the deal was off."],
        ),
        (
            "He said the talks were... difficult, but useful.",
            ["He said the talks were... difficult, but useful."],
        ),
        # Closing quotes and brackets stay with the sentence they close.
        (
            'He said "no." Then he walked out of the room.',
            ['He said "no."', "Then he walked out of the room."],
        ),
        (
            "(See below.) Next, the committee will vote on the bill.",
            ["(See below.)", "Next, the committee will vote on the bill."],
        ),
        (
            '"We will retaliate," said Gov. Ali. "The tariffs are unfair."',
            ['"We will retaliate," said Gov. Ali.', '"The tariffs are unfair."'],
        ),
        (
            "The figures came from the Pakistan Institute for Conflict and Security Studies (PICSS). These show a rise.",
            [
                "The figures came from the Pakistan Institute for Conflict and Security Studies (PICSS).",
                "These show a rise.",
            ],
        ),
        # Dashes join clauses; datelines stay with their sentence.
        (
            "Dar's call with Rubio - the first since January - covered tariffs and arms.",
            ["Dar's call with Rubio - the first since January - covered tariffs and arms."],
        ),
        (
            "ISLAMABAD, April 7, 2025 - Foreign Minister Ishaq Dar spoke to Rubio. The call lasted an hour.",
            [
                "ISLAMABAD, April 7, 2025 - Foreign Minister Ishaq Dar spoke to Rubio.",
                "The call lasted an hour.",
            ],
        ),
        (
            "WASHINGTON, D.C. (Reuters) - The State Department said the call went well.",
            ["WASHINGTON, D.C. (Reuters) - The State Department said the call went well."],
        ),
        # Camel-case brand after a full stop starts a new sentence.
        (
            "Phone imports fell. iPhone prices could reach Rs1 million.",
            ["Phone imports fell.", "iPhone prices could reach Rs1 million."],
        ),
    ],
)
def test_split_cases(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_lines_are_separate_paragraphs_and_never_join() -> None:
    text = (
        "Key figures from the call\n"
        "- $7 billion in equipment was left behind.\n"
        "- Attacks rose 42% in January\n"
        "1. Tariffs rose to 29%. They take effect on April 9.\n"
        "Dar said the talks went well"
    )
    sents = split_sentences(_article(text))
    assert [(s.text, s.paragraph, s.headline) for s in sents] == [
        ("Key figures from the call", 0, True),
        ("- $7 billion in equipment was left behind.", 1, False),
        ("- Attacks rose 42% in January", 2, False),  # a bullet, not a headline
        ("1. Tariffs rose to 29%.", 3, False),
        ("They take effect on April 9.", 3, False),
        ("Dar said the talks went well", 4, True),
    ]
    assert [s.index for s in sents] == list(range(6))


def test_blank_lines_do_not_count_as_paragraphs() -> None:
    sents = split_sentences(_article("First line here.\n\n\n  Second line here.  \n"))
    assert [(s.text, s.paragraph) for s in sents] == [
        ("First line here.", 0),
        ("Second line here.", 1),
    ]
    assert sents[1].start == len("First line here.\n\n\n  ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A copied page's headline glued to a first sentence that names its subject again.
        (
            "Marta Olsen, coach who built Hallby, dies aged 81 Marta Olsen, who led Hallby to three titles, has died. She was 81.",
            [("Marta Olsen, coach who built Hallby, dies aged 81", True), ("Marta Olsen, who led Hallby to three titles, has died.", False), ("She was 81.", False)],
        ),
        (
            "Vellmar City Council votes to close two libraries Vellmar City Council, which runs 14, voted on Tuesday to close them.",
            [("Vellmar City Council votes to close two libraries", True), ("Vellmar City Council, which runs 14, voted on Tuesday to close them.", False)],
        ),
        # The name again without an apposition: one sentence.
        ("New York City officials said on Tuesday that New York City schools would close.", [("New York City officials said on Tuesday that New York City schools would close.", False)]),
        ("Real Madrid beat Barcelona 2-0 on Sunday, a week after Real Madrid lost to Getafe.", [("Real Madrid beat Barcelona 2-0 on Sunday, a week after Real Madrid lost to Getafe.", False)]),
        # The name again after a word a sentence runs on with, or too soon: one sentence.
        ("Marta Olsen said that a statement from Marta Olsen was false.", [("Marta Olsen said that a statement from Marta Olsen was false.", False)]),
        ("Marta Olsen and Marta Olsen Jr. will both attend.", [("Marta Olsen and Marta Olsen Jr. will both attend.", False)]),
        # Only the text's first sentence can carry a glued headline.
        (
            "The club confirmed it. Marta Olsen, coach, dies aged 81 Marta Olsen, who led Hallby, has died.",
            [("The club confirmed it.", False), ("Marta Olsen, coach, dies aged 81 Marta Olsen, who led Hallby, has died.", False)],
        ),
    ],
)
def test_glued_headline(text: str, expected: list[tuple[str, bool]]) -> None:
    sents = split_sentences(_article(text))
    assert [(s.text, s.headline) for s in sents] == expected
    assert [s.index for s in sents] == list(range(len(sents)))
    assert all(text[s.start : s.end] == s.text for s in sents)


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences(_article("")) == ()
    assert split_sentences(_article(" \n\t\n")) == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pakistan & US Discuss Afghanistan Military Equipment and Counter-Terrorism Cooperation", True),
        ("Dar, Rubio hold first call as tariffs and Afghan arms top agenda", True),
        ("Tariff concerns (updated)", True),
        ("Both leaders agreed to maintain close contact.", False),
        ("Will tariffs hurt Pakistan?", False),
        ("Dar said the following:", False),
        ("- Attacks rose 42% in January", False),
        ("• $7 billion in equipment", False),
        ("2025", False),
        ("", False),
        (" ".join(["word"] * 25), False),
    ],
)
def test_is_headline(line: str, expected: bool) -> None:
    assert is_headline(line) is expected


# --- fixtures -------------------------------------------------------------


def test_fixture_a_sentences() -> None:
    art = read_source(str(FIXTURES / "pakistan-us-a.txt"))
    sents = split_sentences(art)
    assert len(sents) == 15
    assert [s.headline for s in sents[:3]] == [True, True, False]
    assert not any(s.headline for s in sents[2:])
    assert sents[0].text == (
        "Pakistan & US Discuss Afghanistan Military Equipment and Counter-Terrorism Cooperation"
    )
    assert sents[2].text.startswith("ISLAMABAD, April 7, 2025 \u2013 Foreign Minister Ishaq Dar held")
    assert sents[2].text.endswith("after the US withdrawal in 2021.")
    assert sents[6].text == (
        "The US had attempted to destroy or dismantle much of the equipment during the chaotic "
        "withdrawal in August 2021, but a large amount still fell into Taliban hands."
    )
    assert sents[-1].paragraph == 8
    # The dateline span lies inside the first story sentence.
    assert art.dateline is not None
    assert sents[2].start == art.dateline.start
    assert sents[2].start <= art.dateline.end <= sents[2].end


def test_fixture_b_sentences() -> None:
    art = read_source(str(FIXTURES / "pakistan-us-b.txt"))
    sents = split_sentences(art)
    assert len(sents) == 33
    assert not any(s.headline for s in sents)
    assert sents[0].text.startswith("ISLAMABAD \u2013 In their first official phone call")
    assert "relations\u2014the abandoned military equipment" in sents[0].text
    assert sents[23].text == "In January 2025, terror attacks in Pakistan jumped by 42%."
    assert sents[29].text == "Exports from Pakistan to the US now face a 29% duty, up from the earlier 10%."
    assert max(s.paragraph for s in sents) == 11


def test_fixture_rewrite_sentences() -> None:
    art = read_source(str(FIXTURES / "pakistan-us-rewrite.txt"))
    sents = split_sentences(art)
    assert [s.text for s in sents] == [
        "Dar, Rubio hold first call as tariffs and Afghan arms top agenda",
        "ISLAMABAD, 7 April 2025 \u2014 Pakistan's Foreign Minister Ishaq Dar and U.S. Secretary of "
        "State Marco Rubio spoke by telephone for the first time on Monday, the Foreign Office said.",
        "The two discussed roughly $7bn in American military hardware that was left behind in "
        "Afghanistan when U.S. forces pulled out in August 2021.",
        "The Taliban, who seized most of it, have refused to hand it back.",
        "Terrorist attacks in Pakistan rose 42 percent in January 2025 from a month earlier, "
        "according to the Pakistan Institute for Conflict and Security Studies.",
        "Dar pointed to the losses Pakistan suffered in its counter-terrorism campaign from 2013 through 2018.",
        "The call came days after Washington set a 29 per cent tariff on Pakistani goods, up from 10 per cent.",
        "The new rate takes effect on 9 April.",
        "Rubio said he wanted closer cooperation with Islamabad on critical minerals and trade.",
    ]
    assert [s.headline for s in sents] == [True] + [False] * 8
    assert [s.paragraph for s in sents] == [0, 1, 2, 2, 3, 4, 5, 5, 6]
    assert all(s.source == "pakistan-us-rewrite" for s in sents)


@pytest.mark.parametrize("name", ["pakistan-us-a", "pakistan-us-b", "pakistan-us-rewrite"])
def test_fixture_spans_are_exact(name: str) -> None:
    art = read_source(str(FIXTURES / f"{name}.txt"))
    for i, s in enumerate(split_sentences(art)):
        assert s.index == i
        assert art.text[s.start : s.end] == s.text
        assert "\n" not in s.text


def test_large_article_is_fast() -> None:
    base = (FIXTURES / "pakistan-us-a.txt").read_text(encoding="utf-8")
    art = ingest_text(base * (120_000 // len(base) + 1), id="big")
    assert len(art.text) >= 100_000
    split_sentences(art)  # warm up regex caches
    t0 = time.perf_counter()
    sents = split_sentences(art)
    elapsed = time.perf_counter() - t0
    assert len(sents) > 500
    # Typically ~5-10 ms; a generous bound keeps the test stable on slow CI.
    assert elapsed < 0.25


# --- properties -----------------------------------------------------------

_ALPHABET = st.one_of(
    st.sampled_from(list("aAzZ09 .?!…\"'()[]-\n\t\r,;:$%")),
    st.sampled_from(["U.S.", "Dr.", "No.", "etc.", "e.g.", "...", " The ", "\u00a0", "\u2014", "\u201d"]),
    st.characters(),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_split_properties(text: str) -> None:
    art = _article(text)
    sents = split_sentences(art)
    covered = [False] * len(text)
    prev_end = 0
    prev_par = 0
    for i, s in enumerate(sents):
        assert s.index == i
        assert s.source == "t"
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert "\n" not in s.text
        assert s.start >= prev_end  # in order, no overlap
        assert s.paragraph >= prev_par
        prev_end, prev_par = s.end, s.paragraph
        for k in range(s.start, s.end):
            covered[k] = True
    for k, ch in enumerate(text):
        if not ch.isspace():
            assert covered[k], (k, ch)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Dar met Rubio.",
                "The U.S. said no.",
                "Mr. Dar spoke",
                "in the U.S.",
                "It rose 42%!",
                '"Why?" he asked.',
                "(See below.)",
                "ISLAMABAD - ",
                "...",
                " ",
                "\n",
            ]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_split_properties_on_news_like_text(text: str) -> None:
    sents = split_sentences(_article(text))
    joined = "".join(s.text for s in sents)
    assert joined.replace(" ", "") == text.replace(" ", "").replace("\n", "")
    for s in sents:
        assert text[s.start : s.end] == s.text
