"""The statement reader's vocabulary, read once from ``claimcheck/data/``.

``predicates.json`` (predicates, polarity, hedges, reporting verbs, antonym and
converse groups, referents) becomes a :class:`Vocabulary`; ``grammar.json`` (the
closed word classes and the small lists the reader of clauses and noun phrases
looks words up in) becomes the constants below; month and weekday names are the
lexicon's (``calendar.json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..extract.lexicon import MONTHS, WEEKDAY_NAMES


DATA = Path(__file__).resolve().parent.parent / "data" / "predicates.json"
GRAMMAR = DATA.parent / "grammar.json"
_GRAMMAR = json.loads(GRAMMAR.read_text(encoding="utf-8"))
# The grammar.json entries read; tests/test_data.py checks that none is left unread.
GRAMMAR_READ: set[str] = set()


def _entry(key: str) -> dict:
    GRAMMAR_READ.add(key)
    return _GRAMMAR[key]


def _grammar(key: str) -> frozenset[str]:
    return frozenset(_entry(key)["words"])


BE = _grammar("be")
HAVE = _grammar("have")
DO = _grammar("do")
GET = _grammar("get")
MODALS = _grammar("modals")
PAST_AUXILIARIES = _grammar("past_auxiliaries")
DETERMINERS = _grammar("determiners")
DEFINITE = _grammar("definite_determiners")
PREPOSITIONS = _grammar("prepositions")
CLAUSE_WORDS = _grammar("clause_words")
GAP_OPENERS = _grammar("gap_openers")  # the clause's subject is missing after them ("the man who was arrested")
STOP = DETERMINERS | PREPOSITIONS | _grammar("stopwords")
# Month and weekday names, from the lexicon (claimcheck/data/calendar.json): dates, not names or verbs.
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAY_NAMES)
GENERIC_NAME = _grammar("generic_name_words")  # say what kind of body a name is, not which one
NAME_PARTICLES = _grammar("name_particles")
TRANSPARENT_HEADS = _grammar("transparent_heads")  # "a police spokesman" speaks for the police
CONTRAST = _grammar("contrast_modifiers")  # "the first vote" / "the second vote"
FLUFF = _grammar("fluff_modifiers")  # "its key rate" is "the rate"
UNCOUNTED_FLUFF = _grammar("uncounted_fluff")
WHEN = _grammar("when_words")
QUOTES = _grammar("quotes")
S_IS = _grammar("s_is")
CONTRACTIONS: dict[str, str] = dict(_entry("contractions")["map"])  # "won't" is "will not"
PLAIN_ADVERBS = _grammar("plain_adverbs")
NOT_ADVERBS = _grammar("not_adverbs")
LIST_OPENERS = _grammar("list_openers")
NO_ONE_HEADS = _grammar("no_one_heads")
KEPT_PARTICLES = _grammar("kept_particles")
ROLE_PREPOSITIONS = _grammar("role_prepositions")
NOT_UPDATE_MARKERS = _grammar("not_update_markers")
AUDIENCE_WORDS = _grammar("audience_words")
AS_SUBJECT_STARTS = _grammar("as_subject_starts")
NOT_AS_CLAUSE_BEFORE = _grammar("not_as_clause_before")
COMPLEMENTIZERS = _grammar("complementizers")
CONDITIONALS = _grammar("conditionals")
COORDINATORS = _grammar("coordinators")  # "and", "but", "or"
RELATIVIZERS = _grammar("relativizers")  # "who", "which", "that"
COMPARISON_WORDS = _grammar("comparison_words")  # "than", "as", "like"


@dataclass(frozen=True)
class Group:
    """One antonym (or converse) group: two sides of predicates."""

    name: str
    a: frozenset[str]
    b: frozenset[str]
    same_object: bool = False  # both claims must name the same object ("beat / missed forecasts")


@dataclass(frozen=True)
class Vocabulary:
    negators: frozenset[str]
    negative_quantifiers: frozenset[str]
    not_negating_after_no: frozenset[str]
    not_negating_after_not: frozenset[str]
    negative_implicatives: frozenset[str]
    negative_adjective_frames: frozenset[str]
    positive_implicatives: frozenset[str]
    future_frames: frozenset[str]
    hedge_verbs: frozenset[str]
    hedge_participles: frozenset[str]
    hedge_words: frozenset[str]
    future_words: frozenset[str]
    update_markers: frozenset[str]
    reporting_positive: frozenset[str]
    reporting_negative: frozenset[str]
    reporting_hedged: frozenset[str]
    claim_nouns: frozenset[str]
    copula_verbs: frozenset[str]
    adjectives: frozenset[str]
    particles: frozenset[str]
    antonyms: tuple[Group, ...]
    object_antonyms: tuple[Group, ...]
    converses: tuple[Group, ...]  # a: forward ("defeat"), b: backward ("lose to")
    symmetric: frozenset[str]
    referents: tuple[frozenset[str], ...]
    pronouns: frozenset[str]
    irregular: dict[str, str] = field(hash=False)
    not_verbs_ed: frozenset[str] = frozenset()
    one_place_events: frozenset[str] = frozenset()  # what happens in one place: "died", "was arrested"
    exclusive_places: frozenset[str] = frozenset()  # places no event is at two of: "home" / "hospital"

    @cached_property
    def known_verbs(self) -> frozenset[str]:
        """Every verb some table names: a word that reads as one is a finite verb (worked out once)."""
        return (
            self.keys | self.copula_verbs | self.hedge_verbs | self.negative_implicatives | self.positive_implicatives
            | self.reporting_positive | self.reporting_negative
        )

    @cached_property
    def keys(self) -> frozenset[str]:
        """Every predicate the tables name (multi-word ones with their particle).

        Worked out once per vocabulary: hashing the whole table on every
        look-up cost seconds on long articles."""
        return _keys(self)


def _keys(v: Vocabulary) -> frozenset[str]:
    out: set[str] = set()
    for g in v.antonyms + v.converses:
        out |= {k.removeprefix("be ") for k in g.a | g.b}
    return frozenset(out)


# The fields of Vocabulary that are one list of words of the same name in predicates.json.
_WORD_LISTS = (
    "negators", "negative_quantifiers", "not_negating_after_no", "not_negating_after_not", "negative_implicatives",
    "negative_adjective_frames", "positive_implicatives", "future_frames", "hedge_verbs", "hedge_participles", "hedge_words",
    "future_words", "update_markers", "copula_verbs", "adjectives", "particles", "symmetric", "pronouns", "not_verbs_ed",
    "one_place_events", "exclusive_places",
)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The tables of ``data/predicates.json``, read once."""
    d = json.loads(DATA.read_text(encoding="utf-8"))
    rv = d["reporting_verbs"]

    def groups(name: str, a: str = "a", b: str = "b") -> tuple[Group, ...]:
        return tuple(Group(g["name"], frozenset(g[a]), frozenset(g[b]), bool(g.get("same_object"))) for g in d[name])

    return Vocabulary(
        **{name: frozenset(d[name]) for name in _WORD_LISTS},
        reporting_positive=frozenset(rv["positive"]),
        reporting_negative=frozenset(rv["negative"]),
        reporting_hedged=frozenset(rv["hedged"]),
        claim_nouns=frozenset(rv["claim_nouns"]),
        antonyms=groups("antonyms"),
        object_antonyms=groups("object_antonyms"),
        converses=groups("converses", "forward", "backward"),
        referents=tuple(frozenset(g) for g in d["referents"]),
        irregular=dict(d["irregular"]),
    )
