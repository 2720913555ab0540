#!/usr/bin/env python3
"""Score claimcheck on every gold pair the project has (fixtures/gold, dev, holdout, blind, blind2).

    python scripts/evaluate.py [--verbose] [--json PATH] [NAME ...]
    python scripts/evaluate.py --semeval training_set.csv [--verbose] [--json PATH]

With ``--semeval`` it scores the real article pairs of fixtures/real/ instead:
their texts belong to their publishers and are not in the repository, so they
are written out (to out/real/texts/) from the given copy of SemEval-2022 Task
8's ``data/training_set.csv``, and the summary is given per split
(fixtures/real/split.json: "tune" pairs may be read while tuning, "score"
pairs are only ever scored) and for the pairs the gold writer judged to be
one event.

Runs ``claimcheck.compare`` in-process (one model load for all pairs), writes
each JSON report to out/eval/, scores it with fixtures/eval/score.py (the
project's copy of the shared yardstick) and prints one line per pair.  Exit
status 0 when every pair passes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def gold_files() -> list[Path]:
    return [g for folder in ("gold", "dev", "holdout", "blind", "blind2") for g in sorted((ROOT / "fixtures" / folder).glob("*.gold.json"))]


def source_path(relative: str) -> Path:
    """Gold files name sources relative to ../shared (seeds/, fixtures/) or to fixtures/ (dev/)."""
    name = Path(relative).name
    for folder in (ROOT / "fixtures" / folder for folder in ("articles", "dev", "holdout", "blind", "blind2")):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(relative)


SPLIT: dict[str, str] = {}


def write_semeval_texts(csv_path: Path, folder: Path) -> Path:
    """Write text1/text2 of every pair that has a gold file as PAIR-a.txt / PAIR-b.txt."""
    import csv

    csv.field_size_limit(1 << 30)
    wanted = {g.name.removesuffix(".gold.json") for g in (ROOT / "fixtures" / "real").glob("*.gold.json")}
    SPLIT.update(json.loads((ROOT / "fixtures" / "real" / "split.json").read_text(encoding="utf-8")))
    folder.mkdir(parents=True, exist_ok=True)
    found = set()
    with open(csv_path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["pair_id"] in wanted:
                found.add(row["pair_id"])
                (folder / f"{row['pair_id']}-a.txt").write_text(row["text1"].strip() + "\n", encoding="utf-8")
                (folder / f"{row['pair_id']}-b.txt").write_text(row["text2"].strip() + "\n", encoding="utf-8")
    if wanted - found:
        raise SystemExit(f"{csv_path}: no rows for {len(wanted - found)} gold pairs (e.g. {sorted(wanted - found)[0]}); is it training_set.csv?")
    return folder


_FOUND = re.compile(r"^(\w[\w ]*?)\s+(\d+)/(\d+) (?:required|found)")
_FINAL = re.compile(r"^(?:PASS|FAIL) (\d+)/(\d+) required, (\d+) false contradictions, (\d+) noise")


def score_counts(lines: list[str]) -> dict[str, int]:
    """The scorer's section lines as numbers: required found/total, contradictions, false, noise."""
    out = {"found": 0, "required": 0, "contradictions_found": 0, "contradictions": 0, "false": 0, "noise": 0}
    for line in lines:
        m = _FOUND.match(line)
        if m and m.group(1) == "contradictions":
            out["contradictions_found"], out["contradictions"] = int(m.group(2)), int(m.group(3))
        m = _FINAL.match(line)
        if m:
            out["found"], out["required"], out["false"], out["noise"] = (int(g) for g in m.groups())
    return out


def real_subsets(summary: list[dict]) -> list[tuple[str, list[dict]]]:
    return [
        ("all", summary),
        ("tune", [r for r in summary if r["split"] == "tune"]),
        ("score", [r for r in summary if r["split"] == "score"]),
        ("one event", [r for r in summary if r["same_event"]]),
    ]


def subset_line(title: str, rows: list[dict]) -> str:
    if not rows:
        return f"{title:10} no pairs"
    n = len(rows)
    total = lambda key: sum(r[key] for r in rows)  # noqa: E731
    found, required = total("found"), total("required")
    return (
        f"{title:10} {n:3} pairs: {sum(r['passed'] for r in rows)} pass ({100 * sum(r['passed'] for r in rows) / n:.0f}%), "
        f"{100 * found / max(required, 1):.0f}% of {required} required items, "
        f"contradictions {total('contradictions_found')}/{total('contradictions')}, "
        f"{total('false')} false ({10 * total('false') / n:.1f} per 10 pairs), "
        f"noise in {sum(r['noise'] > 0 for r in rows)} pairs ({100 * sum(r['noise'] == 0 for r in rows) / n:.0f}% clean), "
        f"{total('statements')} statement contradictions reported"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these pairs (gold file names without .gold.json)")
    parser.add_argument("--verbose", action="store_true", help="list what each pair misses")
    parser.add_argument("--json", type=Path, help="write the summary as JSON here")
    parser.add_argument("--gold-dir", type=Path, help="score the *.gold.json pairs in this folder instead (articles beside them)")
    parser.add_argument("--semeval", type=Path, metavar="CSV", help="score fixtures/real/ with texts from this copy of training_set.csv")
    parser.add_argument("--no-learned-noise", dest="learned_noise", action="store_false", help="page furniture by ingest's rules alone (a baseline without claimcheck.learned_noise)")
    args = parser.parse_args(argv)
    if args.semeval:
        texts = write_semeval_texts(args.semeval, ROOT / "out" / "real" / "texts")
        args.gold_dir = None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import claimcheck
    from claimcheck.embed import Embedder
    from claimcheck.report.jsonfmt import render_json

    embedder = Embedder(None, cache=None)
    out_dir = ROOT / "out" / "eval"
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = []
    failed = 0
    golds = sorted(args.gold_dir.glob("*.gold.json")) if args.gold_dir else gold_files()
    if args.semeval:
        golds = sorted((ROOT / "fixtures" / "real").glob("*.gold.json"))
    for gold in golds:
        name = gold.name.removesuffix(".gold.json")
        if args.names and name not in args.names:
            continue
        spec = json.loads(gold.read_text(encoding="utf-8"))
        if args.semeval:
            a, b = (texts / Path(spec["sources"][side]).name for side in ("A", "B"))
        elif args.gold_dir:
            a, b = (args.gold_dir / Path(spec["sources"][side]).name for side in ("A", "B"))
        else:
            a, b = source_path(spec["sources"]["A"]), source_path(spec["sources"]["B"])
        report = claimcheck.compare([a, b], embedder=embedder, learned_noise=args.learned_noise)
        path = out_dir / f"{name}.json"
        path.write_text(render_json(report), encoding="utf-8")
        cmd = [sys.executable, str(ROOT / "fixtures" / "eval" / "score.py"), str(gold), str(path)]
        if args.verbose:
            cmd.append("--verbose")
        done = subprocess.run(cmd, capture_output=True, text=True)
        lines = done.stdout.strip().splitlines()
        last = lines[-1] if lines else done.stderr.strip()
        failed += done.returncode != 0
        entry = {"pair": name, "passed": done.returncode == 0, "score": last, **score_counts(lines)}
        # Statement contradictions reported (issue 15 asks that real pairs gain no false one).
        entry["statements"] = sum(1 for f in report.findings if f.verdict == "contradiction" and f.kind == "statement")
        if args.semeval:
            entry["split"] = SPLIT.get(name, "?")
            entry["same_event"] = spec.get("same_event", True)
        summary.append(entry)
        print(f"{name:24} {last}")
        if args.verbose and done.returncode != 0:
            for line in lines[:-1]:
                if line.startswith("  - "):
                    print("    " + line.strip())
    if args.semeval:
        print()
        for title, rows in real_subsets(summary):
            print(subset_line(title, rows))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
