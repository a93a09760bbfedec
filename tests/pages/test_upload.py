"""Upload page: widgets, the paste box with metadata, per-file results."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from db.store import open_db

TEXT = "নদীপুর, ৪ মার্চ – পৌরসভার মেয়র রফিকুল আলম মঙ্গলবার নতুন সেতুর কাজ উদ্বোধন করেন।"


def open_upload(app: AppTest) -> AppTest:
    app.run()
    app.switch_page("pages/2_Upload.py").run()
    assert not app.exception
    return app


def test_upload_page_widgets(app: AppTest) -> None:
    open_upload(app)
    assert app.button(key="upload_ingest").disabled  # nothing chosen yet
    assert {t.key for t in app.text_input} >= {"upload_title", "upload_outlet", "upload_url", "upload_published",
                                                "upload_author"}
    assert app.text_area(key="upload_text") is not None


def test_paste_box_adds_an_article_with_metadata(app: AppTest, db_file: Path) -> None:
    open_upload(app)
    app.text_area(key="upload_text").input(TEXT)
    app.text_input(key="upload_title").input("সেতুর কাজ শুরু")
    app.text_input(key="upload_outlet").input("নমুনা")
    app.text_input(key="upload_published").input("2025-03-04")
    app.get("form_submit_button")[0].click().run()
    assert not app.exception
    assert "1 added" in app.markdown[-1].value
    db = open_db(db_file)
    row = next(db.query("SELECT title, outlet, published FROM articles"))
    assert row == {"title": "সেতুর কাজ শুরু", "outlet": "নমুনা", "published": "2025-03-04"}
    app.text_area(key="upload_text").input(TEXT)  # the same text again
    app.get("form_submit_button")[0].click().run()
    assert "1 duplicate" in app.markdown[-1].value
    assert app.dataframe[0].value["result"].tolist() == ["duplicate"]
    stored = next(db.query("SELECT id FROM articles"))["id"]
    # the duplicate names the article it duplicates, and links to it
    assert app.dataframe[0].value["reason"].tolist() == [f"already in the archive as #{stored} «সেতুর কাজ শুরু»"]
    link = app.get("page_link")[-1]
    assert f"#{stored}" in link.proto.label and link.proto.query_string == f"article={stored}"


def test_the_paste_form_is_empty_after_an_article_is_added(app: AppTest) -> None:
    """A second click must not add (or report) the same article again; a text that was not added
    stays in the form, to be corrected."""
    open_upload(app)
    app.text_area(key="upload_text").input(TEXT)
    app.text_input(key="upload_title").input("সেতুর কাজ শুরু")
    app.text_input(key="upload_published").input("2025-03-04")
    app.get("form_submit_button")[0].click().run()
    assert not app.exception and "1 added" in app.markdown[-1].value  # the result stays in view
    assert app.text_area(key="upload_text").value == ""
    assert app.text_input(key="upload_title").value == app.text_input(key="upload_published").value == ""
    app.text_area(key="upload_text").input(TEXT)
    app.get("form_submit_button")[0].click().run()
    assert "1 duplicate" in app.markdown[-1].value
    assert app.text_area(key="upload_text").value == TEXT


def test_paste_box_rejects_empty_text_and_bad_dates(app: AppTest) -> None:
    open_upload(app)
    app.get("form_submit_button")[0].click().run()
    assert not app.exception and "1 rejected" in app.markdown[-1].value
    app.text_area(key="upload_text").input(TEXT)
    app.text_input(key="upload_published").input("গতকাল")
    app.get("form_submit_button")[0].click().run()
    assert "1 rejected" in app.markdown[-1].value
    assert "not a date" in app.dataframe[0].value["reason"][0]


def test_a_result_row_opens_the_review_view(app: AppTest) -> None:
    """After adding an article the editor goes straight to reviewing it from its result row."""
    open_upload(app)
    app.text_area(key="upload_text").input(TEXT)
    app.get("form_submit_button")[0].click().run()
    article_id = int(app.dataframe[0].value["article"][0])
    app.session_state["upload_results_table_0"] = {"selection": {"rows": [0], "columns": []}}
    app.run()
    assert not app.exception
    assert app.query_params["article"] == str(article_id)
    assert "পৌরসভার মেয়র" in "".join(h.proto.body for h in app.get("html"))


def test_a_rejected_input_is_the_first_result_row(app: AppTest) -> None:
    """Of 36 inputs the one rejected is the first row, not row 31 under the table's fold; the others
    follow in input order."""
    open_upload(app)
    app.session_state["upload_results"] = [
        {"source": f"batch.zip/{i:02}.txt", "status": "rejected" if i == 30 else "added",
         "reason": "not Bengali text" if i == 30 else "", "article_id": None if i == 30 else 100 + i,
         "title": f"শিরোনাম {i}"} for i in range(36)]
    app.run()
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table["result"][:2]) == ["rejected", "added"] and table["input"][0] == "batch.zip/30.txt"
    assert list(table["input"][1:4]) == ["batch.zip/00.txt", "batch.zip/01.txt", "batch.zip/02.txt"]


def _order(app: AppTest) -> list[str]:
    """The main column's headings and forms, top to bottom."""
    found = []
    def walk(node: object) -> None:
        kind = getattr(node, "type", "")
        if kind == "form":
            found.append("form")
        elif kind == "subheader" and getattr(node, "value", "") == "Results":
            found.append("results")
        for child in getattr(node, "children", {}).values():
            walk(child)
    walk(app.main)
    return found


def test_the_results_of_added_files_show_under_the_add_files_button(app: AppTest, tmp_path: Path) -> None:
    """After "Add files" the results are beside the button the editor clicked, not below the paste
    form, out of view (a 1440 x 900 window showed no change at all); a pasted article's stay under
    the form, and a paste after files shows its own results only."""
    open_upload(app)
    app.session_state["upload_results"] = [{"source": "a.txt", "status": "added", "reason": "",
                                            "article_id": None, "title": "শিরোনাম"}]
    app.session_state["upload_results_from"] = "files"
    app.run()
    assert not app.exception
    assert _order(app) == ["results", "form"]
    app.text_area(key="upload_text").input("")
    app.get("form_submit_button")[0].click().run()  # an empty paste: rejected, shown under the form
    assert not app.exception
    assert _order(app) == ["form", "results"]
    assert "1 rejected" in app.markdown[-1].value
