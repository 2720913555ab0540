"""Tests for claimcheck.ingest: reading, normalising, noise and datelines."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.ingest import ingest_text, is_noise, normalise, parse_dateline, read_source

FIXTURES = Path(__file__).parent.parent / "fixtures" / "articles"


# --- normalise ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Quotes, dashes and ellipses stay as the outlet wrote them (reports quote verbatim).
        ("the Taliban\u2019s return", "the Taliban\u2019s return"),
        ("\u201cWe will retaliate,\u201d he said", "\u201cWe will retaliate,\u201d he said"),
        ("between 2013\u201318", "between 2013\u201318"),
        ("ISLAMABAD, 7 April 2025 \u2014 Pakistan's", "ISLAMABAD, 7 April 2025 \u2014 Pakistan's"),
        ("temperatures fell to \u22125C", "temperatures fell to \u22125C"),
        ("a word  \u2014  then more", "a word \u2014 then more"),
        # Spaces.
        ("Read more:\u00a0iPhone price", "Read more: iPhone price"),
        ("10\u202f000 troops and 5\u2009km", "10 000 troops and 5 km"),
        ("figure\u2007space\u3000ideographic", "figure space ideographic"),
        ("too   many    spaces", "too many spaces"),
        ("trailing spaces   \nnext line\t \n", "trailing spaces\nnext line\n"),
        # Invisible and control characters.
        ("co\u00adoperation", "cooperation"),
        ("zero\u200bwidth\u200c\u200d\u2060\ufeffjoined", "zerowidthjoined"),
        ("\x1b[31mRed alert\x1b[0m issued", "[31mRed alert[0m issued"),
        ("bell\x07 and null\x00 and del\x7f", "bell and null and del"),
        ("keeps\ttabs", "keeps\ttabs"),
        # Line ends.
        ("one\r\ntwo\rthree\u2028four", "one\ntwo\nthree\nfour"),
        # Ellipsis and NFC.
        ("Wait\u2026 what", "Wait\u2026 what"),
        ("Cafe\u0301 in Lahore", "Caf\u00e9 in Lahore"),
        # Figures are never changed.
        (
            "\u20b91,000, \u00a35.5m, \u20ac7bn, \u00a59, $3.14 and 42% of 2,500",
            "\u20b91,000, \u00a35.5m, \u20ac7bn, \u00a59, $3.14 and 42% of 2,500",
        ),
        ("ASCII - hyphens-stay as-is", "ASCII - hyphens-stay as-is"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


_FIGURES = "0123456789$\u00a3\u20ac\u00a5\u20b9%"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("abcXYZ019 $\u00a3\u20ac\u00a5\u20b9%.,-'\"\n\t")
            + list("\u2013\u2014\u2015\u2212\u2018\u2019\u201c\u201d\u2026\u00a0\u2009\u202f\u200b\u00ad\x1b\r")
        )
    )
)
def test_normalise_keeps_letters_digits_and_currency(text: str) -> None:
    def keep(s: str) -> list[str]:
        return [c for c in s if c.isalnum() or c in _FIGURES]

    out = normalise(text)
    assert keep(out) == keep(text)
    for bad in "\u00a0\u2009\u202f\u200b\u00ad\x1b\r":
        assert bad not in out
    for kept in "\u2013\u2014\u2018\u2019\u201c\u201d\u2026":
        assert out.count(kept) == text.count(kept)
    assert "  " not in out


# --- noise ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Read more: iPhone price in Pakistan could skyrocket to Rs1Million amid Trump's trade tariff",
        "Comments are closed, but trackbacks and pingbacks are open.",
        "READ MORE",
        "Read also: Dar to visit Washington next month",
        "ALSO READ | Rupee slides against dollar",
        "Related: Pakistan hit with 29% tariff",
        "RELATED:",
        "Related Stories",
        "See also - US tariffs explained",
        "Recommended",
        "You may also like",
        "\U0001f4cc Read more: Tariff talks stall",
        "\u2022 Follow us on Twitter and Facebook",
        "Follow Dawn on WhatsApp",
        "Subscribe to our newsletter for the latest updates",
        "Published in The Karachi Ledger, September 12th, 2025",
        "Get a look at the day ahead in Asian markets with our morning newsletter. Sign up here.",
        "The best stories of the week, in your inbox every Friday. Subscribe now",
        "Sign up for our daily briefing",
        "Click here to read the full statement",
        "Share this article",
        "Share on WhatsApp",
        "Share:",
        "Leave a comment",
        "Comments (12)",
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Scroll to continue with content",
        "Continue reading",
        "Continue reading the main story",
        "Copyright 2025 Dawn Media Group",
        "\u00a9 2025 Reuters. All rights reserved.",
        "(c) 2025 The Express Tribune",
        "All rights reserved.",
        "Photo: AFP",
        "Image: Reuters/File",
        "(Photo credit: Foreign Office)",
        "File photo",
        "Watch: Dar's press conference after the call",
        "Listen to this article",
        "3 min read",
        "5 mins read",
        "Updated: April 8, 2025 10:31 am",
        "Published April 7, 2025",
        "Last modified on Monday",
        "Updated 2 hours ago",
        "Download the Dawn app for breaking news",
        "Join our WhatsApp channel",
        "Join us on Telegram for breaking news",
        "For the latest news, follow us on Google News",
        "@dawn_com | @AFP",
        "#Pakistan #US #Tariffs",
        "Twitter: @ForeignOfficePk",
        "https://www.dawn.com/news/1903000",
        "www.example.com/article",
        "Tags: Pakistan, United States, tariffs",
        "Topics: Foreign policy",
        "Filed under: World",
        "Reporting by Asif Shahzad; Editing by Ros Russell",
        "(Reporting by Asif Shahzad in Islamabad)",
        "Writing by Gibran Peshimam; editing by Ed Osmond",
        "This article was originally published on Arab News",
        "Most Read",
        "More on this story",
        "Related coverage:",
        "Image source, Lancashire Police",
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        "Posted in World | Tagged Pakistan, US",
        "This story has been corrected to show the date was April 9.",
        "Associated Press writer Jane Doe in Washington contributed to this report.",
        "(AP Photo/Anjum Naveed)",
        "Privacy Policy",
        "Sign in",
        "Get our newsletter",
        "Source: Reuters",
        "Additional reporting by AFP.",
        "Image caption, Rescuers search the rubble",
        "By Jane Doe",
        "Editor's note: This story was updated.",
        "Have a story or a tip? Email us at news@example.co.ke",
        "Got a news tip? Send it to us on WhatsApp",
        "We use cookies to give you the best experience on our site. Accept all",
    ],
)
def test_noise_lines(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "WASHINGTON (Reuters) - The United States imposed a 29% tariff on Pakistani goods.",
        "(Reuters) - Oil prices rose on Monday.",
        "Pakistan-US Leaders Agree on Cooperation Amid Tariff Concerns",
        "The discussions also set the stage for further cooperation between the two countries.",
        "Readers who subscribe to the paper were told that the tariffs would hit exports hard.",
        "Related to the tariff dispute, Dar said Pakistan would send a delegation to Washington.",
        "Recommended by the finance committee, the measure would cut duties on US goods.",
        "Copyright laws were not on the agenda, the Foreign Office said.",
        "Updated figures show that terror attacks rose 42% in January.",
        "Published in January, the report found that attacks had risen sharply.",
        "Reporting by the state broadcaster suggested the call lasted an hour.",
        "Photographs released by the Foreign Office showed Dar on the phone.",
        "Comments by the US State Department echoed similar sentiments, officials said.",
        "Watchdogs said the equipment left behind in Afghanistan was worth $7 billion.",
        "Share prices on the Pakistan Stock Exchange fell 2% after the tariff announcement.",
        "Share the burden, Dar told Rubio.",
        "Watch this space, the minister told reporters.",
        "Advertisement revenue at Pakistani newspapers has fallen sharply this year.",
        "Follow-up talks are expected next month, the ministry said.",
        "Tags on the crates showed they had come from US stocks.",
        "Click and collect orders rose during the holiday.",
        "Most read newspapers cut their prices last year.",
        "Have a story, the editor told the trainee, before you pitch it.",
        "By Monday, 12 people had died.",
        "Source: officials said 12 people had died in the blast on Monday night.",
        "Search teams found 12 bodies.",
        "Correction of the figures came a day later, officials said.",
        # A long paragraph that opens like a leftover is kept.
        "Subscribe to the view that tariffs help, and you will find that Pakistan's exporters, "
        "who sold $5.4 billion of goods to the US last year, disagree with you, as do many "
        "economists in Islamabad and Karachi who have studied the matter for years.",
    ],
)
def test_story_lines_are_not_noise(line: str) -> None:
    assert not is_noise(line)


# --- dateline -------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "text", "place", "date"),
    [
        ("ISLAMABAD, April 7, 2025 - Foreign Minister Ishaq Dar held", "ISLAMABAD, April 7, 2025", "ISLAMABAD", dt.date(2025, 4, 7)),
        ("ISLAMABAD - In their first official phone call", "ISLAMABAD", "ISLAMABAD", None),
        ("WASHINGTON (Reuters) - The United States said", "WASHINGTON (Reuters)", "WASHINGTON", None),
        ("LONDON, 9 April (AFP) - Britain said", "LONDON, 9 April (AFP)", "LONDON", None),
        ("NEW DELHI, Jan 5 (PTI) The government said", "NEW DELHI, Jan 5 (PTI)", "NEW DELHI", None),
        ("Karachi, 7 April 2025: The Sindh government said", "Karachi, 7 April 2025", "Karachi", dt.date(2025, 4, 7)),
        ("MUMBAI: Police arrested three men", "MUMBAI", "MUMBAI", None),
        ("BEIJING, April 8 (Xinhua) -- China said", "BEIJING, April 8 (Xinhua)", "BEIJING", None),
        ("ISLAMABAD, 7 April 2025 - Pakistan's Foreign Minister", "ISLAMABAD, 7 April 2025", "ISLAMABAD", dt.date(2025, 4, 7)),
        ("NEW YORK, Sept. 9, 2024 - Stocks fell", "NEW YORK, Sept. 9, 2024", "NEW YORK", dt.date(2024, 9, 9)),
        ("WASHINGTON, Monday, April 7, 2025 (Reuters) - The", "WASHINGTON, Monday, April 7, 2025 (Reuters)", "WASHINGTON", dt.date(2025, 4, 7)),
        ("SPRINGFIELD, Ill. (AP) - A man was arrested", "SPRINGFIELD, Ill. (AP)", "SPRINGFIELD", None),
        ("Islamabad (Reuters) - Pakistan said", "Islamabad (Reuters)", "Islamabad", None),
        ("(Reuters) - Oil prices rose on Monday", "(Reuters)", None, None),
        ("ISLAMABAD, February 30, 2025 - An impossible date", "ISLAMABAD, February 30, 2025", "ISLAMABAD", None),
    ],
)
def test_parse_dateline(paragraph: str, text: str, place: str | None, date: dt.date | None) -> None:
    d = parse_dateline(paragraph)
    assert d is not None
    assert (d.text, d.place, d.date) == (text, place, date)
    assert (d.start, d.end) == (0, len(text))
    assert paragraph[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "paragraph",
    [
        "The US had attempted to destroy or dismantle much of the equipment.",
        "US President Donald Trump said on Monday - in a post - that tariffs would rise.",
        "US-China trade talks resumed in Geneva.",
        "Pakistan & US Discuss Afghanistan Military Equipment and Counter-Terrorism Cooperation",
        "BREAKING: Pakistan and US agree to boost trade",
        "Update: the ministry said the call lasted an hour.",
        "In January 2025, terror attacks in Pakistan jumped by 42%.",
        "Pakistan (PTI) said on Monday it would protest.",
        "Pakistan Tehreek-e-Insaf (PTI) said on Monday it would protest.",
        "According to a statement: Dar and Rubio spoke.",
        "Monday, April 7: Dar said the talks went well.",
        "ISLAMABAD-based analysts said the call was overdue.",
        "A STATEMENT FROM THE FOREIGN OFFICE WAS ISSUED ON MONDAY AFTER A LONG DAY OF TALKS - IT SAID",
    ],
)
def test_not_a_dateline(paragraph: str) -> None:
    assert parse_dateline(paragraph) is None


# --- ingest_text ----------------------------------------------------------


def test_ingest_text_cleans_paragraphs_and_keeps_noise() -> None:
    raw = (
        "Dar, Rubio hold first call\r\n\r\n"
        "ISLAMABAD \u2013 Pakistan\u2019s Foreign Minister spoke to Rubio.  \r\n"
        "\r\n\r\n"
        "Advertisement\r\n"
        "   The call lasted an hour.\r\n"
        "Read more:\u00a0Tariffs explained\r\n"
    )
    art = ingest_text(raw, id="x", label="Dawn")
    assert art.text == (
        "Dar, Rubio hold first call\n"
        "ISLAMABAD \u2013 Pakistan\u2019s Foreign Minister spoke to Rubio.\n"
        "The call lasted an hour."
    )
    assert art.noise == ("Advertisement", "Read more: Tariffs explained")
    assert (art.id, art.label, art.path) == ("x", "Dawn", None)
    assert art.dateline is not None
    assert art.dateline.text == "ISLAMABAD"
    assert art.text[art.dateline.start : art.dateline.end] == "ISLAMABAD"
    assert art.published is None


# A page that lost its line breaks keeps its leftover lines as sentences of a
# paragraph: each is cut by the whole-line rules, and the story around it stays.
GLUED_LEFTOVERS = [
    ("Bus fares rise 5% in June. Tags: transport, fares. The change affects 2 million riders.", ["Bus fares rise 5% in June.", "The change affects 2 million riders."], ["Tags: transport, fares."]),
    ("The dam holds 40 million litres. Photo: Ana Ruiz. It opened in 1998.", ["The dam holds 40 million litres.", "It opened in 1998."], ["Photo: Ana Ruiz."]),
    ("Three schools closed on Friday. 4 min read. Teachers said 30 pupils were ill.", ["Three schools closed on Friday.", "Teachers said 30 pupils were ill."], ["4 min read."]),
    # a story sentence that opens like a leftover is kept: it is longer than the rule allows
    ("Rescuers dug all night. By late Sunday, the toll was 43. Roads stayed shut.", ["Rescuers dug all night. By late Sunday, the toll was 43. Roads stayed shut."], []),
    ("The clip spread fast. Posted on Monday, it was viewed widely. Police later removed it.", ["The clip spread fast. Posted on Monday, it was viewed widely. Police later removed it."], []),
    ("Troops massed for weeks. Images by Maxar showed the camps. Talks failed.", ["Troops massed for weeks. Images by Maxar showed the camps. Talks failed."], []),
    ("The mill shut. Sources: two officials confirmed that 40 schools would close on Monday. It reopened.",
     ["The mill shut. Sources: two officials confirmed that 40 schools would close on Monday. It reopened."], []),
]


@pytest.mark.parametrize("line, story, noise", GLUED_LEFTOVERS, ids=[c[2][0] if c[2] else f"kept: {c[0][:30]}" for c in GLUED_LEFTOVERS])
def test_leftover_sentences_inside_a_paragraph_are_noise(line: str, story: list[str], noise: list[str]) -> None:
    art = ingest_text(line + "\n", id="x")
    assert art.text.split("\n") == story
    assert list(art.noise) == noise


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_headlines_under_a_link_list_heading_are_noise(gap: str) -> None:
    raw = (
        "Cholera toll rises to 53\n\n"
        "ABUJA - Fifty-three people have died, the NCDC said.\n\n"
        f"Most Read{gap}"
        "1. iPhone 17 launch: Prices in India start at Rs 82,900\n"
        "2. Sensex ends 300 points higher as IT stocks rally\n\n"
        "Lagos has recorded 24 of the deaths.\n"
        "Related coverage:\n"
        "Manning River residents told to prepare for major flooding\n"
        "The agency urged people to boil water.\n"
    )
    art = ingest_text(raw, id="x")
    assert art.noise == (
        "Most Read",
        "1. iPhone 17 launch: Prices in India start at Rs 82,900",
        "2. Sensex ends 300 points higher as IT stocks rally",
        "Related coverage:",
        "Manning River residents told to prepare for major flooding",
    )
    # The list ends at a line that is a sentence, blank lines or not.
    assert "Lagos has recorded 24 of the deaths." in art.text
    assert "The agency urged people to boil water." in art.text


def test_headlines_listed_between_blank_lines_are_noise_to_the_list_s_end() -> None:
    raw = (
        "Flood warning lifted for Elm River\n\n"
        "The river fell 2 metres overnight, the agency said.\n\n"
        "ALSO IN THE NEWS\n\n"
        "Council delays vote on new bus lanes: 3 routes affected\n\n"
        "Bakery fire closes Queen Street for hours\n\n"
        "Library hours extended over winter break\n\n"
        "Crews will inspect the levee on Monday, officials said.\n\n"
        "What comes next\n\n"
        "Residents may return home on Tuesday.\n"
    )
    art = ingest_text(raw, id="x")
    assert art.noise == (
        "ALSO IN THE NEWS",
        "Council delays vote on new bus lanes: 3 routes affected",
        "Bakery fire closes Queen Street for hours",
        "Library hours extended over winter break",
    )
    # A story paragraph ends the list; a short line after it is the story's again.
    assert art.text.split("\n")[2:] == [
        "Crews will inspect the levee on Monday, officials said.",
        "What comes next",
        "Residents may return home on Tuesday.",
    ]


@pytest.mark.parametrize(
    "line, noise",
    [
        ("Riverside Weekend Guide: Kite Show, Jazz Night, Bake SaleKites will fill the sky on Saturday.", ("Riverside Weekend Guide: Kite Show, Jazz Night, Bake Sale",)),
        ("Why Millions Of Teens Love YouTube stars, a survey of 2,000 pupils found.", ()),
        ("Lakers Beat Celtics In Overtime Thriller", ()),
    ],
)
def test_a_related_headline_glued_to_its_teaser_is_noise(line: str, noise: tuple[str, ...]) -> None:
    art = ingest_text("The fair drew 8,000 visitors.\n\n" + line + "\n", id="x")
    assert art.noise == noise
    assert art.text.startswith("The fair drew 8,000 visitors.\n")


def test_ingest_text_label_defaults_to_id() -> None:
    art = ingest_text("The call lasted an hour.", id="inline")
    assert art.label == "inline"
    assert art.dateline is None


def test_ingest_text_no_dateline_in_headline_or_later_paragraph() -> None:
    art = ingest_text(
        "BREAKING NEWS\nThe call lasted an hour.\nKARACHI - Markets fell.", id="x"
    )
    assert art.dateline is None


def test_ingest_text_noise_only_raises() -> None:
    with pytest.raises(InputError, match=r"^inline: nothing left after removing 2 web-page"):
        ingest_text("Advertisement\n\nRead more: Tariffs", id="inline")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_ingest_text_properties(text: str) -> None:
    try:
        art = ingest_text(text, id="p")
    except InputError:
        return
    assert art.text
    assert normalise(art.text) == art.text
    lines = art.text.split("\n")
    assert all(line and line == line.strip() for line in lines)
    assert not any(is_noise(line) for line in lines)
    if art.dateline is not None:
        assert art.text[art.dateline.start : art.dateline.end] == art.dateline.text


# --- fixtures -------------------------------------------------------------


def test_fixture_a() -> None:
    art = read_source(str(FIXTURES / "pakistan-us-a.txt"))
    assert art.id == "pakistan-us-a"
    assert art.label == "pakistan-us-a.txt"
    assert art.path == str(FIXTURES / "pakistan-us-a.txt")
    assert art.noise == (
        "Read more: iPhone price in Pakistan could skyrocket to Rs1Million amid Trump\u2019s trade tariff",
        "Comments are closed, but trackbacks and pingbacks are open.",
    )
    lines = art.text.split("\n")
    assert len(lines) == 9
    assert lines[0] == "Pakistan & US Discuss Afghanistan Military Equipment and Counter-Terrorism Cooperation"
    assert lines[1] == "Pakistan-US Leaders Agree on Cooperation Amid Tariff Concerns"
    assert lines[-1].startswith("The discussions also set the stage")
    assert "Read more" not in art.text and "Comments are closed" not in art.text
    assert "Taliban\u2019s return" in art.text  # typography kept: reports quote verbatim
    d = art.dateline
    assert d is not None
    assert (d.text, d.place, d.date) == ("ISLAMABAD, April 7, 2025", "ISLAMABAD", dt.date(2025, 4, 7))
    assert art.text[d.start : d.end] == "ISLAMABAD, April 7, 2025"
    assert art.text[d.end :].startswith(" \u2013 Foreign Minister Ishaq Dar")
    assert art.published == dt.date(2025, 4, 7)


def test_fixture_b() -> None:
    art = read_source(str(FIXTURES / "pakistan-us-b.txt"), label="Outlet B")
    assert (art.id, art.label) == ("Outlet B", "Outlet B")
    assert art.noise == ()
    assert len(art.text.split("\n")) == 12
    d = art.dateline
    assert d is not None
    assert (d.text, d.place, d.date, d.start, d.end) == ("ISLAMABAD", "ISLAMABAD", None, 0, 9)


def test_fixture_rewrite() -> None:
    art = read_source(str(FIXTURES / "pakistan-us-rewrite.txt"))
    assert art.id == "pakistan-us-rewrite"
    assert art.noise == ()
    d = art.dateline
    assert d is not None
    assert (d.text, d.place, d.date) == ("ISLAMABAD, 7 April 2025", "ISLAMABAD", dt.date(2025, 4, 7))
    assert art.text[d.start : d.end] == d.text
    assert art.text.split("\n")[0] == "Dar, Rubio hold first call as tariffs and Afghan arms top agenda"


# --- read_source errors ---------------------------------------------------


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "nope.txt")
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        read_source(path)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r": is a directory"):
        read_source(str(tmp_path))


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_unreadable(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.txt", b"The call lasted an hour.")
    os.chmod(path, 0)
    try:
        with pytest.raises(InputError, match=r"secret\.txt: permission denied"):
            read_source(path)
    finally:
        os.chmod(path, 0o644)


def test_permission_error_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The unreadable-file message, checked even when running as root."""
    import claimcheck.ingest as ingest

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    path = _write(tmp_path, "locked.txt", b"The call lasted an hour.")
    monkeypatch.setattr(ingest, "open", deny, raising=False)
    with pytest.raises(InputError, match=r"locked\.txt: permission denied; make the file readable$"):
        read_source(path)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", r"empty\.txt: empty file"),
        ("blank.txt", b"  \n\t\r\n \xc2\xa0\n", r"blank\.txt: only whitespace"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"image\.png: binary data"),
        ("ctrl.bin", bytes(range(1, 9)) * 50, r"ctrl\.bin: binary data"),
        (
            "notes.txt",
            b"Caf\xe9 owners in Lahore said",
            r"^.*notes\.txt: not UTF-8 text \(invalid byte 0xe9 at offset 3\); re-save it as UTF-8$",
        ),
        (
            "noise.txt",
            b"Advertisement\n\nRead more: Tariffs explained\nComments are closed.\n",
            r"noise\.txt: nothing left after removing 3 web-page leftover",
        ),
        ("bad16.txt", b"\xff\xfeA\x00\x00\xd8", r"bad16\.txt: not valid UTF-16-LE text"),
    ],
)
def test_bad_input(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError, match=message) as info:
        read_source(path)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, ClaimcheckError)


@pytest.mark.parametrize(
    "data",
    [
        "\ufeffISLAMABAD \u2013 Dar spoke to Rubio.".encode("utf-8"),
        "ISLAMABAD \u2013 Dar spoke to Rubio.".encode("utf-16"),  # BOM in native order
        b"\xfe\xff" + "ISLAMABAD \u2013 Dar spoke to Rubio.".encode("utf-16-be"),
        b"\xff\xfe" + "ISLAMABAD \u2013 Dar spoke to Rubio.".encode("utf-16-le"),
    ],
)
def test_accepted_encodings(tmp_path: Path, data: bytes) -> None:
    art = read_source(_write(tmp_path, "enc.txt", data))
    assert art.text == "ISLAMABAD \u2013 Dar spoke to Rubio."
    assert art.dateline is not None and art.dateline.place == "ISLAMABAD"


def test_ansi_escapes_are_not_binary(tmp_path: Path) -> None:
    art = read_source(_write(tmp_path, "term.txt", b"\x1b[1mTariffs rose to 29%.\x1b[0m"))
    assert "\x1b" not in art.text
    assert "29%" in art.text


def test_stdin() -> None:
    stream = io.BytesIO("MUMBAI: Police arrested three men.\n".encode())
    art = read_source("-", stdin=stream)
    assert (art.id, art.label, art.path) == ("stdin", "stdin", "-")
    assert art.dateline is not None and art.dateline.place == "MUMBAI"


def test_stdin_label_and_errors() -> None:
    art = read_source("-", label="Wire", stdin=io.BytesIO(b"The call lasted an hour."))
    assert (art.id, art.label) == ("Wire", "Wire")
    with pytest.raises(InputError, match=r"^standard input: empty file"):
        read_source("-", stdin=io.BytesIO(b""))


def test_label_overrides_id(tmp_path: Path) -> None:
    art = read_source(_write(tmp_path, "story.final.txt", b"The call lasted an hour."))
    assert (art.id, art.label) == ("story.final", "story.final.txt")
