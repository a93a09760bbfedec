"""Nested quotations, fragments and the finished records (`_Finishing`): quotations inside
quotations (`_nested`), fragments quoted inside reported speech, and `_finish`, which turns what was
found into `Quote` records (`_source_fields`: role, affiliation, source type), dropping lede copies
and repeated beginnings. Uses the layers below (`speakers` and under).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from core.lexicon import speech as lx
from core.models import Quote
from core.quotes.calibration import confidence_groups, quote_confidence
from core.quotes.clauses import (
    _DOCUMENT_STEMS,
    _FIRST_PERSON_WORDS,
    _HABITUAL_NAMING,
    _SPACE_BEFORE_STOP,
    _closing_predicate,
    _holds_a_view,
    _is_title,
    _mask,
    _named_term,
    _previous_quote,
    _token_index,
    _words,
)
from core.quotes.marks import _TERMINATOR_RE, _Marked
from core.quotes.phrases import (
    _ADVERBS_IN_R,
    _OTHER_OWNER_WORDS,
    _QUANTIFIERS,
    _body_of_kind,
    _body_words,
    _describes_person,
    _genitive_of,
    _is_relation,
    _is_verbal_noun_genitive,
    _last_conjunct_owner,
    _np_before,
    _org_like,
    _pointing_owner,
    _post_beside_relation,
    _title_after_owner,
    _title_noun,
    _titles_carried,
    _without_age,
)
from core.quotes.records import _INDEFINITE_OPENERS, _NO_SPEAKER, _Found, _Speaker
from core.quotes.speakers import _SpeakerPhrases
from core.quotes.state import _Unit
from core.quotes.tokens import _is_address, _is_adjective, _is_genitive, _squash, _strip_genitive, _tokenize
from core.quotes.tunables import _LETTERS, MAX_ANAPHORA_CHARS, MAX_POINTER_TO_TITLE_WORDS, MIN_UNCUED_WORDS
from core.quotes.vocabulary import (
    _ACRONYM,
    _DEMONSTRATIVES,
    _DETERMINERS,
    _FIRST_PERSON,
    _MARKUP,
    _ROLE_MODIFIERS,
    _SINGULAR,
    _SPEECH_VERBS,
    _TERMINATORS,
    _speaker_like,
)


class _Finishing(_SpeakerPhrases):
    """Nested quotations, fragments and the finished Quote records; uses speakers and below."""

    def _generally_called(self, unit: _Unit | None, mark: _Marked) -> bool:
        """"এলডিএলকে 'ব্যাড কোলেস্টেরল' বলে বিবেচনা করা হয়", "এই অগ্রগতিকে ‘উন্নয়ন বিস্ময়’ বলে আখ্যায়িত করা
        হয়": what a thing is generally called, in the habitual passive with no one to say it (no statement
        or report in the sentence, "বিবৃতিতে … ‘…’ বলে উল্লেখ করা হয়"), is a term, not anyone's words."""
        if not mark.closed or _HABITUAL_NAMING.match(self.text, mark.close + 1) is None:
            return False
        before = self.text[unit.start if unit is not None else mark.open:mark.open]
        return not any(word.startswith(_DOCUMENT_STEMS) for word in _words(before))

    def _nested(self) -> None:
        """Quotations inside a kept direct quote ("তিনি আমাকে বলেছিলেন, ‘সতর্ক থেকো…’"): the subject
        of the cue before them speaks; তিনি there is someone other than the outer speaker."""
        kept = {f.start: f for f in self.found if f.kind == "direct"}
        for mark in self.marked:
            outer = kept.get(mark.start)
            if outer is None or not mark.children:
                continue
            inner = _mask(self.text, mark.children, mark.start, mark.end)
            local = _tokenize(inner, 0, len(inner))
            for child in mark.children:
                qi = _token_index(local, child.open - mark.start)
                if qi is None:
                    continue
                j = qi - 1
                while j >= 0 and local[j].text in {",", ":", "-"}:
                    j -= 1
                if j < 0 or local[j].text not in _SPEECH_VERBS:
                    continue
                span = _np_before(local, j, _previous_quote(local, j) + 1)
                speaker = outer.speaker
                if span is not None:
                    word = local[span[1] - 1].text
                    if word in _SINGULAR:
                        other = self._other_person(child.open, outer.speaker)
                        speaker = replace(other, mention=word, start=None, end=None, resolved=True) \
                            if other.name else _Speaker(None, word, None, None)
                    elif word not in _FIRST_PERSON_WORDS:
                        name = _squash(inner[local[span[0]].start:local[span[1] - 1].end])
                        speaker = _Speaker(self.linker.by_name(name) or name, name, mark.start + local[span[0]].start,
                                           mark.start + local[span[1] - 1].end, "person", named=True)
                self._add(child.start, child.end, "direct", speaker, local[j].text, "neutral", 0.6, "nested")

    def _other_person(self, offset: int, outer: _Speaker) -> _Speaker:
        person = self.linker.recent_person(offset, self.masked, exclude=outer.name, skip_quotes=False,
                                            listed=self._listed_person)
        return person or _NO_SPEAKER

    def _fragments_in_reported(self) -> None:
        """A short quotation inside reported speech is the speaker's own wording."""
        # a nominal content ("… ‘বিশেষ আদর’ পাওয়ার বিষয়টি") is the reporter's phrase, not the speaker's words,
        # and so is a question or a wish taken up by সেই প্রশ্ন / সে বিষয়ে ("… 'যে কোনো মূল্যে এমপি হওয়ার'
        # প্রকাশ্য এই চেষ্টা কতটা নৈতিক সেই প্রশ্নও তুলছেন অনেকে")
        reported = [f for f in self.found if f.kind == "indirect" and f.speaker.name
                    and f.pattern not in {"matter", "resumptive"}]
        if not reported:
            return
        have = {f.start for f in self.found if f.kind == "direct"}
        starts = [f.start for f in reported]
        for mark in self.marked:
            if mark.start in have or not mark.closed:
                continue
            i = bisect_right(starts, mark.open) - 1
            if i >= 0 and reported[i].start <= mark.open and mark.close <= reported[i].end:
                host = reported[i]
                if _FIRST_PERSON.search(self.text[host.start:host.end]):
                    continue  # speech given word for word: its quoted words (‘হ্যাঁ’ বলি) are mentions
                if _holds_a_view(host.cue):
                    continue  # a view summed up (X-এর মতে, … ‘নৈতিক বিকল্প শক্তি’ …): the reporter's term
                # a single quoted word (… আর কোনো ‘সিনিয়র’ কোটা …) is a term the reporter marks, not wording,
                # unless it is what the clause says its subject is (… খবরটি পুরোপুরি ‘গুজব’।)
                words = len(self.text[mark.start:mark.end].split())
                if (words >= 2 or _closing_predicate(self.text, mark)) and words < MIN_UNCUED_WORDS \
                        and not _is_title(self.text, mark) and not _named_term(self.text, mark) \
                        and not self._generally_called(self._unit_at(mark.open), mark):
                    self.found.append(_Found(mark.start, mark.end, "direct", host.speaker, host.cue, host.framing,
                                             0.5, "fragment"))

    def _without_lede_copies(self, kept: list[_Found]) -> list[_Found]:
        """The lede sums up what the body reports at length ("… স্বরাষ্ট্র উপদেষ্টা বলেন, দুই-চারটি অস্ত্র
        … ধরাও হচ্ছে।" and later the same words and more): the reported copy in the first sentence is
        dropped when a later quote contains it. Only the first sentence is compared, so this is linear."""
        if not self.units:
            return kept
        lede_end = self.units[0].end
        lede = [f for f in kept if f.kind == "indirect" and f.end <= lede_end]
        if not lede:
            return kept
        later = [(_squash(self.text[f.start:f.end]), f) for f in kept if f.start >= lede_end]
        drop = set()
        for f in lede:
            key = _squash(self.text[f.start:f.end]).strip(" ,।.!?")
            host = next((g for text, g in later if len(key) >= 20 and key in text), None)
            if host is not None:
                drop.add(id(f))
                if host.speaker.name is None and f.speaker.name is not None:
                    host.speaker = f.speaker
        return [f for f in kept if id(f) not in drop]

    def _organisation_by_head(self, speaker: _Speaker) -> _Speaker:
        """"কেন্দ্রীয় ব্যাংক জানায়" in an article about বাংলাদেশ ব্যাংক, "মন্ত্রণালয় জানিয়েছে" after ধর্ম
        মন্ত্রণালয়: an organisation described by its head word is the one organisation of the article
        with that head."""
        if speaker.name is None or speaker.resolved or speaker.source_type != "organisation":
            return speaker
        words = speaker.name.split()
        if not 2 <= len(words) <= 3 or self.linker.by_name(speaker.name) is not None or not all(
                _is_adjective(w) or w in _DETERMINERS or w in _DEMONSTRATIVES for w in words[:-1]):
            return speaker  # "সোনালী ব্যাংক" is a name of its own; "কেন্দ্রীয় ব্যাংক" describes one
        head = words[-1]
        named = {e.name for e in self.linker.organisations if e.name != speaker.name and e.name.split()[-1] == head}
        if len(named) != 1:
            return speaker
        return replace(speaker, name=named.pop(), named=True)

    def _person_in_phrase(self, speaker: _Speaker) -> _Speaker:
        """A person's speaker phrase that holds one person of the article by their whole name
        ("নাগরিক ঐক্যের মাহমুদুর রহমান মান্না", "নিহত নাজমুলের ভাতিজা সাকিব আলম", "তাসনিম জারাও") is
        reported under that name, so that all their quotes come together. Not when the name is in
        the genitive (বোলা তিনুবুর এক উপদেষ্টা: someone else) nor when two people are in it."""
        name = speaker.name
        if name is None or speaker.source_type != "person" or name in self.linker.person_names:
            return speaker
        found = [(person, m) for person in self.linker.person_names if " " in person
                 for m in [re.search(rf"(?<![{_LETTERS}]){re.escape(person)}(?:[ওই])?(?![{_LETTERS}])", name)] if m]
        if len(found) != 1:
            return speaker
        person, m = found[0]
        before, after = name[:m.start()].split(), name[m.end():].split()
        if before and not _describes_person(before[-1]):
            return speaker  # "মেহেদী | হাসান কচি": the name may go on before the entity's words
        if after and not (after[0].endswith("রা") or _is_verbal_noun_genitive(after[0])
                          or _is_genitive(after[0]) and len(after) > 1):
            return speaker  # "ইউসুফ মাইতামা | তুগ্গার", "আবদুল্লাহ আল | জাবের": or after them
        return replace(speaker, name=person)

    def _quoted_in_reporting_clause(self) -> None:
        """A quotation set between a reported clause's subject and its content ("… সারা বি রজার্স
        জিডিআই-কে "আমেরিকান বক্তৃতা … জন্য" মার্কিন করদাতাদের অর্থ ব্যবহার করার অভিযোগ করেছেন") is
        that subject's wording: it was read before the clause's cue, and fell back to whoever spoke
        before (no cue, no mention of its own)."""
        reported = [f for f in self.found if f.kind == "indirect" and f.speaker.name and f.speaker.end is not None]
        for n, f in enumerate(self.found):
            if f.kind != "direct" or f.cue is not None or f.speaker.start is not None:
                continue
            host = next((r for r in reported if r.speaker.end is not None and r.speaker.end <= f.start
                         and f.end < r.start and not _TERMINATOR_RE.search(self.text, r.speaker.end, f.start)
                         and not _TERMINATOR_RE.search(self.text, f.end + 1, r.start)), None)
            if host is not None:
                self.found[n] = replace(f, speaker=host.speaker, cue=host.cue, framing=host.framing, confidence=0.6)

    def _finish(self) -> list[Quote]:
        out: list[Quote] = []
        self._quoted_in_reporting_clause()
        # The same words twice are one quote (BBC Bangla repeats every sentence; a lede quotes in
        # marks what the body later reports with "তিনি বলেন, …"): kept once, as the direct quote if
        # either is one, with the speaker whichever of them has.
        groups: dict[str, list[_Found]] = {}
        for f in sorted(self.found, key=lambda f: (f.start, f.end)):
            key = self._words_of(f)
            if key:
                groups.setdefault(key, []).append(f)
        kept = []
        for same in groups.values():
            first = next((f for f in same if f.kind == "direct"), same[0])
            if first.speaker.name is None:
                spoken = next((f for f in same if f.speaker.name is not None), None)
                if spoken is not None:
                    first = replace(first, speaker=spoken.speaker, cue=spoken.cue, framing=spoken.framing,
                                    confidence=spoken.confidence * 0.9)
            kept.append(first)
        kept = self._without_lede_copies(kept)
        kept = self._without_repeated_beginnings(kept)
        kept = self._described_going_on(kept)
        for f in sorted(kept, key=lambda f: (f.start, f.end)):
            quote_text = self.text[f.start:f.end]
            if _MARKUP.search(quote_text):
                continue  # a scraped <script>…</script> or style block is no one's words
            sp = self._organisation_by_head(f.speaker)
            if sp.name is not None and not _speaker_like(sp.name):
                sp = _NO_SPEAKER
            sp = self._person_in_phrase(sp)
            sp = self._without_address(sp)
            role, affiliation = self._source_fields(sp)
            anchor = role.split()[0] if role else sp.name.split()[-1] if sp.name else None
            affiliation = self._owner_pointed_to(affiliation, anchor, f.start if sp.start is None else sp.start)
            out.append(Quote(
                text=quote_text, kind=f.kind, start=f.start, end=f.end,
                speaker=sp.name, speaker_mention=sp.mention if sp.name or sp.mention else None,
                speaker_start=sp.start, speaker_end=sp.end,
                source_type=sp.source_type if sp.name else "unknown",
                role=role, affiliation=affiliation, cue=f.cue,
                framing=f.framing, confidence=quote_confidence(confidence_groups(f, sp)),
            ))
        return _titles_carried(out)

    def _source_fields(self, speaker: _Speaker) -> tuple[str | None, str | None]:
        """The role and affiliation an editor reads for a speaker: the body of an unnamed source
        ("পররাষ্ট্র মন্ত্রণালয়ের একটি সূত্র" -> পররাষ্ট্র মন্ত্রণালয়), and a title's words that stand
        after its owner in the title, not in the owner ("পুলিশের এক শীর্ষ কর্মকর্তা": শীর্ষ কর্মকর্তা)."""
        if speaker.name is None:
            return None, None
        role, affiliation = speaker.role, speaker.affiliation
        if role is not None and _is_relation(role):
            role, affiliation = _post_beside_relation(affiliation)
        if speaker.source_type == "anonymous" and affiliation is None and speaker.start is not None \
                and speaker.end is not None:
            affiliation = self._body_of_source(speaker.name.split(), speaker.start, speaker.end)
        if role is not None and affiliation is not None:
            role, affiliation = _title_after_owner(role, _last_conjunct_owner(affiliation), self.text)
        if role is None:
            return role, affiliation
        role, affiliation = _without_age(role, affiliation)
        if not role or _is_relation(role):
            return None, None  # "২৭ বছর বয়সী", "ভাসানীর নাতি", "প্রাণীপ্রেমী": no post, and no body
        if affiliation is not None:
            affiliation = _body_words(affiliation)
        if affiliation is not None:
            role, affiliation = self._compound_title(role, affiliation)
        if affiliation is not None:
            role, affiliation = self._portfolio_in_title(role, affiliation)
        return role, affiliation

    def _portfolio_in_title(self, role: str, affiliation: str) -> tuple[str, str | None]:
        """A portfolio in -র written before the post is the title's, not its owner read as a genitive:
        "দলের দপ্তর সম্পাদক" gave (সম্পাদক, দলের দপ্ত) -> (দপ্তর সম্পাদক, দল); "বিএনপির প্রচার সম্পাদক" ->
        (প্রচার সম্পাদক, বিএনপি)."""
        words = affiliation.split()
        portfolio = words[-1] + "র"
        if portfolio not in lx.PORTFOLIOS_IN_R or f"{portfolio} {role}" not in self.text:
            return role, affiliation
        owner = words[:-1]
        if owner and _is_genitive(owner[-1]):
            owner[-1] = _strip_genitive(owner[-1])
        return f"{portfolio} {role}", " ".join(owner) or None

    def _owner_pointed_to(self, affiliation: str | None, anchor: str | None, at: int) -> str | None:
        """An affiliation that points back, as the body it means: "দলটি" -> জাতীয় নাগরিক পার্টি, "দলটির
        কৃষক উইং" -> জাতীয় নাগরিক পার্টির কৃষক উইং (the wing is a body; its party is what an editor needs).
        None when the text does not tell the body safely ("তার দলের চেয়ারম্যান", two parties in
        the pointer's sentence): an empty field misleads no one, while "দলটি" pools the speakers of
        every party. An owner that names no body drops out ("এ দেশ" -> None, "দেশের নাগরিক সমাজ" ->
        নাগরিক সমাজ). `anchor` is the first word of the title the pointer owns (or the speaker's last
        word: "দলটির সূত্রে"), to find where the text writes it; `at` is where the speaker is."""
        if affiliation is None:
            return None
        pointer = _pointing_owner(affiliation)
        if pointer is None:
            return affiliation
        size, kind = pointer
        words = affiliation.split()
        if kind is None:
            return " ".join(words[size:]) or None  # "দেশের নাগরিক সমাজ" -> নাগরিক সমাজ
        if anchor is None:
            return None
        written = self._pointer_written_at(words[:size], anchor, at)
        body = None if written is None else self._body_pointed_to(written, kind)
        if body is None:
            return None
        return " ".join([_genitive_of(body), *words[size:]]) if words[size:] else body

    def _pointer_written_at(self, pointer: list[str], anchor: str, at: int) -> int | None:
        """Where the text writes a pointing owner before the title it owns ("দলের সিনিয়র যুগ্ম সদস্য
        সচিব", `anchor` সিনিয়র): the last place at or before the speaker, else the first after it (a
        lede's quote before the title), else None."""
        last = _strip_genitive(pointer[-1]) if _is_genitive(pointer[-1]) else pointer[-1]
        written = re.compile(r"(?<!\S)" + r"\s+".join(map(re.escape, [*pointer[:-1], last])) + r"(?:ের|র)?(?!\S)")
        places = [m.start() for m in written.finditer(self.text)
                  if any(w.startswith(anchor) for w in
                         self.text[m.end():m.end() + 200].split("।")[0].split()[:MAX_POINTER_TO_TITLE_WORDS])]
        before = [p for p in places if p <= at]
        return before[-1] if before else places[0] if places else None

    def _body_pointed_to(self, offset: int, kind: str) -> str | None:
        """The body a pointing owner at `offset` means: the nearest body of its kind named before it
        ("… মনে করছে জামায়াতে ইসলামী। দলের সেক্রেটারি জেনারেল" -> জামায়াতে ইসলামী), unless its own
        sentence names two ("জাতীয় নাগরিক পার্টি (এনসিপি) জামায়াতে ইসলামীর নেতৃত্বাধীন জোটে যোগ
        দিয়েছে বলে জানিয়েছেন দলটির আহ্বায়ক": the nearest is not the one meant) or a word before it makes
        it another's ("এলডিপি (অলি) এর মহাসচিব … বিএনপিতে যোগ দেন। তার দলের চেয়ারম্যান": his party,
        not বিএনপি; "অন্য দলের", "খালেদা জিয়ার দলের")."""
        before = self.text[max(0, offset - 40):offset].split()
        if before and (before[-1] in _OTHER_OWNER_WORDS
                       or _is_genitive(before[-1]) and before[-1] not in _ADVERBS_IN_R):
            return None
        unit = self._unit_at(offset)
        sentence_start = unit.start if unit is not None else 0
        fitting = [(s, entity) for s, e, entity in self.linker.within(max(0, offset - MAX_ANAPHORA_CHARS), offset)
                   if e <= offset and _body_of_kind(entity, kind)]
        if not fitting or len({entity.name for s, entity in fitting if s >= sentence_start}) > 1:
            return None
        return fitting[-1][1].name

    def _compound_title(self, role: str, affiliation: str) -> tuple[str, str | None]:
        """Plain nouns written right before a title make one title with it, not its owner: "পানি
        সম্পদ উপদেষ্টা", "সাবেক সংসদ সদস্য", "ফরেন পলিসি বিশেষজ্ঞ", "আরেকজন নির্মাণ শ্রমিক" (a
        quantifier is neither). Never an owner in the genitive, an organisation, an acronym or a
        name the article's entities have (বিটিএমএ সভাপতি, নির্বাচন কমিশন সচিব, মার্কিন প্রেসিডেন্ট)."""
        words = affiliation.split()
        nouns = [w for w in words if w not in _QUANTIFIERS]
        if not re.search(rf"(?<!\S){re.escape(affiliation)}\s+{re.escape(role.split()[0])}(?!\S)", self.text):
            return role, affiliation
        if nouns and (not all(_title_noun(w) or w in _ROLE_MODIFIERS for w in nouns[:-1])
                      or not (_title_noun(nouns[-1]) or f"{nouns[-1]} {role}" in lx.COMPOUND_TITLES)
                      or self.linker.by_name(" ".join(nouns)) is not None
                      or any(self.linker.by_name(w) is not None for w in nouns)):
            return role, affiliation
        return " ".join([*nouns, role]), None

    def _body_of_source(self, words: list[str], start: int, end: int) -> str | None:
        """The body an unnamed source speaks from: "জামুকা সূত্র", "এনসিপির একটি সূত্র", "নির্বাচন কমিশন
        সূত্র"; None for a source described, not placed ("দলীয় সূত্র", "সংশ্লিষ্ট সূত্র", "কূটনৈতিক
        সূত্রগুলো"): the words before সূত্র must name an organisation, or be one the article names."""
        if len(words) < 2 or not words[-1].startswith("সূত্র"):
            return None
        owner = [w for w in words[:-1] if w not in _DETERMINERS]
        if not owner:
            return None
        if _is_genitive(owner[-1]):
            owner[-1] = _strip_genitive(owner[-1])
        named = any(entity.type == "ORG" for _, _, entity in self.linker.within(start, end))
        if not (named or _org_like(owner) or len(owner) == 1 and _ACRONYM.fullmatch(owner[0])):
            return None
        return " ".join(owner)

    def _described_going_on(self, kept: list[_Found]) -> list[_Found]:
        """"সাবেক প্রধানমন্ত্রী শেখ হাসিনার ছেলে আরও বলেন, ‘…’": a description of one person that
        "also" speaks is the named person quoted last (জয়), not a new source. Not an indefinite
        one (এক কর্মকর্তা আরও বলেন)."""
        out: list[_Found] = []
        last: _Speaker | None = None
        for f in sorted(kept, key=lambda f: (f.start, f.end)):
            sp = f.speaker
            if sp.named and sp.source_type == "person":
                last = sp
            elif last is not None and sp.name is not None and sp.end is not None and not sp.plural \
                    and sp.source_type in {"person", "anonymous"} and not sp.resolved \
                    and self.text[sp.end:sp.end + 6].split()[:1] in (["আরও"], ["আরো"]) \
                    and not any(w in _INDEFINITE_OPENERS for w in (sp.mention or "").split()):
                f = replace(f, speaker=replace(last, mention=sp.mention, start=sp.start, end=sp.end, resolved=True))
            out.append(f)
        return out

    def _sentences_quoted_at(self, offset: int) -> bool:
        """Does a quotation of whole sentences (a full stop inside) open at this offset?"""
        return any(m.open == offset and any(ch in _TERMINATORS for ch in self.text[m.start:m.end - 1])
                   for m in self.marked)

    def _words_of(self, found: _Found) -> str:
        """A found quote's words, spaces squashed, without the stops and marks around them: what two
        copies of one quote share."""
        # (a space before a comma is a copy's slip: "Adilur , অর্থাৎ …" is "Adilur, অর্থাৎ …")
        return _SPACE_BEFORE_STOP.sub(r"\1", _squash(self.text[found.start:found.end])).strip(" ,।.!?\"'“”‘’")

    def _without_address(self, speaker: _Speaker) -> _Speaker:
        """A speaker named with a form of address (মি. বাগ, মিজ নাসরীন) is the person of that surname
        in the article (তোফান বাগ), or the surname alone: no name keeps its মি."""
        first, _, rest = (speaker.name or "").partition(" ")
        if not rest or not _is_address(first):
            return speaker
        return replace(speaker, name=self.linker.by_name(rest) or self._full_name(rest) or rest)

    def _without_repeated_beginnings(self, kept: list[_Found]) -> list[_Found]:
        """A page that repeats every sentence (BBC Bangla) gives one report twice: once stopped by
        the repeated sentence, once going on into the next one ("A" and "A। B"). The words are one
        quote, kept once: the longer, with whichever speaker was found."""
        if len(kept) < 2:
            return kept
        keys = [self._words_of(f) for f in kept]
        squashed: str | None = None  # the page's words, squashed once if some quote begins another
        dropped: set[int] = set()
        for i, short in enumerate(keys):
            if not short:
                continue
            for j, long in enumerate(keys):
                if j != i and j not in dropped and kept[j].kind == kept[i].kind and len(long) > len(short) \
                        and long.startswith(short) and long[len(short):].lstrip(" \"'”’").startswith(("।", "?", "!")):
                    squashed = _squash(self.text) if squashed is None else squashed
                    if squashed.count(short) < 2:
                        break  # written once: a report and its longer run are not copies
                    dropped.add(i)
                    if kept[j].speaker.name is None and kept[i].speaker.name is not None:
                        kept[j] = replace(kept[j], speaker=kept[i].speaker, cue=kept[i].cue, framing=kept[i].framing)
                    break
        return [f for n, f in enumerate(kept) if n not in dropped]
