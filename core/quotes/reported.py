"""The reader of one article (`_Extractor`): units (`_Unit`, sentences merged across quotation
marks), cues, direct and reported quotes, reported speech continued over sentences, speakers resolved
through pronouns and bare titles, and the `Quote` records. What it asks of words, phrases and
clauses is in the modules it imports.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from core.lexicon import speech as lx
from core.models import Entity, Quote, Span
from core.quotes.clauses import (
    _ABSENT,
    _ADDRESSED_YOU,
    _ADDRESSEE_POSTPOSITIONS,
    _AGAINST,
    _ASKED_RE,
    _ATTENDANCE_MARKERS,
    _BOLE_RE,
    _CLOSING_MARKS,
    _CONJUNCTIONS,
    _CORRELATIVE_PRONOUNS,
    _COUNTED_GROUP_OPENERS,
    _CREDIT_LINE,
    _DATA_SUBJECTS,
    _DOCUMENT_STEMS,
    _FINITE_BEFORE_AND,
    _FIRST_PERSON_OWNERS,
    _FIRST_PERSON_WORDS,
    _FURTHER_RE,
    _HABITUAL_NAMING,
    _IN_THEIR_WORDS,
    _INFINITIVES,
    _MATTERS,
    _MODAL_CLOSINGS,
    _NEGATIONS,
    _NOT_REPORTING_BEFORE_PASSIVE,
    _OBJECT_DETERMINERS,
    _PASSIVE_REQUESTS,
    _POSTPOSITIONS_AFTER_NOUN,
    _PREDICATE_CLOSERS,
    _REPORTER_FINDS,
    _REPORTER_SEES,
    _REQUESTS,
    _RULE_NOUNS,
    _SPACE_BEFORE_STOP,
    _THINGS,
    _THIS_WAY,
    _VOICED_REQUESTS,
    MAX_COUNTED_GROUP_WORDS,
    _accuses_someone,
    _addressed_comma,
    _addressee,
    _after_dateline,
    _after_leading_setting,
    _aside_end,
    _asks_someone,
    _before_bracket,
    _before_closing_quotation,
    _before_object_converb,
    _bole_before,
    _bole_before_subject,
    _called_he_or_she,
    _clause_after_noun_cue,
    _clause_before_cue_noun,
    _clause_floor,
    _closes_on_pointer,
    _closing_future,
    _closing_predicate,
    _comma_before,
    _conditional,
    _content_floor,
    _content_start,
    _counted_people,
    _dash_before_words_pointed_at,
    _dated_past_event,
    _day_genitive,
    _embedded_question,
    _first_person_verb,
    _glued_particle,
    _headline,
    _holds_a_view,
    _holds_clause,
    _introduces_content,
    _is_anaphoric,
    _is_statement,
    _is_title,
    _label_with_head,
    _last_word_index,
    _manner_converb,
    _mask,
    _mostly_quote,
    _named_before,
    _named_term,
    _names_a_day,
    _names_a_thing,
    _names_object,
    _narrates,
    _narrates_before_pointer,
    _nominal_end,
    _one_clause,
    _opener_before,
    _own_voice,
    _past_closing,
    _plain_modifier,
    _pointing_object,
    _previous_quote,
    _relative_clause_before,
    _request_content,
    _request_end,
    _resumed_clause_end,
    _resumes_content,
    _said_thing_only,
    _setting_lead,
    _setting_only,
    _skippable,
    _token_index,
    _topic_said_after,
    _trim,
    _words,
)
from core.quotes.linking import _EntityLinker, _talk_opens
from core.quotes.marks import _TERMINATOR_RE, _Marked, _pair_marks, _rstrip_at
from core.quotes.phrases import (
    _ADVERBS_IN_R,
    _AGENT_SUFFIXES,
    _APART_FROM,
    _CORRELATIVES,
    _HEADS_OF_STATE,
    _ISSUED_PARTICIPLES,
    _ISSUING,
    _LEARNT,
    _MAIN_CLAUSE_ADVERBS,
    _MEDIA_RE,
    _ORG_RE,
    _OTHER_OWNER_WORDS,
    _QUANTIFIERS,
    _QUOTED_STATEMENTS,
    _SAYINGS,
    _SUBJECT_ADVERBS,
    _TOLD_RE,
    _TOP_OFFICES,
    _WORDS_RE,
    _about_someone_known,
    _after_told_clause,
    _anaphoric_owner,
    _anonymous_prefix,
    _body_of_kind,
    _body_of_opinion,
    _body_words,
    _clean_name,
    _compatible,
    _describes_person,
    _explicator_end,
    _finite,
    _first_of_name,
    _fuller_name,
    _genitive_of,
    _genitive_phrase_start,
    _honorific_finite,
    _is_age_descriptor,
    _is_demonstrative_org,
    _is_epithet,
    _is_plural_phrase,
    _is_relation,
    _is_verbal_noun_genitive,
    _last_conjunct_owner,
    _name_keys,
    _names_view_holders,
    _np_before,
    _np_start,
    _object_or_time_only,
    _org_like,
    _owner,
    _parenthetical,
    _phrase_type,
    _plural_name,
    _plural_of_bodies,
    _plural_subject,
    _pointing_owner,
    _possessor_cut,
    _post_beside_relation,
    _post_np,
    _same_role,
    _sets_the_scene,
    _split_role,
    _subordinate_clause,
    _subunit_parent,
    _title_after_owner,
    _title_noun,
    _titles_carried,
    _topic_only,
    _without_age,
    _without_parentheses,
)
from core.quotes.records import _INDEFINITE_OPENERS, _NO_SPEAKER, _Cue, _CueList, _Found, _Speaker
from core.quotes.tokens import (
    _NAMES_LIKE_OBJECTIVES,
    _ONE,
    _PRESS_EVENTS,
    _document_modifiers_start,
    _document_nominative,
    _has_words,
    _is_address,
    _is_adjective,
    _is_genitive,
    _is_locative,
    _is_objective,
    _is_predicate,
    _is_verb_like,
    _narrative_verb,
    _no_subject_word,
    _org_word,
    _particle_base,
    _role_base,
    _role_of,
    _squash,
    _strip_case,
    _strip_genitive,
    _Tok,
    _tokenize,
    _without_genitive_ending,
)
from core.quotes.tunables import (
    _CLAUSE_PUNCTUATION,
    _LETTERS,
    _MASK,
    _REFLEXIVES,
    _TITLE_SETTINGS,
    HISTORY_LOOKBACK,
    MAX_ANAPHORA_CHARS,
    MAX_BARE_NAME_WORDS,
    MAX_COMPLEMENT_WORDS,
    MAX_CONTINUATION,
    MAX_CONTINUATION_UNNAMED,
    MAX_CONVERB_GAP_CHARS,
    MAX_GLOSSED_TERM_WORDS,
    MAX_INDIRECT_CHARS,
    MAX_INVERTED_STATE_WORDS,
    MAX_JOINED_TITLE_WORDS,
    MAX_LIST_GAP_WORDS,
    MAX_MENTION_CHARS,
    MAX_NP_WORDS,
    MAX_OPENING_LEAD_WORDS,
    MAX_POINTER_TO_TITLE_WORDS,
    MAX_POST_ATTRIBUTION_TOKENS,
    MAX_SPEECH_NOUN_MODIFIERS,
    MAX_STATE_WORDS,
    MAX_SUBJECT_AFTER_VERB,
    MAX_TITLE_BEFORE_NAME,
    MAX_VIEW_CONTINUATION,
    MIN_BARE_NAME_WORDS,
    MIN_LISTED_PEOPLE,
    MIN_PLAIN_CLAUSE_WORDS,
    MIN_SPEECH_WORDS,
    MIN_UNCUED_WORDS,
)
from core.quotes.vocabulary import (
    _ACCORDING_NO_COMMA,
    _ACRONYM,
    _ADDRESS,
    _AGAIN,
    _AGE,
    _ALLEGATION,
    _ANA_ALONE,
    _ANA_DET,
    _ANA_OBJ,
    _ANNOUNCING_PASSIVE,
    _BEFORE_DOCUMENT,
    _BOLE,
    _BREAK,
    _CALL_TO_ACTION,
    _CHANT_DETERMINERS,
    _CHANT_NOUNS,
    _CHANT_VERBS,
    _COMITATIVE,
    _COMMON_CONVERBS,
    _CONDITIONAL_VERBS,
    _CONFIRMED_MATTERS,
    _CONNECTORS,
    _CONVERBS,
    _COPULAS,
    _COUNTED,
    _COUNTED_OR_TOLD,
    _CUE_NOUNS,
    _CUE_RE,
    _DASHES,
    _DATA_ACCORDING_TO,
    _DATA_MODIFIERS,
    _DATELINE_SENTENCE,
    _DEMONSTRATIVES,
    _DETERMINERS,
    _DISMISSING,
    _DOCUMENTS,
    _ET_AL,
    _EVENT_NOUNS,
    _EVENT_TIME_WORDS,
    _EVENTS,
    _FIRST_PERSON,
    _FIRST_PERSON_PERFECT,
    _GEN_PRONOUNS,
    _GROUP_DETERMINERS,
    _GROUP_SUBJECTS,
    _GROUPS_ALONE,
    _HEADLINE,
    _IN_IT,
    _INDEFINITE,
    _INDEFINITE_GENITIVES,
    _INFERENCE_NOUNS,
    _INFORMATION,
    _ISSUED_RULES,
    _KORA_ONLY,
    _LABEL_GLUE,
    _LEARNT_FROM_HEADS,
    _LETTERS_GOING_ON,
    _LIGHT_VERBS,
    _LIST_GLUE,
    _LIST_JOINS,
    _MARKUP,
    _NAME_LIKE_ROLES,
    _NAMING_NOUNS_CUE,
    _NARRATIVE_OPENER_RE,
    _NEWS_STORY,
    _NOMINAL,
    _NON_SUBJECT,
    _NOT_SOURCES,
    _PAPER_DESCRIPTIONS,
    _PART_MODIFIERS,
    _PARTICIPLES,
    _PARTITIVES,
    _PARTS,
    _PLACE_ADVERBS,
    _PLATFORM_WORDS,
    _PLATFORMS,
    _PLURAL,
    _PLURAL_GEN,
    _PRESS,
    _QUOTED_SPEECH,
    _RELATIVE,
    _REPORTING_CONVERB,
    _REQUEST_CONVERB_NOUNS,
    _REQUEST_CONVERBS,
    _ROLE_MODIFIERS,
    _RUN_ON,
    _SINGULAR,
    _SOURCE_NOUNS,
    _SPACED_DASH,
    _SPEAKING_ACTS,
    _SPEECH_VERBS,
    _STANDALONE_GROUPS,
    _STORY_PLACES,
    _STORY_WORDS,
    _SUBJECT_PRONOUNS,
    _TALKED_WITH,
    _TALKED_WITH_POSTPOSITIONS,
    _TERMINATORS,
    _THIRD_PERSON_WORDS,
    _TIME_OPENERS,
    _TRAILING_ADVERBS,
    _VERBAL_NOUN_ENDINGS,
    _VOICE,
    _WISH_OPENERS,
    _WISHING,
    _WITH_WORDS,
    _WRITING_VERBS,
    MAX_INTRODUCED_WORDS,
    MAX_LISTED_GAP_WORDS,
    MAX_PART_WORDS,
    PRESS_CREDIT_UNITS,
    _setting_end,
    _speaker_like,
    _without_particle,
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

    @property
    def tokens(self) -> list[_Tok]:
        if self._tokens is None:
            self._tokens = _tokenize(self.masked, self.start, self.end)
            if self.linker is not None:
                self.linker.mark(self._tokens)
        return self._tokens


class _Extractor:
    """One article: pairs marks, reads units left to right, resolves and links speakers."""

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

    # -- setup ---------------------------------------------------------------------------------

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

    # -- main loop -----------------------------------------------------------------------------

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

    # -- direct quotes -------------------------------------------------------------------------

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
        if attribution is None and words >= MIN_UNCUED_WORDS and mark.closed:
            attribution = self._fallback(mark.open)
        if attribution is None:
            return
        speaker, cue, framing, confidence = attribution
        if not mark.closed:
            confidence *= 0.7
        self._add(mark.start, mark.end, "direct", speaker, cue, framing, confidence, "direct")

    def _generally_called(self, unit: _Unit | None, mark: _Marked) -> bool:
        """"এলডিএলকে 'ব্যাড কোলেস্টেরল' বলে বিবেচনা করা হয়", "এই অগ্রগতিকে ‘উন্নয়ন বিস্ময়’ বলে আখ্যায়িত করা
        হয়": what a thing is generally called, in the habitual passive with no one to say it (no statement
        or report in the sentence, "বিবৃতিতে … ‘…’ বলে উল্লেখ করা হয়"), is a term, not anyone's words."""
        if not mark.closed or _HABITUAL_NAMING.match(self.text, mark.close + 1) is None:
            return False
        before = self.text[unit.start if unit is not None else mark.open:mark.open]
        return not any(word.startswith(_DOCUMENT_STEMS) for word in _words(before))

    def _chant(self, unit: _Unit, qi: int) -> tuple[_Speaker, str | None, str, float] | None:
        """Slogans chanted by someone are their utterances: "আন্দোলনকারীরা ‘আমার ভাই কবরে, খুনি কেন
        বাইরে’, ‘দিল্লি না ঢাকা’সহ নানা স্লোগান দিচ্ছেন।" A slogan used as a name (‘…’ স্লোগানে মুখরিত,
        ‘…’ স্লোগান দেওয়া হয়, with nobody chanting) is not."""
        toks = unit.tokens
        k = qi + 1
        while k < len(toks) and (toks[k].is_quote or toks[k].text in _LIST_GLUE):
            k += 1
        while k < len(toks) and toks[k].text in _CHANT_DETERMINERS:
            k += 1
        if k + 1 >= len(toks) or toks[k].text not in _CHANT_NOUNS or toks[k + 1].text not in _CHANT_VERBS:
            return None
        first = qi
        while first > 0 and (toks[first - 1].is_quote or toks[first - 1].text in _LIST_GLUE):
            first -= 1
        while not toks[first].is_quote:
            first += 1
        speaker = None
        before = toks[first - 1] if first > 0 else None
        if before is not None and before.is_word and _is_objective(before.text):
            # "তাদেরকে ‘…’ স্লোগান দিতে দেখা যায়": the ones seen chanting
            if before.text.startswith(("তাদের", "তাঁদের")):
                speaker = self._pronoun("তারা", before.start, before.end)
            elif before.text in {"তাকে", "তাঁকে"}:
                speaker = self._pronoun("তিনি", before.start, before.end)
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
            if cue.kind == "passive" and speaker.name is not None and speaker.name.endswith(" পক্ষ"):
                # "ক্লাবের পক্ষ থেকে এক বিবৃতিতে বলা হয়, ‘…’": the one the passive speaks for
                speaker = self._passive_speaker(unit, ci)
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
                speaker = self._name_opening_clause(unit, first, _previous_quote(toks, first) + 1)
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
        if len(gap_words) > 12 or any(w in _SINGULAR | _PLURAL for w in gap_words[:1]) and len(gap_words) > 3:
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

    def _sentence_before(self, offset: int) -> _Unit | None:
        """The sentence (unit) right before the one at `offset`, or None at the article's start."""
        index = self._unit_index(offset)
        return self.units[index - 1] if index > 0 else None

    def _unit_index(self, offset: int) -> int:
        u = self._unit_at(min(max(offset, 0), len(self.text) - 1))
        return u.index if u else 0

    # -- reported speech -----------------------------------------------------------------------

    def _reported(self, unit: _Unit, cue: _Cue, unit_cues: _CueList) -> None:
        toks = unit.tokens
        ci = _token_index(toks, cue.start)
        ce = _token_index(toks, cue.end - 1)
        if ci is None or ce is None or self._claimed(cue.start):
            return
        if cue.kind == "verb" and any(t.text in _ADDRESSED_YOU for t in toks[max(_clause_floor(toks, ci), ci - 3):ci]):
            return  # "আপনি কি কিছু বললেন?": a question put to someone inside the story, not a report
        if _conditional(toks, ci, ce):
            return  # "যদি কেউ … আনুগত্য ঘোষণা করেন, তাহলে …": a condition, nobody's words
        if cue.noun in _INFERENCE_NOUNS and self._inanimate_subject(unit, ci):
            return  # "এই ঘটনা প্রশ্ন তুলেছে যে …", "এটিও ইঙ্গিত দেয় যে …": the reporter's inference
        if cue.kind == "acc":
            self._according_to(unit, cue, ci, ce)
            return
        if cue.kind == "cite":
            self._citing(unit, cue, ci, ce, unit_cues)
            return
        if cue.kind == "view":
            # "… তীব্র প্রতিক্রিয়ার কারণ হিসেবে দেখছেন বিশ্লেষকদের অনেকে": হিসেবে marks the view like বলে, when
            # the one who sees it so is named after the verb ("পুলিশ ঘটনাটিকে হত্যাকাণ্ড হিসেবে দেখছে" is
            # how a case is treated, not a view voiced)
            if ci > 0 and self._np_after(unit, ce) is not None:
                self._bole(unit, cue, ci - 1, ci, ce)
            return
        # quotative "বলে" before the cue: "... বলে মন্তব্য করেন X"
        bi = _bole_before(toks, ci)
        if bi is None:
            bi = _bole_before_subject(toks, ci)
        if bi is not None:
            found_before = len(self.found)
            self._bole(unit, cue, bi, ci, ce)
            if _resumes_content(toks, bi, ci) and len(self.found) > found_before:
                # "“…” দেশের অর্থনীতি … পার করছে, এ কথা বলেন X": as with "এ কথা বলেন X" alone, the
                # uncued quotation just before is X's too
                self._give_uncued_quotation(unit, self.found[-1].speaker, cue.text)
            return
        dash = _dash_before_words_pointed_at(toks, ci, cue)
        if dash is not None:
            self._dash_content(unit, cue, ci, ce, dash)
            return
        if _is_anaphoric(toks, ci, cue):
            self._anaphoric(unit, cue, ci, ce)
            return
        if cue.kind == "matter" and self._matter(unit, cue, ci, ce, unit_cues):
            return
        if cue.kind in {"act", "matter"}:
            # "বক্তব্য দেন X", "একই সুরে কথা বলেছেন রিকশাচালক মনির হোসেন": a speaker, no content
            speaker = self._np_after(unit, ce, strict=True) or self._subject(unit, ci, _clause_floor(toks, ci), None)
            if speaker.mention and _is_genitive(speaker.mention.split()[-1]) and not speaker.resolved \
                    and not self._talked_with(speaker):
                return  # "… তাদের সাথে চুক্তিভঙ্গের কথা উল্লেখ করেছেন": the genitive is what is talked about
            self._remember(speaker, toks[ci].start)
            if speaker.name is not None:
                unit.claimed = True  # an attribution sentence: "এ কথা বলেন" after it does not reach over it
            return
        if cue.kind == "noun" and cue.light in _CONVERBS and (
                self._later_cue(unit_cues, cue) or cue.noun in _REPORTING_CONVERB and ci > 0
                and _is_predicate(toks[ci - 1].text) and ce + 1 < len(toks) and toks[ce + 1].text not in {"যে", ","}):
            # (with no speech verb after it, only a converb closing a clause: "… আছে উল্লেখ করে", not
            # the finite "… পুলিশের কাছে অভিযোগ করে যে, …")
            self._converb(unit, cue, ci, ce, unit_cues)
            return
        if cue.kind == "noun" and cue.light in _REQUEST_CONVERBS:
            return  # "… পালনের আহ্বান জানিয়ে মিছিল করেন": no speech verb reports it
        if cue.kind == "noun" and cue.noun in _NOMINAL and ci > 0 and (
                _is_genitive(toks[ci - 1].text) or cue.noun in _REQUESTS and _addressee(toks, ci, objective=True) is not None):
            if self._nominal(unit, cue, ci, ce):
                return
        if cue.kind == "noun" and cue.light not in _CONVERBS:
            resumed = _resumed_clause_end(toks, ci)
            post = self._np_after(unit, ce) if resumed is not None else None
            if resumed is not None and post is not None and post.name is not None:
                # "… কতটা নৈতিক সেই প্রশ্নও তুলছেন অনেকে", "… চাপে না ফেলে সে বিষয়ে সতর্ক করছেন বিশেষজ্ঞরা"
                self._content_before(unit, cue, resumed, post, "resumptive", 0.6)
                return
        self._verb_clause(unit, cue, ci, ce, unit_cues)

    def _inanimate_subject(self, unit: _Unit, ci: int) -> bool:
        """Is the subject right before the cue at `ci` a thing or an event (এটি, এই ঘটনা, তথ্যটি),
        not someone who can say anything?"""
        toks = unit.tokens
        k = ci - 1
        while k >= 0 and (toks[k].text in _CUE_NOUNS or toks[k].text in _AGAIN):
            k -= 1
        word = toks[k].text if k >= 0 else ""
        plain = word[:-1] if word.endswith(("ও", "ই")) and len(word) > 3 else word
        return word in _THINGS or plain in _THINGS or plain in _EVENT_NOUNS

    def _verb_clause(self, unit: _Unit, cue: _Cue, ci: int, ce: int, unit_cues: _CueList) -> None:
        """X বলেন, CONTENT / X বলেছেন CONTENT / CONTENT, X জানিয়েছে / CONTENT বলেছে X."""
        toks = unit.tokens
        k, after_comma = _content_start(toks, ce + 1)
        if k < len(toks) and toks[k].is_quote and after_comma and not _has_words(toks, k + 1, len(toks), 3):
            return  # a direct quotation follows: handled (and attributed) as direct
        if k < len(toks) and after_comma and self._sentences_quoted_at(toks[k].start):
            return  # "বলেছেন, "তিনজন …। একজন …।" (its closing mark missing): the quotation is the direct quote
        floor = _clause_floor(toks, ci)
        comma = _comma_before(toks, ci, floor)
        if cue.kind == "passive":
            if ci > 0 and _is_objective(toks[ci - 1].text) or ci > 0 and toks[ci - 1].text in {"একে", "এটিকে", "যাকে"}:
                return  # "একে বলা হয় প্রিকশাস পিউবার্টি": naming, not a report
            if cue.text.startswith("বলা") and _named_before(toks, ci, floor):
                return  # "এ অবস্থাকে লি-ফ্রমেনি সিনড্রোম বলা হয়, …": naming too
            speaker = self._passive_speaker(unit, ci)
            if ci > 1 and toks[ci - 1].text in _PASSIVE_REQUESTS and not _has_words(toks, k, len(toks), 1):
                self._passive_request(unit, cue, ci, speaker)
                return
            if ci > 2 and toks[ci - 1].text in _MATTERS and _is_verbal_noun_genitive(toks[ci - 2].text) \
                    and not _has_words(toks, k, len(toks), 3):
                self._passive_matter(unit, cue, ci, speaker)
                return
            if k < len(toks) and toks[k].is_word and _has_words(toks, k, len(toks), 3):
                # a person's document goes on like their speech ("শোকবার্তায় বলা হয়, … । … ।"); a bare
                # "বলা হয়েছে" or an organisation's notice (বিজ্ঞপ্তিতে জানানো হয়) stays one sentence
                # (when no issuer is found the letter itself speaks: "চিঠিতে বলা হয়, … । … ।")
                self._content_after(unit, cue, k, speaker, 0.6, "passive", continue_ok=after_comma and (
                    speaker.source_type == "person" and self._in_document(toks, ci)
                    or speaker.source_type in {"organisation", "unknown"} and speaker.name is not None
                    and self._in_document(toks, ci, _LETTERS_GOING_ON)))
            return
        if k < len(toks) and toks[k].text in _CORRELATIVE_PRONOUNS and any(
                t.text == "যে" for t in toks[max(0, ci - MAX_NP_WORDS):ci]):
            # "… যে 'ঐক্যের' কথা তিনি বলেন | সেগুলো দৃশ্যমান করতে হবে", "যে সিস্টেম … সন্ত্রাসী আখ্যায়িত
            # করেছিল, | সে সিস্টেম …": the verb closes a relative clause that the pronoun takes up
            return
        if after_comma and k < len(toks) and _embedded_question(toks, floor, ci, k):
            return  # "প্রেসিডেন্ট কোন হত্যাকাণ্ডের বিষয়ে বলছিলেন, তা স্পষ্ট করেননি"
        if after_comma and k < len(toks):
            if comma is not None and _is_statement(toks, floor, comma) and self._starts_cue_clause(unit, k, unit_cues):
                # "…পৌঁছেছেন, মঙ্গলবার জাপানি মিডিয়া জানিয়েছে, ক্রেমলিন বলেছে …"
                speaker = self._cue_subject(unit, cue, ci, (comma + 1) if comma is not None else floor)
                if comma is not None and speaker.name is not None:
                    self._content_before(unit, cue, comma, speaker, "comma-before", 0.7, clause_end=comma)
                else:
                    self._remember(speaker, toks[ci].start)
                return
            speaker = self._cue_subject(unit, cue, ci, (comma + 1) if comma is not None else floor)
            if comma is not None and speaker.name is not None and _is_statement(toks, floor, comma):
                # "কিম … ত্যাগ করেছেন, উত্তরের রাষ্ট্রীয় গণমাধ্যম মঙ্গলবার জানিয়েছে, শীর্ষ …": both sides
                self._content_before(unit, cue, comma, speaker, "comma-before", 0.65, clause_end=comma)
            elif comma is not None and speaker.name is None:
                speaker = self._cue_subject(unit, cue, ci, floor)
            # what was learnt from an office or by talking to people is one sentence: the reporter goes on
            learnt = cue.kind == "source" and toks[ci].text in _LEARNT_FROM_HEADS
            self._content_after(unit, cue, k, speaker, 0.8, "after-comma", continue_ok=not learnt)
            return
        # (a cue noun with its light verb too: "…, মন্তব্য করেন অশোক সোয়াইন।", "…, যোগ করেন তিনি।")
        comma_at = _addressed_comma(toks, ci, floor) if cue.kind == "verb" or cue.kind == "noun" \
            and cue.noun not in _NOMINAL else None
        if comma_at is not None:
            post = self._np_after(unit, ce)
            if post is not None and (post.name is not None or comma_at < ci - 1 and post.mention in _SINGULAR | _PLURAL):
                # "খালিল … ধারণ করতে চায়নি, বলছেন তার মা আলজিন।", "… থাকা উচিত, বিবিসিকে বলেন তিনি।"
                self._content_before(unit, cue, comma_at, post, "comma-inverted", 0.7, clause_end=comma_at)
                return
        if (cue.kind == "verb" or cue.noun in _NOMINAL) and ci > floor and toks[ci - 1].text in _INFINITIVES:
            post = self._np_after(unit, ce)
            if post is not None and (post.name is not None or post.mention in _SINGULAR | _PLURAL):
                # "… বিজিবিকে কঠোর সতর্কতা অবলম্বন করতে বলেছেন স্বরাষ্ট্র উপদেষ্টা …": a request
                self._content_before(unit, cue, ci, post, "directive", 0.6)
                return
        if (cue.kind == "verb" or _clause_before_cue_noun(cue)) and ci > floor and _is_predicate(toks[ci - 1].text):
            post = self._np_after(unit, ce)
            if post is not None and post.name is not None:
                # "… সে দাবি ঠিক নয় বলেছে পিয়ংইয়ং এবং মস্কো, …", "… শান্ত থাকবে উল্লেখ করেন পুলিশ সুপার …"
                self._content_before(unit, cue, ci, post, "inverted", 0.7)
                return
        if _names_a_thing(toks, floor, ci, cue):
            post = self._np_after(unit, ce, strict=True)
            if post is not None and post.name is not None:
                # "এটাকে চলতি মৌসুমের প্রথম শৈত্যপ্রবাহ বলছেন আবহাওয়াবিদরা": what they call it is their words
                self._content_before(unit, cue, ci, post, "naming", 0.6)
                return
        speaker = self._cue_subject(unit, cue, ci, (comma + 1) if comma is not None else floor)
        at_end = k >= len(toks) or toks[k].text in _TERMINATORS
        if at_end or toks[k].text == ",":
            if comma is not None and speaker.name is not None and _is_statement(toks, floor, comma):
                # "…, মঙ্গলবার জাপানি মিডিয়া জানিয়েছে।": the content is the clause before the comma
                self._content_before(unit, cue, comma, speaker, "comma-before", 0.7, clause_end=comma)
            else:
                self._remember(self._subject_for_memory(unit, speaker, floor), toks[ci].start)
            return
        if not at_end and not self._subject_before(speaker, toks[ci].start):
            post = self._np_after(unit, ce, strict=True)
            if post is not None and post.name is not None:
                # "… বিবিসি বাংলাকে নিশ্চিত করেছেন মাহফুজ আলম নিজেই।": the subject follows, no content
                self._remember(post, toks[ci].start)
                return
        if cue.kind == "source" and speaker.name is not None:
            self._content_after(unit, cue, k, speaker, 0.7, "source", continue_ok=False)
            return
        if toks[k].text in _CONJUNCTIONS:
            # "অ্যাপো বি রক্তে এলডিএল-এর সঠিক সংখ্যা জানায় | এবং হৃদরোগের ঝুঁকি …": a second predicate
            self._remember(speaker, toks[ci].start)
            return
        opens = toks[k].is_word or self._opens_with_term(unit, k)
        if speaker.name is not None and opens and (_said_thing_only(toks, k) or _topic_said_after(toks, k)):
            # "মহিউদ্দিন আহমদ মনে করেন ভিন্ন কথা", "তিনিও বলছেন একই কথা": what is said, named, not said
            self._remember(speaker, toks[ci].start)
            return
        if speaker.name is not None and opens and (cue.kind == "verb" or cue.noun in {"মনে", "বিশ্বাস"}):
            # translated wire style: "পেসকভ বলেছেন কিমের সাথে তার বৈঠক ফোরামের পরে হবে"
            confidence = 0.6 if cue.kind == "verb" else 0.5
            self._content_after(unit, cue, k, speaker, confidence, "no-comma", continue_ok=False, stop_at_cue=True)
            return
        if speaker.name is not None and toks[k].is_word and _clause_after_noun_cue(toks, cue, ci, k) \
                and self._subject_like(speaker) and not (self.linker.is_name(toks[k].start)
                                                         and not _is_genitive(toks[k].text)):
            # "তমা মির্জা মন্তব্য করেছেন কোটি কোটি মানুষের মনে চিরকাল বেঁচে থাকবেন …" (but "গভীর উদ্বেগ
            # প্রকাশ করেছে দিল্লি এবং …": the subject follows)
            self._content_after(unit, cue, k, speaker, 0.5, "noun-no-comma", continue_ok=False, stop_at_cue=True)
            return
        self._remember(speaker, toks[ci].start)

    def _opens_with_term(self, unit: _Unit, k: int) -> bool:
        """Does the clause at token k open with a short quoted term that goes on in words ("ডা. সমীর গুপ্তা
        জানিয়েছেন | 'অ্যাপো বি লেভেল টেস্ট' বা অ্যাপোলাইপোপ্রোটিন বি টেস্টের মাধ্যমে …")?"""
        toks = unit.tokens
        if not toks[k].is_quote:
            return False
        mark = self._mark_at(toks[k].start)
        if mark is None or not mark.closed or len(self.text[mark.start:mark.end].split()) > MAX_GLOSSED_TERM_WORDS:
            return False
        after = next((i for i in range(k + 1, len(toks)) if toks[i].start > mark.close), None)
        return after is not None and _has_words(toks, after, len(toks), 3)

    def _subject_like(self, speaker: _Speaker) -> bool:
        """A speaker we can stand behind without a comma or যে to mark the content: a name, a pronoun
        resolved to one, a group (অনেকে), a title or an organisation; not a stray word (গভীর)."""
        return speaker.named or speaker.resolved or speaker.plural or speaker.role is not None or \
            speaker.source_type in {"organisation", "group"}

    def _subject_before(self, speaker: _Speaker, cue_start: int) -> bool:
        """The cue's subject stands before it, so a phrase after the verb is what was said, not a
        subject after it: "কর্তব্যরত চিকিৎসক জানিয়েছেন রিয়াদের অবস্থা আশঙ্কাজনক", "চিকিৎসকরা জানান
        তিনি নিউমোনিয়ায় আক্রান্ত" (but "… নিশ্চিত করেছেন মাহফুজ আলম নিজেই": no subject before it)."""
        if speaker.name is None or speaker.start is None or speaker.end is None or speaker.start >= cue_start:
            return False
        if speaker.resolved:
            return speaker.mention in _SINGULAR | _PLURAL  # তারা বলছেন …, not a title resolved from afar
        # a title, a group or an organisation, or a name the article's entities know; a phrase that is
        # only called a person (গবেষণামূলক বই, এমন তথ্যও) may be the object before the verb
        return speaker.role is not None or speaker.plural or speaker.source_type in {"organisation", "group"} \
            or self.linker.ends_name(speaker.start, speaker.end)

    def _cue_subject(self, unit: _Unit, cue: _Cue, ci: int, floor: int) -> _Speaker:
        """The subject of a verb cue; for "সংশ্লিষ্ট সূত্র জানায়" the phrase with its সূত্র."""
        if cue.kind == "source":
            toks = unit.tokens
            start = ci
            limit = 4
            if toks[ci].text in _LEARNT_FROM_HEADS and start - 1 > floor and toks[start - 1].text in _TALKED_WITH_POSTPOSITIONS:
                start, limit = start - 1, 5  # "X-এর সঙ্গে কথা বলে": the people talked with
            if start - 3 > floor and toks[start - 1].text == ")" and toks[start - 3].text == "(":
                start, limit = start - 3, 7  # "নির্বাচন কমিশন (ইসি) সূত্রে": the acronym in brackets
            while start > floor and toks[start - 1].is_word and toks[start - 1].text not in _BREAK \
                    and not _is_verb_like(toks[start - 1].text) and not toks[start - 1].text.endswith("লেও") \
                    and ci - start < limit:  # (not "… ঘোষণা করা না হলেও | দলীয় সূত্রে জানা যায়")
                start -= 1
            named_from = toks[ci - 1].name_start if ci - 1 >= start else -1
            if 0 <= named_from < toks[start].start:
                # "ঢাকা চেম্বার অব কমার্স অ্যান্ড ইন্ডাস্ট্রি সূত্রে": the whole name the tagger found, however long
                start = next((j for j in range(start - 1, max(floor, start - MAX_NP_WORDS) - 1, -1)
                              if toks[j].start == named_from), start)
            words = [t for t in _without_parentheses(toks[start:ci]) if t.text not in _NON_SUBJECT]
            head = toks[ci].text
            if head in _LEARNT_FROM_HEADS:
                return self._learnt_from(toks, ci, floor)
            if words:
                mention = self.text[words[0].start:toks[ci].end]
                name = _squash(self.text[words[0].start:words[-1].end]) + " " + ("সূত্র" if head.startswith("সূত্র") else head)
                return _Speaker(name, mention, words[0].start, toks[ci].end, "anonymous")
            return _Speaker("সূত্র", toks[ci].text, toks[ci].start, toks[ci].end, "anonymous")
        return self._subject(unit, ci, floor, cue)

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

    def _starts_cue_clause(self, unit: _Unit, k: int, unit_cues: _CueList) -> bool:
        """Does the content after the comma open with a new "X বলেছে" clause?"""
        toks = unit.tokens
        for other in unit_cues.after(toks[k].start + 1):
            if other.kind != "verb":
                continue
            ni = _token_index(toks, other.start)
            if ni is None or ni - k > 7:
                return False
            span = _np_before(toks, ni, k)
            return span is not None and all(t.text in _NON_SUBJECT for t in toks[k:span[0]])
        return False

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

    def _talked_with(self, speaker: _Speaker) -> bool:
        """Is the speaker the one talked with after the act ("কথা হয় মঈন উদ্দিনের সঙ্গে")?"""
        if speaker.end is None:
            return False
        after = _WORDS_RE.match(self.text, speaker.end + 1)
        return after is not None and after.group() in _COMITATIVE

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

    def _content_after(self, unit: _Unit, cue: _Cue, k: int, speaker: _Speaker, confidence: float,
                       pattern: str, *, continue_ok: bool, stop_at_cue: bool = False) -> None:
        toks = unit.tokens
        end = len(toks)
        if stop_at_cue:
            end = self._next_clause_cue(unit, k, end)
        else:
            end = self._embedded_attribution(unit, k, end)
        end = _before_closing_quotation(toks, k, end)
        end = self._before_own_closing_cue(unit, k, end)
        while end > k and (not toks[end - 1].is_word and not toks[end - 1].is_quote or toks[end - 1].text in _CONNECTORS
                           and not _glued_particle(toks, end - 1) or toks[end - 1].text in {"একইসাথে", "একইসঙ্গে", "পাশাপাশি"}):
            end -= 1
        if end <= k or not _has_words(toks, k, end, 2):
            self._remember(speaker, toks[min(k, len(toks) - 1)].start)
            return
        if toks[end - 1].text in _SPEECH_VERBS and any(t.is_quote for t in toks[end:end + 2]):
            return  # "এই খবরে বলা হয়েছে, … ইউনূস বলেছিলেন, '…'": the words after it introduce a quotation
        start_off, end_off = toks[k].start, toks[end - 1].end
        titled = speaker.source_type == "anonymous" and speaker.role is not None and not speaker.plural
        written = cue.text in _WRITING_VERBS or any(t.text.startswith(_DOCUMENTS) for t in toks[max(0, k - 12):k])
        if continue_ok and end == _last_word_index(toks) + 1 and (
                speaker.source_type in {"person", "group"} or _called_he_or_she(speaker) or titled or speaker.source_type == "organisation" and written
                or pattern == "passive" and written):
            # people go on talking; an organisation's statement (এক বিজ্ঞপ্তিতে জানায়, …) goes on too
            # a view (X-এর মতে, তার ভাষ্য) is summed up in a sentence or two, speech runs on
            most = MAX_VIEW_CONTINUATION if pattern == "according-to" else None
            end_off = self._continue_reported(unit, end_off, speaker, content_start=start_off, most=most)
        # a content that is (almost) only a quotation belongs to the quotation
        if _mostly_quote(self.masked, start_off, end_off):
            return
        if toks[end - 1].text in _CONDITIONAL_VERBS:
            return  # "… মন্ত্রীকে প্রশ্ন করা হলে | তিনি জানান, …": when-clause of the next attribution
        self._add(start_off, end_off, "indirect", speaker, cue.text, cue.framing, confidence, pattern)
        unit.claimed = True

    def _content_before(self, unit: _Unit, cue: _Cue, ci: int, speaker: _Speaker, pattern: str,
                        confidence: float, *, clause_end: int | None = None) -> None:
        toks = unit.tokens
        end = ci if clause_end is None else clause_end
        start = _content_floor(toks, end, self._claimed_end(unit), self.text, unit.index == 0)
        while end > start and not toks[end - 1].is_word and not toks[end - 1].is_quote:
            end -= 1
        if end <= start or not _has_words(toks, start, end, 2):
            return
        if any(toks[k].text in _RELATIVE and toks[k - 1].text == "," for k in range(start + 1, end)):
            return  # "তার দুই সহকর্মী, যারা খুব কাছেই ছিলেন, তারা বলেছেন": the subject and its relative clause
        s, e = toks[start].start, toks[end - 1].end
        if self._claimed(s) or _mostly_quote(self.masked, s, e):
            return
        self._add(s, e, "indirect", speaker, cue.text, cue.framing, confidence, pattern)
        unit.claimed = True

    def _bole(self, unit: _Unit, cue: _Cue, bi: int, ci: int, ce: int) -> None:
        """CONTENT বলে (মনে করেন|মন্তব্য করেন|জানিয়েছেন|জানানো হয়) X."""
        toks = unit.tokens
        cue.consumed = True
        speaker = self._np_after(unit, _explicator_end(toks, ce)) if cue.kind != "passive" else None
        if speaker is None and cue.light in _CONVERBS and ci == bi + 1:
            # "… ষড়যন্ত্র হচ্ছে বলে অভিযোগ করে শেখ হাসিনা বলেন": the main clause's subject tells it
            speaker = self._main_clause_subject(unit, ce)
        between = toks[bi + 1:ci]
        if speaker is None and between and cue.kind == "source":
            speaker = self._source_speaker(toks, bi + 1, ci, unit)
        if speaker is None and any(t.is_word and t.text not in _AGAIN for t in between) and cue.kind != "passive" and \
                not any(t.text in _BREAK or _is_locative(t.text) and t.text not in _NON_SUBJECT for t in between):
            speaker = self._np_speaker(toks, bi + 1, ci, unit)
        if speaker is None and cue.kind != "passive":
            # "… বলে সাক্ষাতকারে সৌম্য আরো বলেন": the subject after the setting
            last_loc = max((i for i in range(bi + 1, ci) if _is_locative(toks[i].text)), default=None)
            if last_loc is not None and last_loc + 1 < ci:
                span = _np_before(toks, ci, last_loc + 1, self.linker.is_name)
                if span is not None and span[0] > last_loc:
                    speaker = self._np_speaker(toks, span[0], span[1], unit)
        if speaker is None and cue.kind != "passive" and ci - bi > 4:
            # "… বলে গ্যাভলেবর্গ পুলিশের কর্মকর্তা মাতস লান এএফপিকে জানান": the subject before an addressee
            # "… বলে দলটির একাধিক নেতাকর্মী বিষয়টি নিশ্চিত করেছেন": the matter confirmed is no subject
            end = ci - 1 if toks[ci - 1].text in _CONFIRMED_MATTERS else ci
            span = _np_before(toks, end, bi + 1, self.linker.is_name)
            if span is not None:
                speaker = self._np_speaker(toks, span[0], span[1], unit)
        cue_text = toks[bi].text + " " + cue.text
        start = _content_floor(toks, bi, self._claimed_end(unit), self.text, unit.index == 0, relative=True)
        labelled = None
        if (speaker is None or speaker.name is None) and cue.kind != "passive":
            labelled = self._labelled_object(unit, start, bi, cue)
            if labelled is not None:
                speaker, start = labelled
        if speaker is None or speaker.name is None:
            if cue.kind == "passive":
                speaker = self._passive_speaker(unit, ci)
            else:
                # "তিনি এই সিদ্ধান্ত ভুল বলে মনে করেন": the subject opens the content
                lead = toks[start].text if start < bi else ""
                inner = next((t for t in toks[start + 1:bi] if t.text in _SINGULAR | _PLURAL), None)
                if lead in _RELATIVE and start > 0 and toks[start - 1].text == ",":
                    # "… প্রমাণ করে, যারা … ষড়যন্ত্র বলে মনে করেন": who the relative clause is about
                    speaker = self._relative(toks, start, unit)
                    start += 1
                elif lead in _SINGULAR | _PLURAL or lead in _RELATIVE:
                    speaker = self._pronoun(lead, toks[start].start, toks[start].end)
                    start += 1
                elif inner is not None:
                    # "সেটিকে তারা উদ্বেগজনক বলে মনে করছেন"
                    speaker = self._pronoun(inner.text, inner.start, inner.end)
                elif (shared := self._shared_subject(unit, start, bi)) is not None:
                    speaker, start = shared
                elif (opening := self._subject_opening(unit, start, bi)) is not None:
                    speaker, start = opening
                elif (own := self._own_plan(unit, start, bi)) is not None:
                    speaker, start = own
                elif (teller := self._person_before_plain_clause(unit, start, bi, cue)) is not None:
                    speaker, start = teller
                elif (group := self._group_opening(unit, start, bi, cue)) is not None:
                    speaker, start = group
                elif toks[bi].text == "বলেও" and not any(self.linker.is_name(t.start) for t in toks[start:bi]):
                    # "… যোগ দেবে বলেও উল্লেখ করেন।": no subject, and "also": the one speaking just before
                    # (with a name in the content, "X … বলেও জানান" may be X's own words)
                    speaker = self._implicit_subject(toks[start].start)
                else:
                    speaker = _NO_SPEAKER
        end = bi
        start = self._after_opening_quotation(toks, start, end, speaker, cue_text, cue.framing)
        if end <= start or not _has_words(toks, start, end, 1 if labelled else 2):
            return  # (a label may be one word: "… ফলাফলকে অবিশ্বাস্য বলে আখ্যা দিয়েছেন")
        s, e = toks[start].start, toks[end - 1].end
        if _mostly_quote(self.masked, s, e):
            return
        self._add(s, e, "indirect", speaker, cue_text, cue.framing, 0.8 if speaker.name else 0.6, "bole")
        unit.claimed = True

    def _after_opening_quotation(self, toks: list[_Tok], start: int, end: int, speaker: _Speaker, cue: str,
                                 framing: str) -> int:
        """"“তিনি দলকে নেতৃত্ব দিবেন … মুখোমুখি হবেন” সেসবের চ্যালেঞ্জ থাকবে বলে মনে করছেন বিশ্লেষক X": a
        quotation opening the content is the speaker's own words (given to them when it has no speaker
        yet); the reported content is what follows its closing mark."""
        if start >= end or not toks[start].is_quote or speaker.name is None:
            return start
        mark = self._mark_at(toks[start].start)
        if mark is None or not mark.closed or mark.close >= toks[end - 1].start \
                or not self.text[mark.close + 1:mark.close + 2].isspace() \
                or len(self.text[mark.start:mark.end].split()) < MIN_UNCUED_WORDS:
            return start  # (a quoted term opening the clause is part of it: "‘বট রিপোর্টিং’-এর মাধ্যমে …")
        after = next((k for k in range(start + 1, end) if toks[k].start > mark.close), end)
        if not _has_words(toks, after, end, 2):
            return start
        for found in self.found:
            if found.kind == "direct" and found.start == mark.start and found.speaker.name is None:
                found.speaker = replace(speaker, resolved=True)
                found.cue, found.framing = cue, framing
        return after

    def _labelled_object(self, unit: _Unit, start: int, bi: int, cue: _Cue) -> tuple[_Speaker, int] | None:
        """"নির্বাচন বিশ্লেষকদের অনেকেই এই ফলাফলকে অবিশ্বাস্য বলে আখ্যা দিয়েছেন": a label given to an
        object (-কে) is the words after it; the subject before the object (or right after it: "তার
        বক্তব্যকে অনেকেই … বলে আখ্যা দেন") gives it."""
        if cue.text.split()[0].removesuffix("ও") not in _NAMING_NOUNS_CUE - {"উল্লেখ"} and cue.text not in _DISMISSING:
            return None  # (what a thing is dismissed as is a label too: "… অভিযোগকে মিথ্যা বলে নাকচ করেন")
        toks = unit.tokens
        obj = next((k for k in range(bi - 2, start, -1) if toks[k].is_word and _is_objective(toks[k].text)
                    and not self.linker.is_name(toks[k].start) and not self.linker.ends_name(toks[k].start, toks[k].end)),
                   None)
        if obj is None:
            return None
        after = toks[obj + 1]
        if after.text in _SINGULAR | _PLURAL:
            speaker = self._pronoun(after.text, after.start, after.end)
            return (speaker, obj + 2) if speaker is not None and speaker.name and obj + 2 < bi else None
        if after.text in _PARTITIVES and obj + 2 < bi:
            return _Speaker(after.text, after.text, after.start, after.end, "group", plural=True), obj + 2
        object_start = _np_start(toks, obj, start)
        if object_start <= start:
            return None
        span = _np_before(toks, object_start, start, self.linker.is_name)
        subject = self._np_speaker(toks, span[0], span[1], unit) if span is not None else None
        return (subject, obj + 1) if subject is not None and subject.name else None

    def _shared_subject(self, unit: _Unit, start: int, bi: int) -> tuple[_Speaker, int] | None:
        """"নরেন্দ্র মোদি … শোক প্রকাশ করেছেন এবং তাকে … নেত্রী বলে উল্লেখ করেছেন": a first clause
        closed by a finite verb and এবং; its subject, a name or a role in the nominative that opens
        it, also speaks the second, whose content starts after এবং."""
        toks = unit.tokens
        joint = next((k for k in range(start + 2, bi - 1) if toks[k].text == "এবং"
                      and _FINITE_BEFORE_AND.search(toks[k - 1].text)), None)
        if joint is None:
            return None
        window = range(start, min(joint - 1, start + MAX_NP_WORDS))
        if any(not toks[k].is_word for k in window):
            return None
        end = next((k + 1 for k in window if toks[k].ends_name), None)  # the name, else the role
        if end is None:
            end = next((k + 1 for k in window if _role_of(toks[k].text) is not None
                        and _role_base(toks[k].text) == toks[k].text), None)
        if end is None:
            return None
        speaker = self._np_speaker(toks, start, end, unit)
        return (speaker, joint + 1) if speaker is not None and speaker.name is not None else None

    def _subject_opening(self, unit: _Unit, start: int, bi: int) -> tuple[_Speaker, int] | None:
        """"মুখপাত্র এস এম মাহবুবুল আলম এক বিবৃতিতে অভিযোগটিকে … ভিত্তিহীন বলে প্রত্যাখ্যান করেন",
        "তাঁর সমর্থকেরা বরাবর এসব মামলাকে … উদ্দেশ্যপ্রণোদিত বলে দাবি করেছেন": subject, object, predicate.
        The clause opens with its subject, a name or a plural, then perhaps an adverb or a setting
        (এক বিবৃতিতে), then a definite object in -কে; the subject speaks and what is said starts at
        the object. Returns the speaker and the content's first token, or None."""
        toks = unit.tokens
        obj = next((k for k in range(start + 1, bi) if self._definite_object(toks, k, start)), None)
        if obj is None:
            return None
        obj_start = _np_start(toks, obj, start + 1)
        end = obj_start
        while end > start and (toks[end - 1].text in _SUBJECT_ADVERBS or _is_locative(toks[end - 1].text)
                               and not _is_genitive(toks[end - 1].text)):
            end -= 1  # the setting: "এক বিবৃতিতে", "তার শোকবার্তায়", "অবশ্য"
            while end > start and toks[end - 1].text in _DETERMINERS:
                end -= 1
        if end <= start:
            return None
        subject = _np_start(toks, end - 1, start)
        if subject > start and not _sets_the_scene(toks[subject - 1].text):
            return None  # the subject must open the clause, after a time or a place at most ("গত রোববার")
        named = any(self.linker.is_name(t.start) for t in toks[subject:end])
        plural = _plural_subject(toks[end - 1].text) or toks[end - 1].text in _GROUP_SUBJECTS
        # (a name the tagger found may end like a genitive: "… নিয়ন্ত্রক রনি তালুকদার অবশ্য এটিকে …")
        if not (named and (not _is_genitive(toks[end - 1].text) or toks[end - 1].ends_name) or plural):
            return None
        speaker = self._np_speaker(toks, subject, end, unit)
        if speaker is None or speaker.name is None:
            return None
        return speaker, obj_start

    def _group_opening(self, unit: _Unit, start: int, bi: int, cue: _Cue) -> tuple[_Speaker, int] | None:
        """"অনেকে … তুলনা টানানকে অযৌক্তিক বলে মনে করছেন", "বিশ্লেষকরা এই সিদ্ধান্ত সঠিক নয় বলে মনে
        করছেন": a group (অনেকে, সবাই, a plural of people) opening the content, with the cue's verb in
        the honorific that people take, is who says it; the content follows it. (With a verb in the
        plain form, "শিক্ষার্থীরা ক্লাসে ফিরবে বলে জানিয়েছে", the group is the content's own subject
        and an organisation said it.)"""
        toks = unit.tokens
        lead = toks[start].text
        if not (lead in _GROUPS_ALONE or _plural_subject(lead)) or not cue.text.endswith("ন") \
                or not _has_words(toks, start + 1, bi, 2):
            return None
        speaker = self._np_speaker(toks, start, start + 1, unit)
        if speaker is None or speaker.name is None:
            return None
        return speaker, start + 1

    def _own_plan(self, unit: _Unit, start: int, bi: int) -> tuple[_Speaker, int] | None:
        """"তবে তাজনূভা নির্বাচন করবেন না বলে জানিয়েছেন": no speaker after the cue, a person's name opens
        the content, no other person is named in it, and its verb is the third person's future (-বেন,
        -বেন না): the person tells their own plan. Returns the speaker and the content's first token
        after the name, or None."""
        toks = unit.tokens
        verb = bi - 2 if toks[bi - 1].text == "না" else bi - 1
        if verb <= start + 1 or not toks[verb].text.endswith("বেন") or not toks[start].starts_name:
            return None
        mention = self.linker.person_mention_at(toks[start].start)
        end = next((k + 1 for k in range(start, verb) if toks[k].end == mention), None) if mention else None
        if end is None or any(self.linker.person_mention_at(t.start) for t in toks[end:verb]):
            return None  # "X নড়াইল-২ ও Y ঢাকা-১৩ আসন থেকে … অংশ নিবেন": a joint plan, two speakers
        speaker = self._np_speaker(toks, start, end, unit)
        if speaker is None or not speaker.named or speaker.source_type != "person":
            return None
        return speaker, end

    def _person_before_plain_clause(self, unit: _Unit, start: int, bi: int, cue: _Cue) -> tuple[_Speaker, int] | None:
        """"রহিম উদ্দিন সড়কের কাজ শিগগির শুরু হবে বলে জানান": no speaker after the cue, a person's name
        (a title and a genitive before it at most) opens the content, and the content's verb is not the
        honorific a person takes (হবে, হয়েছে, নেই, not করবেন): the name cannot be its subject, so it is
        the cue's (in the honorific: জানান). Returns the speaker and the content's first token after
        the name, or None."""
        toks = unit.tokens
        verb = bi - 2 if toks[bi - 1].text in _NEGATIONS else bi - 1
        if not cue.text.endswith("ন") or verb <= start or not _is_verb_like(toks[verb].text) \
                or toks[verb].text.endswith("ন"):
            return None
        first = next((k for k in range(start, min(bi, start + MAX_TITLE_BEFORE_NAME + 1))
                      if toks[k].starts_name and self.linker.person_mention_at(toks[k].start)), None)
        if first is None or not all(t.is_word and (_role_of(t.text) or _is_genitive(t.text) or _is_address(t.text)
                                                   or _is_locative(t.text) or t.text in _NON_SUBJECT)
                                    for t in toks[start:first]):  # (a setting before: "জবাবে", "সভায়")
            return None
        mention = self.linker.person_mention_at(toks[first].start)
        end = next((k + 1 for k in range(first, verb) if toks[k].end == mention), None)
        if end is None or not _has_words(toks, end, verb + 1, MIN_PLAIN_CLAUSE_WORDS) \
                or any(self.linker.person_mention_at(t.start) for t in toks[end:verb]):
            return None
        speaker = self._np_speaker(toks, start, end, unit)
        if speaker is None or not speaker.named or speaker.source_type != "person":
            return None
        return speaker, end

    def _definite_object(self, toks: list[_Tok], k: int, floor: int) -> bool:
        """A definite object in -কে: অভিযোগটিকে, এটিকে, এসব মামলাকে, খালেদা জিয়াকে (a name) — not a
        locative that happens to end in কে (প্রতীকে)."""
        word = toks[k].text
        if not word.endswith(("কে", "কেই", "কেও")) or not _is_objective(word):
            return False
        if word.removesuffix("ও").removesuffix("ই").endswith(("টিকে", "টাকে", "গুলোকে", "গুলিকে")):
            return True
        np_start = _np_start(toks, k, floor)
        return toks[np_start].text in _DETERMINERS | _ANA_DET or self.linker.is_name(toks[np_start].start)

    def _according_to(self, unit: _Unit, cue: _Cue, ci: int, ce: int) -> None:
        """X-এর মতে, CONTENT / তার ভাষায়, CONTENT / রাজীব হায়দারের আশঙ্কা, CONTENT."""
        toks = unit.tokens
        copula = self._past_copula(toks, cue, ce)
        if ci == 0:
            if copula > ce:
                # "অভিযোগ আছে, …": an allegation nobody is named for (as annotated: no speaker)
                self._content_after(unit, cue, copula + 2, _NO_SPEAKER, 0.5, "according-to", continue_ok=False)
            else:
                self._issued_rules_cited(unit, cue, 0, ce)
            return
        ce = copula
        prev = toks[ci - 1].text
        if prev in _BOLE:
            self._according_after(unit, cue, ci, ce)
            return
        if prev == "তথ্য" and ci >= 2:
            prev = toks[ci - 2].text
        gi = ci  # the source's genitive ends right before this token
        if cue.text in _DATA_ACCORDING_TO:
            while gi > 1 and (toks[gi - 1].text in _DATA_MODIFIERS
                              or gi > 2 and f"{toks[gi - 2].text} {toks[gi - 1].text}" in _DATA_MODIFIERS):
                # "বাংলাদেশ ব্যাংকের সর্বশেষ পরিসংখ্যান অনুযায়ী, …", "বিশ্বব্যাংকের তৈরি করা তথ্য-উপাত্ত অনুযায়ী, …"
                gi -= 1 if toks[gi - 1].text in _DATA_MODIFIERS else 2
            prev = toks[gi - 1].text
        if prev == ")":
            gi = _before_bracket(toks, gi - 1)  # "আমেরিকান হার্ট অ্যাসোসিয়েশনের (এএইচএ) প্রতিবেদন অনুযায়ী"
            prev = toks[gi - 1].text if gi > 0 else ""
        if not (_is_genitive(prev) or prev in _GEN_PRONOUNS):
            self._issued_rules_cited(unit, cue, gi, ce)
            return
        k = ce + 1
        comma = k < len(toks) and toks[k].text in {",", ":"}
        if not comma and k < len(toks) and toks[k].text in _TERMINATORS and self._view_closing_after_bole(unit, cue, gi):
            return
        if not comma and cue.text not in _ACCORDING_NO_COMMA:
            return
        if comma:
            k += 1
        example = self._named_example(toks, ci)
        if example is None and (gi >= 2 and not self._genitive_opens_clause(toks, gi) or prev in _NOT_SOURCES
                                or _strip_genitive(prev) in _RULE_NOUNS):
            return  # "কবিতা ও নাট্যের ভাষায়", "অন্যের মতে", "আইনের ভাষায়": not an attribution
        speaker = example or self._genitive_speaker(toks, gi, _clause_floor(toks, gi))
        if gi + 2 < ci and toks[gi].text == "(" and toks[gi + 2].text == ")":
            # the name in brackets, when the article knows it: "… খনিজসম্পদ কর্পোরেশনের (পেট্রোবাংলার)"
            known = self.linker.speaker(toks[gi + 1].start, toks[gi + 1].end)
            if known is not None and known.source_type != "person":
                speaker = known
        if speaker.name is None or cue.text.split()[0] in _ISSUED_RULES and speaker.source_type != "organisation":
            return
        if k >= len(toks) or not toks[k].is_word and not toks[k].is_quote:
            return  # "..., রাশিয়ান সংবাদ সংস্থার মতে।" trailing: the clause before is already taken
        if toks[k].is_quote:
            mark = self._mark_at(toks[k].start)
            if mark is not None and (k + 1 >= len(toks) or toks[k + 1].text in _TERMINATORS
                                     or len(self.text[mark.start:mark.end].split()) >= MIN_UNCUED_WORDS):
                # "তার কথায়, “…”": the quotation is what was said (a quoted term opening a clause,
                # "X-এর অভিযোগ, ‘কোনো কোনো গোষ্ঠী’ যে …", is part of the reported content)
                self.direct_speaker[mark.open] = (speaker, cue.text, cue.framing, 0.9)
                return
        # (data is the sentence that gives it: "… তথ্যমতে, দেশে … ঘনফুট। বিপরীতে সরবরাহ …" goes on in the
        # reporter's words)
        self._content_after(unit, cue, k, speaker, 0.75, "according-to",
                            continue_ok=cue.text not in _DATA_ACCORDING_TO | _COUNTED, stop_at_cue=True)

    def _view_closing_after_bole(self, unit: _Unit, cue: _Cue, gi: int) -> bool:
        """CONTENT বলে X-এর ধারণা।: the holder's genitive and the attribution noun close the sentence
        after the quotative বলে ("… ক্ষতিগ্রস্ত করেছে বলে অনেকের ধারণা।", "… ‘আটক’ রয়েছেন বলে দলের
        নেতা-কর্মীদের অভিযোগ।"); the genitive ends right before token `gi`."""
        toks = unit.tokens
        j = gi - 1
        start = j if toks[j].text in _GEN_PRONOUNS else _np_start(toks, j, 0, genitive_head=True)
        if start < 2 or toks[start - 1].text not in _BOLE:
            return False
        speaker = self._genitive_speaker(toks, gi, start)
        if speaker.name is None:
            return False
        cue.consumed = True
        self._content_before(unit, cue, start - 1, speaker, "according-after", 0.7)
        return True

    def _issued_rules_cited(self, unit: _Unit, cue: _Cue, gi: int, ce: int) -> None:
        """"প্রজ্ঞাপন অনুযায়ী, …", "সংশোধিত আচরণবিধি অনুযায়ী, …" opening a sentence, with no genitive: the
        rules of the organisation that issued them, the one last reported on, even with a person
        speaking since (opened annotations: 4 of 4; not "চুক্তি/নীতিমালা অনুযায়ী", whose wording nobody
        is said to give, nor "তফসিল অনুযায়ী, …", which goes on the last speaker's account or the
        reporter's)."""
        toks = unit.tokens
        if cue.text.split()[0] not in _ISSUED_RULES - {"তফসিল"} or any(t.text not in _DATA_MODIFIERS for t in toks[:gi]) \
                or ce + 2 >= len(toks) or toks[ce + 1].text != ",":
            return
        offset = toks[0].start
        issuer = next((replace(speaker, mention=None, start=None, end=None, resolved=True)
                       for at, speaker in self._recent() if at < offset and speaker.source_type == "organisation"),
                      None) or self._issuer(offset)
        if issuer.name is not None and issuer.source_type == "organisation":
            self._content_after(unit, cue, ce + 2, issuer, 0.6, "according-to", continue_ok=False, stop_at_cue=True)

    @staticmethod
    def _past_copula(toks: list[_Tok], cue: _Cue, ce: int) -> int:
        """"তাদের অভিযোগ ছিল, …", "অভিযোগ আছে, …": an allegation's copula before the comma belongs to
        the attribution (the last token of which this returns)."""
        if cue.text in _ALLEGATION and ce + 2 < len(toks) and toks[ce + 1].text in _COPULAS and toks[ce + 2].text == ",":
            return ce + 1
        return ce

    def _named_example(self, toks: list[_Tok], ci: int) -> _Speaker | None:
        """"হুমায়ুন কবিরের মতো বাংলাদেশের সাবেক কূটনীতিকদের মতে, …": the one named as an example of the
        group whose view it is, when the clause opens with them."""
        floor = _clause_floor(toks, ci)
        for m in range(floor + 1, ci - 1):
            if toks[m].text != "মতো" or not self.linker.ends_name(toks[m - 1].start, toks[m - 1].end) \
                    or not _is_genitive(toks[m - 1].text):
                continue
            start = _np_start(toks, m - 1, floor, genitive_head=True)
            if any(t.is_word for t in toks[floor:start]):
                return None
            speaker = self._np_speaker(toks, start, m, None, case="genitive")
            return speaker if speaker is not None and speaker.name else None
        return None

    def _according_after(self, unit: _Unit, cue: _Cue, ci: int, ce: int) -> None:
        """CONTENT বলে দাবি X-এর: the attribution noun and its genitive speaker close the sentence
        ("… আড়ালে পড়ে গেছেন বলে দাবি সৌম্যের।", "… বলে ধারণা তাদের")."""
        toks = unit.tokens
        j = ce + 1
        while j < len(toks) and toks[j].is_word and j - ce <= 6:
            j += 1
        if j == ce + 1 or j < len(toks) and toks[j].text not in _TERMINATORS or not _is_genitive(toks[j - 1].text):
            return
        if j - ce == 2 and toks[ce + 1].text in _GEN_PRONOUNS:
            speaker = self._pronoun(toks[ce + 1].text, toks[ce + 1].start, toks[ce + 1].end)
        else:
            speaker = self._np_speaker(toks, ce + 1, j, unit, case="genitive") or _NO_SPEAKER
        if speaker.name is None:
            return
        cue.consumed = True
        self._content_before(unit, cue, ci - 1, speaker, "according-after", 0.7)

    def _genitive_opens_clause(self, toks: list[_Tok], ci: int) -> bool:
        """"রাজীব হায়দারের আশঙ্কা," needs the genitive phrase at the clause start."""
        j = ci - 1 if toks[ci - 1].text in _GEN_PRONOUNS else _np_start(toks, ci - 1, 0, genitive_head=True)
        while (step := _opener_before(toks, j)) > 0:
            j -= step
        # (a dash between words opens one too: "… বই লিখেছেন মহিউদ্দিন আহমদ - তাঁর মতে, …")
        return j == 0 or toks[j - 1].text in {",", "।", ":", ";", "-", "–", "—"} or toks[j - 1].is_quote \
            or toks[j - 1].text in _CONNECTORS

    def _citing(self, unit: _Unit, cue: _Cue, ci: int, ce: int, unit_cues: _CueList) -> None:
        """Y X-এর বরাত দিয়ে জানিয়েছে CONTENT: X is the speaker, Y only relays."""
        toks = unit.tokens
        statement_of = self._statement_quoted(toks, ci, unit) if cue.text.startswith("উদ্ধৃত") else None
        if statement_of is not None:
            speaker: _Speaker | None = statement_of  # "X-এর এক বিবৃতি উদ্ধৃত করে Y জানিয়েছে": X's words
        elif cue.text.startswith("উদ্ধৃত"):
            j = ci - 1
            if j < 0 or not _is_objective(toks[j].text):
                return
            start = _np_start(toks, j, 0)
            # "পত্রিকাটি | মেঘালয় পুলিশের এক শীর্ষ কর্মকর্তাকে উদ্ধৃত করে লিখেছে": the one who quotes,
            # a definite subject before the one quoted, is not part of them
            start = max([start] + [n + 1 for n in range(start, j) if toks[n].text.endswith(("টি", "টা"))])
            speaker = self._np_speaker(toks, start, j + 1, unit, case="objective")
        else:
            speaker = self._genitive_speaker(toks, ci, _clause_floor(toks, ci))
        if speaker is None or speaker.name is None:
            return
        verb = next((c for c in unit_cues.after(cue.end) if c.kind in {"verb", "noun", "passive"}), None)
        k = ce + 1
        if k + 1 < len(toks) and toks[k].text == "জানা" and toks[k + 1].text in _LEARNT:
            k += 2  # "পুলিশের বরাতে জানা গেছে, …"
        verb_at = _token_index(toks, verb.start) if verb is not None else None
        if verb is not None and verb_at is not None and _is_anaphoric(toks, verb_at, verb) \
                and not any(t.text in _TERMINATORS for t in toks[ce + 1:verb_at]):
            return  # "X-এর বরাত দিয়ে উপ-প্রেস সচিব … এ তথ্য জানান": the relay points back, it says nothing new
        if verb is not None:
            vi = _token_index(toks, verb.end - 1)
            # (the outlet that relays may stand between: "X-কে উদ্ধৃত করে ভারতের টাইমস অফ ইন্ডিয়াতে লেখা হয়েছে যে …")
            if vi is not None and vi - ce <= (7 if verb.kind == "passive" else 4):
                verb.consumed = True
                k = vi + 1
            elif vi is not None and verb.kind in {"verb", "passive"} and _one_clause(toks, ce + 1, vi) \
                    and _introduces_content(toks, vi + 1):
                # "… সূত্রের বরাত দিয়ে সাংবাদিক জয়ন্ত ঘোষালের '…' শীর্ষক প্রতিবেদনে বলা হয়েছে, …": the
                # outlet, described at length, speaks through its own cue; the clause is no content
                return
        while k < len(toks) and toks[k].text in {",", ":", "যে"}:
            k += 1
        if k < len(toks) and toks[k].is_quote:
            mark = self._mark_at(toks[k].start)
            if mark is not None:
                self.direct_speaker[mark.open] = (speaker, cue.text, "neutral", 0.85)
            return
        if _closes_on_pointer(toks, k):
            return  # "X-এর বরাত দিয়ে ভারতীয় সংবাদমাধ্যম এ খবর প্রকাশ করেছে": the relay, nothing said
        self._content_after(unit, cue, k, speaker, 0.75, "citing", continue_ok=False)

    def _statement_quoted(self, toks: list[_Tok], ci: int, unit: _Unit) -> _Speaker | None:
        """Whose statement the words before "উদ্ধৃত" at token `ci` name: "মহাপরিচালক রঞ্জিত বড়ুয়ার এক
        বিবৃতি উদ্ধৃত করে" -> রঞ্জিত বড়ুয়া; None unless a statement word (বিবৃতি, বক্তব্য …) with its
        owner in the genitive comes right before."""
        j = ci - 1
        if j < 1 or toks[j].text not in _QUOTED_STATEMENTS:
            return None
        j -= 1
        if toks[j].text in _ONE | {"একটা"} and j > 0:
            j -= 1
        if not _is_genitive(toks[j].text) or toks[j].text in _GEN_PRONOUNS:
            return None
        speaker = self._np_speaker(toks, _np_start(toks, j, 0, genitive_head=True), j + 1, unit, case="genitive")
        return speaker if speaker is not None and speaker.name else None

    def _converb(self, unit: _Unit, cue: _Cue, ci: int, ce: int, unit_cues: _CueList) -> None:
        """CONTENT উল্লেখ করে X বলেন: the content before the converb, X from the main clause. The
        content is a clause (… চলছে উল্লেখ করে), an object and what it is called (… করাকে জঘন্য কাজ
        উল্লেখ করে) or a request (প্রত্যেককে … অধ্যায়নের আহ্বান জানিয়ে উপদেষ্টা বলেন)."""
        toks = unit.tokens
        clause = ci > 0 and ((cue.noun in _REPORTING_CONVERB or cue.noun is None) and _is_predicate(toks[ci - 1].text)
                             or cue.noun in _NAMING_NOUNS_CUE and _names_object(toks, ci))
        request = None if clause or cue.noun not in _NOMINAL else _nominal_end(toks, cue.noun, ci)
        if not clause and request is None:
            return  # "ক্ষোভ প্রকাশ করে", "জোট নিয়ে … করে", "দেশবাসীর প্রতি আহ্বান জানিয়ে": no content
        nxt = self._later_cue(unit_cues, cue)
        speaker = _NO_SPEAKER
        if nxt is not None:
            ni = _token_index(toks, nxt.start)
            # "… উল্লেখ করে CONTENT বলে উদ্বেগ প্রকাশ করেন তিনি": what stands before a quotative বলে
            # is the next cue's content, so the speaker is found after that cue
            if ni is not None and ce + 1 < ni <= ce + 9 and toks[ni - 1].text not in _BOLE:
                # (a told clause: the main verb's subject, without its addressee: "… জানিয়ে টেলিযোগাযোগ
                # বিশেষজ্ঞ সুমন আহমেদ সাবির জাগো নিউজকে বলেন")
                speaker = (self._np_speaker(toks, ce + 1, ni, unit) if cue.noun is not None
                           else self._subject(unit, ni, ce + 1, nxt)) or _NO_SPEAKER
            if speaker.name is None and ni is not None:
                post = self._np_after(unit, _token_index(toks, nxt.end - 1) or ni)
                if post is not None:
                    speaker = post
        if speaker.name is None and clause and cue.noun in _REPORTING_CONVERB:
            speaker = self._main_clause_subject(unit, ce) or _NO_SPEAKER
        if speaker.name is None:
            return
        if request is None:
            self._content_before(unit, cue, ci, speaker, "converb", 0.7)
            return
        end, _, plain = request
        start = _content_floor(toks, end - 1, self._claimed_end(unit), self.text, unit.index == 0, nominal=True)
        if not _has_words(toks, start, end, 2) or plain and not _asks_someone(toks, start, end) \
                or self._claimed(toks[start].start) or self._spans_other_cue(unit, start, end):
            return
        cue.consumed = True
        self._add(toks[start].start, toks[end - 1].end, "indirect", speaker, cue.text, cue.framing, 0.6, "converb")
        unit.claimed = True

    def _main_clause_subject(self, unit: _Unit, ce: int) -> _Speaker | None:
        """"… সময় হাতে রয়েছে উল্লেখ করে জামায়াতের আমির … আহ্বান জানান", "… ভুল পথে আছে উল্লেখ করে
        এনসিপি থেকে পদত্যাগ করেছেন দলটির একজন কেন্দ্রীয় নেতা": with no speech verb after the
        converb, the one who mentions is the main clause's subject, a name or a title right after the
        converb or after the sentence's last verb."""
        toks = unit.tokens
        window = range(ce + 1, min(len(toks), ce + 1 + MAX_NP_WORDS))
        end = None
        for k in window:
            if not toks[k].is_word or _is_verb_like(toks[k].text) and _role_of(toks[k].text) is None:
                break
            if toks[k].ends_name or _role_of(toks[k].text) is not None and _role_base(toks[k].text) == toks[k].text:
                end = k + 1
                if toks[k].ends_name:
                    break
        if end is not None:
            speaker = self._np_speaker(toks, ce + 1, end, unit)
            if speaker is not None and speaker.name is not None and speaker.source_type in {"person", "anonymous"}:
                return speaker
        verb = max((k for k in range(ce + 1, len(toks)) if _is_verb_like(toks[k].text)
                    and _role_of(toks[k].text) is None), default=None)
        if verb is None:
            return None
        post = self._np_after(unit, verb, strict=True)
        return post if post is not None and post.source_type in {"person", "anonymous"} else None

    def _matter(self, unit: _Unit, cue: _Cue, ci: int, ce: int, unit_cues: _CueList) -> bool:
        """"… স্বতন্ত্র প্রার্থী হওয়ার কথা বলেছেন X", "… বিশেষ নজরের কথাও তুলে ধরেন জাইমা", "… ‘বিশেষ
        আদর’ পাওয়ার বিষয়টি উল্লেখ করে জাইমা লেখেন": the genitive clause before কথা/বিষয়টি is the
        content (as "… সরে দাঁড়ানোর ঘোষণা দেন"); without a genitive before it, "কথা বলেন" is talking."""
        toks = unit.tokens
        gen = toks[ci - 1].text if ci > 0 else ""
        if not _is_genitive(gen) or gen in _GEN_PRONOUNS or gen in _NOT_SOURCES or not toks[ci - 1].is_word:
            return False
        start = _content_floor(toks, ci, self._claimed_end(unit), self.text, unit.index == 0, nominal=True,
                               keep_quotes=True)
        if not _has_words(toks, start, ci, 2) or toks[start].text in _ANA_DET or _topic_only(toks[start:ci]):
            return False
        speaker: _Speaker | None = None
        if cue.text.endswith(("করে", "ধরে")):
            # a converb: the subject of the main clause ("… উল্লেখ করে প্রাণীপ্রেমী জাইমা লেখেন")
            nxt = self._later_cue(unit_cues, cue)
            ni = _token_index(toks, nxt.start) if nxt is not None else None
            if nxt is not None and ni is not None and ce + 1 < ni <= ce + 9:
                speaker = self._subject(unit, ni, ce + 1, nxt)
        else:
            speaker = self._np_after(unit, ce)
            if speaker is not None and speaker.mention and _is_locative(speaker.mention.split()[-1]):
                speaker = None  # "… কথাও তুলে ধরেছেন তার এই পোস্টে": a place, not the speaker
        if (speaker is None or speaker.name is None) and toks[start].text in _SINGULAR | _PLURAL:
            # "তিনি স্বতন্ত্র প্রার্থী হওয়ার কথা বলেছেন": the pronoun opens the clause
            speaker = self._pronoun(toks[start].text, toks[start].start, toks[start].end)
            start += 1
        elif speaker is None or speaker.name is None:
            subject = self._sentence_subject(unit)
            mention = (subject.mention or "").split() if subject is not None else []
            if subject is not None and subject.name and subject.start == toks[start].start and subject.end is not None \
                    and (subject.named or subject.mention in _GROUPS_ALONE) and len(mention) <= 3 \
                    and not any(_is_genitive(w) for w in mention):
                # "বিএনপি মি. রহমানের নেতৃত্বেই নির্বাচনে যাওয়ার কথা জানিয়েছে": the subject opens the clause
                speaker = subject
                while start < ci and toks[start].end <= subject.end:
                    start += 1
        if speaker is None or speaker.name is None:
            # "পর্তুগালের অধিনায়ক ক্রিস্টিয়ানো রোনালদো … গোল করার লক্ষ্যের কথা জানিয়েছেন": a titled name
            # in the nominative opens it, and what follows is a clause (a verbal noun in it), not a
            # thing or someone mentioned ("মি. ব্লাঞ্চ উল্টো নিউইয়র্কের একজন বিচারকের কথা উল্লেখ করেছেন")
            lead = self._leading_subject(unit, start, ci) or self._subject_before_floor(unit, start, ci)
            if lead is not None and lead[0].mention and self._nominative_mention(lead[0]) \
                    and any(_is_verbal_noun_genitive(t.text) for t in toks[lead[1]:ci]):
                speaker, start = lead
        if (speaker is None or speaker.name is None) and start > 0 and toks[start - 1].text in {"এবং", "ও"}:
            # "তাসনিম জারা দল ছাড়ার ঘোষণা দিয়েছেন এবং স্বতন্ত্র প্রার্থী হওয়ার কথা বলেছেন": the second of
            # two joined predicates shares the sentence's subject
            subject = self._sentence_subject(unit)
            if subject is not None and subject.name and subject.named and subject.end is not None \
                    and subject.end <= toks[start - 1].start:
                speaker = subject
        if speaker is None or speaker.name is None or not _has_words(toks, start, ci, 2) \
                or toks[start].text in _ANA_DET:
            return False  # (… তিনি এ সিদ্ধান্তের কথা জানান: what was said before)
        end = toks[ci - 1].end  # (without কথা/বিষয়টি: "… বাদ রাখার | কথা বলেছে ভারত", as annotated 18 times in 18)
        if self._claimed(toks[start].start):
            return False
        cue.consumed = True
        self._add(toks[start].start, end, "indirect", speaker, cue.text, cue.framing, 0.5, "matter")
        unit.claimed = True
        return True

    def _nominal(self, unit: _Unit, cue: _Cue, ci: int, ce: int) -> bool:
        """... সরে দাঁড়ানোর ঘোষণা দিয়েছেন X / ... মেনে চলার আহ্বান জানিয়েছে / মানবিক হওয়ার জন্য
        সকলের প্রতি তিনি অনুরোধ জানান (the addressee between the content and the noun left out)."""
        toks = unit.tokens
        content = _nominal_end(toks, cue.noun, ci, any_noun=True)
        if content is None:
            return False
        end, pronoun, plain = content
        start = _content_floor(toks, end - 1, self._claimed_end(unit), self.text, unit.index == 0, nominal=True)
        if start > 0 and toks[start - 1].is_quote and (self._quoted_title_at(toks[start - 1].start)
                                                      or self._quoted_term_in_clause(toks, start - 1)):
            # "‘… অধ্যাদেশ, ২০২৫’ দ্রুত চূড়ান্তকরণের দাবি": the title is part of what is demanded, and so
            # is a term quoted amid the clause ("বানচালকারীদের ‘উপযুক্ত শিক্ষা’ দেওয়ার জন্য … আহ্বান")
            start = _content_floor(toks, end - 1, self._claimed_end(unit), self.text, unit.index == 0, nominal=True,
                                   keep_quotes=True)
        start = _after_told_clause(toks, start, end)
        while toks[start].text in _MAIN_CLAUSE_ADVERBS and _has_words(toks, start + 1, end, 2):
            start += 1  # "ইতোমধ্যে | … সঙ্গে কাজ করার ইঙ্গিত দিয়েছে দিল্লি": the adverb is the main verb's
        if not _has_words(toks, start, end, 2) or plain and not (
                cue.noun in _REQUESTS and _asks_someone(toks, start, end) or _holds_clause(toks, start, end)
                or cue.noun in _ALLEGATION and _accuses_someone(toks, start, end)) \
                or self._spans_other_cue(unit, start, end):
            return False
        speaker = None
        if start > 1 and toks[start - 1].text in _LIST_JOINS and _finite(toks[start - 2].text):
            # "X … শাস্তির দাবি জানান এবং | … নিশ্চিত করার জন্য প্রশাসনের প্রতি আহ্বান জানান": the second
            # of two coordinated requests is made by whoever made the first, if that one was reported
            speaker = self._coordinated_speaker(toks[start - 1].start)
            if speaker is None:
                return False
        if pronoun is not None:
            speaker = self._pronoun(toks[pronoun].text, toks[pronoun].start, toks[pronoun].end)
        speaker = speaker or self._np_after(unit, ce)
        if speaker is not None and pronoun is None:
            setting = _after_leading_setting(toks, start, end)
            if _has_words(toks, setting, end, 2):
                start = setting  # "সমাবেশে | বন্ধ গণমাধ্যম খুলে দেওয়ারও দাবি জানান বক্তারা": where it was said
        if speaker is None:
            # "… মনিরা শারমিন নির্বাচন থেকে সরে দাঁড়ানোর ঘোষণা দিয়েছেন", "তিনি দেশবাসীকে শান্ত থাকার
            # আহ্বান জানান": the subject opens the clause, the content follows it
            lead = self._leading_subject(unit, start, end)
            if lead is not None:
                speaker, start = lead
        if speaker is None:
            # "সোমবার, ওয়াশিংটন … , উত্তরকে … মেনে চলার আহ্বান জানিয়েছে": the sentence's subject
            subject = self._sentence_subject(unit)
            if subject is not None and subject.end is not None and subject.end <= toks[start].start:
                speaker = subject
        if speaker is None and _honorific_finite(toks[ce]) and not any(t.is_word for t in toks[:start]) \
                and not any(self.linker.is_name(t.start) for t in toks[start:end]):
            # "তিনি বলেন, …। নির্বাচিত হলে … কাজ করার অঙ্গীকার করেন।": no subject at all, the one who
            # spoke in the sentence before
            speaker = next((replace(said, mention=None, start=None, end=None, resolved=True)
                            for at, said in self._recent() if at < toks[start].start
                            and unit.index - self._unit_index(at) == 1 and said.name is not None), None)
        by_pronoun = speaker is not None and speaker.mention in _SINGULAR | _PLURAL
        if speaker is None or not by_pronoun and (speaker.name is None or not (
                speaker.named or speaker.resolved or cue.noun in _VOICED_REQUESTS and self._subject_like(speaker))):
            # a demand, an appeal or a pledge is voiced even by a group or a body ("… খুলে দেওয়ারও দাবি
            # জানান বক্তারা", "… মামলা দায়েরের সুপারিশ করে তদন্ত কমিটি"); an announcement or a decision
            # by an undescribed group is mostly an act told ("একের পর এক নেতা … ছাড়ার ঘোষণা দিচ্ছেন")
            return False
        s, e = toks[start].start, toks[end - 1].end
        if cue.noun == "সিদ্ধান্ত":
            e = toks[ci].start + len(cue.noun or "")
        if self._claimed(s):
            return False
        cue.consumed = True
        self._add(s, e, "indirect", speaker, cue.text, cue.framing, 0.55, "nominal")
        unit.claimed = True
        return True

    def _coordinated_speaker(self, join: int) -> _Speaker | None:
        """The speaker of the indirect quote that ends right before the conjunction at offset `join`
        (only blanks and the verb that closes it between), if one was found."""
        for found in reversed(self.found[-3:]):
            if found.kind == "indirect" and found.end <= join and found.speaker.name is not None \
                    and len(self.text[found.end:join].split()) <= 3:
                return replace(found.speaker, start=None, end=None, resolved=True)
        return None

    def _quoted_term_in_clause(self, toks: list[_Tok], k: int) -> bool:
        """Is the quotation at token `k` a term of a few words set amid one clause, a word on either
        side of it and no sentence of its own inside ("জাপার দলীয় প্রতীক ‘লাঙ্গল’ কাউকে বরাদ্দ না দিতে")?"""
        mark = self._mark_at(toks[k].start)
        if mark is None or k == 0 or k + 1 >= len(toks) or not toks[k - 1].is_word or not toks[k + 1].is_word:
            return False
        inside = self.text[mark.start:mark.end]
        return len(inside.split()) <= MAX_GLOSSED_TERM_WORDS and inside.rstrip()[-1:] not in _TERMINATORS

    def _quoted_title_at(self, offset: int) -> bool:
        """Is the quotation whose mark is at `offset` a title or name (not words said)?"""
        mark = self._mark_at(offset)
        return mark is not None and _is_title(self.text, mark)

    def _spans_other_cue(self, unit: _Unit, start: int, end: int) -> bool:
        """Does a nominal content [start, end) reach back over another cue of its sentence, coordinated
        with it ("… শাস্তির দাবি জানান এবং … নিশ্চিত করার জন্য প্রশাসনের প্রতি জোর আহ্বান জানান")? Its
        subject is then that of the first clause, which is not read here: no content is reported."""
        toks = unit.tokens
        i = bisect_left(self.cue_starts, toks[end - 1].start) - 1
        prev = self.cues[i] if i >= 0 else None
        if prev is None or prev.end <= toks[start].start or prev.kind != "noun" or prev.light in _CONVERBS:
            return False
        after = _token_index(toks, prev.end - 1)
        # "… বক্তব্য প্রচার থেকে বিরত থাকার": a cue word inside the content is no clause of its own
        return after is not None and after + 1 < end and toks[after + 1].text in {"এবং", "ও", "আর", ","}

    def _nominative_mention(self, speaker: _Speaker) -> bool:
        """Is the speaker's phrase in the nominative? A name whose last word ends in -র (মির্জা ফখরুল
        ইসলাম আলমগীর) is, when the article names someone so; "একজন বিচারকের" is not."""
        last = (speaker.mention or "").split()[-1:]
        return bool(last) and (not _is_genitive(last[0]) or last[0] in self.linker.last_name_words)

    def _subject_before_floor(self, unit: _Unit, start: int, ci: int) -> tuple[_Speaker, int] | None:
        """The subject opening the clause when the content floor stopped at an adverb of time after it
        ("… রোনালদো অবসরের আগে | ক্যারিয়ারে … গোল করার লক্ষ্যের কথা জানিয়েছেন"): only words, no comma
        and no verb, lie between the subject and the floor; the content starts after the subject."""
        toks = unit.tokens
        floor = _clause_floor(toks, ci)
        if floor >= start:
            return None
        lead = self._leading_subject(unit, floor, ci)
        if lead is None or lead[1] >= start:
            return None
        if any(not t.is_word or _is_verb_like(t.text) for t in toks[lead[1]:start]):
            return None
        return lead

    def _leading_subject(self, unit: _Unit, start: int, ci: int) -> tuple[_Speaker, int] | None:
        """The subject that opens a nominal content clause [start, ci) and where the content starts
        after it: a pronoun (তিনি দেশবাসীকে … ধারণের আহ্বান জানান) or a phrase ending in a known name
        or a title (যুগ্ম আহ্বায়ক মনিরা শারমিন নির্বাচন থেকে সরে দাঁড়ানোর ঘোষণা দিয়েছেন). At least two
        words of content must remain; a name that is the first of a pair (সরকার ও কমিশনের) is content."""
        toks = unit.tokens
        k = _after_leading_setting(toks, start, ci)
        while k < ci and (not toks[k].is_word or toks[k].text in _NON_SUBJECT or toks[k].text in _CONNECTORS
                          or toks[k].text in {"ছাড়া", "ছাড়াও"}):
            k += 1
        if k + 2 < ci and toks[k].text in {"প্রথম", "শুরু"} and toks[k + 1].text in {"থেকে", "থেকেই"}:
            k += 2  # "… ঘোষণার পর প্রথম থেকেই | এনসিপি …": from the start
        if k >= ci:
            return None
        if toks[k].text in _SINGULAR | _PLURAL:
            if not _has_words(toks, k + 1, ci, 2):
                return None
            speaker = self._pronoun(toks[k].text, toks[k].start, toks[k].end)
            return (speaker, k + 1) if speaker.name is not None else None
        best = None
        for j in range(k, min(ci - 2, k + 8)):
            w = toks[j].text
            if not toks[j].is_word or _is_objective(w) or w in _BREAK or (
                    _is_locative(w) or _is_verb_like(w) and _role_of(w) is None) and not toks[j].ends_name:
                break  # (but a name the tagger found may end like a place or a verb: মাসওয়ানহিসে, বাতেন)
            if toks[j + 1].text in {"ও", "এবং", ",", "-", "–"}:
                continue
            if toks[j + 1].text in _ADDRESSEE_POSTPOSITIONS | _AGAINST and _is_genitive(w):
                break  # "… কমিশনের প্রতি": who is asked, in the content; "চিকিৎসকের বিরুদ্ধে": who is accused
            if _role_of(w) or self.linker.ends_name(toks[j].start, toks[j].end):
                best = j
        if best is None:
            return None
        c = best + 1
        if c < ci and toks[c].text == "(":  # "… জুয়েলার্স সমিতি (বাজুস) সোমবার রাতে …"
            while c < ci and toks[c].text != ")":
                c += 1
            c += 1
        while c < ci and toks[c].text in _NON_SUBJECT:
            c += 1
        if not _has_words(toks, c, ci, 2):
            return None
        subject = self._np_speaker(toks, k, best + 1, unit)
        if subject is None or subject.name is None or not (subject.named or subject.resolved):
            return None
        return subject, c

    def _dash_content(self, unit: _Unit, cue: _Cue, ci: int, ce: int, dash: int) -> None:
        """CONTENT - X এমন কথা বলেছেন: the words a spaced dash sets off before the pointing object are
        X's, X standing between the dash and the object or after the verb."""
        toks = unit.tokens
        speaker = self._np_after(unit, ce, strict=True)
        if speaker is None or speaker.name is None:
            j = ci - 1
            while j > dash and not (toks[j].text in _ANA_DET and j + 1 < ci and _pointing_object(toks[j + 1].text)):
                j -= 1
            speaker = self._subject(unit, j, dash + 1, cue) if j > dash + 1 else _NO_SPEAKER
        if speaker.name is None:
            return
        self._content_before(unit, cue, dash, speaker, "dash-pointed", 0.6, clause_end=dash)

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
                           content_start: int | None = None, most: int | None = None) -> int:
        """Reported speech runs on over the following sentences of its paragraph while they read as
        the speaker's words (`_continues_speech`): "তিনি বলেন, এ খাতকে … নেই। এটি … গেছে। …"; over at
        `most` sentences when given."""
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
            if k != bridged and not self._continues_speech(u, speaker, (content, end_off)):
                if not self._bridged_by_own_voice(u, following[k + 1:k + 2], speaker, (content, end_off)):
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
                or _CREDIT_LINE.match(body):
            return False  # (a sentence opened by a bracket is an aside of the writer's; "… কথা বলে যে ধারণা
            # পাওয়া গেছে" is what the reporter found out; "এএফপি।" credits the agency)
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
        if self._titled_newcomer(u, speaker) or self._subject_after_verb_closes(u):
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
        for start, end, entity in self.linker.within(u.start, u.end):
            if entity.type != "PERSON" or entity.name == speaker.name \
                    or not self.text[start:end].endswith(entity.name.split()[-1]):
                continue
            before = self.text[u.start:start].split()
            if before and _role_of(before[-1]) is not None and _role_base(before[-1]) == before[-1]:
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

    # -- speakers ------------------------------------------------------------------------------

    def _subject(self, unit: _Unit, ci: int, floor: int, cue: _Cue | None) -> _Speaker:
        """The subject of the cue at token `ci`: walk back over the clause, else after the verb; when
        the walk ends in a word of the setting, not a name or a description of someone, the name that
        opens the clause (`_name_opening_clause`)."""
        opening = self._subject_before_report(unit, ci, floor)
        if opening is not None:
            return opening
        speaker = self._walked_subject(unit, ci, floor, cue)
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
        i = bisect_left(self.linker.starts, speaker.start)
        while i < len(self.linker.mentions) and self.linker.mentions[i][0] == speaker.start:
            end = self.linker.mentions[i][1]
            rest = self.text[speaker.end:end].split()
            if rest and _is_locative(rest[-1]) and rest[-1] not in _NON_SUBJECT:
                return True
            i += 1
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
        if toks[k].text in _SINGULAR | _PLURAL:
            speaker = self._pronoun(toks[k].text, toks[k].start, toks[k].end)
            return speaker if speaker.name is not None else None
        return self._name_opening_clause(unit, ci - 1, floor)

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
            if speaker is not None and speaker.name is None and speaker.mention in _SINGULAR | _PLURAL:
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
        if first is not None and first.text in _SINGULAR | _PLURAL:
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
        if w in _SINGULAR or w in _PLURAL or last.end in self.linker.ends and not _is_genitive(w):
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
            if last - first >= 2 and last < len(toks) and _is_locative(toks[last].text):
                last -= 1  # "তমা মির্জা ফেসবুক পোস্টে": the place's modifier is not part of the subject
            if self._ends_in_subject(toks, (first, last)):
                return first, last
            if self._clause_initial(toks[first].start):
                # "প্রধানমন্ত্রী শেখ হাসিনা গণতন্ত্র ও … ভোট চেয়ে বলেন": up to a name in it, if any
                if toks[first].text in _SINGULAR | _PLURAL:
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
        if w in _SINGULAR or w in _PLURAL or w in _RELATIVE or _role_of(w) or _ACRONYM.fullmatch(w):
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
        if k < len(toks) and toks[k].text in _SINGULAR | _PLURAL:
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

    def _passive_speaker(self, unit: _Unit, ci: int, *, document_speaks: bool = True) -> _Speaker:
        """"X-এর পক্ষ থেকে (তরফে) জানানো হয়", "X থেকে পাঠানো বিজ্ঞপ্তিতে", "X-এর বিবৃতিতে বলা হয়";
        a bare "বিজ্ঞপ্তিতে বলা হয়" or "এতে বলা হয়" is the issuer of the document reported on, and
        with no issuer in sight the document itself (`document_speaks`: "পরিকল্পনায় বলা হয়েছে")."""
        toks = unit.tokens
        document = None
        for j in range(ci - 1, -1, -1):
            t = toks[j].text
            if toks[j].is_quote or t in _TERMINATORS or t in _BOLE:
                break  # (what comes before "বলে" is the content: "… সদরঘাট থেকে লঞ্চ চলাচল বন্ধ রয়েছে বলে ধারণা করা হচ্ছে")
            if (t == "থেকে" or t == "তরফে") and j > 0 and toks[j + 1].text not in _APART_FROM:
                k = j - 1  # (… "উপদূতাবাসের তরফে জানানো হয়েছে": on its behalf, like পক্ষ থেকে)
                if toks[k].text in {"পক্ষ", "তরফ"} and k > 0:
                    k -= 1
                if toks[k].is_word:
                    speaker = self._phrase_ending_at(toks, k, unit, case="genitive" if _is_genitive(toks[k].text) else None)
                    if speaker is not None and speaker.name:
                        return speaker
            if t in _PRESS_EVENTS and document is None:
                # "বিএনপির সংবাদ সম্মেলনে জানানো হয়, …": who held the press conference told it
                k = j - 1
                while k >= 0 and toks[k].text in _BEFORE_DOCUMENT:
                    k -= 1
                if k >= 0 and _is_genitive(toks[k].text) and toks[k].text not in _GEN_PRONOUNS:
                    speaker = self._phrase_ending_at(toks, k, unit)
                    if speaker is not None and speaker.named and speaker.source_type in {"person", "organisation"}:
                        return speaker
            if (t.startswith(_DOCUMENTS) or t in _IN_IT or t in _NEWS_STORY) and document is None:
                document = j
                k = j - 1
                while k >= 0 and (toks[k].text in _BEFORE_DOCUMENT or _day_genitive(toks[k].text)
                                  or _is_locative(toks[k].text) and toks[k].text.startswith(_DOCUMENTS)):
                    k -= 1  # (… আওয়ামী লীগের | ভেরিফায়েড ফেসবুক পেজে এক পোস্টে; প্রথম আলোর | গতকালের প্রতিবেদনে)
                if k >= 3 and toks[k].text == ")" and toks[k - 2].text == "(":
                    k -= 3  # "আন্তঃবাহিনী জনসংযোগ পরিদফতরের (আইএসপিআর) এক সংবাদ বিজ্ঞপ্তিতে"
                if k >= 0 and _is_genitive(toks[k].text) and toks[k].text not in _GEN_PRONOUNS:
                    speaker = self._phrase_ending_at(toks, k, unit)
                    if speaker is not None and speaker.name:
                        return speaker
        behalf = self._behalf_after(unit, ci) if document is None else None
        if behalf is not None:
            return behalf
        if document is None:
            # the document after the cue: "… বয়ে যাওয়ার কথা বলা হয়েছে এই খবরে।"
            for j in range(ci + 1, min(len(toks), ci + 7)):  # (past a cue of up to three words)
                t = toks[j].text
                if t in _TERMINATORS or toks[j].is_quote:
                    break
                if t in _NEWS_STORY or t.startswith(_DOCUMENTS) and _is_locative(t):
                    document = j
                    break
        if document is not None:
            word = toks[document].text
            story = word in _NEWS_STORY or word in _IN_IT - {"সেখানে"} or word.startswith("প্রতিবেদন")
            name = _document_nominative(word) if not story and document_speaks else None
            first = _document_modifiers_start(toks, document)
            owned = first < document and any(_is_genitive(t.text) for t in toks[first:document])
            owner = self._issuing_owner(toks, first, document, unit) if owned else None
            if owner is None and document > ci + 1 and toks[document - 1].text in _ONE:
                one = _document_modifiers_start(toks, document - 1)  # "জাতিসংঘের | এক প্রতিবেদনে"
                if one < document - 1 and _is_genitive(toks[document - 2].text):
                    owner = self._issuing_owner(toks, one, document - 1, unit)
            if owner is not None and document > ci:
                # "“…,” বলা হয়েছে বিএনপির বিবৃতিতে", "… বলে দাবি করা হয়েছে জাতিসংঘের এক প্রতিবেদনে": the owner
                # named after the cue issued it, as in "বিএনপির বিবৃতিতে বলা হয়েছে"
                return owner
            if name is not None and owned and owner is None:
                # "… দাবি করা হয় সামাজিক মাধ্যমের পোস্টে": a platform's posts, nobody's notice: they speak
                return self._document_speaker(toks, first, document, name)
            issuer = self._issuer(toks[document].start, story=story)
            if issuer.name is None and name is not None:
                earlier = self._issued_earlier(unit, name) if first == document else None
                if earlier is not None:
                    return earlier
                # "পরিকল্পনায় বলা হয়েছে, …" with no issuer in sight: the document speaks (as annotated)
                return self._document_speaker(toks, first, document, name)
            return issuer
        return _NO_SPEAKER

    def _issued_earlier(self, unit: _Unit, document: str) -> _Speaker | None:
        """The issuer of a bare document (প্রজ্ঞাপনে বলা হয়) named where the article last brought in the
        same document, however far back: "বন মন্ত্রণালয়ের প্রশাসন শাখা থেকে জারি করা এক প্রজ্ঞাপনে এ তথ্য
        জানানো হয়। … । প্রজ্ঞাপনে বলা হয়, …" -> বন মন্ত্রণালয়ের প্রশাসন শাখা. The last mention with its
        issuer before it ("X থেকে জারি করা", "X-এর এক") counts, past ones that take it up again ("এই
        প্রজ্ঞাপনে"); a mention of another (এক প্রজ্ঞাপনে, with no issuer) stops the search: None."""
        for u in reversed(self.units[:unit.index]):
            toks = u.tokens
            for j in range(len(toks) - 1, 0, -1):
                if _document_nominative(toks[j].text) == document:
                    issuer = self._issuer_before_document(toks, j, u)
                    if issuer is not None:
                        return replace(issuer, mention=None, start=None, end=None, resolved=True)
                    if toks[j - 1].text not in _DEMONSTRATIVES and toks[j - 1].is_word:
                        return None  # another document ("এক প্রজ্ঞাপনে"), or someone else's
                    # ("উপসচিব এই প্রজ্ঞাপনে স্বাক্ষর করেন": the same one again; look further back)
        return None

    def _issuer_before_document(self, toks: list[_Tok], document: int, unit: _Unit) -> _Speaker | None:
        """Who issued the document at token `document`, named before it: "X থেকে জারি করা (এক)
        প্রজ্ঞাপনে", "X থেকে পাঠানো বিজ্ঞপ্তিতে", "X-এর এক প্রজ্ঞাপনে"; a person or an organisation."""
        k = document - 1
        while k > 0 and toks[k].text in _PRESS | _ONE:
            k -= 1
        if toks[k].text in _ISSUED_PARTICIPLES:
            k -= 1
        elif toks[k].text == "করা" and k > 0 and toks[k - 1].text in _ISSUING:
            k -= 2
        if k > 0 and toks[k].text == "থেকে":
            k -= 1
            if toks[k].text in {"পক্ষ", "তরফ"} and k > 0:
                k -= 1
        elif k < 0 or not _is_genitive(toks[k].text):
            return None  # (an issuer in the genitive may come with a participle: "মন্ত্রণালয়ের জারি করা")
        word = toks[k].text
        if k < 0 or not toks[k].is_word or word in _GEN_PRONOUNS or _day_genitive(word) \
                or self._nominative(word) in _PLATFORMS:
            return None
        issuer = self._phrase_ending_at(toks, k, unit, case="genitive" if _is_genitive(word) else None)
        if issuer is None or not issuer.name or issuer.source_type not in {"person", "organisation", "unknown"}:
            return None
        return issuer

    def _behalf_after(self, unit: _Unit, ci: int) -> _Speaker | None:
        """"… বলে জানানো হয়েছে বিএনপির পক্ষ থেকে।": on whose behalf a passive cue speaks, named after it
        and before the sentence ends, as before it ("বিএনপির পক্ষ থেকে জানানো হয়")."""
        toks = unit.tokens
        for j in range(ci + 3, min(len(toks), ci + MAX_NP_WORDS + 4)):
            if toks[j].text in _TERMINATORS or toks[j].is_quote or not toks[j].is_word:
                return None
            if toks[j].text == "থেকে" and toks[j - 1].text in {"পক্ষ", "তরফ"} and _is_genitive(toks[j - 2].text):
                speaker = self._phrase_ending_at(toks, j - 2, unit)
                return speaker if speaker is not None and speaker.name else None
        return None

    def _issuing_owner(self, toks: list[_Tok], first: int, document: int, unit: _Unit) -> _Speaker | None:
        """The genitive before a document (after the cue: "… বলা হয়েছে বিএনপির বিজ্ঞপ্তিতে") when it is one
        who issues it — a person or an organisation, not a platform (ফেসবুকের, সামাজিক মাধ্যমের)."""
        g = max(i for i in range(first, document) if _is_genitive(toks[i].text))
        if _PLATFORM_WORDS.intersection(t.text for t in toks[first:g]) or self._nominative(toks[g].text) in _PLATFORMS:
            return None
        owner = self._phrase_ending_at(toks, g, unit)
        if owner is not None and owner.named and owner.source_type in {"person", "organisation", "media"}:
            return owner
        return None

    def _phrase_ending_at(self, toks: list[_Tok], k: int, unit: _Unit, *, case: str | None = "genitive") -> _Speaker | None:
        """The speaker named by the noun phrase that ends at token k, its genitives included: the owner
        of a document or the one on whose behalf something is said ("আয়োজকদের", "বাংলাদেশ ব্যাংকের")."""
        return self._np_speaker(toks, _np_start(toks, k, 0, genitive_head=True), k + 1, unit, case=case)

    def _document_speaker(self, toks: list[_Tok], first: int, document: int, name: str) -> _Speaker:
        """The document, called by its owner and quantifier: "ফেসবুকের কিছু পোস্টে" -> ফেসবুকের কিছু পোস্ট."""
        phrase = " ".join([t.text for t in toks[first:document]] + [name])
        return _Speaker(phrase, self.text[toks[first].start:toks[document].end], toks[first].start,
                        toks[document].end, resolved=True)

    def _passive_request(self, unit: _Unit, cue: _Cue, ci: int, speaker: _Speaker) -> None:
        """"… শান্তিপূর্ণভাবে পালনের জন্য দেশবাসীর প্রতি বিনীত আহ্বান জানানো হয়": the request before
        the noun, without its addressee; a document's request right after its words is its author's."""
        toks = unit.tokens
        end = ci - 1
        addressee = _addressee(toks, end)
        if addressee is not None:
            end = _request_end(toks, addressee[0]) or addressee[0]
        start = _content_floor(toks, end, self._claimed_end(unit), self.text, unit.index == 0)
        # "… মন্ত্রণালয় থেকে দেওয়া এক প্রেস বিজ্ঞপ্তিতে | সুষ্ঠু … নির্বাচন আয়োজনের আহ্বান জানানো হয়": the
        # document the request was made in is not part of it
        start = next((i + 1 for i in range(end - 1, start - 1, -1)
                      if toks[i].text.startswith(_DOCUMENTS) and _is_locative(toks[i].text)), start)
        if not _has_words(toks, start, end, 3) or self._claimed(toks[start].start):
            return
        if speaker.name is None:
            last = self.found[-1] if self.found else None
            if last is not None and last.pattern == "passive" and self._unit_index(last.end) >= unit.index - 1:
                speaker = last.speaker
        self._add(toks[start].start, toks[end - 1].end, "indirect", speaker, cue.text, cue.framing, 0.55, "passive")
        unit.claimed = True

    def _passive_matter(self, unit: _Unit, cue: _Cue, ci: int, speaker: _Speaker) -> None:
        """"… নাম, ঠিকানা ও স্বাক্ষর নেওয়ার কথা বলা হয়েছে", "… বয়ে যাওয়ার কথা বলা হয়েছে এই খবরে": the
        verbal noun's clause before কথা/বিষয়টি is what the passive reports, without the noun (as
        annotated); "এ কথা বলা হয়েছে" has no verbal noun before it and reports nothing new."""
        toks = unit.tokens
        end = ci - 1
        start = _content_floor(toks, end - 1, self._claimed_end(unit), self.text, unit.index == 0)
        if not _has_words(toks, start, end, 3) or toks[start].text in _ANA_DET or self._claimed(toks[start].start):
            return
        if speaker.start is not None and speaker.start >= toks[start].start:
            speaker = _NO_SPEAKER  # "ভোটারদের কাছ থেকে … নেওয়ার কথা": a place in the content, not its source
        cue.consumed = True
        self._add(toks[start].start, toks[end - 1].end, "indirect", speaker, cue.text, cue.framing, 0.5, "passive")
        unit.claimed = True

    @staticmethod
    def _in_document(toks: list[_Tok], ci: int, kinds: tuple[str, ...] = _DOCUMENTS) -> bool:
        """The passive cue at `ci` reports a document (of one of `kinds`): "শোকবার্তায় (আরও) বলা হয়",
        "বিবৃতিতে জানানো হয়"."""
        j = ci - 1
        while j >= 0 and toks[j].text in {"আরও", "আরো", "এতে", "সেখানে"}:
            j -= 1
        return j >= 0 and toks[j].text.startswith(kinds) and _is_locative(toks[j].text)

    def _issuer(self, offset: int, *, story: bool = False) -> _Speaker:
        """The organisation that issued the document last reported on (for "বিজ্ঞপ্তিতে বলা হয়"); for a
        `story` (খবরে, প্রতিবেদনটিতে, এতে) in a press review, the newspaper whose story it is ("'…'
        মানবজমিনের শিরোনাম। খবরে বলা হচ্ছে, …")."""
        paper = self._press_credit(offset) if story else None
        if paper is not None:
            return paper
        unit = self._unit_at(offset)
        before = self.units[unit.index - 1] if unit is not None and unit.index > 0 else None
        closing = self._closing_organisation(before) if before is not None else None
        if closing is not None:
            # "… একটি বক্তব্য প্রচার করে দূতাবাস। তাতে বলা হয়", "… স্পষ্টীকরণ করেছে নির্বাচন কমিশন (ইসি)।
            # সেখানে বলা হয়েছে": the organisation that closes the sentence just before, not an earlier speaker
            return closing
        for at, speaker in self._recent():
            if at < offset and speaker.source_type in {"organisation", "media", "person"}:
                if self._unit_index(offset) - self._unit_index(at) <= 3:
                    return replace(speaker, mention=None, start=None, end=None, resolved=True)
                break
        # "... বাজুসের এক বিজ্ঞপ্তিতে এসব তথ্য জানানো হয়েছে। ... বিজ্ঞপ্তিতে বলা হয়": look back
        if unit is None:
            return _NO_SPEAKER
        for u in reversed(self.units[max(0, unit.index - 2):unit.index]):
            toks = u.tokens
            for j, t in enumerate(toks):
                if (t.text.startswith(_DOCUMENTS) or t.text == "গেজেট") and j + 2 < len(toks) \
                        and toks[j + 1].text in _ISSUING:
                    # "মন্ত্রণালয় এ বিষয়ে প্রজ্ঞাপন জারি করে।", "… গেজেট জারি করে ইসি।": who issued it
                    issuer = self._name_opening_clause(u, j, _clause_floor(toks, j)) \
                        or self._np_after(u, j + 2, strict=True)
                    if issuer is not None and issuer.name and issuer.source_type in {"organisation", "person"}:
                        return replace(issuer, mention=None, start=None, end=None, resolved=True)
                if t.text in {"পক্ষ", "তরফ"} and j > 0 and j + 1 < len(toks) and toks[j + 1].text == "থেকে" \
                        and _is_genitive(toks[j - 1].text) and toks[j - 1].text not in _GEN_PRONOUNS:
                    # "এনসিপির পক্ষ থেকে … সংবাদ সম্মেলনের ঘোষণা দেওয়া হয়েছে। এতে জানানো হয়েছে …"
                    issuer = self._phrase_ending_at(toks, j - 1, u)
                    if issuer is not None and issuer.name and issuer.source_type in {"organisation", "person"}:
                        return replace(issuer, mention=None, start=None, end=None, resolved=True)
                if t.text.startswith(_DOCUMENTS) and j > 0:
                    k = j - 1
                    while k >= 0 and (toks[k].text in _PRESS or toks[k].text in {"এক", "একটি"}):
                        k -= 1
                    if k >= 0 and _is_genitive(toks[k].text):
                        issuer = self._phrase_ending_at(toks, k, u)
                        if issuer is not None and issuer.name:
                            return issuer
        return _NO_SPEAKER

    def _closing_organisation(self, unit: _Unit) -> _Speaker | None:
        """The organisation named last in a sentence, as the subject after its verb ("… ধারা যুক্ত
        করেছে নির্বাচন কমিশন (ইসি)।"), or None."""
        toks = unit.tokens
        end = len(toks)
        while end > 0 and not toks[end - 1].is_word and toks[end - 1].text not in {")"}:
            end -= 1
        if end >= 3 and toks[end - 1].text == ")" and toks[end - 3].text == "(":
            end -= 3  # the acronym in brackets
        if end < 2:
            return None
        if toks[end - 1].ends_name and toks[end - 1].name_start >= 0:
            start = _first_of_name(toks, end - 1, 0)
        elif toks[end - 1].is_word and _org_word(toks[end - 1].text) and not _is_genitive(toks[end - 1].text):
            # "… একটি বক্তব্য প্রচার করে দূতাবাস। তাতে বলা হয়": an organisation named by its kind
            start = end - 1
            while start > max(0, end - 3) and toks[start - 1].is_word and not _is_verb_like(toks[start - 1].text) \
                    and toks[start - 1].text not in _NON_SUBJECT:
                start -= 1
        else:
            return None
        if start == 0 or not _is_verb_like(toks[start - 1].text):
            return None  # the name must follow its verb
        speaker = self._np_speaker(toks, start, end, unit)
        if speaker is None or not speaker.name or speaker.source_type != "organisation":
            return None
        return replace(speaker, mention=None, start=None, end=None, resolved=True)

    def _press_credit(self, offset: int) -> _Speaker | None:
        """The newspaper a press review credits the story before `offset` to: "… — বণিক বার্তার প্রধান
        শিরোনাম এটি।", "'…' আজকের পত্রিকার শিরোনাম।", "যুগান্তর পত্রিকার আজকের খবর- …" (BBC Bangla's
        daily review of the papers), within the last few sentences."""
        unit = self._unit_at(offset)
        if unit is None:
            return None
        for u in reversed(self.units[max(0, unit.index - PRESS_CREDIT_UNITS):unit.index + 1]):
            toks = u.tokens
            for j, t in enumerate(toks):
                if t.text not in _STORY_WORDS or t.start >= offset:
                    continue
                k = j - 1
                while k >= 0 and toks[k].text in _STORY_PLACES:
                    k -= 1
                if (k < 0 or not _is_genitive(toks[k].text)) and "পত্রিকার" in (x.text for x in toks[k + 1:j]):
                    # the paper called a paper: "আজকের পত্রিকার শিরোনাম", "যুগান্তর পত্রিকার আজকের খবর"
                    k = next(i for i in range(j - 1, k, -1) if toks[i].text == "পত্রিকার")
                after = [x.text for x in toks[j + 1:j + 3]]
                credit = after[:1] in (["।"], ["-"], ["–"], ["—"]) or after == ["এটি", "।"] or after == ["এটা", "।"]
                if k < 0 or not credit or not _is_genitive(toks[k].text) or toks[k].text in _GEN_PRONOUNS:
                    continue
                words = [t.text for t in toks[_np_start(toks, k, 0, genitive_head=True):k + 1]]
                while len(words) > 1 and words[0] in _PAPER_DESCRIPTIONS:
                    words = words[1:]  # "এটি | বণিক বার্তার", "ইংরেজি দৈনিক | দ্য বিজনেস স্ট্যান্ডার্ডের"
                name = " ".join(words[:-1] + [_without_genitive_ending(words[-1])])
                return _Speaker(self.linker.by_name(name) or name, None, None, None, "media", named=True,
                                resolved=True)
        return None

    def _np_speaker(self, toks: list[_Tok], i: int, j: int, unit: _Unit | None, *, post: bool = False,
                    case: str | None = None) -> _Speaker | None:
        """A speaker from the noun phrase toks[i:j]: pronoun, name with role, or description."""
        # drop a parenthetical (acronym, age) but keep an acronym with the affiliation
        words = _without_parentheses(toks[i:j])
        while len(words) > 1 and words[-1].text in _TRAILING_ADVERBS:
            words = words[:-1]  # "ভারত খুবই ‘প্ররোচনামূলক’ বলে মনে করেছে", "ভারত যেহেতু মনে করে"
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
        if len(words) > 1 and words[-1].text in _STANDALONE_GROUPS and not _is_genitive(words[-2].text):
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
        if len(words) == 1 and (last.text in _SINGULAR or last.text in _PLURAL or _strip_case(last.text) in _SINGULAR):
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
        if len(words) > 1 and (words[-1].text in _SINGULAR or words[-1].text in _PLURAL):
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
        if name_i is not None and name_i < len(texts) and texts[name_i] in {"ও", "এবং"}:
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
        if best is None and not plural:
            best = self._titled_just_before(start)
        if best is None and plural:
            best = self._bodies_owning_just_before(start)
        if best is None:
            return _Speaker(None, word, start, end, "unknown")
        return replace(best, mention=word, start=start, end=end, resolved=True)

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
            first = next((k for k in range(end) if toks[k].start == s), None)
            if first is None or first == 0 or not _finite(toks[first - 1].text):
                continue
            return _Speaker(entity.name, self.text[s:e], s, e, "organisation", named=True)
        return None

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
        for at, speaker in self._recent():
            if at < offset and offset - at > MAX_ANAPHORA_CHARS:
                break  # (as far back as an entity's mention is looked for: `_EntityLinker.recent_org`)
            if at < offset and speaker.source_type in types and speaker.named:
                return speaker
        linked = self.linker.recent_org(offset, self.masked)
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

    # -- bookkeeping ---------------------------------------------------------------------------

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
            if join == "ও" and word in {"ও", "এবং"}:
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
        for cue in islice(self._cues_after(toks[k].start), 25):
            if cue.start >= toks[last].end:
                break
            if cue.end != toks[last].end:
                continue
            ci = _token_index(toks, cue.start)
            if ci is None:
                return end
            b = ci - 1
            if b > k and toks[b].text in _SINGULAR | _PLURAL:
                b -= 1
            if b > k + 1 and toks[b].text in _BOLE:
                return b
        return end

    def _embedded_attribution(self, unit: _Unit, k: int, end: int) -> int:
        """"X জানান, A, একইসাথে তিনি জোর দিয়ে বলেন যে B": A ends where the new attribution starts."""
        toks = unit.tokens
        for cue in islice(self._cues_after(toks[k].start), 25):
            if cue.start >= unit.end:
                break
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
            if head in _SINGULAR | _PLURAL or _role_of(head) or self.linker.is_name(toks[span[0]].start):
                start = span[0]
                while start > k and toks[start - 1].text in {",", "এবং", "আর", "ও"}:
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
        for cue in islice(self._cues_after(toks[k].start), 25):
            if cue.start >= unit.end:
                break
            ci = _token_index(toks, cue.start)
            if ci is None:
                continue
            if cue.kind == "acc" and ci > k and (_is_genitive(toks[ci - 1].text) or toks[ci - 1].text in _GEN_PRONOUNS) \
                    and (cue.text in _ACCORDING_NO_COMMA or ci + 1 < len(toks) and toks[ci + 1].text in {",", ":"}):
                # "… মানুষের প্রত্যাশা পূরণের …" is content; "… এবং তাদের প্রত্যাশা, …" a new attribution
                start = _np_start(toks, ci - 1, k, genitive_head=True)
                while start > k and toks[start - 1].text in {"এবং", "ও", ",", "আর"}:
                    start -= 1
                return start
            if cue.kind == "verb" and ci > k + 2:
                span = _np_before(toks, ci, k)
                if span is not None and span[0] > k and toks[span[0] - 1].text in {",", "এবং", "আর"}:
                    start = span[0]
                    while start > k and toks[start - 1].text in {"এবং", "ও", ",", "আর"}:
                        start -= 1
                    return start
        return end

    def _mark_at(self, offset: int) -> _Marked | None:
        return self.mark_by_open.get(offset)

    # -- nested quotations and fragments -------------------------------------------------------

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

    def _finish(self) -> list[Quote]:
        out: list[Quote] = []
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
                framing=f.framing, confidence=round(min(max(f.confidence, 0.05), 0.99), 3),
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
