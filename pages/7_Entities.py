"""Entities: the registry of people, organisations and places (filtered, sorted and paged in SQL), and
one entity's card (`?entity=ID`): its articles, its quotes, whom it appears with, and the editor's
actions on it (rename, retype, merge, reject, restore)."""
import streamlit as st

import ui
from core.models import ENTITY_TYPES
from db import queries
from db.errors import StoreError
from ui import editing, entities

LIMIT = 25
ORDERS = {"mentions": "most mentioned", "articles": "most articles", "quotes": "most quoted", "name": "name"}
st.session_state.setdefault("entities_page", 1)
editing.flash()
editing.editor_box()
editing.undo_last("entities", forget=[entities.CARD_SEEN])


first_page = ui.first_page("entities_page")


st.title("Entities")
counts = ui.read(queries.counts)
if counts["articles"] == 0:
    st.info("No articles yet, so no people, organisations or places. Upload articles first.")
    st.page_link("pages/2_Upload.py", label="Upload articles", icon=":material/upload:")
    st.stop()

name, kind, status, order = st.columns([3, 2, 2, 2])
text = name.text_input("Name or alias contains", key="entities_text", on_change=first_page, placeholder="কিম, রাশিয়া …")
entity_type = kind.selectbox("Type", ENTITY_TYPES, index=None, key="entities_type", on_change=first_page,
                             placeholder="All types", format_func=lambda t: f"{t} ({entities.TYPE_LABELS[t]})")
shown = status.selectbox("Status", ["active", "rejected"], key="entities_status", on_change=first_page,
                         format_func={"active": "In use", "rejected": "Rejected"}.get)
sort = order.selectbox("Sort by", list(ORDERS), key="entities_order", format_func=ORDERS.get, on_change=first_page)

try:
    page = ui.read(queries.list_entities, text=text, entity_type=entity_type, status=shown, order=sort, limit=LIMIT,
                   offset=ui.offset("entities_page", LIMIT))
except StoreError as exc:
    ui.show_error(exc)
    st.stop()

if page.rows:
    st.caption(f"{editing.counted(page.total, 'entity', 'entities')} · choose one to see its card")
    if chosen := editing.table_pick(entities.registry_rows(page.rows), key="entities_table", height=390):
        st.query_params["entity"] = str(chosen["id"])
        st.rerun()
    ui.pager("entities_page", page)
elif counts["entities"] == 0 and shown == "active":
    st.info("No entities found in the articles yet: they appear once articles are analysed, "
            "or when an editor adds one from an article's review view.")
else:
    st.info("No entity matches these filters.")
if shown == "active":
    entities.possibly_same(entity_type)

try:
    asked_for = editing.query_id("entity")
    entity = ui.read(queries.get_entity, asked_for) if asked_for is not None else None
except StoreError as exc:
    ui.show_error(exc)
    st.stop()
if entity is None or asked_for is None:
    st.stop()

st.divider()
info, act = st.columns([3, 2], gap="large")
with info:
    entities.card(entity, asked_for)
with act:
    st.subheader("Change this entity")
    st.caption("Changes apply archive-wide, are recorded with the time, and survive re-analysis.")
    entities.actions(entity, asked_for)
