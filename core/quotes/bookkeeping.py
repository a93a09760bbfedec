"""Bookkeeping of the reading (`_Bookkeeping`): a quote added (`_add`), text already claimed by one,
the speakers heard recently, the cues after an offset and the next clause's cue, marks by offset.
Uses the layers below: the article state (`state`) and the memory (`memory`).
"""
from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice, takewhile

from core.quotes.clauses import _content_start, _token_index, _trim
from core.quotes.marks import _Marked
from core.quotes.memory import _Memory
from core.quotes.phrases import _np_before, _np_start
from core.quotes.records import _NO_SPEAKER, _Cue, _CueList, _Found, _Speaker
from core.quotes.state import _Unit
from core.quotes.tokens import _is_genitive, _is_locative, _is_verb_like, _role_of
from core.quotes.tunables import (
    _CLAUSE_PUNCTUATION,
    _TITLE_SETTINGS,
    HISTORY_LOOKBACK,
    MAX_CUES_IN_CONTENT,
    MAX_INDIRECT_CHARS,
    MAX_JOINED_TITLE_WORDS,
)
from core.quotes.vocabulary import (
    _ACCORDING_NO_COMMA,
    _BOLE,
    _COORDINATION,
    _GEN_PRONOUNS,
    _LIST_JOINS,
    _PERSONAL_PRONOUNS,
)

# What stands before a speaker who opens a new attribution inside a content: a comma, এবং, আর or a
# relative "where" ("… হবে এবং X বলেন", "… কতটুকু তোলা সম্ভব যেখানে খোদ গভর্নর বলছেন, …").
_OPENS_SPEAKER_IN_CONTENT = frozenset({",", "এবং", "আর", "যেখানে"})
# … and the run of such words (with ও) the new attribution takes back to: "… হবে, এবং X বলেন".
_BEFORE_SPEAKER_IN_CONTENT = _OPENS_SPEAKER_IN_CONTENT | _LIST_JOINS


class _Bookkeeping(_Memory):
    """Quotes added, claimed text, recent speakers, next cues; uses memory and state."""

    def _add(self, start: int, end: int, kind: str, speaker: _Speaker, cue: str | None, framing: str,
             confidence: float, pattern: str) -> None:
        start, end = _trim(self.text, start, end, kind)
        if end <= start or kind == "indirect" and end - start > MAX_INDIRECT_CHARS:
            return
        if self._genitive_name(speaker):
            speaker = _NO_SPEAKER
        speaker = self._joined_speakers(speaker)
        if speaker.name is None:
            confidence *= 0.8
        elif speaker.resolved:
            confidence *= 0.9
        self.found.append(_Found(start, end, kind, speaker, cue, framing, confidence, pattern))
        if speaker.name is not None:
            # a speaker is "last heard" where the quote ends: a তিনি after a long speech is still them
            insort(self.history, (end, speaker), key=lambda h: h[0])

    def _joined_speakers(self, speaker: _Speaker) -> _Speaker:
        """"বিএনপি নেতা ফরিদুজ্জামান ফরহাদ ও ববি হাজ্জাজ জানান", "জোনায়েদ সাকী, সাইফুল হক ও … মান্না
        বলেন": people named in the nominative and joined to the named speaker by ও/এবং (and commas
        before it) speak together; the speaker becomes "X ও Y" (or "X, Y ও Z"). Only a title may stand
        between a join and the next name."""
        if not (speaker.named and speaker.source_type == "person" and not speaker.resolved
                and speaker.name and speaker.start is not None):
            return speaker
        names: list[str] = []
        at, join = speaker.start, "ও"
        while (before := self._person_joined_before(at, join)) is not None:
            at, name = before
            names.insert(0, name)
            join = ","
        if not names or speaker.name in names:
            return speaker
        listed = ", ".join(names)
        # (a group, as with "X ও Y … । তারা বলেন": the archive's registry gets no person "X ও Y")
        return replace(speaker, name=f"{listed} ও {speaker.name}", source_type="group", plural=True)

    def _person_joined_before(self, at: int, join: str) -> tuple[int, str] | None:
        """The person named in the nominative right before a join ("ও"/"এবং", or a comma) that a
        title at most separates from `at`: where their mention starts and their name."""
        window = self.text[max(0, at - 200):at]
        words = list(re.finditer(r"\S+", window))
        base = max(0, at - 200)
        for n in range(len(words) - 1, max(-1, len(words) - 2 - MAX_JOINED_TITLE_WORDS), -1):
            word = words[n].group()
            if join == "ও" and word in _LIST_JOINS:
                end = base + words[n].start() - 1
            elif join == "," and word.endswith(","):
                end = base + words[n].end() - 1
            else:
                if _is_verb_like(word) or word[-1] in _CLAUSE_PUNCTUATION \
                        or _is_locative(word) and word not in _TITLE_SETTINGS \
                        or self.linker.person_starts_at(base + words[n].start()):
                    return None  # a clause, a punctuation mark or another name: no title of the next one
                continue
            mention = self.linker.person_ending_at(end)
            if mention is None:
                return None
            return mention
        return None

    def _recent(self) -> Iterable[tuple[int, _Speaker]]:
        """The remembered speakers, most recent first (a bounded look-back keeps this linear)."""
        return islice(reversed(self.history), HISTORY_LOOKBACK)

    def _cues_after(self, offset: int) -> Iterator[_Cue]:
        for i in range(bisect_right(self.cue_starts, offset), len(self.cues)):
            yield self.cues[i]

    def _cues_between(self, start: int, stop: int) -> Iterator[_Cue]:
        """The cues from `start` that begin before `stop`, at most MAX_CUES_IN_CONTENT of them: where a
        content is read for an attribution of its own (a content holding more has run on anyway)."""
        return takewhile(lambda cue: cue.start < stop, islice(self._cues_after(start), MAX_CUES_IN_CONTENT))

    def _claimed(self, offset: int) -> bool:
        for found in reversed(self.found[-6:]):
            if found.kind == "indirect" and found.start <= offset < found.end:
                return True
        return False

    def _claimed_end(self, unit: _Unit) -> int:
        """The end of the last reported content inside this unit (a floor for the next one)."""
        best = unit.start
        for found in reversed(self.found[-6:]):
            if unit.start <= found.end <= unit.end:
                best = max(best, found.end)
        return best

    def _later_cue(self, unit_cues: _CueList, cue: _Cue) -> _Cue | None:
        return next((c for c in unit_cues.after(cue.end) if c.kind in {"verb", "noun", "passive"}), None)

    def _before_own_closing_cue(self, unit: _Unit, k: int, end: int) -> int:
        """"মি. কাদের বিবিসিকে বলেছেন, আওয়ামী লীগ বিহীন নির্বাচন ঠিক হচ্ছে না বলে তিনি মনে করেন": the
        speaker's view is closed by বলে and a cue of the speaker's own (a pronoun or no subject); the
        content ends before বলে."""
        toks = unit.tokens
        last = end - 1
        while last > k and not toks[last].is_word:
            last -= 1
        for cue in self._cues_between(toks[k].start, toks[last].end):
            if cue.end != toks[last].end:
                continue
            ci = _token_index(toks, cue.start)
            if ci is None:
                return end
            b = ci - 1
            if b > k and toks[b].text in _PERSONAL_PRONOUNS:
                b -= 1
            if b > k + 1 and toks[b].text in _BOLE:
                return b
        return end

    def _embedded_attribution(self, unit: _Unit, k: int, end: int) -> int:
        """"X জানান, A, একইসাথে তিনি জোর দিয়ে বলেন যে B": A ends where the new attribution starts."""
        toks = unit.tokens
        for cue in self._cues_between(toks[k].start, unit.end):
            if cue.kind not in {"verb", "noun"}:
                continue
            ci = _token_index(toks, cue.start)
            ce = _token_index(toks, cue.end - 1)
            if ci is None or ce is None or ci < k + 3:
                continue
            nxt, introduced = _content_start(toks, ce + 1)
            if not introduced or nxt >= len(toks) or toks[ce + 1].text == "-":
                continue
            span = _np_before(toks, ci, k)
            if span is None:
                continue
            head = toks[span[1] - 1].text
            if head in _PERSONAL_PRONOUNS or _role_of(head) or self.linker.is_name(toks[span[0]].start):
                start = span[0]
                while start > k and toks[start - 1].text in _COORDINATION:
                    start -= 1
                if start == k:
                    # "বিসিবি লিখেছে, বাংলাদেশ ক্রিকেট বোর্ড গভীর দুঃখের সাথে জানাচ্ছে যে …": the
                    # statement's own words, not a new attribution
                    return end
                return start
        return end

    def _next_clause_cue(self, unit: _Unit, k: int, end: int) -> int:
        """Where a new attribution starts inside the content ("… হবে এবং X-এর মতে …")."""
        toks = unit.tokens
        for cue in self._cues_between(toks[k].start, unit.end):
            ci = _token_index(toks, cue.start)
            if ci is None:
                continue
            if cue.kind == "acc" and ci > k and (_is_genitive(toks[ci - 1].text) or toks[ci - 1].text in _GEN_PRONOUNS) \
                    and (cue.text in _ACCORDING_NO_COMMA or ci + 1 < len(toks) and toks[ci + 1].text in {",", ":"}):
                # "… মানুষের প্রত্যাশা পূরণের …" is content; "… এবং তাদের প্রত্যাশা, …" a new attribution
                start = _np_start(toks, ci - 1, k, genitive_head=True)
                while start > k and toks[start - 1].text in _COORDINATION:
                    start -= 1
                return start
            if cue.kind == "verb" and ci > k + 2:
                span = _np_before(toks, ci, k)
                if span is not None and span[0] > k and toks[span[0] - 1].text in _OPENS_SPEAKER_IN_CONTENT:
                    start = span[0]
                    while start > k and toks[start - 1].text in _BEFORE_SPEAKER_IN_CONTENT:
                        start -= 1
                    return start
        return end

    def _mark_at(self, offset: int) -> _Marked | None:
        return self.mark_by_open.get(offset)
