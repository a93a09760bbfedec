"""Speaker phrases (`_SpeakerPhrases`): the subject walk back from a cue over case endings and
settings (`_subject`, `_walked_subject`), the noun phrase read as a speaker (`_np_speaker`, one
large recursion with pronouns, relatives and sentence subjects), the phrase after a word
(`_np_after`), the nominative of a genitive (`_nominative`), pronouns (`_pronoun`) and
genitive speakers. Uses the layers below (`titles`, `bookkeeping`, `memory`, `state`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from core.lexicon import speech as lx
from core.quotes.clauses import (
    _ASKED_RE,
    _COUNTED_GROUP_OPENERS,
    _DATA_SUBJECTS,
    _FURTHER_RE,
    _OBJECT_DETERMINERS,
    _POSTPOSITIONS_AFTER_NOUN,
    _PREDICATE_CLOSERS,
    _THINGS,
    MAX_COUNTED_GROUP_WORDS,
    _after_leading_setting,
    _aside_end,
    _before_object_converb,
    _counted_people,
    _last_word_index,
    _relative_clause_before,
    _token_index,
    _words,
)
from core.quotes.phrases import (
    _AGENT_SUFFIXES,
    _ISSUED_PARTICIPLES,
    _MEDIA_RE,
    _ORG_RE,
    _WORDS_RE,
    _anonymous_prefix,
    _clean_name,
    _defining_clause_start,
    _finite,
    _fuller_name,
    _genitive_phrase_start,
    _honorific_finite,
    _is_age_descriptor,
    _is_demonstrative_org,
    _is_plural_phrase,
    _np_before,
    _np_start,
    _org_like,
    _parenthetical,
    _phrase_type,
    _plural_name,
    _plural_of_bodies,
    _plural_subject,
    _possessor_cut,
    _post_np,
    _split_role,
    _subordinate_clause,
    _subunit_parent,
    _without_parentheses,
)
from core.quotes.records import _INDEFINITE_OPENERS, _NO_SPEAKER, _Cue, _Speaker
from core.quotes.state import _Unit
from core.quotes.titles import _Titles
from core.quotes.tokens import (
    _has_words,
    _is_address,
    _is_adjective,
    _is_genitive,
    _is_locative,
    _is_objective,
    _is_verb_like,
    _no_subject_word,
    _org_word,
    _particle_base,
    _role_of,
    _squash,
    _strip_case,
    _strip_genitive,
    _Tok,
    _without_genitive_ending,
)
from core.quotes.tunables import _LETTERS, _MASK, _REFLEXIVES, MAX_BARE_NAME_WORDS, MAX_NP_WORDS, MIN_BARE_NAME_WORDS
from core.quotes.vocabulary import (
    _ACRONYM,
    _ADDRESS,
    _ADJUNCT_POSTPOSITIONS,
    _BREAK,
    _COMITATIVE,
    _COMMON_CONVERBS,
    _CONNECTORS,
    _CONVERBS,
    _DEMONSTRATIVES,
    _DETERMINERS,
    _DOCUMENTS,
    _ET_AL,
    _EVENTS,
    _FIRST_PERSON_PERFECT,
    _GEN_PRONOUNS,
    _GROUP_DETERMINERS,
    _GROUPS_ALONE,
    _INDEFINITE,
    _INDEFINITE_GENITIVES,
    _LEARNT_FROM_HEADS,
    _LIST_JOINS,
    _NAME_LIKE_ROLES,
    _NON_SUBJECT,
    _PARTICIPLES,
    _PERSONAL_PRONOUNS,
    _PLURAL,
    _PLURAL_GEN,
    _RELATIVE,
    _SINGULAR,
    _SOURCE_NOUNS,
    _STANDALONE_GROUPS,
    _TALKED_WITH_POSTPOSITIONS,
    _TERMINATORS,
    _TRAILING_ADVERBS,
    _VERBAL_NOUN_ENDINGS,
    MAX_INTRODUCED_WORDS,
    _setting_end,
    _without_particle,
)


class _SpeakerPhrases(_Titles):
    """Subjects, noun phrases, pronouns and relatives read as speakers; uses titles and below."""

    def _learnt_from(self, toks: list[_Tok], ci: int, floor: int) -> _Speaker:
        """The office, document or people something was learnt from ("জেলা রিটার্নিং কর্মকর্তার কার্যালয়
        থেকে জানা গেছে", "নিহত ব্যক্তিদের স্বজনদের সঙ্গে কথা বলে জানা গেছে" -> নিহত ব্যক্তিদের স্বজনরা):
        the noun phrase before the postposition (`_cues` drops the phrase when no word names a source)."""
        k = ci - 1
        while k > floor and toks[k].text in _TALKED_WITH_POSTPOSITIONS:
            k -= 1
        if k < floor or not toks[k].is_word:
            return _Speaker(None, None, None, None)
        start = _np_start(toks, k, floor, genitive_head=True)
        while start - 1 >= floor and start - 1 > k - MAX_NP_WORDS and toks[start - 1].is_word \
                and _is_genitive(toks[start - 1].text) and toks[start - 1].text not in _GEN_PRONOUNS:
            start = _np_start(toks, start - 1, floor, genitive_head=True)  # whose: "নিহত ব্যক্তিদের স্বজনদের"
        if toks[start].text in _ISSUED_PARTICIPLES | {"পাওয়া"} and start - 1 > floor \
                and toks[start - 1].text == "থেকে":
            return self._learnt_from(toks, start - 1, floor)  # "বিজিবির কাছ থেকে পাওয়া তালিকা": its giver
        last = toks[k].text
        head = self._nominative(last) if _is_genitive(last) and last not in _GEN_PRONOUNS else last
        name = _squash(" ".join([t.text for t in toks[start:k]] + [head]))
        return _Speaker(name, self.text[toks[start].start:toks[k].end], toks[start].start, toks[k].end,
                        "group" if head.endswith("রা") else "anonymous", plural=head.endswith("রা"))

    def _subject(self, unit: _Unit, ci: int, floor: int, cue: _Cue | None) -> _Speaker:
        """The subject of the cue at token `ci`: walk back over the clause, else after the verb; when
        the walk ends in a word of the setting, not a name or a description of someone, the name that
        opens the clause (`_name_opening_clause`)."""
        opening = self._subject_before_report(unit, ci, floor)
        if opening is not None:
            return opening
        speaker = self._walked_subject(unit, ci, floor, cue)
        if self._thing_not_someone(speaker):
            # "তিনি চাকমাদের জনসংখ্যা উল্লেখ করেছেন ‘…’", "তখন তিনি … আগের অবস্থান ধরে রাখার পক্ষে বলেন":
            # the walk found the object, a plain phrase of no one; the pronoun or the name that opens the
            # clause is its subject (not yet when a quoted term sets the floor after the name: "তামিম
            # নিজের এই ‘অন্যায়’ আউটটাকেই বললেন ম্যাচের টার্নিং পয়েন্ট, ‘…’")
            opening = self._pronoun_opening_clause(unit, ci, floor) or self._name_opening_clause(unit, ci, floor)
            if opening is not None:
                return opening
        if speaker.name is None or self._setting_word(speaker):
            opening = self._name_opening_clause(unit, ci, floor)
            if opening is None and speaker.name is None and speaker.mention is None:
                opening = self._plain_opening(unit, ci, floor)
            if opening is not None:
                return opening
        if self._part_of_longer_name(speaker):
            # "… অ্যালিস্টার কুক বিষয়টিকে … দেখেন। সানডে টাইমসে নিজের কলামে লেখেন": the walk stopped inside
            # a name in the locative (the paper written in); no subject in the clause, so the person
            # the sentence before opens with, else the last speaker
            before = self._sentence_before(unit.start)
            subject = self._sentence_subject(before) if before is not None else None
            if subject is not None and subject.named and subject.source_type == "person":
                return replace(subject, mention=None, start=None, end=None, resolved=True)
            return self._implicit_subject(unit.tokens[ci].start if ci < len(unit.tokens) else unit.end)
        return speaker

    def _part_of_longer_name(self, speaker: _Speaker) -> bool:
        """Is the speaker phrase the first words of a longer name mention in the locative (সানডে |
        টাইমসে), cut off by the walk?"""
        if speaker.start is None or speaker.end is None or speaker.resolved:
            return False
        for _, end, _ in self.linker.within(speaker.start, speaker.start + 1):
            rest = self.text[speaker.end:end].split()
            if rest and _is_locative(rest[-1]) and rest[-1] not in _NON_SUBJECT:
                return True
        return False

    def _subject_before_report(self, unit: _Unit, ci: int, floor: int) -> _Speaker | None:
        """"তিনি আগে কখনো রাজনীতি করেননি জানিয়ে বলেন, “…”", "তিনি … ফেরত দেওয়ার কথা জানিয়ে বলেন":
        a clause closed by the converb জানিয়ে right before the verb is what the subject told; the
        subject is the pronoun or the name that opens it, not the words before the converb."""
        toks = unit.tokens
        if ci - 1 <= floor or toks[ci - 1].text != "জানিয়ে":
            return None
        k = floor
        while k < ci - 1 and (not toks[k].is_word or toks[k].text in _NON_SUBJECT):
            k += 1
        if k >= ci - 2 or not _has_words(toks, k + 1, ci - 1, 2):
            return None
        if toks[k].text in _PERSONAL_PRONOUNS:
            speaker = self._pronoun(toks[k].text, toks[k].start, toks[k].end)
            return speaker if speaker.name is not None else None
        return self._name_opening_clause(unit, ci - 1, floor)

    def _thing_not_someone(self, speaker: _Speaker) -> bool:
        """A speaker phrase the walk found that describes no one: not an entity of the article, no
        title, no group, no pronoun, not resolved, not a source (সূত্র); its words may pass for a bare
        name ("জনসংখ্যা"), so only a pronoun or a tagged name opening the clause outranks it."""
        return speaker.name is not None and not speaker.resolved and not speaker.plural \
            and speaker.role is None and speaker.source_type == "person" and speaker.mention is not None \
            and speaker.mention not in _PERSONAL_PRONOUNS and self.linker.by_name(speaker.name) is None \
            and speaker.start is not None and speaker.end is not None \
            and not self.linker.overlaps(speaker.start, speaker.end)

    def _pronoun_opening_clause(self, unit: _Unit, ci: int, floor: int) -> _Speaker | None:
        """A personal pronoun in the nominative that opens the clause before the cue at `ci` (after
        time words: "তখন তিনি …"), alone, not coordinated ("তিনি ও তাঁর স্ত্রী"): its referent, or the
        unresolved pronoun (no name) when no one was named before it."""
        toks = unit.tokens
        k = floor
        while k < ci and (not toks[k].is_word or toks[k].text in _NON_SUBJECT):
            k += 1
        if k + 1 >= ci or toks[k].text not in _PERSONAL_PRONOUNS or toks[k + 1].text in _CONNECTORS \
                or toks[k + 1].text == "," or any(t.is_quote and t.start < toks[k].start for t in toks[floor:k]):
            return None
        # unresolved (a stretch that opens with তিনি), it is still nobody we know, not the object
        return self._pronoun(toks[k].text, toks[k].start, toks[k].end)

    def _setting_word(self, speaker: _Speaker) -> bool:
        """A speaker phrase that is one word of the setting the walk stopped at: a genitive (রাজধানীর
        একটি হোটেলে) or the first word of a compound before one (জেলা প্রশাসকের কার্যালয়ে); no entity,
        no role, no group, no pronoun."""
        if speaker.resolved or speaker.role is not None or speaker.plural or speaker.name is None \
                or speaker.end is None or " " in speaker.name or self.linker.by_name(speaker.name) is not None:
            return False
        following = _WORDS_RE.match(self.masked, speaker.end + 1)
        return _is_genitive(speaker.name) or following is not None and _is_genitive(following.group())

    def _name_opening_clause(self, unit: _Unit, ci: int, floor: int) -> _Speaker | None:
        """"বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর মঙ্গলবার সকালে রাজধানীর একটি হোটেলে আয়োজিত সংবাদ
        সম্মেলনে বলেন": the first person or organisation named in the clause, in the nominative, with
        no finite verb between it and the cue, and nothing but time words before its phrase."""
        toks = unit.tokens
        for j in range(floor, ci):
            t = toks[j]
            if t.is_quote or t.text in _TERMINATORS or _finite(t.text):
                return None
            if not self.linker.ends_name(t.start, t.end) or not t.ends_name and (
                    _is_genitive(t.text) or _is_objective(t.text) or _is_locative(t.text)):
                continue
            after = toks[j + 1].text if j + 1 < ci else ""
            if after and toks[j + 1].is_word and not (
                    after in _NON_SUBJECT or after in _DETERMINERS or after in _PARTICIPLES or after in _CONVERBS
                    or after in _COMMON_CONVERBS or _is_genitive(after) or _is_locative(after)
                    or _is_objective(after) or _subordinate_clause(toks, j + 1, ci)):
                # "জাতিসংঘ মহাসচিব আন্তোনিও গুতেরেস …", "বিএনপি নেতা রফিক …": the name is a modifier of
                # the phrase that goes on; the name that heads it may follow
                continue
            start = _np_start(toks, j, floor)
            if any(w.is_word and w.text not in _NON_SUBJECT and not _is_genitive(w.text)
                   and not (w.text == "মধ্যে" and n > floor and toks[n - 1].text in {"এর", "এরই"})
                   for n, w in enumerate(toks[floor:start], floor)):
                return None  # only time words ("এর মধ্যে গত শুক্রবার") and possessors ("বিএনপির মহাসচিব …")
                # may come before the phrase
            if any(w.text in _GEN_PRONOUNS or w.text in _DETERMINERS for w in toks[start:j]):
                return None  # "সাধনা মহল তার ফেসবুক পোস্টে": the name is the medium, not the speaker
            if any(_finite(w.text) for w in toks[j + 1:ci]):
                return None
            speaker = self._np_speaker(toks, start, j + 1, unit)
            return speaker if speaker is not None and speaker.named else None
        return None

    def _walked_subject(self, unit: _Unit, ci: int, floor: int, cue: _Cue | None) -> _Speaker:
        """The subject of the cue at token `ci`: walk back over the clause, else after the verb."""
        toks = unit.tokens
        span = _np_before(toks, ci, floor, self.linker.is_name)
        while span is not None and _no_subject_word(toks[span[1] - 1].text):
            # "কোচ অবশ্য কালও বলেছেন", "বিশ্বব্যাংক সাম্প্রতিক এক প্রতিবেদনে বলেছে": past the word to the subject
            span = (span[0], span[1] - 1) if span[1] - span[0] > 1 else _np_before(toks, span[0], floor, self.linker.is_name)
        if span is not None:
            span = self._with_whole_organisation(toks, span, floor)
        if span is not None and span[1] - span[0] > 1 and toks[span[1] - 1].text in _COUNTED_GROUP_OPENERS:
            # "বোর্ড সভাপতি নিষিদ্ধ দুই | ক্রিকেটারের সাথে কথা বলেছেন": the count belongs to the phrase after it
            span = self._subject_head(toks, (span[0], span[1] - 1)) or span
        if span is not None and _before_object_converb(toks, span, ci) and not self._ends_in_subject(toks, span):
            span = self._subject_before_object(toks, span, floor)
            if span is None:
                return self._implicit_subject(toks[ci].start if ci < len(toks) else unit.end)
        if span is not None and 1 < span[1] - span[0] and span[1] < ci and toks[span[1]].text in _PREDICATE_CLOSERS \
                and not self.linker.is_name(toks[span[1] - 1].start) and not self._ends_in_subject(toks, span):
            # "… মোশাররফ হোসেন আবেগাপ্লুত হয়ে বলেন", "… নুরুল ইসলাম নাহিদ ফল প্রকাশ উপলক্ষে …": a name in the
            # nominative followed by words of the predicate; the subject ends with the name
            named = next((m for m in range(span[1] - 1, span[0], -1) if toks[m - 1].end in self.linker.ends
                          and not _is_genitive(toks[m - 1].text)), None)
            if named is not None:
                span = (span[0], named)
        if span is not None and span[1] - span[0] == 1 and not self._plausible_single(toks, span[0]) and any(
                t.text in _COMMON_CONVERBS or t.text in _CONVERBS or _particle_base(t.text) in _COMMON_CONVERBS
                for t in toks[span[1]:ci]):  # (with a particle: "অনেকটা মজা করেই বলেছেন")
            # "অথচ নির্বাচন কমিশনের কাছে গিয়ে বলেন …": a lone word before a converb clause is its object;
            # the subject is further back ("শেখ হাসিনা … নৌকায় ভোট চেয়ে বলেন") or implicit
            span = self._subject_before_object(toks, span, floor)
            if span is None:
                return self._implicit_subject(toks[ci].start if ci < len(toks) else unit.end)
        if span is not None:
            speaker = self._np_speaker(toks, span[0], span[1], unit)
            if speaker is not None and speaker.name is None and speaker.mention in _PERSONAL_PRONOUNS:
                return speaker  # an unresolved তারা is nobody we know, not the last speaker
            if speaker is not None and speaker.name is not None:
                if not speaker.named and span[0] > floor and toks[span[0] - 1].text == ",":
                    # apposition: "চ্যাং হো-জিন, রাশিয়ার প্রাক্তন রাষ্ট্রদূত, বলেছেন"
                    head = _np_before(toks, span[0] - 1, floor)
                    if head is not None:
                        first = self._np_speaker(toks, head[0], head[1], unit)
                        if first is not None and first.named:
                            first.role = first.role or speaker.role
                            first.affiliation = first.affiliation or speaker.affiliation
                            return first
                return speaker
        if span is None and ci - 2 > floor and toks[ci - 1].text == "এবং" and _finite(toks[ci - 2].text):
            shared = self._coordinated_subject(unit, ci - 2, floor)
            if shared is not None:
                return shared
        opened = _relative_clause_before(toks, ci, floor) if span is None else None
        if opened is not None:
            # "আব্দুল কাদের, যিনি দীর্ঘদিন এই খাতে কাজ করছেন, বলেন": the clause between commas describes
            # the subject before it
            head = _np_before(toks, opened, floor, self.linker.is_name)
            described = self._np_speaker(toks, head[0], head[1], unit) if head is not None else None
            if described is not None and described.named:
                return described
        if span is None and ci > floor and toks[ci - 1].text == ",":
            rel = _np_before(toks, ci - 1, floor)
            if rel is not None:
                speaker = self._np_speaker(toks, rel[0], rel[1], unit)
                if speaker is not None and speaker.name is not None:
                    if not speaker.named and rel[0] > floor and toks[rel[0] - 1].text == ",":
                        head = _np_before(toks, rel[0] - 1, floor)
                        first = self._np_speaker(toks, head[0], head[1], unit) if head else None
                        if first is not None and first.named:
                            first.role = first.role or speaker.role
                            first.affiliation = first.affiliation or speaker.affiliation
                            return first
                    return speaker
        if cue is not None:
            ce = _token_index(toks, cue.end - 1)
            if ce is not None:
                post = self._np_after(unit, ce, strict=True)
                if post is not None:
                    return post
        return self._implicit_subject(toks[ci].start if ci < len(toks) else unit.end)

    def _with_whole_organisation(self, toks: list[_Tok], span: tuple[int, int], floor: int) -> tuple[int, int]:
        """The phrase widened to the start of an organisation's name it cuts into ("বাংলাদেশ জামায়াতে |
        ইসলামীর এক কর্মকর্তা": the walk stopped at জামায়াতে, which looks like a place)."""
        starts = [t.name_start for t in toks[span[0]:span[1]] if 0 <= t.name_start < toks[span[0]].start]
        if starts:
            k = _token_index(toks, min(starts))
            if k is not None and k >= floor:
                return k, span[1]
        return span

    def _coordinated_subject(self, unit: _Unit, vi: int, floor: int) -> _Speaker | None:
        """The subject shared by a verb at `vi` and the speech verb after "এবং": the subject of that
        verb when it is a cue ("মুখপাত্র … উদ্বেগ প্রকাশ করেন এবং বলেন"), else the name that opens the
        clause ("মন্ত্রী রাশেদ খান মেনন সভায় যোগ দেন এবং বলেন")."""
        toks = unit.tokens
        lo = bisect_left(self.cue_starts, toks[floor].start)
        hi = bisect_left(self.cue_starts, toks[vi].end)
        earlier = next((c for c in reversed(self.cues[lo:hi]) if c.end == toks[vi].end), None)
        if earlier is not None:
            ei = _token_index(toks, earlier.start)
            if ei is not None and ei > floor:
                speaker = self._subject(unit, ei, floor, earlier)
                if speaker.name is not None:
                    return speaker
        first = next((t for t in toks[floor:vi] if t.is_word and t.text not in _NON_SUBJECT), None)
        if first is not None and first.text in _PERSONAL_PRONOUNS:
            return self._pronoun(first.text, first.start, first.end)  # "তিনি সভায় যোগ দেন এবং বলেন"
        return self._name_opening_clause(unit, vi, floor) or self._plain_opening(unit, vi, floor)

    def _plain_opening(self, unit: _Unit, vi: int, floor: int) -> _Speaker | None:
        """A name the tagger did not find: two or more plain words that open the clause, up to a place
        or an object (not a postposition's or a conjunction's), well before the verb at `vi`
        ("অশোক সোয়াইন | সভায় যোগ দেন এবং বলেন", "ওলিভার প্যাক | গণমাধ্যমকে পাঠানো এক বিবৃতিতে জানান")."""
        toks = unit.tokens
        k = floor
        while k < vi and (not toks[k].is_word or toks[k].text in _NON_SUBJECT):
            k += 1
        end = k
        while end < vi and toks[end].is_word and not (_is_locative(toks[end].text) or _is_objective(toks[end].text)
                                                     or _is_verb_like(toks[end].text) or toks[end].text in _BREAK
                                                     or toks[end].text in _NON_SUBJECT or toks[end].text in _CONNECTORS
                                                     or _is_genitive(toks[end].text) and end + 1 < vi
                                                     and not toks[end + 1].is_word):
            end += 1  # (a name may end like a genitive: ওলিভার প্যাক)
        if end - k < 2 or end >= vi - 1:
            return None
        if toks[end].text in _BREAK or toks[end].text in _CONNECTORS or toks[end].text in _COMMON_CONVERBS \
                or _before_object_converb(toks, (k, end), vi):
            return None  # a postposition's, a conjunction's or a converb's phrase: "ফাইল পাঠ করে …"
        opening = self._np_speaker(toks, k, end, unit)
        return opening if opening is not None and opening.name is not None else None

    def _ends_in_subject(self, toks: list[_Tok], span: tuple[int, int]) -> bool:
        """The phrase ends in what can head a subject: a pronoun, a person's or organisation's name (not
        its genitive), an organisation word (… পুলিশ, সরকার) or a title (মুখপাত্র, প্রার্থীরা)."""
        last = toks[span[1] - 1]
        w = last.text
        if w in _PERSONAL_PRONOUNS or last.end in self.linker.ends and not _is_genitive(w):
            return True
        plural_of = w[:-len("গুলো")] if w.endswith(("গুলো", "গুলি")) else w  # বিদ্যুৎ কোম্পানিগুলো
        return not _is_genitive(w) and (_org_word(plural_of) or _role_of(w) is not None or w in lx.GROUP_WORDS)

    def _subject_before_object(self, toks: list[_Tok], span: tuple[int, int], floor: int) -> tuple[int, int] | None:
        """The subject of a clause whose phrase `span` is the object of a converb (করে, দিয়ে, নিয়ে):
        the part of the phrase up to a name, a title or a pronoun ("ইঞ্জিনিয়ার মুরাদ হোসেন | মনোনয়নপত্র
        জমা দিয়ে সাংবাদিকদের বলেন"), the part before a determiner ("ঢাকার পুলিশ | একটি সংবাদ বিজ্ঞপ্তি
        দিয়ে দাবি করেছে"), or a phrase before it, over places, modifiers and other converb objects ("তমা
        মির্জা ফেসবুক পোস্টে | বেগম খালেদা জিয়ার ছবি পোস্ট করে লিখেছেন"), that heads a subject or opens
        the clause. None when the clause has no subject of its own."""
        start, end = span
        head = self._subject_head(toks, span)
        if head is not None:
            return head
        for _ in range(4):
            if start <= floor:
                return None
            earlier = _np_before(toks, start, floor, self.linker.is_name)
            if earlier is None:
                return None
            first, last = earlier
            if last - first >= 2 and last < len(toks) and _is_locative(toks[last].text) \
                    and not _is_objective(toks[last].text):
                # "তমা মির্জা ফেসবুক পোস্টে": the place's modifier is not part of the subject; an addressee
                # in -কে only ends like a place ("মাহমুদুর রহমান | সরকারকে হুঁশিয়ার করে বলেন")
                last -= 1
            if self._ends_in_subject(toks, (first, last)):
                return first, last
            if self._clause_initial(toks[first].start):
                # "প্রধানমন্ত্রী শেখ হাসিনা গণতন্ত্র ও … ভোট চেয়ে বলেন": up to a name in it, if any
                if toks[first].text in _PERSONAL_PRONOUNS:
                    return first, first + 1  # "তিনি কুইক রেন্টালে বরাদ্দ দিয়ে … দাবি জানান"
                named = next((m for m in range(last, first, -1) if toks[m - 1].end in self.linker.ends), None)
                return (first, named) if named is not None else (first, last)
            start = first
        return None

    def _subject_head(self, toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int] | None:
        """The part of a phrase up to a name, a title or a pronoun that can head a subject, or up to a
        determiner that opens an object ("ঢাকার পুলিশ | একটি সংবাদ বিজ্ঞপ্তি"); None when no such part."""
        start, end = span
        for m in range(end - 1, start, -1):
            if toks[m - 1].text in self.linker.last_name_words or not _is_genitive(toks[m - 1].text) and (
                    self._ends_in_subject(toks, (start, m)) or toks[m].text in _OBJECT_DETERMINERS):
                return start, m  # a name in -র (আনোয়ার) is no genitive when an entity's name ends so
        # a name the tagger did not find, opening the clause before a genitive that opens the object:
        # "অশোক সোয়াইন | আগুনের ঘটনা নিশ্চিত করে জানান"
        g = next((m for m in range(start + 1, end) if _is_genitive(toks[m].text)), None)
        if g is not None and self._clause_initial(toks[start].start) \
                and not any(_is_genitive(t.text) or t.text in _NON_SUBJECT for t in toks[start:g]):
            return start, g
        return None

    def _without_emphatic(self, name: str) -> str:
        """A name without the emphatic -ও of its subject ("তাসনিম জারাও বলেন" -> তাসনিম জারা): after a
        consonant ও is only the particle; after a vowel (রাও) only when the article also writes the
        name without it."""
        head, _, last = name.rpartition(" ")
        if not head or not last.endswith("ও") or len(last) < 3:
            return name
        stem = last[:-1]
        if not ("\u0995" <= stem[-1] <= "\u09B9" or stem[-1] in "ড়ঢ়য়ৎ"):
            if self._words is None:
                self._words = frozenset(re.findall(rf"[{_LETTERS}]+", self.text))
            if stem not in self._words:
                return name
        return f"{head} {stem}"

    def _plausible_single(self, toks: list[_Tok], i: int) -> bool:
        """A one-word subject we have reason to believe in: a pronoun, a title, an entity, an
        acronym or someone who spoke before."""
        w = toks[i].text
        if w in _PERSONAL_PRONOUNS or w in _RELATIVE or _role_of(w) or _ACRONYM.fullmatch(w):
            return True
        if self.linker.is_name(toks[i].start) or _ORG_RE.fullmatch(w) or _MEDIA_RE.fullmatch(w):
            return True
        if w in lx.GROUP_WORDS or _is_plural_phrase([w]):
            return True  # "বিক্ষোভকারীরা বলছেন"
        return any(w in (s.name or "").split() for _, s in self._recent())

    def _sentence_subject(self, unit: _Unit) -> _Speaker | None:
        """The first noun phrase of the sentence ("সোমবার, ওয়াশিংটন ... আহ্বান জানিয়েছে")."""
        toks = unit.tokens
        k = 0
        while k < len(toks) and (not toks[k].is_word or toks[k].text in _NON_SUBJECT):
            k += 1
        k = _after_leading_setting(toks, k, len(toks))  # "পদক প্রদান শেষে | স্বরাষ্ট্র উপদেষ্টা …"
        if k < len(toks) and toks[k].text in _PERSONAL_PRONOUNS:
            return self._pronoun(toks[k].text, toks[k].start, toks[k].end)  # "তিনি কুইক রেন্টালে …"
        j = k
        while j < len(toks) and toks[j].is_word and not _is_objective(toks[j].text) and not _is_locative(toks[j].text) \
                and toks[j].text not in _BREAK and not _is_verb_like(toks[j].text) and j - k < 5 \
                and not (j > k and _role_of(toks[j - 1].text) and _is_genitive(toks[j].text)
                         and self.linker.person_mention_at(toks[j].start) is None):
            j += 1  # (a genitive after a title opens the object: "স্বরাষ্ট্র উপদেষ্টা | বিজিবির …"; a name
            # in -র opens the name: "অধিনায়ক অ্যালিস্টার কুক")
        if j - 1 > k and j < len(toks) and toks[j].text in _POSTPOSITIONS_AFTER_NOUN:
            j -= 1  # "আবদুল হান্নান | নির্বাচন থেকে সরে দাঁড়ানোর …": the noun is the postposition's
        if j == k:
            return None
        return self._np_speaker(toks, k, j, unit)

    def _bare_name(self, words: list[_Tok]) -> bool:
        """Could these words after a title and a comma be a person's name, though the tagger found none
        ("… বলেন দলের ভারপ্রাপ্ত চেয়ারম্যান, অশোক সোয়াইন।")? Two to four plain words: no title, verb,
        object, pronoun, link word, organisation, place or number (a name may end like a genitive:
        আবদুর রহমান)."""
        words = [w for w in words if w.text != "."]  # the full stop of an abbreviation (মো.)
        return MIN_BARE_NAME_WORDS <= len(words) <= MAX_BARE_NAME_WORDS and all(
            w.is_word and not _role_of(w.text) and not _is_verb_like(w.text) and not _is_objective(w.text)
            and w.text not in _NON_SUBJECT and w.text not in _BREAK and w.text not in _CONNECTORS
            and w.text not in _SINGULAR and w.text not in _PLURAL and w.text not in _DEMONSTRATIVES
            and w.text not in _RELATIVE and not _org_word(w.text) and not _MEDIA_RE.fullmatch(w.text)
            and w.start not in self.linker.place_or_org_starts and not any(c.isdigit() for c in w.text)
            for w in words)

    def _named_before_title(self, toks: list[_Tok], k: int, comma: int, end: int, unit: _Unit) -> _Speaker | None:
        """"… বলেন অশোক সোয়াইন, দলের ভারপ্রাপ্ত চেয়ারম্যান।": a name the tagger found before the comma
        (toks[k:comma]) and a title with no name after it (toks[comma + 1:end]); the name speaks, with
        the title's role. None when the name comes after the comma or there is none."""
        # (or plain words the tagger found no whole name in: "… বলেন পলাশ মিত্র, দলের যুগ্ম মহাসচিব।")
        bare = not self.linker.ends_name(toks[comma - 1].start, toks[comma - 1].end) and self._bare_name(toks[k:comma])
        if not (bare or self.linker.ends_name(toks[comma - 1].start, toks[comma - 1].end)) \
                or any(self.linker.is_name(t.start) for t in toks[comma + 1:end]):
            return None
        named = self._np_speaker(toks, k, comma, unit, post=True)
        if named is None or named.name is None or not (named.named or bare):
            return None
        title = self._np_speaker(toks, comma + 1, end, unit, post=True)
        if title is not None:
            named.role = named.role or title.role
            named.affiliation = named.affiliation or title.affiliation
        return named

    def _implicit_subject(self, offset: int) -> _Speaker:
        """No subject in the clause ("বলেন, ‘…’"): the last speaker, when recent."""
        for at, speaker in self._recent():
            if at < offset and self._unit_index(offset) - self._unit_index(at) <= 2:
                return replace(speaker, mention=None, start=None, end=None, resolved=True)
            break
        return _NO_SPEAKER

    def _np_after(self, unit: _Unit, ce: int, *, strict: bool = False) -> _Speaker | None:
        """The subject after the verb, up to the sentence end (or a comma, unless `strict`):
        "... বলেন তিনি।", "... বলে জানিয়েছেন মন্ত্রিপরিষদ সচিব শেখ আব্দুর রশীদ।"."""
        toks = unit.tokens
        k = ce + 1
        while k < len(toks) and toks[k].is_word and (toks[k].text in _NON_SUBJECT or _is_objective(toks[k].text)):
            k += 1
        j = k
        while j < len(toks) and (toks[j].is_word or toks[j].text in {"(", ")", "-", "."}) and j - k < 26:
            if toks[j].text == "(" and j > k:
                close = _aside_end(toks, j)
                if close is not None:
                    # "… বলেছেন প্রগ্রেস এডুকেশনাল ট্রাস্টের (একটি … কাজ করে) পরিচালক সারাহ নরক্রস।": an
                    # aside that explains the organisation; the subject is named after it
                    k = j = close + 1
                    continue
            if toks[j].text in {"যে", "যা", "বলে"} or (_is_verb_like(toks[j].text) and _role_of(toks[j].text) is None
                                                      and not toks[j].ends_name):
                return None  # (a name the tagger found may end like a verb: "… মনে করছেন আব্দুল বাতেন।")
            j += 1
        if j == k:
            return None
        if j < len(toks) and toks[j].text == ",":
            # "… বলে জানিয়েছেন তার ব্যক্তিগত চিকিৎসক, দলের স্থায়ী কমিটির সদস্য ডা. জাহিদ হোসেন।"
            m = j + 1
            while m < len(toks) and (toks[m].is_word or toks[m].text in {"(", ")", "-", "."}) and m - j < 14:
                m += 1
            tail = toks[j + 1:m]
            closed = m >= len(toks) or toks[m].text in _TERMINATORS
            if tail and tail[0].text in _RELATIVE:
                pass  # "… বলছিলেন রহিম উদ্দিন, যিনি একজন কৃষক।": the relative clause describes the subject
            elif closed and any(_role_of(t.text) or t.text in _ADDRESS for t in tail) and not any(
                    _is_verb_like(t.text) and _role_of(t.text) is None for t in tail):
                named = self._named_before_title(toks, k, j, m, unit)
                if named is not None:
                    return named
                j = m
            elif closed and tail and _role_of(toks[j - 1].text) and (
                    self.linker.is_name(tail[0].start) and self.linker.ends_name(tail[-1].start, tail[-1].end)
                    or self._bare_name(tail)):
                j = m  # "… বলেন দলের ভারপ্রাপ্ত চেয়ারম্যান, অশোক সোয়াইন।": the title, then the name
        ends = set(_TERMINATORS) | ({";"} if strict else {",", ";"})
        if j < len(toks) and toks[j].text not in ends and not toks[j].is_quote:
            return None
        if _is_objective(toks[j - 1].text):
            return None  # "… আশ্বাস দেন মীর হেলালকে": the addressee
        own = j
        while own - k > 1 and toks[own - 1].text in _REFLEXIVES:
            own -= 1  # "… সেটি বলছেন ক্যালিস নিজেও।": "himself" is no word of the name
        if own < j:
            speaker = self._np_speaker(toks, k, own, unit, post=True)
            if speaker is not None and speaker.name is not None:
                return speaker  # (a তিনি with no one to mean keeps its নিজেই, as before)
        if j - k >= 2 and toks[j - 1].text in _COMITATIVE and _is_genitive(toks[j - 2].text):
            # "এ বিষয়ে কথা হয় … পরিচালক মঈন উদ্দিনের সঙ্গে।": the one talked with, who speaks next
            return self._np_speaker(toks, k, j - 1, unit, post=True, case="genitive")
        return self._np_speaker(toks, k, j, unit, post=True)

    def _genitive_speaker(self, toks: list[_Tok], ci: int, floor: int) -> _Speaker:
        """The genitive phrase before an attribution noun: "রাশিয়ান সংবাদ সংস্থাগুলির মতে"."""
        j = ci - 1
        if j >= 0 and toks[j].text == "তথ্য":
            j -= 1
        if j < floor:
            return _NO_SPEAKER
        if toks[j].text in _GEN_PRONOUNS:
            return self._pronoun(toks[j].text, toks[j].start, toks[j].end)
        start = _np_start(toks, j, floor, genitive_head=True)
        # "শেখ মুজিবুর রহমানের সংবাদ সম্মেলনের বরাত দিয়ে": the one who held the press conference
        head = _strip_genitive(toks[j].text)
        if head.startswith(_EVENTS) or head.startswith(_DOCUMENTS):
            k = j - 1
            while k > start and not _is_genitive(toks[k].text):
                k -= 1
            if k >= start and _is_genitive(toks[k].text) and toks[k].text not in _GEN_PRONOUNS:
                j = k
        unit = self._unit_at(toks[j].start)
        speaker = self._np_speaker(toks, start, j + 1, unit, case="genitive")
        return speaker or _NO_SPEAKER

    def _source_speaker(self, toks: list[_Tok], i: int, j: int, unit: _Unit | None) -> _Speaker | None:
        words = [t for t in toks[i:j] if t.is_word]
        if not words:
            return None
        if toks[j].text in _LEARNT_FROM_HEADS:
            return self._learnt_from(toks, j, i)  # "… বলে হাসপাতাল থেকে জানা গেছে"
        mention = self.text[words[0].start:words[-1].end]
        name = _squash(mention) + " সূত্র"
        return _Speaker(name, mention, words[0].start, words[-1].end, "anonymous")

    def _np_speaker(self, toks: list[_Tok], i: int, j: int, unit: _Unit | None, *, post: bool = False,
                    case: str | None = None) -> _Speaker | None:
        """A speaker from the noun phrase toks[i:j]: pronoun, name with role, or description."""
        # drop a parenthetical (acronym, age) but keep an acronym with the affiliation
        words = _without_parentheses(toks[i:j])
        while len(words) > 1 and words[-1].text in _TRAILING_ADVERBS:
            words = words[:-1]  # "ভারত খুবই ‘প্ররোচনামূলক’ বলে মনে করেছে", "ভারত যেহেতু মনে করে"
        while len(words) > 1 and words[-1].text in _REFLEXIVES and (words[-2].text in _PERSONAL_PRONOUNS):
            # "… ভূমিকা ছিল বলে তিনি নিজে উল্লেখ করেন": "himself" only stresses the pronoun, which is
            # resolved like any তিনি (the phrase "তিনি নিজে" is no one's name)
            words = words[:-1]
        acronym = _parenthetical(toks[i:j])
        demonstrative = any(w.text in _DEMONSTRATIVES and _role_of(words[-1].text) and not self.linker.is_name(w.start)
                            for w in words[:-1]) \
            or bool(words) and words[0].text in _DEMONSTRATIVES and not self.linker.is_name(words[0].start)
        # (an এ that opens a name the tagger found is an initial, "এ জেড এম জাহিদ হোসেন", not "this")
        while words and (words[0].text in _NON_SUBJECT or words[0].text in _CONNECTORS) and len(words) > 1:
            words = words[1:]
        if not words:
            return None
        if any(w.text.endswith(("কে", "কেও", "কেই")) and _is_objective(w.text) and not self.linker.is_name(w.start)
               and not self.linker.ends_name(w.start, w.end) and not self.text.startswith("উদ্ধৃত", w.end + 1)
               for w in words):
            return None  # "… উল্লেখ করে দিল্লির ভূমিকাকে সম্পূর্ণ 'অগ্রহণযোগ্য' বলে …": an object, never who speaks
            # (but the one quoted is: "… এক শীর্ষ কর্মকর্তাকে উদ্ধৃত করে লিখেছে")
        if len(words) > 1 and words[-1].text in _ET_AL:
            # "এতে বক্তব্য দেন হাসানুল হক ইনু, … সাইদুল ইসলাম প্রমুখ": the last of a list of people, a
            # group; no one person a later তিনি or an unowned report means
            mention = self.text[words[0].start:words[-1].end]
            return _Speaker(_squash(mention), mention, words[0].start, words[-1].end, "group", plural=True)
        partitive = self._partitive(toks, i, words)
        if partitive is not None:
            return partitive
        if case is None and len(words) > 1 and words[-1].text in _DATA_SUBJECTS and _is_genitive(words[-2].text) \
                and self.linker.ends_name(words[-2].start, words[-2].end):
            # "বাংলাদেশ ব্যাংকের তথ্য বলছে, …": the data's owner says it
            at = _token_index(toks, words[-2].start)
            owner = self._np_speaker(toks, i, at + 1, unit, post=post, case="genitive") if at is not None else None
            if owner is not None and owner.name is not None:
                return owner  # (a named owner only: not "ক্ষয়ক্ষতির হিসাব", an estimate of the damage)
        if case is None and len(words) > 1 and _is_genitive(words[-1].text) \
                and words[-1].start in self.linker.place_or_org_starts \
                and words[-2].end in self.linker.person_ends:
            words = words[:-1]  # "ডোনাল্ড ট্রাম্প | ফিলিস্তিনের … হামাসকে সতর্ক করে বলেছেন": the genitive is the object's
        if words[-1].text in _INDEFINITE:
            # "কেউ কেউ বলছেন" (some say) is a group, a lone "কেউ" (someone) an anonymous source: a phrase
            # of the text, never a name to link or to resolve a later তিনি to
            n = len(words) - 2 if len(words) > 1 and words[-2].text in _INDEFINITE else len(words) - 1
            some = words[n:]
            mention = self.text[some[0].start:some[-1].end]
            return _Speaker(_squash(mention), mention, some[0].start, some[-1].end,
                            "group" if len(some) > 1 else "anonymous", plural=len(some) > 1)
        cut = next((n for n, w in enumerate(words[:-1]) if w.text in _GROUPS_ALONE), None)
        if cut is not None:
            words = words[:cut + 1]  # "অনেকে | নির্বাচনি কার্যক্রম থেকে …": "many" takes nothing after it
        if len(words) > 1 and words[-1].text in _STANDALONE_GROUPS and not _is_genitive(words[-2].text) \
                and words[-2].text not in _LIST_JOINS:  # (but "পুলিশ ও এলাকাবাসী জানান": both speak)
            if words[-2].text.endswith("খাত"):
                # "আর্থিক খাত সংশ্লিষ্টরা", "ব্যাংকখাত সংশ্লিষ্টরা": those of a sector
                words = words[-3:] if len(words) > 2 and (_is_adjective(words[-3].text) or words[-3].text.endswith("িক")) \
                    else words[-2:]
            else:
                words = words[-1:]  # "… সর্বাত্মক অবরোধ স্থানীয়রা জানান": the locals alone
        first, last = words[0], words[-1]
        if last.text in _RELATIVE:
            return self._relative(toks, i, unit)
        if len(words) == 1 and last.text in _THINGS:
            return None  # "এটিও ইঙ্গিত দেয়": a thing, not a speaker
        if last.text in {"কথা", "কথাও", "কথাই"}:
            return None  # "… অনেক ভোটার এমন কথাও প্রকাশ্যে বলেছেন": what was said, not who
        if last.text.endswith(("টি", "টা", "টিই")) and not _is_demonstrative_org([w.text for w in words[-2:]]) \
                and len(last.text) > 3 and not _org_word(last.text) and not _role_of(last.text) \
                and not self.linker.is_name(last.start) and last.text.removesuffix("টি") not in _SOURCE_NOUNS \
                and not (len(words) == 1 and self.linker.organisation_opened_by(last.text)):
            # (but "অ্যামনেস্টি বলেছে" after "অ্যামনেস্টি ইন্টারন্যাশনাল": the first word of a name)
            # "না করার বিষয়টি": a matter, not a speaker (but "এসভিটি" is a name, "এনসিপির সূত্রটি" a source)
            return None
        if len(words) == 1 and words[0].text in _NON_SUBJECT | _BREAK:
            return None
        if len(words) == 1 and (last.text in _PERSONAL_PRONOUNS or _strip_case(last.text) in _SINGULAR):
            taken_up = self._relative_head(toks, i, unit)
            if taken_up is not None:
                return replace(taken_up, mention=last.text, start=last.start, end=last.end)
            return self._pronoun(last.text, last.start, last.end)
        if len(words) == 1 and last.text in _GEN_PRONOUNS:
            return self._pronoun(last.text, last.start, last.end)
        if last.text in _RELATIVE:
            return self._relative(toks, i, unit)
        if post:
            words = _post_np(words)
            while len(words) > 1 and words[0].text in _PARTICIPLES:
                words = words[1:]  # "… কমিটিতে থাকা ডেমোক্র্যাট সদস্যরা": the participle belongs to the place
            # an apposition after a comma names the speaker: keep the part after the last comma
            comma = max((n for n, t in enumerate(toks[i:j]) if t.text == ","), default=None)
            if comma is not None:
                words = [w for w in words if w.start > toks[i + comma].start] or words
        if case is not None:
            while len(words) > 1 and words[0].text in _PARTICIPLES:
                words = words[1:]  # "সোমবার প্রকাশিত | একটি আন্তর্জাতিক সংস্থার প্রতিবেদনে": the participle is the report's
        named_as = [n for n, w in enumerate(words) if w.text in {"নামের", "নামক", "নামে"}]
        if named_as and 0 < named_as[-1] < len(words) - 1:
            # "আজহারুল হক নামের একজন লেখেন": the name before নামের
            cut = named_as[-1]
            lo = cut - 1 if _is_locative(words[cut - 1].text) and not _is_genitive(words[cut - 1].text) else cut
            # (the word before নামে ends the name, though it looks like a place: "সন্দীপ লামিচানে নামে")
            while lo > 0 and cut - lo < 4 and not _is_genitive(words[lo - 1].text) and not _is_locative(words[lo - 1].text):
                lo -= 1
            if self.linker.ends_name(words[cut - 1].start, words[cut - 1].end):
                # a name the tagger found may look like a genitive: "মিহির কবিরাজ নামের একজন"
                lo = next((n for n in range(max(0, cut - 4), cut) if self.linker.is_name(words[n].start)), lo)
            if lo > 0 and _role_of(words[lo - 1].text) and words[cut].text == "নামে":
                # "… বিভাগের পরিচালক জো চুন রিয়ং নামে একজন বিশ্লেষক বলেছেন": one introduced with a title is
                # no stranger "by the name of"; the analyst after it is another (a translated list)
                words = words[cut + 1:]
            else:
                words = words[lo:cut] or words
        elif len(words) > 1 and words[-1].text in _DETERMINERS and words[-1].text not in {"একজন"}:
            words = words[:-1]  # "ল্যান্ড্রি নিজের …": a possessive belongs to what follows
        if case is None and not post:
            described = max((n for n, w in enumerate(words[:-1]) if w.text in _PARTICIPLES), default=None)
            if described is not None and (any(self.linker.is_name(w.start) or _role_of(_strip_case(w.text))
                                              is not None or _org_word(w.text) for w in words[described + 1:])
                                          or _counted_people(words[described + 1:])
                                          and j < len(toks) and toks[j].text.endswith("ন")):
                # (a title with its particle: "আমাদের সঙ্গে কথা বলা | সমস্ত বিশেষজ্ঞই বলেছেন")
                words = words[described + 1:]  # "দোকানে বসে থাকা | রিকশাচালক রহমত আলী": who is described
        if case is None and not post and (any(w.text in _PARTICIPLES for w in words)
                                          or words[-1].text.endswith(_VERBAL_NOUN_ENDINGS) and len(words) > 1
                                          and not self.linker.ends_name(words[-1].start, words[-1].end)):
            return None  # "ট্রাম্পের দেওয়া প্রস্তাব", "সহযোগিতা করার": not a subject phrase (but পরওয়ার)
        if len(words) > 1 and (words[-1].text in _PERSONAL_PRONOUNS):
            # "কোনো প্রমাণ ছাড়াই তিনি বলেছেন": the pronoun is the subject
            return self._pronoun(words[-1].text, words[-1].start, words[-1].end)
        first, last = words[0], words[-1]
        texts = [w.text for w in words]
        if case is None:
            texts[-1] = _without_particle(texts[-1])  # "অন্য নেতারাও বলেন"
        if case == "genitive":
            texts[-1] = self._nominative(texts[-1])
        elif case == "objective":
            texts[-1] = _strip_case(texts[-1])
        name_i, role, affiliation = _split_role(texts)
        if name_i is not None and name_i < len(texts) and texts[name_i] in _LIST_JOINS:
            name_i, role, affiliation = None, None, None  # "কয়েকজন প্রার্থী ও কয়েকটি দল": coordinated, no name
        if affiliation and acronym:
            affiliation = f"{affiliation} ({acronym})"
        if name_i is not None and 0 < name_i < len(words):
            # the tagger reads a title word as part of the name: "আমীর খসরু মাহমুদ চৌধুরী"
            n = name_i - 1
            while n >= 0 and _role_of(texts[n]) and not _is_genitive(texts[n]):
                if texts[n] in _NAME_LIKE_ROLES and self.linker.person_at(words[n].start, words[-1].end):
                    _, role, affiliation = _split_role(texts[:n] + ["x"]) if n else (None, None, None)
                    name_i = n
                    break
                n -= 1
        named_part = words[name_i:] if name_i is not None and name_i < len(words) else words
        entity_speaker = self.linker.speaker(named_part[0].start, named_part[-1].end) if named_part else None
        if entity_speaker is not None and any(w.text in _LIST_JOINS and after.start == entity_speaker.start
                                              for w, after in zip(named_part, named_part[1:])):
            # "বিশ্বব্যাংক ও আইএমএফ বলছে": both speak, not the one named last (but "… সম্পাদক ও … ক্লাবের
            # কর্ণধার সৈয়দ শাহাবুদ্দিন শামীম" is one person with two titles)
            entity_speaker = None
        anon = _anonymous_prefix(self.text, first.start)
        if anon is not None:
            phrase = _squash(self.text[anon:words[-1].end])
            name = phrase.rsplit(" ", 1)[0] + " " + self._nominative(phrase.rsplit(" ", 1)[-1]) \
                if case == "genitive" and " " in phrase else phrase
            # (many of them unnamed, "… শর্তে কলেজের শিক্ষক-কর্মচারীরা", are no one a later তিনি means)
            plural = _is_plural_phrase([_without_particle(w.text) for w in words])
            return _Speaker(name, self.text[anon:words[-1].end], anon, words[-1].end,
                            "group" if plural else "anonymous", plural=plural)
        subunit = _subunit_parent(texts)
        if entity_speaker is not None and entity_speaker.name:
            own = _clean_name([w.text for w in named_part])
            fuller = _fuller_name(own.split(), entity_speaker.name.split(),
                                  before=entity_speaker.source_type == "person")
            if fuller is not None:
                entity_speaker.name = fuller  # the tagger cut the name short (আব্দুস for আব্দুস সালাম)
            elif case is None and entity_speaker.source_type == "person" and own != entity_speaker.name and \
                    own.startswith(entity_speaker.name) and len(own) - len(entity_speaker.name) <= 2 and \
                    " ".join(own.split()[:-1]) == " ".join(entity_speaker.name.split()[:-1]):
                # a subject is in the nominative: "আব্দুল্লাহ আল জাবের ঘোষণা দেন" is not a genitive of জাব
                entity_speaker.name = own
        if entity_speaker is not None and subunit is None:
            entity_speaker.role = entity_speaker.role or role
            entity_speaker.affiliation = entity_speaker.affiliation or affiliation
            return entity_speaker
        if subunit is not None and _role_of(_strip_genitive(subunit.split()[-1])) is None:
            head, _, tail_word = subunit.rpartition(" ")
            parent = (head + " " if head else "") + self._nominative(tail_word)
            linked = self.linker.by_name(parent)
            mention = self.text[words[0].start:words[-1].end]
            return _Speaker(linked or parent, mention, words[0].start, words[-1].end, "organisation", named=True)
        if name_i is not None and name_i < len(words):
            name_words = words[name_i:]
            while name_words and _is_address(name_words[0].text):
                name_words = name_words[1:]
            if name_words and not all(w.text in _NON_SUBJECT for w in name_words):
                ntexts = texts[len(texts) - len(name_words):]
                name = self._without_emphatic(_clean_name(ntexts)) if case is None else _clean_name(ntexts)
                mention = self.text[name_words[0].start:name_words[-1].end]
                linked = self.linker.by_name(name) or self._full_name(name)
                return _Speaker(linked or name, mention, name_words[0].start, name_words[-1].end,
                                "person" if not _org_like(ntexts) else _phrase_type(ntexts), role, affiliation,
                                named=True)
        # no name after a role: a description (মন্ত্রিপরিষদ সচিব) or a name without a title (রাজীব হায়দার)
        if role is not None:
            setting = _setting_end(texts)
            words, texts = words[setting:], texts[setting:]
            at = _token_index(toks, words[0].start) if case is None else None
            clause = _defining_clause_start(toks, at) if at is not None else None
            if clause is not None and at is not None and clause < at:
                # "বিষয়গুলো সম্পর্কে খোঁজখবর রাখেন এমন কয়েকজন নেতা": who they are is in the clause
                words, texts = toks[clause:at] + words, [t.text for t in toks[clause:at]] + texts
        phrase = _squash(" ".join(texts))
        mention = self.text[words[0].start:words[-1].end]
        if role is not None:
            plural = _is_plural_phrase(texts) or any(t in _GROUP_DETERMINERS for t in texts)
            # "বিশ্লেষকরা", "অনেক বিশ্লেষক": a group is never the one person introduced with the title
            resolved = None if plural else self._resolve_title(texts, role, affiliation, words[0].start, demonstrative)
            if resolved is not None:
                return replace(resolved, mention=mention, start=words[0].start, end=words[-1].end, resolved=True,
                               role=resolved.role or role, affiliation=resolved.affiliation or affiliation)
            stype = "group" if plural else "anonymous"
            return _Speaker(phrase, mention, words[0].start, words[-1].end, stype, role, affiliation, plural=plural)
        if _is_demonstrative_org(texts):
            org = self._last_of_type(words[0].start, {"media"} if _MEDIA_RE.search(phrase) else {"organisation"})
            if org is not None:
                return replace(org, mention=mention, start=words[0].start, end=words[-1].end, resolved=True)
        if demonstrative or _is_age_descriptor(texts):
            person = self._resolve_title(texts, None, None, words[0].start, True)
            if person is not None:
                return replace(person, mention=mention, start=words[0].start, end=words[-1].end, resolved=True)
        known = self._known_prefix(texts)
        if known is not None:
            # "ফাইয়াজুর রহমান মিতু অবাক বিস্ময় নিয়ে বলেন": the phrase opens with someone who spoke before
            return replace(known, mention=self.text[words[0].start:words[len(known.name.split()) - 1].end]
                           if known.name else None, start=words[0].start,
                           end=words[len((known.name or "").split()) - 1].end, resolved=False)
        stype = _phrase_type(texts)
        affiliation = None
        if stype == "person":
            cut = _possessor_cut(texts)
            if cut:
                # "নাগরিক ঐক্যের মাহমুদুর রহমান মান্না": the genitive phrase is the affiliation
                affiliation = " ".join(texts[:cut - 1] + [self._nominative(texts[cut - 1])])
                words, texts = words[cut:], texts[cut:]
                mention = self.text[words[0].start:words[-1].end]
        cleaned = _clean_name(texts) if stype == "person" else phrase
        linked = self.linker.by_name(cleaned) or (self._full_name(cleaned) if stype == "person" else None)
        if linked is None and len(words) == 1 and case is None:
            opened = self.linker.organisation_opened_by(cleaned)
            if opened is not None:
                # "অ্যামনেস্টি বলেছে" after "অ্যামনেস্টি ইন্টারন্যাশনাল": the organisation by its first word
                return _Speaker(opened, mention, words[0].start, words[-1].end, "organisation", named=True)
        return _Speaker(linked or cleaned, mention, words[0].start, words[-1].end, stype, affiliation=affiliation,
                        plural=stype == "group", named=stype in {"person", "organisation", "media"})

    def _nominative(self, word: str) -> str:
        """The nominative of a genitive word, checked against the article's own words: বাফুফের ->
        বাফুফে when বাফুফে occurs (else the rule: কিমের -> কিম), বিটিএমএর -> বিটিএমএ."""
        if word in _INDEFINITE_GENITIVES:
            return _INDEFINITE_GENITIVES[word]  # "অনেকের মতে" -> অনেকে, "সবার" -> সবাই
        stem = word[:-3]
        if word.endswith("দের") and len(word) >= 6 and word not in _PLURAL_GEN and (
                stem.endswith("ক") or _role_of(stem) is not None or _plural_subject(stem + "রা")):
            # "আয়োজকদের পক্ষ থেকে" -> আয়োজকরা: -দের on a word for people is their plural (but আহমেদের
            # is আহমেদ's)
            return stem + "রা"
        default = _strip_genitive(word)
        if self._vocabulary is None:
            self._vocabulary = frozenset(_words(self.text))
        for candidate in (default, word[:-1] if word.endswith(("ের", "এর")) else None):
            if candidate and candidate in self._vocabulary:
                return candidate
        return default

    _vocabulary: frozenset[str] | None = None

    def _known_prefix(self, texts: list[str]) -> _Speaker | None:
        """A remembered person whose name the phrase starts with (and goes on past)."""
        if len(texts) < 3:
            return None
        for _, speaker in self._recent():
            name = speaker.name or ""
            words = name.split()
            if speaker.named and speaker.source_type == "person" and 1 < len(words) < len(texts) \
                    and texts[:len(words)] == words:
                return speaker
        return None

    def _full_name(self, name: str) -> str | None:
        """A surname alone (মি. ইসলাম, পেসকভ) -> the full name of a person who spoke before."""
        if not name or " " in name:
            return None
        for _, speaker in self._recent():
            if speaker.named and speaker.source_type == "person" and speaker.name and " " in speaker.name \
                    and name in speaker.name.split():
                return speaker.name
        # the one person of the article with this surname ("মি. ইসলাম" after "নাহিদ ইসলাম")
        fuller = {e.name for e in self.linker.persons if len(e.name.split()) > 1 and e.name.split()[-1] == name}
        return fuller.pop() if len(fuller) == 1 else None

    def _relative_head(self, toks: list[_Tok], i: int, unit: _Unit | None) -> _Speaker | None:
        """The noun phrase a pronoun takes up after a relative clause: "তার দুই সহকর্মী, যারা খুব
        কাছেই ছিলেন, | তারা বিবিসিকে বলেছেন …" -> তার দুই সহকর্মী."""
        if i < 4 or toks[i - 1].text != ",":
            return None
        r = i - 2
        while r > 0 and toks[r].text not in _RELATIVE and toks[r].text not in {",", "।"} and i - r < 12:
            r -= 1
        if r < 2 or toks[r].text not in _RELATIVE or toks[r - 1].text != ",":
            return None
        head = self._relative(toks, r, unit)
        return head if head.name else None

    def _relative(self, toks: list[_Tok], i: int, unit: _Unit | None) -> _Speaker:
        """"মার্কিন কর্মকর্তারা, যারা ..." -> the noun phrase before the comma."""
        j = i - 1
        while j >= 0 and toks[j].text == ",":
            j -= 1
        if j < 0:
            return _NO_SPEAKER
        first_person = toks[j].text.endswith(_FIRST_PERSON_PERFECT)
        if first_person or _is_verb_like(toks[j].text) and _role_of(toks[j].text) is None:
            return self._correlative(toks, j, unit, object_head=first_person)
        start = _np_start(toks, j, 0)
        return self._np_speaker(toks, start, j + 1, unit) or _NO_SPEAKER

    def _pronoun(self, word: str, start: int, end: int) -> _Speaker:
        """তিনি/উনি/তার -> the most recent person speaker (or a person just named, when the article's
        entities are known and the last speaker is further back); তারা/তাদের -> the most recent
        group or organisation."""
        plural = word in _PLURAL or word in _PLURAL_GEN
        best: _Speaker | None = None
        best_at = -1
        for at, speaker in self._recent():
            if at >= start:
                continue
            if plural:
                # (a plural phrase too: "আয়োজকদের পক্ষ থেকে জানানো হয়, … । তারা বলেন, …" -> আয়োজকরা)
                fits = speaker.plural or speaker.source_type in {"organisation", "group", "media"} \
                    or _plural_name(speaker)
            else:
                fits = not speaker.plural and speaker.source_type in {"person", "anonymous"}
            if fits:
                best, best_at = speaker, at
                break
        if not plural:
            candidate = self.linker.recent_person(start, self.masked, listed=self._listed_person)
            # "তিনি আরও বলেন": "further" goes on with the last speaker, whoever was named since
            goes_on = best is not None and _FURTHER_RE.match(self.masked, end) is not None
            # "… জানতে চাইলে তিনি বলেন", "এমন প্রশ্নের জবাবে তিনি বলেন": the one being asked is the one
            # who has been speaking, not the last person the speech talked about
            asked = best is not None and _ASKED_RE.search(self.masked, max(0, start - 30), start) is not None
            if asked and candidate is not None and candidate.start is not None \
                    and self._unit_index(candidate.start) < self._unit_index(start):
                goes_on = True
            if candidate is not None and candidate.start is not None and not goes_on and (
                    best is None or candidate.start > best_at and
                    self._unit_index(start) - self._unit_index(best_at) > 1):
                best = candidate
            # "একজন নারী ভোটারের সঙ্গে কথা হয় …, তিনি জানিয়েছেন": the one talked with since
            talked = self._talked_with_before(start)
            chosen_at = best.start if best is not None and best is candidate and best.start is not None else best_at
            if talked is not None and talked.start is not None and talked.start > chosen_at:
                best = talked
            elif best is not None and best is not candidate and not goes_on and 0 <= best_at \
                    and self._unit_index(start) - self._unit_index(best_at) > 1:
                # the last speaker is further back than the sentence before, which brings in someone
                # new: "দক্ষিণ সুদানের সেনাবাহিনীর একজন মুখপাত্রও লড়াইয়ের কথা নিশ্চিত করেছেন। তিনি বলেন"
                introduced = self._introduced_just_before(start)
                if introduced is not None:
                    best = introduced
        else:
            group = self._group_just_before(start) or self._people_just_before(start)
            # "… খুনিরা গ্রেপ্তার না হওয়া পর্যন্ত … ঘোষণা দিয়েছে ইনকিলাব মঞ্চ। … তারা বাধ্য হবেন": the
            # organisation closing the sentence before after its verb is that sentence's subject, though
            # only reported there; a plural inside its clauses is not
            closing_org = self._organisation_closing_sentence_before(start)
            # "… দূতাবাস এক বার্তায় জানিয়েছে, …। যুক্তরাজ্য হাইকমিশনও গভীর শোক প্রকাশ করেছে। তারা বলেছে":
            # the organisation opening the sentence just before as its subject, newer than the last speaker
            opening_org = self._organisation_opening_sentence_before(start)
            if closing_org is not None:
                best = closing_org
            elif group is not None and group.start is not None and group.start > best_at:
                best = group
            elif opening_org is not None and opening_org.start is not None and opening_org.start > best_at:
                best = opening_org
        if not plural:
            closing = self._title_closing_sentence_before(start)
            if closing is not None and (best is None or best.name != closing.name):
                best = closing
            # "… খালেদা জিয়াকে … আমন্ত্রণ জানালে তিনি …": the one a clause of its own sentence names as
            # its object, when that clause closing right before it cannot have the pronoun as subject
            switched = self._object_of_clause_just_before(start)
            if switched is not None:
                best = switched
            elif not goes_on:
                topic = self._genitive_topic_just_before(start)
                if topic is not None:
                    best = topic
        if best is None and not plural:
            best = self._titled_just_before(start)
        if best is None and plural:
            best = self._bodies_owning_just_before(start)
        if best is None:
            return _Speaker(None, word, start, end, "unknown")
        return replace(best, mention=word, start=start, end=end, resolved=True)

    def _genitive_topic_just_before(self, offset: int) -> _Speaker | None:
        """The one person the sentence just before names, only in the genitive, as what it is about
        ("সব মিলিয়ে জাভেদের বিদায় হলো উৎসবের আবহে। তিনি নিজেও …", "আটক নুরুল আবছারের বাড়ি
        রাঙ্গুনিয়ায়। … তিনি দাবি করেন", "সাকিবের সঙ্গে … অমিল আছে তামিমের। … করলেন কালও, ‘…’"): a
        sentence that reports no speech and names no one else but in an adjunct (X-এর সঙ্গে)."""
        before = self._sentence_before(offset)
        if before is None or next(self._cues_between(before.start, before.end), None) is not None:
            return None
        named = [(s, e, entity) for s, e, entity in self.linker.within(before.start, before.end)
                 if entity.type == "PERSON" and self.masked[s] != _MASK]
        if not named or not all(_is_genitive(self.text[s:e].split()[-1]) for s, e, _ in named):
            return None
        # "সাকিবের সঙ্গে … অমিল আছে তামিমের", "জারার মতো": one before a postposition is an adjunct of
        # the sentence, not what it is about
        people = [(s, e, entity) for s, e, entity in named
                  if (after := _WORDS_RE.match(self.text, e + 1)) is None or after.group() not in _ADJUNCT_POSTPOSITIONS]
        if len({entity.name for _, _, entity in people}) != 1:
            return None
        if any(t.text in _SINGULAR or _honorific_finite(t) for t in before.tokens):
            # "তাসনিম জারার মতো তিনি …", "বিল ধনকুবের মাইকেল ব্লুমবার্গের স্থলাভিষিক্ত হলেন": the
            # sentence's subject is a person it does not name (a pronoun, a word the tagger missed)
            return None
        s, e, entity = people[-1]
        return _Speaker(entity.name, self.text[s:e], s, e, "person", named=True)

    def _introduced_just_before(self, offset: int) -> _Speaker | None:
        """The one person the sentence just before brings in with an indefinite title ("দক্ষিণ সুদানের
        সেনাবাহিনীর একজন মুখপাত্রও … নিশ্চিত করেছেন", "… পুলিশ সদর দফতরের এক শীর্ষ কর্মকর্তাকে উদ্ধৃত
        করেছে", "এক কর্মকর্তার সঙ্গে কথা হয়"): as subject, object or the one talked with, a new
        person whom a তিনি opening the next sentence takes up. None when there are two such, or the
        title only owns something ("এক নারীর মরদেহ")."""
        before = self._sentence_before(offset)
        if before is None:
            return None
        toks = before.tokens
        found: _Speaker | None = None
        for o, tok in enumerate(toks):
            if tok.text not in _INDEFINITE_OPENERS - {"কোনো"}:
                continue
            k = next((m for m in range(o + 1, min(len(toks), o + 1 + MAX_INTRODUCED_WORDS))
                      if not toks[m].is_word or _role_of(_strip_case(toks[m].text)) is not None), None)
            if k is None or not toks[k].is_word:
                continue
            word = toks[k].text
            after = toks[k + 1].text if k + 1 < len(toks) else ""
            if _is_genitive(word) and after not in _COMITATIVE | {"কাছে"}:
                continue  # (whose: "এক কর্মকর্তার বাসায়")
            base = _without_genitive_ending(word) if _is_genitive(word) else _strip_case(word)
            if _is_plural_phrase([base]) or _role_of(base) is None:
                continue
            first = _genitive_phrase_start(toks, o, 0, self.linker.is_name)
            if any(entity.type == "PERSON" for _, _, entity in self.linker.within(toks[first].start, toks[k].end)):
                continue  # a named person is the entity's: `recent_person`
            if found is not None:
                return None
            # the phrase as its subject would read: the title without its case ending (a prefix of it)
            head = _Tok(base, toks[k].start, toks[k].start + len(base))
            found = self._np_speaker(toks[:k] + [head], first, k + 1, before)
            if found is None or not found.name or found.plural or found.source_type not in {"person", "anonymous"}:
                return None
        return found

    def _title_closing_sentence_before(self, offset: int) -> _Speaker | None:
        """"সংবাদ সম্মেলনে সেই প্রসঙ্গও টানেন পররাষ্ট্র উপদেষ্টা। তিনি বলেন, …": the subject that
        closes the sentence just before, after its verb, is whom তিনি opens the next with; a bare title
        there is the person introduced with it (তৌহিদ হোসেন), not the last one named."""
        index = self._unit_index(offset)
        if index == 0 or self.units[index].start > offset:
            return None
        unit = self.units[index - 1]
        if "\n" in self.text[unit.end:self.units[index].start]:
            return None
        toks = unit.tokens
        end = len(toks)
        while end > 0 and not toks[end - 1].is_word:
            end -= 1
        if end < 3 or _role_of(toks[end - 1].text) is None or _is_genitive(toks[end - 1].text):
            return None
        start = end - 1
        while start > max(0, end - 5) and toks[start - 1].is_word and not _honorific_finite(toks[start - 1]) \
                and not _is_verb_like(toks[start - 1].text):
            start -= 1
        if start == 0 or not _honorific_finite(toks[start - 1]):
            return None
        speaker = self._np_speaker(toks, start, end, unit)
        if speaker is None or not speaker.name or speaker.plural or speaker.source_type != "person":
            return None
        return speaker

    def _titled_just_before(self, offset: int) -> _Speaker | None:
        """"কেরানীগঞ্জের রুপালী গার্মেন্টসের ম্যানেজারের অভিজ্ঞতা … তুলে ধরে। তিনি জানান": with no one
        named before, তিনি is the person a title describes in the sentence just before (the last one)."""
        before = self._sentence_before(offset)
        if before is None:
            return None
        toks = before.tokens
        for k in range(len(toks) - 1, -1, -1):
            word = toks[k].text
            base = self._nominative(word) if _is_genitive(word) else word
            if not toks[k].is_word or _role_of(base) is None or _is_plural_phrase([base]) \
                    or k > 0 and toks[k - 1].text in _COUNTED_GROUP_OPENERS:
                continue  # (not many: "… দুই ক্রিকেটারের সাথে কথা বলেছেন")
            first = _genitive_phrase_start(toks, k, 0, self.linker.is_name)
            if first > 0 and toks[first - 1].text in _INDEFINITE_OPENERS:
                first -= 1  # "এক কর্মকর্তার …। তিনি জানান": the one just introduced
            opener = next((o for o in range(first - 1, max(-1, first - 4), -1) if toks[o].text in {"একজন", "এক"}), None)
            if opener is not None and opener > 0 and word == base and k == _last_word_index(toks):
                # "রেনি চং পেশায় একজন গণসংযোগ উপদেষ্টা। … তিনি বলেন": the title is what the sentence's
                # subject is, and that subject is whom তিনি means
                subject = self._sentence_subject(before)
                if subject is not None and subject.name and subject.named and not subject.plural \
                        and subject.source_type in {"person", "organisation"} and subject.end is not None \
                        and subject.end <= toks[opener].start and _role_of(subject.name.split()[-1]) is None:
                    return replace(subject, source_type="person")  # (a person's title: "গোষ্ঠীর" is theirs)
            words = [t.text for t in toks[first:k]] + [base]
            return _Speaker(" ".join(words), None, None, None, "person", role=base)
        return None

    def _group_just_before(self, offset: int) -> _Speaker | None:
        """"… সিদ্ধান্তকে ব্যবসায়ী নেতা ও শিল্পসংশ্লিষ্টরা ইতিবাচকভাবে গ্রহণ করেছেন। তাদের মতে, …": the
        plural subject (-রা) of the sentence just before is whom তারা/তাদের points back to, though it
        was not a speaker."""
        unit = self._sentence_before(offset)
        if unit is not None:
            toks = unit.tokens
            for k in range(len(toks) - 1, -1, -1):
                word = toks[k].text
                if not _plural_subject(word):
                    continue
                speaker = self._np_speaker(toks, _np_start(toks, k, 0), k + 1, unit)
                if speaker is not None and speaker.name:
                    return replace(speaker, source_type="group", plural=True, named=False)
            for k in range(len(toks) - 1, -1, -1):
                if _plural_of_bodies(toks[k].text):
                    # "সোমালিয়ার আশপাশের দেশগুলোও উদ্বিগ্ন হয়ে পড়েছে। তারা আশঙ্কা করছে": countries or
                    # organisations in the nominative plural, whom তারা takes up as well as people
                    speaker = self._np_speaker(toks, _np_start(toks, k, 0), k + 1, unit)
                    if speaker is not None and speaker.name:
                        name = " ".join(speaker.name.split()[:-1] + [_without_particle(speaker.name.split()[-1])])
                        return replace(speaker, name=name, source_type="organisation", plural=True, named=False)
            counted = self._counted_group(unit) or self._part_of_people(unit)
            if counted is not None:
                return counted
        return None

    def _counted_group(self, unit: _Unit) -> _Speaker | None:
        """A group counted in the nominative ("কিছু মুসলিম জমিদার … চেষ্টা করেছিলেন। তারা প্রশ্ন করেছিলেন,
        …"): a counting word and up to three plain words ending in a word for people (a title, or a
        noun for people by what they do), no genitive, object or place among them."""
        toks = unit.tokens
        for k, tok in enumerate(toks):
            if tok.text not in _COUNTED_GROUP_OPENERS:
                continue
            end = k + 1
            while end < len(toks) and end - k <= MAX_COUNTED_GROUP_WORDS and toks[end].is_word and not (
                    _is_genitive(toks[end].text) and not toks[end].text.endswith("দার")  # (জমিদার, ঠিকাদার)
                    or _is_objective(toks[end].text) or _is_locative(toks[end].text)
                    or _is_verb_like(toks[end].text) or toks[end].text in _BREAK):
                end += 1
            # up to the last word that names people: a title or a noun for people by what they do
            head = next((m for m in range(end, k + 1, -1) if _role_of(toks[m - 1].text)
                         or toks[m - 1].text.endswith(_AGENT_SUFFIXES + ("দার",))), None)
            if head is not None:
                speaker = self._np_speaker(toks, k, head, unit)
                if speaker is not None and speaker.name:
                    return replace(speaker, source_type="group", plural=True, named=False)
        return None
