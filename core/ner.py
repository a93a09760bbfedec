"""Bengali named-entity tagger: a linear-chain CRF over words (python-crfsuite). A small neural
window tagger whose scores would be added to the CRF's, run in numpy, can sit beside it, but none
ships: measured, it cost the whole pipeline 0.02–0.03 entity F1 (README, Limits).

`load_model()` reads the shipped model (`models/ner.crfsuite`), its lexicon beside it
(`models/ner.lexicon.json.gz`: word clusters learned from unlabelled news text, given-name and
surname tokens, Bangladesh place names) and, if one is there, a neural tagger
(`models/ner.neural.npz`); `NerModel.tag(words)` returns one BIO tag per word (B-PER, I-ORG,
O, ...) and `NerModel.tag_document(sentences)` tags consecutive sentences of one article with
document-level label consistency (a name found in one sentence is looked for in the others).

    python -m core.ner train [--data ../shared/data]   # rebuild CRF + lexicon from the shared data
    python -m core.ner evaluate                        # entity P/R/F1 on the Rifat test split

The shipped model is `train --reuse-clusters models/ner.lexicon.json.gz` (`make model`; the
defaults: two renamed copies of every sentence naming an entity, `renamed_copies`, and the opened
annotation sets), about 20 minutes on one core; it rebuilds byte for byte.

The neural part is trained with PyTorch, which the project does not depend on (tagging needs numpy
only): after `train`, rebuild it with `scripts/train_neural.py` in a separate virtualenv (see that
script's docstring). `train` removes a neural file beside the model whose word clusters it has
just rebuilt, since the network's cluster inputs would no longer match; with
`--reuse-clusters models/ner.lexicon.json.gz` the clusters, and so the neural file, stay valid.
Bangladesh's place names come from `models/bd_places.txt` (written by `scripts/bd_places.py`).

Training data: the Rifat news NER set (PER/ORG/LOC, TIM dropped) and banglakit (PERSON/ORG/GPE,
BILOU), re-tokenised with `core.text.tokens` so training sees the tokens inference sees. The two sets
annotate differently (banglakit keeps titles inside person spans), so every banglakit feature is
duplicated with a source prefix ("frustratingly easy" domain adaptation, Daumé 2007) and titles are
trimmed from its person spans; tagging uses the Rifat-side copy. A third source, with its own prefix:
the project's opened annotation sets (`bench/gold`, `TRAINING_SETS`; their texts from the corpus),
whose gold mentions are projected onto the words (`read_annotated_articles`). The blind sets stay out.

Features: the word, its case stem, affixes, shape, word clusters, name/place/title/dictionary
flags, its neighbours', bigrams, and gazetteer phrases (a word inside a multi-word place, a
well-known organisation or a well-known person of `core.lexicon`; `_phrase_flags`).

Per-word work is cached: in news text the same words recur. Each word gets a row of score vectors
(its CRF weights at every window position, its neural hidden-layer contributions), so a sentence
costs a few array gathers and a Viterbi pass.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pycrfsuite

from core.lexicon.names import (
    DEMONYMS,
    FOREIGN_GIVEN_NAMES,
    FOREIGN_SURNAMES,
    GAZETTEER_PLACES,
    LETTER_NAMES,
    LOC_HEAD_WORDS,
    NAME_HONORIFICS,
    NOT_ACRONYMS,
    NOT_TITLES,
    ORG_HEAD_WORDS,
    PERSON_TITLES,
    TITLE_ENDINGS,
)
from core.lexicon.orgs import NAMES_NEEDING_CONTEXT, ORGANISATIONS
from core.lexicon.people import PEOPLE
from core.lexicon.speech import SPEECH_VERBS
from core.text import case_stems, normalize, tokens
from core.text import sentences as split_sentences

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODEL_PATH = ROOT / "models" / "ner.crfsuite"
DEFAULT_DATA_DIR = ROOT.parent / "shared" / "data"
# Bangladesh's administrative place names (written by scripts/bd_places.py; read by `train`).
DEFAULT_PLACES_PATH = ROOT / "models" / "bd_places.txt"
DEFAULT_UPAZILAS_PATH = ROOT / "models" / "bd_upazilas.txt"
DEFAULT_DICTIONARY_PATH = ROOT / "models" / "bn_dictionary.txt.gz"
# The project's annotation sets (bench/gold/README.md): the opened ones are training data too; the
# blind ones only ever measure, so they stay out.
ANNOTATION_SETS_DIR = ROOT / "bench" / "gold"
TRAINING_SETS = ("G", "I", "K", "M", "O", "Q", "S", "U", "W", "Y")
LEXICON_SUFFIX = ".lexicon.json.gz"
NEURAL_SUFFIX = ".neural.npz"

ENTITY_LABELS = ("PER", "ORG", "LOC")
# The label set the tagger may return (BIO over ENTITY_LABELS).
TAGS = ("O",) + tuple(f"{p}-{t}" for t in ENTITY_LABELS for p in "BI")
# Source-corpus prefixes for feature augmentation: Rifat, banglakit, and the project's own annotated
# articles ("gd", `read_annotated_articles`). Inference uses the Rifat copy: its annotation (titles
# outside names, news text) is close to the gold articles', and the shared features carry what the
# annotated articles teach.
DOMAINS = ("rf", "bk", "gd")
TARGET_DOMAIN = "rf"
# Cluster granularities (k-means over word2vec vectors): coarse classes generalise, fine ones
# separate; together they act like the prefixes of a Brown-cluster path.
CLUSTER_SIZES = (64, 256, 1024)

# Document-level label consistency (`NerModel.tag_document`): how many sentences either side
# count as the context of a sentence, and how much a name found there raises a word's scores.
DOCUMENT_CONTEXT = 20
DOCUMENT_BONUS = 2.0

# Relative positions of the words whose features describe a word (itself first).
WINDOW = (0, -2, -1, 1, 2)
# For window positions -2..+2 (left to right), the slot of WINDOW that holds their scores.
_SLOTS = np.array([WINDOW.index(k) for k in (-2, -1, 0, 1, 2)])[:, None]

_BANGLAKIT_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC"}
_SPACE_RUN_TOKEN = re.compile(r" {2,}|[\w\u0980-\u09FF]+|\S")
_LETTER_NAMES = tuple(sorted(LETTER_NAMES, key=len, reverse=True))


# --------------------------------------------------------------------------------------------
# Lexicon: what the features know beyond the word itself
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Lexicon:
    """Word clusters and name tokens shipped beside the CRF model (built by `train`)."""

    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    # Words the annotated data shows are ordinary words (frequent, almost never inside a name):
    # the entity rules stop growing a name at them.
    common_words: frozenset[str] = frozenset()
    # Words that are (parts of) names in the annotated data, or whose cluster mostly holds such words.
    name_words: frozenset[str] = frozenset()
    # Bangladesh's divisions, districts, upazilas and unions (one-word names and the words of longer
    # ones), less words the annotated data shows are ordinary words.
    places: frozenset[str] = frozenset()
    # The words of a Bengali spelling dictionary (models/bn_dictionary.txt.gz): a word it knows is
    # usually an ordinary word, which the training sentences show only for the words they hold.
    dictionary: frozenset[str] = frozenset()

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "cluster_sizes": list(CLUSTER_SIZES),
            "clusters": {w: " ".join(ids) for w, ids in sorted(self.clusters.items())},
            "given_names": sorted(self.given_names),
            "surnames": sorted(self.surnames),
            "common_words": sorted(self.common_words),
            "name_words": sorted(self.name_words),
            "places": sorted(self.places),
            "dictionary": sorted(self.dictionary),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Lexicon:
        return cls(
            clusters={w: tuple(ids.split()) for w, ids in data.get("clusters", {}).items()},
            given_names=frozenset(data.get("given_names", ())),
            surnames=frozenset(data.get("surnames", ())),
            common_words=frozenset(data.get("common_words", ())),
            name_words=frozenset(data.get("name_words", ())),
            places=frozenset(data.get("places", ())),
            dictionary=frozenset(data.get("dictionary", ())),
        )


def lexicon_path(model_path: Path) -> Path:
    """models/ner.crfsuite -> models/ner.lexicon.json.gz"""
    return model_path.with_name(model_path.stem + LEXICON_SUFFIX)


def neural_path(model_path: Path) -> Path:
    """models/ner.crfsuite -> models/ner.neural.npz (the neural tagger, optional)"""
    return model_path.with_name(model_path.stem + NEURAL_SUFFIX)


def _is_title(word: str) -> bool:
    if word in NOT_TITLES:
        return False
    return word in PERSON_TITLES or (len(word) > 4 and word.endswith(TITLE_ENDINGS))


def letter_acronym(word: str) -> bool:
    """True for a Bengali-script acronym spelt with letter names: বিএনপি, বিসিবি, সিএইচআরআইও.

    Needs at least two letters and is not one of the common words that happen to spell out
    (এটি = এ + টি).
    """
    if word in NOT_ACRONYMS or len(word) < 3:
        return False
    return _spells_letters(word) >= 2


@lru_cache(maxsize=50_000)
def _spells_letters(word: str) -> int:
    """How many letter names spell `word` exactly (0 when they cannot)."""
    if not word:
        return 0
    best = 0
    for name in _LETTER_NAMES:
        if word.startswith(name):
            rest = word[len(name):]
            if not rest:
                return 1
            count = _spells_letters(rest)
            if count:
                best = max(best, count + 1)
    return best


def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word:
        if "\u0980" <= ch <= "\u09ff":
            kind = "d" if ch.isdigit() else "b"
        elif ch.isdigit():
            kind = "d"
        elif ch.isalpha():
            kind = "A" if ch.isupper() else "a"
        else:
            kind = ch if ch in "-.’'" else "p"
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Features
# --------------------------------------------------------------------------------------------

class Featurizer:
    """Turns a sentence of words into CRF feature lists; per-word work is cached."""

    def __init__(self, lexicon: Lexicon, *, domain: str = TARGET_DOMAIN,
                 attributes: Collection[str] | None = None) -> None:
        if domain not in DOMAINS:
            raise ValueError(f"domain must be one of {DOMAINS}, got {domain!r}")
        self.lexicon = lexicon
        self.domain = domain
        # At tagging time only features the model has weights for matter; passing no others to
        # crfsuite makes tagging several times faster.
        self.attributes = attributes
        self._at = lru_cache(maxsize=200_000)(self._features_at)
        # a word's context features are the same at all four context positions
        self._context_of = lru_cache(maxsize=100_000)(self._context)

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Features of every word of one sentence (already normalised tokens)."""
        n = len(words)
        out: list[list[str]] = []
        phrase = _phrase_flags(words)
        for i in range(n):
            feats = [f for f in ("bias", f"{self.domain}:bias")
                     if self.attributes is None or f in self.attributes]
            for offset in WINDOW:
                j = i + offset
                feats.extend(self._at(words[j] if 0 <= j < n else "", offset))
            feats.extend(self.extras(words, i, phrase[i]))
            out.append(feats)
        return out

    def extras(self, words: Sequence[str], i: int, phrase: Sequence[str]) -> list[str]:
        """The features of word i that depend on more than one word: bigrams and gazetteer phrases."""
        extra = []
        if i > 0:
            extra.append(f"w-1w0:{words[i - 1]}|{words[i]}")
        if i + 1 < len(words):
            extra.append(f"w0w+1:{words[i]}|{words[i + 1]}")
        extra.extend(phrase)
        extra.extend([f"{self.domain}:{f}" for f in extra])
        if self.attributes is not None:
            extra = [f for f in extra if f in self.attributes]
        return extra

    def _features_at(self, word: str, offset: int) -> tuple[str, ...]:
        if not word:
            base: tuple[str, ...] = ("BOS",) if offset < 0 else ("EOS",)
        elif offset == 0:
            base = self._own(word)
        else:
            base = self._context_of(word)
        prefix = f"{offset:+d}" if offset else ""
        plain = tuple(prefix + f for f in base)
        feats = plain + tuple(f"{self.domain}:{f}" for f in plain)
        if self.attributes is not None:
            feats = tuple(f for f in feats if f in self.attributes)
        return feats

    def _stem(self, word: str) -> str:
        stems = case_stems(word)
        return stems[-1] if len(stems) > 1 else word

    def _clusters(self, word: str, stem: str) -> list[str]:
        ids = self.lexicon.clusters.get(word)
        feats = [f"k{i}:{c}" for i, c in enumerate(ids)] if ids else ["k:none"]
        stem_ids = self.lexicon.clusters.get(stem) if stem != word else None
        if stem_ids:
            feats.extend(f"ks{i}:{c}" for i, c in enumerate(stem_ids))
        return feats

    def _flags(self, word: str, stem: str) -> list[str]:
        forms = (word, stem)
        flags = []
        if any(f in GAZETTEER_PLACES for f in forms):
            flags.append("gz:place")
        if any(f in self.lexicon.places for f in forms):
            flags.append("gz:bdplace")
        if any(f in self.lexicon.given_names for f in forms):
            flags.append("gz:given")
        if any(f in self.lexicon.surnames for f in forms):
            flags.append("gz:surname")
        if any(_is_title(f) for f in forms):
            flags.append("gz:title")
        if any(f in ORG_HEAD_WORDS for f in forms):
            flags.append("gz:orghead")
        if any(f in LOC_HEAD_WORDS for f in forms):
            flags.append("gz:lochead")
        if word in DEMONYMS:
            flags.append("gz:demonym")
        if word in self.lexicon.dictionary or stem in self.lexicon.dictionary:
            flags.append("gz:dict")
        if word in NAME_HONORIFICS or word + "." in NAME_HONORIFICS:
            flags.append("gz:honorific")
        if word in SPEECH_VERBS:
            flags.append("gz:speech")
        if letter_acronym(stem) or letter_acronym(word):
            flags.append("acronym:bn")
        if word.isascii() and word.isalpha() and word.isupper() and len(word) >= 2:
            flags.append("acronym:latin")
        return flags

    def own_and_context(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The word's own features and its features as a neighbour, before position prefixes
        (what `_features_at` prefixes), sharing the stem and flags the two need."""
        stem = self._stem(word)
        flags = self._flags(word, stem)
        return self._own(word, stem, flags), self._context(word, stem, flags)

    def _own(self, word: str, stem: str | None = None, flags: list[str] | None = None) -> tuple[str, ...]:
        key = word.lower() if word.isascii() else word
        if stem is None:
            stem = self._stem(word)
        feats = [
            f"w:{key}", f"st:{stem}", f"sh:{_shape(word)}", f"len:{min(len(word), 10)}",
            f"p1:{word[:1]}", f"p2:{word[:2]}", f"p3:{word[:3]}",
            f"s1:{word[-1:]}", f"s2:{word[-2:]}", f"s3:{word[-3:]}", f"s4:{word[-4:]}",
            f"stripped:{len(word) - len(stem)}",
        ]
        feats.extend(self._clusters(word, stem))
        feats.extend(self._flags(word, stem) if flags is None else flags)
        return tuple(feats)

    def _context(self, word: str, stem: str | None = None, flags: list[str] | None = None) -> tuple[str, ...]:
        key = word.lower() if word.isascii() else word
        if stem is None:
            stem = self._stem(word)
        feats = [f"w:{key}", f"st:{stem}", f"sh:{_shape(word)}", f"s2:{word[-2:]}"]
        ids = self.lexicon.clusters.get(word) or self.lexicon.clusters.get(stem)
        if ids:
            feats.extend(f"k{i}:{c}" for i, c in enumerate(ids[:2]))
        feats.extend(self._flags(word, stem) if flags is None else flags)
        return tuple(feats)


def _phrase_index(names: Iterable[str], *, min_words: int) -> dict[str, list[tuple[str, ...]]]:
    """Gazetteer names of `min_words` words or more, as word tuples by first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        parts = tuple(t.text for t in tokens(normalize(name)))
        if len(parts) >= min_words:
            index.setdefault(parts[0], []).append(parts)
    for found in index.values():
        found.sort(key=len, reverse=True)  # the longest name that fits wins
    return index


# Phrase-level gazetteer features, by the kind of name: multi-word places (উত্তর কোরিয়া, সৌদি আরব);
# the well-known organisations of `core.lexicon.orgs` by any of their names (বাংলাদেশ ব্যাংক, দুদক; a
# one-word name there is an acronym or a name news uses alone); the well-known people of
# `core.lexicon.people` by their names of two words or more (their one-word forms, সাকিব, are words too).
_PHRASES = {
    "place": _phrase_index(GAZETTEER_PLACES, min_words=2),
    "org": _phrase_index((n for entry in ORGANISATIONS for n in entry if n not in NAMES_NEEDING_CONTEXT), min_words=1),
    "person": _phrase_index((n for entry in PEOPLE for n in entry), min_words=2),
}


def _phrase_flags(words: Sequence[str]) -> list[list[str]]:
    """B/I flags for words inside a gazetteer name (`_PHRASES`); the last word may be inflected."""
    flags: list[list[str]] = [[] for _ in words]
    for kind, index in _PHRASES.items():
        for i, word in enumerate(words):
            candidates = index.get(word)
            if candidates is None and kind == "org":
                # a one-word name inflected (বিএনপির, দুদকের); only organisations have one-word names here
                candidates = [p for st in case_stems(word)[1:] for p in index.get(st, ()) if len(p) == 1]
            for parts in candidates or ():
                end = i + len(parts)
                if end > len(words):
                    continue
                if list(words[i:end - 1]) == list(parts[:-1]) and parts[-1] in case_stems(words[end - 1]):
                    flags[i].append(f"gzm:B-{kind}")
                    for j in range(i + 1, end):
                        flags[j].append(f"gzm:I-{kind}")
                    break
    return flags


# --------------------------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------------------------

class NerModel:
    """A trained CRF and its lexicon. Picklable: pickles as bytes and reopens in the worker.

    Tagging runs its own Viterbi over the CRF's weights (read once from the model through
    crfsuite) instead of crfsuite's tagger: the score a word contributes from each window position
    is cached per word, so recurring words cost a few additions, and the tags are the same.
    """

    def __init__(self, model_bytes: bytes, lexicon: Lexicon, *, source: str = "",
                 neural_bytes: bytes | None = None) -> None:
        self.model_bytes = model_bytes
        self.lexicon = lexicon
        self.source = source
        self.neural_bytes = neural_bytes
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(model_bytes)
        info = tagger.info()
        self.labels: tuple[str, ...] = tuple(tagger.labels())
        index = {label: k for k, label in enumerate(self.labels)}
        weights: dict[str, list[float]] = {}
        for (attribute, label), weight in info.state_features.items():
            weights.setdefault(attribute, [0.0] * len(self.labels))[index[label]] = weight
        self._weights = {a: np.array(w) for a, w in weights.items()}
        self._attribute_rows = {a: k for k, a in enumerate(weights)}
        self._weight_matrix = np.array(list(weights.values())).reshape(len(weights), len(self.labels))
        self._transition_matrix = np.zeros((len(self.labels), len(self.labels)))
        for (before, after), weight in info.transitions.items():
            self._transition_matrix[index[before], index[after]] = weight
        self.featurizer = Featurizer(lexicon, attributes=frozenset(self._weights))
        # name forms the entity rules derive from this model's lexicon, shared across articles
        self.nominative_cache: dict[str, str] = {}
        zero = np.zeros(len(self.labels))
        # Word-pair and phrase features (`Featurizer.extras`), summed with their domain copies and
        # keyed by the words, so tagging never builds their strings.
        self._left_pairs: dict[tuple[str, str], np.ndarray] = {}
        self._right_pairs: dict[tuple[str, str], np.ndarray] = {}
        self._phrase_weights: dict[str, np.ndarray] = {}
        domain = self.featurizer.domain
        for attribute, weight in self._weights.items():
            name = attribute[len(domain) + 1:] if attribute.startswith(domain + ":") else attribute
            if name.startswith(("w-1w0:", "w0w+1:")):
                table = self._left_pairs if name.startswith("w-1w0:") else self._right_pairs
                first, _, second = name[6:].partition("|")
                table[first, second] = table.get((first, second), zero) + weight
            elif name.startswith("gzm:"):
                self._phrase_weights[name] = self._phrase_weights.get(name, zero) + weight
        self._bias = sum((self._weights.get(a, zero) for a in ("bias", f"{self.featurizer.domain}:bias")), zero)
        # Per feature a word has (`Featurizer.own_and_context`), the weight-matrix rows of its
        # prefixed copies: as the word itself, (plain "w:x", domain copy "rf:w:x"); as a neighbour,
        # (plain "-2w:x", "-1w:x", "+1w:x", "+2w:x", then the domain copies); -1 where the model
        # has no such feature (the zero row at the end of `_padded_weights`). A new word's scores
        # are then lookups and one sum, and no feature string is built.
        self._padded_weights = np.vstack([self._weight_matrix, np.zeros((1, len(self.labels)))])
        slot_of = {(f"{offset:+d}" if offset else ""): slot for slot, offset in enumerate(WINDOW)}
        own_rows: dict[str, list[int]] = {}
        context_rows: dict[str, list[int]] = {}
        for row, attribute in enumerate(weights):
            copy = attribute.startswith(domain + ":")
            name = attribute[len(domain) + 1:] if copy else attribute
            prefix = name[:2] if name[:1] in "+-" and name[1:2].isdigit() else ""
            slot = slot_of.get(prefix)
            if slot == 0:
                own_rows.setdefault(name, [-1, -1])[copy] = row
            elif slot is not None:
                context_rows.setdefault(name[2:], [-1] * 8)[4 * copy + slot - 1] = row
        self._own_rows = {f: tuple(r) for f, r in own_rows.items()}
        self._context_rows = {f: tuple(r) for f, r in context_rows.items()}
        # Per word, its score vectors at every window position (`_position_vector`), as one row of
        # a table that grows as words are seen: row 0 is the padding around a sentence.
        self._rows: dict[str, int] = {}
        self._table = np.zeros((1024, len(WINDOW), len(self.labels)))
        for slot, offset in enumerate(WINDOW):
            if offset:
                self._table[0, slot] = self._position_vector("", offset)
        self._size = 1
        # The neural tagger, when shipped, adds its scores to the CRF's (the CRF's weighted by
        # `crf_weight`, stored with the neural weights).
        neural = None
        crf_weight, o_bias = 1.0, 0.0
        if neural_bytes is not None:
            arrays = dict(np.load(io.BytesIO(neural_bytes)))
            neural = NeuralTagger(arrays, lexicon)
            crf_weight = float(arrays.get("crf_weight", 1.0))
            o_bias = float(arrays.get("o_bias", 0.0))
        self.combine(neural, crf_weight=crf_weight, o_bias=o_bias)

    def combine(self, neural: NeuralTagger | None, *, crf_weight: float = 1.0, o_bias: float = 0.0) -> None:
        """Tag with the CRF plus `neural` (None: the CRF alone); `o_bias` is taken from every
        word's O score (a positive one trades precision for recall)."""
        self.neural = neural
        self.crf_weight = crf_weight if neural is not None else 1.0
        self.o_bias = o_bias
        if neural is not None and neural.width != len(WINDOW):
            raise ValueError(f"the neural tagger's window must be {len(WINDOW)} words, got {neural.width}")
        # per CRF table row, the neural tagger's row of the same word (row 0: padding in both)
        self._neural_rows = np.zeros(len(self._table), dtype=np.intp)
        if neural is not None:
            for word, row in self._rows.items():
                self._neural_rows[row] = neural._row(word)
        self._transitions = self._transition_matrix
        self._start = self._end = np.zeros(len(self.labels))
        if neural is not None:
            neural.reorder([neural.labels.index(label) for label in self.labels])
            self._transitions = self.crf_weight * self._transition_matrix + neural.transitions
            self._start, self._end = neural.start, neural.end
        self._o = self.labels.index("O")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_model, (self.model_bytes, self.lexicon, self.source, self.neural_bytes))

    def tag(self, words: list[str]) -> list[str]:
        """BIO tags for one sentence of normalised tokens (`core.text.tokens` texts)."""
        if not words:
            return []
        return [self.labels[k] for k in self._viterbi(self._emissions(words))]

    def _emissions(self, words: list[str]) -> np.ndarray:
        """(words, labels) scores of one sentence: the CRF's, plus the neural tagger's if shipped."""
        rows = self._padded_rows(words)
        scores = self._scores(words, rows)
        if self.neural is not None:
            scores = self.crf_weight * scores + self.neural.scores_of_rows(self._neural_rows[rows])
            scores[0] += self._start
            scores[-1] += self._end
        if self.o_bias:
            scores[:, self._o] -= self.o_bias
        return scores

    def tag_document(self, sentences: Sequence[list[str]], *, context: int = DOCUMENT_CONTEXT,
                     bonus: float = DOCUMENT_BONUS) -> list[list[str]]:
        """BIO tags for consecutive sentences of one document, consistent across sentences.

        A name is tagged where its context gives it away (প্রেসিডেন্ট পুতিন বলেন) and missed where it
        does not (পুতিনের সফর). So sentences are tagged twice: the second time, a word whose stem
        was tagged as a name of some type in the `context` sentences before or after it gets
        `bonus` added to that type's scores, and the Viterbi path decides again (label
        consistency, after Krishnan & Manning 2006). Ordinary words (`Lexicon.common_words`) are
        left alone.
        """
        emissions = [self._emissions(words) if words else np.zeros((0, len(self.labels))) for words in sentences]
        first = [self._viterbi(e) if len(e) else [] for e in emissions]
        stem = self.featurizer._stem
        common = self.lexicon.common_words
        found: list[dict[str, set[str]]] = []
        for words, path in zip(sentences, first):
            labelled: dict[str, set[str]] = {}
            for word, k in zip(words, path):
                label = self.labels[k]
                if label != "O" and _is_wordlike(word) and word not in common:
                    labelled.setdefault(stem(word), set()).add(label[2:])
            found.append(labelled)
        columns = {t: [k for k, label in enumerate(self.labels) if label[2:] == t] for t in ENTITY_LABELS}
        out = []
        for i, (words, scores, path) in enumerate(zip(sentences, emissions, first)):
            nearby: dict[str, set[str]] = {}
            for j in range(max(0, i - context), min(len(sentences), i + context + 1)):
                if j != i:
                    for key, seen in found[j].items():
                        nearby.setdefault(key, set()).update(seen)
            changed = False
            for position, word in enumerate(words):
                if self.labels[path[position]] != "O" or word in common:
                    continue
                types = nearby.get(stem(word))
                if types and len(types) == 1 and _is_wordlike(word):
                    scores[position, columns[next(iter(types))]] += bonus
                    changed = True
            final = self._viterbi(scores) if changed else path
            out.append([self.labels[k] for k in final])
        return out

    def _row(self, word: str) -> int:
        row = self._rows.get(word)
        if row is None:
            self._add_rows([word])
            row = self._rows[word]
        return row

    def _add_rows(self, words: Sequence[str]) -> None:
        """Give each of `words` (new, distinct) its table row."""
        needed = self._size + len(words)
        if needed > len(self._table):
            grown = np.zeros((max(2 * len(self._table), needed),) + self._table.shape[1:])
            grown[:self._size] = self._table[:self._size]
            self._table = grown
        self._table[self._size:needed] = self._word_vectors(words)
        if self.neural is not None and needed > len(self._neural_rows):
            self._neural_rows = np.concatenate([self._neural_rows, np.zeros(needed, dtype=np.intp)])
        for word in words:
            if self.neural is not None:
                self._neural_rows[self._size] = self.neural._row(word)
            self._rows[word] = self._size
            self._size += 1

    def _word_vectors(self, words: Sequence[str]) -> np.ndarray:
        """(words, window slots, labels): `_position_vector(word, offset)` of each word at every
        offset of WINDOW, without building the features' strings.

        Each slot's weight rows are summed in the order `_features_at` lists the features (plain
        ones, then their domain copies); features the model lacks take the zero row at the end of
        `_padded_weights`. numpy sums along a leading axis row after row, so adding zeros leaves
        the sums bit-for-bit those of `_position_vector` (tests/core/test_ner.py checks it), and the
        tags exactly the same.
        """
        own_rows, context_rows = self._own_rows, self._context_rows
        no_own, no_context = (-1, -1), (-1,) * 8
        owns, contexts = [], []
        for word in words:
            own, context = self.featurizer.own_and_context(word)
            owns.append([own_rows.get(f, no_own) for f in own])
            contexts.append([context_rows.get(f, no_context) for f in context])
        width = max(map(len, owns))
        own_index = np.array([o + [no_own] * (width - len(o)) for o in owns], dtype=np.intp)
        width = max(map(len, contexts))
        context_index = np.array([c + [no_context] * (width - len(c)) for c in contexts], dtype=np.intp)
        # (words, features, plain/copy[, slot]) -> per word (and slot) the plain rows, then the copies
        own_index = own_index.transpose(0, 2, 1).reshape(len(words), -1)
        context_index = context_index.reshape(len(words), -1, 2, 4).transpose(0, 3, 2, 1).reshape(len(words), 4, -1)
        out = np.empty((len(words), len(WINDOW), len(self.labels)))
        out[:, 0] = self._padded_weights[own_index].sum(axis=1)
        out[:, 1:] = self._padded_weights[context_index].sum(axis=2)
        return out

    def _position_vector(self, word: str, offset: int) -> np.ndarray:
        rows = [self._attribute_rows[a] for a in self.featurizer._at(word, offset)]
        return self._weight_matrix[rows].sum(axis=0)

    def _padded_rows(self, words: list[str]) -> np.ndarray:
        """The words' table rows, with two padding rows either side."""
        rows = self._rows
        new = [w for w in dict.fromkeys(words) if w not in rows]
        if new:
            self._add_rows(new)
        return np.array([0, 0] + [rows[w] for w in words] + [0, 0])

    def _scores(self, words: list[str], rows: np.ndarray | None = None) -> np.ndarray:
        """Per word and label, the sum of the weights of the word's features."""
        n = len(words)
        phrase = _phrase_flags(words)
        if rows is None:
            rows = self._padded_rows(words)
        scores = self._bias + self._table[rows[_window_index(n, len(WINDOW))], _SLOTS].sum(axis=0)
        left, right = self._left_pairs, self._right_pairs
        for i in range(n):
            if i > 0 and (words[i - 1], words[i]) in left:
                scores[i] += left[words[i - 1], words[i]]
            if i + 1 < n and (words[i], words[i + 1]) in right:
                scores[i] += right[words[i], words[i + 1]]
            for flag in phrase[i]:
                scores[i] += self._phrase_weights.get(flag, 0.0)
        return scores

    def _viterbi(self, scores: np.ndarray) -> list[int]:
        """The best label path, by dynamic programming over all labels, numpy over the label axis.

        Ties go to the lowest label index, as in crfsuite. (A shortcut that left out the words
        surely O was tried: on news text it rules out a tenth of the words and costs more than it
        saves.)
        """
        transitions = self._transitions
        delta = scores[0]
        back = []
        for row in scores[1:]:
            values = delta[:, None] + transitions
            back.append(values.argmax(axis=0))
            delta = values.max(axis=0) + row
        k = int(delta.argmax())
        path = [k]
        for pointers in reversed(back):
            k = int(pointers[k])
            path.append(k)
        path.reverse()
        return path

    def crfsuite_tag(self, words: list[str]) -> list[str]:
        """The same tags from crfsuite's own tagger (slower; kept to check `tag` against)."""
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(self.model_bytes)
        return list(tagger.tag(self.featurizer.sentence(words))) if words else []



# --------------------------------------------------------------------------------------------
# The neural part: a window network over learned word representations, in numpy
# --------------------------------------------------------------------------------------------

# Binary word features the neural tagger reads (the gazetteer and cue flags of `Featurizer._flags`).
NEURAL_FLAGS = (
    "gz:place", "gz:bdplace", "gz:given", "gz:surname", "gz:title", "gz:orghead", "gz:lochead", "gz:demonym",
    "gz:honorific", "gz:speech", "acronym:bn", "acronym:latin",
)
# Characters a word shows the character CNN: the first and last few (suffixes carry case endings).
NEURAL_MAX_CHARS = 18
_ANY_DIGIT = re.compile(r"[0-9\u09e6-\u09ef]")
PAD, UNK = "<pad>", "<unk>"
WORD_START, WORD_END = "<w>", "</w>"


@lru_cache(maxsize=512)
def _window_index(n: int, width: int) -> np.ndarray:
    """(width, n) positions in a sentence padded with width // 2 either side: row k holds the
    positions of each word's k-th window neighbour, from the leftmost."""
    return np.arange(width)[:, None] + np.arange(n)[None, :]


def embedding_key(word: str) -> str:
    """The form a word is looked up by in the embedding table: Latin lower-cased, digits as 0."""
    return _ANY_DIGIT.sub("0", word.lower() if word.isascii() else word)


@dataclass(frozen=True)
class WordInputs:
    """The discrete inputs of one word: vocabulary ids of the word and its case-stripped stem,
    character ids, word-cluster ids (0 = none), gazetteer flags and a shape id."""

    word: int
    stem: int
    chars: tuple[int, ...]
    clusters: tuple[int, ...]
    flags: tuple[float, ...]
    shape: int


class NeuralEncoder:
    """Words -> `WordInputs`, with the vocabularies stored in the neural model file.

    Shared by the training script (scripts/train_neural.py) and tagging, so both see the same
    inputs.
    """

    def __init__(self, lexicon: Lexicon, words: Sequence[str], chars: Sequence[str],
                 shapes: Sequence[str], flags: Sequence[str] = NEURAL_FLAGS) -> None:
        self.lexicon = lexicon
        self.flags = tuple(flags)
        self.words = {w: i for i, w in enumerate(words)}
        self.chars = {c: i for i, c in enumerate(chars)}
        self.shapes = {s: i for i, s in enumerate(shapes)}
        self._featurizer = Featurizer(lexicon)
        self._unk_word = self.words[UNK]
        self._unk_char = self.chars[UNK]
        self._unk_shape = self.shapes[UNK]

    def inputs(self, word: str) -> WordInputs:
        stem = self._featurizer._stem(word)
        key, stem_key = embedding_key(word), embedding_key(stem)
        letters = list(word)
        if len(letters) > NEURAL_MAX_CHARS:
            half = NEURAL_MAX_CHARS // 2
            letters = letters[:half] + letters[-half:]
        chars = tuple(self.chars.get(c, self._unk_char) for c in [WORD_START, *letters, WORD_END])
        ids = self.lexicon.clusters.get(word) or self.lexicon.clusters.get(stem)
        clusters = tuple(int(c) + 1 for c in ids) if ids else (0,) * len(CLUSTER_SIZES)
        flags = set(self._featurizer._flags(word, stem))
        return WordInputs(
            word=self.words.get(key, self._unk_word),
            stem=self.words.get(stem_key, self.words.get(key, self._unk_word)),
            chars=chars,
            clusters=clusters,
            flags=tuple(float(f in flags) for f in self.flags),
            shape=self.shapes.get(_shape(word), self._unk_shape),
        )


class NeuralTagger:
    """Label scores per word from the exported neural tagger (`models/ner.neural.npz`).

    The network (trained by scripts/train_neural.py): a word is the concatenation of embeddings
    of the word and of its case-stripped stem, a character CNN (max-pooled), word-cluster and
    shape embeddings and gazetteer flags; one hidden layer sees a window of `width` words; a
    linear layer gives the label scores, which a CRF layer (transitions) decodes. The hidden
    layer is linear in each window word, so its contribution from every window position is
    computed once per word and cached: a sentence costs a gather, a few additions and one small
    product.
    """

    def __init__(self, arrays: Mapping[str, np.ndarray], lexicon: Lexicon) -> None:
        a = {k: np.asarray(v) for k, v in arrays.items()}
        self.labels: tuple[str, ...] = tuple(str(x) for x in a["labels"])
        self.encoder = NeuralEncoder(lexicon, [str(x) for x in a["vocab_words"]],
                                     [str(x) for x in a["vocab_chars"]], [str(x) for x in a["vocab_shapes"]],
                                     [str(x) for x in a["flags"]] if "flags" in a else NEURAL_FLAGS)
        f32 = np.float32
        self.word_embedding = a["word_embedding"].astype(f32)
        self.char_embedding = a["char_embedding"].astype(f32)
        self.char_conv = a["char_conv"].astype(f32)          # (width * char_dim, filters)
        self.char_conv_bias = a["char_conv_bias"].astype(f32)
        self.char_width = int(a["char_width"])
        self.cluster_embeddings = [a[f"cluster_embedding_{i}"].astype(f32) for i in range(len(CLUSTER_SIZES))]
        self.shape_embedding = a["shape_embedding"].astype(f32)
        hidden = a["hidden"].astype(f32)                      # (width, input_dim, hidden_dim)
        self.width, dim, size = hidden.shape
        # (input_dim, width * hidden_dim): a word's contributions at every window position at once
        self.hidden = np.ascontiguousarray(hidden.transpose(1, 0, 2).reshape(dim, self.width * size))
        self.hidden_bias = (a["hidden_bias"] + a["domain_bias"]).astype(f32)
        self.output = a["output"].astype(f32)                 # (hidden_dim, labels)
        self.output_bias = a["output_bias"].astype(f32)
        self.transitions = a["transitions"].astype(np.float64)
        self.start = a["start"].astype(np.float64)
        self.end = a["end"].astype(np.float64)
        # row 0: a position outside the sentence (contributes nothing)
        self._rows: dict[str, int] = {}
        self._table = np.zeros((self.width, 1024, size), dtype=f32)
        self._size = 1

    def reorder(self, order: Sequence[int]) -> None:
        """Give the scores in another label order (`order[k]`: the label now k-th)."""
        self.output = np.ascontiguousarray(self.output[:, order])
        self.output_bias = self.output_bias[list(order)]
        self.transitions = self.transitions[np.ix_(order, order)]
        self.start, self.end = self.start[list(order)], self.end[list(order)]
        self.labels = tuple(self.labels[k] for k in order)

    def word_vector(self, word: str) -> np.ndarray:
        """The input vector of one word (what the hidden layer reads)."""
        x = self.encoder.inputs(word)
        chars = self.char_embedding[list(x.chars)]
        pad = np.zeros((self.char_width // 2, chars.shape[1]), dtype=np.float32)
        chars = np.concatenate([pad, chars, pad])
        windows = np.stack([chars[i:i + len(x.chars)] for i in range(self.char_width)], axis=1)
        conv = windows.reshape(len(x.chars), -1) @ self.char_conv + self.char_conv_bias
        parts = [self.word_embedding[x.word], self.word_embedding[x.stem], conv.max(axis=0)]
        parts += [table[c] for table, c in zip(self.cluster_embeddings, x.clusters)]
        parts += [self.shape_embedding[x.shape], np.array(x.flags, dtype=np.float32)]
        return np.concatenate(parts)

    def _row(self, word: str) -> int:
        row = self._rows.get(word)
        if row is None:
            if self._size == self._table.shape[1]:
                grown = np.zeros((self.width, 2 * self._size, self._table.shape[2]), dtype=np.float32)
                grown[:, :self._size] = self._table
                self._table = grown
            self._table[:, self._size] = (self.word_vector(word) @ self.hidden).reshape(self.width, -1)
            row = self._rows[word] = self._size
            self._size += 1
        return row

    def scores(self, words: Sequence[str]) -> np.ndarray:
        """(words, labels) emission scores of one sentence."""
        half = self.width // 2
        return self.scores_of_rows(np.array([0] * half + [self._row(w) for w in words] + [0] * half))

    def scores_of_rows(self, rows: np.ndarray) -> np.ndarray:
        """Scores of a sentence given as its words' table rows, with `width // 2` zeros either side."""
        n = len(rows) - self.width + 1
        h = self._table[np.arange(self.width)[:, None], rows[_window_index(n, self.width)]].sum(axis=0)
        h += self.hidden_bias
        np.maximum(h, 0.0, out=h)
        return h @ self.output + self.output_bias


def load_lexicon(model_path: Path) -> Lexicon:
    """The lexicon beside the model at `model_path` (empty when there is none)."""
    lex_file = lexicon_path(model_path)
    if not lex_file.exists():
        return Lexicon()
    with gzip.open(lex_file, "rt", encoding="utf-8") as handle:
        return Lexicon.from_json(json.load(handle))


def _rebuild_model(model_bytes: bytes, lexicon: Lexicon, source: str, neural_bytes: bytes | None) -> NerModel:
    return NerModel(model_bytes, lexicon, source=source, neural_bytes=neural_bytes)


def load_model(path: str | Path | None = None) -> NerModel:
    """The CRF model at `path` (default `models/ner.crfsuite`) with its lexicon beside it."""
    model_path = Path(path) if path is not None else DEFAULT_MODEL_PATH
    data = model_path.read_bytes()
    lexicon = load_lexicon(model_path)
    lexicon = replace(lexicon, given_names=lexicon.given_names | FOREIGN_GIVEN_NAMES,
                      surnames=lexicon.surnames | FOREIGN_SURNAMES)
    neural_file = neural_path(model_path)
    neural = neural_file.read_bytes() if neural_file.exists() else None
    return NerModel(data, lexicon, source=str(model_path), neural_bytes=neural)


# --------------------------------------------------------------------------------------------
# Training data
# --------------------------------------------------------------------------------------------

Sentence = tuple[list[str], list[str]]


def read_rifat(path: Path) -> list[Sentence]:
    """Sentences of a Rifat file as (tokens, tags), as written (no re-tokenisation).

    The file starts with a BOM and has a few malformed lines (`word<TAB>TIM<TAB>`,
    `word<TAB><TAB>B-PER`): the tag is the first non-empty field after the word. TIM becomes O.
    """
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    out.append((words, tags))
                words, tags = [], []
                continue
            parts = line.split("\t")
            tag = next((p.strip() for p in parts[1:] if p.strip()), "O")
            words.append(parts[0])
            tags.append(tag if tag in TAGS else "O")
    if words:
        out.append((words, tags))
    return out


def retokenize(words: Sequence[str], tags: Sequence[str]) -> tuple[list[str], list[str], list[int]]:
    """Split dataset tokens the way `core.text.tokens` splits text (না।’ -> না । ’).

    Returns the new tokens, their tags and, per new token, the index of the original token. Inside
    an entity token the word pieces keep the entity (হো-জিন: B I I); quote marks and full stops
    around it do not.
    """
    out_words: list[str] = []
    out_tags: list[str] = []
    origin: list[int] = []
    for index, (word, tag) in enumerate(zip(words, tags)):
        pieces = [t.text for t in tokens(normalize(word))]
        if not pieces:
            continue
        word_at = [k for k, p in enumerate(pieces) if _is_wordlike(p)]
        first, last = (word_at[0], word_at[-1]) if word_at else (0, len(pieces) - 1)
        for k, piece in enumerate(pieces):
            if tag == "O" or k < first or k > last:
                new = "O"
            elif k == first:
                new = tag
            else:
                new = "I-" + tag[2:]
            out_words.append(piece)
            out_tags.append(new)
            origin.append(index)
    return out_words, out_tags, origin


def _is_wordlike(piece: str) -> bool:
    return bool(re.match(r"[\w\u0980-\u09FF]", piece))


def repair_bio(tags: Sequence[str]) -> list[str]:
    """I-X that follows O or another type starts an entity: make it B-X."""
    out = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        previous = tag
    return out


def read_banglakit(path: Path) -> list[Sentence]:
    """banglakit sentences re-tokenised and mapped to PER/ORG/LOC BIO; misaligned ones skipped.

    Its tags follow a spaCy-style tokenisation (punctuation split off, runs of spaces as tokens);
    LAW and DATE become O; GPE is LOC. Titles at the start of a person span (অধ্যাপক খন্দকার ...)
    are moved out of it, as the Rifat set and the gold articles annotate.
    """
    out: list[Sentence] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            text, bilou = json.loads(line)
            pieces = _SPACE_RUN_TOKEN.findall(text)
            if len(pieces) != len(bilou):
                continue
            words, tags = [], []
            for piece, tag in zip(pieces, bilou):
                if piece.isspace():
                    continue
                words.append(normalize(piece))
                tags.append(_from_bilou(tag))
            tags = _trim_titles(words, repair_bio(tags))
            keep = [k for k, w in enumerate(words) if w]
            out.append(([words[k] for k in keep], repair_bio([tags[k] for k in keep])))
    return out


def corpus_texts(path: Path) -> dict[str, str]:
    """The news corpus's article texts by id (JSON lines with `id` and `text`)."""
    with path.open(encoding="utf-8") as handle:
        return {row["id"]: row.get("text") or "" for row in map(json.loads, filter(str.strip, handle))}


_GOLD_LABELS = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC"}


def read_annotated_articles(set_dirs: Iterable[Path], texts: Mapping[str, str]) -> list[Sentence]:
    """Sentences of gold-format articles (one JSON file each; the text, when the file has none,
    from `texts` by id) with BIO tags from their entities' mentions (`_annotated_sentences`)."""
    out: list[Sentence] = []
    for set_dir in set_dirs:
        for path in sorted(set_dir.glob("*.json")):
            article = json.loads(path.read_text(encoding="utf-8"))
            text = normalize(article.get("text") or texts[article["id"]])
            out.extend(_annotated_sentences(text, article["entities"]))
    return out


def _annotated_sentences(text: str, entities: Sequence[Mapping[str, Any]]) -> list[Sentence]:
    """The text's sentences, tagged where a mention's exact surface form occurs on word boundaries
    (the annotation lists each surface form once, not where it occurs); the longer of two
    overlapping mentions wins, so ঢাকা inside ঢাকা বিশ্ববিদ্যালয় stays part of the university."""
    words = tokens(text)
    starting = {t.start: k for k, t in enumerate(words)}
    ending = {t.end: k for k, t in enumerate(words)}
    spans: list[tuple[int, int, str]] = []
    for entity in entities:
        label = _GOLD_LABELS.get(entity["type"])
        if label is None:
            continue
        for mention in {normalize(m) for m in entity["mentions"]}:
            for match in re.finditer(re.escape(mention), text):
                if match.start() in starting and match.end() in ending:
                    spans.append((starting[match.start()], ending[match.end()] + 1, label))
    tags = ["O"] * len(words)
    for a, b, label in sorted(spans, key=lambda span: span[0] - span[1]):
        if all(tag == "O" for tag in tags[a:b]):
            tags[a:b] = [f"B-{label}"] + [f"I-{label}"] * (b - a - 1)
    out: list[Sentence] = []
    k = 0
    for sentence in split_sentences(text):
        inside = []
        while k < len(words) and words[k].start < sentence.end:
            if words[k].start >= sentence.start:
                inside.append(k)
            k += 1
        if inside:
            out.append(([words[i].text for i in inside], repair_bio([tags[i] for i in inside])))
    return out


def _from_bilou(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, kind = tag.split("-", 1)
    label = _BANGLAKIT_TYPES.get(kind)
    if label is None:
        return "O"
    return ("B-" if prefix in ("B", "U") else "I-") + label


def _trim_titles(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    out = list(tags)
    for i, tag in enumerate(tags):
        if tag != "B-PER":
            continue
        j = i
        while j + 1 < len(words) and out[j + 1] == "I-PER" and (
            _is_title(words[j]) or words[j] in NAME_HONORIFICS or words[j] in (".",)
            or words[j] + "." in NAME_HONORIFICS
        ):
            out[j] = "O"
            out[j + 1] = "B-PER"
            j += 1
    return out


def read_person_names(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """Given-name and surname tokens of the person-name list (`Name, Gender` CSV).

    A one-word name is a given name; in a longer name the first word is a given name and the last a
    surname. Honorific and title words are left out.
    """
    given: set[str] = set()
    surnames: set[str] = set()
    with path.open(encoding="utf-8-sig") as handle:
        next(handle, None)
        for line in handle:
            name = normalize(line.rsplit(",", 1)[0]).strip()
            parts = [p for p in name.split() if p not in NAME_HONORIFICS and not _is_title(p)]
            if not parts:
                continue
            given.add(parts[0])
            if len(parts) > 1:
                surnames.add(parts[-1])
    return frozenset(given), frozenset(surnames)


def place_names(path: Path) -> list[str]:
    """The names of a place-name file (one a line, `#` lines are comments), normalised."""
    return _word_list(path)


def _word_list(path: Path) -> list[str]:
    """The entries of a word-list file, plain or gzipped: one a line, `#` lines are comments, normalised."""
    with (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")) as handle:
        return [normalize(line.strip()) for line in handle if line.strip() and not line.startswith("#")]


def read_places(path: Path, data: Iterable[Sentence], *, min_count: int = 3,
                max_entity_share: float = 0.2) -> frozenset[str]:
    """The words of the place names in `path` (one a line, `#` comments), less the ones the
    annotated data shows are ordinary words (seen `min_count` times, inside an entity at most
    `max_entity_share` of the time: সদর, বাজার)."""
    words: set[str] = set()
    for name in place_names(path):
        words.update(t.text for t in tokens(name) if _is_wordlike(t.text))
    seen: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for sentence_words, tags in data:
        for word, tag in zip(sentence_words, tags):
            if word in words:
                seen[word] += 1
                inside[word] += tag != "O"
    return frozenset(w for w in words if seen[w] < min_count or inside[w] > max_entity_share * seen[w])


def read_dictionary(path: Path) -> frozenset[str]:
    """The words of a spelling-dictionary file (`_word_list`: models/bn_dictionary.txt.gz)."""
    return frozenset(_word_list(path))


def read_corpus_sentences(path: Path) -> Iterator[list[str]]:
    """Word tokens of every sentence of the unlabelled news corpus (JSON lines with `text`)."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            text = normalize(json.loads(line).get("text") or "")
            for span in split_sentences(text):
                words = [t.text for t in tokens(text, span.start, span.end)]
                if words:
                    yield words


def common_words(
    data: Iterable[Sentence], *, clusters: Mapping[str, tuple[str, ...]] | None = None,
    exclude: Collection[str] = (), min_count: int = 3, max_entity_share: float = 0.05,
) -> frozenset[str]:
    """Ordinary vocabulary (প্রতিরক্ষা, সহযোগিতা, গেছে): words seen at least `min_count` times in
    annotated text and inside an entity at most `max_entity_share` of the time; then, through the
    finest word clusters, the unannotated words whose cluster is at least 90% such words (and not
    names in the annotated text or in `exclude`)."""
    seen: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for words, tags in data:
        for word, tag in zip(words, tags):
            if _is_wordlike(word):
                seen[word] += 1
                inside[word] += tag != "O"
    common = {w for w, n in seen.items() if n >= min_count and inside[w] <= max_entity_share * n}
    names = {w for w, n in seen.items() if inside[w] >= 0.5 * n}
    if clusters:
        members: dict[str, list[str]] = {}
        for word, ids in clusters.items():
            members.setdefault(ids[-1], []).append(word)
        for group in members.values():
            labelled = [w for w in group if w in common or w in names]
            if len(labelled) >= 3 and sum(w in common for w in labelled) >= 0.9 * len(labelled):
                common.update(w for w in group if w not in names and w not in exclude)
    return frozenset(common)


def name_words(data: Iterable[Sentence], *, clusters: Mapping[str, tuple[str, ...]] | None = None) -> frozenset[str]:
    """Words inside an entity at least half the time in annotated text, and the words of the
    finest clusters where such words are at least half of the annotated members."""
    seen: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for words, tags in data:
        for word, tag in zip(words, tags):
            if _is_wordlike(word):
                seen[word] += 1
                inside[word] += tag != "O"
    names = {w for w, n in seen.items() if inside[w] >= 0.5 * n}
    out = set(names)
    if clusters:
        members: dict[str, list[str]] = {}
        for word, ids in clusters.items():
            members.setdefault(ids[-1], []).append(word)
        for group in members.values():
            labelled = [w for w in group if w in seen]
            if len(labelled) >= 3 and sum(w in names for w in labelled) >= 0.5 * len(labelled):
                out.update(group)
    return frozenset(out)


# --------------------------------------------------------------------------------------------
# Word clusters
# --------------------------------------------------------------------------------------------

def build_clusters(
    sentences: Iterable[Sequence[str]], *, sizes: Sequence[int] = CLUSTER_SIZES, seed: int = 1,
    min_count: int = 2,
) -> dict[str, tuple[str, ...]]:
    """k-means classes of word2vec vectors, one class id per granularity, for every frequent word.

    word2vec (gensim, skip-gram) runs on one thread with a fixed seed, so a rebuild gives the
    same clusters.
    """
    from gensim.models import Word2Vec  # training-only dependency
    from sklearn.cluster import KMeans

    corpus = [[w for w in s if _is_wordlike(w)] for s in sentences]
    corpus = [s for s in corpus if s]
    w2v = Word2Vec(corpus, vector_size=100, window=5, min_count=min_count, sg=1, epochs=10,
                   workers=1, seed=seed)
    vocab = list(w2v.wv.index_to_key)
    vectors = w2v.wv.vectors
    columns = []
    for k in sizes:
        k = min(k, len(vocab))
        km = KMeans(n_clusters=k, n_init=1, random_state=seed, max_iter=100)
        columns.append(km.fit_predict(vectors))
    return {w: tuple(str(int(col[i])) for col in columns) for i, w in enumerate(vocab)}


# --------------------------------------------------------------------------------------------
# Train and evaluate
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrainOptions:
    c1: float = 0.1
    c2: float = 0.05
    iterations: int = 300
    banglakit: bool = True
    clusters: bool = True
    min_count: int = 2
    # Bangladesh place names (scripts/bd_places.py); None: no place feature
    places: Path | None = DEFAULT_PLACES_PATH
    # the words of a Bengali spelling dictionary (scripts/bn_dictionary.py); None: no dictionary feature
    dictionary: Path | None = DEFAULT_DICTIONARY_PATH
    # take the word clusters from this lexicon file instead of rebuilding them (word2vec and
    # k-means are the slow part of a rebuild, and not bit-for-bit reproducible across machines)
    reuse_clusters: Path | None = None
    # renamed copies of each sentence naming an entity (`renamed_copies`): 0 trains on the data as is
    name_copies: int = 2
    # the entity types renamed in the copies
    renamed_labels: tuple[str, ...] = ("PER", "ORG", "LOC")
    # annotated articles (gold-format folders, texts from the corpus by id) trained on as a third source
    annotation_sets: tuple[Path, ...] = tuple(ANNOTATION_SETS_DIR / name for name in TRAINING_SETS)
    # the share of the Rifat train split (its last sentences) left out of training, to be scored
    # instead of the test split (`held_out`); 0: train on all of it
    holdout: float = 0.0


def held_out(data: Sequence[Sentence], fraction: float) -> tuple[list[Sentence], list[Sentence]]:
    """The sentences split into the first `1 - fraction` to train on and the last `fraction` to score.

    Choosing between training options by the test split would tune the tagger to it; this slice of
    the train split serves instead (its sentences follow their stories, so the slice is whole
    stories, as the test split is). `python -m core.ner train --holdout 0.2` trains and scores so.
    """
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"the held-out share must be in [0, 1), got {fraction}")
    cut = int(len(data) * (1.0 - fraction))
    return list(data[:cut]), list(data[cut:])


def train(data_dir: Path, out: Path, *, options: TrainOptions = TrainOptions(), log: Any = print) -> Path:
    """Build the lexicon and train the CRF from `data_dir`; write `out` and its lexicon beside it."""
    started = time.perf_counter()
    rifat_train, _ = held_out(read_rifat(data_dir / "ner" / "rifat" / "train.txt"), options.holdout)
    rifat = [_retokenized(s) for s in rifat_train]
    bk = read_banglakit(data_dir / "ner" / "banglakit" / "main.jsonl") if options.banglakit else []
    given, surnames = read_person_names(data_dir / "gazetteers" / "bn_person_names.csv")
    places = read_places(options.places, rifat + bk) if options.places else frozenset()
    clusters: dict[str, tuple[str, ...]] = {}
    if options.clusters and options.reuse_clusters:
        with gzip.open(options.reuse_clusters, "rt", encoding="utf-8") as handle:
            clusters = Lexicon.from_json(json.load(handle)).clusters
        log(f"clusters: {len(clusters)} words from {options.reuse_clusters}")
    elif options.clusters:
        unlabelled = list(read_corpus_sentences(data_dir / "corpus" / "bn_news.jsonl"))
        unlabelled += [w for w, _ in rifat] + [w for w, _ in bk]
        clusters = build_clusters(unlabelled, min_count=options.min_count)
        log(f"clusters: {len(clusters)} words from {len(unlabelled)} sentences")
    dictionary = read_dictionary(options.dictionary) if options.dictionary else frozenset()
    lexicon = Lexicon(clusters=clusters, given_names=given, surnames=surnames, dictionary=dictionary,
                      common_words=common_words(rifat + bk, clusters=clusters,
                                                exclude=given | surnames | GAZETTEER_PLACES),
                      name_words=name_words(rifat + bk, clusters=clusters), places=places)

    corpus = data_dir / "corpus" / "bn_news.jsonl"
    texts = corpus_texts(corpus) if options.annotation_sets and corpus.exists() else {}
    annotated = read_annotated_articles(options.annotation_sets, texts)
    if options.name_copies:
        copies, labels = options.name_copies, options.renamed_labels
        rifat = rifat + renamed_copies(rifat, copies=copies, labels=labels)
        bk = bk + renamed_copies(bk, copies=copies, labels=labels)
        annotated = annotated + renamed_copies(annotated, copies=copies, labels=labels)
    log(f"training sentences (with renamed copies): {len(rifat)} Rifat, {len(bk)} banglakit, "
        f"{len(annotated)} annotated")
    trainer = pycrfsuite.Trainer(verbose=False)
    for domain, data in (("rf", rifat), ("bk", bk), ("gd", annotated)):
        featurizer = Featurizer(lexicon, domain=domain)
        for words, tags in data:
            if words:
                trainer.append(featurizer.sentence(words), tags)
    trainer.set_params({
        "c1": options.c1, "c2": options.c2, "max_iterations": options.iterations,
        "feature.possible_transitions": True,
    })
    out.parent.mkdir(parents=True, exist_ok=True)
    _write_lexicon(lexicon_path(out), lexicon)
    log(f"lexicon -> {lexicon_path(out)}; training the CRF")
    trainer.train(str(out))
    stale = neural_path(out)
    if stale.exists() and not options.reuse_clusters and options.clusters:
        stale.unlink()
        log(f"removed {stale}: its word-cluster inputs belong to the old lexicon")
    if not stale.exists():
        log(f"the neural part is not rebuilt here (it needs PyTorch): see scripts/train_neural.py, "
            f"PYTHONPATH=. /work/torchenv/bin/python scripts/train_neural.py --model {out}")
    log(f"trained on {len(rifat) + len(bk) + len(annotated)} sentences in "
        f"{time.perf_counter() - started:.0f}s -> {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return out


# Endings a name's last word may carry in the data; a name is replaced only by one with the same.
_NAME_ENDINGS = ("দের", "ের", "এর", "কে", "র", "ও", "ই", "য়")


def _entity_spans(tags: Sequence[str], label: str) -> list[tuple[int, int]]:
    """(start, end) of each `label` entity in BIO tags."""
    out: list[tuple[int, int]] = []
    for i, tag in enumerate(tags):
        if tag == f"B-{label}":
            out.append((i, i + 1))
        elif tag == f"I-{label}" and out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
    return out


def _ending(word: str) -> str:
    return next((e for e in _NAME_ENDINGS if word.endswith(e) and len(word) > len(e) + 1), "")


def renamed_copies(data: Sequence[Sentence], *, copies: int, seed: int = 1,
                   labels: Sequence[str] = ("PER",)) -> list[Sentence]:
    """Copies of the sentences that name an entity of `labels` (persons by default), each such name
    replaced by another name of its type in the data whose last word has the same case ending
    (mention replacement, Dai & Adel 2020): the context words then teach the tagger more than the
    names it happened to see. The shipped model is trained with two copies renaming all three types:
    the Rifat test split rises 0.719 -> 0.734 (0.731 with persons only, 0.731 with three copies)."""
    rng = random.Random(seed)
    pool: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for words, tags in data:
        for label in labels:
            for a, b in _entity_spans(tags, label):
                pool.setdefault((label, _ending(words[b - 1])), []).append(tuple(words[a:b]))
    out: list[Sentence] = []
    for words, tags in data:
        spans = sorted((a, b, label) for label in labels for a, b in _entity_spans(tags, label))
        if not spans:
            continue
        for _ in range(copies):
            new_words: list[str] = []
            new_tags: list[str] = []
            last = 0
            for a, b, label in spans:
                name = rng.choice(pool[(label, _ending(words[b - 1]))])
                new_words += words[last:a] + list(name)
                new_tags += tags[last:a] + [f"B-{label}"] + [f"I-{label}"] * (len(name) - 1)
                last = b
            out.append((new_words + words[last:], new_tags + tags[last:]))
    return out


def _write_lexicon(path: Path, lexicon: Lexicon) -> None:
    # mtime=0 keeps the file byte-identical across rebuilds of the same data
    raw = json.dumps(lexicon.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with path.open("wb") as handle, gzip.GzipFile(fileobj=handle, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(raw)


def _retokenized(sentence: Sentence) -> Sentence:
    words, tags, _ = retokenize(*sentence)
    return words, repair_bio(tags)


@dataclass(frozen=True)
class Scores:
    """Entity-level precision, recall, F1 and support per type, and micro-averaged."""

    per_type: dict[str, tuple[float, float, float, int]]
    micro: tuple[float, float, float, int]


def evaluate(model: NerModel, test_file: Path, *, document: bool = True) -> Scores:
    """Entity-level scores (seqeval, conlleval-style chunks) of `model` on a Rifat-format file
    (`score_sentences`)."""
    return score_sentences(model, read_rifat(test_file), document=document)


def score_sentences(model: NerModel, data: Sequence[Sentence], *, document: bool = True) -> Scores:
    """Entity-level scores (seqeval, conlleval-style chunks) of `model` on Rifat sentences (`read_rifat`).

    Each test sentence is re-tokenised as in training, tagged, and each original token takes the
    tag of its first word piece, so scores are on the original tokens. TIM is excluded. The test
    sentences follow each other as in their news articles, so with `document` they are tagged as
    one document (`NerModel.tag_document`, whose context is the sentences nearby); without it,
    one by one (`NerModel.tag`).
    """
    from seqeval.metrics import classification_report  # evaluation-only dependency

    gold_all: list[list[str]] = []
    pred_all: list[list[str]] = []
    split = [retokenize(words, ["O"] * len(words)) for words, _ in data]
    if document:
        tagged_all = model.tag_document([pieces for pieces, _, _ in split])
    else:
        tagged_all = [model.tag(pieces) for pieces, _, _ in split]
    for (words, gold), (pieces, _, origin), tagged in zip(data, split, tagged_all):
        pred = ["O"] * len(words)
        # An original token takes the tag of its first word piece ("‘খালেদ" -> খালেদ), or of its
        # first piece when it has no word in it: the full stop of "মো . নূর খান" is inside the name.
        chosen: dict[int, tuple[bool, str]] = {}
        for piece, tag, index in zip(pieces, tagged, origin):
            wordlike = _is_wordlike(piece)
            if index not in chosen or (wordlike and not chosen[index][0]):
                chosen[index] = (wordlike, tag)
        for index, (_, tag) in chosen.items():
            pred[index] = tag
        gold_all.append(gold)
        pred_all.append(repair_bio(pred))
    report = classification_report(gold_all, pred_all, output_dict=True, zero_division=0)
    per_type = {
        t: (report[t]["precision"], report[t]["recall"], report[t]["f1-score"], int(report[t]["support"]))
        for t in ENTITY_LABELS if t in report
    }
    micro = report["micro avg"]
    return Scores(per_type, (micro["precision"], micro["recall"], micro["f1-score"], int(micro["support"])))


def format_scores(scores: Scores) -> str:
    lines = [f"{'type':6s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>6s}"]
    for label, (p, r, f, n) in scores.per_type.items():
        lines.append(f"{label:6s} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
    p, r, f, n = scores.micro
    lines.append(f"{'micro':6s} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core.ner", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    cmd_train = commands.add_parser("train", help="rebuild the model and lexicon from the shared data")
    cmd_eval = commands.add_parser("evaluate", help="entity P/R/F1 on the Rifat test split")
    for cmd in (cmd_train, cmd_eval):
        cmd.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="the shared data folder")
        cmd.add_argument("--model", type=Path, default=DEFAULT_MODEL_PATH, help="model file")
    defaults = TrainOptions()
    cmd_train.add_argument("--c1", type=float, default=defaults.c1)
    cmd_train.add_argument("--c2", type=float, default=defaults.c2)
    cmd_train.add_argument("--iterations", type=int, default=defaults.iterations)
    cmd_train.add_argument("--no-banglakit", action="store_true", help="train on Rifat only")
    cmd_train.add_argument("--no-clusters", action="store_true", help="skip word clusters")
    cmd_train.add_argument("--reuse-clusters", type=Path, default=None, metavar="LEXICON",
                           help="take the word clusters from this lexicon file (default: rebuild them)")
    cmd_train.add_argument("--name-copies", type=int, default=defaults.name_copies,
                           help=f"renamed copies of each sentence naming an entity (default {defaults.name_copies}; 0: none)")
    cmd_train.add_argument("--renamed-labels", default=",".join(defaults.renamed_labels),
                           help="entity types renamed in the copies (default: %(default)s)")
    cmd_train.add_argument("--no-annotations", action="store_true",
                           help="leave out the project's opened annotation sets (bench/gold)")
    cmd_train.add_argument("--evaluate", action="store_true", help="evaluate after training")
    cmd_train.add_argument("--holdout", type=float, default=0.0, metavar="SHARE",
                           help="leave the last SHARE of the train split out of training and score it "
                                "(not the test split) after training, to compare training options")
    for cmd in (cmd_train, cmd_eval):
        cmd.add_argument("--sentences", action="store_true",
                         help="evaluate sentence by sentence (no document context)")
    args = parser.parse_args(argv)
    try:
        if args.command == "train":
            options = TrainOptions(c1=args.c1, c2=args.c2, iterations=args.iterations,
                                   banglakit=not args.no_banglakit, clusters=not args.no_clusters,
                                   reuse_clusters=args.reuse_clusters, name_copies=args.name_copies,
                                   renamed_labels=tuple(args.renamed_labels.split(",")),
                                   annotation_sets=() if args.no_annotations else defaults.annotation_sets,
                                   holdout=args.holdout)
            train(args.data, args.model, options=options)
            if options.holdout:
                _, scored = held_out(read_rifat(args.data / "ner" / "rifat" / "train.txt"), options.holdout)
                print(format_scores(score_sentences(load_model(args.model), scored, document=not args.sentences)))
                return 0
            if not args.evaluate:
                return 0
        scores = evaluate(load_model(args.model), args.data / "ner" / "rifat" / "test.txt",
                          document=not args.sentences)
        print(format_scores(scores))
        return 0
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
