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
    assert events[0]["text"]["headline"] == "১২ সেপ্টেম্বর" and "&lt;script&gt;" in events[0]["text"]["text"]
    assert "<script>" not in json.dumps(timeline, ensure_ascii=False)
    assert events[0]["group"] == "বার্তা" and "group" not in events[1] and events[0]["unique_id"] == "event-1"
    assert json.loads(downloads.timelinejs_bytes(rows))["events"] == events
    assert downloads.timelinejs(rows, group_by="granularity")["events"][2]["group"] == "year"
