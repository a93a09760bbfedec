"""Editors correct an article's dates: a value, a description, a date that is not one, a missed one.
Each is audited, undoable, on the Timeline at once and kept through re-analysis."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlite_utils import Database

from db import corrections as fix
from db.errors import InvalidCorrection
from db.ingest import ingest_text, reanalyze
from db.queries import EventFilter, counts, get_article, list_events

from .conftest import add_article, build_analysis

DATED = ("ঢাকা, ১২ সেপ্টেম্বর – মন্ত্রী রফিকুল আলম মঙ্গলবার ঢাকায় বলেন, “কাজ সাত দিনে শেষ হবে।”\n"
         "প্রতিবেদনের ১৯৯৮ পৃষ্ঠায় বিস্তারিত আছে।\n"
         "আগামী ৫ অক্টোবর প্রকল্পের উদ্বোধন হবে বলে তিনি জানান।")


@pytest.fixture
def article(fresh_db: Database, analyser: Callable[..., None]) -> int:
    # the model reads মঙ্গলবার a day early, takes a page number for a year and misses ৫ অক্টোবর
    analyser(lambda text: build_analysis(
        text, entities={"রফিকুল আলম": ("PERSON", ["রফিকুল আলম"])},
        quotes=[("কাজ সাত দিনে শেষ হবে।", "direct", "রফিকুল আলম", "person")],
        dates=[("মঙ্গলবার", "2023-09-11", "day"), ("১৯৯৮", "1998", "year"), ("সাত দিনে", "P7D", "duration")]))
    return add_article(fresh_db, DATED)


def date_id(db: Database, text: str) -> int:
    return int(db.execute("SELECT id FROM events WHERE text = ?", (text,)).fetchone()[0])


def timeline(db: Database, article: int) -> list[tuple[str, str, str]]:
    return [(row["text"], row["value"], row["sentence"])
            for row in list_events(db, EventFilter(article_id=article)).rows]


def test_a_corrected_value_moves_the_event_on_the_timeline_and_survives_reanalysis(
    fresh_db: Database, article: int,
) -> None:
    fix.set_date_value(fresh_db, date_id(fresh_db, "মঙ্গলবার"), "২০২৩-০৯-১২", editor="রহিম")
    rows = list_events(fresh_db, EventFilter(article_id=article)).rows
    tuesday = next(r for r in rows if r["text"] == "মঙ্গলবার")
    assert (tuesday["value"], tuesday["granularity"], tuesday["date_start"], tuesday["date_end"]) == (
        "2023-09-12", "day", "2023-09-12", "2023-09-12")
    assert list_events(fresh_db, EventFilter(date_from="2023-09-11", date_to="2023-09-11")).total == 0
    reanalyze(fresh_db, outdated_only=False)
    assert ("মঙ্গলবার", "2023-09-12") in [(t, v) for t, v, _ in timeline(fresh_db, article)]
    audit = fix.list_corrections(fresh_db, article_id=article).rows[0]
    assert (audit["target"], audit["action"], audit["editor"]) == ("event", "set_value", "রহিম")


@pytest.mark.parametrize(("value", "granularity", "first", "last"), [
    ("2023-W37", "week", "2023-09-11", "2023-09-17"),
    ("2023-09", "month", "2023-09-01", "2023-09-30"),
    ("2023", "year", "2023-01-01", "2023-12-31"),
    ("2023-07/2024-06", "interval", "2023-07-01", "2024-06-30"),
])
def test_a_value_may_be_any_the_extractor_writes(fresh_db: Database, article: int, value: str, granularity: str,
                                                  first: str, last: str) -> None:
    fix.set_date_value(fresh_db, date_id(fresh_db, "মঙ্গলবার"), value)
    row = next(e for e in get_article(fresh_db, article)["events"] if e["text"] == "মঙ্গলবার")
    assert (row["value"], row["granularity"], row["date_start"], row["date_end"], row["is_event"]) == (
        value, granularity, first, last, 1)


@pytest.mark.parametrize("value", ["", "12 September", "2023-02-30", "2024-06/2023-07", "2023-W60"])
def test_a_value_that_is_not_a_date_is_refused(fresh_db: Database, article: int, value: str) -> None:
    with pytest.raises(InvalidCorrection, match="not a date"):
        fix.set_date_value(fresh_db, date_id(fresh_db, "মঙ্গলবার"), value)


@pytest.mark.parametrize(("value", "said"), [("12 সেপ্টেম্বর", "'12 সেপ্টেম্বর' is not a date"),
                                           ("", "An empty value is not a date")])
def test_the_refusal_quotes_the_value_as_the_editor_typed_it(fresh_db: Database, article: int, value: str,
                                                             said: str) -> None:
    with pytest.raises(InvalidCorrection) as refused:  # was "'12সেপ্টেম্বর' is not a date", "'an empty value' is …"
        fix.set_date_value(fresh_db, date_id(fresh_db, "মঙ্গলবার"), value)
    assert str(refused.value).startswith(said)


def test_a_duration_given_a_value_goes_on_the_timeline(fresh_db: Database, article: int) -> None:
    fix.set_date_value(fresh_db, date_id(fresh_db, "সাত দিনে"), "2023-09-19")
    assert ("সাত দিনে", "2023-09-19") in [(t, v) for t, v, _ in timeline(fresh_db, article)]


def test_a_corrected_description_is_what_the_timeline_says_happened(fresh_db: Database, article: int) -> None:
    event = date_id(fresh_db, "মঙ্গলবার")
    fix.set_date_summary(fresh_db, event, "রফিকুল আলম কাজ শেষের সময় জানান")
    assert ("মঙ্গলবার", "2023-09-11", "রফিকুল আলম কাজ শেষের সময় জানান") in timeline(fresh_db, article)
    reanalyze(fresh_db, outdated_only=False)
    assert ("মঙ্গলবার", "2023-09-11", "রফিকুল আলম কাজ শেষের সময় জানান") in timeline(fresh_db, article)
    fix.set_date_summary(fresh_db, date_id(fresh_db, "মঙ্গলবার"), "")  # back to the sentence
    sentence = next(s for t, _, s in timeline(fresh_db, article) if t == "মঙ্গলবার")
    assert sentence.startswith("ঢাকা, ১২ সেপ্টেম্বর")


def test_a_rejected_date_leaves_the_timeline_stays_listed_and_comes_back_on_undo(
    fresh_db: Database, article: int,
) -> None:
    before = counts(fresh_db)["events"]
    fix.reject_date(fresh_db, date_id(fresh_db, "১৯৯৮"))
    assert "১৯৯৮" not in [t for t, _, _ in timeline(fresh_db, article)]
    assert counts(fresh_db)["events"] == before - 1
    statuses = {e["text"]: e["status"] for e in get_article(fresh_db, article)["events"]}
    assert statuses["১৯৯৮"] == "rejected" and statuses["মঙ্গলবার"] == "active"
    reanalyze(fresh_db, outdated_only=False)
    assert "১৯৯৮" not in [t for t, _, _ in timeline(fresh_db, article)]
    with pytest.raises(InvalidCorrection, match="rejected already"):
        fix.reject_date(fresh_db, date_id(fresh_db, "১৯৯৮"))
    fix.undo_correction(fresh_db, fix.list_corrections(fresh_db, article_id=article).rows[0]["id"])
    assert "১৯৯৮" in [t for t, _, _ in timeline(fresh_db, article)]
    assert counts(fresh_db)["events"] == before


def test_a_missed_date_is_added_from_the_text_linked_and_kept(fresh_db: Database, article: int) -> None:
    rafiq = int(fresh_db.execute("SELECT id FROM entities WHERE name = 'রফিকুল আলম'").fetchone()[0])
    added = fix.add_date(fresh_db, article, "৫ অক্টোবর", "2023-10-05", editor="রহিম")
    row = next(e for e in get_article(fresh_db, article)["events"] if e["id"] == added)
    assert (row["text"], row["value"], row["granularity"], row["source"], row["is_event"]) == (
        "৫ অক্টোবর", "2023-10-05", "day", "editor", 1)
    assert row["sentence"].startswith("আগামী ৫ অক্টোবর")
    reanalyze(fresh_db, outdated_only=False)
    assert ("৫ অক্টোবর", "2023-10-05") in [(t, v) for t, v, _ in timeline(fresh_db, article)]
    with pytest.raises(InvalidCorrection, match="not in the article"):
        fix.add_date(fresh_db, article, "৬ অক্টোবর", "2023-10-06")
    with pytest.raises(InvalidCorrection, match="already"):
        fix.add_date(fresh_db, article, "মঙ্গলবার", "2023-09-12")
    fix.undo_correction(fresh_db, fix.list_corrections(fresh_db, article_id=article).rows[0]["id"])
    assert "৫ অক্টোবর" not in [t for t, _, _ in timeline(fresh_db, article)]
    assert all(e["text"] != "৫ অক্টোবর" for e in get_article(fresh_db, article)["events"])
    assert rafiq


def test_an_added_date_gets_the_entities_of_its_sentence(fresh_db: Database, analyser: Callable[..., None]) -> None:
    analyser(lambda text: build_analysis(text, entities={"রফিকুল আলম": ("PERSON", ["রফিকুল আলম"])}))
    article = add_article(fresh_db, "মন্ত্রী রফিকুল আলম ৫ অক্টোবর প্রকল্পের উদ্বোধন করবেন।")
    fix.add_date(fresh_db, article, "৫ অক্টোবর", "2023-10-05")
    rafiq = int(fresh_db.execute("SELECT id FROM entities WHERE name = 'রফিকুল আলম'").fetchone()[0])
    assert [r["text"] for r in list_events(fresh_db, EventFilter(entity_id=rafiq)).rows] == ["৫ অক্টোবর"]


def test_undoing_a_value_fix_gives_back_the_value_before_it_and_keeps_a_later_one(
    fresh_db: Database, article: int,
) -> None:
    event = date_id(fresh_db, "মঙ্গলবার")
    fix.set_date_value(fresh_db, event, "2023-09-12")
    fix.set_date_value(fresh_db, event, "2023-09")
    first, second = sorted(r["id"] for r in fix.list_corrections(fresh_db, article_id=article).rows)
    fix.undo_correction(fresh_db, first)  # the later fix still holds
    assert ("মঙ্গলবার", "2023-09") in [(t, v) for t, v, _ in timeline(fresh_db, article)]
    fix.undo_correction(fresh_db, second)
    assert ("মঙ্গলবার", "2023-09-11") in [(t, v) for t, v, _ in timeline(fresh_db, article)]
    reanalyze(fresh_db, outdated_only=False)
    assert ("মঙ্গলবার", "2023-09-11") in [(t, v) for t, v, _ in timeline(fresh_db, article)]


def test_a_reupload_keeps_the_date_corrections(fresh_db: Database, article: int) -> None:
    fix.set_date_value(fresh_db, date_id(fresh_db, "মঙ্গলবার"), "2023-09-12")
    assert ingest_text(fresh_db, DATED).status == "duplicate"
    assert ("মঙ্গলবার", "2023-09-12") in [(t, v) for t, v, _ in timeline(fresh_db, article)]


def test_undoing_a_value_fix_made_on_a_rejected_date_puts_it_back_on_the_timeline(
    fresh_db: Database, article: int,
) -> None:
    # reject, fix the value, undo the reject, undo the value fix: the model's date, on the timeline as it was
    tuesday = date_id(fresh_db, "মঙ্গলবার")
    fix.reject_date(fresh_db, tuesday, editor="রহিম")
    fix.set_date_value(fresh_db, tuesday, "2023-09-12", editor="রহিম")
    rejected, value_fix = (row["id"] for row in fix.list_corrections(fresh_db, article_id=article).rows[::-1])
    fix.undo_correction(fresh_db, rejected, editor="রহিম")
    fix.undo_correction(fresh_db, value_fix, editor="রহিম")
    assert ("মঙ্গলবার", "2023-09-11") in [(t, v) for t, v, _ in timeline(fresh_db, article)]


def test_a_second_editor_fixing_a_date_to_the_same_value_is_told_who_changed_it_meanwhile(
    fresh_db: Database, article: int,
) -> None:
    """Two editors had মঙ্গলবার open with the model's 2023-09-11 and both typed 2023-09-12: the second
    is refused, and told that another editor changed it meanwhile, who and when (as for an undo another
    editor made first), not only that the date "is 2023-09-12 already"."""
    tuesday = date_id(fresh_db, "মঙ্গলবার")
    fix.set_date_value(fresh_db, tuesday, "2023-09-12", editor="রহিম")
    when = fresh_db.execute("SELECT created_at FROM corrections ORDER BY id DESC LIMIT 1").fetchone()[0]
    with pytest.raises(InvalidCorrection) as refused:
        fix.set_date_value(fresh_db, tuesday, "2023-09-12", editor="করিম")
    message = str(refused.value)
    assert "another editor" in message and "রহিম" in message and when[:16].replace("T", " ") in message
    assert message.endswith("nothing was changed")
    fix.set_date_summary(fresh_db, tuesday, "মন্ত্রী কাজের সময় বললেন", editor="রহিম")
    with pytest.raises(InvalidCorrection, match="another editor.*রহিম"):
        fix.set_date_summary(fresh_db, tuesday, "মন্ত্রী কাজের সময় বললেন", editor="করিম")
    # the value the model gave, typed again: no one changed it, so no one is named
    with pytest.raises(InvalidCorrection) as same:
        fix.set_date_value(fresh_db, date_id(fresh_db, "১৯৯৮"), "1998", editor="করিম")
    assert "another editor" not in str(same.value)


def test_undoing_a_value_fix_after_a_reanalysis_gives_back_the_new_models_value(
    fresh_db: Database, article: int, analyser: Callable[..., None],
) -> None:
    """Fix মঙ্গলবার, re-analyse with an extractor that now reads it 2023-09-10, undo: the date is the
    current model's 2023-09-10, not the 2023-09-11 the fix replaced under the old extractor."""
    fix.set_date_value(fresh_db, date_id(fresh_db, "মঙ্গলবার"), "2023-09-12", editor="রহিম")
    fixed = fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0]
    analyser(lambda text: build_analysis(
        text, entities={"রফিকুল আলম": ("PERSON", ["রফিকুল আলম"])},
        quotes=[("কাজ সাত দিনে শেষ হবে।", "direct", "রফিকুল আলম", "person")],
        dates=[("মঙ্গলবার", "2023-09-10", "day"), ("১৯৯৮", None, "year"), ("সাত দিনে", "P7D", "duration")]))
    reanalyze(fresh_db, outdated_only=False)
    assert ("মঙ্গলবার", "2023-09-12") in [(t, v) for t, v, _ in timeline(fresh_db, article)]
    fix.undo_correction(fresh_db, fixed)
    assert ("মঙ্গলবার", "2023-09-10") in [(t, v) for t, v, _ in timeline(fresh_db, article)]


def test_undoing_a_reject_made_while_a_value_fix_was_in_force_keeps_a_duration_off_the_timeline(
    fresh_db: Database, article: int,
) -> None:
    """সাত দিনে (a duration, off the timeline) given a day, then removed; the day fix undone, then the
    removal: the model's duration is back, off the timeline. The reject had recorded the fixed date's
    place on the timeline, which its undo gave back."""
    week = date_id(fresh_db, "সাত দিনে")
    fix.set_date_value(fresh_db, week, "2023-09-19")
    valued = fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0]
    fix.reject_date(fresh_db, week)
    rejected = fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0]
    fix.undo_correction(fresh_db, valued)
    fix.undo_correction(fresh_db, rejected)
    assert fresh_db.execute("SELECT value, status, is_event FROM events WHERE id = ?", [week]).fetchone() == (
        "P7D", "active", 0)
    assert "সাত দিনে" not in [t for t, _, _ in timeline(fresh_db, article)]
