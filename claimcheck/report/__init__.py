"""Report stage: one Report, several ways to read it."""

from __future__ import annotations

FORMATS = ("terminal", "json")

__all__ = ["FORMATS"]
