"""Extract stage: the figures and the credited sources in each sentence.

Rule-based and model-free, so it runs on every sentence of every article at
little cost (see ``scripts/bench_quantities.py``).
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Article, Claims, Quantity, Sentence
from .attributions import extract_attributions
from .quantities import extract_quantities, resolve_date

__all__ = ["extract_attributions", "extract_claims", "extract_quantities", "quantity_context", "resolve_date"]


def extract_claims(sentence: Sentence, article: Article) -> Claims:
    """Figures and attributions of one sentence of ``article``.

    Dates are completed against the article's dateline date; figures inside
    the dateline itself get the role "dateline" (when a story was filed is
    not a claim about the event).
    """
    quantities = extract_quantities(sentence.text, published=article.published)
    dl = article.dateline
    if dl is not None and dl.end > dl.start:
        lo, hi = dl.start - sentence.start, dl.end - sentence.start
        quantities = tuple(
            replace(q, role="dateline") if lo <= q.start and q.end <= hi else q for q in quantities
        )
    attributions = extract_attributions(sentence.text)
    # "two sources close to Ghosn said", "three people familiar with the talks": how many
    # speak is part of the credit, not a figure of the story.
    quantities = tuple(
        q for q in quantities if not (q.kind == "count" and any(a.start <= q.start and q.end <= a.end for a in attributions))
    )
    return Claims(sentence=sentence, quantities=quantities, attributions=attributions)


def quantity_context(sentence: Sentence, q: Quantity, *, before: int = 10, after: int = 6) -> str:
    """The words around a figure, without the figure: what it measures.

    Embedding this lets the comparison pair "swift takeover in August 2021"
    with "forces pulled out in August 2020" but not with "a 2022 report".
    """
    left = sentence.text[: q.start].split()[-before:]
    right = sentence.text[q.end :].split()[:after]
    return " ".join(left + right).strip() or sentence.text
