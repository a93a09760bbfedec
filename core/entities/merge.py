"""Step 4 of `core.entities`: one name, one entity.

Every mention reduced to its nominative name, shorter names merged into the full name they are part
of (পেসকভ -> দিমিত্রি পেসকভ, বিসিবি -> বাংলাদেশ ক্রিকেট বোর্ড), spelling and vowel variants,
acronym and organisation aliases, and every other occurrence of a known name propagated as a
mention (`_merge`, `_propagate`).

Separate because it turns the rules' candidate spans into `Entity` records and nothing before it
depends on it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from core.entities.article import (
    _ORGANISATION_IDS,
    _WORD_CACHE,
    _Article,
    _bare_nominative,
    _Either,
    _head_kind,
    _is_word,
    _Span,
)
from core.entities.canonical import _is_consonant, is_honorific, is_title, name_key
from core.entities.institutions import _HALL_FORMS, _LIST_JOINERS, _before_a_place, _known_org_last_word, _locative_form
from core.entities.known_orgs import _continues_a_name
from core.entities.known_people import _CUP_FORMS, _alone_in_brackets
from core.entities.name_edges import _after_mister, _mister_positions
from core.entities.rules import _DIVISION, _ENGLISH_LINKS, _PARTY_HEADS
from core.entities.tagging import _KINSHIP, _KNOWN_ORG_NAMES, _LETTER_NAMES, _NAME_PREFIX_WORDS, _VOWEL_SIGNS
from core.entities.tunables import _BUILTIN_KNOWN, _CLUB_NAMES, RULE_CONFIDENCE
from core.lexicon import CASE_SUFFIXES
from core.lexicon.names import (
    DIVISION_NAMES,
    GENERIC_ADMIN_WORDS,
    GENERIC_NOT_ENTITIES,
    NAME_STOP_WORDS,
    PLACE_NAMES,
    PLACE_OPENING_WORDS,
    UNIT_WORDS,
)
from core.lexicon.people import SPELLING_VARIANTS
from core.models import Entity, Mention
from core.ner import letter_acronym
from core.text import case_stems


@dataclass
class _Group:
    name_words: list[str]  # nominative words of the fullest name
    mentions: list[_Span]
    types: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    aliases: list[str] = field(default_factory=list)
    key: tuple[str, ...] = ()  # name_key of each name word

    def __post_init__(self) -> None:
        self.key = _word_keys(self.name_words)


def _merge(article: _Article, spans: list[_Span]) -> list[Entity]:
    named = [(s, _mention_name(article, s)) for s in spans]
    named = [(s, n) for s, n in named if n]
    groups = _group(article, named)
    _propagate(article, groups)
    groups = [g for g in groups if not _unsupported_single_word(article, g)]
    groups = _cities_as_clubs(article, groups)
    for group in groups:
        _join_split_mentions(article, group)
    return [_entity(article, g) for g in sorted(groups, key=lambda g: min(m.start for m in g.mentions))]


def _cities_as_clubs(article: _Article, groups: list[_Group]) -> list[_Group]:
    """`_clubs_by_city` for the mentions found after grouping (`_propagate`): a match report that
    names a club by its city (নোয়াখালী এক্সপ্রেস … নোয়াখালীর টানা তৃতীয় হার) means the club by the
    city alone, but not in the locative (সিলেটে, the venue) nor before a place (সিলেটের মাঠে). Only
    a city with one club in the article, and the club's name on the club list."""
    clubs: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        if _top_type(group) == "ORG" and " ".join(group.name_words) in _CLUB_NAMES:
            for word in group.name_words:
                if word in PLACE_NAMES:
                    clubs[word].append(group)
    if not clubs:
        return groups
    out = []
    for group in groups:
        club = clubs.get(" ".join(group.name_words), []) if _top_type(group) == "LOC" else []
        if len(club) != 1:
            out.append(group)
            continue
        as_club = [m for m in group.mentions if m.end - m.start == 1 and m.start not in article.desk
                   and not _locative_form(article.words[m.start]) and not _before_a_place(article, m.start + 1)]
        club[0].mentions += as_club
        group.mentions = [m for m in group.mentions if m not in as_club]
        if group.mentions:
            out.append(group)
    return out


def _unsupported_single_word(article: _Article, group: _Group) -> bool:
    """The tagger's one-word person, said once, that no list knows as a name and that does not end
    like an Arabic name (-উদ্দিন, -উল্লাহ, -জ্জামান): an ordinary or foreign word it took for one
    (শব্দচয়ন, মর্টগেজ, কুচকাওয়াজ, সুইডিশ; corpus: 32 of the 46 such were no person)."""
    if len(group.mentions) != 1 or len(group.name_words) != 1 or _top_type(group) != "PERSON":
        return False
    span = group.mentions[0]
    word = group.name_words[0]
    lexicon = article.lexicon
    return span.rule == "model" and word not in lexicon.names and word not in lexicon.name_words \
        and not word.endswith(_ARABIC_NAME_ENDINGS) and not _named_as_a_person(article, span.start)


def _named_as_a_person(article: _Article, k: int) -> bool:
    """Does the sentence show the one word at k to be a person: a kinship word before it ("স্ত্রী
    করিনা", "চাচা রন্টু"), or an item of a list whose item before or after it is a known given name
    or surname ("… হিমেল, রিগ্যান, শাহেদ …", "… মোর্শেদ আলী খান, হাসানুজ্জান ও মিজানুর রহমান")?
    Rifat test split: 4 of the 10 real people among the 15 one-word persons the filter dropped; the
    corpus's dropped words (শব্দচয়ন, মোটিফ, ইলেকট্রনিক্স) stand in lists of things."""
    words = article.words
    n = len(words)
    lexicon = article.lexicon
    if k > 0 and words[k - 1] in _KINSHIP and article.same_sentence(k - 1, k):
        return True
    before = k > 1 and words[k - 1] in _LIST_JOINERS and article.same_sentence(k - 2, k) \
        and lexicon.person_word(words[k - 2])
    after = k + 2 < n and words[k + 1] in _LIST_JOINERS and article.same_sentence(k, k + 2) \
        and lexicon.person_word(words[k + 2])
    return before or after



# How Arabic compound names end (আকরামুজ্জামান, সুজাউদ্দৌলা, আতাউল্লাহ, শাহাবুদ্দিন).
_ARABIC_NAME_ENDINGS = ("জ্জামান", "দ্দৌলা", "উল্লাহ", "ুল্লাহ", "উদ্দিন", "ুদ্দিন", "উদ্দীন", "ুদ্দীন")


def _join_split_mentions(article: _Article, group: _Group) -> None:
    """Two mentions of one person side by side are one mention when their words follow the
    person's name in order: "খালেদা | জিয়ার" (the tagger's first name and the surname found
    again), "শরিফ ওসমান | হাদি" of শরিফ ওসমান বিন হাদি; not "হাদি হাদি", a name said twice.
    Corpus: 93 such pairs in 45 of the 566 articles, all of one name."""
    if len(group.mentions) < 2 or _top_type(group) != "PERSON":
        return
    names = [group.key, *(_word_keys(a.split()) for a in group.aliases)]
    mentions = sorted(group.mentions, key=lambda s: s.start)
    out = [mentions[0]]
    for span in mentions[1:]:
        before = out[-1]
        if before.end == span.start and article.same_sentence(before.start, span.start) \
                and not article.joined(span.start):
            words = _word_keys(_mention_name(article, replace(before, end=span.end)))
            if any(_in_order(words, name) for name in names):
                out[-1] = replace(before, end=span.end)
                continue
        out.append(span)
    group.mentions = out


def _in_order(words: Sequence[str], name: Sequence[str]) -> bool:
    """Are `words` some of the words of `name`, in its order (শরিফ ওসমান হাদি of শরিফ ওসমান বিন হাদি)?"""
    rest = iter(name)
    return all(word in rest for word in words)


_HYPHEN_ENDINGS = ("-এর", "-র", "-কে", "-তে", "-এ", "-ও", "’র", "'র", "’এর", "'এর")


def _mention_name(article: _Article, span: _Span) -> list[str]:
    words = article.words[span.start:span.end]
    # join hyphen/apostrophe pieces back into the written word (হো-জিন, রিয়ং-এর)
    joined: list[str] = []
    for k, w in enumerate(words):
        if joined and article.joined(span.start + k) and (w in "-’'" or joined[-1].endswith(("-", "’", "'"))):
            joined[-1] += w
        else:
            joined.append(w)
    # a comma inside a name stays with its word (ডাক, টেলিযোগাযোগ ও তথ্যপ্রযুক্তি মন্ত্রণালয়)
    kept: list[str] = []
    for w in joined:
        if (w == "," or (w == ":" and kept[-1:] in (["মো"], ["মোছা"], ["মোসা"]))) and kept:
            kept[-1] += w  # মো: তৈয়বুর রহমান: the prefix as written
        elif _is_word(w) or w.endswith("."):
            kept.append(w)
    joined = kept
    # drop leading honorifics (বেগম খালেদা জিয়া) and the full stop of ড.; but a place or body named
    # after a person keeps the name as written (শহীদ শাকিল আহমেদ হল, বেগম খালেদা জিয়া বালিকা উচ্চ
    # বিদ্যালয়, বঙ্গবন্ধু শেখ মুজিব মেডিকেল বিশ্ববিদ্যালয়): the honorific is part of the institution's name
    hall = span.type == "LOC" and joined[-1:] != [] and joined[-1] in _HALL_FORMS
    named_after = span.type != "PERSON" and len(joined) > 2
    while len(joined) > 1 and (is_honorific(joined[0]) and not named_after or joined[0] == "."):
        joined = joined[1:]
    if not joined:
        return []
    last = joined[-1]
    for ending in _HYPHEN_ENDINGS:
        if last.endswith(ending) and len(last) > len(ending) + 1:
            last = last[: -len(ending)]
            break
    else:
        known = _known_org_last_word(joined[:-1], last) if span.type == "ORG" else None
        if known is not None:
            last = known  # নিউ এইজের -> নিউ এইজ, not এইজে
        elif span.type == "ORG" and _bare_nominative(last) in _PARTY_HEADS:
            last = _bare_nominative(last)
        elif hall:
            last = "হল"  # হলের, হলে: not the verb form হলে the vocabulary also holds
        else:
            last = article.nominative(last)
            if span.type in _BARE_NAME_TYPES:
                last = _name_before_genitive_r(article, _without_particle_o(article, last))
            if span.type == "LOC":
                last = _without_locative(article, last)
        if span.type == "LOC" and last not in article.lexicon.bd_places:
            # কলমাকান্দায় -> কলমাকান্দা: an upazila the vocabulary lacks keeps its case ending
            last = next((st for st in case_stems(last)[1:] if st in article.lexicon.bd_places), last)
    joined[-1] = last
    if span.type == "LOC":
        if len(joined) == 2 and joined[1].isdigit():
            return [f"{joined[0]}-{joined[1]}"]  # "ঢাকা ১৩ ও ১৫ এর" is the constituency ঢাকা-১৩
        return _without_unit_word(joined)
    return joined


# The entity types whose last name word may lose a genitive -র (`_name_before_genitive_r`):
# organisations end in head words (ছাত্রশিবির, সেন্টার) too often.
_BARE_NAME_TYPES = frozenset({"PERSON", "LOC"})


def _name_before_genitive_r(article: _Article, word: str) -> str:
    """A name word that is a genitive (-র after a vowel) of a name the corpus or the name lists
    know in another form: মুখার্জির -> মুখার্জি (a listed surname), ভার্মার -> ভার্মা (the corpus
    writes ভার্মাকে), তৌহিদুল্লার -> তৌহিদুল্লা (no Arabic name ends in -উল্লার). A word with
    case forms of its own stays (কবির: কবিরের, আক্তার: আক্তারকে), and so does a listed name.

    `nominative` strips -র after ু ূ ো ৌ only: after া ি ী the letter ends many names (হায়দার,
    কবির, জাহাঙ্গীর), so this asks for evidence that the stem is the name.
    """
    stem = word[:-1]
    if not word.endswith("র") or len(stem) < 3 or stem[-1] not in _VOWELS_BEFORE_GENITIVE_R:
        return word
    lexicon = article.lexicon
    if word in lexicon.names or word in PLACE_NAMES or word in lexicon.bd_places:
        return word
    seen = _Either(article.attested, lexicon.vocabulary)
    if any(word + ending in seen for ending in _OWN_CASE_ENDINGS):
        return word
    if stem in lexicon.names or stem.endswith(_ULLA_ENDINGS) \
            or any(stem + ending in seen for ending in _STEM_CASE_ENDINGS):
        return stem
    return word


def _without_particle_o(article: _Article, word: str) -> str:
    """A name word with the particle -ও ("also") after a consonant, -া or -ো, which no name ends
    in: মেলফোর্ডও -> মেলফোর্ড, ফাসোও -> ফাসো, মাসাকাদজাও -> মাসাকাদজা. Names end in -িও (রুবিও,
    টোকিও), places in -গাঁও (খিলগাঁও) and acronyms in a spelt-out O (ইউএনও): those stay, and so does
    a listed name or place."""
    stem = word[:-1]
    if not word.endswith(_PARTICLE_O) or len(stem) < 3 or word.endswith(_VILLAGE_ENDINGS) \
            or stem.endswith(_SPELT_LETTERS):
        return word
    if not (_is_consonant(stem[-1]) or stem[-1] in _VOWELS_BEFORE_PARTICLE_O):
        return word
    lexicon = article.lexicon
    if word in lexicon.names or word in _PLACE_LAST_WORDS or word in lexicon.bd_places:
        return word
    return stem


_PARTICLE_O = "ও"
_VOWELS_BEFORE_PARTICLE_O = "াো"
# Latin letters spelt out before a final O in an acronym (ডাব্লুএইচও, ইউএনও)
_SPELT_LETTERS = ("এইচ", "এন", "এম", "এল", "এফ", "এস", "এক্স", "আর")
# -গাঁও, "village", ends place names (তেজগাঁও, আগারগাও)
_VILLAGE_ENDINGS = ("গাঁও", "গাও")


def _without_locative(article: _Article, word: str) -> str:
    """A place's name with the locative ending the nominative keeps for names in general: -য়
    after -া (মারবেল্লায় -> মারবেল্লা, মৌজায় -> মৌজা) and -ে after a consonant (ইসলামবাগে ->
    ইসলামবাগ, রিংরোডে -> রিংরোড). People's names end so (রায়, এমবাপে); a place's name rarely
    does, and a listed one (জিম্বাবুয়ে, তাইপে) stays."""
    lexicon = article.lexicon
    if word in _PLACE_LAST_WORDS or word in lexicon.bd_places:
        return word
    if word.endswith(_LOCATIVE_AFTER_AA) and len(word) - len(_LOCATIVE_AFTER_AA) >= 3:
        return word[:-len(_LOCATIVE_AFTER_AA) + 1]  # keep the -া
    if word.endswith(_LOCATIVE_E) and len(word) > 4 and _is_consonant(word[-2]):
        return word[:-1]
    return word


_LOCATIVE_AFTER_AA = "ায়"
# the last words of the listed places (ভার্দে of কেপ ভার্দে)
_PLACE_LAST_WORDS = frozenset(name.split()[-1] for name in PLACE_NAMES)
_LOCATIVE_E = "ে"


# The vowel signs after which a final র may be the genitive of a name ending in the vowel.
_VOWELS_BEFORE_GENITIVE_R = "ািীেৈ"
# Case endings on a word ending in র that show the র belongs to the name (কবিরের, আক্তারকে).
_OWN_CASE_ENDINGS = ("ের", "কে", "েরা", "দের", "এর", "-এর")
# Case endings on a vowel-final stem that show the stem is the name (ভার্মাকে, জিন্নাও).
_STEM_CASE_ENDINGS = ("কে", "কেও", "ও", "রা", "রাও", "দের", "য়", "য়ে", "তে")
# -উল্লা, the short spelling of -উল্লাহ (তৌহিদুল্লা, একরামউল্লা): its genitive is -উল্লার.
_ULLA_ENDINGS = ("উল্লা", "ুল্লা")


def _without_unit_word(words: list[str]) -> list[str]:
    """The place a unit word names: বেড়া of "বেড়া উপজেলা", ফেনী of "ফেনী জেলা", so that the
    bare name elsewhere is the same place. Kept when nothing but generic words would be left
    (সদর উপজেলা, নতুন গ্রাম), and for a division (সিলেট বিভাগ): the eight divisions share their
    names with their chief cities, and the division of several districts is not the city (the
    opened stretches name "সিলেট বিভাগ" and "সিলেট" apart)."""
    if len(words) < 2 or words[-1] not in UNIT_WORDS:
        return words
    rest = words[:-1]
    if words[-1] == _DIVISION and len(rest) == 1 and rest[0] in DIVISION_NAMES:
        return words  # সিলেট বিভাগ, the division of four districts, is not the city সিলেট
    if all(w in GENERIC_ADMIN_WORDS or w in PLACE_OPENING_WORDS for w in rest):
        return words
    return rest


def _word_keys(words: Sequence[str]) -> tuple[str, ...]:
    """The matching keys of a name's words, a hyphenated word as its parts (আল-আমিন = আল আমিন), a
    word's two spellings as one (আহমেদ = আহমদ, মোহাম্মদ = মুহাম্মদ)."""
    return tuple(_SPELLING_KEY.get(k, k) for k in _written_keys(words))


def _written_keys(words: Sequence[str]) -> tuple[str, ...]:
    """`_word_keys` with each word as spelled (মোহাম্মদ and মুহাম্মদ apart: one is the other's alias)."""
    return tuple(k for w in words for k in name_key(w).split())


def _shared_word(by_word: Mapping[str, list[_Group]], key: tuple[str, ...]) -> bool:
    """Is a one-word name part of two people's fuller names (মি. আহমদ beside অলি আহমদ and মহিউদ্দিন
    আহমেদ)? Then each such mention after মি. finds its own person (`_find_host`: the one named last
    before it); a surname alone without it stays with the person it was first given to (এরশাদের …
    after রওশন এরশাদ is still এইচ এম এরশাদ)."""
    return len(key) == 1 and sum(1 for g in by_word.get(key[0], ()) if len(g.key) > 1 and _top_type(g) == "PERSON") > 1


def _group(article: _Article, named: list[tuple[_Span, list[str]]]) -> list[_Group]:
    """Mentions with the same name form one group; a shorter name joins the full name it is part of."""
    by_key: dict[tuple[str, ...], _Group] = {}
    by_word: dict[str, list[_Group]] = defaultdict(list)  # the groups whose name has this word
    order = sorted(named, key=lambda sn: (-len(sn[1]), sn[0].start))
    groups: list[_Group] = []
    # where a surname follows মি./মিজ/মিসেস (BBC Bangla's way of naming again the one just quoted)
    addressed = {_after_mister(article, i) for i in _mister_positions(article)}
    for span, words in order:
        key = _word_keys(words)
        # a club called by its city joins the club, not the city's own group (`_clubs_by_city`)
        shared = span.start in addressed and _shared_word(by_word, key)
        group = by_key.get(key) if span.rule != "club" and not shared else None
        if group is None:
            group = _find_host(by_word.get(key[0], []), key, span, article)
        if group is None and shared:
            group = by_key.get(key)
        if group is None:
            group = _Group(list(words), [])
            groups.append(group)
            for word in dict.fromkeys(group.key):
                by_word[word].append(group)
        elif key != group.key or _written_keys(words) != _written_keys(group.name_words):
            alias = " ".join(words)
            if alias not in group.aliases:
                group.aliases.append(alias)
        if span.rule != "club":
            by_key[key] = group
        group.mentions.append(span)
        group.types[span.type] += _weight(span)
    _acronym_aliases(article, groups)
    _alias_groups(article, groups)
    _organisation_aliases(groups)
    _inner_org_aliases(groups)
    _spelling_variants(groups)
    _vowel_variants(groups)
    _short_first_names(groups)
    return [g for g in groups if g.mentions]


def _alias_groups(article: _Article, groups: list[_Group]) -> None:
    """The alias after "ওরফে" (`_alias_names`) is another name of the person before it."""
    if not article.alias_of:
        return
    group_at = {span.start: group for group in groups for span in group.mentions}
    for alias_start, name_start in article.alias_of.items():
        host, alias = group_at.get(name_start), group_at.get(alias_start)
        if host is not None and alias is not None and host is not alias and alias.mentions:
            _absorb(host, alias)
            for span in host.mentions:
                group_at[span.start] = host


def _short_first_names(groups: list[_Group]) -> None:
    """মুশফিক is মুশফিকুর রহিম, মোস্তাফিজ is মোস্তাফিজুর রহমান, শেখ মুজিব is শেখ মুজিবুর রহমান: a
    person whose last name word, with -ুর or -ুল, makes the opening of exactly one fuller person in
    the article (Bengali short forms: মিজান/মিজানুর, শফিক/শফিকুল) is that person."""
    people = [g for g in groups if g.mentions and _top_type(g) == "PERSON"]
    by_opening: dict[tuple[str, ...], list[_Group]] = defaultdict(list)
    for group in people:
        for size in range(1, len(group.key)):
            by_opening[group.key[:size]].append(group)
    for group in people:
        if not 1 <= len(group.key) <= 2 or len(group.key[-1]) < 3:
            continue
        hosts = [h for ending in _SHORTENED_ENDINGS
                 for h in by_opening.get((*group.key[:-1], group.key[-1] + ending), ())]
        if len(hosts) == 1:
            _absorb(hosts[0], group)


# What Bengali short forms of Arabic names drop: মুশফিকুর -> মুশফিক, রফিকুল -> রফিক.
_SHORTENED_ENDINGS = ("ুর", "ুল")


def _absorb(host: _Group, group: _Group) -> None:
    """`group` is another name of `host`: its mentions, type weights, name and aliases move over."""
    host.mentions.extend(group.mentions)
    for kind, weight in group.types.items():
        host.types[kind] += weight
    host.aliases.extend(a for a in (" ".join(group.name_words), *group.aliases) if a not in host.aliases)
    group.mentions = []


def _spelling_variants(groups: list[_Group]) -> None:
    """এহসানুল মাহবুব জুবায়ের and এহসান মাহবুব জুবায়ের: two people's names of three or more words
    that differ only in a first name one of which begins the other are one person written two
    ways; the name with more mentions stays, the other becomes its alias."""
    people = [g for g in groups if len(g.key) >= 3 and g.mentions and _top_type(g) == "PERSON"]
    by_rest: dict[tuple[str, ...], list[_Group]] = defaultdict(list)
    for group in people:
        by_rest[group.key[1:]].append(group)
    for same in by_rest.values():
        if len(same) != 2:
            continue
        a, b = sorted(same, key=lambda g: len(g.mentions), reverse=True)
        short, long_ = sorted((a.key[0], b.key[0]), key=len)
        if len(short) < 3 or not long_.startswith(short) or short == long_:
            continue
        _absorb(a, b)


def _vowel_variants(groups: list[_Group]) -> None:
    """One name written two ways in one article: মুস্তাফিজুর/মোস্তাফিজুর রহমান, সালাহউদ্দিন আহমদ/আহমেদ,
    জেফরি/জেফ্রি এপস্টিন, এইচ এম/এইচএম এরশাদ, কলকাতা/কোলকাতা, অ্যাঙ্গোলা/অঙ্গোলা. Two names of one
    type whose letters differ only by one vowel sign or virama, by the spaces between them or by
    how the open "a" is written (`_fold_open_a`), are one
    entity; the name with more mentions stays, the other becomes its alias. A person's name needs
    two words (জয়/জয়া are two people), a place's or organisation's five letters."""
    by_skeleton: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for group in groups:
        if not group.mentions:
            continue
        kind = _top_type(group)
        joined = _fold_open_a("".join(group.key))
        if (len(group.key) < 2 if kind == "PERSON" else len(joined) < 5):
            continue
        by_skeleton[(kind, joined.translate(_VOWEL_SIGNS_DROPPED))].append(group)
    for same in by_skeleton.values():
        for i, a in enumerate(same):
            for b in same[i + 1:]:
                if not a.mentions or not b.mentions \
                        or not _one_vowel_apart(_fold_open_a("".join(a.key)), _fold_open_a("".join(b.key))):
                    continue
                keep, other = (a, b) if len(a.mentions) >= len(b.mentions) else (b, a)
                _absorb(keep, other)


def _fold_open_a(name: str) -> str:
    """The open "a" of English names is written অ্যা, এ্যা or অ (অ্যাঙ্গোলা, অঙ্গোলা): one letter here."""
    return name.replace("অ্যা", "অ").replace("এ্যা", "অ")


_VOWEL_SIGNS_DROPPED = str.maketrans({c: None for c in _VOWEL_SIGNS})


def _one_vowel_apart(a: str, b: str) -> bool:
    """Do the two spellings differ by at most one vowel sign or virama (added, dropped or changed)?"""
    if a == b:
        return True
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    rest_a, rest_b = a[i:len(a) - j], b[i:len(b) - j]
    return len(rest_a) <= 1 and len(rest_b) <= 1 and all(c in _VOWEL_SIGNS for c in rest_a + rest_b)


def _inner_org_aliases(groups: list[_Group]) -> None:
    """জামায়াত is বাংলাদেশ জামায়াতে ইসলামী: a one-word organisation joins the one longer organisation
    that has it (in any case form) inside, between its first and last words. Not at the end: ঢাকা
    মহানগর বিএনপি is a unit of বিএনপি, another organisation."""
    inner: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        if len(group.name_words) > 2 and group.mentions and _top_type(group) == "ORG":
            for word in dict.fromkeys(group.name_words[1:-1]):
                for stem in {name_key(st) for st in case_stems(word)}:
                    inner[stem].append(group)
    if not inner:
        return
    for group in groups:
        if len(group.name_words) != 1 or not group.mentions or _top_type(group) != "ORG":
            continue
        hosts = list({id(h): h for h in inner.get(group.key[0], ())}.values())
        if len(hosts) != 1:
            continue
        _absorb(hosts[0], group)


def _weight(span: _Span) -> float:
    return span.confidence + (0.3 if span.rule in ("title", "head", "acronym", "speech", "organisation") else 0.0)


# What a company's name may end in that its short name leaves out (আরএফএল গ্রুপ, ইফাদ লিমিটেড).
_COMPANY_TAILS = frozenset({"গ্রুপ", "লিমিটেড", "লি", "পিএলসি", "কোম্পানি"})

# The prefix মো./মো:/মোছা. that opens Bangladeshi names, as `name_key` writes it: a later mention
# without it is the same person.
_PREFIX_KEYS = frozenset({"মো", "মোঃ", "মোছা", "মোসা"})


def _after_prefix(key: tuple[str, ...]) -> tuple[str, ...]:
    """The name's key after its prefix and the prefix's stop (মো . রফিকুল … -> রফিকুল …)."""
    rest = key[1:]
    while rest and not rest[0]:
        rest = rest[1:]
    return rest


def _find_host(groups: Sequence[_Group], key: tuple[str, ...], span: _Span, article: _Article | None = None) -> _Group | None:
    """The group whose fuller name contains this one: its last word(s) (পেসকভ), or for people its
    first word (কিম জং উন), its words after a leading title-like part (আব্দুর রশিদ), its first and
    last words without the middle name (দীপু দাস of দীপু চন্দ্র দাস) or, when only one person's name
    has it, a middle word (খসরু of আমীর খসরু মাহমুদ চৌধুরী). `groups` are those whose name has the
    key's first word."""
    hosts = []
    inner = []
    size = len(key)
    for group in groups:
        full = group.key
        if len(full) <= size:
            continue
        if size == 1 and len(full) == 2 and full[0] == key[0] and full[1] in _COMPANY_TAILS \
                and _top_type(group) == "ORG" and span.type == "ORG" and letter_acronym(key[0]):
            hosts.append(group)  # আরএফএল of আরএফএল গ্রুপ
            continue
        if size == 1 and span.rule == "club" and full[0] == key[0] and _top_type(group) == "ORG":
            hosts.append(group)  # সিলেটের (অধিনায়ক) of সিলেট টাইটান্স: the club by its city
            continue
        if full[0] in _PREFIX_KEYS and _after_prefix(full)[:size] == key and _top_type(group) == "PERSON":
            hosts.append(group)  # জাহাঙ্গীর আলম of মো: জাহাঙ্গীর আলম চৌধুরী, রফিকুল ইসলাম of মো. রফিকুল …
            continue
        if full[-size:] != key and full[:size] != key:
            if size == 1 and len(full) > 2 and key[0] in full[1:-1] and _top_type(group) == "PERSON":
                inner.append(group)  # খসরু in আমীর খসরু মাহমুদ চৌধুরী
            elif size > 1 and span.type == "PERSON" and full[0] == key[0] and full[-1] == key[-1] \
                    and _in_order(key, full) and _top_type(group) == "PERSON":
                hosts.append(group)  # দীপু দাস: দীপু চন্দ্র দাস without the middle name
            continue
        kind = _top_type(group)
        if kind == "PERSON":
            hosts.append(group)
        elif kind == "ORG" and size >= 2 and full[-size:] == key and not _other_organisation(key, full) \
                and not (span.type == "PERSON" and full[-size - 1] in _ENGLISH_LINKS):
            hosts.append(group)  # (but a person after "of" is what a title is about: 'দ্য হিস্ট্রি অব চেঙ্গিস খান')
    if not hosts and len(inner) == 1 and span.type == "PERSON" and _propagates_alone(key[0]):
        return inner[0]
    if len(hosts) == 1:
        return hosts[0]
    if hosts and article is not None:
        # মওলানা ভাসানীর: the host whose own mention has the same honorific or title before it
        cue = _cue(article, span)
        if cue:
            cued = [g for g in hosts if any(_cue(article, m) == cue for m in g.mentions)]
            if len(cued) == 1:
                return cued[0]
    before = [(max((m.start for m in g.mentions if m.start < span.start), default=-1), g) for g in hosts]
    before = [(at, g) for at, g in before if at >= 0]
    if before:
        return max(before, key=lambda ag: ag[0])[1]  # the person named last before this mention
    return None


def _other_organisation(key: Sequence[str], full: Sequence[str]) -> bool:
    """Two names the gazetteer gives to different organisations, one inside the other: লিবারেল
    ডেমোক্রেটিক পার্টি is not বাংলাদেশ লিবারেল ডেমোক্রেটিক পার্টি."""
    mine = _ORGANISATION_IDS.get(" ".join(key))
    theirs = _ORGANISATION_IDS.get(" ".join(full))
    return mine is not None and theirs is not None and mine.isdisjoint(theirs)


def _cue(article: _Article, span: _Span) -> str:
    """The honorific or title a mention starts with or follows (মওলানা ভাসানী, প্রেসিডেন্ট পুতিন), or ""."""
    words = article.words
    for k in (span.start, span.start - 1):
        if 0 <= k < len(words) and (is_honorific(words[k]) or is_title(words[k])):
            return words[k]
    return ""


def _acronym_aliases(article: _Article, groups: list[_Group]) -> None:
    """"বাংলাদেশ ক্রিকেট বোর্ড (বিসিবি)": the acronym's group joins the full name's group."""
    group_of: dict[int, _Group] = {}
    for group in groups:
        for span in group.mentions:
            group_of[span.end] = group
            group_of[-span.start - 1] = group  # start marker
    for group in list(groups):
        if not group.mentions:
            continue
        for span in list(group.mentions):
            i = span.start
            if not (_alone_in_brackets(article, i) and span.end == i + 1):
                continue
            host = group_of.get(i - 1)
            if host is None or host is group or len(host.name_words) < 2 or _affiliation(host, group):
                continue
            _absorb(host, group)
            break


def _affiliation(host: _Group, bracketed: _Group) -> bool:
    """"আল আমিন হোসেন (বাংলাদেশ)", "… বার্নার্স (বাংলাদেশ)", "আরিফা আক্তার বেবী (বিএনপি)": a country,
    or a known organisation after a person's name, in brackets says where the name belongs; it is no
    other name of it. An unknown acronym after a name the tagger took for a person is the name's own
    (ইন্টিগ্রেটেড চেকপোস্ট (আইসিপি))."""
    kind, host_kind = _top_type(bracketed), _top_type(host)
    if kind == "LOC":
        return host_kind != "LOC"
    return host_kind == "PERSON" and kind == "ORG" and " ".join(bracketed.name_words) in _KNOWN_ORG_NAMES


def _organisation_aliases(groups: list[_Group]) -> None:
    """দুর্নীতি দমন কমিশন … দুদক, বিজিবি … বর্ডার গার্ড বাংলাদেশ: two names of one gazetteer
    organisation (`core.lexicon.orgs`) in an article are one entity, in either order, with or
    without brackets, under the fullest name written. A name several organisations share (বিজেপি)
    joins the one whose other name the article has, if only one."""
    ids_of: dict[int, frozenset[int]] = {}
    for index, group in enumerate(groups):
        if not group.mentions or _top_type(group) != "ORG":
            continue
        ids = frozenset().union(*(_ORGANISATION_IDS.get(name_key(n), frozenset())
                                  for n in (" ".join(group.name_words), *group.aliases)))
        if ids:
            ids_of[index] = ids
    if len(ids_of) < 2:
        return
    named = frozenset().union(*(ids for ids in ids_of.values() if len(ids) == 1))
    members: dict[int, list[int]] = defaultdict(list)
    for index, ids in ids_of.items():
        sure = ids if len(ids) == 1 else ids & named
        if len(sure) == 1:
            members[next(iter(sure))].append(index)
    for indices in members.values():
        if len(indices) < 2:
            continue
        together = [groups[i] for i in indices]
        host = max(together, key=lambda g: (len(g.name_words), len(" ".join(g.name_words)), -min(m.start for m in g.mentions)))
        for group in together:
            if group is host or not group.mentions:
                continue
            _absorb(host, group)


_Form = tuple[tuple[str, ...], _Group]


def _propagate(article: _Article, groups: list[_Group]) -> None:
    """Every other occurrence of a found name (or its case forms) in the article is a mention."""
    taken: set[int] = {i for g in groups for s in g.mentions for i in range(s.start, s.end)} | article.desk \
        | article.quoted_title_ends  # 'দ্য হিস্ট্রি অব চেঙ্গিস খান': a book about the person
    forms: dict[str, list[_Form]] = defaultdict(list)
    owners: dict[tuple[str, ...], set[int]] = defaultdict(set)
    names_of: list[set[tuple[str, ...]]] = []
    for group in groups:
        names = {tuple(group.name_words)}
        names.update(tuple(a.split()) for a in group.aliases)
        if _top_type(group) == "PERSON" and len(group.name_words) > 1:
            # a surname or first name alone refers to the person (পেসকভ, রাসেল, কিম)
            names.update({(group.name_words[0],), (group.name_words[-1],)})
            names.update(_without_prefix(group.name_words))
        elif _top_type(group) == "ORG" and len(group.name_words) == 2 and _team_nickname(group.name_words[-1]):
            # a club by its nickname alone (মেলবোর্ন রেনেগেডস … রেনেগেডসকে, রংপুর রাইডার্স … রাইডার্সরা)
            names.add((group.name_words[-1],))
        names_of.append(names)
        for words in names:
            owners[words].add(id(group))
    for group, names in zip(groups, names_of):
        for words in names:
            if len(owners[words]) > 1 or (len(words) == 1 and not (
                    _propagates_alone(words[0])
                    and (words[0] not in article.lexicon.common or article.lexicon.person_word(words[0])))):
                continue  # ambiguous between two entities, or a word too common to stand alone
            forms[words[0]].append((words, group))
    if not forms:
        return
    # the forms each distinct word of the article may be: itself, or a case form of a one-word name
    single = {first for first, found in forms.items() if any(len(words) == 1 for words, _ in found)}
    # the words of the article that may be one of these forms: the form itself, or a one-word form
    # with a case ending (a token holds no hyphen or apostrophe, so that is form + ending)
    attested = article.attested
    wanted = {word for word in forms if word in attested}
    wanted.update(word for first in single for ending in CASE_SUFFIXES if (word := first + ending) in attested)
    candidates: dict[str, list[_Form]] = {}
    for word in wanted:
        found = forms.get(word, []) + _inflected_forms(forms, word)
        if found:
            candidates[word] = sorted(found, key=lambda wg: -len(wg[0]))
    words_of = article.words
    n = len(words_of)
    for i in article.positions(candidates):
        if i in taken:
            continue
        for words, group in candidates[words_of[i]]:
            end = i + len(words)
            if end > n or any(k in taken for k in range(i, end)):
                continue
            if words_of[i:end - 1] != list(words[:-1]):
                continue
            if words[-1] not in case_stems(words_of[end - 1]):
                continue
            if end < n and (_continues_name(article, end) or words_of[end] in _CUP_FORMS):
                continue  # জিয়া inside জিয়া উদ্যান, এশিয়া inside এশিয়া কাপ: a different name
            span = _Span(i, end, _top_type(group), "propagated", RULE_CONFIDENCE["propagated"])
            group.mentions.append(span)
            taken.update(range(i, end))
            break


def _spelling_keys() -> dict[str, str]:
    """Each spelling of a name word (as `name_key` writes it) -> one key for all its spellings."""
    component: dict[str, set[str]] = {}
    for a, b in SPELLING_VARIANTS:
        ka, kb = name_key(a), name_key(b)
        merged = component.get(ka, {ka}) | component.get(kb, {kb})
        for k in merged:
            component[k] = merged
    return {k: min(group) for k, group in component.items()}


# One key for the spellings of a name word (আহমেদ/আহমদ, মোহাম্মদ/মুহাম্মদ/মুহম্মদ).
_SPELLING_KEY = _spelling_keys()


def _team_nickname(word: str) -> bool:
    """An English plural that names a club after its city (রেনেগেডস, রাইডার্স, টাইটান্স), not an
    ordinary word of the news."""
    return word.endswith("স") and len(word) > 4 and (_is_consonant(word[-2]) or word[-2] == "\u09cd") \
        and word not in _BUILTIN_KNOWN and _head_kind(word) is None


def _without_prefix(words: Sequence[str]) -> set[tuple[str, ...]]:
    """A person's name without its leading prefix or initials, and its first given name alone: মো.
    তারেক রহমান -> তারেক রহমান, তারেক; এম রিয়াজ হামিদুল্লাহ -> রিয়াজ হামিদুল্লাহ, রিয়াজ."""
    k = 0
    while k < len(words) - 1 and (words[k] in _NAME_PREFIX_WORDS or words[k].rstrip(".") in _LETTER_NAMES):
        k += 1
    if k == 0 or len(words) - k < 2:
        return set()
    return {tuple(words[k:]), (words[k],)}


def _inflected_forms(forms: Mapping[str, list[_Form]], word: str) -> list[_Form]:
    out: list[_Form] = []
    for stem in case_stems(word)[1:]:
        out.extend((w, g) for w, g in forms.get(stem, []) if len(w) == 1)
    return out


@lru_cache(maxsize=_WORD_CACHE)
def _propagates_alone(word: str) -> bool:
    """A one-word form is searched for only when it cannot be a common word or a name prefix."""
    if word in NAME_STOP_WORDS or is_honorific(word) or is_title(word) or len(word) < 2 or word in GENERIC_NOT_ENTITIES:
        return False
    return word not in _NAME_PREFIX_WORDS


def _continues_name(article: _Article, end: int) -> bool:
    return _continues_a_name(article.words[end]) and article.same_sentence(end - 1, end)


_SPACED_HYPHEN = re.compile(r"\s*-\s*")
_SPACED_STOP = re.compile(r"\s+\.")


def _entity(article: _Article, group: _Group) -> Entity:
    mentions = []
    text = article.text
    for span in sorted(group.mentions, key=lambda s: s.start):
        start = article.starts[span.start]
        end = article.ends[span.end - 1]
        mentions.append(Mention(start, end, text[start:end]))
    unique = tuple(dict.fromkeys(mentions))
    kind = _top_type(group)
    name = " ".join(group.name_words)
    if "-" in name:
        name = _SPACED_HYPHEN.sub("-", name)
    if " ." in name:
        name = _SPACED_STOP.sub(".", name)  # মো . ইউনুচ -> মো. ইউনুচ
    confidence = max(s.confidence for s in group.mentions)
    sources = {s.rule for s in group.mentions}
    aliases = tuple(a for a in dict.fromkeys(group.aliases) if a != name)
    return Entity(name=name, type=kind, mentions=unique, aliases=aliases, confidence=round(confidence, 3),
                  source="model" if sources <= {"model", "propagated"} else "rule")


def _top_type(group: _Group) -> str:
    if not group.types or group.key[:1] and group.key[0] in _PREFIX_KEYS:
        # মো./মোছা. open only a person's name: "মো. রিয়াদ (২৫) নামের এক যুবক" stays a person when
        # the article goes on with রিয়াদ alone, which the place list reads as the Saudi capital
        return "PERSON"
    return max(group.types.items(), key=lambda kv: kv[1])[0]
