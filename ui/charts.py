"""Plotly figure builders for the dashboard: rows from `db.queries` in, a figure out.

Pure (no Streamlit, no database) so they can be unit-tested. Two rules hold for every figure:
- Bengali renders with the font the app ships: the layout font is `FONT_FAMILY`, set only here.
- Text from articles is untrusted. Plotly renders a subset of HTML in hover labels, tick labels and
  legend entries (<b>, <a href>, <br> ...), so every such string goes through `safe` (control and
  bidi-override characters dropped, HTML escaped) before it reaches a figure.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

import plotly.graph_objects as go

from core.text import shorten

# "noto-bengali" is the theme font face declared in .streamlit/config.toml (served from ./static);
# the others are fallbacks for a figure exported outside the app.
FONT_FAMILY = "noto-bengali, Noto Sans Bengali, sans-serif"
KIND_LABELS = {"direct": "direct", "indirect": "reported"}
SOURCE_TYPE_LABELS = {
    "person": "named person", "organisation": "organisation", "media": "media", "anonymous": "anonymous",
    "group": "group", "unknown": "unattributed",
}
FRAMING_LABELS = {"neutral": "neutral", "distancing": "distancing"}
COLOR_BY = ("granularity", "entity", "outlet")
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
           "#999999", "#882255", "#44AA99", "#117733")
KIND_COLORS = {"direct": PALETTE[0], "indirect": PALETTE[1]}
FRAMING_COLORS = {"neutral": PALETTE[2], "distancing": PALETTE[3]}
MAX_LANES = 12
DAY_MS = 86_400_000
# A timeline opens at least this far either side of where most events are: a season beside a crowded
# week is its context (the seed article's July beside its September days), the year before is not.
FOCUS_REACH_DAYS = 91
# A timeline marker's customdata: [article id, hover text (escaped, with plotly's <b>/<i>/<br>),
# "id,id,..." of every article the marker stands for].
HOVER = "%{customdata[1]}<extra></extra>"
HOVER_LISTED = 6  # events a hover lists for one day of one lane; the rest are "+k more"

# C0/C1 controls (keeping newline and tab) and the bidi embedding/override/isolate controls, which
# could reorder what a hover shows. ZWJ/ZWNJ stay: Bengali conjuncts need them.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: object, *, limit: int = 300, wrap: int = 0) -> str:
    """`text` as inert plotly text: controls dropped, cut to `limit` characters, HTML escaped, and
    with `wrap` > 0 broken into lines of about that many characters.

    >>> safe('<img src=x onerror=alert(1)> বলেন')
    '&lt;img src=x onerror=alert(1)&gt; বলেন'
    """
    raw = shorten(_UNSAFE.sub("", "" if text is None else str(text)).strip(), limit)
    if not wrap:
        return html.escape(" ".join(raw.split()))
    lines: list[str] = []
    line = ""
    for word in raw.split():
        if line and len(line) + 1 + len(word) > wrap:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "<br>".join(html.escape(part) for part in lines)


def style(fig: go.Figure, *, title: str | None = None, height: int | None = None) -> go.Figure:
    """The one place the dashboard's chart look is set: Bengali font, margins, legend."""
    fig.update_layout(
        font={"family": FONT_FAMILY, "size": 14},
        hoverlabel={"font": {"family": FONT_FAMILY}},
        title={"text": safe(title)} if title else None,
        margin={"l": 10, "r": 10, "t": 40 if title else 10, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
        height=height,
    )
    return fig


def bar(
    rows: Sequence[Mapping[str, Any]], *, label: str, value: str = "quotes", labels: Mapping[str, str] | None = None,
    title: str | None = None, unit: str = "quotes", percent: bool = False, of: tuple[str, str] | None = None,
) -> go.Figure:
    """Horizontal bars, largest on top: one bar per row, `row[label]` named (via `labels`), `row[value]` long.
    With `of=(part, whole)` each share bar says how many rows it stands for ("9% · 2 of 22"), so a reader
    does not rank outlets by two quotes."""
    names = [safe(_name(r.get(label), labels), limit=40) for r in rows]
    values = [r.get(value) or 0 for r in rows]
    hover = "%{y}: %{x:.0%}" if percent else f"%{{y}}: %{{x:,}} {html.escape(unit)}"
    counts = None
    if of:
        part, whole = of
        counts = [f"{v:.0%} · {r.get(part) or 0:,} of {r.get(whole) or 0:,}" if percent
                  else f"{v:,} · {r.get(part) or 0:,} of {r.get(whole) or 0:,}" for r, v in zip(rows, values)]
        hover = "%{y}: %{text}"
    fig = go.Figure(go.Bar(x=values, y=names, orientation="h", marker_color=PALETTE[0], text=counts,
                           textposition="auto" if counts else None, cliponaxis=False,
                           hovertemplate=hover + "<extra></extra>"))
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(tickformat=".0%" if percent else ",d", rangemode="tozero")
    return style(fig, title=title, height=_bar_height(len(rows)))


def stacked(
    rows: Sequence[Mapping[str, Any]], *, label: str, series: Mapping[str, str], colors: Mapping[str, str] | None = None,
    title: str | None = None, horizontal: bool = False, labels: Mapping[str, str] | None = None,
) -> go.Figure:
    """Stacked bars: one bar per row, one segment per `series` column (column -> legend name)."""
    names = [safe(_name(r.get(label), labels), limit=40) for r in rows]
    fig = go.Figure()
    for i, (column, legend) in enumerate(series.items()):
        values = [r.get(column) or 0 for r in rows]
        color = (colors or {}).get(column, PALETTE[i % len(PALETTE)])
        if horizontal:
            fig.add_bar(x=values, y=names, orientation="h", name=safe(legend), marker_color=color,
                        hovertemplate=f"%{{y}} · {safe(legend)}: %{{x:,}}<extra></extra>")
        else:
            fig.add_bar(x=names, y=values, name=safe(legend), marker_color=color,
                        hovertemplate=f"%{{x}} · {safe(legend)}: %{{y:,}}<extra></extra>")
    fig.update_layout(barmode="stack")
    if horizontal:
        fig.update_yaxes(autorange="reversed", type="category")
    else:
        fig.update_xaxes(type="category")
    return style(fig, title=title, height=_bar_height(len(rows)) if horizontal else 360)


def quotes_over_time(rows: Sequence[Mapping[str, Any]], *, title: str | None = None) -> go.Figure:
    """`queries.quotes_over_time` rows: direct and reported quotes per period, stacked."""
    return stacked(rows, label="period", series={"direct": "direct", "indirect": "reported"},
                   colors=KIND_COLORS, title=title)


def cue_verbs(rows: Sequence[Mapping[str, Any]], *, title: str | None = None) -> go.Figure:
    """`queries.cue_verbs` rows: how often each speech verb introduces a quote, coloured by framing."""
    cues = list(dict.fromkeys(str(r["cue"]) for r in rows))
    fig = go.Figure()
    for framing in dict.fromkeys(str(r.get("framing") or "neutral") for r in rows):
        counts = {str(r["cue"]): r["quotes"] for r in rows if str(r.get("framing") or "neutral") == framing}
        fig.add_bar(x=[counts.get(c, 0) for c in cues], y=[safe(c, limit=40) for c in cues], orientation="h",
                    name=safe(FRAMING_LABELS.get(framing, framing)), marker_color=FRAMING_COLORS.get(framing, PALETTE[8]),
                    hovertemplate=f"%{{y}} ({safe(framing)}): %{{x:,}} quotes<extra></extra>")
    fig.update_layout(barmode="stack")
    fig.update_yaxes(autorange="reversed", type="category")
    return style(fig, title=title, height=_bar_height(len(cues)))


# ---- timeline -----------------------------------------------------------------------------------

def timeline(rows: Sequence[Mapping[str, Any]], *, color_by: str = "granularity", title: str | None = None) -> go.Figure:
    """`queries.list_events` rows on a date axis, one lane (and colour) per granularity, entity or
    outlet: single days are points, weeks, months, years and intervals are bars from their first to
    their last day. The events of one day in one lane are one dot, its size and number saying how
    many, its hover listing the first `HOVER_LISTED` and "+k more"; those of one span (the year
    2025) are one bar, numbered and listed the same way. Every mark carries
    `[article_id, hover, "id,id,..."]` as customdata, so a selection names the articles; hovers show
    the time expression, the sentence and the article title, all escaped."""
    if color_by not in COLOR_BY:
        raise ValueError(f"color_by must be one of {', '.join(COLOR_BY)}, got {color_by!r}")
    rows = [r for r in rows if r.get("date_start")]  # a value the store could not place has no date
    lanes = _lanes(rows, color_by)
    order = list(dict.fromkeys(lanes))
    fig = go.Figure()
    for i, lane in enumerate(sorted(order, key=_lane_sort)):
        color = PALETTE[i % len(PALETTE)]
        members = [r for r, name in zip(rows, lanes) if name == lane]
        days = _grouped([r for r in members if _is_point(r)])
        spans = _grouped([r for r in members if not _is_point(r)])
        y = safe(lane, limit=40)
        if days:
            counts = [len(group) for group in days]
            fig.add_scatter(
                x=[group[0]["date_start"] for group in days], y=[y] * len(days), mode="markers+text", name=y,
                legendgroup=y, marker={"color": color, "size": [_dot_size(n) for n in counts],
                                       "line": {"width": 1, "color": "white"}},
                text=[str(n) if n > 1 else "" for n in counts], textposition="middle center",
                textfont={"color": "white", "size": 11}, customdata=[_group_data(group) for group in days],
                hovertemplate=HOVER,
            )
        if spans:
            # one bar per span and lane: the archive's 512 spans are 147 (31 events say 2025), each
            # of which was its own bar with its own hover, stacked out of sight under the others
            fig.add_bar(
                base=[group[0]["date_start"] for group in spans], x=[_span_ms(group[0]) for group in spans],
                y=[y] * len(spans), orientation="h", name=y, legendgroup=y, showlegend=not days,
                marker_color=color, opacity=0.45, width=0.5,
                text=[str(len(group)) if len(group) > 1 else "" for group in spans], textposition="inside",
                textfont={"size": 11},
                customdata=[_group_data(group) for group in spans], hovertemplate=HOVER,
            )
    fig.update_xaxes(type="date", title=None, range=focus_range(rows))
    fig.update_yaxes(type="category", title=None, autorange="reversed")
    # no clickmode/dragmode here: with on_select, Streamlit makes a click select a point (pan + event+select)
    fig.update_layout(barmode="overlay", hovermode="closest")
    return style(fig, title=title, height=160 + 44 * max(1, len(order)))


def has_grouped_events(fig: go.Figure) -> bool:
    """Whether a `timeline` figure has a dot or bar standing for more than one event."""
    return any(any(t.text or ()) for t in fig.data)


def focus_range(rows: Sequence[Mapping[str, Any]]) -> list[str] | None:
    """The x range a timeline opens on: the shortest window holding half of the events' middle days
    (the shorth, where most events are even when a quarter of them are years of history), widened on
    each side by half its length (as far as an evenly spread view reaches, so that opens on all of it)
    and by at least a season, cut to the first and last day of the events inside, padded.
    So history (৮০০ বছর আগে, গত বছর, 2017 সালে) does not squeeze the rest into a few pixels: the
    archive's 1,377 events, whose middle half spans 2014–2025, open on 2025-03 … 2026-06 around its
    December 2025 days, not on 1992–2042; the seed article's nine September 2023 days open with their
    week and July, without 2017–2022. None (autorange) when every event is inside. The chart's
    Autoscale button still shows all."""
    spans = sorted((date.fromisoformat(r["date_start"]), date.fromisoformat(r.get("date_end") or r["date_start"]))
                   for r in rows if r.get("date_start"))
    if len(spans) < 2:
        return None
    middles = sorted((first.toordinal() + last.toordinal()) / 2 for first, last in spans)
    half = (len(middles) + 1) // 2
    start = min(range(len(middles) - half + 1), key=lambda i: middles[i + half - 1] - middles[i])
    low, high = middles[start], middles[start + half - 1]
    reach = max((high - low) / 2, FOCUS_REACH_DAYS)
    kept = [(first, last) for first, last in spans if low - reach <= (first.toordinal() + last.toordinal()) / 2 <= high + reach]
    if len(kept) == len(spans):
        return None
    first = max(min(f for f, _ in kept), date.fromordinal(int(low - reach)))
    last = min(max(la for _, la in kept), date.fromordinal(int(high + reach)))
    pad = max(timedelta(days=3), (last - first) * 0.03)
    return [(first - pad).isoformat(), (last + pad).isoformat()]


def selected_articles(selection: Mapping[str, Any] | None) -> list[int]:
    """Article ids of the points chosen in a `timeline` figure (from st.plotly_chart's selection)."""
    ids: list[int] = []
    for point in (selection or {}).get("points", []) or []:
        data = point.get("customdata") or []
        every = str(data[2]).split(",") if len(data) > 2 else [str(data[0])] if data else []
        ids += [int(i) for i in every if i.isdigit()]
    return list(dict.fromkeys(ids))


def _is_point(row: Mapping[str, Any]) -> bool:
    return row.get("granularity") == "day" or not row.get("date_end") or row["date_end"] == row["date_start"]


def _span_ms(row: Mapping[str, Any]) -> int:
    """Length of a span in milliseconds, inclusive of its last day (a date axis bar's `x`)."""
    first, last = date.fromisoformat(row["date_start"]), date.fromisoformat(row["date_end"])
    return ((last - first) + timedelta(days=1)).days * DAY_MS


def _hover_data(row: Mapping[str, Any]) -> list[Any]:
    """One event's marker: its expression and dates, its sentence, its article and outlet."""
    when = row["date_start"] if _is_point(row) else f"{row['date_start']} – {row['date_end']}"
    hover = (f"<b>{safe(row.get('text'), limit=80)}</b> · {when}<br>{safe(row.get('sentence'), limit=280, wrap=70)}"
             f"<br><i>{safe(row.get('title') or '(untitled)', limit=120, wrap=70)}</i> · "
             f"{safe(row.get('outlet') or '', limit=60)}")
    return [row.get("article_id"), hover, str(row.get("article_id") or "")]


def _grouped(events: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """Events grouped by their first and last day (a day, or a span such as the year 2025), in
    first-seen order."""
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for row in events:
        groups.setdefault((row["date_start"], row.get("date_end") or row["date_start"]), []).append(row)
    return list(groups.values())


def _dot_size(events: int) -> int:
    """A dot's diameter in pixels: 10 for one event, big enough for its number for more."""
    return 10 if events == 1 else 18 if events < 10 else 22 if events < 100 else 28


def _group_data(group: Sequence[Mapping[str, Any]]) -> list[Any]:
    """The marker of one day's (or one span's) events in one lane: one event as `_hover_data`;
    several as a count and a list, "+k more" past `HOVER_LISTED` (the Table tab lists every one)."""
    if len(group) == 1:
        return _hover_data(group[0])
    lines = [f"<b>{safe(r.get('text'), limit=40)}</b> · {safe(r.get('sentence'), limit=90)}"
             f" · <i>{safe(r.get('title') or '(untitled)', limit=50)}</i>" for r in group[:HOVER_LISTED]]
    if len(group) > HOVER_LISTED:
        lines.append(f"+{len(group) - HOVER_LISTED} more: the Table tab lists every event")
    ids = list(dict.fromkeys(str(r.get("article_id")) for r in group if r.get("article_id") is not None))
    first = group[0]
    when = f"on {first['date_start']}" if _is_point(first) else f"· {first['date_start']} – {first['date_end']}"
    hover = f"<b>{len(group)} events</b> {when}<br>" + "<br>".join(lines)
    return [group[0].get("article_id"), hover, ",".join(ids)]


def _lanes(rows: Sequence[Mapping[str, Any]], color_by: str) -> list[str]:
    if color_by == "granularity":
        return [str(r.get("granularity") or "day") for r in rows]
    if color_by == "outlet":
        names = [str(r.get("outlet") or "(no outlet)") for r in rows]
    else:
        counts = Counter(name for r in rows for name in r.get("entities") or ())
        names = [max(r.get("entities") or ["(no name)"], key=lambda n: (counts[n], n)) for r in rows]
    top = {name for name, _ in Counter(names).most_common(MAX_LANES - 1)}
    return [name if name in top else "(other)" for name in names]


def _lane_sort(lane: str) -> tuple[int, str]:
    granularities = ("day", "week", "month", "year", "interval")
    if lane in granularities:
        return granularities.index(lane), lane
    return (2 if lane.startswith("(") else 1), lane


def _name(value: Any, labels: Mapping[str, str] | None) -> str:
    if value is None:
        return "(none)"
    return (labels or {}).get(str(value), str(value))


def _bar_height(n: int) -> int:
    return 120 + 28 * max(1, n)
