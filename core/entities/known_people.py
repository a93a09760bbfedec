"""Rule: well-known people of the gazetteer (`core.lexicon.people`) found by a full name or its last
word in any case form, over a shorter or wrongly typed span inside it; then the shared end of the
rules: overlapping candidates resolved (`_resolve`) and what is not an entity dropped
(`_not_an_entity`: demonyms, prayers, ordinary words in a case form, lone adjectives, …).

Separate because the gazetteer of people and the final filters are used by the rules of
`core.entities.rules` and those above it, and use nothing of theirs.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from core.entities.article import (
    _PEOPLE,
    _PERSON,
    _STRONG_LOC_HEADS,
    _WORD_CACHE,
    _acronym_stem,
    _Article,
    _bare_nominative,
    _folded,
    _head_kind,
    _is_plural,
    _is_word,
    _nominative_forms,
    _Span,
)
from core.entities.canonical import is_honorific, is_title
from core.entities.known_orgs import _continues_a_name, _gazetteer_scan, _has_name_word
from core.entities.tagging import (
    _GALLANTRY,
    _HEADS,
    _LETTER_NAMES,
    _NAME_PREFIX_WORDS,
    _describes,
    _gazetteer_type,
    _known_org_name,
    _nominative_phrase,
    _place_nominative,
    _trim,
)
from core.entities.tunables import RULE_CONFIDENCE
from core.lexicon.names import (
    ADJECTIVE_ENDINGS,
    AMBIGUOUS_PLACE_NAMES,
    DEMONYMS,
    EVENT_WORDS,
    GENERIC_ADMIN_WORDS,
    GENERIC_NOT_ENTITIES,
    INSTITUTION_KIND_PHRASES,
    LOANWORDS_NO_NAME,
    NAME_STOP_WORDS,
    NAMED_PRAYERS,
    NON_ORG_ACRONYMS,
    NOT_NAME_PHRASES,
    PLACE_NAMES,
    PRAYER_CLOSINGS,
    RULE_GOVERNMENT_HEAD_WORDS,
)
from core.text import case_stems


def _alone_in_brackets(article: _Article, k: int) -> bool:
    """Token k stands alone in brackets after at least one word: "খেলাপি ঋণ (এনপিএল)"."""
    words = article.words
    return 2 <= k < len(words) - 1 and words[k - 1] == "(" and words[k + 1] == ")"


def _is_place(article: _Article, span: _Span) -> bool:
    words = article.words[span.start:span.end]
    name = " ".join(words[:-1] + [_place_nominative(words[-1])])
    return name in PLACE_NAMES or _bare_nominative(words[-1]) in _STRONG_LOC_HEADS


# Words that make a person's name the name of a place or an institution named after them, beyond
# the organisation and place head words (`_continues_a_name`): বঙ্গবন্ধু শেখ মুজিবুর রহমান নভোথিয়েটার,
# জিয়াউর রহমান হল, শেখ কামাল ক্রীড়া …, … মেডিকেল কলেজ, … টানেল. Closed list, from Bangladesh's
# institutions named after people; words that also follow a name in plain prose (জাতীয় সংসদে,
# কৃষি খাত, পুরস্কার জেতেন) are left out.
_NAMED_AFTER_WORDS = frozenset({
    "নভোথিয়েটার", "হল", "মেডিকেল", "ক্রীড়া", "কাপ", "ট্রফি", "মিলনায়তন", "অডিটোরিয়াম", "ছাত্রাবাস",
    "স্মৃতি", "এতিমখানা", "টানেল", "স্যাটেলাইট", "সরণি", "কমপ্লেক্স", "মেমোরিয়াল", "মেরিটাইম",
    "এভিয়েশন", "ফেলোশিপ", "বৃত্তি", "কর্নার",
})
# Case endings after which a name no longer names the person: plurals of a common noun (Bengali
# grammar). -রা and -দের stay: "মুশফিকুর রহিমরা" is Mushfiqur and his team.
_NOT_PERSON_ENDINGS = ("গুলো", "গুলোর", "গুলি", "গুলির")


def _person_at(article: _Article, i: int) -> int | None:
    """The end of a gazetteer person's full name written from token i on, or None.

    Every word as listed (long/short i/u folded), in one sentence, the last in a case form whose
    nominative is the listed word (হাদির, কোকোর, জাবীনসহ; not "সাদিও মানে", which the entity's
    name would read as মান); not where a head word carries the name on to what is named after the
    person (জিয়াউর রহমান বিশ্ববিদ্যালয়), nor inside a longer name of someone else (a given name or
    surname right before or after it: এ কে ফজলুল হক ভূঁইয়া)."""
    words = article.words
    n = len(words)
    for parts in _PEOPLE.get(_folded(words[i]), ()):
        end = i + len(parts)
        if end > n or not article.same_sentence(i, end - 1) \
                or any(_folded(words[k]) != parts[k - i] for k in range(i + 1, end - 1)):
            continue
        word = words[end - 1]
        if _folded(article.nominative(word)) != parts[-1] or word.endswith(_NOT_PERSON_ENDINGS):
            continue  # not the name, or a case form whose nominative the entity's name would not be
        if (word == article.nominative(word) and _carries_the_name_on(article, end)) \
                or _carries_the_name_on(article, i - 1, before=True):
            return None
        return end
    return None


def _carries_the_name_on(article: _Article, k: int, *, before: bool = False) -> bool:
    """Does token k (right after or before a gazetteer name) carry the name on: after it, a head
    word or a word of an institution named after the person, or a given name or surname in any
    case form (শহীদ মাহফুজ আলম রনির: someone else's name); before it, a given name or surname in
    the nominative. Ordinary words (সরকার, শহীদ), titles and honorifics do not."""
    words = article.words
    if not 0 <= k < len(words) or not article.same_sentence(k, k + 1 if before else k - 1):
        return False
    word = words[k]
    if not _is_word(word):
        return False
    if not before and (_continues_a_name(word) or not _NAMED_AFTER_WORDS.isdisjoint(case_stems(word))):
        return True
    lexicon = article.lexicon
    return word not in lexicon.common and not is_title(word) and not is_honorific(word) \
        and (lexicon.person_word(word) if before else lexicon.person_word(article.nominative(word))) \
        and not (before and article.inflected(word))


def _longer_name(article: _Article, start: int, end: int) -> bool:
    """Are tokens [start, end), which the tagger's person runs on to past a gazetteer name, more
    of a name (ফজলুল হক ভূঁইয়া over এ কে ফজলুল হক), not words it ran into (… জাবীন পদত্যাগ)?"""
    lexicon = article.lexicon
    return all(lexicon.person_word(w) or w in lexicon.name_words for w in article.words[start:end] if _is_word(w))


def _words_run_into(article: _Article, start: int, end: int) -> bool:
    """Are tokens [start, end), which the tagger's person runs on to past a gazetteer name, words
    the spelling dictionary knows (in a case form) and no name word: ভঙ্গুর of "ডোনাল্ড ট্রাম্প ভঙ্গুর
    গাজা …", মাদরাসার of "জসীম উদ্দিন রাহমানীর মাদরাসার"; not রাব্বীর of "ইয়াসির আলী রাব্বীর", more of
    his name?"""
    lexicon, dictionary = article.lexicon, article.lexicon.dictionary
    words = [w for w in article.words[start:end] if _is_word(w)]
    return bool(words) and not _longer_name(article, start, end) and all(
        any(form in dictionary for form in (w, *case_stems(w))) and not lexicon.person_word(w) for w in words)


def _person_matches(article: _Article) -> list[tuple[int, int]]:
    """The gazetteer people named in the article: (start, end) left to right, the longest name at
    each place, with a hyphenated or apostrophised case ending (ট্রাম্প’র, হাসিনা-র)."""
    def ending_at(article: _Article, i: int) -> tuple[int] | None:
        end = _person_at(article, i)
        return None if end is None else (end,)

    return [(i, end) for i, end, _ in _gazetteer_scan(article, _PERSON, ending_at)]


def _known_people(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A gazetteer person's full name is a person: found where the tagger missed it ("… প্ল্যাকার্ড
    উঁচিয়ে ধরে শরিফ ওসমান হাদির হত্যার বিচার দাবি করেন", "মিডফিল্ডার আইতানা বোনমাতি জেতেন"), over
    a shorter or wrongly typed span inside it (the tagger's "ওসমান হাদি", an ORG-typed শেখ হাসিনা).

    A longer span around the name stays (শহীদ জিয়াউর রহমান বিশ্ববিদ্যালয়, বঙ্গবন্ধু শেখ মুজিবুর রহমান
    নভোথিয়েটার, a person's name with a prefix the tagger took in) unless it is only such names run
    together (খালেদা জিয়া তারেক রহমান) or a pair joined by a hyphen (হামজা চৌধুরী-শমিত): then each
    is a mention. So does a span of another type that goes on past the name's end (an institution
    named after the person), and the tagger's person that goes on with more name words (এ কে ফজলুল
    হক | ভূঁইয়া). A span of another type the name cuts keeps what lies outside it (বিএনপির চেয়ারপারসন);
    a person's span glued to the name's edge goes (রূপকার শহীদ | ওসমান হাদি).
    """
    matches = _person_matches(article)
    if not matches:
        return spans
    words = article.words
    match_at = {i: k for k, (a, b) in enumerate(matches) for i in range(a, b)}
    kept: set[int] = set(range(len(matches)))
    out: list[_Span] = []
    for span in spans:
        inside = sorted({match_at[i] for i in range(span.start, span.end) if i in match_at})
        if not inside:
            out.append(span)
            continue
        first, last = matches[inside[0]], matches[inside[-1]]
        if span.type == "PERSON" and (span.start, span.end) == first:
            kept.discard(inside[0])  # the name as found: later rules may still see more of it
            out.append(span)
            continue
        if first[0] <= span.start and span.end <= last[1]:
            continue  # within the names: taken over
        paired = last[1] < span.end and words[last[1]] == "-" and article.joined(last[1])
        if span.start <= first[0] and last[1] <= span.end and not (span.type == "PERSON" and paired):
            rest = set(range(span.start, span.end)).difference(*(range(matches[k][0], matches[k][1]) for k in inside))
            if span.type == "PERSON" and len(inside) > 1 and all(not _is_word(words[r]) for r in rest):
                continue  # names run together: each is a mention
            if span.type == "PERSON" and last[1] < span.end and _words_run_into(article, last[1], span.end):
                # the name then a word it ran into: "ডোনাল্ড ট্রাম্প | ভঙ্গুর গাজা যুদ্ধবিরতি"
                span = replace(span, end=last[1])
            kept.difference_update(inside)  # a longer name around it
            out.append(span)
            continue
        if span.type == "PERSON" and paired and span.start >= first[0]:
            piece = _trim(article, replace(span, start=last[1] + 1))
            if piece is not None and _has_name_word(article, piece):
                out.append(piece)  # হামজা চৌধুরী-শমিত: a pair of people, not one name
            continue
        if span.end > last[1] and (span.type != "PERSON" or _longer_name(article, last[1], span.end)):
            kept.difference_update(inside)  # named after the person, or someone's longer name
            out.append(span)
            continue
        if span.type == "PERSON":
            continue  # রূপকার শহীদ | ওসমান হাদি: a word glued to the name is no name of its own
        for a, b in ((span.start, first[0]), (last[1], span.end)):
            piece = _trim(article, replace(span, start=a, end=b)) if a < b else None
            if piece is not None:
                out.append(piece)  # বিএনপির চেয়ারপারসন | খালেদা জিয়া: the rest is its own name
    for k, (a, b) in enumerate(matches):
        if k in kept:
            out.append(_Span(a, b, "PERSON", "person", RULE_CONFIDENCE["person"]))
    return sorted(out, key=lambda s: (s.start, s.end))


def _resolve(spans: list[_Span]) -> list[_Span]:
    """Keep non-overlapping spans: rules over the model where they cover it, then longer, then earlier."""
    def rank(span: _Span) -> tuple[int, int, float, int]:
        rule_first = 0 if span.rule != "model" else 1
        return (rule_first, -(span.end - span.start), -span.confidence, span.start)

    chosen: list[_Span] = []
    taken: set[int] = set()
    # A rule span that contains a model span replaces it; a model span that contains a smaller rule
    # span (TASS inside a longer model name) keeps the longer extent.
    ordered = sorted((s for s in spans if s.end > s.start), key=lambda s: (-(s.end - s.start), rank(s)))
    for span in ordered:
        cells = range(span.start, span.end)
        if any(c in taken for c in cells):
            continue
        chosen.append(span)
        taken.update(cells)
    return sorted(chosen, key=lambda s: s.start)


def _abbreviates_post(article: _Article, span: _Span) -> bool:
    """An acronym in brackets right after a post (… অফিসার (পিইউও), … কর্মকর্তা (ইউএনও)), an
    award or an event or treaty (… পার্টনারশিপ এগ্রিমেন্ট (ইপিএ)) abbreviates that, not an
    organisation; so does the same acronym elsewhere in the article ("জাপানের সঙ্গে ইপিএ করে")."""
    words = article.words
    if span.type != "ORG" or _acronym_stem(words[span.start]) is None:
        return False
    return any(_abbreviates_post_at(article, k) for k in article.positions((words[span.start],)))


def _abbreviates_post_at(article: _Article, start: int) -> bool:
    words = article.words
    if start >= 2 and words[start - 1] == "বা" and any(stem in EVENT_WORDS for stem in case_stems(words[start - 2])):
        return True  # "ডিজিটাল সার্ভিসেস অ্যাক্ট বা ডিএসএ": the act's other name
    if not _alone_in_brackets(article, start):
        return False
    before = words[start - 2]
    return is_title(article.nominative(before)) or any(stem in EVENT_WORDS for stem in case_stems(before)) \
        or any(w in _AWARDS for w in words[max(0, start - 4):start - 1])  # … পদক (বিজিবিএম), … পদক-সেবা (…)


# Medals and awards, whose acronyms in brackets abbreviate the award (বর্ডার গার্ড বাংলাদেশ পদক (বিজিবিএম)).
_AWARDS = frozenset({"পদক", "পুরস্কার", "সম্মাননা", "মেডেল"})


def _qualifies_a_title(article: _Article, span: _Span) -> bool:
    """"তেজগাঁও থানার পরিদর্শক (অপারেশন্স) আব্দুল হান্নান", "সহকারী কমিশনার (ভূমি)": the word in
    brackets right after a title is the post's branch, not a name."""
    start = span.start
    return span.end - start == 1 and _alone_in_brackets(article, start) \
        and is_title(article.nominative(article.words[start - 2]))


# The word কাপ ("cup", a tournament) in its case forms; not কাপড় (cloth) nor কাপ্তাই.
_CUP_FORMS = frozenset({"কাপ", "কাপে", "কাপের", "কাপেও", "কাপেই", "কাপটি", "কাপটা"})


def _not_an_entity(article: _Article, span: _Span) -> bool:
    """Spans that name nothing: demonyms, generic nouns, titles, a lone name prefix (মো), ordinary
    words the model tagged, English sentences, "X নির্বাচন" (an election, not an organisation), set
    phrases of prayer (আল্লাহু আকবর, "জান্নাতুল ফেরদৌস নসিব করুন"), head words alone (স্কুল-কলেজ)
    and the staff initials of a desk line (ঢাকা/শাহীন/রাজীব)."""
    if span.end - span.start == 1 and len(article.words[span.start]) == 1:
        return True  # a lone letter: the case ending a writer hyphenated off a quoted word (‘মৃত্যু’-র)
    if span.start in article.alias_of and span.type == "PERSON":
        return False  # the alias after "ওরফে", whatever word it is (সম্রাট)
    if span.rule in ("embassy", "secretariat"):
        return False  # ফরাসি দূতাবাস: the adjective names the country; সচিবালয়ে: the Secretariat
    if span.type == "PERSON" and _qualifies_a_title(article, span):
        return True
    if _after_copula(article, span.start):
        return True  # "সেটা হল বিশ্বাস": "that is trust", the predicate of a copula, no name
    if span.type == "PERSON" and _words_of_a_thing(article, span):
        return True
    if span.type == "PERSON" and all(k in article.quoted_title_ends for k in range(span.start, span.end)):
        return True  # 'দ্য হিস্ট্রি অব চেঙ্গিস খান'-এ: the book's title, not a mention of the man
    if span.type == "PERSON" and any(_DIGIT.search(w) for w in article.words[span.start:span.end]):
        return True  # মনজা এসপি১ (a car), a model's number: no person's name has digits
    if all(not LOANWORDS_NO_NAME.isdisjoint(case_stems(w)) for w in article.words[span.start:span.end]):
        return True  # লাউঞ্জে alone, once বিজনেস লাউঞ্জে is no person: a common noun
    words = article.words[span.start:span.end]
    lexicon = article.lexicon
    phrase = " ".join(words)
    nominal = _nominative_phrase(article, words)  # the last word in the nominative (ঈদুল ফিতরের -> ঈদুল ফিতর)
    if phrase in INSTITUTION_KIND_PHRASES or nominal in INSTITUTION_KIND_PHRASES:
        return True  # দুই স্টক এক্সচেঞ্জ: the kind of institution, no name before it
    if phrase in NOT_NAME_PHRASES or nominal in NOT_NAME_PHRASES \
            or (span.end < len(article.words) and f"{phrase} {article.words[span.end]}" in NOT_NAME_PHRASES):
        return True
    if any(i in article.desk for i in range(span.start, span.end)) and not (span.type == "LOC" and _is_place(article, span)) \
            and span.rule != "desk":
        return True
    if (span.rule == "model" or "-" in words) and all(not _is_word(w) or _bare_nominative(w) in _HEADS for w in words):
        return True  # স্কুল-কলেজ
    if len(words) > 1 and _bare_nominative(words[-1]) in _HEADS \
            and all(w in NAME_STOP_WORDS or _describes(w) for w in words[:-1]) and not _known_org_name(article, words):
        return True  # সরকারি স্কুল, নির্বাচিত সংসদ; but স্থানীয় সরকার বিভাগ
    if all(w in GENERIC_ADMIN_WORDS for w in words[:-1]) \
            and (len(words) == 1 or _bare_nominative(words[-1]) in RULE_GOVERNMENT_HEAD_WORDS) \
            and _bare_nominative(words[-1]) in GENERIC_ADMIN_WORDS | RULE_GOVERNMENT_HEAD_WORDS:
        return True  # সদর, উপজেলা পরিষদ: local government in general
    if len(words) > 1 and all(w in GENERIC_ADMIN_WORDS or _bare_nominative(w) in GENERIC_ADMIN_WORDS for w in words):
        return True  # "উপজেলার সদর ইউনিয়নের …": the headquarters union, no name
    if all(_may_be_demonym(w) and (w in DEMONYMS or article.nominative(w) in DEMONYMS) for w in words) \
            and nominal not in PLACE_NAMES:
        return True  # but সৌদি আরব: a country named by two demonyms
    if len(words) == 1:
        if words[0] in PRAYER_CLOSINGS and _alone_in_sentence(article, span.start):
            return True  # "… নসিব করুন। আমিন।": amen
        if _named_prayer(article, span.start):
            return True  # "মাগরিবের নামাজের সময়": the evening prayer
        if _abbreviates_post(article, span):
            return True  # "প্রফেসর আন্ডার অফিসার (পিইউও)": a rank's abbreviation
        if _never_alone(words[0]):
            return True
        if span.type == "LOC" and words[0].endswith("াতে") and _place_nominative(words[0]) not in PLACE_NAMES:
            return True  # "বিদেশ থেকে বেড়াতে আসা": a verb; a place in -া takes the locative -য় (ভোলায়)
        if _abstract_or_participle(words[0]):
            return True  # ফ্যাসিবাদ, জারিকৃত: an -ism or a participle names nothing
        if span.rule == "model" and span.type != "PERSON" and _adjective_alone(article, words[0]):
            return True  # "কেন্দ্রীয় সিদ্ধান্ত", "আন্তর্জাতিক অঙ্গনে": an adjective, no name of its own
        if span.type != "LOC" and words[0] in AMBIGUOUS_PLACE_NAMES and span.rule != "model":
            return True
        if span.type == "PERSON" and (words[0] in _NAME_PREFIX_WORDS or words[0] in _LETTER_NAMES):
            return True
        if span.type == "PERSON" and _honorific_alone(article, words[0]):
            return True  # "মরহুমের জন্য দোয়া করি": "the late", a form of respect without the name
        if article.nominative(words[0]) in _HEADS:
            return True  # প্লাজা, বিশ্ববিদ্যালয় alone: a head word without its name
        if any(stem.endswith("াঞ্চল") for stem in case_stems(words[0])):
            return True  # দক্ষিণাঞ্চলে, উত্তর-পূর্বাঞ্চলের: a part of the country, no name
        if span.type == "LOC" and words[0] not in PLACE_NAMES \
                and any(words[0].endswith(e) and words[0][:-len(e)] in PLACE_NAMES for e in _PEOPLE_PLURALS):
            return True  # রিয়াদদের: people named like a place (a place takes no personal plural)
    if span.type == "LOC" and span.end < len(article.words) and article.words[span.end] in _CUP_FORMS \
            and article.same_sentence(span.start, span.end):
        return True  # এশিয়া কাপে, আফ্রিকা কাপ অব নেশনস: a tournament named by its region, no place
    if _is_plural(words[-1]):
        return True  # জিহাদি গোষ্ঠীগুলো, সোশ্যাল মিডিয়া প্ল্যাটফর্মগুলো: a plural (-গুলো, -সমূহ) names no one thing
    if span.rule == "model" and all(w in lexicon.common or not _is_word(w) for w in words) \
            and not any(lexicon.person_word(w) or lexicon.known_name(w) for w in words) \
            and not (span.type == "LOC" and lexicon.bd_place(words[-1])):
        return True  # কবুল করুন, সোশ্যাল মিডিয়া: ordinary words (but দৌলতপুর উপজেলায়: an upazila)
    if span.rule == "model" and len(words) == 1 and span.type != "LOC" and _ordinary_in_a_case_form(article, words[0]) \
            and _gazetteer_type(article, span) is None and _head_kind(words[0]) is None:
        return True  # ফেস্টুনে: an ordinary word with a case ending (not হাইকোর্টের, আদালতে; a place may be named so)
    if span.rule == "model" and len(words) == 1 and span.type == "LOC" and _ordinary_place_in_a_case_form(article, words[0]):
        return True  # নির্দেশে, আদেশে, শ্মশানের: an ordinary noun in a case form that no place is called
    latin = [w for w in words if w.isascii() and _is_word(w)]
    if latin and (len(latin) > 2 or any(w[0].islower() for w in latin)):
        return True  # an English phrase quoted in the article
    if span.start > 0 and article.words[span.start - 1] == "বীর" and any(f in _GALLANTRY for f in case_stems(words[0])):
        return True  # (অলি আহমদ) বীর বিক্রম: the award, not a name
    if words[0] == "বীর" and all(f == "বীর" or f in _GALLANTRY for w in words[1:] for f in case_stems(w)[-1:]):
        return True  # "উপদেষ্টা বীর উত্তম খন্দকার …": the award alone, or বীর ("brave") alone, names no one
    if any(stem in EVENT_WORDS for stem in case_stems(words[-1])):
        return True  # এশিয়ান গেমস: an event
    following = article.words[span.end] if span.end < len(article.words) else ""
    if span.type == "ORG" and following.startswith("নির্বাচন") and article.same_sentence(span.end - 1, span.end):
        return True  # জাতীয় সংসদ নির্বাচন: the election
    return nominal in GENERIC_NOT_ENTITIES


# "হল"/"হলো" ("is") after a demonstrative: "সেটা হল বিশ্বাস", "এর কারণ হলো …". A hall (হল) comes after
# its name (মুহসীন হল), never before what follows it.
_COPULAS = frozenset({"হল", "হলো"})
_COPULA_SUBJECTS = frozenset({"সেটা", "এটা", "ওটা", "তা", "যা", "সেটি", "এটি", "সেটাই", "এটাই"})


def _after_copula(article: _Article, k: int) -> bool:
    """Token k is the copula হল/হলো right after a demonstrative subject (সেটা হল …)."""
    words = article.words
    return words[k] in _COPULAS and k > 0 and words[k - 1] in _COPULA_SUBJECTS and article.same_sentence(k - 1, k)


def _named_prayer(article: _Article, k: int) -> bool:
    """Token k names a prayer (`NAMED_PRAYERS`, in any case form) right before নামাজ."""
    words = article.words
    return k + 1 < len(words) and words[k + 1].startswith("নামাজ") and article.same_sentence(k, k + 1) \
        and any(stem in NAMED_PRAYERS for stem in case_stems(words[k]))


def _ordinary_in_a_case_form(article: _Article, word: str) -> bool:
    """আদেশে, জামাইয়ের: a word whose nominative is an ordinary word, and neither it nor the word a
    given name, surname, place or acronym."""
    lexicon = article.lexicon
    stem = article.nominative(word)
    return stem != word and stem in lexicon.common and not lexicon.person_word(stem) and not lexicon.person_word(word) \
        and not lexicon.known_name(word) and not lexicon.known_name(stem)


def _ordinary_place_in_a_case_form(article: _Article, word: str) -> bool:
    """নির্দেশে ("on the order of"), শ্মশানের: the model read an ordinary noun with a case ending as a
    place. Many places are named by ordinary words (বন্দর, চর), so only when the nominative is no
    place the gazetteers know, in Bangladesh or abroad."""
    lexicon = article.lexicon
    return _ordinary_in_a_case_form(article, word) and _head_kind(word) is None and not lexicon.bd_place(word) \
        and not lexicon.loose_place(word) and not any(stem in PLACE_NAMES for stem in case_stems(word))


def _abstract_or_participle(word: str) -> bool:
    """ফ্যাসিবাদ, আধিপত্যবাদের (-বাদ, "-ism"; not -াবাদ, the "-abad" of places: ইসলামাবাদ) and
    জারিকৃত, নির্ধারিত (-কৃত, a participle) in any case form."""
    stems = case_stems(word)
    return any(stem.endswith("বাদ") and not stem.endswith("াবাদ") and len(stem) > 4 or stem.endswith("কৃত") and len(stem) > 4
               for stem in stems)


def _adjective_alone(article: _Article, word: str) -> bool:
    """কেন্দ্রীয়, আন্তর্জাতিক, মাধ্যমিক: an adjective made from a noun (`ADJECTIVE_ENDINGS`) that the
    tagger took for a whole name; not a place, given name, surname or acronym of any list (বাল্টিক)."""
    return len(word) > 3 and word.endswith(ADJECTIVE_ENDINGS) and word not in DEMONYMS \
        and not article.lexicon.known_name(word) and not article.lexicon.bd_place(word)


def _honorific_alone(article: _Article, word: str) -> bool:
    """মরহুমের, মরহুম: an honorific in any case form and no given name or surname (not শহীদ, a name too)."""
    return any(is_honorific(stem) for stem in case_stems(word)) and not article.lexicon.person_word(word) \
        and not article.lexicon.person_word(article.nominative(word))


# A digit, Bengali or ASCII.
_DIGIT = re.compile(r"[০-৯0-9]")
# A classifier in the genitive: কেন্দ্রটির ("of the centre"), a definite common noun, never a name.
_CLASSIFIER_GENITIVES = ("টির", "টার", "টিতে")


def _words_of_a_thing(article: _Article, span: _Span) -> bool:
    """A person of words that name a thing: English loanwords (বিজনেস লাউঞ্জে, কেবিন ক্রুরা, সুইমিং
    পুল) or a common noun in the genitive before another word (কেন্দ্রটির প্রিজাইডিং অফিসার, সুরের
    মূর্ছনা), and no word a known given name or surname."""
    words = article.words[span.start:span.end]
    if len(words) < 2 or any(article.lexicon.person_word(w) for w in words):
        return False
    if any(not LOANWORDS_NO_NAME.isdisjoint(case_stems(w)) for w in words):
        return True
    first = words[0]
    if first.endswith(_CLASSIFIER_GENITIVES) and len(first) > 4:
        return True
    # সুরের মূর্ছনা ("the strains of the tune"): a known word in the genitive; not জাকের or আমের, which
    # the person-word check above keeps (জাকের আলী, আমের জামাল)
    return first.endswith("ের") and len(first) > 4 and first[:-2] in article.lexicon.vocabulary


# Marks that end a sentence inside a quotation too, where the sentence splitter keeps the quoted
# passage whole ("‘… কবুল করুন। আমিন।’").
_FULL_STOPS = frozenset({"।", "!", "?"})


def _alone_in_sentence(article: _Article, i: int) -> bool:
    """Token i is the only word of its sentence (the rest is punctuation), counting a full stop
    inside a quotation as a sentence's end: "… কবুল করুন। আমিন।’"."""
    start, end = article.sentences[article.sentence_of[i]]
    words = article.words
    k = i - 1
    while k >= start and words[k] not in _FULL_STOPS:
        if _is_word(words[k]):
            return False
        k -= 1
    k = i + 1
    while k < end and words[k] not in _FULL_STOPS:
        if _is_word(words[k]):
            return False
        k += 1
    return True


# Plural endings of people (রিয়াদদের, রিয়াদরা): Bengali grammar gives them to persons only.
_PEOPLE_PLURALS = ("দের", "দেরও", "দেরই", "রা", "রাও", "রাই")


@lru_cache(maxsize=_WORD_CACHE)
def _may_be_demonym(word: str) -> bool:
    return not _nominative_forms(word).isdisjoint(DEMONYMS)


@lru_cache(maxsize=_WORD_CACHE)
def _never_alone(word: str) -> bool:
    """A generic noun, a non-organisation acronym, a stop word, a title or an honorific: never a name alone."""
    return any(f in GENERIC_NOT_ENTITIES or f in NON_ORG_ACRONYMS or f in NAME_STOP_WORDS or is_title(f)
               for f in case_stems(word)) or is_honorific(word)
