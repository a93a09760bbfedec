"""Timeline: dated events on a time axis, by entity, speaker, article, outlet or dates. `?entity=`,
`?speaker=` and `?article=` (ids) open it filtered; a point opens its article."""
from datetime import date

import streamlit as st

import ui
from core.timeline import YEAR_RANGE
from db import queries
from db.errors import StoreError
from db.queries import EventFilter
from ui import charts, downloads, panels

CAP = 2_000  # events drawn: the latest-dated of a larger match, so a big archive stays fast
st.session_state.setdefault("timeline_color", "granularity")

st.title("Timeline")
st.caption("What happened when, as the articles date it: single days are points; weeks, months, years and "
           "intervals are bars from their first to their last day.")

if ui.read(queries.counts)["events"] == 0:
    panels.empty_state("No dated events yet. Upload articles: the dates they mention (১২ সেপ্টেম্বর, গত মাসে, "
                       "২০১৯ সালে) are placed on this timeline.")
    st.stop()

with st.expander("Filters", expanded=True):
    left, right = st.columns(2)
    with left:
        entity_id = panels.registry_picker("timeline", "entity", "Entity")
    with right:
        speaker_id = panels.registry_picker("timeline", "speaker", "Speaker", speakers=True)
    article_id = panels.query_int("article")
    if article_id is not None:
        st.caption(f"Only article #{article_id}.")
        if st.button("Show all articles", key="timeline_all_articles"):
            del st.query_params["article"]
            st.rerun()
    dates = panels.outlet_and_dates("timeline", dates_label="Events dated between",
                                    dates_help="Events whose day, month or year overlaps this range, "
                                               "whenever the article was published.",
                                    earliest=date(YEAR_RANGE[0], 1, 1))
    color_by = st.segmented_control("Lanes and colours by", charts.COLOR_BY, key="timeline_color", required=True)

where = EventFilter(entity_id=entity_id, speaker_id=speaker_id, article_id=article_id, **dates)
try:
    page = ui.read(queries.list_events, where, limit=CAP, order="latest")
except StoreError as exc:
    ui.show_error(exc)
    st.stop()

if page.total == 0:
    panels.no_events(speaker_id)
    st.stop()
rows = page.rows
shown = f"the {len(rows):,} latest-dated of {page.total:,} events" if page.total > len(rows) else f"{page.total:,} events"
st.caption(f"Showing {shown}." + (" Narrow the filters to see earlier ones." if page.total > len(rows) else ""))

# Only the open tab is built and sent: the 2,000-row table weighs as much as the chart (1.1 MB at 10k articles).
chart, table = st.tabs(["Chart", "Table"], key="timeline_view", on_change="rerun")
if chart.open:
    with chart:
        fig = charts.timeline(rows, color_by=color_by or "granularity")
        if fig.layout.xaxis.range:
            st.caption("Opened on the dates most events fall in; Autoscale in the chart's toolbar shows all of them.")
        event = st.plotly_chart(fig, key="timeline_chart", on_select="rerun", selection_mode=("points", "box"),
                                config={"displaylogo": False})
        chosen = charts.selected_articles(event.selection)
        titles = {r["article_id"]: r["title"] for r in rows}
        if chosen:
            st.markdown("**Open the article**")
        else:
            st.caption("Click a point or bar (or drag a box) to open its article."
                       + (" A number on a dot or bar is how many events of that day or span it holds; its hover "
                          "lists the first few, the Table tab every one." if charts.has_grouped_events(fig) else ""))
        for chosen_id in chosen[:10]:
            panels.article_link(chosen_id, titles.get(chosen_id) or "(untitled)")
if table.open:
    with table:
        panels.table(rows, {
            "article": st.column_config.LinkColumn("", display_text=":material/open_in_new:", width=40,
                                                   help="Open the article (new tab)"),
            "date_start": st.column_config.TextColumn("From", width=95),
            "date_end": st.column_config.TextColumn("To", width=95),
            "granularity": st.column_config.TextColumn("Precision", width=80),
            # wide enough for a day said twice: "মঙ্গলবার (৩০ ডিসেম্বর)"
            "text": st.column_config.TextColumn("Said as", width=170),
            "sentence": st.column_config.TextColumn("Sentence", width="large"),
            "title": st.column_config.TextColumn("Article", width="medium"),
            "outlet": st.column_config.TextColumn("Outlet", width="small"),
        })

left, right, _ = st.columns([1, 1, 4])
with left:
    # built when clicked, not on every run (2.5 MB together at 10k articles)
    panels.download("CSV", lambda: downloads.to_csv(rows, downloads.EVENT_COLUMNS), "timeline.csv", key="timeline_csv")
with right:
    panels.download("TimelineJS", lambda: downloads.timelinejs_bytes(rows, headline="বাংলা নিউজরুম: টাইমলাইন"),
                    "timeline.json", key="timeline_json", mime="application/json")
