"""Undo gives back what a correction replaced: the model's quote, the registry as it was."""
from __future__ import annotations

import pytest
from sqlite_utils import Database

from db import corrections as fix
from db.queries import counts, list_entities

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


def test_undoing_an_added_entity_leaves_no_empty_entity(fresh_db: Database, article: int) -> None:
    before = counts(fresh_db)["entities"]
    added = fix.add_entity(fresh_db, article, "মস্কো", "LOC", editor="rima")
    assert counts(fresh_db)["entities"] == before + 1
    correction = fresh_db.execute("SELECT id FROM corrections WHERE action = 'add'").fetchone()[0]
    fix.undo_correction(fresh_db, correction)
    assert counts(fresh_db)["entities"] == before
    assert "মস্কো" not in [r["name"] for r in list_entities(fresh_db, limit=100).rows]
    assert fresh_db.execute("SELECT count(*) FROM entities WHERE id = ?", [added]).fetchone()[0] == 0
    # the history still says what was added and withdrawn
    history = [(r["action"], r["after"]) for r in fix.article_corrections(fresh_db, article).rows]
    assert history[0][0] == "undo" and "মস্কো" in history[1][1]
    # added again later, it is a registry row again
    again = fix.add_entity(fresh_db, article, "মস্কো", "LOC")
    assert "মস্কো" in [r["name"] for r in list_entities(fresh_db, limit=100).rows] and again


def test_undoing_an_added_entity_the_registry_knew_keeps_its_row(fresh_db: Database, article: int) -> None:
    putin = entity_id(fresh_db, "ভ্লাদিমির পুতিন")
    other = add_article(fresh_db, "পুতিন নয়, ভ্লাদিমির পুতিন এখানে আছেন।")
    fix.add_entity(fresh_db, other, "ভ্লাদিমির পুতিন", "PERSON")
    correction = fresh_db.execute("SELECT id FROM corrections WHERE action = 'add'").fetchone()[0]
    fix.undo_correction(fresh_db, correction)
    assert fresh_db.execute("SELECT status FROM entities WHERE id = ?", [putin]).fetchone()[0] == "active"
