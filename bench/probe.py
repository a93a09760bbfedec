"""`make probe`: who the extractor says speaks in the speech sentences of the two NER sets.

    python -m bench.probe                 # the counts and the speakers worth a look
    python -m bench.probe --all           # every quote found, to read

The annotation sets hold December 2025 news; the NER sets (`../shared/data/ner`, Rifat's and
banglakit's) hold sentences of 2013-2015 news that the quote rules were never tuned on. Their
sentences with a speech verb are read one by one, and a quote's speaker is listed for a look when
it names nobody the set labels in the sentence (a person, organisation or place) and is a person or
of unknown kind and no entity the extractor found: "আগুনের ঘটনা নিশ্চিত করে জানান" once gave the speaker
"আগুনের ঘটনা". A sentence alone
has no antecedent for তিনি, so pronoun speakers are not listed. What is listed is for a person to
read; many are right (a title alone, "এসআই বলেন").
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.quality import SHARED
from core.lexicon import speech as lexicon
from core.ner import NerModel, load_model
from core.pipeline import analyze
from core.text import normalize

NER = SHARED / "data" / "ner"
# The common speech verbs and attribution words: a sentence without one holds no reported speech
SPEECH = re.compile(r"বলেন|বলেছেন|বলেছে|জানান|জানিয়েছেন|জানিয়েছে|মনে করেন|দাবি করেন|উল্লেখ করেন|মতে|বলছেন|বলছে|লিখেছেন")
# A dateline before each sentence, as an article has one: the sentence is not the article's first
DATELINE = "ঢাকা, ২ জানুয়ারি।\n"
_PUNCTUATION_AFTER_SPACE = re.compile(r"\s+([,।?!:;])")
_PRONOUNS = frozenset(lexicon.SINGULAR_PRONOUNS + lexicon.PLURAL_PRONOUNS + lexicon.GENITIVE_PRONOUNS)


@dataclass(frozen=True)
class Sentence:
    text: str
    names: tuple[str, ...]  # the labelled entities' words, as written


def rifat_sentences(path: Path) -> Iterator[Sentence]:
    """Sentences of a Rifat-format file (a token and its BIO tag a line, a blank line between
    sentences), the tokens joined with spaces and no space before punctuation."""
    tokens: list[tuple[str, str]] = []
    with path.open(encoding="utf-8-sig") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 2:
                tokens.append((parts[0], parts[-1]))
            elif tokens:
                yield _sentence(tokens)
                tokens = []
    if tokens:
        yield _sentence(tokens)


def banglakit_sentences(path: Path) -> Iterator[Sentence]:
    """Sentences of banglakit's JSON lines ([text, BILOU tags of its space-separated words])."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text, tags = json.loads(line)
            yield _sentence(list(zip(text.split(), tags)), joined=text)


def _sentence(tokens: list[tuple[str, str]], joined: str | None = None) -> Sentence:
    text = joined or _PUNCTUATION_AFTER_SPACE.sub(r"\1", " ".join(word for word, _ in tokens))
    names = tuple(word for word, tag in tokens if tag != "O" and not tag.endswith("TIM"))
    return Sentence(text, names)


def speech_sentences() -> Iterator[Sentence]:
    files = [(rifat_sentences, NER / "rifat" / name) for name in ("train.txt", "test.txt")]
    files.append((banglakit_sentences, NER / "banglakit" / "main.jsonl"))
    for read, path in files:
        yield from (s for s in read(path) if SPEECH.search(s.text))


def names_nobody(speaker: str, mention: str | None, source_type: str, sentence: Sentence,
                 found: frozenset[str]) -> bool:
    """A person's or unknown speaker that is no entity the extractor found (`found`) and holds no
    word of an entity the set labels in the sentence (and is no pronoun, which a sentence alone
    cannot resolve)."""
    if source_type not in {"person", "unknown"} or speaker in found or (mention or "") in _PRONOUNS:
        return False
    return not any(word[:3] in name for word in speaker.split() for name in sentence.names)


def probe(model: NerModel) -> tuple[Counter[str], list[str], list[str]]:
    """Counts, the speakers worth a look and every quote, one line each."""
    counts: Counter[str] = Counter()
    odd: list[str] = []
    every: list[str] = []
    for sentence in speech_sentences():
        counts["sentences"] += 1
        analysis = analyze(normalize(DATELINE + sentence.text), model=model)
        found = frozenset(entity.name for entity in analysis.entities)
        for quote in analysis.quotes:
            counts["quotes"] += 1
            line = f"{quote.speaker} | {quote.cue} || {sentence.text[:160]}"
            every.append(line)
            if quote.speaker is None:
                counts["no speaker"] += 1
            elif names_nobody(quote.speaker, quote.speaker_mention, quote.source_type, sentence, found):
                counts["names nobody labelled"] += 1
                odd.append(line)
    return counts, odd, every


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.probe", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--all", action="store_true", help="print every quote found")
    args = parser.parse_args(argv)
    counts, odd, every = probe(load_model())
    print(", ".join(f"{key}: {value}" for key, value in counts.items()))
    for line in every if args.all else odd:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
