"""The small frozen records that the pipeline stages hand to one another.

Every stage is a function from some of these to others, so a stage can be
tested, replaced or cached on its own.  Nothing here imports numpy or torch:
these types are on the start-up path of every command.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Literal

# --- ingest ---------------------------------------------------------------


@dataclass(frozen=True)
class Dateline:
    """The "ISLAMABAD, April 7, 2025 –" opening of a wire story."""

    text: str  # as written, without the trailing dash
    place: str | None
    date: _dt.date | None
    start: int = 0  # span of ``text`` in Article.text, so the extractor can
    end: int = 0  # tell the dateline's date from the story's own dates


@dataclass(frozen=True)
class Article:
    """One source after ingest: clean story text and what was set aside."""

    id: str  # stable identifier used in reports ("pakistan-us-a", or the label)
    label: str  # what an editor sees ("Reuters", or the file name)
    path: str | None  # None for inline text; "-" for standard input
    text: str  # normalised story text, paragraphs separated by "\n"
    noise: tuple[str, ...] = ()  # lines dropped as web-page leftovers
    dateline: Dateline | None = None

    @property
    def published(self) -> _dt.date | None:
        """The date the story carries, used to complete "April 9" or "on Monday"."""
        return self.dateline.date if self.dateline else None


# --- segment --------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    """A sentence (or headline line) of one article, with its place in the text."""

    source: str  # Article.id
    index: int  # 0-based position among the article's sentences
    text: str
    start: int  # character offsets into Article.text
    end: int
    paragraph: int = 0
    headline: bool = False  # a title line without a full stop


# --- extract --------------------------------------------------------------

QuantityKind = Literal[
    "percent",  # 29%, 29 per cent, 17pc
    "points",  # percentage points, basis points, index points
    "money",  # $7bn, Rs 3.2 lakh; unit is an ISO 4217 code
    "count",  # 12 people (unit "person"), or a bare whole number
    "number",  # a bare figure that is not a whole number
    "measure",  # 40 km, 3 tonnes; unit is the unit's singular name
    "duration",  # three months, 15 years
    "age",  # a 15-year-old
    "fraction",  # half, a third, two-thirds
    "multiplier",  # tenfold, doubled, three times
    "ordinal",  # first, 21st
    "score",  # 3-1 (a result); low and high are the two sides
    "time",  # 7am, 9 p.m., 05:30 (value: hours after midnight)
    "date",  # April 9, 9 April 2025, January 2025, on Monday
    "year",  # 2021
    "range",  # a period of years: between 2013 and 2018, 2013-18
]
Change = Literal["=", "~", ">", "<", "up", "down"]
Role = Literal["current", "change", "earlier", "dateline"]


@dataclass(frozen=True)
class DateParts:
    """A calendar date at the precision it was written.

    ``inferred`` names the parts filled in from the article's date rather than
    read from the sentence ("April 9" in an April 2025 story: year inferred).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0, as in datetime
    inferred: tuple[str, ...] = ()
    part: str | None = None  # a half or quarter of the year: "H2", "Q3"

    def iso(self) -> str:
        """ISO 8601 at the written precision: "2025", "2025-04", "2025-04-09",
        "--04-09", or with a part of the year: "2026-H2", "Q3"."""
        if self.year is None:
            if self.month and self.day:
                return f"--{self.month:02d}-{self.day:02d}"
            if self.month:
                return f"--{self.month:02d}"
            return self.part or ""
        out = f"{self.year:04d}"
        if self.part:
            return f"{out}-{self.part}"
        if self.month:
            out += f"-{self.month:02d}"
            if self.day:
                out += f"-{self.day:02d}"
        return out


@dataclass(frozen=True)
class Quantity:
    """A figure as written in a sentence and what it means.

    ``value`` is in plain units (29 for "29%", 7e9 for "$7bn"); ranges carry
    ``low`` and ``high`` instead.  ``start``/``end`` index the sentence text.
    """

    text: str
    start: int
    end: int
    kind: QuantityKind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # ISO currency, "percent", counted noun ("person"), time unit
    change: Change = "="
    role: Role = "current"
    date: DateParts | None = None  # for kind "date"/"year", and ranges of years
    about: tuple[str, ...] = ()  # content words around it: what it measures
    # When the figure holds, if the sentence says: the ISO date of an adjacent
    # date ("17.3pc in April" -> "--04") or a marker ("so far this year" ->
    # "ytd", "at the time" -> "then", "now 33" -> "now").
    period: str | None = None

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None


@dataclass(frozen=True)
class Attribution:
    """Who a statement or figure is credited to ("according to X", "released by X")."""

    text: str  # the name as written, with its acronym if given
    name: str  # the name without article or acronym ("Pakistan Institute for ...")
    acronym: str | None
    cue: str  # the words that mark the credit: "according to", "released by", "said"
    start: int
    end: int
    # The whole credit as written, cue and channel with the name: "the company
    # said in a regulatory filing", "said Helen Carver, an analyst at Tavistock
    # Partners"; what a finding quotes.  Empty when it is just the name.
    credit: str = ""

    @property
    def quoted(self) -> str:
        return self.credit or self.text


@dataclass(frozen=True)
class Claims:
    """What the extractor found in one sentence."""

    sentence: Sentence
    quantities: tuple[Quantity, ...] = ()
    attributions: tuple[Attribution, ...] = ()


# --- align ----------------------------------------------------------------


@dataclass(frozen=True)
class Alignment:
    """Two sentences from different sources that say the same thing."""

    a: Sentence
    b: Sentence
    similarity: float  # cosine similarity of the two sentences
    anchors: int = 0  # figures the two share exactly, which count towards the threshold


# --- compare --------------------------------------------------------------

Verdict = Literal["agreement", "addition", "contradiction"]
FindingKind = Literal["quantity", "attribution", "statement"]


@dataclass(frozen=True)
class Item:
    """One source's side of a finding."""

    source: str
    text: str  # the quantity, name or sentence as written
    sentence: Sentence
    quantity: Quantity | None = None
    attribution: Attribution | None = None
    marks: tuple[tuple[int, int], ...] = ()  # spans of the sentence to highlight (a statement's predicate)


@dataclass(frozen=True)
class Finding:
    verdict: Verdict
    kind: FindingKind
    items: tuple[Item, ...]
    explanation: str
    pair: tuple[str, str]  # the PairResult's (reference, other) ids
    similarity: float | None = None  # of the sentences the items stand in
    rule: str | None = None  # the rule that decided it (claimcheck.comparison.REGISTRY, docs/rules.md)


@dataclass(frozen=True)
class PairResult:
    """Everything found between two sources: the reference and another, or with
    three or more sources also two others (``reference`` is then the one
    earlier in source order; see ``pipeline.source_pairs``)."""

    reference: str  # the pair's first side: the report's reference, or the earlier of two others
    other: str
    alignments: tuple[Alignment, ...]
    findings: tuple[Finding, ...]

    def count(self, verdict: Verdict) -> int:
        return sum(1 for f in self.findings if f.verdict == verdict)


@dataclass(frozen=True)
class Report:
    """The result of ``claimcheck.compare``: what every renderer draws from."""

    articles: tuple[Article, ...]  # in the order given by the caller
    reference: str  # id of the article the others are checked against (its pairs come first)
    sentences: dict[str, tuple[Sentence, ...]] = field(hash=False)
    claims: dict[str, tuple[Claims, ...]] = field(hash=False)
    pairs: tuple[PairResult, ...] = ()
    model: str = ""
    threshold: float = 0.0

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every pair's findings, pair by pair.  The order (and numbers) every
        format shows them in is ``claimcheck.salience.presented``."""
        return tuple(f for p in self.pairs for f in p.findings)

    @property
    def alignments(self) -> tuple[Alignment, ...]:
        return tuple(a for p in self.pairs for a in p.alignments)

    def article(self, source_id: str) -> Article:
        for art in self.articles:
            if art.id == source_id:
                return art
        raise KeyError(source_id)

    @property
    def contradictions(self) -> int:
        return sum(p.count("contradiction") for p in self.pairs)
