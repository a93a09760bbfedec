"""`bench.pseudo`: articles rebuilt from ten consecutive sentences of Rifat's NER split or of banglakit's."""
from __future__ import annotations

import json
from pathlib import Path

from bench import pseudo


def _rifat(tmp_path: Path, sentences: list[list[tuple[str, str]]]) -> Path:
    path = tmp_path / "test.txt"
    path.write_text("\n\n".join("\n".join(f"{w}\t{t}" for w, t in s) for s in sentences) + "\n", encoding="utf-8")
    return path


def test_an_article_is_ten_sentences_joined_and_named_by_its_first(tmp_path: Path) -> None:
    sentences = [[(f"বাক্য{i}", "O"), ("।", "O")] for i in range(23)]
    stretches = pseudo._stretches("test", _rifat(tmp_path, sentences))
    assert list(stretches) == ["rifat-test-0000", "rifat-test-0010", "rifat-test-0020"]
    assert stretches["rifat-test-0010"][0] == "বাক্য10।" and len(stretches["rifat-test-0020"]) == 3


def test_brackets_hug_their_words_as_in_print() -> None:
    assert pseudo._tidy("ওসি ( ভারপ্রাপ্ত ) বলেন") == "ওসি (ভারপ্রাপ্ত) বলেন"


def test_banglakit_articles_are_its_sentences_as_written_ten_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "main.jsonl"
    lines = [[f"রহিম বলেন, বাক্য{i}।", ["U-PERSON", "O", "O"]] for i in range(12)]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    stretches = pseudo.banglakit_stretches(path)
    assert list(stretches) == ["banglakit-0000", "banglakit-0010"]
    assert stretches["banglakit-0010"] == ["রহিম বলেন, বাক্য10।", "রহিম বলেন, বাক্য11।"]
    assert pseudo.banglakit_stretches(tmp_path / "absent.jsonl") == {}
