"""Quotes: everything one speaker said, searchable and filtered, with downloads; `?speaker=<entity
id>` (or `?phrase=<text>` for an unnamed source) opens a speaker directly."""
import streamlit as st

import ui
from db import queries
from db.errors import StoreError
from db.queries import QuoteFilter
from ui import downloads, panels
from ui.editing import SURE_COLUMN, UNSURE_HELP, confidence_label, matching

LIMIT = 25
st.session_state.setdefault("quotes_page", 1)

st.title("Quotes")
st.caption("Look up what a person or organisation said across the archive. Aliases and merged names count as one "
           "speaker; editors' corrections show at once.")

if ui.read(queries.counts)["quotes"] == 0:
    panels.empty_state("No quotes yet. Upload articles: the quotes found in them, with their speakers, appear here.")
    st.stop()

current = panels.current_speaker()
card = None
if current is not None:
    try:
        if current[0] == "speaker":
            card = ui.read(queries.speaker_card, entity_id=int(current[1]))
            current = ("speaker", str(card["entity_id"]))  # a merged-away id opens the entity it became
            st.query_params["speaker"] = current[1]
        else:
            card = ui.read(queries.speaker_card, speaker=current[1])
    except StoreError as exc:
        ui.show_error(exc)
        current = None
        st.query_params.pop("speaker", None)

panels.speaker_picker("quotes", current, card["name"] if card else "")

if card is None:
    st.subheader("Most quoted speakers")
    st.caption("Choose a row (or a name above) to see everything that speaker said.")
    panels.speaker_table(ui.read(queries.quotes_per_speaker, top=25), key="quotes_top")
    st.stop()

panels.speaker_card(card)
if card["quotes"] == 0:
    st.info("No active quotes are attributed to this speaker (their quotes may have been rejected or re-attributed).")
    st.stop()

st.divider()
filters = panels.quote_filters("quotes")
unsure_only, least_sure = st.columns(2)
unsure = unsure_only.toggle("Only quotes to check", key="quotes_unsure", help=UNSURE_HELP)
order = "least_sure" if least_sure.toggle("Least sure first", key="quotes_least_sure") else "newest"
speaker = {"entity_id": card["entity_id"]} if card["entity_id"] is not None else {"speaker": card["name"]}
where = QuoteFilter(**speaker, **filters, unsure=unsure)
panels.reset_page_on_change("quotes_page", (where, order))
try:
    page = ui.read(queries.list_quotes, where, order=order, limit=LIMIT, offset=ui.offset("quotes_page", LIMIT))
except StoreError as exc:
    ui.show_error(exc)
    st.stop()

ordered = ", least sure first" if order == "least_sure" else ", newest first"
st.caption(matching(page.total, "quote") + (ordered if page.total > 1 else ""))
if page.total == 0:
    st.info("Nothing to check here: the extractor is sure of these quotes, or an editor confirmed them." if unsure
            else "No quotes match these filters. Clear the search or widen the dates.")
    st.stop()

rows = [{**row, "link_quote": row["quote_key"], "sure": confidence_label(row)} for row in page.rows]
picked = panels.table(rows, {  # links open at the quote
    "article": st.column_config.LinkColumn("", display_text=":material/open_in_new:", width=40,
                                           help="Open the article (new tab); or select a row"),
    "sure": SURE_COLUMN,
    "published": st.column_config.TextColumn("Date", width=95),
    "text": st.column_config.TextColumn("Quote", width="large"),
    "kind": st.column_config.TextColumn("Kind", width=70),
    "cue": st.column_config.TextColumn("Cue verb", width=90),
    "speaker_mention": st.column_config.TextColumn("Named as", width="small"),
    "title": st.column_config.TextColumn("Article", width="medium"),
    "outlet": st.column_config.TextColumn("Outlet", width="small"),
}, key="quotes_table", on_select="rerun")
for index in picked.selection.rows:
    row = page.rows[index]
    panels.article_link(row["article_id"], row["title"] or "(untitled)", quote_key=row["quote_key"])
ui.pager("quotes_page", page)

if page.total > downloads.EXPORT_CAP:
    st.caption(f"Downloads hold the newest {downloads.EXPORT_CAP:,} of these quotes.")
panels.quote_download_buttons("quotes", where, f"quotes-{current[1] if current[0] == 'speaker' else 'phrase'}")
