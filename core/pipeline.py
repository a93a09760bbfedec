"""One call from article text to everything the core finds: `analyze(text, published=..., model=...)`."""
from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from core import entities as entities_mod
from core import quotes as quotes_mod
from core import timeline as timeline_mod
from core.lexicon import time as time_lex
from core.models import ArticleAnalysis, Entity, Event, Quote, Span, TimeExpression
from core.ner import NerModel
from core.text import blank_out, inside, inside_any, normalize, page_furniture, repeated_copies, sentences


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
    # a page printed twice is read once for speech (the copy would part a speech from its speaker), and
    # the page's furniture is no part of the sentence it was glued to
    repeats = repeated_copies(text)
    copies = repeats + page_furniture(text)
    speech_text = blank_out(text, copies)
    speech_spans = sentences(speech_text) if copies else spans
    found_quotes = _before_copies(quotes_mod.quotes(speech_text, entities=_outside(found_entities, copies),
                                                    sentences=speech_spans), text, copies)
    with_speakers, renamed = entities_mod.people_from_speakers(text, found_entities, found_quotes, model=model)
    # ... and once for entities and dates: the copy's mentions and date expressions repeat the
    # original's, and kept they double every mention count and list each date twice. They are dropped
    # after the finding, not found in the blanked text: the tagger then reads what it always read (on
    # the blanked text it lost an entity of open and quotes of blind8), and a relative date in a copy
    # ("আগের দিন", counted back from the original's own) goes with it. The furniture's words are the
    # page's own, printed once, and stay.
    found_entities = tuple(_outside(with_speakers, repeats))
    if renamed:
        found_quotes = tuple(replace(q, speaker=renamed.get(q.speaker, q.speaker)) if q.speaker else q
                             for q in found_quotes)
    lap("quotes")
    in_repeat = inside_any(repeats)
    found_dates = tuple(d for d in timeline_mod.time_expressions(text, published=anchor, sentences=spans)
                        if not in_repeat(d.start))
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
    """Each placed time expression as an event with the entities and speakers of its sentence. A date
    on a masthead or stamp line ("ঢাকা মঙ্গলবার, ৩০ ডিসেম্বর ২০২৫ … প্রকাশ: ২৭ ডিসেম্বর ২০২৫ |") stays
    a date of the article but is no event of its story."""
    out = []
    furniture = _mastheads(text)
    for expression in dates:
        if expression.granularity == "duration" or not expression.value or inside(expression.start, furniture):
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


def _outside(found_entities: Sequence[Entity], copies: list[Span]) -> list[Entity]:
    """The entities with their mentions inside the copies left out (an entity with none left, too)."""
    if not copies:
        return list(found_entities)
    out = []
    in_copy = inside_any(copies)
    for entity in found_entities:
        kept = tuple(m for m in entity.mentions if not in_copy(m.start))
        if kept:
            out.append(replace(entity, mentions=kept))
    return out


def _before_copies(found_quotes: list[Quote], text: str, copies: list[Span]) -> tuple[Quote, ...]:
    """The quotes, each cut where a copy starts inside it (speech read on over the blank)."""
    out = []
    for quote in found_quotes:
        cut = min((c.start for c in copies if quote.start < c.start < quote.end), default=None)
        if cut is not None:
            end = len(text[:cut].rstrip())
            quote = replace(quote, text=text[quote.start:end], end=end)
        out.append(quote)
    return tuple(out)


_WEEKDAY = "|".join(form for forms in time_lex.WEEKDAYS.values() for form in forms)
# A stamp runs from its word to the "|" after its date; a masthead from the place to the year.
# Samakal's pages print both on the line the story then runs on, so the line itself is no unit.
_MASTHEAD = re.compile(
    "(?:" + "|".join(time_lex.PUBLICATION_STAMPS) + r")\s*:[^|\n]*"
    + r"|(?:^|\n)[ \t]*(?:" + "|".join(time_lex.MASTHEAD_PLACES) + r"),?\s+(?:" + _WEEKDAY + r"),?[^|\n]{0,30}?[০-৯0-9]{4}"
)


def _mastheads(text: str) -> list[Span]:
    """Where a page's masthead or publication stamp sits: a stamp word before a colon (প্রকাশ:, আপডেট:,
    প্রকাশিত:, হালনাগাদ:) up to the "|" after its date, or a line opening "ঢাকা <weekday>, <date>".
    Said by its form, not by its outlet."""
    return [Span(m.start(), m.end()) for m in _MASTHEAD.finditer(text)]


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
