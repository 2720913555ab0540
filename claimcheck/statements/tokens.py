"""Words of a sentence: tokens with their spans, and the lemmas a word form can be."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .tables import CONTRACTIONS, QUOTES, S_IS, vocabulary


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


def _alpha(low: str) -> bool:
    """A word of letters, hyphenated or not ("re-election")."""
    return low.replace("-", "").isalpha()


def _is_participle(low: str) -> bool:
    v = vocabulary()
    if low in v.irregular and low != v.irregular[low]:
        return True
    return low.endswith(("ed", "en")) and len(low) > 4 and low not in v.not_verbs_ed
