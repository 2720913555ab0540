"""The export's folder and its limits: format, file names, timings, probe sentences,
the errors every part raises, where exports live, and the small file and text
helpers the parts share."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from ..cache import default_cache_dir

if TYPE_CHECKING:
    from ..embed import ModelRef

EXPORT_FORMAT = 1  # bump when the folder's layout or the graph's inputs/outputs change
MODEL_FILE = "model.onnx"
MANIFEST_FILE = "manifest.json"
FAILED_FILE = "export-failed.json"
LOCK_FILE = ".export.lock"
OPSET = 17
MIN_COSINE = 0.9999  # an export whose probe vectors are further from sentence-transformers is not used
EXPORT_TIMEOUT = 900.0  # seconds the child process may take (it takes ~20 s on two cores)
LOCK_WAIT = 600.0  # seconds to wait for another process's export before exporting anyway
STALE_TMP = 3600.0  # temporary folders older than this are leftovers of a crashed export
BATCH_SIZE = 32  # texts per onnxruntime call (sorted by length, so little padding)

# Sentences whose vectors the export stores from sentence-transformers: short
# and long (past the model's 256 tokens, so truncation is exercised), figures,
# punctuation, accents, case, surrounding white space, and the empty text.  All
# are checked when the export is made (and by ``check``); the first
# QUICK_PROBES, a few milliseconds' work, every time it is opened.
QUICK_PROBES = 3
PROBES = (
    "Terror attacks in Pakistan jumped by 42% in January, a think tank said.",
    "The US secretary of state offered to cooperate with Pakistan on rare earth minerals.",
    "  Rs 3.2 lakh crore (US$38.5bn) was allocated — up from Rs 2.9 lakh crore.  ",
    "Über 1.200 Menschen: café, naïve, São Paulo, Łódź, Ελλάδα, 北京.",
    "SHOUTED HEADLINE: MINISTER QUITS!",
    "",
    " ".join(
        f"Sentence {i} of a very long paragraph repeats that the committee met on "
        f"{i} April and approved {i * 3} million in spending for {i + 2} districts."
        for i in range(1, 25)
    ),
)


class OnnxUnavailable(Exception):
    """The ONNX path cannot be used; ``str()`` is one line saying why."""


class ExportMissing(OnnxUnavailable):
    """No export for these weights yet."""


class ExportDamaged(OnnxUnavailable):
    """An export exists but is incomplete, corrupt or disagrees with its manifest."""


# --- where exports live -------------------------------------------------------


def export_root() -> Path:
    """$CLAIMCHECK_ONNX_DIR, else ``onnx/`` beside the embedding cache."""
    env = os.environ.get("CLAIMCHECK_ONNX_DIR")
    if env:
        return Path(env).expanduser()
    return default_cache_dir() / "onnx"


def weights_digest(ref: ModelRef) -> str:
    """The hash part of a model identity ("name@hash")."""
    return ref.identity.rsplit("@", 1)[-1]


def export_folder(ref: ModelRef, root: Path | None = None) -> Path:
    """The folder of the export of these weights (it may not exist)."""
    return (root if root is not None else export_root()) / f"{weights_digest(ref)}-v{EXPORT_FORMAT}"


# --- small helpers ---------------------------------------------------------------


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _one_line(err: BaseException) -> str:
    return _one_line_text(str(err) or type(err).__name__)


def _one_line_text(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:297] + "..."
