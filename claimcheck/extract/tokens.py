"""A tokenizer that keeps character offsets and knows what is glued together.

"$7bn", "17pc", "Rs1Million" and "2013-18" are read as their parts with a
``glued`` flag, so the scanner can tell "7m wall" from "7 m".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import TOKEN_SYMBOLS

# Currency signs, "%", "~", "°" and vulgar fractions: one token each (claimcheck/data, through the lexicon).
_SYMBOLS = "[" + "".join(re.escape(s) for s in sorted(TOKEN_SYMBOLS)) + "]"
_TOKEN = re.compile(
    r"""
    (?P<code>\d+(?:\.\d+){2,}(?![\d.]))                 # 192.168.1.2, 13.5.2015: not one figure
   |(?P<num>
        \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])     # Indian grouping: 12,34,567.89, 1,00,000
       |\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)        # 1,234,567.89
       |\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\w.,]?\d)(?![^\W\d_])  # 1 234 567, 40 000
       |\d+(?:\.\d+)?[eE][+-]?\d+(?![^\W\d_])           # 1.3e6, 12.32e+14
       |\d+(?:\.\d+)?
       |\.\d+)
   |(?P<sym>SYMBOLS)   # before words: "½" and "元" are word characters
   |(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)
   |(?P<punct>\S)
    """.replace("SYMBOLS", _SYMBOLS),
    re.VERBOSE,
)
_GROUPING = re.compile(r"[,\s\u00a0\u2009\u202f]")


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
        return float(_GROUPING.sub("", self.text))

    @property
    def is_int(self) -> bool:
        return self.type == "num" and "." not in self.text and "e" not in self.lower

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


DASHES = frozenset({"-", "–", "—", "‑", "―", "−"})
# Dashes that write a minus sign: "-10C", "−273.15", "2.48×10–5".
MINUS_SIGNS = frozenset({"-", "−", "–"})


def is_dash(tok: Token) -> bool:
    return tok.type == "punct" and tok.text in DASHES
