"""The only non-page module that imports streamlit: database access, cached readers, widgets.

Thread safety: Streamlit runs each session's script in its own thread, so a page never shares a
connection: `database()` opens one for the duration of a `with` block (cheap: a file open and a
few pragmas). Cached reads (`read`) are keyed on the store's generation number, which every write
bumps, so a correction made in one tab shows in every other tab on its next rerun.
"""
from __future__ import annotations

import html
import importlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import streamlit as st
from sqlite_utils import Database

from db import store
from db.ingest import IngestResult, ingest_records
from db.readers import FORMATS, Limits, Record, Rejected, limits_from_env, read_bytes
from db.search import MARK_END, MARK_START, Page

UPLOAD_TYPES = [f.lstrip(".") for f in FORMATS]
ARTICLES_PAGE = "pages/3_Articles.py"
STATUS_ICONS = {"added": "✅", "duplicate": "♻️", "rejected": "⛔"}
RESULT_ORDER = {"rejected": 0, "duplicate": 1, "added": 2}  # the Upload results: what needs the editor first


def database_path() -> str:
    return str(store.db_path())


@contextmanager
def database(path: str | None = None) -> Iterator[Database]:
    """A connection for this block only (this thread only)."""
    db = store.open_db(path or database_path())
    try:
        yield db
    finally:
        db.close()


def generation() -> int:
    with database() as db:
        return store.generation(db)


@st.cache_data(show_spinner=False, max_entries=512, ttl=3600)
def _cached(function: str, path: str, generation: int, args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...]) -> Any:
    module, _, name = function.rpartition(".")
    func = getattr(importlib.import_module(module), name)
    with database(path) as db:
        return func(db, *args, **dict(kwargs))


def read(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """`func(db, *args, **kwargs)` for a db query function, cached until the next write.

    >>> ui.read(queries.list_quotes, QuoteFilter(entity_id=3), limit=20)   # doctest: +SKIP
    """
    return _cached(f"{func.__module__}.{func.__name__}", database_path(), generation(), args,
                   tuple(sorted(kwargs.items())))


def highlighted(snippet: str | None) -> str:
    """A search snippet as safe HTML: the text escaped, the matches in <mark>."""
    escaped = html.escape(snippet or "")
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def show_error(exc: Exception) -> None:
    st.error(str(exc), icon="⚠️")


def pager(key: str, page: Page) -> None:
    """Page number control under a paginated list (its value feeds the next run's offset).

    When new filters leave fewer pages than the page asked for (page 4 of a search, then a
    narrower one with 3 matches), the list starts again at page 1 at once instead of showing an
    empty page with no control to leave it."""
    if int(st.session_state.get(key, 1) or 1) > page.pages:
        st.session_state[key] = 1
        st.rerun()
    if page.pages > 1:
        st.number_input(f"Page (of {page.pages})", min_value=1, max_value=page.pages, step=1, key=key)


def first_page(key: str) -> Callable[[], None]:
    """A filter's `on_change` that sends the list paged by `key` back to page 1: a new search
    starts at its first results."""
    def restart() -> None:
        st.session_state[key] = 1
    return restart


def offset(key: str, limit: int) -> int:
    return (int(st.session_state.get(key, 1) or 1) - 1) * limit


def article_results(page: Page) -> None:
    """Search results: the title as a link to the article's review view, outlet and date as text,
    the snippet with highlighted matches."""
    from ui.editing import md_escape

    for row in page.rows:
        meta = " · ".join(str(v) for v in (row.get("outlet"), row.get("published"), f"#{row['id']}") if v)
        st.page_link(ARTICLES_PAGE, label=f"**{md_escape(row.get('title') or '(untitled)')}**",
                     query_params={"article": str(row["id"])})
        parts = [f"<div><small>{html.escape(meta)}</small>"]
        if row.get("snippet"):
            parts.append(f"<br>{highlighted(row['snippet'])}")
        parts.append("</div>")
        st.html("".join(parts))


def open_article(article_id: int) -> None:
    """Go to the article's review view (`?article=ID`)."""
    st.switch_page(ARTICLES_PAGE, query_params={"article": str(article_id)})


def article_table(rows: Sequence[dict[str, Any]], *, key: str) -> None:
    """Articles in a table; choosing a row opens it for review."""
    from ui.editing import table_pick

    columns = ["id", "title", "outlet", "published", "status"]
    if chosen := table_pick([{c: r.get(c) for c in columns} for r in rows], key=key):
        open_article(chosen["id"])


def result_table(results: Sequence[dict[str, Any]]) -> None:
    """Per-input ingest results, one row each, the rejected ones first (else one among 36 inputs is row
    31, below the table's fold), then duplicates, then the added, each in input order; choosing a
    stored one (added or duplicate) opens it."""
    from ui.editing import table_pick

    ordered = sorted(results, key=lambda r: RESULT_ORDER.get(r["status"], len(RESULT_ORDER)))
    rows = [{"": STATUS_ICONS.get(r["status"], ""), "input": r["source"], "result": r["status"], "reason": r["reason"],
             "article": r["article_id"], "title": r["title"]} for r in ordered]
    if any(r["article"] is not None for r in rows):
        st.caption("Choose a row to review its article.")
    chosen = table_pick(rows, key="upload_results_table", height=38 + 35 * min(len(rows), 10))
    if chosen and chosen["article"] is not None:
        open_article(chosen["article"])
    from ui.editing import md_escape, page_link

    # a duplicate names the article it duplicates, and links to it
    for article_id in dict.fromkeys(r["article_id"] for r in results if r["status"] == "duplicate" and r["article_id"]):
        title = next(r["reason"] for r in results if r["article_id"] == article_id and r["status"] == "duplicate")
        page_link("pages/3_Articles.py", label=f"Open the stored article: {md_escape(title.removeprefix('already in the archive as '))}",
                  icon=":material/article:", query_params={"article": str(article_id)})


def ingest_uploads(files: Sequence[Any], *, limits: Limits | None = None) -> list[IngestResult]:
    """Read uploaded files, then store their articles with a progress bar (inline analysis: no
    process pool inside the server). The size limits are $NEWSROOM_MAX_FILE_MB and
    $NEWSROOM_MAX_ZIP_MB, else 10 MB a file and 100 MB unpacked a zip."""
    limits = limits or limits_from_env()
    items: list[Record | Rejected] = []
    for upload in files:
        items.extend(read_bytes(upload.name, upload.getvalue(), limits=limits))
    bar = st.progress(0.0, text=f"0 of {len(items)}")
    done = 0

    def tick(result: IngestResult) -> None:
        nonlocal done
        done += 1
        bar.progress(done / max(1, len(items)), text=f"{done} of {len(items)}")

    with database() as db:
        summary = ingest_records(db, items, on_result=tick)
    bar.empty()
    return summary.results
