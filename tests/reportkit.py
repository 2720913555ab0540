"""Hand-built Reports for renderer and claim-table tests that need no model.

A test names each figure by its sentence and text; the kit finds the span,
reads the figure with the real extractor (so kinds, units and values are the
ones the pipeline would produce) and assembles Findings and a Report.
"""

from __future__ import annotations

from claimcheck.extract import extract_quantities
from claimcheck.types import Article, Claims, Finding, Item, PairResult, Report, Sentence


def sentence(source: str, index: int, text: str) -> Sentence:
    return Sentence(source=source, index=index, text=text, start=0, end=len(text))


def figure(source: str, index: int, text: str, figure_text: str) -> Item:
    """The figure written ``figure_text`` in sentence ``text`` of ``source``."""
    for q in extract_quantities(text):
        if q.text == figure_text:
            return Item(source=source, text=q.text, sentence=sentence(source, index, text), quantity=q)
    raise AssertionError(f"no figure {figure_text!r} in {text!r}")


def statement(source: str, index: int, text: str) -> Item:
    return Item(source=source, text=text, sentence=sentence(source, index, text))


def agree(a: Item, b: Item) -> Finding:
    return Finding("agreement", "quantity", (a, b), f"{a.text} = {b.text}", (a.source, b.source), 0.9)


def conflict(a: Item, b: Item) -> Finding:
    return Finding("contradiction", "quantity", (a, b), f"{a.source} says {a.text}, {b.source} says {b.text}", (a.source, b.source), 0.8)


def only(item: Item, pair: tuple[str, str]) -> Finding:
    kind = "quantity" if item.quantity is not None else "statement"
    return Finding("addition", kind, (item,), f"only {item.source} gives {item.text}", pair)


def report(
    sources: list[str],
    pairs: list[list[Finding]],
    *,
    noise: dict[str, tuple[str, ...]] | None = None,
    between: list[tuple[str, str]] | None = None,
) -> Report:
    """A Report whose reference is ``sources[0]``; ``pairs[n]`` holds the findings against ``sources[n + 1]``,
    or, given ``between``, the findings between the two sources ``between[n]`` names.

    Every sentence any finding mentions becomes one of its source's sentences,
    with its figures as that sentence's claims.
    """
    between = between or [(sources[0], other) for other in sources[1:]]
    noise = noise or {}
    sentences: dict[str, dict[int, Sentence]] = {s: {} for s in sources}
    figures: dict[tuple[str, int], list] = {}
    for findings in pairs:
        for f in findings:
            for i in f.items:
                sentences[i.source][i.sentence.index] = i.sentence
                if i.quantity is not None:
                    known = figures.setdefault((i.source, i.sentence.index), [])
                    if i.quantity not in known:
                        known.append(i.quantity)
    articles = tuple(
        Article(id=s, label=s, path=f"{s}.txt", text=" ".join(x.text for _, x in sorted(sentences[s].items())), noise=noise.get(s, ()))
        for s in sources
    )
    ordered = {s: tuple(x for _, x in sorted(sentences[s].items())) for s in sources}
    claims = {
        s: tuple(Claims(x, tuple(sorted(figures.get((s, x.index), []), key=lambda q: q.start))) for x in ordered[s])
        for s in sources
    }
    results = tuple(
        PairResult(reference=first, other=second, alignments=(), findings=tuple(findings))
        for (first, second), findings in zip(between, pairs)
    )
    return Report(articles=articles, reference=sources[0], sentences=ordered, claims=claims, pairs=results, model="test-model", threshold=0.5)


def three_sources() -> Report:
    """Reuters as reference; AP contradicts its 42% and adds a sentence; Dawn agrees."""
    a = figure("Reuters", 0, "Attacks rose 42% in January, the institute said.", "42%")
    b = figure("AP", 0, "Attacks rose 24% in January, the institute said.", "24%")
    c = figure("Dawn", 0, "Attacks rose 42 percent in January.", "42 percent")
    extra = statement("AP", 1, "Officials declined to comment.")
    return report(
        ["Reuters", "AP", "Dawn"],
        [[conflict(a, b), only(extra, ("Reuters", "AP"))], [agree(a, c)]],
        noise={"Reuters": ("Read more: something else",)},
    )
