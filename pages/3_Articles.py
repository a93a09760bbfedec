"""Articles: find articles (full-text search, filters, pages in SQL) and review one (`?article=ID`):
the text with entities, quotes and dates highlighted, what was found, the editor's corrections, and
"Re-analyse this article" (the current extractor again, corrections kept)."""
from datetime import date, timedelta

import streamlit as st

import ui
from db import queries
from db.corrections import article_corrections
from db.errors import StoreError
from db.search import STATUSES, ArticleFilter, marked, search_articles
from ui import editing, entities, review

LIMIT = 25
for key, default in {"articles_page": 1, "articles_last_page": 1, "articles_order": "relevance"}.items():
    st.session_state.setdefault(key, default)
editing.flash()
editing.editor_box()


first_page = ui.first_page("articles_page")


def close_article() -> None:
    st.query_params.pop("article", None)
    st.query_params.pop("quote", None)
    st.session_state["articles_page"] = st.session_state.get("articles_last_page", 1)


try:
    article_id = editing.query_id("article")
    article = ui.read(queries.get_article, article_id) if article_id is not None else None
except StoreError as exc:
    ui.show_error(exc)
    st.button("← All articles", key="articles_back_error", on_click=close_article)
    st.stop()

if article is not None:  # ---- the review view ----
    st.button("← All articles", key="articles_back", on_click=close_article)
    st.html(review.header_html(article))
    editing.undo_last("articles")
    review.status_bar(article)
    review.reanalyse(article)
    text, side = st.columns([5, 4], gap="large")  # the side holds the corrections: room for their labels at 1000 px
    text.html(review.article_html(article, focus=review.quote_focus(article, text)))
    with side:
        review.side_lists(article)
        st.subheader("Corrections")
        fix_entity, fix_quote, add, history = st.tabs(["Entity", "Quote", "Add missing", "History"])
        with fix_entity:
            entities.article_entity_fixes(article)
        with fix_quote:
            review.quote_fixes(article)
        with add:
            review.additions(article)
        with history:
            review.history(article, ui.read(article_corrections, article["id"], limit=100).rows)
    st.stop()

# ---- the search table ----
st.title("Articles")
if ui.read(queries.counts)["articles"] == 0:
    st.info("No articles yet. Upload some (or load the demo set on Home), then search and review them here.")
    st.page_link("pages/2_Upload.py", label="Upload articles", icon=":material/upload:")
    st.stop()

query = st.text_input("Search", key="articles_query", on_change=first_page, persist_state="page",
                      placeholder='রাশিয়া, "প্রধান উপদেষ্টা", কিম OR পুতিন …')
left, middle, right = st.columns(3)
outlet = left.selectbox("Outlet", [o["outlet"] for o in ui.read(queries.outlets)], index=None, key="articles_outlet",
                        placeholder="All outlets", format_func=editing.plain, on_change=first_page, persist_state="page")
dates = middle.date_input("Published between", value=(), key="articles_dates", min_value=date(1950, 1, 1),
                          max_value=date.today() + timedelta(days=366), on_change=first_page,
                          persist_state="page")
status = right.selectbox("Review status", STATUSES, index=None, key="articles_status", placeholder="Any status",
                         on_change=first_page, persist_state="page")
with left:
    entity_id = editing.pick_entity("articles_filter_entity", "Mentions entity", on_change=first_page)
with middle:
    speaker_id = editing.pick_entity("articles_filter_speaker", "Quotes speaker", speakers=True, on_change=first_page)
right.radio("Order", ["relevance", "date"], horizontal=True, key="articles_order", on_change=first_page, persist_state="page")

span = [d for d in (dates if isinstance(dates, tuple | list) else [dates]) if d]
where = ArticleFilter(outlet=outlet, status=status, entity_id=entity_id, speaker_id=speaker_id,
                      date_from=span[0].isoformat() if span else None,
                      date_to=span[1].isoformat() if len(span) > 1 else None)
try:
    page = ui.read(search_articles, query, where=where, order=st.session_state["articles_order"], limit=LIMIT,
                   offset=ui.offset("articles_page", LIMIT))
except StoreError as exc:
    ui.show_error(exc)
    st.stop()

if not page.rows:
    st.info("No article matches. Remove a filter or search for fewer words.")
    st.stop()
st.caption(f"{editing.counted(page.total, 'article')} · choose one to review it")
rows = [{"id": r["id"], "title": r["title"], "outlet": r["outlet"], "published": r["published"], "status": r["status"],
         **({"match": marked(r["snippet"], "«", "»")} if r.get("snippet") else {})} for r in page.rows]
if chosen := editing.table_pick(rows, key="articles_table"):
    st.session_state["articles_last_page"] = st.session_state["articles_page"]
    st.query_params["article"] = str(chosen["id"])
    st.rerun()
ui.pager("articles_page", page)
