"""Migrations 4 (archive-scale storage) and 5 (registry keys follow core.entities.name_key),
applied to a database written by the schema of version 3."""
from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from db import corrections as fix
from db.analysis import save_analysis
from db.queries import QuoteFilter, get_article, get_entity, list_entities, list_quotes
from db.registry import entity_key, legacy_key
from db.search import search_articles
from db.store import LATEST_VERSION, apply_migrations, open_db, schema_version

from .conftest import build_analysis

BODY = "আব্দুর রশীদ ও আব্দুর রশিদ একই মানুষ। ডা. মাসুদ করিম বলেন, “রহিম আসবেন।” রহীম এলেন।"


def _old_database(path: Path, version: int) -> Database:
    db = open_db(path, migrate=False)
    assert apply_migrations(db, target=version)[-1] == version
    return db


def _v3_archive(db: Database) -> dict[str, int]:
    """Two articles in the schema of version 3, registry keys made by the old key function."""
    sql = db.conn.execute
    for article_id, body in ((1, BODY), (2, BODY + " আবার।")):
        sql("INSERT INTO articles (id, content_hash, title, outlet, published, body, created_at, updated_at) "
            "VALUES (?, ?, 'শিরোনাম', 'সমকাল', '2024-01-0' || ?, ?, '', '')", (article_id, f"h{article_id}", article_id, body))
    ids = {}
    for entity_id, name, status in ((1, "আব্দুর রশীদ", "active"), (2, "আব্দুর রশিদ", "active"),
                                    (3, "ডা. মাসুদ করিম", "active"), (4, "মাসুদ করিম", "active"),
                                    (5, "রহিম", "rejected"), (6, "রহীম", "active")):
        sql("INSERT INTO entities (id, name, type, status, created_at, updated_at) VALUES (?, ?, 'PERSON', ?, '', '')",
            (entity_id, name, status))
        sql("INSERT INTO entity_keys (key, entity_id) VALUES (?, ?)", (legacy_key(name), entity_id))
        ids[name] = entity_id
    row = 0
    for article_id, entity_id in ((1, 1), (1, 2), (2, 2), (1, 3), (1, 4), (2, 4), (1, 6)):
        row += 1
        name = next(n for n, i in ids.items() if i == entity_id)
        start = BODY.find(name)
        sql("INSERT INTO article_entities (id, article_id, entity_id, name, type, mention_count) "
            "VALUES (?, ?, ?, ?, 'PERSON', 1)", (row, article_id, entity_id, name))
        sql("INSERT INTO mentions (article_entity_id, start, end, text) VALUES (?, ?, ?, ?)",
            (row, start, start + len(name), name))
    quote = "রহিম আসবেন।"
    sql("INSERT INTO quotes (article_id, quote_key, text, kind, start, end, speaker, speaker_entity_id, source_type) "
        "VALUES (1, 'k', ?, 'direct', ?, ?, 'আব্দুর রশীদ', 1, 'person')", (quote, BODY.find(quote), BODY.find(quote) + len(quote)))
    # the editors' decisions: আব্দুর রশিদ was retyped, রহিম rejected everywhere
    sql("INSERT INTO corrections (created_at, target, action, entity_id, before, after) "
        "VALUES ('', 'entity', 'retype', 2, '{\"type\": \"ORG\"}', '{\"type\": \"PERSON\"}')")
    sql("INSERT INTO corrections (created_at, target, action, entity_id, before, after) "
        "VALUES ('', 'entity', 'reject', 5, '{\"status\": \"active\"}', '{\"status\": \"rejected\"}')")
    db.conn.commit()
    return ids


def test_registry_keys_follow_name_key_and_spelling_variants_merge(tmp_path: Path) -> None:
    db = _old_database(tmp_path / "v3.db", 3)
    ids = _v3_archive(db)
    db.close()
    db = open_db(tmp_path / "v3.db")
    assert schema_version(db) == LATEST_VERSION

    rashid, karim, rahim = ids["আব্দুর রশিদ"], ids["মাসুদ করিম"], ids["রহিম"]
    status = dict(db.execute("SELECT id, status FROM entities").fetchall())
    merged_into = dict(db.execute("SELECT id, merged_into FROM entities WHERE merged_into IS NOT NULL").fetchall())
    # the one an editor decided about is kept; without decisions, the one in more articles
    assert merged_into == {ids["আব্দুর রশীদ"]: rashid, ids["ডা. মাসুদ করিম"]: karim, ids["রহীম"]: rahim}
    assert status[rahim] == "rejected"  # the reject holds for the other spelling too
    assert "আব্দুর রশীদ" in get_entity(db, rashid)["aliases"]
    # keys are the new ones, each pointing at the entity that was kept
    keys = dict(db.execute("SELECT key, entity_id FROM entity_keys").fetchall())
    assert keys == {entity_key("আব্দুর রশিদ"): rashid, entity_key("মাসুদ করিম"): karim, entity_key("রহিম"): rahim}
    # article 1 had both spellings: one row, mentions combined; the quote follows its speaker
    article = get_article(db, 1)
    rows = [e for e in article["entities"] if e["entity_id"] == rashid]
    assert len(rows) == 1 and [m["text"] for m in rows[0]["mentions"]] == ["আব্দুর রশীদ", "আব্দুর রশিদ"]
    assert list_quotes(db, QuoteFilter(entity_id=ids["আব্দুর রশীদ"])).total == 1
    # every merge is in the audit trail, and in the history of the entity it went into
    history = fix.list_corrections(db, entity_id=rashid).rows
    merge = next(r for r in history if r["action"] == "merge")
    assert merge["editor"] is None and json.loads(merge["after"])["merged_into"] == rashid
    assert "migration 5" in json.loads(merge["after"])["reason"]
    # counters agree with the rows
    assert (get_entity(db, rashid)["articles"], get_entity(db, karim)["articles"]) == (2, 2)
    # a later analysis spelling it either way, or with the honorific, finds the same entities
    save_analysis(db, 2, build_analysis(BODY + " আবার।", entities={
        "আব্দুর রশীদ": ("PERSON", ["আব্দুর রশীদ"]), "ডা. মাসুদ করিম": ("PERSON", ["মাসুদ করিম"])}))
    assert {e["entity_id"] for e in get_article(db, 2)["entities"]} == {rashid, karim}
    db.close()


def test_rekey_on_an_empty_registry_is_harmless(fresh_db: Database) -> None:
    from db.registry import rekey

    assert rekey(fresh_db) == {}
    assert list_entities(fresh_db).total == 0


def test_rekey_merges_a_chain_of_shared_keys_into_one_entity(fresh_db: Database) -> None:
    """আব্দুর রশীদ and আব্দুর রশিদ share a new key, আব্দুর রশিদ (by its alias রশিদ) and রশীদ share
    another: the first and the last share none, yet all three are one entity, kept where the
    editor decided."""
    from db.registry import rekey

    sql = fresh_db.conn.execute
    for entity_id, name, aliases in ((1, "আব্দুর রশীদ", []), (2, "আব্দুর রশিদ", ["রশিদ"]), (3, "রশীদ", [])):
        sql("INSERT INTO entities (id, name, type, aliases, created_at, updated_at) VALUES (?, ?, 'PERSON', ?, '', '')",
            (entity_id, name, json.dumps(aliases, ensure_ascii=False)))
        for form, kind in ((name, "name"), *((alias, "alias") for alias in aliases)):
            sql("INSERT INTO entity_keys (key, entity_id, kind) VALUES (?, ?, ?)", (legacy_key(form), entity_id, kind))
    sql("INSERT INTO corrections (created_at, target, action, entity_id, before, after) "
        "VALUES ('', 'entity', 'retype', 3, '{\"type\": \"ORG\"}', '{\"type\": \"PERSON\"}')")

    assert rekey(fresh_db, reason="chain") == {1: 3, 2: 3}
    # every new key points at the kept entity; রশিদ is claimed by an alias and a name, and the name wins
    keys = {row[0]: (row[1], row[2]) for row in sql("SELECT key, entity_id, kind FROM entity_keys")}
    assert keys == {entity_key("আব্দুর রশিদ"): (3, "name"), entity_key("রশিদ"): (3, "name")}
    merges = [json.loads(r["after"]) for r in fix.list_corrections(fresh_db, entity_id=3).rows if r["action"] == "merge"]
    assert sorted(m["name"] for m in merges) == ["রশীদ", "রশীদ"] and {m["reason"] for m in merges} == {"chain"}
    assert list_entities(fresh_db).total == 1


def test_archive_scale_migration_keeps_every_text_mention_and_count(tmp_path: Path) -> None:
    db = _old_database(tmp_path / "v3.db", 3)
    ids = _v3_archive(db)
    assert apply_migrations(db, target=4) == [4]
    assert "body" not in {c.name for c in db["articles"].columns}
    assert db.execute("SELECT body FROM article_texts WHERE id = 1").fetchone()[0] == BODY
    # mentions: the view gives the old rows back, text cut from the body
    mentions = db.execute("SELECT article_id, entity_id, start, end, text FROM mentions ORDER BY article_id, start").fetchall()
    assert len(mentions) == 7 and all(BODY[s:e] == text for _, _, s, e, text in mentions)
    # quotes carry their article's outlet and date, and follow a change of it
    assert db.execute("SELECT outlet, published FROM quotes").fetchone() == ("সমকাল", "2024-01-01")
    db.execute("UPDATE articles SET published = '2024-02-02' WHERE id = 1")
    assert db.execute("SELECT published FROM quotes").fetchone()[0] == "2024-02-02"
    # counters
    stored = {r["id"]: (r["mentions"], r["articles"], r["quotes"]) for r in db.query("SELECT * FROM entities")}
    assert stored[ids["আব্দুর রশিদ"]] == (2, 2, 0) and stored[ids["আব্দুর রশীদ"]] == (1, 1, 1)
    # the search index was rebuilt from the moved text, ranked with the title weight
    assert search_articles(db, "আসবেন").total == 2
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    assert db.execute("SELECT v FROM articles_fts_config WHERE k = 'rank'").fetchone()[0] == "bm25(4.0, 1.0)"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_quote_aggregate_indexes_are_added_to_an_existing_database(tmp_path: Path) -> None:
    db = _old_database(tmp_path / "v5.db", 5)
    db.close()
    db = open_db(tmp_path / "v5.db")
    assert schema_version(db) == LATEST_VERSION
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'quotes'")}
    assert {"quotes_by_kind", "quotes_by_source_type", "quotes_by_outlet", "quotes_by_framing", "quotes_by_article",
            "quotes_by_speaker", "quotes_by_phrase"} <= names


def test_migration_7_normalises_stored_titles_and_reindexes_them(tmp_path: Path) -> None:
    db = _old_database(tmp_path / "v6.db", 6)
    db.conn.execute("INSERT INTO articles (id, content_hash, title, created_at, updated_at) "
                    "VALUES (1, 'h1', ?, '', '')", ("বিমান উ\u09dcি\u09dfে",))
    db.conn.execute("INSERT INTO article_texts (id, body) VALUES (1, ?)", (BODY,))
    db.conn.commit()
    assert search_articles(db, "উড়িয়ে").total == 0
    apply_migrations(db)
    assert db["articles"].get(1)["title"] == "বিমান উড়িয়ে"
    assert [r["id"] for r in search_articles(db, "উড়িয়ে").rows] == [1]
