"""Undo gives back what a correction replaced: the model's quote, the registry as it was."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlite_utils import Database

from db import corrections as fix
from db.errors import InvalidCorrection
from db.ingest import reanalyze
from db.queries import QuoteFilter, count_quotes, counts, list_entities, list_quotes

from .conftest import ARTICLE, add_article, build_analysis, sample_analysis
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


def state(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """The registry and everything that points into it, as rows (timestamps left out)."""
    return {
        "entities": db.execute("SELECT id, name, type, aliases, status, merged_into, mentions, articles, quotes "
                               "FROM entities ORDER BY id").fetchall(),
        "keys": db.execute("SELECT key, entity_id, kind FROM entity_keys ORDER BY key").fetchall(),
        "rows": db.execute("SELECT * FROM article_entities ORDER BY id").fetchall(),
        "quotes": db.execute("SELECT id, speaker, speaker_entity_id, source_type FROM quotes ORDER BY id").fetchall(),
        "events": db.execute("SELECT * FROM event_entities ORDER BY event_id, entity_id, role").fetchall(),
    }


@pytest.fixture
def two_names(fresh_db: Database, article: int, analyser: Callable[..., None]) -> tuple[int, int]:
    """A second article where the model calls him only পেসকভ: two registry rows for one man."""
    analyser(lambda text: build_analysis(
        text, entities={"পেসকভ": ("PERSON", ["পেসকভ"]), "রাশিয়া": ("LOC", ["রাশিয়ার"])},
        quotes=[("আলোচনা ফলপ্রসূ হয়েছে,", "direct", "পেসকভ", "person")],
        dates=[("মঙ্গলবার", "2023-09-12", "day")])
        if "দিমিত্রি" not in text else sample_analysis(text))
    add_article(fresh_db, ARTICLE.replace("দিমিত্রি পেসকভ", "পেসকভ"))
    return entity_id(fresh_db, "পেসকভ"), entity_id(fresh_db, "দিমিত্রি পেসকভ")


def test_a_merge_is_undone_exactly_and_audited(fresh_db: Database, two_names: tuple[int, int]) -> None:
    short, full = two_names
    fix.merge_entities(fresh_db, entity_id(fresh_db, "ক্রেমলিন"), entity_id(fresh_db, "রাশিয়া"))  # rows in both articles
    kremlin_merge = fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0]
    was = state(fresh_db)
    merge = fix.merge_entities(fresh_db, short, full, editor="rima")
    assert list_quotes(fresh_db, QuoteFilter(entity_id=full)).total == 2
    fix.undo_correction(fresh_db, merge, editor="rima")
    assert state(fresh_db) == was
    assert list_quotes(fresh_db, QuoteFilter(entity_id=full)).total == 1
    last = fresh_db.execute("SELECT target, action, entity_id, editor, before FROM corrections ORDER BY id DESC").fetchone()
    assert last[:4] == ("entity", "undo", short, "rima") and f'"correction": {merge}' in last[4]
    with pytest.raises(InvalidCorrection, match="no longer in force|undone"):
        fix.undo_correction(fresh_db, merge)
    # a merge of rows that share articles (their mentions combined) comes apart too
    was = state(fresh_db)
    fix.merge_entities(fresh_db, entity_id(fresh_db, "দিমিত্রি পেসকভ"), entity_id(fresh_db, "রাশিয়া"))
    fix.undo_correction(fresh_db, fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0])
    assert state(fresh_db) == was
    fix.undo_correction(fresh_db, kremlin_merge)
    assert entity_id(fresh_db, "ক্রেমলিন") in [r["id"] for r in list_entities(fresh_db, limit=100).rows]


def test_a_merge_is_undone_only_while_it_is_the_latest_and_before_a_reanalysis(
        fresh_db: Database, two_names: tuple[int, int]) -> None:
    short, full = two_names
    merge = fix.merge_entities(fresh_db, short, full)
    rename = fix.rename_entity(fresh_db, full, "দিমিত্রি সের্গেইভিচ পেসকভ")
    with pytest.raises(InvalidCorrection, match=f"#{rename}"):
        fix.undo_correction(fresh_db, merge)
    fix.undo_correction(fresh_db, rename)
    reanalyze(fresh_db, outdated_only=False)
    with pytest.raises(InvalidCorrection, match="analysed or corrected after the merge"):
        fix.undo_correction(fresh_db, merge)


def test_a_rename_and_a_retype_are_undone_exactly(fresh_db: Database, article: int) -> None:
    kremlin = entity_id(fresh_db, "ক্রেমলিন")
    peskov = entity_id(fresh_db, "দিমিত্রি পেসকভ")
    was = state(fresh_db)
    rename = fix.rename_entity(fresh_db, kremlin, "মস্কো ক্রেমলিন")
    fix.undo_correction(fresh_db, rename)
    assert state(fresh_db) == was
    retype = fix.retype_entity(fresh_db, peskov, "ORG")
    assert count_quotes(fresh_db, "source_type")[0]["value"] in ("organisation", "group")
    fix.undo_correction(fresh_db, retype)
    assert state(fresh_db) == was
    reanalyze(fresh_db, outdated_only=False)  # nothing of either comes back
    assert state(fresh_db)["quotes"] == was["quotes"]
    assert fresh_db.execute("SELECT name, type FROM entities WHERE id = ?", [kremlin]).fetchone() == ("ক্রেমলিন", "ORG")


def test_a_quote_added_over_the_models_takes_the_editors_source_type(fresh_db: Database, article: int) -> None:
    quote = quote_id(fresh_db, "ফলপ্রসূ")
    assert said(fresh_db, quote)[2] != "organisation"
    kremlin = entity_id(fresh_db, "ক্রেমলিন")
    fix.add_quote(fresh_db, article, "আলোচনা ফলপ্রসূ হয়েছে,", kind="indirect", entity_id=kremlin,
                  source_type="organisation")
    assert said(fresh_db, quote)[1:3] == (kremlin, "organisation")  # what the Sources page counts it as
    reanalyze(fresh_db)  # and the decision holds after re-analysis
    assert said(fresh_db, quote_id(fresh_db, "ফলপ্রসূ"))[1:3] == (kremlin, "organisation")


def test_undoing_a_quote_added_over_the_models_gives_back_its_source_type(fresh_db: Database, article: int) -> None:
    quote = quote_id(fresh_db, "ফলপ্রসূ")
    model = said(fresh_db, quote)
    fix.add_quote(fresh_db, article, "আলোচনা ফলপ্রসূ হয়েছে,", kind="indirect",
                  entity_id=entity_id(fresh_db, "ক্রেমলিন"), source_type="organisation")
    fix.undo_correction(fresh_db, fresh_db.execute("SELECT id FROM corrections WHERE action = 'add'").fetchone()[0])
    assert said(fresh_db, quote) == model
