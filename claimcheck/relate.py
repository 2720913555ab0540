"""How two figures relate: the same, compatible, in conflict, or not comparable.

This is the rule book an editor applies without thinking: "$7 billion" is
"$7bn"; "nearly 30%" fits "29%"; "April 9" fits "9 April 2025"; "42%" is not
"24 percent"; a tariff rate and an attack count are not comparable at all.
Pure functions, no model.
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import replace

from .extract import lexicon
from .extract.lexicon import DOLLAR_CODES, RUPEE_CODES
from .rulebook import Rules
from .types import DateParts, Quantity


class Relation(enum.Enum):
    SAME = "same"
    COMPATIBLE = "compatible"  # within rounding, a bound, or a less precise date
    CONFLICT = "conflict"
    INCOMPARABLE = "incomparable"

    @property
    def agrees(self) -> bool:
        return self in (Relation.SAME, Relation.COMPATIBLE)


# Kinds that measure the same sort of thing and may be compared.
_FAMILY = {
    "percent": "share",
    "fraction": "share",
    "points": "points",
    "money": "money",
    "count": "count",
    "number": "count",
    "measure": "measure",
    "duration": "duration",
    "age": "age",
    "multiplier": "multiplier",
    "ordinal": "ordinal",
    "score": "score",
    "time": "clock",
    "date": "calendar",
    "year": "calendar",
    "range": "calendar",
}

# Counted nouns that all count people: "seven suspects" and "7 people" may be
# the same figure (the context decides), "12 people" and "12 goals" never.
PEOPLE = frozenset("""
person man woman child boy girl adult teenager resident civilian victim suspect
passenger survivor worker employee staff soldier troop officer policeman militant
attacker assailant gunman fighter rebel patient student pupil teacher voter
member migrant refugee pilgrim tourist visitor fan spectator player driver
miner farmer protester demonstrator prisoner inmate detainee hostage casualty
dead injured wounded missing guard journalist doctor nurse crew sailor fisherman
official lawmaker candidate minister citizen national foreigner individual people
client customer investor pensioner saver depositor shareholder applicant consumer user subscriber
""".split())

# Units by dimension, with their size in the dimension's base unit (days for
# durations), so "1.2 tonnes" meets "1,200 kg" and "100 km" meets "62 miles":
# claimcheck/data/units.json, through the lexicon.
_DAYS = {name: unit.factor for name, unit in lexicon.DURATIONS.items()}
_POINTS = {name: unit.factor for name, unit in lexicon.POINTS.items() if unit.dimension == "percentage"}
_MEASURES: dict[str, tuple[str, float]] = {name: (unit.dimension, unit.factor) for name, unit in lexicon.MEASURES.items()}
_OFFSETS = {name: unit.offset for name, unit in lexicon.MEASURES.items() if unit.offset}

# The most a hedge ("about", "nearly") lets a figure be off; within it, as far as its rounding says (_hedge_slack).
APPROX_TOLERANCE = 0.10
# How far a round figure ("1,200") may be from a precise one ("1,234").
ROUNDING_TOLERANCE = 0.05
# A rounded figure's last digit is at most this share of it: "$7 billion" may be
# $7.2bn, but "5 people" is no rounding of 4.6.
ROUNDED_SHARE = 0.2
# A percentage (or a gap in percentage points) rounded to its last digit is the usual
# way to write one with more, down to twice that digit: "rose 3%" is "rose 2.7 percent",
# "0.4%" is 0.44 percent, "2%" is 1.6%; "1%" is not 0.6%, nor "4%" 4.5% (a half-way
# figure rounds either way, so it is no rounding of one of them).
PERCENT_ROUNDED_SHARE = 0.5
# How far past a bound ("more than 40%") a figure may lie and still fit it.
BOUND_TOLERANCE = 0.10
# "a dozen" is said of anything from about 9 to 16.
VAGUE_TOLERANCE = 0.35
# How far past the span its words say an amount in words may lie: "hundreds"
# (200 to 999) fits "nearly 1,100" and "some 190", not 1,500.
WORD_AMOUNT_SLACK = 0.10


def family(q: Quantity) -> str:
    return _FAMILY.get(q.kind, q.kind)


# A bare "$" is the local dollar: an Australian outlet's "$25 million" may be the
# A$25 million of a wire, so a bare "$" is weighed against any dollar; "US$",
# "A$" and "USD" are not bare.
_BARE_DOLLAR = re.compile(r"[^\w$]*(?:(?:about|around|nearly|almost|some|more than|over|up to|at least|roughly)\s+)*\$(?![A-Za-z])", re.I)


def _bare_dollar(q: Quantity) -> bool:
    return bool(_BARE_DOLLAR.match(q.text))


# Whether two figures can be compared at all: each rule names what keeps them
# apart (registered with the comparison's rules, claimcheck.comparison.rules).
COMPARABLE = Rules("comparable", "Do the two figures measure the same sort of thing in the same unit?", default=True)


@COMPARABLE.declines("different-family")
def _different_family(a: Quantity, b: Quantity, fam: str) -> bool:
    """A share and a sum of money, a count and a date: different sorts of thing."""
    return family(b) != fam


# A share's price is a price per share however it is written ("$1.83 a share" / "$1.84"),
# while a company's sums ("$64 million") are far above any share's price.
_SHARE_PRICE_CEILING = 10_000


@COMPARABLE.declines("different-rate-basis")
def _different_rate_basis(a: Quantity, b: Quantity, fam: str) -> bool:
    """A price per barrel ("USD per barrel") is comparable only with another price per barrel (a small sum "a share" with a bare one)."""
    if fam != "money":
        return False
    bases = {(a.unit or "").partition(" per ")[2], (b.unit or "").partition(" per ")[2]}
    if bases == {"share", ""} and all(q.value is not None and abs(q.value) < _SHARE_PRICE_CEILING for q in (a, b)):
        return False
    return len(bases) > 1


@COMPARABLE.declines("different-currency")
def _different_currency(a: Quantity, b: Quantity, fam: str) -> bool:
    """Dollars and euros are not one figure (a bare "$" may be any dollar, a rupee any rupee)."""
    if fam != "money":
        return False
    ca, cb = (a.unit or "").partition(" per ")[0], (b.unit or "").partition(" per ")[0]
    return not (
        ca == cb
        or (ca in RUPEE_CODES and cb in RUPEE_CODES)
        or (ca in DOLLAR_CODES and cb in DOLLAR_CODES and (_bare_dollar(a) or _bare_dollar(b)))
    )


@COMPARABLE.declines("different-points")
def _different_points(a: Quantity, b: Quantity, fam: str) -> bool:
    """Percentage or basis points and index points are different scales."""
    return fam == "points" and (a.unit in _POINTS) != (b.unit in _POINTS)


@COMPARABLE.declines("different-nouns")
def _different_nouns(a: Quantity, b: Quantity, fam: str) -> bool:
    """Twelve people and twelve goals count different things (a bare figure may count anything)."""
    return fam == "count" and not (a.unit is None or b.unit is None or a.unit == b.unit or (a.unit in PEOPLE and b.unit in PEOPLE))


@COMPARABLE.declines("different-dimension")
def _different_dimension(a: Quantity, b: Quantity, fam: str) -> bool:
    """A length and a weight are measures of different dimensions."""
    return fam == "measure" and not (
        a.unit == b.unit or (a.unit in _MEASURES and b.unit in _MEASURES and _MEASURES[a.unit][0] == _MEASURES[b.unit][0])
    )


@COMPARABLE.declines("unknown-duration-unit")
def _unknown_duration_unit(a: Quantity, b: Quantity, fam: str) -> bool:
    """A duration in a unit of no known length in days cannot be weighed."""
    return fam == "duration" and not (a.unit in _DAYS and b.unit in _DAYS)


@COMPARABLE.declines("different-ordinal-unit")
def _different_ordinal_unit(a: Quantity, b: Quantity, fam: str) -> bool:
    """Third place and the third goal rank different things."""
    return fam == "ordinal" and not (a.unit is None or b.unit is None or a.unit == b.unit)


@COMPARABLE.declines("year-and-day")
def _year_and_day(a: Quantity, b: Quantity, fam: str) -> bool:
    """A year alone ("the 2020 parade") says nothing of a day ("Jan. 1, 2020"): the day is what one source adds."""
    if fam != "calendar" or a.date is None or b.date is None:
        return False
    wa, wb = _written(a.date), _written(b.date)
    return any(set(x) == {"year"} and y.keys() >= {"month", "day"} and d.weekday is None and d.part is None
               for x, y, d in ((wa, wb, a.date), (wb, wa, b.date)))


TALLY_APART = COMPARABLE.named("tally-apart", "An ordinal and a count of one thing that differ are two tallies (his 19th goal, 20 goals).", "declines")
NOTHING_TO_COMPARE = COMPARABLE.named(
    "nothing-to-compare", "One sort of figure but nothing to weigh: dates with no written part in common, values past float range.",
    "declines",
)


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether the two figures measure the same sort of thing in the same unit."""
    return COMPARABLE.decide(a, b, family(a))[0]


def incomparable_rule(a: Quantity, b: Quantity) -> str:
    """For two figures ``relate`` calls INCOMPARABLE, the rule that says so."""
    if tally(a, b):
        return TALLY_APART.name
    return COMPARABLE.decide(a, b, family(a))[1] or NOTHING_TO_COMPARE.name


def tally(a: Quantity, b: Quantity) -> bool:
    """ "his 19th league goal" and "19 league goals", "the 23rd minute" and "after 23
    minutes": an ordinal and a count of the same thing, which can only agree."""
    kinds = {a.kind, b.kind}
    if "ordinal" not in kinds or not a.unit or a.unit != b.unit:
        return False
    return kinds in ({"ordinal", "count"}, {"ordinal", "duration"})


def _factor(q: Quantity) -> float:
    """What one of the figure's units is in its family's common unit."""
    if q.kind == "fraction":
        return 100.0
    if q.kind == "duration" and q.unit in _DAYS:
        return _DAYS[q.unit]
    if q.kind == "points" and q.unit in _POINTS:
        return _POINTS[q.unit]
    if q.kind == "measure" and q.unit in _MEASURES:
        return _MEASURES[q.unit][1]
    return 1.0


def _base(q: Quantity, v: float) -> float:
    if q.kind == "measure" and q.unit in _OFFSETS:
        return (v + _OFFSETS[q.unit]) * _factor(q)  # Fahrenheit is compared in Celsius
    return v * _factor(q)


def _scalar(q: Quantity) -> tuple[float | None, float | None]:
    """(low, high) in the family's common unit; equal for a single value."""
    if q.low is not None and q.high is not None:
        return (_base(q, q.low), _base(q, q.high))
    if q.value is None:
        return (None, None)
    return (_base(q, q.value), _base(q, q.value))


def _precision(q: Quantity) -> float:
    """The step of the last digit written: "7bn" -> 1e9, "7.2bn" -> 1e8, "29.4%" -> 0.1."""
    digits = "".join(ch for ch in q.text if ch.isdigit() or ch in ".,")
    if q.value is None or not digits:
        return 0.0
    number = digits.replace(",", "").strip(".")
    try:
        written = float(number)
    except ValueError:
        return 0.0
    if written == 0:
        return 0.0
    decimals = len(number.split(".")[1]) if "." in number else 0
    scale = abs(q.value) / written if written else 1.0
    return scale * 10 ** (-decimals) * abs(_factor(q))


def _step(q: Quantity) -> float:
    """The rounding step a whole figure's trailing zeros suggest: "52,000" -> 1000."""
    if not _round_figure(q) or q.value is None:
        return 0.0
    digits = _digits(q)
    zeros = len(digits) - len(digits.rstrip("0"))
    return (_last_digit(q) or abs(_factor(q))) * 10**zeros


def _digits(q: Quantity) -> str:
    return "".join(ch for ch in q.text if ch.isdigit())


def _last_digit(q: Quantity) -> float:
    """What one unit of the last digit written is worth: "60%" -> 1, "60.5%" -> 0.1, "$7bn" -> 1e9."""
    digits = _digits(q)
    written = float(digits) if digits else 0.0
    if not written or q.value is None:
        return 0.0
    return abs(q.value) / written * abs(_factor(q))


def _hedge_slack(q: Quantity, v: float) -> float:
    """How far a hedge ("about", "some", "nearly") lets a figure be off: as far as its
    rounding says ("about 400" is 350 to 450, "nearly 30%" 27% to 33%), one unit of its
    last digit when it is not round ("about 57" is 56 to 58), never more than
    APPROX_TOLERANCE; a figure in words ("about thirty") takes APPROX_TOLERANCE."""
    cap = APPROX_TOLERANCE * abs(v)
    if not _digits(q):
        return cap
    return min(cap, _step(q) / 2 if _round_figure(q) else _last_digit(q))


def _round_figure(q: Quantity) -> bool:
    """ "1,200", "300": whole figures ending in zeros read as rounded."""
    if q.value is None or not float(q.value).is_integer():
        return False
    digits = "".join(ch for ch in q.text if ch.isdigit())
    return len(digits) >= 2 and digits.endswith("0") and "." not in q.text


_VAGUE_WORDS = lexicon.VAGUE_NUMBER_WORDS


def _vague(q: Quantity) -> bool:
    """A figure given by a vague word, not digits: "a dozen", "dozens", "a handful"."""
    return not any(ch.isdigit() for ch in q.text) and any(w in _VAGUE_WORDS for w in q.text.lower().split())


def word_amount(q: Quantity) -> bool:
    """An amount in words: "hundreds of people", "tens of thousands" (``amount_words``
    in numbers.json; "five to seven years" is a range written in words, not one)."""
    return q.kind == "count" and q.is_range and lexicon.amount_words_at(q.text.lower().split()) is not None


def _reach(q: Quantity) -> tuple[float, float]:
    """The values a figure allows when weighed against an amount in words, in the
    family's common unit.  A bound is open on its side here ("more than 1,000"
    fits "thousands"): words name a size, not a figure to round."""
    lo, hi = _scalar(q)
    assert lo is not None and hi is not None
    if word_amount(q):
        return (lo * (1 - WORD_AMOUNT_SLACK), hi * (1 + WORD_AMOUNT_SLACK))
    if q.is_range:
        return (lo, hi)
    if q.change == ">":
        return (lo, math.inf)
    if q.change == "<":
        return (0.0, hi)
    if q.change == "~":
        return (lo * (1 - APPROX_TOLERANCE), hi * (1 + APPROX_TOLERANCE))
    return (lo, hi)


def _word_amounts(a: Quantity, b: Quantity) -> Relation:
    """ "hundreds" against "more than 2,000" conflicts, against 650 it fits, and
    against "thousands" it conflicts: the two spans either meet or they do not."""
    alo, ahi = _reach(a)
    blo, bhi = _reach(b)
    return Relation.COMPATIBLE if alo <= bhi and blo <= ahi else Relation.CONFLICT


def _close(x: float, y: float, tol: float) -> bool:
    return abs(x - y) <= tol * max(abs(x), abs(y))


def _values(a: Quantity, b: Quantity) -> Relation:
    alo, ahi = _scalar(a)
    blo, bhi = _scalar(b)
    if alo is None or blo is None or ahi is None or bhi is None:
        return Relation.INCOMPARABLE
    if not all(math.isfinite(v) for v in (alo, ahi, blo, bhi)):
        return Relation.INCOMPARABLE  # past float range in the common unit: no rounding can be judged
    # Opposite directions of change ("rose 5%" vs "fell 5%") never agree.
    if {a.change, b.change} == {"up", "down"}:
        return Relation.CONFLICT
    if word_amount(a) or word_amount(b):
        return _word_amounts(a, b)
    a_range, b_range = a.is_range, b.is_range
    if a_range and b_range:
        if math.isclose(alo, blo, rel_tol=1e-9) and math.isclose(ahi, bhi, rel_tol=1e-9):
            return Relation.SAME
        return Relation.CONFLICT
    if a_range or b_range:
        lo, hi, v = (alo, ahi, blo) if a_range else (blo, bhi, alo)
        return Relation.COMPATIBLE if lo <= v <= hi else Relation.CONFLICT
    x, y = alo, blo
    if math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12):
        return Relation.SAME if a.change == b.change or {a.change, b.change} <= {"=", "up", "down"} else Relation.COMPATIBLE
    # Bounds: "more than 40%" fits 42% and "up to 50" fits 45, but "at least
    # 27 dead" does not fit "31 dead": a bound is a rounding of the figure, not
    # a licence for any larger one.
    for bound, other in ((a, y), (b, x)):
        v = x if bound is a else y
        slack = max(BOUND_TOLERANCE * abs(v), _step(bound) / 2)
        if bound.change == ">" and v <= other <= v + slack:
            return Relation.COMPATIBLE
        if bound.change == "<" and v - slack <= other <= v:
            return Relation.COMPATIBLE
        if bound.change == "<" and bound.kind == "duration" and 0 <= other <= v:
            return Relation.COMPATIBLE  # "faces up to 10 years" and "jailed for eight years": a cap, not a rounding
    if (a.change == b.change == ">" or a.change == b.change == "<") and _close(x, y, BOUND_TOLERANCE):
        return Relation.COMPATIBLE  # "more than 300" and "over 310": two roundings of one figure
    # A bound holds as far as it says: "over 60%" is not 57%, "up to 50" is not 55
    # (beyond half its last written digit, no rounding rescues it).
    for bound, v, other_q, other in ((a, x, b, y), (b, y, a, x)):
        if _vague(bound) or other_q.change in (">", "<"):
            continue
        half = _last_digit(bound) / 2
        if bound.change == ">" and other < v - half or bound.change == "<" and other > v + half:
            return Relation.CONFLICT
    for hedged, v in ((a, x), (b, y)):
        if hedged.change == "~" and abs(x - y) <= _hedge_slack(hedged, v) + 1e-9 * abs(v):
            return Relation.COMPATIBLE
    # Vague number words: "at least a dozen" fits 17, "dozens" fits 30.
    for vague, v, other in ((a, x, y), (b, y, x)):
        if _vague(vague):
            if vague.change == ">" and v <= other <= 2 * v or vague.change == "<" and v / 2 <= other <= v:
                return Relation.COMPATIBLE
            if vague.change in ("=", "~") and _close(v, other, VAGUE_TOLERANCE):
                return Relation.COMPATIBLE
    # Rounding: "$7 billion" fits "$7.2bn"; "29%" fits "29.4%".  A figure
    # written with decimals may also be cut short: "Rs18.87 trillion" fits
    # "Rs 18,877 billion".
    for coarse, fine in ((a, y), (b, x)):
        step = _precision(coarse)
        v = x if coarse is a else y
        if step and abs(v - fine) <= step / 2 + 1e-9 * abs(v) and step <= abs(v) * ROUNDED_SHARE:
            return Relation.COMPATIBLE
        # a coarse percentage rounds only what is nearer to it than to the next step:
        # "4%" is no rounding of 4.5% (that is as near 5%)
        if step and _percent_like(coarse) and abs(v - fine) < step / 2 - 1e-9 * abs(v) and step <= abs(v) * PERCENT_ROUNDED_SHARE:
            return Relation.COMPATIBLE
        if step and "." in coarse.text and 0 <= fine - v < step and step <= abs(v) * 0.01:
            return Relation.COMPATIBLE
    # Round figures: "1,200" fits 1,234 (within its hundreds), "4,100" does not fit 4,012.
    for coarse, v, fine in ((a, x, y), (b, y, x)):
        if _round_figure(coarse) and abs(v - fine) <= _step(coarse) / 2 and _close(v, fine, ROUNDING_TOLERANCE):
            return Relation.COMPATIBLE
    return Relation.CONFLICT


def _percent_like(q: Quantity) -> bool:
    """A share or a gap in percentage points: written rounded to whole points as a rule."""
    return q.kind == "percent" or q.unit == "percentage point"


def _month_in_part(month: int, part: str) -> bool:
    size = 6 if part[0] == "H" else 3
    n = int(part[1:])
    return (n - 1) * size < month <= n * size


def _written(d: DateParts) -> dict[str, int]:
    """The date parts the text actually gives (inferred parts are not claims)."""
    out = {}
    for part in ("year", "month", "day"):
        value = getattr(d, part)
        if value is not None and part not in d.inferred:
            out[part] = value
    return out


def _weekday_of(d: DateParts) -> int | None:
    import datetime as dt

    if d.year and d.month and d.day:
        try:
            return dt.date(d.year, d.month, d.day).weekday()
        except ValueError:
            return None
    return None


def _as_period(q: Quantity) -> tuple[int, int] | None:
    """A year or a range of years as (first, last)."""
    if q.kind == "range" and q.low is not None and q.high is not None:
        return (int(q.low), int(q.high))
    if q.kind == "year" and q.value is not None:
        return (int(q.value), int(q.value))
    return None


def _dates(a: Quantity, b: Quantity) -> Relation:
    pa, pb = _as_period(a), _as_period(b)
    if a.kind == "range" or b.kind == "range":
        if pa is None or pb is None:
            # A range of years against a dated day: compare the year only.
            other = b if pa is not None else a
            period = pa if pa is not None else pb
            year = other.date.year if other.date and "year" not in other.date.inferred else None
            if period is None or year is None:
                return Relation.INCOMPARABLE
            return Relation.COMPATIBLE if period[0] <= year <= period[1] else Relation.CONFLICT
        if a.kind == b.kind == "range":
            return Relation.SAME if pa == pb else Relation.CONFLICT
        rng, yr = (pa, pb) if a.kind == "range" else (pb, pa)
        return Relation.COMPATIBLE if rng[0] <= yr[0] <= rng[1] else Relation.CONFLICT
    da, db = a.date, b.date
    if da is None or db is None:
        return Relation.INCOMPARABLE
    if da.part and db.part and da.part != db.part:
        return Relation.CONFLICT  # "the first half" and "the second half"
    if (da.part or db.part) and (da.month or db.month) and not (da.part and db.part):
        # "the second half of 2026" against "August 2026": fits when the month falls in it.
        part, month = (da.part, db.month) if da.part else (db.part, da.month)
        if month is not None and part is not None and not _month_in_part(month, part):
            return Relation.CONFLICT
    wa, wb = _written(da), _written(db)
    common = set(wa) & set(wb)
    for part in common:
        if wa[part] != wb[part]:
            return Relation.CONFLICT
    # Weekdays: "on Monday" against another weekday, or against a written day.
    if da.weekday is not None and db.weekday is not None and da.weekday != db.weekday:
        return Relation.CONFLICT
    for weekday_side, other_date in ((da, db), (db, da)):
        if weekday_side.weekday is not None and other_date.weekday is None and {"month", "day"} <= set(_written(other_date)):
            actual = _weekday_of(other_date)
            if actual is not None and actual != weekday_side.weekday:
                return Relation.CONFLICT
            if actual is not None and not _written(weekday_side):
                return Relation.COMPATIBLE  # "on Monday" and "7 April 2025", a Monday
    if not common:
        if da.weekday is None and db.weekday is None:
            return Relation.INCOMPARABLE
        # "on Monday" vs "April 7, 2025": compare the days the story's date resolves them to.
        resolved_a = (da.year, da.month, da.day)
        resolved_b = (db.year, db.month, db.day)
        if None in resolved_a or None in resolved_b:
            return Relation.SAME if da.weekday == db.weekday and not wa and not wb else Relation.INCOMPARABLE
        return Relation.COMPATIBLE if resolved_a == resolved_b else Relation.CONFLICT
    if wa == wb and da.weekday == db.weekday and da.part == db.part:
        return Relation.SAME
    return Relation.COMPATIBLE


def relate(a: Quantity, b: Quantity) -> Relation:
    """How figure ``a`` stands to figure ``b``."""
    if tally(a, b):
        return Relation.SAME if a.value == b.value else Relation.INCOMPARABLE
    if not comparable(a, b):
        return Relation.INCOMPARABLE
    if family(a) == "calendar":
        return _dates(a, b)
    if family(a) == "clock":
        a, b = _one_clock(a, b)
    if family(a) == "score":
        if a.low == b.low and a.high == b.high:
            return Relation.SAME
        if a.low == b.high and a.high == b.low:
            return Relation.COMPATIBLE  # "lost 1-3" and "won 3-1" tell one result
        return Relation.CONFLICT
    return _values(a, b)



def _utc_offset(q: Quantity) -> float | None:
    """The zone a time names, in hours from UTC ("hour UTC-5" for "10:00 EST")."""
    zone = (q.unit or "").partition(" UTC")[2]
    return float(zone) if zone else None


def _one_clock(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """Two times on one clock: both in UTC when both name a zone ("15:00 GMT" is
    "10:00 EST"), else both as written."""
    oa, ob = _utc_offset(a), _utc_offset(b)
    if oa is None or ob is None or a.value is None or b.value is None:
        return a, b
    return (
        replace(a, value=(a.value - oa) % 24, unit="hour"),
        replace(b, value=(b.value - ob) % 24, unit="hour"),
    )


def value_key(q: Quantity) -> tuple | None:
    """What figures that are the SAME share: so a long article can look up a
    figure's equals instead of weighing it against every other.

    Counts, numbers and ordinals by their written value (an ordinal tallies
    with a count: "his 19th goal" / "19 goals"); other values in their family's
    common unit, to nine digits.  None where sameness is not one value (dates,
    scores, durations in other units, times in other zones): those are weighed
    against all their kind.
    """
    fam = family(q)
    if fam in ("calendar", "score", "duration", "clock"):
        return None
    if q.kind in ("count", "number", "ordinal"):
        return None if q.value is None or q.low is not None else ("tally", float(f"{q.value:.9g}"))
    lo, hi = _scalar(q)
    if lo is None or hi is None:
        return None
    return (fam, float(f"{lo:.9g}"), float(f"{hi:.9g}"))
