"""What is installed: whether the ONNX path can run or export here (without importing
anything), the versions an export records, and what a failed export depends on."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from .layout import EXPORT_FORMAT, weights_digest

if TYPE_CHECKING:
    from ..embed import ModelRef


def _missing(modules: tuple[tuple[str, str], ...]) -> str | None:
    """The first (module, package) whose module cannot be found, as its package name.  Imports nothing."""
    import importlib.util

    for module, package in modules:
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            return package
    return None


def runtime_problem() -> str | None:
    """Why the ONNX path cannot run here (a missing package), else None."""
    package = _missing((("onnxruntime", "onnxruntime"), ("tokenizers", "tokenizers"), ("numpy", "numpy")))
    return f"{package} is not installed" if package else None


def exporter_problem() -> str | None:
    """Why this environment cannot export (a missing package), else None."""
    package = _missing((("torch", "torch"), ("sentence_transformers", "sentence-transformers"), ("onnx", "onnx")))
    return f"the one-time ONNX export needs {package}, which is not installed" if package else None


def _versions(*names: str) -> dict[str, str | None]:
    from importlib.metadata import PackageNotFoundError, version

    out: dict[str, str | None] = {}
    for name in names:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def _environment_key(ref: ModelRef) -> dict[str, Any]:
    """What a failed export depends on: retrying is pointless until one of these changes."""
    from claimcheck import __version__

    return {
        "digest": weights_digest(ref),
        "format": EXPORT_FORMAT,
        "claimcheck": __version__,
        "python": sys.executable,
        **_versions("torch", "onnx", "sentence-transformers", "transformers", "onnxruntime"),
    }
