"""One browser tab on the dashboard, with the waits and reads the tests share.

Streamlit renders after the page's `load` event (the script runs over a websocket), so "ready" means:
the selector a test expects is on the page, the app is connected, its script is not running, and no
element is still a loading skeleton. `data-test-script-state` / `data-test-connection-state` are the
attributes Streamlit's own end-to-end tests wait on.

Tables are canvases (glide-data-grid); the text of their visible rows is read from the accessible
<table> the grid keeps inside its canvas.
"""
from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PIL import Image
from playwright.sync_api import Locator, Page

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_MS = 90_000  # a cold first run (model load, 600-article archive) on a busy 2-core CI machine
WIDTH, HEIGHT = 1400, 900
SCREENSHOT_CAP_BYTES = 400_000
SCREENSHOT_MAX_HEIGHT = 2_000

_IDLE = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return !!app && app.dataset.testConnectionState === 'CONNECTED'
    && app.dataset.testScriptState === 'notRunning'
    && !document.querySelector('[data-testid="stMain"] [data-testid="stSkeleton"]');
}"""
_TOP = """() => {
  document.activeElement?.blur();
  for (const e of document.querySelectorAll('[data-testid="stMain"], [data-testid="stAppViewContainer"]')) e.scrollTop = 0;
  window.scrollTo(0, 0);
}"""
_GRIDS = """(grids) => grids.map(grid => {
  const heads = [...grid.querySelectorAll('thead th')].map(th => th.textContent);
  return [...grid.querySelectorAll('tbody tr')].map(tr => {
    const cells = [...tr.querySelectorAll('td')].map(td => td.textContent);
    return Object.fromEntries(heads.map((h, i) => [h, cells[i] ?? '']));
  });
})"""
# Evidence that markup from an article became markup on the page: an element the payloads would
# create (an <img src=x>, a <script> or <a href="javascript:...">), or the payloads' side effect.
_HOSTILE_DOM = """() => ({
  xss: typeof window.__xss === 'undefined' ? null : String(window.__xss),
  img: document.querySelectorAll('img[src="x"]').length,
  script: [...document.querySelectorAll('script')].filter(s => s.textContent.includes('__xss')).length,
  javascript_links: document.querySelectorAll('a[href^="javascript:" i]').length,
  bold: [...document.querySelectorAll('b')].filter(b => b.textContent.includes('বোল্ড')).length,
  italic: [...document.querySelectorAll('i')].filter(i => i.textContent.includes('রহিম')).length,
})"""


class Tab:
    """A page of the app in one browser tab (one Streamlit session)."""

    def __init__(self, page: Page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url
        self.dialogs: list[str] = []
        self.js_errors: list[str] = []
        self.off_host: list[str] = []
        page.set_default_timeout(TIMEOUT_MS)
        page.on("request", self._request)
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda error: self.js_errors.append(str(error)))

    def _request(self, request: Any) -> None:
        """The product runs offline: a font, script, style, tile or telemetry call fetched from
        anywhere but the app's own host:port is a defect (data: and blob: URLs stay in the page)."""
        url = str(request.url)
        if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != urlsplit(self.base_url).netloc:
            self.off_host.append(url)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    # ---- navigation and waiting ----------------------------------------------------------------

    def open(self, path: str, *, ready: str = "h1") -> Tab:
        """Load `path` (e.g. "/quotes?speaker=3") and wait until `ready` is shown and the run is over."""
        self.page.goto(self.base_url + path)
        return self.wait(ready)

    def wait(self, selector: str) -> Tab:
        self.page.locator(selector).first.wait_for(state="visible")
        self.settle()
        return self

    def settle(self) -> None:
        """Wait until Streamlit is connected, idle and done drawing (twice, a moment apart, because
        a run can end with a rerun)."""
        for _ in range(2):
            self.page.wait_for_function(_IDLE, polling=100)
            self.page.wait_for_timeout(250)

    def submit(self, label: str, text: str) -> None:
        """Type into a text input and press Enter (what commits a Streamlit text input)."""
        box = self.page.get_by_role("textbox", name=label, exact=True)
        box.fill(text)
        box.press("Enter")

    def choose(self, label: str, option: str) -> None:
        """Type `option` into the selectbox labelled `label` (which narrows a long list) and click
        the first option containing it."""
        box = self.selectbox(label).get_by_role("combobox")
        box.click()
        box.fill(option)
        self.page.locator('[role="option"]').filter(has_text=option).first.click()

    def selectbox(self, label: str) -> Locator:
        return self.page.locator('[data-testid="stSelectbox"]').filter(
            has=self.page.get_by_text(label, exact=True)).first

    def selected(self, label: str) -> str:
        """The text a selectbox shows for its current choice."""
        return self.selectbox(label).get_by_role("combobox").input_value()

    # ---- reading -------------------------------------------------------------------------------

    @property
    def href(self) -> str:
        """The address bar (Playwright's page.url can lag behind Streamlit's history.pushState)."""
        return str(self.page.evaluate("location.href"))

    def main_text(self) -> str:
        return self.page.locator('[data-testid="stMain"]').inner_text()

    def grids(self, scope: str = '[data-testid="stMain"]') -> list[list[dict[str, str]]]:
        """Every visible table under `scope`: a list of rows (header -> cell text) each."""
        tables = self.page.locator(f'{scope} [data-testid="stDataFrame"] table')
        tables.first.wait_for(state="attached")
        return tables.evaluate_all(_GRIDS)

    def grid_text(self, scope: str = '[data-testid="stMain"]') -> str:
        return "\n".join(" | ".join(row.values()) for grid in self.grids(scope) for row in grid)

    def problems(self) -> list[str]:
        """What must never be on a page: Streamlit exception boxes, error alerts, the 'Page not
        found' modal, database errors in the text, browser dialogs, uncaught JavaScript errors,
        requests to any host but the app's (the product runs offline)."""
        found = [f"exception: {t}" for t in self.page.locator('[data-testid="stException"]').all_inner_texts()]
        found += [f"error: {t}" for t in self.page.locator('[data-testid="stAlertContentError"]').all_inner_texts()]
        found += [f"modal: {t}" for t in self.page.locator('[role="dialog"]').all_inner_texts() if "not found" in t]
        body = self.page.locator("body").inner_text()
        found += [f"text: {word}" for word in ("Traceback", "ProgrammingError", "OperationalError", "database is locked")
                  if word in body]
        found += [f"request off the app's host: {url}" for url in self.off_host]
        return found + [f"dialog: {d}" for d in self.dialogs] + [f"javascript: {e}" for e in self.js_errors]

    def hostile_dom(self) -> dict[str, Any]:
        return dict(self.page.evaluate(_HOSTILE_DOM))

    def charts(self) -> Locator:
        return self.page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot')

    def chart_marks(self, chart: Locator) -> int:
        """Drawn data marks (scatter points and bars) in one plotly chart's SVG."""
        return chart.locator(".scatterlayer .points path, .barlayer .bars path").count()

    def hover_point(self, chart: Locator) -> str:
        """Hover the last drawn point inside the plot area (a timeline opens on a date range, so
        early points lie outside it) and return the hover label's text."""
        index = chart.evaluate("""chart => {
          const area = chart.querySelector('.nsewdrag').getBoundingClientRect();
          const points = [...chart.querySelectorAll('.scatterlayer .points path')];
          for (let i = points.length - 1; i >= 0; i--) {
            const r = points[i].getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2;
            if (x > area.left && x < area.right && y > area.top && y < area.bottom) return i;
          }
          return -1;
        }""")
        assert index >= 0, "no point inside the plot area"
        chart.locator(".scatterlayer .points path").nth(index).hover(force=True)
        hover = chart.locator(".hoverlayer .hovertext")
        hover.wait_for()
        return hover.text_content() or ""

    def bengali_font_loaded(self) -> bool:
        """The Noto Sans Bengali face the app serves from ./static was fetched and is in use."""
        return bool(self.page.evaluate(
            "() => [...document.fonts].some(f => f.family.replace(/\"/g, '') === 'noto-bengali' && f.status === 'loaded')"))

    # ---- README screenshots ------------------------------------------------------------------------

    def screenshot(self, name: str) -> Path | None:
        """docs/screenshot-<name>.png when $SCREENSHOTS names a folder: the whole page (the main
        column scrolls inside the window, so the window is made as tall as the content, up to a
        limit), 1400 px wide, in a 256-colour palette (a third of the size, no visible loss on a
        flat UI); cut to the first screenful if still too big for a README."""
        folder = os.environ.get("SCREENSHOTS")
        if not folder:
            return None
        path = ROOT / folder / f"screenshot-{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        height = int(self.page.evaluate(
            "() => Math.max(...[...document.querySelectorAll('[data-testid=\"stMain\"], [data-testid=\"stAppViewContainer\"]')]"
            ".map(e => e.scrollHeight))"))
        try:
            for tall in (min(max(height, HEIGHT), SCREENSHOT_MAX_HEIGHT), HEIGHT):
                self.page.set_viewport_size({"width": WIDTH, "height": tall})
                self.settle()
                self.page.wait_for_timeout(600)  # plotly redraws after a resize
                self.page.mouse.move(0, 0)  # no hover label, tooltip or focus ring in the picture
                self.page.evaluate(_TOP)
                image = Image.open(io.BytesIO(self.page.screenshot(animations="disabled")))
                image.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(path, optimize=True)
                if path.stat().st_size <= SCREENSHOT_CAP_BYTES:
                    break
        finally:
            self.page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
            self.settle()
        return path
