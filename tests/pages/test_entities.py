"""Entities page: the registry table (filters, sort, paging in SQL), an entity's card by deep link,
and rename / retype / merge / reject / restore made through the page."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from db import queries
from db.store import open_db
from tests.pages.editors import second_editor

from .review_archive import make_archive

ENTITIES = "pages/7_Entities.py"


@pytest.fixture
def ids(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    return make_archive(db_file, monkeypatch)


def open_page(app: AppTest, entity: int | None = None) -> AppTest:
    app.run()
    if entity is not None:
        app.query_params["entity"] = str(entity)
    app.switch_page(ENTITIES).run()
    assert not app.exception
    return app


def entity(db_file: Path, entity_id: int) -> dict[str, object]:
    db = open_db(db_file)
    try:
        return queries.get_entity(db, entity_id)
    finally:
        db.close()


def names(app: AppTest) -> list[str]:
    return app.dataframe[0].value["name"].tolist()


def test_empty_archive_points_to_upload(app: AppTest) -> None:
    open_page(app)
    assert "No articles yet" in app.info[0].value


def test_registry_filters_and_sorts(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app)
    assert {"entities_type", "entities_status", "entities_order"} <= {s.key for s in app.selectbox}
    assert list(app.dataframe[0].value.columns) == ["id", "name", "type", "aliases", "mentions", "articles", "quotes"]
    assert names(app)[0] == "দিমিত্রি পেসকভ"  # most mentioned: two articles
    app.selectbox(key="entities_type").select("LOC").run()
    assert set(names(app)) == {"রাশিয়া", "ঢাকা", "নদীপুর"}
    app.selectbox(key="entities_order").select("name").run()
    assert names(app) == sorted(names(app))
    app.text_input(key="entities_text").input("রাশি").run()
    assert names(app) == ["রাশিয়া"] and not app.exception
    app.text_input(key="entities_text").input("কোনো নাম নেই").run()
    assert "No entity matches" in app.info[0].value


def test_choosing_a_row_opens_the_card(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app)
    app.session_state["entities_table_0"] = {"selection": {"rows": [0], "columns": []}}
    app.run()
    assert not app.exception and app.query_params["entity"] == str(ids["peskov"])
    assert "<h3 style='margin:0'>দিমিত্রি পেসকভ</h3>" in app.get("html")[0].proto.body


def test_card_by_deep_link(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app, ids["peskov"])
    metrics = {m.label: m.value for m in app.metric}
    assert metrics == {"Mentions": "3", "Articles mentioning": "2", "Quotes credited": "2"}
    tables = [df.value for df in app.dataframe]
    assert sorted(tables[1]["id"].tolist()) == [ids["first"], ids["second"]]  # articles it appears in
    assert "আমরা প্রস্তুত," in tables[2]["quote"].tolist()  # quotes by it
    assert {"ঢাকা", "রাশিয়া", "কিম জং উন"} <= set(tables[3]["name"].tolist())  # mentioned together
    quotes_link = app.get("page_link")[0].proto
    assert (quotes_link.page, quotes_link.query_string) == ("quotes", f"speaker={ids['peskov']}")


def test_card_article_opens_the_review_view(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app, ids["dhaka"])
    app.session_state["entities_articles_0"] = {"selection": {"rows": [0], "columns": []}}
    app.run()
    assert not app.exception
    assert app.query_params.get("article") == str(ids["second"])
    assert "পেসকভের মন্তব্য" in "".join(h.proto.body for h in app.get("html"))


def test_rename_retype_merge(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    open_page(app, ids["kremlin"])
    app.text_input(key=f"entities_name_{ids['kremlin']}").input("ক্রেমলিন প্রাসাদ").run()
    app.button(key="entities_rename").click().run()
    assert not app.exception and app.toast[0].value.startswith("Renamed")
    renamed = entity(db_file, ids["kremlin"])
    assert renamed["name"] == "ক্রেমলিন প্রাসাদ" and "ক্রেমলিন" in renamed["aliases"]  # type: ignore[operator]
    assert "ক্রেমলিন প্রাসাদ" in names(app)

    app.selectbox(key=f"entities_type_{ids['kremlin']}").select("LOC").run()
    app.button(key="entities_retype").click().run()
    assert entity(db_file, ids["kremlin"])["type"] == "LOC"
    assert app.dataframe[-1].value["what"].tolist()[:2] == ["entity retyped", "entity renamed"]  # the card's history

    app.text_input(key="entities_merge_text").input("রাশিয়া").run()
    app.button(key="entities_merge").click().run()
    assert not app.exception and app.toast[0].value == "Merged"
    assert entity(db_file, ids["kremlin"])["id"] == ids["russia"]
    assert "ক্রেমলিন প্রাসাদ" not in names(app)
    assert "was merged into this one" in " ".join(c.value for c in app.caption)  # ?entity= still points at the old id
    assert not app.error  # this editor's own merge is not "merged away while the card was open"
    # the merge box starts empty again, instead of "No entity matches that text" for the name merged into
    assert app.text_input(key="entities_merge_text").value == ""
    assert "No entity matches that text." not in [c.value for c in app.caption]


def test_reject_and_restore(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    open_page(app, ids["dhaka"])
    app.button(key="entities_reject").click().run()
    assert app.toast[0].value == "Rejected everywhere" and entity(db_file, ids["dhaka"])["status"] == "rejected"
    assert "ঢাকা" not in names(app)
    app.selectbox(key="entities_status").select("rejected").run()
    assert names(app) == ["ঢাকা"]
    app.button(key="entities_restore").click().run()
    assert entity(db_file, ids["dhaka"])["status"] == "active" and not app.exception


def test_hostile_names_render_as_text(app: AppTest, ids: dict[str, int], db_file: Path) -> None:
    db = open_db(db_file)
    hostile = int(db.execute("SELECT id FROM entities WHERE name LIKE '<img%'").fetchone()[0])
    db.close()
    open_page(app, hostile)
    card = app.get("html")[0].proto.body
    assert "&lt;img src=x onerror=alert(1)&gt;" in card and "<img" not in card


def test_unknown_entity_is_an_error(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app, 9999)
    assert "no entity with id 9999" in app.error[0].value


def registry_changes(db_file: Path) -> list[tuple[str, int]]:
    db = open_db(db_file)
    try:
        return [(r[0], r[1]) for r in db.execute("SELECT action, entity_id FROM corrections WHERE target = 'entity' ORDER BY id")]
    finally:
        db.close()


@pytest.mark.parametrize("click", ["rename", "retype", "merge", "reject", "restore"])
def test_an_entity_merged_away_while_its_card_is_open_is_not_replaced_by_another(
    app: AppTest, ids: dict[str, int], db_file: Path, click: str,
) -> None:
    """The editor opens ক্রেমলিন's card and gets ready to change it; another editor merges it into
    রাশিয়া; the click must change nothing, not rename, retype, merge, reject or restore রাশিয়া."""
    from db import corrections as fix

    kremlin, russia = ids["kremlin"], ids["russia"]
    if click == "restore":
        second_editor(db_file, fix.reject_entity, kremlin)
    open_page(app, kremlin)
    if click == "rename":
        app.text_input(key=f"entities_name_{kremlin}").input("ক্রেমলিন প্রাসাদ").run()
    elif click == "retype":
        app.selectbox(key=f"entities_type_{kremlin}").select("PERSON").run()
    elif click == "merge":
        app.text_input(key="entities_merge_text").input("ঢাকা").run()
    second_editor(db_file, fix.merge_entities, kremlin, russia, editor="রহিম")
    if click == "restore":  # so the card it falls back to offers Restore too
        second_editor(db_file, fix.reject_entity, russia, editor="রহিম")
    before = registry_changes(db_file)
    app.button(key=f"entities_{click}").click().run()
    assert not app.exception and not app.toast
    assert registry_changes(db_file) == before
    errors = [e.value for e in app.error]
    assert any("merged into রাশিয়া by রহিম at " in e and "open রাশিয়া to change it" in e for e in errors), errors
    # the card now shows রাশিয়া: a click of its own acts on it
    assert "was merged into this one" in " ".join(c.value for c in app.caption)
    if click == "reject":
        app.button(key="entities_reject").click().run()
        assert not app.error and registry_changes(db_file) == [*before, ("reject", russia)]


PESKOV_SHORT = "পেসকভ বলেন, আলোচনা চলবে।"


@pytest.fixture
def short_name(db_file: Path, ids: dict[str, int]) -> int:
    """A fourth article that names দিমিত্রি পেসকভ only by his surname: a registry row of its own."""
    from db.analysis import save_analysis
    from db.ingest import ingest_text
    from tests.db.conftest import build_analysis

    db = open_db(db_file)
    try:
        result = ingest_text(db, PESKOV_SHORT, outlet="বার্তা", published="2023-10-05")
        assert result.article_id is not None
        save_analysis(db, result.article_id, build_analysis(
            PESKOV_SHORT, entities={"পেসকভ": ("PERSON", ["পেসকভ"])},
            quotes=[("আলোচনা চলবে", "indirect", "পেসকভ", "person")], published="2023-10-05"))
        return int(db.execute("SELECT id FROM entities WHERE name = 'পেসকভ'").fetchone()[0])
    finally:
        db.close()


def choose_suggestion(app: AppTest) -> None:
    table = next(df for df in app.dataframe if "possibly" in df.value.columns)
    assert table.value[["name", "possibly", "evidence", "candidates"]].values.tolist() == [
        ["পেসকভ", "দিমিত্রি পেসকভ", "last words", 1]]
    app.session_state["entities_same_0"] = {"selection": {"rows": [0], "columns": []}}
    app.run()
    assert not app.exception


def test_no_suggestions_without_short_names(app: AppTest, ids: dict[str, int]) -> None:
    open_page(app)
    assert not [e for e in app.expander if "Possibly the same" in e.label]


def test_a_suggested_pair_is_merged_in_one_click(app: AppTest, ids: dict[str, int], short_name: int,
                                                  db_file: Path) -> None:
    open_page(app)
    assert [e.label for e in app.expander if "Possibly the same" in e.label] == ["Possibly the same: 1 pair to check"]
    choose_suggestion(app)
    app.button(key="entities_same_keep_full").click().run()
    assert not app.exception
    merged = entity(db_file, short_name)
    assert merged["id"] == ids["peskov"] and merged["quotes"] == 3
    assert not [e for e in app.expander if "Possibly the same" in e.label]


def test_the_editor_chooses_the_name_the_merged_row_keeps(app: AppTest, ids: dict[str, int], short_name: int,
                                                          db_file: Path) -> None:
    """Two buttons, the fuller name first here (a surname alone is the short form); the other keeps
    the short name: the longer row is folded into it, so its name is the one left."""
    open_page(app)
    choose_suggestion(app)
    keep = [b for b in app.button if b.key and b.key.startswith("entities_same_keep_")]
    assert [(b.key, b.label) for b in keep] == [("entities_same_keep_full", "Merge, keep «দিমিত্রি পেসকভ»"),
                                                ("entities_same_keep_short", "Merge, keep «পেসকভ»")]
    app.button(key="entities_same_keep_short").click().run()
    assert not app.exception
    kept = entity(db_file, ids["peskov"])
    assert (kept["id"], kept["name"], kept["quotes"]) == (short_name, "পেসকভ", 3)
    assert "দিমিত্রি পেসকভ" in kept["aliases"]


def test_not_the_same_keeps_the_rows_apart_and_ends_the_suggestion(app: AppTest, ids: dict[str, int], short_name: int,
                                                                   db_file: Path) -> None:
    open_page(app)
    choose_suggestion(app)
    app.button(key="entities_same_differ").click().run()
    assert not app.exception
    assert entity(db_file, short_name)["id"] == short_name
    assert not [e for e in app.expander if "Possibly the same" in e.label]


def test_not_the_same_clicked_by_mistake_is_undone_where_it_was_made(app: AppTest, ids: dict[str, int],
                                                                    short_name: int) -> None:
    open_page(app)
    choose_suggestion(app)
    app.button(key="entities_same_differ").click().run()
    assert any("Your last change: পেসকভ marked not the same as দিমিত্রি পেসকভ" in c.value for c in app.caption)
    app.button(key="entities_undo_last").click().run()
    assert not app.exception and not app.error and app.toast[0].value.startswith("Undone")
    assert [e.label for e in app.expander if "Possibly the same" in e.label] == ["Possibly the same: 1 pair to check"]


def test_the_possibly_same_table_says_what_its_columns_are(app: AppTest, ids: dict[str, int], short_name: int) -> None:
    """Labels in the page's English, each with a tooltip, and a caption that reads the columns."""
    open_page(app)
    table = next(df for df in app.dataframe if "possibly" in df.value.columns)
    columns = json.loads(table.proto.columns)
    labels = {name: column.get("label") for name, column in columns.items() if name != "_index"}
    assert labels == {"name": "Name", "possibly": "Possibly the same as", "type": "Type", "evidence": "Why",
                      "candidates": "Rows it could be", "articles": "Articles (each)", "quotes": "Quotes (each)",
                      "short_id": None, "full_id": None}
    assert "alias: an article used both names" in columns["evidence"]["help"]
    caption = " ".join(c.value for c in app.caption)
    assert "Articles and quotes are each row's own, first name + second" in caption


def test_counts_of_one_take_the_singular(app: AppTest, ids: dict[str, int], short_name: int) -> None:
    """"1 entity", "1 pair", "(1 article, 1 quote)", "The quote on the Quotes page": not "1 entities"."""
    open_page(app, short_name)
    app.text_input(key="entities_text").input("দিমিত্রি").run()
    captions = [c.value for c in app.caption]
    assert "1 entity · choose one to see its card" in captions
    assert [e.label for e in app.expander if "Possibly the same" in e.label] == ["Possibly the same: 1 pair to check"]
    choose_suggestion(app)
    assert "**পেসকভ** (1 article, 1 quote) and **দিমিত্রি পেসকভ** (2 articles, 2 quotes)" in [m.value for m in app.markdown]
    assert "The quote on the Quotes page" in [link.proto.label for link in app.get("page_link")]


def test_the_card_says_what_each_count_counts(app: AppTest, ids: dict[str, int]) -> None:
    """Mentions, articles mentioning and quotes credited count different things: quotes may
    outnumber mentions, and the Quotes page counts the articles that quote, not that mention."""
    open_page(app, ids["peskov"])
    metrics = {m.label: m.proto.help for m in app.metric}
    assert list(metrics) == ["Mentions", "Articles mentioning", "Quotes credited"]
    assert "title or a pronoun (তিনি) is not a mention" in metrics["Mentions"]
    assert "Quotes page counts the articles that quote it" in metrics["Articles mentioning"]


def test_a_one_click_merge_is_undone_where_it_was_made(app: AppTest, ids: dict[str, int], short_name: int,
                                                        db_file: Path) -> None:
    open_page(app)
    choose_suggestion(app)
    app.button(key="entities_same_keep_full").click().run()
    assert entity(db_file, short_name)["id"] == ids["peskov"]
    assert any("Your last change: পেসকভ merged into দিমিত্রি পেসকভ" in c.value for c in app.caption)
    app.button(key="entities_undo_last").click().run()
    assert not app.exception and not app.error and app.toast[0].value.startswith("Undone")
    assert entity(db_file, short_name)["id"] == short_name and entity(db_file, short_name)["quotes"] == 1
    assert [e.label for e in app.expander if "Possibly the same" in e.label] == ["Possibly the same: 1 pair to check"]


def test_a_rename_retype_and_merge_are_undone_from_the_cards_history(app: AppTest, ids: dict[str, int],
                                                                      db_file: Path) -> None:
    open_page(app, ids["kremlin"])
    app.selectbox(key=f"entities_type_{ids['kremlin']}").select("LOC").run()
    app.button(key="entities_retype").click().run()
    app.text_input(key="entities_merge_text").input("রাশিয়া").run()
    app.button(key="entities_merge").click().run()
    assert entity(db_file, ids["kremlin"])["id"] == ids["russia"]
    assert any("Your last change: ক্রেমলিন merged into রাশিয়া" in c.value for c in app.caption)
    undo = app.selectbox(key="entities_history_undo")
    merge = next(i for i in undo.options if "merge" in i)
    undo.select(merge).run()
    app.button(key="entities_history_undo_button").click().run()
    assert not app.exception and not app.error  # the card changing back is not "merged away by another editor"
    assert entity(db_file, ids["kremlin"])["id"] == ids["kremlin"]
    open_page(app, ids["kremlin"])
    app.button(key="entities_history_undo_button").click().run()  # the retype, the one left
    assert not app.exception and entity(db_file, ids["kremlin"])["type"] == "ORG"
    assert "entities_history_undo" not in {s.key for s in app.selectbox}
