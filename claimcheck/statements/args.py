"""The arguments of a claim: a noun phrase in one role, and whether two of them are one thing."""

from __future__ import annotations

from dataclasses import dataclass

from .tables import (
    CONTRAST, DATE_WORDS, DEFINITE, DETERMINERS, FLUFF, GENERIC_NAME, NAME_PARTICLES, NO_ONE_HEADS,
    PREPOSITIONS, STOP, TRANSPARENT_HEADS, UNCOUNTED_FLUFF, vocabulary,
)
from .tokens import Token, _alpha, _singular


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
