"""A tokenizer that keeps character offsets and knows what is glued together.

"$7bn", "17pc", "Rs1Million" and "2013-18" are read as their parts with a
``glued`` flag, so the scanner can tell "7m wall" from "7 m".
"""

from __future__ import annotations

import math
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

# A numeral is a figure only within what a float holds exactly and what arithmetic
# on it can bear: at most 15 significant digits (a double's exact decimal digits;
# "1.99999999999999999999" would silently become 2.0) and a size between 1e-100
# and 1e100 (a googol: no news figure is larger, and scales and unit factors on
# it stay far inside float range, where "1e309" is infinite).  A longer digit run
# or a larger exponent is a code: kept in the text, never read as a figure.
MAX_SIGNIFICANT_DIGITS = 15
LARGEST_FIGURE = 1e100


def within_range(value: float) -> bool:
    """Whether a figure's value is one the extractor gives: finite, at most LARGEST_FIGURE in size."""
    return math.isfinite(value) and abs(value) <= LARGEST_FIGURE


def _is_figure(text: str) -> bool:
    plain = _GROUPING.sub("", text)
    mantissa = plain.lower().partition("e")[0]
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    if not fraction:
        digits = digits.rstrip("0")  # "1,000,000,000": one significant digit
    if len(digits) > MAX_SIGNIFICANT_DIGITS:
        return False
    value = float(plain)
    return not digits or (within_range(value) and abs(value) >= 1 / LARGEST_FIGURE)


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
        if kind == "num" and not _is_figure(s):
            kind = "code"  # "1e309", 309 nines: beyond what a figure can be
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
