"""Editor decisions: each writes an audit row in `corrections` and takes effect at once.

Registry-level decisions (rename, retype, merge, reject an entity everywhere) change the registry,
which every later analysis resolves names through. Article-level decisions (reject an entity or a
quote in one article, fix a quote's speaker, kind or words, add a missed quote or entity; correct a
date's value or description, reject a date, add a missed one) are re-applied by `save_analysis`
each time the article is analysed again, so they survive `python -m db reanalyze`. A quote is found
again by its key (the model's words), a date by where it stands in the text.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from sqlite_utils import Database

from core.models import QUOTE_KINDS, SOURCE_TYPES
from core.pipeline import EXTRACTOR_VERSION
from core.text import inside, normalize, repeated_copies, sentences, shorten
from db import audit, registry
from db.analysis import (
    ARTICLE_TARGETS,
    apply_corrections,
    event_key,
    granularity_of,
    model_values,
    quote_key,
    relink_events,
    remember_model,
    write_event,
    write_quote,
    write_speaker,
)
from db.errors import ArticleNotFound, EventNotFound, InvalidCorrection, QuoteNotFound
from db.search import STATUSES, Page
from db.store import now, one_row, write

# An editor's decision records the extractor version it was made against.
_audit = partial(audit.record, extractor_version=EXTRACTOR_VERSION)


def _article(db: Database, article_id: int) -> dict[str, Any]:
    return one_row(db, "SELECT a.id, t.body, a.status FROM articles a JOIN article_texts t ON t.id = a.id WHERE a.id = ?",
                   [article_id], ArticleNotFound(f"no article with id {article_id}"))


def _quote(db: Database, quote_id: int) -> dict[str, Any]:
    return one_row(db, "SELECT * FROM quotes WHERE id = ?", [quote_id], QuoteNotFound(f"no quote with id {quote_id}"))


def _event(db: Database, event_id: int) -> dict[str, Any]:
    return one_row(db, "SELECT * FROM events WHERE id = ?", [event_id], EventNotFound(f"no date with id {event_id}"))


def _active_entity(db: Database, entity_id: int) -> dict[str, Any]:
    entity = registry.get(db, registry.root(db, entity_id))
    return entity


# ---- registry-level decisions -------------------------------------------------------------------

def rename_entity(db: Database, entity_id: int, name: str, *, editor: str | None = None) -> int:
    """Give a registry entity a new canonical name; the old one stays an alias, so the model's
    spelling still resolves to it. Returns the correction's id (for its undo)."""
    name = normalize(name).strip()
    if not name:
        raise InvalidCorrection("a name cannot be empty")
    with write(db):
        entity = _active_entity(db, entity_id)
        key = registry.entity_key(name)
        owner = registry.lookup_keys(db, [key]).get(key)
        if owner is not None and owner != entity["id"]:
            other = registry.get(db, owner)
            raise InvalidCorrection(f"{name!r} is already the entity {other['name']!r} (id {owner}); merge them instead")
        aliases = list(dict.fromkeys([*entity["aliases"], entity["name"]]))
        aliases = [a for a in aliases if a != name]
        held = db.conn.execute("SELECT entity_id, kind FROM entity_keys WHERE key = ?", (key,)).fetchone()
        restore = {"aliases": entity["aliases"], "key": [key, *held] if held else [key]}
        db.conn.execute(
            "UPDATE entities SET name = ?, aliases = ?, updated_at = ? WHERE id = ?",
            (name, json.dumps(aliases, ensure_ascii=False), now(), entity["id"]),
        )
        db.conn.execute("INSERT OR REPLACE INTO entity_keys (key, entity_id, kind) VALUES (?, ?, 'editor')", (key, entity["id"]))
        return _audit(db, "entity", "rename", editor=editor, entity_id=entity["id"],
                      before={"name": entity["name"], "restore": restore}, after={"name": name})


def retype_entity(db: Database, entity_id: int, entity_type: str, *, editor: str | None = None) -> int:
    """Change an entity's type (PERSON, ORG, LOC) archive-wide. Returns the correction's id."""
    registry.check_type(entity_type)
    with write(db):
        entity = _active_entity(db, entity_id)
        e = entity["id"]
        # what the retype replaces, row by row, for its undo
        rows = dict(db.conn.execute("SELECT id, type FROM article_entities WHERE entity_id = ? AND type != ?",
                                    (e, entity_type)).fetchall())
        source_type = registry.source_type_of(entity_type)
        marks = ",".join("?" * len(registry.NAMED_SOURCE_TYPES))
        quotes = dict(db.conn.execute(
            f"SELECT id, source_type FROM quotes WHERE speaker_entity_id = ? AND source_type IN ({marks}) AND source_type != ?",
            (e, *registry.NAMED_SOURCE_TYPES, source_type)).fetchall())
        db.conn.execute("UPDATE entities SET type = ?, updated_at = ? WHERE id = ?", (entity_type, now(), e))
        db.conn.execute("UPDATE article_entities SET type = ? WHERE entity_id = ?", (entity_type, e))
        # the Sources page counts a named speaker's quotes by source type: a person retyped ORG is an organisation's voice
        db.conn.executemany("UPDATE quotes SET source_type = ? WHERE id = ?", [(source_type, q) for q in quotes])
        return _audit(db, "entity", "retype", editor=editor, entity_id=e,
               before={"type": entity["type"], "restore": {"rows": rows, "quotes": quotes}}, after={"type": entity_type})


def merge_entities(db: Database, source_id: int, into_id: int, *, editor: str | None = None) -> int:
    """Fold `source_id` into `into_id`: its names become aliases of the target, its mentions,
    quotes and events move there, and every later analysis resolves its names to the target.
    Returns the correction's id; `undo_correction` takes it apart again."""
    with write(db):
        source = _active_entity(db, source_id)
        target = _active_entity(db, into_id)
        if source["id"] == target["id"]:
            raise InvalidCorrection("cannot merge an entity into itself")
        if target["status"] == "rejected":
            raise InvalidCorrection(f"{target['name']!r} was rejected; restore it before merging into it")
        s, t = source["id"], target["id"]
        restore = registry.merge_rows(db, s, t)
        return _audit(db, "entity", "merge", editor=editor, entity_id=s,
                      before={"name": source["name"], "type": source["type"], "restore": restore},
                      after={"merged_into": t, "name": target["name"]})


def mark_not_same(db: Database, entity_id: int, other_id: int, *, editor: str | None = None) -> int:
    """Record that two registry rows are different entities (তারেক রহমান is not মো. তারেক রহমান), so
    `db.suggestions.possibly_same` no longer offers them as one, after any later analysis too.
    Nothing else changes: the rows stay as they are, and an editor may still merge them by hand.
    Returns the correction's id; `undo_correction` withdraws it (the pair is offered again)."""
    with write(db):
        entity, other = _active_entity(db, entity_id), _active_entity(db, other_id)
        if entity["id"] == other["id"]:
            raise InvalidCorrection(f"{entity['name']!r} and {other['name']!r} are one entity already (merged)")
        return _audit(db, "entity", "not_same", editor=editor, entity_id=entity["id"],
                      before={"name": entity["name"]}, after={"other": other["id"], "name": other["name"]})


def reject_entity(db: Database, entity_id: int, *, article_id: int | None = None, editor: str | None = None) -> None:
    """Reject a false entity: everywhere (the registry marks it rejected, later analyses keep it so),
    or, with `article_id`, only in that article."""
    with write(db):
        entity = _active_entity(db, entity_id)
        if article_id is None:
            db.conn.execute("UPDATE entities SET status = 'rejected', updated_at = ? WHERE id = ?", (now(), entity["id"]))
            _audit(db, "entity", "reject", editor=editor, entity_id=entity["id"],
                   before={"status": entity["status"]}, after={"status": "rejected"})
            return
        _article(db, article_id)
        _audit(db, "article_entity", "reject", editor=editor, article_id=article_id, entity_id=entity["id"],
               before={"name": entity["name"]}, after={"status": "rejected"})
        apply_corrections(db, article_id)


def restore_entity(db: Database, entity_id: int, *, editor: str | None = None) -> None:
    """Undo an archive-wide reject."""
    with write(db):
        entity = _active_entity(db, entity_id)
        if entity["status"] != "rejected":
            # restored already (by another editor): a second restore would only add a row to the history
            raise InvalidCorrection(f"{entity['name']!r} is not rejected (restored already?); nothing was changed")
        db.conn.execute("UPDATE entities SET status = 'active', updated_at = ? WHERE id = ?", (now(), entity["id"]))
        _audit(db, "entity", "restore", editor=editor, entity_id=entity["id"],
               before={"status": entity["status"]}, after={"status": "active"})


def add_entity(
    db: Database, article_id: int, name: str, entity_type: str, *, mentions: Sequence[tuple[int, int]] | None = None,
    editor: str | None = None,
) -> int:
    """Add an entity the model missed to one article; returns its registry id. Without `mentions`,
    every occurrence of the name in the text is one, except in a page's repeated copies, which the
    analysis leaves out too (`core.text.repeated_copies`)."""
    registry.check_type(entity_type)
    name = normalize(name).strip()
    if not name:
        raise InvalidCorrection("a name cannot be empty")
    with write(db):
        body = _article(db, article_id)["body"]
        spans = list(mentions) if mentions is not None else _occurrences(body, name)
        for start, end in spans:
            if not (0 <= start < end <= len(body)):
                raise InvalidCorrection(f"mention {start}-{end} is outside the article")
        key = registry.entity_key(name)
        known = registry.lookup_keys(db, [key]).get(key)
        entity_id = registry.root(db, known or registry.create_entity(db, name, entity_type, kind="editor"))
        after: dict[str, Any] = {"name": name, "type": entity_type, "mentions": [[s, e, body[s:e]] for s, e in spans]}
        if known is None:  # the registry row is this decision's: its undo takes the row away again
            after["new_in_registry"] = True
        _audit(db, "article_entity", "add", editor=editor, article_id=article_id, entity_id=entity_id, after=after)
        apply_corrections(db, article_id)
    return entity_id


def _occurrences(body: str, name: str) -> list[tuple[int, int]]:
    spans, start, copies = [], body.find(name), repeated_copies(body)
    while start != -1:
        if not inside(start, copies):
            spans.append((start, start + len(name)))
        start = body.find(name, start + len(name))
    return spans


# ---- quotes -------------------------------------------------------------------------------------

def reject_quote(db: Database, quote_id: int, *, editor: str | None = None) -> None:
    """Mark a quote as not a quote; it stays rejected after re-analysis."""
    with write(db):
        quote = _quote(db, quote_id)
        _audit(db, "quote", "reject", editor=editor, article_id=quote["article_id"], target_key=quote["quote_key"],
               before={"text": quote["text"], "speaker": quote["speaker"]}, after={"status": "rejected"})
        apply_corrections(db, quote["article_id"])


def set_quote_speaker(
    db: Database, quote_id: int, *, entity_id: int | None = None, speaker: str | None = None,
    source_type: str | None = None, editor: str | None = None,
) -> None:
    """Attribute a quote to a registry entity (`entity_id`), or to a descriptive phrase
    (`speaker`, e.g. বিশ্লেষকরা), or to nobody (neither)."""
    if source_type is not None and source_type not in SOURCE_TYPES:
        raise InvalidCorrection(f"source type must be one of {', '.join(SOURCE_TYPES)}, got {source_type!r}")
    with write(db):
        quote = _quote(db, quote_id)
        if entity_id is not None:
            entity = _active_entity(db, entity_id)
            entity_id, speaker = entity["id"], entity["name"]
            if source_type is None:
                source_type = "person" if entity["type"] == "PERSON" else "organisation"
        elif speaker:
            speaker = normalize(speaker).strip()
            key = registry.entity_key(speaker)
            entity_id = registry.lookup_keys(db, [key]).get(key)
        after = {"speaker": speaker or None, "entity_id": entity_id, "source_type": source_type}
        _audit(db, "quote", "set_speaker", editor=editor, article_id=quote["article_id"], target_key=quote["quote_key"],
               before={"speaker": quote["speaker"], "entity_id": quote["speaker_entity_id"],
                       "source_type": quote["source_type"], "role": quote["role"], "affiliation": quote["affiliation"]},
               after=after)
        apply_corrections(db, quote["article_id"])


def model_speaker(db: Database, article_id: int, quote_key: str) -> dict[str, Any] | None:
    """Who the model said a quote's speaker was (speaker, entity_id and, in fixes made since this was
    recorded, source_type): what the first speaker fix made since the article was last analysed
    replaced. None when that is not known: no such fix, or a fix made before the analysis and still
    in force then, which the analysis applied again over the model's speaker. A fix withdrawn before
    the analysis does not count: the analysis never saw it (fix, undo, re-analyse, fix again)."""
    fixes = db.conn.execute(
        "SELECT c.id, c.created_at >= coalesce(a.analysed_at, ''), "
        "(SELECT min(u.created_at) FROM corrections u WHERE u.article_id = c.article_id AND u.action = 'undo' "
        " AND json_extract(u.before, '$.correction') = c.id) < coalesce(a.analysed_at, '') "
        "FROM corrections c JOIN articles a ON a.id = c.article_id WHERE c.article_id = ? AND c.target = 'quote' "
        "AND c.action = 'set_speaker' AND c.target_key = ? ORDER BY c.id",
        (article_id, quote_key),
    ).fetchall()
    if any(not since and not undone_before for _, since, undone_before in fixes):
        return None
    first = next((correction_id for correction_id, since, _ in fixes if since), None)
    return None if first is None else replaced(db, int(first))


def replaced(db: Database, correction_id: int) -> dict[str, Any] | None:
    """What a quote decision replaced on the model's row (its `before`), when the article has not been
    analysed since the decision was made; None when unknown (a re-analysis rebuilt the row since)."""
    row = db.conn.execute(
        "SELECT c.before, c.created_at >= coalesce(a.analysed_at, '') FROM corrections c "
        "JOIN articles a ON a.id = c.article_id WHERE c.id = ?", (correction_id,),
    ).fetchone()
    if row is None or not row[1] or not row[0]:
        return None
    before: dict[str, Any] = json.loads(row[0])
    return before


def add_quote(
    db: Database, article_id: int, text: str, *, kind: str = "direct", entity_id: int | None = None,
    speaker: str | None = None, source_type: str | None = None, role: str | None = None,
    affiliation: str | None = None, cue: str | None = None, start: int | None = None, editor: str | None = None,
) -> int:
    """Add a quote the model missed; `text` must be in the article. Returns the quote's id."""
    if kind not in QUOTE_KINDS:
        raise InvalidCorrection(f"kind must be one of {', '.join(QUOTE_KINDS)}, got {kind!r}")
    if source_type is not None and source_type not in SOURCE_TYPES:
        raise InvalidCorrection(f"source type must be one of {', '.join(SOURCE_TYPES)}, got {source_type!r}")
    text = normalize(text).strip().strip("“”\"‘’'")
    if not text:
        raise InvalidCorrection("a quote cannot be empty")
    with write(db):
        body = _article(db, article_id)["body"]
        found = body.find(text, start or 0)
        if found == -1:
            raise InvalidCorrection("the quoted words are not in the article text; copy them exactly")
        if entity_id is not None:
            entity = _active_entity(db, entity_id)
            entity_id, speaker = entity["id"], entity["name"]
            source_type = source_type or ("person" if entity["type"] == "PERSON" else "organisation")
        key = quote_key(text)
        after = {"text": text, "kind": kind, "start": found, "end": found + len(text), "speaker": speaker,
                 "entity_id": entity_id, "source_type": source_type or "unknown", "role": role,
                 "affiliation": affiliation, "cue": cue}
        # words the model found already: the add re-attributes its quote, so record what it replaces for undo
        model_row = next(db.query(
            "SELECT speaker, speaker_entity_id AS entity_id, source_type, role, affiliation, kind, status FROM quotes "
            "WHERE article_id = ? AND quote_key = ? AND source != 'editor'", [article_id, key]), None)
        _audit(db, "quote", "add", editor=editor, article_id=article_id, target_key=key, before=model_row, after=after)
        apply_corrections(db, article_id)
        row = db.conn.execute("SELECT id FROM quotes WHERE article_id = ? AND quote_key = ?", (article_id, key)).fetchone()
    return int(row[0])


def set_quote_kind(db: Database, quote_id: int, kind: str, *, editor: str | None = None) -> None:
    """Mark a quote direct (the speaker's own words, in quotation marks) or reported (indirect)."""
    if kind not in QUOTE_KINDS:
        raise InvalidCorrection(f"kind must be one of {', '.join(QUOTE_KINDS)}, got {kind!r}")
    with write(db):
        quote = _quote(db, quote_id)
        if quote["kind"] == kind:
            raise InvalidCorrection(f"the quote is {kind} already{_meanwhile(db, quote, 'set_kind', editor, 'it')}; "
                                    "nothing was changed")
        remember_model(db, quote["article_id"], "quote", quote["quote_key"])
        _audit(db, "quote", "set_kind", editor=editor, article_id=quote["article_id"], target_key=quote["quote_key"],
               before={"kind": quote["kind"]}, after={"kind": kind})
        apply_corrections(db, quote["article_id"])


def set_quote_text(db: Database, quote_id: int, text: str, *, editor: str | None = None) -> None:
    """Give a quote the words it really has (the model stopped early or ran on): `text` must be in the
    article; where it is more than once, the place nearest the quote's own is taken."""
    text = normalize(text).strip().strip("“”\"‘’'")
    if not text:
        raise InvalidCorrection("a quote cannot be empty")
    with write(db):
        quote = _quote(db, quote_id)
        body = _article(db, quote["article_id"])["body"]
        places = _places(body, text)
        if not places:
            raise InvalidCorrection("the quoted words are not in the article text; copy them exactly")
        start = min(places, key=lambda p: abs(p - (quote["start"] or 0)))
        if (text, start) == (quote["text"], quote["start"]):
            raise InvalidCorrection(f"those are the quote's words already{_meanwhile(db, quote, 'set_text', editor, 'them')}; "
                                    "nothing was changed")
        remember_model(db, quote["article_id"], "quote", quote["quote_key"])
        _audit(db, "quote", "set_text", editor=editor, article_id=quote["article_id"], target_key=quote["quote_key"],
               before={"text": quote["text"], "start": quote["start"], "end": quote["end"]},
               after={"text": text, "start": start, "end": start + len(text)})
        apply_corrections(db, quote["article_id"])


def _meanwhile(db: Database, row: dict[str, Any], action: str, editor: str | None, what: str) -> str:
    """For a fix refused because the quote or date holds its value already: ": another editor changed
    it meanwhile (by রহিম at 2025-06-01 10:32)" when the fix in force of that kind on that row is
    another editor's (two editors saving the same fix at once), as `undone_by` says for undos; "" when
    the value is the model's or this editor's own."""
    target, key = ("quote", row["quote_key"]) if "quote_key" in row else ("event", event_key(row["start"], row["end"]))
    fix = db.conn.execute(
        "SELECT editor, created_at FROM corrections WHERE article_id = ? AND target = ? AND action = ? "
        "AND target_key = ? AND active = 1 ORDER BY id DESC LIMIT 1", (row["article_id"], target, action, key),
    ).fetchone()
    if fix is None or fix[0] == editor:
        return ""
    return f": another editor changed {what} meanwhile ({_by_whom_when(*fix)})"


def _places(body: str, text: str) -> list[int]:
    places, found = [], body.find(text)
    while found != -1:
        places.append(found)
        found = body.find(text, found + 1)
    return places


# ---- dates --------------------------------------------------------------------------------------

def _checked_value(value: str) -> tuple[str, str]:
    """An editor's date value and its granularity, or InvalidCorrection saying what is wanted."""
    typed = normalize(value).strip()
    value = typed.translate(_DIGITS).replace(" ", "")
    granularity = granularity_of(value)
    if granularity is None:  # the message quotes what the editor typed, not the spaceless form checked
        raise InvalidCorrection(
            f"{repr(typed) if typed else 'An empty value'} is not a date: write a day 2024-08-05, a month 2024-08, "
            "a year 2024, an ISO week 2024-W32, or an interval of two of these, 2024-07/2025-06")
    return value, granularity


_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def set_date_value(db: Database, event_id: int, value: str, *, editor: str | None = None) -> None:
    """Correct what a date expression means: a day (2024-08-05), month (2024-08), year (2024), ISO week
    (2024-W32) or interval (2024-07/2025-06), as the extractor writes them. An expression the extractor
    could not place (or took for a duration) goes on the timeline with it."""
    value, granularity = _checked_value(value)
    with write(db):
        event = _event(db, event_id)
        if (event["value"], event["granularity"]) == (value, granularity):
            raise InvalidCorrection(f"the date is {value} already{_meanwhile(db, event, 'set_value', editor, 'it')}; "
                                    "nothing was changed")
        remember_model(db, event["article_id"], "event", event_key(event["start"], event["end"]))
        _audit(db, "event", "set_value", editor=editor, article_id=event["article_id"],
               target_key=event_key(event["start"], event["end"]),
               before={"text": event["text"], "value": event["value"], "granularity": event["granularity"],
                       "is_event": event["is_event"], "status": event["status"]},
               after={"value": value, "granularity": granularity})
        apply_corrections(db, event["article_id"])


def set_date_summary(db: Database, event_id: int, summary: str, *, editor: str | None = None) -> None:
    """Correct what happened on a date, as the Timeline's hover, CSV and TimelineJS slides say it.
    An empty description gives back the expression's sentence."""
    summary = normalize(summary).strip()
    with write(db):
        event = _event(db, event_id)
        body = _article(db, event["article_id"])["body"]
        if event["sentence_start"] is not None and summary == body[event["sentence_start"]:event["sentence_end"]]:
            summary = ""  # the sentence itself, stored as no summary (as the analysis does)
        if (event["summary"] or "") == summary:
            raise InvalidCorrection(f"that is the date's description already{_meanwhile(db, event, 'set_summary', editor, 'it')}; "
                                    "nothing was changed")
        remember_model(db, event["article_id"], "event", event_key(event["start"], event["end"]))
        _audit(db, "event", "set_summary", editor=editor, article_id=event["article_id"],
               target_key=event_key(event["start"], event["end"]),
               before={"text": event["text"], "summary": event["summary"]}, after={"summary": summary or None})
        apply_corrections(db, event["article_id"])


def reject_date(db: Database, event_id: int, *, editor: str | None = None) -> None:
    """Mark an expression as no date (a duration, a page number, a year used as a name): it leaves the
    timeline and stays rejected after re-analysis."""
    with write(db):
        event = _event(db, event_id)
        if event["status"] != "active":
            raise InvalidCorrection(f"{event['text']!r} is rejected already; nothing was changed")
        remember_model(db, event["article_id"], "event", event_key(event["start"], event["end"]))
        _audit(db, "event", "reject", editor=editor, article_id=event["article_id"],
               target_key=event_key(event["start"], event["end"]),
               before={"text": event["text"], "value": event["value"], "status": event["status"],
                       "is_event": event["is_event"]},
               after={"status": "rejected"})
        apply_corrections(db, event["article_id"])


def add_date(
    db: Database, article_id: int, text: str, value: str, *, start: int | None = None, editor: str | None = None,
) -> int:
    """Add a date the extractor missed: `text` is the expression as written in the article (its first
    place from `start` on that is not a date already), `value` what it means (as `set_date_value`).
    Returns the date's id."""
    value, granularity = _checked_value(value)
    text = normalize(text).strip()
    if not text:
        raise InvalidCorrection("write the date as the article writes it")
    with write(db):
        body = _article(db, article_id)["body"]
        places = [p for p in _places(body, text) if p >= (start or 0)]
        if not places:
            raise InvalidCorrection(f"{text!r} is not in the article text; copy it exactly")
        taken = {(s, e) for s, e in db.conn.execute("SELECT start, end FROM events WHERE article_id = ?", (article_id,))}
        free = [p for p in places if (p, p + len(text)) not in taken]
        if not free:
            raise InvalidCorrection(f"{text!r} is a date of this article already; correct its value instead")
        begin = free[0]
        sentence = next((s for s in sentences(body) if s.start <= begin < s.end), None)
        after = {"text": text, "start": begin, "end": begin + len(text), "value": value, "granularity": granularity,
                 "sentence_start": sentence.start if sentence else None, "sentence_end": sentence.end if sentence else None}
        key = event_key(begin, begin + len(text))
        _audit(db, "event", "add", editor=editor, article_id=article_id, target_key=key, after=after)
        apply_corrections(db, article_id)
        row = db.conn.execute("SELECT id FROM events WHERE article_id = ? AND start = ? AND end = ?",
                              (article_id, begin, begin + len(text))).fetchone()
    return int(row[0])


# ---- articles -----------------------------------------------------------------------------------

def set_article_status(db: Database, article_id: int, status: str, *, editor: str | None = None) -> None:
    """Mark an article new, reviewed or approved."""
    if status not in STATUSES:
        raise InvalidCorrection(f"status must be one of {', '.join(STATUSES)}, got {status!r}")
    with write(db):
        article = _article(db, article_id)
        db.conn.execute("UPDATE articles SET status = ?, updated_at = ? WHERE id = ?", (status, now(), article_id))
        _audit(db, "article", "set_status", editor=editor, article_id=article_id,
               before={"status": article["status"]}, after={"status": status})


def undo_correction(db: Database, correction_id: int, *, editor: str | None = None) -> None:
    """Withdraw an article-level decision (reject, speaker fix, added quote or entity, a quote's kind or
    words, a date's value or description, a rejected or added date) or a registry decision (merge,
    rename, retype, not the same): at once, and the article's next re-analysis goes without it. A
    speaker fix gives the quote back the model's speaker at once when that is known (`model_speaker`),
    else on the next re-analysis; so does an added quote whose words the model had found (`replaced`),
    with the model's kind; a kind, words or date fix gives back what the row held before the first fix
    of its kind (the model's), under the fixes still in force."""
    with write(db):
        row = _undoable(db, correction_id)
        if row["target"] not in ARTICLE_TARGETS:  # a rename, retype, merge or not-the-same
            _undo_registry(db, row, editor=editor)
            return
        db.conn.execute("UPDATE corrections SET active = 0 WHERE id = ?", (correction_id,))
        _audit(db, row["target"], "undo", editor=editor, article_id=row["article_id"], entity_id=row["entity_id"],
               target_key=row["target_key"], before={"correction": correction_id, "action": row["action"]})
        put_back = _UNDO_ARTICLE_DECISION.get((row["target"], row["action"]))
        if put_back is not None:
            put_back(db, row)
        # the decisions still in force, applied again on top of what was put back
        apply_corrections(db, row["article_id"])
        # an added entity new to the registry leaves no empty row behind (once nothing else uses it)
        if row["action"] == "add" and row["target"] == "article_entity" and json.loads(row["after"] or "{}").get("new_in_registry"):
            _remove_unused(db, row["entity_id"])


def _undoable(db: Database, correction_id: int) -> dict[str, Any]:
    """The correction to undo: an article-level or registry-level decision still in force, else
    InvalidCorrection saying why not."""
    row = next(db.query("SELECT * FROM corrections WHERE id = ?", [correction_id]), None)
    registry_level = row is not None and row["target"] == "entity" and row["action"] in REGISTRY_UNDOABLE
    if row is None or (row["target"] not in ARTICLE_TARGETS and not registry_level):
        raise InvalidCorrection(f"correction {correction_id} is not a decision that can be undone")
    if row["action"] == "undo":
        raise InvalidCorrection(f"correction #{correction_id} is itself an undo; it cannot be undone")
    if not row["active"]:
        # another editor got there first: undoing it again would only add a second undo to the history
        raise InvalidCorrection(f"correction #{correction_id} {undone_by(db, correction_id) or 'is no longer in force'}; "
                                "nothing was changed")
    return row


# What undoing each kind of article-level decision puts back, before the decisions still in force are
# applied again. Each takes the decision's `corrections` row; the caller holds the write transaction.

def _undo_rejected_entity(db: Database, row: dict[str, Any]) -> None:
    db.conn.execute("UPDATE article_entities SET status = 'active' WHERE article_id = ? AND entity_id = ?",
                    (row["article_id"], registry.root(db, row["entity_id"])))


def _undo_added_entity(db: Database, row: dict[str, Any]) -> None:
    db.conn.execute("DELETE FROM article_entities WHERE article_id = ? AND entity_id = ? AND source = 'editor'",
                    (row["article_id"], registry.root(db, row["entity_id"])))


def _undo_rejected_quote(db: Database, row: dict[str, Any]) -> None:
    db.conn.execute("UPDATE quotes SET status = 'active' WHERE article_id = ? AND quote_key = ?",
                    (row["article_id"], row["target_key"]))


def _undo_added_quote(db: Database, row: dict[str, Any]) -> None:
    article_id, key = row["article_id"], row["target_key"]
    db.conn.execute("DELETE FROM quotes WHERE article_id = ? AND quote_key = ? AND source = 'editor'", (article_id, key))
    if model := replaced(db, row["id"]):  # the model's quote it re-attributed: its speaker and kind back
        db.conn.execute("UPDATE quotes SET kind = ?, status = ? WHERE article_id = ? AND quote_key = ?",
                        (model["kind"], model["status"], article_id, key))
        write_speaker(db, article_id, key, model)


def _undo_speaker_fix(db: Database, row: dict[str, Any]) -> None:
    # the model's speaker back when it is known; else the next re-analysis gives it
    if model := model_speaker(db, row["article_id"], row["target_key"]):
        write_speaker(db, row["article_id"], row["target_key"], model)


def _undo_added_date(db: Database, row: dict[str, Any]) -> None:
    start, _, end = row["target_key"].partition("-")
    db.conn.execute("DELETE FROM events WHERE article_id = ? AND start = ? AND end = ? AND source = 'editor'",
                    (row["article_id"], int(start), int(end)))


# The fields an undo gives back from a decision's `before`, by (target, action).
_RESTORED = {
    ("quote", "set_kind"): ("kind",), ("quote", "set_text"): ("text", "start", "end"),
    ("event", "set_value"): ("value", "granularity", "is_event"), ("event", "set_summary"): ("summary",),
    ("event", "reject"): ("status", "is_event"),
}


def _undo_fixed_values(db: Database, row: dict[str, Any]) -> None:
    """A quote's kind or words, a date's value or description, a removed date: the fields the decision
    changed (`_RESTORED`) get the model's values back."""
    article_id, target, target_action = row["article_id"], row["target"], (row["target"], row["action"])
    # what the model gave the row, kept at the last analysis or the first fix since (`remember_model`)
    model = model_values(db, article_id, target, row["target_key"])
    before = model if model is not None else _replaced_by_first_fix(db, row)
    restored = {field: before[field] for field in _RESTORED[target_action] if field in before}
    if model is None and target_action == ("event", "set_value") and before.get("status", "active") != "active":
        # fixed while rejected: the 0 it recorded was the reject's, not the analysis's; write_event
        # works out from the value whether the date is on the timeline, and a reject in force is applied again
        restored.pop("is_event", None)
    (write_event if target == "event" else write_quote)(db, article_id, row["target_key"], restored)


def _replaced_by_first_fix(db: Database, row: dict[str, Any]) -> dict[str, Any]:
    """For a row fixed before the model's values were kept: what the first decision of the same kind
    about it replaced."""
    first = db.conn.execute(
        "SELECT before FROM corrections WHERE article_id = ? AND target = ? AND action = ? AND target_key = ? "
        "ORDER BY id LIMIT 1", (row["article_id"], row["target"], row["action"], row["target_key"])).fetchone()
    return dict(json.loads(first[0] or "{}"))


_UNDO_ARTICLE_DECISION: dict[tuple[str, str], Callable[[Database, dict[str, Any]], None]] = {
    ("article_entity", "reject"): _undo_rejected_entity,
    ("article_entity", "add"): _undo_added_entity,
    ("quote", "reject"): _undo_rejected_quote,
    ("quote", "add"): _undo_added_quote,
    ("quote", "set_speaker"): _undo_speaker_fix,
    ("event", "add"): _undo_added_date,
    **dict.fromkeys(_RESTORED, _undo_fixed_values),
}


# How much of a headline a refusal names: the reason comes first, and a long headline must not bury it.
_TITLE_SHOWN = 80

# registry-level decisions `undo_correction` takes back (a reject has its own undo: `restore_entity`)
REGISTRY_UNDOABLE = ("rename", "retype", "merge", "not_same")


def registry_undo_blocker(db: Database, correction_id: int) -> str | None:
    """Why a registry-level decision (rename, retype, merge, not the same) cannot be undone now, or None
    when it can. It is put back exactly as it was, so only while it is the latest decision in force on
    its entities (undo the later ones first) and, for a merge, while no article of the merged entity has
    been analysed since (a re-analysis rebuilt its rows from the merged registry); a "not the same",
    which changed no row, whenever it is in force."""
    row = next(db.query("SELECT * FROM corrections WHERE id = ?", [correction_id]), None)
    if row is None or row["target"] != "entity" or row["action"] not in REGISTRY_UNDOABLE:
        return f"correction #{correction_id} is not a rename, retype, merge or not-the-same"
    if not row["active"]:
        return f"correction #{correction_id} {undone_by(db, correction_id) or 'is no longer in force'}"
    if row["action"] == "not_same":
        return None  # it changed no row: withdrawing it only offers the pair again (`registry.not_same_pairs`)
    before = json.loads(row["before"] or "{}")
    if "restore" not in before:
        return (f"correction #{correction_id} was made {'automatically' if row['editor'] is None else 'before undo was possible'}"
                " and did not record what it replaced")
    ids = [row["entity_id"]]
    if row["action"] == "merge":
        ids.append(json.loads(row["after"])["merged_into"])
    marks = ",".join("?" * len(ids))
    later = db.conn.execute(
        f"SELECT id, action FROM corrections WHERE id > ? AND target = 'entity' AND active = 1 "
        f"AND action IN ('rename', 'retype', 'merge', 'reject', 'restore') AND (entity_id IN ({marks}) "
        f"OR (action = 'merge' AND json_extract(after, '$.merged_into') IN ({marks}))) ORDER BY id DESC LIMIT 1",
        [correction_id, *ids, *ids]).fetchone()
    if later is not None:
        return f"a later decision about the same entity (#{later[0]}, {later[1]}) is in force: undo it first"
    if row["action"] == "merge":
        restore = before["restore"]
        again = db.conn.execute(
            "SELECT a.id, a.title FROM articles a WHERE a.id IN (SELECT article_id FROM article_entities WHERE "
            "entity_id = :t AND id > :row UNION SELECT article_id FROM quotes WHERE speaker_entity_id = :t AND id > :quote) "
            "LIMIT 1", {"t": ids[1], "row": restore["last_row"], "quote": restore["last_quote"]}).fetchone()
        if again is not None:
            title = shorten(again[1] or "", _TITLE_SHOWN)
            return (f"the merge cannot be taken apart exactly: article #{again[0]} was analysed or corrected after "
                    f"the merge, from the merged registry ({title})")
    return None


def _undo_registry(db: Database, row: dict[str, Any], *, editor: str | None) -> None:
    """Put the registry back as a rename, retype, merge or "not the same" found it (`registry_undo_blocker`
    says when it cannot), and audit the undo. The caller holds the write transaction."""
    if (why := registry_undo_blocker(db, row["id"])) is not None:
        raise InvalidCorrection(f"{why}; nothing was changed")
    before, after = json.loads(row["before"]), json.loads(row["after"])
    _UNDO_REGISTRY_DECISION[row["action"]](db, row["entity_id"], before, after)
    if row["action"] in ("rename", "merge"):
        _relink_corrected_articles(db, [row["entity_id"], *([after["merged_into"]] if row["action"] == "merge" else [])])
    db.conn.execute("UPDATE corrections SET active = 0 WHERE id = ?", (row["id"],))
    _audit(db, "entity", "undo", editor=editor, entity_id=row["entity_id"],
           before={"correction": row["id"], "action": row["action"]})


def _relink_corrected_articles(db: Database, entity_ids: Sequence[int]) -> None:
    """An article decision made while a rename or merge stood wrote the registry's names of then onto
    the article's events (`relink_events`); once it is undone they would stay on the Timeline (a name
    no longer in the registry, or the merged-into entity's lane), so those articles' events are
    linked again. Only articles with decisions: the others' events keep the analysis's names, which
    the Timeline reads through the registry."""
    marks = ",".join("?" * len(entity_ids))
    articles = db.conn.execute(
        f"SELECT article_id FROM article_entities WHERE entity_id IN ({marks}) UNION "
        f"SELECT article_id FROM quotes WHERE speaker_entity_id IN ({marks}) INTERSECT "
        f"SELECT article_id FROM corrections WHERE target IN ({','.join('?' * len(ARTICLE_TARGETS))})",
        [*entity_ids, *entity_ids, *ARTICLE_TARGETS]).fetchall()
    for (article_id,) in articles:
        relink_events(db, article_id)


# What undoing each registry-level decision puts back, from its `before` (with what it replaced in
# "restore") and `after`.

def _undo_rename(db: Database, entity_id: int, before: dict[str, Any], after: dict[str, Any]) -> None:
    restore = before["restore"]
    # aliases the registry learnt since (a later article's spelling) stay
    current = registry.get(db, entity_id)["aliases"]
    aliases = [a for a in dict.fromkeys([*restore["aliases"], *current]) if a != before["name"]
               and (a != after["name"] or a in restore["aliases"])]
    db.conn.execute("UPDATE entities SET name = ?, aliases = ?, updated_at = ? WHERE id = ?",
                    (before["name"], json.dumps(aliases, ensure_ascii=False), now(), entity_id))
    key, *held = restore["key"]
    if held:
        db.conn.execute("INSERT OR REPLACE INTO entity_keys (key, entity_id, kind) VALUES (?, ?, ?)", (key, *held))
    else:
        db.conn.execute("DELETE FROM entity_keys WHERE key = ?", (key,))


def _undo_retype(db: Database, entity_id: int, before: dict[str, Any], after: dict[str, Any]) -> None:
    restore = before["restore"]
    db.conn.execute("UPDATE entities SET type = ?, updated_at = ? WHERE id = ?", (before["type"], now(), entity_id))
    db.conn.execute("UPDATE article_entities SET type = ? WHERE entity_id = ?", (before["type"], entity_id))
    db.conn.executemany("UPDATE article_entities SET type = ? WHERE id = ? AND entity_id = ?",
                        [(t, int(i), entity_id) for i, t in restore["rows"].items()])
    # the quotes the retype recounted, unless a speaker fix since made them someone else's
    db.conn.executemany("UPDATE quotes SET source_type = ? WHERE id = ? AND speaker_entity_id = ? AND source_type = ?",
                        [(t, int(i), entity_id, registry.source_type_of(after["type"])) for i, t in restore["quotes"].items()])


def _undo_merge(db: Database, entity_id: int, before: dict[str, Any], after: dict[str, Any]) -> None:
    registry.unmerge_rows(db, entity_id, after["merged_into"], before["restore"])


def _undo_not_same(db: Database, entity_id: int, before: dict[str, Any], after: dict[str, Any]) -> None:
    """Nothing to put back: the decision only kept a pair out of the suggestions, and the withdrawn
    row (active = 0) no longer does."""


_UNDO_REGISTRY_DECISION: dict[str, Callable[[Database, int, dict[str, Any], dict[str, Any]], None]] = {
    "rename": _undo_rename, "retype": _undo_retype, "merge": _undo_merge, "not_same": _undo_not_same,
}


def _remove_unused(db: Database, entity_id: int) -> None:
    """Take the registry row an added entity created away again once nothing uses it (no article,
    quote, event, merged row or other decision), so no entity with 0 mentions is left on the
    Entities page and in Home's count. The add rows and their undos keep its name, not its id."""
    used = db.conn.execute(
        "SELECT 1 FROM article_entities WHERE entity_id = :e UNION ALL SELECT 1 FROM quotes WHERE speaker_entity_id = :e "
        "UNION ALL SELECT 1 FROM event_entities WHERE entity_id = :e UNION ALL SELECT 1 FROM entities WHERE merged_into = :e "
        "UNION ALL SELECT 1 FROM corrections WHERE entity_id = :e AND NOT (target = 'article_entity' "
        "AND ((action = 'add' AND active = 0) OR action = 'undo')) LIMIT 1", {"e": entity_id},
    ).fetchone()
    if used is None:
        db.conn.execute("UPDATE corrections SET entity_id = NULL WHERE entity_id = ?", (entity_id,))
        db.conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))


def undone_by(db: Database, correction_id: int) -> str | None:
    """Who withdrew a correction and when, for telling an editor who chose it that another got there
    first: "was already undone by রহিম at 2025-06-01 10:32". None when it was never undone."""
    undo = db.conn.execute(
        "SELECT editor, created_at FROM corrections WHERE action = 'undo' AND json_extract(before, '$.correction') = ? "
        "ORDER BY id DESC LIMIT 1", (correction_id,),
    ).fetchone()
    if undo is None:
        return None
    return f"was already undone {_by_whom_when(*undo)}"


def merged_by(db: Database, entity_id: int) -> str | None:
    """Where a merged entity went, who merged it and when, for telling an editor who had its card
    open that another got there first: "was merged into রাশিয়া by রহিম at 2025-06-01 10:32" (the
    entity it lives in now, at the end of any later merges). None when it was never merged."""
    merge = db.conn.execute(
        "SELECT editor, created_at FROM corrections WHERE target = 'entity' AND action = 'merge' AND entity_id = ? "
        "ORDER BY id DESC LIMIT 1", (entity_id,),
    ).fetchone()
    if merge is None:
        return None
    into = registry.get(db, registry.root(db, entity_id))
    return f"was merged into {into['name']} {_by_whom_when(*merge)}"


def _by_whom_when(editor: str | None, created_at: str | None) -> str:
    """A correction's editor and time to the minute, as the pages say it: "by রহিম at 2025-06-01 10:32"."""
    return f"by {editor or 'an editor'} at {(created_at or '')[:16].replace('T', ' ')}"


# A quote decision's quote as it now reads (its key is a hash of the model's words): what a history
# line names. The model's row first, an editor-added one otherwise.
_QUOTE_TEXT = ("(SELECT q.text FROM quotes q WHERE c.target = 'quote' AND q.article_id = c.article_id "
               "AND q.quote_key = c.target_key ORDER BY q.source = 'editor' LIMIT 1) AS quote_text")


def list_corrections(
    db: Database, *, article_id: int | None = None, entity_id: int | None = None, limit: int = 50, offset: int = 0,
) -> Page:
    """The audit trail, newest first. An entity's trail includes the decisions about the entities
    merged into it: their merge rows carry the merged (source) id, so "X was merged into this one"
    would otherwise be missing from the card of the entity X now lives in."""
    conditions: list[str] = []
    params: list[Any] = []
    if article_id is not None:
        conditions.append("c.article_id = ?")
        params.append(article_id)
    if entity_id is not None:
        # merged_into always names the root of a merge chain (merging re-points earlier merges)
        conditions.append("(c.entity_id = ? OR c.entity_id IN (SELECT id FROM entities WHERE merged_into = ?))")
        params.extend([entity_id, entity_id])
    where = " WHERE " + " AND ".join(conditions) if conditions else ""
    total = db.conn.execute(f"SELECT count(*) FROM corrections c{where}", params).fetchone()[0]
    rows = list(db.query(
        f"SELECT c.*, a.title AS article_title, e.name AS entity_name, {_QUOTE_TEXT} FROM corrections c "
        f"LEFT JOIN articles a ON a.id = c.article_id LEFT JOIN entities e ON e.id = c.entity_id{where} "
        "ORDER BY c.id DESC LIMIT ? OFFSET ?", [*params, limit, offset],
    ))
    return Page(rows, total, limit, offset)


def article_corrections(db: Database, article_id: int, *, limit: int = 50, offset: int = 0) -> Page:
    """An article's review history, newest first: its own decisions (`list_corrections(article_id=)`)
    and the registry-level ones (rename, retype, merge, reject) about the entities it mentions or
    quotes, which carry no article id."""
    related = (
        "SELECT entity_id FROM article_entities WHERE article_id = :article "
        "UNION SELECT speaker_entity_id FROM quotes WHERE article_id = :article AND speaker_entity_id IS NOT NULL"
    )
    where = (
        f" WHERE c.article_id = :article OR (c.article_id IS NULL AND (c.entity_id IN ({related}) "
        f"OR c.entity_id IN (SELECT id FROM entities WHERE merged_into IN ({related}))))"
    )
    params: dict[str, Any] = {"article": article_id}
    total = db.conn.execute(f"SELECT count(*) FROM corrections c{where}", params).fetchone()[0]
    rows = list(db.query(
        f"SELECT c.*, a.title AS article_title, e.name AS entity_name, {_QUOTE_TEXT} FROM corrections c "
        f"LEFT JOIN articles a ON a.id = c.article_id LEFT JOIN entities e ON e.id = c.entity_id{where} "
        "ORDER BY c.id DESC LIMIT :limit OFFSET :offset", {**params, "limit": limit, "offset": offset},
    ))
    return Page(rows, total, limit, offset)
