"""`python -m db reanalyze` counts only the articles it could analyse; failures are listed apart,
keep their previous result and make the exit code 1."""
from __future__ import annotations

from pathlib import Path

import pytest

import db.ingest
from core.models import ArticleAnalysis
from core.text import normalize
from db.__main__ import main
from db.store import open_db


def plain(text: str) -> ArticleAnalysis:
    return ArticleAnalysis(normalize(text), None, False, (), (), (), (), "old")


def test_failed_analyses_are_reported_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(db.ingest, "_model", lambda: None)
    monkeypatch.setattr(db.ingest, "analyze", lambda text, *, published=None, model=None: plain(text))
    path = tmp_path / "news.db"
    store = open_db(path)
    ids = [db.ingest.ingest_text(store, f"খবর {n}: নদীপুরে সেতু।").article_id for n in range(3)]
    store.close()

    def flaky(text: str, *, published: object = None, model: object = None) -> ArticleAnalysis:
        if "খবর 1" in text:
            raise RuntimeError("model exploded")
        return plain(text)

    monkeypatch.setattr(db.ingest, "analyze", flaky)
    assert main(["reanalyze", "--all", "--workers", "1", "--db", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f"failed    article {ids[1]}: RuntimeError: model exploded",
                   "re-analysed 2 articles, 1 failed (their previous results are kept)"]
    monkeypatch.setattr(db.ingest, "analyze", lambda text, *, published=None, model=None: plain(text))
    assert main(["reanalyze", "--all", "--workers", "1", "--db", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["re-analysed 3 articles"]
