"""save_analysis / load_analysis with hand-built ArticleAnalysis records."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlite_utils import Database

from core.models import Entity, Mention
from db.analysis import extraction, load_analysis, quote_key, save_analysis, value_range
from db.errors import ArticleNotFound

from .conftest import ARTICLE, add_article, build_analysis, sample_analysis


@pytest.mark.parametrize(("value", "expected"), [
    ("2023-09-12", ("2023-09-12", "2023-09-12")),
    ("2023-09", ("2023-09-01", "2023-09-30")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2019", ("2019-01-01", "2019-12-31")),
    ("2023-W36", ("2023-09-04", "2023-09-10")),
    ("2024-07/2025-06", ("2024-07-01", "2025-06-30")),
    ("P18M", (None, None)),
    (None, (None, None)),
    ("2023-13-40", (None, None)),
])
def test_value_range(value: str | None, expected: tuple[str | None, str | None]) -> None:
    assert value_range(value) == expected


def test_quote_key_ignores_spacing_and_encoding() -> None:
    assert quote_key("রাশিয়া  যাবে") == quote_key("রাশি\u09df\u09be যাবে")


def test_extraction_skips_a_name_with_no_key_and_keeps_only_a_summary_of_its_own() -> None:
    analysis = sample_analysis()
    dash = Entity("—", "PERSON", (Mention(0, 1, "—"),))  # punctuation only: no registry key
    told = replace(analysis.events[0], summary="পুতিন ও কিমের বৈঠক")  # an editor's description, not the sentence
    rows = extraction(replace(analysis, entities=(dash, *analysis.entities), events=(told, *analysis.events[1:])))
    assert "—" not in {name for _, name, *_ in rows.entities} and "—" not in dict(rows.links)
    assert rows.names[0] == ("—", "PERSON", ())  # the registry still gets every name
    summaries = {values[0]: values[9] for values, _, _ in rows.events}  # expression text -> stored summary
    assert summaries == {"১২ সেপ্টেম্বর": "পুতিন ও কিমের বৈঠক", "মঙ্গলবার": None, "২০১৯ সালের": None}


def test_saved_analysis_links_registry_quotes_and_events(fresh_db: Database, analyser: object) -> None:
    article_id = add_article(fresh_db)
    entities = {r["name"]: r for r in fresh_db.query("SELECT * FROM entities")}
    assert set(entities) == {"ভ্লাদিমির পুতিন", "কিম জং উন", "দিমিত্রি পেসকভ", "রাশিয়া", "ক্রেমলিন"}
    assert entities["রাশিয়া"]["type"] == "LOC"
    kim = fresh_db.execute(
        "SELECT ae.mention_count FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE e.name = 'কিম জং উন'"
    ).fetchone()
    assert kim[0] == 2  # কিম জং উন and কিমের
    for start, end, text in fresh_db.execute("SELECT start, end, text FROM mentions"):
        assert ARTICLE[start:end] == text
    quotes = {q["speaker"]: q for q in fresh_db.query("SELECT * FROM quotes")}
    assert quotes["দিমিত্রি পেসকভ"]["speaker_entity_id"] == entities["দিমিত্রি পেসকভ"]["id"]
    assert quotes["বিশ্লেষকরা"]["speaker_entity_id"] is None  # a group, not an entity
    events = list(fresh_db.query("SELECT * FROM events ORDER BY start"))
    assert [(e["value"], e["date_start"], e["date_end"]) for e in events] == [
        ("2023-09-12", "2023-09-12", "2023-09-12"), ("2023-09-12", "2023-09-12", "2023-09-12"),
        ("2019", "2019-01-01", "2019-12-31")]
    assert events[0]["summary"] is None  # the sentence itself is not copied
    linked = {r[0] for r in fresh_db.execute(
        "SELECT e.name FROM event_entities ee JOIN entities e ON e.id = ee.entity_id WHERE ee.event_id = ?", (events[0]["id"],))}
    assert {"ভ্লাদিমির পুতিন", "কিম জং উন", "রাশিয়া"} <= linked
    article = fresh_db["articles"].get(article_id)
    assert article["extractor_version"] and article["analysed_at"] and article["published"] == "2023-09-12"


def test_same_name_in_two_articles_is_one_registry_entity(fresh_db: Database, analyser: object) -> None:
    add_article(fresh_db)
    add_article(fresh_db, ARTICLE + "\nদ্বিতীয় প্রতিবেদন, পেসকভ আবার বলেন।")
    assert fresh_db.execute("SELECT count(*) FROM entities WHERE name = 'দিমিত্রি পেসকভ'").fetchone()[0] == 1
    assert fresh_db.execute("SELECT count(DISTINCT article_id) FROM article_entities").fetchone()[0] == 2


def test_saving_again_replaces_rows(fresh_db: Database, analyser: object) -> None:
    article_id = add_article(fresh_db)
    save_analysis(fresh_db, article_id, build_analysis(ARTICLE, entities={"রাশিয়া": ("LOC", ["রাশিয়ার"])}))
    assert fresh_db.execute("SELECT count(*) FROM article_entities").fetchone()[0] == 1
    assert fresh_db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 0
    assert fresh_db.execute("SELECT count(*) FROM quotes_fts").fetchone()[0] == 0


def test_load_analysis_round_trip(fresh_db: Database, analyser: object) -> None:
    article_id = add_article(fresh_db)
    loaded = load_analysis(fresh_db, article_id)
    original = sample_analysis()
    assert {e.name for e in loaded.entities} == {e.name for e in original.entities}
    assert [q.text for q in loaded.quotes] == [q.text for q in original.quotes]
    assert [d.value for d in loaded.dates] == [d.value for d in original.dates]


def test_unknown_article(fresh_db: Database) -> None:
    with pytest.raises(ArticleNotFound):
        save_analysis(fresh_db, 99, sample_analysis())


@pytest.mark.parametrize(("first", "second", "kept"), [
    # the genitive first (said only so in one article), the nominative from a later one: the row
    # takes the nominative as its name
    ("মতিউর রহমান নিজামীর", "মতিউর রহমান নিজামী", "মতিউর রহমান নিজামী"),
    ("প্রণব মুখার্জির", "প্রণব মুখার্জি", "প্রণব মুখার্জি"),
    # the nominative first: the genitive joins it
    ("সেলিনা হায়াৎ আইভী", "সেলিনা হায়াৎ আইভীর", "সেলিনা হায়াৎ আইভী"),
])
def test_a_person_in_the_genitive_is_the_person_named_elsewhere(fresh_db: Database, first: str, second: str,
                                                                 kept: str) -> None:
    from db import registry

    with fresh_db.conn:
        a = registry.resolve(fresh_db, [(first, "PERSON", [])])[registry.entity_key(first)]
        b = registry.resolve(fresh_db, [(second, "PERSON", [])])[registry.entity_key(second)]
    assert a == b
    row = registry.get(fresh_db, a)
    assert row["name"] == kept
    assert {first, second} - {kept} <= set(row["aliases"])
    assert registry.lookup_keys(fresh_db, [registry.entity_key(first), registry.entity_key(second)]) == {
        registry.entity_key(first): a, registry.entity_key(second): a}


def test_a_name_with_no_key_resolves_to_no_row(fresh_db: Database) -> None:
    from db import registry

    with fresh_db.conn:
        ids = registry.resolve(fresh_db, [("—", "PERSON", []), ("ভ্লাদিমির পুতিন", "PERSON", [])])
    assert list(ids) == [registry.entity_key("ভ্লাদিমির পুতিন")]  # punctuation only: nothing to find it by
    assert [r["name"] for r in fresh_db["entities"].rows] == ["ভ্লাদিমির পুতিন"]


@pytest.mark.parametrize(("first", "second", "types"), [
    ("কবীর", "কবি", ("PERSON", "PERSON")),  # one word says too little
    ("আব্দুল কাদের", "আব্দুল কাদ", ("PERSON", "PERSON")),  # -ের is a name's own (কাদের) when the extractor kept it
    ("আব্দুল কাদ", "আব্দুল কাদের", ("PERSON", "PERSON")),
    ("আব্দুল কাদের", "আব্দুল কাদে", ("PERSON", "PERSON")),  # after a vowel sign the -র is a genitive
    ("ঢাকা বিশ্ববিদ্যালয়ের", "ঢাকা বিশ্ববিদ্যালয়", ("ORG", "ORG")),  # persons only
    ("রহিম উদ্দিনের", "রহিম উদ্দিন", ("PERSON", "LOC")),  # a person and a place are not one
])
def test_case_form_twins_are_persons_of_two_words_or_more(fresh_db: Database, first: str, second: str,
                                                         types: tuple[str, str]) -> None:
    from db import registry

    with fresh_db.conn:
        a = registry.resolve(fresh_db, [(first, types[0], [])])[registry.entity_key(first)]
        b = registry.resolve(fresh_db, [(second, types[1], [])])[registry.entity_key(second)]
    assert (a == b) == ((first, second) == ("আব্দুল কাদের", "আব্দুল কাদে"))
