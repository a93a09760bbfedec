"""Entity linking: a speaker phrase mapped to the article's entity and its canonical name
(`_EntityLinker`), and the titles written before a name (`_titles_before`).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from core.models import Entity
from core.quotes.phrases import _MEDIA_RE, _RECIPIENT_AFTER, _name_keys, _split_role
from core.quotes.records import _Speaker
from core.quotes.tokens import _is_genitive, _is_objective, _is_verb_like, _role_of, _Tok
from core.quotes.tunables import _MASK, MAX_ANAPHORA_CHARS, MAX_MENTION_CHARS
from core.quotes.vocabulary import _ASKED_OBJECT, _NAME_LIKE_ROLES, _NON_SUBJECT, _TALKED_WITH


class _EntityLinker:
    """Maps speaker noun phrases to the article's entities (when the pipeline found any)."""

    def __init__(self, entities: list[Entity], text: str) -> None:
        self.text = text
        self.mentions: list[tuple[int, int, Entity]] = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0])
        self.starts = [m[0] for m in self.mentions]
        self.ends = frozenset(m[1] for m in self.mentions if m[2].type in {"PERSON", "ORG"})
        self.person_ends = frozenset(m[1] for m in self.mentions if m[2].type == "PERSON")
        self.place_or_org_starts = frozenset(m[0] for m in self.mentions if m[2].type in {"LOC", "ORG"})
        self.place_spans = frozenset((m[0], m[1]) for m in self.mentions if m[2].type == "LOC")
        # (an alias written as such is the name in the nominative too: আইএফজে, though it ends like a place)
        self.nominative_ends = frozenset(m.end for e in entities if e.type in {"PERSON", "ORG"}
                                         for m in e.mentions if m.text.endswith(e.name.split()[-1])
                                         or m.text in e.aliases)
        # where an organisation's name starts, by where it ends (বাংলাদেশ জামায়াতে ইসলামী)
        self.org_starts = {m.end: m.start for e in entities if e.type == "ORG" for m in e.mentions}
        self.names: dict[str, Entity] = {}
        self.persons = [e for e in entities if e.type == "PERSON"]
        self.person_names = frozenset(e.name for e in self.persons)
        self.organisations = [e for e in entities if e.type == "ORG"]
        # last words of person and organisation names, to tell a name in -র (আনোয়ার) from a genitive
        self.last_name_words = frozenset(e.name.split()[-1] for e in entities if e.type in {"PERSON", "ORG"})
        for e in entities:
            for form in (e.name, *e.aliases, *(m.text for m in e.mentions)):
                for key in _name_keys(form):
                    self.names.setdefault(key, e)
        self._titled: list[_Speaker] | None = None

    def mark(self, tokens: list[_Tok]) -> None:
        """Mark the tokens that start a name, end one in the nominative (আলমগীর, not a genitive) or
        end an organisation's name (so its start is known: বাংলাদেশ জামায়াতে ইসলামী)."""
        for tok in tokens:
            tok.starts_name = self.is_name(tok.start)
            tok.ends_name = tok.end in self.nominative_ends
            tok.name_start = self.org_starts.get(tok.end, -1)
            tok.place = (tok.start, tok.end) in self.place_spans

    def ends_name(self, start: int, end: int) -> bool:
        """Does a person or organisation mention end in the word [start, end) (a case ending allowed)?"""
        return any(end - d in self.ends for d in range(min(4, end - start)))

    def person_mention_at(self, offset: int) -> int | None:
        """Where a person's mention in the nominative (a word of the name, no case ending) that starts
        at this offset ends, or None."""
        for start, end, entity in self.within(offset, offset + 1):
            if entity.type == "PERSON" and self.text[start:end].split()[-1] in entity.name.split():
                return end
        return None

    def person_ending_at(self, end: int) -> tuple[int, str] | None:
        """A person's mention in the nominative (it ends with a word of the name) ending at `end`: its
        start and the person's name."""
        for start, mention_end, entity in self.within(end - MAX_MENTION_CHARS, end):
            if mention_end == end and entity.type == "PERSON" \
                    and self.text[start:end].split()[-1] in entity.name.split():
                return start, self._untitled(entity)
        return None

    def in_person_name(self, start: int, end: int) -> bool:
        """Do the characters [start, end) make a later word of a person's mention (তনিমা বিশ্বাস)? (A
        mention of the word alone may be a surname the linker took too far: "… বিশ্বাসের বিশ্বাস, …")"""
        return any(entity.type == "PERSON" and m_start < start and end <= m_end
                   for m_start, m_end, entity in self.within(start - MAX_MENTION_CHARS, start + 1))

    def person_starts_at(self, offset: int) -> bool:
        """Does a person's mention start at this offset?"""
        return any(entity.type == "PERSON" for _, _, entity in self.within(offset, offset + 1))

    def within(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The mentions that start in [start, end), in order (at one offset: `within(k, k + 1)`)."""
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def overlaps(self, start: int, end: int) -> bool:
        """Does any mention cover a character of [start, end)?"""
        return any(m_end > start for _, m_end, _ in self.mentions[:bisect_left(self.starts, end)])

    def is_name(self, offset: int) -> bool:
        """Does an entity mention start at this offset?"""
        i = bisect_left(self.starts, offset)
        return i < len(self.starts) and self.starts[i] == offset

    def by_name(self, name: str | None) -> str | None:
        if not name or not self.names:
            return None
        for key in _name_keys(name):
            entity = self.names.get(key)
            if entity is not None:
                return self._untitled(entity)
        return None

    def organisation_opened_by(self, word: str) -> str | None:
        """The one organisation of the article whose name of two words or more opens with this word,
        which names nothing else (অ্যামনেস্টি -> অ্যামনেস্টি ইন্টারন্যাশনাল), or None."""
        if word in self.names or len(word) < 3:
            return None
        opened = {e.name for e in self.organisations if len(e.name.split()) > 1 and e.name.split()[0] == word}
        return opened.pop() if len(opened) == 1 else None

    def _untitled(self, entity: Entity) -> str:
        """An entity's name without a title the tagger took into it ("প্রাণীপ্রেমী জাইমা" -> the
        person's fuller name "জাইমা রহমান" when the article has it, else "জাইমা")."""
        words = entity.name.split()
        if entity.type != "PERSON" or len(words) < 2 or not _role_of(words[0]) or words[0] in _NAME_LIKE_ROLES:
            return entity.name
        rest = words[1:]
        while len(rest) > 1 and _role_of(rest[0]):
            rest = rest[1:]
        for other in self.persons:
            if other is not entity and other.name.split()[:len(rest)] == rest:
                return other.name
        return " ".join(rest)

    def speaker(self, start: int, end: int) -> _Speaker | None:
        """The entity whose mention heads the name span [start, end): it lies inside the span and
        ends at its end (a case ending allowed), so a possessor at the front (ক্রেমলিনের মুখপাত্র …,
        দক্ষিণ কোরিয়ার প্রতিরক্ষা মন্ত্রণালয়ের মুখপাত্র) is never taken for the speaker."""
        if not self.mentions:
            return None
        lo = bisect_left(self.starts, max(0, start - 1))
        last_word = self.text.rfind(" ", start, end)  # the mention reaches into it: not "অস্ট্রেলিয়ার | কোচ"
        hits = [m for m in self.mentions[lo:bisect_left(self.starts, end)]
                if end - 4 <= m[1] <= end + 3 and m[1] > last_word]
        if not hits:
            return None
        s, e, entity = min(hits, key=lambda m: ({"PERSON": 0, "ORG": 1}.get(m[2].type, 2), m[0]))
        if entity.type == "LOC" and s > start + 1:
            return None  # a place at the end of a longer phrase is not the speaker
        stype = {"PERSON": "person", "ORG": "organisation", "LOC": "organisation"}.get(entity.type, "unknown")
        if stype == "organisation" and _MEDIA_RE.search(entity.name):
            stype = "media"
        return _Speaker(self._untitled(entity), self.text[s:e], s, e, stype, named=True)

    def person_at(self, start: int, end: int) -> bool:
        """Does a PERSON mention start at `start` and end at `end` (a case ending allowed)?"""
        return any(entity.type == "PERSON" and end - 4 <= mention_end <= end + 3
                   for _, mention_end, entity in self.within(start, start + 1))

    def recent_person(self, offset: int, masked: str, exclude: str | None = None,
                      skip_quotes: bool = True, listed: Callable[[int], bool] | None = None) -> _Speaker | None:
        """The last PERSON mention in the nominative before `offset` (outside quotations), not one
        `listed` among those present."""
        i = bisect_left(self.starts, offset) - 1
        steps = 0
        while i >= 0 and steps < 60:
            s, e, entity = self.mentions[i]
            i -= 1
            steps += 1
            if entity.type != "PERSON" or entity.name == exclude or offset - s > 1500:
                continue
            if skip_quotes and masked[s] == _MASK:
                continue
            surface = self.text[s:e]
            if surface != entity.name and surface not in entity.aliases and _is_genitive(surface.split()[-1]) \
                    and not _TALKED_WITH.match(self.text, e):
                continue  # (but "কথা হয় মঈন উদ্দিনের সঙ্গে। তিনি বলেন": the one talked with)
            asked = surface.endswith("কে") and _ASKED_OBJECT.match(self.text, e) is not None
            if surface.endswith(("ভাবে", "কে", "দের")) and not _name_in_der(surface, entity.name) and not asked \
                    or surface in _NON_SUBJECT:
                continue  # a tagger's slip (আইনগতভাবে) or an object, not someone who speaks
                # (but the one asked answers: "অশোক সোয়াইনকে জিজ্ঞেস করা হলে তিনি বলেন")
            if _RECIPIENT_AFTER.match(self.text, e) and not _is_genitive(surface.split()[-1]):
                continue  # "রিটার্নিং অফিসার মো. ইউনুচ আলী হাতে … জমা দেন তিনি": the genitive left out
            if listed is not None and listed(s):
                continue
            return _Speaker(entity.name, surface, s, e, "person", named=True)
        return None

    def recent_org(self, offset: int, masked: str) -> _Speaker | None:
        i = bisect_left(self.starts, offset) - 1
        while i >= 0 and offset - self.mentions[i][0] < MAX_ANAPHORA_CHARS:
            s, e, entity = self.mentions[i]
            i -= 1
            if entity.type == "ORG" and masked[s] != _MASK and not _is_objective(self.text[s:e]) \
                    and not _MEDIA_RE.search(entity.name):
                return _Speaker(entity.name, self.text[s:e], s, e, "organisation", named=True)
        return None

    def titled_persons(self, offset: int, masked: str) -> list[_Speaker]:
        """PERSON mentions introduced with a title earlier in the article, most recent first."""
        if self._titled is None:
            self._titled = []
            person_end = 0
            for s, e, entity in self.mentions:
                if entity.type != "PERSON":
                    continue
                # the words after an earlier name are not this one's title: "মিল্ক ভিটার চেয়ারম্যান
                # হাসিব খান স্বাক্ষরিত চিঠিতে মুনীর চৌধুরীকে" introduces হাসিব খান, not মুনীর চৌধুরী
                before = self.text[max(0, s - 120, person_end if person_end <= s else 0):s]
                person_end = max(person_end, e)
                for role, affiliation in _titles_before(before.split()[-9:]):
                    self._titled.append(_Speaker(entity.name, self.text[s:e], s, e, "person", role, affiliation,
                                                 named=True))
        return [p for p in reversed(self._titled) if p.start is not None and p.start < offset]


def _talk_opens(toks: list[_Tok], comitative: int) -> bool:
    """Does the clause of the comitative at token `comitative` open with the talk, the verb first:
    "কথা হয় এক পান দোকানির সঙ্গে", "কথা হলো এক কৃষকের সাথে" (the one talked with a few words on)?"""
    for i in range(comitative - 2, max(-1, comitative - 7), -1):
        if not toks[i].is_word:
            return False
        if toks[i].text == "কথা" and toks[i + 1].text.startswith("হ"):
            return i + 2 <= comitative - 1
    return False


def _name_in_der(surface: str, name: str) -> bool:
    """A name of two words or more that itself ends in -দের (আব্দুল কাদের, ওবায়দুল কাদের), written as
    the tagger's name: no plural object (সাংবাদিকদের), so a later তিনি may mean it."""
    return surface == name and surface.endswith("দের") and len(surface.split()) >= 2


def _titles_before(before: list[str]) -> list[tuple[str, str | None]]:
    """The titles a name is introduced with, from the words of its clause just before it: the
    nearest (… থানার উপপরিদর্শক) and an earlier one of the same apposition ("মামলার তদন্ত কর্মকর্তা
    দক্ষিণ কেরানীগঞ্জ থানার উপপরিদর্শক মো. জহুরুল ইসলাম": later "মামলার তদন্ত কর্মকর্তা বলেন" is
    him). Nearest first; the earlier ones only within the clause (after its last punctuation)."""
    # (a title is written in the name's own sentence: "… জোট গঠনের ঘোষণা দিয়েছেন। ইসরাইলি
    # প্রধানমন্ত্রী বেনিয়ামিন নেতানিয়াহু" owns nothing of the sentence before)
    before = before[max((n + 1 for n, w in enumerate(before) if w[-1] in "।?!"), default=0):]
    abbreviation = _abbreviated_title(before[-1]) if before else None
    words = (before[:-1] if abbreviation else before)[-5:]
    name_at, role, affiliation = _split_role(words + ["x"])
    if role is not None and name_at is not None and any(
            w[-1] in "।,;:!?" or _is_verb_like(w) for w in words[name_at:]):
        # the title's own clause ended before the name: "… প্রধান উপদেষ্টা বলেন, খালেদা জিয়ার
        # মৃত্যুতে" does not make খালেদা জিয়া the chief adviser
        role = None
    if role is None:
        return [(abbreviation, None)] if abbreviation is not None else []
    found = [(role, affiliation)]
    if abbreviation is not None:
        # "প্রধান নির্বাচন কমিশনার (সিইসি) কাজী রকিব উদ্দীন আহমেদ": a later "সিইসি বলেন" is him too
        found.append((abbreviation, affiliation))
    cut = max((n for n, w in enumerate(before) if w[-1] in ",।;:!?()‘’“”"), default=-1)
    clause = before[cut + 1:]
    for k in range(len(clause) - 1, 0, -1):
        if _role_of(clause[k - 1]) is None or _is_genitive(clause[k - 1]) or _role_of(clause[k]) is not None:
            continue
        _, earlier, owner = _split_role(clause[:k] + ["x"])
        if earlier is not None and earlier != role and all(earlier != r for r, _ in found):
            found.append((earlier, owner))
    return found


def _abbreviated_title(word: str) -> str | None:
    """The title a parenthesised abbreviation after a title stands for: "(ওসি)", "(সিইসি)"."""
    if not (word.startswith("(") and word.endswith(")")):
        return None
    inner = word[1:-1]
    return inner if inner and _role_of(inner) == inner else None
