"""Matchers for calendar dates, parts and periods of years, and dates relative to the
story's; completing a date from the story's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...types import DateParts
from .. import lexicon as L
from ..tokens import is_dash, Token
from .candidates import _Cand
from .numbers import _num_at, _words_at
from .units import _unit_follows


def _day_date(cands: list[_Cand], start: int, end: int, year: tuple[int, int] | None, month: int, day: int, weekday: int | None) -> None:
    """A day and month, with the year after them (``year``: its value and end) if written."""
    if not _valid(year[0] if year else None, month, day):
        return
    if year is not None:
        cands.append(_Cand(start, year[1], "date", date=DateParts(year=year[0], month=month, day=day, weekday=weekday), priority=3))
    else:
        cands.append(_Cand(start, end, "date", date=DateParts(month=month, day=day, weekday=weekday), priority=3))


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
            if w in L.AMBIGUOUS_MONTHS or len(w) < 5 or nxt is None or not nxt.is_num:
                return None
        end = k + 1
        if end < n and toks[end].text == "." and toks[end].glued and tok.lower in L.MONTH_ABBREVIATIONS:
            end += 1
        # "May", "March" are also ordinary words: make sure a date is meant.
        if w in L.MONTHS_ALSO_WORDS or w in L.MONTHS_NEEDING_A_DATE:
            nxt = toks[end] if end < n else None
            prev = toks[k - 1].lower if k > 0 else ""
            dayish = nxt is not None and nxt.is_num and nxt.is_int and (1 <= nxt.value <= 31 or 1000 <= nxt.value <= 2100)
            prepish = prev in L.BEFORE_A_MONTH_DATE
            numbered = k > 0 and (
                toks[k - 1].is_num and 1 <= toks[k - 1].value <= 31
                or k > 1 and toks[k - 1].lower in L.ORDINAL_SUFFIXES and toks[k - 2].is_num
            )
            if not (dayish or prepish or numbered):
                return None
            if w in L.MONTHS_ALSO_WORDS and not tok.text[0].isupper():
                return None
        return (L.MONTHS[w], end)

    def day_at(k: int) -> tuple[int, int] | None:
        if k >= n or not toks[k].is_num or not toks[k].is_int:
            return None
        v = int(toks[k].value)
        if not 1 <= v <= 31 or len(toks[k].text) > 2:
            return None
        end = k + 1
        if end < n and toks[end].glued and toks[end].lower in L.ORDINAL_SUFFIXES:
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
            _day_date(cands, start, e2, y, month, day, weekday)
            return
        e_of = e + 1 if e < n and toks[e].lower == "of" else e
        y = year_at(comma(e_of) if e_of == e else e_of)
        if y is not None:
            cands.append(_Cand(start, y[1], "date", date=DateParts(year=y[0], month=month, weekday=weekday), priority=3))
            return
        if weekday is None:
            prev = toks[i - 1].lower if i > 0 else ""
            if prev in L.BEFORE_A_BARE_MONTH or (i > 0 and is_dash(toks[i - 1]) and toks[i].glued):
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
            _day_date(cands, start, e2, y, month, day, weekday)
        return

    # ISO dates: "2025-04-09"
    if t.is_num and len(t.text) == 4 and t.is_int and i + 4 < n:
        a, b, c, dd = toks[i + 1], toks[i + 2], toks[i + 3], toks[i + 4]
        if a.text == "-" and b.is_num and c.text == "-" and dd.is_num and all(x.glued for x in (a, b, c, dd)):
            year, month, day = int(t.value), int(b.value), int(dd.value)
            if _valid(year, month, day):
                cands.append(_Cand(i, i + 5, "date", date=DateParts(year=year, month=month, day=day), priority=3))


def _valid(year: int | None, month: int, day: int | None) -> bool:
    """No 30 February, and 29 February only in a leap year (or when the year is unknown);
    no month 99999999999999999999 ("1.99999999999999999999.2025") and no year 0 or 10000."""
    if not 1 <= month <= 12 or year is not None and not 1 <= year <= 9999:
        return False
    if day is None:
        return True
    if not 1 <= day <= 31:
        return False
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


_PART_ORDINALS = L.PART_ORDINALS


def _match_year_part(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Halves and quarters of a year: "the second half of 2026", "Q3 2025", "H1", "first quarter"."""
    n = len(toks)
    t = toks[i]
    part = None
    k = i
    if t.is_word and t.text in L.YEAR_PARTS and i + 1 < n and toks[i + 1].glued and toks[i + 1].is_int:
        number = int(toks[i + 1].value)
        if 1 <= number <= L.YEAR_PARTS[t.text]:
            part, k = f"{t.text}{number}", i + 2
    elif t.is_num and i + 1 < n and toks[i + 1].glued and toks[i + 1].lower in L.ORDINAL_SUFFIXES:
        word, k = t.text + toks[i + 1].lower, i + 2
        if word in _PART_ORDINALS and k < n and toks[k].lower in L.YEAR_PART_WORDS:
            part, k = L.YEAR_PART_WORDS[toks[k].lower] + str(_PART_ORDINALS[word]), k + 1
    elif t.is_word and t.lower in _PART_ORDINALS and i + 1 < n and toks[i + 1].lower in L.YEAR_PART_WORDS:
        number = _PART_ORDINALS[t.lower]
        kind = L.YEAR_PART_WORDS[toks[i + 1].lower]
        if number == 0:
            number = L.YEAR_PARTS[kind]  # "the final quarter", "the last half"
        if number <= L.YEAR_PARTS[kind]:
            part, k = f"{kind}{number}", i + 2
    if part is None:
        return
    year = None
    m = k + 1 if k < n and toks[k].lower in L.YEAR_PART_LINKS else k
    if m < n and toks[m].is_int and len(toks[m].text) == 4 and 1900 <= toks[m].value <= 2100:
        year, k = int(toks[m].value), m + 1
    elif m + 1 < n and toks[m].lower == "fy" and toks[m + 1].glued and toks[m + 1].is_int:
        v = int(toks[m + 1].value)
        year, k = (v + 2000 if v < 100 else v), m + 2
    elif t.text not in L.YEAR_PARTS:
        # Without a year, "the first half" is a date only when it reads like one:
        # "in the first quarter", "the second half of the year", not "the first
        # half of a double act".
        after = [x.lower for x in toks[k : k + 3]]
        if after[:1] and after[0] in L.YEAR_PART_LINKS and tuple(after[1:3]) not in L.YEAR_PART_OF_PHRASES:
            return
        if not (i > 0 and toks[i - 1].lower in L.BEFORE_A_YEAR_PART):
            return
    cands.append(_Cand(i, k, "date", date=DateParts(year=year, part=part), priority=4))


def _match_period(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Periods of years: "between 2013 and 2018", "from 2013 to 2018", "2013 through 2018"."""
    n = len(toks)
    t = toks[i]
    k = i
    lead = t.lower if t.is_word else ""
    if lead in L.PERIOD_JOINERS and lead:
        k = i + 1
    first = toks[k] if k < n else None
    if first is None or not (first.is_num and first.is_int and len(first.text) == 4 and 1000 <= first.value <= 2100):
        return
    if k + 2 >= n:
        return
    joiner = toks[k + 1]
    second = toks[k + 2]
    if joiner.lower not in L.PERIOD_JOINERS.get(lead, ()):
        return
    if not (second.is_num and second.is_int and len(second.text) == 4 and first.value < second.value <= 2100):
        return
    if k + 3 < n and _unit_follows(toks, k + 3):
        return
    if lead == "" and i > 0 and toks[i - 1].lower in L.PERIOD_JOINERS:
        return
    cands.append(_Cand(i, k + 3, "range", low=first.value, high=second.value, unit="year", priority=4))


_RELATIVE_DAYS = L.RELATIVE_DAYS


def _match_relative(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Dates relative to the story's: "yesterday", "today", "three days ago", "two weeks ago"."""
    n = len(toks)
    t = toks[i]
    if t.is_word and t.lower in _RELATIVE_DAYS:
        cands.append(_Cand(i, i + 1, "date", date=DateParts(), relative=("day", _RELATIVE_DAYS[t.lower]), priority=1))
        return
    got = _num_at(toks, i) if t.is_num else (_words_at(toks, i) if t.lower in L.NUMBER_WORDS or t.lower in L.ARTICLES else None)
    if got is None and t.lower in L.ARTICLES and i + 1 < n:
        got = (1, i + 1)
    if got is None or got[1] + 1 >= n:
        return
    unit, ago = toks[got[1]].lower, toks[got[1] + 1].lower
    if ago != "ago" or unit not in L.UNITS_BEFORE_AGO:
        return
    amount = int(got[0])
    step = unit.rstrip("s")
    if step == "week":
        step, amount = "day", amount * 7
    cands.append(_Cand(i, got[1] + 2, "date", date=DateParts(), relative=(step, -amount), priority=4))


def _shift(published: dt.date, step: str, amount: int) -> DateParts | None:
    """The story's date moved by ``amount`` days, months or years, at that precision;
    None past the calendar ("99999999999 days ago")."""
    every = ("year", "month", "day")
    if step == "day":
        try:
            d = published + dt.timedelta(days=amount)
        except OverflowError:
            return None
        return DateParts(d.year, d.month, d.day, d.weekday(), inferred=every)
    if step == "month":
        months = published.year * 12 + published.month - 1 + amount
        year = months // 12
        return DateParts(year, months % 12 + 1, inferred=("year", "month")) if 1 <= year <= 9999 else None
    year = published.year + amount
    return DateParts(year, inferred=("year",)) if 1 <= year <= 9999 else None


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
        forward = any(w in L.FORWARD_WORDS for w in before)
        delta = (published.weekday() - date.weekday) % 7
        if forward:
            when = published + dt.timedelta(days=(date.weekday - published.weekday()) % 7 or 7)
        elif "this" in before:
            when = published + dt.timedelta(days=date.weekday - published.weekday())  # the same week
        else:
            when = published - dt.timedelta(days=delta)
        return replace(
            date,
            year=when.year,
            month=when.month,
            day=when.day,
            inferred=date.inferred + ("year", "month", "day"),
        )
    return date
