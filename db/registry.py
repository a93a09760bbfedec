"""The archive-wide entity registry: one row per person, organisation or place.

A name resolves to an entity through its normalised key (`entity_key`), whatever type the model
gave it this time, so an editor's rename, retype, merge or reject holds on every later analysis.
Keys always point at the root of a merge chain.

The key is the core's `name_key`, so the registry matches names the way the extractor does
(honorifics dropped, রশীদ = রশিদ). When that key function changes, `rekey` (run by a numbered
migration) recomputes the stored keys and merges the entities that now share one. A person's name
with and without the genitive -র after a vowel (নিজামীর, নিজামী) is one person too (`case_form_twin`).
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple

from sqlite_utils import Database

from core.models import ENTITY_TYPES
from core.text import normalize
from db import audit, gazetteer
from db.errors import EntityNotFound, InvalidCorrection
from db.store import now, one_row

_SEPARATORS = re.compile(r"[\s\-‐‑–—_.·,;:'’‘\"“”()\[\]]+")
# SQLite's default limit on host parameters is far higher, but batches this size stay fast.
_CHUNK = 500


@lru_cache(maxsize=1 << 16)  # names repeat across articles: ingest asks for the same keys all the time
def entity_key(name: str) -> str:
    """The lookup key of a name: `core.entities.name_key` of the normalised name (case-folded,
    punctuation and spacing collapsed, honorifics dropped, long/short vowel spellings folded).

    >>> entity_key("চ্যাং হো-জিন") == entity_key("চ্যাং  হো জিন")
    True
    >>> entity_key("ডা. মাসুদ করিম") == entity_key("মাসুদ করিম"), entity_key("রশীদ") == entity_key("রশিদ")
    (True, True)
    """
    return _name_key()(normalize(name)).strip()


def legacy_key(name: str) -> str:
    """The key of schema versions 1-4 (no honorific or vowel folding), to recognise old keys."""
    return _SEPARATORS.sub(" ", normalize(name).casefold()).strip()


@cache
def _name_key() -> Callable[[str], str]:
    # imported on first use: core.entities loads the NER stack, which a search from the command
    # line or a page that only reads should not pay for
    from core.entities import name_key

    return name_key


def check_type(entity_type: str) -> str:
    if entity_type not in ENTITY_TYPES:
        raise InvalidCorrection(f"entity type must be one of {', '.join(ENTITY_TYPES)}, got {entity_type!r}")
    return entity_type


# A named speaker's source type follows its registry type (as an editor's speaker fix sets it).
NAMED_SOURCE_TYPES = ("person", "organisation")


def source_type_of(entity_type: str) -> str:
    """The source type of a quote whose speaker is an entity of this type: person, else organisation."""
    return "person" if entity_type == "PERSON" else "organisation"


def retyped(db: Database, entity_ids: Iterable[int]) -> dict[int, str]:
    """The type of each of these registry rows that an editor retyped (a retype in force on it or on a
    row merged into it): a re-analysis gives their quotes the source type of that type, not the
    model's, so the Sources page keeps counting them as the editor said."""
    wanted = list(dict.fromkeys(entity_ids))
    found: dict[int, str] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(db.conn.execute(RETYPED_SQL.format(marks=marks), chunk).fetchall())
    return found


# `retyped`'s question, for a chunk of ids ({marks}): it runs for every article saved
RETYPED_SQL = (
    "SELECT e.id, e.type FROM entities e WHERE e.id IN ({marks}) AND EXISTS (SELECT 1 FROM corrections c "
    "WHERE c.target = 'entity' AND c.action = 'retype' AND c.active = 1 AND (c.entity_id = e.id "
    "OR c.entity_id IN (SELECT m.id FROM entities m WHERE m.merged_into = e.id)))"
)


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
    A name finds its row in this order: the row of its key when the registry knows it (an editor's
    rename, merge or "not the same" decided where that is); then, for a name of a gazetteer entry
    typed as the entry (`db.gazetteer`), the entry's row; then its case-form twin (`case_form_twin`);
    else a new row, named the entry's full name for a gazetteer name. So বিএনপি and বাংলাদেশ
    জাতীয়তাবাদী দল are one row named in full, in whichever order articles arrive, and a form filed
    under an entry's row gets its key there, so later articles find it directly.
    """
    entries = _gazetteer_entries(names)
    keys = lookup_keys(db, [*(entity_key(n) for n, _, _ in names), *(entry.key for entry in entries.values())])
    forms, statuses = _forms_and_statuses(db, keys.values())
    for name, entity_type, aliases in names:
        key = entity_key(name)
        if not key:
            continue  # punctuation only: nothing to find the name by
        entry = _entry_in_force(entries.get(key), entity_type, keys, statuses) if key not in keys else None
        if entry is not None and entry.key in keys:
            keys[key] = _add_key(db, key, keys[entry.key])
        if key not in keys and (twin := case_form_twin(db, key, entity_type)) is not None:
            keys[key] = twin
            forms[twin] = _adopt_case_form(db, twin, name)
            if entry is not None:
                keys[entry.key] = _add_key(db, entry.key, twin)
        if key in keys:
            # a form filed under a gazetteer entry's row is one of its aliases; a name found by its own key
            # (or as a twin, which adopted it) is one of the row's forms already, or a spelling of one
            said = [name, *aliases] if entry is not None else [a for a in aliases if a != name]
            _add_aliases(db, keys[key], said, forms)
            continue
        entity_id, forms_of_new = _new_row(db, name, entity_type, aliases, entry)
        if entry is not None:
            keys[entry.key] = entity_id
        keys[key] = entity_id
        forms[entity_id], statuses[entity_id] = forms_of_new, "active"
    return keys


def _gazetteer_entries(names: Sequence[tuple[str, str, Sequence[str]]]) -> dict[str, gazetteer.Entry]:
    """The gazetteer entry of each name typed as one (`db.gazetteer.entry`), by the name's key."""
    entries: dict[str, gazetteer.Entry] = {}
    for name, entity_type, _ in names:
        entry = gazetteer.entry(entity_key(name), entity_type)
        if entry is not None:
            entries[entity_key(name)] = entry
    return entries


def _forms_and_statuses(db: Database, entity_ids: Iterable[int]) -> tuple[dict[int, list[str]], dict[int, str]]:
    """Each row's forms (its name, then its aliases) and its status."""
    forms: dict[int, list[str]] = {}
    statuses: dict[int, str] = {}
    ids = list(set(entity_ids))
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for entity_id, aliases, name, status in db.conn.execute(
            f"SELECT id, aliases, name, status FROM entities WHERE id IN ({marks})", chunk
        ):
            forms[entity_id] = [name, *json.loads(aliases)]
            statuses[entity_id] = status
    return forms, statuses


def _entry_in_force(
    entry: gazetteer.Entry | None, entity_type: str, keys: dict[str, int], statuses: dict[int, str]
) -> gazetteer.Entry | None:
    """`entry` when the name is typed as the entry and the entry's row, if the registry has one, is
    active (an editor's reject stands); else None."""
    if entry is None or entry.type != entity_type or statuses.get(keys.get(entry.key, 0), "active") != "active":
        return None
    return entry


def _new_row(
    db: Database, name: str, entity_type: str, aliases: Sequence[str], entry: gazetteer.Entry | None
) -> tuple[int, list[str]]:
    """A row for a name the registry does not know, and its forms: named the gazetteer entry's full
    name, with the article's form among its aliases and keys, or else named as the article says."""
    if entry is None:
        entity_id = create_entity(db, name, entity_type if entity_type in ENTITY_TYPES else "PERSON", aliases)
        return entity_id, [name, *aliases]
    entity_id = _add_key(db, entity_key(name), create_entity(db, entry.name, entry.type, [name, *aliases]))
    return entity_id, [entry.name, *(a for a in dict.fromkeys([name, *aliases]) if a != entry.name)]


def _add_aliases(db: Database, entity_id: int, said: Sequence[str], forms: dict[int, list[str]]) -> None:
    """The forms in `said` that the row does not have yet added to its aliases (and to `forms`)."""
    seen = forms.setdefault(entity_id, [])
    new = [a for a in dict.fromkeys(said) if a and a not in seen]
    if new and seen:  # with no forms read, seen[1:] would overwrite the row's aliases with the new ones
        seen.extend(new)
        db.conn.execute(
            "UPDATE entities SET aliases = ?, updated_at = ? WHERE id = ?",
            (json.dumps(seen[1:], ensure_ascii=False), now(), entity_id),
        )


# A person named in the genitive only (মতিউর রহমান নিজামীর, প্রণব মুখার্জির): after a vowel the genitive is
# a bare -র, which the extractor cannot tell from a name's own (কবীর, আমীর), but once the archive has
# the name with and without it, the two are one person.
_VOWEL_SIGNS = frozenset("\u09be\u09bf\u09c0\u09c1\u09c2\u09c7\u09c8\u09cb\u09cc")


def case_form_twin(db: Database, key: str, entity_type: str) -> int | None:
    """The registry person whose name is this person's name with or without the genitive -র after a
    vowel on its last word (the keys of "মতিউর রহমান নিজামীর" and "মতিউর রহমান নিজামী"), or None.
    Names of two words or more only: one word (কবীর, কবি) says too little to be the same person."""
    if entity_type != "PERSON" or len(key.split()) < 2:
        return None
    if key.endswith("র") and key[-2] in _VOWEL_SIGNS:
        candidate = key[:-1]
    elif key[-1] in _VOWEL_SIGNS:
        candidate = key + "র"
    else:
        return None
    entity_id = lookup_keys(db, [candidate]).get(candidate)
    return entity_id if entity_id is not None and get(db, entity_id)["type"] == "PERSON" else None


def _adopt_case_form(db: Database, entity_id: int, name: str) -> list[str]:
    """Record `name` as a form of the person `entity_id` (its key and an alias) and return the row's
    name and aliases. When the row's own name is `name` in the genitive, `name` becomes the row's name,
    unless an editor named the row (a rename by hand stands)."""
    row = get(db, entity_id)
    name = normalize(name).strip()
    own, aliases = row["name"], list(row["aliases"])
    if entity_key(own) == entity_key(name) + "র" and db.conn.execute(
            "SELECT 1 FROM entity_keys WHERE entity_id = ? AND kind = 'editor'", (entity_id,)).fetchone() is None:
        own, aliases = name, [a for a in dict.fromkeys([own, *aliases]) if a != name]
    elif name != own and name not in aliases:
        aliases.append(name)
    if (own, aliases) != (row["name"], row["aliases"]):
        db.conn.execute("UPDATE entities SET name = ?, aliases = ?, updated_at = ? WHERE id = ?",
                        (own, json.dumps(aliases, ensure_ascii=False), now(), entity_id))
    _add_key(db, entity_key(name), entity_id)
    return [own, *aliases]


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
    row = one_row(db, "SELECT * FROM entities WHERE id = ?", [entity_id], EntityNotFound(f"no entity with id {entity_id}"))
    row["aliases"] = json.loads(row["aliases"])
    return row


def _json_list(values: Iterable[str]) -> str:
    return json.dumps(list(dict.fromkeys(values)), ensure_ascii=False)


# ---- merging ------------------------------------------------------------------------------------

def merge_rows(db: Database, source_id: int, target_id: int) -> dict[str, Any]:
    """Fold the registry row `source_id` into `target_id` (both roots; the caller holds the write
    transaction and writes the audit row): names become the target's aliases, keys, article rows,
    mentions, quotes and events move to the target, earlier merges into the source follow.
    Returns what it changed, row by row, for `unmerge_rows`."""
    source, target = get(db, source_id), get(db, target_id)
    s, t = source["id"], target["id"]
    one = db.conn.execute
    cursor = one("SELECT * FROM article_entities WHERE entity_id = ? AND article_id IN "
                 "(SELECT article_id FROM article_entities WHERE entity_id = ?)", (s, t))
    columns = [d[0] for d in cursor.description]
    shared = [dict(zip(columns, row)) for row in cursor.fetchall()]
    shared_ids = {row["id"] for row in shared}
    snapshot: dict[str, Any] = {
        "aliases": target["aliases"], "status": source["status"],
        "chained": [r[0] for r in one("SELECT id FROM entities WHERE merged_into = ?", (s,))],
        "keys": one("SELECT key, kind FROM entity_keys WHERE entity_id = ?", (s,)).fetchall(),
        "shared": shared,  # the source's rows in articles that have both, deleted below
        "targets": one("SELECT id, mentions, mention_count FROM article_entities WHERE entity_id = ? AND article_id IN "
                       "(SELECT article_id FROM article_entities WHERE entity_id = ?)", (t, s)).fetchall(),
        "moved": [r[0] for r in one("SELECT id FROM article_entities WHERE entity_id = ?", (s,))
                  if r[0] not in shared_ids],
        "quotes": [r[0] for r in one("SELECT id FROM quotes WHERE speaker_entity_id = ?", (s,))],
        # rows written after the merge are the merged registry's (a re-analysis): `unmerge_rows` cannot split them
        "last_row": one("SELECT coalesce(max(id), 0) FROM article_entities").fetchone()[0],
        "last_quote": one("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0],
        "events": [[event_id, role, had] for event_id, role, had in one(
            "SELECT ee.event_id, ee.role, EXISTS (SELECT 1 FROM event_entities o WHERE o.event_id = ee.event_id "
            "AND o.entity_id = ? AND o.role = ee.role) FROM event_entities ee WHERE ee.entity_id = ?", (t, s))],
    }
    aliases = [a for a in dict.fromkeys([*target["aliases"], source["name"], *source["aliases"]]) if a != target["name"]]
    stamp = now()
    db.conn.execute("UPDATE entities SET aliases = ?, updated_at = ? WHERE id = ?",
                    (json.dumps(aliases, ensure_ascii=False), stamp, t))
    db.conn.execute("UPDATE entities SET status = 'merged', merged_into = ?, updated_at = ? WHERE id = ?", (t, stamp, s))
    db.conn.execute("UPDATE entities SET merged_into = ? WHERE merged_into = ?", (t, s))
    db.conn.execute("UPDATE entity_keys SET entity_id = ? WHERE entity_id = ?", (t, s))
    # articles that have both: move the mentions to the target's row, drop the source's row
    for source_row, source_mentions, target_row, target_mentions in db.conn.execute(
        "SELECT src.id, src.mentions, dst.id, dst.mentions FROM article_entities src JOIN article_entities dst "
        "ON dst.article_id = src.article_id AND dst.entity_id = ? WHERE src.entity_id = ?", (t, s)
    ).fetchall():
        spans = {tuple(m) for m in (*json.loads(source_mentions), *json.loads(target_mentions))}
        db.conn.execute("DELETE FROM article_entities WHERE id = ?", (source_row,))
        db.conn.execute(
            "UPDATE article_entities SET mentions = ?, mention_count = ? WHERE id = ?",
            (json.dumps(sorted(spans), separators=(",", ":")), len(spans), target_row),
        )
    db.conn.execute("UPDATE article_entities SET entity_id = ? WHERE entity_id = ?", (t, s))
    db.conn.execute("UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?", (t, s))
    db.conn.execute("UPDATE OR IGNORE event_entities SET entity_id = ? WHERE entity_id = ?", (t, s))
    db.conn.execute("DELETE FROM event_entities WHERE entity_id = ?", (s,))
    return snapshot


def unmerge_rows(db: Database, source_id: int, target_id: int, snapshot: dict[str, Any]) -> None:
    """Undo `merge_rows(db, source_id, target_id)` from the snapshot it returned: the source is its
    own row again with its keys, aliases, article rows, mentions, quotes and events, the target has
    its aliases and mentions as before. Rows changed since by something else (a quote's speaker fixed
    to another entity) are left as they are. The caller holds the write transaction."""
    s, t, one = source_id, target_id, db.conn.execute
    stamp = now()
    one("UPDATE entities SET aliases = ?, updated_at = ? WHERE id = ?",
        (json.dumps(snapshot["aliases"], ensure_ascii=False), stamp, t))
    one("UPDATE entities SET status = ?, merged_into = NULL, updated_at = ? WHERE id = ?", (snapshot["status"], stamp, s))
    one(f"UPDATE entities SET merged_into = ? WHERE merged_into = ? AND id IN ({_ids(snapshot['chained'])})", (s, t))
    db.conn.executemany("UPDATE entity_keys SET entity_id = ?, kind = ? WHERE key = ? AND entity_id = ?",
                        [(s, kind, key, t) for key, kind in snapshot["keys"]])
    one(f"UPDATE article_entities SET entity_id = ? WHERE entity_id = ? AND id IN ({_ids(snapshot['moved'])})", (s, t))
    for row in snapshot["shared"]:
        names = ", ".join(row)
        one(f"INSERT INTO article_entities ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    db.conn.executemany("UPDATE article_entities SET mentions = ?, mention_count = ? WHERE id = ? AND entity_id = ?",
                        [(mentions, count, row_id, t) for row_id, mentions, count in snapshot["targets"]])
    one(f"UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ? AND id IN ({_ids(snapshot['quotes'])})",
        (s, t))
    db.conn.executemany("INSERT OR IGNORE INTO event_entities (event_id, entity_id, role) VALUES (?, ?, ?)",
                        [(event_id, s, role) for event_id, role, _ in snapshot["events"]])
    db.conn.executemany("DELETE FROM event_entities WHERE event_id = ? AND entity_id = ? AND role = ?",
                        [(event_id, t, role) for event_id, role, had in snapshot["events"] if not had])


def _ids(values: Iterable[int]) -> str:
    return ",".join(str(int(v)) for v in values) or "NULL"


def rekey(db: Database, *, old_key: Callable[[str], str] = legacy_key, reason: str = "same name key") -> dict[int, int]:
    """Recompute every stored key with `entity_key` (each old key is traced back to the registry
    name or alias it was made from) and merge the entities whose keys now collide, e.g. রশীদ and
    রশিদ, or ডা. মাসুদ করিম and মাসুদ করিম. Returns {merged id: id it was merged into}.

    Editor decisions are kept: in a group of colliding entities the one an editor decided about
    most recently (renamed, retyped, rejected, merged something into, added to an article) is
    kept and keeps its name, type and status; then an active one; then the one in most articles;
    then the oldest. Every merge is audited (`corrections`, action "merge", no editor, `reason`),
    so the kept entity's history shows what was merged into it. The caller holds the write
    transaction."""
    roots = _roots(db)
    new_keys, claims = _new_keys(db, roots, old_key)
    merged = _merge_groups(db, _connected(list(claims.values())), roots, reason)
    # the new keys, each pointing at the root its entity now lives in
    db.conn.execute("DELETE FROM entity_keys")
    db.conn.executemany(
        "INSERT INTO entity_keys (key, entity_id, kind) VALUES (?, ?, ?)",
        [(key, merged.get(entity_id, entity_id), kind) for key, (entity_id, kind) in new_keys.items()],
    )
    return merged


class _Root(NamedTuple):
    name: str
    aliases: list[str]
    status: str


# Of several old keys that become one new key, the new key keeps the kind (and entity) of the first
# claim of the highest rank: an editor's name for the entity, then a registry name, then an alias.
_KIND_RANK = {"editor": 2, "name": 1}


def _roots(db: Database) -> dict[int, _Root]:
    """The entities nothing was merged into, by id: the ones the keys point at."""
    return {
        row[0]: _Root(row[1], json.loads(row[2]), row[3])
        for row in db.conn.execute("SELECT id, name, aliases, status FROM entities WHERE merged_into IS NULL")
    }


def _new_keys(
    db: Database, roots: dict[int, _Root], old_key: Callable[[str], str]
) -> tuple[dict[str, tuple[int, str]], dict[str, set[int]]]:
    """Every stored key recomputed, and who claims each new key: the entity of every old key row
    (traced back to the name or alias it was made from), and every root entity by its name.
    Returns ({new key: (entity id, kind)}, {new key: the entity ids claiming it})."""
    new_keys: dict[str, tuple[int, str]] = {}
    claims: dict[str, set[int]] = {}
    for key, entity_id, kind in db.conn.execute("SELECT key, entity_id, kind FROM entity_keys").fetchall():
        name, aliases, _ = roots.get(entity_id, _Root(key, [], "active"))  # keys point at roots
        source = next((n for n in (name, *aliases) if old_key(n) == key), key)
        new = entity_key(source)
        if not new:
            continue
        claims.setdefault(new, set()).add(entity_id)
        if new not in new_keys or _KIND_RANK.get(kind, 0) > _KIND_RANK.get(new_keys[new][1], 0):
            new_keys[new] = (entity_id, kind)
    # every root's name claims its new key too (an old key row may be missing or traced to an alias),
    # but never takes the key from a key row's claim
    for entity_id, root_entity in roots.items():
        new = entity_key(root_entity.name)
        if new:
            claims.setdefault(new, set()).add(entity_id)
            new_keys.setdefault(new, (entity_id, "name"))
    return new_keys, claims


def _connected(id_sets: Sequence[set[int]]) -> list[list[int]]:
    """The ids grouped so that ids sharing a set are one group, through a chain of shared sets too;
    the groups in the order their first id was met.

    >>> _connected([{1, 2}, {4}, {2, 3}])
    [[1, 2, 3], [4]]
    """
    parent: dict[int, int] = {}  # union-find, each group's root its smallest id

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for ids in id_sets:
        first, *rest = sorted(ids)
        for other in rest:
            a, b = find(first), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for ids in id_sets:
        for entity_id in ids:
            members = groups.setdefault(find(entity_id), [])
            if entity_id not in members:
                members.append(entity_id)
    return list(groups.values())


def _merge_groups(db: Database, groups: list[list[int]], roots: dict[int, _Root], reason: str) -> dict[int, int]:
    """Each group of two or more merged (audited) into the entity the editors decided about most
    recently, then an active one, then the one in most articles, then the oldest.
    Returns {merged id: id it was merged into}."""
    decided, articles = _last_decisions(db), _active_articles(db)
    merged: dict[int, int] = {}
    for members in groups:
        if len(members) < 2:
            continue
        kept = min(members, key=lambda e: (-decided.get(e, 0), roots[e].status != "active", -articles.get(e, 0), e))
        for entity_id in sorted(members):
            if entity_id != kept:
                _merge_audited(db, entity_id, kept, reason)
                merged[entity_id] = kept
    return merged


def _last_decisions(db: Database) -> dict[int, int]:
    """Entity (root) -> id of the latest active editor decision about it (renamed, retyped, rejected,
    merged something into, added to an article, said not to be another)."""
    decided: dict[int, int] = {}
    for correction_id, entity_id, action, after in db.conn.execute(
        "SELECT id, entity_id, action, after FROM corrections WHERE entity_id IS NOT NULL AND active = 1"
    ).fetchall():
        touched = [entity_id]
        if action == "merge" and after:
            touched.append(json.loads(after).get("merged_into"))
        for touched_id in touched:
            try:
                decided_id = root(db, int(touched_id))
            except (EntityNotFound, TypeError, ValueError):
                continue
            decided[decided_id] = max(decided.get(decided_id, 0), correction_id)
    return decided


def _active_articles(db: Database) -> dict[int, int]:
    return dict(db.conn.execute(
        "SELECT entity_id, count(*) FROM article_entities WHERE status = 'active' GROUP BY entity_id"
    ).fetchall())


def _merge_audited(db: Database, source_id: int, kept_id: int, reason: str) -> None:
    """`merge_rows` recorded as an automatic merge: a `corrections` row with no editor and the reason."""
    source_name, source_type = db.conn.execute("SELECT name, type FROM entities WHERE id = ?", (source_id,)).fetchone()
    kept_name = db.conn.execute("SELECT name FROM entities WHERE id = ?", (kept_id,)).fetchone()[0]
    merge_rows(db, source_id, kept_id)
    audit.record(db, "entity", "merge", editor=None, entity_id=source_id,
                 before={"name": source_name, "type": source_type},
                 after={"merged_into": kept_id, "name": kept_name, "reason": reason})


# ---- the gazetteers ------------------------------------------------------------------------------

def _add_key(db: Database, key: str, entity_id: int) -> int:
    """Record `key` for the row `entity_id` (a form of a gazetteer name it was filed under, or the entry's
    full name) unless another row holds it already; returns the id."""
    db.conn.execute("INSERT OR IGNORE INTO entity_keys (key, entity_id, kind) VALUES (?, ?, 'name')", (key, entity_id))
    return entity_id


def unify_gazetteer_names(db: Database, *, reason: str) -> dict[int, int]:
    """Merge the registry rows that are names of one gazetteer entry (`db.gazetteer`) into one, named
    the entry's full name: what `resolve` does for new names, done to a registry made before it
    (migration 8) or split by articles analysed then. Returns {merged id: id it was merged into}.

    A row counts for an entry when one of its keys (its name, the names merged into it) is a name of
    that entry under the row's type. Left as they are: rejected rows (an editor's reject stands),
    rows whose keys name two entries (something an editor merged by hand), and a row an editor said
    is not the kept one (`not_same`). The kept row is chosen as in `rekey` (the latest editor
    decision, then the most articles, then the oldest); it takes the entry's full name and key
    unless an editor named it (a rename, an entity added by hand), whose name stands. Every merge and
    rename is audited as automatic (no editor, `reason`). The caller holds the write transaction."""
    rows = {entity_id: (name, entity_type) for entity_id, name, entity_type in db.conn.execute(
        "SELECT id, name, type FROM entities WHERE status = 'active' AND merged_into IS NULL")}
    keys_of: dict[int, set[str]] = {entity_id: {entity_key(name)} for entity_id, (name, _) in rows.items()}
    named_by_editor: set[int] = set()
    for key, entity_id, kind in db.conn.execute("SELECT key, entity_id, kind FROM entity_keys"):
        if entity_id in keys_of:
            keys_of[entity_id].add(key)
            if kind == "editor":
                named_by_editor.add(entity_id)
    members: dict[gazetteer.Entry, list[int]] = {}
    for entity_id, keys in keys_of.items():
        found = gazetteer.entries(keys, rows[entity_id][1])
        if len(found) == 1:
            members.setdefault(found.pop(), []).append(entity_id)
    declined = not_same_pairs(db)
    decided, articles = _last_decisions(db), _active_articles(db)
    merged: dict[int, int] = {}
    for listed, ids in members.items():
        kept = min(ids, key=lambda e: (-decided.get(e, 0), -articles.get(e, 0), e))
        for entity_id in sorted(ids):
            if entity_id != kept and frozenset((entity_id, kept)) not in declined:
                _merge_audited(db, entity_id, kept, reason)
                merged[entity_id] = kept
        _add_key(db, listed.key, kept)
        # the full name is the kept row's unless a row an editor kept apart holds it
        holds_full_name = lookup_keys(db, [listed.key]).get(listed.key) == kept
        if holds_full_name and kept not in named_by_editor and rows[kept][0] != listed.name:
            _rename_audited(db, kept, listed.name, reason)
    return merged


def _rename_audited(db: Database, entity_id: int, name: str, reason: str) -> None:
    """Rename a row, recorded as an automatic rename (no editor, `reason`), so the card's history says
    why বিবিসি is now called ব্রিটিশ ব্রডকাস্টিং করপোরেশন."""
    row = get(db, entity_id)
    aliases = [a for a in dict.fromkeys([row["name"], *row["aliases"]]) if a != name]
    db.conn.execute("UPDATE entities SET name = ?, aliases = ?, updated_at = ? WHERE id = ?",
                    (name, json.dumps(aliases, ensure_ascii=False), now(), entity_id))
    audit.record(db, "entity", "rename", editor=None, entity_id=entity_id,
                 before={"name": row["name"]}, after={"name": name, "reason": reason})


def not_same_pairs(db: Database) -> set[frozenset[int]]:
    """The pairs of rows (their roots now) an editor said are not one entity (`corrections.mark_not_same`):
    `db.suggestions` no longer offers them, `unify_gazetteer_names` does not merge them."""
    pairs: set[frozenset[int]] = set()
    for entity_id, after in db.conn.execute(
        "SELECT entity_id, after FROM corrections WHERE target = 'entity' AND action = 'not_same' AND active = 1"
    ).fetchall():
        try:
            pairs.add(frozenset((root(db, int(entity_id)), root(db, int(json.loads(after or "{}")["other"])))))
        except (EntityNotFound, KeyError, TypeError, ValueError):
            continue
    return pairs
