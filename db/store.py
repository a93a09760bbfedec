"""Opening the store: where the database lives, connection settings, migrations, transactions,
backup and restore.

One `Database` per thread: Streamlit runs every session's script in its own thread, so pages open a
connection per run (`ui.database()`), which is cheap; nothing shares a connection across threads.
"""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db.errors import SchemaTooNew
from db.migrations import MIGRATIONS

DEFAULT_DB = Path("data") / "newsroom.db"
ENV_VAR = "NEWSROOM_DB"
# A writer waits this long for another writer before SQLite gives up with "database is locked".
BUSY_TIMEOUT_MS = 60_000
LATEST_VERSION = MIGRATIONS[-1][0]


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The database file: `path` if given, else $NEWSROOM_DB, else data/newsroom.db."""
    if path is not None and str(path):
        return Path(path)
    return Path(os.environ.get(ENV_VAR) or DEFAULT_DB)


def open_db(path: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Database:
    """A new connection to the store (created and migrated when needed).

    WAL lets readers work while one writer writes; foreign keys cascade deletes of articles to their
    extraction rows; the busy timeout makes a second writer wait instead of failing.
    """
    target = db_path(path)
    if str(target) == ":memory:":
        conn = sqlite3.connect(":memory:")
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
    return prepare(Database(conn), migrate=migrate)


def memory_db() -> Database:
    """A migrated in-memory store, for tests and one-off work."""
    return open_db(":memory:")


def prepare(db: Database, *, migrate: bool = True) -> Database:
    """Connection settings every store connection needs, then migrations."""
    conn = db.conn
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
        _retry_locked(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        # In WAL mode NORMAL loses no committed data on a process crash, only on power loss.
        conn.execute("PRAGMA synchronous = NORMAL")
    if migrate:
        apply_migrations(db)
    return db


def schema_version(db: Database) -> int:
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


def apply_migrations(db: Database, *, target: int | None = None) -> list[int]:
    """Run the migrations newer than the database, each in its own transaction; returns their
    numbers. Safe when several processes open a new database at once: the version is re-read
    under the write lock."""
    target = LATEST_VERSION if target is None else target
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise SchemaTooNew(
            f"database schema version {current} is newer than this program's {LATEST_VERSION}; update the program"
        )
    applied: list[int] = []
    if current >= target:
        return applied
    for number, name, sql in MIGRATIONS:
        if number > target:
            break
        with _immediate(db):
            if schema_version(db) >= number:
                continue
            if number == 1:
                db.conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations "
                    "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
            if callable(sql):
                sql(db)
            else:
                for statement in _statements(sql):
                    db.conn.execute(statement)
            db.conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (number, name, now()),
            )
            db.conn.execute(f"PRAGMA user_version = {number}")
            applied.append(number)
    return applied


@contextmanager
def write(db: Database) -> Iterator[Database]:
    """One write transaction, taken with BEGIN IMMEDIATE so concurrent writers queue on the busy
    timeout instead of failing mid-way. Nested use becomes a savepoint. Every committed write bumps
    the store's generation, which cached readers use as their cache key."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    with _immediate(db):
        yield db
        db.conn.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")


def generation(db: Database) -> int:
    """A number that changes whenever anything is written (any connection, any process)."""
    row = db.conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    return int(row[0]) if row else 0


def one_row(db: Database, sql: str, params: Sequence[Any], missing: Exception) -> dict[str, Any]:
    """The first row a query returns; `missing` (a domain error: `ArticleNotFound` …) raised when none."""
    row = next(db.query(sql, params), None)
    if row is None:
        raise missing
    return row


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def backup(db: Database, path: str | os.PathLike[str]) -> Path:
    """Copy the live database to `path` with SQLite's online backup API (safe while others write).

    Restore: stop the app, then `python -m db restore BACKUP [--db FILE]` (or copy the backup file
    over the database file after deleting its -wal and -shm files)."""
    target = Path(path)
    if target.exists():
        raise FileExistsError(f"{target} already exists; choose a new file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    out = sqlite3.connect(str(target))
    try:
        db.conn.backup(out)
    finally:
        out.close()
    return target


def restore(backup_file: str | os.PathLike[str], path: str | os.PathLike[str] | None = None) -> Path:
    """Replace the database at `path` by the backup, through the backup API (so a live WAL is
    handled), after checking the backup's integrity."""
    source = Path(backup_file)
    if not source.is_file():
        raise FileNotFoundError(f"{source}: no such backup file")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        result = src.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise ValueError(f"{source} failed the integrity check: {result}")
        target = open_db(path, migrate=False)
        try:
            src.backup(target.conn)
        finally:
            target.close()
    finally:
        src.close()
    # bring a backup made by an older version up to date
    migrated = open_db(path)
    migrated.close()
    return db_path(path)


@contextmanager
def _immediate(db: Database) -> Iterator[None]:
    _retry_locked(lambda: db.conn.execute("BEGIN IMMEDIATE"))
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


def _retry_locked(action: object, attempts: int = 5) -> None:
    """Run `action`, retrying when the busy timeout ran out (a very long writer elsewhere)."""
    assert callable(action)
    for attempt in range(attempts):
        try:
            action()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements (trigger bodies stay whole)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
