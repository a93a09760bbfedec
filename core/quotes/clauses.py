"""Clauses and content boundaries: where reported content starts and ends around its cue
(`_content_start`, `_clause_floor`, `_request_end`, the quotative বলে), whether a sentence narrates or
is still speech (`_narrates`, `_own_voice`, `_closing_future`), and the masking of quotations
(`_mask`, `_words`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from core.lexicon import speech as lx
from core.lexicon.time import GREGORIAN_MONTHS
from core.quotes.marks import _Marked
from core.quotes.phrases import (
    _CASE_ALT,
    _EVENT_OVER,
    _WEEKDAY_NAMES,
    _finite,
    _is_action_noun_genitive,
    _is_plural_phrase,
    _is_verbal_noun_genitive,
    _title_quote,
    _topic_only,
)
from core.quotes.records import _Cue, _Speaker
from core.quotes.tokens import (
    _has_words,
    _is_genitive,
    _is_locative,
    _is_objective,
    _is_predicate,
    _is_verb_like,
    _narrative_verb,
    _role_base,
    _role_of,
    _Tok,
)
from core.quotes.tunables import (
    _B,
    _E,
    _LETTERS,
    _MASK,
    MAX_ADDRESSEE_WORDS,
    MAX_BOLE_SETTING_WORDS,
    MAX_BOLE_SUBJECT_TOKENS,
    MAX_COMPLEMENT_WORDS,
    MAX_GLOSSED_TERM_WORDS,
    MAX_LEADING_GENITIVE_SETTING_WORDS,
    MAX_LEADING_SETTING_WORDS,
    MAX_LOOKBACK_TOKENS,
    MAX_MANNER_WORDS,
    MAX_TAKEN_UP_GAP,
    MIN_PLAIN_CLAUSE_WORDS,
    MIN_SPEECH_WORDS,
)
from core.quotes.vocabulary import (
    _ABBREV,
    _ABOUT,
    _ANA_ALONE,
    _ANA_DET,
    _ANA_OBJ,
    _AS,
    _BOLE,
    _BREAK,
    _CLAUSE_BEFORE_CUE_NOUNS,
    _COMMON_CONVERBS,
    _CONDITIONAL_VERBS,
    _CONNECTORS,
    _CONVERBS,
    _CUE_NOUNS,
    _DASHES,
    _DATELINE,
    _DECLARED_STATES,
    _DETERMINERS,
    _EVENT_TIME_WORDS,
    _EVENTS,
    _FIRST_PERSON,
    _FIRST_PERSON_VERB_ENDINGS,
    _FIRST_PERSON_VERBS,
    _GEN_PRONOUNS,
    _GENITIVE_POSTPOSITIONS,
    _GOD_WORDS,
    _IF,
    _INDEFINITES,
    _INFORMATION,
    _LIST_JOINS,
    _MEDIA_FIRST,
    _NARRATIVE_PRESENT,
    _NON_SUBJECT,
    _NOT_FIRST_PERSON_ENDINGS,
    _NOT_FIRST_PERSON_VERBS,
    _NOT_SOURCES,
    _PARTICIPLES,
    _PLURAL,
    _PLURAL_GEN,
    _RELATIVE,
    _SOURCE_POSTPOSITIONS,
    _SPACED_DASH,
    _SUBJECT_PRONOUNS,
    _TERMINATORS,
    _THEN,
    _THIRD_PERSON_WORDS,
    _TOLD,
    _VERB_FORMS,
    _VERBAL_NOUN_ENDINGS,
    _VOICED,
    _WISH_OPENERS,
    _WISH_WORDS,
    _WORD_START,
    _YEAR,
    _alt,
    _word_before,
)


def _named_before(toks: list[_Tok], ci: int, floor: int) -> bool:
    """"X-কে NAME বলা হয়": a thing in the objective, then one to three words of a name, then the
    passive "is called"."""
    for j in range(ci - 2, max(floor, ci - 4) - 1, -1):
        if not toks[j + 1].is_word:
            return False
        if _is_objective(toks[j].text) and toks[j].text not in _TOLD:
            return True
    return False


def _conditional(toks: list[_Tok], ci: int, ce: int) -> bool:
    """Is the cue at ci..ce the verb of an if- or when-clause ("যদি … ঘোষণা করেন, তাহলে …")?"""
    k = ce + 1
    while k < len(toks) and toks[k].text == ",":
        k += 1
    return k < len(toks) and toks[k].text in _THEN and any(t.text in _IF for t in toks[_clause_floor(toks, ci):ci])


_INFINITIVES = frozenset({"করতে", "দিতে", "নিতে", "থাকতে", "রাখতে", "যেতে", "হতে", "আসতে", "চলতে", "ছাড়তে",
                          "মানতে", "দেখতে", "ফিরতে", "ধরতে", "বসতে", "খুলতে", "তুলতে", "চালাতে", "জানাতে", "পাঠাতে"})
# Words before a passive cue that make it no report: an infinitive (… করতে বলা হয়েছিল, "was asked to";
# not হতে, which is also "from": "সরকারের পক্ষ হতে বলা হয়") or an expressive object (শুভেচ্ছা জানানো হয়).
_NOT_REPORTING_BEFORE_PASSIVE = (_INFINITIVES - {"হতে"}) | (
    frozenset(lx.NON_SPEECH_OBJECTS) - frozenset(lx.MATTER_NOUNS) - frozenset(lx.SPEAKING_ACT_NOUNS))
_QUESTION_WORDS = frozenset({"কোন", "কী", "কি", "কেন", "কীভাবে", "কিভাবে", "কারা", "কে", "কখন", "কোথায়", "কত",
                             "কতটা", "কিনা", "কি না"})
_RESUMPTIVES = frozenset({"তা", "সেটা", "সেটি", "সেটাও", "তাও"})


# Cue nouns whose light verb takes a whole content clause right after it, without a comma or যে:
# "তমা মির্জা মন্তব্য করেছেন কোটি কোটি মানুষের মনে চিরকাল বেঁচে থাকবেন …", "তিনি সতর্ক করেছেন এই
# জাতীয় ওষুধের ব্যবহারে … কমে যেতে পারে", "অনেকে পরামর্শ দিয়েছিল আপনি কেন এই কষ্ট সহ্য করছেন".
# Corpus survey of the 566 articles (every cue noun directly followed by words) and held-out 5; not
# নিশ্চিত ("নিশ্চিত করেছে ২০২৬ বিশ্বকাপের টিকিট": secured), যোগ ("যোগ করলেন আরও একটি রত্ন": added a
# thing) or প্রশ্ন ("প্রশ্ন তোলেন … বিষয়ে"), whose object is as often a thing as a clause.
_CLAUSE_CUE_NOUNS = frozenset({"মন্তব্য", "মন্তব্যও", "উল্লেখ", "উল্লেখও", "দাবি", "দাবিও", "অভিযোগ", "অভিযোগও",
                               "স্বীকার", "সতর্ক", "ব্যাখ্যা", "পরামর্শ", "আশা", "আশঙ্কা", "উদ্বেগ"})


# Converbs of the light verbs that take an object: the phrase right before one is its object ("বেগম
# খালেদা জিয়ার ছবি পোস্ট করে লিখেছেন", "মনোনয়নপত্র জমা দিয়ে বলেন", "অবাক বিস্ময় নিয়ে বলেন"), not the
# subject of the speech verb after it. Corpus survey: 11 quotes of the 566 articles had such an object
# (or a name with its object glued on) as speaker; none of the gold articles has the construction.
_OBJECT_CONVERBS = frozenset({"করে", "দিয়ে", "নিয়ে"})
# Words that close a predicate phrase before the speech verb: a converb of being (… আবেগাপ্লুত হয়ে
# বলেন) or "on the occasion of" (… ফল প্রকাশ উপলক্ষে …).
_PREDICATE_CLOSERS = frozenset({"হয়ে", "উপলক্ষে", "উপলক্ষ্যে"})
# Nouns of compound verbs that take an object before them ("আগুনের ঘটনা নিশ্চিত করে জানান"); not the
# adverbs that also come before করে (আলাদা করে, বিশেষ করে, নতুন করে).
_TRANSITIVE_VERB_NOUNS = frozenset({
    "নিশ্চিত", "প্রকাশ", "অস্বীকার", "স্বীকার", "মূল্যায়ন", "সমালোচনা", "বিশ্লেষণ", "পর্যালোচনা",
    "পর্যবেক্ষণ", "প্রত্যাখ্যান", "গ্রহণ", "উপস্থাপন", "পেশ", "ব্যাখ্যা", "বর্ণনা", "শেয়ার", "পোস্ট",
    "উদ্ধৃত", "সমর্থন", "বিরোধিতা",
})
# Determiners that open an object phrase after its subject: "ঢাকার পুলিশ একটি সংবাদ বিজ্ঞপ্তি দিয়ে".
_OBJECT_DETERMINERS = frozenset({"এক", "একটি", "একটা", "একজন"})


MAX_COUNTED_GROUP_WORDS = 3
# Words that count people at the head of a subject phrase ("কিছু মুসলিম জমিদার", "দুজন শিক্ষার্থী"): such a
# subject is a group that a following তারা can point back to.
_COUNTED_GROUP_OPENERS = frozenset({"কিছু", "কয়েকজন", "কয়েক", "অনেক", "একাধিক", "বহু", "দুজন", "তিনজন",
                                    "চারজন", "দুই", "তিন", "চার", "পাঁচ"})


def _day_genitive(word: str) -> bool:
    """The genitive of a day (গতকালের, সোমবারের, আজকের): when a report was published, not whose it is."""
    return word.endswith("ের") and (word[:-2] in _EVENT_TIME_WORDS or word[:-2] == "আজক")


def _before_object_converb(toks: list[_Tok], span: tuple[int, int], ci: int) -> bool:
    """Does the phrase end right before an object-taking converb on the way to the cue at `ci`, alone
    or after the noun of a compound verb ("… আগুনের ঘটনা | নিশ্চিত করে জানান", "… একটি প্রতিবেদন |
    প্রকাশ করে বলেছে")?"""
    end = span[1]
    if end < ci and toks[end].text in _OBJECT_CONVERBS:
        return True
    return end + 1 < ci and toks[end].text in _TRANSITIVE_VERB_NOUNS and toks[end + 1].text in _OBJECT_CONVERBS


def _clause_after_noun_cue(toks: list[_Tok], cue: _Cue, ci: int, k: int) -> bool:
    """A finite noun cue (… মন্তব্য করেছেন) directly followed by a content clause to the end of the
    sentence: at least three words with a finite verb (… কমে যেতে পারে), the subject maybe after it
    (… বেঁচে থাকবেন বেগম খালেদা জিয়া). Not a converb (… দাবি করে সবসময়ই …), not the object of a
    genitive or a relative (শাস্তির দাবি জানান, জিয়া যে মন্তব্য করেছিলেন), not a coordinated verb
    or a question after it (… দাবি জানান এবং …, … অভিযোগ করেছিলেন কিনা …)."""
    if cue.kind != "noun" or cue.noun not in _CLAUSE_CUE_NOUNS or cue.light in _CONVERBS:
        return False
    before = toks[ci - 1].text if ci > 0 else ""
    if _is_genitive(before) or before in _DETERMINERS or before in {"যে", "এমন", "কোনো", "কোন"}:
        return False
    if toks[k].text in _CONNECTORS or toks[k].text in {"কিনা", "কি", "কী", "না"}:
        return False
    last = _last_word_index(toks)
    return last > k and _has_words(toks, k, last + 1, 3) and any(
        t.is_word and _is_predicate(t.text) and _role_of(t.text) is None for t in toks[k:last + 1])


def _embedded_question(toks: list[_Tok], floor: int, ci: int, k: int) -> bool:
    """The verb sits in an indirect question that the rest of the sentence is about."""
    return toks[k].text in _RESUMPTIVES and any(t.text in _QUESTION_WORDS for t in toks[floor:ci])


def _resumed_clause_end(toks: list[_Tok], ci: int) -> int | None:
    """Where a clause that "that question" / "that matter" takes up before the cue noun at `ci` ends:
    "… কতটা নৈতিক | সেই প্রশ্নও তুলছেন", "… চাপে না ফেলে | সে বিষয়ে সতর্ক করছেন". The clause must end
    in a finite verb or a comma, or ask a question or wish something (যেন, যাতে); None when no such
    resumptive stands there."""
    if ci > 0 and toks[ci].text.startswith("প্রশ্ন") and toks[ci - 1].text in {"সে", "সেই"}:
        j = ci - 1
    elif ci > 1 and toks[ci - 1].text in _RESUMPTIVE_HEADS & _ABOUT and toks[ci - 2].text in {"সে", "সেই"}:
        j = ci - 2
    else:
        return None
    if j < 2:
        return None
    floor = _clause_floor(toks, j)
    before = toks[j - 1].text
    if before == "," or _is_predicate(before) or any(t.text in _QUESTION_WORDS or t.text in _WISH_OPENERS
                                                     for t in toks[floor:j]):
        return j  # (a question asked, "… কতটা নৈতিক", or a wish, "… যেন … চাপে না ফেলে")
    return None


def _content_start(toks: list[_Tok], k: int) -> tuple[int, bool]:
    """The first content token after a verb, and whether a comma, colon or যে introduced it."""
    after_comma = False
    while k < len(toks) and toks[k].text in {",", ":", "—", "–", "-"}:
        after_comma = True
        k += 1
    if k < len(toks) and toks[k].text == "যে":
        after_comma = True
        k += 1
        while k < len(toks) and toks[k].text == ",":
            k += 1
    return k, after_comma


def _clause_before_cue_noun(cue: _Cue) -> bool:
    """A cue noun with a finite light verb that takes a whole clause before it as its content, with
    no বলে in between: "… পরিস্থিতি শান্ত থাকবে উল্লেখ করেন পুলিশ সুপার", "… দল ঘুরে দাঁড়াবে মনে
    করেন অধিনায়ক" (not the converb "… উল্লেখ করে", which a main verb after it closes)."""
    return cue.kind == "noun" and cue.noun in _CLAUSE_BEFORE_CUE_NOUNS and cue.light not in _CONVERBS


def _declares_state(toks: list[_Tok], floor: int, ci: int, cue: _Cue) -> bool:
    """An active ঘোষণা করা after a small clause whose predicate is a ruled state ("… সব আয়োজন স্থগিত
    ঘোষণা করে"), with its subject unmarked: "তাঁকে মৃত ঘোষণা করেন" (an object in -কে) is not a report."""
    if cue.kind != "noun" or cue.noun != "ঘোষণা" or cue.light is None or not cue.light.startswith("কর"):
        return False
    if ci - 1 <= floor or toks[ci - 1].text not in _DECLARED_STATES:
        return False
    return not any(t.text.endswith("কে") and _is_objective(t.text) for t in toks[floor:ci - 1] if t.is_word)


def _called_he_or_she(speaker: _Speaker) -> bool:
    """A speaker called তিনি whom no earlier mention resolves ("তিনি গতকাল প্রথম আলোকে বলেন, …") is a
    person all the same, and goes on talking like one."""
    return speaker.mention in _SUBJECT_PRONOUNS


def _own_voice(body: str, words: list[str]) -> bool:
    """The speaker's own voice: a first- or second-person pronoun (আমি, আমরা, আপনারা), a verb in the
    first person (জেনেছি, পারতাম, করবো) or a wish (… দান করুন, … সফল হোক)."""
    if _FIRST_PERSON.search(body):
        return True
    if "যেন" in words and any(w in _GOD_WORDS for w in words):
        return True  # a prayer: "মহান আল্লাহ তাআলা যেন তাকে জান্নাত দান করেন"
    return any(_first_person_verb(w) or w in _WISH_WORDS for w in words)


def _addressed_comma(toks: list[_Tok], ci: int, floor: int) -> int | None:
    """The comma right before the verb at `ci`, or before its addressee of one or two words (…, বলেন /
    …, বিবিসি বাংলাকে বলেন / …, সাংবাদিকদের জানান), or the spaced dash that sets a clause off the
    same way ("… নির্ভর করছে - উল্লেখ করেন তিনি")."""
    if ci > floor and (toks[ci - 1].text == "," or _spaced_dash_before(toks, ci - 1)):
        return ci - 1
    j = ci - 1
    if j > floor and toks[j].is_word and toks[j].text.endswith(("কে", "দের")) and _is_objective(toks[j].text):
        if toks[j - 1].text == ",":
            return j - 1
        if j - 1 > floor and toks[j - 1].is_word and toks[j - 2].text == ",":
            return j - 2
    return None


_THING_OBJECTS = frozenset({"এটাকে", "এটিকে", "একে", "সেটাকে", "সেটিকে", "এগুলোকে", "এগুলিকে", "এসবকে"})


def _names_a_thing(toks: list[_Tok], floor: int, ci: int, cue: _Cue) -> bool:
    """The clause before the verb of saying at `ci` opens with a thing as the object (এটাকে, এটিকে, একে)
    and calls it something: "এটাকে … শৈত্যপ্রবাহ বলছেন …" (not "তাকে বলেছেন": the one told)."""
    return cue.kind == "verb" and toks[ci].text.startswith("বল") and ci - floor >= 1 + MIN_PLAIN_CLAUSE_WORDS \
        and toks[floor].text in _THING_OBJECTS and all(t.is_word for t in toks[floor:ci])


def _pointing_object(word: str) -> bool:
    """কথা, তথ্য, মন্তব্য … with or without an emphatic -ও (এমন কথাও)."""
    return word in _ANA_OBJ or word.endswith("ও") and word[:-1] in _ANA_OBJ


MAX_POINTER_GAP = 3  # words between "এমন কথা" and its verb (প্রকাশ্যে, আবারও)


def _dash_before_words_pointed_at(toks: list[_Tok], ci: int, cue: _Cue) -> int | None:
    """The spaced dash that sets off the words an "এমন/এ কথা(ও)" before the verb of saying at `ci`
    points at, in the same sentence ("দল না থাকলে ভোট দিতে যাবেন না - অনেক ভোটার এমন কথাও বলেছেন"):
    its index, or None. At least MIN_SPEECH_WORDS words stand between the clause start and the dash."""
    if cue.kind not in {"verb", "matter"}:
        return None
    start = ci if cue.kind == "verb" else ci + 1
    obj = next((j for j in range(start - 1, max(0, start - 1 - MAX_POINTER_GAP) - 1, -1)
                if _pointing_object(toks[j].text) and j > 0 and toks[j - 1].text in _ANA_DET), None)
    if obj is None:
        return None
    floor = _clause_floor(toks, obj)
    dash = next((j for j in range(obj - 2, floor, -1) if _spaced_dash_before(toks, j)), None)
    if dash is None or not _has_words(toks, floor, dash, MIN_SPEECH_WORDS):
        return None
    return dash


def _dash_inside_phrase(toks: list[_Tok], j: int) -> bool:
    """Token `j` is a dash set against the word before it, and that word closes no clause of its own:
    punctuation inside one clause ("রাজনৈতিক ও প্রশাসনিক— দুই দিক থেকেই বিতর্কিত বলে মনে করেন", "…
    রাজনৈতিক পরিস্থিতি—এই চারটি বিষয় …"). A dash with space on both sides sets off a dateline or an
    aside, and one after a verb or a when/though clause ("… স্বীকৃতি দিলেও— তাদের কারণে …") closes
    a clause that frames the content."""
    if j == 0 or _spaced_dash_before(toks, j) or toks[j - 1].end < toks[j].start or not toks[j - 1].is_word:
        return False
    word = toks[j - 1].text
    return not (_is_verb_like(word) or word in _CONDITIONAL_VERBS or word.endswith(("লে", "লেও")))


def _spaced_dash_before(toks: list[_Tok], j: int) -> bool:
    """Token `j` is a dash standing alone between words ("করছে - উল্লেখ"), not one inside a word
    (ঢাকা-১৭) or a range."""
    return toks[j].text in _DASHES and j > 0 and toks[j - 1].end < toks[j].start \
        and j + 1 < len(toks) and toks[j].end < toks[j + 1].start


def _first_person_verb(word: str) -> bool:
    """A verb only the speaker uses of themselves (জানিয়েছি, বলছি, করব); not a name or noun of that shape
    (কবিরুল ইসলাম, গোলাম মোস্তফা, হলিদাগাছি)."""
    if word in _NOT_FIRST_PERSON_VERBS or word.endswith(_NOT_FIRST_PERSON_ENDINGS):
        return False
    return word.endswith(_FIRST_PERSON_VERB_ENDINGS) and len(word) > 3 or word in _FIRST_PERSON_VERBS


def _past_closing(words: list[str]) -> bool:
    """The sentence closes in the past: the narrative present or past (… আটক করে, … চলে যান, … বলা
    হয়েছিল), negated or not."""
    last = _before_closing_negation(words)[-1]
    return _narrative_verb(last) or last in _NARRATIVE_PRESENT or last.endswith(("েছিল", "েছিলো", "য়নি", "েনি"))


def _narrates(words: list[str], *, strict: bool = True, in_speech: bool = False, about_another: bool = False,
              past_account: bool = False) -> bool:
    """The reporter narrates (see `_Continuation._continues_speech`). Not `strict`: only the surest
    signs (a subject তিনি, the narrative present or past, an event placed in time), for sentences
    that a later "এ তথ্য জানান X" may point back at; a lede such as "… প্রার্থী হচ্ছেন না … সাবেক তথ্য
    উপদেষ্টা মাহফুজ আলম।" is what he confirms.

    `in_speech`: the sentence follows reported speech (see `_Continuation._continues_speech`), so a
    future that closes it is the speaker's ("… সুযোগ পাবেন।") unless a date places it ("আগামীকাল …
    যাবেন"); `about_another`: the speech spoke of someone in the third person, so তিনি may be them;
    `past_account`: the speech so far tells what happened (`_past_closing`), so the narrative past
    goes on with it unless the sentence dates an event.
    """
    future = in_speech and _closing_future(words) and not any(w in _EVENT_TIME_WORDS for w in words)
    # an account of what happened goes on in the past until the reporter dates an event again
    past_account = past_account and not any(w in _EVENT_TIME_WORDS or _YEAR.match(w) for w in words)
    if any(w in _SUBJECT_PRONOUNS for w in words) and not (about_another and _pronoun_of_speech(words)):
        return True  # "… সিদ্ধান্ত চান তিনি।", "… তিনি মনোনয়নপত্র জমা দেন।"
    # the verb may be followed by its subject: "… সাক্ষাৎ করেন নিরাপত্তা উপদেষ্টা ড. খলিলুর রহমান"
    recalled = about_another and any(w in _SUBJECT_PRONOUNS for w in words)
    if not past_account and any(_narrative_verb(w) and not (future and w.endswith(_FUTURE_ENDINGS))
           and not (recalled and w.endswith("েছিলেন")) for w in words[-6:]):
        return True  # (speech recalls the past of the one it is about: "… তিনি … নির্বাচিত হয়েছিলেন")
    tail = _without_trailing_time(words)[-2:]
    if about_another and tail[0] in _COMMON_CONVERBS:
        tail = tail[1:]  # "… সংগ্রাম করে গেছেন" (a converb and a verb) ends in no narrative present
    # the simple present or past of an event the reporter places in time or tells about someone:
    # "সম্প্রতি বার্সেলোনা … খুলে দেয়।", "২০১৮ সালে … প্রশ্ন ছিল।", "তাকে উদ্ধার করে … নেওয়া হয়।"
    if not past_account and any(w in _NARRATIVE_PRESENT or w in {"ছিল", "ছিলো"} for w in tail) and \
            any(w in _EVENT_TIME_WORDS or _YEAR.match(w) or w in _THIRD_PERSON_WORDS
                and not (about_another and w in _GEN_PRONOUNS) for w in words):
        # (a genitive: "তাঁর মৃত্যুতে … ক্ষতি হল" goes on speaking of the one the speech is about)
        return True
    if not strict:
        return False
    if words[-1] in _THIRD_PERSON_WORDS:
        return True  # "… যোগ দেওয়ার কথা রয়েছে তার।"
    if _titled_name_at_end(words):
        return True  # "… প্রেজেন্টেশন দেন … অতিরিক্ত সচিব মো. ছায়েদুজ্জামান।"
    if any(w in _SOURCE_POSTPOSITIONS and not (n and words[n - 1] in _RULE_NOUNS and words[n + 1:n + 2] != [","])
           for n, w in enumerate(words)):
        return True  # "অ্যাকলেডের তথ্য অনুযায়ী, …": another source; not "আইন অনুযায়ী ব্যবস্থা নেওয়া হবে"
    # the perfect about a titled third person: "এরই মধ্যে সিনিয়র যুগ্ম সদস্য সচিব ডা. তাসনিম জারা
    # পদত্যাগ করেছেন"; in speech the perfect of others is common ("চিকিৎসকরা চেষ্টা করছেন"), and a
    # plural of people by what they do, before the verb (any word but the last), is no titled person but
    # those the speaker talks about ("খুচরা ব্যবসায়ীরা আগের মতো পণ্য তুলছেন না", "দেশের মানবাধিকারকর্মীরা
    # নিশ্চুপ রয়েছেন"); as the last word, after the verb, it is the news writer's inversion ("… নির্বাচিত
    # হয়েছেন আওয়ামী লীগের প্রার্থীরা")
    return any(w.endswith("ছেন") for w in words[-6:]) and any(
        _role_of(w) is not None and _role_base(w) == w and (n == len(words) - 1 or not _is_plural_phrase([w]))
        for n, w in enumerate(words))


def _narrates_before_pointer(words: list[str], *, opening: bool) -> bool:
    """Does a sentence before "এসব কথা বলেন X" read as the reporter's narration of the occasion
    ("সোমবার … তিনি মনোনয়নপত্র জমা দেন। পরে তিনি … এসব কথা বলেন।") rather than what X said
    (`_narrates`, not strict)? Not when it foretells: the reporter narrates the occasion in the
    past, so what will happen is what X told ("… প্রধান উপদেষ্টা … শুভ উদ্বোধন করবেন। … এসব কথা জানান
    বাণিজ্য সচিব", "আগামী মার্চ মাসে … দেশে আসবেন শাবনূর। … এমনটাই জানালেন … ঝুমুর"). And in the
    `opening` sentence of the text a তিনি has no one before it to stand for: it is the X named
    after ("সচেতনভাবেই অভিনেতা হয়েছেন তিনি। … এসব কথা জানান মিলন")."""
    if opening:
        words = [w for w in words if w not in _SUBJECT_PRONOUNS] or words
    if any(w in _SUBJECT_PRONOUNS for w in words):
        return True
    if _foretells(words):
        return False
    return _narrates(words, strict=False)


def _foretells(words: list[str]) -> bool:
    """Does the sentence close on a future verb, before its subject or not ("… উদ্বোধন করবেন",
    "… দেশে আসবেন শাবনূর"), with no verb of the narrative past among its last words?"""
    tail = _before_closing_negation(words)[-4:]
    return any(w.endswith(_FUTURE_ENDINGS) and len(w) > 3 for w in tail) and \
        not any(_narrative_verb(w) and not w.endswith(_FUTURE_ENDINGS) for w in tail)


_FUTURE_ENDINGS = ("বেন", "বেনা")
# Closings of what may happen ("… কমতে পারে", "… হতে পারে"): a forecast, not a narrated event.
_MODAL_CLOSINGS = frozenset({"পারে", "পারেন", "পারবে", "পারবেন", "পারত", "পারতো"})
# Words of a time phrase after the verb: "… ঘোষণা করা হয় চলতি সপ্তাহের সোমবার".
_TIME_PHRASE_WORDS = frozenset({"চলতি", "গত", "এই", "এ", "সপ্তাহের", "মাসের", "বছরের", "সকালে", "দুপুরে", "বিকেলে",
                                "সন্ধ্যায়", "রাতে", "দিন"})


def _without_trailing_time(words: list[str]) -> list[str]:
    """The sentence without a time phrase after its verb that holds an event time word."""
    n = len(words)
    while n > 1 and len(words) - n < 4 and (words[n - 1] in _EVENT_TIME_WORDS or words[n - 1] in _TIME_PHRASE_WORDS):
        n -= 1
    return words[:n] if any(w in _EVENT_TIME_WORDS for w in words[n:]) else words


# What the reporter found out: "… কথা বলে যে ধারণা পাওয়া গেছে …", "… বলে জানা গেছে" (not "… সুযোগ
# পাওয়া যায় না", which a speaker says), or heard: "গুঞ্জন ছিল যে …" (a rumour).
_REPORTER_FINDS = re.compile(r"(?:(?:পাওয়া|জানা)\s+(?:গেছে|গিয়েছে|যায়|গেল)" + _E + r"(?!\s*না" + _E + ")"
                             r"|গুঞ্জন\s+(?:ছিল|রয়েছে|উঠেছে|আছে)" + _E + ")")
# What the reporter saw in a place or found in a source: "সরেজমিনে দেখা যায়, …", "ফলাফলে দেখা গেছে, …",
# "… দোকানগুলোতে দেখা যায় …". Not "এতে দেখা গেছে" (it points back at what was said), a time (পরে দেখা
# গেল), a person seen (তাঁকে দেখা গেছে) or a condition (… হলে দেখা যায়), which a speaker says as well.
_REPORTER_SEES = re.compile(rf"(?<![{_LETTERS}])(?!(?:এতে|তাতে|এখানে|পরে|তারপরে|এরপরে|শেষে|হলে)\s)"
                            rf"[{_LETTERS}]{{2,}}(?:ে|তে|য়)(?<!কে)\s+দেখা\s+(?:গেছে|গিয়েছে|যায়|গেল)"
                            + _E + r"(?!\s*না" + _E + ")")
# A credit line closing a wire item: "এএফপি।", "রয়টার্স ও এএফপি।", "এএফপি ও ডন।", "খবর বাসসের।". What
# precedes it is the report's, and the speech of its cue ends there (grep text and opened sets: 40
# such lines, which the chain took into the speech before them).
_CREDIT_LINE = re.compile(rf"(?:খবর\s+)?{_alt(lx.MEDIA_WORDS)}{_CASE_ALT}(?:\s+{_alt(lx.MEDIA_WORDS)})?"
                          rf"(?:\s*(?:,|ও|এবং)\s+[{_LETTERS}]+(?:\s+[{_LETTERS}]+)?)*\s*[।.]?\s*$")
# A short heading before a colon opens the next item of a report: "ঝুঁকির মধ্যে দেশ: ১৯৯০ এর দশকেও …",
# "সার্কের ছয় দেশের পর্যবেক্ষক আসছেন: …" (not an honorific, "ডা: শফিকুর রহমান …"). The speech before it
# has ended (opened sets and dev: no gold quote runs on into such a sentence).
_ITEM_HEADING = re.compile(rf"[‘’'\"…. ]*(?:[{_LETTERS}-]+\s+){{0,5}}([{_LETTERS}-]+):\s")


def _item_heading(body: str) -> bool:
    """Does the sentence open with a heading of a few words and a colon (`_ITEM_HEADING`)?"""
    m = _ITEM_HEADING.match(body)
    return m is not None and m.group(1) not in _ABBREV


# The body sent to the morgue, the reporter's closing line of a death: "লাশ ময়নাতদন্তের জন্য … মর্গে পাঠানো
# হয়েছে", "… লাশ উদ্ধার করে ময়নাতদন্তের জন্য … পাঠায়". After a speech it is the reporter's again (opened
# sets: 2 such sentences after a speech, neither in its gold quote); said as the first sentence of a
# speech ("ওসি … বলেন, লাশ ময়নাতদন্তের জন্য …") it is the speaker's, which this does not touch.
_MORGUE_SENTENCE = re.compile(r"ময়নাতদন্তের\s+জন্য.*?পাঠ(?:ানো|ায়|াল|ান|িয়ে)")
# A sentence that opens "তার ভাষ্যে …", "তাঁর মতে …" attributes anew (a comma after it or not).
_IN_THEIR_WORDS = re.compile(r"(?:তার|তাঁর|তাদের|তাঁদের)\s+(?:মতে|ভাষ্যে|ভাষ্যমতে|ভাষায়|কথায়)" + _E)
# What a thing is done according to that is no source of information: "আইন অনুযায়ী", "নিয়ম অনুসারে".
# ("তফসিল অনুযায়ী, …", with its comma, is the reporter citing the schedule: a source.)
_RULE_NOUNS = frozenset({"আইন", "নিয়ম", "বিধি", "বিধান", "নীতি", "নীতিমালা", "চুক্তি", "সংবিধান", "প্রথা", "রীতি"})


# First-person possessors: "আমাদের (একটাই) দাবি, …" is the speaker going on, not a new source.
_FIRST_PERSON_OWNERS = frozenset({"আমার", "আমাদের", "আমারও", "আমাদেরও", "আমাদেরই"})


def _pronoun_of_speech(words: list[str]) -> bool:
    """তিনি inside speech about someone: not the subject closing the sentence (… সুযোগ চান তিনি), not
    after a reason clause (… মেলেনি বলে তিনি …) and not right before a verb (তিনি জানেন, …)."""
    if words[-1] in _SUBJECT_PRONOUNS:
        return False
    for i, w in enumerate(words):
        if w in _SUBJECT_PRONOUNS and (i and words[i - 1] in _BOLE or words[i + 1].endswith("েন")):
            return False
    return True


def _before_closing_negation(words: list[str]) -> list[str]:
    """The sentence's words without the negation that may close it after its verb (… পারবেন না,
    … করেন নি): what the verb tests of `_closing_future` and `_past_closing` look at."""
    return words[:-1] if words[-1] in {"না", "নি"} and len(words) > 1 else words


def _closing_future(words: list[str]) -> bool:
    """The sentence ends in a future verb (… থাকবেন, … পারবেন না, … দেখবেন সবকিছু), not in a subject
    after it (… যাবেন তারেক রহমান)."""
    tail = _before_closing_negation(words)
    if len(tail) > 1 and tail[-1] in _OBJECTS_AFTER_VERB:
        tail = tail[:-1]  # "তিনি তো দেখবেন সবকিছু।"
    return tail[-1].endswith(_FUTURE_ENDINGS) and len(tail[-1]) > 3  # a stem before "বেন": "হবেন", not "বেন"


def _closing_forecast(sentence: str) -> bool:
    """Does the sentence's main clause close on what may or will happen ("… থাকতে পারে", "… জটিল হয়ে
    পড়বে", "… কোনো সমস্যা হবে না", "… চূড়ান্ত করবেন")? The reporter states what happened; a forecast
    is someone's expectation. Not a question, nor a forecast inside a relative clause closing the
    sentence ("… দেখেছে সেই বরফ, যা … পরিবর্তন করতে পারে"), nor an obligation ("… ব্যবহার করতে হবে")
    or an event scheduled for a named day ("… আজ শুক্রবার নাগরিক সংবর্ধনা দেওয়া হবে"), which the
    reporter announces. (Six opened pools: after what an organisation, a source or a paper told, the
    gold goes on over 10 sentences so closed and stops at 5, 4 of them now excluded; over the other
    sentences the `_continues_speech` accepts it stops at 44 and goes on over 26.)"""
    words = _words(sentence)
    if "?" in sentence or not words or "যা" in words or "যেটি" in words or "যেটা" in words or _WEEKDAY_WORDS.intersection(words):
        return False
    tail = _before_closing_negation(words)
    if len(tail) > 1 and tail[-1] == "হবে" and tail[-2].endswith("তে"):
        return False
    # A lower floor than _closing_future's (> 3) because the endings differ: a forecast also closes on
    # the bare third person "-বে", whose shortest verb "হবে" has three letters; each floor refuses the
    # shortest bare ending ("বে" here, "বেন" there), though "বেন" alone passes here and "বেনা" alone there.
    return tail[-1] in _MODAL_CLOSINGS or tail[-1].endswith(_FUTURE_ENDINGS + ("বে",)) and len(tail[-1]) > 2


# Pronoun objects that speech puts after its verb ("দেখবেন সবকিছু", "করবেন এটা"); no names.
_OBJECTS_AFTER_VERB = frozenset({"সবকিছু", "সব", "কিছু", "কিছুই", "তা", "এটা", "এটি", "সেটা", "সেটি"})


def _names_a_day(opening: list[str]) -> bool:
    """Do the sentence's first words name one day, "গত বৃহস্পতিবার", "আজ শনিবার", "গত ২৮ এপ্রিল"? A
    reporter dates the next item so; speech that goes on keeps its days in its own voice ("গত শনিবার
    আমরা …", asked first) or speaks of a span (গত সপ্তাহে, গত বছর). (Opened sets: no gold quote
    runs on over a sentence so opened; 5 were taken into reported speech against the gold.)"""
    if len(opening) < 2 or opening[0] not in {"গত", "আজ"}:
        return False
    if opening[1] in _WEEKDAY_WORDS:
        return True
    return opening[0] == "গত" and len(opening) == 3 and opening[1].isdigit() and opening[2] in _GREGORIAN_MONTH_NAMES


_GREGORIAN_MONTH_NAMES = frozenset(name for names in GREGORIAN_MONTHS.values() for name in names)


# A weekday as a word of its own, bare or with a particle (সোমবার, মঙ্গলবারও, রোববারই); not the
# genitive (সোমবারের বৈঠকে), which names the occasion rather than dating an event.
_WEEKDAY_WORDS = frozenset(name + particle for name in _WEEKDAY_NAMES for particle in ("", "ও", "ই"))


def _dated_past_event(words: list[str]) -> bool:
    """Does the sentence tell an event of a named past day, closing in the past: "ফেনীর সোনাগাজীতে
    সোমবার ও মঙ্গলবার রাতে দুটি বাড়িতে ডাকাতি হয়েছে", "ঘনকুয়াশার কারণে গত বৃহস্পতিবার রাতে …
    চারজন নিহত হন"? That is how a report opens its next item, with no paragraph break in a
    digest or a stretch of running text; speech that goes on after a cue keeps its dated events in
    the speaker's own voice ("সোমবার রাতে আমাদের বাড়িতে …"), which is asked first. (Opened sets:
    of the sentences so dated after reported speech, 4 were taken into it against the gold, none
    rightly.)"""
    if not words or not (_past_closing(words) or words[-1] in {"হন", "ঘটে"} or words[-1].endswith(("েছে", "েছেন"))):
        return False  # (হন, too short for `_narrative_verb`: "… চারজন নিহত হন"; "… এ ঘটনা ঘটে")
    # not a habit ("প্রতি সোমবার … বসেন")
    return any(w in _WEEKDAY_WORDS and (i == 0 or words[i - 1] not in {"প্রতি", "প্রত্যেক"}) or w.startswith("গতকাল")
               for i, w in enumerate(words))


def _titled_name_at_end(words: list[str]) -> bool:
    """The sentence ends in a name introduced with a title (… অতিরিক্ত সচিব মো. ছায়েদুজ্জামান)."""
    tail = words[-6:]
    last = tail[-1]
    if len(tail) < 3 or _is_verb_like(last) or _role_of(last) or _is_locative(last) or last in _NARRATIVE_PRESENT \
            or tail[-2] in _COMMON_CONVERBS:
        return False  # "… প্রকৃত মালিক চিহ্নিত করাও কঠিন হয়ে পড়ে": a verb, not a name, ends it
    return any(_role_of(w) and _role_base(w) == w for w in tail[:-1])


def _is_statement(toks: list[_Tok], floor: int, end: int) -> bool:
    """toks[floor:end] reads as a full clause (at least three words, ending in a predicate)."""
    j = end - 1
    while j >= floor and not toks[j].is_word:
        j -= 1
    if j > floor and toks[j].text == "না" and toks[j - 1].text in {"কি", "কী"} or j >= floor and toks[j].text == "কিনা":
        return False  # "… পথে এগোচ্ছে কি না, জানতে চাইলে তিনি জানান": a question put to them, whether …
    return j >= floor and _has_words(toks, floor, end, 3) and _is_predicate(toks[j].text)


# "এরই মাঝে", "এর মধ্যে" (meanwhile): a sentence adverb before the subject
_AMID = frozenset({"মাঝে", "মধ্যে"})
_THIS_GENITIVE = frozenset({"এর", "এরই", "এই", "এরি"})


def _opener_before(toks: list[_Tok], j: int) -> int:
    """How many tokens right before j open the clause without being part of its subject: a time or
    linking word (অবশ্য ঢাকা বিশ্ববিদ্যালয়ের …), the demonstrative সে before a genitive (সে দেশের …),
    or "এরই মাঝে" (meanwhile); 0 where none does."""
    if j <= 0:
        return 0
    before = toks[j - 1].text
    if before in _TOPIC_OPENERS and j > 1 and toks[j - 2].is_word:
        # "ভেন্যু নিয়ে | সাফ সম্পাদকের মন্তব্য, …": what the words are about opens the clause
        m = j - 2
        while m > 0 and j - m < 4 and toks[m - 1].is_word and _is_genitive(toks[m - 1].text):
            m -= 1
        return j - m
    if before in _NON_SUBJECT or before == "সে" and _is_genitive(toks[j].text):
        return 1
    return 2 if before in _AMID and j > 1 and toks[j - 2].text in _THIS_GENITIVE else 0


# Postpositions of a topic that may open a clause before its subject ("ভেন্যু নিয়ে সাফ সম্পাদকের মন্তব্য").
_TOPIC_OPENERS = frozenset({"নিয়ে", "সম্পর্কে", "প্রসঙ্গে"})


# Data as the subject of a verb of saying, its owner in the genitive before it ("X-এর তথ্য বলছে").
_DATA_SUBJECTS = frozenset({"তথ্য", "পরিসংখ্যান", "প্রতিবেদন", "গবেষণা", "জরিপ", "হিসাব"})

# "In this way": between a cue and the quotation it introduces ("… বর্ণনা করেছেন এভাবে, “…”").
_THIS_WAY = frozenset({"এভাবে", "এইভাবে", "এমনভাবে"})


def _aside_end(toks: list[_Tok], j: int) -> int | None:
    """The closing bracket of an aside of three words or more opened at j, within 30 tokens, or None."""
    for m in range(j + 1, min(len(toks), j + 31)):
        if toks[m].text == ")":
            return m if sum(1 for t in toks[j + 1:m] if t.is_word) >= 3 else None
        if toks[m].text in _TERMINATORS or toks[m].is_quote or toks[m].text == "(":
            return None
    return None


def _clause_floor(toks: list[_Tok], ci: int) -> int:
    """The first token of the clause that holds token `ci`: after a quotation, ; or :."""
    j = ci - 1
    low = max(0, ci - MAX_LOOKBACK_TOKENS)
    while j >= low:
        t = toks[j]
        if t.is_quote and not _title_quote(toks, j) or not t.is_word and (t.text in _CLAUSE_BREAKS):
            return j + 1
        j -= 1
    return j + 1


_CLAUSE_BREAKS = frozenset({";", ":"}) | _TERMINATORS


def _relative_clause_before(toks: list[_Tok], ci: int, floor: int) -> int | None:
    """The comma that opens a relative clause closed by a comma right before token `ci` ("X, | যিনি
    … করছেন, | বলেন"): its index, or None. The clause has no other comma and no quotation."""
    if ci - 1 <= floor or toks[ci - 1].text != ",":
        return None
    for j in range(ci - 2, max(floor, ci - MAX_LOOKBACK_TOKENS) - 1, -1):
        if toks[j].is_quote or not toks[j].is_word and toks[j].text in _CLAUSE_BREAKS:
            return None
        if toks[j].text == ",":
            return j if j > floor and j + 2 < ci - 1 and toks[j + 1].text in _RELATIVE else None
    return None


def _comma_before(toks: list[_Tok], ci: int, floor: int) -> int | None:
    """The comma that opens the cue's clause ("…পৌঁছেছেন, মঙ্গলবার জাপানি মিডিয়া জানিয়েছে")."""
    j = ci - 1
    if j >= floor and toks[j].text == ",":
        return None  # "X, রাশিয়ার প্রাক্তন রাষ্ট্রদূত, বলেছেন": an apposition, not a clause break
    n = 0
    while j >= floor and n < 12:
        if toks[j].text == ",":
            return j
        if not toks[j].is_word and toks[j].text not in {"(", ")", "-", "."}:
            return None
        j -= 1
        n += 1
    return None


# Postpositions whose noun before them is no part of the subject ("… হান্নান | নির্বাচন থেকে …").
_POSTPOSITIONS_AFTER_NOUN = frozenset({"থেকে", "নিয়ে", "সম্পর্কে", "বিষয়ে", "জন্য", "সঙ্গে", "সাথে", "দিয়ে", "পর্যন্ত"})
# Pronouns that take up a relative clause ("যে … কথা তিনি বলেন, সেগুলো …").
_CORRELATIVE_PRONOUNS = frozenset({"সেগুলো", "সেগুলি", "সেটি", "সেটা", "সেসব", "তা", "তাই", "সে", "সেই"})
# Words that join a second predicate to the verb, not a content clause ("… জানায় এবং …").
_CONJUNCTIONS = frozenset({"এবং", "ও", "আর", "কিংবা", "অথবা", "বা"})
# "But", opening a clause of its own after a comma.
_BUT = frozenset({"তবে", "কিন্তু"})


def _content_floor(toks: list[_Tok], end: int, claimed_end: int, text: str, first_unit: bool,
                   *, nominal: bool = False, keep_quotes: bool = False, relative: bool = False) -> int:
    """The first token of a content clause that ends at token `end` (exclusive).

    The clause starts after the previous reported content, a quotation, ; or :, a spaced dash (a
    dateline: "সিউল, সেপ্টেম্বর 12 – ..."), or a converb (… ক্ষোভ প্রকাশ করে); leading connectors
    (তবে, এছাড়া) are not part of it. A nominal content (… সরে দাঁড়ানোর ঘোষণা) also stops at a
    place or document phrase (এক পোস্টে) and at a comma; with `relative`, a content closed by বলে
    starts at a relative clause after a comma (… ছিলেন দুজন, | যারা … করেছে বলে জানিয়েছে).
    """
    j = end - 1
    while j >= max(0, end - MAX_LOOKBACK_TOKENS):
        t = toks[j]
        w = t.text
        if t.end <= claimed_end or t.is_quote and nominal and not keep_quotes:
            break
        if w in {";", ":"} or w in _TERMINATORS or w in _SPACED_DASH and not _dash_inside_phrase(toks, j):
            break
        if w in _CONVERBS and j > 0 and (toks[j - 1].text in _CUE_NOUNS or toks[j - 1].text in _VOICED):
            break
        if w == "," and j + 1 < end and toks[j + 1].text in _RELATIVE and relative:
            break  # "… নিষেধাজ্ঞার আওতায় ছিলেন দুজন, | যারা … সাহায্য করেছে বলে জানিয়েছে": the relative clause
        if w == "," and j + 1 < end and toks[j + 1].text in _BUT and relative and j > 0 \
                and (toks[j - 1].text == "না" or _is_verb_like(toks[j - 1].text)):
            # "তাকে হাসপাতালেও যেতে হয়েছিল, তবে | চোট বেশি গুরুতর নয় বলে জানা গেছে": the clause after "but"
            # (not after a nominal one: "… রাজনৈতিক অধিকার, তবে … যায় না বলে মনে করেন X" is all X's)
            break
        if nominal:
            if w == "," and j + 2 < end and toks[j + 1].text in _RESUMPTIVE_DET and toks[j + 2].text in _RESUMPTIVE_HEADS:
                pass  # "… যেন না হয়, সে বিষয়ে সবাইকে সজাগ থাকার আহ্বান": the clause before is the content
            elif w == "," and not _thousands_comma(toks, j) or (
                    _is_locative(w) and _indefinite_before(toks, j)) or (
                    w in {"দেওয়া", "দিয়ে"} and not (j > 0 and toks[j - 1].text in _MANNER_GIVEN)):
                # (but "বিশেষ গুরুত্ব দিয়ে বিবেচনা করার": a manner, inside what was said)
                # "এক পোস্টে" is where it was said; "এই তালিকায় অন্তর্ভুক্ত করার" is part of what was said
                break
            if w in _LIST_JOINS and j > 0 and _finite(toks[j - 1].text):
                break  # "… শাস্তির দাবি জানান এবং | … নিশ্চিত করার জন্য … আহ্বান জানান": a second clause
            if w in {"পর", "পরে", "আগে"} and j > 0 and _is_genitive(toks[j - 1].text):
                break  # "… এনসিপি থেকে পদত্যাগের পর ঢাকা–৯ আসন থেকে … অংশ নেওয়ার ঘোষণা": a time adjunct
            if keep_quotes and (_is_verb_like(w) and w not in _GENITIVE_POSTPOSITIONS and w not in _AS
                                and not _negates_verbal_noun(toks, j) or w in _WISH_WORDS or w in {"হয়", "হলে"}):
                break  # "… ট্যাপ করুন চলতি বছরের …": a clause of its own before the nominal
        j -= 1
    start = j + 1
    while start < end and (toks[start].text in _CONNECTORS or not toks[start].is_word and not toks[start].is_quote
                           or toks[start].text in {"এছাড়া", "এছাড়াও", "অবশ্য", "মূলত"}):
        start += 1
    if start + 1 < end and toks[start].text in {"সেই", "একই"} and toks[start + 1].text in {"সাথে", "সঙ্গে"}:
        start += 2  # "সেই সাথে ভোটারদেরও … যাওয়ার আহ্বান জানান": a connective, not content
    if first_unit and start < end:
        cut = _after_dateline(text, toks[start].start, toks[end - 1].end)
        while start < end and toks[start].start < cut:
            start += 1
    return start


def _negates_verbal_noun(toks: list[_Tok], j: int) -> bool:
    """Is the না at `j` the negation of the verbal noun after it ("… অ্যান্টিবায়োটিক গ্রহণ না করার কথা
    বলেন", "… উদ্বিগ্ন না হওয়ার") or of an infinitive ("… কাউকে বরাদ্দ না দিতে … অনুরোধ"), inside a
    nominal content, rather than closing a finite clause ("… আসবে না")?"""
    if toks[j].text != "না" or j + 1 >= len(toks) or j == 0 or _is_verb_like(toks[j - 1].text):
        return False
    after = toks[j + 1].text
    return _is_verbal_noun_genitive(after) or after.endswith(_VERBAL_NOUN_ENDINGS) or after in _INFINITIVES


def _indefinite_before(toks: list[_Tok], j: int) -> bool:
    """Is the locative at `j` a place or medium introduced by এক, its modifiers between ("এক পোস্টে",
    "এক দীর্ঘ স্ট্যাটাসে", "এক জরুরি সংবাদ সম্মেলনে"): where something was said, not part of it?"""
    for k in range(j - 1, max(-1, j - 1 - MAX_PLACE_MODIFIERS - 1), -1):
        w = toks[k].text
        if w in _INDEFINITES:
            return True
        if not toks[k].is_word or _is_genitive(w) or _is_verb_like(w) or _is_locative(w) or w in _CONNECTORS:
            return False
    return False


# Words between এক and the place it introduces: "এক জরুরি সংবাদ সম্মেলনে".
MAX_PLACE_MODIFIERS = 2


def _before_bracket(toks: list[_Tok], close: int) -> int:
    """The index of the bracket that opens the group closing at `close` (a short aside: an acronym,
    a gloss), or `close + 1` when there is none within a few tokens."""
    for j in range(close - 1, max(-1, close - 8), -1):
        if toks[j].text == "(":
            return j
        if toks[j].text == ")":
            break
    return close + 1


def _thousands_comma(toks: list[_Tok], j: int) -> bool:
    """The comma of a number written with digit groups (১,০০০ গোল), not a clause's."""
    return 0 < j < len(toks) - 1 and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start \
        and toks[j - 1].text.isdigit() and toks[j + 1].text.isdigit()


# "X যেন না হয়, সে বিষয়ে …": a correlative that points back over the comma to its clause.
_RESUMPTIVE_DET = frozenset({"সে", "সেই", "এ", "এই"})
_RESUMPTIVE_HEADS = frozenset({"বিষয়ে", "ব্যাপারে", "লক্ষ্যে", "জন্য", "জন্যে"})
# Requests reported in the passive with the content before: "… পালনের জন্য দেশবাসীর প্রতি আহ্বান জানানো হয়".
_PASSIVE_REQUESTS = frozenset({"আহ্বান", "অনুরোধ", "আহবান"})
_MATTERS = frozenset(lx.MATTER_NOUNS)
# Requests and demands whose content may name who is asked: "প্রত্যেককে … অধ্যায়নের আহ্বান", "… করতে
# সকলের প্রতি অনুরোধ জানান", "… নিশ্চিত করার জন্য সরকারের কাছে দাবি জানান".
_REQUESTS = _PASSIVE_REQUESTS | {"দাবি", "নির্দেশ", "নির্দেশনা", "পরামর্শ"}
# Nominal cues that always voice words, whoever makes them: demands, appeals, advice, pledges, threats.
# Their content is speech even when the speaker is only a group or a body (rno annotations: 6 of 8 such
# contents marked with a descriptive speaker, বক্তারা, ব্যবসায়ীরা, তদন্ত কমিটি, স্থানীয় সংবাদমাধ্যম).
# An allegation is voiced by a group as often ("… জায়গা না পাওয়ার অভিযোগও করেন অনেকে", opened annotations).
_VOICED_REQUESTS = _REQUESTS | {"সুপারিশ", "প্রতিশ্রুতি", "অঙ্গীকার", "হুঁশিয়ারি", "হুমকি", "আশ্বাস", "অভিযোগ"}
# Nouns of manner with দিয়ে inside a content clause: "বিশেষ গুরুত্ব দিয়ে বিবেচনা করার".
_MANNER_GIVEN = frozenset({"গুরুত্ব", "প্রাধান্য", "অগ্রাধিকার", "জোর"})
# Whom an allegation or a demand is made against: "চিকিৎসকের বিরুদ্ধে … অভিযোগ করেন", content, not its subject.
_AGAINST = frozenset({"বিরুদ্ধে", "বিরুদ্ধেও"})
# The addressee of a request between its content and the cue: "সকলের প্রতি", "সরকারের কাছে".
_ADDRESSEE_POSTPOSITIONS = frozenset({"প্রতি", "কাছে"})
# What a request's content ends in before its addressee: a purpose (… হওয়ার জন্য, … প্রসারিত করতে).
_PURPOSE_ENDINGS = frozenset({"জন্য", "জন্যে", "লক্ষ্যে"})
_REQUEST_MODIFIERS = frozenset({"জোর", "বিনীত", "উদাত্ত", "বিশেষ"})
# Nouns of stress, their content in the genitive before ওপর/উপর ("… গ্রহণের ওপর গুরুত্বারোপ করেন").
_STRESS_NOUNS = frozenset(lx.STRESS_CUE_NOUNS)
_ON = frozenset({"ওপর", "উপর", "ওপরে", "উপরে"})


def _ends_request(word: str) -> bool:
    """Can a request's content end in `word` before its addressee: a verbal noun (পালনের), a
    purpose (… হওয়ার জন্য) or an infinitive (… প্রসারিত করতে)?"""
    return _is_verbal_noun_genitive(word) or word in _PURPOSE_ENDINGS or word in _INFINITIVES


def _addressee(toks: list[_Tok], ci: int, *, objective: bool = False) -> tuple[int, int | None] | None:
    """The addressee of a request between its content and the cue noun at `ci` ("… সকলের প্রতি
    (তিনি) অনুরোধ জানান", "… দেশবাসীর প্রতি বিনীত আহ্বান জানানো হয়"): the index of its genitive
    (সকলের) and of a subject pronoun between it and the noun, if any. With `objective`, an addressee
    in -কে or plural -দের also counts ("… নিশ্চিত করতে জাতীয় সাইবার সুরক্ষা অ্যাজেন্সিকে নির্দেশ
    দিয়েছেন", "… বাড়াতে মাঠপর্যায়ের পুলিশ কর্মকর্তাদের নির্দেশ দেন"): the index of that word."""
    j = ci - 1
    pronoun = None
    while j >= 0 and toks[j].text in _REQUEST_MODIFIERS:
        j -= 1
    if j >= 0 and toks[j].text in _SUBJECT_PRONOUNS | _PLURAL:
        pronoun = j
        j -= 1
    while j >= 0 and toks[j].text in _REQUEST_MODIFIERS:
        j -= 1
    if objective and j >= 2 and toks[j].text == ")" and toks[j - 2].text == "(":
        j -= 3  # "নির্বাচন কমিশনকে (ইসি)": the addressee's acronym
    if objective and j >= 1 and _object_addressee(toks[j].text):
        return j, pronoun
    if j < 1 or toks[j].text not in _ADDRESSEE_POSTPOSITIONS or not _is_genitive(toks[j - 1].text):
        return None
    return j - 1, pronoun


def _objective_request_end(toks: list[_Tok], addressee: int) -> int | None:
    """Where a request's content ends before an addressee in the objective whose last word is at
    `addressee`: after an infinitive or a purpose ("… নিশ্চিত করতে | জাতীয় সাইবার সুরক্ষা অ্যাজেন্সিকে",
    "… সতর্ক থাকার জন্য | সবাইকে"); the words between are the addressee's, with no verb among them."""
    for k in range(addressee - 1, max(-1, addressee - 1 - MAX_ADDRESSEE_WORDS), -1):
        w = toks[k].text
        if w in _INFINITIVES or w in _PURPOSE_ENDINGS or w.endswith("াতে") and len(w) > 4:
            return k + 1
        if not toks[k].is_word or _is_verb_like(w):
            return None
    return None


def _object_addressee(word: str) -> bool:
    """Whom a request is made to, in the objective: অ্যাজেন্সিকে, সবাইকে, কর্মকর্তাদের (not তাদের)."""
    if word in _GEN_PRONOUNS or word in _PLURAL_GEN or word in _NOT_SOURCES:
        return False
    return _accusative(word) or word.endswith("দের") and len(word) > 4


def _nominal_end(toks: list[_Tok], noun: str | None, ci: int, *,
                 any_noun: bool = False) -> tuple[int, int | None, bool] | None:
    """Where the content of the nominal cue at `ci` ends (exclusive), the index of a subject pronoun
    between it and the noun, and whether the content ends in a plain noun's genitive, which reports
    a request only when it names who is asked ("প্রত্যেককে নিজের ধর্মগ্রন্থ অধ্যায়নের আহ্বান", but not
    "… পদত্যাগের ঘোষণা"); with `any_noun` such a content is returned for every cue noun, not only a
    request (it then needs a clause of its own, "… চিহ্নিত করে কঠোর শাস্তির দাবি", unless the noun is an
    assurance: "সার্বিক সহযোগিতার আশ্বাস"). None when the word before is no content: "দেশবাসীর প্রতি
    আহ্বান জানিয়ে"."""
    if noun in _REQUESTS:
        addressee = _addressee(toks, ci, objective=True)
        if addressee is not None:
            objective = toks[addressee[0]].text not in _ADDRESSEE_POSTPOSITIONS and _object_addressee(toks[addressee[0]].text)
            end = (_objective_request_end if objective else _request_end)(toks, addressee[0])
            return None if end is None else (end, addressee[1], False)
    end = ci
    while end > 0 and toks[end - 1].text in _REQUEST_MODIFIERS:
        end -= 1  # "… সে ব্যবস্থা করার জোর দাবি জানান"
    pronoun = None
    if noun in _STRESS_NOUNS:
        # "… পালনের উপর (তিনি) গুরুত্বারোপ করেন": what is stressed is the genitive before ওপর
        if end > 0 and toks[end - 1].text in _SUBJECT_PRONOUNS | _PLURAL:
            end -= 1
            pronoun = end
        if end == 0 or toks[end - 1].text not in _ON:
            return None
        end -= 1
    if end == 0 or not _is_genitive(toks[end - 1].text):
        return None
    # the emphatic ও of "… খুলে দেওয়ারও দাবি জানান", "… মামলা দায়েরের সুপারিশও": the genitive before it
    last = toks[end - 1].text.removesuffix("ও") if toks[end - 1].text.endswith("রও") else toks[end - 1].text
    if noun in _STRESS_NOUNS:
        # (a plain noun's genitive is what is stressed too: "… সহযোগিতার ওপর গুরুত্বারোপ")
        return (end, pronoun, False) if toks[end - 1].text not in _GEN_PRONOUNS else None
    if noun == "সিদ্ধান্ত" or _is_verbal_noun_genitive(last) or _is_action_noun_genitive(last) \
            and end >= 2 and toks[end - 2].is_word:
        return end, pronoun, False
    if (noun in _REQUESTS or any_noun) and toks[end - 1].text not in _GEN_PRONOUNS \
            and toks[end - 1].text not in _NOT_SOURCES:
        return end, pronoun, True
    return None


_OBJECT_PRONOUNS = frozenset({"তাকে", "তাঁকে", "একে", "এটিকে", "এটাকে", "যাকে", "সেটিকে", "সেটাকে", "তাদেরকে"})


def _accusative(word: str) -> bool:
    """A noun in -কে (প্রত্যেককে, করাকে), not a pronoun (তাকে, এটিকে) nor a genitive plural (-দের)."""
    return _is_objective(word) and word.endswith(("কে", "কেও", "কেই")) and word not in _OBJECT_PRONOUNS


def _asks_someone(toks: list[_Tok], start: int, end: int) -> bool:
    """Does the content [start, end) name who is asked (প্রত্যেককে, সবাইকে, সরকারের প্রতি)?"""
    return any(t.is_word and _accusative(t.text) for t in toks[start:end - 1]) or any(
        toks[k].text == "প্রতি" and _is_genitive(toks[k - 1].text) for k in range(start + 1, end - 1))


def _accuses_someone(toks: list[_Tok], start: int, end: int) -> bool:
    """Does the content [start, end) of an allegation name whom it is made against ("পিএসএল
    কর্তৃপক্ষের বিরুদ্ধে … স্বচ্ছতার অভাবের | অভিযোগ তুলেছিলেন তিনি")? Then a plain noun's genitive is
    what the accused is charged with, not a topic."""
    return any(toks[k].text in _AGAINST and _is_genitive(toks[k - 1].text) for k in range(start + 1, end - 1))


def _holds_clause(toks: list[_Tok], start: int, end: int) -> bool:
    """Does the content [start, end) of a nominal cue hold a clause of its own, a converb after an
    object or a predicate ("… সন্ত্রাসীদের চিহ্নিত করে কঠোর শাস্তির দাবি জানান")? Then what ends in
    a plain noun's genitive is a demand made, not a topic (opened annotations J and N)."""
    return any(toks[k].text in _CLAUSE_CONVERBS and toks[k - 1].is_word and toks[k - 1].text not in _ADVERBIAL_KARE
               for k in range(start + 1, end - 1))


_CLAUSE_CONVERBS = frozenset({"করে", "রেখে"})
# Nouns with which করে makes an adverb or a postposition, no clause: বিশেষ করে, কেন্দ্র করে, ভিত্তি করে.
_ADVERBIAL_KARE = frozenset({"বিশেষ", "কেন্দ্র", "ভিত্তি", "কেন্দ্রে", "নতুন", "আলাদা"})


def _names_object(toks: list[_Tok], ci: int) -> bool:
    """Is the phrase before the converb noun at `ci` an object in -কে and what it is called
    ("কটূক্তি করাকে জঘন্য কাজ | উল্লেখ করে")? The words between are plain words, no verb or quote."""
    for k in range(ci - 2, max(-1, ci - 2 - MAX_COMPLEMENT_WORDS), -1):
        t = toks[k]
        if not t.is_word:
            return False
        if _accusative(t.text):
            return True
        if _is_verb_like(t.text) or _is_predicate(t.text):
            return False
    return False


def _request_end(toks: list[_Tok], genitive: int) -> int | None:
    """Where a request's content ends (exclusive) before an addressee whose last word is at
    `genitive`: after the purpose or verbal noun that closes it ("মানবিক হওয়ার জন্য | সকলের প্রতি",
    "… নেওয়ার জন্য | নির্বাচন কমিশন (ইসি) ও সরকারের প্রতি"); the addressee is left out, as annotated."""
    for k in range(genitive - 1, max(-1, genitive - 1 - MAX_ADDRESSEE_WORDS), -1):
        w = toks[k].text
        if _ends_request(w):
            return k + 1
        if w in _TERMINATORS or w in {",", ";", ":"} or toks[k].is_quote or _is_verb_like(w):
            return None
    return None
    return None


def _after_dateline(text: str, start: int, end: int) -> int:
    m = _DATELINE.match(text, start, end)
    return m.end() if m else start


# A clause that "such" points back at ends in a negation, a modal or a future/perfect ("… গ্রহণযোগ্যতা
# পাবে না এমন দাবি করছে X"); after a converb (… টেলিফোন করে এমন অভিযোগ) "such" points at what came before.
_CLAUSE_CLOSERS = frozenset({"না", "নয়", "নেই", "পারে", "পারেন"})
# "Such", pointing back over a comma at the clause before it, as a quotative বলে does.
_SUCH = frozenset({"এমন", "এমনটা", "এমনটাই", "এমনটি", "এমনটিই"})


# Counts that only people take ("একাধিক ঠিকাদার", "কয়েকজন ব্যবসায়ী", "দুজন শিক্ষার্থী").
_PEOPLE_COUNTS = frozenset({"একজন", "একাধিক", "কয়েকজন", "দুজন", "তিনজন", "অনেকজন"})


def _counted_people(words: list[_Tok]) -> bool:
    """Is the phrase a count of people and what they are ("একাধিক ঠিকাদার"), as described by a participle
    before it: "দরপত্রে অংশ নেওয়া | একাধিক ঠিকাদার জানান"? (The noun ends the subject, so an -র on it
    is no genitive: ঠিকাদার. একাধিক counts things too: the caller asks for the verb people take, জানান
    and not বলছে.)"""
    return len(words) == 2 and words[0].text in _PEOPLE_COUNTS and words[1].is_word \
        and not (_is_locative(words[1].text) or _is_verb_like(words[1].text)
                 or words[1].text.endswith(_VERBAL_NOUN_ENDINGS))


_SAID_THINGS = frozenset({"কথা", "কথাই", "কথাও"})
MAX_SAID_THING_WORDS = 3


def _said_thing_only(toks: list[_Tok], k: int) -> bool:
    """Is what follows the verb from token k to the sentence's end only a short noun phrase of
    "words" ("… মনে করেন ভিন্ন কথা।", "… বলছেন একই কথা।"): the object of the verb, not its content?"""
    words: list[str] = []
    for t in toks[k:]:
        if t.text in _TERMINATORS:
            break
        if not t.is_word or len(words) == MAX_SAID_THING_WORDS:
            return False
        words.append(t.text)
    return bool(words) and words[-1] in _SAID_THINGS


def _topic_said_after(toks: list[_Tok], k: int) -> bool:
    """Is what follows the verb from token k to the sentence's end a thing talked about and কথা
    ("… বলেছেন ২০১৪ সালের পরিকল্পনার কথা।"): the topic, no clause in it (see `_topic_only`)?"""
    end = next((i for i in range(k, len(toks)) if toks[i].text in _TERMINATORS), len(toks))
    return end - k >= 2 and toks[end - 1].text in _TOPIC_NOUNS and _is_genitive(toks[end - 2].text) \
        and all(t.is_word for t in toks[k:end]) and _topic_only(toks[k:end - 1])


_TOPIC_NOUNS = frozenset({"কথা", "কথাও"})


# What takes up the clause before it as the object of the verb after it ("CONTENT, সেটি বলছেন X"),
# besides the back-pointing objects of `_is_anaphoric` (এ কথা, এ মন্তব্য, একথা).
_NEGATIONS = frozenset({"নি", "না", "নাই"})
_RESUMPTIVE = frozenset({"সেটি", "সেটা", "সেটিই", "সেটাই", "এটি", "এটা", "এটিই", "এটাই"})


def _resumes_content(toks: list[_Tok], j: int, ci: int) -> bool:
    """Does the object from token j to the cue at ci take up the clause before its comma: "এই শিশুরা
    আগামী দিনের নাগরিক, এ কথা বলেন নেতা-নেত্রীরা", "… সহজ ছিল না, সেটি বলছেন ক্যালিস নিজেও"? Only
    right after the comma: "তিনি বলেন, এটা ঠিক নয়" has its content after the verb, and "… বলেন। এ কথা
    বলেন X" points back at other sentences."""
    if j < 2 or toks[j - 1].text != ",":
        return False
    last = toks[j - 2]
    if not last.is_word or _is_locative(last.text) and not _is_predicate(last.text):
        return False  # "সোমবার রাজধানীতে এক সভায়, এ কথা বলেন তিনি": a setting, the words said are before it
    whether = last.text == "কিনা" or last.text == "না" and j >= 3 and toks[j - 3].text == "কি"
    if whether or any(t.text in _NEGATIONS for t in toks[ci + 1:ci + 3]):
        return False  # "… হবে কি না, সেটি জানান নি মন্ত্রী": what was not said
    if ci - j == 1:
        # "সেটি বলছেন", "একথা বলেন", or the object opening the cue: "এ | কথা বলেন", "এ | মন্তব্য করেন"
        return toks[j].text in _RESUMPTIVE or toks[j].text in _ANA_ALONE \
            or toks[j].text in _ANA_DET and toks[ci].text in _ANA_OBJ
    return ci - j == 2 and toks[j].text in _ANA_DET and toks[j + 1].text in _ANA_OBJ


# "That", taking up a যে-clause before its comma as the object of the verb ("… যে বেশি, X তা লিখেছেন").
_TAKEN_UP = frozenset({"তা", "তাও", "সেটা", "সেটি"})


def _comma_before_taken_up(toks: list[_Tok], ci: int) -> int | None:
    """Index of the comma closing a যে-clause that তা right before the cue takes up, with the speaker
    or the setting between them: "… বাংলাদেশের সাফল্য যে বেশি, অধ্যাপক অমর্ত্য সেন তা বারবার
    লিখেছেন", "… যে সন্ত্রাস দমনে … ভূমিকা পালন করেছে, মন্ত্রিসভার বৈঠকে তা উল্লেখ করেন নরেন্দ্র
    মোদি". The correlative যে … তা marks the clause as the content; with no যে, তা may point anywhere."""
    k = next((k for k in (ci - 1, ci - 2) if k > 0 and toks[k].text in _TAKEN_UP), None)
    if k is None or any(t.text in _NEGATIONS for t in toks[ci + 1:ci + 3]) or toks[ci].text.endswith("নি"):
        return None  # "তবে কোনটি তা উল্লেখ করেননি": what was not said
    for j in range(k - 1, max(0, k - 1 - MAX_TAKEN_UP_GAP), -1):
        t = toks[j]
        if t.text == ",":
            clause = toks[_clause_floor(toks, j):j]
            return j if j < k - 1 and any(w.text == "যে" for w in clause) else None
        if not t.is_word or _is_verb_like(t.text):
            return None
    return None


def _bole_before(toks: list[_Tok], ci: int) -> int | None:
    """Index of a quotative "বলে" at most three words before the cue ("… বলে অনুষ্ঠানে মন্তব্য করেন"),
    or of a word that closes the content like it ("CONTENT, এ কথা বলেন X")."""
    for back in range(1, 5):
        j = ci - back
        if j < 0:
            return None
        w = toks[j].text
        if w in _BOLE:
            # (not "সংশ্লিষ্টদের সঙ্গে কথা বলে জানা যায়": having talked, a converb)
            return j if j > 0 and toks[j - 1].text not in {"কথা", "কথাও"} else None
        if w in _SUCH and back == 1 and j > 1 and (toks[j - 1].text == "," or j > 3 and (
                toks[j - 1].text in _CLAUSE_CLOSERS or toks[j - 1].text.endswith(("বে", "বেন", "েছে", "েছেন")))):
            return j  # "CONTENT, এমনটা বলছেন দলটির নেতারা", "CONTENT, এমন মন্তব্য করেছেন X": like বলে
        if back <= 2 and _resumes_content(toks, j, ci):
            return j  # "CONTENT, এ কথা বলেন নেতা-নেত্রীরা", "CONTENT, সেটি বলছেন ক্যালিস নিজেও": like বলে
        if not toks[j].is_word:
            return None
    # further back only over the setting of the words: "… হয়নি বলে সম্প্রতি এক জাতীয় গণমাধ্যমে দেয়া
    # সাক্ষাতকারে সৌম্য আরো বলেন"
    setting = any(_is_locative(t.text) and t.text.startswith(_SETTING_EVENTS) for t in toks[max(0, ci - 4):ci])
    for j in range(ci - 5, max(0, ci - MAX_BOLE_SETTING_WORDS) - 1, -1):
        t = toks[j]
        if not t.is_word or _is_verb_like(t.text) and t.text not in _PARTICIPLES:
            return None
        if t.text in _BOLE:
            return j if j > 0 and setting else None
        setting = setting or _is_locative(t.text) and t.text.startswith(_SETTING_EVENTS)
    return None


# What may stand in a speaker's phrase between a far "বলে" and its verb: an apposition's comma,
# a parenthesis (২৯ ডিসেম্বর), the dot of a title (ডা.).
_SUBJECT_PUNCTUATION = frozenset({",", "(", ")", "."})
# Words that open another clause, so a "বলে" before them is not this verb's (… বলে আমরা শুনেছি এবং …).
_CLAUSE_LINKS = (_CONNECTORS - {"ও"}) | _RELATIVE | {"যে", "যখন", "তখন", "যদি"}


def _bole_before_subject(toks: list[_Tok], ci: int) -> int | None:
    """Index of a quotative "বলে" after a finite clause and up to MAX_BOLE_SUBJECT_TOKENS before the
    cue, with only the speaker, a time, an addressee or a source between: "… নাম নিয়েছিলেন বলে তাঁর
    বোন সেলিমা ইসলাম জানিয়েছেন", "… মৃত্যু হয় বলে গ্যাভলেবর্গ পুলিশের কর্মকর্তা মাতস লান এএফপিকে
    জানান", "… পোস্ট করা হয়েছে বলে দেশটির বিচার বিভাগের পক্ষ থেকে জানানো হয়েছে". A converb বলে
    ("সংশ্লিষ্টদের সঙ্গে কথা বলে জানা যায়") has no finite clause before it."""
    for j in range(ci - 1, max(0, ci - MAX_BOLE_SUBJECT_TOKENS) - 1, -1):
        t = toks[j]
        if t.text in _BOLE:
            before = toks[j - 1] if j > 0 else None
            if ci - j <= 4 or before is None or not before.is_word or before.text in _PARTICIPLES \
                    or not _is_predicate(before.text):
                return None
            return j
        if t.is_word:
            if _is_verb_like(t.text) and t.text not in _PARTICIPLES or t.text in _CLAUSE_LINKS:
                return None
        elif t.text not in _SUBJECT_PUNCTUATION:
            return None
    return None


# Events where words are said, as a setting between "বলে" and its verb (see `_bole_before`).
_SETTING_EVENTS = _EVENTS + ("সাক্ষাতকার", "সাক্ষাৎকার", "আলাপ", "সমাবেশ", "মতবিনিময়", "আলোচনা")


# "তিনি আরও বলেন", "তিনি আরো জানান": the pronoun goes on with the last speaker.
_FURTHER_RE = re.compile(r"\s+(?:আরও|আরো)\s")
# A question put to the one speaking: "জানতে চাইলে তিনি", "প্রশ্নের জবাবে তিনি" (right before the pronoun).
_ASKED_RE = re.compile(r"(?:জানতে চাইলে|জানতে চাওয়া হলে|প্রশ্নের জবাবে|প্রশ্নের উত্তরে|জিজ্ঞেস করা হলে|জিজ্ঞাসা করা হলে)\s+$")
# What marks a list of those present at an event (Bangladeshi news style).
_ATTENDANCE_MARKERS = ("উপস্থিত ছিলেন", "প্রমুখ", "উপস্থিত থাকবেন")
_ABSENT = re.compile("উপস্থিত ছিলেন না" + _E)  # "… কোনো সদস্য উপস্থিত ছিলেন না": who was not there
# The marks that close a quotation (a masked quotation token ends with one).
_CLOSING_MARKS = "”’»\"'"


def _after_leading_setting(toks: list[_Tok], start: int, end: int) -> int:
    """Where a clause goes on after the occasion that opens it ("সংবাদ সম্মেলনে | মান্না … দাবি
    জানান", "এক অনুষ্ঠানে | তিনি …"): after an event word in the locative, a time or an act among
    its first MAX_LEADING_SETTING_WORDS words, or after a genitive closed by পর/প্রতিবাদে/পরিপ্রেক্ষিতে
    among its first MAX_LEADING_GENITIVE_SETTING_WORDS, with no verb before it; `start` when it
    opens with none."""
    words = 0
    for j in range(start, min(end, start + MAX_LEADING_GENITIVE_SETTING_WORDS + 2)):  # (+ a pair of brackets)
        w = toks[j].text
        if w in {"(", ")"} and words:
            continue  # a date in brackets after the day: "সোমবার (২৯ ডিসেম্বর) বিকেলে | …"
        if not (toks[j].is_word or w.isdigit()) or _is_verb_like(w) \
                or words >= MAX_LEADING_GENITIVE_SETTING_WORDS:
            return start
        words += 1
        after_genitive = w in _CLOSES_GENITIVE_SETTING and j > start and _is_genitive(toks[j - 1].text)
        if words > MAX_LEADING_SETTING_WORDS and not after_genitive:
            continue  # (further on only "X-এর পর/প্রতিবাদে": "আগামী জাতীয় সংসদ নির্বাচনের তফসিল ঘোষণার পর | …")
        if _is_locative(w) and w.startswith(_SETTING_EVENTS) or (w in _AFTERWARDS or w in _TIMES_OF) and j > start \
                or after_genitive:
            # (… "পদক প্রদান শেষে | স্বরাষ্ট্র উপদেষ্টা …": after an act, as after an event; "জাতির এই
            # অপূরণীয় ক্ষতির দিনে | তিনি …": after a time)
            return j + 1
    return start


# What closes an opening phrase "X-এর …" of any length up to MAX_LEADING_GENITIVE_SETTING_WORDS, a time or a reason for the act that follows
# rather than part of what is announced: "… ঘোষণার পর | …", "… সিদ্ধান্তের প্রতিবাদে | … সরে দাঁড়ানোর
# ঘোষণা দিয়েছেন", "… হামলার পরিপ্রেক্ষিতে | …".
_CLOSES_GENITIVE_SETTING = frozenset({"পর", "প্রতিবাদে", "পরিপ্রেক্ষিতে", "প্রেক্ষিতে"})


# A time closing an opening phrase ("জাতির এই ক্ষতির দিনে", "নির্বাচনের আগের রাতে").
_TIMES_OF = frozenset({"দিনে", "রাতে", "সকালে", "দুপুরে", "বিকেলে", "সন্ধ্যায়", "সময়ে", "মুহূর্তে"})


# "After" closing an opening phrase of time (পদক প্রদান শেষে, বৈঠক শেষে).
_AFTERWARDS = frozenset({"শেষে", "পরে"})


def _setting_only(words: list[_Tok]) -> bool:
    """Only a setting between a quotation and its cue: a phrase ending in a place or occasion, with no
    verb or verbal noun in it ("’ এক বিবৃতিতে বলেন …", "’ জেলা শিল্পকলা একাডেমিতে আয়োজিত সভায় বলেন …")."""
    texts = [t.text for t in words if t.is_word]
    return bool(texts) and len(texts) <= 8 and _is_locative(texts[-1]) and not _is_genitive(texts[-1]) \
        and not any(_finite(w) or w.endswith(_VERBAL_NOUN_ENDINGS) for w in texts)


def _plain_modifier(word: str) -> bool:
    """A manner of speaking before an according-to noun, with no owner: স্থানীয় (ভাষায়), চলতি, আঞ্চলিক."""
    return word in _MANNER_OF_SPEAKING


_MANNER_OF_SPEAKING = frozenset(lx.MANNER_OF_SPEAKING)


def _label_with_head(toks: list[_Tok], first: int, between: list[_Tok], bole: _Tok) -> bool:
    """"বৈঠকটিকে ‘অপরিণামদর্শী’ পদক্ষেপ বলে মন্তব্য করেন X": a quoted word and the plain noun it qualifies
    make the label given to the object (-কে) right before the quotation; the quoted word is the
    labeller's. Only one noun, with no case ending, stands between the quotation and বলে."""
    if len(between) != 2 or between[1] is not bole or first < 1 or not _is_objective(toks[first - 1].text):
        return False
    head = between[0]
    return head.is_word and not head.starts_name and not (
        _is_verb_like(head.text) or _is_genitive(head.text) or _is_objective(head.text)
        or _is_locative(head.text) or head.text in _BREAK or _is_naming_noun(head.text))


def _manner_converb(words: list[_Tok]) -> bool:
    """A converb of a noun or two, with no owner, object or verb of its own: how the words were said
    ("হতাশা প্রকাশ করে", "মাথা নেড়ে", "কিছুটা বিরক্ত হয়ে"), between a quotation and its cue."""
    texts = [t.text for t in words]
    return 2 <= len(texts) <= MAX_MANNER_WORDS and all(t.is_word for t in words) and texts[-1] != "বলে" \
        and (texts[-1] in _CONVERBS or texts[-1] in _COMMON_CONVERBS) \
        and not any(_is_verb_like(w) or _is_genitive(w) or _is_objective(w) or w in _BREAK for w in texts[:-1])


def _setting_lead(words: list[_Tok]) -> bool:
    """What may open a sentence before a cue that attributes the quotation just before it: nothing, a
    setting (a place or occasion phrase, or "ম্যাচ শেষে"), then words that are never the subject
    (time words, addressees, an object pointing back): "বৃহস্পতিবার সচিবালয়ে সাংবাদিকদের এ (কথা বলেন)"."""
    place = max((i for i, t in enumerate(words) if _is_locative(t.text) and not _is_genitive(t.text)
                 or t.text in _EVENT_OVER), default=-1)
    head, tail = words[:place + 1], words[place + 1:]
    if head and not _setting_only(head) and not _time_after_event(head) \
            and not all(_skippable(t.text) or _is_locative(t.text) for t in head):
        return False
    return all(_skippable(t.text) for t in tail)


def _time_after_event(words: list[_Tok]) -> bool:
    """"ম্যাচ শেষে", "বৈঠকের পরে", "সংবাদ সম্মেলন শেষে": when, after an event of a word or two, with no
    verb in it."""
    return 2 <= len(words) <= 3 and words[-1].text in _EVENT_OVER and not any(
        _is_verb_like(t.text) or t.text in _BREAK for t in words[:-1])


def _skippable(word: str) -> bool:
    """Words that may stand between a quotation and its speaker ("’ এই বক্তব্যও তারা যোগ করেন")."""
    base = word[:-1] if word.endswith("ও") and len(word) > 2 else word
    return word in _NON_SUBJECT or word in _ANA_DET or base in _ANA_OBJ or _is_objective(word) or word in _MEDIA_FIRST


def _closes_on_pointer(toks: list[_Tok], k: int) -> bool:
    """Does the clause from token `k` close on a back-pointing object and its verb ("… এ খবর প্রকাশ
    করেছে", "… এই তথ্য দিয়েছে")? It tells that the news was relayed, not what it said."""
    end = next((n for n in range(k, len(toks)) if toks[n].text in _TERMINATORS), len(toks))
    words = [t.text for t in toks[k:end] if t.is_word]
    for n in range(len(words) - 2, max(0, len(words) - 4), -1):  # the object and at most two words after
        if words[n] in _ANA_OBJ | _INFORMATION and words[n - 1] in _ANA_DET:
            return _is_verb_like(words[-1])  # (a verb, or a noun and its verb: প্রকাশ করেছে)
    return False


def _one_clause(toks: list[_Tok], start: int, end: int) -> bool:
    """Do tokens `start`..`end` (exclusive) stay within one clause: no comma, colon, semicolon or
    sentence end among them (quote marks of a title may stand between)?"""
    return not any(t.text in {",", ";", ":"} or t.text in _TERMINATORS for t in toks[start:end])


def _introduces_content(toks: list[_Tok], k: int) -> bool:
    """Does what follows token `k` open reported content: a comma, a colon, যে or a quotation mark,
    with words after it ("… বলা হয়েছে, …", "… জানিয়েছে যে …")?"""
    return k + 1 < len(toks) and (toks[k].text in {",", ":", "যে"} or toks[k].is_quote)


def _is_anaphoric(toks: list[_Tok], ci: int, cue: _Cue) -> bool:
    """"এ তথ্য জানান", "এসব কথা বলেন", "এ মন্তব্য করেন", "একথা বলেন": the cue points back."""
    prev = toks[ci - 1].text if ci >= 1 else ""
    prev2 = toks[ci - 2].text if ci >= 2 else ""
    if cue.kind in {"noun", "act", "matter"}:
        # "এ মন্তব্য করেন", "এ তথ্য নিশ্চিত করেছেন", "কথাগুলো বলছিলেন"
        return cue.text.split()[0] in _ANA_OBJ and prev in _ANA_DET or prev in _ANA_OBJ and prev2 in _ANA_DET \
            or prev in _ANA_ALONE
    if cue.kind == "verb":
        ce = _token_index(toks, cue.end - 1)
        nxt = [t.text for t in toks[ce + 1:ce + 4]] if ce is not None else []
        if len(nxt) >= 2 and nxt[0] in _ANA_DET and nxt[1] in _ANA_OBJ and (len(nxt) == 2 or nxt[2] in _TERMINATORS):
            return True  # "… জাগো নিউজকে জানিয়েছেন এই তথ্য।"
        return prev in _ANA_ALONE or (prev in _ANA_OBJ and prev2 in _ANA_DET)
    if cue.kind == "passive":
        # "আইএসপিআরের এক সংবাদ বিজ্ঞপ্তিতে এ কথা জানানো হয়েছে"
        return prev in _ANA_OBJ and prev2 in _ANA_DET
    return False




def _previous_quote(toks: list[_Tok], i: int) -> int:
    j = i - 1
    while j >= 0 and (not toks[j].is_quote or _title_quote(toks, j)) and i - j < MAX_LOOKBACK_TOKENS:
        j -= 1
    return j


def _token_index(toks: list[_Tok], offset: int) -> int | None:
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(toks) and toks[lo].start <= offset < toks[lo].end:
        return lo
    return None


def _last_word_index(toks: list[_Tok]) -> int:
    j = len(toks) - 1
    while j >= 0 and not toks[j].is_word and not toks[j].is_quote:
        j -= 1
    return j


def _before_closing_quotation(toks: list[_Tok], k: int, end: int) -> int:
    """A reported clause ends before a quotation that closes its sentence after a comma or colon:
    "… বলেন যে তিনি অন্যদের কাছ থেকে জানতে পেরেছেন, "ওরা তিনজন …।"" is the clause, then the quotation
    (a direct quote of its own); a quoted phrase inside the clause stays in it."""
    last = end - 1
    while last >= k and not toks[last].is_word and not toks[last].is_quote:
        last -= 1
    if last < k + 2 or not toks[last].is_quote or toks[last - 1].text not in {",", ":"}:
        return end
    return last - 1 if _has_words(toks, k, last - 1, 2) else end


def _glued_particle(toks: list[_Tok], i: int) -> bool:
    """Is the ও at `i` the emphatic particle glued to a closing quotation mark ("… আসছে ‘বিশেষ ঘোষণা’ও"),
    part of the clause, not the conjunction "and" that would leave it unfinished?"""
    return i > 0 and toks[i].text == "ও" and toks[i - 1].is_quote and toks[i - 1].end == toks[i].start


def _mostly_quote(masked: str, start: int, end: int) -> bool:
    body = masked[start:end]
    quoted = body.count(_MASK)
    rest = len(_words(body.replace(_MASK, " ")))
    return quoted > 0 and rest < 3


def _is_title(text: str, mark: _Marked) -> bool:
    """A quoted name or title: a case ending or suffix glued to the mark (‘এ’-তে, 'বই'-এর, ’সহ)
    or a naming noun right after it (‘ফাইটার ফর ডেমোক্রেসি’ পদকে, "…" শীর্ষক)."""
    if mark.end > mark.start and (text[mark.end - 1] in _TERMINATORS or text[mark.end - 1] == ","):
        # a whole sentence is no title, nor words closed by a comma inside the marks, as speech before
        # its attribution is ("“এই সেতু … শেষ হবে,” অনুষ্ঠানে মেয়র … বলেন": not a programme's name)
        return False
    if _LAW_TITLE.search(text, mark.start, mark.end):
        return True  # ‘ধূমপান ও তামাকজাত দ্রব্য ব্যবহার (নিয়ন্ত্রণ) (সংশোধন) অধ্যাদেশ, ২০২৫’
    after = text[mark.close + 1: mark.close + 30] if mark.closed else ""
    glued = re.match(rf"[{_LETTERS}]+", after)
    if glued and glued.group() in {"ও", "ই"}:
        return False  # ‘ছোটলোক পোলাপাইন’ও: "also", not a case ending of a name
    if after[:1] in {"-", "–"} and _WORD_START.match(after[1:2] or " ") or _WORD_START.match(after[:1] or " "):
        return True
    nxt = after.split(maxsplit=1)[0].strip(",।") if after.strip() else ""
    if _TITLED_EVENT.match(after):
        return True  # "‘… অনিশ্চয়তা প্রসঙ্গে’ এক সংবাদ সম্মেলনে": the event's title
    inside = text[mark.start:mark.end].split()
    if len(inside) == 1 and inside[0].endswith(("ের", "-এর")):
        return True  # "যে ' ঐক্যের ' কথা তিনি বলেন": one word in the genitive is a term in the phrase, not words said
    if nxt == "বা" and len(inside) <= MAX_GLOSSED_TERM_WORDS:
        return True  # "‘ক্যাপাসিটি পেমেন্ট’ বা কেন্দ্র ভাড়া": a term and its gloss (opened annotations: never speech)
    return _is_naming_noun(nxt) or nxt in _TOPIC_POSTPOSITIONS


# Function words a title in English leaves in lower case ("… Wonderland and the End of the World"): the
# articles, conjunctions and short prepositions of English title case (as the usual style guides give them).
_LATIN_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"})


def _latin_title(text: str, mark: _Marked) -> bool:
    """A name or title in English quoted in Bengali text: Latin words, each capitalised but for
    the small function words ('Export Enclave', 'Hard-Boiled Wonderland and the End of the World').
    Bengali news quotes English speech in Bengali script, or in sentence case ('going through
    critical phase'); a capital on every word is a name's."""
    words = text[mark.start:mark.end].split()
    return len(words) >= 2 and all(w.isascii() and w.replace("-", "").isalpha() for w in words) and all(
        w[0].isupper() or w in _LATIN_TITLE_SMALL_WORDS for w in words) and words[0][0].isupper()


def _headline(text: str, mark: _Marked) -> bool:
    """A newspaper's headline quoted in a press review ("‘…’ মানবজমিনের শিরোনাম", "নিউ এজের শিরোনাম
    ‘…’"): a title of a work, not words said (the annotators leave headlines out)."""
    after = text[mark.close + 1: mark.close + 60] if mark.closed else ""
    before = text[max(0, mark.open - 30): mark.open]
    if _HEADLINE_AFTER.match(after) or _HEADLINE_BEFORE.search(before):
        return True
    # an English headline and its translation, joined by অর্থাৎ ("that is"), are one headline: "‘Afghan …
    # sparks curiosity’ অর্থাৎ ‘আফগান … জন্ম দিয়েছে’ টাইমস অব বাংলাদেশের শিরোনাম", "নিউ এজের শিরোনাম
    # ‘IDENTIFYING DEFAULTERS: …’ অর্থাৎ ‘ঋণখেলাপি শনাক্তকরণ: …’"
    translated = _TRANSLATION_AFTER.match(text, mark.close + 1) if mark.closed else None
    if translated and _HEADLINE_AFTER.match(text[translated.end(): translated.end() + 60]):
        return True
    return bool(_TRANSLATION_BEFORE.search(text[max(0, mark.open - 400): mark.open]))


_HEADLINE_AFTER = re.compile(rf"\s*(?:[{_LETTERS}]+\s+){{0,3}}?[{_LETTERS}]+(?:র|ের|এর)\s+(?:প্রধান\s+)?শিরোনাম")
_HEADLINE_BEFORE = re.compile(r"শিরোনাম\s*[—–:-]?\s*$")
_TRANSLATION_AFTER = re.compile(r"\s*অর্থাৎ\s*['‘\"“][^'‘’\"“”।]{1,300}['’\"”]")
_TRANSLATION_BEFORE = re.compile(r"শিরোনাম\s*[—–:-]?\s*['‘\"“][^‘’\"“”।]{1,300}['’\"”]\s*অর্থাৎ\s*$")


# The habitual passive of naming right after a quotation: "‘…’ বলা হয়", "‘…’ বলে আখ্যায়িত করা হয়ে থাকে"
# (not the perfect, "… বলে উল্লেখ করা হয়েছে", which reports a statement made).
_HABITUAL_NAMING = re.compile(r"\s*(?:বলা|বলে\s+(?:\S+\s+)?(?:করা|দেওয়া|দেয়া|ডাকা))\s+হয়(?:ে\s+থাকে)?\s*[।,]")
_DOCUMENT_STEMS = tuple(lx.DOCUMENT_WORDS)


# An event named by the quotation before it: "‘…’ এক সংবাদ সম্মেলনে", "‘…’ শীর্ষক সেমিনারে".
_TITLED_EVENT = re.compile(r"\s*(?:এক|একটি)\s+(?:সংবাদ\s+সম্মেলন|সেমিনার|আলোচনা\s+সভা|সভা|কর্মশালা|মতবিনিময়"
                           r"|গোলটেবিল|মানববন্ধন|সমাবেশ)")


# A finite verb of the narrative that closes a first clause before এবং (করেছেন, জানান, দেন).
_FINITE_BEFORE_AND = re.compile(r"(?:েছেন|েছে|চ্ছেন|লেন|েন|ান|ায়)$")
# Naming: "X-কে বলা হয় / যাকে বলে" right before a quoted term.
_NAMING_RE = re.compile(r"(?:কে(?:ই|ও)?\s+বলা\s+(?:হয়|হয়েছে|হচ্ছে|হতো|হত|যায়)"
                        r"|(?:যাকে|যেটিকে|যেটাকে|একে)\s+(?:বলে|বলেন))\s*$")


def _holds_a_view(cue: str | None) -> bool:
    """Does the cue report a view held ("X-এর মতে", "… বলে মনে করেন X", "বিশ্বাস করেন", "হিসেবে দেখছেন"),
    summed up in the reporter's words rather than said?"""
    words = (cue or "").split()
    return bool(words) and (words[-1] in _SEEING_AS or (words[1] if words[0] in _BOLE and len(words) > 1
                                                        else words[0]) in _VIEW_WORDS)


_SEEING_AS = frozenset(lx.SEEING_AS_VERBS)
_VIEW_WORDS = frozenset(lx.VIEW_CUE_WORDS)


def _request_content(between: Sequence[_Tok], cue: _Cue) -> bool:
    """Is the quotation part of what a request asks, its infinitive or verbal noun right before the
    request noun ("এধরণের 'গুজব ছড়ানো থেকে বিরত' থাকতেও অনুরোধ করেছে পশ্চিমবঙ্গ পুলিশ", "সবাইকে ‘সংযত’
    থাকার আহ্বান জানান …")? The requester's wording, the requester named after the verb."""
    if cue.kind != "noun" or cue.noun not in _REQUESTS or cue.light in _CONVERBS or len(between) != 1:
        return False
    word = between[0].text.removesuffix("ও")
    return word in _INFINITIVES or _is_verbal_noun_genitive(word)


def _closing_predicate(text: str, mark: _Marked) -> bool:
    """Is a closed quotation the predicate of its clause, ending the sentence ("তিনি বলেছেন, এ সংক্রান্ত খবরটি
    পুরোপুরি ‘গুজব’।", "… সঙ্গে একধরনের ‘প্রবঞ্চনা’।") or making its verb with করা ("… দমন করতে "বাধ্য"
    করার চেষ্টা করেছিল")? Then it is what the speaker said, in their word. Not a name given ("… যুবকের
    নাম ‘রাজু’।")."""
    if not mark.closed or _word_before(text, mark.open).startswith(_NAMING_WORDS_BEFORE):
        return False
    after = text[mark.close + 1:mark.close + 16].lstrip()
    verb = re.match(rf"[{_LETTERS}]+", after)
    return after[:1] in _TERMINATORS or verb is not None and verb.group() in _KORA_FORMS


# The forms of করা that make a verb of the word before them (বাধ্য করার, পর্যবেক্ষণ করছে).
_KORA_FORMS = frozenset({"করা", "করার", "করতে", "করে", "করেন", "করেছেন", "করেছে", "করছে", "করছেন", "করবে",
                         "করবেন", "করেছিল", "করেছিলেন", "করল", "করলো", "করলেন", "করায়", "করানো"})
# "নাম ‘রাজু’", "ডাকনাম ‘…’", "… শীর্ষক", "… খ্যাত", "… পরিচিত": a name given is no one's verdict.
_NAMING_WORDS_BEFORE = ("নাম", "ডাকনাম", "শীর্ষক", "খ্যাত", "পরিচিত")


def _named_term(text: str, mark: _Marked) -> bool:
    """Does the quotation follow "X-কে বলা হয়" or "যাকে বলে" (a term being named)?"""
    return _NAMING_RE.search(text, max(0, mark.open - 40), mark.open) is not None


# The title of a law or ordinance closes on its kind and year: "… (সংশোধন) অধ্যাদেশ, ২০২৫".
_LAW_TITLE = re.compile(r"(?:অধ্যাদেশ|আইন|বিধিমালা|নীতিমালা|অ্যাক্ট)\s*,?\s*[০-৯0-9]{4}\s*$")
_NAMING_NOUNS = ("পদক", "সম্মাননা", "শীর্ষক", "শিরোনাম", "নামে", "নামের", "নামক", "স্লোগান", "বই", "গ্রন্থ",
                 "উপন্যাস", "চলচ্চিত্র", "সিনেমা", "নাটক", "গান", "অভিযান", "কর্মসূচি", "প্রকল্প", "পুরস্কার",
                 "খেতাব", "উপাধি", "প্রতীক", "মার্কা", "হ্যাশট্যাগ", "ব্যানার", "অ্যালবাম", "সিরিজ", "অনুষ্ঠান")
# What a naming noun takes after it: a case ending, a classifier or a particle (পদকে, বইয়ের, গানটি, স্লোগানসহ).
# (with the particle ই or ও after it: মার্কায়ই, পদকেও)
_NAMING_NOUN_TAILS = frozenset({"", "ে", "ের", "এর", "-এর", "য়", "য়ে", "য়ের", "তে", "কে", "টি", "টির", "টিতে", "টিকে",
                                "টা", "টার", "গুলো", "গুলোর", "সমূহ", "সহ"})


def _is_naming_noun(word: str) -> bool:
    """Is the word a naming noun (পদক, বই, গান, প্রতীক …) in some case? Not a longer word that only
    begins like one: পদক্ষেপ (a step), নাটকীয় (dramatic), প্রতীকী (symbolic)."""
    return any(word.startswith(noun) and (word[len(noun):] in _NAMING_NOUN_TAILS
                                          or word[len(noun):].removesuffix("ই").removesuffix("ও") in _NAMING_NOUN_TAILS)
               for noun in _NAMING_NOUNS)


# The second person as a cue's subject: the cue is inside a quoted question or request.
_ADDRESSED_YOU = frozenset({"আপনি", "আপনারা", "তুমি", "তোমরা", "তুই"})
_THINGS = frozenset({"এটি", "এটা", "এটিও", "এটাও", "এগুলো", "এসব", "যা", "সেটি", "সেটা", "তা", "এতে", "ইহা", "তথ্য",
                     "কিছু", "কিছুই"})  # "আপনি কি কিছু বললেন?": what is said, not who


# A quotation followed by one of these is what is talked about, not what is said ("‘নতুন বন্দোবস্ত’ নিয়ে").
_TOPIC_POSTPOSITIONS = frozenset({"নিয়ে", "সম্পর্কে", "বিষয়ে", "প্রসঙ্গে", "নামে", "নামের", "থেকে", "জন্য",
                                  "মতো", "মত", "দিয়ে", "বিরুদ্ধে", "পক্ষে", "সহ", "ইত্যাদি", "প্রভৃতি"})
_FIRST_PERSON_WORDS = frozenset({"আমি", "আমরা", "আমাকে", "আমার"})
# "… বলে জানান", "… বলে মন্তব্য করেন": a new attribution in the sentence (with a light verb only after
# a cue noun: "… বাংলাদেশি বলে সন্দেহ করে" is what someone suspected, told by the same speaker).
_BOLE_RE = re.compile(_B + r"বলে\s+(?:(?:\S+\s+){0,2}?" + _alt(_VERB_FORMS) + "|(?:\\S+\\s+)?"
                      + _alt(tuple(_CUE_NOUNS) + lx.MATTER_NOUNS) + r"(?:\s+\S+)?\s+" + _alt(lx.LIGHT_VERBS) + ")" + _E)


_STRAY_CLOSERS = {"’": "‘", "”": "“"}


def _trim(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """Content without surrounding space; reported speech also without its final stop or comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if kind == "indirect":
        opener = _REPORTER_OPENER.match(text, start, end)
        if opener is not None and opener.end() < end:
            start = opener.end()  # "উল্লেখ্য যে, …", "একইসাথে …": the reporter's link, not the speech
        while end > start and text[end - 1] in ",;:।.-–— ":
            end -= 1
        # a stray closing mark with no opening one in the content ("… যে দলই হোক না কেন?’"): a typo
        while end > start and text[end - 1] in _STRAY_CLOSERS and _STRAY_CLOSERS[text[end - 1]] not in text[start:end]:
            end -= 1
            while end > start and text[end - 1] in " ":
                end -= 1
    else:
        while end > start and text[end - 1] in ", ":
            end -= 1
    return start, end


# The reporter's links that open a sentence of reported content ("উল্লেখ্য যে, … বলে জানান তিনি").
_REPORTER_OPENER = re.compile(r"(?:উল্লেখ্য(?:\s+যে)?|প্রসঙ্গত|একইসাথে|একই\s+সাথে|একইসঙ্গে|একই\s+সঙ্গে|এছাড়াও?|তবে|কিন্তু)"
                              rf"(?![{_LETTERS}])[\s,]*")


def _words(s: str) -> list[str]:
    return re.findall(rf"[{_LETTERS}]+", s)


_SPACE_BEFORE_STOP = re.compile(r"\s+([,।;:!?])")


def _mask(text: str, marks: list[_Marked], lo: int = 0, hi: int | None = None) -> str:
    """The text (or text[lo:hi]) with every quotation, marks included, replaced by _MASK."""
    hi = len(text) if hi is None else hi
    parts = []
    at = lo
    for m in marks:
        s, e = max(m.open, lo), min(m.close + 1, hi)
        if e <= s:
            continue
        parts.append(text[at:s])
        parts.append(_MASK * (e - s))
        at = e
    parts.append(text[at:hi])
    return "".join(parts)
