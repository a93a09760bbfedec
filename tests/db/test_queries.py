"""The dashboard's query functions on a small fixture archive."""
from __future__ import annotations

import pytest
from sqlite_utils import Database

from db import corrections as fix
from db.errors import ArticleNotFound, BadQuery, UnknownTable
from db.queries import (
    EventFilter,
    QuoteFilter,
    anonymous_share,
    cooccurring_entities,
    count_quotes,
    counts,
    cue_verbs,
    export_rows,
    get_article,
    get_entity,
    list_entities,
    list_events,
    list_quotes,
    outlets,
    quotes_over_time,
    quotes_per_speaker,
    recent_articles,
    search_speakers,
    speaker_card,
)
from db.search import ArticleFilter, search_articles

from .conftest import ARTICLE, add_article, build_analysis

SECOND = (
    "ঢাকা, ৩ অক্টোবর – দিমিত্রি পেসকভ আবার মুখ খুলেছেন।\n"
    "“আমরা প্রস্তুত,” দিমিত্রি পেসকভ মঙ্গলবার বলেন।\n"
    "নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা জানান, আলোচনা শিগগির হবে।"
)


@pytest.fixture
def archive(fresh_db: Database, analyser: object) -> dict[str, int]:
    first = add_article(fresh_db, outlet="বার্তা", published="2023-09-12")
    analyser(lambda text: build_analysis(
        text, entities={"দিমিত্রি পেসকভ": ("PERSON", ["দিমিত্রি পেসকভ"]), "ঢাকা": ("LOC", ["ঢাকা"])},
        quotes=[("আমরা প্রস্তুত,", "direct", "দিমিত্রি পেসকভ", "person"),
                ("আলোচনা শিগগির হবে", "indirect", "নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা", "anonymous")],
        dates=[("৩ অক্টোবর", "2023-10-03", "day"), ("মঙ্গলবার", "2023-10-03", "day")], published="2023-10-03"))
    second = add_article(fresh_db, SECOND, outlet="সংবাদ", published="2023-10-03")
    peskov = int(fresh_db.execute("SELECT id FROM entities WHERE name = 'দিমিত্রি পেসকভ'").fetchone()[0])
    return {"first": first, "second": second, "peskov": peskov}


def test_counts_outlets_recent(fresh_db: Database, archive: dict[str, int]) -> None:
    numbers = counts(fresh_db)
    assert numbers["articles"] == 2 and numbers["quotes"] == 4 and numbers["outlets"] == 2 and numbers["events"] == 4
    assert {o["outlet"] for o in outlets(fresh_db)} == {"বার্তা", "সংবাদ"}
    assert [r["id"] for r in recent_articles(fresh_db)] == [archive["second"], archive["first"]]


def test_get_article(fresh_db: Database, archive: dict[str, int]) -> None:
    article = get_article(fresh_db, archive["first"])
    assert article["body"] == ARTICLE
    assert {e["name"] for e in article["entities"]} >= {"কিম জং উন", "রাশিয়া"}
    kim = next(e for e in article["entities"] if e["name"] == "কিম জং উন")
    assert [m["text"] for m in kim["mentions"]] == ["কিম জং উন", "কিমের"]
    assert article["events"][0]["sentence"].startswith("মস্কো, ১২ সেপ্টেম্বর")
    with pytest.raises(ArticleNotFound):
        get_article(fresh_db, 999)


def test_articles_by_entity_and_speaker(fresh_db: Database, archive: dict[str, int]) -> None:
    by_entity = search_articles(fresh_db, None, where=ArticleFilter(entity_id=archive["peskov"]))
    assert by_entity.total == 2
    by_speaker = search_articles(fresh_db, "পেসকভ", where=ArticleFilter(speaker_id=archive["peskov"]))
    assert by_speaker.total == 2


def test_quotes_by_speaker_with_filters_and_search(fresh_db: Database, archive: dict[str, int]) -> None:
    peskov = archive["peskov"]
    page = list_quotes(fresh_db, QuoteFilter(entity_id=peskov))
    assert page.total == 2 and page.rows[0]["published"] == "2023-10-03"  # newest first
    assert list_quotes(fresh_db, QuoteFilter(entity_id=peskov, query="প্রস্তুত")).total == 1
    assert list_quotes(fresh_db, QuoteFilter(entity_id=peskov, outlet="বার্তা")).total == 1
    assert list_quotes(fresh_db, QuoteFilter(entity_id=peskov, date_from="2023-10-01")).total == 1
    assert list_quotes(fresh_db, QuoteFilter(kind="indirect")).total == 2
    assert list_quotes(fresh_db, QuoteFilter(source_type="anonymous")).total == 1
    assert list_quotes(fresh_db, QuoteFilter(query="পেসকভ")).total == 2  # speaker text is searchable
    assert len(list_quotes(fresh_db, limit=1, offset=1).rows) == 1
    with pytest.raises(BadQuery):
        list_quotes(fresh_db, QuoteFilter(query='"open'))


def quote_plans(db: Database, read: object) -> list[str]:
    """How SQLite reads `quotes q` in every statement `read()` runs (EXPLAIN QUERY PLAN)."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)  # the statements with their values filled in
    try:
        read()  # type: ignore[operator]
    finally:
        db.conn.set_trace_callback(None)
    return [row[3] for sql in statements if "FROM quotes q" in sql
            for row in db.conn.execute(f"EXPLAIN QUERY PLAN {sql}")
            if row[3].startswith(("SEARCH q ", "SCAN q ")) and "PRIMARY KEY" not in row[3]]  # not a page's rows by id


@pytest.mark.parametrize("read", [
    lambda db, speaker: speaker_card(db, entity_id=speaker),
    lambda db, speaker: list_quotes(db, QuoteFilter(entity_id=speaker, outlet="সংবাদ", kind="direct", query="প্রস্তুত")),
    lambda db, speaker: count_quotes(db, "source_type", QuoteFilter(entity_id=speaker)),
], ids=["card", "filtered list", "counts"])
def test_one_speakers_quotes_are_found_through_the_speaker_index(fresh_db: Database, archive: dict[str, int],
                                                                   read: object) -> None:
    # not by walking every quote in an index that spares a sort (quotes_by_outlet) or covers the query
    plans = quote_plans(fresh_db, lambda: read(fresh_db, archive["peskov"]))  # type: ignore[operator]
    assert plans and all("INDEX quotes_by_speaker (status=? AND speaker_entity_id=?)" in p for p in plans), plans


def _plans(db: Database, read: object) -> list[list[str]]:
    """Every statement `read()` runs on `quotes q`, as its EXPLAIN QUERY PLAN rows."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        read()  # type: ignore[operator]
    finally:
        db.conn.set_trace_callback(None)
    return [[row[3] for row in db.conn.execute(f"EXPLAIN QUERY PLAN {sql}")] for sql in statements if "FROM quotes q" in sql]


@pytest.mark.parametrize("read", [
    lambda db: speaker_card(db, speaker="বিশ্লেষকরা"),
    lambda db: list_quotes(db, QuoteFilter(speaker="বিশ্লেষকরা", kind="indirect", query="সফর")),
    lambda db: count_quotes(db, "outlet", QuoteFilter(speaker="বিশ্লেষকরা")),
], ids=["card", "filtered list", "counts"])
def test_a_phrases_quotes_are_found_through_the_phrase_and_speaker_indexes(fresh_db: Database, archive: dict[str, int],
                                                                          read: object) -> None:
    """বিশ্লেষকরা's quotes (no entity, or a rejected one) are looked up in quotes_by_phrase and
    quotes_by_speaker and read by rowid, not found by walking every active quote in some index."""
    plans = _plans(fresh_db, lambda: read(fresh_db))  # type: ignore[operator]
    assert plans
    for plan in plans:
        assert not [p for p in plan if p.startswith(("SEARCH q ", "SCAN q ")) and "PRIMARY KEY" not in p], plan
        assert any("INDEX quotes_by_phrase (status=? AND speaker=?)" in p for p in plan), plan
        assert any("INDEX quotes_by_speaker (status=? AND speaker_entity_id=?)" in p for p in plan), plan


def test_a_phrases_quotes_include_those_of_a_rejected_entity(fresh_db: Database, archive: dict[str, int]) -> None:
    """Rejecting the entity a quote was attributed to leaves the quote to its speaker phrase."""
    assert speaker_card(fresh_db, speaker="দিমিত্রি পেসকভ")["quotes"] == 0  # an entity's quotes are not a phrase's
    fix.reject_entity(fresh_db, archive["peskov"])
    card = speaker_card(fresh_db, speaker="দিমিত্রি পেসকভ")
    assert (card["quotes"], card["articles"]) == (2, 2)
    assert list_quotes(fresh_db, QuoteFilter(speaker="দিমিত্রি পেসকভ")).total == 2


def test_speaker_card_and_type_ahead(fresh_db: Database, archive: dict[str, int]) -> None:
    card = speaker_card(fresh_db, entity_id=archive["peskov"])
    assert (card["name"], card["quotes"], card["articles"], card["direct"]) == ("দিমিত্রি পেসকভ", 2, 2, 2)
    assert (card["first_quoted"], card["last_quoted"]) == ("2023-09-12", "2023-10-03")
    assert {o["value"] for o in card["outlets"]} == {"বার্তা", "সংবাদ"}
    suggestions = search_speakers(fresh_db, "পেস")
    assert suggestions[0]["entity_id"] == archive["peskov"] and suggestions[0]["quotes"] == 2
    phrases = search_speakers(fresh_db, "কর্মকর্তা")
    assert phrases == [{"entity_id": None, "name": "নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা", "type": None, "quotes": 1}]
    assert speaker_card(fresh_db, speaker="বিশ্লেষকরা")["quotes"] == 1


@pytest.mark.parametrize("typed", ["পেসকভের", "দিমিত্রি  পেসকভকে", "পেসকভ"])
def test_speaker_picker_finds_a_name_typed_with_a_case_ending(fresh_db: Database, archive: dict[str, int],
                                                              typed: str) -> None:
    assert [r["entity_id"] for r in search_speakers(fresh_db, typed)] == [archive["peskov"]]


def test_speaker_picker_finds_the_person_too_when_a_longer_name_holds_the_case_form(
        fresh_db: Database, archive: dict[str, int]) -> None:
    """A fact-checker typing ইউনূসের got only the junk row নোবেলজয়ী মুহাম্মদ ইউনূসের নেতৃত্বাধীন … (1 quote),
    never মুহাম্মদ ইউনূস (30): the stems were looked up only when the name as typed found nothing."""
    from db.registry import create_entity
    from db.store import write

    with write(fresh_db):
        office = create_entity(fresh_db, "পেসকভের দপ্তর", "ORG")
    anonymous = int(fresh_db.execute("SELECT id FROM quotes WHERE source_type = 'anonymous'").fetchone()[0])
    fix.set_quote_speaker(fresh_db, anonymous, entity_id=office)
    assert [r["entity_id"] for r in search_speakers(fresh_db, "পেসকভের")] == [archive["peskov"], office]


@pytest.mark.parametrize("typed", ["পেসকভের", "দিমিত্রি  পেসকভকে", "পেসকভ"])
def test_the_registry_finds_a_name_typed_with_a_case_ending(fresh_db: Database, archive: dict[str, int],
                                                            typed: str) -> None:
    """The Entities page's search and its merge picker: ইউনূসের found only a junk row holding the
    genitive (নোবেলজয়ী মুহাম্মদ ইউনূসের নেতৃত্বাধীন …), never মুহাম্মদ ইউনূস."""
    assert archive["peskov"] in [r["id"] for r in list_entities(fresh_db, text=typed).rows]


def test_attribution_aggregates(fresh_db: Database, archive: dict[str, int]) -> None:
    top = quotes_per_speaker(fresh_db, top=1)
    assert top[0]["speaker"] == "দিমিত্রি পেসকভ" and top[0]["quotes"] == 2
    assert {r["value"]: r["quotes"] for r in count_quotes(fresh_db, "kind")} == {"direct": 2, "indirect": 2}
    assert {r["value"]: r["quotes"] for r in count_quotes(fresh_db, "outlet")} == {"বার্তা": 2, "সংবাদ": 2}
    assert count_quotes(fresh_db, "framing")[0]["value"] == "neutral"
    assert [r["period"] for r in quotes_over_time(fresh_db)] == ["2023-09", "2023-10"]
    by_outlet = anonymous_share(fresh_db, "outlet")
    assert by_outlet.rows[0]["label"] == "সংবাদ" and by_outlet.rows[0]["share"] == 0.5
    by_article = anonymous_share(fresh_db, "article")
    assert by_article.rows[0]["key"] == archive["second"] and by_article.total == 2
    with pytest.raises(BadQuery):
        count_quotes(fresh_db, "colour")


def test_a_correction_changes_what_aggregates_show(fresh_db: Database, archive: dict[str, int]) -> None:
    anonymous = int(fresh_db.execute("SELECT id FROM quotes WHERE source_type = 'anonymous'").fetchone()[0])
    fix.reject_quote(fresh_db, anonymous)
    assert anonymous_share(fresh_db, "outlet").rows[0]["share"] == 0.0


def test_events_for_the_timeline(fresh_db: Database, archive: dict[str, int]) -> None:
    everything = list_events(fresh_db)  # ১২ সেপ্টেম্বর and মঙ্গলবার of the first sentence are one event
    assert everything.total == 4 and everything.rows[0]["value"] == "2019"
    assert list_events(fresh_db, EventFilter(date_from="2023-10-01")).total == 2
    assert list_events(fresh_db, EventFilter(date_from="2019-06-01", date_to="2019-06-30")).total == 1  # overlap
    assert list_events(fresh_db, EventFilter(article_id=archive["second"])).total == 2
    assert list_events(fresh_db, EventFilter(outlet="বার্তা")).total == 2
    assert list_events(fresh_db, EventFilter(entity_id=archive["peskov"])).total == 2
    assert list_events(fresh_db, EventFilter(speaker_id=archive["peskov"])).total == 1


def test_entity_registry_listing(fresh_db: Database, archive: dict[str, int]) -> None:
    page = list_entities(fresh_db, order="articles")
    assert page.rows[0]["name"] == "দিমিত্রি পেসকভ" and page.rows[0]["articles"] == 2
    assert list_entities(fresh_db, entity_type="LOC").total == 2
    assert list_entities(fresh_db, text="কিম").rows[0]["name"] == "কিম জং উন"
    assert get_entity(fresh_db, archive["peskov"])["quotes"] == 2
    together = {r["name"] for r in cooccurring_entities(fresh_db, archive["peskov"])}
    assert {"কিম জং উন", "ঢাকা"} <= together


def test_export_rows(fresh_db: Database, archive: dict[str, int]) -> None:
    assert len(list(export_rows(fresh_db, "quotes"))) == 4
    with pytest.raises(UnknownTable):
        list(export_rows(fresh_db, "sqlite_master"))


def test_latest_events_first_and_cue_verbs(fresh_db: Database, archive: dict[str, int]) -> None:
    latest = list_events(fresh_db, order="latest", limit=2)
    assert latest.total == 4 and [r["date_start"] for r in latest.rows] == ["2023-10-03", "2023-10-03"]
    assert list_events(fresh_db, order="latest").rows[-1]["value"] == "2019"
    with pytest.raises(BadQuery):
        list_events(fresh_db, order="random")
    cues = cue_verbs(fresh_db)
    assert cues == [{"cue": "বলেন", "framing": "neutral", "quotes": 4}]
    assert cue_verbs(fresh_db, QuoteFilter(outlet="বার্তা"))[0]["quotes"] == 2
    anonymous = int(fresh_db.execute("SELECT id FROM quotes WHERE source_type = 'anonymous'").fetchone()[0])
    fix.reject_quote(fresh_db, anonymous)
    assert cue_verbs(fresh_db)[0]["quotes"] == 3


FOLDED = (
    "সরকার মঙ্গলবার (৩০ ডিসেম্বর) এক বিজ্ঞপ্তিতে এ তথ্য জানায়।\n"
    "২০০২ সালের ১৬ই ডিসেম্বর, বিজয় দিবসে তিনি দেশে ফেরেন; সেদিন থেকেই তিনি রাজনীতিতে।\n"
    "আজ আবার বৈঠক হবে।"
)


def test_one_phrase_is_one_event(fresh_db: Database, analyser: object) -> None:
    """The grammar gives "মঙ্গলবার" and "৩০ ডিসেম্বর" of "মঙ্গলবার (৩০ ডিসেম্বর)" as two expressions
    of one day and one sentence (the gold lists both); the timeline shows them as one event that
    says both, and counts it once. The same day in another sentence is another event."""
    analyser(lambda text: build_analysis(text, dates=[
        ("মঙ্গলবার", "2025-12-30", "day"), ("৩০ ডিসেম্বর", "2025-12-30", "day"),
        ("২০০২ সালের ১৬ই ডিসেম্বর", "2002-12-16", "day"), ("বিজয় দিবসে", "2002-12-16", "day"),
        ("সেদিন", "2002-12-16", "day"), ("আজ", "2025-12-30", "day")], published="2025-12-30"))
    article = add_article(fresh_db, FOLDED, published="2025-12-30")
    page = list_events(fresh_db)
    assert page.total == 3 and counts(fresh_db)["events"] == 3
    assert [r["text"] for r in page.rows] == [
        "২০০২ সালের ১৬ই ডিসেম্বর, বিজয় দিবসে … সেদিন", "মঙ্গলবার (৩০ ডিসেম্বর)", "আজ"]
    second = list_events(fresh_db, EventFilter(article_id=article), limit=1, offset=1)
    assert second.total == 3 and second.rows[0]["text"] == "মঙ্গলবার (৩০ ডিসেম্বর)"


def _confidence(db: Database, text: str, value: float) -> int:
    db.execute("UPDATE quotes SET confidence = ? WHERE text = ?", [value, text])
    return int(db.execute("SELECT id FROM quotes WHERE text = ?", [text]).fetchone()[0])


def test_the_least_sure_quotes_come_first_and_can_be_listed_alone(fresh_db: Database, archive: dict[str, int]) -> None:
    _confidence(fresh_db, "আলোচনা শিগগির হবে", 0.3)
    _confidence(fresh_db, "আমরা প্রস্তুত,", 0.55)
    _confidence(fresh_db, "আলোচনা ফলপ্রসূ হয়েছে,", 0.69)  # just under UNSURE_BELOW
    texts = [r["text"] for r in list_quotes(fresh_db, order="least_sure").rows]
    assert texts == ["আলোচনা শিগগির হবে", "আমরা প্রস্তুত,", "আলোচনা ফলপ্রসূ হয়েছে,",
                     "এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে"]
    assert [r["text"] for r in list_quotes(fresh_db).rows][0] == "আমরা প্রস্তুত,"  # the default order is unchanged
    only = list_quotes(fresh_db, QuoteFilter(unsure=True), order="least_sure", limit=2, offset=2)
    assert only.total == 3 and [r["text"] for r in only.rows] == ["আলোচনা ফলপ্রসূ হয়েছে,"]  # paged with the filter
    assert all(r["unsure"] and not r["confirmed"] for r in only.rows)
    assert list_quotes(fresh_db, QuoteFilter(unsure=True, kind="indirect")).total == 1
    assert {q["text"]: q["unsure"] for q in get_article(fresh_db, archive["second"])["quotes"]} == {
        "আমরা প্রস্তুত,": 1, "আলোচনা শিগগির হবে": 1}
    with pytest.raises(BadQuery, match="newest, least_sure"):
        list_quotes(fresh_db, order="confidence")


def test_a_quote_an_editor_fixed_or_added_is_not_unsure(fresh_db: Database, archive: dict[str, int]) -> None:
    fixed = _confidence(fresh_db, "আলোচনা শিগগির হবে", 0.3)
    worded = _confidence(fresh_db, "আমরা প্রস্তুত,", 0.4)
    fix.set_quote_speaker(fresh_db, fixed, speaker="এক কর্মকর্তা")
    assert [r["id"] for r in list_quotes(fresh_db, QuoteFilter(unsure=True)).rows] == [worded]
    last = list_quotes(fresh_db, order="least_sure").rows[-1]
    assert (last["id"], last["confirmed"], last["unsure"]) == (fixed, 1, 0)  # confirmed: checked last
    fix.undo_correction(fresh_db, int(fresh_db.execute("SELECT max(id) FROM corrections").fetchone()[0]))
    assert list_quotes(fresh_db, QuoteFilter(unsure=True)).total == 2  # the model's speaker again: unsure again
    fix.set_quote_text(fresh_db, worded, "আমরা প্রস্তুত")
    fix.add_quote(fresh_db, archive["second"], "আবার মুখ খুলেছেন", kind="indirect", speaker="দিমিত্রি পেসকভ")
    fresh_db.execute("UPDATE quotes SET confidence = 0.1 WHERE source = 'editor'")  # a hand-added quote stays confirmed
    rows = {r["text"]: (r["confirmed"], r["unsure"]) for r in list_quotes(fresh_db).rows}
    assert rows["আমরা প্রস্তুত"] == (1, 0) and rows["আবার মুখ খুলেছেন"] == (1, 0)
    assert rows["আলোচনা শিগগির হবে"] == (0, 1)
