"""The archive-scale store (schema 4+): entity counters stay exact on every write path, mentions
live as lists on their article row, quotes carry their article's facts, batched writes."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from sqlite_utils import Database

from db import corrections as fix
from db.analysis import insert_rows, load_analysis
from db.ingest import ingest_records, reanalyze
from db.queries import export_rows, get_article, list_entities, search_speakers
from db.readers import Record
from db.samples import load_samples, remove_samples
from db.store import write

from .conftest import ARTICLE, add_article, build_analysis, sample_analysis

SECOND = (
    "ঢাকা, ৩ অক্টোবর – দিমিত্রি পেসকভ আবার মুখ খুলেছেন।\n"
    "“আমরা প্রস্তুত,” দিমিত্রি পেসকভ মঙ্গলবার বলেন। পুতিন চুপ।"
)


def recounted(db: Database) -> dict[int, tuple[int, int, int]]:
    """Each entity's mentions, articles and quotes counted from the rows."""
    return {row[0]: (row[1], row[2], row[3]) for row in db.execute(
        "SELECT e.id, "
        "coalesce((SELECT sum(mention_count) FROM article_entities WHERE entity_id = e.id AND status = 'active'), 0), "
        "(SELECT count(*) FROM article_entities WHERE entity_id = e.id AND status = 'active'), "
        "(SELECT count(*) FROM quotes WHERE speaker_entity_id = e.id AND status = 'active') FROM entities e"
    ).fetchall()}


def stored(db: Database) -> dict[int, tuple[int, int, int]]:
    return {row[0]: (row[1], row[2], row[3]) for row in db.execute("SELECT id, mentions, articles, quotes FROM entities")}


def entity_id(db: Database, name: str) -> int:
    return int(db.execute("SELECT id FROM entities WHERE name = ?", (name,)).fetchone()[0])


def test_entity_counters_stay_exact_through_every_kind_of_write(fresh_db: Database, analyser: Callable[..., None]) -> None:
    analyser(lambda text: sample_analysis(text) if "ভ্লাদিমির" in text else build_analysis(
        text, entities={"দিমিত্রি পেসকভ": ("PERSON", ["দিমিত্রি পেসকভ"]), "পুতিন": ("PERSON", ["পুতিন"])},
        quotes=[("আমরা প্রস্তুত,", "direct", "দিমিত্রি পেসকভ", "person")]))
    first, second = add_article(fresh_db), add_article(fresh_db, SECOND)
    steps: list[Callable[[], object]] = [
        lambda: fix.reject_entity(fresh_db, entity_id(fresh_db, "কিম জং উন"), article_id=first),
        lambda: fix.undo_correction(fresh_db, int(fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0])),
        lambda: fix.merge_entities(fresh_db, entity_id(fresh_db, "পুতিন"), entity_id(fresh_db, "ভ্লাদিমির পুতিন")),
        lambda: fix.set_quote_speaker(fresh_db, int(fresh_db.execute(
            "SELECT id FROM quotes WHERE text LIKE '%প্রস্তুত%'").fetchone()[0]), entity_id=entity_id(fresh_db, "কিম জং উন")),
        lambda: fix.reject_quote(fresh_db, int(fresh_db.execute("SELECT id FROM quotes WHERE text LIKE '%ফলপ্রসূ%'").fetchone()[0])),
        lambda: fix.add_quote(fresh_db, first, "এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে", kind="indirect",
                              entity_id=entity_id(fresh_db, "রাশিয়া")),
        lambda: fix.add_entity(fresh_db, second, "ঢাকা", "LOC"),
        lambda: reanalyze(fresh_db, outdated_only=False),
        lambda: load_samples(fresh_db),
        lambda: remove_samples(fresh_db),
        lambda: fresh_db.execute("DELETE FROM articles WHERE id = ?", (second,)),
    ]
    assert stored(fresh_db) == recounted(fresh_db)
    for step in steps:
        step()
        assert stored(fresh_db) == recounted(fresh_db)
    assert any(counts != (0, 0, 0) for counts in stored(fresh_db).values())


def test_registry_lists_and_speaker_picker_read_the_counters(fresh_db: Database, analyser: object) -> None:
    add_article(fresh_db)
    add_article(fresh_db, ARTICLE + "\nআবারও।")
    top = list_entities(fresh_db, limit=2).rows
    assert [r["mentions"] for r in top] == sorted((r["mentions"] for r in top), reverse=True)
    peskov = entity_id(fresh_db, "দিমিত্রি পেসকভ")
    assert next(r for r in list_entities(fresh_db, limit=50).rows if r["id"] == peskov)["articles"] == 2
    assert search_speakers(fresh_db, "")[0] == {"entity_id": peskov, "name": "দিমিত্রি পেসকভ", "type": "PERSON",
                                                "quotes": 2}
    # a phrase speaker is found by its words, after the entities
    assert {"entity_id": None, "name": "বিশ্লেষকরা", "type": None, "quotes": 2} in search_speakers(fresh_db, "বিশ্লেষক")


def test_mentions_are_lists_on_the_article_row_and_a_view_gives_rows(fresh_db: Database, analyser: object) -> None:
    article = add_article(fresh_db)
    body = get_article(fresh_db, article)["body"]
    rows = fresh_db.execute("SELECT start, end, text FROM mentions WHERE article_id = ? ORDER BY start", (article,)).fetchall()
    assert rows and all(body[s:e] == text for s, e, text in rows)
    kim = next(e for e in get_article(fresh_db, article)["entities"] if e["name"] == "কিম জং উন")
    assert [m["text"] for m in kim["mentions"]] == ["কিম জং উন", "কিমের"]
    assert {e.name: [m.text for m in e.mentions] for e in load_analysis(fresh_db, article).entities}["কিম জং উন"] == [
        "কিম জং উন", "কিমের"]
    exported = list(export_rows(fresh_db, "mentions"))
    assert len(exported) == len(rows) and {"article_entity_id", "start", "end", "text"} <= set(exported[0])
    assert list(export_rows(fresh_db, "articles"))[0]["body"] == body


def test_quotes_carry_their_articles_outlet_and_date(fresh_db: Database, analyser: object) -> None:
    article = add_article(fresh_db, outlet="প্রথম আলো", published="2023-09-12")
    assert set(fresh_db.execute("SELECT outlet, published FROM quotes").fetchall()) == {("প্রথম আলো", "2023-09-12")}
    fresh_db.execute("UPDATE articles SET outlet = 'সমকাল' WHERE id = ?", (article,))
    assert set(fresh_db.execute("SELECT outlet FROM quotes").fetchall()) == {("সমকাল",)}
    fix.add_quote(fresh_db, article, "এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে", kind="indirect")
    assert set(fresh_db.execute("SELECT outlet, published FROM quotes").fetchall()) == {("সমকাল", "2023-09-12")}


def test_a_batch_is_written_with_few_statements_and_searchable(fresh_db: Database, analyser: object) -> None:
    statements: list[str] = []
    fresh_db.conn.set_trace_callback(statements.append)
    records = [Record(f"r{n}", f"{ARTICLE}\nসংস্করণ {n}।") for n in range(30)]
    assert ingest_records(fresh_db, records).added == 30
    fresh_db.conn.set_trace_callback(None)
    # one statement for the batch (the trace repeats it for each row its triggers run for):
    # one full-text index segment, not one a quote
    assert len({s for s in statements if s.startswith("INSERT INTO quotes")}) == 1
    assert fresh_db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 60
    from db.search import search_articles

    assert search_articles(fresh_db, "পেসকভ").total == 30
    fresh_db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    fresh_db.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")


@pytest.mark.parametrize("limit", [7, 40, 999])
def test_insert_rows_splits_at_the_parameter_limit(fresh_db: Database, limit: int) -> None:
    fresh_db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
    with write(fresh_db):
        insert_rows(fresh_db, "meta", ("key", "value"), [(f"k{n}", n) for n in range(25)])
    assert fresh_db.execute("SELECT count(*), sum(value) FROM meta WHERE key LIKE 'k%'").fetchone() == (25, 300)
