#!/usr/bin/env python3
"""How claimcheck's cost grows with the articles: two articles of N sentences.

    python scripts/bench_scale.py [--sizes 10,100,1000,3000] [--runs 3] [--json out/bench_scale.json]

For each size, two articles are built from the sentences of the bundled
fixtures (each sentence given a few words of its own, so nothing is
deduplicated), then ``claimcheck compare A B --format json`` runs in a fresh
process: once cold (an empty embedding cache), then ``--runs`` times warm
(the cache filled).  Wall time and peak memory (the child's max RSS) are
reported as medians, with the cost per sentence, so the table shows whether
cost grows in a line.  Prints a table, writes JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = "alpha bravo delta echo foxtrot golf hotel india juliet kilo lima mike".split()


def fixture_sentences() -> list[str]:
    from claimcheck.ingest import ingest_text
    from claimcheck.segment import split_sentences

    out: list[str] = []
    for folder in ("articles", "dev", "holdout", "blind", "blind2"):
        for path in sorted((ROOT / "fixtures" / folder).glob("*.txt")):
            art = ingest_text(path.read_text(encoding="utf-8"), id="x")
            out.extend(s.text for s in split_sentences(art) if len(s.text) > 40)
    return out


def make_article(sentences: list[str], n: int, seed: int) -> str:
    rnd = random.Random(seed)
    picked = []
    for _ in range(n):
        s = rnd.choice(sentences).rstrip(".")
        picked.append(f"{s} in {rnd.choice(WORDS)} {rnd.choice(WORDS)} {rnd.choice(WORDS)} quarter.")
    return " ".join(picked) + "\n"


def measure(a: Path, b: Path, cache: Path, runs: int) -> dict:
    # Cold means an empty embedding cache; the one-time ONNX export stays where
    # set-up put it (it is not part of a comparison's cost).
    from claimcheck.onnx_encoder import export_root

    env = {**os.environ, "HF_HUB_OFFLINE": "1", "CLAIMCHECK_CACHE_DIR": str(cache), "CLAIMCHECK_ONNX_DIR": str(export_root())}
    wrapper = [sys.executable, "-c", (
        "import resource, subprocess, sys, time, json;"
        "t=time.perf_counter(); r=subprocess.run(sys.argv[1:], capture_output=True);"
        "w=time.perf_counter()-t; m=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024;"
        "print(json.dumps({'wall': w, 'mb': m, 'code': r.returncode, 'err': r.stderr.decode()[-300:]}))"
    ), sys.executable, "-m", "claimcheck", "compare", str(a), str(b), "--format", "json", "--output", os.devnull, "--quiet"]

    def one() -> dict:
        done = subprocess.run(wrapper, env=env, capture_output=True, text=True, check=True)
        got = json.loads(done.stdout)
        if got["code"] not in (0, 1):
            raise SystemExit(f"claimcheck failed ({got['code']}): {got['err']}")
        return got

    cold = one()
    warm = [one() for _ in range(runs)]
    return {
        "cold_s": cold["wall"], "cold_mb": cold["mb"],
        "warm_s": statistics.median(w["wall"] for w in warm), "warm_mb": statistics.median(w["mb"] for w in warm),
        "warm_samples_s": [w["wall"] for w in warm],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000,3000", help="sentences per article, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="warm runs per size (median)")
    parser.add_argument("--json", type=Path, default=ROOT / "out" / "bench_scale.json")
    args = parser.parse_args(argv)
    sentences = fixture_sentences()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            a, b = Path(tmp) / f"{n}-a.txt", Path(tmp) / f"{n}-b.txt"
            a.write_text(make_article(sentences, n, seed=n), encoding="utf-8")
            b.write_text(make_article(sentences, n, seed=n + 1), encoding="utf-8")
            cache = Path(tmp) / f"cache-{n}"
            got = measure(a, b, cache, args.runs)
            rows.append({"sentences": n, **got, "warm_ms_per_sentence": 1000 * got["warm_s"] / (2 * n), "warm_kb_per_sentence": 1024 * got["warm_mb"] / (2 * n)})
            print(f"  {n} sentences: cold {got['cold_s']:.1f} s, warm {got['warm_s']:.2f} s", file=sys.stderr)
    print(f"| sentences per article | cold | warm (median of {args.runs}) | peak memory cold / warm | warm ms per sentence |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['sentences']:,} | {r['cold_s']:.1f} s | {r['warm_s']:.2f} s | {r['cold_mb']:.0f} / {r['warm_mb']:.0f} MB | {r['warm_ms_per_sentence']:.2f} |")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
