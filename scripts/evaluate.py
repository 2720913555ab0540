#!/usr/bin/env python3
"""Score claimcheck on every gold pair the project has (fixtures/gold, dev, holdout, blind, blind2).

    python scripts/evaluate.py [--verbose] [--json PATH] [NAME ...]

Runs ``claimcheck.compare`` in-process (one model load for all pairs), writes
each JSON report to out/eval/, scores it with fixtures/eval/score.py (the
project's copy of the shared yardstick) and prints one line per pair.  Exit
status 0 when every pair passes.
"""

from __future__ import annotations

import argparse
import json
import os
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these pairs (gold file names without .gold.json)")
    parser.add_argument("--verbose", action="store_true", help="list what each pair misses")
    parser.add_argument("--json", type=Path, help="write the summary as JSON here")
    parser.add_argument("--gold-dir", type=Path, help="score the *.gold.json pairs in this folder instead (articles beside them)")
    args = parser.parse_args(argv)
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
    for gold in golds:
        name = gold.name.removesuffix(".gold.json")
        if args.names and name not in args.names:
            continue
        spec = json.loads(gold.read_text(encoding="utf-8"))
        if args.gold_dir:
            a, b = (args.gold_dir / Path(spec["sources"][side]).name for side in ("A", "B"))
        else:
            a, b = source_path(spec["sources"]["A"]), source_path(spec["sources"]["B"])
        report = claimcheck.compare([a, b], embedder=embedder)
        path = out_dir / f"{name}.json"
        path.write_text(render_json(report), encoding="utf-8")
        cmd = [sys.executable, str(ROOT / "fixtures" / "eval" / "score.py"), str(gold), str(path)]
        if args.verbose:
            cmd.append("--verbose")
        done = subprocess.run(cmd, capture_output=True, text=True)
        lines = done.stdout.strip().splitlines()
        last = lines[-1] if lines else done.stderr.strip()
        failed += done.returncode != 0
        summary.append({"pair": name, "passed": done.returncode == 0, "score": last})
        print(f"{name:24} {last}")
        if args.verbose and done.returncode != 0:
            for line in lines[:-1]:
                if line.startswith("  - "):
                    print("    " + line.strip())
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
