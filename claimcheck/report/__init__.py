"""Report stage: one Report, several ways to read it.

``render`` is the one entry point the commands use, so that every command
(``compare`` today, ``batch`` later) offers the same formats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..types import Report
    from .terminal import TerminalOptions

FORMATS = ("terminal", "json", "markdown", "html")


def render(report: "Report", format: str, *, terminal: "TerminalOptions | None" = None, version: str = "") -> str:
    """The report in one of ``FORMATS``; ``terminal`` sets width, colour and layout for "terminal"."""
    if format == "json":
        from .jsonfmt import render_json

        return render_json(report, version=version)
    if format == "markdown":
        from .markdown import render_markdown

        return render_markdown(report, version=version)
    if format == "html":
        from .html import render_html

        return render_html(report, version=version)
    if format == "terminal":
        from .terminal import TerminalOptions, render_terminal

        return render_terminal(report, terminal or TerminalOptions(version=version))
    raise ValueError(f"unknown report format {format!r} (one of {', '.join(FORMATS)})")


__all__ = ["FORMATS", "render"]
