"""Shared fixtures: the project's own copies of the articles, and one real embedder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
GOLD = ROOT / "fixtures" / "gold"


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    """Tests never read or write the user's real embedding cache."""
    folder = tmp_path_factory.mktemp("claimcheck-cache")
    old = os.environ.get("CLAIMCHECK_CACHE_DIR")
    os.environ["CLAIMCHECK_CACHE_DIR"] = str(folder)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    yield folder
    if old is None:
        os.environ.pop("CLAIMCHECK_CACHE_DIR", None)
    else:
        os.environ["CLAIMCHECK_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def embedder():
    """The real default model, loaded once per test session."""
    from claimcheck.embed import Embedder

    return Embedder(None, cache=None)


def score(gold: Path, report_json: str, tmp_path: Path) -> tuple[int, str]:
    """Run the project's copy of the shared scorer on a JSON report."""
    import subprocess
    import sys

    report_file = tmp_path / (gold.name.replace(".gold.json", "") + ".report.json")
    report_file.write_text(report_json, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "fixtures" / "eval" / "score.py"), str(gold), str(report_file), "--verbose"],
        capture_output=True,
        text=True,
    )
    return done.returncode, done.stdout


# --- golden files (tests/golden/) ---------------------------------------------

THREE_SOURCE_LABELS = ("Seed A", "Seed B", "Wire rewrite")


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ (and the docs/report-three-sources-*.png screenshots) from the current renderers "
        "instead of comparing; CLAIMCHECK_UPDATE_GOLDEN=1 does the same",
    )


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden") or os.environ.get("CLAIMCHECK_UPDATE_GOLDEN"))


def _compare_from_root(embedder, names, labels=None):
    """Compare fixture articles by paths relative to the repository, as a user would type them,
    so that reports (and golden files) never hold this machine's absolute paths."""
    import claimcheck

    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        paths = [f"fixtures/articles/{name}.txt" for name in names]
        return claimcheck.compare(paths, labels=labels, embedder=embedder)


@pytest.fixture(scope="session")
def seed_pair_report(embedder):
    """The seed pair, with the file names as labels."""
    return _compare_from_root(embedder, ["pakistan-us-a", "pakistan-us-b"])


@pytest.fixture(scope="session")
def three_source_report(embedder):
    """Seed A, seed B and the fixtures' rewrite, named with --label style labels."""
    return _compare_from_root(embedder, ["pakistan-us-a", "pakistan-us-b", "pakistan-us-rewrite"], list(THREE_SOURCE_LABELS))


def load_script(name: str):
    """Import scripts/<name>.py as a module (the benchmark scripts are not a package)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(f"claimcheck_script_{name}", ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
