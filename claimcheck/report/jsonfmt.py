"""The JSON report: every finding with its items, for tools and the scorer.

Field by field it is documented in docs/json.md; the fields the
shared scorer reads (sources[].id, alignments[].a/.b, findings[].verdict,
.kind, .items[].source/.text/.sentence) are a contract and never change
meaning.  ``schema_version`` goes up when a field changes meaning; new
fields (such as ``claims``, the cross-source claim table) do not change it.
"""

from __future__ import annotations

import json
from typing import Any

from ..claimtable import ClaimCell, ClaimRow, claim_table
from ..salience import Salience, presented
from ..subjects import reading
from ..types import Alignment, Article, Attribution, Finding, Item, Quantity, Report, Sentence
from .text import location

SCHEMA_VERSION = 1


def _num(v: float | None) -> float | int | None:
    """29.0 -> 29: whole numbers print as integers."""
    if v is None:
        return None
    return int(v) if float(v).is_integer() and abs(v) < 2**63 else v


def quantity_dict(q: Quantity, sentence: str | None = None) -> dict[str, Any]:
    """A figure as JSON; shared by the compare report and ``claimcheck quantities``.
    With its ``sentence``, also what it is about and when it holds."""
    out: dict[str, Any] = {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "kind": q.kind,
        "value": _num(q.value),
        "low": _num(q.low),
        "high": _num(q.high),
        "unit": q.unit,
        "change": q.change,
        "role": q.role,
    }
    if q.date is not None:
        out["date"] = q.date.iso()
        out["inferred"] = list(q.date.inferred)
        if q.date.weekday is not None:
            out["weekday"] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[q.date.weekday]
    out["period"] = q.period
    out["about"] = list(q.about)
    if sentence is not None:
        r = reading(sentence, q)
        out["subject"] = {"names": list(r.names), "tally": r.tally}
        out["when"] = {"period": r.period, "session": r.session}
    return out


def attribution_dict(a: Attribution) -> dict[str, Any]:
    return {"text": a.text, "name": a.name, "acronym": a.acronym, "cue": a.cue, "start": a.start, "end": a.end, "credit": a.quoted}


def _sentence_ref(s: Sentence) -> dict[str, Any]:
    return {"source": s.source, "index": s.index, "text": s.text}


def _item(i: Item) -> dict[str, Any]:
    out: dict[str, Any] = {
        "source": i.source,
        "text": i.text,
        "sentence": i.sentence.text,
        "sentence_index": i.sentence.index,
        "location": {"paragraph": i.sentence.paragraph + 1, "sentence": i.sentence.index + 1, "text": location(i.sentence)},
    }
    if i.quantity is not None:
        out["quantity"] = quantity_dict(i.quantity, i.sentence.text)
    if i.attribution is not None:
        out["attribution"] = attribution_dict(i.attribution)
    if i.marks:
        out["marks"] = [list(m) for m in i.marks]
    return out


def _finding(n: int, f: Finding, salience: Salience) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": n,
        "verdict": f.verdict,
        "kind": f.kind,
        "importance": salience.importance,
        "pair": list(f.pair),
        "explanation": f.explanation,
        "similarity": f.similarity,
        "items": [_item(i) for i in f.items],
    }
    if salience.direction:
        out["direction"] = salience.direction
    if salience.folded_by:
        out["folded_by"] = salience.folded_by
    if f.rule:
        out["rule"] = f.rule
    return out


def _alignment(a: Alignment) -> dict[str, Any]:
    return {"a": _sentence_ref(a.a), "b": _sentence_ref(a.b), "similarity": a.similarity, "shared_figures": a.anchors}


def _cell(c: ClaimCell) -> dict[str, Any]:
    first = c.items[0] if c.items else None
    return {
        "source": c.source,
        "verdict": c.verdict,
        "text": c.text,
        "sentence": first.sentence.text if first else None,
        "sentence_index": first.sentence.index if first else None,
        "also": [i.text for i in c.items[1:]],
        "findings": list(c.findings),
    }


def _claim(n: int, row: ClaimRow) -> dict[str, Any]:
    return {
        "id": n,
        "claim": row.claim,
        "figure": row.figure,
        "kind": row.kind,
        "unit": row.unit,
        "origin": row.origin,
        "cells": [_cell(c) for c in row.cells],
    }


def _source(art: Article, report: Report) -> dict[str, Any]:
    dl = art.dateline
    return {
        "id": art.id,
        "label": art.label,
        "path": art.path,
        "reference": art.id == report.reference,
        "dateline": None
        if dl is None
        else {"text": dl.text, "place": dl.place, "date": dl.date.isoformat() if dl.date else None},
        "sentences": len(report.sentences.get(art.id, ())),
        "noise": list(art.noise),
    }


def to_dict(report: Report, *, version: str = "") -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "claimcheck": version,
        "model": report.model,
        "threshold": report.threshold,
        "reference": report.reference,
        "sources": [_source(a, report) for a in report.articles],
        "summary": [
            {
                "reference": p.reference,
                "other": p.other,
                "alignments": len(p.alignments),
                "agreements": p.count("agreement"),
                "additions": p.count("addition"),
                "contradictions": p.count("contradiction"),
            }
            for p in report.pairs
        ],
        "alignments": [_alignment(a) for p in report.pairs for a in p.alignments],
        "findings": [_finding(s.number, s.finding, s.salience) for s in presented(report)],
        "claims": [_claim(n, row) for n, row in enumerate(claim_table(report).rows, 1)],
    }


def render_json(report: Report, *, version: str = "") -> str:
    # A fresh tree of plain dicts and lists: no cycle to check for (a report of
    # two 3,000-sentence articles is some 28 MB of JSON).
    return json.dumps(to_dict(report, version=version), ensure_ascii=False, indent=2, check_circular=False) + "\n"
