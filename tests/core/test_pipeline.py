"""`core.pipeline`: what one `analyze` call returns for a whole article, and which dates `events` keeps."""
from __future__ import annotations

from datetime import date

import pytest

from core import timeline
from core.models import ArticleAnalysis
from core.ner import NerModel, load_model
from core.pipeline import analyze, events
from core.text import normalize, repeated_copies, sentences


@pytest.fixture(scope="module")
def model() -> NerModel:
    return load_model()


# A BBC Bangla page as the archive holds it: each paragraph, then the same words again. The second
# paragraph's "আগের দিন" counts back from the date before it, which in the copy is the first
# paragraph's own "আগের দিন".
_PARAGRAPHS = (
    "২০১৮ সালের ৩০শে ডিসেম্বর জাতীয় সংসদ নির্বাচন হয়। জাতীয় নাগরিক পার্টি সেই নির্বাচনে ছিল না।",
    "নির্বাচনের আগের দিন ঢাকায় শেখ হাসিনা সমাবেশ করেন। সমাবেশে আওয়ামী লীগের নেতারা ছিলেন।",
)
_ONCE = "\n".join(_PARAGRAPHS)
_TWICE = "\n".join(f"{p} {p}" for p in _PARAGRAPHS)


def _read(analysis: ArticleAnalysis) -> tuple[set[tuple[str, tuple[str, ...]]], list[tuple[str, str | None]]]:
    """Each entity with its mentions' words, and each date expression with its value."""
    return ({(e.name, tuple(m.text for m in e.mentions)) for e in analysis.entities},
            [(d.text, d.value) for d in analysis.dates])


def test_a_page_printed_twice_has_its_mentions_and_dates_once(model: NerModel) -> None:
    twice = analyze(_TWICE, published="2025-12-29", model=model)
    once = analyze(_ONCE, published="2025-12-29", model=model)
    assert _read(twice) == _read(once)
    assert ("আগের দিন", "2018-12-29") in _read(twice)[1]
    # offsets stay those of the full text, and none falls in a copy
    copies = repeated_copies(normalize(_TWICE))
    assert len(copies) == 2
    spans = [(m.start, m.text) for e in twice.entities for m in e.mentions] + [(d.start, d.text) for d in twice.dates]
    for start, words in spans:
        assert twice.text[start:start + len(words)] == words
        assert not any(c.start <= start < c.end for c in copies)
    assert len(twice.events) == len(once.events)


def test_the_page_furniture_keeps_its_mentions(model: NerModel) -> None:
    # the furniture is blanked for speech only: its words are the page's own, printed once
    text = ("বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক/ট্যাপ করুন\n"
            "সোমবার ঢাকায় জাতীয় নাগরিক পার্টি সমাবেশ করেছে।")
    names = {e.name for e in analyze(text, published="2025-12-29", model=model).entities}
    assert "বিবিসি বাংলা" in names


SAMAKAL_HEAD = ("ঢাকা মঙ্গলবার, ৩০ ডিসেম্বর ২০২৫ স্পোর্টস ডেস্ক প্রকাশ: ২৭ ডিসেম্বর ২০২৫ | ১৮:০০ | "
                "আপডেট: ২৯ ডিসেম্বর ২০২৫ | ১৯:০৬ বিপিএলের চতুর্থ ম্যাচে শনিবার মাঠে নামেনি দলটি। "
                "২০১৮-১৯ মৌসুমে তারা শিরোপা জেতে।")


def test_a_masthead_and_stamps_are_dates_but_not_events() -> None:
    """Samakal prints its masthead and stamps on the line the story runs on: their dates stay dates
    (the annotators mark them), the story's own (শনিবার, ২০১৮-১৯) stay events."""
    text = normalize(SAMAKAL_HEAD)
    dates = tuple(timeline.time_expressions(text, published=timeline.publication_date(text)[0], sentences=sentences(text)))
    found = {d.text for d in dates}
    assert {"৩০ ডিসেম্বর ২০২৫", "২৭ ডিসেম্বর ২০২৫", "২৯ ডিসেম্বর ২০২৫"} <= found
    kept = {e.time.text for e in events(text, dates, (), (), sentences(text))}
    assert kept & {"মঙ্গলবার", "৩০ ডিসেম্বর ২০২৫", "২৭ ডিসেম্বর ২০২৫", "২৯ ডিসেম্বর ২০২৫"} == set()
    assert {"শনিবার", "২০১৮-১৯"} <= kept


@pytest.mark.parametrize("text", ["গত ২৭ ডিসেম্বর তিনি মত প্রকাশ করেন।", "ঢাকায় মঙ্গলবার, ৩০ ডিসেম্বর সভা হয়।",
                                  "প্রতিবেদন প্রকাশিত হয় ২৭ ডিসেম্বর।"])
def test_a_story_sentence_with_a_stamp_like_word_keeps_its_events(text: str) -> None:
    text = normalize(text)
    dates = tuple(timeline.time_expressions(text, published=date(2025, 12, 30), sentences=sentences(text)))
    assert len(events(text, dates, (), (), sentences(text))) == len([d for d in dates if d.value and d.granularity != "duration"]) > 0
