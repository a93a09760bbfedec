"""Reported speech continued over sentences (`_Continuation`): how far a report runs on
(`_continue_reported`), whether the next sentence is still the speaker's (`_continues_speech`),
anaphoric reports ("তিনি আরও বলেন"), cues with no speaker of their own and an uncued quotation
given to the speaker before. Uses the layers below (`documents` and under).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from core.models import Entity
from core.quotes.clauses import (
    _BOLE_RE,
    _CREDIT_LINE,
    _FIRST_PERSON_OWNERS,
    _IN_THEIR_WORDS,
    _MODAL_CLOSINGS,
    _MORGUE_SENTENCE,
    _REPORTER_FINDS,
    _REPORTER_SEES,
    _after_dateline,
    _called_he_or_she,
    _clause_floor,
    _closing_forecast,
    _closing_future,
    _dated_past_event,
    _first_person_verb,
    _item_heading,
    _names_a_day,
    _narrates,
    _narrates_before_pointer,
    _own_voice,
    _past_closing,
    _token_index,
    _words,
)
from core.quotes.documents import _Documents
from core.quotes.marks import _rstrip_at
from core.quotes.phrases import _body_of_opinion, _names_view_holders, _np_before
from core.quotes.records import _Cue, _Speaker
from core.quotes.state import _Unit
from core.quotes.tokens import _is_genitive, _is_locative, _is_verb_like, _narrative_verb, _role_base, _role_of, _squash
from core.quotes.tunables import _LETTERS, MAX_CONTINUATION, MAX_CONTINUATION_UNNAMED, MIN_UNCUED_WORDS
from core.quotes.vocabulary import (
    _ADDRESS,
    _ANA_ALONE,
    _ANA_DET,
    _ANA_OBJ,
    _CALL_TO_ACTION,
    _CONNECTORS,
    _DATELINE_SENTENCE,
    _EVENT_TIME_WORDS,
    _GROUPS_ALONE,
    _HEADLINE,
    _INFORMATION,
    _NARRATIVE_OPENER_RE,
    _SUBJECT_PRONOUNS,
    _TERMINATORS,
    _THIRD_PERSON_WORDS,
    _TIME_OPENERS,
)


class _Continuation(_Documents):
    """Reported speech continued over the following sentences; uses documents and below."""

    def _give_uncued_quotation(self, unit: _Unit, speaker: _Speaker, cue_text: str) -> None:
        """An uncued direct quotation in the sentence just before takes the speaker of an attribution
        that points back ("“…” এসব কথা বলেন তিনি")."""
        for found in reversed(self.found):
            if found.end < unit.start and self._unit_index(found.end) >= unit.index - 1:
                if found.speaker.name is None and found.kind == "direct":
                    found.speaker, found.cue, found.confidence = speaker, cue_text, 0.7
                break

    def _anaphoric(self, unit: _Unit, cue: _Cue, ci: int, ce: int) -> None:
        """… এ তথ্য জানান X / এসব কথা বলেন তিনি / X-এর বিজ্ঞপ্তিতে এ কথা জানানো হয়েছে: the sentences
        just before are X's."""
        toks = unit.tokens
        object_after = ce + 1 < len(toks) and toks[ce + 1].text in _ANA_DET  # "… জানিয়েছেন এই তথ্য।"
        speaker: _Speaker | None
        if cue.kind == "passive":
            # "X-এর এক বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে"; a notice with no issuer reports nothing back
            speaker = self._passive_speaker(unit, ci, document_speaks=False)
        else:
            speaker = None if object_after else self._np_after(unit, ce)
        if speaker is None or speaker.name is None and cue.kind != "passive":
            j = ci - 1
            while j >= 0 and (toks[j].text in _ANA_OBJ or toks[j].text in _ANA_DET or toks[j].text in _ANA_ALONE):
                j -= 1
            speaker = self._subject(unit, j + 1, _clause_floor(toks, j + 1), None)
        if speaker.name is None:
            return
        self._give_uncued_quotation(unit, speaker, cue.text)
        if unit.claimed or any(f.start >= unit.start and f.end <= toks[ci].start for f in self.found[-3:]):
            return  # "এ মন্তব্য" points at what this very sentence already reported
        taken: list[_Unit] = []
        seen: set[str] = set()
        repeated = False
        # "… স্থগিত ঘোষণা করা হয়েছে। … এক বিবৃতিতে এ তথ্য জানান": information given is the narrated facts
        informs = ci >= 1 and toks[ci - 1].text in _INFORMATION
        for u in reversed(self.units[max(0, unit.index - 4):unit.index]):
            # a quoted term (‘বেশ অগ্রগতি’ হয়েছে) does not make the sentence someone else's words
            if u.claimed or u.has_quote and self._holds_speech_quote(u) \
                    or any(f.start < u.end and f.end > u.start for f in self.found[-3:]):
                break
            body = _squash(self.text[u.start:u.end])
            if _CALL_TO_ACTION.search(body) or u.index == 0 and _DATELINE_SENTENCE.match(body):
                break  # "আরো পড়ুন: …": the page's links; "ঢাকা, ২ জানুয়ারি।": the dateline; not what was said
            if body in seen:
                repeated = True
                continue
            words = _words(body)
            # "সোমবার … তিনি মনোনয়নপত্র জমা দেন। পরে তিনি … এসব কথা বলেন।": no speech before; but a
            # notice's "এ তথ্য জানানো হয়েছে" reports the narrated facts before it
            opening = u.index == 0 and speaker.mention not in _SUBJECT_PRONOUNS
            if not words or cue.kind != "passive" and not informs and not _own_voice(body, words) \
                    and _narrates_before_pointer(words, opening=opening):
                break
            if len(seen) == 2:
                break
            seen.add(body)
            taken.insert(0, u)
        unit.claimed = True  # an attribution sentence: the next "এ কথা বলেন" must not reach over it
        if repeated and taken:
            taken = taken[:1]  # BBC Bangla repeats every sentence: take the first one, once
        if not taken:
            return
        start = taken[0].start
        if taken[0].index == 0:
            start = _after_dateline(self.text, start, taken[0].end)
        end = self._before_own_attribution(taken[-1], speaker)
        while end > start and self.text[end - 1] in "।.!? ":
            end -= 1
        if end - start < 10:
            return
        self._add(start, end, "indirect", speaker, cue.text, cue.framing, 0.5, "anaphoric")
        for u in taken:
            u.claimed = True

    def _before_own_attribution(self, unit: _Unit, speaker: _Speaker) -> int:
        """Where a sentence pointed back at ends: before its own cue when the same speaker follows
        that cue ("… ছুটি ঘোষণা করেছেন প্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস। … এ ঘোষণা দেন তিনি"), else
        at the sentence's end."""
        lo = bisect_left(self.cue_starts, unit.start)
        hi = bisect_left(self.cue_starts, unit.end)
        if hi == lo or speaker.name is None:
            return unit.end
        last = self.cues[hi - 1]
        tail = self.text[last.end:unit.end]
        if last.start > unit.start and speaker.name.split()[-1] in tail and len(tail.split()) <= 8:
            return last.start
        return unit.end

    def _speakerless_cues(self, unit: _Unit) -> bool:
        """Every cue of the sentence lacks a subject of its own ("অথচ নির্বাচন কমিশনের কাছে গিয়ে বলেন
        মাত্র পঁচিশ লাখ টাকা ব্যয় করেছেন" inside someone's speech): it goes on with that speech."""
        toks = unit.tokens
        lo = bisect_left(self.cue_starts, unit.start)
        hi = bisect_left(self.cue_starts, unit.end)
        if hi - lo > 2:
            return False
        for cue in self.cues[lo:hi]:
            if cue.kind == "acc" and self.masked[cue.end:cue.end + 2].lstrip()[:1] not in {",", ":"}:
                continue  # "… নিশ্চিত করার দাবি বারবার জানিয়েছি": a demand spoken of, not "তার দাবি, …"
            if cue.kind == "acc" and _FIRST_PERSON_OWNERS.intersection(_words(self.text[max(unit.start, cue.start - 25):cue.start])[-2:]):
                continue  # "এখন আমাদের একটাই দাবি, …": the speaker's own demand
            if cue.kind not in {"verb", "noun"}:
                return False
            if _first_person_verb(cue.text.split()[-1]):
                continue  # "… দাবি বারবার জানিয়েছি": the speaker's own voice, no one else's cue
            ci = _token_index(toks, cue.start)
            if ci is None:
                return False
            floor = _clause_floor(toks, ci)
            span = _np_before(toks, ci, floor, self.linker.is_name)
            if span is not None and (span[1] - span[0] > 1 or self._plausible_single(toks, span[0])):
                return False
            if any(t.text in _SUBJECT_PRONOUNS or t.text in _GROUPS_ALONE for t in toks[floor:ci]):
                return False  # "শেষে তিনি মহান আল্লাহর কাছে প্রার্থনা করেন, …", "অনেকেই … আশঙ্কা করছেন": a
                # subject further back
            if self._np_after(unit, _token_index(toks, cue.end - 1) or ci, strict=True) is not None:
                return False
        return True

    def _continue_reported(self, unit: _Unit, end_off: int, speaker: _Speaker, *,
                           content_start: int | None = None, most: int | None = None,
                           forecasts_only: bool = False) -> int:
        """Reported speech runs on over the following sentences of its paragraph while they read as
        the speaker's words (`_continues_speech`): "তিনি বলেন, এ খাতকে … নেই। এটি … গেছে। …"; over at
        `most` sentences when given; with `forecasts_only`, only over sentences that forecast
        (`_closing_forecast`)."""
        opinion = _body_of_opinion(speaker)
        if opinion and most is None:
            return end_off  # "অনেকেই মনে করেন, … । এটা ঠিক নয়।": the reporter weighs the view next
        # a person goes on talking; what a group or an organisation said is reported more briefly
        single = speaker.source_type == "person" or _called_he_or_she(speaker) or speaker.role is not None and not speaker.plural
        limit = MAX_CONTINUATION if single else MAX_CONTINUATION_UNNAMED
        if most is not None:
            limit = min(limit, most)
        start_off = unit.start
        content = start_off if content_start is None else content_start
        following = self.units[unit.index + 1: unit.index + 1 + limit]
        bridged = -1
        for k, u in enumerate(following):
            if "\n" in self.text[end_off:u.start]:
                break
            if opinion and _names_view_holders(_words(self.text[u.start:u.end])):
                break  # "বিশ্লেষকদের মতে, …। … যা বিশেষজ্ঞদের উদ্বেগ বাড়িয়েছে": the reporter on them again
            if forecasts_only and not _closing_forecast(self.text[u.start:u.end]):
                break  # a source's account goes on only over what may or will happen
            if k != bridged and not self._continues_speech(u, speaker, (content, end_off)):
                if forecasts_only or not self._bridged_by_own_voice(u, following[k + 1:k + 2], speaker, (content, end_off)):
                    break
                bridged = k + 1
            if self.text[u.start:u.end].rstrip("।.!? ") in self.text[start_off:end_off]:
                break  # BBC Bangla repeats every sentence: the speech does not go on over the copy
            end_off = u.end
            while end_off > u.start and self.text[end_off - 1] in "।.!? ":
                end_off -= 1
            u.claimed = True
        return end_off

    def _bridged_by_own_voice(self, u: _Unit, after: list[_Unit], speaker: _Speaker, content: tuple[int, int]) -> bool:
        """A sentence that reads as the reporter's stands between the speech and a sentence in the
        speaker's own voice with no cue of its own, in the same paragraph ("… আজ তিনি পৃথিবী থেকে চলে
        গেলেন। আমরা তার আত্মার মাগফিরাত কামনা করছি।"): the speech goes on through both."""
        if not after or u.cue_count or u.has_quote or "\n" in self.text[u.end:after[0].start]:
            return False
        nxt = after[0]
        body = self.text[nxt.start:nxt.end]
        return not nxt.cue_count and not nxt.has_quote and _own_voice(body, _words(body)) \
            and not _NARRATIVE_OPENER_RE.match(self.text[u.start:u.end]) \
            and self._continues_speech(nxt, speaker, content)

    def _continues_speech(self, u: _Unit, speaker: _Speaker, content: tuple[int, int] | None = None) -> bool:
        """Does the sentence go on with the speech before it (no quote marks, no cue of its own)?

        It does not when it opens a new attribution (a cue with its own subject, a quotation that
        is speech, "… বলে মনে করেন"), or when the reporter narrates again: a narrative opener (এর
        আগে, এদিকে), the speaker named or called তিনি, a newcomer introduced with a title, an event
        placed on a weekday or "recently", a finite verb of the narrative past (… জমা দেন, … রাত্রিযাপন
        করেন, … ছিল), or the narrative present (… নেওয়া হয়, … খুলে দেয়) about someone in the third
        person. The speaker's own voice — আমি/আমরা/আপনারা or a wish (… দান করুন) — goes on, even after
        a time opener ("পরে আমরা তাকে উদ্ধার করে … নিয়ে আসি"). Within the speech (`content`, the
        offsets of what was reported so far), a closing future is the speaker's ("… নিরাপদে থাকবেন",
        "সবাই দোয়া করবেন"), and তিনি is the person the speech is about when it already spoke of
        someone in the third person ("… কিন্তু তিনি মাথা নত করেননি। তিনি কোনো দিন আপস করেননি।"). When the
        speech tells what happened (`_past_account`), the narrative past and a time opener (এ সময়, পরে)
        go on with the account.
        """
        if u.has_quote and self._holds_speech_quote(u):
            return False
        if u.cue_count and not self._speakerless_cues(u):
            return False
        if self._lists_those_present(u.start):
            return False  # "অবস্থান কর্মসূচিতে উপস্থিত ছিলেন, নুরুজ্জামান নাবিল, …": the reporter's list
        body = self.text[u.start:u.end]
        if _BOLE_RE.search(body) or _HEADLINE.search(body) or _CALL_TO_ACTION.search(body) or _IN_THEIR_WORDS.match(body) \
                or body.startswith("(") or _REPORTER_FINDS.search(body) or _REPORTER_SEES.search(body) \
                or _CREDIT_LINE.match(body) or _item_heading(body) or _MORGUE_SENTENCE.search(body):
            return False  # (a sentence opened by a bracket is an aside of the writer's; "… কথা বলে যে ধারণা
            # পাওয়া গেছে" is what the reporter found out; "এএফপি।" credits the agency; "ঝুঁকির মধ্যে দেশ:
            # …" heads the next item; "লাশ ময়নাতদন্তের জন্য … পাঠানো হয়েছে" closes the reporter's account)
        words = _words(body)
        if not words:
            return False
        opener = _NARRATIVE_OPENER_RE.match(body)
        # (not with তিনি, the reporter's "পরে তিনি শোক বইয়ে সই করেন")
        account = content is not None and opener is not None and opener.group(0) in _TIME_OPENERS \
            and not u.cue_count and not any(w in _SUBJECT_PRONOUNS for w in words) and self._past_account(content)
        if opener and not account and (
                opener.group(0) not in _TIME_OPENERS or u.cue_count or "?" in body or not _own_voice(body, words)
                or any(_narrative_verb(w) for w in words[-6:])):
            return False  # "এসময় আসামি আদালতকে জিজ্ঞেস করেন, আপনি …" is the reporter's again
        if _own_voice(body, words):
            return True
        if self._dated_opening(words) or _dated_past_event(words):
            return False  # "দিনাজপুরে গতকাল অভিযান চালিয়ে …": the reporter places the next event
        if "?" in body and not self._in_question_run(u):
            return False
        if speaker.source_type == "person" and self._names_speaker(words, speaker):
            return False
        if self._titled_newcomer(u, speaker) or self._subject_after_verb_closes(u) or self._new_person(u, speaker, content):
            return False
        if content is None or u.cue_count:
            return not _narrates(words)
        about = self._speaks_of_another(content, speaker)
        return not _narrates(words, in_speech=True, about_another=about, past_account=self._past_account(content))

    @staticmethod
    def _dated_opening(words: list[str]) -> bool:
        """Does the sentence open by placing an event in the past, the way a news report opens a new
        item: "গতকাল …", a named day ("গত বৃহস্পতিবার রাতে …", "আজ বৃহস্পতিবার …", "গত ২৮ এপ্রিল …"), or
        a place and its day ("দিনাজপুরে গতকাল …", "সিলেটে সোমবার …")? Not a forecast ("বুধবার কুয়াশা
        কিছুটা কমতে পারে"), which speech gives as much."""
        if len(words) < 3 or _closing_future(words) or words[-1] in _MODAL_CLOSINGS:
            return False
        if words[0] == "গতকাল" or _names_a_day(words[:3]):
            return True
        return _is_locative(words[0]) and words[0] not in _CONNECTORS and not _role_of(words[0]) \
            and words[1] in _EVENT_TIME_WORDS

    def _titled_newcomer(self, u: _Unit, speaker: _Speaker) -> bool:
        """Does the sentence bring in another person with a title, in the nominative ("তবে জামায়াতের
        আমির শফিকুর রহমান এ বিষয়ে একমত নন")? That is the reporter introducing them, not the speech."""
        for start, _end, _entity in self._other_persons_in_nominative(u, speaker):
            before = self.text[u.start:start].split()
            if before and _role_of(before[-1]) is not None and _role_base(before[-1]) == before[-1]:
                return True
        return False

    def _other_persons_in_nominative(self, u: _Unit, speaker: _Speaker) -> Iterator[tuple[int, int, Entity]]:
        """The mentions of persons other than the speaker in the sentence, in the nominative: the mention
        ends on the name's last word, no case ending after it."""
        for start, end, entity in self.linker.within(u.start, u.end):
            if entity.type == "PERSON" and entity.name != speaker.name \
                    and self.text[start:end].endswith(entity.name.split()[-1]):
                yield start, end, entity

    def _new_person(self, u: _Unit, speaker: _Speaker, content: tuple[int, int] | None) -> bool:
        """Does the sentence bring in a person the article has not named before, in the nominative
        and not as a genitive's modifier ("… আবু তালেব ছিলেন না", "… নাম দুলাল হোসেন, …"; not "হাসিনা
        সরকারের")? The reporter introduces a new actor; the speech would speak of its own, or name
        someone it already spoke of by the word before the name ("… তার সহযোগী দেশ ছেড়ে পালান। …
        ব্যবসায়িক সহযোগী নাজমুল কাদির শাহজাহান ওই ঋণের সিগনেটরি"). (Opened sets: 6 sentences so
        opened were taken into the speech against the gold, none rightly.)"""
        spoken = _words(self.text[content[0]:content[1]]) if content is not None else []
        for start, end, entity in self._other_persons_in_nominative(u, speaker):
            if entity.name.split()[-1] in self.text[:u.start]:
                continue  # named before
            before = _words(self.text[u.start:start])[-1:]
            after = _words(self.text[end:u.end])[:1]
            if (not after or not _is_genitive(after[0])) and not (before and before[0] in spoken):
                return True
        return False

    def _subject_after_verb_closes(self, u: _Unit) -> bool:
        """Does the sentence close on a named subject placed after its verb ("তাইওয়ানকে ঘিরে সোমবার
        … মহড়া শুরু করেছে চীন।", "… চিকিৎসাধীন আছেন খালেদা জিয়া।")? That inversion is the news
        writer's way of opening an item; the speech before it has ended. (Opened sets: 5 sentences
        so closed were taken into the speech against the gold, 1 rightly.)"""
        body_end = _rstrip_at(self.text, u.end)
        while body_end > u.start and self.text[body_end - 1] in "।.!?":
            body_end = _rstrip_at(self.text, body_end - 1)
        for start, end, entity in self.linker.within(u.start, u.end):
            if end != body_end or not self.text[start:end].endswith(entity.name.split()[-1]):
                continue  # (a name in a case form, "… দাবি জানান ভারতকে", is no subject)
            before = self.text[u.start:start].split()
            if before and _is_verb_like(before[-1]):
                return True
        return False

    def _past_account(self, content: tuple[int, int]) -> bool:
        """Does the reported speech so far tell what happened, its last sentence closing in the past
        ("ওসি জানান, … অভিযান চালিয়ে সুজনকে আটক করে", "… দিতে বলা হয়েছিল")? Then the next sentence in
        the past goes on with the account, not with the reporter's narrative."""
        start, end = content
        last = _words(self.text[start:end].rsplit("।", 1)[-1])
        return bool(last) and _past_closing(last)

    def _speaks_of_another(self, content: tuple[int, int], speaker: _Speaker) -> bool:
        """Does the reported speech so far speak of someone in the third person (তিনি, তার, a name
        that is not the speaker's)? Then a following তিনি is that person, not the speaker."""
        start, end = content
        body = self.text[start:end]
        if any(w in _THIRD_PERSON_WORDS or w.endswith("ও") and w[:-1] in _THIRD_PERSON_WORDS for w in _words(body)):
            return True  # (with the particle: "তাঁকেও … দিতে বলা হয়েছিল")
        names = {w for w in (speaker.name or "").split() if len(w) > 2}
        for m in re.finditer(rf"[{_LETTERS}]+", body):
            if self.linker.is_name(start + m.start()) and not any(m.group(0).startswith(n) for n in names):
                return True
        return False

    def _in_question_run(self, u: _Unit) -> bool:
        """A rhetorical question inside someone's speech: the sentence and the one after it both
        belong to a run of short sentences in the same paragraph ("দল শুধু এলিটেরা করবে? খেটে খাওয়া
        মানুষ দল করলে …"); a reporter's question stands alone, usually as a headline."""
        nxt = self.units[u.index + 1] if u.index + 1 < len(self.units) else None
        return nxt is not None and "\n" not in self.text[u.end:nxt.start] and not nxt.cue_count

    def _holds_speech_quote(self, u: _Unit) -> bool:
        """A quotation in the sentence that is an utterance of its own, not a quoted word (‘হ্যাঁ’)."""
        i = bisect_left(self.mark_opens, u.start)
        while i < len(self.marked) and self.marked[i].open < u.end:
            mark = self.marked[i]
            content = self.text[mark.start:mark.end]
            if len(content.split()) >= MIN_UNCUED_WORDS or content.rstrip()[-1:] in _TERMINATORS:
                return True
            i += 1
        return False

    def _names_speaker(self, words: list[str], speaker: _Speaker) -> bool:
        """Is the (person) speaker named again, by any of their name words with a case ending?"""
        names = [w for w in (speaker.name or "").split() if len(w) > 2 and w not in _ADDRESS]
        return any(w.startswith(n) and len(w) - len(n) <= 3 for w in words for n in names)
