#!/usr/bin/env python3
"""Benchmark claimcheck's quantity extractor against quantulum3 (issue #3).

    .venv/bin/python scripts/bench_quantities.py [--json PATH] [--repeat N]
        [--limit N] [--systems ours,quantulum3] [--quantulum-classifier MODE]
        [--misses PATH]

Both systems run on every input sentence of six public, MIT-licensed test
sets copied into ``fixtures/bench/`` (see the PROVENANCE.txt and LICENSE
files there; this script reads only those copies):

===================== =========================================================
set                   source
===================== =========================================================
quantulum3            quantulum3's own English tests, quantities.json
quantulum3-ambiguity  quantulum3's quantities.ambiguity.json (units that need
                      disambiguating: "pounds", "in", "pm", "°" ...)
recognizers-number    Microsoft Recognizers-Text, Number/English/NumberModel.json
recognizers-percent   Recognizers-Text, Number/English/PercentModel.json
recognizers-currency  Recognizers-Text, NumberWithUnit/English/CurrencyModel.json
recognizers-date      Recognizers-Text, DateTime/English/DateParser.json
===================== =========================================================

For each set it prints precision, recall and F1 on (a) the value and (b) the
value with its unit, for ours and for quantulum3, plus speed in sentences per
second, and writes the same numbers as JSON (default ``out/bench_quantities.json``).

Optionally (``--newsquant PATH``) it also scores CQE's NewsQuant (590 real news
sentences, data/formatted_test_set/NewsQuant.json in github.com/satya77/CQE_Evaluation;
not bundled, as its licence is unstated) on value, value+unit and value+change,
the three measures of the CQE paper.  The set is split by position: misses were
only ever read from "newsquant-dev" (even entries); "newsquant-test" (odd) is only
scored.  Units: "people" is our "person", a rate keeps its denominator ("dollar
per barrel" = "USD per barrel"), "-" and "count" are no unit.  Our kinds outside
its annotation (dates, years, year ranges, clock times, ranks) are left out, as
for the other numeric sets.  Change is compared as written ("=", "~", ">", "<",
"up", "down"); quantulum3 has none, so it gets no value+change score.

Scoring (in the style of the CQE paper, Almasian et al. 2023)
-------------------------------------------------------------
* Gold and system quantities are first normalised to one form: a value (a
  float, a ``(low, high)`` pair for a range, or a set of ISO dates for a date)
  and a unit from one vocabulary (``UNIT_TABLE`` below).
* In each sentence a gold quantity is matched by a system quantity with the
  same value: ``np.isclose`` with rtol 1e-5 (numpy's default atol 1e-8) for
  floats; both ends close for ranges (order-insensitive, "-18 °C to -34 °C");
  a range never matches a single value.  Each system quantity is used at most
  once; the matching is a maximum bipartite matching, so the order of the
  outputs cannot change the score.  Value+unit additionally needs the
  normalised units to be equal (``None`` = no unit / dimensionless).
* TP = matched pairs; P = TP / system quantities scored, R = TP / gold
  quantities; F1 their harmonic mean.  P is reported as null when a system
  made no prediction in a set (F1 is then 0).
* Ranges.  quantulum3 (its output and its gold) writes a range as value ±
  uncertainty ("3 to 4 L" = 3.5 ± 0.5); it is read back as (value - u,
  value + u).  When the surface has "±" or "+/-" the uncertainty is a
  tolerance, not a range, and the value is taken as a single number.  Ours
  gives ranges as ``low``/``high``.  Recognizers gold has no ranges here.

Units: one table, applied identically to both systems and to the gold
--------------------------------------------------------------------
``UNIT_TABLE`` maps every unit name of quantulum3, of our extractor and of the
gold files to ``(canonical unit, factor)``; the value is multiplied by the
factor.  It is built from the project's vocabulary (``claimcheck/data/``,
through ``claimcheck.extract.lexicon``): each currency's symbols, codes, words,
sub-units and the names other systems give it, each unit's name, surfaces and
other names; only the names meaning "no unit" and the canonical "pound-mass"
are the scorer's own.  It has two sections, because one word can name two
units: under "money", "pound" (Recognizers' "Pound") is GBP; under "unit",
"pound" (ours, for "lbs") is the pound-mass.  A quantity is looked up in
"money" when it is money (our kind ``money``; quantulum3's entity
``currency``; every gold entry of the Currency set; a quantulum3 gold unit
that is one of quantulum3's currency units), otherwise in "unit".

* Currency names, codes and symbols go to ISO 4217 ("pound sterling", "£",
  "Pound", "British pound" -> GBP; "dollar", "United States dollar", "$",
  Recognizers "Dollar" -> USD; "Euro" -> EUR ...).  A generic name goes to the
  currency that both systems read it as by default (quantulum3's units.json
  surfaces and our lexicon agree): Dollar -> USD, Pound -> GBP, Rupee -> INR,
  Franc -> CHF, Peso -> MXN.  (The WSJ "francs" in the Currency set are French
  francs; neither system can know that, so the gold is read the same way.)
* Sub-units become the main unit: cent -> 0.01 USD, penny/pence -> 0.01 GBP,
  dime -> 0.1 USD, satoshi -> 1e-8 BTC.  (Recognizers writes "50 cents" as 50
  Cent, quantulum3 as 50 cent, ours as 0.5 USD: all become 0.5 USD.)
* "percentage"/"percent"/"%" -> percent; quantulum3's "dimensionless" and
  "unk" -> no unit; counting units become plain numbers (a dozen -> 12, a gross
  -> 144, a baker's dozen -> 13), as in the Recognizers Number spec ("a dozen"
  = 12).
* Spelling variants go to one name (metre/meter, litre/liter, ...);
  quantulum3's "cubic centimetre" and our "millilitre" are the same unit;
  quantulum3's "degree angle" and our "degree" are both a bare "°".
* Our ``count`` kind carries the counted noun as its unit ("50 cars" -> unit
  "car"); a counted noun is not a unit of measure, and both gold schemas call
  such figures dimensionless, so ours is scored with no unit for the kinds
  count, number, fraction, multiplier, score and year.  Our ``age`` kind ("a
  15-year-old") has unit "year".
* A name not in the table is only lower-cased (and upper-cased if it is a
  three-letter currency code), so it matches only the same name.

What is scored
--------------
* Numeric sets (all but recognizers-date): every system quantity with a
  numeric value.  Our ``ordinal`` kind ("21st", "second"), ``date`` kind
  (which has no numeric value) and ``time`` kind (clock times, "2 pm") are
  outside both gold schemas -- neither annotates ranks, calendar dates or
  times of day as quantities, and quantulum3's gold says outright that "At 2
  pm everybody will be gone" holds none -- so they are left out (counted as
  ``ignored_predictions``).  quantulum3 has no such kinds.  Our ``year``
  kind is scored as the number it is ("in 1979" -> 1979, as the quantulum3
  gold has it).
* recognizers-date: only dates are scored.  Gold: the acceptable ISO dates are
  the spec's Timex when it is a calendar date ("2016-01-12"; "XXXX-10-02"
  becomes "--10-02"), its PastResolution and its FutureResolution (a relative
  "Oct. 2" or "Friday" may resolve either way; the invalid "0001-01-01" is
  dropped).  Ours: ``q.date.iso()`` for kinds date and year, run with the
  spec's ReferenceDateTime as ``published``.  Value and value+unit are the
  same thing here.  quantulum3 extracts no dates, so it scores 0 on this set
  by construction (its numbers are not date predictions).
* Sentences are the spec's inputs as given (the Currency set is lower-cased
  and tokenised Penn-Treebank style, "$ 75 million"; that is how it is).

Exclusions (applied to the gold, so identically to both systems; counted in
``skipped_gold`` / ``skipped_sentences``):
* a gold entry without a value (Recognizers' "dollar" alone, "a small
  percent" = null) is dropped; neither system outputs value-less quantities.
* recognizers-number, pure arithmetic: a sentence whose gold is a power with a
  base other than 10 ("1.1^23", "2.5^-1") or a division written with "over"
  ("one over three", "2000 over 3") is skipped.
* recognizers-number, ordinal-only quirks: a sentence whose gold number is
  the cardinal part of an ordinal ("two millionth" -> 2, "100 millionths" ->
  100) is skipped.
Nothing else is excluded: the Number spec's negative examples ("the 180ml
liquid", which the spec does not count as a bare number) stay in, and cost
both systems precision alike.

Speed
-----
Sentences per second over a set's inputs, the median of ``--repeat`` timed
passes (default 5).  Imports, quantulum3's loading of its unit tables and
classifier, and our first call are excluded: every system first makes one
untimed pass over all inputs (the pass that is scored).

Aggregate rows
--------------
"all" and "recognizers (all 4)" are micro-averages (TP, gold and predictions
summed over their sets); their speed is their sentences over the sum of the
per-set medians.  Read the two quantulum3 sets with care: they are
quantulum3's own regression tests, which quantulum3 passes by construction
(with the classifier it was tested with), so "recognizers (all 4)" is the
comparison on data neither system was built on.

quantulum3 set-up, offline
--------------------------
quantulum3 (``pip install -e '.[bench]'``) needs no network at run time, but
the scikit-learn classifier it ships (clf.joblib) was pickled with an old
scikit-learn and fails to load with the current one (``No module named
'_loss'``).  ``--quantulum-classifier`` chooses:

* ``trained``: retrain quantulum3's own classifier offline from the training
  data in its wheel (``quantulum3.classifier.train_classifier``, needs
  scikit-learn and ``stemming``, both in the ``bench`` extra) once, into
  ``out/quantulum3-clf-sklearn<version>.joblib``, and pass it as
  ``classifier_path``.  This is how quantulum3 is meant to be run.
* ``none``: set ``quantulum3.classifier.USE_CLF = False`` so that it uses its
  built-in word-overlap disambiguation (``quantulum3.no_classifier``).
* ``auto`` (default): ``trained`` when scikit-learn and stemming import,
  otherwise ``none``.

The retrained model is cached and reused.  quantulum3 builds its class list
from a frozenset, so two trainings (different hash seeds) can differ slightly:
on quantulum3-ambiguity we saw value+unit F1 of 88-91 across retrains, and 59
with ``none``.  Delete the cached .joblib to retrain.

If quantulum3 is not installed, only ours is run and the output says that
quantulum3 was skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import math
import platform
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "bench"
DEFAULT_JSON = ROOT / "out" / "bench_quantities.json"

if str(ROOT) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(ROOT))

# --------------------------------------------------------------------------
# The one unit table: name (lower-cased) -> (canonical unit, factor).
#
# Built from the project's vocabulary (claimcheck/data, through the lexicon):
# every currency's symbols, codes, words, sub-units and the names other systems
# give it; every unit's name, surfaces and other names.  What is the scorer's
# own is below: the names that mean "no unit", and the one canonical name it
# writes differently from the extractor ("pound-mass", so a weight is never
# mistaken for the currency in a score).

from claimcheck.extract import lexicon  # noqa: E402  (after the sys.path line above)

NO_UNIT_NAMES = frozenset({"dimensionless", "unk", "count"})
CANONICAL_RENAMES = {"pound": "pound-mass"}


def _money_table() -> dict[str, tuple[str | None, float]]:
    table: dict[str, tuple[str | None, float]] = {}
    for currency in lexicon.CURRENCIES:
        code = currency["code"]
        names = [code, currency["name"], *currency.get("symbols", ()), *currency.get("symbols_after", ()),
                 *currency.get("prefixes", ()), *currency.get("word_prefixes", ()), *currency.get("words", ()),
                 *currency.get("names", ())]
        entries = [(name, 1.0) for name in names]
        entries += [(w, sub["factor"]) for sub in currency.get("subunits", ()) for w in sub["words"]]
        entries += [(w, sub["factor"]) for sub in currency.get("other_subunits", ()) for w in sub["names"]]
        for name, factor in entries:
            key = " ".join(name.lower().split())
            assert table.get(key, (code, factor)) == (code, factor), f"{key!r} names two currencies"
            table[key] = (code, factor)
    return table


def _unit_table() -> dict[str, tuple[str | None, float]]:
    table: dict[str, tuple[str | None, float]] = {name: (None, 1.0) for name in NO_UNIT_NAMES}
    for name, value in [*lexicon.COUNTING_UNITS.items(), ("dozen", lexicon.SCALE_WORDS["dozen"])]:
        table[name] = (None, float(value))
    for entry in lexicon.UNIT_ENTRIES:
        canonical = CANONICAL_RENAMES.get(entry["name"], entry["name"])
        for name in (entry["name"], *entry["surfaces"], *entry.get("names", ())):
            table.setdefault(" ".join(name.lower().split()), (canonical, 1.0))
    for name in CANONICAL_RENAMES.values():
        table[name] = (name, 1.0)
    return table


UNIT_TABLE: dict[str, dict[str, tuple[str | None, float]]] = {"money": _money_table(), "unit": _unit_table()}

# Our kinds scored without a unit (their ``unit`` is a counted noun or absent).
OURS_UNITLESS_KINDS = frozenset({"count", "number", "fraction", "multiplier", "score", "year"})
# Our kinds that neither gold schema annotates in the numeric sets.
OURS_IGNORED_KINDS = frozenset({"ordinal", "date", "time"})
# quantulum3's currency units (gold files use quantulum3's unit names): any money
# name but a word that is also a weight ("pound").
QUANTULUM_CURRENCY_NAMES = frozenset(name for name in UNIT_TABLE["money"] if name not in lexicon.WEIGHT_OR_MONEY)


def norm_unit(name: str | None, *, money: bool) -> tuple[str | None, float]:
    """A unit name from any system or gold file -> (canonical unit, value factor)."""
    if name is None:
        return None, 1.0
    key = " ".join(name.strip().lower().split())
    if not key:
        return None, 1.0
    section = UNIT_TABLE["money" if money else "unit"]
    if key in section:
        return section[key]
    if money and re.fullmatch(r"[a-z]{3}", key):
        return key.upper(), 1.0
    return key, 1.0


# --------------------------------------------------------------------------
# Normalised quantities and matching

Value = float | tuple[float, float] | frozenset[str]


@dataclass(frozen=True)
class NQ:
    """A normalised quantity: what is compared."""

    text: str
    value: Value
    unit: str | None = None
    change: str | None = None  # "=", "~", ">", "<", "up", "down"; scored on news sets only

    def to_json(self) -> dict[str, Any]:
        v = self.value
        if isinstance(v, frozenset):
            v = sorted(v)
        return {"text": self.text, "value": v, "unit": self.unit, "change": self.change}


def _close(a: float, b: float) -> bool:
    # np.isclose(a, b, rtol=1e-5, atol=1e-8), without importing numpy.
    return abs(a - b) <= 1e-8 + 1e-5 * abs(b)


def values_match(gold: Value, pred: Value) -> bool:
    """Same value: floats close, ranges close at both ends, date sets overlapping."""
    if isinstance(gold, frozenset) or isinstance(pred, frozenset):
        return isinstance(gold, frozenset) and isinstance(pred, frozenset) and bool(gold & pred)
    if isinstance(gold, tuple) or isinstance(pred, tuple):
        if not (isinstance(gold, tuple) and isinstance(pred, tuple)):
            return False
        g, p = sorted(gold), sorted(pred)
        return _close(g[0], p[0]) and _close(g[1], p[1])
    return _close(float(gold), float(pred))


def compatible(gold: NQ, pred: NQ, *, with_unit: bool, with_change: bool = False) -> bool:
    return (
        values_match(gold.value, pred.value)
        and (not with_unit or gold.unit == pred.unit)
        and (not with_change or gold.change == pred.change)
    )


def match(
    gold: Sequence[NQ], pred: Sequence[NQ], *, with_unit: bool, with_change: bool = False
) -> list[tuple[int, int]]:
    """Maximum one-to-one matching of gold to predictions: (gold index, pred index) pairs."""
    edges = [
        [j for j, p in enumerate(pred) if compatible(g, p, with_unit=with_unit, with_change=with_change)]
        for g in gold
    ]
    owner: dict[int, int] = {}  # pred index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass
class Tally:
    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0

    def add(self, tp: int, n_gold: int, n_pred: int) -> None:
        self.tp += tp
        self.n_gold += n_gold
        self.n_pred += n_pred

    def scores(self) -> dict[str, Any]:
        return prf(self.tp, self.n_gold, self.n_pred)


def prf(tp: int, n_gold: int, n_pred: int) -> dict[str, Any]:
    """Precision, recall and F1 (None where undefined), with the counts."""
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    if p is not None and r is not None and p + r > 0:
        f1: float | None = 2 * p * r / (p + r)
    elif n_gold or n_pred:
        f1 = 0.0
    else:
        f1 = None
    return {"precision": p, "recall": r, "f1": f1, "tp": tp, "n_gold": n_gold, "n_pred": n_pred}


# --------------------------------------------------------------------------
# Test sets


@dataclass
class Case:
    text: str
    gold: list[NQ]
    published: dt.date | None = None


@dataclass
class BenchSet:
    name: str
    mode: str  # "numeric" or "date"
    source: str
    cases: list[Case]
    skipped_sentences: int = 0
    skipped_gold: int = 0
    notes: list[str] = field(default_factory=list)


def _range_or_value(value: float, uncertainty: float | None, surface: str) -> Value:
    """quantulum3's value ± uncertainty: a range, unless written as a tolerance."""
    if uncertainty and not ("±" in surface or "+/-" in surface):
        return (value - uncertainty, value + uncertainty)
    return float(value)


def load_quantulum_set(path: Path, name: str) -> BenchSet:
    cases = []
    for entry in json.loads(path.read_text(encoding="utf-8")):
        gold = []
        for r in entry["res"]:
            unit_name = r["unit"]
            money = unit_name.lower() in QUANTULUM_CURRENCY_NAMES or r.get("entity") == "currency"
            unit, factor = norm_unit(unit_name, money=money)
            value = _range_or_value(float(r["value"]), r.get("uncertainty"), r["surface"])
            gold.append(NQ(r["surface"], _scale(value, factor), unit))
        cases.append(Case(entry["req"], gold))
    return BenchSet(name, "numeric", str(path.relative_to(ROOT)), cases)


_ORDINAL_AFTER = re.compile(r"\s*[a-z]+(?:th|ths)\b", re.IGNORECASE)


def _number_out_of_scope(entry: dict[str, Any]) -> str | None:
    """Why a Number-spec sentence is outside both systems' scope, or None."""
    text = entry["Input"]
    for r in entry["Results"]:
        t = r["Text"]
        if r["Resolution"].get("subtype") == "power" and "^" in t and "10^" not in t:
            return "arithmetic power"
        if re.search(r"\bover\b", t, re.IGNORECASE):
            return "arithmetic division ('over')"
        end = r.get("End")
        if end is not None and _ORDINAL_AFTER.match(text[end + 1 :]) and not re.search(r"(?:th|ths)$", t):
            return "cardinal part of an ordinal"
    return None


def load_recognizers_number(path: Path, name: str, *, percent: bool) -> BenchSet:
    bench = BenchSet(name, "numeric", str(path.relative_to(ROOT)), [])
    reasons: dict[str, int] = {}
    for entry in json.loads(path.read_text(encoding="utf-8")):
        if not percent:
            why = _number_out_of_scope(entry)
            if why:
                bench.skipped_sentences += 1
                bench.skipped_gold += len(entry["Results"])
                reasons[why] = reasons.get(why, 0) + 1
                continue
        gold = []
        for r in entry["Results"]:
            raw = r["Resolution"].get("value")
            if raw in (None, "null"):
                bench.skipped_gold += 1
                reasons["gold without a value"] = reasons.get("gold without a value", 0) + 1
                continue
            if percent:
                gold.append(NQ(r["Text"], float(str(raw).rstrip("%")), "percent"))
            else:
                gold.append(NQ(r["Text"], float(raw), None))
        bench.cases.append(Case(entry["Input"], gold))
    bench.notes = [f"skipped: {k} x{v}" for k, v in sorted(reasons.items())]
    return bench


def load_recognizers_currency(path: Path, name: str) -> BenchSet:
    bench = BenchSet(name, "numeric", str(path.relative_to(ROOT)), [])
    for entry in json.loads(path.read_text(encoding="utf-8")):
        gold = []
        for r in entry["Results"]:
            res = r["Resolution"]
            if res.get("value") in (None, "null"):
                bench.skipped_gold += 1
                continue
            unit, factor = norm_unit(res.get("unit"), money=True)
            if unit is not None and unit == (res.get("unit") or "").lower() and res.get("isoCurrency"):
                unit = res["isoCurrency"]  # a name not in the table, but the spec gives the code
            gold.append(NQ(r["Text"], float(res["value"]) * factor, unit))
        bench.cases.append(Case(entry["Input"], gold))
    if bench.skipped_gold:
        bench.notes = [f"skipped: gold without a value x{bench.skipped_gold}"]
    return bench


def _date_candidates(value: dict[str, Any]) -> frozenset[str]:
    out = set()
    timex = value.get("Timex", "")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex):
        out.add(timex)
    m = re.fullmatch(r"XXXX-(\d{2})-(\d{2})", timex)
    if m:
        out.add(f"--{m.group(1)}-{m.group(2)}")
    for key in ("PastResolution", "FutureResolution"):
        d = (value.get(key) or {}).get("date")
        if d and d != "0001-01-01":
            out.add(d)
    return frozenset(out)


def load_recognizers_date(path: Path, name: str) -> BenchSet:
    bench = BenchSet(name, "date", str(path.relative_to(ROOT)), [])
    for entry in json.loads(path.read_text(encoding="utf-8")):
        ref = (entry.get("Context") or {}).get("ReferenceDateTime")
        published = dt.date.fromisoformat(ref[:10]) if ref else None
        gold = []
        for r in entry["Results"]:
            cands = _date_candidates(r.get("Value") or {})
            if not cands:
                bench.skipped_gold += 1
                continue
            gold.append(NQ(r["Text"], cands, None))
        bench.cases.append(Case(entry["Input"], gold, published))
    if bench.skipped_gold:
        bench.notes = [f"skipped: gold without a resolvable date x{bench.skipped_gold}"]
    return bench


# NewsQuant (CQE, EMNLP 2023): real news sentences with value, unit and change.
# Not bundled (its licence is unstated); pass its path with --newsquant.
NEWS_NO_UNIT = frozenset({"", "-", "count", "% -", "dimensionless"})
NEWS_SAME_UNIT = {"people": "person", "year of age": "year", "ton": "tonne", "pound-mass": "pound"}
# Our kinds outside NewsQuant's annotation: it marks no dates, years, clock
# times or ranks ("on February 11 this year", "in 2016", "the 22nd amendment").
OURS_NEWS_IGNORED_KINDS = frozenset({"ordinal", "date", "time", "year"})


def _is_money_name(name: str) -> bool:
    head = name.split(" per ")[0].strip().lower()
    return head in QUANTULUM_CURRENCY_NAMES or head in UNIT_TABLE["money"]


def news_unit(name: str | None, *, money: bool) -> tuple[str | None, float]:
    """A NewsQuant or claimcheck unit -> (one unit name, value factor).

    Rates keep their denominator ("dollar per barrel" -> "USD per barrel");
    counted nouns are compared as nouns ("people" and our "person" are one)."""
    key = " ".join((name or "").strip().lower().split())
    if key in NEWS_NO_UNIT:
        return None, 1.0
    head, _, per = key.partition(" per ")
    head = NEWS_SAME_UNIT.get(head, head)
    unit, factor = norm_unit(head, money=money)
    if per:
        unit = f"{unit} per {norm_unit(per, money=False)[0]}"
    return unit, factor


def _news_value(raw: str) -> Value:
    """ "6.0" -> 6.0; "252.0-287.0" -> (252.0, 287.0), as the CQE evaluation reads it."""
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, high = raw.split("-", 1)
        return (float(low), float(high))
    return float(raw)


def load_newsquant(path: Path) -> list[BenchSet]:
    """NewsQuant split in two by position: "dev" (even) is the half we read misses
    from; "test" (odd) is only ever scored."""
    entries = json.loads(path.read_text(encoding="utf-8"))
    halves: dict[str, list[Case]] = {"dev": [], "test": []}
    for i, entry in enumerate(entries):
        gold = []
        for q in entry["quantities"]:
            unit, factor = news_unit(q["normalized_unit"], money=_is_money_name(q["normalized_unit"]))
            gold.append(NQ(q.get("unit") or "", _scale(_news_value(str(q["value"])), factor), unit, q["change"]))
        halves["dev" if i % 2 == 0 else "test"].append(Case(entry["text"], gold))
    return [BenchSet(f"newsquant-{half}", "news", str(path), cases) for half, cases in halves.items()]


def load_sets(root: Path = FIXTURES) -> list[BenchSet]:
    q3 = root / "quantulum3"
    rt = root / "recognizers"
    return [
        load_quantulum_set(q3 / "quantities.json", "quantulum3"),
        load_quantulum_set(q3 / "quantities.ambiguity.json", "quantulum3-ambiguity"),
        load_recognizers_number(rt / "Number/English/NumberModel.json", "recognizers-number", percent=False),
        load_recognizers_number(rt / "Number/English/PercentModel.json", "recognizers-percent", percent=True),
        load_recognizers_currency(rt / "NumberWithUnit/English/CurrencyModel.json", "recognizers-currency"),
        load_recognizers_date(rt / "DateTime/English/DateParser.json", "recognizers-date"),
    ]


# --------------------------------------------------------------------------
# Systems: raw output, then normalisation


def _scale(value: Value, factor: float) -> Value:
    if factor == 1.0 or isinstance(value, frozenset):
        return value
    if isinstance(value, tuple):
        return (value[0] * factor, value[1] * factor)
    return value * factor


def normalise_ours(quantities: Iterable[Any], mode: str) -> tuple[list[NQ], int]:
    """Our ``Quantity`` records -> (scored quantities, number left out)."""
    out: list[NQ] = []
    ignored = 0
    for q in quantities:
        if mode == "date":
            iso = q.date.iso() if q.kind in ("date", "year") and q.date is not None else ""
            if iso:
                out.append(NQ(q.text, frozenset({iso}), None))
            else:
                ignored += 1
            continue
        if q.kind in OURS_IGNORED_KINDS or (mode == "news" and _outside_news(q)):
            ignored += 1
            continue
        if q.low is not None and q.high is not None:
            value: Value = (float(q.low), float(q.high))
        elif q.value is not None:
            value = float(q.value)
        else:
            ignored += 1
            continue
        if mode == "news":
            unit, factor = news_unit(q.unit or ("year" if q.kind == "age" else None), money=q.kind == "money")
        elif q.kind in OURS_UNITLESS_KINDS:
            unit, factor = None, 1.0
        elif q.kind == "age":
            unit, factor = norm_unit(q.unit or "year", money=False)
        else:
            unit, factor = norm_unit(q.unit, money=q.kind == "money")
        out.append(NQ(q.text, _scale(value, factor), unit, q.change))
    return out, ignored


def _outside_news(q: Any) -> bool:
    return q.kind in OURS_NEWS_IGNORED_KINDS or (q.kind == "range" and q.unit == "year")


def normalise_quantulum(quantities: Iterable[Any], mode: str) -> tuple[list[NQ], int]:
    """quantulum3 ``Quantity`` objects -> (scored quantities, number left out)."""
    if mode == "date":  # quantulum3 has no dates
        qs = list(quantities)
        return [], len(qs)
    out: list[NQ] = []
    ignored = 0
    for q in quantities:
        try:
            value = _range_or_value(float(q.value), q.uncertainty, q.surface)
        except (TypeError, ValueError):
            ignored += 1
            continue
        if isinstance(value, float) and math.isnan(value):
            ignored += 1
            continue
        entity = getattr(getattr(q.unit, "entity", None), "name", None)
        unit, factor = norm_unit(q.unit.name, money=entity == "currency")
        out.append(NQ(q.surface, _scale(value, factor), unit))
    return out, ignored


@dataclass
class System:
    name: str
    run: Callable[[str, dt.date | None], Any]  # raw output for one sentence
    normalise: Callable[[Any, str], tuple[list[NQ], int]]
    info: dict[str, Any] = field(default_factory=dict)


def ours_system() -> System:
    from claimcheck.extract import extract_quantities

    def run(text: str, published: dt.date | None) -> Any:
        return extract_quantities(text, published=published)

    return System("ours", run, normalise_ours, {"module": "claimcheck.extract.extract_quantities"})


def quantulum_system(mode: str, cache_dir: Path) -> System | str:
    """quantulum3 set up to run offline, or the reason it cannot run."""
    try:
        import quantulum3  # noqa: F401
        from quantulum3 import classifier as q3clf
        from quantulum3 import parser as q3parser
    except ImportError as exc:
        return f"quantulum3 is not installed ({exc}); pip install -e '.[bench]'"
    from importlib.metadata import version

    logging.getLogger("quantulum3").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module="quantulum3")
    info: dict[str, Any] = {"version": version("quantulum3")}
    clf_path: str | None = None
    if mode == "auto":
        try:
            import sklearn  # noqa: F401
            import stemming  # noqa: F401

            mode = "trained"
        except ImportError:
            mode = "none"
    if mode == "trained":
        try:
            sk = version("scikit-learn")
            path = cache_dir / f"quantulum3-clf-sklearn{sk}.joblib"
            if not path.exists():
                cache_dir.mkdir(parents=True, exist_ok=True)
                print(f"training quantulum3's classifier offline into {path} ...", file=sys.stderr)
                q3clf.train_classifier(store=True, output_path=str(path))
            clf_path = str(path)
            q3clf.USE_CLF = True
            info["classifier"] = f"retrained offline with scikit-learn {sk} ({path.name})"
        except Exception as exc:  # noqa: BLE001 - fall back, and say so
            mode = "none"
            info["classifier_error"] = repr(exc)
    if mode == "none":
        q3clf.USE_CLF = False
        info["classifier"] = "none (quantulum3.no_classifier heuristic disambiguation)"

    def run(text: str, published: dt.date | None) -> Any:
        try:
            return q3parser.parse(text, classifier_path=clf_path)
        except Exception:  # noqa: BLE001 - a crash on one input is an empty answer
            return []

    return System("quantulum3", run, normalise_quantulum, info)


# --------------------------------------------------------------------------
# Running


def evaluate(bench: BenchSet, system: System, *, repeat: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Score one system on one set and time it; also return per-sentence misses."""
    value, value_unit, value_change = Tally(), Tally(), Tally()
    ignored = 0
    misses = []
    # Untimed pass: the one that is scored (and the warm-up for the timing).
    for case in bench.cases:
        preds, n_ignored = system.normalise(system.run(case.text, case.published), bench.mode)
        ignored += n_ignored
        m_v = match(case.gold, preds, with_unit=False)
        m_vu = match(case.gold, preds, with_unit=True)
        value.add(len(m_v), len(case.gold), len(preds))
        value_unit.add(len(m_vu), len(case.gold), len(preds))
        m_vc = match(case.gold, preds, with_unit=False, with_change=True) if bench.mode == "news" else []
        value_change.add(len(m_vc), len(case.gold), len(preds))
        if len(m_vu) < max(len(case.gold), len(preds)) or (bench.mode == "news" and len(m_vc) < len(m_v)):
            got_v = {i for i, _ in m_v}
            got_vu = {i for i, _ in m_vu}
            used_vu = {j for _, j in m_vu}
            misses.append({
                "set": bench.name,
                "system": system.name,
                "text": case.text,
                "published": case.published.isoformat() if case.published else None,
                "gold_missed_value": [case.gold[i].to_json() for i in range(len(case.gold)) if i not in got_v],
                "gold_missed_unit_only": [
                    case.gold[i].to_json() for i in range(len(case.gold)) if i in got_v and i not in got_vu
                ],
                "gold_missed_change_only": [
                    case.gold[i].to_json() for i in range(len(case.gold))
                    if bench.mode == "news" and i in got_v and i not in {g for g, _ in m_vc}
                ],
                "spurious": [preds[j].to_json() for j in range(len(preds)) if j not in used_vu],
                "predicted": [p.to_json() for p in preds],
            })
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for case in bench.cases:
            system.run(case.text, case.published)
        times.append(time.perf_counter() - t0)
    seconds = statistics.median(times) if times else None
    result = {
        "value": value.scores(),
        "value_unit": value_unit.scores(),
        # Only news sets carry a change; quantulum3 has no notion of one.
        "value_change": value_change.scores() if bench.mode == "news" and system.name == "ours" else None,
        "ignored_predictions": ignored,
        "seconds": seconds,
        "sentences_per_second": (len(bench.cases) / seconds) if seconds else None,
    }
    return result, misses


# Micro-averaged rows: every set, and the sets that neither system was built on
# (quantulum3's own tests are quantulum3's regression suite, so it passes them).
AGGREGATES: dict[str, Callable[[str], bool]] = {
    "all": lambda name: not name.startswith("newsquant"),
    "recognizers (all 4)": lambda name: name.startswith("recognizers-"),
    "newsquant (both halves)": lambda name: name.startswith("newsquant"),
}


def aggregate(sets: dict[str, Any], member: Callable[[str], bool], systems: Sequence[str]) -> dict[str, Any]:
    """Micro-averaged scores and overall speed over the sets that ``member`` accepts."""
    chosen = [e for name, e in sets.items() if member(name)]
    if not chosen:
        return {}
    n_sentences = sum(e["n_sentences"] for e in chosen)
    out: dict[str, Any] = {
        "sets": [name for name in sets if member(name)],
        "n_sentences": n_sentences,
        "n_gold": sum(e["n_gold"] for e in chosen),
        "systems": {},
    }
    for name in systems:
        results = [e["systems"][name] for e in chosen if name in e["systems"]]
        row: dict[str, Any] = {}
        for key in ("value", "value_unit", "value_change"):
            if any(r.get(key) is None for r in results):
                row[key] = None
                continue
            t = Tally()
            for r in results:
                t.add(r[key]["tp"], r[key]["n_gold"], r[key]["n_pred"])
            row[key] = t.scores()
        seconds = [r["seconds"] for r in results]
        total = sum(seconds) if seconds and None not in seconds else None
        row["seconds"] = total
        row["sentences_per_second"] = n_sentences / total if total else None
        out["systems"][name] = row
    return out


def run_benchmark(
    *,
    systems: Sequence[str] = ("ours", "quantulum3"),
    repeat: int = 5,
    limit: int | None = None,
    quantulum_classifier: str = "auto",
    cache_dir: Path = ROOT / "out",
    fixtures: Path = FIXTURES,
    newsquant: Path | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    sets = load_sets(fixtures) + (load_newsquant(newsquant) if newsquant else [])
    if limit is not None:
        for s in sets:
            s.cases = s.cases[:limit]
    active: list[System] = []
    skipped: dict[str, str] = {}
    if "ours" in systems:
        active.append(ours_system())
    if "quantulum3" in systems:
        q3 = quantulum_system(quantulum_classifier, cache_dir)
        if isinstance(q3, str):
            skipped["quantulum3"] = q3
        else:
            active.append(q3)

    report: dict[str, Any] = {
        "meta": {
            "script": "scripts/bench_quantities.py",
            "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "repeat": repeat,
            "limit": limit,
            "systems": {s.name: s.info for s in active},
            "skipped_systems": skipped,
            "match": "max one-to-one matching per sentence; value: np.isclose rtol 1e-5 "
            "(ranges: both ends); value_unit: also the normalised unit (UNIT_TABLE)",
        },
        "sets": {},
    }
    all_misses: list[dict[str, Any]] = []
    for bench in sets:
        entry: dict[str, Any] = {
            "source": bench.source,
            "mode": bench.mode,
            "scoring": {"date": "date value (ISO)", "news": "numeric value, unit, change"}.get(
                bench.mode, "numeric value"
            ),
            "n_sentences": len(bench.cases),
            "n_gold": sum(len(c.gold) for c in bench.cases),
            "skipped_sentences": bench.skipped_sentences,
            "skipped_gold": bench.skipped_gold,
            "notes": bench.notes,
            "systems": {},
        }
        for system in active:
            result, misses = evaluate(bench, system, repeat=repeat)
            entry["systems"][system.name] = result
            all_misses.extend(misses)
        report["sets"][bench.name] = entry
    report["aggregates"] = {
        name: agg
        for name, members in AGGREGATES.items()
        if (agg := aggregate(report["sets"], members, [s.name for s in active]))
    }
    speeds = {k: v["sentences_per_second"] for k, v in report["aggregates"]["all"]["systems"].items()}
    if speeds.get("ours") and speeds.get("quantulum3"):
        report["speed_ratio_ours_over_quantulum3"] = speeds["ours"] / speeds["quantulum3"]
    return report, all_misses


# --------------------------------------------------------------------------
# Output


def _fmt(x: float | None, pct: bool = True) -> str:
    if x is None:
        return "-"
    return f"{100 * x:.1f}" if pct else f"{x:,.0f}"


def render_table(report: dict[str, Any]) -> str:
    header = ["set", "sents", "gold", "system", "P", "R", "F1", "P+u", "R+u", "F1+u", "F1+c", "sent/s"]
    rows: list[list[str]] = []
    for name, entry in list(report["sets"].items()) + list(report["aggregates"].items()):
        first = True
        for sysname, res in entry["systems"].items():
            v, vu, vc = res["value"], res["value_unit"], res.get("value_change")
            rows.append([
                name if first else "",
                str(entry["n_sentences"]) if first else "",
                str(entry["n_gold"]) if first else "",
                sysname,
                _fmt(v["precision"]), _fmt(v["recall"]), _fmt(v["f1"]),
                _fmt(vu["precision"]), _fmt(vu["recall"]), _fmt(vu["f1"]),
                _fmt(vc["f1"]) if vc else "-",
                _fmt(res["sentences_per_second"], pct=False),
            ])
            first = False
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    left = {0, 3}

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i in left else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    out = [line(header), line(["-" * w for w in widths])]
    prev = None
    for r in rows:
        if r[0] and prev is not None:
            out.append("")
        out.append(line(r))
        prev = r
    notes = [
        "P/R/F1: value only; +u: value and normalised unit; +c: value and change (news sets only);",
        "percentages. sent/s: median of runs.",
    ]
    ratio = report.get("speed_ratio_ours_over_quantulum3")
    if ratio:
        notes.append(f"speed: ours is {ratio:.1f}x quantulum3's sentences per second over all sets.")
    for name, entry in report["sets"].items():
        if entry["skipped_sentences"] or entry["skipped_gold"]:
            notes.append(
                f"{name}: skipped {entry['skipped_sentences']} sentences, {entry['skipped_gold']} gold "
                f"entries ({'; '.join(entry['notes'])})"
            )
    if any(name.startswith("newsquant") for name in report["sets"]):
        notes.append(
            "newsquant: CQE's NewsQuant split by position; dev (even) is the half misses were read from, "
            "test (odd) only scored. Published (CQE paper, all 590 sentences): CQE 92.0 / 85.6 / 88.1, "
            "quantulum3 73.0 / 47.2 (value / +unit / +change F1)."
        )
    if "recognizers-date" in report["sets"]:
        notes.append("recognizers-date is scored on the date value (ISO); quantulum3 extracts no dates.")
    for name, info in report["meta"]["systems"].items():
        if name == "quantulum3":
            notes.append(f"quantulum3 {info.get('version')}: classifier {info.get('classifier')}")
    for name, why in report["meta"]["skipped_systems"].items():
        notes.append(f"{name} SKIPPED: {why}")
    return "\n".join(out + [""] + notes)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write the JSON results")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes per set; the median is reported")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N sentences of each set")
    ap.add_argument(
        "--systems", default="ours,quantulum3", help="comma-separated: ours, quantulum3 (default both)"
    )
    ap.add_argument(
        "--quantulum-classifier", choices=("auto", "trained", "none"), default="auto",
        help="quantulum3 disambiguation: its classifier retrained offline, or its heuristic",
    )
    ap.add_argument("--misses", type=Path, default=None, help="write per-sentence misses as JSON lines")
    ap.add_argument(
        "--newsquant", type=Path, default=None,
        help="also score CQE's NewsQuant.json (data/formatted_test_set/NewsQuant.json of "
        "github.com/satya77/CQE_Evaluation; not bundled)",
    )
    args = ap.parse_args(argv)
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = set(systems) - {"ours", "quantulum3"}
    if unknown:
        ap.error(f"unknown system(s): {', '.join(sorted(unknown))}")
    if args.repeat < 0:
        ap.error("--repeat must be >= 0")

    report, misses = run_benchmark(
        systems=systems,
        repeat=args.repeat,
        limit=args.limit,
        quantulum_classifier=args.quantulum_classifier,
        newsquant=args.newsquant,
    )
    print(render_table(report))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.json}")
    if args.misses:
        args.misses.parent.mkdir(parents=True, exist_ok=True)
        with args.misses.open("w", encoding="utf-8") as fh:
            for m in misses:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
        print(f"wrote {args.misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
