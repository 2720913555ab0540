"""The learned furniture classifier: its features and bookkeeping (no model), and
the shipped weights on sentences of our own (real model)."""

from __future__ import annotations

import json

import numpy as np
import pytest

import claimcheck
from claimcheck.embed import DEFAULT_MODEL
from claimcheck.ingest import ingest_text
from claimcheck.learned_noise import FEATURES, FurnitureModel, applies, load, set_aside, shape_features
from claimcheck.pipeline import load_articles, prepare
from claimcheck.types import Article

from .conftest import ROOT

CASES = json.loads((ROOT / "fixtures" / "cases" / "learned_noise.json").read_text(encoding="utf-8"))


def unit(*rows: list[float]) -> np.ndarray:
    x = np.asarray(rows, dtype=np.float64)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


# --- features ------------------------------------------------------------------


def test_topic_is_lowest_for_the_sentence_that_strays_from_the_rest():
    texts = ["One.", "Two.", "Three.", "Four"]
    features = shape_features(texts, unit([1, 0.1, 0], [1, 0, 0.1], [1, 0.1, 0.1], [0, 0, 1]))
    topic = features[:, FEATURES.index("topic")]
    assert topic.argmin() == 3 and topic[3] < 0.2 < topic[:3].min()


def test_words_are_capped_and_a_full_stop_is_read_at_the_end():
    long = " ".join(["word"] * 60) + "."
    features = shape_features(["Log in", long, 'He said "yes."'], unit([1, 0], [0, 1], [1, 1]))
    words = features[:, FEATURES.index("words")]
    stop = features[:, FEATURES.index("full_stop")]
    assert words[0] == pytest.approx(2 / 40) and words[1] == 1.0
    assert stop.tolist() == [0.0, 1.0, 1.0]


def test_a_story_of_one_sentence_has_a_neutral_topic():
    assert shape_features(["Only this."], unit([1, 0]))[0, FEATURES.index("topic")] == 0.5


# --- bookkeeping ---------------------------------------------------------------

STORY = (
    "The board raised fares by 4% on Monday.\n"
    "Subscribe now for unlimited access.\n"
    "The new fares start on 1 March, the board said.\n"
)


def _prepared():
    return prepare(load_articles([Article("a", "A", None, STORY), Article("b", "B", None, "Fares rose 4% on Monday.\n")]))


def _fake_vectors(prepared):
    """Vector [1, 0] for every sentence but the promo, which gets [0, 1]."""
    return {s.text: unit([0, 1])[0] if "Subscribe" in s.text else unit([1, 0])[0] for art in prepared.articles for s in prepared.sentences[art.id]}


# A classifier that reads only the second dimension: the promo, and nothing else, is furniture.
PROMO_ONLY = FurnitureModel(model=DEFAULT_MODEL, dimension=2, threshold=0.5, weights=(0.0, 10.0, 0.0, 0.0, 0.0), bias=-5.0)


def test_set_aside_moves_furniture_to_noise_and_renumbers_what_is_left():
    before = _prepared()
    after = set_aside(before, _fake_vectors(before), PROMO_ONLY)
    story = after.sentences["a"]
    assert [s.text for s in story] == ["The board raised fares by 4% on Monday.", "The new fares start on 1 March, the board said."]
    assert [s.index for s in story] == [0, 1]
    assert [c.sentence for c in after.claims["a"]] == list(story)
    assert [q.text for c in after.claims["a"] for q in c.quantities] == [
        q.text for c in before.claims["a"] if "Subscribe" not in c.sentence.text for q in c.quantities
    ]
    article = after.articles[0]
    assert article.noise[-1] == "Subscribe now for unlimited access."
    assert article.text == before.articles[0].text  # offsets still point into it
    assert after.sentences["b"] == before.sentences["b"]


def test_set_aside_returns_the_same_prepared_when_nothing_is_furniture():
    before = _prepared()
    nothing = FurnitureModel(model=DEFAULT_MODEL, dimension=2, threshold=0.99, weights=(0.0,) * 5, bias=0.0)
    assert set_aside(before, _fake_vectors(before), nothing) is before


@pytest.mark.parametrize(("model", "dimension", "expected"), [(DEFAULT_MODEL, 384, True), ("sentence-transformers/" + DEFAULT_MODEL, 384, True), ("all-mpnet-base-v2", 768, False), (DEFAULT_MODEL, 768, False)])
def test_the_shipped_weights_apply_to_the_default_model_only(model, dimension, expected):
    assert applies(model, dimension) is expected


def test_the_shipped_weights_fit_their_model():
    clf = load()
    assert clf.model == DEFAULT_MODEL
    assert len(clf.weights) == clf.dimension + len(FEATURES)
    assert 0.5 <= clf.threshold < 1


# --- the shipped weights on sentences of our own (real model) ------------------


@pytest.fixture(scope="module")
def probability(embedder):
    clf = load()

    def of(sentence: str) -> float:
        texts = CASES["story"] + [sentence]
        return float(clf.probabilities(texts, embedder.encode(texts))[-1])

    return of


@pytest.mark.model
@pytest.mark.parametrize("sentence", CASES["furniture"])
def test_furniture_reads_as_furniture(sentence, probability):
    assert probability(sentence) >= load().threshold


@pytest.mark.model
@pytest.mark.parametrize("sentence", CASES["story"] + CASES["story_too"])
def test_story_sentences_are_kept(sentence, probability):
    assert probability(sentence) < load().threshold


@pytest.mark.model
def test_compare_sets_aside_what_the_rules_left_and_lists_it_as_noise(embedder):
    page = "\n".join(CASES["story"][:3] + ["This article is available to subscribers only.", "MORE FROM THE HERALD: Five restaurants to try this weekend"] + CASES["story"][3:])
    herald = ingest_text(page, id="herald")  # as read from a file: the rules first
    assert "subscribers only" in herald.text and "HERALD" in herald.text and not herald.noise
    other = ingest_text("The council passed a $48 million budget on Tuesday by 7 votes to 2.\n", id="wire")
    learned = claimcheck.compare([herald, other], embedder=embedder)
    rules_only = claimcheck.compare([herald, other], embedder=embedder, learned_noise=False)
    kept = [s.text for s in learned.sentences["herald"]]
    assert "MORE FROM THE HERALD: Five restaurants to try this weekend" in learned.articles[0].noise
    assert "This article is available to subscribers only." in learned.articles[0].noise
    assert not any("HERALD" in t or "subscribers" in t for t in kept)
    assert all(s in kept for s in CASES["story"])
    assert "MORE FROM THE HERALD: Five restaurants to try this weekend" in [s.text for s in rules_only.sentences["herald"]]
