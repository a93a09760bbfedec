"""Every page in Chromium: the charts are drawn (plotly SVG), and no page shows an exception."""
from __future__ import annotations

import re

import pytest

from core.text import shorten
from db import queries
from db.store import open_db
from tests.browser.conftest import Server, Upload
from tests.browser.tab import Tab

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PESKOV = "দিমিত্রি পেসকভ"
BENGALI = re.compile("[\u0980-\u09ff]")
# (navigation label, path, page title)
PAGES = [
    ("Home", "/", "বাংলা নিউজরুম"), ("Upload", "/upload", "Upload articles"), ("Articles", "/articles", "Articles"),
    ("Quotes", "/quotes", "Quotes"), ("Timeline", "/timeline", "Timeline"), ("Sources", "/sources", "Sources"),
    ("Entities", "/entities", "Entities"),
]


def top_speakers(server: Server, top: int) -> list[str]:
    database = open_db(server.db_file)
    try:
        return [row["speaker"] for row in queries.quotes_per_speaker(database, top=top)]
    finally:
        database.close()


def shortened(name: str, limit: int = 40) -> str:
    """A bar label as the chart shows it (ui.charts.safe cuts long names with core.text.shorten)."""
    return shorten(" ".join(name.split()), limit)


def test_timeline_draws_the_events_and_hovers_show_their_sentence(tab: Tab, seed_upload: Upload) -> None:
    tab.open("/timeline", ready='[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg')
    shown = re.search(r"Showing (?:the )?([\d,]+)", tab.main_text())  # "Showing 14 events." or "the 2,000 latest…"
    chart = tab.charts().first
    assert shown and int(shown.group(1).replace(",", "")) > 0 and tab.chart_marks(chart) > 0
    lanes = chart.locator(".yaxislayer-above text").all_text_contents()
    assert "day" in lanes and set(lanes) <= {"day", "week", "month", "year", "interval"}
    assert BENGALI.search(tab.hover_point(chart))  # the time expression, sentence and article title
    assert not tab.problems(), tab.problems()
    tab.screenshot("timeline")


def test_sources_draws_every_chart(tab: Tab, seed_upload: Upload, server: Server) -> None:
    tab.open("/sources", ready='[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg')
    charts = tab.charts()
    charts.nth(6).locator(".main-svg").first.wait_for()
    assert charts.count() == 7  # speakers, source types, kind, outlets, over time, anonymous share, cue verbs
    for chart in charts.all():
        chart.scroll_into_view_if_needed()
        assert tab.chart_marks(chart) > 0, chart.locator(".gtitle").all_text_contents()
    speakers = charts.first.locator(".yaxislayer-above text").all_text_contents()
    assert set(speakers) == {shortened(name) for name in top_speakers(server, 15)}  # "Speakers shown": 15
    assert all(BENGALI.search(name) for name in speakers)
    assert tab.bengali_font_loaded()
    assert not tab.problems(), tab.problems()
    tab.screenshot("sources")


def test_every_page_opens_from_the_navigation_without_an_exception(tab: Tab, seed_upload: Upload,
                                                                  server: Server) -> None:
    tab.open("/", ready="h1")
    for label, path, title in PAGES:
        tab.page.locator('[data-testid="stSidebarNav"] a').filter(has_text=label).click()
        tab.wait(f"h1:has-text('{title}')")
        assert tab.page.evaluate("location.pathname") == path
        assert tab.page.locator('[data-testid="stException"]').count() == 0
        assert not tab.problems(), (label, tab.problems())
        if label == "Home":
            assert re.search(r"Articles\s+[\d,]+", tab.main_text())
            tab.screenshot("home")

    # an entity's card, opened by its link: the Entities screenshot
    database = open_db(server.db_file)
    try:
        peskov = next(r["entity_id"] for r in queries.search_speakers(database, "পেসকভ") if r["name"] == PESKOV)
    finally:
        database.close()
    tab.open(f"/entities?entity={peskov}", ready="h1:has-text('Entities')")
    tab.page.get_by_text("Change this entity").wait_for()
    tab.settle()
    assert PESKOV in tab.page.locator('[data-testid="stMain"] h2, [data-testid="stMain"] h3').all_inner_texts()
    assert not tab.problems(), tab.problems()
    tab.screenshot("entities")
