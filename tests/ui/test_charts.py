"""Figure builders: Bengali font everywhere, untrusted text escaped, the timeline's points and spans."""
from __future__ import annotations

from typing import Any

import pytest

from ui import charts

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


def event(id: int, start: str, end: str | None = None, granularity: str = "day", **extra: Any) -> dict[str, Any]:
    row = {"id": id, "article_id": 100 + id, "title": f"শিরোনাম {id}", "outlet": "বার্তা", "text": "১২ সেপ্টেম্বর",
           "sentence": "মস্কো, ১২ সেপ্টেম্বর – বৈঠক হয়।", "granularity": granularity, "date_start": start,
           "date_end": end or start, "entities": [], "speakers": []}
    row.update(extra)
    return row


@pytest.mark.parametrize(("text", "expected"), [
    ("দিমিত্রি পেসকভ", "দিমিত্রি পেসকভ"),
    ("<b>বলেন</b>", "&lt;b&gt;বলেন&lt;/b&gt;"),
    ("a & b \"c\" 'd'", "a &amp; b &quot;c&quot; &#x27;d&#x27;"),
    ("\u202eউল্টো\u202c\x00লেখা\x1b", "উল্টোলেখা"),  # bidi override and control characters dropped
    ("কার্\u200dযালয় র\u200cয়েছে", "কার্\u200dযালয় র\u200cয়েছে"),  # ZWJ/ZWNJ kept: Bengali spelling needs them
    ("  অনেক   ফাঁকা\nলাইন  ", "অনেক ফাঁকা লাইন"),
    (None, ""),
])
def test_safe_makes_text_inert(text: str | None, expected: str) -> None:
    assert charts.safe(text) == expected


def test_safe_cuts_and_wraps_before_escaping() -> None:
    long = "শব্দ " * 200
    assert len(charts.safe(long, limit=50)) <= 50 and charts.safe(long, limit=50).endswith("…")
    wrapped = charts.safe("<i>এক</i> দুই তিন চার পাঁচ", wrap=10)
    assert wrapped.split("<br>") == ["&lt;i&gt;এক&lt;/i&gt;", "দুই তিন", "চার পাঁচ"]


def test_every_builder_sets_the_bengali_font() -> None:
    rows = [{"value": "direct", "quotes": 3, "period": "2023-09", "direct": 2, "indirect": 1, "cue": "বলেন",
             "framing": "neutral", "speaker": "পেসকভ"}]
    figures = [charts.bar(rows, label="speaker"), charts.quotes_over_time(rows), charts.cue_verbs(rows),
               charts.stacked(rows, label="period", series={"direct": "direct"}), charts.timeline([event(1, "2023-09-12")])]
    for fig in figures:
        assert fig.layout.font.family == charts.FONT_FAMILY == "noto-bengali, Noto Sans Bengali, sans-serif"


def test_bar_labels_and_hovers_escape_names() -> None:
    fig = charts.bar([{"speaker": HOSTILE, "quotes": 2}, {"speaker": "পেসকভ", "quotes": 5}], label="speaker")
    names = list(fig.data[0].y)
    assert names[1] == "পেসকভ" and "<" not in names[0] and names[0].startswith("&lt;img")
    assert list(fig.data[0].x) == [2, 5] and fig.layout.yaxis.autorange == "reversed"
    labelled = charts.bar([{"value": "indirect", "quotes": 1}, {"value": None, "quotes": 1}], label="value",
                          labels=charts.KIND_LABELS)
    assert list(labelled.data[0].y) == ["reported", "(none)"]
    share = charts.bar([{"label": "বার্তা", "share": 0.5}], label="label", value="share", percent=True)
    assert share.layout.xaxis.tickformat == ".0%"


def test_cue_verbs_stack_by_framing() -> None:
    fig = charts.cue_verbs([{"cue": "বলেন", "framing": "neutral", "quotes": 5},
                            {"cue": "দাবি করেন", "framing": "distancing", "quotes": 2},
                            {"cue": "বলেন", "framing": "distancing", "quotes": 1}])
    by_name = {trace.name: list(trace.x) for trace in fig.data}
    assert by_name == {"neutral": [5, 0], "distancing": [1, 2]} and list(fig.data[0].y) == ["বলেন", "দাবি করেন"]


def test_timeline_draws_days_as_points_and_longer_values_as_spans() -> None:
    rows = [event(1, "2023-09-12"), event(2, "2023-09-01", "2023-09-30", "month"),
            event(3, "2023-01-01", "2023-12-31", "year"), event(4, "2023-09-11", "2023-09-17", "week"),
            event(5, None)]  # type: ignore[arg-type]  # a value the store could not place: skipped
    fig = charts.timeline(rows)
    points = [t for t in fig.data if t.type == "scatter"]
    spans = [t for t in fig.data if t.type == "bar"]
    assert [t.name for t in points] == ["day"] and [t.name for t in spans] == ["week", "month", "year"]
    month = next(t for t in spans if t.name == "month")
    assert month.base == ("2023-09-01",) and month.x == (30 * charts.DAY_MS,) and month.orientation == "h"
    assert [t.customdata[0][0] for t in fig.data] == [101, 104, 102, 103]
    assert fig.layout.xaxis.type == "date" and fig.layout.dragmode is None  # Streamlit's selection sets it


def test_timeline_hover_shows_sentence_and_title_as_text() -> None:
    fig = charts.timeline([event(1, "2023-09-12", title=HOSTILE, sentence=f"সে বলল {HOSTILE}", outlet="<b>x</b>")])
    data = fig.data[0].customdata[0]
    assert data[0] == 101 and data[2] == "101"
    assert all("<img" not in str(v) and "<script" not in str(v) and "<b>x" not in str(v) for v in data)
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in data[1] and data[1].endswith(" · &lt;b&gt;x&lt;/b&gt;")
    assert data[1].startswith("<b>১২ সেপ্টেম্বর</b> · 2023-09-12<br>") and "সে বলল" in data[1]
    assert fig.data[0].hovertemplate == "%{customdata[1]}<extra></extra>"


def test_many_events_on_one_day_are_one_dot_that_says_how_many() -> None:
    """30 December 2025 holds 60 events of খালেদা জিয়া in the corpus: one dot, not 60 stacked ones
    of which the hover showed one."""
    day = [event(i, "2025-12-30", text=f"মঙ্গলবার {i}", title=f"শিরোনাম <{i}>") for i in range(20)]
    fig = charts.timeline(day + [event(30, "2025-12-31")])
    points = fig.data[0]
    assert list(points.x) == ["2025-12-30", "2025-12-31"] and list(points.text) == ["20", ""]
    assert points.marker.size[0] > points.marker.size[1] == 10
    hover = points.customdata[0][1]
    assert hover.startswith("<b>20 events</b> on 2025-12-30<br>")
    assert hover.count("<br>") == charts.HOVER_LISTED + 1 and "মঙ্গলবার 5" in hover and "মঙ্গলবার 6" not in hover
    assert hover.endswith(f"+{20 - charts.HOVER_LISTED} more: the Table tab lists every event")
    assert "শিরোনাম &lt;0&gt;" in hover and "<0>" not in hover
    selection = {"points": [{"customdata": list(points.customdata[0])}]}
    assert charts.selected_articles(selection) == [100 + i for i in range(20)]


def test_events_of_one_span_are_one_bar_that_says_how_many() -> None:
    """31 events of the archive say 2025: one numbered bar whose hover lists them, not 31 bars drawn
    on top of each other (each with its own hover, sent to the browser, only the top one reachable)."""
    year = [event(i, "2025-01-01", "2025-12-31", "year", text=f"২০২৫ সালে {i}") for i in range(8)]
    fig = charts.timeline(year + [event(20, "2024-01-01", "2024-12-31", "year")])
    bars = fig.data[0]
    assert bars.type == "bar" and list(bars.base) == ["2025-01-01", "2024-01-01"] and list(bars.text) == ["8", ""]
    assert bars.x[0] == 365 * charts.DAY_MS
    hover = bars.customdata[0][1]
    assert hover.startswith("<b>8 events</b> · 2025-01-01 – 2025-12-31<br>") and "২০২৫ সালে 5" in hover
    assert hover.endswith(f"+{8 - charts.HOVER_LISTED} more: the Table tab lists every event")
    assert bars.customdata[1][1].startswith("<b>১২ সেপ্টেম্বর</b> · 2024-01-01 – 2024-12-31<br>")  # one event: as before
    assert charts.selected_articles({"points": [{"customdata": list(bars.customdata[0])}]}) == [100 + i for i in range(8)]
    assert charts.has_grouped_events(fig)


def test_timeline_lanes_by_entity_and_outlet() -> None:
    rows = [event(i, "2023-09-12", entities=["পুতিন", "কিম জং উন"] if i < 3 else ["কিম জং উন"]) for i in range(5)]
    rows.append(event(9, "2023-09-13"))
    lanes = {t.name for t in charts.timeline(rows, color_by="entity").data}
    assert lanes == {"কিম জং উন", "(no name)"}
    many = [event(i, "2023-09-12", outlet=f"পত্রিকা {i}") for i in range(charts.MAX_LANES + 3)]
    names = [t.name for t in charts.timeline(many, color_by="outlet").data]
    assert len(names) == charts.MAX_LANES and names[-1] == "(other)"
    with pytest.raises(ValueError, match="color_by must be one of"):
        charts.timeline(rows, color_by="colour")


def test_selected_articles_reads_customdata() -> None:
    selection = {"points": [{"customdata": [7, "x"]}, {"customdata": [7, "y"]}, {"customdata": [9]}, {"x": 1}]}
    assert charts.selected_articles(selection) == [7, 9]
    assert charts.selected_articles(None) == [] and charts.selected_articles({"points": []}) == []


def test_timeline_opens_on_where_most_events_are() -> None:
    modern = [event(i, f"2023-09-{i + 1:02d}") for i in range(25)]
    ancient = [event(90, "1225-01-01", "1225-12-31", "year")]
    fig = charts.timeline(modern + ancient)
    assert fig.layout.xaxis.range == ("2023-08-29", "2023-09-28")
    assert charts.focus_range(modern) is None
    assert charts.focus_range(modern[:3] + ancient) == ["2023-08-29", "2023-09-06"]  # few events: still theirs


def test_the_archive_opens_on_where_most_events_are_not_on_its_history() -> None:
    """The archive's shape: most events in December 2025 and the weeks around it, a quarter years and
    intervals of history (1990–2020) and a few plans (2030, 2040). The quartiles of the middles fall in
    the history and in December 2025, so Tukey's rule kept nearly all and the chart opened on
    1990–2041, December in a few pixels."""
    december = [event(i, f"2025-12-{i % 28 + 1:02d}") for i in range(60)]
    around = [event(100 + i, day) for i, day in enumerate(["2025-07-15", "2025-09-02", "2025-11-20", "2026-01-05",
                                                             "2026-01-20", "2026-02-10"] * 3)]
    history = [event(200 + i, f"{year}-01-01", f"{year}-12-31", "year") for i, year in enumerate(range(1990, 2021))]
    plans = [event(300, "2030-01-01", "2030-12-31", "year"), event(301, "2040-01-01", "2040-12-31", "year")]
    low, high = charts.timeline(december + around + history + plans).layout.xaxis.range
    assert "2025-03-01" < low <= "2025-11-20" and "2026-02-10" <= high < "2026-07-01"


def test_a_small_view_opens_on_its_events_not_on_the_years_around_them() -> None:
    """The seed article: nine days of 10–13 September 2023, a week, July, and the years 2017, 2019
    and 2022 (গত বছর). It opened on 2017–2024, the nine days in one pixel column."""
    days = [event(i, day) for i, day in enumerate(["2023-09-10", "2023-09-11", "2023-09-11", "2023-09-12",
                                                     "2023-09-12", "2023-09-12", "2023-09-12", "2023-09-12",
                                                     "2023-09-13"])]
    context = [event(20, "2023-09-04", "2023-09-10", "week"), event(21, "2023-07-01", "2023-07-31", "month"),
               event(22, "2022-01-01", "2022-12-31", "year"), event(23, "2019-01-01", "2019-12-31", "year"),
               event(24, "2017-01-01", "2017-12-31", "year")]
    low, high = charts.timeline(days + context).layout.xaxis.range
    assert "2023-06-01" < low <= "2023-07-01" and "2023-09-13" < high < "2023-09-30"
    assert charts.focus_range(days) is None  # nothing far away: plotly's own range
    assert charts.focus_range(days + context[:1]) is None and charts.focus_range(days[:1]) is None
