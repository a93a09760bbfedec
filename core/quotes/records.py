"""The records the extractor builds: a speaker (`_Speaker`), a quote being built (`_Found`), a cue
with its framing (`_Cue`) and one unit's cues in text order (`_CueList`).

Separate so that noun phrases, clauses and entity linking can name them without the extractor.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from core.lexicon import speech as lx
from core.quotes.vocabulary import _ACCORDING_NO_COMMA, _DEMAND_VERBS, _DISTANCING


@dataclass
class _Speaker:
    name: str | None  # canonical name or descriptive phrase
    mention: str | None
    start: int | None
    end: int | None
    source_type: str = "unknown"
    role: str | None = None
    affiliation: str | None = None
    plural: bool = False
    resolved: bool = False  # from a pronoun, a bare title or a document
    named: bool = False  # a name, not a description


_NO_SPEAKER = _Speaker(None, None, None, None)
# Words that make a description indefinite: someone not named before (এক কর্মকর্তা, একজন চিকিৎসক).
_INDEFINITE_OPENERS = frozenset({"এক", "একজন", "অপর", "আরেক", "আরেকজন", "কোনো"})


@dataclass
class _Found:
    """A quote being built; becomes a `Quote` at the end."""

    start: int
    end: int
    kind: str
    speaker: _Speaker
    cue: str | None
    framing: str
    confidence: float
    pattern: str


@dataclass
class _Cue:
    start: int
    end: int
    kind: str  # verb, noun, passive, source, cite, acc, view
    text: str
    noun: str | None = None
    light: str | None = None
    consumed: bool = False

    @property
    def framing(self) -> str:
        if self.kind == "noun" and self.noun in _DISTANCING and self.light not in _DEMAND_VERBS:
            return "distancing"
        if self.kind == "acc" and self.text in lx.DISTANCING_ACCORDING_TO:
            return "distancing"
        if self.kind == "passive" and self.text.startswith(("দাবি", "অভিযোগ")):
            return "distancing"
        return "neutral"


class _CueList:
    """The cues of one unit in text order, with the look-ups the reader needs in O(log n)."""

    def __init__(self, cues: list[_Cue]) -> None:
        self.cues = cues
        self.starts = [c.start for c in cues]
        self.by_end = {c.end: c for c in cues}

    def after(self, offset: int) -> Iterator[_Cue]:
        """Cues starting at or after `offset`."""
        for i in range(bisect_left(self.starts, offset), len(self.cues)):
            yield self.cues[i]

    def ending_at(self, end: int) -> _Cue | None:
        """A cue that can introduce a quotation and ends exactly at `end` ("X বলেন, ‘…’")."""
        cue = self.by_end.get(end)
        if cue is None or cue.kind not in {"verb", "noun", "acc", "passive", "source"}:
            return None
        if cue.kind == "acc" and cue.text not in _ACCORDING_NO_COMMA | {"দাবি", "বক্তব্য", "ভাষ্য"}:
            return None
        return cue
