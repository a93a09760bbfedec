"""Direct quotes (`_DirectQuotes`): a quotation's speaker from the attribution before it
(`_pre_attribution`) or after it (`_post_attribution`), an opening or dash attribution, a chant,
a quotation inside or closing reported speech, and the fallback to the speaker before.
Uses the layers below (`reported` and under).
"""
from __future__ import annotations

from dataclasses import replace

from core.quotes.clauses import (
    _CLOSING_MARKS,
    _THIS_WAY,
    _after_leading_setting,
    _before_bracket,
    _clause_floor,
    _closing_predicate,
    _headline,
    _holds_a_view,
    _is_anaphoric,
    _is_title,
    _label_with_head,
    _latin_title,
    _manner_converb,
    _named_term,
    _plain_modifier,
    _previous_quote,
    _request_content,
    _setting_lead,
    _setting_only,
    _skippable,
    _token_index,
    _words,
)
from core.quotes.marks import _Marked
from core.quotes.phrases import (
    _SAYINGS,
    _about_someone_known,
    _honorific_finite,
    _np_before,
    _np_start,
    _object_or_time_only,
    _split_role,
)
from core.quotes.records import _NO_SPEAKER, _Cue, _CueList, _Speaker
from core.quotes.reported import _ReportedSpeech
from core.quotes.state import _Unit
from core.quotes.tokens import _is_genitive, _is_locative, _is_objective, _is_verb_like, _role_of, _Tok
from core.quotes.tunables import (
    _REFLEXIVES,
    MAX_COMPLEMENT_WORDS,
    MAX_INVERTED_STATE_WORDS,
    MAX_JOINED_TITLE_WORDS,
    MAX_LIST_GAP_WORDS,
    MAX_MENTION_CHARS,
    MAX_OPENING_LEAD_WORDS,
    MAX_POST_ATTRIBUTION_TOKENS,
    MAX_SPEECH_NOUN_MODIFIERS,
    MAX_STATE_WORDS,
    MAX_SUBJECT_AFTER_VERB,
    MAX_TITLE_BEFORE_NAME,
    MIN_SPEECH_WORDS,
    MIN_UNCUED_WORDS,
)
from core.quotes.vocabulary import (
    _ANA_ALONE,
    _ANA_DET,
    _ANA_OBJ,
    _BOLE,
    _BREAK,
    _CHANT_DETERMINERS,
    _CHANT_NOUNS,
    _CHANT_VERBS,
    _COMMON_CONVERBS,
    _CONVERBS,
    _CUE_RE,
    _DASHES,
    _FIRST_PERSON,
    _GEN_PRONOUNS,
    _LABEL_GLUE,
    _LIST_GLUE,
    _LIST_JOINS,
    _NON_SUBJECT,
    _PERSONAL_PRONOUNS,
    _PLURAL_GEN,
    _QUOTED_SPEECH,
    _REPORTING_CONVERB,
    _SINGULAR,
    _SPACED_DASH,
    _SPEECH_VERBS,
    _TERMINATORS,
    _TITLE_WORDS,
    _VOICE,
)


class _DirectQuotes(_ReportedSpeech):
    """Direct quotes and their attribution before or after; uses reported speech and below."""

    def _direct(self, unit: _Unit, mark: _Marked, unit_cues: _CueList) -> None:
        """Attribute one top-level quotation, or drop it as a scare quote or a title."""
        toks = unit.tokens
        qi = _token_index(toks, mark.open)
        if qi is None:
            return
        words = len(self.text[mark.start:mark.end].split())
        if mark.opened_before:
            # who began speaking was cut off with the opening mark: only a closing "বলেন X" names them
            closing = self._post_attribution(unit, qi, unit_cues) or (_NO_SPEAKER, None, "neutral", 0.5)
            self._add(mark.start, mark.end, "direct", *closing, "direct")
            return
        attribution = self.direct_speaker.pop(mark.open, None)
        if words < MIN_UNCUED_WORDS and self.text[mark.start:mark.end].rstrip()[-1:] not in _TERMINATORS \
                and (_named_term(self.text, mark) or self._generally_called(unit, mark)):
            return  # "এই ভোটটিকে বলা হয় ‘টেন্ডার্ড ভোট’": a term being named, not words being said
        if _latin_title(self.text, mark):
            return  # "… লক্ষ্যে ‘Export Enclave’ তৈরি করা হয়েছে", even inside someone's reported words
        if attribution is None:
            attribution = self._chant(unit, qi)
        if attribution is None and (_is_title(self.text, mark) or _headline(self.text, mark)):
            return
        if attribution is None:
            attribution = self._after_reported(mark)
        if attribution is None and not mark.closed:
            # "… চাকমা বলেন, 'অপহূত … জানিয়েছি। জাকির হোসেন বলেন, …" (the closing mark missing): the
            # sentence after the quotation is a new one, the attribution before the opening mark its own
            attribution = self._pre_attribution(unit, qi, unit_cues)
        if attribution is None:
            attribution = self._post_attribution(unit, qi, unit_cues)
        if attribution is None:
            attribution = self._pre_attribution(unit, qi, unit_cues)
        if attribution is None:
            attribution = self._inside_reported(mark)
        if attribution is None:
            attribution = self._closing_reported_clause(unit, qi, mark, unit_cues)
        if attribution is None:
            attribution = self._continuation(unit, qi, mark)
        if attribution is None and words >= MIN_UNCUED_WORDS \
                and (mark.closed or mark.cut_off and _set_after_clause(self.text, mark)):
            # (an excerpt cut mid-quotation, "… খাটো করে দেখছেন না, ‘আমরা শক্ত প্রতিদ্বন্দ্বী। …" to the text's
            # end, is someone's words as a closed one is; without a clause and a comma before it, a mark left
            # open at the end is as often a title that lost its closing mark, "টুর্নামেন্ট 'কাভা উইমেন্স কাপ-২০২৫। …")
            attribution = self._fallback(mark.open)
        if attribution is None:
            return
        speaker, cue, framing, confidence = attribution
        if not mark.closed:
            confidence *= 0.7
        self._add(mark.start, mark.end, "direct", speaker, cue, framing, confidence, "direct")

    def _chant(self, unit: _Unit, qi: int) -> tuple[_Speaker, str | None, str, float] | None:
        """Slogans chanted by someone are their utterances: "আন্দোলনকারীরা ‘আমার ভাই কবরে, খুনি কেন
        বাইরে’, ‘দিল্লি না ঢাকা’সহ নানা স্লোগান দিচ্ছেন।" A slogan used as a name (‘…’ স্লোগানে মুখরিত,
        ‘…’ স্লোগান দেওয়া হয়, with nobody chanting) is not."""
        toks = unit.tokens
        run_start, run_end = _list_runs(unit)
        k = run_end[qi + 1]
        while k < len(toks) and toks[k].text in _CHANT_DETERMINERS:
            k += 1
        if k + 1 >= len(toks) or toks[k].text not in _CHANT_NOUNS or toks[k + 1].text not in _CHANT_VERBS:
            return None
        first = run_start[qi]
        while not toks[first].is_quote:
            first += 1
        speaker = None
        before = toks[first - 1] if first > 0 else None
        if before is not None and before.is_word and _is_objective(before.text):
            # "তাদেরকে ‘…’ স্লোগান দিতে দেখা যায়": the ones seen chanting
            # (resolved as the nominative, named as the text has it: the mention is the words at its offsets)
            if before.text.startswith(("তাদের", "তাঁদের")):
                speaker = replace(self._pronoun("তারা", before.start, before.end), mention=before.text)
            elif before.text in {"তাকে", "তাঁকে"}:
                speaker = replace(self._pronoun("তিনি", before.start, before.end), mention=before.text)
            else:
                speaker = self._np_speaker(toks, _np_start(toks, first - 1, 0), first, unit, case="objective")
        else:
            span = _np_before(toks, first, _clause_floor(toks, first), self.linker.is_name)
            if span is not None:
                speaker = self._np_speaker(toks, span[0], span[1], unit)
        if (speaker is None or speaker.name is None) and toks[k + 1].text != "দিতে":
            # "‘…’ স্লোগান দেন বিক্ষোভকারীরা"
            speaker = self._np_after(unit, k + 1, strict=True) or speaker
        if speaker is None or speaker.name is None and not (before is not None and before.text in _GEN_PRONOUNS):
            return None  # (a slogan chanted by "them" is still chanted, whoever they turn out to be)
        return speaker, toks[k].text + " " + toks[k + 1].text, "neutral", 0.75

    def _pre_attribution(self, unit: _Unit, qi: int, unit_cues: _CueList) -> tuple[_Speaker, str | None, str, float] | None:
        """“X বলেন, ‘…’”, “X বলেন যে ‘…’”, “X-এর ভাষায়, ‘…’”, “তিনি লিখেছেন: ‘…’”."""
        toks = unit.tokens
        j = qi - 1
        while j >= 0 and toks[j].text in {",", ":", "-", "—", "–", ";"}:
            j -= 1
        if j >= 0 and (toks[j].text == "যে" or toks[j].text in _THIS_WAY):
            j -= 1  # "… বর্ণনা করেছেন এভাবে, “…”": the manner of the words that follow
            while j >= 0 and toks[j].text == ",":
                j -= 1
        if j < 0:
            return None
        cue = unit_cues.ending_at(toks[j].end)
        if cue is None and j == qi - 2 and toks[qi - 1].text in {",", ":"}:
            return self._speech_noun_before(unit, j) or self._clause_before_quote(unit, j, qi)
        if cue is None:
            return None
        cue.consumed = True
        ci = _token_index(toks, cue.start)
        if ci is None:
            return None
        floor = _previous_quote(toks, ci) + 1
        if cue.kind == "acc" and ci > floor and toks[ci - 1].is_word and _plain_modifier(toks[ci - 1].text):
            cue.consumed = False
            return None  # "(স্থানীয় ভাষায় ‘পকেট’)", "চলতি ভাষায় ‘…’": a term in a manner of speaking, nobody's words
        if cue.kind == "acc":
            speaker = self._genitive_speaker(toks, ci, floor)
        else:
            speaker = self._subject(unit, ci, floor, cue)
            if cue.kind == "passive" and speaker.name is not None \
                    and (speaker.name.endswith(" পক্ষ") or speaker.mention in _TITLE_WORDS):
                # "ক্লাবের পক্ষ থেকে এক বিবৃতিতে বলা হয়, ‘…’": the one the passive speaks for; "X-এর ‘…’
                # শীর্ষক প্রতিবেদনে বলা হয়েছে, ‘…’": the walk stopped at the document's title, X issued it
                speaker = self._passive_speaker(unit, ci)
            elif cue.kind == "passive" and speaker.mention is not None and _is_genitive(speaker.mention.split()[-1]):
                # "X-এর সই করা বিবৃতিতে বলা হয়, ‘…’": the walk stopped at the document's owner, still in
                # the genitive; the document's issuer speaks
                issuer = self._passive_speaker(unit, ci)
                speaker = issuer if issuer.name else speaker
        return speaker, cue.text, cue.framing, 0.9

    def _speech_noun_before(self, unit: _Unit, j: int) -> tuple[_Speaker, str | None, str, float] | None:
        """"তাঁর প্রশ্ন, ‘এর দায় কে নেবে?’", "তার স্পষ্ট উত্তর, "…"", "রাজার কথা, ‘…’": a noun of what was
        said (token j), owned by a genitive (one or two modifiers between), then a comma and the words:
        the owner said them, however few. (Without an owner, "এখন প্রশ্ন, ‘…’" is the reporter's.)"""
        toks = unit.tokens
        if not toks[j].is_word or toks[j].text not in _QUOTED_SPEECH:
            return None
        g = j - 1
        while g >= 0 and j - g <= MAX_SPEECH_NOUN_MODIFIERS and toks[g].is_word and not _is_genitive(toks[g].text) \
                and not _is_verb_like(toks[g].text) and toks[g].text not in _BREAK:
            g -= 1  # "তাঁর সাফ কথা", "তার স্পষ্ট উত্তর"
        if g < 0 or not toks[g].is_word or not _is_genitive(toks[g].text) or toks[g].ends_name:
            return None  # (a name that only looks like a genitive, আলমগীর, is no owner)
        speaker = self._genitive_speaker(toks, g + 1, _previous_quote(toks, g) + 1)
        if speaker.name is None:
            return None
        if toks[g].text not in _GEN_PRONOUNS and speaker.role is None and speaker.source_type != "group" \
                and self.linker.by_name(speaker.name) is None:
            return None  # "আইনের ব্যাখ্যা, ‘…’", "মঙ্গলবারের বার্তা": no one the article names, no title
        return speaker, toks[j].text, "neutral", 0.8

    def _clause_before_quote(self, unit: _Unit, j: int, qi: int) -> tuple[_Speaker, str | None, str, float] | None:
        """Sports and feature writing set a quotation after a clause about its speaker and a comma:
        "প্রতি ম্যাচকেই শেষ সুযোগ হিসেবে দেখেন রিপন, ‘…’", "২২ বছর বয়সী পেসার … আত্মবিশ্বাস কাজে
        লাগাচ্ছেন, ‘…’". The clause ends in an honorific finite verb, or in one and its subject after
        it; that subject speaks, else the one the clause opens with, else the person the story is
        about (the last speaker or person named, as for তিনি)."""
        toks = unit.tokens
        if len(self.text[toks[qi].start:toks[qi].end].split()) < MIN_SPEECH_WORDS:
            return None  # "…, ‘ভীষণ কঠিন’": a quoted term
        floor = _previous_quote(toks, j) + 1
        if j > floor and _honorific_finite(toks[j - 1]) and _object_or_time_only(toks[j:j + 1]):
            # "মুক্তিযোদ্ধার কোচ দুষেছেন রেফারিকে, ‘…’", "… করলেন কালও, ‘…’": only an object or a time
            # word after the verb; its subject is before it, as when the clause ends in the verb
            return self._subject_before_verb(unit, j - 1, floor) or self._elided_subject(unit, j - 1, floor)
        if toks[j].is_word and not _honorific_finite(toks[j]) and j > floor and _honorific_finite(toks[j - 1]) \
                and toks[j].text not in _NON_SUBJECT and not toks[j].text.endswith("ভাবে"):
            speaker = self._np_speaker(toks, j, j + 1, unit)  # "… দেখেন রিপন, ‘…’"
            return (speaker, None, "neutral", 0.6) if speaker is not None and speaker.name else None
        if not _honorific_finite(toks[j]):
            # "… মাঠে নামতে চান অস্ট্রেলিয়ান অধিনায়ক, ‘…’": a subject of a few words after the verb
            verb = next((v for v in range(j - 2, max(floor, j - MAX_SUBJECT_AFTER_VERB) - 1, -1)
                         if _honorific_finite(toks[v])), None)
            if verb is None:
                # "ডোয়াইন ব্রাভো ভীষণ হতাশ, ‘…’": no verb, a person and how they feel
                stative = self._stative_subject(unit, floor, j) or self._person_closing_clause(unit, floor, j)
                return (stative, None, "neutral", 0.55) if stative is not None else None
            last = j - 1 if toks[j].text in _REFLEXIVES and j - 1 > verb else j  # "… করেছেন সোধি নিজেই, ‘…’"
            if _object_or_time_only(toks[verb + 1:j + 1]):
                # "… এগিয়ে রাখছেন বিগ ব্যাশকে, ‘…’"
                return self._subject_before_verb(unit, verb, floor) or self._elided_subject(unit, verb, floor)
            if toks[verb + 1].text in _NON_SUBJECT or any(
                    not t.is_word or _honorific_finite(t) or _is_verb_like(t.text) and _role_of(t.text) is None
                    or _is_objective(t.text) or _is_locative(t.text) and not t.ends_name for t in toks[verb + 1:last + 1]):
                return None
            speaker = self._np_speaker(toks, verb + 1, last + 1, unit)
            return (speaker, None, "neutral", 0.55) if speaker is not None and speaker.name \
                and speaker.source_type in {"person", "anonymous", "group", "organisation"} else None
        return self._subject_before_verb(unit, j, floor)  # the clause ends in its verb

    def _subject_before_verb(self, unit: _Unit, verb: int, floor: int) -> tuple[_Speaker, str | None, str, float] | None:
        """The speaker of a clause before a quotation whose subject comes before its verb (token
        `verb`): the person or organisation it opens with, else a described subject, else the person
        the story is about."""
        toks = unit.tokens
        opening = self._name_opening_clause(unit, verb, floor)
        if opening is not None:
            return opening, None, "neutral", 0.6
        described = next((r for r in range(floor, verb) if toks[r].is_word and _role_of(toks[r].text)), None)
        # (after the occasion that opens the clause: "ম্যাচ-পরবর্তী সংবাদ সম্মেলনে | মুক্তিযোদ্ধার কোচ …")
        opens = described is not None and all(
            not w.is_word or w.text in _NON_SUBJECT or _is_genitive(w.text)
            for w in toks[_after_leading_setting(toks, floor, verb):_np_start(toks, described, floor)])
        if described is not None and opens:
            # "২২ বছর বয়সী পেসার … লাগাচ্ছেন, ‘…’" (the last person, by the age), "বিএনপির নেতারা বরাবরই বলে
            # এসেছেন, ‘…’" (a group): the described subject
            speaker = self._np_speaker(toks, _np_start(toks, described, floor), described + 1, unit)
            return (speaker, None, "neutral", 0.55) if speaker is not None and speaker.name else None
        if not _about_someone_known(toks, floor, verb):
            return None  # "ইসাবেল জবাব দেন, “…”": a subject the article has not named as an entity
        speaker = self._pronoun("তিনি", toks[verb].start, toks[verb].start)
        if speaker.name is None:
            return None
        return replace(speaker, mention=None, start=None, end=None), None, "neutral", 0.5

    def _elided_subject(self, unit: _Unit, verb: int, floor: int) -> tuple[_Speaker, str | None, str, float] | None:
        """"শুরু থেকেই … প্রশংসা করে আসছেন, করলেন কালও, ‘…’": an honorific verb whose clause names no one
        and gives no title has dropped its subject, the person the story is about (as for তিনি)."""
        toks = unit.tokens
        if any(self.linker.ends_name(t.start, t.end) or t.is_word and _role_of(t.text) for t in toks[floor:verb]):
            return None
        speaker = self._pronoun("তিনি", toks[verb].start, toks[verb].start)
        if speaker.name is None:
            return None
        return replace(speaker, mention=None, start=None, end=None), None, "neutral", 0.5

    def _stative_subject(self, unit: _Unit, floor: int, j: int) -> _Speaker | None:
        """The person a verbless clause before a quotation's comma describes: "ওয়েস্ট ইন্ডিজের অধিনায়ক
        ডোয়াইন ব্রাভো ভীষণ হতাশ, ‘…’", "তিনি নিজেও দারুণ আপ্লুত, ‘…’". The clause opens with a pronoun
        or a person's name, and a few plain words (how they feel) follow it; no verb, object or place."""
        toks = unit.tokens
        if toks[floor].text in _SINGULAR:
            subject_end = floor + 1
            speaker: _Speaker | None = self._pronoun(toks[floor].text, toks[floor].start, toks[floor].end)
        else:
            # the last person named, with only their title before them ("ওয়েস্ট ইন্ডিজের ওয়ানডে অধিনায়ক")
            name_end = _before_bracket(toks, j) - 1 if toks[j].text == ")" else j  # "মামুনুর রহমান (চয়ন)"
            person = next((k for k in range(name_end, floor - 1, -1) if self.linker.person_ending_at(toks[k].end)),
                          None)
            mention = self.linker.person_ending_at(toks[person].end) if person is not None else None
            first = _token_index(toks, mention[0]) if mention is not None else None
            if person is None or first is None:
                return None
            if person == name_end:
                # "টুর্নামেন্টে নিজের পারফরম্যান্সেও খুশি তামিম, ‘…’", "নতুনদের স্বাগত জানাতেও প্রস্তুত বিউটি,
                # ‘…’": how they feel comes first and the name last; no finite verb (an object is an
                # infinitive's)
                speaker = self._np_speaker(toks, first, person + 1, unit)
                if not 0 < first - floor <= MAX_INVERTED_STATE_WORDS or any(
                        not t.is_word or _is_verb_like(t.text) and _role_of(t.text) is None for t in toks[floor:first]) \
                        or speaker is None or speaker.name is None or speaker.plural or speaker.source_type != "person":
                    return None
                return speaker
            if any(not t.is_word or _is_verb_like(t.text) and _role_of(t.text) is None or _is_objective(t.text)
                   for t in toks[floor:first]):
                return None
            subject_end = person + 1
            speaker = self._np_speaker(toks, first, subject_end, unit)
        state = toks[subject_end:j + 1]
        if not 0 < len(state) <= MAX_STATE_WORDS or any(
                not t.is_word or _is_verb_like(t.text) or _is_objective(t.text) or _is_genitive(t.text)
                or _is_locative(t.text) and t.text not in _REFLEXIVES for t in state):
            return None
        if speaker is None or speaker.name is None or speaker.plural or speaker.source_type != "person":
            return None
        return speaker

    def _person_closing_clause(self, unit: _Unit, floor: int, j: int) -> _Speaker | None:
        """Feature writing leaves the verb of saying out when the clause before a quotation's comma
        closes on its speaker's name: "সবকিছু মুছে ফেলে নতুন শুরুর প্রত্যাশায় জাতীয় হকি দলের অধিনায়ক
        মামুনুর রহমান (চয়ন), ‘…’" (a nickname in brackets at most after it), or on the name in the
        genitive when the clause has no verb, the speaker's aim or view ("… হওয়াই পাখির চোখ মামুনুরের,
        ‘…’"). So does the owner of the voice it closes on ("… শোনা গেল … শারমিন আক্তারের (রত্না)
        কণ্ঠে, ‘…’", "তাঁর কণ্ঠে, ‘…’"), and the one a verbless clause about a third person's own aim or
        feeling speaks of ("নতুন বছর নিয়ে তাঁর প্রত্যাশা বেশ উঁচুতেই, ‘…’"). (A name in the objective,
        "… দুষেছেন রেফারিকে", is no speaker.)"""
        toks = unit.tokens
        voice = toks[j].text in _VOICE
        owner = j - 1 if voice else j
        name_end = _before_bracket(toks, owner) - 1 if toks[owner].text == ")" else owner
        if name_end < floor or not toks[name_end].is_word:
            return None
        if voice and toks[name_end].text in _GEN_PRONOUNS or not voice and self._pronoun_owned(toks, floor, j):
            pronoun = next(t for t in toks[floor:j + 1][::-1] if t.text in _GEN_PRONOUNS)
            said = self._pronoun(pronoun.text, pronoun.start, pronoun.end)
            return said if said.name is not None and not said.plural else None
        end = toks[name_end].end
        mention = next((start for start, mention_end, entity in self.linker.within(end - MAX_MENTION_CHARS, end)
                        if mention_end == end and entity.type == "PERSON"), None)
        first = _token_index(toks, mention) if mention is not None else None
        if first is None or first <= floor and not voice:
            return None  # the name alone is no clause about the speaker
        genitive = self.linker.person_ending_at(end) is None or voice
        if genitive and (not _is_genitive(toks[name_end].text) or not voice and any(
                t.is_word and _is_verb_like(t.text) for t in toks[floor:first])):
            return None  # the genitive: the voice's owner, or a verbless clause that "X-এর" closes
        speaker = self._np_speaker(toks, first, name_end + 1, unit, case="genitive" if genitive else None)
        if speaker is None or speaker.name is None or speaker.plural or speaker.source_type != "person":
            return None
        return speaker

    def _pronoun_owned(self, toks: list[_Tok], floor: int, j: int) -> bool:
        """A verbless clause of a few words whose only owner is a third person's genitive pronoun, and
        no one named: "নতুন বছর নিয়ে তাঁর প্রত্যাশা বেশ উঁচুতেই"."""
        words = [t for t in toks[floor:j + 1] if t.is_word]
        owners = [t for t in words if t.text in _GEN_PRONOUNS and t.text not in _PLURAL_GEN]
        return len(owners) == 1 and len(words) <= MAX_INVERTED_STATE_WORDS and not any(
            _is_verb_like(t.text) and t.text not in _COMMON_CONVERBS or self.linker.is_name(t.start)
            or _is_objective(t.text) for t in words)

    def _post_attribution(self, unit: _Unit, qi: int, unit_cues: _CueList) -> tuple[_Speaker, str | None, str, float] | None:
        """‘…’, X বলেন। / ‘…’ বলেন X। / ‘…’ বলে মন্তব্য করেন X। / ‘…’ — X, মুখপাত্র।"""
        toks = unit.tokens
        first = qi
        # labels given in a list share the cue and its subject: "তিনি মুসলিমদের ‘বর্বর’ এবং ‘নিষ্ঠুর’ বলে
        # আখ্যা দিয়েছিলেন"
        while first > 1 and toks[first - 1].text in _LABEL_GLUE and toks[first - 2].is_quote:
            first -= 2
        k = qi + 1
        while k + 1 < len(toks):
            if toks[k].text in _LABEL_GLUE and toks[k + 1].is_quote:
                k += 2
                continue
            # two quotations joined, each with its own object: "সরকারকে "ভারত … এন্ডোর্স করেছে" এবং ওই
            # সরকারকে "… সাহায্য করেছে" বলেও মন্তব্য করেন তিনি"
            nxt = next((j for j in range(k + 2, min(len(toks), k + 2 + MAX_LIST_GAP_WORDS)) if not toks[j].is_word), None)
            if toks[k].text in _LIST_JOINS and nxt is not None and toks[nxt].is_quote \
                    and not any(_is_verb_like(t.text) for t in toks[k + 1:nxt]):
                k = nxt + 1
                continue
            break
        last = k - 1
        while k < len(toks) and toks[k].text in {",", "।", "?", "!"} and k - last <= 2:
            k += 1
        if k >= len(toks):
            return self._attribution_in_next_unit(unit, alone=not any(t.is_word for t in toks[:first]))
        if toks[k].is_quote:
            return None
        if (toks[k].text in _SPACED_DASH or toks[k].text in {"-", ":"}) and not (
                k + 1 < len(toks) and toks[k + 1].text in _SPEECH_VERBS):
            dashed = self._dash_attribution(unit, k + 1)
            if dashed is None and toks[k].text != ":" and k + 1 < len(toks) and not any(t.is_word for t in toks[:first]):
                dashed = self._opening_attribution(unit, k + 1)  # "‘…’ — ফেসবুকে লিখেছেন X"
            return dashed
        if toks[k].text in _SPACED_DASH or toks[k].text in {"-", ":"}:
            k += 1  # "‘…’- বলেন পেজ"
        limit = min(len(toks), k + MAX_POST_ATTRIBUTION_TOKENS)
        for cue in unit_cues.after(toks[k].start):
            ci = _token_index(toks, cue.start)
            if ci is None or ci >= limit:
                break
            between = toks[k:ci]
            # (a colon ends a headline: "আক্কেলপুরে ‘বন্দুকযুদ্ধে’ … নিহত: আমাদের … প্রতিনিধি জানান, …")
            if any(t.is_quote or t.text in _TERMINATORS or t.text in {";", ":"} for t in between):
                break
            bole = [t for t in between if t.text in _BOLE or t.text == "হিসেবে"]
            # "‘…,’ এক বিবৃতিতে বলেন X": only a setting between a quotation that ends its words (a comma
            # or a full stop) and the cue; "'সুষ্ঠু ও অংশগ্রহণমূলক' নির্বাচন আয়োজনের বিষয়ে …" is a term in a phrase
            set_apart = k > last + 1 or self.text[:toks[last].end].rstrip(_CLOSING_MARKS).rstrip()[-1:] in ",।?!"
            requested = _request_content(between, cue)
            # "‘…’, হতাশা প্রকাশ করে বললেন X": how the words were said, no one's clause of its own
            manner = set_apart and _manner_converb(between) and not any(self.linker.is_name(t.start) for t in between)
            if bole:
                # ‘ভীষণ কঠিন’ বলে উল্লেখ করেন তিনি / মাঠকর্মীদের কাজকে তিনি ‘…’ বলে উল্লেখ করেন
                if between[0] is not bole[0] and not _label_with_head(toks, first, between, bole[0]) \
                        or len(between) > 4 or cue.kind not in {"verb", "noun", "passive"}:
                    break
            elif any(_is_verb_like(t.text) and _role_of(t.text) is None for t in between) and not requested \
                    and not manner:
                break
            if cue.kind in {"acc", "cite", "source", "act", "matter"} and not (
                    cue.kind in {"act", "matter"} and set_apart and _is_anaphoric(toks, ci, cue)):
                break  # (but "‘…’—এ কথা বলেন X": the words the object points back at)
            if cue.kind == "passive" and between and not bole:
                break  # "যেটিকে ‘মাইনাস টু’ ফর্মুলা বলা হয়": a name given, not words said
            speaker = None
            setting = manner or set_apart and _setting_only(between) and not any(self.linker.is_name(t.start) for t in between)
            inverted = self._np_after(unit, _token_index(toks, cue.end - 1) or ci, strict=True) \
                if ci > k and set_apart and not bole else None
            if inverted is not None and inverted.name and inverted.named:
                # "“…,” বিবিসি বাংলাকে তারেক রহমান আসার আগে বলছিলেন মি. আহমদ।": a name after the verb, closing
                # the sentence, is its subject; what comes before the verb is the setting
                cue.consumed = True
                return inverted, cue.text, cue.framing, 0.9
            if ci > k and not bole and not setting and not requested:
                span = _np_before(toks, ci, k, self.linker.is_name)
                lead = toks[k:span[0]] if span is not None else between
                if not all(_skippable(t.text) for t in lead if t.is_word) and not (set_apart and _setting_only(lead)):
                    break  # a clause or an object between the quotation and the cue: not its attribution
                speaker = self._np_speaker(toks, span[0], span[1], unit) if span else None
                if span is not None and speaker is None:
                    break  # "‘বিশেষ আদর’ পাওয়ার বিষয়টি উল্লেখ করে …": the quotation is inside the object
            if speaker is None or speaker.name is None:
                after = self._np_after(unit, _token_index(toks, cue.end - 1) or ci)
                if after is not None:
                    speaker = after
            if (speaker is None or speaker.name is None) and not bole and cue.kind == "noun" \
                    and cue.light in _CONVERBS and cue.noun in _REPORTING_CONVERB:
                # "“…” উল্লেখ করে এনসিপি থেকে পদত্যাগ করেছেন দলটির একজন কেন্দ্রীয় নেতা"
                speaker = self._main_clause_subject(unit, _token_index(toks, cue.end - 1) or ci)
            if (speaker is None or speaker.name is None) and not bole and cue.kind == "noun" and cue.light in _CONVERBS:
                speaker = self._labeller(unit, cue, unit_cues) or speaker
            if (speaker is None or speaker.name is None) and bole:
                speaker = self._subject(unit, first, _previous_quote(toks, first) + 1, cue)
            if (speaker is None or speaker.name is None) and ci == k and not set_apart:
                # a quoted term right before a cue is its object: the name that opens the clause gives it
                # ("… মুখপাত্র রণধীর জয়সোয়াল … ‘২৯০০টি সহিংস ঘটনার’ অভিযোগ করেন")
                floor = _previous_quote(toks, first) + 1
                speaker = self._name_opening_clause(unit, first, floor) or self._pronoun_subject_of_term(unit, first, floor)
            if cue.kind == "passive":
                speaker = self._passive_speaker(unit, ci)
            if speaker is None:
                speaker = self._implicit_subject(toks[ci].start)
            # (the cue is taken only now: one left when a clause or an object stands between it and the
            # quotation reports that clause, "নির্বাচন বানচালকারীদের ‘উপযুক্ত শিক্ষা’ দেওয়ার জন্য … আহ্বান জানান")
            cue.consumed = True
            cue_text = cue.text if not bole else "বলে " + cue.text
            return speaker, cue_text, cue.framing, 0.9
        return None

    def _pronoun_subject_of_term(self, unit: _Unit, first: int, floor: int) -> _Speaker | None:
        """"ফেসবুকে পোস্ট দিয়ে তিনি নাহিদ ইসলামের বিরুদ্ধে ‘…’ অভিযোগ করেন": the quoted term is the
        object of the cue, and the walk from its opening mark, over whom it is against, finds the
        pronoun subject; only a personal pronoun, resolved, is taken (a plain phrase there is the
        object's owner or a setting)."""
        speaker = self._walked_subject(unit, first, floor, None)
        if speaker.mention in _PERSONAL_PRONOUNS and speaker.name is not None:
            return speaker
        return None

    def _labeller(self, unit: _Unit, cue: _Cue, unit_cues: _CueList) -> _Speaker | None:
        """"এই সম্প্রসারণকে ‘ঐতিহাসিক’ আখ্যা দিয়ে তথ্যমন্ত্রী বলেছেন, …", "… ‘ঐতিহাসিক’ আখ্যা দিয়ে তিনি
        বলেন, …": a label given with a naming converb is given by the subject of the speech verb the
        converb leads to (not by another verb's: "… ‘ভারতপন্থি’ আখ্যা দিয়ে অমানবিক করে তুলছে"); so are
        words said in the manner a converb tells ("‘…’, আক্ষেপ করে বলেন X", "‘…’, ক্ষোভ প্রকাশ করে বলেন X")."""
        main = self._later_cue(unit_cues, cue)
        if main is None or main.kind != "verb" or not self._main_cue_follows(cue, main):
            return None
        toks = unit.tokens
        ce, mi = _token_index(toks, cue.end - 1), _token_index(toks, main.start)
        if ce is None or mi is None:
            return None
        if mi > ce + 1:
            speaker = self._subject(unit, mi, ce + 1, main)
        else:  # "… আখ্যা দিয়ে বলেন তথ্যমন্ত্রী": the subject after the verb
            speaker = self._np_after(unit, _token_index(toks, main.end - 1) or mi, strict=True) or _NO_SPEAKER
        return speaker if speaker.name is not None else None

    def _attribution_in_next_unit(self, unit: _Unit, *, alone: bool) -> tuple[_Speaker, str | None, str, float] | None:
        """‘…।’ —আরিফ হোসেন খান, … / ‘…।’ বলেন তিনি।: the attribution after a quotation that ended
        its sentence. A quotation that is its sentence (`alone`) also takes a cue that opens the next one
        after বলে, a back-pointing object or a setting: see `_opening_attribution`."""
        if unit.index + 1 >= len(self.units):
            return None
        nxt = self.units[unit.index + 1]
        if nxt.start - unit.end > 3:
            return None
        toks = nxt.tokens
        k = 1 if toks and (toks[0].text in _DASHES or alone and toks[0].text == ",") else 0
        if k < len(toks) and toks[k].text in _SPEECH_VERBS:
            # "‘…।’ বলেন তিনি।", "‘…।’—বললেন সাব্বির আহমেদ।"
            speaker = self._np_after(nxt, k, strict=True)
            if speaker is not None and speaker.name is not None or speaker is not None and speaker.mention:
                return speaker, toks[k].text, "neutral", 0.85
        if k and toks[0].text != ",":
            dashed = self._dash_attribution(nxt, 1)
            if dashed is not None:
                return dashed
        return self._opening_attribution(nxt, k) if alone and k < len(toks) else None

    def _opening_attribution(self, unit: _Unit, k: int) -> tuple[_Speaker, str | None, str, float] | None:
        """"‘…।’ বলেও মন্তব্য করেন তিনি।", "‘…।’, যোগ করেন তিনি।", "‘…।’ এ কথা বলেন X।", "‘…।’ — ফেসবুকে
        লিখেছেন X।": a sentence that opens with its cue (after বলে, an object pointing back, an addressee
        or a setting at most) and closes with its subject after the cue says who spoke the quotation
        that was the sentence before; so does such a clause after a dash in the quotation's own sentence
        ("‘…’ — ফেসবুকে লিখেছেন X।"). The clause starts at token k. (Not a cue with a comma after its
        subject, "জবাবে বলেন X, …", nor a converb's, "উল্লেখ করে তিনি বলেন": they open new speech; nor
        one after a clause of its own, "‘…’—জানতে চাইলে ওই নেতা বলেন", "‘…’—কোচ যখন … বলেন তখন …".)"""
        toks = unit.tokens
        cue = next((c for c in self._cues_after(toks[k].start - 1) if c.start < unit.end), None)
        if cue is None or cue.consumed:
            return None
        ci, ce = _token_index(toks, cue.start), _token_index(toks, cue.end - 1)
        if ci is None or ce is None or ci - k > MAX_OPENING_LEAD_WORDS:
            return None
        lead = toks[k:ci]
        if any(not t.is_word for t in lead) or cue.kind == "noun" and cue.light in _CONVERBS:
            return None
        bole = bool(lead) and lead[0].text in _BOLE
        rest = lead[1:] if bole else lead
        anaphoric = _is_anaphoric(toks, ci, cue)
        if cue.kind not in {"verb", "noun"} and not anaphoric:
            return None
        speaker: _Speaker | None = None
        if _setting_lead(rest):
            speaker = self._np_after(unit, ce, strict=True)
        elif anaphoric and not bole and ce + 1 < len(toks) and toks[ce + 1].text in _TERMINATORS:
            # "‘…।’ প্রতিমন্ত্রী নসরুল হামিদ এ কথা বলেন।": the object points back, so a subject before the
            # verb says who spoke too (after a setting at most)
            j = ci
            while j > k and (toks[j - 1].text in _ANA_DET or toks[j - 1].text in _ANA_OBJ or toks[j - 1].text in _ANA_ALONE):
                j -= 1
            span = _np_before(toks, j, k, self.linker.is_name)
            if span is not None and _setting_lead(toks[k:span[0]]):
                speaker = self._np_speaker(toks, span[0], span[1], unit)
        if speaker is None or speaker.name is None and not speaker.mention:
            return None
        cue.consumed = True
        return speaker, "বলে " + cue.text if bole else cue.text, cue.framing, 0.85

    def _dash_attribution(self, unit: _Unit, k: int) -> tuple[_Speaker, str | None, str, float] | None:
        """‘…’ —আরিফ হোসেন খান, বাংলাদেশ ব্যাংকের নির্বাহী পরিচালক ও মুখপাত্র; ‘…’ - মির্জা গালিবের উক্তি
        (a name's saying, after the dash)."""
        toks = unit.tokens
        said = self._saying_of(toks, k)
        if said is not None:
            return said, "—", "neutral", 0.8
        j = k
        while j < len(toks) and toks[j].is_word and j - k < 6:
            j += 1
        if j < len(toks) and toks[j].text not in {",", "।", ";"} | _TERMINATORS:
            run_end = self._titled_name_run_end(toks, k)
            if run_end is None:
                return None
            j = run_end
        if j == k:
            return None
        if any(_is_verb_like(t.text) or _is_locative(t.text) or t.text in _BREAK for t in toks[k:j]):
            return None
        speaker = self._np_speaker(toks, k, j, unit)
        if speaker is None or speaker.name is None:
            return None
        if j < len(toks) and toks[j].text == ",":
            end = j + 1
            while end < len(toks) and toks[end].is_word and end - j < 10:
                end += 1
            role = _split_role([t.text for t in toks[j + 1:end]])
            if role[1]:
                speaker.role = role[1]
                speaker.affiliation = speaker.affiliation or role[2]
        return speaker, "—", "neutral", 0.8

    def _saying_of(self, toks: list[_Tok], k: int) -> _Speaker | None:
        """"‘…’ - মির্জা গালিবের উক্তি নিশ্চয়ই মনে আছে": a named person's genitive and a noun of what
        was said open the words after the dash; the person said the quotation."""
        noun = next((i for i in range(k + 1, min(len(toks), k + MAX_TITLE_BEFORE_NAME + 1))
                     if toks[i].is_word and toks[i].text in _SAYINGS), None)
        if noun is None or not _is_genitive(toks[noun - 1].text) or not self.linker.is_name(toks[k].start):
            return None
        speaker = self._genitive_speaker(toks, noun, k)
        return speaker if speaker.name is not None and speaker.source_type == "person" else None

    def _titled_name_run_end(self, toks: list[_Tok], k: int) -> int | None:
        """A pull quote's credit with no punctuation after it (the layout's line break lost): "‘…’
        —অর্থনীতিবিদ ও জাহাঙ্গীরনগর বিশ্ববিদ্যালয়ের সাবেক উপাচার্য ড. আব্দুল বায়েস অর্থনীতিবিদ ও …". Titles and
        their owners, then a person's name: the credit ends with the name (the index after it)."""
        for j in range(k, min(len(toks), k + MAX_TITLE_BEFORE_NAME + MAX_JOINED_TITLE_WORDS)):
            tok = toks[j]
            mention = self.linker.person_ending_at(tok.end)
            first = _token_index(toks, mention[0]) if mention is not None else None
            if first is not None and first >= k and any(_role_of(t.text) for t in toks[k:first]):
                return j + 1
            if not tok.is_word and tok.text != "." or _is_verb_like(tok.text) or _is_locative(tok.text) \
                    or tok.text in _BREAK:
                return None
        return None

    def _continuation(self, unit: _Unit, qi: int, mark: _Marked) -> tuple[_Speaker, str | None, str, float] | None:
        """A quotation right after another one ("“A,” X বলেন। “B”", ‘A’ ‘B’) has its speaker."""
        if not self.found:
            return None
        last = self.found[-1]
        if last.kind != "direct" or last.end > mark.open:
            return None
        gap = self.masked[last.end + 1:mark.open]
        # only punctuation and the previous quote's own attribution may stand between
        gap_words = _words(gap)
        if len(gap_words) > 12 or any(w in _PERSONAL_PRONOUNS for w in gap_words[:1]) and len(gap_words) > 3:
            return None
        words = len(self.text[mark.start:mark.end].split())
        if words < MIN_UNCUED_WORDS and self.text[mark.start:mark.end].rstrip()[-1:] not in _TERMINATORS:
            after = unit.tokens[qi + 1] if qi + 1 < len(unit.tokens) else None
            if after is not None and after.is_word:
                return None  # "…ঘুরত।’ ‘জেবু’ পোষা সাইবেরিয়ান প্রজাতির, …": a quoted name inside a sentence
        if gap_words:
            if last.cue is None:
                return None
            tail = self.masked[last.end:mark.open]
            if _CUE_RE.search(tail) is None or unit.index - self._unit_index(last.end) > 1:
                return None
        return last.speaker, last.cue, last.framing, 0.8

    def _inside_reported(self, mark: _Marked) -> tuple[_Speaker, str | None, str, float] | None:
        """A quotation inside reported speech (ইইউ "… সংহতি প্রকাশ করে।") is the reported speaker's."""
        words = len(self.text[mark.start:mark.end].split())
        for found in reversed(self.found[-3:]):
            if found.kind == "indirect" and found.start <= mark.open and mark.close <= found.end + 1:
                if words < 2 and not _closing_predicate(self.text, mark):
                    return None  # a single quoted word (আর কোনো ‘সিনিয়র’ কোটা) is the reporter's term
                if words < MIN_UNCUED_WORDS and _holds_a_view(found.cue):
                    return None  # a view summed up (X-এর মতে, … ‘নৈতিক বিকল্প শক্তি’): the reporter's term
                if words < MIN_UNCUED_WORDS and _FIRST_PERSON.search(self.text[found.start:found.end]):
                    return None  # speech given word for word: its quoted words (‘হ্যাঁ’ বলি) are mentions
                if found.speaker.name:
                    return found.speaker, found.cue, found.framing, 0.7
        return None

    def _closing_reported_clause(self, unit: _Unit, qi: int, mark: _Marked,
                                 unit_cues: _CueList) -> tuple[_Speaker, str | None, str, float] | None:
        """A quotation that ends a reported clause of a few words, too short to be reported speech of its
        own: "মহাসচিব বলেন, এই সরকার ‘অবৈধ’।", "অ্যামনেস্টি উদ্বেগ প্রকাশ করেছে যে তার ‘ন্যায্য বিচারের
        অধিকারকে সম্মান করা হয়নি।’" The quoted words are what the cue's subject said."""
        toks = unit.tokens
        if any(t.text not in _TERMINATORS for t in toks[qi + 1:]):
            return None  # words go on after it: a term in the clause, not its closing words
        j = qi - 1
        while j >= 0 and toks[j].is_word and toks[j].text != "যে" and qi - 1 - j < MAX_COMPLEMENT_WORDS:
            j -= 1
        if j < 1 or toks[j].text not in {",", "যে"} or j == qi - 1:
            return None
        sep = j
        if toks[sep].text == "," and toks[sep - 1].text == "যে":
            sep -= 1  # "বলেন যে, তার ‘…’"
        cue = unit_cues.ending_at(toks[sep - 1].end)
        if cue is None or cue.kind not in {"verb", "noun"} or cue.light in _CONVERBS:
            return None
        if len(self.text[mark.start:mark.end].split()) < 2 and not _closing_predicate(self.text, mark):
            return None
        ci = _token_index(toks, cue.start)
        if ci is None:
            return None
        cue.consumed = True
        return self._subject(unit, ci, _previous_quote(toks, ci) + 1, cue), cue.text, cue.framing, 0.7

    def _after_reported(self, mark: _Marked) -> tuple[_Speaker, str | None, str, float] | None:
        """A quotation that closes a reported clause's sentence after its comma is the reported
        speaker's: "X বলেন যে তিনি … জানতে পেরেছেন, "ওরা তিনজন …"" (`_before_closing_quotation`)."""
        found = self.found[-1] if self.found else None
        if found is not None and found.kind == "indirect" and found.speaker.name and found.end <= mark.open \
                and self.text[found.end:mark.open].strip() in {",", ":"}:
            return found.speaker, found.cue, found.framing, 0.7
        return None

    def _fallback(self, offset: int) -> tuple[_Speaker, str | None, str, float] | None:
        """A long uncued quotation goes to the last speaker when that one spoke just before, or to
        the person the sentence before introduced ("… দেখছেন অধ্যাপক সাহাব এনাম খান। “…”")."""
        last = next(((f.end, f.speaker) for f in reversed(self.found) if f.end <= offset and f.speaker.name), None)
        intro = next(((at, sp) for at, sp in reversed(self.introduced) if at <= offset), None)
        if intro is not None and (last is None or intro[0] > last[0]):
            last = intro
        if last is not None and self._unit_index(offset) - self._unit_index(last[0]) <= 2:
            return replace(last[1], mention=None, start=None, end=None, resolved=True), None, "neutral", 0.45
        return _NO_SPEAKER, None, "neutral", 0.4


def _set_after_clause(text: str, mark: _Marked) -> bool:
    """Is the quotation set after a comma or colon with words before it ("… বলেন, ‘…", "… দেখছেন না,
    ‘…"), the way someone's words are introduced? (The words are taken for a clause: what they are is
    not looked at.)"""
    before = text[:mark.open].rstrip()
    return before[-1:] in {",", ":"} and bool(before[:-1].rstrip())


def _list_runs(unit: _Unit) -> tuple[list[int], list[int]]:
    """For each token of the unit, where the run of quotations and list glue (‘…’, ‘…’ ও ‘…’) reaching
    back to just before it starts, and where the run from it on ends (the first token from it on that
    is neither; for the index just past the last token, that index): what `_chant` walks to, from
    every mark of a list of slogans."""
    if unit.list_runs is None:
        toks = unit.tokens
        in_run = [t.is_quote or t.text in _LIST_GLUE for t in toks]
        starts = [0] * len(toks)
        for i in range(1, len(toks)):
            starts[i] = starts[i - 1] if in_run[i - 1] else i
        ends = [len(toks)] * (len(toks) + 1)
        for i in range(len(toks) - 1, -1, -1):
            ends[i] = ends[i + 1] if in_run[i] else i
        unit.list_runs = starts, ends
    return unit.list_runs
