"""The command line: exit codes, one-line errors, formats and output files."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

import claimcheck
from claimcheck.cli import main

from .conftest import ARTICLES

A = str(ARTICLES / "pakistan-us-a.txt")
B = str(ARTICLES / "pakistan-us-b.txt")
ERRORS = str(ARTICLES / "pakistan-us-errors.txt")
ANSI = re.compile(r"\x1b\[")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("claimcheck: error: ")
    return lines[0]


# --- bad input: one line on stderr, status 2, nothing on stdout ------------


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"claimcheck {claimcheck.__version__}"


def test_help_has_examples(capsys):
    code, out, _ = run(capsys, "compare", "--help")
    assert code == 0
    assert "claimcheck compare wire.txt ours.txt" in out
    assert "CLAIMCHECK_FORMAT" in out


def test_unknown_option(capsys):
    code, out, err = run(capsys, "compare", A, B, "--bogus")
    assert code == 2 and out == ""
    assert "--bogus" in one_line_error(err)


def test_unknown_command(capsys):
    code, _, err = run(capsys, "frobnicate")
    assert code == 2
    assert "frobnicate" in one_line_error(err)


def test_one_source_only(capsys):
    code, out, err = run(capsys, "compare", A)
    assert code == 2 and out == ""
    assert "at least two" in one_line_error(err)


@pytest.mark.parametrize(
    "make, expect",
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"   \n\n\t "), "whitespace"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "binary"),
        (lambda p: p.write_bytes("Caf\u00e9 prices rose 5%.".encode("latin-1")), "not UTF-8"),
        (lambda p: p.mkdir(), "directory"),
    ],
    ids=["missing", "empty", "whitespace", "binary", "latin-1", "directory"],
)
def test_bad_input_files(capsys, tmp_path, make, expect):
    bad = tmp_path / "bad.txt"
    make(bad)
    code, out, err = run(capsys, "compare", A, str(bad))
    assert code == 2 and out == ""
    line = one_line_error(err)
    assert expect in line and "bad.txt" in line


def test_model_that_cannot_be_found(capsys, tmp_path):
    code, out, err = run(capsys, "compare", A, B, "--model", str(tmp_path / "no-such-model"), "--no-cache")
    assert code == 2 and out == ""
    assert "model" in one_line_error(err)


def test_bad_reference(capsys):
    code, _, err = run(capsys, "compare", A, B, "--reference", "Reuters")
    assert code == 2
    assert "Reuters" in one_line_error(err)


def test_threshold_out_of_range(capsys):
    code, _, err = run(capsys, "compare", A, B, "--threshold", "1.5")
    assert code == 2
    assert "threshold" in one_line_error(err)


def test_interrupt_exits_130(capsys, monkeypatch):
    import claimcheck.pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(claimcheck.pipeline, "compare", interrupted)
    code, _, err = run(capsys, "compare", A, B)
    assert code == 130 and "Traceback" not in err


@pytest.mark.parametrize("command", [["compare", A, B], ["quantities", A], ["batch", A]])
def test_an_internal_error_is_one_line_and_exit_3(capsys, monkeypatch, command):
    import claimcheck.batch
    import claimcheck.pipeline
    import claimcheck.quantities_cmd

    def broken(*args, **kwargs):
        raise ValueError("matmul: shapes\nnot aligned")

    monkeypatch.setattr(claimcheck.pipeline, "compare", broken)
    monkeypatch.setattr(claimcheck.quantities_cmd, "run_quantities", broken)
    monkeypatch.setattr(claimcheck.batch, "read_groups", broken)
    monkeypatch.delenv("CLAIMCHECK_DEBUG", raising=False)
    code, out, err = run(capsys, *command)
    assert code == 3 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert lines[0].startswith("claimcheck: internal error: ValueError: matmul: shapes not aligned; please report")


def test_claimcheck_debug_shows_the_traceback(monkeypatch):
    import claimcheck.pipeline

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(claimcheck.pipeline, "compare", broken)
    monkeypatch.setenv("CLAIMCHECK_DEBUG", "1")
    with pytest.raises(ValueError, match="boom"):
        main(["compare", A, B])


def test_an_article_over_the_size_limit(capsys, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Attacks rose 42% in January. " * 100, encoding="utf-8")
    code, _, err = run(capsys, "compare", A, str(big), "--max-bytes", "1000")
    assert code == 2 and "larger than the limit of 1,000 bytes" in one_line_error(err)


def test_an_endless_input_is_refused_not_read_into_memory(capsys):
    code, _, err = run(capsys, "quantities", "/dev/zero", "--max-bytes", "100000")
    assert code == 2 and "larger than the limit" in one_line_error(err)


def test_control_characters_in_a_file_name_are_shown_not_sent(capsys, tmp_path):
    code, _, err = run(capsys, "compare", A, str(tmp_path / "evil\x1b[31mred\nname.txt"))
    line = one_line_error(err)
    assert code == 2 and "\x1b" not in err and "␛[31mred" in line


@pytest.mark.parametrize("width, columns", [("1000000000", None), (None, "1000000000"), (None, "12")])
def test_width_is_clamped(capsys, monkeypatch, width, columns):
    from claimcheck.cli import MAX_WIDTH, MIN_WIDTH, _width

    if columns:
        monkeypatch.setenv("COLUMNS", columns)
    got = _width(int(width) if width else None)
    assert MIN_WIDTH <= got <= MAX_WIDTH
    if width:
        code, _, err = run(capsys, "compare", A, B, "--width", width)
        assert code == 2 and "--width" in one_line_error(err)


def test_a_mistyped_file_name_suggests_the_near_one(capsys, tmp_path):
    (tmp_path / "wire.txt").write_text("Attacks rose 42%.", encoding="utf-8")
    code, _, err = run(capsys, "compare", str(tmp_path / "wire.txt"), str(tmp_path / "wrie.txt"))
    assert code == 2 and f"did you mean {tmp_path / 'wire.txt'}?" in one_line_error(err)


def test_files_without_a_command_hint_at_compare(capsys):
    code, _, err = run(capsys, A, B)
    assert code == 2 and f"to compare files: claimcheck compare {A} {B}" in one_line_error(err)


def test_an_output_extension_that_clashes_with_format_is_an_error(capsys, tmp_path):
    code, _, err = run(capsys, "compare", A, B, "-o", str(tmp_path / "r.html"), "--format", "json")
    assert code == 2 and "looks like html but --format is json" in one_line_error(err)
    assert not list(tmp_path.iterdir())


def test_output_is_checked_before_any_work(capsys, monkeypatch, tmp_path):
    import claimcheck.pipeline

    monkeypatch.setattr(claimcheck.pipeline, "compare", lambda *a, **k: pytest.fail("ran before checking --output"))
    code, _, err = run(capsys, "compare", A, B, "-o", str(tmp_path / "missing" / "r.md"))
    assert code == 2 and "does not exist" in one_line_error(err)


@pytest.mark.model
@pytest.mark.parametrize("name, start", [("r.html", "<!DOCTYPE html>"), ("r.md", "# "), ("r.json", "{"), ("r.txt", "claimcheck ")])
def test_output_format_follows_the_extension(capsys, tmp_path, name, start):
    code, _, _ = run(capsys, "compare", A, B, "-o", str(tmp_path / name))
    assert code == 0
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)


def test_reference_position_is_reported_as_given(capsys):
    code, _, err = run(capsys, "compare", A, B, "--reference", "3")
    assert code == 2 and "reference 3 is out of range: give a position from 1 to 2" in one_line_error(err)


def test_output_is_not_written_when_the_run_fails(capsys, tmp_path):
    target = tmp_path / "report.json"
    target.write_text("previous report", encoding="utf-8")
    code, _, _ = run(capsys, "compare", A, str(tmp_path / "missing.txt"), "--format", "json", "--output", str(target))
    assert code == 2
    assert target.read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"], "no temporary file left behind"


def test_output_into_a_missing_folder(capsys, tmp_path):
    code, _, err = run(capsys, "compare", A, B, "--output", str(tmp_path / "nope" / "r.json"))
    assert code == 2
    assert "does not exist" in one_line_error(err)


# --- real runs (the model is needed) -----------------------------------------


@pytest.mark.model
def test_seed_pair_exits_0_and_names_verdicts_without_colour(capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    code, out, err = run(capsys, "compare", A, B, "--width", "100")
    assert code == 0
    assert not ANSI.search(out) and not ANSI.search(err)
    assert ("DROPPED" in out or "NEW" in out) and "Agreements (" in out
    assert "pakistan-us-a.txt" in out


@pytest.mark.model
def test_contradictions_exit_1_and_fail_on_tunes_it(capsys):
    assert run(capsys, "compare", B, ERRORS, "--format", "json")[0] == 1
    assert run(capsys, "compare", B, ERRORS, "--format", "json", "--fail-on", "never")[0] == 0
    assert run(capsys, "compare", A, B, "--format", "json", "--fail-on", "addition")[0] == 1


@pytest.mark.model
def test_json_report_to_a_file(capsys, tmp_path):
    target = tmp_path / "report.json"
    code, out, err = run(capsys, "compare", A, B, "--format", "json", "--output", str(target), "--label", "Express", "--label", "Dawn")
    assert code == 0 and out == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert [s["id"] for s in data["sources"]] == ["Express", "Dawn"]
    assert {f["verdict"] for f in data["findings"]} == {"agreement", "addition"}


@pytest.mark.model
def test_standard_input_as_a_source(capsys, monkeypatch):
    import io

    data = open(B, "rb").read()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = run(capsys, "compare", A, "-", "--format", "json")
    assert code == 0
    assert json.loads(out)["sources"][1]["id"] == "stdin"


@pytest.mark.model
def test_environment_variables_set_options(capsys, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_FORMAT", "json")
    monkeypatch.setenv("CLAIMCHECK_FAIL_ON", "never")
    code, out, _ = run(capsys, "compare", B, ERRORS)
    assert code == 0
    assert json.loads(out)["summary"][0]["contradictions"] == 6


def test_console_script_runs_as_a_module():
    done = subprocess.run([sys.executable, "-m", "claimcheck", "compare", A], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


# --- claimcheck quantities -------------------------------------------------------


def test_quantities_lines_json_one_entry_per_line(capsys, tmp_path):
    src = tmp_path / "lines.txt"
    src.write_text("Inflation eased to 17pc from 20.7pc.\n\nThe gang took a $12.5m haul.\n", encoding="utf-8")
    code, out, _ = run(capsys, "quantities", str(src), "--lines", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [d["text"] for d in data] == ["Inflation eased to 17pc from 20.7pc.", "", "The gang took a $12.5m haul."]
    first = data[0]["quantities"]
    assert [(q["text"], q["kind"], q["value"], q["role"]) for q in first] == [
        ("17pc", "percent", 17, "current"),
        ("20.7pc", "percent", 20.7, "earlier"),
    ]
    assert data[1]["quantities"] == []
    money = data[2]["quantities"][0]
    assert (money["value"], money["unit"], money["start"], money["end"]) == (12_500_000, "USD", 16, 22)


def test_quantities_terminal_listing(capsys, tmp_path):
    src = tmp_path / "story.txt"
    src.write_text("Attacks rose 42% in January 2025.", encoding="utf-8")
    code, out, _ = run(capsys, "quantities", str(src), "--color", "never")
    assert code == 0
    assert "«42%»" in out and "percent" in out and "2025-01" in out


def test_quantities_show_what_a_figure_is_of_and_when(capsys, tmp_path):
    src = tmp_path / "story.txt"
    src.write_text("The blast injured 61 people. Orvane shares closed at $18.20.\n", encoding="utf-8")
    code, out, _ = run(capsys, "quantities", str(src), "--color", "never")
    assert code == 0
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.startswith(("61", "$18.20"))}
    assert rows["61"][-1] == "injured"
    assert rows["$18.20"][-2:] == ["Orvane", "close"]
    code, out, _ = run(capsys, "quantities", str(src), "--format", "json")
    price = json.loads(out)[1]["quantities"][0]
    assert price["subject"] == {"names": ["Orvane"], "tally": None} and price["when"] == {"period": None, "session": "close"}


def test_quantities_bad_date(capsys, tmp_path):
    src = tmp_path / "story.txt"
    src.write_text("Attacks rose 42%.", encoding="utf-8")
    code, _, err = run(capsys, "quantities", str(src), "--date", "yesterday")
    assert code == 2
    assert "YYYY-MM-DD" in one_line_error(err)


# --- report formats and terminal options (issue #4) -----------------------------

REWRITE = str(ARTICLES / "pakistan-us-rewrite.txt")


@pytest.mark.model
def test_markdown_report(capsys):
    code, out, _ = run(capsys, "compare", A, B, REWRITE, "--format", "markdown", "--label", "Seed A", "--label", "Seed B", "--label", "Rewrite")
    assert code == 0
    assert out.startswith("# claimcheck: Seed A vs Seed B vs Rewrite\n")
    assert "## Summary" in out and "## Claims across sources" in out and "## Findings: Seed A ↔ Rewrite" in out
    assert not ANSI.search(out)


@pytest.mark.model
def test_html_report_to_a_file(capsys, tmp_path):
    target = tmp_path / "report.html"
    code, out, err = run(capsys, "compare", A, B, "--format", "html", "--output", str(target))
    assert code == 0 and out == "" and err == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "pakistan-us-a.txt ↔ pakistan-us-b.txt" in page
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


@pytest.mark.model
def test_seed_pair_piped_with_no_color_names_every_verdict():
    """A real pipe, as in `NO_COLOR=1 claimcheck compare a b | less`."""
    import os

    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    done = subprocess.run([sys.executable, "-m", "claimcheck", "compare", A, B], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x1b" not in done.stderr
    assert "Contradictions (0)" in done.stdout
    assert ("← DROPPED" in done.stdout or "→ NEW" in done.stdout) and "«" in done.stdout
    assert re.search(r"\d+ agreements folded", done.stdout)
    assert all(len(line) <= 100 and line == line.rstrip() for line in done.stdout.splitlines())


@pytest.mark.model
def test_colour_follows_the_destination(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("CLAIMCHECK_PAGER", "")  # a terminal, but no pager for the test to wait on
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    code, out, _ = run(capsys, "compare", A, B, "--width", "100")
    assert code == 0 and ANSI.search(out), "colour on a terminal"
    target = tmp_path / "report.txt"
    assert run(capsys, "compare", A, B, "--output", str(target))[0] == 0
    assert not ANSI.search(target.read_text(encoding="utf-8")), "no colour in a file"
    monkeypatch.setenv("NO_COLOR", "1")
    assert not ANSI.search(run(capsys, "compare", A, B)[1])
    assert ANSI.search(run(capsys, "compare", A, B, "--color", "always")[1]), "--color always beats NO_COLOR"


@pytest.mark.model
def test_display_show_options_and_their_environment_variables(capsys, monkeypatch):
    code, out, _ = run(capsys, "compare", A, B, "--width", "100", "--display", "side-by-side", "--show-agreements", "--color", "never")
    assert code == 0 and "│" in out and "✔ AGREEMENT" in out
    monkeypatch.setenv("CLAIMCHECK_SHOW_NOISE", "1")
    monkeypatch.setenv("CLAIMCHECK_WIDTH", "120")
    _, out, _ = run(capsys, "compare", A, B, "--color", "never")
    assert "Set aside as web-page leftovers (2)" in out and "Read more:" in out
    assert max(len(line) for line in out.splitlines()) <= 120


@pytest.mark.model
def test_quiet_leaves_standard_error_empty(capsys, monkeypatch):
    import claimcheck.cli

    monkeypatch.setattr(claimcheck.cli, "_stderr_is_terminal", lambda: True)
    code, _, err = run(capsys, "compare", A, B, "-q", "--no-cache")
    assert code == 0 and err == ""


@pytest.mark.model
def test_reference_picks_the_first_column(capsys):
    code, out, _ = run(capsys, "compare", A, B, "--reference", "2", "--format", "markdown")
    assert code == 0
    assert "| pakistan-us-b.txt ↔ pakistan-us-a.txt |" in out


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--version"], ["compare", "--help"], ["compare", A], ["compare", A, "missing.txt"], ["quantities", "--help"]],
    ids=["help", "version", "compare-help", "one-source", "missing-file", "quantities-help"],
)
def test_start_up_and_error_paths_import_neither_torch_nor_numpy(args):
    code = (
        "import sys\n"
        "from claimcheck.cli import main\n"
        f"status = main({args!r})\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers', 'numpy') if m in sys.modules]\n"
        "print('HEAVY', heavy, status)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("HEAVY []"), last


# --- what an editor sees first (issue: reports an editor acts on) ---------------


@pytest.mark.model
def test_the_first_screen_of_the_errors_pair_shows_every_contradiction(capsys):
    code, out, _ = run(capsys, "compare", B, ERRORS, "--width", "80", "--no-color", "--no-pager")
    assert code == 1
    screen = out.splitlines()[:24]
    assert all(len(line) <= 80 for line in out.splitlines())
    glance = [line for line in screen if re.match(r"^\s+#\d+ ✘ ", line)]
    assert len(glance) == 6, "\n".join(screen)
    assert any("6 contradictions" in line or re.search(r"\b6\s+2\d\s+6\b", line) for line in screen), "the summary"
    minor = [line for line in out.splitlines() if "minor finding" in line and "folded" in line]
    assert len(minor) == 1, "trivia is one folded line"
    assert "two diplomats" not in out.split("Minor (")[0], "a referring count is trivia"


@pytest.mark.model
def test_every_finding_has_a_location_in_every_format(capsys):
    _, out, _ = run(capsys, "compare", B, ERRORS, "--format", "json")
    findings = json.loads(out)["findings"]
    assert findings and all(re.fullmatch(r"¶\d+·s\d+", i["location"]["text"]) for f in findings for i in f["items"])
    assert {f["direction"] for f in findings if f["verdict"] == "addition"} == {"dropped", "new"}
    assert all("direction" not in f for f in findings if f["verdict"] != "addition")
    _, md, _ = run(capsys, "compare", B, ERRORS, "--format", "markdown")
    assert md.count("(¶") >= len([f for f in findings if f["importance"] != "minor"])


@pytest.mark.model
def test_show_minor_and_explain(capsys):
    _, folded, _ = run(capsys, "compare", B, ERRORS, "--width", "120", "--no-color", "--no-pager")
    _, shown, _ = run(capsys, "compare", B, ERRORS, "--width", "120", "--no-color", "--no-pager", "--show-minor", "--explain")
    assert "(list them with --show-minor)" in " ".join(folded.split()) and "referring-count" not in folded  # the hint may wrap
    assert "referring-count" in shown and "dateline-date" in shown
    assert "rule: " in shown and "rule: " not in folded


def test_the_pager_runs_when_asked_and_not_on_a_pipe(capsys, tmp_path, monkeypatch):
    from claimcheck import cli

    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("CLAIMCHECK_PAGER", f"cat > {paged}")
    assert cli.page("a long report\n", True) is True
    assert paged.read_text() == "a long report\n"
    assert cli.page("a long report\n", None) is False, "standard output is not a terminal here"
    assert cli.page("a long report\n", False) is False
    monkeypatch.setenv("CLAIMCHECK_PAGER", "")
    assert cli.page("a long report\n", True) is False, "an empty CLAIMCHECK_PAGER means no pager"
    monkeypatch.delenv("CLAIMCHECK_PAGER")
    monkeypatch.setenv("PAGER", "cat")
    assert cli.pager_command() == "cat" and cli.page("x\n", True) is False


@pytest.mark.model
def test_explain_names_the_rule_behind_every_finding(capsys):
    _, out, _ = run(capsys, "compare", B, ERRORS, "--width", "160", "--no-color", "--no-pager", "--explain", "--show-minor", "--show-agreements")
    _, data, _ = run(capsys, "compare", B, ERRORS, "--format", "json")
    findings = json.loads(data)["findings"]
    assert findings and all(f.get("rule") for f in findings)
    lines = out[out.index("Contradictions (") :].splitlines()  # the findings, past the summary's list
    for f in findings:
        at = next(n for n, line in enumerate(lines) if re.match(rf"^\s*#{f['id']}\b", line))
        block = "\n".join(lines[at : at + 2])
        assert f["rule"] in block, (f["id"], block)
