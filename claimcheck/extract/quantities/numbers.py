"""Number readers: numerals, number words, scales, fractions and the ends of ranges."""

from __future__ import annotations

from .. import lexicon as L
from ..tokens import is_dash, MINUS_SIGNS, Token, within_range
from .topics import _length_context


_FLATTENED_DENOMINATORS = (2, 4, 8)  # the fraction glyphs a copy loses: "2½" copied as "21/2", "1⅛" as "11/8"
_QUOTE_SPREAD = 0.01  # an offer at most this share above its bid


def _flattened_mixed(numerator: str, denominator: str) -> float | None:
    """A mixed number whose fraction glyph was flattened in copying: "a 21/2-week trial"
    is 2½ weeks, "11/4 miles" 1¼ (an odd last digit under a small denominator; nobody
    writes ten and a half as 21/2)."""
    den = int(denominator)
    if not (numerator.isdigit() and len(numerator) == 2 and den in _FLATTENED_DENOMINATORS):
        return None
    whole, part = int(numerator[0]), int(numerator[1])
    return whole + part / den if part % 2 == 1 and part < den else None


def _measured(toks: list[Token], i: int, end: int) -> bool:
    """A figure that measures something: a sum ("$21/2"), a span or a measure after it
    ("21/2-week", "11/4 miles"); "on 11/2" may be a date, "71/2 people" is no count."""
    after = toks[end] if end < len(toks) else None
    before = toks[i - 1] if i > 0 else None
    return (
        (before is not None and before.type == "sym" and before.text in L.CURRENCY_PREFIXES)
        or (after is not None and after.glued and is_dash(after))
        or (after is not None and (after.lower in L.TIME_UNITS or after.lower in L.MEASURE_UNITS or after.lower in L.PERCENT_WORDS))
    )


def _mixed_fraction(toks: list[Token], j: int) -> tuple[float, int] | None:
    """The fraction of a mixed number after its whole part, and where it ends: spaced
    ("2 1/2") or joined by a hyphen, the old wire style ("rose 1-1/4p to 290-1/2p", "a
    3-1/2 percent note"; never a range: no range ends at a fraction)."""
    hyphen = j < len(toks) and is_dash(toks[j]) and toks[j].glued
    k = j + 1 if hyphen else j
    if not (k + 2 < len(toks) and toks[k].is_num and toks[k].is_int and toks[k].glued == hyphen):
        return None
    slash, den = toks[k + 1], toks[k + 2]
    if slash.text == "/" and slash.glued and den.is_int and den.glued and 0 < toks[k].value < den.value <= 16:
        return (toks[k].value / den.value, k + 3)
    return None


def _offer_in_full(bid: Token, offer: Token) -> bool:
    """The offer of a dealer's quote, written out with as many decimals and a hair above the bid."""
    return (
        bid.value is not None and offer.value is not None
        and len(offer.text.split(".")[-1]) == len(bid.text.split(".")[-1])
        and 0 < offer.value - bid.value <= _QUOTE_SPREAD * bid.value
    )


def _num_at(toks: list[Token], i: int) -> tuple[float, int] | None:
    """A numeral at token i ("1,500", "7.5", "2 1/2", "½"): value and end index."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.type == "sym" and t.text in L.VULGAR_FRACTIONS:
        return (L.VULGAR_FRACTIONS[t.text], i + 1)
    if not t.is_num:
        return None
    value = t.value
    j = i + 1
    # Scientific notation written out: "1.3x10^6", "2.48×10−5", "5.5x10-3".
    sci = _times_ten(toks, j)
    if sci is not None:
        if abs(sci[0]) > 100:
            return None  # "1.3x10^632": beyond any figure, so no figure at all
        value = value * 10.0 ** sci[0]
        return (value, sci[1]) if within_range(value) else None
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
            flattened = _flattened_mixed(t.text, toks[j + 1].text) if _measured(toks, i, j + 2) else None
            return (flattened if flattened is not None else value / toks[j + 1].value, j + 2)
    mixed = _mixed_fraction(toks, j) if t.is_int else None
    if mixed is not None:
        return (value + mixed[0], mixed[1])
    if j < len(toks) and toks[j].type == "sym" and toks[j].text in L.VULGAR_FRACTIONS and (toks[j].glued or t.is_int):
        return (value + L.VULGAR_FRACTIONS[toks[j].text], j + 1)  # "3½", "3 ½"
    # A dealer's quote, bid and the offer's last digits: "121.40/45" is read as its bid,
    # and so is one with the offer in full, a hair above it: "$367.90/368.60".
    if not t.is_int and j + 1 < len(toks) and toks[j].text == "/" and toks[j].glued and toks[j + 1].glued:
        offer = toks[j + 1]
        if offer.is_int and len(offer.text) == 2 and len(t.text.split(".")[-1]) in (2, 4):
            return (value, j + 2)  # "$4.81/83", and a rate's last two digits: "$1.1525/30"
        if offer.is_num and not offer.is_int and _offer_in_full(t, offer):
            return (value, j + 2)
    return (value, j)


_SCALES_IN_WORDS = L.NUMBER_WORD_SCALES


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
    if k < n and toks[k].text in MINUS_SIGNS and toks[k].glued:
        sign, k = -1, k + 1
    if k < n and toks[k].is_int and toks[k].glued and len(toks[k].text) <= 3:
        return (sign * int(toks[k].value), k + 1)
    return None


def _negative_sign(toks: list[Token], i: int) -> int | None:
    """Index of a minus sign or word before the figure at i: "-10C", "−273.15", "minus 5"."""
    if i == 0:
        return None
    p = toks[i - 1]
    if p.text in MINUS_SIGNS and toks[i].glued:
        if i >= 2 and p.glued and toks[i - 2].lower in L.MINUS_WORDS:
            return i - 2  # "minus-130 degrees"
        if i == 1 or not p.glued or toks[i - 2].text in L.SIGNS_BEFORE_A_MINUS:
            return i - 1
    if p.lower in L.MINUS_WORDS and not toks[i].glued:
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
    lead = j + 1 if toks[j].lower in L.ARTICLES else j
    if lead < n and toks[lead].lower in L.FRACTIONS_OF_A_SCALE:
        k = lead + 1
        if k < n and toks[k].lower in L.ARTICLES:
            k += 1
        if k < n and toks[k].lower in L.SCALES_AFTER_A_FRACTION:
            fraction = L.FRACTIONS_OF_A_SCALE[toks[lead].lower]
            return (fraction * L.SCALE_WORDS[toks[k].lower], k + 1)
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
        if t.is_word and w in L.ARTICLES and not seen:
            if j + 1 < n and toks[j + 1].lower in L.SCALES_AFTER_A:
                current = 1
                seen = True
                last = "unit"
                j += 1
                continue
            break
        if t.is_word and w in L.DOZEN_WORDS and (seen or (j == i and w == "dozen")):
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
            while k < n and toks[k].lower in L.DIGIT_WORDS:
                digits += L.DIGIT_WORDS[toks[k].lower]
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
    if w in L.SCALE_WORDS and w not in L.VAGUE_PLURAL_SCALES:
        scale = L.SCALE_WORDS[w]
        k = j + 1
        # "2 lakh crore" = 2e12
        if k < len(toks) and toks[k].lower in L.CRORE_WORDS and w in L.LAKH_WORDS:
            return (scale * 1e7, k + 1)
        return (scale, k)
    if t.text in L.SCALE_SUFFIXES:
        single = len(t.text) == 1
        if single and not t.glued:
            return None
        if j + 1 < len(toks) and toks[j + 1].glued and toks[j + 1].text in ("2", "3", "\u00b2", "\u00b3"):
            return None  # "32m2", "5m³": square and cubic metres, not millions
        if single and not money:
            # Without a currency, "7m" is millions ("38.2m passengers") unless the
            # story measures lengths ("the 100m sprint", "a 7m wall"), and "3b"
            # is a label unless a counted noun follows.
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if t.lower == "k" and not (nxt and nxt.is_word and nxt.lower not in L.NOT_NOUNS):
                return (1e3, j + 1)
            if t.text == "m" and _length_context(toks):
                return None
            if t.lower == "b" and not (nxt and nxt.is_word and nxt.lower.endswith("s") and nxt.lower not in L.NOT_NOUNS):
                return None
        return (L.SCALE_SUFFIXES[t.text], j + 1)
    if w in L.SPACED_SCALE_SUFFIXES and not t.glued:
        return (L.SCALE_SUFFIXES[w], j + 1)
    return None


_DENOMINATORS = L.DENOMINATORS


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
    top = 1 if count in L.ONE_WORDS else L.NUMBER_WORDS.get(count)
    if top is None or denom not in _DENOMINATORS or top >= _DENOMINATORS[denom]:
        return None
    return (top / _DENOMINATORS[denom], words[2][1] + 1)


def _scaled(v: float | None, factor: float) -> float | None:
    return None if v is None else _clean(v * factor)


def _clean(v: float) -> float:
    """Round away binary noise: 7.2 * 1e9 is 7200000000, not 7200000000.000001."""
    if not within_range(v):
        return v  # left as it is; the scanner drops a figure out of range
    r = round(v, 9)
    if abs(r - round(r)) < 1e-6 * max(1.0, abs(r)):
        return float(round(r))
    return float(f"{r:.12g}")


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
    sign = -1 if m + 1 < n and toks[m].text in MINUS_SIGNS and toks[m + 1].glued and toks[m + 1].is_num else 1
    got = _num_at(toks, m + (sign < 0))
    return None if got is None else (sign * got[0], got[1])


def _to_joins(toks: list[Token], start: int) -> bool:
    """Whether "X to Y" after the figure at ``start`` is a range: not after "from"
    ("from 10% to 29%" is a change) or "by" ("rose by 5% to 12%" is an amount and a
    level), unless a range word says so ("ranging from X to Y")."""
    prev_word = toks[start - 1].lower if start > 0 else ""
    return prev_word not in L.NOT_RANGE_OPENERS or _ranging(toks, start)


def _ranging(toks: list[Token], start: int) -> bool:
    """ "ranged from X to Y", "varying from X to Y": a range, not a change from X to Y."""
    return start > 1 and toks[start - 1].lower == "from" and toks[start - 2].lower in L.RANGE_WORDS
