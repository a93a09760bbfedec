"""The reader of one article (`_Extractor`): `run` reads the units left to right, each unit's
quotations and cues in text order, then finishes the records. Its methods come from the chain of
layers below, each a class in its own module that subclasses the one before: `state`
(`_ArticleState`), `memory`, `bookkeeping`, `titles`, `speakers`, `finishing`, `documents`,
`continuation`, `reported`, `direct` (`_DirectQuotes`).
"""
from __future__ import annotations

from bisect import bisect_left

from core.models import Quote
from core.quotes.direct import _DirectQuotes
from core.quotes.marks import _Marked
from core.quotes.records import _Cue, _CueList


class _Extractor(_DirectQuotes):
    """One article: pairs marks, reads units left to right, resolves and links speakers."""

    def run(self) -> list[Quote]:
        cue_starts = [c.start for c in self.cues]
        direct_starts = [m.open for m in self.marked]
        for unit in self.units:
            lo, hi = bisect_left(cue_starts, unit.start), bisect_left(cue_starts, unit.end)
            unit_cues = _CueList(self.cues[lo:hi])
            qlo, qhi = bisect_left(direct_starts, unit.start), bisect_left(direct_starts, unit.end)
            events: list[tuple[int, int, object]] = [(c.start, 1, c) for c in unit_cues.cues]
            events += [(m.open, 0, m) for m in self.marked[qlo:qhi]]
            events.sort(key=lambda e: (e[0], e[1]))
            found_before = len(self.found)
            for _, _, item in events:
                if isinstance(item, _Marked):
                    self._direct(unit, item, unit_cues)
                elif isinstance(item, _Cue) and not item.consumed:
                    self._reported(unit, item, unit_cues)
            if len(self.found) == found_before:
                self._introduction(unit)
        self._nested()
        self._fragments_in_reported()
        return self._finish()
