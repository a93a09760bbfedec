"""A retype reaches the Sources page: the speaker's quotes count under the new type's source type."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlite_utils import Database

from db import corrections as fix
from db import registry
from db.ingest import reanalyze
from db.queries import count_quotes

from .conftest import add_article, build_analysis, sample_analysis
from .test_corrections import entity_id


@pytest.fixture
def article(fresh_db: Database, analyser: object) -> int:
    return add_article(fresh_db)


def by_source_type(db: Database) -> dict[str, int]:
    return {r["value"]: r["quotes"] for r in count_quotes(db, "source_type")}


def test_a_retyped_speakers_quotes_change_source_type_and_keep_it_after_reanalysis(
        fresh_db: Database, article: int, analyser: Callable[..., None]) -> None:
    assert by_source_type(fresh_db) == {"person": 1, "group": 1}
    fix.retype_entity(fresh_db, entity_id(fresh_db, "দিমিত্রি পেসকভ"), "ORG")
    assert by_source_type(fresh_db) == {"organisation": 1, "group": 1}
    reanalyze(fresh_db, outdated_only=False)
    assert by_source_type(fresh_db) == {"organisation": 1, "group": 1}
    # a new article quoting him counts him as the editor typed him too
    analyser(lambda text: sample_analysis(text) if "ফলপ্রসূ" in text else build_analysis(
        text, entities={"দিমিত্রি পেসকভ": ("PERSON", ["দিমিত্রি পেসকভ"])},
        quotes=[("সব ঠিক আছে,", "direct", "দিমিত্রি পেসকভ", "person")]))
    add_article(fresh_db, "“সব ঠিক আছে,” দিমিত্রি পেসকভ বলেন।")
    assert by_source_type(fresh_db)["organisation"] == 2


def test_a_retype_holds_for_the_quotes_an_editor_added_or_gave_the_speaker_after_a_later_correction(
        fresh_db: Database, article: int) -> None:
    # the added quote and the speaker fix recorded "person" (from his type then); a later correction in
    # the article, or its re-analysis, re-applies them: the retype still says how they count
    pesk = entity_id(fresh_db, "দিমিত্রি পেসকভ")
    fix.add_quote(fresh_db, article, "ভ্লাদিমির পুতিন মঙ্গলবার কিম জং উনের সঙ্গে বৈঠক করেন", kind="indirect",
                  entity_id=pesk)
    group = fresh_db.conn.execute("SELECT id FROM quotes WHERE source_type = 'group'").fetchone()[0]
    fix.set_quote_speaker(fresh_db, group, entity_id=pesk)
    assert by_source_type(fresh_db) == {"person": 3}
    fix.retype_entity(fresh_db, pesk, "ORG")
    assert by_source_type(fresh_db) == {"organisation": 3}
    date = fresh_db.conn.execute("SELECT id FROM events WHERE article_id = ? LIMIT 1", [article]).fetchone()[0]
    fix.reject_date(fresh_db, date)
    assert by_source_type(fresh_db) == {"organisation": 3}
    reanalyze(fresh_db, outdated_only=False)
    assert by_source_type(fresh_db) == {"organisation": 3}


def test_the_retype_lookup_of_each_saved_article_does_not_read_the_whole_registry(fresh_db: Database) -> None:
    # save_analysis asks `retyped` about every speaker of every article (100k on a re-analysis): the
    # rows merged into a speaker are found by index, not by reading every entity once per speaker
    sql = registry.RETYPED_SQL.format(marks="?")
    plan = [row[3] for row in fresh_db.conn.execute(f"EXPLAIN QUERY PLAN {sql}", [1])]
    assert not [step for step in plan if step.startswith("SCAN")], plan
