"""Batch mode: parsing groups (no model), then real runs with the model."""

from __future__ import annotations

import json

import pytest

from claimcheck.batch import Outcome, outcome_line, parse_group, read_groups, run_batch
from claimcheck.cli import main
from claimcheck.report.jsonfmt import render_json

from .conftest import ARTICLES

# Batch paths are relative to the batch folder (here the fixtures' folder).
A = "pakistan-us-a.txt"
B = "pakistan-us-b.txt"
ERRORS = "pakistan-us-errors.txt"


def test_group_of_paths_labels_and_inline_text(tmp_path):
    line = json.dumps({
        "id": "tariffs",
        "articles": [A, {"path": B, "label": "Dawn"}, {"text": "Attacks rose 42% in January.", "label": "Memo"}],
        "reference": 2,
    })
    group = parse_group(7, line, ARTICLES)
    assert group.error is None
    assert (group.line, group.id, group.reference) == (7, "tariffs", 1)
    assert [a.id for a in group.articles] == ["pakistan-us-a", "Dawn", "Memo"]


def test_a_bare_list_is_a_group_and_paths_are_relative_to_the_batch_file(tmp_path):
    (tmp_path / "one.txt").write_text("Attacks rose 42% in January.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Attacks rose 24% in January.", encoding="utf-8")
    group = parse_group(1, '["one.txt", "two.txt"]', tmp_path)
    assert group.error is None and [a.id for a in group.articles] == ["one", "two"]


@pytest.mark.parametrize(
    "line, message",
    [
        ("not json", "not JSON"),
        ('{"articles": "a.txt"}', "list of articles"),
        (json.dumps({"articles": [A]}), "at least two"),
        (json.dumps({"articles": [A, "missing.txt"]}), "no such file"),
        (json.dumps({"articles": [A, {"label": "x"}]}), "needs 'path' or 'text'"),
        (json.dumps({"articles": [A, B], "reference": "Reuters"}), "Reuters"),
        (json.dumps({"articles": [A, B], "reference": 5}), "reference 5 is out of range"),
        (json.dumps({"articles": [A, str(ARTICLES / B)]}), "absolute path"),
        (json.dumps({"articles": [A, "../articles/../../README.md"]}), "outside the batch folder"),
        (json.dumps({"articles": [A, "-"]}), "standard input"),
        (json.dumps({"articles": [A, {"text": "x" * 50, "label": "big"}]}), None),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_bad_groups_become_error_records(line, message):
    group = parse_group(3, line, ARTICLES)
    if message is None:  # a sane group, for contrast
        assert group.error is None
        return
    assert group.error is not None and message in group.error
    record = json.loads(outcome_line(Outcome(group, error=group.error), version="x"))
    assert record == {"group": 3, "error": group.error}


def test_blank_lines_are_skipped_and_numbers_kept(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('["a", "b"]\n\n  \n["c", "d"]\n', encoding="utf-8")
    assert [n for n, _ in read_groups(str(path))] == [1, 4]


@pytest.mark.model
def test_reports_come_back_in_order_and_match_compare(embedder, tmp_path):
    import claimcheck

    lines = [
        (1, json.dumps({"id": "seed", "articles": [A, B]})),
        (2, "garbage"),
        (3, json.dumps({"id": "errors", "articles": [B, ERRORS]})),
        (4, json.dumps([B, A])),
        (5, json.dumps({"articles": [B, ERRORS], "reference": 2})),
    ]
    outcomes = list(run_batch(lines, embedder, base=ARTICLES, threshold=0.5, chunk=2))
    assert [o.group.line for o in outcomes] == [1, 2, 3, 4, 5]
    assert outcomes[1].report is None and "not JSON" in outcomes[1].error
    assert [o.report.contradictions for o in outcomes if o.report] == [0, 6, 0, 6]
    assert outcomes[4].report.reference == "pakistan-us-errors"
    # The same report as claimcheck.compare gives for the group on its own.
    alone = claimcheck.compare([ARTICLES / A, ARTICLES / B], embedder=embedder)
    assert render_json(outcomes[0].report) == render_json(alone)


@pytest.mark.model
def test_worker_processes_change_nothing(embedder, tmp_path):
    lines = [(n, json.dumps([A, B] if n % 2 else [B, ERRORS])) for n in range(1, 6)]
    serial = [outcome_line(o, version="x") for o in run_batch(lines, embedder, base=ARTICLES, threshold=0.5)]
    parallel = [outcome_line(o, version="x") for o in run_batch(lines, embedder, base=ARTICLES, threshold=0.5, jobs=2, chunk=3)]
    assert serial == parallel


@pytest.mark.model
def test_batch_command_writes_jsonl_and_exits_1_on_contradictions(capsys, tmp_path):
    groups = tmp_path / "g.jsonl"
    groups.write_text(json.dumps([A, B]) + "\n" + json.dumps([B, ERRORS]) + "\n" + "{}\n", encoding="utf-8")
    out = tmp_path / "reports.jsonl"
    code = main(["batch", str(groups), "--output", str(out), "--root", str(ARTICLES)])
    assert code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["group"] for r in records] == [1, 2, 3]
    assert [r.get("summary", [{}])[0].get("contradictions") for r in records[:2]] == [0, 6]
    assert "error" in records[2]
    assert main(["batch", str(groups), "--output", str(out), "--root", str(ARTICLES), "--fail-on", "never"]) == 0


def test_batch_file_that_cannot_be_read(capsys, tmp_path):
    code = main(["batch", str(tmp_path / "nope.jsonl")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "no such file" in err


def test_special_files_are_refused_not_waited_on(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text("Attacks rose 42% in January.", encoding="utf-8")
    group = parse_group(1, '["a.txt", "pipe.txt"]', tmp_path)
    assert group.error is not None and "FIFO" in group.error


def test_a_symlink_out_of_the_folder_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("Attacks rose 42% in January.", encoding="utf-8")
    (tmp_path / "leak.txt").symlink_to(ARTICLES / A)
    group = parse_group(1, '["a.txt", "leak.txt"]', tmp_path)
    assert group.error is not None and "outside" in group.error


def test_an_inline_text_over_the_limit_is_refused():
    group = parse_group(1, json.dumps([A, {"text": "Attacks rose. " * 100}]), ARTICLES, max_bytes=1000)
    assert group.error is not None and "1,000 bytes" in group.error


@pytest.mark.model
def test_a_failing_group_costs_only_itself(embedder, monkeypatch):
    import claimcheck.batch as batch_mod

    real = batch_mod.prepare

    def flaky(articles):
        if any(a.label == "boom" for a in articles):
            raise ValueError("simulated bug")
        return real(articles)

    monkeypatch.setattr(batch_mod, "prepare", flaky)
    lines = [
        (1, json.dumps([A, B])),
        (2, json.dumps([A, {"text": "Attacks rose 42%.", "label": "boom"}])),
        (3, json.dumps([{"text": "The minister spoke to reporters."}, {"text": "The minister said 5 people spoke."}])),
    ]
    outcomes = list(run_batch(lines, embedder, base=ARTICLES, threshold=0.5))
    assert [o.report is not None for o in outcomes] == [True, False, True]
    assert "internal error: ValueError: simulated bug" in outcomes[1].error


def test_every_group_failing_exits_2_with_a_summary(capsys, tmp_path):
    groups = tmp_path / "g.jsonl"
    out = tmp_path / "out.jsonl"
    groups.write_text("nope\n[1]\n", encoding="utf-8")
    code = main(["batch", str(groups), "-o", str(out), "-q"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "every group failed (2 of 2)" in err
    assert [json.loads(l)["group"] for l in out.read_text(encoding="utf-8").splitlines()] == [1, 2]
