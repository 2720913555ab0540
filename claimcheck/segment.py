"""Split an article into sentences with exact character offsets.

Claims are compared sentence by sentence, and findings point back into the
article, so every sentence carries its span in ``Article.text``.  The splitter
is rule-based and deterministic: a regex finds each candidate stop (``.``,
``?``, ``!`` or an ellipsis, with any closing quotes or brackets, followed by
whitespace) and a small decision function looks at the word before it and the
word after it.  Paragraphs (lines) are split separately, so a sentence never
runs on into the next line.

Heuristics, in order, for a stop followed by more text on the same line:

* next word starts lower-case -> no split ("etc. and", "e.g. the",
  '"Really?" he asked'), unless it is a camel-case brand after an ordinary
  word ("... rose. iPhone sales ...");
* ``?`` / ``!`` / an ellipsis -> split;
* the sentence so far is only a list marker ("1.", "a.", "iv.") -> no split;
* a title that never ends a sentence (Mr., Dr., Gen., vs., e.g. ...) -> no
  split;
* an abbreviation that may end a sentence (U.S., Inc., Jan., No., St., a.m.,
  dotted acronyms, single-letter initials "W.") -> split only when the next
  word is a common sentence-opening word ("The", "He", "But", "In" ...) or
  an opening quote; never before a digit ("No. 10", "Jan. 5").  So
  "... in the U.S. The next ..." splits but "U.S. Secretary of State" and
  "George W. Bush" do not.  "etc." splits before any capital;
* any other word -> split.
"""

from __future__ import annotations

import re

from claimcheck.types import Article, Sentence

__all__ = ["split_sentences", "is_headline", "ends_sentence"]

# A stop, any closing quotes/brackets, then whitespace and more text.
_CANDIDATE = re.compile(r"([.?!\u2026]+)([\"')\]}\u2019\u201d]*)\s+(?=\S)")

# Words ending in "." that never end a sentence: titles and Latin shorthands.
_NEVER_END = frozenset(
    """Mr Mrs Ms Mx Dr Prof Gen Lt Col Sen Rep Gov Capt Cmdr Cdr Maj Sgt Cpl Pvt
    Adm Brig Rev Hon Pres Supt Insp Amb Messrs Mmes Mme Mlle Fr Rt Gens
    vs Vs v cf viz approx Approx Fig fig Figs e.g i.e E.g I.e""".split()
)

# Abbreviations that are often mid-sentence but can also be the real end.
_MAY_END = frozenset(
    """St No Nos Inc Ltd Co Corp Jr Sr Bros Plc Pty
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Mon Tue Tues Wed Thu Thur Thurs Fri Sat
    Ave Blvd Rd Mt Ft Dept Govt Univ Assn Est Vol Art Sec Sect Ch Para Cl Rs
    p pp ca al est etc
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn
    Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo""".split()
)

# Words that are capitalised at the start of a sentence but rarely inside one;
# after an ambiguous abbreviation they signal that the abbreviation ended it.
_STARTERS = frozenset(
    """The A An This That These Those There Here It Its He She They We I You His
    Her Their Our My Your But And Or So Yet Nor In On At As After Before While
    When Where Whether What Which Who Why How If Although Though Because Since
    However Meanwhile Moreover Furthermore Also Still Then Now Later Earlier
    Some Many Most All Both Each Every Several Such Other Others For From With
    Without By To Under Over During Despite According Instead Last Next Only
    Yesterday Today""".split()
)

_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # U.S, a.m, D.C (final "." cut)
_LIST_MARKER = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})\)?")
_NEXT_WORD = re.compile(r"[\"'(\[\u2018\u201c]*([^\W\d_][\w'\u2019-]*)?")
_CAMEL = re.compile(r"[a-z]+[A-Z]")
_OPENERS = "\"'([{\u2018\u201c"
_CLOSERS = "\"')]}\u2019\u201d"
_TERMINAL = ".!?:;\u2026"
_BULLET = re.compile(r"[-*\u2022\u2023\u25aa\u25cf\u2013\u2014>]\s|\d{1,3}[.)]\s")
_HEADLINE_MAX_WORDS = 25


def is_headline(line: str) -> bool:
    """A title line: short, has letters, and no terminal punctuation.

    Headlines and section titles carry claims too, but not as full sentences;
    marking them lets later stages weigh them differently.  Bulleted list
    items are not headlines even when they lack a full stop.
    """
    s = line.strip()
    if not s or _BULLET.match(s) or not any(c.isalpha() for c in s):
        return False
    if len(s.split()) >= _HEADLINE_MAX_WORDS:
        return False
    last = s.rstrip(_CLOSERS)[-1:]
    return last != "" and last not in _TERMINAL


def ends_sentence(text: str, cur: int, stop: str, s0: int, nxt: int) -> bool:
    """Decide whether the stop ``stop`` at ``s0`` ends the sentence begun at ``cur``.

    ``nxt`` is the index of the first character after the whitespace.
    """
    first = text[nxt]
    word_m = _NEXT_WORD.match(text, nxt, min(nxt + 40, len(text)))
    word = (word_m.group(1) or "") if word_m else ""
    if "." not in stop or len(stop) > 1 or "\u2026" in stop:
        # "?", "!", "...": a question or an ellipsis ends unless lower-case follows.
        return not first.islower()
    seen = text[max(cur, s0 - 40) : s0].split()
    token = seen[-1].lstrip(_OPENERS) if seen else ""
    if first.islower():
        # "etc. and", "e.g. the": never; "rose. iPhone sales": yes.
        return bool(_CAMEL.match(word)) and not _is_abbrev(token)
    if _LIST_MARKER.fullmatch(text[cur:s0]):
        return False  # "1. First item"
    if token in _NEVER_END:
        return False
    if _is_abbrev(token):
        if first.isdigit():
            return False  # "No. 10", "Jan. 5", "Rs. 1,000"
        if token == "etc":
            return True
        return word in _STARTERS or first in "\"\u201c"
    return True


def _is_abbrev(token: str) -> bool:
    """True for a word whose final "." may be an abbreviation mark."""
    return (
        token in _MAY_END
        or (len(token) == 1 and token.isupper())
        or _DOTTED.fullmatch(token) is not None
    )


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (stripped) of the paragraph ``text[start:end]``."""
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _CANDIDATE.finditer(text, start, end):
        if ends_sentence(text, cur, m.group(1), m.start(1), m.end()):
            spans.append((cur, m.end(2)))
            cur = m.end()
    spans.append((cur, end))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        piece = text[a:b]
        stripped = piece.strip()
        if stripped:
            a += len(piece) - len(piece.lstrip())
            out.append((a, a + len(stripped)))
    return out


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans (stripped) of a paragraph, as the splitter reads its stops."""
    return _pieces(paragraph, 0, len(paragraph))


# A name of two to four capitalised words opening a text: "Sonny Mehta", "New York City Council".
_OPENING_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019-]*){1,3}(?![\w'\u2019-])")
# Words a name may follow inside a sentence ("a statement from Sonny Mehta"): no headline ends on them.
_NOT_HEADLINE_END = frozenset("a an the of and or to by with for from as at in on said says told about than".split())
_GLUED_HEADLINE_REACH = 300  # characters: a headline and its repeated name come early


def _glued_headline(text: str, a: int, b: int) -> int | None:
    """Where the story starts when a copied page glued its headline to its first
    sentence, which opens on the headline's name again and an apposition: "Sonny
    Mehta, head of Knopf, dies aged 77 Sonny Mehta, the head of ..." (the split is
    before the second "Sonny Mehta")."""
    m = _OPENING_NAME.match(text, a, b)
    if m is None:
        return None
    name = re.sub(r"\s+", " ", m.group())
    # The name again, opening an apposition ("Sonny Mehta, the head of ..."), as a
    # first sentence does; "New York City officials said ... New York City schools" is one sentence.
    pattern = re.compile(r"(?<=\s)" + r"\s+".join(map(re.escape, name.split())) + r",")
    again = pattern.search(text, m.end(), min(b, a + _GLUED_HEADLINE_REACH))
    if again is None:
        return None
    words = text[a : again.start()].split()
    before = words[-1] if words else ""
    if not (3 <= len(words) < _HEADLINE_MAX_WORDS) or not before[-1:].isalnum() or before.lower() in _NOT_HEADLINE_END:
        return None
    return again.start()


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """Split ``article.text`` into sentences whose spans index the text exactly.

    Each line is a paragraph; blank lines do not count as paragraphs.  A line
    that is one piece without terminal punctuation is marked as a headline.
    """
    text = article.text
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        spans = _pieces(text, pos, end)
        glued = _glued_headline(text, *spans[0]) if spans and not sentences else None
        if glued is not None:
            # The headline glued to the first sentence is a title line of its own.
            title = (spans[0][0], len(text[: glued].rstrip()))
            sentences.append(Sentence(source=article.id, index=0, text=text[title[0] : title[1]], start=title[0], end=title[1], paragraph=paragraph, headline=True))
            spans[0] = (glued, spans[0][1])
        if spans:
            headline = len(spans) == 1 and is_headline(text[spans[0][0] : spans[0][1]])
            for a, b in spans:
                sentences.append(
                    Sentence(
                        source=article.id,
                        index=len(sentences),
                        text=text[a:b],
                        start=a,
                        end=b,
                        paragraph=paragraph,
                        headline=headline,
                    )
                )
            paragraph += 1
        if nl < 0:
            break
        pos = nl + 1
    return tuple(sentences)
