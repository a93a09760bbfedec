"""Ingest: files and text in, analysed articles out, every input with a result.

Reading and deduplication run in the main process; the extraction (`core.pipeline.analyze`) runs
in a process pool when there is enough work (one model per worker), while the main process writes
the previous batch in one transaction. A crash leaves whole batches or nothing, and running the
same ingest again adds exactly what is missing (the content hash is unique).
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from core.ner import NerModel, load_model
from core.pipeline import EXTRACTOR_VERSION, analyze
from core.text import normalize
from db import audit
from db.analysis import Extraction, Writer, extraction, save_analysis
from db.errors import AnalysisFailed, ArticleNotFound
from db.readers import (
    DEFAULT_LIMITS,
    Limits,
    Record,
    Rejected,
    read_bytes,
    read_path,
    title_from_text,
)
from db.store import now, write

ADDED, DUPLICATE, REJECTED = "added", "duplicate", "rejected"
BATCH_SIZE = 200
# Below this many new articles in a batch a process pool costs more than it saves.
MIN_PARALLEL = 24
_BENGALI = re.compile(r"[\u0980-\u09FF]+")
_LATIN = re.compile(r"[A-Za-z]+")

ResultCallback = Callable[["IngestResult"], None]


@dataclass(frozen=True)
class IngestResult:
    """What happened to one input (a file, or one row of a bulk file)."""

    source: str
    status: str  # added, duplicate, rejected
    reason: str = ""
    article_id: int | None = None
    title: str = ""


@dataclass
class IngestSummary:
    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def added(self) -> int:
        return self.count(ADDED)

    @property
    def duplicates(self) -> int:
        return self.count(DUPLICATE)

    @property
    def rejected(self) -> int:
        return self.count(REJECTED)

    def line(self) -> str:
        return f"{self.added} added, {self.duplicates} duplicate, {self.rejected} rejected"


def content_hash(text: str) -> str:
    """The dedup key: the normalised text with runs of white space made one space."""
    return _hash_normalized(normalize(text))


def _hash_normalized(text: str) -> str:
    # str.split() splits at exactly the white space `\s+` matches: the same key, four times faster
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def language(text: str) -> str:
    """'bn' when Bengali letters outnumber Latin ones in the first 5000 characters, else 'en', or
    'und' with neither."""
    sample = text[:5000]
    # runs, not single letters: a few dozen matches an article instead of thousands
    bengali = sum(map(len, _BENGALI.findall(sample)))
    latin = sum(map(len, _LATIN.findall(sample)))
    if bengali >= latin and bengali:
        return "bn"
    return "en" if latin else "und"


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named, and the files inside folders named (sorted, hidden ones skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(p.startswith(".") for p in child.relative_to(path).parts):
                    yield child
        else:
            yield path


def ingest_paths(
    db: Database, paths: Iterable[str | os.PathLike[str]], *, workers: int = 1, limits: Limits = DEFAULT_LIMITS,
    on_result: ResultCallback | None = None, is_sample: bool = False,
) -> IngestSummary:
    """Ingest files and folders from disk."""

    def items() -> Iterator[Record | Rejected]:
        for path in expand_paths(paths):
            if not path.exists():
                yield Rejected(str(path), "not found: no such file or folder")
                continue
            yield from read_path(path, limits=limits, name=str(path))

    return ingest_records(db, items(), workers=workers, on_result=on_result, is_sample=is_sample)


def ingest_files(
    db: Database, files: Iterable[tuple[str, bytes]], *, workers: int = 1, limits: Limits = DEFAULT_LIMITS,
    on_result: ResultCallback | None = None,
) -> IngestSummary:
    """Ingest uploaded files given as (name, contents)."""
    items = (item for name, data in files for item in read_bytes(name, data, limits=limits))
    return ingest_records(db, items, workers=workers, on_result=on_result)


def ingest_text(
    db: Database, text: str, *, title: str | None = None, outlet: str | None = None, url: str | None = None,
    published: str | None = None, author: str | None = None, source: str = "pasted text",
) -> IngestResult:
    """Ingest one article typed or pasted in (the Upload page's paste box)."""
    from db.readers import parse_date

    if published and parse_date(published) is None:
        return IngestResult(source, REJECTED, f"published date {published!r} is not a date (use YYYY-MM-DD)")
    record = Record(
        source, text, title=(title or "").strip() or None, outlet=(outlet or "").strip() or None,
        url=(url or "").strip() or None, published=parse_date(published), author=(author or "").strip() or None,
    )
    return ingest_records(db, [record]).results[0]


def ingest_records(
    db: Database, items: Iterable[Record | Rejected], *, workers: int = 1, batch_size: int = BATCH_SIZE,
    on_result: ResultCallback | None = None, is_sample: bool = False,
) -> IngestSummary:
    """Store the records that are new, each with its analysis, in batched transactions."""
    summary = IngestSummary()
    seen: dict[str, str] = {}  # content hash -> source of its first occurrence in this run
    pending: deque[tuple[list[_Item], Iterator[Extraction | str]]] = deque()
    with _Analyser(workers) as analyser:
        for chunk in _chunks(items, batch_size):
            prepared = _prepare(db, chunk, seen)
            todo = [item for item in prepared if item.result is None]
            analyses = analyser.run([(item.body, item.record.published if item.record else None) for item in todo])
            while pending:
                _flush(db, *pending.popleft(), summary, on_result, is_sample)
            pending.append((prepared, analyses))
        while pending:
            _flush(db, *pending.popleft(), summary, on_result, is_sample)
    return summary


@dataclass
class _Item:
    record: Record | None
    body: str = ""
    digest: str = ""
    result: IngestResult | None = None


def _chunks(items: Iterable[Record | Rejected], size: int) -> Iterator[list[Record | Rejected]]:
    chunk: list[Record | Rejected] = []
    records = 0  # kept as it goes: counting the chunk for every item was quadratic in `size`
    for item in items:
        chunk.append(item)
        records += isinstance(item, Record)
        if records >= size:
            yield chunk
            chunk, records = [], 0
    if chunk:
        yield chunk


def _prepare(db: Database, chunk: list[Record | Rejected], seen: dict[str, str]) -> list[_Item]:
    out: list[_Item] = []
    for entry in chunk:
        if isinstance(entry, Rejected):
            out.append(_Item(None, result=IngestResult(entry.source, REJECTED, entry.reason)))
            continue
        body = normalize(entry.text).strip()
        if not body:
            out.append(_Item(entry, result=IngestResult(entry.source, REJECTED, "empty: no text")))
            continue
        out.append(_Item(entry, body, _hash_normalized(body)))  # body is normalised already
    digests = [item.digest for item in out if item.result is None]
    stored = {digest: (article_id, title) for digest, article_id, title in db.conn.execute(
        f"SELECT content_hash, id, title FROM articles WHERE content_hash IN ({','.join('?' * len(digests))})", digests
    ).fetchall()} if digests else {}
    for item in out:
        if item.result is not None or item.record is None:
            continue
        title = _title(item.record, item.body)
        if item.digest in stored:
            article_id, stored_title = stored[item.digest]
            item.result = IngestResult(item.record.source, DUPLICATE, already_stored(article_id, stored_title),
                                       article_id, title)
        elif item.digest in seen:
            item.result = IngestResult(item.record.source, DUPLICATE, f"same text as {seen[item.digest]}", None, title)
        else:
            seen[item.digest] = item.record.source
    return out


def already_stored(article_id: int, title: str | None) -> str:
    """A duplicate's reason, naming the article it duplicates: "already in the archive as #12 «শিরোনাম»"."""
    return f"already in the archive as #{article_id} «{title or '(untitled)'}»"


def _title(record: Record, body: str) -> str:
    """The title as stored: normalised like the body (one spelling of য়/ড়, no zero-width or
    byte-order marks), so a search for a headline's words finds them in the title too."""
    return normalize(record.title or "").strip() or title_from_text(body)


def _flush(
    db: Database, prepared: list[_Item], analyses: Iterator[Extraction | str], summary: IngestSummary,
    on_result: ResultCallback | None, is_sample: bool,
) -> None:
    results: list[IngestResult] = []
    todo = [item for item in prepared if item.result is None]
    done = list(zip(todo, analyses))
    stamp = now()
    with write(db):
        writer = Writer(db)
        for item, analysis in done:
            record = item.record
            assert record is not None
            title = _title(record, item.body)
            if isinstance(analysis, str):
                published, inferred = record.published, 0
            else:
                published, inferred = analysis.published, int(bool(analysis.published) and analysis.published_inferred)
            version = None if isinstance(analysis, str) else analysis.extractor_version
            # the article row is written once, with its analysis' date and version (no update after)
            cursor = db.conn.execute(
                "INSERT INTO articles (content_hash, title, outlet, author, url, published, published_inferred, "
                "language, source_file, external_id, is_sample, extractor_version, analysed_at, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING",
                (item.digest, title, record.outlet, record.author, record.url, published, inferred,
                 language(item.body), record.source_file, record.external_id, int(is_sample), version,
                 stamp if version is not None else None, stamp, stamp),
            )
            if cursor.rowcount == 0:  # another process stored it since we looked
                article_id, stored_title = db.conn.execute(
                    "SELECT id, title FROM articles WHERE content_hash = ?", (item.digest,)).fetchone()
                item.result = IngestResult(record.source, DUPLICATE, already_stored(article_id, stored_title),
                                           article_id, title)
                continue
            article_id = int(cursor.lastrowid or 0)
            writer.add_text(article_id, item.body)
            reason = ""
            if isinstance(analysis, str):
                reason = f"stored without extraction: {analysis}"
            else:
                writer.add(article_id, analysis, outlet=record.outlet, published=published)
            item.result = IngestResult(record.source, ADDED, reason, article_id, title)
        writer.flush()
    for item in prepared:
        assert item.result is not None
        results.append(item.result)
    summary.results.extend(results)
    if on_result is not None:
        for result in results:
            on_result(result)


def reanalyze(
    db: Database, *, outdated_only: bool = True, workers: int = 1, batch_size: int = BATCH_SIZE,
    on_progress: Callable[[int], None] | None = None, article_ids: Sequence[int] | None = None,
    on_failure: Callable[[int, str], None] | None = None, on_saved: Callable[[int], None] | None = None,
) -> int:
    """Re-run extraction over stored articles (all, or those analysed by another extractor version),
    keeping editor decisions; returns how many were re-analysed. An article whose analysis fails
    keeps its previous result, is reported to `on_failure(article_id, reason)` and is not counted
    (`on_progress` gets the number of articles looked at, failed ones included). `on_saved(article_id)`
    runs in the transaction that saved the article, so what it writes commits with the new result or
    not at all."""
    condition = "(a.extractor_version IS NULL OR a.extractor_version != ?)" if outdated_only else "1"
    params: list[Any] = [EXTRACTOR_VERSION] if outdated_only else []
    if article_ids is not None:
        condition += f" AND a.id IN ({','.join(str(int(i)) for i in article_ids) or 'NULL'})"
    done = seen = 0
    last = 0
    with _Analyser(workers) as analyser:
        while True:
            rows = db.conn.execute(
                f"SELECT a.id, t.body, CASE WHEN a.published_inferred THEN NULL ELSE a.published END FROM articles a "
                f"JOIN article_texts t ON t.id = a.id WHERE a.id > ? AND {condition} ORDER BY a.id LIMIT ?",
                [last, *params, batch_size],
            ).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            results = list(zip(rows, analyser.run([(body, published) for _, body, published in rows])))
            with write(db):
                for (article_id, _, _), analysis in results:
                    if not isinstance(analysis, str):
                        save_analysis(db, article_id, analysis)
                        if on_saved is not None:
                            on_saved(article_id)
                        done += 1
            for (article_id, _, _), analysis in results:
                if isinstance(analysis, str) and on_failure is not None:
                    on_failure(article_id, analysis)
            seen += len(rows)
            if on_progress is not None:
                on_progress(seen)
    return done


@dataclass(frozen=True)
class Reanalysis:
    """What re-analysing one article changed: its entities, quotes and dates in use (not rejected)
    before and after, counted as the review view's tabs count them, and the audit row recording it."""

    before: dict[str, int]
    after: dict[str, int]
    correction_id: int

    def summary(self) -> str:
        """ "entities 31 → 30, quotes 24 → 25, dates 13 (unchanged)" """
        return ", ".join(f"{name} {self.before[name]} → {self.after[name]}" if self.before[name] != self.after[name]
                         else f"{name} {self.after[name]} (unchanged)" for name in self.before)


def article_counts(db: Database, article_id: int) -> dict[str, int]:
    """An article's entities, quotes and dates in use, as the review view's tabs count them: dates
    without durations (a length, not a point in time), the expressions of one sentence that place the
    same value one date ("মঙ্গলবার (৩০ ডিসেম্বর)")."""
    return dict(zip(("entities", "quotes", "dates"), db.conn.execute(
        "SELECT (SELECT count(*) FROM article_entities WHERE article_id = :a AND status = 'active'), "
        "(SELECT count(*) FROM quotes WHERE article_id = :a AND status = 'active'), "
        "(SELECT count(DISTINCT CASE WHEN is_event THEN value || '|' || sentence_start || '|' || sentence_end "
        " ELSE 'id' || id END) FROM events WHERE article_id = :a AND status = 'active' AND granularity != 'duration')",
        {"a": article_id}).fetchone(), strict=True))


def reanalyze_article(db: Database, article_id: int, *, editor: str | None = None) -> Reanalysis:
    """Re-run the current extractor on one article now, keeping the editors' decisions (the path of
    `python -m db reanalyze`, for one article: the review view's "Re-analyse this article"), and
    audit it as an article-level action with the counts before and after and the extractor versions;
    `AnalysisFailed` when the extractor fails on it (the previous result stays, nothing is audited)."""
    version = db.conn.execute("SELECT extractor_version FROM articles WHERE id = ?", (article_id,)).fetchone()
    if version is None:
        raise ArticleNotFound(f"no article with id {article_id}")
    before = article_counts(db, article_id)
    failures: list[str] = []
    audited: list[tuple[dict[str, int], int]] = []

    def history_line(saved: int) -> None:
        # in the re-analysis's own transaction: a crash between the two would leave it with no History line
        after = article_counts(db, saved)
        audited.append((after, audit.record(db, "article", "reanalyse", editor=editor, article_id=saved,
                                            before={"extractor": version[0], **before},
                                            after={"extractor": EXTRACTOR_VERSION, **after},
                                            extractor_version=EXTRACTOR_VERSION)))

    if not reanalyze(db, outdated_only=False, article_ids=[article_id], on_failure=lambda _, why: failures.append(why),
                     on_saved=history_line):
        if failures:
            raise AnalysisFailed(f"article {article_id} could not be re-analysed ({failures[0]}); "
                                 "its previous result is kept")
        raise ArticleNotFound(f"no article with id {article_id}")
    after, correction_id = audited[0]
    return Reanalysis(before, after, correction_id)


@lru_cache(maxsize=1)
def _model() -> NerModel:
    return load_model()


def _analyze_payload(payload: tuple[str, str | None]) -> Extraction | str:
    """Analysis of one text, already turned into row values (in the worker, so the writing process
    has less to do); a failure is returned as its message so one article never stops a batch."""
    body, published = payload
    try:
        return extraction(analyze(body, published=published, model=_model()))
    except Exception as exc:  # noqa: BLE001 -- an extractor bug must not lose the article
        return f"{type(exc).__name__}: {exc}"


def _init_worker() -> None:
    try:
        _model()
    except Exception:  # noqa: BLE001, S110 -- reported per article by _analyze_payload; the pool must stay usable
        pass


class _Analyser:
    """Runs analyses inline, or in a process pool (created on first big batch) when workers > 1."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self.pool: Executor | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def run(self, payloads: list[tuple[str, str | None]]) -> Iterator[Extraction | str]:
        if self.workers > 1 and len(payloads) >= MIN_PARALLEL:
            if self.pool is None:
                # fork is fast but unsafe with other threads alive (a Streamlit server): spawn there
                method = "fork" if threading.active_count() == 1 and os.name == "posix" else "spawn"
                self.pool = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context(method), initializer=_init_worker
                )
            chunksize = max(1, min(16, len(payloads) // (self.workers * 4)))
            return self.pool.map(_analyze_payload, payloads, chunksize=chunksize)
        return (_analyze_payload(p) for p in payloads)
