"""scripts/bench_quantities.py: its scoring on hand-made cases, and a short end-to-end run.

Neither test needs the sentence model or quantulum3.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import load_script

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "bench_quantities.py"


@pytest.fixture(scope="module")
def bench():
    return load_script("bench_quantities")


def test_units_normalise_to_one_vocabulary(bench):
    money = {name: bench.norm_unit(name, money=True) for name in ("$", "dollar", "Dollar", "United States dollar", "USD")}
    assert set(money.values()) == {("USD", 1.0)}
    assert bench.norm_unit("pound sterling", money=True) == ("GBP", 1.0)
    assert bench.norm_unit("Pound", money=True) == ("GBP", 1.0)  # Recognizers' currency name
    assert bench.norm_unit("pound", money=False)[0] == "pound-mass"  # our "lbs"
    assert bench.norm_unit("Euro", money=True) == ("EUR", 1.0)
    assert bench.norm_unit("Cent", money=True) == ("USD", 0.01)
    assert {bench.norm_unit(n, money=False)[0] for n in ("percentage", "%", "percent")} == {"percent"}
    assert bench.norm_unit("dimensionless", money=False)[0] is None
    assert {bench.norm_unit(n, money=False)[0] for n in ("metre", "meter", "m")} == {"metre"}
    assert bench.norm_unit("dozen", money=False) == (None, 12.0)
    assert bench.norm_unit("some new unit", money=False) == ("some new unit", 1.0)


def test_matching_uses_each_prediction_once(bench):
    NQ = bench.NQ
    gold = [NQ("5", 5.0), NQ("five", 5.0)]
    pred = [NQ("5", 5.000001)]  # within rtol 1e-5
    assert len(bench.match(gold, pred, with_unit=False)) == 1
    assert bench.prf(1, 2, 1) == pytest.approx(
        {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "tp": 1, "n_gold": 2, "n_pred": 1}
    )
    # value+unit also needs the unit; the matching is one-to-one and order-free
    gold = [NQ("$5", 5.0, "USD"), NQ("5 km", 5.0, "kilometre")]
    pred = [NQ("5 km", 5.0, "kilometre"), NQ("5", 5.0, None)]
    assert len(bench.match(gold, pred, with_unit=False)) == 2
    assert bench.match(gold, pred, with_unit=True) == [(1, 0)]


def test_ranges_dates_and_values_match_only_their_own_kind(bench):
    vm = bench.values_match
    assert vm((3.0, 4.0), (4.0, 3.0))
    assert not vm((3.0, 4.0), 3.5)
    assert not vm(3.0, 3.1)
    assert vm(frozenset({"2016-10-02", "2017-10-02"}), frozenset({"2016-10-02"}))
    assert not vm(frozenset({"2016-10-02"}), 2016.0)
    # quantulum3's value ± uncertainty: a range unless written as a tolerance
    assert bench._range_or_value(3.5, 0.5, "3 to 4 L") == (3.0, 4.0)
    assert bench._range_or_value(2000.45, 0.01, "2,000.45±0.01 pounds") == 2000.45
    assert bench.prf(0, 3, 0)["precision"] is None and bench.prf(0, 3, 0)["f1"] == 0.0


def test_our_quantities_are_normalised_like_the_gold(bench):
    from claimcheck.extract import extract_quantities

    qs = extract_quantities("He paid $7bn for 40 km of road, up 29%, in 2021.")
    preds, _ = bench.normalise_ours(qs, "numeric")
    got = {(p.value, p.unit) for p in preds}
    assert (7e9, "USD") in got
    assert (29.0, "percent") in got


def test_script_end_to_end_on_a_small_subset(tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--systems", "ours", "--limit", "6", "--repeat", "1", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert "recognizers-currency" in proc.stdout
    report = json.loads(out.read_text())
    assert {"meta", "sets", "aggregates"} <= report.keys()
    assert set(report["sets"]) == {
        "quantulum3",
        "quantulum3-ambiguity",
        "recognizers-number",
        "recognizers-percent",
        "recognizers-currency",
        "recognizers-date",
    }
    for entry in [*report["sets"].values(), *report["aggregates"].values()]:
        assert {"n_sentences", "n_gold", "systems"} <= entry.keys()
        ours = entry["systems"]["ours"]
        assert ours["sentences_per_second"] > 0
        for key in ("value", "value_unit"):
            assert {"precision", "recall", "f1", "tp", "n_gold", "n_pred"} <= ours[key].keys()
            assert 0.0 <= ours[key]["f1"] <= 1.0
    assert report["sets"]["quantulum3"]["n_sentences"] == 6
    assert "quantulum3" not in report["sets"]["quantulum3"]["systems"]


def test_quantulum3_part_runs_when_installed(bench, tmp_path):
    pytest.importorskip("quantulum3")
    system = bench.quantulum_system("none", tmp_path)  # heuristic: no classifier training
    assert not isinstance(system, str)
    preds, _ = system.normalise(system.run("I want two meters of cotton for £2,000", None), "numeric")
    assert {(p.value, p.unit) for p in preds} >= {(2.0, "metre"), (2000.0, "GBP")}


NEWSQUANT_SAMPLE = [
    {"text": "The September crude contract was up 19 cents at US $58.24 per barrel.", "quantities": [
        {"change": "=", "value": "58.24", "unit": "US$ per barrel",
         "normalized_unit": "united states dollar per barrel", "referred_concepts": "-"},
        {"change": "up", "value": "19.0", "unit": "cents", "normalized_unit": "cent", "referred_concepts": "-"}]},
    {"text": "It will boost the range by about 35 miles, to 287 miles.", "quantities": [
        {"change": "~", "value": "35.0", "unit": "miles", "normalized_unit": "mile", "referred_concepts": "-"},
        {"change": "=", "value": "250.0-287.0", "unit": "miles", "normalized_unit": "mile", "referred_concepts": "-"}]},
    {"text": "Ford, which has 13000 workers, said 7 people died on February 11.", "quantities": [
        {"change": "=", "value": "13000", "unit": "workers", "normalized_unit": "worker", "referred_concepts": "-"},
        {"change": "=", "value": "7", "unit": "people", "normalized_unit": "people", "referred_concepts": "-"}]},
]


def test_newsquant_scoring_on_a_made_up_sample(bench, tmp_path):
    path = tmp_path / "NewsQuant.json"
    path.write_text(json.dumps(NEWSQUANT_SAMPLE), encoding="utf-8")
    dev, test = bench.load_newsquant(path)
    assert (dev.name, len(dev.cases), test.name, len(test.cases)) == ("newsquant-dev", 2, "newsquant-test", 1)
    crude = {(g.value, g.unit, g.change) for g in dev.cases[0].gold}
    assert crude == {(58.24, "USD per barrel", "="), (0.19, "USD", "up")}
    assert test.cases[0].gold[1].value == (250.0, 287.0)
    assert {g.unit for g in dev.cases[1].gold} == {"worker", "person"}  # "people" is our "person"

    report, _ = bench.run_benchmark(systems=["ours"], repeat=0, newsquant=path)
    sets = report["sets"]
    # dev: all four found, with unit and change; the date "February 11" is outside
    # NewsQuant's scope, so it is not scored as a prediction.
    ours_dev = sets["newsquant-dev"]["systems"]["ours"]
    assert (ours_dev["value"]["tp"], ours_dev["value"]["n_gold"], ours_dev["value"]["n_pred"]) == (4, 4, 4)
    assert ours_dev["value_unit"]["tp"] == 4 and ours_dev["value_change"]["tp"] == 4
    # test: "about 35 miles" is found; the range 250-287 is not in the text.
    ours_test = sets["newsquant-test"]["systems"]["ours"]
    assert ours_test["value"]["tp"] == 1 and ours_test["value"]["n_gold"] == 2
    assert "newsquant (both halves)" in report["aggregates"]
    assert "newsquant" not in " ".join(report["aggregates"]["all"]["sets"])
