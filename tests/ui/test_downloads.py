"""Download builders: CSV for spreadsheets, JSON, TimelineJS."""
from __future__ import annotations

import csv
import io
import json

from ui import downloads


def test_csv_has_a_bom_joins_lists_and_defuses_formulas() -> None:
    rows = [{"text": "=HYPERLINK(\"http://x\")", "entities": ["পুতিন", "কিম"], "n": -3, "note": "-১ ডিগ্রি"},
            {"text": "“আলোচনা ফলপ্রসূ হয়েছে”", "entities": [], "n": 2, "note": None}]
    data = downloads.to_csv(rows, ["text", "entities", "n", "note"])
    assert data.startswith("\ufeff".encode())
    parsed = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert parsed[0] == {"text": "'=HYPERLINK(\"http://x\")", "entities": "পুতিন; কিম", "n": "-3", "note": "'-১ ডিগ্রি"}
    assert parsed[1]["text"] == "“আলোচনা ফলপ্রসূ হয়েছে”" and parsed[1]["note"] == ""
    assert downloads.to_csv([], ["a", "b"]).decode("utf-8-sig").strip() == "a,b"


def test_json_keeps_bengali_readable() -> None:
    data = downloads.to_json([{"speaker": "পেসকভ", "extra": 1}], ["speaker"])
    assert "পেসকভ".encode() in data and json.loads(data) == [{"speaker": "পেসকভ"}]


def test_timelinejs_shape() -> None:
    rows = [
        {"id": 1, "date_start": "2023-09-12", "date_end": "2023-09-12", "granularity": "day", "text": "১২ সেপ্টেম্বর",
         "sentence": "<script>alert(1)</script> বৈঠক", "title": "পুতিন-কিম বৈঠক", "outlet": "বার্তা", "published": "2023-09-12"},
        {"id": 2, "date_start": "2023-09-01", "date_end": "2023-09-30", "granularity": "month", "text": "সেপ্টেম্বরে",
         "sentence": "", "title": None, "outlet": None, "published": None},
        {"id": 3, "date_start": "2019-01-01", "date_end": "2019-12-31", "granularity": "year", "text": "২০১৯ সালে"},
        {"id": 4, "date_start": "2023-09-11", "date_end": "2023-09-17", "granularity": "week", "text": "গত সপ্তাহে"},
        {"id": 5, "date_start": None, "date_end": None, "granularity": "interval", "text": "?"},
    ]
    timeline = downloads.timelinejs(rows, headline="টাইমলাইন <b>")
    events = timeline["events"]
    assert timeline["title"]["text"]["headline"] == "টাইমলাইন &lt;b&gt;"
    assert [e["start_date"] for e in events] == [
        {"year": "2023", "month": "9", "day": "12"}, {"year": "2023", "month": "9"}, {"year": "2019"},
        {"year": "2023", "month": "9", "day": "11"}]
    assert "end_date" not in events[0] and "end_date" not in events[1] and "end_date" not in events[2]
    assert events[3]["end_date"] == {"year": "2023", "month": "9", "day": "17"}
    assert events[0]["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt; বৈঠক"  # what happened
    assert "<strong>১২ সেপ্টেম্বর · 2023-09-12</strong>" in events[0]["text"]["text"]  # the expression, in the text
    assert "<em>পুতিন-কিম বৈঠক · বার্তা · 2023-09-12</em>" in events[0]["text"]["text"]  # no URL: the title unlinked
    assert events[1]["text"]["headline"] == "সেপ্টেম্বরে"  # no sentence: the expression
    assert "<script>" not in json.dumps(timeline, ensure_ascii=False)
    assert events[0]["group"] == "বার্তা" and "group" not in events[1] and events[0]["unique_id"] == "event-1"
    assert json.loads(downloads.timelinejs_bytes(rows))["events"] == events
    assert downloads.timelinejs(rows, group_by="granularity")["events"][2]["group"] == "year"


def test_timelinejs_slides_say_what_happened_and_link_the_article() -> None:
    """A slide's headline was the bare expression ("মঙ্গলবার", "আজ"): on a TimelineJS page a row of
    slides all called মঙ্গলবার. It is now the event's sentence; the article's title links its URL."""
    sentence = "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে বৈঠকে বসবেন কিম জং উন, মঙ্গলবার জানিয়েছে ক্রেমলিন। " * 3
    row = {"id": 7, "date_start": "2023-09-12", "date_end": "2023-09-12", "granularity": "day", "text": "মঙ্গলবার",
           "value": "2023-09-12", "sentence": sentence, "title": "কিম রাশিয়ায় <b>", "outlet": "বার্তা",
           "published": "2023-09-12", "url": "https://example.com/a?x=1&y=\"2\""}
    slide = downloads.timelinejs([row])["events"][0]["text"]
    assert slide["headline"].startswith("রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে বৈঠকে")
    assert len(slide["headline"]) <= downloads.HEADLINE_CHARS and slide["headline"].endswith("…")
    assert slide["text"].startswith("<p><strong>মঙ্গলবার · 2023-09-12</strong></p>")
    assert ('<a href="https://example.com/a?x=1&amp;y=&quot;2&quot;" target="_blank" rel="noopener noreferrer">'
            "কিম রাশিয়ায় &lt;b&gt;</a> · বার্তা") in slide["text"]
    unsafe = downloads.timelinejs([{**row, "url": "javascript:alert(1)"}])["events"][0]["text"]["text"]
    assert "<a " not in unsafe and "javascript:" not in unsafe


def test_timelinejs_slide_text_repeats_the_sentence_only_when_the_headline_cut_it() -> None:
    """A short sentence is the whole headline: the text under it printed the same sentence again (the
    seed article's slides, in Chromium). The full sentence is given only when the headline is cut."""
    short = "বুধবার পর্যন্ত চলা ইস্টার্ন ইকোনমিক ফোরামের পূর্ণাঙ্গ অধিবেশনে যোগ দেওয়ার কথা রয়েছে তার।"
    row = {"id": 1, "date_start": "2023-09-13", "granularity": "day", "text": "বুধবার", "value": "2023-09-13",
           "sentence": short, "title": "কিম রাশিয়ায়"}
    slide = downloads.timelinejs([row])["events"][0]["text"]
    assert slide["headline"] == short
    assert short not in slide["text"] and "বুধবার · 2023-09-13" in slide["text"]
    long = downloads.timelinejs([{**row, "sentence": short * 3}])["events"][0]["text"]
    assert (short * 3) in long["text"]
