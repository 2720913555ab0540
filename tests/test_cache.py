"""The embedding cache: hits, misses, damage, concurrency, eviction (no model needed)."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.cache import DB_NAME, EmbeddingCache, default_cache_dir, entry_key

ID = "test-model@0123456789abcdef"
DIM = 16
VEC_BYTES = DIM * 4


def vec(text: str, dim: int = DIM) -> np.ndarray:
    """A reproducible random unit vector per text, so any process can check any entry."""
    rng = np.random.default_rng(zlib.crc32(text.encode("utf-8", "surrogatepass")))
    v = rng.standard_normal(dim).astype(np.float32)
    return v / np.linalg.norm(v)


def same_bytes(a: np.ndarray, b: np.ndarray) -> bool:
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(d))
    return d


@pytest.fixture
def cache(cache_dir: Path) -> Iterator[EmbeddingCache]:
    c = EmbeddingCache()
    yield c
    c.close()


def test_location_follows_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "a"))
    assert default_cache_dir() == tmp_path / "a"
    assert EmbeddingCache().path == tmp_path / "a" / DB_NAME
    monkeypatch.delenv("CLAIMCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "claimcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "claimcheck"


def test_hit_miss_and_byte_identical_round_trip(cache: EmbeddingCache, cache_dir: Path) -> None:
    texts = ["Terror attacks in Pakistan jumped by 42% in January.", "Rubio proposed collaboration.", ""]
    assert cache.get_many(ID, texts) == {}
    special = np.array([0.0, -0.0, 1e-45, np.inf, -np.inf, np.nan, 3.4e38, -1.5], dtype=np.float32)
    items = {texts[0]: vec(texts[0]), texts[1]: vec(texts[1]), texts[2]: special}
    cache.put_many(ID, items)
    assert (cache_dir / DB_NAME).exists()
    got = cache.get_many(ID, texts + ["never stored", texts[0]])
    assert set(got) == set(texts)
    for t in texts:
        assert same_bytes(got[t], items[t]), t
        assert got[t].flags.writeable
    # a new instance (as in a new process) reads the same bytes
    other = EmbeddingCache()
    assert all(same_bytes(other.get_many(ID, [t])[t], items[t]) for t in texts)
    assert cache.stats()["entries"] == 3
    assert cache.stats()["bytes"] == 2 * VEC_BYTES + special.nbytes


def test_identity_change_is_a_miss(cache: EmbeddingCache) -> None:
    cache.put_many(ID, {"a sentence": vec("a sentence")})
    assert cache.get_many("test-model@ffffffffffffffff", ["a sentence"]) == {}
    assert cache.get_many("other-model@0123456789abcdef", ["a sentence"]) == {}
    assert "a sentence" in cache.get_many(ID, ["a sentence"])


def test_keys_separate_identity_and_text() -> None:
    assert entry_key("m", "a\0b") != entry_key("m", "a\0c")
    with pytest.raises(ValueError):
        entry_key("m\0a", "b")
    assert entry_key("m", "x") == entry_key("m", "x")
    assert len(entry_key("m", "\ud800 lone surrogate")) == 32


def test_overwrite_replaces_vector_and_keeps_count(cache: EmbeddingCache) -> None:
    cache.put_many(ID, {"s": vec("s")})
    cache.put_many(ID, {"s": vec("t", dim=8)})
    assert same_bytes(cache.get_many(ID, ["s"])["s"], vec("t", dim=8))
    assert cache.stats()["entries"] == 1
    assert cache.stats()["bytes"] == 8 * 4


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE entries SET vec = substr(vec, 1, 10)",  # wrong byte length
        "UPDATE entries SET vec = zeroblob(length(vec))",  # right length, wrong bytes (crc)
        "UPDATE entries SET dim = 0",
        "UPDATE entries SET vec = 'not a blob'",
        "UPDATE entries SET crc = crc + 1",
    ],
)
def test_damaged_entry_is_a_miss_and_is_overwritten(cache: EmbeddingCache, cache_dir: Path, damage: str) -> None:
    cache.put_many(ID, {"good": vec("good"), "bad": vec("bad")})
    with sqlite3.connect(cache_dir / DB_NAME) as db:
        db.execute(damage + " WHERE key = ?", (entry_key(ID, "bad"),))
    got = cache.get_many(ID, ["good", "bad"])
    assert set(got) == {"good"}
    cache.put_many(ID, {"bad": vec("bad")})
    assert same_bytes(cache.get_many(ID, ["bad"])["bad"], vec("bad"))
    assert cache.stats()["entries"] == 2


def test_garbage_database_file_is_moved_aside(cache_dir: Path) -> None:
    cache_dir.mkdir(parents=True)
    (cache_dir / DB_NAME).write_bytes(os.urandom(50_000))
    cache = EmbeddingCache()
    assert cache.get_many(ID, ["x"]) == {}
    cache.put_many(ID, {"x": vec("x")})
    assert same_bytes(cache.get_many(ID, ["x"])["x"], vec("x"))
    assert cache.enabled
    assert list(cache_dir.glob(DB_NAME + ".corrupt-*"))


def test_database_damaged_inside_is_recovered(cache_dir: Path) -> None:
    cache = EmbeddingCache()
    cache.put_many(ID, {f"s{i}": vec(f"s{i}") for i in range(3000)})
    cache.close()
    with sqlite3.connect(cache_dir / DB_NAME) as db:  # fold the WAL into the file
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray((cache_dir / DB_NAME).read_bytes())
    raw[20_000:-20_000] = os.urandom(len(raw) - 40_000)  # keep the header, ruin the b-trees
    (cache_dir / DB_NAME).write_bytes(bytes(raw))
    fresh = EmbeddingCache()
    got = fresh.get_many(ID, [f"s{i}" for i in range(3000)])  # must not raise
    assert all(same_bytes(v, vec(t)) for t, v in got.items())
    fresh.put_many(ID, {"new": vec("new")})
    assert "new" in fresh.get_many(ID, ["new"])
    fresh.stats()
    fresh.clear()


def test_unwritable_location_degrades_to_no_cache(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    cache = EmbeddingCache(blocker / "cache")
    assert cache.get_many(ID, ["x"]) == {}
    cache.put_many(ID, {"x": vec("x")})
    assert cache.get_many(ID, ["x"]) == {}
    assert cache.stats()["entries"] == 0 and not cache.stats()["enabled"]
    cache.clear()
    assert capsys.readouterr() == ("", "")  # silent unless asked

    loud = EmbeddingCache(blocker / "cache", warn=True)
    loud.put_many(ID, {"x": vec("x")})
    loud.get_many(ID, ["x"])
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "cache" in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_directory_degrades(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "ro"
    d.mkdir()
    d.chmod(0o555)
    try:
        cache = EmbeddingCache(d)
        cache.put_many(ID, {"x": vec("x")})
        assert cache.get_many(ID, ["x"]) == {}
        assert capsys.readouterr() == ("", "")
    finally:
        d.chmod(0o755)


@pytest.mark.skipif(not os.path.isdir("/sys/kernel"), reason="needs Linux sysfs")
def test_directory_that_cannot_be_created_even_by_root_degrades(capsys: pytest.CaptureFixture[str]) -> None:
    cache = EmbeddingCache("/sys/claimcheck-test-cache")  # sysfs refuses mkdir, also for root
    cache.put_many(ID, {"x": vec("x")})
    assert cache.get_many(ID, ["x"]) == {} and not cache.enabled
    assert capsys.readouterr() == ("", "")


def _writer(directory: str, worker: int, barrier: multiprocessing.synchronize.Barrier) -> None:
    cache = EmbeddingCache(directory, timeout=60)
    barrier.wait()
    for batch in range(10):
        items = {f"w{worker}-{batch}-{i}": vec(f"w{worker}-{batch}-{i}") for i in range(40)}
        items.update({f"shared-{i}": vec(f"shared-{i}") for i in range(batch * 5, batch * 5 + 10)})
        cache.put_many(ID, items)
        cache.get_many(ID, list(items)[:20])
    if not cache.enabled:
        raise SystemExit(3)
    cache.close()


def test_concurrent_writers_all_succeed(cache_dir: Path) -> None:
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    barrier = ctx.Barrier(4)
    procs = [ctx.Process(target=_writer, args=(str(cache_dir), w, barrier)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    expected = [f"w{w}-{b}-{i}" for w in range(4) for b in range(10) for i in range(40)]
    expected += [f"shared-{i}" for i in range(55)]
    cache = EmbeddingCache()
    got = cache.get_many(ID, expected)
    assert len(got) == len(expected)
    assert all(same_bytes(got[t], vec(t)) for t in expected)
    assert cache.stats()["entries"] == len(expected)
    assert cache.stats()["bytes"] == len(expected) * VEC_BYTES
    with sqlite3.connect(cache_dir / DB_NAME) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_crash_mid_write_leaves_no_partial_entry(cache_dir: Path) -> None:
    EmbeddingCache().put_many(ID, {"before": vec("before")})
    script = (
        "import os, numpy as np\n"
        "from claimcheck.cache import EmbeddingCache\n"
        "c = EmbeddingCache()\n"
        "c._evict = lambda conn: os._exit(7)  # die inside the transaction, after the inserts\n"
        "c.put_many('%s', {'a': np.ones(16, np.float32), 'b': np.ones(16, np.float32)})\n" % ID
    )
    proc = subprocess.run([sys.executable, "-c", script], env=os.environ.copy(), timeout=60)
    assert proc.returncode == 7
    cache = EmbeddingCache()
    assert cache.get_many(ID, ["a", "b"]) == {}
    assert set(cache.get_many(ID, ["before"])) == {"before"}
    assert cache.stats()["entries"] == 1


def test_lru_eviction_keeps_recently_used_and_respects_max_bytes(cache_dir: Path) -> None:
    cache = EmbeddingCache(max_bytes=4 * VEC_BYTES, touch_interval=0)
    for t in "abcd":
        cache.put_many(ID, {t: vec(t)})
        time.sleep(0.002)
    assert cache.stats()["entries"] == 4
    assert set(cache.get_many(ID, ["a"])) == {"a"}  # a is now the most recently used
    time.sleep(0.002)
    cache.put_many(ID, {"e": vec("e")})
    assert set(cache.get_many(ID, list("abcde"))) == {"a", "c", "d", "e"}
    assert cache.stats()["bytes"] <= 4 * VEC_BYTES

    cache.put_many(ID, {f"x{i}": vec(f"x{i}") for i in range(10)})  # one batch over budget
    stats = cache.stats()
    assert stats["bytes"] <= 4 * VEC_BYTES and stats["entries"] == 4


def test_lru_time_is_not_rewritten_for_fresh_entries(cache: EmbeddingCache, cache_dir: Path) -> None:
    """A warm re-run within touch_interval reads without writing."""
    cache.put_many(ID, {"a": vec("a")})
    with sqlite3.connect(cache_dir / DB_NAME) as db:
        before = db.execute("SELECT used FROM entries").fetchone()[0]
    cache.get_many(ID, ["a"])
    with sqlite3.connect(cache_dir / DB_NAME) as db:
        assert db.execute("SELECT used FROM entries").fetchone()[0] == before
    cache.touch_interval = 0
    time.sleep(0.002)
    cache.get_many(ID, ["a"])
    with sqlite3.connect(cache_dir / DB_NAME) as db:
        assert db.execute("SELECT used FROM entries").fetchone()[0] > before


def test_clear_and_stats(cache: EmbeddingCache) -> None:
    cache.put_many(ID, {t: vec(t) for t in "xyz"})
    stats = cache.stats()
    assert stats["entries"] == 3 and stats["bytes"] == 3 * VEC_BYTES and stats["enabled"]
    assert stats["file_bytes"] > 0
    cache.clear()
    assert cache.stats()["entries"] == 0 and cache.stats()["bytes"] == 0
    assert cache.get_many(ID, list("xyz")) == {}


def test_cache_does_not_import_heavy_modules(cache_dir: Path) -> None:
    script = (
        "import sys\n"
        "from claimcheck.cache import EmbeddingCache\n"
        "assert 'numpy' not in sys.modules, 'numpy imported at module import'\n"
        "c = EmbeddingCache(); c.get_many('m', ['x'])\n"
        "import numpy as np; c.put_many('m', {'x': np.zeros(3, np.float32)}); c.get_many('m', ['x'])\n"
        "bad = [m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=os.environ.copy())
    assert proc.returncode == 0, proc.stderr


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(), values=st.lists(st.floats(width=32, allow_nan=False), min_size=1, max_size=64))
def test_any_text_and_vector_round_trip(cache: EmbeddingCache, text: str, values: list[float]) -> None:
    v = np.array(values, dtype=np.float32)
    cache.put_many(ID, {text: v})
    assert same_bytes(cache.get_many(ID, [text])[text], v)
