"""`python -m db export quotes` names speakers as the pages do: the registry's name now."""
from __future__ import annotations

from sqlite_utils import Database

from db import corrections as fix
from db.queries import export_rows

from .conftest import add_article
from .test_corrections import entity_id


def test_exported_quotes_carry_the_speakers_name_after_a_rename_and_a_merge(
        fresh_db: Database, analyser: object) -> None:
    add_article(fresh_db)
    columns = [r[1] for r in fresh_db.execute("PRAGMA table_info(quotes)")]
    fix.rename_entity(fresh_db, entity_id(fresh_db, "দিমিত্রি পেসকভ"), "দিমিত্রি সের্গেইভিচ পেসকভ")
    rows = list(export_rows(fresh_db, "quotes"))
    assert list(rows[0]) == columns
    assert [r["speaker"] for r in rows] == ["দিমিত্রি সের্গেইভিচ পেসকভ", "বিশ্লেষকরা"]
    assert rows[0]["speaker_mention"] == "দিমিত্রি পেসকভ"  # the words as written stay
    fix.merge_entities(fresh_db, entity_id(fresh_db, "দিমিত্রি সের্গেইভিচ পেসকভ"), entity_id(fresh_db, "ক্রেমলিন"))
    assert [r["speaker"] for r in export_rows(fresh_db, "quotes")] == ["ক্রেমলিন", "বিশ্লেষকরা"]
