"""The whole road from article files to a Report, as one library call.

``compare`` is what the CLI calls; ``prepare`` and ``finish`` split it around
the one expensive step (embedding) so that batch mode can embed many groups
of articles in one model call.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .align import DEFAULT_THRESHOLD, align, figure_anchors
from .comparison import Side, compare_pair
from .errors import InputError
from .extract import extract_claims, quantity_context
from .ingest import read_source
from .learned_noise import applies as learned_noise_applies
from .learned_noise import set_aside
from .segment import split_sentences
from .types import Article, Claims, PairResult, Report, Sentence

if TYPE_CHECKING:
    import numpy as np

    from .embed import Embedder
    from .rulebook import RuleCounts

Source = str | os.PathLike[str] | Article


@dataclass(frozen=True)
class Prepared:
    """Articles split and read, waiting only for their embeddings."""

    articles: tuple[Article, ...]
    sentences: dict[str, tuple[Sentence, ...]]
    claims: dict[str, tuple[Claims, ...]]

    def texts(self) -> list[str]:
        """Every text to embed: sentences, then the context of each figure."""
        out: list[str] = []
        for art in self.articles:
            out.extend(s.text for s in self.sentences[art.id])
        for art in self.articles:
            for c in self.claims[art.id]:
                out.extend(quantity_context(c.sentence, q) for q in c.quantities)
        return list(dict.fromkeys(out))


def load_articles(
    sources: Sequence[Source], labels: Sequence[str | None] | None = None, *, max_bytes: int | None = None
) -> tuple[Article, ...]:
    """Read each source (a path, "-" for standard input, or an Article) with unique ids.

    ``max_bytes`` caps each file (default 2 MB, or CLAIMCHECK_MAX_BYTES).
    """
    if len(sources) < 2:
        raise InputError("need at least two sources to compare (got %d)" % len(sources))
    labels = list(labels or [])
    if len(labels) > len(sources):
        raise InputError(f"{len(labels)} labels for {len(sources)} sources")
    labels += [None] * (len(sources) - len(labels))
    if sum(1 for s in sources if not isinstance(s, Article) and os.fspath(s) == "-") > 1:
        raise InputError("standard input ('-') can be read only once")
    articles: list[Article] = []
    seen: set[str] = set()
    for source, label in zip(sources, labels):
        art = source if isinstance(source, Article) else read_source(os.fspath(source), label=label, max_bytes=max_bytes)
        if art.id in seen:
            n = 2
            while f"{art.id}-{n}" in seen:
                n += 1
            art = Article(f"{art.id}-{n}", art.label, art.path, art.text, art.noise, art.dateline)
        seen.add(art.id)
        articles.append(art)
    return tuple(articles)


def prepare(articles: Sequence[Article]) -> Prepared:
    """Segment every article and extract its claims (no model needed)."""
    sentences = {a.id: split_sentences(a) for a in articles}
    claims = {a.id: tuple(extract_claims(s, a) for s in sentences[a.id]) for a in articles}
    return Prepared(tuple(articles), sentences, claims)


def pick_reference(articles: Sequence[Article], reference: str | int | None) -> Article:
    """The article named by id, label, path or position (default: the first)."""
    if reference is None:
        return articles[0]
    if isinstance(reference, int):
        if not 0 <= reference < len(articles):
            raise InputError(f"reference {reference + 1} is out of range: give a position from 1 to {len(articles)}")
        return articles[reference]
    for art in articles:
        if reference in (art.id, art.label, art.path):
            return art
    names = ", ".join(a.label for a in articles)
    raise InputError(f"reference {reference!r} is none of the sources ({names})")


def source_pairs(articles: Sequence[Article], ref: Article) -> list[tuple[Article, Article]]:
    """Every pair of sources, each compared once: the reference with each other
    source first, then the other sources with one another, all in source order.

    With three or more sources a figure two non-reference stories disagree on
    is found too, not only what each says against the reference.  Sources A,
    B, C give (A, B), (A, C), (B, C) with reference A, and (B, A), (B, C),
    (A, C) with reference B; two sources give the one pair (reference, other).
    """
    others = [a for a in articles if a.id != ref.id]
    return [(ref, o) for o in others] + [(a, b) for n, a in enumerate(others) for b in others[n + 1 :]]


def _vectors_of(
    prepared: Prepared, vectors: Callable[[Sequence[str]], "np.ndarray"] | Mapping[str, "np.ndarray"]
) -> Mapping[str, "np.ndarray"]:
    """Each text's embedding, from a model call or from vectors computed before (batch mode)."""
    if not callable(vectors):
        return vectors
    texts = prepared.texts()
    matrix = vectors(texts)
    return {t: matrix[n] for n, t in enumerate(texts)}


def finish(
    prepared: Prepared,
    vectors: Callable[[Sequence[str]], "np.ndarray"] | Mapping[str, "np.ndarray"],
    *,
    reference: str | int | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    model: str = "",
    counts: "RuleCounts | None" = None,
    learned_noise: bool = True,
    model_identity: str = "",
) -> Report:
    """Align and compare, given embeddings for ``prepared.texts()``; given
    ``counts``, the rules count there how often each fired and declined.
    With ``learned_noise`` and vectors of the model its weights were trained
    on (``model_identity``, as ``ModelRef.identity``), the furniture
    classifier of ``learned_noise`` first sets aside what the rules left of
    the page."""
    import numpy as np

    lookup = _vectors_of(prepared, vectors)
    width = next((len(v) for v in lookup.values()), 1)
    if learned_noise and learned_noise_applies(model_identity, width):
        prepared = set_aside(prepared, lookup, keep_from=threshold)

    # An article with no figures (or a one-line wire item) still needs a
    # matrix of the model's width (``width``), so that products with the
    # other side are empty rather than a shape error.

    def stack(items: Sequence[str]) -> np.ndarray:
        if not items:
            return np.zeros((0, width), dtype=np.float32)
        return np.stack([np.asarray(lookup[t], dtype=np.float32) for t in items])

    ref = pick_reference(prepared.articles, reference)
    sides = {a.id: Side(a, prepared.claims[a.id]) for a in prepared.articles}
    sent_vecs = {a.id: stack([s.text for s in prepared.sentences[a.id]]) for a in prepared.articles}
    ctx_vecs = {
        a.id: stack([quantity_context(s, q) for s, q in sides[a.id].figures]) for a in prepared.articles
    }
    pairs: list[PairResult] = []
    for first, second in source_pairs(prepared.articles, ref):
        sim = sent_vecs[first.id] @ sent_vecs[second.id].T
        csim = ctx_vecs[first.id] @ ctx_vecs[second.id].T
        anchors = figure_anchors(prepared.claims[first.id], prepared.claims[second.id])
        alignments = align(
            prepared.sentences[first.id], prepared.sentences[second.id], sim, threshold=threshold, anchors=anchors
        )
        pairs.append(compare_pair(sides[first.id], sides[second.id], alignments, sim, csim, counts))
    return Report(
        articles=prepared.articles,
        reference=ref.id,
        sentences=prepared.sentences,
        claims=prepared.claims,
        pairs=tuple(pairs),
        model=model,
        threshold=threshold,
    )


def compare(
    sources: Sequence[Source],
    *,
    labels: Sequence[str | None] | None = None,
    reference: str | int | None = None,
    model: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    embedder: "Embedder | None" = None,
    cache: bool = True,
    progress: bool = False,
    max_bytes: int | None = None,
    backend: str | None = None,
    counts: "RuleCounts | None" = None,
    learned_noise: bool = True,
) -> Report:
    """Compare two or more articles about one event, claim by claim.

    ``sources`` are file paths ("-" reads standard input) or ``Article``
    objects; every source is checked against the reference (the first unless
    ``reference`` names another), and with three or more sources every other
    pair is compared too (see ``source_pairs``).  Raises ``ClaimcheckError`` subclasses for
    anything the caller can fix.  ``max_bytes`` caps the size of each file
    (default 2 MB, or CLAIMCHECK_MAX_BYTES); ``backend`` ("auto", "onnx",
    "torch"; default $CLAIMCHECK_BACKEND, else auto) picks what runs the model
    (see ``Embedder``).  Given a ``RuleCounts``, the comparison counts there
    how often each of its rules fired and declined (see ``count_rules``).
    ``learned_noise`` False leaves page furniture to ingest's rules alone
    (see ``learned_noise``).
    """
    articles = load_articles(sources, labels, max_bytes=max_bytes)
    pick_reference(articles, reference)  # fail on a bad reference before loading a model
    prepared = prepare(articles)
    if embedder is None:
        embedder = default_embedder(model, cache=cache, progress=progress, backend=backend)
    return finish(
        prepared,
        embedder.encode,
        reference=reference,
        threshold=threshold,
        model=embedder.model_ref.name,
        counts=counts,
        learned_noise=learned_noise,
        model_identity=embedder.model_ref.identity,
    )


def default_embedder(model: str | None = None, *, cache: bool = True, progress: bool = False, backend: str | None = None) -> "Embedder":
    """The embedder ``compare`` makes when given none (with the on-disk cache unless ``cache`` is False)."""
    from .cache import EmbeddingCache
    from .embed import Embedder

    return Embedder(model, cache=EmbeddingCache() if cache else None, progress=progress, backend=backend, remember=cache)


def count_rules(groups: Sequence[Sequence[Source]], *, embedder: "Embedder | None" = None, **options) -> "RuleCounts":
    """Compare each group of sources (as ``compare`` does, with its keyword
    ``options``) and count how often each rule of
    ``claimcheck.comparison.REGISTRY`` fired and declined over all of them;
    ``claimcheck.comparison.rule_rows`` lays the counts out rule by rule."""
    from .rulebook import RuleCounts

    if embedder is None:
        embedder = default_embedder(options.pop("model", None), cache=options.pop("cache", True), backend=options.pop("backend", None))
    counts = RuleCounts()
    for sources in groups:
        compare(sources, embedder=embedder, counts=counts, **options)
    return counts
