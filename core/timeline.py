"""PLACEHOLDER until the timeline helper lands."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from core.models import Span, TimeExpression


def publication_date(text: str, *, metadata: date | None = None) -> tuple[date | None, bool]:
    return metadata, False


def time_expressions(text: str, *, published: date | None, sentences: Sequence[Span] | None = None) -> list[TimeExpression]:
    return []
