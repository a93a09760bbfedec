"""Timeline page: chart and table of dated events, URL filters, escaped hovers, downloads."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from db import corrections as fix
from db.store import open_db

from .archive import make_archive


@pytest.fixture
def archive(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    return make_archive(db_file, monkeypatch)


def open_timeline(app: AppTest, **params: str) -> AppTest:
    for name, value in params.items():
        app.query_params[name] = value
    app.run()
    app.switch_page("pages/5_Timeline.py").run()
    assert not app.exception, app.exception
    return app


def figure(app: AppTest) -> dict:
    return json.loads(app.get("plotly_chart")[0].proto.spec)


def table_dates(app: AppTest) -> list[str]:
    if app.session_state["timeline_view"] != "Table":  # the table is built when its tab is open
        app.session_state["timeline_view"] = "Table"
        app.run()
    return app.dataframe[0].value["date_start"].tolist()


def test_no_events_yet_points_to_upload(app: AppTest) -> None:
    open_timeline(app)
    assert "No dated events yet" in app.info[0].value
    assert any(link.proto.page.endswith("upload") for link in app.get("page_link"))


def test_chart_table_and_downloads(app: AppTest, archive: dict[str, int]) -> None:
    open_timeline(app)
    assert "Showing 6 events." in [c.value for c in app.caption]
    traces = figure(app)["data"]
    assert {t["type"] for t in traces} == {"scatter", "bar"}  # days as points, the month as a bar
    day = next(t for t in traces if t["type"] == "scatter")  # the first article's ১২ সেপ্টেম্বর … মঙ্গলবার: one event
    assert day["x"].count("2023-09-12") == 1 and "১২ সেপ্টেম্বর … মঙ্গলবার" in str(day["customdata"])
    assert day["x"].count("2023-10-03") == 1 and "2" in day["text"]  # two sentences of 3 October: one dot
    assert any("A number on a dot or bar is how many events" in c.value for c in app.caption)
    assert figure(app)["layout"]["font"]["family"].startswith("noto-bengali")
    assert table_dates(app)[0] == "2024-01-05" and table_dates(app)[-1] == "2019-01-01"  # latest first
    assert {b.proto.label for b in app.get("download_button")} == {"CSV", "TimelineJS"}
    assert app.selectbox(key="timeline_entity").value is None and app.selectbox(key="timeline_speaker").value is None


def test_the_figure_is_sent_with_bengali_as_utf8(app: AppTest, archive: dict[str, int]) -> None:
    """Bengali is four fifths of the archive's Timeline figure: as JSON's \\u0995 escapes (plotly
    without orjson) it weighed twice its UTF-8 (749 KB against 440 KB over the websocket)."""
    open_timeline(app)
    spec = app.get("plotly_chart")[0].proto.spec
    assert "১২ সেপ্টেম্বর" in spec and "\\u09" not in spec


def test_only_the_open_tab_is_built_and_sent(app: AppTest, archive: dict[str, int]) -> None:
    open_timeline(app)  # the chart tab: no table of every event beside it
    assert len(app.get("plotly_chart")) == 1 and not app.dataframe
    app.session_state["timeline_view"] = "Table"
    app.run()
    assert not app.exception and not app.get("plotly_chart") and len(app.dataframe[0].value) == 6
    assert {b.proto.label for b in app.get("download_button")} == {"CSV", "TimelineJS"}


def test_hover_text_from_articles_is_escaped(app: AppTest, archive: dict[str, int]) -> None:
    open_timeline(app, article=str(archive["hostile"]))
    traces = figure(app)["data"]
    hover = [point[1] for t in traces for point in t["customdata"]]
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in v for v in hover)  # the sentence
    assert any("&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;" in v for v in hover)  # the title
    assert any("&lt;i&gt;দুষ্ট&lt;/i&gt; বার্তা" in v for v in hover)  # the outlet
    assert not any("<script" in v or "<i>দুষ্ট" in v or "<img" in v for v in hover)
    assert [point[0] for t in traces for point in t["customdata"]] == [archive["hostile"]] * 2


def test_url_filters_by_entity_speaker_and_article(app: AppTest, archive: dict[str, int]) -> None:
    open_timeline(app, entity=str(archive["peskov"]))
    assert app.selectbox(key="timeline_entity").value == ("entity", str(archive["peskov"]))
    assert "Showing 2 events." in [c.value for c in app.caption]
    app2 = open_timeline(AppTest.from_file(app._script_path, default_timeout=60), article=str(archive["first"]))
    assert table_dates(app2) == ["2023-09-12", "2019-01-01"]
    app2.button(key="timeline_all_articles").click().run()
    assert "article" not in app2.query_params and len(table_dates(app2)) == 6


def test_a_speaker_quoted_only_in_undated_sentences_is_told_not_hidden(app: AppTest, archive: dict[str, int]) -> None:
    open_timeline(app, speaker=str(archive["hostile_speaker"]))
    [info] = [i.value for i in app.info]
    assert "is quoted 1 time, but none of those quotes stands in a sentence that names a date" in info
    assert info.startswith("\\<img src=x")  # the speaker's name from the article is made literal markdown
    [link] = app.get("page_link")
    assert (link.proto.page, link.proto.query_string) == ("quotes", f"speaker={archive['hostile_speaker']}")


def test_choosing_filters_writes_the_url(app: AppTest, archive: dict[str, int]) -> None:
    open_timeline(app)
    app.text_input(key="timeline_speaker_find").input("পেসকভ").run()
    app.selectbox(key="timeline_speaker").select(("speaker", str(archive["peskov"]))).run()
    assert app.query_params["speaker"] == str(archive["peskov"])
    assert len(table_dates(app)) == 1
    app.selectbox(key="timeline_outlet").select("বার্তা").run()
    assert not app.exception and "No dated events match" in app.info[0].value


def test_bad_ids_in_the_url_are_messages(app: AppTest, archive: dict[str, int]) -> None:
    open_timeline(app, entity="9999", article="x")
    assert "no entity with id 9999" in app.error[0].value
    assert "not an id" in app.warning[0].value
    assert len(table_dates(app)) == 6


def test_a_merge_moves_events_to_the_surviving_entity(app: AppTest, db_file: Path, archive: dict[str, int]) -> None:
    database = open_db(db_file)
    fix.merge_entities(database, archive["kim"], archive["peskov"])
    database.close()
    open_timeline(app, entity=str(archive["kim"]))
    assert app.query_params["entity"] == str(archive["peskov"])
    assert len(table_dates(app)) == 4  # Kim's two events (one of them said twice) and Peskov's two


def test_the_date_filter_says_it_picks_the_events_dates_not_publication(app: AppTest, archive: dict[str, int]) -> None:
    """The range keeps events whose dates overlap it (a 1971 event of a 2025 article), so it is not
    labelled "Published between" as on the quote pages."""
    open_timeline(app)
    assert app.date_input(key="timeline_dates").label == "Events dated between"
    assert app.date_input(key="timeline_dates").proto.min < "1946"  # খালেদা জিয়া's birth, 1888, ১৯৭১ ...
    app.date_input(key="timeline_dates").set_value([date(2019, 1, 1), date(2019, 12, 31)]).run()
    assert table_dates(app) == ["2019-01-01"]  # an event of 2019 in an article published in 2023


def test_date_corrections_show_on_the_timeline_and_in_its_downloads(app: AppTest, archive: dict[str, int],
                                                                    db_file: Path) -> None:
    """An editor's date fixes in the review view: the corrected day and description on the chart,
    the table, the CSV and the TimelineJS slides; a rejected date gone from all of them."""
    from db.queries import EventFilter, list_events
    from ui import downloads

    database = open_db(db_file)
    first = archive["first"]
    ids = dict(database.execute("SELECT text, id FROM events WHERE article_id = ?", [first]).fetchall())
    fix.set_date_value(database, ids["২০১৯ সালের"], "2019-04")
    fix.set_date_summary(database, ids["২০১৯ সালের"], "কিমের আগের রাশিয়া সফর")
    fix.reject_date(database, ids["১২ সেপ্টেম্বর"])
    fix.reject_date(database, ids["মঙ্গলবার"])
    rows = list_events(database, EventFilter(article_id=first)).rows
    database.close()
    open_timeline(app, article=str(first))
    hover = " ".join(point[1] for t in figure(app)["data"] for point in t["customdata"])
    assert "কিমের আগের রাশিয়া সফর" in hover and "মঙ্গলবার" not in hover
    assert table_dates(app) == ["2019-04-01"]
    csv = downloads.to_csv(rows, downloads.EVENT_COLUMNS).decode("utf-8")
    assert "2019-04" in csv and "কিমের আগের রাশিয়া সফর" in csv and "মঙ্গলবার" not in csv
    slides = downloads.timelinejs(rows)["events"]
    assert [s["text"]["headline"] for s in slides] == ["কিমের আগের রাশিয়া সফর"]
