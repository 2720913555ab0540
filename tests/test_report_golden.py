"""Golden files: every format of the seed pair and of three sources, byte for byte.

A renderer change shows up here as a diff to review.  After an intended
change, rewrite the files and read the diff before committing:

    .venv/bin/pytest tests/test_report_golden.py --update-golden
    (or CLAIMCHECK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_report_golden.py)

JSON is compared with floats rounded to 3 decimals, so that last-bit
differences in the model's arithmetic between machines do not fail the test;
the other formats show similarities only rounded to 2 decimals.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimcheck.report import render
from claimcheck.report.terminal import TerminalOptions
from claimcheck.types import Report

pytestmark = pytest.mark.model

GOLDEN = Path(__file__).parent / "golden"


def terminal(width: int, color: bool, everything: bool) -> Callable[[Report], str]:
    opts = TerminalOptions(width=width, color=color, show_agreements=everything, show_noise=everything)
    return lambda report: render(report, "terminal", terminal=opts)


RENDERINGS: dict[str, Callable[[Report], str]] = {
    "terminal-100.txt": terminal(100, False, False),
    "terminal-100-color.ansi": terminal(100, True, False),
    "terminal-140-all.txt": terminal(140, False, True),
    "terminal-140-all-color.ansi": terminal(140, True, True),
    "md": lambda report: render(report, "markdown"),
    "json": lambda report: render(report, "json"),
    "html": lambda report: render(report, "html"),
}
REPORTS = {"seed-pair": "seed_pair_report", "three-sources": "three_source_report"}


def rounded(value: Any) -> Any:
    """Floats to 3 decimals, all the way down."""
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value


@pytest.mark.parametrize("suffix", sorted(RENDERINGS))
@pytest.mark.parametrize("name", sorted(REPORTS))
def test_golden(name, suffix, request, update_golden):
    report = request.getfixturevalue(REPORTS[name])
    text = RENDERINGS[suffix](report)
    path = GOLDEN / f"{name}.{suffix}"
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"{path.name} missing: run pytest --update-golden"
    expected = path.read_text(encoding="utf-8")
    if suffix == "json":
        assert rounded(json.loads(text)) == rounded(json.loads(expected))
    else:
        assert text == expected, f"{path.name} differs: review the change, then run pytest --update-golden"


def test_rendering_is_deterministic(three_source_report):
    for render_one in RENDERINGS.values():
        assert render_one(three_source_report) == render_one(three_source_report)


def test_golden_paths_are_relative(seed_pair_report):
    data = json.loads(render(seed_pair_report, "json"))
    assert [s["path"] for s in data["sources"]] == ["fixtures/articles/pakistan-us-a.txt", "fixtures/articles/pakistan-us-b.txt"]
