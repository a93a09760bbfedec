"""The continuation data set (`bench.continuation`): decisions recorded along the gold path."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import continuation

# A cue, two sentences in the speaker's voice, then the reporter's dated new item.
TEXT = ("ওসি রফিকুল ইসলাম বলেন, আসামিকে আদালতে পাঠানো হয়েছে। আমরা বিষয়টি তদন্ত করছি। "
        "দিনাজপুরে গতকাল অভিযান চালিয়ে পুলিশ তিনজনকে আটক করে।")
GOLD_QUOTE = "আসামিকে আদালতে পাঠানো হয়েছে। আমরা বিষয়টি তদন্ত করছি।"


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    article = {"id": "t-1", "published": None, "text": TEXT, "entities": [], "dates": [],
               "quotes": [{"text": GOLD_QUOTE, "kind": "indirect", "speaker": "রফিকুল ইসলাম"}]}
    (gold / "t-1.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    return gold


def test_decisions_follow_the_gold_path(gold_dir: Path) -> None:
    rows = continuation.decisions(continuation.articles([], [str(gold_dir)], dev=False))
    assert [(row["sentence"].split()[0], row["label"]) for row in rows] == [("আমরা", 1), ("দিনাজপুরে", 0)]
    assert rows[0]["own_voice"] == 1 and rows[1]["event_time"] == 1


def test_an_extra_set_adds_only_articles_not_yet_read(gold_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    twice = list(continuation.articles([], [str(gold_dir), str(gold_dir)], dev=False))
    assert [article["id"] for article in twice] == ["t-1"]
    assert "no article that the sets do not already hold" in capsys.readouterr().err


@pytest.mark.parametrize(("quote", "found"), [
    ("আসামিকে আদালতে পাঠানো হয়েছে", True),
    ("আসামিকে  আদালতে\u200c পাঠানো হয়েছে।", True),  # spacing and a joiner differ
    ("আসামিকে কারাগারে পাঠানো হয়েছে", False),
])
def test_gold_spans_tolerate_spacing(quote: str, found: bool) -> None:
    assert bool(continuation.gold_spans(TEXT, [{"text": quote}])) == found
