"""What the whole sentence is about: lengths, temperatures, sport, money.

A bare "m" is metres in a story about a wall, "45C" a temperature in a story
about the weather, "3-1" a score in a story about a match.
"""

from __future__ import annotations

from ..tokens import Token

_LENGTH_WORDS = frozenset("""
tall high long wide deep depth height length width distance metre metres meter meters sprint
hurdles race relay jump throw javelin discus hammer freestyle butterfly backstroke breaststroke
medley swim swimming run wall tower building bridge dam wave waves flood water surge tunnel
road runway pitch track altitude elevation below above underground radius diameter
""".split())


def _length_context(toks: list[Token]) -> bool:
    """Whether the sentence measures lengths, so a bare "m" is metres."""
    return any(t.lower in _LENGTH_WORDS for t in toks)


_TEMPERATURE_WORDS = frozenset("""temperature temperatures degrees heat cold hot warm weather heatwave
mercury freezing frost celsius fahrenheit thermometer outside high low chill""".split())


def _temperature_context(toks: list[Token]) -> bool:
    return any(t.lower in _TEMPERATURE_WORDS for t in toks)


_SPORT_WORDS = frozenset({
    "rugby", "basketball", "football", "soccer", "cricket", "tennis", "hockey", "baseball",
    "tries", "try", "points", "quarter", "overtime", "playoffs", "playoff", "nba", "nfl",
    "ipl", "premier", "derby", "scrum", "wicket", "wickets", "inning", "halftime", "kickoff",
    "win", "won", "wins", "beat", "beats", "beaten", "defeat", "defeated", "defeats",
    "draw", "drew", "drawn", "lead", "led", "leads", "victory", "loss", "lost",
    "score", "scored", "scoreline", "goal", "goals", "match", "game", "final",
    "semi", "semifinal", "quarterfinal", "set", "sets", "tie", "thrashed",
    "edged", "routed", "triumph", "clash", "fixture", "league", "cup", "innings",
    "half-time", "aggregate", "penalties", "shootout",
})


def _sport_context(toks: list[Token]) -> bool:
    return any(t.lower in _SPORT_WORDS for t in toks)


def _money_context(toks: list[Token], i: int) -> bool:
    return any(t.lower in ("worth", "cost", "costs", "price", "paid", "pay", "budget", "fund", "funds", "loan", "deal", "revenue", "salary") for t in toks)
