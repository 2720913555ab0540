"""The encoder: an opened, checked export on onnxruntime (numpy, onnxruntime and
tokenizers are imported when one is opened), the checks of its manifest and
file, pooling, and onnxruntime's thread count."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .layout import (
    BATCH_SIZE,
    EXPORT_FORMAT,
    MANIFEST_FILE,
    MIN_COSINE,
    MODEL_FILE,
    QUICK_PROBES,
    ExportDamaged,
    ExportMissing,
    OnnxUnavailable,
    _one_line,
)
from .spec import ModelSpec

if TYPE_CHECKING:
    import numpy as np


class OnnxEncoder:
    """An opened, checked export: encodes texts to the vectors sentence-transformers gives.

    Raises ExportMissing when there is no export, ExportDamaged when the one
    there is incomplete, corrupt or wrong, OnnxUnavailable when onnxruntime
    or tokenizers cannot load it.
    """

    def __init__(
        self,
        spec: ModelSpec,
        folder: Path,
        *,
        memo_dir: Path | None = None,
        check: bool = True,
        verify_hash: bool = True,
        remember: bool = True,
    ) -> None:
        self.spec = spec
        self.folder = folder
        self.scratch: Any = None  # a temporary folder the export lives in (--no-cache)
        self.model_file = folder / MODEL_FILE
        manifest = read_manifest(folder)
        self.manifest = manifest
        for key, want in (("max_seq_length", spec.max_seq_length), ("dimension", spec.dimension), ("normalize", spec.normalize)):
            if manifest.get(key) != want:
                raise ExportDamaged(f"manifest {key} is {manifest.get(key)!r}, the model says {want!r}")
        _check_file(self.model_file, manifest, memo_dir if memo_dir is not None else folder.parent, verify_hash, remember)
        self._open()
        if check:
            self.self_check(full=False)

    @property
    def dimension(self) -> int:
        return self.spec.dimension

    def _open(self) -> None:
        try:
            import numpy  # noqa: F401
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except Exception as err:  # a broken install: one line, and the caller falls back
            raise OnnxUnavailable(f"onnxruntime or tokenizers failed to import: {_one_line(err)}") from None
        options = ort.SessionOptions()
        options.log_severity_level = 3  # errors only: never a warning on our stderr
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.threads = _threads()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(str(self.model_file), sess_options=options, providers=["CPUExecutionProvider"])
        except Exception as err:  # InvalidProtobuf, truncated graph, ...
            raise ExportDamaged(f"onnxruntime cannot load {self.model_file}: {_one_line(err)}") from None
        names = [i.name for i in self.session.get_inputs()]
        unknown = set(names) - {"input_ids", "attention_mask", "token_type_ids"}
        if "input_ids" not in names or unknown:
            raise ExportDamaged(f"unexpected inputs {names} in {self.model_file}")
        self.input_names = names
        self.output_name = self.session.get_outputs()[0].name
        try:
            tok = Tokenizer.from_file(self.spec.tokenizer_file)
        except Exception as err:
            raise OnnxUnavailable(f"tokenizer {self.spec.tokenizer_file} cannot be read: {_one_line(err)}") from None
        # tokenizer.json carries its own truncation/padding (128, fixed for MiniLM):
        # replace them by what sentence-transformers uses, and pad by hand per batch.
        tok.no_padding()
        tok.enable_truncation(max_length=self.spec.max_seq_length)
        self.tokenizer = tok

    def self_check(self, full: bool = True) -> float:
        """Encode the manifest's probe sentences (all, or the first QUICK_PROBES);
        ExportDamaged unless they match sentence-transformers' vectors stored with them."""
        import numpy as np

        probes = self.manifest.get("probes")
        reference = self.manifest.get("reference")
        try:
            ref = np.asarray(reference, dtype=np.float32)
            ok = isinstance(probes, list) and all(isinstance(p, str) for p in probes) and ref.shape == (len(probes), self.dimension)
        except (TypeError, ValueError):
            ok = False
        if not ok or not probes:
            raise ExportDamaged("manifest has no usable probe vectors")
        if not full:
            probes, ref = probes[:QUICK_PROBES], ref[:QUICK_PROBES]
        got = self.encode(probes)
        low = float(min_cosine(got, ref))
        if not low >= MIN_COSINE:  # also catches NaN
            raise ExportDamaged(f"probe vectors disagree with sentence-transformers (min cosine {low:.6f})")
        return low

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids of each text, truncated to the model's maximum sequence length."""
        if self.spec.do_lower_case:
            texts = [t.lower() for t in texts]
        return [e.ids for e in self.tokenizer.encode_batch(list(texts))]

    def encode(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """(n, d) float32 rows in input order: pooled (and normalised if the model says so)."""
        import numpy as np

        n = len(texts)
        out = np.zeros((n, self.dimension), dtype=np.float32)
        if n == 0:
            return out
        ids = self.tokenize(texts)
        order = sorted(range(n), key=lambda i: (-len(ids[i]), i))  # long first, little padding
        step = max(1, int(batch_size))
        for start in range(0, n, step):
            rows = order[start : start + step]
            width = len(ids[rows[0]])
            batch = np.full((len(rows), width), self.spec.pad_id, dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                seq = ids[i]
                if self.spec.padding_right:
                    batch[r, : len(seq)] = seq
                    mask[r, : len(seq)] = 1
                else:
                    batch[r, width - len(seq) :] = seq
                    mask[r, width - len(seq) :] = 1
            feed = {"input_ids": batch, "attention_mask": mask, "token_type_ids": np.zeros_like(batch)}
            hidden = self.session.run([self.output_name], {k: feed[k] for k in self.input_names})[0]
            out[rows] = _mean_pool(hidden, mask, self.spec.normalize)
        return out


def _mean_pool(hidden: np.ndarray, mask: np.ndarray, normalize: bool) -> np.ndarray:
    """sentence-transformers' mean pooling (and Normalize), in float32."""
    import numpy as np

    m = mask.astype(np.float32)[:, :, None]
    summed = (hidden.astype(np.float32, copy=False) * m).sum(axis=1)
    pooled = summed / np.clip(m.sum(axis=1), 1e-9, None)
    if normalize:
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        pooled = pooled / np.clip(norms, 1e-12, None)
    return pooled.astype(np.float32, copy=False)


def min_cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Smallest row-wise cosine similarity of two (n, d) arrays (1.0 for n == 0)."""
    import numpy as np

    if len(a) == 0:
        return 1.0
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    na = np.linalg.norm(a, axis=1)
    nb = np.linalg.norm(b, axis=1)
    return float(np.min((a * b).sum(axis=1) / np.maximum(na * nb, 1e-30)))


def _threads() -> int:
    """onnxruntime's threads: $CLAIMCHECK_ONNX_THREADS, else one per core that is idle now.

    On a shared machine a second thread only helps when a core is free: with the
    cores busy, each of the network's parallel steps waits for its slowest thread
    (measured here: one thread 120-180 texts/s against two threads' 85-120 under a
    load of 4 on two cores; 180 against 340 when idle).  The thread count does not
    change the vectors (bit for bit; tests/test_onnx_encoder.py checks it).
    """
    env = os.environ.get("CLAIMCHECK_ONNX_THREADS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):
        return max(1, cores)
    return max(1, min(cores, int(cores - busy + 0.5)))


def read_manifest(folder: Path) -> dict[str, Any]:
    """The export's manifest; ExportMissing if there is no export, ExportDamaged if unreadable."""
    path = folder / MANIFEST_FILE
    if not folder.is_dir() or (not path.exists() and not (folder / MODEL_FILE).exists()):
        raise ExportMissing(f"no ONNX export in {folder}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ExportDamaged(f"manifest {path} cannot be read ({_one_line(err)})") from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ExportDamaged(f"manifest {path} is not an export of format {EXPORT_FORMAT}")
    if not isinstance(data.get("size"), int) or not isinstance(data.get("sha256"), str):
        raise ExportDamaged(f"manifest {path} lacks the file's size or sha256")
    return data


def _check_file(path: Path, manifest: dict[str, Any], memo_dir: Path, verify_hash: bool = True, remember: bool = True) -> None:
    """Size always; sha256 once per (size, mtime), remembered in ``memo_dir`` (unless not ``remember``)."""
    from claimcheck.embed import _WeightMemo

    try:
        st = os.stat(path)
    except OSError as err:
        raise ExportDamaged(f"{path} is missing ({_one_line(err)})") from None
    if st.st_size != manifest["size"]:
        raise ExportDamaged(f"{path} has {st.st_size} bytes, the manifest says {manifest['size']} (partial or damaged)")
    if not verify_hash:
        return
    memo = _WeightMemo(memo_dir, remember)
    try:
        digest = memo.digest(str(path), st)
    except OSError as err:
        raise ExportDamaged(f"{path} cannot be read ({_one_line(err)})") from None
    memo.save()
    if digest != manifest["sha256"]:
        raise ExportDamaged(f"{path} does not match the sha256 in its manifest (damaged)")

