#!/usr/bin/env python3
"""Score how much web-page furniture claimcheck keeps out of its findings, on real pages.

    python scripts/evaluate_pages.py --semeval training_set.csv [--verbose] [--json PATH]

fixtures/pages/furniture.jsonl lists, for the 110 English pairs of SemEval-2022
Task 8's training set that fixtures/real/ does not hold (the stories rated less
alike; pair 1484008055_1484109516 is reserved), every piece of page furniture
(captions, credits, promos, share bars, related links, bylines, contacts ...)
as a short verbatim snippet.  The snippets were written blind, by helpers who
had not read the code, before claimcheck ran on the pages.  The texts belong to
their publishers and are not in the repository: they are written out (to
out/pages/texts/) from the given copy of ``data/training_set.csv``.

For every pair the script runs ``claimcheck.compare`` in-process and reports,
per split (fixtures/pages/split.json: "tune" may be read while tuning, "score"
only ever scored):

* clean pairs: no snippet in any finding or alignment of its source (the shared
  scorer's noise test, issue 11's "noise leaks into no finding");
* snippets leaked: snippets in a finding or alignment;
* snippets set aside: snippets inside what claimcheck lists as noise
  (``--show-noise``), the stricter measure.

fixtures/pages/singles.jsonl does the same for 268 single English pages of the
training set's mixed-language pairs (blind, like the pairs; all of them tune
pages, there to widen what the rules are tuned on): a snippet there is *left*
when it still stands in the story text after ingest.

``--verbose`` lists the leaked snippets of the tune pairs and the left ones of
the single pages.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGES = ROOT / "fixtures" / "pages"


def _scorer():
    """fixtures/eval/score.py, the shared yardstick: its matching is the one used here."""
    spec = importlib.util.spec_from_file_location("score", ROOT / "fixtures" / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold() -> list[dict]:
    return [json.loads(line) for line in (PAGES / "furniture.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def singles() -> list[dict]:
    return [json.loads(line) for line in (PAGES / "singles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def write_texts(csv_path: Path, folder: Path, wanted: set[str], wanted_singles: set[str] | None = None) -> None:
    """Write text1/text2 of every annotated pair as PAIR-a.txt / PAIR-b.txt, and each
    annotated single page (an article id, "en" after it where the task gives one) as ID.txt."""
    csv.field_size_limit(1 << 30)
    folder.mkdir(parents=True, exist_ok=True)
    wanted_singles = wanted_singles or set()
    found = set()
    with open(csv_path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["pair_id"] in wanted:
                (folder / f"{row['pair_id']}-a.txt").write_text(row["text1"], encoding="utf-8")
                (folder / f"{row['pair_id']}-b.txt").write_text(row["text2"], encoding="utf-8")
                found.add(row["pair_id"])
            for article, lang, text in zip(row["pair_id"].split("_"), (row["lang1"], row["lang2"]), (row["text1"], row["text2"])):
                if lang == "en" and article in wanted_singles:
                    (folder / f"{article}.txt").write_text(text, encoding="utf-8")
                    found.add(article)
    missing = (wanted | wanted_singles) - found
    if missing:
        raise SystemExit(f"{csv_path}: {len(missing)} annotated pairs are not in this file (e.g. {sorted(missing)[0]})")


def score_pair(score, report: dict, noise: list[dict]) -> dict:
    """Which snippets reached a finding or alignment of their source, which were set aside."""
    ids = {"A": report["sources"][0]["id"], "B": report["sources"][1]["id"]}
    side = {ids["A"]: "a", ids["B"]: "b"}
    leaked, set_aside = [], 0
    for g in noise:
        source = ids[g["source"]]
        in_findings = any(
            score.contains(g["contains"], t) for f in report["findings"] for i in f.get("items", []) if i.get("source") == source for t in score.texts(i)
        )
        in_alignments = any(score.contains(g["contains"], a[side[source]].get("text", "")) for a in report["alignments"] if a[side[source]].get("source") == source)
        if in_findings or in_alignments:
            leaked.append(g)
        listed = next(s for s in report["sources"] if s["id"] == source).get("noise", [])
        set_aside += any(score.loose(g["contains"], line) for line in listed)
    return {"snippets": len(noise), "leaked": leaked, "set_aside": set_aside}


def summary_line(title: str, rows: list[dict]) -> str:
    pairs = len(rows)
    clean = sum(1 for r in rows if not r["leaked"])
    snippets = sum(r["snippets"] for r in rows)
    leaked = sum(len(r["leaked"]) for r in rows)
    aside = sum(r["set_aside"] for r in rows)
    pct = lambda x, n: f"{100 * x / n:.0f}%" if n else "-"  # noqa: E731
    return (
        f"{title:6} {pairs:3} pairs: {clean} clean ({pct(clean, pairs)}), {snippets} snippets, "
        f"{leaked} leaked into a finding ({pct(leaked, snippets)}), {aside} set aside as noise ({pct(aside, snippets)})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semeval", type=Path, metavar="CSV", required=True, help="a copy of SemEval-2022 Task 8's data/training_set.csv")
    parser.add_argument("--verbose", action="store_true", help="list the leaked snippets of the tune pairs")
    parser.add_argument("--json", type=Path, help="write the per-pair results as JSON here")
    parser.add_argument("--no-learned-noise", dest="learned_noise", action="store_false", help="page furniture by ingest's rules alone (a baseline without claimcheck.learned_noise)")
    args = parser.parse_args(argv)
    rows = gold()
    split = json.loads((PAGES / "split.json").read_text(encoding="utf-8"))
    texts = ROOT / "out" / "pages" / "texts"
    single_rows = singles()
    write_texts(args.semeval, texts, {r["pair_id"] for r in rows}, {r["id"] for r in single_rows})
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import claimcheck
    from claimcheck.embed import Embedder
    from claimcheck.report.jsonfmt import render_json

    score = _scorer()
    embedder = Embedder(None, cache=None)
    results = []
    for row in rows:
        pair = row["pair_id"]
        report = claimcheck.compare([texts / f"{pair}-a.txt", texts / f"{pair}-b.txt"], embedder=embedder, learned_noise=args.learned_noise)
        result = {"pair": pair, "split": split[pair], **score_pair(score, json.loads(render_json(report)), row["noise"])}
        results.append(result)
        if args.verbose and result["split"] == "tune":
            for g in result["leaked"]:
                print(f"{pair} {g['source']} {g['kind']:10} {g['contains']!r}")
    from claimcheck.errors import InputError
    from claimcheck.ingest import ingest_text

    left_total, texts_clean = 0, 0
    for row in single_rows:
        try:
            story = score.norm(ingest_text((texts / f"{row['id']}.txt").read_text(encoding="utf-8"), id=row["id"]).text)
        except InputError:
            story = ""  # a page that is all furniture (a bot check, a cookie wall): nothing of it is left
        left = [g for g in row["noise"] if score.norm(g["contains"]) in story]
        left_total += len(left)
        texts_clean += not left
        if args.verbose:
            for g in left:
                print(f"{row['id']} {g['kind']:10} {g['contains']!r}")
    print()
    snippets = sum(len(r["noise"]) for r in single_rows)
    print(
        f"single {len(single_rows)} pages: {texts_clean} clean ({100 * texts_clean / len(single_rows):.0f}%), {snippets} snippets, "
        f"{left_total} left in the story ({100 * left_total / snippets:.0f}%)"
    )
    for title in ("all", "tune", "score"):
        print(summary_line(title, [r for r in results if title == "all" or r["split"] == title]))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
