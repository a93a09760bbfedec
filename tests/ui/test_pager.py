"""`ui.pager`: a page number that new filters made too large starts the list again at page 1."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _list_page() -> None:
    import streamlit as st

    import ui
    from db.search import Page

    st.session_state.setdefault("list_page", 1)
    offset = ui.offset("list_page", 10)
    st.caption(f"offset {offset}")
    ui.pager("list_page", Page([], st.session_state.get("total", 95), 10, offset))


def test_pager_goes_back_to_the_first_page_when_the_result_shrinks() -> None:
    app = AppTest.from_function(_list_page, default_timeout=60)
    app.run()
    app.number_input(key="list_page").set_value(8).run()
    assert app.caption[0].value == "offset 70"
    app.session_state["total"] = 25  # a narrower search: 3 pages
    app.run()
    assert not app.exception
    assert app.caption[0].value == "offset 0"
    assert app.number_input(key="list_page").label == "Page (of 3)" and app.number_input(key="list_page").value == 1
    app.session_state["total"] = 4  # one page: no pager, and no stale page number either
    app.number_input(key="list_page").set_value(3).run()
    assert not app.exception and app.caption[0].value == "offset 0" and not app.number_input
