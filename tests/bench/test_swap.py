"""`make swap`: renamed copies of annotated articles keep text and annotation in step."""
from __future__ import annotations

import random

import pytest

from bench.swap import name_map, name_pool, rename, renameable_persons, renamed


def _article(text: str, entities: list[dict], quotes: list[dict] | None = None) -> dict:
    return {"id": "a", "text": text, "entities": entities, "quotes": quotes or [], "dates": []}


def _person(name: str, *mentions: str) -> dict:
    return {"name": name, "type": "PERSON", "mentions": [name, *mentions]}


@pytest.mark.parametrize(("text", "expected"), [
    ("কিম জং উন বলেন", "রহিম জং উন বলেন"),
    ("কিমের সফর, কিমকে চিঠি", "রহিমের সফর, রহিমকে চিঠি"),
    ("কিমও এসেছেন", "রহিমও এসেছেন"),
    ("হাকিম এসেছেন", "হাকিম এসেছেন"),  # a word that only ends like the name stays
])
def test_a_name_word_is_replaced_with_its_case_ending_kept(text: str, expected: str) -> None:
    assert rename(text, {"কিম": "রহিম"}) == expected


def test_a_renamed_article_changes_text_entities_and_quotes_alike() -> None:
    article = _article(
        "রাশেদ খান বলেন, ‘খানের কথা শেষ।’",
        [_person("রাশেদ খান", "খানের")],
        [{"text": "খানের কথা শেষ।", "kind": "direct", "speaker": "রাশেদ খান", "speaker_mention": "রাশেদ খান"}],
    )
    copy = renamed(article, {"রাশেদ": "তানভীর", "খান": "হোসেন"})
    assert copy["text"] == "তানভীর হোসেন বলেন, ‘হোসেনের কথা শেষ।’"
    assert copy["entities"][0]["name"] == "তানভীর হোসেন"
    assert copy["entities"][0]["mentions"] == ["তানভীর হোসেন", "হোসেনের"]
    assert copy["quotes"][0] == {"text": "হোসেনের কথা শেষ।", "kind": "direct", "speaker": "তানভীর হোসেন",
                                 "speaker_mention": "তানভীর হোসেন"}
    assert article["text"].startswith("রাশেদ")  # the original is left as it was


def test_a_person_spelt_otherwise_or_sharing_a_word_is_not_renamed() -> None:
    article = _article("", [
        _person("সালাহউদ্দিন আহমদ", "সালাহউদ্দিন আহমেদের"),  # আহমেদ is another spelling
        _person("সাব্বির হোসেন"),
        _person("আকবর হোসেন"),  # shares হোসেন with the one before
        _person("রিজভী", "রিজভীর"),
        {"name": "ঢাকা বিশ্ববিদ্যালয়", "type": "ORG", "mentions": ["ঢাকা বিশ্ববিদ্যালয়"]},
    ])
    assert [p["name"] for p in renameable_persons(article)] == ["রিজভী"]


def test_names_are_replaced_by_names_of_as_many_words_and_each_new_word_once() -> None:
    pool = name_pool([_article("", [_person("তানভীর হোসেন"), _person("নাজমুল"), _person("জোনায়েদ সাকি"),
                                    _person("ঢাকা খান")])], frozenset({"ঢাকা"}))
    assert pool == [("জোনায়েদ", "সাকি"), ("তানভীর", "হোসেন"), ("নাজমুল",)]
    article = _article("", [_person("রাশেদ খান"), _person("মাহমুদ আলী"), _person("কাদের")])
    mapping = name_map(article, pool, random.Random(1))
    assert mapping["কাদের"] == "নাজমুল"
    assert {mapping["রাশেদ"], mapping["মাহমুদ"]} == {"তানভীর", "জোনায়েদ"}
    assert len(set(mapping.values())) == len(mapping)
    assert name_map(article, pool, random.Random(1)) == mapping  # a seed gives the same copy
