"""A fixture archive for the Articles and Entities page tests: articles stored without the model,
each given a hand-made analysis (`core.models.ArticleAnalysis`) through `save_analysis`; one of
them hostile (markup, script, a javascript: URL and a right-to-left override)."""
from __future__ import annotations

from pathlib import Path

import pytest

import db.ingest
from db.analysis import save_analysis
from db.ingest import ingest_text
from db.store import open_db
from tests.db.conftest import ARTICLE, build_analysis, sample_analysis

SECOND = (
    "ঢাকা, ৩ অক্টোবর – দিমিত্রি পেসকভ আবার রাশিয়া নিয়ে মুখ খুলেছেন।\n"
    "“আমরা প্রস্তুত,” দিমিত্রি পেসকভ মঙ্গলবার বলেন।\n"
    "নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা জানান, আলোচনা শিগগির হবে।"
)
HOSTILE = (
    "নদীপুর, ৫ জানুয়ারি – <script>alert(1)</script> মেয়র <img src=x onerror=alert(1)> সেতু খুলবেন।\n"
    "“<b>সব ঠিক</b> <a href=\"javascript:alert(1)\">আছে</a>,” মেয়র আলম বলেন।"
)
HOSTILE_TITLE = "<script>alert('t')</script> শিরোনাম \u202eউল্টো"


def make_archive(path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Three articles at `path`; returns their ids and the registry and quote ids tests use."""
    monkeypatch.setattr(db.ingest, "_model", lambda: None)
    monkeypatch.setattr(db.ingest, "analyze", lambda text, *, published=None, model=None: build_analysis(text))
    analyses = {
        "first": sample_analysis(ARTICLE),
        "second": build_analysis(
            SECOND, entities={"দিমিত্রি পেসকভ": ("PERSON", ["দিমিত্রি পেসকভ"]), "ঢাকা": ("LOC", ["ঢাকা"]),
                              "রাশিয়া": ("LOC", ["রাশিয়া"])},
            quotes=[("আমরা প্রস্তুত,", "direct", "দিমিত্রি পেসকভ", "person"),
                    ("আলোচনা শিগগির হবে", "indirect", "নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা", "anonymous")],
            dates=[("৩ অক্টোবর", "2023-10-03", "day"), ("মঙ্গলবার", "2023-10-03", "day")], published="2023-10-03"),
        "hostile": build_analysis(
            HOSTILE, entities={"নদীপুর": ("LOC", ["নদীপুর"]), "<img src=x onerror=alert(1)>": ("PERSON", ["<img src=x onerror=alert(1)>"])},
            quotes=[("<b>সব ঠিক</b> <a href=\"javascript:alert(1)\">আছে</a>,", "direct", "মেয়র আলম", "person")],
            dates=[("৫ জানুয়ারি", "2024-01-05", "day")], published="2024-01-05"),
    }
    meta = {
        "first": ("বার্তা", "2023-09-12", "পুতিন-কিম বৈঠক", ARTICLE, None),
        "second": ("সংবাদ", "2023-10-03", "পেসকভের মন্তব্য", SECOND, None),
        "hostile": ("<i>দুষ্ট</i> বার্তা", "2024-01-05", HOSTILE_TITLE, HOSTILE, "javascript:alert(1)"),
    }
    database = open_db(path)
    try:
        ids = {}
        for name, (outlet, published, title, text, url) in meta.items():
            result = ingest_text(database, text, outlet=outlet, published=published, title=title, url=url)
            assert result.article_id is not None, result
            save_analysis(database, result.article_id, analyses[name])
            ids[name] = result.article_id

        def one(sql: str, *params: object) -> int:
            return int(database.execute(sql, params).fetchone()[0])

        for key, name in (("peskov", "দিমিত্রি পেসকভ"), ("kim", "কিম জং উন"), ("kremlin", "ক্রেমলিন"),
                          ("russia", "রাশিয়া"), ("putin", "ভ্লাদিমির পুতিন"), ("dhaka", "ঢাকা")):
            ids[key] = one("SELECT id FROM entities WHERE name = ?", name)
        ids["peskov_quote"] = one("SELECT id FROM quotes WHERE article_id = ? AND kind = 'direct'", ids["first"])
        ids["analysts_quote"] = one("SELECT id FROM quotes WHERE article_id = ? AND kind = 'indirect'", ids["first"])
        return ids
    finally:
        database.close()
