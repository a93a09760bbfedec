"""Untrusted files: a ZIP with a path leaving the archive, a zip bomb, a damaged member or too much
content is refused whole with a reason an editor understands, and nothing of it is stored; the size
limits are set by --max-file-mb / --max-zip-mb or $NEWSROOM_MAX_FILE_MB / $NEWSROOM_MAX_ZIP_MB.

A ZIP is read like a folder once it is accepted: each member gets its own result, so an empty or
binary member is rejected alone and the good members beside it are stored. What refuses the
archive itself (an unsafe path, a bomb, a damaged member, too many or too large members in total,
a password) refuses all of it.
"""
from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import pytest

from db.ingest import ingest_files, ingest_paths
from db.readers import MB, Limits, Record, Rejected, limits_from_env, read_bytes, read_path
from db.store import memory_db

from .conftest import article, offline_env, run


def make_zip(members: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


def stored(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


GOOD = {"good-1.txt": article(1).encode(), "folder/good-2.md": article(2).encode()}


@pytest.mark.parametrize("name", ["../x.txt", "/etc/x", "a/../../b", "..\\windows.txt", "C:/evil.txt"])
def test_path_traversal_refuses_the_whole_zip(tmp_path: Path, name: str) -> None:
    archive = tmp_path / "evil.zip"
    archive.write_bytes(make_zip({**GOOD, name: article(3).encode()}))
    db = tmp_path / "news.db"
    done = run("-m", "db", "ingest", archive, "--db", db, "--workers", "1") if name == "../x.txt" else None
    if done is not None:  # once through the CLI, the rest through the library (same code, faster)
        assert done.returncode == 1, done.stderr
        assert "refused: unsafe path in the archive" in done.stdout and "points outside it" in done.stdout
        assert "summary: 0 added, 0 duplicate, 1 rejected" in done.stdout
        assert stored(db) == 0
    else:
        database = memory_db()
        summary = ingest_paths(database, [archive])
        assert [(r.status, r.reason.split(" (")[0]) for r in summary.results] == [
            ("rejected", "refused: unsafe path in the archive")]
        assert database.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_zip_bomb_of_zeros_is_refused_whole(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    archive.write_bytes(make_zip({**GOOD, "zeros.txt": bytes(50 * MB)}))
    assert archive.stat().st_size < 1 * MB
    db = tmp_path / "news.db"
    done = run("-m", "db", "ingest", archive, "--db", db, "--workers", "1")
    assert done.returncode == 1
    [line] = [line for line in done.stdout.splitlines() if line.startswith("rejected")]
    assert "refused: zeros.txt would unpack from" in line and "to 50 MB" in line and "zip bomb" in line, line
    assert stored(db) == 0


def test_a_damaged_member_refuses_the_whole_zip() -> None:
    """A member whose data fails its checksum is found only when unpacked: the archive is unpacked
    in full before anything is handed on, so the good member read before it is not stored either."""
    data = bytearray(make_zip({**GOOD, "late.txt": article(3).encode() * 40}))
    at = data.find(b"PK\x01\x02")  # late.txt is the last member: its compressed data ends where the directory starts
    data[at - 40] ^= 0xFF
    db = memory_db()
    summary = ingest_files(db, [("damaged.zip", bytes(data))])
    [result] = summary.results
    assert result.status == "rejected" and result.reason.startswith("refused: late.txt is damaged"), result
    # plain words first, naming the member; the decompressor's message ("Error -3 while decompressing
    # data: ...") comes last, marked as the technical detail
    plain, _, detail = result.reason.partition(" (technical detail: ")
    assert plain == "refused: late.txt is damaged or cannot be unpacked, so nothing from this archive was stored"
    assert detail.endswith(")") and "Error" not in plain, result.reason
    assert db.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_too_many_megabytes_in_total_refuse_the_zip(tmp_path: Path) -> None:
    archive = tmp_path / "big.zip"
    archive.write_bytes(make_zip({f"part-{i}.txt": article(i).encode() * 1200 for i in range(4)}))  # ~1.3 MB
    db = tmp_path / "news.db"
    done = run("-m", "db", "ingest", archive, "--db", db, "--workers", "1", "--max-zip-mb", "1")
    assert done.returncode == 1 and "refused: unpacks to 1.3 MB, the limit is 1 MB" in done.stdout, done.stdout
    assert stored(db) == 0
    done = run("-m", "db", "ingest", archive, "--db", db, "--workers", "1", env=offline_env(NEWSROOM_MAX_ZIP_MB="1"))
    assert done.returncode == 1 and "refused: unpacks to 1.3 MB, the limit is 1 MB" in done.stdout, done.stdout
    env = offline_env(NEWSROOM_MAX_ZIP_MB="5")  # the option wins over the variable
    done = run("-m", "db", "ingest", archive, "--db", db, "--workers", "1", "--max-zip-mb", "1.2", env=env)
    assert done.returncode == 1 and "the limit is 1.2 MB" in done.stdout and stored(db) == 0, done.stdout
    assert all(isinstance(r, Record) for r in read_bytes("big.zip", archive.read_bytes()))  # default: 100 MB


def test_file_limit_from_option_and_environment(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(article(1) * 4000, encoding="utf-8")  # 1.1 MB of Bengali
    db = tmp_path / "news.db"
    done = run("-m", "db", "ingest", big, "--db", db, "--max-file-mb", "1", "--workers", "1")
    assert done.returncode == 1 and "too large: 1.1 MB, the limit is 1 MB" in done.stdout, done.stdout
    done = run("-m", "db", "ingest", big, "--db", db, "--workers", "1", env=offline_env(NEWSROOM_MAX_FILE_MB="0.5"))
    assert done.returncode == 1 and "too large: 1.1 MB, the limit is 0.5 MB" in done.stdout, done.stdout
    assert stored(db) == 0
    done = run("-m", "db", "ingest", big, "--db", db, "--workers", "1", env=offline_env(NEWSROOM_MAX_FILE_MB="lots"))
    assert done.returncode == 2 and "NEWSROOM_MAX_FILE_MB must be a positive number" in done.stderr
    assert [type(r) for r in read_path(big)] == [Record]  # the default limit is 10 MB


def test_limits_from_environment() -> None:
    assert limits_from_env({}) == Limits()
    assert limits_from_env({"NEWSROOM_MAX_FILE_MB": "2.5", "NEWSROOM_MAX_ZIP_MB": "40"}) == Limits(
        max_file_bytes=int(2.5 * MB), max_zip_bytes=40 * MB)
    for bad in ("0", "-1", "ten", "nan"):
        with pytest.raises(ValueError, match="NEWSROOM_MAX_ZIP_MB"):
            limits_from_env({"NEWSROOM_MAX_ZIP_MB": bad})


def test_members_over_the_file_limit_are_rejected_alone() -> None:
    """A member too large for the file limit is one rejected input, like a file in a folder."""
    data = make_zip({**GOOD, "long.txt": article(9).encode() * 700})  # 200 KB, packed small
    results = list(read_bytes("bundle.zip", data, limits=Limits(max_file_bytes=MB // 10)))
    rejected = [r for r in results if isinstance(r, Rejected)]
    assert [(r.source, r.reason.split(":")[0]) for r in rejected] == [("bundle.zip/long.txt", "too large")]
    assert len(results) == 3


def test_too_many_members_refuse_the_zip() -> None:
    data = make_zip({**GOOD, "বাংলা/খবর-৩.txt": article(3).encode()})
    assert [(r.source, r.reason) for r in read_bytes("many.zip", data, limits=Limits(max_zip_members=2))] == [
        ("many.zip", "refused: 3 files in the archive, the limit is 2")]


def test_a_password_protected_zip_is_refused_whole() -> None:
    data = bytearray(make_zip({**GOOD, "locked.txt": article(4).encode()}))
    # zipfile writes no encrypted members: set the encryption bit of the last member's central
    # directory entry (general purpose flags, 8 bytes in), which is what the archive check reads
    entry = data.rindex(b"PK\x01\x02")
    data[entry + 8] |= 0x1
    assert [(r.source, r.reason) for r in read_bytes("locked.zip", bytes(data))] == [
        ("locked.zip", "refused: the archive is password-protected")]
