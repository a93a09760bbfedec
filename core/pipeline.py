"""One call from article text to everything the core finds: `analyze(text, published=..., model=...)`."""
from __future__ import annotations

import hashlib
import time
from datetime import date
from pathlib import Path

from core import entities as entities_mod
from core import quotes as quotes_mod
from core import timeline as timeline_mod
from core.models import ArticleAnalysis, Entity, Event, Quote, Span, TimeExpression
from core.ner import NerModel
from core.text import normalize, sentences


def extractor_version(root: Path) -> str:
    """The version of what the extractors return: a digest of the rules (every `core/**/*.py`) and
    the shipped model files (`models/`) under `root`. Stored results carry it, and `python -m db
    reanalyze` re-runs the articles analysed by another version, so any rule or model change makes
    them outdated without anyone remembering to bump a number."""
    digest = hashlib.sha256()
    for path in sorted([*(root / "core").rglob("*.py"), *(root / "models").glob("*")]):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return "1." + digest.hexdigest()[:12]


EXTRACTOR_VERSION = extractor_version(Path(__file__).resolve().parent.parent)


def analyze(text: str, *, published: date | str | None = None, model: NerModel) -> ArticleAnalysis:
    """Entities, quotes, dates and events of one article, offsets into `normalize(text)`."""
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[step] = now - clock
        clock = now

    text = normalize(text)
    spans = sentences(text)
    lap("text")
    anchor, inferred = timeline_mod.publication_date(text, metadata=_as_date(published))
    found_entities = tuple(entities_mod.entities(text, model=model, sentences=spans))
    lap("entities")
    found_quotes = tuple(quotes_mod.quotes(text, entities=found_entities, sentences=spans))
    speakers = entities_mod.people_from_speakers(text, found_entities, found_quotes, model=model)
    if speakers:
        found_entities = tuple(sorted(found_entities + tuple(speakers), key=lambda e: e.mentions[0].start))
    lap("quotes")
    found_dates = tuple(timeline_mod.time_expressions(text, published=anchor, sentences=spans))
    lap("timeline")
    return ArticleAnalysis(
        text=text,
        published=anchor.isoformat() if anchor else None,
        published_inferred=inferred,
        entities=found_entities,
        quotes=found_quotes,
        dates=found_dates,
        events=tuple(events(text, found_dates, found_entities, found_quotes, spans)),
        extractor_version=EXTRACTOR_VERSION,
        timings=timings,
    )


def events(
    text: str,
    dates: tuple[TimeExpression, ...],
    found_entities: tuple[Entity, ...],
    found_quotes: tuple[Quote, ...],
    spans: list[Span],
) -> list[Event]:
    """Each placed time expression as an event with the entities and speakers of its sentence."""
    out = []
    for expression in dates:
        if expression.granularity == "duration" or not expression.value:
            continue
        sentence = expression.sentence or _sentence_of(expression.start, spans)
        names = tuple(dict.fromkeys(
            e.name for e in found_entities
            if any(sentence.start <= m.start < sentence.end for m in e.mentions)
        ))
        speakers = tuple(dict.fromkeys(
            q.speaker for q in found_quotes
            if q.speaker and q.start < sentence.end and q.end > sentence.start
        ))
        out.append(Event(expression, sentence, text[sentence.start:sentence.end], names, speakers))
    return out


def _sentence_of(offset: int, spans: list[Span]) -> Span:
    for span in spans:
        if span.start <= offset < span.end:
            return span
    return Span(offset, offset)


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise ValueError(f"published must be YYYY-MM-DD, got {value!r}") from exc
