"""Step 3 of `core.entities`, second part: where a person's or a place's name starts and ends.

Names to the end of their clause, an office word cut off a name, BBC Bangla's মি./মিজ before a
surname, the edges of long names (মির্জা ফখরুল ইসলাম আলমগীর), initials, "son of", places in pairs,
chains and stacks (… উপজেলার … ইউনিয়নের … গ্রামে), constituencies, metropolitan units and city
halves.

Separate because these rules build on `core.entities.rules` and nothing else of the rules uses
them.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from core.entities.article import (
    _GENITIVE,
    _HONORIFIC,
    _PLACES_AND_ORGS,
    _SPEECH_VERB_SET,
    _TITLE,
    _WORD_CACHE,
    _acronym_stem,
    _Article,
    _bare_nominative,
    _head_kind,
    _is_word,
    _Span,
)
from core.entities.canonical import is_honorific, is_title
from core.entities.rules import (
    _AWARD_WORDS,
    _DASHES,
    _DISTRICTS,
    _NOT_NAME_ENDINGS,
    _WITH,
    _covered,
    _known_organisation,
)
from core.entities.tagging import (
    _ADDRESS_FORMS,
    _CITY_HALVES,
    _GIVEN_NAME_OPENERS,
    _HEADS,
    _LETTER_NAMES,
    _LONGEST_NAME,
    _NAME_PREFIX_WORDS,
    _SPAN_BREAKERS,
    _TRAILING_ADVERBS,
    _describes,
    _known_place,
    _nominative_phrase,
    _not_a_last_name,
    _office_of,
)
from core.entities.tunables import _PRONOUNS, RULE_CONFIDENCE
from core.lexicon.names import (
    ACRONYM_TITLES,
    COMMON_WORD_SURNAMES,
    DEMONYMS,
    GENERIC_NOT_ENTITIES,
    LOC_HEAD_WORDS,
    NAME_LIKE_TITLES,
    NAME_STOP_WORDS,
    NOT_ACRONYMS,
    PERSON_NAME_PREFIXES,
    PLACE_NAMES,
)
from core.ner import _spells_letters

# What closes a name written after a title: "প্রকল্প পরিচালক নিত্য প্রকাশ বিশ্বাস, …".
_CLAUSE_ENDS = frozenset({",", "।", ";", "!", "?", "(", ")", ":", "‘", "“", "’", "”"})


def _names_to_clause_end(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A person's name after a title or honorific that the tagger found in part runs to the end of
    the clause when two to four plain words stand between them: "প্রকল্প পরিচালক নিত্য | প্রকাশ
    বিশ্বাস,", "ব্যবস্থাপনা পরিচালক আর | এন পাল।", "(সিপিবি) ডা. আহাম্মদ | সাজেদুল হক রুবেল।",
    "ছেলে অচ্যুত | আদর্শ।". The words may be ordinary (প্রকাশ, আদর্শ, আর): the frame of title, name and
    clause end makes them the name. Not over a word with a case ending before the last, a verb, a
    title or a name of another type."""
    cues = sorted(article.at(_TITLE) + article.at(_HONORIFIC))
    if not cues:
        return spans
    words = article.words
    n = len(words)
    covered = _covered(spans)
    absorbed: set[int] = set()
    for i in cues:
        j = i + 1
        while j < n and (is_honorific(words[j]) or words[j] == ".") and article.same_sentence(i, j):
            j += 1
        end = j
        while end < n and end - j <= 4 and article.same_sentence(j, end) and words[end] not in _CLAUSE_ENDS:
            end += 1
        if not 2 <= end - j <= 4 or (end < n and article.same_sentence(j, end) and words[end] not in _CLAUSE_ENDS):
            continue
        inside = list({id(s): s for k in range(j, end) if (s := covered.get(k)) is not None}.values())
        if not inside or any(s.type != "PERSON" or s.start < j or s.end > end for s in inside) \
                or (len(inside) == 1 and inside[0].start == j and inside[0].end == end):
            continue
        first, last = min(s.start for s in inside), max(s.end for s in inside)
        if last < end and any(_ends_elsewhere(article, s) for s in inside if s.end == last):
            continue
        if any(article.inflected(words[s.end - 1]) for s in inside if s.end < end) \
                or not all(_plain_name_word(article, k, last=k == end - 1) for k in range(j, end) if k not in covered) \
                or not all(_name_word_around(article, k, before=k < first) or _before_surname(article, k, end)
                           for k in range(j, end) if k not in covered):
            continue
        span = min(inside, key=lambda s: s.start)
        absorbed.update(id(s) for s in inside if s is not span)
        span.start, span.end = j, end
        covered.update(dict.fromkeys(range(j, end), span))
    return [s for s in spans if id(s) not in absorbed] if absorbed else spans


# What closes one item of a list of names: "নুরুল ইসলাম শিশু এবং …", "মিয়াদ আহমেদ শুভ, …"; the
# sentence's stop only after the last item ("… ও সাঈদ করিম মুগ্ধ।"), for a sentence may end in its verb.
_LIST_ITEM_ENDS = frozenset({",", ";", "(", "ও", "এবং"})
_LAST_ITEM_OPENERS = frozenset({"ও", "এবং"})


def _list_nicknames(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A Bengali name often ends in the bearer's nickname after the surname ("নুরুল ইসলাম শিশু",
    "তারেক রহমান পিনো", "মো. নাজমুল হক অনন্ত"); the tagger stops at the surname, since the
    nickname is often an ordinary word (শিশু "child", অনন্ত "endless", জয় "victory"). A person's
    name of two words or more that ends in a surname with no case ending takes in one plain word
    after it when that word closes an item of a list (`_LIST_ITEM_ENDS`): there no
    verb, noun phrase or adjunct can stand, only the name's own last word. Not a word with a case
    ending, a verb, weekday, title, adverb, stop word, place, head word or name of another entity;
    not after a name the article writes elsewhere with a case ending (খালেদা জিয়ার): that name is
    whole, and the word after it here is the next item of the list (খালেদা জিয়া | মঙ্গলবার)."""
    words = article.words
    n = len(words)
    covered = _covered(spans)
    lexicon = article.lexicon
    for span in spans:
        k = span.end
        closed = k + 1 < n and (words[k + 1] in _LIST_ITEM_ENDS
                                or words[k + 1] == "।" and span.start > 0 and words[span.start - 1] in _LAST_ITEM_OPENERS)
        if span.type != "PERSON" or k - span.start < 2 or not closed or k in covered or not article.same_sentence(span.start, k + 1):
            continue
        last = words[k - 1]
        if article.inflected(last) or not (last in lexicon.surnames or last in COMMON_WORD_SURNAMES):
            continue
        if _plain_name_word(article, k, last=False) and not lexicon.future_verb(words[k]) \
                and not _known_place(article, words[k]) and _bare_nominative(words[k]) not in _PLACES_AND_ORGS \
                and _acronym_stem(words[k]) is None and words[k] not in GENERIC_NOT_ENTITIES \
                and not _not_a_last_name(article, k) and not _ends_elsewhere(article, span):
            span.end = k + 1
            covered[k] = span
    return spans


def _plain_name_word(article: _Article, k: int, *, last: bool) -> bool:
    """Can token k be a word of a name framed by a title and the clause end? A word, not a number,
    title, verb of saying, adverb or stop word, with no case ending unless it is the last."""
    word = article.words[k]
    if word in _LETTER_NAMES and k + 1 < len(article.words) and article.words[k + 1] in _LETTER_NAMES:
        return True  # আর এন পাল: initials, though আর is also "and"
    if not _is_word(word) or word[0].isdigit() or word.isascii() or is_title(word) or word in _SPEECH_VERB_SET \
            or word in _TRAILING_ADVERBS or word in NAME_STOP_WORDS or word in _SPAN_BREAKERS or _describes(word) \
            or word in _AWARD_WORDS or _head_kind(word) is not None:
        return False
    return last or not article.inflected(word)


def _name_word_around(article: _Article, k: int, *, before: bool) -> bool:
    """A word beside the tagger's part of a name that the frame may add: before it any word that is
    no ordinary word, or a letter of initials (আর এন পাল); after it a given name or surname (নিত্য
    প্রকাশ বিশ্বাস) or a word the vocabulary does not have as ordinary (অচ্যুত আদর্শ, বিলি জিন কিং),
    not a weekday, প্রমুখ, a noun or the verb of the sentence (খালেদা জিয়া মঙ্গলবার, … সাহস, … খেলবেন)."""
    word = article.words[k]
    lexicon = article.lexicon
    if before and word in _LETTER_NAMES:
        return True
    if lexicon.person_word(word):
        return True
    return word not in lexicon.common and (before or not word.endswith(_NOT_NAME_ENDINGS))  # … খেলবেন।


def _before_surname(article: _Article, k: int, end: int) -> bool:
    """A middle word of a name whose frame closes on a surname (নিত্য প্রকাশ | বিশ্বাস,): an ordinary
    word there (প্রকাশ) is a given or middle name."""
    last = article.words[end - 1]
    return k < end - 1 and (last in article.lexicon.surnames or last in COMMON_WORD_SURNAMES)


def _ends_elsewhere(article: _Article, span: _Span) -> bool:
    """Does the article write this name elsewhere with a case ending on its last word (খালেদা
    জিয়ার)? Then the name is whole and the word after it here is not part of it."""
    words = article.words
    name = tuple(words[span.start:span.end - 1])
    last = article.nominative(words[span.end - 1])
    size = span.end - span.start
    for k in article.positions((words[span.start],)):
        end = k + size
        if end <= len(words) and tuple(words[k:end - 1]) == name and words[end - 1] != words[span.end - 1] \
                and article.nominative(words[end - 1]) == last:
            return True
    return False


def _office_word(article: _Article, word: str) -> bool:
    """A post in the nominative or genitive (ম্যানেজার, ম্যানেজারের), not people addressed or
    counted (সাংবাদিকদের, কর্মকর্তাকে)."""
    return not word.endswith(("দের", "কে", "রা")) and (is_title(article.nominative(word)) or word in _OFFICE_OPENERS)


# The first word of an English post the pages transliterate (চিফ অফ স্টাফ, চিফ এক্সিকিউটিভ): it
# ends a name run on into it, but opens no name of its own.
_OFFICE_OPENERS = frozenset({"চিফ"})


def _without_office(article: _Article, span: _Span) -> _Span:
    """An organisation's name that ran on into an office of it ends at its genitive: "ফ্লাইনাস
    এয়ারলাইন্সের | সেলস অ্যান্ড মার্কেটিং ম্যানেজারের", "আকিজ ফুড অ্যান্ড বেভারেজ লি.-এর | সিনিয়র
    ব্র্যান্ড ম্যানেজার": the words after the genitive, up to a post (in the span or right after it),
    name a person's post, not a unit (… পার্টির | কেন্দ্রীয় কমিটি keeps its head word). So does the
    tagger's person run on into the post of another (বেনিয়ামিন নেতানিয়াহুর | চিফ অফ স্টাফ)."""
    words = article.words
    if span.type not in {"ORG", "PERSON"} or span.end - span.start < 2 \
            or span.type == "PERSON" and span.rule != "model":
        return span
    if _office_word(article, words[span.end - 1]):
        last = span.end - 2
    elif span.type == "PERSON":
        return span  # (সৈয়দ জাহাঙ্গীর আলমও | প্রার্থী: a person's name before a post is whole)
    elif span.end < len(words) and article.same_sentence(span.start, span.end) \
            and _office_word(article, words[span.end]):
        last = span.end - 1
    else:
        return span
    for k in range(last, span.start, -1):
        genitive = words[k] in ("এর", "র") and words[k - 1] in "-’'" and article.joined(k)  # লি.-এর
        # (a person's name before the post: its -র is the genitive, whatever vowel it follows)
        ends_genitive = words[k].endswith(_GENITIVE) \
            and (article.inflected(words[k]) or span.type == "PERSON" and k == span.end - 2)
        if ends_genitive or genitive:
            return span if k == span.end - 1 else replace(span, end=k + 1)
        if _head_kind(words[k]) is not None:
            return span
    return span


# BBC Bangla's "Mr"/"Ms" before a surname alone (মি. অধিকারী বলেন, মিজ শারমিন মনে করেন); the
# abbreviation মি takes its stop or colon as a separate token.
_MISTER_ABBREVIATION = "মি"
_MISTER_WORDS = _ADDRESS_FORMS - {_MISTER_ABBREVIATION}  # মিজ, মিসেস, মিস্টার: written in full


def _addressed_surnames(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The word after মি./মিজ/মিসেস is a person's surname: মি. অধিকারী, মি. হাদারির, মিজ শারমিন.

    Even an ordinary word there is a surname (মি. অধিকারী); a surname two people of the article share
    is left to `_propagate`. The full name written elsewhere in the article joins it (`_full_names`).
    """
    words = article.words
    n = len(words)
    covered = _covered(spans)
    out = list(spans)
    found: set[str] = set()
    for i in _mister_positions(article):
        j = _after_mister(article, i)
        if j < n and j not in covered and article.same_sentence(i, j) and _may_be_surname(article, words[j]) \
                and not _shared_surname(article, spans, words[j]):
            out.append(_Span(j, j + 1, "PERSON", "title", RULE_CONFIDENCE["title"]))
            covered[j] = out[-1]
            found.add(article.nominative(words[j]))
    return out + _full_names(article, found, covered) if found else out


def _name_before(article: _Article, k: int, covered: Mapping[int, _Span], *, outer: bool) -> bool:
    """Word k can open the full name: name-like next to the surname; a second word back only when it
    is a known given name (চালাতো অমৃত মণ্ডল: the verb stays out)."""
    word = article.words[k]
    if k in covered or article.inflected(word) or not article.lexicon.title_name_word(word):
        return False
    return not outer or article.lexicon.person_word(word)


def _shared_surname(article: _Article, spans: Sequence[_Span], word: str) -> bool:
    """মি. আহমদ beside মওদুদ আহমদ and মহিউদ্দিন আহমদ: whose surname it is stays for `_propagate`."""
    stem = article.nominative(word)
    names = {tuple(article.words[s.start:s.end]) for s in spans if s.type == "PERSON" and s.end - s.start > 1
             and article.nominative(article.words[s.end - 1]) == stem}
    return len(names) > 1


def _full_names(article: _Article, surnames: Collection[str], covered: Mapping[int, _Span]) -> list[_Span]:
    """The full name once written for a surname found after মি.: বিজেপি দলনেতা শুভেন্দু অধিকারী … মি.
    অধিকারী; one or two uncovered name-like words right before the surname."""
    words = article.words
    out: list[_Span] = []
    for k, word in enumerate(words):
        if k in covered or k == 0 or article.nominative(word) not in surnames:
            continue
        start = k
        while start > 0 and k - start < 2 and _name_before(article, start - 1, covered, outer=start < k) \
                and article.same_sentence(start - 1, k):
            start -= 1
        if start < k:
            out.append(_Span(start, k + 1, "PERSON", "title", RULE_CONFIDENCE["title"]))
    return out


def _mister_positions(article: _Article) -> list[int]:
    """মিজ/মিসেস, or মি followed by its stop or colon; not after a number (৫০০ মি. দূরে: metres)."""
    words = article.words
    n = len(words)
    return [i for i in article.positions(_MISTER_WORDS | {_MISTER_ABBREVIATION})
            if (words[i] in _MISTER_WORDS or (i + 1 < n and words[i + 1] in {".", ":"}))
            and not (i > 0 and words[i - 1][:1].isdigit())]


def _after_mister(article: _Article, i: int) -> int:
    """The token after the address form at i (মিজ | শারমিন, মি . | আহমদ): where the surname stands."""
    return i + 1 if article.words[i] in _MISTER_WORDS else i + 2


def _may_be_surname(article: _Article, word: str) -> bool:
    """After মি. even an ordinary word is a surname (মি. অধিকারী, মি. পিটার্স), but not a number, a
    pronoun, a title, a demonym or a name prefix."""
    if not _is_word(word) or word[0].isdigit() or word.isascii() or word in _PRONOUNS or is_title(word) \
            or is_honorific(word) or word in _SPEECH_VERB_SET:
        return False
    stem = article.nominative(word)
    return stem not in NAME_STOP_WORDS and stem not in DEMONYMS and stem not in GENERIC_NOT_ENTITIES \
        and stem not in _NAME_PREFIX_WORDS and stem not in PLACE_NAMES


# The Arabic "-ul" of the first part of a compound given name (হারিসুল, আমিনুল, ফখরুল): such a word is
# followed by the rest of the name (হারিসুল বারী রনি). Bengali Muslim naming.
_COMPOUND_NAME_OPENINGS = ("ুল", "উল")


def _name_edges(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A person's name the tagger cut short takes in the word beside it when that word is a name:
    "শরিফ ওসমান | হাদী", "জাকের আলী | অনিক", "মির্জা ফখরুল ইসলাম | আলমগীর বলেন" (the tagger found
    আলমগীর only), "হারিসুল | বারী রনি"; a one-word person's name right beside it joins it too
    ("অলি | আহমদের", "চৌধুরী | আবদুল্লাহ আল মামুন").

    The word must be a given name or surname of the name lists that is no ordinary word (not ছবি,
    বেলা, আসার: names and words alike) and not a title, place or acronym (`_name_word_beside`). A
    name whose last word has a case ending ends there (জিয়াউর রহমানের | ছবি); a word with one before
    the name belongs to what comes before (an owner in the genitive, a place in the locative).
    Corpus: of the words right before and after the people's names in the 566 articles, the known
    name words that are no ordinary words are part of the name (26 of 26 read; of the words the
    vocabulary lacks or clusters with names, many are roles, verbs and nouns: left alone).
    """
    covered = _covered(spans)
    absorbed: set[int] = set()
    words = article.words
    for span in sorted(spans, key=lambda s: s.start):  # a name takes in what follows it before that grows
        if span.type != "PERSON" or id(span) in absorbed:
            continue
        while span.end - span.start < _LONGEST_NAME and _name_goes_on(article, span, span.end, covered):
            end = _hyphenated_end(article, span.end + 1, covered)  # জালাল | আল-দিন
            absorbed.update(id(s) for k in range(span.end, end) if (s := covered.get(k)) is not None)
            covered.update(dict.fromkeys(range(span.end, end), span))
            span.end = end
            if article.inflected(words[end - 1]):
                break  # … অঙ্কনকে: a case ending closes the name
        while span.end - span.start < _LONGEST_NAME and _name_goes_on(article, span, span.start - 1, covered):
            other = covered.get(span.start - 1)
            if other is not None:
                absorbed.add(id(other))
            span.start -= 1
            covered[span.start] = span
    return [s for s in spans if id(s) not in absorbed] if absorbed else spans


def _name_goes_on(article: _Article, span: _Span, k: int, covered: Mapping[int, _Span]) -> bool:
    """Does the person's name `span` go on to token k, right after or right before it? A name word
    (`_name_word_beside`) that is free or the tagger's one-word name: of another type (মির্জা ফখরুল
    | ইসলাম আলমগীর, ইসলাম an organisation), or a person's when the word on the name's side of the
    junction is a name word too (অলি | আহমদের; not মাহমুদুল | খালেদা জিয়ার: two headlines run
    together)."""
    words = article.words
    after = k >= span.end
    inner, outer = (k - 1, k) if after else (k + 1, k)  # the name's edge token and the one beside it
    if not (0 <= k < len(words)) or not article.same_sentence(inner, outer) or article.joined(max(inner, outer)):
        return False
    if not _is_word(words[inner]) or (after and article.inflected(words[inner])):
        return False
    if not (_name_word_beside(article, k, opening=not after)
            or (after and _initials_only(article, span) and _name_after_initials(article, k))):
        return False
    other = covered.get(k)
    if other is None:
        return True
    if other.end - other.start != 1:
        return False
    if other.type != "PERSON":
        return other.rule == "model"  # মির্জা ফখরুল | ইসলাম | আলমগীর: a name word the tagger typed alone
    return _initial_letters(words[inner]) > 0 or _name_word_beside(article, inner, opening=after)


def _initials_only(article: _Article, span: _Span) -> bool:
    """"এইচ টি", "এ কিউ এম": a person's name of initials alone, which names no one; the tagger
    stopped before the name they abbreviate the first part of."""
    words = article.words[span.start:span.end]
    letters = [_initial_letters(w) for w in words if w != "."]
    return sum(letters) >= 2 and all(n > 0 or w == "এ" for n, w in zip(letters, (w for w in words if w != ".")))


def _name_after_initials(article: _Article, k: int) -> bool:
    """After initials the next word is the name's (এইচ টি | ইমাম, এ কিউ এম | একরামউল্লাহ): a word a
    title may introduce (`_Lexicon.title_name_word`), or a listed name that is also a role (ইমাম)."""
    word = article.words[k]
    lexicon = article.lexicon
    if lexicon.title_name_word(word):
        return True
    stem = _bare_nominative(word)
    return (stem in lexicon.surnames or stem in lexicon.given_names) and word not in lexicon.common \
        and word not in _SPEECH_VERB_SET


def _hyphenated_end(article: _Article, end: int, covered: Mapping[int, _Span]) -> int:
    """The end of a name word written on with a hyphen (আল-দিন, হো-জিন), from `end` right after it;
    not into a name of the tagger's that goes on further."""
    words = article.words
    while end + 1 < len(words) and words[end] == "-" and article.joined(end) and article.joined(end + 1) \
            and _is_word(words[end + 1]) and words[end + 1] not in _SPAN_BREAKERS \
            and all(k not in covered or covered[k].end <= end + 2 for k in (end, end + 1)):
        end += 2
    return end


def _name_word_beside(article: _Article, k: int, *, opening: bool) -> bool:
    """Can token k, right before (`opening`) or after a person's name, be part of it? A given name
    or surname that is no ordinary word, title, honorific, place, acronym or office (জামায়াতের আমির);
    before the name also a name prefix (মির্জা) or the "-ul" first part of a compound given name that
    is no ordinary word (হারিসুল, এহসানুল; not ভুল, স্কুল), never a word with a case ending."""
    word = article.words[k]
    if not _is_word(word) or word[0].isdigit() or word.isascii() or word in _SPAN_BREAKERS or is_title(word) \
            or is_honorific(word) or word in _SPEECH_VERB_SET or _describes(word) or word in _TRAILING_ADVERBS:
        return False
    if opening and article.inflected(word):
        return False
    stem = _bare_nominative(word)
    if stem in _PLACES_AND_ORGS or stem in _HEADS or _acronym_stem(word) is not None \
            or (word in NAME_LIKE_TITLES and _office_of(article, k)):
        return False
    lexicon = article.lexicon
    if lexicon.person_word(word):
        return word not in lexicon.common and article.nominative(word) not in lexicon.common
    if not opening:
        return _last_name_of_a_list(article, word) or _after_given_name_opener(article, k)
    return word in PERSON_NAME_PREFIXES or (word.endswith(_COMPOUND_NAME_OPENINGS) and len(word) > 3
                                            and word not in lexicon.common
                                            and (word in lexicon.name_words or word not in lexicon.vocabulary))


def _after_given_name_opener(article: _Article, k: int) -> bool:
    """আব্দুল | খালেক: after a first part that never stands alone (আব্দুল, মোহাম্মদ), a word that is no
    ordinary word and that the vocabulary knows only from names, or not at all, goes on with the name."""
    word = article.words[k]
    lexicon = article.lexicon
    return k > 0 and article.words[k - 1] in _GIVEN_NAME_OPENERS and word not in lexicon.common \
        and (word in lexicon.name_words or word not in lexicon.vocabulary)


def _last_name_of_a_list(article: _Article, word: str) -> bool:
    """"নায়েবে আমির আবদুর রহমান | মুসাসহ অন্যরা": -সহ ("with") closes the noun phrase it ends, so
    after a name the stem is the name's last word when it is no ordinary word and the vocabulary
    has it only as a name or not at all."""
    if not word.endswith(_WITH):
        return False
    stem = word[:-len(_WITH)]
    lexicon = article.lexicon
    return len(stem) >= 3 and stem not in lexicon.common and (stem in lexicon.name_words or stem not in lexicon.vocabulary)


_SON_OF = frozenset({"বিন", "বিনতে", "ইবনে"})


def _son_of(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"বিন" (son of) and the name after it continue a person's name: "শরিফ ওসমান | বিন হাদির",
    "মাশরাফি বিন মর্তুজা". Corpus: 24 such names in the 566 articles."""
    covered = _covered(spans)
    words = article.words
    absorbed: set[int] = set()
    for span in spans:
        if span.type == "PERSON" and span.end - span.start >= 2 and words[span.end - 1] in _SON_OF:
            span.end -= 1  # "রশিদ বিন | ওয়াক্কাস": the tagger stopped after বিন
        before = span.start - 2
        if span.type == "PERSON" and before >= 0 and words[span.start - 1] in _SON_OF \
                and before not in covered and article.same_sentence(before, span.start) \
                and article.lexicon.person_word(words[before]):
            span.start = before  # "রশিদ | বিন ওয়াক্কাস": a given name before বিন
            continue
        if span.type == "PERSON" and span.start > 0 and words[span.start - 1] == "ইবনে" \
                and span.start - 1 not in covered and article.same_sentence(span.start - 1, span.start):
            span.start -= 1  # "ইবনে মোফাজ্জল বারকি": a name may open with ইবনে (son of)
            continue
        k = span.end
        if span.type != "PERSON" or k + 1 >= len(words) or words[k] not in _SON_OF \
                or not article.same_sentence(span.start, k + 1) or not _is_word(words[k + 1]):
            continue
        after = covered.get(k + 1)
        if after is not None and (after.type != "PERSON" or after.start != k + 1):
            continue
        if after is None and words[k + 1] in article.lexicon.common and not article.lexicon.person_word(words[k + 1]):
            continue
        span.end = after.end if after is not None else k + 2
        if after is not None:
            absorbed.add(id(after))
    return [s for s in spans if id(s) not in absorbed]


def _place_pairs(article: _Article, spans: list[_Span]) -> list[_Span]:
    """Known places joined by hyphens are so many places: "বরিশাল-৩ (বাবুগঞ্জ-মুলাদী)",
    "ফুলগাজী-পরশুরাম", "ভারত-বাংলাদেশ সম্পর্ক" (not one place named ভারত-বাংলাদেশ), a route
    "ঢাকা-বাংলাবান্ধা-শিলিগুড়ি". A longer name around them stays whole (ঢাকা-বাংলাবান্ধা মহাসড়ক).
    Corpus: 32 such pairs in the 566 articles."""
    words = article.words
    covered = _covered(spans)
    gone: set[int] = set()
    added: list[_Span] = []
    after = 0
    for k in article.positions(_DASHES):
        if k < after or k == 0 or not _known_place(article, words[k - 1], bare=True):
            continue
        chain = [k - 1]  # the places' positions, joined by hyphens
        while chain[-1] + 2 < len(words) and words[chain[-1] + 1] in _DASHES \
                and article.joined(chain[-1] + 1) and article.joined(chain[-1] + 2) \
                and _known_place(article, words[chain[-1] + 2], bare=chain[-1] + 3 < len(words)
                                 and words[chain[-1] + 3] in _DASHES):
            chain.append(chain[-1] + 2)
        after = chain[-1]
        if len(chain) < 2:
            continue
        around = {id(s): s for s in (covered.get(i) for i in range(chain[0], chain[-1] + 1)) if s is not None}
        if any(s.start < chain[0] or s.end > chain[-1] + 1 or s.type == "PERSON" for s in around.values()):
            continue
        gone.update(around)
        added += [_Span(i, i + 1, "LOC", "gazetteer", RULE_CONFIDENCE["gazetteer"]) for i in chain]
    if not added:
        return spans
    return sorted([s for s in spans if id(s) not in gone] + added, key=lambda s: s.start)


def _tagged_place_chains(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The tagger's one place over single words joined by hyphens, one of them a known place, is a
    route through so many places ("কাঁচপুর-ভৈরব-মিরপুর", "তামাবিল-জাফলং"), as `_place_pairs`
    cuts a chain of known places; a village or a resort the gazetteer lacks is still a place of
    the chain. No ordinary word may stand in it (উত্তর-পূর্বাঞ্চল is one region), nor a number
    (ফেনী-১ is a seat)."""
    words = article.words
    out: list[_Span] = []
    for span in spans:
        members = range(span.start, span.end, 2)
        if span.type != "LOC" or span.end - span.start < 3 or (span.end - span.start) % 2 == 0 \
                or any(words[k] not in _DASHES or not article.joined(k) or not article.joined(k + 1)
                       for k in range(span.start + 1, span.end, 2)) \
                or not any(_known_place(article, words[k]) for k in members) \
                or any(not _is_word(words[k]) or any(ch.isdigit() for ch in words[k])
                       or _bare_nominative(words[k]) in article.lexicon.common
                       or _bare_nominative(words[k]) in _HEADS for k in members):
            out.append(span)
            continue
        out += [replace(span, start=k, end=k + 1) for k in members]
    return out


def _stacked_places(article: _Article, spans: list[_Span]) -> list[_Span]:
    """An area written before the place inside it with no case ending ("হাজারীবাগ বারইখালী এলাকায়"
    after "হাজারীবাগের বারইখালী এলাকায়") is two places when the article names each on its own; two
    people written one after the other are two people (`_person_cut`)."""
    alone = {_nominative_phrase(article, article.words[s.start:s.end]) for s in spans if s.type == "LOC"}
    people = {_nominative_phrase(article, article.words[s.start:s.end]) for s in spans if s.type == "PERSON"}
    out: list[_Span] = []
    for span in spans:
        cut = _stack_cut(article, span, alone) if span.type == "LOC" and span.end - span.start > 1 else None
        if cut is None and span.type == "LOC":
            cut = _genitive_cut(article, span)
        if span.type == "PERSON" and span.end - span.start >= 4:
            cut = _person_cut(article, span, people)
        if cut is None:
            out.append(span)
        else:
            out += [replace(span, end=cut), replace(span, start=cut)]
    return out


def _stack_cut(article: _Article, span: _Span, alone: Collection[str]) -> int | None:
    words = article.words
    for cut in range(span.start + 1, span.end):
        if _nominative_phrase(article, words[span.start:cut]) in alone \
                and _nominative_phrase(article, words[cut:span.end]) in alone:
            return cut
    return None


def _genitive_cut(article: _Article, span: _Span) -> int | None:
    """The larger place in the genitive before the village or area in it: "বাঘার | হাবাসপুর",
    "দক্ষিণশালন্দার | কচুয়াপাড়া গ্রামে" are two places, the second inside the first. Not when the
    word after the genitive is an ordinary word or a head (চাঁদের পাড়া, খাসের হাট, শনির আখড়া are
    one name each), nor when the genitive is an ordinary word or a person's name."""
    words = article.words
    lexicon = article.lexicon
    for cut in range(span.start + 1, span.end):
        owner, owned = words[cut - 1], words[cut]
        if not owner.endswith(_PLACE_GENITIVES) or len(owner) < 4 or not article.same_sentence(cut - 1, cut):
            continue
        stem = owner[:-2] if owner.endswith("ের") else owner[:-1]
        if stem in lexicon.common or owner in lexicon.common or lexicon.person_word(owner) or lexicon.person_word(stem):
            continue
        if not (lexicon.bd_place(stem) or stem in PLACE_NAMES or _bare_nominative(words[span.end - 1]) in _VILLAGE_UNITS):
            continue  # the owner a place the gazetteers know, or what it owns a village (ইসফেন্দিয়ার জাহেদ হাসান মিলনায়তন)
        head = _bare_nominative(owned)
        if owned in lexicon.common or head in lexicon.common or head in _HEADS or head in LOC_HEAD_WORDS \
                or lexicon.person_word(owned) or not _is_word(owned):
            continue
        return cut
    return None


# The genitive endings a place name takes: -এর after a consonant (হাজারীবাগের), -র after া, ি, ী
# (বাঘার, নোয়াখালীর). Not -ুর: that is the -পুর of a place's own name (হাবাসপুর).
_PLACE_GENITIVES = ("ের", "ার", "ির", "ীর")
# The units of a place inside an upazila or union, named after the larger place in the genitive.
_VILLAGE_UNITS = frozenset({"গ্রাম", "মহল্লা", "ইউনিয়ন", "ওয়ার্ড"})


def _person_cut(article: _Article, span: _Span, people: Collection[str]) -> int | None:
    """Two people named one after the other ("যুগ্ম সদস্যসচিব তামিম আহমেদ নাহিদ ইসলামের পক্ষে"): the
    last two or three words are a person the article names on their own, and two name words stand
    before them."""
    words = article.words
    for cut in range(span.end - 2, span.start + 1, -1):
        before = words[span.start:cut]
        if span.end - cut <= 3 and _nominative_phrase(article, words[cut:span.end]) in people \
                and all(article.lexicon.title_name_word(w) and w not in _LETTER_NAMES for w in before) \
                and any(article.lexicon.person_word(w) for w in before):
            return cut
    return None


def _name_initials(article: _Article, spans: list[_Span]) -> list[_Span]:
    """Initials before a person's name join it: "এসএম | ফজলুল হক", "একে এম | শফিকুল ইসলাম",
    "আ ফ | ম খালিদ হোসেন" (Latin letters spelt out, or single Bengali letters). The acronym span a
    joined initial made (একেএম as an organisation) goes. Corpus: the letter words before the names
    the tagger found in the 566 articles (এইচএম এরশাদ, একিউএম বদরুদ্দোজা, এ জেড এম জাহিদ হোসেন)."""
    covered = _covered(spans)
    absorbed: set[int] = set()
    for span in spans:
        if span.type != "PERSON":
            continue
        start = span.start
        while start > 0 and article.same_sentence(start - 1, start):
            # "স. ম. | আরিফুল ইসলাম": an initial may carry its full stop
            dotted = article.words[start - 1] == "." and start > 1 and article.same_sentence(start - 2, start)
            initial = start - 2 if dotted else start - 1
            if not _initial_before(article, initial, covered, dotted=dotted):
                break
            start = initial
            other = covered.get(start)
            if other is not None:
                absorbed.add(id(other))
        span.start = start
    return [s for s in spans if id(s) not in absorbed]


def _initial_before(article: _Article, k: int, covered: Mapping[int, _Span], *, dotted: bool = False) -> bool:
    """Token k is an initial of the name that starts right after it (after its full stop if dotted)."""
    other = covered.get(k)
    if other is not None and (other.start != k or other.end != k + 1 or other.type == "LOC"):
        return False  # part of another name (গণফোরামের একেএম: the initials, not the party)
    word = article.words[k]
    if word in ACRONYM_TITLES or is_title(word):
        return False
    if word == "এ":  # "this" before a name, unless more initials follow (এ কে এম) or it has its stop (এ.)
        return dotted or _initial_letters(article.words[k + 1]) > 0 or _after_an_initial(article, k)
    letters = _initial_letters(word)
    if letters == 0 or letters > 3:
        return False
    return letters == 1 or not _used_alone(article, word, covered)


def _after_an_initial(article: _Article, k: int) -> bool:
    """"এম এ | কাইয়ূম": "এ" after another initial is one too."""
    return k > 0 and article.same_sentence(k - 1, k) and 0 < _initial_letters(article.words[k - 1]) <= 2


@lru_cache(maxsize=_WORD_CACHE)
def _initial_letters(word: str) -> int:
    """How many initials `word` writes: single Bengali letters (আ, ফ, ম) or Latin letter names
    (এসএম = S M); 0 for an ordinary word."""
    if word in NOT_ACRONYMS or word in ("ও", "এ"):
        return 0
    if len(word) == 1 and "\u0985" <= word <= "\u09b9":
        return 1
    return _spells_letters(word)


def _used_alone(article: _Article, word: str, covered: Mapping[int, _Span]) -> bool:
    """The article writes `word` (in any case form) where no person's name follows it: an
    organisation's acronym (বিএনপি), not a name's initials."""
    words = article.words
    for i, other in enumerate(words):
        if other != word and _acronym_stem(other) != word:
            continue
        j = i + 1
        while j < len(words) and article.same_sentence(i, j) and _initial_letters(words[j]) > 0 \
                and not (j in covered and covered[j].type == "PERSON"):
            j += 1  # more initials: একে | এম শফিকুল ইসলাম
        name_follows = other == word and j in covered and covered[j].type == "PERSON" and article.same_sentence(i, j)
        if not name_follows:
            return True
    return False


# What may follow "বগুড়া ৬" for the number to be a seat (not a date: "ঢাকা ১০ ডিসেম্বর").
_SEAT_FOLLOWERS = frozenset({"ও", "এবং", "আসন", "আসনে", "আসনের", "আসনটি", "আসনেও", "আসনসহ", "আসনটির"})


def _constituencies(article: _Article, spans: list[_Span]) -> list[_Span]:
    """ফেনী-১, ঢাকা–৯, "ফেনী ১. বগুড়া ৬ ও বগুড়া ৭": a district with a number after it is a
    parliamentary seat, one place (the held-out guidelines keep the number)."""
    words = article.words
    n = len(words)
    for span in spans:
        if span.type != "LOC" or span.end - span.start != 1 or words[span.start] not in _DISTRICTS:
            continue
        k = span.end
        if k + 1 < n and words[k] in _DASHES and article.joined(k) and article.joined(k + 1) \
                and _seat_number(words[k + 1]):
            span.end = k + 2
        elif k < n and not article.joined(k) and _seat_number(words[k]) and article.same_sentence(k - 1, k) \
                and not _list_item_number(article, k) \
                and (k + 1 >= n or not article.same_sentence(k, k + 1) or words[k + 1] in _SEAT_FOLLOWERS
                     or (not _is_word(words[k + 1]) and words[k + 1] != "/")):
            span.end = k + 1
    return spans


def _metropolitan_units(article: _Article, spans: list[_Span]) -> list[_Span]:
    """মহানগর বিএনপি, ঢাকা মহানগর দক্ষিণ বিএনপি: a party's metropolitan unit is an organisation of
    its own, named by the city, মহানগর and the half of the city before the party's acronym."""
    words = article.words
    out: list[_Span] = []
    for span in spans:
        k = span.start - 1
        if span.type == "ORG" and span.end - span.start == 1 and k >= 0 and article.same_sentence(k, span.start) \
                and (_acronym_stem(words[span.start]) or _known_organisation(article, span)):
            if words[k] in _CITY_HALVES and k > 0 and words[k - 1] == "মহানগর":
                k -= 1
            if words[k] == "মহানগর":
                if k > 0 and words[k - 1] in PLACE_NAMES and article.same_sentence(k - 1, k):
                    k -= 1
                # the tagger's pieces of the unit's name go into it: ঢাকা | মহানগর দক্ষিণ বিএনপি,
                # ঢাকা মহানগর | উত্তর যুবদলের, ঢাকা মহানগর | দক্ষিণ | বিএনপির
                out = [s for s in out if not k <= s.start < s.end <= span.start]
                span = replace(span, start=k, rule="head")
        elif span.type == "LOC" and words[span.end - 1] in _CITY_HALVES and span.end - span.start > 1 \
                and words[span.end - 2] == "মহানগর" and span.end < len(words) \
                and _acronym_stem(words[span.end]) and article.same_sentence(span.start, span.end):
            continue  # ঢাকা মহানগর দক্ষিণ | বিএনপির: the tagger's place is the unit's name, joined below
        out.append(span)
    return out


def _city_halves(article: _Article, spans: list[_Span]) -> list[_Span]:
    """ঢাকা উত্তরের, ঢাকা মহানগর দক্ষিণের: a half of a city (a party's or a city corporation's unit
    area) named in the genitive after the city is one place with it. In the nominative the half
    opens an organisation's name instead (ঢাকা মহানগর দক্ষিণ বিএনপি, ঢাকা উত্তর সিটি করপোরেশন)."""
    words = article.words
    n = len(words)
    for span in spans:
        k = span.end
        if span.type != "LOC" or span.end - span.start != 1 or words[span.start] not in _DISTRICTS:
            continue
        if k < n and words[k] == "মহানগর":
            k += 1
        if k < n and article.same_sentence(span.start, k) and not article.joined(k) \
                and words[k] not in _CITY_HALVES and words[k].endswith(_GENITIVE) \
                and _bare_nominative(words[k]) in _CITY_HALVES:
            span.end = k + 1
    return spans


def _seat_number(word: str) -> bool:
    return word.isdigit() and len(word) <= 2


_LIST_NUMBER_STOPS = frozenset({"।", "."})


def _list_item_number(article: _Article, k: int) -> bool:
    """"… ইসলামী বিশ্ববিদ্যালয়, কুষ্টিয়া ৩। বেগম খালেদা জিয়া হল, …": a number with a stop right
    after it that continues a numbered list (the number before or after it opens another item of
    the article the same way, "২।" or "৪।") numbers the next item, and is no seat of the place
    before it (বগুড়া ৭। after "ফেনী ১. বগুড়া ৬ ও" continues no list)."""
    words = article.words
    if k + 1 >= len(words) or words[k + 1] not in _LIST_NUMBER_STOPS or not words[k].isdigit():
        return False
    number = int(words[k])
    return any(abs(int(words[j]) - number) == 1 and words[j + 1] == words[k + 1]
               for j in range(len(words) - 1) if _seat_number(words[j]))
