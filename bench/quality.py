"""`make quality`: extraction quality on the project's own annotation sets, beside the dev gold.

    python -m bench.quality                 # every set in bench/gold/ and ../shared/data/gold-dev
    python -m bench.quality G H --details   # some sets, with score_gold's full table

Each set in `bench/gold/<set>/` holds hand annotations of corpus articles in the gold format of
`../shared/data/ANNOTATION.md`, without the article text, headline or address: the text is read from
the corpus by id, so no corpus data is copied into the repository. `bench/gold/README.md` says how
each set was made and which are kept blind (scored, their errors never read). Scoring is
`../shared/tools/score_gold.py`'s.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from core import ner

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "data" / "corpus" / "bn_news.jsonl"
DEV_GOLD = SHARED / "data" / "gold-dev"
SCORER = SHARED / "tools" / "score_gold.py"
SETS = ROOT / "bench" / "gold"
COLUMNS = ("entities", "quotes_e2e", "attribution", "quotes_indirect", "quotes_direct", "dates")
# Sets annotated for quotes only (bench/gold/README.md): their entities are the speakers alone, so
# an entity score on them would count every other name the extractor finds as a false positive.
QUOTES_ONLY = frozenset({"AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV",
                         "BA", "BB", "BC", "BD", "BE", "BF", "BG", "BH"})


def corpus_texts(corpus: Path = CORPUS) -> dict[str, str]:
    return ner.corpus_texts(corpus)


def article_texts() -> dict[str, str]:
    """The texts the sets annotate: the corpus's articles and the stretches of Rifat's NER split
    (`bench.pseudo`) that sets AA-AD hold."""
    from bench import pseudo  # bench.pseudo reads the NER sets through bench.probe, which imports this module

    return {**corpus_texts(), **pseudo.texts()}


def dated(gold: Path) -> bool:
    """Whether the set annotates dates (AA-AD do not: their stretches of text carry no publication day)."""
    return any(json.loads(path.read_text(encoding="utf-8")).get("published") for path in gold.glob("*.json"))


def materialise(set_dir: Path, texts: dict[str, str], out: Path) -> Path:
    """Writes the set as a gold directory with texts (out/gold) and the analyser's input (out/in.jsonl)."""
    gold = out / "gold"
    gold.mkdir(parents=True)
    for path in sorted(set_dir.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        article.setdefault("text", texts[article["id"]])
        (gold / path.name).write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    write_inputs(gold, out / "in.jsonl")
    return gold


def write_inputs(gold: Path, inputs: Path) -> None:
    """The analyser's input for a gold directory: one {"id", "text", "published"} line per article."""
    with inputs.open("w", encoding="utf-8") as out:
        for path in sorted(gold.glob("*.json")):
            article = json.loads(path.read_text(encoding="utf-8"))
            out.write(json.dumps({key: article[key] for key in ("id", "text", "published")},
                                 ensure_ascii=False) + "\n")


def score_set(name: str, gold: Path, inputs: Path, work: Path, details: bool) -> dict[str, float]:
    predictions = work / f"{name}.pred.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "core", "analyze", "--jsonl", str(inputs)],
                       cwd=ROOT, stdout=out, check=True)
    report = subprocess.run([sys.executable, str(SCORER), str(gold), str(predictions)],
                            capture_output=True, text=True, check=True).stdout
    if details:
        print(f"== {name}\n{report}")
    return parse_scores(report)


def parse_scores(report: str) -> dict[str, float]:
    """score_gold's lines: "entities  P 0.967  R 0.944  F1 0.955 (…)" and "attribution  0.9833"."""
    scores: dict[str, float] = {}
    for line in report.splitlines():
        words = line.split()
        if len(words) >= 2 and words[0] in COLUMNS:
            value = words[words.index("F1") + 1] if "F1" in words else words[1]
            scores[words[0]] = float(value)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="set names under bench/gold (default: all, and dev)")
    parser.add_argument("--details", action="store_true", help="print score_gold's table for each set")
    args = parser.parse_args(argv)
    names = args.sets or ["dev"] + sorted(p.name for p in SETS.iterdir() if p.is_dir())
    texts = article_texts()
    print(f"{'set':<8}{'articles':>9}" + "".join(f"{c:>17}" for c in COLUMNS))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in names:
            if name == "dev":
                gold, inputs = DEV_GOLD, work / "dev.in.jsonl"
                write_inputs(gold, inputs)
            else:
                gold = materialise(SETS / name, texts, work / name)
                inputs = work / name / "in.jsonl"
            scores = score_set(name, gold, inputs, work, args.details)
            count = len(list(gold.glob("*.json")))
            if not dated(gold):
                scores.pop("dates", None)
            if name in QUOTES_ONLY:
                scores.pop("entities", None)
            print(f"{name:<8}{count:>9}" + "".join(f"{scores[c]:>17.3f}" if c in scores else f"{'—':>17}" for c in COLUMNS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
