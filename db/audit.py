"""The corrections log's one writer: every `corrections` row, an editor's decision (`db.corrections`)
or an automatic merge or rename of the registry (`db.registry`), is written by `record`.

It sits below both, since `db.corrections` imports the registry."""
from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from db.store import now


def record(
    db: Database, target: str, action: str, *, editor: str | None, article_id: int | None = None,
    entity_id: int | None = None, target_key: str | None = None, before: Any = None, after: Any = None,
    extractor_version: str | None = None,
) -> int:
    """Write one `corrections` row (`before` and `after` as JSON) and return its id. The caller holds
    the write transaction."""
    cursor = db.conn.execute(
        "INSERT INTO corrections (created_at, editor, target, action, article_id, entity_id, target_key, "
        "before, after, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (now(), editor, target, action, article_id, entity_id, target_key,
         None if before is None else json.dumps(before, ensure_ascii=False),
         None if after is None else json.dumps(after, ensure_ascii=False), extractor_version),
    )
    return int(cursor.lastrowid or 0)
