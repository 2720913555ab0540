"""On-disk cache of sentence embeddings, so a re-run never reloads the model.

Embedding is the only slow stage (importing torch alone costs seconds), and
the same articles are compared again and again while an editor works, so each
sentence's vector is kept on disk keyed by the model identity and the text.

The store is one SQLite database (stdlib, safe for several processes at once
in WAL mode, every write one transaction).  A cache must never be the reason
a command fails: a damaged entry is a miss, a damaged database is moved aside
and recreated, and a directory that cannot be written turns the cache off.
This module imports neither torch nor sentence-transformers, and numpy only
when vectors are actually read or written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import threading
import time
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

    import numpy as np

__all__ = ["DB_NAME", "EmbeddingCache", "default_cache_dir", "entry_key"]

DB_NAME = "embeddings.sqlite3"
SCHEMA_VERSION = 1
# Big pages pack ~10 MiniLM vectors (1.5 KiB each) per page with little slack;
# with 4 KiB pages only two fit and a fifth of the file would be padding.
PAGE_SIZE = 16384
_CHUNK = 500  # keys per "IN (...)" query, well under SQLite's variable limit

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    key  BLOB PRIMARY KEY,   -- sha256(identity + NUL + text)
    dim  INTEGER NOT NULL,   -- number of float32 values in vec
    crc  INTEGER NOT NULL,   -- zlib.crc32(vec): catches damaged bytes
    used INTEGER NOT NULL,   -- last use, time.time_ns(): for LRU eviction
    vec  BLOB NOT NULL       -- little-endian float32, exactly as computed
);
CREATE INDEX IF NOT EXISTS entries_used ON entries(used);
CREATE TABLE IF NOT EXISTS totals (
    id      INTEGER PRIMARY KEY CHECK (id = 0),
    entries INTEGER NOT NULL,
    bytes   INTEGER NOT NULL
);
INSERT OR IGNORE INTO totals VALUES (0, 0, 0);
CREATE TRIGGER IF NOT EXISTS entries_ins AFTER INSERT ON entries BEGIN
    UPDATE totals SET entries = entries + 1, bytes = bytes + length(NEW.vec) WHERE id = 0;
END;
CREATE TRIGGER IF NOT EXISTS entries_del AFTER DELETE ON entries BEGIN
    UPDATE totals SET entries = entries - 1, bytes = bytes - length(OLD.vec) WHERE id = 0;
END;
CREATE TRIGGER IF NOT EXISTS entries_upd AFTER UPDATE OF vec ON entries BEGIN
    UPDATE totals SET bytes = bytes - length(OLD.vec) + length(NEW.vec) WHERE id = 0;
END;
"""

_UPSERT = (
    "INSERT INTO entries (key, dim, crc, used, vec) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT(key) DO UPDATE SET dim = excluded.dim, crc = excluded.crc, "
    "used = excluded.used, vec = excluded.vec"
)


def default_cache_dir() -> Path:
    """Where the cache lives: $CLAIMCHECK_CACHE_DIR, else the XDG cache home."""
    env = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec says to ignore relative paths
        return Path(xdg) / "claimcheck"
    return Path.home() / ".cache" / "claimcheck"


def entry_key(identity: str, text: str) -> bytes:
    """The 32-byte key of one sentence under one model identity.

    NUL separates the two, so an identity must not contain one (texts may).
    """
    if "\0" in identity:
        raise ValueError("a model identity cannot contain NUL")
    raw = identity.encode("utf-8", "surrogatepass") + b"\0" + text.encode("utf-8", "surrogatepass")
    return hashlib.sha256(raw).digest()


def _is_corrupt(err: BaseException) -> bool:
    """True for errors that mean the file itself is damaged, not merely busy."""
    code = getattr(err, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
    msg = str(err).lower()
    return "not a database" in msg or "malformed" in msg or "corrupt" in msg


def _one_line(err: BaseException) -> str:
    return " ".join(f"{type(err).__name__}: {err}".split())


class EmbeddingCache:
    """Sentence vectors on disk, keyed by (model identity, text), LRU-bounded.

    ``max_bytes`` bounds the stored vector bytes; the SQLite file is a little
    larger (keys, index, page slack: about 10%).  ``warn=True`` prints one line
    to stderr the first time the cache has to be turned off or cannot write;
    otherwise the cache fails silently, since it is only an optimisation.
    ``touch_interval`` (seconds) skips rewriting the last-used time of entries
    used more recently than that, so a warm re-run reads without writing.
    """

    def __init__(
        self,
        directory: str | Path | None = None,
        *,
        max_bytes: int = 256 * 2**20,
        warn: bool = False,
        timeout: float = 30.0,
        touch_interval: float = 60.0,
    ) -> None:
        self.directory = Path(directory).expanduser() if directory is not None else default_cache_dir()
        self.path = self.directory / DB_NAME
        self.max_bytes = int(max_bytes)
        self.warn = warn
        self.timeout = float(timeout)
        self.touch_interval = float(touch_interval)
        self.disabled_reason: str | None = None
        self._conn: sqlite3.Connection | None = None
        self._pid = 0
        self._warned = False
        self._lock = threading.RLock()

    # --- public ---------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        """False once the cache has given up (unwritable directory and the like)."""
        return self.disabled_reason is None

    def get_many(self, identity: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Vectors already stored for ``texts`` (hits only; damaged entries are misses)."""
        wanted = {entry_key(identity, t): t for t in dict.fromkeys(texts)}
        if not wanted:
            return {}
        with self._lock:
            rows = self._run(self._select, list(wanted), default=[])
            if not rows:
                return {}
            import numpy as np

            found: dict[str, np.ndarray] = {}
            stale = time.time_ns() - int(self.touch_interval * 1e9)
            touch: list[int] = []
            for rowid, key, dim, crc, used, vec in rows:
                # Anything odd about a row (a damaged file, a foreign writer) makes it a miss.
                if not isinstance(vec, bytes) or not isinstance(dim, int) or not isinstance(crc, int):
                    continue
                if dim <= 0 or len(vec) != 4 * dim or zlib.crc32(vec) != crc:
                    continue
                text = wanted.get(key) if isinstance(key, bytes) else None
                if text is None:
                    continue
                found[text] = np.frombuffer(vec, dtype="<f4").astype(np.float32)
                if not isinstance(used, int) or used < stale:
                    touch.append(rowid)
            if touch:
                self._run(self._touch, touch, default=None)
            return found

    def put_many(self, identity: str, items: Mapping[str, np.ndarray]) -> None:
        """Store vectors (float32, 1-D) in one transaction, then evict down to max_bytes."""
        if not items or not self.enabled:
            return
        import numpy as np

        now = time.time_ns()
        rows = []
        for text, vector in items.items():
            arr = np.ascontiguousarray(np.asarray(vector).reshape(-1), dtype="<f4")
            blob = arr.tobytes()
            rows.append((entry_key(identity, text), int(arr.size), zlib.crc32(blob), now, blob))
        with self._lock:
            self._run(self._write, rows, default=None)

    def clear(self) -> None:
        """Drop every entry and give the space back to the file system."""
        with self._lock:
            self._run(self._clear, None, default=None)

    def stats(self) -> dict[str, Any]:
        """Entry count and stored vector bytes, plus where and how big the file is."""
        with self._lock:
            entries, nbytes = self._run(self._totals, None, default=(0, 0))
        file_bytes = 0
        for suffix in ("", "-wal"):
            try:
                file_bytes += os.path.getsize(str(self.path) + suffix)
            except OSError:
                pass
        return {
            "entries": entries,
            "bytes": nbytes,
            "max_bytes": self.max_bytes,
            "file_bytes": file_bytes,
            "path": str(self.path),
            "enabled": self.enabled,
        }

    def close(self) -> None:
        """Close the connection (it is reopened on next use)."""
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                try:
                    self._conn.close()
                except Exception:
                    pass
            self._conn = None

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    def __enter__(self) -> EmbeddingCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "enabled" if self.enabled else f"disabled: {self.disabled_reason}"
        return f"EmbeddingCache({str(self.directory)!r}, max_bytes={self.max_bytes}, {state})"

    # --- operations (each runs with an open connection) ---------------------

    def _select(self, conn: sqlite3.Connection, keys: list[bytes]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows += conn.execute(
                f"SELECT rowid, key, dim, crc, used, vec FROM entries WHERE key IN ({marks})", chunk
            ).fetchall()
        return rows

    def _touch(self, conn: sqlite3.Connection, rowids: list[int]) -> None:
        now = time.time_ns()
        with _transaction(conn):
            conn.executemany("UPDATE entries SET used = ? WHERE rowid = ?", [(now, r) for r in rowids])

    def _write(self, conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
        with _transaction(conn):
            conn.executemany(_UPSERT, rows)
            self._evict(conn)

    def _evict(self, conn: sqlite3.Connection) -> None:
        """Inside the write transaction: drop least-recently-used rows until under budget."""
        (total,) = conn.execute("SELECT bytes FROM totals WHERE id = 0").fetchone()
        excess = total - self.max_bytes
        if excess <= 0:
            return
        doomed: list[tuple[int]] = []
        for rowid, size in conn.execute("SELECT rowid, length(vec) FROM entries ORDER BY used, rowid"):
            doomed.append((rowid,))
            excess -= size
            if excess <= 0:
                break
        conn.executemany("DELETE FROM entries WHERE rowid = ?", doomed)

    def _clear(self, conn: sqlite3.Connection, _: None) -> None:
        with _transaction(conn):
            conn.execute("DELETE FROM entries")
        try:
            conn.execute("VACUUM")  # shrink the file; harmless if another process holds it
        except Exception:
            pass

    def _totals(self, conn: sqlite3.Connection, _: None) -> tuple[int, int]:
        row = conn.execute("SELECT entries, bytes FROM totals WHERE id = 0").fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)

    # --- connection handling ------------------------------------------------

    def _run(self, op: Any, arg: Any, *, default: Any) -> Any:
        """Run ``op(conn, arg)``; recover from a damaged file once, else degrade to ``default``."""
        import sqlite3

        for attempt in (0, 1):
            conn = self._connection()
            if conn is None:
                return default
            try:
                return op(conn, arg)
            except sqlite3.DatabaseError as err:
                if _is_corrupt(err) and attempt == 0:
                    self._quarantine()
                    continue
                self._note(err)
                return default
            except OSError as err:
                self._note(err)
                return default
        return default

    def _connection(self) -> sqlite3.Connection | None:
        if not self.enabled:
            return None
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        self._conn = None  # a connection inherited through fork() must not be used
        import sqlite3

        for attempt in (0, 1):
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                self._conn = self._open()
                self._pid = os.getpid()
                return self._conn
            except sqlite3.DatabaseError as err:
                if _is_corrupt(err) and attempt == 0:
                    self._quarantine()
                    continue
                self._disable(err)
            except OSError as err:
                self._disable(err)
            return None
        return None

    def _open(self) -> sqlite3.Connection:
        import sqlite3

        conn = sqlite3.connect(
            str(self.path), timeout=self.timeout, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            deadline = time.monotonic() + self.timeout
            while True:  # setting up a new file needs brief exclusive locks; wait them out
                try:
                    self._setup(conn)
                    break
                except sqlite3.OperationalError as err:
                    busy = "locked" in str(err) or "busy" in str(err)
                    if not busy or time.monotonic() > deadline:
                        raise
                    time.sleep(0.02)
        except BaseException:
            conn.close()
            raise
        return conn

    def _setup(self, conn: sqlite3.Connection) -> None:
        if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            return
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # only takes effect on a new file
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        with _transaction(conn):
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == SCHEMA_VERSION:
                return  # another process set it up while we waited
            if version != 0:  # a different layout: it is only a cache, start over
                for name in ("entries", "totals"):
                    conn.execute(f"DROP TABLE IF EXISTS {name}")
            for statement in _split_sql(_SCHEMA):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _quarantine(self) -> None:
        """Move a damaged database (and its WAL) aside so a fresh one can be made."""
        self.close()
        self._note_text(f"embedding cache {self.path} was damaged; moved aside and started afresh")
        for old in self.directory.glob(f"{DB_NAME}.corrupt-*"):  # keep one, not a pile
            with contextlib.suppress(OSError):
                old.unlink()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(self.path) + suffix)
            try:
                if suffix:
                    src.unlink()
                else:
                    os.replace(src, src.with_name(f"{DB_NAME}.corrupt-{stamp}"))
            except OSError:
                pass

    def _disable(self, err: BaseException) -> None:
        self.disabled_reason = _one_line(err)
        self._note_text(f"embedding cache disabled ({self.directory}): {self.disabled_reason}")

    def _note(self, err: BaseException) -> None:
        self._note_text(f"embedding cache {self.path}: {_one_line(err)}")

    def _note_text(self, message: str) -> None:
        if self.warn and not self._warned:
            self._warned = True
            print(f"claimcheck: warning: {message}", file=sys.stderr)


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: all or nothing."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")  # take the write lock now: no upgrade deadlock

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
                return
            except BaseException:
                self._rollback()
                raise
        self._rollback()

    def _rollback(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except Exception:
            pass


def _split_sql(script: str) -> list[str]:
    """Split the schema into statements (triggers contain ';' inside BEGIN ... END)."""
    import sqlite3

    out: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if not current and (not line.strip() or line.strip().startswith("--")):
            continue
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    return out
