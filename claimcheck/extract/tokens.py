"""A tokenizer that keeps character offsets and knows what is glued together.

"$7bn", "17pc", "Rs1Million" and "2013-18" are read as their parts with a
``glued`` flag, so the scanner can tell "7m wall" from "7 m".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|\.\d+)
   |(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)
   |(?P<sym>[$£€¥₹₦₱₩₺₽৳₫₪₴฿%~°½¼¾⅓⅔])
   |(?P<punct>\S)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lower: str
    start: int
    end: int
    type: str  # "num", "word", "sym" or "punct"
    glued: bool  # no space between this token and the one before

    @property
    def is_num(self) -> bool:
        return self.type == "num"

    @property
    def is_word(self) -> bool:
        return self.type == "word"

    @property
    def value(self) -> float:
        return float(self.text.replace(",", ""))

    @property
    def is_int(self) -> bool:
        return self.type == "num" and "." not in self.text

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Split text into number, word, symbol and punctuation tokens."""
    tokens: list[Token] = []
    prev_end = -1
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        s = m.group()
        tokens.append(Token(s, s.lower(), m.start(), m.end(), kind, m.start() == prev_end))
        prev_end = m.end()
    return tokens


# Punctuation that ends the stretch of words a cue may reach across.
CLAUSE_BREAKS = frozenset(",;:()[]\"!?")


def is_break(tok: Token) -> bool:
    return tok.type == "punct" and tok.text in CLAUSE_BREAKS


DASHES = frozenset({"-", "–", "—", "‑"})


def is_dash(tok: Token) -> bool:
    return tok.type == "punct" and tok.text in DASHES
