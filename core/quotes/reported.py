"""Reported speech (`_ReportedSpeech`): content clauses introduced or closed by a cue: the verb's
clause (`_verb_clause`), "… বলে" (`_bole`), the converb (`_converb`), "X-এর মতে" (`_according_to`),
"বরাত দিয়ে" (`_citing`), a matter or a nominal cue (`_matter`, `_nominal`), each with its speaker.
Uses the layers below (`continuation` and under).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from core.quotes.clauses import (
    _ADDRESSED_YOU,
    _ADDRESSEE_POSTPOSITIONS,
    _AGAINST,
    _CONJUNCTIONS,
    _CORRELATIVE_PRONOUNS,
    _FINITE_BEFORE_AND,
    _GREGORIAN_MONTH_NAMES,
    _INFINITIVES,
    _MATTERS,
    _NEGATIONS,
    _PASSIVE_REQUESTS,
    _REQUESTS,
    _RULE_NOUNS,
    _STRESS_NOUNS,
    _TAKEN_UP,
    _THINGS,
    _VOICED_REQUESTS,
    _WEEKDAY_WORDS,
    _accuses_someone,
    _addressed_comma,
    _addressee,
    _after_leading_setting,
    _asks_someone,
    _before_bracket,
    _before_closing_quotation,
    _bole_before,
    _bole_before_subject,
    _called_he_or_she,
    _clause_after_noun_cue,
    _clause_before_cue_noun,
    _clause_floor,
    _closes_on_pointer,
    _comma_before,
    _comma_before_taken_up,
    _conditional,
    _content_floor,
    _content_start,
    _dash_before_words_pointed_at,
    _declares_state,
    _embedded_question,
    _glued_particle,
    _holds_clause,
    _introduces_content,
    _is_anaphoric,
    _is_statement,
    _is_title,
    _last_word_index,
    _mostly_quote,
    _named_before,
    _names_a_thing,
    _names_object,
    _nominal_end,
    _one_clause,
    _opener_before,
    _pointing_object,
    _resumed_clause_end,
    _resumes_content,
    _said_thing_only,
    _token_index,
    _topic_said_after,
)
from core.quotes.continuation import _Continuation
from core.quotes.phrases import (
    _LEARNT,
    _MAIN_CLAUSE_ADVERBS,
    _QUOTED_STATEMENTS,
    _SUBJECT_ADVERBS,
    _WORDS_RE,
    _after_told_clause,
    _explicator_end,
    _finite,
    _honorific_finite,
    _is_verbal_noun_genitive,
    _np_before,
    _np_start,
    _plural_subject,
    _sets_the_scene,
    _topic_only,
    _without_parentheses,
)
from core.quotes.records import _NO_SPEAKER, _Cue, _CueList, _Speaker
from core.quotes.state import _Unit
from core.quotes.tokens import (
    _ONE,
    _has_words,
    _is_address,
    _is_genitive,
    _is_locative,
    _is_objective,
    _is_predicate,
    _is_verb_like,
    _role_base,
    _role_of,
    _squash,
    _strip_genitive,
    _Tok,
)
from core.quotes.tunables import (
    CONFIRMER_REACH,
    LEADING_SUBJECT_REACH,
    MAX_GLOSSED_TERM_WORDS,
    MAX_NP_WORDS,
    MAX_TITLE_BEFORE_NAME,
    MAX_TOLD_GLOSS_TOKENS,
    MAX_TOLD_PRONOUN_REACH,
    MAX_VIEW_CONTINUATION,
    MIN_PLAIN_CLAUSE_WORDS,
    MIN_UNCUED_WORDS,
)
from core.quotes.vocabulary import (
    _ACCORDING_NO_COMMA,
    _AGAIN,
    _ALLEGATION,
    _ANA_DET,
    _ASSURANCES,
    _BOLE,
    _BREAK,
    _COMITATIVE,
    _CONDITIONAL_VERBS,
    _CONFIRMED_MATTERS,
    _CONNECTORS,
    _CONVERBS,
    _COORDINATION,
    _COPULAS,
    _COUNTED,
    _CUE_NOUNS,
    _DATA_ACCORDING_TO,
    _DATA_MODIFIERS,
    _DETERMINERS,
    _DISMISSING,
    _DOCUMENTS,
    _ENSURED_STATES,
    _EVENT_NOUNS,
    _GEN_PRONOUNS,
    _GIVING,
    _GROUP_SUBJECTS,
    _GROUPS_ALONE,
    _INFERENCE_NOUNS,
    _ISSUED_RULES,
    _LEARNT_FROM_HEADS,
    _LETTERS_GOING_ON,
    _LIST_JOINS,
    _NAMING_NOUNS_CUE,
    _NOMINAL,
    _NON_SUBJECT,
    _NOT_SOURCES,
    _PARTITIVES,
    _PERSONAL_PRONOUNS,
    _RELATIVE,
    _REPORTING_CONVERB,
    _REQUEST_CONVERBS,
    _SPEECH_VERBS,
    _TALKED_WITH_POSTPOSITIONS,
    _TERMINATORS,
    _TOLD_PRONOUNS,
    _WRITING_VERBS,
)

# দেওয়া after জানান: "জানান দেন/দিচ্ছে" (makes itself felt) is a noun and its light verb, not "tells";
# its finite forms (lexicon GIVING_FORMS), its converb and its infinitive.
_GIVING_FORMS = _GIVING | {"দিয়ে", "দিতে"}


# The words of a date that opens a clause: "গত ১২ ডিসেম্বর", "গত শুক্রবার", "আজ".
_DATE_WORDS = _GREGORIAN_MONTH_NAMES | _WEEKDAY_WORDS | {"গত", "আজ", "গতকাল", "এরপর", "পরে"}

# What joins a name to the next of a pair or a list ("সরকার ও কমিশনের", "X, Y"): the first is no subject.
_JOINED_TO_NEXT = _LIST_JOINS | {",", "-", "–"}


class _ReportedSpeech(_Continuation):
    """Reported speech: content and speaker of each cue; uses continuation and below."""

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
        # quotative "বলে" before the cue: "... বলে মন্তব্য করেন X"; or, closing the content the same
        # way, the comma after a যে-clause that তা takes up: "… যে বেশি, X তা লিখেছেন"
        taken_up = _comma_before_taken_up(toks, ci)
        bi = taken_up if taken_up is not None else _bole_before(toks, ci)
        if bi is None:
            bi = _bole_before_subject(toks, ci)
        if bi is not None:
            found_before = len(self.found)
            self._bole(unit, cue, bi, ci, ce, taken_up=taken_up is not None)
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
                _is_genitive(toks[ci - 1].text) or cue.noun in _STRESS_NOUNS
                or cue.noun in _REQUESTS and _addressee(toks, ci, objective=True) is not None):
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
        if cue.text == "জানান" and ce + 1 < len(toks) and toks[ce + 1].text in _GIVING_FORMS:
            return  # "তিনি যেন নতুন করে জানান দেন, …": জানান দেওয়া is making felt, a noun and its light verb
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
            relayed = self._relayed_report(unit, k)
            if relayed is not None and speaker.name is not None:
                # "ওসি … জানান, অধ্যক্ষ সাহাবুদ্দিন তাঁকে ফোন করেছিলেন যে …", "খলিল উল্যাহ বলেন, জাবেদ
                # হাসান তাঁকে (খলিল) জানিয়েছেন, …": the speaker passes on what someone named told them;
                # those words are that person's, and the one passing them on stays the last speaker
                teller, told, content = relayed
                before = len(self.found)
                self._content_after(unit, told, content, teller, 0.7, "relayed", continue_ok=True)
                if len(self.found) > before:
                    self._remember(speaker, self.found[-1].end)
                    return
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
            if post is not None and (post.name is not None or comma_at < ci - 1 and post.mention in _PERSONAL_PRONOUNS):
                # "খালিল … ধারণ করতে চায়নি, বলছেন তার মা আলজিন।", "… থাকা উচিত, বিবিসিকে বলেন তিনি।"
                self._content_before(unit, cue, comma_at, post, "comma-inverted", 0.7, clause_end=comma_at)
                return
        if (cue.kind == "verb" or cue.noun in _NOMINAL) and ci > floor and toks[ci - 1].text in _INFINITIVES:
            post = self._np_after(unit, ce)
            if post is not None and (post.name is not None or post.mention in _PERSONAL_PRONOUNS):
                # "… বিজিবিকে কঠোর সতর্কতা অবলম্বন করতে বলেছেন স্বরাষ্ট্র উপদেষ্টা …": a request
                self._content_before(unit, cue, ci, post, "directive", 0.6)
                return
        if (cue.kind == "verb" or _clause_before_cue_noun(cue)) and ci > floor and _is_predicate(toks[ci - 1].text):
            post = self._np_after(unit, ce)
            if post is not None and post.name is not None:
                # "… সে দাবি ঠিক নয় বলেছে পিয়ংইয়ং এবং মস্কো, …", "… শান্ত থাকবে উল্লেখ করেন পুলিশ সুপার …"
                self._content_before(unit, cue, ci, post, "inverted", 0.7)
                return
        if _declares_state(toks, floor, ci, cue) and self._declared_state(unit, cue, ci, floor):
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

    def _declared_state(self, unit: _Unit, cue: _Cue, ci: int, floor: int) -> bool:
        """"বাফুফে [তাদের সব আয়োজন স্থগিত] ঘোষণা করে": the small clause between the named subject and
        ঘোষণা is what was declared (the walk back from the cue would take the clause for the subject)."""
        toks = unit.tokens
        head = next((j for j in range(ci - 3, floor - 1, -1) if toks[j].is_word and not _is_genitive(toks[j].text)
                     and self.linker.is_name(toks[j].start)), None)
        if head is None:
            return False
        span = _np_before(toks, head + 1, floor, self.linker.is_name)
        if span is None:
            return False
        speaker = self._np_speaker(toks, span[0], span[1], unit)
        if speaker is None or speaker.name is None or not _has_words(toks, head + 1, ci, 2):
            return False
        if self._claimed(toks[head + 1].start):
            return False
        self._add(toks[head + 1].start, toks[ci - 1].end, "indirect", speaker, cue.text, cue.framing, 0.6,
                  "declared-state")
        unit.claimed = True
        return True

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
            return speaker.mention in _PERSONAL_PRONOUNS  # তারা বলছেন …, not a title resolved from afar
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

    def _relayed_report(self, unit: _Unit, k: int) -> tuple[_Speaker, _Cue, int] | None:
        """A content that opens by naming who told the speaker ("জাবেদ হাসান তাঁকে (খলিল) জানিয়েছেন,
        …", "অধ্যক্ষ সাহাবুদ্দিন তাঁকে ফোন করেছিলেন যে …"): the person named, the verb of telling as the
        cue and where what they told begins. The one told must be a personal pronoun (the speaker
        themself): "তাঁরা বলেছেন, …" (no one else named) or "… কর্মকর্তাদের বলেছেন" are not relayed."""
        toks = unit.tokens
        told = next((o for o in range(k + 1, min(len(toks), k + MAX_TOLD_PRONOUN_REACH))
                     if toks[o].text in _TOLD_PRONOUNS), None)
        if told is None:
            return None
        v = told + 1
        if v < len(toks) and toks[v].text == "(":  # "তাঁকে (খলিল)": the reporter says who is meant
            v = next((j + 1 for j in range(v + 1, min(len(toks), v + MAX_TOLD_GLOSS_TOKENS))
                      if toks[j].text == ")"), len(toks))
        if v < len(toks) and toks[v].text == "ফোন":
            v += 1  # "তাঁকে ফোন করেছিলেন যে …"
            if v >= len(toks) or not toks[v].text.startswith("কর"):
                return None
        elif v >= len(toks) or toks[v].text not in _SPEECH_VERBS:
            return None
        if v + 2 >= len(toks) or not _finite(toks[v].text) or toks[v + 1].text not in {",", "যে"} \
                or not toks[v + 2].is_word:
            return None
        span = _np_before(toks, told, k, self.linker.is_name)
        if span is None or any(t.is_word and t.text not in _NON_SUBJECT for t in toks[k:span[0]]):
            return None
        teller = self._np_speaker(toks, span[0], span[1], unit)
        if teller is None or not teller.named or teller.source_type != "person":
            return None
        verb = toks[v - 1] if toks[v - 1].text == "ফোন" else toks[v]
        return teller, _Cue(verb.start, toks[v].end, "verb", self.text[verb.start:toks[v].end]), v + 2

    def _talked_with(self, speaker: _Speaker) -> bool:
        """Is the speaker the one talked with after the act ("কথা হয় মঈন উদ্দিনের সঙ্গে")?"""
        if speaker.end is None:
            return False
        after = _WORDS_RE.match(self.text, speaker.end + 1)
        return after is not None and after.group() in _COMITATIVE

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
        runs_to_sentence_end = continue_ok and end == _last_word_index(toks) + 1
        # a view (X-এর মতে, তার ভাষ্য) is summed up in a sentence or two, speech runs on
        most = MAX_VIEW_CONTINUATION if pattern == "according-to" else None
        if runs_to_sentence_end and (
                speaker.source_type in {"person", "group"} or _called_he_or_she(speaker) or titled or speaker.source_type == "organisation" and written
                or pattern == "passive" and written):
            # people go on talking; an organisation's statement (এক বিজ্ঞপ্তিতে জানায়, …) goes on too
            end_off = self._continue_reported(unit, end_off, speaker, content_start=start_off, most=most)
        elif runs_to_sentence_end and speaker.name is not None:
            # what an office, a source or a paper told is reported briefly, but what may or will happen
            # next is still theirs ("জোট সূত্রে জানা যায়, … । বাকি আসন শীর্ষ নেতারা চূড়ান্ত করবেন।"): the
            # reporter does not forecast in their own voice
            end_off = self._continue_reported(unit, end_off, speaker, content_start=start_off, most=most,
                                              forecasts_only=True)
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

    def _bole(self, unit: _Unit, cue: _Cue, bi: int, ci: int, ce: int, *, taken_up: bool = False) -> None:
        """CONTENT বলে (মনে করেন|মন্তব্য করেন|জানিয়েছেন|জানানো হয়) X; with `taken_up`, `bi` is the comma
        closing a যে-clause that তা takes up: "… যে বেশি, X তা লিখেছেন"."""
        toks = unit.tokens
        cue.consumed = True
        speaker = self._np_after(unit, _explicator_end(toks, ce)) if cue.kind != "passive" else None
        if speaker is None and cue.light in _CONVERBS and ci == bi + 1:
            # "… ষড়যন্ত্র হচ্ছে বলে অভিযোগ করে শেখ হাসিনা বলেন": the main clause's subject tells it
            speaker = self._main_clause_subject(unit, ce)
        # "… যে বেশি, অধ্যাপক অমর্ত্য সেন তা বারবার লিখেছেন": the subject ends before the resumptive তা
        subject_end = next((i for i in range(bi + 1, ci) if toks[i].text in _TAKEN_UP), ci) if taken_up else ci
        between = toks[bi + 1:subject_end]
        if speaker is None and between and cue.kind == "source":
            speaker = self._source_speaker(toks, bi + 1, ci, unit)
        if speaker is None and any(t.is_word and t.text not in _AGAIN for t in between) and cue.kind != "passive" and \
                not any(t.text in _BREAK or _is_locative(t.text) and t.text not in _NON_SUBJECT for t in between):
            speaker = self._np_speaker(toks, bi + 1, subject_end, unit)
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
        cue_text = cue.text if taken_up else toks[bi].text + " " + cue.text
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
                inner = next((t for t in toks[start + 1:bi] if t.text in _PERSONAL_PRONOUNS), None)
                if lead in _RELATIVE and start > 0 and toks[start - 1].text == ",":
                    # "… প্রমাণ করে, যারা … ষড়যন্ত্র বলে মনে করেন": who the relative clause is about
                    speaker = self._relative(toks, start, unit)
                    start += 1
                elif lead in _PERSONAL_PRONOUNS or lead in _RELATIVE:
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
        if after.text in _PERSONAL_PRONOUNS:
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
        if comma and toks[k].text == ":" and self._attributed_in_sentence(unit, k + 1):
            return  # "কর্তৃপক্ষের বক্তব্য: … পরিচালক সাইফুল ইসলাম বলেন, …": a heading; the sentence names who speaks
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

    def _attributed_in_sentence(self, unit: _Unit, k: int) -> bool:
        """Does the sentence from token `k` carry an attribution of its own: a speech verb or noun cue
        that opens content (… বলেন, …) or closes it after বলে (… পাচ্ছেন বলে দাবি করেছেন)? After a
        heading "X-এর অভিযোগ:" such a sentence is a speaker's report, not X's view."""
        toks = unit.tokens
        stop = next((j for j in range(k, len(toks)) if toks[j].text in _TERMINATORS), len(toks))
        if stop <= k:
            return False
        for cue in self._cues_between(toks[k].start, toks[stop - 1].end):
            ci, last = _token_index(toks, cue.start), _token_index(toks, cue.end - 1)
            if ci is None or last is None or cue.kind not in {"verb", "noun"} or ci <= k:
                continue
            if _introduces_content(toks, last + 1) or toks[ci - 1].text in _BOLE:
                return True
        return False

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
        start = self._nominal_floor(unit, end)
        subject = _dated_pronoun_subject(toks, start, end)
        if subject is not None:
            # "১২ ডিসেম্বর তিনি | জাপার দলীয় প্রতীক ‘লাঙ্গল’ কাউকে বরাদ্দ না দিতে … অনুরোধ করে চিঠি
            # লেখেন": the date and the pronoun are the main clause's, and the pronoun is who asks
            start = subject + 1
            speaker = self._pronoun(toks[subject].text, toks[subject].start, toks[subject].end)
            if speaker.name is None:
                return
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
        # what is confirmed is an event, even when named by a plain noun ("… ভাঙচুরের বিষয়টি নিশ্চিত করেন")
        confirmed = "নিশ্চিত" in cue.text
        if confirmed and gen in _ENSURED_STATES:
            return False  # "… যাত্রীদের নিরাপত্তার বিষয়টি নিশ্চিত করেছে": ensured, nothing reported
        if not _has_words(toks, start, ci, 2) or toks[start].text in _ANA_DET \
                or (not confirmed and _topic_only(toks[start:ci])):
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
        if (speaker is None or speaker.name is None) and toks[start].text in _PERSONAL_PRONOUNS:
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
        if confirmed and (speaker is None or speaker.name is None):
            lead = self._confirmer(unit, start, ci)
            if lead is not None:
                speaker, start = lead
        if speaker is None or speaker.name is None:
            # "পর্তুগালের অধিনায়ক ক্রিস্টিয়ানো রোনালদো … গোল করার লক্ষ্যের কথা জানিয়েছেন": a titled name
            # in the nominative opens it, and what follows is a clause (a verbal noun in it), not a
            # thing or someone mentioned ("মি. ব্লাঞ্চ উল্টো নিউইয়র্কের একজন বিচারকের কথা উল্লেখ করেছেন")
            lead = self._leading_subject(unit, start, ci) or self._subject_before_floor(unit, start, ci)
            if lead is not None and lead[0].mention and self._nominative_mention(lead[0]) \
                    and (confirmed or any(_is_verbal_noun_genitive(t.text) for t in toks[lead[1]:ci])):
                speaker, start = lead
        if (speaker is None or speaker.name is None) and start > 0 and toks[start - 1].text in _LIST_JOINS:
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
        start = self._nominal_floor(unit, end)
        start = _after_told_clause(toks, start, end)
        while toks[start].text in _MAIN_CLAUSE_ADVERBS and _has_words(toks, start + 1, end, 2):
            start += 1  # "ইতোমধ্যে | … সঙ্গে কাজ করার ইঙ্গিত দিয়েছে দিল্লি": the adverb is the main verb's
        if not _has_words(toks, start, end, 2) or plain and not (
                cue.noun in _ASSURANCES  # (what is assured is named by the noun: "সার্বিক সহযোগিতার আশ্বাস")
                or cue.noun in _REQUESTS and _asks_someone(toks, start, end) or _holds_clause(toks, start, end)
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
        by_pronoun = speaker is not None and speaker.mention in _PERSONAL_PRONOUNS
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

    def _nominal_floor(self, unit: _Unit, end: int) -> int:
        """The first token of a nominal content (a request, a verbal noun) that ends at token `end`
        (the token after it). A quotation normally bounds it, but not a quoted title or a term quoted
        amid the clause: "‘… অধ্যাদেশ, ২০২৫’ দ্রুত চূড়ান্তকরণের দাবি", "বানচালকারীদের ‘উপযুক্ত শিক্ষা’
        দেওয়ার জন্য … আহ্বান", "জাপার দলীয় প্রতীক ‘লাঙ্গল’ কাউকে বরাদ্দ না দিতে … অনুরোধ করে"."""
        toks = unit.tokens
        start = _content_floor(toks, end - 1, self._claimed_end(unit), self.text, unit.index == 0, nominal=True)
        if start > 0 and toks[start - 1].is_quote and (self._quoted_title_at(toks[start - 1].start)
                                                      or self._quoted_term_in_clause(toks, start - 1)):
            start = _content_floor(toks, end - 1, self._claimed_end(unit), self.text, unit.index == 0, nominal=True,
                                   keep_quotes=True)
        return start

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
        return after is not None and after + 1 < end and toks[after + 1].text in _COORDINATION

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

    def _confirmer(self, unit: _Unit, start: int, ci: int) -> tuple[_Speaker, int] | None:
        """Who confirmed a matter, opening its clause, and where the matter starts after them: a titled
        name however long its title ("সহকারী পুলিশ সুপার মো. রাসেল শেখ | নেচারাল ডিজাইনে ভাঙচুরের বিষয়টি
        নিশ্চিত করেন"), else the sentence's subject ("স্থানীয় একটি বেসরকারি অ্যাম্বুলেন্স সেবাপ্রতিষ্ঠান |
        ১১টি লাশ উদ্ধারের খবর নিশ্চিত করেছে")."""
        lead = self._leading_subject(unit, start, ci, reach=CONFIRMER_REACH)
        if lead is not None:
            return lead
        toks = unit.tokens
        if any(_role_of(t.text) or self.linker.ends_name(t.start, t.end) for t in toks[start:ci]):
            return None  # "ওসি মো. মনিরুজ্জামান গ্রেফতারের বিষয়টি …": the one named leaves too little confirmed
        subject = self._sentence_subject(unit)
        if subject is None or subject.name is None or subject.start is None or subject.end is None \
                or subject.start < toks[start].start:
            return None
        c = next((k for k in range(start, ci) if toks[k].start >= subject.end), ci)
        return (subject, c) if _has_words(toks, c, ci, 2) else None

    def _leading_subject(self, unit: _Unit, start: int, ci: int, *,
                         reach: int = LEADING_SUBJECT_REACH) -> tuple[_Speaker, int] | None:
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
        if toks[k].text in _PERSONAL_PRONOUNS:
            if not _has_words(toks, k + 1, ci, 2):
                return None
            speaker = self._pronoun(toks[k].text, toks[k].start, toks[k].end)
            return (speaker, k + 1) if speaker.name is not None else None
        best = None
        j, last = k - 1, min(ci - 2, k + reach)
        while j + 1 < last:
            j += 1
            w = toks[j].text
            if w == "(" and best == j - 1 and _role_of(toks[j - 1].text):
                # "লালবাগ থানার পরিদর্শক (তদন্ত) পরিতোষ চন্দ্র": the post's branch, the name after it
                j = next((m for m in range(j + 1, min(last, j + 4)) if toks[m].text == ")"), last)
                continue
            if not toks[j].is_word or _is_objective(w) or w in _BREAK or (
                    _is_locative(w) or _is_verb_like(w) and _role_of(w) is None) and not toks[j].ends_name:
                break  # (but a name the tagger found may end like a place or a verb: মাসওয়ানহিসে, বাতেন)
            if toks[j + 1].text in _JOINED_TO_NEXT:
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


def _dated_pronoun_subject(toks: list[_Tok], start: int, end: int) -> int | None:
    """The index of a subject pronoun that opens the clause [start, end), after nothing but a date
    ("১২ ডিসেম্বর তিনি …", "গত শুক্রবার তারা …"), with at least two words after it; None otherwise."""
    k = start
    while k < end and (toks[k].text.isdigit() or toks[k].text in _DATE_WORDS):
        k += 1
    if k < end and toks[k].text in _PERSONAL_PRONOUNS and _has_words(toks, k + 1, end, 2):
        return k
    return None
