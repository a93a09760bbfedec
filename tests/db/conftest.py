"""Store fixtures: a fresh in-memory database, a file database, and a stand-in analyser.

The extraction core is being written in parallel; these tests build `ArticleAnalysis` records by
hand (`build_analysis`) and install them as the analyser, so they test the store, not the model.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from sqlite_utils import Database

import db.ingest
from core.models import (
    ArticleAnalysis,
    Entity,
    Event,
    Mention,
    Quote,
    Span,
    TimeExpression,
)
from core.pipeline import EXTRACTOR_VERSION
from core.text import normalize, sentences
from db.store import memory_db, open_db

# A short fictional report in the style of the corpus.
ARTICLE = (
    "মস্কো, ১২ সেপ্টেম্বর – রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার কিম জং উনের সঙ্গে বৈঠক করেন।\n"
    "“আলোচনা ফলপ্রসূ হয়েছে,” ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ বলেন।\n"
    "বিশ্লেষকরা বলছেন, এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে।\n"
    "কিমের এই সফর ২০১৯ সালের পর প্রথম, জানিয়েছে রাশিয়ান সংবাদ সংস্থা।"
)
ENTITIES = {
    "ভ্লাদিমির পুতিন": ("PERSON", ["ভ্লাদিমির পুতিন"]),
    "কিম জং উন": ("PERSON", ["কিম জং উন", "কিমের"]),
    "দিমিত্রি পেসকভ": ("PERSON", ["দিমিত্রি পেসকভ"]),
    "রাশিয়া": ("LOC", ["রাশিয়ার"]),
    "ক্রেমলিন": ("ORG", ["ক্রেমলিনের"]),
}
QUOTES = [
    ("আলোচনা ফলপ্রসূ হয়েছে,", "direct", "দিমিত্রি পেসকভ", "person"),
    ("এই সফর দুই দেশের সম্পর্কে নতুন মোড় আনবে", "indirect", "বিশ্লেষকরা", "group"),
]
DATES = [("১২ সেপ্টেম্বর", "2023-09-12", "day"), ("মঙ্গলবার", "2023-09-12", "day"), ("২০১৯ সালের", "2019", "year")]


def build_analysis(
    text: str,
    *,
    entities: dict[str, tuple[str, list[str]]] | None = None,
    quotes: Sequence[tuple[str, str, str | None, str]] = (),
    dates: Sequence[tuple[str, str | None, str]] = (),
    published: str | None = "2023-09-12",
    version: str = EXTRACTOR_VERSION,
) -> ArticleAnalysis:
    """An analysis of `text` with the given entities (every occurrence of each surface form is a
    mention), quotes and dates; offsets are computed, so they are always right."""
    text = normalize(text)
    found_entities = []
    for name, (etype, forms) in (entities or {}).items():
        mentions = []
        for form in forms:
            start = text.find(form)
            while start != -1:
                mentions.append(Mention(start, start + len(form), form))
                start = text.find(form, start + len(form))
        if mentions:
            aliases = tuple(f for f in forms if f != name and not f.endswith(("ের", "র", "কে")))
            found_entities.append(Entity(name, etype, tuple(sorted(mentions, key=lambda m: m.start)), aliases))
    found_quotes = []
    for words, kind, speaker, source_type in quotes:
        start = text.find(words)
        if start != -1:
            found_quotes.append(Quote(words, kind, start, start + len(words), speaker, speaker, source_type=source_type,
                                      cue="বলেন", framing="neutral", confidence=0.9))
    spans = sentences(text)
    found_dates, events = [], []
    for expression, value, granularity in dates:
        start = text.find(expression)
        if start == -1:
            continue
        sentence = next(s for s in spans if s.start <= start < s.end)
        time = TimeExpression(expression, start, start + len(expression), value, granularity, tense="past",
                              sentence=Span(sentence.start, sentence.end))
        found_dates.append(time)
        if value and granularity != "duration":
            names = tuple(e.name for e in found_entities if any(sentence.start <= m.start < sentence.end for m in e.mentions))
            said = tuple(q.speaker for q in found_quotes if q.speaker and q.start < sentence.end and q.end > sentence.start)
            events.append(Event(time, sentence, text[sentence.start:sentence.end], names, said))
    return ArticleAnalysis(text, published, False, tuple(found_entities), tuple(found_quotes), tuple(found_dates),
                           tuple(events), version)


def sample_analysis(text: str = ARTICLE, **kwargs: object) -> ArticleAnalysis:
    return build_analysis(text, entities=ENTITIES, quotes=QUOTES, dates=DATES, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def fresh_db() -> Iterator[Database]:
    db = memory_db()
    yield db
    db.close()


@pytest.fixture
def file_db(tmp_path: Path) -> Iterator[Database]:
    db = open_db(tmp_path / "newsroom.db")
    yield db
    db.close()


@pytest.fixture
def analyser(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable[[str], ArticleAnalysis]], None]:
    """Install a stand-in for `core.pipeline.analyze` (inline ingest and reanalyze use it)."""

    def install(make: Callable[[str], ArticleAnalysis]) -> None:
        monkeypatch.setattr(db.ingest, "_model", lambda: None)
        monkeypatch.setattr(db.ingest, "analyze", lambda text, *, published=None, model=None: make(text))

    install(lambda text: sample_analysis(text) if "পেসকভ" in text else build_analysis(text))
    return install


def add_article(database: Database, text: str = ARTICLE, **fields: object) -> int:
    """Ingest one article through the library (with whatever analyser is installed)."""
    from db.ingest import ingest_text

    result = ingest_text(database, text, **fields)  # type: ignore[arg-type]
    assert result.status == "added", result
    assert result.article_id is not None
    return result.article_id
