"""The export itself (runs in its own process, ``python -m claimcheck.onnx_encoder export``:
imports torch): into a private temporary folder, checked against
sentence-transformers, renamed into place in one step, under a lock.

``runtime_problem`` and ``exporter_problem`` are called through the package
(``claimcheck.onnx_encoder``), so replacing them there is seen here."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import onnx_encoder as package
from .encoder import OnnxEncoder, read_manifest
from .layout import (
    EXPORT_FORMAT,
    FAILED_FILE,
    LOCK_FILE,
    LOCK_WAIT,
    MANIFEST_FILE,
    MODEL_FILE,
    OPSET,
    PROBES,
    STALE_TMP,
    ExportMissing,
    OnnxUnavailable,
    _one_line,
    _write_atomic,
    export_folder,
)
from .packages import _versions
from .spec import ModelSpec, read_spec

if TYPE_CHECKING:
    from ..embed import ModelRef


def export(model: str | None, root: Path, *, force: bool = False, log: Any = None) -> tuple[Path, bool]:
    """Export ``model`` (default: the bundled model) under ``root`` unless a valid export is
    there.  Returns (folder, exported now).  OnnxUnavailable (one line) when it cannot."""
    from claimcheck.embed import resolve_model

    say = log or (lambda msg: None)
    problem = package.runtime_problem() or package.exporter_problem()
    if problem:
        raise OnnxUnavailable(problem)
    ref = resolve_model(model)
    spec = read_spec(str(ref.path))
    folder = export_folder(ref, root)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OnnxUnavailable(f"cannot create {root}: {_one_line(err)}") from None
    with _export_lock(root, say):
        if not force:
            try:
                OnnxEncoder(spec, folder, memo_dir=root)
                say(f"up to date: {folder}")
                return folder, False
            except ExportMissing:
                pass
            except OnnxUnavailable as err:
                say(f"rebuilding {folder}: {err}")
        _remove_stale(root)
        tmp = root / f".tmp-{folder.name}-{os.getpid()}-{secrets.token_hex(4)}"
        tmp.mkdir()
        try:
            _export_into(spec, ref, tmp, say)
            _install(tmp, folder, spec, root, force=force)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
    with contextlib.suppress(OSError):
        (root / FAILED_FILE).unlink()
    say(f"exported {ref.name} to {folder}")
    return folder, True


def _export_into(spec: ModelSpec, ref: ModelRef, tmp: Path, say: Any) -> None:
    """Export the Transformer module to tmp/model.onnx and write a checked manifest."""
    import hashlib
    import inspect

    from claimcheck.embed import _quiet

    say(f"exporting {ref.name} ({spec.folder}) to ONNX, opset {OPSET} …")
    with _quiet(True):  # no "Loading weights" bars, no exporter warnings
        import numpy as np
        import torch
        from sentence_transformers import SentenceTransformer

        try:
            st = SentenceTransformer(spec.folder, device="cpu", model_kwargs={"attn_implementation": "eager"})
        except TypeError:  # an older sentence-transformers without model_kwargs
            st = SentenceTransformer(spec.folder, device="cpu")
        st.eval()
        # The reference: what sentence-transformers itself gives for the probes.
        reference = st.encode(list(PROBES), batch_size=len(PROBES), convert_to_numpy=True, show_progress_bar=False)
        transformer: Any = st[0]
        network = transformer.auto_model
        network.eval()
        # A padded batch of two, so the attention mask's path is the one traced.
        sample = transformer.tokenizer(
            [PROBES[0], PROBES[4]], padding=True, truncation=True, max_length=spec.max_seq_length, return_tensors="pt"
        )
        names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in sample]

        class Wrapped(torch.nn.Module):
            def __init__(self, inner: torch.nn.Module) -> None:
                super().__init__()
                self.inner = inner

            def forward(self, *args: torch.Tensor) -> torch.Tensor:
                return self.inner(**dict(zip(names, args)), return_dict=True).last_hidden_state

        dynamic = {n: {0: "batch", 1: "tokens"} for n in names} | {"token_embeddings": {0: "batch", 1: "tokens"}}
        kwargs: dict[str, Any] = {}
        if "dynamo" in inspect.signature(torch.onnx.export).parameters:
            kwargs["dynamo"] = False  # the TorchScript exporter: needs onnx, not onnxscript
        target = tmp / MODEL_FILE
        with torch.no_grad():
            torch.onnx.export(
                Wrapped(network),
                tuple(sample[n] for n in names),
                str(target),
                input_names=names,
                output_names=["token_embeddings"],
                dynamic_axes=dynamic,
                opset_version=OPSET,
                do_constant_folding=True,
                **kwargs,
            )
        network_name = type(network).__name__
    h = hashlib.sha256()
    with open(target, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
        os.fsync(fh.fileno())
    reference = np.asarray(reference, dtype=np.float32)
    manifest: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "model": ref.name,
        "identity": ref.identity,
        "model_path": str(ref.path),
        "network": network_name,
        "file": MODEL_FILE,
        "size": target.stat().st_size,
        "sha256": h.hexdigest(),
        "inputs": names,
        "output": "token_embeddings",
        "opset": OPSET,
        "max_seq_length": spec.max_seq_length,
        "dimension": spec.dimension,
        "pooling": spec.pooling,
        "normalize": spec.normalize,
        "exported_with": _versions("torch", "onnx", "sentence-transformers", "transformers", "onnxruntime", "tokenizers"),
        "probes": list(PROBES),
        "reference": [[float(x) for x in row] for row in reference],
    }
    _write_atomic(tmp / MANIFEST_FILE, json.dumps(manifest, indent=1) + "\n")
    # The same checks any later reader makes, on the file as written.
    low = OnnxEncoder(spec, tmp, check=False, verify_hash=False).self_check()  # the hash is of this very file
    manifest["min_cosine"] = low
    _write_atomic(tmp / MANIFEST_FILE, json.dumps(manifest, indent=1) + "\n")
    say(f"checked: the probe vectors match sentence-transformers (min cosine {low:.7f})")


def _install(tmp: Path, folder: Path, spec: ModelSpec, root: Path, *, force: bool) -> None:
    """Rename the finished export into place in one step; a valid export there is kept
    (another process finished first) unless ``force``; a damaged one is moved away first."""
    for _attempt in range(3):
        if folder.exists():
            if not force:
                try:
                    OnnxEncoder(spec, folder, memo_dir=root)
                    return  # someone else's complete export: keep it, drop ours
                except OnnxUnavailable:
                    pass
            aside = root / f".old-{folder.name}-{os.getpid()}-{secrets.token_hex(4)}"
            try:
                os.rename(folder, aside)
            except FileNotFoundError:
                pass
            else:
                shutil.rmtree(aside, ignore_errors=True)
        try:
            sha = read_manifest(tmp)["sha256"]
            os.rename(tmp, folder)
        except OSError as err:
            if err.errno in (errno.EEXIST, errno.ENOTEMPTY):
                force = False  # someone renamed theirs in between: check it next round
                continue
            raise OnnxUnavailable(f"cannot install the export in {folder}: {_one_line(err)}") from None
        _fsync_dir(root)
        _remember_hash(folder / MODEL_FILE, sha, root)
        return
    raise OnnxUnavailable(f"cannot install the export in {folder}: it keeps being replaced")


def _remember_hash(path: Path, sha: str, memo_dir: Path) -> None:
    """The renamed file is the one just hashed: spare its first reader the re-hash."""
    from claimcheck.embed import _WeightMemo

    with contextlib.suppress(OSError):
        memo = _WeightMemo(memo_dir)
        memo.remember(str(path), os.stat(path), sha)
        memo.save()


def _remove_stale(root: Path) -> None:
    """Temporary folders of exports that died (older than an hour)."""
    now = time.time()
    for path in root.glob(".tmp-*"):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > STALE_TMP:
                shutil.rmtree(path, ignore_errors=True)
    for path in root.glob(".old-*"):
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def _export_lock(root: Path, say: Any) -> Iterator[None]:
    """An exclusive lock on root/.export.lock while exporting (waits for another exporter)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: the atomic rename alone keeps exports whole
        yield
        return
    try:
        fh = open(root / LOCK_FILE, "a+")
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + LOCK_WAIT
        told = False
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not told:
                    say("another process is exporting; waiting for it")
                    told = True
                if time.monotonic() > deadline:
                    break  # go ahead unlocked: the rename still keeps the folder whole
                time.sleep(0.2)
            except OSError:
                break  # no locks on this file system
        yield
    finally:
        fh.close()  # releases the lock


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(str(path), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

