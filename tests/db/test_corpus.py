"""The shared corpus ingests as is: 566 articles, then 566 duplicates; search finds case forms."""
from __future__ import annotations

from pathlib import Path

import pytest

from db.ingest import ingest_paths
from db.search import search_articles
from db.store import open_db


@pytest.mark.slow
def test_corpus_ingests_once_and_search_finds_inflected_forms(shared_data: Path, tmp_path: Path) -> None:
    corpus = shared_data / "corpus" / "bn_news.jsonl"
    db = open_db(tmp_path / "corpus.db")
    first = ingest_paths(db, [corpus], workers=2)
    assert (first.added, first.duplicates, first.rejected) == (566, 0, 0)
    second = ingest_paths(db, [corpus], workers=2)
    assert (second.added, second.duplicates, second.rejected) == (0, 566, 0)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    page = search_articles(db, "রাশিয়া", limit=100)
    bodies = [db["article_texts"].get(r["id"])["body"] for r in page.rows]
    # articles that never use the bare nominative are found through their case forms
    assert any("রাশিয়া " not in b and ("রাশিয়ার" in b or "রাশিয়াকে" in b or "রাশিয়ায়" in b) for b in bodies)
    decomposed = search_articles(db, "রাশি\u09af\u09bc\u09be", limit=100)
    assert [r["id"] for r in decomposed.rows] == [r["id"] for r in page.rows]
    db.close()
