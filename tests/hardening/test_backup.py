"""Backups taken while another process writes are consistent snapshots, and `python -m db restore`
brings one back (refusing a file that is not a sound database)."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from db.ingest import BATCH_SIZE
from db.store import backup, open_db

from .conftest import PYTHON, ROOT, offline_env, run, write_jsonl

pytestmark = pytest.mark.slow
TOTAL = 800


def snapshot(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        return {
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
            "articles": conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            "texts": conn.execute("SELECT count(*) FROM article_texts").fetchone()[0],
            "indexed": conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0],
            "distinct": conn.execute("SELECT count(DISTINCT external_id) FROM articles").fetchone()[0],
            "unanalysed": conn.execute("SELECT count(*) FROM articles WHERE extractor_version IS NULL").fetchone()[0],
        }
    finally:
        conn.close()


def consistent(state: dict[str, object]) -> bool:
    n = state["articles"]
    return (state["integrity"] == "ok" and state["texts"] == state["indexed"] == state["distinct"] == n
            and state["unanalysed"] == 0 and isinstance(n, int) and n % BATCH_SIZE == 0)


def test_backups_during_an_ingest_are_consistent_and_restore_brings_one_back(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    source = write_jsonl(tmp_path / "bulk.jsonl", TOTAL, "b-")
    writer = subprocess.Popen([PYTHON, "-m", "db", "ingest", str(source), "--db", str(live), "--workers", "1"],
                              cwd=ROOT, env=offline_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              start_new_session=True)
    try:
        database = None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and writer.poll() is None:
            if live.exists():
                database = database or open_db(live)
                if database.conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= BATCH_SIZE:
                    break
            time.sleep(0.05)
        assert database is not None and writer.poll() is None, "the ingest finished before the backups"
        # The writer is frozen wherever it is (perhaps inside a write transaction) so that both backups
        # are certainly taken mid-ingest on a slow or a fast machine; it goes on afterwards.
        os.killpg(writer.pid, signal.SIGSTOP)
        try:
            by_cli = run("-m", "db", "backup", tmp_path / "cli.db", "--db", live)
            by_api = backup(database, tmp_path / "api.db")
            writing = writer.poll() is None
        finally:
            os.killpg(writer.pid, signal.SIGCONT)
        database.close()
        output = writer.communicate(timeout=180)[0]
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writing, "the backups should be taken while the ingest writes"
    assert writer.returncode == 0 and "locked" not in output, output
    assert by_cli.returncode == 0 and "backed up to" in by_cli.stdout, by_cli.stderr
    backups = {"cli": snapshot(tmp_path / "cli.db"), "api": snapshot(by_api)}
    for name, state in backups.items():
        assert consistent(state) and 0 < state["articles"] < TOTAL, (name, state)  # type: ignore[operator]
    assert snapshot(live)["articles"] == TOTAL

    again = run("-m", "db", "backup", tmp_path / "cli.db", "--db", live)
    assert again.returncode == 2 and "already exists" in again.stderr  # a backup is never overwritten

    restored = run("-m", "db", "restore", tmp_path / "cli.db", "--db", live)
    assert restored.returncode == 0, restored.stderr
    assert snapshot(live) == backups["cli"]
    found = run("-m", "db", "search", "সেতুর", "--json", "--db", live)
    assert found.returncode == 0 and f'"total": {backups["cli"]["articles"]}' in found.stdout


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    done = run("-m", "db", "ingest", write_jsonl(tmp_path / "few.jsonl", 5), "--db", live, "--workers", "1")
    assert done.returncode == 0, done.stdout + done.stderr
    damaged = tmp_path / "damaged.db"
    assert run("-m", "db", "backup", damaged, "--db", live).returncode == 0
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = bytes(4096)  # a page of zeros in the middle
    damaged.write_bytes(bytes(data))
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("not a database", encoding="utf-8")
    for bad in (damaged, not_a_db, tmp_path / "missing.db"):
        refused = run("-m", "db", "restore", bad, "--db", live)
        assert refused.returncode == 2 and refused.stderr.startswith("error: "), (bad, refused.stderr)
        assert "Traceback" not in refused.stderr
        assert snapshot(live)["articles"] == 5 and snapshot(live)["integrity"] == "ok"
