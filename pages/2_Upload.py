"""Upload: add articles from files or pasted text, and see what happened to each input."""
from dataclasses import asdict

import streamlit as st

import ui
from db.errors import StoreError
from db.ingest import ingest_text
from db.readers import MB, Limits, limits_from_env

PASTE_FIELDS = ("upload_text", "upload_title", "upload_outlet", "upload_url", "upload_published", "upload_author")
st.session_state.setdefault("upload_results", [])
st.session_state.setdefault("upload_results_from", "paste")  # shown under the control that made them, in view
if st.session_state.pop("upload_added", False):  # the pasted article is stored: the form starts empty again
    st.session_state.update(dict.fromkeys(PASTE_FIELDS, ""))

st.title("Upload articles")
try:
    limits = limits_from_env()
except ValueError as exc:  # a mistyped $NEWSROOM_MAX_FILE_MB: say so, and keep the defaults
    ui.show_error(exc)
    limits = Limits()
st.caption("Text, Markdown, HTML, Word (.docx), PDF (with a text layer), JSON Lines, JSON, CSV, or a ZIP of "
           f"these; at most {limits.max_file_bytes / MB:g} MB a file. CSV columns: text/body, title/headline, "
           "outlet/paper_name, url, published.")

files = st.file_uploader("Article files", type=ui.UPLOAD_TYPES, accept_multiple_files=True, key="upload_files")
if st.button("Add files", key="upload_ingest", type="primary", disabled=not files):
    results = ui.ingest_uploads(files or [], limits=limits)
    st.session_state["upload_results"] = [asdict(r) for r in results]
    st.session_state["upload_results_from"] = "files"


def show_results(source: str) -> None:
    """The counts and table of the last ingest, under the control that made it ("files" or "paste"),
    so they stand where the editor is looking. It reads this page's own session state, so it stays here."""
    results = st.session_state["upload_results"]
    if not results or st.session_state["upload_results_from"] != source:
        return
    counts = {s: sum(r["status"] == s for r in results) for s in ("added", "duplicate", "rejected")}
    st.subheader("Results")
    st.write(f"{counts['added']} added · {counts['duplicate']} duplicate · {counts['rejected']} rejected")
    ui.result_table(results)


show_results("files")

with st.form("upload_paste", clear_on_submit=False):
    st.markdown("**Or paste one article**")
    text = st.text_area("Article text", height=220, key="upload_text")
    left, right = st.columns(2)
    title = left.text_input("Title (default: the first line)", key="upload_title")
    outlet = right.text_input("Outlet", key="upload_outlet")
    url = left.text_input("URL", key="upload_url")
    published = right.text_input("Published (YYYY-MM-DD; default: the dateline)", key="upload_published")
    author = left.text_input("Author", key="upload_author")
    # set before the run, so the file results above the form give way at once
    submitted = st.form_submit_button("Add article", on_click=st.session_state.update, args=({"upload_results_from": "paste"},))

if submitted:
    try:
        with ui.database() as db:
            result = ingest_text(db, text, title=title, outlet=outlet, url=url, published=published, author=author)
        st.session_state["upload_results"] = [asdict(result)]
    except StoreError as exc:
        ui.show_error(exc)
    else:
        if result.status == "added":  # a duplicate or a rejected text stays in the form, to be changed
            st.session_state["upload_added"] = True
            st.rerun()

show_results("paste")
