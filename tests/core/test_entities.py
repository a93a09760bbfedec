"""Entity rules, name normalisation, alias merging and editor decisions, in Bengali.

Most rule tests run with a stub tagger that finds nothing (every tag O), so they check the rules
themselves, whatever the trained model does; a few run the shipped model end to end.
"""
from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from core.entities import (
    Decision,
    apply_decisions,
    canonical_name,
    entities,
    name_key,
    nominative,
)
from core.models import Entity, Mention
from core.ner import Lexicon, NerModel, load_model
from core.text import normalize


class StubModel:
    """The shipped lexicon (name lists, corpus vocabulary) with a tagger that finds nothing: what
    is found comes from the rules alone."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def tag(self, words: list[str]) -> list[str]:
        return ["O"] * len(words)


STUB = StubModel(load_model().lexicon)


def found(text: str, model: object = STUB) -> dict[str, Entity]:
    text = normalize(text)
    result = entities(text, model=model)  # type: ignore[arg-type]
    for entity in result:
        for mention in entity.mentions:
            assert text[mention.start:mention.end] == mention.text
    return {e.name: e for e in result}


@pytest.fixture(scope="module")
def model() -> NerModel:
    return load_model()


# ------------------------------------------------------------------ rules, stub tagger

@pytest.mark.parametrize("text, name", [
    ("প্রেসিডেন্ট ভ্লাদিমির পুতিনের সাথে বৈঠক হবে।", "ভ্লাদিমির পুতিন"),
    ("ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ বলেছেন।", "দিমিত্রি পেসকভ"),
    ("রাশিয়ার প্রতিরক্ষা মন্ত্রী সের্গেই শোইগুর জন্য প্রদর্শনী হয়।", "সের্গেই শোইগু"),
    ("দক্ষিণ কোরিয়ার ভাইস পররাষ্ট্রমন্ত্রী চ্যাং হো-জিন বলেছেন।", "চ্যাং হো-জিন"),
    ("বিটিএমএ সভাপতি শওকত আজিজ রাসেল জানান, মিল বন্ধ।", "শওকত আজিজ রাসেল"),
    ("সাবেক প্রধানমন্ত্রী বেগম খালেদা জিয়া আর নেই।", "খালেদা জিয়া"),
])
def test_title_before_a_name_makes_a_person(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text", [
    "মন্ত্রণালয়ের মুখপাত্র বলেছেন, আলোচনা হবে।",
    "সাবেক প্রধানমন্ত্রী হিসেবে তিনি সফর করেন।",
    "দলের সদস্য পদত্যাগ করেছেন।",
])
def test_a_title_without_a_name_makes_nobody(text: str) -> None:
    assert not [e for e in found(text).values() if e.type == "PERSON"]


@pytest.mark.parametrize("text, name, kind", [
    ("স্বরাষ্ট্র মন্ত্রণালয়ে একটা মিটিং আছে।", "স্বরাষ্ট্র মন্ত্রণালয়", "ORG"),
    ("জাতিসংঘের নিরাপত্তা পরিষদের প্রস্তাব লঙ্ঘন করবে।", "নিরাপত্তা পরিষদ", "ORG"),
    ("বাংলাদেশ ক্রিকেট বোর্ড সিদ্ধান্ত নিয়েছে।", "বাংলাদেশ ক্রিকেট বোর্ড", "ORG"),
    ("দক্ষিণ কোরিয়ার প্রতিরক্ষা মন্ত্রণালয়ের মুখপাত্র বলেছেন।", "প্রতিরক্ষা মন্ত্রণালয়", "ORG"),
    ("আজ সিলেট আন্তর্জাতিক স্টেডিয়ামে ম্যাচ ছিল।", "সিলেট আন্তর্জাতিক স্টেডিয়াম", "LOC"),
])
def test_head_words_end_a_name(text: str, name: str, kind: str) -> None:
    result = found(text)
    assert name in result and result[name].type == kind


@pytest.mark.parametrize("text", [
    "রাশিয়ান সংবাদ সংস্থার মতে বৈঠক হবে।",
    "অর্থ প্রদানকারী সংস্থাগুলির বিরুদ্ধে নিষেধাজ্ঞা।",
    "নারী ফুটবল লিগে তিনটি ম্যাচ ছিল।",
])
def test_generic_phrases_with_head_words_are_not_organisations(text: str) -> None:
    assert not [e for e in found(text).values() if e.type == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("রাশিয়ার TASS বার্তা সংস্থা জানিয়েছে।", "TASS"),
    ("বিএনপির নেতারা বৈঠক করেন।", "বিএনপি"),
    ("বিসিবি এক সংবাদবিজ্ঞপ্তিতে জানায়।", "বিসিবি"),
])
def test_acronyms_are_organisations(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"


@pytest.mark.parametrize("text", ["এটি একটি ভিডিও।", "তিনি আইসিইউতে আছেন।", "এমপি বলেন।"])
def test_common_letter_words_are_not_acronyms(text: str) -> None:
    assert not [e for e in found(text).values() if e.type == "ORG"]


def test_full_name_then_acronym_in_brackets_is_one_organisation() -> None:
    result = found("বাংলাদেশ ক্রিকেট বোর্ড (বিসিবি) ম্যাচ স্থগিত করেছে। পরে বিসিবি জানায়, নতুন সূচি হবে।")
    board = result["বাংলাদেশ ক্রিকেট বোর্ড"]
    assert board.type == "ORG" and "বিসিবি" in board.aliases
    assert [m.text for m in board.mentions].count("বিসিবি") == 2
    assert "বিসিবি" not in result


@pytest.mark.parametrize("text, name, mentions", [
    ("রাশিয়া ভোট দিয়েছে। রাশিয়ার অবস্থান স্পষ্ট। তারা রাশিয়াকে অস্ত্র দেবে। কিম রাশিয়ায় পৌঁছেছেন।",
     "রাশিয়া", {"রাশিয়া", "রাশিয়ার", "রাশিয়াকে", "রাশিয়ায়"}),
    ("মুখপাত্র দিমিত্রি পেসকভ বলেছেন। পরে পেসকভ বলেছেন, বৈঠক হবে।", "দিমিত্রি পেসকভ",
     {"দিমিত্রি পেসকভ", "পেসকভ"}),
    ("বিটিএমএ সভাপতি শওকত আজিজ রাসেল জানান। নিজের মিল বন্ধ হয়েছে উল্লেখ করে রাসেল উদ্বেগ প্রকাশ করেন।",
     "শওকত আজিজ রাসেল", {"শওকত আজিজ রাসেল", "রাসেল"}),
])
def test_one_name_one_entity_per_article(text: str, name: str, mentions: set[str]) -> None:
    result = found(text)
    assert {m.text for m in result[name].mentions} == mentions
    assert len([e for e in result.values() if e.type == result[name].type and name_key(e.name) != name_key(name)
                and set(e.name.split()) & set(name.split())]) == 0


def test_countries_in_the_gazetteer_are_places_even_as_actors() -> None:
    result = found("উত্তর কোরিয়া রাশিয়াকে অস্ত্র দেবে না বলেছে পিয়ংইয়ং এবং মস্কো।")
    assert {n: e.type for n, e in result.items()} == {
        "উত্তর কোরিয়া": "LOC", "রাশিয়া": "LOC", "পিয়ংইয়ং": "LOC", "মস্কো": "LOC"}


def test_a_place_spelt_unlike_the_gazetteer_is_still_a_place() -> None:
    # CLDR spells it ভ্লাদিভস্তোক; news text ভ্লাদিভোস্টক
    assert found("পুতিন সোমবার ভ্লাদিভোস্টক পৌঁছেছেন।")["ভ্লাদিভোস্টক"].type == "LOC"


@pytest.mark.parametrize("text", ["মঙ্গলবার জাপানি মিডিয়া জানিয়েছে।", "মার্কিন কর্মকর্তারা বলেছিলেন।",
                                  "রাশিয়ান সরকারী সূত্র জানিয়েছে।"])
def test_demonyms_are_not_entities(text: str) -> None:
    assert found(text) == {}


def test_unknown_subject_of_an_honorific_speech_verb_is_a_person() -> None:
    result = found("লুকা বলেন, তিনি আমাকে সমর্থন করেছেন।")
    assert result["লুকা"].type == "PERSON"


def test_team_names_after_a_city_are_organisations() -> None:
    result = found("আজ সিলেট টাইটান্স বনাম রংপুর রাইডার্সের ম্যাচ ছিল।")
    assert result["সিলেট টাইটান্স"].type == "ORG"
    assert result["রংপুর রাইডার্স"].type == "ORG"


# ------------------------------------------------------------------ names and keys

@pytest.mark.parametrize("word, known, expected", [
    ("কিমের", {"কিম"}, "কিম"),
    ("কিমকে", (), "কিম"),
    ("রাশিয়াকে", (), "রাশিয়া"),
    ("রাশিয়ায়", (), "রাশিয়া"),
    ("পেসকভের", (), "পেসকভ"),
    ("শোইগুর", (), "শোইগু"),
    ("হানিশেদের", (), "হানিশে"),
    ("পরিষদের", (), "পরিষদ"),
    ("মন্ত্রণালয়ের", (), "মন্ত্রণালয়"),
    ("উইংয়ের", (), "উইং"),
    ("হায়দার", (), "হায়দার"),
    ("রাসেল", (), "রাসেল"),
    ("মোহাম্মদপুর", (), "মোহাম্মদপুর"),
    ("ভারতেও", {"ভার", "ভারত"}, "ভারত"),
])
def test_nominative(word: str, known: set[str], expected: str) -> None:
    assert nominative(word, known=known) == expected


def test_the_corpus_vocabulary_keeps_names_that_end_like_case_endings() -> None:
    assert nominative("কাদের") == "কা"  # without a vocabulary, -দের after a vowel is the plural
    assert nominative("কাদের", vocabulary={"কাদের"}) == "কাদের"
    assert nominative("বিএনপির", known={"বিএনপি"}) == "বিএনপি"


@pytest.mark.parametrize("surface, expected", [
    ("বেগম খালেদা জিয়ার", "খালেদা জিয়া"),
    ("মওলানা আব্দুল হামিদ খান ভাসানীর", "আব্দুল হামিদ খান ভাসানী"),
    ("ডা. তাসনিম জারা", "তাসনিম জারা"),
    ("অ্যাডভোকেট মনিরা শারমিন", "মনিরা শারমিন"),
    ("মো. জাহাঙ্গীর আলম", "মো. জাহাঙ্গীর আলম"),
    ("জো চুন রিয়ং-এর", "জো চুন রিয়ং"),
    ("TASS'র", "TASS"),
    ("রাশিয়াকে", "রাশিয়া"),
])
def test_canonical_name(surface: str, expected: str) -> None:
    assert canonical_name(surface, known={"জিয়া", "ভাসানী"}) == expected


@pytest.mark.parametrize("a, b", [
    ("চ্যাং হো-জিন", "চ্যাং  হো জিন"),
    ("শেখ আব্দুর রশীদ", "শেখ আব্দুর রশিদ"),
    ("বেগম খালেদা জিয়া", "খালেদা জিয়া"),
    ("TASS", "tass"),
])
def test_name_key_matches_spelling_variants(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_name_key_keeps_different_names_apart() -> None:
    assert name_key("খালেদা জিয়া") != name_key("খালেদ সাইফুল্লাহ")


# ------------------------------------------------------------------ editor decisions

def _entity(name: str, kind: str = "PERSON", start: int = 0) -> Entity:
    return Entity(name, kind, (Mention(start, start + len(name), name),))


@pytest.mark.parametrize("decision, check", [
    (Decision("rename", "দিমিত্রি পেসকভ"), lambda out: out[0].name == "দিমিত্রি পেসকভ"),
    (Decision("retype", "ORG"), lambda out: out[0].type == "ORG"),
    (Decision("reject"), lambda out: [e.name for e in out] == ["কিম জং উন"]),
    ({"action": "merge", "value": "কিম জং উন"},
     lambda out: len(out) == 1 and len(out[0].mentions) == 2 and "পেসকভ" in out[0].aliases),
])
def test_decisions_override_the_model(decision: object, check: object) -> None:
    out = apply_decisions([_entity("পেসকভ"), _entity("কিম জং উন", start=20)], {"পেসকভ": decision})  # type: ignore[dict-item]
    assert check(out)  # type: ignore[operator]
    touched = [e for e in out if e.name != "কিম জং উন" or e.aliases]
    assert all(e.source == "editor" and e.confidence == 1.0 for e in touched)


def test_decisions_are_found_by_name_key_and_alias() -> None:
    entity = Entity("খালেদা জিয়া", "PERSON", (), aliases=("খালেদা",))
    assert apply_decisions([entity], {"বেগম খালেদা জিয়া": Decision("retype", "ORG")})[0].type == "ORG"
    assert apply_decisions([entity], {"খালেদা": Decision("reject")}) == []


@pytest.mark.parametrize("action, value", [("delete", None), ("retype", "PLACE"), ("rename", "")])
def test_bad_decisions_raise_naming_the_allowed_values(action: str, value: str | None) -> None:
    with pytest.raises(ValueError, match="must be|needs"):
        Decision(action, value)


def test_entities_apply_decisions_passed_in() -> None:
    text = "প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেছেন। রাশিয়া ভোট দিয়েছে।"
    out = entities(text, model=STUB, decisions={"রাশিয়া": {"action": "reject"},  # type: ignore[arg-type]
                                                "ভ্লাদিমির পুতিন": {"action": "rename", "value": "পুতিন"}})
    assert [(e.name, e.source) for e in out] == [("পুতিন", "editor")]


# ------------------------------------------------------------------ the shipped model, end to end

SEED_EXPECTED = {
    "কিম জং উন": ("PERSON", {"কিম", "কিমের", "কিমকে"}),
    "দিমিত্রি পেসকভ": ("PERSON", {"পেসকভ"}),
    "চ্যাং হো-জিন": ("PERSON", set()),
    "সের্গেই শোইগু": ("PERSON", set()),
    "ম্যাথিউ মিলার": ("PERSON", set()),
    "মাইকেল ম্যাডেন": ("PERSON", set()),
    "ক্রেমলিন": ("ORG", set()),
    "TASS": ("ORG", set()),
    "নিরাপত্তা পরিষদ": ("ORG", set()),
    "ভ্লাদিভোস্টক": ("LOC", set()),
    "পিয়ংইয়ং": ("LOC", set()),
    "রাশিয়া": ("LOC", {"রাশিয়া", "রাশিয়ার", "রাশিয়াকে", "রাশিয়ায়"}),
}


def test_seed_article(model: NerModel, seed_text: str) -> None:
    result = found(seed_text, model)
    for name, (kind, mentions) in SEED_EXPECTED.items():
        assert name in result, name
        assert result[name].type == kind, name
        assert mentions <= {m.text for m in result[name].mentions}, name
    assert "কিম" not in result and "পেসকভ" not in result and "রাশিয়ার" not in result


def test_gold_articles_every_mention_is_exact(model: NerModel, shared_data: Path) -> None:
    for path in sorted((shared_data / "gold-dev").glob("*.json")):
        text = normalize(json.loads(path.read_text(encoding="utf-8"))["text"])
        for entity in entities(text, model=model):
            assert entity.type in ("PERSON", "ORG", "LOC")
            assert entity.name and entity.name == entity.name.strip()
            for mention in entity.mentions:
                assert text[mention.start:mention.end] == mention.text


def test_entities_pickle(model: NerModel, seed_text: str) -> None:
    result = entities(normalize(seed_text), model=model)
    assert pickle.loads(pickle.dumps(result)) == result
