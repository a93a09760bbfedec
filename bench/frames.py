"""`make frames`: the corpus's own names in fixed attribution frames — is each one the speaker?

    python -m bench.frames               # 150 people and 150 organisations, every frame
    python -m bench.frames --names 400 --show 20

The annotation sets test the extractor on what their articles happen to hold; this check puts many
names into the same sentence frames ("X বলেন, “…”", "… বলে জানিয়েছে X", "X-এর মতে, …") and
reports, per frame, how often the quote found is not given to X. A failure is a name shape the
speaker rules do not handle (a name ending like a place word, an organisation ending in -টি) or a
name the tagger does not find in a short sentence. The names are the people and organisations the
extractor finds in the corpus (`../shared/data/corpus`), drawn with a fixed seed.
"""
from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterable

from bench.quality import CORPUS
from core.models import Entity
from core.ner import NerModel, load_model
from core.pipeline import analyze
from core.text import normalize

SETTING = "রাজধানীতে আজ একটি সভা অনুষ্ঠিত হয়। "
CONTENT = "দেশের অর্থনীতি এখন কঠিন সময় পার করছে"
PERSON_FRAMES = (
    "{N} বলেন, “{C}।”",
    "“{C},” বলেন {N}।",
    "{C} বলে জানিয়েছেন দলের নেতা {N}।",
    "সোমবার সাংবাদিকদের {N} বলেন, {C}।",
    "{G} মতে, {C}।",
    "{G} বরাত দিয়ে প্রথম আলো জানিয়েছে, {C}।",
    "{N} মনে করেন, {C}।",
    # a converb with its object, and two verbs sharing the subject (make probe found both unhandled)
    "{N} আগুনের ঘটনা নিশ্চিত করে জানান, {C}।",
    "{N} সভায় যোগ দেন এবং বলেন, {C}।",
    # the one asked answers; a name by which someone is introduced; a relative clause or a title in
    # apposition beside the name (bench frames of q29, each found failing for most names)
    "{G} কাছে জানতে চাইলে তিনি বলেন, {C}।",
    "{N} নামে এক বাসিন্দা বলেন, {C}।",
    "{N}, যিনি দীর্ঘদিন এই খাতে কাজ করছেন, বলেন, {C}।",
    "“{C},” বলেন {N}, দলের ভারপ্রাপ্ত চেয়ারম্যান।",
)
ORG_FRAMES = (
    "{N} এক বিবৃতিতে জানিয়েছে, {C}।",
    "{C} বলে জানিয়েছে {N}।",
    "{N} জানায়, {C}।",
    "“{C},” বলেছে {N}।",
    "{N} একটি প্রতিবেদন প্রকাশ করে জানিয়েছে, {C}।",
    # passives whose issuer is named after the cue or holds the press conference (q29)
    "“{C},” বলা হয়েছে {G} বিবৃতিতে।",
    "{C} বলে জানানো হয়েছে {G} পক্ষ থেকে।",
    "{G} সংবাদ সম্মেলনে জানানো হয়, {C}।",
)
_VOWEL_SIGNS = frozenset("ািীুূৃেৈোৌ")


def genitive(name: str) -> str:
    """The genitive of a name: -র after a vowel (মান্নার), -ের after a consonant (আলমগীরের)."""
    return name + ("র" if name[-1] in _VOWEL_SIGNS else "ের")


def corpus_names(model: NerModel, limit: int, seed: int = 26) -> dict[str, list[str]]:
    """People (two words or more) and organisations the extractor finds in the corpus, named at least
    twice in an article, `limit` of each drawn with a fixed seed."""
    found: dict[str, set[str]] = {"PERSON": set(), "ORG": set()}
    with CORPUS.open(encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            for entity in analyze(normalize(row["text"]), model=model).entities:
                if _usable(entity):
                    found[entity.type].add(entity.name)
    rng = random.Random(seed)
    drawn = {}
    for kind, names in found.items():
        pool = sorted(names)
        rng.shuffle(pool)
        drawn[kind] = pool[:limit]
    return drawn


def _usable(entity: Entity) -> bool:
    if len(entity.mentions) < 2:
        return False
    if entity.type == "PERSON":
        return len(entity.name.split()) >= 2
    return entity.type == "ORG" and any(m.text == entity.name for m in entity.mentions)


def frame_failures(model: NerModel, names: Iterable[str], frames: Iterable[str]) -> dict[str, list[str]]:
    """Per frame, the sentences whose one quote is not the content given to the name (or a phrase
    holding it, or a shorter form of it)."""
    failures: dict[str, list[str]] = defaultdict(list)
    for name in names:
        for frame in frames:
            sentence = frame.format(N=name, G=genitive(name), C=CONTENT)
            quotes = analyze(normalize(SETTING + sentence), model=model).quotes
            speakers = [q.speaker for q in quotes if q.text.rstrip("।") == CONTENT]
            if len(quotes) != 1 or not speakers or not _names(speakers[0], name):
                failures[frame].append(f"{sentence} -> {[(q.text, q.speaker) for q in quotes]}")
    return failures


def _names(speaker: str | None, name: str) -> bool:
    return speaker is not None and (speaker == name or name in speaker or speaker in name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.frames", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--names", type=int, default=150, help="names of each kind (default 150)")
    parser.add_argument("--show", type=int, default=3, help="failing sentences shown per frame")
    args = parser.parse_args(argv)
    model = load_model()
    names = corpus_names(model, args.names)
    for kind, frames in (("PERSON", PERSON_FRAMES), ("ORG", ORG_FRAMES)):
        failures = frame_failures(model, names[kind], frames)
        total = Counter({frame: len(failures.get(frame, [])) for frame in frames})
        print(f"{kind}: {len(names[kind])} names, {sum(total.values())} failures in "
              f"{len(names[kind]) * len(frames)} sentences")
        for frame in frames:
            print(f"  {total[frame]:>4}  {frame}")
            for line in failures.get(frame, [])[:args.show]:
                print(f"        {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
