"""Read an article, normalise its characters, drop web-page leftovers.

Articles arrive as text copied from web pages: curly quotes, non-breaking
spaces, "Read more:" links and comment-box notices.  Later stages compare
sentences and figures across outlets, so every source is brought to the same
plain form here, and what was dropped is kept on the Article for the report.
Normalisation never touches letters, digits, currency symbols or ``%``: the
figures are the claims being checked.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import stat
import sys
import unicodedata
from typing import BinaryIO, NamedTuple

from claimcheck.errors import InputError
from claimcheck.extract import lexicon
from claimcheck.furniture import split_furniture, unglue_names
from claimcheck.segment import is_headline, sentence_spans
from claimcheck.types import Article, Dateline

__all__ = [
    "read_source",
    "read_text",
    "ingest_text",
    "normalise",
    "is_noise",
    "parse_dateline",
]

# --- normalise ------------------------------------------------------------

# Line breaks other than "\n": CR, vertical tab, form feed, NEL, LS, PS.
_BREAKS = {ord(c): "\n" for c in "\r\x0b\x0c\x85\u2028\u2029"}
# Control characters (C0 except \t \n, DEL, C1), zero-width and invisible
# formatting characters, soft hyphen.  Removing ESC defuses ANSI escapes.
_REMOVE: dict[int, None] = {
    c: None
    for c in [
        *range(0x00, 0x09),
        *range(0x0E, 0x20),
        0x7F,
        *range(0x80, 0x85),
        *range(0x86, 0xA0),
        0x00AD,  # soft hyphen
        0x061C,  # Arabic letter mark
        0x180E,  # Mongolian vowel separator
        *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
        *range(0x202A, 0x202F),  # bidi embeddings and overrides
        *range(0x2060, 0x2065),  # word joiner, invisible operators
        *range(0x2066, 0x206A),  # bidi isolates
        0xFEFF,  # zero-width no-break space / stray BOM
    ]
}
_STAGE1 = str.maketrans({**_REMOVE, **_BREAKS})

# Unicode spaces (category Zs) to a plain space.  Quotes, dashes and ellipses
# stay as the outlet wrote them: a report quotes articles verbatim, and the
# extractor reads "2013–18" and ‘curly’ quotes as well as their ASCII forms.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_STAGE2 = str.maketrans({ord(c): " " for c in _SPACES})
_MULTISPACE = re.compile(r" {2,}")
_TRAILING = re.compile(r"[ \t]+(?=\n|\Z)")


def normalise(text: str) -> str:
    """Bring text to one plain form without rewriting what the outlet wrote.

    NFC; unicode spaces to a plain space; invisible and control characters
    removed (so no ANSI escape survives); line ends to "\\n"; runs of spaces
    and trailing spaces removed.  Letters, digits, punctuation, quotes and
    dashes are never changed.  Idempotent.
    """
    text = text.replace("\r\n", "\n").translate(_STAGE1)
    # NFC after removing invisibles so the result is stable under a second pass.
    text = unicodedata.normalize("NFC", text).translate(_STAGE2)
    text = _MULTISPACE.sub(" ", text)
    return _TRAILING.sub("", text)


# --- noise ----------------------------------------------------------------


class NoiseRule(NamedTuple):
    """A whole-line pattern for web-page leftovers, and a length cap.

    The cap keeps a story paragraph that happens to open with the same words
    from being dropped.
    """

    pattern: re.Pattern[str]
    max_words: int = 40
    # Also cut as a sentence inside a paragraph (a page that lost its line breaks):
    # only rules no story sentence trips ("Tags: ...", "4 min read", "Copyright 2025 ...").
    in_sentences: bool = False


# Bullets, arrows, emoji and other punctuation that may open a leftover line,
# and one optional "(" (for "(Photo credit: ...)").
_LEAD = r"[^\w\u00a9(@#]*\(?\s*"


def _rule(body: str, max_words: int = 40, *, lead: bool = True, in_sentences: bool = False) -> NoiseRule:
    return NoiseRule(re.compile((_LEAD if lead else "") + body, re.I), max_words, in_sentences)


def _names(words, *, capitalise: bool = False) -> str:
    """An alternation of the given names, longest first: "January|February|...|Sept|Sep"."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w.capitalize() if capitalise else w) for w in unique)


def _phrases(phrases) -> str:
    """An alternation of phrases of words (as the lexicon gives them), longest first."""
    return _names(" ".join(p) for p in phrases)


# A time stamp's date starts with a digit or the first three letters of a month or weekday.
_DATEISH = (
    r"(?=\d|(?:" + _names(w[:3] for w in (*lexicon.MONTHS, *lexicon.WEEKDAYS)) + ")"
    r"|today|yesterday|an? (?:hour|minute|day)|\d+ (?:hours?|minutes?|days?))"
)

# Headings of links to other stories: "Read more: <headline>", "ALSO READ | ...",
# "Related: ...", "See also - ...", "Most Read", "You may also like".
_LINK_HEADINGS = "(?:" + _phrases(lexicon.LINK_HEADINGS) + r"|popular on \S+)"

NOISE_RULES: tuple[NoiseRule, ...] = (
    _rule(_LINK_HEADINGS + r"\s*(?:[:|>\u00bb\u203a\-]|$)"),
    # Calls to action: "Follow us on X", "Subscribe to our newsletter",
    # "Sign up for ...", "Join our WhatsApp channel", "Download the ... app".
    _rule(
        r"(?:follow us\b|follow (?:\S+ ){0,3}on (?:" + _phrases(lexicon.FOLLOW_NETWORKS) + r")\b|subscribe (?:to|for|now|today|here)\b"
        r"|subscribe\W*$|sign up (?:for|to|now|here|today)\b|get (?:the|our) (?:latest|daily|free)\b"
        r"|join (?:our|us on)\b.*\b(?:whatsapp|telegram|channel|community|newsletter)"
        r"|download (?:the|our)\b.*\bapps?\b|for the latest (?:news|updates|headlines|stories)\b)",
        30,
    ),
    # A promo that ends in its call to action: "Get a look at the day ahead with our
    # morning newsletter. Sign up here.", "... in your inbox: subscribe now".
    _rule(
        r".*\b(?:sign up|subscribe|register|click|tap|join)(?: (?:here|now|today|below|free))+\W*$"
        r"|.*\bnewsletters?\b.*\b(?:sign up|subscribe|inbox)\b|.*\b(?:sign up|subscribe)\b.*\bnewsletters?\b",
        25,
        lead=False,
    ),
    # Tip lines and cookie banners: "Have a story or a tip? Email us at ...",
    # "We use cookies to give you the best experience ... Accept all".
    _rule(
        r"(?:have|got) an?(?: news)? (?:story|tip)(?: (?:or|for us|idea)[^?]{0,20})?\?"
        r"|(?:send|email) us (?:your|a) (?:story|tip|news)\b",
        30,
    ),
    _rule(r"(?:we|this (?:site|website)) uses? cookies\b|accept (?:all )?cookies\b", 40),
    # "Click here ...", "Tap here to ...".
    _rule(r"(?:click|tap) (?:here|to|the link|below)\b", 30),
    # Sharing widgets: "Share this article", "Share on Facebook", "Share:".
    _rule(
        r"share (?:this(?: (?:article|story|post|page|video))?|on (?:" + _names(lexicon.SHARE_TARGETS) + r")|via)\b|share\s*(?::|$)",
        12,
    ),
    # Comment boxes: "Comments are closed ...", "Leave a comment", "Comments (3)".
    _rule(
        r"(?:comments? (?:are|is) (?:closed|disabled|off)|leave a (?:comment|reply)|post a comment"
        r"|add a comment|view comments|show comments|join the (?:conversation|discussion)"
        r"|comments?(?:\s*\(\d+\))?\W*$)",
        25,
    ),
    # Ad slots and page furniture that stand alone on a line.
    _rule(
        r"(?:" + _phrases(lexicon.PAGE_FURNITURE) + r")\W*$",
        8,
        in_sentences=True,
    ),
    # Standards and correction notes, byline credits, caption labels.
    _rule(r"our standards\s*:|editor'?s note\s*:|correction\s*:|clarification\s*:", 40),
    _rule(r"this (?:story|article|report) (?:has been|was) (?:corrected|updated|amended|changed)\b", 40),
    _rule(r".*\bcontributed (?:to this (?:report|story|article)|reporting)\W*$", 30),
    _rule(r"additional reporting by\b", 30),
    _rule(r"(?:reporting|writing|editing) by [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\W*$", 8),
    _rule(r"(?:image|media|video|photo) caption\s*[,:]", 40, in_sentences=True),
    _rule(r"\(?[\w.]+ photo\s*/", 20),
    _rule(r"(?:author|byline|source|sources)\s*:\s*\S+(?:\s+\S+){0,5}\W*$", 8),
    _rule(r"by [A-Z][a-z'’-]+(?: [A-Z]\.?)?(?: [A-Z][a-z'’-]+){1,2}(?:\s*[,|]\s*[A-Z][\w ]{0,30})?\W*$", 8, lead=False),
    _rule(r"(?:posted|filed) in\b[^.]*\|\s*tagged\b", 40),
    _rule(r"read the full (?:story|article|report)\b", 12, in_sentences=True),
    # "Continue reading", "Continue reading the main story", "Continue reading below".
    _rule(r"continue reading\b", 8, in_sentences=True),
    # Copyright lines: "Copyright 2025 Dawn", "(c) 2025 ...", "© Reuters", "All rights reserved".
    _rule(r"(?:copyright\s*(?:\u00a9|\(c\)|\d{4}|:)|\u00a9|c\)\s*\d{4})", 30, in_sentences=True),
    _rule(r".*\ball rights reserved\b", 30, in_sentences=True),
    # Picture and media credits: "Photo: AFP", "(Photo credit: ...)", "Image courtesy ...".
    _rule(
        r"(?:file )?(?:photo(?:graph)?|image|picture|pic|video|graphic|illustration|caption)s?"
        r"(?: (?:credit|courtesy|by|source))?\s*(?::|\||$)"
        r"|(?:photo|image|picture)s? (?:credit|courtesy|by)\b|(?:photo|image|picture|video)s? (?:source|credit)\s*,",
    ),
    # Media teasers: "Watch: ...", "Listen to this article", "5 min read".
    _rule(r"(?:watch|listen|audio)\s*[:|]", 40),
    _rule(r"listen to (?:this|the) (?:article|story)\b", 15),
    _rule(r"(?:\d+|one|two|three|four|five)[ -]?(?:min|mins|minutes?)\.? (?:read|listen)\b", 8, in_sentences=True),
    # Time stamps: "Updated: ...", "Published April 7, 2025", "Last modified on ...".
    _rule(
        r"(?:(?:last |first )?(?:updated|published|posted|modified)|last modified)"
        r"(?: on| at)?\s*(?::|\s" + _DATEISH + ")",
        20,
    ),
    # Taxonomy: "Tags: ...", "Topics: ...", "Filed under: ...".
    _rule(r"(?:tags?|topics?|filed under|categories|category|keywords?)\s*:", 40, in_sentences=True),
    # Agency credits: "Reporting by X; Editing by Y", "(Writing by X)".
    _rule(
        r"(?:additional )?(?:reporting|writing|editing|compiled|edited|written|reported) by\b"
        r"[^.!?]*(?:;|\)\W*$|\b(?:editing|writing|reporting) by\b)",
        60,
    ),
    _rule(r"(?:edited|written|reported|compiled) by\s*:", 30),
    # Print-edition notes: "Published in Dawn, April 8th, 2025".
    _rule(
        r"(?:originally |first )?published in (?:the )?(?!(?:" + _names(lexicon.MONTH_NAMES) + r"|\d)\b)[A-Za-z][\w.&'’ ]{1,40},\s*(?:[A-Za-z]+\.? \d|\d)[^.!?]*\.?$",
        14,
    ),
    # Syndication notes: "This article was originally published on ...".
    _rule(r"this (?:article|story) (?:was|is|has been|first) (?:first |originally )?(?:published|appeared)\b", 30),
    # A line of social handles or hashtags only: "@dawn_com | @AFP", "#Pakistan #US".
    _rule(
        r"\W*(?:(?:" + _names(lexicon.HANDLE_NETWORKS) + r")\s*:\s*)?"
        r"[@#]\w{1,40}(?:[\s,|/\u00b7\u2022]+[@#]\w{1,40})*\W*$",
        lead=False,
    ),
    # A line of links only: "https://...", "www.example.com/...".
    _rule(r"\W*(?:(?:https?://|www\.)\S+\s*)+$", lead=False),
)


# A heading that opens a list of links to other stories ("Most Read",
# "Related coverage:", "Trending now"): the headlines under it are leftovers too.
_LINK_LIST_HEAD = re.compile(_LEAD + _LINK_HEADINGS + r"\s*[:|>\u00bb\u203a\-]?\W*$", re.I)
_LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]|[-*\u2022\u25aa\u25cf\u2013\u2014>\u00bb\u203a])\s+")


def _linked_headline(line: str) -> bool:
    """A line in a list of links: a short title without a sentence's full stop."""
    s = _LIST_MARK.sub("", line.strip())
    return 0 < len(s.split()) <= 20 and s.rstrip("\"'\u201d\u2019)")[-1:] not in (".", "!")


def is_noise_sentence(sentence: str) -> bool:
    """True if a sentence inside a paragraph is a leftover line the page lost its break
    before: a rule marked ``in_sentences`` matches it whole."""
    s = sentence.strip()
    words = len(s.split())
    return bool(s) and any(r.in_sentences and words <= r.max_words and r.pattern.match(s) for r in NOISE_RULES)


def is_noise(line: str) -> bool:
    """True if the whole line is a web-page leftover rather than part of the story.

    Rules match at the start of the line (after bullets, emoji and
    punctuation), case-insensitively, and only on lines no longer than the
    rule's word cap.  ``"(Reuters) -"`` is a dateline, not noise.
    """
    s = line.strip()
    if not s:
        return False
    words = len(s.split())
    return any(words <= r.max_words and r.pattern.match(s) for r in NOISE_RULES)


# --- dateline -------------------------------------------------------------

_MONTHS = lexicon.MONTHS
_MONTH = lexicon.MONTH_PATTERN
_WEEKDAY = r"(?:" + _names(lexicon.WEEKDAYS, capitalise=True) + r")\.?"
_DATE = (
    rf"(?i:(?:{_WEEKDAY},?\s+)?(?:"
    rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})"
    rf"|{_WEEKDAY})(?![\w-]))"
)
_AGENCY = r"\((?:[A-Za-z][\w.&'/ -]{0,30})\)"
# Upper-case place, optional region ("SPRINGFIELD, Ill.", "ISLAMABAD, Pakistan").
_UPPER = r"(?P<place>[A-Z][A-Z'.\-]*[A-Z.](?:[ /][A-Z][A-Z'.\-]*[A-Z.]){0,4})"
_REGION = rf"(?:,\s+(?!{_MONTH}\b|{_WEEKDAY}\b)[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)"
_CAP = r"(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2})"
_DASH_SEP = r"\s*(?:-{1,3}|[\u2013\u2014\u2015])(?=\s+\S)"
_COLON_SEP = r"\s*:(?=\s+\S)"

_DATELINE_FORMS = (
    # "ISLAMABAD, April 7, 2025 -", "WASHINGTON (Reuters) -", "MUMBAI:",
    # "NEW DELHI, Jan 5 (PTI) " (the agency alone separates).
    re.compile(
        rf"(?P<head>{_UPPER}{_REGION}?(?:,\s+{_DATE})?(?:\s*{_AGENCY})?)"
        rf"(?:{_DASH_SEP}|{_COLON_SEP}|(?<=\))(?=\s+\S))"
    ),
    # "Karachi, 7 April 2025:", "Islamabad (Reuters) -": a capitalised place
    # needs a date or an agency, so "The US had attempted" never matches; a
    # bare agency separates only after a date ("Pakistan (PTI) said" is prose).
    re.compile(
        rf"(?P<head>{_CAP}(?:,\s+{_DATE}(?:\s*{_AGENCY})?|\s*{_AGENCY}))"
        rf"(?:{_DASH_SEP}|{_COLON_SEP})"
    ),
    re.compile(rf"(?P<head>{_CAP},\s+{_DATE}\s*{_AGENCY})(?=\s+\S)"),
    # "Karachi: ..."
    re.compile(rf"(?P<head>{_CAP}){_COLON_SEP}"),
    # "(Reuters) - ..." with no place.
    re.compile(rf"(?P<head>{_AGENCY}){_DASH_SEP}"),
)
_DATELINE_MAX = 70  # the separator must come within the first ~70 characters
# Labels that look like a place before a colon or dash but open a kicker.
_NOT_PLACES = lexicon.NOT_PLACES | frozenset(_MONTHS) | frozenset(lexicon.WEEKDAY_NAMES)


def _date(m: re.Match[str]) -> _dt.date | None:
    """The full date in a dateline match, or None if no year is written."""
    year = m.group("y1") or m.group("y2")
    month_name = m.group("m1") or m.group("m2")
    day = m.group("d1") or m.group("d2")
    try:
        if year and month_name and day:
            month = _MONTHS[month_name.rstrip(".").lower()]
            return _dt.date(int(year), month, int(day))
        if m.group("y3"):
            return _dt.date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
    except ValueError:  # "February 30, 2025"
        return None
    return None


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``, with offsets into the paragraph.

    Needs a place-like start and a separator (dash, colon, or an agency in
    brackets) within the first ~70 characters, so an ordinary sentence
    ("US President Donald Trump said") is not taken for one.
    """
    for form in _DATELINE_FORMS:
        m = form.match(paragraph, 0, min(len(paragraph), _DATELINE_MAX + 40))
        if m is None:
            continue
        head = m.group("head")
        if len(head) > _DATELINE_MAX:
            continue
        place = m.groupdict().get("place")
        if place and place.lower().rstrip(".") in _NOT_PLACES:
            continue
        if place and place.lower().split()[0].rstrip(".") in _NOT_PLACES:
            continue
        has_date = "y1" in m.re.groupindex
        return Dateline(
            text=head,
            place=place,
            date=_date(m) if has_date else None,
            start=0,
            end=len(head),
        )
    return None


# --- articles -------------------------------------------------------------


def _noise_sentences(piece: str) -> tuple[list[str], list[str]]:
    """A paragraph's sentences that are leftovers by the whole-line rules safe for
    sentences ("Tags: news", "4 min read", "Copyright 2025 X") are cut out, each
    ending the paragraph there: a copied page that lost its line breaks keeps its
    leftover lines as sentences."""
    spans = sentence_spans(piece)
    if len(spans) < 2:
        return [piece], []
    kept: list[str] = []
    cut: list[str] = []
    current: list[str] = []
    for start, end in spans:
        sentence = piece[start:end]
        if is_noise_sentence(sentence):
            cut.append(sentence)
            if current:
                kept.append(" ".join(current))
            current = []
        else:
            current.append(sentence)
    if not cut:
        return [piece], []
    if current:
        kept.append(" ".join(current))
    return kept, cut


def ingest_text(
    text: str, *, id: str, label: str | None = None, path: str | None = None
) -> Article:
    """Clean ``text`` into an Article: normalised, noise lines set aside, dateline found.

    Each non-empty line is a paragraph; paragraphs are joined by one "\\n".
    Raises InputError when nothing but web-page leftovers remains.
    """
    name = "standard input" if path == "-" else path or label or id
    story: list[str] = []
    noise: list[str] = []
    # Inside the headlines under a "Most Read" heading: pages set them one a
    # line or each between blank lines, so only a line that is not a headline
    # (a story paragraph ends in a full stop) ends the list.
    link_list = False
    # A credit whose line break was lost ("Photo: Hailey BollingerIn light of ...")
    # is first cut from the sentence it runs into: each is a line of its own.
    lines = [piece for raw in normalise(text).split("\n") for piece in (unglue_names(raw) or [""])]
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if link_list and _linked_headline(line):
            noise.append(line)
            continue
        link_list = bool(_LINK_LIST_HEAD.match(line))
        if link_list or is_noise(line):
            noise.append(line)
            continue
        # Furniture inside the line (a wire tag, a caption, a prompt) is cut
        # out; what is left stands as one or more paragraphs.
        pieces, cut = split_furniture(line)
        noise.extend(cut)
        for piece in pieces:
            if is_noise(piece):
                noise.append(piece)
                continue
            kept, cut_sentences = _noise_sentences(piece)
            noise.extend(cut_sentences)
            story.extend(kept)
    if not story:
        if noise:
            raise InputError(
                f"{name}: nothing left after removing {len(noise)} web-page leftover "
                f"line(s) such as {noise[0][:40]!r}; is this the article text?"
            )
        raise InputError(f"{name}: no text; give a file with the article text")
    body = "\n".join(story)
    dateline = None
    offset = 0
    for line in story:
        if not is_headline(line):
            found = parse_dateline(line)
            if found is not None:
                dateline = Dateline(
                    text=found.text,
                    place=found.place,
                    date=found.date,
                    start=offset + found.start,
                    end=offset + found.end,
                )
            break
        offset += len(line) + 1
    return Article(
        id=id,
        label=label if label is not None else id,
        path=path,
        text=body,
        noise=tuple(noise),
        dateline=dateline,
    )


# Control bytes that do not occur in text files (tab, LF, CR, FF, ESC allowed).
_BINARY_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_BINARY_RATIO = 0.10  # more control bytes than this in the first 8 kB: binary
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _decode(data: bytes, name: str) -> str:
    """Decode file bytes as UTF-8 (or UTF-16/32 with a BOM), rejecting binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(
                    f"{name}: not valid {encoding.upper()} text despite its byte-order mark "
                    f"(bad data at offset {err.start + len(bom)}); re-save it as UTF-8"
                ) from None
            if "\x00" in text:
                raise InputError(f"{name}: binary data, not text; give a plain-text article")
            return text
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    if b"\x00" in sample or controls > _BINARY_RATIO * len(sample):
        raise InputError(f"{name}: binary data, not text; give a plain-text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not UTF-8 text (invalid byte 0x{data[err.start]:02x} at offset "
            f"{err.start}); re-save it as UTF-8"
        ) from None


def _near_name(path: str) -> str:
    """ "did you mean wire.txt?" when a file of a close name sits in the same folder."""
    import difflib

    folder, name = os.path.split(path)
    try:
        names = sorted(os.listdir(folder or "."))[:2000]
    except OSError:
        return "check the path"
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.75)
    return f"did you mean {os.path.join(folder, close[0])}?" if close else "check the path"


DEFAULT_MAX_BYTES = 2_000_000  # a long feature is ~100 kB; twenty times that is not news


def article_limit(max_bytes: int | None = None) -> int:
    """The size limit per article: ``max_bytes``, else CLAIMCHECK_MAX_BYTES, else 2 MB."""
    if max_bytes is not None:
        return max_bytes
    raw = os.environ.get("CLAIMCHECK_MAX_BYTES", "").strip().replace("_", "")
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return DEFAULT_MAX_BYTES


def _too_big(name: str, limit: int) -> InputError:
    return InputError(f"{name}: larger than the limit of {limit:,} bytes per article; raise it with --max-bytes (or CLAIMCHECK_MAX_BYTES)")


def _read_bytes(path: str, stdin: BinaryIO | None, limit: int, *, regular_only: bool = False, name: str | None = None) -> bytes:
    """The raw bytes of ``path`` ("-" = standard input), with one-line errors.

    At most ``limit`` bytes are read, so /dev/zero or an endless pipe is an
    error, not a machine out of memory.  ``regular_only`` refuses FIFOs and
    devices (which batch mode must never block on).
    """
    name = name or path
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = stream.read(limit + 1)
        except OSError as err:
            raise InputError(f"standard input: cannot read ({err.strerror or err})") from None
        if len(data) > limit:
            raise _too_big("standard input", limit)
        return data
    if os.path.isdir(path):
        raise InputError(f"{name}: is a directory; give an article text file")
    if regular_only:
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            raise InputError(f"{name}: no such file; check the path") from None
        except OSError as err:
            raise InputError(f"{name}: cannot read ({err.strerror or err})") from None
        if not stat.S_ISREG(mode):
            kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file"
            raise InputError(f"{name}: is {kind}, not a regular file; refused")
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file; {_near_name(path)}") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied; make the file readable") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory; give an article text file") from None
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror or err})") from None
    if len(data) > limit:
        raise _too_big(name, limit)
    return data


def read_text(
    path: str,
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int | None = None,
    regular_only: bool = False,
    shown: str | None = None,
) -> str:
    """The decoded text of ``path`` ("-" for standard input), not yet normalised.

    Raises InputError for a missing, unreadable, empty, binary, non-UTF-8 or
    oversized file (``max_bytes``, default :func:`article_limit`); ``shown``
    is the name used in messages.
    """
    name = "standard input" if path == "-" else (shown or path)
    data = _read_bytes(path, stdin, article_limit(max_bytes), regular_only=regular_only, name=name)
    if not data:
        raise InputError(f"{name}: empty file; give a file with the article text")
    text = _decode(data, name)
    if not normalise(text).strip():
        raise InputError(f"{name}: only whitespace; give a file with the article text")
    return text


def read_source(
    path: str,
    *,
    label: str | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int | None = None,
    regular_only: bool = False,
    shown: str | None = None,
) -> Article:
    """Read one article file ("-" for standard input) and ingest it.

    The id is ``label`` if given, else the file name without extension
    ("stdin" for "-"); the label defaults to the file name.
    Raises InputError with a one-line message for anything unusable.
    """
    text = read_text(path, stdin=stdin, max_bytes=max_bytes, regular_only=regular_only, shown=shown)
    if path == "-":
        default_id, default_label = "stdin", "stdin"
    else:
        base = os.path.basename(os.path.normpath(shown or path))
        default_id, default_label = os.path.splitext(base)[0] or base, base
    return ingest_text(
        text,
        id=label if label is not None else default_id,
        label=label if label is not None else default_label,
        path=path,
    )
