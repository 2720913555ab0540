"""Statement contradictions: two aligned sentences that make the same claim and disagree.

Figures are not the only thing outlets get wrong: one writes a defendant "was
found guilty", another "was acquitted"; a bill "passed" / "failed"; a company
"will cut" jobs / "will not cut" them; "Fiji beat Samoa" / "Samoa beat Fiji".
This module reads the claims of one sentence with a shallow, rule-based
reading of common news shapes (no parser model: none can be installed here,
and these shapes do not need one) and says, for two aligned sentences,
whether they contradict each other and by which rule:

* ``opposite-polarity`` — the same predicate about the same arguments, once
  negated ("will cut" / "will not cut", "was detained" / "police denied that
  he was detained" when the police are the source of both);
* ``antonym`` — predicates from the two sides of one antonym group of
  ``data/predicates.json`` ("was acquitted" / "was found guilty", "rose" /
  "fell"), or one predicate with antonymous objects ("posted a profit" /
  "posted a loss");
* ``swapped-arguments`` — one predicate whose agent and patient change places
  ("Fiji beat Samoa" / "Samoa beat Fiji"), after converses are read as one
  predicate ("Samoa lost to Fiji" is "Fiji beat Samoa");
* ``different-agent`` — one predicate about the same patient done by a
  clearly different agent ("detained by police" / "detained by the army").

Precision comes first.  A claim is compared only with a claim in the same
frame: credited to the same source (or to none), neither hedged ("may",
"is expected to", "reportedly"), neither marked as an update ("initially",
"later", "no longer"), both about the future or both not.  Arguments must
not differ where both sentences give them, at least one must be the same,
and when each sentence names someone the other does not, the two may be
about different things.  A conflict is dropped when the other sentence also
makes the agreeing claim ("acquitted of murder but convicted of
manslaughter").

Pure standard library; the vocabulary is data: the predicates in ``claimcheck/data/predicates.json``,
the grammar words in ``claimcheck/data/grammar.json``, month and weekday names from the lexicon.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .extract.lexicon import MONTHS, WEEKDAY_NAMES

DATA = Path(__file__).resolve().parent / "data" / "predicates.json"

RULES = ("opposite-polarity", "antonym", "swapped-arguments", "different-agent")
RULE_WORDS = {
    "opposite-polarity": "opposite polarity",
    "antonym": "antonyms",
    "swapped-arguments": "swapped arguments",
    "different-agent": "different agent",
}

# --- vocabulary --------------------------------------------------------------

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
_SCORE = re.compile(r"^\d+(?:[-–]\d+)+$")


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


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The tables of ``data/predicates.json``, read once."""
    d = json.loads(DATA.read_text(encoding="utf-8"))
    s = lambda name: frozenset(d[name])  # noqa: E731
    rv = d["reporting_verbs"]

    def groups(name: str, a: str = "a", b: str = "b") -> tuple[Group, ...]:
        return tuple(Group(g["name"], frozenset(g[a]), frozenset(g[b]), bool(g.get("same_object"))) for g in d[name])

    return Vocabulary(
        negators=s("negators"),
        negative_quantifiers=s("negative_quantifiers"),
        not_negating_after_no=s("not_negating_after_no"),
        not_negating_after_not=s("not_negating_after_not"),
        negative_implicatives=s("negative_implicatives"),
        negative_adjective_frames=s("negative_adjective_frames"),
        positive_implicatives=s("positive_implicatives"),
        future_frames=s("future_frames"),
        hedge_verbs=s("hedge_verbs"),
        hedge_participles=s("hedge_participles"),
        hedge_words=s("hedge_words"),
        future_words=s("future_words"),
        update_markers=s("update_markers"),
        reporting_positive=frozenset(rv["positive"]),
        reporting_negative=frozenset(rv["negative"]),
        reporting_hedged=frozenset(rv["hedged"]),
        claim_nouns=frozenset(rv["claim_nouns"]),
        copula_verbs=s("copula_verbs"),
        adjectives=s("adjectives"),
        particles=s("particles"),
        antonyms=groups("antonyms"),
        object_antonyms=groups("object_antonyms"),
        converses=groups("converses", "forward", "backward"),
        symmetric=s("symmetric"),
        referents=tuple(frozenset(g) for g in d["referents"]),
        pronouns=s("pronouns"),
        irregular=dict(d["irregular"]),
        not_verbs_ed=s("not_verbs_ed"),
    )


# --- tokens and lemmas --------------------------------------------------------


@dataclass(frozen=True)
class Token:
    text: str
    low: str
    start: int
    end: int
    cap: bool  # starts with a capital letter

    @property
    def word(self) -> bool:
        return self.low[:1].isalpha() or self.low in ("n't", "'s")


_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[A-Za-z0-9]+(?:['’\-&.][A-Za-z0-9]+)*|\S")


def tokenize(text: str) -> list[Token]:
    """Words and punctuation with their spans; "didn't" is "did" + "n't", "Khan's" is "Khan" + "'s"."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        w, start = m.group(), m.start()
        if w in QUOTES:
            continue
        low = w.lower().replace("’", "'")
        if low.endswith("n't") and len(low) > 3:
            stem = low[:-3]
            out.append(Token(w[:-3], CONTRACTIONS.get(stem, stem), start, start + len(w) - 3, w[:1].isupper()))
            out.append(Token(w[-3:], "n't", start + len(w) - 3, m.end(), False))
            continue
        if low == "cannot":
            out.append(Token(w[:3], "can", start, start + 3, w[:1].isupper()))
            out.append(Token(w[3:], "not", start + 3, m.end(), False))
            continue
        if low.endswith("'s") and len(low) > 2:
            # "it's" is "it is"; "Khan's" is a possessive.
            out.append(Token(w[:-2], low[:-2], start, m.end() - 2, w[:1].isupper()))
            out.append(Token(w[-2:], "is" if low[:-2] in S_IS else "'s", m.end() - 2, m.end(), False))
            continue
        out.append(Token(w, low, start, m.end(), w[:1].isupper()))
    return out


@lru_cache(maxsize=8192)
def lemmas(word: str) -> frozenset[str]:
    """Every reading of a word form as a lemma: "passed" -> {pass}, "cutting" -> {cut}, "rose" -> {rise, rose}."""
    w = word.lower()
    v = vocabulary()
    out = {w}
    if w in v.irregular:
        out.add(v.irregular[w])
    if w.endswith("ed") and len(w) == 4:
        out.add(w[:2] + "e")  # sued -> sue, died -> die
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            out |= {stem, stem + "e"}
            if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeious":
                out.add(stem[:-1])  # stopped -> stop, cancelled -> cancel
            if stem.endswith("i") and suffix == "ed":
                out.add(stem[:-1] + "y")  # denied -> deny
            if stem.endswith("y") and suffix == "ing":
                out.add(stem)
    if w.endswith("ies") and len(w) > 4:
        out.add(w[:-3] + "y")
    elif w.endswith("es") and len(w) > 4:
        out |= {w[:-2], w[:-1]}
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.add(w[:-1])
    if w.endswith("ied") and len(w) > 4:
        out.add(w[:-3] + "y")
    return frozenset(out)


def _singular(word: str) -> str:
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _is_participle(low: str) -> bool:
    v = vocabulary()
    if low in v.irregular and low != v.irregular[low]:
        return True
    return low.endswith(("ed", "en")) and len(low) > 4 and low not in v.not_verbs_ed


# --- arguments ------------------------------------------------------------------


@dataclass(frozen=True)
class Arg:
    """A noun phrase in one role of a claim: who or what."""

    text: str
    start: int
    end: int
    head: str | None  # the head noun, lower case and singular ("jobs" -> "job")
    names: tuple[frozenset[str], ...] = ()  # capitalised runs, lower case ("Lahore High Court")
    words: frozenset[str] = frozenset()  # content words, lower case
    mods: frozenset[str] = frozenset()  # content words before the head ("cargo" of "cargo revenue")
    pronoun: bool = False
    negative: bool = False  # "no one", "no jobs"
    definite: bool = False  # one known thing ("the suspect", "Kidal"), not "two men" or "359 deaths"

    def distinctive(self) -> frozenset[str]:
        """Name words that say which one (not "Court", "Mr", "United"), dates aside."""
        return frozenset(w for run in self.names for w in run if w not in GENERIC_NAME and w not in DATE_WORDS)


def _alpha(low: str) -> bool:
    """A word of letters, hyphenated or not ("re-election")."""
    return low.replace("-", "").isalpha()


def _arg(tokens: list[Token], text: str, first: bool = False) -> Arg | None:
    """The noun phrase of ``tokens`` (already cut at the phrase's end)."""
    v = vocabulary()
    toks = [t for t in tokens if t.word or t.low[:1].isdigit()]
    if not toks:
        return None
    negative = False
    lows = [t.low for t in toks]
    if lows[0] in v.negative_quantifiers or lows[:2] == ["no", "one"]:
        negative = True
    pronoun = len(toks) <= 2 and all(w in v.pronouns or w in DETERMINERS for w in lows)
    # The head: the last content word before any preposition or possessive's owner.
    head = None
    for t in toks:
        if t.low in PREPOSITIONS and head is not None:
            break
        if t.low == "'s":
            head = None  # "the victim's brother": the brother
            continue
        if _alpha(t.low) and t.low not in STOP and t.low not in v.pronouns:
            head = _singular(t.low)
    runs: list[frozenset[str]] = []
    run: list[str] = []
    for n, t in enumerate(toks):
        initial = first and t is tokens[0] and not (n + 1 < len(toks) and toks[n + 1].cap) and not t.text.isupper()
        if t.cap and _alpha(t.low) or (t.cap and t.text[:1].isalpha() and any(c.isupper() for c in t.text[1:])):
            if initial or t.low in v.pronouns or t.low in DETERMINERS:
                continue
            run.append(t.low)
        elif run and t.low in NAME_PARTICLES:
            continue
        else:
            if run:
                runs.append(frozenset(run))
            run = []
    if run:
        runs.append(frozenset(run))
    words = frozenset(_singular(t.low) for t in toks if _alpha(t.low) and t.low not in STOP and t.low not in v.pronouns)
    mods: set[str] = set()
    for t in toks:
        if t.low in PREPOSITIONS:
            break
        if _alpha(t.low) and t.low not in STOP and t.low not in v.pronouns and t.low not in FLUFF:
            mods.add(_singular(t.low))
    mods.discard(head or "")
    start, end = toks[0].start, toks[-1].end
    counted = any(t.low[:1].isdigit() or t.low in FLUFF and t.low not in UNCOUNTED_FLUFF for t in toks)
    definite = not counted and (lows[0] in DEFINITE or any(r - GENERIC_NAME for r in runs))
    return Arg(text[start:end], start, end, head, tuple(runs), words, frozenset(mods), pronoun and not negative, negative, definite)


def _referents(word: str) -> list[frozenset[str]]:
    return [g for g in vocabulary().referents if word in g or _singular(word) in g]


def _same_word(a: str, b: str) -> bool:
    if a == b or _singular(a) == _singular(b):
        return True
    return any(b in g or _singular(b) in g for g in _referents(a))


def relation(a: Arg | None, b: Arg | None) -> str:
    """How two arguments relate: "same", "different", "unknown", or "absent" (one is missing)."""
    if a is None or b is None:
        return "absent"
    if _anyone(a) or _anyone(b):
        return "same"  # "No one was killed" / "Three people were killed": no one is anyone
    if a.pronoun or b.pronoun:
        return "unknown"
    na, nb = a.distinctive(), b.distinctive()
    names_meet = bool(na & nb or _initials(a) & nb or _initials(b) & na)
    common_a = a.head is not None and a.head not in na  # headed by a common noun, not a name
    common_b = b.head is not None and b.head not in nb
    if common_a and common_b:
        assert a.head is not None and b.head is not None
        if not _same_word(a.head, b.head):
            return "different"  # "terror attacks in Pakistan" / "Pakistan's central bank"
        if na and nb:
            return "same" if names_meet else "different"  # "shares in Corvane" / "shares in Bellmark"
        ma, mb = (a.words & CONTRAST) - {a.head}, (b.words & CONTRAST) - {b.head}
        if ma and mb and not ma & mb:
            return "different"  # "the first vote" / "the second vote"
        if a.mods and b.mods and not a.mods & b.mods:
            return "different"  # "cargo revenue" / "passenger revenue"
        if a.mods and not b.mods:
            return "same" if a.mods <= b.words else "unknown"  # "cargo revenue" / "revenue": a part, maybe
        if b.mods and not a.mods:
            return "same" if b.mods <= a.words else "unknown"
        return "same"
    if na and nb:
        return "same" if names_meet else "different"
    if na or nb:
        named, plain = (a, b) if na else (b, a)
        if plain.head and (plain.head in named.words or plain.head in named.distinctive()):
            return "same"
        if plain.head and named.head and _same_word(plain.head, named.head):
            return "same"
        return "unknown"
    return "unknown"


def _anyone(a: Arg) -> bool:
    return a.negative and (a.head is None or a.head in NO_ONE_HEADS)


def _initials(a: Arg) -> frozenset[str]:
    """The acronym of a capitalised name ("Federal Bureau of Investigation" -> "fbi")."""
    words = a.text.replace("-", " ").split()
    caps = [w for w in words if w[:1].isupper()]
    return frozenset({"".join(w[0] for w in caps).lower()}) if len(caps) >= 2 else frozenset()


def clearly_different(a: Arg | None, b: Arg | None) -> bool:
    """Two agents no reader would take for one: different names, or bodies of different kinds (police / army)."""
    if relation(a, b) != "different":
        return False
    assert a is not None and b is not None
    if a.distinctive() and b.distinctive():
        return True
    if a.head and b.head and not a.distinctive() and not b.distinctive():
        ga, gb = _referents(a.head), _referents(b.head)
        return bool(ga) and bool(gb) and not set(ga) & set(gb)
    return False


def _same_source(a: Arg | None, b: Arg | None) -> bool:
    """Two credits to one source ("police" / "a police spokesman")."""
    if a is None or b is None:
        return a is None and b is None
    if relation(a, b) == "same":
        return True
    wa, wb = a.words - TRANSPARENT_HEADS, b.words - TRANSPARENT_HEADS
    return bool(wa & wb) and not (a.distinctive() and b.distinctive() and not a.distinctive() & b.distinctive())


# --- claims ---------------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    """The main claim of one clause: predicate, polarity, arguments and frame."""

    key: str  # the predicate as the tables know it: "cut", "guilty", "lose to", "plead guilty"
    readings: frozenset[str]  # every lemma the predicate word can be
    text: str  # the predicate phrase as written: "will not cut", "was found not guilty"
    start: int
    end: int
    negated: bool
    passive: bool = False
    subject: Arg | None = None
    object: Arg | None = None
    roles: tuple[tuple[str, Arg], ...] = ()  # prepositional complements: ("by", police), ("of", murder)
    source: Arg | None = None  # who the claim is credited to
    source_negates: bool = False  # "denied that ...": the polarity comes from the source's verb
    hedge: str | None = None
    future: bool = False
    update: str | None = None
    marks: tuple[tuple[int, int], ...] = ()  # spans to highlight (the predicate, a denying verb)
    adjective: bool = False
    tense: str = "past"  # "past", "present" or "future"

    def role(self, prep: str) -> Arg | None:
        return next((a for p, a in self.roles if p == prep), None)

    @property
    def agent(self) -> Arg | None:
        return self.role("by") if self.passive else self.subject

    @property
    def patient(self) -> Arg | None:
        if self.passive or self.adjective:
            return self.subject
        if self.object is None and " " in self.key:
            return self.role(self.key.rsplit(" ", 1)[1])  # "voted against the bill"
        return self.object


def _roles(c: Claim, converse: bool = True, intransitive: bool = False) -> dict[str, Arg]:
    """The claim's arguments by role; with ``converse``, "B lost to A" reads as "A defeated B";
    ``intransitive`` reads a passive as its own predicate ("was beaten": the subject lost)."""
    agent, patient = c.agent, c.patient
    if intransitive and c.passive:
        agent, patient = c.subject, None
        converse = False
    if converse:
        group, side = _converse(c)
        if side == "b":
            agent, patient = c.role("to") or c.role("by"), c.subject
    out: dict[str, Arg] = {}
    if agent is not None:
        out["agent"] = agent
    if patient is not None:
        out["patient"] = patient
    skip = {"by"} if c.passive and not intransitive else set()
    if converse and _converse(c)[1] == "b":
        skip.add("to")
    if " " in c.key and c.object is None:
        skip.add(c.key.rsplit(" ", 1)[1])
    for p, a in c.roles:
        if p not in skip and p not in out:
            out[p] = a
    return out


def _converse(c: Claim) -> tuple[str | None, str | None]:
    for g in vocabulary().converses:
        if c.key in g.b:
            return g.name, "b"
        if c.key in g.a:
            return g.name, "a"
    return None, None


def _predicate_id(c: Claim) -> str:
    return _converse(c)[0] or c.key


def _aux_kind(low: str) -> str | None:
    v = vocabulary()
    if low in BE:
        return "be"
    if low in HAVE:
        return "have"
    if low in DO:
        return "do"
    if low in v.future_words:
        return "future"
    if low in v.hedge_words and low in MODALS:
        return "modal"
    if low in GET:
        return "get"
    return None


def _adverb(t: Token) -> bool:
    v = vocabulary()
    if t.low in v.update_markers or t.low in PLAIN_ADVERBS:
        return True
    return t.low.endswith("ly") and len(t.low) > 4 and t.low not in NOT_ADVERBS


def _verb_like(toks: list[Token], i: int, gap: bool = False) -> bool:
    """A finite verb without an auxiliary ("Fiji beat Samoa", "the bill passed"); ``gap``: the
    clause's subject stands before it ("who stole ...", "and denied ...")."""
    v = vocabulary()
    t = toks[i]
    if not t.low.isalpha() or t.low in STOP or t.low in v.pronouns or t.low in DATE_WORDS:
        return False
    if t.low.endswith("ing") or (t.cap and i > 0 and toks[i - 1].low not in ("and", "but", "or")):
        return False  # "Campaigners from Eastmere Says No": a name
    prev = toks[i - 1].low if i else ""
    if prev in DETERMINERS or prev in PREPOSITIONS or prev[:1].isdigit() or prev == "'s" or prev in ("to",):
        return False
    if t.low in v.adjectives:
        return False
    reads = lemmas(t.low)
    known = v.keys | v.copula_verbs | v.hedge_verbs | v.negative_implicatives | v.positive_implicatives | v.reporting_positive | v.reporting_negative
    if reads & known and (t.low != t.low.rstrip("s") or t.low in v.irregular or t.low.endswith("ed") or t.low in v.keys):
        return True
    if t.low in v.irregular and t.low not in STOP:
        return i > 0 or gap
    return t.low.endswith("ed") and len(t.low) > 3 and t.low not in v.not_verbs_ed and (i > 0 or gap)


def _starts_verb_group(toks: list[Token], i: int, gap: bool = False) -> bool:
    v = vocabulary()
    t = toks[i]
    if _aux_kind(t.low) or t.low in ("never",) or t.low in v.hedge_words and t.low.endswith("ly"):
        return True
    if _adverb(t) and i + 1 < len(toks) and (_aux_kind(toks[i + 1].low) or _verb_like(toks, i + 1)):
        return True
    return _verb_like(toks, i, gap and i == 0)


@dataclass
class _Frame:
    source: Arg | None = None
    negates: bool = False
    hedge: str | None = None
    marks: tuple[tuple[int, int], ...] = ()
    update: str | None = None  # "officials initially said ...": an earlier version


@dataclass
class _Segment:
    tokens: list[Token]
    opener: str | None = None  # the conjunction before it
    first: bool = False  # begins the sentence


def _segments(toks: list[Token]) -> list[_Segment]:
    """Clauses and phrases: cut at punctuation, at clause words and at "and" before a verb."""
    out: list[_Segment] = []
    cur: list[Token] = []
    opener: str | None = None
    first = True

    def flush(next_opener: str | None) -> None:
        nonlocal cur, opener, first
        if cur:
            out.append(_Segment(cur, opener, first))
            first = False
        cur, opener = [], next_opener

    for i, t in enumerate(toks):
        if t.low in (",", ";", ":", "(", ")", "—", "–", "?", "!", "[", "]") or (t.low == "." and i == len(toks) - 1):
            flush(None)
            if t.low in (";", ":", "—", "–", "?", "!"):
                first = False
            continue
        after_aux = bool(cur) and _aux_kind(cur[-1].low) is not None
        if t.low in CLAUSE_WORDS and not (t.low == "that" and cur and cur[-1].low in PREPOSITIONS) and not (after_aux and t.low in ("since", "once", "yet")):
            flush(t.low)
            continue
        if t.low in ("and", "or") and i + 1 < len(toks) and _starts_verb_group(toks, i + 1):
            flush(t.low)
            continue
        if t.low == "as" and cur and cur[-1].low not in NOT_AS_CLAUSE_BEFORE and i + 1 < len(toks) and (
            toks[i + 1].cap or toks[i + 1].low in AS_SUBJECT_STARTS
        ):
            flush("as")  # "scored twice as Harbridge City beat Rovers": a clause of its own
            continue
        cur.append(t)
    flush(None)
    return out


def _find_verb_group(toks: list[Token], gap: bool = False) -> int | None:
    for i in range(len(toks)):
        if _starts_verb_group(toks, i, gap):
            return i
    return None


def _split_relative(seg: _Segment) -> list[_Segment]:
    """ "who stole £2.3m from a hospice has been jailed": the relative clause, then the main
    clause's predicate, whose subject is the phrase before "who"."""
    if seg.opener not in ("who", "which", "that") or _find_verb_group(seg.tokens, gap=True) != 0:
        return [seg]
    toks = seg.tokens
    n = 1
    while n < len(toks) and (_aux_kind(toks[n].low) or toks[n].low in vocabulary().negators or _adverb(toks[n])):
        n += 1  # past the relative clause's own verb group
    for k in range(n + 2, len(toks)):
        prev = toks[k - 1].low
        if _aux_kind(toks[k].low) in ("be", "have", "future", "modal") and not _aux_kind(prev) and prev not in CLAUSE_WORDS and prev not in ("to",):
            return [_Segment(toks[:k], seg.opener, seg.first), _Segment(toks[k:], "main", False)]
    return [seg]


def _strip_leading_phrase(toks: list[Token]) -> list[Token]:
    """ "On Monday the court" -> "the court": a leading prepositional phrase is not the subject."""
    if not toks or toks[0].low not in PREPOSITIONS:
        return toks
    for n in range(1, len(toks)):
        if toks[n].low in DETERMINERS or toks[n].low in vocabulary().pronouns:
            return toks[n:]
    return []


def _noun_phrase(toks: list[Token], i: int) -> int:
    """End (exclusive) of the noun phrase starting at i."""
    j = i
    while j < len(toks):
        t = toks[j]
        if t.low in PREPOSITIONS or t.low in CLAUSE_WORDS or t.low in ("and", "or") and j > i and j + 1 < len(toks) and _starts_verb_group(toks, j + 1):
            break
        if not (t.word or t.low[:1].isdigit() or t.low in ("$", "£", "€", "%", "&")) or _SCORE.match(t.low):
            break
        if j > i and (_aux_kind(t.low) or t.low in vocabulary().negators or (not t.cap and t.low.endswith("ly") and _adverb(t))):
            break  # "the resolution unanimously": the adverb ends the phrase
        j += 1
    return j


def _parse_clause(seg: _Segment, text: str, inherited: Arg | None, passive_before: bool, frame: _Frame) -> Claim | None:
    v = vocabulary()
    toks = seg.tokens
    i = _find_verb_group(toks, gap=seg.opener in GAP_OPENERS)
    if i is None:
        return None
    subj_toks = _strip_leading_phrase(toks[:i])
    if subj_toks and subj_toks[0].low in LIST_OPENERS:
        subj_toks = []  # "Two people, including the owner, were arrested": the subject is before the comma
    subject = _arg(subj_toks, text, first=seg.first and bool(subj_toks) and subj_toks[0] is toks[0]) if subj_toks else None
    if subject is None and seg.opener in ("and", "or", "but", "who", "which", "that", "main", None) and not subj_toks:
        subject = inherited
    negations: list[str] = []
    neg_spans: list[tuple[int, int]] = []
    hedge = frame.hedge
    future = False
    update: str | None = frame.update
    auxes: list[str] = []
    first_aux: str | None = None
    if subject is not None and subject.negative:
        negations.append("no")
    start = toks[i].start
    j = i
    passive = False
    adjective = False
    key = None
    readings: frozenset[str] = frozenset()
    main: Token | None = None
    while j < len(toks):
        t = toks[j]
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        kind = _aux_kind(t.low)
        if kind:
            if kind == "future":
                future = True
            if kind == "modal":
                if t.low == "could" and nxt in ("not", "n't"):
                    pass  # "could not reach": a past failure, not a possibility
                else:
                    hedge = hedge or t.low
            auxes.append(kind)
            first_aux = first_aux or t.low
            j += 1
            continue
        if t.low in v.negators:
            if nxt in v.not_negating_after_not:
                if nxt in ("yet",):
                    update = "not yet"
                j += 1
                continue
            negations.append(t.low)
            neg_spans.append((t.start, t.end))
            j += 1
            continue
        if t.low == "no" and nxt == "longer":
            update = "no longer"
            negations.append("no longer")
            j += 2
            continue
        if _adverb(t) and j + 1 < len(toks):
            if t.low in v.hedge_words:
                hedge = hedge or t.low
            if t.low in v.update_markers:
                update = update or t.low
            j += 1
            continue
        main = t
        break
    if main is None:
        return None
    low = main.low
    end = main.end
    readings = lemmas(low)
    be_before = bool(auxes) and auxes[-1] in ("be", "get")
    k = j + 1

    def after(n: int = 0) -> str:
        return toks[k + n].low if k + n < len(toks) else ""

    if low in DETERMINERS or low in PREPOSITIONS or low[:1].isdigit() or low in v.pronouns:
        return None  # "is the capital", "was in Lahore": a copula with a phrase, no predicate here
    # Chains: "failed to win", "is expected to pass", "is set to cut", "managed to escape".
    while after() == "to" and k + 1 < len(toks):
        lem = readings & (v.negative_implicatives | v.positive_implicatives | v.hedge_verbs | v.future_frames)
        if low in v.negative_adjective_frames:
            lem = {"unable"}
        if be_before and low in v.hedge_participles:
            hedge = hedge or low
        elif be_before and low in v.future_frames:
            future = True
        elif lem & (v.negative_implicatives | {"unable"}):
            negations.append(f"{main.text} to")
            neg_spans.append((main.start, toks[k].end))
        elif lem & v.positive_implicatives:
            pass
        elif lem & v.hedge_verbs:
            hedge = hedge or next(iter(lem & v.hedge_verbs))
        else:
            break
        k += 1  # past "to"
        auxes = []
        while k < len(toks) and (_aux_kind(toks[k].low) == "be" or toks[k].low in v.negators or toks[k].low in ("have",)):
            if toks[k].low in v.negators:
                negations.append(toks[k].low)
                neg_spans.append((toks[k].start, toks[k].end))
            else:
                auxes.append("be" if toks[k].low in BE else "have")
            k += 1
        if k >= len(toks):
            return None
        main = toks[k]
        low = main.low
        end = main.end
        readings = lemmas(low)
        be_before = bool(auxes) and auxes[-1] == "be"
        k += 1
    # Predicate adjectives: "was found (not) guilty", "pleaded not guilty", "remains closed".
    if low in v.adjectives:
        key = low
        adjective = True
    elif readings & v.copula_verbs and k < len(toks):
        n = k
        neg_here = None
        if toks[n].low in v.negators and n + 1 < len(toks):
            neg_here = toks[n]
            n += 1
        if toks[n].low in v.adjectives:
            adj = toks[n].low
            key = f"plead {adj}" if "plead" in readings else adj
            adjective = True
            if neg_here is not None:
                negations.append(neg_here.low)
                neg_spans.append((neg_here.start, neg_here.end))
            end = toks[n].end
            k = n + 1
    if key is None:
        passive = be_before and _is_participle(low) or (passive_before and not auxes and _is_participle(low) and subject is inherited)
        # Particles and prepositions that make one predicate: "lost to", "voted against", "called off".
        keys = v.keys
        key = next((r for r in sorted(readings) if r in keys), None) or _best_lemma(low, readings)
        for n in (2, 1):
            if k + n <= len(toks):
                words = " ".join(t.low for t in toks[k : k + n])
                hit = next((f"{r} {words}" for r in sorted(readings) if f"{r} {words}" in keys), None)
                if hit:
                    key = hit
                    if words.split()[-1] not in PREPOSITIONS or words.split()[-1] in KEPT_PARTICLES:
                        if not (n == 1 and words in ROLE_PREPOSITIONS):
                            end = toks[k + n - 1].end
                            k += n
                    break
        else:
            # A preposition a few words on that belongs to the predicate: "lost 3-1 to Samoa".
            for n in range(k, min(k + 5, len(toks))):
                if toks[n].low in PREPOSITIONS:
                    hit = next((f"{r} {toks[n].low}" for r in sorted(readings) if f"{r} {toks[n].low}" in keys), None)
                    if hit:
                        key = hit
                    break
        if low.endswith("ing") and not auxes:
            return None
    # Object, then prepositional complements.
    obj = None
    n = k
    while n < len(toks) and (_SCORE.match(toks[n].low) or toks[n].low in ("-", "–")):
        n += 1
    roles: list[tuple[str, Arg]] = []
    if not adjective and n < len(toks) and toks[n].low not in PREPOSITIONS and toks[n].low not in CLAUSE_WORDS:
        e = _noun_phrase(toks, n)
        if e > n:
            obj = _arg(toks[n:e], text)
            if obj is not None and obj.negative:
                negations.append("no")
                neg_spans.append((toks[n].start, toks[n].end))
            n = e
    while n < len(toks):
        if toks[n].low == "to" and n + 1 < len(toks) and _infinitive(toks[n + 1]):
            break  # "ordered to pay £150,000": what follows is the next claim's
        if toks[n].low in PREPOSITIONS and toks[n].low not in ("than", "as", "like"):
            e = _noun_phrase(toks, n + 1)
            a = _arg(toks[n + 1 : e], text) if e > n + 1 else None
            if a is not None:
                roles.append((toks[n].low, a))
            n = max(e, n + 1)
            continue
        n += 1
    update = update or next((t.low for t in toks[i:] if t.low in v.update_markers and t.low not in NOT_UPDATE_MARKERS), None)
    if first_aux == "had" and frame.source is None and not future:
        update = update or "had"  # "had held since June": an earlier state, not the news
    negated = (len(negations) + frame.negates) % 2 == 1
    phrase = text[start:end]
    marks = ((start, end),) + frame.marks
    if frame.negates and frame.marks:
        phrase = f"{text[frame.marks[0][0]:frame.marks[0][1]]} … {phrase}"
    return Claim(
        key=key or low,
        readings=readings,
        text=phrase,
        start=start,
        end=end,
        negated=negated,
        passive=passive,
        subject=subject,
        object=obj,
        roles=tuple(roles),
        source=frame.source,
        source_negates=frame.negates,
        hedge=hedge,
        future=future,
        update=update,
        marks=marks,
        adjective=adjective,
        tense=_tense(future, first_aux, toks[i:], main),
    )


def _infinitive(t: Token) -> bool:
    """A verb after "to" ("to pay"), not a noun ("to hospital")."""
    v = vocabulary()
    if t.cap or not t.low.isalpha() or t.low in DETERMINERS or t.low in v.pronouns:
        return False
    verbs = v.keys | v.copula_verbs | v.hedge_verbs | frozenset(v.irregular.values()) | v.reporting_positive | v.reporting_negative
    return t.low in verbs or t.low in ("be", "have")


def _tense(future: bool, first_aux: str | None, group: list[Token], main: Token) -> str:
    if future:
        return "future"
    if first_aux is not None:
        return "past" if first_aux in PAST_AUXILIARIES else "present"
    v = vocabulary()
    low = main.low
    return "past" if low.endswith("ed") or (low in v.irregular and low != v.irregular[low]) else "present"


def _best_lemma(low: str, readings: frozenset[str]) -> str:
    v = vocabulary()
    if low in v.irregular:
        return v.irregular[low]
    for suffix in ("ied", "ies"):
        if low.endswith(suffix):
            return low[: -len(suffix)] + "y"
    return min(readings, key=len) if low.endswith(("ed", "ing", "s")) else low


def _reporting(readings: frozenset[str]) -> str | None:
    v = vocabulary()
    if readings & v.reporting_negative:
        return "negative"
    if readings & v.reporting_positive:
        return "positive"
    return None


def _frames(segments: list[_Segment], text: str) -> list[tuple[_Segment, _Frame]]:
    """Credits: "according to X", "..., police said", "Police said (that) ...", "X denied that ...".

    Returns the segments that carry claims, each with its frame; a trailing or
    "according to" credit holds for the whole sentence, a leading one for what follows it.
    """
    v = vocabulary()
    whole = _Frame()
    kept: list[tuple[_Segment, _Frame]] = []
    # "according to X" anywhere, and trailing ", X said" / ", said X" segments.
    rest: list[_Segment] = []
    for n, seg in enumerate(segments):
        lows = [t.low for t in seg.tokens]
        if "according" in lows and lows[lows.index("according") + 1 : lows.index("according") + 2] == ["to"]:
            at = lows.index("according")
            src = seg.tokens[at + 2 : _noun_phrase(seg.tokens, at + 2)]
            whole.source = _arg(src, text)
            seg = _Segment(seg.tokens[:at], seg.opener, seg.first)
            if not seg.tokens:
                continue
        if n > 0 and _trailing_credit(seg):
            i = _find_verb_group(seg.tokens)
            if i == 0:  # ", said police spokesman X"
                whole.source = _arg(seg.tokens[1:], text)
            else:
                whole.source = _arg(seg.tokens[:i], text)
            reads = lemmas(seg.tokens[i].low) if i is not None else frozenset()
            if reads & v.reporting_hedged:
                whole.hedge = "claimed"
            whole.update = next((t.low for t in seg.tokens if t.low in v.update_markers and t.low != "now"), whole.update)
            continue
        rest.append(seg)
    # "Police said (that) X", "X denied (claims) that Y": a leading credit for what follows.
    frame = _Frame(whole.source, False, whole.hedge, update=whole.update)
    opened = False
    for n, seg in enumerate(rest):
        toks = seg.tokens
        i = _find_verb_group(toks)
        if i is not None and not opened:
            j = i
            while j < len(toks) and (_aux_kind(toks[j].low) or _adverb(toks[j]) or toks[j].low in v.negators):
                j += 1
            if j < len(toks):
                reads = lemmas(toks[j].low)
                kind = _reporting(reads)
                body = toks[j + 1 :]
                # Skip "told reporters", "in a statement", "on Monday" before the claim.
                if kind and body and body[0].low in AUDIENCE_WORDS and "told" == toks[j].low:
                    e = _noun_phrase(body, 0)
                    body = body[e:]
                while body and body[0].low in PREPOSITIONS and body[0].low not in ("that",):
                    e = _noun_phrase(body, 1)
                    body = body[e:]
                if kind and body and body[0].low in v.claim_nouns:
                    body = body[1:]
                nxt_is_clause = bool(body) and _find_verb_group(body) is not None
                follows = n + 1 < len(rest) and rest[n + 1].opener in COMPLEMENTIZERS
                if kind and i > 0 and (nxt_is_clause or follows or (not body and n + 1 < len(rest))):
                    src = _arg(_strip_leading_phrase(toks[:i]), text, first=seg.first)
                    unsaid = any(t.low in v.negators for t in toks[i:j])  # "did not say that ...": no claim made
                    negates = kind == "negative" and not unsaid
                    hedge = "not said" if unsaid else "claimed" if reads & v.reporting_hedged else None
                    frame = _Frame(
                        src if src is not None else whole.source,
                        negates,
                        hedge or whole.hedge,
                        ((toks[j].start, toks[j].end),) if negates else (),
                        next((t.low for t in toks[:j] if t.low in v.update_markers and t.low != "now"), whole.update),
                    )
                    opened = True
                    if nxt_is_clause and body:
                        kept.append((_Segment(body, None, False), frame))
                    continue
        kept.append((seg, frame if opened else _Frame(whole.source, False, whole.hedge, update=whole.update)))
    return kept


def _trailing_credit(seg: _Segment) -> bool:
    """ "police said", "said a spokesman", "the company said in a statement", "he added"."""
    toks = seg.tokens
    i = _find_verb_group(toks)
    if i is None:
        return False
    j = i
    while j < len(toks) and (_aux_kind(toks[j].low) or _adverb(toks[j])):
        j += 1
    if j >= len(toks) or not _reporting(lemmas(toks[j].low)):
        return False
    tail = toks[j + 1 :]
    if i == 0:
        return 0 < len(tail) <= 8 and _find_verb_group(tail) is None
    if tail and toks[j].low == "told":
        tail = tail[_noun_phrase(tail, 0) :]
    while tail and (tail[0].low in PREPOSITIONS or tail[0].low in DATE_WORDS or tail[0].low in WHEN):
        tail = tail[_noun_phrase(tail, 1) :]  # "officials said Tuesday", "said in a statement"
    return i <= 8 and not tail


@lru_cache(maxsize=16384)
def read_claims(sentence: str) -> tuple[Claim, ...]:
    """Every clause's claim in a sentence, in order (clauses with no predicate are skipped).

    Kept per sentence text: a sentence aligned with several others is read once."""
    toks = tokenize(sentence)
    if not toks:
        return ()
    question = any(t.low == "?" for t in toks)
    segments = [part for seg in _segments(toks) for part in _split_relative(seg)]
    kept = _frames(segments, sentence)
    out: list[Claim] = []
    last_subject: Arg | None = None
    last_passive = False
    bare: Arg | None = None
    for seg, frame in kept:
        if seg.opener in CONDITIONALS or question:
            frame = _Frame(frame.source, frame.negates, frame.hedge or seg.opener or "question", frame.marks, frame.update)
        inherit = last_subject if seg.opener in ("and", "or", "but") else None
        if inherit is None and seg.opener in ("who", "which", "that", "main"):
            inherit = bare
        if inherit is None and seg.opener is None:
            inherit = bare
        c = _parse_clause(seg, sentence, inherit, last_passive, frame)
        if c is None:
            a = _arg(seg.tokens, sentence, first=seg.first)
            if a is not None and a.head is not None and not all(t.low[:1].isdigit() for t in seg.tokens):
                bare = a
            continue
        out.append(c)
        if c.subject is not None:
            last_subject = c.subject
        last_passive = c.passive
    return tuple(out)


# --- comparing two claims ---------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """Two claims of two aligned sentences that cannot both be true."""

    rule: str  # one of RULES
    a: Claim
    b: Claim
    explanation: str
    marks_a: tuple[tuple[int, int], ...] = ()
    marks_b: tuple[tuple[int, int], ...] = ()
    group: str | None = None  # the antonym group, for rule "antonym" ("verdict", "direction", ...)


def _side(c: Claim, g: Group) -> str | None:
    if c.passive and (f"be {c.key}" in g.a or f"be {c.key}" in g.b):
        return "a" if f"be {c.key}" in g.a else "b"
    if c.key in g.a:
        return "a"
    if c.key in g.b:
        return "b"
    return None


def _by_passive_entry(c: Claim, g: Group | None) -> bool:
    """The claim belongs to the group as a passive ("be beat": was beaten, i.e. lost)."""
    return g is not None and c.passive and (f"be {c.key}" in g.a or f"be {c.key}" in g.b)


def _antonym_group(ca: Claim, cb: Claim) -> Group | None:
    for g in vocabulary().antonyms:
        sa, sb = _side(ca, g), _side(cb, g)
        if sa and sb and sa != sb:
            return g
    return None


def _same_predicate(ca: Claim, cb: Claim) -> bool:
    pa, pb = _predicate_id(ca), _predicate_id(cb)
    if pa == pb:
        return True
    if _converse(ca)[0] or _converse(cb)[0]:
        return False
    if " " in ca.key and " " in cb.key:
        return False  # "vote for" / "vote against"
    base_a, base_b = ca.key.split(" ")[0], cb.key.split(" ")[0]
    if ca.adjective != cb.adjective and not ({ca.key, cb.key} <= vocabulary().adjectives):
        return False
    return base_a == base_b or bool(ca.readings & cb.readings - STOP) and not (ca.adjective or cb.adjective)


def _synonyms(ca: Claim, cb: Claim) -> bool:
    """Both on one side of one antonym group ("convicted" / "found guilty")."""
    for g in vocabulary().antonyms:
        sa, sb = _side(ca, g), _side(cb, g)
        if sa and sa == sb:
            return True
    return False


def _frame_clash(ca: Claim, cb: Claim) -> str | None:
    """Why two claims are not weighed against each other at all, if they are not."""
    if ca.hedge or cb.hedge:
        return "hedged"
    if ca.update or cb.update:
        return "update"
    if ca.future != cb.future:
        return "tense"
    if (ca.adjective or cb.adjective) and ca.tense != cb.tense:
        return "tense"  # "was closed" / "is open": a state may have changed
    if not _same_source(ca.source, cb.source):
        return "sources"
    return None


def _compatible(ca: Claim, cb: Claim, converse: bool = True, group: Group | None = None) -> bool:
    """No argument differs where both give it, and at least one is the same."""
    ra = _roles(ca, converse, _by_passive_entry(ca, group))
    rb = _roles(cb, converse, _by_passive_entry(cb, group))
    shared = False
    for role in ra.keys() & rb.keys():
        r = relation(ra[role], rb[role])
        if r == "different" or (r == "unknown" and role == "patient"):
            return False  # "lost the reverse fixture" / "defeated title rivals": not one patient
        shared |= r == "same"
    if not shared and not ({"agent", "patient"} & ra.keys() & rb.keys()):
        shared = relation(ca.subject, cb.subject) == "same"
    elif not shared:
        # "Police arrested Khan" / "Khan was not arrested": the subject of one is the patient of the other.
        shared = relation(ca.patient, cb.patient) == "same" or relation(ca.subject, cb.subject) == "same" and not (
            ca.passive != cb.passive and ca.object is not None and cb.object is not None
        )
    return shared


def _names(c: Claim) -> list[Arg]:
    return [a for a in (c.subject, c.object, *(a for _, a in c.roles)) if a is not None]


def _settings_differ(ca: Claim, cb: Claim, sa: str, sb: str, skip: tuple[Arg | None, ...] = ()) -> bool:
    """Each sentence names someone or something the other does not: maybe two events.
    (``skip``: the arguments a rule compares, such as two rival agents.)"""
    la, lb = sa.lower(), sb.lower()

    def extra(c: Claim, other: str) -> bool:
        for a in _names(c):
            if any(a is b for b in skip):
                continue
            for run in a.names:
                words = {w for w in run if w not in GENERIC_NAME and w not in DATE_WORDS}
                if words and not any(re.search(rf"\b{re.escape(w)}\b", other) for w in words):
                    return True
        return False

    return extra(ca, lb) and extra(cb, la)


def _agrees(ca: Claim, cb: Claim) -> bool:
    """The same claim, whatever its hedges or updates ("closed ... but has since reopened" holds "is open")."""
    if not _same_source(ca.source, cb.source):
        return False
    same = _same_predicate(ca, cb) or _synonyms(ca, cb)
    return same and ca.negated == cb.negated and _compatible(ca, cb)


def _object_antonyms(ca: Claim, cb: Claim) -> Group | None:
    if ca.object is None or cb.object is None or ca.object.head is None or cb.object.head is None:
        return None
    ha, hb = ca.object.head, cb.object.head
    for g in vocabulary().object_antonyms:
        a = {_singular(w) for w in g.a}
        b = {_singular(w) for w in g.b}
        if (ha in a and hb in b) or (ha in b and hb in a):
            return g
    return None


def _arg_phrase(c: Claim, role: str) -> str:
    roles = _roles(c)
    agent, patient = roles.get("agent"), roles.get("patient")
    if role == "swap":
        return f"{agent.text if agent else '…'} {c.text} {patient.text if patient else '…'}"
    if c.passive:
        return f"{c.text} by {agent.text}" if agent else c.text
    return f"{agent.text} {c.text}" if agent else c.text


def _marks(c: Claim, *args: Arg | None) -> tuple[tuple[int, int], ...]:
    return c.marks + tuple((a.start, a.end) for a in args if a is not None)


def compare_claims(ca: Claim, cb: Claim, sa: str = "", sb: str = "") -> Conflict | None:
    """Whether two claims contradict each other, and by which rule."""
    if _frame_clash(ca, cb):
        return None
    settings_differ = bool(sa and sb) and _settings_differ(ca, cb, sa, sb)
    same = _same_predicate(ca, cb)
    words = lambda rule, x, y: f"{RULE_WORDS[rule]}: {x} / {y}"  # noqa: E731
    if (same or _synonyms(ca, cb)) and ca.negated != cb.negated:
        if _compatible(ca, cb) and not settings_differ:
            return Conflict("opposite-polarity", ca, cb, words("opposite-polarity", ca.text, cb.text), ca.marks, cb.marks)
        return None
    group = _antonym_group(ca, cb)
    if (
        group is not None
        and not settings_differ
        and ca.negated == cb.negated
        and _compatible(ca, cb, converse=False, group=group)
        and (not group.same_object or relation(ca.patient, cb.patient) == "same")
    ):
        return Conflict("antonym", ca, cb, words("antonym", ca.text, cb.text), ca.marks, cb.marks, group.name)
    if not same or ca.negated != cb.negated:
        return None
    ra, rb = _roles(ca), _roles(cb)
    agent_a, agent_b, pat_a, pat_b = ra.get("agent"), rb.get("agent"), ra.get("patient"), rb.get("patient")
    symmetric = bool(ca.readings & vocabulary().symmetric) or bool(cb.readings & vocabulary().symmetric)
    if (
        not symmetric
        and not settings_differ
        and relation(agent_a, pat_b) == "same"
        and relation(pat_a, agent_b) == "same"
        and relation(agent_a, agent_b) == "different"
    ):
        return Conflict(
            "swapped-arguments",
            ca,
            cb,
            words("swapped-arguments", _arg_phrase(ca, "swap"), _arg_phrase(cb, "swap")),
            _marks(ca, agent_a, pat_a),
            _marks(cb, agent_b, pat_b),
        )
    definite = pat_a is not None and pat_b is not None and pat_a.definite and pat_b.definite
    if definite and relation(pat_a, pat_b) == "same" and clearly_different(agent_a, agent_b):
        others = all(relation(ra[r], rb[r]) != "different" for r in ra.keys() & rb.keys() if r not in ("agent", "patient"))
        if others and not (sa and sb and _settings_differ(ca, cb, sa, sb, skip=(agent_a, agent_b))):
            return Conflict(
                "different-agent",
                ca,
                cb,
                words("different-agent", _arg_phrase(ca, "agent"), _arg_phrase(cb, "agent")),
                _marks(ca, agent_a),
                _marks(cb, agent_b),
            )
    og = _object_antonyms(ca, cb)
    if og is not None and not settings_differ and relation(ca.subject, cb.subject) == "same":
        assert ca.object is not None and cb.object is not None
        return Conflict(
            "antonym",
            ca,
            cb,
            words("antonym", f"{ca.text} {ca.object.text}", f"{cb.text} {cb.object.text}"),
            _marks(ca, ca.object),
            _marks(cb, cb.object),
            og.name,
        )
    return None


def contradiction(a: str, b: str) -> Conflict | None:
    """The first statement contradiction between two aligned sentences, or None."""
    ca_all, cb_all = read_claims(a), read_claims(b)
    for ca in ca_all:
        for cb in cb_all:
            found = compare_claims(ca, cb, a, b)
            if found is None:
                continue
            # "acquitted of murder but convicted of manslaughter": the other sentence
            # also makes the agreeing claim, so the two need not contradict.
            if any(_agrees(x, cb) for x in ca_all if x is not ca) or any(_agrees(ca, y) for y in cb_all if y is not cb):
                continue
            return found
    return None


def explain(sentence: str) -> list[dict]:
    """The claims read in a sentence, as plain data (for debugging and ``claimcheck`` users)."""
    out = []
    for c in read_claims(sentence):
        out.append(
            {
                "predicate": c.key,
                "text": c.text,
                "negated": c.negated,
                "passive": c.passive,
                "subject": c.subject.text if c.subject else None,
                "object": c.object.text if c.object else None,
                "roles": {p: a.text for p, a in c.roles},
                "source": c.source.text if c.source else None,
                "hedge": c.hedge,
                "future": c.future,
                "update": c.update,
            }
        )
    return out
