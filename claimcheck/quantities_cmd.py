"""``claimcheck quantities``: what the extractor reads, sentence by sentence.

With ``--lines`` each input line is one sentence, read as written (no
normalisation, no segmentation), so spans index the line itself and the JSON
has exactly one entry per input line, in order.
"""

from __future__ import annotations

import datetime as dt
import io
import json

from .errors import InputError
from .extract import extract_quantities
from .ingest import ingest_text, read_text
from .report.jsonfmt import quantity_dict
from .report.text import safe
from .segment import split_sentences
from .subjects import reading


def _parse_date(date: str | None) -> dt.date | None:
    if date is None:
        return None
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        raise InputError(f"--date {date!r}: not a date; write it as YYYY-MM-DD") from None


def run_quantities(path: str, *, lines: bool, as_json: bool, date: str | None, color: bool, max_bytes: int | None = None) -> str:
    published = _parse_date(date)
    text = read_text(path, max_bytes=max_bytes)
    if lines:
        rows = text.split("\n")
        if rows and rows[-1] == "":
            rows.pop()  # the final newline ends the last line; it is not an empty line
        rows = [r[:-1] if r.endswith("\r") else r for r in rows]
        entries = [(row, extract_quantities(row, published=published)) for row in rows]
    else:
        name = "stdin" if path == "-" else path
        article = ingest_text(text, id=name, label=name, path=path)
        published = published or article.published
        entries = [(s.text, extract_quantities(s.text, published=published)) for s in split_sentences(article)]
    if as_json:
        data = [{"text": t, "quantities": [quantity_dict(q, t) for q in qs]} for t, qs in entries]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return _listing(entries, color)


def _listing(entries, color: bool) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    console = Console(file=buf, width=110, color_system="truecolor" if color else None, force_terminal=color, no_color=not color, highlight=False, markup=False, emoji=False)
    for n, (sentence, qs) in enumerate(entries, 1):
        line = Text(f"{n:>3}  ", style="dim" if color else "")
        pos = 0
        for q in qs:
            line.append(safe(sentence[pos : q.start]))
            line.append(safe(sentence[q.start : q.end]) if color else f"«{safe(sentence[q.start:q.end])}»", style="bold black on cyan" if color else "")
            pos = q.end
        line.append(safe(sentence[pos:]))
        console.print(line)
        if not qs:
            continue
        table = Table(show_header=True, header_style="dim" if color else "", box=None, pad_edge=False, padding=(0, 2))
        for col in ("figure", "kind", "value", "unit", "change", "role", "of", "when"):
            table.add_column(col)
        for q in qs:
            if q.low is not None and q.high is not None:
                spec = "g" if q.unit == "year" else ",.10g"  # years as written, counts with commas
                value = f"{q.low:{spec}}–{q.high:{spec}}"
            elif q.date is not None and q.kind == "date":
                value = q.date.iso() + (" (inferred " + ", ".join(q.date.inferred) + ")" if q.date.inferred else "")
            else:
                value = "" if q.value is None else f"{q.value:,.10g}"
            r = reading(sentence, q)
            of = "; ".join([*(safe(n) for n in r.names), *([r.tally] if r.tally else [])])
            when = ", ".join(w for w in (r.period, r.session) if w)
            table.add_row(Text(safe(q.text)), Text(q.kind), Text(value), Text(q.unit or ""), Text(q.change), Text(q.role), Text(of), Text(when))
        console.print(table, style="", justify="left")
        console.print()
    return buf.getvalue()
