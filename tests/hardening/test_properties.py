"""Property tests: the core and the search box take any Unicode string.

For any text, `core.pipeline.analyze` returns, and every offset it gives (entity mentions, quotes and
their speakers, time expressions, sentences, events) lies inside the normalised text with the quoted
or mentioned words exactly at those offsets. For any search string, `search_articles` returns a page
or raises `BadQuery` (a message for the editor), never another exception.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from core.models import ArticleAnalysis, Span
from core.ner import NerModel, load_model
from core.pipeline import analyze
from core.text import normalize, sentences
from db.errors import BadQuery
from db.search import build_match, search_articles
from db.store import memory_db

BENGALI_LETTERS = "".join(chr(c) for c in range(0x0980, 0x0A00))
QUOTE_MARKS = "‘’“”\"'«»„"
PUNCTUATION = "।?!|,;:—–-()[]{}*"
DIGITS = "0123456789০১২৩৪৫৬৭৮৯"
SPACES = " \n\t\r\u00a0\u2028"
CONTROL = "\x00\x01\x07\x0b\x1b\x7f\x85\x9f"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2069\ufeff"
NEWSROOM = BENGALI_LETTERS + QUOTE_MARKS + PUNCTUATION + DIGITS + SPACES + CONTROL + INVISIBLE

WORDS = ["রাশিয়া", "পুতিন", "কিম জং উন", "বলেন", "জানান", "বলেছেন", "মঙ্গলবার", "১২ সেপ্টেম্বর", "২০১৯ সালের",
         "গতকাল", "আগামী সপ্তাহে", "প্রধানমন্ত্রী", "শেখ হাসিনা", "ঢাকা", "মুখপাত্র", "তিনি", "।", "“", "”", "‘", "’",
         '"', "'", ",", "\n", " ", "OR", "AND", "NOT", "*", "-", "(", ")"]

# newsroom characters, Bengali words and marks in any order, and fully random Unicode (surrogates
# excluded: a Python str from a file or a form never holds one)
TEXTS = st.one_of(
    st.text(alphabet=NEWSROOM, max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=60).map("".join),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=300),
)


@pytest.fixture(scope="module")
def model() -> NerModel:
    return load_model()


@pytest.fixture(scope="module")
def search_db() -> Iterator[Database]:
    from db.ingest import ingest_records
    from db.readers import Record

    db = memory_db()
    texts = ["মস্কো, ১২ সেপ্টেম্বর – রাশিয়ার প্রেসিডেন্ট পুতিন বৈঠক করেন। “ভালো,” তিনি বলেন।",
             "ঢাকা, ২০২৩ – প্রধানমন্ত্রী শেখ হাসিনা OR AND NOT \"উদ্ধৃতি\" 12 ৩৪ (বন্ধনী) *তারকা*"]
    ingest_records(db, [Record(f"t{i}", t) for i, t in enumerate(texts)])
    yield db
    db.close()


def _inside(text: str, start: int, end: int) -> bool:
    return 0 <= start <= end <= len(text)


def check_offsets(text: str, analysis: ArticleAnalysis) -> None:
    """Every offset of `analysis` points into its text, and names the words it says it does."""
    body = analysis.text
    assert body == normalize(text)
    for entity in analysis.entities:
        for m in entity.mentions:
            assert _inside(body, m.start, m.end), (entity, m)
            assert body[m.start:m.end] == m.text, (entity, m)
    for q in analysis.quotes:
        assert _inside(body, q.start, q.end), q
        assert body[q.start:q.end] == q.text, q
        assert (q.speaker_start is None) == (q.speaker_end is None), q
        if q.speaker_start is not None and q.speaker_end is not None:
            assert _inside(body, q.speaker_start, q.speaker_end), q
            if q.speaker_mention is not None:
                assert body[q.speaker_start:q.speaker_end] == q.speaker_mention, q
    for t in analysis.dates:
        assert _inside(body, t.start, t.end), t
        assert body[t.start:t.end] == t.text, t
        if t.sentence is not None:
            assert _inside(body, t.sentence.start, t.sentence.end) and t.sentence.start <= t.start, t
    for event in analysis.events:
        assert _inside(body, event.sentence.start, event.sentence.end), event
        assert body[event.sentence.start:event.sentence.end] == event.summary, event
    for span in sentences(body):
        assert isinstance(span, Span) and _inside(body, span.start, span.end), span


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_analysis_of_any_text_has_true_offsets(model: NerModel, text: str, published: str | None) -> None:
    check_offsets(text, analyze(text, published=published, model=model))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=TEXTS)
def test_any_search_string_gives_results_or_a_clean_bad_query(search_db: Database, query: str) -> None:
    try:
        match = build_match(query)
    except BadQuery as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(match, str) and match
    for order in ("relevance", "date"):
        try:
            page = search_articles(search_db, query, order=order, limit=5)
        except BadQuery as exc:
            assert str(exc)
        else:
            assert 0 <= len(page.rows) <= page.total
