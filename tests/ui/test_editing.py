"""Counts in captions: the noun and the verb in the number the count takes."""
from __future__ import annotations

import pytest

from ui.editing import change_summary, counted, matching


@pytest.mark.parametrize("count, expected", [(0, "0 quotes"), (1, "1 quote"), (1472, "1,472 quotes")])
def test_counted(count: int, expected: str) -> None:
    assert counted(count, "quote") == expected


@pytest.mark.parametrize("count, noun, expected", [
    (0, "quote", "0 quotes match"),
    (1, "quote", "1 quote matches"),
    (2, "article", "2 articles match"),
    (1472, "article", "1,472 articles match"),
])
def test_matching(count: int, noun: str, expected: str) -> None:
    assert matching(count, noun) == expected


def test_a_date_fixs_history_line_names_the_date_not_what_undo_keeps() -> None:
    row = {"target": "event", "action": "reject", "before": '{"text": "রবিবার", "value": "2023-09-10", "status": "active", "is_event": 1}',
           "after": '{"status": "rejected"}'}
    assert change_summary(row) == "Date “রবিবার” removed: not a date (was 2023-09-10)"
