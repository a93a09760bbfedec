"""Editors correct a quote's kind (direct or reported) and its words (where it starts and ends):
audited, undoable, on every quote reader at once, and kept through re-analysis."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlite_utils import Database

from db import corrections as fix
from db.errors import InvalidCorrection
from db.ingest import reanalyze
from db.queries import QuoteFilter, count_quotes, list_quotes

from .conftest import ENTITIES, QUOTES, add_article, build_analysis

SHORT = "এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে"  # the model stopped before the end of the sentence
LONGER = "এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে।"


@pytest.fixture
def article(fresh_db: Database, analyser: object) -> int:
    return add_article(fresh_db)


def quote_id(db: Database, words: str) -> int:
    return int(db.execute("SELECT id FROM quotes WHERE text LIKE ?", (f"%{words}%",)).fetchone()[0])


def kinds(db: Database) -> dict[str, str]:
    return {q["text"]: q["kind"] for q in list_quotes(db).rows}


def test_a_quotes_kind_is_corrected_everywhere_and_survives_reanalysis(fresh_db: Database, article: int) -> None:
    quote = quote_id(fresh_db, "মোড়")
    fix.set_quote_kind(fresh_db, quote, "direct", editor="রহিম")
    assert kinds(fresh_db)[SHORT] == "direct"
    assert {r["value"]: r["quotes"] for r in count_quotes(fresh_db, "kind")} == {"direct": 2}  # Sources
    assert list_quotes(fresh_db, QuoteFilter(kind="indirect")).total == 0
    reanalyze(fresh_db, outdated_only=False)
    assert kinds(fresh_db)[SHORT] == "direct"
    audit = fix.list_corrections(fresh_db, article_id=article).rows[0]
    assert (audit["target"], audit["action"], audit["editor"]) == ("quote", "set_kind", "রহিম")
    with pytest.raises(InvalidCorrection, match="already"):
        fix.set_quote_kind(fresh_db, quote, "direct")
    with pytest.raises(InvalidCorrection, match="kind must be"):
        fix.set_quote_kind(fresh_db, quote, "paraphrase")
    fix.undo_correction(fresh_db, audit["id"])
    assert kinds(fresh_db)[SHORT] == "indirect"


def test_a_quotes_words_are_corrected_found_by_search_and_survive_reanalysis(fresh_db: Database, article: int) -> None:
    quote = quote_id(fresh_db, "মোড়")
    fix.set_quote_text(fresh_db, quote, f"“{LONGER}”")  # quotation marks around it are dropped, as when adding
    row = next(q for q in list_quotes(fresh_db).rows if q["id"] == quote)
    body = fresh_db.execute("SELECT body FROM article_texts WHERE id = ?", (article,)).fetchone()[0]
    assert row["text"] == LONGER and body[row["start"]:row["end"]] == LONGER
    assert list_quotes(fresh_db, QuoteFilter(query="আনবে।")).total == 1  # the search index follows
    reanalyze(fresh_db, outdated_only=False)
    assert [q["text"] for q in list_quotes(fresh_db, QuoteFilter(article_id=article, kind="indirect")).rows] == [LONGER]
    fix.set_quote_speaker(fresh_db, quote_id(fresh_db, "মোড়"), speaker="পশ্চিমা বিশ্লেষকরা")  # later fixes still find it
    reanalyze(fresh_db, outdated_only=False)
    assert [q["text"] for q in list_quotes(fresh_db, QuoteFilter(speaker="পশ্চিমা বিশ্লেষকরা")).rows] == [LONGER]


def test_words_not_in_the_article_are_refused(fresh_db: Database, article: int) -> None:
    quote = quote_id(fresh_db, "মোড়")
    with pytest.raises(InvalidCorrection, match="not in the article"):
        fix.set_quote_text(fresh_db, quote, "এই সফর দুই দেশের সম্পর্ক বদলে দেবে")
    with pytest.raises(InvalidCorrection, match="empty"):
        fix.set_quote_text(fresh_db, quote, " “” ")
    with pytest.raises(InvalidCorrection, match="already"):
        fix.set_quote_text(fresh_db, quote, SHORT)
    assert kinds(fresh_db)[SHORT] == "indirect"


def test_undoing_a_words_fix_gives_back_the_models_words_under_a_later_fix(fresh_db: Database, article: int) -> None:
    quote = quote_id(fresh_db, "মোড়")
    fix.set_quote_text(fresh_db, quote, LONGER)
    fix.set_quote_text(fresh_db, quote, "বিশ্লেষকরা বলছেন, এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে।")
    first, second = sorted(r["id"] for r in fix.list_corrections(fresh_db, article_id=article).rows)
    fix.undo_correction(fresh_db, first)
    assert quote_id(fresh_db, "বিশ্লেষকরা বলছেন") == quote
    fix.undo_correction(fresh_db, second)
    row = next(q for q in list_quotes(fresh_db).rows if q["id"] == quote)
    body = fresh_db.execute("SELECT body FROM article_texts WHERE id = ?", (article,)).fetchone()[0]
    assert row["text"] == SHORT and body[row["start"]:row["end"]] == SHORT
    assert list_quotes(fresh_db, QuoteFilter(query="বলছেন")).total == 0


def test_a_second_editor_fixing_a_quotes_words_alike_is_told_who_changed_them_meanwhile(
    fresh_db: Database, article: int,
) -> None:
    """Two editors lengthen the same quote to the same words at once: the second is told that another
    editor changed them meanwhile, who and when, and nothing is written twice."""
    quote = quote_id(fresh_db, "মোড়")
    fix.set_quote_text(fresh_db, quote, LONGER, editor="রহিম")
    with pytest.raises(InvalidCorrection, match="another editor changed them meanwhile.*রহিম"):
        fix.set_quote_text(fresh_db, quote, LONGER, editor="করিম")
    with pytest.raises(InvalidCorrection) as own:  # the same editor twice (a double click): no "another editor"
        fix.set_quote_text(fresh_db, quote, LONGER, editor="রহিম")
    assert "another editor" not in str(own.value)
    fix.set_quote_kind(fresh_db, quote, "direct", editor="রহিম")
    with pytest.raises(InvalidCorrection, match="another editor.*রহিম"):
        fix.set_quote_kind(fresh_db, quote, "direct", editor="করিম")
    assert fresh_db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 2


def test_undoing_a_kind_fix_after_a_reanalysis_gives_back_the_new_models_kind(
    fresh_db: Database, article: int, analyser: Callable[..., None],
) -> None:
    """Mark the reported quote direct, re-analyse with an extractor that now reads it direct itself, undo:
    the quote stays direct (the current model's kind), not the old extractor's indirect."""
    fix.set_quote_kind(fresh_db, quote_id(fresh_db, "মোড়"), "direct", editor="রহিম")
    fixed = fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0]
    analyser(lambda text: build_analysis(text, entities=ENTITIES, quotes=[
        (words, "direct", speaker, source) for words, _, speaker, source in QUOTES]))
    reanalyze(fresh_db, outdated_only=False)
    fix.undo_correction(fresh_db, fixed)
    assert kinds(fresh_db)[SHORT] == "direct"
