"""Counts in captions: the noun and the verb in the number the count takes."""
from __future__ import annotations

import pytest

from ui.editing import counted, matching


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
