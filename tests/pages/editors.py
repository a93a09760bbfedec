"""A second editor for the page tests: a correction written straight to the store between this
editor's choice on the page and their click, as another editor's session would."""
from __future__ import annotations

from pathlib import Path

from db.store import open_db


def second_editor(db_file: Path, action: object, *args: object, **kwargs: object) -> None:
    """Another editor's correction (`action(db, *args, **kwargs)`, one of `db.corrections`), committed."""
    db = open_db(db_file)
    try:
        action(db, *args, **kwargs)  # type: ignore[operator]
        db.conn.commit()
    finally:
        db.close()
