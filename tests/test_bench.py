"""scripts/bench.py: its helpers on hand-made cases, and one ``--quick`` run.

The helper tests need neither the model nor a subprocess.  The ``--quick``
run starts the real model in four fresh processes (about a minute on a
2-core machine), so it carries the ``model`` marker.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import load_script

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "bench.py"


@pytest.fixture(scope="module")
def bench():
    return load_script("bench")


def test_median_and_table(bench):
    assert bench.median([3.0, 1.0, 2.0]) == 2.0
    assert bench.median([1.0, 2.0, 3.0, 10.0]) == 2.5
    with pytest.raises(ValueError):
        bench.median([])
    rows = [
        bench.Row("raw", "raw model", [10.0, 12.0, 11.0], "s", 1.0),
        bench.Row("cold", "compare cold", [11.0], "s", 1.1, target="<= 1.15 x", passed=True),
        bench.Row("batch", "batch", [30.0], "texts/s", 0.7, target=">= 0.8 x", passed=False),
    ]
    table = bench.format_table(rows)
    lines = table.splitlines()
    assert len(lines) == 5 and len({len(x) for x in lines}) == 1  # aligned
    assert "11.00 s" in lines[2] and "1.000" in lines[2]
    assert "PASS" in lines[3] and "FAIL" in lines[4] and "30.0 texts/s" in lines[4]
    data = rows[0].as_json()
    assert data["median"] == 11.0 and data["min"] == 10.0 and data["samples"] == [10.0, 12.0, 11.0]


def test_tag_words_are_unique_and_free_of_figures(bench):
    from claimcheck.extract import extract_quantities

    words = [bench.tag_word(n) for n in range(5000)]
    assert len(set(words)) == len(words)
    assert all(w.startswith("Ka") and w.isalpha() for w in words)
    for w in words[:300]:
        assert extract_quantities(f"The ministry said ({w}).") == ()
    with pytest.raises(ValueError):
        bench.tag_word(-1)


def test_tagging_goes_before_the_closing_punctuation(bench):
    assert bench.insert_before_closing("He left on Monday.", "Kaba") == "He left on Monday (Kaba)."
    assert bench.insert_before_closing('"We will stay," he said."', "Kaba") == '"We will stay," he said (Kaba)."'
    assert bench.insert_before_closing("A headline", "Kaba") == "A headline (Kaba)"
    text = "One two. Three four!\nHeadline"
    spans = [(0, 8), (9, 20), (21, 29)]
    assert bench.tag_text(text, spans, "Kabe") == "One two (Kabe). Three four (Kabe)!\nHeadline (Kabe)"
    with pytest.raises(ValueError):
        bench.tag_text(text, [(0, 8), (5, 9)], "Kabe")


def test_groups_are_unique_and_keep_their_figures(bench):
    from claimcheck.pipeline import load_articles, prepare

    specs = bench.find_pairs()
    names = [name for name, _ in specs]
    assert "articles/pakistan-us" in names and len(specs) >= 20
    assert all(len(paths) >= 2 and all(p.is_file() for p in paths) for _, paths in specs)
    n = len(specs) + 3  # wraps around
    groups = bench.build_groups(specs, n)
    assert len(groups) == n and len({g["id"] for g in groups}) == n
    assert groups[0]["articles"][0]["text"] != groups[len(specs)]["articles"][0]["text"]  # same pair, new tag
    lines = [json.dumps(g) for g in groups]
    info = bench.batch_texts(lines, chunk=8)
    assert info["groups"] == n and info["texts_encoded"] == len(info["texts"])
    # every article sentence is unique across the batch
    from claimcheck.batch import parse_group

    prepared = [prepare(parse_group(i, line, ROOT).articles) for i, line in enumerate(lines, 1)]
    sentences = [s.text for p in prepared for a in p.articles for s in p.sentences[a.id]]
    assert len(set(sentences)) == len(sentences) == info["sentences"]
    # the tagged seed pair has as many sentences and figures as the original
    original = prepare(load_articles([str(p) for p in specs[names.index("articles/pakistan-us")][1]]))
    tagged = prepare(parse_group(1, lines[names.index("articles/pakistan-us")], ROOT).articles)
    for o, t in zip(original.articles, tagged.articles):
        assert len(original.sentences[o.id]) == len(tagged.sentences[t.id])
        assert [len(c.quantities) for c in original.claims[o.id]] == [len(c.quantities) for c in tagged.claims[t.id]]


def test_seed_texts_are_what_claimcheck_encodes(bench):
    sentences, texts = bench.seed_texts()
    assert sentences == texts[: len(sentences)] and len(texts) > len(sentences) > 20
    assert len(set(texts)) == len(texts)


def test_fixture_texts_cover_every_article_set(bench):
    texts = bench.fixture_texts()
    assert len(texts) == len(set(texts)) > 1500
    assert set(bench.ARTICLE_DIRS) == {"articles", "dev", "holdout", "blind", "blind2"}
    sentences, seed = bench.seed_texts()
    assert set(seed) <= set(texts)  # the seed pair's sentences and contexts are among them


def test_extractor_timing_returns_one_rate_per_run(bench):
    sentences = bench.fixture_sentences()[:20]
    rates = bench.time_extractor(sentences, 2, min_seconds=0.01)
    assert len(rates) == 2 and all(r > 0 for r in rates)


def test_argument_defaults(bench):
    full = bench.parse_args([])
    assert (full.runs, full.groups, full.jobs, full.warmup) == (5, 200, [2, 1], True)
    assert full.json == ROOT / "out" / "bench.json"
    quick = bench.parse_args(["--quick", "--json", "x.json"])
    assert (quick.runs, quick.groups, quick.jobs, quick.warmup) == (1, 4, [2], False)
    assert bench.parse_args(["--quick", "--runs", "2", "--jobs", "1,2"]).jobs == [1, 2]


@pytest.mark.model
def test_quick_run_writes_table_and_json(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "claimcheck compare, cold" in done.stdout and "targets met" in done.stdout
    data = json.loads(out.read_text())
    m = data["measurements"]
    for key in ("raw_model", "onnx_export", "compare_cold", "compare_warm", "help", "extractor", "memory_raw", "memory_cold",
                "batch_raw_encode_only", "batch_raw", "batch_j2", "vectors"):
        assert key in m and m[key]["median"] > 0, key
    assert m["raw_model"]["ratio_to_raw"] == 1.0 and m["batch_raw_encode_only"]["ratio_to_raw"] == 1.0
    assert m["compare_warm"]["torch_imported"] is False
    assert m["compare_cold"]["torch_imported"] is False and m["compare_cold"]["onnxruntime_imported"] is True
    assert m["batch_j2"]["torch_imported"] is False
    assert m["vectors"]["texts"] == 100 and m["vectors"]["min_cosine"] >= 0.9999 and m["vectors"]["pass"] is True
    assert m["batch_j2"]["ratio_basis"] == "raw model encode-only rate"
    assert m["compare_cold"]["texts_encoded_per_run"] == [data["seed_pair"]["texts_encoded"]]
    assert data["batch"]["groups"] == 4 and data["quick"] is True
    assert data["table"] in done.stdout
