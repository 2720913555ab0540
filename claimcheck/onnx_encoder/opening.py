"""Opening the export of a model's weights, exporting it on first use in a child
process (so this process never imports torch), and the marker that remembers a
failed export until the installed packages or the weights change.

``runtime_problem``, ``exporter_problem`` and ``run_export`` are called through the
package (``claimcheck.onnx_encoder``), so replacing them there (as tests do) is seen here."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import onnx_encoder as package
from .encoder import OnnxEncoder
from .layout import (
    EXPORT_TIMEOUT,
    FAILED_FILE,
    ExportDamaged,
    ExportMissing,
    OnnxUnavailable,
    _one_line,
    _one_line_text,
    _write_atomic,
    export_folder,
    export_root,
)
from .packages import _environment_key
from .spec import read_spec

if TYPE_CHECKING:
    from ..embed import ModelRef


def open_encoder(
    ref: ModelRef,
    *,
    root: Path | None = None,
    export: bool = True,
    progress: bool = False,
    remember: bool = True,
) -> OnnxEncoder:
    """The checked encoder for ``ref``'s weights, exporting (in a child process) when the
    export is missing or damaged.  OnnxUnavailable (one line) when that cannot be done.

    With ``remember=False`` (``--no-cache``) nothing is written beside the cache:
    an export that is missing is made in a temporary folder, used and removed."""
    problem = package.runtime_problem()
    if problem:
        raise OnnxUnavailable(problem)
    spec = read_spec(str(ref.path))
    root = root if root is not None else export_root()
    folder = export_folder(ref, root)
    try:
        return OnnxEncoder(spec, folder, memo_dir=root, remember=remember)
    except ExportDamaged as err:
        if not export:
            raise
        _note(progress, f"ONNX export {folder} is damaged ({err}); rebuilding it")
    except ExportMissing:
        if not export:
            raise
    scratch = None
    if not remember:
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="claimcheck-onnx-")
        root = Path(scratch.name)
        folder = export_folder(ref, root)
    package.run_export(ref, root, progress=progress)
    try:
        encoder = OnnxEncoder(spec, folder, memo_dir=root, remember=remember)
    except OnnxUnavailable as err:
        raise OnnxUnavailable(f"the fresh ONNX export cannot be used: {err}") from None
    encoder.scratch = scratch  # removed with the encoder (the session holds the model in memory)
    return encoder


def run_export(ref: ModelRef, root: Path, *, progress: bool = False, retry_failed: bool = False) -> None:
    """Export in a child process (so this one never imports torch).  OnnxUnavailable on failure;
    a failure is remembered (``export-failed.json``) and not retried until the installed
    packages or the weights change, or ``retry_failed``."""
    problem = package.exporter_problem()
    if problem:
        raise OnnxUnavailable(problem)
    key = _environment_key(ref)
    failed = root / FAILED_FILE
    if not retry_failed:
        earlier = _read_failure(failed, key)
        if earlier:
            raise OnnxUnavailable(
                f"the one-time ONNX export failed before ({earlier}); "
                f"'{os.path.basename(sys.executable)} -m claimcheck.onnx_encoder export' retries it"
            )
    _note(progress, f"exporting {ref.name} to ONNX, once (about 20 s) …")
    cmd = [sys.executable, "-m", "claimcheck.onnx_encoder", "export", "--model", str(ref.path), "--dir", str(root)]
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    here = str(Path(__file__).resolve().parents[2])  # the folder that holds the claimcheck package
    env["PYTHONPATH"] = here + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    try:
        done = subprocess.run(
            cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=EXPORT_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        reason = f"timed out after {EXPORT_TIMEOUT:.0f} s"
    except OSError as err:
        reason = f"could not start {sys.executable}: {_one_line(err)}"
    else:
        if done.returncode == 0:
            with contextlib.suppress(OSError):
                failed.unlink()
            return
        lines = [ln.strip() for ln in (done.stderr or "").splitlines() if ln.strip()]
        reason = lines[-1] if lines else f"exit status {done.returncode}"
        reason = reason.removeprefix("claimcheck: error: ")
    _write_failure(failed, key, reason)
    raise OnnxUnavailable(f"the one-time ONNX export failed: {_one_line_text(reason)}")


def _read_failure(path: Path, key: dict[str, Any]) -> str | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) and data.get("key") == key and isinstance(data.get("reason"), str):
        return _one_line_text(data["reason"])
    return None


def _write_failure(path: Path, key: dict[str, Any], reason: str) -> None:
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, json.dumps({"key": key, "reason": reason, "when": time.time()}, indent=1))


def _note(active: bool, message: str) -> None:
    if active:
        print(f"claimcheck: {message}", file=sys.stderr, flush=True)

