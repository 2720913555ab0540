"""Helpers every renderer shares: safe article text, word diffs, verdict names.

Article text is data, never markup or control codes: ``safe`` turns control
characters into visible symbols before any renderer sees the text, and the
renderers never parse article text as markup (rich ``Text`` objects, escaped
HTML and Markdown).  The word diff lives here too, so that every format
agrees on which words changed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import visible
from ..salience import Salience, presented
from ..types import Finding, Item, PairResult, Report, Sentence, Verdict

# Article text is shown through the one guard errors use too.
safe = visible


VERDICT_ORDER: tuple[Verdict, ...] = ("contradiction", "addition", "agreement")
KIND_WORD = {"quantity": "figure", "attribution": "credit", "statement": "sentence"}

# Claim-table cells: the mark that carries the meaning without colour.  A cell
# is judged against its row's first figure: the reference's, or on a row the
# reference has no figure for, that of the first source that gives it.
CELL_MARK = {"reference": "", "agrees": "✔", "contradicts": "✘", "missing": "", "only": "+"}
CELL_WORD = {
    "reference": "the reference's figure",
    "agrees": "agrees with the row's first figure",
    "contradicts": "contradicts the row's first figure",
    "missing": "not given",
    "only": "the reference does not give it",
}
MISSING = "—"


def legend() -> str:
    """What the claim table's marks mean, in one line."""
    return " · ".join(f"{CELL_MARK[v] or MISSING} {CELL_WORD[v]}" for v in ("agrees", "contradicts", "only", "missing"))


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
    if item.marks:
        return list(item.marks)
    if item.quantity is not None:
        return [(item.quantity.start, item.quantity.end)]
    if item.attribution is not None:
        return [(item.attribution.start, item.attribution.end)]
    return []


# --- word diff ----------------------------------------------------------------

# Below this share of common words a diff is noise: the two sentences are
# shown whole instead, with only their figures marked.
DIFF_MIN_RATIO = 0.35


@dataclass(frozen=True)
class DiffPiece:
    """One run of a word diff: "=" kept, "-" only in the reference, "+" only in the other."""

    op: str
    text: str
    figure: bool = False


_WORD = re.compile(r"\S+\s*")


def _tokens(sentence: str, marks: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Words with their trailing space; a compared figure is one token however
    many words it has, so "42%" -> "24 percent" reads as one change."""
    texts: list[str] = []
    figures: list[bool] = []
    for piece in spans(sentence, marks):
        if piece.figure:
            texts.append(piece.text)
            figures.append(True)
            continue
        lead = len(piece.text) - len(piece.text.lstrip())
        if lead and texts:
            texts[-1] += piece.text[:lead]  # the space after a figure belongs to it
        elif lead:
            texts.append(piece.text[:lead])
            figures.append(False)
        for m in _WORD.finditer(piece.text, lead):
            texts.append(m.group())
            figures.append(False)
    return list(zip(texts, figures))


# Typography that is no change of wording: curly and straight quotes, dashes.
_SAME_MARK = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "–": "-", "—": "-", "―": "-", "−": "-"})


def _key(token: str, figure: bool) -> str:
    """What a token is compared by: case, typography and edge punctuation aside."""
    word = token.strip().lower().translate(_SAME_MARK)
    if figure:
        return word
    return word.strip(".,;:!?'\"()[]") or word


def _opcodes(old: Item, new: Item):
    a = _tokens(old.sentence.text, item_marks(old))
    b = _tokens(new.sentence.text, item_marks(new))
    matcher = difflib.SequenceMatcher(a=[_key(*t) for t in a], b=[_key(*t) for t in b], autojunk=False)
    return a, b, matcher


def diff_ratio(old: Item, new: Item) -> float:
    """How much of the two sentences is the same words (difflib's ratio, 0..1)."""
    return _opcodes(old, new)[2].ratio()


def diff_worth_showing(old: Item, new: Item) -> bool:
    """A word diff helps only when the sentences are mostly the same words."""
    return diff_ratio(old, new) >= DIFF_MIN_RATIO


def word_diff(old: Item, new: Item) -> list[DiffPiece]:
    """A word-level diff of two items' sentences, like ``git diff --word-diff``."""
    a, b, matcher = _opcodes(old, new)
    pieces: list[DiffPiece] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.extend(DiffPiece("=", w, fig or a[i1 + n][1]) for n, (w, fig) in enumerate(b[j1:j2]))
            continue
        if op in ("replace", "delete"):
            pieces.extend(DiffPiece("-", w, fig) for w, fig in a[i1:i2])
        if op in ("replace", "insert"):
            pieces.extend(DiffPiece("+", w, fig) for w, fig in b[j1:j2])
    return _merge(_space_between(pieces))


def split_diff(old: Item, new: Item) -> tuple[list[DiffPiece], list[DiffPiece]]:
    """The same diff as two columns: the reference with what it loses ("-"),
    the other with what it gains ("+"), each in its own words."""
    a, b, matcher = _opcodes(old, new)
    left: list[DiffPiece] = []
    right: list[DiffPiece] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        left.extend(DiffPiece("=" if op == "equal" else "-", w, fig) for w, fig in a[i1:i2])
        right.extend(DiffPiece("=" if op == "equal" else "+", w, fig) for w, fig in b[j1:j2])
    return _merge(left), _merge(right)


def _space_between(pieces: list[DiffPiece]) -> list[DiffPiece]:
    """Keep changed runs apart: "withdrawal." followed by a deleted "in 2021."
    needs a space, which the two sentences had in different places."""
    out = list(pieces)
    for n in range(len(out) - 1):
        p, q = out[n], out[n + 1]
        glued = q.op == "=" and not q.text[:1].isalnum()
        if p.op != q.op and p.text and not p.text[-1].isspace() and not glued:
            out[n] = DiffPiece(p.op, p.text + " ", p.figure)
    return out


def _merge(pieces: list[DiffPiece]) -> list[DiffPiece]:
    """Join neighbouring pieces with the same op and figure flag."""
    out: list[DiffPiece] = []
    for p in pieces:
        if out and out[-1].op == p.op and out[-1].figure == p.figure:
            out[-1] = DiffPiece(p.op, out[-1].text + p.text, p.figure)
        else:
            out.append(p)
    return out


def changed_runs(pieces: list[DiffPiece]) -> list[DiffPiece]:
    """One piece per run of deleted or inserted words, whatever figures they hold."""
    out: list[DiffPiece] = []
    for p in pieces:
        if out and p.op != "=" and out[-1].op == p.op:
            out[-1] = DiffPiece(p.op, out[-1].text + p.text, out[-1].figure or p.figure)
        else:
            out.append(p)
    return out


def tail(text: str) -> tuple[str, str]:
    """("42% ", ) -> ("42%", " "): style the words, never the space after them."""
    body = text.rstrip()
    return body, text[len(body) :]


def _marked(p: DiffPiece) -> str:
    body, space = tail(p.text)
    return f"«{body}»{space}" if p.figure and body else p.text


def plain_diff(pieces: list[DiffPiece]) -> str:
    """The diff with plain markers, for when there is no colour: "[-24 percent-]{+42%+}".

    Compared figures are marked «like this», except where a change marker
    already holds the figure alone.
    """
    runs: list[list[DiffPiece]] = []
    for p in pieces:
        if runs and p.op != "=" and runs[-1][0].op == p.op:
            runs[-1].append(p)
        else:
            runs.append([p])
    out = []
    for n, run in enumerate(runs):
        op = run[0].op
        if op == "=":
            out.append(_marked(run[0]))
            continue
        body, space = tail(run[0].text if len(run) == 1 else "".join(_marked(p) for p in run))
        if n + 1 < len(runs) and op == "-" and runs[n + 1][0].op == "+":
            space = ""  # "[-old-]{+new+}", as git diff --word-diff writes a replacement
        if body:
            out.append(f"[-{body}-]{space}" if op == "-" else f"{{+{body}+}}{space}")
        else:
            out.append(space)
    return "".join(out).strip()


# --- findings -------------------------------------------------------------------


def lone_sentence(f: Finding) -> bool:
    """A sentence only one source has: listed compactly, not shown as a pair."""
    return f.kind == "statement" and len(f.items) == 1


def ordered_findings(report: Report) -> list[tuple[int, Finding]]:
    """Findings numbered in the order they are shown (the same numbers in every format):
    every pair's contradictions first, then pair by pair the rest (``claimcheck.salience.presented``)."""
    return [(s.number, s.finding) for s in presented(report)]


def saliences(report: Report) -> dict[int, Salience]:
    """Each finding's salience, by its number."""
    return {s.number: s.salience for s in presented(report)}


def findings_by_pair(report: Report) -> list[tuple[PairResult, list[tuple[int, Finding]]]]:
    """Each source pair with its numbered findings (numbers as in ``ordered_findings``)."""
    shown = presented(report)
    return [(pair, [(s.number, s.finding) for s in shown if s.finding.pair == (pair.reference, pair.other)]) for pair in report.pairs]


def location(sentence: Sentence) -> str:
    """Where an editor finds a sentence in a CMS: paragraph and sentence number, "¶3·s7"."""
    return f"¶{sentence.paragraph + 1}·s{sentence.index + 1}"


def mark_key(f: Finding, salience: Salience) -> str:
    """Which of MARK's kinds a finding shows as: its verdict, or for an addition its direction."""
    return salience.direction if f.verdict == "addition" and salience.direction else f.verdict


# How each kind of finding is marked: without colour the mark and word carry it.
MARK = {"contradiction": "✘", "dropped": "←", "new": "→", "addition": "+", "agreement": "✔"}
WORD = {"contradiction": "CONTRADICTION", "dropped": "DROPPED", "new": "NEW", "addition": "ADDITION", "agreement": "AGREEMENT"}


@dataclass(frozen=True)
class Section:
    """One part of a pair's findings as every format shows it."""

    key: str  # "contradiction", "dropped", "new", "minor" or "agreement"
    title: str
    entries: tuple[tuple[int, Finding], ...]
    source: str | None = None  # the label of the one source a "dropped" or "new" section's findings are in


def every_contradiction(report: Report) -> Section | None:
    """With three or more sources, the contradictions of every pair as one
    section shown before any pair's other findings; None for one pair (its own
    sections start with them)."""
    if len(report.pairs) < 2:
        return None
    rows = tuple((n, f) for n, f in ordered_findings(report) if f.verdict == "contradiction")
    return Section("contradiction", "Contradictions, every pair", rows)


def pair_sections(report: Report, pair: PairResult, numbered: list[tuple[int, Finding]]) -> list[Section]:
    """A pair's findings cut into the sections shown: contradictions (unless
    ``every_contradiction`` shows them all first), what the compared source
    dropped, what it added, trivia, agreements."""
    sal = saliences(report)
    ref, other = label_of(report, pair.reference), label_of(report, pair.other)
    titles = {
        "contradiction": "Contradictions",
        "dropped": f"Dropped: only in {ref}",
        "new": f"New: only in {other}",
        "minor": "Minor",
        "agreement": "Agreements",
    }
    groups: dict[str, list[tuple[int, Finding]]] = {key: [] for key in titles}
    for n, f in numbered:
        key = "minor" if sal[n].minor else mark_key(f, sal[n])
        groups[key].append((n, f))
    only = {"dropped": ref, "new": other}
    shown_first = len(report.pairs) > 1
    return [Section(key, title, tuple(groups[key]), only.get(key)) for key, title in titles.items() if not (shown_first and key == "contradiction")]


def minor_words(entries) -> list[str]:
    """What folded trivia is (the figure, or the sentence's first words), once each."""
    out = []
    for _, f in entries:
        item = f.items[0]
        text = item.text if f.kind != "statement" else " ".join(item.sentence.text.split()[:4]) + "…"
        out.append(text)
    return list(dict.fromkeys(out))


def label_of(report: Report, source_id: str) -> str:
    return report.article(source_id).label


def pair_title(report: Report, pair: PairResult, label=None) -> str:
    """ "Reuters ↔ Ours"; ``label`` maps a source id to the name shown (default: its label)."""
    name = label or (lambda source_id: label_of(report, source_id))
    return f"{name(pair.reference)} ↔ {name(pair.other)}"


def explained_rule(f: Finding, salience: Salience) -> str:
    """The rule that decided a finding, and the one that folded it (``--explain``)."""
    out = f.rule or "not named"
    if salience.folded_by:
        out += f" · folded as minor by {salience.folded_by}"
    return out


def noun(n: int, word: str) -> str:
    """The word for n of it: "addition", "additions"."""
    return word if n == 1 else f"{word}s"


def plural(n: int, word: str) -> str:
    return f"{n} {noun(n, word)}"


def folded_figures(numbered: list[tuple[int, Finding]]) -> list[str]:
    """What some folded agreements are about (the first side's figure or name), once each."""
    # A credit folds by the body's name ("Foreign Office"), not the whole credit.
    return list(dict.fromkeys(f.items[0].attribution.text if f.items[0].attribution else f.items[0].text for _, f in numbered))
