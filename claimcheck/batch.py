"""Batch mode: many groups of articles, one model load, one JSON report per group.

A desk that checks every rewrite of the day should pay for the model once.
Groups are read from JSON Lines, split and extracted in worker processes (the
model-free stages), embedded a chunk of groups at a time in one batched model
call, and written back as JSON Lines in input order.  A bad group becomes an
error record on its line; the batch goes on.

Each input line is a JSON object::

    {"id": "story-42",                       # optional, echoed back
     "articles": ["wire.txt", "ours.txt"],   # paths, or objects:
     "reference": "Reuters"}                 # optional: id, label, path or 1-based position

where an article object is ``{"path": ..., "label": ...}`` or
``{"text": ..., "label": ...}`` (inline text).  "sources" is accepted for
"articles".  A line may also be a bare list of articles.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ClaimcheckError, InputError, describe_internal
from .ingest import article_limit, ingest_text, read_source
from .pipeline import Prepared, finish, load_articles, pick_reference, prepare
from .report.jsonfmt import to_dict
from .types import Article, Report

if TYPE_CHECKING:
    from .embed import Embedder

# Groups embedded together in one model call: big enough to batch well,
# small enough to stream results and bound memory.
CHUNK = 64
# The batch file itself may carry many inline articles.
BATCH_FILE_LIMIT = 256 * 1024 * 1024


@dataclass(frozen=True)
class Group:
    """One input line: where it came from and what it asks."""

    line: int  # 1-based line number in the input
    id: str | None
    articles: tuple[Article, ...] = ()
    reference: str | int | None = None
    error: str | None = None


@dataclass(frozen=True)
class Outcome:
    """One output line: a report, or the reason there is none."""

    group: Group
    report: Report | None = None
    error: str | None = None


def _inside(path: str, root: Path, n: int) -> str:
    """``path`` resolved under ``root``; anything that escapes it is refused.

    A batch file comes from somewhere else (a queue, a CMS export), so its
    paths may only name files in its own folder (or ``--root``): no absolute
    paths, no ``..`` out of it, no symlink that leads outside.
    """
    if path == "-":
        raise InputError(f"article {n}: standard input cannot be an article in a batch")
    if os.path.isabs(path):
        raise InputError(f"article {n}: absolute path {path!r} refused; paths are relative to the batch folder (or --root)")
    full = (root / path).resolve()
    if not full.is_relative_to(root):
        raise InputError(f"article {n}: path {path!r} leads outside the batch folder (or --root); refused")
    return str(full)


def _article(spec: Any, base: Path, n: int, max_bytes: int | None = None) -> Article:
    root = base.resolve()
    if isinstance(spec, str):
        return read_source(_inside(spec, root, n), label=None, max_bytes=max_bytes, regular_only=True, shown=spec)
    if not isinstance(spec, dict):
        raise InputError(f"article {n}: expected a path or an object with 'path' or 'text'")
    label = spec.get("label")
    if label is not None and not isinstance(label, str):
        raise InputError(f"article {n}: 'label' must be text")
    if "text" in spec:
        text = spec["text"]
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"article {n}: 'text' is empty")
        limit = article_limit(max_bytes)
        if len(text.encode("utf-8", "surrogatepass")) > limit:
            raise InputError(f"article {n}: 'text' is larger than the limit of {limit:,} bytes per article (--max-bytes)")
        name = label or f"text-{n}"
        return ingest_text(text, id=name, label=name, path=None)
    if "path" in spec:
        path = spec["path"]
        if not isinstance(path, str):
            raise InputError(f"article {n}: 'path' must be text")
        return read_source(_inside(path, root, n), label=label, max_bytes=max_bytes, regular_only=True, shown=path)
    raise InputError(f"article {n}: needs 'path' or 'text'")


def parse_group(line: int, raw: str, base: Path, max_bytes: int | None = None) -> Group:
    """One JSONL line to a Group (never raises: trouble becomes ``Group.error``)."""
    gid = None
    try:
        data = json.loads(raw)
        if isinstance(data, dict):
            gid = data.get("id")
            gid = None if gid is None else str(gid)
            specs = data.get("articles", data.get("sources"))
            reference = data.get("reference")
        else:
            specs, reference = data, None
        if not isinstance(specs, list):
            raise InputError("expected a list of articles under 'articles'")
        sources: list[Article | str] = [_article(spec, base, n, max_bytes) for n, spec in enumerate(specs, 1)]
        articles = load_articles(sources, [None] * len(sources))
        if isinstance(reference, int) and not isinstance(reference, bool):
            reference = reference - 1
        elif reference is not None and not isinstance(reference, str):
            raise InputError("'reference' must be a name or a position")
        pick_reference(articles, reference)
        return Group(line, gid, articles, reference)
    except json.JSONDecodeError as err:
        return Group(line, gid, error=f"not JSON ({err.msg} at column {err.colno})")
    except ClaimcheckError as err:
        return Group(line, gid, error=str(err))
    except RecursionError:
        return Group(line, gid, error="not usable JSON (nested too deeply)")
    except Exception as err:  # a bug of ours must cost one group, not the batch
        return Group(line, gid, error=_internal(err))


def _internal(err: BaseException) -> str:
    return f"internal error: {describe_internal(err)}; please report it"


def read_groups(path: str) -> list[tuple[int, str]]:
    """The non-blank lines of the batch file ("-" reads standard input), numbered."""
    from .ingest import read_text

    text = read_text(path, max_bytes=BATCH_FILE_LIMIT)
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def _prepare(group: Group) -> tuple[Group, Prepared | None, str | None]:
    """Worker: the model-free stages for one group."""
    if group.error is not None:
        return group, None, group.error
    try:
        return group, prepare(group.articles), None
    except ClaimcheckError as err:
        return group, None, str(err)
    except Exception as err:  # one group's bug must not end the batch
        return group, None, _internal(err)


def _chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def run_batch(
    lines: Sequence[tuple[int, str]],
    embedder: "Embedder",
    *,
    base: Path,
    threshold: float,
    jobs: int = 1,
    chunk: int = CHUNK,
    max_bytes: int | None = None,
    learned_noise: bool = True,
) -> Iterator[Outcome]:
    """Outcomes in input order; each chunk of groups is embedded in one call.

    ``base`` is the folder article paths are read from (and confined to);
    ``learned_noise`` as in ``pipeline.compare``.
    """
    groups = [parse_group(n, raw, base, max_bytes) for n, raw in lines]
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 else None
    try:
        for part in _chunks(groups, chunk):
            prepared = list(pool.map(_prepare, part, chunksize=max(1, len(part) // (jobs * 2)))) if pool else [_prepare(g) for g in part]
            texts = list(dict.fromkeys(t for _, p, _ in prepared if p is not None for t in p.texts()))
            vectors = embedder.encode(texts) if texts else None
            lookup = {t: vectors[i] for i, t in enumerate(texts)} if vectors is not None else {}
            for group, prep, error in prepared:
                if prep is None:
                    yield Outcome(group, error=error)
                    continue
                try:
                    report = finish(
                        prep,
                        lookup,
                        reference=group.reference,
                        threshold=threshold,
                        model=embedder.model_ref.name,
                        learned_noise=learned_noise,
                        model_identity=embedder.model_ref.identity,
                    )
                except ClaimcheckError as err:
                    yield Outcome(group, error=str(err))
                    continue
                except Exception as err:  # one group's bug must not end the batch
                    yield Outcome(group, error=_internal(err))
                    continue
                yield Outcome(group, report=report)
    finally:
        if pool is not None:
            pool.shutdown()


def outcome_line(outcome: Outcome, *, version: str) -> str:
    """One JSONL line: the group's report with its line number and id, or an error record."""
    head: dict[str, Any] = {"group": outcome.group.line}
    if outcome.group.id is not None:
        head["id"] = outcome.group.id
    if outcome.report is None:
        head["error"] = outcome.error
        return json.dumps(head, ensure_ascii=False)
    return json.dumps({**head, **to_dict(outcome.report, version=version)}, ensure_ascii=False)
