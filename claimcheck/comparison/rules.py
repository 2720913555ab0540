"""Every rule the comparison applies, by name, in the order it applies them.

Each list answers one question about a pair of figures, or names a finding:

* ``ROLES`` and ``RELATED``: may two agreeing figures be one fact (their roles
  fit, and their sentences or contexts say they are about the same thing)?
* ``RIVALS``: may two conflicting figures be one fact told two ways?  The
  "not rivals" rules come first, each a reason two figures that differ are
  simply two figures; the last rules say how close a context must be.
* ``RELATIONS``: what the relations table keeps (after ``claimcheck.relate``,
  whose ``COMPARABLE`` rules say which figures can be compared at all).
* ``PAIRING``: the passes that pair figures one to one.
* ``AGREEMENT``, ``CONTRADICTION``, ``ADDITION`` (figures), ``ATTRIBUTION``
  and ``STATEMENT``: the rule a finding carries in ``Finding.rule``.

``REGISTRY`` lists every rule, each name once; ``FINDING_RULES`` the names a
finding can carry.  Pass a ``RuleCounts`` to ``compare_pair`` to count how
often each fired and declined.
"""

from __future__ import annotations

from ..extract.lexicon import (
    PERIOD_MARKER_NAMES as _MARKERS,  # one list, claimcheck/data/cues.json
)
from ..relate import COMPARABLE, Relation, _vague, family, word_amount
from ..rulebook import Rule, Rules
from ..statements import RULES as _STATEMENT_RULES
from ..subjects import (
    bond_part,
    coupon,
    different_bases,
    different_bonds,
    different_cast,
    different_currency_pairs,
    different_days,
    different_quarters,
    different_statistics,
    different_owners,
    different_people,
    different_subjects,
    different_wholes,
    extreme_and_reading,
    forecast_and_actual,
    market_snapshots,
    moments_of_a_session,
    ordinal_name,
    period_of,
    stated_moments,
    tally,
    window_and_total,
)
from ..types import Quantity
from .evidence import _Evidence, _named_alike

# How similar the words around two figures must be (cosine of their context
# embeddings) before they are taken to measure the same thing.
AGREE_CONTEXT = 0.30
CONFLICT_CONTEXT = 0.45
# ... lowered when the two figures are of one kind and each is the only one of
# its kind in two aligned sentences ("$7 billion" / "roughly $9bn").
SOLE_CONFLICT_CONTEXT = 0.30
# ... and raised for figures in sentences that are not aligned.
CROSS_CONFLICT_CONTEXT = 0.55
# Sentences that are each other's best match at this similarity may hold rival
# lone figures even below the alignment threshold.
WEAK_ALIGNMENT = 0.4
# Kinds that may contradict each other although they differ.
_CROSS_KIND_CONFLICTS = ({"year", "date"}, {"percent", "fraction"})
# How similar two sentences must be before a figure may be paired across them
# without an alignment.
RELATED_SENTENCES = 0.35
# Aligned sentences this similar make one claim: their lone dates are rivals.
SAME_CLAIM_SENTENCES = 0.70
# Kinds whose lone figures in two aligned sentences may contradict on weaker context.
_RELAXED_KINDS = frozenset({"money", "percent", "points"})
# Kinds whose rivals must be within MAX_RIVAL_RATIO of each other.
_MAGNITUDE_KINDS = frozenset({"money", "measure", "percent", "count"})
MAX_RIVAL_RATIO = 10.0


def _written_parts(d) -> int:
    """How many of year, month and day a date's sentence writes (not filled in from the story's date)."""
    return sum(1 for p in ("year", "month", "day") if getattr(d, p) is not None and p not in d.inferred)


def _precision_gap(a: Quantity, b: Quantity) -> int:
    """How many more date parts one figure gives than the other ("March" vs "20 March 2021": 2)."""
    if a.date is None or b.date is None:
        return 0
    return abs(_written_parts(a.date) - _written_parts(b.date))


def _magnitudes_apart(a: Quantity, b: Quantity) -> bool:
    """More than ten times apart: two different figures, not one told two ways."""
    x, y = abs(a.value or 0), abs(b.value or 0)
    if not x or not y or a.low is not None or b.low is not None:
        return False
    return max(x, y) > MAX_RIVAL_RATIO * min(x, y)


def _near(a: Quantity, b: Quantity) -> bool:
    """Values within a factor of two: a misreport, not a different figure."""
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return a.date is not None and b.date is not None
    return max(a.value, b.value) <= 2 * min(a.value, b.value)


def periods_clash(a: str | None, b: str | None) -> bool:
    """Whether two figures are dated to different periods, so cannot contradict.

    A marked period ("so far this year", "at the time", "now") differs from an
    unmarked one; two dates clash when a part both give differs.
    """
    if a == b:
        return False
    if a in _MARKERS or b in _MARKERS:
        return True
    if a is None or b is None:
        return False
    pa, pb = a.lstrip("-").split("-"), b.lstrip("-").split("-")
    if a.startswith("--") != b.startswith("--"):
        # "--04" (April, no year) against "2025-04": compare the month only.
        pa, pb = (pa, pb[1:]) if a.startswith("--") else (pa[1:], pb)
    return any(x != y for x, y in zip(pa, pb))


# --- agreeing figures: (ev, k, l, a, b, relation) -----------------------------

ROLES = Rules("roles", "Do the roles of two agreeing figures fit?", default=True)


@ROLES.declines("dateline-role")
def _dateline_role(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity, rel: Relation) -> bool:
    """A story's date agrees only with another's, or with the date of the event it reports."""
    roles = {a.role, b.role}
    return "dateline" in roles and not (a.role == b.role or (rel.agrees and roles == {"dateline", "current"}))


@ROLES.declines("role-mismatch")
def _role_mismatch(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity, rel: Relation) -> bool:
    """A level and an earlier value are two figures (an equal level and change may be one read twice)."""
    roles = {a.role, b.role}
    return "dateline" not in roles and a.role != b.role and not (rel.agrees and roles == {"current", "change"})


RELATED = Rules("related", "Are two agreeing figures related enough to be one fact?")


@RELATED.declines("loose-unaligned")
def _loose_unaligned(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity, rel: Relation) -> bool:
    """Differently named things ("1,500 jobs" / "1,500 positions") are one fact only in aligned sentences."""
    return (k, l) in ev.loose and not ev.is_aligned(k, l)


@RELATED.declines("amount-words-unaligned")
def _amount_words_unaligned(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity, rel: Relation) -> bool:
    """An amount in words ("thousands of workers") fits many figures: one fact with one only in aligned sentences, in like words."""
    return (word_amount(a) or word_amount(b)) and not (ev.is_aligned(k, l) and ev.ctx(k, l) >= CONFLICT_CONTEXT)


@RELATED.decides("loose-equal")
def _loose_equal(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity, rel: Relation) -> bool | None:
    """An equal count of differently named things is one fact when large or said in like words."""
    if (k, l) not in ev.loose or rel is not Relation.SAME:
        return None
    return (a.value or 0) >= 100 or ev.ctx(k, l) >= AGREE_CONTEXT


@RELATED.decides("loose-compatible")
def _loose_compatible(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity, rel: Relation) -> bool | None:
    """An approximate match of differently named things needs the words around them to say so too."""
    if (k, l) not in ev.loose:
        return None
    return ev.ctx(k, l) >= CONFLICT_CONTEXT


@RELATED.decides("precision-gap")
def _precision_gap_rule(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity, rel: Relation) -> bool | None:
    """A month alone against a full date ("March" / "20 March 2021") says little outside aligned sentences."""
    if _precision_gap(a, b) < 2 or ev.is_aligned(k, l):
        return None
    return ev.ctx(k, l) >= CONFLICT_CONTEXT


@RELATED.decides("aligned-sentences")
def _aligned_sentences(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity, rel: Relation) -> bool | None:
    """Agreeing figures in two aligned sentences are one fact."""
    return True if ev.is_aligned(k, l) else None


@RELATED.decides("related-context")
def _related_context(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity, rel: Relation) -> bool:
    """Elsewhere, like words around them (and related sentences, unless the words are very like) say so."""
    return ev.ctx(k, l) >= AGREE_CONTEXT and ev.sent(k, l) >= RELATED_SENTENCES or ev.ctx(k, l) >= CONFLICT_CONTEXT


def related(ev: _Evidence, k: int, l: int) -> bool:
    """Enough to call two agreeing figures one fact (not counted: ``may_agree`` counts each pair once)."""
    return RELATED.decide(ev, k, l, ev.rfig[k][1], ev.ofig[l][1], ev.relations[(k, l)])[0]


def may_agree(ev: _Evidence, k: int, l: int) -> bool:
    """Roles that fit, and evidence enough to call two agreeing figures one fact (counted)."""
    a, b, rel = ev.rfig[k][1], ev.ofig[l][1], ev.relations[(k, l)]
    return ROLES.decide(ev, k, l, a, b, rel, counts=ev.counts)[0] and RELATED.decide(ev, k, l, a, b, rel, counts=ev.counts)[0]


# --- conflicting figures: (ev, k, l, a, b) ------------------------------------

RIVALS = Rules("rivals", "Are two conflicting figures one fact told two ways?")


@RIVALS.declines("different-role")
def _different_role(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A level, a change and an earlier value are different figures, not one misreported."""
    return a.role != b.role


@RIVALS.declines("dateline")
def _dateline(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Two stories' own dates are when each was filed, not claims about the event."""
    return a.role == "dateline"


@RIVALS.declines("different-kind")
def _different_kind(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Figures of different kinds do not rival, except a year and a date, a percentage and a fraction."""
    return a.kind != b.kind and {a.kind, b.kind} not in _CROSS_KIND_CONFLICTS


def _in_sentences(reading, ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A reading of two figures in their sentences (claimcheck.subjects): ``reading(a_text, a, b_text, b)``."""
    return reading(ev.rfig[k][0].text, a, ev.ofig[l][0].text, b)


@RIVALS.declines("different-tallies")
def _different_tallies(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """The dead and the injured ("killed 30" / "50 people hurt") are two tallies, never one misreported."""
    ta, tb = _tallies(ev, k, l)
    return ta is not None and tb is not None and ta != tb


def _tallies(ev: _Evidence, k: int, l: int) -> tuple[str | None, str | None]:
    return tally(ev.rfig[k][0].text, ev.rfig[k][1]), tally(ev.ofig[l][0].text, ev.ofig[l][1])


@RIVALS.declines("unaligned-amount-words")
def _unaligned_amount_words(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """An amount in words rivals a figure only in aligned sentences, in like words ("hundreds fled" / "more than 2,000 fled")."""
    return (word_amount(a) or word_amount(b)) and not (ev.is_aligned(k, l) and ev.ctx(k, l) >= CONFLICT_CONTEXT)


@RIVALS.declines("magnitudes-apart")
def _magnitudes_apart_rule(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A nation's bill and a household's ($373 billion / $1,935), one clinic's cases and a state's: no misreport is ten times off."""
    return a.kind in _MAGNITUDE_KINDS and _magnitudes_apart(a, b)


@RIVALS.declines("times-of-day")
def _times_of_day(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Two stated times of day ("at 5 p.m." / "by 11 a.m.") are two moments, not a misreport."""
    return a.kind == b.kind == "time"


def _grains(d, other) -> frozenset[str]:
    """What a date says, for ``different-grain``: its year (when written, or
    filled in from the story's date and the same as the other's written year),
    a part of the year (a month, or a quarter or half: one grain), its day."""
    year_written = d.year is not None and "year" not in d.inferred
    other_written = other.year is not None and "year" not in other.inferred
    grains = set()
    if year_written or (d.year is not None and other_written and d.year == other.year):
        grains.add("year")
    if (d.month is not None and "month" not in d.inferred) or d.part:
        grains.add("part of the year")
    if d.day is not None and "day" not in d.inferred:
        grains.add("day")
    return frozenset(grains)


@RIVALS.declines("different-grain")
def _different_grain(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A day of a month and a month of a year ("on Dec. 31" / "in October 2001") are two moments: a misreported date keeps its form."""
    if a.date is None or b.date is None:
        return False
    pa, pb = _grains(a.date, b.date), _grains(b.date, a.date)
    return bool(pa - pb) and bool(pb - pa)


@RIVALS.declines("different-subjects")
def _different_subjects(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Market readings of differently named subjects (the S&P 500 / the Nasdaq) are two readings."""
    return _in_sentences(different_subjects, ev, k, l, a, b)


@RIVALS.declines("different-owners")
def _different_owners(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """One thing of two owners ("Ohio's jobless rate" / "Iowa's jobless rate") is two figures, not one misreported."""
    return _in_sentences(different_owners, ev, k, l, a, b)


@RIVALS.declines("different-wholes")
def _different_wholes(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A share of a change and a share of a level ("82 percent of the increase" / "41 percent of all deaths") are two shares."""
    return _in_sentences(different_wholes, ev, k, l, a, b)


@RIVALS.declines("different-cast")
def _different_cast(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Sums or shares of two named subjects each named nowhere in the other story ("Britz earned" / "Johnston made") are two figures."""
    return different_cast(ev.rfig[k][0].text, a, ev.ofig[l][0].text, b, *ev.stories)


@RIVALS.declines("different-currency-pairs")
def _different_currency_pairs(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A currency's moves against two others ("against the franc" / "against the yen") are two exchange rates."""
    return _in_sentences(different_currency_pairs, ev, k, l, a, b)


@RIVALS.declines("market-snapshots")
def _market_snapshots(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A price at the close and one in early trading, or one at the open and one in late trading, are two moments of a session."""
    return _in_sentences(market_snapshots, ev, k, l, a, b)


@RIVALS.declines("stated-moments")
def _stated_moments(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Market readings at two stated times or on two named days ("at 1000 GMT" / "at 0500 GMT", "late Friday" / "late Monday") are two snapshots."""
    return stated_moments(ev.rfig[k][0].text, a, ev.ofig[l][0].text, b, *ev.sentence_figures(k, l))


@RIVALS.declines("extreme-and-reading")
def _extreme_and_reading(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A session's high or low ("as high as $1.1115") is no rival of a reading at a moment ("was last at $1.1149")."""
    return _in_sentences(extreme_and_reading, ev, k, l, a, b)


@RIVALS.declines("moments-of-a-session")
def _moments_of_a_session(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A reading "in midday trading" and one at no stated time, from one previous close or with none to tell them apart, are two moments of a session."""
    return moments_of_a_session(ev.rfig[k][0].text, a, ev.ofig[l][0].text, b, *ev.sentence_figures(k, l))


@RIVALS.declines("forecast-and-actual")
def _forecast_and_actual(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """What analysts expected ("had expected revenue of $2.1 billion") is no rival of what was reported ($2.0 billion)."""
    return _in_sentences(forecast_and_actual, ev, k, l, a, b)


@RIVALS.declines("different-days")
def _different_days(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Counts "as of Tuesday" and "as of Friday" are two snapshots, and the two days no misreport."""
    return different_days(ev.rfig[k][0].text, ev.ofig[l][0].text, *ev.sentence_figures(k, l))


@RIVALS.declines("different-people")
def _different_people(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Ages of two named people ("Prince Frederik, 51" / "Princess Benedikte, 75") are two ages, not one misreported."""
    return _in_sentences(different_people, ev, k, l, a, b)


@RIVALS.declines("different-base")
def _different_base(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Market readings whose sentences imply or state different previous readings ($20.85 / $21.61) are of two sessions."""
    return different_bases(ev.rfig[k][0].text, a, ev.ofig[l][0].text, b, *ev.sentence_figures(k, l))


@RIVALS.declines("duration-units")
def _duration_units(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Nobody misreports two hours as twelve years: durations in different units are two spans."""
    return a.kind == "duration" and a.unit != b.unit


@RIVALS.declines("different-periods")
def _different_periods(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Figures dated to different periods ("fell 3.2%" / "18% so far this year", "the year-ago quarter, when it earned") do not contradict."""
    return periods_clash(period_of(ev.rfig[k][0].text, a), period_of(ev.ofig[l][0].text, b))


@RIVALS.declines("different-quarters")
def _different_quarters(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Figures of two quarters named alike ("the first quarter" / "the third quarter") are two figures."""
    return different_quarters(ev.rfig[k][0].text, ev.ofig[l][0].text, *ev.sentence_figures(k, l))


@RIVALS.declines("different-statistics")
def _different_statistics(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """An average and a median ("an average of 46 months" / "median survival was 41 months") are two figures."""
    return _in_sentences(different_statistics, ev, k, l, a, b)


@RIVALS.declines("coupon")
def _coupon(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A bond's coupon ("the 3 percent note") names the bond: it is no reading of its yield."""
    return coupon(ev.rfig[k][0].text, a) or coupon(ev.ofig[l][0].text, b)


_NAMING_PARTS = ("tenor", "maturity")  # the parts of a bond's name that are figures of their own


@RIVALS.declines("bond-name")
def _bond_name(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A bond's tenor or maturity ("the two-year note", "the note maturing in 2008") names the bond: no claim about it."""
    return bond_part(ev.rfig[k][0].text, a) in _NAMING_PARTS or bond_part(ev.ofig[l][0].text, b) in _NAMING_PARTS


@RIVALS.declines("different-bonds")
def _different_bonds(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Readings of two bonds ("the two-year note" / "the 10-year note", "the 2008 note" / "the 2013 note") are two readings."""
    return different_bonds(ev.rfig[k][0].text, a, ev.ofig[l][0].text, b, *ev.sentence_figures(k, l))


@RIVALS.declines("ordinal-name")
def _ordinal_name(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """An ordinal in a proper name ("the 11th U.S. Circuit", "the 82nd Airborne Division") names a thing: no rank to rival."""
    return ordinal_name(ev.rfig[k][0].text, a) or ordinal_name(ev.ofig[l][0].text, b)


@RIVALS.declines("window-and-total")
def _window_and_total(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A stretch or the first few ("17 the last three seasons", "the first 100 days") is no rival of a whole ("six seasons")."""
    return _in_sentences(window_and_total, ev, k, l, a, b)


@RIVALS.declines("crowded-dates")
def _crowded_dates(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """A date in a sentence with others of its kind needs very like words to rival one."""
    return a.kind in ("date", "year") and not ev.sole(k, l) and ev.ctx(k, l) < 0.7


@RIVALS.declines("bare-small-counts")
def _bare_small_counts(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Two bare small counts ("four" tries / "three") may count anything: never rivals."""
    return (
        a.kind == b.kind == "count"
        and not _named_alike(a, b)
        and a.unit is None
        and b.unit is None
        and max(abs(a.value or 0), abs(b.value or 0)) < 100
    )


@RIVALS.declines("unnamed-ordinal")
def _unnamed_ordinal(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """An ordinal that names what it orders ("a second goal") and one that does not ("in the 23rd") may order two things."""
    return a.kind == b.kind == "ordinal" and (a.unit is None) != (b.unit is None)


@RIVALS.decides("same-tally")
def _same_tally(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool | None:
    """Two near counts of one tally ("injured 61" / "50 people hurt") rival wherever they stand in related sentences."""
    ta, tb = _tallies(ev, k, l)
    if ta is None or ta != tb or not _near(a, b):
        return None
    return ev.is_aligned(k, l) or ev.sent(k, l) >= RELATED_SENTENCES


@RIVALS.decides("unnamed-count")
def _unnamed_count(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool | None:
    """A count not named alike ("nine" / "13 men") rivals only a near value in close words and related sentences."""
    if not (a.kind == b.kind == "count" and not _named_alike(a, b)):
        return None
    return _near(a, b) and ev.ctx(k, l) >= CROSS_CONFLICT_CONTEXT and (ev.is_aligned(k, l) or ev.sent(k, l) >= RELATED_SENTENCES)


@RIVALS.declines("out-of-order")
def _out_of_order(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Sentences with several figures of a family give them in one order ("38 km (24 miles) ... 61 km")."""
    return (
        not ev.sole(k, l)
        and not (a.kind == "count" and _named_alike(a, b))
        and not ev.same_place(k, l)
        and ev.ctx(k, l) < 0.65
    )


@RIVALS.decides("unaligned-context")
def _unaligned_context(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool | None:
    """Outside aligned sentences, rivals need related sentences and closely like words around them."""
    if ev.is_aligned(k, l) or (ev.sole(k, l) and ev.weak(k, l)):
        return None
    return ev.sent(k, l) >= RELATED_SENTENCES and ev.ctx(k, l) >= CROSS_CONFLICT_CONTEXT


@RIVALS.decides("lone-figures")
def _lone_figures(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool | None:
    """The only money, share or named count of each of two aligned sentences, near in value, rival on modest context."""
    relaxed = (
        a.kind in _RELAXED_KINDS
        or (a.kind == "count" and _named_alike(a, b))
        # the only date of two sentences that say the same thing ("notified CERT-In
        # on September 8" / "informed CERT-In on 11 September")
        or (a.kind == "date" and ev.is_aligned(k, l) and ev.sent(k, l) >= SAME_CLAIM_SENTENCES)
    )
    if not (a.kind == b.kind and relaxed and ev.sole(k, l) and _near(a, b)):
        return None
    return ev.ctx(k, l) >= SOLE_CONFLICT_CONTEXT


@RIVALS.decides("mirrored-dates")
def _mirrored_dates(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool | None:
    """The only dates of two sentences that mirror each other (each the other's best match) rival on fair context."""
    if not (a.kind in ("date", "year") and ev.sole(k, l) and not ev.is_aligned(k, l)):
        return None
    return ev.ctx(k, l) >= AGREE_CONTEXT + 0.05


@RIVALS.decides("rival-context")
def _rival_context(ev: _Evidence, k: int, l: int, a: Quantity, b: Quantity) -> bool:
    """Otherwise figures in aligned sentences rival when the words around them say they measure one thing."""
    return ev.ctx(k, l) >= CONFLICT_CONTEXT


def rivals(ev: _Evidence, k: int, l: int) -> bool:
    """Enough to call two conflicting figures one fact told two ways."""
    return RIVALS.decide(ev, k, l, ev.rfig[k][1], ev.ofig[l][1], counts=ev.counts)[0]


# --- the relations table and the pairing passes (applied where they stand) -----

RELATIONS = Rules("relations", "What does the relations table keep of two comparable figures?")
DIFFERENTLY_NAMED = RELATIONS.named(
    "differently-named", 'Counts of differently named things ("312 transfers", "more than 300 payments") may agree loosely, never rival.',
    "decides",
)
RANGE_AND_SINGLE = RELATIONS.named(
    "range-and-single", 'A range holds a single figure but does not say it ("aged 19 to 41" / "34-year-old"): neither agree nor rival.',
    "declines",
)

PAIRING = Rules("pairing", "Which figures pair one to one?")
RELATED_PAIR = PAIRING.named("related-pair", "Agreeing figures with evidence they are one fact pair first, strongest evidence first.")
UNIQUE_FIGURE = PAIRING.named("unique-figure", "An identifying exact figure each article gives once is one fact wherever it stands.")
RIVAL_PAIR = PAIRING.named("rival-pair", "Among figures still unpaired, rivals pair as a contradiction, strongest evidence first.")
SECOND_MENTION = PAIRING.named("second-mention", 'A second mention of a paired figure ("27 dead" / "at least 27 people") joins its finding.')


# --- the rule a finding carries -------------------------------------------------

AGREEMENT = Rules("agreement", "Why do two paired figures agree?")


@AGREEMENT.fits("same-value")
def _same_value(a: Quantity, b: Quantity, rel: Relation) -> bool:
    """The same figure, perhaps written another way ("$7bn" / "$7 billion")."""
    return rel is Relation.SAME


@AGREEMENT.fits("less-precise-date")
def _less_precise_date(a: Quantity, b: Quantity, rel: Relation) -> bool:
    """The same date, one less precise ("April 9" / "9 April 2025", "2021" / "March 2021")."""
    return a.kind in ("date", "year", "range") or b.kind in ("date", "year", "range")


@AGREEMENT.fits("within-approximation")
def _within_approximation(a: Quantity, b: Quantity, rel: Relation) -> bool:
    """One figure is approximate ("about 1,500") and the other within its tolerance."""
    return "~" in (a.change, b.change)


@AGREEMENT.fits("bound-fits")
def _bound_fits(a: Quantity, b: Quantity, rel: Relation) -> bool:
    """One figure is a bound ("more than 40%") that the other fits."""
    return ">" in (a.change, b.change) or "<" in (a.change, b.change)


@AGREEMENT.fits("reversed-score")
def _reversed_score(a: Quantity, b: Quantity, rel: Relation) -> bool:
    """One result told from either side ("lost 1-3" / "won 3-1")."""
    return a.kind == "score"


@AGREEMENT.fits("vague-word")
def _vague_word(a: Quantity, b: Quantity, rel: Relation) -> bool:
    """A vague number word ("a dozen", "dozens") that the other figure falls within."""
    return _vague(a) or _vague(b)


@AGREEMENT.fits("within-rounding")
def _within_rounding(a: Quantity, b: Quantity, rel: Relation) -> bool:
    """One figure is a rounding of the other ("$7 billion" / "$7.2bn", "1,200" / "1,234")."""
    return True


CONTRADICTION = Rules("contradiction", "How do two rival figures differ?")


@CONTRADICTION.fits("opposite-direction")
def _opposite_direction(a: Quantity, b: Quantity) -> bool:
    """One says the figure rose, the other that it fell."""
    return {a.change, b.change} == {"up", "down"}


@CONTRADICTION.fits("points-apart")
def _points_apart(a: Quantity, b: Quantity) -> bool:
    """Two different shares or point moves, so many points apart."""
    return a.value is not None and b.value is not None and a.kind == b.kind and a.kind in ("percent", "points")


@CONTRADICTION.fits("different-date")
def _different_date(a: Quantity, b: Quantity) -> bool:
    """Two different dates, years or periods for one event."""
    return family(a) == "calendar"


@CONTRADICTION.fits("different-score")
def _different_score(a: Quantity, b: Quantity) -> bool:
    """Two different results for one match."""
    return a.kind == "score"


@CONTRADICTION.fits("different-value")
def _different_value(a: Quantity, b: Quantity) -> bool:
    """Two different values for one figure."""
    return True


ADDITION = Rules("addition", "Why does a figure stand alone?")


@ADDITION.fits("no-counterpart")
def _no_counterpart(q: Quantity, comparable: bool) -> bool:
    """The other source gives no figure that can be compared with it."""
    return not comparable


@ADDITION.fits("unmatched")
def _unmatched(q: Quantity, comparable: bool) -> bool:
    """The other source gives comparable figures, but none that the evidence pairs with it."""
    return True


ATTRIBUTION = Rules("attribution", "What does a credit finding say?")
SAME_BODY = ATTRIBUTION.named("same-body", "Both sources credit one body, however each names it.")
DROPPED_NAME = ATTRIBUTION.named("dropped-name", "Only one source names this body.")
DROPPED_CREDIT = ATTRIBUTION.named("dropped-credit", "Only one source credits its figures or words to this body.")

STATEMENT = Rules("statement", "What does a sentence finding say?")
_STATEMENT_WHY = {
    "opposite-polarity": 'One sentence denies what the other asserts ("will cut" / "will not cut").',
    "antonym": 'The two predicates are opposites ("was acquitted" / "was found guilty").',
    "swapped-arguments": 'The two sentences swap who did what to whom ("Fiji beat Samoa" / "Samoa beat Fiji").',
    "different-agent": "The two sentences credit one act to different agents.",
    "different-place": 'One event is put at two places it cannot have been at both ("died at his home" / "died at a hospital").',
}
for _name in _STATEMENT_RULES:  # claimcheck.statements names them; a test checks each has its why here
    STATEMENT.named(_name, _STATEMENT_WHY.get(_name, "A rule of claimcheck.statements."))
UNALIGNED_SENTENCE = STATEMENT.named("unaligned-sentence", "No sentence of the other source says the same thing.")
HEADLINE = STATEMENT.named("headline", "A headline with no counterpart is no addition: its claims stand in the story too.", "declines")
DIRECTION_SHOWN = STATEMENT.named(
    "direction-shown", 'Opposite directions ("rose 5%" / "fell 5%") already found as a figure contradiction are not told twice.',
    "declines",
)


# --- the registry ---------------------------------------------------------------

_LISTS = (COMPARABLE, RELATIONS, ROLES, RELATED, RIVALS, PAIRING, AGREEMENT, CONTRADICTION, ADDITION, ATTRIBUTION, STATEMENT)


def _registry() -> dict[str, Rule]:
    out: dict[str, Rule] = {}
    for rules in _LISTS:
        for rule in rules:
            if rule.name in out:
                raise ValueError(f"rule {rule.name!r} is in both {out[rule.name].group!r} and {rule.group!r}")
            out[rule.name] = rule
    return out


REGISTRY: dict[str, Rule] = _registry()
# What a finding's ``rule`` may be (headline and direction-shown decline findings rather than name them).
FINDING_RULES: frozenset[str] = frozenset(
    r.name for rules in (AGREEMENT, CONTRADICTION, ADDITION, ATTRIBUTION, STATEMENT) for r in rules if r.mode != "declines"
)
