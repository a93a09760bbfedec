"""`python -m db`: exit codes, one result line per input, JSON output, export, backup."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BN = "নদীপুর, ৪ মার্চ – পৌরসভার মেয়র রফিকুল আলম মঙ্গলবার রাশিয়ার প্রতিনিধিদলের সঙ্গে বৈঠক করেন।"


def cli(*args: str | Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "db", *map(str, args), "--db", str(db)], check=False, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    """The acceptance folder: empty file, PNG renamed .txt, UTF-16 file, 20 MB file, CSV with a broken row."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    (folder / "utf16.txt").write_bytes(("শিরোনাম\n" + BN).encode("utf-16"))
    with (folder / "huge.txt").open("wb") as handle:
        handle.write(("ক" * 1000 + "\n").encode() * (20 * 1024 * 1024 // 3000))
        handle.truncate(20 * 1024 * 1024)
    (folder / "list.csv").write_text(
        "headline,paper_name,published,text\n"
        f"এক,সমকাল,2025-12-29,\"{BN} এক\"\n"
        "দুই,সমকাল\n"
        f"তিন,যুগান্তর,2025-12-30,\"{BN} তিন\"\n", encoding="utf-8")
    return folder


def test_acceptance_folder(tmp_path: Path, bad_folder: Path) -> None:
    db = tmp_path / "x.db"
    run = cli("ingest", bad_folder, "--workers", "1", db=db)
    assert run.returncode == 1, run.stderr
    lines = run.stdout.splitlines()
    def line_for(name: str) -> str:
        return next(line for line in lines if name in line)
    assert line_for("empty.txt").startswith("rejected") and "empty" in line_for("empty.txt")
    assert line_for("photo.txt").startswith("rejected") and "PNG" in line_for("photo.txt")
    assert line_for("utf16.txt").startswith("added")
    assert line_for("huge.txt").startswith("rejected") and "too large" in line_for("huge.txt")
    assert "list.csv row 3: malformed row 3" in line_for("list.csv row 3")
    assert "list.csv: 2 added, 0 duplicate, 1 rejected" in line_for("list.csv:")
    assert lines[-1] == "summary: 3 added, 0 duplicate, 4 rejected"
    assert "Traceback" not in run.stderr
    again = cli("ingest", bad_folder / "utf16.txt", db=db)
    assert again.returncode == 0 and again.stdout.splitlines()[-1] == "summary: 0 added, 1 duplicate, 0 rejected"


def test_search_json_and_bad_query(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    (tmp_path / "a.txt").write_text(BN, encoding="utf-8")
    assert cli("ingest", tmp_path / "a.txt", db=db).returncode == 0
    found = cli("search", "রাশিয়া", "--json", db=db)
    assert found.returncode == 0
    result = json.loads(found.stdout)
    assert result["total"] == 1 and "[রাশিয়ার]" in result["results"][0]["snippet"]
    decomposed = json.loads(cli("search", "রাশি\u09af\u09bc\u09be", "--json", db=db).stdout)
    assert [r["id"] for r in decomposed["results"]] == [r["id"] for r in result["results"]]
    bad = cli("search", '"unbalanced', db=db)
    assert bad.returncode == 2 and bad.stdout == ""
    assert len(bad.stderr.strip().splitlines()) == 1 and bad.stderr.startswith("error: unbalanced")
    text = cli("search", "মেয়র", db=db)
    assert text.returncode == 0 and text.stdout.startswith("1 article matches")


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """`python -m db export … | head`: the closed pipe ends the command quietly, exit 0."""
    db = tmp_path / "x.db"
    (tmp_path / "long.txt").write_text("শিরোনাম\n" + "\n".join(f"{BN} {n}" for n in range(800)), encoding="utf-8")
    assert cli("ingest", tmp_path / "long.txt", db=db).returncode == 0
    export = subprocess.Popen([sys.executable, "-m", "db", "export", "articles", "--format", "csv", "--db", str(db)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert export.stdout is not None and export.stderr is not None
    assert export.stdout.read(10)
    export.stdout.close()  # more than a pipe's buffer is still to come
    assert export.wait(timeout=120) == 0
    assert export.stderr.read() == b""


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert cli("ingest", db=db).returncode == 2
    assert cli("frobnicate", db=db).returncode == 2
    unknown = cli("export", "sqlite_master", "--format", "csv", db=db)
    assert unknown.returncode == 2 and "choose from" in unknown.stderr and "quotes" in unknown.stderr
    assert cli("ingest", tmp_path, "--workers", "0", db=db).returncode == 2


def test_export_backup_restore_migrate_reanalyze(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    (tmp_path / "a.txt").write_text(BN, encoding="utf-8")
    cli("ingest", tmp_path / "a.txt", db=db)
    exported = cli("export", "articles", "--format", "csv", db=db)
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert exported.returncode == 0 and rows[0]["body"] == BN
    # a file is for a spreadsheet: UTF-8 with a byte-order mark, or Excel shows the Bengali as mojibake
    assert cli("export", "articles", "--format", "csv", "--output", tmp_path / "a.csv", db=db).returncode == 0
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")
    assert list(csv.DictReader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8-sig")))) == rows
    as_json = json.loads(cli("export", "articles", "--format", "json", db=db).stdout)
    assert as_json[0]["title"] == BN
    assert json.loads(cli("export", "quotes", "--format", "json", db=db).stdout) == []
    assert cli("backup", tmp_path / "b.db", db=db).returncode == 0
    assert "restor" in cli("backup", "--help", db=db).stdout.lower()
    assert cli("migrate", db=db).stdout.startswith("schema version")
    reanalysed = cli("reanalyze", "--all", "--workers", "1", db=db)
    assert reanalysed.returncode == 0 and reanalysed.stdout.strip() == "re-analysed 1 articles"
    assert cli("restore", tmp_path / "b.db", db=tmp_path / "restored.db").returncode == 0
    assert json.loads(cli("search", "মেয়র", "--json", db=tmp_path / "restored.db").stdout)["total"] == 1


def test_help_names_the_export_tables_and_restore_says_restore(tmp_path: Path) -> None:
    """`export --help` lists the tables a first-time user can export; `restore --help` describes a
    restore, not the backup (it used to open with "Copy the database to PATH")."""
    from db.__main__ import EXPORT_TABLES
    from db.queries import EXPORT_TABLES as STORE_TABLES

    assert EXPORT_TABLES == STORE_TABLES
    export_help = cli("export", "--help", db=tmp_path / "a.db").stdout
    assert all(table in export_help for table in STORE_TABLES)
    restore_help = cli("restore", "--help", db=tmp_path / "a.db").stdout
    assert "Replace the database by BACKUP" in restore_help
    assert "Copy the database to PATH" not in restore_help
    wrong = cli("export", "nope", "--format", "csv", db=tmp_path / "a.db")
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr
