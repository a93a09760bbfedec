"""People, organisations and places in one article: the CRF's spans, news-text rules, one entity per name.

    entities(text, model=load_model())  ->  [Entity(name="কিম জং উন", type="PERSON",
                                                    mentions=(Mention(…, "কিম জং উন"), Mention(…, "কিমের"), …),
                                                    aliases=("কিম",)), …]

Steps, in order (each a small function below):
1. the CRF tags every sentence (`NerModel.tag`);
2. rules add what a CRF alone misses in news text:
   - a title or role right before a name makes it a person (প্রেসিডেন্ট ভ্লাদিমির পুতিন,
     ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ, অধ্যাপক …);
   - an organisation head word ends an organisation name (স্বরাষ্ট্র মন্ত্রণালয়, বাংলাদেশ ক্রিকেট বোর্ড),
     a stadium/station/park head word ends a place name (সিলেট আন্তর্জাতিক স্টেডিয়াম);
   - acronyms are organisations: Latin capitals (TASS) and letter-name spellings (বিএনপি, বিসিবি);
     "full name (acronym)" makes the acronym an alias of the full name;
   - the subject of a speech verb (… বলেছেন) is a person or an organisation, not a place,
     unless it is a known country or city (a country as actor stays LOC);
   - a country/city/district from the gazetteer is a place even where the model missed it;
   - demonyms (রাশিয়ান, মার্কিন) and generic nouns (সরকার, দেশ) are not entities;
3. one name, one entity: every mention is reduced to its nominative name (case ending and
   honorific dropped, `canonical_name`); shorter names merge into the full name they are part of
   (পেসকভ -> দিমিত্রি পেসকভ, কিম -> কিম জং উন, বিসিবি -> বাংলাদেশ ক্রিকেট বোর্ড); then every other
   occurrence of a known name or its case forms in the article becomes a mention too;
4. editor decisions, when given, override the result (`apply_decisions`).

The helpers `canonical_name`, `name_key` and `apply_decisions` are pure and are what the archive-wide
registry uses to recognise the same entity across articles.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from core.lexicon.names import (
    AMBIGUOUS_PLACE_NAMES,
    DEMONYMS,
    GAZETTEER_PLACES,
    GENERIC_NOT_ENTITIES,
    GOVERNMENT_HEAD_WORDS,
    LATIN_NON_ORG,
    LATIN_PLACES,
    LETTER_NAMES,
    LOC_HEAD_WORDS,
    NAME_HONORIFICS,
    NAME_STOP_WORDS,
    NON_ORG_ACRONYMS,
    NOT_TITLES,
    ORG_DESCRIPTORS,
    ORG_HEAD_WORDS,
    ORG_LEADING_WORDS,
    PERSON_TITLES,
    PLACE_NAMES,
    TITLE_ENDINGS,
    WELL_KNOWN_ORGS,
)
from core.lexicon.speech import SPEECH_VERBS
from core.models import ENTITY_TYPES, Entity, Mention, Span, Token
from core.ner import NerModel, _spells_letters, letter_acronym
from core.text import case_stems, tokens
from core.text import sentences as split_sentences

# Labels of the tagger -> entity types of the records.
_TYPE_OF_LABEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

# Case endings that only ever are endings on a name (কিমের, রাশিয়াকে, হানিশেদের); the short ones
# (র, ে, ই, ও, য়, তে, রা) are also the last letters of many names (হায়দার, রাসেল), so they are
# stripped only when the stem is known.
_SURE_ENDINGS: tuple[str, ...] = tuple(sorted({
    "ের", "এর", "কে", "কেও", "কেই", "দের", "য়ের", "েরও", "েরই", "এরও", "এরই", "য়েরও", "তেও",
    "-এর", "-র", "-কে", "-তে", "-এ", "-ও", "’র", "'র", "’এর", "'এর", "’য়ের", "গুলোর", "দেরও", "তে", "তেই",
}, key=len, reverse=True))
# Vowel signs after which a final র is the genitive ending far more often than part of the name
# (শোইগুর, পেসকভের is handled above): names end in -ুর/-োর rarely, in -ার/-ির/-ীর often.
_GENITIVE_R_AFTER = "ুূোৌ"
# Endings that follow a vowel (হানিশেদের, উইংয়ের); after a consonant the same letters are -ের.
_AFTER_VOWEL_ENDINGS = frozenset({"দের", "দেরও", "য়ের", "য়েরও", "তে", "তেই"})
# Name forms known without looking at the article: places and the head words of names.
_BUILTIN_KNOWN = PLACE_NAMES | ORG_HEAD_WORDS | LOC_HEAD_WORDS

_LATIN_ACRONYM = re.compile(r"[A-Z][A-Z&.]*[A-Z]\.?")
_KEY_SEPARATORS = re.compile(r"[\s\-‐‑–—_.·,;:'’‘\"“”()\[\]]+")
# Spelling variants folded by `name_key`: long and short i/u (রশীদ/রশিদ), and chandrabindu.
_KEY_FOLD = str.maketrans({"ী": "ি", "ূ": "ু", "ঁ": None})

# Confidence given to what each rule finds, and the model's floor (its marginals are used above it).
RULE_CONFIDENCE = {"acronym": 0.8, "head": 0.75, "title": 0.8, "gazetteer": 0.7, "speech": 0.7,
                   "alias": 0.75, "propagated": 0.6}
DECISION_ACTIONS = ("rename", "retype", "merge", "reject")


# --------------------------------------------------------------------------------------------
# Public helpers: canonical names, keys, decisions
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=100_000)
def is_title(word: str) -> bool:
    """প্রেসিডেন্ট, মুখপাত্র, পররাষ্ট্রমন্ত্রী: a role word that can stand before a person's name."""
    if word in NOT_TITLES:
        return False
    return word in PERSON_TITLES or any(word.endswith(e) and len(word) > len(e) + 1 for e in TITLE_ENDINGS)


@lru_cache(maxsize=20_000)
def is_honorific(word: str) -> bool:
    """বেগম, মওলানা, ড., ডা.: dropped from canonical names (মো. is kept)."""
    return word in NAME_HONORIFICS or word.rstrip(".") in NAME_HONORIFICS or word + "." in NAME_HONORIFICS


def nominative(word: str, *, known: Container[str] = (), vocabulary: Container[str] = (),
               names: Container[str] = ()) -> str:
    """A name word without its case ending: কিমের -> কিম, রাশিয়াকে -> রাশিয়া, হায়দার -> হায়দার.

    A stem that is `known` (attested on its own in the article) or in the gazetteers wins; a word
    in `names` (given names, surnames) stays as it is. Otherwise sure endings (-ের, -কে, -এর, -তে
    after a vowel, -দের/-য়ের after a vowel …) are stripped, and -র after ু ূ ো ৌ (শোইগুর -> শোইগু);
    the short ones (-র, -ে, -ও …) end too many names (হায়দার, রাসেল) to strip blindly. With a
    `vocabulary` (words of the news corpus), a word the corpus knows keeps an ending whose stem
    the corpus does not know (কাদের, জাবের, মোহাম্মদপুর are names, not কা + দের).
    """
    if word in _BUILTIN_KNOWN or word in names:
        return word
    stems = sorted(case_stems(word)[1:], key=len)  # shortest first: the longest ending
    for stem in stems:
        if stem in _BUILTIN_KNOWN:
            return stem
    for stem in stems:
        # a known stem, but not one so short that the "ending" is half the word (ভারতেও is not ভার + তেও)
        if stem in known and len(stem) >= 0.6 * len(word):
            return stem
    stem = _plain_nominative(word)
    doubtful = word.endswith(tuple(_AFTER_VOWEL_ENDINGS)) or stem == word[:-1]
    if doubtful and vocabulary and word in vocabulary and stem not in vocabulary:
        return word
    return stem


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
    if word.endswith("র") and len(word) > 3 and word[-2] in _GENITIVE_R_AFTER and not word.endswith(("পুর", "নুর")):
        return word[:-1]
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


@dataclass
class _Article:
    """The article as the rules see it: tokens, sentence ids, tags."""

    text: str
    toks: list[Token]
    sentence_of: list[int]
    tags: list[str] = field(default_factory=list)
    confidence: list[float] = field(default_factory=list)
    vocabulary: Container[str] = ()
    names: Container[str] = ()
    attested: frozenset[str] = frozenset()
    shared: dict[str, str] | None = None  # the model's cache of article-independent answers
    _nominatives: dict[str, str] = field(default_factory=dict)

    def nominative(self, word: str) -> str:
        """`nominative` with what this article and the model know: কিমের -> কিম beside কিম,
        বিএনপির -> বিএনপি (the corpus knows বিএনপি), কাদের stays (the corpus knows it as a word)."""
        found = self._nominatives.get(word)
        if found is None:
            stems = case_stems(word)[1:]
            if self.shared is not None and not any(st in self.attested and st not in self.vocabulary for st in stems):
                # nothing this article attests changes the answer: share it across articles
                found = self.shared.get(word)
                if found is None:
                    found = self.shared[word] = self._nominative(word)
            else:
                found = self._nominative(word)
            self._nominatives[word] = found
        return found

    def _nominative(self, word: str) -> str:
        return _acronym_stem(word) or nominative(word, known=_Either(self.attested, self.vocabulary),
                                                 vocabulary=self.vocabulary, names=self.names)

    def inflected(self, word: str) -> bool:
        return self.nominative(word) != word

    def words(self, start: int, end: int) -> list[str]:
        return [t.text for t in self.toks[start:end]]

    def joined(self, i: int) -> bool:
        """True when token i touches token i-1 (no space between): হো-জিন, রিয়ং-এর."""
        return i > 0 and self.toks[i - 1].end == self.toks[i].start

    def same_sentence(self, i: int, j: int) -> bool:
        return 0 <= i < len(self.toks) and 0 <= j < len(self.toks) and self.sentence_of[i] == self.sentence_of[j]


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
    article = _tokenize(text, spans)
    article.vocabulary = model.lexicon.clusters
    article.names = _Either(model.lexicon.given_names, model.lexicon.surnames)
    article.attested = frozenset(t.text for t in article.toks)
    article.shared = getattr(model, "nominative_cache", None)
    _tag(article, model)
    candidates = _model_spans(article, model)
    candidates = _apply_rules(article, candidates, model)
    found = _merge(article, candidates, model)
    if decisions:
        found = apply_decisions(found, decisions)
    return found


def _tokenize(text: str, spans: Sequence[Span]) -> _Article:
    toks: list[Token] = []
    sentence_of: list[int] = []
    for index, span in enumerate(spans):
        found = tokens(text, span.start, span.end)
        toks.extend(found)
        sentence_of.extend([index] * len(found))
    return _Article(text, toks, sentence_of)


def _tag(article: _Article, model: NerModel) -> None:
    tags: list[str] = []
    confidence: list[float] = []
    start = 0
    n = len(article.toks)
    while start < n:
        end = start
        while end < n and article.sentence_of[end] == article.sentence_of[start]:
            end += 1
        words = article.words(start, end)
        sentence_tags = model.tag(words)
        tags.extend(sentence_tags)
        confidence.extend([1.0] * len(words))
        start = end
    article.tags = tags
    article.confidence = confidence


def _model_spans(article: _Article, model: NerModel) -> list[_Span]:
    out: list[_Span] = []
    current: _Span | None = None
    for i, tag in enumerate(article.tags):
        label = tag[2:] if tag != "O" else ""
        continues = (current is not None and tag.startswith("I-") and _TYPE_OF_LABEL.get(label) == current.type
                     and article.same_sentence(i - 1, i))
        if continues and current is not None:
            current.end = i + 1
            continue
        if current is not None:
            out.append(current)
            current = None
        if label in _TYPE_OF_LABEL:
            current = _Span(i, i + 1, _TYPE_OF_LABEL[label], "model", 0.7)
    if current is not None:
        out.append(current)
    out = [piece for span in out for piece in _split(article, span)]
    out = [s for s in (_trim(article, s) for s in out) if s is not None]
    return _trim_common(article, out, model)


def _trim_common(article: _Article, spans: list[_Span], model: NerModel) -> list[_Span]:
    """Drop an ordinary word the model ran a person's name into (কিম ঘন ঘন: "frequently") when the
    name without it is the start of another person name in the article (কিম জং উন)."""
    names = [tuple(article.words(s.start, s.end)) for s in spans if s.type == "PERSON"]
    common = model.lexicon.common_words
    out = []
    for span in spans:
        words = article.words(span.start, span.end)
        if span.type == "PERSON" and len(words) > 1 and words[-1] in common \
                and not _person_word(words[-1], model):
            shorter = tuple(words[:-1])
            if any(n[:len(shorter)] == shorter and n != tuple(words) for n in names):
                span = replace(span, end=span.end - 1)
        out.append(span)
    return out


def _split_after_head(article: _Article, span: _Span) -> list[_Span]:
    """An organisation's name ends at its head word when what follows is no name of its own:
    বাংলাদেশ কাবাডি ফেডারেশন | জাতীয় কাবাডি চ্যাম্পিয়নশিপের."""
    if span.type != "ORG":
        return [span]
    for i in range(span.start, span.end - 1):
        word = article.toks[i].text
        if word in ORG_HEAD_WORDS and i > span.start \
                and nominative(article.toks[span.end - 1].text) not in ORG_HEAD_WORDS:
            return [replace(span, end=i + 1)]
    return [span]


def _split(article: _Article, span: _Span) -> list[_Span]:
    """Cut a model span at words no name contains (ও, এবং, -ভিত্তিক) and cut an inflected place
    off the end of a person (কিম জং উন রাশিয়ায় -> কিম জং উন + রাশিয়ায়)."""
    pieces: list[_Span] = []
    start = span.start
    for i in range(span.start, span.end):
        word = article.toks[i].text
        if word in _SPAN_BREAKERS or (word in NAME_STOP_WORDS and span.type != "ORG"):
            if i > start:
                pieces.append(replace(span, start=start, end=i))
            start = i + 1
        elif i + 1 < span.end and word not in PLACE_NAMES and (nominative(word) in PLACE_NAMES
                                                               or _acronym_stem(word) not in (None, word)):
            pieces.append(replace(span, start=start, end=i + 1))  # ঢাকার | গুলশানে
            start = i + 1
    if start < span.end:
        pieces.append(replace(span, start=start, end=span.end))
    pieces = [p for piece in pieces for p in _split_after_head(article, piece)]
    out = []
    for piece in pieces:
        words = article.words(piece.start, piece.end)
        if len(words) == 3 and words[1] == "-" and words[2].isdigit() and words[0] in PLACE_NAMES:
            piece.type = "LOC"  # বগুড়া-৭: a constituency
        if piece.end - piece.start == 1 and nominative(article.toks[piece.start].text) in PLACE_NAMES:
            piece.type = "LOC"
        last = article.toks[piece.end - 1].text
        if piece.type == "PERSON" and piece.end - piece.start > 1 and last not in PLACE_NAMES \
                and nominative(last) in PLACE_NAMES:
            out.append(replace(piece, end=piece.end - 1))
            out.append(replace(piece, start=piece.end - 1, type="LOC"))
        else:
            out.append(piece)
    return out


_LETTER_NAMES = frozenset(LETTER_NAMES)

# Words that end a name wherever the model puts them: "-ভিত্তিক" (ওয়াশিংটন-ভিত্তিক স্টিমসন সেন্টার).
_SPAN_BREAKERS = frozenset({"ভিত্তিক", "ও", "এবং", "বা", "সহ", "নামে", "নামের", "বনাম", "নাতি", "নাতনি", "ছেলে",
                            "মেয়ে", "স্ত্রী", "স্বামী", "পুত্র", "কন্যা"})


def _trim(article: _Article, span: _Span) -> _Span | None:
    """Drop punctuation, titles and demonyms at the edges of a span; None when nothing is left."""
    start, end = span.start, span.end
    while start < end and (not _is_word(article.toks[start].text) or is_title(article.toks[start].text)
                           or article.toks[start].text in DEMONYMS or _generic(article.toks[start].text)):
        start += 1
    while end > start and (not _is_word(article.toks[end - 1].text) or _generic(article.toks[end - 1].text)
                           or (end - start > 1 and is_title(article.nominative(article.toks[end - 1].text)))):
        end -= 1
    if start >= end:
        return None
    return replace(span, start=start, end=end)


def _generic(word: str) -> bool:
    return any(f in _EDGE_GENERIC for f in case_stems(word))


# Generic nouns the model runs into the edge of a name: "চট্টগ্রাম-৮ আসন", "আসনে সংসদ".
_EDGE_GENERIC = frozenset({"আসন", "এলাকা", "সংসদীয়", "সরকার", "নির্বাচন"})


_WORD_START = re.compile(r"[\w\u0980-\u09FF]")


def _is_word(text: str) -> bool:
    return bool(_WORD_START.match(text))


# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------

def _apply_rules(article: _Article, spans: list[_Span], model: NerModel) -> list[_Span]:
    spans = _extend_joined(article, spans)
    spans = _resolve(spans + _acronyms(article) + _head_words(article, spans, model) + _teams(article, spans, model))
    spans = _titles(article, spans, model)
    spans = _speech_subjects(article, spans, model)
    spans = _resolve(spans + _gazetteer_places(article, spans, model))
    return [s for s in spans if not _not_an_entity(article, s, model)]


def _extend_joined(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A name written on into a hyphenated case ending or second part (রিয়ং-এর, হো-জিন) is one mention."""
    out = []
    n = len(article.toks)
    for span in spans:
        end = span.end
        while end + 1 < n and article.toks[end].text in "-’'" and article.joined(end) and article.joined(end + 1) \
                and _is_word(article.toks[end + 1].text) and article.toks[end + 1].text not in _SPAN_BREAKERS:
            end += 2
        out.append(replace(span, end=end))
    return out


def _acronyms(article: _Article) -> list[_Span]:
    """Latin capitals (TASS, BBC) and Bengali letter-name acronyms (বিএনপি, বিসিবি) as organisations."""
    out = []
    for i, tok in enumerate(article.toks):
        word = tok.text
        if word.isascii():
            if _LATIN_ACRONYM.fullmatch(word) and len(word) >= 2 and word not in LATIN_NON_ORG:
                kind = "LOC" if word in LATIN_PLACES else "ORG"
                out.append(_Span(i, i + 1, kind, "acronym", RULE_CONFIDENCE["acronym"]))
            continue
        stem = _acronym_stem(word)
        if stem is not None:
            out.append(_Span(i, i + 1, "ORG", "acronym", RULE_CONFIDENCE["acronym"]))
    return out


@lru_cache(maxsize=50_000)
def _acronym_stem(word: str) -> str | None:
    """The acronym in `word` (বিএনপির -> বিএনপি) when it is an organisation acronym, else None."""
    for stem in case_stems(word):
        if stem in NON_ORG_ACRONYMS or is_title(stem):
            return None
        if letter_acronym(stem) and _spells_letters(stem) >= 3:
            return stem
    return None


def _head_words(article: _Article, spans: list[_Span], model: NerModel) -> list[_Span]:
    """Organisation (… মন্ত্রণালয়, … বোর্ড) and place (… স্টেডিয়াম, … স্টেশন) names ending in a head word.

    The name grows leftwards from the head (`_name_start`). A government head (মন্ত্রণালয়, পরিষদ)
    makes a name with one ordinary word before it (প্রতিরক্ষা মন্ত্রণালয়); other heads need a
    name-like word (বাংলাদেশ ক্রিকেট বোর্ড, not ফুটবল লিগ). A unit owned by a named organisation
    (বাফুফের মিডিয়া ডিপার্টমেন্ট, বিএনপির স্থায়ী কমিটি) is part of it, not a new name.
    """
    covered = _covered(spans)
    common = model.lexicon.common_words
    people = {w for s in spans if s.type == "PERSON" for w in article.words(s.start, s.end)}
    out = []
    for i, tok in enumerate(article.toks):
        if _is_plural(tok.text):
            continue  # সংস্থাগুলির: agencies in general, not a named one
        head = nominative(tok.text)
        kind = "ORG" if head in ORG_HEAD_WORDS else "LOC" if head in _STRONG_LOC_HEADS else None
        if kind is None:
            continue
        start = _name_start(article, i, covered, common, model, people, ordinary_limit=2 if kind == "LOC" else 1)
        if start == i or _is_description(article, start, i):
            continue
        named = [k for k in range(start, i) if k in covered or _name_like(article, article.toks[k].text, model)]
        government = head in GOVERNMENT_HEAD_WORDS or kind == "LOC"
        opening = article.toks[start].text in ORG_LEADING_WORDS and i - start >= 2
        if not named and not government and not opening:
            continue  # ফুটবল লিগ, ক্রীড়া ফেডারেশন: generic
        if not government and i - start <= 1 and _owned_by_organisation(article, start, covered):
            continue
        out.append(_Span(start, i + 1, kind, "head", RULE_CONFIDENCE["head"]))
    return out


def _name_like(article: _Article, word: str, model: NerModel) -> bool:
    """A word that looks like (part of) a name: a known name, place or acronym, a word whose
    corpus cluster is mostly names, or a word the news corpus has not seen."""
    return _known_name(word, model) or word in model.lexicon.name_words or word not in article.vocabulary


def _owned_by_organisation(article: _Article, start: int, covered: Mapping[int, _Span]) -> bool:
    """Is the word before `start` an organisation in the genitive (বাফুফের, বিএনপির)?"""
    k = start - 1
    if k < 0 or not article.same_sentence(k, start):
        return False
    word = article.toks[k].text
    if not article.inflected(word):
        return False
    span = covered.get(k)
    return (span is not None and span.type == "ORG") or _acronym_stem(word) is not None


def _name_start(article: _Article, head: int, covered: Mapping[int, _Span], common: Collection[str],
                model: NerModel, people: Collection[str] = (), *, ordinary_limit: int = 1) -> int:
    """Where a name ending in the head word at `head` starts (== head when it has no modifier).

    Leftwards from the head: the model's name right before it (cut after a genitive inside it),
    else at most one ordinary word; then name-like words only (a word the model tagged, a known
    name or place, a word that is not ordinary vocabulary), or one opening adjective (জাতীয়).
    Punctuation, stop words, words in a case form and a person before an ordinary word stop it.
    """
    start = head
    ordinary = 0
    before = covered.get(head - 1)
    if before is not None and before.rule == "model" and before.type != "PERSON" \
            and article.same_sentence(before.start, head):
        start = before.start
        for k in range(before.start, head - 1):
            if article.inflected(article.toks[k].text):
                start = k + 1  # বাফুফের | মিডিয়া ডিপার্টমেন্ট
        ordinary = 1
    while start > 0 and article.same_sentence(start - 1, head) and head - start < 6:
        k = start - 1
        word = article.toks[k].text
        if not _name_part(article, word):
            break
        span = covered.get(k)
        if start != head and ((span is not None and span.type == "PERSON") or word in people):
            break  # কিম | অর্থনৈতিক ফোরামে; but জিয়া উদ্যান is named after a person
        if span is not None or _known_name(word, model) or word not in common:
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
    return start


def _teams(article: _Article, spans: list[_Span], model: NerModel) -> list[_Span]:
    """A city followed by an English plural is a team or club: সিলেট টাইটান্স, রংপুর রাইডার্সের."""
    covered = _covered(spans)
    common = model.lexicon.common_words
    out = []
    for i in range(len(article.toks) - 1):
        word, following = article.toks[i].text, article.toks[i + 1].text
        span = covered.get(i)
        place = word in PLACE_NAMES or (span is not None and span.type == "LOC" and span.start == span.end - 1 == i)
        if not place or not article.same_sentence(i, i + 1) or following in common:
            continue
        team = nominative(following)
        if len(team) >= 4 and team.endswith("স") and team not in common and team not in PLACE_NAMES \
                and _is_word(team) and not team.isascii():
            out.append(_Span(i, i + 2, "ORG", "head", RULE_CONFIDENCE["head"]))
    return out


def _is_plural(word: str) -> bool:
    return word.endswith(("গুলো", "গুলি", "গুলোর", "গুলির", "গুলোকে", "গুলিকে", "গুলোতে", "গুলিতে", "সমূহ", "সমূহের"))


def _is_description(article: _Article, start: int, head: int) -> bool:
    """রাশিয়ান সংবাদ সংস্থা, TASS বার্তা সংস্থা: a generic descriptor names no organisation."""
    words = tuple(article.words(start, head)) + (nominative(article.toks[head].text),)
    if all(w in DEMONYMS for w in words[:-1]):
        return True
    return any(words[-len(d):] == d for d in ORG_DESCRIPTORS)


_STRONG_LOC_HEADS = frozenset({
    "স্টেডিয়াম", "অ্যারেনা", "স্টেশন", "বিমানবন্দর", "উদ্যান", "পার্ক", "প্লাজা", "চত্বর", "স্কয়ার",
    "এভিনিউ", "সেতু", "দ্বীপ", "বন্দর", "মহাসড়ক",
}) & LOC_HEAD_WORDS


def _name_part(article: _Article, word: str) -> bool:
    """Can this word sit inside a multi-word name (before its head word)? Not punctuation, a number,
    a stop word, a title or a generic noun, and not in a case form (আসনে, কোরিয়ার)."""
    if not _is_word(word) or word in NAME_STOP_WORDS or is_title(word):
        return False
    if word[0].isdigit():
        return False
    if any(f in _EDGE_GENERIC for f in case_stems(word)):
        return False
    return not article.inflected(word) or word in PLACE_NAMES


def _known_name(word: str, model: NerModel) -> bool:
    lexicon = model.lexicon
    stem = nominative(word)
    return (stem in PLACE_NAMES or stem in lexicon.given_names or stem in lexicon.surnames
            or _acronym_stem(word) is not None or word.isascii())


def _covered(spans: Iterable[_Span]) -> dict[int, _Span]:
    out: dict[int, _Span] = {}
    for span in spans:
        for i in range(span.start, span.end):
            out[i] = span
    return out


def _titles(article: _Article, spans: list[_Span], model: NerModel) -> list[_Span]:
    """A name right after a title or role is a person: প্রেসিডেন্ট ভ্লাদিমির পুতিন, মুখপাত্র দিমিত্রি পেসকভ.

    A span the model typed ORG/LOC becomes PERSON unless it is a known place; where the model found
    nothing, the following words that are known given names or surnames make the name.
    """
    starts = {s.start: s for s in spans}
    covered = _covered(spans)
    out = list(spans)
    for i, tok in enumerate(article.toks):
        if not is_title(tok.text):
            continue
        j = i + 1
        while j < len(article.toks) and is_honorific(article.toks[j].text) and article.same_sentence(i, j):
            j += 1
        if j < len(article.toks) and article.toks[j].text == "." and article.same_sentence(i, j):
            j += 1  # the full stop of ড.
        initials = j
        while initials < len(article.toks) and initials - j < 4 and article.same_sentence(i, initials) \
                and (article.toks[initials].text in _LETTER_NAMES or article.toks[initials].text == "."):
            initials += 1
        if initials > j and initials in starts and starts[initials].type == "PERSON":
            starts[initials].start = j  # সভাপতি এ মতিন চৌধুরী: the initial belongs to the name
            starts[j] = starts.pop(initials)
            covered = _covered(out)
        span = starts.get(j)
        if span is not None:
            if span.type != "PERSON" and span.rule == "model" and not _is_place(article, span):
                span.type = "PERSON"
                span.rule = "title"
                span.confidence = RULE_CONFIDENCE["title"]
            continue
        if j in covered or j >= len(article.toks) or not article.same_sentence(i, j):
            continue
        end = j
        while end < len(article.toks) and article.same_sentence(j, end) and end - j < 5 and end not in covered:
            word = article.toks[end].text
            if word == "-" and end > j and end + 1 < len(article.toks) and article.joined(end) \
                    and article.joined(end + 1) and _title_name_word(article.toks[end + 1].text, model):
                end += 1  # হো-জিন: a hyphenated part of the name
                continue
            if not _title_name_word(word, model):
                break
            end += 1
            if article.inflected(word):
                break  # a case ending closes the name: প্রেসিডেন্ট ভ্লাদিমির পুতিনের | সাথে
        if end - j == 1 and not _person_word(article.toks[j].text, model) \
                and article.nominative(article.toks[j].text) in article.vocabulary:
            continue  # সদস্য পদত্যাগ: one ordinary word of the news vocabulary, not a name
        if end > j:
            out.append(_Span(j, end, "PERSON", "title", RULE_CONFIDENCE["title"]))
    return out


def _title_name_word(word: str, model: NerModel) -> bool:
    """Can this word after a title be part of the name? A known given name or surname, or any word
    that is not ordinary vocabulary, a place, a title, a demonym or a number."""
    if not _is_word(word) or word[0].isdigit() or word in DEMONYMS or is_honorific(word) or word in SPEECH_VERBS:
        return False
    if any(f in NAME_STOP_WORDS or is_title(f) or f in GENERIC_NOT_ENTITIES for f in case_stems(word)):
        return False
    if _person_word(word, model):
        return True
    return word not in model.lexicon.common_words and nominative(word) not in PLACE_NAMES \
        and _acronym_stem(word) is None and not word.isascii()


def _person_word(word: str, model: NerModel) -> bool:
    if not _is_word(word) or word in NAME_STOP_WORDS or is_title(word) or word in DEMONYMS:
        return False
    stem = nominative(word)
    lexicon = model.lexicon
    return stem in lexicon.given_names or stem in lexicon.surnames or word in lexicon.given_names \
        or word in lexicon.surnames


def _speech_subjects(article: _Article, spans: list[_Span], model: NerModel) -> list[_Span]:
    """The name right before a speech verb speaks: a person or an organisation.

    Bengali news gives people the honorific verb (বলেছেন, জানান: ending in -ন) and organisations and
    countries the plain one (বলেছে, জানিয়েছে, জানায়). So a place-typed name before an honorific verb
    is a person, and a person-typed name before a plain verb is an organisation ("ক্রেমলিন বলেছে"),
    unless it is a known place (a country as actor stays LOC) or a known given name.
    """
    ends = {s.end: s for s in spans}
    covered = _covered(spans)
    common = model.lexicon.common_words
    for i, tok in enumerate(article.toks):
        if tok.text not in SPEECH_VERBS or tok.text == "বলে":
            continue  # বলে is also the complementiser "that"
        span = ends.get(i)
        if span is None and tok.text.endswith("ন"):
            found = _unknown_speaker(article, i, covered, model)
            if found is not None:
                spans.append(found)
                covered = _covered(spans)
            continue
        if span is None or span.rule == "title" or _is_place(article, span):
            continue
        words = article.words(span.start, span.end)
        if len(words) == 1 and nominative(words[0]) in common:
            continue  # মিডিয়া জানিয়েছে: a generic noun the model mistook for a name
        honorific = tok.text.endswith("ন")
        if honorific and span.type == "LOC":
            new_type = "ORG" if nominative(words[-1]) in ORG_HEAD_WORDS else "PERSON"
        elif not honorific and span.type == "PERSON" and len(words) == 1 \
                and not _person_word(words[0], model):
            new_type = "ORG"
        else:
            continue
        span.type = new_type
        span.rule = "speech"
        span.confidence = RULE_CONFIDENCE["speech"]
    return spans


def _unknown_speaker(article: _Article, verb: int, covered: Mapping[int, _Span], model: NerModel) -> _Span | None:
    """লুকা বলেন: a name-like word the model missed, right before an honorific speech verb, is a person."""
    end = verb
    start = end
    while start > 0 and end - start < 3 and article.same_sentence(start - 1, verb) and (start - 1) not in covered \
            and _title_name_word(article.toks[start - 1].text, model) \
            and len(case_stems(article.toks[start - 1].text)) == 1:
        start -= 1
    if start == end:
        return None
    return _Span(start, end, "PERSON", "speech", RULE_CONFIDENCE["speech"])


def _is_place(article: _Article, span: _Span) -> bool:
    words = article.words(span.start, span.end)
    name = " ".join(words[:-1] + [nominative(words[-1], known=PLACE_NAMES)])
    return name in PLACE_NAMES or nominative(words[-1]) in _STRONG_LOC_HEADS


def _gazetteer_places(article: _Article, spans: list[_Span], model: NerModel) -> list[_Span]:
    """Countries, regions, big cities and Bangladesh districts the model missed (রাশিয়াকে, চীনে).

    A single word that is not ordinary vocabulary also matches a gazetteer place spelt differently
    (ভ্লাদিভোস্টক for CLDR's ভ্লাদিভস্তোক) when their consonant skeletons agree (`_loose_key`).
    """
    covered = _covered(spans)
    out = []
    i = 0
    n = len(article.toks)
    while i < n:
        found = 0 if i in covered else _place_at(article, i, covered, model)
        if found:
            words = article.words(i, i + found)
            name = " ".join(words[:-1] + [article.nominative(words[-1])])
            kind = "ORG" if name in WELL_KNOWN_ORGS else "LOC"
            out.append(_Span(i, i + found, kind, "gazetteer", RULE_CONFIDENCE["gazetteer"]))
            i += found
        else:
            i += 1
    return out


def _place_at(article: _Article, i: int, covered: Mapping[int, _Span], model: NerModel) -> int:
    """The number of words of the gazetteer place starting at token i (0 when none)."""
    word = article.toks[i].text
    for parts in _MULTIWORD_PLACES.get(word, ()):
        end = i + len(parts)
        if end <= len(article.toks) and not any(k in covered for k in range(i, end)) \
                and article.same_sentence(i, end - 1) and article.words(i, end - 1) == list(parts[:-1]) \
                and parts[-1] in case_stems(article.toks[end - 1].text):
            return len(parts)
    if word in DEMONYMS:
        return 0
    if article.nominative(word) in PLACE_NAMES or article.nominative(word) in WELL_KNOWN_ORGS \
            or _loose_place(word, model):
        return 1
    return 0


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


def _loose_place(word: str, model: NerModel) -> bool:
    if not _is_word(word) or word in model.lexicon.common_words or word.isascii():
        return False
    key = _loose_key(nominative(word))
    return len(key) >= 5 and key in _LOOSE_PLACES


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
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), rank(s)))
    for span in ordered:
        cells = set(range(span.start, span.end))
        if cells & taken:
            continue
        chosen.append(span)
        taken |= cells
    return sorted(chosen, key=lambda s: s.start)


def _not_an_entity(article: _Article, span: _Span, model: NerModel) -> bool:
    """Spans that name nothing: demonyms, generic nouns, titles, a lone name prefix (মো), ordinary
    words the model tagged, English sentences, and "X নির্বাচন" (an election, not an organisation)."""
    words = article.words(span.start, span.end)
    if all(w in DEMONYMS or article.nominative(w) in DEMONYMS for w in words):
        return True
    if len(words) == 1:
        forms = case_stems(words[0])
        if any(f in GENERIC_NOT_ENTITIES or f in NON_ORG_ACRONYMS or f in NAME_STOP_WORDS or is_title(f)
               for f in forms) or is_honorific(words[0]):
            return True
        if span.type != "LOC" and words[0] in AMBIGUOUS_PLACE_NAMES and span.rule != "model":
            return True
        if span.type == "PERSON" and (words[0] in _NAME_PREFIX_WORDS or words[0] in _LETTER_NAMES):
            return True
        if article.nominative(words[0]) in _STRONG_LOC_HEADS or article.nominative(words[0]) in ORG_HEAD_WORDS:
            return True  # প্লাজা, বিশ্ববিদ্যালয় alone: a head word without its name
    if span.rule == "model" and all(w in model.lexicon.common_words or not _is_word(w) for w in words) \
            and not any(_person_word(w, model) or _known_name(w, model) for w in words):
        return True  # কবুল করুন, সোশ্যাল মিডিয়া: ordinary words
    latin = [w for w in words if w.isascii() and _is_word(w)]
    if latin and (len(latin) > 2 or any(w[0].islower() for w in latin)):
        return True  # an English phrase quoted in the article
    following = article.toks[span.end].text if span.end < len(article.toks) else ""
    if span.type == "ORG" and following.startswith("নির্বাচন") and article.same_sentence(span.end - 1, span.end):
        return True  # জাতীয় সংসদ নির্বাচন: the election
    return " ".join(words[:-1] + [article.nominative(words[-1])]) in GENERIC_NOT_ENTITIES


# --------------------------------------------------------------------------------------------
# One name, one entity
# --------------------------------------------------------------------------------------------

@dataclass
class _Group:
    name_words: list[str]  # nominative words of the fullest name
    mentions: list[_Span]
    types: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    aliases: list[str] = field(default_factory=list)


def _merge(article: _Article, spans: list[_Span], model: NerModel) -> list[Entity]:
    known = _known_forms(article, spans, model)
    named = [(s, _mention_name(article, s, known)) for s in spans]
    named = [(s, n) for s, n in named if n]
    groups = _group(article, named)
    _propagate(article, groups, known)
    return [_entity(article, g) for g in sorted(groups, key=lambda g: min(m.start for m in g.mentions))]


def _known_forms(article: _Article, spans: list[_Span], model: NerModel) -> frozenset[str]:
    """Forms attested on their own in this article (কিম beside কিমের), and the given names and surnames
    of the model's lexicon: a case ending is stripped down to one of these first."""
    attested = {t.text for t in article.toks}
    return frozenset(attested) | model.lexicon.given_names | model.lexicon.surnames


def _mention_name(article: _Article, span: _Span, known: Collection[str]) -> list[str]:
    words = [w for w in article.words(span.start, span.end)]
    # join hyphen/apostrophe pieces back into the written word (হো-জিন, রিয়ং-এর)
    joined: list[str] = []
    for k, w in enumerate(words):
        if joined and article.joined(span.start + k) and (w in "-’'" or joined[-1].endswith(("-", "’", "'"))):
            joined[-1] += w
        else:
            joined.append(w)
    joined = [w for w in joined if _is_word(w) or w.endswith(".")]
    # drop leading honorifics (বেগম খালেদা জিয়া) and the full stop of ড.
    while len(joined) > 1 and (is_honorific(joined[0]) or joined[0] == "."):
        joined = joined[1:]
    if not joined:
        return []
    last = joined[-1]
    for ending in ("-এর", "-র", "-কে", "-তে", "-এ", "-ও", "’র", "'র", "’এর", "'এর"):
        if last.endswith(ending) and len(last) > len(ending) + 1:
            last = last[: -len(ending)]
            break
    else:
        last = article.nominative(last)
    joined[-1] = last
    return joined


def _group(article: _Article, named: list[tuple[_Span, list[str]]]) -> list[_Group]:
    """Mentions with the same name form one group; a shorter name joins the full name it is part of."""
    by_key: dict[tuple[str, ...], _Group] = {}
    order = sorted(named, key=lambda sn: (-len(sn[1]), sn[0].start))
    groups: list[_Group] = []
    for span, words in order:
        key = tuple(name_key(w) for w in words)
        group = by_key.get(key)
        if group is None:
            group = _find_host(groups, key, span)
        if group is None:
            group = _Group(list(words), [])
            groups.append(group)
        elif key != tuple(name_key(w) for w in group.name_words):
            alias = " ".join(words)
            if alias not in group.aliases:
                group.aliases.append(alias)
        by_key[key] = group
        group.mentions.append(span)
        group.types[span.type] += _weight(span)
    _acronym_aliases(article, groups)
    return [g for g in groups if g.mentions]


def _weight(span: _Span) -> float:
    return span.confidence + (0.3 if span.rule in ("title", "head", "acronym", "speech") else 0.0)


def _find_host(groups: list[_Group], key: tuple[str, ...], span: _Span) -> _Group | None:
    """The group whose fuller name contains this one: its last word(s) (পেসকভ), or for people its
    first word (কিম জং উন), or its words after a leading title-like part (আব্দুর রশিদ)."""
    hosts = []
    for group in groups:
        full = tuple(name_key(w) for w in group.name_words)
        if len(full) <= len(key):
            continue
        kind = _top_type(group)
        if kind == "PERSON" and (full[-len(key):] == key or full[:len(key)] == key):
            hosts.append(group)
        elif kind == "ORG" and len(key) >= 2 and full[-len(key):] == key:
            hosts.append(group)
    if len(hosts) == 1:
        return hosts[0]
    before = [(max((m.start for m in g.mentions if m.start < span.start), default=-1), g) for g in hosts]
    before = [(at, g) for at, g in before if at >= 0]
    if before:
        return max(before, key=lambda ag: ag[0])[1]  # the person named last before this mention
    return None


def _acronym_aliases(article: _Article, groups: list[_Group]) -> None:
    """"বাংলাদেশ ক্রিকেট বোর্ড (বিসিবি)": the acronym's group joins the full name's group."""
    group_of: dict[int, _Group] = {}
    for group in groups:
        for span in group.mentions:
            group_of[span.end] = group
            group_of[-span.start - 1] = group  # start marker
    toks = article.toks
    for group in list(groups):
        if not group.mentions:
            continue
        for span in list(group.mentions):
            i = span.start
            if not (i >= 2 and toks[i - 1].text == "(" and i + 1 < len(toks) and toks[i + 1].text == ")"
                    and span.end == i + 1):
                continue
            host = group_of.get(i - 1)
            if host is None or host is group or len(host.name_words) < 2:
                continue
            host.mentions.extend(group.mentions)
            for kind, weight in group.types.items():
                host.types[kind] += weight
            alias = " ".join(group.name_words)
            if alias not in host.aliases:
                host.aliases.append(alias)
            host.aliases.extend(a for a in group.aliases if a not in host.aliases)
            group.mentions = []
            break


def _propagate(article: _Article, groups: list[_Group], known: Collection[str]) -> None:
    """Every other occurrence of a found name (or its case forms) in the article is a mention."""
    taken: set[int] = {i for g in groups for s in g.mentions for i in range(s.start, s.end)}
    forms: dict[str, list[tuple[tuple[str, ...], _Group]]] = defaultdict(list)
    owners: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for group in groups:
        names = {tuple(group.name_words)}
        names.update(tuple(a.split()) for a in group.aliases)
        if _top_type(group) == "PERSON" and len(group.name_words) > 1:
            # a surname or first name alone refers to the person (পেসকভ, রাসেল, কিম)
            names.update({(group.name_words[0],), (group.name_words[-1],)})
        for words in names:
            owners[words].add(id(group))
    for group in groups:
        names = {tuple(group.name_words)}
        names.update(tuple(a.split()) for a in group.aliases)
        if _top_type(group) == "PERSON" and len(group.name_words) > 1:
            names.update({(group.name_words[0],), (group.name_words[-1],)})
        for words in names:
            if len(owners[words]) > 1 or (len(words) == 1 and not _propagates_alone(words[0], group)):
                continue  # ambiguous between two entities, or a word too common to stand alone
            forms[words[0]].append((words, group))
    toks = article.toks
    for i, tok in enumerate(toks):
        if i in taken:
            continue
        for words, group in sorted(forms.get(tok.text, []) + _inflected_forms(forms, tok.text),
                                   key=lambda wg: -len(wg[0])):
            end = i + len(words)
            if end > len(toks) or any(k in taken for k in range(i, end)):
                continue
            if [t.text for t in toks[i:end - 1]] != list(words[:-1]):
                continue
            if words[-1] not in case_stems(toks[end - 1].text):
                continue
            if end < len(toks) and _continues_name(article, end):
                continue  # জিয়া inside জিয়া উদ্যান, a different name
            span = _Span(i, end, _top_type(group), "propagated", RULE_CONFIDENCE["propagated"])
            group.mentions.append(span)
            taken.update(range(i, end))
            break


def _inflected_forms(forms: Mapping[str, list[tuple[tuple[str, ...], _Group]]], word: str) -> list[tuple[tuple[str, ...], _Group]]:
    out: list[tuple[tuple[str, ...], _Group]] = []
    for stem in case_stems(word)[1:]:
        out.extend((w, g) for w, g in forms.get(stem, []) if len(w) == 1)
    return out


def _propagates_alone(word: str, group: _Group) -> bool:
    """A one-word form is searched for only when it cannot be a common word or a name prefix."""
    if word in NAME_STOP_WORDS or is_honorific(word) or is_title(word) or len(word) < 2:
        return False
    return word not in _NAME_PREFIX_WORDS


# First words shared by many names (মোহাম্মদ আলী, আব্দুল হামিদ): never a mention alone.
_NAME_PREFIX_WORDS = frozenset({
    "মো", "মো.", "মোহাম্মদ", "মুহাম্মদ", "মোহাম্মাদ", "মুহম্মদ", "আব্দুল", "আবদুল", "আব্দুর", "আবদুর",
    "আবু", "শেখ", "সৈয়দ", "মীর", "কাজী", "খন্দকার", "এ", "এম", "এস", "কে", "আল", "উত্তর", "দক্ষিণ",
    "পূর্ব", "পশ্চিম", "বাংলাদেশ", "জাতীয়", "নিউ", "মির্জা", "হাজী", "মৌলভী",
})


def _continues_name(article: _Article, end: int) -> bool:
    word = article.toks[end].text
    return nominative(word, known=ORG_HEAD_WORDS | LOC_HEAD_WORDS) in (ORG_HEAD_WORDS | _STRONG_LOC_HEADS) \
        and article.same_sentence(end - 1, end)


def _entity(article: _Article, group: _Group) -> Entity:
    mentions = []
    for span in sorted(group.mentions, key=lambda s: s.start):
        start = article.toks[span.start].start
        end = article.toks[span.end - 1].end
        mentions.append(Mention(start, end, article.text[start:end]))
    unique = tuple(dict.fromkeys(mentions))
    kind = _top_type(group)
    name = " ".join(group.name_words)
    name = re.sub(r"\s*-\s*", "-", name)
    name = re.sub(r"\s+\.", ".", name)  # মো . ইউনুচ -> মো. ইউনুচ
    confidence = max(s.confidence for s in group.mentions)
    sources = {s.rule for s in group.mentions}
    aliases = tuple(a for a in dict.fromkeys(group.aliases) if a != name)
    return Entity(name=name, type=kind, mentions=unique, aliases=aliases, confidence=round(confidence, 3),
                  source="model" if sources <= {"model", "propagated"} else "rule")


def _top_type(group: _Group) -> str:
    if not group.types:
        return "PERSON"
    return max(group.types.items(), key=lambda kv: kv[1])[0]


def _surface_words(surface: str) -> list[str]:
    text = re.sub(r"\s*([-’'])\s*", r"\1", surface.strip())
    return [w for w in text.split() if w]
