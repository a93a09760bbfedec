"""Plain-JSON views of the core's records, in the shape of the gold annotations (DATA.md)."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from core.models import ArticleAnalysis, Entity, Quote, TimeExpression


def entity_dict(entity: Entity) -> dict[str, Any]:
    return {
        "name": entity.name,
        "type": entity.type,
        "mentions": list(dict.fromkeys(m.text for m in entity.mentions)),
        "spans": [[m.start, m.end] for m in entity.mentions],
        "aliases": list(entity.aliases),
        "confidence": round(entity.confidence, 3),
        "source": entity.source,
    }


def quote_dict(quote: Quote) -> dict[str, Any]:
    out = asdict(quote)
    out["confidence"] = round(quote.confidence, 3)
    return out


def date_dict(expression: TimeExpression, text: str) -> dict[str, Any]:
    sentence = expression.sentence
    return {
        "text": expression.text,
        "value": expression.value,
        "granularity": expression.granularity,
        "modifier": expression.modifier,
        "tense": expression.tense,
        "part_of_day": expression.part_of_day,
        "event": text[sentence.start:sentence.end] if sentence else None,
        "start": expression.start,
        "end": expression.end,
    }


def analysis_dict(analysis: ArticleAnalysis, *, article_id: str | None = None) -> dict[str, Any]:
    """The `python -m core analyze` output: gold-shaped plus offsets and extras."""
    out: dict[str, Any] = {"id": article_id} if article_id is not None else {}
    out.update({
        "published": analysis.published,
        "published_inferred": analysis.published_inferred,
        "extractor_version": analysis.extractor_version,
        "entities": [entity_dict(e) for e in analysis.entities],
        "quotes": [quote_dict(q) for q in analysis.quotes],
        "dates": [date_dict(d, analysis.text) for d in analysis.dates],
    })
    return out
