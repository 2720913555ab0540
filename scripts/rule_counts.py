#!/usr/bin/env python3
"""How often each comparison rule fired and declined over the bundled fixture pairs.

    python scripts/rule_counts.py [--sets gold,dev,holdout] [--json out/rule_counts.json] [NAME ...]

Compares every pair that has a gold file in the chosen fixture folders
(``gold`` holds the seed pairs, whose articles are in fixtures/articles; add
``blind,blind2`` for the rest of the pairs scripts/evaluate.py scores), with
the real model, counting in one ``RuleCounts`` what every rule of
``claimcheck.comparison.REGISTRY`` did: how often it fired (said yes, or named
a finding) and declined (said no: a pair that is not rivals, not related, not
comparable).  Prints a table in the order the rules apply, writes JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import source_path  # noqa: E402  (gold files name their sources one way for both scripts)

SETS = ("gold", "dev", "holdout")


def pairs(sets: list[str], names: list[str]) -> list[tuple[str, Path, Path]]:
    """(name, source A, source B) of every gold pair in the folders ``sets``."""
    out = []
    for folder in sets:
        for gold in sorted((ROOT / "fixtures" / folder).glob("*.gold.json")):
            name = gold.name.removesuffix(".gold.json")
            if names and name not in names:
                continue
            spec = json.loads(gold.read_text(encoding="utf-8"))
            out.append((name, source_path(spec["sources"]["A"]), source_path(spec["sources"]["B"])))
    return out


def format_table(rows: list[dict]) -> str:
    width = max(len(r["rule"]) for r in rows)
    gwidth = max(len(r["group"]) for r in rows)
    lines = [f"{'rule':{width}}  {'group':{gwidth}}  {'fired':>7}  {'declined':>8}"]
    lines += [f"{r['rule']:{width}}  {r['group']:{gwidth}}  {r['fired']:7d}  {r['declined']:8d}" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these pairs (gold file names without .gold.json)")
    parser.add_argument("--sets", default=",".join(SETS), help="fixture folders with gold pairs, comma-separated")
    parser.add_argument("--json", type=Path, default=ROOT / "out" / "rule_counts.json")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import claimcheck
    from claimcheck.comparison import rule_rows
    from claimcheck.embed import Embedder

    found = pairs([s for s in args.sets.split(",") if s], args.names)
    if not found:
        raise SystemExit("no gold pairs found")
    counts = claimcheck.count_rules([(a, b) for _, a, b in found], embedder=Embedder(None, cache=None))
    rows = rule_rows(counts)
    print(f"{len(found)} pairs ({args.sets})")
    print(format_table(rows))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"pairs": [n for n, _, _ in found], "rules": rows}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
