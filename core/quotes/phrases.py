"""Noun phrases: the walk back from a cue over Bengali case endings to who speaks (`_np_before`,
`_np_start`), a title split into role and affiliation (`_split_role`), owners and relations, plural
and group subjects, organisations pointed back to (দলটি, `_anaphoric_owner`), the source type of a
phrase (`_phrase_type`) and the name the tagger cut short (`_fuller_name`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from core.lexicon import HONORIFICS
from core.lexicon import speech as lx
from core.lexicon.names import COUNTRIES, DEMONYMS, GENERIC_NOT_ENTITIES, LOC_HEAD_WORDS, NAME_PREFIXES_KEPT
from core.lexicon.orgs import BANGLADESH_PARTIES
from core.lexicon.time import WEEKDAYS
from core.models import Entity, Quote
from core.quotes.records import _INDEFINITE_OPENERS, _Speaker
from core.quotes.tokens import (
    _VOWEL_LETTERS,
    _after_address,
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
    _role_base,
    _role_of,
    _squash,
    _strip_case,
    _strip_genitive,
    _Tok,
)
from core.quotes.tunables import (
    _B,
    _E,
    _LETTERS,
    MAX_DEFINING_CLAUSE_WORDS,
    MAX_NP_WORDS,
    MAX_OBJECT_MODIFIERS,
    MAX_TITLED_EVENT_WORDS,
)
from core.quotes.vocabulary import (
    _ABOUT,
    _ACRONYM,
    _ADDRESS,
    _AGE,
    _ANA_ALONE,
    _ANA_DET,
    _ANA_OBJ,
    _ANSWERING,
    _BEFORE_DOCUMENT,
    _BREAK,
    _COMMON_CONVERBS,
    _CONFIRMED_MATTERS,
    _CONVERBS,
    _CUE_NOUNS,
    _DEMONSTRATIVES,
    _DESCRIBING_WORDS,
    _DETERMINERS,
    _DOCUMENT_MODIFIERS,
    _DOCUMENTS,
    _EMPHATIC_THIS,
    _EXPRESSIVE_OBJECTS,
    _FROM,
    _GEN_PRONOUNS,
    _GENITIVE_POSTPOSITIONS,
    _GIVING,
    _GROUP_DETERMINERS,
    _LIST_JOINS,
    _MEANS_MODIFIERS,
    _MEANS_OF_TALK,
    _MEDIA_FIRST,
    _NAME_LIKE_ROLES,
    _NON_SUBJECT,
    _ORG_NOMINATIVES,
    _PARTICIPLES,
    _PERSONAL_PRONOUNS,
    _PLURAL,
    _QUOTED_SPEECH,
    _RELATIVE,
    _ROLE_MODIFIERS,
    _SPEECH_VERBS,
    _SUBJECT_PRONOUNS,
    _TERMINATORS,
    _TITLE_WORDS,
    _VERBAL_NOUN_ENDINGS,
    _VOICE,
    _VOICED,
    _alt,
    _without_particle,
)


def _fuller_name(phrase: list[str], name: list[str], *, before: bool) -> str | None:
    """The name the tagger cut short, as the subject phrase writes it in full (আব্দুস -> আব্দুস
    সালাম, আলম -> খুরশিদ আলম), or None: the phrase from the name on, with up to two words right
    before it that do not describe the person ("তার এক কাকা | রিয়াকুল শেখ", "প্রধান নির্বাহী | পিটার
    থম্পসন", "আবহাওয়াবিদ | আফরোজা সুলতানা"); words before an organisation's name describe it
    ("বাংলাদেশে কার্যক্রম নিষিদ্ধ | আওয়ামী লীগ"), so `before` is for a person only. A name of two
    words or more is whole: a word before it is a title the role list lacks or misspells ("হেড অব
    মার্কেটিং | মাইদুল ইসলাম", "শ্যালক | জুয়েল মোল্লা", "চেয়ারম্য্যান | জিএম কাদের"), unless it is a
    prefix that names keep (সৈয়দ, শেখ, মো.); only a lone surname takes the words before it
    ("ওম প্রকাশ | উপাধ্যায়")."""
    if not name or name[0] not in phrase or not set(name) <= set(phrase):
        return None
    first = phrase.index(name[0])
    start = first
    while before and start > 0 and first - start < 2 and not _describes_speaker(phrase[start - 1]) \
            and phrase[start - 1] not in _LIST_JOINS \
            and (len(name) == 1 or phrase[start - 1] in NAME_PREFIXES_KEPT):
        start -= 1
    fuller = phrase[start:]
    return " ".join(fuller) if len(fuller) > len(name) else None


def _describes_speaker(word: str) -> bool:
    """Does this word before a person's name describe the person (a role, kin, a genitive owner, a
    determiner, a scholar in -বিদ, a state in -অধীন: চিকিৎসাধীন, বিচারাধীন), so that it is no part of
    the name?"""
    return _role_of(word) is not None or word in _ROLE_MODIFIERS or word in _DETERMINERS \
        or word in _GEN_PRONOUNS or word in _DESCRIBING_WORDS \
        or word.endswith(("ের", "এর", "টির", "দের", "বিদ", "স্থ", "াধীন")) \
        or word.isdigit()


def _name_keys(form: str) -> list[str]:
    """Lookup keys of a name: itself and the forms with a case ending stripped (কিমের -> কিম)."""
    base = _squash(form)
    keys = [base]
    if _is_genitive(base):
        keys.append(_strip_genitive(base))
        if base.endswith("এর"):
            keys.append(base[:-1])  # বিটিএমএর: the acronym বিটিএমএ plus -র
    stripped = _strip_case(base)
    if stripped != base:
        keys.append(stripped)
    return keys


def _explicator_end(toks: Sequence[_Tok], ce: int) -> int:
    """The verb's last token: the explicator দেওয়া after the converb করে when one follows ("… বলে
    স্পষ্ট করে দিয়েছেন রোনালদো", whose subject comes after দিয়েছেন), else `ce`."""
    if toks[ce].text == "করে" and ce + 1 < len(toks) and toks[ce + 1].text in _GIVING:
        return ce + 1
    return ce


# Personal and demonstrative pronouns in the objective: an object that no word before it modifies.
_PRONOUN_OBJECTS = frozenset({"তাকে", "তাঁকে", "তাদেরকে", "তাঁদেরকে", "আমাকে", "আমাদেরকে", "ওকে", "ওঁকে",
                              "একে", "এটিকে", "এটাকে", "সেটিকে", "সেটাকে"})


def _np_before(toks: list[_Tok], ci: int, floor: int,
               is_name: Callable[[int], bool] | None = None) -> tuple[int, int] | None:
    """The subject noun phrase before token `ci` (exclusive), not before `floor`.

    Walks back from the verb: addressees (বিবিসি বাংলাকে, সাংবাদিকদের), places and documents (এক
    সংবাদবিজ্ঞপ্তিতে, তার ফেসবুক পোস্টে), time words (মঙ্গলবার, আরও) and a converb clause (গভীর শোক
    প্রকাশ করে) are skipped; then the phrase runs back over nominative and genitive words. A phrase
    glued to a place word after it (অবরোধ কর্মসূচিতে) is a compound, not the subject, unless nothing
    better comes before it.
    """
    k = ci - 1
    candidates: list[tuple[int, int, bool]] = []
    while k >= floor and len(candidates) < 3:
        found = _skip_non_subject(toks, k, ci, floor, is_name)
        if found is None or found < floor:
            break
        k = found
        if toks[k].text in _RELATIVE:
            return k, k + 1
        end = k + 1
        start = _np_start(toks, k, floor)
        if toks[k].name_start >= 0 and toks[k].name_start < toks[start].start:
            # "বাংলাদেশ জামায়াতে ইসলামী": the whole name the tagger found, though a word of it looks like a place
            start = next((j for j in range(start - 1, max(floor, k - MAX_NP_WORDS) - 1, -1)
                          if toks[j].start == toks[k].name_start), start)
        while end > start and (_is_adjective(toks[end - 1].text) or toks[end - 1].text in _BREAK):
            end -= 1
        if end <= start or _is_verb_like(toks[end - 1].text) and _role_of(toks[end - 1].text) is None \
                and not toks[end - 1].ends_name:  # (but a name that ends like a verb: "আব্দুল বাতেন বলেন")
            break
        right = toks[end] if end < ci else None
        # (a pronoun object takes no word before it: "… চেঙ্গিসের মা | তাকে ‘পশু’ বলে তিরস্কার করেছিলেন";
        # a subject pronoun modifies no word after it: "… আমন্ত্রণ জানালে তিনি | প্রধানমন্ত্রীকে বলেছিলেন")
        compound = right is not None and right.is_word and not _subject_pronoun(toks[end - 1].text) \
            and _is_locative(right.text) and \
            not (_is_objective(right.text) and toks[end - 1].ends_name) and right.text not in _PRONOUN_OBJECTS and \
            right.text not in _NON_SUBJECT and not (is_name is not None and is_name(right.start))
        if compound and end - start >= 2 and toks[end - 1].text.endswith(_ADJECTIVE_ENDINGS):
            end -= 1  # "মির্জা ফখরুল কান্নাজড়িত কণ্ঠে বলেন": the adjective belongs to the place word
            compound = False
        elif compound and end - start >= 2 and toks[end - 2].ends_name and not toks[end - 1].ends_name:
            end -= 1  # "দেবাশীষ রায় মোবাইল ফোনে বলেন": the name, then the modifier of the means
            compound = False
        elif compound and right is not None and right.text in _MEANS_OF_TALK:
            # "… কমিটির সদস্য রহিম উদ্দিন মুঠোফোনে বলেন": how one talks makes no compound with the subject
            if end - start >= 2 and toks[end - 1].text in _MEANS_MODIFIERS:
                end -= 1  # (the modifier of the means: "… রায় মোবাইল ফোনে বলেন")
            compound = False
        candidates.append((start, end, compound))
        if not compound:
            break
        k = start - 1
    if not candidates:
        return None
    for start, end, compound in candidates:
        if not compound:
            return start, end
    for start, end, _ in candidates:
        if any(_role_of(t.text) or t.text in _ADDRESS or t.text in _PERSONAL_PRONOUNS for t in toks[start:end]):
            return start, end
    return candidates[0][0], candidates[0][1]


def _subject_pronoun(word: str) -> bool:
    """Is this word a personal pronoun in the nominative (তিনি, তারা, উনি), the subject of its clause
    whatever follows it? A noun before a place word may be a compound with it ("অবরোধ কর্মসূচিতে"), a
    pronoun never is: "… আমন্ত্রণ জানালে তিনি প্রধানমন্ত্রীকে বলেছিলেন" is তিনি's saying, not that
    of a name before the conditional. (সে is left out: it is also "that", সে পথে.)"""
    return word in _SUBJECT_PRONOUNS or word in _PLURAL


def _anonymity_condition_start(toks: list[_Tok], k: int, floor: int) -> int | None:
    """Where "নাম প্রকাশ না করার শর্তে" / "নাম প্রকাশ না করে" / "নাম না প্রকাশের শর্তে" ending at k
    starts, or None."""
    if toks[k].text not in _ANONYMITY_ENDS:
        return None
    start = next((j for j in range(k - 1, max(floor, k - 5) - 1, -1) if toks[j].text == "নাম"), None)
    if start is None or not any(t.text.startswith("প্রকাশ") for t in toks[start + 1:k]) \
            or not any(t.text == "না" for t in toks[start + 1:k]):
        return None
    return start


_ANONYMITY_ENDS = frozenset({"শর্তে", "অনুরোধে", "করে"})


# How many words before a converb's object in the objective may belong to it ("বেগম খালেদা জিয়াকে").
MAX_OBJECT_WORDS = 2


def _object_words_start(toks: list[_Tok], k: int, floor: int) -> int:
    """Where the object in the objective at token k starts, over at most two words before it (its
    name, "খালেদা জিয়াকে", or owner, "দলের নেতাকর্মীদের"); a word that ends a name the tagger found
    ends the subject instead ("মির্জা ফখরুল ইসলাম আলমগীর | দেশবাসীকে সতর্ক করে বলেন"), for the
    object's own name ends in the objective word itself."""
    start = k
    while start > floor and k - start < MAX_OBJECT_WORDS and toks[start - 1].is_word \
            and not toks[start - 1].ends_name:
        start -= 1
    return start


# Who is introduced by a name: "সঞ্জিত কুমার নামে একজন", "রহিম নামের এক ব্যক্তি".
_NAMED_ONE = frozenset({"একজন", "এক", "আরেকজন", "আরেক"})

_NAMING_WORDS = frozenset({"নামে", "নামের"})


def _named_by(toks: list[_Tok], j: int, k: int) -> bool:
    """Does "by the name of" (নামে/নামের, then একজন/এক) follow token j, an age or acronym in
    parentheses allowed between ("আবদুল করিম (৪৫) নামে এক বাসিন্দা")? Then token j ends the name,
    whatever case it seems to end in (লামিচানে, হাথুরুসিংহে look like locatives)."""
    n = j + 1
    if n <= k and toks[n].text == "(":
        n = next((m + 1 for m in range(n + 1, min(k, n + 4) + 1) if toks[m].text == ")"), k + 1)
    return n + 1 <= k and toks[n].text in _NAMING_WORDS and toks[n + 1].text in _NAMED_ONE


_ADJECTIVE_ENDINGS = ("জড়িত", "পূর্ণ", "ভেজা", "ভরা", "মূলক", "জনক", "সুলভ", "দৃপ্ত", "রুদ্ধ")


def _skip_non_subject(toks: list[_Tok], k: int, ci: int, floor: int,
                      is_name: Callable[[int], bool] | None) -> int | None:
    """Walk back from k over what cannot be the subject; the index of the phrase's last word,
    or None when the clause ends first."""
    skipped_converb = False
    while k >= floor:
        t = toks[k]
        w = t.text
        anonymity = _anonymity_condition_start(toks, k, floor)
        if anonymity is not None:
            k = anonymity - 1  # "এক কর্মকর্তা | নাম প্রকাশ না করার শর্তে বলেন": how, not who
            continue
        glued = k > floor and w in _CASE_ENDINGS and toks[k - 1].is_quote and toks[k - 1].end == t.start
        hyphened = k > floor + 1 and w in _CASE_ENDINGS and toks[k - 1].text == "-" and toks[k - 2].is_quote
        # "তাঁর '…' শীর্ষক লেখায়": the word that names the quoted title stands for it
        titled_by = k > floor and w in _TITLE_WORDS and toks[k - 1].is_quote
        title = k - 2 if hyphened else k - 1 if (w == "-" or glued or titled_by) and k > floor else k
        glued = glued or hyphened or titled_by
        if (k + 1 < ci or glued) and _title_quote(toks, title):
            # "জেকব অ্যাবট তার বই 'দ্য হিস্ট্রি অব চেঙ্গিস খান'-এ লিখেছেন", "… তাঁর 'চলমান ইতিহাস' বইতে
            # লিখেছেন", "… তার বই, '…'তে লিখেছেন": a quoted title inside the setting, with the book
            # and its possessor
            k = title - 1
            while k >= floor and (toks[k].text in _WORK_NOUNS or toks[k].text in _DETERMINERS or toks[k].text == ","):
                k -= 1
            continue
        if t.is_quote or w in _TERMINATORS:
            return None
        if k == ci - 1 and t.name_start >= 0 and _is_locative(w) and not t.ends_name:
            # "… দায়িত্বশীল কর্মকর্তা জাগো নিউজে বলেন": the outlet told, in the locative, is no subject
            # (with a possessive, "তার ফেসবুকে লেখেন", the medium is the speaker's: see below)
            first = _first_of_name(toks, k, floor)
            if _is_objective(w):
                # "… যুক্তরাজ্যের হিউম্যান ফার্টিলাইজেশন অ্যান্ড এমব্রিওলজি অথোরিটিকে জানায়": the genitive
                # owner of the organisation told belongs to it
                while first > floor and toks[first - 1].is_word and _is_genitive(toks[first - 1].text) \
                        and toks[first - 1].text not in _GEN_PRONOUNS and not toks[first - 1].ends_name \
                        and _role_of(toks[first - 1].text) is None \
                        and not _after_address(toks, first - 1, floor):  # not "… হাই কমিশনার | বিবিসিকে"
                    first -= 1
            if first <= floor or toks[first - 1].text not in _DETERMINERS:
                k = first - 1
                continue
        if not t.is_word:
            if w in {")", "]"}:
                opening = _dated_parenthesis_start(toks, k, floor)
                if opening is not None:
                    k = opening - 1  # "সোমবার (২৯ ডিসেম্বর) এক বিবৃতিতে বলেন": the date belongs to the time
                    continue
                opening = _opening_bracket(toks, k, floor, 6)
                if opening is not None and opening > floor and _is_objective(toks[opening - 1].text):
                    k = opening - 1  # "… অথোরিটিকে (এইচএফইএ) জানায়": the acronym belongs to the one told
                    continue
                return k  # a parenthetical right before the verb belongs to the subject: "মামুনুর রশিদ (৪৫)"
            return None
        if w in _PARTICIPLES and k + 1 < ci and _describes_setting(toks[k + 1].text):
            # "বিবিসি বাংলাকে দেয়া একটি সাক্ষাৎকারে", "চেয়ারম্যানের কাছে পাঠানো একটি চিঠিতে", "… পক্ষ থেকে
            # জারি করা নির্দেশিকায়": the clause describing the setting, down to its object or its noun
            k -= 1
            if k >= floor and _is_objective(toks[k].text):
                named = next((j for j in range(k, max(floor, k - 3) - 1, -1)
                              if is_name is not None and is_name(toks[j].start)), None)
                k = (named if named is not None else k) - 1
            elif k >= floor and toks[k].is_word and not _is_genitive(toks[k].text) and not _is_locative(toks[k].text) \
                    and toks[k].text not in _GENITIVE_POSTPOSITIONS and toks[k].text not in _BREAK \
                    and not (is_name is not None and is_name(toks[k].start)):
                k -= 1  # the noun of the light verb: জারি করা, পরিচয় দেওয়া
            continue
        if is_name is not None and is_name(t.start) and not _is_objective(w) and not (
                _is_locative(w) and k > floor and toks[k - 1].text in _DETERMINERS) \
                and not (t.place and _is_locative(w) and not t.ends_name):
            # "তার ফেসবুকে লেখেন": a named place or medium with a possessive is no subject; nor is a
            # place named in the locative ("শেখ হাসিনা সাভারে বলেছেন": where, not who)
            return k
        if w in _RELATIVE:
            return k
        if w == "থেকে" and k - 2 >= floor and toks[k - 1].text in {"পক্ষ", "কাছ"} and _is_genitive(toks[k - 2].text):
            behalf = _genitive_phrase_start(toks, k - 2, floor, is_name)
            if behalf > floor and toks[behalf - 1].ends_name:
                # "কামরুল হাসান দলের পক্ষ থেকে পাঠানো এক বিবৃতিতে": a named subject speaks on the party's
                # behalf; without one, "X-এর পক্ষ থেকে বলা হয়" is X's statement
                k = behalf - 1
                continue
        if (w in _GENITIVE_POSTPOSITIONS or w in _ANSWERING) and k - 1 >= floor and toks[k - 1].is_word \
                and _is_genitive(toks[k - 1].text):
            # "তারা অ্যাটর্নি জেনারেল পাম বন্ডির উদ্দেশে লিখেছেন", "ডা. অম্বরিশ মিত্তল … ওষুধের প্রসঙ্গে
            # বলেছেন": the genitive phrase belongs to the postposition, not to the subject
            k = _genitive_phrase_start(toks, k - 1, floor, is_name) - 1
            continue
        if k == ci - 1 and ci < len(toks) and toks[ci].text in _CUE_NOUNS and _is_genitive(w) and \
                k > floor and toks[k - 1].text in _DEMONSTRATIVES:
            # "শফিকুর রহমান এই সমঝোতার ঘোষণা দেন": what is announced, not who announces
            k = _genitive_phrase_start(toks, k, floor, is_name) - 1
            continue
        if w in _ABOUT and k - 1 >= floor and toks[k - 1].is_word and not _is_genitive(toks[k - 1].text):
            # "কায়েদে আজম ওই ঘটনা সম্পর্কে বলেছিলেন": the topic before the postposition, with its
            # genitives and demonstrative, is not the subject
            k = _genitive_phrase_start(toks, k - 1, floor, is_name) - 1
            continue
        if w == "এর" and k - 1 >= floor and k + 1 < len(toks) and _detached_genitive_owner(toks[k - 1], is_name) \
                and _owned_after_detached_genitive(toks[k + 1]):
            # "স্টেট ডিপার্টমেন্ট ব্রেটনকে … ডিএসএ এর ‘মাস্টারমাইন্ড’ হিসেবে বর্ণনা করেছে": এর written apart
            # after a name or an acronym is its genitive ending, not the pronoun (এর পর, এর জবাবে); the
            # owner belongs to what it owns, no subject
            owner_start = _genitive_phrase_start(toks, k - 1, floor, is_name)
            if owner_start - 2 >= floor and toks[owner_start - 1].text == "বা" and toks[owner_start - 2].is_word:
                # "… সার্ভিসেস অ্যাক্ট বা ডিএসএ এর": one owner named twice
                owner_start = _np_start(toks, owner_start - 2, floor)
            k = owner_start - 1
            continue
        if k > floor and f"{toks[k - 1].text} {w}" in _NON_SUBJECT:
            k -= 2  # "এ সময়": a time phrase of two words
            continue
        if w in _NON_SUBJECT or _is_genitive(w) and _strip_genitive(w) in _NON_SUBJECT and w not in _GEN_PRONOUNS \
                or w.endswith(("বারই", "বারও")) and w[:-1] in _NON_SUBJECT:
            k -= 1  # time words, and their genitive: "গত বছরের ডিসেম্বর মাসে" (and a weekday's "even": রবিবারই)
            continue
        if _is_objective(w):
            k -= 1
            if k >= floor and toks[k].text in _GEN_PRONOUNS:
                k -= 1  # "তার ফেসবুকে লেখেন", "তার মেয়েকে বলেন": the possessor belongs to the object
            elif k >= floor and toks[k].text in _MEDIA_FIRST:
                k -= 1
            elif k >= floor and _is_address(toks[k].text):
                k -= 1  # "মি. আহমেদকে": the honorific belongs to the object
            elif k >= floor and toks[k].text in _DETERMINERS:
                k -= 1  # "একটি গণমাধ্যমকে জানান": the article belongs to the addressee
                if k >= floor and toks[k].is_word and _is_genitive(toks[k].text) and not toks[k].ends_name \
                        and toks[k].text not in _GEN_PRONOUNS:
                    # "আইনজীবীরা | আদালতের এই ঘোষণাকে … বর্ণনা করেছেন", "ক্রিস বাওয়েন | উইকিলিকস নেতাদের ওই
                    # বৈঠককে ‘…’ কাজ বলে মন্তব্য করেছেন": the owner of what is described, with the
                    # organisation whose members (a role) own it
                    k = _owner_of_object_start(toks, k, floor, is_name) - 1
            elif k + 1 < ci - 1 or toks[k + 2].text not in _SPEECH_VERBS:
                # an object in front of a quotation or clause ("এই প্ল্যাটফর্মের ব্লু টিক পদ্ধতিকে")
                for back in range(MAX_OBJECT_MODIFIERS):
                    i = k - back
                    if i < floor or not toks[i].is_word or _role_of(toks[i].text) is not None:
                        break  # "এক পুলিশ কর্মকর্তা সাংবাদিকদের": a role before an addressee is the subject
                    if toks[i].text in _DETERMINERS and toks[i].text not in _GEN_PRONOUNS:
                        k = i - 1
                        break
            continue
        if w in _FROM and k - 1 > floor and toks[k - 1].is_word and not _is_genitive(toks[k - 1].text) \
                and toks[k - 1].text not in _BREAK and toks[k - 1].text not in {"পক্ষ", "কাছ", "তরফ"}:
            # "শেখ হাসিনা সাভারে ধ্বংসস্তূপ থেকে … উদ্ধারের ঘটনা প্রসঙ্গে বলেছেন": where from is no subject
            k = _genitive_phrase_start(toks, k - 1, floor, is_name) - 1
            continue
        if (w in _CONVERBS or w in _COMMON_CONVERBS) and not skipped_converb:
            # "গভীর শোক প্রকাশ করে লিখেছে", "খালেদা জিয়াকে দেখে বেরিয়ে বলেন": skip the converb and its object
            skipped_converb = True
            k -= 1
            n = 0
            while k >= floor and toks[k].is_word and n < 3 and (
                    toks[k].text in _CUE_NOUNS or toks[k].text in _VOICED or toks[k].text in {"গভীর", "শোক"} or
                    toks[k].text in _EXPRESSIVE_OBJECTS or toks[k].text in _CONFIRMED_MATTERS or
                    toks[k].text in _NON_SUBJECT or toks[k].text in _COMMON_CONVERBS or _is_objective(toks[k].text)):
                if _is_objective(toks[k].text):
                    k = _object_words_start(toks, k, floor)  # the object's name words: "খালেদা জিয়াকে"
                elif toks[k].text in _CONFIRMED_MATTERS and k - 1 >= floor and _is_genitive(toks[k - 1].text) \
                        and not toks[k - 1].ends_name and not (is_name is not None and is_name(toks[k - 1].start)):
                    k -= 1  # "মৃত্যুর বিষয়টি নিশ্চিত করে জানান": the matter confirmed, with its genitive
                k -= 1
                n += 1
            if n and toks[k + 1].text in _CUE_NOUNS:
                # "ঢাকার পুলিশ | তাদের বক্তব্যের একটি ব্যাখ্যা দিয়ে বলেছে": the cue noun's article and owners
                if k >= floor and toks[k].text in _DETERMINERS and toks[k].text not in _GEN_PRONOUNS:
                    k -= 1
                owners = 0
                while k >= floor and owners < 2 and toks[k].is_word and _is_genitive(toks[k].text) \
                        and not toks[k].ends_name and not (is_name is not None and is_name(toks[k].start)):
                    k -= 1
                    owners += 1
            pronoun = next((j for j in range(k, max(floor, k - 2) - 1, -1)
                            if toks[j].text in _SUBJECT_PRONOUNS or toks[j].text in _PLURAL), None)
            if pronoun is not None and all(toks[j].is_word and not toks[j].ends_name and
                                           not (is_name is not None and is_name(toks[j].start))
                                           for j in range(pronoun + 1, k + 1)):
                k = pronoun  # "তিনি অতীতের উদাহরণ টেনে বলেন": the pronoun before the converb's object
            continue
        if k > floor and _is_address(toks[k - 1].text):
            return k  # "মি. উপাধ্যায় বলেছেন": a surname after an honorific, not a place in -য়
        if _is_locative(w) and w not in _ANA_OBJ and not t.ends_name:  # (a name in -ে: আর্কি গ্রে, খাজা নাফে)
            if (k == floor or not toks[k - 1].is_word) and k + 1 < ci and toks[k + 1].text in _DETERMINERS:
                return k  # "বাফুফে এক শোকবার্তায় লিখেছে": a clause-initial name before a place phrase
            titled = _titled_setting_start(toks, k, floor)
            if titled is not None:
                # "অধ্যাপক রহিম উদ্দিন ‘গণতন্ত্র ও নির্বাচন’ শীর্ষক আলোচনা সভায় বলেন": the event named by
                # its quoted title is where, the subject comes before its title (the possessor of a
                # speech goes with it: "তিনি তাঁর ‘…’ শীর্ষক বক্তৃতায়")
                k = titled - 1
                while k >= floor and (toks[k].text in _WORK_NOUNS or toks[k].text in _DETERMINERS):
                    k -= 1
                continue
            owner = _document_owner(toks, k, floor)
            if owner is not None:
                return owner  # "বাংলাদেশ ব্যাংকের হালনাগাদ প্রতিবেদনে বলছে": nothing else speaks but its owner
            k = _skip_modifiers(toks, k, floor)
            continue
        if w in _ANA_OBJ and k > floor and toks[k - 1].text in _ANA_DET:
            k -= 2
            continue
        if w in _ANA_DET and k + 1 < ci and toks[k + 1].text in _ANA_OBJ or w in _ANA_ALONE and k == ci - 1:
            k -= 1  # (… মল্লিক তথ্যটি জানিয়েছেন)
            continue
        if w in _EMPHATIC_THIS:
            k -= 1  # "মি. হাদারি এটিই ফোনে বলেছিলেন": "just this", what was said, not who said it
            continue
        if w in _CUE_NOUNS and k == ci - 1:
            k -= 1  # "জোর দিয়ে": the noun of a light verb
            continue
        return k
    return None


def _owner_of_object_start(toks: list[_Tok], k: int, floor: int, is_name: Callable[[int], bool] | None) -> int:
    """Where the genitive owner (ending at token k) of an object in -কে starts: its genitive phrase
    ("আদালতের এই ঘোষণাকে"), and the organisation before a role in the genitive, whose members it
    names ("উইকিলিকস নেতাদের ওই বৈঠককে", "বিএনপি নেতাদের এই বক্তব্যকে"): an organisation's name and a
    role make one phrase, the role's owner, never a subject standing before a genitive."""
    start = _genitive_phrase_start(toks, k, floor, is_name)
    if start - 1 >= floor and _role_of(_strip_genitive(toks[start].text)) is not None and toks[start - 1].name_start >= 0:
        start = _first_of_name(toks, start - 1, floor)
    return start


def _detached_genitive_owner(tok: _Tok, is_name: Callable[[int], bool] | None) -> bool:
    """Is the word before a detached এর its owner ("ডিএসএ এর", "জিডিআই এর", "উইং এর"): a name the tagger
    found or an acronym, which news writes apart from the case ending; after any other word (এবং এর,
    পরিবেশের ওপর এর) এর is the pronoun "its"."""
    return tok.is_word and (tok.ends_name or is_name is not None and is_name(tok.start)
                            or _ACRONYM.fullmatch(tok.text) is not None)


def _owned_after_detached_genitive(tok: _Tok) -> bool:
    """Is the token after a detached এর something it owns (a quoted term, a noun), not a postposition or
    a time word that makes এর the pronoun ("তারেক রহমান এর আগে বলেছিলেন", "রহিম এর জবাবে বলেন")?"""
    return tok.is_quote or tok.is_word and tok.text not in _NON_SUBJECT and tok.text not in _GENITIVE_POSTPOSITIONS \
        and tok.text not in _ANSWERING and tok.text not in _ABOUT and not _is_locative(tok.text)


def _document_owner(toks: list[_Tok], k: int, floor: int) -> int | None:
    """The genitive owner of the document at k that opens its clause ("বাংলাদেশ ব্যাংকের হালনাগাদ
    প্রতিবেদনে …"): the owner's last token, or None."""
    if not toks[k].text.startswith(_DOCUMENTS):
        return None
    j = k - 1
    while j >= floor and toks[j].text in _BEFORE_DOCUMENT and toks[j].text not in _GEN_PRONOUNS:
        j -= 1
    if j < floor or not _is_genitive(toks[j].text) or toks[j].text in _GEN_PRONOUNS:
        return None
    start = _genitive_phrase_start(toks, j, floor)
    return j if start == floor or not toks[start - 1].is_word else None


def _describes_person(word: str) -> bool:
    """A word that may stand before a person's name without being part of it: a role (নির্দেশক,
    ভাতিজা), a genitive (নাগরিক ঐক্যের, নাজমুলের) or an honorific (ডা:, আল্লামা)."""
    return _role_of(word) is not None or _is_genitive(word) or word in _HONORIFICS \
        or word.rstrip(".:") + "." in _HONORIFICS


_HONORIFICS = frozenset(HONORIFICS) | {"আল্লামা", "প্রকৌশলী"}


def _title_quote(toks: list[_Tok], j: int) -> bool:
    """A quoted title named in a setting, not speech: "তার বই '…'-এ", "তাঁর '…' বইতে"."""
    if j < 1 or j + 1 >= len(toks) or not toks[j].is_quote:
        return False
    before, after = toks[j - 1].text, toks[j + 1].text
    if before == "," and j >= 2:
        before = toks[j - 2].text  # "তার বই, '…'তে"
    glued = after in _CASE_ENDINGS and toks[j + 1].start == toks[j].end  # '…'তে
    if after in _WORK_NOUNS and _is_locative(after):
        return True  # "আবুল মনসুর আহমদ ‘আমার দেখা রাজনীতির পঞ্চাশ বছর’ বইয়ে লিখেছেন": the work written in
    if after in _TITLE_WORDS and _ends_titled_setting(toks, j + 1):
        # "শফিক রেহমান তাঁর '…' শীর্ষক লেখায় … বর্ণনা করেছেন", "… ‘…’ শীর্ষক এক সেমিনারে বলেন": the
        # work or the event, named by its title
        return True
    return (before in _WORK_NOUNS or before in _GEN_PRONOUNS) and (
        after == "-" or glued or after in _WORK_NOUNS or _is_locative(after))


def _about_someone_known(toks: list[_Tok], floor: int, verb: int) -> bool:
    """The clause before the verb has no subject of its own (time, place and object words, and the
    noun of the verb): it is about the person the story is about."""
    words = [t.text for t in toks[floor:verb] if t.is_word]
    return all(w in _NON_SUBJECT or w in _DETERMINERS or w in _PARTICIPLES or w[0].isdigit() or _is_genitive(w)
               or _is_locative(w) or _is_objective(w) for w in words[:-1])


def _object_or_time_only(words: list[_Tok]) -> bool:
    """The words after a verb before a quotation's comma are no subject: an object in -কে
    ("দুষেছেন রেফারিকে") or a time word with or without a particle ("করলেন কালও")."""
    return bool(words) and all(
        t.is_word and (_is_objective(t.text) and not t.ends_name or t.text in _NON_SUBJECT or _no_subject_word(t.text))
        for t in words)


def _honorific_finite(tok: _Tok) -> bool:
    """A finite verb in the honorific (a person's): দেখেন, লাগাচ্ছেন, চান, করেছিলেন, and the negative
    past দেননি, পারেননি; not a name that ends so (হোসেন)."""
    word = tok.text
    return tok.is_word and not tok.ends_name and not tok.starts_name and (
        _narrative_verb(word) or len(word) > 4 and word.endswith(("চ্ছেন", "েছেন", "ছেন", "েননি", "াননি")))


def _finite(word: str) -> bool:
    """A finite verb that ends a clause (not a participle, not a time word in -বে such as জবাবে)."""
    return _is_verb_like(word) and word not in _PARTICIPLES and word not in _NON_SUBJECT


def _defining_clause_start(toks: list[_Tok], k: int) -> int:
    """Where a clause closed by a finite verb right before এমন at token k starts: "বিষয়গুলো সম্পর্কে
    খোঁজখবর রাখেন | এমন কয়েকজন নেতা", "বৈঠকে উপস্থিত ছিলেন | এমন একজন বিশেষজ্ঞ" (those who are such
    as the clause says); the annotators keep it in the speaker. The clause runs back to the
    sentence's start or a comma, over a few words; k when there is no such clause."""
    if toks[k].text != "এমন" or k == 0 or not toks[k - 1].is_word or toks[k - 1].ends_name:
        return k
    verb = toks[k - 1].text
    if not (_finite(verb) or _honorific_finite(toks[k - 1]) or verb.endswith(("েন", "ছে"))):
        return k
    j = k - 1
    while j > 0 and toks[j - 1].is_word and k - j < MAX_DEFINING_CLAUSE_WORDS:
        j -= 1
    if j > 0 and toks[j - 1].is_word:
        return k  # too long a clause to tell where it starts
    return j


def _subordinate_clause(toks: list[_Tok], i: int, end: int) -> bool:
    """A clause subordinate to the cue starts at token i: a verbal noun or converb follows within a few
    words ("মনোনয়নপত্র জমা দেওয়ার পর", "অনুষ্ঠানে বক্তব্য দিতে গিয়ে")."""
    return any(t.text.endswith(_VERBAL_NOUN_ENDINGS) or t.text in _CONVERBS or t.text in _COMMON_CONVERBS
               for t in toks[i:min(end, i + 4)])


def _describes_setting(word: str) -> bool:
    """After a participle, the start of a setting it describes: a determiner (দেয়া একটি সাক্ষাৎকারে) or a
    place or document in -তে/-য় (জারি করা নির্দেশিকায়), not a name that happens to end in -এ (গিফ্রে)."""
    return word in _DETERMINERS or _is_locative(word) and word.endswith(("তে", "য়"))


def _opening_bracket(toks: list[_Tok], k: int, floor: int, reach: int) -> int | None:
    """The "(" nearest before token k, at most `reach` tokens back and not before `floor`, or None."""
    return next((j for j in range(k - 1, max(floor, k - reach) - 1, -1) if toks[j].text == "("), None)


def _dated_parenthesis_start(toks: list[_Tok], k: int, floor: int) -> int | None:
    """The "(" of a date in brackets after a weekday: "সোমবার (২৯ ডিসেম্বর)"."""
    j = _opening_bracket(toks, k, floor, 5)
    return j if j is not None and j > floor and toks[j - 1].text in _NON_SUBJECT else None


def _first_of_name(toks: list[_Tok], k: int, floor: int) -> int:
    """The first token, not before `floor`, of the organisation's name that token k ends (its `name_start`)."""
    first = k
    while first > floor and toks[first].start > toks[k].name_start:
        first -= 1
    return first


# What a quoted title names (তার বই '…'-এ, তাঁর '…' বইতে).
_WORK_NOUNS = frozenset({"বই", "বইয়ে", "বইতে", "গ্রন্থ", "গ্রন্থে", "উপন্যাস", "উপন্যাসে", "নিবন্ধ", "নিবন্ধে",
                         "লেখা", "লেখায়", "কলাম", "কলামে", "প্রবন্ধ", "প্রবন্ধে", "আত্মজীবনী", "আত্মজীবনীতে"})


def _np_start(toks: list[_Tok], k: int, floor: int, *, genitive_head: bool = False) -> int:
    """Where the noun phrase ending at token k starts (walking back over modifiers)."""
    j = k
    depth = 0
    while j >= max(floor, k - MAX_NP_WORDS):
        t = toks[j]
        w = t.text
        if w == ")":
            depth += 1
        elif w == "(":
            depth -= 1
            if depth < 0:
                break
        elif depth == 0:
            if t.is_quote or not t.is_word and w not in {"-", "."}:
                break
            if j < k:
                if (w in _BREAK or w[:-1] in _BREAK and w[-1] in "ইও") and w not in _LIST_JOINS:
                    break  # ছাড়া, ছাড়াই
                if w in _LIST_JOINS and any(0 <= toks[n].name_start <= t.start for n in range(j + 1, k + 1)):
                    pass  # inside an organisation's name: "আইন ও সালিশ কেন্দ্রের মুখপাত্র"
                elif w in _LIST_JOINS:
                    right = toks[j + 1].text if j + 1 <= k else ""
                    left = toks[j - 1].text if j - 1 >= floor else ""
                    role_after = any(_role_of(t.text) for t in toks[j + 1:k + 1])
                    plain_left = j - 1 >= floor and toks[j - 1].is_word and not _is_genitive(left) and not \
                        _is_locative(left) and not _is_objective(left) and left not in _BREAK and not _is_verb_like(left)
                    # "বিশ্বব্যাংক ও আইএমএফ বলছে": two plain words coordinated at the clause's start both speak
                    opens_clause = j - 1 == floor or j - 2 >= floor and not toks[j - 2].is_word
                    if not (right in _ROLE_MODIFIERS or _role_of(right) or _role_of(left) or _org_word(left)
                            or (role_after or opens_clause and left not in _NON_SUBJECT) and plain_left and k - j <= 3):
                        break
                elif w == "নামে" and toks[j + 1].text in _NAMED_ONE:
                    pass  # "সঞ্জিত কুমার নামে একজন": by the name of
                elif _named_by(toks, j, k):
                    pass  # "সন্দীপ লামিচানে নামে এক বাসিন্দা": a name's last word, though it ends like a place
                elif _is_objective(w) or (_is_locative(w) and not _is_genitive(w)) or _is_verb_like(w):
                    break
                elif w in _CONVERBS or w in _COMMON_CONVERBS or w in _PERSONAL_PRONOUNS:
                    break
                elif w == "বছর" and toks[j + 1].text.startswith("বয়সী"):
                    pass
                elif _AGE.match(w) and toks[j + 1].text == "বছর":
                    pass
                elif w in _DEMONSTRATIVES and _role_of(toks[k].text):
                    pass  # "এনসিপির এ নেত্রী", "অভিষিক্ত এই কিপার": the demonstrative points back
                elif w in _NON_SUBJECT and w not in _ROLE_MODIFIERS and not t.starts_name:
                    break
        j -= 1
    start = j + 1
    # an anonymous-source phrase before it belongs to it ("নাম প্রকাশে অনিচ্ছুক রাশিয়ান সরকারী সূত্র")
    return min(start, k + 1) if start <= k else k


def _genitive_phrase_start(toks: list[_Tok], k: int, floor: int,
                           is_name: Callable[[int], bool] | None = None) -> int:
    """Where the genitive phrase ending at token k starts: "টাইপ-২ ডায়াবেটিসের চিকিৎসার জন্য ব্যবহৃত
    ওষুধের" (genitives, their modifiers and participles, postpositions inside it), "অ্যাটর্নি জেনারেল পাম
    বন্ডির" (a name the tagger found, with its title), "এই সমঝোতার". A name before it that is not in
    the genitive ("ডা. অম্বরিশ মিত্তল …") is the subject, not part of it."""
    j = k
    named = -1
    while j - 1 >= floor:
        if toks[j].text in _GEN_PRONOUNS or toks[j].text in {"এর", "এদের", "যার", "যাদের", "এটির", "এটার"}:
            break  # "… জুজ্জানি তার সম্পর্কে লিখেছেন": a pronoun takes no modifier
        prev = toks[j - 1]
        w = prev.text
        if not prev.is_word or w in _PERSONAL_PRONOUNS or _is_objective(w) or \
                _is_verb_like(w) and _role_of(w) is None or _is_locative(w) and not _is_genitive(w) and \
                w not in _GENITIVE_POSTPOSITIONS:
            break
        if w in _BREAK and w not in _GENITIVE_POSTPOSITIONS or prev.ends_name:
            break  # … or a name in -র before it (মির্জা ফখরুল ইসলাম আলমগীর | দলের পক্ষ থেকে): the subject
        if is_name is not None and is_name(prev.start) and not _is_genitive(w):
            j -= 1  # the first word of a name the tagger found: "পাম বন্ডির"
            named = j
            continue
        modifier = _is_adjective(w) or any(c.isdigit() for c in w) or "-" in w or w in _PARTICIPLES or \
            w.endswith(("ৃত", "িত", "কৃত")) or w in _GENITIVE_POSTPOSITIONS
        titled = j == named or toks[j].text in _ADDRESS or _role_of(toks[j].text)
        if _is_genitive(w) or w in _DEMONSTRATIVES or modifier or titled and (w in _ADDRESS or _role_of(w)):
            j -= 1
            continue
        break
    return j


def _ends_titled_setting(toks: list[_Tok], title_word: int) -> bool:
    """Do the words after the title word at `title_word` (শীর্ষক) end, within a few, in a locative:
    "‘…’ শীর্ষক আলোচনা সভায়", "‘…’ শীর্ষক লেখায়"?"""
    for m in range(title_word + 1, min(len(toks), title_word + 2 + MAX_TITLED_EVENT_WORDS)):
        if not toks[m].is_word:
            return False
        if _is_locative(toks[m].text) and not toks[m].ends_name:
            return True
    return False


def _titled_setting_start(toks: list[_Tok], k: int, floor: int) -> int | None:
    """Where a setting named by its quoted title and ending in the locative at k starts ("‘গণতন্ত্র ও
    নির্বাচন’ শীর্ষক আলোচনা সভায়", "‘…’ শীর্ষক এক সেমিনারে", "‘…’ শিরোনামে এক কর্মশালায়"): the
    quotation's index, or None. A quotation before শীর্ষক is a title, never speech."""
    j = k - 1
    while j >= floor and k - 1 - j < MAX_TITLED_EVENT_WORDS and toks[j].is_word and toks[j].text not in _TITLE_WORDS:
        j -= 1
    if j - 1 >= floor and toks[j].text in _TITLE_WORDS and toks[j - 1].is_quote:
        return j - 1
    return None


def _skip_modifiers(toks: list[_Tok], k: int, floor: int) -> int:
    """Skip a locative phrase ending at k: the word and its modifiers back to a determiner."""
    j = k - 1
    if j >= floor and _AGE.match(toks[j].text):
        return j - 1  # "ন্যাশনাল পার্টি ২০০২ সালে জানিয়েছিল": the number belongs to the time phrase
    if j >= floor and toks[j].text in _DOCUMENT_MODIFIERS:
        return j - 1  # "এফবিসিসিআই শোক বার্তায় জানায়": the kind of message belongs to it
    if j > floor and toks[j].is_word and (toks[j].text in _PARTICIPLES or toks[j].text.endswith(("িত", "ৃত"))
                                          and len(toks[j].text) > 4) and _is_locative(toks[j - 1].text):
        return _skip_modifiers(toks, j - 1, floor)  # "জেলা শিল্পকলা একাডেমিতে আয়োজিত সভায়": a participle's place
    if toks[k].text in _VOICE and j >= floor and toks[j].is_word and not toks[j].ends_name \
            and not _is_genitive(toks[j].text) and _role_of(toks[j].text) is None:
        # "আবেগাপ্লুত কণ্ঠে বলেন", "কাঁপা কাঁপা কণ্ঠে", "দৃঢ় ভাষায়": a voice or a tone is said with its
        # adjective (repeated, or after a degree word), which is never the subject
        while j > floor and toks[j - 1].is_word and (toks[j - 1].text == toks[j].text or toks[j - 1].text in _NON_SUBJECT):
            j -= 1
        return j - 1
    for back in range(3):
        i = k - 1 - back
        if i < floor or not toks[i].is_word:
            break
        w = toks[i].text
        if _role_of(w) is not None:
            break  # "এক পুলিশ কর্মকর্তা মুঠোফোনে": the determiner belongs to the subject, not the place
        if w in _DETERMINERS:
            while i - 1 >= floor and toks[i - 1].text in _DETERMINERS:
                i -= 1  # "তার এক বক্তব্যে": the possessive belongs to the place phrase too
            return i - 1
        if _is_genitive(w) and toks[i].ends_name:
            return i  # "মির্জা ফখরুল ইসলাম আলমগীর কান্নাজড়িত কণ্ঠে": a name in -র, not a genitive
        if _is_genitive(w) and back < 2 and w not in _GEN_PRONOUNS and w not in _ORG_NOMINATIVES:
            if i - 1 >= floor and toks[i - 1].text in _ROLE_MODIFIERS:
                return i - 2  # "প্রধান অতিথির বক্তব্যে": the genitive's own modifier
            return i - 1  # "সরকার চলতি মাসে": সরকার only looks like a genitive
    return j


def _post_np(words: list[_Tok]) -> list[_Tok]:
    """A post-verb subject may carry place phrases ("নওগাঁ-৫ আসনে ... মনিরা শারমিন"): keep the part
    after the last case-marked word unless a role word comes later."""
    cut = 0
    for i, w in enumerate(words):
        # only clear place endings (-তে, -য়, -এ): জামায়াতে ইসলামী is a name
        if (w.text.endswith(("তে", "ায়", "-এ")) and _is_locative(w.text) or _is_objective(w.text)) \
                and not _role_of(w.text):
            cut = i + 1
    if cut >= len(words) or len(words) - cut < 2 and not any(_role_of(w.text) for w in words[cut:]):
        return words  # "জামায়াতে ইসলামী": a name that only looks like a place phrase
    return words[cut:] if cut else words


def _split_role(texts: list[str]) -> tuple[int | None, str | None, str | None]:
    """(index where the name starts, role, affiliation) of a noun phrase's words.

    >>> _split_role("ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ".split())
    (2, 'মুখপাত্র', 'ক্রেমলিন')
    """
    last = None
    for i, w in enumerate(texts):
        # a title in the genitive owns what follows (প্রধান উপদেষ্টার প্রেস উইং); it is no apposition
        if _role_of(w) is not None and _role_base(w) == w or w in _ADDRESS:
            last = i
    if last is None:
        return None, None, None
    if texts[last] in _NAME_LIKE_ROLES and last + 1 < len(texts) and (
            last == 0 or _role_of(texts[last - 1]) is not None and not _is_genitive(texts[last - 1])):
        # "প্রার্থী আমীর খসরু মাহমুদ চৌধুরী", "আমীর খসরু বলেন": without an organisation before it,
        # আমীর is his given name, not the office (জামায়াতের আমির শফিকুর রহমান)
        if last == 0:
            return None, None, None
        _, role, affiliation = _split_role(texts[:last] + ["x"])
        return last, role, affiliation
    r = last
    while r > 0 and texts[r] in _ADDRESS and (_role_of(texts[r]) is None or _role_of(texts[r - 1]) is not None):
        # an honorific after the title is no part of it: "প্রধান উপদেষ্টা অধ্যাপক ড. মুহাম্মদ ইউনূস"
        r -= 1
        if _role_of(texts[r]) is not None and texts[r] not in _ADDRESS:
            break
    if _role_of(texts[r]) is None:
        return last + 1, None, None
    first = r
    while first > 0 and (texts[first - 1] in _ROLE_MODIFIERS or _role_of(texts[first - 1]) is not None
                         and not _is_genitive(texts[first - 1]) or texts[first - 1] in _LIST_JOINS):
        first -= 1
    if first > 0 and _title_noun(texts[first - 1]) and (first == 1 or _is_genitive(texts[first - 2])
                                                      or texts[first - 2] in _NON_SUBJECT):
        first -= 1  # a compound title: মন্ত্রিপরিষদ সচিব, বাণিজ্য সচিব, নেতৃত্ব বিশেষজ্ঞ
    role_words = [w for w in texts[first:r + 1]]
    role_words[-1] = _role_base(role_words[-1])
    role = " ".join(role_words) if role_words else None
    aff = [w for w in texts[:first] if w not in _NON_SUBJECT and w not in _DETERMINERS]
    affiliation = None
    if aff:
        if _is_genitive(aff[-1]):
            aff[-1] = _strip_genitive(aff[-1])
        affiliation = " ".join(aff)
    return last + 1, role, affiliation


def _possessor_cut(texts: list[str]) -> int:
    """Where a name starts after a leading possessor ("নাগরিক ঐক্যের মাহমুদুর রহমান মান্না" -> 2):
    the last clear genitive (-ের, -এর, ’র) followed by at least two more words; 0 when none, and 0
    when an article or a quantifier follows it, for what it owns is then a description, no name
    ("ভারতের পার্লামেন্টের | একটি প্যানেল", "এ দেশের | বেশিরভাগ রপ্তানিকারক": the annotators keep
    the owner)."""
    for i in range(len(texts) - 3, -1, -1):
        if texts[i].endswith(("ের", "এর", "’র", "'র", "-এর")) and texts[i] not in _GEN_PRONOUNS:
            return 0 if texts[i + 1] in _DESCRIPTION_OPENERS else i + 1
    return 0


def _title_noun(word: str) -> bool:
    """A plain noun that can open a compound title (মন্ত্রিপরিষদ, বাণিজ্য, স্বরাষ্ট্র), not an
    organisation or an acronym (বিটিএমএ সভাপতি keeps বিটিএমএ as the affiliation)."""
    return not (_is_genitive(word) or _is_locative(word) or _is_objective(word) or word in _NON_SUBJECT
                or word in _DETERMINERS or word in _ADDRESS or _org_word(word) or _ACRONYM.fullmatch(word)
                or word.isascii() or _is_verb_like(word) or _is_adjective(word))


def _same_role(a: str, b: str) -> bool:
    ra, rb = _role_of(a.split()[-1]), _role_of(b.split()[-1])
    if ra is not None and ra == rb:
        return True
    # "প্রধান উপদেষ্টা" ~ "প্রধান উপদেষ্টা অধ্যাপক": the title without a trailing honorific
    heads = {_role_of(w) for w in b.split() if w not in _ADDRESS} - {None}
    return ra is not None and ra in heads


# Adjectives of nationality whose country's name they do not begin with (ইসরাইলি ~ ইসরাইল,
# অস্ট্রেলিয়ান ~ অস্ট্রেলিয়া need no entry). Newsroom usage.
_DEMONYM_COUNTRIES = {"মার্কিন": "যুক্তরাষ্ট্র", "আমেরিকান": "যুক্তরাষ্ট্র", "রুশ": "রাশিয়া", "ব্রিটিশ": "যুক্তরাজ্য",
                      "ফরাসি": "ফ্রান্স", "ইংরেজ": "যুক্তরাজ্য", "ডাচ": "নেদারল্যান্ডস", "সৌদি": "সৌদি আরব"}


def _owner(speaker: _Speaker) -> str | None:
    """Whose title a person holds: the affiliation, else a nationality in the title itself
    ("ইসরাইলি প্রধানমন্ত্রী বেনিয়ামিন নেতানিয়াহু" is not "অস্ট্রেলিয়ার প্রধানমন্ত্রী")."""
    if speaker.affiliation or not speaker.role:
        return speaker.affiliation
    demonym = next((w for w in speaker.role.split()[:-1] if w in DEMONYMS), None)
    return _DEMONYM_COUNTRIES.get(demonym, demonym) if demonym else None


def _classified(owner: str) -> bool:
    """Does the owner end in the classifier -টি/-টা (দলটি, সংগঠনটা: the one just named)? Not a word
    whose ট is part of a conjunct (ঘণ্টা, ইন্টারনেট): "৩ ঘণ্টা আগে ইসরাইলি প্রধানমন্ত্রী" owns nothing."""
    return owner.endswith(("টি", "টা")) and len(owner) > 3 and owner[-3] != "\u09cd"


# Words that say what kind of body or place an owner is, not which one (থানা, মন্ত্রণালয়, কমিটি).
_KIND_OF_BODY = GENERIC_NOT_ENTITIES | LOC_HEAD_WORDS | {"অফিস", "কার্যালয়", "দপ্তর", "দফতর", "অধিদপ্তর", "অধিদফতর"}


def _compatible(a: str | None, b: str | None) -> bool:
    """Do two affiliations share a word (বিটিএমএর ~ বাংলাদেশ টেক্সটাইল মিলস অ্যাসোসিয়েশন (বিটিএমএ))?"""
    if not a or not b or _classified(a) or _classified(b) or _anaphoric_owner(a) or _anaphoric_owner(b):
        return True  # "দলটির সাধারণ সম্পাদক", "সে দেশের পররাষ্ট্রমন্ত্রী": the one just named, whichever it is
    wa = {k for w in a.split() for k in _name_keys(w)}
    wb = {k for w in b.replace("(", " ").replace(")", " ").split() for k in _name_keys(w)}
    # when both owners have a word of their own, they must share one: "কোতোয়ালি থানা" and "সদর
    # থানা" are two police stations, though both are a থানা
    own_a, own_b = wa - _KIND_OF_BODY, wb - _KIND_OF_BODY
    if own_a and own_b:
        wa, wb = own_a, own_b
    return bool(wa & wb) or any(len(x) >= 3 and len(y) >= 3 and (x.startswith(y) or y.startswith(x))
                                for x in wa for y in wb)


def _title_after_owner(role: str, affiliation: str, text: str) -> tuple[str, str]:
    """Words after the owner's genitive belong to the title, not to the owner: "অন্তর্বর্তী সরকারের
    সাবেক তথ্য উপদেষ্টা" is (সাবেক তথ্য উপদেষ্টা, অন্তর্বর্তী সরকার), "বাংলাদেশ ফাইন্যান্সিয়াল
    ইন্টেলিজেন্স ইউনিটের ঊর্ধ্বতন এক কর্মকর্তা" (ঊর্ধ্বতন কর্মকর্তা, বাংলাদেশ ফাইন্যান্সিয়াল ইন্টেলিজেন্স
    ইউনিট). Only when the text writes those words right before the title: an owner that is itself in
    the genitive ("বিএনপির উপজেলা পর্যায়ের নেতা") is a whole; and a body named after the genitive
    stays the owner ("জামায়াতের নির্বাহী পরিষদ সদস্য")."""
    words, acronym = affiliation.split(), ""
    if words and words[-1].startswith("(") and words[-1].endswith(")"):
        words, acronym = words[:-1], " " + words[-1]  # "ইউনিটের ঊর্ধ্বতন (বিএফআইইউ)": the owner's acronym
    owned = max((i for i, w in enumerate(words) if _is_genitive(w) and w not in _GEN_PRONOUNS), default=None)
    if owned is None or owned == len(words) - 1 or _role_of(words[owned]) is not None \
            or role.split()[0] in _LIST_JOINS:
        return role, affiliation  # (a titled owner, "জামায়াতের আমির …", or a title split at ও is no such title)
    after = words[owned + 1:]
    if any(_org_word(w) or _ACRONYM.fullmatch(w) or not _WORDS_RE.fullmatch(w) or w in _LIST_JOINS
           or _role_of(w) is not None for w in after):
        return role, affiliation
    before_title = rf"(?<!\S){re.escape(after[-1])}(?:\s+(?:এক|একজন))?\s+{re.escape(role.split()[0])}"
    if not re.search(before_title, text):
        return role, affiliation
    return " ".join(after + [role]), " ".join(words[:owned] + [_strip_genitive(words[owned])]) + acronym


_RELATIONS = frozenset(lx.KIN_AND_RELATION_WORDS)
# Words that count people, before a title ("আরেকজন নির্মাণ শ্রমিক", "এমন কয়েকজন নেতা"): no part of it.
_QUANTIFIERS = _INDEFINITE_OPENERS | frozenset(lx.GROUP_DETERMINERS) | {"এমন", "কয়েক"}
# What opens a description rather than a name after its owner ("… পার্লামেন্টের একটি প্যানেল"): the
# quantifiers above, the articles (একটি, একটা) and counts of things (কয়েকটি, কিছু, বেশিরভাগ); the scored
# sets' gold speakers keep the owner in every such phrase.
_DESCRIPTION_OPENERS = _QUANTIFIERS | {"একটি", "একটা", "কয়েকটি", "বেশিরভাগ", "কিছু"}
_AGE_WORDS = frozenset({"বছর", "বছরের", "বয়সী", "বয়সি"})
_NUMERAL = re.compile(r"[০-৯0-9]+")


def _is_relation(role: str) -> bool:
    """Is a title a relation to someone else or an epithet, not a post ("একমাত্র মেয়ে", "নাতি",
    "দুই সহকর্মী", "প্রাণীপ্রেমী")? An editor's Sources page lists offices and professions."""
    head = role.split()[-1]
    return _role_of(head) in _RELATIONS or head.endswith(lx.EPITHET_ENDINGS)


def _post_beside_relation(affiliation: str | None) -> tuple[str | None, str | None]:
    """The post of a speaker described by a post and a relation joined by ও: "দলটির কৃষক উইং-এর
    প্রধান সমন্বয়কারী ও মজলুম জননেতা মওলানা ভাসানীর নাতি" is (প্রধান সমন্বয়কারী, দলটির কৃষক উইং); a
    relation alone gives neither a role nor a body."""
    words = (affiliation or "").split()
    joins = [i for i, w in enumerate(words) if w in _LIST_JOINS]
    if not joins:
        return None, None
    _, role, owner = _split_role(words[:joins[-1]] + ["x"])
    if role is None or _is_relation(role):
        return None, None
    return role, owner


def _without_age(role: str, affiliation: str | None) -> tuple[str, str | None]:
    """A title and owner without an age written before the title, which the split may have cut
    anywhere: "২৭ বছর বয়সী কিপার" gave (বয়সী কিপার, ২৭), "৪০ বছর বয়সী পর্তুগীজ তারকা" gave (তারকা,
    ৪০ বয়সী পর্তুগীজ). An age is neither a post nor a body."""
    words = [*(affiliation or "").split(), "|", *role.split()]
    kept = [w for i, w in enumerate(words) if not (
        w in _AGE_WORDS or _NUMERAL.fullmatch(w) and any(v in _AGE_WORDS for v in words[i + 1:i + 3]))]
    cut = kept.index("|")
    return " ".join(kept[cut + 1:]), " ".join(kept[:cut]) or None


def _body_words(affiliation: str) -> str | None:
    """An owner without what a title phrase took in before it: the end of an earlier sentence
    ("তারকারাও ব্যতিক্রম নন। সংগীতশিল্পী …" gave the owner "তারকারাও ব্যতিক্রম নন।") and the occasion
    of the words ("বৈঠক বাংলাদেশ ব্যাংক", "আলাপকাল মন্ত্রিপরিষদ"): a body's name holds neither."""
    words = affiliation.split()
    stops = [i for i, w in enumerate(words) if w[-1] in _TERMINATORS]
    if stops:
        words = words[stops[-1] + 1:]
    while len(words) > 1 and words[0] in lx.SPEAKING_OCCASIONS:
        words = words[1:]
    return " ".join(words) or None


def _last_conjunct_owner(affiliation: str) -> str:
    """The owner of the last of two titles joined by ও/এবং: "অর্থনীতিবিদ ও জাহাঙ্গীরনগর
    বিশ্ববিদ্যালয়ের সাবেক উপাচার্য" is a former vice-chancellor of জাহাঙ্গীরনগর বিশ্ববিদ্যালয়, not of
    "অর্থনীতিবিদ ও জাহাঙ্গীরনগর বিশ্ববিদ্যালয়". Two bodies joined (বিএনপি ও ঐক্যফ্রন্ট) stay."""
    words = affiliation.split()
    joins = [i for i, w in enumerate(words) if w in _LIST_JOINS]
    if not joins or joins[-1] == len(words) - 1:
        return affiliation
    last = joins[-1]
    if not any(_role_of(w) is not None and not _org_word(w) for w in words[:last]):
        return affiliation
    return " ".join(words[last + 1:])


def _titles_carried(found: list[Quote]) -> list[Quote]:
    """A named person's later quotes carry the title the article gave them before ("বিটিএমএর সাবেক
    সভাপতি মোহাম্মদ আলী খোকন" … "খোকন বলেন"), as quotes resolved from তিনি already do: an editor
    reading one quote sees who the speaker is. The title nearest before the quote wins."""
    titled: dict[str, tuple[str, str | None]] = {}
    out = []
    for q in sorted(found, key=lambda q: q.start):
        if q.speaker is not None and q.source_type == "person":
            if q.role is not None:
                titled[q.speaker] = (q.role, q.affiliation)
            elif q.speaker in titled and q.affiliation is None:
                role, affiliation = titled[q.speaker]
                q = replace(q, role=role, affiliation=affiliation)
        out.append(q)
    return out


_PARTY_NAMES = frozenset(name for names in BANGLADESH_PARTIES for name in names)
_OTHER_OWNER_WORDS = frozenset(lx.OTHER_OWNER_WORDS)
_UNPLACED_OWNERS = frozenset(lx.UNPLACED_OWNERS)
_POINTING_DEMONSTRATIVES = frozenset(lx.POINTING_DEMONSTRATIVES)
# Adverbs in -র, which are no owner before a pointing owner ("এরপর দলের মহাসচিব").
_ADVERBS_IN_R = frozenset({"আর", "পর", "এরপর", "তারপর", "অতঃপর", "আবার", "ওপর", "উপর"})
_ENDS_IN_VOWEL = frozenset("ািীুূৃেৈোৌ") | _VOWEL_LETTERS  # a vowel sign or a vowel letter


def _pointing_owner(affiliation: str) -> tuple[int, str | None] | None:
    """How many opening words of an affiliation point back, and the kind of body they mean (see
    lx.POINTING_OWNERS): "দলটি" -> (1, "party"), "দলটির কৃষক উইং" -> (1, "party"), "সে দেশ" -> (2,
    "country"), "মঞ্চ" -> (1, "মঞ্চ"), "দেশ" -> (1, None) (no body); None for a name ("ইনকিলাব মঞ্চ",
    "জাতীয় দল", "আমজনতার দলের কেন্দ্রীয় কমিটি")."""
    words = affiliation.split()
    for size in (2, 1):
        if len(words) < size:
            continue
        opening = words[:size]
        if len(words) > size and _is_genitive(opening[-1]):
            opening[-1] = _strip_genitive(opening[-1])  # the owner of the rest: "দলটির কৃষক উইং"
        phrase = " ".join(opening)
        if phrase in lx.POINTING_OWNERS:
            return size, lx.POINTING_OWNERS[phrase]
        if phrase in _UNPLACED_OWNERS:
            return size, None
    return None


def _body_of_kind(entity: Entity, kind: str) -> bool:
    """Is the entity a body a pointing owner of this kind may mean: a party (the gazetteer's, or an
    organisation named like one: … পার্টি, … লীগ, … ঐক্যজোট), a country (বাংলাদেশ, নিউজিল্যান্ড; not
    দিল্লি or ইউরোপ), or an organisation whose name ends in the pointer's word (ইনকিলাব মঞ্চ for মঞ্চ)?"""
    names = [name for name in (entity.name, *entity.aliases) if name]
    if kind == "country":
        return entity.type == "LOC" and entity.name in COUNTRIES
    if entity.type != "ORG":
        return False
    if kind == "party":
        return any(name in _PARTY_NAMES or name.split()[-1].endswith(lx.PARTY_NAME_ENDINGS) for name in names)
    return any(name.split()[-1] == kind for name in names)


def _genitive_of(name: str) -> str:
    """A name in the genitive, to stand for a pointing owner inside a phrase: জাতীয় নাগরিক পার্টি ->
    জাতীয় নাগরিক পার্টির, বিএনপি -> বিএনপির, আওয়ামী লীগ -> আওয়ামী লীগের."""
    return name + ("র" if name[-1] in _ENDS_IN_VOWEL else "ের")


def _anaphoric_owner(affiliation: str) -> bool:
    """"সে দেশের", "ওই দেশের", "দেশের" (the country spoken of): an owner that points back, two words
    opened by one of lx.POINTING_DEMONSTRATIVES, or দেশ alone. ("দেশটির" is not read here: callers
    test the -টি ending themselves.)"""
    words = affiliation.split()
    return len(words) == 2 and words[0] in _POINTING_DEMONSTRATIVES or words in (["দেশ"], ["দেশের"])


def _phrase_type(texts: list[str]) -> str:
    """Source type of a phrase without an entity: anonymous, group, media, organisation or person."""
    phrase = " ".join(texts)
    if any(m in phrase for m in lx.ANONYMOUS_PREFIXES) or texts[-1].startswith("সূত্র") or texts[0] in {"একজন", "এক"}:
        return "anonymous"
    if _MEDIA_RE.search(phrase):
        return "media"
    if _is_plural_phrase(texts) or phrase in lx.GROUP_WORDS or any(t in _GROUP_DETERMINERS for t in texts):
        return "group"
    if len(texts) == 1 and (_ACRONYM.fullmatch(texts[0]) or texts[0].isupper()):
        return "organisation"  # পিডিবি, বিএনপি, ইসি, TASS
    if _org_like(texts):
        return "organisation"
    return "person"


def _org_like(texts: list[str]) -> bool:
    return bool(_ORG_RE.search(" ".join(texts))) or any(_org_word(t) for t in texts)


_CASE_ALT = "(?:ের|এর|-এর|’র|'র|কে|তে|েরও|রা|দের|গুলো|গুলি|গুলির|গুলোর|টি|টির|র|ে|য়|ও|ই)?"
_WORDS_RE = re.compile(rf"[{_LETTERS}]+")
_ORG_RE = re.compile(_B + _alt(lx.ORGANISATION_WORDS) + _CASE_ALT + _E)
_MEDIA_RE = re.compile(_B + _alt(lx.MEDIA_WORDS) + _CASE_ALT + _E)
_CASE_ENDINGS = frozenset({"ের", "র", "এর", "কে", "ে", "য়", "তে", "েরও", "রা", "দের", "ও", "ই", "-এর", "’র", "'র",
                           "গুলো", "গুলি", "গুলির", "গুলোর", "টি", "টির"})


def _plural_name(speaker: _Speaker) -> bool:
    """A speaker called by a plural phrase (বিশ্লেষকরা), or named in the plural genitive and given as
    its plural nominative (আয়োজকদের -> আয়োজকরা), whom তারা can take up."""
    name = speaker.name or ""
    return bool(name) and (not speaker.named and _is_plural_phrase(name.split())
                           or (speaker.mention or "").endswith("দের") and name.endswith("রা"))


_OPINION_QUANTIFIERS = frozenset(lx.OPINION_QUANTIFIERS)
_COMMENTATORS = frozenset(lx.COMMENTATOR_STEMS)


def _body_of_opinion(speaker: _Speaker) -> bool:
    """A group that holds a view rather than one voice that goes on: some or many (অনেকেই, কেউ কেউ,
    কিছু মুসলিম জমিদার, বিশ্লেষকদের অনেকে) or commentators (অর্থনীতিবিদেরা, রাজনৈতিক বিশ্লেষকরা)."""
    if speaker.source_type != "group":
        return False
    return any(w in _OPINION_QUANTIFIERS or _plural_stem(w) in _COMMENTATORS for w in (speaker.name or "").split())


def _names_view_holders(words: list[str]) -> bool:
    """Does a sentence speak of holders of a view, commentators or some or many (বিশেষজ্ঞদের, কেউ কেউ)?
    After "বিশ্লেষকদের মতে, …" such a sentence is the reporter's, not the view going on."""
    return any(w in _HOLDER_QUANTIFIERS or _plural_stem(w) in _COMMENTATORS for w in words)


# The quantifiers that stand for people by themselves (অনেকে, কেউ কেউ), not before a noun (অনেক ঋণই).
_HOLDER_QUANTIFIERS = _OPINION_QUANTIFIERS - {"অনেক", "কিছু", "কারও", "কারো"}


def _plural_stem(word: str) -> str:
    """বিশ্লেষকরা, অর্থনীতিবিদেরা, বিশ্লেষকদের, বিশেষজ্ঞগণ -> the noun they are the plural of."""
    for suffix in ("েরা", "রা", "দের", "গণ"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


# Suffixes of nouns for people by what they do (আলোচক, আন্দোলনকারী, আইনজীবী, অর্থনীতিবিদ): with
# -রা/-েরা they are people, a group that speaks ("আলোচকেরা ক্ষোভ প্রকাশ করে বলেন").
_AGENT_SUFFIXES = ("ক", "কারী", "জীবী", "বিদ")


def _is_plural_phrase(texts: list[str]) -> bool:
    """বিশ্লেষকরা, মার্কিন কর্মকর্তারা, সংবাদ সংস্থাগুলি — but not তাসনিম জারা (a name in -রা)."""
    head = texts[-1]
    if head in lx.GROUP_WORDS or " ".join(texts) in lx.GROUP_WORDS:
        return True
    if head.endswith(("গুলো", "গুলি", "গুলোর", "গুলির", "বৃন্দ", "সমূহ", "গণ")) and len(head) > 4:
        return True
    for suffix in ("েরা", "রা"):
        stem = head[: -len(suffix)]
        if head.endswith(suffix) and len(stem) >= 3 and (_role_of(stem) or stem + "রা" in lx.GROUP_WORDS
                                                         or _org_word(stem) or stem.endswith(_AGENT_SUFFIXES)):
            return True
        if head.endswith(suffix) and "-" in stem and any(_role_of(part) for part in stem.split("-")):
            return True  # "নেতা-কর্মীরা", "শিক্ষক-কর্মচারীরা": people of two kinds
    return False


def _plural_subject(word: str) -> bool:
    """A plural noun in the nominative: বিশ্লেষকরা, কর্মকর্তারা, and compounds of a group word
    (শিল্পসংশ্লিষ্টরা, খাতসংশ্লিষ্টরা)."""
    return word.endswith("রা") and (_is_plural_phrase([word]) or word.endswith(_PLURAL_GROUP_WORDS))


_PLURAL_GROUP_WORDS = tuple(w for w in lx.GROUP_WORDS if w.endswith("রা"))


def _plural_of_bodies(word: str) -> bool:
    """Countries or organisations in the nominative plural: দেশগুলো, দলগুলোও, সংগঠনগুলি."""
    word = _without_particle(word)
    for plural in ("গুলো", "গুলি"):
        stem = word.removesuffix(plural)
        if stem != word and len(stem) >= 2:
            return stem in _BODIES or _org_word(stem)
    return False


# Bodies other than organisations that act and speak as one: "দেশগুলো উদ্বিগ্ন … তারা আশঙ্কা করছে".
_BODIES = frozenset({"দেশ", "রাষ্ট্র", "সরকার", "এনজিও"})


def _sets_the_scene(word: str) -> bool:
    """A word that ends a time or place before a clause's subject: রোববার, বিবৃতিতে, প্রতিক্রিয়ায়, ","."""
    return word == "," or word.endswith(_WEEKDAY_NAMES) or _is_locative(word) and not _is_genitive(word) \
        or word in _AFTER_EVENT


# Postpositions closing a time phrase before a subject: "যুক্তরাষ্ট্রের এই পদক্ষেপের পর | থিয়েরি ব্রেটন …".
_AFTER_EVENT = frozenset({"পর", "পরে", "পরই"})
_EVENT_OVER = _AFTER_EVENT | {"শেষে"}  # "ম্যাচ শেষে বলছিলেন অধিনায়ক": when the event was over


_WEEKDAY_NAMES = tuple(name for names in WEEKDAYS.values() for name in names)
# Adverbs between a subject and its object ("… ব্রেটন অবশ্য এটিকে …", "সমর্থকেরা বরাবর এসব মামলাকে …").
_SUBJECT_ADVERBS = frozenset({"অবশ্য", "বরাবর", "বরাবরই", "আগেই", "শুরু", "সবসময়", "সব", "আবারও", "আবার", "আগে",
                              "তখন", "এখন", "ইতোমধ্যে", "ইতিমধ্যে", "আরও", "আরো"})


def _is_demonstrative_org(texts: list[str]) -> bool:
    """ক্লাবটির, এই সংস্থা, or a bare ক্লাবের ("ক্লাবের পক্ষ থেকে বলা হয়"): the organisation named before."""
    if len(texts) == 1 and _strip_genitive(texts[0]) in _DEFINITE_ORG_NOUNS:
        return True
    return len(texts) <= 2 and texts[-1].endswith(lx.DEMONSTRATIVE_ORG_SUFFIXES) and len(texts[-1]) > 3 and \
        _strip_genitive(texts[-1]).removesuffix("টি").removesuffix("টা") in lx.ORGANISATION_WORDS + (
            "সংস্থা", "দল", "প্রতিষ্ঠান", "সংগঠন", "মন্ত্রণালয়", "ব্যাংক", "কোম্পানি", "বাহিনী", "জোট")


# A postposition right after a name written without its genitive: the one handed to, not a subject.
_RECIPIENT_AFTER = re.compile(r"\s+(?:হাতে|কাছে|বিরুদ্ধে)" + _E)

# The converb of জানানো after a clause's predicate (see `_told_converbs`).
_TOLD_RE = re.compile(_B + "জানিয়ে" + _E)


# Adverbs that open a sentence with a nominal cue and go with its main verb, not with the content.
_MAIN_CLAUSE_ADVERBS = frozenset({"ইতোমধ্যে", "ইতিমধ্যে", "এরইমধ্যে", "ইতিপূর্বে", "অবশ্য", "আবারও", "বরাবরই"})


def _after_told_clause(toks: list[_Tok], start: int, end: int) -> int:
    """Where a nominal content [start, end) starts after a clause closed by its predicate and জানিয়ে
    ("ঋণখেলাপির তালিকায় থাকতে চান না জানিয়ে | … প্রার্থী হওয়ার প্রত্যাশা পুনর্ব্যক্ত করেছেন"): that
    clause is something else the subject told."""
    for j in range(end - 2, start, -1):
        if toks[j].text == "জানিয়ে" and (_is_predicate(toks[j - 1].text) or toks[j - 1].text in _OBJECTIONS) \
                and _has_words(toks, j + 1, end, 2):
            return j + 1  # (also "জোট সিদ্ধান্তে আপত্তি জানিয়ে | দল ছাড়ার ঘোষণা দিয়েছেন")
    return start


# What is voiced with জানিয়ে before a nominal cue, a clause of its own: "… আপত্তি জানিয়ে দল ছাড়ার ঘোষণা".
_OBJECTIONS = frozenset({"আপত্তি", "প্রতিবাদ", "ক্ষোভ", "অসন্তোষ", "উদ্বেগ", "আপত্তিও", "প্রতিবাদও"})

# Offices one person holds in an organisation ("বিএনপি মহাসচিব", "দলের সভাপতি").
_TOP_OFFICES = frozenset({"মহাসচিব", "সভাপতি", "চেয়ারম্যান", "চেয়ারপারসন", "আমির", "আমীর"})
# A country's one head of government or state: the bare title is the home country's holder.
_HEADS_OF_STATE = frozenset({"প্রধানমন্ত্রী", "রাষ্ট্রপতি", "প্রেসিডেন্ট", "প্রধান উপদেষ্টা"})

# Verbs of issuing a document: "প্রজ্ঞাপন জারি করে", "বিজ্ঞপ্তি প্রকাশ করেছে".
_ISSUING = frozenset({"জারি", "প্রকাশ"})
_ISSUED_PARTICIPLES = frozenset(lx.ISSUED_PARTICIPLES)
_QUOTED_STATEMENTS = frozenset(lx.QUOTED_STATEMENTS)
_SAYINGS = _QUOTED_SPEECH | _QUOTED_STATEMENTS  # "মির্জা গালিবের উক্তি", "রাজার কথা"
# Correlatives a relative clause after a comma takes up: "সেসব বুদ্ধিজীবীকে …, যারা …".
_CORRELATIVES = frozenset({"সেসব", "সেই", "ওইসব", "ঐসব"})
# Kinds of organisation that, alone, mean the one the story is about ("ক্লাবের পক্ষ থেকে").
_DEFINITE_ORG_NOUNS = frozenset({"ক্লাব", "সংস্থা", "প্রতিষ্ঠান", "সংগঠন", "কোম্পানি"})

# What "থেকে" compares with, not where a report comes from: "গ্রিনল্যান্ড ডেনমার্ক থেকে আলাদা".
_APART_FROM = frozenset({"আলাদা", "ভিন্ন", "পৃথক", "বেশি", "কম", "দূরে"})

# "জানা গেছে", "জানা যায়": it was learnt (from the source just cited)
_LEARNT = frozenset({"গেছে", "যায়", "গিয়েছে", "যাচ্ছে", "গেল"})

# Epithets of sports and feature writing for the one the story is about: "আল নাসর তারকা বলেন",
# "পর্তুগিজ মহাতারকা", "আর্জেন্টাইন কিংবদন্তি".
_EPITHETS = frozenset({"তারকা", "মহাতারকা", "সুপারস্টার", "কিংবদন্তি", "কিংবদন্তী"})


def _is_epithet(texts: list[str], role: str | None) -> bool:
    """A famous one called by a team's, a country's or a sport's name and an epithet, not a group
    (তারকারা) nor someone new (এক তারকা): the person named last."""
    return role in _EPITHETS and texts[-1] in _EPITHETS and len(texts) >= 2 \
        and not any(t in _INDEFINITE_OPENERS for t in texts)


def _is_age_descriptor(texts: list[str]) -> bool:
    return len(texts) >= 3 and bool(_AGE.match(texts[0])) and texts[1] == "বছর" and texts[2].startswith("বয়সী")


def _subunit_parent(texts: list[str]) -> str | None:
    phrase = " ".join(texts)
    for sub in lx.SUBUNIT_WORDS:
        if phrase.endswith(sub) and len(texts) > len(sub.split()):
            parent = texts[: len(texts) - len(sub.split())]
            if _is_genitive(parent[-1]) and parent[-1] not in _GEN_PRONOUNS:
                return " ".join(parent[:-1] + [parent[-1]])
    return None


def _clean_name(texts: list[str]) -> str:
    """A person's canonical form: no honorific, no parenthetical, no emphatic ending."""
    words = [w.replace(":", ".") if w in {"মো:", "মি:"} else w for w in texts if w not in _ADDRESS] or texts
    if not words:
        return ""
    return " ".join(words)


def _without_parentheses(toks: list[_Tok]) -> list[_Tok]:
    out = []
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and t.is_word:
            out.append(t)
    return out


def _is_verbal_noun_genitive(word: str) -> bool:
    """করার, চলার, দাঁড়ানোর, নেওয়ার: the genitive of a verbal noun (a short verb root + আর), not of
    a plain noun (সহযোগিতার)."""
    if word.endswith(("নোর", "ওয়ার", "য়ার", "ওয়ার")):
        return True
    return word.endswith("ার") and len(word) - 2 <= 4


def _topic_only(words: list[_Tok]) -> bool:
    """The words before কথা/বিষয়টি name only a thing talked about, with no clause in them: no verb, no
    verbal or action noun ("পরিবারের একটু বিশেষ নজরের কথাও তুলে ধরেন"). "X-এর কথা বলা" then is talking
    about X, not reporting what X is (opened annotations)."""
    return not any(t.is_quote or _is_verb_like(t.text) or _is_verbal_noun_genitive(t.text)
                   or _is_action_noun_genitive(t.text) for t in words)


def _is_action_noun_genitive(word: str) -> bool:
    """বন্ধের, উদ্ধারের, পরিবর্তনের, বাস্তবায়নের: the genitive of a noun of action, which takes an object
    like a verbal noun ("বিচারকার্য বন্ধের দাবি", "আইন পরিবর্তনের অনুরোধ"; opened annotations: 8 contents
    end so before a nominal cue)."""
    stem = word.removesuffix("ের")
    return stem != word and (stem in _ACTION_NOUNS or stem.endswith(_ACTION_NOUN_ENDINGS))


# Nouns of action that take an object (… সরবরাহ বন্ধের, … অর্থ উদ্ধারের); Bengali news usage.
_ACTION_NOUNS = frozenset({"বন্ধ", "উদ্ধার", "প্রত্যাহার", "বিচার", "গ্রেফতার", "গ্রেপ্তার", "বাতিল", "স্থগিত",
                           "নিষিদ্ধ", "মুক্তি", "অপসারণ", "বাস্তবায়ন", "সংস্কার", "প্রকাশ", "নিশ্চিত", "গঠন",
                           "দায়ের"})  # (মামলা দায়েরের: filing a case)
# The endings of Sanskrit nouns of action: পরিবর্তন, সংশোধন, আয়োজন, পালন, বাস্তবায়ন, নির্ধারণ.
_ACTION_NOUN_ENDINGS = ("র্তন", "োধন", "োজন", "ালন", "ায়ন", "ারণ", "করণ")


def _parenthetical(toks: list[_Tok]) -> str | None:
    """The words of the first parenthetical: the acronym in "অ্যাসোসিয়েশনের (বিটিএমএ)"."""
    inside: list[str] = []
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            if inside:
                break
            depth = max(0, depth - 1)
        elif depth and t.is_word:
            inside.append(t.text)
    if inside and not _AGE.match(inside[0]):
        return " ".join(inside)
    return None


def _anonymous_prefix(text: str, start: int) -> int | None:
    """Start of "নাম প্রকাশে অনিচ্ছুক ..." when it directly precedes a phrase starting at `start`."""
    lo = max(0, start - 40)
    window = text[lo:start + 30]
    for prefix in lx.ANONYMOUS_PREFIXES:
        i = window.find(prefix)
        if i == -1 or lo + i >= start:
            continue
        # the prefix reaches up to (or into) the phrase: "নাম প্রকাশে অনিচ্ছুক রাশিয়ান সরকারী সূত্র"
        if lo + i + len(prefix) >= start - 1 or len(text[lo + i + len(prefix):start].split()) <= 1:
            return lo + i
    return None
