"""Multi-word phrases looked up by their first token."""

from __future__ import annotations

from ..tokens import Token, tokenize

PhraseIndex = dict[str, list[tuple[tuple[str, ...], str]]]


def _phrase_index(phrases) -> PhraseIndex:
    """Phrases by first token, longest first: a lookup, not a scan, per token.

    Phrases are split by the tokenizer itself, so "km/h" is ("km", "/", "h")
    as it will be in the text."""
    index: PhraseIndex = {}
    split = {phrase: tuple(t.lower for t in tokenize(phrase)) for phrase in phrases}
    for phrase in sorted(phrases, key=lambda p: (-len(split[p]), p)):
        parts = split[phrase]
        index.setdefault(parts[0], []).append((parts, phrase))
    return index


def _phrase_at(toks: list[Token], j: int, index: PhraseIndex) -> tuple[str, int] | None:
    """The longest phrase of ``index`` starting at token j: (phrase, end)."""
    if j >= len(toks):
        return None
    for parts, phrase in index.get(toks[j].lower, ()):
        end = j + len(parts)
        if end <= len(toks) and all(toks[j + m].lower == parts[m] for m in range(1, len(parts))):
            return (phrase, end)
    return None
