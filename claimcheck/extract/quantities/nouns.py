"""What a count counts: the noun after it ("12 people"), after "of" ("68 of the 150
seats"), and ages given between commas ("Pellow, 58, admitted").
"""

from __future__ import annotations

from ...segment import _STARTERS
from .. import lexicon as L
from ..tokens import is_dash, Token


def _looks_plural(word: str) -> bool:
    return L.singular(word) != word or word in L.ALWAYS_PLURAL


def _verbish(word: str) -> bool:
    return word.endswith(L.VERB_ENDINGS) and word not in L.NOT_VERBISH


def _counted_noun(toks: list[Token], j: int) -> tuple[str, int] | None:
    """The noun a count counts, with the words between: "12 people" -> ("person",
    end); "22 league goals", "seven successive home matches", "12 injured people"."""
    n = len(toks)
    if j >= n:
        return None
    t = toks[j]
    if not t.is_word:
        return None
    # "78 MCAs", "12 MPs": an acronym in the plural.
    if len(t.text) >= 3 and t.text.endswith("s") and t.text[:-1].isupper():
        return (t.text[:-1], j + 1)
    w = t.lower
    if w in L.MONTHS or w in L.SCALE_WORDS or w in L.NUMBER_WORDS or w in L.NOT_NOUNS and w not in L.QUANTITY_ADJECTIVES:
        return None
    # The first plain plural noun within four words: "12 people", "22 league goals",
    # "seven successive home matches", "12 Pakistani soldiers", "nine other people",
    # "11 abducted Kaduna-Abuja passengers"; names alone ("2022 US", "9 April") count nothing.
    k, seen = j, 0
    while k < n and seen < 3:
        tok = toks[k]
        if is_dash(tok) and tok.glued and k > j:
            k += 1
            continue
        if tok.text == "." and tok.glued and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper():
            k += 1  # an initial's stop: "23 U.S. troops"
            continue
        if not tok.is_word:
            break
        seen += tok.text.islower()  # names in between ("Kaduna-Abuja") do not count
        word = tok.lower
        if tok.text.islower():
            if word in L.NOT_NOUNS and word not in L.QUANTITY_ADJECTIVES:
                break
            if _looks_plural(word) and not _verbish(word):
                return (L.singular(word), k + 1)
        elif not tok.text[:1].isupper() or word in L.MONTHS or word in L.WEEKDAYS or tok.text in _STARTERS:
            break  # "Jan 2 Several people were trapped": a capitalised "Several" opens a sentence
        k += 1
    if not t.text.islower():
        return None
    if w in L.PEOPLE_ADJECTIVES:
        return (w, j + 1)  # "27 dead", "40 injured": adjectives counting people
    if _verbish(w):
        return None
    # A singular noun only after "one" / "1": "one solution", "one man"
    # ("zones 7 to 10 apply": "apply" is no noun).
    before = toks[j - 1] if j > 0 else None
    if before is not None and (before.lower in L.ONE_WORDS or (before.is_num and before.text == "1")):
        return (w, j + 1)
    return None


def _of_noun(toks: list[Token], j: int) -> str | None:
    """The noun in "one of the people", "68 of the 150 seats": skip determiners,
    numbers and adjectives, take a plural."""
    n = len(toks)
    k = j
    while k < n and k < j + 5 and (toks[k].is_word or toks[k].is_num):
        if toks[k].is_num:
            k += 1
            continue
        w = toks[k].lower
        if w in L.OF_DETERMINERS:
            if w in L.OF_PRONOUNS and (k + 1 >= n or not toks[k + 1].is_word):
                return None
            k += 1
            continue
        if w.endswith(("'s", "\u2019s")) or (k + 1 < n and toks[k + 1].glued and toks[k + 1].text in ("'", "\u2019")):
            k += 2 if not w.endswith(("'s", "\u2019s")) else 1  # "the city's residents", "the players' families": whose, not what
            continue
        if L.singular(w) != w and w not in L.NOT_NOUNS:
            return L.singular(w)
        k += 1
    return None


# Nobody's age is past this: "the median age of 1,200 patients" is no age.
OLDEST_AGE = 110


def _appositive_age(toks: list[Token], i: int, j: int, value: float | None, words: bool) -> bool:
    """ "Pellow, 58, admitted", "The Colombian striker, 24, scored": an age between commas."""
    if words or value is None or not (10 <= value <= OLDEST_AGE) or not toks[i].is_int:
        return False
    now = i >= 2 and toks[i - 1].lower == "now"  # "Shinde, now 33, was ..."
    comma = i - 2 if now else i - 1
    if comma < 1 or toks[comma].text != "," or j >= len(toks) or toks[j].text not in (",", ")"):
        return False
    before = toks[comma - 1]
    if not before.is_word:
        return False
    return before.capitalised or before.lower in L.PERSON_NOUNS
