"""Quotes by speaker in Chromium: the type-ahead picker, and a `?speaker=` link opening the same speaker."""
from __future__ import annotations

import re

import pytest

from db import queries
from db.store import open_db
from tests.browser.conftest import Server, Upload
from tests.browser.tab import Tab

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PESKOV = "দিমিত্রি পেসকভ"
QUOTE = "এটি একটি পূর্ণাঙ্গ সফর হবে"


def peskov_id(server: Server) -> int:
    database = open_db(server.db_file)
    try:
        [row] = [r for r in queries.search_speakers(database, "পেসকভ") if r["name"] == PESKOV]
    finally:
        database.close()
    return int(row["entity_id"])


def shows_peskov(tab: Tab) -> None:
    """The speaker card and the quote table of দিমিত্রি পেসকভ, with the seed article's quote."""
    tab.wait(f"h3:has-text('{PESKOV}')")
    assert tab.page.locator("h3").first.inner_text() == PESKOV
    assert tab.selected("Speaker").startswith(PESKOV)
    quotes = int(tab.page.locator('[data-testid="stMetric"]').filter(has_text="Quotes").locator(
        '[data-testid="stMetricValue"]').inner_text().replace(",", ""))
    assert quotes >= 3  # the seed article quotes him three times or more (direct and reported)
    assert re.search(rf"{quotes:,} quotes match", tab.main_text())
    table = tab.grids()[-1]
    if QUOTE not in [row.get("Quote") for row in table]:  # a big archive: narrow the table to it
        tab.submit("Search in the quotes", "পূর্ণাঙ্গ")
        tab.page.get_by_text(re.compile(r"^\d+ quotes? match")).wait_for()
        tab.settle()
        table = tab.grids()[-1]
    row = next(row for row in table if row.get("Quote") == QUOTE)
    assert (row["Kind"], row["Named as"], row["Date"]) == ("direct", PESKOV, "2023-09-12")
    assert not tab.problems(), tab.problems()


def test_choosing_peskov_in_the_type_ahead_shows_his_quotes(tab: Tab, seed_upload: Upload, server: Server) -> None:
    tab.open("/quotes", ready="h1:has-text('Quotes')")
    tab.submit("Find a speaker", "পেসক")
    tab.settle()
    tab.choose("Speaker", PESKOV)
    shows_peskov(tab)
    assert tab.href.endswith(f"/quotes?speaker={peskov_id(server)}")
    tab.screenshot("quotes")


def test_a_speaker_link_opens_the_quotes_page_on_that_speaker(tab: Tab, seed_upload: Upload, server: Server) -> None:
    tab.open(f"/quotes?speaker={peskov_id(server)}", ready="h1:has-text('Quotes')")
    shows_peskov(tab)
    assert tab.href.endswith(f"/quotes?speaker={peskov_id(server)}")
