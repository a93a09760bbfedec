"""The archive-wide entity registry: one row per person, organisation or place.

A name resolves to an entity through its normalised key (`entity_key`), whatever type the model
gave it this time, so an editor's rename, retype, merge or reject holds on every later analysis.
Keys always point at the root of a merge chain.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from core.models import ENTITY_TYPES
from core.text import normalize
from db.errors import EntityNotFound, InvalidCorrection
from db.store import now

_SEPARATORS = re.compile(r"[\s\-‐‑–—_.·,;:'’‘\"“”()\[\]]+")
# SQLite's default limit on host parameters is far higher, but batches this size stay fast.
_CHUNK = 500


def entity_key(name: str) -> str:
    """The lookup key of a name: NFC, case-folded, punctuation and spacing collapsed.

    >>> entity_key("চ্যাং হো-জিন") == entity_key("চ্যাং  হো জিন")
    True
    """
    return _SEPARATORS.sub(" ", normalize(name).casefold()).strip()


def check_type(entity_type: str) -> str:
    if entity_type not in ENTITY_TYPES:
        raise InvalidCorrection(f"entity type must be one of {', '.join(ENTITY_TYPES)}, got {entity_type!r}")
    return entity_type


def lookup_keys(db: Database, keys: Iterable[str]) -> dict[str, int]:
    """Registry ids of the keys that are known."""
    wanted = list(dict.fromkeys(k for k in keys if k))
    found: dict[str, int] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for key, entity_id in db.conn.execute(
            f"SELECT key, entity_id FROM entity_keys WHERE key IN ({marks})", chunk
        ):
            found[key] = entity_id
    return found


def create_entity(db: Database, name: str, entity_type: str, aliases: Sequence[str] = (), *, kind: str = "name") -> int:
    """A new registry row and its name key (the caller holds the write transaction)."""
    name = normalize(name).strip()
    stamp = now()
    cursor = db.conn.execute(
        "INSERT INTO entities (name, type, aliases, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (name, check_type(entity_type), _json_list(a for a in aliases if a != name), stamp, stamp),
    )
    entity_id = int(cursor.lastrowid or 0)
    db.conn.execute(
        "INSERT OR IGNORE INTO entity_keys (key, entity_id, kind) VALUES (?, ?, ?)",
        (entity_key(name), entity_id, kind),
    )
    return entity_id


def resolve(db: Database, names: Sequence[tuple[str, str, Sequence[str]]]) -> dict[str, int]:
    """Registry ids for `(name, type, aliases)` triples, creating entities for unknown names.

    Returns a map from each name's key to its entity id. New aliases are added to the registry row.
    """
    keys = lookup_keys(db, (entity_key(n) for n, _, _ in names))
    known_aliases: dict[int, list[str]] = {}
    ids = list(set(keys.values()))
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for entity_id, aliases, name in db.conn.execute(
            f"SELECT id, aliases, name FROM entities WHERE id IN ({marks})", chunk
        ):
            known_aliases[entity_id] = [name, *json.loads(aliases)]
    for name, entity_type, aliases in names:
        key = entity_key(name)
        if not key:
            continue
        if key not in keys:
            keys[key] = create_entity(db, name, entity_type if entity_type in ENTITY_TYPES else "PERSON", aliases)
            known_aliases[keys[key]] = [name, *aliases]
            continue
        seen = known_aliases.setdefault(keys[key], [])
        new = [a for a in dict.fromkeys(aliases) if a and a not in seen and a != name]
        if new and seen:
            seen.extend(new)
            db.conn.execute(
                "UPDATE entities SET aliases = ?, updated_at = ? WHERE id = ?",
                (json.dumps(seen[1:], ensure_ascii=False), now(), keys[key]),
            )
    return keys


def root(db: Database, entity_id: int) -> int:
    """The entity a merged entity now lives in (itself when not merged)."""
    seen = set()
    current = entity_id
    while current not in seen:
        seen.add(current)
        row = db.conn.execute("SELECT merged_into FROM entities WHERE id = ?", (current,)).fetchone()
        if row is None:
            raise EntityNotFound(f"no entity with id {entity_id}")
        if row[0] is None:
            return current
        current = int(row[0])
    return current


def get(db: Database, entity_id: int) -> dict[str, Any]:
    row = next(db.query("SELECT * FROM entities WHERE id = ?", [entity_id]), None)
    if row is None:
        raise EntityNotFound(f"no entity with id {entity_id}")
    row["aliases"] = json.loads(row["aliases"])
    return row


def _json_list(values: Iterable[str]) -> str:
    return json.dumps(list(dict.fromkeys(values)), ensure_ascii=False)
