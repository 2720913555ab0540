#!/usr/bin/env python3
"""Score who claimcheck says a story credits, on real pages marked blind.

    python scripts/evaluate_credits.py --semeval training_set.csv [--verbose] [--json PATH]

fixtures/pages/credits-*.jsonl list, for single English pages of SemEval-2022
Task 8's training set (the pages of fixtures/pages/singles.jsonl), every source
the story credits for information ("police said", "according to the ministry",
"a report by X") as the text names it.  The marks were written blind, by
helpers who had not read the code, before claimcheck's credit reader ran on
the pages.  The texts belong to their publishers and are not in the
repository: they are written out (to out/pages/texts/) from the given copy of
``data/training_set.csv``, as scripts/evaluate_pages.py does.

Each page is ingested and split as ``claimcheck compare`` does, and every
sentence's credits are read (``Claims.attributions``).  A marked source is
*found* when a credit the reader gives names it (as the shared scorer
matches credits: either text holds the other, or the whole credit holds it);
credits the reader gives that match no mark are counted too (*unmarked*: a
false credit, or one the marker left out).

fixtures/pages/credits-split.json splits the pages once by SHA-256 of the page
id: "tune" may be read while tuning, "score" only ever scored.  ``--verbose``
lists the missed marks and the unmarked credits of the tune pages only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
PAGES = ROOT / "fixtures" / "pages"


def marks() -> list[dict]:
    rows: list[dict] = []
    for path in sorted(PAGES.glob("credits-*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def split_of(page: str) -> str:
    """Two pages in three are tuned on, one in three only scored, fixed by the id's hash."""
    return "score" if int(hashlib.sha256(page.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def credits_of(path: Path) -> list[tuple[str, str]]:
    """(name, whole credit) of every credit the reader gives in the page's story."""
    from claimcheck.extract import extract_claims
    from claimcheck.ingest import read_source
    from claimcheck.segment import split_sentences

    art = read_source(str(path))
    out = []
    for s in split_sentences(art):
        for a in extract_claims(s, art).attributions:
            out.append((a.text, a.credit or a.text))
    return out


def _names(score, mark: str, name: str, credit: str) -> bool:
    """The shared scorer's test for a credit: either text holds the other, or the whole credit holds the mark."""
    return score.contains(mark, name) or score.contains(name, mark) or score.contains(mark, credit)


def score_page(score, row: dict, found_credits: list[tuple[str, str]]) -> dict:
    hits = [any(_names(score, m["contains"], name, credit) for name, credit in found_credits) for m in row["credits"]]
    unmarked = [name for name, credit in found_credits if not any(_names(score, m["contains"], name, credit) for m in row["credits"])]
    return {"id": row["id"], "marks": len(row["credits"]), "found": sum(hits), "missed": [m["contains"] for m, h in zip(row["credits"], hits) if not h], "unmarked": unmarked}


def main(argv: list[str] | None = None) -> int:
    import evaluate_pages

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semeval", type=Path, required=True, help="a copy of data/training_set.csv")
    parser.add_argument("--verbose", action="store_true", help="list the misses of the tune pages")
    parser.add_argument("--json", type=Path, help="write the per-page results here")
    args = parser.parse_args(argv)
    rows = marks()
    texts = ROOT / "out" / "pages" / "texts"
    evaluate_pages.write_texts(args.semeval, texts, set(), {r["id"] for r in rows})
    score = evaluate_pages._scorer()
    results = []
    for row in rows:
        try:
            got = credits_of(texts / f"{row['id']}.txt")
        except Exception as err:  # a page with nothing left after ingest: no credits read
            print(f"{row['id']}: {err}", file=sys.stderr)
            got = []
        results.append({**score_page(score, row, got), "set": split_of(row["id"])})
    if args.verbose:
        for r in results:
            if r["set"] != "tune":
                continue
            for m in r["missed"]:
                print(f"{r['id']} missed   {m!r}")
            for u in r["unmarked"]:
                print(f"{r['id']} unmarked {u!r}")
    print(f"{'set':6} {'pages':>5} {'marks':>6} {'found':>6} {'recall':>7} {'unmarked':>9}")
    for name in ("all", "tune", "score"):
        part = [r for r in results if name == "all" or r["set"] == name]
        n_marks = sum(r["marks"] for r in part)
        found = sum(r["found"] for r in part)
        unmarked = sum(len(r["unmarked"]) for r in part)
        print(f"{name:6} {len(part):>5} {n_marks:>6} {found:>6} {100 * found / max(1, n_marks):>6.0f}% {unmarked:>9}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
