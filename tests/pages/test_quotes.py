"""Quotes page: the speaker picker, ?speaker= deep links, card, filters, downloads, corrections."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from db import corrections as fix
from db.queries import QuoteFilter
from db.store import open_db, write
from ui import downloads

from .archive import HOSTILE_SPEAKER, make_archive

PESKOV = "দিমিত্রি পেসকভ"


@pytest.fixture
def archive(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    return make_archive(db_file, monkeypatch)


def open_quotes(app: AppTest, **params: str) -> AppTest:
    for name, value in params.items():
        app.query_params[name] = value
    app.run()
    app.switch_page("pages/4_Quotes.py").run()
    assert not app.exception, app.exception
    return app


def metrics(app: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def quote_texts(app: AppTest) -> list[str]:
    return app.dataframe(key="quotes_table").value["text"].tolist()


def test_no_quotes_yet_points_to_upload(app: AppTest) -> None:
    open_quotes(app)
    assert "No quotes yet" in app.info[0].value
    assert any(link.proto.page.endswith("upload") for link in app.get("page_link"))


def test_without_a_speaker_the_most_quoted_are_offered(app: AppTest, archive: dict[str, int]) -> None:
    open_quotes(app)
    assert app.subheader[0].value == "Most quoted speakers"
    top = app.dataframe(key="quotes_top").value
    assert top["speaker"].tolist()[0] == PESKOV and top["quotes"].tolist()[0] == 2
    assert app.selectbox(key="quotes_speaker").value is None


def test_type_ahead_then_choose_puts_the_speaker_in_the_url(app: AppTest, archive: dict[str, int]) -> None:
    open_quotes(app)
    app.text_input(key="quotes_find").input("পেস").run()
    picker = app.selectbox(key="quotes_speaker")
    assert [label.split(" · ")[0] for label in picker.options] == [PESKOV]
    picker.select(("speaker", str(archive["peskov"]))).run()
    assert not app.exception
    assert app.query_params["speaker"] == str(archive["peskov"])
    assert app.subheader[0].value == PESKOV
    assert metrics(app)["Quotes"] == "2" and metrics(app)["Direct / reported"] == "2 / 0"
    assert "**First quoted** 2023-09-12 · **last quoted** 2023-10-03" in app.caption[1].value
    assert sorted(quote_texts(app)) == ["আমরা প্রস্তুত,", "আলোচনা ফলপ্রসূ হয়েছে,"]
    assert app.dataframe(key="quotes_table").value["article"].tolist()[0].startswith(
        f"articles?article={archive['second']}&quote=")
    assert {b.proto.label for b in app.get("download_button")} == {"CSV", "JSON"}


def test_speaker_in_the_url_opens_the_page_on_that_speaker(app: AppTest, archive: dict[str, int]) -> None:
    open_quotes(app, speaker=str(archive["peskov"]))
    assert app.subheader[0].value == PESKOV
    assert app.selectbox(key="quotes_speaker").value == ("speaker", str(archive["peskov"]))
    assert "বার্তা (1)" in " ".join(c.value for c in app.caption)  # outlets on the card


def test_a_rejected_speaker_opened_by_link_says_it_is_rejected(app: AppTest, archive: dict[str, int], db_file: Path) -> None:
    database = open_db(db_file)
    fix.reject_entity(database, archive["peskov"])
    database.close()
    open_quotes(app, speaker=str(archive["peskov"]))
    assert app.subheader[0].value == PESKOV
    assert any("Rejected everywhere" in w.value for w in app.warning)


def test_a_phrase_speaker_opens_by_phrase(app: AppTest, archive: dict[str, int]) -> None:
    open_quotes(app, phrase="বিশ্লেষকরা")
    assert metrics(app)["Quotes"] == "1"
    assert quote_texts(app) == ["এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে"]


def test_bad_speaker_links_are_messages_not_tracebacks(app: AppTest, archive: dict[str, int]) -> None:
    open_quotes(app, speaker="abc")
    assert "not an id" in app.warning[0].value and app.subheader[0].value == "Most quoted speakers"
    app2 = AppTest.from_file(app._script_path, default_timeout=60)
    open_quotes(app2, speaker="9999")
    assert "no entity with id 9999" in app2.error[0].value


def test_search_and_filters_narrow_the_quotes(app: AppTest, archive: dict[str, int]) -> None:
    open_quotes(app, speaker=str(archive["peskov"]))
    app.text_input(key="quotes_query").input("প্রস্তুত").run()
    assert quote_texts(app) == ["আমরা প্রস্তুত,"]
    app.text_input(key="quotes_query").input("").run()
    app.selectbox(key="quotes_outlet").select("বার্তা").run()
    assert quote_texts(app) == ["আলোচনা ফলপ্রসূ হয়েছে,"]
    app.selectbox(key="quotes_kind").select("indirect").run()
    assert not app.exception and "No quotes match" in app.info[0].value
    app.text_input(key="quotes_query").input('"open').run()
    assert not app.exception and "unbalanced" in app.error[0].value


def test_corrections_change_what_the_page_shows(app: AppTest, db_file: Path, archive: dict[str, int]) -> None:
    open_quotes(app, speaker=str(archive["peskov"]))
    assert metrics(app)["Quotes"] == "2"
    database = open_db(db_file)
    quote = int(database.execute("SELECT id FROM quotes WHERE text = 'আমরা প্রস্তুত,'").fetchone()[0])
    fix.reject_quote(database, quote)
    fix.set_quote_speaker(database, archive["anonymous_quote"], entity_id=archive["peskov"])
    database.close()
    app.run()
    assert metrics(app)["Quotes"] == "2"
    assert sorted(quote_texts(app)) == ["আলোচনা ফলপ্রসূ হয়েছে,", "আলোচনা শিগগির হবে"]


def test_a_merged_speaker_opens_as_the_entity_it_became(app: AppTest, db_file: Path, archive: dict[str, int]) -> None:
    database = open_db(db_file)
    fix.merge_entities(database, archive["hostile_speaker"], archive["peskov"])
    database.close()
    open_quotes(app, speaker=str(archive["hostile_speaker"]))
    assert app.subheader[0].value == PESKOV
    assert app.query_params["speaker"] == str(archive["peskov"])
    assert metrics(app)["Quotes"] == "3"
    assert HOSTILE_SPEAKER in app.caption[1].value.replace("\\", "")  # now an alias, shown as text


def test_hostile_speaker_names_are_text(app: AppTest, archive: dict[str, int]) -> None:
    open_quotes(app, speaker=str(archive["hostile_speaker"]))
    heading = app.subheader[0].value
    assert heading.startswith("\\<img") and heading.replace("\\", "") == HOSTILE_SPEAKER  # escaped Markdown
    assert quote_texts(app) == ["<b>সব ঠিক আছে</b>,"]  # a grid cell: shown as text


def test_export_is_the_filtered_set_paged_through_sql(db_file: Path, archive: dict[str, int]) -> None:
    where = QuoteFilter(entity_id=archive["peskov"], outlet="সংবাদ")
    rows = json.loads(downloads.quotes_file(str(db_file), where, "json"))
    assert [r["text"] for r in rows] == ["আমরা প্রস্তুত,"] and set(rows[0]) == set(downloads.QUOTE_COLUMNS)
    csv_text = downloads.quotes_file(str(db_file), QuoteFilter(entity_id=archive["peskov"]), "csv").decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("id,published,outlet") and len(csv_text.splitlines()) == 3
    database = open_db(db_file)
    everything = downloads.export_quotes(database, QuoteFilter(), batch=1)
    assert len(everything) == 5 and len({r["id"] for r in everything}) == 5
    assert len(downloads.export_quotes(database, QuoteFilter(), cap=2, batch=1)) == 2
    database.close()


def test_each_quote_links_to_its_place_in_the_article(app: AppTest, db_file: Path, archive: dict[str, int]) -> None:
    """A fact-checker checking a quote opens the article at that quote, not at the top of the text."""
    open_quotes(app, speaker=str(archive["peskov"]))
    database = open_db(db_file)
    try:
        rows = database.execute("SELECT article_id, quote_key FROM quotes WHERE speaker_entity_id = ? AND status = 'active'",
                                [archive["peskov"]]).fetchall()
    finally:
        database.close()
    links = app.dataframe(key="quotes_table").value["article"].tolist()
    assert sorted(links) == sorted(f"articles?article={article}&quote={key}" for article, key in rows)


def _many_quotes(db_file: Path, speaker: int, count: int) -> None:
    """`count` more quotes of `speaker`, copies of one of theirs, 20%, 21%, … sure."""
    database = open_db(db_file)
    try:
        columns = [c for c in database["quotes"].columns_dict if c not in ("id", "quote_key", "text", "confidence")]
        names = ", ".join(columns)
        with write(database):
            for i in range(count):
                database.execute(
                    f"INSERT INTO quotes (quote_key, text, confidence, {names}) SELECT ?, ?, ?, {names} FROM quotes "
                    "WHERE speaker_entity_id = ? AND status = 'active' LIMIT 1",
                    [f"copy-{i}", f"অনুলিপি {i}", round(0.2 + i / 100, 2), speaker])
    finally:
        database.close()


def test_the_least_sure_first_and_only_unsure_are_paged_in_sql(app: AppTest, db_file: Path,
                                                               archive: dict[str, int]) -> None:
    _many_quotes(db_file, archive["peskov"], 40)  # 42 quotes of his: 40 under UNSURE_BELOW, 2 at 90%
    open_quotes(app, speaker=str(archive["peskov"]))
    sure = app.dataframe(key="quotes_table").value["sure"].tolist()
    assert len(sure) == 25 and "42 quotes match, newest first" in [c.value for c in app.caption]
    app.toggle(key="quotes_least_sure").set_value(True).run()
    assert "42 quotes match, least sure first" in [c.value for c in app.caption]
    assert app.dataframe(key="quotes_table").value["sure"].tolist()[:2] == ["⚠ check · 20%", "⚠ check · 21%"]
    app.number_input(key="quotes_page").set_value(2).run()
    assert app.dataframe(key="quotes_table").value["sure"].tolist()[-3:] == ["⚠ check · 59%", "90%", "90%"]

    app.toggle(key="quotes_unsure").set_value(True).run()  # a new filter: back to page 1, paged with it
    assert app.number_input(key="quotes_page").value == 1 and app.number_input(key="quotes_page").max == 2
    assert "40 quotes match, least sure first" in [c.value for c in app.caption]
    app.number_input(key="quotes_page").set_value(2).run()
    second = app.dataframe(key="quotes_table").value["sure"].tolist()
    assert len(second) == 15 and second[-1] == "⚠ check · 59%"

    database = open_db(db_file)  # an editor fixes the least sure quote's speaker: it leaves the list
    least = int(database.execute("SELECT id FROM quotes WHERE text = 'অনুলিপি 0'").fetchone()[0])
    fix.set_quote_speaker(database, least, entity_id=archive["peskov"])
    database.close()
    app.run()
    assert "39 quotes match, least sure first" in [c.value for c in app.caption]
    app.toggle(key="quotes_unsure").set_value(False).run()
    app.number_input(key="quotes_page").set_value(2).run()
    assert app.dataframe(key="quotes_table").value["sure"].tolist()[-1] == "✓ editor"  # confirmed: last


def test_nothing_to_check_says_so(app: AppTest, archive: dict[str, int]) -> None:
    open_quotes(app, speaker=str(archive["peskov"]))
    app.toggle(key="quotes_unsure").set_value(True).run()
    assert not app.exception and "Nothing to check here" in app.info[0].value
