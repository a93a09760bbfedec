"""Real-browser fixtures: Debian's Chromium driven by Playwright against a Streamlit server that the
session starts on a free port with its own fresh database (so two pytest-xdist workers never share
a port or a file), and the seed article uploaded once through the Upload page.

Environment:
  SCREENSHOTS=DIR   also save the README screenshots (DIR/screenshot-*.png, 1400 px wide)
  BROWSER_DB=FILE   start from a copy of this database instead of an empty one: a store holding the
                    demo samples and the corpus makes the screenshots look like a real archive
"""
from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from tests.browser.tab import HEIGHT, ROOT, TIMEOUT_MS, WIDTH, Tab

HERE = Path(__file__).resolve().parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
STARTUP_SECONDS = 90
# In the server log these mean a page failed for a user (Streamlit logs uncaught script errors there).
LOG_PROBLEMS = ("Traceback", "Uncaught app", "ProgrammingError", "OperationalError", "database is locked")
# The screenshots show the archive as an editor finds it, so the tests that leave corrections and a
# hostile article behind run after the others. (Each test passes in any order.)
LAST = ("test_editors.py", "test_hostile.py")
FAILED = pytest.StashKey[bool]()
ReportHook = Generator[None, pytest.TestReport, pytest.TestReport]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    slots = [i for i, item in enumerate(items) if item.path.parent == HERE]
    ordered = sorted((items[i] for i in slots), key=lambda item: LAST.index(item.path.name) + 1
                     if item.path.name in LAST else 0)
    for slot, item in zip(slots, ordered):
        items[slot] = item


@dataclass
class Server:
    url: str
    db_file: Path
    log_file: Path
    process: subprocess.Popen[bytes]

    def log_problems(self) -> list[str]:
        lines = self.log_file.read_text(encoding="utf-8", errors="replace").splitlines()
        return [line for line in lines if any(word in line for word in LOG_PROBLEMS)]


@dataclass(frozen=True)
class Upload:
    """What the Upload page showed for the seed article."""

    article_id: int
    summary: str
    rows: list[dict[str, str]]


@pytest.fixture(scope="session")
def chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium fonts-noto-core "
                    "fonts-noto-color-emoji; .ci/run does)")
    return path


@pytest.fixture(scope="session")
def browser(chromium: str) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, timeout=TIMEOUT_MS)
        yield launched
        launched.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _copy_database(source: str, target: Path) -> None:
    """A consistent copy (SQLite's online backup also takes what is still in the -wal file)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _start(db_file: Path, log_file: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start the app as `make run` does (`python -m ui.serve`, i.e. `streamlit run app.py` routed by
    st.navigation from the first request); retry on another port if the first one was taken meanwhile."""
    for _attempt in range(3):
        port = _free_port()
        with log_file.open("ab") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "ui.serve", "--server.port", str(port),
                 "--server.headless", "true", "--server.address", "127.0.0.1", "--server.fileWatcherType", "none"],
                cwd=ROOT, env={**os.environ, "NEWSROOM_DB": str(db_file), "PYTHONUNBUFFERED": "1"},
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.read().strip() == b"ok":
                        return process, url
            except OSError:
                time.sleep(0.3)
        _stop(process)
    tail = log_file.read_text(encoding="utf-8", errors="replace")[-3000:]
    pytest.fail(f"streamlit did not answer /_stcore/health within {STARTUP_SECONDS} s:\n{tail}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app on a free port with a database of its own; stopped at the end of the session."""
    work = tmp_path_factory.mktemp("browser")
    db_file = work / "newsroom.db"
    if os.environ.get("BROWSER_DB"):
        _copy_database(os.environ["BROWSER_DB"], db_file)
    log_file = work / "server.log"
    process, url = _start(db_file, log_file)
    try:
        yield Server(url, db_file, log_file, process)
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def context(browser: Browser) -> Iterator[BrowserContext]:
    """One browser profile for the session (its HTTP cache saves reloading Streamlit's scripts);
    every test opens tabs of its own, and every tab is a Streamlit session of its own."""
    made = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT})
    yield made
    made.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> ReportHook:
    """Remember whether the test failed, for the `new_tab` fixture's teardown."""
    report = yield
    if report.when == "call":
        item.stash[FAILED] = report.failed
    return report


@pytest.fixture
def new_tab(request: pytest.FixtureRequest, context: BrowserContext, server: Server) -> Iterator[Callable[[], Tab]]:
    """Opens tabs on the app for one test; closes them after it (with a screenshot of each when
    the test failed, under test-results/, for the CI log)."""
    opened: list[Tab] = []

    def make() -> Tab:
        opened.append(Tab(context.new_page(), server.url))
        return opened[-1]

    yield make
    failed = request.node.stash.get(FAILED, False)
    for number, made in enumerate(opened, 1):
        if failed:
            shot = ROOT / "test-results" / f"{request.node.name}-{number}.png"
            shot.parent.mkdir(exist_ok=True)
            made.page.screenshot(path=str(shot))
            print(f"screenshot of a tab of the failed test: {shot}")
        made.page.close()


@pytest.fixture
def tab(new_tab: Callable[[], Tab]) -> Tab:
    return new_tab()


@pytest.fixture(scope="session")
def seed_upload(context: BrowserContext, server: Server, shared_data: Path) -> Upload:
    """The seed article, uploaded once per session through the Upload page's file uploader (the
    first test that needs it does the upload; every later one finds it stored)."""
    page = context.new_page()
    try:
        tab = Tab(page, server.url).open("/upload", ready="h1:has-text('Upload articles')")
        uploader = tab.page.locator('[data-testid="stFileUploader"]')
        uploader.locator('input[type="file"]').set_input_files(str(shared_data / "seed-article.txt"))
        uploader.get_by_text("seed-article.txt").wait_for()
        add = tab.page.get_by_test_id("stBaseButton-primary").filter(has_text="Add files")
        add.wait_for()
        tab.page.wait_for_function("b => !b.disabled", arg=add.element_handle())
        add.click()
        tab.wait("h3:has-text('Results')")
        rows = tab.grids()[0]
        summary = tab.page.get_by_text(" added · ").inner_text()
        assert not tab.problems(), tab.problems()
        tab.screenshot("upload")
        assert rows and rows[0].get("article", "").isdigit(), rows
        return Upload(int(rows[0]["article"]), summary, rows)
    finally:
        page.close()
