"""An article's review history: its own decisions and the registry decisions about its entities."""
from __future__ import annotations

from sqlite_utils import Database

from db import corrections as fix

from .conftest import add_article, build_analysis


def entity_id(db: Database, name: str) -> int:
    return int(db.execute("SELECT id FROM entities WHERE name = ?", (name,)).fetchone()[0])


def test_history_has_article_and_registry_decisions_but_not_other_articles(fresh_db: Database, analyser: object) -> None:
    first = add_article(fresh_db)
    analyser(lambda text: build_analysis(text, entities={"পেসকভ": ("PERSON", ["পেসকভ"]), "ঢাকা": ("LOC", ["ঢাকা"])}))
    second = add_article(fresh_db, "ঢাকা, ৩ অক্টোবর – পেসকভ আবার মুখ খুলেছেন।")
    kremlin, dhaka = entity_id(fresh_db, "ক্রেমলিন"), entity_id(fresh_db, "ঢাকা")
    fix.retype_entity(fresh_db, kremlin, "LOC")  # registry-level, about an entity of the first article
    fix.set_article_status(fresh_db, first, "reviewed")
    fix.retype_entity(fresh_db, dhaka, "ORG")  # only in the second article
    fix.merge_entities(fresh_db, entity_id(fresh_db, "পেসকভ"), entity_id(fresh_db, "দিমিত্রি পেসকভ"))

    page = fix.article_corrections(fresh_db, first)
    assert [(r["target"], r["action"]) for r in page.rows] == [
        ("entity", "merge"), ("article", "set_status"), ("entity", "retype")]
    assert page.total == 3
    second_history = {(r["target"], r["action"]) for r in fix.article_corrections(fresh_db, second).rows}
    assert second_history == {("entity", "retype"), ("entity", "merge")}
    assert fix.article_corrections(fresh_db, first, limit=1, offset=1).rows[0]["action"] == "set_status"
