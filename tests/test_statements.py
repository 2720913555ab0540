"""Statement contradictions (claimcheck.statements): the table of sentence pairs, the
reading of one sentence, and the finding as comparison, reports and the CLI carry it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import statements
from claimcheck.statements import RULES, contradiction, read_claims, vocabulary

from .conftest import ROOT

TABLE = ROOT / "fixtures" / "cases" / "statements.jsonl"
CASES = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _case_id(case: dict) -> str:
    return f"{case['id']}-{case['category'].replace(' ', '-')}-{'flag' if case['contradiction'] else 'keep'}"


# --- the table ---------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_statement_table(case):
    found = contradiction(case["a"], case["b"])
    if not case["contradiction"]:
        assert found is None, f"false contradiction ({case.get('note', case['category'])}): {found.explanation}"
        return
    assert found is not None, f"missed: {case['a']!r} / {case['b']!r}"
    assert found.rule == case["rule"], found.explanation
    if "a_text" in case:
        assert found.a.text == case["a_text"]
    if "b_text" in case:
        assert found.b.text == case["b_text"]
    # The explanation names the rule and both predicates as written.
    assert found.explanation.startswith(statements.RULE_WORDS[found.rule] + ": ")
    assert found.a.text in found.explanation and found.b.text in found.explanation
    # Each highlighted span is part of its sentence.
    for sentence, marks in ((case["a"], found.marks_a), (case["b"], found.marks_b)):
        assert marks and all(0 <= s < e <= len(sentence) for s, e in marks)


def test_table_is_wide_and_precise():
    """At least 60 pairs, roughly half that must not be flagged, and at least 90% of
    the flagged contradictions real (the issue's bar; every row also passes above)."""
    assert len(CASES) >= 60
    keep = [c for c in CASES if not c["contradiction"]]
    assert 0.4 <= len(keep) / len(CASES) <= 0.6
    flagged = [c for c in CASES if contradiction(c["a"], c["b"]) is not None]
    real = [c for c in flagged if c["contradiction"]]
    assert len(real) / len(flagged) >= 0.9
    assert {c["rule"] for c in CASES if c["contradiction"]} == set(RULES)
    for category in ("paraphrase", "converse", "hedge", "attribution", "update", "subjects"):
        assert sum(1 for c in keep if c["category"] == category) >= 5, category


def test_table_rows_are_distinct():
    pairs = [(c["a"], c["b"]) for c in CASES]
    assert len(pairs) == len(set(pairs))
    assert [c["id"] for c in CASES] == list(range(1, len(CASES) + 1))


# --- reading one sentence ------------------------------------------------------------


def claim(sentence: str, n: int = 0):
    return read_claims(sentence)[n]


def test_reads_predicate_polarity_and_arguments():
    c = claim("Acme will not cut any jobs at its Ohio plant.")
    assert (c.key, c.text, c.negated, c.future) == ("cut", "will not cut", True, True)
    assert c.subject.text == "Acme" and c.object.text == "any jobs" and c.object.head == "job"
    assert dict((p, a.text) for p, a in c.roles) == {"at": "its Ohio plant"}


def test_reads_passives_with_their_agent():
    c = claim("The suspect was detained by the army on Friday.")
    assert c.passive and c.key == "detain"
    assert c.agent.text == "the army" and c.patient.text == "The suspect"


def test_reads_predicate_adjectives_and_pleas():
    assert (claim("Smith was found not guilty of fraud.").key, claim("Smith was found not guilty of fraud.").negated) == ("guilty", True)
    assert claim("The accused pleaded guilty.").key == "plead guilty"
    assert claim("The border crossing remains closed.").key == "closed"


@pytest.mark.parametrize(
    "sentence, negated, word",
    [
        ("Rescuers failed to reach the village.", True, "failed to"),
        ("The airline refused to refund passengers.", True, "refused to"),
        ("Rescuers managed to reach the village.", False, None),
        ("No one was hurt in the fire.", True, "no"),
        ("Investigators found no evidence of sabotage.", True, "no"),
        ("The club hasn't sacked its manager.", True, "n't"),
        ("The ferry could not reach the island.", True, "not"),
    ],
)
def test_negation_in_its_news_forms(sentence, negated, word):
    assert claim(sentence).negated is negated


@pytest.mark.parametrize(
    "sentence, hedge",
    [
        ("The bill is expected to pass.", "expected"),
        ("The company may cut jobs.", "may"),
        ("The suspect was reportedly detained.", "reportedly"),
        ("The union plans to call off the strike.", "plan"),
        ("If the bill passes, taxes will rise.", "if"),
        ("Officials did not say whether the suspect was detained.", "not said"),
    ],
)
def test_hedges_are_read(sentence, hedge):
    assert claim(sentence).hedge == hedge


def test_credits_frame_the_claim():
    c = claim("The driver was arrested at the scene, police said.")
    assert c.source.text == "police" and not c.negated
    c = claim("Police denied that the driver was arrested.")
    assert c.source.text == "Police" and c.negated and c.source_negates
    assert c.text == "denied … was arrested"
    c = claim("According to the ministry, the talks collapsed.")
    assert c.source.text == "the ministry"


def test_updates_are_read():
    assert claim("The suspect was initially released.").update == "initially"
    assert claim("The mine is no longer operational.").update == "no longer"
    assert claim("The rate had been held at 23.5% since June.").update is not None


def test_possessive_s_is_no_verb():
    assert all(c.key != "is" for c in read_claims("The Taliban's return to power worried the region."))


def test_sentences_without_a_claim_read_as_nothing():
    assert read_claims("") == ()
    assert read_claims("Lahore, April 7") == ()


# --- the vocabulary ----------------------------------------------------------------------


def test_vocabulary_tables_are_consistent():
    v = vocabulary()
    for g in v.antonyms + v.object_antonyms + v.converses:
        assert g.a and g.b, g.name
        assert not g.a & g.b, (g.name, g.a & g.b)
    assert len(v.antonyms) >= 20
    names = [g.name for g in v.antonyms]
    assert len(names) == len(set(names))
    data = json.loads(statements.DATA.read_text(encoding="utf-8"))
    assert set(data) >= {"antonyms", "converses", "negators", "hedge_words", "reporting_verbs"}


def test_module_imports_nothing_heavy():
    code = "import sys, claimcheck.statements as s; s.contradiction('A won.', 'A lost.'); print(sorted(m for m in ('numpy', 'torch', 'sentence_transformers') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"


def test_data_file_is_packaged():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "data/*.json" in text
    assert Path(statements.DATA).is_file()
