"""`python -m ui.serve` starts the server without asking the network anything."""
from __future__ import annotations

import pytest
from streamlit import net_util
from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from ui import serve


def test_the_launcher_never_asks_the_internet_for_the_servers_address(monkeypatch: pytest.MonkeyPatch) -> None:
    """Headless Streamlit prints an "External URL" it learns from http(s)://checkip.amazonaws.com:
    a DNS lookup and an outbound request at every start of an offline newsroom server."""
    asked: list[str] = []
    monkeypatch.setattr(net_util, "get_external_ip", net_util.get_external_ip)  # restored after the test
    monkeypatch.setattr(net_util, "_make_blocking_http_get", lambda url, timeout=5: asked.append(url))
    monkeypatch.setattr(net_util, "_external_ip", None)
    monkeypatch.setattr(PagesManager, "uses_pages_directory", PagesManager.uses_pages_directory)
    monkeypatch.setattr(cli, "main", lambda: None)
    monkeypatch.setattr("sys.argv", ["serve"])
    serve.main([])
    assert net_util.get_external_ip() is None
    assert asked == []


def test_the_config_keeps_usage_statistics_off_and_fonts_local() -> None:
    """Streamlit's usage statistics would send events from every editor's browser; the theme's fonts
    are served by the app itself (./static), never by a font CDN."""
    import tomllib
    from pathlib import Path

    config = tomllib.loads((Path(serve.APP).parent / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["enableStaticServing"] is True
    urls = [face["url"] for face in config["theme"]["fontFaces"]]
    assert urls and all(url.startswith("app/static/") for url in urls)
    assert all((Path(serve.APP).parent / "static" / url.removeprefix("app/static/")).is_file() for url in urls)
