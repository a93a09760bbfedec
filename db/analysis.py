"""Saving and loading what `core.pipeline.analyze` found in an article.

`save_analysis` replaces an article's extraction rows, links names to the entity registry and then
re-applies the editors' article-level decisions (rejected entities and quotes, fixed speakers,
added quotes and entities), so a decision wins over the model on every re-analysis. Registry-level
decisions (rename, retype, merge, reject) live in the registry itself and hold automatically.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from calendar import monthrange
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from core.models import ArticleAnalysis, Entity, Event, Mention, Quote, Span, TimeExpression
from core.text import normalize
from db import registry
from db.errors import ArticleNotFound
from db.store import now, write

_SPACE = re.compile(r"\s+")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_SPEAKER_TYPES = {"person": "PERSON", "organisation": "ORG", "media": "ORG"}


def quote_key(text: str) -> str:
    """Identity of a quote across re-analysis: its words, whatever offsets the extractor gives."""
    words = _SPACE.sub(" ", normalize(text)).strip()
    return hashlib.sha1(words.encode("utf-8")).hexdigest()[:20]


def value_range(value: str | None) -> tuple[str | None, str | None]:
    """First and last day a normalised time value covers: '2023-09' -> ('2023-09-01', '2023-09-30');
    '2023-W36' -> its Monday and Sunday; 'A/B' -> start of A, end of B; durations -> (None, None)."""
    if not value:
        return None, None
    if "/" in value:
        first, _, last = value.partition("/")
        return value_range(first)[0], value_range(last)[1]
    try:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            return day, day
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1).isoformat(), date(year, month, monthrange(year, month)[1]).isoformat()
        if m := _YEAR.match(value):
            return f"{m[1]}-01-01", f"{m[1]}-12-31"
        if m := _WEEK.match(value):
            year, week = int(m[1]), int(m[2])
            return date.fromisocalendar(year, week, 1).isoformat(), date.fromisocalendar(year, week, 7).isoformat()
    except ValueError:
        return None, None
    return None, None


def granularity_of(value: str) -> str | None:
    """The granularity a normalised time value states, as the extractor writes them, or None when it is
    not one (a day that does not exist, an interval that ends before it starts).

    >>> [granularity_of(v) for v in ("2023-09-12", "2023-W36", "2023-09", "2023", "2023-07/2024-06", "2023-02-30")]
    ['day', 'week', 'month', 'year', 'interval', None]
    """
    first, last = value_range(value)
    if first is None or last is None or first > last:
        return None
    if "/" in value:
        return "interval"
    return "day" if _DAY.match(value) else "week" if _WEEK.match(value) else "month" if _MONTH.match(value) else "year"


def event_key(start: int, end: int) -> str:
    """Identity of a time expression across re-analysis: where it stands in the text, which
    re-analysis does not change (the stored text is the normalised one). '120-134'."""
    return f"{start}-{end}"


def save_analysis(
    db: Database, article_id: int, analysis: ArticleAnalysis | Extraction, *, corrections: bool = True
) -> None:
    """Store `analysis` as the article's extraction result (replacing any earlier one) and re-apply
    the editors' decisions. Runs inside the caller's transaction when there is one. An `Extraction`
    (the analysis already turned into rows, as ingest workers return it) is stored the same way."""
    rows = analysis if isinstance(analysis, Extraction) else extraction(analysis)
    with write(db):
        row = db.conn.execute(
            "SELECT published, published_inferred, outlet FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise ArticleNotFound(f"no article with id {article_id}")
        for table in ("article_entities", "quotes", "events"):
            db.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        published = rows.published or row[0]
        stamp = now()
        db.conn.execute(
            "UPDATE articles SET extractor_version = ?, analysed_at = ?, published = ?, "
            "published_inferred = ?, updated_at = ? WHERE id = ?",
            (rows.extractor_version, stamp, published,
             int(rows.published_inferred) if rows.published else row[1], stamp, article_id),
        )
        insert_extraction(db, article_id, rows, outlet=row[2], published=published)
        if corrections:
            remember_model(db, article_id, "quote")
            remember_model(db, article_id, "event")
            apply_corrections(db, article_id)


@dataclass(frozen=True)
class Extraction:
    """An analysis as the values of the rows it becomes, everything that needs no database done:
    keys, JSON, quote keys, date ranges. Ingest workers build it beside the analysis, so the one
    process that writes only resolves names and inserts (and receives small tuples, not records).

    entities: (key, name, type, aliases JSON, mentions JSON, mention count, confidence, source),
    one per registry key; `names`: what `registry.resolve` gets; `links`: each name and alias as
    written with its key; quotes: (speaker key, row values); events: (row values, names, speakers).
    """

    published: str | None
    published_inferred: bool
    extractor_version: str
    names: tuple[tuple[str, str, tuple[str, ...]], ...]
    entities: tuple[tuple[str, str, str, str, str, int, float, str], ...]
    links: tuple[tuple[str, str], ...]
    quotes: tuple[tuple[str | None, tuple[Any, ...]], ...]
    events: tuple[tuple[tuple[Any, ...], tuple[str, ...], tuple[str, ...]], ...]


def extraction(analysis: ArticleAnalysis) -> Extraction:
    """`analysis` as row values (see `Extraction`); no database needed."""
    return Extraction(
        published=analysis.published, published_inferred=analysis.published_inferred,
        extractor_version=analysis.extractor_version,
        names=tuple((e.name, e.type, tuple(e.aliases)) for e in analysis.entities),
        entities=_entity_rows(analysis.entities), links=_links(analysis.entities),
        quotes=tuple(_quote_row(q) for q in analysis.quotes), events=_event_rows(analysis),
    )


_EntityRow = tuple[str, str, str, str, str, int, float, str]
_EventRow = tuple[tuple[Any, ...], tuple[str, ...], tuple[str, ...]]


def _entity_rows(entities: Sequence[Entity]) -> tuple[_EntityRow, ...]:
    """One row per registry key (a name with none is left out): the first entity's name, type and
    source, the other names and aliases of all, the mentions of all, the highest confidence."""
    by_key: dict[str, list[Entity]] = {}
    for entity in entities:
        if key := registry.entity_key(entity.name):
            by_key.setdefault(key, []).append(entity)
    rows = []
    for key, parts in by_key.items():
        first = parts[0]
        spans = {(m.start, m.end) for e in parts for m in e.mentions}
        aliases = [a for a in dict.fromkeys(a for e in parts for a in (e.name, *e.aliases)) if a != first.name]
        rows.append((key, first.name, first.type, _json_list(aliases), mentions_json(spans), len(spans),
                     max(e.confidence for e in parts), first.source))
    return tuple(rows)


def _links(entities: Sequence[Entity]) -> tuple[tuple[str, str], ...]:
    """Each name and alias as written with its registry key (the first entity to write it decides)."""
    links: dict[str, str] = {}
    for entity in entities:
        if key := registry.entity_key(entity.name):
            for written in (entity.name, *entity.aliases):
                links.setdefault(written, key)
    return tuple(links.items())


def _quote_row(q: Quote) -> tuple[str | None, tuple[Any, ...]]:
    return (registry.entity_key(q.speaker) if q.speaker else None,
            (quote_key(q.text), q.text, q.kind, q.start, q.end, q.speaker, q.speaker_mention, q.speaker_start,
             q.speaker_end, q.source_type, q.role, q.affiliation, q.cue, q.framing, q.confidence))


def _event_rows(analysis: ArticleAnalysis) -> tuple[_EventRow, ...]:
    placed = {event.time: event for event in analysis.events}
    return tuple(_event_row(analysis.text, expression, placed.get(expression)) for expression in analysis.dates)


def _event_row(text: str, expression: TimeExpression, event: Event | None) -> _EventRow:
    """A date's row values, with the names and speakers of its event (none for a date that places nothing).
    It is on the timeline when it places an event, has a value and is no duration."""
    sentence = event.sentence if event else expression.sentence
    summary = None  # the sentence itself is not copied
    if event and (sentence is None or event.summary != text[sentence.start:sentence.end]):
        summary = event.summary
    is_event = event is not None and bool(expression.value) and expression.granularity != "duration"
    date_start, date_end = value_range(expression.value) if is_event else (None, None)
    names = tuple(event.entities) if event else ()
    said = tuple(event.speakers) if event else ()
    return ((
        expression.text, expression.start, expression.end, expression.value, expression.granularity,
        expression.modifier, expression.tense, sentence.start if sentence else None,
        sentence.end if sentence else None, summary, _json_list(names), _json_list(said), int(is_event),
        date_start, date_end, expression.part_of_day), names, said)


def insert_extraction(
    db: Database, article_id: int, rows: Extraction, *, outlet: str | None, published: str | None,
) -> None:
    """The extraction rows of an article that has none yet (after the delete in `save_analysis`).
    The caller holds the write transaction. Ingest writes many articles at once with `Writer`."""
    writer = Writer(db)
    writer.add(article_id, rows, outlet=outlet, published=published)
    writer.flush()


class Writer:
    """Extraction rows of many articles written with one statement per table.

    `add` links an article's names to the registry at once (creating entities), so the next
    article of the batch finds them; `flush` writes the rows. One statement, not one per row,
    matters for the full-text index: SQLite opens a savepoint on FTS5 for every statement that
    fires its trigger, and FTS5 (3.40) writes its pending terms out at each savepoint, so a quote
    inserted by itself costs a new index segment. The caller holds the write transaction; ids of
    events are assigned here (nobody else writes meanwhile)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._reset()

    def _reset(self) -> None:
        self.entities: list[tuple[Any, ...]] = []
        self.quotes: list[tuple[Any, ...]] = []
        self.events: list[tuple[Any, ...]] = []
        self.links: list[tuple[int, int, str]] = []
        self.texts: list[tuple[int, str]] = []
        self._next_event: int | None = None

    def add_text(self, article_id: int, body: str) -> None:
        """A new article's text (`article_texts`, indexed for search by its trigger)."""
        self.texts.append((article_id, body))

    def add(self, article_id: int, rows: Extraction, *, outlet: str | None, published: str | None) -> None:
        keys = registry.resolve(self.db, rows.names) if rows.names else {}
        ids = {written: keys[key] for written, key in rows.links if key in keys}
        self._entities(article_id, rows, keys)
        speakers = self._quotes(article_id, rows, ids, outlet=outlet, published=published)
        self._events(article_id, rows, ids, speakers)

    def flush(self) -> None:
        insert_rows(self.db, "article_texts", ("id", "body"), self.texts)
        insert_rows(self.db, "article_entities", (
            "article_id", "entity_id", "name", "type", "aliases", "mentions", "mention_count", "confidence", "source",
        ), self.entities)
        insert_rows(self.db, "quotes", (
            "article_id", "quote_key", "text", "kind", "start", "end", "speaker", "speaker_mention", "speaker_start",
            "speaker_end", "speaker_entity_id", "source_type", "role", "affiliation", "cue", "framing", "confidence",
            "outlet", "published",
        ), self.quotes)
        insert_rows(self.db, "events", (
            "id", "article_id", "text", "start", "end", "value", "granularity", "modifier", "tense", "sentence_start",
            "sentence_end", "summary", "entities", "speakers", "is_event", "date_start", "date_end", "part_of_day",
        ), self.events)
        insert_rows(self.db, "event_entities", ("event_id", "entity_id", "role"), self.links, verb="INSERT OR IGNORE")
        self._reset()

    def _entities(self, article_id: int, rows: Extraction, keys: dict[str, int]) -> None:
        # two keys may lead to one registry entity (an editor merged them): one row, mentions combined
        grouped: dict[int, list[tuple[str, str, str, str, str, int, float, str]]] = {}
        for row in rows.entities:
            entity_id = keys.get(row[0])
            if entity_id is not None:
                grouped.setdefault(entity_id, []).append(row)
        for entity_id, parts in grouped.items():
            _, name, etype, aliases, mentions, count, confidence, source = parts[0]
            if len(parts) > 1:
                mentions = mentions_json(m for part in parts for m in json.loads(part[4]))
                count = len(json.loads(mentions))
                aliases = _json_list([a for a in dict.fromkeys(
                    a for part in parts for a in (part[1], *json.loads(part[3]))) if a != name])
                confidence = max(part[6] for part in parts)
            self.entities.append((article_id, entity_id, name, etype, aliases, mentions, count, confidence, source))

    def _quotes(
        self, article_id: int, rows: Extraction, ids: dict[str, int], *, outlet: str | None, published: str | None,
    ) -> dict[str, int]:
        """Queue the quotes; returns speaker name -> registry id for the speakers that were linked."""
        if not rows.quotes:
            return {}
        unlinked = [(key, values) for key, values in rows.quotes if key and values[5] not in ids]
        known = registry.lookup_keys(self.db, (key for key, _ in unlinked)) if unlinked else {}
        # a named speaker the entity step missed still gets one registry row archive-wide
        missing = [(values[5], _SPEAKER_TYPES[values[9]], ()) for key, values in unlinked
                   if key not in known and values[9] in _SPEAKER_TYPES]
        if missing:
            known.update(registry.resolve(self.db, missing))
        speakers: dict[str, int] = {}
        linked = []
        for key, quote in rows.quotes:
            speaker = quote[5]
            speaker_id = (ids.get(speaker) or known.get(key or "")) if speaker else None
            if speaker and speaker_id is not None:
                speakers[speaker] = speaker_id
            linked.append((speaker_id, quote))
        # an editor's retype of a speaker holds here too: its quotes count under the new type's source type
        types = registry.retyped(self.db, (i for i, _ in linked if i is not None))
        for speaker_id, quote in linked:
            source_type = quote[9]
            if speaker_id in types and source_type in registry.NAMED_SOURCE_TYPES:
                source_type = registry.source_type_of(types[speaker_id])
            self.quotes.append((article_id, *quote[:9], speaker_id, source_type, *quote[10:], outlet, published))
        return speakers

    def _events(self, article_id: int, rows: Extraction, ids: dict[str, int], speakers: dict[str, int]) -> None:
        if not rows.events:
            return
        if self._next_event is None:
            self._next_event = int(self.db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM events").fetchone()[0])
        for event, names, said in rows.events:
            event_id = self._next_event
            self._next_event += 1
            self.events.append((event_id, article_id, *event))
            linked = {(ids[name], "mentioned") for name in names if name in ids}
            linked |= {(speakers.get(s) or ids[s], "speaker") for s in said if s in speakers or s in ids}
            self.links.extend((event_id, entity_id, role) for entity_id, role in sorted(linked))


def insert_rows(
    db: Database, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], *, verb: str = "INSERT",
) -> None:
    """Insert `rows` with as few statements as SQLite's parameter limit allows."""
    if not rows:
        return
    per_row = len(columns)
    chunk = max(1, min(db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER), 32766) // per_row)
    one = "(" + ", ".join("?" * per_row) + ")"
    head = f"{verb} INTO {table} ({', '.join(columns)}) VALUES "
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        db.conn.execute(head + ", ".join([one] * len(part)), [value for row in part for value in row])


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _json_list(values: Sequence[str]) -> str:
    return _ENCODE(list(values)) if values else "[]"


def mentions_json(spans: Iterable[Sequence[int]]) -> str:
    """Mentions as stored on an `article_entities` row: '[[start,end],...]', sorted, no repeats."""
    return "[" + ",".join(f"[{s},{e}]" for s, e in sorted({(int(m[0]), int(m[1])) for m in spans})) + "]"


# The targets of article-level decisions, which `apply_corrections` re-applies after each analysis.
ARTICLE_TARGETS = ("article_entity", "quote", "event")
_TARGETS_SQL = "(" + ", ".join(f"'{t}'" for t in ARTICLE_TARGETS) + ")"


def apply_corrections(db: Database, article_id: int) -> None:
    """Re-apply the active article-level decisions of one article, oldest first."""
    rows = db.conn.execute(
        "SELECT target, action, entity_id, target_key, after FROM corrections "
        f"WHERE article_id = ? AND active = 1 AND target IN {_TARGETS_SQL} AND action != 'undo' ORDER BY id",
        (article_id,),
    ).fetchall()
    for target, action, entity_id, key, after_json in rows:
        after = json.loads(after_json) if after_json else {}
        if target == "article_entity":
            _apply_entity_decision(db, article_id, action, entity_id, after)
        elif target == "event":
            _apply_event_decision(db, article_id, action, key, after)
        else:
            _apply_quote_decision(db, article_id, action, key, after)
    # an article never corrected keeps its events as the analysis linked them; one that was (even
    # if every decision has since been undone) gets them from its rows as they now stand
    if rows or db.conn.execute(
        f"SELECT 1 FROM corrections WHERE article_id = ? AND target IN {_TARGETS_SQL} LIMIT 1", (article_id,)
    ).fetchone():
        relink_events(db, article_id)


def relink_events(db: Database, article_id: int) -> None:
    """Give the article's events the entities and speakers of their sentences as the rows now say,
    by the rule of `core.pipeline.events` (an entity with a mention starting in the sentence, the
    speaker of a quote overlapping it): the Timeline's entity and speaker filters, lanes and CSV then
    follow an editor's speaker fix, rejected quote or entity and added quote or entity. Names are
    the registry's (an editor's rename or merge)."""
    named = [
        (entity_id, name, json.loads(mentions)) for entity_id, name, mentions in db.conn.execute(
            "SELECT ae.entity_id, e.name, ae.mentions FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
            "WHERE ae.article_id = ? AND ae.status = 'active'", (article_id,))
    ]
    said = db.conn.execute(
        "SELECT q.start, q.end, q.speaker_entity_id, coalesce(e.name, q.speaker) FROM quotes q "
        "LEFT JOIN entities e ON e.id = q.speaker_entity_id WHERE q.article_id = ? AND q.status = 'active' "
        "AND coalesce(e.name, q.speaker) IS NOT NULL ORDER BY q.start", (article_id,)
    ).fetchall()
    events = db.conn.execute(
        "SELECT id, sentence_start, sentence_end FROM events WHERE article_id = ? AND is_event = 1 "
        "AND sentence_start IS NOT NULL", (article_id,)
    ).fetchall()
    links: list[tuple[int, int, str]] = []
    for event_id, start, end in events:
        inside = sorted((min(m[0] for m in spans if start <= m[0] < end), entity_id, name)
                        for entity_id, name, spans in named if any(start <= m[0] < end for m in spans))
        speakers = [(entity_id, name) for q_start, q_end, entity_id, name in said if q_start < end and q_end > start]
        db.conn.execute("UPDATE events SET entities = ?, speakers = ? WHERE id = ?", (
            _json_list(list(dict.fromkeys(name for _, _, name in inside))),
            _json_list(list(dict.fromkeys(name for _, name in speakers))), event_id))
        links += {(event_id, entity_id, "mentioned") for _, entity_id, _ in inside}
        links += {(event_id, entity_id, "speaker") for entity_id, _ in speakers if entity_id is not None}
    db.conn.execute("DELETE FROM event_entities WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)",
                    (article_id,))
    insert_rows(db, "event_entities", ("event_id", "entity_id", "role"), sorted(set(links)), verb="INSERT OR IGNORE")


def _apply_entity_decision(db: Database, article_id: int, action: str, entity_id: int, after: dict[str, Any]) -> None:
    entity_id = registry.root(db, entity_id)
    if action == "reject":
        db.conn.execute(
            "UPDATE article_entities SET status = 'rejected' WHERE article_id = ? AND entity_id = ?",
            (article_id, entity_id),
        )
    elif action == "add":
        existing = db.conn.execute(
            "SELECT id FROM article_entities WHERE article_id = ? AND entity_id = ?", (article_id, entity_id)
        ).fetchone()
        if existing:
            db.conn.execute("UPDATE article_entities SET status = 'active' WHERE id = ?", (existing[0],))
            return
        mentions = mentions_json(after.get("mentions", []))
        db.conn.execute(
            "INSERT INTO article_entities (article_id, entity_id, name, type, mentions, mention_count, source) "
            "VALUES (?, ?, ?, ?, ?, ?, 'editor')",
            (article_id, entity_id, after["name"], after["type"], mentions, len(json.loads(mentions))),
        )


# The fields of a quote or date that the decisions an undo gives back from the model change, by target
# (`db.corrections._RESTORED` takes each action's share), and those decisions.
MODEL_FIELDS = {"quote": ("kind", "text", "start", "end"),
                "event": ("value", "granularity", "summary", "status", "is_event")}
MODEL_ACTIONS = {"quote": ("set_kind", "set_text"), "event": ("set_value", "set_summary", "reject")}
_ROW_KEY = {"quote": "quote_key", "event": "start || '-' || end"}


def remember_model(db: Database, article_id: int, target: str, key: str | None = None) -> None:
    """Keep on its row what the model gave a quote or date (`MODEL_FIELDS`, in the `model` column), for
    an undo to give back. Without `key`, right after an analysis wrote the rows and before the
    decisions are applied: every row a decision in force will change. With `key`, just before a
    decision about that row, when none in force has changed it yet (so it still holds the model's
    values) and none was kept: a fix made before the last analysis replaced an older model's values."""
    table = "quotes" if target == "quote" else "events"
    values = ", ".join(f"'{field}', {field}" for field in MODEL_FIELDS[target])
    actions = ", ".join(f"'{action}'" for action in MODEL_ACTIONS[target])
    decided = (f"SELECT target_key FROM corrections WHERE article_id = :article AND target = '{target}' "
               f"AND active = 1 AND action IN ({actions})")
    if key is None:
        db.conn.execute(f"UPDATE {table} SET model = json_object({values}) WHERE article_id = :article "
                        f"AND {_ROW_KEY[target]} IN ({decided})", {"article": article_id})
        return
    db.conn.execute(f"UPDATE {table} SET model = json_object({values}) WHERE article_id = :article "
                    f"AND {_ROW_KEY[target]} = :key AND model IS NULL AND :key NOT IN ({decided})",
                    {"article": article_id, "key": key})


def model_values(db: Database, article_id: int, target: str, key: str) -> dict[str, Any] | None:
    """What `remember_model` kept for the quote or date at `key`; None when nothing was (a row no fix
    touched, or one fixed before the model's values were kept)."""
    table = "quotes" if target == "quote" else "events"
    row = db.conn.execute(f"SELECT model FROM {table} WHERE article_id = ? AND {_ROW_KEY[target]} = ? "
                          "ORDER BY source = 'editor' LIMIT 1", (article_id, key)).fetchone()
    return None if row is None or row[0] is None else dict(json.loads(row[0]))


def write_speaker(db: Database, article_id: int, key: str, said: dict[str, Any]) -> None:
    """Give a quote the speaker in `said` (speaker, entity_id, source_type as a speaker fix records
    them; a missing source type keeps the quote's). The role and affiliation are the model's words
    about the speaker it found ("ইরানি ইতিহাসবিদ"): they stay while the speaker does, and go with a
    speaker the editor replaced, or the new speaker's quote list would show them as his. `said`
    holding them (the model's speaker given back on undo) sets them. A named speaker's source type
    follows an editor's retype of the speaker made since (`_retyped_source_type`)."""
    speaker_id = registry.root(db, said["entity_id"]) if said.get("entity_id") else None
    speaker = said.get("speaker")
    said = {**said, "source_type": _retyped_source_type(db, speaker_id, said.get("source_type"))}
    if "role" in said or "affiliation" in said:
        db.conn.execute(
            "UPDATE quotes SET speaker = ?, speaker_entity_id = ?, source_type = coalesce(?, source_type), role = ?, "
            "affiliation = ? WHERE article_id = ? AND quote_key = ?",
            (speaker, speaker_id, said.get("source_type"), said.get("role"), said.get("affiliation"), article_id, key),
        )
        return
    same = "speaker_entity_id IS ? AND (? IS NOT NULL OR speaker IS ?)"  # SQLite reads the row before the update
    db.conn.execute(
        f"UPDATE quotes SET role = CASE WHEN {same} THEN role END, affiliation = CASE WHEN {same} THEN affiliation END, "
        "speaker = ?, speaker_entity_id = ?, source_type = coalesce(?, source_type) WHERE article_id = ? AND quote_key = ?",
        (speaker_id, speaker_id, speaker, speaker_id, speaker_id, speaker,
         speaker, speaker_id, said.get("source_type"), article_id, key),
    )


def _retyped_source_type(db: Database, speaker_id: int | None, source_type: str | None) -> str | None:
    """The source type a decision re-applied gives a named speaker's quote: the one of the speaker's
    type as an editor retyped it, as `retype_entity` and a re-analysis give it (a person retyped ORG
    is an organisation's voice), else the one the decision recorded (written when it was made, so
    from the type before the retype)."""
    if speaker_id is None or source_type not in registry.NAMED_SOURCE_TYPES:
        return source_type
    types = registry.retyped(db, [speaker_id])
    return registry.source_type_of(types[speaker_id]) if speaker_id in types else source_type


def write_quote(db: Database, article_id: int, key: str, fields: dict[str, Any]) -> None:
    """Give a quote the kind, or the words and their offsets, in `fields` (a kind or extent fix's
    `after`, or its `before` on undo). The quote keeps its key, the model's words, so the fix finds it
    again after re-analysis and the quote's other decisions (speaker, reject) still hold."""
    if "kind" in fields:
        db.conn.execute("UPDATE quotes SET kind = ? WHERE article_id = ? AND quote_key = ?",
                        (fields["kind"], article_id, key))
    if "text" in fields:
        db.conn.execute("UPDATE quotes SET text = ?, start = ?, end = ? WHERE article_id = ? AND quote_key = ?",
                        (fields["text"], fields["start"], fields["end"], article_id, key))


def write_event(db: Database, article_id: int, key: str, fields: dict[str, Any]) -> None:
    """Give the time expression at `key` the value (and granularity), description (`summary`) or
    status in `fields` (a date fix's `after`, or its `before` on undo); its days and whether it is on
    the timeline follow: a placed, active expression in a sentence is an event."""
    start, _, end = key.partition("-")
    where = "article_id = ? AND start = ? AND end = ?"
    params = (article_id, int(start), int(end))
    if "value" in fields:
        first, last = value_range(fields["value"])
        db.conn.execute(f"UPDATE events SET value = ?, granularity = ?, date_start = ?, date_end = ? WHERE {where}",
                        (fields["value"], fields["granularity"], first, last, *params))
    if "summary" in fields:
        db.conn.execute(f"UPDATE events SET summary = ? WHERE {where}", (fields["summary"], *params))
    if "status" in fields:
        db.conn.execute(f"UPDATE events SET status = ? WHERE {where}", (fields["status"], *params))
    if "is_event" in fields:  # a restored expression goes back where the analysis had it (on the timeline or not)
        db.conn.execute(f"UPDATE events SET is_event = ? WHERE {where}", (fields["is_event"], *params))
    elif "value" in fields or "status" in fields:
        db.conn.execute(
            "UPDATE events SET is_event = (status = 'active' AND value IS NOT NULL AND granularity != 'duration' "
            f"AND sentence_start IS NOT NULL AND date_start IS NOT NULL) WHERE {where}", params)


def _apply_event_decision(db: Database, article_id: int, action: str, key: str, after: dict[str, Any]) -> None:
    if action == "add" and not db.conn.execute(
        "SELECT 1 FROM events WHERE article_id = ? AND start = ? AND end = ?", (article_id, after["start"], after["end"])
    ).fetchone():
        db.conn.execute(
            "INSERT INTO events (article_id, text, start, end, granularity, sentence_start, sentence_end, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'editor')",
            (article_id, after["text"], after["start"], after["end"], after["granularity"], after.get("sentence_start"),
             after.get("sentence_end")))
    if action == "add":
        write_event(db, article_id, key, {"value": after["value"], "granularity": after["granularity"],
                                          "status": "active"})
    elif action == "reject":
        write_event(db, article_id, key, {"status": "rejected"})
    elif action in ("set_value", "set_summary"):
        write_event(db, article_id, key, after)


def _apply_quote_decision(db: Database, article_id: int, action: str, key: str, after: dict[str, Any]) -> None:
    if action == "reject":
        db.conn.execute(
            "UPDATE quotes SET status = 'rejected' WHERE article_id = ? AND quote_key = ?", (article_id, key)
        )
    elif action == "set_speaker":
        write_speaker(db, article_id, key, after)
    elif action in ("set_kind", "set_text"):
        write_quote(db, article_id, key, after)
    elif action == "add":
        speaker_id = registry.root(db, after["entity_id"]) if after.get("entity_id") else None
        after = {**after, "source_type": _retyped_source_type(db, speaker_id, after.get("source_type"))}
        exists = db.conn.execute(
            "SELECT 1 FROM quotes WHERE article_id = ? AND quote_key = ?", (article_id, key)
        ).fetchone()
        if exists:
            # the editor's speaker comes with the editor's source type, which the Sources page counts
            db.conn.execute(
                "UPDATE quotes SET status = 'active', kind = ?, speaker = coalesce(?, speaker), "
                "speaker_entity_id = coalesce(?, speaker_entity_id), source_type = coalesce(?, source_type) "
                "WHERE article_id = ? AND quote_key = ?",
                (after["kind"], after.get("speaker"), speaker_id, after.get("source_type"), article_id, key),
            )
            return
        db.conn.execute(
            "INSERT INTO quotes (article_id, quote_key, text, kind, start, end, speaker, speaker_entity_id, "
            "source_type, role, affiliation, cue, framing, confidence, source, outlet, published) "
            "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1.0, 'editor', outlet, published FROM articles WHERE id = ?",
            (article_id, key, after["text"], after["kind"], after["start"], after["end"], after.get("speaker"),
             speaker_id, after.get("source_type") or "unknown", after.get("role"), after.get("affiliation"),
             after.get("cue"), after.get("framing") or "neutral", article_id),
        )


def load_analysis(db: Database, article_id: int) -> ArticleAnalysis:
    """The stored result as the core's records (active rows only, registry names for entities)."""
    article = db.conn.execute(
        "SELECT t.body, a.published, a.published_inferred, a.extractor_version FROM articles a "
        "JOIN article_texts t ON t.id = a.id WHERE a.id = ?", (article_id,)
    ).fetchone()
    if article is None:
        raise ArticleNotFound(f"no article with id {article_id}")
    text = article[0]
    entities = []
    for spans, name, etype, aliases, confidence, source in db.conn.execute(
        "SELECT ae.mentions, e.name, e.type, ae.aliases, ae.confidence, ae.source FROM article_entities ae "
        "JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? AND ae.status = 'active' "
        "AND e.status = 'active' ORDER BY ae.id",
        (article_id,),
    ).fetchall():
        mentions = tuple(Mention(s, e, text[s:e]) for s, e in json.loads(spans))
        entities.append(Entity(name, etype, mentions, tuple(json.loads(aliases)), confidence, source))
    quotes = tuple(
        Quote(r["text"], r["kind"], r["start"], r["end"], r["speaker_name"] or r["speaker"], r["speaker_mention"],
              r["speaker_start"], r["speaker_end"], r["source_type"], r["role"], r["affiliation"], r["cue"],
              r["framing"], r["confidence"])
        for r in db.query(
            "SELECT q.*, e.name AS speaker_name FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id "
            "WHERE q.article_id = ? AND q.status = 'active' ORDER BY q.start", [article_id],
        )
    )
    dates = tuple(
        TimeExpression(r["text"], r["start"], r["end"], r["value"], r["granularity"], r["modifier"], r["tense"],
                       Span(r["sentence_start"], r["sentence_end"]) if r["sentence_start"] is not None else None)
        for r in db.query("SELECT * FROM events WHERE article_id = ? AND status = 'active' ORDER BY start", [article_id])
    )
    return ArticleAnalysis(
        text=text, published=article[1], published_inferred=bool(article[2]), entities=tuple(entities),
        quotes=quotes, dates=dates, extractor_version=article[3] or "",
    )
