"""`python -m bench.quality`: the project's annotation sets join the corpus text and are scored."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import quality


def test_a_set_is_written_with_its_texts_and_the_analysers_input(tmp_path: Path) -> None:
    annotations = tmp_path / "X"
    annotations.mkdir()
    (annotations / "a1.json").write_text(json.dumps(
        {"id": "a1", "published": "2025-12-30", "entities": [], "quotes": [], "dates": []}), encoding="utf-8")
    gold = quality.materialise(annotations, {"a1": "রহিম বলেন, ভালো।"}, tmp_path / "out")
    assert json.loads((gold / "a1.json").read_text(encoding="utf-8"))["text"] == "রহিম বলেন, ভালো।"
    line = json.loads((tmp_path / "out" / "in.jsonl").read_text(encoding="utf-8"))
    assert line == {"id": "a1", "text": "রহিম বলেন, ভালো।", "published": "2025-12-30"}


def test_the_scorers_table_is_read_into_numbers() -> None:
    report = ("entities         P 0.967  R 0.944  F1 0.955  (tp 117, pred 121, gold 124)\n"
              "quotes_e2e       P 0.984  R 0.968  F1 0.976  (tp 60, pred 61, gold 62)\n"
              "attribution      0.9833\nfragmentation    1.0\n")
    assert quality.parse_scores(report) == {"entities": 0.955, "quotes_e2e": 0.976, "attribution": 0.9833}


@pytest.mark.parametrize("name", sorted(p.name for p in quality.SETS.iterdir() if p.is_dir()))
def test_every_committed_set_names_corpus_articles_and_carries_none_of_their_text(name: str) -> None:
    ids = set(quality.article_texts()) if quality.CORPUS.exists() else None
    for path in (quality.SETS / name).glob("*.json"):
        article = json.loads(path.read_text(encoding="utf-8"))
        assert not {"text", "headline", "url"} & set(article) and path.stem == article["id"]
        if ids is not None:
            assert article["id"] in ids
