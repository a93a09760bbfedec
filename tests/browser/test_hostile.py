"""Hostile text in Chromium: an article whose title, outlet, URL, text, quote and speaker carry HTML and
JavaScript is shown as text on every page and in chart hovers, and none of it runs."""
from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from db import queries
from db.analysis import save_analysis
from db.store import open_db
from tests.browser.conftest import Server
from tests.browser.tab import Tab
from tests.db.conftest import build_analysis

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SCRIPT = "<script>window.__xss=1</script>"
IMG = "<img src=x onerror=\"window.__xss=1;alert('img')\">"
LINK = "<a href=\"javascript:window.__xss=1;alert('link')\">এখানে ক্লিক</a>"
SPEAKER = "<i>রহিম</i> উদ্দিন"
QUOTE = "<b>বোল্ড</b> উদ্ধৃতি,"
TITLE = f"{SCRIPT} নদীপুরে সেতু {IMG}"
OUTLET = f"<i>দুষ্ট</i> বার্তা {IMG}"
URL = "javascript:window.__xss=1;alert('url')"
DATE = "১২ সেপ্টেম্বর ২০২৩"
TEXT = (f"নদীপুর, {DATE} – {SCRIPT} মেয়র সেতু খোলার ঘোষণা দিয়েছেন। {IMG}\n"
        f"বিস্তারিত: {LINK}।\n"
        f"“{QUOTE}” {SPEAKER} বলেন।")
CLEAN = {"xss": None, "img": 0, "script": 0, "javascript_links": 0, "bold": 0, "italic": 0}


def inert(tab: Tab) -> None:
    """Nothing from the article became markup or ran, and the page shows no error."""
    assert tab.hostile_dom() == CLEAN
    assert not tab.problems(), tab.problems()


def paste_article(tab: Tab, server: Server) -> tuple[int, int]:
    """The hostile article through the Upload page's paste box; then its analysis replaced through
    the store API by one that surely has the hostile quote, speaker and date (the model does not
    attribute a quote to a name wrapped in tags, and this test is about display, not extraction).
    Returns the article id and the speaker's entity id."""
    tab.open("/upload", ready="h1:has-text('Upload articles')")
    tab.page.get_by_role("textbox", name="Article text", exact=True).fill(TEXT)
    for label, value in (("Title (default: the first line)", TITLE), ("Outlet", OUTLET), ("URL", URL),
                         ("Published (YYYY-MM-DD; default: the dateline)", "2023-09-12")):
        tab.page.get_by_role("textbox", name=label, exact=True).fill(value)
    tab.page.get_by_role("button", name="Add article").click()
    tab.wait("h3:has-text('Results')")
    [row] = tab.grids()[0]
    assert (row["result"], row["title"]) == ("added", TITLE), row
    inert(tab)

    article_id = int(row["article"])
    database = open_db(server.db_file)
    try:
        body = queries.get_article(database, article_id)["body"]
        save_analysis(database, article_id, build_analysis(
            body, entities={SPEAKER: ("PERSON", [SPEAKER]), "নদীপুর": ("LOC", ["নদীপুর"])},
            quotes=[(QUOTE, "direct", SPEAKER, "person")], dates=[(DATE, "2023-09-12", "day")],
            published="2023-09-12"))
        [quote] = queries.get_article(database, article_id)["quotes"]
    finally:
        database.close()
    assert quote["speaker_name"] == SPEAKER and quote["speaker_entity_id"] is not None, quote
    return article_id, int(quote["speaker_entity_id"])


def test_hostile_article_is_text_on_every_page(new_tab: Callable[[], Tab], server: Server) -> None:
    tab = new_tab()
    article, speaker = paste_article(tab, server)

    # Home: search results and the latest articles
    tab.open("/", ready="h1")
    tab.submit("Search articles", "বোল্ড")
    tab.page.get_by_text(re.compile(r"^[\d,]+ articles? match")).wait_for()
    tab.settle()
    assert TITLE in tab.main_text()
    assert TITLE in [row["title"] for row in tab.grids()[0]]
    inert(tab)

    # Articles: the table, then the review view
    tab.open("/articles", ready="h1:has-text('Articles')")
    tab.submit("Search", "বোল্ড")
    tab.page.get_by_text(re.compile(r"^[\d,]+ articles? · choose one")).wait_for()
    tab.settle()
    assert (TITLE, OUTLET) in [(r["title"], r["outlet"]) for r in tab.grids()[0]]
    inert(tab)
    tab.open(f"/articles?article={article}", ready=".nr-article")
    head = tab.page.locator(".nr-head")
    assert head.locator("h2").inner_text() == TITLE
    assert OUTLET in head.inner_text() and URL in head.inner_text()
    body = tab.page.locator(".nr-article").inner_text()
    assert all(part in body for part in (SCRIPT, IMG, LINK, f"“{QUOTE}” {SPEAKER}"))
    quote = tab.page.locator(".nr-article mark.nr-direct")
    assert quote.inner_text() == QUOTE and quote.get_attribute("title") == f"direct quote — {SPEAKER}"
    assert SPEAKER in tab.page.locator(".nr-article .nr-e").all_inner_texts()
    assert tab.page.locator(".nr-article .nr-date").inner_text() == DATE
    assert SPEAKER in [row["name"] for row in tab.grids()[0]]
    inert(tab)

    # Quotes: the speaker's card and quote table
    tab.open(f"/quotes?speaker={speaker}", ready="h3")
    assert tab.page.locator("h3").first.inner_text() == SPEAKER
    [row] = tab.grids()[-1]
    assert (row["Quote"], row["Named as"]) == (QUOTE, SPEAKER)
    inert(tab)

    # Timeline: the article's one dated event, and its hover
    tab.open(f"/timeline?article={article}", ready='[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg')
    chart = tab.charts().first
    shown = tab.hover_point(chart)
    assert SCRIPT in shown and "<i>দুষ্ট</i>" in shown and DATE in shown, shown
    inert(tab)

    # Sources, for the hostile outlet only: names in the bars are text
    tab.open("/sources", ready='[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg')
    tab.choose("Outlet", "দুষ্ট")
    tab.page.get_by_text(re.compile(r"^1 quote in these filters")).wait_for()
    tab.settle()
    labels = tab.page.locator('[data-testid="stPlotlyChart"] .yaxislayer-above text').all_text_contents()
    assert SPEAKER in labels and any(label.startswith("<i>দুষ্ট</i> বার্তা") for label in labels), labels
    inert(tab)

    # Entities: the registry row and the card
    tab.open("/entities", ready="h1:has-text('Entities')")
    tab.submit("Name or alias contains", "<i>রহিম")  # markup in a search is just text too
    tab.page.get_by_text(re.compile(r"^1 entity · choose one")).wait_for()
    tab.settle()
    assert SPEAKER in [row.get("name") for row in tab.grids()[0]]
    inert(tab)
    tab.open(f"/entities?entity={speaker}", ready="h1:has-text('Entities')")
    tab.page.get_by_text("Change this entity").wait_for()
    tab.settle()
    assert SPEAKER in tab.page.locator('[data-testid="stMain"] h3').all_inner_texts()
    inert(tab)
    assert not server.log_problems(), server.log_problems()
