"""Helpers every renderer shares: safe article text, word diffs, verdict names.

Article text is data, never markup or control codes: ``safe`` turns control
characters into visible symbols before any renderer sees the text, and the
renderers never parse article text as markup (rich ``Text`` objects, escaped
HTML and Markdown).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..types import Finding, Item, Report

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: str) -> str:
    """Control characters (ESC and friends) as visible symbols: "\\x1b" -> "␛"."""
    return _CONTROL.sub(lambda m: chr(0x2400 + ord(m.group())) if ord(m.group()) < 0x20 else "\ufffd", text)


VERDICT_TITLE = {"contradiction": "Contradictions", "addition": "Additions", "agreement": "Agreements"}
VERDICT_WORD = {"contradiction": "CONTRADICTION", "addition": "ADDITION", "agreement": "AGREEMENT"}
VERDICT_MARK = {"contradiction": "✘", "addition": "+", "agreement": "✔"}
VERDICT_ORDER = ("contradiction", "addition", "agreement")


@dataclass(frozen=True)
class Span:
    """A piece of a sentence: plain, or marked as the compared figure."""

    text: str
    figure: bool = False


def spans(sentence: str, marks: Iterable[tuple[int, int]]) -> list[Span]:
    """Cut a sentence into plain and figure pieces (marks are character spans)."""
    out: list[Span] = []
    pos = 0
    for start, end in sorted(set(marks)):
        if start < pos or end > len(sentence) or start >= end:
            continue
        if start > pos:
            out.append(Span(sentence[pos:start]))
        out.append(Span(sentence[start:end], True))
        pos = end
    if pos < len(sentence):
        out.append(Span(sentence[pos:]))
    return out


def item_marks(item: Item) -> list[tuple[int, int]]:
    if item.quantity is not None:
        return [(item.quantity.start, item.quantity.end)]
    if item.attribution is not None:
        return [(item.attribution.start, item.attribution.end)]
    return []


@dataclass(frozen=True)
class DiffPiece:
    """One run of a word diff: "=" kept, "-" only in the reference, "+" only in the other."""

    op: str
    text: str
    figure: bool = False


_WORD = re.compile(r"\S+\s*")


def _words(sentence: str, marks: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Words with trailing space, each flagged if it overlaps a compared figure."""
    out = []
    for m in _WORD.finditer(sentence):
        figure = any(m.start() < e and s < m.end() for s, e in marks)
        out.append((m.group(), figure))
    return out


def word_diff(old: Item, new: Item) -> list[DiffPiece]:
    """A word-level diff of two items' sentences, like ``git diff --word-diff``."""
    a = _words(old.sentence.text, item_marks(old))
    b = _words(new.sentence.text, item_marks(new))
    key_a = [w.strip().lower().strip(".,;:'\"()") for w, _ in a]
    key_b = [w.strip().lower().strip(".,;:'\"()") for w, _ in b]
    matcher = difflib.SequenceMatcher(a=key_a, b=key_b, autojunk=False)
    pieces: list[DiffPiece] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for w, fig in b[j1:j2]:
                pieces.append(DiffPiece("=", w, fig))
            continue
        if op in ("replace", "delete"):
            for w, fig in a[i1:i2]:
                pieces.append(DiffPiece("-", w, fig))
        if op in ("replace", "insert"):
            for w, fig in b[j1:j2]:
                pieces.append(DiffPiece("+", w, fig))
    return _merge(pieces)


def _merge(pieces: list[DiffPiece]) -> list[DiffPiece]:
    """Join neighbouring pieces with the same op and figure flag."""
    out: list[DiffPiece] = []
    for p in pieces:
        if out and out[-1].op == p.op and out[-1].figure == p.figure:
            out[-1] = DiffPiece(p.op, out[-1].text + p.text, p.figure)
        else:
            out.append(p)
    return out


def plain_diff(pieces: list[DiffPiece]) -> str:
    """The diff with plain markers, for when there is no colour: "[-24 percent-]{+42%+}"."""
    out = []
    for p in pieces:
        body = p.text.rstrip()
        tail = p.text[len(body) :]
        if p.op == "=":
            out.append(p.text)
        elif p.op == "-":
            out.append(f"[-{body}-]{tail}")
        else:
            out.append(f"{{+{body}+}}{tail}")
    return "".join(out).strip()


def ordered_findings(report: Report) -> list[tuple[int, Finding]]:
    """Findings numbered in report order (the same numbers in every format)."""
    return list(enumerate(report.findings, 1))


def label_of(report: Report, source_id: str) -> str:
    return report.article(source_id).label
