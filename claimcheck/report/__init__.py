"""Report stage: one Report, several ways to read it.

``FORMATS`` is the one registry of report formats: ``render`` dispatches on it,
the CLI builds its ``--format`` choices and the ``--output`` extensions from it,
so a new format is one entry here and one module.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..types import Report
    from .terminal import TerminalOptions


@dataclass(frozen=True)
class ReportFormat:
    name: str
    module: str  # claimcheck.report.<module>
    function: str  # its renderer: (report, *, version) -> str, or for terminal (report, options)
    extensions: tuple[str, ...]  # what ``--output`` infers it from


REGISTRY: tuple[ReportFormat, ...] = (
    ReportFormat("terminal", "terminal", "render_terminal", (".txt",)),
    ReportFormat("json", "jsonfmt", "render_json", (".json",)),
    ReportFormat("markdown", "markdown", "render_markdown", (".md", ".markdown")),
    ReportFormat("html", "html", "render_html", (".html", ".htm")),
)
FORMATS = tuple(f.name for f in REGISTRY)
EXTENSIONS = {ext: f.name for f in REGISTRY for ext in f.extensions}


def render(report: "Report", format: str, *, terminal: "TerminalOptions | None" = None, version: str = "") -> str:
    """The report in one of ``FORMATS``; ``terminal`` sets width, colour and layout for "terminal"."""
    entry = next((f for f in REGISTRY if f.name == format), None)
    if entry is None:
        raise ValueError(f"unknown report format {format!r} (one of {', '.join(FORMATS)})")
    renderer = getattr(importlib.import_module(f"{__name__}.{entry.module}"), entry.function)
    if entry.name == "terminal":
        from .terminal import TerminalOptions

        return renderer(report, terminal or TerminalOptions(version=version))
    return renderer(report, version=version)


__all__ = ["EXTENSIONS", "FORMATS", "REGISTRY", "ReportFormat", "render"]
