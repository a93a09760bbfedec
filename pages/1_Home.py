"""Home: what is in the archive, a search box, the latest articles; on an empty archive, how to start."""
import streamlit as st

import ui
from db import queries, samples
from db.errors import StoreError
from db.search import ArticleFilter, search_articles
from ui.editing import matching

LIMIT = 10
st.session_state.setdefault("home_page", 1)


first_page = ui.first_page("home_page")


st.title("বাংলা নিউজরুম")
counts = ui.read(queries.counts)

if counts["articles"] == 0:
    st.info("The archive is empty. Upload articles (text, Word, PDF, HTML, CSV, JSON or ZIP files), "
            "or load a small set of fictional demo articles to look around.")
    st.page_link("pages/2_Upload.py", label="Upload articles", icon=":material/upload:")
    if st.button("Load demo articles", key="home_load_samples", type="primary"):
        with ui.database() as db:
            samples.load_samples(db)
        st.rerun()
    st.stop()

cols = st.columns(5)
for col, (label, key) in zip(cols, [("Articles", "articles"), ("Outlets", "outlets"), ("Entities", "entities"),
                                    ("Quotes", "quotes"), ("Dated events", "events")]):
    col.metric(label, f"{counts[key]:,}")

if counts["samples"]:
    st.caption(f"{counts['samples']} of these are fictional demo articles (titles start with “নমুনা:”).")
    if st.button("Remove demo articles", key="home_remove_samples"):
        with ui.database() as db:
            samples.remove_samples(db)
        st.rerun()

st.subheader("Search")
query = st.text_input("Search articles", key="home_query", on_change=first_page,
                      placeholder='রাশিয়া, "প্রধান উপদেষ্টা", ১২ সেপ্টেম্বর …')
left, right = st.columns(2)
outlet = left.selectbox("Outlet", [None, *[o["outlet"] for o in ui.read(queries.outlets)]], key="home_outlet",
                        format_func=lambda o: "All outlets" if o is None else o, on_change=first_page)
order = right.radio("Order", ["relevance", "date"], horizontal=True, key="home_order", on_change=first_page)

if query.strip():
    try:
        page = ui.read(search_articles, query, where=ArticleFilter(outlet=outlet), order=order, limit=LIMIT,
                       offset=ui.offset("home_page", LIMIT))
    except StoreError as exc:
        ui.show_error(exc)
    else:
        st.caption(matching(page.total, "article"))
        ui.article_results(page)
        ui.pager("home_page", page)

st.subheader("Recently added")
st.caption("Choose a row to review the article.")
ui.article_table(ui.read(queries.recent_articles, limit=LIMIT), key="home_recent")
