"""Read-only queries the dashboard pages call. All filtering, sorting and paging happen in SQL;
every list returns a `Page` (rows + total) or a short list of aggregate rows.

Speakers are registry entities: aliases and merged entities count as one speaker. Quotes whose
speaker is a phrase (বিশ্লেষকরা) and not an entity are found by `speaker=` text instead.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db import registry
from db.errors import ArticleNotFound, BadQuery, UnknownTable
from db.search import (
    Page,
    build_match,
    search_articles,
)
from db.store import one_row

EXPORT_TABLES = ("articles", "entities", "article_entities", "mentions", "quotes", "events", "corrections")
QUOTE_DIMENSIONS = ("source_type", "kind", "outlet", "framing", "cue", "role", "affiliation")
PERIODS = {"day": 10, "month": 7, "year": 4}

list_articles = search_articles  # the Articles table: search_articles(db, query, where=..., order=..., ...)


@dataclass(frozen=True)
class QuoteFilter:
    """Which quotes: all fields optional. `entity_id` is a speaker (its merged aliases included)."""

    entity_id: int | None = None
    speaker: str | None = None  # a speaker phrase without an entity (exact text)
    query: str | None = None  # full-text search in quote text and speaker
    kind: str | None = None  # direct, indirect
    source_type: str | None = None
    framing: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    article_id: int | None = None
    unsure: bool = False  # only the quotes the extractor is unsure of (`UNSURE_BELOW`) and no editor confirmed


@dataclass(frozen=True)
class EventFilter:
    """Which timeline events: by entity (mentioned or quoted), speaker, article, outlet, dates."""

    entity_id: int | None = None
    speaker_id: int | None = None
    article_id: int | None = None
    outlet: str | None = None
    date_from: str | None = None  # events overlapping [date_from, date_to]
    date_to: str | None = None


# ---- articles -----------------------------------------------------------------------------------

def counts(db: Database) -> dict[str, int]:
    """Headline numbers for the Home page."""
    one = db.conn.execute
    return {
        "articles": one("SELECT count(*) FROM articles").fetchone()[0],
        "samples": one("SELECT count(*) FROM articles WHERE is_sample = 1").fetchone()[0],
        "outlets": one("SELECT count(DISTINCT outlet) FROM articles").fetchone()[0],
        "entities": one("SELECT count(*) FROM entities WHERE status = 'active'").fetchone()[0],
        "quotes": one("SELECT count(*) FROM quotes WHERE status = 'active'").fetchone()[0],
        "events": one(f"SELECT count(*) FROM (SELECT 1 FROM events ev WHERE is_event = 1 GROUP BY {_ONE_EVENT})"
                      ).fetchone()[0],  # as the timeline counts them: one per day said in a sentence
        "unanalysed": one("SELECT count(*) FROM articles WHERE extractor_version IS NULL").fetchone()[0],
    }


def recent_articles(db: Database, *, limit: int = 10) -> list[dict[str, Any]]:
    return search_articles(db, None, order="added", limit=limit).rows


def outlets(db: Database) -> list[dict[str, Any]]:
    """Outlets with their article counts, most articles first."""
    return list(db.query(
        "SELECT outlet, count(*) AS articles FROM articles WHERE outlet IS NOT NULL "
        "GROUP BY outlet ORDER BY articles DESC, outlet"
    ))


def get_article(db: Database, article_id: int) -> dict[str, Any]:
    """One article with its text, entities (and mentions), quotes, events and audit trail.

    Rejected entities and quotes are included with `status = 'rejected'` so the review view can show
    and undo them; registry names are used for entities and linked speakers."""
    article = one_row(db, "SELECT a.*, t.body FROM articles a JOIN article_texts t ON t.id = a.id WHERE a.id = ?",
                      [article_id], ArticleNotFound(f"no article with id {article_id}"))
    body = article["body"]
    entities = list(db.query(
        "SELECT ae.id AS article_entity_id, e.id AS entity_id, e.name, e.type, e.aliases AS registry_aliases, "
        "ae.name AS extracted_name, ae.aliases, ae.mention_count, ae.confidence, ae.source, "
        "CASE WHEN e.status = 'rejected' THEN 'rejected' ELSE ae.status END AS status, ae.mentions "
        "FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? "
        "ORDER BY ae.mention_count DESC, e.name", [article_id],
    ))
    for entity in entities:
        entity["aliases"] = json.loads(entity["aliases"])
        entity["registry_aliases"] = json.loads(entity["registry_aliases"])
        entity["mentions"] = [{"start": s, "end": e, "text": body[s:e]} for s, e in json.loads(entity["mentions"])]
    quotes = list(db.query(
        f"SELECT q.*, {_SPEAKER_NAME} AS speaker_name, {_CONFIRMED} AS confirmed, {_UNSURE} AS unsure "
        "FROM quotes q LEFT JOIN entities se ON se.id = q.speaker_entity_id "
        "WHERE q.article_id = ? ORDER BY q.start", [article_id],
    ))
    events = list(db.query("SELECT * FROM events WHERE article_id = ? ORDER BY start", [article_id]))
    for event in events:
        event["entities"] = json.loads(event["entities"])
        event["speakers"] = json.loads(event["speakers"])
        start, end = event["sentence_start"], event["sentence_end"]
        event["sentence"] = event["summary"] if event["summary"] is not None else (
            body[start:end] if start is not None and end is not None else None)
    article["entities"] = entities
    article["quotes"] = quotes
    article["events"] = events
    article["corrections"] = list(db.query(
        "SELECT * FROM corrections WHERE article_id = ? ORDER BY id DESC", [article_id]
    ))
    return article


# ---- quotes -------------------------------------------------------------------------------------
#
# Quotes carry their article's outlet and date (schema 5), so filters and aggregates read the quotes
# alone (the `quotes_facts` index covers them); articles and entities are joined for a page of rows.

_SPEAKER_NAME = "CASE WHEN se.status = 'active' THEN se.name ELSE q.speaker END"

# A quote's `confidence` is the extractor's calibrated estimate that the quote and its speaker are
# right (core/quotes/calibration.json): below this an editor should check it. Measured on the opened
# December sets, the quotes under 0.7 (about 8% of them) are right 47% of the time, the rest 93%;
# under 0.6 only 3% are caught.
UNSURE_BELOW = 0.7
# An editor confirmed the quote: added it by hand (source 'editor'), or fixed its words or speaker,
# or added words the model had found (a correction still in force; an undone one no longer counts).
# The `confidence` stays the model's, so "unsure" is decided here and not from the number alone.
_CONFIRMED = (
    "(q.source = 'editor' OR EXISTS (SELECT 1 FROM corrections c WHERE c.article_id = q.article_id "
    "AND c.active = 1 AND c.target = 'quote' AND c.target_key = q.quote_key "
    "AND c.action IN ('add', 'set_text', 'set_speaker')))"
)
_UNSURE = f"(q.confidence < {UNSURE_BELOW} AND NOT {_CONFIRMED})"


# One speaker's quotes are read through the speaker's index. Without it SQLite (which keeps no
# statistics here) prefers an index that spares it a sort (`quotes_by_outlet` for the card's "outlets",
# `quotes_by_kind` for a kind filter) or covers the query (`quotes_facts`) and walks every active quote
# of the archive to find the speaker's few hundred: a speaker card took 36 ms at 10k articles and grew
# with the archive.
_SPEAKER_INDEX = " INDEXED BY quotes_by_speaker"
# A phrase's quotes (বিশ্লেষকরা: no registry entity, or a rejected one) likewise. "no entity OR a
# rejected one" in one condition kept SQLite from the partial index built for phrases
# (`quotes_by_phrase`) and it walked every active quote (43 ms for a phrase's card at 10k articles),
# so the two halves are looked up apart, each through its index, and the quotes read by rowid.
_PHRASE_QUOTES = (
    "q.id IN (SELECT id FROM quotes INDEXED BY quotes_by_phrase "
    "WHERE status = 'active' AND speaker = ? AND speaker_entity_id IS NULL "
    "UNION ALL SELECT id FROM quotes INDEXED BY quotes_by_speaker WHERE status = 'active' "
    "AND speaker_entity_id IN (SELECT id FROM entities WHERE status != 'active') AND speaker = ?)"
)


def _quote_where(db: Database, where: QuoteFilter) -> tuple[str, list[Any]]:
    """Conditions on `quotes q` alone, and their parameters, to follow `FROM quotes q` (for one
    speaker's quotes, they start with the index that finds them)."""
    sql = ["q.status = 'active'"]
    params: list[Any] = []
    if where.entity_id is not None:
        sql.append("q.speaker_entity_id = ?")
        params.append(registry.root(db, where.entity_id))
    if where.speaker:
        sql.append(_PHRASE_QUOTES)
        params.extend([where.speaker, where.speaker])
    for column in ("kind", "source_type", "framing", "outlet"):
        value = getattr(where, column)
        if value:
            sql.append(f"q.{column} = ?")
            params.append(value)
    if where.date_from:
        sql.append("q.published >= ?")
        params.append(str(where.date_from)[:10])
    if where.date_to:
        sql.append("q.published <= ?")
        params.append(str(where.date_to)[:10])
    if where.article_id is not None:
        sql.append("q.article_id = ?")
        params.append(where.article_id)
    if where.query and where.query.strip():
        sql.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(build_match(where.query))
    if where.unsure:
        sql.append(_UNSURE)
    # a phrase's quotes by rowid (NOT INDEXED still allows that), not through an index on status
    index = _SPEAKER_INDEX if where.entity_id is not None else " NOT INDEXED" if where.speaker else ""
    return f"{index} WHERE " + " AND ".join(sql), params


def _run(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    try:
        return list(db.query(sql, params))
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc) or "MATCH" in str(exc):
            raise BadQuery(f"cannot search quotes: {exc}") from None
        raise


_NEWEST = "q.published IS NULL, q.published DESC, q.article_id DESC, q.start, q.id"
# least sure first: the quotes no editor confirmed, lowest confidence first, then the newest
QUOTE_ORDERS = {"newest": _NEWEST, "least_sure": f"{_CONFIRMED}, q.confidence, {_NEWEST}"}


def list_quotes(db: Database, where: QuoteFilter = QuoteFilter(), *, order: str = "newest", limit: int = 50,
                offset: int = 0) -> Page:
    """Quotes with their speaker, article, outlet and date, and whether an editor `confirmed` them or
    the extractor is `unsure` of them (`UNSURE_BELOW`); the newest article first, or (`order="least_sure"`)
    the quotes an editor should check first."""
    if order not in QUOTE_ORDERS:
        raise BadQuery(f"order quotes by one of {', '.join(QUOTE_ORDERS)}, got {order!r}")
    where_sql, params = _quote_where(db, where)
    total = _run(db, f"SELECT count(*) AS n FROM quotes q{where_sql}", params)[0]["n"]
    rows = _run(db, (
        f"SELECT q.id, q.article_id, q.text, q.kind, {_SPEAKER_NAME} AS speaker, q.speaker_entity_id, "
        "q.speaker_mention, q.source_type, q.role, q.affiliation, q.cue, q.framing, q.confidence, q.source, "
        f"{_CONFIRMED} AS confirmed, {_UNSURE} AS unsure, q.start, q.end, q.quote_key, a.title, a.outlet, a.published "
        f"FROM (SELECT q.id FROM quotes q{where_sql} ORDER BY {QUOTE_ORDERS[order]} LIMIT ? OFFSET ?) page "
        "JOIN quotes q ON q.id = page.id JOIN articles a ON a.id = q.article_id "
        f"LEFT JOIN entities se ON se.id = q.speaker_entity_id ORDER BY {QUOTE_ORDERS[order]}"),
        [*params, limit, offset])
    return Page(rows, total, limit, offset)


quotes_by_speaker = list_quotes  # quotes_by_speaker(db, QuoteFilter(entity_id=...), limit=..., offset=...)


def search_speakers(db: Database, text: str = "", *, limit: int = 20, quoted_only: bool = True) -> list[dict[str, Any]]:
    """Type-ahead for the speaker picker: registry entities whose name or an alias contains `text`
    (aliases merged: one row per entity), then speaker phrases without an entity; most quoted first.
    Rows: entity_id (None for a phrase), name, type, quotes. A name typed with a case ending
    (ইউনূসের, রাশিয়াকে) is looked up through its stems as well, as the Entities page's search does:
    a longer name that holds the typed form (নোবেলজয়ী মুহাম্মদ ইউনূসের নেতৃত্বাধীন …) must not hide
    the person (মুহাম্মদ ইউনূস)."""
    found: dict[tuple[int | None, str], dict[str, Any]] = {}
    for typed in typed_name_forms(text):
        for row in _speakers(db, typed, limit=limit, quoted_only=quoted_only):
            found.setdefault((row["entity_id"], row["name"]), row)
    ranked = sorted(found.values(), key=lambda r: (r["entity_id"] is None, -r["quotes"], r["name"]))
    return ranked[:limit]


def typed_name_forms(text: str) -> list[str]:
    """A name as an editor typed it (normalised, spaces collapsed), then with its last word's case
    ending taken off, longest stem first: "ইউনূসের" -> [ইউনূসের, ইউনূসে, ইউনূস]; "" -> [""].

    >>> typed_name_forms("দিমিত্রি  পেসকভকে")
    ['দিমিত্রি পেসকভকে', 'দিমিত্রি পেসকভক', 'দিমিত্রি পেসকভ']
    """
    from core.text import case_stems, normalize

    typed = " ".join(normalize(text or "").split())
    head, _, last = typed.rpartition(" ")
    return list(dict.fromkeys(f"{head} {stem}".strip() for stem in case_stems(last)))


def _speakers(db: Database, typed: str, *, limit: int, quoted_only: bool) -> list[dict[str, Any]]:
    needle = f"%{typed}%"
    name_sql = " AND (e.name LIKE ? OR e.aliases LIKE ?)" if typed else ""
    quoted_sql = " AND e.quotes > 0" if quoted_only else ""
    rows = list(db.query(
        "SELECT e.id AS entity_id, e.name, e.type, e.quotes FROM entities e "
        f"WHERE e.status = 'active'{name_sql}{quoted_sql} ORDER BY e.quotes DESC, e.name LIMIT ?",
        [*([needle, needle] if typed else []), limit],
    ))
    if len(rows) < limit:
        like = " AND q.speaker LIKE ?" if typed else ""
        rows.extend(db.query(
            "SELECT NULL AS entity_id, speaker AS name, NULL AS type, count(*) AS quotes FROM ("
            "SELECT q.speaker FROM quotes q WHERE q.speaker_entity_id IS NULL AND q.speaker IS NOT NULL "
            f"AND q.status = 'active'{like} "
            "UNION ALL SELECT q.speaker FROM quotes q "
            "WHERE q.speaker_entity_id IN (SELECT id FROM entities WHERE status != 'active') "
            f"AND q.speaker IS NOT NULL AND q.status = 'active'{like}"
            ") GROUP BY speaker ORDER BY quotes DESC, speaker LIMIT ?",
            [*([needle, needle] if typed else []), limit - len(rows)],
        ))
    return rows


def speaker_card(db: Database, *, entity_id: int | None = None, speaker: str | None = None) -> dict[str, Any]:
    """Who a speaker is and how they are quoted: name, type, aliases, quote and article counts,
    first and last quoted (article dates), outlets, roles and affiliations seen, direct vs reported."""
    if entity_id is None and not speaker:
        raise BadQuery("choose a speaker")
    where = QuoteFilter(entity_id=entity_id, speaker=None if entity_id is not None else speaker)
    where_sql, params = _quote_where(db, where)
    card: dict[str, Any] = {"entity_id": None, "name": speaker, "type": None, "aliases": [], "status": None}
    if entity_id is not None:
        entity = registry.get(db, registry.root(db, entity_id))
        card.update(entity_id=entity["id"], name=entity["name"], type=entity["type"], aliases=entity["aliases"],
                    status=entity["status"])
    summary = _run(db, (
        "SELECT count(*) AS quotes, count(DISTINCT q.article_id) AS articles, min(q.published) AS first_quoted, "
        "max(q.published) AS last_quoted, sum(q.kind = 'direct') AS direct, sum(q.kind = 'indirect') AS indirect "
        f"FROM quotes q{where_sql}"), params)[0]
    card.update({k: (v or 0) if k in ("direct", "indirect") else v for k, v in summary.items()})
    for column, key in (("q.outlet", "outlets"), ("q.role", "roles"), ("q.affiliation", "affiliations"),
                        ("q.source_type", "source_types")):
        card[key] = _run(db, (
            f"SELECT {column} AS value, count(*) AS quotes FROM quotes q{where_sql} AND {column} IS NOT NULL "
            "GROUP BY value ORDER BY quotes DESC, value LIMIT 20"), params)
    return card


# ---- source attribution -------------------------------------------------------------------------

def quotes_per_speaker(db: Database, where: QuoteFilter = QuoteFilter(), *, top: int = 10) -> list[dict[str, Any]]:
    """The most quoted speakers (entities, and phrases without one): entity_id, speaker, quotes, articles."""
    where_sql, params = _quote_where(db, where)
    # Entities are grouped in the order of quotes_by_speaker (migration 6), so no quote is sorted.
    # Phrases are the quotes without an entity plus those of a rejected one; both go in one group.
    named = f"FROM quotes q{where_sql} AND q.speaker IS NOT NULL AND "
    linked = (
        "SELECT q.speaker_entity_id AS entity_id, NULL AS phrase, count(*) AS quotes, "
        f"count(DISTINCT q.article_id) AS articles {named}q.speaker_entity_id IS NOT NULL "
        "AND q.speaker_entity_id NOT IN (SELECT id FROM entities WHERE status != 'active') GROUP BY q.speaker_entity_id"
    )
    phrases = (
        "SELECT NULL AS entity_id, speaker AS phrase, count(*) AS quotes, count(DISTINCT article_id) AS articles FROM ("
        f"SELECT q.speaker, q.article_id {named}q.speaker_entity_id IS NULL UNION ALL "
        f"SELECT q.speaker, q.article_id {named}q.speaker_entity_id IN (SELECT id FROM entities WHERE status != 'active')"
        ") GROUP BY speaker"
    )
    return _run(db, (
        f"SELECT g.entity_id, coalesce(se.name, g.phrase) AS speaker, g.quotes, g.articles FROM ({linked} UNION ALL "
        f"{phrases}) g LEFT JOIN entities se ON se.id = g.entity_id ORDER BY g.quotes DESC, speaker LIMIT ?"),
        [*params, *params, *params, top])


def count_quotes(db: Database, by: str, where: QuoteFilter = QuoteFilter()) -> list[dict[str, Any]]:
    """Quotes counted by one dimension: source_type, kind (direct vs reported), outlet, framing
    (neutral vs distancing), cue, role or affiliation. Rows: value, quotes."""
    if by not in QUOTE_DIMENSIONS:
        raise BadQuery(f"count quotes by one of {', '.join(QUOTE_DIMENSIONS)}, got {by!r}")
    where_sql, params = _quote_where(db, where)
    return _run(db, (
        f"SELECT q.{by} AS value, count(*) AS quotes FROM quotes q{where_sql} "
        "GROUP BY value ORDER BY quotes DESC, value"), params)


def has_quotes(db: Database) -> bool:
    return db.conn.execute("SELECT 1 FROM quotes WHERE status = 'active' LIMIT 1").fetchone() is not None


def quotes_over_time(db: Database, where: QuoteFilter = QuoteFilter(), *, period: str = "month") -> list[dict[str, Any]]:
    """Quotes per day, month or year of the article's publication date. Rows: period, quotes, direct, indirect."""
    if period not in PERIODS:
        raise BadQuery(f"period must be one of {', '.join(PERIODS)}, got {period!r}")
    where_sql, params = _quote_where(db, where)
    # per day first, in the order of quotes_facts (by date), then per period: only days are sorted
    return _run(db, (
        f"SELECT substr(published, 1, {PERIODS[period]}) AS period, sum(quotes) AS quotes, sum(direct) AS direct, "
        "sum(indirect) AS indirect FROM (SELECT q.published, count(*) AS quotes, sum(q.kind = 'direct') AS direct, "
        f"sum(q.kind = 'indirect') AS indirect FROM quotes q{where_sql} AND q.published IS NOT NULL GROUP BY q.published) "
        "GROUP BY period ORDER BY period"), params)


def anonymous_share(
    db: Database, by: str = "outlet", where: QuoteFilter = QuoteFilter(), *, min_quotes: int = 1,
    limit: int = 50, offset: int = 0,
) -> Page:
    """Share of quotes from anonymous or unnamed sources, per `article` or per `outlet`, the
    articles (or outlets) that lean most on them first. Rows: key, label, quotes, anonymous, share."""
    if by not in ("article", "outlet"):
        raise BadQuery(f"by must be 'article' or 'outlet', got {by!r}")
    key = "q.article_id" if by == "article" else "q.outlet"
    where_sql, params = _quote_where(db, where)
    grouped = (
        f"SELECT {key} AS key, count(*) AS quotes, sum(q.source_type = 'anonymous') AS anonymous, "
        "round(1.0 * sum(q.source_type = 'anonymous') / count(*), 4) AS share "
        f"FROM quotes q{where_sql} GROUP BY {key} HAVING count(*) >= ?"
    )
    order = "g.share DESC, g.anonymous DESC, g.key"
    # the number of groups comes with the page (a window over them), not from grouping all quotes again
    page = f"SELECT *, count(*) OVER () AS total FROM ({grouped}) g ORDER BY {order} LIMIT ? OFFSET ?"
    if by == "article":
        sql = (f"SELECT g.key, a.title AS label, a.outlet, a.published, g.quotes, g.anonymous, g.share, g.total "
               f"FROM ({page}) g JOIN articles a ON a.id = g.key ORDER BY {order}")
    else:
        sql = f"SELECT g.key, g.key AS label, g.quotes, g.anonymous, g.share, g.total FROM ({page}) g ORDER BY {order}"
    rows = _run(db, sql, [*params, min_quotes, limit, offset])
    if rows:
        total = rows[0]["total"]
        for row in rows:
            del row["total"]
    elif offset:  # past the last page: count the groups
        total = _run(db, f"SELECT count(*) AS n FROM ({grouped})", [*params, min_quotes])[0]["n"]
    else:
        total = 0
    return Page(rows, total, limit, offset)


def cue_verbs(db: Database, where: QuoteFilter = QuoteFilter(), *, top: int = 20) -> list[dict[str, Any]]:
    """The speech verbs that introduce quotes, with their framing: neutral (বলেন, জানান) or
    distancing (দাবি করেন). Rows: cue, framing, quotes; the most used first."""
    where_sql, params = _quote_where(db, where)
    return _run(db, (
        f"SELECT q.cue AS cue, q.framing AS framing, count(*) AS quotes FROM quotes q{where_sql} AND q.cue IS NOT NULL "
        "GROUP BY q.cue, q.framing ORDER BY quotes DESC, cue LIMIT ?"), [*params, top])


# ---- timeline -----------------------------------------------------------------------------------

_EVENT_ORDERS = {"date": "ev.date_start, ev.date_end, ev.id",
                 "latest": "ev.date_start DESC, ev.date_end DESC, ev.id DESC"}
# One event per article, day (value) and sentence: the grammar gives "মঙ্গলবার (৩০ ডিসেম্বর)" as
# two expressions (the gold lists both), which an editor reads as one event said twice.
_ONE_EVENT = "ev.article_id, ev.value, ev.sentence_start, ev.sentence_end"
JOIN_GAP = 12  # characters between two expressions of one event that are shown as written


def said_as(expressions: Sequence[tuple[int, int, str, str]]) -> str:
    """How one event reads when a sentence names its day more than once: the expressions
    (start, end, text, the `JOIN_GAP` characters after it) in text order, the words between two
    written together kept, others joined by " … ", a repeated one said once.

    >>> said_as([(9, 17, "মঙ্গলবার", " (৩০ ডিসেম্বর"), (19, 30, "৩০ ডিসেম্বর", ") এক বিজ্ঞপ্তি")])
    'মঙ্গলবার (৩০ ডিসেম্বর)'
    >>> said_as([(0, 8, "মঙ্গলবার", " (৩০ ডিসেম"), (10, 21, "৩০ ডিসেম্বর", " )পররাষ্ট্র")])
    'মঙ্গলবার (৩০ ডিসেম্বর)'
    >>> said_as([(0, 10, "২০০১ সালের", " নির্বাচনে"), (40, 50, "২০০১ সালের", " শেষে"), (60, 66, "সে বছর", "")])
    '২০০১ সালের … সে বছর'
    """
    said, seen = "", set()
    last_end, after = -1, ""
    for start, end, text, following in sorted(expressions):
        gap = start - last_end
        between = after[:gap] if 0 <= gap <= len(after) else None
        if between is not None and "।" not in between:
            said += between + text
        elif text in seen or start < last_end:
            continue
        else:
            said += (" … " if said else "") + text
        seen.add(text)
        last_end, after = end, following
    if said.count("(") > said.count(")") and after.lstrip().startswith(")"):  # "(৩০ ডিসেম্বর )" too
        said += ")"
    return said


def list_events(
    db: Database, where: EventFilter = EventFilter(), *, limit: int = 500, offset: int = 0, order: str = "date",
) -> Page:
    """Dated events (placed time expressions) in date order, with the sentence and article;
    `order="latest"` gives the latest-dated first (the newest N of a large archive, for a chart).
    The expressions of one article that give the same day in the same sentence are one event,
    `text` saying them all (`said_as`), `id` the first one's.
    Rows: id, article_id, title, outlet, published, url, text, value, granularity, modifier, tense,
    date_start, date_end, sentence, entities, speakers."""
    if order not in _EVENT_ORDERS:
        raise BadQuery(f"order must be one of {', '.join(_EVENT_ORDERS)}, got {order!r}")
    sql = ["ev.is_event = 1"]
    params: list[Any] = []
    if where.entity_id is not None:
        sql.append("ev.id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)")
        params.append(registry.root(db, where.entity_id))
    if where.speaker_id is not None:
        sql.append("ev.id IN (SELECT event_id FROM event_entities WHERE entity_id = ? AND role = 'speaker')")
        params.append(registry.root(db, where.speaker_id))
    if where.article_id is not None:
        sql.append("ev.article_id = ?")
        params.append(where.article_id)
    if where.outlet:
        sql.append("a.outlet = ?")
        params.append(where.outlet)
    if where.date_from:
        sql.append("ev.date_end >= ?")
        params.append(str(where.date_from)[:10])
    if where.date_to:
        sql.append("ev.date_start <= ?")
        params.append(str(where.date_to)[:10])
    # the article is joined for the outlet filter only, and for the rows of the page
    joined = " JOIN articles a ON a.id = ev.article_id" if where.outlet else ""
    base = f"FROM events ev{joined} WHERE {' AND '.join(sql)} GROUP BY {_ONE_EVENT}"
    total = db.conn.execute(f"SELECT count(*) FROM (SELECT 1 {base})", params).fetchone()[0]
    # a group's dates are its value's; its first expression stands for it
    page_order = _EVENT_ORDERS[order].replace("ev.id", "min(ev.id)")
    rows = list(db.query(
        "SELECT ev.id, ev.article_id, a.title, a.outlet, a.published, a.url, ev.text, ev.value, ev.granularity, "
        "ev.modifier, ev.tense, ev.part_of_day, ev.date_start, ev.date_end, ev.start, ev.end, "
        "coalesce(ev.summary, substr(t.body, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start)) AS sentence, "
        "ev.entities, ev.speakers, CASE WHEN page.said > 1 THEN (SELECT json_group_array(json_array("
        f"o.start, o.end, o.text, substr(t.body, o.end + 1, {JOIN_GAP}))) FROM events o "
        "WHERE o.article_id = ev.article_id AND o.is_event = 1 AND o.value = ev.value "
        "AND o.sentence_start IS ev.sentence_start AND o.sentence_end IS ev.sentence_end) END AS said_as "
        f"FROM (SELECT min(ev.id) AS id, count(*) AS said {base} ORDER BY {page_order} LIMIT ? OFFSET ?) page "
        "JOIN events ev ON ev.id = page.id JOIN articles a ON a.id = ev.article_id "
        f"JOIN article_texts t ON t.id = ev.article_id ORDER BY {_EVENT_ORDERS[order]}",
        [*params, limit, offset],
    ))
    for row in rows:
        row["entities"] = json.loads(row["entities"])
        row["speakers"] = json.loads(row["speakers"])
        if (expressions := row.pop("said_as")) is not None:
            row["text"] = said_as(json.loads(expressions))
    canonical = _registry_names(db, {name for row in rows for name in (*row["entities"], *row["speakers"])})
    for row in rows:
        for column in ("entities", "speakers"):
            row[column] = list(dict.fromkeys(canonical.get(name, name) for name in row[column]))
    return Page(rows, total, limit, offset)


def _registry_names(db: Database, names: set[str]) -> dict[str, str]:
    """Each name an analysis wrote on an event -> the registry's name for it now, following an editor's
    rename or merge (ভ্লাদিমির পুতিন -> the name kept); a speaker phrase with no entity is left out."""
    keys = {name: registry.entity_key(name) for name in names}
    ids = registry.lookup_keys(db, set(keys.values()) - {""})
    wanted = sorted(set(ids.values()))
    rows: dict[int, tuple[str, int | None]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows.update((entity_id, (name, merged_into)) for entity_id, name, merged_into in db.conn.execute(
            f"SELECT id, name, merged_into FROM entities WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    found: dict[str, str] = {}
    for name, key in keys.items():
        if (entity_id := ids.get(key)) is None or entity_id not in rows:
            continue
        kept, merged_into = rows[entity_id]
        found[name] = kept if merged_into is None else registry.get(db, registry.root(db, entity_id))["name"]
    return found


# ---- entity registry ----------------------------------------------------------------------------

_ENTITY_ORDERS = {"mentions": "e.mentions DESC, e.name", "articles": "e.articles DESC, e.name", "name": "e.name",
                  "quotes": "e.quotes DESC, e.name"}


def list_entities(
    db: Database, *, text: str | None = None, entity_type: str | None = None, status: str = "active",
    order: str = "mentions", limit: int = 50, offset: int = 0,
) -> Page:
    """The registry with mention, article and quote counts (the counters the registry keeps, see
    migration 5), its name or an alias containing `text` or, for a case form, one of its stems.
    Rows: id, name, type, aliases (list), status, mentions, articles, quotes."""
    if order not in _ENTITY_ORDERS:
        raise BadQuery(f"order must be one of {', '.join(_ENTITY_ORDERS)}, got {order!r}")
    sql = ["e.status = ?"]
    params: list[Any] = [status]
    if entity_type:
        sql.append("e.type = ?")
        params.append(entity_type)
    if text and text.strip():
        # a name typed as the article writes it (ইউনূসের, রাশিয়াকে) finds the row by its stems too
        needles = typed_name_forms(text)
        sql.append("(" + " OR ".join(["e.name LIKE ? OR e.aliases LIKE ?"] * len(needles)) + ")")
        params.extend(f"%{needle}%" for needle in needles for _ in range(2))
    where_sql = " WHERE " + " AND ".join(sql)
    total = db.conn.execute(f"SELECT count(*) FROM entities e{where_sql}", params).fetchone()[0]
    rows = list(db.query(
        "SELECT e.id, e.name, e.type, e.aliases, e.status, e.mentions, e.articles, e.quotes "
        f"FROM entities e{where_sql} ORDER BY {_ENTITY_ORDERS[order]} LIMIT ? OFFSET ?", [*params, limit, offset],
    ))
    for row in rows:
        row["aliases"] = json.loads(row["aliases"])
    return Page(rows, total, limit, offset)


def get_entity(db: Database, entity_id: int) -> dict[str, Any]:
    """A registry entity (following merges) with its counts."""
    return registry.get(db, registry.root(db, entity_id))  # with its counters: mentions, articles, quotes


def cooccurring_entities(db: Database, entity_id: int, *, limit: int = 10, entity_type: str | None = None) -> list[dict[str, Any]]:
    """Entities most often named in the same articles as this one. Rows: id, name, type, articles."""
    root_id = registry.root(db, entity_id)
    type_sql = " AND e.type = ?" if entity_type else ""
    return list(db.query(
        "SELECT e.id, e.name, e.type, count(*) AS articles FROM article_entities mine "
        "JOIN article_entities other ON other.article_id = mine.article_id AND other.entity_id != mine.entity_id "
        "AND other.status = 'active' JOIN entities e ON e.id = other.entity_id AND e.status = 'active' "
        f"WHERE mine.entity_id = ? AND mine.status = 'active'{type_sql} "
        "GROUP BY e.id ORDER BY articles DESC, e.name LIMIT ?",
        [root_id, *([entity_type] if entity_type else []), limit],
    ))


# ---- export -------------------------------------------------------------------------------------

def export_rows(db: Database, table: str) -> Iterator[dict[str, Any]]:
    """Every row of one table, streamed (CSV/JSON export)."""
    if table not in EXPORT_TABLES:
        raise UnknownTable(f"cannot export {table!r}; choose one of {', '.join(EXPORT_TABLES)}")
    # a quote's speaker as the pages and their downloads name it: the registry's name now (a rename
    # or merge since the analysis), the words as written staying in speaker_mention
    quote_columns = ", ".join("coalesce(se.name, q.speaker) AS speaker" if name == "speaker" else f"q.{name}"
                              for _, name, *_ in db.conn.execute("PRAGMA table_info(quotes)"))
    sql = {
        # the text lives in its own table since schema 5; an export still has it
        "articles": "SELECT a.*, t.body FROM articles a JOIN article_texts t ON t.id = a.id ORDER BY a.id",
        "mentions": "SELECT * FROM mentions ORDER BY article_entity_id, start",  # a view: no rowid
        "quotes": f"SELECT {quote_columns} FROM quotes q LEFT JOIN entities se ON se.id = q.speaker_entity_id ORDER BY q.id",
    }.get(table, f"SELECT * FROM {table} ORDER BY rowid")
    cursor = db.conn.execute(sql)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row))
