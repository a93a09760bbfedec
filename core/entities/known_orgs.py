"""Rule: well-known organisations of the gazetteer (`core.lexicon.orgs`) found by their whole name,
their last word in any case form, over a shorter or truncated span inside them, and by their
syllabic acronym (দুদক, বাফুফে).

Separate because it only answers "is a known organisation written here" over the article; the
index it scans is built in `core.entities.article`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any, TypeVar

from core.entities.article import (
    _ORGANISATION,
    _ORGANISATION_WORDS,
    _ORGANISATIONS,
    _STRONG_LOC_HEADS,
    _WORD_CACHE,
    _acronym_stem,
    _Article,
    _is_word,
    _Span,
)
from core.entities.canonical import nominative
from core.entities.tagging import _OF, _trim
from core.entities.tunables import _LOC_HEADS, _ORG_HEADS, RULE_CONFIDENCE
from core.lexicon.names import ACRONYM_TITLES, ADMIN_HEAD_WORDS, PLACE_NAMES, WEAK_LOC_HEAD_WORDS
from core.lexicon.orgs import NAMES_NEEDING_CONTEXT
from core.text import case_stems

# Plural endings: "ইসলামী ব্যাংকগুলো" are Islamic banks, not the one named so. Bengali grammar.
_PLURAL_ENDINGS = frozenset({"গুলো", "গুলোর", "গুলি", "গুলির", "দের", "দেরও", "রা"})
# Hyphenated and apostrophised case endings written after a name (বিএনপি-এর, ডিএসই-তে).
_JOINED_ENDINGS = frozenset({"এর", "র", "কে", "তে", "এ", "ও"})


def _with_joined_ending(article: _Article, end: int) -> int:
    """The end of a gazetteer name that ends at `end`, past a case ending joined to it by a hyphen or
    apostrophe (বিএনপি-এর, ট্রাম্প’র)."""
    words = article.words
    while end + 1 < len(words) and words[end] in "-’'" and article.joined(end) and article.joined(end + 1) \
            and words[end + 1] in _JOINED_ENDINGS:
        end += 2
    return end


def _organisation_at(article: _Article, i: int) -> tuple[int, frozenset[int], str] | None:
    """The end, organisations and name of the gazetteer organisation named from token i on, or None.

    The name is complete: every word as listed, the last in any case form but a plural, in one
    sentence, and no head word or "অব" after it that carries the name on (বাংলাদেশ পুলিশ একাডেমি,
    ন্যাশনাল ব্যাংক অব পাকিস্তান); a name that ends in a place is no name in the locative
    (ক্রিকেট অস্ট্রেলিয়ায়: "in Australia")."""
    words = article.words
    n = len(words)
    word = words[i]
    names = _ORGANISATIONS.long.get((word, words[i + 1]), []) if i + 1 < n else []
    for parts, ids in (*names, *_ORGANISATIONS.short.get(word, ())):
        end = i + len(parts)
        if end <= n and words[i:end - 1] == list(parts[:-1]) and article.same_sentence(i, end - 1) \
                and _ends_organisation(article, end, parts[-1]):
            return end, ids, " ".join(parts)
    for stem in case_stems(word)[1:]:
        found = _ORGANISATION_WORDS.get(stem)
        if found is not None and _ends_organisation(article, i + 1, stem):
            return i + 1, found, stem
    return None


def _has_name_word(article: _Article, span: _Span) -> bool:
    """Has the span a known given name or surname, or a word the news vocabulary lacks?"""
    lexicon = article.lexicon
    return any(lexicon.person_word(w) or (_is_word(w) and w not in lexicon.vocabulary)
               for w in article.words[span.start:span.end])


def _ends_organisation(article: _Article, end: int, last: str) -> bool:
    """Token end-1 is the last word `last` of an organisation's name, in a case form that ends it."""
    words = article.words
    word = words[end - 1]
    if word != last:
        ending = word[len(last):]
        if last not in case_stems(word) or ending in _PLURAL_ENDINGS:
            return False
        if last in PLACE_NAMES and ending in ("ে", "য়", "তে", "য়ে"):
            return False  # ক্রিকেট অস্ট্রেলিয়ায়
        return True
    follows = end < len(words) and article.same_sentence(end - 1, end)
    return not (follows and (_continues_a_name(words[end]) or words[end] in _OF))


def _organisation_matches(article: _Article) -> list[tuple[int, int, frozenset[int]]]:
    """The gazetteer organisations named in the article: (start, end, organisations), left to right,
    the longest name at each place. A short name that is also a word or a given name
    (`NAMES_NEEDING_CONTEXT`) counts only where the article names its organisation otherwise too."""
    found = _gazetteer_scan(article, _ORGANISATION, _organisation_at)  # (i, end, (end, ids, name))
    sure = {k for _, _, (_, ids, name) in found if name not in NAMES_NEEDING_CONTEXT for k in ids}
    return [(i, end, ids) for i, end, (_, ids, name) in found if name not in NAMES_NEEDING_CONTEXT or ids & sure]


_Match = TypeVar("_Match", bound=tuple[Any, ...])


def _gazetteer_scan(article: _Article, flag: int, match_at: Callable[[_Article, int], _Match | None],
                    ) -> list[tuple[int, int, _Match]]:
    """A gazetteer's names in the article, left to right, the longest at each place (outside the desk
    line): `match_at` gives the match at a flagged token, whose first item is where the name ends;
    a hyphenated or apostrophised case ending after it (বিএনপি-এর, ট্রাম্প’র) is taken in."""
    found: list[tuple[int, int, _Match]] = []
    after = 0
    for i in article.at(flag):
        if i < after or i in article.desk:
            continue
        match = match_at(article, i)
        if match is None:
            continue
        end = _with_joined_ending(article, match[0])
        found.append((i, end, match))
        after = end
    return found


def _known_organisations(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A gazetteer organisation's whole name is one organisation: "বিমান বাংলাদেশ এয়ারলাইন্সের" over
    the tagger's "বাংলাদেশ এয়ারলাইন্স", "বেসামরিক বিমান চলাচল কর্তৃপক্ষ" over the head rule's
    "চলাচল কর্তৃপক্ষ", and a syllabic acronym the letter rules cannot read (দুদক, বাফুফে, ঢাবি).

    A longer name around it stays (ঢাকা মহানগর দক্ষিণ বিএনপি, জগন্নাথ বিশ্ববিদ্যালয় কেন্দ্রীয়
    শিক্ষার্থী সংসদ) unless it is only such names run together ("বাংলাদেশ জাতীয়তাবাদী দল বিএনপি",
    বিএনপি-জামায়াত): then each is a mention. A shorter or overlapping name is replaced, and so is the
    organisation at the edge of a person's name (রাকসু | জিএস আম্মার): what of it lies outside the
    organisation's name stays.
    """
    matches = _organisation_matches(article)
    if not matches:
        return spans
    words = article.words
    match_at = {i: k for k, (a, b, _) in enumerate(matches) for i in range(a, b)}
    dropped: set[int] = set()
    founders: set[frozenset[int]] = set()
    out: list[_Span] = []
    for span in spans:
        inside = sorted({match_at[i] for i in range(span.start, span.end) if i in match_at})
        if not inside:
            out.append(span)
            continue
        within = all(span.start <= matches[k][0] and matches[k][1] <= span.end for k in inside)
        at_edge = matches[inside[0]][0] <= span.start or matches[inside[-1]][1] >= span.end
        if span.type == "PERSON" and len(inside) == 1 and _founders_surname(article, span, matches[inside[0]]):
            founders.add(matches[inside[0]][2])  # মাইকেল ব্লুমবার্গ: the company is named after him, not
            out.append(span)  # he after it; the article's other ব্লুমবার্গ are he too
            continue
        if span.type == "PERSON" and at_edge:
            pass  # রাকসু | জিএস আম্মার: no one is named after an organisation
        elif within and any(matches[k][1] - matches[k][0] < span.end - span.start for k in inside):
            rest = set(range(span.start, span.end)).difference(*(range(matches[k][0], matches[k][1]) for k in inside))
            if len(inside) > 1 and all(not _is_word(words[r]) for r in rest):
                continue  # names run together (বিএনপি-জামায়াত, a name and its acronym): each is a mention
            if span.rule == "model" and span.type == "LOC" and len(inside) == 1 and rest == {span.end - 1}:
                continue  # the tagger's "ঢাকা ক্যাপিটালস শিবিরে": the organisation's camp names the organisation
            dropped.update(inside)  # a longer name around it
            out.append(span)
            continue
        if span.type == "PERSON":
            first, last = matches[inside[0]], matches[inside[-1]]
            after = last[1] + (last[1] < span.end and words[last[1]] in ACRONYM_TITLES)  # … জিএস আম্মার
            for a, b in ((span.start, first[0]), (after, span.end)):
                piece = _trim(article, replace(span, start=a, end=b)) if a < b else None
                if piece is not None and _has_name_word(article, piece):
                    out.append(piece)  # রাকসু জিএস | আম্মার, but not ফিফা | উইন্ডো
    for k, (a, b, ids) in enumerate(matches):
        if k not in dropped and ids not in founders:
            out.append(_Span(a, b, "ORG", "organisation", RULE_CONFIDENCE["organisation"]))
    return sorted(out, key=lambda s: (s.start, s.end))


def _founders_surname(article: _Article, span: _Span, match: tuple[int, int, frozenset[int]]) -> bool:
    """"ধনকুবের মাইকেল | ব্লুমবার্গের": a person's name of a listed given name and a one-word company's
    name that is no acronym, which the tagger read as one name: companies are named after their
    founders (Bloomberg, Ford), so the company's name is his surname here."""
    start, end, _ = match
    return end == span.end and start == span.start + 1 == span.end - 1 \
        and article.words[span.start] in article.lexicon.given_names \
        and _acronym_stem(article.words[start]) is None


_HEAD_FORMS = _ORG_HEADS | _LOC_HEADS
_NAME_CONTINUING_HEADS = _ORG_HEADS | _STRONG_LOC_HEADS | WEAK_LOC_HEAD_WORDS | ADMIN_HEAD_WORDS


@lru_cache(maxsize=_WORD_CACHE)
def _continues_a_name(word: str) -> bool:
    return nominative(word, known=_HEAD_FORMS) in _NAME_CONTINUING_HEADS
