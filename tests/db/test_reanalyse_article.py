"""Re-analysing one article on an editor's request (the review view's button): the current extractor
again, the editor's decisions kept, the counts before and after, and an audit row."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlite_utils import Database

from core.models import ArticleAnalysis
from core.pipeline import EXTRACTOR_VERSION
from db import corrections as fix
from db.analysis import apply_corrections
from db.errors import AnalysisFailed, ArticleNotFound
from db.ingest import Reanalysis, article_counts, reanalyze_article
from db.queries import get_article

from .conftest import ARTICLE, DATES, ENTITIES, QUOTES, add_article, build_analysis, sample_analysis

Install = Callable[[Callable[[str], ArticleAnalysis]], None]


def quote_id(db: Database, words: str) -> int:
    return int(db.execute("SELECT id FROM quotes WHERE text LIKE ?", (f"%{words}%",)).fetchone()[0])


def test_counts_are_the_review_tabs_counts(fresh_db: Database, analyser: Install) -> None:
    article = add_article(fresh_db)
    fix.reject_quote(fresh_db, quote_id(fresh_db, "মোড়"))
    # ১২ সেপ্টেম্বর and মঙ্গলবার place one day in one sentence: one date on the Dates tab
    assert article_counts(fresh_db, article) == {"entities": len(ENTITIES), "quotes": len(QUOTES) - 1, "dates": 2}


def test_a_new_extractor_result_keeps_the_editors_decisions_and_says_what_changed(
    fresh_db: Database, analyser: Install,
) -> None:
    article = add_article(fresh_db)
    fix.reject_quote(fresh_db, quote_id(fresh_db, "মোড়"), editor="রহিম")
    fewer = {name: found for name, found in ENTITIES.items() if name != "ক্রেমলিন"}
    analyser(lambda text: build_analysis(text, entities=fewer, quotes=QUOTES, dates=DATES[:1]))

    done = reanalyze_article(fresh_db, article, editor="রিমা")

    assert isinstance(done, Reanalysis)
    assert done.before == {"entities": 5, "quotes": 1, "dates": 2}
    assert done.after == {"entities": 4, "quotes": 1, "dates": 1}  # the rejected quote stays rejected
    assert done.summary() == "entities 5 → 4, quotes 1 (unchanged), dates 2 → 1"
    quotes = {q["text"]: q["status"] for q in get_article(fresh_db, article)["quotes"]}
    assert quotes["এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে"] == "rejected"
    row = fresh_db.execute("SELECT target, action, editor, article_id, extractor_version, active FROM corrections "
                           "WHERE id = ?", [done.correction_id]).fetchone()
    assert row == ("article", "reanalyse", "রিমা", article, EXTRACTOR_VERSION, 1)
    assert [r["action"] for r in fix.article_corrections(fresh_db, article).rows] == ["reanalyse", "reject"]
    apply_corrections(fresh_db, article)  # the audit row is no decision to apply again


def test_a_failed_reanalysis_keeps_the_result_and_audits_nothing(fresh_db: Database, analyser: Install) -> None:
    article = add_article(fresh_db)

    def broken(text: str) -> ArticleAnalysis:
        raise RuntimeError("model exploded")

    analyser(broken)
    with pytest.raises(AnalysisFailed, match="model exploded"):
        reanalyze_article(fresh_db, article)
    assert fresh_db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0
    assert article_counts(fresh_db, article)["quotes"] == 2
    with pytest.raises(ArticleNotFound):
        reanalyze_article(fresh_db, article + 1)


def test_unchanged_text_gives_unchanged_counts(fresh_db: Database, analyser: Install) -> None:
    analyser(lambda text: sample_analysis(ARTICLE))
    article = add_article(fresh_db)
    done = reanalyze_article(fresh_db, article)
    assert done.before == done.after


def test_the_reanalysis_and_its_history_line_are_one_write(
    fresh_db: Database, analyser: Install, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failure writing the History line leaves the article as it was: no re-analysis without its line
    (they were two transactions, so a crash between them kept the new rows and lost the line)."""
    article = add_article(fresh_db)
    before = fresh_db.execute("SELECT analysed_at, extractor_version FROM articles WHERE id = ?", [article]).fetchone()
    analyser(lambda text: build_analysis(text, entities=ENTITIES, quotes=QUOTES[:1], dates=DATES))

    def crash(*args: object, **kwargs: object) -> int:
        raise RuntimeError("power cut")

    monkeypatch.setattr("db.ingest.audit.record", crash)
    with pytest.raises(RuntimeError, match="power cut"):
        reanalyze_article(fresh_db, article, editor="রিমা")
    assert fresh_db.execute("SELECT analysed_at, extractor_version FROM articles WHERE id = ?",
                            [article]).fetchone() == before
    assert article_counts(fresh_db, article)["quotes"] == 2
