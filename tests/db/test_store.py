"""Opening, migrating, transactions, backup and restore."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from db.errors import SchemaTooNew
from db.search import search_articles
from db.store import (
    LATEST_VERSION,
    apply_migrations,
    backup,
    db_path,
    generation,
    open_db,
    restore,
    schema_version,
    write,
)


def test_new_database_is_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_db(tmp_path / "sub" / "x.db")
    assert schema_version(db) == LATEST_VERSION
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    applied = [r[0] for r in db.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert applied == list(range(1, LATEST_VERSION + 1))
    assert {"articles", "article_texts", "entities", "entity_keys", "article_entities", "quotes", "events",
            "event_entities", "corrections", "articles_fts", "quotes_fts"} <= set(db.table_names())
    assert {"mentions", "article_search"} <= set(db.view_names())


def test_db_path_prefers_argument_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSROOM_DB", "/tmp/env.db")
    assert db_path() == Path("/tmp/env.db")
    assert db_path("given.db") == Path("given.db")
    monkeypatch.delenv("NEWSROOM_DB")
    assert db_path() == Path("data/newsroom.db")


def test_old_database_is_migrated_and_its_articles_become_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = open_db(path, migrate=False)
    assert apply_migrations(old, target=1) == [1]
    old.conn.execute(
        "INSERT INTO articles (content_hash, title, body, created_at, updated_at) VALUES ('h', 't', ?, 'now', 'now')",
        ("কিমকে বহনকারী ট্রেনটি রাশিয়ায় পৌঁছেছে।",),
    )
    old.conn.commit()
    old.close()
    db = open_db(path)
    assert schema_version(db) == LATEST_VERSION
    assert search_articles(db, "রাশিয়া").total == 1
    assert apply_migrations(db) == []  # idempotent


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    db = open_db(path)
    db.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    db.close()
    with pytest.raises(SchemaTooNew, match="newer"):
        open_db(path)


def test_write_commits_bumps_generation_and_rolls_back_on_error(fresh_db: Database) -> None:
    before = generation(fresh_db)
    with write(fresh_db):
        fresh_db.conn.execute("INSERT INTO articles (content_hash, created_at, updated_at) VALUES ('a', '', '')")
    assert generation(fresh_db) == before + 1
    with pytest.raises(RuntimeError), write(fresh_db):
        fresh_db.conn.execute("INSERT INTO articles (content_hash, created_at, updated_at) VALUES ('b', '', '')")
        raise RuntimeError("boom")
    assert fresh_db.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert generation(fresh_db) == before + 1


def test_deleting_an_article_cascades_to_its_rows(fresh_db: Database) -> None:
    with write(fresh_db):
        fresh_db.conn.execute("INSERT INTO articles (id, content_hash, created_at, updated_at) VALUES (1, 'a', '', '')")
        fresh_db.conn.execute("INSERT INTO article_texts (id, body) VALUES (1, 'রাশিয়ার দূত')")
        fresh_db.conn.execute("INSERT INTO quotes (article_id, quote_key, text, kind) VALUES (1, 'k', 'x', 'direct')")
    assert search_articles(fresh_db, "রাশিয়া").total == 1
    with write(fresh_db):
        fresh_db.conn.execute("DELETE FROM articles WHERE id = 1")
    for table in ("quotes", "article_texts"):
        assert fresh_db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert search_articles(fresh_db, "রাশিয়া").total == 0
    fresh_db.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    live = open_db(tmp_path / "live.db")
    with write(live):
        live.conn.execute("INSERT INTO articles (id, content_hash, created_at, updated_at) VALUES (1, 'a', '', '')")
        live.conn.execute("INSERT INTO article_texts (id, body) VALUES (1, 'প্রথম')")
    copy = backup(live, tmp_path / "backup.db")
    with pytest.raises(FileExistsError):
        backup(live, copy)
    with write(live):
        live.conn.execute("DELETE FROM articles")
    live.close()
    restore(copy, tmp_path / "live.db")
    db = open_db(tmp_path / "live.db")
    assert [r[0] for r in db.conn.execute("SELECT body FROM article_texts")] == ["প্রথম"]
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises((ValueError, sqlite3.DatabaseError)):
        restore(bad, tmp_path / "live.db")
