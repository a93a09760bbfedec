"""Step 3 of `core.entities`, first part: the rules a CRF alone misses in news text, and the
predicates the other rule modules share (`_covered`, `_name_start`, `_HEADS`, …).

Head words end organisation and place names, acronyms and numbered alliances, teams, titles before
a name, foreign given names, the subjects of speech verbs, the members, heads and edges of lists,
hyphenated pairs, constituencies' candidates, the gazetteer's places, ministries, party heads,
upazilas and localities.

Separate from `name_edges` and `institutions`, which depend on it and not on each other.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from core.entities.article import (
    _ACRONYM,
    _ADMIN,
    _CLASSIFIERS,
    _GAZETTEER,
    _GENITIVE,
    _HEAD,
    _LOCATIVE,
    _MULTIWORD_PLACES,
    _NAME_LIKE_TITLE,
    _ORG,
    _PLACE,
    _PLACE_HEAD,
    _SPEECH,
    _SPEECH_VERB_SET,
    _THINKING,
    _TITLE,
    _UPAZILA,
    _UPAZILA_NAME,
    _WEAK_PLACE,
    _WORD_CACHE,
    _acronym_kind,
    _acronym_stem,
    _Article,
    _bare_nominative,
    _head_kind,
    _is_word,
    _may_be_place,
    _Span,
)
from core.entities.canonical import is_honorific, is_title
from core.entities.known_orgs import _JOINED_ENDINGS
from core.entities.known_people import _alone_in_brackets, _is_place, _never_alone
from core.entities.tagging import (
    _EDGE_GENERIC,
    _FINITE_VERB_ENDINGS,
    _HEADS,
    _KNOWN_ORG_NAMES,
    _LEADING_CATEGORIES,
    _LETTER_NAMES,
    _NAME_LINKS,
    _NAME_PREFIX_WORDS,
    _PARTY_ADJECTIVE_ENDINGS,
    _SPAN_BREAKERS,
    _WEEKDAYS,
    _describes,
    _gazetteer_type,
    _genitive,
    _known_org_name,
    _known_place,
    _name_forms,
    _not_a_last_name,
    _office_of,
    _opens_known_name,
    _place_nominative,
    _surname_after_middle,
)
from core.entities.tunables import _ORG_HEADS, _RIVER_HEADS, RULE_CONFIDENCE
from core.lexicon.names import (
    ACRONYM_TITLES,
    ADMIN_HEAD_WORDS,
    BANGLADESH_PLACES,
    BRAND_HEAD_WORDS,
    CLUB_SUFFIX_HEAD_WORDS,
    DEMONYMS,
    DIVISION_NAMES,
    FOREIGN_GIVEN_NAMES,
    GENERIC_ADMIN_WORDS,
    LEAGUE_KIND_WORDS,
    LEAGUE_TIER_WORDS,
    LOC_HEAD_WORDS,
    NAME_STOP_WORDS,
    ORG_DESCRIPTORS,
    ORG_LEADING_WORDS,
    PLACE_NAMES,
    PLACE_OPENING_WORDS,
    RULE_GOVERNMENT_HEAD_WORDS,
    WELL_KNOWN_ORGS,
)
from core.lexicon.speech import LIGHT_VERBS, NARRATIVE_VERB_ENDINGS, VERB_ENDINGS
from core.lexicon.time import NUMBER_WORDS
from core.text import case_stems

_PARTY_WORD = "দল"


# Gallantry awards written after a name (জিয়াউর রহমান বীর উত্তম) and a scholar's epithet before it
# (আল্লামা সাজেদুর রহমান): not taken into a name by the frame of title and clause end.
_AWARD_WORDS = frozenset({"বীর", "উত্তম", "বিক্রম", "প্রতীক", "শ্রেষ্ঠ", "আল্লামা"})


_WITH = "সহ"


# Dashes news writes between a district and its seat number (ঢাকা-৯, ঢাকা–৯).
_DASHES = frozenset({"-", "–", "—"})


_DISTRICTS = frozenset(BANGLADESH_PLACES)


# Words after which a list item starts (commas, conjunctions, a colon or a dash after হলেন).
_ITEM_OPENERS = frozenset({",", ";", ":", "-", "–", "ও", "এবং"})
# Words after which a list item ends: the next item, the list's end.
_ITEM_CLOSERS = frozenset({",", ";", "।", "ও", "এবং"})


def _candidates_by_seat(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A list of candidates and their seats ("নাহিদ ইসলাম ঢাকা-১১, জাভেদ রাসিন ঢাকা-৯, … বাসুদেব
    ব্যানার্জী নোয়াখালী, …"): where two items or more are a person the tagger found and a district
    or seat, the name words of the other items before their district or seat are a person too, one
    the tagger typed an organisation (পুরুষত্তোম ক্যাটেল ঢাকা-৯) or missed (আন্দ্রে রাসেল ঢাকা-১৯)."""
    words = article.words
    items: dict[int, list[tuple[int, _Span]]] = defaultdict(list)  # sentence -> (item start, seat)
    for span in spans:
        if span.type == "LOC" and words[span.start] in _DISTRICTS and span.start > 0 \
                and (span.end >= len(words) or words[span.end] in _ITEM_CLOSERS):
            start = span.start
            while start > 0 and span.start - start < 5 and article.same_sentence(start - 1, span.start) \
                    and words[start - 1] not in _ITEM_OPENERS:
                start -= 1
            if start < span.start and (start == 0 or words[start - 1] in _ITEM_OPENERS
                                       or not article.same_sentence(start - 1, start)):
                items[article.sentence_of[span.start]].append((start, span))
    if not items:
        return spans
    covered = _covered(spans)
    out = list(spans)
    for found in items.values():
        people = sum(1 for start, seat in found if (p := covered.get(seat.start - 1)) is not None
                     and p.type == "PERSON" and p.end == seat.start and p.start >= start)
        if people < 2:
            continue
        for start, seat in found:
            while start < seat.start and (is_title(words[start]) or is_honorific(words[start]) or words[start] == "."):
                start += 1  # ইঞ্জিনিয়ার | নাবিলা তাহসিন, ডা. | …
            inside = {id(s): s for k in range(start, seat.start) if (s := covered.get(k)) is not None}
            if start == seat.start or any(s.type == "PERSON" or s.start < start or s.end > seat.start
                                          for s in inside.values()) \
                    or not all(article.lexicon.title_name_word(w) for w in words[start:seat.start]):
                continue
            out = [s for s in out if id(s) not in inside]
            out.append(_Span(start, seat.start, "PERSON", "title", RULE_CONFIDENCE["title"]))
    return sorted(out, key=lambda s: (s.start, s.end))


def _extend_joined(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A name written on into a hyphenated case ending or second part (রিয়ং-এর, হো-জিন) is one mention."""
    out = []
    words = article.words
    n = len(words)
    # the tagger's people, one word too: "হামজা চৌধুরী-সামিত সোমও" is two players when it tagged সামিত apart
    people = {s.start for s in spans if s.type == "PERSON"}
    for span in spans:
        end = span.end
        pair = span.type == "PERSON" and span.end - span.start >= 2  # রবিউল করিম-সাব্বির হোসেন: two players
        while end + 1 < n and words[end] in "-’'" and article.joined(end) and article.joined(end + 1) \
                and _is_word(words[end + 1]) and words[end + 1] not in _SPAN_BREAKERS \
                and not (pair and end + 1 in people) \
                and not (span.type == "LOC" and words[end] == "-" and words[end + 1] not in _JOINED_ENDINGS
                         and _bare_nominative(words[end + 1]) in article.lexicon.common):
            end += 2  # (but "ভারত-বিরোধিতার": a place and an ordinary word make a word, no place's name)
        start = span.start
        if span.type == "PERSON" and start >= 2 and words[start - 1] == "-" and words[start - 2] in _ARTICLE_PREFIXES \
                and article.joined(start - 1) and article.joined(start):
            start -= 2  # "আল-আমিন হোসেন": the article written on to the given name
        out.append(replace(span, start=start, end=end) if (start, end) != (span.start, span.end) else span)
    return out


# The Arabic article written before a given name with a hyphen (আল-আমিন, আল-মামুন).
_ARTICLE_PREFIXES = frozenset({"আল", "এল"})


def _acronyms(article: _Article) -> list[_Span]:
    """Latin capitals (TASS, BBC) and Bengali letter-name acronyms (বিএনপি, বিসিবি) as organisations."""
    out = []
    for i in article.at(_ACRONYM):
        kind = _acronym_kind(article.words[i])
        assert kind is not None
        out.append(_Span(i, i + 1, kind, "acronym", RULE_CONFIDENCE["acronym"]))
    return out


# "দলীয় জোট", "দলীয় ঐক্যজোট": an alliance of so many parties
_PARTIES_OF = "দলীয়"
_ALLIANCES = frozenset({"জোট", "ঐক্যজোট"})


def _numbered_alliances(article: _Article) -> list[_Span]:
    """২০ দলীয় জোট, সাত-দলীয় জোটের, চারদলীয় ঐক্যজোট, সমমনা ১২ দলীয় জোট: an alliance named by the
    number of its parties is an organisation (the alliance around a party, "বিএনপির জোট", is not)."""
    words = article.words
    out = []
    for k in range(len(words) - 1):
        if "জোট" not in words[k + 1] or _ALLIANCES.isdisjoint(case_stems(words[k + 1])) \
                or not article.same_sentence(k, k + 1):
            continue
        if _is_party_count(words[k][:-len(_PARTIES_OF)]) and words[k].endswith(_PARTIES_OF):
            start = k  # চারদলীয়
        elif words[k] == _PARTIES_OF and k > 0 and _is_party_count(words[k - 1]):
            start = k - 1  # ২০ দলীয়
        elif words[k] == _PARTIES_OF and k > 1 and words[k - 1] in _DASHES and _is_party_count(words[k - 2]):
            start = k - 2  # সাত-দলীয়, ১০–দলীয়
        else:
            continue
        if start > 0 and words[start - 1] == "সমমনা":  # "like-minded"
            start -= 1
        out.append(_Span(start, k + 2, "ORG", "head", RULE_CONFIDENCE["head"]))
    return out


def _is_party_count(word: str) -> bool:
    return word in NUMBER_WORDS or (word.isdigit() and len(word) <= 2)


def _head_words(article: _Article, spans: list[_Span]) -> list[_Span]:
    """Organisation (… মন্ত্রণালয়, … বোর্ড) and place (… স্টেডিয়াম, … স্টেশন) names ending in a head word.

    The name grows leftwards from the head (`_name_start`). A government head (মন্ত্রণালয়, পরিষদ)
    makes a name with one ordinary word before it (প্রতিরক্ষা মন্ত্রণালয়); other heads need a
    name-like word (বাংলাদেশ ক্রিকেট বোর্ড, not ফুটবল লিগ) or two words that are not ordinary
    (উয়েফা চ্যাম্পিয়ন্স লিগ). A unit owned by a named organisation (বাফুফের মিডিয়া ডিপার্টমেন্ট,
    বিএনপির স্থায়ী কমিটি) is part of it, not a new name. An administrative unit (বেড়া উপজেলা,
    … ইউনিয়ন, … গ্রাম) is a place named by the name-like words before it; a place head of the weak
    kind (নাজিয়া সালমা ভবন, শাহবাগ মোড়) needs one too. "… অব বাংলাদেশ" after an organisation's
    head continues its name (ডেভেলপমেন্ট জার্নালিস্ট ফোরাম অব বাংলাদেশ).
    """
    heads = article.at(_HEAD)
    if not heads:
        return []
    covered = _covered(spans)
    people = {w for s in spans if s.type == "PERSON" for w in article.words[s.start:s.end]}
    common = article.lexicon.common
    out = []
    for i in heads:
        word = article.words[i]
        kind = _head_kind(word)
        head = _bare_nominative(word)
        if head == _DIVISION and i > 0 and article.words[i - 1] in DIVISION_NAMES and article.same_sentence(i - 1, i):
            out.append(_Span(i - 1, i + 1, "LOC", "head", RULE_CONFIDENCE["head"]))  # রংপুর বিভাগের
            continue
        if kind == _ADMIN:
            found = _admin_place(article, i, covered)
            if found is not None:
                out.append(found)
            if head != "ইউনিয়ন":
                continue
            kind = _ORG  # ইউনিয়ন after no village name: a union (ছাত্র ইউনিয়ন)
        place = kind != _ORG
        if head == "মার্কেট" and i + 1 < len(article.words) and article.words[i + 1].startswith("শেয়ার"):
            continue  # "সিংহভাগ মার্কেট শেয়ার": the market share, no market
        if head in _RIVER_HEADS:
            # a river is named by one word (বুড়িগঙ্গা নদীতেই, মেঘনা নদীর), not a converb (২৫০ গজ পেরিয়ে নদীর)
            river = article.words[i - 1] if i > 0 and article.same_sentence(i - 1, i) else ""
            other = covered.get(i - 1)
            if _is_word(river) and not river.endswith("ে") and river not in common \
                    and (other is None or other.type != "PERSON" and (other.end - other.start == 1
                                                                       or (other.start, other.end) == (i - 1, i + 1))):
                # (the tagger may type the river's word, or the river with its head, an organisation:
                # মেঘনা, a company's name too)
                out.append(_Span(i - 1, i + 1, "LOC", "head", RULE_CONFIDENCE["head"]))
            continue
        if head == _LEAGUE:
            league = _league_by_tier(article, i)
            if league is not None:
                out.append(league)
                continue
        start, described = _name_start(article, i, covered, people, ordinary_limit=2 if kind == _PLACE_HEAD else 1,
                                       strict=kind == _WEAK_PLACE, place=place)
        end = _name_continues(article, i + 1) if not place else i + 1
        named_after = end > i + 1  # ব্যাংক অব শ্রীলঙ্কা, অলিম্পিক কাউন্সিল অব এশিয়া: "of" and a name name it
        if start == i or _is_description(article, start, i):
            if not named_after or i in covered:
                continue
            start = i - 1 if i > 0 and article.words[i - 1] in DEMONYMS and article.same_sentence(i - 1, i) \
                and i - 1 not in covered else i  # আমেরিকান কলেজ অফ কার্ডিওলজি
        elif not named_after and _generic_before_head(article, start, i, kind, described, covered):
            continue
        if head not in RULE_GOVERNMENT_HEAD_WORDS and not place and i - start <= 1 and _owned_by_organisation(article, start, covered):
            continue
        if head in _MINISTRY_LIKE_HEADS:
            start = _conjoined_subjects(article, start, covered)
        if _indefinite_before(article, start) and all(article.words[k] in common for k in range(start, i)):
            continue  # "একটি ব্যবস্থাপনা কমিটি গঠন করা হবে": "a committee", described, not named
        if head == _AUTHORITY and i - start == 1 and not _acronym_in_brackets(article, end):
            continue  # রেলওয়ে কর্তৃপক্ষ, পিএসএল কর্তৃপক্ষের: the authorities of a thing, no body's name
        out.append(_Span(start, end, "LOC" if place else "ORG", "head", RULE_CONFIDENCE["head"]))
    return out


_LEAGUE = "লিগ"


def _league_by_tier(article: _Article, head: int) -> _Span | None:
    """A league named by its tier (`LEAGUE_TIER_WORDS`) and its sport after it: "এবারের | প্রিমিয়ার
    ফুটবল লিগে", "চ্যাম্পিয়নস লিগ", "জাতীয় লিগ"; the country, confederation or people it belongs to
    opens the name when written bare before the tier (সৌদি পেশাদার লিগ, উয়েফা চ্যাম্পিয়ন্স লিগ), not
    in the genitive (যুক্তরাষ্ট্রের | মেজর লিগ). Without a tier, None: the name-like words before the
    head decide (বিগ ব্যাশ লিগ, গ্লোবাল সুপার লিগ)."""
    words = article.words
    tier = head
    while tier > 0 and head - tier < 4 and words[tier - 1] in LEAGUE_KIND_WORDS and article.same_sentence(tier - 1, head):
        tier -= 1
    start = tier
    while start > 0 and words[start - 1] in LEAGUE_TIER_WORDS and article.same_sentence(start - 1, head):
        start -= 1
    if start == tier or words[tier] == "-":
        return None
    if start > 0 and article.same_sentence(start - 1, head) and _league_owner(article, words[start - 1]):
        start -= 1
    return _Span(start, head + 1, "ORG", "head", RULE_CONFIDENCE["head"])


def _league_owner(article: _Article, word: str) -> bool:
    """সৌদি, আফ্রিকান, বাংলাদেশ, উয়েফা: a people, a place or an organisation, bare, before a league's tier."""
    return word in DEMONYMS or _known_place(article, word, bare=True) or _known_org_name(article, (word,)) \
        or _acronym_kind(word) == "ORG"


def _league_kind(article: _Article, start: int, head: int) -> bool:
    """Do the words before the league at `head` only say its sport or kind ("টি-টোয়েন্টি লিগ",
    "ফ্র্যাঞ্চাইজি টি-টোয়েন্টি লিগ"): a kind of league, no league's name?"""
    return _bare_nominative(article.words[head]) == _LEAGUE and start < head \
        and all(w in LEAGUE_KIND_WORDS for w in article.words[start:head])


# "কর্তৃপক্ষ" (authority) after a single word is the authorities in charge of it ("জানিয়েছে রেলওয়ে
# কর্তৃপক্ষ", "বন্দর কর্তৃপক্ষ", "পিএসএল কর্তৃপক্ষের বিরুদ্ধে"), which the opened annotations never keep;
# a named authority has more words (বাংলাদেশ বিনিয়োগ উন্নয়ন কর্তৃপক্ষ, রাজধানী উন্নয়ন কর্তৃপক্ষ) or
# its acronym in brackets after it.
_AUTHORITY = "কর্তৃপক্ষ"


# Indefinite determiners ("a", "any"): a name takes none, so what follows one is described, not named.
_INDEFINITES = frozenset({"একটি", "একটা", "কোনো", "কোন"})


def _indefinite_before(article: _Article, k: int) -> bool:
    """Token k comes right after একটি/একটা/কোনো in its sentence."""
    return k > 0 and article.words[k - 1] in _INDEFINITES and article.same_sentence(k - 1, k)


def _acronym_in_brackets(article: _Article, k: int) -> bool:
    """Token k opens brackets around an acronym: "… কর্তৃপক্ষ (বিআইডব্লিউটিএ)"."""
    return _alone_in_brackets(article, k + 1) and _acronym_stem(article.words[k + 1]) is not None


def _generic_before_head(article: _Article, start: int, i: int, kind: str | None, described: bool,
                         covered: Mapping[int, _Span]) -> bool:
    """Are the words before head i (from start) no name: গুরুত্বপূর্ণ বন্দর, সরকারি ভবন (places);
    ফুটবল লিগ, ক্রীড়া ফেডারেশন (organisations)? A government head needs none (প্রতিরক্ষা মন্ত্রণালয়),
    nor a club's suffix (পুলিশ এফসি)."""
    words = article.words
    common = article.lexicon.common
    head = _bare_nominative(words[i])
    named = [k for k in range(start, i) if _name_like(article, words[k]) or (k in covered and not described)]
    uncommon = [k for k in range(start, i) if words[k] not in common]
    if _league_kind(article, start, i):
        return True
    if kind != _ORG:
        return not named and (kind == _WEAK_PLACE or not uncommon)
    opening = words[start] in ORG_LEADING_WORDS and i - start >= 2
    return not named and head not in RULE_GOVERNMENT_HEAD_WORDS and head not in CLUB_SUFFIX_HEAD_WORDS \
        and not opening and len(uncommon) < 2 \
        and not (head in BRAND_HEAD_WORDS and i - start == 1 and uncommon and _brand(article, words[start]))


# Heads whose names list the subjects they deal with (নাবিক ও প্রবাসী শ্রমিক কল্যাণ পরিদপ্তর). Not
# মন্ত্রণালয়: "স্বরাষ্ট্র ও পররাষ্ট্র মন্ত্রণালয়" is two ministries as often as one; Bangladesh's own
# ministries of several subjects are in the gazetteer (`BANGLADESH_MINISTRIES`).
_MINISTRY_LIKE_HEADS = frozenset({"অধিদপ্তর", "অধিদফতর", "পরিদপ্তর", "পরিদফতর"})
_SUBJECT_JOINERS = frozenset({"ও", ","})


def _conjoined_subjects(article: _Article, start: int, covered: Mapping[int, _Span]) -> int:
    """Where a directorate's name starts once the subjects joined before it count: "নাবিক ও প্রবাসী |
    শ্রমিক কল্যাণ পরিদপ্তর", "স্বাস্থ্য, পুষ্টি ও | জনসংখ্যা অধিদপ্তর". Over "ও" (and the commas of a
    longer list before it), one bare word a subject each, in the same sentence; not over
    another organisation (নির্বাচন কমিশন ও | … অধিদপ্তর) or a person, or a word in a case form."""
    words = article.words
    if start >= 3 and words[start - 2] == "ও" and start - 1 not in covered and _subject_word(article, words[start - 1]) \
            and article.same_sentence(start - 3, start):
        start -= 1  # "ও প্রবাসী | শ্রমিক কল্যাণ পরিদপ্তর": the subject right before the name is two words
    joined_by_and = False
    while start >= 2 and words[start - 1] in _SUBJECT_JOINERS and article.same_sentence(start - 2, start):
        if words[start - 1] == "," and not joined_by_and:
            break  # "…, | আইন মন্ত্রণালয়": a list of organisations, not of subjects
        k = start - 1
        taken = 0
        while k > 0 and taken < 1 and article.same_sentence(k - 1, start) and k - 1 not in covered \
                and _subject_word(article, words[k - 1]):
            k -= 1
            taken += 1
        if not taken:
            break
        joined_by_and = joined_by_and or words[start - 1] == "ও"
        start = k
    return start


def _subject_word(article: _Article, word: str) -> bool:
    """A word of the subject a ministry deals with: a bare name part that is no head word."""
    return word not in _SUBJECT_JOINERS and _name_part(article, word) and not article.inflected(word) \
        and _head_kind(word) is None


def _brand(article: _Article, word: str) -> bool:
    """এভারকেয়ার (হাসপাতাল): a word that can be a brand name, not an adverb or adjective the
    vocabulary lacks among its common words (ফের, ইতোমধ্যে, লাইসেন্সপ্রাপ্ত)."""
    return len(word) >= 4 and _uncommon_noun(article, word) and not word.endswith(_NOT_BRAND_ENDINGS)


# Endings of adverbs and adjectives (ইতোমধ্যে, লাইসেন্সপ্রাপ্ত, নিকটস্থ) and locatives.
_NOT_BRAND_ENDINGS = ("ে", "প্রাপ্ত", "স্থ", "কৃত", "যুক্ত", "মুক্ত")


def _name_continues(article: _Article, after: int) -> int:
    """The end of an organisation's name that goes on after its head with "অব"/"অফ" and a name:
    ফোরাম অব বাংলাদেশ, ইউনিভার্সিটি অব ঢাকা. Returns `after` when it does not go on."""
    words = article.words
    if after + 1 >= len(words) or words[after] not in ("অব", "অফ") or not article.same_sentence(after - 1, after + 1):
        return after
    end = after + 1
    while end < len(words) and end - after <= 4 and article.same_sentence(after, end) and _is_word(words[end]) \
            and words[end] not in _ENGLISH_LINKS \
            and (words[end] not in article.lexicon.common or article.lexicon.known_name(words[end])):
        end += 1
        if article.inflected(words[end - 1]) or _genitive(words[end - 1]) or words[end - 1].endswith("ির"):
            break  # ফোরাম অব বাংলাদেশের | (ডিজেএফবি); কলেজ অফ কার্ডিওলজির | ফ্ল্যাগশিপ জার্নাল
    while end > after + 1 and words[end - 1] in _ENGLISH_INNER_LINKS:
        end -= 1
    return end if end > after + 1 else after


# English function words written in Bengali inside organisation names: a name goes on over
# "অ্যান্ড" (রিসার্চ অ্যান্ড স্টাডিজ) but not over "ফর"/"অব" a second time.
_ENGLISH_LINKS = frozenset({"ফর", "অব", "অফ", "টু", "ইন", "অন", "দ্য", "দি"})
_ENGLISH_INNER_LINKS = frozenset({"অ্যান্ড", "এন্ড"})


def _demonym_like(word: str) -> bool:
    """রাশিয়ান, ইউরোপিয়, ইউরোপীয়: a demonym, listed or by its adjectival ending."""
    return word in DEMONYMS or word.endswith(("ীয়", "িয়", "িয়ান", "য়ান"))


def _in_admin_context(article: _Article, start: int, head: int) -> bool:
    """A union of local government: after its upazila or district in the genitive (উপজেলার গাবুরা
    ইউনিয়ন, পাবনার …) or before its council (… ইউনিয়ন পরিষদ)."""
    words = article.words
    if start > 0 and article.same_sentence(start - 1, head):
        before = _bare_nominative(words[start - 1])
        if before != words[start - 1] and (before in ADMIN_HEAD_WORDS or before == "জেলা" or before in PLACE_NAMES):
            return True
    return head + 1 < len(words) and _bare_nominative(words[head + 1]) == "পরিষদ"


def _uncommon_noun(article: _Article, word: str) -> bool:
    """A word the annotated data does not show as ordinary and that does not end like an adjective
    (প্রত্যন্ত, সীমান্তবর্তী, আঞ্চলিক): the village and union names of one article's story."""
    return word not in article.lexicon.common and not word.endswith(("বর্তী", "ীয়", "িক", "তম", "ন্ত"))


def _admin_place(article: _Article, head: int, covered: Mapping[int, _Span]) -> _Span | None:
    """বেড়া উপজেলা, হাটুরিয়া-নাকালিয়া ইউনিয়ন, নতুন পেঁচাকোলা গ্রাম: an administrative unit named by
    the name-like words right before its unit word (a hyphenated pair is one word). A country or
    district before the unit word makes it no such place (বাংলাদেশ ছাত্র ইউনিয়ন, ঢাকা জেলা)."""
    words = article.words
    start = head
    while start > 0 and head - start < 4 and article.same_sentence(start - 1, head):
        k = start - 1
        word = words[k]
        if word == "-" and k > 0 and article.joined(k) and article.joined(k + 1) and start < head:
            start = k  # হাটুরিয়া-নাকালিয়া
            continue
        if not _could_be_name_part(word) or article.inflected(word) or word in PLACE_NAMES or _demonym_like(word) \
                or _never_alone(word) or not (_name_like(article, word) or _uncommon_noun(article, word)):
            break
        if head - start == 1 and _ends_before_known_place(article, word, words[start]):
            break  # "আবু তালেব | পাটগ্রাম উপজেলা": a known upazila is the whole name
        start = k
    if start < head and words[start] == "-":
        start += 1
    if start == head:
        return None
    if start > 0 and words[start - 1] in PLACE_OPENING_WORDS and article.same_sentence(start - 1, head):
        start -= 1  # নতুন পেঁচাকোলা গ্রাম
    if any(covered.get(k) is not None and covered[k].type == "PERSON" and article.inflected(words[k])
           for k in range(start, head)):
        return None  # a person's village: "… রহমানের গ্রাম" is no name (but "নাইখাইন গ্রামের" is one)
    if _bare_nominative(words[head]) == "ইউনিয়ন" and not _in_admin_context(article, start, head) \
            and (head - start > 1 or _ordinary_union_word(article, words[start])):
        return None  # ইউরোপিয়ান ব্রডকাস্টিং ইউনিয়ন, ছাত্র ইউনিয়ন, শ্রমিক ইউনিয়ন: an organisation
    return _Span(start, head + 1, "LOC", "head", RULE_CONFIDENCE["head"])


def _ordinary_union_word(article: _Article, word: str) -> bool:
    """ছাত্র, শ্রমিক, সাংবাদিক before ইউনিয়ন: a word the spelling dictionary knows and no Bangladesh
    union, upazila or district is called, so "… ইউনিয়ন" is a union of students, workers or
    journalists, not of local government (গাবুরা ইউনিয়ন, মথুরাপুর ইউনিয়ন are in the register)."""
    lexicon = article.lexicon
    return not lexicon.bd_place(word) and any(f in lexicon.dictionary for f in (word, *case_stems(word)))


def _ends_before_known_place(article: _Article, word: str, place: str) -> bool:
    """Is `word` no part of the name of the upazila or union `place` after it, though name-like? A
    person's name word (আবু তালেব | পাটগ্রাম উপজেলা) or the head of another place (কড়ইতলী
    স্থলবন্দর | হালুয়াঘাট উপজেলা) ends there; a village prefix does not (চক বাহাদুরপুর গ্রাম)."""
    lexicon = article.lexicon
    if not lexicon.bd_place(place) or lexicon.bd_place(word) or word in PLACE_OPENING_WORDS:
        return False
    return word in lexicon.name_words or lexicon.person_word(word) or _bare_nominative(word) in LOC_HEAD_WORDS


def _name_like(article: _Article, word: str) -> bool:
    """A word that looks like (part of) a name: a known name, place or acronym, a word whose
    corpus cluster is mostly names, or a word the news corpus has not seen."""
    lexicon = article.lexicon
    return lexicon.known_name(word) or word in lexicon.name_words or word not in lexicon.vocabulary


def _owned_by_organisation(article: _Article, start: int, covered: Mapping[int, _Span]) -> bool:
    """Is the word before `start` an organisation in the genitive (বাফুফের, বিএনপির)?"""
    k = start - 1
    if k < 0 or not article.same_sentence(k, start):
        return False
    word = article.words[k]
    if not article.inflected(word):
        return False
    span = covered.get(k)
    return (span is not None and span.type == "ORG") or _acronym_stem(word) is not None


# Schools by their type: "… বালিকা উচ্চ বিদ্যালয়", "… সরকারি প্রাথমিক বিদ্যালয়", "… দাখিল মাদ্রাসা".
_SCHOOL_HEADS = frozenset({"বিদ্যালয়", "উচ্চবিদ্যালয়", "মহাবিদ্যালয়", "কলেজ", "মাদ্রাসা", "মাদরাসা", "স্কুল"})
_SCHOOL_TYPES = frozenset({"উচ্চ", "মাধ্যমিক", "প্রাথমিক", "নিম্ন", "বালিকা", "বালক", "সরকারি", "বেসরকারি",
                           "মডেল", "দাখিল", "আলিম", "ফাজিল", "কামিল", "ডিগ্রি", "মহিলা", "পাইলট"})

# What a trust or a foundation named after someone is, between the name and the head.
_NAMED_AFTER_MODIFIERS = frozenset({"অরফানেজ", "অরফ্যানেজ", "চ্যারিটেবল", "মেমোরিয়াল", "এডুকেশনাল", "স্মৃতি"})

# Heads of what is named after a person (আবুল খায়ের গ্রুপ, মানিক মিয়া অ্যাভিনিউ, … ফাউন্ডেশন);
# not the institutions of state a title-holder leads (… নাসির উদ্দিন | সংসদ নির্বাচন).
_NAMED_AFTER_HEADS = frozenset({
    "ফাউন্ডেশন", "ট্রাস্ট", "গ্রুপ", "অ্যাভিনিউ", "এভিনিউ", "সড়ক", "রোড", "হল", "মিলনায়তন", "কলেজ",
    "বিশ্ববিদ্যালয়", "হাসপাতাল", "স্টেডিয়াম", "উদ্যান", "চত্বর", "সেতু", "স্কুল", "বিদ্যালয়", "উচ্চবিদ্যালয়",
    "মহাবিদ্যালয়", "মাদ্রাসা", "মাদরাসা",
    "ভবন", "পাঠাগার", "গ্রন্থাগার", "জাদুঘর", "পার্ক", "মোড়", "টাওয়ার", "একাডেমি", "ইনস্টিটিউট",
})


def _name_start(article: _Article, head: int, covered: Mapping[int, _Span], people: Collection[str] = (),
                *, ordinary_limit: int = 1, strict: bool = False, place: bool = False) -> tuple[int, bool]:
    """Where a name ending in the head word at `head` starts (== head when it has no modifier), and
    whether a demonym cut it (মার্কিন | ক্রিকেট বোর্ড: a description, not a name).

    Leftwards from the head: the model's name right before it (cut after a genitive, a demonym or a
    describing word inside it), else at most one ordinary word; then name-like words only (a word
    the model tagged, a known name or place, a word that is not ordinary vocabulary), or one opening
    adjective (জাতীয়); a hyphenated word counts as one. Punctuation, stop words, describing words,
    words in a case form and a person before an ordinary word stop it; after a place only name-like
    words go on (জাহাজ | চট্টগ্রাম বন্দর), and with `strict` only name-like words count at all. A
    `place`'s name that a place opens does not take in an organisation before it either (ইনকিলাব মঞ্চ
    | শাহবাগ মোড় বন্ধ করে দেয়: the body closed the square).
    """
    common = article.lexicon.common
    words = article.words
    start = head
    ordinary = 0
    after_place = False
    described = False
    before = covered.get(head - 1)
    if before is not None and before.rule == "model" and before.type != "PERSON" \
            and article.same_sentence(before.start, head):
        start = before.start
        last = head - 1 if before.end > head else head  # a genitive right before the head ends the name too
        for k in range(before.start, head):
            word = words[k]
            if word in DEMONYMS and k > before.start:
                start, described = k + 1, True
            elif (k < last and article.inflected(word)) or _describes(word) \
                    or not (_is_word(word) or _hyphen_inside(article, k)):
                start = k + 1  # বাফুফের | মিডিয়া ডিপার্টমেন্ট, মেসি ফরাসি | ক্লাব
        if start > before.start:
            _shorten(article, before, start)
        ordinary = 1
    typed = head  # where the name proper ends: before a school's type (বালিকা উচ্চ বিদ্যালয়)
    if _bare_nominative(words[head]) in _SCHOOL_HEADS and all(w in _SCHOOL_TYPES for w in words[start:head]):
        while start > 0 and head - start < 3 and words[start - 1] in _SCHOOL_TYPES \
                and article.same_sentence(start - 1, head):
            start -= 1  # "দাগনভূঞা | বালিকা উচ্চ বিদ্যালয়": the school's type is part of its head
        typed = start
    while start > 0 and article.same_sentence(start - 1, head) and head - start < 6:
        k = start - 1
        word = words[k]
        if _hyphen_inside(article, k) and start < head:
            start = k  # চট্টগ্রাম-কাপ্তাই সড়ক, হাই-টেক
            continue
        if word in DEMONYMS:
            # কানাডিয়ান হিউম্যান রাইটস … অর্গানাইজেশন, but not মেসি | ফরাসি ক্লাব
            if sum(w not in common for w in words[start:head]) >= 2:
                start = k
            else:
                described = True
            break
        if not _name_part(article, word) or word in _LEADING_CATEGORIES or _counts_people(article, k):
            break  # … খাতের কোম্পানি | গ্রামীণফোন লিমিটেডের: the category before the name
        span = covered.get(k)
        if place and words[start] in PLACE_NAMES and span is not None and span.type == "ORG" and span.end == start:
            break
        if start == typed < head and span is not None and span.type == "PERSON" and span.end == start:
            start = span.start  # "খালেদা জিয়া | বালিকা উচ্চ বিদ্যালয়": a school named after the whole person,
            if start > 0 and is_honorific(words[start - 1]) and article.same_sentence(start - 1, head):
                start -= 1  # with the honorific it bears in the school's name (বেগম খালেদা জিয়া মহিলা কলেজ)
            break
        if start == typed and span is not None and span.type == "PERSON" and span.end == head \
                and span.end - span.start >= 2 and _bare_nominative(words[head]) not in _NAMED_AFTER_HEADS:
            break  # "জিয়াউর রহমান | সেনাবাহিনীতে কর্মরত": a whole person before a head names nothing
        if start != typed and ((span is not None and span.type == "PERSON") or word in people):
            if span is not None and span.type == "PERSON" and span.end == head and start == head - 1 \
                    and span.end - span.start >= 2 and _bare_nominative(words[head]) in _NAMED_AFTER_HEADS:
                start = span.start  # "আফিয়া যয়নাব | ফাউন্ডেশন": named after the whole person,
                if start > 0 and is_honorific(words[start - 1]) and article.same_sentence(start - 1, head):
                    start -= 1  # with the honorific the name bears (বেগম খালেদা জিয়া মহাবিদ্যালয়)
            elif start < head and all(w in _NAMED_AFTER_MODIFIERS for w in words[start:head]):
                start = span.start if span is not None and span.type == "PERSON" else k
                # "জিয়া অরফানেজ ট্রাস্ট", "সিরাজ স্মৃতি সংসদ": named after the person, whatever the
                # head (a club's সংসদ or সংঘ too), since the modifier says so
            break  # কিম | অর্থনৈতিক ফোরামে; but জিয়া উদ্যান is named after a person
        if strict and start < head and _acronym_kind(word) == "ORG":
            break  # টিএসসি | রাজু ভাস্কর্যের: the body whose grounds hold the landmark, not its name
        if (after_place or (strict and start != head - ordinary)) and span is None and not _name_like(article, word):
            break  # জাহাজ | চট্টগ্রাম বন্দর: a place opens the name
        if word in PLACE_NAMES:
            after_place = True
        if span is not None or article.lexicon.known_name(word) or (word not in common and not strict) \
                or (strict and _name_like(article, word)):
            pass
        elif ordinary < ordinary_limit and start == head - ordinary \
                and not any(f in common for f in case_stems(word)[1:]):
            ordinary += 1  # সংসদ ভবন প্লাজা: a place may take two ordinary words
        elif word in ORG_LEADING_WORDS:
            start = k
            break
        else:
            break
        start = k
    if start < head and words[start] == "-":
        start += 1
    if typed < head and start == typed:
        start = head  # "সরকারি প্রাথমিক বিদ্যালয়": a type of school, no school's name
    return start, described


def _counts_people(article: _Article, k: int) -> bool:
    """জন in "১২৭ জন সংসদ সদস্য" (127 members of parliament): after a number, the classifier that
    counts people, no word of a name (Rifat test split: "জন সংসদ" made an organisation twice)."""
    words = article.words
    return words[k] == _PEOPLE_CLASSIFIER and k > 0 and article.same_sentence(k - 1, k) \
        and (words[k - 1][0].isdigit() or words[k - 1] in NUMBER_WORDS)


_PEOPLE_CLASSIFIER = "জন"


def _hyphen_inside(article: _Article, k: int) -> bool:
    """Is token k a hyphen inside a word (হাই-টেক, চট্টগ্রাম-কাপ্তাই), touching words on both sides?"""
    return article.words[k] == "-" and 0 < k < len(article.words) - 1 and article.joined(k) \
        and article.joined(k + 1) and _is_word(article.words[k - 1]) and _is_word(article.words[k + 1])


def _shorten(article: _Article, span: _Span, end: int) -> None:
    """The model's name before a head word ends before `end` (শাহবাগ মোড়ে | শহীদ হাদি চত্বরে). One word
    left is typed by what it is (a place, an acronym, a known name) or dropped: the model typed it
    by the head word it ran into (মেসি | ফরাসি ক্লাব)."""
    words = article.words
    end = min(span.end, end)
    while end > span.start and (words[end - 1] in DEMONYMS or not _could_be_name_part(words[end - 1])):
        end -= 1
    span.end = end
    if end - span.start == 1:
        word = words[span.start]
        if _place_nominative(word) in PLACE_NAMES:
            span.type = "LOC"
        elif _acronym_kind(word) is not None:
            span.type = "ORG"
        elif article.lexicon.person_word(word):
            span.type = "PERSON"
        else:
            span.end = span.start  # a word the model typed only by the head it ran into: no name


def _teams(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A city followed by an English plural is a team or club: সিলেট টাইটান্স, রংপুর রাইডার্সের."""
    covered = _covered(spans)
    words = article.words
    places = list(article.at(_PLACE))
    places += [s.start for s in spans if s.type == "LOC" and s.end - s.start == 1 and words[s.start] not in PLACE_NAMES]
    out = []
    for i in sorted(set(places)):
        if i + 1 >= len(words):
            continue
        span = covered.get(i)
        place = words[i] in PLACE_NAMES or (span is not None and span.type == "LOC" and span.start == span.end - 1 == i)
        if place and _team_after_place(article, i):
            out.append(_Span(i, i + 2, "ORG", "head", RULE_CONFIDENCE["head"]))
    return out


def _team_after_place(article: _Article, i: int) -> bool:
    """The place at i and the English plural after it make a team's name (সিলেট টাইটান্স); not a
    place in the genitive ("সুইডেনের হোফোরস এলাকায়": a place in the country) nor an ordinary word."""
    words = article.words
    if i + 1 >= len(words) or not article.same_sentence(i, i + 1) or words[i + 1] in article.lexicon.common \
            or _genitive(words[i]):
        return False
    team = _bare_nominative(words[i + 1])
    return len(team) >= 4 and team.endswith("স") and team not in article.lexicon.common and team not in PLACE_NAMES \
        and _is_word(team) and not team.isascii()


def _is_description(article: _Article, start: int, head: int) -> bool:
    """রাশিয়ান সংবাদ সংস্থা, TASS বার্তা সংস্থা: a generic descriptor names no organisation."""
    words = tuple(article.words[start:head]) + (_bare_nominative(article.words[head]),)
    if all(w in DEMONYMS for w in words[:-1]):
        return True
    return any(words[-len(d):] == d for d in ORG_DESCRIPTORS)


def _name_part(article: _Article, word: str) -> bool:
    """Can this word sit inside a multi-word name (before its head word)? Not punctuation, a number,
    a stop word, a title or a generic noun, and not in a case form (আসনে, কোরিয়ার)."""
    if not _could_be_name_part(word) or article.lexicon.past_verb(word) or _noun_with_classifier(article, word):
        return False
    return not article.inflected(word) or word in PLACE_NAMES


def _noun_with_classifier(article: _Article, word: str) -> bool:
    """গাছটি, ভবনটা: a common noun with the classifier -টি/-টা is "the tree", "the building", no word
    of a name ("গাছটি | সড়কের ওপর পড়লে"; Rifat test split). A stem of three letters at least: মাটি,
    বাটা are words of their own."""
    stem = word[:-2]
    return word.endswith(_CLASSIFIERS) and len(stem) >= _CLASSIFIED_STEM and stem in article.lexicon.vocabulary \
        and not article.lexicon.person_word(word)


_CLASSIFIED_STEM = 3


@lru_cache(maxsize=_WORD_CACHE)
def _could_be_name_part(word: str) -> bool:
    if not _is_word(word) or word in NAME_STOP_WORDS or is_title(word) or _describes(word):
        return False
    if word[0].isdigit() or (len(word) > 4 and word.endswith(_FINITE_VERB_ENDINGS)):
        return False  # … কিছু জানায়নি | কর্তৃপক্ষ, … বোনমাতি জেতেন | নারী বিভাগের: a verb, not a name
    if word in _WEEKDAYS:
        return False  # "… হাজির হন সোমবার | সিলেট বিমানবন্দরে": the day, not the name
    return not any(f in _EDGE_GENERIC for f in case_stems(word))


def _covered(spans: Iterable[_Span]) -> dict[int, _Span]:
    out: dict[int, _Span] = {}
    for span in spans:
        for i in range(span.start, span.end):
            out[i] = span
    return out


def _titles(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A name right after a title or role is a person: প্রেসিডেন্ট ভ্লাদিমির পুতিন, মুখপাত্র দিমিত্রি পেসকভ.

    A span the model typed ORG/LOC becomes PERSON unless it is a known place; where the model found
    nothing, the following words that are known given names or surnames make the name.
    """
    titles = article.at(_TITLE)
    if _MARTYR in article.attested:
        titles = sorted(titles + article.positions((_MARTYR,)))
    if not _NAME_OPENING_HONORIFICS.isdisjoint(article.attested):
        # a style after a title or another style is read with that one
        styled = [i for i in article.positions(_NAME_OPENING_HONORIFICS)
                  if i == 0 or not (is_honorific(article.words[i - 1]) or is_title(article.words[i - 1])
                                    or _may_end_a_name_before(article, i, spans))]
        titles = sorted(set(titles + styled))
    if article.at(_NAME_LIKE_TITLE):
        titles = sorted(titles + [i for i in article.at(_NAME_LIKE_TITLE) if _office_of(article, i)])
    if not titles:
        return spans
    starts = {s.start: s for s in spans}
    covered = _covered(spans)
    out = list(spans)
    words = article.words
    n = len(words)
    lexicon = article.lexicon
    for i in titles:
        j = _past_bracketed_post(article, i + 1)
        after_title = j
        while j < n and is_honorific(words[j]) and article.same_sentence(i, j):
            j += 1
        # উপদেষ্টা প্রফেসর ইউনূস: an honorific after the title announces a name
        honorific_before = j > after_title
        if j < n and words[j] == "." and article.same_sentence(i, j):
            j += 1  # the full stop of ড.
        initials = j
        while initials < n and initials - j < 4 and article.same_sentence(i, initials) \
                and (words[initials] in _LETTER_NAMES or words[initials] == ".") \
                and not (words[initials] in _CONJUNCTION_LETTERS and initials + 1 < n
                         and words[initials + 1] not in _LETTER_NAMES and words[initials + 1] != "."):
            initials += 1  # (not "প্রধানমন্ত্রী ও বেনজির ভুট্টো": ও there is "and")
        if initials > j and initials in starts and starts[initials].type == "PERSON":
            starts[initials].start = j  # সভাপতি এ মতিন চৌধুরী: the initial belongs to the name
            starts[j] = starts.pop(initials)
            covered = _covered(out)
        span = starts.get(j)
        if span is not None:
            if span.type != "PERSON" and span.rule == "model" and not _is_place(article, span) \
                    and not _known_organisation(article, span) and not _ordinary_words(article, span) \
                    and not _local_government_unit(article, span):
                span.type = "PERSON"
                span.rule = "title"
                span.confidence = RULE_CONFIDENCE["title"]
            if span.type == "PERSON" and _unknown_genitive_after(article, span, covered):
                covered[span.end] = span
                span.end += 1  # নেতা শিব প্রসাদ | ব্যানার্জীর হত্যাকারীদের: the surname in the genitive
            continue
        if j in covered or j >= n or not article.same_sentence(i, j):
            continue
        end = _title_name_end(article, j, covered)
        after = covered.get(end)
        if end > j and after is not None and after.start == end and after.type == "PERSON" \
                and all(_opens_the_taggers_name(article, w) for w in words[j:end]):
            after.start = j  # ব্যবসায়িক সহযোগী সাঈদ | করিম মুগ্ধ: the tagger's name opens after the title's
            covered.update(dict.fromkeys(range(j, end), after))
            continue
        if end - j == 1 and not honorific_before and not lexicon.person_word(words[j]) \
                and article.nominative(words[j]) in lexicon.vocabulary and not _lone_name_word(article, j, spans):
            continue  # সদস্য পদত্যাগ: one ordinary word of the news vocabulary, not a name
        if end > j:
            out.append(_Span(j, end, "PERSON", "title", RULE_CONFIDENCE["title"]))
    return out


def _local_government_unit(article: _Article, span: _Span) -> bool:
    """Does the span hold a word of local government (মহানগর, জেলা, উপজেলা, পৌর)? No one's name does:
    "প্রার্থী | ঢাকা মহানগর উত্তরের জয়েন্ট সেক্রেটারি" names the party's city unit the candidate
    serves, which the tagger found, not a person after the title."""
    return any(_bare_nominative(w) in GENERIC_ADMIN_WORDS for w in article.words[span.start:span.end])


def _ordinary_words(article: _Article, span: _Span) -> bool:
    """Is every word of the span an ordinary word and none a given name or surname? "চেয়ারপার্সন
    | তত্ত্বাবধায়ক সরকারের": the tagger's organisation after a title is no person then."""
    lexicon = article.lexicon
    return all(w in lexicon.common and not lexicon.person_word(w) for w in article.words[span.start:span.end])


def _title_name_end(article: _Article, j: int, covered: Mapping[int, _Span]) -> int:
    """Where the name after a title, opening at token j, ends: over the words that can be a name's
    (`_Lexicon.title_name_word`), up to five, not into another name, through the first word with a
    case ending (প্রেসিডেন্ট ভ্লাদিমির পুতিনের | সাথে)."""
    words = article.words
    n = len(words)
    lexicon = article.lexicon
    end = j
    while end < n and article.same_sentence(j, end) and end - j < 5 and end not in covered:
        word = words[end]
        if _bare_nominative(word) in GENERIC_ADMIN_WORDS:
            # no one's name holds মহানগর, জেলা or উপজেলা (`_local_government_unit`): a place before
            # the word is the unit's, not a name after the title
            return j if all(_known_place(article, w) for w in words[j:end]) else end
        if word == "-" and end > j and end + 1 < n and article.joined(end) \
                and article.joined(end + 1) and lexicon.title_name_word(words[end + 1]):
            end += 1  # হো-জিন: a hyphenated part of the name
            continue
        if not lexicon.title_name_word(word) or (end > j and _not_a_last_name(article, end)) \
                or (end > j and _opens_known_name(article, end, end + 2)):
            if end > j and _surname_after_middle(article, end):
                end += 1  # ওসি নিতাই চন্দ্র সরকার
            break
        end += 1
        if article.inflected(word) and not _ur_before_surname(article, end - 1):
            break  # a case ending closes the name
    return end


def _ur_before_surname(article: _Article, k: int) -> bool:
    """মফিজুর | রহমানও: a word in -ুর before a surname is the first part of an "-ur Rahman" name
    (মিজানুর, হাবিবুর, আতিকুর), not a name in the genitive."""
    words = article.words
    return words[k].endswith("ুর") and k + 1 < len(words) and article.same_sentence(k, k + 1) \
        and article.lexicon.person_word(words[k + 1]) and article.nominative(words[k + 1]) in article.lexicon.surnames


def _opens_the_taggers_name(article: _Article, word: str) -> bool:
    """Can this word between a title and the tagger's person open that person's name (সহযোগী সাঈদ |
    করিম মুগ্ধ)? Not with a case ending, not an epithet (আল্লামা) and not in -ে, the ending of a
    locative or of a Persian epithet's link (কায়েদে আজম, "the great leader": a name of its own)."""
    return not article.inflected(word) and word not in _AWARD_WORDS and not word.endswith("ে")


def _unknown_genitive_after(article: _Article, span: _Span, covered: Mapping[int, _Span]) -> bool:
    """Is the word right after the tagger's name, which a title opens, a surname in the genitive the
    tagger did not know (শিব প্রসাদ | ব্যানার্জীর, আমেনা | মহসীনের)? A free word in -র of the same
    sentence that the news vocabulary lacks in this form, whose nominative is no ordinary word, title,
    place or acronym, and that the article writes only after the same word; the name before it has no
    case ending of its own."""
    words = article.words
    k = span.end
    if k >= len(words) or k in covered or not article.same_sentence(k - 1, k) or article.inflected(words[k - 1]):
        return False
    word = words[k]
    lexicon = article.lexicon
    if not (_is_word(word) and word.endswith("র") and word not in lexicon.vocabulary and article.inflected(word)
            and article.nominative(word) not in lexicon.common and not is_title(article.nominative(word))
            and _acronym_stem(word) is None and not _known_place(article, word) and not word.isascii()):
        return False
    # a name the article uses without this one before it is a person of its own: "সভানেত্রী শেখ হাসিনা |
    # এরশাদের অধীনে" beside "এরশাদ সংসদ ভেঙে দেন"
    stem = article.nominative(word)
    forms = [w for w in article.attested if w.startswith(stem) and article.nominative(w) == stem]
    return all(words[at - 1] == words[k - 1] for at in article.positions(forms) if at > 0)


def _past_bracketed_post(article: _Article, j: int) -> int:
    """Where a title's name opens, from token j right after the title: past the post's acronym or
    "retired" in brackets ("সহকারী পুলিশ কমিশনার (এসি) লিয়াকত আলি খান", "লেফটেন্যান্ট জেনারেল (অব.)
    শুভাগত হোম চৌধুরি"), inside brackets that hold a name of two words or more, else at j."""
    words = article.words
    n = len(words)
    if j >= n or words[j] != "(":
        return j
    close = next((k for k in range(j + 1, min(j + 5, n)) if words[k] == ")"), None)
    if close is None or close + 1 >= n or not article.same_sentence(j, close + 1):
        return j
    inner = [w for w in words[j + 1:close] if w != "."]
    if inner == [_RETIRED] or (len(inner) == 1 and inner[0] in ACRONYM_TITLES):
        return close + 1
    if close - j > 2 and all(_is_word(w) and article.lexicon.title_name_word(w) for w in words[j + 1:close]):
        return j + 1  # "আহ্বায়ক (সঞ্জয় চিসিম) মহোদয়": the holder's full name in brackets
    return j


# অব. ("retired") in brackets after a military or police rank: লেফটেন্যান্ট জেনারেল (অব.).
_RETIRED = "অব"


def _lone_name_word(article: _Article, k: int, spans: Sequence[_Span]) -> bool:
    """A word the lexicon knows from names, standing alone after a title (প্রেসিডেন্ট ট্রাম্প
    স্পষ্টভাবে বলেছেন, বিচারপতি সাত্তার অসুস্থ): not an adverb (স্বতন্ত্রভাবে) and not the first word of
    a longer name, one the article names elsewhere (রাষ্ট্রপতি | বর্ডার গার্ড বাংলাদেশ পদক)."""
    words, names = article.words, article.lexicon.name_words
    word = article.nominative(words[k])
    following = article.nominative(words[k + 1]) if k + 1 < len(words) else ""
    opens_a_name = any(s.end - s.start > 1 and words[s.start] == words[k] and words[s.start + 1] == words[k + 1]
                       for s in spans if s.start != k)
    return word in names and not word.endswith("ভাবে") and following not in names and not opens_a_name


def _foreign_given_names(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A foreign given name and the name words after it are a person the tagger did not learn:
    "পিটার সিডল ও জ্যাক এডওয়ার্ডের সাথে", "নিক হবসনের ২৯ রানের" (`FOREIGN_GIVEN_NAMES`); a given name
    the tagger found alone takes its surname ("পেদ্রো | পেরো"); a given name on its own is left to
    the tagger. A short organisation or place the tagger opened with one is a person unless a head
    word or the gazetteers say otherwise ("ট্রাভিস হেড ও অ্যালেক্স ক্যারির")."""
    covered = _covered(spans)
    words = article.words
    alone: dict[str, set[int]] = defaultdict(set)
    for s in spans:
        if s.type == "PERSON" and s.end - s.start == 1:
            alone[words[s.start]].add(s.start)
    out = list(spans)
    starts = {s.start: s for s in spans}
    for k in article.positions(FOREIGN_GIVEN_NAMES):
        span = starts.get(k)
        if span is not None and span.type != "PERSON" and span.rule == "model" and span.end - span.start <= 3 \
                and not _is_place(article, span) and not _known_organisation(article, span) \
                and all(_head_kind(w) is None for w in words[k:span.end]):
            span.type = "PERSON"
            span.rule = "title"
            span.confidence = RULE_CONFIDENCE["title"]
        single = span is not None and span.type == "PERSON" and span.end == k + 1
        if k in covered and not single:
            continue
        end = _foreign_name_end(article, k, covered, used_alone=bool(alone[words[k]] - {k}))
        if end > k + 1 and single and span is not None:
            span.end = end
            covered = _covered(out)
        elif end > k + 1:
            out.append(_Span(k, end, "PERSON", "title", RULE_CONFIDENCE["title"]))
            covered = _covered(out)
    return out


def _foreign_name_end(article: _Article, k: int, covered: Mapping[int, _Span], *, used_alone: bool) -> int:
    """Where the name opened by the foreign given name at token k ends. The words after it must be
    able to stand in a name (`_Lexicon.title_name_word`); a third word must be a known name or one
    the news vocabulary lacks ("পেদ্রো পেরো | কর্নার কিক নেন"); a second, after a given name the
    article `used_alone`, must look like a name ("এলিজাবেথ | চরিত্র"); a case ending, or vowel + -র
    (in a foreign name nearly always the genitive), closes the name ("জাস্টিন ডেভেনির | শট")."""
    words = article.words
    n = len(words)
    lexicon = article.lexicon
    end = k + 1
    while end < n and end - k < 3 and end not in covered and article.same_sentence(k, end):
        word = words[end]
        if word == "-" and article.joined(end) and end + 1 < n and article.joined(end + 1) \
                and lexicon.title_name_word(words[end + 1]):
            end += 2  # ফ্রেজার-ম্যাকগার্ক
            continue
        if not lexicon.title_name_word(word) or _describes(word) or lexicon.past_verb(word):
            break
        if end > k + 1 and word in lexicon.vocabulary and not lexicon.person_word(word):
            break
        if used_alone and not _name_like(article, word):
            break
        end += 1
        if article.inflected(word) or (len(word) > 1 and word[-1] == "র" and word[-2] in _VOWEL_SIGNS_BEFORE_R):
            break
    return end


_VOWEL_SIGNS_BEFORE_R = "িীুূেো"


# Letter names that are also conjunctions ("ও" and, "আর" and/more): initials only beside another.
_CONJUNCTION_LETTERS = frozenset({"ও", "আর"})


# শহীদ ("martyr") before a person's name works as a title (শহীদ শরিফ ওসমান হাদি), but it is no
# title at the edge of a place's name (শহীদ হাদি চত্বর, শহীদ মিনার): `_titles` alone reads it.
_MARTYR = "শহীদ"

# The styles of Islamic scholars (মুফতি আসাদুল্লাহ, মাওলানা মামুনুল হক, মওলানা ভাসানী) open a name as
# a title does; they are honorifics too, so that after a title they join it (খতিব মুফতি …).
# Not হাফেজ (also a given name) or কারি (also "curry").
_SCHOLARS_STYLES = frozenset({"মুফতি", "মাওলানা", "মওলানা", "ক্বারি"})
# Honorifics that open a name as a title does, with no title before them: "বেগম থিসারা পেরেরার
# মৃত্যুতে", "পিতামহ হাজী রাজেশ বড়ুয়া", "শুনেছেন ডক্টর ইউনূসের ঘোষণা". Not ড. and ডা. (the tagger
# knows them well), নেতা-like words or মিস ("miss"); বেগম after a name is its surname (রহিমা বেগম).
_NAME_OPENING_HONORIFICS = _SCHOLARS_STYLES | frozenset({
    "বেগম", "হাজী", "আলহাজ", "আলহাজ্ব", "আলহাজ্জ", "জনাব", "শ্রী", "শ্রীমতী", "ডক্টর", "মরহুম", "মরহুমা",
    "ব্যারিস্টার", "অ্যাডভোকেট", "এডভোকেট",
})


def _may_end_a_name_before(article: _Article, i: int, spans: Sequence[_Span]) -> bool:
    """Can the word before token i end a person's name, so that an honorific at i is the name's
    surname (রহিমা বেগম, কোয়েল বেগম)? A name word, the end of a person the tagger found, or before
    বেগম (a woman's surname as often as her style) a word the news vocabulary lacks."""
    words = article.words
    prev = words[i - 1]
    if not _is_word(prev) or not article.same_sentence(i - 1, i):
        return False
    lexicon = article.lexicon
    return lexicon.person_word(prev) or any(s.type == "PERSON" and s.end == i for s in spans) \
        or (words[i] == _BEGUM and prev not in lexicon.vocabulary)


_BEGUM = "বেগম"


def _known_organisation(article: _Article, span: _Span) -> bool:
    """ওই নেতা বিবিসি বাংলাকে জানিয়েছেন: an outlet or organisation the gazetteer knows, or one that
    opens with an organisation's acronym, is whom the person spoke to, not the person."""
    return _gazetteer_type(article, span) == "ORG" or _acronym_stem(article.words[span.start]) is not None


def _speech_subjects(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The name right before a speech verb speaks: a person or an organisation.

    Bengali news gives people the honorific verb (বলেছেন, জানান: ending in -ন) and organisations and
    countries the plain one (বলেছে, জানিয়েছে, জানায়). So a place-typed name before an honorific verb
    is a person, and a person-typed name before a plain verb is an organisation ("ক্রেমলিন বলেছে"),
    unless it is a known place (a country as actor stays LOC) or a known given name.
    """
    verbs = [(i, article.words[i]) for i in article.at(_SPEECH)] + _compound_speech_verbs(article)
    if not verbs:
        return spans
    ends = {s.end: s for s in spans}
    covered = _covered(spans)
    lexicon = article.lexicon
    for i, verb in sorted(verbs):
        i = _before_addressee(article, i)  # "X সাংবাদিকদের বলেন"
        span = ends.get(i)
        if span is None and verb.endswith("ন"):
            found = _unknown_speaker(article, i, covered)
            if found is not None:
                spans.append(found)
                covered.update(_covered([found]))
            continue
        if span is None or span.rule == "title" or _is_place(article, span):
            continue
        words = article.words[span.start:span.end]
        if len(words) == 1 and _bare_nominative(words[0]) in lexicon.common:
            continue  # মিডিয়া জানিয়েছে: a generic noun the model mistook for a name
        honorific = verb.endswith("ন")
        if honorific and span.type == "LOC":
            new_type = "ORG" if _bare_nominative(words[-1]) in _ORG_HEADS else "PERSON"
        elif honorific and _bare_person_as_org(article, span):
            new_type = "PERSON"
        elif not honorific and span.type == "PERSON" and len(words) == 1 \
                and not lexicon.person_word(words[0]):
            new_type = "ORG"
        else:
            continue
        span.type = new_type
        span.rule = "speech"
        span.confidence = RULE_CONFIDENCE["speech"]
    return spans


def _compound_speech_verbs(article: _Article) -> list[tuple[int, str]]:
    """"ল্যাভরভ দাবি করেছেন, …": a noun of saying with an honorific করা verb that closes its clause
    is one verb of saying, whose subject ends before the noun (its position, with the verb that
    makes it honorific). Not "বিস্ফোরক মন্তব্য করেন তিনি": a subject after the verb."""
    words = article.words
    return [(i - 1, words[i]) for i in article.at(_THINKING) if i > 0 and words[i - 1] in _SAYING_NOUNS
            and (i + 1 == len(words) or words[i + 1] in _CLAUSE_CLOSERS or words[i + 1] == "যে")]


def _bare_person_as_org(article: _Article, span: _Span) -> bool:
    """মির্জা ফখরুল বলেন: a name the model typed ORG with nothing of an organisation about it (no
    head word, no acronym, not a known organisation, not addressed in -কে) that takes a person's
    honorific speech verb is a person."""
    if span.type != "ORG" or span.rule != "model" or _known_organisation(article, span):
        return False
    words = article.words[span.start:span.end]
    return not any(_head_kind(w) is not None or _acronym_kind(w) is not None or w.isascii() for w in words) \
        and not words[-1].endswith("কে") and not article.inflected(words[-1])


def _speakers_after_verb(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"… দাঁড়াবে মনে করেন রাজা, ‘…’", "… এই শোক জানান জয়।", "… বলেন পেজ।": one to three words alone
    between an honorific verb of saying or thinking and the comma, full stop or quotation that ends
    the clause are its subject, a person, even when they are also ordinary words (রাজা, জয়)."""
    verbs = [i for i in article.at(_SPEECH) if article.words[i].endswith("ন")]
    verbs += [i for i in article.at(_THINKING) if i > 0 and article.words[i - 1] in _THINKING_NOUNS]
    if not verbs:
        return spans
    covered = _covered(spans)
    words = article.words
    for i in sorted(verbs):
        end = i + 1
        while end < len(words) and end - i <= 3 and end not in covered and article.same_sentence(i, end) \
                and _may_name_speaker(article, words[end]):
            end += 1
        if end == i + 1 or end < len(words) and article.same_sentence(i, end) \
                and words[end] not in _CLAUSE_CLOSERS:
            continue
        found = [_Span(i + 1, end, "PERSON", "speech", RULE_CONFIDENCE["speech"])]
        if end == i + 2:
            found += _fuller_forms(article, words[i + 1], covered)
        spans.extend(found)
        covered.update(_covered(found))
    return spans


def _subjects_after_verb(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"… প্রথম গোলটি করেন আইয়ুব আল কাবি।", "… ব্যবধান দ্বিগুণ করেন ব্রাহিম দিয়াজ।": sports and
    feature writing put the subject after an honorific verb at the end of the sentence. One to
    three words between such a verb and the full stop that are names, not ordinary words (… করেন
    সবাই।, … দেন প্রধান অতিথি।), make a person; a name the tagger began there is completed."""
    words = article.words
    covered = _covered(spans)
    out = list(spans)
    lexicon = article.lexicon
    for end in article.positions(("।",)):
        for i in range(end - 2, max(-1, end - 5), -1):
            if not article.same_sentence(i, end - 1):
                break
            verb = words[i]
            if not _honorific_verb(article, verb):
                continue
            names = range(i + 1, end)
            if any(k in covered and covered[k].type != "PERSON" for k in names) \
                    or any(covered.get(k) is not None and covered[k].start < i + 1 for k in names) \
                    or not all(_may_name_speaker(article, words[k]) and not _describes(words[k])
                               and (lexicon.person_word(words[k]) or words[k] not in lexicon.common) for k in names):
                break
            inside = list({id(s): s for k in names if (s := covered.get(k)) is not None}.values())
            if len(inside) == 1 and inside[0].start == i + 1 and inside[0].end == end:
                break
            if any(s.start > i + 1 for s in inside):
                break  # "বৃদ্ধ আবু তৈয়্যব": a word before the tagger's name describes the person
            if end - i == 2 and not lexicon.person_word(words[i + 1]):
                break  # "… হন কঠোরতর।": one word alone must be a known name
            kept = [s for s in out if all(s is not t for t in inside)]
            out = kept + [_Span(i + 1, end, "PERSON", "speech", RULE_CONFIDENCE["speech"])]
            covered.update(_covered(out[-1:]))
            break
    return out


# What ends an item of a list of people.
_LIST_BREAKS = frozenset({",", "।", ";", "ও", "এবং", "প্রমুখ", "(", ")", ":", "‘", "’", "“", "”"})


def _list_members(article: _Article, spans: list[_Span]) -> list[_Span]:
    """An item of a list of people the tagger missed: "…, উম্মে হাবিবা শিবলী, অদ্রিতা ভদ্রসহ আরও
    অনেকে।", "…, X Y, নূরাইশা হাসান সামিয়া". Two to four name words after a person's name and its
    comma, up to the next comma before another person, or ending in -সহ ("with", closing the list),
    or before প্রমুখ; words that are names, not ordinary words, with no case ending but the -সহ."""
    commas = article.positions((",",))
    if not commas:
        return spans
    words = article.words
    n = len(words)
    covered = _covered(spans)
    out = list(spans)
    for c in commas:
        before = _full_person_at(covered, c - 1)
        if before is None or c + 1 >= n or not article.same_sentence(c, c + 1):
            continue  # (a full name before: a lone "ইফাদ" may be a company the tagger took for a person)
        j = k = c + 1
        closed = False
        while k < n and k - j < 4 and article.same_sentence(j, k) and words[k] not in _LIST_BREAKS and k not in covered:
            k += 1
            if words[k - 1].endswith(_WITH) and len(words[k - 1]) > len(_WITH) + 1:
                closed = True  # "অদ্রিতা ভদ্রসহ"
                break
        if not 2 <= k - j <= 4 or k in covered and not closed:
            continue
        after = words[k] if k < n else "।"
        nxt = covered.get(k + 1)
        if not (closed or after == "প্রমুখ" or after == "," and nxt is not None and nxt.type == "PERSON"):
            continue
        item = [words[m][:-len(_WITH)] if closed and m == k - 1 else words[m] for m in range(j, k)]
        if not all(_list_name_word(article, w) for w in item):
            continue
        out.append(_Span(j, k, "PERSON", "title", RULE_CONFIDENCE["title"]))
        covered.update(_covered(out[-1:]))
    return out


def _last_list_members(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The last item of a list of people the tagger missed: "… নুরুল হাসান ও অমৃত মণ্ডলকে আউট করেন",
    "তার শিকার ছিল বরকত আলি, তাইজুল ইসলাম ও মোহাম্মদ সাজিদ।". After "ও"/"এবং" that follows two
    people joined by a comma (full names, so a list of people it is), two or three name words up to
    the sentence's end or a comma, the last of them may take a case ending (অঙ্কনকে)."""
    joins = article.positions(("ও", "এবং"))
    if not joins:
        return spans
    words = article.words
    n = len(words)
    covered = _covered(spans)
    out = list(spans)
    for c in joins:
        before = _full_person_at(covered, c - 1)
        if before is None or before.end != c or c + 3 > n or not article.same_sentence(c, c + 1):
            continue
        if before.start < 2 or words[before.start - 1] != "," or _full_person_at(covered, before.start - 2) is None:
            continue  # (one person before ও: "X ও Y" may join a person and anything)
        j = k = c + 1
        while k < n and k - j < 3 and article.same_sentence(j, k) and words[k] not in _LIST_BREAKS \
                and k not in covered:
            k += 1
            if article.inflected(words[k - 1]):
                break  # "… ও মুকিদুল ইসলাম অঙ্কনকে | ফিরিয়ে"
        ends = k >= n or not article.same_sentence(k - 1, k) or words[k] in {",", "।"} or article.inflected(words[k - 1])
        if not 2 <= k - j <= 3 or not ends or k in covered and not article.inflected(words[k - 1]):
            continue
        item = [words[m] for m in range(j, k - 1)] + [article.nominative(words[k - 1])]
        if not all(_list_name_word(article, w) for w in item) or any(w.endswith(_WITH) for w in words[j:k]):
            continue
        out.append(_Span(j, k, "PERSON", "title", RULE_CONFIDENCE["title"]))
        covered.update(_covered(out[-1:]))
    return out


def _list_item_edges(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A name in a list of people that the tagger found only part of takes in the rest of its item:
    "…, মুকিদুল ইসলাম মুগ্ধ, শুভাগত | হোম চৌধুরি, সালমান হোসেন, …", "…, রেজাউর রাজা, বিলাল | সামি।".
    The item runs between commas (or a comma and ও/এবং or the sentence end); the words added are
    free name words (`_list_name_word`), at most four in the item, and a person's name stands in
    the item before or after it."""
    words = article.words
    n = len(words)
    covered = _covered(spans)
    for span in spans:
        if span.type != "PERSON":
            continue
        j, k = span.start, span.end
        while j > 0 and k - j < 4 and article.same_sentence(j - 1, k - 1) and j - 1 not in covered \
                and words[j - 1] not in _LIST_BREAKS and _list_name_word(article, words[j - 1]) \
                and not article.inflected(words[j - 1]):
            j -= 1
        while k < n and k - j < 4 and article.same_sentence(k, j) and k not in covered \
                and words[k] not in _LIST_BREAKS and _list_name_word(article, words[k]) \
                and not article.inflected(words[k - 1]):
            k += 1
        if (j, k) == (span.start, span.end):
            continue
        opened = j > 0 and words[j - 1] == "," and article.same_sentence(j - 1, j)
        closed = k >= n or words[k] in {",", "।", "ও", "এবং"} or not article.same_sentence(k, k - 1)
        if not (opened and closed):
            continue
        person_before = (p := covered.get(j - 2)) is not None and p.type == "PERSON"
        person_after = k + 1 < n and words[k] == "," and (q := covered.get(k + 1)) is not None and q.type == "PERSON"
        if not (person_before or person_after):
            continue
        span.start, span.end = j, k
        covered.update(dict.fromkeys(range(j, k), span))
    return spans


def _list_heads(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The first item of a list of people the tagger missed: "নোয়াখালী একাদশ মাজ সাদাকাত, হাবিবুর
    রহমান সোহান, হায়দার আলী, …": two to four name words (as `_list_members` takes them) right
    before a comma that two full names follow, each closed by a comma, a "ও" or the sentence end."""
    commas = article.positions((",",))
    if len(commas) < 2:
        return spans
    words = article.words
    covered = _covered(spans)
    out = list(spans)
    for c in commas:
        if c - 1 in covered or not _full_person_then_break(article, c + 1, covered):
            continue
        after = covered[c + 1]
        if not _full_person_then_break(article, after.end + 1, covered):
            continue
        j = c
        while j > 0 and c - j < 4 and article.same_sentence(j - 1, c) and j - 1 not in covered \
                and _list_name_word(article, words[j - 1]):
            j -= 1
        if not 2 <= c - j <= 4 or not _opens_list(article, j, c):
            continue
        out.append(_Span(j, c, "PERSON", "title", RULE_CONFIDENCE["title"]))
        covered.update(_covered(out[-1:]))
    return out


def _hyphen_partners(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The partner joined to a name by a hyphen, as the sports pages pair players and clubs
    (লিটন-মালানের ব্যাটে, হামজা চৌধুরী-শমিত সোমদের, আর্সেনাল-ব্রাইটন ম্যাচ): the name words right
    after the hyphen (one, or two when the first has no case ending) are a name of the same type.
    Only after a person or organisation found on its own, and only name words (not লড়াই-সংগ্রাম).
    The tagger's one-word partner (সামিত of "হামজা চৌধুরী-সামিত সোমও") takes the rest of its name."""
    words = article.words
    n = len(words)
    covered = _covered(spans)
    out = list(spans)
    for span in spans:
        k = span.end
        if span.type not in {"PERSON", "ORG"} or not (k + 1 < n and words[k] == "-" and article.joined(k)
                                                      and article.joined(k + 1)):
            continue
        tagged = covered.get(k + 1)
        alone = tagged is not None and tagged.type == span.type and tagged.start == k + 1 and tagged.end == k + 2 \
            and tagged.rule == "model"  # "হামজা চৌধুরী-সামিত | সোমও": the tagger's partner stopped short
        if k + 1 in covered and not alone or len(words[k + 1]) < 3 or words[k + 1] in _JOINED_ENDINGS \
                or not _list_name_word(article, article.nominative(words[k + 1])):
            continue  # (বিএনপি-র, জিডিআই-এর: a case ending after a hyphen)
        end = k + 2
        if end < n and not article.inflected(words[k + 1]) and end not in covered and article.same_sentence(k, end) \
                and _list_name_word(article, article.nominative(words[end])) and span.type == "PERSON":
            end += 1
        if alone:
            out = [s for s in out if s is not tagged]
        out.append(_Span(k + 1, end, span.type, "title", RULE_CONFIDENCE["title"]))
        covered.update(_covered(out[-1:]))
    return out


# The second halves of a compound adjective a party's name opens (বিএনপি-সমর্থিত, জামায়াত-ঘনিষ্ঠ):
# the compound describes, it names no second organisation.
_ADJECTIVE_HALVES = ("পন্থী", "সমর্থিত", "সমর্থক", "বিরোধী", "ঘনিষ্ঠ", "নিয়ন্ত্রিত", "নেতৃত্বাধীন", "সংশ্লিষ্ট")


def _hyphen_joined_organisations(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The tagger's one organisation over a well-known organisation, a hyphen and one more word
    names two allies ("জামায়াত-শিবিরের ক্যাডার": the party and its student wing), as the sports
    pages pair clubs: it is cut at the hyphen. A compound adjective ("বিএনপি-জামায়াতপন্থী
    শিক্ষকেরা", party-leaning teachers) names no organisation at all."""
    words = article.words
    out: list[_Span] = []
    for span in spans:
        hyphen = span.end - 2
        if span.type != "ORG" or hyphen <= span.start or words[hyphen] != "-" or not article.joined(hyphen) \
                or not article.joined(hyphen + 1) or not _known_org_name(article, words[span.start:hyphen]):
            out.append(span)
            continue
        after = article.nominative(words[hyphen + 1])
        if after.endswith(_ADJECTIVE_HALVES):
            continue
        if words[hyphen + 1] in _JOINED_ENDINGS or not _is_word(after) or _bare_nominative(after) in _HEADS:
            out.append(span)  # বিএনপি-র; প্রাণ-আরএফএল গ্রুপ has its head after the hyphen
            continue
        out += [replace(span, end=hyphen), replace(span, start=hyphen + 1)]
    return out


def _hyphenated_pairs(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A person's span that opens with one name word and a hyphen names two people ("মঈনুদ্দিন-
    ফখরুদ্দিনের আমলে", "আনোয়ারা-রফিকুল-আবিদা পুতুল"): it is cut at the hyphen. Before an ordinary word
    the hyphen joins a suffix to the name ("এরশাদ-বিরোধী আন্দোলন"): the name is the word alone."""
    words = article.words
    lexicon = article.lexicon
    out: list[_Span] = []
    for span in spans:
        hyphen = span.start + 1
        if span.type != "PERSON" or span.end - span.start < 3 or words[hyphen] != "-" or not article.joined(hyphen) \
                or not _list_name_word(article, article.nominative(words[span.start])):
            out.append(span)
            continue
        after = article.nominative(words[hyphen + 1])
        first = words[span.start]
        if first in _NAME_LINKS or first in _NAME_PREFIX_WORDS:
            out.append(span)  # আল-আমিন হোসেন: the Arabic article written on to the given name
        elif _list_name_word(article, after) and (span.end - span.start == 3 or lexicon.person_word(first)):
            out += [replace(span, end=hyphen), replace(span, start=hyphen + 1)]
        elif after in lexicon.common and not lexicon.person_word(after):
            out.append(replace(span, end=hyphen))
        else:
            out.append(span)
    return out


def _list_name_word(article: _Article, word: str) -> bool:
    """A word of a person's name in a list: a name, not an ordinary word, a describing word or a head."""
    lexicon = article.lexicon
    return _may_name_speaker(article, word) and not _describes(word) and _head_kind(word) is None \
        and (lexicon.person_word(word) or word not in lexicon.common)


def _opens_list(article: _Article, j: int, c: int) -> bool:
    """Does the list item at token j open its list: the sentence starts there, or punctuation or
    a word that opens lists of people (একাদশ, উপস্থিত ছিলেন) comes before it?"""
    if j == 0 or not article.same_sentence(j - 1, c):
        return True
    before = article.words[j - 1]
    return not _is_word(before) or before in _LIST_OPENERS


# Words after which a list of people opens ("… একাদশ: A, B, C", "উপস্থিত ছিলেন A, B …").
_LIST_OPENERS = frozenset({"একাদশ", "স্কোয়াড", "দল", "ছিলেন", "হলেন", "হলো", "রয়েছেন", "আছেন", "প্রমুখ"})


def _full_person_at(covered: Mapping[int, _Span], k: int) -> _Span | None:
    """The person whose name of two words or more covers token k (a full name: a lone word the
    tagger called a person may be a company's)."""
    span = covered.get(k)
    return span if span is not None and span.type == "PERSON" and span.end - span.start >= 2 else None


def _full_person_then_break(article: _Article, k: int, covered: Mapping[int, _Span]) -> bool:
    """Does a person's full name (two words or more) start at token k and end before a comma, ও or
    the sentence end?"""
    span = _full_person_at(covered, k)
    if span is None or span.start != k:
        return False
    nxt = article.words[span.end] if span.end < len(article.words) else "।"
    return nxt in {",", "ও", "এবং", "।"} or not article.same_sentence(span.end - 1, span.end)


def _honorific_verb(article: _Article, word: str) -> bool:
    """A finite honorific verb of the narrative (করেন, দেন, পান, করেছেন): an ordinary word of the
    vocabulary ending in -েন/-ান, no name (হোসেন)."""
    return word.endswith(("েন", "ান")) and len(word) >= 2 and word in article.lexicon.common \
        and not article.lexicon.person_word(word)


def _fuller_forms(article: _Article, name: str, covered: Mapping[int, _Span]) -> list[_Span]:
    """"… যোগ করেন সজীব ওয়াজেদ জয়।", "হতাশা লুকাননি ম্যাট পেজ": where the one-word speaker is written
    elsewhere after one or two name words, that fuller name is the person (the shorter merges into it)."""
    out = []
    words = article.words
    for j in article.positions((name,)):
        before = covered.get(j - 1)
        if before is not None and before.type == "PERSON" and before.end == j and article.same_sentence(j - 1, j):
            before.end = j + 1  # "সজীব ওয়াজেদ | জয়": the tagger's name stopped short of it
            continue
        start = j
        while start > 0 and j - start < 2 and (start - 1) not in covered and article.same_sentence(start - 1, j) \
                and _may_name_speaker(article, words[start - 1]) and article.lexicon.title_name_word(words[start - 1]) \
                and not words[start - 1].endswith(_NOT_NAME_ENDINGS):
            start -= 1
        if start < j and j not in covered:
            out.append(_Span(start, j + 1, "PERSON", "speech", RULE_CONFIDENCE["speech"]))
    return out


# Endings of a verb before a post-verbal subject (লুকাননি ম্যাট পেজ, নিয়েছিলেন পেজ): never a name's.
_NOT_NAME_ENDINGS = tuple(VERB_ENDINGS) + tuple(NARRATIVE_VERB_ENDINGS) + ("নি",)


def _may_name_speaker(article: _Article, word: str) -> bool:
    """Can this word after a verb of saying be (part of) its speaker's name? Not a pronoun, title,
    group, number, demonym, verb or word with a case ending."""
    return _is_word(word) and not word[0].isdigit() and word not in NAME_STOP_WORDS and not is_title(word) \
        and not is_honorific(word) and word not in DEMONYMS and word not in _SPEECH_VERB_SET and word not in _LIGHT_VERB_SET \
        and not word.endswith(("রা", "েরা", "গণ")) and not article.inflected(word) \
        and _acronym_stem(word) is None and not word.isascii()


# "জানান দেন": a light verb after a verb of saying is no one's name.
_LIGHT_VERB_SET = frozenset(LIGHT_VERBS)


_THINKING_NOUNS = frozenset({"মনে", "যোগ", "উল্লেখ", "মন্তব্য", "দাবি", "অভিযোগ"})
# The nouns of the compound verbs of saying whose subject stands right before them.
_SAYING_NOUNS = _THINKING_NOUNS - {"মনে", "যোগ"}
# What closes a clause right after its post-verbal subject.
_CLAUSE_CLOSERS = frozenset({",", "।", "‘", "“", "\"", "'", "?", "!"})


# Whom a speaker tells, between the speaker and the verb of saying (Bangladeshi news style).
_ADDRESSEES = frozenset({"সাংবাদিকদের", "সাংবাদিকদেরকে", "গণমাধ্যমকে", "গণমাধ্যমকর্মীদের", "উপস্থিতদের",
                         "নেতাকর্মীদের", "শিক্ষার্থীদের"})


def _before_addressee(article: _Article, verb: int) -> int:
    """The position the speaker's name ends at: before an addressee right before the verb
    ("উদয় রয় সাংবাদিকদের বলেন"), else the verb's."""
    k = verb - 1
    if k > 0 and article.words[k] in _ADDRESSEES and article.same_sentence(k - 1, verb):
        return k
    return verb


def _unknown_speaker(article: _Article, verb: int, covered: Mapping[int, _Span]) -> _Span | None:
    """লুকা বলেন: a name-like word the model missed, right before an honorific speech verb, is a person."""
    end = verb
    start = end
    lexicon = article.lexicon
    while start > 0 and end - start < 3 and article.same_sentence(start - 1, verb) and (start - 1) not in covered \
            and lexicon.title_name_word(article.words[start - 1]) \
            and len(case_stems(article.words[start - 1])) == 1:
        start -= 1
    if start == end or _speech_object(article, start, end, verb) or _possessed_noun(article, start, end):
        return None
    before = covered.get(start - 1)
    if before is not None and before.type == "PERSON" and before.end == start and before.rule != "title" \
            and article.same_sentence(before.start, start) and not article.joined(start) \
            and not any(article.inflected(w) or w.endswith(("টি", "টা")) for w in article.words[start - 1:end]):
        # তানভীর | অপু লিখেছেন: the model's first name and the rest of the speaker's name are one name
        before.end = end
        return None
    return _Span(start, end, "PERSON", "speech", RULE_CONFIDENCE["speech"])


def _speech_object(article: _Article, start: int, end: int, verb: int) -> bool:
    """অভ্যর্থনা জানান, শুভকামনা জানালেন, তথ্যটি জানিয়েছেন: জানানো takes its message as an object
    noun, so one unknown word before it is what was told, not who told it (a lone speaker's name
    is a known given name). A word with the classifier -টি/-টা is a noun before any speech verb."""
    lexicon = article.lexicon
    words = article.words[start:end]
    if any(w.endswith(_CLASSIFIERS) and w[:-2] in lexicon.vocabulary for w in words):
        return True
    return len(words) == 1 and article.words[verb].startswith("জান") and not lexicon.person_word(words[0])


def _possessed_noun(article: _Article, start: int, end: int) -> bool:
    """চাকমাদের জনসংখ্যা উল্লেখ করেছেন, সেঞ্চুরির মালিক বলেন: one word right after a genitive in
    its clause is what the genitive owns, a noun, when the spelling dictionary knows it and no name
    list does; the speaker is then earlier in the sentence or is the whole phrase ("the owner of the
    most centuries"), never the noun alone. A name after a genitive (ঢাকার রহিম) is a given name
    the lists know; a foreign name the dictionary also knows (দলের লুকা বলেন) is lost, a case the
    opened sets never show (the genitive came before a speaker this rule sees only with জনসংখ্যা
    and মালিক)."""
    if end - start != 1 or start == 0 or not article.same_sentence(start - 1, start) or article.joined(start):
        return False
    before, word = article.words[start - 1], article.words[start]
    lexicon = article.lexicon
    return before.endswith(_GENITIVE) and article.inflected(before) and not lexicon.person_word(word) \
        and any(f in lexicon.dictionary for f in (word, *case_stems(word)))


def _gazetteer_places(article: _Article, spans: list[_Span]) -> list[_Span]:
    """Countries, regions, big cities and Bangladesh districts the model missed (রাশিয়াকে, চীনে).

    A single word that is not ordinary vocabulary also matches a gazetteer place spelt differently
    (ভ্লাদিভোস্টক for CLDR's ভ্লাদিভস্তোক) when their consonant skeletons agree (`_loose_key`).
    """
    candidates = article.at(_GAZETTEER)
    if not candidates:
        return []
    covered = _covered(spans)
    out = []
    after = 0  # a place found covers its tokens
    for i in candidates:
        if i < after:
            continue
        if i in covered:
            # বাংলাদেশ | বেতারে: a known name of several words over a shorter name of the model's
            found = _multiword_place_at(article, i, covered) if covered[i].start == i else 0
        else:
            # (or one that takes in the model's name of its last words: পুরান | ঢাকার)
            found = _place_at(article, i, covered) or _multiword_place_at(article, i, covered)
        if found:
            words = article.words[i:i + found]
            kind = "ORG" if not _name_forms(article, words).isdisjoint(WELL_KNOWN_ORGS) else "LOC"
            out.append(_Span(i, i + found, kind, "gazetteer", RULE_CONFIDENCE["gazetteer"]))
            after = i + found
    return out


# Heads whose names list their subjects: "মৎস্য ও প্রাণিসম্পদ মন্ত্রণালয়", "ডাক, টেলিযোগাযোগ ও তথ্যপ্রযুক্তি মন্ত্রণালয়".
_MINISTRY_HEADS = frozenset({"মন্ত্রণালয়"})


def _ministries(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A ministry's name lists its subjects joined by ও and commas: the model or the head rule
    kept only the last subject (তথ্যপ্রযুক্তি মন্ত্রণালয়), so take the list in."""
    words = article.words
    covered = _covered(spans)
    for span in spans:
        if span.type != "ORG" or span.end - span.start != 2 \
                or _bare_nominative(words[span.end - 1]) not in _MINISTRY_HEADS:
            continue
        start = span.start
        link = "ও"
        while start >= 2 and words[start - 1] == link and _ministry_subject(article, start - 2, covered) \
                and article.same_sentence(start - 2, start):
            start -= 2
            link = ","
        span.start = start
    return spans


# The last word of a party's name (বাংলাদেশ জাতীয়তাবাদী দল, ইসলামী আন্দোলন, বাংলাদেশ খেলাফত মজলিস).
_PARTY_HEADS = frozenset({"দল", "আন্দোলন", "মজলিস", "মজলিশ"})


def _party_heads(article: _Article, spans: list[_Span]) -> list[_Span]:
    """বাংলাদেশ জাতীয়তাবাদী | দলের, ইসলামী | আন্দোলনকে: the model ends a party's name before its
    head word when the head is inflected; take the head in. Not after an acronym or a name complete
    in itself (বিএনপি দলের, জামায়াত দলের: the word is then a plain noun)."""
    words = article.words
    covered = _covered(spans)
    for span in spans:
        if _team_side(article, span):
            span.end -= 1  # the tagger's "খুলনা টাইগার্স দলের হয়ে"
            continue
        k = span.end
        if span.type != "ORG" or k >= len(words) or k in covered or not article.same_sentence(k - 1, k) \
                or _bare_nominative(words[k]) not in _PARTY_HEADS:
            continue
        last = words[k - 1]
        if _acronym_stem(last) is not None or not _is_word(last) or _bare_nominative(last) in _HEADS \
                or " ".join(words[span.start:k - 1] + [article.nominative(last)]) in _KNOWN_ORG_NAMES:
            continue
        if _bare_nominative(words[k]) == "দল" and not last.endswith(_PARTY_ADJECTIVE_ENDINGS):
            continue  # সিলেট টাইটান্স দল: a team's "side"; a party is জাতীয়তাবাদী, সমাজতান্ত্রিক দল
        span.end = k + 1
    return spans


def _team_side(article: _Article, span: _Span) -> bool:
    """"খুলনা টাইগার্স দলের হয়ে": দল after a team's name (a place and an English plural, `_teams`)
    is the team's "side", a plain noun, as it is after any name complete in itself."""
    last = span.end - 1
    return span.type == "ORG" and last - span.start >= 2 and _bare_nominative(article.words[last]) == _PARTY_WORD \
        and _team_after_place(article, last - 2) and _known_place(article, article.words[last - 2], bare=True)


def _ministry_subject(article: _Article, k: int, covered: Mapping[int, _Span]) -> bool:
    word = article.words[k]
    return k not in covered and _is_word(word) and not article.inflected(word) and not is_title(word) \
        and word not in NAME_STOP_WORDS and _bare_nominative(word) not in _HEADS \
        and not article.lexicon.known_name(word)


def _upazilas(article: _Article, spans: list[_Span]) -> list[_Span]:
    """An upazila or union after its district in the genitive, the way Bangladeshi news places an
    event (পিরোজপুরের ভান্ডারিয়ায়, কুষ্টিয়ার দৌলতপুরে). The word must be in `load_bd_places` and not
    an ordinary word or a person's name: many places are also both."""
    lexicon = article.lexicon
    if not lexicon.bd_places:
        return []
    words = article.words
    covered = _covered(spans)
    out = []
    for span in spans:
        k = span.end
        if span.type != "LOC" or k >= len(words) or k in covered or not article.same_sentence(k - 1, k) \
                or article.joined(k) or not words[k - 1].endswith("র") \
                or _place_nominative(words[k - 1]) not in _DISTRICTS:
            continue
        word = words[k]
        if lexicon.bd_place(word) and not lexicon.person_word(word) \
                and (word not in lexicon.common and _bare_nominative(word) not in lexicon.common
                     or _before_place_kind(article, k)):
            out.append(_Span(k, k + 1, "LOC", "gazetteer", RULE_CONFIDENCE["gazetteer"]))
    return out


def _localities(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A locality after its city or district in the genitive, the way news places an event: "ঢাকার
    সিদ্ধেশ্বরীর এক আত্মীয়ের বাসা", "দিনাজপুরের মুদিপাড়ায়", "চট্টগ্রামের ষোলশহর এলাকায়", "রাজধানীর
    শ্যামলীতে". The word is no ordinary word, given name or surname, title or head, and it says it
    is a place: in the locative or genitive, or before a word saying what kind of place it is."""
    words = article.words
    covered = _covered(spans)
    lexicon = article.lexicon
    out = []
    for k in range(1, len(words)):
        word = words[k]
        if k in covered or not _placed_in(article, k - 1, covered) or not article.same_sentence(k - 1, k) \
                or article.joined(k) or not _is_word(word):
            continue
        stem = article.nominative(word)
        if word in lexicon.common or stem in lexicon.common or lexicon.person_word(word) or lexicon.person_word(stem) \
                or word[0].isdigit() or is_title(stem) or _head_kind(word) is not None or _acronym_stem(word) \
                or _describes(word) or stem in DEMONYMS or word in NAME_STOP_WORDS or stem in _PLACE_KIND_WORDS:
            continue  # (and not "শহরের বাজার এলাকার": the kind of place, no locality's name)
        if k + 1 < len(words) and _head_kind(words[k + 1]) == _ORG:
            continue  # রাজধানীর এভারকেয়ার | হাসপাতালে: the name of what the head word names
        inflected = stem != word and word.endswith(_LOCATIVE + _GENITIVE) and not word.endswith("দের")
        if inflected or (stem == word and _before_place_kind(article, k)):
            out.append(_Span(k, k + 1, "LOC", "gazetteer", RULE_CONFIDENCE["gazetteer"]))
    return out


# Genitives that place what follows in a city or an administrative area (রাজধানীর শ্যামলীতে).
_PLACING_GENITIVES = frozenset({"রাজধানীর", "উপজেলার", "জেলার", "নগরীর", "শহরের", "পৌরসভার", "ইউনিয়নের"})


def _placed_in(article: _Article, k: int, covered: Mapping[int, _Span]) -> bool:
    """Token k is a city, district or area in the genitive that places the next word."""
    word = article.words[k]
    if word in _PLACING_GENITIVES:
        return True
    span = covered.get(k)
    return span is not None and span.type == "LOC" and span.end == k + 1 and word.endswith("র") \
        and _place_nominative(word) in _DISTRICTS


def _before_place_kind(article: _Article, k: int) -> bool:
    """Token k stands before a word saying what kind of place it is: "খুলনার দৌলতপুর এলাকায়",
    "পাটগাতি বাজারে"; then a word that is also an ordinary one names the place."""
    words = article.words
    return k + 1 < len(words) and article.same_sentence(k, k + 1) and not article.joined(k + 1) \
        and words[k + 1].startswith(_PLACE_KIND_WORDS)


def _upazila_forms(article: _Article, spans: list[_Span]) -> list[_Span]:
    """An upazila named in the locative or genitive on its own (কাটিয়েছি ভান্ডারিয়ায়, হাওর উপজেলা
    নিকলীতে, কলকাতার রাজারহাটের): the news places events there, and the case ending tells the
    place from a name or word spelt alike (`_Lexicon.upazila_form`); in the nominative, only where
    the words around it say it is a place (`_upazila_in_nominative`)."""
    candidates = article.at(_UPAZILA) + [k for k in article.at(_UPAZILA_NAME) if _upazila_in_nominative(article, k)]
    if not candidates:
        return []
    covered = _covered(spans)
    return [_Span(k, k + 1, "LOC", "gazetteer", RULE_CONFIDENCE["gazetteer"]) for k in sorted(set(candidates))
            if k not in covered]


def _upazila_in_nominative(article: _Article, k: int) -> bool:
    """An upazila's name without a case ending (token k) on a route or before what it is: "…
    ময়মনসিংহ রুটে ভৈরব হয়ে", "মেঘালয়ের হালুয়াঘাট দিয়ে", "ফেনী জেলার ফুলগাজী থানায়". Many upazilas
    are also ordinary words (বেড়া, ভাঙ্গা) or given names, so the word after must say so, and a
    genitive before it must be a place or an administrative unit ("টিনের বেড়া দিয়ে" is a fence)."""
    words = article.words
    if k + 1 >= len(words) or not article.same_sentence(k, k + 1) or article.joined(k + 1):
        return False
    after = words[k + 1]
    if after not in _ROUTE_WORDS and not after.startswith(_PLACE_KIND_WORDS):
        return False
    before = words[k - 1] if k > 0 and article.same_sentence(k - 1, k) else ""
    return not before.endswith("র") or before in _ADMIN_GENITIVES or article.lexicon.bd_place(before) \
        or _place_nominative(before) in PLACE_NAMES


# After a place on a route: "… রুটে ভৈরব হয়ে", "হালুয়াঘাট দিয়ে", "… থেকে"; what a place is: ফুলগাজী থানায়.
_ROUTE_WORDS = frozenset({"হয়ে", "দিয়ে", "থেকে", "পর্যন্ত", "অভিমুখে"})
_PLACE_KIND_WORDS = ("থানা", "উপজেলা", "পৌরসভা", "সদর", "বাজার", "এলাকা", "ইউনিয়ন")
_ADMIN_GENITIVES = frozenset({"জেলার", "উপজেলার", "বিভাগের"})


def _multiword_place_at(article: _Article, i: int, covered: Mapping[int, _Span]) -> int:
    """The number of words of a gazetteer name of several words at token i that takes in whole the
    model's shorter names it overlaps (0 when none)."""
    for parts in _MULTIWORD_PLACES.get(article.words[i], ()):
        end = i + len(parts)
        if end <= len(article.words) and article.same_sentence(i, end - 1) \
                and article.words[i:end - 1] == list(parts[:-1]) and _place_word_form(article.words[end - 1], parts[-1]) \
                and all(covered[k].rule == "model" and covered[k].end <= end for k in range(i, end) if k in covered) \
                and any(covered[k].end - covered[k].start < end - i for k in range(i, end) if k in covered):
            return len(parts)
    return 0


def _place_word_form(word: str, listed: str) -> bool:
    """Is `word` the listed last word of a place in some case form? Two endings too: -তে with the
    emphatic -ই (দক্ষিণ এশিয়াতেই), which `case_stems` strips one at a time."""
    return listed in case_stems(word) or _place_nominative(word) == listed


def _place_at(article: _Article, i: int, covered: Mapping[int, _Span]) -> int:
    """The number of words of the gazetteer place starting at token i (0 when none)."""
    word = article.words[i]
    for parts in _MULTIWORD_PLACES.get(word, ()):
        end = i + len(parts)
        if end <= len(article.words) and not any(k in covered for k in range(i, end)) \
                and article.same_sentence(i, end - 1) and article.words[i:end - 1] == list(parts[:-1]) \
                and _place_word_form(article.words[end - 1], parts[-1]):
            return len(parts)
    if word in DEMONYMS:
        return 0
    if (_may_be_place(word) and (article.nominative(word) in PLACE_NAMES
                                 or any(f in WELL_KNOWN_ORGS for f in (article.nominative(word), *case_stems(word))))) \
            or article.lexicon.loose_place(word):
        return 1
    return 0


_DIVISION = "বিভাগ"
