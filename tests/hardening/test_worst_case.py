"""Hang guards for article shapes that once took minutes (`python -m bench.pathological` measures them).

Each case checks what is found on a small example and that a moderate pathological input returns
under a generous alarm: a guard against a loop that costs the square of the input, not a timing goal.
"""
from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

from core.quotes import quotes
from core.text import normalize

GENEROUS_SECONDS = 120


@contextmanager
def _returns_within(seconds: int) -> Iterator[None]:
    def _hang(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _hang)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_long_list_of_chanted_slogans_is_each_chanted() -> None:
    text = normalize("আন্দোলনকারীরা " + ", ".join(f"‘স্লোগান নম্বর {i}’" for i in range(100)) + " স্লোগান দিচ্ছেন।")
    found = quotes(text)
    assert [(q.kind, q.text, q.speaker) for q in found] == \
        [("direct", f"স্লোগান নম্বর {i}", "আন্দোলনকারীরা") for i in range(100)]


def test_a_page_of_quotation_marks_returns() -> None:
    # 1 MB of these took 111 s (each mark walked the whole run of marks after and before it)
    text = normalize("“ ” \" ‘ ’ \"" * 20_000)
    with _returns_within(GENEROUS_SECONDS):
        assert quotes(text) == []
