"""The matcher for figures written with a number: money, percent, points, measures,
durations, ages, counts and years.
"""

from __future__ import annotations

from ...types import DateParts
from .. import lexicon as L
from ..tokens import is_dash, Token
from .candidates import _Cand
from .money import _and_cents, _currency_prefix, _CURRENCY_WORD_PHRASES, _emit_money
from .not_figures import (
    _code_after_dash,
    _compound_adjective,
    _glued_to_letters,
    _lone_one,
    _not_a_figure,
)
from .nouns import OLDEST_AGE, _appositive_age, _counted_noun, _of_noun
from .numbers import (
    _and_a_fraction,
    _clean,
    _negative_sign,
    _num_at,
    _ranging,
    _scale_at,
    _scaled,
    _SCALES_IN_WORDS,
    _second_end,
    _to_joins,
    _words_at,
)
from .phrases import _phrase_at
from .topics import _money_context, _sport_context
from .units import (
    _DAYS_IN,
    _index_points_ok,
    _measure_at,
    _percent_at,
    _POINT_PHRASES,
    _POINTS_AFTER,
    _POINTS_AFTER_PERCENTAGE,
    _unit_follows,
    _unit_word,
)
from .words import _ordinal_unit, _ranking

# "hundredth", "thousandth", "millionth": the ordinals of a scale, joined to a number before them.
_SCALE_ORDINALS = {word: value for word, value in L.ORDINAL_WORDS.items() if value >= 100}


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
    if not words:
        if _glued_to_letters(toks, i):  # "MH370", "v2", "G20"; "FY26" is a fiscal year
            if toks[i - 1].lower != "fy" or _fiscal_year(toks, i, j, value, cands):
                return
        if _code_after_dash(toks, i):  # "COVID-19", "F-16"
            return
        rank = _rank_number(toks, i, j, value)  # "world No 41"
        if rank is not None:
            cands.append(_Cand(rank, j, "ordinal", value=value, unit="rank", priority=2))
            return
        if _not_a_figure(toks, i, j):  # "Section 427", "FTSE 100", "737 Max", "3:30", "19.5.2025" ...
            return
    elif _lone_one(toks, i, j, value) or _compound_adjective(toks, j):  # "no one", "one-sided"
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
        if unit_word in L.POINT_WORDS and not cur:
            cands.append(_Cand(start, j + 2, "points", value=value, unit="point"))
            return
        if unit_word == "strong":
            # "a 162-strong fleet": a count of the group's members, named or not.
            noun = _counted_noun(toks, j + 2)
            cands.append(_Cand(start, j + 2, "count", value=value, unit=None))
            return
        # "a three-vehicle convoy", "the 150-seat parliament": a count of the noun.
        if (
            unit_word not in L.NOT_COMPOUND_NOUNS
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
    if not words and t.is_int and len(t.text) == 4 and 1900 <= value <= 2100 and j + 1 < n and toks[j].text == "/" and toks[j].glued and toks[j + 1].glued and toks[j + 1].text.isdigit():
        second = toks[j + 1].text
        end_year = int(second) + (value // 100) * 100 if len(second) == 2 else int(second)
        if end_year == value + 1:
            cands.append(_Cand(start, j + 2, "range", low=value, high=float(end_year), unit="year", priority=2))
            return

    # Ranges: "5-7", "5 to 7", "10–15%", "$5-7 billion", "between 10 and 15".
    low: float | None = None
    high: float | None = None
    k = j
    if k + 1 < n and (is_dash(toks[k]) or toks[k].lower in L.RANGE_JOINERS) and (not words or toks[k].lower in L.RANGE_JOINERS_AFTER_WORDS):
        joiner = toks[k]
        m = k + 1
        # "18-to-64", "five-to-seven": a range hyphenated as one word
        hyphenated_to = (
            is_dash(joiner) and joiner.glued and m + 1 < n and toks[m].lower == "to" and toks[m].glued
            and is_dash(toks[m + 1]) and toks[m + 1].glued
        )
        if hyphenated_to:
            m += 2
        if m < n and toks[m].type == "sym" and toks[m].text in L.CURRENCY_PREFIXES:
            m += 1
        got2 = _num_at(toks, m) or (_words_at(toks, m) if m < n and toks[m].lower in L.NUMBER_WORDS else None)
        prev_word = toks[start - 1].lower if start > 0 else ""
        takes = False
        if got2 is not None:
            v2, e2 = got2
            if hyphenated_to:
                # "18-to-64"; "a 1-to-3 ratio" and "2-to-5 odds" are no range; nor are "odds of 2-to-5"
                takes = v2 > value and not (e2 < n and toks[e2].lower in L.RATIO_WORDS) and not any(w.lower in L.RATIO_WORDS for w in toks[max(0, start - 3) : start])
            elif is_dash(joiner) and joiner.glued and toks[m].glued:
                takes = True
            elif joiner.lower == "and" and prev_word == "between":
                takes = True
            elif joiner.lower == "to" and prev_word == "between":
                takes = True
            elif is_dash(joiner) and not joiner.glued and prev_word == "between":
                takes = True
            elif joiner.lower == "to" and _to_joins(toks, start) and v2 > value and e2 < n and _unit_word(toks, e2):
                takes = True  # "3 to 4 L", "50 to 80%", "aged 25 to 30 years", "seven to 10 years"
            elif joiner.lower == "to" and prev_word in L.AGE_WORDS and v2 > value:
                takes = True  # "aged 18 to 24": an age range needs no unit after it
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
        unit_of_last = L.SCALE_WORDS.get(last, 1) if last in L.NUMBER_WORD_SCALES else 1
        value, j = value + part[0] * unit_of_last, part[1]
        if words and unit_of_last == 1 and j < n and toks[j].lower in _SCALES_IN_WORDS:
            value, j = value * _SCALES_IN_WORDS[toks[j].lower], j + 1  # "five and a half million"

    # Scale: "billion", "bn", "m", "lakh crore".
    scale = 1.0
    sc = _scale_at(toks, j, money=money_code is not None)
    if sc is not None and not words:
        scale, j = sc
    elif sc is not None and words and toks[j].lower in L.INDIAN_SCALES:
        scale, j = sc
    # "Rs1Million" capitalised glued
    if sc is None and j < n and toks[j].is_word and toks[j].glued and toks[j].lower in L.SCALE_WORDS and not words:
        scale, j = L.SCALE_WORDS[toks[j].lower], j + 1

    def scaled(v: float | None) -> float | None:
        return None if v is None else _clean(v * scale)

    value = _clean(value * scale)
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
            if pts[0] in L.INDEX_POINT_SURFACES and j > 0 and not _index_points_ok(toks, j):
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
        signs = L.CURRENCY_SIGNS.get(L.CURRENCY_WORDS[cw[0]], frozenset()) if cw is not None else frozenset()
        if cw is not None and cw[0] in L.WEIGHT_OR_MONEY and not (scale != 1 or money_code or signs & {t.text for t in toks} or _money_context(toks, i)):
            cw = None  # "a 20-pound bag of rice", "200 pounds of cocaine": weight
        if cw is not None and not (cw[0] in L.NEEDS_MONEY_CONTEXT and not _money_context(toks, i)):
            code = L.CURRENCY_WORDS[cw[0]]
            if money_code in L.RUPEE_CODES and code in L.RUPEE_CODES:
                money_code = code  # "Rs 500 Pakistani rupees": the word is more precise
            end = cw[1]
            # "75 USD million", "3 dollars 50 cents"
            if end < n and toks[end].lower in L.SCALES_AFTER_A_CURRENCY_WORD and scale == 1:
                factor = L.SCALE_WORDS.get(toks[end].lower) or L.SCALE_SUFFIXES[toks[end].lower]
                value, low, high, end = _clean(value * factor), _scaled(low, factor), _scaled(high, factor), end + 1
            amount, end = _and_cents(toks, end, value)
            _emit_money(toks, cands, start, end, amount, low, high, money_code or code)
            return
        sub = toks[j].lower
        if sub in L.CURRENCY_SUBUNITS and not money_code and (sub not in L.GLUED_ONLY_SUBUNITS or toks[j].glued):
            code, factor = L.CURRENCY_SUBUNITS[sub]
            _emit_money(toks, cands, start, j + 1, _scaled(value, factor), _scaled(low, factor), _scaled(high, factor), code)
            return
        # A currency sign after the figure: "10 €", "100元", "-15€".
        if not money_code and (toks[j].type == "sym" and toks[j].text in L.CURRENCY_PREFIXES or toks[j].text in L.SYMBOLS_AFTER):
            if not (j + 1 < n and toks[j + 1].is_num and toks[j + 1].glued):
                code = L.SYMBOLS_AFTER.get(toks[j].text) or L.CURRENCY_PREFIXES[toks[j].text]
                _emit_money(toks, cands, start, j + 1, value, low, high, code)
                return
    if money_code:
        _emit_money(toks, cands, start, j, value, low, high, money_code, priority=1)
        return

    # Multipliers: "three times", "10 times".
    if j < n and toks[j].lower == "times" and not words or (words and j < n and toks[j].lower == "times"):
        nxt = toks[j + 1].lower if j + 1 < n else ""
        if nxt in L.AFTER_TIMES:
            cands.append(_Cand(start, j + 1, "multiplier", value=value))
            return

    # Durations and ages: "three months", "15 years", "15 years old".
    if j < n and toks[j].is_word and toks[j].lower in L.TIME_UNITS and toks[j].lower != "second" or (
        j < n and toks[j].lower == "second" and value == 1
    ):
        unit = L.TIME_UNITS[toks[j].lower]
        if j + 1 < n and toks[j + 1].lower == "old":
            cands.append(_Cand(start, j + 2, "age", value=value, low=low, high=high, unit="year"))
            return
        if unit == "quarter":
            if not (j + 1 < n and toks[j + 1].lower == "of"):
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
                other_end = _measure_at(toks, rng[1], False) if rng is not None else None
                if rng is not None and other_end is not None and other_end[0] == unit_at[0]:
                    low, high, end = min(value, rng[0]), max(value, rng[0]), other_end[1]
                    if start > 0 and toks[start - 1].lower == "between":
                        start -= 1
            cands.append(_Cand(start, end, "measure", value=value, low=low, high=high, unit=unit))
            return

    # A number joined to a scale's ordinal: "its 40 millionth passenger" is the 40,000,000th.
    if not words and low is None and value is not None and j < n and _SCALE_ORDINALS.get(toks[j].lower):
        end, ordered = _ordinal_unit(toks, j + 1)
        cands.append(_Cand(start, max(end, j + 1), "ordinal", value=value * _SCALE_ORDINALS[toks[j].lower], unit=ordered, priority=2))
        return

    # Ordinals written in digits: "21st", "3rd", "the 23rd minute", "a 41st-minute goal".
    if not words and j < n and toks[j].glued and toks[j].lower in L.ORDINAL_SUFFIXES and low is None:
        end, ordered = _ordinal_unit(toks, j + 1)
        if ordered is None and _ranking(toks, start, end):
            ordered = "rank"
        cands.append(_Cand(start, end, "ordinal", value=value, unit=ordered))
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
        year_prev = prev in L.BEFORE_A_YEAR
        if noun is None or year_prev or value >= 1900 and not noun[0].endswith(L.HEAD_COUNTS):
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
    if i > 0 and toks[i - 1].lower in L.AGE_WORDS or (
        low is not None and i > 1 and toks[i - 1].lower == "between" and toks[i - 2].lower in L.AGE_WORDS
    ):
        first = i - 1 if toks[i - 1].lower in L.AGE_WORDS else i - 2
        cands.append(_Cand(first, j, "age", value=value, low=low, high=high, unit="year", priority=1))
        return
    if _appositive_age(toks, i, j, value, words):
        cands.append(_Cand(start, j, "age", value=value, unit="year"))
        return
    if i > 1 and toks[i - 1].lower == "of" and toks[i - 2].lower in L.AGE_WORDS and low is None and value is not None and value <= OLDEST_AGE and _counted_noun(toks, j) is None:
        # "died at the age of 77" ("the median age of 1,200 patients" counts patients)
        cands.append(_Cand(i - 2, j, "age", value=value, unit="year", priority=1))
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


def _fiscal_year(toks: list[Token], i: int, j: int, value: float, cands: list[_Cand]) -> bool:
    """ "FY26", "FY2026": the fiscal year that ends in 2026.  False when the number is
    not one to read so ("FY2024-25" is read from its first half, as a range)."""
    t, n = toks[i], len(toks)
    if not (t.is_int and len(t.text) in (2, 4) and not (j < n and is_dash(toks[j]) and toks[j].glued)):
        return False
    end_year = value + 2000 if len(t.text) == 2 else value
    if 1900 < end_year <= 2100:
        cands.append(_Cand(i - 1, j, "range", low=end_year - 1, high=end_year, unit="year", priority=2))
    return True


def _rank_number(toks: list[Token], i: int, j: int, value: float) -> int | None:
    """Rankings: "world No 41", "the No. 1 seed", "ranked No 15": where the rank starts.

    "No 10 Downing Street" is an address, not a rank."""
    n = len(toks)
    prev = toks[i - 1] if i > 0 else None
    rank_word = toks[i - 1] if prev is not None and prev.text != "." else (toks[i - 2] if i >= 2 else None)
    if rank_word is not None and rank_word.text in L.RANK_LABELS and toks[i].is_int and value is not None and value < 1000:
        k0 = i - 1 if prev is not None and prev.text != "." else i - 2
        around = {toks[k0 - 1].lower if k0 > 0 else "", toks[j].lower if j < n else ""}
        strong = around & L.RANK_WORDS
        named = j < n and toks[j].is_word and toks[j].capitalised
        address = named and any(t.text in L.STREET_WORDS for t in toks[j : j + 3])  # "No 10 Downing Street"
        if strong or (around & L.WEAK_RANK_WORDS and not address) or (named and not address and toks[j].lower not in L.MONTHS):
            return k0  # "No. 5 Georgia": a rank before the name it ranks
    return None
