"""`make probe`: the NER sets' speech sentences read back, and which speakers are listed for a look."""
from __future__ import annotations

import json
from pathlib import Path

from bench.probe import Sentence, banglakit_sentences, names_nobody, rifat_sentences


def test_a_rifat_file_gives_sentences_with_their_labelled_words(tmp_path: Path) -> None:
    path = tmp_path / "test.txt"
    path.write_text("\ufeffরাশেদ\tB-PER\nখান\tI-PER\nবলেন\tO\n,\tO\nভালো\tO\n।\tO\n\nআজ\tB-TIM\nবৃষ্টি\tO\n",
                    encoding="utf-8")
    assert list(rifat_sentences(path)) == [Sentence("রাশেদ খান বলেন, ভালো।", ("রাশেদ", "খান")),
                                           Sentence("আজ বৃষ্টি", ())]


def test_a_banglakit_line_gives_its_text_and_labelled_words(tmp_path: Path) -> None:
    path = tmp_path / "main.jsonl"
    line = ["বিএনপি বলেছে, সময় নেই।", ["U-ORG", "O", "O", "O"]]
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    assert list(banglakit_sentences(path)) == [Sentence("বিএনপি বলেছে, সময় নেই।", ("বিএনপি",))]


def test_a_speaker_naming_nobody_is_listed_and_a_name_or_pronoun_is_not() -> None:
    sentence = Sentence("কমিটির সদস্য সাইদুর মুঠোফোনে বলেন, 'ঠিক আছে।'", ("সাইদুর",))
    assert names_nobody("টাকা", "টাকা", "person", sentence, frozenset())
    assert not names_nobody("সাইদুর", "সাইদুর", "person", sentence, frozenset())
    assert not names_nobody("আবুল হাসান", "তিনি", "person", sentence, frozenset())
    assert not names_nobody("কমিটি", "কমিটি", "organisation", sentence, frozenset())
    assert not names_nobody("মোশাররফ হোসেন", "মোশাররফ হোসেন", "person", sentence, frozenset({"মোশাররফ হোসেন"}))
