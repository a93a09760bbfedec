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
from calendar import monthrange
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlite_utils import Database

from core.models import ArticleAnalysis, Entity, Mention, Quote, Span, TimeExpression
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


def save_analysis(db: Database, article_id: int, analysis: ArticleAnalysis, *, corrections: bool = True) -> None:
    """Store `analysis` as the article's extraction result (replacing any earlier one) and re-apply
    the editors' decisions. Runs inside the caller's transaction when there is one."""
    with write(db):
        row = db.conn.execute("SELECT published, published_inferred FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise ArticleNotFound(f"no article with id {article_id}")
        for table in ("article_entities", "quotes", "events"):
            db.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        ids = _save_entities(db, article_id, analysis.entities)
        speakers = _save_quotes(db, article_id, analysis.quotes, ids, analysis.entities)
        _save_events(db, article_id, analysis, ids, speakers)
        db.conn.execute(
            "UPDATE articles SET extractor_version = ?, analysed_at = ?, published = ?, "
            "published_inferred = ?, updated_at = ? WHERE id = ?",
            (analysis.extractor_version, now(), analysis.published or row[0],
             int(analysis.published_inferred) if analysis.published else row[1], now(), article_id),
        )
        if corrections:
            apply_corrections(db, article_id)


def _entity_ids(analysis_entities: Sequence[Entity], keys: dict[str, int]) -> dict[str, int]:
    """Name (and alias) as written -> registry id, for linking quotes and events."""
    out: dict[str, int] = {}
    for entity in analysis_entities:
        entity_id = keys.get(registry.entity_key(entity.name))
        if entity_id is None:
            continue
        out.setdefault(entity.name, entity_id)
        for alias in entity.aliases:
            out.setdefault(alias, entity_id)
    return out


def _save_entities(db: Database, article_id: int, found: Sequence[Entity]) -> dict[str, int]:
    if not found:
        return {}
    keys = registry.resolve(db, [(e.name, e.type, e.aliases) for e in found])
    # two extracted entities may be one registry entity (after a merge): combine them
    grouped: dict[int, list[Entity]] = {}
    for entity in found:
        entity_id = keys.get(registry.entity_key(entity.name))
        if entity_id is not None:
            grouped.setdefault(entity_id, []).append(entity)
    for entity_id, parts in grouped.items():
        first = parts[0]
        mentions = sorted({(m.start, m.end, m.text) for e in parts for m in e.mentions})
        aliases = list(dict.fromkeys(a for e in parts for a in (e.name, *e.aliases) if a != first.name))
        cursor = db.conn.execute(
            "INSERT INTO article_entities (article_id, entity_id, name, type, aliases, mention_count, confidence, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, entity_id, first.name, first.type, json.dumps(aliases, ensure_ascii=False),
             len(mentions), max(e.confidence for e in parts), first.source),
        )
        db.conn.executemany(
            "INSERT INTO mentions (article_entity_id, start, end, text) VALUES (?, ?, ?, ?)",
            [(cursor.lastrowid, s, e, t) for s, e, t in mentions],
        )
    return _entity_ids(found, keys)


def _save_quotes(
    db: Database, article_id: int, found: Sequence[Quote], ids: dict[str, int], entities: Sequence[Entity]
) -> dict[str, int]:
    """Insert the quotes; returns speaker name -> registry id for the speakers that were linked."""
    speakers: dict[str, int] = {}
    wanted = [q.speaker for q in found if q.speaker and q.speaker not in ids]
    known = registry.lookup_keys(db, (registry.entity_key(s) for s in wanted))
    rows = []
    for quote in found:
        speaker_id = None
        if quote.speaker:
            speaker_id = ids.get(quote.speaker) or known.get(registry.entity_key(quote.speaker))
            if speaker_id is None and quote.source_type in _SPEAKER_TYPES:
                # a named speaker the entity step missed still gets one registry row archive-wide
                created = registry.resolve(db, [(quote.speaker, _SPEAKER_TYPES[quote.source_type], ())])
                speaker_id = created.get(registry.entity_key(quote.speaker))
                if speaker_id is not None:
                    known[registry.entity_key(quote.speaker)] = speaker_id
            if speaker_id is not None:
                speakers[quote.speaker] = speaker_id
        rows.append((
            article_id, quote_key(quote.text), quote.text, quote.kind, quote.start, quote.end, quote.speaker,
            quote.speaker_mention, quote.speaker_start, quote.speaker_end, speaker_id, quote.source_type,
            quote.role, quote.affiliation, quote.cue, quote.framing, quote.confidence,
        ))
    db.conn.executemany(
        "INSERT INTO quotes (article_id, quote_key, text, kind, start, end, speaker, speaker_mention, "
        "speaker_start, speaker_end, speaker_entity_id, source_type, role, affiliation, cue, framing, confidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return speakers


def _save_events(
    db: Database, article_id: int, analysis: ArticleAnalysis, ids: dict[str, int], speakers: dict[str, int]
) -> None:
    events = {event.time: event for event in analysis.events}
    for expression in analysis.dates:
        event = events.get(expression)
        sentence = event.sentence if event else expression.sentence
        summary = None
        if event and (sentence is None or event.summary != analysis.text[sentence.start:sentence.end]):
            summary = event.summary
        is_event = event is not None and bool(expression.value) and expression.granularity != "duration"
        date_start, date_end = value_range(expression.value) if is_event else (None, None)
        names = event.entities if event else ()
        said = event.speakers if event else ()
        cursor = db.conn.execute(
            "INSERT INTO events (article_id, text, start, end, value, granularity, modifier, tense, sentence_start, "
            "sentence_end, summary, entities, speakers, is_event, date_start, date_end, part_of_day) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, expression.text, expression.start, expression.end, expression.value,
             expression.granularity, expression.modifier, expression.tense,
             sentence.start if sentence else None, sentence.end if sentence else None, summary,
             json.dumps(list(names), ensure_ascii=False), json.dumps(list(said), ensure_ascii=False),
             int(is_event), date_start, date_end, expression.part_of_day),
        )
        links = {(ids[n], "mentioned") for n in names if n in ids}
        links |= {(speakers.get(s) or ids[s], "speaker") for s in said if s in speakers or s in ids}
        db.conn.executemany(
            "INSERT OR IGNORE INTO event_entities (event_id, entity_id, role) VALUES (?, ?, ?)",
            [(cursor.lastrowid, entity_id, role) for entity_id, role in links],
        )


def apply_corrections(db: Database, article_id: int) -> None:
    """Re-apply the active article-level decisions of one article, oldest first."""
    rows = db.conn.execute(
        "SELECT target, action, entity_id, target_key, after FROM corrections "
        "WHERE article_id = ? AND active = 1 AND target IN ('article_entity', 'quote') ORDER BY id",
        (article_id,),
    ).fetchall()
    for target, action, entity_id, key, after_json in rows:
        after = json.loads(after_json) if after_json else {}
        if target == "article_entity":
            _apply_entity_decision(db, article_id, action, entity_id, after)
        else:
            _apply_quote_decision(db, article_id, action, key, after)


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
        mentions = [tuple(m) for m in after.get("mentions", [])]
        cursor = db.conn.execute(
            "INSERT INTO article_entities (article_id, entity_id, name, type, mention_count, source) "
            "VALUES (?, ?, ?, ?, ?, 'editor')",
            (article_id, entity_id, after["name"], after["type"], len(mentions)),
        )
        db.conn.executemany(
            "INSERT INTO mentions (article_entity_id, start, end, text) VALUES (?, ?, ?, ?)",
            [(cursor.lastrowid, s, e, t) for s, e, t in mentions],
        )


def _apply_quote_decision(db: Database, article_id: int, action: str, key: str, after: dict[str, Any]) -> None:
    if action == "reject":
        db.conn.execute(
            "UPDATE quotes SET status = 'rejected' WHERE article_id = ? AND quote_key = ?", (article_id, key)
        )
    elif action == "set_speaker":
        speaker_id = registry.root(db, after["entity_id"]) if after.get("entity_id") else None
        db.conn.execute(
            "UPDATE quotes SET speaker = ?, speaker_entity_id = ?, source_type = coalesce(?, source_type) "
            "WHERE article_id = ? AND quote_key = ?",
            (after.get("speaker"), speaker_id, after.get("source_type"), article_id, key),
        )
    elif action == "add":
        speaker_id = registry.root(db, after["entity_id"]) if after.get("entity_id") else None
        exists = db.conn.execute(
            "SELECT 1 FROM quotes WHERE article_id = ? AND quote_key = ?", (article_id, key)
        ).fetchone()
        if exists:
            db.conn.execute(
                "UPDATE quotes SET status = 'active', kind = ?, speaker = coalesce(?, speaker), "
                "speaker_entity_id = coalesce(?, speaker_entity_id) WHERE article_id = ? AND quote_key = ?",
                (after["kind"], after.get("speaker"), speaker_id, article_id, key),
            )
            return
        db.conn.execute(
            "INSERT INTO quotes (article_id, quote_key, text, kind, start, end, speaker, speaker_entity_id, "
            "source_type, role, affiliation, cue, framing, confidence, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1.0, 'editor')",
            (article_id, key, after["text"], after["kind"], after["start"], after["end"], after.get("speaker"),
             speaker_id, after.get("source_type") or "unknown", after.get("role"), after.get("affiliation"),
             after.get("cue"), after.get("framing") or "neutral"),
        )


def load_analysis(db: Database, article_id: int) -> ArticleAnalysis:
    """The stored result as the core's records (active rows only, registry names for entities)."""
    article = db.conn.execute(
        "SELECT body, published, published_inferred, extractor_version FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if article is None:
        raise ArticleNotFound(f"no article with id {article_id}")
    text = article[0]
    entities = []
    for ae_id, name, etype, aliases, confidence, source in db.conn.execute(
        "SELECT ae.id, e.name, e.type, ae.aliases, ae.confidence, ae.source FROM article_entities ae "
        "JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? AND ae.status = 'active' "
        "AND e.status = 'active' ORDER BY ae.id",
        (article_id,),
    ).fetchall():
        mentions = tuple(Mention(s, e, t) for s, e, t in db.conn.execute(
            "SELECT start, end, text FROM mentions WHERE article_entity_id = ? ORDER BY start", (ae_id,)
        ))
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
        for r in db.query("SELECT * FROM events WHERE article_id = ? ORDER BY start", [article_id])
    )
    return ArticleAnalysis(
        text=text, published=article[1], published_inferred=bool(article[2]), entities=tuple(entities),
        quotes=quotes, dates=dates, extractor_version=article[3] or "",
    )
