"""Editor decisions take effect at once, are audited, and win after re-analysis."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlite_utils import Database

from db import corrections as fix
from db.errors import InvalidCorrection
from db.ingest import reanalyze
from db.queries import QuoteFilter, get_article, list_quotes, speaker_card

from .conftest import ARTICLE, add_article, build_analysis, sample_analysis


def entity_id(db: Database, name: str) -> int:
    return int(db.execute("SELECT id FROM entities WHERE name = ?", (name,)).fetchone()[0])


def quote_id(db: Database, words: str) -> int:
    return int(db.execute("SELECT id FROM quotes WHERE text LIKE ?", (f"%{words}%",)).fetchone()[0])


def active_names(db: Database, article_id: int) -> set[str]:
    return {e["name"] for e in get_article(db, article_id)["entities"] if e["status"] == "active"}


@pytest.fixture
def article(fresh_db: Database, analyser: object) -> int:
    return add_article(fresh_db)


def test_rename_survives_reanalysis(fresh_db: Database, article: int) -> None:
    pid = entity_id(fresh_db, "ভ্লাদিমির পুতিন")
    fix.rename_entity(fresh_db, pid, "ভ্লাদিমির ভ্লাদিমিরোভিচ পুতিন", editor="rima")
    reanalyze(fresh_db, outdated_only=False)
    assert "ভ্লাদিমির ভ্লাদিমিরোভিচ পুতিন" in active_names(fresh_db, article)
    assert "ভ্লাদিমির পুতিন" not in active_names(fresh_db, article)
    audit = fresh_db.execute("SELECT target, action, editor, before, after FROM corrections").fetchone()
    assert audit[:3] == ("entity", "rename", "rima") and "ভ্লাদিমির পুতিন" in audit[3]


def test_rename_to_an_existing_name_asks_for_a_merge(fresh_db: Database, article: int) -> None:
    with pytest.raises(InvalidCorrection, match="merge"):
        fix.rename_entity(fresh_db, entity_id(fresh_db, "ক্রেমলিন"), "রাশিয়া")


def test_retype_survives_reanalysis(fresh_db: Database, article: int) -> None:
    fix.retype_entity(fresh_db, entity_id(fresh_db, "ক্রেমলিন"), "LOC")
    reanalyze(fresh_db, outdated_only=False)
    types = {e["name"]: e["type"] for e in get_article(fresh_db, article)["entities"]}
    assert types["ক্রেমলিন"] == "LOC"
    with pytest.raises(InvalidCorrection):
        fix.retype_entity(fresh_db, entity_id(fresh_db, "ক্রেমলিন"), "THING")


def test_merge_moves_mentions_and_quotes_and_survives(fresh_db: Database, article: int,
                                                      analyser: Callable[..., None]) -> None:
    # a second article where the model calls him only পেসকভ
    second = ARTICLE.replace("দিমিত্রি পেসকভ", "পেসকভ")
    analyser(lambda text: build_analysis(text, entities={"পেসকভ": ("PERSON", ["পেসকভ"])},
                                         quotes=[("আলোচনা ফলপ্রসূ হয়েছে,", "direct", "পেসকভ", "person")])
             if "দিমিত্রি" not in text else sample_analysis(text))
    other = add_article(fresh_db, second)
    short, full = entity_id(fresh_db, "পেসকভ"), entity_id(fresh_db, "দিমিত্রি পেসকভ")
    fix.merge_entities(fresh_db, short, full)
    assert list_quotes(fresh_db, QuoteFilter(entity_id=full)).total == 2
    assert list_quotes(fresh_db, QuoteFilter(entity_id=short)).total == 2  # the old id follows the merge
    reanalyze(fresh_db, outdated_only=False)
    assert "দিমিত্রি পেসকভ" in active_names(fresh_db, other)
    assert speaker_card(fresh_db, entity_id=full)["quotes"] == 2
    assert "পেসকভ" in speaker_card(fresh_db, entity_id=full)["aliases"]
    with pytest.raises(InvalidCorrection):
        fix.merge_entities(fresh_db, full, full)


def test_registry_reject_survives_reanalysis(fresh_db: Database, article: int) -> None:
    fix.reject_entity(fresh_db, entity_id(fresh_db, "ক্রেমলিন"))
    reanalyze(fresh_db, outdated_only=False)
    assert "ক্রেমলিন" not in active_names(fresh_db, article)
    fix.restore_entity(fresh_db, entity_id(fresh_db, "ক্রেমলিন"))
    assert "ক্রেমলিন" in active_names(fresh_db, article)


def test_article_level_reject_survives_reanalysis_and_can_be_undone(fresh_db: Database, article: int) -> None:
    kim = entity_id(fresh_db, "কিম জং উন")
    fix.reject_entity(fresh_db, kim, article_id=article)
    assert "কিম জং উন" not in active_names(fresh_db, article)
    reanalyze(fresh_db, outdated_only=False)
    assert "কিম জং উন" not in active_names(fresh_db, article)
    correction = fresh_db.execute("SELECT id FROM corrections WHERE action = 'reject'").fetchone()[0]
    fix.undo_correction(fresh_db, correction)
    assert "কিম জং উন" in active_names(fresh_db, article)
    reanalyze(fresh_db, outdated_only=False)
    assert "কিম জং উন" in active_names(fresh_db, article)


def test_rejected_quote_stays_rejected(fresh_db: Database, article: int) -> None:
    fix.reject_quote(fresh_db, quote_id(fresh_db, "ফলপ্রসূ"))
    reanalyze(fresh_db, outdated_only=False)
    assert list_quotes(fresh_db, QuoteFilter(article_id=article)).total == 1
    statuses = {q["text"]: q["status"] for q in get_article(fresh_db, article)["quotes"]}
    assert statuses["আলোচনা ফলপ্রসূ হয়েছে,"] == "rejected"


def test_fixed_speaker_survives_reanalysis(fresh_db: Database, article: int) -> None:
    putin = entity_id(fresh_db, "ভ্লাদিমির পুতিন")
    fix.set_quote_speaker(fresh_db, quote_id(fresh_db, "ফলপ্রসূ"), entity_id=putin)
    reanalyze(fresh_db, outdated_only=False)
    rows = list_quotes(fresh_db, QuoteFilter(entity_id=putin)).rows
    assert [r["text"] for r in rows] == ["আলোচনা ফলপ্রসূ হয়েছে,"]
    assert rows[0]["speaker"] == "ভ্লাদিমির পুতিন" and rows[0]["source_type"] == "person"
    fix.set_quote_speaker(fresh_db, quote_id(fresh_db, "মোড়"), speaker="পশ্চিমা বিশ্লেষকরা", source_type="group")
    reanalyze(fresh_db, outdated_only=False)
    assert list_quotes(fresh_db, QuoteFilter(speaker="পশ্চিমা বিশ্লেষকরা")).total == 1


def test_added_quote_and_entity_survive_reanalysis(fresh_db: Database, article: int) -> None:
    putin = entity_id(fresh_db, "ভ্লাদিমির পুতিন")
    qid = fix.add_quote(fresh_db, article, "এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে", kind="indirect", entity_id=putin)
    added = fix.add_entity(fresh_db, article, "মস্কো", "LOC")
    reanalyze(fresh_db, outdated_only=False)
    assert "মস্কো" in active_names(fresh_db, article)
    entity = next(e for e in get_article(fresh_db, article)["entities"] if e["entity_id"] == added)
    assert entity["mentions"][0]["text"] == "মস্কো" and entity["source"] == "editor"
    assert list_quotes(fresh_db, QuoteFilter(entity_id=putin)).total == 1
    assert qid
    with pytest.raises(InvalidCorrection, match="not in the article"):
        fix.add_quote(fresh_db, article, "এই কথা কেউ বলেনি")


def test_article_status_is_audited_and_kept(fresh_db: Database, article: int) -> None:
    fix.set_article_status(fresh_db, article, "approved", editor="rima")
    reanalyze(fresh_db, outdated_only=False)
    assert get_article(fresh_db, article)["status"] == "approved"
    assert fix.list_corrections(fresh_db, article_id=article).rows[0]["action"] == "set_status"
    with pytest.raises(InvalidCorrection):
        fix.set_article_status(fresh_db, article, "published")


def test_outdated_reanalysis_only_touches_old_versions(fresh_db: Database, article: int) -> None:
    assert reanalyze(fresh_db) == 0
    fresh_db.execute("UPDATE articles SET extractor_version = 'old'")
    assert reanalyze(fresh_db) == 1
    assert reanalyze(fresh_db) == 0


def test_an_entitys_history_shows_what_was_merged_into_it(fresh_db: Database, article: int) -> None:
    putin, kim = entity_id(fresh_db, "ভ্লাদিমির পুতিন"), entity_id(fresh_db, "কিম জং উন")
    fix.rename_entity(fresh_db, kim, "কিম জং-উন", editor="rima")
    fix.merge_entities(fresh_db, kim, putin, editor="rima")  # a wrong merge, but it must show
    history = fix.list_corrections(fresh_db, entity_id=putin).rows
    assert [(r["action"], r["entity_id"]) for r in history] == [("merge", kim), ("rename", kim)]
    assert fix.list_corrections(fresh_db, entity_id=kim).total == 2  # the merged one keeps its own trail


def test_reanalysis_counts_only_the_articles_it_could_analyse(fresh_db: Database, article: int,
                                                              analyser: Callable[..., None]) -> None:
    from db.errors import AnalysisFailed
    from db.ingest import reanalyze_article

    def broken(text: str) -> object:
        raise RuntimeError("model exploded")

    analyser(broken)
    failures: list[tuple[int, str]] = []
    assert reanalyze(fresh_db, outdated_only=False, on_failure=lambda *f: failures.append(f)) == 0
    assert failures == [(article, "RuntimeError: model exploded")]
    assert "কিম জং উন" in active_names(fresh_db, article)  # the previous result is kept
    with pytest.raises(AnalysisFailed, match="model exploded"):
        reanalyze_article(fresh_db, article)


def test_undoing_a_speaker_fix_restores_the_models_speaker_at_once(fresh_db: Database, article: int) -> None:
    quote = quote_id(fresh_db, "মোড়")
    model = fresh_db.execute("SELECT speaker, speaker_entity_id, source_type FROM quotes WHERE id = ?", [quote]).fetchone()
    putin = entity_id(fresh_db, "ভ্লাদিমির পুতিন")
    fix.set_quote_speaker(fresh_db, quote, entity_id=putin)
    fix.set_quote_speaker(fresh_db, quote, speaker="পশ্চিমা বিশ্লেষকরা", source_type="group")
    first, second = [r[0] for r in fresh_db.execute("SELECT id FROM corrections ORDER BY id")]

    def now_said() -> tuple[object, ...]:
        return tuple(fresh_db.execute("SELECT speaker, speaker_entity_id, source_type FROM quotes WHERE id = ?",
                                      [quote]).fetchone())

    fix.undo_correction(fresh_db, second)  # the fix still in force wins over the model
    assert now_said() == ("ভ্লাদিমির পুতিন", putin, "person")
    fix.undo_correction(fresh_db, first)
    assert now_said() == tuple(model)
    reanalyze(fresh_db, outdated_only=False)
    assert now_said() == tuple(model)


def test_a_speaker_fixed_before_a_reanalysis_comes_back_with_the_next_one(fresh_db: Database, article: int) -> None:
    """Re-analysis writes the fix over the model's speaker again, so what it replaced is no longer known."""
    quote = quote_id(fresh_db, "মোড়")
    key = fresh_db.execute("SELECT quote_key FROM quotes WHERE id = ?", [quote]).fetchone()[0]
    fix.set_quote_speaker(fresh_db, quote, speaker="পশ্চিমা বিশ্লেষকরা")
    assert fix.model_speaker(fresh_db, article, key) is not None
    fresh_db.execute("UPDATE corrections SET created_at = '2000-01-01T00:00:00+00:00'")  # made before the analysis
    assert fix.model_speaker(fresh_db, article, key) is None


def test_a_speaker_fix_undone_before_a_reanalysis_does_not_hide_the_models_speaker(fresh_db: Database, article: int) -> None:
    """Fix, undo, re-analyse, fix again, undo: the second fix replaced the model's speaker (the first
    was withdrawn before the analysis, which therefore did not apply it), so its undo gives that back.
    The first fix of the quote, made before the analysis, had hidden it (seen in the browser: the
    quote kept the editor's ক্রেমলিন after both undos)."""
    quote = quote_id(fresh_db, "মোড়")
    key = fresh_db.execute("SELECT quote_key FROM quotes WHERE id = ?", [quote]).fetchone()[0]
    model = fresh_db.execute("SELECT speaker, speaker_entity_id, source_type FROM quotes WHERE id = ?", [quote]).fetchone()
    fix.set_quote_speaker(fresh_db, quote, speaker="পশ্চিমা বিশ্লেষকরা")
    fix.undo_correction(fresh_db, fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0])
    fresh_db.execute("UPDATE corrections SET created_at = '2000-01-01T00:00:00+00:00'")  # both before the analysis
    second = fix.set_quote_speaker(fresh_db, quote_id(fresh_db, "মোড়"), entity_id=entity_id(fresh_db, "ক্রেমলিন"))
    assert second is None  # (set_quote_speaker returns nothing)
    assert fix.model_speaker(fresh_db, article, key) is not None
    fix.undo_correction(fresh_db, fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0])
    assert fresh_db.execute("SELECT speaker, speaker_entity_id, source_type FROM quotes WHERE quote_key = ?",
                            [key]).fetchone() == tuple(model)


def test_a_speaker_fix_in_force_at_the_analysis_still_hides_the_models_speaker(fresh_db: Database, article: int) -> None:
    """A fix made before the analysis and undone only after it was applied again by the analysis: a
    later fix replaced that fix, not the model, so the model's speaker is not known."""
    quote = quote_id(fresh_db, "মোড়")
    key = fresh_db.execute("SELECT quote_key FROM quotes WHERE id = ?", [quote]).fetchone()[0]
    fix.set_quote_speaker(fresh_db, quote, speaker="পশ্চিমা বিশ্লেষকরা")
    fresh_db.execute("UPDATE corrections SET created_at = '2000-01-01T00:00:00+00:00'")  # before the analysis
    first = fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0]
    fix.set_quote_speaker(fresh_db, quote, entity_id=entity_id(fresh_db, "ক্রেমলিন"))
    fix.undo_correction(fresh_db, first)  # undone after the analysis
    assert fix.model_speaker(fresh_db, article, key) is None


def test_an_added_entity_is_not_mentioned_in_a_pages_repeated_copy(fresh_db: Database, analyser: object) -> None:
    """A BBC page printed twice: the name the editor adds is mentioned once, in the copy the analysis
    reads (`core.text.repeated_copies`), as the model's own entities are."""
    paragraph = "নারায়ণগঞ্জ শহরে আজ সকালে নতুন সেতুর উদ্বোধন হয়েছে বলে জানিয়েছে স্থানীয় প্রশাসন। "
    body = paragraph + paragraph + "নারায়ণগঞ্জ থেকে আরও খবর আসছে।"
    article = add_article(fresh_db, body)
    added = fix.add_entity(fresh_db, article, "নারায়ণগঞ্জ", "LOC")
    entity = next(e for e in get_article(fresh_db, article)["entities"] if e["entity_id"] == added)
    assert [m["start"] for m in entity["mentions"]] == [0, body.rindex("নারায়ণগঞ্জ")]


def test_a_correction_no_longer_in_force_cannot_be_undone_again(fresh_db: Database, article: int) -> None:
    """Two editors undo the same correction: the second is refused, says who undid it and when, and
    writes nothing (no second undo row in the history)."""
    fix.reject_quote(fresh_db, quote_id(fresh_db, "ফলপ্রসূ"), editor="rima")
    correction = fresh_db.execute("SELECT id FROM corrections").fetchone()[0]
    fix.undo_correction(fresh_db, correction, editor="রহিম")
    undo, when = fresh_db.execute("SELECT id, created_at FROM corrections WHERE action = 'undo'").fetchone()
    with pytest.raises(InvalidCorrection, match=f"#{correction} was already undone by রহিম at {when[:16].replace('T', ' ')}"):
        fix.undo_correction(fresh_db, correction, editor="karim")
    with pytest.raises(InvalidCorrection, match="is itself an undo"):
        fix.undo_correction(fresh_db, undo, editor="karim")
    assert fresh_db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 2


def test_restoring_an_entity_that_is_not_rejected_is_refused(fresh_db: Database, article: int) -> None:
    kremlin = entity_id(fresh_db, "ক্রেমলিন")
    fix.reject_entity(fresh_db, kremlin, editor="rima")
    fix.restore_entity(fresh_db, kremlin, editor="রহিম")
    with pytest.raises(InvalidCorrection, match="not rejected"):
        fix.restore_entity(fresh_db, kremlin, editor="karim")
    assert fresh_db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 2


def test_a_fixed_speaker_does_not_inherit_the_replaced_speakers_role(fresh_db: Database,
                                                                     analyser: Callable[..., None]) -> None:
    """The role and affiliation the model gave describe the speaker it found: fixed to someone else, the
    quote no longer says the new speaker is the Kremlin's spokesman (his quote list showed that role)."""
    def with_role(text: str) -> object:
        found = sample_analysis(text)
        quotes = tuple(replace(q, role="মুখপাত্র", affiliation="ক্রেমলিন") if q.speaker == "দিমিত্রি পেসকভ" else q
                       for q in found.quotes)
        return replace(found, quotes=quotes)

    analyser(with_role)
    article = add_article(fresh_db)
    quote, putin = quote_id(fresh_db, "ফলপ্রসূ"), entity_id(fresh_db, "ভ্লাদিমির পুতিন")

    def role() -> tuple[object, ...]:
        return tuple(fresh_db.execute("SELECT role, affiliation FROM quotes WHERE id = ?", [quote]).fetchone())

    peskov = entity_id(fresh_db, "দিমিত্রি পেসকভ")
    fix.set_quote_speaker(fresh_db, quote, entity_id=peskov, source_type="person")
    assert role() == ("মুখপাত্র", "ক্রেমলিন")  # the same speaker: his role stays
    fix.set_quote_speaker(fresh_db, quote, entity_id=putin)
    assert role() == (None, None)
    assert speaker_card(fresh_db, entity_id=putin)["roles"] == []
    fix.undo_correction(fresh_db, fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0])
    assert role() == ("মুখপাত্র", "ক্রেমলিন")  # the model's speaker back, with its words about him
    fix.set_quote_speaker(fresh_db, quote, entity_id=putin)
    reanalyze(fresh_db, outdated_only=False)
    assert role() == (None, None)
    assert list_quotes(fresh_db, QuoteFilter(article_id=article, entity_id=putin)).total == 1


DATED = ("ঢাকা, ১২ সেপ্টেম্বর – মন্ত্রী রফিকুল আলম মঙ্গলবার ঢাকায় বলেন, “কাজ সাত দিনে শেষ হবে।”\n"
         "সভায় সচিব নাসির উদ্দিন উপস্থিত ছিলেন।")


def _timeline(db: Database, **where: int) -> list[tuple[list[str], list[str]]]:
    from db.queries import EventFilter, list_events
    return [(sorted(row["entities"]), row["speakers"]) for row in list_events(db, EventFilter(**where)).rows]


def test_the_timeline_follows_speaker_fixes_rejections_and_their_undo(fresh_db: Database,
                                                                     analyser: Callable[..., None]) -> None:
    """The Timeline's speaker and entity filters (and the names its lanes and CSV show) say who
    speaks and who is named in an event's sentence: after an editor's fix, not the model's guess."""
    analyser(lambda text: build_analysis(
        text, entities={"রফিকুল আলম": ("PERSON", ["রফিকুল আলম"]), "নাসির উদ্দিন": ("PERSON", ["নাসির উদ্দিন"]),
                        "ঢাকা": ("LOC", ["ঢাকা", "ঢাকায়"])},
        quotes=[("কাজ সাত দিনে শেষ হবে।", "direct", "রফিকুল আলম", "person")],
        dates=[("মঙ্গলবার", "2023-09-12", "day")]))
    article = add_article(fresh_db, DATED)
    rafiq, nasir, dhaka = (entity_id(fresh_db, n) for n in ("রফিকুল আলম", "নাসির উদ্দিন", "ঢাকা"))
    assert _timeline(fresh_db, speaker_id=rafiq) == [(["ঢাকা", "রফিকুল আলম"], ["রফিকুল আলম"])]
    quote = quote_id(fresh_db, "সাত দিনে")

    fix.set_quote_speaker(fresh_db, quote, entity_id=nasir)
    assert _timeline(fresh_db, speaker_id=rafiq) == []
    assert [speakers for _, speakers in _timeline(fresh_db, speaker_id=nasir)] == [["নাসির উদ্দিন"]]
    fix.reject_entity(fresh_db, dhaka, article_id=article)
    assert _timeline(fresh_db, entity_id=dhaka) == []
    assert all("ঢাকা" not in names for names, _ in _timeline(fresh_db, article_id=article))

    reanalyze(fresh_db, outdated_only=False)
    assert _timeline(fresh_db, speaker_id=rafiq) == [] and _timeline(fresh_db, entity_id=dhaka) == []
    assert [speakers for _, speakers in _timeline(fresh_db, speaker_id=nasir)] == [["নাসির উদ্দিন"]]

    fix.reject_quote(fresh_db, quote)
    assert _timeline(fresh_db, speaker_id=nasir) == []
    assert _timeline(fresh_db, article_id=article)[0][1] == []

    for (correction,) in fresh_db.execute("SELECT id FROM corrections WHERE active = 1 ORDER BY id DESC").fetchall():
        fix.undo_correction(fresh_db, correction)
    assert _timeline(fresh_db, speaker_id=rafiq) == [(["ঢাকা", "রফিকুল আলম"], ["রফিকুল আলম"])]
    assert _timeline(fresh_db, entity_id=dhaka) != [] and _timeline(fresh_db, speaker_id=nasir) == []


def test_the_timeline_names_follow_a_rename_and_a_merge(fresh_db: Database, article: int) -> None:
    """The Timeline's lanes and CSV name an event's entities and speakers: after the editor merged
    কিম জং উন into the spelling the desk keeps and renamed পুতিন, not the names the model wrote."""
    from db.registry import create_entity
    from db.store import write

    with write(fresh_db):
        kept = create_entity(fresh_db, "কিম জং-উন", "PERSON")
    fix.merge_entities(fresh_db, entity_id(fresh_db, "কিম জং উন"), kept)
    fix.rename_entity(fresh_db, entity_id(fresh_db, "ভ্লাদিমির পুতিন"), "ভ. পুতিন")
    named = {name for names, _ in _timeline(fresh_db, article_id=article) for name in names}
    assert named == {"ভ. পুতিন", "কিম জং-উন", "রাশিয়া"}
    assert _timeline(fresh_db, entity_id=kept) != []
