"""The article as the rules see it, and the per-model lexicon it is read with.

`_Span` (a candidate mention in tokens), `_Lexicon` (what the rules ask about a word, worked out
once per word and model: `_lexicon_of`), `_Article` (tokens, tags, sentences and the word flags
that let each rule visit only the tokens that can start it: `_Article.at`), and what building
them needs: the small word tests (`_is_word`, `_bare_nominative`, `_head_kind`, `_acronym_stem`,
…), the multiword places, and the indexes of the gazetteers (`core.lexicon.orgs`,
`core.lexicon.people`) the flags are computed from.

Separate because every step after tokenising reads an `_Article`; the per-process caches
(`_LEXICONS`, the `lru_cache`s) live here once.
"""
from __future__ import annotations

import re
import weakref
from collections import defaultdict
from collections.abc import Collection, Container
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from core.entities.canonical import (
    _EMPHATIC,
    _is_consonant,
    _place_before_postposition,
    is_honorific,
    is_title,
    name_key,
    nominative,
)
from core.entities.tunables import _KEY_FOLD, _LATIN_ACRONYM, _ORG_HEADS, _RIVER_HEADS, _SURE_ENDINGS
from core.lexicon.names import (
    ADMIN_HEAD_WORDS,
    AMBIGUOUS_PLACE_NAMES,
    BANGLADESHI_GIVEN_NAMES,
    CITY_AREAS,
    DEMONYMS,
    EXTRA_SURNAMES,
    GAZETTEER_PLACES,
    GENERIC_NOT_ENTITIES,
    LATIN_NON_ORG,
    LATIN_PLACES,
    LOC_HEAD_WORDS,
    NAME_LIKE_TITLES,
    NAME_STOP_WORDS,
    NON_ORG_ACRONYMS,
    PLACE_NAMES,
    WEAK_LOC_HEAD_WORDS,
    WELL_KNOWN_ORGS,
)
from core.lexicon.orgs import ORGANISATIONS
from core.lexicon.people import PEOPLE
from core.lexicon.speech import SPEECH_VERBS
from core.ner import (
    DEFAULT_MODEL_PATH,
    DEFAULT_PLACES_PATH,
    DEFAULT_UPAZILAS_PATH,
    NerModel,
    _spells_letters,
    letter_acronym,
    place_names,
)
from core.text import WORD_PATTERN, case_stems


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


# The tokens of `core.text.tokens`, read straight off the text without building Token records.
_TOKEN = re.compile(WORD_PATTERN + r"|\S")


_LOCATIVE = ("ে", "তে", "য়")


# Finite verb endings (perfect, progressive, first person past): জিতেছে, করেছেন, আসছিলেন, যাচ্ছে,
# শিখেছি, তাকিয়েছিলাম. Bengali grammar.
_VERB_ENDINGS = ("েছে", "েছেন", "েছিল", "েছিলেন", "চ্ছে", "চ্ছেন", "চ্ছিল", "ছিলেন", "েছি", "ছিলাম", "েছিলাম",
                 # the honorific present progressive of a root ending in a consonant: লড়ছেন, করছেন, বলছেন
                 "ছেন")


_WORD_START = re.compile(r"[\w\u0980-\u09FF]")


@lru_cache(maxsize=_WORD_CACHE)
def _is_word(text: str) -> bool:
    return bool(_WORD_START.match(text))


@lru_cache(maxsize=_WORD_CACHE)
def _bare_nominative(word: str) -> str:
    """`nominative` without what an article or the model knows (gazetteers and head words only)."""
    return nominative(word)


_GENITIVE = ("ের", "এর", "র")


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


def _is_plural(word: str) -> bool:
    return word.endswith(("গুলো", "গুলি", "গুলোর", "গুলির", "গুলোকে", "গুলিকে", "গুলোতে", "গুলিতে", "সমূহ", "সমূহের"))


_STRONG_LOC_HEADS = frozenset({
    "স্টেডিয়াম", "অ্যারেনা", "স্টেশন", "বিমানবন্দর", "উদ্যান", "পার্ক", "প্লাজা", "চত্বর", "স্কয়ার",
    "এভিনিউ", "সেতু", "দ্বীপ", "বন্দর", "মহাসড়ক", "নদী",
}) & LOC_HEAD_WORDS | {"অ্যাভিনিউ"} | _RIVER_HEADS  # the corpus spells it both ways (মানিক মিয়া অ্যাভিনিউ)


# "মনে করেন রাজা", "যোগ করেন তিনি": a noun and করেন make a verb of thinking or saying.
_THINKING_VERBS = frozenset({"করেন", "করলেন", "করেছেন", "করেছিলেন"})


_SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
# বলে is also the complementiser "that": not a speech verb on its own.
_SPEECH_VERBS_BUT_BOLE = _SPEECH_VERB_SET - {"বলে"}


# The classifiers of a counted or definite common noun (তথ্যটি, ঘটনাটা).
_CLASSIFIERS = ("টি", "টা")


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


@lru_cache(maxsize=_WORD_CACHE)
def _may_start_organisation(word: str) -> bool:
    """Can a gazetteer organisation's name start at this word (as written, or a one-word name in
    a case form)?"""
    return word in _ORGANISATION_FIRST_WORDS or any(stem in _ORGANISATION_WORDS for stem in case_stems(word)[1:])


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


@lru_cache(maxsize=50_000)
def _loose_key(word: str) -> str:
    """The consonant skeleton of a word, with the letters transliterations swap folded together:
    ভ্লাদিভোস্টক and ভ্লাদিভস্তোক -> ভলদভসতক. Vowels, য-ফলা and য় glides are dropped."""
    word = word.replace("য়", "").replace("\u09cd\u09af", "")
    return "".join(_LOOSE_FOLD.get(ch, ch) for ch in word if _is_consonant(ch))


_LOOSE_FOLD = {"ট": "ত", "ঠ": "থ", "ড": "দ", "ঢ": "ধ", "ণ": "ন", "শ": "স", "ষ": "স", "ড়": "র", "ঢ়": "র",
               "ৎ": "ত", "ং": "ঙ", "য": "জ"}


def _loose_places() -> dict[str, str]:
    keys: dict[str, list[str]] = defaultdict(list)
    for name in GAZETTEER_PLACES - AMBIGUOUS_PLACE_NAMES:
        if " " not in name:
            keys[_loose_key(name)].append(name)
    return {k: v[0] for k, v in keys.items() if len(v) == 1 and len(k) >= 5}


_LOOSE_PLACES = _loose_places()


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
