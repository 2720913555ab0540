"""Numbers that are not figures: names, labels, codes, addresses, clock times."""

from __future__ import annotations

from .. import lexicon as L
from ..tokens import is_dash, Token, within_range
from .money import _letter_currency
from .nouns import _counted_noun
from .numbers import _and_a_fraction, _times_ten


def _street_after(toks: list[Token], j: int) -> bool:
    """Capitalised words ending in a street word follow: the figure is a house number."""
    for k in range(j, min(j + 4, len(toks))):
        t = toks[k]
        if not (t.is_word and t.capitalised):
            return False
        if t.text in L.STREET_WORDS and k > j:
            return True
    return False


def _camel(word: str) -> bool:
    """ "iPhone", "eBay": a brand written with a capital inside."""
    return len(word) > 2 and word[0].islower() and any(ch.isupper() for ch in word[1:])


# --------------------------------------------------------------------------
# Predicates: each says why the number at token i (ending at j) is not a figure.


def _glued_to_letters(toks: list[Token], i: int) -> bool:
    """An identifier glued to letters: "MH370", "v2", "G20" (not "Rs1m", "N100m", "$US55m")."""
    prev = toks[i - 1] if i > 0 else None
    return (
        prev is not None and toks[i].glued and prev.is_word and prev.lower not in L.CURRENCY_PREFIXES
        and not _letter_currency(toks, i)
        and not (i >= 2 and toks[i - 2].text == "$" and prev.glued and prev.text.isupper())
    )


def _code_after_dash(toks: list[Token], i: int) -> bool:
    """ "COVID-19", "F-16": a code; "2013-18", "FY2024-25" are read from their first half,
    and "mid-2025", "minus-130" are figures."""
    prev = toks[i - 1] if i > 0 else None
    if not (prev is not None and toks[i].glued and is_dash(prev) and prev.glued and i >= 2):
        return False
    before = toks[i - 2]
    if before.is_num:
        return True
    return before.is_word and before.lower not in L.FIGURE_AFTER_DASH


def _labelled(toks: list[Token], i: int) -> bool:
    """ "Section 427", "the category 4 hurricane", "iPhone 11": a label noun names the number."""
    t, prev = toks[i], toks[i - 1] if i > 0 else None
    if not (prev is not None and prev.is_word and prev.lower in L.LABEL_NOUNS and not t.glued):
        return False
    return prev.lower != "a" and (
        prev.capitalised or prev.lower in L.NUMBER_LABELS or prev.lower in L.LOWER_CASE_LABELS or _camel(prev.text)
    )


def _in_a_name(toks: list[Token], i: int) -> bool:
    """Names with a number in them: "S&P 500", "FTSE 100", "Fortune 500", "the Big 12"."""
    t, prev = toks[i], toks[i - 1] if i > 0 else None
    return prev is not None and prev.is_word and not t.glued and t.is_int and (
        (prev.lower in L.INDEX_NAMES and prev.capitalised)
        or (len(prev.text) == 1 and prev.text.isupper() and i >= 2 and toks[i - 2].text == "&")
    )


def _model_name(toks: list[Token], i: int, j: int) -> bool:
    """ "737 Max", "Note 20 Ultra": a model word follows ("20 Max of" does not count)."""
    n = len(toks)
    return toks[i].is_int and j < n and toks[j].text in L.MODEL_WORDS and not (j + 1 < n and toks[j + 1].lower in L.NOT_MODEL_AFTER)


def _house_number(toks: list[Token], i: int, j: int) -> bool:
    """ "49 Zorro Ranch Road", "10 Downing Street": an address."""
    return toks[i].is_int and _street_after(toks, j)


def _hashtag(toks: list[Token], i: int) -> bool:
    """ "#5": a number after a hash sign."""
    return i > 0 and toks[i - 1].text == "#" and toks[i].glued


def _abbreviated_label(toks: list[Token], i: int) -> bool:
    """ "No. 10", "Art. 370": an abbreviated label before the figure."""
    return (
        i >= 2 and toks[i - 1].text == "."
        and toks[i - 2].lower in L.ABBREVIATED_LABELS and toks[i - 2].capitalised
    )


def _clock_time(toks: list[Token], i: int, j: int) -> bool:
    """ "3:30", "10.30am", "7 a.m.": a time of day is left to the time matcher."""
    n = len(toks)
    prev = toks[i - 1] if i > 0 else None
    if j < n and toks[j].text == ":" and toks[j].glued and j + 1 < n and toks[j + 1].is_num and toks[j + 1].glued:
        return True
    if i >= 2 and prev is not None and prev.text == ":" and prev.glued and toks[i].glued and toks[i - 2].is_num:
        return True
    if j < n and toks[j].is_word and toks[j].glued and toks[j].lower in L.MERIDIEM:
        return True
    return j + 2 < n and toks[j].is_word and toks[j].lower in L.MERIDIEM_LETTERS and toks[j + 1].text == "." and toks[j + 2].lower == "m"


def _dotted_code(toks: list[Token], j: int) -> bool:
    """ "19.5.2025", "192.168.1.2": dotted codes are not figures."""
    n = len(toks)
    return j < n and toks[j].text == "." and toks[j].glued and j + 1 < n and toks[j + 1].is_num and toks[j + 1].glued


def _past_the_largest_figure(toks: list[Token], i: int) -> bool:
    """ "1.3x10^632": the 10 and the exponent of a number in scientific notation past
    the largest figure are text, like the number itself (not "632 dollars")."""
    for start in range(max(0, i - 5), i):
        if toks[start].is_num:
            sci = _times_ten(toks, start + 1)
            if sci is not None and start < i < sci[1]:
                return abs(sci[0]) > 100 or not within_range(toks[start].value * 10.0 ** sci[0])
    return False


def _phone_number(toks: list[Token], i: int) -> bool:
    """ "555-123-4567", "(555) 123-4567": a phone number, digit groups of 3, 3 and 4."""
    n = len(toks)

    def group(k: int, size: int) -> bool:
        return k < n and toks[k].is_int and len(toks[k].text) == size

    if group(i, 3) and i + 4 < n and is_dash(toks[i + 1]) and toks[i + 1].glued and group(i + 2, 3) and toks[i + 2].glued:
        return is_dash(toks[i + 3]) and toks[i + 3].glued and group(i + 4, 4) and toks[i + 4].glued
    bracketed = i > 0 and toks[i - 1].text == "(" and i + 4 < n and toks[i + 1].text == ")"
    if group(i, 3) and bracketed and group(i + 2, 3) and is_dash(toks[i + 3]) and group(i + 4, 4):
        return True
    # the local part after an area code in brackets: "(555) 123-4567"
    return group(i, 3) and i >= 3 and toks[i - 1].text == ")" and group(i - 2, 3) and toks[i - 3].text == "(" and i + 2 < n and is_dash(toks[i + 1]) and group(i + 2, 4)


def _postcode(toks: list[Token], i: int, j: int) -> bool:
    """ "SW1A 1AA", "EC2V 7HH": the inward half of a British postcode after its outward half."""
    if not (i > 0 and toks[i].is_int and len(toks[i].text) == 1 and not toks[i].glued and j < len(toks) and toks[j].glued and toks[j].is_word):
        return False
    outward = "".join(t.text for t in toks[max(0, i - 3) : i])  # "SW1A": letters and a digit
    return len(toks[j].text) == 2 and toks[j].text.isupper() and toks[i - 1].text[:1].isalnum() and any(ch.isdigit() for ch in outward)


def _channel_number(toks: list[Token], i: int, j: int) -> bool:
    """ "WXYZ 12 News", "KTLA 5": a station's channel number after its call letters."""
    prev = toks[i - 1] if i > 0 else None
    if prev is None or not toks[i].is_int or toks[i].glued or not prev.is_word:
        return False
    # A US station's four call letters ("KTLA", "WXYZ"), and a channel's small number.
    return prev.text.isupper() and len(prev.text) == 4 and prev.text[0] in "KW" and (toks[i].value or 0) < 100


_SEQUEL_MAX = 20  # "Toy Story 4", "Apollo 11": a title's number is small


def _title_number(toks: list[Token], i: int, j: int) -> bool:
    """ "Toy Story 4 earned ...", "Apollo 11 landed": a small number closing a capitalised
    title, with no noun it counts after it and no other name (a score: "Liverpool 3 Everton 1")."""
    n = len(toks)
    t, prev = toks[i], toks[i - 1] if i > 0 else None
    if not (t.is_int and 1 <= t.value <= _SEQUEL_MAX and not t.glued and prev is not None and prev.is_word and prev.capitalised):
        return False
    if prev.lower in L.MONTHS or prev.lower in L.WEEKDAYS or prev.lower in L.NOT_TITLE_WORDS or prev.text.isupper():
        return False
    if len(prev.text) <= 3 or prev.lower in L.CURRENCY_PREFIXES or _letter_currency(toks, i):
        return False  # "Rs 12 per share", "Tk 5 crore": a currency, not a title
    if j < n and (toks[j].lower in L.SCALE_WORDS or toks[j].lower == "per"):
        return False
    if j < n and (toks[j].capitalised or not toks[j].is_word):
        return False  # "Liverpool 3 Everton 1", "Arsenal 2, Chelsea 1", "Section 4."
    return _counted_noun(toks, j) is None and j < n and toks[j].text.islower()


def _ticker(toks: list[Token], i: int, j: int) -> bool:
    """ "Mitsubishi Tokyo Financial (JP:8306)", "HSBC (0005.HK)": a stock's code on its
    exchange, upper-case letters and a colon before it or a dot and letters after it."""
    n = len(toks)
    if i >= 3 and toks[i].glued and toks[i - 1].text == ":" and toks[i - 1].glued and toks[i - 3].text == "(":
        exchange = toks[i - 2]  # in brackets: "GDP:3.1%" is a figure
        if exchange.is_word and exchange.text.isupper() and len(exchange.text) <= 6 and toks[i].is_int:
            return True
    return (
        j + 2 < n and toks[j].text == "." and toks[j].glued and toks[j + 1].glued and toks[j + 1].is_word
        and toks[j + 1].text.isupper() and len(toks[j + 1].text) <= 3 and toks[j + 2].text == ")" and toks[j + 2].glued
    )


def _not_a_figure(toks: list[Token], i: int, j: int) -> bool:
    """Whether the numeral at i (ending at j) is a name, a label, a code or a clock time."""
    return (
        _labelled(toks, i)
        or _in_a_name(toks, i)
        or _model_name(toks, i, j)
        or _house_number(toks, i, j)
        or _hashtag(toks, i)
        or _abbreviated_label(toks, i)
        or _clock_time(toks, i, j)
        or _dotted_code(toks, j)
        or _past_the_largest_figure(toks, i)
        or _phone_number(toks, i)
        or _postcode(toks, i, j)
        or _channel_number(toks, i, j)
        or _title_number(toks, i, j)
        or _ticker(toks, i, j)
    )


def _lone_one(toks: list[Token], i: int, j: int, value: float) -> bool:
    """A lone "one" is often not a count: "no one", "one another", "the one"."""
    if not (value == 1 and j == i + 1 and toks[i].lower == "one"):
        return False
    n = len(toks)
    prev = toks[i - 1].lower if i > 0 else ""
    nxt = toks[j].lower if j < n else ""
    return prev in L.NOT_A_COUNT_BEFORE_ONE or nxt in L.NOT_A_COUNT_AFTER_ONE


def _compound_adjective(toks: list[Token], j: int) -> bool:
    """ "one-sided", "two-way", "one-off" are adjectives, not counts."""
    n = len(toks)
    return (
        j < n and is_dash(toks[j]) and toks[j].glued and j + 1 < n and toks[j + 1].glued
        and _and_a_fraction(toks, j) is None and toks[j + 1].lower in L.NOT_COMPOUND_NOUNS
    )
