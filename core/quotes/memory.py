"""People introduced with a title, lists of those present, and the memory of resolved speakers
(`_Memory`): `_introduction` notes whom a sentence ending in a titled name introduces, for a later
তিনি or bare title; `_remember` adds a speaker to the history pronouns are resolved from. Uses the
article state (`state`) and the speaker phrase readers declared there.
"""
from __future__ import annotations

from bisect import insort
from dataclasses import replace

from core.quotes.clauses import _ABSENT, _ATTENDANCE_MARKERS, _last_word_index, _token_index, _words
from core.quotes.marks import _TERMINATOR_RE
from core.quotes.phrases import _is_verbal_noun_genitive, _np_start
from core.quotes.records import _Speaker
from core.quotes.state import _ArticleState, _Unit
from core.quotes.tokens import _NAMES_LIKE_OBJECTIVES, _is_genitive, _is_objective, _is_verb_like, _role_base, _role_of
from core.quotes.tunables import MAX_LIST_GAP_WORDS, MIN_LISTED_PEOPLE
from core.quotes.vocabulary import _AGE, _CONNECTORS, _LIST_JOINS, _NON_SUBJECT, _PARTICIPLES, _TERMINATORS


class _Memory(_ArticleState):
    """Introductions, lists of people and the speaker history; uses the article state."""

    def _introduction(self, unit: _Unit) -> None:
        """A sentence ending in a titled name introduces who a following তিনি is: "… কৃতজ্ঞতা জ্ঞাপন
        করেন সিনিয়র ব্র্যান্ড ম্যানেজার এস. এম মেহেদী। তিনি বলেন, …"."""
        tail = _words(self.masked[max(unit.start, unit.end - 160):unit.end])[-12:]
        if len(tail) < 3 or _is_verb_like(tail[-1]) or not any(_role_of(w) for w in tail[:-1]):
            return  # cheap test first: most sentences end in a verb, not in a titled name
        if self._lists_those_present(unit.start):
            return  # "উপস্থিত ছিলেন … সিভিল সার্জন মাহবুবুর রহমান প্রমুখ": a list of those present
        toks = unit.tokens
        last = _last_word_index(toks)
        for v in range(last - 1, max(-1, last - 26), -1):
            if _is_verb_like(toks[v].text) and _role_of(toks[v].text) is None:
                speaker = self._np_after(unit, v, strict=True)
                if speaker is not None and speaker.named and speaker.role and speaker.source_type == "person":
                    self._remember(speaker, toks[v].start)
                    self.introduced.append((toks[v].start, speaker))
                return

    def _lists_those_present(self, offset: int) -> bool:
        """Is the sentence at `offset` a list of those present ("সভায় উপস্থিত ছিলেন X, Y প্রমুখ")? The
        people in it are neither introduced nor whom a later তিনি means."""
        unit = self._unit_at(offset)
        if unit is None:
            return False
        sentence = self.text[unit.start:unit.end]
        if not any(marker in sentence for marker in _ATTENDANCE_MARKERS):
            return False
        et_al = "প্রমুখ" in sentence
        if _ABSENT.search(sentence) and not et_al:
            return False  # who was absent is no list of those present ("… কোনো সদস্য মানববন্ধনে উপস্থিত ছিলেন না")
        # (one person present is no list: "সভায় জামায়াতের আমির শফিকুর রহমান উপস্থিত ছিলেন। তিনি বলেন, …")
        people = {entity.name for _, _, entity in self.linker.within(unit.start, unit.end) if entity.type == "PERSON"}
        return len(people) != 1 or et_al

    def _listed_person(self, offset: int) -> bool:
        """Is the person whose mention starts at `offset` one a later তিনি cannot mean: one of those
        present (`_lists_those_present`) or one of a list of three people or more ("গ্রেফতারকৃতরা হলো …
        বাবা হুমায়ুন কবির, মা হাসি বেগম, … ও মো. আব্দুল হান্নান। তিনি বলেন, …": the one who spoke
        before the list)?"""
        return self._lists_those_present(offset) or self._in_list_of_people(offset)

    def _in_list_of_people(self, offset: int) -> bool:
        """Is the person's mention at `offset` one of three or more in a row, each joined to the next by a
        comma, ও or এবং (and a title at most: ", মা হাসি বেগম")?"""
        unit = self._unit_at(offset)
        if unit is None:
            return False
        people = sorted({(s, e) for s, e, entity in self.linker.within(unit.start, unit.end)
                         if entity.type == "PERSON"})
        at = next((n for n, (s, _) in enumerate(people) if s == offset), None)
        if at is None:
            return False
        first = at
        while first > 0 and self._list_joined(people[first - 1][1], people[first][0]):
            first -= 1
        last = at
        while last + 1 < len(people) and self._list_joined(people[last][1], people[last + 1][0]):
            last += 1
        return last - first + 1 >= MIN_LISTED_PEOPLE

    def _list_joined(self, end: int, start: int) -> bool:
        """Does the text between two persons' mentions join them as items of a list (", ", " ও ", ", মা ")?"""
        if start < end:
            return False
        gap = self.text[end:start]
        words = _words(gap)
        return len(words) <= MAX_LIST_GAP_WORDS and ("," in gap or any(w in _LIST_JOINS for w in words)) \
            and not _TERMINATOR_RE.search(gap) and not any(_is_verb_like(w) for w in words)

    def _genitive_name(self, speaker: _Speaker) -> bool:
        """A speaker "name" ending in a genitive (সন্তানের, ব্যবহৃত ওষুধের) is a phrase that lost its head:
        no one speaks in the genitive. Names of the article's entities (জাবের) and titled names stay."""
        words = (speaker.name or "").split()
        if not words or not words[-1].endswith(("ের", "এর", "’র", "'র")) or speaker.role or speaker.resolved \
                or words[-1] in _NAMES_LIKE_OBJECTIVES:
            return False
        if self.linker.by_name(speaker.name) is not None:
            return False
        # a one-word "name", a plural (বিশেষজ্ঞদের), a verbal noun (পালনের, পৌঁছানোর) or another genitive,
        # number or participle in it (ব্যবহৃত ওষুধের, মাহফুজউল্লাহ ২০১৯ সালের); "আব্দুল্লাহ আল জাবের" is a name
        if len(words) == 1:
            return not self._clause_initial(speaker.start)  # "জাবের ঘোষণা দেন, …" opens its sentence
        return words[-1].endswith("দের") or _is_verbal_noun_genitive(words[-1]) or any(
            _is_genitive(w) or _AGE.match(w) or w in _PARTICIPLES or w.endswith(("ত্ত", "কৃত", "হৃত")) for w in words[:-1])

    def _clause_initial(self, offset: int | None) -> bool:
        """Does a word at `offset` open its sentence or clause (after time words only)?"""
        unit = self._unit_at(offset) if offset is not None else None
        if unit is None or offset is None:
            return False
        before = self.masked[unit.start:offset]
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
        return all(w in _NON_SUBJECT or w in _CONNECTORS for w in _words(before[cut + 1:]))

    def _remember(self, speaker: _Speaker, offset: int) -> None:
        """A subject of a speech verb without content still is a candidate for later pronouns."""
        if self._genitive_name(speaker) or self._object_like(speaker):
            return
        if speaker.name is not None and (speaker.named or speaker.plural) and not speaker.resolved:
            insort(self.history, (offset, speaker), key=lambda h: h[0])

    def _subject_for_memory(self, unit: _Unit, speaker: _Speaker, floor: int) -> _Speaker:
        """The subject to remember for a cue without content: when the phrase found is its object
        ("জামায়াতের আমির সরকার ও নির্বাচন কমিশনের প্রতি নিরপেক্ষ ভূমিকা পালনের আহ্বান জানান"), the
        titled or named phrase before it in the clause, if any."""
        if not self._object_like(speaker) or speaker.start is None or speaker.end is None:
            return speaker
        toks = unit.tokens
        first = _token_index(toks, speaker.start)
        last = _token_index(toks, speaker.end - 1)
        if first is None or last is None:
            return speaker
        for j in range(first - 1, max(floor, first - 12) - 1, -1):
            w = toks[j].text
            if toks[j].is_quote or w in _TERMINATORS or w == ",":
                break
            if w in _NON_SUBJECT:
                continue  # "আহসান মনসুর বরং … মনে করেন": an adverb after the name ends no subject
            person = self.linker.person_at(toks[_np_start(toks, j, floor)].start, toks[j].end)
            titled = _role_of(w) is not None and _role_base(w) == w  # আমির, not মন্ত্রীর
            if toks[j].is_word and (titled or person) and not _is_objective(w):
                subject = self._np_speaker(toks, _np_start(toks, j, floor), j + 1, unit)
                if subject is not None and subject.name is not None and subject.source_type == "person":
                    return replace(subject, resolved=False)  # a title resolved here is a mention of them here
        return speaker

    def _object_like(self, speaker: _Speaker) -> bool:
        """A phrase before the verb that is its object, not its subject: "কর্তব্যরত চিকিৎসক মৃত ঘোষণা
        করেন", "তার মৃত্যুতে গভীর শোক ও দুঃখ প্রকাশ করেছেন …", "… নাসির উদ্দিন সংসদ নির্বাচন ও গণভোটের
        তফসিল ঘোষণা করেন". When the article's entities are known, a phrase called a person that is none
        of them, has no title and does not open its clause is not remembered for a later তিনি."""
        if not self.linker.mentions or speaker.start is None or speaker.end is None:
            return False
        if speaker.role is not None or speaker.plural or speaker.resolved or speaker.source_type != "person":
            return False
        if self.linker.ends_name(speaker.start, speaker.end) or self.linker.by_name(speaker.name) is not None:
            return False
        return not self._clause_initial(speaker.start)
