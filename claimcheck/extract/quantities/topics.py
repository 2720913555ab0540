"""What the whole sentence is about: lengths, temperatures, sport, money.

A bare "m" is metres in a story about a wall, "45C" a temperature in a story
about the weather, "3-1" a score in a story about a match.
"""

from __future__ import annotations

from .. import lexicon as L
from ..tokens import Token


def _length_context(toks: list[Token]) -> bool:
    """Whether the sentence measures lengths, so a bare "m" is metres."""
    return any(t.lower in L.LENGTH_WORDS for t in toks)


def _temperature_context(toks: list[Token]) -> bool:
    return any(t.lower in L.TEMPERATURE_WORDS for t in toks)


def _sport_context(toks: list[Token]) -> bool:
    return any(t.lower in L.SPORT_WORDS for t in toks)


def _money_context(toks: list[Token], i: int) -> bool:
    return any(t.lower in L.MONEY_WORDS for t in toks)
