"""claimcheck: compare news articles about one event, claim by claim.

    >>> import claimcheck
    >>> report = claimcheck.compare(["wire.txt", "ours.txt"])      # doctest: +SKIP
    >>> [f.explanation for f in report.findings if f.verdict == "contradiction"]  # doctest: +SKIP

The heavy parts (numpy, the sentence model) load only when a comparison
needs them, so importing this package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .pipeline import compare, count_rules
    from .types import Report

__all__ = ["__version__", "compare", "count_rules", "Report"]


def __getattr__(name: str) -> Any:
    if name == "compare":
        from .pipeline import compare

        return compare
    if name == "count_rules":
        from .pipeline import count_rules

        return count_rules
    if name == "Report":
        from .types import Report

        return Report
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
