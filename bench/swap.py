"""`make swap`: how much extraction depends on knowing the names (a metamorphic check).

    python -m bench.swap                        # the opened sets: scores on the texts and on renamed copies
    python -m bench.swap G I --seeds 5 --show   # some sets, five copies, and what the copies lose

The annotation sets score the extractor on articles whose names it may have learned: the rules were
fixed while reading them, and the tagger's lexicon holds many of their people. A copy of a set in
which every person is renamed keeps the sentences, and so every cue a rule may use, and changes only
the names: each person's name words are replaced, in the text and in the annotation alike, by the
words of another person's name from the sets (a name with as many words, ending in a vowel sign where
the old one does, so the case endings still fit: কিমের, রহমানকে). What was right on the set and is
wrong on a copy depended on knowing the name, which is what fails on articles no one has read.

A person is left as written when renaming could break the annotation: a mention spelt otherwise
than the name (আহমদ / আহমেদের), or a name word shared with another entity of the article (two
people called হোসেন, a person a university is named after). Only names' words are replaced, with a
case ending or particle after them (হাসানও) kept.

Blind sets (bench/gold/README.md) are not renamed by default: `--show` would print their errors.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.quality import SCORER, SETS, corpus_texts, materialise, score_set, write_inputs
from core.lexicon import names as lexicon
from core.ner import (
    DEFAULT_MODEL_PATH,
    DEFAULT_PLACES_PATH,
    DEFAULT_UPAZILAS_PATH,
    letter_acronym,
    load_lexicon,
    place_names,
)
from core.ner import TRAINING_SETS as OPENED_SETS  # the sets whose errors are read: the tagger trains on them
from core.text import normalize

SCORES = ("entities", "quotes_e2e", "attribution")
# Case endings and particles a name takes in running text, longest first.
ENDINGS = tuple(sorted({
    "এর", "ের", "র", "কে", "কেও", "কেই", "দের", "দেরও", "রা", "েরা", "ও", "ই", "য়ের", "য়", "েই", "রও",
    "েরও", "সহ", "এ", "তে",
}, key=len, reverse=True))
VOWEL_SIGNS = frozenset("ািীুূৃেৈোৌ")
WORD = re.compile(r"[\u0980-\u09FF\u200c\u200d]+")
# Words that open or join names without being a person's own (মো. is caught by its full stop).
NAME_PARTICLES = frozenset({"মোহাম্মদ", "মুহাম্মদ", "মোহাম্মাদ", "মুহাম্মাদ", "সৈয়দ", "শেখ", "বিন", "আল",
                            "উদ্দিন", "উদ্দীন"})
Article = dict[str, Any]
Name = tuple[str, ...]


def not_name_words(articles: Iterable[Article]) -> frozenset[str]:
    """Words a replacement must not be: places (Bangladesh's districts and upazilas too: আনোয়ারা),
    titles, head words, the tagger's ordinary words and the words of the sets' organisations and
    places."""
    tagger = load_lexicon(DEFAULT_MODEL_PATH)
    bangladesh = {w for path in (DEFAULT_PLACES_PATH, DEFAULT_UPAZILAS_PATH) if path.exists()
                  for name in place_names(path) for w in name.split()}
    words = set(tagger.common_words) | set(tagger.places) | bangladesh | set(lexicon.GAZETTEER_PLACES) \
        | set(lexicon.DEMONYMS) | set(lexicon.ORG_HEAD_WORDS) | set(lexicon.LOC_HEAD_WORDS) \
        | set(lexicon.PERSON_TITLES) | set(lexicon.NAME_HONORIFICS)
    for article in articles:
        for entity in article["entities"]:
            if entity["type"] != "PERSON":
                words.update(normalize(entity["name"]).split())
    return frozenset(words)


def renameable(word: str) -> bool:
    """A name word that may be replaced (not an initial, a particle, a title or letters: এফকেএমএ)."""
    return len(word) >= 3 and WORD.fullmatch(word) is not None and word not in NAME_PARTICLES \
        and not letter_acronym(word) \
        and word not in lexicon.NAME_HONORIFICS and word not in lexicon.PERSON_TITLES


def name_pool(articles: Iterable[Article], excluded: frozenset[str]) -> list[Name]:
    """The persons' names of the sets whose every word may stand in for another name's."""
    names = {tuple(normalize(e["name"]).split()) for a in articles for e in a["entities"] if e["type"] == "PERSON"}
    return sorted(n for n in names if all(renameable(w) and w not in excluded for w in n))


def _ends_in_vowel(word: str) -> bool:
    return word[-1] in VOWEL_SIGNS


def _stem_of(word: str, names: Iterable[str]) -> str | None:
    """The name word `word` is written from (itself, or it with a case ending or particle)."""
    known = set(names)
    if word in known:
        return word
    return next((word[:-len(e)] for e in ENDINGS if word.endswith(e) and word[:-len(e)] in known), None)


def renameable_persons(article: Article) -> list[Article]:
    """The article's persons whose mentions are all their name's words (with endings), sharing no
    word with another entity of the article."""
    persons = [e for e in article["entities"] if e["type"] == "PERSON"]
    out = []
    for person in persons:
        words = normalize(person["name"]).split()
        spelt_alike = all(_stem_of(w, words) is not None or not renameable(w)
                          for mention in person.get("mentions", []) for w in normalize(mention).split())
        others = {w for e in article["entities"] if e is not person
                  for text in [e["name"], *e.get("mentions", [])] for w in normalize(text).split()}
        if spelt_alike and not any(w in others for w in words if renameable(w)):
            out.append(person)
    return out


def name_map(article: Article, pool: Sequence[Name], rng: random.Random) -> dict[str, str]:
    """Old name word -> new name word for the article's renameable persons."""
    mapping: dict[str, str] = {}
    own = {tuple(normalize(e["name"]).split()) for e in article["entities"]}
    used: set[str] = set()
    for person in renameable_persons(article):
        words = [w for w in normalize(person["name"]).split() if renameable(w)]
        fits = [n for n in pool if len(n) == len(words) and n not in own and used.isdisjoint(n)]
        alike = [n for n in fits if all(_ends_in_vowel(a) == _ends_in_vowel(b) for a, b in zip(n, words))]
        if not (alike or fits):
            continue
        new = rng.choice(alike or fits)
        mapping.update(zip(words, new))
        used.update(new)
    return mapping


def rename(text: str | None, mapping: Mapping[str, str]) -> str | None:
    """The text with each name word replaced, its case ending or particle kept."""
    if not text:
        return text

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        stem = _stem_of(word, mapping)
        return word if stem is None else mapping[stem] + word[len(stem):]

    return WORD.sub(replace, normalize(text))


def renamed(article: Article, mapping: Mapping[str, str]) -> Article:
    """A copy of the annotated article with the names replaced in text and annotation."""
    copy = json.loads(json.dumps(article))
    copy["text"] = rename(copy["text"], mapping)
    for entity in copy["entities"]:
        entity["name"] = rename(entity["name"], mapping)
        entity["mentions"] = [rename(m, mapping) for m in entity.get("mentions", [])]
        entity.pop("spans", None)  # offsets of the old text
    for quote in copy["quotes"]:
        for key in ("text", "speaker", "speaker_mention"):
            quote[key] = rename(quote.get(key), mapping)
    return copy


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_gold", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predictions(path: Path) -> dict[str, dict[str, Any]]:
    """score_set's predictions by article id."""
    return {row["id"]: row for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _right(scorer: ModuleType, article: Article, prediction: Mapping[str, Any]) -> tuple[set[int], set[int]]:
    """Indices of the gold entities matched and the gold quotes right end to end."""
    _, _, _, _, assignment = scorer.match_entities(article["entities"], prediction.get("entities", []), True)
    gold_quotes = scorer.dedupe_quotes(article["quotes"])
    found = scorer.dedupe_quotes(prediction.get("quotes", []))
    pairs = scorer.match_quotes(gold_quotes, found)
    quotes = {i for i, j in pairs.items()
              if scorer.speaker_ok(found[j].get("speaker"), gold_quotes[i], article["entities"])}
    return set(assignment.values()), quotes


def losses(scorer: ModuleType, original: Article, copy: Article, before: Mapping[str, Any],
           after: Mapping[str, Any]) -> list[str]:
    """What the copy loses: gold entities and quotes right on the original and wrong on the copy."""
    entities_before, quotes_before = _right(scorer, original, before)
    entities_after, quotes_after = _right(scorer, copy, after)
    lines = [f"{copy['id']} entity {original['entities'][i]['name']} -> {copy['entities'][i]['name']}"
             for i in sorted(entities_before - entities_after)]
    gold_quotes = scorer.dedupe_quotes(copy["quotes"])
    lines += [f"{copy['id']} quote {gold_quotes[i]['text'][:60]} | {gold_quotes[i].get('speaker')}"
              for i in sorted(quotes_before - quotes_after)]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.swap", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="set names under bench/gold (default: the opened ones)")
    parser.add_argument("--seeds", type=int, default=3, help="renamed copies to make (default 3)")
    parser.add_argument("--show", action="store_true", help="list what each copy loses")
    args = parser.parse_args(argv)
    names = args.sets or list(OPENED_SETS)
    texts = corpus_texts()
    scorer = _load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in names:
            materialise(SETS / name, texts, work / "sets" / name)
        pooled = work / "original"
        (pooled / "gold").mkdir(parents=True)
        articles = []
        for path in sorted((work / "sets").glob("*/gold/*.json")):
            articles.append(json.loads(path.read_text(encoding="utf-8")))
            (pooled / "gold" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        write_inputs(pooled / "gold", pooled / "in.jsonl")
        pool = name_pool(articles, not_name_words(articles))
        rows = [("original", score_set("original", pooled / "gold", pooled / "in.jsonl", work, False))]
        before = _predictions(work / "original.pred.jsonl") if args.show else {}
        for seed in range(1, args.seeds + 1):
            rng = random.Random(seed)
            copy_dir = work / f"copy{seed}"
            (copy_dir / "gold").mkdir(parents=True)
            copies = [renamed(a, name_map(a, pool, rng)) for a in articles]
            for article in copies:
                (copy_dir / "gold" / f"{article['id']}.json").write_text(json.dumps(article, ensure_ascii=False),
                                                                         encoding="utf-8")
            write_inputs(copy_dir / "gold", copy_dir / "in.jsonl")
            rows.append((f"copy {seed}", score_set(f"copy{seed}", copy_dir / "gold", copy_dir / "in.jsonl", work, False)))
            if args.show:
                after = _predictions(work / f"copy{seed}.pred.jsonl")
                for original, copy in zip(articles, copies):
                    for line in losses(scorer, original, copy, before.get(original["id"], {}), after.get(copy["id"], {})):
                        print(f"  copy {seed}: {line}")
    print(f"{len(articles)} articles of sets {' '.join(names)}; {len(pool)} names to rename with")
    print(f"{'':<10}" + "".join(f"{c:>14}" for c in SCORES))
    for label, scores in rows:
        print(f"{label:<10}" + "".join(f"{scores.get(c, float('nan')):>14.3f}" for c in SCORES))
    copies_only = rows[1:]
    if copies_only:
        means = {c: sum(s.get(c, 0.0) for _, s in copies_only) / len(copies_only) for c in SCORES}
        print(f"{'copy mean':<10}" + "".join(f"{means[c]:>14.3f}" for c in SCORES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
