"""Undo gives back what a correction replaced: the model's quote, the registry as it was."""
from __future__ import annotations

import pytest
from sqlite_utils import Database

from db import corrections as fix

from .conftest import add_article
from .test_corrections import entity_id, quote_id


@pytest.fixture
def article(fresh_db: Database, analyser: object) -> int:
    return add_article(fresh_db)


def said(db: Database, quote: int) -> tuple[object, ...]:
    return tuple(db.execute("SELECT speaker, speaker_entity_id, source_type, kind, role, affiliation, status "
                            "FROM quotes WHERE id = ?", [quote]).fetchone())


def test_undoing_an_added_quote_the_model_had_found_gives_back_the_models_speaker(
        fresh_db: Database, article: int) -> None:
    quote = quote_id(fresh_db, "ফলপ্রসূ")
    model = said(fresh_db, quote)
    putin = entity_id(fresh_db, "ভ্লাদিমির পুতিন")
    fix.add_quote(fresh_db, article, "আলোচনা ফলপ্রসূ হয়েছে,", kind="indirect", entity_id=putin)
    assert said(fresh_db, quote)[:2] == ("ভ্লাদিমির পুতিন", putin)
    added = fresh_db.execute("SELECT id FROM corrections WHERE action = 'add'").fetchone()[0]
    fix.undo_correction(fresh_db, added)
    assert said(fresh_db, quote) == model
