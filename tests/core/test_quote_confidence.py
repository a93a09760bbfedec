"""A quote's confidence is the calibrated table's estimate that the quote and its speaker are right
(`core/quotes/calibration.json`, rebuilt by `python -m bench.confidence --fit`)."""
from __future__ import annotations

import json
import unicodedata

from core.quotes import quotes
from core.quotes.calibration import RATES, TABLE_PATH
from core.text import normalize


def _confidence(text: str) -> float:
    (found,) = quotes(normalize(text))
    return found.confidence


def test_the_table_loads_nfc_with_every_rate_a_probability() -> None:
    raw = TABLE_PATH.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    table = json.loads(raw)
    assert RATES and set(RATES) == set(table["rates"]) <= set(table["counts"])
    assert all(0 < rate < 1 for rate in RATES.values())


def test_a_named_speaker_with_a_verb_is_surer_than_an_uncued_quotation_with_no_one() -> None:
    named = _confidence("দিমিত্রি পেসকভ বলেন, “এটি একটি পূর্ণাঙ্গ সফর হবে।”")
    nobody = _confidence("রাশিয়ার সঙ্গে আলোচনা চলছে। “এটি একটি পূর্ণাঙ্গ সফর হবে এবং সব বিষয়ে আলোচনা হবে।”")
    assert named > nobody


def test_a_named_speaker_is_surer_than_a_described_one() -> None:
    # the hand-set rule scores gave both 0.9; in the opened gold a described speaker ("স্থানীয় এক
    # বাসিন্দা") is right about two times in three, a named one nearly always
    named = _confidence("দিমিত্রি পেসকভ বলেন, “এটি একটি পূর্ণাঙ্গ সফর হবে।”")
    described = _confidence("স্থানীয় এক বাসিন্দা বলেন, “এখানে প্রতিদিন পানি আসে না।”")
    assert named > described
