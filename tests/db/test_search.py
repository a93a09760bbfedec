"""Bengali-aware search: case forms, both য় encodings, digits, phrases, filters, bad syntax."""
from __future__ import annotations

import pytest
from sqlite_utils import Database

from db.errors import BadQuery
from db.ingest import ingest_text
from db.search import (
    MARK_END,
    MARK_START,
    ArticleFilter,
    build_match,
    fts_words,
    marked,
    search_articles,
)

TEXTS = {
    "inflected": "কিমকে বহনকারী ট্রেনটি রাশিয়ায় পৌঁছেছে। রাশিয়ার দূরপ্রাচ্যে তাকে স্বাগত জানানো হয়।",
    "objective": "ওয়াশিংটন রাশিয়াকে অস্ত্র না দেওয়ার আহ্বান জানিয়েছে।",
    "decomposed": "এই খবর রাশি\u09df\u09be থেকে এসেছে, ১২ সেপ্টেম্বর সকালে।",
    "latin_digits": "ইউক্রেন যুদ্ধের 12 মাস পূর্ণ হলো উত্তর কোরিয়ার নেতার সফরের দিনে।",
    "phrase": "উত্তর কোরিয়া ও দক্ষিণ কোরিয়ার সম্পর্ক নিয়ে প্রধান উপদেষ্টা কথা বলেন।",
    "other": "ঢাকায় আজ বৃষ্টি হয়েছে এবং তাপমাত্রা কমেছে।",
}


@pytest.fixture
def corpus(fresh_db: Database) -> dict[str, int]:
    ids = {}
    for i, (name, text) in enumerate(TEXTS.items()):
        result = ingest_text(fresh_db, text, title=name, outlet="A" if i % 2 else "B", published=f"2025-01-0{i + 1}")
        assert result.article_id
        ids[name] = result.article_id
    return ids


def found(db: Database, query: str, **kwargs: object) -> set[int]:
    return {r["id"] for r in search_articles(db, query, limit=100, **kwargs).rows}  # type: ignore[arg-type]


def test_name_finds_its_case_forms(fresh_db: Database, corpus: dict[str, int]) -> None:
    assert found(fresh_db, "রাশিয়া") == {corpus["inflected"], corpus["objective"], corpus["decomposed"]}


def test_inflected_query_finds_the_other_forms(fresh_db: Database, corpus: dict[str, int]) -> None:
    assert {corpus["inflected"], corpus["objective"], corpus["decomposed"]} <= found(fresh_db, "রাশিয়ার")
    assert found(fresh_db, "কিমের") == {corpus["inflected"]}  # কিমকে via the stem কিম


def test_both_encodings_of_ya_match(fresh_db: Database, corpus: dict[str, int]) -> None:
    precomposed = "রাশি\u09df\u09be"
    decomposed = "রাশি\u09af\u09bc\u09be"
    assert found(fresh_db, precomposed) == found(fresh_db, decomposed) == found(fresh_db, "রাশিয়া")


@pytest.mark.parametrize("query", ["12", "১২"])
def test_bengali_and_latin_digits_match(fresh_db: Database, corpus: dict[str, int], query: str) -> None:
    assert found(fresh_db, query) == {corpus["decomposed"], corpus["latin_digits"]}


def test_phrase_search(fresh_db: Database, corpus: dict[str, int]) -> None:
    assert found(fresh_db, '"ও দক্ষিণ"') == {corpus["phrase"]}
    assert found(fresh_db, "“প্রধান উপদেষ্টা”") == {corpus["phrase"]}
    assert found(fresh_db, '"১২ সেপ্টেম্বর"') == {corpus["decomposed"]}


def test_phrase_finds_its_last_word_in_its_case_forms(fresh_db: Database, corpus: dict[str, int]) -> None:
    # Bengali puts the ending on a name's last word: "তারেক রহমান" must find তারেক রহমানের
    assert found(fresh_db, '"উত্তর কোরিয়া"') == {corpus["phrase"], corpus["latin_digits"]}  # কোরিয়ার নেতার
    assert found(fresh_db, '"দক্ষিণ কোরিয়া"') == {corpus["phrase"]}  # দক্ষিণ কোরিয়ার
    assert found(fresh_db, '"কোরিয়া উত্তর"') == set()  # still a phrase: the words in order
    assert found(fresh_db, '"১ মাস"') == set()  # a number is not a prefix: 12 মাস is not 1 মাস


@pytest.mark.parametrize("query", ["রাশিয়ায় পৌঁছেছে", "পৌঁছেছে রাশিয়ায়", "ট্রেনটি রাশিয়ার দূরপ্রাচ্যে"])
def test_several_words_beside_inflected_ones_all_must_match(fresh_db: Database, corpus: dict[str, int], query: str) -> None:
    # an inflected word becomes a bracketed group of its case forms; words beside it still AND
    assert found(fresh_db, query) == {corpus["inflected"]}


def test_operators(fresh_db: Database, corpus: dict[str, int]) -> None:
    assert found(fresh_db, "ঢাকা OR ওয়াশিংটন") == {corpus["other"], corpus["objective"]}
    assert corpus["objective"] not in found(fresh_db, "রাশিয়া NOT ওয়াশিংটন")


def test_snippets_are_highlighted(fresh_db: Database, corpus: dict[str, int]) -> None:
    row = search_articles(fresh_db, "ঢাকা").rows[0]
    assert f"{MARK_START}ঢাকায়{MARK_END}" in row["snippet"]
    assert "[ঢাকায়]" in marked(row["snippet"])


def test_filters_order_and_pagination(fresh_db: Database, corpus: dict[str, int]) -> None:
    everything = search_articles(fresh_db, "রাশিয়া", order="date", limit=2)
    assert everything.total == 3 and len(everything.rows) == 2 and everything.pages == 2
    assert [r["published"] for r in everything.rows] == sorted((r["published"] for r in everything.rows), reverse=True)
    rest = search_articles(fresh_db, "রাশিয়া", order="date", limit=2, offset=2)
    assert len(rest.rows) == 1 and rest.rows[0]["id"] not in {r["id"] for r in everything.rows}
    only_a = found(fresh_db, "রাশিয়া", where=ArticleFilter(outlet="A"))
    assert only_a == {corpus["objective"]}
    dated = found(fresh_db, "রাশিয়া", where=ArticleFilter(date_from="2025-01-02", date_to="2025-01-03"))
    assert dated == {corpus["objective"], corpus["decomposed"]}
    assert found(fresh_db, "রাশিয়া", where=ArticleFilter(status="approved")) == set()
    assert search_articles(fresh_db, None).total == len(TEXTS)


@pytest.mark.parametrize(("query", "message"), [
    ('"unbalanced', "unbalanced quotation mark"),
    ("“খোলা", "unbalanced quotation mark"),
    ("", "empty query"),
    ("   ", "empty query"),
    ("OR", "no words"),
    ("রাশিয়া NOT", "needs a word"),
    ("NOT OR ঢাকা", "needs a word"),
    ("!!! ??? ---", "no words"),
    ('""', "empty phrase"),
    ("ক " * 30, "too many words"),
    ("ক" * 600, "too long"),
])
def test_bad_queries_raise_one_line_errors(query: str, message: str) -> None:
    with pytest.raises(BadQuery, match=message) as info:
        build_match(query)
    assert "\n" not in str(info.value)


def test_search_raises_bad_query_and_empty_query_lists_everything(fresh_db: Database, corpus: dict[str, int]) -> None:
    with pytest.raises(BadQuery, match="unbalanced"):
        search_articles(fresh_db, '"unbalanced')
    assert search_articles(fresh_db, "  ").total == len(TEXTS)


@pytest.mark.parametrize("query", ['a"b"c', "(", ")", "*", "NEAR(a b)", "a:b", "^x", "x AND", "{a}", "'", "-", "a*b"])
def test_fts_syntax_in_user_input_never_escapes(fresh_db: Database, corpus: dict[str, int], query: str) -> None:
    try:
        search_articles(fresh_db, query)
    except BadQuery:
        pass


def test_fts_words_split_like_the_index() -> None:
    assert fts_words("চ্যাং হো-জিন, TASS’র") == ["চ্যাং", "হো", "জিন", "TASS", "র"]
    assert build_match("হো-জিন") == '"হো জিন"*'  # হো-জিনের too


def test_entity_and_speaker_filters_follow_merges(fresh_db: Database, analyser: object) -> None:
    from db import corrections as fix

    from .conftest import add_article

    article = add_article(fresh_db)
    ids = dict(fresh_db.execute("SELECT name, id FROM entities").fetchall())
    short = fresh_db.execute(
        "INSERT INTO entities (name, type, created_at, updated_at) VALUES ('পেসকভ', 'PERSON', '', '')").lastrowid
    fix.merge_entities(fresh_db, ids["দিমিত্রি পেসকভ"], short)  # the article's entity now lives in `short`
    for where in (ArticleFilter(entity_id=ids["দিমিত্রি পেসকভ"]), ArticleFilter(speaker_id=ids["দিমিত্রি পেসকভ"]),
                  ArticleFilter(entity_id=short)):
        assert [r["id"] for r in search_articles(fresh_db, None, where=where).rows] == [article]
        assert search_articles(fresh_db, "রাশিয়া", where=where).total == 1


# ---- snippets, cut in Python over the returned bodies (cut_snippet) ----

def snippet(db: Database, text: str, query: str, **kwargs: object) -> str:
    ingest_text(db, text, title="শিরোনাম", outlet="A", published="2025-02-01")
    rows = search_articles(db, query, **kwargs).rows  # type: ignore[arg-type]
    assert len(rows) == 1
    return marked(rows[0]["snippet"])


@pytest.mark.parametrize(("query", "marks"), [
    ("রাশিয়া", ["[রাশিয়ায়]", "[রাশিয়ার]", "[রাশিয়াকে]"]),  # every case form of the word
    ("রাশিয়ার", ["[রাশিয়ায়]", "[রাশিয়ার]", "[রাশিয়াকে]"]),  # through the stem too
    ('"দূরপ্রাচ্যে তাকে"', ["[দূরপ্রাচ্যে তাকে]"]),  # a phrase is one highlight
    ("১২", ["[১২]", "[12]"]),  # digits in both scripts
    ("12", ["[১২]", "[12]"]),
])
def test_snippet_marks_every_form_the_search_matches(fresh_db: Database, query: str, marks: list[str]) -> None:
    text = "ট্রেনটি রাশিয়ায় পৌঁছেছে ১২ তারিখে। রাশিয়ার দূরপ্রাচ্যে তাকে 12 জন স্বাগত জানান, রাশিয়াকে ধন্যবাদ।"
    cut = snippet(fresh_db, text, query, snippet_tokens=64)
    assert [part for part in cut.split() if "[" in part or "]" in part] == [w for m in marks for w in m.split()]
    assert cut.replace("[", "").replace("]", "") == text  # short body: whole, no ellipsis


def test_snippet_marks_both_encodings_of_ya(fresh_db: Database) -> None:
    cut = snippet(fresh_db, "খবরটি রাশি\u09af\u09bc\u09be থেকে এসেছে।", "রাশি\u09df\u09be")
    assert "[রাশিয়া]" in cut.replace("\u09df", "\u09af\u09bc")


def test_snippet_is_a_window_around_a_match_deep_in_a_long_body(fresh_db: Database) -> None:
    filler = " ".join(f"শব্দ{n}" for n in range(400))
    cut = snippet(fresh_db, f"{filler} ঢাকায় আজ বৃষ্টি হয়েছে। {filler}", "ঢাকা", snippet_tokens=10)
    assert cut.startswith("…") and cut.endswith("…")
    assert "[ঢাকায়]" in cut and len(cut.strip("…").split()) == 10
    assert cut.split()[:5] == ["…শব্দ396", "শব্দ397", "শব্দ398", "শব্দ399", "[ঢাকায়]"]  # the match in the middle


def test_snippet_near_the_end_takes_its_words_from_before(fresh_db: Database) -> None:
    filler = " ".join(f"শব্দ{n}" for n in range(100))
    cut = snippet(fresh_db, f"{filler} শেষে ঢাকায়।", "ঢাকা", snippet_tokens=8)
    assert cut.startswith("…শব্দ94 ") and cut.endswith("শেষে [ঢাকায়]।")


def test_snippet_without_a_match_in_the_body_is_its_leading_words(fresh_db: Database) -> None:
    ingest_text(fresh_db, " ".join(f"শব্দ{n}" for n in range(100)), title="বন্যা পরিস্থিতি", outlet="A")
    row = search_articles(fresh_db, "বন্যা", snippet_tokens=5).rows[0]
    assert row["snippet"] == "শব্দ0 শব্দ1 শব্দ2 শব্দ3 শব্দ4…"


@pytest.mark.parametrize(("text", "query", "expected"), [
    ("TASS’র খবর, tass এবং Tassel", "tass", "[TASS]’র খবর, [tass] এবং [Tassel]"),  # Latin case folded
    ("জো_বাইডেন ও বাইডেনের দল", "বাইডেন", "জো_[বাইডেন] ও [বাইডেনের] দল"),  # "_" splits words, as in the index
    ("হো-জিন বলেন", "হো-জিন", "[হো-জিন] বলেন"),
    ("ঢাকা ও চট্টগ্রাম", "ঢাকা NOT খুলনা", "[ঢাকা] ও চট্টগ্রাম"),
])
def test_snippet_words_split_like_the_index(fresh_db: Database, text: str, query: str, expected: str) -> None:
    assert snippet(fresh_db, text, query) == expected


def test_snippet_markers_in_the_text_are_dropped(fresh_db: Database) -> None:
    ingest_text(fresh_db, f"ঢাকা{MARK_END} শহর {MARK_START}", title="x", outlet="A")
    text = search_articles(fresh_db, "ঢাকা").rows[0]["snippet"]
    assert text.count(MARK_START) == text.count(MARK_END) == 1
