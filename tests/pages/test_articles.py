"""Articles page: the search table (filters, paging, opening a row), the review view by deep link,
corrections made through the page, and hostile articles shown as text."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import db.ingest
from db import queries
from db.analysis import quote_key
from db.queries import QuoteFilter
from db.store import open_db, write
from tests.db.conftest import DATES, ENTITIES, QUOTES, build_analysis
from tests.pages.editors import second_editor

from .review_archive import make_archive

ARTICLES = "pages/3_Articles.py"


@pytest.fixture
def ids(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    return make_archive(db_file, monkeypatch)


def open_page(app: AppTest, article: int | None = None) -> AppTest:
    app.run()
    if article is not None:
        app.query_params["article"] = str(article)
    app.switch_page(ARTICLES).run()
    assert not app.exception
    return app


def article_html(app: AppTest) -> str:
    return "".join(h.proto.body for h in app.get("html"))


def query(db_file: Path, func: object, *args: object, **kwargs: object) -> object:
    db = open_db(db_file)
    try:
        return func(db, *args, **kwargs)  # type: ignore[operator]
    finally:
        db.close()


def test_empty_archive_points_to_upload(app: AppTest) -> None:
    open_page(app)
    assert "No articles yet" in app.info[0].value
    assert not app.dataframe


def test_table_with_filters_and_search(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app)
    assert {"articles_query", "articles_filter_entity_text", "articles_filter_speaker_text"} <= {t.key for t in app.text_input}
    assert {"articles_outlet", "articles_status"} <= {s.key for s in app.selectbox}
    assert app.date_input(key="articles_dates") is not None and app.radio(key="articles_order") is not None
    assert app.dataframe[0].value["id"].tolist() == [ids["hostile"], ids["second"], ids["first"]]

    app.text_input(key="articles_query").input("রাশিয়া").run()  # finds রাশিয়ার too
    assert not app.exception and app.caption[0].value.startswith("2 articles")
    assert "«" in app.dataframe[0].value["match"][0]
    app.selectbox(key="articles_outlet").select("সংবাদ").run()
    assert app.dataframe[0].value["id"].tolist() == [ids["second"]]
    app.selectbox(key="articles_outlet").select(None).run()

    app.text_input(key="articles_filter_speaker_text").input("পেসকভ").run()  # type-ahead: speakers
    assert app.selectbox(key="articles_filter_speaker_match").value == ids["peskov"]
    assert sorted(app.dataframe[0].value["id"].tolist()) == [ids["first"], ids["second"]]
    app.text_input(key="articles_filter_entity_text").input("ঢাকা").run()  # and mentions ঢাকা
    assert app.dataframe[0].value["id"].tolist() == [ids["second"]]

    app.text_input(key="articles_query").input('"unbalanced').run()
    assert not app.exception and "unbalanced" in app.error[0].value


def test_status_and_date_filters_and_paging(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    from datetime import date

    from db.corrections import set_article_status

    query(db_file, set_article_status, ids["first"], "approved")
    open_page(app)
    app.selectbox(key="articles_status").select("approved").run()
    assert app.dataframe[0].value["id"].tolist() == [ids["first"]]
    app.selectbox(key="articles_status").select(None).run()
    app.date_input(key="articles_dates").set_value((date(2023, 10, 1), date(2024, 12, 31))).run()
    assert sorted(app.dataframe[0].value["id"].tolist()) == [ids["second"], ids["hostile"]]
    assert not app.number_input  # one page only: no pager


def test_pages_come_from_sql_and_a_new_filter_starts_at_page_one(app: AppTest, ids: dict[str, int],
                                                                  db_file: Path) -> None:
    from db.ingest import ingest_text

    db = open_db(db_file)
    for n in range(25):
        ingest_text(db, f"খবর নম্বর {n}: নদীপুরে বৃষ্টি।", outlet="নদীপুর বার্তা")
    db.close()
    open_page(app)
    assert len(app.dataframe[0].value) == 25 and app.number_input(key="articles_page").label == "Page (of 2)"
    app.number_input(key="articles_page").set_value(2).run()
    assert app.dataframe[0].value["id"].tolist() == [ids["hostile"], ids["second"], ids["first"]]
    app.text_input(key="articles_query").input("বৃষ্টি").run()
    assert app.session_state["articles_page"] == 1 and len(app.dataframe[0].value) == 25


def test_choosing_a_row_opens_the_review_view(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app)
    app.session_state["articles_table_0"] = {"selection": {"rows": [2], "columns": []}}
    app.run()
    assert not app.exception
    assert app.query_params["article"] == str(ids["first"])
    assert "পুতিন-কিম বৈঠক" in article_html(app)
    app.button(key="articles_back").click().run()
    assert "article" not in app.query_params and app.dataframe[0].value["id"].tolist()[0] == ids["hostile"]


def test_deep_link_shows_highlights_side_lists_and_history(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app, ids["first"])
    html = article_html(app)
    assert '<span class="nr-e nr-person" title="PERSON: দিমিত্রি পেসকভ">দিমিত্রি পেসকভ</span>' in html
    assert '<mark class="nr-q nr-direct"' in html and '<mark class="nr-q nr-indirect"' in html
    assert '<span class="nr-date" title="2023-09-12 (day)">১২ সেপ্টেম্বর</span>' in html
    assert 'class="nr-legend"' in html
    tables = {tuple(df.value.columns) for df in app.dataframe}
    assert ("name", "type", "mentions", "status", "found by") in tables
    assert ("sure", "speaker", "kind", "quote", "cue", "source type", "status") in tables
    assert ("from", "to", "when", "sentence") in tables  # the article's timeline
    assert {m.label: m.value for m in app.metric}["Named sources"] == "1"
    assert {"articles_entity", "articles_quote", "articles_add_type", "articles_fix_source"} <= {s.key for s in app.selectbox}
    assert "No corrections yet" in " ".join(c.value for c in app.caption)


def test_bad_deep_links_are_errors_not_tracebacks(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app, 999)
    assert "no article with id 999" in app.error[0].value
    app.query_params["article"] = "abc"
    app.run()
    assert not app.exception and "not a number" in app.error[0].value


def test_reject_a_quote_then_undo(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    open_page(app, ids["first"])
    app.selectbox(key="articles_quote").select(ids["analysts_quote"]).run()
    app.button(key="articles_reject_quote").click().run()
    assert not app.exception and app.toast[0].value == "Quote rejected"
    active = query(db_file, queries.list_quotes, QuoteFilter(article_id=ids["first"])).rows  # type: ignore[attr-defined]
    assert [q["id"] for q in active] == [ids["peskov_quote"]]
    assert 'title="reported quote' not in article_html(app)
    history = app.dataframe[-1].value
    assert history["what"][0] == "quote rejected" and history["state"][0] == "in force"

    app.button(key="articles_undo_button").click().run()
    assert app.toast[0].value.endswith("undone")
    assert len(query(db_file, queries.list_quotes, QuoteFilter(article_id=ids["first"])).rows) == 2  # type: ignore[attr-defined]


def test_retype_and_reject_an_entity(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    open_page(app, ids["first"])
    app.selectbox(key="articles_entity").select(ids["kremlin"]).run()
    app.selectbox(key=f"articles_type_{ids['kremlin']}").select("LOC").run()
    app.button(key="articles_retype").click().run()
    assert not app.exception and app.toast[0].value == "Type changed to LOC"
    assert query(db_file, queries.get_entity, ids["kremlin"])["type"] == "LOC"  # type: ignore[index]
    assert 'class="nr-e nr-loc" title="LOC: ক্রেমলিন"' in article_html(app)
    assert app.dataframe[-1].value["what"][0] == "entity retyped"  # registry decisions show in the history

    app.selectbox(key="articles_entity").select(ids["putin"]).run()
    app.button(key="articles_reject_here").click().run()
    assert "PERSON: ভ্লাদিমির পুতিন" not in article_html(app)
    statuses = {e["name"]: e["status"] for e in query(db_file, queries.get_article, ids["first"])["entities"]}  # type: ignore[index]
    assert statuses["ভ্লাদিমির পুতিন"] == "rejected" and statuses["কিম জং উন"] == "active"


def test_merge_with_type_ahead(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    open_page(app, ids["second"])
    app.selectbox(key="articles_entity").select(ids["russia"]).run()
    app.text_input(key="articles_merge_text").input("ক্রেমলিন").run()
    assert app.selectbox(key="articles_merge_match").value == ids["kremlin"]
    app.button(key="articles_merge").click().run()
    assert not app.exception and app.toast[0].value == "Entities merged"
    assert query(db_file, queries.get_entity, ids["russia"])["id"] == ids["kremlin"]  # type: ignore[index]
    # the entity box follows the merged entity to the one it went into: the editor's own merge is not
    # reported as another editor's ("... was merged into ক্রেমলিন. Nothing was changed")
    assert not app.error and app.selectbox(key="articles_entity").value == ids["kremlin"]
    # the merge box is empty again: its name no longer offers a second merge for the next entity chosen
    assert app.text_input(key="articles_merge_text").value == "" and app.button(key="articles_merge").disabled


def test_fix_a_speaker_with_type_ahead(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    open_page(app, ids["first"])
    app.selectbox(key="articles_quote").select(ids["analysts_quote"]).run()
    app.text_input(key="articles_fix_entity_text").input("কিম").run()
    app.selectbox(key="articles_fix_entity_match").select(ids["kim"]).run()
    app.button(key="articles_set_speaker").click().run()
    assert not app.exception and app.toast[0].value == "Speaker updated"
    kim_quotes = query(db_file, queries.list_quotes, QuoteFilter(entity_id=ids["kim"])).rows  # type: ignore[attr-defined]
    assert [q["id"] for q in kim_quotes] == [ids["analysts_quote"]]
    assert "reported quote — কিম জং উন" in article_html(app)

    app.radio(key="articles_fix_how").set_value("phrase").run()
    app.text_input(key="articles_fix_phrase").input("বিশ্লেষকরা").run()
    app.selectbox(key="articles_fix_source").select("group").run()
    app.button(key="articles_set_speaker").click().run()
    row = query(db_file, queries.list_quotes, QuoteFilter(speaker="বিশ্লেষকরা")).rows[0]  # type: ignore[attr-defined]
    assert row["id"] == ids["analysts_quote"] and row["source_type"] == "group"


def test_add_missed_entity_and_quote_and_approve(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    open_page(app, ids["first"])
    app.text_input(key="articles_add_name").input("মস্কো").run()
    app.selectbox(key="articles_add_type").select("LOC")
    app.button(key="articles_add_entity").click().run()
    assert not app.exception and app.toast[0].value == "Entity added"
    assert 'title="LOC: মস্কো">মস্কো</span>' in article_html(app)

    app.text_area(key="articles_add_words").input("কিমের এই সফর ২০১৯ সালের পর প্রথম")
    app.radio(key="articles_add_kind").set_value("indirect")
    app.radio(key="articles_add_how").set_value("phrase").run()
    app.text_input(key="articles_add_phrase").input("রাশিয়ান সংবাদ সংস্থা").run()  # Add quote waits for a speaker
    app.selectbox(key="articles_add_source").select("media")
    app.button(key="articles_add_quote").click().run()
    assert not app.exception and app.toast[0].value == "Quote added"
    quotes = query(db_file, queries.list_quotes, QuoteFilter(article_id=ids["first"])).rows  # type: ignore[attr-defined]
    assert {"কিমের এই সফর ২০১৯ সালের পর প্রথম": "রাশিয়ান সংবাদ সংস্থা"}.items() <= {q["text"]: q["speaker"] for q in quotes}.items()

    app.text_area(key="articles_add_words").input("এই কথা লেখায় নেই").run()
    app.button(key="articles_add_quote").click().run()
    assert "not in the article text" in app.error[0].value  # shown, not raised

    app.button(key="articles_status_approved").click().run()
    assert app.toast[0].value == "Article marked approved" and app.button(key="articles_status_approved").disabled
    assert query(db_file, queries.get_article, ids["first"])["status"] == "approved"  # type: ignore[index]


def test_hostile_article_renders_as_text(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app, ids["hostile"])
    html = article_html(app)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img" not in html
    assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;" in html and "<a href=\"javascript" not in html
    assert "href=" not in html.split("nr-head", 1)[1].split("</small>")[0]  # a javascript: URL is not a link
    # the title's right-to-left override is dropped when the title is stored (normalised like the body);
    # how the header marks one that is shown is tests/ui/test_review.py's
    assert "শিরোনাম উল্টো" in html and "\u202e" not in html
    assert "&lt;i&gt;দুষ্ট&lt;/i&gt;" in html


def test_the_chosen_quote_and_entity_show_their_new_labels(app: AppTest, ids: dict[str, int]) -> None:
    """After a correction the box holding the chosen quote (or entity) shows its new label. The
    browser keeps the label it was sent until the server sends the value again (set_value); before,
    it went on showing "— nobody" after the speaker was set, and the old type after a retype."""
    open_page(app, ids["first"])
    app.selectbox(key="articles_quote").select(ids["analysts_quote"]).run()
    app.text_input(key="articles_fix_entity_text").input("কিম").run()
    app.button(key="articles_set_speaker").click().run()
    box = app.selectbox(key="articles_quote").proto
    assert box.set_value and box.raw_value.endswith("— কিম জং উন"), box.raw_value
    app.button(key="articles_reject_quote").click().run()  # another change: the label follows again
    box = app.selectbox(key="articles_quote").proto
    assert box.set_value and box.raw_value.endswith("— কিম জং উন (rejected)"), box.raw_value

    app.selectbox(key="articles_entity").select(ids["kremlin"]).run()
    app.selectbox(key=f"articles_type_{ids['kremlin']}").select("LOC").run()
    app.button(key="articles_retype").click().run()
    box = app.selectbox(key="articles_entity").proto
    assert box.set_value and "· LOC ·" in box.raw_value, box.raw_value


def test_side_tab_counts_leave_out_what_was_rejected(app: AppTest, ids: dict[str, int]) -> None:
    """The tab says how many entities and quotes are in use; rejected ones, still listed with their
    status, are counted under the list."""
    open_page(app, ids["first"])
    labels = [t.label for t in app.tabs]
    entities = next(label for label in labels if label.startswith("Entities ("))
    total = int(entities.removeprefix("Entities (").removesuffix(")"))
    assert "Quotes (2)" in labels
    app.selectbox(key="articles_quote").select(ids["analysts_quote"]).run()
    app.button(key="articles_reject_quote").click().run()
    app.selectbox(key="articles_entity").select(ids["putin"]).run()
    app.button(key="articles_reject_here").click().run()
    assert not app.exception
    labels = [t.label for t in app.tabs]
    assert f"Entities ({total - 1})" in labels and "Quotes (1)" in labels
    captions = [c.value for c in app.caption]
    assert f"1 rejected, listed with the status “rejected”; the tab counts the {total - 1} in use." in captions
    assert "1 rejected, listed with the status “rejected”; the tab counts the 1 in use." in captions


def test_a_missing_value_shows_as_a_dash_not_none(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    """An article without a publication date (413 of the 566 corpus articles) and a quote without a
    speaker show “—” in their tables, not the grid's grey "None"."""
    db = open_db(db_file)
    db.execute("UPDATE articles SET published = NULL WHERE id = ?", [ids["second"]])
    db.execute("UPDATE quotes SET speaker = NULL, speaker_entity_id = NULL WHERE id = ?", [ids["analysts_quote"]])
    db.conn.commit()
    db.close()
    open_page(app)
    table = app.dataframe[0].value
    assert table.set_index("id")["published"].to_dict()[ids["second"]] == "—"
    assert table["id"].tolist() == [ids["hostile"], ids["second"], ids["first"]]  # ids stay numbers
    open_page(app, ids["first"])
    quotes = next(df.value for df in app.dataframe if "speaker" in df.value.columns and "quote" in df.value.columns)
    assert "—" in quotes["speaker"].tolist() and None not in quotes["speaker"].tolist()


def test_undoing_a_speaker_fix_shows_the_models_speaker_at_once(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app, ids["first"])
    model = "reported quote — বিশ্লেষকরা"
    assert model in article_html(app)
    app.selectbox(key="articles_quote").select(ids["analysts_quote"]).run()
    app.text_input(key="articles_fix_entity_text").input("কিম").run()
    app.button(key="articles_set_speaker").click().run()
    assert "reported quote — কিম জং উন" in article_html(app)
    assert not any("next analysed" in c.value for c in app.caption)  # no wait for a re-analysis
    app.button(key="articles_undo_button").click().run()
    assert not app.exception and app.toast[0].value.endswith("undone")
    assert model in article_html(app) and "reported quote — কিম জং উন" not in article_html(app)


def test_undoing_one_of_two_speaker_fixes_says_the_other_stays(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    """The earlier fix, made before the article was last analysed, is what the quote shows after the
    later one is undone, now and after a re-analysis: not the model's speaker."""
    from db import corrections as fix

    db = open_db(db_file)
    fix.set_quote_speaker(db, ids["analysts_quote"], speaker="পশ্চিমা বিশ্লেষকরা")
    db.execute("UPDATE corrections SET created_at = '2000-01-01T00:00:00+00:00'")  # before the analysis
    fix.set_quote_speaker(db, ids["analysts_quote"], entity_id=ids["kim"])
    db.conn.commit()
    db.close()
    open_page(app, ids["first"])
    captions = [c.value for c in app.caption]
    assert not any("next analysed" in c for c in captions), captions
    assert any("#1" in c and "stays" in c for c in captions), captions
    app.button(key="articles_undo_button").click().run()
    assert not app.exception and "reported quote — পশ্চিমা বিশ্লেষকরা" in article_html(app)


def test_undo_acts_on_nothing_when_the_chosen_correction_was_undone_meanwhile(
    app: AppTest, ids: dict[str, int], db_file: Path,
) -> None:
    """The editor chooses correction #1; another editor undoes it; the click must not undo #2, the
    option the box falls back to, but say who undid #1."""
    from db import corrections as fix

    second_editor(db_file, fix.reject_quote, ids["analysts_quote"], editor="rima")
    second_editor(db_file, fix.reject_quote, ids["peskov_quote"], editor="rima")
    open_page(app, ids["first"])
    app.selectbox(key="articles_undo").select(1).run()
    second_editor(db_file, fix.undo_correction, 1, editor="রহিম")
    app.button(key="articles_undo_button").click().run()
    assert not app.exception
    assert query(db_file, lambda db: db.execute("SELECT active FROM corrections WHERE id = 2").fetchone()[0]) == 1
    assert not app.toast
    errors = [e.value for e in app.error]
    assert any(e.startswith("Nothing was undone. Correction #1, which you chose, was already undone by রহিম")
               for e in errors), errors
    assert app.selectbox(key="articles_undo").value == 2  # now on screen, for a click of its own


def rejects(db_file: Path) -> int:
    return int(query(db_file, lambda db: db.execute("SELECT count(*) FROM corrections WHERE action = 'reject'").fetchone()[0]))  # type: ignore[arg-type]


def test_an_entity_merged_away_meanwhile_is_not_replaced_by_another(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    """The editor chooses রাশিয়া; another editor merges it into ঢাকা; "Reject in this article" must not
    reject the entity the box falls back to."""
    from db import corrections as fix

    open_page(app, ids["second"])
    app.selectbox(key="articles_entity").select(ids["russia"]).run()
    second_editor(db_file, fix.merge_entities, ids["russia"], ids["dhaka"], editor="রহিম")
    app.button(key="articles_reject_here").click().run()
    assert not app.exception and not app.toast
    assert rejects(db_file) == 0
    errors = [e.value for e in app.error]
    assert any("no longer in this article" in e and "merged into ঢাকা" in e for e in errors), errors


def test_a_quote_gone_meanwhile_is_not_replaced_by_another(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    """The editor chooses a quote another editor added; that editor undoes the addition; "Reject this
    quote" must not reject the quote the box falls back to."""
    from db import corrections as fix

    second_editor(db_file, fix.add_quote, ids["first"], "কিমের এই সফর ২০১৯ সালের পর প্রথম", kind="indirect")
    added = query(db_file, lambda db: db.execute("SELECT max(id) FROM quotes").fetchone()[0])
    open_page(app, ids["first"])
    app.selectbox(key="articles_quote").select(added).run()
    second_editor(db_file, fix.undo_correction, 1, editor="রহিম")
    app.button(key="articles_reject_quote").click().run()
    assert not app.exception and not app.toast
    assert rejects(db_file) == 0
    errors = [e.value for e in app.error]
    assert any("no longer in this article" in e for e in errors), errors


def test_a_merge_target_merged_away_meanwhile_is_not_replaced_by_another(
    app: AppTest, ids: dict[str, int], db_file: Path,
) -> None:
    """The editor picks ক্রেমলিন as the merge target; another editor merges ক্রেমলিন into পুতিন, so the
    matches for the typed text change; Merge must not merge into whatever match the box falls back to."""
    from db import corrections as fix

    open_page(app, ids["second"])
    app.selectbox(key="articles_entity").select(ids["russia"]).run()
    app.text_input(key="articles_merge_text").input("ক্রেমলিন").run()
    assert app.selectbox(key="articles_merge_match").value == ids["kremlin"]
    second_editor(db_file, fix.merge_entities, ids["kremlin"], ids["putin"], editor="রহিম")
    app.button(key="articles_merge").click().run()
    assert not app.exception and not app.toast
    assert query(db_file, queries.get_entity, ids["russia"])["id"] == ids["russia"]  # type: ignore[index]
    errors = [e.value for e in app.error]
    assert any("no longer among the matches" in e for e in errors), errors


def test_add_quote_refuses_a_speaker_merged_away_meanwhile(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    """The editor picks ক্রেমলিন as the speaker of a missed quote; another editor merges ক্রেমলিন into
    পুতিন; "Add quote" must not add the quote with no speaker (nor with the next match)."""
    from db import corrections as fix

    open_page(app, ids["first"])
    app.text_area(key="articles_add_words").input("কিমের এই সফর ২০১৯ সালের পর প্রথম").run()
    app.text_input(key="articles_add_entity_text").input("ক্রেমলিন").run()
    assert app.selectbox(key="articles_add_entity_match").value == ids["kremlin"]
    second_editor(db_file, fix.merge_entities, ids["kremlin"], ids["putin"], editor="রহিম")
    app.button(key="articles_add_quote").click().run()
    assert not app.exception and not app.toast
    quotes = query(db_file, queries.list_quotes, QuoteFilter(article_id=ids["first"])).rows  # type: ignore[attr-defined]
    assert "কিমের এই সফর ২০১৯ সালের পর প্রথম" not in [q["text"] for q in quotes]
    errors = [e.value for e in app.error]
    assert any("no longer among the matches" in e for e in errors), errors


def test_the_dates_tab_says_why_an_undated_articles_dates_are_not_on_the_timeline(
        app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    """Without a publication date, মঙ্গলবার or ৩ অক্টোবর cannot be placed (413 of the 566 corpus
    articles have none): the tab says so instead of a column of dashes and an empty timeline."""
    db = open_db(db_file)
    db.execute("UPDATE articles SET published = NULL WHERE id = ?", [ids["second"]])
    db.execute("UPDATE events SET value = NULL, is_event = 0, date_start = NULL, date_end = NULL "
               "WHERE article_id = ?", [ids["second"]])
    db.conn.commit()
    db.close()
    open_page(app, ids["second"])
    captions = " ".join(c.value for c in app.caption)
    assert "This article has no publication date" in captions
    assert "2 of its dates (৩ অক্টোবর, মঙ্গলবার) could not be placed" in captions
    assert ("from", "to", "when", "sentence") not in {tuple(df.value.columns) for df in app.dataframe}
    assert "None of this article's dates is on the timeline." in captions
    open_page(app, ids["first"])  # a dated article: its timeline as before, no note
    assert "no publication date" not in " ".join(c.value for c in app.caption)
    assert ("from", "to", "when", "sentence") in {tuple(df.value.columns) for df in app.dataframe}


def test_the_dates_tab_counts_dates_and_names_durations_apart(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    """"১২ বছরের" is a length, never on a timeline: the tab's count was every time expression
    ("Dates (26)" for the seed article with a duration among them)."""
    open_page(app, ids["first"])
    before = next(t.label for t in app.tabs if t.label.startswith("Dates ("))
    db = open_db(db_file)
    event_id = db.execute(  # a date said once in its sentence (two said together are one date)
        "SELECT min(id) FROM events e WHERE article_id = ? AND NOT EXISTS (SELECT 1 FROM events o WHERE "
        "o.article_id = e.article_id AND o.id != e.id AND o.value = e.value AND o.sentence_start = e.sentence_start)",
        [ids["first"]]).fetchone()[0]
    with write(db):
        db.execute("UPDATE events SET text = '১২ বছরের', granularity = 'duration', value = NULL, is_event = 0, "
                   "date_start = NULL, date_end = NULL WHERE id = ?", [event_id])
    db.close()
    open_page(app, ids["first"])
    after = next(t.label for t in app.tabs if t.label.startswith("Dates ("))
    assert after == f"Dates ({int(before[7:-1]) - 1})"
    assert "Also 1 duration, not a date: ১২ বছরের." in [c.value for c in app.caption]
    listed = next(df.value for df in app.dataframe if "granularity" in df.value.columns)
    assert "duration" not in set(listed["granularity"]) and "১২ বছরের" not in set(listed["text"])


def test_a_quote_link_shows_the_quote_in_its_context_and_marks_it(app: AppTest, db_file: Path,
                                                                  ids: dict[str, int]) -> None:
    """`?article=ID&quote=QID` (the Quotes page's link): the quote with the sentence before it (who
    তিনি is) at the top of the review view, and the quote marked in the text."""
    database = open_db(db_file)
    try:
        quote = database.execute("SELECT id, text FROM quotes WHERE article_id = ? AND text LIKE '%শিগগির%'",
                                 [ids["second"]]).fetchone()
    finally:
        database.close()
    app.query_params["quote"] = str(quote[0])
    open_page(app, ids["second"])
    shown = article_html(app)
    assert shown.count("nr-focus") >= 2  # the passage above and the quote in the text
    passage = shown[shown.index('class="nr-context"'):].split("</div>")[0]
    assert "“আমরা প্রস্তুত,” দিমিত্রি পেসকভ মঙ্গলবার বলেন।" in passage  # the sentence before
    assert 'nr-focus" title="' not in passage and "আলোচনা শিগগির হবে</mark>" in passage

    assert app.query_params["quote"] == quote_key(quote[1])  # a row-id link kept by the key re-analysis keeps

    app.query_params["quote"] = "999999"  # a quote of another article, or one since removed: no passage
    open_page(app, ids["second"])
    assert 'class="nr-context"' not in article_html(app)
    assert any("no longer among this article's quotes" in w.value for w in app.warning)


def test_a_quote_link_survives_re_analysis_and_says_when_its_quote_is_gone(
    app: AppTest, ids: dict[str, int], db_file: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Quotes page's link names the quote by its key (the model's words), not its row: after the
    article is analysed again (new rows) it still opens at the quote; when the new extractor no longer
    finds the quote, the page says so instead of silently showing the article's top."""
    words = "আলোচনা শিগগির হবে"
    old_id = query(db_file, lambda db: db.execute("SELECT id FROM quotes WHERE text = ?", [words]).fetchone()[0])
    app.query_params["quote"] = quote_key(words)
    open_page(app, ids["second"])
    assert 'class="nr-context"' in article_html(app) and not app.warning

    def second(*quotes: tuple[str, str, str, str]) -> object:
        return lambda text, *, published=None, model=None: build_analysis(
            text, entities={"দিমিত্রি পেসকভ": ("PERSON", ["দিমিত্রি পেসকভ"])}, quotes=list(quotes),
            dates=[("৩ অক্টোবর", "2023-10-03", "day")], published="2023-10-03")

    hidden = ("আলোচনা শিগগির হবে", "indirect", "নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা", "anonymous")
    monkeypatch.setattr(db.ingest, "analyze", second(("আমরা প্রস্তুত,", "direct", "দিমিত্রি পেসকভ", "person"), hidden))
    app.button(key="articles_reanalyse").click().run()
    assert not app.exception and app.toast[0].value == "Article re-analysed"
    new_id = query(db_file, lambda db: db.execute("SELECT id FROM quotes WHERE text = ?", [words]).fetchone()[0])
    assert new_id != old_id  # the row is new: an id link would have lost it
    assert app.query_params["quote"] == quote_key(words)
    passage = article_html(app)[article_html(app).index('class="nr-context"'):].split("</div>")[0]
    assert f"{words}</mark>" in passage and not app.warning

    monkeypatch.setattr(db.ingest, "analyze", second(("আমরা প্রস্তুত,", "direct", "দিমিত্রি পেসকভ", "person")))
    app.button(key="articles_reanalyse").click().run()
    assert not app.exception and 'class="nr-context"' not in article_html(app)
    assert any("no longer among this article's quotes" in w.value for w in app.warning), [w.value for w in app.warning]


def event_id(db_file: Path, article: int, text: str) -> int:
    db = open_db(db_file)
    try:
        return int(db.execute("SELECT id FROM events WHERE article_id = ? AND text = ?", [article, text]).fetchone()[0])
    finally:
        db.close()


def timeline(db_file: Path, article: int) -> list[tuple[str, str, str]]:
    rows = query(db_file, queries.list_events, queries.EventFilter(article_id=article)).rows  # type: ignore[attr-defined]
    return [(r["text"], r["value"], r["sentence"]) for r in rows]


def test_correct_a_dates_value_and_description_in_the_dates_tab(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    open_page(app, ids["first"])
    year = event_id(db_file, ids["first"], "২০১৯ সালের")
    app.selectbox(key="articles_date").select(year).run()
    assert app.text_input(key=f"articles_date_value_{year}_text").value == "2019"
    app.text_input(key=f"articles_date_value_{year}_text").input("২০১৯-০৪")
    app.button(key=f"FormSubmitter:articles_date_value_{year}-Set date").click().run()
    assert not app.exception and app.toast[0].value == "Date corrected"
    assert ("২০১৯ সালের", "2019-04") in [(t, v) for t, v, _ in timeline(db_file, ids["first"])]
    listed = next(df.value for df in app.dataframe if "granularity" in df.value.columns)
    assert ("২০১৯ সালের", "2019-04", "month") in set(zip(listed["text"], listed["value"], listed["granularity"]))

    app.text_area(key=f"articles_date_summary_{year}_text").input("কিম ২০১৯ সালে রাশিয়া সফর করেন")
    app.button(key=f"FormSubmitter:articles_date_summary_{year}-Set description").click().run()
    assert not app.exception and app.toast[0].value == "Description corrected"
    assert ("২০১৯ সালের", "2019-04", "কিম ২০১৯ সালে রাশিয়া সফর করেন") in timeline(db_file, ids["first"])
    history = app.dataframe[-1].value
    assert list(history["what"][:2]) == ["date description fixed", "date value fixed"]

    app.text_input(key=f"articles_date_value_{year}_text").input("April 2019")
    app.button(key=f"FormSubmitter:articles_date_value_{year}-Set date").click().run()
    assert "is not a date" in app.error[0].value  # shown, not raised

    app.selectbox(key="articles_undo").select(int(history["#"][0])).run()  # the description
    app.button(key="articles_undo_button").click().run()
    assert app.toast[0].value.endswith("undone")
    assert next(s for t, _, s in timeline(db_file, ids["first"]) if t == "২০১৯ সালের").startswith("কিমের এই সফর")


def test_remove_a_date_and_add_a_missed_one_in_the_dates_tab(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    open_page(app, ids["first"])
    before = next(t.label for t in app.tabs if t.label.startswith("Dates ("))
    year = event_id(db_file, ids["first"], "২০১৯ সালের")
    app.selectbox(key="articles_date").select(year).run()
    app.button(key="articles_reject_date").click().run()
    assert not app.exception and app.toast[0].value == "Date removed"
    assert "২০১৯ সালের" not in [t for t, _, _ in timeline(db_file, ids["first"])]
    assert next(t.label for t in app.tabs if t.label.startswith("Dates (")) == f"Dates ({int(before[7:-1]) - 1})"
    assert 'title="2019 (year)"' not in article_html(app)
    assert app.button(key="articles_reject_date").disabled

    app.text_input(key="articles_add_date_words").input("১২ সেপ্টেম্বরে").run()
    assert "Not in the text as written" in " ".join(c.value for c in app.caption)
    assert app.button(key="articles_add_date").disabled
    app.text_input(key="articles_add_date_words").input("২০১৯").run()
    app.text_input(key="articles_add_date_value").input("2019").run()
    app.button(key="articles_add_date").click().run()
    assert not app.exception and app.toast[0].value == "Date added"
    assert ("২০১৯", "2019") in [(t, v) for t, v, _ in timeline(db_file, ids["first"])]
    assert 'title="2019 (year)">২০১৯</span>' in article_html(app)


def test_fix_a_quotes_words_and_kind(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    open_page(app, ids["first"])
    quote = ids["analysts_quote"]
    app.selectbox(key="articles_quote").select(quote).run()
    words = app.text_area(key=f"articles_quote_text_{quote}_words")
    assert words.value == "এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে"
    words.input("বিশ্লেষকরা বলছেন, এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে।")
    app.button(key=f"FormSubmitter:articles_quote_text_{quote}-Set words").click().run()
    assert not app.exception and app.toast[0].value == "Quote's words corrected"
    assert 'title="reported quote — বিশ্লেষকরা">বিশ্লেষকরা বলছেন, এই সফর' in article_html(app)

    app.button(key="articles_quote_kind").click().run()
    assert not app.exception and app.toast[0].value == "Quote marked direct"
    quotes = query(db_file, queries.list_quotes, QuoteFilter(article_id=ids["first"], kind="direct")).rows  # type: ignore[attr-defined]
    assert "বিশ্লেষকরা বলছেন, এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে।" in [q["text"] for q in quotes]
    assert app.button(key="articles_quote_kind").label == "Mark reported"
    assert list(app.dataframe[-1].value["what"][:2]) == ["quote kind fixed", "quote words fixed"]

    app.text_area(key=f"articles_quote_text_{quote}_words").input("এই কথা লেখায় নেই")
    app.button(key=f"FormSubmitter:articles_quote_text_{quote}-Set words").click().run()
    assert "not in the article text" in app.error[0].value  # shown, not raised


def test_a_retype_made_in_the_review_view_is_undone_there(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    open_page(app, ids["first"])
    app.selectbox(key="articles_entity").select(ids["kremlin"]).run()
    app.selectbox(key=f"articles_type_{ids['kremlin']}").select("LOC").run()
    app.button(key="articles_retype").click().run()
    assert query(db_file, queries.get_entity, ids["kremlin"])["type"] == "LOC"  # type: ignore[index]
    assert any("Your last change: ক্রেমলিন retyped ORG → LOC" in c.value for c in app.caption)
    app.button(key="articles_undo_last").click().run()
    assert not app.exception and query(db_file, queries.get_entity, ids["kremlin"])["type"] == "ORG"  # type: ignore[index]
    # and from the history, once it is made again
    app.selectbox(key=f"articles_type_{ids['kremlin']}").select("LOC").run()
    app.button(key="articles_retype").click().run()
    app.button(key="articles_undo_button").click().run()  # the newest correction is chosen first
    assert not app.exception and query(db_file, queries.get_entity, ids["kremlin"])["type"] == "ORG"  # type: ignore[index]


def test_reanalyse_this_article_keeps_corrections_and_says_what_changed(
    app: AppTest, ids: dict[str, int], db_file: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The review view re-runs the extractor (`reanalyze_article`, the path of `python -m db reanalyze`):
    the editor's rejection stays, the counts before → after are shown, the action is in the History,
    and the quote box, whose quote ids the re-analysis replaced, does not say another editor took it."""
    open_page(app, ids["first"])
    app.selectbox(key="articles_quote").select(ids["analysts_quote"]).run()
    app.button(key="articles_reject_quote").click().run()
    app.selectbox(key="articles_quote").select(ids["analysts_quote"]).run()
    # the new extractor finds the same quotes and dates, and one entity fewer
    fewer = {name: found for name, found in ENTITIES.items() if name != "ক্রেমলিন"}
    monkeypatch.setattr(db.ingest, "analyze", lambda text, *, published=None, model=None: build_analysis(
        text, entities=fewer, quotes=QUOTES, dates=DATES))

    app.button(key="articles_reanalyse").click().run()

    assert not app.exception and not app.error, [e.value for e in app.error]
    assert app.toast[0].value == "Article re-analysed"
    told = [i.value.replace("\\", "") for i in app.info if "Re-analysed" in i.value]
    assert told == ["Re-analysed with the current extractor, corrections kept: entities 5 → 4, quotes 1 (unchanged), "
                    "dates 2 (unchanged)."], told
    history = app.dataframe[-1].value
    assert list(history["what"][:2]) == ["article re-analysed", "quote rejected"]
    assert "quotes: 1" in history["change"][0]
    quotes = query(db_file, queries.list_quotes, QuoteFilter(article_id=ids["first"])).rows  # type: ignore[attr-defined]
    assert [q["text"] for q in quotes] == ["আলোচনা ফলপ্রসূ হয়েছে,"]  # the rejected quote stays out


def test_the_reanalysis_summary_goes_once_the_article_changes_again(
    app: AppTest, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The "Re-analysed …: quotes 1 (unchanged)" line describes the article as the re-analysis left it;
    after a later correction or undo its counts are stale (seen in the browser: the line said quotes 24
    while the tab said 25 after an undo), so it is shown only until the next write."""
    open_page(app, ids["first"])
    monkeypatch.setattr(db.ingest, "analyze", lambda text, *, published=None, model=None: build_analysis(
        text, entities=ENTITIES, quotes=QUOTES, dates=DATES))
    app.button(key="articles_reanalyse").click().run()
    assert [i for i in app.info if "Re-analysed" in i.value]
    app.selectbox(key="articles_quote").select_index(0).run()
    app.button(key="articles_reject_quote").click().run()
    assert not app.exception and not app.error, [e.value for e in app.error]
    assert not [i.value for i in app.info if "Re-analysed" in i.value]


def test_an_editors_own_undo_is_not_reported_as_another_editors(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    """Undoing the older of two corrections from the History: the box held it, it is no longer listed,
    and the page must not say "Correction #1, which you chose, was already undone by an editor"
    (seen in the browser after undoing a quote's words fix before its speaker fix)."""
    from db import corrections as fix

    second_editor(db_file, fix.reject_quote, ids["analysts_quote"], editor="rima")
    second_editor(db_file, fix.reject_quote, ids["peskov_quote"], editor="rima")
    open_page(app, ids["first"])
    app.selectbox(key="articles_undo").select(1).run()
    app.button(key="articles_undo_button").click().run()
    assert not app.exception and app.toast[0].value == "Correction #1 undone"
    assert not app.warning and not app.error, [w.value for w in app.warning]
    assert app.selectbox(key="articles_undo").value == 2


def test_after_an_undo_the_boxes_show_the_words_and_date_as_they_now_are(
    app: AppTest, ids: dict[str, int], db_file: Path,
) -> None:
    """A box keyed by its quote or date kept the fixed words after their undo (seen in the browser):
    a second 'Set words' would then have put the undone fix back without the editor seeing it."""
    open_page(app, ids["first"])
    quote = ids["analysts_quote"]
    app.selectbox(key="articles_quote").select(quote).run()
    words = f"articles_quote_text_{quote}_words"
    app.text_area(key=words).input("বিশ্লেষকরা বলছেন, এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে।")
    app.button(key=f"FormSubmitter:articles_quote_text_{quote}-Set words").click().run()
    date = app.selectbox(key="articles_date").value
    app.text_input(key=f"articles_date_value_{date}_text").input("2023-09-13")
    app.button(key=f"FormSubmitter:articles_date_value_{date}-Set date").click().run()
    assert app.text_input(key=f"articles_date_value_{date}_text").value == "2023-09-13"

    app.selectbox(key="articles_undo").select(1).run()
    app.button(key="articles_undo_button").click().run()  # the words fix
    app.button(key="articles_undo_button").click().run()  # the date fix, the one left
    assert not app.exception and not app.warning
    assert app.text_area(key=words).value == "এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে"
    assert app.text_input(key=f"articles_date_value_{date}_text").value == "2023-09-12"
    assert not [w for w in app.get("alert") if "Session State" in str(w.proto)]


def test_the_undo_box_follows_the_newest_correction(app: AppTest, ids: dict[str, int]) -> None:
    """After each new correction the History's box (and so "Undo") is on it, not on the older one
    Streamlit kept; a correction the editor picks after that stays picked."""
    open_page(app, ids["first"])
    app.selectbox(key="articles_quote").select(ids["analysts_quote"]).run()
    app.button(key="articles_reject_quote").click().run()
    assert app.selectbox(key="articles_undo").value == 1
    app.selectbox(key="articles_quote").select(ids["peskov_quote"]).run()
    app.button(key="articles_reject_quote").click().run()
    assert not app.exception
    assert app.selectbox(key="articles_undo").value == 2
    assert app.button(key="articles_undo_button").label == "Undo #2"
    assert any(c.value.startswith("Undo withdraws correction #2") for c in app.caption), [c.value for c in app.caption]
    app.selectbox(key="articles_undo").select(1).run()  # the editor's own pick stays
    app.run()
    assert app.selectbox(key="articles_undo").value == 1 and app.button(key="articles_undo_button").label == "Undo #1"
    app.button(key="articles_undo_button").click().run()
    assert not app.exception and app.toast[0].value == "Correction #1 undone"


def quote_tab(app: AppTest) -> object:
    return next(df.value for df in app.dataframe if "sure" in df.value.columns)


def test_the_quotes_the_extractor_is_unsure_of_are_flagged_and_can_come_first(
        app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    database = open_db(db_file)
    with write(database):  # the quote later in the text is the unsure one, so the order shows
        last = database.execute("SELECT id FROM quotes WHERE article_id = ? ORDER BY start DESC LIMIT 1",
                                [ids["first"]]).fetchone()[0]
        database.execute("UPDATE quotes SET confidence = CASE WHEN id = ? THEN 0.3 ELSE 0.9 END", [last])
    texts = [q[0] for q in database.execute("SELECT text FROM quotes WHERE article_id = ? ORDER BY start",
                                            [ids["first"]]).fetchall()]
    database.close()
    open_page(app, ids["first"])
    shown = quote_tab(app)
    assert shown["quote"].tolist() == texts and shown["sure"].tolist() == ["90%", "⚠ check · 30%"]  # the text's order
    assert "the extractor is unsure of 1 quote (or its speaker)" in " ".join(c.value for c in app.caption)
    assert app.selectbox(key="articles_quote").format_func(last).startswith("⚠ check: ")
    app.toggle(key="articles_quotes_least_sure").set_value(True).run()
    assert quote_tab(app)["quote"].tolist() == texts[::-1]

    app.selectbox(key="articles_quote").select(last).run()  # an editor confirms the speaker: no longer unsure
    app.radio(key="articles_fix_how").set_value("phrase").run()
    app.text_input(key="articles_fix_phrase").input("বিশ্লেষকরা").run()
    app.button(key="articles_set_speaker").click().run()
    assert not app.exception
    assert quote_tab(app)["sure"].tolist() == ["90%", "✓ editor"]  # sure ones before the confirmed
    assert "unsure of" not in " ".join(c.value for c in app.caption)
