"""Bare titles and the people or groups named just before (`_Titles`): a title alone (মন্ত্রিপরিষদ
সচিব) resolved to the person introduced with it (`_resolve_title`), the last speaker of a type, the
organisation or people closing or opening the sentence before, a relative's correlative and a part
of a group ("বিশ্লেষকদের অনেকে"). Uses the layers below (`bookkeeping`, `memory`, `state`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from core.lexicon import speech as lx
from core.quotes.bookkeeping import _Bookkeeping
from core.quotes.clauses import _COUNTED_GROUP_OPENERS, _QUESTION_WORDS, _after_leading_setting, _clause_floor
from core.quotes.linking import _talk_opens
from core.quotes.phrases import (
    _CORRELATIVES,
    _HEADS_OF_STATE,
    _MEDIA_RE,
    _TOP_OFFICES,
    _WORDS_RE,
    _anaphoric_owner,
    _compatible,
    _finite,
    _genitive_phrase_start,
    _is_age_descriptor,
    _is_epithet,
    _is_plural_phrase,
    _name_keys,
    _owner,
    _plural_of_bodies,
    _plural_subject,
    _same_role,
)
from core.quotes.records import _INDEFINITE_OPENERS, _NO_SPEAKER, _Speaker
from core.quotes.state import _Unit
from core.quotes.tokens import (
    _is_address,
    _is_genitive,
    _is_locative,
    _is_objective,
    _is_verb_like,
    _org_word,
    _role_of,
    _squash,
    _strip_case,
    _Tok,
    _without_genitive_ending,
)
from core.quotes.tunables import MAX_ANAPHORA_CHARS
from core.quotes.vocabulary import (
    _ACRONYM,
    _BREAK,
    _COMITATIVE,
    _CONDITIONAL_VERBS,
    _CONNECTORS,
    _GROUP_DETERMINERS,
    _INDEFINITE,
    _NON_SUBJECT,
    _PART_MODIFIERS,
    _PARTITIVES,
    _PARTS,
    _PLURAL_GEN,
    _TALKED_WITH,
    _TERMINATORS,
    _THEN,
    _WITH_WORDS,
    MAX_LISTED_GAP_WORDS,
    MAX_PART_WORDS,
)

# What closes a clause before a pronoun that switches its subject away (see the lexicon).
_PASSIVE_CLOSERS = frozenset(lx.PASSIVE_CLAUSE_CLOSERS)
_REPORTER = frozenset(lx.REPORTER_PRONOUNS)
_CLAUSE_ENDS = _TERMINATORS | frozenset({",", ";", ":", "—"})
# Postpositions that make an objective what the clause is about, not whom it acts on ("দাসকে নিয়ে
# প্রশ্ন করা হলে তিনি বলেন": someone else answers).
_ABOUT_THE_OBJECT = frozenset({"নিয়ে", "নিয়েও", "সম্পর্কে", "ঘিরে"})


def _indefinite_description(texts: list[str]) -> bool:
    """Someone new ("এক কর্মকর্তা", "কোনো নেতা"), not a ranking ("এক নম্বর অলরাউন্ডার", number one)."""
    return any((t in _INDEFINITE_OPENERS or t in _INDEFINITE) and not (t == "এক" and texts[i + 1:i + 2] == ["নম্বর"])
               for i, t in enumerate(texts))


def _named_after_finite_verb(toks: list[_Tok], end: int, start: int, *, past_negation: bool = False) -> bool:
    """Whether a name beginning at character `start` opens one of `toks[:end]` right after a finite verb,
    as news names the subject after its verb ("… ঘোষণা দিয়েছে | ইনকিলাব মঞ্চ।"); with `past_negation`,
    after the verb's "না" too ("… অসম্ভব মনে করেন না | সাকিব আল হাসান।")."""
    first = next((k for k in range(end) if toks[k].start == start), None)
    if first is None or first == 0:
        return False
    verb = first - 2 if past_negation and toks[first - 1].text == "না" and first >= 2 else first - 1
    return _finite(toks[verb].text)


class _Titles(_Bookkeeping):
    """Bare titles, people and groups named just before; uses bookkeeping, memory, state."""

    def _correlative(self, toks: list[_Tok], j: int, unit: _Unit | None, *, object_head: bool = False) -> _Speaker:
        """"… সেসব বুদ্ধিজীবীকে মিথ্যাবাদী প্রমাণ করে, যারা …": a clause before the relative names who
        it is about with a correlative (সেসব, সেই); the noun after it, in the nominative. With
        `object_head` (the reporter's own "we" verb: "আমরা এরকম ১৫টি পরিবারকে চিহ্নিত করেছি, যারা
        বলছেন …"), the clause's object, counted, is whom the relative takes up."""
        floor = _clause_floor(toks, j)
        if object_head:
            for c in range(j - 1, floor, -1):
                word = toks[c].text
                if toks[c].is_word and _is_objective(word) and word not in _PLURAL_GEN \
                        and (toks[c - 1].text[:1].isdigit() or toks[c - 1].text in _GROUP_DETERMINERS):
                    mention = self.text[toks[c - 1].start:toks[c].end]
                    name = f"{toks[c - 1].text} {_strip_case(word)}"
                    return _Speaker(name, mention, toks[c - 1].start, toks[c].end, "group", plural=True)
                if word in _WITH_WORDS and toks[c - 1].is_word and _is_genitive(toks[c - 1].text):
                    # "আমরা এমন একজনের সঙ্গেও কথা বলেছি যিনি বলছেন …": the one talked with
                    one = toks[c - 1]
                    return _Speaker(self._nominative(one.text), one.text, one.start, one.end, "anonymous")
            return _NO_SPEAKER
        for c in range(j - 1, floor - 1, -1):
            if toks[c].text in _CORRELATIVES and c + 1 < j:
                noun = toks[c + 1]
                if not noun.is_word or _is_verb_like(noun.text):
                    break
                base = _strip_case(noun.text)
                mention = self.text[toks[c].start:noun.end]
                plural = toks[c].text != "সেই" or _plural_subject(base)
                return _Speaker(f"{toks[c].text} {base}", mention, toks[c].start, noun.end,
                                "group" if plural else "anonymous", plural=plural)
        return _NO_SPEAKER

    def _partitive(self, toks: list[_Tok], i: int, words: list[_Tok]) -> _Speaker | None:
        """"রাজনৈতিক বিশ্লেষকদের অনেকে", "বিশ্লেষকদের কেউ কেউ": some of a group named in the genitive
        plural right before them are the speakers, a group of that kind."""
        if not words or words[0].text not in _PARTITIVES or i == 0 or words[-1].text not in _PARTITIVES:
            return None
        k = i - 1
        group = toks[k].text
        if not toks[k].is_word or not group.endswith("দের") or group in _PLURAL_GEN or len(group) < 5:
            return None
        while k > 0 and i - k < 3 and toks[k - 1].is_word and not _is_genitive(toks[k - 1].text) \
                and not _is_verb_like(toks[k - 1].text) and not _is_locative(toks[k - 1].text) \
                and not _is_objective(toks[k - 1].text) and toks[k - 1].text not in _BREAK \
                and toks[k - 1].text not in _CONNECTORS and toks[k - 1].text not in _NON_SUBJECT:
            k -= 1
        mention = self.text[toks[k].start:words[-1].end]
        return _Speaker(_squash(mention), mention, toks[k].start, words[-1].end, "group", plural=True)

    def _talked_with_before(self, offset: int) -> _Speaker | None:
        """"গোপালপুর গ্রামের একজন নারী ভোটারের সঙ্গে কথা হয় বিবিসি বাংলার, তিনি জানিয়েছেন": the person a
        title describes whom the reporter talked with, in this sentence or the two before it."""
        index = self._unit_index(offset)
        for u in reversed(self.units[max(0, index - 2):index + 1]):
            toks = u.tokens
            for j in range(len(toks) - 1, 0, -1):
                if toks[j].start >= offset or toks[j].text not in _COMITATIVE:
                    continue
                if not (j + 2 < len(toks) and toks[j + 1].text == "কথা" and toks[j + 2].text.startswith("হ")
                        or _talk_opens(toks, j)):
                    continue
                k = j - 1
                word = toks[k].text
                base = self._nominative(word) if _is_genitive(word) else word
                if _role_of(base) is None or _is_plural_phrase([base]) or self.linker.is_name(toks[k].start) \
                        or toks[k - 1].text in _COUNTED_GROUP_OPENERS:
                    return None  # (not many: "নিষিদ্ধ দুই ক্রিকেটারের সাথে কথা বলেছেন")
                # "একজন নারী ভোটার": the description opened by its indefinite
                first = next((i for i in range(k - 1, max(-1, k - 4), -1) if toks[i].text in _INDEFINITE_OPENERS),
                             None)
                if first is None or not all(t.is_word for t in toks[first:k]):
                    first = _genitive_phrase_start(toks, k, 0, self.linker.is_name)
                words = [t.text for t in toks[first:k]] + [base]
                return _Speaker(" ".join(words), None, toks[first].start, toks[k].end, "person", role=base)
        return None

    def _object_of_clause_just_before(self, offset: int) -> _Speaker | None:
        """The person named in the objective in a clause of the pronoun's own sentence that closes
        right before it and whose subject the pronoun cannot be: a conditional, which in Bengali
        switches the subject ("শেখ হাসিনা … খালেদা জিয়াকে … আমন্ত্রণ জানালে তিনি প্রধানমন্ত্রীকে
        বলেছিলেন"), a passive ("যখন জেলে ভগত সিংকে … রাখা হলো, তখন তিনি বললেন") or the reporter's
        own "we" ("আমরা আলজিনকে ছবি দেখাই, তিনি বলেন"). None when that clause asks a question, names no
        one or two people so, or the one named is a pronoun (তাঁকে: resolved as before)."""
        toks = self.units[self._unit_index(offset)].tokens
        p = next((i for i, t in enumerate(toks) if t.start == offset), None)
        if p is None:
            return None
        k = p - 1
        while k > 0 and toks[k].text in _THEN | {","}:
            k -= 1
        if k <= 0 or not toks[k].is_word:
            return None
        verb = toks[k].text
        switching = verb in _CONDITIONAL_VERBS or verb in _PASSIVE_CLOSERS or verb.endswith("ালে") \
            and not verb.endswith("কালে") and verb not in _NON_SUBJECT and not _is_genitive(toks[k - 1].text)
        floor = k
        while floor > 0 and toks[floor - 1].text not in _CLAUSE_ENDS and not toks[floor - 1].is_quote \
                and (floor == k or not _finite(toks[floor - 1].text)):
            floor -= 1
        ours = any(t.text in _REPORTER for t in toks[floor:k])
        if not (switching or ours) or any(t.text in _QUESTION_WORDS for t in toks[floor:k]):
            return None
        objects = [t for i, t in enumerate(toks[floor:k], floor) if t.is_word and _is_objective(t.text)
                   and toks[i + 1].text not in _ABOUT_THE_OBJECT]
        named = [(s, e, entity) for s, e, entity in self.linker.within(toks[floor].start, toks[k].start)
                 if entity.type == "PERSON" and any(t.start < e <= t.end for t in objects)]
        if len(named) != 1:
            return None
        s, e, entity = named[0]
        return _Speaker(entity.name, self.text[s:e], s, e, "person", named=True)

    def _words_of_sentence_before(self, offset: int) -> tuple[list[_Tok], int] | None:
        """The tokens of the sentence just before `offset` and the index just after its last word
        (its closing punctuation left out); None at the text's first sentence."""
        before = self._sentence_before(offset)
        if before is None:
            return None
        toks = before.tokens
        end = len(toks)
        while end > 0 and not toks[end - 1].is_word:
            end -= 1
        return toks, end

    def _organisation_closing_sentence_before(self, offset: int) -> _Speaker | None:
        """The organisation a sentence just before closes with, right after its verb, as its subject
        ("… ঘোষণা দিয়েছে ইনকিলাব মঞ্চ।", "… দাবি জানিয়েছে সুপ্রিম কোর্ট বার অ্যাসোসিয়েশন।")."""
        words = self._words_of_sentence_before(offset)
        if words is None or words[1] < 2:
            return None
        toks, end = words
        for s, e, entity in self.linker.within(toks[0].start, toks[end - 1].end):
            if entity.type != "ORG" or e != toks[end - 1].end or self.text[s:e] != entity.name \
                    and self.text[s:e] not in entity.aliases or _MEDIA_RE.search(entity.name):
                continue  # (in the nominative, as named; a newspaper closing a sentence is its source)
            if not _named_after_finite_verb(toks, end, s):
                continue
            return _Speaker(entity.name, self.text[s:e], s, e, "organisation", named=True)
        return None

    def _person_closing_sentence_before(self, offset: int) -> _Speaker | None:
        """The person a sentence just before closes with, right after its verb, as its subject, in the
        same paragraph ("… বিবৃতিতে বলেছেন শচীন।", "… অসম্ভব মনে করেন না সাকিব আল হাসান।"): news
        names the subject after the verb and calls them by a title or an epithet in the next sentence."""
        words = self._words_of_sentence_before(offset)
        if words is None or words[1] < 2:
            return None
        toks, end = words
        last = toks[end - 1]
        closing = self.linker.person_ending_at(last.end)
        if closing is None or "\n" in self.text[last.end:offset]:
            return None
        start, name = closing
        if not _named_after_finite_verb(toks, end, start, past_negation=True):
            return None
        return _Speaker(name, self.text[start:last.end], start, last.end, "person", named=True)

    def _organisation_opening_sentence_before(self, offset: int) -> _Speaker | None:
        """The organisation that opens the sentence just before as its subject, in the nominative (an
        "also" -ও allowed), the sentence ending in a finite verb: "যুক্তরাজ্য হাইকমিশনও গভীর শোক প্রকাশ
        করেছে।" -> যুক্তরাজ্য হাইকমিশন. Not a newspaper (a source, not an actor)."""
        words = self._words_of_sentence_before(offset)
        if words is None or words[1] < 3 or not _finite(words[0][words[1] - 1].text):
            return None
        toks, end = words
        for s, e, entity in self.linker.within(toks[0].start, toks[0].end):
            surface = self.text[s:e]
            if entity.type != "ORG" or s != toks[0].start or _MEDIA_RE.search(entity.name):
                continue
            if surface not in (entity.name, entity.name + "ও") and surface not in entity.aliases:
                continue  # (in the nominative, as named: not "জামায়াতের নেতারা")
            if self._heads_longer_phrase(toks, e, end):
                return None
            return _Speaker(entity.name, surface, s, e, "organisation", named=True)
        return None

    def _heads_longer_phrase(self, toks: list[_Tok], e: int, end: int) -> bool:
        """Does the organisation ending at offset `e` only modify a longer subject ("বিসিবি পরিচালক মিতু
        …", "ঢাকা বিশ্ববিদ্যালয় (ঢাবি) ছাত্রদল সভাপতি …"): a role or another name right after it (past
        its abbreviation), or a person named in the sentence?"""
        k = next((i for i in range(end) if toks[i].start >= e), end)
        if k < end and toks[k].text.startswith("("):
            k = next((i for i in range(k, end) if toks[i].text.endswith(")")), end) + 1
        if k < end and (_role_of(_strip_case(toks[k].text)) is not None or self.linker.is_name(toks[k].start)):
            return True
        return any(entity.type == "PERSON" for _, _, entity in self.linker.within(toks[0].start, toks[end - 1].end))

    def _people_just_before(self, offset: int) -> _Speaker | None:
        """"… প্রার্থী আনোয়ারুল ইসলাম এবং … ইয়াসিন আলী মনোনয়নপত্র জমা দেন। তারা দাবি করেন, …": people
        named in the nominative and listed with commas and a last ও/এবং in the sentence just before
        are whom তারা points back to, together; so are those listed as the ones talked with ("… শফিকুল,
        তোফায়েল ও সেলিমের সঙ্গে যোগাযোগ করা হলে তাঁরা …"), the last name then in the genitive."""
        unit = self._sentence_before(offset)
        if unit is None:
            return None
        people: list[tuple[int, int, str]] = []
        for start, end, entity in self.linker.within(unit.start, unit.end):
            if entity.type == "PERSON" and not any(p[2] == entity.name for p in people):
                people.append((start, end, entity.name))
        run = self._listed_run(people)
        if run is None:
            return None
        *heads, last = run
        name = ", ".join(p[2] for p in heads) + f" ও {last[2]}"
        return _Speaker(name, None, run[0][0], last[1], "group", plural=True)

    def _listed_run(self, people: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
        """The one list of two or more of these people ("A, B ও C"), each but the last in the
        nominative, the last in the nominative or the genitive of the one talked with; None when there
        is none, or more people than the list are named in the nominative."""
        def nominative(p: tuple[int, int, str]) -> bool:
            return self.text[p[0]:p[1]].endswith(p[2].split()[-1])

        def joined(a: tuple[int, int, str], b: tuple[int, int, str], last: bool) -> bool:
            # (a title may come before the next name: "আনোয়ারুল ইসলাম এবং স্বতন্ত্র প্রার্থী ইয়াসিন আলী")
            between = self.text[a[1]:b[0]]
            if any(m in between for m in "।?!"):
                return False
            if last:
                return re.search(r"(?:^|\s)(?:ও|এবং)\s", between) is not None
            return between.lstrip().startswith(",") and len(between.split()) <= MAX_LISTED_GAP_WORDS

        for i in range(len(people) - 1):
            j = i + 1
            while j + 1 < len(people) and joined(people[j - 1], people[j], last=False):
                j += 1
            run = people[i:j + 1]
            if not joined(run[-2], run[-1], last=True) or not all(nominative(p) for p in run[:-1]):
                continue
            talked_with = _TALKED_WITH.match(self.text, run[-1][1]) is not None
            if not (nominative(run[-1]) or talked_with):
                continue
            others = [p for p in people if p not in run and nominative(p)]
            return run if not others or talked_with else None
        return None

    def _bodies_owning_just_before(self, offset: int) -> _Speaker | None:
        """Bodies in the genitive plural in the sentence just before ("… কারণে এনজিওগুলোর কাজ
        বাধাগ্রস্ত হচ্ছে। তারা আশঙ্কা করছে"): whom তারা takes up when no one else is there."""
        unit = self._sentence_before(offset)
        if unit is None:
            return None
        for tok in unit.tokens:
            word = tok.text
            if _is_genitive(word) and _plural_of_bodies(_without_genitive_ending(word)):
                name = _without_genitive_ending(word)
                return _Speaker(name, word, tok.start, tok.end, "organisation", plural=True)
        return None

    def _part_of_people(self, unit: _Unit) -> _Speaker | None:
        """A part of a people named in the genitive plural opening the sentence ("বাংলাদেশিদের একটি অংশ
        … বিরক্তি প্রকাশ করে আসছেন। … বলে মনে করেন তারা।", "ব্যবসায়ীদের একাংশ …"): a group."""
        toks = unit.tokens
        k = _after_leading_setting(toks, 0, len(toks))
        if k >= len(toks) or not toks[k].text.endswith("দের") or toks[k].text in _PLURAL_GEN or len(toks[k].text) < 5:
            return None
        end = k + 1
        while end < len(toks) and end - k <= MAX_PART_WORDS and toks[end].text in _PART_MODIFIERS:
            end += 1
        if end >= len(toks) or toks[end].text not in _PARTS:
            return None
        mention = self.text[toks[k].start:toks[end].end]
        return _Speaker(_squash(mention), mention, toks[k].start, toks[end].end, "group", plural=True)

    def _resolve_title(self, texts: list[str], role: str | None, affiliation: str | None, offset: int,
                       demonstrative: bool = False) -> _Speaker | None:
        """A bare title (মন্ত্রিপরিষদ সচিব, বিটিএমএর সাবেক পরিচালক, এই কিপার) -> the person introduced
        with it earlier; a demonstrative or an age ("২৭ বছর বয়সী কিপার") -> the last person."""
        anaphoric = demonstrative or _is_age_descriptor(texts) or _is_epithet(texts, role)
        if role is not None and affiliation and _anaphoric_owner(affiliation):
            owned = self._title_of_country_spoken_of(role, offset)
            if owned is not None:
                return owned
        for at, speaker in self._recent():
            if at < offset and (demonstrative or texts[0] == "সংশ্লিষ্ট") and role is not None and not speaker.named \
                    and not speaker.plural \
                    and speaker.source_type == "anonymous" and speaker.role and _same_role(role, speaker.role):
                # "শিলংয়ে পুলিশ সদর দফতরের এক শীর্ষ কর্মকর্তা … ওই কর্মকর্তা" (or "সংশ্লিষ্ট কর্মকর্তা",
                # the one concerned): the one described before
                return replace(speaker, mention=None, start=None, end=None, resolved=True)
            if at >= offset or not speaker.named or speaker.source_type != "person":
                continue
            if role is not None and speaker.role and _same_role(role, speaker.role) and \
                    self._same_affiliation(affiliation, _owner(speaker)):
                return speaker
        for person in self.linker.titled_persons(offset, self.masked):
            if role is not None and person.role and _same_role(role, person.role) and \
                    self._same_affiliation(affiliation, _owner(person)):
                return person
        if role is not None and affiliation and not anaphoric and not affiliation.endswith(("টি", "টা")) \
                and not any(t in _INDEFINITE or t in {"এক", "একজন", "কয়েকজন", "একাধিক"} for t in texts):
            # a lede's "গ্রিনল্যান্ডের প্রধানমন্ত্রী বলেছেন" before the body names him with the same
            # title and affiliation: the one person so introduced later (the title right before the
            # name); "বিএনপির একজন জ্যেষ্ঠ নেতা" is someone unnamed
            later = {p.name: p for p in self.linker.titled_persons(len(self.text) + 1, self.masked)
                     if p.start is not None and p.start > offset and p.role and _same_role(role, p.role)
                     and p.affiliation and self._same_affiliation(affiliation, p.affiliation) and self._title_right_before(p)
                     and "।" in self.text[offset:p.start]}  # (not "জামায়াতের আমির খালেদা জিয়ার মৃত্যুতে …")
            if len(later) == 1:
                return next(iter(later.values()))
        if (role in _TOP_OFFICES and affiliation or role in _HEADS_OF_STATE and not affiliation) and not anaphoric:
            # "মির্জা ফখরুল বলেন, …। বিএনপি মহাসচিব বলেন, …": a party's one office holder, when the
            # only person who has spoken so far was named without a title; so too the country's one
            # head ("শেখ হাসিনা বলেন, …। … প্রধানমন্ত্রী বলেন, …"), whose bare title needs no owner
            people = {s.name: s for at, s in self._recent() if at < offset and s.named and s.source_type == "person"}
            if len(people) == 1 and next(iter(people.values())).role is None:
                return next(iter(people.values()))
        if role is not None and not anaphoric and not _indefinite_description(texts):
            # "… ১২টি চার ও ১টি ছয় মেরেছেন ম্যাথুস। দিন শেষে … ভিজেছেন অধিনায়ক, ‘…’": the person who
            # closes the sentence before as its subject is called by a title in the next one
            closing = self._person_closing_sentence_before(offset)
            if closing is not None:
                return closing
        if anaphoric:
            for at, earlier in self._recent():
                if at < offset and earlier.named and earlier.source_type == "person":
                    return earlier
            recent = self.linker.recent_person(offset, self.masked, listed=self._listed_person)
            if recent is not None:
                return recent
        return None

    def _title_of_country_spoken_of(self, role: str, offset: int) -> _Speaker | None:
        """"সে দেশের প্রধানমন্ত্রী" when two prime ministers were named ("ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদী
        এবং নিউজিল্যান্ডের প্রধানমন্ত্রী ক্রিস্টোফার লাক্সন"): the one whose country the text spoke of last
        before it ("… নিউজিল্যান্ডের পার্লামেন্টে অনুমোদন দরকার। … সে দেশের প্রধানমন্ত্রী"). None unless
        people with that title and different owners were named."""
        people: dict[str, _Speaker] = {}
        owners: dict[str, set[str]] = {}
        for p in self.linker.titled_persons(offset, self.masked):
            if not (p.name and p.role and _same_role(role, p.role)) or p.start is None:
                continue
            # the owner in the genitive right before the title before the name ("ভারতের প্রধানমন্ত্রী নরেন্দ্র …")
            before = self.text[max(0, p.start - 80):p.start].split()
            if len(before) < 2 or _role_of(before[-1]) is None or not _same_role(role, before[-1]) \
                    or not _is_genitive(before[-2]) or _anaphoric_owner(" ".join(before[-3:-1])):
                continue
            people.setdefault(p.name, p)
            owners.setdefault(p.name, set()).update(_name_keys(before[-2]))
        if len(people) < 2:
            return None
        spoken = self.masked[:offset]

        def last_said(name: str) -> int:
            return max((spoken.rfind(k) for k in owners[name] if len(k) >= 3), default=-1)

        ranked = sorted(people, key=last_said, reverse=True)
        first, second = last_said(ranked[0]), last_said(ranked[1])
        return people[ranked[0]] if first > second else None

    def _same_affiliation(self, a: str | None, b: str | None) -> bool:
        """`_compatible`, or both name one organisation of the article (ইসি ~ নির্বাচন কমিশন). A title
        owned by a person ("সালমান খানের আইনজীবী") is not that of someone introduced with the title
        alone ("আইনজীবী মনজিল মোরসেদ"): a lawyer is not everybody's lawyer."""
        if a and not b and self.linker.by_name(a) in self.linker.person_names:
            return False
        if _compatible(a, b):
            return True
        linked = self.linker.by_name(a)
        return linked is not None and linked == self.linker.by_name(b)

    def _title_right_before(self, person: _Speaker) -> bool:
        """Is the person's title written right before the name (… প্রধানমন্ত্রী জেন্স-ফ্রেডেরিক নিলসেন)?"""
        before = [w for w in self.text[max(0, (person.start or 0) - 60):person.start].split() if not _is_address(w)]
        return bool(before) and _role_of(before[-1]) is not None

    def _last_of_type(self, offset: int, types: set[str]) -> _Speaker | None:
        linked = self.linker.recent_org(offset, self.masked)
        for at, speaker in self._recent():
            if at < offset and offset - at > MAX_ANAPHORA_CHARS:
                break  # (as far back as an entity's mention is looked for: `_EntityLinker.recent_org`)
            if at < offset and speaker.source_type in types and speaker.named:
                if "organisation" in types and linked is not None and linked.start is not None and linked.start > at:
                    # "… হামাসের সামরিক শাখা … শাহাদাতের বিষয়টি নিশ্চিত করেছে সংগঠনটি": the organisation
                    # named since the last speaker is the nearer antecedent
                    return linked
                return speaker
        if linked is not None or "organisation" not in types:
            return linked
        # no entities: the last acronym or organisation word before it ("… বিএনপির স্থায়ী কমিটি … দলটির")
        for m in reversed(list(_WORDS_RE.finditer(self.masked, max(0, offset - 400), offset))):
            word = m.group()
            base = self._nominative(word) if _is_genitive(word) else word
            if _is_objective(word) or _is_locative(word) or _MEDIA_RE.fullmatch(base):
                continue
            if _ACRONYM.fullmatch(base) and len(base) >= 3 or _org_word(word) and base not in lx.ORGANISATION_WORDS:
                return _Speaker(base, word, m.start(), m.end(), "organisation", named=True)
        return None
