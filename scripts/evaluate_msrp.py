#!/usr/bin/env python3
"""Score claimcheck's figure contradictions on judged news sentence pairs (MSRP).

    python scripts/evaluate_msrp.py --msrp msr_paraphrase_train.txt [--verbose] [--json PATH]

fixtures/msrp/judged-*.jsonl hold, for 750 sentence pairs of the Microsoft
Research Paraphrase corpus's *training* file that have figures on both sides,
an editor's blind judgment (written before claimcheck ran on them): the figure
pairs that are real discrepancies, and the differing figures that are not
rivals, with the reason.  The sentences belong to their publishers and are
not in the repository: they are read from the given copy of
``msr_paraphrase_train.txt`` (github.com/galsang/ABCNN, MSRP_Corpus/; the
corpus's test file is reserved for acceptance and never read).

Each pair is compared as two one-sentence articles.  A reported quantity
contradiction is *real* when its two figures match a judged discrepancy
(snippets matched as the shared scorer matches figures); precision is real /
reported, recall is judged discrepancies found / judged.  Reported per split
(fixtures/msrp/split.json: "tune" may be read while tuning, "score" only ever
scored, "fresh" a later batch of 150 judged after the rules of the tune pairs
were written, scored at first contact; "tune2" and "score2" a fourth batch of
150, two thirds read while tuning after its first contact, one third only
scored).  ``--verbose`` lists the tuning pairs only.  Exit status 0 always: this measures, it does not gate.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MSRP = ROOT / "fixtures" / "msrp"
# The parts of fixtures/msrp/split.json, in the order they were judged; tuning reads
# only the first of each batch's parts.
PARTS = ("tune", "score", "fresh", "tune2", "score2", "tune3", "score3")
TUNING = ("tune", "tune2", "tune3")


def _scorer():
    """The shared scorer (fixtures/eval/score.py), whose figure match ``loose`` this uses."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", ROOT / "fixtures" / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


loose = _scorer().loose


def read_sentences(path: Path) -> dict[str, tuple[str, str]]:
    pairs: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) == 5:
            pairs[f"{cols[1]}_{cols[2]}"] = (cols[3], cols[4])
    return pairs


def judged() -> list[dict]:
    rows: list[dict] = []
    for path in sorted(MSRP.glob("judged-*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--msrp", type=Path, required=True, help="a copy of msr_paraphrase_train.txt")
    parser.add_argument("--verbose", action="store_true", help="list every false and missed contradiction of the tune pairs")
    parser.add_argument("--json", type=Path, help="write per-pair results here")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import claimcheck
    from claimcheck.embed import Embedder
    from claimcheck.errors import ClaimcheckError
    from claimcheck.ingest import ingest_text

    sentences = read_sentences(args.msrp)
    split = json.loads((MSRP / "split.json").read_text(encoding="utf-8"))
    embedder = Embedder(None, cache=None)
    results = []
    for row in judged():
        s1, s2 = sentences[row["id"]]
        try:
            a = ingest_text(s1 + "\n", id="s1", label="s1", path=None)
            b = ingest_text(s2 + "\n", id="s2", label="s2", path=None)
        except ClaimcheckError:  # a sentence that is all furniture (a contact line): nothing to compare
            pairs = ()
        else:
            pairs = claimcheck.compare([a, b], embedder=embedder).pairs
        flagged = []
        for pair in pairs:
            for f in pair.findings:
                if f.verdict == "contradiction" and f.kind == "quantity":
                    ta = [i.text for i in f.items if i.source == "s1"]
                    tb = [i.text for i in f.items if i.source == "s2"]
                    flagged.append((ta, tb, f.explanation))
        real = row["discrepancies"]
        hit = lambda d, fl: any(loose(d["a"], x) for x in fl[0]) and any(loose(d["b"], y) for y in fl[1])  # noqa: E731
        true_flags = [fl for fl in flagged if any(hit(d, fl) for d in real)]
        found = [d for d in real if any(hit(d, fl) for fl in flagged)]
        results.append({
            "id": row["id"],
            "split": split.get(row["id"], "?"),
            "flagged": len(flagged),
            "true": len(true_flags),
            "real": len(real),
            "found": len(found),
            "false": [f"{' / '.join(fl[0])} vs {' / '.join(fl[1])}: {fl[2]}" for fl in flagged if fl not in true_flags],
            "missed": [f"{d['a']} vs {d['b']} ({d.get('about', '')})" for d in real if d not in found],
        })
        if args.verbose and results[-1]["split"] in TUNING:  # only the pairs tuning may read
            for line in results[-1]["false"]:
                print(f"{row['id']:18} false   {line}")
            for line in results[-1]["missed"]:
                print(f"{row['id']:18} missed  {line}")
    print(f"{'set':6} {'pairs':>5} {'flagged':>7} {'real':>5} {'precision':>9} {'judged':>6} {'found':>5} {'recall':>6}")
    for title in ("all", *PARTS):
        rows = [r for r in results if title == "all" or r["split"] == title]
        if not rows:
            continue
        flagged = sum(r["flagged"] for r in rows)
        true = sum(r["true"] for r in rows)
        real = sum(r["real"] for r in rows)
        found = sum(r["found"] for r in rows)
        precision = f"{100 * true / flagged:.0f}%" if flagged else "–"
        recall = f"{100 * found / real:.0f}%" if real else "–"
        print(f"{title:6} {len(rows):5} {flagged:7} {true:5} {precision:>9} {real:6} {found:5} {recall:>6}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
