"""Table cells: untrusted text made plain, and a missing value in a text column shown as “—”."""
from __future__ import annotations

import streamlit as st

from ui.editing import table_rows, text_cells
from ui.panels import _text_column


def test_missing_text_is_a_dash_and_numbers_stay_numbers() -> None:
    rows = [{"id": 1, "published": "2025-12-30", "speaker": "তারেক রহমান", "article": 4},
            {"id": 2, "published": None, "speaker": None, "article": None}]
    assert table_rows(rows) == [{"id": 1, "published": "2025-12-30", "speaker": "তারেক রহমান", "article": 4},
                                {"id": 2, "published": "—", "speaker": "—", "article": None}]
    assert text_cells([None, None]) == ["—", "—"]  # a page of undated articles
    assert text_cells(["a\u202eb", None]) == ["a[U+202E]b", "—"]


def test_links_and_numbers_are_not_text_columns() -> None:
    assert _text_column(None) and _text_column("Outlet") and _text_column(st.column_config.TextColumn("Date"))
    assert not _text_column(st.column_config.LinkColumn("")) and not _text_column(st.column_config.NumberColumn("Quotes"))
