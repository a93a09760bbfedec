"""Home page: empty state with the demo set, counts, search with snippets, errors as messages."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from db.ingest import ingest_text
from db.store import open_db


def test_empty_archive_offers_upload_and_demo_set(app: AppTest) -> None:
    app.run()
    assert not app.exception
    assert "empty" in app.info[0].value
    app.button(key="home_load_samples").click().run()
    assert not app.exception
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Articles"] == "4"
    assert "fictional demo articles" in app.caption[0].value
    app.button(key="home_remove_samples").click().run()
    assert not app.exception and app.info and "empty" in app.info[0].value


def test_search_shows_highlighted_results_and_clean_errors(app: AppTest, db_file: Path) -> None:
    db = open_db(db_file)
    ingest_text(db, "রাশিয়ার প্রতিনিধি দল <script>alert(1)</script> ঢাকায় পৌঁছেছে।", outlet="সমকাল",
                title="<b>সফর</b>")
    db.close()
    app.run()
    app.text_input(key="home_query").input("রাশিয়া").run()
    assert not app.exception
    assert "1 article matches" in [c.value for c in app.caption]
    html = app.get("html")[0].proto.body
    assert "<mark>রাশিয়ার</mark>" in html
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert app.get("page_link")[0].proto.label == "**\\<b\\>সফর\\<\\/b\\>**"  # the title's markup as text
    app.text_input(key="home_query").input('"unbalanced').run()
    assert not app.exception
    assert "unbalanced" in app.error[0].value


def test_outlet_filter_and_recent_table(app: AppTest, db_file: Path) -> None:
    db = open_db(db_file)
    ingest_text(db, "প্রথম খবর রাশিয়া নিয়ে।", outlet="ক")
    ingest_text(db, "দ্বিতীয় খবর রাশিয়া নিয়ে।", outlet="খ")
    db.close()
    app.run()
    assert len(app.dataframe) == 1
    app.text_input(key="home_query").input("রাশিয়া").run()
    app.selectbox(key="home_outlet").select("খ").run()
    assert not app.exception and "1 article matches" in [c.value for c in app.caption]


def test_a_new_search_outlet_or_order_starts_at_page_one(app: AppTest, db_file: Path) -> None:
    from db.ingest import ingest_records
    from db.readers import Record

    db = open_db(db_file)
    ingest_records(db, [Record(f"r{i}", f"খবর নম্বর {i}: " + ("নদীর পাড়ে বাঁধ।" if i % 2 else "পাহাড়ে বৃষ্টি।"),
                               outlet="ক" if i < 20 else "খ") for i in range(40)])
    db.close()
    app.run()
    app.text_input(key="home_query").input("খবর").run()
    assert "40 articles match" in [c.value for c in app.caption]
    for change in (lambda: app.text_input(key="home_query").input("খবর নম্বর"),  # 40 matches as well
                   lambda: app.selectbox(key="home_outlet").select("ক"),  # 20 matches: 2 pages
                   lambda: app.radio(key="home_order").set_value("date")):
        app.number_input(key="home_page").set_value(2).run()
        assert app.number_input(key="home_page").value == 2
        change().run()
        assert not app.exception
        assert app.number_input(key="home_page").value == 1


def test_results_and_recent_articles_open_the_review_view(app: AppTest, db_file: Path) -> None:
    """Home is where an editor finds an article: a search result's title and a row of the recent
    table both lead to its review view (before, Home was a dead end)."""
    db = open_db(db_file)
    first = ingest_text(db, "রাশিয়ার প্রতিনিধি দল ঢাকায় পৌঁছেছে।", title="<b>সফর</b>").article_id
    second = ingest_text(db, "বৃষ্টিতে ঢাকার রাস্তা ডুবেছে।", title="বৃষ্টি").article_id
    db.close()
    app.run()
    app.text_input(key="home_query").input("রাশিয়া").run()
    [link] = [p.proto for p in app.get("page_link")]
    assert (link.page.lower(), link.query_string) == ("articles", f"article={first}")
    assert "সফর" in link.label and "<b>" not in link.label  # the title as text, not markup
    app.session_state["home_recent_0"] = {"selection": {"rows": [0], "columns": []}}  # newest first
    app.run()
    assert not app.exception
    assert app.query_params["article"] == str(second)
    assert "ডুবেছে" in "".join(h.proto.body for h in app.get("html"))
