"""Plain records returned by the extraction core.

Every record is a frozen dataclass of plain fields (str, int, float, tuples), so it pickles for
`st.cache_data`, converts with `dataclasses.asdict` and never leaks a library object. Offsets are
character offsets into the *normalised* article text (`core.text.normalize`), end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("PERSON", "ORG", "LOC")
QUOTE_KINDS = ("direct", "indirect")
SOURCE_TYPES = ("person", "organisation", "media", "anonymous", "group", "unknown")
FRAMINGS = ("neutral", "distancing")
GRANULARITIES = ("day", "week", "month", "year", "interval", "duration")


@dataclass(frozen=True)
class Span:
    """A stretch of the normalised text: a sentence, a paragraph, a clause."""

    start: int
    end: int


@dataclass(frozen=True)
class Token:
    """A word, number or punctuation mark with its offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity: `text == article_text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place named in one article.

    `name` is the canonical form: nominative, no case ending, no honorific, the fullest form the
    article uses (কিম জং উন, not কিমের). `aliases` are the other base forms seen (কিম).
    """

    name: str
    type: str
    mentions: tuple[Mention, ...]
    aliases: tuple[str, ...] = ()
    confidence: float = 1.0
    source: str = "model"  # "model", "rule" or "editor"


@dataclass(frozen=True)
class Quote:
    """Direct (in quote marks) or reported speech, with who said it.

    `text` is the quoted words without the marks, `text == article_text[start:end]`.
    `speaker` is the canonical entity name when the speaker is a named entity, otherwise a
    descriptive phrase from the text (বিশ্লেষকরা), or None when nobody is named.
    """

    text: str
    kind: str
    start: int
    end: int
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    source_type: str = "unknown"
    role: str | None = None
    affiliation: str | None = None
    cue: str | None = None
    framing: str = "neutral"
    confidence: float = 0.5


@dataclass(frozen=True)
class TimeExpression:
    """A placement in time (or a duration) found in the text.

    `value` is ISO-like: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, or an interval start/end; for a
    duration an ISO 8601 duration (P18M) or None. Granularity never claims more than the text says.
    """

    text: str
    start: int
    end: int
    value: str | None
    granularity: str
    modifier: str | None = None  # "early", "mid", "late", "approx", ...
    tense: str | None = None  # "past", "present", "future"
    sentence: Span | None = None
    part_of_day: str | None = None  # "dawn", "morning", "night" ... (মঙ্গলবার ভোরে, রোববার দিবাগত রাতে)


@dataclass(frozen=True)
class Event:
    """A dated event: a placed time expression and who is involved in the sentence around it."""

    time: TimeExpression
    sentence: Span
    summary: str
    entities: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything the core finds in one article."""

    text: str
    published: str | None
    published_inferred: bool
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    dates: tuple[TimeExpression, ...]
    events: tuple[Event, ...] = ()
    extractor_version: str = ""
    timings: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
