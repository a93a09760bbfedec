"""Sources page: attribution charts with tables and downloads, filters, corrections, hostile names."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from db import corrections as fix
from db.store import open_db

from .archive import make_archive

CHARTS = ["sources_speakers", "sources_types", "sources_kind", "sources_outlets", "sources_time",
          "sources_anonymous_outlets", "sources_cues"]


@pytest.fixture
def archive(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    return make_archive(db_file, monkeypatch)


def open_sources(app: AppTest) -> AppTest:
    app.run()
    app.switch_page("pages/6_Sources.py").run()
    assert not app.exception, app.exception
    return app


def show(app: AppTest, view: str) -> None:
    """Open every panel's Chart or Table tab (only the open one is built)."""
    for key in CHARTS:
        app.session_state[f"{key}_view"] = view
    app.run()
    assert not app.exception, app.exception


def figures(app: AppTest) -> list[dict]:
    show(app, "Chart")
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def tables(app: AppTest) -> list:
    show(app, "Table")
    return [frame.value for frame in app.dataframe]


def test_no_quotes_yet_points_to_upload(app: AppTest) -> None:
    open_sources(app)
    assert "No quotes yet" in app.info[0].value
    assert any(link.proto.page.endswith("upload") for link in app.get("page_link"))


def test_every_chart_has_a_table_and_a_download(app: AppTest, archive: dict[str, int]) -> None:
    open_sources(app)
    assert "5 quotes in these filters." in [c.value for c in app.caption]
    assert len(app.get("plotly_chart")) == len(CHARTS)
    assert {b.key for b in app.get("download_button")} == {f"{k}_csv" for k in CHARTS} | {"sources_anonymous_articles_csv"}
    assert all(f["layout"]["font"]["family"].startswith("noto-bengali") for f in figures(app))
    speakers, types, kinds = tables(app)[:3]
    assert speakers["speaker"].tolist()[0] == "দিমিত্রি পেসকভ" and speakers["quotes"].tolist()[0] == 2
    assert speakers["open_speaker"].tolist()[0] == f"quotes?speaker={archive['peskov']}"
    assert "quotes?phrase=" in " ".join(speakers["open_speaker"].tolist())
    assert dict(zip(types["source_type"], types["quotes"])) == {
        "named person": 3, "group": 1, "anonymous": 1}
    assert dict(zip(kinds["kind"], kinds["quotes"])) == {"direct": 3, "reported": 2}


def test_only_the_open_tab_of_a_panel_is_built(app: AppTest, archive: dict[str, int]) -> None:
    """Seven hidden tables cost the browser as much as two charts on every load: a panel sends its
    table when its Table tab is opened, and then not its chart."""
    open_sources(app)
    assert len(app.get("plotly_chart")) == len(CHARTS)
    assert len(app.dataframe) == 1  # the articles leaning on anonymous sources: a table, no chart
    app.session_state["sources_kind_view"] = "Table"
    app.run()
    assert not app.exception
    assert len(app.get("plotly_chart")) == len(CHARTS) - 1 and len(app.dataframe) == 2
    assert dict(zip(app.dataframe[0].value["kind"], app.dataframe[0].value["quotes"])) == {"direct": 3, "reported": 2}


def test_anonymous_sources_per_outlet_and_article(app: AppTest, archive: dict[str, int]) -> None:
    open_sources(app)
    by_outlet, by_article = tables(app)[5], tables(app)[6]
    assert by_outlet["label"].tolist()[0] == "সংবাদ" and by_outlet["share"].tolist()[0] == 0.5
    shares = figures(app)[5]["data"][0]  # the chart says how many quotes stand behind each share, as the table does
    assert shares["text"][0] == "50% · 1 of 2" and "%{text}" in shares["hovertemplate"]
    assert by_article.empty  # no article has three quotes
    app.number_input(key="sources_min_quotes").set_value(1).run()
    by_article = tables(app)[6]
    assert by_article["label"].tolist()[0] == "পেসকভের মন্তব্য"
    assert by_article["article"].tolist()[0] == f"articles?article={archive['second']}"


def test_filters_narrow_every_chart(app: AppTest, archive: dict[str, int]) -> None:
    open_sources(app)
    app.selectbox(key="sources_outlet").select("বার্তা").run()
    assert not app.exception
    assert "2 quotes in these filters." in [c.value for c in app.caption]
    app.segmented_control(key="sources_period").set_value("year").run()
    assert tables(app)[4]["period"].tolist() == ["2023"]


def test_anonymous_shares_are_shown_as_percentages(app: AppTest, archive: dict[str, int]) -> None:
    """The grid draws 0.5 as "50%" (its hidden accessible table still holds the raw 0.5: the value
    stays a number, so the column sorts as one)."""
    open_sources(app)
    show(app, "Table")  # the per-outlet table is a panel's, built only when its tab is open
    shares = [json.loads(frame.proto.columns)["share"] for frame in app.dataframe if "share" in frame.value]
    assert len(shares) == 2  # per outlet, and the articles that lean most on anonymous sources
    assert all(c["label"] == "Anonymous share" and c["type_config"]["format"] == "percent" for c in shares)


def test_a_correction_changes_the_charts(app: AppTest, db_file: Path, archive: dict[str, int]) -> None:
    open_sources(app)
    assert tables(app)[5]["share"].tolist()[0] == 0.5
    database = open_db(db_file)
    fix.reject_quote(database, archive["anonymous_quote"])
    database.close()
    app.run()
    assert "4 quotes in these filters." in [c.value for c in app.caption]
    assert set(tables(app)[5]["share"]) == {0.0}
    assert "anonymous" not in set(tables(app)[1]["source_type"])


def test_hostile_names_are_escaped_in_charts(app: AppTest, archive: dict[str, int]) -> None:
    open_sources(app)
    speakers, outlets = figures(app)[0], figures(app)[3]
    assert "&lt;img src=x onerror=alert(2)&gt;" in speakers["data"][0]["y"]
    assert "&lt;i&gt;দুষ্ট&lt;/i&gt; বার্তা" in outlets["data"][0]["y"]
    assert not any("<img" in y or "<i>" in y for f in (speakers, outlets) for y in f["data"][0]["y"])


def test_articles_leaning_on_anonymous_sources_have_one(app: AppTest, archive: dict[str, int]) -> None:
    """The list of articles that lean most on anonymous sources holds only articles that quote one
    (before, every article with enough quotes was listed, at 0%, under that heading)."""
    open_sources(app)
    app.number_input(key="sources_min_quotes").set_value(1).run()
    by_article = tables(app)[6]
    assert by_article["label"].tolist() == ["পেসকভের মন্তব্য"]
    assert by_article["anonymous"].tolist() == [1]
    app.selectbox(key="sources_outlet").select("বার্তা").run()  # an outlet with no anonymous quote
    assert tables(app)[6].empty
    assert any("No article" in c.value and "anonymous" in c.value for c in app.caption)


def test_quotes_over_time_says_how_many_are_undated(app: AppTest, db_file: Path, archive: dict[str, int]) -> None:
    """Most of the corpus has no publication date; the chart by publication date says how many
    quotes it leaves out instead of silently showing a fraction of them."""
    database = open_db(db_file)
    with database.conn:
        database.execute("UPDATE articles SET published = NULL WHERE id = ?", [archive["second"]])
        database.execute("UPDATE quotes SET published = NULL WHERE article_id = ?", [archive["second"]])
    database.close()
    open_sources(app)
    assert sum(tables(app)[4]["quotes"]) == 3
    assert "2 of the 5 quotes are from articles with no publication date and are not in this chart." in [
        c.value for c in app.caption]


def test_each_csv_is_the_table_as_shown_with_its_column_names(app: AppTest, archive: dict[str, int],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import csv
    import io

    from ui import panels

    files: dict[str, bytes] = {}
    monkeypatch.setattr(panels, "download", lambda label, data, file_name, *, key, mime="text/csv":
                        files.__setitem__(key, data))
    app.session_state["sources_min_quotes"] = 1
    open_sources(app)

    def read(key: str) -> list[list[str]]:
        assert files[key].startswith(b"\xef\xbb\xbf")  # so a spreadsheet reads the Bengali as UTF-8
        return list(csv.reader(io.StringIO(files[key].decode("utf-8-sig"))))

    speakers = read("sources_speakers_csv")
    assert speakers[:2] == [["Speaker", "Quotes", "Articles"], ["দিমিত্রি পেসকভ", "2", "2"]]
    assert read("sources_kind_csv")[0] == ["Kind", "Quotes"] and ["reported", "2"] in read("sources_kind_csv")
    assert read("sources_outlets_csv")[0] == ["Outlet", "Quotes"]
    assert read("sources_anonymous_outlets_csv")[0] == ["Outlet", "Quotes", "Anonymous", "Anonymous share"]
    articles = read("sources_anonymous_articles_csv")
    assert articles[0] == ["Article id", "Article", "Anonymous share", "Anonymous", "Quotes", "Outlet", "Date"]
    assert articles[1][:2] == [str(archive["second"]), "পেসকভের মন্তব্য"]
