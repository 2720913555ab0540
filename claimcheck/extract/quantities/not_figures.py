"""Numbers that are not figures: names, labels, codes, addresses, clock times."""

from __future__ import annotations

from ..tokens import Token

# Label nouns that label a number even in lower case ("the category 4 hurricane", "game 7").
_LOWER_LABELS = frozenset({
    "category", "iphone", "ipad", "galaxy", "pixel", "covid", "phase", "grade", "stage", "matchday",
    "round", "game", "tier", "version", "season", "episode", "chapter", "article", "section",
    "platform", "gate", "terminal", "flight", "route",
})
# Stock indices and rankings named with a number: "FTSE 100", "Fortune 500", "Big 12".
_INDEX_NAMES = frozenset({
    "ftse", "dax", "cac", "nikkei", "asx", "kse", "psx", "nifty", "fortune", "russell", "big", "pac",
    "ibex", "stoxx", "msci", "tsx", "hsi", "kospi", "aex", "smi", "omx", "bux", "wig", "jse", "ngx",
})
# Model names after a number: "737 Max", "Note 20 Ultra", "A350 Pro".
_MODEL_WORDS = frozenset({"Max", "MAX", "Pro", "Mini", "Ultra", "Plus", "Dreamliner", "Neo", "neo", "XL", "Lite"})

_STREET_WORDS = frozenset({
    "Road", "Rd", "Street", "St", "Avenue", "Ave", "Way", "Drive", "Dr", "Lane", "Ln", "Boulevard",
    "Blvd", "Place", "Terrace", "Crescent", "Close", "Highway", "Hwy", "Parkway", "Square",
})


def _street_after(toks: list[Token], j: int) -> bool:
    """Capitalised words ending in a street word follow: the figure is a house number."""
    for k in range(j, min(j + 4, len(toks))):
        t = toks[k]
        if not (t.is_word and t.capitalised):
            return False
        if t.text in _STREET_WORDS and k > j:
            return True
    return False


def _camel(word: str) -> bool:
    """ "iPhone", "eBay": a brand written with a capital inside."""
    return len(word) > 2 and word[0].islower() and any(ch.isupper() for ch in word[1:])


_NOT_COMPOUND_NOUNS = frozenset({
    "way", "off", "sided", "time", "times", "on", "of", "to", "up", "in", "out", "and",
    "hander", "handed", "liner", "stop", "shot", "nil", "all", "thirds", "quarters",
    "fifths", "tenths", "halves", "fold", "old", "plus", "odd", "something", "year-old",
})
