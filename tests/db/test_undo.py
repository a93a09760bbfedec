"""Undo gives back what a correction replaced: the model's quote, the registry as it was."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlite_utils import Database

from db import corrections as fix
from db.errors import InvalidCorrection
from db.ingest import reanalyze
from db.queries import EventFilter, QuoteFilter, count_quotes, counts, list_entities, list_events, list_quotes

from .conftest import ARTICLE, add_article, build_analysis, sample_analysis
from .test_corrections import entity_id, quote_id


@pytest.fixture
def article(fresh_db: Database, analyser: object) -> int:
    return add_article(fresh_db)


def said(db: Database, quote: int) -> tuple[object, ...]:
    return tuple(db.execute("SELECT speaker, speaker_entity_id, source_type, kind, role, affiliation, status "
                            "FROM quotes WHERE id = ?", [quote]).fetchone())


def test_undoing_an_added_quote_the_model_had_found_gives_back_the_models_speaker(
        fresh_db: Database, article: int) -> None:
    quote = quote_id(fresh_db, "ফলপ্রসূ")
    model = said(fresh_db, quote)
    putin = entity_id(fresh_db, "ভ্লাদিমির পুতিন")
    fix.add_quote(fresh_db, article, "আলোচনা ফলপ্রসূ হয়েছে,", kind="indirect", entity_id=putin)
    assert said(fresh_db, quote)[:2] == ("ভ্লাদিমির পুতিন", putin)
    added = fresh_db.execute("SELECT id FROM corrections WHERE action = 'add'").fetchone()[0]
    fix.undo_correction(fresh_db, added)
    assert said(fresh_db, quote) == model


def test_undoing_an_added_entity_leaves_no_empty_entity(fresh_db: Database, article: int) -> None:
    before = counts(fresh_db)["entities"]
    added = fix.add_entity(fresh_db, article, "মস্কো", "LOC", editor="rima")
    assert counts(fresh_db)["entities"] == before + 1
    correction = fresh_db.execute("SELECT id FROM corrections WHERE action = 'add'").fetchone()[0]
    fix.undo_correction(fresh_db, correction)
    assert counts(fresh_db)["entities"] == before
    assert "মস্কো" not in [r["name"] for r in list_entities(fresh_db, limit=100).rows]
    assert fresh_db.execute("SELECT count(*) FROM entities WHERE id = ?", [added]).fetchone()[0] == 0
    # the history still says what was added and withdrawn
    history = [(r["action"], r["after"]) for r in fix.article_corrections(fresh_db, article).rows]
    assert history[0][0] == "undo" and "মস্কো" in history[1][1]
    # added again later, it is a registry row again
    again = fix.add_entity(fresh_db, article, "মস্কো", "LOC")
    assert "মস্কো" in [r["name"] for r in list_entities(fresh_db, limit=100).rows] and again


def test_undoing_an_added_entity_the_registry_knew_keeps_its_row(fresh_db: Database, article: int) -> None:
    putin = entity_id(fresh_db, "ভ্লাদিমির পুতিন")
    other = add_article(fresh_db, "পুতিন নয়, ভ্লাদিমির পুতিন এখানে আছেন।")
    fix.add_entity(fresh_db, other, "ভ্লাদিমির পুতিন", "PERSON")
    correction = fresh_db.execute("SELECT id FROM corrections WHERE action = 'add'").fetchone()[0]
    fix.undo_correction(fresh_db, correction)
    assert fresh_db.execute("SELECT status FROM entities WHERE id = ?", [putin]).fetchone()[0] == "active"


def state(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """The registry and everything that points into it, as rows (timestamps left out)."""
    return {
        "entities": db.execute("SELECT id, name, type, aliases, status, merged_into, mentions, articles, quotes "
                               "FROM entities ORDER BY id").fetchall(),
        "keys": db.execute("SELECT key, entity_id, kind FROM entity_keys ORDER BY key").fetchall(),
        "rows": db.execute("SELECT * FROM article_entities ORDER BY id").fetchall(),
        "quotes": db.execute("SELECT id, speaker, speaker_entity_id, source_type FROM quotes ORDER BY id").fetchall(),
        "events": db.execute("SELECT * FROM event_entities ORDER BY event_id, entity_id, role").fetchall(),
    }


@pytest.fixture
def two_names(fresh_db: Database, article: int, analyser: Callable[..., None]) -> tuple[int, int]:
    """A second article where the model calls him only পেসকভ: two registry rows for one man."""
    analyser(lambda text: build_analysis(
        text, entities={"পেসকভ": ("PERSON", ["পেসকভ"]), "রাশিয়া": ("LOC", ["রাশিয়ার"])},
        quotes=[("আলোচনা ফলপ্রসূ হয়েছে,", "direct", "পেসকভ", "person")],
        dates=[("মঙ্গলবার", "2023-09-12", "day")])
        if "দিমিত্রি" not in text else sample_analysis(text))
    add_article(fresh_db, ARTICLE.replace("দিমিত্রি পেসকভ", "পেসকভ"))
    return entity_id(fresh_db, "পেসকভ"), entity_id(fresh_db, "দিমিত্রি পেসকভ")


def test_a_merge_is_undone_exactly_and_audited(fresh_db: Database, two_names: tuple[int, int]) -> None:
    short, full = two_names
    fix.merge_entities(fresh_db, entity_id(fresh_db, "ক্রেমলিন"), entity_id(fresh_db, "রাশিয়া"))  # rows in both articles
    kremlin_merge = fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0]
    was = state(fresh_db)
    merge = fix.merge_entities(fresh_db, short, full, editor="rima")
    assert list_quotes(fresh_db, QuoteFilter(entity_id=full)).total == 2
    fix.undo_correction(fresh_db, merge, editor="rima")
    assert state(fresh_db) == was
    assert list_quotes(fresh_db, QuoteFilter(entity_id=full)).total == 1
    last = fresh_db.execute("SELECT target, action, entity_id, editor, before FROM corrections ORDER BY id DESC").fetchone()
    assert last[:4] == ("entity", "undo", short, "rima") and f'"correction": {merge}' in last[4]
    with pytest.raises(InvalidCorrection, match="no longer in force|undone"):
        fix.undo_correction(fresh_db, merge)
    # a merge of rows that share articles (their mentions combined) comes apart too
    was = state(fresh_db)
    fix.merge_entities(fresh_db, entity_id(fresh_db, "দিমিত্রি পেসকভ"), entity_id(fresh_db, "রাশিয়া"))
    fix.undo_correction(fresh_db, fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0])
    assert state(fresh_db) == was
    fix.undo_correction(fresh_db, kremlin_merge)
    assert entity_id(fresh_db, "ক্রেমলিন") in [r["id"] for r in list_entities(fresh_db, limit=100).rows]


def test_a_merge_is_undone_only_while_it_is_the_latest_and_before_a_reanalysis(
        fresh_db: Database, two_names: tuple[int, int]) -> None:
    short, full = two_names
    merge = fix.merge_entities(fresh_db, short, full)
    rename = fix.rename_entity(fresh_db, full, "দিমিত্রি সের্গেইভিচ পেসকভ")
    with pytest.raises(InvalidCorrection, match=f"#{rename}"):
        fix.undo_correction(fresh_db, merge)
    fix.undo_correction(fresh_db, rename)
    reanalyze(fresh_db, outdated_only=False)
    with pytest.raises(InvalidCorrection, match="analysed or corrected after the merge") as refused:
        fix.undo_correction(fresh_db, merge)
    # the reason first: a long headline after it must not push it out of the warning (seen in the browser)
    assert str(refused.value).startswith("the merge cannot be taken apart exactly")


def test_the_merge_undo_blocker_names_a_long_headline_shortened(fresh_db: Database, two_names: tuple[int, int]) -> None:
    short, full = two_names
    merge = fix.merge_entities(fresh_db, short, full)
    fresh_db.execute("UPDATE articles SET title = ?", ["ক্রেমলিনের মুখপাত্র " * 20])
    reanalyze(fresh_db, outdated_only=False)
    why = fix.registry_undo_blocker(fresh_db, merge)
    assert why is not None and "…" in why and len(why) < 240, why


def test_a_rename_and_a_retype_are_undone_exactly(fresh_db: Database, article: int) -> None:
    kremlin = entity_id(fresh_db, "ক্রেমলিন")
    peskov = entity_id(fresh_db, "দিমিত্রি পেসকভ")
    was = state(fresh_db)
    rename = fix.rename_entity(fresh_db, kremlin, "মস্কো ক্রেমলিন")
    fix.undo_correction(fresh_db, rename)
    assert state(fresh_db) == was
    retype = fix.retype_entity(fresh_db, peskov, "ORG")
    assert count_quotes(fresh_db, "source_type")[0]["value"] in ("organisation", "group")
    fix.undo_correction(fresh_db, retype)
    assert state(fresh_db) == was
    reanalyze(fresh_db, outdated_only=False)  # nothing of either comes back
    assert state(fresh_db)["quotes"] == was["quotes"]
    assert fresh_db.execute("SELECT name, type FROM entities WHERE id = ?", [kremlin]).fetchone() == ("ক্রেমলিন", "ORG")


def test_a_quote_added_over_the_models_takes_the_editors_source_type(fresh_db: Database, article: int) -> None:
    quote = quote_id(fresh_db, "ফলপ্রসূ")
    assert said(fresh_db, quote)[2] != "organisation"
    kremlin = entity_id(fresh_db, "ক্রেমলিন")
    fix.add_quote(fresh_db, article, "আলোচনা ফলপ্রসূ হয়েছে,", kind="indirect", entity_id=kremlin,
                  source_type="organisation")
    assert said(fresh_db, quote)[1:3] == (kremlin, "organisation")  # what the Sources page counts it as
    reanalyze(fresh_db)  # and the decision holds after re-analysis
    assert said(fresh_db, quote_id(fresh_db, "ফলপ্রসূ"))[1:3] == (kremlin, "organisation")


def test_undoing_a_quote_added_over_the_models_gives_back_its_source_type(fresh_db: Database, article: int) -> None:
    quote = quote_id(fresh_db, "ফলপ্রসূ")
    model = said(fresh_db, quote)
    fix.add_quote(fresh_db, article, "আলোচনা ফলপ্রসূ হয়েছে,", kind="indirect",
                  entity_id=entity_id(fresh_db, "ক্রেমলিন"), source_type="organisation")
    fix.undo_correction(fresh_db, fresh_db.execute("SELECT id FROM corrections WHERE action = 'add'").fetchone()[0])
    assert said(fresh_db, quote) == model


# Each kind of article-level decision, made by রহিম on the sample article: (target, action) and how.
DECISIONS: dict[str, tuple[str, str, Callable[[Database, int], object]]] = {
    "entity rejected in one article": ("article_entity", "reject", lambda db, a: fix.reject_entity(
        db, entity_id(db, "ক্রেমলিন"), article_id=a, editor="রহিম")),
    "entity added": ("article_entity", "add", lambda db, a: fix.add_entity(db, a, "বিশ্লেষকরা", "ORG", editor="রহিম")),
    "quote rejected": ("quote", "reject", lambda db, a: fix.reject_quote(db, quote_id(db, "ফলপ্রসূ"), editor="রহিম")),
    "speaker fixed": ("quote", "set_speaker", lambda db, a: fix.set_quote_speaker(
        db, quote_id(db, "ফলপ্রসূ"), entity_id=entity_id(db, "ভ্লাদিমির পুতিন"), editor="রহিম")),
    "quote added": ("quote", "add", lambda db, a: fix.add_quote(db, a, "দুই দেশের সম্পর্কে", kind="indirect",
                                                              speaker="বিশ্লেষকরা", editor="রহিম")),
    "kind fixed": ("quote", "set_kind", lambda db, a: fix.set_quote_kind(
        db, quote_id(db, "ফলপ্রসূ"), "indirect", editor="রহিম")),
    "words fixed": ("quote", "set_text", lambda db, a: fix.set_quote_text(
        db, quote_id(db, "ফলপ্রসূ"), "আলোচনা ফলপ্রসূ হয়েছে", editor="রহিম")),
    "date value fixed": ("event", "set_value", lambda db, a: fix.set_date_value(
        db, event_id(db, "মঙ্গলবার"), "2023-09-11", editor="রহিম")),
    "date description fixed": ("event", "set_summary", lambda db, a: fix.set_date_summary(
        db, event_id(db, "মঙ্গলবার"), "পুতিন ও কিমের বৈঠক", editor="রহিম")),
    "date rejected": ("event", "reject", lambda db, a: fix.reject_date(db, event_id(db, "২০১৯ সালের"), editor="রহিম")),
    "date added": ("event", "add", lambda db, a: fix.add_date(db, a, "২০১৯", "2019", editor="রহিম")),
}


def event_id(db: Database, text: str) -> int:
    return int(db.execute("SELECT id FROM events WHERE text = ?", (text,)).fetchone()[0])


@pytest.mark.parametrize("decision", DECISIONS)
def test_the_undo_of_each_article_decision_is_audited_with_what_it_withdrew(
    fresh_db: Database, article: int, decision: str,
) -> None:
    target, action, make = DECISIONS[decision]
    make(fresh_db, article)
    made = fresh_db.execute("SELECT id, target, action, entity_id, target_key FROM corrections "
                            "ORDER BY id DESC LIMIT 1").fetchone()
    assert made[1:3] == (target, action)
    fix.undo_correction(fresh_db, made[0], editor="করিম")
    undo = fresh_db.execute("SELECT editor, target, action, article_id, entity_id, target_key, before, after "
                            "FROM corrections ORDER BY id DESC LIMIT 1").fetchone()
    entity = None if decision == "entity added" else made[3]  # a new entity's row goes, and the ids naming it
    assert undo == ("করিম", target, "undo", article, entity, made[4],
                    f'{{"correction": {made[0]}, "action": "{action}"}}', None)
    assert fresh_db.execute("SELECT active FROM corrections WHERE id = ?", [made[0]]).fetchone()[0] == 0


def test_what_is_no_decision_about_an_article_or_the_registry_cannot_be_undone(
    fresh_db: Database, article: int,
) -> None:
    fix.set_article_status(fresh_db, article, "reviewed", editor="রহিম")
    status = fresh_db.execute("SELECT id FROM corrections").fetchone()[0]
    with pytest.raises(InvalidCorrection) as refused:
        fix.undo_correction(fresh_db, status)
    assert str(refused.value) == f"correction {status} is not a decision that can be undone"
    with pytest.raises(InvalidCorrection) as missing:
        fix.undo_correction(fresh_db, 999)
    assert str(missing.value) == "correction 999 is not a decision that can be undone"
    assert fresh_db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 1


def forget_model_values(db: Database) -> None:
    """As a store whose fixes were made before the model's values were kept on the rows (migration 11)."""
    db.execute("UPDATE events SET model = NULL")
    db.execute("UPDATE quotes SET model = NULL")


def test_undoing_a_fix_made_before_the_models_values_were_kept_gives_back_what_the_first_fix_replaced(
    fresh_db: Database, article: int,
) -> None:
    tuesday = event_id(fresh_db, "মঙ্গলবার")
    fix.set_date_value(fresh_db, tuesday, "2023-09-11")
    fix.set_date_value(fresh_db, tuesday, "2023-09")
    quote = quote_id(fresh_db, "ফলপ্রসূ")
    fix.set_quote_kind(fresh_db, quote, "indirect")
    first, second, kind = (r[0] for r in fresh_db.execute("SELECT id FROM corrections ORDER BY id"))
    forget_model_values(fresh_db)
    fix.undo_correction(fresh_db, second)  # the first fix still holds
    assert fresh_db.execute("SELECT value FROM events WHERE id = ?", [tuesday]).fetchone()[0] == "2023-09-11"
    fix.undo_correction(fresh_db, first)
    assert fresh_db.execute("SELECT value, granularity, is_event FROM events WHERE id = ?", [tuesday]).fetchone() == (
        "2023-09-12", "day", 1)
    fix.undo_correction(fresh_db, kind)
    assert fresh_db.execute("SELECT kind FROM quotes WHERE id = ?", [quote]).fetchone()[0] == "direct"


def test_undoing_a_fix_made_on_a_rejected_date_before_the_models_values_were_kept_puts_it_back_on_the_timeline(
    fresh_db: Database, article: int,
) -> None:
    # the value fix recorded the reject's is_event 0: the date's place on the timeline comes from its value
    tuesday = event_id(fresh_db, "মঙ্গলবার")
    fix.reject_date(fresh_db, tuesday)
    fix.set_date_value(fresh_db, tuesday, "2023-09-11")
    rejected, valued = (r[0] for r in fresh_db.execute("SELECT id FROM corrections ORDER BY id"))
    forget_model_values(fresh_db)
    fix.undo_correction(fresh_db, rejected)
    fix.undo_correction(fresh_db, valued)
    assert fresh_db.execute("SELECT value, status, is_event FROM events WHERE id = ?", [tuesday]).fetchone() == (
        "2023-09-12", "active", 1)


def test_undoing_a_rename_back_to_a_former_name_gives_the_key_back_as_it_was_held(
    fresh_db: Database, article: int,
) -> None:
    # ক্রেমলিন -> মস্কো ক্রেমলিন -> ক্রেমলিন: the second rename takes a key its own entity holds
    kremlin = entity_id(fresh_db, "ক্রেমলিন")
    was = state(fresh_db)
    first = fix.rename_entity(fresh_db, kremlin, "মস্কো ক্রেমলিন")
    renamed = state(fresh_db)
    second = fix.rename_entity(fresh_db, kremlin, "ক্রেমলিন")
    fix.undo_correction(fresh_db, second)
    assert state(fresh_db) == renamed
    fix.undo_correction(fresh_db, first)
    assert state(fresh_db) == was


def _event_names(db: Database, article: int) -> set[str]:
    return {name for row in list_events(db, EventFilter(article_id=article)).rows for name in row["entities"]}


@pytest.mark.parametrize("decision", ["rename", "merge"])
def test_undoing_a_rename_or_merge_gives_the_timeline_its_names_back(
        fresh_db: Database, article: int, decision: str) -> None:
    """A correction in the article while the rename or merge stood wrote the registry's names of then
    onto its events; the undo must not leave the Timeline showing them."""
    putin, kim = entity_id(fresh_db, "ভ্লাদিমির পুতিন"), entity_id(fresh_db, "কিম জং উন")
    was = _event_names(fresh_db, article)
    assert {"ভ্লাদিমির পুতিন", "কিম জং উন"} <= was
    made = (fix.rename_entity(fresh_db, putin, "ভ্লাদিমির ভ্লাদিমিরোভিচ পুতিন") if decision == "rename"
            else fix.merge_entities(fresh_db, kim, putin))
    fix.reject_quote(fresh_db, quote_id(fresh_db, "ফলপ্রসূ"))  # any decision in the article relinks its events
    fix.undo_correction(fresh_db, made)
    assert _event_names(fresh_db, article) == was
