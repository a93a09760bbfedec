"""A shared link opened as the very first request after a server start: the page it names, with no
'Page not found' modal over it (Streamlit runs a server's first session as a legacy pages/ app when
a folder called pages/ stands beside app.py, unless the server is started by `ui.serve`)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext

from db.samples import load_samples
from db.store import open_db
from tests.browser.conftest import _start, _stop
from tests.browser.tab import Tab

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture
def fresh_server(tmp_path: Path, chromium: str) -> Iterator[tuple[str, int]]:
    """A server of its own, started for this test and not visited before it (unlike `server`),
    on a store holding the demo articles; yields its URL and a demo article's id."""
    db_file = tmp_path / "newsroom.db"
    database = open_db(db_file)
    try:
        load_samples(database)
        article_id = database.conn.execute("SELECT min(id) FROM articles").fetchone()[0]
    finally:
        database.close()
    process, url = _start(db_file, tmp_path / "server.log")
    try:
        yield url, int(article_id)
    finally:
        _stop(process)


@pytest.mark.parametrize("path, ready", [
    ("/timeline", "h1:has-text('Timeline')"),
    ("/articles?article={id}", '[data-testid="stMain"] :text("All articles")'),
])
def test_a_deep_link_opened_first_on_a_fresh_server_shows_its_page(
        context: BrowserContext, fresh_server: tuple[str, int], path: str, ready: str) -> None:
    url, article_id = fresh_server
    tab = Tab(context.new_page(), url)
    try:
        tab.open(path.format(id=article_id), ready=ready)
        assert tab.page.locator('[role="dialog"]').count() == 0, tab.page.locator('[role="dialog"]').all_inner_texts()
        assert not tab.problems(), tab.problems()
        assert tab.page.evaluate("location.pathname") == path.split("?")[0]
        if "article" in path:
            assert f"#{article_id}" in tab.main_text()  # the review view's header, not the search table
    finally:
        tab.page.close()
