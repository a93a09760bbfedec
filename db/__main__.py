"""Command line for the article store, a thin wrapper over the db package.

  python -m db ingest PATH... [--db FILE] [--workers N]   exit 0: nothing rejected, 1: something was
  python -m db search QUERY [--db FILE] [--limit N] [--json]
  python -m db export TABLE --format csv|json [--db FILE] [--output FILE]
  python -m db reanalyze [--all | --outdated] [--db FILE] [--workers N]   exit 1: an analysis failed
  python -m db backup PATH [--db FILE]     python -m db restore BACKUP [--db FILE]
  python -m db migrate [--db FILE]         python -m db samples load|remove [--db FILE]

The database is --db FILE, else $NEWSROOM_DB, else data/newsroom.db. The ingest size limits are
--max-file-mb / --max-zip-mb, else $NEWSROOM_MAX_FILE_MB / $NEWSROOM_MAX_ZIP_MB, else 10 and 100.
Exit code 2 means a usage error (bad arguments, a malformed search query).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from db.errors import StoreError
from db.readers import MB, limits_from_env

BACKUP_HELP = """Copy the database to PATH with SQLite's online backup API (safe while the app runs).

To restore it later: stop the app (the `make run` server), then
  python -m db restore PATH [--db FILE]"""

RESTORE_HELP = """Replace the database by BACKUP, a file written by `python -m db backup`.

Stop the app (the `make run` server) first. The backup's integrity is checked before anything is
copied (a damaged or missing file leaves the database as it was), and a backup made by an older
version is migrated. Give the same --db FILE (or $NEWSROOM_DB) the app uses.
By hand: stop the app, delete FILE-wal and FILE-shm, and copy BACKUP over FILE."""

# the tables `export` knows (db.queries.EXPORT_TABLES; kept here so --help needs no import of the store)
EXPORT_TABLES = ("articles", "entities", "article_entities", "mentions", "quotes", "events", "corrections")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m db", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str, description: str | None = None) -> argparse.ArgumentParser:
        cmd = commands.add_parser(name, help=help_text, description=description or help_text,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
        cmd.add_argument("--db", help="database file (default: $NEWSROOM_DB or data/newsroom.db)")
        return cmd

    cmd = add("ingest", "add articles from files and folders (.txt .md .html .docx .pdf .jsonl .json .csv .zip)")
    cmd.add_argument("paths", nargs="+", metavar="PATH")
    cmd.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="analysis processes (default: all cores)")
    cmd.add_argument("--max-file-mb", type=float, help="refuse files larger than this "
                     "(default $NEWSROOM_MAX_FILE_MB or 10)")
    cmd.add_argument("--max-zip-mb", type=float, help="refuse zips unpacking to more (default $NEWSROOM_MAX_ZIP_MB or 100)")
    cmd.add_argument("--verbose", "-v", action="store_true", help="one line for every row of bulk files too")

    cmd = add("search", "full-text search (Bengali-aware)")
    cmd.add_argument("query")
    cmd.add_argument("--limit", type=int, default=20)
    cmd.add_argument("--offset", type=int, default=0)
    cmd.add_argument("--order", choices=("relevance", "date", "added"), default="relevance")
    cmd.add_argument("--outlet")
    cmd.add_argument("--json", action="store_true", help="print JSON instead of text")

    cmd = add("export", "export a table as CSV or JSON")
    cmd.add_argument("table", choices=EXPORT_TABLES, metavar="TABLE", help=f"one of: {', '.join(EXPORT_TABLES)}")
    cmd.add_argument("--format", choices=("csv", "json"), required=True)
    cmd.add_argument("--output", "-o", help="file to write (default: standard output)")

    cmd = add("reanalyze", "re-run extraction over stored articles, keeping editor decisions")
    which = cmd.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every article")
    which.add_argument("--outdated", action="store_true", help="articles analysed by another extractor version (default)")
    cmd.add_argument("--workers", type=int, default=os.cpu_count() or 1)

    cmd = add("backup", "copy the database with SQLite's online backup API", BACKUP_HELP)
    cmd.add_argument("path", metavar="PATH")
    cmd = add("restore", "replace the database by a backup (stop the app first)", RESTORE_HELP)
    cmd.add_argument("backup", metavar="BACKUP")
    add("migrate", "bring the database schema up to date")
    cmd = add("samples", "load or remove the fictional demo articles")
    cmd.add_argument("action", choices=("load", "remove"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(_COMMANDS[args.command](args))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader stopped early (`… | head`): not an error; stdout goes nowhere so that Python's
        # own flush at exit does not report the closed pipe again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: every batch written so far is kept; run the same command again to finish", file=sys.stderr)
        return 130


def _open(args: argparse.Namespace) -> Any:
    from db.store import open_db

    return open_db(args.db)


def _ingest(args: argparse.Namespace) -> int:
    from db.ingest import IngestResult, ingest_paths

    if args.workers < 1 or (args.max_file_mb is not None and args.max_file_mb <= 0) or (
            args.max_zip_mb is not None and args.max_zip_mb <= 0):
        print("error: --workers and the size limits must be positive", file=sys.stderr)
        return 2
    limits = limits_from_env()
    if args.max_file_mb is not None:
        limits = replace(limits, max_file_bytes=int(args.max_file_mb * MB))
    if args.max_zip_mb is not None:
        limits = replace(limits, max_zip_bytes=int(args.max_zip_mb * MB))
    bar = _progress()
    per_file: dict[str, dict[str, int]] = {}

    def on_result(result: IngestResult) -> None:
        if bar is not None:
            bar.update(1)
        bulk, _, _ = result.source.partition(" row ")
        if " row " in result.source and not args.verbose:
            counts = per_file.setdefault(bulk, {"added": 0, "duplicate": 0, "rejected": 0})
            counts[result.status] += 1
            if result.status != "rejected":
                return
        line = f"{result.status:9} {result.source}" + (f": {result.reason}" if result.reason else "")
        _write_line(line, bar)

    db = _open(args)
    try:
        summary = ingest_paths(db, args.paths, workers=args.workers, limits=limits, on_result=on_result)
    finally:
        if bar is not None:
            bar.close()
        db.close()
    for name, counts in per_file.items():
        print(f"{'bulk':9} {name}: {counts['added']} added, {counts['duplicate']} duplicate, {counts['rejected']} rejected")
    print(f"summary: {summary.line()}")
    return 1 if summary.rejected else 0


def _progress() -> Any:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm  # type: ignore[import-untyped]

    return tqdm(unit=" inputs", file=sys.stderr, leave=False)


def _write_line(line: str, bar: Any) -> None:
    if bar is not None:
        bar.write(line, file=sys.stdout)
    else:
        print(line)


def _search(args: argparse.Namespace) -> int:
    from db.search import ArticleFilter, marked, search_articles

    db = _open(args)
    try:
        page = search_articles(db, args.query, where=ArticleFilter(outlet=args.outlet), order=args.order,
                               limit=args.limit, offset=args.offset)
    finally:
        db.close()
    if args.json:
        rows = [dict(r, snippet=marked(r["snippet"] or "")) for r in page.rows]
        print(json.dumps({"query": args.query, "total": page.total, "results": rows}, ensure_ascii=False, indent=1))
        return 0
    print(f"{page.total} {'article matches' if page.total == 1 else 'articles match'} {args.query!r}")
    for row in page.rows:
        print(f"[{row['id']}] {row['published'] or '----------'} {row['outlet'] or ''} — {row['title']}")
        print(f"    {marked(row['snippet'] or '')}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from db.queries import export_rows

    db = _open(args)
    try:
        rows = export_rows(db, args.table)
        first = next(rows, None)
        # a CSV file gets a byte-order mark, as the dashboard's downloads do: without it a spreadsheet
        # reads the UTF-8 as a legacy code page and shows the Bengali as mojibake (stdout stays plain)
        with _output(args.output, bom=args.format == "csv") as out:
            if args.format == "json":
                _write_json(out, first, rows)
            elif first is not None:
                writer = csv.DictWriter(out, fieldnames=list(first))
                writer.writeheader()
                writer.writerow(first)
                writer.writerows(rows)
    finally:
        db.close()
    return 0


def _write_json(out: TextIO, first: dict[str, Any] | None, rows: Iterator[dict[str, Any]]) -> None:
    out.write("[")
    if first is not None:
        out.write("\n" + json.dumps(first, ensure_ascii=False))
        out.writelines(",\n" + json.dumps(row, ensure_ascii=False) for row in rows)
    out.write("\n]\n")


class _output:
    def __init__(self, path: str | None, *, bom: bool = False) -> None:
        self.path = path
        self.encoding = "utf-8-sig" if bom else "utf-8"
        self.handle: TextIO = sys.stdout

    def __enter__(self) -> TextIO:
        if self.path:
            self.handle = open(self.path, "w", encoding=self.encoding, newline="")
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.path:
            self.handle.close()


def _reanalyze(args: argparse.Namespace) -> int:
    from db.ingest import reanalyze

    failed: list[int] = []

    def on_failure(article_id: int, reason: str) -> None:
        failed.append(article_id)
        print(f"failed    article {article_id}: {reason}")

    db = _open(args)
    try:
        done = reanalyze(db, outdated_only=not args.all, workers=max(1, args.workers), on_failure=on_failure,
                         on_progress=lambda n: print(f"looked at {n}", file=sys.stderr) if sys.stderr.isatty() else None)
    finally:
        db.close()
    print(f"re-analysed {done} articles" + (f", {len(failed)} failed (their previous results are kept)" if failed else ""))
    return 1 if failed else 0


def _backup(args: argparse.Namespace) -> int:
    from db.store import backup

    db = _open(args)
    try:
        print(f"backed up to {backup(db, args.path)}")
    finally:
        db.close()
    return 0


def _restore(args: argparse.Namespace) -> int:
    import sqlite3

    from db.store import restore

    try:
        target = restore(Path(args.backup), args.db)
    except sqlite3.DatabaseError as exc:  # checked before anything is copied: the database is as it was
        print(f"error: {args.backup} is not a usable backup ({exc}); the database was not changed", file=sys.stderr)
        return 2
    print(f"restored {target} from {args.backup}")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from db.store import apply_migrations, open_db, schema_version

    db = open_db(args.db, migrate=False)
    try:
        applied = apply_migrations(db)
        print(f"schema version {schema_version(db)}" + (f" (applied {applied})" if applied else " (up to date)"))
    finally:
        db.close()
    return 0


def _samples(args: argparse.Namespace) -> int:
    from db.samples import load_samples, remove_samples

    db = _open(args)
    try:
        if args.action == "load":
            print(f"samples: {load_samples(db).line()}")
        else:
            print(f"removed {remove_samples(db)} sample articles")
    finally:
        db.close()
    return 0


_COMMANDS = {
    "ingest": _ingest, "search": _search, "export": _export, "reanalyze": _reanalyze, "backup": _backup,
    "restore": _restore, "migrate": _migrate, "samples": _samples,
}

if __name__ == "__main__":
    sys.exit(main())
