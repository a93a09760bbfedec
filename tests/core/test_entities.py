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
    people_from_speakers,
)
from core.lexicon.orgs import NAMES_NEEDING_CONTEXT, ORGANISATIONS
from core.lexicon.people import PEOPLE
from core.models import Entity, Mention, Quote
from core.ner import Lexicon, NerModel, load_model
from core.pipeline import analyze
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
    # a deputy's or co-holder's role is a role too
    ("পররাষ্ট্র দপ্তরের উপমুখপাত্র মেরি হার্ফ ব্রিফিংয়ে কথা জানান।", "মেরি হার্ফ"),
    ("দলের সহমুখপাত্র জাহিদ রহমান বলেন, আলোচনা হবে।", "জাহিদ রহমান"),
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
    ("আসামিদের রাজশাহী কেন্দ্রীয় কারাগারে পাঠানো হয়েছে।", "রাজশাহী কেন্দ্রীয় কারাগার", "ORG"),
    ("গতকাল বিকেলে তিনি কুমিল্লা কেন্দ্রীয় কারাগার থেকে মুক্তি পান।", "কুমিল্লা কেন্দ্রীয় কারাগার", "ORG"),
    # the press's other spellings of head words
    ("গত বছর থেকে সে জামিয়া রহমানিয়া মাদরাসায় পড়ে।", "জামিয়া রহমানিয়া মাদরাসা", "ORG"),
    ("জাতীয় মহাকাশ গবেষণা অ্যাজেন্সি প্রতিবেদনটি দিয়েছে।", "জাতীয় মহাকাশ গবেষণা অ্যাজেন্সি", "ORG"),
    ("বাংলাদেশ ফুটবলারস ওয়েলফেয়ার এসোসিয়েশনের সভা হয়।", "বাংলাদেশ ফুটবলারস ওয়েলফেয়ার এসোসিয়েশন", "ORG"),
    # armed units named by a name are organisations, not people
    ("হামাসের সামরিক শাখা আল কাসসাম ব্রিগেডের মুখপাত্র বলেন, তারা প্রস্তুত।", "আল কাসসাম ব্রিগেড", "ORG"),
    ("মেলায় নিরাপত্তা দেয় আর্মড পুলিশ ব্যাটালিয়ন।", "আর্মড পুলিশ ব্যাটালিয়ন", "ORG"),
])
def test_head_words_end_a_name(text: str, name: str, kind: str) -> None:
    result = found(text)
    assert name in result and result[name].type == kind


@pytest.mark.parametrize("text", [
    "রাশিয়ান সংবাদ সংস্থার মতে বৈঠক হবে।",
    "অর্থ প্রদানকারী সংস্থাগুলির বিরুদ্ধে নিষেধাজ্ঞা।",
    "নারী ফুটবল লিগে তিনটি ম্যাচ ছিল।",
    "আদালত তাকে কারাগারে পাঠানোর নির্দেশ দেন।",
    "ভারতের কারাগারে তিনি দুই বছর ছিলেন।",
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


@pytest.mark.parametrize("text", [
    "প্রকল্পের ডিপিপি সংশোধন করে আবার পাঠানো হয়েছে।",
    "রপ্তানিকারকেরা ইডিএফ থেকে ঋণ নিতে পারবেন।",
    "চুক্তিতে এমএফএন সুবিধার কথা বলা হয়েছে।",
    "নতুন একটি এফএসআরইউ বসানোর পরিকল্পনা আছে।",
    "খাতটির নাম RMG, যা রপ্তানির বড় অংশ।",
    "নতুন কূপে ২১০ বিসিএফ গ্যাস মিলেছে।",
    "দেশের মোট মজুত এখন প্রায় নয় টিসিএফের কাছাকাছি।",
    "ক্ষেত্রটি থেকে দিনে ৪০ এমএমসিএফডি গ্যাস তোলা হচ্ছে।",
    "তাঁর নামে দুটি ইউএসডি হিসাব খোলা হয়েছিল।",
    "এমডিজি অর্জনে দেশটি এগিয়ে ছিল।",
])
def test_acronyms_of_terms_of_trade_and_finance_are_no_organisations(text: str) -> None:
    assert not [e for e in found(text).values() if e.type == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("শনিবার ফর্টিস এফসিকে তিন গোলে হারিয়েছে আবাহনী।", "ফর্টিস এফসি"),
    ("আনসার এফসির অধিনায়ক চোটে পড়েছেন।", "আনসার এফসি"),
    ("তরুণদের নিয়ে গড়া বসুন্ধরা কিংস এফসি শিরোপা জিতেছে।", "বসুন্ধরা কিংস এফসি"),
    ("ফরাশগঞ্জ এসসির কোচ পদত্যাগ করেছেন।", "ফরাশগঞ্জ এসসি"),
])
def test_a_word_before_a_clubs_suffix_names_the_club(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"
    assert not [n for n in result if n.startswith("এফসি")]


@pytest.mark.parametrize("text, name", [
    ("দিল্লি হাইকোর্টের রায়ে মামলাটি খারিজ হয়।", "দিল্লি হাইকোর্ট"),
    ("গত বছর ইসলামাবাদ হাইকোর্ট জামিন দেন।", "ইসলামাবাদ হাইকোর্ট"),
])
def test_a_place_before_the_high_court_names_the_court(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"


@pytest.mark.parametrize("text, name", [
    ("ঢাকার মুখ্য মহানগর হাকিম আদালতের বিচারক আবেদনটি খারিজ করেন।", "মুখ্য মহানগর হাকিম আদালত"),
    ("তিনি ঢাকার বিচারিক হাকিম আদালতে মামলা করেন।", "বিচারিক হাকিম আদালত"),
    ("ঢাকার মহানগর দায়রা জজ আদালতের বিচারক শুনানি করেন।", "মহানগর দায়রা জজ আদালত"),
    ("জেলা ও দায়রা জজ আদালতে মামলা হয়।", "জেলা ও দায়রা জজ আদালত"),
    ("গতকাল ঢাকার বিশেষ জজ আদালত-৩-এ শুনানি হয়।", "বিশেষ জজ আদালত-৩"),
])
def test_a_court_named_by_its_judges_rank_is_one_organisation(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "ORG"
    assert not [n for n in result if n != name and "আদালত" in n]


@pytest.mark.parametrize("text, name", [
    ("ঘটনাস্থলে সাংবাদিকদের ব্রিফ করেন র্যাব-২-এর অধিনায়ক।", "র্যাব-২"),
    ("আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল-১ গতকাল তাঁর বিরুদ্ধে অভিযোগ গঠন করেন।", "আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল-১"),
    ("ট্রাইব্যুনাল-২-এর চেয়ারম্যান এই আদেশ দেন।", "ট্রাইব্যুনাল-২"),
])
def test_a_units_number_after_a_hyphen_is_part_of_its_name(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "ORG"
    assert not [n for n in result if n != name and n in name]


def test_a_unions_place_before_its_council_names_the_council(model: NerModel) -> None:
    result = found("তিনি হারাটি ইউনিয়ন পরিষদের চেয়ারম্যান ছিলেন। হারাটি ইউনিয়নে হামলা হয়।", model)
    assert result["হারাটি ইউনিয়ন পরিষদ"].type == "ORG"
    assert [m.text for m in result["হারাটি"].mentions] == ["হারাটি ইউনিয়নে"]


def test_a_place_in_the_genitive_before_the_high_court_stays_a_place() -> None:
    result = found("ঢাকার হাইকোর্টে রিট আবেদন করা হয়।")
    assert result["ঢাকা"].type == "LOC" and "ঢাকার হাইকোর্ট" not in result


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


def test_a_country_named_by_two_demonyms_is_a_place() -> None:
    result = found("আগামী আসর হবে সৌদি আরবে। সৌদি সরকার জানিয়েছে।")
    assert set(result) == {"সৌদি আরব"} and result["সৌদি আরব"].type == "LOC"


@pytest.mark.parametrize("names, text", [
    ({"এশিয়ান গেমসে": "PER"}, "হামজারা এশিয়ান গেমসে খেলতে পারবেন না।"),
    ({"এশিয়া কাপ": "ORG"}, "এশিয়া কাপ শুরু হচ্ছে।"),
])
def test_events_are_not_entities(names: dict[str, str], text: str) -> None:
    assert found(text, scripted(names)) == {}


def test_unknown_subject_of_an_honorific_speech_verb_is_a_person() -> None:
    result = found("লুকা বলেন, তিনি আমাকে সমর্থন করেছেন।")
    assert result["লুকা"].type == "PERSON"


@pytest.mark.parametrize("names, text, name, kind", [
    # a name the model typed ORG with nothing of an organisation about it speaks like a person
    ({"মির্জা ফখরুল": "ORG"}, "এসব কথা বলেন তিনি। মির্জা ফখরুল বলেন, এই সংবাদটি নিয়ে কিছু বলার নেই।",
     "মির্জা ফখরুল", "PERSON"),
    # an outlet addressed in -কে, an organisation head word or a plain verb keep the model's ORG
    ({"বিবিসি বাংলাকে": "ORG"}, "ওই নেতা বিবিসি বাংলাকে বলেন, কিছু বলার নেই।", "বিবিসি বাংলা", "ORG"),
    ({"রেলওয়ে থানা": "ORG"}, "রেলওয়ে থানা জানান, তদন্ত চলছে।", "রেলওয়ে থানা", "ORG"),
    ({"মির্জা আজিজ": "ORG"}, "মির্জা আজিজ জানিয়েছে, তদন্ত চলছে।", "মির্জা আজিজ", "ORG"),
])
def test_an_organisation_typed_name_before_an_honorific_speech_verb(
        names: dict[str, str], text: str, name: str, kind: str) -> None:
    assert found(text, scripted(names))[name].type == kind


@pytest.mark.parametrize("text, name", [
    # an honorific between a title and one word announces a name, even a word of the news vocabulary
    ("সরকারের প্রধান উপদেষ্টা প্রফেসর ইউনূস আমাদেরকে ফোন করেছিলেন।", "ইউনূস"),
    ("দলের সভাপতি ড. ইউনূস বক্তব্য দেন।", "ইউনূস"),
])
def test_a_single_word_after_title_and_honorific_is_a_name(text: str, name: str) -> None:
    assert found(text)[name].type == "PERSON"


@pytest.mark.parametrize("text, name", [
    # an Islamic scholar's style opens a name as a title does
    ("জুমার নামাজের আগে বয়ান করেন মুফতি হাবিবুল্লাহ।", "হাবিবুল্লাহ"),
    ("দোয়া পরিচালনা করেন মাওলানা ওবায়দুল্লাহ।", "ওবায়দুল্লাহ"),
])
def test_a_word_after_a_scholars_style_is_a_name(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text", [
    "মুফতি হিসেবে তিনি ফতোয়া দেন।",
    "গ্রামের মাওলানা সাহেবরা উপস্থিত ছিলেন।",
])
def test_a_scholars_style_without_a_name_makes_nobody(text: str) -> None:
    assert not [e for e in found(text).values() if e.type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    # one to three words alone after an honorific verb of saying or thinking are its subject
    ("ভেরিফায়েড ফেসবুক পেজে এক পোস্টে এই শোক জানান জয়। জয় লিখেছেন, সবাই ভালো থাকুন।", "জয়"),
    ("আশা করি আর কখনো হব না’- বলেন পেজ। তিনি আরও বলেন, ভালো খেলা হয়েছে।", "পেজ"),
    ("‘সবার প্রতি রইলো আন্তরিক সমবেদনা।’ যোগ করেন সজীব ওয়াজেদ জয়।", "সজীব ওয়াজেদ জয়"),
])
def test_the_subject_after_a_verb_of_saying_is_a_person(text: str, name: str) -> None:
    assert found(text)[name].type == "PERSON"


def test_a_one_word_speaker_joins_the_fuller_name_written_elsewhere() -> None:
    result = found("হতাশা লুকাননি কিউরেটর ম্যাট পেজ। ‘এটা ভালো নয়’- বলেন পেজ।", scripted({"ম্যাট": "PER"}))
    assert "পেজ" not in result and any(m.text == "পেজ" for m in result["ম্যাট পেজ"].mentions)


@pytest.mark.parametrize("text", [
    "তবু প্রতি বছরই তিনি নতুন করে জানান দেন, সময় বদলেছে।",  # a light verb, not a name
    "এ কথা জানান তিনি। খাবারের দাম বেশি বলে মনে করেন না।",  # a pronoun, a negation
    "প্রকল্পের অগ্রগতি নিয়ে সন্তোষ প্রকাশ করে বক্তব্য দেন মুখপাত্র।",  # a title
])
def test_no_name_after_a_verb_of_saying_without_one(text: str) -> None:
    assert [e for e in found(text).values() if e.type == "PERSON"] == []


@pytest.mark.parametrize("text, tagged, name", [
    ("তখন পলাশ হাসতে হাসতে বলেন, রোকেয়া ভালো আছে।", "পলাশ হাসতে", "পলাশ"),
    ("দলের সভায় করিম ঘুরে ঘুরে সবার খোঁজ নেন।", "করিম ঘুরে ঘুরে", "করিম"),
])
def test_a_word_said_twice_is_no_part_of_a_name(text: str, tagged: str, name: str) -> None:
    result = found(text, scripted({tagged: "PER"}))
    assert name in result and not [n for n in result if n != name]


@pytest.mark.parametrize("text, tagged, name", [
    ("এনসিপির আহবায়ক নাহিদ ইসলাম বলেন, জোট হবে।", "আহবায়ক নাহিদ ইসলাম", "নাহিদ ইসলাম"),  # আহ্বায়ক misspelt
    ("এমসিজির কিউরেটর ম্যাট পেজ বলেন, উইকেট ভালো ছিল না।", "কিউরেটর ম্যাট পেজ", "ম্যাট পেজ"),
])
def test_a_role_the_tagger_ran_into_a_name_is_no_part_of_it(text: str, tagged: str, name: str) -> None:
    result = found(text, scripted({tagged: "PER"}))
    assert name in result and result[name].type == "PERSON" and tagged not in result


@pytest.mark.parametrize("text, name", [
    ("গতকাল ফাইন ফুডসের শেয়ারের দাম বেড়েছে।", "ফাইন ফুডস"),
    ("গতকাল রহিমা কেমিক্যালসের শেয়ারের দাম বেড়েছে।", "রহিমা কেমিক্যালস"),
])
def test_listed_companies_are_organisations(text: str, name: str) -> None:
    assert found(text)[name].type == "ORG"


@pytest.mark.parametrize("text, name, mention", [
    ("পরে ২০ দলীয় জোট গঠিত হয়।", "২০ দলীয় জোট", "২০ দলীয় জোট"),
    ("জামায়াতে ইসলামীসহ ১০–দলীয় জোটে যোগ দিল এনসিপি।", "১০ দলীয় জোট", "১০–দলীয় জোটে"),
    ("১৯৮৩ সালে সাত-দলীয় জোট গঠিত হয়।", "সাত-দলীয় জোট", "সাত-দলীয় জোট"),
    ("চারদলীয় ঐক্যজোটের নেতারা বৈঠকে বসেন।", "চারদলীয় ঐক্যজোট", "চারদলীয় ঐক্যজোটের"),
    ("সমমনা ১২ দলীয় জোটের নেতারা আসেন।", "সমমনা ১২ দলীয় জোট", "সমমনা ১২ দলীয় জোটের"),
])
def test_an_alliance_named_by_its_number_of_parties_is_an_organisation(text: str, name: str, mention: str) -> None:
    result = found(text)
    assert result[name].type == "ORG" and [m.text for m in result[name].mentions] == [mention]


@pytest.mark.parametrize("text, name", [
    ("সেই সময় তার দপ্তর 'হাওয়া ভবন' ক্ষমতার আরেক কেন্দ্র হয়ে ওঠে।", "হাওয়া ভবন"),
    ("সোমবার আগারগাঁওয়ের নির্বাচন ভবনে সাংবাদিকদের ব্রিফ করা হয়।", "নির্বাচন ভবন"),
    ("আজ রোববার রাষ্ট্রীয় অতিথি ভবন যমুনায় উপদেষ্টা পরিষদের সভা হয়।", "রাষ্ট্রীয় অতিথি ভবন যমুনা"),
])
def test_buildings_of_state_named_with_ordinary_words_are_places(text: str, name: str) -> None:
    assert found(text)[name].type == "LOC"


@pytest.mark.parametrize("text, name, mention", [
    ("১৯৭১ সালে পশ্চিম পাকিস্তানে বন্দি ছিলেন তিনি।", "পশ্চিম পাকিস্তান", "পশ্চিম পাকিস্তানে"),
    ("মেহেদির চল ভারতীয় উপমহাদেশে বহু পুরোনো।", "ভারতীয় উপমহাদেশ", "ভারতীয় উপমহাদেশে"),
    ("ব্রিটিশ ভারতের আইনসভায় তিনি সদস্য ছিলেন।", "ব্রিটিশ ভারত", "ব্রিটিশ ভারতের"),
])
def test_regions_and_historical_countries_are_places(text: str, name: str, mention: str) -> None:
    result = found(text)
    assert result[name].type == "LOC" and [m.text for m in result[name].mentions] == [mention]


@pytest.mark.parametrize("text, name, mention", [
    ("রায়ের বিরুদ্ধে হাইকোর্টে রিট করা হয়েছে।", "হাইকোর্ট", "হাইকোর্টে"),
    ("পরে আপিল বিভাগ রায় বহাল রাখে।", "আপিল বিভাগ", "আপিল বিভাগ"),
    ("সভায় উপদেষ্টা পরিষদের সদস্যরা উপস্থিত ছিলেন।", "উপদেষ্টা পরিষদ", "উপদেষ্টা পরিষদের"),
    ("গতকাল একনেক সভায় প্রকল্পটি পাস হয়।", "একনেক", "একনেক"),
])
def test_courts_and_councils_of_state_are_organisations(text: str, name: str, mention: str) -> None:
    result = found(text)
    assert result[name].type == "ORG" and mention in [m.text for m in result[name].mentions]


def test_a_citys_high_court_is_an_organisation() -> None:
    result = found("লাহোর হাইকোর্টের বিচারক আদেশ দেন।", scripted({"লাহোর হাইকোর্টের": "LOC"}))
    assert result["লাহোর হাইকোর্ট"].type == "ORG"


def test_according_to_is_no_part_of_a_name() -> None:
    tagged = "ন্যাশনাল লাইব্রেরি অব মেডিসিনের তথ্যমতে"
    result = found(f"{tagged}, এই রোগ বাড়ছে।", scripted({tagged: "ORG"}))
    assert result["ন্যাশনাল লাইব্রেরি অব মেডিসিন"].type == "ORG" and not [n for n in result if "তথ্যমতে" in n]


def test_the_branch_in_brackets_after_a_title_is_no_person() -> None:
    text = "বিষয়টি নিশ্চিত করেন তেজগাঁও থানার পরিদর্শক (অপারেশন্স) আব্দুল হান্নান।"
    result = found(text, scripted({"অপারেশন্স": "PER", "আব্দুল হান্নান": "PER"}))
    assert "অপারেশন্স" not in result and result["আব্দুল হান্নান"].type == "PERSON"


def test_an_alliance_around_a_party_is_no_name() -> None:
    assert not [name for name in found("বিএনপির জোট থেকে দুটি দল বেরিয়ে গেছে।") if "জোট" in name]


def test_team_names_after_a_city_are_organisations() -> None:
    result = found("আজ সিলেট টাইটান্স বনাম রংপুর রাইডার্সের ম্যাচ ছিল।")
    assert result["সিলেট টাইটান্স"].type == "ORG"
    assert result["রংপুর রাইডার্স"].type == "ORG"


class ScriptedModel(StubModel):
    """The shipped lexicon with a tagger that tags the given phrases (as the CRF might, mistakes
    included), so a rule that repairs the model's names can be checked whatever the model does."""

    def __init__(self, lexicon: Lexicon, names: dict[str, str]) -> None:
        super().__init__(lexicon)
        self.names = {tuple(normalize(k).split()): v for k, v in names.items()}

    def tag(self, words: list[str]) -> list[str]:
        tags = ["O"] * len(words)
        for phrase, label in self.names.items():
            for i in range(len(words) - len(phrase) + 1):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    tags[i:i + len(phrase)] = [f"B-{label}"] + [f"I-{label}"] * (len(phrase) - 1)
        return tags


def scripted(names: dict[str, str]) -> ScriptedModel:
    return ScriptedModel(STUB.lexicon, names)


@pytest.mark.parametrize("text, mention", [
    ("ব্যাংক অব শ্রীলঙ্কার গভর্নর ও অর্থমন্ত্রীর সাথে আমার ছবি ছাপা হলো।", "ব্যাংক অব শ্রীলঙ্কার"),
    ("অলিম্পিক কাউন্সিল অব এশিয়া সম্প্রতি চিঠি দিয়েছে।", "অলিম্পিক কাউন্সিল অব এশিয়া"),
    ("আমেরিকান কলেজ অফ কার্ডিওলজির জার্নালে গবেষণাটি প্রকাশিত হয়।", "আমেরিকান কলেজ অফ কার্ডিওলজির"),
])
def test_an_organisation_named_after_its_head_with_of_needs_no_name_before_it(text: str, mention: str) -> None:
    result = found(text)
    assert [e.type for e in result.values() if mention in [m.text for m in e.mentions]] == ["ORG"]


@pytest.mark.parametrize("text", [
    "ফুটবল লিগ শুরু হচ্ছে আগামী মাসে।",
    "আমেরিকান কলেজ শিক্ষার্থীরা বিক্ষোভ করেছে।",
])
def test_a_head_without_a_name_before_or_after_it_names_nothing(text: str) -> None:
    assert not [e for e in found(text).values() if e.type == "ORG"]


@pytest.mark.parametrize("text, name, mention", [
    ("যাত্রাবাড়ীর শনির আখড়ার একটি বাসায় আগুন লাগে।", "শনির আখড়া", "শনির আখড়ার"),
    ("কুড়িল থেকে পূর্বাচলে যাওয়ার পথে দুর্ঘটনা ঘটে।", "পূর্বাচল", "পূর্বাচলে"),
    ("আশুলিয়ার বাইপাইল এলাকায় সড়ক অবরোধ করা হয়।", "বাইপাইল", "বাইপাইল"),
])
def test_city_neighbourhoods_are_places_in_their_case_forms(text: str, name: str, mention: str) -> None:
    result = found(text)
    assert result[name].type == "LOC" and mention in [m.text for m in result[name].mentions]


@pytest.mark.parametrize("text, name", [
    ("এছাড়া বিএনপির এম এ কাইয়ূম ঢাকা-১১ আসন থেকে লড়বেন।", "এম এ কাইয়ূম"),
    ("তরুণ আমলা আগা শাহি ফাইলটি গভর্নর জেনারেলের কাছে নিয়ে আসেন।", "আগা শাহি"),
])
def test_initials_and_roles_around_a_name(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert result[name].type == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("ব্যবসায়িক সহযোগী নাজমুল কাদির শাহজাহান ওই ঋণের সিগনেটরি।", "নাজমুল কাদির শাহজাহান"),
    ("’ মেহেদী হাসান কচি লিখেছেন, ‘খালেদা জিয়ার মৃত্যুতে শোক প্রকাশ করছি।’", "মেহেদী হাসান কচি"),
])
def test_bangladeshi_given_names_the_name_list_lacks_keep_a_name_whole(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert result[name].type == "PERSON"


@pytest.mark.parametrize("text, name, not_name", [
    ("বাজার মূলধন কমেছে টেলিযোগাযোগ খাতের কোম্পানি গ্রামীণফোন লিমিটেডের।", "গ্রামীণফোন লিমিটেড",
     "কোম্পানি গ্রামীণফোন লিমিটেড"),
    ("সাতকানিয়া উপজেলার ধর্মপুর মৌজায় মহালক্ষ্মী ব্যাংকের ৮৩ শতাংশ জমি রয়েছে।", "মহালক্ষ্মী ব্যাংক",
     "ধর্মপুর মৌজায় মহালক্ষ্মী ব্যাংক"),
])
def test_an_organisations_name_starts_after_its_category_and_a_place_in_the_locative(
        model: NerModel, text: str, name: str, not_name: str) -> None:
    result = found(text, model)
    assert result[name].type == "ORG" and not_name not in result


@pytest.mark.parametrize("text, initials, name", [
    ("আওয়ামী লীগের কো-চেয়ারম্যান এইচ টি ইমাম বলেন, নির্বাচন হবে।", "এইচ টি", "এইচ টি ইমাম"),
    ("অতিরিক্ত প্রধান প্রকৌশলী এ কিউ এম একরামউল্লাহ তাঁর দপ্তরে বসে কাজ ভাগ করেন।", "এ কিউ এম",
     "এ কিউ এম একরামউল্লাহ"),
])
def test_initials_the_tagger_took_for_a_name_take_in_the_name_after_them(text: str, initials: str, name: str) -> None:
    result = found(text, scripted({initials: "PER"}))
    assert result[name].type == "PERSON" and initials not in result


@pytest.mark.parametrize("text, name", [
    ("গত সোমবার মার্কিন পররাষ্ট্র দপ্তরের মুখপাত্র ব্রিফিংয়ে কথা জানান।", "মার্কিন পররাষ্ট্র দপ্তর"),
    ("সেখান থেকে মার্কিন নৌবাহিনীর জাহাজে করে অস্ত্রগুলো নেওয়া হবে।", "মার্কিন নৌবাহিনী"),
    ("ভারতীয় সেনাবাহিনী জানিয়েছে, সীমান্তে উত্তেজনা নেই।", "ভারতীয় সেনাবাহিনী"),
])
def test_a_demonym_before_a_ministry_or_armed_service_is_part_of_its_name(text: str, name: str) -> None:
    result = found(text)
    assert result[name].type == "ORG"


def test_a_demonym_before_forces_names_no_service() -> None:
    assert not found("পাকিস্তানি বাহিনীর হামলায় গ্রামটি পুড়ে যায়।")


def test_a_given_name_opener_with_its_stop_set_apart_stays_in_the_name(model: NerModel) -> None:
    result = found("হাজীগঞ্জ থানার এসআই মো . আনোয়ার হোসেন জানান, তাঁদের আদালতে পাঠানো হয়েছে।", model)
    assert [m.text for e in result.values() if e.type == "PERSON" for m in e.mentions] == ["মো . আনোয়ার হোসেন"]


@pytest.mark.parametrize("text, tagged, kind, name", [
    ("শিরোপার অন্যতম দাবিদার মানছেনও দেল বস্ক, তবে অন্যদের খাটো করে দেখছেন না।", "মানছেনও দেল বস্ক", "PER",
     "দেল বস্ক"),
    ("শেষ পর্যন্ত জিততে পারল উরাওয়া রেডস।", "পারল উরাওয়া রেডস", "ORG", "উরাওয়া রেডস"),
])
def test_a_verb_the_tagger_ran_into_its_subject_is_left_out(text: str, tagged: str, kind: str, name: str) -> None:
    result = found(text, scripted({tagged: kind}))
    assert name in result and tagged not in result


@pytest.mark.parametrize("text, tagged, name", [
    ("পরশু স্প্যানিশ ক্রীড়া দৈনিক এএসকে স্পেন কোচ এটাও বলেছেন।", "দৈনিক এএসকে", "এএসকে"),
    ("মাদ্রিদভিত্তিক দৈনিক মার্কা অ্যাথলেটিকোর খবর ছেপেছে।", "দৈনিক মার্কা অ্যাথলেটিকোর", "মার্কা অ্যাথলেটিকো"),
    ("দৈনিক জং ২৫ ডিসেম্বর লিখেছে।", "দৈনিক জং", "দৈনিক জং"),
])
def test_daily_after_what_the_paper_is_is_no_part_of_its_name(text: str, tagged: str, name: str) -> None:
    result = found(text, scripted({tagged: "ORG"}))
    assert result[name].type == "ORG"


def test_a_place_the_tagger_put_before_a_persons_name_leaves_a_person() -> None:
    text = "পাবনার বেড়ায় রহিমা খাতুন (৯০) নামে এক বৃদ্ধাকে হত্যা করা হয়েছে।"
    result = found(text, scripted({"বেড়ায় রহিমা খাতুন": "ORG"}))
    assert result["রহিমা খাতুন"].type == "PERSON"


def test_a_country_left_after_the_title_the_tagger_took_is_a_place(model: NerModel) -> None:
    text = "চেঙ্গিস খবর পেয়েছিলেন মসুলের যুবরাজ সিরিয়া আক্রমণ করতে যাচ্ছেন।"
    result = found(text, model)  # the shipped tagger reads "যুবরাজ সিরিয়া" as a person
    assert result["সিরিয়া"].type == "LOC"


@pytest.mark.parametrize("text, name", [
    ("সাবেক রাষ্ট্রদূত এবং রাজনীতিবিদ মাহফুজ আনাম বলেন।", "মাহফুজ আনাম"),
    ("প্রাণীপ্রেমী জাইমা রহমান বলেন, বিড়ালটি ভালো আছে।", "জাইমা রহমান"),
    ("জুলাই গণঅভ্যুত্থানের অন্যতম সংগঠক শহীদ শরিফ ওসমান হাদির হত্যার বিচার দাবি।", "শরিফ ওসমান হাদি"),
    ("বেড়া মডেল থানার ওসি নিতাই চন্দ্র সরকার বলেন, তদন্ত চলছে।", "নিতাই চন্দ্র সরকার"),
    ("মন্দিরের ট্রাস্টি পরিতোষ চক্রবর্তী বলেন, পূজা হবে।", "পরিতোষ চক্রবর্তী"),
    ("চিত্রনায়িকা তমা মির্জা লিখেছেন, শোক জানাই।", "তমা মির্জা"),
])
def test_epithets_and_roles_before_a_name_make_a_person(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, name, mention", [
    ("পাবনার বেড়া উপজেলায় এ ঘটনা ঘটে।", "বেড়া", "বেড়া উপজেলায়"),
    ("উপজেলার হাটুরিয়া-নাকালিয়া ইউনিয়নের নতুন পেঁচাকোলা গ্রামে এ ঘটনা ঘটে।", "হাটুরিয়া-নাকালিয়া",
     "হাটুরিয়া-নাকালিয়া ইউনিয়নের"),
    ("উপজেলার হাটুরিয়া-নাকালিয়া ইউনিয়নের নতুন পেঁচাকোলা গ্রামে এ ঘটনা ঘটে।", "নতুন পেঁচাকোলা",
     "নতুন পেঁচাকোলা গ্রামে"),
    # a division keeps its unit word: it is not its city (`test_a_division_named_with_its_unit_word_is_not_its_city`)
    ("রংপুর বিভাগের আট জেলায় শীত জেঁকে বসেছে।", "রংপুর বিভাগ", "রংপুর বিভাগের"),
    ("পিরোজপুরের ভান্ডারিয়া উপজেলায় সমাবেশ হয়। ভান্ডারিয়ার মানুষ খুশি।", "ভান্ডারিয়া", "ভান্ডারিয়ার"),
])
def test_an_administrative_unit_is_named_by_its_place_and_mentioned_as_written(text: str, name: str,
                                                                              mention: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "LOC"
    assert mention in {m.text for m in result[name].mentions}


def test_a_generic_unit_keeps_its_unit_word() -> None:
    result = found("সদর উপজেলায় এ ঘটনা ঘটে।")
    assert "সদর" not in result


@pytest.mark.parametrize("text, name, kind", [
    ("বেড়া মডেল থানায় একটি মামলা হয়েছে।", "বেড়া মডেল থানা", "ORG"),
    ("শনিবার বিকেল থেকে জাতীয় জাদুঘরের পাশ দিয়ে যান চলাচল করে।", "জাতীয় জাদুঘর", "ORG"),
    ("অনুষ্ঠান হয় নাজিয়া সালমা ভবনের সম্মেলন কক্ষে।", "নাজিয়া সালমা ভবন", "LOC"),
])
def test_administrative_units_stations_museums_and_buildings(text: str, name: str, kind: str) -> None:
    result = found(text)
    assert name in result and result[name].type == kind


@pytest.mark.parametrize("text, name", [
    ("খালেদা জিয়া তখন ঢাকা সেনানিবাসে থাকতেন।", "ঢাকা সেনানিবাস"),
    ("তাকে সাভার সেনানিবাসের একটি বাসায় রাখা হয়।", "সাভার সেনানিবাস"),
    ("শিক্ষার্থীরা টিএসসি রাজু ভাস্কর্যের সামনে জড়ো হন।", "রাজু ভাস্কর্য"),
    ("তিনি আন্দরকিল্লা জামে মসজিদ থেকে বের হন।", "আন্দরকিল্লা জামে মসজিদ"),
])
def test_a_landmark_named_before_its_head_word_is_a_place(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "LOC"
    assert not any(other.endswith(name) and other != name for other in result)  # টিএসসি | রাজু ভাস্কর্য


@pytest.mark.parametrize("text", ["শহরের কেন্দ্রীয় মসজিদে জানাজা হয়।", "সকল মসজিদে দোয়া হবে।"])
def test_a_landmark_word_without_a_name_names_no_place(text: str) -> None:
    assert not found(text)


@pytest.mark.parametrize("text, name", [
    ("বিশ্লেষক ডঃ মোবাশ্বার হাসান বলছেন, দুই দলের জন্যই এটা ভালো।", "মোবাশ্বার হাসান"),
    ("হাসপাতালের পরিচালক ডাঃ রফিকুল ইসলাম বলেন, রোগী ভালো আছে।", "রফিকুল ইসলাম"),
])
def test_a_doctors_title_written_with_a_visarga_is_no_part_of_the_name(model: NerModel, text: str, name: str) -> None:
    names = {e.name for e in entities(normalize(text), model=model) if e.type == "PERSON"}
    assert names == {name}


@pytest.mark.parametrize("text", [
    "সরকারি ভবনে আগুন লেগেছে।",
    "নির্বাচিত সংসদ এই আইন পাস করবে।",
    "দেশের গুরুত্বপূর্ণ বন্দর দিয়ে পণ্য আসে।",
    "ছয়টি বন্দর দিয়ে পণ্য রপ্তানি হয়।",
    "বিএনপির জোট থেকে তিনি নির্বাচন করবেন।",
])
def test_described_things_are_not_names(text: str) -> None:
    assert not [e for e in found(text).values() if e.type != "ORG" or e.name != "বিএনপি"]


def test_an_organisation_name_goes_on_after_of() -> None:
    result = found("ডেভেলপমেন্ট জার্নালিস্ট ফোরাম অব বাংলাদেশের (ডিজেএফবি) সভাপতি বক্তব্য দেন। পরে ডিজেএফবি জানায়।")
    forum = result["ডেভেলপমেন্ট জার্নালিস্ট ফোরাম অব বাংলাদেশ"]
    assert forum.type == "ORG" and "ডিজেএফবি" in forum.aliases and len(result) == 1


@pytest.mark.parametrize("text, name", [
    ("তিনি জাগো নিউজকে বলেন, সব ঠিক আছে।", "জাগো নিউজ"),
    ("পরে তিনি ফেসবুকে পোস্ট দেন।", "ফেসবুক"),
    ("পরে ইনকিলাব মঞ্চের নেতারা শাহবাগে অবস্থান নেন।", "ইনকিলাব মঞ্চ"),
    ("আল নাসরের হয়ে আরও একটি গোল করেন তিনি।", "আল নাসর"),
    ("বার্সেলোনার হয়ে তিনি খেলেন।", "বার্সেলোনা"),
    ("সৌদি প্রো লিগে দলটি শীর্ষে রয়েছে।", "সৌদি প্রো লিগ"),
    ("বৈঠকে গণফোরামের নেতারা ছিলেন।", "গণফোরাম"),
    ("তিনি আগে জুভেন্টাসে খেলতেন।", "জুভেন্টাস"),
])
def test_well_known_outlets_platforms_and_parties_are_organisations(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"


def test_an_acronym_in_the_objective_case_is_the_acronym() -> None:
    result = found("সাবেক প্রধানমন্ত্রী খালেদা জিয়া বিবিসিকে বলেন, নির্বাচন হবে। বিবিসি জানিয়েছে।")
    assert {m.text for m in result["বিবিসি"].mentions} == {"বিবিসিকে", "বিবিসি"}
    assert "বিবিসিকে" not in result


@pytest.mark.parametrize("text, place", [
    ("ডেস্ক রিপোর্ট। ঢাকা/শাহীন/রাজীব", "ঢাকা"),
    ("খবরটি নিশ্চিত করা হয়েছে। এএইচআর/এনএফ", None),
    ("তিনে রয়েছে কমোরোস। এমএমএম", "কমোরোস"),
])
def test_staff_initials_of_the_desk_line_are_not_entities(text: str, place: str | None) -> None:
    assert list(found(text)) == ([place] if place else [])


@pytest.mark.parametrize("text, reporter", [
    ("১১ বলে ৬ রান করে সাব্বির আউট হন। ঢাকা/ইয়াসিন সম্পর্কিত বিষয়:", "ইয়াসিন"),
    ("ম্যাচটি রাত ১টায় শুরু হবে। ঢাকা/আমিনুল", "আমিনুল"),
    ("তিনি আর ফেরেননি। ঢাকা/শান্ত", "শান্ত"),
])
def test_the_one_name_of_a_place_and_name_desk_line_is_its_reporter(text: str, reporter: str) -> None:
    result = found(text)
    assert reporter in result and result[reporter].type == "PERSON"
    assert result["ঢাকা"].type == "LOC"


@pytest.mark.parametrize("text", ["খবর দিয়েছেন তিনি। ঢাকা/নাজমুল/এসবি", "খবর দিয়েছেন তিনি। ঢাকা/এসবি"])
def test_a_longer_desk_line_or_initials_name_no_reporter(text: str) -> None:
    assert list(found(text)) == ["ঢাকা"]


def test_a_middle_name_alone_is_the_same_person() -> None:
    result = found("বিএনপির প্রার্থী আমীর খসরু মাহমুদ চৌধুরী মনোনয়ন জমা দেন। পরে খসরু বলেন, নির্বাচন হবে।")
    assert "খসরু" in {m.text for m in result["আমীর খসরু মাহমুদ চৌধুরী"].mentions}
    assert "খসরু" not in result


@pytest.mark.parametrize("word, expected", [
    ("হকসহ", "হক"),  # "with"
    ("মেলফোর্ডও", "মেলফোর্ড"),  # the particle ও written as a full vowel after a consonant
    ("জিয়াও", "জিয়াও"),  # after a vowel sign ও may be the name's own
])
def test_particles_after_a_name(word: str, expected: str) -> None:
    assert nominative(word) == expected


@pytest.mark.parametrize("names, text, expected", [
    # an organisation, a title and the person it introduces, tagged as one name
    ({"বিএনপি মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর": "ORG"}, "বিএনপি মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেন, নির্বাচন হবে।",
     {"বিএনপি": "ORG", "মির্জা ফখরুল ইসলাম আলমগীর": "PERSON"}),
    # two places run together
    ({"মিশর সুদানের": "LOC"}, "মিশর সুদানের সেনাবাহিনীকে সমর্থন দিচ্ছে।", {"মিশর": "LOC", "সুদান": "LOC"}),
    # a person's name typed as a place
    ({"আমিন হোসেন": "LOC"}, "ম্যাচে আমিন হোসেন দুই উইকেট নেন।", {"আমিন হোসেন": "PERSON"}),
    # the noun of a compound verb run into the name
    ({"তাজনূভা জাবীন পদত্যাগ": "PER"}, "যুগ্ম আহ্বায়ক তাজনূভা জাবীন পদত্যাগ করেছেন।", {"তাজনূভা জাবীন": "PERSON"}),
    # an outlet the person spoke to, and a name with "with" attached before an acronym
    ({"সালাহউদ্দিন আহমেদ বিবিসিকে": "PER"}, "সালাহউদ্দিন আহমেদ বিবিসিকে বলেন, সব ঠিক আছে।",
     {"সালাহউদ্দিন আহমেদ": "PERSON", "বিবিসি": "ORG"}),
    ({"সাদিয়া শারমিনসহ ডিজেএফবির": "PER"}, "অনুষ্ঠানে ড. সাদিয়া শারমিনসহ ডিজেএফবির সদস্যরা উপস্থিত ছিলেন।",
     {"সাদিয়া শারমিন": "PERSON", "ডিজেএফবি": "ORG"}),
    # a demonym and a head word are a description, not the end of a name
    ({"মেসি ফরাসি ক্লাব": "ORG", "পিএসজিতে": "ORG"}, "এরপর মেসি ফরাসি ক্লাব পিএসজিতে যোগ দেন।", {"পিএসজি": "ORG"}),
    # a name prefix the model ran into the organisation before it
    ({"বিএনপি মহাসচিব মির্জা": "ORG", "ফখরুল ইসলাম আলমগীর": "PER"}, "বিএনপি মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেন।",
     {"বিএনপি": "ORG", "মির্জা ফখরুল ইসলাম আলমগীর": "PERSON"}),
    # an office after its organisation, and the same word as a given name
    ({"জামায়াতের আমির শফিকুর রহমান": "PER"}, "জামায়াতের আমির শফিকুর রহমান বলেন।",
     {"জামায়াত": "ORG", "শফিকুর রহমান": "PERSON"}),
    ({"আমির খসরু মাহমুদ চৌধুরী": "PER"}, "সভায় আমির খসরু মাহমুদ চৌধুরী বলেন।", {"আমির খসরু মাহমুদ চৌধুরী": "PERSON"}),
    # রাজা closing a name is a nickname; before the name it opens, the office
    ({"রেজাউর রহমান রাজা": "PER", "হাসান মাহমুদকে": "PER"}, "পরে রেজাউর রহমান রাজা ও হাসান মাহমুদকে আউট করেন তিনি।",
     {"রেজাউর রহমান রাজা": "PERSON", "হাসান মাহমুদ": "PERSON"}),
    ({"জাহির খান": "PER", "রেজাউর রাজা": "PER", "বিলাল": "PER"}, "একাদশে আছেন জাহির খান, রেজাউর রাজা, বিলাল সামি।",
     {"জাহির খান": "PERSON", "রেজাউর রাজা": "PERSON", "বিলাল সামি": "PERSON"}),
    ({"রাজা চার্লস": "PER"}, "রাজা চার্লস ভাষণ দেন।", {"চার্লস": "PERSON"}),
    ({"চার্লস": "PER"}, "ব্রিটেনের রাজা চার্লস ভাষণ দেন।", {"ব্রিটেন": "LOC", "চার্লস": "PERSON"}),
    # হাকিম after a magistrate's rank is the office, elsewhere a given name; বাদী (the plaintiff) a role
    ({"হাকিম মাসুদ পারভেজ": "PER"}, "বিচারিক হাকিম মাসুদ পারভেজ আদেশ দেন।", {"মাসুদ পারভেজ": "PERSON"}),
    ({"হাকিম আসাদুজ্জামান নুর বাদীর": "PER"}, "দুপুরে মহানগর হাকিম আসাদুজ্জামান নুর বাদীর জবানবন্দি গ্রহণ করেন।",
     {"আসাদুজ্জামান নুর": "PERSON"}),
    ({"হাকিম আবদুল আজিজ": "PER"}, "নির্বাহী হাকিম আবদুল আজিজ জরিমানা করেন।", {"আবদুল আজিজ": "PERSON"}),
    ({"আবদুল হাকিম": "PER"}, "হামলায় আবদুল হাকিম আহত হন।", {"আবদুল হাকিম": "PERSON"}),
    # a well-known outlet the model typed as a person
    ({"মানবজমিন": "PER"}, "মানবজমিন পত্রিকার খবর, জোট হচ্ছে।", {"মানবজমিন": "ORG"}),
])
def test_the_models_names_are_repaired(names: dict[str, str], text: str, expected: dict[str, str]) -> None:
    assert {n: e.type for n, e in found(text, scripted(names)).items()} == expected


@pytest.mark.parametrize("names, text, expected", [
    # initials written as Latin letter names, joined or apart, or as single Bengali letters
    ({"ফজলুল হক": "PER"}, "খেলাফত আন্দোলনের এসএম ফজলুল হক বলেন।", "এসএম ফজলুল হক"),
    ({"শফিকুল ইসলাম": "PER"}, "গণফোরামের একেএম শফিকুল ইসলাম বলেন।", "একেএম শফিকুল ইসলাম"),
    ({"শফিকুল ইসলাম": "PER"}, "গণফোরামের একে এম শফিকুল ইসলাম বলেন।", "একে এম শফিকুল ইসলাম"),
    ({"ম খালিদ হোসেন": "PER"}, "ধর্ম উপদেষ্টা আ ফ ম খালিদ হোসেন বলেন।", "আ ফ ম খালিদ হোসেন"),
    ({"জাহিদ হোসেন": "PER"}, "ব্রিফ করেন এ জেড এম জাহিদ হোসেন।", "এ জেড এম জাহিদ হোসেন"),
    # an office written in letters is not an initial; an acronym the article uses alone is a party
    ({"নাসির উদ্দিন": "PER"}, "সিইসি নাসির উদ্দিন বলেন।", "নাসির উদ্দিন"),
    ({"খালেদা জিয়ার": "PER"}, "সেদিন বিএনপি খালেদা জিয়ার মুক্তি চায়। বিএনপির সমাবেশ হবে।", "খালেদা জিয়া"),
    ({"শফিকুল ইসলাম": "PER"}, "এ শফিকুল ইসলাম আসেন।", "শফিকুল ইসলাম"),
])
def test_initials_before_a_name_are_part_of_it(names: dict[str, str], text: str, expected: str) -> None:
    result = found(text, scripted(names))
    assert expected in result and result[expected].type == "PERSON"
    assert not any(name != expected and name in expected for name in result)


@pytest.mark.parametrize("names, text, expected", [
    ({}, "বরিশাল-৩ (বাবুগঞ্জ-মুলাদী) আসনে তিনি লড়ছেন।", {"বাবুগঞ্জ", "মুলাদী"}),
    ({"ভারত - বাংলাদেশ": "LOC"}, "ভারত-বাংলাদেশ সম্পর্ক ভালো।", {"ভারত", "বাংলাদেশ"}),
    ({"চীন - বাংলাদেশের": "LOC"}, "চীন-বাংলাদেশের বৈঠক হয়।", {"চীন", "বাংলাদেশ"}),
])
def test_two_places_joined_by_a_hyphen_are_two_places(names: dict[str, str], text: str, expected: set[str]) -> None:
    result = found(text, scripted(names))
    assert expected <= set(result) and all(result[name].type == "LOC" for name in expected)
    assert not any("-" in name for name in result if name not in ("বরিশাল-৩",))


def test_a_road_between_two_places_stays_one_name() -> None:
    result = found("ঢাকা-বাংলাবান্ধা মহাসড়ক বন্ধ রয়েছে।")
    assert "ঢাকা-বাংলাবান্ধা মহাসড়ক" in result and "ঢাকা" not in result


@pytest.mark.parametrize("names, text, expected", [
    ({"শরিফ ওসমান": "PER"}, "মুখপাত্র শরিফ ওসমান বিন হাদী হত্যার বিচার চাই।", "শরিফ ওসমান বিন হাদী"),
    ({"মাশরাফি": "PER", "মর্তুজা": "PER"}, "অধিনায়ক মাশরাফি বিন মর্তুজা খেলবেন।", "মাশরাফি বিন মর্তুজা"),
    # the tagger stopped after বিন, or began after it
    ({"রশিদ বিন": "PER"}, "জোটের প্রার্থী রশিদ বিন ওয়াক্কাস লড়বেন।", "রশিদ বিন ওয়াক্কাস"),
    ({"ওয়াক্কাস": "PER"}, "জোটের প্রার্থী রশিদ বিন ওয়াক্কাস লড়বেন।", "রশিদ বিন ওয়াক্কাস"),
    # a name that opens with ইবনে (son of)
    ({"মোফাজ্জল বারকি": "PER"}, "মামলার আসামি ইবনে মোফাজ্জল বারকি পলাতক।", "ইবনে মোফাজ্জল বারকি"),
])
def test_son_of_continues_a_name(names: dict[str, str], text: str, expected: str) -> None:
    result = found(text, scripted(names))
    assert list(result) == [expected] and result[expected].type == "PERSON"


@pytest.mark.parametrize("names, text, expected", [
    ({},
     "প্রবাসীদের প্রতিনিধিত্বশীল সংগঠন লন্ডন বাংলা প্রেস ক্লাব বিবৃতি দিয়েছে।", "লন্ডন বাংলা প্রেস ক্লাব"),
    ({}, "রাষ্ট্রপতির আদেশক্রমে স্বরাষ্ট্র মন্ত্রণালয় প্রজ্ঞাপন জারি করেছে।", "স্বরাষ্ট্র মন্ত্রণালয়"),
])
def test_what_an_organisation_is_or_by_whose_order_is_not_its_name(names: dict[str, str], text: str,
                                                                   expected: str) -> None:
    result = found(text, scripted(names))
    assert expected in result and result[expected].type == "ORG" and not any(
        n != expected and expected in n for n in result)


@pytest.mark.parametrize("names, text, expected", [
    ({"রাশেদ": "PER"}, "জাগপার সহ-সভাপতি রাশেদ প্রধান, জামায়াতের নেতা উপস্থিত ছিলেন।", "রাশেদ প্রধান"),
    # a chief guest is no surname
    ({"তারেক রহমান": "PER"}, "অনুষ্ঠানে তারেক রহমান প্রধান অতিথি ছিলেন।", "তারেক রহমান"),
])
def test_pradhan_after_a_name_and_before_a_comma_is_a_surname(names: dict[str, str], text: str, expected: str) -> None:
    result = found(text, scripted(names))
    assert expected in result and result[expected].type == "PERSON"


@pytest.mark.parametrize("text", [
    "বিষয়টি যথাযথ কর্তৃপক্ষ দেখবে।",
    "শহরে দখলদার বাহিনী হামলা চালায়।",
])
def test_a_describing_word_before_a_head_makes_no_name(text: str) -> None:
    assert not [e for e in found(text).values() if e.type == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("এই আসনে জাপার প্রার্থী মোস্তফা কামাল লড়ছেন।", "মোস্তফা কামাল"),
    ("সভাপতি আনোয়ার হোসেন পদত্যাগ করলে কমিটি ভেঙে যায়।", "আনোয়ার হোসেন"),
    # an ordinary word that says which government, police …
    ("মুখ্যসচিব বিমল দত্ত রাজ্য সরকারকে চিঠি দেন।", "বিমল দত্ত"),
])
def test_a_name_after_a_title_ends_before_a_verb_a_compound_verbs_noun_or_a_generic_nouns_modifier(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text", [
    "কিন্তু মন্ত্রী জানাননি, কবে কাজ শুরু হবে।",
    "এ বিষয়ে সচিব জানাননি।",
])
def test_a_verb_in_the_negated_past_after_a_title_is_no_name(text: str) -> None:
    assert not [e for e in found(text).values() if e.type == "PERSON"]


@pytest.mark.parametrize("names, text", [
    ({"রাজ্য সরকার": "ORG"}, "রাজ্য সরকার নতুন বাজেট দিয়েছে। রাজ্যের অর্থমন্ত্রী তা পেশ করেন।"),
    ({"রাজ্য": "LOC"}, "কেন্দ্র ও রাজ্য মিলে প্রকল্পের খরচ দেবে।"),
])
def test_a_state_of_a_federation_in_general_is_no_entity(names: dict[str, str], text: str) -> None:
    assert "রাজ্য" not in found(text, scripted(names))


@pytest.mark.parametrize("names, text, mentions", [
    ({"বিপুল সরকার": "PER"}, "আহতদের মধ্যে আছেন বিপুল সরকার (৪২)। তিনি পেশায় কৃষক।", ["বিপুল সরকার"]),
    ({"নিখিল সরকার": "PER"}, "তাঁর বাবা নিখিল সরকার পেশায় স্কুলশিক্ষক।", ["নিখিল সরকার"]),
    ({"তপন সরকার": "PER"}, "উপজেলা কৃষি কর্মকর্তা তপন সরকার বলেন, এবার ফলন ভালো।", ["তপন সরকার"]),
    # shown once, the same name elsewhere in the article keeps its surname too
    ({"শ্যামল সরকার": "PER"}, "বাড়িতে ছিলেন শ্যামল সরকার ও তাঁর ভাই। ভাইয়ের মা জানান, শ্যামল সরকার (৩৫) অসুস্থ।",
     ["শ্যামল সরকার", "শ্যামল সরকার"]),
])
def test_sarkar_after_a_name_is_a_surname_beside_an_age_a_kinship_word_or_a_title(
        names: dict[str, str], text: str, mentions: list[str]) -> None:
    result = found(text, scripted(names))
    assert mentions[0] in result and result[mentions[0]].type == "PERSON"
    assert [m.text for m in result[mentions[0]].mentions] == mentions


@pytest.mark.parametrize("names, text", [
    ({"হাসিনা সরকার": "PER"}, "হাসিনা সরকার পতনের পর অনেকে দেশ ছাড়েন।"),
    ({"হাসিনা সরকার": "PER"}, "হাসিনা সরকার (২০০৯-১৪) আমলে প্রকল্পটি নেওয়া হয়।"),
])
def test_sarkar_after_a_name_without_an_age_or_kinship_word_stays_the_government(names: dict[str, str], text: str) -> None:
    assert "হাসিনা সরকার" not in found(text, scripted(names))


@pytest.mark.parametrize("names, text, name", [
    ({"ঝুমকি": "PER"}, "সেদিন স্ত্রী ঝুমকি আর মেয়েকে পাশে নিয়ে কেক কাটেন তিনি।", "ঝুমকি"),
    ({"বাবলু": "PER"}, "পরে মামা বাবলু তাকে হাসপাতালে নিয়ে যান।", "বাবলু"),
    # a list item beside a known given name
    ({"রনিত": "PER"}, "ক্যাম্পে ডাক পেয়েছে শাহেদ, রনিত ও মিজানুর।", "রনিত"),
    ({"ফার্ডিন": "PER"}, "দলে আছেন ফার্ডিন, হিমেল ও আরও কয়েকজন।", "ফার্ডিন"),
])
def test_a_one_word_person_said_once_is_kept_after_a_kinship_word_or_beside_a_listed_name(
        names: dict[str, str], text: str, name: str) -> None:
    result = found(text, scripted(names))
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("names, text, word", [
    # a list of things, not of people
    ({"অটোমোবাইল": "PER"}, "প্রদর্শনীতে ইলেকট্রনিক্স, অটোমোবাইল ও পোশাক ছিল।", "অটোমোবাইল"),
])
def test_a_one_word_person_said_once_in_a_list_of_things_is_dropped(names: dict[str, str], text: str, word: str) -> None:
    assert word not in found(text, scripted(names))


@pytest.mark.parametrize("text", [
    "খোদ উপজেলা প্রকৌশলী এ বিষয়ে কিছু জানেন না।",
    "গতকাল স্বয়ং বোর্ড সভাপতি মাঠে এসেছিলেন।",
    "শহরে একটি বহুতল ভবন হেলে পড়েছে।",
    "কলেজের নবনির্মিত ভবনের ছাদে ফাটল দেখা দিয়েছে।",
    "অভিযোগটি ঊর্ধ্বতন কর্তৃপক্ষের কাছে পাঠানো হয়েছে।",
    "বৈঠকে ৪২ জন সংসদ সদস্য অংশ নেন।",
    "আলোচনায় পাঁচ জন সংসদ সদস্য কথা বলেন।",
    # a common noun with its classifier: "the pole", "the building"
    "ঝড়ে খুঁটিটি সড়কের ওপর পড়ে যায়।",
    "পরে ভবনটি কমিশনের কাছে হস্তান্তর করা হয়।",
])
def test_an_emphatic_word_a_description_a_head_count_or_a_classified_noun_before_a_head_makes_no_name(text: str) -> None:
    assert not found(text)


def test_a_place_joined_to_an_ordinary_word_by_a_hyphen_is_the_place_alone() -> None:
    result = found("তবে তিনি জানিয়েছেন, এর সঙ্গে ভারত-বিরোধিতার সম্পর্ক নেই।", scripted({"ভারত": "LOC"}))
    assert list(result) == ["ভারত"] and result["ভারত"].type == "LOC"


def test_ansar_and_vdp_is_one_force() -> None:
    result = found("নির্বাচনে আনসার ও ভিডিপি সদস্য মোতায়েন থাকবে।")
    assert "আনসার ও ভিডিপি" in result and result["আনসার ও ভিডিপি"].type == "ORG"


@pytest.mark.parametrize("names, text", [
    ({"জার্সিতে": "LOC"}, "নতুন জার্সিতে খেলবে দল।"),
    ({}, "বিশ্ব ফুটবলের নিয়ন্ত্রক সংস্থা বৈঠক ডেকেছে।"),
])
def test_common_nouns_the_tagger_takes_for_names(names: dict[str, str], text: str) -> None:
    assert found(text, scripted(names)) == {}


@pytest.mark.parametrize("names, text, expected", [
    # a locative before the name, a date word or a reporter's name before a well-known one
    ({}, "তিনি মতিঝিলে অফিস করেন।", {"মতিঝিল": "LOC"}),
    ({"প্রথমদিন ইনকিলাব মঞ্চের": "ORG"}, "প্রথমদিন ইনকিলাব মঞ্চের কর্মীরা আসেন।", {"ইনকিলাব মঞ্চ": "ORG"}),
    # but a country, an opening adjective or an ideology belongs to the name
    ({}, "বাংলাদেশ জামায়াতে ইসলামীর নেতা বলেন।", {"বাংলাদেশ জামায়াতে ইসলামী": "ORG"}),
    ({"জাতীয়তাবাদী ছাত্রদলের": "ORG"}, "জাতীয়তাবাদী ছাত্রদলের সভা হয়।", {"জাতীয়তাবাদী ছাত্রদল": "ORG"}),
])
def test_where_an_organisations_name_opens(names: dict[str, str], text: str, expected: dict[str, str]) -> None:
    assert {n: e.type for n, e in found(text, scripted(names)).items()} == expected


@pytest.mark.parametrize("names, text, expected", [
    # a byline's outlet run into the reporter's name
    ({"মাকছুদ খান জাগো": "PER"}, "মাকছুদ খান জাগো নিউজকে বলেন, কাজ চলছে।", {"মাকছুদ খান": "PERSON", "জাগো নিউজ": "ORG"}),
    # a gallantry award after the name
    ({"অলি আহমদ বীর": "PER"}, "কর্নেল অলি আহমদ বীর বিক্রম বলেন।", {"অলি আহমদ": "PERSON"}),
    ({"জিয়াউর রহমান বীর উত্তম": "PER"}, "জিয়াউর রহমান বীর উত্তম ছিলেন।", {"জিয়াউর রহমান": "PERSON"}),
    # a conjunction run into the start of a name
    ({"ও সেলিমকে": "PER"}, "তারেক ও সেলিমকে ডাকা হয়।", {"সেলিম": "PERSON"}),
])
def test_what_the_tagger_runs_into_a_persons_name(names: dict[str, str], text: str, expected: dict[str, str]) -> None:
    assert {n: e.type for n, e in found(text, scripted(names)).items()} == expected


def test_a_relatives_shared_surname_and_honorific_keep_two_people_apart() -> None:
    model = scripted({"আব্দুল হামিদ খান": "PER", "আজাদ খান ভাসানী": "PER", "মওলানা ভাসানীর": "PER"})
    result = found("মওলানা আব্দুল হামিদ খান ভাসানীর নাতি আজাদ খান ভাসানী পদত্যাগ করেছেন। "
                   "আজাদ খান ভাসানী বলেন, মওলানা ভাসানীর আদর্শ আমার পথ।", model)
    assert set(result) == {"আব্দুল হামিদ খান ভাসানী", "আজাদ খান ভাসানী"}
    assert "মওলানা ভাসানীর" in {m.text for m in result["আব্দুল হামিদ খান ভাসানী"].mentions}


@pytest.mark.parametrize("text", [
    "আন্দোলনকারীরা ‘নারায়ে তাকবির, আল্লাহু আকবর’ স্লোগান দেন।",
    "মহান আল্লাহ তার রূহের মাগফিরাত দান করুন ও জান্নাতুল ফেরদৌস নসিব করুন।",
])
def test_phrases_of_prayer_are_not_people(model: NerModel, text: str) -> None:
    assert not [e for e in found(text, model).values() if e.type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("চীন সরকার দুই দেশের সম্পর্ক এগিয়ে নিতে প্রস্তুত।", "চীন সরকার"),
    ("এ বিষয়ে বাংলাদেশ সরকারের সঙ্গে চীন ঘনিষ্ঠভাবে কাজ করবে।", "বাংলাদেশ সরকার"),
    ("১৯৯১ সালে তিনি গণপ্রজাতন্ত্রী বাংলাদেশ সরকারের প্রধানমন্ত্রী হন।", "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার"),
])
def test_a_countrys_government_named_so_is_an_organisation(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "ORG"


@pytest.mark.parametrize("text, party", [
    ("আওয়ামী লীগ সরকার পদত্যাগ করেছে।", "আওয়ামী লীগ"),
    ("অন্তর্বর্তী সরকার নির্বাচনের তারিখ ঘোষণা করেছে।", None),
])
def test_a_partys_or_a_periods_government_is_no_organisation_of_its_own(model: NerModel, text: str,
                                                                         party: str | None) -> None:
    result = found(text, model)
    assert not [name for name in result if name.endswith("সরকার")]
    assert party is None or party in result


@pytest.mark.parametrize("text, name", [
    ("রাজধানীর আগারগাঁওয়ে ঢাকা জেলা নির্বাচন কর্মকর্তার কার্যালয়ে গিয়ে মনোনয়নপত্র জমা দেন।",
     "ঢাকা জেলা নির্বাচন কর্মকর্তার কার্যালয়"),
    ("দাবিতে খুলনা জেলা প্রশাসকের কার্যালয়ের সামনে মানববন্ধন হয়।", "খুলনা জেলা প্রশাসকের কার্যালয়"),
    ("তিনি খিলগাঁও থানা নির্বাচন কার্যালয়ে যান।", "খিলগাঁও থানা নির্বাচন কার্যালয়"),
    ("মামলাটি দায়ের হয় দুদকের ঢাকা সমন্বিত জেলা কার্যালয়-১-এ।", "ঢাকা সমন্বিত জেলা কার্যালয়-১"),
])
def test_a_local_office_named_by_place_tier_and_officer_is_an_organisation(model: NerModel, text: str,
                                                                            name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "ORG"
    assert not [n for n in result if result[n].type == "LOC" and n in name]


def test_a_place_alone_before_an_office_stays_a_place(model: NerModel) -> None:
    result = found("সন্ধ্যায় তিনি গুলশান কার্যালয়ে যান।", model)
    assert "গুলশান" in result and result["গুলশান"].type == "LOC"


@pytest.mark.parametrize("text", [
    "কাউকে বড় করে দেখালে আরেকজনের পারফরম্যান্সটা ঢাকা পড়ে যায়।",
    "ভোর থেকে পুরো শহর কুয়াশার চাদরে ঢাকা পড়েছে।",
])
def test_dhaka_as_the_participle_covered_is_no_place(model: NerModel, text: str) -> None:
    assert "ঢাকা" not in found(text, model)


def test_dhaka_before_another_verb_stays_the_city(model: NerModel) -> None:
    assert found("তিনি বৃহস্পতিবার ঢাকা ছাড়েন।", model)["ঢাকা"].type == "LOC"


# ------------------------------------------------------------------ well-known organisations (core.lexicon.orgs)

@pytest.mark.parametrize("text, name, mention", [
    ("বিমান বাংলাদেশ এয়ারলাইন্সের একটি ফ্লাইট বাতিল হয়েছে।", "বিমান বাংলাদেশ এয়ারলাইন্স", "বিমান বাংলাদেশ এয়ারলাইন্সের"),
    ("সৌদি অ্যারাবিয়ান এয়ারলাইন্সের বিমানটি অবতরণ করে।", "সৌদি অ্যারাবিয়ান এয়ারলাইন্স",
     "সৌদি অ্যারাবিয়ান এয়ারলাইন্সের"),
    ("বেসামরিক বিমান চলাচল কর্তৃপক্ষকে চিঠি দেওয়া হয়েছে।", "বেসামরিক বিমান চলাচল কর্তৃপক্ষ",
     "বেসামরিক বিমান চলাচল কর্তৃপক্ষকে"),
    ("আন্তঃবাহিনী জনসংযোগ পরিদফতরের বিজ্ঞপ্তিতে এ তথ্য জানানো হয়।", "আন্তঃবাহিনী জনসংযোগ পরিদফতর",
     "আন্তঃবাহিনী জনসংযোগ পরিদফতরের"),
    ("সংবাদ সম্মেলনে নাগরিক ঐক্যের সভাপতি বক্তব্য দেন।", "নাগরিক ঐক্য", "নাগরিক ঐক্যের"),
    ("নিউ এইজের প্রধান শিরোনাম ছিল নির্বাচন।", "নিউ এইজ", "নিউ এইজের"),
    # syllabic acronyms, which the letter-name rule cannot read
    ("দুদকের চেয়ারম্যান বলেন, তদন্ত চলছে।", "দুদক", "দুদকের"),
    ("বাফুফের সভাপতি বৈঠক ডাকেন।", "বাফুফে", "বাফুফের"),
    ("ঢাবির শিক্ষার্থীরা মিছিল করেন।", "ঢাবি", "ঢাবির"),
    # a case ending after a hyphen
    ("বিএনপি-এর নেতারা সমাবেশ করেন।", "বিএনপি", "বিএনপি-এর"),
    # -সহ ("with") at the end of a list
    ("র্যাব, ফায়ার সার্ভিসসহ একাধিক টিম ঘটনাস্থলে হাজির হয়।", "ফায়ার সার্ভিস", "ফায়ার সার্ভিসসহ"),
])
def test_a_known_organisation_is_found_whole_in_any_case_form(text: str, name: str, mention: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"
    assert mention in {m.text for m in result[name].mentions}


@pytest.mark.parametrize("names, text, expected, absent", [
    # the tagger's truncated names: the known name wins over a shorter span inside it
    ({"বাংলাদেশ এয়ারলাইন্সের": "ORG"}, "বিমান বাংলাদেশ এয়ারলাইন্সের ফ্লাইট ছাড়ে।",
     {"বিমান বাংলাদেশ এয়ারলাইন্স": "ORG"}, {"বাংলাদেশ এয়ারলাইন্স"}),
    ({"অ্যারাবিয়ান এয়ারলাইন্সের": "ORG"}, "সৌদি অ্যারাবিয়ান এয়ারলাইন্সের ফ্লাইট ছাড়ে।",
     {"সৌদি অ্যারাবিয়ান এয়ারলাইন্স": "ORG"}, {"অ্যারাবিয়ান এয়ারলাইন্স"}),
    ({"চলাচল কর্তৃপক্ষ": "ORG"}, "এ বিষয়ে বেসামরিক বিমান চলাচল কর্তৃপক্ষ জানিয়েছে।",
     {"বেসামরিক বিমান চলাচল কর্তৃপক্ষ": "ORG"}, {"চলাচল কর্তৃপক্ষ"}),
    # ordinary words the tagger ran into the front of a known name
    ({"ক্যাপাসিটি চার্জ দুর্নীতি দমন কমিশন": "ORG"}, "বিল ও ক্যাপাসিটি চার্জ দুর্নীতি দমন কমিশন তদন্ত করছে।",
     {"দুর্নীতি দমন কমিশন": "ORG"}, {"ক্যাপাসিটি চার্জ দুর্নীতি দমন কমিশন"}),
    # an organisation at the edge of a person's name is not part of it
    ({"রাকসু জিএস আম্মার": "PER"}, "সমালোচনার মুখে রাকসু জিএস আম্মার।",
     {"রাকসু": "ORG", "আম্মার": "PERSON"}, {"রাকসু জিএস আম্মার"}),
    # names run together are each a mention
    ({"বাংলাদেশ জাতীয়তাবাদী দল বিএনপি": "ORG"}, "আজ বাংলাদেশ জাতীয়তাবাদী দল বিএনপি সমাবেশ করেছে।",
     {"বাংলাদেশ জাতীয়তাবাদী দল": "ORG"}, {"বাংলাদেশ জাতীয়তাবাদী দল বিএনপি", "বিএনপি"}),
    ({"বিএনপি-জামায়াতের": "ORG"}, "বিএনপি-জামায়াতের নেতারা বৈঠক করেন।",
     {"বিএনপি": "ORG", "জামায়াত": "ORG"}, {"বিএনপি-জামায়াত"}),
    # a longer name around a known one stays
    ({}, "ঢাকা বিশ্ববিদ্যালয় কেন্দ্রীয় ছাত্র সংসদের নির্বাচিত নেতারা আসেন।",
     {"ঢাকা বিশ্ববিদ্যালয় কেন্দ্রীয় ছাত্র সংসদ": "ORG"}, {"ঢাকা বিশ্ববিদ্যালয়"}),
])
def test_a_known_organisations_name_replaces_what_the_tagger_cut(
        names: dict[str, str], text: str, expected: dict[str, str], absent: set[str]) -> None:
    result = found(text, scripted(names))
    assert {n: result[n].type for n in expected if n in result} == expected
    assert not absent & set(result)


@pytest.mark.parametrize("text, name, mentions", [
    # full name (acronym), then the acronym alone
    ("বেসামরিক বিমান চলাচল কর্তৃপক্ষ (বেবিচক) জানিয়েছে, ফ্লাইট চলবে। পরে বেবিচকের চেয়ারম্যান বলেন, সব ঠিক আছে।",
     "বেসামরিক বিমান চলাচল কর্তৃপক্ষ", {"বেসামরিক বিমান চলাচল কর্তৃপক্ষ", "বেবিচক", "বেবিচকের"}),
    ("ঢাকা স্টক এক্সচেঞ্জের (ডিএসই) সূচক বেড়েছে। ডিএসইতে লেনদেন হয়েছে।",
     "ঢাকা স্টক এক্সচেঞ্জ", {"ঢাকা স্টক এক্সচেঞ্জের", "ডিএসই", "ডিএসইতে"}),
    # the acronym first, the full name later, no brackets
    ("দুদক মামলা করেছে। দুর্নীতি দমন কমিশনের চেয়ারম্যান বলেন, তদন্ত চলছে।",
     "দুর্নীতি দমন কমিশন", {"দুদক", "দুর্নীতি দমন কমিশনের"}),
    ("বিজিবি সীমান্তে টহল দিচ্ছে। বর্ডার গার্ড বাংলাদেশের মহাপরিচালক বলেন, সীমান্ত শান্ত।",
     "বর্ডার গার্ড বাংলাদেশ", {"বিজিবি", "বর্ডার গার্ড বাংলাদেশের"}),
    ("ঢাবির শিক্ষার্থীরা মিছিল করেন। পরে ঢাকা বিশ্ববিদ্যালয়ের উপাচার্য বক্তব্য দেন।",
     "ঢাকা বিশ্ববিদ্যালয়", {"ঢাবির", "ঢাকা বিশ্ববিদ্যালয়ের"}),
    # the full name, then "বা" ("or") and the acronym
    ("জোটে যোগ দিয়েছে বাংলাদেশ জাতীয় পার্টি বা বিজেপি।", "বাংলাদেশ জাতীয় পার্টি", {"বাংলাদেশ জাতীয় পার্টি", "বিজেপি"}),
    # an acronym two organisations share joins the one the article names
    ("ভারতীয় জনতা পার্টির নেতারা বৈঠক করেন। বিজেপি জানিয়েছে, জোট হবে।", "ভারতীয় জনতা পার্টি",
     {"ভারতীয় জনতা পার্টির", "বিজেপি"}),
])
def test_an_acronym_and_its_expansion_are_one_organisation(text: str, name: str, mentions: set[str]) -> None:
    result = found(text)
    assert result[name].type == "ORG"
    assert {m.text for m in result[name].mentions} == mentions
    assert len([e for e in result.values() if e.type == "ORG"]) == 1


def test_two_known_organisations_one_named_inside_the_other_stay_apart() -> None:
    result = found("লিবারেল ডেমোক্রেটিক পার্টি বা এলডিপির মহাসচিব দল ছাড়েন। বাংলাদেশ লিবারেল ডেমোক্রেটিক পার্টি "
                   "বা বিএলডিপির চেয়ারম্যানও বিএনপিতে যোগ দেন।")
    assert {m.text for m in result["লিবারেল ডেমোক্রেটিক পার্টি"].mentions} == {"লিবারেল ডেমোক্রেটিক পার্টি", "এলডিপির"}
    assert {m.text for m in result["বাংলাদেশ লিবারেল ডেমোক্রেটিক পার্টি"].mentions} == {
        "বাংলাদেশ লিবারেল ডেমোক্রেটিক পার্টি", "বিএলডিপির"}


@pytest.mark.parametrize("text, absent", [
    # a word of a known name where the name is not complete, or is something else
    ("একটি বিমান বাংলাদেশে অবতরণ করে।", "বিমান বাংলাদেশ এয়ারলাইন্স"),
    ("দেশে জাতীয় রাজস্ব আয় বেড়েছে।", "জাতীয় রাজস্ব বোর্ড"),
    ("রেড ক্রিসেন্টের স্বেচ্ছাসেবক দল কাজ করছে।", "জাতীয়তাবাদী স্বেচ্ছাসেবক দল"),
    # a name that ends in a place is no name in the locative ("in Australia")
    ("ক্রিকেট অস্ট্রেলিয়ায় খুব জনপ্রিয় খেলা।", "ক্রিকেট অস্ট্রেলিয়া"),
    # a plural is a common noun
    ("দেশের ইসলামী ব্যাংকগুলো একীভূত হচ্ছে।", "ইসলামী ব্যাংক"),
    # a head word or "of" carries the name on
    ("বাংলাদেশ পুলিশ একাডেমিতে প্রশিক্ষণ হয়।", "বাংলাদেশ পুলিশ"),
    ("ন্যাশনাল ব্যাংক অব পাকিস্তান শাখা খুলেছে।", "ন্যাশনাল ব্যাংক"),
    # short names that are also words or people's names, without the organisation named otherwise
    ("চেক ইনের সময় বেজায় ভিড় ছিল।", "বেজা"),
    ("তবে ববি হাজ্জাজ বলেন, আলোচনা চলছে।", "ববি"),
])
def test_a_known_name_needs_all_its_words_and_a_name_ending(text: str, absent: str) -> None:
    result = found(text)
    assert not (absent in result and result[absent].type == "ORG")


def test_the_organisation_gazetteer_is_normalised_text() -> None:
    names = [name for entry in ORGANISATIONS for name in entry]
    assert all(normalize(name) == name and name == name.strip() for name in names)
    assert all(len(set(entry)) == len(entry) for entry in ORGANISATIONS)
    assert NAMES_NEEDING_CONTEXT <= set(names)


# ------------------------------------------------------------------ names and keys

@pytest.mark.parametrize("text, name", [
    # a listed surname, a stem the corpus writes with another case ending, the genitive of -উল্লা
    ("রাষ্ট্রপতি প্রণব মুখার্জির সঙ্গে বৈঠক হয়।", "প্রণব মুখার্জি"),
    ("দলের সহ-অধিনায়ক শেফালি ভার্মার ব্যাটে জয় আসে।", "শেফালি ভার্মা"),
    ("ধর্মমন্ত্রী রহমতুল্লার বক্তব্যে বিতর্ক হয়।", "রহমতুল্লা"),
    # names that end in -ার, -ির as they are
    ("সাবেক মন্ত্রী হুমায়ুন কবির বক্তব্য দেন।", "হুমায়ুন কবির"),
    ("সচিব রাজীব হায়দার সভায় ছিলেন।", "রাজীব হায়দার"),
    ("উপদেষ্টা মুহাম্মদ ইয়াহিয়া আখতার সভায় ছিলেন।", "মুহাম্মদ ইয়াহিয়া আখতার"),
])
def test_a_genitive_r_leaves_a_name_the_corpus_knows_bare(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text, name", [
    # the particle -ও after a consonant or -ো, a place's locative -য় after -া and -ে after a consonant
    ("সভায় যুক্তরাষ্ট্রের সাবেক পররাষ্ট্রমন্ত্রী কলিন পাওয়েলও বক্তব্য রাখেন।", "কলিন পাওয়েল"),
    ("মালি ও বুরকিনা ফাসোও এই জোটে যোগ দিয়েছে।", "বুরকিনা ফাসো"),
    ("ব্রাজিলের ফোর্তালেজায় ম্যাচটি হবে।", "ফোর্তালেজা"),
    ("পুলিশ জানায়, কামরাঙ্গীরচরের রসুলবাগে একটি বাড়িতে আগুন লাগে।", "রসুলবাগ"),
    # names and places that end so as they are
    ("সাবেক অধিনায়ক মার্কো রুবিও বৈঠকে ছিলেন।", "মার্কো রুবিও"),
    ("ঢাকার খিলগাঁও এলাকায় আগুন লাগে।", "খিলগাঁও"),
    ("ফরাসি তারকা কিলিয়ান এমবাপে গোল করেন।", "কিলিয়ান এমবাপে"),
])
def test_a_particle_or_locative_leaves_the_name_bare(model: NerModel, text: str, name: str) -> None:
    assert name in found(text, model)


@pytest.mark.parametrize("word, known, expected", [
    ("কিমের", {"কিম"}, "কিম"),
    ("কিমকে", (), "কিম"),
    ("রাশিয়াকে", (), "রাশিয়া"),
    ("রাশিয়ায়", (), "রাশিয়া"),
    ("পেসকভের", (), "পেসকভ"),
    ("শোইগুর", (), "শোইগু"),
    ("জিন্নাহর", (), "জিন্নাহ"),  # a silent final হ takes -র like a vowel
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


@pytest.mark.parametrize("word, vocabulary, expected", [
    # a listed name without its ending, even where the corpus knows the inflected form
    ("আকিলার", set(), "আকিলা"),
    ("চট্টোপাধ্যায়ের", {"চট্টোপাধ্যায়ের"}, "চট্টোপাধ্যায়"),
    # not where a short ending separates it from a word the corpus knows (কেয়ার: "care")
    ("কেয়ার", {"কেয়ার"}, "কেয়ার"),
    # a name that is itself listed stays whole
    ("কাদের", {"কাদের"}, "কাদের"),
])
def test_a_listed_name_wins_over_the_inflected_form(word: str, vocabulary: set[str], expected: str) -> None:
    names = {"আকিলা", "চট্টোপাধ্যায়", "কেয়া", "কাদের"}
    assert nominative(word, vocabulary=vocabulary, names=names) == expected


def test_the_corpus_vocabulary_keeps_names_that_end_like_case_endings() -> None:
    assert nominative("কাদের") == "কা"  # without a vocabulary, -দের after a vowel is the plural
    assert nominative("কাদের", vocabulary={"কাদের"}) == "কাদের"
    assert nominative("বিএনপির", known={"বিএনপি"}) == "বিএনপি"


def test_an_arabic_name_ending_like_the_genitive_keeps_its_ending() -> None:
    result = found("ইনকিলাব মঞ্চের সদস্য সচিব আব্দুল্লাহ আল জাবের এ ঘোষণা দেন। জাবেরের বক্তব্যের পর মিছিল হয়।")
    assert result["আব্দুল্লাহ আল জাবের"].type == "PERSON"
    assert [m.text for m in result["আব্দুল্লাহ আল জাবের"].mentions] == ["আব্দুল্লাহ আল জাবের", "জাবেরের"]


@pytest.mark.parametrize("surface, expected", [
    ("বেগম খালেদা জিয়ার", "খালেদা জিয়া"),
    ("মওলানা আব্দুল হামিদ খান ভাসানীর", "আব্দুল হামিদ খান ভাসানী"),
    ("ডা. তাসনিম জারা", "তাসনিম জারা"),
    ("অ্যাডভোকেট মনিরা শারমিন", "মনিরা শারমিন"),
    ("ইঞ্জিনিয়ার নাবিলা তাহসিন", "নাবিলা তাহসিন"),
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


# ------------------------------------------------------------------ held-out error patterns

@pytest.mark.parametrize("text, name", [
    # named as the constituency is written in full (ঢাকা-১৩), whatever the spacing or dash
    ("এসব আসন হচ্ছে ফেনী ১. বগুড়া ৬ ও বগুড়া ৭।", "বগুড়া-৬"),
    ("এসব আসন হচ্ছে ফেনী ১. বগুড়া ৬ ও বগুড়া ৭।", "ফেনী-১"),
    ("তিনি ঢাকা–৯ আসন থেকে প্রার্থী হবেন।", "ঢাকা-৯"),
    ("তিনি ঢাকা-৯ আসনে লড়বেন।", "ঢাকা-৯"),
])
def test_a_district_with_a_seat_number_is_one_place(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "LOC"


@pytest.mark.parametrize("text, place", [
    # the number opens the next item of a numbered list, not a seat of the place before it
    ("তার নামে কয়েকটি প্রতিষ্ঠান আছে। ১। শহীদ স্মৃতি কলেজ, খুলনা ২। শহীদ স্মৃতি বিদ্যালয়, রাজশাহী ৩। শহীদ স্মৃতি পাঠাগার, বগুড়া",
     "রাজশাহী"),
    ("তার নামে কয়েকটি প্রতিষ্ঠান আছে। ১। শহীদ স্মৃতি কলেজ, খুলনা ২।শহীদ স্মৃতি বিদ্যালয়, রাজশাহী",
     "খুলনা"),
])
def test_a_numbered_list_item_after_a_district_is_no_seat(text: str, place: str) -> None:
    result = found(text)
    assert place in result and result[place].type == "LOC" and not [n for n in result if n.startswith(place + "-")]


def test_a_date_after_a_district_is_no_seat_number() -> None:
    result = found("ঢাকা ১০ ডিসেম্বর। বৈঠক হবে।")
    assert "ঢাকা" in result and not [n for n in result if "১০" in n]


@pytest.mark.parametrize("text, name", [
    ("জমা দেবেন ঢাকা মহানগর দক্ষিণ বিএনপির আহ্বায়ক রফিকুল আলম মজনু।", "ঢাকা মহানগর দক্ষিণ বিএনপি"),
    ("মেয়র ও মহানগর বিএনপির সাবেক সভাপতি শাহাদাত হোসেন বলেছেন।", "মহানগর বিএনপি"),
])
def test_a_party_metropolitan_unit_is_an_organisation(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"


def test_a_named_prayer_is_no_place() -> None:
    result = found("কানোর সাবন বাজারে মাগরিবের নামাজের সময় বোমা বিস্ফোরণ হয়। এশার নামাজ শেষে মিছিল হয়।", load_model())
    assert "মাগরিব" not in result and "এশা" not in result


def test_a_count_of_people_is_no_part_of_a_name() -> None:
    """"যে কয়জন পার্টিতে ছিল": কয়জন ("how many people") counts, it names no party."""
    result = found("দলের আদর্শ ধারণ করে যে কয়জন পার্টিতে ছিল তাদের মধ্যে আমি একজন।")
    assert not [n for n in result if "কয়জন" in n]


def test_a_kind_of_place_after_a_city_names_no_locality() -> None:
    """"শহরের বাজার এলাকার": বাজার says what kind of place, it names none (unlike "শহরের কাচিকাটা এলাকার")."""
    result = found("বগুড়া শহরের বাজার এলাকার দোকানি রফিক মিয়া বলেন, বিক্রি কমেছে।", load_model())
    assert "বাজার" not in result


@pytest.mark.parametrize("text, absent", [
    ("মৌসুম শেষে দল চালাতে একটি ব্যবস্থাপনা কমিটি গঠন করা হবে।", "ব্যবস্থাপনা কমিটি"),
    ("ঘটনা খতিয়ে দেখতে একটি তদন্ত কমিশন গঠনের দাবি জানান তারা।", "তদন্ত কমিশন"),
])
def test_a_head_word_after_an_indefinite_is_described_not_named(text: str, absent: str) -> None:
    """একটি ("a") before ordinary words and a head: a kind of body, no name."""
    assert absent not in found(text)


def test_a_name_after_an_indefinite_stays() -> None:
    result = found("নিজের একটি ফেসবুক পোস্টে তিনি এ কথা লেখেন। রাজশাহী বিশ্ববিদ্যালয়ের একটি হলে আগুন লাগে।")
    assert "রাজশাহী বিশ্ববিদ্যালয়" in result


@pytest.mark.parametrize("text, acronym, kept", [
    # the abbreviation of a term, no body
    ("ব্যাংকগুলোর খেলাপি ঋণ (এনপিএল) বাড়তে থাকায় ঝুঁকি বেড়েছে।", "এনপিএল", False),
    # an organisation's head word, or a known organisation, before the brackets
    ("নির্বাচন কমিশন (ইসি) সূত্রে জানা গেছে।", "ইসি", True),
    ("বিশ্ব খাদ্য কর্মসূচি (ডব্লিউএফপি) জানিয়েছে, খাদ্য সংকট বাড়ছে।", "ডব্লিউএফপি", True),
])
def test_an_acronym_in_brackets_after_an_ordinary_term_is_no_organisation(text: str, acronym: str, kept: bool) -> None:
    result = found(text)
    assert any(acronym in {m.text for m in e.mentions} for e in result.values()) == kept


def test_a_name_after_a_given_name_opener_keeps_its_word() -> None:
    """The last of "মো. X ও মো. Y" keeps Y even when Y is also an ordinary word: মো. alone names no one."""
    result = found("সভায় উপস্থিত ছিলেন মো. কামাল ও মো. সানাউল্লাহ প্রমুখ।", load_model())
    assert "মো. সানাউল্লাহ" in result and result["মো. সানাউল্লাহ"].type == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("একটি বুথ বসানো হয়েছে মিরপুর মার্কেটসংলগ্ন রূপনগর আইডিয়াল কলেজের বিপরীতে।", "রূপনগর আইডিয়াল কলেজ"),
    pytest.param("বিমানবন্দর-সংলগ্ন জাজিরা হোটেলের সামনে জড়ো হন তারা।", "জাজিরা হোটেল", marks=pytest.mark.xfail(
        strict=True, reason="since stop 32's tagger (dictionary feature) tags জাজিরা alone and the head rule "
                            "forms no hotel after a '-সংলগ্ন' phrase (without it, জাজিরা হোটেল is found)")),
])
def test_a_name_starts_after_a_word_saying_next_to(model: NerModel, text: str, name: str) -> None:
    """-সংলগ্ন ("next to") places the name after it; the word is in no name."""
    result = found(text, model)
    assert name in result and not [n for n in result if "সংলগ্ন" in n]


@pytest.mark.parametrize("text, mention", [
    # a school named after a whole person, its type (বালিকা উচ্চ, সরকারি, মহিলা) between name and head
    ("আমিনুল হক বালিকা উচ্চ বিদ্যালয়ে পরীক্ষা হয়।", "আমিনুল হক বালিকা উচ্চ বিদ্যালয়ে"),
    ("শহীদ জিয়াউর রহমান সরকারি কলেজে হামলা হয়েছে।", "শহীদ জিয়াউর রহমান সরকারি কলেজে"),
    ("তার নামে প্রতিষ্ঠান আছে। খালেদা জিয়া বালিকা উচ্চ বিদ্যালয়, ঠাকুরগাঁও এবং বেগম খালেদা জিয়া মহিলা কলেজ, নাটোর।",
     "বেগম খালেদা জিয়া মহিলা কলেজ"),
])
def test_a_school_named_after_a_person_takes_the_whole_name(model: NerModel, text: str, mention: str) -> None:
    result = found(text, model)
    assert any(m.text == mention for e in result.values() if e.type == "ORG" for m in e.mentions)


@pytest.mark.parametrize("text, name", [
    # the school heads written as one word (Prothom Alo's style; Rifat test split, rifat-test-1740)
    ("পাটগ্রামের আরেফা খাতুন বালিকা উচ্চবিদ্যালয়ের শিক্ষার্থীরা মানববন্ধন করেছে।",
     "আরেফা খাতুন বালিকা উচ্চবিদ্যালয়"),
    ("চট্টগ্রাম সরকারি উচ্চবিদ্যালয় এবং সৈয়দপুর ডিগ্রি মহাবিদ্যালয়ের শিক্ষক এসেছেন।", "সৈয়দপুর ডিগ্রি মহাবিদ্যালয়"),
    ("চট্টগ্রাম সরকারি উচ্চবিদ্যালয় এবং সৈয়দপুর ডিগ্রি মহাবিদ্যালয়ের শিক্ষক এসেছেন।", "চট্টগ্রাম সরকারি উচ্চবিদ্যালয়"),
    # with the honorific of the person it is named after (jn bn-e8f628b1f4)
    ("৫। বেগম খালেদা জিয়া মহাবিদ্যালয়, কলারোয়া, সাতক্ষীরা", "বেগম খালেদা জিয়া মহাবিদ্যালয়"),
    # the tagger's person that runs on to the school's head is the school
    ("জিয়াউর রহমান উচ্চবিদ্যালয়ের প্রধান শিক্ষক কথা বলেন।", "জিয়াউর রহমান উচ্চবিদ্যালয়"),
])
def test_a_school_written_as_one_word_is_a_school(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "ORG"
    assert "আরেফা খাতুন" not in result  # the person it is named after is no mention of her own here


@pytest.mark.parametrize("text", [
    "এটা টাকার চেয়েও বড়, সেটা হল বিশ্বাস। কয়েক দিন আগে সমাবেশ হয়েছে।",
    "আমাদের একটাই দাবি, সেটা হলো নিরাপত্তা। কাল আবার মিছিল হবে।",
])
def test_a_copula_after_a_demonstrative_opens_no_name(text: str) -> None:
    """হল/হলো here is "is": what follows is the predicate (the tagger may run it into a name)."""
    result = found(text, load_model())
    assert not [n for n in result if n.startswith(("হল", "হলো"))]


@pytest.mark.parametrize("text, absent, kept", [
    # the authorities in charge of a thing, no body's name
    ("ট্রেনটি দেরিতে ছাড়বে বলে জানিয়েছে রেলওয়ে কর্তৃপক্ষ।", "রেলওয়ে কর্তৃপক্ষ", None),
    ("বিপিএল কর্তৃপক্ষের বিরুদ্ধে অভিযোগ তোলেন তিনি।", "বিপিএল কর্তৃপক্ষ", "বিপিএল"),
    ("মালামাল খালাসে দেরি হচ্ছে বলে জানায় বন্দর কর্তৃপক্ষ।", "বন্দর কর্তৃপক্ষ", None),
    # named authorities stay
    ("বাংলাদেশ বিনিয়োগ উন্নয়ন কর্তৃপক্ষের নির্বাহী চেয়ারম্যান বলেন।", None, "বাংলাদেশ বিনিয়োগ উন্নয়ন কর্তৃপক্ষ"),
    ("নদী ভরাটের বিষয়ে নৌপরিবহন কর্তৃপক্ষ (বিআইডব্লিউটিএ) ব্যবস্থা নেয়নি।", None, "নৌপরিবহন কর্তৃপক্ষ"),
])
def test_an_authority_after_one_word_is_no_name(text: str, absent: str | None, kept: str | None) -> None:
    result = found(text)
    assert absent is None or absent not in result
    assert kept is None or (kept in result and result[kept].type == "ORG")


@pytest.mark.parametrize("text, name", [
    ("সমাবেশে বক্তব্য দেন ঢাকা মহানগর দক্ষিণ বিএনপির আহ্বায়ক আমিনুল হক।", "ঢাকা মহানগর দক্ষিণ বিএনপি"),
    ("মনোনয়নপত্র জমা দেবেন ঢাকা মহানগর দক্ষিণ বিএনপির আহ্বায়ক আমিনুল হক।", "ঢাকা মহানগর দক্ষিণ বিএনপি"),
    ("তার পক্ষে কাগজ জমা দেবেন ঢাকা মহানগর উত্তর বিএনপির সদস্যসচিব আমিনুল হক।", "ঢাকা মহানগর উত্তর বিএনপি"),
])
def test_a_metropolitan_unit_leaves_no_piece_of_its_name_behind(model: NerModel, text: str, name: str) -> None:
    """The tagger's place (ঢাকা মহানগর) and half (দক্ষিণ) before the party go into the unit's name."""
    result = found(text, model)
    assert name in result and [n for n in result if "মহানগর" in n] == [name]


@pytest.mark.parametrize("text, place", [
    ("উপজেলা আওয়ামী লীগের সভাপতি আবদুর রহিম বক্তব্য দেন।", None),
    ("সভায় জেলা আওয়ামী লীগের নেতারা উপস্থিত ছিলেন।", None),
    ("তিনি সদর উপজেলা আওয়ামী লীগে যোগ দেন।", None),
    ("গোলাপগঞ্জ উপজেলা আওয়ামী লীগের সাধারণ সম্পাদক এসেছিলেন।", "গোলাপগঞ্জ"),
    ("টুকুরিয়া ইউনিয়ন আওয়ামী লীগের সভাপতি আবদুস সামাদের বাড়িতে হামলা হয়।", "টুকুরিয়া"),
    ("সিলেট নগর আওয়ামী লীগের সাধারণ সম্পাদক বলেন।", "সিলেট"),
])
def test_a_party_unit_below_the_city_is_the_party_in_its_place(model: NerModel, text: str, place: str | None) -> None:
    """The 2013-15 annotations merge a party's district, upazila or union unit into the party
    (unlike its metropolitan unit, above); the place named with the unit stays a place."""
    result = found(text, model)
    assert "আওয়ামী লীগ" in result and result["আওয়ামী লীগ"].type == "ORG"
    assert not [n for n in result if n != "আওয়ামী লীগ" and "লীগ" in n]
    if place is not None:
        assert result[place].type == "LOC"


@pytest.mark.parametrize("text, name", [
    ("নির্বাচন কমিশনের ঘোষিত তফসিল অনুযায়ী ভোট হবে।", "নির্বাচন কমিশন"),
    ("ভাষণ বাংলাদেশ টেলিভিশন ও বাংলাদেশ বেতারে প্রচার করা হবে।", "বাংলাদেশ বেতার"),
    ("তিনি রাজধানীর এভারকেয়ার হাসপাতালে চিকিৎসাধীন ছিলেন।", "এভারকেয়ার হাসপাতাল"),
])
def test_known_bodies_and_branded_hospitals_are_organisations(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"


@pytest.mark.parametrize("text", ["তাকে ফের হাসপাতালে নেওয়া হয়।", "ইতোমধ্যে হাসপাতালে ভর্তি করা হয়েছে।"])
def test_an_adverb_before_hospital_is_no_brand(text: str) -> None:
    assert not [e for e in found(text).values() if e.type == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("নয়াপল্টন এবং গুলশান কার্যালয়ে শোক বই খোলা হবে।", "গুলশান"),
    ("সোমবার পিলখানায় অনুষ্ঠান হয়।", "পিলখানা"),
    ("নগরের টাইগারপাস এলাকায় সভা হয়।", "টাইগারপাস"),
])
def test_city_areas_are_places(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "LOC"


def test_a_city_area_after_a_title_can_be_a_given_name() -> None:
    result = found("তদন্তকারী কর্মকর্তা উপপরিচালক গুলশান আনোয়র প্রধানের নেতৃত্বে টিম যায়।")
    assert "গুলশান" not in result


@pytest.mark.parametrize("text, word", [
    ("দিনাজপুর-৩ (সদর) আসনে প্রার্থী হয়েছেন।", "সদর"),
    ("সাবেক উপজেলা পরিষদের চেয়ারম্যান মোরশেদ আলম।", "উপজেলা পরিষদ"),
])
def test_local_government_words_alone_are_no_names(text: str, word: str) -> None:
    assert word not in found(text, load_model())


@pytest.mark.parametrize("text, name", [
    ("দলের স্থায়ী কমিটির সদস্য ডা. এ জেড এম জাহিদ হোসেন জানিয়েছিলেন।", "এ জেড এম জাহিদ হোসেন"),
    ("কথা বলেন বিএনপি মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর।", "মির্জা ফখরুল ইসলাম আলমগীর"),
])
def test_initials_and_prefixes_the_tagger_leaves_out_belong_to_the_name(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "PERSON"


def test_a_title_does_not_make_a_known_outlet_a_person(model: NerModel) -> None:
    result = found("এনসিপির ওই নেতা বিবিসি বাংলাকে জানিয়েছেন, বৈঠক হবে।", model)
    assert "বিবিসি বাংলা" in result and result["বিবিসি বাংলা"].type == "ORG"


def test_a_place_with_a_personal_plural_is_no_place(model: NerModel) -> None:
    result = found("মাঠে নেমে রিয়াদদের বিপক্ষে জয় পায় দল।", model)
    assert not [e for e in result.values() if e.type == "LOC"]


@pytest.mark.parametrize("text, name", [
    ("বরিশালের গৌরনদীতে সংঘর্ষ হয়েছে।", "গৌরনদী"),
    ("নেত্রকোনার কলমাকান্দায় বন্যা দেখা দিয়েছে।", "কলমাকান্দা"),
])
def test_an_upazila_after_its_district_is_a_place(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "LOC"


def test_an_ordinary_word_after_a_district_is_no_place() -> None:
    assert list(found("ঢাকার বাজারে দাম বেড়েছে।")) == ["ঢাকা"]


@pytest.mark.parametrize("text, name", [
    ("জীবনের প্রথম ১০ বছর কাটিয়েছি ভান্ডারিয়ায়।", "ভান্ডারিয়া"),
    ("কিশোরগঞ্জের হাওর উপজেলা নিকলীতে তাপমাত্রা কমেছে।", "নিকলী"),
    ("কলকাতার রাজারহাটের একটি বেসরকারি হাসপাতালে মারা গেছেন।", "রাজারহাট"),
])
def test_an_upazila_in_a_case_form_is_a_place(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "LOC"


@pytest.mark.parametrize("text, name", [
    ("জামালপুর–ময়মনসিংহ রুটে ভৈরব হয়ে সীমিত পরিসরে ট্রেন চলছে।", "ভৈরব"),
    ("মেঘালয়ের হালুয়াঘাট দিয়ে কেউ সীমান্ত পার হয়নি।", "হালুয়াঘাট"),
    ("তার আদি নিবাস ছিল ফেনী জেলার ফুলগাজী থানায়।", "ফুলগাজী"),
    # a place with জুড়ে (all over)
    ("তার বক্তব্য ইউরোপজুড়ে সমালোচনার জন্ম দেয়।", "ইউরোপ"),
])
def test_an_upazila_on_a_route_or_before_what_it_is_is_a_place(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "LOC"


@pytest.mark.parametrize("text, name, mention", [
    ("তিনি আগারগাওস্থ নির্বাচন ভবনে সাংবাদিকদের সঙ্গে কথা বলেন।", "আগারগাও", "আগারগাওস্থ"),
    ("সকালে ঢাকাস্থ মার্কিন দূতাবাসে বৈঠক হয়।", "ঢাকা", "ঢাকাস্থ"),
    ("লন্ডনভিত্তিক মানবাধিকার সংস্থা অ্যামনেস্টি এ কথা জানায়।", "লন্ডন", "লন্ডনভিত্তিক"),
    ("মহালক্ষ্মী ব্যাংক ছিল চট্টগ্রামভিত্তিক একটি ব্যাংক।", "চট্টগ্রাম", "চট্টগ্রামভিত্তিক"),
    ("বেনাপোলসংলগ্ন এলাকায় অভিযান চালানো হয়।", "বেনাপোল", "বেনাপোলসংলগ্ন"),
])
def test_a_place_before_a_joined_postposition_is_the_place(text: str, name: str, mention: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "LOC"
    assert mention in {m.text for m in result[name].mentions}


@pytest.mark.parametrize("word", ["অসুস্থ", "মঞ্চস্থ", "বয়সভিত্তিক", "চুক্তিভিত্তিক"])
def test_an_ordinary_word_in_a_postposition_keeps_its_form(word: str) -> None:
    assert nominative(word) == word


@pytest.mark.parametrize("text", [
    "বিদেশ থেকে বেড়াতে আসা পুত্র বাড়ি ফেরেন।",  # বেড়াতে: "to visit", not the upazila বেড়া
    "ভবনটির ওপরে টিনের বেড়া দিয়ে ছোট ছোট কক্ষ করা হয়েছে।",  # a fence of tin, not the upazila বেড়া
    "আমরা পলাশের বাড়িতে যাই।",  # পলাশ: a given name before an upazila's
])
def test_a_verb_or_name_spelt_like_an_upazila_is_no_place(text: str) -> None:
    assert not [e for e in found(text).values() if e.type == "LOC"]


@pytest.mark.parametrize("text, name", [
    ("জাতীয় মৎস্যজীবী দলের ঢাকা দক্ষিণের নেতা আব্দুল হক বক্তব্য দেন।", "ঢাকা দক্ষিণ"),
    ("যুবদলের ঢাকা মহানগর উত্তরের আহ্বায়ক বক্তব্য দেন।", "ঢাকা মহানগর উত্তর"),
])
def test_a_half_of_a_city_in_the_genitive_is_one_place_with_it(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "LOC"
    assert "ঢাকা" not in result


def test_the_adjective_dhakai_is_no_place() -> None:
    assert not [e for e in found("ঢাকাই সিনেমার জনপ্রিয় নায়িকা অসুস্থ।").values() if e.type == "LOC"]


@pytest.mark.parametrize("text, name", [
    ("ঢাকা উত্তরের নায়েবে আমির আবদুর রহমান মুসাসহ অন্যরা উপস্থিত ছিলেন।", "আবদুর রহমান মুসা"),
    ("সদস্যসচিব তানভীর আহমেদ রবিনসহ আরও নেতারা উপস্থিত ছিলেন।", "তানভীর আহমেদ রবিন"),
])
def test_a_name_closed_by_saha_keeps_its_last_word(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)  # the tagger's name stops before the word with -সহ
    assert name in result and result[name].type == "PERSON"


def test_an_upazila_the_tagger_found_is_kept(model: NerModel) -> None:
    result = found("খুলনার দৌলতপুর এলাকায় আগুন লাগে।", model)
    assert "দৌলতপুর" in result and result["দৌলতপুর"].type == "LOC"


@pytest.mark.parametrize("text, name", [
    ("রাশেদ অপু লিখেছেন, ‘ভালো থাকবেন।’", "রাশেদ অপু"),
    ("সুমন বাপ্পী লিখেছেন, ‘শান্তিতে থাকুন।’", "সুমন বাপ্পী"),
])
def test_a_speakers_name_is_one_name(model: NerModel, text: str, name: str) -> None:
    assert list(found(text, model)) == [name]


def test_a_one_word_organisation_inside_a_longer_one_is_the_same(model: NerModel) -> None:
    result = found("বাংলাদেশ জামায়াতে ইসলামীর সেক্রেটারি জেনারেল বক্তব্য দেন। পরে জামায়াতের নেতারা মিছিল করেন।", model)
    assert list(result) == ["বাংলাদেশ জামায়াতে ইসলামী"]
    assert len(result["বাংলাদেশ জামায়াতে ইসলামী"].mentions) == 2


@pytest.mark.parametrize("text", [
    "জামায়াত-শিবিরের কর্মীরা গতকাল মিছিল করেছে।",
    "পরে জামায়াত-শিবির সন্ত্রাস করছে বলে অভিযোগ করেন তিনি।",
])
def test_two_organisations_joined_by_a_hyphen_are_two(model: NerModel, text: str) -> None:
    result = found(text, model)
    assert {"জামায়াত", "শিবির"} <= set(result) and not [n for n in result if "-" in n]


def test_a_compound_adjective_of_party_names_names_no_organisation(model: NerModel) -> None:
    result = found("বিএনপি-জামায়াতপন্থী শিক্ষকেরা সভা করেন।", model)
    assert not [n for n in result if "পন্থী" in n]


def test_a_local_unit_is_not_its_party(model: NerModel) -> None:
    result = found("ঢাকা মহানগর উত্তর বিএনপির নেতারা সমাবেশ করেন। বিএনপির মহাসচিব বক্তব্য দেন।", model)
    assert "বিএনপি" in result and "ঢাকা মহানগর উত্তর বিএনপি" in result


@pytest.mark.parametrize("text, name", [
    ("বস্ত্র ও পাট মন্ত্রণালয়ের সচিব বৈঠকে ছিলেন।", "বস্ত্র ও পাট মন্ত্রণালয়"),
    ("মৎস্য ও প্রাণিসম্পদ মন্ত্রণালয় নির্দেশনা দিয়েছে।", "মৎস্য ও প্রাণিসম্পদ মন্ত্রণালয়"),
    ("নির্বাচন কমিশন ও আইন মন্ত্রণালয়কে চিঠি দেওয়া হয়।", "আইন মন্ত্রণালয়"),
])
def test_a_ministry_name_lists_its_subjects(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"


@pytest.mark.parametrize("text", [
    "মরহুমের জন্য দোয়া করি। আমিন।",
    "আল্লাহ তাঁকে জান্নাতুল ফেরদাউস নসিব করুন। সুম্মা আমিন।",
    # inside a quotation, which the sentence splitter keeps whole
    "ইমাম বললেন, ‘সবাই তাঁর জন্য দোয়া করবেন। আমিন।’",
    "‘মহান আল্লাহ সবাইকে হেফাজত করুন। আমিন!’ এই বলে শেষ হলো সভা।",
])
def test_the_close_of_a_prayer_is_no_name(model: NerModel, text: str) -> None:
    assert found(text, model) == {}


@pytest.mark.parametrize("text", [
    "আমিন বলেন, এটা ঠিক নয়।",
    "তিনি বলেন, ‘কাল আসবেন। আমিন সাহেব সব জানেন।’",
])
def test_amin_speaking_is_a_person(model: NerModel, text: str) -> None:
    result = found(text, model)
    assert "আমিন" in result and result["আমিন"].type == "PERSON"


# ------------------------------------------------------------------ corpus survey, round 3

@pytest.mark.parametrize("text, word", [
    ("সমাবেশে আসা নেতাদের কর্মীরা ফুল দিয়ে অভ্যর্থনা জানান।", "অভ্যর্থনা"),
    ("অসুস্থ সহকর্মীর দ্রুত আরোগ্য কামনা করে তিনি শুভকামনা জানালেন।", "শুভকামনা"),
    ("নিহতদের পরিবারের প্রতি সংগঠনের সভাপতি সহমর্মিতা জানিয়েছেন।", "সহমর্মিতা"),
    ("বৈঠক শেষে সাংবাদিকদের একথা বলেন তিনি।", "একথা"),
    ("বন্দরের জনসংযোগ পরিচালক তথ্যটি জানিয়েছেন।", "তথ্যটি"),
    ("অধিনায়ক বিশ্বকাপ খেলার ইচ্ছার কথা আবারো জানিয়েছেন।", "আবারো"),
])
def test_a_message_before_a_speech_verb_is_not_a_speaker(model: NerModel, text: str, word: str) -> None:
    assert not any(word in e.name for e in found(text, model).values())


@pytest.mark.parametrize("text, name", [
    ("দলীয় কার্যালয়ে মিজ রোকসানা লিখেছেন, তিনি প্রার্থী হবেন না।", "রোকসানা"),
])
def test_miz_is_a_form_of_address(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and not any(n.startswith("মিজ") for n in result)


@pytest.mark.parametrize("text, name", [
    ("সাবেক প্রধানমন্ত্রী এবং বাংলাদেশ জাতীয়তাবাদী দলের চেয়ারপারসন মারা গেছেন।", "বাংলাদেশ জাতীয়তাবাদী দল"),
    pytest.param("জনসভায় বক্তারা বাংলাদেশ জাতীয়তাবাদী দলের নির্বাচনী ইশতেহার নিয়ে কথা বলেন।", "বাংলাদেশ জাতীয়তাবাদী দল", marks=pytest.mark.xfail(strict=True, reason="known gap: the organisation gazetteer finds the name, but an organisation before নির্বাচন… is taken for an election's name (জাতীয় সংসদ নির্বাচন), the adjective নির্বাচনী (an election manifesto) too")),
    # the tagger misses it in this sentence; the organisation gazetteer knows the party's name
    ("আসন ভাগাভাগিতে ইসলামী আন্দোলনকে দশটি আসন ছাড়া হয়েছে।", "ইসলামী আন্দোলন"),
])
def test_an_inflected_party_head_ends_the_party_name(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "ORG"


@pytest.mark.parametrize("text, team", [
    ("ফাইনালে খুলনা টাইগার্স দলের হয়ে সেঞ্চুরি করেন তিনি।", "খুলনা টাইগার্স দল"),
])
def test_a_teams_side_is_not_a_party_head(model: NerModel, text: str, team: str) -> None:
    assert team not in found(text, model)


@pytest.mark.parametrize("text, name", [
    ("সুনামগঞ্জের তাহিরপুরে পাহাড়ি ঢলে ফসল ডুবেছে।", "তাহিরপুর"),
    ("ময়মনসিংহের ভালুকায় কারখানায় আগুন লেগেছে।", "ভালুকা"),
])
def test_an_upazila_is_named_without_its_case_ending(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "LOC"


@pytest.mark.parametrize("text, name", [
    ("ডাক, টেলিযোগাযোগ ও তথ্যপ্রযুক্তি মন্ত্রণালয়ের সচিব বৈঠকে বক্তব্য দেন।", "ডাক, টেলিযোগাযোগ ও তথ্যপ্রযুক্তি মন্ত্রণালয়"),
    # the tagger misses it in this sentence; the gazetteer of Bangladesh's ministries knows it
    ("পরিবেশ, বন ও জলবায়ু পরিবর্তন মন্ত্রণালয়ের সচিব সভায় ছিলেন।", "পরিবেশ, বন ও জলবায়ু পরিবর্তন মন্ত্রণালয়"),
    ("বৈঠকে উপস্থিত ছিলেন বিভাগীয় কমিশনার মো: জাহিদুল ইসলাম।", "মো: জাহিদুল ইসলাম"),
])
def test_punctuation_inside_a_name_is_kept(model: NerModel, text: str, name: str) -> None:
    assert name in found(text, model)


@pytest.mark.parametrize("text, name", [
    ("মামলার আসামিরা হলেন মো: রফিকুল ইসলাম বাবু ও মো: আব্দুল করিম।", "মো: রফিকুল ইসলাম বাবু"),
    ("মামলার আসামিরা হলেন মো: রফিকুল ইসলাম বাবু ও মো: আব্দুল করিম।", "মো: আব্দুল করিম"),
])
def test_a_prefix_written_with_a_colon_joins_the_name(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, name, word", [
    ("জাসদ এতটাই দুর্বল যে কেউ তাদের পাত্তা দেয় না।", "জাসদ", "এতটাই"),
    ("আমার ছেলে মরল কেন, সেই জবাব চাই।", "মরল", "কেন"),
])
def test_a_name_does_not_end_in_an_adverb(model: NerModel, text: str, name: str, word: str) -> None:
    assert not any(n.endswith(word) for n in found(text, model))


@pytest.mark.parametrize("text, name", [
    ("শহীদ রফিক উদ্দিন আহমেদের স্মরণে সভা হয়।", "রফিক উদ্দিন আহমেদ"),
    ("অন্যতম সংগঠক শহীদ মাহফুজ আলম রনির কবর জিয়ারত করা হয়।", "মাহফুজ আলম রনি"),
])
def test_shahid_introduces_a_person(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, mention", [
    ("রাজধানীর শহীদ নূর হোসেন চত্বরে সমাবেশ হয়।", "শহীদ নূর হোসেন চত্বরে"),
])
def test_shahid_stays_in_a_place_name(text: str, mention: str) -> None:
    result = found(text).values()
    assert any(e.type == "LOC" and mention in [m.text for m in e.mentions] for e in result)
    assert not any(e.type == "PERSON" for e in result)


# ------------------------------------------------------------------ recall: মি./মিজ, prefixes, heads

@pytest.mark.parametrize("text, name, mentions", [
    # a surname after মি. (BBC Bangla's "Mr"), with its case ending
    ("আমরা মি. হাদারিকে ফোন করি। মি. হাদারি তাকে বলেন, প্রমাণ নেই।", "হাদারি", {"হাদারিকে", "হাদারি"}),
    # even an ordinary word there is a surname
    ("সংস্থানের বিষয়টাও তুলে ধরেছেন মি. পিটার্স।", "পিটার্স", {"পিটার্স"}),
    ("সংবাদমাধ্যমকে মি: অধিকারী বলেন, আমরা যাব।", "অধিকারী", {"অধিকারী"}),
    ("মিজ শারমিন মনে করেন, দল ভাঙবে।", "শারমিন", {"শারমিন"}),
    # the full name written once in the article joins the surname
    ("বিজেপি দলনেতা শুভেন্দু অধিকারী সেখানে যান। পরে মি. অধিকারী বলেন, আমরা যাব।", "শুভেন্দু অধিকারী",
     {"শুভেন্দু অধিকারী", "অধিকারী"}),
])
def test_a_surname_after_mister_is_a_person(text: str, name: str, mentions: set[str]) -> None:
    result = found(text)
    assert name in result and result[name].type == "PERSON"
    assert {m.text for m in result[name].mentions} == mentions


@pytest.mark.parametrize("text", [
    "সেতু থেকে ৫০০ মি. দূরে গাড়িটি থামে।",  # metres
    "মি. তিনি বলেন, হবে।",  # a pronoun
    "বলেছিলেন মি. প্রধানমন্ত্রী।",  # a title
])
def test_no_surname_after_mister(text: str) -> None:
    assert not any(e.type == "PERSON" for e in found(text).values())


def test_a_verb_before_the_full_name_stays_out() -> None:
    text = "দোকান চালাতো শুভেন্দু অধিকারী। মি. অধিকারী বলেন, জানি না।"
    assert "শুভেন্দু অধিকারী" in found(text)


def test_mister_before_a_surname_two_people_share_leaves_it_to_neither() -> None:
    names = {"মওদুদ আহমদ": "PER", "মহিউদ্দিন আহমদ": "PER"}
    text = "মওদুদ আহমদ আসেন। লেখক মহিউদ্দিন আহমদ বলেন। মি. আহমদ বলেন, হবে।"
    assert set(found(text, scripted(names))) == {"মওদুদ আহমদ", "মহিউদ্দিন আহমদ"}


@pytest.mark.parametrize("names, text, mention", [
    ({"মো. তারেক রহমান": "PER"}, "বিএনপির মো. তারেক রহমান আসেন। পরে তারেক রহমান বলেন, হবে।", "তারেক রহমান"),
    ({"এম রিয়াজ হামিদুল্লাহ": "PER"}, "হাইকমিশনার এম রিয়াজ হামিদুল্লাহকে ডাকা হয়। সোমবার দেশে এসেছেন রিয়াজ হামিদুল্লাহ।",
     "রিয়াজ হামিদুল্লাহ"),
])
def test_a_name_without_its_prefix_or_initials_is_the_same_person(names: dict[str, str], text: str,
                                                                   mention: str) -> None:
    result = found(text, scripted(names))
    assert len([e for e in result.values() if e.type == "PERSON"]) == 1
    assert any(mention in {m.text for m in e.mentions} for e in result.values())


@pytest.mark.parametrize("names, text, name, kind", [
    ({}, "শেয়ারবাজারে এগিয়ে ছিল স্কয়ার ফার্মাসিউটিক্যালস।", "স্কয়ার ফার্মাসিউটিক্যালস", "ORG"),
    ({"বেক্সিমকো": "LOC"}, "বেক্সিমকো ফার্মাসিউটিক্যালসের দর বেড়েছে।", "বেক্সিমকো ফার্মাসিউটিক্যালস", "ORG"),
    # the tagger's place, named in the nominative once শ্মশান is a known head
    ({"নিমতলা শ্মশানে": "LOC"}, "আজ বিকেলের দিকে নিমতলা শ্মশানে শেষকৃত্য হয়।", "নিমতলা শ্মশান", "LOC"),
])
def test_drug_makers_and_cremation_grounds_end_a_name(names: dict[str, str], text: str, name: str, kind: str) -> None:
    result = found(text, scripted(names))
    assert name in result and result[name].type == kind


# ------------------------------------------------------------------ name boundaries (corpus survey)

@pytest.mark.parametrize("names, text, expected", [
    # a known surname or given name right after the tagger's name
    ({"শরিফ ওসমান": "PER"}, "ইনকিলাব মঞ্চের মুখপাত্র শরিফ ওসমান হাদী শাহাদতবরণ করেন।", "শরিফ ওসমান হাদী"),
    ({"জাকের আলী": "PER"}, "ম্যাচে জাকের আলী অনিক ভালো খেলেন।", "জাকের আলী অনিক"),
    ({"খালেদা খানম": "PER"}, "তার পুরো নাম খালেদা খানম পুতুল।", "খালেদা খানম পুতুল"),
    # right before it: given names and a name prefix the tagger left out, a compound given name's "-ul" part
    ({"জুবায়ের": "PER"}, "জানতে চাইলে এহসানুল মাহবুব জুবায়ের বলেন, আজ জানাব।", "এহসানুল মাহবুব জুবায়ের"),
    ({"বারী রনি": "PER"}, "ইসলামী আন্দোলন বাংলাদেশের হারিসুল বারী রনি এবং অন্যরা ছিলেন।", "হারিসুল বারী রনি"),
    # a one-word name beside it, of a person or a name word the tagger typed otherwise
    ({"অলি": "PER", "আহমদের": "PER"}, "কর্নেল (অব.) অলি আহমদের দল জোটে এসেছে।", "অলি আহমদ"),
    ({"মির্জা ফখরুল": "PER", "ইসলাম": "ORG", "আলমগীর": "PER"}, "মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেন।",
     "মির্জা ফখরুল ইসলাম আলমগীর"),
    # a name word written on with a hyphen
    ({"জালাল": "PER"}, "কোণঠাসা অবস্থায় জালাল আল-দিন নদী পার হন।", "জালাল আল-দিন"),
])
def test_a_name_the_tagger_cut_short_takes_in_the_name_words_beside_it(names: dict[str, str], text: str,
                                                                       expected: str) -> None:
    result = found(text, scripted(names))
    assert expected in result and result[expected].type == "PERSON"
    assert not any(name != expected and name in expected for name in result)


@pytest.mark.parametrize("names, text, expected", [
    # names that are ordinary words too (ছবি, বেলা, আসার), and a case ending that closes the name
    ({"জসীম উদ্দিন রাহমানী": "PER"}, "মুফতি জসীম উদ্দিন রাহমানী বেলা ১১টায় আসেন।", {"জসীম উদ্দিন রাহমানী"}),
    ({"তারেক রহমান": "PER"}, "তারেক রহমান আসার আগে সব প্রস্তুত ছিল।", {"তারেক রহমান"}),
    ({"জিয়াউর রহমানের": "PER"}, "দলের প্রতিষ্ঠাতা জিয়াউর রহমানের ছবি টাঙানো হয়।", {"জিয়াউর রহমান"}),
    # an office after its organisation stays out of the name
    ({"শফিকুর রহমান": "PER"}, "জামায়াতের আমির শফিকুর রহমান বলেন।", {"জামায়াত", "শফিকুর রহমান"}),
    # two people side by side, as two headlines run together
    ({"মাহমুদুল": "PER", "খালেদা জিয়ার": "PER"}, "নির্বাচনের বিকল্প নেই: মাহমুদুল খালেদা জিয়ার পক্ষে মনোনয়নপত্র জমা।",
     {"মাহমুদুল", "খালেদা জিয়া"}),
])
def test_a_name_stays_apart_from_ordinary_words_and_other_people(names: dict[str, str], text: str,
                                                                 expected: set[str]) -> None:
    assert set(found(text, scripted(names))) == expected


@pytest.mark.parametrize("names, text, name, mentions", [
    # the tagger's first name and the surname found again elsewhere, side by side
    ({"খালেদা": "PER", "খালেদা জিয়া": "PER"}, "খালেদা জিয়া দেশে ফেরেন। তার মধ্যে খালেদা জিয়ার মুক্তির দাবিও রয়েছে।",
     "খালেদা জিয়া", ["খালেদা জিয়া", "খালেদা জিয়ার"]),
    ({"শরিফ ওসমান": "PER", "শরিফ ওসমান বিন হাদি": "PER"},
     "মুখপাত্র শরিফ ওসমান বিন হাদি মারা যান। শরিফ ওসমান হাদি হত্যার বিচার চাই।",
     "শরিফ ওসমান বিন হাদি", ["শরিফ ওসমান বিন হাদি", "শরিফ ওসমান হাদি"]),
    # a name said twice is two mentions
    ({"হাদি": "PER", "শরিফ ওসমান বিন হাদি": "PER"}, "মুখপাত্র শরিফ ওসমান বিন হাদি মারা যান। মিছিলে হাদি হাদি স্লোগান ওঠে।",
     "শরিফ ওসমান বিন হাদি", ["শরিফ ওসমান বিন হাদি", "হাদি", "হাদি"]),
])
def test_two_mentions_of_a_person_side_by_side_are_one(names: dict[str, str], text: str, name: str,
                                                        mentions: list[str]) -> None:
    result = found(text, scripted(names))
    assert list(result) == [name]
    assert sorted(m.text for m in result[name].mentions) == mentions


@pytest.mark.parametrize("names, text, name, alias", [
    ({"দীপু চন্দ্র দাস": "PER", "দীপু দাসকে": "PER"}, "দীপু চন্দ্র দাস নিহত হন। দীপু দাসকে যেভাবে পুড়িয়ে মারা হয়েছে, তা ভয়াবহ।",
     "দীপু চন্দ্র দাস", "দীপু দাস"),
    ({"মেহেদী হাসান রানা": "PER", "মেহেদী রানার": "PER"}, "পেসার মেহেদী হাসান রানা দলে আছেন। মেহেদী রানার বলে উইকেট পড়ে।",
     "মেহেদী হাসান রানা", "মেহেদী রানা"),
])
def test_a_name_without_its_middle_name_is_the_same_person(names: dict[str, str], text: str, name: str,
                                                           alias: str) -> None:
    result = found(text, scripted(names))
    assert list(result) == [name] and alias in result[name].aliases


@pytest.mark.parametrize("text, name, office", [
    ("ফ্লাইনাস এয়ারলাইন্সের সেলস অ্যান্ড মার্কেটিং ম্যানেজারের সঙ্গে কথা হয়।", "ফ্লাইনাস এয়ারলাইন্স", "ম্যানেজার"),
    ("আকিজ ফুড অ্যান্ড বেভারেজ লি.-এর সিনিয়র ব্র্যান্ড ম্যানেজার রাশেদ খান বলেন, ভালো।",
     "আকিজ ফুড অ্যান্ড বেভারেজ লি", "ব্র্যান্ড"),
])
def test_an_organisation_ends_at_its_genitive_before_an_office(text: str, name: str, office: str) -> None:
    result = found(text, load_model())  # the tagger's span runs on into the office
    assert name in result and result[name].type == "ORG"
    assert not any(office in e.name for e in result.values() if e.type == "ORG")


def test_an_organisation_with_a_genitive_inside_keeps_its_name_before_a_post() -> None:
    result = found("বাংলাদেশের কমিউনিস্ট পার্টির সভাপতি সমাবেশে বক্তব্য দেন।")
    assert "বাংলাদেশের কমিউনিস্ট পার্টি" in result


@pytest.mark.parametrize("text, name", [
    ("বাংলাদেশের কমিউনিস্ট পার্টির (সিপিবি) ডা. আহাম্মদ সাজেদুল হক রুবেল। তিনি প্রার্থী।", "আহাম্মদ সাজেদুল হক রুবেল"),
    ("উদ্বোধন করেন গ্রুপের ব্যবস্থাপনা পরিচালক আর এন পাল। অনুষ্ঠানে আর এন পাল বলেন, ভালো।", "আর এন পাল"),
    ("এ সময় উপস্থিত ছিলেন সমন্বয়ক শীষ হায়দার চৌধুরী, সদস্য সচিব।", "শীষ হায়দার চৌধুরী"),
    # an ordinary word (প্রকাশ) inside a frame that closes on a surname
    ("প্রকল্প পরিচালক নিত্য প্রকাশ বিশ্বাস, হিন্দু ধর্মীয় কল্যাণ ট্রাস্টের সচিব উপস্থিত ছিলেন।", "নিত্য প্রকাশ বিশ্বাস"),
    ("অনুষ্ঠানে বক্তব্য দেন প্রধান শিক্ষক অমল প্রকাশ মন্ডল।", "অমল প্রকাশ মন্ডল"),
    ("প্রধান অতিথি ছিলেন উপজেলা নির্বাহী কর্মকর্তা সুমন আদর্শ ঘোষ।", "সুমন আদর্শ ঘোষ"),
])
def test_a_name_after_a_title_runs_to_the_end_of_its_clause(text: str, name: str) -> None:
    result = found(text, load_model())
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, name, not_name", [
    ("বিএনপির প্রার্থী খালেদা জিয়ার বক্তব্য শোনা হয়। নেত্রী খালেদা জিয়া দুর্নীতি, সন্ত্রাসের বিরোধিতা করেন।",
     "খালেদা জিয়া", "খালেদা জিয়া দুর্নীতি"),
    ("তার স্বামী লেফটেন্যান্ট জেনারেল জিয়াউর রহমান বীর উত্তম, যিনি পরে রাষ্ট্রপতি হন।", "জিয়াউর রহমান",
     "জিয়াউর রহমান বীর উত্তম"),
])
def test_the_clause_frame_does_not_take_in_a_noun_or_an_award(text: str, name: str, not_name: str) -> None:
    result = found(text, load_model())
    assert name in result and not_name not in result


@pytest.mark.parametrize("text, person, other", [
    ("পাঁচ উইকেট নিয়েছিলেন আল আমিন হোসেন। সাল ২০১২ আল আমিন হোসেন (বাংলাদেশ) বরিশাল বার্নার্স।",
     "আল আমিন হোসেন", "বাংলাদেশ"),
    ("আসনে প্রার্থী খন্দকার নাসিরুল ইসলাম (বিএনপি) ও মো. ইলিয়াস মোল্লা (জামায়াত)।", "খন্দকার নাসিরুল ইসলাম", "বিএনপি"),
])
def test_a_country_or_party_in_brackets_after_a_name_is_not_its_alias(text: str, person: str, other: str) -> None:
    result = found(text, load_model())
    assert person in result and result[person].type == "PERSON"
    assert other in result and all(m.text != other for m in result[person].mentions)


def test_an_acronym_in_brackets_after_an_organisation_is_its_alias() -> None:
    result = found("ঢাকা স্টক এক্সচেঞ্জ (ডিএসই) সূচক বেড়েছে।", load_model())
    assert any(m.text == "ডিএসই" for m in result["ঢাকা স্টক এক্সচেঞ্জ"].mentions)


@pytest.mark.parametrize("text, name", [
    ("নবম মিনিটেই প্রথম গোল পায় মরক্কো। দলের হয়ে প্রথম গোলটি করেন আইয়ুব আল কাবি। পরে আরও গোল হয়।", "আইয়ুব আল কাবি"),
    ("আর ম্যাচের ২৭তম মিনিটে ব্যবধান দ্বিগুণ করেন ব্রাহিম দিয়াজ। এরপর খেলা থামে।", "ব্রাহিম দিয়াজ"),
])
def test_a_name_after_an_honorific_verb_at_the_end_of_the_sentence_is_its_subject(text: str, name: str) -> None:
    result = found(text, load_model())
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, word", [
    ("নতুন আইনে শাস্তি আরও কঠোর করা হয়। এতে সবচেয়ে লাভবান হন কঠোরতর।", "কঠোরতর"),
    ("এ সময় সেখানে উপস্থিত ছিলেন বৃদ্ধ আবু তৈয়্যব। পরে তিনি বাড়ি যান।", "বৃদ্ধ আবু তৈয়্যব"),
])
def test_an_ordinary_word_after_the_verb_is_no_subject_name(text: str, word: str) -> None:
    assert word not in found(text, load_model())


def test_a_village_the_tagger_took_for_a_person_is_a_place() -> None:
    result = found("কমিউনিটি সেন্টারে নাইখাইন গ্রামের মাসুদুল হক মাসুম ও জিরি গ্রামের সাবিনা আক্তার সুমাইয়ার বিয়ে হয়।",
                   load_model())
    assert result["নাইখাইন"].type == "LOC" and result["জিরি"].type == "LOC"
    assert result["মাসুদুল হক মাসুম"].type == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("অনুষ্ঠানে অংশ নেন আবুল ফজল, তোফাজ্জল হোসেন তপু, উম্মে হাবিবা শিবলী, অদ্রিতা ভদ্রসহ আরও অনেকে।", "অদ্রিতা ভদ্র"),
    ("তারকা ক্রিকেটারদের— শাহিন শাহ আফ্রিদি, বাবর আজম, মোহাম্মদ রিজওয়ান, হারিস রউফ ও হাসান আলী— কেউ খেলবেন না।",
     "বাবর আজম"),
])
def test_a_name_in_a_list_of_people_is_a_person(text: str, name: str) -> None:
    result = found(text, load_model())
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, name, mention", [
    ("সিলেট সুপারস্টারসের ক্রিশ্চিয়ানো রোনালদো, নুরুল হাসান ও অমৃত মণ্ডলকে আউট করেন তিনি।", "অমৃত মণ্ডল",
     "অমৃত মণ্ডলকে"),
    ("তার শিকার ছিল ক্রিশ্চিয়ানো রোনালদো, নুরুল হাসান ও বরকত আলি সানি।", "বরকত আলি সানি", "বরকত আলি সানি"),
])
def test_the_last_item_of_a_list_of_people_after_o_is_a_person(text: str, name: str, mention: str) -> None:
    result = found(text, scripted({"ক্রিশ্চিয়ানো রোনালদো": "PER", "নুরুল হাসান": "PER"}))
    assert name in result and result[name].type == "PERSON", sorted(result)
    assert [m.text for m in result[name].mentions] == [mention]


@pytest.mark.parametrize("text, word", [
    ("সভায় ক্রিশ্চিয়ানো রোনালদো, নুরুল হাসান ও দলের অন্য নেতারা উপস্থিত ছিলেন।", "দলের"),  # guard: no name
    ("সভায় নুরুল হাসান ও অমৃত মণ্ডল এসেছিলেন।", "অমৃত"),  # guard: one person before ও is no list
])
def test_an_item_after_o_is_no_person_without_a_list_of_people_or_name_words(text: str, word: str) -> None:
    result = found(text, scripted({"ক্রিশ্চিয়ানো রোনালদো": "PER", "নুরুল হাসান": "PER"}))
    assert not any(word in name and e.type == "PERSON" for name, e in result.items()), sorted(result)


@pytest.mark.parametrize("text, name", [
    ("দলে আছেন সুমন খান, জিয়াউর রহমান, আরাফাত সানি, মুকিদুল ইসলাম মুগ্ধ, শুভাগত হোম চৌধুরি, সালমান হোসেন, "
     "জাহিদুজ্জামান খান সাগর, সাদমান ইসলাম।", "শুভাগত হোম চৌধুরি"),
    ("কার্যনির্বাহী সদস্য পদে প্রার্থীরা হলেন খাদিজা আক্তার দিয়া, সিদরাতুল মুনতাহা তাওহীদা, শাকিলা ইয়াসমিন "
     "তৃপ্তি ও লস্কর রুবাইয়াত জাহান।", "শাকিলা ইয়াসমিন তৃপ্তি"),
])
def test_a_listed_name_the_tagger_found_part_of_takes_its_whole_item(text: str, name: str) -> None:
    result = found(text, load_model())
    assert name in result and result[name].type == "PERSON", sorted(result)


def test_a_list_of_companies_after_a_lone_name_gains_no_person() -> None:
    result = found("প্রমি ফুড, হাসেম ফুড, বিএসপি ফুড, ইফাদ, বিডি ফুডসহ নানা প্রতিষ্ঠান পণ্য রপ্তানি করতো।", load_model())
    assert all(e.type != "PERSON" for name, e in result.items() if "ফুড" in name)


def test_a_surname_with_a_chandrabindu_is_still_a_surname() -> None:
    result = found("বিমানবাহিনী প্রধান এয়ার চিফ মার্শাল হাসান মাহমুদ খাঁন প্রধান অতিথি হিসেবে উপস্থিত ছিলেন।", load_model())
    assert "হাসান মাহমুদ খাঁন" in result


def test_an_organisation_before_those_it_speaks_to_keeps_its_name() -> None:
    result = found("বাংলাদেশ জামায়াতে ইসলামী সাংবাদিকদের বলেছে, মানুষ শান্তিপূর্ণ নির্বাচন চায়।", load_model())
    assert "বাংলাদেশ জামায়াতে ইসলামী" in result


def test_an_unknown_name_before_whom_it_tells_and_the_verb_is_a_person() -> None:
    result = found("সোমবার সকালে উদয় রয় সাংবাদিকদের বলেন, নির্বাচন হবে।", load_model())
    assert "উদয় রয়" in result and result["উদয় রয়"].type == "PERSON"


# ------------------------------------------------------------------ well-known people (core.lexicon.people)

@pytest.mark.parametrize("text, name, mention", [
    # contexts no title, verb or list cues
    ("বর-কনে ‘জাস্টিস ফর হাদি’ লেখা প্ল্যাকার্ড উঁচিয়ে ধরে শরিফ ওসমান হাদির হত্যার বিচার দাবি করেন।",
     "শরিফ ওসমান হাদি", "শরিফ ওসমান হাদির"),
    ("স্পেনের মিডফিল্ডার আইতানা বোনমাতি জেতেন বর্ষসেরার পুরস্কার।", "আইতানা বোনমাতি", "আইতানা বোনমাতি"),
    ("অ্যাতলেতিকোতে খেলা হোয়াও ফেলিক্স এখন সৌদি ক্লাবে।", "হোয়াও ফেলিক্স", "হোয়াও ফেলিক্স"),
    # a case ending on the last word, after a hyphen or an apostrophe too
    ("এলডিপির সভাপতি অলি আহমদের সঙ্গে বৈঠক করেন তারা।", "অলি আহমদ", "অলি আহমদের"),
    ("সমাবেশে তাজনূভা জাবীনসহ অনেকে ছিলেন।", "তাজনূভা জাবীন", "তাজনূভা জাবীনসহ"),
    ("নির্বাচনে ডোনাল্ড ট্রাম্প’র জয় নিয়ে আলোচনা চলছে।", "ডোনাল্ড ট্রাম্প", "ডোনাল্ড ট্রাম্প’র"),
    # a spelling with long or short i/u that the list does not write
    ("প্রধান উপদেষ্টা মুহাম্মদ ইউনুসের সঙ্গে দেখা করেন তিনি।", "মুহাম্মদ ইউনুস", "মুহাম্মদ ইউনুসের"),
])
def test_a_known_person_is_found_whole_in_any_case_form(text: str, name: str, mention: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "PERSON"
    assert mention in {m.text for m in result[name].mentions}


@pytest.mark.parametrize("names, text, expected, absent", [
    # the tagger's truncated name: the known name wins over a shorter span inside it
    ({"ওসমান হাদির": "PER"}, "শহীদ শরিফ ওসমান হাদির কবর জিয়ারত করা হয়।",
     {"শরিফ ওসমান হাদি": "PERSON"}, {"ওসমান হাদি"}),
    ({"শরিফ ওসমান": "PER"}, "শরিফ ওসমান হাদি গুলিবিদ্ধ হন।", {"শরিফ ওসমান হাদি": "PERSON"}, {"শরিফ ওসমান"}),
    # a wrongly typed span of the name
    ({"শেখ হাসিনা": "ORG"}, "শেখ হাসিনা ভারতে আছেন।", {"শেখ হাসিনা": "PERSON"}, set()),
    ({"আলিস আল ইসলাম": "ORG"}, "আলিস আল ইসলাম দুই উইকেট নেন।", {"আলিস আল ইসলাম": "PERSON"}, set()),
    # a pair of people joined by a hyphen, which the tagger took for one name
    ({"হামজা চৌধুরী-শমিত": "PER"}, "হামজা চৌধুরী-শমিত দুজনেই খেলবেন।", {"হামজা চৌধুরী": "PERSON"},
     {"হামজা চৌধুরী-শমিত"}),
    # a name the tagger runs on is someone else's longer name: it stays
    ({"ফজলুল হক ভূঁইয়া": "PER"}, "উপাচার্য অধ্যাপক এ কে ফজলুল হক ভূঁইয়া বলেন, কাজ চলছে।",
     {"এ কে ফজলুল হক ভূঁইয়া": "PERSON"}, {"এ কে ফজলুল হক"}),
])
def test_a_known_persons_name_replaces_what_the_tagger_cut_or_mistyped(
        names: dict[str, str], text: str, expected: dict[str, str], absent: set[str]) -> None:
    result = found(text, scripted(names))
    assert {n: result[n].type for n in expected if n in result} == expected
    assert not absent & set(result)


@pytest.mark.parametrize("names, text, person", [
    # an organisation or place named after a person is not broken into the person
    ({"শহীদ জিয়াউর রহমান বিশ্ববিদ্যালয়": "ORG"}, "শহীদ জিয়াউর রহমান বিশ্ববিদ্যালয় প্রতিষ্ঠার দাবি ওঠে।", "জিয়াউর রহমান"),
    ({"বঙ্গবন্ধু শেখ মুজিবুর রহমান নভোথিয়েটারে": "LOC"}, "বঙ্গবন্ধু শেখ মুজিবুর রহমান নভোথিয়েটারে অনুষ্ঠান হয়।",
     "শেখ মুজিবুর রহমান"),
    ({"খালেদা জিয়া এতিমখানা ট্রাস্ট": "ORG"}, "খালেদা জিয়া এতিমখানা ট্রাস্ট মামলার রায় হয়।", "খালেদা জিয়া"),
    ({"জিয়া উদ্যানে": "LOC"}, "জিয়া উদ্যানে সমাবেশ হয়।", "জিয়া"),
])
def test_a_name_given_to_an_institution_is_not_broken(names: dict[str, str], text: str, person: str) -> None:
    result = found(text, scripted(names))
    assert not [e for e in result.values() if e.type == "PERSON"]
    assert [n for n, e in result.items() if person in n and e.type in ("ORG", "LOC")]


@pytest.mark.parametrize("text, absent", [
    # a head word or a word of an institution after the name: named after the person, not the person
    ("জিয়াউর রহমান বিশ্ববিদ্যালয় প্রতিষ্ঠার দাবি ওঠে।", "জিয়াউর রহমান"),
    ("শেখ মুজিবুর রহমান নভোথিয়েটারে অনুষ্ঠান হয়।", "শেখ মুজিবুর রহমান"),
    # one word of a name is never matched alone
    ("মেসি আজ খেলবেন না।", "লিওনেল মেসি"),
    # a plural of a common noun
    ("দেশের সব শেখ হাসিনাগুলো নিয়ে কথা।", "শেখ হাসিনা"),
])
def test_a_known_persons_name_needs_all_its_words_and_a_persons_ending(text: str, absent: str) -> None:
    result = found(text)
    assert not (absent in result and result[absent].type == "PERSON")


def test_a_known_person_inside_a_longer_name_of_someone_else_stays_out() -> None:
    # শহীদ introduces the whole name; মাহফুজ আলম is only the start of it
    result = found("অন্যতম সংগঠক শহীদ মাহফুজ আলম রনির কবর জিয়ারত করা হয়।")
    assert "মাহফুজ আলম রনি" in result and "মাহফুজ আলম" not in result


def test_the_people_gazetteer_is_normalised_text() -> None:
    names = [name for entry in PEOPLE for name in entry]
    assert all(normalize(name) == name and name == name.strip() for name in names)
    assert all(len(set(entry)) == len(entry) for entry in PEOPLE)
    # every person is listed under a full name of two words or more
    assert all(len(entry[0].replace("-", " ").split()) > 1 for entry in PEOPLE)


def test_and_after_a_title_is_no_initial() -> None:
    result = found("সাবেক প্রধানমন্ত্রী ও বেনজির ভুট্টো বৈঠক করেন। সভাপতি এ মতিন চৌধুরী বলেন, ঠিক আছে।", load_model())
    assert "বেনজির ভুট্টো" in result and "ও বেনজির ভুট্টো" not in result
    assert "এ মতিন চৌধুরী" in result


def test_an_acronym_in_brackets_after_a_post_abbreviates_the_post() -> None:
    result = found("প্রফেসর আন্ডার অফিসার (পিইউও), টিচার আন্ডার অফিসার (টিইউও) উপস্থিত ছিলেন। বাংলাদেশ ক্রিকেট বোর্ডের "
                   "(বিসিবি) সভাপতি বলেন, ঠিক আছে।", load_model())
    assert "পিইউও" not in result and "টিইউও" not in result
    assert any(m.text == "বিসিবি" for m in result["বাংলাদেশ ক্রিকেট বোর্ড"].mentions)


def test_a_first_name_written_two_ways_is_one_person() -> None:
    text = ("জামায়াতের সহকারী সেক্রেটারি জেনারেল এহসানুল মাহবুব জুবায়ের বলেন, আলোচনা চলছে। পরে এহসান মাহবুব "
            "জুবায়ের জানান, আজ রাতেই জানানো হবে। এহসান মাহবুব জুবায়ের আরও বলেন, সময় লাগবে।")
    people = [e for e in found(text, load_model()).values() if e.type == "PERSON"]
    assert len(people) == 1 and len(people[0].mentions) == 3


def test_two_people_who_share_a_surname_stay_apart() -> None:
    text = "আব্দুল করিম চৌধুরী ও আব্দুর রহিম চৌধুরী সভায় ছিলেন। আব্দুল করিম চৌধুরী বলেন, সভা ভালো হয়েছে।"
    people = {e.name for e in found(text, load_model()).values() if e.type == "PERSON"}
    assert {"আব্দুল করিম চৌধুরী", "আব্দুর রহিম চৌধুরী"} <= people


@pytest.mark.parametrize("text, name, short", [
    ("উপদেষ্টা মো: জাহাঙ্গীর আলম চৌধুরী বক্তব্য দেন। পরে জাহাঙ্গীর আলম সাংবাদিকদের বলেন, ভালো।",
     "মো: জাহাঙ্গীর আলম চৌধুরী", "জাহাঙ্গীর আলম"),
    ("মো. রফিকুল ইসলাম খান সভাপতিত্ব করেন। রফিকুল ইসলাম বলেন, ঠিক আছে।", "মো. রফিকুল ইসলাম খান", "রফিকুল ইসলাম"),
])
def test_a_name_without_its_prefix_joins_the_full_name(text: str, name: str, short: str) -> None:
    result = found(text, load_model())
    assert short not in result and any(m.text == short for m in result[name].mentions)


def test_a_company_acronym_joins_its_group_name() -> None:
    result = found("আরএফএল গ্রুপের পরিচালক বলেন, নতুন পণ্য আসছে। আরএফএলের এই উদ্যোগ প্রশংসিত।", load_model())
    assert "আরএফএল" not in result and any(m.text == "আরএফএলের" for m in result["আরএফএল গ্রুপ"].mentions)


def test_a_constituency_written_with_a_space_is_the_hyphenated_one() -> None:
    result = found("ঢাকা-১৩ আসনে তিনি প্রার্থী। ঢাকা ১৩ ও ১৫ এর রিটার্নিং কর্মকর্তা বলেন, ঠিক আছে।", load_model())
    assert "ঢাকা ১৩" not in result and {m.text for m in result["ঢাকা-১৩"].mentions} == {"ঢাকা-১৩", "ঢাকা ১৩"}


@pytest.mark.parametrize("text, name", [
    ("আফিয়া যয়নাব ফাউন্ডেশনের শিক্ষার্থীরা মানববন্ধন করেছেন।", "আফিয়া যয়নাব ফাউন্ডেশন"),
    ("মনসুর আলী ফাউন্ডেশনের শিক্ষার্থীরা মানববন্ধন করেছেন।", "মনসুর আলী ফাউন্ডেশন"),
    # … and with what it is between the name and the head
    ("খালেদা জিয়া এক মামলায় দণ্ডিত হন। জিয়া অরফানেজ ট্রাস্ট দুর্নীতি মামলায় রায় হয়।", "জিয়া অরফানেজ ট্রাস্ট"),
    ("খালেদা জিয়া এক মামলায় দণ্ডিত হন। জিয়া চ্যারিটেবল ট্রাস্ট দুর্নীতি মামলায় রায় হয়।", "জিয়া চ্যারিটেবল ট্রাস্ট"),
])
def test_a_place_or_body_named_after_a_whole_person(text: str, name: str) -> None:
    assert name in found(text, load_model())


def test_a_title_holder_before_an_institution_of_state_stays_a_person() -> None:
    text = "প্রধান নির্বাচন কমিশনার এ এম এম নাসির উদ্দিন সংসদ নির্বাচনের তফসিল ঘোষণা করেন।"
    result = found(text, load_model())
    assert not any("সংসদ" in name and e.type != "PERSON" and "নাসির" in name for name, e in result.items())


@pytest.mark.parametrize("text, name", [
    ("সোমবার দাগনভূঞা উচ্চ বিদ্যালয়ে এক অনুষ্ঠান হয়।", "দাগনভূঞা উচ্চ বিদ্যালয়"),
    ("জিয়া বালিকা উচ্চ বিদ্যালয়ের ছাত্রীরা আসে।", "জিয়া বালিকা উচ্চ বিদ্যালয়"),
])
def test_a_school_is_named_with_its_type(text: str, name: str) -> None:
    assert name in found(text, load_model())


def test_a_type_of_school_alone_is_no_name() -> None:
    result = found("শীতের কারণে সরকারি প্রাথমিক বিদ্যালয় বন্ধ থাকবে।", load_model())
    assert not any("বিদ্যালয়" in name for name in result)


def test_a_causative_verb_before_its_subject_is_no_first_name(model: NerModel) -> None:
    result = found("পরের ওভারেই মাহমুদুল হাসান জয়কে (০) ফেরান অ্যালিস। পরপর ফেরান মাহফিজুল ইসলামকে।", model)
    assert "অ্যালিস" in result and result["অ্যালিস"].type == "PERSON"
    assert not any("ফেরান" in m.text for e in result.values() for m in e.mentions)


def test_a_negated_verb_does_not_open_an_organisation_name() -> None:
    result = found("স্থানীয় সংবাদমাধ্যমগুলো বিষয়টি নিশ্চিত করলেও আনুষ্ঠানিকভাবে কিছু জানায়নি কর্তৃপক্ষ।")
    assert not [name for name in result if "জানায়নি" in name]


def test_an_acronym_in_brackets_after_an_award_abbreviates_the_award() -> None:
    result = found("এ বছর ১২ জনকে বর্ডার গার্ড বাংলাদেশ পদক (বিজিবিএম) এবং ২৪ জনকে রাষ্ট্রপতি বর্ডার গার্ড পদক-সেবা"
                   " (পিবিজিএমএস) দেওয়া হয়।")
    assert "বিজিবিএম" not in result and "পিবিজিএমএস" not in result
    assert "বর্ডার গার্ড বাংলাদেশ" in result


@pytest.mark.parametrize("text, club, not_place", [
    ("সিলেটে আজ মুখোমুখি হবে নোয়াখালী এক্সপ্রেস ও রাজশাহী ওয়ারিয়র্স।", "নোয়াখালী এক্সপ্রেস", "নোয়াখালী"),
    ("টটেনহ্যাম হারিয়েছে ক্রিস্টাল প্যালেসকে। টানা দুই হারের পর জয় পেল টটেনহ্যাম।", "ক্রিস্টাল প্যালেস", ""),
    ("বিপিএলে এবার তাকে দলে ভিড়িয়েছে চট্টগ্রাম রয়্যালস।", "চট্টগ্রাম রয়্যালস", "চট্টগ্রাম"),
    ("স্কটল্যান্ডের সেল্টিকে তিন মৌসুম খেলেছেন এই মিডফিল্ডার।", "সেল্টিক", ""),
])
def test_a_franchise_or_club_is_an_organisation_not_its_city(model: NerModel, text: str, club: str, not_place: str) -> None:
    result = found(text, model)
    assert club in result and result[club].type == "ORG"
    assert not_place not in result


def test_a_finite_verb_does_not_join_a_name_to_a_head_word(model: NerModel) -> None:
    result = found("স্পেনের মিডফিল্ডার আইতানা বোনমাতি জেতেন নারী বিভাগের সেরা খেলোয়াড়ের পুরস্কার।", model)
    assert not [name for name in result if "জেতেন" in name]


def test_a_known_persons_name_does_not_run_on_into_an_ordinary_word(model: NerModel) -> None:
    # the tagger takes the adjective in ("ডোনাল্ড ট্রাম্প ভঙ্গুর"); the gazetteer's name ends before it
    result = found("মার্কিন প্রেসিডেন্ট ডোনাল্ড ট্রাম্প ভঙ্গুর গাজা যুদ্ধবিরতি পরিকল্পনার পরবর্তী ধাপের দিকে "
                   "এগোনোর জন্য চাপ দিচ্ছেন।", model)
    assert "ডোনাল্ড ট্রাম্প" in result and result["ডোনাল্ড ট্রাম্প"].type == "PERSON"
    assert not [name for name in result if "ভঙ্গুর" in name]


def test_a_clubs_camp_the_tagger_took_for_a_place_is_the_club(model: NerModel) -> None:
    result = found("সোমবার সিলেটে ঢাকা ক্যাপিটালস শিবিরে যোগ দেন তিনি।", model)
    assert "ঢাকা ক্যাপিটালস" in result and result["ঢাকা ক্যাপিটালস"].type == "ORG"
    assert not [name for name in result if "শিবির" in name]


def test_a_common_noun_in_the_genitive_after_a_name_is_not_part_of_it(model: NerModel) -> None:
    result = found("ঢামেক হাসপাতাল পুলিশ ক্যাম্পের ইনচার্জ (পরিদর্শক) মো. ফারুক মৃত্যুর বিষয়টি নিশ্চিত করে জানান,"
                   " মরদেহ মর্গে রাখা হয়েছে।", model)
    assert "মো. ফারুক" in result and result["মো. ফারুক"].type == "PERSON"
    assert not [name for name in result if "মৃত্যু" in name]


def test_a_finite_verb_before_its_subject_is_no_first_name(model: NerModel) -> None:
    result = found("মেহেদী হাসান রানা দারুণ বল করেন। পঞ্চম বাংলাদেশী বোলার হিসেবে হ্যাটট্রিক করলেন রানা।", model)
    assert not [name for name in result if "করলেন" in name]


def test_the_plural_of_things_is_no_person(model: NerModel) -> None:
    text = "জিএসিএ অনুমোদিত ফ্লাইট সিডিউল এয়ারলাইন্সগুলোর ওয়েবসাইটে প্রকাশ করা হবে।"  # the tagger: a person
    assert not [e for e in found(text, model).values() if e.type == "PERSON"]


@pytest.mark.parametrize("text, name, variant", [
    ("গবেষক মহিউদ্দিন আহমদ বিবিসি বাংলাকে বলেন, নির্বাচন ভালো হয়নি। গবেষক মহিউদ্দিন আহমেদ বিবিসি বাংলাকে "
     "বলছিলেন, কেউ মানেনি।", "মহিউদ্দিন আহমদ", "মহিউদ্দিন আহমেদ"),
    ("ম্যাচে মোস্তাফিজুর রহমান তিন উইকেট নেন। মোস্তাফিজুর রহমান সেরা। পরে মুস্তাফিজুর রহমান হাসেন।",
     "মোস্তাফিজুর রহমান", "মুস্তাফিজুর রহমান"),
    ("তিনি কলকাতায় থাকেন। কলকাতার একটি হাসপাতালে ভর্তি ছিলেন। পরে কোলকাতা থেকে ফেরেন।", "কলকাতা", "কোলকাতা"),
])
def test_one_name_spelt_two_ways_in_an_article_is_one_entity(model: NerModel, text: str, name: str, variant: str) -> None:
    result = found(text, model)
    assert name in result and variant not in result


def test_names_a_consonant_apart_stay_apart(model: NerModel) -> None:
    result = found("মো. রাকিব হাসান ও মো. রাকিব হোসেন দুজনেই প্রার্থী। মাহিদ হাসান ও মাহিন হাসানও প্রার্থী।", model)
    assert {"মাহিদ হাসান", "মাহিন হাসান"} <= set(result)


def test_a_club_called_by_its_city_is_the_club_but_the_venue_stays_a_place() -> None:
    text = ("সিলেটে আজ রংপুর রাইডার্সের মুখোমুখি হয় সিলেট টাইটান্স। টস জিতে সিলেটের অধিনায়ক ব্যাটিং নেন। "
            "রংপুরের বোলাররা দারুণ বল করেন। সিলেটের মাঠে দর্শক ছিল।")
    result = found(text)
    assert [m.text for m in result["সিলেট টাইটান্স"].mentions] == ["সিলেট টাইটান্স", "সিলেটের"]
    assert [m.text for m in result["রংপুর রাইডার্স"].mentions] == ["রংপুর রাইডার্সের", "রংপুরের"]
    assert [m.text for m in result["সিলেট"].mentions] == ["সিলেটে", "সিলেটের"] and result["সিলেট"].type == "LOC"


def test_a_countrys_side_stays_the_country() -> None:
    result = found("ইংল্যান্ড লায়ন্স দলে সুযোগ পেয়েছেন তিনি। আরেকজন স্পিনার নেওয়ার কথাও ভাবতে পারে ইংল্যান্ড।")
    assert "ইংল্যান্ড" in result and result["ইংল্যান্ড"].type == "LOC"


def test_a_nickname_that_is_also_an_office_speaks_after_a_verb_of_saying() -> None:
    result = found("দল ঘুরে দাঁড়াবে বলে মনে করেন রাজা, ‘আমি মনে করি আমরা পারব।’")
    assert "রাজা" in result and result["রাজা"].type == "PERSON"


@pytest.mark.parametrize("text, city", [
    ("চট্টগ্রামের বিপক্ষে ফাইফার তুলে নেন তিনি। পরে চট্টগ্রাম ম্যাচটি জিতে নেয়।", "চট্টগ্রাম"),
    ("২০১৭ সালের আসরে রংপুরের জার্সিতে ৪৭টি ছক্কা মেরেছিলেন গেইল।", "রংপুর"),
    ("সেখানে খুলনার কাছে হেরে বিদায় নেয় তারা।", "খুলনা"),
    ("শুরু থেকেই চেপে ধরে রংপুরের বোলাররা।", "রংপুর"),
])
def test_a_city_with_a_sides_match_shirt_or_players_is_the_club(text: str, city: str) -> None:
    result = found(text)
    assert city in result and result[city].type == "ORG"


@pytest.mark.parametrize("text, city", [
    ("ঢাকার কাছে একটি গ্রামে আগুন লাগে।", "ঢাকা"),
    ("ভারতের বিপক্ষে সিরিজ জিতেছে বাংলাদেশ।", "ভারত"),
])
def test_a_city_near_which_or_a_country_against_which_stays_a_place(text: str, city: str) -> None:
    result = found(text)
    assert city in result and result[city].type == "LOC"


def test_a_weekday_before_a_place_is_not_part_of_its_name(model: NerModel) -> None:
    result = found("তিনি বিপিএল দেখতে হাজির হন সোমবার সিলেট বিমানবন্দরে।", model)
    assert "সিলেট বিমানবন্দর" in result and not [name for name in result if "সোমবার" in name]


def test_a_past_verb_does_not_open_an_organisation_name(model: NerModel) -> None:
    result = found("পর্দা উঠলো সেন্ট্রাল এশিয়া ভলিবল অ্যাসোসিয়েশন কাপের। উদ্বোধনী ম্যাচে জয় পেয়েছে বাংলাদেশ।", model)
    assert not [name for name in result if "উঠলো" in name]


def test_a_person_is_not_the_last_words_of_a_title_about_them(model: NerModel) -> None:
    result = found("চেঙ্গিস খান বিশাল সাম্রাজ্য গড়েন। জেকব অ্যাবট তার বই 'দ্য হিস্ট্রি অব চেঙ্গিস খান'-এ লিখেছেন, "
                   "\"একবার এক বৃদ্ধা জীবন ভিক্ষা চান।\" চেঙ্গিস খান সবসময় দাবি করেছিলেন যে তিনি দয়ালু।", model)
    assert "চেঙ্গিস খান" in result and result["চেঙ্গিস খান"].type == "PERSON"
    assert len(result["চেঙ্গিস খান"].mentions) == 2


def test_a_region_of_the_country_is_no_name() -> None:
    tagger = scripted({"দক্ষিণাঞ্চলে": "LOC", "উত্তরাঞ্চলের": "LOC"})  # as the tagger does in an article
    result = found("কুয়াশার কারণে দক্ষিণাঞ্চলে লঞ্চ চলাচল বন্ধ। উত্তরাঞ্চলের তাপমাত্রা আরও কমবে।", tagger)
    assert not [name for name in result if "অঞ্চল" in name or "াঞ্চল" in name]


def test_an_era_word_and_an_honorific_before_a_name_are_no_person(model: NerModel) -> None:
    result = found("মঙ্গলবার, ৩০ ডিসেম্বর, ২০২৫ ১৫ পৌষ, ১৪৩২ বঙ্গাব্দ বেগম খালেদা জিয়ার মৃত্যুতে গভীর শোক প্রকাশ"
                   " করেছে কানাডা।", model)
    assert "খালেদা জিয়া" in result and result["খালেদা জিয়া"].type == "PERSON"
    assert not [name for name in result if "বঙ্গাব্দ" in name or name == "বেগম"]


def test_an_honorific_the_tagger_closed_a_name_on_goes_to_the_next_name() -> None:
    tagger = scripted({"বঙ্গাব্দ বেগম": "PER", "খালেদা জিয়ার": "PER"})  # as the CRF tags the page header
    result = found("১৫ পৌষ, ১৪৩২ বঙ্গাব্দ বেগম খালেদা জিয়ার মৃত্যুতে শোক।", tagger)
    assert [e.type for e in result.values()] == ["PERSON"]
    assert [m.text for m in result["খালেদা জিয়া"].mentions] == ["খালেদা জিয়ার"]


def test_an_area_written_before_the_place_inside_it_is_two_places(model: NerModel) -> None:
    result = found("রাজধানীর হাজারীবাগের বারইখালী এলাকায় বিস্ফোরণ হয়েছে। তিনি বলেন, হাজারীবাগ বারইখালী এলাকায় "
                   "আমাদের একটি ভবনের কাজ চলছিল।", model)
    assert "হাজারীবাগ বারইখালী" not in result
    assert [m.text for m in result["হাজারীবাগ"].mentions] == ["হাজারীবাগের", "হাজারীবাগ"]
    assert [m.text for m in result["বারইখালী"].mentions] == ["বারইখালী", "বারইখালী"]


@pytest.mark.parametrize("text, name", [
    ("পিটার সিডল ও জ্যাক এডওয়ার্ডের সাথে যৌথভাবে রিশাদ আছেন তালিকায় তিনে।", "পিটার সিডল"),
    ("পিটার সিডল ও জ্যাক এডওয়ার্ডের সাথে যৌথভাবে রিশাদ আছেন তালিকায় তিনে।", "জ্যাক এডওয়ার্ড"),
    ("শেষ পর্যন্ত নিক হবসনের ২৯ রানের সুবাদে ১৫০ রানে থামে দলটি।", "নিক হবসন"),
    ("এরপর জেক ফ্রেজার-ম্যাকগার্ককেও ফেরান নিজের জাদুকরী ঘূর্ণিতে।", "জেক ফ্রেজার-ম্যাকগার্ক"),
    ("ম্যাচের শেষ দিকে পেদ্রো পেরো কর্নার কিক নেন।", "পেদ্রো পেরো"),
])
def test_a_foreign_given_name_opens_a_person_the_tagger_missed(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "PERSON"
    assert not [other for other in result if other != name and other.startswith(name)]


def test_a_foreign_given_name_used_alone_takes_no_ordinary_word(model: NerModel) -> None:
    result = found("ছবিতে তিনি অভিনয় করছেন এলিজাবেথ নামের এক চরিত্রে। দাঁড়িয়ে থাকতে দেখা যায় এলিজাবেথকে। "
                   "এলিজাবেথ চরিত্র প্রসঙ্গে নির্মাতা বলেন, চরিত্রটি কঠিন।", model)
    assert not [name for name in result if "চরিত্র" in name]


def test_no_name_ends_in_an_english_function_word() -> None:
    tagger = scripted({"জিন্দল স্কুল অফ": "ORG", "চার্জ দ্য": "ORG"})
    result = found("জিন্দল স্কুল অফ ইন্টারন্যাশনাল অ্যাফেয়ার্স থেকে চার্জ দ্য অ্যাফেয়ার্স এসেছেন।", tagger)
    assert result and not [name for name in result if name.endswith(("অফ", "দ্য"))]


@pytest.mark.parametrize("text, name", [
    ("আয়ারল্যান্ড ও জিম্বাবুয়ে সিরিজ খেলবে।", "জিম্বাবুয়ে"),
    ("তানজানিয়া ও উগান্ডা যৌথভাবে আয়োজক।", "তানজানিয়া"),
    ("চেন্নাই ও মাদুরাইয়ে খেলা হবে।", "মাদুরাই"),
])
def test_countries_and_cities_as_the_pages_spell_them_are_places(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "LOC"


@pytest.mark.parametrize("text, thing", [
    ("সীমান্তে বিজিবি দিবস পালিত হয়েছে।", "দিবস"),
    ("দলটি ব্রোঞ্জ পদক জিতেছে।", "পদক"),
    ("দুই দেশ ফ্রি ট্রেড এগ্রিমেন্ট সই করবে।", "এগ্রিমেন্ট"),
])
def test_observances_medals_and_treaties_are_no_organisations(text: str, thing: str) -> None:
    words = text.split()
    at = next(i for i, w in enumerate(words) if w.startswith(thing))
    tagger = scripted({" ".join(words[at - 1 if thing != "এগ্রিমেন্ট" else at - 2:at + 1]): "ORG"})
    assert not [name for name in found(text, tagger) if thing in name]


def test_an_acronym_after_a_treaty_abbreviates_the_treaty_everywhere(model: NerModel) -> None:
    result = found("দুই দেশ ইকোনমিক পার্টনারশিপ এগ্রিমেন্ট (ইপিএ) সই করবে। জাপানের সঙ্গে ইপিএ করে আমরা লাভবান "
                   "হব। বাংলাদেশ ব্যাংক (বিবি) এতে খুশি।", model)
    assert not [e for e in result.values() if "ইপিএ" in [m.text for m in e.mentions] or "এগ্রিমেন্ট" in e.name]
    assert [m.text for m in result["বাংলাদেশ ব্যাংক"].mentions] == ["বাংলাদেশ ব্যাংক", "বিবি"]


def test_a_places_people_in_a_case_form_are_no_name() -> None:
    tagger = scripted({"গ্রিনল্যান্ড গ্রিনল্যান্ডবাসীর": "ORG"})
    result = found("গ্রিনল্যান্ড গ্রিনল্যান্ডবাসীর, এবং আঞ্চলিক অখণ্ডতাকে সম্মান করতে হবে।", tagger)
    assert not [name for name in result if "বাসী" in name]


def test_a_place_with_its_open_a_written_two_ways_is_one_entity(model: NerModel) -> None:
    result = found("অ্যাঙ্গোলার বিপক্ষে মাঠে নামে মিসর। অঙ্গোলার বিপক্ষে না জিতলেও ড্র হয়েছে। গ্রুপে তৃতীয় হয়েছে "
                   "অ্যাঙ্গোলা।", model)
    assert "অঙ্গোলা" not in result
    assert [m.text for m in result["অ্যাঙ্গোলা"].mentions] == ["অ্যাঙ্গোলার", "অঙ্গোলার", "অ্যাঙ্গোলা"]


def test_a_short_organisation_the_tagger_opened_with_a_foreign_given_name_is_a_person() -> None:
    tagger = scripted({"অ্যালেক্স ক্যারির": "ORG", "জর্জ ওয়াশিংটন": "ORG"})
    result = found("ট্রাভিস হেড ও অ্যালেক্স ক্যারির জুটি দলকে টানে। তিনি জর্জ ওয়াশিংটন বিশ্ববিদ্যালয়ে পড়েন।", tagger)
    assert result["অ্যালেক্স ক্যারির"].type == "PERSON"
    assert not [e for e in result.values() if "ওয়াশিংটন" in e.name and e.type == "PERSON"]


def test_a_foreign_given_name_the_tagger_found_alone_takes_its_surname() -> None:
    tagger = scripted({"পেদ্রো": "PER"})
    result = found("ম্যাচের শেষ দিকে পেদ্রো পেরো কর্নার কিক নেন।", tagger)
    assert "পেদ্রো পেরো" in result and "পেদ্রো" not in result


def test_a_form_of_address_inside_a_tagged_name_opens_the_next_name() -> None:
    tagger = scripted({"রজার্স মি . আহমেদকে": "PER", "সারা বি রজার্স": "PER", "ইমরান আহমেদকেও": "PER"})
    result = found("মার্কিন কর্মকর্তা সারা বি রজার্স সমালোচনা করেন। ইমরান আহমেদকেও নিষেধাজ্ঞা দেওয়া হয়েছে। রজার্স মি. "
                   "আহমেদকে সরকারের সহযোগী বলে অভিহিত করেছেন।", tagger)
    assert [m.text for m in result["সারা বি রজার্স"].mentions] == ["সারা বি রজার্স", "রজার্স"]
    assert [m.text for m in result["ইমরান আহমেদ"].mentions] == ["ইমরান আহমেদকেও", "মি. আহমেদকে"]


def test_a_generic_noun_or_an_honorific_verb_after_a_name_is_not_part_of_it(model: NerModel) -> None:
    result = found("রাষ্ট্রপতি জিয়াউর রহমান শহীদ হন। স্বামী জিয়াউর রহমান সেনাবাহিনীতে কর্মরত থাকাকালীন তিনি ঢাকায় আসেন।",
                   model)
    assert not [name for name in result if "সেনাবাহিনী" in name or "শহীদ" in name]
    assert len(result["জিয়াউর রহমান"].mentions) == 2


def test_the_paper_after_a_newspapers_name_is_not_part_of_it() -> None:
    tagger = scripted({"দ্য ডেইলি স্টার পত্রিকার": "ORG", "অফ বাংলাদেশ পত্রিকার": "ORG", "আজকের পত্রিকার": "ORG"})
    result = found("দ্য ডেইলি স্টার পত্রিকার খবর। টাইমস অফ বাংলাদেশ পত্রিকার খবর। আজকের পত্রিকার খবর।", tagger)
    assert {"দ্য ডেইলি স্টার", "টাইমস অফ বাংলাদেশ", "আজকের পত্রিকা"} <= set(result)


def test_two_people_named_one_after_the_other_are_two(model: NerModel) -> None:
    result = found("এনসিপির আহ্বায়ক নাহিদ ইসলাম ঢাকায় আসেন। যুগ্ম সদস্যসচিব তামিম আহমেদ নাহিদ ইসলামের পক্ষে মনোনয়নপত্র "
                   "জমা দেন। সাবেক সিইসি কে এম নুরুল হুদা বলেন, ভোট হবে।", model)
    assert [m.text for m in result["নাহিদ ইসলাম"].mentions] == ["নাহিদ ইসলাম", "নাহিদ ইসলামের"]
    assert "তামিম আহমেদ" in result and "কে এম নুরুল হুদা" in result


def test_two_people_joined_by_a_hyphen_are_two_but_a_double_surname_is_one() -> None:
    tagger = scripted({"রবিউল করিম - সাব্বির হোসেন শুভ": "PER", "মার্সিয়া হারম্যান - গিডেন্স": "PER"})
    result = found("শেষ দিকে রবিউল করিম-সাব্বির হোসেন শুভ দলকে জেতান। মার্সিয়া হারম্যান-গিডেন্স গবেষণা করেন।", tagger)
    assert {"রবিউল করিম", "সাব্বির হোসেন শুভ", "মার্সিয়া হারম্যান-গিডেন্স"} <= set(result)


@pytest.mark.parametrize("text, name", [
    ("সেইসাথে পলিসিস্টিক ওভারি সিন্ড্রোম দেখা দেয়।", "সেইসাথে"),
    ("পূর্বাচলস্থ বাংলাদেশ-চায়না ফ্রেন্ডশিপ এক্সিবিশন সেন্টারে মেলা হবে।", "পূর্বাচলস্থ"),
])
def test_besides_and_located_at_open_no_name(text: str, name: str) -> None:
    words = text.split()
    tagger = scripted({" ".join(words[:4]): "ORG"})
    result = found(text, tagger)
    assert result and not [n for n in result if name in n]


def test_a_short_first_name_is_the_fuller_person() -> None:
    tagger = scripted({"মুশফিকুর রহিম": "PER", "মুশফিক": "PER", "মিজান": "PER", "মিজানুর রহমান": "PER",
                       "মিজানুল হক": "PER"})
    result = found("মুশফিকুর রহিম দারুণ খেলেন। মুশফিক ৫০ রান করেন। মিজানুর রহমান ও মিজানুল হক এলেন। মিজান হাসেন।", tagger)
    assert [m.text for m in result["মুশফিকুর রহিম"].mentions] == ["মুশফিকুর রহিম", "মুশফিক"]
    assert "মিজান" in result  # two fuller people fit: left alone


@pytest.mark.parametrize("text, name", [
    ("খেলাটি সরাসরি দেখাবে টি স্পোর্টস।", "টি স্পোর্টস"),
    ("ছবি: ক্রিকইনফো", "ক্রিকইনফো"),
    ("খালেদা জিয়ার মৃত্যুর পেছনে শেখ হাসিনা ও আওয়ামীলীগ দায়ী বলে মন্তব্য করেন তিনি।", "আওয়ামীলীগ"),
])
def test_outlets_and_parties_the_pages_cite_are_organisations(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"


def test_a_slogan_word_is_no_outlet() -> None:
    assert "ইনকিলাব" not in found("মিছিলে ‘ইনকিলাব জিন্দাবাদ’ স্লোগান দেওয়া হয়।")


def test_an_upazila_the_tagger_took_for_a_person_is_a_place() -> None:
    tagger = scripted({"গফরগাঁও": "PER", "রহিম": "PER"})
    result = found("ময়মনসিংহ-১০ (গফরগাঁও) আসনে দলের প্রার্থী রহিম।", tagger)
    assert result["গফরগাঁও"].type == "LOC" and result["রহিম"].type == "PERSON"


def test_two_places_the_tagger_ran_into_one_organisation_are_two_places() -> None:
    tagger = scripted({"বাড্ডা রামপুরা": "ORG"})
    result = found("ঢাকার বাড্ডা রামপুরা এলাকা নিয়ে গঠিত আসনে তিনি প্রার্থী।", tagger)
    assert "বাড্ডা রামপুরা" not in result
    assert result["বাড্ডা"].type == "LOC" and result["রামপুরা"].type == "LOC"


@pytest.mark.parametrize("text, name, alias", [
    ("পুলিশ জানায়, অমৃত মণ্ডল ওরফে সম্রাট গ্রেপ্তার হয়েছেন। চিকিৎসক অমৃত মণ্ডল ওরফে সম্রাটকে মৃত ঘোষণা করেন।",
     "অমৃত মণ্ডল", "সম্রাট"),
    ("আশরাফুল আলম ওরফে হিরো আলম বিএনপিতে যোগ দিয়েছেন। হিরো আলম জানিয়েছেন, তিনি নির্বাচন করবেন।",
     "আশরাফুল আলম", "হিরো আলম"),
    ("ফয়সাল করিম মাসুদ ওরফে রাহুল ও আলমগীর শেখকে গ্রেপ্তার করা হয়েছে।", "ফয়সাল করিম মাসুদ", "রাহুল"),
])
def test_a_name_and_its_alias_after_orofe_are_one_person(model: NerModel, text: str, name: str, alias: str) -> None:
    result = found(text, model)
    person = result[name]
    assert person.type == "PERSON" and alias in person.aliases
    assert not any("ওরফে" in n for n in result) and alias not in result


def test_a_short_form_keeps_the_words_before_the_shortened_name(model: NerModel) -> None:
    result = found("শেখ মুজিবুর রহমান ১৯৭৫ সালে নিহত হন। শেখ মুজিব ছিলেন দেশের স্থপতি।", model)
    assert "শেখ মুজিব" in result["শেখ মুজিবুর রহমান"].aliases and "শেখ মুজিব" not in result


@pytest.mark.parametrize("text, name", [
    ("নাবিক ও প্রবাসী শ্রমিক কল্যাণ পরিদপ্তরের মহাপরিচালক সভায় বক্তব্য দেন।", "নাবিক ও প্রবাসী শ্রমিক কল্যাণ পরিদপ্তর"),
    ("স্থানীয় সরকার বিভাগের সচিব সভায় ছিলেন।", "স্থানীয় সরকার বিভাগ"),
    ("তিনি স্থানীয় সরকার, পল্লী উন্নয়ন ও সমবায় মন্ত্রণালয়ের উপদেষ্টা।", "স্থানীয় সরকার, পল্লী উন্নয়ন ও সমবায় মন্ত্রণালয়"),
])
def test_directorates_and_divisions_of_several_subjects(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert list(result) == [name] and result[name].type == "ORG"


def test_two_organisations_joined_by_and_stay_two(model: NerModel) -> None:
    result = found("দলটি নির্বাচন কমিশন ও আইন মন্ত্রণালয়কে চিঠি দেয়।", model)
    assert set(result) == {"নির্বাচন কমিশন", "আইন মন্ত্রণালয়"}


def test_a_club_called_by_its_city_in_the_objective_is_the_club(model: NerModel) -> None:
    result = found("নোয়াখালী এক্সপ্রেস প্রথম ম্যাচ খেলবে। রাজশাহী ওয়ারিয়র্স নোয়াখালীকে ৬ উইকেটে হারিয়েছে।", model)
    assert "নোয়াখালী" not in result and "নোয়াখালীকে" in {m.text for m in result["নোয়াখালী এক্সপ্রেস"].mentions}


@pytest.mark.parametrize("text", [
    "ঈদুল ফিতরের ছুটি শুরু হচ্ছে। জুমাতুল বিদা পালিত হয়েছে।",
    "বিএনপি জোট গঠন করেছে। জোটের নেতারা বৈঠক করেন। জোট নিয়ে আলোচনা চলছে।",
])
def test_festivals_and_ordinary_nouns_in_any_case_form_are_no_names(model: NerModel, text: str) -> None:
    assert set(found(text, model)) <= {"বিএনপি"}


@pytest.mark.parametrize("text, name", [
    ("তিনি ভারতেই ছিলেন।", "ভারত"),
    ("সে নোয়াখালীতেই আছে।", "নোয়াখালী"),
])
def test_a_place_with_the_emphatic_after_its_case_ending(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "LOC"


def test_the_bbc_services_are_named_whole_in_a_pages_call_to_action(model: NerModel) -> None:
    text = ("বিশেষজ্ঞরা এ কথা বলেন। বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক/ট্যাপ করুন বিবিসি বাংলার "
            "হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক/ট্যাপ করুন")
    result = found(text, model)
    assert "বিবিসি" not in result and len(result["বিবিসি বাংলা"].mentions) == 2


@pytest.mark.parametrize("text, name, kind", [
    ("এ ঘটনায় সাজিদ নামে এক ছাত্রদল কর্মী আহত হয়েছেন।", "সাজিদ", "PERSON"),
    ("সেখান থেকে আরাফাত নামে এক যুবককে আটক করা হয়।", "আরাফাত", "PERSON"),
    ("মো. রফিকুল ইসলাম (৩৭) নামে এক ব্যক্তি নিহত হন।", "মো. রফিকুল ইসলাম", "PERSON"),
    ("‘জুলাই ঐক্য’ নামে একটি সংগঠনের ডাকে মিছিল হয়।", "জুলাই ঐক্য", "ORG"),
    ("মিছিলের সামনে হিন্দু সংহতি নামের একটি সংগঠনের সদস্যরাও ছিলেন।", "হিন্দু সংহতি", "ORG"),
])
def test_a_name_introduced_as_named_so(model: NerModel, text: str, name: str, kind: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == kind


@pytest.mark.parametrize("text", [
    "তার নামে একাধিক মামলাও রয়েছে।",
    "'তেহাত্তরের নির্বাচন' নামে একটা বইয়ে তিনি লেখেন।",
])
def test_named_so_without_a_person_or_organisation_after_it_names_nobody(model: NerModel, text: str) -> None:
    assert found(text, model) == {}


@pytest.mark.parametrize("text, first", [
    ("নোয়াখালী একাদশ মাজ সাদাকাত, হাবিবুর রহমান সোহান, হায়দার আলী, সাব্বির হোসেন, জাকের আলী।", "মাজ সাদাকাত"),
    ("রাজশাহী একাদশ শাহিবজাদা ফারহান, তানজিদ তামিম, নাজমুল শান্ত, মুশফিকুর রহিম।", "শাহিবজাদা ফারহান"),
])
def test_the_first_name_of_a_team_sheet_is_a_person(model: NerModel, text: str, first: str) -> None:
    result = found(text, model)
    assert first in result and result[first].type == "PERSON"


def test_a_list_of_things_is_no_list_of_people(model: NerModel) -> None:
    assert found("বাজারে চাল, ডাল, তেলের দাম বেড়েছে। সবজি, মাছ, মাংসও চড়া।", model) == {}


def test_a_club_by_its_nickname_alone_is_the_club(model: NerModel) -> None:
    text = ("মেলবোর্ন রেনেগেডস জিতেছে। আগে ব্যাট করা রেনেগেডসকে ৯ উইকেটে হারায় হোবার্ট হারিকেন্স। "
            "বাংলাদেশের ইতিহাস বড়। ব্যাংকিং সার্ভিস চালু হয়েছে। সার্ভিসের মান ভালো।")
    result = found(text, model)
    assert "রেনেগেডসকে" in {m.text for m in result["মেলবোর্ন রেনেগেডস"].mentions}
    assert all(m.text not in {"ইতিহাস", "সার্ভিসের"} for e in result.values() for m in e.mentions)


@pytest.mark.parametrize("text, name", [
    ("বিমান বাংলাদেশ এয়ারলাইন্সের ফ্লাইট বাতিল হয়েছে।", "বিমান বাংলাদেশ এয়ারলাইন্স"),
    ("সালাম এয়ারের পর কাতার এয়ারওয়েজ ফ্লাইট বাড়িয়েছে।", "কাতার এয়ারওয়েজ"),
])
def test_airlines_are_organisations(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "ORG"


@pytest.mark.parametrize("text, name", [
    ("তিনি শেরেবাংলা নগরে থাকেন।", "শেরেবাংলা নগর"),
    ("নয়া পল্টনে বিএনপির কেন্দ্রীয় কার্যালয়।", "নয়া পল্টন"),
    ("রাজধানীর বাংলামোটরে সংবাদ সম্মেলন হয়।", "বাংলামোটর"),
])
def test_dhaka_areas_the_news_names(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "LOC"


def test_a_partner_joined_by_a_hyphen_is_a_name_of_the_same_kind(model: NerModel) -> None:
    result = found("হামজা চৌধুরী-শমিত সোমদের নিয়ে দল ঘোষণা। বিএনপি-র নেতারা খুশি।", model)
    assert {m.text for e in result.values() for m in e.mentions} >= {"হামজা চৌধুরী", "শমিত সোমদের"}
    assert all(len(e.name) > 1 for e in result.values())


@pytest.mark.parametrize("text, name", [
    ("বৈঠকে ছিলেন অতিরিক্ত প্রধান প্রকৌশলী তৌহিদুল্লা মাতবর।", "তৌহিদুল্লা মাতবর"),
    ("ভুক্তভোগী বাদল সরেন এ ঘটনায় মামলা করেছেন।", "বাদল সরেন"),
    ("কথা হয় পোশাকশ্রমিক রোকসানা পারভীনের সঙ্গে।", "রোকসানা পারভীন"),
    ("গৃহবধূ মরিয়ম নেসা আত্মহত্যা করেছেন।", "মরিয়ম নেসা"),
])
def test_an_occupation_before_a_name_makes_a_person(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text", [
    "খুলনা বিভাগের দশ জেলায় শীত বাড়বে। খুলনা নগরে অবশ্য তাপমাত্রা কম নামবে।",
    "খুলনা নগরে তাপমাত্রা কম নামলেও খুলনা বিভাগে শীত বাড়বে।",
])
def test_a_division_named_with_its_unit_word_is_not_its_city(text: str) -> None:
    result = found(text)
    assert result.get("খুলনা বিভাগ") is not None and result["খুলনা বিভাগ"].type == "LOC"
    assert result.get("খুলনা") is not None and result["খুলনা"].type == "LOC"


@pytest.mark.parametrize("text, agency", [
    ("হামলায় তিনজন নিহত হয়েছেন বলে জানিয়েছে পুলিশ। এএফপি।", "এএফপি"),
    ("ছবিটি নিয়ে এখনো কিছু বলেননি অভিনেত্রী নিজে। পিটিআই।", "পিটিআই"),
])
def test_a_news_agency_crediting_the_last_sentence_is_no_desk_initials(text: str, agency: str) -> None:
    result = found(text)
    assert agency in result and result[agency].type == "ORG"


@pytest.mark.parametrize("names, text, partner", [
    ({"মাশরাফি মুর্তজা": "PER", "ওয়ানহিন্দু": "PER"}, "স্কোয়াডে মাশরাফি মুর্তজা-ওয়ানহিন্দু মাসাকাদজা দুজনেই আছেন।",
     "ওয়ানহিন্দু মাসাকাদজা"),
    ({"সাকিব আল হাসান": "PER", "তেম্বা": "PER"}, "ম্যাচসেরা হতে লড়েন সাকিব আল হাসান-তেম্বা বাভুমা।", "তেম্বা বাভুমা"),
])
def test_the_taggers_one_word_partner_after_a_hyphen_takes_the_rest_of_its_name(
        names: dict[str, str], text: str, partner: str) -> None:
    result = found(text, scripted(names))
    assert partner in result and result[partner].type == "PERSON"


@pytest.mark.parametrize("text, partner", [
    ("টিভিতে আজ লিভারপুল-বার্নলি খেলা, রাত ৯টা।", "বার্নলি"),
    ("প্রিমিয়ার লিগে আর্সেনাল-উলভস ম্যাচটি দেখাবে স্টার স্পোর্টস।", "উলভস"),
])
def test_a_partner_joined_by_a_hyphen_to_a_listed_club_is_a_club(text: str, partner: str) -> None:
    """The club list finds the first club after the tagger's names are repaired; its partner after
    the hyphen is a club all the same."""
    result = found(text)
    assert partner in result and result[partner].type == "ORG"


@pytest.mark.parametrize("names, text, expected", [
    ({"ঢাকা - বাংলাবান্ধা - শিলিগুড়ি": "ORG"}, "ঢাকা-বাংলাবান্ধা-শিলিগুড়ি রুটে পণ্য যায়।",
     {"ঢাকা", "বাংলাবান্ধা", "শিলিগুড়ি"}),
    ({}, "ঢাকা-তামাবিল-শিলং রুটেও পণ্য যায়।", {"ঢাকা", "তামাবিল", "শিলং"}),
    # the tagger's one place over a chain with places the gazetteer lacks
    ({"কাঁচপুর - ভৈরব - মিরপুর": "LOC"}, "কাঁচপুর-ভৈরব-মিরপুর অংশে কাজ চলছে।", {"কাঁচপুর", "ভৈরব", "মিরপুর"}),
    ({"তামাবিল - জাফলং": "LOC"}, "তামাবিল-জাফলং পথে যান চলাচল বন্ধ।", {"তামাবিল", "জাফলং"}),
    # a seat's number is no place of a route
    ({"ফেনী - ১": "LOC"}, "ফেনী-১ আসনে ভোট হবে।", {"ফেনী-১"}),
])
def test_a_route_of_places_joined_by_hyphens_is_each_place(names: dict[str, str], text: str,
                                                           expected: set[str]) -> None:
    result = found(text, scripted(names))
    assert set(result) == expected and all(e.type == "LOC" for e in result.values())


@pytest.mark.parametrize("text, name, kind", [
    # the border's cities and land ports, India's states
    ("আগরতলা ও কোচবিহারে পণ্য যায়।", "আগরতলা", "LOC"),
    ("বেনাপোল দিয়ে রপ্তানি হয়।", "বেনাপোল", "LOC"),
    ("মিজোরাম রাজ্যে বৃষ্টি হয়েছে।", "মিজোরাম", "LOC"),
    # a country's genitive is the country, not an adjective of nationality
    ("১৪ ঘণ্টা আগে মিয়ানমারের সামরিক বাহিনী নির্বাচনে জিতেছে।", "মিয়ানমার", "LOC"),
    # seats of government named as actors
    ("এ বক্তব্যের সাথে একমত হয়েছে ক্রেমলিন।", "ক্রেমলিন", "ORG"),
    ("হোয়াইট হাউস এক বিবৃতি দিয়েছে।", "হোয়াইট হাউস", "ORG"),
    # a trading firm by its head word
    ("মৃধা এন্টারপ্রাইজের মালিক রহমত উল্লাহ বলেন, বিক্রি নেই।", "মৃধা এন্টারপ্রাইজ", "ORG"),
])
def test_places_and_organisations_the_news_names(text: str, name: str, kind: str) -> None:
    result = found(text)
    assert name in result and result[name].type == kind


@pytest.mark.parametrize("text", ["রাজস্থানি ও মুঘল মোটিফ জনপ্রিয়।", "এরপর উত্তরা স্টেশনে ট্রেন থামে।"])
def test_adjectives_and_adverbs_are_no_part_of_a_place(text: str) -> None:
    names = set(found(text))
    assert not any(name.startswith(("রাজস্থান", "মুঘল", "এরপর")) for name in names)


def test_the_subject_of_a_compound_verb_of_saying_is_a_person() -> None:
    result = found("২ ঘণ্টা আগে ল্যাভরভ দাবি করেছেন, ইউক্রেন ৯১টি ড্রোন ব্যবহার করেছে।")
    assert result["ল্যাভরভ"].type == "PERSON"
    # not the adjective before the noun when the subject follows the verb
    assert "বিষ্ফোরক" not in found("বিপিএল নিয়ে বিষ্ফোরক মন্তব্য করেন তিনি।")


def test_the_taggers_place_ending_in_a_surname_is_a_person() -> None:
    text = "জলপাইগুড়ির ইস্কান্দার মজুমদার ও তৈয়বা মজুমদারের ঘরে জন্ম।"
    result = found(text, scripted({"জলপাইগুড়ির": "LOC", "ইস্কান্দার মজুমদার": "LOC"}))
    assert result["ইস্কান্দার মজুমদার"].type == "PERSON" and result["জলপাইগুড়ি"].type == "LOC"


def test_a_persons_name_run_on_into_anothers_post_ends_at_the_genitive() -> None:
    text = "ইসরাইলি প্রধানমন্ত্রী বেনিয়ামিন নেতানিয়াহুর চিফ অফ স্টাফের ফোন হ্যাক হয়েছে।"
    result = found(text, scripted({"বেনিয়ামিন নেতানিয়াহুর চিফ": "PER"}))
    assert [m.text for e in result.values() for m in e.mentions] == ["বেনিয়ামিন নেতানিয়াহুর"]
    # a name right before a post of its own stays whole
    text = "সাবেক মেয়র সৈয়দ জাহাঙ্গীর আলমও প্রার্থী হিসেবে মনোনয়নপত্র সংগ্রহ করেছেন।"
    assert "সৈয়দ জাহাঙ্গীর আলম" in found(text, scripted({"সৈয়দ জাহাঙ্গীর আলমও": "PER"}))


def test_the_taggers_person_ending_in_a_company_head_is_a_company() -> None:
    text = "এম জে ইন্টারন্যাশনালের প্রোপাইটর মিজানুর রহমান মনে করেন, বাজার মন্দা।"
    result = found(text, scripted({"এম জে ইন্টারন্যাশনালের": "PER", "মিজানুর রহমান": "PER"}))
    assert result["এম জে ইন্টারন্যাশনাল"].type == "ORG" and result["মিজানুর রহমান"].type == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("ঢাকায় ফরাসি দূতাবাস এক বিবৃতিতে শোক জানিয়েছে।", "ফরাসি দূতাবাস"),
    ("জার্মান দূতাবাস বলেছে, তিনি স্মরণীয়।", "জার্মান দূতাবাস"),
    ("মার্কিন দূতাবাসের মুখপাত্র বলেন, ভিসা চালু।", "মার্কিন দূতাবাস"),
    ("ভারতীয় হাইকমিশন জানিয়েছে, ভিসা চালু।", "ভারতীয় হাইকমিশন"),
])
def test_a_countrys_embassy_is_an_organisation(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"
    assert not any(e.name in {"দূতাবাস", "হাইকমিশন"} for e in result.values())


@pytest.mark.parametrize("text, name, kind", [
    ("বোকো হারাম হামলা চালিয়েছে।", "বোকো হারাম", "ORG"),
    ("কলম্বো স্টক এক্সচেঞ্জের কর্মকর্তারা বৈঠক করেন।", "কলম্বো স্টক এক্সচেঞ্জ", "ORG"),
    ("কুনমিংয়ে বৈঠক হয়েছে।", "কুনমিং", "LOC"),
])
def test_groups_exchanges_and_cities_the_news_names(text: str, name: str, kind: str) -> None:
    result = found(text)
    assert name in result and result[name].type == kind


@pytest.mark.parametrize("names, text", [
    ({"ইইউর ডিজিটাল সার্ভিসেস অ্যাক্ট": "ORG", "ডিএসএ": "ORG"}, "ইইউর ডিজিটাল সার্ভিসেস অ্যাক্ট বা ডিএসএ কার্যকর হয়েছে।"),
    ({"পাওয়ার পারচেজ অ্যাগ্রিমেন্টের": "ORG"}, "পাওয়ার পারচেজ অ্যাগ্রিমেন্টের ধারা অনুযায়ী বন্ধ।"),
])
def test_acts_and_agreements_are_not_organisations(names: dict[str, str], text: str) -> None:
    assert found(text, scripted(names)) == {}


@pytest.mark.parametrize("names, text, expected", [
    ({"পাম বন্ডির উদ্দেশে": "PER"}, "অ্যাটর্নি জেনারেল পাম বন্ডির উদ্দেশে তিনি চিঠি লেখেন।", "পাম বন্ডি"),
    ({"ক্বারি মাওলানা মো . বেলাল হোসেন": "PER"}, "ক্বারি মাওলানা মো. বেলাল হোসেন উপস্থিত ছিলেন।", "মো. বেলাল হোসেন"),
])
def test_a_postposition_or_an_honorific_is_no_part_of_a_name(names: dict[str, str], text: str, expected: str) -> None:
    result = found(text, scripted(names))
    assert any(e.name.startswith(expected) for e in result.values())
    assert not any("উদ্দেশ" in e.name or e.name == "ক্বারি" for e in result.values())


@pytest.mark.parametrize("names, text, owner, kept", [
    # a name the article uses, in the genitive before an ordinary word the model took into the name
    ({"ব্রিজিত বার্দো": "PER", "বার্দোর শব্দচয়ন": "PER"},
     "ব্রিজিত বার্দো আদালতে যান। আদালত বলেন, বার্দোর শব্দচয়ন ঘৃণা ছড়িয়েছে।", "ব্রিজিত বার্দো", "বার্দোর"),
    # a name word that ends in -র as written is no genitive
    ({"আনোয়ার হোসেন": "PER", "আনোয়ার": "PER"}, "আনোয়ার সভায় ছিলেন। পরে আনোয়ার হোসেন বক্তব্য দেন।",
     "আনোয়ার হোসেন", "আনোয়ার হোসেন"),
])
def test_a_name_in_the_genitive_ends_before_what_it_owns(names: dict[str, str], text: str, owner: str,
                                                          kept: str) -> None:
    result = found(text, scripted(names))
    assert owner in result and kept in {m.text for m in result[owner].mentions}, result
    assert not any(len(e.name.split()) > 1 and e.name.split()[0].endswith("র") and e.name != owner
                   for e in result.values())


def test_the_platform_x_by_its_medium_handle_or_post() -> None:
    text = ("সামাজিক মাধ্যম এক্স-এ দেওয়া এক পোস্টে তিনি লেখেন। পুলিশ নিজেদের এক্স হ্যান্ডেলে জানায়। "
            "রোগ শনাক্তে এক্স রে করা হয়। এক্স আগের চেয়ে ভালো।")
    result = found(text)
    assert result["এক্স"].type == "ORG" and len(result["এক্স"].mentions) == 2
    twitter = found("সামাজিক যোগাযোগমাধ্যম এক্সে (সাবেক টুইটার) দেওয়া এক বার্তায় তিনি শোক জানান।")
    assert list(twitter) == ["এক্স"] and {m.text for m in twitter["এক্স"].mentions} == {"এক্সে", "টুইটার"}


def test_the_arabic_article_written_on_with_a_hyphen_is_part_of_the_name(model: NerModel) -> None:
    result = found("চট্টগ্রাম চ্যালেঞ্জার্সের শহীদুল ইসলাম, আল-আমিন হোসেন ও বিলাল খানকে আউট করেন তিনি।", model)
    assert result["আল-আমিন হোসেন"].type == "PERSON" and "আমিন হোসেন" not in result


def test_a_hyphenated_name_word_is_one_with_its_parts_written_apart(model: NerModel) -> None:
    result = found("পলাতক আসামি শেখ আল আমিনের বাসায় বিস্ফোরণ হয়। আল-আমিনের ভাড়া বাসায় সরঞ্জাম পাওয়া যায়।", model)
    assert [name for name, e in result.items() if e.type == "PERSON"] == ["শেখ আল আমিন"]
    assert "আল-আমিনের" in {m.text for m in result["শেখ আল আমিন"].mentions}


@pytest.mark.parametrize("club", ["দুরন্ত রাজশাহী", "দুর্দান্ত ঢাকা", "চিটাগং ভাইকিংস"])
def test_the_bpls_earlier_franchises_are_clubs(model: NerModel, club: str) -> None:
    result = found(f"২০১২ সালে {club}র হয়ে হ্যাটট্রিক করেছিলেন মোহাম্মদ সামি।", model)
    assert result[club].type == "ORG"


def test_a_candidates_district_in_a_list_is_a_place_not_part_of_the_name(model: NerModel) -> None:
    result = found("হাসনাত আবদুল্লাহ কুমিল্লা-৪, আরিফ আদিব বরিশাল, ডা. মাহমুদা মিতু ঝালকাঠি, আলি নাসের খান গাজীপুর।", model)
    assert result["আলি নাসের খান"].type == "PERSON" and result["গাজীপুর"].type == "LOC"
    assert "মাহমুদা মিতু ঝালকাঠি" not in result and result["ঝালকাঠি"].type == "LOC"


def test_a_cricket_ground_and_its_acronym_are_one_place(model: NerModel) -> None:
    result = found("মেলবোর্ন ক্রিকেট গ্রাউন্ডের (এমসিজি) উইকেট নিয়ে সমালোচনা হয়। এমসিজিতে পরের টেস্ট হবে না।", model)
    ground = result["মেলবোর্ন ক্রিকেট গ্রাউন্ড"]
    assert ground.type == "LOC" and "এমসিজিতে" in {m.text for m in ground.mentions}
    assert found("সিরিজের শেষ টেস্ট হবে এসসিজিতে।", model)["এসসিজি"].type == "LOC"


def test_a_named_speaker_no_entity_covers_is_a_person(model: NerModel) -> None:
    text = normalize("তার নাতিদের খুবই ভালোবাসতেন চেঙ্গিস খান। পল রাচনিভস্কি তার বই, 'চেঙ্গিস খান: হিজ লাইফ অ্যান্ড "
                     "লিগেসি'তে লিখেছেন, \"বামিয়ান অবরোধের সময় তার এক নাতির মৃত্যু হয়েছিল।\"")
    analysis = analyze(text, model=model)
    people = {e.name: e for e in analysis.entities if e.type == "PERSON"}
    assert "পল রাচনিভস্কি" in people and [q.speaker for q in analysis.quotes] == ["পল রাচনিভস্কি"]
    assert [e.mentions[0].start for e in analysis.entities] == sorted(e.mentions[0].start for e in analysis.entities)


@pytest.mark.parametrize("text, tagged, name, wrong", [
    # the tagger read the last word as a genitive (দার → দা): the speaker is in the nominative
    ("আলোচনা চলবে বলে জানিয়েছেন পাকিস্তানের পররাষ্ট্রমন্ত্রী ইসহাক দার। দারের এই বক্তব্যের পর বৈঠক হয়।",
     "ইসহাক দার", "ইসহাক দার", "ইসহাক দা"),
    # the tagger cut the name short: the speaker's words are the whole name, wherever it is written
    ("নাইজেরিয়ার পররাষ্ট্রমন্ত্রী ইউসুফ মাইতামা তুগ্গার আলাদা করে বিবিসিকে বলেন, এটি সন্ত্রাসী হামলা। "
     "ইউসুফ মাইতামা তুগ্গার পরে সেখানে যান।", "ইউসুফ মাইতামা", "ইউসুফ মাইতামা তুগ্গার", "ইউসুফ মাইতামা"),
])
def test_a_named_speaker_mends_the_person_the_tagger_read_inside_it(text: str, tagged: str, name: str,
                                                                     wrong: str) -> None:
    analysis = analyze(normalize(text), model=scripted({tagged: "PER"}))
    people = {e.name: e for e in analysis.entities if e.type == "PERSON"}
    assert name in people and wrong not in people and wrong not in people[name].aliases
    assert all(m.text == name for m in people[name].mentions)
    assert [q.speaker for q in analysis.quotes] == [name]


def test_a_speaker_written_shorter_than_the_name_keeps_the_name() -> None:
    text = "নোমানপুত্র সাঈদ আল নোমান ভোটে লড়বেন। সাঈদ আল নোমান বলেছেন, মনোনয়ন কোনো সম্মান নয়।"
    start = text.index("সাঈদ আল নোমান বলেছেন")
    end = start + len("সাঈদ আল নোমান")
    fuller = text.index(" ভোটে")
    person = Entity("নোমানপুত্র সাঈদ আল নোমান", "PERSON",
                    (Mention(0, fuller, text[:fuller]), Mention(start, end, text[start:end])))
    quote = Quote("মনোনয়ন কোনো সম্মান নয়", "indirect", text.index("মনোনয়ন"), len(text) - 1,
                  speaker="সাঈদ আল নোমান", speaker_mention="সাঈদ আল নোমান", speaker_start=start,
                  speaker_end=end, source_type="person")
    people, renamed = people_from_speakers(text, [person], [quote], model=STUB)
    assert people == [person] and renamed == {"সাঈদ আল নোমান": "নোমানপুত্র সাঈদ আল নোমান"}


@pytest.mark.parametrize("text, word", [
    ("শব্দচয়ন যেন রোকেয়া সাখাওয়াত হোসেনের লেখার মতো।", "শব্দচয়ন"),
    ("পাশাপাশি ব্যাংকটির নিবন্ধন, ঋণ ও বন্ধক (মর্টগেজ) সংক্রান্ত কয়েকটি মামলার রেফারেন্স পাওয়া যায়।", "মর্টগেজ"),
    ("অবশেষে দীর্ঘ ৩৯ বছরের অপেক্ষা ফুরালো মোজাম্বিকের।", "ফুরালো"),
])
def test_a_word_said_once_that_no_list_knows_as_a_name_is_no_person(model: NerModel, text: str, word: str) -> None:
    assert word not in found(text, model)


def test_a_one_word_name_the_lists_know_or_said_twice_stays_a_person(model: NerModel) -> None:
    assert found("মাঠে নামেন মুশফিক।", model)["মুশফিক"].type == "PERSON"


def test_a_short_past_verb_before_a_name_is_no_part_of_it(model: NerModel) -> None:
    text = ("শব্দচয়ন যেন রোকেয়া সাখাওয়াত হোসেনের লেখার মতো। আলোচনার শেষে আবার এলো বেগম রোকেয়ার প্রসঙ্গ। "
            "বেগম রোকেয়া সাখাওয়াত হোসেনের লেখা পড়ে শোনান তিনি।")
    assert not any(name.startswith("এলো") for name in found(text, model))


@pytest.mark.parametrize("text, place", [
    ("পল্টন ময়দানে বিশাল সমাবেশ হয়।", "পল্টন ময়দান"),
    ("সিডনির বন্ডাই বিচে হামলার পর শোক পালন করা হয়।", "বন্ডাই বিচ"),
])
def test_a_field_or_beach_after_a_name_is_a_place(model: NerModel, text: str, place: str) -> None:
    assert found(text, model)[place].type == "LOC"


def test_old_dhaka_is_a_place_of_its_own(model: NerModel) -> None:
    result = found("পুরান ঢাকার ধোলাইখালে আগুন লেগেছে। পুরান ঢাকা এখন ঝুঁকিপূর্ণ।", model)
    assert {m.text for m in result["পুরান ঢাকা"].mentions} == {"পুরান ঢাকার", "পুরান ঢাকা"}


@pytest.mark.parametrize("text, name", [
    ("সকাল ৯টায় মগবাজার থেকে রওনা দিলাম হজরত শাহজালাল আন্তর্জাতিক বিমানবন্দরের উদ্দেশে।",
     "হজরত শাহজালাল আন্তর্জাতিক বিমানবন্দর"),
    ("লোহিত সাগরের বুকে অবস্থিত নুজুমা দ্বীপে রোনালদো কিনেছেন দুটি ভিলা।", "নুজুমা দ্বীপ"),
])
def test_a_first_person_verb_or_a_participle_of_place_is_no_part_of_a_name(model: NerModel, text: str, name: str) -> None:
    assert found(text, model)[name].type == "LOC"


def test_seas_and_oceans_are_places(model: NerModel) -> None:
    result = found("লোহিত সাগরের বুকে দ্বীপটি। বাড়িটি আটলান্টিক মহাসাগরের দিকে মুখ করা।", model)
    assert result["লোহিত সাগর"].type == result["আটলান্টিক মহাসাগর"].type == "LOC"


def test_a_title_before_a_name_is_no_place(model: NerModel) -> None:
    result = found("টোকিওতে শ্রীলঙ্কান কমার্শিয়াল কাউন্সেলর নিমল করুনাতিলক আমাদের সহকর্মী ছিলেন।", model)
    assert "কমার্শিয়াল কাউন্সেলর" not in result and result["নিমল করুনাতিলক"].type == "PERSON"


def test_initials_with_full_stops_join_the_name(model: NerModel) -> None:
    result = found("খেলায় অংশ নেন ইনজামামুল হক বাপ্পী ও স. ম. আরিফুল ইসলাম। পরে এ. কে. এম. ফজলুল হক বক্তব্য দেন।", model)
    assert result["স. ম. আরিফুল ইসলাম"].type == result["এ. কে. এম. ফজলুল হক"].type == "PERSON"


def test_a_demonym_said_twice_is_no_person(model: NerModel) -> None:
    result = found("সুইডিশ পুলিশের বরাতে জানা গেছে, এক ব্যক্তি মারা গেছেন। সুইডিশ সম্প্রচারমাধ্যম এসভিটি জানিয়েছে, "
                   "আরও একজন মারা গেছেন।", model)
    assert "সুইডিশ" not in result


def test_a_countrys_embassy_in_the_genitive_is_an_organisation_and_a_place_in_it_no_team(model: NerModel) -> None:
    embassy = found("শোকবার্তায় ঢাকাস্থ যুক্তরাষ্ট্রের দূতাবাস জানায়, তিনি গণতন্ত্রের নেত্রী ছিলেন।", model)
    assert embassy["যুক্তরাষ্ট্রের দূতাবাস"].type == "ORG"
    place = found("শনিবার সুইডেনের হোফোরস এলাকায় বনাঞ্চলে কাজ করার সময় এক ব্যক্তি মারা যান।", model)
    assert not any(e.type == "ORG" for e in place.values())


def test_a_road_named_after_someone_is_a_place(model: NerModel) -> None:
    result = found("২০০৭ সালে মইনুল হক রোডের বাসভবন থেকে তাকে গ্রেফতার করা হয়।", model)
    assert result["মইনুল হক রোড"].type == "LOC"


def test_a_city_alone_is_the_club_the_match_report_names_by_it_but_the_venue_stays_a_place(model: NerModel) -> None:
    result = found("সিলেটে দিনের ম্যাচে রাজশাহী ওয়ারিয়র্সের কাছে হেরেছে নোয়াখালী এক্সপ্রেস। নোয়াখালীর টানা তৃতীয় হার। "
                   "নোয়াখালী আগে ব্যাট করে ১২৪ রান করে।", model)
    club = {m.text for m in result["নোয়াখালী এক্সপ্রেস"].mentions}
    assert {"নোয়াখালীর", "নোয়াখালী"} <= club and "নোয়াখালী" not in result
    assert result["সিলেট"].type == "LOC"


@pytest.mark.parametrize("text, name", [
    ("\"প্রেসিডেন্ট ট্রাম্প স্পষ্টভাবে বলেছেন যে তার নীতি ভালো।\"", "ট্রাম্প"),
    ("এপ্রিলে তিনি প্রথম বক্তৃতা করেন। বিচারপতি সাত্তার অসুস্থ হয়ে পড়লে তিনি দায়িত্ব নেন।", "সাত্তার"),
])
def test_a_name_word_alone_after_a_title_is_a_person(model: NerModel, text: str, name: str) -> None:
    assert found(text, model)[name].type == "PERSON"


@pytest.mark.parametrize("text, word", [
    ("দলীয় প্রার্থীর বাইরে অন্য কোনো নেতা স্বতন্ত্রভাবে প্রার্থী হননি।", "স্বতন্ত্রভাবে"),
    ("বর্ডার গার্ড বাংলাদেশ দিবস পালিত হয়। পরে রাষ্ট্রপতি বর্ডার গার্ড বাংলাদেশ পদক পরিয়ে দেন।", "বর্ডার"),
])
def test_an_adverb_or_the_first_word_of_a_longer_name_after_a_title_is_no_person(
        model: NerModel, text: str, word: str) -> None:
    assert word not in found(text, model)


@pytest.mark.parametrize("text, kept, dropped", [
    ("এ আয়ে তিনি দ্বিতীয় সর্বোচ্চ আয়কারী ফুটবলার। তালিকার শীর্ষে আছেন চিরপ্রতিদ্বন্দ্বী ক্রিশ্চিয়ানো রোনালদো, যার "
     "আয় ছিল চোখ কপালে তোলার মতো।", "ক্রিশ্চিয়ানো রোনালদো",
     "চিরপ্রতিদ্বন্দ্বী ক্রিশ্চিয়ানো রোনালদো"),
])
def test_a_rival_before_a_name_is_no_part_of_it(model: NerModel, text: str, kept: str, dropped: str) -> None:
    result = found(text, model)
    assert kept in result and dropped not in result


@pytest.mark.parametrize("text, word", [
    ("তার মৃত্যুতে বিনোদন জগতে নেমে এসেছে শোকের ছায়া। সোশ্যাল মিডিয়া ও আন্তর্জাতিক সংবাদমাধ্যমগুলোতে চলছে "
     "ব্রিজিতের কীর্তির আলোচনা।", "সোশ্যাল মিডিয়া"),
    ("ঐতিহ্যবাহী নকশার পাশাপাশি এখন জনপ্রিয় হয়েছে আরবি ডিজাইন, রাজস্থানি ও মুঘল মোটিফ।", "আরবি"),
])
def test_loanwords_of_the_trade_and_languages_are_no_names(model: NerModel, text: str, word: str) -> None:
    assert word not in found(text, model)


@pytest.mark.parametrize("text, place", [
    ("তিনি বলেন, সন্ধ্যার পর ঘনকুয়াশা পড়েছে। বুড়িগঙ্গা নদীতেই কিছু দেখা যাচ্ছে না।", "বুড়িগঙ্গা নদী"),
    ("ভোলায় মেঘনা নদীর পানি বেড়েছে।", "মেঘনা নদী"),
    # নদ, the rivers Bengali calls male
    ("বর্ষায় ব্রহ্মপুত্র নদের পানি বিপৎসীমার ওপরে উঠেছে।", "ব্রহ্মপুত্র নদ"),
    ("যশোরের পাশ দিয়ে বয়ে গেছে কপোতাক্ষ নদ।", "কপোতাক্ষ নদ"),
])
def test_a_river_is_its_name_and_the_head(model: NerModel, text: str, place: str) -> None:
    assert found(text, model)[place].type == "LOC"


def test_a_word_walked_over_before_a_river_is_no_name(model: NerModel) -> None:
    assert not any("পেরিয়ে" in name for name in found("২৫০ গজ পেরিয়ে নদীর অন্য তীরে পৌঁছন তিনি।", model))


def test_a_team_leader_is_a_title(model: NerModel) -> None:
    result = found("প্রকল্পের টিম লিডার সালীম আহমাদ খান জানান, কাজ চলছে।", model)
    assert "সালীম আহমাদ খান" in result and "লিডার সালীম আহমাদ খান" not in result


@pytest.mark.parametrize("text, place", [
    ("গত রাতের দিকে সিকদার ভিলার পঞ্চম তলার ছাদে অজ্ঞাত এক যুবক ধূমপান করছিল।", "সিকদার ভিলা"),
    ("ইনকিলাব মঞ্চ সাময়িকভাবে শাহবাগ মোড় ছেড়ে আজিজ সুপার মার্কেটের সামনে অবস্থান নেয়।", "আজিজ সুপার মার্কেট"),
])
def test_a_named_building_or_market_is_a_place(model: NerModel, text: str, place: str) -> None:
    assert found(text, model)[place].type == "LOC"


@pytest.mark.parametrize("text, place", [
    ("সন্ধ্যায় কুড়িল বিশ্বরোডে যানজট দেখা দেয়।", "কুড়িল বিশ্বরোড"),
    ("কুমিল্লার নয়াবাজার বিশ্বরোডে দুর্ঘটনা ঘটে।", "নয়াবাজার বিশ্বরোড"),
])
def test_a_junction_on_the_highway_is_named_with_bishwaroad(model: NerModel, text: str, place: str) -> None:
    # বিশ্বরোড ("world road", the highway) names a junction after its locality, as মোড় does
    result = found(text, model)
    assert place in result and result[place].type == "LOC"


def test_a_market_share_is_no_market(model: NerModel) -> None:
    result = found("বর্তমানে এ ক্যাটাগরিতে সিংহভাগ মার্কেট শেয়ার নিয়ে ব্র্যান্ডটি শীর্ষস্থানে।", model)
    assert not any("মার্কেট" in name for name in result)


def test_the_inspector_general_of_police_is_a_title_not_an_organisation(model: NerModel) -> None:
    result = found("পুলিশ মহাপরিদর্শক (আইজিপি) বাহারুল আলম বলেছেন, নির্বাচনকে সর্বাধিক গুরুত্ব দিতে হবে।", model)
    assert "পুলিশ মহাপরিদর্শক" not in result and result["বাহারুল আলম"].type == "PERSON"


def test_a_name_before_the_word_newspaper_is_the_newspaper() -> None:
    result = found("ডেকান ক্রনিকল সংবাদপত্র নাম উল্লেখ না করে শিলংয়ে পুলিশ সদর দফতরের এক শীর্ষ কর্মকর্তাকে উদ্ধৃত "
                   "করেছে।", load_model())
    assert result["ডেকান ক্রনিকল"].type == "ORG"


@pytest.mark.parametrize("text, name", [
    ("আইএল টি-টোয়েন্টি ও আবুধাবি টি-টেনে খেলার অভিজ্ঞতা ভাগাভাগি করেন এই পেসার।", "আবুধাবি টি-টেন"),
    ("আইএল টি-টোয়েন্টি ও আবুধাবি টি-টেনে খেলার অভিজ্ঞতা ভাগাভাগি করেন এই পেসার।", "আইএল টি-টোয়েন্টি"),
    ("আমি প্রথমবারের মতো আইএলটি-২০ খেললাম।", "আইএলটি-২০"),
    ("দক্ষিণ আফ্রিকার এসএ২০-এ জোহানেসবার্গ সুপার কিংসের হয়ে খেলেছেন।", "এসএ২০"),
    ("এ বছর গ্লোবাল সুপার লিগে সেন্ট্রাল স্ট্যাগসের হয়ে খেলেছেন।", "গ্লোবাল সুপার লিগ"),
    ("তবে এনসিপি, এবি পার্টি ও রাষ্ট্র সংস্কার আন্দোলনের সমন্বয়ে জোট হয়েছে।", "রাষ্ট্র সংস্কার আন্দোলন"),
    ("‘আমজনতার দলে’ যোগ দিতে যাচ্ছেন আলোচিত কনটেন্ট ক্রিয়েটর।", "আমজনতার দল"),
    ("চোটের কারণে প্রিমিয়ার লিগের পরের দুই ম্যাচে নেই এই ডিফেন্ডার।", "প্রিমিয়ার লিগ"),
    ("বাংলাদেশ প্রিমিয়ার লিগের নিলামে দল পাননি তিনি।", "বাংলাদেশ প্রিমিয়ার লিগ"),
])
def test_franchise_leagues_and_new_parties_are_organisations(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"


@pytest.mark.parametrize("text, name", [
    ("চট্টগ্রামে যমুনা অয়েল কোম্পানির ডিপোতে আগুন লাগে।", "যমুনা অয়েল কোম্পানি"),
    ("আদানি পাওয়ারের বকেয়া বিল পরিশোধ শুরু হয়েছে।", "আদানি পাওয়ার"),
    ("ইস্টার্ন রিফাইনারির দ্বিতীয় ইউনিট নিয়ে আলোচনা হয়।", "ইস্টার্ন রিফাইনারি"),
])
def test_state_energy_companies_are_organisations(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"


@pytest.mark.parametrize("text, name", [
    ("ফোর্বসের তালিকায় শীর্ষে আছেন তিনি।", "ফোর্বস"),
    ("ব্লুমবার্গের প্রতিবেদনে তেলের দাম কমার কথা বলা হয়।", "ব্লুমবার্গ"),
])
def test_the_business_press_is_an_organisation(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "ORG"


@pytest.mark.parametrize("text, place", [
    ("খালেদা জিয়ার মৃত্যুতে চরমোনাই পীর মুফতি সৈয়দ মুহাম্মাদ রেজাউল করীম শোক জানিয়েছেন।", "চরমোনাই"),
    ("রাবাতে অনুষ্ঠিত ‘এ’ গ্রুপের ম্যাচে জাম্বিয়াকে হারিয়েছে মরক্কো।", "রাবাত"),
    ("হাঁটুর ইনজুরির কারণে ব্রিজবেনে দ্বিতীয় টেস্টের পর ছিটকে যান পেসার।", "ব্রিজবেন"),
    # the register's টুংগীপাড়া, as the press spells it
    ("টুঙ্গিপাড়ার একজন চা দোকানদার বলেন, ভোট দিতে যাবো।", "টুঙ্গিপাড়া"),
    ("তিনি টুঙ্গিপাড়ায় বাবার কবর জিয়ারত করেন।", "টুঙ্গিপাড়া"),
    # the register's কেরাণীগঞ্জ and রাণীশংকৈল, written with ন
    ("গতকাল কেরানীগঞ্জে একটি কারখানায় আগুন লাগে।", "কেরানীগঞ্জ"),
    ("ঠাকুরগাঁওয়ের রানীশংকৈলে শীতের দাপট বেড়েছে।", "রানীশংকৈল"),
    # places of tourism and nature the register lacks
    ("ছুটিতে কুয়াকাটায় পর্যটকের ভিড় বেড়েছে।", "কুয়াকাটা"),
    ("সুন্দরবনে মধু সংগ্রহ শুরু হয়েছে।", "সুন্দরবন"),
])
def test_places_the_lists_spell_otherwise_or_lacked_are_places(text: str, place: str) -> None:
    result = found(text)
    assert place in result and result[place].type == "LOC"


def test_a_name_opened_by_mo_is_a_person_though_its_given_name_is_a_city(model: NerModel) -> None:
    text = ("রাজধানীতে অজ্ঞাত ব্যক্তির ছুরিকাঘাতে মো. রিয়াদ (২৫) নামের এক যুবক আহত হয়েছেন। ওই সময় রিয়াদ "
            "ধূমপানরত যুবককে বাধা দেন। চিকিৎসক জানিয়েছেন রিয়াদের অবস্থা আশঙ্কাজনক। আহত রিয়াদ ভোলা জেলার বাসিন্দা।")
    result = found(text, model)
    assert result["মো. রিয়াদ"].type == "PERSON"


@pytest.mark.parametrize("text", [
    "সোমবার সকালে পিলখানায় বিজিবি সদর দপ্তরের শহীদ শাকিল আহমেদ হলে স্বরাষ্ট্র উপদেষ্টা বক্তব্য দেন।",
    "আজ সকাল ১০টায় বিজিবি সদর দফতরের শহীদ শাকিল আহমেদ হলে অনুষ্ঠান শুরু হয়।",
])
def test_a_hall_named_after_a_martyr_is_a_place_not_a_person(model: NerModel, text: str) -> None:
    result = found(text, model)
    assert not [e for e in result.values() if e.type == "PERSON"]
    hall = [e for e in result.values() if "শাকিল আহমেদ হল" in e.name]
    assert hall and hall[0].type == "LOC" and hall[0].mentions[0].text.startswith("শহীদ")


@pytest.mark.parametrize("text, region", [
    ("বাংলাদেশ সুযোগ পেয়েছিল গত বছর ওমানে অনুষ্ঠিত জুনিয়র এশিয়া কাপে পঞ্চম হয়ে।", "এশিয়া"),
    ("আফ্রিকা কাপ অব নেশনসে অপরাজিত থেকে বিদায় নিল মিসর।", "আফ্রিকা"),
])
def test_a_region_naming_a_cup_is_no_place(model: NerModel, text: str, region: str) -> None:
    assert region not in found(text, model)


def test_a_region_named_elsewhere_keeps_no_mention_inside_its_cup(model: NerModel) -> None:
    result = found("এশিয়ার সেরা দল তারা। নারী এশিয়া কাপে খেলবে বাংলাদেশ।", model)
    assert [m.text for m in result["এশিয়া"].mentions] == ["এশিয়ার"]


def test_a_village_market_is_named_by_its_place(model: NerModel) -> None:
    result = found("নির্বাচনে ওই আসনে প্রতিদ্বন্দ্বিতা কোন দলের মধ্যে হবে, এ প্রশ্নে পাটগাতি বাজারে একজন ব্যবসায়ী "
                   "আব্দুল হাফিজ দাবি করেন, নির্বাচন নিয়ে মানুষের মধ্যে ভালো আগ্রহ আছে।", model)
    assert "পাটগাতি বাজার" in result and result["পাটগাতি বাজার"].type == "LOC" and "পাটগাতি" not in result


def test_a_country_or_a_genitive_before_the_word_market_names_no_market(model: NerModel) -> None:
    result = found("ভারতের বাজারে পণ্য রপ্তানি বেড়েছে। বাংলাদেশ বাজারে নতুন পণ্য এসেছে।", model)
    assert {"ভারত", "বাংলাদেশ"} <= set(result) and not [n for n in result if "বাজার" in n]


def test_a_partys_unit_named_by_its_place_is_an_organisation(model: NerModel) -> None:
    result = found("মনোনয়নপত্র জমা দেন এস এম জাহাঙ্গীর আলম এবং ঢাকা মহানগর উত্তর যুবদলের আহ্বায়ক শরিফ উদ্দিন জুয়েল।", model)
    assert result["ঢাকা মহানগর উত্তর যুবদল"].type == "ORG"


def test_a_plural_names_no_organisation(model: NerModel) -> None:
    result = found("মার্কিন কর্তৃপক্ষ বলছে, দেশটির সোশ্যাল মিডিয়া প্ল্যাটফর্মগুলোকে যুক্তরাষ্ট্রের দৃষ্টিভঙ্গি, মতামতকে "
                   "দমন করতে \"বাধ্য\" করার চেষ্টা করেছিল এই মৌলবাদি ব্যাক্তিরা।", model)
    assert not [n for n in result if n.endswith("গুলো")]


@pytest.mark.parametrize("text, force", [
    ("সোমবার ফেসবুকে এক পোস্টে এ তথ্য জানিয়েছে পশ্চিমবঙ্গ পুলিশ।", "পশ্চিমবঙ্গ পুলিশ"),
    ("ঘটনার পর পশ্চিমবঙ্গ পুলিশের মুখপাত্র বলেন, তদন্ত চলছে।", "পশ্চিমবঙ্গ পুলিশ"),
    ("মেঘালয় পুলিশ জানিয়েছে দুজনকে আটক করা হয়েছে।", "মেঘালয় পুলিশ"),
])
def test_a_states_police_is_an_organisation_not_the_place(model: NerModel, text: str, force: str) -> None:
    result = found(text, model)
    assert force in result and result[force].type == "ORG" and force.split()[0] not in result


def test_the_police_of_a_place_in_the_genitive_leaves_the_place(model: NerModel) -> None:
    result = found("ঢাকার পুলিশ জানিয়েছে দুজনকে আটক করা হয়েছে।", model)
    assert "ঢাকা" in result and result["ঢাকা"].type == "LOC" and not [n for n in result if "পুলিশ" in n]


def test_a_leaders_administration_is_an_organisation(model: NerModel) -> None:
    result = found("সরকারকে অস্ত্র হিসেবে ব্যবহার করার জন্য তিনি বাইডেন প্রশাসনের একজন গুরুত্বপূর্ণ সহযোগী ছিলেন।", model)
    assert "বাইডেন প্রশাসন" in result and result["বাইডেন প্রশাসন"].type == "ORG"


def test_a_local_administration_is_no_name_and_a_leaders_full_name_stays_a_person(model: NerModel) -> None:
    assert not found("স্থানীয় প্রশাসনের কর্মকর্তারা বলেছেন।", model)
    result = found("জো বাইডেন প্রশাসনের সময় এটি ঘটে।", model)
    assert result["জো বাইডেন"].type == "PERSON"


def test_the_human_rights_centre_in_either_spelling_is_one_organisation() -> None:
    result = found("আইন ও সালিস কেন্দ্রের তথ্য অনুযায়ী, বিএনপি ও বিভিন্ন অঙ্গসংগঠনের অনেকে মারা যান।")
    assert "আইন ও সালিস কেন্দ্র" in result and result["আইন ও সালিস কেন্দ্র"].type == "ORG"


def test_the_headquarters_union_is_no_name(model: NerModel) -> None:
    result = found("উপজেলার সদর ইউনিয়নের মেহরাবাড়ি এলাকায় অবস্থিত লাবিব গ্রুপের শিল্প প্রতিষ্ঠান।", model)
    assert not [n for n in result if n.startswith("সদর")]


def test_a_leader_named_before_the_word_government_stays_a_person(model: NerModel) -> None:
    result = found("কোটা আন্দোলনের জেরে হাসিনা সরকারের পতন, ছাত্র আন্দোলনের নেতাদের নয়া রাজনৈতিক বন্দোবস্তের পথে হাঁটা।", model)
    assert result["হাসিনা"].type == "PERSON"


@pytest.mark.parametrize("text, place, stray", [
    ("চার বছর পর জাতীয় স্টেডিয়ামে ফিরেছে ফুটবল।", "জাতীয় স্টেডিয়াম", "পর"),
    ("মুর্শিদাবাদ জেলার সুতি এক নম্বর ব্লকের অধীন চক বাহাদুরপুর গ্রামে জুয়েল রানার বাড়ি।", "চক বাহাদুরপুর", "অধীন"),
    ("পশ্চিমবঙ্গের বিরোধী দলনেতা শুভেন্দু অধিকারী এসপ্তাহের গোড়ায় কলকাতায় বাংলাদেশ উপদূতাবাসের সামনে "
     "বিক্ষোভ করেন।", "কলকাতা", "গোড়ায়"),
])
def test_a_postposition_before_a_place_is_no_part_of_it(model: NerModel, text: str, place: str, stray: str) -> None:
    result = found(text, model)
    assert place in result and result[place].type == "LOC" and not [n for n in result if n.startswith(stray + " ")]


@pytest.mark.parametrize("text, player", [
    ("বিপিএলের ম্যাচ শেষে তাসকিন বলেন, আবার রিশাদও বিগ ব্যাশ খেলছে। তিনি ৩ উইকেট নেন।", "রিশাদ"),
    ("বিপিএলের ম্যাচ শেষে তাসকিন বলেন, মুস্তাফিজের দুর্দান্ত ফর্ম দলকে সাহায্য করবে। তিনি ৩ উইকেট নেন।", "মুস্তাফিজ"),
    ("ফিজ (মোস্তাফিজ) যা শিখছে, তা বিপিএলে কাজে লাগবে। ম্যাচে ৩ উইকেট নেন তিনি।", "মোস্তাফিজ"),
])
def test_a_players_given_name_alone_in_a_sports_report_is_a_person(model: NerModel, text: str, player: str) -> None:
    result = found(text, model)
    assert player in result and result[player].type == "PERSON"


@pytest.mark.parametrize("text, word", [
    ("নিজের অভিষেক ম্যাচে তিনি ৩ উইকেট নেন, বিপিএলে এটাই প্রথম।", "অভিষেক"),  # a debut, not Abhishek
    ("মোহাম্মদ সালাহ ৫ কোটি এবং সাদিও মানে ৫ কোটি ডলার আয় করেছেন। ফুটবল ম্যাচে গোল করে তারা আলোচনায়।", "সাদিও"),
])
def test_a_players_given_name_that_is_a_word_or_opens_a_full_name_is_no_lone_player(
        model: NerModel, text: str, word: str) -> None:
    assert word not in found(text, model)


@pytest.mark.parametrize("text, person", [
    ("রেনেগেডসের হয়ে ওলিভার প্যাক ২২ বলে ২৯ রান করেন।", "ওলিভার প্যাক"),
    ("কিন্তু উইলসন ওডোবার্টের শট ফিরে আসে পোস্টে লেগে।", "উইলসন ওডোবার্ট"),
    ("এছাড়া অউব্রে মোডিবার আত্মঘাতী গোল থেকেও লাভবান হয় দলটি।", "অউব্রে মোডিবার"),
])
def test_foreign_given_names_the_lists_lacked_open_a_person(model: NerModel, text: str, person: str) -> None:
    result = found(text, model)
    assert person in result and result[person].type == "PERSON"


@pytest.mark.parametrize("text, companies", [
    ("এছাড়া ডিএসইতে লেনদেনের দিক থেকে শীর্ষ ১০ প্রতিষ্ঠানের তালিকায় রয়েছে- রহিমা ফুড, সিমটেক্স ইন্ডাস্ট্রিজ, "
     "স্কয়ার ফার্মাসিউটিক্যালস, উত্তরা ব্যাংক, বাংলাদেশ শিপিং কর্পোরেশন, সায়হান কটন এবং ফাইন ফুডস।",
     ["রহিমা ফুড", "সায়হান কটন"]),
    ("শীর্ষ ১০ প্রতিষ্ঠানের তালিকায় রয়েছে- সায়হান কটন, উত্তরা ব্যাংক, সিমটেক্স ইন্ডাস্ট্রিজ, ন্যাশনাল লাইফ "
     "ইন্স্যুরেন্স, ১০ বছর মেয়াদি একটি সরকারি ট্রেজারি বন্ড, ওরিয়ন ইনফিউশন এবং স্কয়ার ফার্মাসিউটিক্যালস।",
     ["সায়হান কটন", "ওরিয়ন ইনফিউশন"]),
])
def test_an_item_of_a_list_of_companies_is_a_company(model: NerModel, text: str, companies: list[str]) -> None:
    result = found(text, model)
    assert all(c in result and result[c].type == "ORG" for c in companies)


@pytest.mark.parametrize("text", [
    "সভায় বাংলাদেশ ব্যাংক, সোনালী ব্যাংক এবং সাধারণ গ্রাহকরা অংশ নেন।",
    "বিনিয়োগের সম্ভাবনা আছে আইটি ও ডিজিটাল সেবা, লজিস্টিকস ও সাপ্লাই চেইন, ইলেকট্রনিক্স ও অটোমোটিভ যন্ত্রাংশে।",
])
def test_ordinary_items_beside_organisations_stay_no_names(model: NerModel, text: str) -> None:
    result = found(text, model)
    assert not [n for n in result if n.startswith(("সাধারণ", "সাপ্লাই", "ডিজিটাল"))]


@pytest.mark.parametrize("text, index", [
    ("অপর পুঁজিবাজার সিএসইর সার্বিক মূল্যসূচক সিএএসপিআই কমেছে ৩৫ পয়েন্ট।", "সিএএসপিআই"),
    ("ডিএসইর প্রধান মূল্যসূচক ডিএসইএক্স আগের দিনের তুলনায় ৭ পয়েন্ট কমেছে।", "ডিএসইএক্স"),
])
def test_a_stock_index_is_no_organisation(model: NerModel, text: str, index: str) -> None:
    assert index not in found(text, model)


@pytest.mark.parametrize("text, unit", [
    ("জাহাঙ্গীরনগর বিশ্ববিদ্যালয়ের সরকার ও রাজনীতি বিভাগের অধ্যাপক কে এম মহিউদ্দিন বলেন, ছোট দলগুলো হারিয়ে যেতে পারে।",
     "সরকার ও রাজনীতি বিভাগ"),
    ("সোমবার বাংলাদেশ ব্যাংকের বৈদেশিক মুদ্রা ও নীতি বিভাগ এ সংক্রান্ত সার্কুলার জারি করে।", "বৈদেশিক মুদ্রা ও নীতি বিভাগ"),
    ("হাসপাতালে রোগী বাড়ছে। প্রতিবন্ধী সেবা ও সাহায্য কেন্দ্রের কর্মকর্তা এ তথ্য জানান।", "প্রতিবন্ধী সেবা ও সাহায্য কেন্দ্র"),
])
def test_a_unit_named_by_two_fields_joined_by_o_is_one_organisation(model: NerModel, text: str, unit: str) -> None:
    result = found(text, model)
    assert unit in result and result[unit].type == "ORG"


@pytest.mark.parametrize("text", [
    "বিয়ে ও উৎসব কেন্দ্র করে নানা আয়োজন হয়।",  # centring on, no centre
    "ঢাকায় শিক্ষা ও স্বাস্থ্য বিভাগের কর্মকর্তারা বৈঠক করেন।",  # no parent, no sentence start: where would it begin?
])
def test_two_fields_before_a_head_without_a_parent_or_as_centring_on_are_no_unit(model: NerModel, text: str) -> None:
    assert not [n for n in found(text, model) if " ও " in n]


@pytest.mark.parametrize("text", [
    "ভারতের প্রভাব দক্ষিণ এশিয়াতেই সীমাবদ্ধ।",
    "ভারতের প্রভাব দক্ষিণ এশিয়াতে সীমাবদ্ধ।",
])
def test_a_place_of_several_words_with_two_endings_is_found_whole(model: NerModel, text: str) -> None:
    result = found(text, model)
    assert "দক্ষিণ এশিয়া" in result and "এশিয়া" not in result


def test_a_given_name_the_lists_lacked_joins_the_surname_the_tagger_found(model: NerModel) -> None:
    result = found("টুঙ্গিপাড়ার একজন চা দোকানদার খুরশিদ আলম বলেন, আওয়ামী লীগের কেউ দোষ করলে তাকে সাজা দিক।", model)
    assert "খুরশিদ আলম" in result and "আলম" not in result


@pytest.mark.parametrize("text, words", [
    ("যাই হোক, ভেতরে ঢুকে বিজনেস লাউঞ্জে বসার সিট পাওয়া গেল না।", "বিজনেস লাউঞ্জে"),
    ("ঠিক সে সময় পাইলট ঘোষণা দিলেন, কেবিন ক্রুরা সতর্ক থাকুন- আমরা নামতে যাচ্ছি।", "কেবিন ক্রুরা"),
    ("বাংলাদেশের বিনিয়োগ বান্ধবতার জন্য এটা গুরুত্বপূর্ণ; বিনিয়োগকারীদের জন্য একটা কনফিডেন্স বুস্টার।", "কনফিডেন্স বুস্টার"),
    ("নিজস্ব ফুটবল মাঠ, সুইমিং পুল ও জাকুজিসহ এই বাড়িতেই তিনি কোভিড মহামারির বড় একটি সময় কাটান।", "সুইমিং পুল"),
    ("বিবিসি'র সাংবাদিক কেন্দ্রটির প্রিজাইডিং অফিসারের কক্ষে গিয়েও ব্যালট ভর্তি বাক্স দেখতে পান।", "কেন্দ্রটির প্রিজাইডিং"),
    ("কবিতার উচ্চারণ, সুরের মূর্ছনা আর কণ্ঠাভিনয়ের শক্তিতে ঢাকার মঞ্চে ফিরে এলো বেগম রোকেয়ার স্বপ্ন।", "সুরের মূর্ছনা"),
])
def test_loanwords_or_a_genitive_noun_before_a_word_are_no_person(model: NerModel, text: str, words: str) -> None:
    result = found(text, model)
    assert not [n for n in result if words.split()[-1] in n or words.split()[0] in n]


@pytest.mark.parametrize("text, person", [
    ("আসিফ আলী, আমের জামাল ও হাসান নাওয়াজের সঙ্গে চুক্তি করেছে চট্টগ্রাম।", "আমের জামাল"),
    ("শেষ ওভারে জাকের আলী দুটি ছক্কা মারেন।", "জাকের আলী"),
])
def test_a_given_name_in_er_stays_a_person(model: NerModel, text: str, person: str) -> None:
    result = found(text, model)
    assert person in result and result[person].type == "PERSON"


@pytest.mark.parametrize("text, hall", [
    ("ঢাকা বিশ্ববিদ্যালয়ের বেগম খালেদা জিয়া হলের ছাত্রীরা বিক্ষোভ করেন।", "বেগম খালেদা জিয়া হল"),
    ("এরপর শেখ হাসিনা হলের সামনে সমাবেশ হয়।", "শেখ হাসিনা হল"),
    ("শিক্ষার্থীরা জানায়, শেখ হাসিনা হলে আগুন লাগে।", "শেখ হাসিনা হল"),
    ("বিজিবি সদর দপ্তরের শহীদ শাকিল আহমেদ হলের সামনে সমাবেশ হয়।", "শহীদ শাকিল আহমেদ হল"),
])
def test_a_hall_named_after_a_person_is_a_place(model: NerModel, text: str, hall: str) -> None:
    result = found(text, model)
    assert hall in result and result[hall].type == "LOC"


@pytest.mark.parametrize("text, name", [
    ("৩। বেগম খালেদা জিয়া বালিকা উচ্চ বিদ্যালয়, ভজনপুর, তেঁতুলিয়া, পঞ্চগড়",
     "বেগম খালেদা জিয়া বালিকা উচ্চ বিদ্যালয়"),
    ("বগুড়ার শহীদ জিয়াউর রহমান মেডিকেল কলেজ হাসপাতালে তাকে ভর্তি করা হয়।",
     "শহীদ জিয়াউর রহমান মেডিকেল কলেজ হাসপাতাল"),
    ("ঢাকার মওলানা ভাসানী হকি স্টেডিয়ামে খেলা হবে।", "মওলানা ভাসানী হকি স্টেডিয়াম"),
])
def test_a_body_named_after_a_person_keeps_the_honorific(model: NerModel, text: str, name: str) -> None:
    # the honorific is part of the institution's name as written, though not of the person's
    assert name in found(text, model)


def test_a_person_still_loses_the_honorific(model: NerModel) -> None:
    result = found("বিএনপি চেয়ারপারসন বেগম খালেদা জিয়ার নামে হল হয়েছে।", model)
    assert "খালেদা জিয়া" in result and result["খালেদা জিয়া"].type == "PERSON"


@pytest.mark.parametrize("text, person", [
    ("পরে খালেদা জিয়া প্রধানমন্ত্রী হলে দেশে ফেরেন।", "খালেদা জিয়া"),
    ("শেখ হাসিনা হলে এমন হতো না।", "শেখ হাসিনা"),  # "had it been Sheikh Hasina": the verb
])
def test_a_person_before_the_verb_hole_stays_a_person(model: NerModel, text: str, person: str) -> None:
    result = found(text, model)
    assert person in result and result[person].type == "PERSON"


def test_a_nickname_in_the_accusative_ends_a_listed_name(model: NerModel) -> None:
    result = found("শরিফুল ইসলাম হ্যাটট্রিক করেন খুশদিল শাহ, রোস্টন চেজ ও মুকিদুল ইসলাম অঙ্কনকে ফিরিয়ে।", model)
    assert "মুকিদুল ইসলাম অঙ্কন" in result and "মুকিদুল ইসলাম" not in result


def test_a_place_in_the_accusative_after_a_listed_name_is_no_nickname(model: NerModel) -> None:
    result = found("খুশদিল শাহ ও শরিফুল ইসলাম ভারতকে হারান।", model)
    assert "শরিফুল ইসলাম" in result and result["ভারত"].type == "LOC"


@pytest.mark.parametrize("text, thing", [
    ("সঙ্গে ইতালীয় শিল্পকর্মের মতো গাড়ি— ফেরারি এফ১২ টিডিএফ, লাফেরারি, মনজা এসপি১ এবং একাধিক ল্যাম্বরগিনি।", "মনজা এসপি১"),
])
def test_a_name_with_a_models_number_is_no_person(model: NerModel, text: str, thing: str) -> None:
    result = found(text, model)
    assert not [n for n, e in result.items() if thing.split()[0] in n and e.type == "PERSON"]


def test_a_number_after_a_players_name_leaves_the_person(model: NerModel) -> None:
    result = found("রিশাদ হোসেন ২২ বলে ২৯ রান করেন।", model)
    assert "রিশাদ হোসেন" in result and result["রিশাদ হোসেন"].type == "PERSON"


@pytest.mark.parametrize("names, text, expected", [
    # the whole outlet the person spoke to, in the tagger's name
    ({"রুহুল আমীন মল্লিক জাগো নিউজকে": "PER"}, "যুগ্ম পরিচালক রুহুল আমীন মল্লিক জাগো নিউজকে বলেন, কুয়াশা পড়েছে।",
     {"রুহুল আমীন মল্লিক": "PERSON", "জাগো নিউজ": "ORG"}),
])
def test_a_known_outlet_after_a_name_is_no_part_of_it(names: dict[str, str], text: str,
                                                      expected: dict[str, str]) -> None:
    assert {n: e.type for n, e in found(text, scripted(names)).items()} == expected


def test_a_known_outlet_ends_the_name_a_scholars_style_opens(model: NerModel) -> None:
    result = found("শিক্ষক মুফতি আতাউল্লাহ। মুফতি আতাউল্লাহ জাগো নিউজকে বলেন, খবর শুনে কষ্ট পেয়েছি।", model)
    assert {n: e.type for n, e in result.items()} == {"আতাউল্লাহ": "PERSON", "জাগো নিউজ": "ORG"}


@pytest.mark.parametrize("names, text, name", [
    ({"অর্চি অতন্দ্রিলার মৃত্যুতে": "PER"}, "সাবেক প্রধানমন্ত্রী বেগম অর্চি অতন্দ্রিলার মৃত্যুতে শোক জানানো হয়।",
     "অর্চি অতন্দ্রিলার"),
    ({}, "বিএনপি চেয়ারপারসন বেগম আগা শাহির মৃত্যুতে রাষ্ট্রীয় শোক পালিত হবে।", "আগা শাহির"),
])
def test_a_noun_with_its_own_case_ending_after_a_genitive_name_is_no_part_of_it(
        names: dict[str, str], text: str, name: str) -> None:
    result = found(text, scripted(names))
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("বেগম থিসারা পেরেরার মৃত্যুতে রাজনীতিতে শূন্যতা তৈরি হয়েছে।", "থিসারা পেরেরা"),
    ("তার পিতামহ হাজী রাজেশ বড়ুয়া এবং মাতামহ তোয়াবুর রহমান।", "রাজেশ বড়ুয়া"),
    ("ইতোমধ্যে আপনারা শুনেছেন ডক্টর রিচার্লিসনের ঘোষণা।", "রিচার্লিসন"),
])
def test_an_honorific_with_no_title_before_it_opens_a_name(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, expected", [
    # বেগম after a given name is the surname
    ("মামলার আসামিরা হলেন কোয়েল বেগম এবং রহিমা বেগম।", set()),
    ("সুমাইয়া বেগম আনোয়ারা গ্রামে থাকেন।", set()),
    # a style with no name after it
    ("গ্রামের মাওলানা সাহেবরা উপস্থিত ছিলেন।", set()),
])
def test_guard_an_honorific_after_a_name_or_before_none_opens_nothing(text: str, expected: set[str]) -> None:
    assert {n for n, e in found(text).items() if e.type == "PERSON"} == expected


@pytest.mark.parametrize("names, text, expected", [
    # a post's second word or a role the title list lacked, run into the tagger's name
    ({"ডিরেক্টর আহমদ আব্দুল কাদের": "PER"}, "চট্টগ্রাম দলের টিম ডিরেক্টর আহমদ আব্দুল কাদের জানিয়েছেন, সব ঠিক আছে।",
     {"চট্টগ্রাম": "LOC", "আহমদ আব্দুল কাদের": "PERSON"}),
    ({"এক্সিকিউটিভ নবী উল্লাহ নবী": "PER"}, "প্রতিষ্ঠানটির চিফ এক্সিকিউটিভ নবী উল্লাহ নবী। মামলায় অভিযোগ আনা হয়।",
     {"নবী উল্লাহ নবী": "PERSON"}),
    ({"হোতা ওমর ফারুক স্বাধীনের": "PER"}, "গ্রেফতারকৃতরা হলো ঘটনার মূল হোতা ওমর ফারুক স্বাধীনের বাবা।",
     {"ওমর ফারুক স্বাধীন": "PERSON"}),
])
def test_a_role_before_the_taggers_name_is_no_part_of_it(names: dict[str, str], text: str,
                                                         expected: dict[str, str]) -> None:
    assert {n: e.type for n, e in found(text, scripted(names)).items()} == expected


@pytest.mark.parametrize("text, name", [
    ("ধানমন্ডি জোনের সহকারী পুলিশ কমিশনার (এসি) লিয়াকত আলি খান বলেন, আমরা খবর পেয়েছি।", "লিয়াকত আলি খান"),
    ("পুলিশ মহাপরিদর্শক (আইজিপি) গৌরব রায় এবং রাজস্ব বোর্ডের চেয়ারম্যান উপস্থিত ছিলেন।", "গৌরব রায়"),
    ("স্বরাষ্ট্র উপদেষ্টা লেফটেন্যান্ট জেনারেল (অব.) শুভাগত হোম চৌধুরি। সোমবার অনুষ্ঠান হয়।", "শুভাগত হোম চৌধুরি"),
])
def test_a_posts_acronym_or_retired_in_brackets_after_a_title_comes_before_the_name(model: NerModel, text: str,
                                                                                     name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("names, text, expected", [
    ({"করিম মুগ্ধ": "PER"}, "ঋণ নেওয়া হয়েছে, ব্যবসায়িক সহযোগী সাঈদ করিম মুগ্ধ ওই ঋণের সিগনেটরি।",
     {"সাঈদ করিম মুগ্ধ": "PERSON"}),
    ({"আলি খান": "PER"}, "সহকারী পুলিশ কমিশনার (এসি) লিয়াকত আলি খান বলেন, আমরা খবর পেয়েছি।", {"লিয়াকত আলি খান": "PERSON"}),
])
def test_a_name_word_between_a_title_and_the_taggers_name_opens_it(names: dict[str, str], text: str,
                                                                   expected: dict[str, str]) -> None:
    assert {n: e.type for n, e in found(text, scripted(names)).items()} == expected


@pytest.mark.parametrize("names, text, expected", [
    # a scholar's epithet and a Persian epithet before the tagger's name stay out of it
    ({"সাজেদুর রহমান": "PER"}, "সংগঠনের মহাসচিব আল্লামা সাজেদুর রহমান বলেন।", {"সাজেদুর রহমান": "PERSON"}),
    ({"আজম মুহাম্মদ আলী জিন্নাহর": "PER"}, "পাকিস্তান প্রতিষ্ঠাতা কায়েদে আজম মুহাম্মদ আলী জিন্নাহর কাছে জানতে চাওয়া হলো।",
     {"পাকিস্তান": "LOC", "আজম মুহাম্মদ আলী জিন্নাহ": "PERSON"}),
])
def test_guard_an_epithet_between_a_title_and_the_taggers_name_stays_out(names: dict[str, str], text: str,
                                                                         expected: dict[str, str]) -> None:
    assert {n: e.type for n, e in found(text, scripted(names)).items()} == expected


_CANDIDATES = {"নাহিদ ইসলাম": "PER", "জাভেদ রাসিন": "PER", "সারজিস আলম": "PER", "পুরুষত্তোম ক্যাটেল": "ORG"}


@pytest.mark.parametrize("text, name", [
    ("সম্ভাব্য প্রার্থীরা হলেন নাহিদ ইসলাম ঢাকা-১১, পুরুষত্তোম ক্যাটেল ঢাকা-৯, জাভেদ রাসিন ঢাকা-১৯, "
     "সারজিস আলম পঞ্চগড়-১।", "পুরুষত্তোম ক্যাটেল"),
    ("সম্ভাব্য প্রার্থীরা হলেন নাহিদ ইসলাম ঢাকা-১১, জাভেদ রাসিন ঢাকা-৯, আন্দ্রে রাসেল ঢাকা-১৯, "
     "সারজিস আলম পঞ্চগড়-১।", "আন্দ্রে রাসেল"),
    ("সম্ভাব্য প্রার্থীরা হলেন নাহিদ ইসলাম ঢাকা-১১, জাভেদ রাসিন ঢাকা-৯, বাসুদেব ব্যানার্জী নোয়াখালী এবং "
     "সারজিস আলম পঞ্চগড়-১।", "বাসুদেব ব্যানার্জী"),
])
def test_a_candidate_before_a_seat_in_a_list_of_candidates_is_a_person(text: str, name: str) -> None:
    result = found(text, scripted(_CANDIDATES))
    assert name in result and result[name].type == "PERSON"


def test_guard_a_name_before_a_district_outside_a_list_of_candidates_keeps_its_type() -> None:
    result = found("পুরুষত্তোম ক্যাটেল ঢাকা-৯ আসনে প্রার্থী হয়েছেন।", scripted(_CANDIDATES))
    assert result["পুরুষত্তোম ক্যাটেল"].type == "ORG"


@pytest.mark.parametrize("text, name", [
    ("এলডিপির মহাসচিব মফিজুর রহমানও দল ছেড়ে বিএনপিতে যোগ দেন।", "মফিজুর রহমান"),
    ("সংগঠনের সভাপতি আতিকুর রহমান বলেন, কাজ চলছে।", "আতিকুর রহমান"),
])
def test_an_ur_given_name_after_a_title_is_no_genitive_before_its_surname(text: str, name: str) -> None:
    result = found(text)
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("names, text, expected", [
    ({"শেখ পুত্তি": "ORG"}, "শেখ পুত্তি সরকারের পতনের পর আইনে পরিবর্তন আনা হয়।", {"শেখ পুত্তি": "PERSON"}),
    # guard: an organisation's head word keeps it an organisation
    ({"শেখ জামাল ক্লাব": "ORG"}, "শেখ জামাল ক্লাব শিরোপা জিতেছে।", {"শেখ জামাল ক্লাব": "ORG"}),
])
def test_a_name_prefix_and_name_words_the_tagger_typed_an_organisation_are_a_person(
        names: dict[str, str], text: str, expected: dict[str, str]) -> None:
    assert {n: e.type for n, e in found(text, scripted(names)).items()} == expected


@pytest.mark.parametrize("names, text, expected", [
    ({"ব্রিজিত বার্দো খেলবেন": "PER"}, "ইংলিশ ক্রিকেটার ব্রিজিত বার্দো খেলবেন সিলেটের হয়ে।",
     {"ব্রিজিত বার্দো": "PERSON", "সিলেট": "LOC"}),
    # guard: a name in -বেন the vocabulary has no verb forms of
    ({"রায়হান রুবেন": "PER"}, "পরে রায়হান রুবেন গোল করেন।", {"রায়হান রুবেন": "PERSON"}),
])
def test_a_verb_in_the_future_ends_the_name_before_it(names: dict[str, str], text: str,
                                                      expected: dict[str, str]) -> None:
    assert {n: e.type for n, e in found(text, scripted(names)).items()} == expected


@pytest.mark.parametrize("names, text, name", [
    ({"তানজিদ উল তামিম": "ORG"}, "আহতরা হলেন জাকির হোসেন (৩০), তানজিদ উল তামিম (১৭) ও রানা (২৯)।", "তানজিদ উল তামিম"),
    ({"পুরুষত্তোম আল ক্যাটেল": "ORG"}, "পুরুষত্তোম আল ক্যাটেল, আসিফ মাহমুদ ও মুশফিকুর রহিমের অর্জন।",
     "পুরুষত্তোম আল ক্যাটেল"),
])
def test_two_name_words_joined_by_an_arabic_link_are_a_person(names: dict[str, str], text: str, name: str) -> None:
    result = found(text, scripted(names))
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, expected", [
    ("বিশেষ করে বিভিন্ন সময়ে আহ্বায়ক (সঞ্জয় চিসিম) মহোদয় থেকে শুরু করে সবাই।", {"সঞ্জয় চিসিম"}),
    # guard: a post's department in brackets is no name
    ("মন্ত্রণালয়ের অতিরিক্ত সচিব (প্রশাসন ও অর্থ) বৈঠকে ছিলেন।", set()),
])
def test_a_name_in_brackets_after_a_title_is_its_holder(text: str, expected: set[str]) -> None:
    assert {n for n, e in found(text).items() if e.type == "PERSON"} == expected


@pytest.mark.parametrize("names, text, expected", [
    ({"আমেনা": "PER"}, "জোট বেঁধেছে এনসিপি ও কর্নেল (অব.) আমেনা মহসীনের দল।",
     {"এনসিপি": "ORG", "আমেনা মহসীন": "PERSON"}),
    # guard: a name the article writes alone elsewhere is a person of its own
    ({"শেখ আফিদা": "PER"}, "সভানেত্রী শেখ আফিদা তানজিদের অধীনে নির্বাচনে অংশ নেন। পরে তানজিদের পতন হয়।",
     {"শেখ আফিদা": "PERSON"}),
])
def test_an_unknown_surname_in_the_genitive_after_the_name_a_title_opens_belongs_to_it(
        names: dict[str, str], text: str, expected: dict[str, str]) -> None:
    assert {n: e.type for n, e in found(text, scripted(names)).items()} == expected


# ------------------------------------------------------------------ rules re-tuned to the renamed-copies tagger

@pytest.mark.parametrize("text, phrase, wrong", [
    ("ওয়াশিংটন উত্তরকে রাশিয়াকে অস্ত্র না দেওয়ার আহ্বান জানিয়েছে।", "উত্তরকে রাশিয়াকে", "উত্তরকে রাশিয়া"),
    ("বৈঠকে তারা দক্ষিণকে চীনকে ছাড় না দিতে বলেন।", "দক্ষিণকে চীনকে", "দক্ষিণকে চীন"),
])
def test_a_word_in_the_accusative_ends_a_place_name(text: str, phrase: str, wrong: str) -> None:
    assert wrong not in found(text, scripted({phrase: "LOC"}))


@pytest.mark.parametrize("text, word", [
    ("মরহুমের রুহের মাগফিরাত কামনা করা হয়।", "মরহুমের"),
    ("জানাজা শেষে মরহুমকে দাফন করা হয়।", "মরহুমকে"),
])
def test_an_honorific_alone_is_no_person(text: str, word: str) -> None:
    assert not found(text, scripted({word: "PER"}))


@pytest.mark.parametrize("text, river", [
    ("বর্ষায় তিস্তা নদীর পানি বেড়েছে।", "তিস্তা"),
    ("সন্ধ্যায় যমুনা নদীতে নৌকাডুবি হয়।", "যমুনা"),
])
def test_a_river_the_tagger_typed_an_organisation_is_a_river(text: str, river: str) -> None:
    result = found(text, scripted({river: "ORG"}))
    assert result[f"{river} নদী"].type == "LOC" and river not in result


@pytest.mark.parametrize("text, place", [
    ("খুলনার দৌলতপুর এলাকায় সড়ক অবরোধ করা হয়।", "দৌলতপুর"),
    ("খুলনার দৌলতপুর বাজারে আগুন লাগে।", "দৌলতপুর বাজার"),
])
def test_an_upazila_that_is_also_a_word_is_a_place_before_what_kind_of_place_it_is(text: str, place: str) -> None:
    result = found(text, scripted({"খুলনার": "LOC"}))
    assert place in result and result[place].type == "LOC"


@pytest.mark.parametrize("text, market", [
    ("সকালে পাটগাতি বাজারে ক্রেতাদের ভিড় ছিল।", "পাটগাতি বাজার"),
    ("ব্যবসায়ীরা জানান, পাটগাতি বাজারের দোকানগুলো বন্ধ ছিল।", "পাটগাতি বাজার"),
])
def test_a_village_the_tagger_missed_names_its_market(text: str, market: str) -> None:
    result = found(text)
    assert market in result and result[market].type == "LOC"


@pytest.mark.parametrize("text, unit", [
    ("ঢাকা মহানগর উত্তর যুবদলের সভাপতি বক্তব্য দেন।", "ঢাকা মহানগর উত্তর যুবদল"),
    ("সমাবেশে ঢাকা মহানগর দক্ষিণ ছাত্রদলের নেতারা ছিলেন।", "ঢাকা মহানগর দক্ষিণ ছাত্রদল"),
])
def test_a_party_wing_of_a_city_half_is_one_organisation(text: str, unit: str) -> None:
    result = found(text, scripted({"ঢাকা মহানগর": "LOC"}))
    assert unit in result and result[unit].type == "ORG"


@pytest.mark.parametrize("text, tagged, parent, unit", [
    ("সোমবার বাংলাদেশ ব্যাংকের বৈদেশিক মুদ্রা ও নীতি বিভাগ নির্দেশনা দেয়।", "বাংলাদেশ ব্যাংকের বৈদেশিক মুদ্রা",
     "বাংলাদেশ ব্যাংক", "বৈদেশিক মুদ্রা ও নীতি বিভাগ"),
    ("গতকাল বাংলাদেশ ব্যাংকের ব্যাংকিং প্রবিধি ও নীতি বিভাগ প্রজ্ঞাপন জারি করে।", "বাংলাদেশ ব্যাংকের ব্যাংকিং প্রবিধি",
     "বাংলাদেশ ব্যাংক", "ব্যাংকিং প্রবিধি ও নীতি বিভাগ"),
])
def test_a_parent_the_tagger_ran_into_the_first_field_is_cut_at_its_genitive(
        text: str, tagged: str, parent: str, unit: str) -> None:
    result = found(text, scripted({tagged: "ORG"}))
    assert result[unit].type == "ORG" and result[parent].type == "ORG" and tagged not in result


@pytest.mark.parametrize("text, person, mentions", [
    ("নেপোলিয়ন বোনাপার্ট যুদ্ধে হারেন। লেখক তাঁর বই 'দ্য লাইফ অব নেপোলিয়ন বোনাপার্ট'-এ লিখেছেন সে কথা।",
     "নেপোলিয়ন বোনাপার্ট", 1),
    ("আকবর দিল্লি শাসন করেন। তাঁর ‘দ্য স্টোরি অব আকবর’ বইটি জনপ্রিয় হয়।", "আকবর", 1),
])
def test_a_name_that_closes_a_quoted_title_is_no_mention(text: str, person: str, mentions: int) -> None:
    tagger = scripted({person: "PER"})
    assert len(found(text, tagger)[person].mentions) == mentions


@pytest.mark.parametrize("text, tagged, name", [
    ("তৃতীয় উইকেটে রাকিবুল গড়েন ৭০ রানের জুটি।", "রাকিবুল গড়েন", "রাকিবুল"),
    ("শেষ দিকে মুমিনুল ধরেন দলের হাল।", "মুমিনুল ধরেন", "মুমিনুল"),
])
def test_a_verb_after_a_name_is_not_its_last_word(text: str, tagged: str, name: str) -> None:
    result = found(text, scripted({tagged: "PER"}))
    assert name in result and tagged not in result


@pytest.mark.parametrize("text, tagged, name", [
    ("অধিনায়ক তামিম ইকবালও হাল ধরতে পারেননি।", "তামিম ইকবালও হাল", "তামিম ইকবাল"),
    ("পরে সাকিবও মাঠ ছাড়েন।", "সাকিবও মাঠ", "সাকিব"),
])
def test_a_name_with_the_emphatic_o_ends_there(text: str, tagged: str, name: str) -> None:
    result = found(text, scripted({tagged: "PER"}))
    assert name in result and tagged not in result


@pytest.mark.parametrize("text, tagged, name", [
    ("আর্জেন্টিনার কিংবদন্তি দিয়েগো মারাদোনা বিশ্বকাপ জেতেন।", "কিংবদন্তি দিয়েগো মারাদোনা", "দিয়েগো মারাদোনা"),
    ("ক্রিকেটের কিংবদন্তী শচীন টেন্ডুলকার অবসর নেন।", "কিংবদন্তী শচীন টেন্ডুলকার", "শচীন টেন্ডুলকার"),
    ("আদালতে সিনিয়র উকিল রমেশ চন্দ্র দাস শুনানি করেন।", "সিনিয়র উকিল রমেশ চন্দ্র দাস", "রমেশ চন্দ্র দাস"),
])
def test_a_legend_or_a_lawyer_is_a_title_before_the_name(text: str, tagged: str, name: str) -> None:
    result = found(text, scripted({tagged: "PER"}))
    assert name in result and tagged not in result


@pytest.mark.parametrize("text, tagged, people", [
    ("২০০৮ সালে মইনুদ্দিন-ফখরুদ্দীনের সরকার নির্বাচন দেয়।", "মইনুদ্দিন - ফখরুদ্দীনের", {"মইনুদ্দিন", "ফখরুদ্দীন"}),
    ("১৯৮৫ সালে জিয়া-এরশাদের শাসন নিয়ে বই লেখেন তিনি।", "জিয়া - এরশাদের", {"জিয়া", "এরশাদ"}),
    ("সম্মাননা পান শাবানা-আলমগীর।", "শাবানা - আলমগীর", {"শাবানা", "আলমগীর"}),
])
def test_two_names_joined_by_a_hyphen_are_two_people(text: str, tagged: str, people: set[str]) -> None:
    result = found(text, scripted({tagged: "PER"}))
    assert people <= set(result) and all(result[p].type == "PERSON" for p in people)


@pytest.mark.parametrize("text, tagged, name", [
    ("তখন এরশাদ-বিরোধী আন্দোলন চলছিল।", "এরশাদ - বিরোধী", "এরশাদ"),
    ("মিছিলে হাসিনা-বিরোধী স্লোগান দেওয়া হয়।", "হাসিনা - বিরোধী", "হাসিনা"),
])
def test_a_word_hyphenated_to_a_name_is_not_part_of_it(text: str, tagged: str, name: str) -> None:
    result = found(text, scripted({tagged: "PER"}))
    assert name in result and not [n for n in result if "বিরোধী" in n]


@pytest.mark.parametrize("text, word", [
    ("নির্বাচনী প্রচারণা পত্র, বিলবোর্ড বা ফেস্টুনে দলীয় প্রধানের ছবি থাকবে।", "ফেস্টুনে"),
    ("বিয়েতে জামাইয়ের বাড়ি থেকে লোক আসে।", "জামাইয়ের"),
])
def test_an_ordinary_word_in_a_case_form_is_no_organisation(text: str, word: str) -> None:
    assert not found(text, scripted({word: "ORG"}))


@pytest.mark.parametrize("text, tagged, name", [
    ("শুরুতেই মাহফুজুর রহমান রাব্বিকে বোল্ড করেন তিনি।", ["মাহফুজুর রহমান", "রাব্বিকে"], "মাহফুজুর রহমান রাব্বি"),
    ("আরিফুল হক সোহান ও লিটন দাস দ্রুত ফেরেন।", ["আরিফুল হক", "সোহান"], "আরিফুল হক সোহান"),
])
def test_two_person_names_the_tagger_put_side_by_side_are_one(text: str, tagged: list[str], name: str) -> None:
    class Split(ScriptedModel):
        def tag(self, words: list[str]) -> list[str]:
            tags = ["O"] * len(words)
            for phrase in tagged:
                parts = phrase.split()
                for i in range(len(words) - len(parts) + 1):
                    if words[i:i + len(parts)] == parts:
                        tags[i:i + len(parts)] = ["B-PER"] + ["I-PER"] * (len(parts) - 1)
            return tags

    result = found(text, Split(STUB.lexicon, {}))
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("জেলা বিএনপির সভাপতি আব্দুল খালেক মনোনয়নপত্র জমা দেন।", "আব্দুল খালেক"),
    ("পুলিশ আবদুল মতিনকে আটক করেছে।", "আবদুল মতিন"),
])
def test_a_given_name_opener_the_tagger_found_alone_takes_the_next_name_word(text: str, name: str) -> None:
    opener = name.split()[0]
    result = found(text, scripted({opener: "PER"}))
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("সংবাদ সম্মেলনে তার কাকা রহিম উদ্দিন বলেন, ওরা নির্দোষ।", "রহিম উদ্দিন"),
    ("নিহতের খালা রোকেয়া বেগম জানান, সে সকালে বের হয়েছিল।", "রোকেয়া বেগম"),
])
def test_an_uncle_or_aunt_is_a_title_before_the_name(text: str, name: str) -> None:
    kin = text.split(name)[0].split()[-1]
    result = found(text, scripted({f"{kin} {name}": "PER"}))
    assert name in result and not [n for n in result if n.startswith(kin)]


@pytest.mark.parametrize("text, place", [
    ("পরে তিনি চট্টগ্রামের ষোলশহর এলাকায় বসবাস করেন।", "ষোলশহর"),
    ("পরিবারটি দিনাজপুরের মুদিপাড়ায় বাড়ি করে।", "মুদিপাড়া"),
    ("তাকে রাজধানীর শ্যামলীতে একটি বাসায় পাওয়া যায়।", "শ্যামলী"),
])
def test_a_locality_after_its_city_in_the_genitive_is_a_place(text: str, place: str) -> None:
    city = text.split(place)[0].split()[-1]
    result = found(text, scripted({city: "LOC"}) if city != "রাজধানীর" else STUB)
    assert place in result and result[place].type == "LOC"


@pytest.mark.parametrize("text, word", [
    ("তাকে রাজধানীর এভারকেয়ার হাসপাতালে ভর্তি করা হয়।", "এভারকেয়ার"),
    ("ঢাকার বাসায় তিনি একাই থাকেন।", "বাসা"),
])
def test_the_name_of_an_institution_or_an_ordinary_word_after_a_city_is_no_locality(text: str, word: str) -> None:
    result = found(text, scripted({"ঢাকার": "LOC"}))
    assert word not in result


@pytest.mark.parametrize("text, place, organisation", [
    ("হাটহাজারী ফায়ার সার্ভিসের স্টেশন অফিসার জানান, আগুন নিয়ন্ত্রণে এসেছে।", "হাটহাজারী", "ফায়ার সার্ভিসের"),
    ("গাজীপুর ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।", "গাজীপুর", "ফায়ার সার্ভিসের"),
])
def test_a_district_or_upazila_before_an_organisation_names_its_local_branch(
        text: str, place: str, organisation: str) -> None:
    result = found(text, scripted({place: "LOC", organisation: "ORG"}))
    branch = f"{place} {organisation[:-2]}"
    assert branch in result and result[branch].type == "ORG" and place not in result


@pytest.mark.parametrize("text, word", [
    ("তারা উগ্রবাদ ও সন্ত্রাসের বিরুদ্ধে কথা বলেন।", "উগ্রবাদ"),
    ("মন্ত্রণালয় থেকে জারিকৃত প্রজ্ঞাপনে এ কথা বলা হয়।", "জারিকৃত"),
])
def test_an_ism_or_a_participle_is_no_name(text: str, word: str) -> None:
    assert not found(text, scripted({word: "LOC"}))


def test_a_place_in_abad_is_still_a_place() -> None:
    result = found("তিনি ইসলামাবাদে পৌঁছেছেন।", scripted({"ইসলামাবাদে": "LOC"}))
    assert result["ইসলামাবাদ"].type == "LOC"


@pytest.mark.parametrize("text, tagged", [
    ("দলের চেয়ারপার্সন তত্ত্বাবধায়ক সরকারের সময় কারাগারে যান।", "তত্ত্বাবধায়ক"),
    ("সংগঠনের সভাপতি অন্তর্বর্তী সরকারের সমালোচনা করেন।", "অন্তর্বর্তী"),
])
def test_an_ordinary_word_after_a_title_is_no_person(text: str, tagged: str) -> None:
    assert not [e for e in found(text, scripted({tagged: "ORG"})).values() if e.type == "PERSON"]


@pytest.mark.parametrize("text, word", [
    ("ছুটিতে তারা বিদেশ থেকে বেড়াতে আসেন।", "বেড়াতে"),
    ("টাকা ভাঙ্গাতে তিনি ব্যাংকে যান।", "ভাঙ্গাতে"),
])
def test_a_verb_in_ate_is_no_place(text: str, word: str) -> None:
    assert not found(text, scripted({word: "LOC"}))


@pytest.mark.parametrize("text, person, place", [
    ("সন্ধ্যায় শিল্পকলা একাডেমির রফিকুল আলম মিলনায়তনে নাটকটি মঞ্চস্থ হয়।", "রফিকুল আলম", "রফিকুল আলম মিলনায়তন"),
    ("অনুষ্ঠানটি হয় জহির রায়হান মিলনায়তনের মঞ্চে।", "জহির রায়হান", "জহির রায়হান মিলনায়তন"),
])
def test_an_auditorium_named_after_a_person_is_a_place(text: str, person: str, place: str) -> None:
    result = found(text, scripted({person: "PER"}))
    assert place in result and result[place].type == "LOC" and person not in result


@pytest.mark.parametrize("text, tagged, country", [
    ("যুক্তরাজ্য-ভিত্তিক একটি সংস্থা প্রতিবেদনটি প্রকাশ করে।", "যুক্তরাজ্য - ভিত্তিক একটি সংস্থা", "যুক্তরাজ্য"),
    ("জাপান-ভিত্তিক প্রতিষ্ঠান টয়োটা মোটরস কারখানা করবে।", "জাপান - ভিত্তিক প্রতিষ্ঠান টয়োটা মোটরস", "জাপান"),
])
def test_a_country_before_bhittik_is_a_place_whatever_the_tagger_typed_the_phrase(
        text: str, tagged: str, country: str) -> None:
    result = found(text, scripted({tagged: "ORG"}))
    assert result[country].type == "LOC"


@pytest.mark.parametrize("text, word", [
    ("নেতার নির্দেশে প্রকৌশলী কাজ বন্ধ করেন।", "নির্দেশে"),
    ("আদালতের আদেশে ভবনটি সিলগালা করা হয়।", "আদেশে"),
])
def test_an_ordinary_noun_in_a_case_form_is_no_place(text: str, word: str) -> None:
    assert not found(text, scripted({word: "LOC"}))


@pytest.mark.parametrize("text, tagged, name", [
    ("শিক্ষক দেবাশীষ কুমার সরকারের সঙ্গে কথা হয় বাসস্ট্যান্ড এলাকায়।", "দেবাশীষ কুমার", "দেবাশীষ কুমার সরকার"),
    ("গৃহিণী লক্ষ্মী রানী সরকারের বাড়িতে শোক চলছে।", "লক্ষ্মী রানী", "লক্ষ্মী রানী সরকার"),
])
def test_a_name_closed_on_its_middle_name_takes_the_surname_after_it(text: str, tagged: str, name: str) -> None:
    result = found(text, scripted({tagged: "PER"}))
    assert name in result and result[name].type == "PERSON" and tagged not in result


@pytest.mark.parametrize("text, tagged, places", [
    ("এদিকে বাঘার হাবাসপুর সংখ্যালঘু পল্লিতে আগুন লাগে।", "বাঘার হাবাসপুর", ["বাঘা", "হাবাসপুর"]),
    ("উপজেলার দক্ষিণশালন্দার কচুয়াপাড়া গ্রামে হামলা হয়।", "দক্ষিণশালন্দার কচুয়াপাড়া গ্রামে", ["কচুয়াপাড়া"]),
])
def test_a_place_in_the_genitive_before_a_place_inside_it_is_a_place_of_its_own(
        text: str, tagged: str, places: list[str]) -> None:
    result = found(text, scripted({tagged: "LOC"}))
    assert all(result[p].type == "LOC" for p in places) and len([e for e in result.values() if e.type == "LOC"]) == 2


@pytest.mark.parametrize("text, tagged", [
    ("সে উত্তর জয়নগর খাসের হাট গ্রামের সন্তান।", "উত্তর জয়নগর খাসের হাট"),
    ("বর্তমানে শনির আখড়ার একটি বাসায় থাকেন।", "শনির আখড়ার"),
])
def test_a_place_named_with_a_genitive_stays_one_place(text: str, tagged: str) -> None:
    result = found(text, scripted({tagged: "LOC"}))
    assert len([e for e in result.values() if e.type == "LOC"]) == 1


@pytest.mark.parametrize("text, person, place", [
    ("সোহেল রানার চাচা আবু তালেব পাটগ্রাম উপজেলা আওয়ামী লীগের যুগ্ম সম্পাদক।", "আবু তালেব", "পাটগ্রাম"),
    ("তাঁর বোন রাশিদা আক্তার সানিয়াজান ইউনিয়নের ওয়ার্ড মহিলা লীগের সভানেত্রী।", "রাশিদা আক্তার", "সানিয়াজান"),
])
def test_a_persons_name_before_a_known_upazila_or_union_is_no_part_of_it(text: str, person: str, place: str) -> None:
    result = found(text, scripted({person: "PER"}))
    assert result[person].type == "PERSON" and result[place].type == "LOC"


@pytest.mark.parametrize("text, place, stand", [
    ("শিক্ষকের সঙ্গে কথা হয় কুমারগাঁও বাসস্ট্যান্ড এলাকায়।", "কুমারগাঁও", "কুমারগাঁও বাসস্ট্যান্ড"),
    ("সকালে মৃধাবাড়ি বাসস্ট্যান্ডে দুর্ঘটনা ঘটে।", "মৃধাবাড়ি", "মৃধাবাড়ি বাসস্ট্যান্ড"),
])
def test_a_bus_stand_is_named_by_its_place(text: str, place: str, stand: str) -> None:
    result = found(text, scripted({place: "LOC"}))
    assert result[stand].type == "LOC" and place not in result


@pytest.mark.parametrize("text, person, club", [
    ("ফরাশগঞ্জ এসসি, রাজশাহী স্টার্স ও সিরাজ স্মৃতি সংসদ খেলবে।", "সিরাজ", "সিরাজ স্মৃতি সংসদ"),
    ("ফাইনালে জিতেছে রহিম স্মৃতি সংঘ।", "রহিম", "রহিম স্মৃতি সংঘ"),
])
def test_a_memorial_club_is_named_after_the_person_before_smriti(text: str, person: str, club: str) -> None:
    result = found(text, scripted({person: "PER"}))
    assert result[club].type == "ORG" and person not in result


@pytest.mark.parametrize("text", [
    "এপ্রিলে পাস হয় বহুল আলোচিত স্টক এক্সচেঞ্জের মালিকানা থেকে ব্যবস্থাপনা পৃথক্করণের আইন।",
    "এই আইনের ফলে দুই স্টক এক্সচেঞ্জ অলাভজনক প্রতিষ্ঠান থেকে লাভজনক হয়।",
    "সিভিল সোসাইটি এ নিয়ে কথা বলছে।",
])
def test_a_kind_of_institution_without_a_name_before_it_is_no_organisation(text: str) -> None:
    assert not found(text)


def test_a_stock_exchange_with_its_city_is_an_organisation() -> None:
    assert found("প্রধান শেয়ারবাজার ঢাকা স্টক এক্সচেঞ্জে দাম কমেছে।")["ঢাকা স্টক এক্সচেঞ্জ"].type == "ORG"



@pytest.mark.parametrize("text", [
    "গতকাল বুধবার সচিবালয়ে নিজ মন্ত্রণালয়ে আয়োজিত সংবাদ সম্মেলনে তিনি এ কথা বলেন।",
    "মঙ্গলবার (৩০ ডিসেম্বর) সচিবালয়ে সাংবাদিকদের সঙ্গে আলাপকালে তিনি এ কথা বলেন।",
])
def test_the_secretariat_alone_is_a_place(text: str) -> None:
    assert found(text)["সচিবালয়"].type == "LOC"


@pytest.mark.parametrize("text", [
    "প্রধানমন্ত্রীর সচিবালয় সূত্রে এ খবর জানা গেছে।",
    "রাজ্য সরকারের সচিবালয় নবান্নতে কোনো বিক্ষোভ হয়নি।",
])
def test_someones_secretariat_is_not_the_secretariat(text: str) -> None:
    assert "সচিবালয়" not in found(text)


def test_an_organisations_secretariat_is_an_organisation() -> None:
    result = found("নির্বাচন কমিশন সচিবালয় জানায়, ১৪৭টি আসনে ভোট হবে।")
    assert result["নির্বাচন কমিশন সচিবালয়"].type == "ORG"


@pytest.mark.parametrize("text, panel", [
    ("ঢাকা বিশ্ববিদ্যালয়ের বিএনপিপন্থী সাদা দলের শিক্ষকদের ওপর হামলা হয়।", "সাদা দল"),
    ("মানববন্ধনে অংশ নেননি আওয়ামী-বাম সমর্থক নীল দলের শিক্ষকেরা।", "নীল দল"),
])
def test_a_teachers_panel_is_named_by_its_colour(text: str, panel: str) -> None:
    assert found(text)[panel].type == "ORG"


def test_a_coloured_team_outside_teachers_politics_is_no_name() -> None:
    assert "সাদা দল" not in found("অনুশীলন ম্যাচে সাদা দলের হয়ে খেলেন তিনি।")


@pytest.mark.parametrize("text", [
    "স্যান্ড্রা বুলক অভিনীত হলিউডের ছবি গ্র্যাভিটি দেখানো হবে।",
    "এই মুহূর্তে হলিউডের পরিচালকদের কাছে তিনি জনপ্রিয়।",
])
def test_hollywood_is_a_place(text: str) -> None:
    assert found(text)["হলিউড"].type == "LOC"


@pytest.mark.parametrize("text, person", [
    ("মুক্তিযোদ্ধার কোচ দুষেছেন রেফারিকে, এটা দুর্ভাগ্যজনক।", "রেফারি"),
    ("দলের কোচ ডেকেছেন সাকিবকে, জানা গেছে।", "সাকিব"),
])
def test_a_finite_verb_after_a_title_opens_no_name(text: str, person: str) -> None:
    result = found(text, scripted({f"{person}কে": "PER"}))
    assert not any(" " in name and name.endswith(person) for name in result)


@pytest.mark.parametrize("text, day", [
    ("সেদিন ওসমান হাদির গায়ে গুলি লেগেছে।", "সেদিন"),
    ("পরদিন ওসমান হাদির মৃত্যু হয়।", "পরদিন"),
    ("এদিন ওসমান হাদির জানাজা হয়।", "এদিন"),
])
def test_a_day_word_the_tagger_ran_into_a_name_is_cut_off(text: str, day: str) -> None:
    result = found(text, scripted({f"{day} ওসমান হাদির": "PER"}))
    assert "ওসমান হাদি" in result and not any(name.startswith(day) for name in result)


@pytest.mark.parametrize("text, person", [
    ("সমাবেশে বক্তব্য দেন নাট্যজন আতাউর রহমান, মামুনুর রশীদ প্রমুখ।", "আতাউর রহমান"),
    ("উপস্থিত ছিলেন নাট্যব্যক্তিত্ব মামুনুর রশীদ।", "মামুনুর রশীদ"),
])
def test_a_man_of_the_theatre_is_a_role_before_the_name(text: str, person: str) -> None:
    role = text.split(person)[0].split()[-1]
    result = found(text, scripted({f"{role} {person}": "PER"}))
    assert result[person].type == "PERSON" and not any(name.startswith(role) for name in result)


@pytest.mark.parametrize("text, word, kind", [
    ("সরকারের কেন্দ্রীয় সিদ্ধান্ত জানিয়ে দেওয়া হয়েছে।", "কেন্দ্রীয়", "ORG"),
    ("তিনি আন্তর্জাতিক অঙ্গনে পরিচিত মুখ।", "আন্তর্জাতিক", "ORG"),
    ("এ বছর মাধ্যমিক পরীক্ষায় পাসের হার বেড়েছে।", "মাধ্যমিক", "ORG"),
    ("সেখানে আঞ্চলিক সহযোগিতা বাড়ানোর কথা হয়।", "আঞ্চলিক", "LOC"),
])
def test_an_adjective_the_tagger_took_alone_for_a_name_names_nothing(text: str, word: str, kind: str) -> None:
    assert word not in found(text, scripted({word: kind}))


@pytest.mark.parametrize("text, tagged, person", [
    ("ধনকুবের মাইকেল ব্লুমবার্গের দান নিয়ে আলোচনা চলছে।", "মাইকেল ব্লুমবার্গের", "মাইকেল ব্লুমবার্গ"),
    ("সেদিন মাইকেল ব্লুমবার্গ নিজেই প্রচারে নামেন।", "মাইকেল ব্লুমবার্গ", "মাইকেল ব্লুমবার্গ"),
])
def test_a_given_name_before_a_companys_name_is_the_founders_full_name(text: str, tagged: str, person: str) -> None:
    result = found(text, scripted({tagged: "PER"}))
    assert result[person].type == "PERSON" and "ব্লুমবার্গ" not in result


def test_a_companys_name_alone_stays_the_company() -> None:
    result = found("সংবাদ সংস্থা ব্লুমবার্গ এ খবর জানিয়েছে।", scripted({"ব্লুমবার্গ": "ORG"}))
    assert result["ব্লুমবার্গ"].type == "ORG"


def test_the_founders_surname_alone_is_the_founder_too() -> None:
    text = "ধনকুবের মাইকেল ব্লুমবার্গ দান করেছেন। ব্লুমবার্গ বলেন, তিনি আরও দেবেন।"
    result = found(text, scripted({"মাইকেল ব্লুমবার্গ": "PER"}))
    assert "ব্লুমবার্গ" not in result and result["মাইকেল ব্লুমবার্গ"].type == "PERSON"


@pytest.mark.xfail(strict=True, reason="a surname that is also a dictionary word (বাগ, 'garden') after a given name: "
                                       "stop 32's tagger ends the name before it, and no rule takes it back")
def test_a_surname_that_is_also_an_ordinary_word_stays_in_the_name(model: NerModel) -> None:
    result = found("মহকুমা পুলিশ অফিসার তোফান বাগ বিবিসিকে বলেছেন, তিনজন আহত হয়েছেন।", model)
    assert "তোফান বাগ" in result and result["তোফান বাগ"].type == "PERSON"


@pytest.mark.parametrize("text, phrase", [
    ("তাদের দেখা যায় ফিলিপিন্স, নিউ ইয়র্ক এবং মিয়ামিতে ইহুদি ধর্মীয় অনুষ্ঠানে।", "ইহুদি"),
    ("বর্তমানে এ ক্যাটাগরিতে সিংহভাগ মার্কেট শেয়ার নিয়ে ব্র্যান্ডটি এগিয়ে।", "সিংহভাগ"),
])
def test_a_word_in_the_locative_inside_a_tagged_person_makes_it_no_name(model: NerModel, text: str,
                                                                        phrase: str) -> None:
    # "Jews in Miami", "the lion's share in this category": a name has no word in -তে before its last
    assert not any(phrase in name for name in found(text, model))


def test_a_name_ending_in_r_after_a_long_vowel_is_no_genitive(model: NerModel) -> None:
    # বশীর is বশী + র to the dictionary, but names end in -ীর as written: no cut at the genitive
    result = found("এ ছাড়া সহসভাপতি পদে বশীর আহমেদ, যুগ্ম সম্পাদক খুররম জামান নির্বাচিত হন।", model)
    assert "বশীর আহমেদ" in result


# ------------------------------------------------------------------ rules that hold for either tagger's output

@pytest.mark.parametrize("names", [
    {"খুলনা টাইগার্স": "ORG"},  # the old tagger: the team alone
    {"খুলনা টাইগার্স দলের": "ORG"},  # the gazetteer-feature tagger: the team with its "side"
])
def test_a_teams_side_is_left_out_of_the_team_whatever_the_tagger_took(names: dict[str, str]) -> None:
    result = found("ফাইনালে খুলনা টাইগার্স দলের হয়ে সেঞ্চুরি করেন তিনি।", scripted(names))
    assert "খুলনা টাইগার্স দল" not in result
    assert [m.text for m in result["খুলনা টাইগার্স"].mentions] == ["খুলনা টাইগার্স"]


@pytest.mark.parametrize("names", [
    {"বাংলাদেশ ব্যাংক": "ORG"},  # the acronym left untagged
    {"বাংলাদেশ ব্যাংক": "ORG", "বিবি": "ORG"},
])
def test_a_two_letter_acronym_in_brackets_abbreviates_the_organisation_before_it(names: dict[str, str]) -> None:
    result = found("বাংলাদেশ ব্যাংক (বিবি) এতে খুশি। বিবির গভর্নর বলেন।", scripted(names))
    assert [m.text for m in result["বাংলাদেশ ব্যাংক"].mentions][:2] == ["বাংলাদেশ ব্যাংক", "বিবি"]


@pytest.mark.parametrize("text, names, name", [
    ("আহত সাকিব উল হাসান (১৭) হাসপাতালে।", {"সাকিব": "PER", "হাসান": "PER"}, "সাকিব উল হাসান"),
    ("আহত সাকিব উল হাসান (১৭) হাসপাতালে।", {"সাকিব উল হাসান": "PER"}, "সাকিব উল হাসান"),
    ("বৈঠকে ছিলেন হারুন অর রশীদ।", {"হারুন": "PER", "রশীদ": "PER"}, "হারুন অর রশীদ"),
])
def test_a_muslim_names_link_left_out_by_the_tagger_joins_the_name(text: str, names: dict[str, str], name: str) -> None:
    result = found(text, scripted(names))
    assert name in result and result[name].type == "PERSON"
    assert not {"সাকিব", "হাসান", "হারুন", "রশীদ"} & set(result)


@pytest.mark.parametrize("names", [
    {"ইনকিলাব মঞ্চ": "ORG", "শাহবাগ মোড়": "LOC"},
    {"শাহবাগ মোড়": "LOC"},
])
def test_a_place_head_does_not_take_in_the_organisation_before_its_place(names: dict[str, str]) -> None:
    result = found("দুপুর ২টার পর ইনকিলাব মঞ্চ শাহবাগ মোড় বন্ধ করে দেয়।", scripted(names))
    assert result["শাহবাগ মোড়"].type == "LOC"
    assert result["ইনকিলাব মঞ্চ"].type == "ORG"


@pytest.mark.parametrize("names", [
    {"গ্লোবাল সুপার লিগে সেন্ট্রাল স্ট্যাগসের": "ORG"},  # one run over both
    {"গ্লোবাল সুপার লিগে": "ORG", "সেন্ট্রাল স্ট্যাগসের": "ORG"},
])
def test_an_organisations_head_in_the_locative_ends_its_name(names: dict[str, str]) -> None:
    result = found("এ বছর গ্লোবাল সুপার লিগে সেন্ট্রাল স্ট্যাগসের হয়ে খেলেছেন।", scripted(names))
    assert set(result) == {"গ্লোবাল সুপার লিগ", "সেন্ট্রাল স্ট্যাগস"}


@pytest.mark.parametrize("names", [
    {"ঢাকা মহানগর": "ORG", "মুরাদ হোসেন": "PER"},  # the tagger's unit after the title
    {"ঢাকা মহানগর উত্তরের": "LOC", "মুরাদ হোসেন": "PER"},
    {"মুরাদ হোসেন": "PER"},  # the title rule's own reading of the words after it
    {"জেলা": "ORG", "মুরাদ হোসেন": "PER"},
])
def test_a_local_government_unit_after_a_title_is_no_persons_name(names: dict[str, str]) -> None:
    text = "ঢাকা-১৩ আসনে দলের প্রার্থী ঢাকা মহানগর উত্তরের জয়েন্ট সেক্রেটারি মুরাদ হোসেন মনোনয়নপত্র জমা দেন।"
    if "জেলা" in names:
        text = "দলের প্রার্থী জেলা কমিটির সদস্য মুরাদ হোসেন মনোনয়নপত্র জমা দেন।"
    result = found(text, scripted(names))
    assert result["মুরাদ হোসেন"].type == "PERSON"
    assert [n for n, e in result.items() if e.type == "PERSON"] == ["মুরাদ হোসেন"]


def test_a_lone_letter_is_no_entity(model: NerModel) -> None:
    # the case ending a writer hyphenated off a quoted word: the shipped tagger took "র" for a place
    names = found("দলের নেতারা ‘মৃত্যু’-র খবর শুনে শোক জানান। ঢাকায় এ কথা বলেন তিনি।", model)
    assert "র" not in names and "ঢাকা" in names


# ------------------------------------------------------------------ ordinary words taken for names

@pytest.mark.parametrize("text, word", [
    # a noun the genitive before it owns, before a speech verb: the speaker is elsewhere or the whole phrase
    ("তিনি চাকমাদের জনসংখ্যা উল্লেখ করেছেন ‘তিন লাখের মতো’ কিন্তু জনগণনার হিসাব অন্য।", "জনসংখ্যা"),
    ("টেস্ট ক্রিকেটে সবচেয়ে বেশি রান ও সেঞ্চুরির মালিক বলেন, ‘ফিক্সিং বন্ধ করতে হবে।’", "মালিক"),
])
def test_a_noun_owned_by_the_genitive_before_a_speech_verb_is_no_speaker(text: str, word: str) -> None:
    assert not any(word in e.name for e in found(text).values())


def test_a_name_after_a_genitive_before_a_speech_verb_is_still_a_speaker() -> None:
    # a name the spelling dictionary does not know stays the speaker
    assert found("রিয়ালের মদরিচ বলেন, ‘আমরা জিতব।’")["মদরিচ"].type == "PERSON"


@pytest.mark.xfail(strict=True, reason="a bare name after a genitive that the spelling dictionary also knows "
                                       "(লুকা, 'hide') reads as an owned noun; no case of it in the opened sets")
def test_a_dictionary_name_after_a_genitive_is_a_speaker() -> None:
    assert "লুকা" in found("দলের লুকা বলেন, ‘আমরা জিতব।’")


def test_a_gallantry_award_or_brave_alone_names_no_one(model: NerModel) -> None:
    # the shipped tagger took the award after the adviser's title for a name, and বীর then spread to
    # every "বীর মুক্তিযোদ্ধা"
    text = ("দুপুর ১টায় স্বরাষ্ট্র উপদেষ্টা বীর উত্তম খন্দকার ফজলুর রহমান মাল্টিপারপাস শেডে বিজিবি দিবস "
            "উপলক্ষে ভাষণ দেন। তিনি খেতাবপ্রাপ্ত বীর মুক্তিযোদ্ধাদের সংবর্ধনা দেন।")
    names = found(text, model)
    assert not any(n.startswith("বীর") for n in names) and names["খন্দকার ফজলুর রহমান"].type == "PERSON"


@pytest.mark.parametrize("text, word", [
    ("গণজাগরণ মঞ্চের মুখপাত্র দেবাশীষ দেবু, ছাত্র ইউনিয়ন সিলেট জেলার সভাপতি সহিদুজ্জামান বক্তব্য দেন।", "ছাত্র"),
    ("শ্রমিক ইউনিয়নের নেতারা মানববন্ধনে উপস্থিত ছিলেন।", "শ্রমিক"),
])
def test_a_union_of_students_or_workers_is_no_local_government_union(text: str, word: str) -> None:
    assert not any(e.name == word and e.type == "LOC" for e in found(text).values())


@pytest.mark.parametrize("text, place", [
    ("শ্যামনগর উপজেলার গাবুরা ইউনিয়নের চেয়ারম্যান বলেন, বাঁধ ভেঙেছে।", "গাবুরা"),
    ("পাবনার মথুরাপুর ইউনিয়নে ত্রাণ দেওয়া হয়।", "মথুরাপুর"),
])
def test_a_union_of_the_register_stays_a_place(text: str, place: str) -> None:
    assert found(text)[place].type == "LOC"


@pytest.mark.parametrize("text, league", [
    ("দিয়ে এবারের প্রিমিয়ার ফুটবল লিগে অভিষেক হলো তাঁর।", "প্রিমিয়ার ফুটবল লিগ"),
    ("তিনি বলেন, জাতীয় লিগ আমাদের জন্য গুরুত্বপূর্ণ।", "জাতীয় লিগ"),
    ("চলতি মৌসুমে সৌদি পেশাদার লিগে তিনি ১০ গোল করেছেন।", "সৌদি পেশাদার লিগ"),
    ("আল আহলি এবার আফ্রিকান চ্যাম্পিয়নস লিগ জিতেছে।", "আফ্রিকান চ্যাম্পিয়নস লিগ"),
])
def test_a_league_named_by_its_tier_is_an_organisation(text: str, league: str) -> None:
    # ordinary words alone, but the tier (প্রিমিয়ার, জাতীয়, চ্যাম্পিয়নস) names the one league of its country
    assert found(text)[league].type == "ORG"


@pytest.mark.parametrize("text", [
    "তিনি কোনো বড় কোনো টি-টোয়েন্টি লিগেও খেলেননি।",
    "তিনি বিদেশের ফ্র্যাঞ্চাইজি টি-টোয়েন্টি লিগ খেলেন।",
    "মাঠে গড়িয়েছে নারী ফুটবল লিগ।",
])
def test_a_league_described_by_its_sport_or_format_is_no_name(text: str) -> None:
    assert not any("লিগ" in name for name in found(text))


@pytest.mark.parametrize("text, league", [
    ("আইপিএল, বিগ ব্যাশ, এসএ টি-টোয়েন্টি, পিএসএল এবং অন্যান্য টুর্নামেন্টে খেলেছেন তিনি।", "এসএ টি-টোয়েন্টি"),
    ("দক্ষিণ আফ্রিকার এসএ২০-এ খেলেছেন তিনি।", "এসএ২০"),
])
def test_the_south_african_t20_league_is_known_in_its_spellings(text: str, league: str) -> None:
    assert any(league in e.name or league in [m.text for m in e.mentions] for e in found(text).values() if e.type == "ORG")


@pytest.mark.parametrize("text, name", [
    # a nickname after the surname, closing an item of a list: an ordinary word (শিশু, অনন্ত) or none
    ("সাবেক সামরিক কর্মকর্তা নুরুল ইসলাম শিশু এবং একিউএম বদরুদ্দোজা চৌধুরী।", "নুরুল ইসলাম শিশু"),
    ("শৈশব দাস, মো. নাজমুল হক অনন্ত, মুশফিকুর রহমান, মো. রাকিব মিয়া এগিয়ে।", "মো. নাজমুল হক অনন্ত"),
    ("দুই সন্তান তারেক রহমান পিনো ও প্রয়াত আরাফাত রহমান কোকোর জননী খালেদা।", "তারেক রহমান পিনো"),
    ("মো. রাকিব মিয়া ও সাঈদ করিম মুগ্ধ। প্রজ্ঞাপনে বলা হয়।", "সাঈদ করিম মুগ্ধ"),
])
def test_a_nickname_after_the_surname_ends_a_name_in_a_list(model: NerModel, text: str, name: str) -> None:
    result = found(text, model)
    assert name in result and result[name].type == "PERSON"


@pytest.mark.parametrize("text, name", [
    # the sentence's last word may be its verb; a weekday is the next phrase; a name the article
    # writes elsewhere with a case ending (খালেদা জিয়ার) is whole
    ("শৈশব দাস, মো. রাকিব মিয়া এগিয়ে।", "মো. রাকিব মিয়া"),
    ("খালেদা জিয়া মঙ্গলবার ও বুধবার ঢাকায় ছিলেন।", "খালেদা জিয়া"),
    ("খালেদা জিয়ার মামলা চলছে। খালেদা জিয়া দুর্নীতি ও অন্য মামলায় আসামি।", "খালেদা জিয়া"),
])
def test_a_word_after_a_whole_name_stays_out_of_it(model: NerModel, text: str, name: str) -> None:
    assert name in found(text, model)


@pytest.mark.parametrize("text, place", [
    # a lake or a hill is named, like a river, by the one word before the feature's word
    ("১১৬২ সালে বৈকাল হ্রদের পূর্বে অবস্থিত এলাকায় জন্ম।", "বৈকাল হ্রদ"),
    ("চট্টগ্রামের বাটালি হিল এলাকায় মিছিল হয়।", "বাটালি হিল"),
])
def test_a_lake_or_hill_is_named_by_the_word_before_it(model: NerModel, text: str, place: str) -> None:
    result = found(text, model)
    assert place in result and result[place].type == "LOC"


@pytest.mark.parametrize("text", [
    "গ্যাস বিল বেড়েছে।",
    "আমদানির বকেয়া বিল পরিশোধ হয়নি।",
])
def test_a_bill_is_no_wetland(model: NerModel, text: str) -> None:
    assert not any("বিল" in name for name in found(text, model))


@pytest.mark.parametrize("text, name, kind", [
    # a seat of government named only in the locative is the building; as an actor, the organisation
    ("তিনি হোয়াইট হাউসে বৈঠক করেন।", "হোয়াইট হাউস", "LOC"),
    ("হোয়াইট হাউস জানিয়েছে, তিনি হোয়াইট হাউসে আসবেন।", "হোয়াইট হাউস", "ORG"),
    ("ক্রেমলিন জানিয়েছে, আলোচনা হবে।", "ক্রেমলিন", "ORG"),
])
def test_a_seat_of_government_met_in_is_a_place(model: NerModel, text: str, name: str, kind: str) -> None:
    assert found(text, model)[name].type == kind
