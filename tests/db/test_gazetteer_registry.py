"""Names of one curated gazetteer entry (`core.lexicon.orgs`, `core.lexicon.people`) are one registry
row, named the entry's full name, whatever form the first article used and in whatever order
articles arrive; names that do not count on their own (a person's one-word form, an acronym two
entries share, a name typed otherwise) are left apart; editor decisions win; migration 8 merges the
rows an older registry split, and re-analysis keeps the result."""
from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlite_utils import Database

from core.models import ArticleAnalysis
from db import corrections as fix
from db import gazetteer
from db.ingest import reanalyze
from db.queries import QuoteFilter, list_quotes
from db.store import LATEST_VERSION, apply_migrations, schema_version
from db.suggestions import possibly_same

from .conftest import add_article, build_analysis

BNP = "বাংলাদেশ জাতীয়তাবাদী দল"
FULL_ORG = "বাংলাদেশ জাতীয়তাবাদী দল (বিএনপি) সমাবেশের ডাক দিয়েছে।"
SHORT_ORG = "বিএনপি বলেছে, নির্বাচন সময়মতো হতে হবে।"
FAKHRUL = "মির্জা ফখরুল ইসলাম আলমগীর"
FULL_PERSON = "বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর সংবাদ সম্মেলন করেন।"
SHORT_PERSON = "মির্জা ফখরুল বলেন, আন্দোলন চলবে।"
# a person's one-word form (listed for the record only) and an acronym two organisations share
TASKIN_FULL = "পেসার তাসকিন আহমেদ চার উইকেট নেন।"
TASKIN_SHORT = "তাসকিন বলেন, উইকেট ভালো ছিল।"
BJP_FULL = "ভারতীয় জনতা পার্টি রাজ্যে জিতেছে।"
BJP_SHORT = "বিজেপি নেতারা বৈঠকে বসেন।"
# the election commission's acronym, typed as a person by the model
EC_FULL = "নির্বাচন কমিশন তফসিল ঘোষণা করেছে।"
EC_AS_PERSON = "ইসি বলেন, প্রস্তুতি চলছে।"
EC_SHORT = "ইসি জানিয়েছে, ভোট হবে।"

ANALYSES: dict[str, ArticleAnalysis] = {
    FULL_ORG: build_analysis(FULL_ORG, entities={BNP: ("ORG", [BNP, "বিএনপি"])}),
    SHORT_ORG: build_analysis(SHORT_ORG, entities={"বিএনপি": ("ORG", ["বিএনপি"])},
                              quotes=[("নির্বাচন সময়মতো হতে হবে", "indirect", "বিএনপি", "organisation")]),
    FULL_PERSON: build_analysis(FULL_PERSON, entities={FAKHRUL: ("PERSON", [FAKHRUL]), "বিএনপি": ("ORG", ["বিএনপির"])}),
    SHORT_PERSON: build_analysis(SHORT_PERSON, entities={"মির্জা ফখরুল": ("PERSON", ["মির্জা ফখরুল"])},
                                 quotes=[("আন্দোলন চলবে", "indirect", "মির্জা ফখরুল", "person")]),
    TASKIN_FULL: build_analysis(TASKIN_FULL, entities={"তাসকিন আহমেদ": ("PERSON", ["তাসকিন আহমেদ"])}),
    TASKIN_SHORT: build_analysis(TASKIN_SHORT, entities={"তাসকিন": ("PERSON", ["তাসকিন"])}),
    BJP_FULL: build_analysis(BJP_FULL, entities={"ভারতীয় জনতা পার্টি": ("ORG", ["ভারতীয় জনতা পার্টি"])}),
    BJP_SHORT: build_analysis(BJP_SHORT, entities={"বিজেপি": ("ORG", ["বিজেপি"])}),
    EC_FULL: build_analysis(EC_FULL, entities={"নির্বাচন কমিশন": ("ORG", ["নির্বাচন কমিশন"])}),
    EC_AS_PERSON: build_analysis(EC_AS_PERSON, entities={"ইসি": ("PERSON", ["ইসি"])}),
    EC_SHORT: build_analysis(EC_SHORT, entities={"ইসি": ("ORG", ["ইসি"])}),
}


@pytest.fixture
def archive(fresh_db: Database, analyser: Callable[[Callable[[str], ArticleAnalysis]], None]) -> Database:
    analyser(lambda text: ANALYSES[text])
    return fresh_db


def active(db: Database) -> set[tuple[str, str]]:
    return {tuple(r) for r in db.execute(
        "SELECT name, type FROM entities WHERE status = 'active' AND merged_into IS NULL").fetchall()}


def row(db: Database, name: str) -> dict[str, object]:
    found = next(db.query("SELECT * FROM entities WHERE name = ? AND merged_into IS NULL", [name]))
    found["aliases"] = json.loads(found["aliases"])
    return found


@pytest.mark.parametrize("order", [(FULL_ORG, SHORT_ORG), (SHORT_ORG, FULL_ORG)], ids=["full first", "acronym first"])
def test_an_acronym_and_the_full_name_are_one_row_named_in_full(archive: Database, order: tuple[str, str]) -> None:
    for text in order:
        add_article(archive, text)
    assert active(archive) == {(BNP, "ORG")}
    bnp = row(archive, BNP)
    assert (bnp["articles"], bnp["quotes"], bnp["aliases"]) == (2, 1, ["বিএনপি"])
    quotes = list_quotes(archive, QuoteFilter(entity_id=int(bnp["id"]))).rows  # type: ignore[call-overload]
    assert [q["text"] for q in quotes] == ["নির্বাচন সময়মতো হতে হবে"]


@pytest.mark.parametrize("order", [(FULL_PERSON, SHORT_PERSON), (SHORT_PERSON, FULL_PERSON)],
                         ids=["full first", "two words first"])
def test_a_two_word_form_of_a_person_and_the_full_name_are_one_row(archive: Database, order: tuple[str, str]) -> None:
    for text in order:
        add_article(archive, text)
    assert active(archive) == {(FAKHRUL, "PERSON"), (BNP, "ORG")}
    fakhrul = row(archive, FAKHRUL)
    assert (fakhrul["articles"], fakhrul["quotes"], fakhrul["aliases"]) == (2, 1, ["মির্জা ফখরুল"])


@pytest.mark.parametrize("texts, expected", [
    ((TASKIN_FULL, TASKIN_SHORT), {("তাসকিন আহমেদ", "PERSON"), ("তাসকিন", "PERSON")}),
    ((TASKIN_SHORT, TASKIN_FULL), {("তাসকিন আহমেদ", "PERSON"), ("তাসকিন", "PERSON")}),
    ((BJP_SHORT, BJP_FULL), {("ভারতীয় জনতা পার্টি", "ORG"), ("বিজেপি", "ORG")}),
    ((EC_AS_PERSON, EC_FULL), {("নির্বাচন কমিশন", "ORG"), ("ইসি", "PERSON")}),
    ((EC_FULL, EC_AS_PERSON), {("নির্বাচন কমিশন", "ORG"), ("ইসি", "PERSON")}),
], ids=["one-word person form", "one-word form first", "shared acronym", "other type first", "other type second"])
def test_names_that_do_not_count_on_their_own_stay_apart(
    archive: Database, texts: tuple[str, str], expected: set[tuple[str, str]],
) -> None:
    for text in texts:
        add_article(archive, text)
    assert active(archive) == expected


def test_an_editors_name_stands(archive: Database) -> None:
    add_article(archive, SHORT_ORG)
    fix.rename_entity(archive, int(row(archive, BNP)["id"]), "বিএনপি (দল)", editor="রহিম")
    add_article(archive, FULL_ORG)
    reanalyze(archive, outdated_only=False)
    apply_migrations_again(archive)
    assert active(archive) == {("বিএনপি (দল)", "ORG")}
    assert row(archive, "বিএনপি (দল)")["articles"] == 2


def apply_migrations_again(db: Database) -> None:
    """Migration 8 once more, as on a database of version 7."""
    db.conn.execute("DELETE FROM schema_migrations WHERE version = 8")
    db.conn.execute("PRAGMA user_version = 7")
    db.conn.commit()
    assert apply_migrations(db, target=8) == [8] and schema_version(db) == 8
    db.conn.execute(f"PRAGMA user_version = {LATEST_VERSION}")  # the later migrations stay applied


def test_migration_8_merges_the_rows_an_older_registry_split(
    archive: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the registry before the gazetteer: every form its own row
    with monkeypatch.context() as old:
        old.setattr(gazetteer, "entry", lambda key, entity_type: None)
        for text in (SHORT_ORG, FULL_ORG, SHORT_PERSON, FULL_PERSON, TASKIN_SHORT, TASKIN_FULL, BJP_SHORT, BJP_FULL):
            add_article(archive, text)
    assert ("বিএনপি", "ORG") in active(archive) and ("মির্জা ফখরুল", "PERSON") in active(archive)
    apply_migrations_again(archive)
    expected = {(BNP, "ORG"), (FAKHRUL, "PERSON"), ("তাসকিন", "PERSON"), ("তাসকিন আহমেদ", "PERSON"),
                ("বিজেপি", "ORG"), ("ভারতীয় জনতা পার্টি", "ORG")}
    assert active(archive) == expected
    bnp, fakhrul = row(archive, BNP), row(archive, FAKHRUL)
    assert (bnp["articles"], bnp["quotes"], fakhrul["articles"], fakhrul["quotes"]) == (3, 1, 2, 1)
    reasons = [json.loads(after)["reason"] for (after,) in archive.execute(
        "SELECT after FROM corrections WHERE action = 'merge' AND editor IS NULL")]
    assert len(reasons) == 2 and all("migration 8" in r for r in reasons)
    assert possibly_same(archive, entity_type="ORG") == []
    reanalyze(archive, outdated_only=False)
    assert active(archive) == expected
    assert (row(archive, BNP)["articles"], row(archive, FAKHRUL)["quotes"]) == (3, 1)


def test_migration_8_records_the_names_it_changes(archive: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A row an older registry named by a short form alone is renamed in full, with no row merged into
    it: its card's history says so (it said "No corrections to this entity yet" while বিবিসি had
    become ব্রিটিশ ব্রডকাস্টিং করপোরেশন)."""
    with monkeypatch.context() as old:
        old.setattr(gazetteer, "entry", lambda key, entity_type: None)
        add_article(archive, SHORT_ORG)
    bnp = int(row(archive, "বিএনপি")["id"])
    apply_migrations_again(archive)
    assert row(archive, BNP)["id"] == bnp
    history = fix.list_corrections(archive, entity_id=bnp).rows
    assert [(r["action"], r["editor"], json.loads(r["before"])["name"], json.loads(r["after"])["name"])
            for r in history] == [("rename", None, "বিএনপি", BNP)]
    assert "migration 8" in json.loads(history[0]["after"])["reason"]


def test_automatic_merges_and_renames_write_whole_corrections_rows(
    archive: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rows migration 8 leaves in the corrections log, every column: a merge and a rename with no
    editor, article, quote key or extractor version, active."""
    with monkeypatch.context() as old:
        old.setattr(gazetteer, "entry", lambda key, entity_type: None)
        for text in (SHORT_ORG, FULL_PERSON, FULL_ORG):  # বিএনপি in two articles, so it is kept
            add_article(archive, text)
    short_bnp, full_bnp = int(row(archive, "বিএনপি")["id"]), int(row(archive, BNP)["id"])
    apply_migrations_again(archive)
    rows = [(r["editor"], r["target"], r["action"], r["article_id"], r["entity_id"], r["target_key"],
             json.loads(r["before"]), json.loads(r["after"]), r["extractor_version"], r["active"], bool(r["created_at"]))
            for r in archive.query("SELECT * FROM corrections ORDER BY id")]
    reason = rows[0][7]["reason"]
    assert "migration 8" in reason
    assert rows == [
        (None, "entity", "merge", None, full_bnp, None, {"name": BNP, "type": "ORG"},
         {"merged_into": short_bnp, "name": "বিএনপি", "reason": reason}, None, 1, True),
        (None, "entity", "rename", None, short_bnp, None, {"name": "বিএনপি"}, {"name": BNP, "reason": reason}, None, 1, True),
    ]


def test_migration_7_keeps_editor_decisions(archive: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as old:
        old.setattr(gazetteer, "entry", lambda key, entity_type: None)
        for text in (SHORT_ORG, FULL_ORG, SHORT_PERSON, FULL_PERSON, EC_FULL, EC_SHORT):
            add_article(archive, text)
    short_bnp, full_bnp = int(row(archive, "বিএনপি")["id"]), int(row(archive, BNP)["id"])
    fix.mark_not_same(archive, short_bnp, full_bnp, editor="রহিম")
    fix.rename_entity(archive, int(row(archive, "মির্জা ফখরুল")["id"]), "ফখরুল সাহেব", editor="রহিম")
    fix.reject_entity(archive, int(row(archive, "নির্বাচন কমিশন")["id"]), editor="রহিম")
    apply_migrations_again(archive)
    kept = {("বিএনপি", "ORG"), (BNP, "ORG"), ("ফখরুল সাহেব", "PERSON"), ("ইসি", "ORG")}
    assert active(archive) == kept
    assert row(archive, "ফখরুল সাহেব")["articles"] == 2  # the renamed row was kept, its name too
    assert row(archive, "নির্বাচন কমিশন")["status"] == "rejected"
    reanalyze(archive, outdated_only=False)
    assert active(archive) == kept


def test_the_gazetteer_index_counts_only_names_of_one_entry() -> None:
    from db.registry import entity_key

    def named(name: str, entity_type: str) -> str | None:
        found = gazetteer.entry(entity_key(name), entity_type)
        return found.name if found else None

    assert named("বিসিবি", "ORG") == "বাংলাদেশ ক্রিকেট বোর্ড"
    assert named("এনসিপি", "ORG") == "জাতীয় নাগরিক পার্টি"
    assert named("শরিফ ওসমান বিন হাদী", "PERSON") == named("ওসমান হাদি", "PERSON") == "শরিফ ওসমান হাদি"
    # needs context, shared by two entries, a person's one word, the other type
    assert [named(n, t) for n, t in (("ববি", "ORG"), ("আইসিসি", "ORG"), ("সাকিব", "PERSON"),
                                     ("বিসিবি", "PERSON"), ("মির্জা ফখরুল", "ORG"))] == [None] * 5


def test_two_people_of_the_gazetteer_are_not_suggested_as_one(archive: Database,
                                                              analyser: Callable[[Callable[[str], ArticleAnalysis]], None]) -> None:
    texts = {"রাশেদ খান বলেন, ভোট হবে।": "রাশেদ খান", "রাশেদ খান মেনন বলেন, জোট হবে।": "রাশেদ খান মেনন",
             "রাশেদ খান মিলন বলেন, খেলা হবে।": "রাশেদ খান মিলন"}
    analyser(lambda text: build_analysis(text, entities={texts[text]: ("PERSON", [texts[text]])}))
    for text in texts:
        add_article(archive, text)
    # মেনন and রাশেদ খান are two people of the gazetteer; মিলন, whom it does not know, may be রাশেদ খান
    assert [(s.short_name, s.full_name) for s in possibly_same(archive)] == [("রাশেদ খান", "রাশেদ খান মিলন")]


def test_a_gazetteer_name_whose_entrys_row_was_rejected_gets_a_row_of_its_own(fresh_db: Database) -> None:
    from db import registry

    with fresh_db.conn:
        bnp = registry.resolve(fresh_db, [(BNP, "ORG", [])])[registry.entity_key(BNP)]
    fix.reject_entity(fresh_db, bnp, editor="রহিম")
    with fresh_db.conn:
        acronym = registry.resolve(fresh_db, [("বিএনপি", "ORG", [])])[registry.entity_key("বিএনপি")]
    # the editor's reject stands: the acronym is not filed under the rejected row, nor named in full
    assert acronym != bnp
    assert (registry.get(fresh_db, acronym)["name"], registry.get(fresh_db, bnp)["status"]) == ("বিএনপি", "rejected")
    assert registry.lookup_keys(fresh_db, [registry.entity_key("বিএনপি")]) == {registry.entity_key("বিএনপি"): acronym}


def test_a_gazetteer_name_typed_otherwise_first_is_not_filed_under_the_entry(fresh_db: Database) -> None:
    from db import registry

    # one batch says বিএনপি as a person first, then as the organisation: the key is one (the registry
    # keys names whatever their type), and the person-typed form decides the row, not the entry
    with fresh_db.conn:
        ids = registry.resolve(fresh_db, [("বিএনপি", "PERSON", []), ("বিএনপি", "ORG", [])])
    assert active(fresh_db) == {("বিএনপি", "PERSON")}
    assert ids == {registry.entity_key("বিএনপি"): int(row(fresh_db, "বিএনপি")["id"])}
