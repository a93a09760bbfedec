"""Widgets shared by the Quotes, Timeline and Sources pages: URL-backed pickers, filters, links to
other pages, tables with a download, and the speaker card.

A picker's choice lives in `st.query_params` (`?speaker=12`, `?entity=7`, `?article=3`), so every
screen can be shared as a link. The widget follows the URL at the start of a run and writes the
URL in its on_change callback, which Streamlit runs before the script: the URL is the one truth.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, Literal
from urllib.parse import urlencode

import plotly.graph_objects as go
import streamlit as st
from streamlit.errors import StreamlitAPIException

import ui
from db import queries
from db.errors import StoreError
from ui import ARTICLES_PAGE, downloads
from ui.charts import KIND_LABELS, SOURCE_TYPE_LABELS
from ui.editing import counted, page_link, text_cells

QUOTES_PAGE = "pages/4_Quotes.py"
UPLOAD_PAGE = "pages/2_Upload.py"
Choice = tuple[str, str]  # (query parameter, value)
# Markdown (and Streamlit's extensions: $math$, :color[...]) that untrusted text must not trigger.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(text: object) -> str:
    r"""Untrusted text made literal for st.markdown, captions and labels.

    >>> md("<b>[x](javascript:1)</b>")
    '\\<b\\>\\[x\\]\\(javascript\\:1\\)\\</b\\>'
    """
    return _MARKDOWN.sub(r"\\\1", " ".join(str(text or "").split()))


# ---- the URL ------------------------------------------------------------------------------------

def query_int(param: str) -> int | None:
    """`?param=12` as 12; a value that is not an id is dropped from the URL with a warning."""
    value = st.query_params.get(param)
    if value is None or value == "":
        return None
    if not value.isdigit():
        st.warning(f"Ignored ?{param}={value[:40]}: not an id.")
        del st.query_params[param]
        return None
    return int(value)


def picker(label: str, *, key: str, options: Mapping[Choice, str], current: Choice | None, current_label: str = "",
           params: Sequence[str], placeholder: str = "Choose …", help: str | None = None) -> None:
    """A selectbox whose choice is one query parameter among `params` (the others are cleared)."""
    if current is not None and current not in options:
        options = {current: current_label or current[1], **options}
    if st.session_state.get(key) != current:
        st.session_state[key] = current  # the URL wins (a link, a back button, another widget)

    def write_url() -> None:
        chosen = st.session_state.get(key)
        for param in params:
            st.query_params.pop(param, None)
        if chosen is not None:
            st.query_params[chosen[0]] = chosen[1]

    labels = dict(options)
    st.selectbox(label, list(options), index=None, format_func=lambda c: labels.get(c, str(c[1])), key=key,
                 on_change=write_url, placeholder=placeholder, help=help)


def registry_picker(prefix: str, param: str, label: str, *, speakers: bool = False) -> int | None:
    """Type-ahead over the entity registry (or, with `speakers`, over quoted entities) backed by
    `?param=<entity id>`; returns the chosen entity id (the root of a merge)."""
    current = query_int(param)
    name = ""
    if current is not None:
        try:
            entity = ui.read(queries.get_entity, current)
        except StoreError as exc:
            ui.show_error(exc)
            del st.query_params[param]
            current = None
        else:
            current, name = entity["id"], entity["name"]
            st.query_params[param] = str(current)
    text = st.text_input(f"Find {label.lower()}", key=f"{prefix}_{param}_find", placeholder="নাম লিখুন …")
    if speakers:
        rows = [r for r in ui.read(queries.search_speakers, text, limit=20) if r["entity_id"] is not None]
        options = {(param, str(r["entity_id"])): f"{r['name']} · {counted(r['quotes'], 'quote')}" for r in rows}
    else:
        rows = ui.read(queries.list_entities, text=text, limit=20).rows
        options = {(param, str(r["id"])): f"{r['name']} · {r['type']}" for r in rows}
    picker(label, key=f"{prefix}_{param}", options=options, current=None if current is None else (param, str(current)),
           current_label=name, params=(param,), placeholder=f"Any {label.lower()}")
    return current


def current_speaker() -> Choice | None:
    """The speaker in the URL: `?speaker=<entity id>`, or `?phrase=<text>` for a speaker phrase
    without a registry entity (বিশ্লেষকরা)."""
    entity_id = query_int("speaker")
    if entity_id is not None:
        return ("speaker", str(entity_id))
    phrase = st.query_params.get("phrase", "").strip()
    return ("phrase", phrase) if phrase else None


def speaker_picker(prefix: str, current: Choice | None, current_label: str = "") -> None:
    """Type-ahead over quoted speakers: registry entities (aliases merged) first, then phrases."""
    text = st.text_input("Find a speaker", key=f"{prefix}_find", placeholder="নাম, পদবি বা প্রতিষ্ঠান: পেসকভ …")
    rows = ui.read(queries.search_speakers, text, limit=25)
    options = {_speaker_choice(r): f"{r['name']} · {counted(r['quotes'], 'quote')}" + ("" if r["entity_id"] else " · phrase")
               for r in rows}
    picker("Speaker", key=f"{prefix}_speaker", options=options, current=current, current_label=current_label,
           params=("speaker", "phrase"), placeholder="Choose a speaker",
           help="Aliases and merged names are one speaker. The page URL opens this speaker directly.")
    if text.strip() and not rows:
        st.caption("No quoted speaker matches that name.")


def speaker_table(rows: Sequence[Mapping[str, Any]], *, key: str) -> None:
    """The most quoted speakers; choosing a row opens that speaker."""

    def choose() -> None:
        chosen = st.session_state[key].selection.rows
        if chosen:
            param, value = _speaker_choice(rows[chosen[0]])
            st.query_params.pop("speaker" if param == "phrase" else "phrase", None)
            st.query_params[param] = value

    table(rows, {"speaker": st.column_config.TextColumn("Speaker", width="large"),
                 "quotes": st.column_config.NumberColumn("Quotes"),
                 "articles": st.column_config.NumberColumn("Articles")}, key=key, on_select=choose)


def _speaker_choice(row: Mapping[str, Any]) -> Choice:
    entity_id = row.get("entity_id")
    return ("speaker", str(entity_id)) if entity_id is not None else ("phrase", str(row.get("name") or row.get("speaker")))


def article_link(article_id: int, label: str, *, quote_key: str | None = None) -> None:
    """A link to the Articles page's review view of one article (`?article=ID`), at one of its
    quotes with `quote_key` (`&quote=KEY`: the quote shown in its context and marked in the text;
    the key, not the row id, so the link still finds the quote after the article is analysed again)."""
    text = md(f"{label[:90]} (#{article_id})")
    params = {"article": str(article_id), **({"quote": quote_key} if quote_key else {})}
    try:
        st.page_link(ARTICLES_PAGE, label=text, icon=":material/article:", query_params=params)
    except StreamlitAPIException:  # the Articles page is not in the navigation (yet)
        st.markdown(f"[{text}](articles?{urlencode(params)})")


def article_url(article_id: Any, quote_key: str | None = None) -> str | None:
    """A relative URL for LinkColumn cells (opens the article in a new tab; at a quote with `quote_key`)."""
    if article_id is None:
        return None
    return f"articles?article={article_id}" + (f"&quote={quote_key}" if quote_key else "")


def empty_state(message: str) -> None:
    st.info(message, icon=":material/info:")
    st.page_link(UPLOAD_PAGE, label="Upload articles", icon=":material/upload:")


def no_events(speaker_id: int | None) -> None:
    """Why the Timeline is empty. A speaker's lane holds the dated events of sentences that carry
    their words, so a speaker quoted only in undated sentences has none at all, whatever the other
    filters: say so, with their count and a link to their quotes, rather than suggest the archive
    has nothing on them."""
    card = _quoted_without_events(speaker_id)
    if card is None:
        st.info("No dated events match these filters. Choose another name, outlet or date range.")
        return
    st.info(f"{md(card['name'])} is quoted {counted(card['quotes'], 'time')}, but none of those quotes stands in a "
            "sentence that names a date: the Timeline places a speaker's words only where their sentence is dated.")
    page_link(QUOTES_PAGE, label=f"{md(card['name'])} on the Quotes page", icon=":material/format_quote:",
              query_params={"speaker": str(speaker_id)})


def _quoted_without_events(speaker_id: int | None) -> dict[str, Any] | None:
    """The speaker card of a quoted speaker with no dated event at all, else None."""
    if speaker_id is None or ui.read(queries.list_events, queries.EventFilter(speaker_id=speaker_id), limit=1).total:
        return None
    card = ui.read(queries.speaker_card, entity_id=speaker_id)
    return card if card["quotes"] else None


# ---- filters ------------------------------------------------------------------------------------

def outlet_and_dates(prefix: str, *, dates_label: str = "Published between", dates_help: str | None = None,
                     earliest: date = date(1950, 1, 1)) -> dict[str, str | None]:
    """Outlet and date-range widgets -> {outlet, date_from, date_to} (ISO dates, None = open)."""
    left, right = st.columns(2)
    outlets = [o["outlet"] for o in ui.read(queries.outlets)]
    outlet = left.selectbox("Outlet", [None, *outlets], key=f"{prefix}_outlet",
                            format_func=lambda o: "All outlets" if o is None else o)
    dates = right.date_input(dates_label, value=[], key=f"{prefix}_dates", format="YYYY-MM-DD", help=dates_help,
                             min_value=earliest, max_value=date(2100, 12, 31))
    chosen = list(dates) if isinstance(dates, list | tuple) else [dates]
    first = chosen[0].isoformat() if chosen and chosen[0] else None
    last = chosen[1].isoformat() if len(chosen) > 1 and chosen[1] else first
    return {"outlet": outlet, "date_from": first, "date_to": last}


def quote_filters(prefix: str) -> dict[str, Any]:
    """Search inside the quotes, kind, source type, outlet and dates -> QuoteFilter fields."""
    query = st.text_input("Search in the quotes", key=f"{prefix}_query", placeholder='নির্বাচন, "জাতীয় স্বার্থ" …')
    left, right = st.columns(2)
    kind = left.selectbox("Kind", [None, *KIND_LABELS], key=f"{prefix}_kind",
                          format_func=lambda k: "Direct and reported" if k is None else KIND_LABELS[k])
    source_type = right.selectbox("Source type", [None, *SOURCE_TYPE_LABELS], key=f"{prefix}_source_type",
                                  format_func=lambda s: "All source types" if s is None else SOURCE_TYPE_LABELS[s])
    return {"query": query.strip() or None, "kind": kind, "source_type": source_type, **outlet_and_dates(prefix)}


def reset_page_on_change(key: str, state: Any) -> None:
    """Back to page 1 of a list when its filters changed since the last run."""
    if st.session_state.get(f"{key}_filters") != state:
        st.session_state[f"{key}_filters"] = state
        st.session_state[key] = 1


# ---- tables, charts, downloads ------------------------------------------------------------------

def table(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, Any], *, key: str | None = None,
          on_select: Callable[[], None] | Literal["rerun", "ignore"] = "ignore") -> Any:
    """A dataframe of some columns of `rows`; `columns` maps column -> st.column_config (or None).
    Cells are plain text in the grid, so untrusted text never becomes HTML."""
    data = {name: [_cell(row, name) for row in rows] for name in columns}
    data.update({name: text_cells(data[name]) for name, config in columns.items() if _text_column(config)})
    if on_select == "ignore":
        return st.dataframe(data, hide_index=True, width="stretch", column_config=dict(columns), key=key)
    return st.dataframe(data, hide_index=True, width="stretch", column_config=dict(columns), key=key,
                        on_select=on_select, selection_mode="single-row")


def download(label: str, data: Any, file_name: str, *, key: str, mime: str = "text/csv") -> None:
    st.download_button(label, data, file_name=file_name, mime=mime, key=key, icon=":material/download:",
                       on_click="ignore")


def chart_panel(title: str, fig: go.Figure, rows: Sequence[Mapping[str, Any]], *, key: str,
                columns: Mapping[str, Any] | None = None) -> None:
    """A chart with a table view of its rows and a CSV download of them.

    Only the open tab is built and sent (`f"{key}_view"` is "Chart" or "Table"), as on the Timeline:
    a page of seven panels drew seven hidden tables in the browser on every load."""
    st.markdown(f"**{html.escape(title)}**")
    if not rows:
        st.caption("Nothing to show for these filters.")
        return
    shown = columns or {name: None for name in rows[0]}
    chart, data = st.tabs(["Chart", "Table"], key=f"{key}_view", on_change="rerun")
    if chart.open:
        chart.plotly_chart(fig, key=f"{key}_chart", config={"displaylogo": False})
    if data.open:
        with data:
            table(rows, shown)
    download("CSV", table_csv(rows, shown), f"{key}.csv", key=f"{key}_csv")


def table_csv(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, Any]) -> bytes:
    """A table's CSV as the page shows it: the columns' labels for headers, the cells' values (a
    quote's kind and source type in words), no link columns (a link into this server means nothing
    in a spreadsheet)."""
    shown = {name: _label(name, config) for name, config in columns.items() if not _link_column(config)}
    return downloads.to_csv([{label: _cell(row, name) for name, label in shown.items()} for row in rows],
                            list(shown.values()))


def quote_download_buttons(prefix: str, where: queries.QuoteFilter, stem: str) -> None:
    """CSV and JSON of the whole filtered set, built only when clicked (paged through SQL)."""
    path = ui.database_path()
    left, right, _ = st.columns([1, 1, 4])
    with left:
        download("CSV", lambda: downloads.quotes_file(path, where, "csv"), f"{stem}.csv", key=f"{prefix}_csv")
    with right:
        download("JSON", lambda: downloads.quotes_file(path, where, "json"), f"{stem}.json", key=f"{prefix}_json",
                 mime="application/json")


def speaker_card(card: Mapping[str, Any]) -> None:
    """Name, aliases and how a speaker is quoted: counts, first and last quoted, outlets, roles."""
    st.subheader(md(card["name"] or "(unnamed)"))
    if card.get("aliases"):
        st.caption("Also written: " + ", ".join(md(a) for a in card["aliases"]))
    if card.get("status") == "rejected":
        # a deep link (the entity card's "All N quotes") still opens a rejected speaker, which read as in use
        st.warning("Rejected everywhere on the Entities page: elsewhere (the speaker list, Sources) its quotes "
                   "count under the names the articles use. Restore it on its entity card.", icon="⚠️")
    cols = st.columns(3)
    for col, (label, value) in zip(cols, [
        ("Quotes", f"{card['quotes']:,}"), ("Articles", f"{card['articles']:,}"),
        ("Direct / reported", f"{card['direct']:,} / {card['indirect']:,}"),
    ]):
        col.metric(label, value)
    if card["first_quoted"]:
        st.caption(f"**First quoted** {card['first_quoted']} · **last quoted** {card['last_quoted']} (article dates)")
    for key, label in (("outlets", "Outlets"), ("roles", "Roles"), ("affiliations", "Affiliations"),
                       ("source_types", "Quoted as")):
        values = card.get(key) or []
        if values:
            names = (SOURCE_TYPE_LABELS.get(v["value"], v["value"]) if key == "source_types" else v["value"]
                     for v in values)
            st.caption(f"**{label}:** " + " · ".join(f"{md(n)} ({v['quotes']})" for n, v in zip(names, values)))


def _text_column(config: Any) -> bool:
    """A column shown as text: no configuration, a bare label, or a TextColumn (not a link or a number)."""
    return not isinstance(config, Mapping) or config.get("type_config", {}).get("type") in (None, "text")


def _link_column(config: Any) -> bool:
    return isinstance(config, Mapping) and config.get("type_config", {}).get("type") == "link"


def _label(name: str, config: Any) -> str:
    if isinstance(config, Mapping):
        return str(config.get("label") or name)
    return str(config or name)


def _cell(row: Mapping[str, Any], name: str) -> Any:
    value = row.get(name)
    if name == "kind" and value is not None:
        return KIND_LABELS.get(str(value), value)
    if name == "source_type" and value is not None:
        return SOURCE_TYPE_LABELS.get(str(value), value)
    if name == "article":
        return article_url(row.get("article_id", row.get("key")), row.get("link_quote"))
    if name == "open_speaker":
        param, value = _speaker_choice(row)
        return f"quotes?{urlencode({param: value})}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return value
