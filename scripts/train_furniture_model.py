#!/usr/bin/env python3
"""Train the furniture classifier of claimcheck.learned_noise on the blind furniture marks.

    python scripts/train_furniture_model.py --semeval training_set.csv [--pages single,tune] [--threshold P] [--out PATH]

The examples are the sentences of the marked *tune* pages (fixtures/pages/:
the single pages and the tune pairs; no article of a score pair, here or in
fixtures/real/, is ever read): a story sentence ingest keeps is furniture when
blind-marked snippets make at least half of it (or one holds it), story when
none is in it, and left out when furniture is glued into a story sentence;
every line the rules set aside is furniture too, so that the classifier
learns what furniture says, not only what the rules left.
The texts are written out from the given copy of SemEval-2022 Task 8's
``data/training_set.csv`` (they belong to their publishers).

The fit is a class-balanced, L2-regularised logistic regression by full-batch
gradient descent from zero, a fixed number of steps: the same embeddings give
the same weights.  It writes claimcheck/data/furniture_model.json (or --out).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STEPS = 3000
RATE = 0.5
L2 = 1e-3


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pages(groups: set[str], semeval: Path) -> list[tuple[Path, list[str]]]:
    """(text file, marked snippets) of every page of the chosen groups ("single", "tune")."""
    evaluate_pages = _module("evaluate_pages", ROOT / "scripts" / "evaluate_pages.py")
    texts = ROOT / "out" / "pages" / "texts"
    pairs, singles = evaluate_pages.gold(), evaluate_pages.singles()
    split = json.loads((ROOT / "fixtures" / "pages" / "split.json").read_text(encoding="utf-8"))
    evaluate_pages.write_texts(semeval, texts, {r["pair_id"] for r in pairs}, {r["id"] for r in singles})
    # A page is one article; an article of a pair only ever scored (here or in
    # fixtures/real/) is never learned from, whichever other pair it is in too.
    real_split = json.loads((ROOT / "fixtures" / "real" / "split.json").read_text(encoding="utf-8"))
    scored = {article for s in (split, real_split) for pair, part in s.items() if part == "score" for article in pair.split("_")}
    out = []
    if "single" in groups:
        out += [(texts / f"{r['id']}.txt", [g["contains"] for g in r["noise"]]) for r in singles if r["id"].removesuffix("en") not in scored]
    for r in pairs:
        if split[r["pair_id"]] in groups and split[r["pair_id"]] != "score":
            for side, article in zip("AB", r["pair_id"].split("_")):
                if article not in scored:
                    out.append((texts / f"{r['pair_id']}-{side.lower()}.txt", [g["contains"] for g in r["noise"] if g["source"] == side]))
    return out


def label(text: str, snippets: list[str], score) -> float | None:
    """1 for furniture (marked snippets cover at least half of it, or hold it),
    0 for story (no snippet in it), None for a story sentence with furniture
    glued in, which teaches neither."""
    norm = score.norm(text)
    marks = {score.norm(s) for s in snippets} - {""}
    if any(norm in m for m in marks):
        return 1.0
    covered: set[int] = set()  # characters of the sentence inside some marked snippet, each once
    for mark in marks:
        start = norm.find(mark)
        while start >= 0:
            covered.update(range(start, start + len(mark)))
            start = norm.find(mark, start + 1)
    if not covered:
        return 0.0
    return 1.0 if 2 * len(covered) >= len(norm) else None


def examples(chosen: list[tuple[Path, list[str]]], embedder) -> tuple[list, list]:
    """Feature rows and labels (1 = furniture) for every sentence and noise line."""
    import numpy as np

    from claimcheck.errors import InputError
    from claimcheck.ingest import ingest_text
    from claimcheck.learned_noise import shape_features
    from claimcheck.segment import split_sentences

    score = _module("score", ROOT / "fixtures" / "eval" / "score.py")
    rows, labels = [], []
    for path, snippets in chosen:
        try:
            article = ingest_text(path.read_text(encoding="utf-8"), id="page")
        except InputError:
            continue  # all furniture: nothing of it reaches the classifier
        story = [s.text for s in split_sentences(article)]
        if not story:
            continue
        vectors = embedder.encode(story)
        for text, vector, features in zip(story, vectors, shape_features(story, vectors)):
            mark = label(text, snippets, score)
            if mark is not None:
                rows.append(np.hstack([vector, features]))
                labels.append(mark)
        noise = list(article.noise)
        for line, vector in zip(noise, embedder.encode(noise) if noise else ()):
            features = shape_features(story + [line], np.vstack([vectors, vector]))[-1]
            rows.append(np.hstack([vector, features]))
            labels.append(1.0)
    return rows, labels


def fit(x, y):
    """Class-balanced logistic regression, L2 on the weights (not the bias)."""
    import numpy as np

    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    share = y.mean()
    balance = np.where(y == 1, 0.5 / share, 0.5 / (1 - share))
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(xb @ w)))
        w -= RATE * (xb.T @ (balance * (p - y)) / n + L2 * np.r_[w[:-1], 0.0])
    return w


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semeval", type=Path, metavar="CSV", required=True, help="a copy of SemEval-2022 Task 8's data/training_set.csv")
    parser.add_argument("--pages", default="single,tune", help="which marked pages to learn from: single, tune (never score)")
    parser.add_argument("--threshold", type=float, default=None, help="probability from which a sentence is furniture (default: keep the shipped one)")
    parser.add_argument("--out", type=Path, default=ROOT / "claimcheck" / "data" / "furniture_model.json")
    args = parser.parse_args(argv)
    groups = set(args.pages.split(","))
    if "score" in groups or not groups <= {"single", "tune"}:
        parser.error("--pages takes single and tune only: the score pairs are never learned from")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import numpy as np

    from claimcheck.embed import DEFAULT_MODEL, Embedder
    from claimcheck.learned_noise import FEATURES
    from claimcheck.onnx_encoder.layout import weights_digest

    embedder = Embedder(None, cache=None)
    rows, labels = examples(pages(groups, args.semeval), embedder)
    x, y = np.vstack(rows), np.asarray(labels)
    w = fit(x, y)
    shipped = ROOT / "claimcheck" / "data" / "furniture_model.json"
    threshold = args.threshold if args.threshold is not None else json.loads(shipped.read_text(encoding="utf-8"))["threshold"]
    data = {
        "about": "Weights of claimcheck.learned_noise's furniture classifier (written by scripts/train_furniture_model.py; do not edit by hand).",
        "model": DEFAULT_MODEL,
        "model_digest": weights_digest(embedder.model_ref),
        "dimension": x.shape[1] - len(FEATURES),
        "features": ["embedding"] + list(FEATURES),
        "trained_on": f"{args.pages} pages of fixtures/pages: {len(y)} sentences and lines, {int(y.sum())} of them furniture",
        "threshold": threshold,
        "bias": round(float(w[-1]), 6),
        "weights": [round(float(v), 6) for v in w[:-1]],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    weights = data.pop("weights")
    text = json.dumps(data, indent=1)[:-2] + ',\n "weights": ' + json.dumps(weights) + "\n}\n"  # one line of numbers
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {data['trained_on']}; threshold {threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
