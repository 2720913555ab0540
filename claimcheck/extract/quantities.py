"""Find the figures in a sentence and read them the way an editor does.

The scanner runs a handful of matchers over the token stream (dates, periods
of years, money/percent/counts, number words, ordinals, multipliers), keeps
the longest non-overlapping matches, and then reads the words around each
figure for its change (``~``, ``>``, ``up`` ...), its role (current value,
change amount, earlier value) and what it measures.

Standard library only; no model.  Everything works on the raw sentence, so
``sentence[q.start:q.end] == q.text`` always holds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..types import DateParts, Quantity
from . import lexicon as L
from .tokens import Token, is_break, is_dash, tokenize

# --------------------------------------------------------------------------
# Candidates


@dataclass
class _Cand:
    """A match under construction: token span [i, j) and what it means."""

    i: int
    j: int
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    date: DateParts | None = None
    change: str = "="
    role: str = "current"
    priority: int = 0  # breaks ties between overlapping matches of one length
    fixed_change: bool = False  # change already decided by the matcher
    relative: tuple[str, int] | None = None  # "yesterday" = ("day", -1): needs the story's date


def _num_at(toks: list[Token], i: int) -> tuple[float, int] | None:
    """A numeral at token i ("1,500", "7.5", "2 1/2", "½"): value and end index."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.type == "sym" and t.text in "½¼¾⅓⅔":
        return ({"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}[t.text], i + 1)
    if not t.is_num:
        return None
    value = t.value
    j = i + 1
    # Scientific notation written out: "1.3x10^6", "2.48×10−5", "5.5x10-3".
    sci = _times_ten(toks, j)
    if sci is not None:
        return (value * 10 ** sci[0], sci[1])
    # Fractions: "1/2", and mixed numbers "2 1/2" ("2025/26" is a fiscal year).
    if (
        j + 1 < len(toks)
        and not (len(t.text) == 4 and 1900 <= value <= 2100 and len(toks[j + 1].text) in (2, 4))
        and toks[j].text == "/"
        and toks[j].glued
        and toks[j + 1].is_num
        and toks[j + 1].glued
        and t.is_int
        and toks[j + 1].is_int
        and toks[j + 1].value != 0
        and toks[j + 1].value <= 100
    ):
        # A date like 9/4/2025 is not a fraction.
        if not (j + 2 < len(toks) and toks[j + 2].text == "/" and toks[j + 2].glued):
            return (value / toks[j + 1].value, j + 2)
    if (
        t.is_int
        and j + 3 < len(toks)
        and toks[j].is_num
        and toks[j].is_int
        and not toks[j].glued
        and toks[j + 1].text == "/"
        and toks[j + 1].glued
        and toks[j + 2].is_int
        and toks[j + 2].glued
        and 0 < toks[j].value < toks[j + 2].value <= 16
    ):
        return (value + toks[j].value / toks[j + 2].value, j + 3)
    if j < len(toks) and toks[j].type == "sym" and toks[j].text in "½¼¾" and toks[j].glued:
        return (value + {"½": 0.5, "¼": 0.25, "¾": 0.75}[toks[j].text], j + 1)
    return (value, j)


_SCALES_IN_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7}
_DIGIT_WORDS = {"zero": "0", "nought": "0", "naught": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def _times_ten(toks: list[Token], j: int) -> tuple[int, int] | None:
    """ "x10^6" / "×10−5" right after a figure: (exponent, end)."""
    n = len(toks)
    k = j
    if k + 1 < n and toks[k].glued and toks[k].lower in ("x", "×") and toks[k + 1].text == "10" and toks[k + 1].glued:
        k += 2
    elif k + 1 < n and toks[k].text in ("x", "×", "*") and not toks[k].glued and toks[k + 1].text == "10":
        k += 2
    else:
        return None
    if k < n and toks[k].text == "^" and toks[k].glued:
        k += 1
    sign = 1
    if k < n and toks[k].text in ("-", "−", "–") and toks[k].glued:
        sign, k = -1, k + 1
    if k < n and toks[k].is_int and toks[k].glued and len(toks[k].text) <= 3:
        return (sign * int(toks[k].value), k + 1)
    return None


def _negative_sign(toks: list[Token], i: int) -> int | None:
    """Index of a minus sign or word before the figure at i: "-10C", "−273.15", "minus 5"."""
    if i == 0:
        return None
    p = toks[i - 1]
    if p.text in ("-", "−", "–") and toks[i].glued:
        if i >= 2 and p.glued and toks[i - 2].lower in ("minus", "negative"):
            return i - 2  # "minus-130 degrees"
        if i == 1 or not p.glued or toks[i - 2].text in ("(", "[", "$", "£", "€", "¥", "₹", "~"):
            return i - 1
    if p.lower in ("minus", "negative") and not toks[i].glued:
        return i - 1
    return None


def _words_at(toks: list[Token], i: int) -> tuple[float, int] | None:
    """Number words at token i: "seven", "forty-two", "a dozen", "two hundred and
    five", "half a million", "three lakh crore", "five point two five"."""
    n = len(toks)
    j = i
    total = 0.0
    current = 0.0
    seen = False
    last = ""  # "unit", "teen", "tens", "hundred", "scale"
    # "half a million", "a quarter million", "half a dozen"
    lead = j + 1 if toks[j].lower in ("a", "an") else j
    if lead < n and toks[lead].lower in ("half", "quarter"):
        k = lead + 1
        if k < n and toks[k].lower in ("a", "an"):
            k += 1
        if k < n and toks[k].lower in (*_SCALES_IN_WORDS, "dozen"):
            fraction = 0.5 if toks[lead].lower == "half" else 0.25
            return (fraction * (12 if toks[k].lower == "dozen" else _SCALES_IN_WORDS[toks[k].lower]), k + 1)
    while j < n:
        t = toks[j]
        w = t.lower
        if t.is_word and w in L.NUMBER_WORDS:
            v = L.NUMBER_WORDS[w]
            if seen and last in ("unit", "teen") or (seen and last == "tens" and v >= 10):
                break
            current += v
            last = "tens" if w in L.TENS else ("unit" if v < 10 else "teen")
            seen = True
            j += 1
            # "forty-two", "fifty - two"
            k = j + 1 if j < n and is_dash(toks[j]) else j
            if last == "tens" and k < n and k > j and toks[k].lower in L.NUMBER_WORDS and 0 < L.NUMBER_WORDS[toks[k].lower] < 10:
                current += L.NUMBER_WORDS[toks[k].lower]
                last = "unit"
                j = k + 1
            continue
        if t.is_word and w in ("a", "an") and not seen:
            if j + 1 < n and toks[j + 1].lower in ("hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore"):
                current = 1
                seen = True
                last = "unit"
                j += 1
                continue
            break
        if t.is_word and w in ("dozen", "dozens") and (seen or (j == i and w == "dozen")):
            current = max(current, 1) * 12
            seen = True
            last = "scale"
            j += 1
            continue
        if t.is_word and w == "hundred" and seen and last != "hundred":
            current = max(current, 1) * 100
            last = "hundred"
            j += 1
            continue
        if t.is_word and w in _SCALES_IN_WORDS and seen:
            scale = _SCALES_IN_WORDS[w]
            if w == "lakh" and j + 1 < n and toks[j + 1].lower == "crore":
                scale, j = 1e12, j + 1  # "three lakh crore"
            total += max(current, 1) * scale
            current = 0
            last = "scale"
            j += 1
            continue
        if (
            t.is_word
            and w == "and"
            and seen
            and last in ("hundred", "scale")
            and j + 1 < n
            and toks[j + 1].lower in L.NUMBER_WORDS
        ):
            j += 1
            continue
        if t.is_word and w == "point" and seen and last != "scale" and j + 1 < n:
            # "five point five", "two hundred point zero three", "point seventy-one"
            digits = ""
            k = j + 1
            while k < n and toks[k].lower in _DIGIT_WORDS:
                digits += _DIGIT_WORDS[toks[k].lower]
                k += 1
            if not digits and toks[k].lower in L.NUMBER_WORDS:
                got = _words_at(toks, k)
                if got is not None and got[0] < 100:
                    digits, k = str(int(got[0])), got[1]
            if digits:
                current += float("0." + digits)
                j = k
            break
        break
    if not seen:
        return None
    return (total + current, j)


def _scale_at(toks: list[Token], j: int, money: bool) -> tuple[float, int] | None:
    """A scale after a figure: "billion", "bn" (glued or not), "m" (glued), "lakh crore",
    or hyphenated as an adjective ("a $7-billion deal", "a Rs 10,250-crore buyback")."""
    if j + 1 < len(toks) and is_dash(toks[j]) and toks[j].glued and toks[j + 1].glued and toks[j + 1].lower in L.SCALE_WORDS:
        got = _scale_at(toks, j + 1, money)
        return got
    if j >= len(toks) or not toks[j].is_word:
        return None
    t = toks[j]
    w = t.lower
    if w in L.SCALE_WORDS and w not in ("hundreds", "thousands", "millions", "billions"):
        scale = L.SCALE_WORDS[w]
        k = j + 1
        # "2 lakh crore" = 2e12
        if k < len(toks) and toks[k].lower in ("crore", "crores") and w in ("lakh", "lakhs", "lac"):
            return (scale * 1e7, k + 1)
        return (scale, k)
    if t.text in L.SCALE_SUFFIXES:
        single = len(t.text) == 1
        if single and not t.glued:
            return None
        if j + 1 < len(toks) and toks[j + 1].glued and toks[j + 1].text in ("2", "3", "\u00b2", "\u00b3"):
            return None  # "32m2", "5m³": square and cubic metres, not millions
        if t.text in ("m", "M", "b", "B", "k", "K") and not money:
            # Without a currency, "7m" is millions ("38.2m passengers") unless the
            # story measures lengths ("the 100m sprint", "a 7m wall"), and "3b"
            # is a label unless a counted noun follows.
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if t.text in ("k", "K") and not (nxt and nxt.is_word and nxt.lower not in L.NOT_NOUNS):
                return (1e3, j + 1)
            if t.text == "m" and _length_context(toks):
                return None
            if t.text in ("b", "B") and not (nxt and nxt.is_word and nxt.lower.endswith("s") and nxt.lower not in L.NOT_NOUNS):
                return None
        return (L.SCALE_SUFFIXES[t.text], j + 1)
    if w in ("mln", "bln", "mn", "bn", "tn", "trn", "cr") and not t.glued:
        return (L.SCALE_SUFFIXES[w], j + 1)
    return None


_LENGTH_WORDS = frozenset("""
tall high long wide deep depth height length width distance metre metres meter meters sprint
hurdles race relay jump throw javelin discus hammer freestyle butterfly backstroke breaststroke
medley swim swimming run wall tower building bridge dam wave waves flood water surge tunnel
road runway pitch track altitude elevation below above underground radius diameter
""".split())


def _length_context(toks: list[Token]) -> bool:
    """Whether the sentence measures lengths, so a bare "m" is metres."""
    return any(t.lower in _LENGTH_WORDS for t in toks)


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


_CURRENCY_WORD_PHRASES = _phrase_index(L.CURRENCY_WORDS)
_MEASURE_PHRASES = _phrase_index(L.MEASURE_UNITS)
_POINT_PHRASES = _phrase_index(L.POINT_UNITS)
_POINTS_AFTER = _phrase_index(("points", "point", "pts"))
_POINTS_AFTER_PERCENTAGE = _phrase_index(("points", "point"))


_MIXED_CASE_PREFIXES = frozenset({"ksh", "dhs", "rs.", "tsh", "ush"})


def _naira(toks: list[Token], i: int) -> bool:
    """ "N100m", "N500 million" are naira in a Nigerian story ("N95 masks" is not)."""
    return _letter_money(toks, i, ("naira", "nigeria", "nigerian", "lagos", "abuja", "kaduna", "kano"))


def _rand(toks: list[Token], i: int) -> bool:
    """ "R412 billion", "R1,540", "pay R230 more" are rand ("the R40 road" is not)."""
    if _letter_money(toks, i, _SOUTH_AFRICA):
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    plain = nxt is None or not nxt.is_word or nxt.lower in ("more", "less", "a", "an", "per", "each", "for", "to", "in", "from", "on", "at", "and", "or")
    return plain and _money_context(toks, i)  # "pay R230 more a month"; not "the R40 road"


_SOUTH_AFRICA = (
    "rand", "south", "african", "johannesburg", "pretoria", "durban", "cape", "eskom", "nersa",
    "gauteng", "soweto", "sars", "ramaphosa", "jse",
)


def _letter_currency(toks: list[Token], i: int) -> str | None:
    """The ISO code of a one-letter currency right before the digits at i, if it is one."""
    if i == 0:
        return None
    found = _LETTER_CURRENCIES.get(toks[i - 1].text)
    return found[0] if found and found[1](toks, i) else None


def _letter_money(toks: list[Token], i: int, country_words: tuple[str, ...]) -> bool:
    """A one-letter currency glued to the digits (N for naira, R for rand): money when
    scaled, written with thousands separators, or in a story about the country."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    scaled = nxt is not None and (
        (nxt.glued and nxt.text in ("m", "bn", "b", "k", "tr", "million", "billion"))
        or nxt.lower in ("million", "billion", "trillion", "mn", "bn")
    )
    return scaled or "," in toks[i].text or any(t.lower in country_words for t in toks)


_LETTER_CURRENCIES = {"N": ("NGN", _naira), "R": ("ZAR", _rand)}


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


def _currency_prefix(toks: list[Token], i: int) -> tuple[str, int] | None:
    """A currency written before the figure ending right before token i.

    Returns (ISO code, index of the first prefix token).
    """
    if i == 0:
        return None
    p = toks[i - 1]
    # "$", "£", "₹" (glued or spaced: "$ 75 million")
    if p.type == "sym" and p.text in L.CURRENCY_PREFIXES:
        start = i - 1
        code = L.CURRENCY_PREFIXES[p.text]
        if p.text == "$" and i >= 2:
            q = toks[i - 2]
            combo = (q.lower + "$")
            if q.is_word and combo in L.CURRENCY_PREFIXES and (p.glued or q.lower == "us"):
                return (L.CURRENCY_PREFIXES[combo], i - 2)
        return (code, start)
    # "$US55m", "$A82.6m", "$NZ 3bn": the Australian and New Zealand house style.
    if p.is_word and p.text.isupper() and i >= 2 and toks[i - 2].text == "$" and p.glued:
        combo = p.lower + "$"
        if combo in L.CURRENCY_PREFIXES and toks[i].start - p.end <= 1:
            return (L.CURRENCY_PREFIXES[combo], i - 2)
        if p.text == "A" and toks[i].start - p.end <= 1:
            return ("AUD", i - 2)
    # "Rs." / "Rs" / "PKR" / "USD" before digits
    k = i - 1
    if p.type == "punct" and p.text == "." and i >= 2 and toks[i - 2].is_word and p.glued:
        k = i - 2
        word = toks[k].lower + "."
    else:
        word = p.lower
    t = toks[k]
    code = _letter_currency(toks, i) if toks[i].glued and k == i - 1 else None
    if code:
        return (code, k)  # "N100m", "N20,000" (naira); "R412bn", "R1,540" (rand)
    if not t.is_word or word not in L.CURRENCY_PREFIXES:
        return None
    # Keep the gap between prefix and figure to at most one space.
    if toks[i].start - toks[k].end > 2:
        return None
    if word in L.AMBIGUOUS_PREFIXES or len(word.rstrip(".")) <= 2 or word in _MIXED_CASE_PREFIXES:
        # "Rs", "Tk", "RM", "Rp", "KSh": a capital letter, and the digits right after.
        if not t.text[:1].isupper():
            return None
    elif not t.text.isupper():
        # Codes ("USD", "PKR") are written in capitals.
        return None
    return (L.CURRENCY_PREFIXES[word], k)


_NOT_VERBISH = frozenset("""seed seeds bed beds shed sheds ring rings building buildings wedding
weddings meeting meetings hearing hearings being beings offering offerings earnings holdings savings
proceedings sibling siblings""".split())
_ALWAYS_PLURAL = frozenset({"people", "police", "personnel", "staff", "troops", "cattle", "fish", "sheep", "deer", "aircraft", "species"})
_QUANTITY_ADJECTIVES = frozenset({"other", "more", "additional", "further", "extra", "new", "remaining"})
_PEOPLE_ADJECTIVES = frozenset({"dead", "injured", "wounded", "missing", "hurt", "displaced", "homeless", "unemployed", "killed"})


def _looks_plural(word: str) -> bool:
    return L.singular(word) != word or word in _ALWAYS_PLURAL


def _verbish(word: str) -> bool:
    return word.endswith(("ed", "ing")) and word not in _NOT_VERBISH


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
    if w in L.MONTHS or w in L.SCALE_WORDS or w in L.NUMBER_WORDS or w in L.NOT_NOUNS and w not in _QUANTITY_ADJECTIVES:
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
        if not tok.is_word:
            break
        seen += tok.text.islower()  # names in between ("Kaduna-Abuja") do not count
        word = tok.lower
        if tok.text.islower():
            if word in L.NOT_NOUNS and word not in _QUANTITY_ADJECTIVES:
                break
            if _looks_plural(word) and not _verbish(word):
                return (L.singular(word), k + 1)
        elif not tok.text[:1].isupper() or word in L.MONTHS or word in L.WEEKDAYS:
            break
        k += 1
    if not t.text.islower():
        return None
    if w in _PEOPLE_ADJECTIVES:
        return (w, j + 1)  # "27 dead", "40 injured": adjectives counting people
    if _verbish(w):
        return None
    # A singular noun only after "one" / "1": "one solution", "one man"
    # ("zones 7 to 10 apply": "apply" is no noun).
    before = toks[j - 1] if j > 0 else None
    if before is not None and (before.lower in ("one", "a", "an") or (before.is_num and before.text == "1")):
        return (w, j + 1)
    return None


# --------------------------------------------------------------------------
# Matchers


def _match_numeric(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Money, percent, points, measures, durations, counts and years from a figure at i."""
    t = toks[i]
    got = _num_at(toks, i)
    words = False
    if got is None:
        got = _words_at(toks, i)
        words = True
        if got is None:
            return
    value, j = got
    n = len(toks)
    start = i
    # Identifiers glued to letters: "MH370", "F-16", "COVID-19", "v2", "G20", "5G".
    if not words:
        prev = toks[i - 1] if i > 0 else None
        if (
            prev is not None and t.glued and prev.is_word and prev.lower not in L.CURRENCY_PREFIXES
            and not _letter_currency(toks, i)
            and not (i >= 2 and toks[i - 2].text == "$" and prev.glued and prev.text.isupper())
        ):
            if prev.lower != "fy":
                return
            # "FY26", "FY2026": the fiscal year that ends in 2026.
            if t.is_int and len(t.text) in (2, 4) and not (j < n and is_dash(toks[j]) and toks[j].glued):
                end_year = value + 2000 if len(t.text) == 2 else value
                if 1900 < end_year <= 2100:
                    cands.append(_Cand(i - 1, j, "range", low=end_year - 1, high=end_year, unit="year", priority=2))
                return
        if prev is not None and t.glued and is_dash(prev) and prev.glued and i >= 2:
            # "COVID-19", "F-16": a code; "2013-18", "FY2024-25" are read from their first half.
            before = toks[i - 2]
            if before.is_num:
                return
            if before.is_word and before.lower not in ("mid", "early", "late", "pre", "post", "magnitude", "minus", "negative"):
                return
            if before.is_num and i >= 3 and before.glued and toks[i - 3].is_word and toks[i - 3].lower != "fy":
                return
        # Rankings: "world No 41", "the No. 1 seed", "ranked No 15".
        rank_word = toks[i - 1] if prev is not None and prev.text != "." else (toks[i - 2] if i >= 2 else None)
        if rank_word is not None and rank_word.text in ("No", "no", "Number", "number") and t.is_int and value is not None and value < 1000:
            k0 = i - 1 if prev.text != "." else i - 2
            around = {toks[k0 - 1].lower if k0 > 0 else "", toks[j].lower if j < n else ""}
            strong = around & {"world", "ranked", "seed", "seeded", "ranking", "rank"}
            address = j < n and toks[j].is_word and toks[j].capitalised  # "moved to No 10 Downing Street"
            if strong or (around & {"new", "former", "to", "from"} and not address):
                cands.append(_Cand(k0, j, "ordinal", value=value, unit="rank", priority=2))
                return
        if prev is not None and i >= 1 and prev.is_word and prev.lower in L.LABEL_NOUNS and not t.glued:
            if prev.lower != "a" and (prev.capitalised or prev.lower in ("no", "no.", "number") or prev.lower in _LOWER_LABELS or _camel(prev.text)):
                return  # "Section 427", "the category 4 hurricane", "iPhone 11"
        # Names with a number in them: "S&P 500", "FTSE 100", "Fortune 500", "the Big 12", "737 Max".
        if prev is not None and prev.is_word and not t.glued and t.is_int and (
            (prev.lower in _INDEX_NAMES and prev.capitalised)
            or (len(prev.text) == 1 and prev.text.isupper() and i >= 2 and toks[i - 2].text == "&")
        ):
            return
        if t.is_int and j < n and toks[j].text in _MODEL_WORDS and not (j + 1 < n and toks[j + 1].lower in ("of", "than")):
            return
        if t.is_int and _street_after(toks, j):
            return  # "49 Zorro Ranch Road", "10 Downing Street": an address
        if prev is not None and prev.text == "#" and t.glued:
            return
        # "No. 10", "Art. 370": an abbreviated label before the figure.
        if prev is not None and prev.text == "." and i >= 2 and toks[i - 2].lower in ("no", "nos", "art", "sec", "vol", "ch", "fig", "para", "pt") and toks[i - 2].capitalised:
            return
        # A time of day: "3:30", "10.30am" is left alone.
        if j < n and toks[j].text == ":" and toks[j].glued and j + 1 < n and toks[j + 1].is_num and toks[j + 1].glued:
            return
        if i >= 2 and prev is not None and prev.text == ":" and prev.glued and t.glued and toks[i - 2].is_num:
            return
        # "19.5.2025" or "192.168.1.2": dotted codes are not figures.
        if j < n and toks[j].text == "." and toks[j].glued and j + 1 < n and toks[j + 1].is_num and toks[j + 1].glued:
            return
        if j < n and toks[j].is_word and toks[j].glued and toks[j].lower in ("am", "pm"):
            return
        if j + 1 < n and toks[j].is_word and toks[j].lower in ("a", "p") and toks[j + 1].text == ".":
            if j + 2 < n and toks[j + 2].lower == "m":
                return
    else:
        # A lone "one" is often not a count: "no one", "one another", "the one".
        if value == 1 and j == i + 1 and t.lower == "one":
            prev = toks[i - 1].lower if i > 0 else ""
            nxt = toks[j].lower if j < n else ""
            if prev in ("no", "the", "this", "that", "every", "any", "each", "which", "someone", "anyone") or nxt in ("another", "by", "or", "way"):
                return
        # "one-sided", "two-way", "one-off" are adjectives, not counts.
        if j < n and is_dash(toks[j]) and toks[j].glued and j + 1 < n and toks[j + 1].glued and _and_a_fraction(toks, j) is None:
            if toks[j + 1].lower in _NOT_COMPOUND_NOUNS:
                return

    sign_at = _negative_sign(toks, i)
    if sign_at is not None:
        value, start = -value, sign_at
    cur = _currency_prefix(toks, start) if not words else None
    money_code = cur[0] if cur else None
    if cur:
        start = cur[1]

    # "a 15-year-old", "48-hour", "five-year": hyphenated adjectives with a unit.
    if j + 1 < n and is_dash(toks[j]) and toks[j].glued and toks[j + 1].glued and toks[j + 1].is_word:
        unit_word = toks[j + 1].lower
        if unit_word in L.TIME_UNITS:
            k = j + 2
            if k + 1 < n and is_dash(toks[k]) and toks[k + 1].lower == "old" and toks[k].glued:
                cands.append(_Cand(start, k + 2, "age", value=value, unit="year"))
                return
            cands.append(_Cand(start, j + 2, "duration", value=value, unit=L.TIME_UNITS[unit_word]))
            return
        if unit_word == "fold":
            cands.append(_Cand(start, j + 2, "multiplier", value=value, change="up", fixed_change=True))
            return
        if unit_word in L.MEASURE_UNITS and unit_word not in L.GLUED_ONLY_UNITS:
            cands.append(_Cand(start, j + 2, "measure", value=value, unit=L.MEASURE_UNITS[unit_word]))
            return
        if unit_word in ("point", "points") and not cur:
            cands.append(_Cand(start, j + 2, "points", value=value, unit="point"))
            return
        if unit_word == "strong":
            # "a 162-strong fleet": a count of the group's members, named or not.
            noun = _counted_noun(toks, j + 2)
            cands.append(_Cand(start, j + 2, "count", value=value, unit=None))
            return
        # "a three-vehicle convoy", "the 150-seat parliament": a count of the noun.
        if (
            unit_word not in _NOT_COMPOUND_NOUNS
            and unit_word not in L.NUMBER_WORDS
            and toks[j + 1].text.islower()
            and not cur
            and not (j + 2 < n and is_dash(toks[j + 2]) and toks[j + 2].glued)
        ):
            cands.append(_Cand(start, j + 2, "count", value=value, unit=L.singular(unit_word)))
            return
    if j < n and toks[j].is_word and toks[j].lower == "fold" and toks[j].glued:
        cands.append(_Cand(start, j + 1, "multiplier", value=value, change="up", fixed_change=True))
        return

    # Fiscal years: "2025/26", "2024/2025".
    if not words and t.is_int and len(t.text) == 4 and 1900 <= value <= 2100 and j + 1 < n and toks[j].text == "/" and toks[j].glued and toks[j + 1].glued and toks[j + 1].is_int:
        second = toks[j + 1].text
        end_year = int(second) + (value // 100) * 100 if len(second) == 2 else int(second)
        if end_year == value + 1:
            cands.append(_Cand(start, j + 2, "range", low=value, high=float(end_year), unit="year", priority=2))
            return

    # Ranges: "5-7", "5 to 7", "10–15%", "$5-7 billion", "between 10 and 15".
    low = high = None
    k = j
    if k + 1 < n and (is_dash(toks[k]) or toks[k].lower in ("to", "and", "or")) and (not words or toks[k].lower in ("to", "or")):
        joiner = toks[k]
        m = k + 1
        if m < n and toks[m].type == "sym" and toks[m].text in L.CURRENCY_PREFIXES:
            m += 1
        got2 = _num_at(toks, m) or (_words_at(toks, m) if m < n and toks[m].lower in L.NUMBER_WORDS else None)
        prev_word = toks[start - 1].lower if start > 0 else ""
        takes = False
        if got2 is not None:
            v2, e2 = got2
            if is_dash(joiner) and joiner.glued and toks[m].glued:
                takes = True
            elif joiner.lower == "and" and prev_word == "between":
                takes = True
            elif joiner.lower == "to" and prev_word in ("between",):
                takes = True
            elif is_dash(joiner) and not joiner.glued and prev_word == "between":
                takes = True
            elif joiner.lower == "to" and _to_joins(toks, start) and v2 > value and e2 < n and _unit_word(toks, e2):
                takes = True  # "3 to 4 L", "50 to 80%", "aged 25 to 30 years", "seven to 10 years"
            elif joiner.lower == "or" and float(value).is_integer() and 0 < v2 - value <= max(2, value / 2) and e2 < n and _unit_word(toks, e2):
                takes = True  # "three or four years", "10 or 12 people"
            elif joiner.text == "\u2013" and not joiner.glued and v2 > value and e2 < n and _unit_word(toks, e2):
                takes = True  # "25 \u2013 40min"
            if takes and v2 < value and not (is_dash(joiner) and v2 < 100 and value >= 1000):
                # "3-1" is a score, handled below; "2013-18" a period of years.
                takes = is_dash(joiner)
            if takes:
                low, high = value, v2
                k = e2
    if low is not None and is_dash(toks[j]) and toks[j].glued and high is not None:
        # A score ("won 3-1") reads as two sides, not a range.
        limit = 200 if _sport_context(toks) else 20  # "31-24" in rugby, "102-99" in basketball
        if float(low).is_integer() and float(high).is_integer() and low <= limit and high <= limit and not money_code and not (low >= 1000):
            after = toks[k] if k < n else None
            if not (after and (after.type == "sym" or after.lower in L.PERCENT_WORDS or after.lower in L.SCALE_WORDS or after.lower in L.TIME_UNITS or after.lower in L.MEASURE_UNITS or after.lower in L.POINT_UNITS or (after.is_word and after.text.islower() and L.singular(after.lower) != after.lower and after.lower not in L.NOT_NOUNS))):
                if (high <= low and high <= 20) or _sport_context(toks):
                    cands.append(_Cand(start, k, "score", low=low, high=high, fixed_change=True))
                    return
        # Period of years written "2013-18" or "2013-2018".
        if 1000 <= low <= 2100 and float(low).is_integer() and not money_code:
            hi = high
            if hi < 100:
                hi = (low // 100) * 100 + hi
                if hi < low:
                    hi += 100
            if low < hi <= 2100 and (k >= n or not _unit_follows(toks, k)):
                cands.append(_Cand(start, k, "range", low=low, high=hi, unit="year", priority=2))
                return
    j = k if low is not None else j

    # "seven-and-a-half years", "two and a half million", "3 million and a half"
    part = _and_a_fraction(toks, j)
    if part is not None and low is None:
        last = toks[j - 1].lower
        unit_of_last = L.SCALE_WORDS.get(last, 1) if last in ("thousand", "million", "billion", "trillion", "lakh", "crore") else 1
        value, j = value + part[0] * unit_of_last, part[1]
        if words and unit_of_last == 1 and j < n and toks[j].lower in _SCALES_IN_WORDS:
            value, j = value * _SCALES_IN_WORDS[toks[j].lower], j + 1  # "five and a half million"

    # Scale: "billion", "bn", "m", "lakh crore".
    scale = 1.0
    sc = _scale_at(toks, j, money=money_code is not None)
    if sc is not None and not words:
        scale, j = sc
    elif sc is not None and words and toks[j].lower in ("lakh", "crore", "lakhs", "crores"):
        scale, j = sc
    # "Rs1Million" capitalised glued
    if sc is None and j < n and toks[j].is_word and toks[j].glued and toks[j].lower in L.SCALE_WORDS and not words:
        scale, j = L.SCALE_WORDS[toks[j].lower], j + 1

    def scaled(v: float | None) -> float | None:
        return None if v is None else _clean(v * scale)

    value = scaled(value)
    low, high = scaled(low), scaled(high)
    if scale != 1 and low is None and value is not None:
        part = _and_a_fraction(toks, j)  # "3 million and a half"
        if part is not None:
            value, j = _clean(value + part[0] * scale), part[1]

    # Ranges written with the scale on both ends: "between $5bn and $7bn", "$5bn-$7bn".
    if low is None and j + 1 < n and not words:
        joiner = toks[j]
        prev_word = toks[start - 1].lower if start > 0 else ""
        ok = is_dash(joiner) or (joiner.lower == "to" and _to_joins(toks, start)) or (joiner.lower == "and" and prev_word == "between")
        if ok and (scale != 1 or (joiner.lower == "to" and _ranging(toks, start))):
            m = j + 1
            while m < n and (toks[m].type == "sym" and toks[m].text in L.CURRENCY_PREFIXES or (toks[m].is_word and toks[m].lower in L.CURRENCY_PREFIXES and toks[m].text[:1].isupper())):
                m += 1
            got2 = _num_at(toks, m)
            if got2 is not None:
                v2, e2 = got2
                sc2 = _scale_at(toks, e2, money=money_code is not None)
                scale2, e3 = sc2 if sc2 is not None else (scale, e2)
                hi = _clean(v2 * scale2)
                if value is not None and hi > value:
                    low, high, j = value, hi, e3
    if low is not None and start > 0 and toks[start - 1].lower == "between":
        start -= 1

    # Percent: "%", "pc", "per cent", "percent"; then percentage points.
    if j < n:
        pts = _phrase_at(toks, j, _POINT_PHRASES)
        if pts is not None and not money_code:
            unit_name = L.POINT_UNITS[pts[0]]
            if pts[0] in ("points", "point", "pts") and j > 0 and not _index_points_ok(toks, j):
                pts = None
            if pts is not None:
                cands.append(_Cand(start, pts[1], "points", value=value, low=low, high=high, unit=unit_name))
                return
        pe = _percent_at(toks, j)
        if pe is not None and not money_code:
            end = pe
            pp = _phrase_at(toks, end, _POINTS_AFTER)
            if toks[j].lower == "percentage":
                pp = _phrase_at(toks, end, _POINTS_AFTER_PERCENTAGE)
                if pp is None:
                    pe = None
            if pe is not None:
                if pp is not None:
                    cands.append(_Cand(start, pp[1], "points", value=value, low=low, high=high, unit="percentage point"))
                    return
                if low is None:
                    # "5% to 7%", "2.5%-3.5%", "between 5% and 7%": the unit on both ends.
                    rng = _second_end(toks, end, start)
                    if rng is not None and rng[0] > (value or 0):
                        end2 = _percent_at(toks, rng[1]) if rng[1] < n else None
                        if end2 is not None:
                            low, high, end = value, rng[0], end2
                            if start > 0 and toks[start - 1].lower == "between":
                                start -= 1
                cands.append(_Cand(start, end, "percent", value=value, low=low, high=high, unit="percent"))
                return

    # Currency words after the figure: "7 billion dollars", "500 rupees", "19 cents".
    if j < n:
        cw = _phrase_at(toks, j, _CURRENCY_WORD_PHRASES)
        if cw is not None and cw[0] in ("pound", "pounds") and not (scale != 1 or money_code or "£" in {t.text for t in toks} or _money_context(toks, i)):
            cw = None  # "a 20-pound bag of rice", "200 pounds of cocaine": weight
        if cw is not None and not (cw[0] in ("won", "rand", "dong") and not _money_context(toks, i)):
            code = L.CURRENCY_WORDS[cw[0]]
            if money_code in L.RUPEE_CODES and code in L.RUPEE_CODES:
                money_code = code  # "Rs 500 Pakistani rupees": the word is more precise
            end = cw[1]
            # "75 USD million", "3 dollars 50 cents"
            if end < n and toks[end].lower in ("million", "billion", "trillion", "thousand", "mn", "bn") and scale == 1:
                factor = L.SCALE_WORDS.get(toks[end].lower) or L.SCALE_SUFFIXES[toks[end].lower]
                value, low, high, end = _scaled(value, factor), _scaled(low, factor), _scaled(high, factor), end + 1
            value, end = _and_cents(toks, end, value)
            _emit_money(toks, cands, start, end, value, low, high, money_code or code)
            return
        sub = toks[j].lower
        if sub in L.CURRENCY_SUBUNITS and not money_code and (sub != "p" or toks[j].glued):
            code, factor = L.CURRENCY_SUBUNITS[sub]
            _emit_money(toks, cands, start, j + 1, _scaled(value, factor), _scaled(low, factor), _scaled(high, factor), code)
            return
        # A currency sign after the figure: "10 €", "100元", "-15€".
        if not money_code and (toks[j].type == "sym" and toks[j].text in L.CURRENCY_PREFIXES or toks[j].text in ("元", "円", "₡")):
            if not (j + 1 < n and toks[j + 1].is_num and toks[j + 1].glued):
                code = {"元": "CNY", "円": "JPY", "₡": "CRC"}.get(toks[j].text) or L.CURRENCY_PREFIXES[toks[j].text]
                _emit_money(toks, cands, start, j + 1, value, low, high, code)
                return
    if money_code:
        _emit_money(toks, cands, start, j, value, low, high, money_code, priority=1)
        return

    # Multipliers: "three times", "10 times".
    if j < n and toks[j].lower == "times" and not words or (words and j < n and toks[j].lower == "times"):
        nxt = toks[j + 1].lower if j + 1 < n else ""
        if nxt in ("as", "more", "the", "higher", "larger", "bigger", "greater", "less", "fewer", "smaller", "faster", "slower", "over", "that", "what"):
            cands.append(_Cand(start, j + 1, "multiplier", value=value))
            return

    # Durations and ages: "three months", "15 years", "15 years old".
    if j < n and toks[j].is_word and toks[j].lower in L.TIME_UNITS and toks[j].lower not in ("second",) or (
        j < n and toks[j].lower == "second" and value == 1
    ):
        unit = L.TIME_UNITS[toks[j].lower]
        if j + 1 < n and toks[j + 1].lower == "old":
            cands.append(_Cand(start, j + 2, "age", value=value, low=low, high=high, unit="year"))
            return
        if toks[j].lower == "quarter" or toks[j].lower == "quarters":
            if not (j + 1 < n and toks[j + 1].lower in ("of",)):
                cands.append(_Cand(start, j + 1, "duration", value=value, low=low, high=high, unit=unit))
                return
        else:
            end, total = j + 1, value
            # "seven years and six months", "2hr 41min": one duration in the larger unit.
            link = end + 1 if end < n and toks[end].lower == "and" else end
            if value is not None and low is None and link + 1 < n:
                got2 = _num_at(toks, link) or _words_at(toks, link)
                if got2 is not None and got2[1] < n and toks[got2[1]].lower in L.TIME_UNITS:
                    unit2 = L.TIME_UNITS[toks[got2[1]].lower]
                    if _DAYS_IN.get(unit2, 0) < _DAYS_IN.get(unit, 0):
                        total = _clean(value + got2[0] * _DAYS_IN[unit2] / _DAYS_IN[unit])
                        end = got2[1] + 1
            cands.append(_Cand(start, end, "duration", value=total, low=low, high=high, unit=unit))
            return

    # Measures: "40 km", "3 tonnes", "5kg", "87 mph", "45°C", "-10C", "8 MB", "2 1/2 in thick".
    if j < n:
        unit_at = _measure_at(toks, j, words)
        if unit_at is not None:
            unit, end = unit_at
            # "200 kilometres per hour"; "44 mg to 50 mg", "-18 °C to -34 °C"
            if end + 1 < n and toks[end].lower == "per" and toks[end + 1].lower in L.TIME_UNITS:
                unit, end = f"{unit} per {L.TIME_UNITS[toks[end + 1].lower]}", end + 2
            if low is None:
                rng = _second_end(toks, end, start)
                second = _measure_at(toks, rng[1], False) if rng is not None else None
                if rng is not None and second is not None and second[0] == unit_at[0]:
                    low, high, end = min(value, rng[0]), max(value, rng[0]), second[1]
                    if start > 0 and toks[start - 1].lower == "between":
                        start -= 1
            cands.append(_Cand(start, end, "measure", value=value, low=low, high=high, unit=unit))
            return

    # Ordinals written in digits: "21st", "3rd", "the 23rd minute", "a 41st-minute goal".
    if not words and j < n and toks[j].glued and toks[j].lower in ("st", "nd", "rd", "th") and low is None:
        end, unit = _ordinal_unit(toks, j + 1)
        if unit is None and _ranking(toks, start, end):
            unit = "rank"
        cands.append(_Cand(start, end, "ordinal", value=value, unit=unit))
        return
    # Decades: "the 1990s", "1980s".
    if not words and j < n and toks[j].glued and toks[j].lower == "s" and value is not None and 1000 <= value <= 2100 and value % 10 == 0:
        cands.append(_Cand(start, j + 1, "range", low=value, high=value + 9, unit="year"))
        return

    # Years: a bare four-digit whole number in a plausible span.
    if (
        not words
        and low is None
        and scale == 1
        and t.is_int
        and "," not in t.text
        and len(t.text) == 4
        and 1000 <= value <= 2100
    ):
        noun = _counted_noun(toks, j)
        prev = toks[i - 1].lower if i > 0 else ""
        year_prev = prev in ("in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "through", "to", "and", "early", "late", "mid", "circa", "year", "fiscal", "fy", "season", "summer", "winter", "spring", "autumn", "fall", "the", "a", "'s", "between", "around")
        if noun is None or year_prev or value >= 1900 and not noun[0].endswith(("person", "worker", "soldier", "troop")):
            cands.append(_Cand(start, j, "year", value=value, date=DateParts(year=int(value)), priority=1))
            return

    # Earthquakes: "magnitude 7.0", "a magnitude-6.9 quake", "a 7.0-magnitude earthquake".
    mag_before = i > 1 and is_dash(toks[i - 1]) and toks[i - 2].lower == "magnitude"
    if mag_before or (i > 0 and toks[i - 1].lower == "magnitude") or (j + 1 < n and is_dash(toks[j]) and toks[j + 1].lower == "magnitude"):
        end = j + 2 if j + 1 < n and toks[j + 1].lower == "magnitude" else j
        first = i - 2 if mag_before else (i - 1 if toks[i - 1].lower == "magnitude" else start)
        cands.append(_Cand(first, end, "measure", value=value, unit="magnitude", priority=2))
        return

    # Ages: "aged 34", "aged between 19 and 41", "Pellow, 58, admitted ...".
    if i > 0 and toks[i - 1].lower in ("aged", "age") or (
        low is not None and i > 1 and toks[i - 1].lower == "between" and toks[i - 2].lower in ("aged", "age")
    ):
        first = i - 1 if toks[i - 1].lower in ("aged", "age") else i - 2
        cands.append(_Cand(first, j, "age", value=value, low=low, high=high, unit="year", priority=1))
        return
    if _appositive_age(toks, i, j, value, words):
        cands.append(_Cand(start, j, "age", value=value, unit="year"))
        return

    # Counts and bare figures; the counted noun is part of the figure ("12 people").
    noun = _counted_noun(toks, j)
    if noun is None and j < n and toks[j].lower == "of" and value is not None and low is None:
        # "68 of the 150 seats", "one of the people": a number of a noun named after.
        of_noun = _of_noun(toks, j + 1)
        if of_noun is not None or words:
            cands.append(_Cand(start, j, "count", value=value, unit=of_noun))
            return
    if words:
        # Number words only count something when a noun follows ("two diplomats");
        # "forty-two were hurt", "the two discussed" count what came before.
        if noun is None:
            if value is not None and (value >= 2 or not float(value).is_integer()):
                cands.append(_Cand(start, j, "count" if float(value).is_integer() else "number", value=value))
            return
        cands.append(_Cand(start, noun[1], "count", value=value, low=low, high=high, unit=noun[0]))
        return
    if noun is not None:
        cands.append(_Cand(start, noun[1], "count", value=value, low=low, high=high, unit=noun[0]))
        return
    whole = value is not None and float(value).is_integer() and (low is None or float(low).is_integer())
    cands.append(_Cand(start, j, "count" if whole else "number", value=value, low=low, high=high))


_NOT_COMPOUND_NOUNS = frozenset({
    "way", "off", "sided", "time", "times", "on", "of", "to", "up", "in", "out", "and",
    "hander", "handed", "liner", "stop", "shot", "nil", "all", "thirds", "quarters",
    "fifths", "tenths", "halves", "fold", "old", "plus", "odd", "something", "year-old",
})
_PERSON_NOUNS = frozenset({
    "striker", "player", "man", "woman", "boy", "girl", "mother", "father", "captain",
    "minister", "driver", "pilot", "teacher", "officer", "guard", "victim", "suspect",
    "worker", "resident", "actor", "singer", "author", "leader", "president", "chief",
    "manager", "coach", "defender", "midfielder", "goalkeeper", "batsman", "bowler",
    "businessman", "businesswoman", "son", "daughter", "wife", "husband", "student",
    "accused", "defendant", "nurse", "doctor", "farmer", "fisherman", "owner", "founder",
    "executive", "journalist", "lawyer", "judge", "mp", "senator", "candidate", "winger",
})


def _appositive_age(toks: list[Token], i: int, j: int, value: float | None, words: bool) -> bool:
    """ "Pellow, 58, admitted", "The Colombian striker, 24, scored": an age between commas."""
    if words or value is None or not (10 <= value <= 110) or not toks[i].is_int:
        return False
    now = i >= 2 and toks[i - 1].lower == "now"  # "Shinde, now 33, was ..."
    comma = i - 2 if now else i - 1
    if comma < 1 or toks[comma].text != "," or j >= len(toks) or toks[j].text not in (",", ")"):
        return False
    before = toks[comma - 1]
    if not before.is_word:
        return False
    return before.capitalised or before.lower in _PERSON_NOUNS


_DAYS_IN = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 365.25 / 12, "quarter": 365.25 / 4, "year": 365.25, "decade": 3652.5, "century": 36525}


def _and_a_fraction(toks: list[Token], j: int) -> tuple[float, int] | None:
    """ "and a half", "-and-a-half", "and a quarter", "and three quarters", "and one
    fourth" right after a figure: (fraction, end)."""
    words: list[tuple[str, int]] = []
    k = j
    while k < len(toks) and len(words) < 3:
        if is_dash(toks[k]) and toks[k].glued:
            k += 1
            continue
        words.append((toks[k].lower, k))
        k += 1
    if len(words) < 3 or words[0][0] != "and":
        return None
    count, denom = words[1][0], words[2][0]
    top = 1 if count in ("a", "an", "one") else L.NUMBER_WORDS.get(count)
    if top is None or denom not in _DENOMINATORS or top >= _DENOMINATORS[denom]:
        return None
    return (top / _DENOMINATORS[denom], words[2][1] + 1)


_TEMPERATURE_WORDS = frozenset("""temperature temperatures degrees heat cold hot warm weather heatwave
mercury freezing frost celsius fahrenheit thermometer outside high low chill""".split())
_INCH_FOLLOWERS = frozenset({"thick", "long", "wide", "tall", "high", "deep", "across", "diameter", "screen", "display"})


def _measure_at(toks: list[Token], j: int, words: bool) -> tuple[str, int] | None:
    """A unit of measure starting at token j: (unit name, end)."""
    n = len(toks)
    if j >= n:
        return None
    t = toks[j]
    mu = _phrase_at(toks, j, _MEASURE_PHRASES)
    if mu is not None and mu[0] == "g" and t.text == "G":
        mu = None  # "5G", "4G": mobile network generations; grams are "g"
    if mu is not None:
        word = mu[0]
        spaced_capitals = t.text.isupper() and (len(t.text) > 1 or t.text == "L")  # "8 MB", "4 L" read as written
        if (word not in L.GLUED_ONLY_UNITS or t.glued or spaced_capitals or t.text in ("Wh",)) and not (word in ("runs", "wickets", "overs") and words):
            return (L.MEASURE_UNITS[word], mu[1])
    if t.type == "sym" and t.text == "°":
        end = j + 1
        if end < n and toks[end].text in ("C", "F") and toks[end].glued:
            return ("degree Celsius" if toks[end].text == "C" else "degree Fahrenheit", end + 1)
        return ("degree", end)
    # "45C", "-10C", "30 C" in a story about the weather.
    if t.text in ("C", "F") and (t.glued or _temperature_context(toks)) and _temperature_context(toks):
        return ("degree Celsius" if t.text == "C" else "degree Fahrenheit", j + 1)
    # "2 1/2 in thick", "a 65 in screen", "is 2 in."
    if t.lower == "in" and not t.glued and (j + 1 >= n or toks[j + 1].lower in _INCH_FOLLOWERS or (toks[j + 1].text == "." and j + 2 >= n)):
        return ("inch", j + 1)
    return None


def _temperature_context(toks: list[Token]) -> bool:
    return any(t.lower in _TEMPERATURE_WORDS for t in toks)


def _scaled(v: float | None, factor: float) -> float | None:
    return None if v is None else _clean(v * factor)


def _and_cents(toks: list[Token], k: int, value: float | None) -> tuple[float | None, int]:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount."""
    n = len(toks)
    m = k + 1 if k < n and toks[k].lower == "and" else k
    got = _num_at(toks, m) or _words_at(toks, m) if m < n else None
    if value is not None and got is not None and got[1] < n and toks[got[1]].lower in ("cents", "cent", "pence", "paise"):
        return (_clean(value + got[0] / 100), got[1] + 1)
    return (value, k)


_NOT_PER = frozenset({"year", "month", "week", "day", "decade", "quarter"})


def _per_unit(toks: list[Token], k: int) -> tuple[str, int] | None:
    """ "per barrel", "a share", "an hour", "/hour", "per kg" after an amount: (unit, end)."""
    n = len(toks)
    if k + 1 >= n:
        return None
    t, nxt = toks[k], toks[k + 1]
    slash = t.text == "/" and t.glued and nxt.glued
    if not (slash or t.lower in ("per", "a", "an", "each")) or not nxt.is_word:
        return None
    word = nxt.lower
    if word in L.NOT_NOUNS and word not in ("each",) or not nxt.text.islower() and not slash:
        return None
    if t.lower in ("a", "an") and word in _NOT_PER and k + 2 < n and toks[k + 2].lower in ("ago", "earlier", "before", "later", "after", "on", "in", "the"):
        return None  # "$3bn a year ago" is a date, not a rate
    if word in L.MEASURE_UNITS:
        return (L.MEASURE_UNITS[word], k + 2)
    if word in L.TIME_UNITS:
        return (L.TIME_UNITS[word], k + 2)
    if t.lower in ("a", "an") and not (L.singular(word) == word):
        return None  # "a shares..." never; "a share" yes
    return (L.singular(word), k + 2)


def _emit_money(toks, cands, start, end, value, low, high, code, priority=0) -> None:
    """A money candidate, with its rate if one follows ("$58.24 per barrel" is USD per barrel)."""
    per = _per_unit(toks, end)
    unit = code
    if per is not None:
        unit, end = f"{code} per {per[0]}", per[1]
    cands.append(_Cand(start, end, "money", value=value, low=low, high=high, unit=unit, priority=priority))


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
        if w in ("the", "a", "an", "his", "her", "their", "its", "our", "those", "these", "them", "us", "you"):
            if w in ("them", "us", "you", "those", "these") and (k + 1 >= n or not toks[k + 1].is_word):
                return None
            k += 1
            continue
        if L.singular(w) != w and w not in L.NOT_NOUNS:
            return L.singular(w)
        k += 1
    return None


def _second_end(toks: list[Token], j: int, start: int) -> tuple[float, int] | None:
    """The other end of a range after its first end: "... to 7", "...-7", "between ... and 7"."""
    n = len(toks)
    if j + 1 >= n:
        return None
    joiner = toks[j]
    prev_word = toks[start - 1].lower if start > 0 else ""
    to = joiner.lower == "to" and _to_joins(toks, start)
    if not (is_dash(joiner) or to or (joiner.lower == "and" and prev_word == "between")):
        return None
    m = j + 1
    sign = -1 if m + 1 < n and toks[m].text in ("-", "−", "–") and toks[m + 1].glued and toks[m + 1].is_num else 1
    got = _num_at(toks, m + (sign < 0))
    return None if got is None else (sign * got[0], got[1])


def _to_joins(toks: list[Token], start: int) -> bool:
    """Whether "X to Y" after the figure at ``start`` is a range: not after "from"
    ("from 10% to 29%" is a change) or "by" ("rose by 5% to 12%" is an amount and a
    level), unless a range word says so ("ranging from X to Y")."""
    prev_word = toks[start - 1].lower if start > 0 else ""
    return prev_word not in ("from", "by") or _ranging(toks, start)


def _ranging(toks: list[Token], start: int) -> bool:
    """ "ranged from X to Y", "varying from X to Y": a range, not a change from X to Y."""
    return start > 1 and toks[start - 1].lower == "from" and toks[start - 2].lower in (
        "ranged", "ranging", "range", "ranges", "varied", "varying", "vary", "varies", "spanning", "anywhere",
    )


def _unit_word(toks: list[Token], k: int) -> bool:
    """Whether a unit follows at k (so "3 to 4 L" is a range of litres)."""
    t = toks[k]
    return (
        _percent_at(toks, k) is not None
        or _measure_at(toks, k, False) is not None
        or t.lower in L.CURRENCY_WORDS
        or t.lower in L.SCALE_WORDS
        or t.lower in L.TIME_UNITS
        or t.lower in ("years", "year-old", "points")
    )


def _percent_at(toks: list[Token], j: int) -> int | None:
    """End index of a percent sign or word at j ("%", "pc", "per cent", "percent")."""
    n = len(toks)
    t = toks[j]
    if t.type == "sym" and t.text == "%":
        return j + 1
    if not t.is_word:
        return None
    w = t.lower
    if w in ("percent", "pct", "percentage") or (w == "pc" and (t.glued or not (j + 1 < n and toks[j + 1].text == "."))):
        return j + 1
    if w == "per" and j + 1 < n:
        nxt = toks[j + 1]
        if nxt.lower == "cent":
            return j + 2
        if is_dash(nxt) and j + 2 < n and toks[j + 2].lower == "cent":
            return j + 3
    return None


def _index_points_ok(toks: list[Token], j: int) -> bool:
    """ "points" after a figure: a market index or a score, not "points of order"."""
    n = len(toks)
    if j + 1 < n and toks[j + 1].lower in ("of",):
        return False
    return True


def _unit_follows(toks: list[Token], k: int) -> bool:
    t = toks[k]
    return (t.type == "sym" and t.text == "%") or t.lower in L.PERCENT_WORDS or t.lower in L.SCALE_WORDS or t.lower in L.CURRENCY_WORDS


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


def _clean(v: float) -> float:
    """Round away binary noise: 7.2 * 1e9 is 7200000000, not 7200000000.000001."""
    r = round(v, 9)
    if abs(r - round(r)) < 1e-6 * max(1.0, abs(r)):
        return float(round(r))
    return float(f"{r:.12g}")


_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def _match_date(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Calendar dates: "April 9, 2025", "9 April", "January 2025", "Monday", "2025-04-09"."""
    n = len(toks)
    t = toks[i]

    def month_at(k: int) -> tuple[int, int] | None:
        if k >= n or not toks[k].is_word:
            return None
        w = toks[k].lower
        if w not in L.MONTHS:
            return None
        tok = toks[k]
        if not tok.capitalised:
            # "january 12, 2016": lower case only for names that are nothing else.
            nxt = toks[k + 1] if k + 1 < n else None
            if w in _AMBIGUOUS_MONTHS or len(w) < 5 or nxt is None or not nxt.is_num:
                return None
        end = k + 1
        if end < n and toks[end].text == "." and toks[end].glued and tok.lower in _MONTH_ABBREVIATIONS:
            end += 1
        # "May", "March" are also ordinary words: make sure a date is meant.
        if w in ("may", "march", "mar", "jun", "jan", "dec", "sun", "wed", "sat", "aug"):
            nxt = toks[end] if end < n else None
            prev = toks[k - 1].lower if k > 0 else ""
            dayish = nxt is not None and nxt.is_num and nxt.is_int and (1 <= nxt.value <= 31 or 1000 <= nxt.value <= 2100)
            prepish = prev in ("in", "on", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this", "from", "through", "to", "and", "between", "before", "after", "during")
            numbered = k > 0 and (
                toks[k - 1].is_num and 1 <= toks[k - 1].value <= 31
                or k > 1 and toks[k - 1].lower in ("st", "nd", "rd", "th") and toks[k - 2].is_num
            )
            if not (dayish or prepish or numbered):
                return None
            if w in ("may", "march") and not tok.text[0].isupper():
                return None
        return (L.MONTHS[w], end)

    def day_at(k: int) -> tuple[int, int] | None:
        if k >= n or not toks[k].is_num or not toks[k].is_int:
            return None
        v = int(toks[k].value)
        if not 1 <= v <= 31 or len(toks[k].text) > 2:
            return None
        end = k + 1
        if end < n and toks[end].glued and toks[end].lower in ("st", "nd", "rd", "th"):
            end += 1
        return (v, end)

    def year_at(k: int) -> tuple[int, int] | None:
        if k >= n or not toks[k].is_num or not toks[k].is_int or len(toks[k].text) != 4:
            return None
        v = int(toks[k].value)
        if not 1000 <= v <= 2100:
            return None
        return (v, k + 1)

    def comma(k: int) -> int:
        return k + 1 if k < n and toks[k].text == "," else k

    # Numeric dates: "21/04/2016", "2015/08/12", "21/04/16", "4/22"; dotted "13.5.2015".
    numeric = _numeric_date(toks, i)
    if numeric is not None:
        cands.append(_Cand(i, numeric[1], "date", date=numeric[0], priority=3))
        return

    # Weekday, optionally followed by a date: "Monday", "Monday, April 7".
    weekday = None
    start = i
    k = i
    if t.is_word and t.lower in L.WEEKDAYS and t.capitalised:
        if len(t.lower) <= 4 and not (k + 1 < n and (toks[k + 1].text in (",", ".") or toks[k + 1].is_num)):
            return  # "Sun", "Wed" abbreviations only when a date follows
        weekday = L.WEEKDAYS[t.lower]
        k = i + 1
        if k < n and toks[k].text == "." and toks[k].glued:
            k += 1
        k2 = comma(k)
        if k2 < n and (month_at(k2) or day_at(k2)):
            k = k2
        else:
            # "Monday's meeting": keep the possessive out of the span.
            cands.append(_Cand(start, i + 1, "date", date=DateParts(weekday=weekday), priority=3))
            return

    # Month first: "April 9", "April 9, 2025", "January 2025", "June of 2018", "August".
    mo = month_at(k)
    if mo is not None:
        month, e = mo
        d = day_at(e)
        if d is not None and not (d[1] < n and toks[d[1]].is_num is False and toks[d[1]].lower in L.PERCENT_WORDS):
            day, e2 = d
            # "April 9 2025", "April 9, 2025"
            y = year_at(comma(e2))
            if not _valid(y[0] if y else None, month, day):
                return
            if y is not None:
                cands.append(_Cand(start, y[1], "date", date=DateParts(year=y[0], month=month, day=day, weekday=weekday), priority=3))
            else:
                cands.append(_Cand(start, e2, "date", date=DateParts(month=month, day=day, weekday=weekday), priority=3))
            return
        e_of = e + 1 if e < n and toks[e].lower == "of" else e
        y = year_at(comma(e_of) if e_of == e else e_of)
        if y is not None:
            cands.append(_Cand(start, y[1], "date", date=DateParts(year=y[0], month=month, weekday=weekday), priority=3))
            return
        if weekday is None:
            prev = toks[i - 1].lower if i > 0 else ""
            if prev in ("in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "from", "through", "during", "before", "after", "between", "and", "to") or (i > 0 and is_dash(toks[i - 1]) and toks[i].glued):
                cands.append(_Cand(start, e, "date", date=DateParts(month=month), priority=2))
        return

    # Day first: "9 April", "9 April 2025", "9th of April".
    d = day_at(k)
    if d is not None:
        day, e = d
        e_of = e + 1 if e < n and toks[e].lower == "of" else e
        mo = month_at(e_of)
        if mo is not None:
            month, e2 = mo
            y = year_at(comma(e2) if comma(e2) != e2 and year_at(comma(e2)) else e2)
            if not _valid(y[0] if y else None, month, day):
                return
            if y is not None:
                cands.append(_Cand(start, y[1], "date", date=DateParts(year=y[0], month=month, day=day, weekday=weekday), priority=3))
            else:
                cands.append(_Cand(start, e2, "date", date=DateParts(month=month, day=day, weekday=weekday), priority=3))
        return

    # ISO dates: "2025-04-09"
    if t.is_num and len(t.text) == 4 and t.is_int and i + 4 < n:
        a, b, c, dd = toks[i + 1], toks[i + 2], toks[i + 3], toks[i + 4]
        if a.text == "-" and b.is_num and c.text == "-" and dd.is_num and all(x.glued for x in (a, b, c, dd)):
            try:
                date = dt.date(int(t.value), int(b.value), int(dd.value))
            except ValueError:
                return
            cands.append(_Cand(i, i + 5, "date", date=DateParts(year=date.year, month=date.month, day=date.day), priority=3))


_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "feb", "apr"})


def _valid(year: int | None, month: int, day: int | None) -> bool:
    """No 30 February, and 29 February only in a leap year (or when the year is unknown)."""
    if day is None:
        return 1 <= month <= 12
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def _numeric_date(toks: list[Token], i: int) -> tuple[DateParts, int] | None:
    """ "21/04/2016" (day first when it cannot be a month, else month first only if
    the second part cannot be one: day-month is the international default),
    "2015/08/12", "21/04/16", "4/22", "13.5.2015"."""
    n = len(toks)
    t = toks[i]
    if t.type == "code":
        parts = t.text.split(".")
        if len(parts) == 3 and len(parts[2]) == 4 and all(p.isdigit() for p in parts):
            d, m, y = int(parts[0]), int(parts[1]), int(parts[2])
            if _valid(y, m, d):
                return (DateParts(year=y, month=m, day=d), i + 1)
        return None
    if not (t.is_num and t.is_int) or i + 2 >= n:
        return None
    if not (toks[i + 1].text == "/" and toks[i + 1].glued and toks[i + 2].is_int and toks[i + 2].glued):
        return None
    first, second = int(t.value), int(toks[i + 2].value)
    end = i + 3
    third: str | None = None
    if end + 1 < n and toks[end].text == "/" and toks[end].glued and toks[end + 1].is_int and toks[end + 1].glued:
        third, end = toks[end + 1].text, end + 2
    if len(t.text) == 4:  # "2015/08/12"
        if third is None or not _valid(first, second, int(third)):
            return None
        return (DateParts(year=first, month=second, day=int(third)), end)
    year = None
    if third is not None:
        if len(third) not in (2, 4):
            return None
        year = int(third) + (2000 if len(third) == 2 else 0)
    if year is None:
        # "4/22": a month and day only when it cannot be a fraction (denominator over 16).
        if not (1 <= first <= 12 and 16 < second <= 31 and _valid(None, first, second)):
            return None
        return (DateParts(month=first, day=second), end)
    if first > 12 and _valid(year, second, first):
        return (DateParts(year=year, month=second, day=first), end)
    if second > 12 and _valid(year, first, second):
        return (DateParts(year=year, month=first, day=second), end)
    if _valid(year, second, first):
        return (DateParts(year=year, month=second, day=first), end)
    return None


_PART_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 0, "last": 0}


def _match_year_part(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Halves and quarters of a year: "the second half of 2026", "Q3 2025", "H1", "first quarter"."""
    n = len(toks)
    t = toks[i]
    part = None
    k = i
    if t.is_word and t.text[:1] in "QH" and len(t.text) == 1 and i + 1 < n and toks[i + 1].glued and toks[i + 1].is_int:
        number = int(toks[i + 1].value)
        if (t.text == "Q" and 1 <= number <= 4) or (t.text == "H" and number in (1, 2)):
            part, k = f"{t.text}{number}", i + 2
    elif t.is_num and i + 1 < n and toks[i + 1].glued and toks[i + 1].lower in ("st", "nd", "rd", "th"):
        word, k = t.text + toks[i + 1].lower, i + 2
        if word in _PART_ORDINALS and k < n and toks[k].lower in ("half", "quarter"):
            part, k = ("H" if toks[k].lower == "half" else "Q") + str(_PART_ORDINALS[word]), k + 1
    elif t.is_word and t.lower in _PART_ORDINALS and i + 1 < n and toks[i + 1].lower in ("half", "quarter"):
        number = _PART_ORDINALS[t.lower]
        kind = "H" if toks[i + 1].lower == "half" else "Q"
        if number == 0:
            number = 2 if kind == "H" else 4
        if (kind == "H" and number <= 2) or kind == "Q":
            part, k = f"{kind}{number}", i + 2
    if part is None:
        return
    year = None
    m = k + 1 if k < n and toks[k].lower in ("of", "in") else k
    if m < n and toks[m].is_int and len(toks[m].text) == 4 and 1900 <= toks[m].value <= 2100:
        year, k = int(toks[m].value), m + 1
    elif m + 1 < n and toks[m].lower == "fy" and toks[m + 1].glued and toks[m + 1].is_int:
        v = int(toks[m + 1].value)
        year, k = (v + 2000 if v < 100 else v), m + 2
    elif t.text[:1] not in "QH":
        # Without a year, "the first half" is a date only when it reads like one:
        # "in the first quarter", "the second half of the year", not "the first
        # half of a double act".
        after = [x.lower for x in toks[k : k + 3]]
        if after[:1] in (["of"], ["in"]) and after[1:3] not in (["the", "year"], ["this", "year"], ["next", "year"], ["last", "year"], ["the", "season"], ["the", "financial"], ["the", "fiscal"]):
            return
        if not (i > 0 and toks[i - 1].lower in ("the", "in", "by", "during")):
            return
    cands.append(_Cand(i, k, "date", date=DateParts(year=year, part=part), priority=4))


def _match_period(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Periods of years: "between 2013 and 2018", "from 2013 to 2018", "2013 through 2018"."""
    n = len(toks)
    t = toks[i]
    k = i
    lead = t.lower if t.is_word else ""
    if lead in ("between", "from"):
        k = i + 1
    first = toks[k] if k < n else None
    if first is None or not (first.is_num and first.is_int and len(first.text) == 4 and 1000 <= first.value <= 2100):
        return
    if k + 2 >= n:
        return
    joiner = toks[k + 1]
    second = toks[k + 2]
    ok_join = {
        "between": ("and", "-", "–"),
        "from": ("to", "through", "till", "until", "-", "–", "thru"),
        "": ("to", "through", "till", "until", "thru"),
    }[lead]
    if joiner.lower not in ok_join:
        return
    if not (second.is_num and second.is_int and len(second.text) == 4 and first.value < second.value <= 2100):
        return
    if k + 3 < n and _unit_follows(toks, k + 3):
        return
    if lead == "" and i > 0 and toks[i - 1].lower in ("from", "between"):
        return
    cands.append(_Cand(i, k + 3, "range", low=first.value, high=second.value, unit="year", priority=4))


def _match_ordinal_word(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    t = toks[i]
    if not t.is_word or t.lower not in L.ORDINAL_WORDS:
        return
    if t.lower in ("second",):
        # "a second" (time), "seconds": only before a noun ("second round").
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or not nxt.is_word or nxt.lower in L.NOT_NOUNS:
            return
    # Fractions: "a third of", "two-thirds" are handled by the fraction matcher.
    if i > 0 and toks[i - 1].lower in ("a", "one") and i + 1 < len(toks) and toks[i + 1].lower == "of" and t.lower in L.FRACTION_WORDS:
        return
    end, unit = _ordinal_unit(toks, i + 1)
    if unit is None and _ranking(toks, i, end):
        unit = "rank"
    cands.append(_Cand(i, end, "ordinal", value=float(L.ORDINAL_WORDS[t.lower]), unit=unit))


def _ranking(toks: list[Token], i: int, j: int) -> bool:
    """ "ranked 41st in the world", "a career-high 15th in Monday's rankings"."""
    before = {t.lower for t in toks[max(0, i - 3) : i]}
    after = {t.lower for t in toks[j : j + 5]}
    return bool(before & {"ranked", "ranking", "seeded", "rank"} or after & {"rankings", "ranking", "seed", "world"})


def _ordinal_unit(toks: list[Token], k: int) -> tuple[int, str | None]:
    """A time unit right after an ordinal joins it: "23rd minute", "41st-minute", "third day"."""
    n = len(toks)
    if k + 1 < n and is_dash(toks[k]) and toks[k].glued and toks[k + 1].glued and toks[k + 1].lower in L.TIME_UNITS:
        return (k + 2, L.TIME_UNITS[toks[k + 1].lower])
    if k < n and toks[k].lower in L.TIME_UNITS and toks[k].lower not in ("second", "seconds"):
        return (k + 1, L.TIME_UNITS[toks[k].lower])
    # "his 19th league goal", "their first official phone call": the last noun of
    # the words that follow is the ordinal's unit (it stays outside the span).
    run: list[str] = []
    m = k
    while m < n and len(run) < 3 and toks[m].is_word and toks[m].text.islower() and toks[m].lower not in L.NOT_NOUNS:
        run.append(toks[m].lower)
        m += 1
    return (k, L.singular(run[-1]) if run else None)


_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    "twelfth": 12, "twelfths": 12, "hundredth": 100, "hundredths": 100, "thousandth": 1000,
    "thousandths": 1000, "millionth": 1e6, "millionths": 1e6,
}
_AFTER_A_FRACTION = frozenset({"since", "in", "from", "over", "last", "this", "compared", "after", "and", "to", "between"})


def _match_fraction(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Fractions in words: "half", "a third of", "fell by a third", "two-thirds",
    "three quarters", "one eighth", "five-eighths", "one in five", "two out of three"."""
    n = len(toks)
    t = toks[i]
    if not t.is_word and not t.is_num:
        return
    w = t.lower
    if w == "half" and (i + 1 < n and toks[i + 1].lower in ("of", "a", "an", "the", "their", "its")):
        if i > 0 and toks[i - 1].lower in ("on", "behalf", "first", "second", "other", "in", "better"):
            return
        start = i - 1 if i > 0 and toks[i - 1].lower in ("a", "one") else i
        cands.append(_Cand(start, i + 1, "fraction", value=0.5))
        return
    # "a third of voters", "fell by a third", "cut by a quarter.", "a fifth"
    if w in ("a", "an") and i + 1 < n and toks[i + 1].lower in _DENOMINATORS and not toks[i + 1].lower.endswith("s"):
        nxt = toks[i + 2] if i + 2 < n else None
        by = i > 0 and toks[i - 1].lower in ("by", "nearly", "almost", "about", "roughly", "than", "is", "was", "just", "only")
        if (nxt is not None and nxt.lower == "of") or (by and (nxt is None or is_break(nxt) or nxt.text == "." or nxt.lower in _AFTER_A_FRACTION)) or (nxt is None and i == 0):
            cands.append(_Cand(i, i + 2, "fraction", value=1 / _DENOMINATORS[toks[i + 1].lower], priority=1))
        return
    # "two-thirds", "three quarters", "one eighth", "five-eighths", "twenty-three fifths"
    got = _words_at(toks, i) if t.is_word and w in L.NUMBER_WORDS else None
    if got is not None and 1 <= got[0] < 1000:
        k = got[1]
        if k < n and is_dash(toks[k]) and toks[k].glued:
            k += 1
        if k < n and toks[k].lower in _DENOMINATORS:
            denom = toks[k].lower
            plural = denom.endswith("s") or denom in ("half",)
            if (got[0] == 1) != plural or denom == "half":
                cands.append(_Cand(i, k + 1, "fraction", value=got[0] / _DENOMINATORS[denom], priority=2))
                return
    # "one in five adults", "2 out of 5 stars", "seven in 10 Americans"
    got = _num_at(toks, i) if t.is_num else got
    if got is not None and (not float(got[0]).is_integer() or (i > 0 and toks[i - 1].text == "/" and t.glued)):
        return  # "2/34 in four overs", "187/5 in 20 overs": the figure is not a whole count
    if got is not None and got[1] < n:
        k = got[1]
        if toks[k].lower == "in":
            k += 1
        elif toks[k].lower == "out" and k + 1 < n and toks[k + 1].lower == "of":
            k += 2
        else:
            return
        den = _num_at(toks, k) if k < n and toks[k].is_num else (_words_at(toks, k) if k < n and toks[k].lower in L.NUMBER_WORDS else None)
        if den is None or not (got[0] < den[0] <= 1000) or (den[1] < n and toks[den[1]].is_num):
            return
        if k < n and toks[k].is_num and len(toks[k].text) == 4:
            return  # "one in 2020"
        cands.append(_Cand(i, den[1], "fraction", value=got[0] / den[0], priority=2))


_MULTIPLIER_WORDS = {
    "doubled": 2.0, "double": 2.0, "doubles": 2.0, "doubling": 2.0, "twice": 2.0,
    "tripled": 3.0, "triple": 3.0, "triples": 3.0, "tripling": 3.0, "trebled": 3.0,
    "quadrupled": 4.0, "quadruple": 4.0, "halved": 0.5, "tenfold": 10.0,
    "twofold": 2.0, "threefold": 3.0, "fourfold": 4.0, "fivefold": 5.0,
    "sixfold": 6.0, "sevenfold": 7.0, "eightfold": 8.0, "ninefold": 9.0,
    "hundredfold": 100.0,
}


def _match_multiplier(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    t = toks[i]
    if not t.is_word or t.lower not in _MULTIPLIER_WORDS:
        return
    w = t.lower
    if w in ("double", "triple", "quadruple") and not (i + 1 < len(toks) and toks[i + 1].lower in ("the", "its", "their", "in", "to", "that")):
        return  # "a double murder", "triple jump"
    if w == "twice" and not (i + 1 < len(toks) and toks[i + 1].lower in ("as", "the", "that", "what", "its", "their", "his", "her")):
        return  # "twice" as in "visited twice"
    change = "down" if w == "halved" else ("up" if w.endswith(("ed", "fold", "ing", "es")) else "=")
    cands.append(_Cand(i, i + 1, "multiplier", value=_MULTIPLIER_WORDS[w], change=change, fixed_change=w not in ("twice",)))


def _meridiem(toks: list[Token], k: int) -> tuple[str, int] | None:
    """ "am", "pm", "a.m.", "p.m." at token k: ("am"|"pm", end)."""
    n = len(toks)
    if k < n and toks[k].lower in ("am", "pm"):
        return (toks[k].lower, k + 1)
    if k + 2 < n and toks[k].lower in ("a", "p") and toks[k + 1].text == "." and toks[k + 2].lower == "m":
        end = k + 3
        if end < n and toks[end].text == "." and toks[end].glued:
            end += 1
        return (toks[k].lower + "m", end)
    return None


def _match_time(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Times of day: "7am", "7 a.m.", "5.30am", "9pm", "05:30", "10:30 GMT", "noon"."""
    n = len(toks)
    t = toks[i]
    if t.is_word and t.lower in ("noon", "midnight") and i > 0 and toks[i - 1].lower in ("at", "by", "around", "before", "after", "until", "till", "from", "about", "past", "to"):
        cands.append(_Cand(i, i + 1, "time", value=12.0 if t.lower == "noon" else 0.0, unit="hour", priority=2))
        return
    if not t.is_num or (i > 0 and toks[i - 1].is_num and t.glued):
        return
    hour: float | None = None
    minute = 0.0
    end = i + 1
    if "." in t.text:
        h, _, m = t.text.partition(".")
        if len(m) == 2 and h.isdigit() and int(h) <= 23 and int(m) <= 59 and _meridiem(toks, end):
            hour, minute = float(h), float(m)
    elif t.is_int and len(t.text) == 4 and int(t.text[:2]) <= 23 and int(t.text[2:]) <= 59 and end < n and toks[end].lower in ("gmt", "utc", "hrs", "hours", "ist", "pkt", "bst", "cet", "edt", "est", "z"):
        hour, minute = float(t.text[:2]), float(t.text[2:])  # "1300 GMT"
    elif t.is_int and len(t.text) <= 2 and int(t.value) <= 24:
        hour = t.value
        if end + 1 < n and toks[end].text == ":" and toks[end].glued and toks[end + 1].is_num and toks[end + 1].glued and toks[end + 1].is_int and len(toks[end + 1].text) == 2 and int(toks[end + 1].value) <= 59:
            minute = toks[end + 1].value
            end += 2
        elif not _meridiem(toks, end) and not (end < n and toks[end].lower == "o'clock"):
            return
    if hour is None:
        return
    mer = _meridiem(toks, end)
    if mer is not None:
        if hour > 12:
            return
        if mer[0] == "pm" and hour < 12:
            hour += 12
        elif mer[0] == "am" and hour == 12:
            hour = 0
        end = mer[1]
    elif end < n and toks[end].lower == "o'clock":
        end += 1
    elif hour > 23:
        return
    for zone in (("gmt",), ("utc",), ("local", "time"), ("ist",), ("pkt",), ("edt",), ("est",), ("bst",), ("cet",), ("hrs",), ("hours",)):
        if all(end + z < n and toks[end + z].lower == w for z, w in enumerate(zone)):
            end += len(zone)
            break
    cands.append(_Cand(i, end, "time", value=_clean(hour + minute / 60), unit="hour", priority=2))


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _match_relative(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Dates relative to the story's: "yesterday", "today", "three days ago", "two weeks ago"."""
    n = len(toks)
    t = toks[i]
    if t.is_word and t.lower in _RELATIVE_DAYS:
        cands.append(_Cand(i, i + 1, "date", date=DateParts(), relative=("day", _RELATIVE_DAYS[t.lower]), priority=1))
        return
    got = _num_at(toks, i) if t.is_num else (_words_at(toks, i) if t.lower in L.NUMBER_WORDS or t.lower in ("a", "an") else None)
    if got is None and t.lower in ("a", "an") and i + 1 < n:
        got = (1, i + 1)
    if got is None or got[1] + 1 >= n:
        return
    unit, ago = toks[got[1]].lower, toks[got[1] + 1].lower
    if ago != "ago" or unit not in ("day", "days", "week", "weeks", "month", "months", "year", "years"):
        return
    amount = int(got[0])
    step = unit.rstrip("s")
    if step == "week":
        step, amount = "day", amount * 7
    cands.append(_Cand(i, got[1] + 2, "date", date=DateParts(), relative=(step, -amount), priority=4))


def _shift(published: dt.date, step: str, amount: int) -> DateParts:
    """The story's date moved by ``amount`` days, months or years, at that precision."""
    every = ("year", "month", "day")
    if step == "day":
        d = published + dt.timedelta(days=amount)
        return DateParts(d.year, d.month, d.day, d.weekday(), inferred=every)
    if step == "month":
        months = published.year * 12 + published.month - 1 + amount
        return DateParts(months // 12, months % 12 + 1, inferred=("year", "month"))
    return DateParts(published.year + amount, inferred=("year",))


_CRICKET_WORDS = frozenset({
    "over", "overs", "wicket", "wickets", "innings", "cricket", "runs", "bowled", "bowling",
    "batting", "t20", "t20i", "odi", "odis", "ipl", "declared", "all-out",
})
_AFTER_CRICKET_SCORE = frozenset({
    "in", "at", "off", "from", "after", "before", "when", "with", "and", "but", "as", "to",
    "by", "on", "inside", "chasing", "replying", "overnight", "against",
})


def _match_cricket(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Cricket scores: "187/5" and "187 for five" (runs for wickets), and bowling
    figures "2/34", "four for 27" (wickets for runs).  Read as a score of runs
    and wickets (low = runs, high = wickets), so "187 for five" is "187/5"."""
    n = len(toks)
    if i + 2 >= n or (i > 0 and toks[i - 1].text == "/" and toks[i].glued):
        return
    sep = toks[i + 1]
    slash = sep.text == "/" and sep.glued and toks[i + 2].glued
    if not (slash or sep.lower == "for"):
        return

    def number(k: int) -> tuple[float, int] | None:
        if toks[k].is_num:  # the bare numeral: _num_at would read "187/5" as a fraction
            return (toks[k].value, k + 1)
        return None if slash else _words_at(toks, k)

    first = number(i)
    if first is None or first[1] != i + 1:
        return
    second = number(i + 2)
    if second is None:
        return
    a, b, end = first[0], second[0], second[1]
    if not (float(a).is_integer() and float(b).is_integer() and 0 <= a <= 999 and 0 <= b <= 999):
        return
    if min(a, b) > 10 or (slash and end < n and toks[end].text == "/" and toks[end].glued):
        return  # "12/4/2025" is a date
    if "." in toks[i].text or "." in toks[i + 2].text:
        return
    if end < n and toks[end].is_word and toks[end].lower not in _AFTER_CRICKET_SCORE:
        return  # "voted 187 for five years", "2/3 majority"
    if not (any(t.lower in _CRICKET_WORDS for t in toks) or (slash and a > 10 >= b and _sport_context(toks))):
        return  # "187/5" in a sports story is a score whatever the sport words
    runs, wickets = (b, a) if a <= 10 < b else (a, b)
    cands.append(_Cand(i, end, "score", low=runs, high=wickets, priority=3, fixed_change=True))


_MATCHERS = (
    _match_cricket,
    _match_relative,
    _match_period,
    _match_year_part,
    _match_date,
    _match_time,
    _match_numeric,
    _match_fraction,
    _match_ordinal_word,
    _match_multiplier,
)


# --------------------------------------------------------------------------
# Reading the words around a figure


def _prev_words(toks: list[Token], i: int, limit: int = 6) -> list[Token]:
    """Up to ``limit`` tokens before i, nearest first, stopping at a clause break."""
    out: list[Token] = []
    k = i - 1
    while k >= 0 and len(out) < limit:
        if is_break(toks[k]):
            break
        out.append(toks[k])
        k -= 1
    return out


def _ends_with_phrase(before: list[Token], phrase: str) -> int:
    """How many tokens of ``before`` (nearest first) spell ``phrase`` ending at the figure; 0 if not."""
    parts = phrase.split(" ")
    if len(parts) > len(before):
        return 0
    for off, p in enumerate(reversed(parts)):
        if before[off].lower != p:
            return 0
    return len(parts)


# Bound cues by their last word (the one next to the figure), longest first.
_CHANGE_CUES: dict[str, list[tuple[str, str]]] = {}
for _cue, _sign in sorted(
    [(c, "~") for c in L.APPROX_CUES] + [(c, ">") for c in L.ABOVE_CUES] + [(c, "<") for c in L.BELOW_CUES],
    key=lambda cue: (-len(cue[0].split()), cue[0]),
):
    _CHANGE_CUES.setdefault(_cue.split(" ")[-1], []).append((_cue, _sign))


def _bound_cue(before: list[Token]) -> tuple[str, int] | None:
    """ "about 15", "more than 40%", "at least 12", "up to 50": the bound written
    before the figure, and how many tokens it takes (they join the figure's span)."""
    skip = 0
    # "nearly a third", "more than a dozen": allow one article between.
    if before and before[0].lower in ("a", "an", "the") and not before[0].capitalised:
        skip = 1
    rest = before[skip:]
    if not rest:
        return None
    for cue, sign in _CHANGE_CUES.get(rest[0].lower, ()):
        size = _ends_with_phrase(rest, cue)
        if size:
            if cue == "over" and len(rest) > 1 and rest[1].lower in ("took", "take", "taken", "taking", "handed", "hand", "paid", "pay", "won", "win", "argued", "fought", "fight"):
                return None  # "took over 2021"... a verb particle, not a bound
            if cue == "some" and skip:
                return None
            if cue == "plus":
                continue
            return (sign, size + skip)
    return None


_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})
# Kinds whose figure a verb can make a change amount ("rose 42%"); "the ferry
# sank three nautical miles off the coast" is a distance, not a fall.
_CHANGEABLE = frozenset({"percent", "points", "money", "count", "number", "multiplier", "fraction"})


def _read_context(toks: list[Token], cands: list[_Cand]) -> None:
    """Set change, role and period on each candidate from the words around it."""
    for idx, c in enumerate(cands):
        if c.kind in ("date", "range", "ordinal", "score", "time"):
            continue
        before = _prev_words(toks, c.i)
        if not c.fixed_change:
            cue = _bound_cue(before)
            if cue:
                c.change = cue[0]
                # The bound is part of what the figure says: "at least 12 people".
                floor = cands[idx - 1].j if idx else 0
                if c.i - cue[1] >= floor:
                    c.i -= cue[1]
                    before = before[cue[1] :]
        if c.kind == "duration" and c.change == "=" and not c.fixed_change:
            window = {t.lower for t in _prev_words(toks, c.i, 12)}
            if window & {"maximum", "max"} and window & _PENALTY_WORDS:
                c.change = "<"  # "the maximum sentence for fraud is 10 years": a cap
        if c.kind in ("year", "age", "duration"):
            continue
        words = [t.lower for t in before]
        if _is_earlier(toks, cands, idx, words):
            c.role = "earlier"
            if c.change not in ("~", ">", "<"):
                c.change = "="
            continue
        if c.fixed_change or c.kind not in _CHANGEABLE:
            continue
        direction = _direction(words, toks[c.j : c.j + 3], c.kind)
        if direction is None and c.i > 0 and toks[c.i - 1].text == "+" and toks[c.i].glued and c.kind in ("percent", "points", "money", "number"):
            direction = "up"  # "Nasdaq +0.8%": a signed change
        if direction is not None:
            c.role = "change"
            if c.change == "=":
                c.change = direction
        # An index level after a change amount ("16369.03 up 58.06 points") keeps "=".


_PENALTY_WORDS = frozenset({"sentence", "penalty", "term", "jail", "prison", "imprisonment", "ban", "suspension", "custody", "punishment"})


def _skip_modifiers(words: list[str]) -> int:
    """How many determiners and earlier-markers precede the figure ("the earlier", "a provisional")."""
    k = 0
    while k < len(words) and k < 3 and (words[k] in _DETERMINERS or words[k] in L.EARLIER_MARKERS or words[k] in _ESTIMATE_ADJECTIVES):
        k += 1
    return k


_ESTIMATE_ADJECTIVES = frozenset({"provisional", "revised", "estimated", "preliminary", "reported", "record", "mere", "whopping", "paltry"})


def _is_earlier(toks: list[Token], cands: list[_Cand], idx: int, words: list[str]) -> bool:
    """Whether the figure is an earlier value the sentence compares against:
    "up from the earlier 10%", "from 10% to 29%", "fell to 12.3pc from 17.3pc",
    "compared with a provisional 2.7pc", "against 25 per cent a year earlier"."""
    c = cands[idx]
    if not words:
        return False
    k = _skip_modifiers(words)
    marked = any(w in L.EARLIER_MARKERS for w in words[:k])
    head = words[k] if k < len(words) else ""
    after = toks[c.j : c.j + 2]
    same_kind_before = any(o.kind == c.kind and o.j <= c.i for o in cands[:idx])
    if head == "from":
        rest = words[k + 1 : k + 4]
        to_follows = bool(after) and after[0].lower == "to"
        verb_before = any(w in L.UP_VERBS or w in L.DOWN_VERBS or w in L.UP_NOUNS or w in L.DOWN_NOUNS for w in rest) or (
            k + 1 < len(words) and words[k + 1] in ("up", "down")
        )
        if marked or verb_before or to_follows or same_kind_before or _clause_has_change_verb(toks, c.i):
            return True
    if marked and (head in ("was", "of", "at") or k == len(words)):
        return True
    if head in ("with", "to") and k + 1 < len(words) and words[k + 1] in ("compared", "comparison", "compares", "comparing"):
        return True
    if head in ("versus", "vs"):
        return True
    if head in ("against", "from", "over") and same_kind_before and _then_words(toks, c.j):
        return True
    return False


def _direction(words: list[str], after: list[Token], kind: str) -> str | None:
    """ "rose 42%", "jumped by 42%", "up 19 cents", "a 42% increase": up or down."""
    near = words[:3]
    if near and near[0] == "to":
        return None  # "rose to 29%": a new level, not an amount of change
    if near and near[0] == "by":
        # "rose by 42%", "raised rates by 25 basis points": the verb may have an object.
        verb = next((w for w in words[1:4] if w in L.UP_VERBS or w in L.DOWN_VERBS), None)
        near = [verb] if verb else words[1:4]
    if near and near[0] == "up" and len(near) > 1 and near[1] in ("gave", "give", "gives", "giving", "given", "made", "make", "makes", "set", "sets", "picked", "racked", "ended", "end", "ends", "took"):
        return None  # "gave up 517 yards", "made up 40%": phrasal verbs, not a rise
    if near and near[0] in ("raised", "raise", "raises", "raising") and kind == "money":
        return None  # "has raised $280 million": money collected, not a rise
    if near and (near[0] in L.UP_VERBS or near[0] in L.DOWN_VERBS):
        return "up" if near[0] in L.UP_VERBS else "down"
    if len(near) >= 2 and near[0] == "of" and near[1] == "loss":
        return None  # "a loss of 63 cents a share": the size of a loss, not a fall
    if len(near) >= 2 and near[0] == "of" and (near[1] in L.UP_NOUNS or near[1] in L.DOWN_NOUNS):
        return "up" if near[1] in L.UP_NOUNS else "down"
    if not after:
        return None
    w0 = after[0].lower
    w1 = after[1].lower if len(after) > 1 else ""
    if w0 in L.UP_NOUNS or w0 in L.DOWN_NOUNS:
        return "up" if w0 in L.UP_NOUNS else "down"
    if w0 in ("year-on-year", "y/y", "yoy") and (w1 in L.UP_NOUNS or w1 in L.DOWN_NOUNS):
        return "up" if w1 in L.UP_NOUNS else "down"
    if kind in ("percent", "points") and w1 != "than":
        if w0 in ("higher", "more", "up"):
            return "up"
        if w0 in ("lower", "less", "down"):
            return "down"
    return None


_THEN = (
    ("a", "year", "earlier"), ("a", "year", "ago"), ("a", "year", "before"), ("last", "year"),
    ("the", "previous", "year"), ("the", "year", "before"), ("a", "month", "earlier"),
    ("a", "month", "ago"), ("last", "month"), ("the", "previous", "month"), ("a", "week", "earlier"),
    ("last", "week"), ("the", "previous", "quarter"), ("the", "same", "quarter"), ("the", "same", "period"),
    ("the", "same", "month"), ("previously",), ("earlier",), ("before",), ("in", "the", "same"),
    ("a", "quarter", "earlier"), ("the", "corresponding"), ("in", "the", "year-earlier"), ("year-earlier",),
    ("in", "the", "previous"), ("in", "the", "prior"), ("in", "2019",), ("in", "2020",), ("in", "2021",),
    ("in", "2022",), ("in", "2023",), ("in", "2024",),
)


def _then_words(toks: list[Token], j: int) -> bool:
    """Whether the words after a figure put it in the past: "... a year earlier", "... last year"."""
    words = [t.lower for t in toks[j : j + 6] if not is_break(t)]
    for k in range(0, min(3, len(words))):
        for phrase in _THEN:
            if tuple(words[k : k + len(phrase)]) == phrase:
                return True
    return False


_PERIOD_MARKERS = (
    (("so", "far", "this", "year"), "ytd"), (("so", "far", "in"), "ytd"), (("year", "to", "date"), "ytd"),
    (("year-to-date",), "ytd"), (("this", "year", "so", "far"), "ytd"), (("since", "the", "start"), "ytd"),
    (("this", "year"), "this year"), (("last", "year"), "last year"), (("a", "year", "earlier"), "year before"),
    (("a", "year", "ago"), "year before"), (("at", "the", "time"), "then"), (("then",), "then"),
    (("last", "month"), "last month"), (("this", "month"), "this month"), (("last", "week"), "last week"),
    (("over", "the", "past"), "recent"), (("in", "the", "past"), "recent"),
)
_PERIOD_LINKS = frozenset({"in", "on", "during", "for", "by", "as", "of", "at", "the", "end", "through", "until", "from", "year", "-", "y/y", "yoy"})


def _iso_written(d: DateParts | None) -> str | None:
    if d is None:
        return None
    return DateParts(d.year, d.month, d.day).iso() or None


def _read_periods(toks: list[Token], cands: list[_Cand]) -> dict[int, str]:
    """When each figure holds, where the sentence says so (see Quantity.period)."""
    starts = {c.i: c for c in cands}
    out: dict[int, str] = {}
    # "In January 2025, attacks jumped by 42%": a date opening the sentence
    # dates every figure in it.
    opening: str | None = None
    first = cands[0] if cands else None
    if first is not None and first.kind in ("date", "year") and first.j < len(toks) and toks[first.j].text == ",":
        lead = [t.lower for t in toks[: first.i]]
        if all(w in ("in", "on", "during", "since", "by", "as", "of") for w in lead):
            opening = _iso_written(first.date)
    for c in cands:
        if c.kind in ("date", "year", "range", "time"):
            continue
        words = []
        k = c.j
        while k < len(toks) and k < c.j + 8 and not is_break(toks[k]):
            if k in starts and starts[k].kind in ("date", "year") and all(w in _PERIOD_LINKS for w in words):
                iso = _iso_written(starts[k].date)
                if iso:
                    out[id(c)] = iso
                    if c.role == "earlier" and not starts[k].fixed_change:
                        # "up from 965,501 in 2024": the year dates the earlier figure,
                        # so it is an earlier date, not the story's.
                        starts[k].role = "earlier"
                break
            words.append(toks[k].lower)
            k += 1
        if id(c) in out:
            continue
        for phrase, marker in _PERIOD_MARKERS:
            if any(tuple(words[m : m + len(phrase)]) == phrase for m in range(0, min(3, len(words)))):
                out[id(c)] = marker
                break
        else:
            if c.i > 0 and toks[c.i - 1].lower == "now":
                out[id(c)] = "now"
            elif opening:
                out[id(c)] = opening
    return out


def _clause_has_change_verb(toks: list[Token], i: int) -> bool:
    for t in _prev_words(toks, i, limit=14):
        if t.lower in L.UP_VERBS or t.lower in L.DOWN_VERBS or t.lower in ("changed", "moved", "went", "set", "revised", "adjusted", "shifted"):
            return True
    return False


def _about(toks: list[Token], c: _Cand, taken: set[int]) -> tuple[str, ...]:
    """Content words within a few tokens of the figure: what it measures."""
    out: list[str] = []
    for k in list(range(max(0, c.i - 10), c.i)) + list(range(c.j, min(len(toks), c.j + 6))):
        if k in taken:
            continue
        t = toks[k]
        if not t.is_word or len(t.lower) < 3:
            continue
        w = t.lower.replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if w in L.STOPWORDS or w in L.MONTHS or w in L.WEEKDAYS or w in L.NUMBER_WORDS:
            continue
        out.append(L.singular(w))
    return tuple(dict.fromkeys(out))


# --------------------------------------------------------------------------
# Public API


def extract_quantities(text: str, *, published: dt.date | None = None) -> tuple[Quantity, ...]:
    """Every figure in ``text`` with its kind, value, unit, change and role.

    ``published`` (the article's date) completes dates written without a year
    or as a weekday; completed parts are listed in ``DateParts.inferred``.
    """
    toks = tokenize(text)
    if not toks:
        return ()
    cands: list[_Cand] = []
    for i, tok in enumerate(toks):
        # Only a digit, a sign or one of a few hundred words can start a figure.
        if tok.type != "word" or tok.lower in _TRIGGERS or (tok.text in ("Q", "H", "N", "FY")):
            for matcher in _MATCHERS:
                matcher(toks, i, cands)
    links = [m.span() for m in _LINK.finditer(text)] if ("/" in text or "www" in text or "@" in text) else []
    if links:
        # "%28...%29" in a URL, digits in an e-mail address: not figures.
        cands = [c for c in cands if not any(a < toks[c.j - 1].end and toks[c.i].start < b for a, b in links)]
    chosen = _select(cands)
    _split_from_to(toks, chosen)
    _read_context(toks, chosen)
    periods = _read_periods(toks, chosen)
    taken = {k for c in chosen for k in range(c.i, c.j)}
    if _per_share_sentence(toks, taken) or any(c.kind == "money" and (c.unit or "").endswith(" per share") for c in chosen):
        # "Earnings per share: $1.04 adjusted vs. 96 cents expected": every small
        # amount in the sentence is per share.
        for c in chosen:
            if c.kind == "money" and c.unit and " per " not in c.unit and c.value is not None and abs(c.value) < 1000:
                c.unit = f"{c.unit} per share"
    out: list[Quantity] = []
    for c in chosen:
        if c.low is not None and c.high is not None:
            c.value = None
        start, end = toks[c.i].start, toks[c.j - 1].end
        date = c.date
        if c.relative is not None:
            if published is None:
                continue  # "yesterday" says nothing without the story's date
            date = _shift(published, *c.relative)
        elif date is not None and published is not None:
            date = resolve_date(date, published, before=[t.lower for t in _prev_words(toks, c.i, 2)])
        out.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                kind=c.kind,  # type: ignore[arg-type]
                value=c.value,
                low=c.low,
                high=c.high,
                unit=c.unit,
                change=c.change,  # type: ignore[arg-type]
                role=c.role,  # type: ignore[arg-type]
                date=date,
                about=_about(toks, c, taken),
                period=periods.get(id(c)),
            )
        )
    return tuple(out)


def _per_share_sentence(toks: list[Token], taken: set[int]) -> bool:
    """The sentence speaks of an amount per share ("earnings per share", "EPS") apart from any figure."""
    for k, t in enumerate(toks):
        if k in taken:
            continue
        if t.lower == "eps" or (t.lower == "share" and k > 0 and toks[k - 1].lower == "per" and k - 1 not in taken):
            return True
    return False


_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+|\b[\w-]+\.(?:com|org|net|gov|edu|pk|in|uk|co)(?:/\S*)")


# Words a matcher can start from (see _MATCHERS): number, ordinal, fraction and
# multiplier words, months, weekdays, relative days, and range openers.
_TRIGGERS = frozenset(
    set(L.NUMBER_WORDS) | set(L.ORDINAL_WORDS) | set(_DENOMINATORS) | set(L.MONTHS) | set(L.WEEKDAYS)
    | set(_RELATIVE_DAYS) | set(_MULTIPLIER_WORDS) | set(_PART_ORDINALS)
    | {"a", "an", "half", "quarter", "between", "from", "noon", "midnight", "minus", "negative", "fy", "q", "h", "dozen"}
    | {m.capitalize() for m in L.MONTHS}
)


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest matches that do not overlap; ties go to the higher priority."""
    order = sorted(cands, key=lambda c: (-(c.j - c.i), -c.priority, c.i))
    used: set[int] = set()
    kept: list[_Cand] = []
    for c in order:
        span = range(c.i, c.j)
        if any(k in used for k in span):
            continue
        used.update(span)
        kept.append(c)
    kept.sort(key=lambda c: c.i)
    return kept


def _split_from_to(toks: list[Token], cands: list[_Cand]) -> None:
    """ "from 10% to 29%": the first is the earlier value of the second."""
    for a, b in zip(cands, cands[1:]):
        between = [t.lower for t in toks[a.j : b.i]]
        if between == ["to"] and a.i > 0 and toks[a.i - 1].lower == "from" and a.kind == b.kind and a.kind not in ("year", "date", "range") and not _ranging(toks, a.i):
            a.role = "earlier"
            a.fixed_change = True
            if a.value is not None and b.value is not None and b.change == "=":
                b.change = "up" if b.value > a.value else ("down" if b.value < a.value else "=")
                b.fixed_change = True


def resolve_date(date: DateParts, published: dt.date, before: list[str] | None = None) -> DateParts:
    """Fill the parts a date leaves out from the article's date, and say so.

    "April 9" in a story of 7 April 2025 is 2025-04-09; "on Monday" is the
    Monday on or before the story's date unless "next"/"coming" says otherwise.
    """
    before = before or []
    if date.year is not None:
        return date
    if date.month is not None:
        year = published.year
        day = date.day or 1
        try:
            candidate = dt.date(year, date.month, min(day, 28 if date.month == 2 else day))
        except ValueError:
            return date
        if (candidate - published).days > 183:
            year -= 1
        elif (published - candidate).days > 183:
            year += 1
        return replace(date, year=year, inferred=date.inferred + ("year",))
    if date.weekday is not None:
        forward = any(w in ("next", "coming") for w in before)
        delta = (published.weekday() - date.weekday) % 7
        if forward:
            day = published + dt.timedelta(days=(date.weekday - published.weekday()) % 7 or 7)
        elif "this" in before:
            day = published + dt.timedelta(days=date.weekday - published.weekday())  # the same week
        else:
            day = published - dt.timedelta(days=delta)
        return replace(
            date,
            year=day.year,
            month=day.month,
            day=day.day,
            inferred=date.inferred + ("year", "month", "day"),
        )
    return date
