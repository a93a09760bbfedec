"""Rows that are possibly one entity across articles (ট্রাম্প / ডোনাল্ড ট্রাম্প): suggested with their
evidence, never merged automatically, the same whatever order the articles came in, and an
editor's merge or "not the same" holds on every later analysis."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlite_utils import Database

from core.models import ArticleAnalysis
from db import corrections as fix
from db.errors import InvalidCorrection
from db.ingest import reanalyze
from db.queries import QuoteFilter, list_quotes
from db.suggestions import ALIAS, FIRST_WORDS, LAST_WORDS, Suggestion, possibly_same

from .conftest import add_article, build_analysis

FULL = "যুক্তরাষ্ট্রের প্রেসিডেন্ট ডোনাল্ড ট্রাম্প বৈঠকে যোগ দেন। পরে ট্রাম্প সাংবাদিকদের সঙ্গে কথা বলেন।"
SHORT = "ট্রাম্প বলেছেন, শুল্ক আরও বাড়বে।"
# two people with one surname, and an article that names only the surname
MIZANUR = "সমাবেশে মিজানুর রহমান বক্তব্য দেন। মিজানুর রহমান বলেন, লড়াই চলবে।"
MAHBUBUR = "অনুষ্ঠানে মাহবুবুর রহমান উপস্থিত ছিলেন।"
SURNAME = "রহমান বলেন, সময় এসেছে।"
# a short name recorded as the alias of two people
RAHIM = "ব্যাটার মুশফিকুর রহিম শতক করেন; মুশফিক ছিলেন অপরাজিত।"
RAHMAN = "মুশফিকুর রহমান নামের এক ব্যবসায়ী জানান, মুশফিক নামেই তিনি পরিচিত।"
NICKNAME = "মুশফিক বলেন, খেলা জমবে।"

ANALYSES: dict[str, ArticleAnalysis] = {
    FULL: build_analysis(FULL, entities={"ডোনাল্ড ট্রাম্প": ("PERSON", ["ডোনাল্ড ট্রাম্প", "ট্রাম্প"]),
                                         "যুক্তরাষ্ট্র": ("LOC", ["যুক্তরাষ্ট্রের"])}),
    SHORT: build_analysis(SHORT, entities={"ট্রাম্প": ("PERSON", ["ট্রাম্প"])},
                          quotes=[("শুল্ক আরও বাড়বে", "indirect", "ট্রাম্প", "person")]),
    MIZANUR: build_analysis(MIZANUR, entities={"মিজানুর রহমান": ("PERSON", ["মিজানুর রহমান"])}),
    MAHBUBUR: build_analysis(MAHBUBUR, entities={"মাহবুবুর রহমান": ("PERSON", ["মাহবুবুর রহমান"])}),
    SURNAME: build_analysis(SURNAME, entities={"রহমান": ("PERSON", ["রহমান"])},
                            quotes=[("সময় এসেছে", "indirect", "রহমান", "person")]),
    RAHIM: build_analysis(RAHIM, entities={"মুশফিকুর রহিম": ("PERSON", ["মুশফিকুর রহিম", "মুশফিক"])}),
    RAHMAN: build_analysis(RAHMAN, entities={"মুশফিকুর রহমান": ("PERSON", ["মুশফিকুর রহমান", "মুশফিক"])}),
    NICKNAME: build_analysis(NICKNAME, entities={"মুশফিক": ("PERSON", ["মুশফিক"])}),
}


@pytest.fixture
def archive(fresh_db: Database, analyser: Callable[[Callable[[str], ArticleAnalysis]], None]) -> Database:
    analyser(lambda text: ANALYSES[text])
    return fresh_db


def rows(db: Database) -> set[tuple[str, str, str]]:
    return {tuple(r) for r in db.execute("SELECT name, type, status FROM entities").fetchall()}


def pairs(db: Database) -> list[tuple[str, str, tuple[str, ...], int]]:
    return [(s.short_name, s.full_name, s.evidence, s.candidates) for s in possibly_same(db)]


def entity_id(db: Database, name: str) -> int:
    return int(db.execute("SELECT id FROM entities WHERE name = ?", (name,)).fetchone()[0])


@pytest.mark.parametrize("order", [(FULL, SHORT), (SHORT, FULL)], ids=["full first", "short first"])
def test_a_short_name_is_suggested_not_merged_whatever_the_order(archive: Database, order: tuple[str, str]) -> None:
    for text in order:
        add_article(archive, text)
    assert rows(archive) == {("ডোনাল্ড ট্রাম্প", "PERSON", "active"), ("ট্রাম্প", "PERSON", "active"),
                             ("যুক্তরাষ্ট্র", "LOC", "active")}
    assert pairs(archive) == [("ট্রাম্প", "ডোনাল্ড ট্রাম্প", (ALIAS, LAST_WORDS), 1)]
    found = possibly_same(archive)[0]
    assert (found.short_articles, found.short_quotes, found.full_articles, found.full_quotes) == (1, 1, 1, 0)


def test_two_people_sharing_a_surname_are_ambiguous_and_come_last(archive: Database) -> None:
    for text in (MIZANUR, SURNAME, MAHBUBUR, FULL, SHORT):
        add_article(archive, text)
    assert pairs(archive) == [
        ("ট্রাম্প", "ডোনাল্ড ট্রাম্প", (ALIAS, LAST_WORDS), 1),
        ("রহমান", "মাহবুবুর রহমান", (LAST_WORDS,), 2),
        ("রহমান", "মিজানুর রহমান", (LAST_WORDS,), 2),
    ]
    assert ("রহমান", "PERSON", "active") in rows(archive)


def test_a_short_name_that_is_the_alias_of_two_people_is_ambiguous(archive: Database) -> None:
    for text in (NICKNAME, RAHIM, RAHMAN):
        add_article(archive, text)
    assert {p[1]: p[3] for p in pairs(archive) if p[0] == "মুশফিক"} == {"মুশফিকুর রহিম": 2, "মুশফিকুর রহমান": 2}


@pytest.mark.parametrize(("short", "full", "entity_type"), [
    ("ঢাকা", "পুরান ঢাকা", "LOC"),  # a part of a place is another place
    ("বিএনপি", "ঢাকা মহানগর দক্ষিণ বিএনপি", "ORG"),  # a branch is not the party
])
def test_places_and_organisations_need_an_alias_not_shared_words(fresh_db: Database, analyser: Callable[..., None],
                                                                  short: str, full: str, entity_type: str) -> None:
    first, second = f"{short} নিয়ে খবর।", f"{full} নিয়ে খবর।"
    analyses = {first: build_analysis(first, entities={short: (entity_type, [short])}),
                second: build_analysis(second, entities={full: (entity_type, [full])})}
    analyser(lambda text: analyses[text])
    add_article(fresh_db, first)
    add_article(fresh_db, second)
    assert pairs(fresh_db) == []


def test_not_the_same_holds_after_reanalysis_and_settles_the_ambiguity(archive: Database) -> None:
    for text in (MIZANUR, MAHBUBUR, SURNAME):
        add_article(archive, text)
    short, mizanur = entity_id(archive, "রহমান"), entity_id(archive, "মিজানুর রহমান")
    fix.mark_not_same(archive, short, mizanur, editor="রহিম")
    assert pairs(archive) == [("রহমান", "মাহবুবুর রহমান", (LAST_WORDS,), 1)]
    reanalyze(archive, outdated_only=False)
    assert pairs(archive) == [("রহমান", "মাহবুবুর রহমান", (LAST_WORDS,), 1)]
    assert len(rows(archive)) == 3
    with pytest.raises(InvalidCorrection):
        fix.mark_not_same(archive, short, short)


def test_not_the_same_clicked_by_mistake_is_undone_and_the_pair_comes_back(archive: Database) -> None:
    for text in (MIZANUR, MAHBUBUR, SURNAME):
        add_article(archive, text)
    before = pairs(archive)
    short, mizanur = entity_id(archive, "রহমান"), entity_id(archive, "মিজানুর রহমান")
    decision = fix.mark_not_same(archive, short, mizanur, editor="রহিম")
    assert pairs(archive) != before
    assert fix.registry_undo_blocker(archive, decision) is None
    fix.undo_correction(archive, decision, editor="রহিম")
    assert pairs(archive) == before
    reanalyze(archive, outdated_only=False)
    assert pairs(archive) == before  # withdrawn for good, not only until the next analysis
    with pytest.raises(InvalidCorrection, match="already undone"):
        fix.undo_correction(archive, decision, editor="করিম")


def test_a_merge_from_a_suggestion_gathers_the_quotes_and_survives_reanalysis(archive: Database) -> None:
    for text in (SHORT, FULL):
        add_article(archive, text)
    found = possibly_same(archive)[0]
    fix.merge_entities(archive, found.short_id, found.full_id, editor="রহিম")
    assert pairs(archive) == []
    reanalyze(archive, outdated_only=False)
    assert pairs(archive) == []
    assert ("ট্রাম্প", "PERSON", "merged") in rows(archive)
    quotes = list_quotes(archive, QuoteFilter(entity_id=found.full_id)).rows
    assert [q["text"] for q in quotes] == ["শুল্ক আরও বাড়বে"]


@pytest.mark.parametrize(("short", "full", "counts", "keeps_short"), [
    # a clause read into the name (the corpus: 21 quotes under the one, 1 article under the other)
    ("ডোনাল্ড ট্রাম্প", "ডোনাল্ড ট্রাম্প ভঙ্গুর", (6, 29, 1, 0), True),
    ("এভারকেয়ার হাসপাতাল", "এভার কেয়ার হাসপাতাল", (26, 0, 2, 0), True),  # the rarer spelling
    ("রিপন", "রিপন মণ্ডল", (1, 5, 2, 0), False),  # the fuller name is in more articles
    ("আব্দুর রহিম", "আব্দুর রহিম খান", (1, 1, 1, 0), False),  # a tie keeps the fuller name
    ("ট্রাম্প", "ডোনাল্ড ট্রাম্প", (9, 9, 1, 0), False),  # a surname alone is never the better name
    ("মির্জা ফখরুল", "মির্জা ফখরুল ইসলাম আলমগীর", (9, 9, 1, 0), False),  # two words more: a full name
])
def test_the_name_a_merge_keeps_first_is_not_simply_the_longer(short: str, full: str, counts: tuple[int, int, int, int],
                                                                keeps_short: bool) -> None:
    found = Suggestion(1, short, 2, full, "PERSON", (ALIAS, FIRST_WORDS), 1, *counts)
    assert found.keeps_short is keeps_short


def test_a_merge_can_keep_the_short_name(archive: Database) -> None:
    """The editor chose the short name: the longer row is folded into it, one merge in the history."""
    for text in (SHORT, FULL):
        add_article(archive, text)
    found = possibly_same(archive)[0]
    fix.merge_entities(archive, found.full_id, found.short_id, editor="রহিম")
    assert ("ডোনাল্ড ট্রাম্প", "PERSON", "merged") in rows(archive) and ("ট্রাম্প", "PERSON", "active") in rows(archive)
    assert pairs(archive) == []
