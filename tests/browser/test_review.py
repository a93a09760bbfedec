"""Upload the seed article through the Upload page, then review it on the Articles page, in Chromium."""
from __future__ import annotations

import re

import pytest

from tests.browser.conftest import Upload
from tests.browser.tab import Tab

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PESKOV = "দিমিত্রি পেসকভ"
QUOTE = "এটি একটি পূর্ণাঙ্গ সফর হবে"
ROW_HEIGHT = 35  # st.dataframe's row (and header) height in pixels


def test_upload_shows_the_article_as_added(seed_upload: Upload) -> None:
    assert seed_upload.summary == "1 added · 0 duplicate · 0 rejected"
    [row] = seed_upload.rows
    assert (row["input"], row["result"], row["reason"]) == ("seed-article.txt", "added", "")
    assert row["title"].startswith("সিউল/ওয়াশিংটন, রাশিয়া")


def choose_row(tab: Tab, article_id: int) -> None:
    """Tick the row of `article_id` in the Articles table (its row marker is drawn on the canvas)."""
    rows = tab.grids()[0]
    index = next(i for i, row in enumerate(rows) if row["id"] == str(article_id))
    box = tab.page.locator('[data-testid="stMain"] [data-testid="stDataFrame"] canvas').first.bounding_box()
    assert box is not None
    tab.page.mouse.click(box["x"] + 16, box["y"] + ROW_HEIGHT * (index + 1) + ROW_HEIGHT / 2)


def test_choosing_the_article_opens_its_review_view(tab: Tab, seed_upload: Upload) -> None:
    tab.open("/articles", ready="h1:has-text('Articles')")
    tab.submit("Search", "খাসান")  # a name only the seed article has (of the corpus too)
    tab.page.get_by_text(re.compile(r"^\d+ articles? · choose one")).wait_for()
    tab.settle()
    choose_row(tab, seed_upload.article_id)
    tab.wait(".nr-article")
    assert tab.href.endswith(f"/articles?article={seed_upload.article_id}")

    head = tab.page.locator(".nr-head").inner_text()
    assert head.startswith("সিউল/ওয়াশিংটন, রাশিয়া") and f"#{seed_upload.article_id}" in head
    article = tab.page.locator(".nr-article")
    assert "খাসান প্রশাসনের একজন কর্মকর্তা" in article.inner_text()  # the body, as text
    # highlights by type, with a legend
    assert PESKOV in article.locator(".nr-e.nr-person").all_inner_texts()
    quote = article.locator("mark.nr-q.nr-direct").filter(has_text=QUOTE)
    assert quote.inner_text() == QUOTE and quote.get_attribute("title") == f"direct quote — {PESKOV}"
    assert article.locator(".nr-speaker").count() > 0 and article.locator(".nr-date").count() > 0
    assert article.locator(".nr-e.nr-loc").filter(has_text="রাশিয়া").count() > 0
    assert tab.page.locator(".nr-legend").inner_text().split() == [
        "person", "organisation", "place", "direct", "quote", "reported", "speech", "speaker", "date", "/", "time"]
    assert tab.bengali_font_loaded()

    # the side lists: the entities tab is open first; the quotes tab lists the quote
    side = tab.page.locator('[data-testid="stTab"]')
    entities_tab = side.filter(has_text=re.compile(r"^Entities \(\d+\)$"))
    assert entities_tab.get_attribute("aria-selected") == "true"
    entities = tab.grids()[0]
    assert {"name": PESKOV, "type": "PERSON"}.items() <= next(r for r in entities if r["name"] == PESKOV).items()
    side.filter(has_text=re.compile(r"^Quotes \(\d+\)$")).click()
    quotes = [row for grid in tab.grids('[data-testid="stTabPanel"]:visible') for row in grid if "quote" in row]
    assert QUOTE in [q["quote"] for q in quotes]  # (only the columns in view can be read: the quote)
    side.filter(has_text=re.compile(r"^Entities \(\d+\)$")).click()
    assert not tab.problems(), tab.problems()
    tab.screenshot("review")


def test_the_corrections_read_whole_in_a_1000_px_window(tab: Tab, seed_upload: Upload) -> None:
    """The review view's side column holds the corrections: at a laptop's 1000 px no button or box
    label of the Entity fixes is cut off ("Reject i…", "C…" before; the type box showed "LOC (plac")."""
    tab.page.set_viewport_size({"width": 1000, "height": 1400})
    try:
        tab.open(f"/articles?article={seed_upload.article_id}", ready=".nr-article")
        tab.page.get_by_role("button", name="Reject everywhere").wait_for()
        tab.settle()
        # a button's label is cut where its text box is narrower than its text (an ellipsis)
        cut = tab.page.evaluate("""() => [...document.querySelectorAll(
                '[data-testid="stMain"] button [data-testid="stMarkdownContainer"]')]
            .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
            .map(e => e.textContent)""")
        fixes = {"Change type", "Merge", "Reject in this article", "Reject everywhere"}
        assert not fixes & set(cut), cut
    finally:
        tab.page.set_viewport_size({"width": 1400, "height": 900})
