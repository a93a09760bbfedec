"""AppTest fixtures: every page test gets its own database through NEWSROOM_DB."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pages.db"
    monkeypatch.setenv("NEWSROOM_DB", str(path))
    monkeypatch.chdir(ROOT)
    return path


@pytest.fixture
def app(db_file: Path) -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
