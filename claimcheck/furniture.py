"""Web-page furniture inside a paragraph: found, cut out, listed as noise.

Pages copied without their line breaks carry their furniture in the middle
of the text: a wire tag after the dateline ("LOS ANGELES (CBSLA) —"), photo
credits and captions, "Advertisement", share and subscribe prompts,
"RELATED:" links and other stories' Title Case headlines, paywall, login
and cookie boxes, copyright and contact lines, publishers' disclaimers,
bylines, author bios, time stamps, gallery counters, embedded tweets.  Whole-line furniture is ingest's business; this module
finds it *within* a line, so that none of it becomes a figure, a credited
source, an alignment or a sentence finding.

Each rule is a small named function from a line to spans, and each span says
how to cut: ``drop`` joins what is left on both sides with a space (a wire tag
inside the dateline), ``break`` ends the paragraph there (a caption between
two sentences).  The words are data (``claimcheck/data/furniture.json``); the
rules are the mechanism.  Two sentences glued without a space
("...the flood.Officials said") and a headline glued to its dateline are split
as well, without cutting anything.
"""

from __future__ import annotations

import bisect
import json
import re
from itertools import islice
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .extract.lexicon import DETERMINERS, MONTH_PATTERN, MONTHS, SAY_VERBS, WEEKDAY_NAMES
from .segment import _STARTERS, ends_sentence

Mode = Literal["drop", "break", "split"]


@dataclass(frozen=True)
class Cut:
    """A span of a line that is furniture (or, for ``split``, a place to break it)."""

    start: int
    end: int
    mode: Mode
    rule: str


def _load() -> dict[str, list[str]]:
    with open(Path(__file__).parent / "data" / "furniture.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v for k, v in data.items() if isinstance(v, list)}


_DATA = _load()


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


_SENTENCE_STARTS = "|".join(sorted(_STARTERS))  # words a sentence opens with ("The", "After" ...), as one alternation

# Where a sentence ends inside a line: a stop (and closing quotes), then a space.
_STOP = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")


def _ends(line: str, m: re.Match[str]) -> bool:
    """Whether a stop ends a sentence as the sentence splitter reads it: "Dec. 31"
    and "Mr. Smith" do not, "... 2019. Los Angeles" does."""
    nxt = m.end()
    while nxt < len(line) and line[nxt].isspace():
        nxt += 1
    if nxt >= len(line):
        return True
    stop = line[m.start() : m.end()].rstrip("\"'”’)]")
    return ends_sentence(line, 0, stop, m.start(), nxt)


def _sentence_around(line: str, start: int, end: int, reach: int = 320) -> tuple[int, int]:
    """The sentence of ``line`` that holds [start, end): from the stop before it to the stop after."""
    lo = max(0, start - reach)
    before = None
    for m in _STOP.finditer(line, lo, start):
        if _ends(line, m):
            before = m.end()
    # No stop within reach: the line's edge if it is within reach, else the span itself.
    s = before if before is not None else (0 if lo == 0 else start)
    if line[end - 1 : end] in (".", "!", "?", "…"):
        return s, end  # "Sign up now!": the span's own stop ends its sentence
    after = next((m for m in _STOP.finditer(line, end, min(len(line), end + reach)) if _ends(line, m)), None)
    e = after.end() if after else (len(line) if len(line) - end < reach else end)
    return s, e


def _own_stop(line: str, start: int, end: int) -> int:
    """Where a cut ends when it is a sentence of its own: after its stop ("... litres.
    Photo: Ana Ruiz. It opened"); else where it ends."""
    before = line[:start].rstrip()
    stop = re.match(r"\s*[.!?]", line[end:])
    return end + stop.end() if stop and (not before or before[-1] in ".!?\"”’)") else end


# --- the rules ---------------------------------------------------------------

# "(AP)", and an unclosed "(Yonhap" that ends a text cut short.
_WIRE_TAG = re.compile(rf"\((?:{_alternation(_DATA['wire_tags'])})(?:\)(?!\w)|\)(?=[A-Z][a-z])|\s*$)")
_DASHED_TAG = re.compile(
    r"\([A-Z][A-Za-z0-9]{1,11}(?:[-/ ][A-Z][A-Za-z0-9]{1,7})?\)(?=\s*[—–-]{1,2}\s)"  # (KLAS) --, (ABC4 News) –
    r"|/(?:PRNewswire|GLOBE NEWSWIRE|Globe Newswire|Business Wire)(?:-[A-Z]+)?/"
    r"|(?<=\s)/[A-Z]{3,6}/\.?(?=\s)"  # SOFIA, January 1. /TASS/.
)
_MENAFN = re.compile(r"\(MENAFN\s*[-–]?\s*[^()]*(?:\([^()]*\)[^()]*)?\)|\bMENAFN\d{6,}\w*\b")
_WIRE_TRAILER = re.compile(r"\(end\)(?:\s+[a-z]{2,5}(?:\.[a-z]{2,5})+)?|\b\d{1,2}:\d{2}\s+LOCAL\s+TIME\s+\d{1,2}:\d{2}\s+GMT\b")


def wire_tag(line: str) -> Iterator[Cut]:
    """ "LOS ANGELES (CBSLA) —", "(CNN) Is it", "(MENAFN - Gulf Times)", "(end) mdm.mt"."""
    for pattern in (_MENAFN, _WIRE_TAG, _DASHED_TAG, _WIRE_TRAILER):
        for m in pattern.finditer(line):
            # Inside a dateline ("DENVER (KDVR) —") the rest closes up; between
            # two sentences the tag ends the paragraph.
            before = line[: m.start()].rstrip()
            mode: Mode = "break" if not before or before[-1] in ".!?\"”’)" else "drop"
            yield Cut(m.start(), m.end(), mode, "wire-tag")


_PHOTO = _alternation(_DATA["photo_words"])
_NAME = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
# A credited name that ends where its sentence does: "Photo: Ana Ruiz. It opened" stops at "Ruiz".
_CREDITED = r"[A-Z](?:[\w'’\-]*|\.)(?:\s+[A-Z](?:[\w'’\-]*|\.)){0,3}"
_PHOTO_CREDIT = re.compile(
    rf"\((?:AP|AFP|Reuters|EPA|PA|Getty)?\s*(?:{_PHOTO})\s*[:/][^()]{{2,80}}\)"  # (AP Photo/Jane Doe), (Photo: X/Y)
    rf"|\({_NAME}\s*/\s*(?:[A-Z][\w.&'’\-]*\s*){{1,4}}(?:via\s+[A-Z]{{2,}}\s*|(?:file|photo|staff)\s*)?\)"  # (Jane Doe/Staff), (Jane Doe / The Ledger via AP), (Jane Doe / Ledger file)
    rf"|(?:{_NAME})/(?:[A-Z][\w.&'’\-]*\s+){{0,4}}via\s+Getty\s+Images\b"  # Tayfun Coskun/Anadolu Agency via Getty Images
    r"|\bImage\s+(?:courtesy|credit|source)[:,]?\s+[^\s,.;]+(?:\s+[A-Z][\w.\-]*){0,3}"  # Image courtesy x / Image source, X
    r"|\b[A-Z]{2,6}\s+via\s+[A-Z]{2,6}\b"  # KCNA via KNS
    rf"|\b(?:Photos?|Photography|Pictures?|Images?)\s*(?:by)?:\s+{_CREDITED}(?:/[A-Z][\w ]{{1,40}}?\([A-Z]{{2,6}}\)|/[A-Z][\w\-]*)?"  # Photos: Jane Doe, Picture: Jane Doe/News Agency(NA)
    r"|\((?i:photo|image|picture)s?\s*:\s*[^()]{2,60}\)"  # (photo: City Police)
    r"|\((?:FILE|File|File photo|Representational|Representative image|Representational image)\)"
    r"|\b(?:File|Photo|Picture)\s*:\s*(?:AP|AFP|Reuters|EPA|PA|Getty Images)\b"
    r"|\((?:Photo|Image|Picture)s?\s+(?:by|courtesy(?:\s+of)?|credit:?)\s+[^()]{2,80}\)"  # (Photo by Jane Doe/Getty Images)
    r"|\bREUTERS/[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}(?:/File\s+Photo)?"  # REUTERS/Jane Doe/File Photo
    r"|\b[A-Z]{2,}(?:\s+[A-Z]{2,}){1,2}/(?:AP|AFP|EPA|REUTERS|Reuters|Getty(?:\s+Images)?|Bloomberg)\b"  # JANE DOE/AP
    r"|\bCredits?\s*:\s*[A-Z][\w.\-]*"  # Credits: Twitter
    r"|\bSource\s*:\s*(?:[\w.\-]+/[\w.\-]+|Pixabay|Unsplash|Pexels|Shutterstock|Twitter|Instagram|Facebook|YouTube|Wikimedia(?:\s+Commons)?)(?![\w/])"
    r"|#{2,}\s*(?:Image|Photo)\s*:\s*\S+"  # ### Image: x
)
_AGENCIES = _alternation(_DATA["picture_agencies"])
# A caption ends in a credit: "... during the first half. (AP Photo/X)", "... visit to the UK: Getty".
_CAPTION_END = re.compile(
    r"\((?:AP|AFP|Reuters|EPA)\s+Photo/[^()]{2,60}\)"
    r"|\((?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w.'’\-]*\s+/\s+(?:[A-Z][\w.&'’\-]*\s*){1,4}\)"  # (Jane Doe / The Ledger)
    r"|\(Photo\s+by\s+[^()]{2,60}/Getty\s+Images\)"
    # (Jane Doe/The Ledger via AP), "(Jane Doe/Pool Photo via AP" a copy cut short
    rf"|\((?:[A-Z][\w.'’\-]*\s+){{1,3}}[A-Z][\w.'’\-]*\s*/\s*(?:[A-Z][\w.&'’\-]*\s*){{1,4}}via\s+(?:{_AGENCIES})(?:\s*\)|(?=\s|$))"
    # "... in Melbourne. — AFP pic", "... deal in Vienna - REX Austria's": a picture agency after a dash,
    # with a picture word, or glued to a sentence with no stop (after a stop, "– AFP" signs off a wire story)
    rf"|(?<=\S)\s+[-–—]\s?(?:{_AGENCIES})\s+(?:{_alternation(_DATA['picture_suffixes'])})(?=\s+[A-Z]|\s*$)"
    rf"|(?<=[\w’'])\s+[-–—]\s?(?:{_AGENCIES})(?=\s+[A-Z][a-z’']*\s)"
    r"|\b[A-Z]{2,}(?:\s+[A-Z]{2,}){1,2}/(?:AP|AFP|EPA|REUTERS|Getty\s+Images)\b"  # ... as a sad day JANE DOE/AP
    r"|\bREUTERS/[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}(?:/File\s+Photo)?"
    # "... in Manhattan. Reuters WASHINGTON - ...": an agency alone before the dateline credits the picture above it
    rf"|(?<=[.!?]\s)(?:{_AGENCIES}|Associated\s+Press)(?=\s+[A-Z]{{3,}}(?:\s+[A-Z]{{3,}})*\s*(?:,|[-–—]))"
    r"|:\s*(?:AFP\s+via\s+Getty\s+Images|Getty\s+Images|Getty|AFP|EPA|Reuters|PA)(?=\s|$)(?!\s+(?:said|says|reported))"
)
# A Getty caption opens on its place and date in capitals: "KYIV, UKRAINE - MARCH 3: Rescuers ...".
_GETTY_HEAD = re.compile(r"\b[A-Z]{3,}(?:\s[A-Z]{3,})*,\s[A-Z]{3,}(?:\s[A-Z]{3,})*\s[-–]\s[A-Z]{3,9}\s\d{1,2}:")


# One name word between a sentence's end and a credit in brackets: "... 2020. Lukasz (Lukasz Doe/Agency via AP)".
_LEFTOVER = re.compile(r"\s*(?:[A-Z][\w’'\-]*\s*)?")


def photo_credit(line: str) -> Iterator[Cut]:
    """Photo credits anywhere, and the caption sentence a credit closes."""
    for m in _CAPTION_END.finditer(line):
        start, _ = _sentence_around(line, m.start(), m.end())
        empty = not line[start : m.start()].strip() or (line[m.start()] == "(" and _LEFTOVER.fullmatch(line, start, m.start()))
        if empty and start > 0:
            # "Caption sentence. (AP Photo/X)": the credit closes the sentence before it.
            start, _ = _sentence_around(line, max(0, start - 2), max(0, start - 2))
        heads = list(_GETTY_HEAD.finditer(line, max(0, m.start() - 400), m.start()))
        if heads:
            start = min(start, heads[-1].start())
        yield Cut(start, m.end(), "break", "caption")
    for m in _PHOTO_CREDIT.finditer(line):
        end = _own_stop(line, m.start(), m.end())
        yield Cut(m.start(), end, "break" if end > m.end() else "drop", "photo-credit")


# Where a person stands in a picture: "Jane Doe, right, attends", "Jane Doe (centre) is escorted",
# "Jane Doe, 81, second left, leaves".
_SPOT = rf"(?:(?:{_alternation(_DATA['position_prefixes'])})\s+)?(?:{_alternation(_DATA['picture_positions'])})"
_POSITION = rf"(?:,\s*\d{{1,3}}(?:-year-old)?)?(?:,\s*{_SPOT}\s*,|\s*\({_SPOT}\))"
# ... and what the picture shows them doing, in the present tense ("attends", "is escorted";
# two people: "Jane Doe, left, and Ana Ruiz, right, shake hands"); "was" is a story's past.
_PICTURED = re.compile(
    rf"\b[A-Z][\w’'\-.]*{_POSITION}\s+(?:and\s+[^,.!?()]{{2,60}}?{_POSITION}\s+)?"
    rf"(?!was\b)(?:is|are|has|[a-z]{{2,}}s|(?:{_alternation(_DATA['caption_plural_verbs'])}))\b"
)
# An AP caption's date closes it, the weekday after a comma: "... in Hong Kong, Saturday, April 18, 2020."
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAY_NAMES)
_CAPTION_DATE = re.compile(rf",\s+(?:{_WEEKDAY}),\s+(?:{MONTH_PATTERN})\s+\d{{1,2}},\s+\d{{4}}\.(?=\s|$)")
_SAYS = re.compile(rf"\b(?:{_alternation(_DATA['caption_excluded_verbs'])})\b")
# A sentence run on without a stop: "... speaks to reporters The council voted", "... (Jane Doe/Pool
# via AP The council voted": the caption ends before "The".
_RUN_ON = re.compile(rf"(?<=[\w,)])\s+(?=(?:{_SENTENCE_STARTS})\s+[a-z])")
_CAPTION_REACH = 250  # characters: a caption is a sentence or two
# What only a caption says: "... poses for a portrait at the hotel", "The pier is pictured on Monday".
_CAPTION_ACT = re.compile(rf"\b(?:{_alternation(_DATA['caption_acts'])})\b")


def pictured(line: str) -> Iterator[Cut]:
    """A photo caption known by its shape, with no credit: a person placed in the
    picture ("Jane Doe, right, attends court") doing something in the present tense,
    a pictured act ("poses for a portrait"),
    or a sentence closed by an AP caption's date (", Saturday, April 18, 2020.") that
    reports nobody's words.  The caption's sentence goes, and never past a sentence
    run on without a stop."""
    for m in (*_PICTURED.finditer(line), *_CAPTION_ACT.finditer(line)):
        start, end = _sentence_around(line, m.start(), m.end(), reach=_CAPTION_REACH)
        run_on = _RUN_ON.search(line, m.end(), end)
        yield Cut(start, run_on.start() if run_on else end, "break", "caption")
    for m in _CAPTION_DATE.finditer(line):
        start, end = _sentence_around(line, m.start(), m.end(), reach=_CAPTION_REACH)
        if not _SAYS.search(line, start, end):
            yield Cut(start, end, "break", "caption")


_ADVERT = re.compile(rf"(?:^|(?<=\s))(?:{_alternation(_DATA['advert_lines'])})\.?(?=\s|$)")


def advert(line: str) -> Iterator[Cut]:
    """ "Advertisement", "Article continues below", "Details later." standing in the text."""
    for m in _ADVERT.finditer(line):
        # Only as furniture: at a sentence start, followed by a new sentence or the end.
        before = line[: m.start()].rstrip()
        after = line[m.end() :].lstrip()
        opens = not after or after[0].isupper() or after[0].isdigit() or after[0] in "\"“‘("
        if (not before or before[-1] in ".!?\"”’)") and opens:
            yield Cut(m.start(), m.end(), "break", "advert")
        elif m.group()[:1].isupper() and after.split(" ", 1)[0] in _STARTERS and before.rsplit(" ", 1)[-1].lower() not in DETERMINERS:
            # "... their New Year reception Advertisement The women of ...": after a
            # headline with no stop, a capitalised "Advertisement" before a new sentence.
            yield Cut(m.start(), m.end(), "break", "advert")


def _widget_pattern(phrase: str) -> str:
    """A widget's words, the first three required and the rest optional in order
    (pages are often copied with the widget text cut short); "#" is a number."""
    words = [r"(?:\d+\s*)?" if w == "#" else re.escape(w) for w in phrase.split()]
    required, optional = words[:3], words[3:]
    tail = ""
    for w in reversed(optional):
        tail = rf"(?:\s*{w}{tail})?"
    return r"\s+".join(required) + tail


_WIDGET = re.compile(r"(?<![\w-])(?:" + "|".join(_widget_pattern(p) for p in _DATA["media_widgets"]) + r")(?![\w-])")


def media_widget(line: str) -> Iterator[Cut]:
    """Gallery and video player text: "The gallery will resume in 5 seconds", "Skip ad"."""
    for m in _WIDGET.finditer(line):
        yield Cut(m.start(), m.end(), "break", "media-widget")


_SITE_SUFFIX = re.compile(r"\s[-–|]\s(?:[A-Z][\w.&'’]*)(?:\s[A-Z][\w.&'’]*){0,3}\s*$")


def site_suffix(line: str) -> Iterator[Cut]:
    """A page title's site name: "Fire at factory in Delhi, people trapped - News Today".

    Only on a title line: short, with no sentence end, the name at most four capitalised words."""
    if len(line) > 200 or _STOP.search(line):
        return
    m = _SITE_SUFFIX.search(line)
    if m and m.start() > 15:
        yield Cut(m.start(), m.end(), "drop", "site-name")


_TRAILING_LINK = re.compile(r"(?<=\s)Read more(?=\s+[A-Z])")


def trailing_link(line: str) -> Iterator[Cut]:
    """A related story's headline with its link after it, between two sentences:
    "He was 77. From Wall Street to Main Street: the books of the decade Read more Mehta, who..."."""
    for m in _TRAILING_LINK.finditer(line):
        stops = list(_STOP.finditer(line, 0, m.start()))
        start = stops[-1].end() if stops else 0
        headline = line[start : m.start()].strip()
        if headline and len(headline.split()) <= 20:
            yield Cut(start, m.end(), "break", "related-link")


_LABEL = re.compile(rf"(?:^|(?<=[\s.!?]))(?:{_alternation(_DATA['section_labels'])})\s*:\s+(?=\S)")
_HEADLINE_WORD = re.compile(r"\S+")
_FUNCTION = frozenset(_DATA["headline_function_words"])  # lower-case words a headline may hold


def section_link(line: str) -> Iterator[Cut]:
    """ "RELATED: The Witcher Season 1 Episode 6 Recap", "MORE: Best royal fashion moments from 2019"."""
    for m in _LABEL.finditer(line):
        end, lowercase_run, words = m.end(), 0, 0
        for w in _HEADLINE_WORD.finditer(line, m.end()):
            token = w.group()
            words += 1
            if token[0].islower() and token.strip(",;:").lower() not in _FUNCTION:
                lowercase_run += 1
            else:
                lowercase_run = 0
            if lowercase_run >= 2 or words > 12:
                break
            end = w.end()
            if _STOP.match(token, len(token) - 1) or token.endswith(("|", "?", "!")):
                break
        # Trim a trailing lower-case run: the headline ends at its last capitalised or numeric word.
        chunk = line[m.start() : end]
        trimmed = re.sub(r"(?:\s+[a-z][\w'’\-]*){1,2}$", "", chunk) if lowercase_run else chunk
        yield Cut(m.start(), m.start() + len(trimmed), "break", "section-link")


_GENERIC_CTA = {
    # a lead word that is prose unless the sentence shows it is a prompt
    "follow": re.compile(r"\b(?:on\s+(?:Twitter|Facebook|Instagram|X|LinkedIn|TikTok|YouTube|Threads)|@\w)", re.I),
    "visit": re.compile(r"\.(?:com|org|net|co|in|uk|au)\b|\b(?:now|for more|homepage|website|site)\b", re.I),
}
_CTA = re.compile(rf"(?:^|(?<=[.!?\"”’)•]\s)|(?<=^\s))(?:{_alternation(_DATA['call_to_action'])})(?=[\s:,.]|$)", re.I)


def call_to_action(line: str) -> Iterator[Cut]:
    """A sentence that is a prompt: "Follow us on Twitter", "Subscribe to our newsletters"."""
    for m in _CTA.finditer(line):
        lead = m.group().lower()
        start = m.start()
        _, end = _sentence_around(line, start, m.end())
        need = _GENERIC_CTA.get(lead)
        if need is not None and not need.search(line, start, end):
            continue
        yield Cut(start, end, "break", "call-to-action")


_STRONG_PROMPT = re.compile(rf"(?<![\w-])(?:{_alternation(_DATA['strong_prompts'])})(?=[\s:,./]|$)", re.I)


_OPEN_BRACKET = re.compile(r"([\[(])\s*$")
_CLOSING = {"[": "]", "(": ")"}


def strong_prompt(line: str) -> Iterator[Cut]:
    """A prompt no story sentence says, wherever it stands, even glued to the
    sentence before: "... 25 cents per gallon Find the full report linked here."."""
    for m in _STRONG_PROMPT.finditer(line):
        start = m.start()
        _, end = _sentence_around(line, start, m.end())
        # "[ Sign up for our newsletter ] “I hope so,” she said": a prompt in brackets ends at its bracket.
        opener = _OPEN_BRACKET.search(line, max(0, start - 3), start)
        if opener is not None:
            close = line.find(_CLOSING[opener.group(1)], m.end(), end)
            if close != -1:
                start, end = opener.start(), close + 1
        yield Cut(start, end, "break", "prompt")


_PAYWALL = re.compile(_alternation(_DATA["paywall"]), re.I)


_LISTING = re.compile(
    rf"\b(?:{_alternation(_DATA['schedule_verbs'])})\s+(?:on\s+)?(?:{_alternation(_DATA['weekday_plurals'])})\b"
    r"(?:[^.!?]{0,40}?\bat\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)(?:\s*(?:ET|PT|CT|EST|PST))?)?"
    r"(?:\s+on\s+[A-Z][\w+&]*(?:\s+[A-Z][\w+&]*){0,2})?"
)


_LISTING_TITLE = 40  # characters of a programme's title before its listing


def listing(line: str) -> Iterator[Cut]:
    """A programme listing closing a story: "The Bachelor airs Mondays at 8 p.m. on ABC"."""
    for m in _LISTING.finditer(line):
        start, end = _sentence_around(line, m.start(), m.end())
        # A listing is a short line of its own: a title, the listing, nothing after it
        # ("the drama, which airs Sundays, drew 4 million viewers" is a sentence).
        if m.start() - start <= _LISTING_TITLE and len(line[m.end() : end].strip(" .")) == 0:
            yield Cut(start, end, "break", "listing")


# Two prompts of one box stand this close: what is between them is the box too
# (a login form's blurb: "Are you sure you want to log out? ... X.com is one of
# the most vibrant communities ... CLICK HERE TO REGISTER").
_BOX_REACH = 250


_BOX_PROMPTS = 3  # a login box is a cluster of prompts; two prompts may hold a story sentence between them


def _mentions(line: str, phrases: frozenset[str]) -> bool:
    """Whether a line holds one of the phrases at all (spaces folded): a fast test before
    a long alternation is run over a long line."""
    folded = " ".join(line.lower().split())
    return any(p in folded for p in phrases)


_PAYWALL_PHRASES = frozenset(" ".join(w.lower().split()) for w in _DATA["paywall"])
_DISCLAIMER_PHRASES = frozenset(" ".join(w.lower().split()) for w in _DATA["disclaimers"])


def paywall(line: str) -> Iterator[Cut]:
    """Paywall, login and cookie boxes: the sentence that holds a prompt goes, and
    everything between the prompts of a box (three or more, each close to the next)."""
    if not _mentions(line, _PAYWALL_PHRASES):
        return
    spans = [_sentence_around(line, m.start(), m.end()) for m in _PAYWALL.finditer(line)]
    clusters: list[list[tuple[int, int]]] = []
    for span in spans:
        if clusters and span[0] - clusters[-1][-1][1] <= _BOX_REACH:
            clusters[-1].append(span)
        else:
            clusters.append([span])
    for cluster in clusters:
        if len(cluster) >= _BOX_PROMPTS:
            yield Cut(cluster[0][0], cluster[-1][1], "break", "paywall")
        else:
            for start, end in cluster:
                yield Cut(start, end, "break", "paywall")


_COPYRIGHT = re.compile(r"(?:\bCopyright\b|©)\s*(?:\(c\)\s*)?(?:\d{4}[-–]?\d{0,4})?[^.!?]{0,100}|\bAll rights reserved\b\.?", re.I)


def copyright_line(line: str) -> Iterator[Cut]:
    """ "Copyright 2020 The Business Journal, Youngstown, Ohio"."""
    for m in _COPYRIGHT.finditer(line):
        yield Cut(m.start(), m.end(), "break", "copyright")


_EMAIL = re.compile(r"\b[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\b|\[email\s+protected\]")
_PHONE = re.compile(r"(?<![\w$.,])(?:\+?1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-.]\d{4}(?![\w])|(?<![\w+])\+\d{1,3}(?:[ .\-]\d{2,4}){2,4}(?![\w])")


def contact(line: str) -> Iterator[Cut]:
    """Contact lines: the sentence with an e-mail address or a phone number."""
    for pattern in (_EMAIL, _PHONE):
        for m in pattern.finditer(line):
            start, end = _sentence_around(line, m.start(), m.end(), reach=160)
            yield Cut(start, end, "break", "contact")


_TWEET = re.compile(
    r"\bpic\.twitter\.com/\w+"
    r"|[—–-]\s*[^—–()]{2,60}\(@\w{1,30}(?:\)|(?=\s|$)(?![^()]{0,80}\)))\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})?"
    r"|\(@\w{1,30}\)"
)


def tweet_embed(line: str) -> Iterator[Cut]:
    """An embedded tweet's trailer: "— Jane Doe (@jdoe) March 22, 2020", "pic.twitter.com/x",
    or one a copied page cut short ("— Jane Doe (@jdoe")."""
    for m in _TWEET.finditer(line):
        yield Cut(m.start(), m.end(), "break", "tweet")


_PAGER = re.compile(
    r"\bImage\s+\d+\s+of\s*/?\s*\d+\b|\b\d{1,3}\s*/\s*\d{1,3}\s+Back\s+to\s+Gallery\b|\bBack\s+to\s+Gallery\b|\bCaption\s+Close\b"  # galleries
    r"|\b(?:Pin|Share|Tweet|Email|Shares)\s+\d+(?:\s+(?:Pin|Share|Tweet|Email|Shares)\b(?:\s+\d+)?){1,4}"  # share counts: "Pin 2 Email 2 Shares"
    r"|\bNext Page\s+\d+(?:\s*\|\s*\d+)*\s*\|?|\bPage\s+\d+\s+of\s+\d+\b|\b\d{1,2}\s+of\s+\d{1,2}\s+(?=(?:Photos?|Images?)\b)|\bWatch\s+\d{1,2}:\d{2}\s+(?:Share\s+)?(?:Tweet\s+)?(?:Email\s+)?|\bCLOSE\s+(?=[A-Z])")


def pager(line: str) -> Iterator[Cut]:
    """Pagers, gallery counters, share counts and video bars: "Next Page 1 |", "Image 3 of 12",
    "Pin 2 Email 2 Shares", "Watch 02:14 Share Tweet Email", "CLOSE"."""
    for m in _PAGER.finditer(line):
        if m.group().startswith("CLOSE"):
            start, end = _sentence_around(line, m.start(), m.end())
            yield Cut(m.start(), end, "break", "video-caption")
        else:
            yield Cut(m.start(), m.end(), "drop", "pager")


_GLUED = re.compile(r"(?<=[a-z%)][.!?])(?=[A-Z][a-z]{2})|(?<=[a-z%)][.!?][\"”’])(?=[A-Z][a-z]{2})")
_GLUED_DATELINE = re.compile(
    r"(?<=[a-z0-9,'’\"”?!])\s+(?=[A-Z]{3,}(?:[ ,]+[A-Z]{2,}){0,3}(?:,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s)"
)


def glued(line: str) -> Iterator[Cut]:
    """Two sentences without a space ("the flood.Officials said"), a headline glued to its dateline."""
    for m in _GLUED.finditer(line):
        yield Cut(m.start(), m.end(), "split", "glued-sentences")
    for m in _GLUED_DATELINE.finditer(line):
        if m.start() < 400:  # a dateline opens the story
            yield Cut(m.start(), m.end(), "split", "glued-dateline")



# A name glued to the word that opens the next sentence: "Photo: Hailey BollingerIn light
# of the outbreak, ..." (a credit whose line break was lost), not "on LinkedIn last week".
_GLUED_NAME = re.compile(rf"\b[A-Z][a-z]{{2,}}(?=(?P<next>{_SENTENCE_STARTS})\s+[a-z0-9])")
# Only a credit is cut so: the line opens with one ("Photo: Hailey Bollinger", "By Jane
# Doe"), and the glue comes within a name's length of it ("MoveOn said" is a brand).
_CREDIT_HEAD = re.compile(rf"^\W*(?:(?:{_PHOTO})s?\b\s*(?:by\b)?\s*[:|/]?|(?:Credit|By)\b:?)\s*", re.I)
_CREDITED_NAME = re.compile(r"[^.!?:]{2,60}")
_CAMEL_NAMES = frozenset(_DATA["camel_case_names"])


def unglue_names(line: str) -> list[str]:
    """The line cut where the name of a credit opening it runs into the next sentence's
    first word ("Photo: Hailey BollingerIn light of ..."), so the credit is no longer one
    line with the story (a whole-line credit rule would take both)."""
    head = _CREDIT_HEAD.match(line)
    if head is not None:
        for m in _GLUED_NAME.finditer(line, head.end()):
            if _CREDITED_NAME.fullmatch(line, head.end(), m.end()) is None:
                break  # past the credit's name: the rest is the story's
            if m.group() + m.group("next") not in _CAMEL_NAMES:  # "LinkedIn" is one word
                return [piece for piece in (line[: m.end()].strip(), line[m.end() :].strip()) if piece]
    return [line.strip()] if line.strip() else []


# "... fresh elections Jane Okafor, Abuja The party said": a byline (a name, a comma, a
# place) between a headline and a first sentence; ", Abuja The" is no English inside
# a sentence, so the byline is furniture wherever the opening words run into it.
_BYLINE = re.compile(
    r"(?<=[\w’'])\s+((?:[A-Z][a-z’'-]+\s+){1,2}[A-Z][a-z’'-]+,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?=(?:"
    + _SENTENCE_STARTS
    + r")\s)"
)
_BYLINE_REACH = 300  # a byline stands under the headline, at the top
# "... with North Korea From Strategic Culture After 18 months ...": the outlet a
# republished story credits, between headline and first sentence.
_SOURCE_LINE = re.compile(
    r"(?<=[\w’'])\s+(From\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)\s+(?=(?:" + _SENTENCE_STARTS + r")\s)"
)


def glued_byline(line: str) -> Iterator[Cut]:
    """A byline glued between a headline and the first sentence ("Jane Okafor, Abuja"),
    or the outlet a republished story credits there ("From Strategic Culture")."""
    first_stop = next((m.start() for m in _STOP.finditer(line) if _ends(line, m)), len(line))
    for pattern in (_BYLINE, _SOURCE_LINE):
        m = pattern.search(line, 0, min(len(line), _BYLINE_REACH))
        if m is not None and m.start(1) < first_stop:
            yield Cut(m.start(1), m.end(1), "break", "byline")


_DISCLAIMER = re.compile(rf"\b(?:{_alternation(_DATA['disclaimers'])})\b", re.I)


def disclaimer(line: str) -> Iterator[Cut]:
    """A publisher's note, the whole sentence: "The views expressed do not necessarily
    reflect those of ...", "(This story has not been edited by ... staff)", "We may
    earn a commission ...", "This article first appeared on ..."."""
    if not _mentions(line, _DISCLAIMER_PHRASES):
        return
    for m in _DISCLAIMER.finditer(line):
        start, end = _sentence_around(line, m.start(), m.end())
        # "... a deal. ab/cd (AFP, dpa) Every evening, X sends out ...": the sign-off
        # (lower case, so no sentence break for the splitter) ends the story before it.
        for sign_off in _SIGN_OFF.finditer(line, start, m.start()):
            start = sign_off.start()
        yield Cut(start, end, "break", "disclaimer")


_MONTH_WORD = MONTH_PATTERN  # "December", "Dec.", "Dec"
_TIMESTAMP = re.compile(
    rf"\|?\s*(?:{_MONTH_WORD})\s+\d{{1,2}},\s+\d{{4}}\s*\|\s*\d{{1,2}}:\d{{2}}\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.)"  # |Dec 31, 2019 | 5:00 AM
    rf"|(?:(?:{_MONTH_WORD})\s+\d{{1,2}},\s+\d{{4}}\s+)?\b\d{{1,2}}\s+min(?:ute)?s?\s+read\b"  # December 31, 2019 4 min read
    rf"|\b\d{{1,2}}\s+(?:{_MONTH_WORD})\s+\d{{4}},\s+\d{{2}}:\d{{2}}\b"  # 02 January 2020, 07:51
    r"|\b(?i:posted|updated|published)(?:\s+on)?:\s*\d{4}-\d{2}-\d{2}(?:[T\s]+\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2}(?:\.\d+)?)?(?:\s*[+-]\s*\d{2}\s*:\s*\d{2})?)?"  # published: 2020-04-02 21: 52: 50.4 + 02: 00
    rf"|\b(?:Posted|Updated|Published|Last updated)(?:\s+on)?:\s+(?:{_MONTH_WORD})\s+\d{{1,2}},\s+\d{{4}}(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*(?:AM|PM|am|pm))?(?:\s+[A-Z]{{2,4}})?)?"  # Updated: Jan 03, 2020 11:36 IST
)


def timestamp(line: str) -> Iterator[Cut]:
    """A page's time stamp and reading time: "|Dec 31, 2019 | 5:00 AM", "4 min read",
    "02 January 2020, 07:51"."""
    for m in _TIMESTAMP.finditer(line):
        yield Cut(m.start(), _own_stop(line, m.start(), m.end()), "break", "timestamp")


# A person's name: two or three capitalised words, none a headline's function word
# ("Buzzed By Spacecraft On Mission" is a Title Case headline, not a byline).
_NAME_WORD = r"(?!(?:" + "|".join(sorted(w.capitalize() for w in _DATA["headline_function_words"])) + r")\b)(?:[A-Z][a-z’'\-]+|[A-Z]\.)"
_PERSON = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[A-Z][a-z]+-[a-z]+)){{1,2}}"
# "By Jane Doe | Jan 01 2020", "By Jane Doe / Staff reporter", "By Jane Doe" before a first sentence.
_BY_LINE = re.compile(
    rf"(?:^|(?<=[\w’'?!.:\"”]\s))(By:?\s+(?:{_PERSON}|(?:A|Our)\s+(?:Staff\s+)?(?:Reporter|Correspondent))(?:\s*\|\s*(?:{_MONTH_WORD})\s+\d{{1,2}},?\s+\d{{4}}|\s*/\s*(?:Staff|Senior|Special|Our)?\s*[A-Za-z]*\s*(?:reporter|writer|correspondent|editor)|(?=\s+(?:{_SENTENCE_STARTS})\s|\s+(?:Posted|Updated|Published)\b|\s*$)|\s*/(?=\s*[A-Z]{{3,}})))"
)
# A credit closing the text: "... he said. Jane Doe, The Associated Press", "-Meteorologist Jane Doe", "vg/ar".
_WIRES = _alternation(_DATA["wire_tags"])
_CLOSING_CREDIT = (
    rf"[-–—]\s?(?:{_WIRES})"  # – IANS, - Reuters
    rf"|[a-z]{{1,4}}(?:[,/][a-z]{{1,4}})+(?:\s*\([^()]{{1,40}}\))?"  # vg/ar, ls,aw/sms (AP, dpa)
    rf"|\((?:{_WIRES}|[a-z]{{1,4}}(?:/[a-z]{{1,4}})*)\)"  # (BGIS), (dp)
    rf"|\([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){{0,3}}(?:\s+(?:and|&)\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){{0,3}})?\s*[|,]\s*(?:The\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,3}}\)"  # (Jane Doe | Ledger.de)
    rf"|\[?Edited\s+by\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,2}}\]?"  # [Edited by Jane Doe]
    r"|[A-Z]{2,5}(?:,\s*[A-Z]{2,5})+"  # agency codes: PAP, RP
)
# ... closing a text after its last sentence, or standing as a line of its own; a
# name and an outlet ("Jane Doe, The Associated Press") or a sign-off only after a sentence.
_TRAILING_CREDIT = re.compile(
    rf"(?<=[.!?\"”’])\s+((?:By\s+)?{_PERSON},\s+(?:The\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,3}}"  # Jane Doe, The Associated Press
    rf"|(?<=[.!?]\s)[-–—]\s?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){{1,4}}"  # -Staff Meteorologist Jane Doe (not a quote's speaker)
    rf"|{_CLOSING_CREDIT})\s*$"
    rf"|^\s*({_CLOSING_CREDIT})\s*$"
)
# Agency initials with the agencies, where a wire story ends and a promo follows: "... deal? rs/rt (AFP, dpa) Every evening".
_SIGN_OFF = re.compile(rf"(?<=[.!?\"”’]\s)[a-z]{{1,4}}(?:[,/][a-z]{{1,4}})+\s*\((?:{_WIRES})(?:,\s*(?:{_WIRES}))*\)")


# "By: Jane K Doe, Honorary Correspondent, CityTimes, Kerrow The big question ...": a byline
# with the writer's title and outlet or place, before the first sentence.
_TITLED_BY_LINE = re.compile(
    rf"(?:^|(?<=[\w’'?!.:\"”]\s))(By:?\s+{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[A-Z])){{1,3}},\s+(?:{_alternation(_DATA['byline_titles'])})"
    rf"(?:,\s+[A-Z][\w.\-]*(?:\s+(?!(?:{_SENTENCE_STARTS})\s)[A-Z][\w.\-]*)?){{0,3}})(?=\s+[A-Z]|\s*$)"
)


def credit_line(line: str) -> Iterator[Cut]:
    """A byline under a headline ("By Jane Doe | Jan 01 2020", "By Jane Doe / Staff
    reporter") and a credit closing the text ("Jane Doe, The Associated Press",
    "-Meteorologist Jane Doe", an agency's initials "vg/ar")."""
    for pattern in (_BY_LINE, _TITLED_BY_LINE):
        m = pattern.search(line, 0, min(len(line), _BYLINE_REACH))
        if m is not None:
            yield Cut(m.start(1), m.end(1), "break", "byline")
    m = _TRAILING_CREDIT.search(line, max(0, len(line) - 120))
    if m is not None:
        group = 1 if m.group(1) is not None else 2
        yield Cut(m.start(group), m.end(group), "break", "byline")
    for m in _SIGN_OFF.finditer(line):
        yield Cut(m.start(), m.end(), "break", "byline")


_CREDIT_LABEL = rf"(?i:{_alternation(_DATA['credit_labels'])})\s+by"
_UPPER = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČ"  # the capitals of names, Polish and Czech ones too ("Łukasz")
_CREDIT_NAME = rf"[{_UPPER}][\w’'\-]*(?:\s+[{_UPPER}][\w’'\-]*){{0,3}}"
# "(Reporting by Jane Doe; Editing by Ana Ruiz)", anywhere, and open at a text cut short.
_REPORTING = re.compile(rf"[(\[]\s*{_CREDIT_LABEL}\s+[^()\[\]]{{2,300}}?(?:[)\]]|\s*$)")
# "Report by Jane Doe, Ana Ruiz and Tom Reyes (Policy Analysts, Ledger)", "*Writing by Jane Doe":
# the credit as the text's last sentence.
_REPORT_BY = re.compile(
    rf"(?:^|(?<=[.!?\"”’]\s))\*?{_CREDIT_LABEL}\s+{_CREDIT_NAME}(?:\s*(?:,|and|&)\s*{_CREDIT_NAME})*(?:\s*\([^()]*\)?)?\s*$"
)
# "author: PAP / Jane Doe Share 50", "Source: PAP / Jane Doe": an agency and its writer or photographer,
# and the share count that stands after the byline.
_AGENCY_CREDIT = re.compile(
    rf"\b(?:{_alternation(_DATA['credit_fields'])})\s*:\s*[A-Z]{{2,6}}\s*/\s*[{_UPPER}][\w’'\-]+(?:\s+[A-Z]\.)?\s+[{_UPPER}][\w’'\-]*"
    r"(?:\s+Shares?\s+\d+\b)?"
)
# "... 47,000 cases. From Rome Jane Doe (PAP)", "... From Brussels, Jane Doe" closing the text: a
# correspondent's sign-off, the place she files from and her name.
_FROM_SIGN_OFF = re.compile(
    rf"(?<=[.!?\"”’]\s)From\s+[{_UPPER}][\w’'\-]+,?\s+[{_UPPER}][\w’'\-]+\s+[{_UPPER}][\w’'\-]*(?:\s*\((?:{_WIRES})\)|\s*$)"
)


def reporting_credit(line: str) -> Iterator[Cut]:
    """Who reported, wrote and edited, where wire copy and agencies credit it: "(Reporting
    by Jane Doe; Editing by Ana Ruiz", "Report by Jane Doe and Ana Ruiz" closing the text,
    "author: PAP / Jane Doe", "From Rome Jane Doe (PAP)"."""
    for pattern in (_REPORTING, _AGENCY_CREDIT, _FROM_SIGN_OFF):
        for m in pattern.finditer(line):
            yield Cut(m.start(), m.end(), "break", "byline")
    closing = _REPORT_BY.search(line, max(0, len(line) - 200))
    if closing is not None:
        yield Cut(closing.start(), closing.end(), "break", "byline")


_REACTIONS = _alternation(_DATA["reaction_words"])
# "+1 +1 important sad interesting irritating", "Like Love Haha Wow Sad Angry": three reactions or more in a row.
_REACTION_BAR = re.compile(rf"(?:\+\d+\s+)*(?<![\w-])(?i:{_REACTIONS})(?:\s+(?i:{_REACTIONS})){{2,}}(?![\w-])|(?:(?<=\s)|^)\+\d+(?:\s+\+\d+)+(?=\s|$)")


def reaction_bar(line: str) -> Iterator[Cut]:
    """A page's rating buttons run into the text: "+1 +1 important sad interesting"; no
    sentence puts three such words in a row without a comma."""
    for m in _REACTION_BAR.finditer(line):
        yield Cut(m.start(), m.end(), "break", "share")


_CUT_SHORT_LINK = re.compile(r"(?<=\s)Read\s+M(?:o(?:r(?:e)?)?)?\s*$")
# ">>> See what the green zone is", ">> Floods in the north": a link to another story, to its sentence's end.
_LINK_MARK = re.compile(r"(?:^|(?<=\s))(?:>{2,3}|»)\s+(?=\S)")
# A page title's site name glued to the story: "... party for returnees – Example.com Before the end".
_GLUED_SITE = re.compile(r"(?<=\w)\s[-–|]\s[\w\-]+\.(?:com|org|net|co\.uk|co|ng|in|ie|au|ca|gh|ke|za)\b(?=\s+[A-Z])")


def cut_short(line: str) -> Iterator[Cut]:
    """A link a copied page cut short at its end ("... Kashmir. Read Mor"), a link
    marked ">>", and a site's name glued after the page title ("... returnees –
    Example.com Before ...")."""
    for m in _CUT_SHORT_LINK.finditer(line):
        yield Cut(m.start(), m.end(), "break", "related-link")
    for m in _LINK_MARK.finditer(line):
        _, end = _sentence_around(line, m.start(), m.end())
        yield Cut(m.start(), end, "break", "related-link")
    site = _GLUED_SITE.search(line, 0, min(len(line), _BYLINE_REACH))
    if site is not None:
        yield Cut(site.start(), site.end(), "break", "site-name")


_TITLE_TOKEN = re.compile(r"[A-Z0-9][\w'’\-&]*[:;,!?]?")
# Words a Title Case headline capitalises and a sentence does not ("Best Places *For* Gifts *In* Sacramento");
# not "New", which names ("New Zealand Prime Minister Helen Clark") capitalise too.
_TITLE_FUNCTION = frozenset(w.capitalize() for w in _DATA["title_case_function_words"])
_TITLE_REACH = 30  # words: a run longer than any headline is no headline
_TITLE_RUN = 6  # words: shorter runs are names ("Bank Of America Corp")


def headline_run(line: str) -> Iterator[Cut]:
    """Headlines of other stories between two sentences, in Title Case: "... inn. Best
    Places For Last-Minute Gifts In Sacramento Last-minute gifts are ...".  A run of
    capitalised words with a capitalised function word inside, opening a sentence
    (never the line's start: that is the page's own headline); the last word before
    the next lower-case one opens the next sentence and stays."""
    words_at = list(re.finditer(r"\S+", line))
    starts = [m.start() for m in words_at]
    for stop in _STOP.finditer(line):
        if not _ends(line, stop):
            continue
        first = bisect.bisect_left(starts, stop.end())
        k = first
        while k < len(words_at) and k - first < _TITLE_REACH and _TITLE_TOKEN.fullmatch(words_at[k].group()):
            k += 1
        tokens = [(m.start(), m.end(), m.group()) for m in words_at[first:k]]
        if k < len(words_at) and tokens:
            if tokens[-1][2].endswith(","):
                continue  # "... Floors Filled Fast, the mayor said": a sentence in capitals, not a headline
            tokens = tokens[:-1]  # the next sentence's first word
        words = [t[2].rstrip(":;,!?") for t in tokens]
        # A date is prose: "... Use On June 25, 2019, Governor" opens the next sentence at "On".
        month = next((i for i, w in enumerate(words[:-1]) if w.lower() in MONTHS and words[i + 1][:1].isdigit()), None)
        if month is not None:
            cut_at = month - 1 if month and words[month - 1] in _TITLE_FUNCTION else month
            tokens, words = tokens[:cut_at], words[:cut_at]
        if len(words) >= _TITLE_RUN and any(w in _TITLE_FUNCTION for w in words[1:]):
            yield Cut(tokens[0][0], tokens[-1][1], "break", "related-link")


# A word glued to the next one without a space, at a case change: "ClinicSugar",
# "2019That"; the head is a plain word (not "McDonald", "DeSantis": too short; not
# "Anti-Semitism"), the glued one a word ("(MeitY)" is an acronym).
_GLUED_WORD = re.compile(r"^(?P<head>[\"'“‘]?(?:[A-Z][a-z’'\-]+[a-z]|\d+))(?P<glued>[A-Z](?:[a-z’']+|(?=\s|$)))[,:;]?$")
_CAMEL_PREFIXES = tuple(sorted(_CAMEL_NAMES))
_GLUED_HEAD_WORDS = 4  # capitalised words: shorter runs are names ("Love YouTube")


def _title_word(token: str) -> bool:
    """Whether a word fits a Title Case headline: capitalised, a number, a small
    function word ("of", "and"), or only punctuation ("&", "–")."""
    core = token.strip("\"'“”‘’()[]:;,")
    return not re.search(r"\w", core) or core[0].isupper() or core[0].isdigit() or core.lower() in _FUNCTION


def _camel_name(token: str) -> bool:
    """Whether a glued word is a name written in camel case, or made from one
    ("BlackRock", "YouTubers", "LinkedIn's")."""
    core = token.strip("\"'“”‘’()[]:;,.!?")
    return core.startswith(_CAMEL_PREFIXES)


_WORD_RUN = re.compile(r"\S+")


def glued_headline(line: str) -> Iterator[Cut]:
    """Another story's Title Case headline glued to its teaser at the line's start:
    "Weekend Fun List: Kite Show, Jazz Night, Bake SaleKites fill the sky ...".  The
    teaser must read as a sentence (a lower-case word, or a determiner, after the
    glued word), and no camel-case name is split ("Fans Love YouTube stars" stays)."""
    words = list(islice(_WORD_RUN.finditer(line), _TITLE_REACH))  # the line's first words only: a page may be one line
    for k, w in enumerate(words):
        m = _GLUED_WORD.match(w.group())
        if m is None or _camel_name(w.group()):
            if not _title_word(w.group()):
                return  # a lower-case word: a sentence, not a headline
            continue
        glued, nxt = m.group("glued"), words[k + 1].group() if k + 1 < len(words) else ""
        head_words = [v.group().strip(":,") for v in words[:k]]
        if nxt.lower().strip(",.") in SAY_VERBS and not (any(h in _TITLE_FUNCTION for h in head_words) or ":" in line[: w.start()]):
            # a credit: a camel-case name the list lacks ("US Oil Major ConocoPhillips said"),
            # unless the head reads as a headline ("Lunch Spots Open On Sundays In TownShoppers said")
            return
        opens = glued.lower() in DETERMINERS or (len(glued) > 1 and nxt[:1].islower())
        if k + 1 < _GLUED_HEAD_WORDS or not opens:
            continue  # a name inside the headline ("OxyContin Maker ..."), or too short a head
        end = w.start() + m.end("head")
        if any(_ends(line, stop) for stop in _STOP.finditer(line, 0, end)):
            return  # a sentence ends before the glue: the line is prose
        capitals = sum(1 for v in words[:k] if v.group().lstrip("\"'“‘(")[:1].isupper())
        if capitals + 1 >= _GLUED_HEAD_WORDS:
            yield Cut(words[0].start(), end, "break", "related-link")
        return


_BIO = re.compile(
    r"(?:^|(?<=[.!?\"”’]\s))(?:[A-Z][a-z’'\-]+\s){1,2}[A-Z][a-z’'\-]+\s+(?:is|writes)\s+(?:(?:a|an|the)\s+)?[^.!?]{0,80}?"
    r"\b(?:writer|reporter|educator|columnist|journalist|author|correspondent|editor|blogger|blog|contributor|curator|poet)\b[^.!?]*[.!?]?"
    r"|\(The\s+(?:author|writer)s?\s+(?:is|are)\b[^()]*\)?\s*$"
    r"|(?:^|(?<=[.!?\"”’]\s))The\s+(?:author|writer)s?\s+(?:is|are)\s+[^.!?]*[.!?]?"
)
_BIO_REACH = 400  # characters from the end: a bio closes the story


def author_bio(line: str) -> Iterator[Cut]:
    """The author's bio closing a story: "Jane Doe is a reporter who covers ...",
    "Jane Doe writes a blog for ...", "(The author is a poet and curator)"."""
    for m in _BIO.finditer(line, max(0, len(line) - _BIO_REACH)):
        # Only the text's last sentence, and no figure in it: "X is a reporter ... held for 300 days" is news.
        if line[m.end() :].strip() or any(ch.isdigit() for ch in m.group()):
            continue
        yield Cut(m.start(), len(line) if m.group().startswith("(") else m.end(), "break", "byline")


RULES: tuple[Callable[[str], Iterator[Cut]], ...] = (
    wire_tag, photo_credit, pictured, advert, media_widget, site_suffix, trailing_link, section_link, call_to_action, strong_prompt, paywall, copyright_line, contact,
    tweet_embed, pager, listing, glued_byline, glued, disclaimer, timestamp, credit_line, reporting_credit, reaction_bar, cut_short, headline_run, glued_headline, author_bio,
)


def find(line: str) -> list[Cut]:
    """Every cut the rules make in ``line``, overlapping cuts merged (a break wins over a drop)."""
    cuts = sorted((c for rule in RULES for c in rule(line) if c.end > c.start or c.mode == "split"), key=lambda c: (c.start, -c.end))
    merged: list[Cut] = []
    for c in cuts:
        if merged and c.start < merged[-1].end and c.mode != "split" and merged[-1].mode != "split":
            last = merged[-1]
            mode: Mode = "break" if "break" in (last.mode, c.mode) else "drop"
            merged[-1] = Cut(last.start, max(last.end, c.end), mode, last.rule if last.end - last.start >= c.end - c.start else c.rule)
        elif merged and merged[-1].mode != "split" and merged[-1].start <= c.start < merged[-1].end:
            continue  # a split inside furniture that goes anyway
        else:
            merged.append(c)
    return merged


def split_furniture(line: str) -> tuple[list[str], list[str]]:
    """The pieces of ``line`` that are story (each a paragraph), and the furniture cut from it."""
    cuts = find(line)
    if not cuts:
        return [line], []
    pieces: list[str] = []
    noise: list[str] = []
    current = ""
    pos = 0
    for c in cuts:
        if c.start < pos:
            continue
        current += line[pos : c.start]
        if c.mode == "split":
            pieces.append(current)
            current = ""
        else:
            cut = line[c.start : c.end].strip()
            if cut:
                noise.append(cut)
            if c.mode == "break":
                pieces.append(current)
                current = ""
            else:
                current = current.rstrip() + " "
        pos = c.end
    current += line[pos:]
    pieces.append(current)
    story = [re.sub(r"\s{2,}", " ", p).strip() for p in pieces]
    return [p for p in story if p and re.search(r"\w", p)], noise
