"""The article as `_Extractor` holds it (`_ArticleState`, the bottom layer of its classes): the units
(`_Unit`, sentences merged across quotation marks, tokenised on demand), the masked text, the paired
marks, the cues and the entity linker, all fixed once `__init__` has run; and the lists the layers
above write while reading (`found`, `history`, `introduced`, `direct_speaker`). It uses only the
modules the extractor is built on (marks, tokens, records, phrases, clauses, linking). Three speaker
phrase readers that the memory and title layers call (`_np_after`, `_np_speaker`, `_nominative`)
are declared here and defined in `speakers`, above them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from core.models import Entity, Span
from core.quotes.clauses import _NOT_REPORTING_BEFORE_PASSIVE, _mask
from core.quotes.linking import _EntityLinker
from core.quotes.marks import _Marked, _pair_marks
from core.quotes.phrases import _TOLD_RE
from core.quotes.records import _Cue, _Found, _Speaker
from core.quotes.tokens import _is_genitive, _is_predicate, _squash, _Tok, _tokenize
from core.quotes.tunables import _MASK, MAX_CONVERB_GAP_CHARS
from core.quotes.vocabulary import (
    _ANNOUNCING_PASSIVE,
    _BOLE,
    _CALL_TO_ACTION,
    _COUNTED_OR_TOLD,
    _CUE_RE,
    _FIRST_PERSON,
    _KORA_ONLY,
    _LEARNT_FROM_HEADS,
    _LEARNT_PASSIVE,
    _LIGHT_VERBS,
    _PLACE_ADVERBS,
    _QUOTED_BEFORE_AS_RE,
    _REQUEST_CONVERB_NOUNS,
    _REQUEST_CONVERBS,
    _RUN_ON,
    _SPEAKING_ACTS,
    _SPEECH_VERBS,
    _TERMINATORS,
    _WISH_OPENERS,
    _WISHING,
    _word_before,
)


@dataclass
class _Unit:
    """A sentence (merged across quotation marks) with its quotations and cues; tokens on demand."""

    start: int
    end: int
    masked: str = field(repr=False)
    index: int
    claimed: bool = False
    has_quote: bool = False
    cue_count: int = 0
    _tokens: list[_Tok] | None = field(default=None, repr=False)
    linker: _EntityLinker | None = field(default=None, repr=False)
    # where each token's run of quotations and list glue begins and ends (direct._chant), made once:
    # walked afresh for every mark, a run of thousands of marks cost the square of its length
    list_runs: tuple[list[int], list[int]] | None = field(default=None, repr=False)

    @property
    def tokens(self) -> list[_Tok]:
        if self._tokens is None:
            self._tokens = _tokenize(self.masked, self.start, self.end)
            if self.linker is not None:
                self.linker.mark(self._tokens)
        return self._tokens


class _ArticleState:
    """One article's units, masks, marks and cues, fixed by `__init__`, and the lists read into."""

    text: str
    marked: list[_Marked]
    masked: str
    units: list[_Unit]
    unit_starts: list[int]
    found: list[_Found]
    history: list[tuple[int, _Speaker]]
    introduced: list[tuple[int, _Speaker]]
    direct_speaker: dict[int, tuple[_Speaker, str | None, str, float]]
    linker: _EntityLinker
    mark_by_open: dict[int, _Marked]
    mark_opens: list[int]
    cues: list[_Cue]
    cue_starts: list[int]
    _words: frozenset[str] | None

    def __init__(self, text: str, entities: list[Entity], sentences: list[Span]) -> None:
        self.text = text
        self._words: frozenset[str] | None = None  # the article's words, read when first needed
        self.marked = _pair_marks(text)
        self.masked = _mask(text, self.marked)
        self.units = self._units(sentences)
        self.unit_starts = [u.start for u in self.units]
        self.found: list[_Found] = []
        self.history: list[tuple[int, _Speaker]] = []  # (offset, resolved speaker) in text order
        self.introduced: list[tuple[int, _Speaker]] = []  # people introduced with a title, in text order
        self.direct_speaker: dict[int, tuple[_Speaker, str | None, str, float]] = {}
        self.linker = _EntityLinker(entities, text)
        if self.linker.mentions:
            for unit in self.units:
                unit.linker = self.linker  # its tokens are marked when first read
        self.mark_by_open = {m.open: m for m in self.marked}
        self.mark_opens = [m.open for m in self.marked]
        self.cues = self._cues()
        self.cue_starts = [c.start for c in self.cues]

    def _units(self, sentences: list[Span]) -> list[_Unit]:
        """Sentences merged so that no quotation crosses a boundary, tokenised on the masked text."""
        spans = sorted(sentences, key=lambda s: s.start) or [Span(0, len(self.text))]
        merged: list[list[int]] = []
        q = 0
        tops = self.marked
        for s in spans:
            start, end = s.start, s.end
            while q < len(tops) and tops[q].close < start:
                q += 1
            if merged and q < len(tops) and tops[q].open < start <= tops[q].close:
                merged[-1][1] = max(merged[-1][1], end)
                continue
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
                continue
            merged.append([start, end])
        # a quotation may still run past the last merged end: extend
        pieces: list[tuple[int, int]] = []
        q = 0
        for start, end in merged:
            cuts = []
            while q < len(tops) and tops[q].open < end:
                mark = tops[q]
                end = max(end, min(mark.close + 1, len(self.text)))
                if mark.closed and mark.end > mark.start and self.text[:mark.end].rstrip()[-1:] in _TERMINATORS:
                    cuts.append(mark.close + 1)  # "…বলেছেন, ইইউ "… প্রকাশ করে।" গ্রিনল্যান্ড …": a new sentence
                q += 1
            # a missing full stop: "… বাস্তবায়ন করতে চাই সাঈদ আল নোমান বলেন, …" is two sentences
            # (the speaker's own voice before it, so a name in -লাম such as ইসলাম is no verb)
            cuts.extend(m.end() for m in _RUN_ON.finditer(self.masked, start, end)
                        if _FIRST_PERSON.search(self.masked, start, m.start()))
            cuts.extend(m.end() for m in _CALL_TO_ACTION.finditer(self.masked, start, end))
            for cut in sorted(cuts):
                if start < cut < end and self.text[cut:end].strip():
                    pieces.append((start, cut))
                    start = cut
            pieces.append((start, end))
        units: list[_Unit] = []
        for start, end in pieces:
            if units and start < units[-1].end:
                start = units[-1].end
            while start < end and self.text[start].isspace():
                start += 1
            if start >= end:
                continue
            units.append(_Unit(start, end, self.masked, len(units)))
        opens = [m.open for m in tops]
        for u in units:
            i = bisect_left(opens, u.start)
            u.has_quote = i < len(opens) and opens[i] < u.end
        return units

    def _cues(self) -> list[_Cue]:
        out = []
        for m in _CUE_RE.finditer(self.masked):
            kind = m.lastgroup or "verb"
            if kind == "labelling":
                if not _QUOTED_BEFORE_AS_RE.search(self.text, max(0, m.start() - 16), m.start()):
                    continue  # "৬৫টিকে ঝুঁকিপূর্ণ হিসেবে চিহ্নিত করেছে পুলিশ": identified, no words reported
                kind = "verb"  # "… ‘‘জটিল’’ বলেই চিহ্নিত করেছে": the label is the labeller's words
            if kind == "dismissing":
                kind = "verb"  # "… ‘সম্পূর্ণ ভিত্তিহীন’ বলে উড়িয়ে দিয়েছেন": said, as বলে before it shows
            if kind == "stance":
                kind = "verb"  # "কোচ আশাবাদী যে …": a stance held, its content the যে-clause after it
            if kind == "light":
                kind = "noun"
                if m.group("noun") in _KORA_ONLY and not m.group("light").startswith(("কর", "তোল", "তুল")):
                    continue  # "যোগ দেন" is "joined", not "added"
                if m.group("light") in _REQUEST_CONVERBS and m.group("noun") not in _REQUEST_CONVERB_NOUNS:
                    continue  # "জোর দিয়ে বলেন", "ব্যাখ্যা দিয়ে": the manner of the main verb's speech
            if kind == "act" and m.group().split()[-1] in _SPEECH_VERBS and m.group().split()[0] not in _SPEAKING_ACTS and \
                    self.masked[m.end():m.end() + 2].lstrip()[:1] in {",", ":"}:
                # "আব্দুস সালাম বলেন, …": a name that looks like an object; the comma makes it speech
                verb = m.group().split()[-1]
                cue = _Cue(m.end() - len(verb), m.end(), "verb", verb)
                out.append(cue)
                continue
            if kind == "act" and m.group().split()[0] in _WISHING and m.group().split()[-1] in _LIGHT_VERBS | _SPEECH_VERBS:
                after = self.masked[m.end():m.end() + 12].lstrip()
                if after.startswith(",") and after[1:].lstrip().startswith(_WISH_OPENERS):
                    # "প্রার্থনা করেন, যেন তিনি জাতিকে … দান করেন": the prayer's content is reported
                    obj, verb = m.group().split()[0], m.group().split()[-1]
                    cue = _Cue(m.start(), m.end(), "noun", _squash(m.group()))
                    cue.noun, cue.light = obj, verb
                    out.append(cue)
                    continue
            if kind == "passive" and m.group() in _ANNOUNCING_PASSIVE and \
                    not self.masked[m.end():m.end() + 3].lstrip().startswith(","):
                continue  # "সাধারণ ছুটি ঘোষণা করা হয়েছে": a thing announced, no content reported
            if kind == "passive" and m.group() in _LEARNT_PASSIVE and (
                    _word_before(self.masked, m.start()) not in _BOLE
                    or self.masked[m.end():m.end() + 3].lstrip().startswith("না")):
                continue  # "জানা গেছে, …" and "… বলে জানা যায় না": no content the reporter learnt
            if kind == "passive" and _word_before(self.masked, m.start()) in _NOT_REPORTING_BEFORE_PASSIVE:
                # "আমাকে … সংগ্রহ করতে বলা হয়েছিল" (was asked to), "প্রার্থনা জানানো হয়েছে" (a prayer
                # was offered): an instruction or an expressive act, not a report of content
                continue
            if kind == "source" and m.group().split()[0] in _LEARNT_FROM_HEADS and \
                    _word_before(self.masked, m.start()) in _PLACE_ADVERBS | {""}:
                continue  # "সেখান থেকে জানা যায়": learnt from a place, from no one named
            if kind == "acc" and self.linker.in_person_name(m.start(), m.end()):
                continue  # "পররাষ্ট্রমন্ত্রী তনিমা বিশ্বাস এক বিবৃতিতে বলেছেন": a name's word, not "belief"
            if kind == "acc" and m.group() in _COUNTED_OR_TOLD and not (
                    _is_genitive(self.masked[:m.start()].rsplit(maxsplit=1)[-1]) and self.masked[m.end():m.end() + 1] == ","):
                continue  # "প্রধান অতিথি হিসেবে", "খবর পেয়ে": "as" and any news, no source's count or story
            cue = _Cue(m.start(), m.end(), kind, _squash(m.group()))
            if kind == "noun":
                cue.noun = m.group("noun")
                cue.light = m.group("light")
            out.append(cue)
        out = sorted(out + self._told_converbs(out), key=lambda c: c.start)
        out = [c for i, c in enumerate(out) if c.light not in _REQUEST_CONVERBS
               or self._main_cue_follows(c, out[i + 1] if i + 1 < len(out) else None)]
        for cue in out:
            u = self._unit_at(cue.start)
            if u is not None:
                u.cue_count += 1
        return out

    def _told_converbs(self, cues: list[_Cue]) -> list[_Cue]:
        """"কৌশলগত কারণে ধানের শীষ প্রতীকে নির্বাচন করছেন জানিয়ে তিনি বলেন": a clause closed by its
        predicate and the converb জানিয়ে is what the main verb's subject told (a cue with no noun; kept
        only when a speech verb follows it in the sentence, as for "… আহ্বান জানিয়ে")."""
        covered = [(c.start, c.end) for c in cues]
        out = []
        for m in _TOLD_RE.finditer(self.masked):
            before = _word_before(self.masked, m.start())
            if any(a <= m.start() < b for a, b in covered) or not _is_predicate(before) or before == "না":
                continue  # (… আনুষ্ঠানিকভাবে না জানিয়ে: "without telling", no report)
            cue = _Cue(m.start(), m.end(), "noun", m.group())
            cue.light = m.group()
            out.append(cue)
        return out

    def _main_cue_follows(self, cue: _Cue, following: _Cue | None) -> bool:
        """Is a request converb (… আহ্বান জানিয়ে) followed in its sentence by the speech verb that
        reports it (… উপদেষ্টা বলেন), not by another verb ("… আখ্যা দিয়ে অমানবিক করে তুলছে")?"""
        if following is None or following.kind not in {"verb", "noun"} or following.start - cue.end > MAX_CONVERB_GAP_CHARS:
            return False
        between = self.masked[cue.end:following.start]
        return not any(ch in _TERMINATORS or ch == _MASK for ch in between)

    def _unit_at(self, offset: int) -> _Unit | None:
        i = bisect_right(self.unit_starts, offset) - 1
        if i >= 0 and offset < self.units[i].end:
            return self.units[i]
        return None

    def _sentence_before(self, offset: int) -> _Unit | None:
        """The sentence (unit) right before the one at `offset`, or None at the article's start."""
        index = self._unit_index(offset)
        return self.units[index - 1] if index > 0 else None

    def _unit_index(self, offset: int) -> int:
        u = self._unit_at(min(max(offset, 0), len(self.text) - 1))
        return u.index if u else 0

    def _np_after(self, unit: _Unit, ce: int, *, strict: bool = False) -> _Speaker | None:
        """Defined by `_SpeakerPhrases` (`core.quotes.speakers`), above this layer; declared here so
        that the layers below it can call it and mypy checks the signature."""
        raise NotImplementedError

    def _np_speaker(self, toks: list[_Tok], i: int, j: int, unit: _Unit | None, *, post: bool = False,
                    case: str | None = None) -> _Speaker | None:
        """Defined by `_SpeakerPhrases` (`core.quotes.speakers`), above this layer; declared here so
        that the layers below it can call it and mypy checks the signature."""
        raise NotImplementedError

    def _nominative(self, word: str) -> str:
        """Defined by `_SpeakerPhrases` (`core.quotes.speakers`), above this layer; declared here so
        that the layers below it can call it and mypy checks the signature."""
        raise NotImplementedError
