"""Hang guards for article shapes that once took minutes (`python -m bench.pathological` measures them).

Each case checks what is found on a small example and that a moderate pathological input returns
under a generous alarm: a guard against a loop that costs the square of the input, not a timing goal.
"""
from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given
from hypothesis import strategies as st

from core.models import Span
from core.quotes import quotes
from core.text import MAX_SENTENCE_CHARS, inside, inside_any, normalize, sentences
from ui.review import _LAYER, Highlight, _close, _open, cluster_boundary, escape_text, highlight_html

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


def test_a_sentence_without_end_is_cut_at_a_comma_below_the_limit() -> None:
    text = normalize("রহিম বলেন, আমরা কাজ করছি। " + "তিনি বলেন, আমরা কাজ করছি " * 2_000)
    spans = sentences(text)
    assert text[spans[0].start:spans[0].end] == "রহিম বলেন, আমরা কাজ করছি।"
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in spans)
    assert all(text[s.end - 1] == "," for s in spans[1:-1])
    # nothing but the spaces between the pieces is left out
    assert "".join(text[s.start:s.end] for s in spans).replace(" ", "") == text.replace(" ", "")


def test_a_page_of_speech_cues_without_a_full_stop_returns() -> None:
    # 1 MB of "… বলেন, …" with no full stop took 45 s, every cue's content read to the page's end
    text = normalize("প্রধানমন্ত্রী শেখ হাসিনা বুধবার ঢাকায় এক অনুষ্ঠানে বলেন, দেশের উন্নয়ন অব্যাহত থাকবে " * 2_500)
    with _returns_within(GENEROUS_SECONDS):
        found = quotes(text, sentences=sentences(text))
    assert all(q.end - q.start <= MAX_SENTENCE_CHARS for q in found)


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)), max_size=12), st.integers(-5, 260))
def test_inside_any_answers_as_inside(spans: list[tuple[int, int]], offset: int) -> None:
    # what the pipeline drops as a repeated copy's: asked by bisection instead of span by span
    as_spans = [Span(start, start + width) for start, width in spans]
    assert inside_any(as_spans)(offset) == inside(offset, as_spans)


def _highlight_html_span_by_span(text: str, spans: list[Highlight], hidden: list[tuple[int, int]]) -> str:
    """`highlight_html` as it was, asking every span and every hidden stretch at every boundary."""
    clipped = [Highlight(start, end, s.kind, s.css, s.label) for s in spans
               if (end := cluster_boundary(text, s.end)) > (start := cluster_boundary(text, s.start))]
    gaps = [(max(0, a), min(len(text), b)) for a, b in hidden if min(len(text), b) > max(0, a)]
    ordered = sorted(clipped, key=lambda s: (s.start, -s.end, _LAYER.get(s.kind, 9), s.css, s.label))
    bounds = sorted({0, len(text), *(s.start for s in ordered), *(s.end for s in ordered),
                     *(edge for gap in gaps for edge in gap)})
    out: list[str] = []
    stack: list[Highlight] = []
    for a, b in zip(bounds, bounds[1:]):
        left_out = any(start <= a and b <= end for start, end in gaps)
        wanted = [] if left_out else [s for s in ordered if s.start <= a and s.end >= b]
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(_close(s) for s in reversed(stack[keep:]))
        out.extend(_open(s) for s in wanted[keep:])
        stack = wanted
        if not left_out:
            out.append(escape_text(text[a:b]))
    out.extend(_close(s) for s in reversed(stack))
    return "".join(out)


_KINDS = ("entity", "quote", "speaker", "date")


@given(st.lists(st.tuples(st.integers(-2, 40), st.integers(-2, 40), st.sampled_from(_KINDS)), max_size=10),
       st.lists(st.tuples(st.integers(-2, 40), st.integers(-2, 40)), max_size=3))
def test_the_review_views_marks_are_as_before(spans: list[tuple[int, int, str]], hidden: list[tuple[int, int]]) -> None:
    # the review view's text of a 1 MB article took 10 s to mark up; the sweep must mark exactly as before
    text = "রহিম বলেন, “সেতু <চালু> হলে খরচ কমবে।” ক্ষমতা & গতি"
    marks = [Highlight(a, b, kind, f"nr-{kind}") for a, b, kind in spans]
    assert highlight_html(text, marks, hidden=hidden) == _highlight_html_span_by_span(text, marks, hidden)
