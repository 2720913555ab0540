"""Verdict logic without a model: hand-made sides, alignments and similarities."""

from __future__ import annotations

import datetime as dt

from claimcheck.comparison import Side, compare_pair
from claimcheck.extract import extract_claims
from claimcheck.types import Alignment, Article, Dateline, Sentence

APRIL_7 = dt.date(2025, 4, 7)


def side(source: str, texts: list[str], dateline: Dateline | None = None, headlines: tuple[int, ...] = ()) -> Side:
    text = "\n".join(texts)
    art = Article(id=source, label=source.upper(), path=None, text=text, dateline=dateline)
    sentences, pos = [], 0
    for n, t in enumerate(texts):
        sentences.append(Sentence(source=source, index=n, text=t, start=pos, end=pos + len(t), headline=n in headlines))
        pos += len(t) + 1
    return Side(art, tuple(extract_claims(s, art) for s in sentences))


def run(a: Side, b: Side, aligned: list[tuple[int, int]], *, sentence=0.2, context=None, ctx_default=0.2, counts=None):
    """Compare with every aligned pair at similarity 0.8, others at ``sentence``;
    figure contexts at ``ctx_default`` unless given as {(k, l): value}; the
    rules count in ``counts`` when given."""
    na, nb = len(a.claims), len(b.claims)
    sim = [[0.8 if (i, j) in aligned else sentence for j in range(nb)] for i in range(na)]
    fa, fb = a.figures, b.figures
    ctx = [[(context or {}).get((k, l), ctx_default) for l in range(len(fb))] for k in range(len(fa))]
    alignments = [Alignment(a.claims[i].sentence, b.claims[j].sentence, 0.8) for i, j in aligned]
    return compare_pair(a, b, alignments, sim, ctx, counts)


def verdicts(result, kind="quantity"):
    return sorted(
        (f.verdict, tuple(i.text for i in f.items), tuple(i.source for i in f.items))
        for f in result.findings
        if f.kind == kind
    )


def test_same_figure_in_other_formats_agrees():
    a = side("a", ["Exports now face a 29% duty, up from the earlier 10%."])
    b = side("b", ["Washington set a 29 per cent tariff, up from 10 per cent."])
    assert verdicts(run(a, b, [(0, 0)])) == [
        ("agreement", ("10%", "10 per cent"), ("a", "b")),
        ("agreement", ("29%", "29 per cent"), ("a", "b")),
    ]


def test_earlier_value_is_an_addition_not_a_rival():
    a = side("a", ["Trump imposed a significant 29% tariff on Pakistani imports."])
    b = side("b", ["Exports now face a 29% duty, up from the earlier 10%."])
    result = run(a, b, [(0, 0)], ctx_default=0.6)
    assert verdicts(result) == [
        ("addition", ("10%",), ("b",)),
        ("agreement", ("29%", "29%"), ("a", "b")),
    ]
    assert result.count("contradiction") == 0


def test_changed_figure_in_aligned_sentences_contradicts():
    a = side("a", ["In January 2025, terror attacks in Pakistan jumped by 42%."])
    b = side("b", ["Terrorist attacks in Pakistan rose 24 percent in January 2025."])
    result = run(a, b, [(0, 0)], context={(0, 0): 0.7, (1, 1): 0.7}, ctx_default=0.3)
    assert ("contradiction", ("42%", "24 percent"), ("a", "b")) in verdicts(result)
    assert ("agreement", ("January 2025", "January 2025"), ("a", "b")) in verdicts(result)


def test_conflict_needs_context_that_says_the_same_thing():
    # Aligned sentences, but "2022" dates a report while "August 2020" dates a pull-out.
    a = side("a", ["A 2022 report said equipment worth $7 billion remained."])
    b = side("b", ["Hardware was left behind when forces pulled out in August 2020."])
    result = run(a, b, [(0, 0)], ctx_default=0.35)
    assert result.count("contradiction") == 0
    assert ("addition", ("August 2020",), ("b",)) in verdicts(result)


def test_figure_found_in_another_sentence_agrees():
    a = side("a", ["The $7 billion of equipment was seized.", "Trade was discussed."])
    b = side("b", ["Trade was discussed.", "A report said equipment worth $7 billion remained."])
    result = run(a, b, [(1, 0)], sentence=0.5, ctx_default=0.5)
    assert verdicts(result) == [("agreement", ("$7 billion", "$7 billion"), ("a", "b"))]


def test_unrelated_figure_elsewhere_is_not_an_agreement():
    a = side("a", ["Turnout was 42% in the by-election."])
    b = side("b", ["The ruling party won the seat.", "Attacks rose 42% last month."])
    result = run(a, b, [(0, 0)], sentence=0.1, ctx_default=0.1)
    assert verdicts(result) == [("addition", ("42%",), ("a",)), ("addition", ("42%",), ("b",))]


def test_different_currencies_never_contradict():
    a = side("a", ["The deal is worth $7 billion."])
    b = side("b", ["The deal is worth €6.5 billion."])
    result = run(a, b, [(0, 0)], ctx_default=0.9)
    assert result.count("contradiction") == 0


def test_dateline_dates_are_not_claims_about_the_event():
    line = "ISLAMABAD, April 7, 2025 - The ministers spoke."
    a = side("a", [line], Dateline("ISLAMABAD, April 7, 2025", "ISLAMABAD", APRIL_7, 0, 24))
    line_b = "ISLAMABAD, 8 April 2025 - The ministers spoke."
    b = side("b", [line_b], Dateline("ISLAMABAD, 8 April 2025", "ISLAMABAD", dt.date(2025, 4, 8), 0, 23))
    result = run(a, b, [(0, 0)], ctx_default=0.9)
    assert result.count("contradiction") == 0
    roles = {i.quantity.role for f in result.findings for i in f.items if i.quantity}
    assert roles == {"dateline"}


def test_attributions_compared_across_articles():
    a = side("a", ["According to a statement from the Foreign Office, they met."])
    b = side("b", [
        "The Foreign Office confirmed the talks.",
        "These figures were released by the Pakistan Institute for Conflict and Security Studies (PICSS).",
    ])
    result = run(a, b, [(0, 0)])
    found = verdicts(result, "attribution")
    # Findings quote the whole credit; the body's name is on the attribution.
    assert ("agreement", ("According to a statement from the Foreign Office", "The Foreign Office confirmed"), ("a", "b")) in found
    assert ("addition", ("released by the Pakistan Institute for Conflict and Security Studies (PICSS)",), ("b",)) in found


def test_unmatched_sentences_are_statement_additions_but_headlines_are_not():
    a = side("a", ["Both leaders agreed to keep in touch.", "The Taliban refused to return any equipment."])
    b = side("b", ["Both leaders agreed to keep in touch."])
    result = run(a, b, [(0, 0)])
    assert verdicts(result, "statement") == [
        ("addition", ("The Taliban refused to return any equipment.",), ("a",)),
    ]


def test_findings_are_ordered_contradictions_first():
    a = side("a", ["Attacks jumped by 42%.", "Rubio called."])
    b = side("b", ["Attacks rose 24 percent.", "Dar called."])
    result = run(a, b, [(0, 0)], ctx_default=0.9)
    order = [f.verdict for f in result.findings]
    assert order == sorted(order, key=["contradiction", "addition", "agreement"].index)


def test_figures_for_different_periods_do_not_contradict():
    a = side("a", ["Halvorsen fell 3.2% on Monday."])
    b = side("b", ["Halvorsen's stock, which has fallen 18% so far this year, dipped."])
    result = run(a, b, [(0, 0)], ctx_default=0.9)
    assert result.count("contradiction") == 0


def test_second_mention_joins_the_contradiction():
    a = side("a", ["Ferry capsizes off Sulawesi, 27 dead", "At least 27 people died after the ferry capsized."])
    b = side("b", ["The death toll from the ferry rose to 31 people."])
    result = run(a, b, [(1, 0)], ctx_default=0.7)
    contra = verdicts(result)
    assert [c for c in contra if c[0] == "contradiction"] == [
        ("contradiction", ("27 dead", "31 people"), ("a", "b")),
        ("contradiction", ("At least 27 people", "31 people"), ("a", "b")),
    ]


def test_a_lone_exact_figure_agrees_across_unrelated_sentences():
    a = side("a", ["A court jailed two men for murdering a 62-year-old jeweller."])
    b = side("b", ["Dhole, 62, was alone at the counter."])
    result = run(a, b, [], sentence=0.1, ctx_default=0.1)
    assert ("agreement", ("62-year-old", "62"), ("a", "b")) in verdicts(result)


def test_lone_dates_of_one_claim_contradict_on_modest_context():
    # Two sentences that say one thing (aligned at 0.8), each with one date: the dates
    # are rivals even when the words right around them differ.
    a = side("a", ["QuickRupee said it notified the Indian Computer Emergency Response Team (CERT-In) on September 8."])
    b = side("b", ["QuickRupee informed CERT-In on 11 September, a person familiar with the matter said."])
    assert ("contradiction", ("September 8", "11 September"), ("a", "b")) in verdicts(run(a, b, [(0, 0)], ctx_default=0.35))
    # Sentences that do not match: the same figures are two additions.
    assert run(a, b, [], sentence=0.2, ctx_default=0.35).count("contradiction") == 0


def _many(source: str, n: int, first: str) -> Side:
    return side(source, [first] + [f"Officials counted {100 + 7 * i} ballots in ward {chr(65 + i % 26)}." for i in range(n)])


def test_a_family_too_big_to_weigh_whole_still_finds_aligned_rivals(monkeypatch):
    from claimcheck.comparison import pairing

    a = _many("a", 30, "The flood killed 30 people and injured 61.")
    b = _many("b", 30, "The toll stood at 28 dead, with 61 injured.")
    whole = verdicts(run(a, b, [(0, 0)], ctx_default=0.1, context={(0, 0): 0.7, (1, 1): 0.7}))
    monkeypatch.setattr(pairing, "PAIR_BUDGET", 10)
    monkeypatch.setattr(pairing, "NEAREST", 2)
    indexed = verdicts(run(a, b, [(0, 0)], ctx_default=0.1, context={(0, 0): 0.7, (1, 1): 0.7}))
    assert ("contradiction", ("30 people", "28 dead"), ("a", "b")) in whole
    assert [v for v in indexed if v[0] == "contradiction"] == [v for v in whole if v[0] == "contradiction"]


def test_relations_are_stored_only_for_figures_that_relate():
    from claimcheck.comparison.pairing import _relations
    from claimcheck.relate import Relation

    a = side("a", ["Turnout was 38% and 84,213 votes went to the winner."])
    b = side("b", ["The winner got 84,213 votes on a 38.4 per cent turnout."])
    relations, _ = _relations(a.figures, b.figures)
    assert relations[(0, 1)] is Relation.COMPATIBLE  # 38% and 38.4 per cent
    assert (0, 0) not in relations and relations[(0, 0)] is Relation.INCOMPARABLE  # a share and a count


def test_figures_of_different_subjects_are_not_rivals():
    a = side("a", ["The Halden Composite Index climbed 12.4 points to 2,315.60."])
    b = side("b", ["The broader Marrow 400 index rose 3.1 points to 1,120.45."])
    assert run(a, b, [(0, 0)], ctx_default=0.9).count("contradiction") == 0


def test_two_times_of_day_are_never_rivals_by_themselves():
    a = side("a", ["The polls closed at 5 p.m. on Sunday."])
    b = side("b", ["Voting ended at 8 p.m. on Sunday."])
    assert run(a, b, [(0, 0)], ctx_default=0.9).count("contradiction") == 0


def test_one_subject_named_two_ways_still_rivals():
    a = side("a", ["Maria Duarte won 41,220 votes in the runoff."])
    b = side("b", ["In the runoff, Duarte took 41,022 votes."])
    assert run(a, b, [(0, 0)], ctx_default=0.9).count("contradiction") == 1


def test_figures_orders_of_magnitude_apart_are_not_rivals():
    a = side("a", ["The nation's fuel bill will rise to $373 billion this year."])
    b = side("b", ["The average household will spend $1,935 on fuel this year."])
    assert run(a, b, [(0, 0)], ctx_default=0.9).count("contradiction") == 0
    c = side("c", ["The nation's fuel bill will rise to $290 billion this year."])
    assert run(a, c, [(0, 0)], ctx_default=0.9).count("contradiction") == 1


def test_counts_orders_of_magnitude_apart_are_not_rivals():
    a = side("a", ["The clinic recorded 88 measles cases last year."])
    b = side("b", ["The state recorded 11,844 measles cases last year."])
    assert run(a, b, [(0, 0)], ctx_default=0.9).count("contradiction") == 0
    c = side("c", ["The clinic recorded 95 measles cases last year."])
    assert run(a, c, [(0, 0)], ctx_default=0.9).count("contradiction") == 1
