"""Tokens of a unit (`_Tok`, `_tokenize`) and the word classes the walks ask about: case (objective,
locative, genitive: `_strip_case`, `_strip_genitive`), verb-likeness, roles (`_role_of`), documents,
predicates and narrative verbs.

Separate because each test reads one word or a window of tokens and nothing of speakers, so noun
phrases, clauses and the extractor share them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from core.lexicon import speech as lx
from core.quotes.tunables import _MASK, MAX_DOCUMENT_MODIFIERS
from core.quotes.vocabulary import (
    _ABBREV,
    _ADDRESS,
    _COMMON_CONVERBS,
    _DOCUMENT_MODIFIERS,
    _DOCUMENTS,
    _GEN_PRONOUNS,
    _GROUP_SUBJECTS,
    _HONORIFIC_A_VERBS,
    _LIGHT_VERBS,
    _NARRATIVE_VERB_ENDINGS,
    _NOT_SOURCES,
    _NOT_SUBJECTS_WITH_PARTICLE,
    _NOT_VERBS_EN,
    _PERSONAL_PRONOUNS,
    _PREDICATE_WORDS,
    _ROLE_WORDS,
    _SINGULAR,
    _SPEECH_VERBS,
    _TOKEN_RE,
    _VERB_ENDINGS,
    _WORD_START,
)


class _Tok:
    """A token of the masked text: a word, a punctuation mark, or a whole masked quotation."""

    __slots__ = ("text", "start", "end", "is_word", "is_quote", "ends_name", "name_start", "starts_name", "place")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.is_quote = text[0] == _MASK
        self.is_word = not self.is_quote and bool(_WORD_START.match(text))
        # the last word of a person's or organisation's name as written in the nominative (আলমগীর),
        # which a genitive in -র only looks like; set once the article's entities are known
        self.ends_name = False
        self.name_start = -1  # where an organisation's name ending here starts (… জামায়াতে ইসলামী)
        self.starts_name = False  # a name the tagger found starts here (the initial এ of এ জেড এম …)
        self.place = False  # the word is a whole place's mention (সাভারে, ঢাকায়)


def _tokenize(masked: str, start: int, end: int) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN_RE.finditer(masked, start, end):
        word = m.group()
        if (word == "." or word == ":" and out and out[-1].text in {"মো", "মি", "ডা", "ড"}) and out \
                and out[-1].text in _ABBREV and out[-1].end == m.start():
            prev = out.pop()
            out.append(_Tok(prev.text + word, prev.start, m.end()))
            continue
        out.append(_Tok(word, m.start(), m.end()))
    return out


# Names that end like a plural objective (-দের): "জি এম কাদের বলেন", "মি. কাদের বিবিসিকে বলেছেন",
# "ওবায়দুল কাদের বলেছিলেন" (the corpus has 9 such speakers, all কাদের; none is the interrogative).
_NAMES_LIKE_OBJECTIVES = frozenset({"কাদের"})


def _is_objective(word: str) -> bool:
    """Addressee or object (-কে, -দের): বিবিসি বাংলাকে, সাংবাদিকদের."""
    return len(word) > 3 and word.endswith(("কে", "কেও", "কেই", "দের", "দেরকে", "েরকে", "দেরও")) and \
        word not in {"থেকে", "দিকে", "থেকেও", "থেকেই"} and word not in _GROUP_SUBJECTS and \
        word not in _NAMES_LIKE_OBJECTIVES and \
        not (word.endswith("দের") and _org_word(word[:-2]))  # অনেকে is a subject, কাদের a name, পরিষদের a genitive


def _is_locative(word: str) -> bool:
    """Place, time or document (-এ/-তে/-য়): অনুষ্ঠানে, সভায়, বিজ্ঞপ্তিতে, পোস্টে, ঘরে."""
    if len(word) < 3 or word in _COMMON_CONVERBS or word in _GROUP_SUBJECTS or word in _ROLES_IN_E:
        return False
    if word.endswith(("তে", "তেও", "তেই", "-এ", "’তে", "ায়", "ায়ও", "য়ে")):
        return len(word) >= 5 or word.endswith(("তে", "-এ"))
    return word.endswith(("ে", "েও", "েই"))


# Role words that end like a locative: "শেখ হাসিনার ছেলে বলেন" (son), ভাগনে, জেলে.
_ROLES_IN_E = frozenset(w for w in lx.ROLE_WORDS if w.endswith("ে"))


def _is_address(word: str) -> bool:
    """A form of address (মি., মিজ, ড.), written with its full stop or without it (মি মাহমুদ)."""
    return word in _ADDRESS or word.rstrip(".") + "." in _ADDRESS


def _after_address(toks: list[_Tok], k: int, floor: int) -> bool:
    """Is token k a surname after a form of address ("মি. খন্দকার বিবিসি বাংলাকে বলেন")? Then it is
    a name, however much it ends like a genitive (-র), not the owner of what follows."""
    return k > floor and _is_address(toks[k - 1].text)


def _is_genitive(word: str) -> bool:
    """Ends in -র/-এর (রাশিয়ার, কিমের); a conjunct র (স্বরাষ্ট্র, রাষ্ট্র) is no case ending."""
    core = word[:-1] if word.endswith(("রও", "রই")) else word
    return core.endswith("র") and len(core) > 2 and core[-2] != "\u09cd"


def _is_verb_like(word: str) -> bool:
    """A finite verb or copula by its ending (করবে, হয়েছে, বলছেন); দায়িত্বে (্বে) is no future, nor
    প্রেসক্লাবে (a noun in -ব, in the locative)."""
    if word in _SPEECH_VERBS or word in _LIGHT_VERBS or word in _PREDICATE_WORDS:
        return True
    if len(word) <= 3 or not word.endswith(_VERB_ENDINGS):
        return False
    if word.endswith(_B_LOCATIVES):
        return False
    return not (word.endswith(("বে", "বেন")) and word[-3 if word.endswith("বে") else -4] == "\u09cd")


_B_LOCATIVES = tuple(noun + "ে" for noun in lx.NOUNS_IN_B)


def _is_adjective(word: str) -> bool:
    """Adjectives and demonyms cannot head a noun phrase (ভারতীয়, রাশিয়ান, মার্কিন)."""
    return word.endswith(("ীয়", "ভিত্তিক")) or word in {"মার্কিন", "রাশিয়ান", "জাপানি", "ভারতীয়", "চীনা",
                                                          "মহান", "পরম", "সর্বশক্তিমান", "দয়াময়"}


@lru_cache(maxsize=65536)
def _role_of(word: str) -> str | None:
    """The role word a token ends with (পররাষ্ট্রমন্ত্রী -> মন্ত্রী), case endings allowed."""
    bases = [word, _strip_genitive(word)] if _is_genitive(word) else [word]
    for plural in ("েরা", "রা"):
        if word.endswith(plural) and len(word) - len(plural) >= 3:
            bases.append(word[: -len(plural)])  # বিশ্লেষকরা, কর্মকর্তারা
    for base in bases:
        # the longest role word the base ends with: one match of the reversed base against the
        # reversed role words (longest first), instead of an endswith per role word
        m = _ROLE_SUFFIX.match(base[::-1])
        if m is not None:
            role = m.group()[::-1]
            if len(base) == len(role) or len(role) >= 3:
                return role
    return None


_ROLE_SUFFIX = re.compile("|".join(re.escape(r[::-1]) for r in _ROLE_WORDS))


def _role_base(word: str) -> str:
    """A role word without a genitive ending (সংগঠকের -> সংগঠক), but কিপার stays কিপার."""
    if _ROLE_SUFFIX.match(word[::-1]) is not None:  # it ends in a role word
        return word
    return _strip_genitive(word) if _is_genitive(word) else word


def _strip_genitive(word: str) -> str:
    """The nominative of a word known to be genitive: রাজীব হায়দারের -> হায়দার, বিটিএমএর -> বিটিএমএ,
    বিশ্লেষকদের -> বিশ্লেষকরা."""
    if word.endswith("দের") and len(word) > 4 and word not in _GEN_PRONOUNS and (
            _role_of(word[:-3]) or word[:-3] + "রা" in lx.GROUP_WORDS or word[-4] in "াীূ"):
        return word[:-3] + "রা"  # a plural (বিশ্লেষকদের, নেতাদের), not আহমেদের
    return _without_genitive_ending(word)


_CONSONANT = re.compile("[\u0995-\u09b9\u09dc-\u09df]")
_VOWEL_LETTERS = frozenset("অআইঈউঊঋএঐওঔ")
_YER = "য\u09bcের"  # -য়ের as NFC writes it (য and the nukta, two code points)


def _without_genitive_ending(word: str) -> str:
    """The word without its genitive ending, never read as a plural: সংবাদের -> সংবাদ (a newspaper,
    not সংবা + দের), বণিক বার্তার -> বার্তা, প্রথম আলোর -> আলো."""
    if word.endswith("এর") and len(word) > 4 and (_CONSONANT.fullmatch(word[-3]) or word[-3] in _VOWEL_LETTERS):
        # an acronym that ends in the letter এ takes -র: বিটিএমএর -> বিটিএমএ, বিজিএমইএর -> বিজিএমইএ (a
        # consonant's genitive would be written -ের, বিটিএমের; a vowel's -র or -য়ের)
        return word[:-1]
    if word.endswith(_YER) and len(word) - len(_YER) >= 2 and word[-len(_YER) - 1] in _VOWEL_LETTERS:
        # a word ending in a vowel letter takes -য়ের: এফবিসিসিআইয়ের -> এফবিসিসিআই, ইইউয়ের -> ইইউ,
        # ভাইয়ের -> ভাই (after a vowel sign it may be the stem's own য়: উপায়ের, বিদায়ের)
        return word[:-len(_YER)]
    for suffix in ("েরও", "েরই", "’এর", "'এর", "-এর", "-র", "’র", "'র", "এর", "ের", "রও", "রই",
                   "র"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def _document_nominative(word: str) -> str | None:
    """A document word in the locative without its ending (পরিকল্পনায় -> পরিকল্পনা, চুক্তিতে -> চুক্তি,
    সংবিধানে -> সংবিধান), or None when it is not one."""
    for ending in ("য়ে", "য়", "তে", "ে"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem.startswith(_DOCUMENTS) and len(stem) >= 3:
            return stem
    return None


def _document_modifiers_start(toks: list[_Tok], document: int) -> int:
    """Where the words that say which document it is start: its owner in the genitive, a quantifier,
    an adjective ("ফেসবুকের কিছু পোস্টে", "সামাজিক মাধ্যমের পোস্টে"), not a time or a place before it."""
    j = document
    while j > 0 and document - j < MAX_DOCUMENT_MODIFIERS:
        w = toks[j - 1]
        if not w.is_word or not (_is_genitive(w.text) and w.text not in _GEN_PRONOUNS and w.text not in _NOT_SOURCES
                                 or w.text in _DOCUMENT_QUANTIFIERS or _is_adjective(w.text) or w.text.endswith("িক")):
            break
        j -= 1
    return j


# A press conference or briefing (in the locative) whose holder tells what a passive cue reports.
_PRESS_EVENTS = frozenset({"সম্মেলনে", "ব্রিফিংয়ে", "ব্রিফিংএ"})
# The indefinite article between a document and its owner: "জাতিসংঘের এক প্রতিবেদনে".
_ONE = frozenset({"এক", "একটি"})
# Quantifiers before a document: "কিছু পোস্টে", "বিভিন্ন প্রতিবেদনে".
_DOCUMENT_QUANTIFIERS = frozenset({"কিছু", "বিভিন্ন", "কয়েকটি", "একাধিক", "অনেক", "সব"})


def _strip_case(word: str) -> str:
    """Nominative of a speaker word in any case (objective, emphatic): তিনিও -> তিনি, আলমও -> আলম."""
    for suffix in ("কেও", "কে", "েরও", "েরই", "ও", "ই"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2 and word not in _PERSONAL_PRONOUNS:
            return word[: -len(suffix)]
    return word


def _org_word(word: str) -> bool:
    base = _strip_genitive(word) if _is_genitive(word) else word
    return base in lx.ORGANISATION_WORDS or base.endswith(("মন্ত্রণালয়", "অধিদপ্তর", "বিভাগ", "কমিশন", "পরিষদ"))


def _no_subject_word(word: str) -> bool:
    """A word the walk back from a speech verb may stop at that is nobody: the modifier of a document
    named after it ("… সাম্প্রতিক এক প্রতিবেদনে বলেছে") or a time word or pronoun with a particle
    ("… অবশ্য এও বলেন", "… কালও বলেছেন")."""
    return word in _DOCUMENT_MODIFIERS or _particle_base(word) in _NOT_SUBJECTS_WITH_PARTICLE


def _particle_base(word: str) -> str | None:
    """The word an emphatic particle (ও 'also', ই 'just') is attached to: কালও -> কাল; else None."""
    return word[:-1] if len(word) > 1 and word.endswith(("ও", "ই")) else None


def _is_predicate(word: str) -> bool:
    """A word that can end a content clause: a finite verb or a copula/negation (… ঠিক নয় বলেছে)."""
    return word in _PREDICATE_WORDS or _is_verb_like(word) or (
        len(word) > 3 and word.endswith(("নি", "য়নি")) and word not in _SINGULAR)  # (তিনি is no negation)


def _narrative_verb(word: str) -> bool:
    """A finite verb of the narrative: the honorific simple present that news text uses for past
    events (জমা দেন, রাত্রিযাপন করেন, মারা যান) and the past (… যোগ দিলেন, … করেছিলেন, … পড়েছিল);
    not the perfect or progressive (করেছেন, করছেন), which speech uses as much."""
    if word in _NOT_VERBS_EN or word.endswith("ছেন"):
        return False
    return len(word) > 2 and word.endswith(_NARRATIVE_VERB_ENDINGS) or word in _HONORIFIC_A_VERBS


def _has_words(toks: list[_Tok], i: int, j: int, n: int) -> bool:
    """At least n words (or quotations) in toks[i:j], looking no further than needed."""
    count = 0
    for idx in range(i, min(j, len(toks))):
        t = toks[idx]
        if t.is_word or t.is_quote:
            count += 1
            if count >= n:
                return True
    return False


def _squash(s: str) -> str:
    return " ".join(s.split())
