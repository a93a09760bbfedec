"""`python -m ui.serve [options of streamlit run]`: the dashboard's server — `streamlit run app.py`
with every session routed by `st.navigation` from its first request on.

app.py declares its screens with `st.navigation`, and they live in pages/, the layout this project
keeps. A folder called pages/ beside the main script is also Streamlit's legacy (v1) multipage
convention, and Streamlit 1.67 decides at the first session after a start whether the app is such
an app: that session's first run resolves the URL against the legacy page list, so a shared link
opened first (/timeline, /articles?article=60) shows a "Page not found" modal over the right page,
until a reload (streamlit/streamlit#10276, #9992). `st.navigation` turns the legacy mode off when it
first runs; this launcher turns it off before the server takes any session. `make run` and the
browser tests start the server this way.

A headless server started without --server.address also prints an "External URL" that Streamlit
asks http(s)://checkip.amazonaws.com for: a DNS lookup and an outbound request at every start (up to
5 s each on a network that drops packets). The product runs offline, so the launcher never asks.
"""
from __future__ import annotations

import sys
from pathlib import Path

from streamlit import net_util
from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

APP = Path(__file__).resolve().parent.parent / "app.py"


def _no_external_ip() -> None:
    return None


def main(argv: list[str] | None = None) -> None:
    PagesManager.uses_pages_directory = False  # every session is an st.navigation app (see above)
    net_util.get_external_ip = _no_external_ip  # no checkip.amazonaws.com (see above)
    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    cli.main()


if __name__ == "__main__":
    main()
