"""The default model on ONNX Runtime: exported once, then encoded without torch.

Importing sentence-transformers (and with it torch) costs most of a cold
comparison.  The same network, exported once to ONNX, runs on onnxruntime
with the model's own tokenizer (the ``tokenizers`` library reads its
``tokenizer.json``) and the pooling and normalisation its ``modules.json``
names, and gives the same vectors (cosine >= 0.9999 to sentence-transformers;
checked at export time and again every time an export is opened).

Where the export lives
----------------------
``$CLAIMCHECK_ONNX_DIR``, else ``onnx/`` in the embedding cache directory,
one folder per model, named by the hash of the model's files and weights
(the same hash as the cache identity) and the export format::

    <root>/<weights hash>-v1/model.onnx      the network, token ids to token vectors
    <root>/<weights hash>-v1/manifest.json   size and sha256 of model.onnx, settings,
                                             probe sentences and their reference vectors

Robustness
----------
* The export is written into a private temporary folder, checked against
  sentence-transformers, and only then renamed into place in one step, so
  a reader sees a complete export or none.  A crash leaves only a stale
  temporary folder, removed by the next export.
* Exports take a lock file (``.export.lock``), so two processes that both
  find the export missing export it once; the second finds it done.  Where
  locks do not work the rename still keeps every folder whole.
* Opening an export checks the manifest, the file's size, its sha256
  (remembered by size and mtime, so it is computed once per file) and the
  probe sentences' vectors.  Anything wrong means *damaged*: the export is
  rebuilt.

The export itself needs torch, sentence-transformers and ``onnx`` (torch's
TorchScript exporter, ``dynamo=False``, serialises through it; the newer
dynamo exporter would need onnxscript as well).  It always runs in a child
process (``python -m claimcheck.onnx_encoder export``), so the process that
compares articles never imports torch, even on first use; scripts/setup runs
the same command once.

This module imports nothing heavy at import time: numpy, onnxruntime and
tokenizers are imported when an export is opened.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.cache import default_cache_dir

if TYPE_CHECKING:
    import numpy as np

    from claimcheck.embed import ModelRef

__all__ = [
    "EXPORT_FORMAT",
    "MIN_COSINE",
    "ExportDamaged",
    "ExportMissing",
    "ModelSpec",
    "OnnxEncoder",
    "OnnxUnavailable",
    "export_folder",
    "export_root",
    "open_encoder",
    "read_spec",
]

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


# --- what the model's folder says -------------------------------------------------


@dataclass(frozen=True)
class ModelSpec:
    """How sentence-transformers runs a model folder, as far as the ONNX path needs it."""

    folder: str  # the model folder
    transformer_dir: str  # folder of the Transformer module (usually the model folder)
    max_seq_length: int
    do_lower_case: bool
    pooling: str  # only "mean" is supported
    normalize: bool
    dimension: int
    pad_token: str
    pad_id: int
    padding_right: bool

    @property
    def tokenizer_file(self) -> str:
        return os.path.join(self.transformer_dir, "tokenizer.json")


def _load_json(path: str) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def read_spec(folder: str) -> ModelSpec:
    """Read modules.json and the module configs; OnnxUnavailable if the layout is not one
    the ONNX path reproduces exactly (Transformer, mean Pooling, optional Normalize)."""
    try:
        modules = sorted(_load_json(os.path.join(folder, "modules.json")), key=lambda m: m.get("idx", 0))
    except (OSError, ValueError, AttributeError, TypeError) as err:
        raise OnnxUnavailable(f"no readable modules.json in {folder} ({_one_line(err)})") from None
    kinds = [str(m.get("type", "")).rsplit(".", 1)[-1] for m in modules]
    if kinds not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        raise OnnxUnavailable(f"modules {'+'.join(kinds) or 'none'} are not Transformer+Pooling(+Normalize)")
    tdir = os.path.join(folder, str(modules[0].get("path", "")))
    try:
        pooling = _load_json(os.path.join(folder, str(modules[1].get("path", "")), "config.json"))
        config = _load_json(os.path.join(tdir, "config.json"))
        st_config = _optional_json(os.path.join(tdir, "sentence_bert_config.json"))
        tok_config = _optional_json(os.path.join(tdir, "tokenizer_config.json"))
    except (OSError, ValueError) as err:
        raise OnnxUnavailable(f"model configs in {folder} cannot be read ({_one_line(err)})") from None
    modes = _pooling_modes(pooling)
    if modes != ["mean"]:
        raise OnnxUnavailable(f"pooling {'+'.join(modes) or 'none'} is not supported (only mean pooling)")
    if not os.path.isfile(os.path.join(tdir, "tokenizer.json")):
        raise OnnxUnavailable(f"no tokenizer.json (fast tokenizer) in {tdir}")
    positions = config.get("max_position_embeddings")
    length = st_config.get("max_seq_length")
    if not isinstance(length, int) or length <= 0:
        length = tok_config.get("model_max_length")
        if not isinstance(length, int) or length <= 0 or length > 100_000:
            length = positions
    if isinstance(positions, int) and isinstance(length, int):
        length = min(length, positions)
    if not isinstance(length, int) or length <= 0:
        raise OnnxUnavailable(f"no maximum sequence length found for {folder}")
    dim = pooling.get("word_embedding_dimension", pooling.get("embedding_dimension", config.get("hidden_size")))
    if not isinstance(dim, int) or dim <= 0:
        raise OnnxUnavailable(f"no embedding dimension found for {folder}")
    pad = tok_config.get("pad_token", "[PAD]")
    if isinstance(pad, dict):
        pad = pad.get("content", "[PAD]")
    pad_id = config.get("pad_token_id")
    return ModelSpec(
        folder=folder,
        transformer_dir=tdir,
        max_seq_length=int(length),
        do_lower_case=bool(st_config.get("do_lower_case", False)),
        pooling="mean",
        normalize=kinds[-1] == "Normalize",
        dimension=int(dim),
        pad_token=str(pad),
        pad_id=int(pad_id) if isinstance(pad_id, int) else 0,
        padding_right=str(tok_config.get("padding_side", "right")) != "left",
    )


def _optional_json(path: str) -> dict[str, Any]:
    if not os.path.isfile(path):
        return {}
    data = _load_json(path)
    return data if isinstance(data, dict) else {}


def _pooling_modes(cfg: dict[str, Any]) -> list[str]:
    """Pooling modes in sentence-transformers' order, from old boolean keys or "pooling_mode"."""
    mode = cfg.get("pooling_mode")
    if isinstance(mode, str):
        return [mode]
    if isinstance(mode, list):
        return [str(m) for m in mode]
    legacy = [
        ("pooling_mode_cls_token", "cls"),
        ("pooling_mode_max_tokens", "max"),
        ("pooling_mode_mean_tokens", "mean"),
        ("pooling_mode_mean_sqrt_len_tokens", "mean_sqrt_len_tokens"),
        ("pooling_mode_weightedmean_tokens", "weightedmean"),
        ("pooling_mode_lasttoken", "lasttoken"),
    ]
    found = [name for key, name in legacy if cfg.get(key) is True]
    return found or ["mean"]


# --- checking what is installed --------------------------------------------------


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


# --- the encoder ------------------------------------------------------------------


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


# --- opening, exporting on first use ----------------------------------------------


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
    problem = runtime_problem()
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
    run_export(ref, root, progress=progress)
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
    problem = exporter_problem()
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
    here = str(Path(__file__).resolve().parent.parent)
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


# --- the export (runs in its own process: imports torch) --------------------------


def export(model: str | None, root: Path, *, force: bool = False, log: Any = None) -> tuple[Path, bool]:
    """Export ``model`` (default: the bundled model) under ``root`` unless a valid export is
    there.  Returns (folder, exported now).  OnnxUnavailable (one line) when it cannot."""
    from claimcheck.embed import resolve_model

    say = log or (lambda msg: None)
    problem = runtime_problem() or exporter_problem()
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


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(str(path), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _one_line(err: BaseException) -> str:
    return _one_line_text(str(err) or type(err).__name__)


def _one_line_text(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:297] + "..."


# --- command line: python -m claimcheck.onnx_encoder export|check ------------------


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(
        prog="python -m claimcheck.onnx_encoder",
        description="Export the default model to ONNX once (scripts/setup does), or check the export.",
    )
    ap.add_argument("action", choices=["export", "check", "where"], help="export if missing or damaged; check it; print its folder")
    ap.add_argument("--model", default=None, help="model name or folder (default: the bundled all-MiniLM-L6-v2)")
    ap.add_argument("--dir", type=Path, default=None, help="export root (default: $CLAIMCHECK_ONNX_DIR, else onnx/ in the cache directory)")
    ap.add_argument("--force", action="store_true", help="export again even if a valid export is there")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    args = ap.parse_args(argv)
    root = args.dir.expanduser() if args.dir is not None else export_root()
    from claimcheck.errors import ClaimcheckError

    def log(msg: str) -> None:
        if not args.quiet:
            print(f"claimcheck: {msg}", file=sys.stderr, flush=True)

    try:
        from claimcheck.embed import resolve_model

        ref = resolve_model(args.model)
        if args.action == "where":
            print(export_folder(ref, root))
            return 0
        if args.action == "check":
            enc = OnnxEncoder(read_spec(str(ref.path)), export_folder(ref, root), memo_dir=root, check=False)
            low = enc.self_check()
            print(f"{enc.folder}: ok (probe min cosine {low:.7f})")
            return 0
        folder, _ = export(args.model, root, force=args.force, log=log)
        print(folder)
        return 0
    except (OnnxUnavailable, ClaimcheckError) as err:
        print(f"claimcheck: error: {_one_line(err)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # the exporter's own failures: one line, never a traceback
        print(f"claimcheck: error: ONNX export failed: {type(err).__name__}: {_one_line(err)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
