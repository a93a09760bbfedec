"""Recompute the rule-only parts of the shipped lexicon (common words, name words) from the shared
data, keeping its clusters and name lists, without retraining the CRF (those parts are not model
features). `python -m core.ner train` computes the same; this is for rule changes only.

    .venv/bin/python scripts/refresh_lexicon.py [MODEL] [DATA]
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from core import ner
from core.lexicon.names import GAZETTEER_PLACES


def main(argv: list[str]) -> int:
    model = Path(argv[0]) if argv else ner.DEFAULT_MODEL_PATH
    data = Path(argv[1]) if len(argv) > 1 else ner.DEFAULT_DATA_DIR
    path = ner.lexicon_path(model)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        old = ner.Lexicon.from_json(json.load(handle))
    rifat = [ner._retokenized(s) for s in ner.read_rifat(data / "ner" / "rifat" / "train.txt")]
    bk = ner.read_banglakit(data / "ner" / "banglakit" / "main.jsonl")
    lexicon = ner.Lexicon(
        clusters=old.clusters, given_names=old.given_names, surnames=old.surnames,
        common_words=ner.common_words(rifat + bk, clusters=old.clusters,
                                      exclude=old.given_names | old.surnames | GAZETTEER_PLACES),
        name_words=ner.name_words(rifat + bk, clusters=old.clusters),
    )
    ner._write_lexicon(path, lexicon)
    print(f"{path}: {len(lexicon.common_words)} common words, {len(lexicon.name_words)} name words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
