"""Articles made of the NER sets' own text: ten consecutive sentences of Rifat's Bengali-NER split,
or of banglakit's NER set.

Rifat's sentences (`../shared/data/ner/rifat/{train,test}.txt`) follow each other as in the
2013-2015 newspaper stories they come from, so ten in a row read as a stretch of one story. The
annotation sets AA-AL (`bench/gold/README.md`) annotate such stretches; no text is copied into the
repository: an article's id names its split and first sentence (`rifat-test-0240`: sentences 240-249
of test.txt) and `texts()` rebuilds it.

    python -m bench.pseudo                  # the draw of stop 31: ids of sets AA-AL, one line each

banglakit's sentences (`../shared/data/ner/banglakit/main.jsonl`) follow each other in the same way
(2010s Prothom Alo stories, as written, punctuation attached); `banglakit-0120` is its sentences
120-129 (sets BA-BH).
"""
from __future__ import annotations

import random
import re
from collections.abc import Iterable
from pathlib import Path

from bench.probe import NER, SPEECH, banglakit_sentences, rifat_sentences

SPAN = 10  # sentences an article holds
SPLITS = ("test", "train")
BANGLAKIT = NER / "banglakit" / "main.jsonl"
_OPEN_BRACKET_SPACE = re.compile(r"\(\s+")
_SPACE_CLOSE_BRACKET = re.compile(r"\s+\)")


def article_id(split: str, start: int) -> str:
    return f"rifat-{split}-{start:04d}"


def _tidy(text: str) -> str:
    """Rifat's tokens are joined with spaces; a bracket hugs its words as in print: "( ওসি )" -> "(ওসি)"."""
    return _SPACE_CLOSE_BRACKET.sub(")", _OPEN_BRACKET_SPACE.sub("(", text))


def _stretches(split: str, path: Path | None = None) -> dict[str, list[str]]:
    """Every article of one split as its sentences (sentences 0-9, 10-19, ...), by id."""
    sentences = [s.text for s in rifat_sentences(path or NER / "rifat" / f"{split}.txt")]
    return {article_id(split, start): sentences[start:start + SPAN] for start in range(0, len(sentences), SPAN)}


def texts(splits: Iterable[str] = SPLITS) -> dict[str, str]:
    """Every article of the splits and of banglakit, by id (empty when the NER data is absent)."""
    rifat = {key: _tidy(" ".join(sentences))
             for split in splits if (NER / "rifat" / f"{split}.txt").exists()
             for key, sentences in _stretches(split).items()}
    return {**rifat, **{key: " ".join(sentences) for key, sentences in banglakit_stretches().items()}}


def banglakit_stretches(path: Path = BANGLAKIT) -> dict[str, list[str]]:
    """Every article of banglakit's set as its sentences (0-9, 10-19, ...), by id; empty when absent."""
    if not path.exists():
        return {}
    sentences = [s.text for s in banglakit_sentences(path)]
    return {f"banglakit-{start:04d}": sentences[start:start + SPAN] for start in range(0, len(sentences), SPAN)}


def banglakit_with_speech(minimum: int = 2) -> list[str]:
    """Ids of banglakit's articles with at least `minimum` sentences holding a speech verb or a quote mark."""
    return [key for key, sentences in banglakit_stretches().items()
            if sum(1 for s in sentences if SPEECH.search(s) or "‘" in s or "“" in s or "'" in s) >= minimum]


def with_speech(split: str, minimum: int = 2) -> list[str]:
    """Ids of the split's articles with at least `minimum` sentences holding a speech verb or a quote mark."""
    return [key for key, sentences in _stretches(split).items()
            if sum(1 for s in sentences if SPEECH.search(s) or "‘" in s or "“" in s) >= minimum]


def main() -> int:
    rng = random.Random(29)
    for split, names in (("test", ("AA", "AB", "AE", "AF")), ("train", ("AC", "AD", "AG", "AH", "AI", "AJ", "AK", "AL"))):
        ids = with_speech(split)
        rng.shuffle(ids)
        for k, name in enumerate(names):
            print(name, " ".join(sorted(ids[k * 20:(k + 1) * 20])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
