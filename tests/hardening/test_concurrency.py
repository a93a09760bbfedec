"""Several writers on one database file, and a writer killed mid-way.

Two `python -m db ingest` processes and an editor's corrections at the same time all land: every
article, every correction, no "database is locked". A bulk ingest killed with SIGKILL leaves a
database that passes SQLite's integrity check with only whole batches in it, and the same command
run again stores exactly what was missing.
"""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from db.corrections import reject_entity, set_article_status
from db.ingest import BATCH_SIZE
from db.search import STATUSES
from db.store import open_db

from .conftest import PYTHON, ROOT, offline_env, run, write_jsonl

pytestmark = pytest.mark.slow


def count(path: Path, sql: str = "SELECT count(*) FROM articles") -> int:
    conn = sqlite3.connect(path, timeout=60)
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        conn.close()


def ingest(source: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([PYTHON, "-m", "db", "ingest", str(source), "--db", str(db), "--workers", "1"], cwd=ROOT,
                            env=offline_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_two_ingests_and_an_editor_at_once_all_land(tmp_path: Path) -> None:
    db_file = tmp_path / "news.db"
    seeded = run("-m", "db", "ingest", write_jsonl(tmp_path / "seed.jsonl", 20, "seed-"), "--db", db_file,
                 "--workers", "1")
    assert seeded.returncode == 0, seeded.stdout + seeded.stderr
    db = open_db(db_file)
    seeds = [row[0] for row in db.conn.execute("SELECT id FROM articles ORDER BY id")]
    entities = db.conn.execute("SELECT article_id, entity_id FROM article_entities WHERE status = 'active' "
                               "ORDER BY article_id").fetchall()
    assert len(seeds) == 20 and entities, "the seed articles should have entities to reject"

    first = ingest(write_jsonl(tmp_path / "a.jsonl", 500, "a-"), db_file)
    second = ingest(write_jsonl(tmp_path / "b.jsonl", 500, "b-"), db_file)
    statuses: dict[int, str] = {}
    rejected: set[tuple[int, int]] = set()
    made = during = 0
    try:
        while first.poll() is None or second.poll() is None or made < 2 * len(seeds):
            running = first.poll() is None and second.poll() is None
            article_id = seeds[made % len(seeds)]
            status = STATUSES[(made // len(seeds) + 1) % len(STATUSES)]
            set_article_status(db, article_id, status, editor="hardening test")
            statuses[article_id] = status
            made += 1
            if entities:
                pair = entities.pop()
                reject_entity(db, pair[1], article_id=pair[0], editor="hardening test")
                rejected.add(pair)
                made += 1
            during += running
            time.sleep(0.02)
        outputs = [first.communicate(timeout=120)[0], second.communicate(timeout=120)[0]]
    finally:
        for process in (first, second):
            if process.poll() is None:
                process.kill()
    assert [first.returncode, second.returncode] == [0, 0], outputs
    assert not any("locked" in out.lower() for out in outputs), outputs
    assert all(out.strip().endswith("500 added, 0 duplicate, 0 rejected") for out in outputs), outputs
    assert during > 10, "the corrections should overlap the ingests"

    assert db.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1020
    assert db.conn.execute("SELECT count(DISTINCT external_id) FROM articles").fetchone()[0] == 1020
    assert db.conn.execute("SELECT count(*) FROM corrections").fetchone()[0] == made
    assert dict(db.conn.execute(f"SELECT id, status FROM articles WHERE id IN ({','.join(map(str, seeds))})")) == statuses
    still = db.conn.execute("SELECT article_id, entity_id FROM article_entities WHERE status = 'rejected'").fetchall()
    assert set(map(tuple, still)) == rejected
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_a_killed_ingest_leaves_whole_batches_and_resumes_exactly(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "bulk.jsonl", 1000, "k-")
    db_file = tmp_path / "news.db"
    process = ingest(source, db_file)
    try:
        deadline = time.monotonic() + 90
        while count(db_file) == 0 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, "the ingest finished before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL

    conn = sqlite3.connect(db_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert 0 < kept < 1000 and kept % BATCH_SIZE == 0, kept  # whole batches only
        assert conn.execute("SELECT count(*) FROM article_texts").fetchone()[0] == kept
    finally:
        conn.close()

    again = run("-m", "db", "ingest", source, "--db", db_file, "--workers", "1")
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"{1000 - kept} added, {kept} duplicate, 0 rejected" in again.stdout, again.stdout
    assert count(db_file) == 1000
    assert count(db_file, "SELECT count(DISTINCT external_id) FROM articles") == 1000
    assert count(db_file, "SELECT count(*) FROM article_texts") == 1000
    assert count(db_file, "SELECT count(*) FROM articles WHERE extractor_version IS NULL") == 0
