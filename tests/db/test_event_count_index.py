"""Migration 12: the headline count of events (one per day said in a sentence) read through the
`events_one_event` index counts what the grouping without it counted, on a new store and on one
migrated from version 11."""
from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from db.queries import counts
from db.store import LATEST_VERSION, apply_migrations, open_db, schema_version

from .conftest import add_article, build_analysis

FOLDED = (
    "মঙ্গলবার (৩০ ডিসেম্বর) ঢাকায় বৈঠক হয়।\n"
    "২০০২ সালের ১৬ই ডিসেম্বর, বিজয় দিবসে তিনি দেশে ফেরেন; সেদিন থেকেই তিনি রাজনীতিতে।\n"
    "আজ আবার বৈঠক হবে।"
)
DATES = [("মঙ্গলবার", "2025-12-30", "day"), ("৩০ ডিসেম্বর", "2025-12-30", "day"),
         ("২০০২ সালের ১৬ই ডিসেম্বর", "2002-12-16", "day"), ("বিজয় দিবসে", "2002-12-16", "day"),
         ("সেদিন", "2002-12-16", "day"), ("আজ", "2025-12-30", "day")]


def _index_names(db: Database) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")}


def _events_without_the_index(db: Database) -> int:
    return int(db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM events ev NOT INDEXED WHERE is_event = 1 "
        "GROUP BY ev.article_id, ev.value, ev.sentence_start, ev.sentence_end)").fetchone()[0])


def _two_articles(db: Database, analyser: object) -> None:
    analyser(lambda text: build_analysis(text, dates=DATES, published="2025-12-30"))  # type: ignore[operator]
    add_article(db, FOLDED, published="2025-12-30")
    add_article(db, FOLDED + "\nকাল আবার।", published="2025-12-31")


def test_the_index_counts_what_the_grouping_counted(fresh_db: Database, analyser: object) -> None:
    _two_articles(fresh_db, analyser)
    assert "events_one_event" in _index_names(fresh_db)
    plan = " ".join(str(row) for row in fresh_db.execute(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM (SELECT 1 FROM events ev WHERE is_event = 1 "
        "GROUP BY ev.article_id, ev.value, ev.sentence_start, ev.sentence_end)").fetchall())
    assert "events_one_event" in plan and "TEMP B-TREE" not in plan
    assert counts(fresh_db)["events"] == _events_without_the_index(fresh_db) == 6  # three in each article
    fresh_db.execute("UPDATE events SET is_event = 0 WHERE value = '2002-12-16'")  # an editor's rejection, say
    assert counts(fresh_db)["events"] == _events_without_the_index(fresh_db) == 4


def test_a_version_11_database_gets_the_index_and_the_same_count(tmp_path: Path, analyser: object) -> None:
    db = open_db(tmp_path / "v11.db", migrate=False)
    assert apply_migrations(db, target=11)[-1] == 11
    _two_articles(db, analyser)
    before = counts(db)["events"]
    assert "events_one_event" not in _index_names(db)
    db.close()
    db = open_db(tmp_path / "v11.db")
    assert schema_version(db) == LATEST_VERSION and "events_one_event" in _index_names(db)
    assert counts(db)["events"] == before == 6
    db.close()
