"""A learned second look at web-page furniture, after ingest's rules.

The rules in ``ingest`` and ``furniture`` know furniture by its words and
shape, and most of it is site-specific: rules tuned on one set of pages barely
move on pages from other sites.  What furniture *says* carries over better
("Get our morning briefing in your inbox", "Already a member? Sign in", a
teaser for another story): this is a logistic
regression on the sentence embedding the comparison computes anyway, plus how
far the sentence strays from the rest of its story and two marks of its shape.
It is trained by ``scripts/train_furniture_model.py`` on the blind furniture
marks of the tune pages (fixtures/pages/) and stored as data
(``data/furniture_model.json``); it runs only with the model it was trained on.

A sentence it sets aside goes to the article's noise, as the rules' lines do,
and is listed by ``--show-noise``; ``claimcheck quantities`` loads no model and
so reads the rules alone.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from .pipeline import Prepared
    from .types import Claims

FEATURES = ("topic", "words", "full_stop")  # after the embedding's own dimensions
_END_MARKS = (".", "!", "?", '"', "\u201d", "'", "\u2019")
_WORDS_CAP = 40  # a sentence this long reads as long as any
# A sentence this alike to one of another source is the same words on both pages:
# more often a site's furniture on two of its pages (a sign-up form) than a story.
SAME_WORDS = 0.95


@dataclass(frozen=True)
class FurnitureModel:
    """Weights of the furniture classifier, and what they were trained with."""

    model: str  # the embedding model the weights belong to
    model_digest: str  # its files' digest, as in ModelRef.identity ("name@digest")
    dimension: int
    threshold: float  # the probability from which a sentence is furniture
    weights: tuple[float, ...]  # one per embedding dimension, then one per FEATURES entry
    bias: float

    def probabilities(self, texts: Sequence[str], vectors: "np.ndarray") -> "np.ndarray":
        """How likely each sentence of one story is page furniture."""
        import numpy as np

        x = np.hstack([vectors, shape_features(texts, vectors)])
        return 1.0 / (1.0 + np.exp(-(x @ np.asarray(self.weights, dtype=np.float64) + self.bias)))


def shape_features(texts: Sequence[str], vectors: "np.ndarray") -> "np.ndarray":
    """FEATURES for each sentence of one story (rows of ``vectors``, unit length).

    ``topic`` is the sentence's cosine with the mean of the story's *other*
    sentences: a teaser for another story or a sign-up box strays from it.
    """
    import numpy as np

    n = len(texts)
    vectors = np.asarray(vectors, dtype=np.float64)
    if n > 1:
        others = vectors.sum(axis=0)[None, :] - vectors
        others /= np.linalg.norm(others, axis=1, keepdims=True) + 1e-9
        topic = (vectors * others).sum(axis=1)
    else:
        topic = np.full(n, 0.5)  # a one-sentence story has no topic to stray from
    words = np.array([min(len(t.split()), _WORDS_CAP) / _WORDS_CAP for t in texts], dtype=np.float64)
    stop = np.array([t.rstrip().endswith(_END_MARKS) for t in texts], dtype=np.float64)
    return np.column_stack([topic, words, stop]).reshape(n, len(FEATURES))


@cache
def load() -> FurnitureModel:
    """The shipped weights (data/furniture_model.json)."""
    data = json.loads(files("claimcheck").joinpath("data/furniture_model.json").read_text(encoding="utf-8"))
    return FurnitureModel(
        model=data["model"],
        model_digest=data["model_digest"],
        dimension=data["dimension"],
        threshold=data["threshold"],
        weights=tuple(data["weights"]),
        bias=data["bias"],
    )


def applies(identity: str, dimension: int) -> bool:
    """The shipped weights read vectors of the model they were trained on only:
    its files' digest (``ModelRef.identity``, "name@digest", whatever the name
    or folder it was given by) and its width."""
    shipped = load()
    digest = identity.rpartition("@")[2].split("+")[0]
    return bool(digest) and digest == shipped.model_digest and dimension == shipped.dimension


def set_aside(
    prepared: "Prepared",
    vectors: Mapping[str, "np.ndarray"],
    classifier: FurnitureModel | None = None,
    *,
    keep_from: float = 1.0,
) -> "Prepared":
    """``prepared`` without the sentences ``classifier`` (the shipped one by
    default) takes for furniture.

    They join their article's noise and are blanked in its text (spaces, so
    that every offset still holds and no rule reading the whole story meets
    their words); the sentences left are renumbered (their claims follow
    them), so every later stage sees a story without them.  Two kinds are
    always kept: a sentence with a figure that is as alike as ``keep_from``
    to a sentence the classifier keeps in another source, with a figure of
    its family, in other words (under ``SAME_WORDS``: the story both tell, the
    figure they may disagree on; two sites' promos keep nothing), and every
    sentence of a story the classifier would empty
    (the rules found a story there; an empty source would report everything
    else as missing from it).
    """
    import numpy as np

    from .pipeline import Prepared
    from .types import Article

    clf = classifier or load()
    flags = {}
    for art in prepared.articles:
        texts = [s.text for s in prepared.sentences[art.id]]
        flags[art.id] = clf.probabilities(texts, np.stack([vectors[t] for t in texts])) >= clf.threshold if texts else np.zeros(0, bool)
    if not any(f.any() for f in flags.values()):
        return prepared  # the common case: nothing to weigh against the other sources
    kept_figures = {art.id: _Figures.of(prepared.claims[art.id], ~flags[art.id], vectors) for art in prepared.articles}
    articles, sentences, claims = [], dict(prepared.sentences), dict(prepared.claims)
    for art in prepared.articles:
        story, furniture = prepared.sentences[art.id], flags[art.id].copy()
        candidates = _Figures.of(prepared.claims[art.id], furniture, vectors)
        others = [kept_figures[o.id] for o in prepared.articles if o.id != art.id]
        for n in candidates.told_in(others, keep_from):
            furniture[n] = False
        if not furniture.any() or furniture.all():
            articles.append(art)
            continue
        kept = [n for n, is_furniture in enumerate(furniture) if not is_furniture]
        renumbered = {n: replace(story[n], index=i) for i, n in enumerate(kept)}
        sentences[art.id] = tuple(renumbered[n] for n in kept)
        claims[art.id] = tuple(replace(prepared.claims[art.id][n], sentence=renumbered[n]) for n in kept)
        dropped = [story[n] for n in np.flatnonzero(furniture).tolist()]
        text = art.text
        for s in dropped:
            text = text[: s.start] + " " * (s.end - s.start) + text[s.end :]
        articles.append(Article(art.id, art.label, art.path, text, art.noise + tuple(s.text for s in dropped), art.dateline))
    if all(a is b for a, b in zip(articles, prepared.articles)):
        return prepared
    return Prepared(tuple(articles), sentences, claims)


@dataclass(frozen=True)
class _Figures:
    """Some sentences of one story that hold figures: their positions, the
    families of their figures, and their vectors (rows in that order)."""

    rows: tuple[int, ...]
    families: tuple[frozenset[str], ...]
    vectors: "np.ndarray"

    @classmethod
    def of(cls, claims: Sequence["Claims"], chosen: "np.ndarray", vectors: Mapping[str, "np.ndarray"]) -> "_Figures":
        """The chosen sentences (a mask over ``claims``) that hold a figure."""
        import numpy as np

        from .relate import family

        rows = tuple(n for n in np.flatnonzero(chosen).tolist() if claims[n].quantities)
        families = tuple(frozenset(family(q) for q in claims[n].quantities) for n in rows)
        matrix = np.stack([vectors[claims[n].sentence.text] for n in rows]) if rows else np.zeros((0, 1))
        return cls(rows, families, matrix)

    def told_in(self, others: Sequence["_Figures"], keep_from: float) -> list[int]:
        """Rows with a sentence in ``others`` as alike as ``keep_from``, in other
        words (under SAME_WORDS), holding a figure of a family of theirs."""
        if not self.rows or keep_from >= SAME_WORDS:
            return []
        told: set[int] = set()
        for other in others:
            if not other.rows:
                continue
            sims = self.vectors @ other.vectors.T
            for i, j in zip(*((keep_from <= sims) & (sims < SAME_WORDS)).nonzero()):
                if self.families[i] & other.families[j]:
                    told.add(self.rows[i])
        return sorted(told)
