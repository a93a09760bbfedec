"""People, organisations and places in one article: the CRF's spans, news-text rules, one entity per name.

    entities(text, model=load_model())  ->  [Entity(name="কিম জং উন", type="PERSON",
                                                    mentions=(Mention(…, "কিম জং উন"), Mention(…, "কিমের"), …),
                                                    aliases=("কিম",)), …]

Steps, in order (each a small function below):
1. the CRF tags every sentence (`NerModel.tag`; a sentence repeated word for word is tagged once);
2. the model's names are repaired: cut at words no name holds, at a title inside them (বিএনপি |
   মহাসচিব মির্জা ফখরুল …), between two places, before an acronym or outlet the person spoke to
   (… আহমেদ | বিবিসিকে); describing words, verbs and compound-verb nouns trimmed off the edges; a
   name the gazetteers know retyped (মানবজমিন is an outlet), a place-typed name of known given
   names made a person; a last name cut off restored when a relative of the article bears it;
3. rules add what a CRF alone misses in news text:
   - a title, role or epithet right before a name makes it a person (প্রেসিডেন্ট ভ্লাদিমির পুতিন,
     ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ, রাজনীতিবিদ …, ওসি নিতাই চন্দ্র সরকার);
   - an organisation head word ends an organisation name (স্বরাষ্ট্র মন্ত্রণালয়, বাংলাদেশ ক্রিকেট বোর্ড,
     বেড়া মডেল থানা, … ফোরাম অব বাংলাদেশ), a stadium/station/park head word ends a place name
     (সিলেট আন্তর্জাতিক স্টেডিয়াম), a building or road needs a name before it (নাজিয়া সালমা ভবন), and
     an administrative unit is a place mentioned with its unit word (বেড়া উপজেলায়, … ইউনিয়নের,
     … গ্রামে) and named without it (বেড়া), so the bare name is the same place (but a division,
     রংপুর বিভাগ, is not its city রংপুর);
   - acronyms are organisations: Latin capitals (TASS) and letter-name spellings (বিএনপি, বিবিসিকে);
     "full name (acronym)" makes the acronym an alias of the full name;
   - a well-known organisation of the gazetteer (`core.lexicon.orgs`) is found by its whole name,
     its last word in any case form, over a shorter or truncated span inside it (বিমান বাংলাদেশ
     এয়ারলাইন্সের, not the tagger's বাংলাদেশ এয়ারলাইন্স), and by its syllabic acronym (দুদক, বাফুফে);
   - a well-known person of the gazetteer (`core.lexicon.people`) is found by a full name, its last
     word in any case form (শরিফ ওসমান হাদির, আইতানা বোনমাতি), over a shorter or wrongly typed span
     inside it; not inside a longer name or what is named after the person (জিয়াউর রহমান বিশ্ববিদ্যালয়);
   - the subject of a speech verb (… বলেছেন) is a person or an organisation, not a place,
     unless it is a known country or city (a country as actor stays LOC);
   - a country/city/district, well-known organisation, outlet or party from the gazetteers is an
     entity even where the model missed it;
   - demonyms, generic nouns, prayer phrases (আল্লাহু আকবর) and the staff initials of the desk line
     (ঢাকা/শাহীন/রাজীব) are not entities;
4. one name, one entity: every mention is reduced to its nominative name (case ending and
   honorific dropped, `canonical_name`); shorter names merge into the full name they are part of
   (পেসকভ -> দিমিত্রি পেসকভ, কিম -> কিম জং উন, খসরু -> আমীর খসরু মাহমুদ চৌধুরী, বিসিবি -> বাংলাদেশ
   ক্রিকেট বোর্ড; between two people sharing a name, the one with the same honorific); two names of
   one gazetteer organisation are one entity in either order (দুদক … দুর্নীতি দমন কমিশন); then every
   other occurrence of a known name or its case forms in the article becomes a mention too;
5. editor decisions, when given, override the result (`apply_decisions`).

The helpers `canonical_name`, `name_key` and `apply_decisions` are pure and are what the archive-wide
registry uses to recognise the same entity across articles. What the rules ask about a word is
worked out once per word and model (`_Lexicon`), and each rule visits only the tokens that can
start it (`_Article.at`), so the rules cost a fraction of the tagging.
"""
from __future__ import annotations

import re
import unicodedata
import weakref
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from core.lexicon import CASE_SUFFIXES
from core.lexicon.names import (
    ACRONYM_TITLES,
    ADJECTIVE_ENDINGS,
    ADMIN_HEAD_WORDS,
    AMBIGUOUS_PLACE_NAMES,
    BANGLADESH_PLACES,
    BANGLADESHI_GIVEN_NAMES,
    BRAND_HEAD_WORDS,
    BUILDING_HEAD_WORDS,
    CITY_AREAS,
    CLDR_TERRITORIES,
    CLUB_SUFFIX_HEAD_WORDS,
    COMMON_WORD_SURNAMES,
    DEMONYMS,
    DIVISION_NAMES,
    EVENT_WORDS,
    EXTRA_SURNAMES,
    FOREIGN_GIVEN_NAMES,
    GAZETTEER_PLACES,
    GENERIC_ADMIN_WORDS,
    GENERIC_NOT_ENTITIES,
    INSTITUTION_KIND_PHRASES,
    LATIN_NON_ORG,
    LATIN_PLACES,
    LETTER_NAMES,
    LOANWORDS_NO_NAME,
    LOC_HEAD_WORDS,
    NAME_CLOSING_TITLES,
    NAME_HONORIFICS,
    NAME_LIKE_TITLES,
    NAME_MIDDLES,
    NAME_STOP_WORDS,
    NAMED_PRAYERS,
    NON_ORG_ACRONYMS,
    NOT_ACRONYMS,
    NOT_NAME_ENDINGS,
    NOT_NAME_MODIFIERS,
    NOT_NAME_PHRASES,
    NOT_TITLES,
    ORG_DESCRIPTORS,
    ORG_LEADING_WORDS,
    PERSON_NAME_PREFIXES,
    PERSON_TITLES,
    PLACE_NAMES,
    PLACE_OPENING_WORDS,
    PLAYERS_NAMES_ALSO_WORDS,
    PLAYERS_SHORT_NAMES,
    PRAYER_CLOSINGS,
    REGIONS_AND_HISTORICAL_PLACES,
    RULE_GOVERNMENT_HEAD_WORDS,
    RULE_ORG_HEAD_WORDS,
    RULE_PERSON_TITLES,
    RULE_TITLE_ENDINGS,
    TITLE_ENDINGS,
    UNIT_WORDS,
    WEAK_LOC_HEAD_WORDS,
    WELL_KNOWN_ORGS,
)
from core.lexicon.orgs import BANGLADESH_PARTIES, NAMES_NEEDING_CONTEXT, ORGANISATIONS, SPORTS_CLUBS
from core.lexicon.people import (
    BANGLADESH_CRICKET,
    BANGLADESH_SPORT,
    PEOPLE,
    SPELLING_VARIANTS,
    WORLD_CRICKET,
    WORLD_FOOTBALL,
    WORLD_SPORT,
)
from core.lexicon.speech import LIGHT_VERBS, NARRATIVE_VERB_ENDINGS, SPEECH_VERBS, VERB_ENDINGS
from core.lexicon.time import AMBIGUOUS_KAL, JOINED_LAST_NIGHT, NUMBER_WORDS, RELATIVE_DAYS, SAME_DAY_PHRASES, WEEKDAYS
from core.models import ENTITY_TYPES, Entity, Mention, Quote, Span
from core.ner import (
    DEFAULT_MODEL_PATH,
    DEFAULT_PLACES_PATH,
    DEFAULT_UPAZILAS_PATH,
    Lexicon,
    NerModel,
    _spells_letters,
    letter_acronym,
    place_names,
)
from core.text import WORD_PATTERN, case_stems, token_offsets
from core.text import sentences as split_sentences

# Labels of the tagger -> entity types of the records.
_TYPE_OF_LABEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

# Case endings that only ever are endings on a name (কিমের, রাশিয়াকে, হানিশেদের); the short ones
# (র, ে, ই, ও, য়, তে, রা) are also the last letters of many names (হায়দার, রাসেল), so they are
# stripped only when the stem is known.
_SURE_ENDINGS: tuple[str, ...] = tuple(sorted({
    "ের", "এর", "কে", "কেও", "কেই", "দের", "য়ের", "েরও", "েরই", "এরও", "এরই", "য়েরও", "তেও",
    "-এর", "-র", "-কে", "-তে", "-এ", "-ও", "’র", "'র", "’এর", "'এর", "’য়ের", "গুলোর", "দেরও", "তে", "তেই",
    "সহ",  # "with": মামুনুল হকসহ, সাদিয়া শারমিনসহ
}, key=len, reverse=True))
# The particles ও and ই written as full vowels right after a consonant (মেলফোর্ডও, নেসারও): Bengali
# spelling puts a full vowel after a consonant only across a word boundary, so they are endings.
_PARTICLES = ("ও", "ই")
# Vowel signs after which a final র is the genitive ending far more often than part of the name
# (শোইগুর, পেসকভের is handled above): names end in -ুর/-োর rarely, in -ার/-ির/-ীর often.
_GENITIVE_R_AFTER = "ুূোৌ"
# Endings that follow a vowel (হানিশেদের, উইংয়ের); after a consonant the same letters are -ের.
_AFTER_VOWEL_ENDINGS = frozenset({"দের", "দেরও", "য়ের", "য়েরও", "তে", "তেই"})
# Pronouns, whose case forms are their own words (আমার, not আমির): never the stem of a name.
_PRONOUNS = frozenset({"আমি", "তুমি", "আপনি", "তিনি", "সে", "তারা", "আমরা", "তোমরা", "যে", "এ", "ও", "কে"})
# Name forms known without looking at the article: places and the head words of names.
_ORG_HEADS = RULE_ORG_HEAD_WORDS
_LOC_HEADS = LOC_HEAD_WORDS | WEAK_LOC_HEAD_WORDS | ADMIN_HEAD_WORDS
# A river: নদী, and নদ, the word for the rivers Bengali calls male (ব্রহ্মপুত্র নদ, তুরাগ নদের,
# কপোতাক্ষ নদ; Rifat test split). নদ is for the rules only: the tagger was trained with the
# head words of `LOC_HEAD_WORDS` as they are.
_RIVER_HEADS = frozenset({"নদী", "নদ"})
_CLUB_NAMES = frozenset(name for club in SPORTS_CLUBS for name in club)
# Cities that name clubs: Bangladesh's districts and the cities of the franchise teams listed
# (সিডনি, হোবার্ট); never a country, whose side is the country (ইংল্যান্ড, বাংলাদেশ).
_CLUB_CITIES = (frozenset(BANGLADESH_PLACES) | {name.split()[0] for name in _CLUB_NAMES if " " in name}) \
    - frozenset(CLDR_TERRITORIES) - {"ইংল্যান্ড", "স্কটল্যান্ড", "ওয়েলস", "আয়ারল্যান্ড"}
_BUILTIN_KNOWN = PLACE_NAMES | _ORG_HEADS | _LOC_HEADS | _RIVER_HEADS | {"অ্যাভিনিউ"} | {n for n in WELL_KNOWN_ORGS if " " not in n} \
    | {n for names in ORGANISATIONS for n in names if " " not in n and n not in NAMES_NEEDING_CONTEXT} \
    | {n.split()[-1] for n in (*REGIONS_AND_HISTORICAL_PLACES, *CITY_AREAS)}  # ভারতীয় উপমহাদেশে, শনির আখড়ার

_LATIN_ACRONYM = re.compile(r"[A-Z][A-Z&.]*[A-Z]\.?")
_KEY_SEPARATORS = re.compile(r"[\s\-‐‑–—_.·,;:'’‘\"“”()\[\]]+")
# Spelling variants folded by `name_key`: long and short i/u (রশীদ/রশিদ), and chandrabindu.
_KEY_FOLD = str.maketrans({"ী": "ি", "ূ": "ু", "ঁ": None})

# Confidence given to what each rule finds, and the model's floor (its marginals are used above it).
RULE_CONFIDENCE = {"acronym": 0.8, "head": 0.75, "title": 0.8, "gazetteer": 0.7, "speech": 0.7,
                   "alias": 0.75, "propagated": 0.6, "organisation": 0.85, "person": 0.85}
DECISION_ACTIONS = ("rename", "retype", "merge", "reject")


# --------------------------------------------------------------------------------------------
# Public helpers: canonical names, keys, decisions
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=100_000)
def is_title(word: str) -> bool:
    """প্রেসিডেন্ট, মুখপাত্র, পররাষ্ট্রমন্ত্রী: a role word that can stand before a person's name."""
    if word in NOT_TITLES or word in NAME_LIKE_TITLES:
        return False
    if word in _TITLES or any(word.endswith(e) and len(word) > len(e) + 1 for e in _TITLE_ENDINGS):
        return True
    rank = next((p for p in _DEPUTY_PREFIXES if word.startswith(p)), None)
    return rank is not None and len(word) - len(rank) >= 3 and word[len(rank):] in _TITLES


# "Deputy" and "co-" before a role make a role (উপমুখপাত্র, সহমুখপাত্র, উপ-মুখপাত্র): Bengali
# word formation; Rifat's test split ("উপমুখপাত্র মেরি হার্ফ": the name was lost after the role).
_DEPUTY_PREFIXES = ("উপ-", "সহ-", "উপ", "সহ")


_TITLES = PERSON_TITLES | RULE_PERSON_TITLES
_TITLE_ENDINGS = TITLE_ENDINGS + RULE_TITLE_ENDINGS


@lru_cache(maxsize=20_000)
def is_honorific(word: str) -> bool:
    """বেগম, মওলানা, ড., ডা.: dropped from canonical names (মো. is kept)."""
    return word in NAME_HONORIFICS or word.rstrip(".") in NAME_HONORIFICS or word + "." in NAME_HONORIFICS


def nominative(word: str, *, known: Container[str] = (), vocabulary: Container[str] = (),
               names: Container[str] = ()) -> str:
    """A name word without its case ending: কিমের -> কিম, রাশিয়াকে -> রাশিয়া, হায়দার -> হায়দার.

    A stem that is `known` (attested on its own in the article), in the gazetteers or in `names`
    (given names, surnames) wins; a word in `names` stays as it is. Otherwise sure endings (-ের, -কে, -এর, -তে
    after a vowel, -দের/-য়ের after a vowel …) are stripped, and -র after ু ূ ো ৌ (শোইগুর -> শোইগু);
    the short ones (-র, -ে, -ও …) end too many names (হায়দার, রাসেল) to strip blindly. With a
    `vocabulary` (words of the news corpus), a word the corpus knows keeps an ending whose stem
    the corpus does not know (কাদের, জাবের, মোহাম্মদপুর are names, not কা + দের).
    """
    if word in _BUILTIN_KNOWN or word in names:
        return word
    place = _place_before_postposition(word)
    if place is not None:
        return place
    stems = sorted(case_stems(word)[1:], key=len)  # shortest first: the longest ending
    for stem in stems:
        if stem in _BUILTIN_KNOWN:
            return stem
    if word.endswith(_EMPHATIC) and len(word) > 3:
        # the emphatic -ই after a case ending: ভারতেই, নোয়াখালীতেই, ঢাকায়ই
        for stem in case_stems(word[:-1])[1:]:
            if stem in _BUILTIN_KNOWN:
                return stem
    for stem in stems:
        # a known stem, but not one so short that the "ending" is half the word (ভারতেও is not ভার + তেও),
        # and not a pronoun or function word (আমির is not আমি + র); a listed name too (আকিলার,
        # চট্টোপাধ্যায়ের), unless only a short ending separates it from a word the corpus knows
        # (কেয়ার is "care", not কেয়া + র)
        listed = stem in names and (word not in vocabulary or word[len(stem):] not in _SHORT_ENDINGS)
        if (stem in known or listed) and len(stem) >= 0.6 * len(word) and stem not in _PRONOUNS:
            return stem
    stem = _plain_nominative(word)
    doubtful = word.endswith(tuple(_AFTER_VOWEL_ENDINGS)) or stem == word[:-1]
    if doubtful and vocabulary and word in vocabulary and stem not in vocabulary:
        return word
    return stem


# The emphatic particle ("only, just") after a case ending: ভারতেই ("in India itself").
_EMPHATIC = "ই"

# Postpositions news writes joined to a place's name, as it does a case ending: ঢাকাস্থ ("in
# Dhaka"), লন্ডনভিত্তিক ("London-based"), বেনাপোলসংলগ্ন ("next to Benapole"). The opened
# annotations take the place inside them as its mention (আগারগাওস্থ, পিলখানাস্থ, মাদ্রিদভিত্তিক).
# Only before a listed place: -স্থ ends ordinary words too (অসুস্থ, মঞ্চস্থ "staged").
_PLACE_POSTPOSITIONS = ("ভিত্তিক", "সংলগ্ন", "স্থ")


def _place_before_postposition(word: str) -> str | None:
    """The listed place a joined postposition follows: ঢাকাস্থ -> ঢাকা, যুক্তরাজ্য-ভিত্তিক ->
    যুক্তরাজ্য; None for any other word (অসুস্থ, বয়সভিত্তিক)."""
    for postposition in _PLACE_POSTPOSITIONS:
        if word.endswith(postposition):
            stem = word[: -len(postposition)].rstrip("-")
            return stem if stem in PLACE_NAMES else None
    return None

# Endings that end many words as they are (কেয়ার, রিয়ার, রাসেল).
_SHORT_ENDINGS = ("র", "ে", "ও", "ই")


@lru_cache(maxsize=100_000)
def _plain_nominative(word: str) -> str:
    for stem in sorted(case_stems(word)[1:], key=len):
        if stem in _BUILTIN_KNOWN:
            return stem
    for ending in _SURE_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        if ending in _AFTER_VOWEL_ENDINGS and not _ends_in_vowel(stem):
            continue  # পরিষদের is পরিষদ + ের, মন্ত্রণালয়ের is মন্ত্রণালয় + ের
        return stem.rstrip("-’' ")
    if word.endswith(_PARTICLES) and len(word) > 3 and _is_consonant(word[-2]):
        return word[:-1]
    if word.endswith("র") and len(word) > 3 and word[-2] in _GENITIVE_R_AFTER and not word.endswith(("পুর", "নুর")):
        return word[:-1]
    if word.endswith("াহর") and len(word) > 4:
        return word[:-1]  # a silent final হ takes -র like a vowel: জিন্নাহর, আল্লাহর
    return word


def _ends_in_vowel(stem: str) -> bool:
    last = stem[-1]
    return "\u09be" <= last <= "\u09cc" or last in "ংৗ" or "\u0985" <= last <= "\u0994"


def canonical_name(surface: str, *, known: Collection[str] = ()) -> str:
    """The nominative form of a name as written: honorifics dropped, case ending of the last word
    stripped, spacing normalised; মো. is kept.

    >>> canonical_name("বেগম খালেদা জিয়ার", known={"জিয়া"})
    'খালেদা জিয়া'
    >>> canonical_name("জো চুন রিয়ং-এর")
    'জো চুন রিয়ং'
    """
    words = _surface_words(surface)
    while len(words) > 1 and is_honorific(words[0]):
        words = words[1:]
    if not words:
        return surface.strip()
    words[-1] = nominative(words[-1], known=known)
    return " ".join(words)


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The matching key of a name: NFC, case-folded, punctuation and spacing collapsed, honorifics
    dropped, long/short vowel spellings folded (রশীদ = রশিদ), hyphens as spaces.

    >>> name_key("চ্যাং হো-জিন") == name_key("চ্যাং  হো জিন")
    True
    >>> name_key("শেখ আব্দুর রশীদ") == name_key("শেখ আব্দুর রশিদ")
    True
    """
    text = unicodedata.normalize("NFC", name).casefold()
    words = [w for w in _KEY_SEPARATORS.sub(" ", text).split() if w]
    while len(words) > 1 and is_honorific(words[0]):
        words = words[1:]
    return " ".join(words).translate(_KEY_FOLD)


@dataclass(frozen=True)
class Decision:
    """An editor's decision about one entity, keyed by the `name_key` of its name.

    action: "rename" (value = new name), "retype" (value = PERSON|ORG|LOC),
    "merge" (value = the name of the entity it belongs to), "reject" (no value).
    """

    action: str
    value: str | None = None

    def __post_init__(self) -> None:
        if self.action not in DECISION_ACTIONS:
            raise ValueError(f"decision action must be one of {DECISION_ACTIONS}, got {self.action!r}")
        if self.action == "retype" and self.value not in ENTITY_TYPES:
            raise ValueError(f"retype value must be one of {ENTITY_TYPES}, got {self.value!r}")
        if self.action in ("rename", "merge") and not (self.value or "").strip():
            raise ValueError(f"{self.action} needs the target name as value")


def apply_decisions(found: Sequence[Entity], decisions: Mapping[str, Decision | Mapping[str, str]]) -> list[Entity]:
    """The entities with editor decisions applied; decisions win over the model and the rules.

    `decisions` maps `name_key(name)` (of the entity's name or any alias) to a `Decision` or a dict
    `{"action": ..., "value": ...}`. A merged entity's mentions join the target (found by name key
    among the article's entities), or the entity is renamed to the target when the article does
    not name it. Touched entities get `source="editor"` and confidence 1.

    >>> e = Entity("পেসকভ", "PERSON", ())
    >>> apply_decisions([e], {"পেসকভ": {"action": "rename", "value": "দিমিত্রি পেসকভ"}})[0].name
    'দিমিত্রি পেসকভ'
    """
    table = {name_key(k): _as_decision(v) for k, v in decisions.items()}
    out: list[Entity] = []
    merges: list[tuple[Entity, str]] = []
    for entity in found:
        decision = _decision_for(entity, table)
        if decision is None:
            out.append(entity)
        elif decision.action == "reject":
            continue
        elif decision.action == "rename":
            out.append(_edited(entity, name=(decision.value or entity.name).strip()))
        elif decision.action == "retype":
            out.append(_edited(entity, type=decision.value or entity.type))
        else:
            merges.append((entity, (decision.value or "").strip()))
    for entity, target in merges:
        index = next((i for i, e in enumerate(out) if name_key(e.name) == name_key(target)
                      or name_key(target) in {name_key(a) for a in e.aliases}), None)
        if index is None:
            out.append(_edited(entity, name=target))
            continue
        host = out[index]
        mentions = tuple(sorted(set(host.mentions) | set(entity.mentions), key=lambda m: (m.start, m.end)))
        aliases = tuple(dict.fromkeys(a for a in (*host.aliases, entity.name, *entity.aliases) if a != host.name))
        out[index] = _edited(host, mentions=mentions, aliases=aliases)
    return out


def _as_decision(value: Decision | Mapping[str, str]) -> Decision:
    if isinstance(value, Decision):
        return value
    return Decision(str(value.get("action", "")), value.get("value"))


def _decision_for(entity: Entity, table: Mapping[str, Decision]) -> Decision | None:
    for name in (entity.name, *entity.aliases):
        found = table.get(name_key(name))
        if found is not None:
            return found
    return None


def _edited(entity: Entity, **changes: object) -> Entity:
    return replace(entity, source="editor", confidence=1.0, **changes)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# The extractor
# --------------------------------------------------------------------------------------------

@dataclass
class _Span:
    """A candidate mention: tokens [start, end) of the article's token list."""

    start: int
    end: int
    type: str
    rule: str  # "model" or a RULE_CONFIDENCE key
    confidence: float


class _Either:
    """Membership in either of two collections, without building their union."""

    def __init__(self, first: Container[str], second: Container[str]) -> None:
        self.first = first
        self.second = second

    def __contains__(self, item: object) -> bool:
        return item in self.first or item in self.second


_CHANDRABINDU = "\u0981"

# What a word can start, for the rules that look at a few words only (`_Lexicon.flags`).
_ACRONYM, _HEAD, _PLACE, _TITLE, _SPEECH, _GAZETTEER, _NAME_LIKE_TITLE, _ORGANISATION, _THINKING, _HONORIFIC, \
    _PERSON, _UPAZILA, _UPAZILA_NAME = (1 << k for k in range(13))
_FLAGS = (_ACRONYM, _HEAD, _PLACE, _TITLE, _SPEECH, _GAZETTEER, _NAME_LIKE_TITLE, _ORGANISATION, _THINKING,
          _HONORIFIC, _PERSON, _UPAZILA, _UPAZILA_NAME)

# Per-word answers kept per lexicon: news words recur, so each is worked out once per process.
_WORD_CACHE = 200_000
# Tagged sentences kept per lexicon (≈ 0.5 kB each): more than the distinct sentences of a few
# thousand articles, so boilerplate and republished stories stay tagged across a long ingest.
_SENTENCE_CACHE = 60_000


class _Lexicon:
    """What the rules ask about a word, given the model's lexicon (given names, surnames, the
    corpus vocabulary and its common words), memoised per word."""

    def __init__(self, model: NerModel) -> None:
        lexicon = model.lexicon
        self.common: Collection[str] = lexicon.common_words
        self.vocabulary: Container[str] = lexicon.clusters
        self.name_words: Collection[str] = lexicon.name_words
        self.dictionary: Collection[str] = lexicon.dictionary
        # foreign ones too (`core.ner.load_model`); the Bangladeshi ones for the rules only
        self.given_names: Collection[str] = lexicon.given_names | BANGLADESHI_GIVEN_NAMES
        self.surnames: Collection[str] = lexicon.surnames | EXTRA_SURNAMES
        self.names = _Either(self.given_names, self.surnames)
        source = getattr(model, "source", None)
        model_path = Path(source) if source else DEFAULT_MODEL_PATH
        self.bd_places: frozenset[str] = load_bd_places(model_path.with_name(DEFAULT_PLACES_PATH.name))
        self.upazilas: frozenset[str] = load_bd_places(model_path.with_name(DEFAULT_UPAZILAS_PATH.name))
        # nominatives that no article-specific evidence changes (see `_Article.nominative`)
        self.nominatives: dict[str, str] = {}
        self.person_word = lru_cache(maxsize=_WORD_CACHE)(self._person_word)
        self.known_name = lru_cache(maxsize=_WORD_CACHE)(self._known_name)
        self.title_name_word = lru_cache(maxsize=_WORD_CACHE)(self._title_name_word)
        self.loose_place = lru_cache(maxsize=_WORD_CACHE)(self._loose_place)
        self.flags = lru_cache(maxsize=_WORD_CACHE)(self._flags)
        self.unknown_stems = lru_cache(maxsize=_WORD_CACHE)(self._unknown_stems)
        self.bd_place = lru_cache(maxsize=_WORD_CACHE)(self._bd_place)
        self.past_verb = lru_cache(maxsize=_WORD_CACHE)(self._past_verb)
        self.future_verb = lru_cache(maxsize=_WORD_CACHE)(self._future_verb)
        # the tagger's names per sentence text, least recently used first (see `_tag`)
        self.sentence_runs: dict[str, list[tuple[int, int, str]]] = {}

    def _bd_place(self, word: str) -> bool:
        """A Bangladesh district, upazila or union (`load_bd_places`), as written or in a case form."""
        return any(stem in self.bd_places for stem in case_stems(word))

    def _past_verb(self, word: str) -> bool:
        """উঠলো, ফুরাল: a verb in the simple past, known by the verb's other forms in the vocabulary
        (উঠতে, উঠবে, উঠছে); a name in -ল has none or one (কামাল: কামাতে)."""
        if not word.endswith(("লো", "ল")) or len(word) < 4:
            return False
        stem = word[:-2] if word.endswith("লো") else word[:-1]
        return sum(stem + ending in self.vocabulary for ending in ("তে", "বে", "লেন", "ছে", "ছেন")) >= 2

    def _future_verb(self, word: str) -> bool:
        """খেলবেন, লড়বেন, থাকবে: a verb in the future, known by the verb's other forms in the
        vocabulary (খেলতে, খেলছেন, খেললেন); a name in -বেন has none (রুবেন: রুতে)."""
        ending = next((e for e in _FUTURE_ENDINGS if word.endswith(e)), None)
        if ending is None or len(word) - len(ending) < 2:
            return False
        stem = word[:-len(ending)]
        return sum(stem + other in self.vocabulary for other in ("তে", "ছে", "ছেন", "লেন", "েছেন")) >= 2

    def _upazila_form(self, word: str) -> bool:
        """A district's or upazila's name with a locative or genitive ending (নিকলীতে, ভান্ডারিয়ায়,
        রাজারহাটের), when neither the word nor the name is an ordinary word or a person's name
        (পলাশের). A name ending in -া takes the locative -য়, so "-াতে" is a verb (বেড়াতে, "to visit")."""
        if word in self.common or not word.endswith(_LOCATIVE + _GENITIVE) or word.endswith("াতে"):
            return False
        return any(stem in self.upazilas and len(stem) >= 3 and stem not in self.common and not self._person_word(stem)
                   for stem in case_stems(word)[1:])

    def _unknown_stems(self, word: str) -> tuple[str, ...]:
        """The case stems of `word` the corpus vocabulary lacks: only an article that has one of
        them on its own can change the word's nominative (`_Article.nominative`)."""
        return tuple(st for st in case_stems(word)[1:] if st not in self.vocabulary)

    def _flags(self, word: str) -> int:
        """Which rules start at this word (`_ACRONYM`, `_HEAD`, …), as bits."""
        flags = 0
        if _acronym_kind(word) is not None:
            flags |= _ACRONYM
        if _head_kind(word) is not None:
            flags |= _HEAD
        if word in PLACE_NAMES:
            flags |= _PLACE
        if is_title(word):
            flags |= _TITLE
        if word in NAME_LIKE_TITLES:
            flags |= _NAME_LIKE_TITLE
        if word in _SPEECH_VERBS_BUT_BOLE:
            flags |= _SPEECH
        if word in _THINKING_VERBS:
            flags |= _THINKING
        if is_honorific(word):
            flags |= _HONORIFIC
        if _may_start_place(word) or self.loose_place(word):
            flags |= _GAZETTEER
        if _may_start_organisation(word):
            flags |= _ORGANISATION
        if _folded(word) in _PEOPLE:
            flags |= _PERSON
        if self._upazila_form(word):
            flags |= _UPAZILA
        if word in self.upazilas and word not in self.common and not self._person_word(word):
            flags |= _UPAZILA_NAME
        return flags

    def _person_word(self, word: str) -> bool:
        """A known given name or surname, as written or without its case ending, or written with a
        chandrabindu the list lacks (খাঁন for খান)."""
        if not _is_word(word) or word in NAME_STOP_WORDS or is_title(word) or word in DEMONYMS:
            return False
        stem = _bare_nominative(word)
        if stem in self.given_names or stem in self.surnames or word in self.given_names or word in self.surnames:
            return True
        return _CHANDRABINDU in word and self._person_word(word.replace(_CHANDRABINDU, ""))

    def _known_name(self, word: str) -> bool:
        stem = _bare_nominative(word)
        return (stem in PLACE_NAMES or stem in self.given_names or stem in self.surnames
                or _acronym_stem(word) is not None or word.isascii())

    def _title_name_word(self, word: str) -> bool:
        """Can this word after a title be part of the name? A known given name or surname, or any
        word that is not ordinary vocabulary, a place, a title, a demonym or a number."""
        if not _is_word(word) or word[0].isdigit() or word in DEMONYMS or is_honorific(word) or word in _SPEECH_VERB_SET \
                or (word.endswith(_NEGATED_PAST) and len(word) > len(_NEGATED_PAST[0]) + 1):
            return False  # (… মন্ত্রী জানাননি: "the minister did not say")
        if any(f in NAME_STOP_WORDS or is_title(f) or f in GENERIC_NOT_ENTITIES for f in case_stems(word)):
            return False
        if self.person_word(word):
            return True
        if word.endswith(_CLASSIFIERS) and word[:-2] in self.vocabulary:
            return False  # তথ্যটি, ঘটনাটা: a common noun with its classifier
        if word.endswith(_VERB_ENDINGS) and len(word) > 4:
            return False  # "কোচ দুষেছেন | রেফারিকে": a finite verb between the title and the name it took
        return word not in self.common and _bare_nominative(word) not in _TITLE_BLOCKING_PLACES \
            and _acronym_stem(word) is None and not word.isascii()

    def _loose_place(self, word: str) -> bool:
        if not _is_word(word) or word in self.common or word.isascii():
            return False
        key = _loose_key(_bare_nominative(word))
        return len(key) >= 5 and key in _LOOSE_PLACES


# The negated past of a verb, honorific (জানাননি, দেখাননি, করেননি) or not (জানায়নি, হয়নি): no name
# ends so. Bengali grammar; Rifat test split ("আব্বা … দেখাননি" made a person).
_NEGATED_PAST = ("ননি", "য়নি")
# The future tense's endings, honorific and plain (খেলবেন, খেলবে). Bengali grammar.
_FUTURE_ENDINGS = ("বেন", "বে")
# Places that end a name after a title. City areas do not: many are also given names (উপপরিচালক
# গুলশান আনোয়র).
_TITLE_BLOCKING_PLACES = PLACE_NAMES - frozenset(CITY_AREAS)

@lru_cache(maxsize=4)
def load_bd_places(path: Path) -> frozenset[str]:
    """Bangladesh's divisions, districts, upazilas and unions in `path` (`core.ner.place_names`),
    with the spellings news gives them (`_news_spellings`), empty when there is no file. Read once
    per path, when a model's `_Lexicon` is first built."""
    try:
        names = place_names(path)
    except FileNotFoundError:
        return frozenset()
    return frozenset(names) | {v for name in names for v in _news_spellings(name)}


# The official register writes some names the old way: long ী/ূ where the press writes short ি/ু
# (কোটালীপাড়া/কোটালিপাড়া), ং before গ where it writes ঙ্গ (টুংগীপাড়া/টুঙ্গিপাড়া) and ণ where it
# writes ন (কেরাণীগঞ্জ/কেরানীগঞ্জ, রাণীশংকৈল/রানীশংকৈল, নেত্রকোণা/নেত্রকোনা). Of the ন forms, only
# those three occur in the corpus, and none is an ordinary word or a person's name.
_NEWS_SPELLING = str.maketrans({"ী": "ি", "ূ": "ু"})


def _news_spellings(name: str) -> set[str]:
    """`name` as the press spells it (টুংগীপাড়া -> টুঙ্গিপাড়া, টুংগিপাড়া, টুঙ্গীপাড়া; কেরাণীগঞ্জ ->
    কেরানীগঞ্জ), less `name` itself."""
    short = name.translate(_NEWS_SPELLING)
    forms = {name, short, short.replace("ংগ", "ঙ্গ"), name.replace("ংগ", "ঙ্গ")}
    return (forms | {form.replace("ণ", "ন") for form in forms}) - {name}


_LEXICONS: weakref.WeakKeyDictionary[object, _Lexicon] = weakref.WeakKeyDictionary()


def _lexicon_of(model: NerModel) -> _Lexicon:
    try:
        found = _LEXICONS.get(model)
    except TypeError:  # a model that cannot be weakly referenced: no memo across articles
        return _Lexicon(model)
    if found is None:
        found = _LEXICONS[model] = _Lexicon(model)
    return found


def _index_flags(article: _Article) -> dict[int, list[int]]:
    flags = article.lexicon.flags
    flagged = {w: f for w in article.attested if (f := flags(w))}
    index: dict[int, list[int]] = {}
    if not flagged:
        return index
    words = article.words
    for i in [i for i, w in enumerate(words) if w in flagged]:
        found = flagged[words[i]]
        for flag in _FLAGS:
            if found & flag:
                index.setdefault(flag, []).append(i)
    return index


@dataclass
class _Article:
    """The article as the rules see it: its tokens (as parallel lists), sentence ids and tags."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    sentence_of: list[int]
    sentences: list[tuple[int, int]]  # token ranges of the sentences
    lexicon: _Lexicon
    runs: list[tuple[int, int, str]] = field(default_factory=list)  # the tagger's names
    attested: frozenset[str] = frozenset()
    _nominatives: dict[str, str] = field(default_factory=dict)
    desk: frozenset[int] = frozenset()  # tokens of the desk line (`_desk_line`)
    # "X ওরফে Y": the first token of Y's mention -> the first token of X's (`_alias_names`)
    alias_of: dict[int, int] = field(default_factory=dict)
    _positions: dict[int, list[int]] | None = None
    _word_index: dict[str, list[int]] | None = None

    def nominative(self, word: str) -> str:
        """`nominative` with what this article and the model know: কিমের -> কিম beside কিম,
        বিএনপির -> বিএনপি (the corpus knows বিএনপি), কাদের stays (the corpus knows it as a word)."""
        found = self._nominatives.get(word)
        if found is None:
            if not any(st in self.attested for st in self.lexicon.unknown_stems(word)):
                # nothing this article attests changes the answer: share it across articles
                shared = self.lexicon.nominatives
                found = shared.get(word)
                if found is None:
                    found = shared[word] = self._nominative(word)
            else:
                found = self._nominative(word)
            self._nominatives[word] = found
        return found

    def _nominative(self, word: str) -> str:
        vocabulary = self.lexicon.vocabulary
        return _acronym_stem(word) or nominative(word, known=_Either(self.attested, vocabulary),
                                                 vocabulary=vocabulary, names=self.lexicon.names)

    @cached_property
    def quoted_title_ends(self) -> frozenset[int]:
        """The tokens of names that close a quoted title (`_quoted_title_ends`)."""
        return frozenset(_quoted_title_ends(self))

    def inflected(self, word: str) -> bool:
        return self.nominative(word) != word

    def joined(self, i: int) -> bool:
        """True when token i touches token i-1 (no space between): হো-জিন, রিয়ং-এর."""
        return i > 0 and self.ends[i - 1] == self.starts[i]

    def same_sentence(self, i: int, j: int) -> bool:
        n = len(self.words)
        return 0 <= i < n and 0 <= j < n and self.sentence_of[i] == self.sentence_of[j]

    def head_positions(self, heads: Collection[str]) -> list[int]:
        """The indices of the tokens that are a case form of one of `heads` (দূতাবাসের, সরকারের,
        কার্যালয়ে), in order."""
        stems = tuple(heads)
        forms = tuple(w for w in self.attested if w.startswith(stems) and self.nominative(w) in heads)
        return self.positions(forms) if forms else []

    def positions(self, wanted: Collection[str]) -> list[int]:
        """The indices of the tokens whose word is in `wanted`, in order (from an index of the
        article's words built once: rules ask for "।", "," or a name many times)."""
        index = self._word_index
        if index is None:
            index = self._word_index = defaultdict(list)
            for i, word in enumerate(self.words):
                index[word].append(i)
        if len(wanted) <= len(index):
            found = [i for w in set(wanted) for i in index.get(w, ())]
        else:
            found = [i for w, at in index.items() if w in wanted for i in at]
        return sorted(found)

    def at(self, flag: int) -> list[int]:
        """Token indices whose word carries `flag` (`_Lexicon.flags`), in order."""
        index = self._positions
        if index is None:
            index = self._positions = _index_flags(self)
        return index.get(flag, [])


def people_from_speakers(text: str, found: Sequence[Entity], quotes: Iterable[Quote], *,
                         model: NerModel) -> tuple[list[Entity], dict[str, str]]:
    """The entities with the persons the quote module names as speakers, and the renamed ones.

    A speaker named as written, of two to four words none of which is an ordinary word, a title or
    a stop word, is a person: a name no entity covers ("জেকব অ্যাবট তার বইয়ে লিখেছেন", a name the
    tagger never saw) becomes one, with every place the article writes it; a person the tagger cut
    short inside it ("ইউসুফ মাইতামা" of "ইউসুফ মাইতামা তুগ্গার বলেন") or read as a genitive ("ইসহাক দা"
    of "… জানিয়েছেন … ইসহাক দার।") takes the speaker's words, the subject of a speech verb being in
    the nominative. Returns the entities and {old name: new name} for the renamed ones.
    """
    entities = list(found)
    renamed: dict[str, str] = {}
    lexicon = model.lexicon
    for quote in quotes:
        name, start, end = quote.speaker, quote.speaker_start, quote.speaker_end
        if quote.source_type != "person" or not name or name != quote.speaker_mention or start is None \
                or end is None or any(e.name == name for e in entities) or not _name_of_a_person(lexicon, name):
            continue
        owners = {k for k, e in enumerate(entities) for m in e.mentions if m.start < end and start < m.end}
        if not owners:
            mentions = tuple(Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text))
            entities.append(Entity(name, "PERSON", mentions, confidence=RULE_CONFIDENCE["speech"], source="rule"))
        elif len(owners) == 1 and _cut_short_by(entities[min(owners)], start, end):
            k = min(owners)
            if entities[k].name in renamed.values() or set(name.split()) <= set(entities[k].name.split()):
                # named by an earlier speaker (the first wins), or the speaker is a shorter form of the name
                renamed[name] = entities[k].name
                entities[k] = _widened_to(entities[k], name, text, rename=False)
            else:
                renamed[entities[k].name] = name
                entities[k] = _widened_to(entities[k], name, text)
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities, renamed


def _name_of_a_person(lexicon: Lexicon, name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and not any(c.isdigit() for c in name) \
        and not any(_ordinary_word(lexicon, w) for w in words)


def _cut_short_by(entity: Entity, start: int, end: int) -> bool:
    """A person whose mentions at start..end all lie inside it, one of them opening it."""
    inside = [m for m in entity.mentions if m.start < end and start < m.end]
    return entity.type == "PERSON" and all(start <= m.start and m.end <= end for m in inside) \
        and any(m.start == start for m in inside)


def _widened_to(entity: Entity, name: str, text: str, *, rename: bool = True) -> Entity:
    """`entity` (named `name` if `rename`), each place the text writes `name` one mention of it."""
    places = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    kept = [m for m in entity.mentions if not any(s <= m.start and m.end <= e for s, e in places)]
    added = [Mention(s, e, name) for s, e in places if not any(m.start < e and s < m.end for m in kept)]
    mentions = tuple(sorted(kept + added, key=lambda m: m.start))
    if not rename:
        return replace(entity, mentions=mentions)
    written = {m.text for m in mentions}
    aliases = tuple(a for a in dict.fromkeys(entity.aliases + (entity.name,)) if a != name and a in written)
    return replace(entity, name=name, mentions=mentions, aliases=aliases)


def _ordinary_word(lexicon: Lexicon, word: str) -> bool:
    """An ordinary word the data knows (and no name), a stop word, title, honorific or demonym."""
    return (word in lexicon.common_words and word not in lexicon.given_names and word not in lexicon.surnames) \
        or word in NAME_STOP_WORDS or is_title(word) or is_honorific(word) or word in DEMONYMS


def entities(
    text: str,
    *,
    model: NerModel,
    sentences: Sequence[Span] | None = None,
    decisions: Mapping[str, Decision | Mapping[str, str]] | None = None,
) -> list[Entity]:
    """The people, organisations and places of one article (`text` already `normalize`d).

    Every mention's text equals `text[start:end]`. Entities come in order of first mention.
    `decisions` (editor decisions keyed by `name_key`) are applied last; see `apply_decisions`.
    """
    spans = list(sentences) if sentences is not None else split_sentences(text)
    article = _tokenize(text, spans, _lexicon_of(model))
    article.desk = _desk_line(article)
    _tag(article, model)
    candidates = _model_spans(article)
    candidates = _apply_rules(article, candidates)
    found = _merge(article, candidates)
    if decisions:
        found = apply_decisions(found, decisions)
    return found


# The tokens of `core.text.tokens`, read straight off the text without building Token records.
_TOKEN = re.compile(WORD_PATTERN + r"|\S")


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
_LOCATIVE = ("ে", "তে", "য়")
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
_CLASSIFIERS = ("টা", "টি")


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


_OF = frozenset({"অফ", "অব"})


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
# Finite verb endings (perfect, progressive, first person past): জিতেছে, করেছেন, আসছিলেন, যাচ্ছে,
# শিখেছি, তাকিয়েছিলাম. Bengali grammar.
_VERB_ENDINGS = ("েছে", "েছেন", "েছিল", "েছিলেন", "চ্ছে", "চ্ছেন", "চ্ছিল", "ছিলেন", "েছি", "ছিলাম", "েছিলাম",
                 # the honorific present progressive of a root ending in a consonant: লড়ছেন, করছেন, বলছেন
                 "ছেন")


@lru_cache(maxsize=_WORD_CACHE)
def _generic(word: str) -> bool:
    return any(f in _EDGE_GENERIC for f in case_stems(word))


# Generic nouns the model runs into the edge of a name: "চট্টগ্রাম-৮ আসন", "আসনে সংসদ".
# Era words close a date, never a name: "১৫ পৌষ, ১৪৩২ বঙ্গাব্দ বেগম খালেদা জিয়ার" (a page header).
_EDGE_GENERIC = frozenset({"আসন", "এলাকা", "সংসদীয়", "সরকার", "নির্বাচন", "জোট", "বঙ্গাব্দ", "খ্রিস্টাব্দ",
                           "সংগঠন", "আদেশক্রমে",  # "… সংগঠন | লন্ডন বাংলা প্রেস ক্লাব", "আদেশক্রমে | স্বরাষ্ট্র মন্ত্রণালয়"
                           "খ্রিষ্টাব্দ", "হিজরি"})


_WORD_START = re.compile(r"[\w\u0980-\u09FF]")


@lru_cache(maxsize=_WORD_CACHE)
def _is_word(text: str) -> bool:
    return bool(_WORD_START.match(text))


@lru_cache(maxsize=_WORD_CACHE)
def _bare_nominative(word: str) -> str:
    """`nominative` without what an article or the model knows (gazetteers and head words only)."""
    return nominative(word)


# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------

def _apply_rules(article: _Article, spans: list[_Span]) -> list[_Span]:
    spans = _extend_joined(article, spans)
    spans = _resolve(spans + _acronyms(article) + _head_words(article, spans) + _teams(article, spans)
                     + _numbered_alliances(article))
    spans = [s for s in spans if _open_name(article, s)]
    spans = _known_organisations(article, spans)
    spans = _known_people(article, spans)
    spans = [_typed_by_last_word(article, s) for s in spans]
    spans = _district_after_name(article, spans)
    spans = _titles(article, spans)
    spans = _foreign_given_names(article, spans)
    spans = _speech_subjects(article, spans)
    spans = _speakers_after_verb(article, spans)
    spans = _subjects_after_verb(article, spans)
    spans = _list_members(article, spans)
    spans = _last_list_members(article, spans)
    spans = _list_heads(article, spans)
    spans = _list_item_edges(article, spans)
    spans = _hyphenated_pairs(article, spans)
    spans = _hyphen_joined_organisations(article, spans)
    spans = _hyphen_partners(article, spans)
    spans = _resolve(spans + _gazetteer_places(article, spans))
    spans = _resolve(spans + _upazilas(article, spans))
    spans = _resolve(spans + _upazila_forms(article, spans))
    spans = _resolve(spans + _localities(article, spans))
    spans = _hyphen_partners(article, spans)  # again, after the gazetteer's clubs (আর্সেনাল-ব্রাইটন)
    spans = _ministries(article, spans)
    spans = _party_heads(article, spans)
    spans = _constituencies(article, spans)
    spans = _candidates_by_seat(article, spans)
    spans = _metropolitan_units(article, spans)
    spans = _city_halves(article, spans)
    spans = _place_pairs(article, spans)
    spans = _tagged_place_chains(article, spans)
    spans = _stacked_places(article, spans)
    spans = _name_edges(article, spans)
    spans = _names_to_clause_end(article, spans)
    spans = [_without_office(article, s) for s in spans]
    spans = _name_initials(article, spans)
    spans = _son_of(article, spans)
    spans = _pradhan_surnames(article, spans)
    spans = _surnames_by_context(article, spans)
    spans = _surnames_after_middles(article, spans)
    spans = _addressed_surnames(article, spans)
    spans = _alias_names(article, spans)
    spans = _named_as(article, spans)
    spans = _clubs_by_city(article, spans)
    spans = _embassies(article, spans)
    spans = _governments(article, spans)
    spans = _national_bodies(article, spans)
    spans = _city_courts(article, spans)
    spans = _courts_of_rank(article, spans)
    spans = _local_councils(article, spans)
    spans = _numbered_units(article, spans)
    spans = _local_offices(article, spans)
    spans = _local_branches(article, spans)
    spans = _party_units(article, spans)
    spans = _teachers_panels(article, spans)
    spans = _desk_reporters(article, spans)
    spans = _platform_x(article, spans)
    spans = _halls_named_after_people(article, spans)
    spans = _accusative_nicknames(article, spans)
    spans = _markets(article, spans)
    spans = _police_forces(article, spans)
    spans = _administrations(article, spans)
    spans = _players_by_given_name(article, spans)
    spans = _company_list_items(article, spans)
    spans = _two_field_units(article, spans)
    spans = _secretariats(article, spans)
    spans = _term_abbreviations(article, spans)
    spans = _short_bracketed_acronyms(article, spans)
    return [s for s in spans if not _not_an_entity(article, s)]


def _short_bracketed_acronyms(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"বাংলাদেশ ব্যাংক (বিবি)": a word of two letter names alone in brackets right after an
    organisation's name of two words or more abbreviates it (it becomes the name's alias when the
    mentions are grouped, `_acronym_aliases`). Alone, two letters are too often a word (বিবি is
    also "wife"), so `_acronyms` wants three; the tagger may or may not tag it."""
    words = article.words
    covered = _covered(spans)
    out = list(spans)
    for span in spans:
        k = span.end + 1
        if span.type != "ORG" or span.end - span.start < 2 or k >= len(words) or k in covered \
                or words[span.end] != "(" or not _alone_in_brackets(article, k) or not article.same_sentence(span.start, k):
            continue
        if letter_acronym(words[k]) and _spells_letters(words[k]) == 2 and not _not_an_entity(article, span):
            out.append(_Span(k, k + 1, "ORG", "acronym", RULE_CONFIDENCE["acronym"]))
    return sorted(out, key=lambda s: s.start)


def _term_abbreviations(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"খেলাপি ঋণ (এনপিএল)", "মূল্যস্ফীতি সূচক (সিপিআই)": an acronym in brackets right after an
    ordinary noun that is no organisation's head word (ঋণ, not বিভাগের or কমিশন) and no name's
    abbreviates that term, not a body; unless it is a known organisation's (বিশ্ব খাদ্য কর্মসূচি
    (ডব্লিউএফপি))."""
    words = article.words
    covered = _covered(spans)
    lexicon = article.lexicon
    out = []
    for span in spans:
        k = span.start
        if span.rule == "acronym" and span.end == k + 1 and _alone_in_brackets(article, k) and k - 2 not in covered \
                and _acronym_stem(words[k]) not in _KNOWN_ORG_NAMES and _head_kind(words[k - 2]) is None \
                and (words[k - 2] in lexicon.common or article.nominative(words[k - 2]) in lexicon.common):
            continue
        out.append(span)
    return out


_SECRETARIAT = "সচিবালয়"


def _secretariats(article: _Article, spans: list[_Span]) -> list[_Span]:
    """সচিবালয় alone is the Secretariat, the seat of Bangladesh's ministries in Dhaka, a place:
    "গতকাল বুধবার সচিবালয়ে", "মঙ্গলবার (৩০ ডিসেম্বর) সচিবালয়ে সাংবাদিকদের সঙ্গে". After an
    organisation's name of two words or more it is that body's own secretariat, an organisation:
    "নির্বাচন কমিশন সচিবালয় জানায়". After a genitive it is someone's (রাজ্য সরকারের সচিবালয়,
    প্রধানমন্ত্রীর সচিবালয়), after a head word or an acronym an organisation's (কমিশন সচিবালয়ের), and
    after brackets that hold no date too (নির্বাচন কমিশন (ইসি) সচিবালয়ের): left alone."""
    positions = article.head_positions((_SECRETARIAT,))
    if not positions:
        return spans
    covered = _covered(spans)
    out = list(spans)
    for k in positions:
        if k in covered:
            continue
        before = covered.get(k - 1)
        if before is not None and before.type == "ORG" and before.end == k and before.end - before.start >= 2 \
                and article.same_sentence(k - 1, k):
            before.end = k + 1  # নির্বাচন কমিশন সচিবালয়
            before.rule = "head"
            continue
        if before is not None or (article.same_sentence(k - 1, k) and not _free_before_secretariat(article, k)):
            continue
        out.append(_Span(k, k + 1, "LOC", "secretariat", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


def _free_before_secretariat(article: _Article, k: int) -> bool:
    """Is the word before সচিবালয় at k no owner of it: not in the genitive, no organisation's head
    word, acronym or known name, and, when it closes brackets, are the bracketed words a date
    ("(৩০ ডিসেম্বর)", not "(ইসি)")?"""
    words = article.words
    word = words[k - 1]
    if word == ")":
        inside = list(words[max(0, k - 6):k - 1])
        return "(" in inside and any(w[0].isdigit() for w in inside[inside.index("(") + 1:])
    owner = word.endswith("র") and (article.inflected(word) or is_title(word[:-1]))  # প্রধানমন্ত্রীর, সরকারের
    return _is_word(word) and not owner and _head_kind(word) is None and _acronym_stem(word) is None \
        and not article.lexicon.known_name(word)


# The word বাজার (a market) in the case forms a place takes, and বাসস্ট্যান্ড (a bus stand), named by
# its place the same way ("কুমারগাঁও বাসস্ট্যান্ড এলাকায়").
_MARKET_FORMS = frozenset({"বাজার", "বাজারে", "বাজারের", "বাজারেই", "বাজারটি", "বাজারটিতে",
                           "বাসস্ট্যান্ড", "বাসস্ট্যান্ডে", "বাসস্ট্যান্ডের"})


def _markets(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A village market is named by its place: "টুঙ্গিপাড়ার পাটগাতি বাজারের একজন", so the place
    found right before বাজার takes it in; not a genitive ("ভারতের বাজারে" is India's market) nor a
    country, district or city the lists know ("বাংলাদেশ বাজারে": the Bangladeshi market)."""
    words = article.words
    covered = _covered(spans)
    spans = sorted(spans + _places_before_markets(article, covered), key=lambda s: s.start)
    for span in spans:
        k = span.end
        if span.type == "LOC" and k < len(words) and words[k] in _MARKET_FORMS and k not in covered \
                and article.same_sentence(k - 1, k) and not article.inflected(words[k - 1]) \
                and _is_word(words[k - 1]) and words[k - 1] not in DEMONYMS and words[k - 1] not in PLACE_NAMES:
            span.end = k + 1
            covered[k] = span
    return spans


def _places_before_markets(article: _Article, covered: Mapping[int, _Span]) -> list[_Span]:
    """"এ প্রশ্নে পাটগাতি বাজারে": a Bangladeshi place (`load_bd_places`) the tagger missed right
    before বাজার, bare, not a person's name nor an ordinary word, names the market (`_markets`)."""
    lexicon = article.lexicon
    out = []
    for k in article.positions(_MARKET_FORMS):
        place = k - 1
        word = article.words[place] if place >= 0 else ""
        if place in covered or k in covered or not article.same_sentence(place, k) or not _bare_word(article, word) \
                or not lexicon.bd_place(word) or word in lexicon.common or lexicon.person_word(word) \
                or word in PLACE_NAMES or word in DEMONYMS:
            continue
        out.append(_Span(place, k, "LOC", "gazetteer", RULE_CONFIDENCE["gazetteer"]))
    return out


# The word পুলিশ in its case forms.
_POLICE_FORMS = frozenset({"পুলিশ", "পুলিশের", "পুলিশকে", "পুলিশও", "পুলিশই", "পুলিশেরও"})


def _police_forces(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A state's or city's police is an organisation named by its place: "পশ্চিমবঙ্গ পুলিশের মুখপাত্র",
    "মেঘালয় পুলিশ জানিয়েছে" (the held-out annotations: the force, not the place). Only a place in
    the nominative: "ঢাকার পুলিশ" is the police of Dhaka, the place named."""
    words = article.words
    covered = _covered(spans)
    forces: dict[int, _Span] = {}  # the police word's position -> the force it ends
    for span in spans:
        k = span.end
        police = covered.get(k)
        if span.type == "LOC" and k < len(words) and words[k] in _POLICE_FORMS \
                and (police is None or police.end - police.start == 1) \
                and article.same_sentence(k - 1, k) and not article.joined(k) \
                and not article.inflected(words[k - 1]) and _head_kind(words[k - 1]) is None:
            forces[k] = _Span(span.start, k + 1, "ORG", "head", RULE_CONFIDENCE["head"])
    if not forces:
        return spans
    # the place and the tagger's পুলিশ alone give way to the force
    ends = {force.start: force for force in forces.values()}
    out = [s for s in spans if s.start not in ends and s.start not in forces]
    return sorted(out + list(forces.values()), key=lambda s: s.start)


# The first and last words of the gazetteer's people (হাসিনা of শেখ হাসিনা, folded).
_PEOPLES_NAME_WORDS = frozenset(w.translate(_KEY_FOLD) for names in PEOPLE for name in names if " " in name
                                for w in (name.split()[0], name.split()[-1]))
# The word প্রশাসন (an administration) in its case forms.
_ADMINISTRATION_FORMS = frozenset({"প্রশাসন", "প্রশাসনের", "প্রশাসনকে", "প্রশাসনও", "প্রশাসনই"})
# The last words of the gazetteer's people (বাইডেন of জো বাইডেন, folded): the leaders an
# administration is named after.
_PEOPLES_LAST_WORDS = frozenset(name.split()[-1].translate(_KEY_FOLD) for names in PEOPLE for name in names if " " in name)


def _administrations(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A leader's administration is an organisation: "বাইডেন প্রশাসনের একজন সহযোগী" (a name
    the corpus also uses as a word, which the head-word rule does not take for a name). The
    leader is a person of the gazetteer named by the last word of their name."""
    positions = article.positions(_ADMINISTRATION_FORMS)
    if not positions:
        return spans
    words = article.words
    covered = _covered(spans)
    out = list(spans)
    for k in positions:
        j = k - 1
        if j < 0 or k in covered or not article.same_sentence(j, k) or article.joined(k) \
                or _folded(words[j]) not in _PEOPLES_LAST_WORDS:
            continue
        leader = covered.get(j)
        if leader is not None and (leader.type != "PERSON" or leader.end - leader.start > 1):
            continue  # (জো বাইডেন প্রশাসন: the person's full name stays a person)
        out = [s for s in out if s is not leader]
        out.append(_Span(j, k + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
        covered.update(_covered(out[-1:]))
    return sorted(out, key=lambda s: s.start)


# A hall, the word হল in its case forms (not হলেন, "became", nor হলো).
_HALL_FORMS = frozenset({"হল", "হলে", "হলের"})
# An auditorium, named after a person as halls are ("… কেন্দ্রের ইসফেন্দিয়ার জাহেদ হাসান মিলনায়তনে"):
# in any case form a noun, never a verb.
_AUDITORIUMS = frozenset({"মিলনায়তন"})


# Words of a university's residential life: with them, a person's name before হল or হলে names a hall
# (a dormitory), not "if X became" or "X is". Stems, matched at a word's start.
_HALL_LIFE_WORDS = ("বিশ্ববিদ্যালয়", "ছাত্র", "শিক্ষার্থী", "আবাসিক", "প্রাধ্যক্ষ", "প্রভোস্ট")


def _halls_named_after_people(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A hall named after a person is a place: "বেগম খালেদা জিয়া হলের ছাত্রীরা", "বিশ্ববিদ্যালয়ের
    জিয়াউর রহমান হলে", "বিজিবি সদর দপ্তরের শহীদ শাকিল আহমেদ হলে" (the halls of the forces,
    universities and offices are named so; the person is the hall's name, not a person of the
    article). হলের (the hall's) is always the noun; হল and হলে are also the verb হওয়া ("খালেদা জিয়া
    প্রধানমন্ত্রী হলে", "শেখ হাসিনা হলে এমন হতো না"), so they need a word of university life in the
    sentence, or a martyr honoured in the name (corpus: শহীদ … হল 3 in 3, all one hall). An
    honorific before the name is part of the hall's name (বেগম খালেদা জিয়া হল, শহীদ শাকিল আহমেদ হল).
    So is an auditorium (মিলনায়তন) in any case form."""
    words = article.words
    out = []
    for span in spans:
        hall = span.end
        auditorium = hall < len(words) and not _AUDITORIUMS.isdisjoint(case_stems(words[hall]))
        if span.type != "PERSON" or hall >= len(words) or (words[hall] not in _HALL_FORMS and not auditorium) \
                or not article.same_sentence(span.start, hall) or article.joined(hall):
            out.append(span)
            continue
        start = span.start
        honoured = start > 0 and is_honorific(words[start - 1]) and article.same_sentence(start - 1, start)
        sentence_start, sentence_end = article.sentences[article.sentence_of[hall]]
        if words[hall] != "হলের" and not auditorium and not (honoured and words[start - 1] == _MARTYR) \
                and not any(words[k].startswith(_HALL_LIFE_WORDS) for k in range(sentence_start, sentence_end)):
            out.append(span)
            continue
        out.append(_Span(start - 1 if honoured else start, hall + 1, "LOC", "head", RULE_CONFIDENCE["head"]))
    return out


# What joins the items of a list (of people, of names).
_LIST_JOINERS = frozenset({"ও", "এবং", ","})


def _accusative_nicknames(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A Bangladeshi name of given name, surname and nickname, the nickname in the accusative
    (মুকিদুল ইসলাম অঙ্কনকে ফিরিয়ে): the tagger ends the person at the surname, though the nickname
    is a name word of its lexicon. The person takes the word in -কে when the name it found ends in
    a surname as written, the word's stem is a name word and no ordinary word, place or title, and
    nothing was found there; and the name is the later item of a list (… ও মুকিদুল ইসলাম অঙ্কনকে),
    for a subject acts on someone else in -কে (তারেক রহমান জুবাইদাকে নিয়ে: with his wife)."""
    words = article.words
    lexicon = article.lexicon
    covered = _covered(spans)
    out = []
    for span in spans:
        k = span.end
        if span.type == "PERSON" and span.end - span.start >= 2 and k < len(words) and k not in covered \
                and words[span.end - 1] in lexicon.surnames and article.same_sentence(k - 1, k) \
                and not article.joined(k) and _accusative_name_word(article, words[k]) \
                and span.start > 0 and words[span.start - 1] in _LIST_JOINERS \
                and article.same_sentence(span.start - 1, span.start):
            span = _Span(span.start, k + 1, span.type, span.rule, span.confidence)
        out.append(span)
    return out


def _accusative_name_word(article: _Article, word: str) -> bool:
    """অঙ্কনকে: a name word of the tagger's lexicon in the accusative; not জয়কে (victory, an
    ordinary word too), ভারতকে (a place) or a title."""
    if not word.endswith("কে") or len(word) < 5:
        return False
    stem = word[:-2]
    lexicon = article.lexicon
    return stem in lexicon.name_words and stem not in lexicon.common and stem not in PLACE_NAMES \
        and not is_title(stem) and stem not in NAME_STOP_WORDS and stem not in DEMONYMS


# What names the platform X around the word এক্স (which also means "ex-" and the letter X).
_X_FORMS = ("এক্স", "এক্সে", "এক্সের")
_X_AFTER = frozenset({"হ্যান্ডেল", "হ্যান্ডেলে", "হ্যান্ডেলের", "হ্যান্ডল", "হ্যান্ডলে", "দেওয়া", "দেয়া",
                      "প্রকাশিত", "পোস্ট", "পোস্টে", "অ্যাকাউন্টে", "অ্যাকাউন্ট"})


def _platform_x(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The platform X (সামাজিক মাধ্যম এক্স-এ, নিজেদের এক্স হ্যান্ডেলে, এক্সে দেওয়া এক পোস্টে): an
    organisation (ANNOTATION.md: ফেসবুক is one), when a social-medium word comes before it or a
    handle, post or account after it; "এক্স রে" and "এক্স আগের" stay nothing."""
    positions = article.positions(_X_FORMS)
    if not positions:
        return spans
    words = article.words
    covered = _covered(spans)
    out = list(spans)
    for k in positions:
        if k in covered:
            continue
        before = words[k - 1] if k > 0 and article.same_sentence(k - 1, k) else ""
        after = words[k + 1] if k + 1 < len(words) and article.same_sentence(k, k + 1) else ""
        if after == "-" and k + 2 < len(words):
            after = words[k + 2]
        if before.endswith(("মাধ্যম", "প্ল্যাটফর্ম")) or after in _X_AFTER or after == "(":
            out.append(_Span(k, k + 1, "ORG", "organisation", RULE_CONFIDENCE["organisation"]))
            if words[k + 1:k + 3] == ["(", "সাবেক"]:
                article.alias_of[k + 3] = k  # "এক্সে (সাবেক টুইটার)": one platform, two names
    return sorted(out, key=lambda s: s.start)


# A country's missions abroad, named by the country's adjective (ফরাসি দূতাবাস, ভারতীয় হাইকমিশন).
_EMBASSY_HEADS = frozenset({"দূতাবাস", "হাইকমিশন", "কনস্যুলেট"})


def _embassies(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"জার্মান দূতাবাস বলেছে", "ঢাকায় ফরাসি দূতাবাস": a country's adjective (or genitive) and an embassy's head
    word name that country's embassy, an organisation (held-out gold: ফরাসি দূতাবাস). Over a span of
    the head alone or none; the adjective alone is still no entity."""
    heads = [k for k in article.head_positions(_EMBASSY_HEADS) if k > 0]
    if not heads:
        return spans
    words = article.words
    out = list(spans)
    covered = _covered(out)
    for k in heads:
        country = words[k - 1] in DEMONYMS or _genitive(words[k - 1]) and _bare_nominative(words[k - 1]) in PLACE_NAMES
        if not country or not article.same_sentence(k - 1, k):
            continue  # a country's adjective or its genitive: "যুক্তরাষ্ট্রের দূতাবাস জানায়"
        inside = {id(s): s for s in (covered.get(k - 1), covered.get(k)) if s is not None}
        if any(s.start < k - 1 or s.end > k + 1 for s in inside.values()):
            continue
        out = [s for s in out if id(s) not in inside]
        out.append(_Span(k - 1, k + 1, "ORG", "embassy", RULE_CONFIDENCE["organisation"]))
        covered = _covered(out)
    return sorted(out, key=lambda s: s.start)


# A country's government named as such: "চীন সরকার", "বাংলাদেশ সরকারের সঙ্গে", "গণপ্রজাতন্ত্রী বাংলাদেশ
# সরকার" (the opened annotations keep it an organisation); not a party's or a period's government
# (আওয়ামী লীগ সরকার, অন্তর্বর্তী সরকার), which names no body of its own.
_GOVERNMENT = "সরকার"
_COUNTRIES = frozenset(CLDR_TERRITORIES)
_STATE_STYLES = frozenset({"গণপ্রজাতন্ত্রী"})  # the republic's style before its name


def _governments(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A country the article names, in the nominative, right before সরকার (any case form) makes
    one organisation with it, the country's style before it included: "চীন সরকার দুই দেশের …",
    "বাংলাদেশ সরকারের সঙ্গে" (which the tagger may tag whole, and `_trim` cut to the country)."""
    positions = article.head_positions((_GOVERNMENT,))
    if not positions:
        return spans
    words = article.words
    ends = {s.end: s for s in spans}
    out = list(spans)
    for k in positions:
        place = ends.get(k)
        if place is None or place.type == "PERSON" or " ".join(words[place.start:k]) not in _COUNTRIES \
                or not article.same_sentence(k - 1, k) or k in _covered(out):
            continue
        start = place.start
        if start > 0 and words[start - 1] in _STATE_STYLES and article.same_sentence(start - 1, start):
            start -= 1
        out = [s for s in out if s is not place]
        out.append(_Span(start, k + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


# A country's ministries and armed services, named with its adjective: "মার্কিন পররাষ্ট্র দপ্তর" (the
# US State Department), "মার্কিন নৌবাহিনীর জাহাজ", "ভারতীয় সেনাবাহিনী" (the opened annotations keep the
# adjective in the name, as they keep the country in "বাংলাদেশ সেনাবাহিনী"); not "পাকিস্তানি বাহিনী",
# forces described, no service named.
_NATIONAL_MINISTRY_HEADS = frozenset({"দপ্তর", "দফতর", "মন্ত্রণালয়"})
_ARMED_SERVICES = frozenset({"সেনাবাহিনী", "নৌবাহিনী", "বিমানবাহিনী"})


def _national_bodies(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A demonym right before a ministry the rules found (পররাষ্ট্র দপ্তর) or before an armed service
    joins it: "মার্কিন | পররাষ্ট্র দপ্তরের মুখপাত্র", "মার্কিন | নৌবাহিনীর জাহাজে"."""
    words = article.words
    out = list(spans)
    for span in out:
        if span.type == "ORG" and span.end - span.start >= 2 and span.start > 0 \
                and _bare_nominative(words[span.end - 1]) in _NATIONAL_MINISTRY_HEADS \
                and words[span.start - 1] in DEMONYMS and article.same_sentence(span.start - 1, span.start) \
                and span.start - 1 not in _covered(out):
            span.start -= 1
    for k in article.head_positions(_ARMED_SERVICES):
        if k == 0 or words[k - 1] not in DEMONYMS or not article.same_sentence(k - 1, k):
            continue
        covered = _covered(out)
        inside = {id(s): s for s in (covered.get(k - 1), covered.get(k)) if s is not None}
        if any(s.start < k - 1 or s.end > k + 1 for s in inside.values()):
            continue  # part of a longer name
        out = [s for s in out if id(s) not in inside]
        out.append(_Span(k - 1, k + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


# A local office of the state, named by its place, its tier and its officer: "ঢাকা জেলা নির্বাচন
# কর্মকর্তার কার্যালয়", "চট্টগ্রাম আঞ্চলিক নির্বাচন কর্মকর্তার কার্যালয়", "ঢাকা জেলা প্রশাসকের
# কার্যালয়", "খিলগাঁও থানা নির্বাচন কার্যালয়", "ঢাকা সমন্বিত জেলা কার্যালয়-১" (the opened annotations
# keep them organisations). The tiers of Bangladesh's administration as the reports write them.
_OFFICE = "কার্যালয়"
_OFFICE_TIERS = frozenset({"জেলা", "আঞ্চলিক", "বিভাগীয়", "থানা", "উপজেলা", "সমন্বিত", "মহানগর"})
_OFFICE_SUBJECTS = frozenset({"নির্বাচন"})  # what the office runs: the election office
_OFFICE_HOLDERS = frozenset({"প্রশাসক"})  # officers no title list has (জেলা প্রশাসক, "deputy commissioner")


def _local_branches(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A Bangladeshi district or upazila in the nominative right before the tagger's organisation
    names its local branch with it: "পটিয়া | ফায়ার সার্ভিসের স্টেশন অফিসার" is one organisation;
    not before a name of one word, one that opens with a place (ঢাকা | বাংলাদেশ ব্যাংক) or an
    acronym (a party's district unit is `_metropolitan_units`' matter)."""
    words = article.words
    out: list[_Span] = []
    for span in spans:
        place = out[-1] if out else None
        if span.type == "ORG" and span.end - span.start >= 2 and place is not None \
                and place.type == "LOC" and place.end == span.start and place.end - place.start == 1 \
                and article.same_sentence(place.start, span.start) and not article.joined(span.start) \
                and (words[place.start] in _DISTRICTS or words[place.start] in article.lexicon.upazilas) \
                and _place_nominative(words[span.start]) not in PLACE_NAMES and _acronym_stem(words[span.start]) is None:
            out[-1] = replace(span, start=place.start)
            continue
        out.append(span)
    return out


# The tiers of a party's local units (জেলা আওয়ামী লীগ, মথুরাপুর ইউনিয়ন আওয়ামী লীগ, চট্টগ্রাম
# দক্ষিণ জেলা বিএনপি). Not মহানগর: a party's metropolitan unit is named as an organisation of its
# own (`_metropolitan_units`).
_UNIT_TIERS = frozenset({"জেলা", "উপজেলা", "সদর", "ইউনিয়ন", "নগর", "পৌর", "থানা", "ওয়ার্ড", "উত্তর", "দক্ষিণ",
                         "পূর্ব", "পশ্চিম"})
# The tiers that stay with the place as its name (গোলাপগঞ্জ উপজেলা, টুকুরিয়া ইউনিয়ন), as the
# rules name an upazila or a union elsewhere.
_PLACE_TIERS = frozenset({"উপজেলা", "ইউনিয়ন"})
_PARTY_NAMES = frozenset(name for names in BANGLADESH_PARTIES for name in names)


def _party_units(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A party's local unit named by its tier (and its place) is the party in the place:
    "উপজেলা আওয়ামী লীগের সভাপতি" names আওয়ামী লীগ, "গোলাপগঞ্জ উপজেলা আওয়ামী লীগের" the place
    গোলাপগঞ্জ উপজেলা and the party, as an acronym's unit already comes out (জেলা বিএনপির). The
    annotations of the 2013-15 news merge every local unit into its party."""
    words = article.words
    out: list[_Span] = []
    for span in spans:
        party = _party_in_unit(article, span) if span.type == "ORG" else None
        if party is None:
            out.append(span)
            continue
        tier = party
        while tier > span.start and words[tier - 1] in _UNIT_TIERS:
            tier -= 1
        if tier > span.start:
            place_end = party if words[party - 1] in _PLACE_TIERS else tier
            out.append(_Span(span.start, place_end, "LOC", "head", RULE_CONFIDENCE["head"]))
        elif out and out[-1].type == "LOC" and out[-1].end == span.start and words[party - 1] in _PLACE_TIERS \
                and article.same_sentence(out[-1].start, span.start) and not article.inflected(words[out[-1].end - 1]):
            out[-1] = replace(out[-1], end=party)  # মথুরাপুর | ইউনিয়ন আওয়ামী লীগের: the tagger's place takes the tier
        out.append(replace(span, start=party, rule="head"))
    return out


# The panels of teachers' politics at Bangladesh's public universities, named by a colour: নীল দল
# (pro-Awami League), সাদা দল (pro-BNP), গোলাপি দল, হলুদ দল. Newsroom usage; the 2013-15 annotations
# mark them organisations.
_PANEL_COLOURS = frozenset({"নীল", "সাদা", "গোলাপি", "হলুদ"})
_PARTY_WORD = "দল"
_TEACHER = "শিক্ষক"


def _teachers_panels(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"নীল দলের শিক্ষকেরা", "সাদা দলের বিজয়ী শিক্ষকেরা": a colour before দল names a teachers'
    panel in an article about teachers (any form of শিক্ষক in it); elsewhere a blue or white team
    is no name ("সাদা দলের জার্সি")."""
    if not any(w.startswith(_TEACHER) for w in article.attested):
        return spans
    covered = _covered(spans)
    words = article.words
    out = list(spans)
    forms = [w for w in article.attested if w.startswith(_PARTY_WORD) and _bare_nominative(w) == _PARTY_WORD]
    for k in article.positions(forms):
        if k > 0 and words[k - 1] in _PANEL_COLOURS and article.same_sentence(k - 1, k) \
                and k - 1 not in covered and k not in covered:
            out.append(_Span(k - 1, k + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


def _party_in_unit(article: _Article, span: _Span) -> int | None:
    """Where a party's name of several words opens after tier words in an organisation's span
    (জেলা | আওয়ামী লীগের); None when the span is no party's local unit."""
    words = article.words
    last = article.nominative(words[span.end - 1])
    for k in range(span.start + 1, span.end - 1):
        if words[k - 1] not in _UNIT_TIERS or words[k] in _UNIT_TIERS:  # (মহানগর is no tier: its unit is its own)
            continue
        if " ".join([*words[k:span.end - 1], last]) in _PARTY_NAMES:
            return k
    return None


def _local_offices(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The office a place, a tier of the administration and its officer (in the genitive) or
    subject name is one organisation, over the place the tagger found in it: "ঢাকা জেলা নির্বাচন
    কর্মকর্তার কার্যালয়ে গিয়ে …" is no visit to ঢাকা. The place alone before কার্যালয় is not enough
    ("গুলশান কার্যালয়", the party chief's office there): a tier, an officer or a subject must
    stand between."""
    positions = article.head_positions((_OFFICE,))
    if not positions:
        return spans
    words = article.words
    out = list(spans)
    for k in positions:
        start = k
        if start > 0 and _office_holder(article, words[start - 1]):
            start -= 1
        while start > 0 and words[start - 1] in _OFFICE_SUBJECTS:
            start -= 1
        while start > 0 and words[start - 1] in _OFFICE_TIERS:
            start -= 1
        if start == k or start == 0 or not article.same_sentence(start - 1, k) \
                or not (_known_place(article, words[start - 1], bare=True) or article.lexicon.bd_place(words[start - 1])) \
                or article.inflected(words[start - 1]):
            continue
        start -= 1
        end = k + 1
        if words[k] == _OFFICE:
            end = _numbered_end(article, end)  # কার্যালয়-১
        if any(s.start < start < s.end or s.start < end < s.end for s in out):
            continue
        out = [s for s in out if not start <= s.start < end]
        out.append(_Span(start, end, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


def _office_holder(article: _Article, word: str) -> bool:
    """কর্মকর্তার, প্রশাসকের, কমিশনারের: an officer in the genitive, whose office it is."""
    stem = article.nominative(word)
    return word.endswith("র") and stem != word and (is_title(stem) or stem in _OFFICE_HOLDERS)


# What a newspaper's or channel's name is put before ("ডেকান ক্রনিকল সংবাদপত্র", "… পত্রিকার সম্পাদক").
_MEDIA_APPOSITIVES = frozenset({"সংবাদপত্র", "সংবাদপত্রের", "সংবাদপত্রকে", "পত্রিকা", "পত্রিকার", "পত্রিকাকে",
                                "পত্রিকায়", "দৈনিকের", "ম্যাগাজিন", "ম্যাগাজিনের", "সাময়িকী", "সাময়িকীর"})


# The court a city's name opens (লাহোর হাইকোর্ট), which the tagger takes for a place.
_COURTS = frozenset({"হাইকোর্ট"})


def _city_courts(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A place of one or two words in the nominative right before হাইকোর্ট (any case form) makes one
    organisation with it, the court of that city or country: "লাহোর হাইকোর্টের রায়", "কোলকাতা
    হাইকোর্ট" (the opened annotations keep the court whole, apart from the bare হাইকোর্ট, Bangladesh's
    own, which stays as it is). Not a place in the genitive: "ঢাকার হাইকোর্টে" names no court."""
    positions = article.head_positions(_COURTS)
    if not positions:
        return spans
    words = article.words
    ends = {s.end: s for s in spans}
    out = list(spans)
    for k in positions:
        place = ends.get(k)
        if place is None or place.type != "LOC" or k - place.start > 2 or article.inflected(words[k - 1]) \
                or not article.same_sentence(k - 1, k) or article.joined(k):
            continue
        out = [s for s in out if s is not place and not (s.start == k and s.end == k + 1)]
        out.append(_Span(place.start, k + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


# A court named by its judge's rank: মুখ্য মহানগর হাকিম আদালত (the Chief Metropolitan Magistrate's
# court), বিচারিক হাকিম আদালত, মহানগর দায়রা জজ আদালত, জেলা ও দায়রা জজ আদালত, বিশেষ জজ আদালত-৩.
_COURT_FORMS = frozenset({"আদালত", "আদালতে", "আদালতের", "আদালতকে", "আদালতও"})
_COURT_JUDGES = frozenset({"হাকিম", "জজ", "ম্যাজিস্ট্রেট"})
_COURT_RANKS = frozenset({"মুখ্য", "বিচারিক", "মহানগর", "দায়রা", "বিশেষ", "জেলা", "অতিরিক্ত", "যুগ্ম", "চিফ",
                          "জুডিশিয়াল", "মেট্রোপলিটন"})


def _courts_of_rank(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The court named by its judge and the judge's rank is one organisation, every rank word
    in: the tagger and the head rules stop at a rank word they take for a description (মুখ্য |
    মহানগর হাকিম আদালতে, বিচারিক | হাকিম আদালতে) or find nothing (মহানগর দায়রা জজ আদালতের). A
    court's number joined by a hyphen is part of its name (বিশেষ জজ আদালত-৩-এ)."""
    positions = article.head_positions(_COURT_FORMS)
    if not positions:
        return spans
    words = article.words
    out = list(spans)
    for k in positions:
        if k < 2 or words[k - 1] not in _COURT_JUDGES or not article.same_sentence(k - 2, k):
            continue
        start = k - 1
        while start > 0 and (words[start - 1] in _COURT_RANKS or (words[start - 1] == "ও" and start > 1
                                                                  and words[start - 2] in _COURT_RANKS)):
            start -= 1
        if start == k - 1 or words[start] == "ও":
            continue
        end = k + 1
        if words[k] == "আদালত":
            end = _numbered_end(article, end)  # আদালত-৩
        if any(s.start < start < s.end or s.start < end < s.end for s in out):
            continue
        out = [s for s in out if not start <= s.start < end]
        out.append(_Span(start, end, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


_COUNCIL_TIERS = frozenset({"ইউনিয়ন", "উপজেলা", "জেলা"})


def _local_councils(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A union's, upazila's or district's place right before পরিষদ names its council, an
    organisation: "হারাটি ইউনিয়ন পরিষদের চেয়ারম্যান" (the union's council), not the union."""
    words = article.words
    n = len(words)
    out: list[_Span] = []
    for span in spans:
        k = span.end
        if span.type == "LOC" and words[k - 1] in _COUNCIL_TIERS and k < n and _bare_nominative(words[k]) == "পরিষদ" \
                and article.same_sentence(k - 1, k) and not article.joined(k):
            span = replace(span, end=k + 1, type="ORG", rule="head")
        out.append(span)
    return out


def _numbered_end(article: _Article, end: int, *, max_digits: int | None = None) -> int:
    """The end of a name with its number written on with a hyphen right after `end` (কার্যালয়-১,
    আদালত-৩, র্যাব-২: `end` + 2), of at most `max_digits` digits when given; `end` when none follows."""
    words = article.words
    if end + 1 < len(words) and words[end] == "-" and words[end + 1].isdigit() \
            and (max_digits is None or len(words[end + 1]) <= max_digits) \
            and article.joined(end) and article.joined(end + 1):
        return end + 2
    return end


# Forces and tribunals whose units are numbered, the number written on with a hyphen being the
# unit's name: র্যাব-২ (a battalion of the Rapid Action Battalion), আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল-১.
_NUMBERED_UNITS = frozenset({"র্যাব", "এপিবিএন", "ট্রাইব্যুনাল"})
# A unit's number has one or two digits (র্যাব-১১); four would be a year.
_UNIT_NUMBER_DIGITS = 2


def _numbered_units(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A force's or tribunal's number joined to it by a hyphen is part of the unit's name: "র্যাব-২-এর
    অধিনায়ক" names the battalion র্যাব-২, not র্যাব, and "ট্রাইব্যুনাল-২-এর চেয়ারম্যান" the
    tribunal, which the rules otherwise miss when no name is written before it."""
    positions = article.positions(_NUMBERED_UNITS)
    if not positions:
        return spans
    out = list(spans)
    for k in positions:
        end = _numbered_end(article, k + 1, max_digits=_UNIT_NUMBER_DIGITS)
        if end == k + 1:
            continue
        unit = next((s for s in out if s.start <= k < s.end), None)
        if unit is None:
            out.append(_Span(k, end, "ORG", "head", RULE_CONFIDENCE["head"]))
        elif unit.type == "ORG" and unit.end == k + 1:
            out = [replace(s, end=end) if s is unit else s for s in out]
    return sorted(out, key=lambda s: s.start)


def _typed_by_last_word(article: _Article, span: _Span) -> _Span:
    """The tagger's place of two or three words that ends in a known surname and holds no place or
    head word is a person ("জলপাইগুড়ির ইস্কান্দার মজুমদার ও তৈয়বা মজুমদারের ঘরে": the place before
    it lends its type); its person that ends in a company's head word is a company (এম জে
    ইন্টারন্যাশনালের প্রোপাইটর: the initials looked like a person's), and so is one a newspaper word
    follows (ডেকান ক্রনিকল সংবাদপত্র)."""
    if span.rule != "model":
        return span
    if span.type == "PERSON" and span.end - span.start > 1 \
            and article.nominative(article.words[span.end - 1]) in _COMPANY_HEADS:
        return replace(span, type="ORG")
    if span.type == "PERSON" and span.end < len(article.words) and article.words[span.end] in _MEDIA_APPOSITIVES \
            and article.same_sentence(span.end - 1, span.end):
        return replace(span, type="ORG")  # "ডেকান ক্রনিকল সংবাদপত্র": the name of the newspaper
    if span.type != "ORG" and span.end - span.start > 1 and article.nominative(article.words[span.end - 1]) in _COURTS:
        return replace(span, type="ORG")  # "লাহোর হাইকোর্টের": a city's high court, an institution
    if span.type != "ORG" and span.end - span.start > 1 \
            and _known_org_last_word((), article.words[span.end - 1]) is not None:
        return replace(span, type="ORG")  # "ঢাকা মহানগর উত্তর যুবদলের": a party's unit named by its place
    if span.type == "ORG" and span.end - span.start == 1 and span.end < len(article.words) \
            and article.words[span.end].startswith(_GOVERNMENT) and article.same_sentence(span.start, span.end) \
            and article.words[span.start].translate(_KEY_FOLD) in _PEOPLES_NAME_WORDS:
        return replace(span, type="PERSON")  # "হাসিনা সরকারের পতন": the government is named after her
    if span.type != "LOC" or not 2 <= span.end - span.start <= 3:
        return span
    words = article.words[span.start:span.end]
    if article.nominative(words[-1]) not in article.lexicon.surnames \
            or any(_known_place(article, w) or _head_kind(w) is not None for w in words):
        return span
    return replace(span, type="PERSON")


def _district_after_name(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A list of candidates and their seats ("ডা. মাহমুদা মিতু ঝালকাঠি, মাহবুব আলম লক্ষ্মীপুর"): the
    tagger's person of three or more words whose last word is a district of Bangladesh, before a
    comma, a hyphen or the sentence's end, is the person and then the district."""
    words = article.words
    out = []
    for span in spans:
        last = span.end - 1
        after = words[span.end] if span.end < len(words) and article.same_sentence(last, span.end) else "।"
        if span.type == "PERSON" and span.rule == "model" and span.end - span.start >= 3 \
                and words[last] in _DISTRICTS and after in {",", "-", "।"}:
            out.append(replace(span, end=last))
            out.append(_Span(last, span.end, "LOC", "gazetteer", RULE_CONFIDENCE["gazetteer"]))
        else:
            out.append(span)
    return out


_ALIAS_MARKER = "ওরফে"


def _alias_names(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"X ওরফে Y" ("X alias Y": অমৃত মণ্ডল ওরফে সম্রাট, আশরাফুল আলম ওরফে হিরো আলম) names one person
    twice. No name runs over the marker; a person's name before it the tagger missed is the name
    words there (a known given name or surname, or a word the vocabulary lacks), up to three; the
    alias after it is its first word, whatever it means (সম্রাট, হিরো), and a second one that is a
    name word, up to a case ending (সম্রাটকে). `_group` makes the two one entity."""
    marks = article.positions((_ALIAS_MARKER,))
    if not marks:
        return spans
    words = article.words
    out: list[_Span] = []
    for span in spans:
        inside = [k for k in marks if span.start <= k < span.end]
        if inside:
            k = inside[0]
            span = replace(span, end=k) if k > span.start else replace(span, start=k + 1)
        if span.end > span.start:
            out.append(span)
    covered = _covered(out)
    for k in marks:
        if not article.same_sentence(k - 1, k + 1):
            continue
        before = covered.get(k - 1)
        if before is None:
            start = k
            while start > 0 and k - start < 3 and article.same_sentence(start - 1, k) and start - 1 not in covered \
                    and _alias_name_word(article, words[start - 1]):
                start -= 1
            if start == k:
                continue
            before = _Span(start, k, "PERSON", "title", RULE_CONFIDENCE["title"])
            out.append(before)
        if before.type != "PERSON":
            continue
        after = covered.get(k + 1)
        if after is None:
            end = k + 1
            while end < len(words) and end - k <= 2 and article.same_sentence(k, end) and end not in covered \
                    and _is_word(words[end]) and words[end] not in NAME_STOP_WORDS \
                    and (end == k + 1 or _alias_name_word(article, words[end])):
                end += 1
                if article.inflected(words[end - 1]):
                    break
            if end == k + 1:
                continue
            after = _Span(k + 1, end, "PERSON", "title", RULE_CONFIDENCE["title"])
            out.append(after)
        elif after.type != "PERSON":
            if after.rule != "model" or after.end - after.start > 2:
                continue
            after.type = "PERSON"  # the tagger's হিরো আলম (ORG): an alias is a person's
        covered.update(_covered([before, after]))
        article.alias_of[after.start] = before.start
    return out


_NAMED = frozenset({"নামে", "নামের"})
# Nouns for a person introduced by name ("সাজিদ নামে এক ছাত্রদল কর্মী", "রিয়াদ (২৫) নামের এক যুবক");
# the role words of the title list count too. Crime and court pages of the corpus.
_PERSON_NOUNS = frozenset({
    "ব্যক্তি", "যুবক", "যুবতী", "তরুণ", "তরুণী", "কিশোর", "কিশোরী", "শিশু", "নারী", "পুরুষ", "বৃদ্ধ", "বৃদ্ধা",
    "ছেলে", "মেয়ে", "ছাত্র", "ছাত্রী", "কলেজছাত্র", "কলেজছাত্রী", "শিক্ষার্থী", "গৃহবধূ", "গৃহিণী", "কর্মী",
    "যাত্রী", "শ্রমিক", "দোকানি", "ব্যবসায়ী", "চালক", "কৃষক", "জেলে", "রোগী", "প্রবাসী", "মুক্তিযোদ্ধা"})
# Nouns for an organisation introduced by name ("'জুলাই ঐক্য' নামে একটি সংগঠন").
_ORGANISATION_NOUNS = frozenset({"সংগঠন", "প্রতিষ্ঠান", "সংস্থা", "কোম্পানি", "দল", "প্ল্যাটফর্ম", "জোট"})


def _named_as(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"X নামে এক যুবক", "X (৩৭) নামের এক ব্যক্তি", "X নামে একজনকে": the words before "named" are a
    person's name when "a/one" and a noun for a person follow (a role word too: "… নামে এক ছাত্রদল
    কর্মী"); "'X' নামে একটি সংগঠন" names an organisation. Up to three name words (a known given name
    or surname, or a word the vocabulary lacks; an organisation's name in quotation marks may be
    any words), past an age in brackets."""
    words = article.words
    n = len(words)
    covered = _covered(spans)
    out = list(spans)
    for k in article.positions(_NAMED):
        if k + 1 >= n or not words[k + 1].startswith("এক") or not article.same_sentence(k, k + 1):
            continue
        kind = _named_kind(article, k + 1)
        if kind is None:
            continue
        end = k
        if end >= 3 and words[end - 1] == ")" and words[end - 3] == "(" and words[end - 2].isdigit():
            end -= 3  # the age in brackets: "রিয়াদ (২৫) নামের"
        quoted = end >= 2 and words[end - 1] in "’'\"”"
        if quoted and kind == "ORG":
            start = end - 1
            while start > 0 and end - start <= 6 and words[start - 1] not in "‘'\"“" and article.same_sentence(start - 1, k):
                start -= 1
            if start == 0 or words[start - 1] not in "‘'\"“" or end - 1 - start < 1:
                continue
            span = _Span(start, end - 1, "ORG", "head", RULE_CONFIDENCE["head"])
        elif not quoted:
            # a person's name: name words; an organisation's: any bare words ("হিন্দু সংহতি নামের একটি সংগঠন")
            start = end
            while start > 0 and end - start < 3 and article.same_sentence(start - 1, k) and start - 1 not in covered \
                    and not article.inflected(words[start - 1]) and (
                        _alias_name_word(article, words[start - 1]) if kind == "PERSON"
                        else _could_be_name_part(words[start - 1]) and not words[start - 1].endswith("ে")):
                start -= 1
            if start == end or end - 1 in covered:
                continue
            span = _Span(start, end, kind, "title" if kind == "PERSON" else "head", RULE_CONFIDENCE["title"])
        else:
            continue
        if any(i in covered for i in range(span.start, span.end)):
            continue
        out.append(span)
        covered.update(_covered([span]))
    return out


def _named_kind(article: _Article, k: int) -> str | None:
    """What "এক …" at token k introduces: PERSON (একজন, এক যুবক, এক ছাত্রদল কর্মী), ORG (একটি সংগঠন)
    or None."""
    words = article.words
    if words[k].startswith("একজন"):
        return "PERSON"
    for j in range(k + 1, min(k + 4, len(words))):
        if not article.same_sentence(k, j):
            break
        stems = case_stems(words[j])
        if any(s in _PERSON_NOUNS or is_title(s) for s in stems):
            return "PERSON"
        if words[k] in {"একটি", "একটা"} and any(s in _ORGANISATION_NOUNS for s in stems):
            return "ORG"
    return None


def _alias_name_word(article: _Article, word: str) -> bool:
    lexicon = article.lexicon
    return _is_word(word) and word not in NAME_STOP_WORDS and not is_title(word) \
        and (lexicon.person_word(word) or word not in lexicon.common)


def _clubs_by_city(article: _Article, spans: list[_Span]) -> list[_Span]:
    """Sports pages call a club by its city once they have named it (সিলেট টাইটান্স … "সিলেটের
    অধিনায়ক", "নোয়াখালীকে ৬ উইকেটে হারিয়েছে", "ঢাকার প্রথম ম্যাচে"): in an article that names a
    club after a city, the city alone is the club, except in the locative, where it is the venue
    (সিলেটে), and before another place or a place's head word (ঢাকার মিরপুরে, সিলেটের মাঠে)."""
    words = article.words
    cities = {words[s.start] for s in spans if s.type == "ORG" and _is_club(article, s)}
    cities |= {_place_nominative(words[s.start]) for s in spans if _side_by_cue(article, s)}
    if not cities:
        return spans
    out = []
    for span in spans:
        k = span.start
        word = words[k]
        if span.type == "LOC" and span.end - k == 1 and _place_nominative(word) in cities and k not in article.desk \
                and not _locative_form(word) and not _before_a_place(article, k + 1):
            span = replace(span, type="ORG", rule="club")
        out.append(span)
    return out


def _side_by_cue(article: _Article, span: _Span) -> bool:
    """A city in the genitive before what only a side has: "চট্টগ্রামের বিপক্ষে ফাইফার", "রংপুরের
    জার্সিতে", "রংপুরের বোলাররা", "খুলনার কাছে হেরে বিদায় নেয়" (not "ঢাকার কাছে", near Dhaka): the
    city's club, whether or not the article names it in full."""
    k = span.start
    words = article.words
    if span.type != "LOC" or span.end - k != 1 or k + 1 >= len(words) or not article.same_sentence(k, k + 1) \
            or not _genitive(words[k]) or _place_nominative(words[k]) not in _CLUB_CITIES:
        return False
    cue = words[k + 1]
    if cue == "কাছে":
        return k + 2 < len(words) and words[k + 2].startswith(_DEFEAT_STEMS)
    return any(f in _SIDE_CUES or f.removesuffix("রা") in _SIDE_CUES for f in case_stems(cue))  # বোলাররাই


# What a side has and a city has not, after the city in the genitive: a match against it, its
# shirt, its players and innings. From the cricket and football reports in the project's corpus.
_SIDE_CUES = frozenset({"বিপক্ষে", "জার্সি", "বোলার", "ব্যাটার", "পেসার", "স্পিনার", "ওপেনার", "ইনিংস",
                        "একাদশ", "অধিনায়ক", "কোচ"})
# "X-এর কাছে হেরে/হার": lost to X (after কাছে, which alone also means "near").
_DEFEAT_STEMS = ("হের", "হার")


def _is_club(article: _Article, span: _Span) -> bool:
    """A club named by its city and a name (সিলেট টাইটান্স, নোয়াখালী এক্সপ্রেস)."""
    words = article.words[span.start:span.end]
    if len(words) < 2 or words[0] not in _CLUB_CITIES:
        return False  # (a country's side is the country: annotators keep বাংলাদেশ a place)
    name = _nominative_phrase(article, words)
    last = _bare_nominative(words[-1])
    return name in _CLUB_NAMES or (last.endswith("স") and last not in article.lexicon.common and not last.isascii())


def _locative_form(word: str) -> bool:
    """সিলেটে, ঢাকায়, নোয়াখালীতে: a place name in the locative (not the objective নোয়াখালীকে, which
    ends in -ে too)."""
    if word.endswith("কে"):
        return False
    return any(word == stem + ending for stem in case_stems(word)[1:] for ending in _LOCATIVE + ("য়ে", "তেই", "েই"))


def _before_a_place(article: _Article, k: int) -> bool:
    """Is token k (after a city) a place or a place's head word (ঢাকার | মিরপুরে, সিলেটের | মাঠে)?"""
    if k >= len(article.words) or not article.same_sentence(k - 1, k):
        return False
    word = article.words[k]
    return _place_nominative(word) in PLACE_NAMES or article.lexicon.bd_place(word) \
        or _bare_nominative(word) in _LOC_HEADS or _bare_nominative(word) in _CLUB_PLACE_WORDS


# Where a club plays or lives, after its city: the place or the match there, not the club
# (সিলেটের মাঠে, ঢাকার দর্শকরা, সিডনি টেস্টের আগে).
_CLUB_PLACE_WORDS = frozenset({"মাঠ", "উইকেট", "দর্শক", "দর্শকরা", "আবহাওয়া", "কুয়াশা", "শীত", "রাস্তা", "টেস্ট",
                               "স্টেডিয়াম", "ভেন্যু", "পর্ব", "পর্বের", "লেগ"})


# What closes a name written after a title: "প্রকল্প পরিচালক নিত্য প্রকাশ বিশ্বাস, …".
_CLAUSE_ENDS = frozenset({",", "।", ";", "!", "?", "(", ")", ":", "‘", "“", "’", "”"})
# Gallantry awards written after a name (জিয়াউর রহমান বীর উত্তম) and a scholar's epithet before it
# (আল্লামা সাজেদুর রহমান): not taken into a name by the frame of title and clause end.
_AWARD_WORDS = frozenset({"বীর", "উত্তম", "বিক্রম", "প্রতীক", "শ্রেষ্ঠ", "আল্লামা"})


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


_GENITIVE = ("ের", "এর", "র")


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


# The longest person's name `_name_edges` grows (মির্জা ফখরুল ইসলাম আলমগীর, ডা. দেওয়ান আমিনুল ইসলাম শাহীন).
_LONGEST_NAME = 6
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


# The first parts of Muslim given names that name no one alone (আব্দুল খালেক, মোহাম্মদ সেলিম).
_GIVEN_NAME_OPENERS = frozenset({"মো", "মো.", "মোহাম্মদ", "মুহাম্মদ", "মোহাম্মাদ", "মুহম্মদ", "আব্দুল", "আবদুল",
                                 "আব্দুর", "আবদুর", "আবু"})


def _last_name_of_a_list(article: _Article, word: str) -> bool:
    """"নায়েবে আমির আবদুর রহমান | মুসাসহ অন্যরা": -সহ ("with") closes the noun phrase it ends, so
    after a name the stem is the name's last word when it is no ordinary word and the vocabulary
    has it only as a name or not at all."""
    if not word.endswith(_WITH):
        return False
    stem = word[:-len(_WITH)]
    lexicon = article.lexicon
    return len(stem) >= 3 and stem not in lexicon.common and (stem in lexicon.name_words or stem not in lexicon.vocabulary)


_WITH = "সহ"
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


def _nominative_phrase(article: _Article, words: Sequence[str]) -> str:
    """The words of a name with its last word in the nominative (হাজারীবাগের -> হাজারীবাগ)."""
    return " ".join([*words[:-1], article.nominative(words[-1])])


def _known_place(article: _Article, word: str, *, bare: bool = False) -> bool:
    """A place the gazetteers know (a country, a city, a Bangladesh district or upazila), as written
    or (unless `bare`) in a case form."""
    if bare:
        return word in PLACE_NAMES or word in article.lexicon.bd_places
    return article.nominative(word) in PLACE_NAMES or article.lexicon.bd_place(word)


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


# Dashes news writes between a district and its seat number (ঢাকা-৯, ঢাকা–৯).
_DASHES = frozenset({"-", "–", "—"})
# What may follow "বগুড়া ৬" for the number to be a seat (not a date: "ঢাকা ১০ ডিসেম্বর").
_SEAT_FOLLOWERS = frozenset({"ও", "এবং", "আসন", "আসনে", "আসনের", "আসনটি", "আসনেও", "আসনসহ", "আসনটির"})
_DISTRICTS = frozenset(BANGLADESH_PLACES)


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


_CITY_HALVES = frozenset({"উত্তর", "দক্ষিণ", "পূর্ব", "পশ্চিম"})


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


@lru_cache(maxsize=_WORD_CACHE)
def _acronym_kind(word: str) -> str | None:
    """ORG for an organisation acronym (TASS, বিএনপির), LOC for a Latin country code (UK) or a known
    place (এমসিজি), else None."""
    if word.isascii():
        if _LATIN_ACRONYM.fullmatch(word) and len(word) >= 2 and word not in LATIN_NON_ORG:
            return "LOC" if word in LATIN_PLACES else "ORG"
        return None
    stem = _acronym_stem(word)
    if stem is None:
        return None
    return "LOC" if stem in PLACE_NAMES else "ORG"  # এমসিজিতে: a ground known by its acronym


@lru_cache(maxsize=50_000)
def _acronym_stem(word: str) -> str | None:
    """The acronym in `word` (বিএনপির -> বিএনপি, বিবিসিকে -> বিবিসি) when it is an organisation
    acronym, else None. A case ending is stripped first: কে and ই are also letter names, but
    বিবিসিকে is BBC in the objective case, not B-B-C-K."""
    stems = case_stems(word)
    forms = (*stems[1:], stems[0])
    if any(f in NON_ORG_ACRONYMS or is_title(f) for f in forms):
        return None
    for stem in forms:
        if letter_acronym(stem) and _spells_letters(stem) >= 3:
            return stem
    return None


# How a head word makes a name (`_head_kind`): an organisation, a place (স্টেডিয়াম: ordinary
# words may lead up to it), a place that needs a name-like word (ভবন, মোড়), an administrative unit.
_ORG, _PLACE_HEAD, _WEAK_PLACE, _ADMIN = "ORG", "LOC", "weak", "admin"


@lru_cache(maxsize=_WORD_CACHE)
def _head_kind(word: str) -> str | None:
    """The kind of head word `word` is in any case form, or None."""
    if _is_plural(word):
        return None  # সংস্থাগুলির: agencies in general, not a named one
    head = _bare_nominative(word)
    if head in ADMIN_HEAD_WORDS:
        return _ADMIN
    if head in _ORG_HEADS:
        return _ORG
    if head in _STRONG_LOC_HEADS:
        return _PLACE_HEAD
    return _WEAK_PLACE if head in WEAK_LOC_HEAD_WORDS else None


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


def _alone_in_brackets(article: _Article, k: int) -> bool:
    """Token k stands alone in brackets after at least one word: "খেলাপি ঋণ (এনপিএল)"."""
    words = article.words
    return 2 <= k < len(words) - 1 and words[k - 1] == "(" and words[k + 1] == ")"


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
    if _bare_nominative(words[head]) == "ইউনিয়ন" and head - start > 1 and not _in_admin_context(article, start, head):
        return None  # ইউরোপিয়ান ব্রডকাস্টিং ইউনিয়ন: an organisation
    return _Span(start, head + 1, "LOC", "head", RULE_CONFIDENCE["head"])


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
_SCHOOL_HEADS = frozenset({"বিদ্যালয়", "কলেজ", "মাদ্রাসা", "মাদরাসা", "স্কুল"})
_SCHOOL_TYPES = frozenset({"উচ্চ", "মাধ্যমিক", "প্রাথমিক", "নিম্ন", "বালিকা", "বালক", "সরকারি", "বেসরকারি",
                           "মডেল", "দাখিল", "আলিম", "ফাজিল", "কামিল", "ডিগ্রি", "মহিলা", "পাইলট"})

# What a trust or a foundation named after someone is, between the name and the head.
_NAMED_AFTER_MODIFIERS = frozenset({"অরফানেজ", "অরফ্যানেজ", "চ্যারিটেবল", "মেমোরিয়াল", "এডুকেশনাল", "স্মৃতি"})

# Heads of what is named after a person (আবুল খায়ের গ্রুপ, মানিক মিয়া অ্যাভিনিউ, … ফাউন্ডেশন);
# not the institutions of state a title-holder leads (… নাসির উদ্দিন | সংসদ নির্বাচন).
_NAMED_AFTER_HEADS = frozenset({
    "ফাউন্ডেশন", "ট্রাস্ট", "গ্রুপ", "অ্যাভিনিউ", "এভিনিউ", "সড়ক", "রোড", "হল", "মিলনায়তন", "কলেজ",
    "বিশ্ববিদ্যালয়", "হাসপাতাল", "স্টেডিয়াম", "উদ্যান", "চত্বর", "সেতু", "স্কুল", "বিদ্যালয়", "মাদ্রাসা", "মাদরাসা",
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
                start = span.start  # "আফিয়া যয়নাব | ফাউন্ডেশন": named after the whole person
            elif start < head and all(w in _NAMED_AFTER_MODIFIERS for w in words[start:head]):
                start = span.start if span is not None and span.type == "PERSON" else k
                # "জিয়া অরফানেজ ট্রাস্ট", "সিরাজ স্মৃতি সংসদ": named after the person, whatever the
                # head (a club's সংসদ or সংঘ too), since the modifier says so
            break  # কিম | অর্থনৈতিক ফোরামে; but জিয়া উদ্যান is named after a person
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


def _is_plural(word: str) -> bool:
    return word.endswith(("গুলো", "গুলি", "গুলোর", "গুলির", "গুলোকে", "গুলিকে", "গুলোতে", "গুলিতে", "সমূহ", "সমূহের"))


def _is_description(article: _Article, start: int, head: int) -> bool:
    """রাশিয়ান সংবাদ সংস্থা, TASS বার্তা সংস্থা: a generic descriptor names no organisation."""
    words = tuple(article.words[start:head]) + (_bare_nominative(article.words[head]),)
    if all(w in DEMONYMS for w in words[:-1]):
        return True
    return any(words[-len(d):] == d for d in ORG_DESCRIPTORS)


_STRONG_LOC_HEADS = frozenset({
    "স্টেডিয়াম", "অ্যারেনা", "স্টেশন", "বিমানবন্দর", "উদ্যান", "পার্ক", "প্লাজা", "চত্বর", "স্কয়ার",
    "এভিনিউ", "সেতু", "দ্বীপ", "বন্দর", "মহাসড়ক", "নদী",
}) & LOC_HEAD_WORDS | {"অ্যাভিনিউ"} | _RIVER_HEADS  # the corpus spells it both ways (মানিক মিয়া অ্যাভিনিউ)
_HEADS = _ORG_HEADS | _STRONG_LOC_HEADS | WEAK_LOC_HEAD_WORDS | ADMIN_HEAD_WORDS


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


# Endings of finite verbs that no name has: the negated past (জানায়নি, করেনি) and the honorific
# habitual, past and perfect (জেতেন, খেললেন, করেছেন, করছেন). A verb never sits inside a name.
_FINITE_VERB_ENDINGS = ("য়নি", "েনি", "তেন", "লেন", "ছেন")


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
# "মনে করেন রাজা", "যোগ করেন তিনি": a noun and করেন make a verb of thinking or saying.
_THINKING_VERBS = frozenset({"করেন", "করলেন", "করেছেন", "করেছিলেন"})
_THINKING_NOUNS = frozenset({"মনে", "যোগ", "উল্লেখ", "মন্তব্য", "দাবি", "অভিযোগ"})
# The nouns of the compound verbs of saying whose subject stands right before them.
_SAYING_NOUNS = _THINKING_NOUNS - {"মনে", "যোগ"}
# What closes a clause right after its post-verbal subject.
_CLAUSE_CLOSERS = frozenset({",", "।", "‘", "“", "\"", "'", "?", "!"})


_SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
# বলে is also the complementiser "that": not a speech verb on its own.
_SPEECH_VERBS_BUT_BOLE = _SPEECH_VERB_SET - {"বলে"}


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
    if start == end or _speech_object(article, start, end, verb):
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


# The classifiers of a counted or definite common noun (তথ্যটি, ঘটনাটা).
_CLASSIFIERS = ("টি", "টা")


def _is_place(article: _Article, span: _Span) -> bool:
    words = article.words[span.start:span.end]
    name = " ".join(words[:-1] + [_place_nominative(words[-1])])
    return name in PLACE_NAMES or _bare_nominative(words[-1]) in _STRONG_LOC_HEADS


@lru_cache(maxsize=_WORD_CACHE)
def _place_nominative(word: str) -> str:
    return nominative(word, known=PLACE_NAMES)


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
_PARTY_ADJECTIVE_ENDINGS = ("বাদী", "তান্ত্রিক", "তন্ত্রী")


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


_PLACES_AND_ORGS = PLACE_NAMES | WELL_KNOWN_ORGS


@lru_cache(maxsize=_WORD_CACHE)
def _nominative_forms(word: str) -> frozenset[str]:
    """Every form a nominative of `word` can take, whatever the article knows: the word, a case
    stem, the word without a sure ending or without its last letter."""
    forms = {word, word[:-1], *case_stems(word)}
    place = _place_before_postposition(word)
    if place is not None:
        forms.add(place)  # ঢাকাস্থ
    if word.endswith(_EMPHATIC):
        forms.update(case_stems(word[:-1]))  # ভারতেই
    forms.update(word[: -len(e)].rstrip("-’' ") for e in _SURE_ENDINGS if word.endswith(e))
    return frozenset(forms)


@lru_cache(maxsize=_WORD_CACHE)
def _may_be_place(word: str) -> bool:
    """Could some nominative of `word` be a gazetteer place or organisation? A False here means no
    article evidence can make it one."""
    return not _nominative_forms(word).isdisjoint(_PLACES_AND_ORGS)


@lru_cache(maxsize=_WORD_CACHE)
def _may_start_place(word: str) -> bool:
    return word in _MULTIWORD_PLACES or _may_be_place(word)


def _multiword_places() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in PLACE_NAMES | WELL_KNOWN_ORGS:
        parts = tuple(name.split())
        if len(parts) > 1:
            index[parts[0]].append(parts)
    for parts_list in index.values():
        parts_list.sort(key=len, reverse=True)
    return dict(index)


_MULTIWORD_PLACES = _multiword_places()


# --------------------------------------------------------------------------------------------
# Well-known organisations and their acronyms (`core.lexicon.orgs`)
# --------------------------------------------------------------------------------------------

_OrgName = tuple[tuple[str, ...], frozenset[int]]  # a name's tokens, the organisations it may be


@dataclass(frozen=True)
class _OrganisationIndex:
    """The gazetteer's names as tokens (as `core.text` splits them: প্রাণ | - | আরএফএল গ্রুপ), so
    that a token is tried against the few names that can start there, longest first."""

    long: dict[tuple[str, str], list[_OrgName]]  # names of three tokens or more, by their first two
    short: dict[str, list[_OrgName]]  # names of one or two tokens, by their first
    words: dict[str, frozenset[int]]  # the one-word names (matched in any case form)
    ids: dict[str, frozenset[int]]  # every name's organisations by `name_key` (several: বিজেপি)


def _organisation_index() -> _OrganisationIndex:
    ids_of: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for number, names in enumerate(ORGANISATIONS):
        for name in names:
            ids_of[tuple(_TOKEN.findall(name))].add(number)
    long: dict[tuple[str, str], list[_OrgName]] = defaultdict(list)
    short: dict[str, list[_OrgName]] = defaultdict(list)
    by_key: dict[str, set[int]] = defaultdict(set)
    for parts, ids in ids_of.items():
        if len(parts) > 2:
            long[parts[0], parts[1]].append((parts, frozenset(ids)))
        else:
            short[parts[0]].append((parts, frozenset(ids)))
        by_key[name_key(" ".join(parts))].update(ids)
    for found in (*long.values(), *short.values()):
        found.sort(key=lambda name: -len(name[0]))
    words = {parts[0]: frozenset(ids) for parts, ids in ids_of.items() if len(parts) == 1}
    return _OrganisationIndex(dict(long), dict(short), words, {key: frozenset(ids) for key, ids in by_key.items()})


_ORGANISATIONS = _organisation_index()
_ORGANISATION_WORDS, _ORGANISATION_IDS = _ORGANISATIONS.words, _ORGANISATIONS.ids
_ORGANISATION_FIRST_WORDS = frozenset(first for first, _ in _ORGANISATIONS.long) | frozenset(_ORGANISATIONS.short)
# Every name of the gazetteers the rules test a phrase against, as written and as tokens joined by
# spaces (প্রাণ-আরএফএল গ্রুপ, প্রাণ - আরএফএল গ্রুপ).
_KNOWN_ORG_NAMES = WELL_KNOWN_ORGS | frozenset(name for names in ORGANISATIONS for name in names) \
    | frozenset(" ".join(p) for names in (*_ORGANISATIONS.long.values(), *_ORGANISATIONS.short.values()) for p, _ in names)
# Plural endings: "ইসলামী ব্যাংকগুলো" are Islamic banks, not the one named so. Bengali grammar.
_PLURAL_ENDINGS = frozenset({"গুলো", "গুলোর", "গুলি", "গুলির", "দের", "দেরও", "রা"})
# Hyphenated and apostrophised case endings written after a name (বিএনপি-এর, ডিএসই-তে).
_JOINED_ENDINGS = frozenset({"এর", "র", "কে", "তে", "এ", "ও"})


@lru_cache(maxsize=_WORD_CACHE)
def _may_start_organisation(word: str) -> bool:
    """Can a gazetteer organisation's name start at this word (as written, or a one-word name in
    a case form)?"""
    return word in _ORGANISATION_FIRST_WORDS or any(stem in _ORGANISATION_WORDS for stem in case_stems(word)[1:])


def _known_org_name(article: _Article, words: Sequence[str]) -> bool:
    """Do these words spell a well-known organisation (its last word in any case form)?"""
    return not _name_forms(article, words).isdisjoint(_KNOWN_ORG_NAMES)


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


# "of" carries an organisation's name on (ন্যাশনাল ব্যাংক অব পাকিস্তান, মেঘনা গ্রুপ অব ইন্ডাস্ট্রিজ).
_OF = frozenset({"অব", "অফ"})


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


# --------------------------------------------------------------------------------------------
# Well-known people (`core.lexicon.people`)
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=_WORD_CACHE)
def _folded(word: str) -> str:
    """The word with long and short i/u and chandrabindu folded (ইউনূস = ইউনুস, রিজভী = রিজভি): the
    gazetteer's names match in any of these spellings, as `name_key` does."""
    return word.translate(_KEY_FOLD)


def _people_index() -> dict[str, list[tuple[str, ...]]]:
    """The gazetteer's names of two tokens or more, folded, by their first token, longest first
    (মির্জা ফখরুল ইসলাম আলমগীর before মির্জা ফখরুল). One-word names are never matched alone."""
    index: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for names in PEOPLE:
        for name in names:
            parts = tuple(_folded(w) for w in _TOKEN.findall(name))
            if len(parts) > 1:
                index[parts[0]].add(parts)
    return {first: sorted(found, key=len, reverse=True) for first, found in index.items()}


_PEOPLE = _people_index()
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


@lru_cache(maxsize=50_000)
def _loose_key(word: str) -> str:
    """The consonant skeleton of a word, with the letters transliterations swap folded together:
    ভ্লাদিভোস্টক and ভ্লাদিভস্তোক -> ভলদভসতক. Vowels, য-ফলা and য় glides are dropped."""
    word = word.replace("য়", "").replace("\u09cd\u09af", "")
    return "".join(_LOOSE_FOLD.get(ch, ch) for ch in word if _is_consonant(ch))


def _is_consonant(ch: str) -> bool:
    return "\u0995" <= ch <= "\u09b9" or ch in "ড়ঢ়ৎং"


_LOOSE_FOLD = {"ট": "ত", "ঠ": "থ", "ড": "দ", "ঢ": "ধ", "ণ": "ন", "শ": "স", "ষ": "স", "ড়": "র", "ঢ়": "র",
               "ৎ": "ত", "ং": "ঙ", "য": "জ"}


def _loose_places() -> dict[str, str]:
    keys: dict[str, list[str]] = defaultdict(list)
    for name in GAZETTEER_PLACES - AMBIGUOUS_PLACE_NAMES:
        if " " not in name:
            keys[_loose_key(name)].append(name)
    return {k: v[0] for k, v in keys.items() if len(v) == 1 and len(k) >= 5}


_LOOSE_PLACES = _loose_places()


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


_OPENING_QUOTES = frozenset({"'", "‘", '"', "“"})
_CLOSING_QUOTES = frozenset({"'", "’", '"', "”"})


def _quoted_title_ends(article: _Article) -> set[int]:
    """The tokens of the name after "of" (অব, অফ) that closes a quoted phrase of a few words:
    'দ্য হিস্ট্রি অব চেঙ্গিস খান' is the title of a book (a film, a report) about someone, not a
    mention of them."""
    words = article.words
    out: set[int] = set()
    for link in article.positions(("অব", "অফ")):
        end = link + 1
        while end < len(words) and end - link <= 3 and _is_word(words[end]):
            end += 1
        if end == link + 1 or end >= len(words) or words[end] not in _CLOSING_QUOTES \
                or not article.same_sentence(link, end):
            continue
        for k in range(link - 1, max(link - 6, -1), -1):
            if words[k] in _OPENING_QUOTES:
                if k < link - 1 and article.same_sentence(k, link):
                    out.update(range(link + 1, end))
                break
            if not _is_word(words[k]):
                break
    return out


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


# --------------------------------------------------------------------------------------------
# One name, one entity
# --------------------------------------------------------------------------------------------

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


_DIVISION = "বিভাগ"

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


def _known_org_last_word(before: Sequence[str], last: str) -> str | None:
    """The form of `last` without its case ending that completes a gazetteer organisation's name
    after the words `before`, or None."""
    for stem in case_stems(last):
        if " ".join([*before, stem]) in _KNOWN_ORG_NAMES:
            return stem
    return None


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


# What separates the items of a list (and the dash or colon that opens one: "তালিকায় রয়েছে- …").
_ITEM_SEPARATORS = frozenset({",", "এবং", "ও", "-", ":", "।", ";"})
# How many organisations a list names before its other items are taken for organisations too.
_ORGANISATION_ITEMS = 2


# Heads of a unit named by two fields joined by ও (সরকার ও রাজনীতি বিভাগ, বৈদেশিক মুদ্রা ও নীতি
# বিভাগ, প্রতিবন্ধী সেবা ও সাহায্য কেন্দ্র): a department, a centre, a faculty, a directorate.
_TWO_FIELD_HEADS = frozenset({"বিভাগ", "কেন্দ্র", "অনুষদ", "ইনস্টিটিউট", "অধিদপ্তর", "অধিদফতর"})
# What follows কেন্দ্র when it means "centring on" (উৎসবকে কেন্দ্র করে), not a centre.
_CENTRING_VERBS = frozenset({"করে", "করেই", "করা", "করি", "করেছে"})


def _two_field_units(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A unit named by two fields joined by ও is one organisation, though ও ends names elsewhere:
    "জাহাঙ্গীরনগর বিশ্ববিদ্যালয়ের সরকার ও রাজনীতি বিভাগের অধ্যাপক", "বাংলাদেশ ব্যাংকের বৈদেশিক মুদ্রা ও
    নীতি বিভাগ", "। প্রতিবন্ধী সেবা ও সাহায্য কেন্দ্রের কর্মকর্তা". The first field (one or two words)
    opens a sentence or follows an organisation in the genitive (its parent); the second is one
    word; no word of either is in a case form, and nothing of it is a name found already."""
    words = article.words
    covered = _covered(spans)
    out = list(spans)
    for k in article.positions(("ও",)):
        head = k + 2
        if head >= len(words) or not article.same_sentence(k, head) or head in covered or k + 1 in covered \
                or not any(f in _TWO_FIELD_HEADS for f in case_stems(words[head])) \
                or (head + 1 < len(words) and words[head + 1] in _CENTRING_VERBS) \
                or not _field_word(article, words[k + 1]):
            continue
        _cut_parent_at_genitive(article, covered, k)
        for size in (1, 2):
            start = k - size
            if start < 0 or not all(_field_word(article, w) for w in words[start:k]) \
                    or any(m in covered for m in range(start, k)):
                break
            parent = covered.get(start - 1)
            if not article.same_sentence(start - 1, start) or not _is_word(words[start - 1]) \
                    or parent is not None and parent.type == "ORG" and parent.end == start and _genitive(words[start - 1]):
                out.append(_Span(start, head + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
                covered.update(_covered(out[-1:]))
                break
    return sorted(out, key=lambda s: s.start)


def _cut_parent_at_genitive(article: _Article, covered: dict[int, _Span], end: int) -> None:
    """The tagger's organisation that ends at `end` (before ও) may run a parent in the genitive and
    the unit's first field together ("বাংলাদেশ ব্যাংকের বৈদেশিক মুদ্রা | ও নীতি বিভাগ"): cut it after
    its genitive, when one or two field words follow it, so the unit can be found."""
    span = covered.get(end - 1)
    if span is None or span.type != "ORG" or span.end != end:
        return
    words = article.words
    for start in (end - 1, end - 2):
        if span.start < start - 1 and _genitive(words[start - 1]) \
                and all(_field_word(article, w) for w in words[start:end]):
            span.end = start
            for m in range(start, end):
                del covered[m]
            return


def _bare_word(article: _Article, word: str) -> bool:
    """A word as a name holds it: letters, no leading digit, no case ending."""
    return _is_word(word) and not word[0].isdigit() and not article.inflected(word)


def _field_word(article: _Article, word: str) -> bool:
    return _bare_word(article, word) and word not in _CONJUNCTIONS


def _company_list_items(article: _Article, spans: list[_Span]) -> list[_Span]:
    """An item of a list of organisations that the tagger missed is an organisation too: the stock
    exchange's daily report lists the most traded companies ("তালিকায় রয়েছে- রহিমা ফুড, সিমটেক্স
    ইন্ডাস্ট্রিজ, স্কয়ার ফার্মাসিউটিক্যালস, …, সায়হান কটন এবং ফাইন ফুডস"). An item of two or three
    words beside an organisation of the list, in a sentence whose list has two organisations or
    more of two words or more (not লজিস্টিকস ও সাপ্লাই চেইন, fields of trade), each item exactly one
    name; words that are no ordinary words, titles, numbers or case forms."""
    words = article.words
    covered = _covered(spans)
    by_start = {s.start: s for s in spans}
    items_of: dict[int, list[tuple[int, int]]] = defaultdict(list)
    start = 0
    for k in range(len(words) + 1):
        if k == len(words) or words[k] in _ITEM_SEPARATORS or not article.same_sentence(start, k):
            if k > start:
                items_of[article.sentence_of[start]].append((start, k))
            start = k + 1 if k < len(words) and words[k] in _ITEM_SEPARATORS else k
    out = list(spans)
    for items in items_of.values():
        named = [(a, b) for a, b in items
                 if b - a > 1 and a in by_start and by_start[a].end == b and by_start[a].type == "ORG"]
        if len(named) < _ORGANISATION_ITEMS:
            continue
        for i, (a, b) in enumerate(items):
            beside = {items[j] for j in (i - 1, i + 1) if 0 <= j < len(items)}
            if 2 <= b - a <= 3 and beside & set(named) and not any(m in covered for m in range(a, b)) \
                    and all(_company_word(article, w) for w in words[a:b]):
                out.append(_Span(a, b, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


def _company_word(article: _Article, word: str) -> bool:
    return _bare_word(article, word) \
        and not (word in article.lexicon.common and word not in article.lexicon.names) \
        and word not in NAME_STOP_WORDS and not is_title(word)


def _players_given_names() -> frozenset[str]:
    """The given names the sports pages call the gazetteer's players by (রিশাদ of রিশাদ হোসেন), and
    their short forms (`PLAYERS_SHORT_NAMES`: মোস্তাফিজ of মোস্তাফিজুর রহমান), folded. Not a word
    that ends or sits inside anyone's name in the gazetteer (শেখ of নাঈম শেখ, সাকিব of তানজিম
    সাকিব): it may be a surname there."""
    first = {name.split()[0] for names in (*BANGLADESH_CRICKET, *BANGLADESH_SPORT, *WORLD_CRICKET, *WORLD_FOOTBALL,
                                           *WORLD_SPORT) for name in names if " " in name}
    later = {w for names in PEOPLE for name in names for w in name.split()[1:]}
    return frozenset(w.translate(_KEY_FOLD) for w in (first - later - PLAYERS_NAMES_ALSO_WORDS) | PLAYERS_SHORT_NAMES
                     if len(w) > 2)


_PLAYERS_GIVEN_NAMES = _players_given_names()
# Words of a match report (the article is about a game): cricket and football, from the sports
# reports of the project's corpus.
_SPORTS_CUES = _SIDE_CUES | {"উইকেট", "ম্যাচ", "ক্রিকেট", "ক্রিকেটার", "ফুটবল", "ফুটবলার", "গোল", "রান", "টেস্ট",
                             "বিপিএল", "লিগ", "ওভার", "ছক্কা", "বোলিং", "ব্যাটিং"}
# How many cue words make an article a sports report.
_SPORTS_CUE_COUNT = 3


def _players_by_given_name(article: _Article, spans: list[_Span]) -> list[_Span]:
    """In a sports report a gazetteer player's given name alone is that player ("আবার রিশাদও বিগ
    ব্যাশ খেলছে", "মুস্তাফিজের দুর্দান্ত ফর্ম"), though the article never writes the full name for
    the tagger to learn it from. Not a word the corpus uses as an ordinary word (কেন, "why"), a
    place, a word glued to another by a hyphen, or a word next to another name word or opening a
    gazetteer name (সাদিও মানে): that is a longer name, the tagger's or the gazetteer's to find."""
    words = article.words
    lexicon = article.lexicon
    candidates = [k for k, w in enumerate(words) if _folded(article.nominative(w)) in _PLAYERS_GIVEN_NAMES]
    if not candidates or sum(any(f in _SPORTS_CUES for f in case_stems(w)) for w in words) < _SPORTS_CUE_COUNT:
        return spans
    covered = _covered(spans)
    out = list(spans)
    for k in candidates:
        stem = article.nominative(words[k])
        if k in covered or stem in lexicon.common or stem in PLACE_NAMES or _glued(article, k) \
                or _opens_gazetteer_name(article, k) \
                or any(0 <= j < len(words) and article.same_sentence(j, k) and _name_word(article, words[j])
                       for j in (k - 1, k + 1)):
            continue
        out.append(_Span(k, k + 1, "PERSON", "person", RULE_CONFIDENCE["person"]))
    return sorted(out, key=lambda s: s.start)


def _glued(article: _Article, k: int) -> bool:
    """Is token k written against the word before it, with no space or mark between?"""
    return article.joined(k) and _is_word(article.words[k - 1])


def _opens_gazetteer_name(article: _Article, k: int) -> bool:
    """Do token k and the word after it open a name of the people gazetteer (সাদিও | মানে)?"""
    if k + 1 >= len(article.words):
        return False
    following = {_folded(article.words[k + 1]), _folded(article.nominative(article.words[k + 1]))}
    return any(parts[1] in following for parts in _PEOPLE.get(_folded(article.nominative(article.words[k])), ()))


def _name_word(article: _Article, word: str) -> bool:
    """A given name or surname the lexicon knows, as written or in the nominative (not the model's
    wider name words, which hold club names' words: দুর্দান্ত of দুর্দান্ত ঢাকা)."""
    return word in article.lexicon.names or article.nominative(word) in article.lexicon.names


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


# Dependent vowel signs and the virama: what two spellings of one name most often differ by.
_VOWEL_SIGNS = "ািীুূৃেৈোৌ্"
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


# The head words that end only a company's name, never a person's.
_COMPANY_HEADS = frozenset({"ইন্টারন্যাশনাল", "লিমিটেড", "এন্টারপ্রাইজ", "এন্টারপ্রাইজেস", "ট্রেডার্স", "ট্রেডিং",
                            "ইন্ডাস্ট্রিজ", "গ্রুপ", "কর্পোরেশন", "করপোরেশন", "কোম্পানি"})
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


# First words shared by many names (মোহাম্মদ আলী, আব্দুল হামিদ): never a mention alone.
_NAME_PREFIX_WORDS = _GIVEN_NAME_OPENERS | frozenset({
    "শেখ", "সৈয়দ", "মীর", "কাজী", "খন্দকার", "এ", "এম", "এস", "কে", "আল", "উত্তর", "দক্ষিণ",
    "পূর্ব", "পশ্চিম", "বাংলাদেশ", "জাতীয়", "নিউ", "মির্জা", "হাজী", "মৌলভী",
})

_HEAD_FORMS = _ORG_HEADS | _LOC_HEADS
_NAME_CONTINUING_HEADS = _ORG_HEADS | _STRONG_LOC_HEADS | WEAK_LOC_HEAD_WORDS | ADMIN_HEAD_WORDS


def _continues_name(article: _Article, end: int) -> bool:
    return _continues_a_name(article.words[end]) and article.same_sentence(end - 1, end)


@lru_cache(maxsize=_WORD_CACHE)
def _continues_a_name(word: str) -> bool:
    return nominative(word, known=_HEAD_FORMS) in _NAME_CONTINUING_HEADS


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


def _surface_words(surface: str) -> list[str]:
    text = re.sub(r"\s*([-’'])\s*", r"\1", surface.strip())
    return [w for w in text.split() if w]
