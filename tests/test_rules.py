"""The comparison's named rules (claimcheck.comparison.rules): registered once,
documented, each fired by a case of its own (fixtures/cases/rules.jsonl), and
counted only when asked."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from claimcheck.comparison import FINDING_RULES, REGISTRY, RuleCounts, rule_rows
from claimcheck.comparison.rules import ROLES
from claimcheck.relate import Relation, incomparable_rule
from claimcheck.statements import RULES as STATEMENT_RULES
from claimcheck.types import Dateline, Quantity

from .test_comparison import run, side

ROOT = Path(__file__).resolve().parent.parent
CASES = [json.loads(line) for line in (ROOT / "fixtures" / "cases" / "rules.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
SENTENCE_CASES = [c for c in CASES if "a" in c]
FIGURE_CASES = [c for c in CASES if "qa" in c]


def _dateline(spec: list[str] | None) -> Dateline | None:
    if not spec:
        return None
    text, place, date = spec
    return Dateline(text, place, dt.date.fromisoformat(date), 0, len(text))


def compare_case(case: dict, counts: RuleCounts | None = None):
    """Run a sentence case: aligned pairs at 0.8 (default [[0, 0]]), other sentences at
    ``sentence``, figure contexts at ``context`` unless ``contexts`` ({"k,l": value}) says."""
    a = side("a", case["a"], _dateline(case.get("dateline_a")), tuple(case.get("headlines_a", ())))
    b = side("b", case["b"], _dateline(case.get("dateline_b")), tuple(case.get("headlines_b", ())))
    contexts = {tuple(int(x) for x in key.split(",")): v for key, v in case.get("contexts", {}).items()}
    aligned = [tuple(pair) for pair in case.get("aligned", [[0, 0]])]
    return run(a, b, aligned, sentence=case.get("sentence", 0.2), context=contexts, ctx_default=case.get("context", 0.2), counts=counts)


def _quantity(spec: dict) -> Quantity:
    return Quantity(start=0, end=len(spec["text"]), **spec)


# --- the registry -------------------------------------------------------------


def test_every_rule_is_named_in_kebab_case_and_says_why_in_one_line():
    for name, rule in REGISTRY.items():
        assert rule.name == name and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", name), name
        assert rule.why and "\n" not in rule.why and rule.why[0].isupper() and rule.why.endswith("."), name
        assert rule.group and rule.mode in ("declines", "decides", "fits"), name


def test_every_name_a_finding_can_carry_is_registered():
    assert FINDING_RULES <= set(REGISTRY)
    assert {REGISTRY[n].group for n in FINDING_RULES} == {"agreement", "contradiction", "addition", "attribution", "statement"}


def test_the_statement_rules_are_registered_each_with_its_own_why():
    assert set(STATEMENT_RULES) <= FINDING_RULES
    assert all(REGISTRY[n].group == "statement" and "claimcheck.statements" not in REGISTRY[n].why for n in STATEMENT_RULES)


def test_every_rule_is_documented_in_docs_rules_md():
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in REGISTRY.values():
        row = f"| `{rule.name}` | {rule.group} | {rule.why.replace('|', chr(92) + '|')} |"
        assert row in page, f"docs/rules.md lacks (or has an old) row: {row}"
    assert len(re.findall(r"^\| `[a-z-]+` \|", page, re.MULTILINE)) == len(REGISTRY)


# --- a case for every rule ------------------------------------------------------


def test_every_registered_rule_has_a_case():
    assert sorted(c["rule"] for c in CASES) == sorted(REGISTRY)


@pytest.mark.parametrize("case", SENTENCE_CASES, ids=[c["rule"] for c in SENTENCE_CASES])
def test_the_case_fires_its_rule(case):
    counts = RuleCounts()
    result = compare_case(case, counts)
    tally = counts.fired if case["outcome"] == "fired" else counts.declined
    assert tally[case["rule"]] > 0, (dict(counts.fired), dict(counts.declined))
    if "finding" in case:  # the finding the rule leads to (and names, when it names findings)
        verdict, texts = case["finding"]
        named = case["rule"] in FINDING_RULES
        assert any(
            (f.rule == case["rule"] or not named) and f.verdict == verdict and [i.text for i in f.items] == texts for f in result.findings
        ), [
            (f.verdict, f.rule, [i.text for i in f.items]) for f in result.findings
        ]


@pytest.mark.parametrize("case", FIGURE_CASES, ids=[c["rule"] for c in FIGURE_CASES])
def test_a_rule_no_sentence_reaches_today_still_holds(case):
    # Defensive rules on figures the extractor does not write today, on hand-made figures.
    a, b = _quantity(case["qa"]), _quantity(case["qb"])
    if case["list"] == "comparable":
        assert incomparable_rule(a, b) == case["rule"]
    else:
        assert ROLES.decide(None, 0, 0, a, b, Relation(case["relation"])) == (False, case["rule"])


def test_every_finding_of_every_case_carries_a_registered_rule():
    for case in SENTENCE_CASES:
        for f in compare_case(case).findings:
            assert f.rule in FINDING_RULES, (case["rule"], f)


# --- counting -------------------------------------------------------------------


def test_counting_changes_no_finding():
    for case in SENTENCE_CASES:
        assert compare_case(case, RuleCounts()) == compare_case(case)


def test_a_finding_rule_fires_once_per_finding():
    case = next(c for c in SENTENCE_CASES if c["rule"] == "unaligned-sentence")
    counts = RuleCounts()
    result = compare_case(case, counts)
    for name in {f.rule for f in result.findings}:
        assert counts.fired[name] == sum(f.rule == name for f in result.findings)


def test_rule_rows_list_every_rule_in_order_with_its_counts():
    counts = RuleCounts()
    counts.count("rival-context", True)
    counts.count("different-role", False)
    counts.count("different-role", False)
    rows = rule_rows(counts)
    assert [r["rule"] for r in rows] == list(REGISTRY)
    by_name = {r["rule"]: r for r in rows}
    assert by_name["rival-context"] == {"rule": "rival-context", "group": "rivals", "fired": 1, "declined": 0}
    assert by_name["different-role"]["declined"] == 2
    more = RuleCounts()
    more.update(counts)
    more.update(counts)
    assert more.declined["different-role"] == 4


# --- over whole articles: claimcheck.count_rules and scripts/rule_counts.py -----


@pytest.mark.model
def test_count_rules_counts_what_the_reports_say(embedder):
    import claimcheck

    seed = [ROOT / "fixtures" / "articles" / f"pakistan-us-{n}.txt" for n in ("a", "b")]
    counts = claimcheck.count_rules([seed, seed[::-1]], embedder=embedder)
    reports = [claimcheck.compare(seed, embedder=embedder), claimcheck.compare(seed[::-1], embedder=embedder)]
    findings = [f for r in reports for f in r.findings]
    assert all(f.rule in FINDING_RULES for f in findings)
    for name in FINDING_RULES:
        assert counts.fired[name] == sum(f.rule == name for f in findings), name
    assert sum(counts.declined[r.name] for r in REGISTRY.values() if r.group == "rivals") > 0
    assert set(counts.fired) | set(counts.declined) <= set(REGISTRY)


def test_rule_counts_script_finds_the_bundled_pairs_and_prints_a_table():
    from .conftest import load_script

    script = load_script("rule_counts")
    found = script.pairs(list(script.SETS), [])
    assert {n for n, _, _ in found} >= {"pakistan-us", "court-fraud", "airline-results"}
    assert all(a.exists() and b.exists() for _, a, b in found)
    table = script.format_table(rule_rows(RuleCounts())).splitlines()
    assert len(table) == len(REGISTRY) + 1 and len({len(line) for line in table}) == 1


# different-grain: a date of another form is no rival, but a part of the year is one grain
# (a month against a quarter or half), and a year filled in from the story's date counts
# when it is the other's written year.
GRAIN_CASES = [
    ("closed on March 14.", "closed in June 2019.", None, True),
    ("closed on Dec. 31.", "closed in October 2001.", None, True),
    ("will open in the first half of 2026.", "will open in September 2026.", None, False),
    ("closed in the second quarter of 2021.", "closed in November 2021.", None, False),
    ("closed on March 14.", "closed in June 2020.", dt.date(2020, 7, 1), False),
    ("closed on March 14.", "closed in June 2019.", dt.date(2020, 7, 1), True),
    ("closed in March 2021.", "closed in June 2021.", None, False),
]


@pytest.mark.parametrize(("a", "b", "published", "declined"), GRAIN_CASES)
def test_different_grain(a, b, published, declined):
    from claimcheck.comparison.rules import _different_grain
    from claimcheck.extract import extract_quantities

    (qa,), (qb,) = extract_quantities(a, published=published), extract_quantities(b, published=published)
    assert _different_grain(None, 0, 0, qa, qb) is declined
    assert _different_grain(None, 0, 0, qb, qa) is declined
