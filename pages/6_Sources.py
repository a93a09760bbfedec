"""Sources: whose voices the stories rely on: speakers, source types, direct vs reported, outlets,
time, anonymous sources and the verbs that frame a quote. Every chart has a table and a CSV."""
from dataclasses import replace

import streamlit as st

import ui
from db import queries
from db.errors import StoreError
from db.queries import QuoteFilter
from ui import charts, editing, panels

st.session_state.setdefault("sources_top", 15)
st.session_state.setdefault("sources_period", "month")
st.session_state.setdefault("sources_min_quotes", 3)
NUMBER = st.column_config.NumberColumn
SHARE = st.column_config.NumberColumn("Anonymous share", format="percent")
OPEN = st.column_config.LinkColumn("", display_text=":material/open_in_new:", width=40, help="Open (new tab)")

st.title("Sources")
st.caption("Source attribution across the archive. Corrections made on the Articles page count at once.")

if not ui.read(queries.has_quotes):
    panels.empty_state("No quotes yet. Upload articles to see whose voices they rely on.")
    st.stop()

where = QuoteFilter(**panels.outlet_and_dates("sources"))
try:
    by_kind = [{"kind": r["value"], "quotes": r["quotes"]} for r in ui.read(queries.count_quotes, "kind", where)]
    by_type = [{"source_type": r["value"], "quotes": r["quotes"]} for r in ui.read(queries.count_quotes, "source_type", where)]
    by_outlet = ui.read(queries.count_quotes, "outlet", where)
    framing = {r["value"]: r["quotes"] for r in ui.read(queries.count_quotes, "framing", where)}
except StoreError as exc:
    ui.show_error(exc)
    st.stop()
total = sum(r["quotes"] for r in by_kind)
if total == 0:
    st.info("No quotes in this outlet and date range. Widen the filters.")
    st.stop()
st.caption(f"{editing.counted(total, 'quote')} in these filters.")

left, right = st.columns(2)
with left:
    top = st.slider("Speakers shown", 5, 50, key="sources_top")
    speakers = ui.read(queries.quotes_per_speaker, where, top=top)
    panels.chart_panel("Most quoted speakers", charts.bar(speakers, label="speaker"), speakers, key="sources_speakers",
                       columns={"open_speaker": OPEN, "speaker": "Speaker", "quotes": NUMBER("Quotes"),
                                "articles": NUMBER("Articles")})
with right:
    panels.chart_panel("Quotes by source type", charts.bar(by_type, label="source_type", labels=charts.SOURCE_TYPE_LABELS),
                       by_type, key="sources_types", columns={"source_type": "Source type", "quotes": NUMBER("Quotes")})

left, right = st.columns(2)
with left:
    panels.chart_panel("Direct vs reported", charts.bar(by_kind, label="kind", labels=charts.KIND_LABELS), by_kind,
                       key="sources_kind", columns={"kind": "Kind", "quotes": NUMBER("Quotes")})
with right:
    panels.chart_panel("Quotes by outlet", charts.bar(by_outlet, label="value"), by_outlet, key="sources_outlets",
                       columns={"value": "Outlet", "quotes": NUMBER("Quotes")})

period = st.segmented_control("Period", list(queries.PERIODS), key="sources_period", required=True) or "month"
over_time = ui.read(queries.quotes_over_time, where, period=period)
panels.chart_panel("Quotes over time (by publication date)", charts.quotes_over_time(over_time), over_time,
                   key="sources_time", columns={"period": "Period", "quotes": NUMBER("Quotes"),
                                                "direct": NUMBER("Direct"), "indirect": NUMBER("Reported")})
if undated := total - sum(r["quotes"] for r in over_time):
    st.caption(f"{undated:,} of the {total:,} quotes are from articles with no publication date and are not in this chart.")

st.subheader("Anonymous sources")
left, right = st.columns(2)
with left:
    outlets = ui.read(queries.anonymous_share, "outlet", where, limit=30).rows
    panels.chart_panel("Share of quotes from anonymous sources, per outlet",
                       charts.bar(outlets, label="label", value="share", percent=True,
                                  of=("anonymous", "quotes")), outlets,
                       key="sources_anonymous_outlets", columns={"label": "Outlet", "quotes": NUMBER("Quotes"),
                                                                 "anonymous": NUMBER("Anonymous"), "share": SHARE})
with right:
    st.markdown("**Articles that lean most on anonymous sources**")
    least = st.number_input("Articles with at least this many quotes", 1, 50, key="sources_min_quotes")
    # an article with no anonymous quote does not lean on them (zero shares sort last, so the top 20 holds every other)
    articles = [r for r in ui.read(queries.anonymous_share, "article", where, min_quotes=int(least), limit=20).rows
                if r["anonymous"]]
    if not articles:
        st.caption(f"No article with at least {int(least)} quotes in these filters quotes an anonymous source.")
    columns = {"article": OPEN, "label": st.column_config.TextColumn("Article", width="medium"), "share": SHARE,
               "anonymous": NUMBER("Anonymous"), "quotes": NUMBER("Quotes"), "outlet": "Outlet", "published": "Date"}
    panels.table(articles, columns)
    panels.download("CSV", panels.table_csv(articles, {"key": "Article id", **columns}), "anonymous-articles.csv",
                    key="sources_anonymous_articles_csv")

st.subheader("How quotes are framed")
st.caption(f"Neutral cue verbs (বলেন, জানান): {framing.get('neutral', 0):,} quotes · distancing verbs "
           f"(দাবি করেন): {framing.get('distancing', 0):,} quotes.")
cues = [row for framed in charts.FRAMING_LABELS  # the top of each, so distancing verbs are not crowded out
        for row in ui.read(queries.cue_verbs, replace(where, framing=framed), top=12)]
panels.chart_panel("Cue verbs, neutral vs distancing", charts.cue_verbs(cues), cues, key="sources_cues",
                   columns={"cue": "Cue verb", "framing": "Framing", "quotes": NUMBER("Quotes")})
