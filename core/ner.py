"""Bengali named-entity tagger: a linear-chain CRF over words (python-crfsuite).

`load_model()` reads the shipped model (`models/ner.crfsuite`) and its lexicon beside it
(`models/ner.lexicon.json.gz`: word clusters learned from unlabelled news text, given-name and
surname tokens); `NerModel.tag(words)` returns one BIO tag per word (B-PER, I-ORG, O, ...).

    python -m core.ner train [--data ../shared/data]   # rebuild model + lexicon from the shared data
    python -m core.ner evaluate                        # entity P/R/F1 on the Rifat test split

Training data: the Rifat news NER set (PER/ORG/LOC, TIM dropped) and banglakit (PERSON/ORG/GPE,
BILOU), re-tokenised with `core.text.tokens` so training sees the tokens inference sees. The two sets
annotate differently (banglakit keeps titles inside person spans), so every banglakit feature is
duplicated with a source prefix ("frustratingly easy" domain adaptation, Daumé 2007) and titles are
trimmed from its person spans; tagging uses the Rifat-side copy.

Feature extraction is cached per word: in news text the same words recur, and the tagger itself is
fast, so features are most of the cost.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pycrfsuite

from core.lexicon.names import (
    DEMONYMS,
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
from core.lexicon.speech import SPEECH_VERBS
from core.text import case_stems, normalize, tokens

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODEL_PATH = ROOT / "models" / "ner.crfsuite"
DEFAULT_DATA_DIR = ROOT.parent / "shared" / "data"
LEXICON_SUFFIX = ".lexicon.json.gz"

ENTITY_LABELS = ("PER", "ORG", "LOC")
# The label set the tagger may return (BIO over ENTITY_LABELS).
TAGS = ("O",) + tuple(f"{p}-{t}" for t in ENTITY_LABELS for p in "BI")
# Source-corpus prefixes for feature augmentation. Inference uses the Rifat copy: its annotation
# (titles outside names, news text) is the one the gold articles follow.
DOMAINS = ("rf", "bk")
TARGET_DOMAIN = "rf"
# Cluster granularities (k-means over word2vec vectors): coarse classes generalise, fine ones
# separate; together they act like the prefixes of a Brown-cluster path.
CLUSTER_SIZES = (64, 256, 1024)

# Relative positions of the words whose features describe a word (itself first).
WINDOW = (0, -2, -1, 1, 2)

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

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "cluster_sizes": list(CLUSTER_SIZES),
            "clusters": {w: " ".join(ids) for w, ids in sorted(self.clusters.items())},
            "given_names": sorted(self.given_names),
            "surnames": sorted(self.surnames),
            "common_words": sorted(self.common_words),
            "name_words": sorted(self.name_words),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Lexicon:
        return cls(
            clusters={w: tuple(ids.split()) for w, ids in data.get("clusters", {}).items()},
            given_names=frozenset(data.get("given_names", ())),
            surnames=frozenset(data.get("surnames", ())),
            common_words=frozenset(data.get("common_words", ())),
            name_words=frozenset(data.get("name_words", ())),
        )


def lexicon_path(model_path: Path) -> Path:
    """models/ner.crfsuite -> models/ner.lexicon.json.gz"""
    return model_path.with_name(model_path.stem + LEXICON_SUFFIX)


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
            base = self._context(word)
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
        if word in NAME_HONORIFICS or word + "." in NAME_HONORIFICS:
            flags.append("gz:honorific")
        if word in SPEECH_VERBS:
            flags.append("gz:speech")
        if letter_acronym(stem) or letter_acronym(word):
            flags.append("acronym:bn")
        if word.isascii() and word.isalpha() and word.isupper() and len(word) >= 2:
            flags.append("acronym:latin")
        return flags

    def _own(self, word: str) -> tuple[str, ...]:
        key = word.lower() if word.isascii() else word
        stem = self._stem(word)
        feats = [
            f"w:{key}", f"st:{stem}", f"sh:{_shape(word)}", f"len:{min(len(word), 10)}",
            f"p1:{word[:1]}", f"p2:{word[:2]}", f"p3:{word[:3]}",
            f"s1:{word[-1:]}", f"s2:{word[-2:]}", f"s3:{word[-3:]}", f"s4:{word[-4:]}",
            f"stripped:{len(word) - len(stem)}",
        ]
        feats.extend(self._clusters(word, stem))
        feats.extend(self._flags(word, stem))
        return tuple(feats)

    def _context(self, word: str) -> tuple[str, ...]:
        key = word.lower() if word.isascii() else word
        stem = self._stem(word)
        feats = [f"w:{key}", f"st:{stem}", f"sh:{_shape(word)}", f"s2:{word[-2:]}"]
        ids = self.lexicon.clusters.get(word) or self.lexicon.clusters.get(stem)
        if ids:
            feats.extend(f"k{i}:{c}" for i, c in enumerate(ids[:2]))
        feats.extend(self._flags(word, stem))
        return tuple(feats)


# Multi-word place names (উত্তর কোরিয়া, সৌদি আরব), by first word, for a phrase-level feature.
def _multiword_places() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in GAZETTEER_PLACES:
        parts = tuple(t.text for t in tokens(name))
        if len(parts) > 1:
            index.setdefault(parts[0], []).append(parts)
    return index


_MULTIWORD_PLACES = _multiword_places()


def _phrase_flags(words: Sequence[str]) -> list[list[str]]:
    """B/I flags for words inside a multi-word gazetteer place; the last word may be inflected."""
    flags: list[list[str]] = [[] for _ in words]
    for i, word in enumerate(words):
        for parts in _MULTIWORD_PLACES.get(word, ()):
            end = i + len(parts)
            if end > len(words):
                continue
            if list(words[i:end - 1]) == list(parts[:-1]) and parts[-1] in case_stems(words[end - 1]):
                flags[i].append("gzm:B-place")
                for j in range(i + 1, end):
                    flags[j].append("gzm:I-place")
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

    def __init__(self, model_bytes: bytes, lexicon: Lexicon, *, source: str = "") -> None:
        self.model_bytes = model_bytes
        self.lexicon = lexicon
        self.source = source
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(model_bytes)
        info = tagger.info()
        self.labels: tuple[str, ...] = tuple(tagger.labels())
        index = {label: k for k, label in enumerate(self.labels)}
        weights: dict[str, list[float]] = {}
        for (attribute, label), weight in info.state_features.items():
            weights.setdefault(attribute, [0.0] * len(self.labels))[index[label]] = weight
        self._weights = {a: np.array(w) for a, w in weights.items()}
        self._transition_matrix = np.zeros((len(self.labels), len(self.labels)))
        for (before, after), weight in info.transitions.items():
            self._transition_matrix[index[before], index[after]] = weight
        self.featurizer = Featurizer(lexicon, attributes=frozenset(self._weights))
        self._vector = lru_cache(maxsize=200_000)(self._position_vector)
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

    def __reduce__(self) -> tuple[Any, ...]:
        return (NerModel, (self.model_bytes, self.lexicon), {"source": self.source})

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.source = state.get("source", "")

    def tag(self, words: list[str]) -> list[str]:
        """BIO tags for one sentence of normalised tokens (`core.text.tokens` texts)."""
        if not words:
            return []
        return [self.labels[k] for k in self._viterbi(self._scores(words))]

    def _position_vector(self, word: str, offset: int) -> np.ndarray:
        total = np.zeros(len(self.labels))
        for attribute in self.featurizer._at(word, offset):
            total += self._weights[attribute]
        return total

    def _scores(self, words: list[str]) -> np.ndarray:
        """Per word and label, the sum of the weights of the word's features."""
        n = len(words)
        phrase = _phrase_flags(words)
        vector = self._vector
        scores = np.tile(self._bias, (n, 1))
        padded = ["", ""] + words + ["", ""]
        for offset in WINDOW:
            scores += np.array([vector(padded[i + 2 + offset], offset) for i in range(n)])
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
        transitions = self._transition_matrix
        delta = scores[0]
        back = []
        for row in scores[1:]:
            values = delta[:, None] + transitions  # from (rows) x to (columns)
            pointers = values.argmax(axis=0)
            back.append(pointers)
            delta = values.max(axis=0) + row
        path = [int(delta.argmax())]
        for pointers in reversed(back):
            path.append(int(pointers[path[-1]]))
        path.reverse()
        return path

    def crfsuite_tag(self, words: list[str]) -> list[str]:
        """The same tags from crfsuite's own tagger (slower; kept to check `tag` against)."""
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(self.model_bytes)
        return list(tagger.tag(self.featurizer.sentence(words))) if words else []


def load_model(path: str | Path | None = None) -> NerModel:
    """The CRF model at `path` (default `models/ner.crfsuite`) with its lexicon beside it."""
    model_path = Path(path) if path is not None else DEFAULT_MODEL_PATH
    data = model_path.read_bytes()
    lex_file = lexicon_path(model_path)
    lexicon = Lexicon()
    if lex_file.exists():
        with gzip.open(lex_file, "rt", encoding="utf-8") as handle:
            lexicon = Lexicon.from_json(json.load(handle))
    return NerModel(data, lexicon, source=str(model_path))


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


def read_corpus_sentences(path: Path) -> Iterator[list[str]]:
    """Word tokens of every sentence of the unlabelled news corpus (JSON lines with `text`)."""
    from core.text import sentences as split_sentences

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


def train(data_dir: Path, out: Path, *, options: TrainOptions = TrainOptions(), log: Any = print) -> Path:
    """Build the lexicon and train the CRF from `data_dir`; write `out` and its lexicon beside it."""
    started = time.perf_counter()
    rifat = [_retokenized(s) for s in read_rifat(data_dir / "ner" / "rifat" / "train.txt")]
    bk = read_banglakit(data_dir / "ner" / "banglakit" / "main.jsonl") if options.banglakit else []
    given, surnames = read_person_names(data_dir / "gazetteers" / "bn_person_names.csv")
    clusters: dict[str, tuple[str, ...]] = {}
    if options.clusters:
        unlabelled = list(read_corpus_sentences(data_dir / "corpus" / "bn_news.jsonl"))
        unlabelled += [w for w, _ in rifat] + [w for w, _ in bk]
        clusters = build_clusters(unlabelled, min_count=options.min_count)
        log(f"clusters: {len(clusters)} words from {len(unlabelled)} sentences")
    lexicon = Lexicon(clusters=clusters, given_names=given, surnames=surnames,
                      common_words=common_words(rifat + bk, clusters=clusters,
                                                exclude=given | surnames | GAZETTEER_PLACES),
                      name_words=name_words(rifat + bk, clusters=clusters))

    trainer = pycrfsuite.Trainer(verbose=False)
    for domain, data in (("rf", rifat), ("bk", bk)):
        featurizer = Featurizer(lexicon, domain=domain)
        for words, tags in data:
            if words:
                trainer.append(featurizer.sentence(words), tags)
    trainer.set_params({
        "c1": options.c1, "c2": options.c2, "max_iterations": options.iterations,
        "feature.possible_transitions": True,
    })
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    _write_lexicon(lexicon_path(out), lexicon)
    log(f"trained on {len(rifat)} Rifat + {len(bk)} banglakit sentences in "
        f"{time.perf_counter() - started:.0f}s -> {out} ({out.stat().st_size / 1e6:.1f} MB)")
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


def evaluate(model: NerModel, test_file: Path) -> Scores:
    """Entity-level scores (seqeval, conlleval-style chunks) of `model` on a Rifat-format file.

    Each test sentence is re-tokenised as in training, tagged, and each original token takes the
    tag of its first word piece, so scores are on the original tokens. TIM is excluded.
    """
    from seqeval.metrics import classification_report  # evaluation-only dependency

    gold_all: list[list[str]] = []
    pred_all: list[list[str]] = []
    for words, gold in read_rifat(test_file):
        pieces, _, origin = retokenize(words, ["O"] * len(words))
        tagged = model.tag(pieces) if pieces else []
        pred = ["O"] * len(words)
        seen: set[int] = set()
        for piece, tag, index in zip(pieces, tagged, origin):
            if index in seen or not _is_wordlike(piece):
                continue
            seen.add(index)
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
    cmd_train.add_argument("--evaluate", action="store_true", help="evaluate after training")
    args = parser.parse_args(argv)
    try:
        if args.command == "train":
            options = TrainOptions(c1=args.c1, c2=args.c2, iterations=args.iterations,
                                   banglakit=not args.no_banglakit, clusters=not args.no_clusters)
            train(args.data, args.model, options=options)
            if not args.evaluate:
                return 0
        scores = evaluate(load_model(args.model), args.data / "ner" / "rifat" / "test.txt")
        print(format_scores(scores))
        return 0
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
