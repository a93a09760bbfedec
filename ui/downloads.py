"""Files the dashboard offers for download: CSV, JSON and TimelineJS JSON, built from query rows.

Pure builders (rows in, bytes or dict out) plus `export_quotes`, which pages through a filtered
quote list in SQL so an export never loads more than one batch at a time from the query, and
`quotes_file`, a deferred download: Streamlit runs it only when the button is clicked.
"""
from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from sqlite_utils import Database

from core.text import shorten
from db import queries, store
from db.queries import QuoteFilter

HEADLINE_CHARS = 120  # a TimelineJS slide's headline: the start of the event's sentence
EXPORT_CAP = 50_000  # quotes in one download; the page says when a filtered set is larger
BATCH = 2_000
QUOTE_COLUMNS = ("id", "published", "outlet", "title", "article_id", "speaker", "speaker_entity_id",
                 "speaker_mention", "kind", "cue", "framing", "source_type", "role", "affiliation", "confidence",
                 "source", "text")
EVENT_COLUMNS = ("id", "date_start", "date_end", "granularity", "value", "text", "modifier", "tense", "sentence",
                 "entities", "speakers", "article_id", "title", "outlet", "published")
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str] | None = None) -> bytes:
    """UTF-8 CSV with a byte-order mark, so spreadsheet programs read Bengali correctly. Lists
    become `;`-joined text; text cells that a spreadsheet would run as a formula get a leading `'`."""
    rows = list(rows)
    names = list(columns or (rows[0].keys() if rows else ()))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in names])
    return out.getvalue().encode("utf-8-sig")


def to_json(rows: Iterable[Mapping[str, Any]], columns: Sequence[str] | None = None) -> bytes:
    """A JSON list of objects (Bengali as characters, not \\u escapes)."""
    data = [{k: row.get(k) for k in columns} if columns else dict(row) for row in rows]
    return json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def timelinejs(rows: Iterable[Mapping[str, Any]], *, headline: str | None = None, group_by: str = "outlet") -> dict[str, Any]:
    """`queries.list_events` rows in TimelineJS 3 JSON: {"title"?, "events": [slide, ...]}.

    A slide's headline is what happened, the event's sentence as the Timeline's table shows it (not
    the bare expression, "মঙ্গলবার"); its text gives the expression, the sentence in full when the
    headline had to cut it (a short one would be printed twice), and the article, linked to its URL
    when it has an http(s) one. A slide's dates say no more than the expression did (a month is
    year + month); weeks and intervals get an end_date. TimelineJS renders text fields as HTML, so
    all text is escaped."""
    events = []
    for row in rows:
        if not row.get("date_start"):
            continue
        granularity = row.get("granularity") or "day"
        slide: dict[str, Any] = {
            "start_date": _tl_date(row["date_start"], granularity),
            "text": {"headline": _tl_headline(row), "text": _tl_text(row)},
            "unique_id": f"event-{row.get('id')}",
        }
        end = row.get("date_end")
        if end and end != row["date_start"] and granularity not in ("month", "year"):
            slide["end_date"] = _tl_date(end, "day")
        group = row.get(group_by) if group_by != "granularity" else granularity
        if group:
            slide["group"] = html.escape(str(group))
        events.append(slide)
    timeline: dict[str, Any] = {"events": events}
    if headline:
        timeline["title"] = {"text": {"headline": html.escape(headline), "text": f"{len(events)} events"}}
    return timeline


def timelinejs_bytes(rows: Iterable[Mapping[str, Any]], **kwargs: Any) -> bytes:
    return json.dumps(timelinejs(rows, **kwargs), ensure_ascii=False, indent=1).encode("utf-8")


def export_quotes(db: Database, where: QuoteFilter, *, cap: int = EXPORT_CAP, batch: int = BATCH) -> list[dict[str, Any]]:
    """Every quote matching `where` (at most `cap`), fetched from SQL one page at a time."""
    rows: list[dict[str, Any]] = []
    while len(rows) < cap:
        page = queries.list_quotes(db, where, limit=min(batch, cap - len(rows)), offset=len(rows))
        rows.extend(page.rows)
        if len(page.rows) < page.limit:
            break
    return rows


def quotes_file(path: str, where: QuoteFilter, fmt: str) -> bytes:
    """The filtered quotes as CSV or JSON, for a deferred st.download_button (its own connection:
    Streamlit calls it from a worker thread)."""
    if fmt not in ("csv", "json"):
        raise ValueError(f"format must be 'csv' or 'json', got {fmt!r}")
    db = store.open_db(path)
    try:
        rows = export_quotes(db, where)
    finally:
        db.close()
    return to_csv(rows, QUOTE_COLUMNS) if fmt == "csv" else to_json(rows, QUOTE_COLUMNS)


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _tl_date(day: str, granularity: str) -> dict[str, str]:
    year, month, dd = day[:10].split("-")
    if granularity == "year":
        return {"year": str(int(year))}
    if granularity == "month":
        return {"year": str(int(year)), "month": str(int(month))}
    return {"year": str(int(year)), "month": str(int(month)), "day": str(int(dd))}


def _tl_headline(row: Mapping[str, Any]) -> str:
    """The event's sentence, cut to `HEADLINE_CHARS`; the expression when it has none."""
    what = " ".join(str(row.get("sentence") or "").split()) or str(row.get("text") or row["date_start"])
    return html.escape(shorten(what, HEADLINE_CHARS))


def _tl_text(row: Mapping[str, Any]) -> str:
    when = " · ".join(str(v) for v in (row.get("text"), row.get("value") or row.get("date_start")) if v)
    parts = [f"<p><strong>{html.escape(when)}</strong></p>"] if when else []
    sentence = str(row.get("sentence") or "")
    if len(" ".join(sentence.split())) > HEADLINE_CHARS:  # else the headline is the whole sentence
        parts.append(f"<p>{html.escape(sentence)}</p>")
    title = html.escape(str(row.get("title") or "(untitled)"))
    url = str(row.get("url") or "")
    if urlsplit(url).scheme.lower() in ("http", "https"):
        title = f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{title}</a>'
    rest = " · ".join(html.escape(str(v)) for v in (row.get("outlet"), row.get("published")) if v)
    parts.append(f"<p><em>{title}{' · ' + rest if rest else ''}</em></p>")
    return "".join(parts)
