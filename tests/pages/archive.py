"""A small fixture archive for the Quotes, Timeline and Sources page tests: three articles with
hand-made analyses (no model), one of them hostile (HTML and script in title, outlet, speaker,
quote and sentence)."""
from __future__ import annotations

from pathlib import Path

import pytest

import db.ingest
from core.models import ArticleAnalysis
from db.analysis import save_analysis
from db.ingest import ingest_text
from db.store import open_db
from tests.db.conftest import ARTICLE, build_analysis, sample_analysis

SECOND = (
    "ঢাকা, ৩ অক্টোবর – দিমিত্রি পেসকভ আবার মুখ খুলেছেন।\n"
    "“আমরা প্রস্তুত,” দিমিত্রি পেসকভ মঙ্গলবার বলেন।\n"
    "নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা জানান, আলোচনা শিগগির হবে।"
)
HOSTILE_SPEAKER = "<img src=x onerror=alert(2)>"
HOSTILE = (
    "নদীপুর, ৫ জানুয়ারি – <script>alert(1)</script> মেয়র জানুয়ারি মাসে সেতু খুলবেন।\n"
    f"“<b>সব ঠিক আছে</b>,” {HOSTILE_SPEAKER} বলেন।"
)
HOSTILE_TITLE = "<script>alert('t')</script> শিরোনাম"
HOSTILE_OUTLET = "<i>দুষ্ট</i> বার্তা"


def _second(text: str) -> ArticleAnalysis:
    return build_analysis(
        text, entities={"দিমিত্রি পেসকভ": ("PERSON", ["দিমিত্রি পেসকভ"]), "ঢাকা": ("LOC", ["ঢাকা"])},
        quotes=[("আমরা প্রস্তুত,", "direct", "দিমিত্রি পেসকভ", "person"),
                ("আলোচনা শিগগির হবে", "indirect", "নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা", "anonymous")],
        dates=[("৩ অক্টোবর", "2023-10-03", "day"), ("মঙ্গলবার", "2023-10-03", "day")], published="2023-10-03")


def _hostile(text: str) -> ArticleAnalysis:
    return build_analysis(
        text, entities={"নদীপুর": ("LOC", ["নদীপুর"])},
        quotes=[("<b>সব ঠিক আছে</b>,", "direct", HOSTILE_SPEAKER, "person")],
        dates=[("৫ জানুয়ারি", "2024-01-05", "day"), ("জানুয়ারি মাসে", "2024-01", "month")], published="2024-01-05")


def make_archive(path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Three articles in the database at `path`; returns their ids and the registry ids that tests use."""
    monkeypatch.setattr(db.ingest, "_model", lambda: None)
    monkeypatch.setattr(db.ingest, "analyze", lambda text, *, published=None, model=None: build_analysis(text))
    database = open_db(path)
    try:
        ids = {}
        for name, text, outlet, published, title, analysis in (
            ("first", ARTICLE, "বার্তা", "2023-09-12", "পুতিন-কিম বৈঠক", sample_analysis),
            ("second", SECOND, "সংবাদ", "2023-10-03", "পেসকভের মন্তব্য", _second),
            ("hostile", HOSTILE, HOSTILE_OUTLET, "2024-01-05", HOSTILE_TITLE, _hostile),
        ):
            result = ingest_text(database, text, outlet=outlet, published=published, title=title)
            assert result.article_id is not None, result
            save_analysis(database, result.article_id, analysis(text))
            ids[name] = result.article_id

        def entity(name: str) -> int:
            return int(database.execute("SELECT id FROM entities WHERE name = ?", [name]).fetchone()[0])

        ids.update(peskov=entity("দিমিত্রি পেসকভ"), kim=entity("কিম জং উন"), hostile_speaker=entity(HOSTILE_SPEAKER))
        ids["anonymous_quote"] = int(database.execute(
            "SELECT id FROM quotes WHERE source_type = 'anonymous'").fetchone()[0])
        return ids
    finally:
        database.close()
