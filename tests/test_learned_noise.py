"""The learned furniture classifier: its features and bookkeeping (no model), and
the shipped weights on sentences of our own (real model)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
PROMO_ONLY = FurnitureModel(model=DEFAULT_MODEL, model_digest="0", dimension=2, threshold=0.5, weights=(0.0, 10.0, 0.0, 0.0, 0.0), bias=-5.0)


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
    # blanked in the text, so no rule reading the whole story meets its words; offsets still hold
    assert "Subscribe" not in article.text and len(article.text) == len(before.articles[0].text)
    assert all(article.text[s.start : s.end] == s.text for s in story)
    assert after.sentences["b"] == before.sentences["b"]


def test_a_story_the_classifier_would_empty_is_left_as_the_rules_left_it():
    before = prepare(load_articles([Article("a", "A", None, "Subscribe now for unlimited access.\n"), Article("b", "B", None, "Fares rose 4% on Monday.\n")]))
    assert set_aside(before, _fake_vectors(before), PROMO_ONLY) is before


def test_a_figure_told_in_other_words_elsewhere_is_kept():
    """A furniture-like sentence whose figure another source also gives, in other words, is story."""
    page = "The board raised fares by 4% on Monday.\nSubscribe for 4% off, the board said.\n"
    before = prepare(load_articles([Article("a", "A", None, page), Article("b", "B", None, "Fares rose 4% on Monday, the board said.\n")]))
    promo, other = unit([0.6, 0.8])[0], unit([1, 0])[0]
    vectors = {s.text: promo if "Subscribe" in s.text else other for art in before.articles for s in before.sentences[art.id]}
    assert PROMO_ONLY.probabilities(["Subscribe"], promo[None, :])[0] >= PROMO_ONLY.threshold
    assert set_aside(before, vectors, PROMO_ONLY, keep_from=0.5) is before  # cosine 0.6 with B's sentence
    assert set_aside(before, vectors, PROMO_ONLY, keep_from=0.7).sentences["a"][-1].text == "The board raised fares by 4% on Monday."


def test_two_promos_alike_keep_neither():
    """Only what the classifier keeps in the other source vouches for a sentence: two sites' offers set each other aside."""
    a_page, b_page = "The board raised fares by 4%.\nSubscribe: 3 months for 40% off.\n", "Fares rose 4%.\nSubscribe: 6 months for 50% off.\n"
    before = prepare(load_articles([Article("a", "A", None, a_page), Article("b", "B", None, b_page)]))
    vectors = _fake_vectors(before)
    vectors["Subscribe: 6 months for 50% off."] = unit([0.4, 0.9165])[0]  # cosine 0.92 with A's offer, 0.4 with its story
    after = set_aside(before, vectors, PROMO_ONLY, keep_from=0.5)
    assert after.articles[0].noise == ("Subscribe: 3 months for 40% off.",)
    assert after.articles[1].noise == ("Subscribe: 6 months for 50% off.",)


def test_the_same_words_on_both_pages_are_no_story_told_twice():
    """A sign-up line with a figure that both pages of a site carry word for word is still furniture."""
    line = "Subscribe for 4% off."
    before = prepare(load_articles([Article("a", "A", None, f"The board raised fares by 4%.\n{line}\n"), Article("b", "B", None, f"Fares rose 4%.\n{line}\n")]))
    vectors = _fake_vectors(before)
    after = set_aside(before, vectors, PROMO_ONLY, keep_from=0.5)
    assert line in after.articles[0].noise and line in after.articles[1].noise


def test_set_aside_returns_the_same_prepared_when_nothing_is_furniture():
    before = _prepared()
    nothing = FurnitureModel(model=DEFAULT_MODEL, model_digest="0", dimension=2, threshold=0.99, weights=(0.0,) * 5, bias=0.0)
    assert set_aside(before, _fake_vectors(before), nothing) is before


def test_the_shipped_weights_apply_to_the_model_they_were_trained_on_only():
    digest = load().model_digest
    assert applies(f"{DEFAULT_MODEL}@{digest}", 384)
    assert applies(f"my-copy-of-minilm@{digest}+onnx", 384)  # the same files given by a folder, on ONNX
    assert not applies(f"{DEFAULT_MODEL}@0123456789abcdef", 384)  # a folder named like it, other weights
    assert not applies(f"{DEFAULT_MODEL}@{digest}", 768)
    assert not applies("", 384)


@pytest.mark.model
def test_the_shipped_weights_belong_to_the_bundled_model(embedder):
    assert applies(embedder.model_ref.identity, embedder.dimension or 384)


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
@pytest.mark.parametrize("sentence", CASES["story_too"])
def test_story_sentences_are_kept(sentence, probability):
    assert probability(sentence) < load().threshold


@pytest.mark.model
def test_the_story_itself_is_kept(embedder):
    clf = load()
    assert (clf.probabilities(CASES["story"], embedder.encode(CASES["story"])) < clf.threshold).all()


@pytest.mark.model
def test_compare_sets_aside_what_the_rules_left_and_lists_it_as_noise(embedder):
    page = "\n".join(CASES["story"][:3] + ["This article is available to subscribers only.", "MORE FROM THE HERALD: Five restaurants to try this weekend"] + CASES["story"][3:])
    herald = ingest_text(page, id="herald")  # as read from a file: the rules first
    assert "subscribers only" in herald.text and "HERALD" in herald.text  # the rules left both
    other = ingest_text("The council passed a $48 million budget on Tuesday by 7 votes to 2.\n", id="wire")
    learned = claimcheck.compare([herald, other], embedder=embedder)
    rules_only = claimcheck.compare([herald, other], embedder=embedder, learned_noise=False)
    kept = [s.text for s in learned.sentences["herald"]]
    assert "MORE FROM THE HERALD: Five restaurants to try this weekend" in learned.articles[0].noise
    assert "This article is available to subscribers only." in learned.articles[0].noise
    assert not any("HERALD" in t or "subscribers" in t for t in kept)
    assert all(s in kept for s in CASES["story"])
    assert "MORE FROM THE HERALD: Five restaurants to try this weekend" in [s.text for s in rules_only.sentences["herald"]]


@pytest.mark.model
def test_a_name_only_in_a_set_aside_teaser_counts_for_nothing(embedder):
    """different-cast asks whether a name is anywhere in the other story: not in its furniture."""
    a = ingest_text("Chief executive Dana Whitfield earned $3.8 million last year, the filing showed.\n", id="a")
    teaser = "MORE FROM THE HERALD: Five restaurants Dana Whitfield loves this weekend"
    b = ingest_text(
        "Chief executive Tom Okafor made $5.9 million last year, the filing showed.\n"
        "His pay rose for a third year as the chain opened 40 stores.\n"
        f"{teaser}\n"
        "Shareholders will vote on the pay plan at the annual meeting in May.\n",
        id="b",
    )
    report = claimcheck.compare([a, b], embedder=embedder)
    assert teaser in report.articles[1].noise
    assert "Whitfield" not in report.articles[1].text
    assert not [f for f in report.findings if f.verdict == "contradiction"]


@pytest.mark.model
def test_the_cli_option_and_its_variable_turn_it_off(tmp_path, monkeypatch, capsys):
    from claimcheck.cli import main

    page = tmp_path / "herald.txt"
    page.write_text("\n".join(CASES["story"] + ["MORE FROM THE HERALD: Five restaurants to try this weekend"]) + "\n", encoding="utf-8")
    wire = tmp_path / "wire.txt"
    wire.write_text("The council passed a $48 million budget on Tuesday by 7 votes to 2.\n", encoding="utf-8")

    def noise(*options: str) -> list[str]:
        main(["compare", str(page), str(wire), "--format", "json", "--fail-on", "never", "--no-cache", *options])
        return json.loads(capsys.readouterr().out)["sources"][0]["noise"]

    assert noise() == ["MORE FROM THE HERALD: Five restaurants to try this weekend"]
    assert noise("--no-learned-noise") == []
    monkeypatch.setenv("CLAIMCHECK_LEARNED_NOISE", "0")
    assert noise() == []


@pytest.mark.model
def test_batch_passes_the_choice_on(embedder, tmp_path):
    from claimcheck.batch import run_batch

    (tmp_path / "herald.txt").write_text("\n".join(CASES["story"] + ["MORE FROM THE HERALD: Five restaurants to try this weekend"]) + "\n", encoding="utf-8")
    (tmp_path / "wire.txt").write_text("The council passed a $48 million budget on Tuesday by 7 votes to 2.\n", encoding="utf-8")
    lines = [(1, json.dumps(["herald.txt", "wire.txt"]))]
    learned, rules_only = (next(iter(run_batch(lines, embedder, base=tmp_path, threshold=0.5, learned_noise=on))) for on in (True, False))
    assert learned.report is not None and rules_only.report is not None
    assert len(learned.report.articles[0].noise) == 1 and rules_only.report.articles[0].noise == ()


# --- free text: the bookkeeping holds whatever the story says --------------------

_WORDS = st.sampled_from(["fares", "rose", "4%", "on", "Monday", "Subscribe", "now", "the", "board", "said", "12", "March", "$3 million"])
_SENTENCES = st.lists(_WORDS, min_size=1, max_size=8).map(lambda ws: " ".join(ws) + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCES, min_size=1, max_size=6), st.lists(_SENTENCES, min_size=1, max_size=3))
def test_set_aside_keeps_every_story_whole_and_consistent(page, other):
    before = prepare(load_articles([Article("a", "A", None, "\n".join(page) + "\n"), Article("b", "B", None, "\n".join(other) + "\n")]))
    if not all(before.sentences[a.id] for a in before.articles):
        return  # nothing to read (a page of one bare figure, say)
    after = set_aside(before, _fake_vectors(before), PROMO_ONLY, keep_from=0.5)
    for art, was in zip(after.articles, before.articles):
        story = after.sentences[art.id]
        assert story, "a story is never emptied"
        assert [s.index for s in story] == list(range(len(story)))
        assert [c.sentence for c in after.claims[art.id]] == list(story)
        assert all(art.text[s.start : s.end] == s.text for s in story)
        assert len(art.text) == len(was.text)
        dropped = art.noise[len(was.noise) :]
        assert len(story) + len(dropped) == len(before.sentences[art.id])
        assert all("Subscribe" in line for line in dropped)
