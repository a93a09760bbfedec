"""Steps 1 and 2 of `core.entities`: tokenising, tagging every sentence with the CRF, and repairing
the model's names.

The model's spans are cut at words no name holds and at titles inside them, trimmed of describing
words, verbs and compound-verb nouns at the edges, retyped by the gazetteers, and a last name cut
off is restored when a relative of the article bears it (`_model_spans`, `_trim`, `_split`). Also
the surname rules that look at the whole article (`_surnames_by_context`, …) and the desk line
(`_desk_line`, `_desk_reporters`), which read the same tagged tokens.

Separate because it is what the tagger gives before any rule adds to it; the rules build on the
predicates defined here (`_describes`, `_genitive`, `_known_place`, `_office_of`, …).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from core.entities.article import (
    _CLASSIFIERS,
    _LOCATIVE,
    _ORGANISATIONS,
    _PLACES_AND_ORGS,
    _SENTENCE_CACHE,
    _STRONG_LOC_HEADS,
    _TOKEN,
    _VERB_ENDINGS,
    _WORD_CACHE,
    _acronym_kind,
    _acronym_stem,
    _Article,
    _bare_nominative,
    _head_kind,
    _is_word,
    _Lexicon,
    _Span,
)
from core.entities.canonical import is_honorific, is_title, nominative
from core.entities.tunables import _ORG_HEADS, _PARTICLES, _TYPE_OF_LABEL, RULE_CONFIDENCE
from core.lexicon.names import (
    ADMIN_HEAD_WORDS,
    BUILDING_HEAD_WORDS,
    COMMON_WORD_SURNAMES,
    DEMONYMS,
    GENERIC_ADMIN_WORDS,
    GENERIC_NOT_ENTITIES,
    LETTER_NAMES,
    LOC_HEAD_WORDS,
    NAME_CLOSING_TITLES,
    NAME_LIKE_TITLES,
    NAME_MIDDLES,
    NAME_STOP_WORDS,
    NOT_NAME_ENDINGS,
    NOT_NAME_MODIFIERS,
    ORG_LEADING_WORDS,
    PERSON_NAME_PREFIXES,
    PLACE_NAMES,
    WEAK_LOC_HEAD_WORDS,
    WELL_KNOWN_ORGS,
)
from core.lexicon.orgs import ORGANISATIONS
from core.lexicon.time import AMBIGUOUS_KAL, JOINED_LAST_NIGHT, RELATIVE_DAYS, SAME_DAY_PHRASES, WEEKDAYS
from core.models import Span
from core.ner import NerModel, letter_acronym
from core.text import case_stems, token_offsets


def _tokenize(text: str, spans: Sequence[Span], lexicon: _Lexicon) -> _Article:
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    sentence_of: list[int] = []
    ranges: list[tuple[int, int]] = []
    all_words, all_starts, all_ends = token_offsets(text)
    for index, span in enumerate(spans):
        lo = bisect_left(all_starts, span.start)
        hi = bisect_left(all_starts, span.end, lo)
        if lo < hi and all_ends[hi - 1] <= span.end and (lo == 0 or all_ends[lo - 1] <= span.start):
            found_words, found_starts, found_ends = all_words[lo:hi], all_starts[lo:hi], all_ends[lo:hi]
        else:  # no tokens, or a span that cuts a word: tokenise the span alone
            found = list(_TOKEN.finditer(text, span.start, span.end))
            found_words = tuple(map(re.Match.group, found))
            found_starts = tuple(map(re.Match.start, found))
            found_ends = tuple(map(re.Match.end, found))
        if found_words:
            ranges.append((len(words), len(words) + len(found_words)))
            words += found_words
            starts += found_starts
            ends += found_ends
            sentence_of += [index] * len(found_words)
    return _Article(text, words, starts, ends, sentence_of, ranges, lexicon, attested=frozenset(words))


def _desk_line(article: _Article) -> frozenset[int]:
    """ঢাকা/শাহীন/রাজীব, এএইচআর/এনএফ, টিটি/এএমএ/এমএস: the desk line that closes a news article
    names the desk's place and its staff by name or initials, joined by slashes. Its tokens: a
    slash-joined chain of three or more parts, or one that ends its sentence; or initials alone
    in the article's last sentence ("… তিনে রয়েছে কমোরোস। এমএমএম")."""
    out = set(_closing_initials(article))
    if "/" not in article.attested:
        return frozenset(out)
    slashes = article.positions(("/",))
    words = article.words
    n = len(words)
    i = 0
    for slash in slashes:
        if slash < i or not article.joined(slash):
            continue
        start = slash - 1
        end = slash + 1  # exclusive
        while end < n and article.joined(end) and (words[end] == "/" or _is_word(words[end])):
            end += 1
        i = end
        parts = sum(1 for k in range(start, end) if words[k] != "/")
        ends_sentence = end >= n or not article.same_sentence(start, end) or words[end] in ("।", ".") \
            or words[end] == "সম্পর্কিত"
        if parts >= 3 or ends_sentence:
            out.update(range(start, end))
    return frozenset(out)


def _desk_reporters(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"… আউট হন। ঢাকা/ইয়াসিন", "ঢাকা/আমিনুল": a desk line of a place and one name signs the report
    with its reporter's name, a person (the opened annotations keep him, 8 times in 8). Not the
    staff of a longer line (ঢাকা/শাহীন/রাজীব, ঢাকা/এএএম/মাসুদ), which they mostly leave out, nor
    initials (ঢাকা/এসবি)."""
    words = article.words
    desk = article.desk
    out = list(spans)
    for k in sorted(desk):
        if words[k] != "/" or k - 1 in desk and k - 2 in desk and words[k - 2] == "/" \
                or k + 2 in desk and words[k + 2] == "/":
            continue  # (a chain of three parts or more)
        name = words[k + 1] if k + 1 in desk else ""
        if not _known_place(article, words[k - 1], bare=True) or not _is_word(name) or name[0].isdigit() \
                or letter_acronym(name) or _acronym_stem(name) is not None \
                or name in article.lexicon.common and not article.lexicon.person_word(name):
            continue
        out = [s for s in out if not s.start <= k + 1 < s.end]
        out.append(_Span(k + 1, k + 2, "PERSON", "desk", RULE_CONFIDENCE["title"]))
    return sorted(out, key=lambda s: s.start)


def _closing_initials(article: _Article) -> list[int]:
    """The token of a last sentence that is nothing but a letter acronym (a desk's initials), but
    not a known organisation's: "… বলেন কিম। এএফপি।" credits the news agency (the opened stretches
    keep এএফপি and পিটিআই there)."""
    if not article.sentences:
        return []
    start, end = article.sentences[-1]
    words = [k for k in range(start, end) if _is_word(article.words[k])]
    if len(words) == 1 and letter_acronym(article.words[words[0]]) and _acronym_stem(article.words[words[0]]) is not None \
            and article.words[words[0]] not in _KNOWN_ORG_NAMES:
        return words
    return []


def _tag(article: _Article, model: NerModel) -> None:
    """Tag sentence by sentence and keep the tagged names; a sentence repeated word for word (BBC
    texts repeat every one, boilerplate lines, datelines and republished stories recur across
    articles) is tagged once per process (`_Lexicon.sentence_runs`, keyed by its text, which fixes
    its words)."""
    runs: list[tuple[int, int, str]] = []
    words, starts, ends, text = article.words, article.starts, article.ends, article.text
    cache = article.lexicon.sentence_runs
    for start, end in article.sentences:
        key = text[starts[start]:ends[end - 1]]
        found = cache.pop(key, None)  # re-inserted below: the most recently used come last
        if found is None:
            found = _runs(model.tag(words[start:end]))
            if len(cache) >= _SENTENCE_CACHE:
                del cache[next(iter(cache))]
        cache[key] = found
        runs.extend([(start + a, start + b, kind) for a, b, kind in found])
    article.runs = runs


def _runs(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """The names in one sentence's BIO tags, as (start, end, type); an I- tag of another type
    than the name before it starts a new name."""
    out: list[tuple[int, int, str]] = []
    current: list[int] | None = None  # [start, end] of the open name
    kind = ""
    for i, tag in enumerate(tags):
        if tag == "O":
            if current is not None:
                out.append((current[0], current[1], kind))
                current = None
            continue
        label = _TYPE_OF_LABEL.get(tag[2:])
        if current is not None and tag.startswith("I-") and label == kind:
            current[1] = i + 1
            continue
        if current is not None:
            out.append((current[0], current[1], kind))
            current = None
        if label is not None:
            current, kind = [i, i + 1], label
    if current is not None:
        out.append((current[0], current[1], kind))
    return out


def _model_spans(article: _Article) -> list[_Span]:
    out = [_Span(start, end, kind, "model", 0.7) for start, end, kind in _joined_person_runs(article)]
    out = [piece for span in out for piece in _split(article, span)]
    out = [s for s in (_trim(article, s) for s in out) if s is not None]
    for span in out:
        known = _gazetteer_type(article, span)
        if known is not None:
            span.type = known  # মানবজমিন, ঢাকা পোস্টকে: a name the gazetteers know, whatever the model said
        elif span.type != "PERSON" and span.end - span.start > 1 and _all_person_words(article, span):
            span.type = "PERSON"  # আমিন হোসেন, মোহাম্মদ সামি: a person's name the model typed as a place
        elif span.type == "ORG" and (_prefixed_personal_name(article, span) or _linked_personal_name(article, span)):
            span.type = "PERSON"  # শেখ পুত্তি | সরকারের পতন: the person the government is named after
        elif span.type == "PERSON":
            _trim_person(article, span)
    out = _trim_common(article, [s for s in out if s.end > s.start])
    out = [piece for span in out for piece in _without_oblique_phrase(article, span)]
    for span in out:
        if span.type == "PERSON" and span.end - span.start == 1 and _place_not_person(article, article.words[span.start]):
            span.type = "LOC"  # "মসুলের যুবরাজ | সিরিয়া আক্রমণ": the title trimmed, a country is left
    return _family_names(article, _join_prefixes(article, out))


def _joined_person_runs(article: _Article) -> list[tuple[int, int, str]]:
    """The tagger's names, with two persons' names right beside each other made one: "হাবিবুর রহমান
    | সোহান ও হায়দার আলি" (the tagger opened a new name at the last word). News lists people with
    commas or ও, never side by side; a name whose last word has a case ending (রহিমের | করিম) or is
    an honorific ends there, and the second is one word, or two after a name of two words or more:
    headlines run together name two people (মাহমুদুল | খালেদা জিয়া). Two names with only the link
    of a Muslim name between them (সাকিব | উল | হাসান) are one too."""
    words = article.words
    out: list[tuple[int, int, str]] = []
    for start, end, kind in article.runs:
        if out and kind == "PERSON" and out[-1][2] == "PERSON" and out[-1][1] == start - 1 \
                and words[start - 1] in _NAME_LINKS and article.same_sentence(out[-1][0], end) \
                and not article.inflected(words[start - 2]) and end - out[-1][0] <= _LONGEST_NAME:
            out[-1] = (out[-1][0], end, kind)  # সাকিব | উল | হাসান: the link of a Muslim name, left out
            continue
        if out and kind == "PERSON" and out[-1][2] == "PERSON" and out[-1][1] == start \
                and article.same_sentence(start - 1, start) and not article.joined(start) \
                and _is_word(words[start - 1]) and not article.inflected(words[start - 1]) \
                and not is_honorific(words[start - 1]) and end - out[-1][0] <= _LONGEST_NAME \
                and (end - start == 1 or start - out[-1][0] >= 2 and end - start == 2):
            out[-1] = (out[-1][0], end, kind)
            continue
        out.append((start, end, kind))
    return out


def _prefixed_personal_name(article: _Article, span: _Span) -> bool:
    """শেখ পুত্তি | সরকারের পতন: before সরকার, a name prefix (শেখ, সৈয়দ, মীর, মির্জা, খন্দকার) and one
    or two more words, none an organisation's head word, acronym or place, spell the person the
    government is named after, however the tagger typed it (it reads "শেখ হাসিনা সরকার" as an
    organisation). Elsewhere such a name may be a firm's (মির্জা আজিজ জানিয়েছে)."""
    words = article.words[span.start:span.end]
    after = article.words[span.end] if span.end < len(article.words) else ""
    return words[0] in PERSON_NAME_PREFIXES and 2 <= len(words) <= 3 and _GOVERNMENT in case_stems(after) \
        and all(_is_word(w) and _head_kind(w) is None and _acronym_stem(w) is None and not _known_place(article, w)
                and article.lexicon.title_name_word(w) for w in words[1:])


def _linked_personal_name(article: _Article, span: _Span) -> bool:
    """তানজিদ উল তামিম, পুরুষত্তোম আল ক্যাটেল: two name words joined by the Arabic link of a Muslim
    name (উল, আল, অর, উর) are a person's name, however the tagger typed it; none an organisation's
    head word, acronym or place."""
    words = article.words[span.start:span.end]
    return len(words) == 3 and words[1] in _NAME_LINKS \
        and all(_is_word(w) and _head_kind(w) is None and _acronym_stem(w) is None and not _known_place(article, w)
                and article.lexicon.title_name_word(w) for w in (words[0], words[2]))


# The Arabic article or link inside a Muslim name (সাকিব আল হাসান, জিয়া উল হক, হারুন অর রশীদ).
_NAME_LINKS = frozenset({"আল", "উল", "অর", "উর"})


def _place_not_person(article: _Article, word: str) -> bool:
    return _place_nominative(word) in PLACE_NAMES and not article.lexicon.person_word(word)


def _join_prefixes(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A name prefix the model put in another name (বিএনপি মহাসচিব মির্জা | ফখরুল ইসলাম আলমগীর) joins
    the person's name right after it."""
    out: list[_Span] = []
    ends = {s.end for s in spans}
    words = article.words
    for span in spans:
        k = span.start - 1
        if span.type == "PERSON" and k >= 0 and k not in ends and words[k] in PERSON_NAME_PREFIXES \
                and article.same_sentence(k, span.start):
            span = replace(span, start=k)  # মহাসচিব মির্জা | ফখরুল ইসলাম আলমগীর: the prefix the model left out
        elif span.type == "PERSON" and k >= 1 and words[k] == ":" and words[k - 1] in _COLON_PREFIXES \
                and article.joined(k) and article.same_sentence(k - 1, span.start):
            span = replace(span, start=k - 1)  # মো: | আমিনুল ইসলাম রাজু: the prefix written with a colon
            if out and out[-1].start >= k - 1 and out[-1].end <= k:
                out.pop()  # the prefix the model tagged alone
        before = out[-1] if out else None
        if before is not None and span.type == "PERSON" and before.end == span.start \
                and article.same_sentence(before.start, span.start) \
                and all(w in _NAME_PREFIX_WORDS or is_honorific(w) for w in article.words[before.start:before.end]):
            out[-1] = replace(span, start=before.start)
        else:
            out.append(span)
    return out


# মো., মোছা. written with a colon (মো: তৈয়বুর রহমান): the tokenizer cuts the colon off.
_COLON_PREFIXES = frozenset({"মো", "মোছা", "মোসা"})


def _pradhan_surnames(article: _Article, spans: list[_Span]) -> list[_Span]:
    """প্রধান ("chief") after a person's name and before a comma or the sentence's end is their
    surname: "জাগপার সহ-সভাপতি রাশেদ প্রধান, …", "গুলশান আনোয়র প্রধান।" (not "… প্রধান অতিথি")."""
    words = article.words
    starts = {s.start for s in spans}
    for span in spans:
        k = span.end
        if span.type == "PERSON" and k + 1 < len(words) and words[k] == "প্রধান" and k not in starts \
                and article.same_sentence(k - 1, k) and not article.joined(k) \
                and (words[k + 1] in {",", "।", ";"} or not article.same_sentence(k, k + 1)):
            span.end = k + 1
    return spans


def _surnames_by_context(article: _Article, spans: list[_Span]) -> list[_Span]:
    """সরকার, দাস, রায় … right after a person's name are the surname the tagger tagged with it when
    the sentence shows a person: an age in brackets follows ("জর্জি সরকার (৩১)"), or a kinship word
    or a title comes before ("দাদা রঞ্জিত সরকার", "জেলা ত্রাণ কর্মকর্তা রঙ্গলাল সরকার বলেন"); then the same name with the surname elsewhere in the
    article too ("সাথী সরকার ও জর্জি সরকার"). Otherwise সরকার stays "the government" (হাসিনা
    সরকারের পতন). Rifat test split: the people so named lost their surname and then, as one word
    said once, the whole name."""
    words = article.words
    n = len(words)
    starts = {s.start for s in spans}
    tagged = {k for start, end, kind in article.runs if kind == "PERSON" for k in range(start, end)}
    candidates = [s for s in spans if s.type == "PERSON" and s.end < n and s.end not in starts and s.end in tagged
                  and words[s.end] in COMMON_WORD_SURNAMES and article.same_sentence(s.end - 1, s.end)]
    shown = {tuple(words[s.start:s.end + 1]) for s in candidates if _shown_a_person(article, s)}
    for span in candidates:
        if tuple(words[span.start:span.end + 1]) in shown:
            span.end += 1
    return spans


def _surnames_after_middles(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A Hindu Bengali name the tagger closed on its middle name (চন্দ্র, কুমার, রানী) goes on to the
    surname after it, in any case form: "শিক্ষক দেবাশীষ কুমার | সরকারের সঙ্গে" is দেবাশীষ কুমার
    সরকার. After a middle name সরকার, দাস, রায় are the surname, never "the government"."""
    words = article.words
    starts = {s.start for s in spans}
    for span in spans:
        k = span.end
        if span.type == "PERSON" and span.end - span.start > 1 and k < len(words) and k not in starts \
                and _surname_after_middle(article, k) and not article.joined(k):
            span.end = k + 1
    return spans


def _shown_a_person(article: _Article, span: _Span) -> bool:
    """Is the name at `span` (and the word after it) followed by an age in brackets or preceded by
    a kinship word or a title?"""
    words = article.words
    k = span.end
    if k + 3 < len(words) and words[k + 1] == "(" and words[k + 2].isdigit() and len(words[k + 2]) <= _AGE_DIGITS \
            and words[k + 3] == ")":
        return True  # (not a year in brackets: "হাসিনা সরকার (২০০৯)")
    return span.start > 0 and (words[span.start - 1] in _KINSHIP or is_title(words[span.start - 1])) \
        and article.same_sentence(span.start - 1, k)


# An age has at most three digits.
_AGE_DIGITS = 3
# Kinship words that stand before a person's name ("বাবা জর্জি সরকার", "দাদি রিভা সরকার"). Bengali.
_KINSHIP = frozenset({"বাবা", "মা", "স্ত্রী", "স্বামী", "ছেলে", "মেয়ে", "ভাই", "বোন", "দাদা", "দাদি", "নানা",
                      "নানি", "চাচা", "চাচি", "মামা", "মামি", "খালা", "ফুফু", "কাকা", "কাকি", "নাতি", "নাতনি",
                      "পুত্র", "কন্যা"})


def _family_names(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A person's name the model cut before its last word, when that word (in a case form) is the
    last name of another person of the article: "আব্দুল হামিদ খান | ভাসানীর নাতি আজাদ খান ভাসানী"."""
    words = article.words
    last_names: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for span in spans:
        if span.type == "PERSON" and span.end - span.start > 1:
            last_names[words[span.end - 1]].add(tuple(words[span.start:span.end]))
    if not last_names:
        return spans
    starts = {s.start for s in spans}
    for span in spans:
        k = span.end
        if span.type != "PERSON" or span.end - span.start < 2 or k >= len(words) or k in starts \
                or not article.same_sentence(k - 1, k):
            continue
        stem = article.nominative(words[k])
        if stem != words[k] and last_names.get(stem, set()) - {tuple(words[span.start:k])}:
            span.end = k + 1
    return spans


def _name_opening(article: _Article, span: _Span) -> int:
    """Where an organisation's or place's name the model found really starts: after a word in the
    locative case ("মতিঝিলে | অফিস", "ধর্মপুর মৌজায় | মহালক্ষ্মী ব্যাংক": a name's case ending is on
    its last word) and before a well-known name that words other than places open ("অগাস্ট |
    আওয়ামী লীগ", "প্রথমদিন | ইনকিলাব মঞ্চ", a byline's "দেব | জাগো নিউজ"). Corpus: the false
    organisations among the model's names in the 566 articles."""
    words = article.words
    start = span.start
    if _known_org_name(article, words[start:span.end]):
        return start  # বাংলাদেশ খেলাফত মজলিস: a known name whole
    for k in range(span.end - 2, span.start - 1, -1):
        word = words[k]
        if _locative(article, word) and not _opens_known_name(article, k, span.end):
            start = k + 1
            break
    for k in range(start + 1, span.end):
        if _opens_known_name(article, k, span.end) \
                and not any(_opens_a_name(article, words[j]) for j in range(start, k)):
            return k
    return start


# What a newspaper is said to be before the word দৈনিক ("daily"): its subject, language or reach
# ("ক্রীড়া দৈনিক", "ইংরেজি দৈনিক", "জাতীয় দৈনিক"), besides a demonym or a place in -ভিত্তিক. Then দৈনিক
# is the category, not the paper's name ("স্প্যানিশ ক্রীড়া দৈনিক | এএস"; but "দৈনিক জং" alone is).
_DAILY = "দৈনিক"
_PAPER_DESCRIPTIONS = frozenset({"ক্রীড়া", "ইংরেজি", "বাংলা", "জাতীয়", "স্থানীয়", "আঞ্চলিক", "প্রভাবশালী",
                                 "অর্থনৈতিক", "ব্যবসায়িক", "জনপ্রিয়", "শীর্ষস্থানীয়", "প্রাচীন"})


def _described_daily(article: _Article, span: _Span) -> bool:
    """The span opens with দৈনিক after a word that describes the paper: "মাদ্রিদভিত্তিক দৈনিক মার্কায়"."""
    k = span.start
    if article.words[k] != _DAILY or span.end - k < 2 or k == 0 or not article.same_sentence(k - 1, k):
        return False
    before = article.words[k - 1]
    return before in _PAPER_DESCRIPTIONS or before in DEMONYMS or before.endswith("ভিত্তিক")


def _open_name(article: _Article, span: _Span) -> bool:
    """Move an organisation's or place's start to where its name opens (`_name_opening`); False
    when what is left is one ordinary word ("মতিঝিলে | অফিস")."""
    if span.type == "ORG" and _described_daily(article, span):
        span.start += 1  # "ক্রীড়া দৈনিক | এএসকে": the paper's category before its name
    first = article.words[span.start]
    if span.end - span.start >= 2 and (_causative_verb(article, first) or _finite_verb(article, first)
                                       or article.lexicon.past_verb(first)):
        span.start += 1  # "(০) ফেরান | অ্যালিস।", "… করলেন | রানা", "পারল | মোহামেডান": the verb before its subject
    if span.type == "PERSON" and span.rule == "model" and span.end - span.start >= 2 \
            and (span.end - span.start >= 3 or article.lexicon.person_word(article.words[span.start])) \
            and _inflected_common_noun(article, article.words[span.end - 1]):
        span.end -= 1  # "মো. ফারুক | মৃত্যুর বিষয়টি": the noun after the name, in the genitive
        while span.end - span.start > 1 and not _is_word(article.words[span.end - 1]):
            span.end -= 1  # "আরাফাত রহমান- | দুই": and the hyphen that joined it
    if span.type == "PERSON" or span.end - span.start < 2:
        return True
    start = _name_opening(article, span)
    if start == span.start:
        return True
    span.start = start
    if span.rule == "model" and span.end - start > 1 and _all_person_words(article, span):
        span.type = "PERSON"  # the tagger's "বেড়ায় রহিমা খাতুন" (ORG): the place opened a person's name
    word = article.words[start]
    return span.end - start > 1 or not (word in article.lexicon.vocabulary or word in article.lexicon.common) \
        or article.lexicon.known_name(word)


def _inflected_common_noun(article: _Article, word: str) -> bool:
    """মৃত্যুর, বিষয়টির: an ordinary word with a case ending, no name word of any list."""
    lexicon = article.lexicon
    stem = article.nominative(word)
    return stem != word and stem in lexicon.common and word in lexicon.common and not lexicon.person_word(word) \
        and stem not in lexicon.name_words and not lexicon.known_name(word)


def _finite_verb(article: _Article, word: str) -> bool:
    """করলেন, জেতেন, করেছেন: a finite verb (`_FINITE_VERB_ENDINGS`) that is no listed name; also with
    the particle "also" or "only" after it (মানছেনও: "admits too")."""
    if word.endswith(_PARTICLES) and len(word) > 5 and word[:-1].endswith(_FINITE_VERB_ENDINGS):
        word = word[:-1]
    return len(word) > 4 and word.endswith(_FINITE_VERB_ENDINGS) and not article.lexicon.person_word(word)


def _causative_verb(article: _Article, word: str) -> bool:
    """ফেরান, করান, ঘোরান: the honorific present of a verb in -ানো, whose infinitive (ফেরাতে) is an
    ordinary word; not a listed name (খান, whose খাতে is a word too)."""
    lexicon = article.lexicon
    return len(word) > 3 and word.endswith("ান") and word[:-2] + "াতে" in lexicon.common \
        and not lexicon.person_word(word)


def _locative(article: _Article, word: str) -> bool:
    """A word in the locative case: a locative ending on a stem that is a place or an ordinary
    word (মতিঝিলে, ঢাকায়)."""
    if not word.endswith(_LOCATIVE):
        return False
    lexicon = article.lexicon
    for stem in case_stems(word)[1:]:
        locative = any(word == stem + ending for ending in _LOCATIVE)
        if locative and (stem in lexicon.common or stem in PLACE_NAMES or stem in lexicon.bd_places
                         or stem in _LAND_UNITS):
            return True
    return False


# Units of land and settlement a place's name is put before ("ধর্মপুর মৌজায়", "৫ নম্বর ওয়ার্ডে"),
# which the corpus vocabulary may lack as ordinary words.
_LAND_UNITS = frozenset({"মৌজা", "মহল্লা", "ওয়ার্ড", "পাড়া"})


def _opens_known_name(article: _Article, k: int, end: int) -> bool:
    """Do tokens k…end-1 spell a well-known organisation (its last word in any case form)?"""
    return _known_org_name(article, article.words[k:end])


def _name_forms(article: _Article, words: Sequence[str]) -> set[str]:
    """The phrase with its last word in every form it may have without a case ending."""
    return {" ".join([*words[:-1], last]) for last in (article.nominative(words[-1]), *case_stems(words[-1]))}


def _opens_a_name(article: _Article, word: str) -> bool:
    """A word that may open an organisation's name before a well-known one: a place (ঢাকা মহানগর
    দক্ষিণ বিএনপি), an administrative word, an opening adjective (বাংলাদেশ, জাতীয়) or an ideology
    (জাতীয়তাবাদী)."""
    return word in PLACE_NAMES or article.lexicon.bd_place(word) or word in GENERIC_ADMIN_WORDS \
        or word in ORG_LEADING_WORDS or word in _CITY_HALVES or _acronym_stem(word) is not None \
        or word.endswith(_PARTY_ADJECTIVE_ENDINGS)  # জাতীয়তাবাদী ছাত্রদল


def _gazetteer_type(article: _Article, span: _Span) -> str | None:
    words = article.words[span.start:span.end]
    name = _nominative_phrase(article, words)
    if name in _KNOWN_ORG_NAMES:
        return "ORG"
    if span.end - span.start == 1 and span.type == "PERSON" and article.lexicon.bd_place(words[0]) \
            and not article.lexicon.person_word(words[0]) and words[0] not in article.lexicon.common:
        return "LOC"  # "ময়মনসিংহ-১০ (গফরগাঁও) আসনে": an upazila no one is named
    return "LOC" if name in PLACE_NAMES and span.end - span.start > 1 else None


def _trim_person(article: _Article, span: _Span) -> None:
    """A person's name the model ran into ordinary words: "তাজনূভা জাবীন | পদত্যাগ", "পাম বন্ডির
    | উদ্দেশে", "কুচকাওয়াজ | রোববার"."""
    words = article.words
    lexicon = article.lexicon
    common = lexicon.common
    end = span.end
    while end - span.start > 1 and (_not_a_last_name(article, end - 1) or _opens_known_name(article, end - 1, end + 1)):
        end -= 1  # … পদত্যাগ; মাকছুদ খান | জাগো নিউজ: a byline's outlet
    if end - span.start > 2 and _opens_known_name(article, end - 2, end):
        end -= 2  # রুহুল আমীন মল্লিক | জাগো নিউজকে বলেন: the outlet the person spoke to, whole in the span
    if end - span.start > 2 and words[end - 2] == "বীর" and any(f in _GALLANTRY for f in case_stems(words[end - 1])):
        end -= 2  # অলি আহমদ বীর বিক্রম: a gallantry award after the name
    elif end - span.start > 1 and end < len(words) and words[end - 1] == "বীর" \
            and any(f in _GALLANTRY for f in case_stems(words[end])):
        end -= 1
    end = next((k + 1 for k in range(span.start, end - 1) if _possessor_of_a_thing(article, k)
                or _name_with_also(article, words[k])), end)
    start = span.start
    while end - start > 1 and not lexicon.person_word(words[start]) \
            and (_describes(words[start]) or words[start] in _WEEKDAYS or words[start] in _DAY_WORDS
                 or (words[start].endswith(_LOCATIVE) and article.inflected(words[start])
                     and article.nominative(words[start]) in common)):
        start += 1  # সিরিজে | মোসাদ্দেক (a locative; a genitive may be a name: জমির উদ্দিন)
    span.start, span.end = start, end


def _name_with_also(article: _Article, word: str) -> bool:
    """মিরাজও ("Miraz too"): a name word with the emphatic -ও is the last word of its name
    ("মেহেদী মিরাজও | হাল ধরতে পারেননি"); after a vowel sign ও is the word's own (মাও)."""
    return len(word) > 3 and word.endswith("ও") and word[-2] not in _VOWEL_SIGNS \
        and article.lexicon.person_word(word[:-1])


def _possessor_of_a_thing(article: _Article, k: int) -> bool:
    """"বার্দোর শব্দচয়ন", "রোকেয়ার লেখনী": a name the article uses in the genitive before a word that
    is no name word ends the name (the model ran it into what it owns); not a name that ends in -র
    as written (আনোয়ার হোসেন), nor one before a known surname (জিয়ার রহমান, a misspelt name)."""
    word = article.words[k]
    lexicon = article.lexicon
    if not _genitive(word) or word in lexicon.given_names or word in lexicon.surnames \
            or lexicon.person_word(article.words[k + 1]):
        return False
    stem = article.nominative(word)
    return stem != word and stem in article.attested


def _owned_thing(article: _Article, word: str) -> bool:
    """মৃত্যুতে, শাসনামলে, নেতৃত্বে: an ordinary noun of the news vocabulary with a case ending of its
    own. After a word in -র (a name in the genitive, the name the article may not know: অতন্দ্রিলার)
    it is what the person owns, never a word of the name: a name takes its case ending on its last
    word only (অর্চি অতন্দ্রিলার | মৃত্যুতে)."""
    lexicon = article.lexicon
    stem = article.nominative(word)
    return stem != word and stem in lexicon.common and not lexicon.person_word(word) and stem not in lexicon.name_words


# Bangladesh's gallantry awards, written after the name with বীর (বীর বিক্রম, বীর উত্তম, বীর প্রতীক).
_GALLANTRY = frozenset({"বিক্রম", "উত্তম", "প্রতীক"})


def _not_a_last_name(article: _Article, k: int) -> bool:
    """Token k cannot end a person's name: a verb or describing word, a weekday, or the noun of a
    compound verb ("পদত্যাগ করেছেন")."""
    words = article.words
    word = words[k]
    lexicon = article.lexicon
    if lexicon.person_word(word) or _surname_after_middle(article, k):
        return False
    if _describes(word) or word in _WEEKDAYS or lexicon.future_verb(word) or _simple_verb(article, word):
        return True  # … | খেলবেন সিলেট টাইটান্সের হয়ে; মাহিদুল | গড়েন ৬৬ রানের জুটি
    if article.inflected(word) and article.nominative(word) in GENERIC_NOT_ENTITIES:
        return True  # "জিয়াউর রহমান | সেনাবাহিনীতে কর্মরত থাকাকালীন": the army, in a case form
    if k > 0 and words[k - 1].endswith("র") and article.same_sentence(k - 1, k) and _owned_thing(article, word):
        return True  # "অর্চি অতন্দ্রিলার | মৃত্যুতে": what the person owns, after the name in the genitive
    if is_honorific(word) and k + 1 < len(words) and words[k + 1] in _LIGHT_VERBS:
        return True  # "জিয়াউর রহমান | শহীদ হন": became a martyr
    ordinary = word in lexicon.common or (word in lexicon.vocabulary and word not in lexicon.name_words)
    if not ordinary or k + 1 >= len(words) or not article.same_sentence(k, k + 1):
        return False
    # the noun of a compound verb, or an ordinary word that says which government: "রাজ্য | সরকারকে"
    # (the state government, after "স্বরাষ্ট্রসচিব অনিল গোস্বামী"; Rifat test split). Not any generic
    # noun: a name the corpus has seen may stand before one ("ব্রিজিত বার্দো | আদালতে যান")
    return words[k + 1] in _LIGHT_VERBS or _GOVERNMENT in case_stems(words[k + 1])


def _simple_verb(article: _Article, word: str) -> bool:
    """গড়েন, ধরেন: a verb in the simple present or past (-েন), known by two of the verb's other
    forms in the vocabulary (গড়তে, গড়েছেন); a name in -েন has none (রুবেন: রুবতে)."""
    if not word.endswith("েন") or len(word) < 4 or article.lexicon.person_word(word):
        return False
    stem = word[:-2]
    vocabulary = article.lexicon.vocabulary
    return sum(stem + ending in vocabulary for ending in ("তে", "লেন", "বেন", "ছেন", "েছেন", "লো")) >= 2


_WEEKDAYS = frozenset(w for forms in WEEKDAYS.values() for w in forms)
# Words that name a day by its distance from another (সেদিন "that day", গতকাল, পরদিন): an adverb of
# time the tagger may run into the name after it ("সেদিন | ওসমান হাদির গায়ে গুলি লেগেছে"); no name
# opens with one. The date rules' own lists, plus এদিন ("this day"), which they lack.
_DAY_WORDS = frozenset(RELATIVE_DAYS) | AMBIGUOUS_KAL | JOINED_LAST_NIGHT \
    | frozenset(phrase[0] for phrase in SAME_DAY_PHRASES if len(phrase) == 1) | {"এদিন", "এদিনই"}


# Forms of করা, দেওয়া, নেওয়া, হওয়া that make a verb of the noun before them: পদত্যাগ করেছেন.
_LIGHT_VERBS = frozenset({
    "করেন", "করেছেন", "করে", "করেছে", "করবেন", "করবে", "করলেন", "করছেন", "করা", "করলে", "দেন", "দিয়েছেন",
    "দিয়েছে", "দেবেন", "নেন", "নিয়েছেন", "হন", "হয়েছেন", "হয়েছে",
})


def _all_person_words(article: _Article, span: _Span) -> bool:
    lexicon = article.lexicon
    return all(lexicon.person_word(w) and _bare_nominative(w) not in _PLACES_AND_ORGS
               and _acronym_stem(w) is None and _bare_nominative(w) not in _HEADS
               for w in article.words[span.start:span.end])


def _trim_common(article: _Article, spans: list[_Span]) -> list[_Span]:
    """Drop an ordinary word the model ran a person's name into (কিম ঘন ঘন: "frequently") when the
    name without it is the start of another person name in the article (কিম জং উন); not when what
    is left is a first part that names no one alone ("মো. আজহার ও মো. সানাউল্লাহ": মো.)."""
    names = [tuple(article.words[s.start:s.end]) for s in spans if s.type == "PERSON"]
    lexicon = article.lexicon
    common = lexicon.common
    out = []
    for span in spans:
        words = article.words[span.start:span.end]
        if span.type == "PERSON" and len(words) > 1 and words[-1] in common \
                and not lexicon.person_word(words[-1]):
            shorter = tuple(words[:-1])
            if any(n[:len(shorter)] == shorter and n != tuple(words) for n in names) \
                    and not all(w in _GIVEN_NAME_OPENERS or not _is_word(w) for w in shorter):
                span = replace(span, end=span.end - 1)
        out.append(span)
    return out


# A word in the locative (-তে after a vowel: মিয়ামিতে, ক্যাটাগরিতে) or with a classifier (ম্যাচটা,
# বইটি) modifies the words after it; a person's name has no such word before its last one, so a
# tagger's "person" with one inside is a phrase it misread. Not the genitive -র: names end in -ীর,
# -ার as written (বশীর, আনোয়ার), and the dictionary knows বশী, মুক্তা as words.
_LOCATIVE_AFTER_VOWEL = "তে"


def _oblique_word(article: _Article, word: str) -> bool:
    """মিয়ামিতে, ম্যাচটা: a word in the locative or with a classifier, which no name word is; not
    a name word of the lexicon or a title, whatever its ending."""
    lexicon = article.lexicon
    if len(word) < 4 or lexicon.person_word(word) or is_title(word):
        return False
    if word.endswith(_LOCATIVE_AFTER_VOWEL) and "\u09be" <= word[-3] <= "\u09cc":
        return True
    stem = word[:-2]
    return word.endswith(_CLASSIFIERS) and word not in lexicon.dictionary and stem in lexicon.dictionary \
        and not lexicon.person_word(stem)


def _without_oblique_phrase(article: _Article, span: _Span) -> list[_Span]:
    """A tagger's person with a word in the locative or with a classifier before its last word
    ("মিয়ামিতে ইহুদি", "ম্যাচটা রোমাঞ্চকর", "ক্যাটাগরিতে সিংহভাগ") keeps only the part on either
    side of that word which is made of known name words; with none, it was no name."""
    if span.type != "PERSON" or span.rule != "model" or span.end - span.start < 2:
        return [span]
    words = article.words
    inner = [k for k in range(span.start, span.end - 1) if _oblique_word(article, words[k])]
    if not inner:
        return [span]
    before = _Span(span.start, inner[0], span.type, span.rule, span.confidence)
    after = _Span(inner[-1] + 1, span.end, span.type, span.rule, span.confidence)
    while after.start < after.end and not article.lexicon.person_word(words[after.start]):
        after.start += 1  # a title or role word between the phrase and a name
    return [part for part in (before, after) if part.end > part.start and _all_person_words(article, part)]


def _split(article: _Article, span: _Span) -> list[_Span]:
    """Cut a model span at words no name contains (ও, এবং, -ভিত্তিক) and cut an inflected place
    off the end of a person (কিম জং উন রাশিয়ায় -> কিম জং উন + রাশিয়ায়). The cut depends on the
    words alone, so it is worked out once per distinct name (`_split_words`)."""
    pieces = _split_words(tuple(article.words[span.start:span.end]), span.type)
    return [_Span(span.start + a, span.start + b, kind, span.rule, span.confidence) for a, b, kind in pieces]


@lru_cache(maxsize=_WORD_CACHE)
def _split_words(words: tuple[str, ...], kind: str) -> tuple[tuple[int, int, str], ...]:
    """The pieces (start, end, type) of a name the model tagged, in word offsets."""
    pieces: list[tuple[int, int, str]] = []
    start = 0
    n = len(words)
    for i, word in enumerate(words):
        if word in _SPAN_BREAKERS or (word in NAME_STOP_WORDS and kind != "ORG" and not _middle_surname(words, i)
                                      and not _initial(words, i)):
            end = i - 1 if i - 1 > start and words[i - 1] == "-" else i  # যুক্তরাজ্য | -ভিত্তিক: the hyphen goes too
            if end > start:
                pieces.append((start, end, kind))
            start = i + 1
        elif i + 1 < n and kind == "LOC" and _inflected_place_head(word):
            pieces.append((start, i + 1, kind))  # "নুজুমা দ্বীপে | রোনালদো কিনেছেন": the place ends at its head
            start = n
            break
        elif i + 1 < n and kind == "ORG" and _locative_org_head(word):
            pieces.append((start, i + 1, kind))  # "গ্লোবাল সুপার লিগে | সেন্ট্রাল স্ট্যাগসের হয়ে": in the league
            start = i + 1
        elif i + 1 < n and (_inflected_place_or_acronym(word) or _ends_a_name(word) or _accusative(word)):
            pieces.append((start, i + 1, kind))  # ঢাকার | গুলশানে, শারমিনসহ | ডিজেএফবির, উত্তরকে | রাশিয়াকে
            start = i + 1
        elif i > start and kind == "LOC" and _place_nominative(word) in PLACE_NAMES \
                and _place_nominative(words[i - 1]) in PLACE_NAMES \
                and f"{words[i - 1]} {_place_nominative(word)}" not in PLACE_NAMES:
            pieces.append((start, i, kind))  # মিশর | সুদানের
            start = i
        elif word == "-" and kind == "PERSON" and i - start >= 2 and n - i - 1 >= 2 and "-" not in words[i + 1:]:
            pieces.append((start, i, kind))  # "মুশফিকুর রহিম-ইয়াসির আলী রাব্বিরা": a pair of players
            start = i + 1
        elif i > start and kind == "PERSON" and word.rstrip(".") in _ADDRESS_FORMS:
            pieces.append((start, i, kind))  # রজার্স | মি. আহমেদকে: a form of address opens the next name
            start = i
        elif i > start and (is_title(word) or (word in NAME_LIKE_TITLES and _genitive(words[i - 1]))) \
                and not any(_bare_nominative(w) in _HEADS for w in words[i + 1:]):
            # বিএনপি মহাসচিব মির্জা ফখরুল: an organisation, then a title and the person it introduces
            pieces.append((start, i, kind))
            kind = "PERSON"
            start = i
    if start < n:
        pieces.append((start, n, kind))
    if kind == "ORG" and len(pieces) == 1 and n > 1 and " ".join(words) not in PLACE_NAMES \
            and all(_place_nominative(w) in PLACE_NAMES for w in words):
        return tuple((i, i + 1, "LOC") for i in range(n))  # "বাড্ডা রামপুরা এলাকা": two places, no body
    out: list[tuple[int, int, str]] = []
    for start, end, piece_kind in (p for piece in pieces for p in _split_after_head(words, piece)):
        part = words[start:end]
        if len(part) == 3 and part[1] == "-" and part[2].isdigit() and part[0] in PLACE_NAMES:
            piece_kind = "LOC"  # বগুড়া-৭: a constituency
        if end - start == 1 and _bare_nominative(part[0]) in PLACE_NAMES:
            piece_kind = "LOC"
        last = part[-1]
        if piece_kind == "PERSON" and end - start > 1 and _bare_nominative(last) in _NAMED_AFTER_SOMEONE \
                or piece_kind == "ORG" and end - start > 1 and _bare_nominative(last) in BUILDING_HEAD_WORDS:
            piece_kind = "LOC"  # "মইনুল হক রোডের বাসভবন": a road named after someone; "সিকদার ভিলার ছাদে"
        if piece_kind == "PERSON" and end - start > 1 and last not in PLACE_NAMES \
                and _bare_nominative(last) in PLACE_NAMES:
            out += [(start, end - 1, piece_kind), (end - 1, end, "LOC")]
        elif piece_kind == "PERSON" and end - start > 1 and _acronym_kind(last) == "ORG":
            out += [(start, end - 1, piece_kind), (end - 1, end, "ORG")]  # সালাহউদ্দিন আহমেদ | বিবিসিকে
        else:
            out.append((start, end, piece_kind))
    return tuple(out)


# Places often named after a person, whose head the tagger takes into the person's name ("মইনুল হক
# রোডের", "শেখ জামাল স্টেডিয়ামে"); not সাগর or নগর, which end people's names too (… খান সাগর).
_NAMED_AFTER_SOMEONE = WEAK_LOC_HEAD_WORDS | {"স্টেডিয়াম", "বিমানবন্দর", "স্টেশন", "সেতু", "উদ্যান", "চত্বর",
                                             "এভিনিউ", "অ্যাভিনিউ", "মহাসড়ক"}

# Forms of address that stand before a surname (BBC Bangla's মি. আহমেদ, মিজ শারমিন).
_ADDRESS_FORMS = frozenset({"মি", "মিস্টার", "মিসেস", "মিজ"})


def _initial(words: Sequence[str], k: int) -> bool:
    """এ in "এ জেড এম জাহিদ হোসেন", "এ কে খন্দকার": a letter name before another one is an initial
    of a person's name, not the word "this"."""
    return words[k] in _LETTER_NAMES and k + 1 < len(words) and words[k + 1] in _LETTER_NAMES


def _genitive(word: str) -> bool:
    """জামায়াতের, বিএনপির: a word in the genitive (the -র of a longer word)."""
    return word.endswith("র") and len(word) > 3 and _bare_nominative(word) != word


def _split_after_head(words: tuple[str, ...], piece: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """An organisation's name ends at its head word when what follows is no name of its own:
    বাংলাদেশ কাবাডি ফেডারেশন | জাতীয় কাবাডি চ্যাম্পিয়নশিপের."""
    start, end, kind = piece
    if kind != "ORG":
        return [piece]
    for i in range(start + 1, end - 1):
        if words[i] in _ORG_HEADS and _bare_nominative(words[end - 1]) not in _ORG_HEADS:
            return [(start, i + 1, kind)]
    return [piece]


def _middle_surname(words: Sequence[str], k: int) -> bool:
    """সরকার, দাস, রায় after চন্দ্র, কুমার …: a surname, not "the government" (নিতাই চন্দ্র সরকার)."""
    return k > 0 and words[k - 1] in NAME_MIDDLES \
        and (words[k] in COMMON_WORD_SURNAMES or _bare_nominative(words[k]) in COMMON_WORD_SURNAMES)


def _surname_after_middle(article: _Article, k: int) -> bool:
    return _middle_surname(article.words, k) and article.same_sentence(k - 1, k)


@lru_cache(maxsize=_WORD_CACHE)
def _ends_a_name(word: str) -> bool:
    """শারমিনসহ ("with Sharmin"): a name with a postposition attached is the last word of its name."""
    return word.endswith("সহ") and len(word) > 3


@lru_cache(maxsize=_WORD_CACHE)
def _accusative(word: str) -> bool:
    """উত্তরকে, হাসিনাকে: a word with the accusative/dative -কে is the last word of its name; no name
    goes on past it ("উত্তরকে রাশিয়াকে অস্ত্র …" is two objects, not one place)."""
    return word.endswith("কে") and len(word) > 4 and _bare_nominative(word) == word[:-2]


@lru_cache(maxsize=_WORD_CACHE)
def _inflected_place_head(word: str) -> bool:
    """দ্বীপে, স্টেশনের: a place's head word in a case form, the last word of its name."""
    bare = _bare_nominative(word)
    return bare != word and bare in LOC_HEAD_WORDS


@lru_cache(maxsize=_WORD_CACHE)
def _locative_org_head(word: str) -> bool:
    """লিগে, ফেডারেশনে: an organisation's head word in the locative ("in the league") is the last word
    of its name; what follows is no part of it."""
    bare = _bare_nominative(word)
    return bare != word and word.endswith(_LOCATIVE) and bare in _ORG_HEADS


@lru_cache(maxsize=_WORD_CACHE)
def _inflected_place_or_acronym(word: str) -> bool:
    """ঢাকার, বিএনপির: a place or acronym in a case form, which ends a name inside a longer span."""
    return word not in PLACE_NAMES and (_bare_nominative(word) in PLACE_NAMES
                                        or _acronym_stem(word) not in (None, word))


_LETTER_NAMES = frozenset(LETTER_NAMES)

# Words that end a name wherever the model puts them: "-ভিত্তিক" (ওয়াশিংটন-ভিত্তিক স্টিমসন সেন্টার),
# "according to" (ন্যাশনাল লাইব্রেরি অব মেডিসিনের | তথ্যমতে).
_SPAN_BREAKERS = frozenset({"ভিত্তিক", "ও", "এবং", "বা", "সহ", "নামে", "নামের", "বনাম", "নাতি", "নাতনি", "ছেলে",
                            "মেয়ে", "স্ত্রী", "স্বামী", "পুত্র", "কন্যা", "জোট", "ওরফে",
                            "মতে", "তথ্যমতে", "তথ্যানুযায়ী", "হিসাবমতে", "হিসেবমতে", "সূত্রমতে", "ভাষ্যমতে"})


def _trim(article: _Article, span: _Span) -> _Span | None:
    """Drop punctuation, titles and demonyms at the edges of a span; None when nothing is left."""
    start, end = span.start, span.end
    words = article.words
    while start < end and (_trimmed_at_start(words[start])
                           or (words[start] in NAME_LIKE_TITLES and _office_of(article, start))):
        start += 1
    while end > start and (not _is_word(words[end - 1])
                           or (_generic(words[end - 1]) and not _surname_after_middle(article, end - 1))
                           or (end == span.end and is_honorific(words[end - 1]) and _person_run_at(article, end))
                           or words[end - 1] in DEMONYMS or _describes(words[end - 1])
                           or words[end - 1] in _TRAILING_ADVERBS or _doubled(words, end - 1)
                           or (end - start > 1 and _title_at_end(article, span.type, words[end - 1]))
                           or (end - start > 2 and span.type == "ORG" and "পত্রিকা" in case_stems(words[end - 1]))):
        end -= 1  # (… | পত্রিকার খবর: "the paper" after its name; আজকের পত্রিকা is a paper's name)
    if start >= end or all(is_honorific(w) for w in words[start:end]):
        return None
    if words[start] in _OF and start > 0 and _is_word(words[start - 1]) and words[start - 1] not in NAME_STOP_WORDS \
            and article.same_sentence(start - 1, start):
        start -= 1  # "টাইমস | অফ বাংলাদেশ পত্রিকার": no name opens with "of"
    if start == span.start and end == span.end:
        return span
    return replace(span, start=start, end=end)


# "of" carries an organisation's name on (ন্যাশনাল ব্যাংক অব পাকিস্তান, মেঘনা গ্রুপ অব ইন্ডাস্ট্রিজ).
_OF = frozenset({"অব", "অফ"})


def _doubled(words: Sequence[str], k: int) -> bool:
    """হাসতে হাসতে, ঘুরে ঘুরে: a word said twice in a row is an adverb of manner, no part of a name."""
    return (k + 1 < len(words) and words[k + 1] == words[k]) or (k > 0 and words[k - 1] == words[k])


def _person_run_at(article: _Article, k: int) -> bool:
    """Does a person name the tagger found start at token k? An honorific before it belongs to it
    ("১৪৩২ বঙ্গাব্দ বেগম | খালেদা জিয়ার": the tagger closed one name on বেগম and opened the next)."""
    return any(start == k and kind == "PERSON" for start, _, kind in article.runs)


# Adverbs, particles and question words the tagger runs into the end of a name ("জাসদ এতটাই
# দুর্বল", "বিবিসি বাংলা বেশ কিছু", "ভাই মরল কেন"): no name ends in one. Bengali grammar, closed list.
_TRAILING_ADVERBS = frozenset({
    "কেন", "কী", "কি", "বেশ", "এতটাই", "এতটা", "খুব", "অনেক", "আরও", "আরো", "আবার", "এখন", "তখন",
    "শুধু", "কেবল", "মাত্র", "তো", "তবে", "তবুও", "যদিও", "এমনকি", "অবশ্য", "অবশ্যই", "সবচেয়ে",
    "প্রায়", "ইতিমধ্যে", "ইতোমধ্যে", "এখনও", "এখনো", "কখনো", "কখনও", "সম্প্রতি", "এবার", "বরং",
    "নাকি", "কিংবা", "অথবা", "যেন", "সাধারণত", "সরাসরি", "একেবারে", "সবসময়", "আগেই", "পরে",
    # English function words written in Bengali: "the", "of" open or join a name, never end one
    # ("চার্জ দ্য | অ্যাফেয়ার্স …": a title cut before the name leaves "দ্য")
    "দ্য", "অব", "অফ",
})


def _title_at_end(article: _Article, kind: str, word: str) -> bool:
    """A title the model ran into the end of a name: "জামায়াত আমিরের" (an organisation's office); a
    person's name may end in a word that is also a title only in its case form (মোহাম্মদ আমির)."""
    stem = article.nominative(word)
    if kind != "PERSON":
        return is_title(word) or is_title(stem) or word in NAME_LIKE_TITLES or stem in NAME_LIKE_TITLES
    return is_title(stem)


@lru_cache(maxsize=_WORD_CACHE)
def _trimmed_at_start(word: str) -> bool:
    return not _is_word(word) or word in _CONJUNCTIONS or is_title(word) or word in DEMONYMS or _generic(word) or _describes(word) \
        or word in _LEADING_CATEGORIES


# Conjunctions the tagger runs into the start of a name ("ও সেলিমকে").
_CONJUNCTIONS = frozenset({"ও", "এবং", "বা", "আর", "কিংবা", "অথবা",
                           # "besides", "along with that": "সেইসাথে পলিসিস্টিক ওভারি সিন্ড্রোম"
                           "সেইসাথে", "সেইসঙ্গে", "এছাড়া", "এছাড়াও", "তাছাড়া", "পাশাপাশি"})

# Category nouns the tagger puts before a name: "সংগঠন কনজ্যুমারস অ্যাসোসিয়েশন অব বাংলাদেশ".
_LEADING_CATEGORIES = frozenset({"সংগঠন", "সংস্থা", "প্রতিষ্ঠান", "কোম্পানি", "গণমাধ্যম", "সংবাদমাধ্যম"})


@lru_cache(maxsize=_WORD_CACHE)
def _describes(word: str) -> bool:
    """A word that describes rather than names (নির্বাচিত, গুরুত্বপূর্ণ, ছয়টি, বিমর্ষভাবে) or a finite
    verb (জিতেছে, আসছিলেন): never inside a name."""
    if word in NOT_NAME_MODIFIERS or (word.endswith(NOT_NAME_ENDINGS) and len(word) > 3):
        return True
    if word.endswith(("টি", "টা")) and (word[:-2] in _NUMERALS or word[:-2].isdigit()):
        return True  # ছয়টি বন্দর, ১০টি
    return word.endswith(_VERB_ENDINGS) and len(word) > 4


# Number words that take the classifier -টি/-টা (ছয়টি বন্দর). Bengali grammar.
_NUMERALS = frozenset({"এক", "দু", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়", "দশ", "কয়েক",
                       "অনেক", "বেশ কয়েক", "প্রতি", "কোনো"})


@lru_cache(maxsize=_WORD_CACHE)
def _generic(word: str) -> bool:
    return any(f in _EDGE_GENERIC for f in case_stems(word))


# Generic nouns the model runs into the edge of a name: "চট্টগ্রাম-৮ আসন", "আসনে সংসদ".
# Era words close a date, never a name: "১৫ পৌষ, ১৪৩২ বঙ্গাব্দ বেগম খালেদা জিয়ার" (a page header).
_EDGE_GENERIC = frozenset({"আসন", "এলাকা", "সংসদীয়", "সরকার", "নির্বাচন", "জোট", "বঙ্গাব্দ", "খ্রিস্টাব্দ",
                           "সংগঠন", "আদেশক্রমে",  # "… সংগঠন | লন্ডন বাংলা প্রেস ক্লাব", "আদেশক্রমে | স্বরাষ্ট্র মন্ত্রণালয়"
                           "খ্রিষ্টাব্দ", "হিজরি"})


# A country's government named as such: "চীন সরকার", "বাংলাদেশ সরকারের সঙ্গে", "গণপ্রজাতন্ত্রী বাংলাদেশ
# সরকার" (the opened annotations keep it an organisation); not a party's or a period's government
# (আওয়ামী লীগ সরকার, অন্তর্বর্তী সরকার), which names no body of its own.
_GOVERNMENT = "সরকার"


_COURT_RANKS = frozenset({"মুখ্য", "বিচারিক", "মহানগর", "দায়রা", "বিশেষ", "জেলা", "অতিরিক্ত", "যুগ্ম", "চিফ",
                          "জুডিশিয়াল", "মেট্রোপলিটন"})


# The longest person's name `_name_edges` grows (মির্জা ফখরুল ইসলাম আলমগীর, ডা. দেওয়ান আমিনুল ইসলাম শাহীন).
_LONGEST_NAME = 6


# The first parts of Muslim given names that name no one alone (আব্দুল খালেক, মোহাম্মদ সেলিম).
_GIVEN_NAME_OPENERS = frozenset({"মো", "মো.", "মোহাম্মদ", "মুহাম্মদ", "মোহাম্মাদ", "মুহম্মদ", "আব্দুল", "আবদুল",
                                 "আব্দুর", "আবদুর", "আবু"})


def _nominative_phrase(article: _Article, words: Sequence[str]) -> str:
    """The words of a name with its last word in the nominative (হাজারীবাগের -> হাজারীবাগ)."""
    return " ".join([*words[:-1], article.nominative(words[-1])])


def _known_place(article: _Article, word: str, *, bare: bool = False) -> bool:
    """A place the gazetteers know (a country, a city, a Bangladesh district or upazila), as written
    or (unless `bare`) in a case form."""
    if bare:
        return word in PLACE_NAMES or word in article.lexicon.bd_places
    return article.nominative(word) in PLACE_NAMES or article.lexicon.bd_place(word)


_CITY_HALVES = frozenset({"উত্তর", "দক্ষিণ", "পূর্ব", "পশ্চিম"})


_HEADS = _ORG_HEADS | _STRONG_LOC_HEADS | WEAK_LOC_HEAD_WORDS | ADMIN_HEAD_WORDS


# Endings of finite verbs that no name has: the negated past (জানায়নি, করেনি) and the honorific
# habitual, past and perfect (জেতেন, খেললেন, করেছেন, করছেন). A verb never sits inside a name.
_FINITE_VERB_ENDINGS = ("য়নি", "েনি", "তেন", "লেন", "ছেন")


# হাকিম (a magistrate) is the office only after the magistrate's rank ("মহানগর হাকিম আসাদুজ্জামান
# নুর", "বিচারিক হাকিম", "নির্বাহী হাকিম মো. আবদুল আজিজ"); after anything else it is a given name.
_MAGISTRATES = frozenset({"হাকিম"})
_MAGISTRATE_RANKS = _COURT_RANKS | {"নির্বাহী"}


def _office_of(article: _Article, i: int) -> bool:
    """আমির after its organisation in the genitive is an office (জামায়াতের আমির শফিকুর রহমান); elsewhere
    it is a given name (আমীর খসরু মাহমুদ চৌধুরী). হাকিম is one after a magistrate's rank. রাজা is a name only after a name word (রেজাউর রহমান
    রাজা): before a name it opens it is the office (রাজা চার্লস)."""
    words = article.words
    if words[i] in _MAGISTRATES:
        return i > 0 and article.same_sentence(i - 1, i) and words[i - 1] in _MAGISTRATE_RANKS
    if words[i] in NAME_CLOSING_TITLES and i + 1 < len(words) and article.same_sentence(i, i + 1) \
            and article.lexicon.title_name_word(words[i + 1]):
        after_a_name = i > 0 and article.same_sentence(i - 1, i) and article.lexicon.person_word(words[i - 1])
        return not after_a_name
    return i > 0 and article.same_sentence(i - 1, i) and article.inflected(words[i - 1]) \
        and words[i - 1].endswith("র")


@lru_cache(maxsize=_WORD_CACHE)
def _place_nominative(word: str) -> str:
    return nominative(word, known=PLACE_NAMES)


_PARTY_ADJECTIVE_ENDINGS = ("বাদী", "তান্ত্রিক", "তন্ত্রী")


# Every name of the gazetteers the rules test a phrase against, as written and as tokens joined by
# spaces (প্রাণ-আরএফএল গ্রুপ, প্রাণ - আরএফএল গ্রুপ).
_KNOWN_ORG_NAMES = WELL_KNOWN_ORGS | frozenset(name for names in ORGANISATIONS for name in names) \
    | frozenset(" ".join(p) for names in (*_ORGANISATIONS.long.values(), *_ORGANISATIONS.short.values()) for p, _ in names)


def _known_org_name(article: _Article, words: Sequence[str]) -> bool:
    """Do these words spell a well-known organisation (its last word in any case form)?"""
    return not _name_forms(article, words).isdisjoint(_KNOWN_ORG_NAMES)


# Dependent vowel signs and the virama: what two spellings of one name most often differ by.
_VOWEL_SIGNS = "ািীুূৃেৈোৌ্"


# First words shared by many names (মোহাম্মদ আলী, আব্দুল হামিদ): never a mention alone.
_NAME_PREFIX_WORDS = _GIVEN_NAME_OPENERS | frozenset({
    "শেখ", "সৈয়দ", "মীর", "কাজী", "খন্দকার", "এ", "এম", "এস", "কে", "আল", "উত্তর", "দক্ষিণ",
    "পূর্ব", "পশ্চিম", "বাংলাদেশ", "জাতীয়", "নিউ", "মির্জা", "হাজী", "মৌলভী",
})
