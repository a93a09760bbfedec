"""Public helpers: canonical names, name keys and editor decisions (`canonical_name`, `name_key`,
`nominative`, `is_title`, `is_honorific`, `Decision`, `apply_decisions`).

Separate because they are pure functions of a string or an entity list, needing no model and no
article: the archive-wide registry (`db.registry`) and the rules alike use them to recognise one
name in its case forms (কিমের -> কিম) and spellings (রশীদ = রশিদ).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Container, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from core.entities.tunables import (
    _AFTER_VOWEL_ENDINGS,
    _BUILTIN_KNOWN,
    _GENITIVE_R_AFTER,
    _KEY_FOLD,
    _KEY_SEPARATORS,
    _PARTICLES,
    _PRONOUNS,
    _SURE_ENDINGS,
    DECISION_ACTIONS,
)
from core.lexicon.names import (
    NAME_HONORIFICS,
    NAME_LIKE_TITLES,
    NOT_TITLES,
    PERSON_TITLES,
    PLACE_NAMES,
    RULE_PERSON_TITLES,
    RULE_TITLE_ENDINGS,
    TITLE_ENDINGS,
)
from core.models import ENTITY_TYPES, Entity
from core.text import case_stems


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


def _is_consonant(ch: str) -> bool:
    return "\u0995" <= ch <= "\u09b9" or ch in "ড়ঢ়ৎং"


def _surface_words(surface: str) -> list[str]:
    text = re.sub(r"\s*([-’'])\s*", r"\1", surface.strip())
    return [w for w in text.split() if w]
