"""The HTML report in a real browser: headless Chromium renders it, we read what it shows.

CI installs Debian's ``chromium`` (see .ci/run), so there these tests always
run; elsewhere they skip, saying why, when no browser is found.  With
``--update-golden`` the screenshots (1400 and 420 px) are also saved as docs/report-three-sources-*.png,
the pictures docs/report.md shows.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimcheck.report import render
from claimcheck.report.text import plural

from . import reportkit as kit
from .conftest import ROOT, THREE_SOURCE_LABELS

pytestmark = pytest.mark.browser

SCREENSHOTS = {1400: ROOT / "docs" / "report-three-sources-1400.png", 420: ROOT / "docs" / "report-three-sources-420.png"}
HEIGHT = 2400
# No network, no first-run chores, no profile outside the test's folder.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        pytest.skip("no Chromium found: install Debian's chromium package (the CI installs it)")
    return found


def run_browser(tmp_path: Path, page: Path, *args: str) -> str:
    done = subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class _Page(HTMLParser):
    """What the rendered DOM shows: its text, and the rows of every table."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tables: dict[str, list[list[str]]] = {}
        self.elements: list[str] = []
        self._skip = 0
        self._table: str | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)
        attrs = dict(attrs)
        if tag in ("style", "title"):
            self._skip += 1
        elif tag == "table":
            self._table = attrs.get("class") or ""
            self.tables.setdefault(self._table, [])
        elif tag == "tr" and self._table is not None:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("style", "title"):
            self._skip -= 1
        elif tag == "table":
            self._table = None
        elif tag in ("td", "th") and self._cell is not None and self._table is not None:
            self.tables[self._table][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._skip:
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def rendered(tmp_path: Path, html: str) -> _Page:
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    parsed = _Page()
    parsed.feed(run_browser(tmp_path, page, "--dump-dom"))
    return parsed


@pytest.mark.model
def test_three_source_report_renders(three_source_report, tmp_path, update_golden):
    html = render(three_source_report, "html")
    page = rendered(tmp_path, html)
    for pair in three_source_report.pairs:
        counts = " ".join(plural(pair.count(v), v) for v in ("contradiction", "addition", "agreement"))
        names = [three_source_report.article(s).label for s in (pair.reference, pair.other)]
        assert f"{names[0]} ↔ {names[1]} {counts}" in page.visible
    claims = page.tables["claims"]
    assert claims[0][1:] == [f"{THREE_SOURCE_LABELS[0]} (reference)", *THREE_SOURCE_LABELS[1:]]
    assert ["29%", "✔ 29%", "✔ 29 per cent"] in [row[1:] for row in claims]

    for width, picture in SCREENSHOTS.items():
        shot = tmp_path / f"report-{width}.png"
        run_browser(tmp_path, tmp_path / "report.html", f"--screenshot={shot}", f"--window-size={width},{HEIGHT}")
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
        assert int.from_bytes(data[16:20], "big") == width
        if update_golden:
            assert len(data) < 500_000, "keep the pictures in docs/report.md small"
            picture.write_bytes(data)


# The report in a frame 420 px wide (a phone); the outer page measures it.  Only
# this test harness runs a script: the report itself forbids them.
HARNESS = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" src="report.html" style="width:420px;height:3000px;border:0"></iframe>
<script>
document.getElementById("f").onload = function () {
  var doc = this.contentDocument.documentElement, w = this.contentWindow.innerWidth, wide = [];
  doc.querySelectorAll("body *").forEach(function (e) {
    if (e.getBoundingClientRect().right > w + 1 && !e.closest(".scroll")) wide.push(e.tagName + "." + e.className);
  });
  document.body.setAttribute("data-measured", doc.scrollWidth + " " + w + " " + wide.slice(0, 8).join(","));
};
</script></body></html>"""


@pytest.mark.model
def test_at_420_pixels_nothing_overflows_the_page(three_source_report, seed_pair_report, tmp_path):
    import re

    for report in (three_source_report, seed_pair_report):
        (tmp_path / "report.html").write_text(render(report, "html"), encoding="utf-8")
        harness = tmp_path / "harness.html"
        harness.write_text(HARNESS, encoding="utf-8")
        dom = run_browser(tmp_path, harness, "--allow-file-access-from-files", "--virtual-time-budget=5000", "--window-size=600,2000", "--dump-dom")
        found = re.search(r'data-measured="(\d+) (\d+) ?([^"]*)"', dom)
        assert found, dom[-500:]
        scroll, width, wide = int(found.group(1)), int(found.group(2)), found.group(3)
        assert width == 420 and scroll <= width and wide == "", found.group(0)


def test_nothing_in_article_text_runs(tmp_path):
    hostile = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>'
    a = kit.figure("a", 0, f"Prices rose 42% {hostile} today.", "42%")
    b = kit.figure("b", 0, "Prices rose 24% today.", "24%")
    page = rendered(tmp_path, render(kit.report(["a", "b"], [[kit.conflict(a, b)]]), "html"))
    assert "script" not in page.elements and "img" not in page.elements
    assert hostile in page.visible
