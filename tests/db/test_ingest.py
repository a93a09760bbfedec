"""Ingest: dedup, results for every input, nothing partial, analysis stored with the article."""
from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from db.ingest import (
    content_hash,
    ingest_files,
    ingest_paths,
    ingest_records,
    ingest_text,
)
from db.readers import Record, Rejected
from db.samples import SAMPLES, has_samples, load_samples, remove_samples
from db.search import search_articles

from .conftest import ARTICLE

BN = "নদীপুর, ৪ মার্চ – পৌরসভার মেয়র রফিকুল আলম মঙ্গলবার নতুন সেতুর কাজ উদ্বোধন করেন।"


def count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])


def test_duplicate_text_is_reported_not_stored(fresh_db: Database) -> None:
    first = ingest_text(fresh_db, BN)
    again = ingest_text(fresh_db, "  " + BN.replace(" ", "  ") + "\n")
    decomposed = ingest_text(fresh_db, BN.replace("য়", "য\u09bc"))
    assert first.status == "added" and first.title.startswith("নদীপুর")
    assert (again.status, decomposed.status) == ("duplicate", "duplicate")
    assert count(fresh_db) == 1


def test_hash_is_of_normalised_text() -> None:
    assert content_hash("রাশিয়া\r\n") == content_hash("রাশি\u09df\u09be")


def test_every_input_gets_a_result_and_bad_ones_do_not_stop_the_rest(fresh_db: Database) -> None:
    items = [Record("a", BN), Rejected("b", "not text"), Record("c", "   "), Record("d", BN), Record("e", BN + " দুই")]
    summary = ingest_records(fresh_db, items, batch_size=2)
    assert [(r.source, r.status) for r in summary.results] == [
        ("a", "added"), ("b", "rejected"), ("c", "rejected"), ("d", "duplicate"), ("e", "added")]
    assert summary.line() == "2 added, 1 duplicate, 2 rejected"
    assert count(fresh_db) == 2


def test_metadata_is_stored(fresh_db: Database) -> None:
    result = ingest_text(fresh_db, BN, title="সেতু", outlet="নমুনা", url="https://example.org/x",
                         published="2025-03-04", author="রিপোর্টার")
    row = fresh_db["articles"].get(result.article_id)
    assert (row["title"], row["outlet"], row["url"], row["published"], row["author"], row["language"]) == (
        "সেতু", "নমুনা", "https://example.org/x", "2025-03-04", "রিপোর্টার", "bn")
    assert row["status"] == "new" and row["published_inferred"] == 0


def test_bad_published_date_in_the_paste_box_is_rejected(fresh_db: Database) -> None:
    assert ingest_text(fresh_db, BN, published="গতকাল").status == "rejected"


def test_analysis_is_stored_with_the_article(fresh_db: Database, analyser: object) -> None:
    result = ingest_text(fresh_db, ARTICLE)
    assert fresh_db.execute("SELECT count(*) FROM quotes WHERE article_id = ?", (result.article_id,)).fetchone()[0] == 2
    assert fresh_db["articles"].get(result.article_id)["published"] == "2023-09-12"


def test_a_word_documents_dateline_under_its_headline_dates_the_article(fresh_db: Database) -> None:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("নতুন সেতুর কাজ শুরু")  # the headline, a paragraph of its own
    document.add_paragraph("নদীপুর, ৪ মার্চ ২০২৪ — পৌরসভার মেয়র রফিকুল আলম নতুন সেতুর কাজ উদ্বোধন করেন।")
    buffer = io.BytesIO()
    document.save(buffer)
    [result] = ingest_files(fresh_db, [("a.docx", buffer.getvalue())]).results
    row = fresh_db["articles"].get(result.article_id)
    assert (row["published"], row["published_inferred"]) == ("2024-03-04", 0)


def test_a_failing_extractor_still_stores_the_article(fresh_db: Database, analyser: object) -> None:
    def broken(text: str) -> object:
        raise RuntimeError("model exploded")

    analyser(broken)
    result = ingest_text(fresh_db, BN)
    assert result.status == "added" and "model exploded" in result.reason
    assert fresh_db["articles"].get(result.article_id)["extractor_version"] is None


def test_rejected_zip_stores_nothing(fresh_db: Database, tmp_path: Path) -> None:
    from .test_readers import make_zip

    summary = ingest_files(fresh_db, [("evil.zip", make_zip({"ok.txt": BN.encode(), "../x.txt": BN.encode()}))])
    assert [r.status for r in summary.results] == ["rejected"] and count(fresh_db) == 0


def test_folder_with_bad_files(fresh_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "good.txt").write_text(BN, encoding="utf-8")
    (folder / ".hidden.txt").write_text(BN + " লুকানো", encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"text": BN + " এক"}, ensure_ascii=False) + "\n{oops\n", encoding="utf-8")
    summary = ingest_paths(fresh_db, [folder, tmp_path / "missing.txt"])
    assert {(Path(r.source).name, r.status) for r in summary.results} == {
        ("empty.txt", "rejected"), ("photo.txt", "rejected"), ("good.txt", "added"),
        ("feed.jsonl row 1", "added"), ("feed.jsonl row 2", "rejected"), ("missing.txt", "rejected")}


def test_parallel_ingest_matches_inline(file_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps({"text": f"{BN} {i}"}, ensure_ascii=False) for i in range(60)), encoding="utf-8")
    summary = ingest_paths(file_db, [path], workers=2)
    assert summary.added == 60 and count(file_db) == 60
    assert ingest_paths(file_db, [path], workers=2).duplicates == 60


def test_samples_load_and_remove(fresh_db: Database) -> None:
    assert not has_samples(fresh_db)
    assert load_samples(fresh_db).added == len(SAMPLES)
    assert load_samples(fresh_db).duplicates == len(SAMPLES)
    titles = [r[0] for r in fresh_db.execute("SELECT title FROM articles WHERE is_sample = 1")]
    assert all(t.startswith("নমুনা:") for t in titles)
    ingest_text(fresh_db, BN)
    assert remove_samples(fresh_db) == len(SAMPLES)
    assert count(fresh_db) == 1 and not has_samples(fresh_db)


def test_title_is_normalised_like_the_body_so_search_finds_its_words(fresh_db: Database, analyser: object) -> None:
    # as most of the corpus's headlines write it: ড় and য় as one code point each, a zero-width non-joiner
    title = "\ufeffবিমান উ\u09dcি\u09dfে বাংলা\u200cদেশ"
    result = ingest_records(fresh_db, [Record("a.txt", BN, title=title)]).results[0]
    assert result.title == "বিমান উড়িয়ে বাংলাদেশ"
    assert fresh_db["articles"].get(result.article_id)["title"] == "বিমান উড়িয়ে বাংলাদেশ"
    for query in ("উড়িয়ে", "উ\u09dcি\u09dfে", "বাংলাদেশ"):  # words only in the title
        assert [r["id"] for r in search_articles(fresh_db, query).rows] == [result.article_id], query
