"""Direct and reported speech with speakers (core/quotes/): one parametrised case per construction.

Each case is (text, expected); `expected` lists (kind, quoted text, speaker) in text order, and a case
only checks what it names, so a case about attribution does not also pin down unrelated quotes.
"""
from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.lexicon import speech
from core.models import FRAMINGS, QUOTE_KINDS, SOURCE_TYPES, Entity, Mention, Quote, Span
from core.ner import NerModel
from core.quotes import quotes
from core.text import normalize, sentences


def _found(text: str, **kwargs: Any) -> list[tuple[str, str, str | None]]:
    text = normalize(text)
    return [(q.kind, q.text, q.speaker) for q in quotes(text, **kwargs)]


def _one(text: str, quoted: str, **kwargs: Any) -> Quote:
    """The quote whose text is `quoted` (fails with the list of quotes when there is none)."""
    text = normalize(text)
    found = quotes(text, **kwargs)
    for q in found:
        if q.text == normalize(quoted):
            return q
    raise AssertionError(f"no quote {quoted!r} in {[(q.kind, q.text, q.speaker) for q in found]}")


@cache
def _shipped_model() -> NerModel:
    """The shipped tagger, loaded once for the module (loading takes most of a second)."""
    from core.ner import load_model

    return load_model()


def _analyzed(text: str) -> list[Quote]:
    """The quotes of the whole pipeline with the shipped tagger (entities give the speakers' names)."""
    from core.pipeline import analyze

    return list(analyze(text, model=_shipped_model()).quotes)


def _speakers_by_text(text: str) -> dict[str, str | None]:
    """Each quote's text and its speaker, from the whole pipeline."""
    return {q.text: q.speaker for q in _analyzed(text)}


# ------------------------------------------------------------------------------------------------
# Direct quotes: marks, nesting, spans, scare quotes


@pytest.mark.parametrize("text, expected", [
    # curly double, speaker after the quotation (inverted), title and name split
    ("“এটি একটি পূর্ণাঙ্গ সফর হবে,” ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ বলেছেন।",
     [("direct", "এটি একটি পূর্ণাঙ্গ সফর হবে", "দিমিত্রি পেসকভ")]),
    # curly single, speaker before
    ("রাজীব হায়দার বলেন, ‘ওনারা বিক্রি করছেন ২ ডলার ৫০ সেন্টে। ওনাদের প্রণোদনা রয়েছে।’",
     [("direct", "ওনারা বিক্রি করছেন ২ ডলার ৫০ সেন্টে। ওনাদের প্রণোদনা রয়েছে।", "রাজীব হায়দার")]),
    # straight double quotes, BBC style "…," বলেন X।
    ('"আমরা বিধিমালা চূড়ান্ত করার আগে মতামত নিয়েছি," বলেন নির্বাচন কমিশন সচিব আখতার আহমেদ।',
     [("direct", "আমরা বিধিমালা চূড়ান্ত করার আগে মতামত নিয়েছি", "আখতার আহমেদ")]),
    # straight single quotes
    ("আবহাওয়া অফিস জানায়, 'আজ ও কাল মধ্যরাত থেকে সকাল পর্যন্ত কুয়াশা থাকতে পারে।'",
     [("direct", "আজ ও কাল মধ্যরাত থেকে সকাল পর্যন্ত কুয়াশা থাকতে পারে।", "আবহাওয়া অফিস")]),
    # guillemets
    ("তিনি লিখেছেন: «আমরা লড়াই চালিয়ে যাব এবং জয়ী হব।» রহিম বলেন, ‘ঠিক আছে সবাই।’",
     [("direct", "আমরা লড়াই চালিয়ে যাব এবং জয়ী হব।", None), ("direct", "ঠিক আছে সবাই।", "রহিম")]),
    # opened with ‘ and closed with a straight ' (dev-04)
    ("মন্ত্রিপরিষদ সচিব আরও বলেন, ‘তার মরদেহ এখন হাসপাতালে থাকবে, সেখানে প্রস্তুতি হবে।' এরপর তিনি চলে যান।",
     [("direct", "তার মরদেহ এখন হাসপাতালে থাকবে, সেখানে প্রস্তুতি হবে।", "মন্ত্রিপরিষদ সচিব")]),
    # a quotation ending in a danda ends its sentence; the next one is separate
    ("লিটন দাস লিখেছেন, ‘গভীরভাবে শোকাহত। তার পরিবারকে জানাই সমবেদনা।’ ফুসফুসের সংক্রমণে তিনি ভর্তি ছিলেন।",
     [("direct", "গভীরভাবে শোকাহত। তার পরিবারকে জানাই সমবেদনা।", "লিটন দাস")]),
])
def test_direct_quote_marks(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


def test_nested_quotation_is_its_own_quote_with_its_own_speaker() -> None:
    text = normalize("সুদানের বিপক্ষে ম্যাচে ছেলের খেলা দেখার জন্য গ্যালারিতে জিদান ছিলেন। লুকা বলেন, ‘তিনি আমাকে "
                     "সমর্থন করেছেন। তিনি আমাকে বলেছিলেন, ‘সতর্ক থেকো, এটি তোমার নিজের পছন্দ’। এরপর আমি সিদ্ধান্ত নিই।’")
    start = text.index("জিদান")
    entities = [Entity("জিদান", "PERSON", (Mention(start, start + 5, "জিদান"),))]
    found = {q.text: q for q in quotes(text, entities=entities)}
    outer = found["তিনি আমাকে সমর্থন করেছেন। তিনি আমাকে বলেছিলেন, ‘সতর্ক থেকো, এটি তোমার নিজের পছন্দ’। "
                  "এরপর আমি সিদ্ধান্ত নিই।"]
    inner = found["সতর্ক থেকো, এটি তোমার নিজের পছন্দ"]
    assert outer.speaker == "লুকা"
    assert inner.speaker == "জিদান" and inner.speaker_mention == "তিনি"


@pytest.mark.parametrize("text, expected", [
    # “A,” X বলেন। “B” — a quote split by its attribution is two quotes with one speaker
    ("“এটি একটি পূর্ণাঙ্গ সফর হবে,” পেসকভ বলেছেন। “দুটি প্রতিনিধি দলের মধ্যে আলোচনা হবে।”",
     [("direct", "এটি একটি পূর্ণাঙ্গ সফর হবে", "পেসকভ"),
      ("direct", "দুটি প্রতিনিধি দলের মধ্যে আলোচনা হবে।", "পেসকভ")]),
    # “A,” X বলেন, “B”
    ('"যদি আমি জানতাম আমরা এত অর্থ সংগ্রহ করেছি," আলজিন বলেন, "আমি বুঝতে পারি না তারা কীভাবে এমন করল।"',
     [("direct", "যদি আমি জানতাম আমরা এত অর্থ সংগ্রহ করেছি", "আলজিন"),
      ("direct", "আমি বুঝতে পারি না তারা কীভাবে এমন করল।", "আলজিন")]),
    # ‘A’ ‘B’: two quotations back to back, the second has no cue of its own
    ("তিনি বলেন, ‘কিন্তু দুঃখের সঙ্গে বলতে হচ্ছে, প্রত্যাশিত সাফল্য আসেনি।’ ‘এই বাস্তবতায় আজ সম্পর্কচ্ছেদের "
     "সিদ্ধান্ত নিচ্ছি।’",
     [("direct", "কিন্তু দুঃখের সঙ্গে বলতে হচ্ছে, প্রত্যাশিত সাফল্য আসেনি।", None),
      ("direct", "এই বাস্তবতায় আজ সম্পর্কচ্ছেদের সিদ্ধান্ত নিচ্ছি।", None)]),
])
def test_split_and_continued_quotes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a doubled mark is one quotation: ‘‘…’’
    ("নিজের ফেসবুক পোস্টে তামিম ইকবাল লেখেন, ‘‘তাঁর প্রয়াণে দেশ হারাল এক দৃঢ় নেতৃত্বের প্রতীককে।’’",
     [("direct", "তাঁর প্রয়াণে দেশ হারাল এক দৃঢ় নেতৃত্বের প্রতীককে।", "তামিম ইকবাল")]),
    # the attribution after a quotation that ended its sentence
    ("‘ব্যাংক আমানত সংগ্রহ করে গ্রাহকদের মুনাফা দেয়।’ —আরিফ হোসেন খান, বাংলাদেশ ব্যাংকের মুখপাত্র",
     [("direct", "ব্যাংক আমানত সংগ্রহ করে গ্রাহকদের মুনাফা দেয়।", "আরিফ হোসেন খান")]),
    ("‘আশা করি আর কখনো এমন টেস্ট হবে না'- বলেন পেজ। তিনি আরও বলেন, ‘প্রতি বছর আলাদা।’",
     [("direct", "আশা করি আর কখনো এমন টেস্ট হবে না", "পেজ"), ("direct", "প্রতি বছর আলাদা।", "পেজ")]),
    # "কথাগুলো বলছিলেন X" after the quotation names its speaker
    ("‘এর বিচার আমার আল্লাহ একদিন করবেই। আমরা আল্লাহর কাছে বিচার দিলাম।’ হাসপাতালের সামনে কান্নাজড়িত কণ্ঠে "
     "কথাগুলো বলছিলেন মৎস্যজীবী দলের নেতা আব্দুল হক।",
     [("direct", "এর বিচার আমার আল্লাহ একদিন করবেই। আমরা আল্লাহর কাছে বিচার দিলাম।", "আব্দুল হক")]),
    # a quotation followed by the start of the next sentence is not a title
    ("মাসুমের বন্ধু তারেক বলেন, ‘তাদের সাহসী উদ্যোগ আমাদের ভাবতে বাধ্য করেছে।’ অনুষ্ঠানে অতিথিরা উপস্থিত ছিলেন।",
     [("direct", "তাদের সাহসী উদ্যোগ আমাদের ভাবতে বাধ্য করেছে।", "তারেক")]),
])
def test_direct_attribution_variants(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


def test_quote_running_over_paragraphs_keeps_its_speaker() -> None:
    # English-style convention: no closing mark at the paragraph end, a new opening mark next
    text = ("মাইকেল ম্যাডেন বলেছেন, “প্রথম অনুচ্ছেদের কথা এখানে শেষ হয়নি।\n"
            "“দ্বিতীয় অনুচ্ছেদেও একই কথা চলছে এবং এখানে শেষ।”")
    assert _found(text) == [
        ("direct", "প্রথম অনুচ্ছেদের কথা এখানে শেষ হয়নি।", "মাইকেল ম্যাডেন"),
        ("direct", "দ্বিতীয় অনুচ্ছেদেও একই কথা চলছে এবং এখানে শেষ।", "মাইকেল ম্যাডেন"),
    ]


@pytest.mark.parametrize("text", [
    # apostrophes inside words are not quotation marks
    "TASS’র খবরে বলা হয়নি কিছু। বিএনপি'র নেতারা সভা করেন। রাশিয়া’র সঙ্গে বৈঠক হয়।",
    # scare quotes and titles are not speech
    "নিউ জার্সি স্টেট সিনেট খালেদা জিয়াকে ‘ফাইটার ফর ডেমোক্রেসি’ পদকে ভূষিত করে।",
    "তিনি ‘নতুন বন্দোবস্ত’ নিয়ে একটি বই লিখেছেন।",
    "'দ্য সিক্রেট হিস্ট্রি অফ দ্য মঙ্গোলস'-বইয়ে উল্লেখ আছে যুদ্ধের কথা।",
    "সোমবার গ্রুপ ‘এ’-তে কমোরোস ও জাম্বিয়া খেলবে।",
    "সমাবেশে ‘জাস্টিস ফর হাদি’ স্লোগান দেওয়া হয়।",
    # what a thing is generally called, in the habitual passive with no statement to say it
    "এ কারণে দেশের এই অর্থনৈতিক অগ্রগতিকে অনেক সময় ‘এশীয় চমক’ বলে আখ্যায়িত করা হয়। এর পেছনে রয়েছে রপ্তানি।",
    "ক্রিকেটে প্রতিপক্ষকে কথা দিয়ে উত্ত্যক্ত করার এই কৌশলকে ‘স্লেজিং’ বলা হয়।",
    # a term named in a manner of speaking that no one owns
    "নদীর পাড়ে মাটি রাখার জন্য তিনটি গর্ত (আঞ্চলিক ভাষায় ‘খাদ’) খোঁড়া হয়েছে।",
    # no quotation and no speech at all
    "আজ ঢাকায় সর্বনিম্ন তাপমাত্রা ছিল ১৩ ডিগ্রি। কাল রোদ উঠবে।",
])
def test_not_a_quote(text: str) -> None:
    assert _found(text) == []


def test_what_a_thing_is_generally_called_inside_reported_speech_is_no_direct_quote() -> None:
    text = "অর্থনীতিবিদ ওয়াহিদউদ্দিন মাহমুদ বলেন, এ কারণে দেশের এই অর্থনৈতিক অগ্রগতিকে একটি ‘এশীয় চমক’ বলে আখ্যায়িত করা হয়।"
    assert [kind for kind, _, _ in _found(text)] == ["indirect"]


def test_a_statement_that_calls_something_so_is_still_quoted() -> None:
    text = "বিএনপির বিবৃতিতে সীমান্তে এই হামলাকে ‘ন্যক্কারজনক’ বলে উল্লেখ করা হয়।"
    assert [(kind, quoted) for kind, quoted, _ in _found(text)] == [("direct", "ন্যক্কারজনক")]


@pytest.mark.parametrize("text, quoted, speaker", [
    # a short fragment reported as someone's words IS a direct quote (ANNOTATION.md)
    # … and "এ কথা বলেন X" in the next sentence names the তিনি
    ("মাঠকর্মীদের কাজকে তিনি ‘ভীষণ কঠিন’ বলে উল্লেখ করেন। স্টোকস এ কথা বলেন।", "ভীষণ কঠিন", "স্টোকস"),
    ("ঘটনাটিকে ‘অত্যন্ত দুঃখজনক’ বলে মন্তব্য করেছেন স্বরাষ্ট্র উপদেষ্টা জাহাঙ্গীর আলম।", "অত্যন্ত দুঃখজনক",
     "জাহাঙ্গীর আলম"),
    # a fragment inside someone's reported speech is theirs
    ("ট্রাম্প বলেন, মার্কিন সেনাবাহিনী \"একাধিক নিখুঁত হামলা\" চালিয়েছে।", "একাধিক নিখুঁত হামলা", "ট্রাম্প"),
    # … one quoted word too when it is the predicate that closes the reported sentence: the speaker's verdict
    ("নিরাপত্তা উপদেষ্টা খলিলুর রহমান বলেছেন, এ সংক্রান্ত খবরটি পুরোপুরি ‘গুজব’। পরে তিনি চলে যান।", "গুজব",
     "খলিলুর রহমান"),
    ("এক পোস্টে নুসরাত তাবাসসুম অভিযোগ করে লেখেন, জোটবদ্ধ হওয়া তৃণমূলের নেতাকর্মীদের সঙ্গে একধরনের ‘প্রবঞ্চনা’।",
     "প্রবঞ্চনা", "নুসরাত তাবাসসুম"),
    # … and a quotation that ends a reported clause of a few words, too short to be reported speech itself
    ("বিএনপি মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেন, এই সরকার ‘অবৈধ’।", "অবৈধ", "মির্জা ফখরুল ইসলাম আলমগীর"),
    ("অ্যামনেস্টি ইন্টারন্যাশনাল উদ্বেগ প্রকাশ করেছে যে তার ‘ন্যায্য বিচারের অধিকারকে সম্মান করা হয়নি।’ "
     "রাজনৈতিক বিশ্লেষকদের মতে, এটি ছিল অনিচ্ছাকৃত।", "ন্যায্য বিচারের অধিকারকে সম্মান করা হয়নি।",
     "অ্যামনেস্টি ইন্টারন্যাশনাল"),
    ("অ্যামনেস্টি ইন্টারন্যাশনাল বলেছে, তার ‘ন্যায্য বিচারের অধিকারকে সম্মান করা হয়নি।’",
     "ন্যায্য বিচারের অধিকারকে সম্মান করা হয়নি।", "অ্যামনেস্টি ইন্টারন্যাশনাল"),
    # … or when it makes the clause's verb with করা
    ("মার্কিন কর্তৃপক্ষ বলছে, প্ল্যাটফর্মগুলোকে মতামত দমন করতে \"বাধ্য\" করার চেষ্টা করেছিল এই ব্যক্তিরা।", "বাধ্য",
     "মার্কিন কর্তৃপক্ষ"),
    # a quoted phrase inside what a request asks is the requester's wording, the requester after the verb
    ("ওই তথ্যের কোনও ভিত্তি নেই। এধরণের 'গুজব ছড়ানো থেকে বিরত' থাকতেও অনুরোধ করেছে পশ্চিমবঙ্গ পুলিশ।",
     "গুজব ছড়ানো থেকে বিরত", "পশ্চিমবঙ্গ পুলিশ"),
    ("সবাইকে ‘সংযত ও শান্ত’ থাকার আহ্বান জানিয়েছেন প্রধান উপদেষ্টা মুহাম্মদ ইউনূস।", "সংযত ও শান্ত",
     "মুহাম্মদ ইউনূস"),
    # two quotations joined by এবং, each with its own object, share the cue after the second
    ("আওয়ামী লীগ সরকারকে \"ভারত সরাসরি এন্ডোর্স করেছে\" এবং ওই সরকারকে \"নির্বাচনি বৈতরণী পার হওয়ার জন্য সাহায্য "
     "করেছে\" বলেও মন্তব্য করেন আলতাফ পারভেজ।", "ভারত সরাসরি এন্ডোর্স করেছে", "আলতাফ পারভেজ"),
    # labels given in a list share the cue and its subject, whatever comes between them
    ("পুলিশ এসে ঘটনাস্থল ঘিরে রাখে। অভিনেত্রী ব্রিজিত বার্দো পশু জবাইয়ের তীব্র সমালোচনা করে মুসলিমদের ‘বর্বর’ এবং "
     "‘নিষ্ঠুর’ বলে আখ্যা দিয়েছিলেন।", "বর্বর", "ব্রিজিত বার্দো"),
    ("পুলিশ এসে ঘটনাস্থল ঘিরে রাখে। অভিনেত্রী ব্রিজিত বার্দো পশু জবাইয়ের তীব্র সমালোচনা করে মুসলিমদের ‘বর্বর’ এবং "
     "‘নিষ্ঠুর’ বলে আখ্যা দিয়েছিলেন।", "নিষ্ঠুর", "ব্রিজিত বার্দো"),
    # a quoted word and the plain noun it qualifies are the label given to the object before them
    ("বিরোধী দলের নেতা করিম হোসেন সরকারের সঙ্গে ওই দলের বৈঠককে ‘অপরিণামদর্শী’ কাজ বলে মন্তব্য করেছেন।",
     "অপরিণামদর্শী", "করিম হোসেন"),
    ("পরিবেশবাদী সংগঠনের নেতা সুলতানা কামাল সরকারের এই সিদ্ধান্তকে ‘আত্মঘাতী’ উদ্যোগ বলে আখ্যা দেন।",
     "আত্মঘাতী", "সুলতানা কামাল"),
    # … a step (পদক্ষেপ) is no medal (পদক) that names the quotation as a title
    ("বিএনপির মহাসচিব রফিকুল ইসলাম সরকারের এই সিদ্ধান্তকে ‘হঠকারী’ পদক্ষেপ বলে মন্তব্য করেছেন।", "হঠকারী",
     "রফিকুল ইসলাম"),
])
def test_short_fragments_reported_as_words(text: str, quoted: str, speaker: str | None) -> None:
    text = normalize(text)
    q = _one(text, quoted, entities=_people(text, speaker) if speaker else [])
    assert q.kind == "direct" and q.speaker == speaker


@pytest.mark.parametrize("text, expected", [
    # an unclosed mark: the quotation ends with its sentence, it does not swallow the paragraph
    ("তিনি বলেন, “আমরা যাব। তারপর আর কিছু বলার নেই। এরপর সভা শেষ হয়।\nপরদিন সবাই ফিরে যান।",
     [("direct", "আমরা যাব।", None)]),
    # … but an excerpt that ends inside a quotation was cut mid-speech: the words run to its end
    ("ম্যাচ শেষে কোচ ক্যাপেলা বলেন, ‘আমার জন্য এটা একটা ভালো অভিজ্ঞতা। দলটাকে বুঝতে আরও এক সপ্তাহ দরকার। "
     "আসলে এটাই ফুটবল।",
     [("direct", "আমার জন্য এটা একটা ভালো অভিজ্ঞতা। দলটাকে বুঝতে আরও এক সপ্তাহ দরকার। আসলে এটাই ফুটবল।",
       "ক্যাপেলা")]),
    # … but when another quotation of its kind opens later, its closing mark was lost: it runs to the
    # last full stop before that one
    ("রোনালদো বলেন, ‘আমি এখনও দারুণভাবে অনুপ্রাণিত। আমি সব সময় ফুটবল খেলতে উপভোগ করি। ‘তোমরা জানো আমার "
     "লক্ষ্য কী? আমি আরও শিরোপা জিততে চাই।’ রোনালদোর শিরোপা সংগ্রহে বিশ্বকাপ নেই।",
     [("direct", "আমি এখনও দারুণভাবে অনুপ্রাণিত। আমি সব সময় ফুটবল খেলতে উপভোগ করি।", "রোনালদো"),
      ("direct", "তোমরা জানো আমার লক্ষ্য কী? আমি আরও শিরোপা জিততে চাই।", "রোনালদো")]),
    ("অভিনেত্রী তমা মির্জা লিখেছেন, ‘ইন্নালিল্লাহি ওয়া ইন্না ইলাইহি রাজিউন। চিরকাল বেঁচে থাকবেন খালেদা জিয়া। "
     "সেইসঙ্গে তাঁর একটি বক্তব্য উল্লেখ করেছেন তমা, ‘এই দেশ ছাড়া আমার আর কোনো ঘর নেই।’ এদিকে জানাজা হবে।",
     [("direct", "ইন্নালিল্লাহি ওয়া ইন্না ইলাইহি রাজিউন। চিরকাল বেঁচে থাকবেন খালেদা জিয়া।", "তমা মির্জা"),
      ("direct", "এই দেশ ছাড়া আমার আর কোনো ঘর নেই।", "তমা মির্জা")]),
    # … but not over a sentence that gives someone's words of its own: the reporter speaks again there
    ("সভাপতি সদর উদ্দীন খান প্রথম আলোকে বলেন, 'চাল কেনা নিয়ে প্রতিদিনই মিটিং হচ্ছে। এক মিলমালিক নেতা প্রথম "
     "আলোকে বলেন, যা কিছু রটে, তার কিছু বটে। তবে জানতে চাইলে সদর উদ্দীন খান বলেন, 'চাল কেনা হচ্ছে।",
     [("direct", "চাল কেনা নিয়ে প্রতিদিনই মিটিং হচ্ছে।", "সদর উদ্দীন খান"),
      ("indirect", "যা কিছু রটে, তার কিছু বটে", "এক মিলমালিক নেতা"),
      ("direct", "চাল কেনা হচ্ছে।", "সদর উদ্দীন খান")]),
    # a closing mark typed after a space ends the quotation; the sentence after it is a report of its own
    ("তিনি বলেন, ‘আমি সরকারি কৌঁসুলি। আমার নাম আসবে কেন? ’ প্রধান প্রকৌশলী একরামউল্লাহ দাবি করেন, এ ধরনের কোনো "
     "সমঝোতা হয়নি।’ ফয়জুল বলেন, তিনি শোনেননি।",
     [("direct", "আমি সরকারি কৌঁসুলি। আমার নাম আসবে কেন?", None),
      ("indirect", "এ ধরনের কোনো সমঝোতা হয়নি", "একরামউল্লাহ"), ("indirect", "তিনি শোনেননি", "ফয়জুল")]),
    # a straight ' typed after a space at a sentence's end closes the quotation that is open …
    ("অধ্যাপক ব্রিজিট ওয়ালশ বলেন, 'আমরা এখানে যা দেখছি, তা হচ্ছে ক্ষমতায় টিকে থাকা। ' নির্বাচনে ভোট কেনার "
     "ঘটনা ঘটেছে বলে তিনি দাবি করেন।",
     [("direct", "আমরা এখানে যা দেখছি, তা হচ্ছে ক্ষমতায় টিকে থাকা।", "ব্রিজিট ওয়ালশ"),
      ("indirect", "নির্বাচনে ভোট কেনার ঘটনা ঘটেছে", "ব্রিজিট ওয়ালশ")]),
    # … and with none open, opens one that the next such mark closes
    ("শচীন জানিয়েছেন, তিনি হতাশ। ব্যবস্থা নিতে অনুরোধ জানিয়েছেন তিনি। ' ক্রিকেট যখন ভুল কারণে সংবাদ হয়, আমি "
     "ব্যথিত হই। ' বিবৃতিতে বলেছেন শচীন।",
     [("indirect", "তিনি হতাশ", "শচীন"), ("indirect", "ব্যবস্থা নিতে", "শচীন"),
      ("direct", "ক্রিকেট যখন ভুল কারণে সংবাদ হয়, আমি ব্যথিত হই।", "শচীন")]),
    # … and at an excerpt's start, with a mark later in its sentence, opens a title, not the excerpt's speech
    ("গতকাল বিকেলে কর্মশালায় বক্তারা এসব কথা বলেন। ' শিশুর সুরক্ষা ও পুনর্বাসন' শীর্ষক এ কর্মশালার আয়োজন "
     "করে সমিতি।", []),
    # an excerpt that opens inside someone's words: they run to the first closing mark, no one named
    ("আমি তাঁর বাড়িতেও যাই না।’ উপজেলা আওয়ামী লীগের নেতা-কর্মীরা জানান, ২৫ ডিসেম্বর সভা হয়।",
     [("direct", "আমি তাঁর বাড়িতেও যাই না।", None),
      ("indirect", "২৫ ডিসেম্বর সভা হয়", "উপজেলা আওয়ামী লীগের নেতা-কর্মীরা")]),
    ("তাঁরা দৌড়ঝাঁপ করছেন, বিরোধী দল ও সরকারের সঙ্গে কথা বলেছেন।’ এরপর সভা শেষ হয়।",
     [("direct", "তাঁরা দৌড়ঝাঁপ করছেন, বিরোধী দল ও সরকারের সঙ্গে কথা বলেছেন।", None)]),
    # a stray closing mark alone is nothing
    ("তিনি বলেন” আমরা যাব। ” ’ কথা।", []),
    # marks only
    ("“”‘’\"\"''«»", []),
])
def test_unbalanced_marks(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, direct", [
    # a spaced ' that nothing closes closed the sentence before it, its opening mark lost (banglakit's
    # sentences end a quotation with " '"); the report after it is no one's direct speech
    ("অ্যাটর্নি জেনারেল বলেন, আইনটি সংশোধন করা হয়। তবে আমার মনে হয়, মামলাগুলো চলতে পারে। ' ওই রিট "
     "আবেদনে ধারাটিকে চ্যালেঞ্জ করা হয়।", ["তবে আমার মনে হয়, মামলাগুলো চলতে পারে।"]),
    # … a title quoted inside that sentence is part of it
    ("অনুষ্ঠানটিতে নাচবেন মাধুরী। ''ব্যান্ড বাজা বারাত” ছবিতে আনুশকার নাচ দেখে আমি মুগ্ধ হয়েছিলাম। ' ঢাকার "
     "আশুলিয়ায় শ্রমিকেরা বিক্ষোভ করেছেন।", ["''ব্যান্ড বাজা বারাত” ছবিতে আনুশকার নাচ দেখে আমি মুগ্ধ হয়েছিলাম।"]),
    # … but when the paragraph before left a quotation open, the mark closes that one: no sentence alone
    ("ঘোষণা দিলেন শচীন, 'আমার মনে হয়, এটাই সঠিক সময়।\nআমি আগেই সিদ্ধান্ত নিয়েছিলাম। ' আইনজীবী মানিক বলেন, "
     "আবেদন করা হয়েছে।", ["আমার মনে হয়, এটাই সঠিক সময়।"]),
])
def test_a_spaced_mark_that_nothing_closes_closes_its_sentence(text: str, direct: list[str]) -> None:
    assert [q[1] for q in _found(text) if q[0] == "direct"] == direct


@pytest.mark.parametrize("text, expected", [
    # an excerpt cut mid-quotation, set after a clause and a comma, is someone's words even when the clause
    # names no speaker we find: kept as a closed quotation would be (ropen's rifat-train-4440, test-0630)
    ("তামিমের খবরটা শুনে ভালো লাগছে। এ দুটির মধ্যে সাকিব এগিয়ে রাখছেন বিগ ব্যাশকে, ‘বিশ্ব একাদশে খেলার সুযোগ পাওয়া "
     "বড় অর্জন সন্দেহ নেই। কিন্তু বিগ ব্যাশ প্রতিযোগিতামূলক ক্রিকেট।",
     ["বিশ্ব একাদশে খেলার সুযোগ পাওয়া বড় অর্জন সন্দেহ নেই। কিন্তু বিগ ব্যাশ প্রতিযোগিতামূলক ক্রিকেট।"]),
    ("দেল বস্ক শিরোপার দাবিদার মানছেন, তবে অন্য দলগুলোকেও খাটো করে দেখছেন না, ‘আমরা শক্ত প্রতিদ্বন্দ্বী। অন্যরাও "
     "শক্তিশালী প্রতিদ্বন্দ্বী, বিশেষ করে ব্রাজিল ও আর্জেন্টিনা। কাজটা সহজ হবে না।",
     ["আমরা শক্ত প্রতিদ্বন্দ্বী। অন্যরাও শক্তিশালী প্রতিদ্বন্দ্বী, বিশেষ করে ব্রাজিল ও আর্জেন্টিনা। কাজটা সহজ হবে না।"]),
    # … but a mark left open at the end with no clause and comma before it is a title that lost its
    # closing mark, or a stray one: nobody's words
    ("লন্ডনে অনুষ্ঠিত হলো আন্তর্জাতিক টুর্নামেন্ট 'কাভা উইমেন্স কাপ-২০২৫। যুক্তরাজ্যের বাংলা মিডিয়ার প্রতিনিধিরা "
     "এতে অংশ নেন। শেষে রবিবারে বিশেষ প্রার্থনা করা হয়।", []),
    ("তবে প্রতিটা উপন্যাসে কাটছাঁট হয়েছে। 'The Wind-Up Bird Chronicle এর অনুবাদক জে রুবিনের কাছে মুরাকামি অনেক "
     "কিছু শিখেছেন। এই উপন্যাসটিও ব্যাপকভাবে সফল।", []),
])
def test_a_quotation_the_text_ends_inside_is_kept_after_a_clause(text: str, expected: list[str]) -> None:
    assert [q[1] for q in _found(text) if q[0] == "direct"] == [normalize(e) for e in expected]


# ------------------------------------------------------------------------------------------------
# Reported speech: each pattern of the issue


@pytest.mark.parametrize("text, quoted, speaker, cue", [
    # X বলেন, CONTENT
    ("বিটিএমএ সভাপতি শওকত আজিজ রাসেল জানান, নানা সংকটে দেশের ৫০টি বস্ত্রকল বন্ধ হয়ে গেছে।",
     "নানা সংকটে দেশের ৫০টি বস্ত্রকল বন্ধ হয়ে গেছে", "শওকত আজিজ রাসেল", "জানান"),
    # X বলেছেন CONTENT (no comma, translated wire style)
    ("পেসকভ বলেছেন কিমের সাথে তার বৈঠক ফোরামের পরে হবে।", "কিমের সাথে তার বৈঠক ফোরামের পরে হবে", "পেসকভ",
     "বলেছেন"),
    # CONTENT বলে মন্তব্য করেছেন X
    ("বাংলাদেশে কম দামে সুতা রপ্তানির মাধ্যমে ভারত আগ্রাসন চালাচ্ছে বলে মন্তব্য করেছেন বিটিএমএর সাবেক পরিচালক "
     "রাজীব হায়দার।", "বাংলাদেশে কম দামে সুতা রপ্তানির মাধ্যমে ভারত আগ্রাসন চালাচ্ছে", "রাজীব হায়দার",
     "বলে মন্তব্য করেছেন"),
    # CONTENT বলে জানিয়েছেন X
    ("খালেদা জিয়াকে রাষ্ট্রীয় মর্যাদায় দাফন করা হবে বলে জানিয়েছেন মন্ত্রিপরিষদ সচিব শেখ আব্দুর রশীদ।",
     "খালেদা জিয়াকে রাষ্ট্রীয় মর্যাদায় দাফন করা হবে", "শেখ আব্দুর রশীদ", "বলে জানিয়েছেন"),
    # CONTENT বলে মনে করেন X
    ("ঘোষিত আদর্শের সঙ্গে এনসিপির বর্তমান সিদ্ধান্ত যায় না বলে মনে করেন বিএনপির স্থায়ী কমিটির সদস্য নজরুল "
     "ইসলাম খান।", "ঘোষিত আদর্শের সঙ্গে এনসিপির বর্তমান সিদ্ধান্ত যায় না", "নজরুল ইসলাম খান", "বলে মনে করেন"),
    # CONTENT উল্লেখ করেন X / CONTENT মনে করেন X: a finite clause right before the cue noun, no বলে
    ("ভোটের দিন পরিস্থিতি শান্ত থাকবে উল্লেখ করেন পুলিশ সুপার মাহবুব আলম।", "ভোটের দিন পরিস্থিতি শান্ত থাকবে",
     "মাহবুব আলম", "উল্লেখ করেন"),
    ("নতুন কোচ এলে দল আবার জয়ের ধারায় ফিরবে মনে করেন অধিনায়ক তামিম ইকবাল।",
     "নতুন কোচ এলে দল আবার জয়ের ধারায় ফিরবে", "তামিম ইকবাল", "মনে করেন"),
    # CONTENT বলে X-এর ধারণা।: the holder's genitive and the attribution noun close the sentence
    ("বাজারে চালের দাম আরও বাড়বে বলে অনেকের ধারণা।", "বাজারে চালের দাম আরও বাড়বে", "অনেকে", "ধারণা"),
    ("কারখানার বর্জ্যে নদীর পানি দূষিত হচ্ছে বলে এলাকাবাসীর অভিযোগ।", "কারখানার বর্জ্যে নদীর পানি দূষিত হচ্ছে",
     "এলাকাবাসী", "অভিযোগ"),
    # উল্লেখ করেন, CONTENT
    ("তিনি উল্লেখ করেন, বিদেশি জাতের পশুপালনে বেশি সেবা প্রয়োজন হয়। উপদেষ্টা ফরিদা আখতার এ কথা বলেন।",
     "বিদেশি জাতের পশুপালনে বেশি সেবা প্রয়োজন হয়", None, "উল্লেখ করেন"),
    # X-এর মতে, CONTENT
    ("রাজনৈতিক বিশ্লেষকদের মতে, নির্বাচনের আগে এমন মেরুকরণ বাংলাদেশে নতুন নয়।",
     "নির্বাচনের আগে এমন মেরুকরণ বাংলাদেশে নতুন নয়", "রাজনৈতিক বিশ্লেষকরা", "মতে"),
    # X-এর দৃষ্টিতে CONTENT (a view, like মতে, no comma needed); X-এর অভিজ্ঞতা, CONTENT
    ("অর্থনীতিবিদ করিম উদ্দিনের দৃষ্টিতে দেশের ব্যাংক খাত এখন গভীর সংকটে আছে।",
     "দেশের ব্যাংক খাত এখন গভীর সংকটে আছে", "করিম উদ্দিন", "দৃষ্টিতে"),
    ("স্থানীয় কৃষকদের অভিজ্ঞতা, বন্যার পর জমির উর্বরতা বাড়ে।", "বন্যার পর জমির উর্বরতা বাড়ে", "স্থানীয় কৃষকরা",
     "অভিজ্ঞতা"),
    # CONTENT সে বিষয়ে / সেই প্রশ্ন CUE X: a question or a wish taken up by a resumptive before the cue noun
    ("বাজারে আগুন যেন আর না লাগে সে বিষয়ে সতর্ক করেছেন ফায়ার সার্ভিসের পরিচালক জাহিদ কামাল।",
     "বাজারে আগুন যেন আর না লাগে", "জাহিদ কামাল", "সতর্ক করেছেন"),
    ("নতুন সেতুটি কতটা টেকসই হবে সেই প্রশ্ন তুলছেন প্রকৌশলী মাহবুব আলম।", "নতুন সেতুটি কতটা টেকসই হবে",
     "মাহবুব আলম", "প্রশ্ন তুলছেন"),
    # X-এর (তৈরি করা / জারি করা) তথ্য-উপাত্ত / প্রজ্ঞাপন অনুযায়ী, CONTENT: a two-word modifier of the data
    ("জাতিসংঘের তৈরি করা তথ্য-উপাত্ত অনুযায়ী, দেশে শিশুমৃত্যুর হার কমেছে।", "দেশে শিশুমৃত্যুর হার কমেছে", "জাতিসংঘ",
     "তথ্য-উপাত্ত অনুযায়ী"),
    ("নির্বাচন কমিশনের জারি করা প্রজ্ঞাপন অনুযায়ী, আগামী সপ্তাহে ভোট হবে।", "আগামী সপ্তাহে ভোট হবে", "নির্বাচন কমিশন",
     "প্রজ্ঞাপন অনুযায়ী"),
    # X-এর আশঙ্কা, CONTENT
    ("রাজীব হায়দারের আশঙ্কা, এই আগ্রাসন মাত্র শুরু।", "এই আগ্রাসন মাত্র শুরু", "রাজীব হায়দার", "আশঙ্কা"),
    # Y X-এর বরাত দিয়ে জানিয়েছে CONTENT: X is the speaker
    ("জাপানের কিয়োডো নিউজ মঙ্গলবার নাম প্রকাশে অনিচ্ছুক রাশিয়ান সরকারী সূত্রের বরাত দিয়ে জানিয়েছে কিমকে "
     "বহনকারী ট্রেনটি খাসান স্টেশনে পৌঁছেছে।", "কিমকে বহনকারী ট্রেনটি খাসান স্টেশনে পৌঁছেছে",
     "নাম প্রকাশে অনিচ্ছুক রাশিয়ান সরকারী সূত্র", "বরাত দিয়ে"),
    # X সূত্রে জানা গেছে, CONTENT
    ("পুলিশ ও ভাটা সূত্রে জানা গেছে, রায়হান চার মাস আগে ইটভাটায় কাজ শুরু করেন।",
     "রায়হান চার মাস আগে ইটভাটায় কাজ শুরু করেন", "পুলিশ ও ভাটা সূত্র", "সূত্রে জানা গেছে"),
    # X জানিয়েছে, CONTENT
    ("রাশিয়ার TASS বার্তা সংস্থা জানিয়েছে, পুতিন সোমবার ভ্লাদিভোস্টক পৌঁছেছেন।",
     "পুতিন সোমবার ভ্লাদিভোস্টক পৌঁছেছেন", "রাশিয়ার TASS বার্তা সংস্থা", "জানিয়েছে"),
    # CONTENT, [time] X জানিয়েছে, …
    ("উত্তর কোরিয়ার নেতা কিম রাশিয়ায় পৌঁছেছেন, মঙ্গলবার জাপানি মিডিয়া জানিয়েছে।",
     "উত্তর কোরিয়ার নেতা কিম রাশিয়ায় পৌঁছেছেন", "জাপানি মিডিয়া", "জানিয়েছে"),
    # CONTENT বলেছে X (verb after the content)
    ("উত্তর কোরিয়া অস্ত্র সরবরাহ করবে সে দাবি ঠিক নয় বলেছে পিয়ংইয়ং এবং মস্কো।",
     "উত্তর কোরিয়া অস্ত্র সরবরাহ করবে সে দাবি ঠিক নয়", "পিয়ংইয়ং এবং মস্কো", "বলেছে"),
    # CONTENT উল্লেখ করে X বলেন (converb)
    ("সুতা বাণিজ্যে পরাধীনতা চলছে উল্লেখ করে রাজীব হায়দার বলেন, এখন ধ্বংসটাই বাকি।",
     "সুতা বাণিজ্যে পরাধীনতা চলছে", "রাজীব হায়দার", "উল্লেখ করে"),
    # X উদ্বেগ প্রকাশ করেন যে CONTENT
    ("নিজের মিল বন্ধ হয়েছে উল্লেখ করে রাসেল উদ্বেগ প্রকাশ করেন যে তিনি মালিকহীন সভাপতি হয়ে যেতে পারেন।",
     "তিনি মালিকহীন সভাপতি হয়ে যেতে পারেন", "রাসেল", "উদ্বেগ প্রকাশ করেন"),
    # … র আহ্বান জানান X (nominal content)
    ("শুধু প্রযুক্তি নয়, মানুষের জ্ঞানকেও সমান গুরুত্ব দেওয়ার আহ্বান জানান উপদেষ্টা ফরিদা আখতার।",
     "মানুষের জ্ঞানকেও সমান গুরুত্ব দেওয়ার", "ফরিদা আখতার", "আহ্বান জানান"),
    # … র ঘোষণা দিয়েছেন X
    ("খাগড়াছড়ি আসনে নির্বাচনে অংশ না নেওয়ার ঘোষণা দিয়েছেন এনসিপির প্রধান সমন্বয়কারী অ্যাডভোকেট মনজিলা "
     "সুলতানা ঝুমা।", "খাগড়াছড়ি আসনে নির্বাচনে অংশ না নেওয়ার", "মনজিলা সুলতানা ঝুমা", "ঘোষণা দিয়েছেন"),
    # X-এর পক্ষ থেকে জানানো হয়, CONTENT (passive)
    ("বিএনপির পক্ষ থেকে জানানো হয়, এসব স্বীকৃতি তার ভূমিকার প্রতিফলন।", "এসব স্বীকৃতি তার ভূমিকার প্রতিফলন",
     "বিএনপি", "জানানো হয়"),
    # CONTENT বলে জানানো হয় — nobody named
    ("এ ধরনের সম্মান দেওয়ার ঘটনা এটিই প্রথম বলে জানানো হয়।", "এ ধরনের সম্মান দেওয়ার ঘটনা এটিই প্রথম", None,
     "বলে জানানো হয়"),
    # বিজ্ঞপ্তিতে বলা হয়: the issuer named just before
    ("রোববার বাজুসের এক বিজ্ঞপ্তিতে এসব তথ্য জানানো হয়েছে। বিজ্ঞপ্তিতে বলা হয়, স্থানীয় বাজারে স্বর্ণের দাম "
     "বেড়েছে।", "স্থানীয় বাজারে স্বর্ণের দাম বেড়েছে", "বাজুস", "বলা হয়"),
    # লিখেছেন for written statements, in either spelling
    ("আজহারুল হক নামের একজন লেখেন, আপনি বেরিয়ে আসবেন বলে আশা করেছিলাম।",
     "আপনি বেরিয়ে আসবেন বলে আশা করেছিলাম", "আজহারুল হক", "লেখেন"),
    ("পোস্টে তাসনিম জারা লিখেন, আমি এ অসততার রাজনীতি করবো না।", "আমি এ অসততার রাজনীতি করবো না",
     "তাসনিম জারা", "লিখেন"),
    # a request: "… করতে বলেছেন X"
    ("সীমান্তে কঠোর সতর্কতা অবলম্বন করতে বলেছেন স্বরাষ্ট্র উপদেষ্টা জাহাঙ্গীর আলম চৌধুরী।",
     "সীমান্তে কঠোর সতর্কতা অবলম্বন করতে", "জাহাঙ্গীর আলম চৌধুরী", "বলেছেন"),
    # an organisation's statement runs on over the next sentences
    ("বাংলাদেশ ক্রিকেট বোর্ড এক বিজ্ঞপ্তিতে জানায়, দেশে শোক বিরাজ করছে। আজকের ম্যাচ বাতিল করা হয়েছে। "
     "এই ম্যাচগুলো পরে অনুষ্ঠিত হবে।", "দেশে শোক বিরাজ করছে। আজকের ম্যাচ বাতিল করা হয়েছে। এই ম্যাচগুলো পরে অনুষ্ঠিত হবে",
     "বাংলাদেশ ক্রিকেট বোর্ড", "জানায়"),
    # the organisation told, with its owner in the genitive and its acronym in brackets, is no subject
    ("ডেনমার্কের কর্তৃপক্ষ গত সোমবার যুক্তরাজ্যের হিউম্যান ফার্টিলাইজেশন অ্যান্ড এমব্রিওলজি অথোরিটিকে (এইচএফইএ) "
     "জানায়, কয়েকজন ব্রিটিশ নারী ওই দাতার শুক্রাণু ব্যবহার করেছিলেন।",
     "কয়েকজন ব্রিটিশ নারী ওই দাতার শুক্রাণু ব্যবহার করেছিলেন", "ডেনমার্কের কর্তৃপক্ষ", "জানায়"),
    # the one quoted, through an outlet's passive report
    ("তবে মেঘালয় পুলিশের মহাপরিচালক ইদাশিশা নংগ্রাংকে উদ্ধৃত করে ভারতের টাইমস অফ ইন্ডিয়াতে লেখা হয়েছে যে ওই "
     "গ্রেফতারির কোনও খবর নেই।", "ওই গ্রেফতারির কোনও খবর নেই", "ইদাশিশা নংগ্রাং", "উদ্ধৃত করে"),
    # the object of a converb of saying, with its article and owners, is no subject
    ("এদিকে রোববার রাতে ঢাকার পুলিশ তাদের বক্তব্যের একটি ব্যাখ্যা দিয়ে বলেছে, অপরাধীরা সীমান্ত অতিক্রম করেছে।",
     "অপরাধীরা সীমান্ত অতিক্রম করেছে", "ঢাকার পুলিশ", "বলেছে"),
    # an adverb or conjunction before the verb is no part of the subject
    ("এখন পশ্চিমবঙ্গ পুলিশ আনুষ্ঠানিক ভাবেই জানিয়ে দিল যে ওই তথ্যের কোনও ভিত্তি নেই।", "ওই তথ্যের কোনও ভিত্তি নেই",
     "পশ্চিমবঙ্গ পুলিশ", "জানিয়ে দিল"),
    ("বিশেষ করে ভারত যেহেতু মনে করে, অতীতে অনেক সশস্ত্র গোষ্ঠী আশ্রয় পেয়েছে।", "অতীতে অনেক সশস্ত্র গোষ্ঠী আশ্রয় পেয়েছে",
     "ভারত", "মনে করে"),
    # people in the plural genitive speak in the plural nominative
    ("আয়োজকদের পক্ষ থেকে জানানো হয়, এ আন্দোলন অব্যাহত থাকবে।", "এ আন্দোলন অব্যাহত থাকবে", "আয়োজকরা",
     "জানানো হয়"),
    # a relative after the reporter's own verb takes up its counted object or the one talked with
    ("আমরা এরকম ১৫টি পরিবারকে চিহ্নিত করেছি, যারা বলছেন তারা সংগৃহীত অর্থের সামান্য অংশও পাননি।",
     "তারা সংগৃহীত অর্থের সামান্য অংশও পাননি", "১৫টি পরিবার", "বলছেন"),
    ("আমরা এমন একজনের সঙ্গেও কথা বলেছি যিনি বলছেন তিনি প্রচারণায় ১৮০ ডলার দিয়েছিলেন।",
     "তিনি প্রচারণায় ১৮০ ডলার দিয়েছিলেন", "একজন", "বলছেন"),
    # "this too" is what was said; "many" in the genitive speak as "many"
    ("সামান্তা শারমিন বলেন, তিনি দলে আছেন। তিনি এ-ও মন্তব্য করেন, জামায়াতের সাথে সমঝোতায় এনসিপিকে কঠিন মূল্য দিতে হবে।",
     "জামায়াতের সাথে সমঝোতায় এনসিপিকে কঠিন মূল্য দিতে হবে", "সামান্তা শারমিন", "মন্তব্য করেন"),
    ("বিয়েতে মেহেদির সঙ্গে নানা বিশ্বাস জড়িয়ে আছে। অনেকের মতে, মেহেদি শুভ শক্তির প্রতীক।",
     "মেহেদি শুভ শক্তির প্রতীক", "অনেকে", "মতে"),
    # "just this" is what was said, not who said it
    ("মি. হাদারি এটিই ফোনে বলেছিলেন, অর্থ বিজ্ঞাপনে খরচ হয়েছে।", "অর্থ বিজ্ঞাপনে খরচ হয়েছে", "হাদারি", "বলেছিলেন"),
    # a book's title right after its author, the book in the locative
    ("আবুল মনসুর আহমদ ‘আমার দেখা রাজনীতির পঞ্চাশ বছর’ বইয়ে লিখেছেন, নির্বাচনে অনিয়ম হয়েছিল।",
     "নির্বাচনে অনিয়ম হয়েছিল", "আবুল মনসুর আহমদ", "লিখেছেন"),
    # a relative participle's clause before a title with its particle describes the speakers
    ("আমাদের সঙ্গে কথা বলা সমস্ত বিশেষজ্ঞই বলেছেন, এটা বিরল।", "এটা বিরল", "সমস্ত বিশেষজ্ঞই", "বলেছেন"),
    # a source that ends like the definite -টি (a name so ending: see below)
    ("আসিফ মাহমুদ বলেন, তিনি যোগ দেবেন। এনসিপির সূত্রটি জানায়, আজ যোগদান হবে।", "আজ যোগদান হবে",
     "এনসিপির সূত্রটি", "জানায়"),
    # an answer given
    ("পুলিশ কর্মকর্তা রহিম উদ্দিন জবাব দেন, তদন্ত এখনো চলছে।", "তদন্ত এখনো চলছে", "রহিম উদ্দিন", "জবাব দেন"),
    ("সাংবাদিকদের প্রশ্নে মন্ত্রী নাসির আহমেদ উত্তর দেন, সব প্রস্তুতি শেষ।", "সব প্রস্তুতি শেষ", "নাসির আহমেদ",
     "উত্তর দেন"),
])
def test_reported_speech_patterns(text: str, quoted: str, speaker: str | None, cue: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker, q.cue) == ("indirect", speaker, cue)


def test_a_term_quoted_in_a_question_taken_up_is_the_reporters() -> None:
    # "… সেই প্রশ্ন তুলছেন X": the question is X's, the quoted term inside it the reporter's
    text = "নীতি একপাশে রেখে ‘যেনতেনভাবে জেতার’ প্রকাশ্য এই চেষ্টা কতটা ন্যায্য সেই প্রশ্নও তুলছেন প্রকৌশলী মাহবুব আলম।"
    assert _found(text) == [("indirect", "নীতি একপাশে রেখে ‘যেনতেনভাবে জেতার’ প্রকাশ্য এই চেষ্টা কতটা ন্যায্য",
                             "মাহবুব আলম")]


def test_this_information_points_back_at_the_sentences_before() -> None:
    # "… এ তথ্য জানান X": the preceding sentences are X's report (dev-04)
    text = ("সরকার তিন দিনের রাষ্ট্রীয় শোক ঘোষণা করেছে। এছাড়া বুধবার সারাদেশে সাধারণ ছুটি থাকবে। "
            "মঙ্গলবার সচিবালয়ে সাংবাদিকদের সঙ্গে আলাপকালে মন্ত্রিপরিষদ সচিব শেখ আব্দুর রশীদ এ তথ্য জানান।")
    q = _one(text, "সরকার তিন দিনের রাষ্ট্রীয় শোক ঘোষণা করেছে। এছাড়া বুধবার সারাদেশে সাধারণ ছুটি থাকবে")
    assert (q.kind, q.speaker) == ("indirect", "শেখ আব্দুর রশীদ")
    assert q.role is not None and q.role.endswith("সচিব")


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # a quoted term in the sentence pointed back at is no one else's speech (newopen rifat-train-0420)
    ("দুই দেশের বাণিজ্য আলোচনায় ‘বড় অগ্রগতি’ হয়েছে। বাণিজ্যমন্ত্রী আবদুল করিম গতকাল এ কথা বলেছেন।",
     "দুই দেশের বাণিজ্য আলোচনায় ‘বড় অগ্রগতি’ হয়েছে", "আবদুল করিম"),
    ("বন্যায় ‘অভূতপূর্ব ক্ষতি’ হয়েছে। কৃষিমন্ত্রী রহিম উদ্দিন সাংবাদিকদের এ তথ্য জানান।",
     "বন্যায় ‘অভূতপূর্ব ক্ষতি’ হয়েছে", "রহিম উদ্দিন"),
])
def test_this_information_points_back_over_a_quoted_term(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # a quoted word in a headline before its colon does not take the roundup's cue (newopen rifat-train-2150)
    ("সীমান্তে ‘বন্দুকযুদ্ধে’ দুজন নিহত: আমাদের বেনাপোল প্রতিনিধি জানান, সীমান্তে দুই পক্ষের সংঘর্ষে দুজন নিহত হয়েছেন।",
     "সীমান্তে দুই পক্ষের সংঘর্ষে দুজন নিহত হয়েছেন", "বেনাপোল প্রতিনিধি"),
    ("‘অবরোধে’ ট্রেন চলাচল বন্ধ: রেলওয়ের মহাপরিচালক আবদুল করিম জানান, সকাল থেকে কোনো ট্রেন ছাড়েনি।",
     "সকাল থেকে কোনো ট্রেন ছাড়েনি", "আবদুল করিম"),
])
def test_a_headline_colon_ends_the_clause_of_a_quoted_word(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize(("text", "quoted"), [
    # a roundup's next item, placed in time by the reporter, is not the speaker's (newopen rifat-test-0480)
    ("থানার ওসি আবদুল করিম জানান, গ্রেপ্তার করা ব্যক্তিদের আদালতের মাধ্যমে জেলহাজতে পাঠানো হয়েছে। "
     "দিনাজপুরে গতকাল অভিযান চালিয়ে ২২ জনকে গ্রেপ্তার করা হয়েছে।",
     "গ্রেপ্তার করা ব্যক্তিদের আদালতের মাধ্যমে জেলহাজতে পাঠানো হয়েছে"),
    ("থানার ওসি আবদুল করিম জানান, আহত ব্যক্তিদের হাসপাতালে পাঠানো হয়েছে। "
     "গতকাল সকালে মহাসড়কে দুটি বাসের সংঘর্ষে তিনজন নিহত হয়েছেন।",
     "আহত ব্যক্তিদের হাসপাতালে পাঠানো হয়েছে"),
    # the next item dated on a weekday further in, closing in the past, with no paragraph break
    # (rno rifat-train-3600, rifat-test-1030, rifat-train-0720; open bn-987e156842)
    ("থানার ওসি আবদুল করিম বলেন, অন্য ফেরিটি নিলামে তোলার উদ্যোগ নেওয়া হচ্ছে। "
     "ফেনীর সোনাগাজীতে সোমবার ও মঙ্গলবার রাতে দুটি বাড়িতে ডাকাতি হয়েছে।",
     "অন্য ফেরিটি নিলামে তোলার উদ্যোগ নেওয়া হচ্ছে"),
    ("থানার ওসি আবদুল করিম জানান, এ পর্যন্ত ছয়জনকে আটক করা হয়েছে। "
     "গত সোমবার দিবাগত রাত দুইটার দিকে নরেন্দ্রপুর গ্রামে এ ঘটনা ঘটে।",
     "এ পর্যন্ত ছয়জনকে আটক করা হয়েছে"),
    ("জেলা প্রশাসক আবদুল করিম বলেন, অভিযান চলবে। "
     "ঘনকুয়াশার কারণে গত বৃহস্পতিবার রাতে মেঘনা নদীতে দুই লঞ্চের সংঘর্ষে চারজন নিহত হন।",
     "অভিযান চলবে"),
])
def test_reported_speech_stops_at_a_sentence_the_reporter_dates(text: str, quoted: str) -> None:
    assert _one(text, quoted).speaker == "আবদুল করিম"


@pytest.mark.parametrize(("text", "quoted"), [
    # a sentence opened with one named day is the reporter's next item, however it closes: with its
    # subject after the verb, on a noun, or on a date with no weekday (ropen rifat-test-1150; bko
    # banglakit-1970, banglakit-3360)
    ("থানার ওসি আবদুল করিম বলেন, উপজেলাজুড়েই টেনশন রয়েছে। "
     "গত বৃহস্পতিবার রাতে এই আসনের তিন উপজেলায় ককটেলের বিস্ফোরণ ঘটায় দুর্বৃত্তরা।",
     "উপজেলাজুড়েই টেনশন রয়েছে"),
    ("থানার ওসি আবদুল করিম জানান, আহত ব্যক্তিদের হাসপাতালে পাঠানো হয়েছে। "
     "গত শনিবারই এফএ কাপের ফাইনালে ম্যানচেস্টার সিটিকে হারিয়ে উইগান জিতেছে প্রথম বড় কোনো শিরোপা।",
     "আহত ব্যক্তিদের হাসপাতালে পাঠানো হয়েছে"),
    ("থানার ওসি আবদুল করিম জানান, আহত ব্যক্তিদের হাসপাতালে পাঠানো হয়েছে। "
     "গত ২৮ এপ্রিল ভোট গ্রহণের দিন সাংবাদিকদের অনেকে পুলিশের নির্যাতনের শিকার হন।",
     "আহত ব্যক্তিদের হাসপাতালে পাঠানো হয়েছে"),
    ("থানার ওসি আবদুল করিম জানান, আহত ব্যক্তিদের হাসপাতালে পাঠানো হয়েছে। "
     "আজ বৃহস্পতিবার ক্যানবেরা এলাকায় একটি স্কুল সফরের সময় প্রধানমন্ত্রী ডিম ছোড়ার শিকার।",
     "আহত ব্যক্তিদের হাসপাতালে পাঠানো হয়েছে"),
])
def test_reported_speech_stops_at_a_sentence_opened_with_a_named_day(text: str, quoted: str) -> None:
    assert _one(text, quoted).speaker == "আবদুল করিম"


@pytest.mark.parametrize(("text", "quoted"), [
    # a span of days, not one day, goes on with the speech (open)
    ("বাণিজ্যমন্ত্রী আবদুল করিম বলেন, দুই দেশের আলোচনা এগিয়েছে। গত সপ্তাহে দুই দেশের মধ্যে নেগোশিয়েশন সফলভাবে সম্পন্ন হয়েছে।",
     "দুই দেশের আলোচনা এগিয়েছে। গত সপ্তাহে দুই দেশের মধ্যে নেগোশিয়েশন সফলভাবে সম্পন্ন হয়েছে"),
    # … and so does a named day in the speaker's own voice
    ("কৃষক আবদুল করিম বলেন, ফসলের দাম পাচ্ছি না। গত শনিবার আমরা হাটে ধান নিয়ে গিয়েছিলাম।",
     "ফসলের দাম পাচ্ছি না। গত শনিবার আমরা হাটে ধান নিয়ে গিয়েছিলাম"),
])
def test_a_span_of_days_or_the_speakers_own_day_goes_on_with_the_speech(text: str, quoted: str) -> None:
    assert (_one(text, quoted).speaker or "").endswith("আবদুল করিম")


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # a wire item closes with its credit line; the next item is not the speech (rno rifat-train-0310,
    # rifat-test-1590)
    ("জাতিসংঘের মুখপাত্র স্টেফান দুজারিক বলেন, সহিংসতায় উসকানিদাতাদের বিরুদ্ধে যথাযথ পদক্ষেপ নেওয়া হবে। এএফপি ও বিবিসি। "
     "ভারতীয় কূটনীতিকের বিরুদ্ধে অভিযোগ প্রত্যাহারের কোনো পরিকল্পনা যুক্তরাষ্ট্রের নেই।",
     "সহিংসতায় উসকানিদাতাদের বিরুদ্ধে যথাযথ পদক্ষেপ নেওয়া হবে", "স্টেফান দুজারিক"),
    ("দলের মুখপাত্র আবদুল করিম জানান, নির্বাচনে দলটি সব আসনে প্রার্থী দেবে। রয়টার্স। "
     "দেশটির উত্তরাঞ্চলে বন্যায় অন্তত ২০ জনের মৃত্যু হয়েছে।",
     "নির্বাচনে দলটি সব আসনে প্রার্থী দেবে", "আবদুল করিম"),
    ("দলের মুখপাত্র আবদুল করিম জানান, নির্বাচনে দলটি সব আসনে প্রার্থী দেবে। খবর বাসসের। "
     "দেশটির উত্তরাঞ্চলে বন্যায় অন্তত ২০ জনের মৃত্যু হয়েছে।",
     "নির্বাচনে দলটি সব আসনে প্রার্থী দেবে", "আবদুল করিম"),
])
def test_reported_speech_stops_at_an_agency_credit_line(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


@pytest.mark.parametrize(("text", "quoted"), [
    # what the reporter saw in a place or found in a source is not the speech (jn bn-763c23c568,
    # rno rifat-train-0530)
    ("দিনমজুর রফিকুল ইসলাম বলেন, শীতে মানুষ ঘর থেকে বের হচ্ছে না। কিন্তু আমাদের উপায় নেই। "
     "শহরের পুরাতন কাপড়ের দোকানগুলোতে দেখা যায় সেখানে অসংখ্য মানুষের ভিড়।",
     "শীতে মানুষ ঘর থেকে বের হচ্ছে না। কিন্তু আমাদের উপায় নেই"),
    ("থানার ওসি রফিকুল ইসলাম বলেন, শাহাজানপুর এলাকা এখন নাশকতার কেন্দ্র হয়ে উঠেছে। পুলিশসহ বিভিন্ন সূত্রের "
     "তথ্যে দেখা যায়, বগুড়ায় যানবাহনে যত হামলা হয়েছে, তার ৯৫ ভাগ এই এলাকায়।",
     "শাহাজানপুর এলাকা এখন নাশকতার কেন্দ্র হয়ে উঠেছে"),
])
def test_reported_speech_stops_at_what_the_reporter_saw(text: str, quoted: str) -> None:
    assert (_one(text, quoted).speaker or "").endswith("রফিকুল ইসলাম")


def test_what_the_speech_points_back_at_goes_on_with_it() -> None:
    text = "গবেষক আবদুল করিম বলেন, আমরা ১০৩টি আসনের ফল বিশ্লেষণ করেছি। এতে দেখা গেছে, অনেক কেন্দ্রে শতভাগ ভোট পড়েছে।"
    q = _one(text, "আমরা ১০৩টি আসনের ফল বিশ্লেষণ করেছি। এতে দেখা গেছে, অনেক কেন্দ্রে শতভাগ ভোট পড়েছে")
    assert q.speaker == "আবদুল করিম"


@pytest.mark.parametrize(("text", "quoted"), [
    # a dated event in the speaker's own voice
    ("কৃষক আবদুল করিম বলেন, ফসলের দাম পাচ্ছি না। মঙ্গলবার রাতে আমাদের গোলা থেকে ধান চুরি হয়েছে।",
     "ফসলের দাম পাচ্ছি না। মঙ্গলবার রাতে আমাদের গোলা থেকে ধান চুরি হয়েছে"),
    # a weekday that tells a habit, not a day
    ("হাটের ইজারাদার আবদুল করিম বলেন, এখানে গরুর দাম কমেছে। প্রতি সোমবার এখানে হাট বসে।",
     "এখানে গরুর দাম কমেছে। প্রতি সোমবার এখানে হাট বসে"),
])
def test_a_weekday_in_the_speakers_own_account_goes_on_with_the_speech(text: str, quoted: str) -> None:
    assert (_one(text, quoted).speaker or "").endswith("আবদুল করিম")


def test_a_forecast_for_a_day_goes_on_with_the_speech() -> None:
    text = ("আবহাওয়াবিদ আবদুল করিম বলেন, মঙ্গলবারও এমন পরিস্থিতি থাকতে পারে। "
            "ঢাকায় বুধবার কুয়াশা কিছুটা কমতে পারে।")
    q = _one(text, "মঙ্গলবারও এমন পরিস্থিতি থাকতে পারে। ঢাকায় বুধবার কুয়াশা কিছুটা কমতে পারে")
    assert q.kind == "indirect" and (q.speaker or "").endswith("আবদুল করিম")


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # a view of some or many is summed up in a sentence; the writer weighs it next (ropen rifat-train-3740)
    ("অনেকেই মনে করেন, ঘন ঘন সরকার বদল হলে স্থিতিশীলতা নষ্ট হয়ে যাবে। এটা ঠিক নয়। "
     "তবে আমাদের দেশে সরকার বদল হলে রাষ্ট্রীয় রীতিনীতি আমূল পাল্টে যায়।",
     "ঘন ঘন সরকার বদল হলে স্থিতিশীলতা নষ্ট হয়ে যাবে", "অনেকেই"),
    ("কেউ কেউ বিশ্বাস করেন, মেহেদি কনেকে অশুভ শক্তি থেকে রক্ষা করে। "
     "পাশাপাশি শরীর ঠান্ডা রাখতে মেহেদি কার্যকর ভূমিকা রাখে।",
     "মেহেদি কনেকে অশুভ শক্তি থেকে রক্ষা করে", "কেউ কেউ"),
    # … and so is the view of commentators (ropen rifat-test-0010)
    ("অর্থনীতিবিদেরা বলছেন, এ বছর অর্থনীতি নিয়ে ইতিবাচক ভাবনার সুযোগ খুব নেই। "
     "হরতাল-অবরোধের সাময়িক ক্ষয়ক্ষতি তো আছেই।",
     "এ বছর অর্থনীতি নিয়ে ইতিবাচক ভাবনার সুযোগ খুব নেই", "অর্থনীতিবিদেরা"),
    # (but "অর্থনীতিবিদদের মতে, …" runs on over one sentence: see
    # test_a_view_of_commentators_runs_on_over_one_sentence_of_theirs)
])
def test_a_body_of_opinion_is_reported_in_one_sentence(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize(("text", "quoted"), [
    # a new cue whose subject (অনেকেই, সবাই) opens its clause is another attribution (ropen rifat-train-3370)
    ("দোকানের মালিক রেতু মিয়া বলেন, নির্বাচন ঠিকঠাকভাবে হলে দেশের অবস্থা এমন থাকত না। "
     "অনেকেই নির্বাচনের দিন হামলার আশঙ্কা করছেন। সাধারণ মানুষের মধ্যে নির্বাচন নিয়ে আগ্রহ কম।",
     "নির্বাচন ঠিকঠাকভাবে হলে দেশের অবস্থা এমন থাকত না"),
    ("দোকানের মালিক রেতু মিয়া বলেন, নির্বাচন ঠিকঠাকভাবে হলে দেশের অবস্থা এমন থাকত না। "
     "সবাই এখন ভোটের দিন সহিংসতার আশঙ্কা করছেন।",
     "নির্বাচন ঠিকঠাকভাবে হলে দেশের অবস্থা এমন থাকত না"),
])
def test_speech_stops_at_a_cue_with_a_group_subject(text: str, quoted: str) -> None:
    assert _one(text, quoted).speaker == "রেতু মিয়া"


def test_a_group_that_speaks_goes_on() -> None:
    text = ("সভায় বক্তারা বলেন, শিক্ষকদের বেতন বাড়াতে হবে। এ জন্য বাজেটে বরাদ্দ রাখতে হবে।")
    q = _one(text, "শিক্ষকদের বেতন বাড়াতে হবে। এ জন্য বাজেটে বরাদ্দ রাখতে হবে")
    assert q.speaker == "বক্তারা"


@pytest.mark.parametrize("text, quoted", [
    # তিনি with no one before it to resolve to is still a person: the speech goes on
    ("তিনি গতকাল প্রথম আলোকে বলেন, চাহিদা যেহেতু তেমন একটা নেই, সেহেতু মূল্যস্ফীতিও তেমন একটা হবে না। আবার "
     "বৈদেশিক মুদ্রার বিনিময় হার স্থিতিশীল রয়েছে।",
     "চাহিদা যেহেতু তেমন একটা নেই, সেহেতু মূল্যস্ফীতিও তেমন একটা হবে না। আবার বৈদেশিক মুদ্রার বিনিময় হার "
     "স্থিতিশীল রয়েছে"),
    ("তিনি জানান, মুখোশধারী একটি দল এই এলাকায় আসে। তারা হুমকি দিয়ে যায়।",
     "মুখোশধারী একটি দল এই এলাকায় আসে। তারা হুমকি দিয়ে যায়"),
])
def test_an_unresolved_he_goes_on_talking(text: str, quoted: str) -> None:
    assert _one(text, quoted).kind == "indirect"


@pytest.mark.parametrize("text, quoted", [
    # speech that tells what happened goes on in the past: the next sentence in the narrative past is
    # the account, not the reporter
    ("এমন একজন নেতা বলেন, মাঠের আন্দোলন জোরদার না হলে এ ধরনের রাজনৈতিক সমস্যার কখনো সমাধান হয়নি। বিরোধী দলে "
     "থাকা অবস্থায় অতীতে আওয়ামী লীগও বিদেশি কূটনীতিকদের ওপর নির্ভর করেছিল।",
     "মাঠের আন্দোলন জোরদার না হলে এ ধরনের রাজনৈতিক সমস্যার কখনো সমাধান হয়নি। বিরোধী দলে থাকা অবস্থায় অতীতে "
     "আওয়ামী লীগও বিদেশি কূটনীতিকদের ওপর নির্ভর করেছিল"),
    # (তিনি is the one the account is about: "তাঁকেও … বলা হয়েছিল। তিনি এর বিরোধিতা করেন।")
    ("ঢাকার একজন সাংসদ জানান, তাঁকেও ১০ লাখ টাকা দিতে বলা হয়েছিল। তিনি এর বিরোধিতা করেন।",
     "তাঁকেও ১০ লাখ টাকা দিতে বলা হয়েছিল। তিনি এর বিরোধিতা করেন"),
    # a time opener (এ সময়, পরে) takes the account a step further
    ("ওসি বলেন, খবর পেয়ে পুলিশ অভিযান চালিয়ে সুজনকে আটক করে। এ সময় তাঁর সহযোগীরা পুলিশের ওপর হামলার চেষ্টা "
     "করে। পরে তাকে থানায় নেওয়া হয়েছে।",
     "খবর পেয়ে পুলিশ অভিযান চালিয়ে সুজনকে আটক করে। এ সময় তাঁর সহযোগীরা পুলিশের ওপর হামলার চেষ্টা করে। পরে তাকে "
     "থানায় নেওয়া হয়েছে"),
    # who was absent is no list of those present
    ("মামুন আহমেদ বলেন, শিক্ষকদের ওপর হামলার প্রতিবাদে এ কর্মসূচি নির্ধারণ করা হয়। কিন্তু নীল দলের কোনো সদস্য "
     "মানববন্ধনে উপস্থিত ছিলেন না। এটি দুঃখজনক।",
     "শিক্ষকদের ওপর হামলার প্রতিবাদে এ কর্মসূচি নির্ধারণ করা হয়। কিন্তু নীল দলের কোনো সদস্য মানববন্ধনে উপস্থিত ছিলেন "
     "না। এটি দুঃখজনক"),
    # the reporter dating the next event ends the account
    ("ওসি জানান, রাতে অভিযান চালিয়ে তাকে আটক করা হয়। সোমবার তাকে আদালতে পাঠানো হয়।",
     "রাতে অভিযান চালিয়ে তাকে আটক করা হয়"),
    # speech about the present still ends at the narrative past
    ("আমীর খসরু মাহমুদ চৌধুরী বলেন, এটা আজকে আনন্দের দিন। পরে তিনি মনোনয়নপত্র জমা দেন।",
     "এটা আজকে আনন্দের দিন"),
])
def test_an_account_of_the_past_goes_on_in_the_past(text: str, quoted: str) -> None:
    assert _one(text, quoted).kind == "indirect"


def test_reported_speech_continues_over_the_next_sentences() -> None:
    text = ("তিনি বলেন, এ খাতকে আর অক্সিজেন দিয়ে বাঁচানোর সময় নেই। এটি অনেকটা আইসিইউতে চলে গেছে। "
            "একে বাঁচাতে হলে সরকারকে বড় পদক্ষেপ নিতে হবে। বিটিএমএ সভাপতি রাসেল জানান, ৫০টি মিল বন্ধ হয়েছে।")
    found = _found("মোহাম্মদ আলী খোকন বক্তব্য দেন। " + text)
    assert found[0] == ("indirect", "এ খাতকে আর অক্সিজেন দিয়ে বাঁচানোর সময় নেই। এটি অনেকটা আইসিইউতে চলে গেছে। "
                                    "একে বাঁচাতে হলে সরকারকে বড় পদক্ষেপ নিতে হবে", "মোহাম্মদ আলী খোকন")
    assert found[1] == ("indirect", "৫০টি মিল বন্ধ হয়েছে", "রাসেল")


@pytest.mark.parametrize("text", [
    "সব দলের প্রতি সমর্থন জানান তিনি।",  # an expressive act, no content
    "তিনি সাংবাদিকদের সঙ্গে কথা বলেন।",
    "খাসান প্রশাসনের একজন কর্মকর্তা মন্তব্য করতে রাজি হননি।",  # an infinitive is no cue
    "তারা শেষ পর্যন্ত জামায়াতের জোটে যোগ দেয়।",  # যোগ দেয় = joined, not "added"
    "একে বলা হয় প্রিকশাস পিউবার্টি।",  # naming, not reporting
    "প্রেসিডেন্ট কোন হত্যাকাণ্ডের বিষয়ে বলছিলেন, তা স্পষ্ট করেননি।",  # an embedded question
    "তার রাজনৈতিক আশ্রয়কে নাগরিকত্বের দৃষ্টিতে দেখা উচিত নয়।",  # a point of view inside the clause, no holder
])
def test_not_reported_speech(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, quoted", [
    # a person goes on over the next sentences of the paragraph; a narrative sentence (a weekday with
    # its date, the narrative present "… জমা দেন", a subject তিনি) ends the speech
    ("আমীর খসরু মাহমুদ চৌধুরী বলেন, আজকে বাংলাদেশের মানুষের জন্য খুব আনন্দের দিন। বহুত ত্যাগের বিনিময়ে আজকে "
     "আমরা ভোটাধিকার ফিরে পেয়েছি। এটা আজকে আনন্দের দিন। সোমবার (২৯ ডিসেম্বর) দুপুরে তিনি মনোনয়নপত্র জমা দেন।",
     "আজকে বাংলাদেশের মানুষের জন্য খুব আনন্দের দিন। বহুত ত্যাগের বিনিময়ে আজকে আমরা ভোটাধিকার ফিরে পেয়েছি। "
     "এটা আজকে আনন্দের দিন"),
    # the generic present (… সচল করা হয়, … ফিরে যায়) goes on; a newcomer introduced with a title ends it
    ("সচিব বলেন, বড় বড় সরকারি প্রতিষ্ঠান নানা সমস্যায় জর্জরিত। এসব ক্ষেত্রে প্রতিষ্ঠানকে কিছুটা সচল করা হয়। "
     "কিন্তু প্রকল্প শেষ হলেই প্রতিষ্ঠানটি আবার আগের অবস্থায় ফিরে যায়। অনুষ্ঠানে প্রেজেন্টেশন দেন অতিরিক্ত সচিব মো. "
     "ছায়েদুজ্জামান।",
     "বড় বড় সরকারি প্রতিষ্ঠান নানা সমস্যায় জর্জরিত। এসব ক্ষেত্রে প্রতিষ্ঠানকে কিছুটা সচল করা হয়। কিন্তু প্রকল্প "
     "শেষ হলেই প্রতিষ্ঠানটি আবার আগের অবস্থায় ফিরে যায়"),
    # first-person verbs without a pronoun (জেনেছি, পারতাম) go on; an event placed "recently" ends it
    ("পেড্রি বলেন, সামাজিক যোগাযোগমাধ্যমে এ সম্পর্কে জেনেছি। কারণ সব জায়গায়ই এই বিষয়টি ভেসে উঠছিল। ইচ্ছে ছিল, "
     "যদি একটু দেখা করতে পারতাম। সম্প্রতি বার্সেলোনা আবার ক্যাম্প ন্যু খুলে দেয়।",
     "সামাজিক যোগাযোগমাধ্যমে এ সম্পর্কে জেনেছি। কারণ সব জায়গায়ই এই বিষয়টি ভেসে উঠছিল। ইচ্ছে ছিল, যদি একটু দেখা "
     "করতে পারতাম"),
    # a wish (… দান করুন) is the writer's own voice; a new attribution ends the post
    ("তামিম ইকবাল লেখেন, ইন্না লিল্লাহি ওয়া ইন্না ইলাইহি রাজিঊন। তার প্রয়াণে দেশ হারাল এক দৃঢ় নেতৃত্বের "
     "প্রতীককে। মহান আল্লাহ তার রূহের মাগফিরাত দান করুন। এদিকে ইমরুল কায়েস লেখেন, আল্লাহ তাকে জান্নাত দান করুন।",
     "ইন্না লিল্লাহি ওয়া ইন্না ইলাইহি রাজিঊন। তার প্রয়াণে দেশ হারাল এক দৃঢ় নেতৃত্বের প্রতীককে। মহান আল্লাহ তার "
     "রূহের মাগফিরাত দান করুন"),
    # the narrative present about someone in the third person ends a group's account
    ("এলাকাবাসীর ধারণা, ডাকাতির উদ্দেশে বৃদ্ধার ওপর এই হামলা করা হয়েছে। তার গলার চেইন ছিনিয়ে নেওয়া হয়েছে। "
     "রক্তাক্ত অবস্থায় তাকে উদ্ধার করে হাসপাতালে নেওয়া হয়।",
     "ডাকাতির উদ্দেশে বৃদ্ধার ওপর এই হামলা করা হয়েছে। তার গলার চেইন ছিনিয়ে নেওয়া হয়েছে"),
    # the reporter dates what happened next
    ("জাবের ঘোষণা দেন, শাহবাগ অবরোধ কর্মসূচি চলমান থাকবে। ওই ঘোষণার পরিপ্রেক্ষিতে শুক্রবার (২৬ ডিসেম্বর) রাতেই "
     "আন্দোলনকারীরা শাহবাগে অবস্থান নেন।", "শাহবাগ অবরোধ কর্মসূচি চলমান থাকবে"),
    # another source ("… তথ্য অনুযায়ী") ends it
    ("বিশ্লেষকরা বলছেন, দেশে নতুন বিনিয়োগ হয়নি। অ্যাকলেডের তথ্য অনুযায়ী, নিহতদের অধিকাংশই মুসলমান।",
     "দেশে নতুন বিনিয়োগ হয়নি"),
    # an organisation's written statement goes on
    ("বিসিবি লেখে, বাংলাদেশ ক্রিকেট বোর্ড পুরো দেশের সাথে গভীর শোক প্রকাশ করছে। তার রূহের মাগফিরাত কামনায় "
     "বিসিবির প্রার্থনা রইল।",
     "বাংলাদেশ ক্রিকেট বোর্ড পুরো দেশের সাথে গভীর শোক প্রকাশ করছে। তার রূহের মাগফিরাত কামনায় বিসিবির প্রার্থনা রইল"),
    # the statement's own "X জানাচ্ছে যে …" is its content, not a new attribution
    ("এক বিবৃতিতে বিসিবি লিখেছে, বাংলাদেশ ক্রিকেট বোর্ড গভীর দুঃখের সাথে জানাচ্ছে যে খালেদা জিয়া ইন্তেকাল করেছেন।",
     "বাংলাদেশ ক্রিকেট বোর্ড গভীর দুঃখের সাথে জানাচ্ছে যে খালেদা জিয়া ইন্তেকাল করেছেন"),
    # a plural of people by what they do, in the progressive, is whom the speaker talks about (no titled
    # person the reporter brings in); a plural subject after the verb is the writer's inversion and ends it
    ("সমিতির সভাপতি রফিকুল ইসলাম বলেন, বাজারে এখন ক্রেতা নেই। খুচরা ব্যবসায়ীরা আগের মতো পণ্য তুলছেন না। "
     "দোকানে বসে কর্মচারীরা সময় কাটাচ্ছেন। তিনটি আসনে বিনা প্রতিদ্বন্দ্বিতায় নির্বাচিত হয়েছেন দলের প্রার্থীরা।",
     "বাজারে এখন ক্রেতা নেই। খুচরা ব্যবসায়ীরা আগের মতো পণ্য তুলছেন না। দোকানে বসে কর্মচারীরা সময় কাটাচ্ছেন"),
    # BBC Bangla repeats every sentence: the speech does not run on over its copy
    ("বিক্ষোভকারীরা বলছেন, হত্যার ভিডিও দেখে যে কোনও মানুষেরই শিউরে ওঠার কথা। বিক্ষোভকারীরা বলছেন, হত্যার ভিডিও "
     "দেখে যে কোনও মানুষেরই শিউরে ওঠার কথা।", "হত্যার ভিডিও দেখে যে কোনও মানুষেরই শিউরে ওঠার কথা"),
])
def test_reported_speech_runs_on_until_the_reporter_narrates(text: str, quoted: str) -> None:
    q = _one(text, quoted)
    assert q.kind == "indirect"


@pytest.mark.parametrize("text, quoted", [
    # "এসময়ের মধ্যে" (within this time) is no opener "এসময়"; a first-person verb goes on
    ("রহিম উদ্দিন বলেন, আমাদের হাতে মাত্র ৪০ দিন সময় আছে। এসময়ের মধ্যে সুষ্ঠু নির্বাচনের জন্য সরকারের প্রতি "
     "আহ্বান জানাচ্ছি। তিনি আরও বলেন, দেশের মানুষ পরিবর্তন চায়।",
     "আমাদের হাতে মাত্র ৪০ দিন সময় আছে। এসময়ের মধ্যে সুষ্ঠু নির্বাচনের জন্য সরকারের প্রতি আহ্বান জানাচ্ছি"),
    # the speaker tells what happened next in the first person: "পরে আমরা …" is not the reporter's পরে
    ("প্রত্যক্ষদর্শী করিম মিয়া বলেন, দুর্বৃত্তরা তাকে মারধর করে পালিয়ে যায়। পরে আমরা তাকে উদ্ধার করে হাসপাতালে "
     "নিয়ে আসি।",
     "দুর্বৃত্তরা তাকে মারধর করে পালিয়ে যায়। পরে আমরা তাকে উদ্ধার করে হাসপাতালে নিয়ে আসি"),
    # a future that closes the sentence is the speaker's (… নিরাপদে থাকবেন, … দোয়া করবেন)
    ("প্রার্থী সেলিম রেজা বলেন, আশা করছি এলাকার বাসিন্দারা নিরাপদে থাকবেন। নারীরাও নিরাপদে থাকবেন। সবাই দোয়া করবেন।",
     "আশা করছি এলাকার বাসিন্দারা নিরাপদে থাকবেন। নারীরাও নিরাপদে থাকবেন। সবাই দোয়া করবেন"),
    # তিনি is the person the speech is about when the speech already spoke of them
    ("মন্ত্রী আবুল কাশেম বলেন, দলের নেত্রীর ওপর নির্যাতন হয়েছে কিন্তু তিনি মাথা নত করেননি। তিনি কোনো দিন আপস "
     "করেননি।",
     "দলের নেত্রীর ওপর নির্যাতন হয়েছে কিন্তু তিনি মাথা নত করেননি। তিনি কোনো দিন আপস করেননি"),
    ("মেয়র জাকির হোসেন বলেন, নেত্রী গণতন্ত্রের প্রতীক। তার এই কঠিন সময়ে দেশের মানুষ উদ্বিগ্ন। তিনি আজীবন মানুষের অধিকার "
     "রক্ষায় সংগ্রাম করে গেছেন।",
     "নেত্রী গণতন্ত্রের প্রতীক। তার এই কঠিন সময়ে দেশের মানুষ উদ্বিগ্ন। তিনি আজীবন মানুষের অধিকার রক্ষায় সংগ্রাম করে গেছেন"),
    # a role word inside a clause that ends in a compound verb (হয়ে পড়ে) is no titled name closing it
    ("অর্থনীতিবিদ সেলিম রায়হান বলেন, অর্থ ফেরত আনা জটিল প্রক্রিয়া। অনেক ক্ষেত্রে প্রকৃত মালিক চিহ্নিত করাও কঠিন হয়ে "
     "পড়ে।",
     "অর্থ ফেরত আনা জটিল প্রক্রিয়া। অনেক ক্ষেত্রে প্রকৃত মালিক চিহ্নিত করাও কঠিন হয়ে পড়ে"),
    # ... and recalls their past (the pluperfect), years included
    ("উপদেষ্টা হাসান আরিফ বলেন, তিনি কখনো কোনো নির্বাচনে হারেননি। ১৯৯১ সালের নির্বাচনে তিনি পাঁচটি আসন থেকে "
     "নির্বাচিত হয়েছিলেন। পরে তিনি শোক বইয়ে সই করেন।",
     "তিনি কখনো কোনো নির্বাচনে হারেননি। ১৯৯১ সালের নির্বাচনে তিনি পাঁচটি আসন থেকে নির্বাচিত হয়েছিলেন"),
    # ... but not when তিনি closes the sentence, acts in the narrative present or opens a verb of his own
    ("নেতা কামাল হোসেন বলেন, নেত্রীর অবদান অপরিসীম। তার শূন্যতা পূরণ হবার নয়। সবার জন্য সমান সুযোগ চান তিনি।",
     "নেত্রীর অবদান অপরিসীম। তার শূন্যতা পূরণ হবার নয়"),
    ("নেতা কামাল হোসেন বলেন, নেত্রীর অবদান অপরিসীম। তার শূন্যতা পূরণ হবার নয়। পরে তিনি দোয়া মাহফিলে যোগ দেন।",
     "নেত্রীর অবদান অপরিসীম। তার শূন্যতা পূরণ হবার নয়"),
    ("নেতা কামাল হোসেন বলেন, নেত্রীর অবদান অপরিসীম। তার শূন্যতা পূরণ হবার নয়। তিনি জানেন, সামনে কঠিন সময়।",
     "নেত্রীর অবদান অপরিসীম। তার শূন্যতা পূরণ হবার নয়"),
    # without anyone else spoken of, তিনি is the speaker and the reporter is telling again
    ("নেতা কামাল হোসেন বলেন, এলাকার উন্নয়ন হয়নি। ২০০৮ সালে তিনি এই আসনে নির্বাচিত হয়েছিলেন।", "এলাকার উন্নয়ন হয়নি"),
    # "… বাংলাদেশি বলে সন্দেহ করে" is what someone suspected, no new attribution
    ("শ্রমিক রিয়াকুলের সহকর্মীরা বলেছেন, দুষ্কৃতকারীরা বুধবার মারধর করে। তারা প্রথমে বাংলাদেশি বলে সন্দেহ করে এবং "
     "পরিচয়পত্র দেখতে চায়।",
     "দুষ্কৃতকারীরা বুধবার মারধর করে। তারা প্রথমে বাংলাদেশি বলে সন্দেহ করে এবং পরিচয়পত্র দেখতে চায়"),
    # a sentence opened by a bracket is the writer's aside
    ("নেতা কামাল হোসেন বলেন, মিশনের নিরাপত্তা নিশ্চিত করা উচিত। (কিছু পাঠকের কাছে ছবিটি অস্বস্তিকর মনে হতে পারে) "
     "পোশাক কর্মীকে পিটিয়ে হত্যার ঘটনা ক্ষোভ বাড়িয়েছে।", "মিশনের নিরাপত্তা নিশ্চিত করা উচিত"),
    # "তার ভাষ্যে …" attributes anew, even without a comma
    ("নেতা কামাল হোসেন বলেন, চুক্তির আলোচনা শেষ হয়েছে। তার ভাষ্যে তিন কারণে এটা বিশাল একটি পদক্ষেপ।",
     "চুক্তির আলোচনা শেষ হয়েছে"),
    # a pluperfect with no তিনি in it is the reporter's background
    ("নেতা কামাল হোসেন বলেন, নেত্রীর অবদান অপরিসীম। ২০০৭ সালে সেনা সমর্থিত সরকার সংস্কারের উদ্যোগ নিয়েছিল।",
     "নেত্রীর অবদান অপরিসীম"),
    ("নেতা কামাল হোসেন বলেন, এলাকার উন্নয়ন হয়নি। তিনি এলাকায় গণসংযোগ চালিয়ে যাচ্ছেন।", "এলাকার উন্নয়ন হয়নি"),
    # a future with its subject after it, or placed on a date, is the reporter's
    ("জেলা সভাপতি নুরুল আমিন বলেন, মাঠ প্রস্তুত আছে। আগামীকাল সমাবেশে যোগ দেবেন কেন্দ্রীয় নেতারা।",
     "মাঠ প্রস্তুত আছে"),
    ("জেলা সভাপতি নুরুল আমিন বলেন, মাঠ প্রস্তুত আছে। বৃহস্পতিবার কেন্দ্রীয় নেতারা সমাবেশে যোগ দেবেন।",
     "মাঠ প্রস্তুত আছে"),
    # a time opener with a cue or a question stays the reporter's even in the second person
    ("তদন্ত কর্মকর্তা বলেন, আসামির রিমান্ড প্রয়োজন। এসময় আসামি বিচারককে জিজ্ঞেস করেন, আপনি কি কিছু বললেন?",
     "আসামির রিমান্ড প্রয়োজন"),
])
def test_unquoted_speech_runs_on_in_the_speakers_voice(text: str, quoted: str) -> None:
    q = _one(text, quoted)
    assert q.kind == "indirect"


def test_a_narrative_sentence_is_not_what_this_information_points_back_at() -> None:
    text = normalize("আমীর খসরু বলেন, আমরা প্রতিটি নাগরিকের পৃষ্ঠপোষকতা করতে চাই। সোমবার (২৯ ডিসেম্বর) দুপুরে কার্যালয়ে "
                     "তিনি মনোনয়নপত্র জমা দেন। পরে তিনি সাংবাদিকদের সঙ্গে এসব কথা বলেন।")
    assert [q.text for q in quotes(text)] == ["আমরা প্রতিটি নাগরিকের পৃষ্ঠপোষকতা করতে চাই"]


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # what will happen is what the one named next told: the reporter narrates the occasion in the
    # past (jn bn-ccfa59d7a6, ropen rifat-train-4180)
    ("পূর্বাচলে ১ জানুয়ারি শুরু হচ্ছে ঢাকা আন্তর্জাতিক বাণিজ্য মেলা। প্রধান উপদেষ্টা মুহাম্মদ ইউনূস মেলার উদ্বোধন "
     "করবেন। সোমবার সংবাদ সম্মেলনে এসব কথা জানান বাণিজ্য সচিব মাহবুবুর রহমান।",
     "পূর্বাচলে ১ জানুয়ারি শুরু হচ্ছে ঢাকা আন্তর্জাতিক বাণিজ্য মেলা। প্রধান উপদেষ্টা মুহাম্মদ ইউনূস মেলার উদ্বোধন করবেন",
     "মাহবুবুর রহমান"),
    ("আগামী মার্চ মাসে ছেলেকে সঙ্গে নিয়ে দেশে আসবেন শাবনূর। গতকাল সিডনি থেকে মুঠোফোনে এমনটাই জানালেন শাবনূরের "
     "ছোট বোন ঝুমুর।", "আগামী মার্চ মাসে ছেলেকে সঙ্গে নিয়ে দেশে আসবেন শাবনূর", "ঝুমুর"),
    # the text's first sentence has no one before it for তিনি to stand for: it is the one named next
    # (bko banglakit-0200)
    ("সচেতনভাবেই অভিনেতা হয়েছেন তিনি। একটি টেলিভিশন অনুষ্ঠানের শুটিংয়ে এসব কথা জানান অভিনেতা আনিসুর রহমান মিলন।",
     "সচেতনভাবেই অভিনেতা হয়েছেন তিনি", "আনিসুর রহমান মিলন"),
])
def test_what_is_foretold_or_said_of_oneself_before_a_pointer_is_the_speakers(text: str, quoted: str,
                                                                              speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text", [
    # the occasion narrated in the past stays the reporter's, with তিনি or without
    "সোমবার দুপুরে আমীর খসরু মাহমুদ চৌধুরী মনোনয়নপত্র জমা দেন। পরে সাংবাদিকদের এসব কথা বলেন তিনি।",
    "দলের প্রার্থী হিসেবে তিনি মনোনয়নপত্র জমা দিয়েছেন। আগামীকাল তিনি প্রচারে নামবেন। পরে তিনি সাংবাদিকদের সঙ্গে "
    "এসব কথা বলেন।",
])
def test_the_reporters_narration_before_a_pointer_stays_unquoted(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    # a lede quotes in marks what the body reports later: one quote, direct, with the speaker
    ("‘সামাজিক যোগাযোগমাধ্যমে এ সম্পর্কে জেনেছি। না দেখাটা কঠিন ছিল।’ মেসি ক্লাব ছেড়ে যান। পেড্রি বলেন, "
     "সামাজিক যোগাযোগমাধ্যমে এ সম্পর্কে জেনেছি। না দেখাটা কঠিন ছিল।",
     [("direct", "সামাজিক যোগাযোগমাধ্যমে এ সম্পর্কে জেনেছি। না দেখাটা কঠিন ছিল।", "পেড্রি")]),
    # quoted words inside speech given word for word are mentions (‘হ্যাঁ’ বলি), not quotes of their own
    ("পরিকল্পনা সচিব বলেন, আমি সব সময় একটি নীতি মেনে চলি। কোনো প্রস্তাব সম্ভব হলে আমি স্পষ্টভাবে ‘হ্যাঁ’ বলি, "
     "আর সম্ভব না হলে সরাসরি ‘না’ জানিয়ে দিই।",
     [("indirect", "আমি সব সময় একটি নীতি মেনে চলি। কোনো প্রস্তাব সম্ভব হলে আমি স্পষ্টভাবে ‘হ্যাঁ’ বলি, আর সম্ভব না "
                   "হলে সরাসরি ‘না’ জানিয়ে দিই", "পরিকল্পনা সচিব")]),
    # a quoted name inside a sentence does not continue the quotation before it
    ("জাইমা লিখেছেন, ‘জেবু তার চারপাশে লাফিয়ে লাফিয়ে ঘুরত।’ ‘জেবু’ পোষা সাইবেরিয়ান প্রজাতির একটি বিড়াল।",
     [("direct", "জেবু তার চারপাশে লাফিয়ে লাফিয়ে ঘুরত।", "জাইমা")]),
    # slogans chanted by someone are their utterances; a slogan as a name is not
    ("আন্দোলনকারীরা ‘আমার ভাই কবরে, খুনি কেন বাইরে’, ‘দিল্লি না ঢাকা, ঢাকা ঢাকা’সহ নানা স্লোগান দিচ্ছেন।",
     [("direct", "আমার ভাই কবরে, খুনি কেন বাইরে", "আন্দোলনকারীরা"),
      ("direct", "দিল্লি না ঢাকা, ঢাকা ঢাকা", "আন্দোলনকারীরা")]),
    ("‘ভোট চোর’ স্লোগান দেন বিক্ষোভকারীরা।", [("direct", "ভোট চোর", "বিক্ষোভকারীরা")]),
    # slogans "they" chant are chanted, even when who "they" are is not known
    ("এ সময় তাদের ‘আমার ভাই কবরে, খুনি কেন বাইরে’, ‘খুনিরা বাইরে ঘোরে’সহ নানা স্লোগান দিতে দেখা যায়।",
     [("direct", "আমার ভাই কবরে, খুনি কেন বাইরে", None), ("direct", "খুনিরা বাইরে ঘোরে", None)]),
    ("বিপ্লবী গান ও ‘জাস্টিস ফর হাদি’ স্লোগানে মুখরিত শাহবাগ।", []),
])
def test_quotations_that_repeat_mention_or_chant(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, mention", [
    ("এ সময় তাদের ‘আমার ভাই কবরে, খুনি কেন বাইরে’ স্লোগান দিতে দেখা যায়।", "তাদের"),
    ("মিছিলকারীরা জড়ো হন। এ সময় তাদেরকে ‘ভোট চোর’ স্লোগান দিতে দেখা যায়।", "তাদেরকে"),
    ("নেতা এলেন। এ সময় তাকে ‘ভোট চোর’ স্লোগান দিতে দেখা যায়।", "তাকে"),
])
def test_a_chanting_pronoun_is_named_as_the_text_has_it(text: str, mention: str) -> None:
    """The slogan's chanters are resolved as তারা/তিনি but named by the words at the mention's
    offsets (the Quotes page highlights those and shows "Named as"; it said তারা over তাদের)."""
    body = normalize(text)
    (q,) = quotes(body)
    assert q.speaker_mention == mention == body[q.speaker_start:q.speaker_end]


@pytest.mark.parametrize("text, quoted, speaker", [
    # "the matter of …" with a verb of saying is reported content, as "… ঘোষণা দেন" is
    ("দল ছাড়ার ঘোষণা দিয়েছেন তাসনিম জারা। তিনি স্বতন্ত্র প্রার্থী হওয়ার কথা বলেছেন।",
     "স্বতন্ত্র প্রার্থী হওয়ার", "তাসনিম জারা"),
    ("রোববার রাতে জামায়াতের সাথে নির্বাচনী জোট গঠনের কথা জানিয়েছে বিএনপি।",
     "রোববার রাতে জামায়াতের সাথে নির্বাচনী জোট গঠনের", "বিএনপি"),
    # … and the quoted words inside that object are no quotation of their own
    ("পরিবারের কাছে ‘বিশেষ আদর’ পাওয়ার বিষয়টি উল্লেখ করে প্রাণীপ্রেমী জাইমা লেখেন, ‘আমরা ছোটবেলা থেকেই "
     "পশু-পাখির সঙ্গে বড় হয়েছি।’", "পরিবারের কাছে ‘বিশেষ আদর’ পাওয়ার", "জাইমা"),
    ("লিওনেল মেসিকে আবারো ক্লাবে ফিরে আসার দেখার আগ্রহ প্রকাশ করেছেন বার্সেলোনার তরুণ তারকা পেড্রি।",
     "লিওনেল মেসিকে আবারো ক্লাবে ফিরে আসার দেখার", "পেড্রি"),
])
def test_nominal_content_of_a_verb_of_saying(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)
    assert all(not (d.kind == "direct" and d.text == "বিশেষ আদর") for d in quotes(normalize(text)))


@pytest.mark.parametrize("text", [
    # "X-এর কথা বলা" with only a thing named before কথা, no clause, is talking about it
    "‘জেবু’ পোষা সাইবেরিয়ান প্রজাতির, তাকে নিয়ে পরিবারের একটু বিশেষ নজরের কথাও তুলে ধরেন জাইমা।",
    "আবহাওয়া অধিদপ্তর এবারও উপমহাদেশীয় উচ্চচাপ বলয়ের কথা বলছে।",
    "তিনি দেশের অর্থনৈতিক পরিস্থিতির কথা জানিয়েছেন।",
    # … and so after the verb
    "অনুষ্ঠানে তাঁরা ২০১৩ সালের নিজেদের সাফল্য আর ব্যর্থতার গল্পের পাশাপাশি বলেছেন ২০১৪ সালের পরিকল্পনার কথা।",
])
def test_a_thing_talked_about_is_no_content(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, organisation, quoted, speaker", [
    # an organisation and a title before the name are the name's phrase: the name that heads it speaks
    ("জাতিসংঘ মহাসচিব আন্তোনিও গুতেরেস এক বিবৃতিতে সীমান্তে হামলার ‘তীব্র নিন্দা’ জানিয়েছেন।", "জাতিসংঘ",
     "তীব্র নিন্দা", "আন্তোনিও গুতেরেস"),
    ("ইসি সচিব আখতার আহমেদ প্রার্থীদের ‘আচরণবিধি মেনে চলার’ আহ্বান জানিয়েছেন।", "ইসি",
     "আচরণবিধি মেনে চলার", "আখতার আহমেদ"),
])
def test_a_name_heading_a_titled_phrase_speaks(text: str, organisation: str, quoted: str, speaker: str) -> None:
    text = normalize(text)
    at = text.index(organisation)
    org = Entity(name=organisation, type="ORG", mentions=(Mention(at, at + len(organisation), organisation),))
    q = _one(text, quoted, entities=[org, *_people(text, speaker)])
    assert q.kind == "direct" and q.speaker == speaker


@pytest.mark.parametrize("text, quoted, speaker", [
    # আমীর is a name after another title or alone, the office after an organisation
    ("বিএনপির স্থায়ী কমিটির সদস্য ও চট্টগ্রাম-১১ আসনের প্রার্থী আমীর খসরু মাহমুদ চৌধুরী বলেন, আমরা যাব।",
     "আমরা যাব", "আমীর খসরু মাহমুদ চৌধুরী"),
    ("আমীর খসরু বলেন, আমরা যাব।", "আমরা যাব", "আমীর খসরু"),
    ("জামায়াতের আমির শফিকুর রহমান বলেন, আমরা যাব।", "আমরা যাব", "শফিকুর রহমান"),
    # an epithet before the name is no part of it
    ("প্রাণীপ্রেমী জাইমা লেখেন, ‘আমরা ছোটবেলা থেকেই পশু-পাখির সঙ্গে বড় হয়েছি।’",
     "আমরা ছোটবেলা থেকেই পশু-পাখির সঙ্গে বড় হয়েছি।", "জাইমা"),
    # a headline glued to the sentence is no part of "the locals"
    ("শাহবাগে ইনকিলাব মঞ্চের সর্বাত্মক অবরোধ স্থানীয়রা জানান, রবিবার সন্ধ্যায় তিনি মারা যান।",
     "রবিবার সন্ধ্যায় তিনি মারা যান", "স্থানীয়রা"),
    # a genitive phrase taken by a postposition is not the subject: the topic
    ("ডা. অম্বরিশ মিত্তল ডায়াবেটিসের চিকিৎসার জন্য ব্যবহৃত ওষুধের প্রসঙ্গে বলেছেন, \"নতুন ওষুধগুলোর প্রভাব "
     "দেখা গিয়েছে।\"", "নতুন ওষুধগুলোর প্রভাব দেখা গিয়েছে।", "অম্বরিশ মিত্তল"),
    ("ইরানি ইতিহাসবিদ মিনহাজ জুজ্জানি তার সম্পর্কে লিখেছেন, \"চেঙ্গিস একজন দুর্দান্ত ক্ষমতাসম্পন্ন ব্যক্তি "
     "ছিলেন।\"", "চেঙ্গিস একজন দুর্দান্ত ক্ষমতাসম্পন্ন ব্যক্তি ছিলেন।", "মিনহাজ জুজ্জানি"),
    # … nor what a nominal cue announces; the তিনি after it is the announcer
    ("জামায়াতে ইসলামীর আমির ডা. শফিকুর রহমান এই সমঝোতার ঘোষণা দেন। তিনি বলেন, দেশ সঙ্কটের মধ্য দিয়ে যাচ্ছে।",
     "দেশ সঙ্কটের মধ্য দিয়ে যাচ্ছে", "শফিকুর রহমান"),
    # a year belongs to its time phrase; পার্টি is an organisation, not a "-টি" matter
    ("ন্যাশনাল পার্টি ২০০২ সালে তাদের নির্বাচনী প্রতিশ্রুতি হিসাবে জানিয়েছিল নির্বাচিত হলে চুক্তি চূড়ান্ত করবে।",
     "নির্বাচিত হলে চুক্তি চূড়ান্ত করবে", "ন্যাশনাল পার্টি"),
    # a bare title is the person introduced with it, an honorific after the title notwithstanding
    ("শোক প্রকাশ করেছেন অন্তর্বর্তী সরকারের প্রধান উপদেষ্টা অধ্যাপক ড. মুহাম্মদ ইউনূস। প্রধান উপদেষ্টা বলেন, জাতি এক "
     "মহান অভিভাবককে হারালো।", "জাতি এক মহান অভিভাবককে হারালো", "মুহাম্মদ ইউনূস"),
    # … but a group with that title is never that one person
    ("গবেষণা করেছেন রাজনৈতিক বিশ্লেষক আলতাফ পারভেজ। বিশ্লেষকরা বলছেন, ভারতের সমর্থন কমেছে।",
     "ভারতের সমর্থন কমেছে", "বিশ্লেষকরা"),
    # an uncued quotation after a sentence that introduces someone with a title is theirs
    ("তবে বিষয়টিকে ভারতের ‘জাতীয় স্বার্থের’ দৃষ্টিকোণ থেকেই দেখছেন আন্তর্জাতিক সম্পর্ক বিভাগের অধ্যাপক সাহাব এনাম খান। "
     "“ভারতের অভ্যন্তরীণ রাজনীতিতে আওয়ামী লীগের যে গুরুত্বপূর্ণ ভূমিকা আছে, সেই জায়গায় ঘাটতি আছে”।",
     "ভারতের অভ্যন্তরীণ রাজনীতিতে আওয়ামী লীগের যে গুরুত্বপূর্ণ ভূমিকা আছে, সেই জায়গায় ঘাটতি আছে", "সাহাব এনাম খান"),
    # Bengali initials (এস. এম) do not end the sentence that introduces the speaker
    ("এ অর্জনে কৃতজ্ঞতা জ্ঞাপন করেন সিনিয়র ব্র্যান্ড ম্যানেজার এস. এম মেহেদী। তিনি বলেন, ‘এ অর্জন ভোক্তাদের "
     "ভালোবাসার প্রতিদান।’", "এ অর্জন ভোক্তাদের ভালোবাসার প্রতিদান।", "এস. এম মেহেদী"),
])
def test_speaker_names_and_phrases(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


@pytest.mark.parametrize("text, quoted, speaker", [
    # the owner of a description opened by an article or a quantifier is kept, as annotators keep it
    ("ভারতের পার্লামেন্টের একটি প্যানেল বলেছে, বাংলাদেশের পরিস্থিতি উদ্বেগজনক।",
     "বাংলাদেশের পরিস্থিতি উদ্বেগজনক", "ভারতের পার্লামেন্টের একটি প্যানেল"),
    ("এ দেশের বেশিরভাগ রপ্তানিকারক মনে করেন, সে সুযোগ বন্ধ করার জন্যই ভারত এ পদক্ষেপ নিয়েছে।",
     "সে সুযোগ বন্ধ করার জন্যই ভারত এ পদক্ষেপ নিয়েছে", "দেশের বেশিরভাগ রপ্তানিকারক"),
    # … but a name after its owner is still the name
    ("নাগরিক ঐক্যের মাহমুদুর রহমান মান্না বলেন, নির্বাচন হবে।", "নির্বাচন হবে", "মাহমুদুর রহমান মান্না"),
    # a clause that says who "such" people are belongs to the speaker
    ("তবে কাজ চলছে। বিষয়গুলো সম্পর্কে খোঁজখবর রাখেন এমন কয়েকজন নেতা বলেছেন, তারেক রহমান পরিকল্পনা করেছেন।",
     "তারেক রহমান পরিকল্পনা করেছেন", "বিষয়গুলো সম্পর্কে খোঁজখবর রাখেন এমন কয়েকজন নেতা"),
    ("বিদেশি বিনিয়োগ নিয়ে কাজ করে এমন কয়েকটি প্রতিষ্ঠানের কর্মকর্তারা বলেন, বিনিয়োগকারীরা শেয়ার কেনেন না।",
     "বিনিয়োগকারীরা শেয়ার কেনেন না", "বিদেশি বিনিয়োগ নিয়ে কাজ করে এমন কয়েকটি প্রতিষ্ঠানের কর্মকর্তারা"),
    ("এর আগে সম্ভব নয়। বৈঠকে উপস্থিত ছিলেন এমন একজন বিশেষজ্ঞ প্রথম আলোকে বলেন, একটি সংসদ থাকতে অপর সংসদ হয় না।",
     "একটি সংসদ থাকতে অপর সংসদ হয় না", "বৈঠকে উপস্থিত ছিলেন এমন একজন বিশেষজ্ঞ"),
    # … and "such" pointing back to the sentence before has no clause
    ("নেতারা হতাশ হয়ে পড়েছেন। এমন একজন নেতা বলেন, আন্দোলন জোরদার না হলে হবে না।",
     "আন্দোলন জোরদার না হলে হবে না", "এমন একজন নেতা"),
])
def test_a_descriptive_speaker_keeps_its_owner_and_defining_clause(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


def test_the_addressee_of_a_post_is_not_its_writer() -> None:
    # "X-এর উদ্দেশে" (addressed to X): with the tagger's name, the whole titled genitive is skipped
    text = normalize("প্রশ্ন তুলেছেন ডেমোক্র্যাট সদস্যরা। একটি পোস্টে তারা অ্যাটর্নি জেনারেল পাম বন্ডির উদ্দেশে "
                     "লিখেছেন: \"আবার কী ধামাচাপা দেওয়া হচ্ছে?\"")
    bondi = _entity(text, "পাম বন্ডি", "PERSON", "পাম বন্ডি")
    q = _one(text, "আবার কী ধামাচাপা দেওয়া হচ্ছে?", entities=[bondi])
    assert (q.speaker, q.speaker_mention) == ("ডেমোক্র্যাট সদস্যরা", "তারা")


def test_a_subject_is_named_in_the_nominative_whatever_the_tagger_stripped() -> None:
    # the tagger read "জাবের" as the genitive of জাব; before ঘোষণা দেন it is the subject, so nominative
    text = normalize("ইনকিলাব মঞ্চের সদস্য সচিব আব্দুল্লাহ আল জাবের ঘোষণা দেন, শাহবাগ অবরোধ চলমান থাকবে।")
    at = text.index("আব্দুল্লাহ")
    jaber = Entity("আব্দুল্লাহ আল জাব", "PERSON", (Mention(at, at + 19, text[at:at + 19]),))
    assert _one(text, "শাহবাগ অবরোধ চলমান থাকবে", entities=[jaber]).speaker == "আব্দুল্লাহ আল জাবের"


def test_a_title_the_tagger_put_into_a_name_is_dropped() -> None:
    text = normalize("জাইমা রহমান দেশে ফেরেন। প্রাণীপ্রেমী জাইমা লেখেন, ‘আমরা ছোটবেলা থেকেই পশু-পাখির সঙ্গে বড় হয়েছি।’")
    full = _entity(text, "জাইমা রহমান", "PERSON", "জাইমা রহমান")
    tagged = Entity("প্রাণীপ্রেমী জাইমা", "PERSON", _entity(text, "x", "PERSON", "প্রাণীপ্রেমী জাইমা").mentions,
                    aliases=("জাইমা",))
    q = _one(text, "আমরা ছোটবেলা থেকেই পশু-পাখির সঙ্গে বড় হয়েছি।", entities=[full, tagged])
    assert q.speaker == "জাইমা রহমান"


# ------------------------------------------------------------------------------------------------
# Speakers: position, addressee, apposition, titles, pronouns


@pytest.mark.parametrize("text, quoted, speaker, role, affiliation", [
    # addressee is not the speaker
    ("‘যে গ্রামে ঘটনা ঘটেছে সেখানে এক মাস আগে চাঁদা চাওয়া হয়েছিল,’ বিবিসি বাংলাকে বলেন পাংশা থানার "
     "ভারপ্রাপ্ত কর্মকর্তা শেখ মঈনুল ইসলাম।", "যে গ্রামে ঘটনা ঘটেছে সেখানে এক মাস আগে চাঁদা চাওয়া হয়েছিল",
     "শেখ মঈনুল ইসলাম", "ভারপ্রাপ্ত কর্মকর্তা", "পাংশা থানা"),
    ("রাষ্ট্রবিজ্ঞানের অধ্যাপক আব্দুল লতিফ মাসুম বিবিসি বাংলাকে বলেন, \"ব্যালট পেপার ঢাকায় নিয়ে আসা হয়েছিল।\"",
     "ব্যালট পেপার ঢাকায় নিয়ে আসা হয়েছিল।", "আব্দুল লতিফ মাসুম", "অধ্যাপক", "রাষ্ট্রবিজ্ঞান"),
    ("স্টেট ডিপার্টমেন্টের মুখপাত্র ম্যাথিউ মিলার সাংবাদিকদের বলেছেন, “আমরা নতুন নিষেধাজ্ঞা দিতে দ্বিধা করব না।”",
     "আমরা নতুন নিষেধাজ্ঞা দিতে দ্বিধা করব না।", "ম্যাথিউ মিলার", "মুখপাত্র", "স্টেট ডিপার্টমেন্ট"),
    # place and document phrases between subject and verb
    ("বিসিবি এক সংবাদবিজ্ঞপ্তিতে জানায়, স্থগিত ম্যাচগুলো পরে আয়োজন করা হবে।", "স্থগিত ম্যাচগুলো পরে আয়োজন করা হবে",
     "বিসিবি", None, None),
    ("বাংলাদেশ দলের সাবেক অধিনায়ক তামিম ইকবাল খান নিজের অফিশিয়াল ফেসবুক পেজে লিখেছেন, ‘মহান আল্লাহ তার রূহের "
     "মাগফিরাত দান করুন।’", "মহান আল্লাহ তার রূহের মাগফিরাত দান করুন।", "তামিম ইকবাল খান", "সাবেক অধিনায়ক",
     "বাংলাদেশ দল"),
    # apposition set off by commas
    ("দক্ষিণ কোরিয়ার ভাইস পররাষ্ট্রমন্ত্রী চ্যাং হো-জিন, রাশিয়ার প্রাক্তন রাষ্ট্রদূত, বলেছেন ইউক্রেন সংঘাতের পরে "
     "এটি মস্কোর স্বার্থে হবে।", "ইউক্রেন সংঘাতের পরে এটি মস্কোর স্বার্থে হবে", "চ্যাং হো-জিন",
     "ভাইস পররাষ্ট্রমন্ত্রী", "দক্ষিণ কোরিয়া"),
    # dash attribution with the title after the name
    ("‘ব্যাংক আমানত সংগ্রহ করে বিনিয়োগের মাধ্যমে গ্রাহকদের মুনাফা দেয়।’ —আরিফ হোসেন খান, বাংলাদেশ ব্যাংকের "
     "নির্বাহী পরিচালক ও মুখপাত্র", "ব্যাংক আমানত সংগ্রহ করে বিনিয়োগের মাধ্যমে গ্রাহকদের মুনাফা দেয়।",
     "আরিফ হোসেন খান", "নির্বাহী পরিচালক ও মুখপাত্র", "বাংলাদেশ ব্যাংক"),
    # honorifics are not part of the name
    ("ড. সাঈদ ইফতেখার আহমেদ বলেন, খালেদা জিয়ার প্রথম শাসনামলে দুর্নীতি কম ছিল।",
     "খালেদা জিয়ার প্রথম শাসনামলে দুর্নীতি কম ছিল", "সাঈদ ইফতেখার আহমেদ", None, None),
    ("\"এটা একটা প্রক্রিয়া, আরও সময় লাগবে,\" বলেন মি. হোসেন।", "এটা একটা প্রক্রিয়া, আরও সময় লাগবে", "হোসেন",
     None, None),
    # a leading possessor is the affiliation
    ("নাগরিক ঐক্যের মাহমুদুর রহমান মান্না জানিয়েছেন, তারা নিজ দলীয় প্রতীকেই নির্বাচন করবেন।",
     "তারা নিজ দলীয় প্রতীকেই নির্বাচন করবেন", "মাহমুদুর রহমান মান্না", None, "নাগরিক ঐক্য"),
    # "X নামের একজন" — the name before নামের
    ("রাজিব শেখ নামের একজন মন্তব্য করেন, হিরো আলম আইনপ্রণেতা হতে চান।", "হিরো আলম আইনপ্রণেতা হতে চান",
     "রাজিব শেখ", None, None),
    # a genitive speaker is given in the nominative
    ("বাফুফে শোক জানায়। বাফুফের মিডিয়া ডিপার্টমেন্ট থেকে পাঠানো এক বিজ্ঞপ্তিতে জানানো হয়, আজকের সব ম্যাচ "
     "স্থগিত রাখা হয়েছে।",
     "আজকের সব ম্যাচ স্থগিত রাখা হয়েছে", "বাফুফে", None, None),
])
def test_speaker_phrase(text: str, quoted: str, speaker: str, role: str | None, affiliation: str | None) -> None:
    q = _one(text, quoted)
    assert (q.speaker, q.role, q.affiliation) == (speaker, role, affiliation)
    assert q.speaker_mention is not None and q.speaker_start is not None
    assert normalize(text)[q.speaker_start:q.speaker_end] == q.speaker_mention


@pytest.mark.parametrize("text, quoted, speaker, mention", [
    # তিনি -> the most recent speaker
    ("মোহাম্মদ আলী খোকন বলেন, দেশের বস্ত্র খাত আইসিইউতে আছে। তিনি বলেন, এ খাতকে বাঁচানোর সময় নেই।",
     "এ খাতকে বাঁচানোর সময় নেই", "মোহাম্মদ আলী খোকন", "তিনি"),
    ("চ্যাং হো-জিন বলেছেন, এটি মস্কোর স্বার্থে হবে। “সামরিক সহযোগিতা রেজুলেশন লঙ্ঘন করবে,” তিনি বলেছিলেন।",
     "সামরিক সহযোগিতা রেজুলেশন লঙ্ঘন করবে", "চ্যাং হো-জিন", "তিনি"),
    # তার মতে
    ("ড. বায়েস বলেন, ‘অনিশ্চয়তা কাটানোর একমাত্র পথ হলো একটি গ্রহণযোগ্য নির্বাচন।’ তার মতে, ত্রুটিপূর্ণ "
     "নির্বাচনও নির্বাচন না থাকার চেয়ে ভালো।", "ত্রুটিপূর্ণ নির্বাচনও নির্বাচন না থাকার চেয়ে ভালো", "বায়েস",
     "তার"),
    # তারা -> the most recent group; যারা -> the phrase before it
    ("মার্কিন কর্মকর্তারা, যারা প্রথমে বলেছিলেন এই সফর আসন্ন, তারা বলেছিলেন অস্ত্র আলোচনা অগ্রসর হচ্ছে।",
     "অস্ত্র আলোচনা অগ্রসর হচ্ছে", "মার্কিন কর্মকর্তারা", "তারা"),
    ("মার্কিন কর্মকর্তারা, যারা প্রথমে বলেছিলেন এই সফর আসন্ন, তারা বলেছিলেন অস্ত্র আলোচনা অগ্রসর হচ্ছে।",
     "এই সফর আসন্ন", "মার্কিন কর্মকর্তারা", "মার্কিন কর্মকর্তারা"),
    # a bare title -> the person introduced with it
    ("বাংলাদেশে কম দামে সুতা রপ্তানি করে ভারত আগ্রাসন চালাচ্ছে বলে মন্তব্য করেছেন বাংলাদেশ টেক্সটাইল মিলস "
     "অ্যাসোসিয়েশনের (বিটিএমএ) সাবেক পরিচালক রাজীব হায়দার। বিটিএমএর সাবেক পরিচালক জানান, ভারত থেকে সুতা আমদানি "
     "বেড়েছে।", "ভারত থেকে সুতা আমদানি বেড়েছে", "রাজীব হায়দার", "বিটিএমএর সাবেক পরিচালক"),
    # an age or a demonstrative -> the person just spoken about
    ("কেন আলজেরিয়ার হয়ে খেলেন সে কারণ জানালেন লুকা। এই প্রসঙ্গে ২৭ বছর বয়সী কিপার বলেছেন, ‘আমি যখনই "
     "আলজেরিয়ার কথা ভাবি, তখনই দাদার কথা মনে পড়ে।’", "আমি যখনই আলজেরিয়ার কথা ভাবি, তখনই দাদার কথা মনে পড়ে।",
     "লুকা", "২৭ বছর বয়সী কিপার"),
    # a sentence ending in a titled name introduces the তিনি that follows
    ("সবার প্রতি কৃতজ্ঞতা জ্ঞাপন করেন আকিজ ফুডের সিনিয়র ব্র্যান্ড ম্যানেজার মেহেদী সিরাজী। তিনি বলেন, ‘এ অর্জন "
     "ভোক্তাদের ভালোবাসার প্রতিদান।’", "এ অর্জন ভোক্তাদের ভালোবাসার প্রতিদান।", "মেহেদী সিরাজী", "তিনি"),
    # a surname alone -> the full name of the person who spoke before
    ("মহিউদ্দিন আহমদ বলেন, ‘এর পেছনে রাজনৈতিক উদ্দেশ্য আছে।’ “এই তাসটা তারা হারাতে চাইবে না,” বলেন মি. আহমদ।",
     "এই তাসটা তারা হারাতে চাইবে না", "মহিউদ্দিন আহমদ", "আহমদ"),
])
def test_speaker_resolution(text: str, quoted: str, speaker: str, mention: str) -> None:
    q = _one(text, quoted)
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


# ------------------------------------------------------------------------------------------------
# Source types and framing


@pytest.mark.parametrize("text, quoted, source_type", [
    ("রাজীব হায়দার বলেন, এখন ধ্বংসটাই বাকি।", "এখন ধ্বংসটাই বাকি", "person"),
    ("আবহাওয়া অধিদপ্তর জানিয়েছে, আজ ঢাকায় তাপমাত্রা কমেছে।", "আজ ঢাকায় তাপমাত্রা কমেছে", "organisation"),
    ("পিডিবি জানিয়েছে, আদানির বিদ্যুতের দাম বেশি।", "আদানির বিদ্যুতের দাম বেশি", "organisation"),
    ("মঙ্গলবার জাপানি মিডিয়া জানিয়েছে, কিম রাশিয়ায় পৌঁছেছেন।", "কিম রাশিয়ায় পৌঁছেছেন", "media"),
    ("সংশ্লিষ্ট সূত্র জানায়, খালেদা জিয়া আঙুলের ছাপ ব্যবহার করেছেন।", "খালেদা জিয়া আঙুলের ছাপ ব্যবহার করেছেন",
     "anonymous"),
    ("দক্ষিণ কোরিয়ার প্রতিরক্ষা মন্ত্রণালয়ের মুখপাত্র বলেছেন, কিম রাশিয়ায় প্রবেশ করেছেন।",
     "কিম রাশিয়ায় প্রবেশ করেছেন", "anonymous"),
    ("বিশ্লেষকরা বলছেন, নির্বাচনের আগে মেরুকরণ নতুন নয়।", "নির্বাচনের আগে মেরুকরণ নতুন নয়", "group"),
    # plural titles are a group, not a name after a title
    ("গবেষক ও রাজনৈতিক বিশ্লেষকরা বলছেন, প্রথম নির্বাচনেই কারচুপি হয়েছিল।", "প্রথম নির্বাচনেই কারচুপি হয়েছিল", "group"),
    ("সহিংসতা পর্যবেক্ষণকারী বিভিন্ন গোষ্ঠী বলছে, এমন কোনো প্রমাণ নেই।", "এমন কোনো প্রমাণ নেই", "group"),
    ("এ ঘটনাকে প্রথম বলে জানানো হয়।", "এ ঘটনাকে প্রথম", "unknown"),
])
def test_source_type(text: str, quoted: str, source_type: str) -> None:
    assert _one(text, quoted).source_type == source_type


@pytest.mark.parametrize("text, quoted, role, affiliation", [
    # an acronym that ends in the letter এ takes -র: the affiliation keeps its এ
    ("দেশের বস্ত্র খাত আইসিইউতে আছে বলে মন্তব্য করেন বিটিএমএর সাবেক সভাপতি মোহাম্মদ আলী খোকন।",
     "দেশের বস্ত্র খাত আইসিইউতে আছে", "সাবেক সভাপতি", "বিটিএমএ"),
    # an unnamed source speaks from the body named before সূত্র; a described one has no body
    ("এনসিপির একটি সূত্র জানায়, আরও কয়েকজন নেতা পদত্যাগ করতে পারেন।", "আরও কয়েকজন নেতা পদত্যাগ করতে পারেন",
     None, "এনসিপি"),
    ("অর্থ মন্ত্রণালয় সূত্র জানায়, বাজেট ঘাটতি বেড়েছে।", "বাজেট ঘাটতি বেড়েছে", None, "অর্থ মন্ত্রণালয়"),
    ("দলীয় সূত্র জানায়, আরও কয়েকজন নেতা পদত্যাগ করতে পারেন।", "আরও কয়েকজন নেতা পদত্যাগ করতে পারেন", None, None),
    ("কূটনৈতিক সূত্রগুলো জানায়, বৈঠক হবে।", "বৈঠক হবে", None, None),
    # words written between the owner's genitive and the title are the title's
    ("বাংলাদেশ ফাইন্যান্সিয়াল ইন্টেলিজেন্স ইউনিটের (বিএফআইইউ) ঊর্ধ্বতন এক কর্মকর্তা জানান, দেশীয় পর্যায়ে উদ্যোগ "
     "নেওয়া হয়েছে।", "দেশীয় পর্যায়ে উদ্যোগ নেওয়া হয়েছে", "ঊর্ধ্বতন কর্মকর্তা",
     "বাংলাদেশ ফাইন্যান্সিয়াল ইন্টেলিজেন্স ইউনিট (বিএফআইইউ)"),
    ("মেঘালয় পুলিশের এক শীর্ষ কর্মকর্তা বলেছেন, অভিযুক্তরা পালিয়েছে।", "অভিযুক্তরা পালিয়েছে", "শীর্ষ কর্মকর্তা",
     "মেঘালয় পুলিশ"),
    ("সংসদ নির্বাচনে প্রার্থী হচ্ছেন না বলে জানিয়েছেন অন্তর্বর্তী সরকারের সাবেক তথ্য উপদেষ্টা মাহফুজ আলম।",
     "সংসদ নির্বাচনে প্রার্থী হচ্ছেন না", "সাবেক তথ্য উপদেষ্টা", "অন্তর্বর্তী সরকার"),
    # … but not a body's own words (ফায়ার সার্ভিস) nor an owner itself in the genitive (পর্যায়ের)
    ("পটিয়া ফায়ার সার্ভিসের স্টেশন অফিসার রাজেশ বড়ুয়া জানান, আগুন নিয়ন্ত্রণে এসেছে।", "আগুন নিয়ন্ত্রণে এসেছে",
     "স্টেশন অফিসার", "পটিয়া ফায়ার সার্ভিস"),
    ("বিএনপির উপজেলা পর্যায়ের নেতা বাবু হোসেন বলেন, আমরা প্রস্তুত।", "আমরা প্রস্তুত", "নেতা",
     "বিএনপির উপজেলা পর্যায়"),
    # of two titles joined by ও, the title named is the last one's, with its owner
    ("অর্থ ফেরত আনা কঠিন বলে মনে করেন অর্থনীতিবিদ ও জাহাঙ্গীরনগর বিশ্ববিদ্যালয়ের সাবেক উপাচার্য আব্দুল বায়েস।",
     "অর্থ ফেরত আনা কঠিন", "সাবেক উপাচার্য", "জাহাঙ্গীরনগর বিশ্ববিদ্যালয়"),
    # a named person's later quote carries the title the article gave them
    ("দেশের বস্ত্র খাত আইসিইউতে আছে বলে মন্তব্য করেন বিটিএমএর সাবেক সভাপতি মোহাম্মদ আলী খোকন। পরে মোহাম্মদ আলী "
     "খোকন বলেন, এ খাতকে বাঁচানোর সময় নেই।", "এ খাতকে বাঁচানোর সময় নেই", "সাবেক সভাপতি", "বিটিএমএ"),
    ("নাগরিক ঐক্যের সভাপতি মাহমুদুর রহমান মান্না বলেন, আমরা নির্বাচনে যাব। এরপর সাংবাদিকদের প্রশ্নের জবাবে "
     "মাহমুদুর রহমান মান্না বলেন, তফসিল পেছানো উচিত নয়।", "তফসিল পেছানো উচিত নয়", "সভাপতি", "নাগরিক ঐক্য"),
    # a relation to someone else or an epithet is no post, and the relative no body …
    ("মওলানা ভাসানীর নাতি আজাদ খান ভাসানী বলেন, আমি দল ছাড়ছি।", "আমি দল ছাড়ছি", None, None),
    ("তারেক রহমানের একমাত্র মেয়ে জাইমা রহমান লিখেছেন, জেবু খুব শান্ত।", "জেবু খুব শান্ত", None, None),
    ("পরিবারের কথা উল্লেখ করে প্রাণীপ্রেমী জাইমা লেখেন, জেবু খুব শান্ত।", "জেবু খুব শান্ত", None, None),
    # … and a post joined to a relation by ও is the role
    ("এনসিপির কৃষক উইং-এর প্রধান সমন্বয়কারী ও মজলুম জননেতা মওলানা আব্দুল হামিদ খান ভাসানীর নাতি আজাদ খান ভাসানী "
     "বলেন, আমি দল ছাড়ছি।", "আমি দল ছাড়ছি", "প্রধান সমন্বয়কারী", "কৃষক উইং"),
    # an age is neither the title nor the body
    ("এই প্রসঙ্গে ২৭ বছর বয়সী কিপার লুকা বলেছেন, আমি গর্বিত।", "আমি গর্বিত", "কিপার", None),
    # the owner holds no occasion of the words (আলাপকালে misspelt)
    ("মঙ্গলবার সচিবালয়ে সাংবাদিকদের সঙ্গে আলাপকাল মন্ত্রিপরিষদ সচিব শেখ আব্দুর রশীদ বলেন, সরকারি ছুটি থাকবে।",
     "সরকারি ছুটি থাকবে", "সচিব", "মন্ত্রিপরিষদ"),
    # plain nouns written before a title make one title with it
    ("পানি সম্পদ উপদেষ্টা সৈয়দা রিজওয়ানা হাসান বলেছেন, নদী রক্ষা করতে হবে।", "নদী রক্ষা করতে হবে",
     "পানি সম্পদ উপদেষ্টা", None),
    ("বিএনপি নেত্রী ও সাবেক সংসদ সদস্য রুমিন ফারহানা বলেন, দল প্রস্তুত।", "দল প্রস্তুত", "সাবেক সংসদ সদস্য", None),
    ("ফরেন পলিসি বিশেষজ্ঞ গীতাঞ্জলি সিনহা রায় বলেন, চুক্তিটি গুরুত্বপূর্ণ।", "চুক্তিটি গুরুত্বপূর্ণ",
     "ফরেন পলিসি বিশেষজ্ঞ", None),
    # … but an organisation or an acronym written there is the owner
    ("বিটিএমএ সভাপতি শওকত আজিজ রাসেল বলেন, কারখানা বন্ধ হচ্ছে।", "কারখানা বন্ধ হচ্ছে", "সভাপতি", "বিটিএমএ"),
    ("নির্বাচন কমিশন সচিব আখতার আহমেদ বলেন, প্রস্তুতি শেষ।", "প্রস্তুতি শেষ", "সচিব", "নির্বাচন কমিশন"),
])
def test_role_and_affiliation_an_editor_reads(text: str, quoted: str, role: str | None,
                                              affiliation: str | None) -> None:
    q = _one(text, quoted)
    assert (q.role, q.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, quoted, person, forms, role, affiliation", [
    # a bare title resolved to the titled person: the owner is no earlier sentence's end …
    ("নানা শ্রেণি-পেশার মানুষ শোক প্রকাশ করছেন। তারকারাও তার ব্যতিক্রম নন। সংগীতশিল্পী সাজিয়া সুলতানা পুতুল শোক "
     "জানিয়ে স্মৃতি ভাগ করেছেন। পুতুল ছবি পোস্ট করেছেন। এ শিল্পীর ভাষায়, “এরপর বড় হয়েছি।”", "এরপর বড় হয়েছি।",
     "সাজিয়া সুলতানা পুতুল", ("সাজিয়া সুলতানা পুতুল", "পুতুল"), "সংগীতশিল্পী", None),
    # … nor the occasion the title phrase took in ("কমিটির বৈঠক শেষে")
    ("যেখানে খোদ বাংলাদেশ ব্যাংকের গভর্নর বলছেন, বিদেশ থেকে অর্থ আনতে চার-পাঁচ বছর সময় লাগে। গত ১৭ ডিসেম্বর জাতীয় "
     "সমন্বয় কমিটির বৈঠক শেষে বাংলাদেশ ব্যাংকের গভর্নর ড. আহসান এইচ মনসুরকে প্রশ্ন করা হয়।",
     "বিদেশ থেকে অর্থ আনতে চার-পাঁচ বছর সময় লাগে", "আহসান এইচ মনসুর", ("ড. আহসান এইচ মনসুরকে",), "গভর্নর",
     "বাংলাদেশ ব্যাংক"),
])
def test_role_and_affiliation_of_a_linked_speaker(text: str, quoted: str, person: str, forms: tuple[str, ...],
                                                  role: str, affiliation: str | None) -> None:
    text = normalize(text)
    entities = [_entity(text, person, "PERSON", *forms), _entity(text, "বাংলাদেশ ব্যাংক", "ORG", "বাংলাদেশ ব্যাংকের")]
    q = _one(text, quoted, entities=entities)
    assert (q.speaker, q.role, q.affiliation) == (person, role, affiliation)


_NCP = ("জাতীয় নাগরিক পার্টি", "ORG", "জাতীয় নাগরিক পার্টি", "এনসিপির", "এনসিপি")
_JAMAAT = ("জামায়াতে ইসলামী", "ORG", "জামায়াতে ইসলামীর", "জামায়াতে ইসলামী")


@pytest.mark.parametrize("text, quoted, bodies, role, affiliation", [
    # an owner that points back is the body of its kind named last before it …
    ("ভবিষ্যতে সরকার গঠনের আশা করছে জামায়াতে ইসলামী। দলের মহাসচিব মিয়া গোলাম পরওয়ার বলেন, আমরা জয়ী হবো।",
     "আমরা জয়ী হবো", (_JAMAAT, ("মিয়া গোলাম পরওয়ার", "PERSON", "মিয়া গোলাম পরওয়ার")), "মহাসচিব",
     "জামায়াতে ইসলামী"),
    ("জামায়াতের নেতৃত্বাধীন জোটে যাওয়ার সিদ্ধান্তে এনসিপির ভেতরে মতবিরোধ দেখা দিয়েছে। দলের সিনিয়র যুগ্ম সদস্য "
     "সচিব তাসনিম জারা বলেন, আমি দল ছাড়ছি।", "আমি দল ছাড়ছি",
     (_NCP, ("জামায়াতে ইসলামী", "ORG", "জামায়াতের"), ("তাসনিম জারা", "PERSON", "তাসনিম জারা")), "সিনিয়র যুগ্ম সদস্য সচিব", "জাতীয় নাগরিক পার্টি"),
    ("দিল্লিতে বাংলাদেশের মিশনের বাইরে বিক্ষোভকে 'অযৌক্তিক' বলে অভিহিত করে বাংলাদেশ। দেশটির সাবেক রাষ্ট্রদূত "
     "হুমায়ুন কবির বলেন, এমন অবিশ্বাস আগে দেখিনি।", "এমন অবিশ্বাস আগে দেখিনি",
     (("বাংলাদেশ", "LOC", "বাংলাদেশের", "বাংলাদেশ"), ("দিল্লি", "LOC", "দিল্লিতে"),
      ("হুমায়ুন কবির", "PERSON", "হুমায়ুন কবির")), "সাবেক রাষ্ট্রদূত", "বাংলাদেশ"),
    ("ভারতে শুকনা খাদ্যপণ্য রপ্তানিতে শীর্ষে রয়েছে প্রাণ-আরএফএল গ্রুপ। গ্রুপের বিপণন পরিচালক কামরুজ্জামান কামাল "
     "বলেন, পরিবহনের খরচ বেড়েছে।", "পরিবহনের খরচ বেড়েছে",
     (("প্রাণ-আরএফএল গ্রুপ", "ORG", "প্রাণ-আরএফএল গ্রুপ"), ("কামরুজ্জামান কামাল", "PERSON", "কামরুজ্জামান কামাল")),
     "বিপণন পরিচালক", "প্রাণ-আরএফএল গ্রুপ"),
    # … and inside a phrase, the body takes the pointer's place
    ("জাতীয় নাগরিক পার্টি (এনসিপি) ছাড়ার ঘোষণা দিচ্ছেন একের পর এক নেতা। এবার যুক্ত হলেন দলটির কৃষক উইং-এর "
     "প্রধান সমন্বয়কারী আজাদ খান ভাসানী। তিনি বলেন, আমি দল ছাড়ছি।", "আমি দল ছাড়ছি",
     (_NCP, ("আজাদ খান ভাসানী", "PERSON", "আজাদ খান ভাসানী")),
     "প্রধান সমন্বয়কারী", "জাতীয় নাগরিক পার্টির কৃষক উইং"),
    # no body when the pointer's sentence names two: the nearest (জামায়াত) is not the one meant (এনসিপি) …
    ("বৃহত্তর ঐক্যের জায়গা থেকে জাতীয় নাগরিক পার্টি (এনসিপি) জামায়াতে ইসলামীর নেতৃত্বাধীন জোটে যোগ দিয়েছে বলে "
     "জানিয়েছেন দলটির আহ্বায়ক মো. নাহিদ ইসলাম।", "বৃহত্তর ঐক্যের জায়গা থেকে জাতীয় নাগরিক পার্টি (এনসিপি) জামায়াতে "
     "ইসলামীর নেতৃত্বাধীন জোটে যোগ দিয়েছে", (_NCP, _JAMAAT, ("মো. নাহিদ ইসলাম", "PERSON", "মো. নাহিদ ইসলাম")),
     "আহ্বায়ক", None),
    # … when a person owns it (his party, not বিএনপি, the one named last) …
    ("এরপর এলডিপির মহাসচিব রেদোয়ান আহমেদ পদত্যাগ করে বিএনপিতে যোগ দেন। তার দলের চেয়ারম্যান অলি আহমদ বলেন, "
     "তাকে কিছু না জানিয়েই তিনি যোগ দিয়েছেন।", "তাকে কিছু না জানিয়েই তিনি যোগ দিয়েছেন",
     (("লিবারেল ডেমোক্রেটিক পার্টি", "ORG", "এলডিপির"), ("বিএনপি", "ORG", "বিএনপিতে"),
      ("অলি আহমদ", "PERSON", "অলি আহমদ")), "চেয়ারম্যান", None),
    # … when no body of its kind was named (a cricket team is no party)
    ("আসর শুরুর আগে নোয়াখালী এক্সপ্রেসের অধিনায়ক হিসেবে আলোচনায় ছিলেন সৌম্য সরকার। দলটির হেড কোচ খালেদ মাহমুদ "
     "সুজন বলেন, সৌম্যই অধিনায়ক হবেন।", "সৌম্যই অধিনায়ক হবেন",
     (("খালেদ মাহমুদ সুজন", "PERSON", "খালেদ মাহমুদ সুজন"),), "হেড কোচ", None),
    # a portfolio in -র is the title's, not an owner read as a genitive (দপ্ত)
    ("জরুরি সংবাদ সম্মেলন ডেকেছে জাতীয় নাগরিক পার্টি (এনসিপি)। দলের দপ্তর সম্পাদক সালেহ উদ্দিন সিফাত বলেন, "
     "আমরা প্রস্তুত আছি।", "আমরা প্রস্তুত আছি", (_NCP, ("সালেহ উদ্দিন সিফাত", "PERSON", "সালেহ উদ্দিন সিফাত")),
     "দপ্তর সম্পাদক", "জাতীয় নাগরিক পার্টি"),
    ("বিএনপির প্রচার সম্পাদক সালেহ উদ্দিন সিফাত বলেন, আমরা প্রস্তুত আছি।", "আমরা প্রস্তুত আছি",
     (("বিএনপি", "ORG", "বিএনপির"), ("সালেহ উদ্দিন সিফাত", "PERSON", "সালেহ উদ্দিন সিফাত")), "প্রচার সম্পাদক", "বিএনপি"),
    # and an owner that names no body ("দেশের": the writer's own country) drops out of the phrase
    ("দেশের নাগরিক সমাজের প্রতিনিধিরা বলেন, নির্বাচন সুষ্ঠু হতে হবে।", "নির্বাচন সুষ্ঠু হতে হবে", (),
     "প্রতিনিধিরা", "নাগরিক সমাজ"),
])
def test_affiliation_that_points_back(text: str, quoted: str, bodies: tuple[tuple[str, ...], ...],
                                      role: str | None, affiliation: str | None) -> None:
    text = normalize(text)
    q = _one(text, quoted, entities=[_entity(text, name, kind, *forms) for name, kind, *forms in bodies])
    assert (q.role, q.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, quoted, framing", [
    ("রাজীব হায়দার বলেন, এখন ধ্বংসটাই বাকি।", "এখন ধ্বংসটাই বাকি", "neutral"),
    ("নিহতের পরিবারের সদস্যরা দাবি করেছেন, তিনি ভারতে চলে গিয়েছিলেন।", "তিনি ভারতে চলে গিয়েছিলেন", "distancing"),
    ("রজার্স অভিযোগ করেন, সংস্থাটি করদাতাদের অর্থ ব্যবহার করেছে।", "সংস্থাটি করদাতাদের অর্থ ব্যবহার করেছে",
     "distancing"),
    ("তিনি জঙ্গি সংশ্লিষ্ট বই উদ্ধার করা হয় বলে দাবি করেন।", "জঙ্গি সংশ্লিষ্ট বই উদ্ধার করা হয়", "distancing"),
    ("পুলিশের দাবি, হত্যার পর তারা দেশ ছাড়ে।", "হত্যার পর তারা দেশ ছাড়ে", "distancing"),
    # দাবি জানান is a demand, not a claim
    ("তিনি দাবি জানান, সবাইকে নির্বাচনে অংশ নিতে দিতে হবে।", "সবাইকে নির্বাচনে অংশ নিতে দিতে হবে", "neutral"),
])
def test_framing(text: str, quoted: str, framing: str) -> None:
    assert _one(text, quoted).framing == framing


# ------------------------------------------------------------------------------------------------
# Linking speakers to the article's entities


def _entity(text: str, name: str, kind: str, *forms: str) -> Entity:
    mentions = []
    for form in forms:
        at = text.find(form)
        while at != -1:
            mentions.append(Mention(at, at + len(form), form))
            at = text.find(form, at + 1)
    return Entity(name, kind, tuple(sorted(mentions, key=lambda m: m.start)))


# ------------------------------------------------------------------------------------------------
# Held-out patterns (heldout2/3): compound verbs, postposed genitive attribution, cues that are not
# reports, possessors, rhetorical questions, indefinite and markup speakers


@pytest.mark.parametrize("text, quoted, speaker", [
    # a compound verb of telling: জানিয়ে দিয়েছে; শেষ পর্যন্ত is no part of the subject
    ("শেষ পর্যন্ত সুপ্রিম কোর্ট জানিয়ে দিয়েছে যে দুর্নীতির মামলায় দুই বছরের বেশি সাজা হলে কেউ নির্বাচনে অংশ নিতে পারবেন না।",
     "দুর্নীতির মামলায় দুই বছরের বেশি সাজা হলে কেউ নির্বাচনে অংশ নিতে পারবেন না", "সুপ্রিম কোর্ট"),
    # the attribution noun and its genitive speaker close the sentence: "… বলে দাবি সৌম্যের"
    ("তাদের কারণে অন্যরা আড়ালে পড়ে গেছেন বলে দাবি সৌম্যের।", "তাদের কারণে অন্যরা আড়ালে পড়ে গেছেন", "সৌম্য"),
    ("সরকার এ বিষয়ে কোনো উদ্যোগ নেয়নি বলে অভিযোগ স্থানীয়দের।", "সরকার এ বিষয়ে কোনো উদ্যোগ নেয়নি", "স্থানীয়রা"),
    # a possessive pronoun before the medium belongs to it, not to the subject: "তার ফেসবুকে লেখেন"
    ("আমজনতার দলের সদস্য সচিব মো. তারেক রহমান রোববার তার ফেসবুকে লেখেন, দলের দরজা সবার জন্য খোলা আছে।",
     "দলের দরজা সবার জন্য খোলা আছে", "মো. তারেক রহমান"),
    # a nominal content stops at a time adjunct "X-এর পর"
    ("গত শনিবার এক ফেসবুক পোস্টে দল থেকে পদত্যাগের পর ঢাকা–৯ আসন থেকে স্বতন্ত্র প্রার্থী হিসেবে নির্বাচনে অংশ "
     "নেওয়ার ঘোষণা দেন তাসনিম জারা।", "ঢাকা–৯ আসন থেকে স্বতন্ত্র প্রার্থী হিসেবে নির্বাচনে অংশ নেওয়ার", "তাসনিম জারা"),
    # "তার প্রেস উইং": the pronoun is no organisation to name the wing after
    ("দুপুর ১২টায় জাতির উদ্দেশে প্রধান উপদেষ্টা ভাষণ দেবেন বলে জানিয়েছে তার প্রেস উইং।",
     "দুপুর ১২টায় জাতির উদ্দেশে প্রধান উপদেষ্টা ভাষণ দেবেন", "তার প্রেস উইং"),
    # indefinite subjects: a group phrase, an anonymous "someone", অনেকে (not an addressee in -কে)
    ("কেউ কেউ বলছেন, এই সিদ্ধান্ত ভুল ছিল এবং এতে দেশের ক্ষতি হবে।", "এই সিদ্ধান্ত ভুল ছিল এবং এতে দেশের ক্ষতি হবে",
     "কেউ কেউ"),
    ("অনেকে মনে করেন, এই সিদ্ধান্ত ভুল ছিল এবং এতে দেশের ক্ষতি হবে।", "এই সিদ্ধান্ত ভুল ছিল এবং এতে দেশের ক্ষতি হবে",
     "অনেকে"),
    # the object of a converb is no part of the subject: "কেউ ফোন করে জানান"
    ("কিছুক্ষণ পর সংস্থাটি থেকে কেউ ফোন করে জানান দান করা অর্থ বিজ্ঞাপনের জন্য ব্যয় হয়েছে।",
     "দান করা অর্থ বিজ্ঞাপনের জন্য ব্যয় হয়েছে", "কেউ"),
])
def test_held_out_attribution_patterns(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text, quoted, source_type", [
    ("কেউ কেউ বলছেন, এই সিদ্ধান্ত ভুল ছিল এবং এতে দেশের ক্ষতি হবে।", "এই সিদ্ধান্ত ভুল ছিল এবং এতে দেশের ক্ষতি হবে",
     "group"),
    ("আবার কেউ বলছেন, ক্ষমতার ভাগ নিশ্চিত করতেই এমপি হতে চাইছেন ছোটো দলের নেতারা।",
     "ক্ষমতার ভাগ নিশ্চিত করতেই এমপি হতে চাইছেন ছোটো দলের নেতারা", "anonymous"),
])
def test_indefinite_speakers_are_groups_or_anonymous(text: str, quoted: str, source_type: str) -> None:
    assert _one(text, quoted).source_type == source_type


@pytest.mark.parametrize("text, quoted", [
    # "আমাকে … করতে বলা হয়েছিল" (I was asked to) is no new attribution: the speaker goes on
    ("মোরশেদ আলম ঢাকা পোস্টকে বলেন, আজ ম্যাডামের মনোনয়ন জমা দেওয়া হবে। ম্যাডামের সাপোর্টিং হিসেবে আমাকে মনোনয়ন "
     "সংগ্রহ করতে বলা হয়েছিল। আমার মনোনয়নও জমা দিচ্ছি।",
     "আজ ম্যাডামের মনোনয়ন জমা দেওয়া হবে। ম্যাডামের সাপোর্টিং হিসেবে আমাকে মনোনয়ন সংগ্রহ করতে বলা হয়েছিল। "
     "আমার মনোনয়নও জমা দিচ্ছি"),
    # "প্রার্থনা জানানো হয়েছে" (a prayer was offered) is an act, not a passive report
    ("ডা. শাহাদাত হোসেন বলেন, দেশনেত্রীর সুস্থতার জন্য সারাদেশের মানুষ দোয়া করছে। এই মাহফিল থেকে আল্লাহর কাছে প্রার্থনা "
     "জানানো হয়েছে, যেন তিনি দ্রুত সুস্থ হন।",
     "দেশনেত্রীর সুস্থতার জন্য সারাদেশের মানুষ দোয়া করছে। এই মাহফিল থেকে আল্লাহর কাছে প্রার্থনা জানানো হয়েছে, "
     "যেন তিনি দ্রুত সুস্থ হন"),
    # a cue word inside a hyphenated compound (যুক্তি-তর্কের) is no attribution
    ("রহিম লেখেন, দলের দরজা খোলা আছে। আমাদের ইতিহাসে যুক্তি-তর্কের বিবাদ আছে, কেলেঙ্কারি নেই।",
     "দলের দরজা খোলা আছে। আমাদের ইতিহাসে যুক্তি-তর্কের বিবাদ আছে, কেলেঙ্কারি নেই"),
    # rhetorical questions inside the speech go on with it
    ("করিম লেখেন, বোকার মতো কাজ করলেন। দল শুধু এলিটেরা করবে? খেটে খাওয়া মানুষ দল করলে অনেকেই নাক সিটকায়।",
     "বোকার মতো কাজ করলেন। দল শুধু এলিটেরা করবে? খেটে খাওয়া মানুষ দল করলে অনেকেই নাক সিটকায়"),
])
def test_speech_goes_on_over_what_only_looks_like_a_new_cue(text: str, quoted: str) -> None:
    assert _one(text, quoted).kind == "indirect"


@pytest.mark.parametrize("text", [
    "script বলেন, এই সিদ্ধান্ত ভুল ছিল এবং এতে দেশের ক্ষতি হবে।",
    "<script>var x = 1;</script> div জানিয়েছে, এই সিদ্ধান্ত ভুল ছিল এবং এতে দেশের ক্ষতি হবে।",
])
def test_markup_is_never_a_speaker(text: str) -> None:
    found = quotes(normalize(text))
    assert found and all(q.speaker is None or q.speaker not in {"script", "div"} for q in found)
    assert all("<" not in q.text for q in found)


def test_a_name_written_with_a_colon_prefix_is_a_speaker() -> None:
    text = normalize("নির্বাচন সময়মতো হবে বলে জানিয়েছেন স্বরাষ্ট্র উপদেষ্টা মো: রফিকুল আলম চৌধুরী। "
                     "আজ বিকেলে এক ব্রিফিংয়ে তিনি এ কথা জানান।")
    found = quotes(text, entities=[_entity(text, "মো: রফিকুল আলম চৌধুরী", "PERSON", "মো: রফিকুল আলম চৌধুরী")])
    assert [q.speaker for q in found if q.text.startswith("নির্বাচন সময়মতো হবে")] == ["মো: রফিকুল আলম চৌধুরী"]


def test_speaker_mention_overlapping_an_entity_mention_gets_the_canonical_name() -> None:
    text = normalize("বাংলাদেশ ক্রিকেট বোর্ড (বিসিবি) ম্যাচ স্থগিত করেছে। বিসিবি এক সংবাদবিজ্ঞপ্তিতে জানায়, "
                     "স্থগিত ম্যাচগুলো পরে আয়োজন করা হবে।")
    bcb = _entity(text, "বাংলাদেশ ক্রিকেট বোর্ড", "ORG", "বাংলাদেশ ক্রিকেট বোর্ড", "বিসিবি")
    q = quotes(text, entities=[bcb])[0]
    assert (q.speaker, q.speaker_mention, q.source_type) == ("বাংলাদেশ ক্রিকেট বোর্ড", "বিসিবি", "organisation")


def test_case_stripped_speaker_matches_an_entity_name() -> None:
    text = normalize("ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ সফরের কথা জানান। পেসকভ বলেছেন, বৈঠক ফোরামের পরে হবে। "
                     "রাজীব হায়দারের আশঙ্কা, এই আগ্রাসন মাত্র শুরু।")
    # the entity lists only the full name: the surname and the genitive are matched by their stems
    peskov = Entity("দিমিত্রি পেসকভ", "PERSON", (Mention(20, 35, "দিমিত্রি পেসকভ"),), aliases=("পেসকভ",))
    haidar = Entity("রাজীব হায়দার", "PERSON", ())
    found = {q.text: q for q in quotes(text, entities=[peskov, haidar])}
    assert found["বৈঠক ফোরামের পরে হবে"].speaker == "দিমিত্রি পেসকভ"
    assert found["এই আগ্রাসন মাত্র শুরু"].speaker == "রাজীব হায়দার"


def test_pronoun_resolves_to_a_person_just_named_when_entities_are_known() -> None:
    text = normalize("এবার সেই তালিকায় যুক্ত হলেন দলটির কৃষক উইং-এর প্রধান সমন্বয়কারী আজাদ খান ভাসানী। রোববার রাতে "
                     "দেওয়া এক পোস্টে এনসিপির সঙ্গে সম্পর্কচ্ছেদের সিদ্ধান্ত জানান তিনি।")
    azad = _entity(text, "আজাদ খান ভাসানী", "PERSON", "আজাদ খান ভাসানী")
    q = _one(text, "এনসিপির সঙ্গে সম্পর্কচ্ছেদের সিদ্ধান্ত", entities=[azad])
    assert (q.speaker, q.speaker_mention) == ("আজাদ খান ভাসানী", "তিনি")


def test_a_place_is_not_taken_for_the_speaker_inside_a_longer_phrase() -> None:
    text = normalize("দক্ষিণ কোরিয়ার প্রতিরক্ষা মন্ত্রণালয়ের মুখপাত্র বলেছেন, কিম রাশিয়ায় প্রবেশ করেছেন।")
    korea = _entity(text, "দক্ষিণ কোরিয়া", "LOC", "দক্ষিণ কোরিয়ার")
    q = quotes(text, entities=[korea])[0]
    assert q.speaker == "দক্ষিণ কোরিয়ার প্রতিরক্ষা মন্ত্রণালয়ের মুখপাত্র"


# ------------------------------------------------------------------------------------------------
# Robustness: empty and odd input, duplicates, big input, invariants


def test_empty_and_blank_text() -> None:
    assert quotes("") == []
    assert quotes(" \n ") == []


def test_bad_arguments_raise_value_error_naming_what_is_allowed() -> None:
    with pytest.raises(ValueError, match="str"):
        quotes(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="sentences"):
        quotes("কিছু কথা।", sentences=[Span(0, 999)])  # spans must lie inside the text
    with pytest.raises(ValueError, match="entities"):
        quotes("কিছু কথা।", entities=["বিসিবি"])  # type: ignore[list-item]


def test_repeated_sentences_give_one_quote() -> None:
    # BBC Bangla repeats every sentence; the same quote text is annotated once
    sentence = "নির্বাচন বিশ্লেষক জেসমিন টুলী বিবিসি বাংলাকে বলেন, \"যদি কেউ নাগরিকত্ব হারায় তবে নাম বাদ যাবে।\" "
    assert _found(sentence * 2) == [("direct", "যদি কেউ নাগরিকত্ব হারায় তবে নাম বাদ যাবে।", "জেসমিন টুলী")]


def test_only_apostrophes() -> None:
    assert quotes("'" * 5000) == []
    assert quotes("’ ' ‘ " * 2000) == []


def test_one_megabyte_article_without_runaway_quotes() -> None:
    narrative = "সকালে রাজধানীর বিভিন্ন এলাকায় যানজট ছিল এবং অফিসগামী মানুষ দুর্ভোগে পড়েন। " * 3
    unit = (narrative + "রহিম বলেন, ‘আমরা যাব।’ তিনি বলেন, কাল সভা হবে। “খোলা উদ্ধৃতি থেকে যায় "
            "এবং বন্ধ হয় না। ") * 3_500
    text = normalize(unit)[:1_000_000]
    found = quotes(text)
    assert found
    assert max(len(q.text) for q in found) < 200  # the unclosed “ never swallows what follows


def test_one_megabyte_with_an_unclosed_mark_at_the_start() -> None:
    text = "তিনি বলেন, “" + "শব্দ " * 200_000
    found = quotes(text)
    assert all(len(q.text) <= 2500 for q in found)


@given(st.text(alphabet="“”‘’\"' \n।,আমিতুবলেনকথা", max_size=400))
@settings(max_examples=300, deadline=None)
def test_offsets_and_values_are_consistent_on_any_input(raw: str) -> None:
    text = normalize(raw)
    for q in quotes(text):
        assert text[q.start:q.end] == q.text and q.text.strip()
        assert q.kind in QUOTE_KINDS and q.source_type in SOURCE_TYPES and q.framing in FRAMINGS
        assert 0 < q.confidence < 1
        if q.speaker_start is not None and q.speaker_end is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention


def test_lexicon_is_nfc_and_speech_verbs_stay_importable() -> None:
    import unicodedata

    for name in dir(speech):
        value = getattr(speech, name)
        if isinstance(value, tuple):
            for item in value:
                assert unicodedata.normalize("NFC", item) == item, (name, item)
    assert "বলেন" in speech.SPEECH_VERBS and "জানিয়েছে" in speech.SPEECH_VERBS


# ------------------------------------------------------------------------------------------------
# The seed article and the dev gold (shared data)


def test_seed_article(seed_text: str) -> None:
    text = normalize(seed_text)
    found = quotes(text, sentences=sentences(text))
    direct = {q.text.rstrip("।"): q for q in found if q.kind == "direct"}
    assert len(direct) == 7
    peskov = [q for t, q in direct.items() if t.startswith(("এটি একটি পূর্ণাঙ্গ", "দুটি প্রতিনিধি", "আপনি যেমন জানেন"))]
    assert [q.speaker for q in peskov] == ["দিমিত্রি পেসকভ"] * 3
    def speaker_of(opening: str) -> str | None:
        return next(q.speaker for t, q in direct.items() if t.startswith(opening))

    assert speaker_of("সামরিক সহযোগিতা") == "চ্যাং হো-জিন"
    assert speaker_of("অবশ্যই আমরা") == "ম্যাথিউ মিলার"
    assert speaker_of("জো চুন রিয়ং") == "মাইকেল ম্যাডেন"
    khasan = _one(seed_text, "কিমকে বহনকারী ট্রেনটি উত্তর কোরিয়া থেকে রাশিয়ার দূরপ্রাচ্যের প্রধান রেল গেটওয়ে খাসান "
                             "স্টেশনে পৌঁছেছে")
    assert khasan.speaker == "নাম প্রকাশে অনিচ্ছুক রাশিয়ান সরকারী সূত্র"
    assert khasan.source_type == "anonymous"


def _score_module(shared_data: Path) -> ModuleType:
    tools = shared_data.parent / "tools"
    if not (tools / "score_gold.py").exists():
        pytest.skip("../shared/tools/score_gold.py is not present")
    sys.path.insert(0, str(tools))
    import score_gold  # type: ignore[import-not-found]

    return score_gold


def test_dev_gold_scores(shared_data: Path, tmp_path: Path) -> None:
    """A regression guard on the seven dev articles (the acceptance bar of issue 4)."""
    score_gold = _score_module(shared_data)
    lines = []
    for path in sorted((shared_data / "gold-dev").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = normalize(gold["text"])
        found = quotes(text, sentences=sentences(text))
        lines.append(json.dumps({"id": gold["id"], "quotes": [
            {"text": q.text, "kind": q.kind, "speaker": q.speaker} for q in found]}, ensure_ascii=False))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(lines), encoding="utf-8")
    result = score_gold.score(shared_data / "gold-dev", pred)
    assert result["quotes_direct"]["f1"] >= 0.97
    assert result["quotes_indirect"]["f1"] >= 0.80
    assert result["attribution"] >= 0.92
    assert result["quotes_e2e"]["f1"] >= 0.85


def test_runs_on_every_corpus_article(shared_data: Path) -> None:
    path = shared_data / "corpus" / "bn_news.jsonl"
    if not path.exists():
        pytest.skip("corpus not present")
    for line in path.read_text(encoding="utf-8").splitlines():
        text = normalize(json.loads(line)["text"])
        for q in quotes(text, sentences=sentences(text)):
            assert text[q.start:q.end] == q.text


# ------------------------------------------------------------------------------------------------
# Documents, emphatic cues, prayers, run-on sentences, lede copies (held-out articles, issue 4)

_CONDOLENCE = ("প্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস শোকবার্তা দিয়েছেন। তিনি বলেন, তিনি গভীরভাবে শোকাহত। "
               "শোকবার্তায় বলা হয়, বেগম খালেদা জিয়া ছিলেন রাজনীতিতে এক পরম মহিমান্বিত ব্যক্তিত্ব। "
               "গণতন্ত্রের সংগ্রামে তাঁর ভূমিকা ইতিহাসে অম্লান হয়ে থাকবে। "
               "শোকবার্তায় আরও ঘোষণা দেওয়া হয়, তিন দিনের রাষ্ট্রীয় শোক পালন করা হবে। "
               "পাশাপাশি এক দিনের সাধারণ ছুটি ঘোষণা করা হয়েছে। "
               "শোকানুষ্ঠান শান্তিপূর্ণভাবে পালনের জন্য দেশবাসীর প্রতি বিনীত আহ্বান জানানো হয়।")


@pytest.mark.parametrize(("text", "expected"), [
    # a person's document goes on over the following sentences, as their speech would
    (_CONDOLENCE, ("indirect", "বেগম খালেদা জিয়া ছিলেন রাজনীতিতে এক পরম মহিমান্বিত ব্যক্তিত্ব। "
                               "গণতন্ত্রের সংগ্রামে তাঁর ভূমিকা ইতিহাসে অম্লান হয়ে থাকবে", "মুহাম্মদ ইউনূস")),
    # an announcement in the passive, with আরও inside and a comma opening its content
    (_CONDOLENCE, ("indirect", "তিন দিনের রাষ্ট্রীয় শোক পালন করা হবে। পাশাপাশি এক দিনের সাধারণ ছুটি ঘোষণা করা হয়েছে",
                   "মুহাম্মদ ইউনূস")),
    # a request in the passive, its content before the noun and without its addressee
    (_CONDOLENCE, ("indirect", "শোকানুষ্ঠান শান্তিপূর্ণভাবে পালনের জন্য", "মুহাম্মদ ইউনূস")),
    # an emphatic ও on the cue noun; the correlative "সে বিষয়ে" reaches back over the comma
    ("প্রধান উপদেষ্টা মুহাম্মদ ইউনূস বক্তব্য দেন। অস্থিতিশীলতার অপচেষ্টা যেন না হয়, সে বিষয়ে সবাইকে সজাগ থাকার "
     "আহ্বানও জানান তিনি।",
     ("indirect", "অস্থিতিশীলতার অপচেষ্টা যেন না হয়, সে বিষয়ে সবাইকে সজাগ থাকার", "মুহাম্মদ ইউনূস")),
    # a prayer whose content is a যেন clause; "মহান" belongs to the addressee, not the subject
    ("প্রধান উপদেষ্টা মুহাম্মদ ইউনূস শোক জানান। শেষে তিনি মহান আল্লাহর কাছে প্রার্থনা করেন, যেন তিনি জাতিকে "
     "এই শোক কাটিয়ে ওঠার শক্তি দান করেন।",
     ("indirect", "যেন তিনি জাতিকে এই শোক কাটিয়ে ওঠার শক্তি দান করেন", "মুহাম্মদ ইউনূস")),
    # a quotative বলে far from its verb, with the setting of the interview between them
    ("আর কোনো ‘সিনিয়র’ কোটা তৈরী হয়নি বাংলাদেশে বলে সম্প্রতি এক জাতীয় গণমাধ্যমে দেয়া সাক্ষাতকারে সৌম্য আরো বলেন, "
     "‘পরবর্তী পাঁচ মোড়ল হয়নি, এটাতে আমি খুশি।’",
     ("indirect", "কোনো ‘সিনিয়র’ কোটা তৈরী হয়নি বাংলাদেশে", "সৌম্য")),
    # a missing full stop after a first-person verb: the speech before is not cut off by the next cue
    ("বিএনপি নেতা সাঈদ আল নোমান বলেন, মনোনয়ন হচ্ছে সেবার শপথ। আমাদের দলের প্রতিশ্রুতি, আমরা সেটি বাস্তবায়ন "
     "করতে চাই সাঈদ আল নোমান বলেন, চট্টগ্রামকে গড়ে তোলার জন্য আমাদের শপথ নেওয়া প্রয়োজন।",
     ("indirect", "মনোনয়ন হচ্ছে সেবার শপথ। আমাদের দলের প্রতিশ্রুতি, আমরা সেটি বাস্তবায়ন করতে চাই", "সাঈদ আল নোমান")),
    # a stray closing mark with no opening one is no part of the speech
    ("আবু তৈয়ব নামের একজন লেখেন, হিরোদের দল করা উচিত। যে দলই হোক না কেন?’ জবাবে তিনি কিছু লেখেননি।",
     ("indirect", "হিরোদের দল করা উচিত। যে দলই হোক না কেন?", "আবু তৈয়ব")),
])
def test_documents_and_extended_cues(text: str, expected: tuple[str, str, str | None]) -> None:
    assert (expected[0], normalize(expected[1]), expected[2]) in _found(text)


@pytest.mark.parametrize(("text", "absent"), [
    # an announced thing, no comma: no content reported
    ("সরকার আজ সাধারণ ছুটি ঘোষণা করা হয়েছে বলে জানায়নি। বৃহস্পতিবার সাধারণ ছুটি ঘোষণা করা হয়েছে।", "বৃহস্পতিবার"),
    # a name in -লাম is no first-person verb: "মো. জাহেদুল ইসলাম মাসুদ জানান" stays one speaker
    ("কর্মকর্তা মো. জাহেদুল ইসলাম মাসুদ জানান, আজ তাপমাত্রা ১০ ডিগ্রি সেলসিয়াস।", "মাসুদ"),
    # a single quoted word inside reported speech is the reporter's term, not a direct quote
    ("সৌম্য বলেন, আর কোনো ‘সিনিয়র’ কোটা তৈরী হয়নি বাংলাদেশে।", "সিনিয়র"),
    # … nor is one that closes the sentence by giving a name: a name, not the speaker's verdict
    ("পুলিশ জানিয়েছে, আটক যুবকের নাম ‘রাজু’।", "রাজু"),
    ("পরিকল্পনায় বলা হয়েছে, বিতরণ পয়েন্টগুলোতে ‘স্ক্যাডা’ স্থাপন করা হবে।", "স্ক্যাডা"),
    # a view summed up in the reporter's words: a short quotation inside it is the reporter's term
    ("রাজনৈতিক পর্যবেক্ষকদের মতে, জোটটি নিজেদের একটি ‘নৈতিক বিকল্প শক্তি’ হিসেবে উপস্থাপন করতে চাইছে।",
     "নৈতিক বিকল্প শক্তি"),
    ("রাজনীতিতে 'নতুন বন্দোবস্ত' আনার প্রতিশ্রুতি দলটি রাখতে পারেনি বলে মনে করেন বিশ্লেষকদের অনেকে।",
     "নতুন বন্দোবস্ত"),
])
def test_not_quotes_or_speakers(text: str, absent: str) -> None:
    found = _found(text)
    assert all(q[2] != absent and q[1] != normalize(absent) and not q[1].startswith(normalize(absent))
               for q in found), found


def test_lede_copy_is_dropped() -> None:
    text = ("অস্ত্র ঢুকছে কি না জানতে চাইলে স্বরাষ্ট্র উপদেষ্টা বলেন, দুই-চারটি অস্ত্র যে ঢুকছে না তা আমি বলবো না। "
            "\nসোমবার সচিবালয়ে স্বরাষ্ট্র উপদেষ্টা লেফটেন্যান্ট জেনারেল (অব.) মো. জাহাঙ্গীর আলম চৌধুরী বলেন, "
            "দুই-চারটি অস্ত্র যে ঢুকছে না তা আমি বলবো না। প্রতিদিন একটা দুটা করে ধরা হচ্ছে।")
    found = [q for q in _found(text) if q[0] == "indirect"]
    assert len(found) == 1 and found[0][1].endswith("ধরা হচ্ছে"), found


# ------------------------------------------------------------------------------------------------
# Corpus survey (566 articles): frequent constructions that yielded no quote or a clipped one

@pytest.mark.parametrize("text, name, quoted, speaker", [
    # the subject opens the clause of a nominal cue: the content starts after it
    ("দলের সিনিয়র নেতারা বৈঠক করেন। এ ছাড়া যুগ্ম আহ্বায়ক মনিরা শারমিন নির্বাচন থেকে সরে দাঁড়ানোর ঘোষণা দিয়েছেন।",
     "মনিরা শারমিন", "নির্বাচন থেকে সরে দাঁড়ানোর", "মনিরা শারমিন"),
    ("দাম নিয়ে আলোচনা চলছে। বাংলাদেশ জুয়েলার্স সমিতি (বাজুস) সোমবার রাতে স্বর্ণের দাম কমানোর ঘোষণা দেয়।",
     "বাংলাদেশ জুয়েলার্স সমিতি", "স্বর্ণের দাম কমানোর", "বাংলাদেশ জুয়েলার্স সমিতি"),
    # a pronoun subject, resolved to the last speaker; a leading connective is no content
    ("প্রধান উপদেষ্টা মুহাম্মদ ইউনূস বলেন, দেশ এক কঠিন সময় পার করছে। সেই সাথে তিনি দেশবাসীকে শান্ত থাকার "
     "আহ্বান জানান।", "মুহাম্মদ ইউনূস", "দেশবাসীকে শান্ত থাকার", "মুহাম্মদ ইউনূস"),
    # "এই তালিকায়" is part of what was advised ("এক পোস্টে" would be where it was said)
    ("বৈঠকে আলোচনা হয়। আরো কিছু প্রতিষ্ঠান এই তালিকায় অন্তর্ভুক্ত করার পরামর্শ দেন ফয়েজ আহমদ তৈয়্যব।",
     "ফয়েজ আহমদ তৈয়্যব", "আরো কিছু প্রতিষ্ঠান এই তালিকায় অন্তর্ভুক্ত করার", "ফয়েজ আহমদ তৈয়্যব"),
    # an objection voiced with জানিয়ে before it is a clause of its own
    ("দলের নেতারা বৈঠক করেন। জোট সিদ্ধান্তে আপত্তি জানিয়ে দল ছাড়ার ঘোষণা দিয়েছেন তাসনিম জারা।", "তাসনিম জারা",
     "দল ছাড়ার", "তাসনিম জারা"),
    # a hint at what one will do; an adverb of the main verb opening the sentence is not part of it
    ("বৈঠকে আলোচনা হয়। ইতোমধ্যে বাংলাদেশের নির্বাচিত সরকারের সঙ্গে কাজ করার ইঙ্গিত দিয়েছে দিল্লি।", "দিল্লি",
     "বাংলাদেশের নির্বাচিত সরকারের সঙ্গে কাজ করার", "দিল্লি"),
    # a pledge or an expectation reiterated (পুনর্ব্যক্ত) is voiced like one expressed (ব্যক্ত)
    ("দুই দেশের বৈঠক হয়। একই সঙ্গে দুই দেশের সম্পর্ক আরও এগিয়ে নেওয়ার অঙ্গীকার পুনর্ব্যক্ত করেছেন লি কিয়াং।",
     "লি কিয়াং", "দুই দেশের সম্পর্ক আরও এগিয়ে নেওয়ার", "লি কিয়াং"),
    # ... and a clause closed by its predicate and জানিয়ে before it is not part of it
    ("আদালতে শুনানি হয়। ঋণখেলাপির তালিকায় থাকতে চান না জানিয়ে আসন্ন নির্বাচনে প্রার্থী হওয়ার প্রত্যাশা "
     "পুনর্ব্যক্ত করেছেন নাগরিক ঐক্যের সভাপতি মাহমুদুর রহমান মান্না।",
     "মাহমুদুর রহমান মান্না", "আসন্ন নির্বাচনে প্রার্থী হওয়ার", "মাহমুদুর রহমান মান্না"),
])
def test_nominal_cue_with_the_subject_first(text: str, name: str, quoted: str, speaker: str) -> None:
    text = normalize(text)
    entities = [_entity(text, name, "ORG" if "সমিতি" in name else "PERSON", name)]
    q = _one(text, quoted, entities=entities)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text, quoted, speaker", [
    # a genitive before প্রত্যাশা without a comma is content, not a new "X-এর প্রত্যাশা," attribution
    ("দলের নেতারা বৈঠক করেন। বিএনপি নেতা সালাহউদ্দিন আহমেদের মতে, দেশের সার্বিক খারাপ অবস্থা আর মানুষের "
     "প্রত্যাশা পূরণের দিকগুলোই দলটির জন্য বড় চ্যালেঞ্জ হবে।",
     "দেশের সার্বিক খারাপ অবস্থা আর মানুষের প্রত্যাশা পূরণের দিকগুলোই দলটির জন্য বড় চ্যালেঞ্জ হবে",
     "সালাহউদ্দিন আহমেদ"),
])
def test_according_to_content_with_an_attribution_noun_inside(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text, quoted, speaker", [
    # a heading "X-এর বক্তব্য:" before a sentence with its own attribution: the sentence's speaker speaks
    ("তবে গাছ কাটার কথা অস্বীকার করেন তিনি। কর্তৃপক্ষের বক্তব্য: ঢাকা নদী বন্দরের যুগ্ম পরিচালক সাইফুল ইসলাম "
     "বলেন, নদের জায়গা ভরাট করে বালুর গদি নির্মাণের বিষয়ে কর্তৃপক্ষ অতীতে ব্যবস্থা নিয়েছে।",
     "নদের জায়গা ভরাট করে বালুর গদি নির্মাণের বিষয়ে কর্তৃপক্ষ অতীতে ব্যবস্থা নিয়েছে", "সাইফুল ইসলাম"),
    ("বিএনপির অভিযোগ: গতকাল বিকেলে দলের কেন্দ্রীয় কার্যালয়ে আয়োজিত সংবাদ সম্মেলনে চেয়ারপারসনের উপদেষ্টা "
     "শামসুজ্জামান অভিযোগ করেন, দুই দিন আগে আইন প্রতিমন্ত্রী তারেক রহমানকে গ্রেপ্তারের কথা বলেছেন।",
     "দুই দিন আগে আইন প্রতিমন্ত্রী তারেক রহমানকে গ্রেপ্তারের কথা বলেছেন", "শামসুজ্জামান"),
    # without an attribution of its own, the sentence after the heading is the holder's view
    ("বিএনপির অভিযোগ: সরকার বিরোধী দলকে দমন করছে। দলের নেতারা পরে সমাবেশ করেন।",
     "সরকার বিরোধী দলকে দমন করছে", "বিএনপি"),
])
def test_a_heading_with_a_colon_yields_to_the_attribution_in_its_sentence(text: str, quoted: str,
                                                                          speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


def test_an_attribution_after_a_sentence_adverb_and_a_pointing_back_owner() -> None:
    text = normalize("নিউজিল্যান্ডের পররাষ্ট্রমন্ত্রী উইনস্টন পিটার্স চুক্তির বিরোধিতা করেছেন। এরই মাঝে সে দেশের "
                     "পররাষ্ট্রমন্ত্রীর যুক্তি, নিউজিল্যান্ড ভারতের জন্য বাজার উন্মুক্ত করলেও ভারত তা করেনি।")
    minister = _entity(text, "উইনস্টন পিটার্স", "PERSON", "উইনস্টন পিটার্স")
    q = _one(text, "নিউজিল্যান্ড ভারতের জন্য বাজার উন্মুক্ত করলেও ভারত তা করেনি", entities=[minister])
    assert (q.kind, q.speaker) == ("indirect", "উইনস্টন পিটার্স")


@pytest.mark.parametrize("text, quoted, speaker", [
    # the speaker's own voice goes on, even with a verb of speaking in the first person
    ("জেলা সভাপতি রফিকুল ইসলাম বলেন, আশা করি প্রশাসন দ্রুত ব্যবস্থা নেবে। এর জন্য অনেক সময় আছে। ঘাটের "
     "নিরাপত্তা নিশ্চিত করার দাবি আমরা বারবার জানিয়েছি এবং এখনো জানাচ্ছি।",
     "আশা করি প্রশাসন দ্রুত ব্যবস্থা নেবে। এর জন্য অনেক সময় আছে। ঘাটের নিরাপত্তা নিশ্চিত করার দাবি আমরা "
     "বারবার জানিয়েছি এবং এখনো জানাচ্ছি", "রফিকুল ইসলাম"),
    # a past tense about the person the speech speaks of is still the speech
    ("প্রধান শিক্ষক আব্দুল করিম বলেন, শিক্ষা বিস্তারে তাঁর অবদান অপরিসীম। তাঁর মৃত্যুতে এলাকার এক বড় ক্ষতি "
     "হল। আমরা তাঁর আত্মার শান্তি কামনা করছি।",
     "শিক্ষা বিস্তারে তাঁর অবদান অপরিসীম। তাঁর মৃত্যুতে এলাকার এক বড় ক্ষতি হল। আমরা তাঁর আত্মার শান্তি কামনা "
     "করছি", "আব্দুল করিম"),
    # a call to action of the page ends its line: it is neither speech nor a speaker
    ("ব্যবসায়ী নেতা আমিনুল হক বলেন, বাজার স্থিতিশীল আছে। বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে "
     "ক্লিক/ট্যাপ করুন তবে বিক্রেতা সমিতির নেতা কামাল হোসেন বলেন, দাম আবার বাড়বে।",
     "দাম আবার বাড়বে", "কামাল হোসেন"),
    ("ব্যবসায়ী নেতা আমিনুল হক বলেন, বাজার স্থিতিশীল আছে। বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে "
     "ক্লিক/ট্যাপ করুন বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক/ট্যাপ করুন",
     "বাজার স্থিতিশীল আছে", "আমিনুল হক"),
    # an addressee between the comma and the verb, the speaker after it
    ("নদীভাঙনে এবার তিনশো পরিবার ঘর হারিয়েছে, বিবিসি বাংলাকে বলেন ইউপি চেয়ারম্যান মোস্তফা কামাল।",
     "নদীভাঙনে এবার তিনশো পরিবার ঘর হারিয়েছে", "মোস্তফা কামাল"),
    ("কৃষি কর্মকর্তা সেলিম রেজা বলেন, বীজ বিতরণ শুরু হয়েছে। কৃষকদের আগেভাগে জমি প্রস্তুত রাখা উচিত, "
     "সাংবাদিকদের বলেন তিনি।", "কৃষকদের আগেভাগে জমি প্রস্তুত রাখা উচিত", "সেলিম রেজা"),
    # the emphatic -ও of a subject is not part of the name
    ("সভায় অনেকে বক্তব্য দেন। যুব সংগঠনের নেত্রী ফারহানা জামানও বলেন, কর্মসংস্থান বাড়াতে হবে।",
     "কর্মসংস্থান বাড়াতে হবে", "ফারহানা জামান"),
])
def test_speech_runs_on_and_boilerplate_stops_it(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


def test_a_call_to_action_line_is_never_part_of_a_quote_or_speaker() -> None:
    text = normalize("বাজার স্থিতিশীল আছে। বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক/ট্যাপ করুন পরে "
                     "নির্বাচন কমিশন নতুন তফসিল ঘোষণার দাবি করেছিল।")
    assert all("ক্লিক" not in q.text and "ক্লিক" not in (q.speaker or "") for q in quotes(text))


def test_a_name_ending_in_o_after_a_vowel_keeps_it() -> None:
    text = normalize("সাংবাদিক নরসিমা রাও বলেন, বাজার স্থিতিশীল আছে।")
    assert [q.speaker for q in quotes(text)] == ["নরসিমা রাও"]


@pytest.mark.parametrize("text, quoted, speaker", [
    # a cue noun with its light verb, the content clause right after it (no comma, no যে)
    ("অভিনেত্রী তমা মির্জা মন্তব্য করেছেন কোটি কোটি মানুষের মনে চিরকাল বেঁচে থাকবেন খালেদা জিয়া।",
     "কোটি কোটি মানুষের মনে চিরকাল বেঁচে থাকবেন খালেদা জিয়া", "তমা মির্জা"),
    ("চিকিৎসক অম্বরিশ মিত্তল বলেন, ওষুধ কাজ করে। তিনি সতর্ক করেছেন দ্রুত ওজন কমে গেলে মাংসপেশী কমে যেতে পারে।",
     "দ্রুত ওজন কমে গেলে মাংসপেশী কমে যেতে পারে", "অম্বরিশ মিত্তল"),
    ("তখন অনেকে পরামর্শ দিয়েছিল আপনি কেন এই কষ্ট সহ্য করছেন।", "আপনি কেন এই কষ্ট সহ্য করছেন", "অনেকে"),
])
def test_noun_cue_with_its_content_clause_after_it(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text", [
    "রোনালদো তার ব্যক্তিগত সংগ্রহে যোগ করলেন আরও একটি দামী রত্ন।",  # added a thing
    "তার নেতৃত্বেই পর্তুগাল নিশ্চিত করেছে ২০২৬ বিশ্বকাপের টিকিট।",  # secured, not confirmed
    "প্রবাসীদের একটি অংশ প্রভাব রয়েছে দাবি করে সবসময়ই বিরক্তি প্রকাশ করে আসছেন।",  # a converb
    "নেতারা দৃষ্টান্তমূলক শাস্তির দাবি জানান এবং ব্যবসায়ীদের নিরাপত্তা নিশ্চিত করার আহ্বান জানান।",
    "হত্যার ঘটনায় গভীর উদ্বেগ প্রকাশ করেছে দিল্লি এবং দোষীদের শাস্তি প্রত্যাশা করছে।",  # subject after
    "তারা থানায় কোনো অভিযোগ করেছিলেন কিনা জানা যায়নি।",
])
def test_noun_cue_without_a_content_clause_after_it(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, quoted, speaker", [
    # the phrase right before a converb (করে, দিয়ে, নিয়ে) is its object; the subject comes earlier
    ("অভিনেত্রী তমা মির্জা ফেসবুক পোস্টে বেগম খালেদা জিয়ার ছবি পোস্ট করে লিখেছেন, ‘তিনি আমাদের অনুপ্রেরণা ছিলেন।’",
     "তিনি আমাদের অনুপ্রেরণা ছিলেন।", "তমা মির্জা"),
    ("রোববার রাতে ঢাকার পুলিশ একটি সংবাদ বিজ্ঞপ্তি দিয়ে দাবি করেছে যে, আসামিরা সীমান্ত পার হয়েছে।",
     "আসামিরা সীমান্ত পার হয়েছে", "ঢাকার পুলিশ"),
    ("কেউ কেউ সামাজিক মাধ্যমে পোস্ট দিয়ে দলীয় সিদ্ধান্তের সমালোচনা করে বলেছেন, তারা সক্রিয় থাকবেন না।",
     "তারা সক্রিয় থাকবেন না", "কেউ কেউ"),
    ("পাকিস্তানের পররাষ্ট্রমন্ত্রী ইসহাক দার বলেন, তিনি শোকাহত। তিনি মরহুমার রুহের মাগফিরাত কামনা করে বলেন, "
     "আল্লাহ যেন তাকে জান্নাত দান করেন।", "আল্লাহ যেন তাকে জান্নাত দান করেন", "ইসহাক দার"),
])
def test_the_object_of_a_converb_is_not_the_speaker(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


def test_a_name_before_the_object_of_a_converb_is_the_speaker() -> None:
    text = normalize("প্রার্থী ইঞ্জিনিয়ার মুরাদ হোসেন মনোনয়নপত্র জমা দিয়ে সাংবাদিকদের বলেন, নির্বাচন যথাসময়ে হবে।")
    name = "মুরাদ হোসেন"
    at = text.index(name)
    person = Entity(name=name, type="PERSON", mentions=(Mention(at, at + len(name), name),))
    assert _one(text, "নির্বাচন যথাসময়ে হবে", entities=[person]).speaker_mention == name


def _people(text: str, *names: str) -> list[Entity]:
    """PERSON entities for names in the (normalised) text, one mention at each occurrence."""
    out = []
    for name in names:
        at = [i for i in range(len(text)) if text.startswith(name, i)]
        out.append(Entity(name=name, type="PERSON", mentions=tuple(Mention(i, i + len(name), name) for i in at)))
    return out


@pytest.mark.parametrize("text, quoted, speaker", [
    # a titled or plural subject before the verb: the phrase after it is what was said, not a subject
    ("বর্তমানে তার চিকিৎসা চলছে। কর্তব্যরত চিকিৎসক জানিয়েছেন রিয়াদের অবস্থা আশঙ্কাজনক।",
     "রিয়াদের অবস্থা আশঙ্কাজনক", "কর্তব্যরত চিকিৎসক"),
    ("তাকে হাসপাতালে নেওয়া হয় এবং চিকিৎসকরা জানান তিনি নিউমোনিয়ায় আক্রান্ত।",
     "তিনি নিউমোনিয়ায় আক্রান্ত", "চিকিৎসকরা"),
    ("মাসিক আগে হওয়ার আরেকটি কারণ হিসেবে গবেষকরা বলেছেন পরিবেশে রাসায়নিকের মাত্রা বেড়ে যাওয়া।",
     "পরিবেশে রাসায়নিকের মাত্রা বেড়ে যাওয়া", "গবেষকরা"),
])
def test_a_subject_before_the_verb_makes_the_phrase_after_it_content(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


def test_a_later_pronoun_is_not_the_phrase_after_the_verb() -> None:
    text = "কর্তব্যরত চিকিৎসক জানিয়েছেন রিয়াদের অবস্থা আশঙ্কাজনক। তিনি আরও জানান, রিয়াদ কথা বলতে পারছেন না।"
    assert _one(text, "রিয়াদ কথা বলতে পারছেন না").speaker == "কর্তব্যরত চিকিৎসক"


def test_a_name_after_the_verb_without_a_subject_before_it_is_still_the_subject() -> None:
    text = "বিষয়টি বিবিসি বাংলাকে নিশ্চিত করেছেন মাহফুজ আলম নিজেই। তিনি বলেন, সিদ্ধান্ত চূড়ান্ত।"
    assert (_one(text, "সিদ্ধান্ত চূড়ান্ত").speaker or "").startswith("মাহফুজ আলম")  # (নিজেই is kept as before)


@pytest.mark.parametrize("text, quoted, speaker", [
    # কাদের is a name here, not a plural addressee (-দের)
    ("মি. কাদের বিবিসিকে বলেছেন, আওয়ামী লীগ বিহীন নির্বাচন ঠিক হচ্ছে না।",
     "আওয়ামী লীগ বিহীন নির্বাচন ঠিক হচ্ছে না", "কাদের"),
    ("জি এম কাদের বলেন, নির্বাচন সুষ্ঠু হবে না।", "নির্বাচন সুষ্ঠু হবে না", "জি এম কাদের"),
    ("আওয়ামী লীগের সাধারণ সম্পাদক ওবায়দুল কাদের বলেছিলেন, বিরোধীরা আন্দোলনে ব্যর্থ।",
     "বিরোধীরা আন্দোলনে ব্যর্থ", "ওবায়দুল কাদের"),
])
def test_a_name_that_ends_like_a_plural_addressee(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


def test_a_plural_addressee_before_the_verb_is_still_skipped() -> None:
    assert _one("মন্ত্রী সাংবাদিকদের বলেন, কাজ চলছে।", "কাজ চলছে").speaker == "মন্ত্রী"


@pytest.mark.parametrize("text, names, quoted, speaker", [
    # the phrase before a cue without content is its object; a later তিনি is the titled or named
    # subject before it, not the object
    ("হাসপাতালে নিলে কর্তব্যরত চিকিৎসক মৃত ঘোষণা করেন। সাকিব আলম জানান, তার চাচা ভালো ছিলেন। "
     "তিনি আরও বলেন, বিচার চাই।", ("সাকিব আলম",), "বিচার চাই", "সাকিব আলম"),
    ("প্রধান নির্বাচন কমিশনার এ এম এম নাসির উদ্দিন সংসদ নির্বাচন ও গণভোটের তফসিল ঘোষণা করেন। তিনি জানান, "
     "১২ ফেব্রুয়ারি ভোট হবে।", ("এ এম এম নাসির উদ্দিন",), "১২ ফেব্রুয়ারি ভোট হবে", "এ এম এম নাসির উদ্দিন"),
    ("সংবাদ সম্মেলনে জামায়াতের আমির শফিকুর রহমান কথা বলেন। পরে জামায়াতের আমির সরকার ও নির্বাচন কমিশনের প্রতি "
     "নিরপেক্ষ ভূমিকা পালনের আহ্বান জানান। তিনি বলেন, সমতল মাঠ তৈরি হয়নি।", ("শফিকুর রহমান", "নাহিদ ইসলাম"),
     "সমতল মাঠ তৈরি হয়নি", "শফিকুর রহমান"),
])
def test_the_object_before_a_cue_is_not_remembered_for_a_pronoun(
        text: str, names: tuple[str, ...], quoted: str, speaker: str) -> None:
    text = normalize(text)
    assert _one(text, quoted, entities=_people(text, *names)).speaker == speaker


@pytest.mark.parametrize("text, names, quoted, speaker", [
    # a passive clause closing right before the pronoun: the one it names in the objective
    ("কায়েদে আজম বলেন, বিচার অবৈধ। যখন জেলে ভগত সিংকে সাধারণ বন্দীদের সাথে রাখা হলো, তখন তিনি বললেন, "
     "আমরা তো রাজবন্দী।", ("কায়েদে আজম", "ভগত সিং"), "আমরা তো রাজবন্দী", "ভগত সিং"),
    # the reporter's "we" as the clause's subject
    ("রোই ইনসিয়ের্তো বলেন, সংস্থাটি নিবন্ধিত নয়। আমরা আলজিন তাবাসাকে ছবি দেখাই, তিনি বলেন এটি সেই একই "
     "ব্যক্তি।", ("রোই ইনসিয়ের্তো", "আলজিন তাবাসা"), "এটি সেই একই ব্যক্তি", "আলজিন তাবাসা"),
    # a conditional switches the subject
    ("করিম রহমান বলেন, কাজ চলছে। সাংবাদিকেরা রহিম উদ্দিনকে খবরটি জানালে তিনি বলেন, তিনি কিছু জানেন না।",
     ("করিম রহমান", "রহিম উদ্দিন"), "তিনি কিছু জানেন না", "রহিম উদ্দিন"),
    # whom the question is about is not whom the answer is from
    ("করিম রহমান বলেন, কাজ চলছে। রহিম উদ্দিনকে নিয়ে প্রশ্ন করা হলে তিনি বলেন, তিনি কিছু জানেন না।",
     ("করিম রহমান", "রহিম উদ্দিন"), "তিনি কিছু জানেন না", "করিম রহমান"),
    # a converb shares its subject: the pronoun stays with the last speaker
    ("করিম রহমান বলেন, কাজ চলছে। পরে রহিম উদ্দিনকে দেখে তিনি বলেন, তিনি কিছু জানেন না।",
     ("করিম রহমান", "রহিম উদ্দিন"), "তিনি কিছু জানেন না", "করিম রহমান"),
])
def test_a_pronoun_after_a_clause_it_cannot_be_the_subject_of_is_that_clause_object(
        text: str, names: tuple[str, ...], quoted: str, speaker: str) -> None:
    text = normalize(text)
    assert _one(text, quoted, entities=_people(text, *names)).speaker == speaker


# ------------------------------------------------------------------------------------------------
# Requests with their addressee, and request or naming converbs before a main speech verb

_ADVISER = "ধর্ম উপদেষ্টা ড. আ ফ ম খালিদ হোসেন বলেছেন, উন্নয়ন সম্ভব নয়। "


@pytest.mark.parametrize("text, quoted, speaker", [
    # the addressee (X-এর প্রতি / কাছে) between the content and the cue is left out of the content
    (_ADVISER + "মানুষের মনকে উদার ও দৃষ্টিভঙ্গিকে প্রসারিত করতে সকলের প্রতি অনুরোধ জানান তিনি।",
     "মানুষের মনকে উদার ও দৃষ্টিভঙ্গিকে প্রসারিত করতে", "আ ফ ম খালিদ হোসেন"),
    (_ADVISER + "মানবিক হওয়ার জন্য সকলের প্রতি তিনি অনুরোধ জানান।", "মানবিক হওয়ার জন্য", "আ ফ ম খালিদ হোসেন"),
    ("নির্বাচনে সবার জন্য লেভেল প্লেয়িং ফিল্ড নিশ্চিত করতে সর্বোচ্চ পদক্ষেপ নেওয়ার জন্য নির্বাচন কমিশন (ইসি) ও "
     "সরকারের প্রতি আহ্বান জানিয়েছে বাংলাদেশ জামায়াতে ইসলামী।",
     "নির্বাচনে সবার জন্য লেভেল প্লেয়িং ফিল্ড নিশ্চিত করতে সর্বোচ্চ পদক্ষেপ নেওয়ার জন্য", "বাংলাদেশ জামায়াতে ইসলামী"),
    ("ব্যবসায়ীদের নিরাপত্তা নিশ্চিত করার জন্য সরকারের কাছে দাবি জানান সমিতির সভাপতি আবুল হোসেন।",
     "ব্যবসায়ীদের নিরাপত্তা নিশ্চিত করার জন্য", "আবুল হোসেন"),
    # the passive request keeps working, now also over an addressee of several words
    ("প্রধান উপদেষ্টা মুহাম্মদ ইউনূস বিবৃতি দেন। বিবৃতিতে বলা হয়, শোক পালন করা হবে। শোকানুষ্ঠান শান্তিপূর্ণভাবে "
     "পালনের জন্য দেশবাসীর প্রতি বিনীত আহ্বান জানানো হয়।", "শোকানুষ্ঠান শান্তিপূর্ণভাবে পালনের জন্য", None),
    # ... and without the document it was made in
    ("এর আগে, একইদিন ভারতের পররাষ্ট্র মন্ত্রণালয় থেকে দেওয়া এক প্রেস বিজ্ঞপ্তিতে সুষ্ঠু ও বিশ্বাসযোগ্য নির্বাচন "
     "আয়োজনের আহ্বান জানানো হয়।", "সুষ্ঠু ও বিশ্বাসযোগ্য নির্বাচন আয়োজনের", None),
])
def test_a_request_with_its_addressee_before_the_cue(text: str, quoted: str, speaker: str | None) -> None:
    q = _one(text, quoted)
    assert q.kind == "indirect"
    if speaker is not None:
        assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    # an addressee without a purpose or verbal noun before it: nothing was reported
    "এ সময় দেশবাসীর প্রতি আহ্বান জানান প্রধান উপদেষ্টা।",
    "তিনি বিদেশি রাষ্ট্রের প্রতি আনুগত্য ঘোষণা করেন।",
])
def test_an_addressee_alone_is_no_content(text: str) -> None:
    assert [q for q in _found(text) if q[0] == "indirect"] == []


@pytest.mark.parametrize("text, quoted, speaker", [
    # a request converb: its content (with whom it asks) goes to the main verb's speaker
    (_ADVISER + "প্রত্যেককে নিজের ধর্মগ্রন্থ অধ্যায়নের আহ্বান জানিয়ে উপদেষ্টা বলেন, ‘আমাদের জীবন আলোকিত হবে।’",
     "প্রত্যেককে নিজের ধর্মগ্রন্থ অধ্যায়নের", "আ ফ ম খালিদ হোসেন"),
    ("সাবেক তথ্য উপদেষ্টা মাহফুজ আলম সংবাদ সম্মেলন করেন। নতুন করে পথচলার ঘোষণা দিয়ে একটি নতুন রাজনৈতিক "
     "বন্দোবস্তের দিকে অগ্রসর হওয়ার আহ্বান জানিয়েছেন মাহফুজ আলম।", "নতুন করে পথচলার", "মাহফুজ আলম"),
    # an object and what it is called, before উল্লেখ করে / আখ্যা দিয়ে
    (_ADVISER + "ধর্ম নিয়ে কটূক্তি করাকে জঘন্য কাজ উল্লেখ করে ড. খালিদ বলেন, ‘এটা হীন প্রকৃতির মানুষেরাই করে থাকে।’",
     "ধর্ম নিয়ে কটূক্তি করাকে জঘন্য কাজ", "আ ফ ম খালিদ হোসেন"),
    ("পররাষ্ট্রমন্ত্রী উইনস্টন পিটার্স বলেছেন, চুক্তিটি খারাপ। এই চুক্তিকে অন্যায্য ও একতরফা আখ্যা দিয়ে তিনি বলেন, "
     "তার দল এর বিরোধিতা করবে।", "এই চুক্তিকে অন্যায্য ও একতরফা", "উইনস্টন পিটার্স"),
])
def test_a_request_or_naming_converb_before_the_main_verb(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text", [
    # no content: only the addressee, a plain noun's genitive without whom it asks, no main speech verb
    "এ সময় দেশবাসীর প্রতি আহ্বান জানিয়ে প্রধান উপদেষ্টা বলেন, সবাই যেন শান্ত থাকেন।",
    "প্রধান উপদেষ্টা দলের ঐক্যের আহ্বান জানিয়ে বলেন, সবাই যেন শান্ত থাকেন।",
    "জনগণকে ভোট দেওয়ার আহ্বান জানিয়ে মিছিল করেন তারা।",
    "চরমপন্থি গোষ্ঠীগুলো মানুষকে 'ভারতপন্থি' আখ্যা দিয়ে অমানবিক করে তুলছে।",
])
def test_a_converb_without_reported_content(text: str) -> None:
    found = _found(text)
    assert not [q for q in found if q[1].endswith(("আহ্বান", "প্রতি", "ঐক্যের", "দেওয়ার", "ভারতপন্থি"))]
    assert all("ঐক্যের" not in q[1] and "ভোট দেওয়ার" not in q[1] for q in found)


def test_a_request_coordinated_with_another_cue_is_not_reported_without_its_subject() -> None:
    text = ("মিয়া গোলাম পরওয়ার দৃষ্টান্তমূলক শাস্তির দাবি জানান এবং ব্যবসায়ীদের নিরাপত্তা নিশ্চিত করার জন্য "
            "প্রশাসনের প্রতি জোর আহ্বান জানান।")
    assert not [q for q in _found(text) if "নিশ্চিত করার জন্য" in q[1]]


# ------------------------------------------------------------------------------------------------
# Recall round 4: constructions found by surveying corpus sentences with a cue and no quote


@pytest.mark.parametrize("text, quoted, speaker", [
    # the speaker's phrase between "বলে" and its verb is longer than three words
    ("তিনি বিয়ের পরই খালেদা জিয়া নাম নিয়েছিলেন বলে তাঁর বোন সেলিমা ইসলাম জানিয়েছেন।",
     "তিনি বিয়ের পরই খালেদা জিয়া নাম নিয়েছিলেন", "সেলিমা ইসলাম"),
    # with an apposition's comma and a title's dot
    ("খালেদা জিয়ার অবস্থা অত্যন্ত জটিল এবং তিনি সংকটময় মুহূর্ত পার করছিলেন বলে তার ব্যক্তিগত চিকিৎসক, "
     "দলের স্থায়ী কমিটির সদস্য ডা. এ জেড এম জাহিদ হোসেন জানিয়েছিলেন।",
     "খালেদা জিয়ার অবস্থা অত্যন্ত জটিল এবং তিনি সংকটময় মুহূর্ত পার করছিলেন", "এ জেড এম জাহিদ হোসেন"),
    # an addressee after the speaker
    ("হাসপাতালে চিকিৎসাধীন অবস্থায় তার মৃত্যু হয় বলে গ্যাভলেবর্গ পুলিশের কর্মকর্তা মাতস লান এএফপিকে জানান।",
     "হাসপাতালে চিকিৎসাধীন অবস্থায় তার মৃত্যু হয়", "মাতস লান"),
    # the matter confirmed between the speaker and the verb
    ("তিনি দলটির সঙ্গে আনুষ্ঠানিকভাবে যোগ দেন বলে দলটির একাধিক নেতাকর্মী বিষয়টি নিশ্চিত করেছেন।",
     "তিনি দলটির সঙ্গে আনুষ্ঠানিকভাবে যোগ দেন", "দলটির একাধিক নেতাকর্মী"),
    # a passive, its source named between
    ("সেটি পুনরায় ওয়েবসাইটে পোস্ট করা হয়েছে বলে দেশটির বিচার বিভাগের পক্ষ থেকে জানানো হয়েছে।",
     "সেটি পুনরায় ওয়েবসাইটে পোস্ট করা হয়েছে", "দেশটির বিচার বিভাগ"),
])
def test_a_long_speaker_phrase_between_bole_and_its_verb(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text", [
    # a converb বলে (having talked) has no finite clause before it
    "সংশ্লিষ্টদের সঙ্গে কথা বলে স্থানীয় প্রশাসনের কর্মকর্তারা জেলা প্রশাসককে বিষয়টি জানান।",
    # a finite verb between বলে and the cue ends another clause
    "তিনি ভালো আছেন বলে আমরা শুনেছি এবং পরে চিকিৎসকরা আমাদের জানান।",
])
def test_a_far_bole_without_a_speaker_phrase_is_no_quote(text: str) -> None:
    assert [q for q in _found(text) if q[0] == "indirect" and "বলে" in (q[1] or "")] == []
    assert not [q for q in quotes(normalize(text)) if q.cue and q.cue.startswith("বলে ")]


@pytest.mark.parametrize("text, quoted, speaker", [
    # a request, its addressee in -কে between its content and the cue noun, left out
    ("আগামী সংসদ নির্বাচন ও গণভোটকে সামনে রেখে সব ধরনের সাইবার নিরাপত্তা নিশ্চিত করতে জাতীয় সাইবার সুরক্ষা "
     "অ্যাজেন্সিকে নির্দেশ দিয়েছেন প্রধান উপদেষ্টা প্রফেসর ড. মুহাম্মদ ইউনূস।",
     "আগামী সংসদ নির্বাচন ও গণভোটকে সামনে রেখে সব ধরনের সাইবার নিরাপত্তা নিশ্চিত করতে", "মুহাম্মদ ইউনূস"),
    ("এ বিষয়ে সতর্ক থাকার জন্য সবাইকে অনুরোধ করেছে এনবিআর।", "এ বিষয়ে সতর্ক থাকার জন্য", "এনবিআর"),
    # the addressee with its acronym
    ("তাকে নির্বাচনে অংশ নেওয়ার সুযোগ দিতে নির্বাচন কমিশনকে (ইসি) নির্দেশ দিয়েছেন আদালত।",
     "তাকে নির্বাচনে অংশ নেওয়ার সুযোগ দিতে", "আদালত"),
    # the addressee is not part of the content, nor the speaker
    ("কেবিনেট বৈঠকে উপস্থিত থাকার জন্য বিএনপি মহাসচিব মির্জা ফখরুল ইসলাম আলমগীরকে আহ্বান জানিয়েছেন প্রধান "
     "উপদেষ্টা ড. মুহাম্মদ ইউনূস।", "কেবিনেট বৈঠকে উপস্থিত থাকার জন্য", "মুহাম্মদ ইউনূস"),
])
def test_a_request_with_its_addressee_in_the_objective(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text", [
    # no infinitive or purpose before the addressee: no content
    "প্রধান উপদেষ্টা সবাইকে আহ্বান জানিয়েছেন।",
    "সরকারের নতুন নীতির কারণে ব্যবসায়ীদের নির্দেশ দিয়েছেন মন্ত্রী।",
])
def test_an_objective_addressee_without_a_request_is_no_content(text: str) -> None:
    assert [q for q in _found(text) if q[0] == "indirect"] == []


@pytest.mark.parametrize("text, quoted", [
    # a verbal noun's clause before কথা and a passive verb of saying, the noun left out (as annotated)
    ("ভোটারদের কাছ থেকে স্বাক্ষর সংগ্রহের সময় ফর্মের প্রথম পাতায় নাম, ঠিকানা ও স্বাক্ষর নেওয়ার কথা বলা হয়েছে।",
     "ভোটারদের কাছ থেকে স্বাক্ষর সংগ্রহের সময় ফর্মের প্রথম পাতায় নাম, ঠিকানা ও স্বাক্ষর নেওয়ার"),
    ("দেশের বিভিন্ন এলাকায় মৃদু শৈত্যপ্রবাহ বয়ে যাওয়ার কথা বলা হয়েছে এই খবরে।",
     "দেশের বিভিন্ন এলাকায় মৃদু শৈত্যপ্রবাহ বয়ে যাওয়ার"),
])
def test_a_passive_report_of_a_matter(text: str, quoted: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", None)


def test_kotha_bole_is_having_talked_not_a_quotative() -> None:
    # "কথা বলে" is "having talked": no "… বলে জানান" whose content is the talk
    found = _analyzed("বৈঠক শেষ হয়। সাংবাদিকদের সঙ্গে কথা বলে মন্ত্রী রহিম উদ্দিন জানান, আলোচনা ভালো হয়েছে।")
    assert [(q.text, q.speaker) for q in found] == [("আলোচনা ভালো হয়েছে", "রহিম উদ্দিন")]


@pytest.mark.parametrize("text", [
    "এক সরকারি তথ্য বিবরণীতে এ কথা জানানো হয়েছে।",  # anaphoric: no verbal noun before কথা
    "প্রেস মিটে সে শাস্তির কথা উল্লেখ করা হয়েছিল।",  # a plain noun's genitive
])
def test_a_passive_matter_without_a_verbal_noun_is_no_content(text: str) -> None:
    assert [q for q in _found(text) if q[0] == "indirect"] == []


# ------------------------------------------------------------------------------------------------
# The plural subject a তারা/তাদের points back to; a subject opening a "… বলে CUE" clause

@pytest.mark.parametrize("text, quoted, speaker", [
    # the plural subject of the sentence before, not the last speaker, is "they"
    ("কেন্দ্রীয় ব্যাংক জানায়, আগে এই সুবিধা কার্যকর ছিল। বাংলাদেশ ব্যাংকের এ সিদ্ধান্তকে ব্যবসায়ী নেতা ও "
     "শিল্পসংশ্লিষ্টরা ইতিবাচকভাবে গ্রহণ করেছেন। তাদের মতে, এই সিদ্ধান্ত কার্যকর হলে মেয়াদ বাড়ানোর প্রয়োজন পড়বে না।",
     "এই সিদ্ধান্ত কার্যকর হলে মেয়াদ বাড়ানোর প্রয়োজন পড়বে না", "ব্যবসায়ী নেতা ও শিল্পসংশ্লিষ্টরা"),
    ("গেজেট প্রকাশের দাবিতে সংবাদ সম্মেলন করেছেন সংশ্লিষ্ট চিকিৎসকেরা। তাদের ভাষ্য, সুপারিশের তিন মাস পেরিয়ে গেলেও "
     "গেজেট প্রকাশ হয়নি।", "সুপারিশের তিন মাস পেরিয়ে গেলেও গেজেট প্রকাশ হয়নি", "সংশ্লিষ্ট চিকিৎসকেরা"),
])
def test_a_plural_pronoun_is_the_plural_subject_just_before(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


def _organisation(text: str, name: str) -> list[Entity]:
    """An ORG entity for a name in the (normalised) text, one mention at each occurrence."""
    at = [i for i in range(len(text)) if text.startswith(name, i)]
    return [Entity(name=name, type="ORG", mentions=tuple(Mention(i, i + len(name), name) for i in at))]


@pytest.mark.parametrize("text, speaker", [
    # the organisation closing the sentence before after its verb is its subject, though it was only
    # reported there: not the paper that reported it, nor a plural inside the reported clause
    ("প্রতিবেদনটিতে বলা হয়েছে, হাদির খুনিরা গ্রেপ্তার না হওয়া পর্যন্ত অবরোধ চালিয়ে যাওয়ার ঘোষণা দিয়েছে ইনকিলাব মঞ্চ। "
     "পরিস্থিতি খারাপ হলে কার্যালয় ঘেরাও করতে তারা বাধ্য হবেন বলেও হুঁশিয়ারি দিয়েছেন।", "ইনকিলাব মঞ্চ"),
    ("কেন্দ্রীয় ব্যাংক জানায়, আগে এই সুবিধা কার্যকর ছিল। এ সিদ্ধান্তের বিরোধিতা করেছে ইনকিলাব মঞ্চ। "
     "তাদের মতে, পরিস্থিতি খারাপ হলে তারা বাধ্য হবেন।", "ইনকিলাব মঞ্চ"),
])
def test_a_plural_pronoun_is_the_organisation_closing_the_sentence_before(text: str, speaker: str) -> None:
    text = normalize(text)
    found = [q for q in quotes(text, entities=_organisation(text, "ইনকিলাব মঞ্চ")) if "বাধ্য হবেন" in q.text]
    assert [q.speaker for q in found] == [speaker]


def test_a_plural_pronoun_with_no_one_else_is_the_bodies_owning_something_just_before() -> None:
    text = ("সূত্র বলছে, এনজিওগুলোর কাজ মূলত প্রকল্পভিত্তিক। হরতালের কারণে এনজিওগুলোর কাজ বাধাগ্রস্ত হচ্ছে। "
            "তারা আশঙ্কা করছে, অনেক প্রকল্পের কাজ শেষ হবে না।")
    assert _one(text, "অনেক প্রকল্পের কাজ শেষ হবে না").speaker == "এনজিওগুলো"


def test_a_plural_pronoun_without_a_plural_subject_before_is_the_last_organisation() -> None:
    text = "কেন্দ্রীয় ব্যাংক জানায়, আগে এই সুবিধা কার্যকর ছিল। তাদের মতে, এই সিদ্ধান্ত কার্যকর হবে।"
    assert _one(text, "এই সিদ্ধান্ত কার্যকর হবে").speaker == "কেন্দ্রীয় ব্যাংক"


@pytest.mark.parametrize("text, names, quoted, speaker", [
    # subject, setting, definite object in -কে, predicate, বলে + cue: what is said starts at the object
    ("গত রোববার পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র এস এম মাহবুবুল আলম এক বিবৃতিতে অভিযোগটিকে উদ্দেশ্যপ্রণোদিত ও ভিত্তিহীন "
     "বলে মন্তব্য করেন।", ("এস এম মাহবুবুল আলম",), "অভিযোগটিকে উদ্দেশ্যপ্রণোদিত ও ভিত্তিহীন", "এস এম মাহবুবুল আলম"),
    ("মোদী তার শোকবার্তায় খালেদা জিয়াকে বাংলাদেশের প্রথম নারী প্রধানমন্ত্রী হিসেবে স্মরণীয় বলে উল্লেখ করেছেন।",
     ("মোদী", "খালেদা জিয়া"), "খালেদা জিয়াকে বাংলাদেশের প্রথম নারী প্রধানমন্ত্রী হিসেবে স্মরণীয়", "মোদী"),
])
def test_a_subject_opening_a_bole_clause_speaks(text: str, names: tuple[str, ...], quoted: str, speaker: str) -> None:
    text = normalize(text)
    assert _one(text, quoted, entities=_people(text, *names)).speaker == speaker


@pytest.mark.parametrize("text, names", [
    # a genitive opening the clause is no subject; "প্রতীকে" is a locative, not a definite object
    ("যুক্তরাষ্ট্রের এই পদক্ষেপের পর ব্রেটন এটিকে একটি অভিযান বলে উল্লেখ করেছেন।", ("যুক্তরাষ্ট্র",)),
    # (the corpus sentence: two people's plan; one person's own plan is theirs, see below)
    ("ফরিদুজ্জামান ফরহাদ নড়াইল-২ ও ববি হাজ্জাজ ঢাকা-১৩ আসন থেকে বিএনপির প্রতীকে নির্বাচনে অংশ নিবেন বলে "
     "জানিয়েছেন।", ("ফরিদুজ্জামান ফরহাদ", "ববি হাজ্জাজ")),
])
def test_no_subject_is_taken_from_a_bole_clause_without_a_clear_opening_subject(
        text: str, names: tuple[str, ...]) -> None:
    text = normalize(text)
    found = quotes(text, entities=_people(text, *names))
    assert all(q.speaker not in names for q in found if q.kind == "indirect")


def test_a_circular_reports_for_its_issuer() -> None:
    text = ("কেন্দ্রীয় ব্যাংক জানায়, আগে এই সুবিধা কার্যকর ছিল। তবে মেয়াদ হবে ২৭০ দিন। "
            "সার্কুলারে আরও বলা হয়েছে, ব্যাংকগুলোকে ইতিহাস যাচাই করতে হবে।")
    assert _one(text, "ব্যাংকগুলোকে ইতিহাস যাচাই করতে হবে").speaker == "কেন্দ্রীয় ব্যাংক"


@pytest.mark.parametrize("text, names, quoted, speaker", [
    # a participle clause describing the speaker (… বসে থাকা, … কাজে আসা, পাশে থাকা) is not the speaker
    ("লক্ষ্মীবাজার এলাকায় চায়ের দোকানে বসে থাকা রিকশাচালক রহমত আলী জাগো নিউজকে বলেন, ‘রাস্তাঘাটে মানুষ নাই।’",
     ("রহমত আলী",), "রাস্তাঘাটে মানুষ নাই।", "রহমত আলী"),
    ("মহানগর কোর্ট এলাকায় কাজে আসা শরিফুল ইসলাম জাগো নিউজকে বলেন, ‘কেউ ঘর থেকে বের হচ্ছে না।’",
     ("শরিফুল ইসলাম",), "কেউ ঘর থেকে বের হচ্ছে না।", "শরিফুল ইসলাম"),
    ("পাশে থাকা যুবদলের সাধারণ সম্পাদক আব্দুর রহিম বলেন, দেশ ও জাতির অপূরণীয় ক্ষতি হয়ে গেল।",
     ("আব্দুর রহিম",), "দেশ ও জাতির অপূরণীয় ক্ষতি হয়ে গেল", "আব্দুর রহিম"),
    ("ঘটনাস্থলে উপস্থিত থাকা এক পুলিশ কর্মকর্তা বলেন, ‘কেউ আহত হয়নি।’", (), "কেউ আহত হয়নি।", "এক পুলিশ কর্মকর্তা"),
])
def test_a_participle_clause_before_the_speaker_is_left_out(
        text: str, names: tuple[str, ...], quoted: str, speaker: str) -> None:
    text = normalize(text)
    assert _one(text, quoted, entities=_people(text, *names)).speaker == speaker



def test_a_converb_before_a_quotative_clause_takes_the_speaker_after_it() -> None:
    text = normalize("সভাপতি শওকত আজিজ রাসেল বক্তব্য দেন। নিজের একটি কটন মিল বন্ধ হয়ে গেছে উল্লেখ করে নিজেকেও "
                     "টেক্সটাইলবিহীন সভাপতি হয়ে যেতে পারেন বলে উদ্বেগ প্রকাশ করেন তিনি।")
    people = _people(text, "শওকত আজিজ রাসেল")
    for quoted in ("নিজের একটি কটন মিল বন্ধ হয়ে গেছে", "নিজেকেও টেক্সটাইলবিহীন সভাপতি হয়ে যেতে পারেন"):
        assert _one(text, quoted, entities=people).speaker == "শওকত আজিজ রাসেল"


def test_where_in_a_text_the_speaker_says_it_is_not_the_speaker() -> None:
    text = normalize("অভিনেত্রী সাজিয়া সুলতানা পুতুল ছবি পোস্ট করেছেন। পুতুল তার লেখার শুরুতে বলেন, "
                     "“জীবনে প্রথম তাকে দেখেছিলাম শৈশবে।”")
    full, short = text.index("সাজিয়া"), text.index("পুতুল তার")
    actress = Entity(name="সাজিয়া সুলতানা পুতুল", type="PERSON", mentions=(
        Mention(full, full + len("সাজিয়া সুলতানা পুতুল"), "সাজিয়া সুলতানা পুতুল"), Mention(short, short + 5, "পুতুল")))
    quote = _one(text, "জীবনে প্রথম তাকে দেখেছিলাম শৈশবে।", entities=[actress])
    assert quote.speaker == "সাজিয়া সুলতানা পুতুল" and quote.speaker_mention == "পুতুল"


def test_a_participle_of_place_before_an_organisation_is_left_out() -> None:
    text = normalize("ইইউ শোক জানিয়েছে। ঢাকায় অবস্থিত ফরাসি দূতাবাস এক শোকবার্তায় জানিয়েছে, দীর্ঘ রাজনৈতিক জীবনে "
                     "তিনি গুরুত্বপূর্ণ ভূমিকা রেখেছেন।")
    quote = _one(text, "দীর্ঘ রাজনৈতিক জীবনে তিনি গুরুত্বপূর্ণ ভূমিকা রেখেছেন")
    assert quote.speaker == "ফরাসি দূতাবাস"


@pytest.mark.parametrize("text, quoted, speaker", [
    ("চেঙ্গিস খান সবসময় দাবি করেছিলেন যে তিনি দয়ালু শাসক ছিলেন।", "তিনি দয়ালু শাসক ছিলেন", "চেঙ্গিস খান"),
    ("সাংবাদিক মাহফুজউল্লাহ ২০১৯ সালের শুরুর দিকে বিবিসি বাংলাকে বলেন, খালেদা জিয়া রাজনীতিতে আসেন।",
     "খালেদা জিয়া রাজনীতিতে আসেন", "মাহফুজউল্লাহ"),
])
def test_a_habit_or_time_between_the_speaker_and_the_verb_is_left_out(text: str, quoted: str, speaker: str) -> None:
    text = normalize(text)
    assert _one(text, quoted, entities=_people(text, speaker)).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("পল রাচনিভস্কি তার বই, 'চেঙ্গিস খান: হিজ লাইফ অ্যান্ড লিগেসি'তে লিখেছেন, \"তার এক নাতির মৃত্যু হয়েছিল।\"",
     "পল রাচনিভস্কি"),
    ("জন ম্যাকলিওড তার বই 'হিস্ট্রি অফ ইন্ডিয়া'-তে লিখেছেন, \"তার এক নাতির মৃত্যু হয়েছিল।\"", "জন ম্যাকলিওড"),
])
def test_a_case_ending_glued_to_a_quoted_title_is_not_the_speaker(text: str, speaker: str) -> None:
    text = normalize(text)
    assert _one(text, "তার এক নাতির মৃত্যু হয়েছিল।", entities=_people(text, speaker)).speaker == speaker


@pytest.mark.parametrize("text", [
    "এ বিষয়ে কথা হয় মঈন উদ্দিনের সঙ্গে। তিনি বলেন, ‘গত বছর পণ্য রপ্তানি কমেছে।’",
    "এ বিষয়ে কথা হয় স্টারলাইনের পরিচালক মঈন উদ্দিনের সঙ্গে। তিনি বলেন, ‘গত বছর পণ্য রপ্তানি কমেছে।’",
    # the one asked
    "মঈন উদ্দিনের কাছে একবার জানতে চাওয়া হলো- রপ্তানি কেমন? তিনি বলেন, ‘গত বছর পণ্য রপ্তানি কমেছে।’",
    # the reporter asks (জানতে চাইলে, প্রশ্ন করলে: "when one asked"), the one asked answers
    "এ বিষয়ে মঈন উদ্দিনের কাছে জানতে চাইলে তিনি বলেন, ‘গত বছর পণ্য রপ্তানি কমেছে।’",
    "রপ্তানি নিয়ে মঈন উদ্দিনের কাছে প্রশ্ন করলে তিনি বলেন, ‘গত বছর পণ্য রপ্তানি কমেছে।’",
])
def test_the_one_talked_with_is_who_speaks_next(text: str) -> None:
    text = normalize(text)
    i = text.index("মঈন")
    person = Entity(name="মঈন উদ্দিন", type="PERSON", mentions=(Mention(i, i + len("মঈন উদ্দিনের"), "মঈন উদ্দিনের"),))
    assert _one(text, "গত বছর পণ্য রপ্তানি কমেছে।", entities=[person]).speaker == "মঈন উদ্দিন"


_SAID_BEFORE = "জাতিসংঘের একজন মুখপাত্র বলেন, ‘গতকাল ভোরে লড়াই শুরু হয়।’ "


@pytest.mark.parametrize("text, speaker", [
    # the sentence before brings someone in with an indefinite title, as subject or object, while
    # the last speaker is further back: তিনি opening the next sentence is the newcomer
    (_SAID_BEFORE + "সেনাবাহিনীর একজন মুখপাত্রও লড়াইয়ের কথা নিশ্চিত করেছেন। "
     "তিনি বলেন, ‘আজ সকালে বোর শহরে লড়াই হয়েছে।’", "সেনাবাহিনীর একজন মুখপাত্র"),
    (_SAID_BEFORE + "রয়টার্স সেনাবাহিনীর এক শীর্ষ কর্মকর্তাকে উদ্ধৃত করেছে। "
     "তিনি বলেন, ‘আজ সকালে বোর শহরে লড়াই হয়েছে।’", "সেনাবাহিনীর এক শীর্ষ কর্মকর্তা"),
    # "আরও": the last speaker goes on
    (_SAID_BEFORE + "সেনাবাহিনীর একজন মুখপাত্রও লড়াইয়ের কথা নিশ্চিত করেছেন। "
     "তিনি আরও বলেন, ‘আজ সকালে বোর শহরে লড়াই হয়েছে।’", "জাতিসংঘের একজন মুখপাত্র"),
    # a title that only owns something brings no one in
    (_SAID_BEFORE + "শহরের একটি বাড়িতে এক কর্মকর্তার মরদেহ পাওয়া গেছে। "
     "তিনি বলেন, ‘আজ সকালে বোর শহরে লড়াই হয়েছে।’", "জাতিসংঘের একজন মুখপাত্র"),
])
def test_a_pronoun_takes_up_the_one_the_sentence_before_brings_in(text: str, speaker: str) -> None:
    assert _one(text, "আজ সকালে বোর শহরে লড়াই হয়েছে।").speaker == speaker


def test_someone_met_is_not_who_the_next_pronoun_means() -> None:
    text = normalize("মোদী শোক জানান। ভারতের প্রধানমন্ত্রী ঢাকায় খালেদা জিয়ার সঙ্গে সাক্ষাতের কথাও স্মরণ করেছেন। "
                     "তিনি আশা প্রকাশ করেন, সম্পর্ক এগিয়ে যাবে।")
    k = text.index("খালেদা")
    khaleda = Entity(name="খালেদা জিয়া", type="PERSON", mentions=(Mention(k, k + len("খালেদা জিয়ার"), "খালেদা জিয়ার"),))
    assert _one(text, "সম্পর্ক এগিয়ে যাবে", entities=[*_people(text, "মোদী"), khaleda]).speaker == "মোদী"


@pytest.mark.parametrize("text, name, speaker", [
    # a party or a relation before the name, a particle or a stray noun after it
    ("নাগরিক ঐক্যের মাহমুদুর রহমান মান্না বলেন, নির্বাচন হবে।", "মাহমুদুর রহমান মান্না", "মাহমুদুর রহমান মান্না"),
    ("নিহত নাজমুলের ভাতিজা সাকিব আলম জানান, তার চাচা চাকরি করতেন।", "সাকিব আলম", "সাকিব আলম"),
    ("পরে তাসনিম জারাও ঘোষণা দেন, তিনি দল ছাড়ছেন।", "তাসনিম জারা", "তাসনিম জারা"),
    # the name in the genitive: someone else speaks
    ("নাইজেরিয়ার প্রেসিডেন্ট বোলা তিনুবুর এক উপদেষ্টা বলেন, অভিযান যৌথ ছিল।", "বোলা তিনুবু",
     "নাইজেরিয়ার প্রেসিডেন্ট বোলা তিনুবুর এক উপদেষ্টা"),
])
def test_a_speaker_phrase_holding_one_persons_name_is_that_person(text: str, name: str, speaker: str) -> None:
    text = normalize(text)
    k = text.index(name)
    entity = Entity(name=name, type="PERSON", mentions=(Mention(k, k + len(name), name),))
    found = quotes(text, entities=[entity])
    assert [q.speaker for q in found] == [speaker]


def test_an_outlet_told_in_the_locative_is_not_the_speaker() -> None:
    text = normalize("রিটার্নিং কর্মকর্তার কার্যালয়ের এক দায়িত্বশীল কর্মকর্তা জাগো নিউজে বলেন, ৬২টি মনোনয়নপত্র "
                     "নিয়েছিলেন প্রার্থীরা।")
    outlet = [Entity(name="জাগো নিউজ", type="ORG", mentions=(Mention(text.index("জাগো"), text.index(" বলেন"), "জাগো নিউজে"),))]
    quote = _one(text, "৬২টি মনোনয়নপত্র নিয়েছিলেন প্রার্থীরা", entities=outlet)
    assert quote.speaker == "রিটার্নিং কর্মকর্তার কার্যালয়ের এক দায়িত্বশীল কর্মকর্তা"


@pytest.mark.parametrize("text, names, quoted, speaker", [
    # the setting between a subject and its verb, walked over back to the subject
    ("জেকব অ্যাবট তার বই 'দ্য হিস্ট্রি অব চেঙ্গিস খান'-এ লিখেছেন, \"একবার এক বৃদ্ধা জীবন ভিক্ষা চান।\"",
     ("জেকব অ্যাবট",), "একবার এক বৃদ্ধা জীবন ভিক্ষা চান।", "জেকব অ্যাবট"),  # a quoted title
    ("প্রয়াত বিএনপি নেতা মওদুদ আহমদ তাঁর 'চলমান ইতিহাস' বইতে লিখেছেন, শাসকচক্রের জন্য বড় ভয় ছিল খালেদা জিয়া।",
     ("মওদুদ আহমদ", "খালেদা জিয়া"), "শাসকচক্রের জন্য বড় ভয় ছিল খালেদা জিয়া", "মওদুদ আহমদ"),
    ("কমিটির সদস্য মীর হেলাল উদ্দিন গত বছরের ডিসেম্বর মাসে বিবিসি বাংলাকে দেয়া একটি সাক্ষাৎকারে বলেছেন, "
     "তারেক রহমানের ভূমিকা বিএনপিকে চাঙ্গা করে তুলেছে।", ("মীর হেলাল উদ্দিন", "তারেক রহমান"),
     "তারেক রহমানের ভূমিকা বিএনপিকে চাঙ্গা করে তুলেছে", "মীর হেলাল উদ্দিন"),  # a participle clause, a time
    ("কমার্শিয়াল প্রধান অভিনাশ অনুরাগ পিডিবির চেয়ারম্যানের কাছে পাঠানো একটি আনুষ্ঠানিক চিঠিতে জানান, "
     "পিডিবি বকেয়া পরিশোধ করেনি।", ("অভিনাশ অনুরাগ",), "পিডিবি বকেয়া পরিশোধ করেনি", "অভিনাশ অনুরাগ"),
    ("স্থায়ী কমিটির সদস্য সালাহউদ্দিন আহমেদ একটি গণমাধ্যমকে জানান, বুধবার জানাজা হবে।",
     ("সালাহউদ্দিন আহমেদ",), "বুধবার জানাজা হবে", "সালাহউদ্দিন আহমেদ"),  # an addressee with its article
    ("দলীয় মুখপাত্র গাজী আতাউর রহমান সোমবার (২৯ ডিসেম্বর) এক বিবৃতিতে বলেন, কারওয়ান বাজার প্রধান ব্যবসাকেন্দ্র।",
     ("গাজী আতাউর রহমান",), "কারওয়ান বাজার প্রধান ব্যবসাকেন্দ্র", "গাজী আতাউর রহমান"),  # a bracketed date
    ("ক্যাম্পের ইনচার্জ মো. ফারুক মৃত্যুর বিষয়টি নিশ্চিত করে জানান, মরদেহ মর্গে রাখা হয়েছে।",
     ("মো. ফারুক",), "মরদেহ মর্গে রাখা হয়েছে", "মো. ফারুক"),  # the matter confirmed before a converb
])
def test_the_setting_between_subject_and_verb_is_walked_over(
        text: str, names: tuple[str, ...], quoted: str, speaker: str) -> None:
    text = normalize(text)
    assert _one(text, quoted, entities=_people(text, *names)).speaker == speaker


def test_a_participle_before_a_name_ending_like_a_place_is_not_a_setting() -> None:
    text = normalize("এপ্রিল মাসে মারা যাওয়া গিফ্রে বলেছিলেন, ‘আমি কিছু দেখিনি।’")
    assert _one(text, "আমি কিছু দেখিনি।").speaker != "মারা"


# Settings that news text puts between a speaker and the verb of saying: each must be walked over.
_SETTINGS = [
    "", "মঙ্গলবার (৩০ ডিসেম্বর) সকালে", "মঙ্গলবার সকালে রাজধানীর একটি হোটেলে আয়োজিত সংবাদ সম্মেলনে", "সাংবাদিকদের",
    "জাগো নিউজকে", "কান্নাজড়িত কণ্ঠে", "সাংবাদিকদের প্রশ্নের জবাবে", "মনোনয়নপত্র জমা দেওয়ার পর সাংবাদিকদের",
    "অনুষ্ঠানে বক্তব্য দিতে গিয়ে", "এক বিবৃতিতে", "তার ফেসবুক পোস্টে", "প্রধান অতিথির বক্তব্যে", "এ সময়",
    "সোমবার বিকেলে জেলা প্রশাসকের কার্যালয়ে সাংবাদিকদের সঙ্গে আলাপকালে", "বিষয়টি নিশ্চিত করে",
    "দলের পক্ষ থেকে পাঠানো এক বিবৃতিতে", "বুধবার দুপুরে মুঠোফোনে প্রথম আলোকে",
    "রোববার রাতে নিজের ভেরিফায়েড ফেসবুক পেজে দেওয়া এক পোস্টে",
]


@pytest.mark.parametrize("setting", _SETTINGS)
@pytest.mark.parametrize("subject, name", [
    ("বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর", "মির্জা ফখরুল ইসলাম আলমগীর"),  # a name in -র
    ("ঢাকা বিশ্ববিদ্যালয়ের অধ্যাপক ড. কামরুল হাসান", "কামরুল হাসান"),
])
@pytest.mark.parametrize("quoted", ["দেশের মানুষ শান্তিপূর্ণ নির্বাচন চায়", "‘দেশের মানুষ শান্তিপূর্ণ নির্বাচন চায়।’"])
def test_the_speaker_is_found_across_every_setting(setting: str, subject: str, name: str, quoted: str) -> None:
    text = normalize(f"শহরে প্রচারণা চলছে। {subject} {setting} বলেন, {quoted}".replace("  ", " "))
    found = [q for q in quotes(text, entities=_people(text, name, "বিএনপি", "প্রথম আলো"))
             if "শান্তিপূর্ণ নির্বাচন" in q.text]
    assert [q.speaker for q in found] == [name]


@pytest.mark.parametrize("text, entities, quoted, speaker", [
    # the speaker after the cue, with a setting between the quotation and the cue
    ("‘দেশের মানুষ শান্তিপূর্ণ নির্বাচন চায়,’ এক বিবৃতিতে বলেন জেলা প্রশাসক আব্দুল হান্নান।",
     {"আব্দুল হান্নান": "PERSON"}, "দেশের মানুষ শান্তিপূর্ণ নির্বাচন চায়", "আব্দুল হান্নান"),
    # a pronoun or an unnamed source before "প্রশ্নের জবাবে" or a place
    ("বিএনপি নেতা রফিকুল ইসলাম মিছিলে যোগ দেন। তিনি সাংবাদিকদের প্রশ্নের জবাবে বলেন, দেশের মানুষ নির্বাচন চায়।",
     {"রফিকুল ইসলাম": "PERSON"}, "দেশের মানুষ নির্বাচন চায়", "রফিকুল ইসলাম"),
    ("নাম প্রকাশে অনিচ্ছুক এক পুলিশ কর্মকর্তা মুঠোফোনে বলেন, দেশের মানুষ নির্বাচন চায়।", {},
     "দেশের মানুষ নির্বাচন চায়", "নাম প্রকাশে অনিচ্ছুক এক পুলিশ কর্মকর্তা"),
    # an organisation's name with a word that looks like a place (জামায়াতে) is one speaker
    ("বাংলাদেশ জামায়াতে ইসলামী মঙ্গলবার সকালে বলেছে, দেশের মানুষ নির্বাচন চায়।",
     {"বাংলাদেশ জামায়াতে ইসলামী": "ORG"}, "দেশের মানুষ নির্বাচন চায়", "বাংলাদেশ জামায়াতে ইসলামী"),
    # the initial এ of a name is not the demonstrative "this"
    ("অধ্যাপক মহিউদ্দিন আহমদ বইটি লিখেছেন। বিএনপি নেতা এ জেড এম জাহিদ হোসেন বিবিসিকে বলেন, জটিলতা রয়েছে।",
     {"মহিউদ্দিন আহমদ": "PERSON", "এ জেড এম জাহিদ হোসেন": "PERSON"}, "জটিলতা রয়েছে", "এ জেড এম জাহিদ হোসেন"),
])
def test_speakers_around_settings_and_names(
        text: str, entities: dict[str, str], quoted: str, speaker: str) -> None:
    text = normalize(text)
    found = [Entity(name=n, type=t, mentions=tuple(Mention(i, i + len(n), n) for i in range(len(text))
                                                  if text.startswith(n, i))) for n, t in entities.items()]
    assert speaker in (_one(text, quoted, entities=found).speaker or "")


@pytest.mark.parametrize("text, quoted", [
    # a quoted term inside a phrase, with no comma after it, is no attributed quotation
    ("'সুষ্ঠু ও অংশগ্রহণমূলক' নির্বাচন আয়োজনের বিষয়ে ভারতের আহ্বানে তীব্র প্রতিক্রিয়া জানিয়েছে বাংলাদেশ।",
     "সুষ্ঠু ও অংশগ্রহণমূলক"),
])
def test_a_term_in_a_phrase_before_a_setting_is_not_attributed(text: str, quoted: str) -> None:
    assert all(q.text != quoted or q.speaker is None for q in quotes(normalize(text)))


@pytest.mark.parametrize("text, names, quoted, speaker", [
    # people listed as present are not whom a later তিনি means
    ("সোমবার দুপুরে এক অনুষ্ঠানে বক্তব্য দেন জেলা প্রশাসক আব্দুল হান্নান। সভায় উপস্থিত ছিলেন পুলিশ সুপার "
     "আবুল কালাম আজাদ, সিভিল সার্জন মাহবুবুর রহমান প্রমুখ। তিনি বলেন, মানুষ ভোট দিতে পারবে।",
     ("আব্দুল হান্নান", "আবুল কালাম আজাদ", "মাহবুবুর রহমান"), "মানুষ ভোট দিতে পারবে", "আব্দুল হান্নান"),
    # "তিনি আরও বলেন" goes on with the last speaker, though someone else was named since
    pytest.param("জেলা প্রশাসক আব্দুল হান্নান বলেন, নির্বাচন সুষ্ঠু হবে। অনুষ্ঠানে সভাপতিত্ব করেন জেলা আওয়ামী লীগের "
                 "সভাপতি রফিকুল ইসলাম। তিনি আরও বলেন, মানুষ ভোট দিতে পারবে।", ("আব্দুল হান্নান", "রফিকুল ইসলাম"),
                 "মানুষ ভোট দিতে পারবে", "আব্দুল হান্নান",
                 marks=pytest.mark.xfail(strict=True, reason="passed only while ইসলাম read as a first-person verb "
                                         "(the speech ran over the chair's sentence); with রফিকুল হক it never did")),
])
def test_a_pronoun_skips_attendance_lists_and_goes_on_after_further(
        text: str, names: tuple[str, ...], quoted: str, speaker: str) -> None:
    text = normalize(text)
    assert _one(text, quoted, entities=_people(text, *names)).speaker == speaker


@pytest.mark.parametrize("text, names, quoted, speaker", [
    # a quotation after a clause about its speaker and a comma (sports and feature writing)
    ("প্রথম ম্যাচে চার উইকেট নেন রিপন। প্রতি ম্যাচকেই শেষ সুযোগ হিসেবে দেখেন রিপন, ‘পরে কী হবে আমি জানি না।’",
     ("রিপন",), "পরে কী হবে আমি জানি না।", "রিপন"),
    ("প্রথম ম্যাচে চার উইকেট নেন রিপন। ২২ বছর বয়সী পেসার ওই পারফরম্যান্সে পাওয়া আত্মবিশ্বাস কাজে লাগাচ্ছেন, "
     "‘আত্মবিশ্বাস তো থাকেই। ভালো হবে।’", ("রিপন",), "আত্মবিশ্বাস তো থাকেই। ভালো হবে।", "রিপন"),
    ("আগুন সন্ত্রাসের অভিযোগ ওঠে। যদিও বিএনপির নেতারা বরাবরই বলে এসেছেন, ‘আগুন সন্ত্রাস ক্ষমতাসীনদের কৌশল।’",
     (), "আগুন সন্ত্রাস ক্ষমতাসীনদের কৌশল।", "বিএনপির নেতারা"),
    # the subject after the verb, with an emphatic reflexive
    ("কী শেখালেন তাঁকে ওয়ার্ন? অভিজ্ঞতাটা বর্ণনা করেছেন সোধি নিজেই, ‘বেশির ভাগ আলোচনাই হয়েছে কৌশল নিয়ে।’",
     ("ওয়ার্ন", "সোধি"), "বেশির ভাগ আলোচনাই হয়েছে কৌশল নিয়ে।", "সোধি"),
    # a verbless clause: a person and how they feel
    ("স্যামি চোট পেয়েছেন। ওয়েস্ট ইন্ডিজের ওয়ানডে অধিনায়ক ডোয়াইন ব্রাভো ভীষণ হতাশ, ‘দলের জন্য এটা বড় এক ক্ষতি।’",
     ("স্যামি", "ডোয়াইন ব্রাভো"), "দলের জন্য এটা বড় এক ক্ষতি।", "ডোয়াইন ব্রাভো"),
    ("বিদায়ী ম্যাচে সেঞ্চুরি করেন জাভেদ ওমর। তিনি নিজেও দারুণ আপ্লুত, ‘এর চেয়ে ভালো কিছু আর চাইতে পারতাম না।’",
     ("জাভেদ ওমর",), "এর চেয়ে ভালো কিছু আর চাইতে পারতাম না।", "জাভেদ ওমর"),
    # ... how they feel first, the name last
    ("ফাইনালে ৮০ রান করেন তামিম। টুর্নামেন্টে নিজের পারফরম্যান্সেও খুশি তামিম, ‘এই টুর্নামেন্টের আগে এক মাস আমি "
     "ব্যাটই ধরিনি।’", ("তামিম",), "এই টুর্নামেন্টের আগে এক মাস আমি ব্যাটই ধরিনি।", "তামিম"),
    ("গত বছর জাকিয়া সুলতানা তাঁকে হারিয়ে দেন। একই সঙ্গে নতুনদের স্বাগত জানাতেও প্রস্তুত বিউটি, ‘নতুন কেউ উঠে এলে "
     "স্বাগত জানাব। কিন্তু প্রতিযোগিতা দরকার।’", ("জাকিয়া সুলতানা", "বিউটি"),
     "নতুন কেউ উঠে এলে স্বাগত জানাব। কিন্তু প্রতিযোগিতা দরকার।", "বিউটি"),
    # a negative past verb, its subject after it
    ("স্যামির জায়গায় কে আসবেন, তা ঠিক হয়নি। সে ব্যাপারে কোনো ইঙ্গিত দেননি রানাতুঙ্গা, ‘আমরা আলোচনা করছি। "
     "শিগগিরই সিদ্ধান্ত হবে।’", ("স্যামি", "রানাতুঙ্গা"), "আমরা আলোচনা করছি। শিগগিরই সিদ্ধান্ত হবে।", "রানাতুঙ্গা"),
    # only an object or a time word after the verb: the subject is before it (after the occasion), or dropped
    ("মোহামেডানের বিপক্ষে ড্র করে মুক্তিযোদ্ধা। ম্যাচ-পরবর্তী সংবাদ সম্মেলনে মুক্তিযোদ্ধার কোচ দুষেছেন রেফারিকে, "
     "‘এটা খুবই দুর্ভাগ্যজনক ব্যাপার। রেফারির সঠিক সিদ্ধান্ত নেওয়া উচিত ছিল।’", (),
     "এটা খুবই দুর্ভাগ্যজনক ব্যাপার। রেফারির সঠিক সিদ্ধান্ত নেওয়া উচিত ছিল।", "মুক্তিযোদ্ধার কোচ"),
    ("ফাইনালে ৮০ রান করেন তামিম। শুরু থেকেই টুর্নামেন্টের উদ্যোগের প্রশংসা করে আসছেন, করলেন কালও, ‘আমার মনে হয়, "
     "এ টুর্নামেন্টটা সব সময় থাকা উচিত।’", ("তামিম",), "আমার মনে হয়, এ টুর্নামেন্টটা সব সময় থাকা উচিত।", "তামিম"),
])
def test_a_quotation_after_a_clause_about_its_speaker(
        text: str, names: tuple[str, ...], quoted: str, speaker: str) -> None:
    text = normalize(text)
    assert _one(text, quoted, entities=_people(text, *names)).speaker == speaker


def _person(text: str, name: str, *forms: str) -> Entity:
    """A PERSON entity with a mention at each occurrence of its name and of its other forms (a case form
    the tagger marks whole, "মামুনুরের")."""
    at = sorted((i, form) for form in (name, *forms) for i in range(len(text)) if text.startswith(form, i))
    return Entity(name=name, type="PERSON", mentions=tuple(Mention(i, i + len(form), form) for i, form in at))


@pytest.mark.parametrize("text, forms, quoted, speaker", [
    # no verb of saying: the clause closes on the speaker's titled name (a nickname in brackets after it)
    ("মাঠে ও মাঠের বাইরে নেতিবাচক শিরোনামে এসেছে হকি। সবকিছু মুছে ফেলে নতুন শুরুর প্রত্যাশায় জাতীয় হকি দলের "
     "অধিনায়ক মামুনুর রহমান (চয়ন), ‘নতুন বছরে আমার চাওয়া থাকবে হকির সব সমস্যা যেন মিটে যায়।’",
     ("মামুনুর রহমান",), "নতুন বছরে আমার চাওয়া থাকবে হকির সব সমস্যা যেন মিটে যায়।", "মামুনুর রহমান"),
    # ... on the name in the genitive, in a verbless clause (whose aim it is)
    ("হকি দলের অধিনায়ক মামুনুর রহমান খুশি। ওই আসরে চ্যাম্পিয়ন হওয়াই পাখির চোখ মামুনুরের, ‘এশিয়া কাপের "
     "বাছাইপর্বে চ্যাম্পিয়ন হয়ে বছর শুরু করতে চাই।’", ("মামুনুর রহমান", "মামুনুরের"),
     "এশিয়া কাপের বাছাইপর্বে চ্যাম্পিয়ন হয়ে বছর শুরু করতে চাই।", "মামুনুর রহমান"),
    # ... on a voice and its owner, named or a pronoun
    ("শ্যুটিংয়ে গত বছর সাফল্য আসেনি। পুরোনো কথাই শোনা গেল সোনাজয়ী শারমিন আক্তারের (রত্না) কণ্ঠে, ‘খুবই হতাশ "
     "লাগে, যখন আমাদের ক্যাম্প করতে দেওয়া হয় না।’", ("শারমিন আক্তার", "শারমিন আক্তারের"),
     "খুবই হতাশ লাগে, যখন আমাদের ক্যাম্প করতে দেওয়া হয় না।", "শারমিন আক্তার"),
    # a verbless clause about a third person's own hope
    ("দেশসেরা অ্যাথলেট নাজমুন নাহার এবারও দৌড়াবেন। নতুন বছর নিয়ে তাঁর প্রত্যাশা বেশ উঁচুতেই, ‘এখনো যেভাবে খেলছি, "
     "আরও অনেক দিন এভাবেই খেলে যেতে চাই।’", ("নাজমুন নাহার",),
     "এখনো যেভাবে খেলছি, আরও অনেক দিন এভাবেই খেলে যেতে চাই।", "নাজমুন নাহার"),
])
def test_a_clause_before_a_quotation_closing_on_its_speaker(
        text: str, forms: tuple[str, ...], quoted: str, speaker: str) -> None:
    text = normalize(text)
    person = _person(text, *(normalize(form) for form in forms))
    assert _one(text, quoted, entities=[person]).speaker == speaker


def test_a_genitive_name_closing_a_clause_with_a_verb_is_no_speaker() -> None:
    # "ছিল": a clause of its own about the name, not the speaker's aim or view
    text = normalize("দলের জয়ে বড় অবদান ছিল তামিমের, ‘এমন জয় আমাদের অনেক দিন মনে থাকবে সবার।’")
    tamim = _person(text, normalize("তামিম"), normalize("তামিমের"))
    assert _one(text, normalize("এমন জয় আমাদের অনেক দিন মনে থাকবে সবার।"), entities=[tamim]).speaker is None


@pytest.mark.parametrize("text, names, quoted", [
    # a subject the article has not named, a manner adverb after the verb, a clause inside reported speech
    ("আনা বলেছিল তার কাছে কোনো ছবি নেই। ইসাবেল জবাব দেন, \"এটা খুবই খারাপ আনা, সত্যিই খুব খারাপ হলো।\"",
     ("আনা",), "এটা খুবই খারাপ আনা, সত্যিই খুব খারাপ হলো।"),
    ("খালেদা জিয়া রাজনীতিতে আসেন। সাংবাদিক শফিক রেহমান তাঁকে বর্ণনা করেছেন এভাবে, \"তিনি তখন একজন লাজুক "
     "গৃহবধূ ছিলেন বলে সবাই জানত।\"", ("খালেদা জিয়া",), "তিনি তখন একজন লাজুক গৃহবধূ ছিলেন বলে সবাই জানত।"),
    # a place in the verbless clause: no one's state
    ("আনা ঢাকায় ফিরেছেন। আনা এখন ঢাকায়, ‘এটা খুবই খারাপ সময়, সত্যিই খুব খারাপ হলো।’", ("আনা",),
     "এটা খুবই খারাপ সময়, সত্যিই খুব খারাপ হলো।"),
])
def test_a_clause_before_a_quotation_does_not_guess_a_speaker(text: str, names: tuple[str, ...], quoted: str) -> None:
    text = normalize(text)
    assert _one(text, quoted, entities=_people(text, *names)).speaker not in {"আনা", "খালেদা জিয়া", "এভাবে"}


def test_an_organisation_described_by_its_head_is_the_articles_one() -> None:
    text = normalize("বাংলাদেশ ব্যাংকের নতুন নির্দেশনা জারি হয়েছে। কেন্দ্রীয় ব্যাংক জানায়, আগে এই সুবিধা ৩৬০ দিনের জন্য ছিল।")
    i = text.find("বাংলাদেশ ব্যাংক")
    bank = Entity(name="বাংলাদেশ ব্যাংক", type="ORG", mentions=(Mention(i, i + 15, text[i:i + 15]),))
    assert _one(text, "আগে এই সুবিধা ৩৬০ দিনের জন্য ছিল", entities=[bank]).speaker == "বাংলাদেশ ব্যাংক"



_MANNA = "নাগরিক ঐক্যের সভাপতি মাহমুদুর রহমান মান্না বলেছেন, ন্যায়বিচার পাচ্ছি না। "


@pytest.mark.parametrize("text, quoted", [
    # a modifier between the content and the demand (জোর দাবি, বিনীত আহ্বান)
    (_MANNA + "মাহমুদুর রহমান মান্না খেলাপি ঋণের তালিকা থেকে নাম বাদ দেওয়ার জোর দাবি জানান।",
     "খেলাপি ঋণের তালিকা থেকে নাম বাদ দেওয়ার"),
    # the occasion that opens the sentence is no part of the content
    (_MANNA + "সংবাদ সম্মেলনে মাহমুদুর রহমান মান্না খেলাপি ঋণের তালিকা থেকে নাম বাদ দেওয়ার দাবি জানান।",
     "খেলাপি ঋণের তালিকা থেকে নাম বাদ দেওয়ার"),
])
def test_a_demand_after_an_occasion_or_with_a_modifier(text: str, quoted: str) -> None:
    found = {q.text: q for q in _analyzed(text)}
    assert quoted in found, list(found)
    assert found[quoted].kind == "indirect" and found[quoted].speaker == "মাহমুদুর রহমান মান্না"


@pytest.mark.parametrize("text, quoted, speaker", [
    ("বিএনসিসির বার্ষিক ক্যাম্পিংয়ের সমাপনী কুচকাওয়াজ রোববার সাভারে অনুষ্ঠিত হয়েছে। আন্তঃবাহিনী জনসংযোগ "
     "পরিদফতরের (আইএসপিআর) এক সংবাদ বিজ্ঞপ্তিতে এ কথা জানানো হয়েছে। বিমানবাহিনী প্রধান সালাম গ্রহণ করেন।",
     "বিএনসিসির বার্ষিক ক্যাম্পিংয়ের সমাপনী কুচকাওয়াজ রোববার সাভারে অনুষ্ঠিত হয়েছে", "আন্তঃবাহিনী জনসংযোগ পরিদফতর"),
])
def test_a_notice_that_reports_the_sentence_before_it(text: str, quoted: str, speaker: str) -> None:
    found = {q.text: q for q in _analyzed(text)}
    assert quoted in found, list(found)
    assert found[quoted].kind == "indirect" and found[quoted].speaker == speaker


@pytest.mark.parametrize("text", [
    # no issuer named: nobody to report it
    "আগামী রোববার থেকে লঞ্চ চলাচল বন্ধ থাকবে। সোমবার এক সরকারি তথ্য বিবরণীতে এ কথা জানানো হয়েছে।",
    # the page's links before the notice are not its words
    "এটি দেশের ইতিহাসে স্বর্ণের দামের নতুন রেকর্ড। আরো পড়ুন: কেউ তাতিয়ে দিলেই খারাপ কথা বলি না: কোয়েল "
    "স্বর্ণের দাম ২ লাখ ১৭ হাজার টাকা ছাড়াল রবিবার (২৮ ডিসেম্বর) বাজুসের এক বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে।",
])
def test_a_notice_without_issuer_or_before_links_reports_nothing(text: str) -> None:
    assert [q for q in _found(text) if q[0] == "indirect"] == []


def test_a_title_of_the_apposition_names_its_person_later() -> None:
    text = ("মামলার তদন্ত কর্মকর্তা দক্ষিণ কেরানীগঞ্জ থানার উপপরিদর্শক মো. জহুরুল ইসলাম রিমান্ড চেয়ে আবেদন "
            "করেছিলেন। শুনানি শেষে আদালত রিমান্ড মঞ্জুর করেন। রিমান্ড শুনানিতে মামলার তদন্ত কর্মকর্তা বলেন, "
            "প্রধান আসামি ঘটনার পর এই আসামির কাছে আশ্রয় নেন।")
    found = {q.text: q for q in _analyzed(text)}
    q = found["প্রধান আসামি ঘটনার পর এই আসামির কাছে আশ্রয় নেন"]
    assert q.speaker == "মো. জহুরুল ইসলাম" and q.speaker_mention == "মামলার তদন্ত কর্মকর্তা"


@pytest.mark.parametrize("text, quoted, speaker", [
    ("অবরোধে জনগণের সম্পৃক্ততা থাকবে না বলে মন্তব্য করেছেন প্রধান নির্বাচন কমিশনার (সিইসি) কাজী রকিব উদ্দীন "
     "আহমেদ। গতকাল সাংবাদিকদের এসব কথা বলেন কাজী রকিব উদ্দীন আহমেদ। সিইসি বলেন, নির্বাচন নিয়ে সংশয়ের কোনো "
     "অবকাশ নেই।", "নির্বাচন নিয়ে সংশয়ের কোনো অবকাশ নেই", "কাজী রকিব উদ্দীন আহমেদ"),
    ("এ বিষয়ে সদর থানার ভারপ্রাপ্ত কর্মকর্তা (ওসি) রবিউল ইসলাম বলেন, ঘটনার তদন্ত চলছে। পরে ওসি জানান, দুজনকে "
     "আটক করা হয়েছে।", "দুজনকে আটক করা হয়েছে", "রবিউল ইসলাম"),
    # the police ranks below it are titles the same way (উপপরিদর্শক, সহকারী উপপরিদর্শক)
    ("এএসআই জাকারিয়া হোসেন মুঠোফোনে বলেন, পাখিগুলো বিজিবি আটক করেছে। কেন সীমান্তে গিয়েছিলেন—এ প্রশ্নের "
     "জবাবে এএসআই বলেন, 'এখন ব্যস্ত আছি। এ বিষয়ে আমি কিছু জানি না।'",
     "এখন ব্যস্ত আছি। এ বিষয়ে আমি কিছু জানি না।", "জাকারিয়া হোসেন"),
    ("থানার এসআই কামরুল ইসলাম ঘটনাস্থলে যান। পরে এসআই বলেন, 'ধ্বংসস্তূপের নিচে আর কেউ নেই।'",
     "ধ্বংসস্তূপের নিচে আর কেউ নেই।", "কামরুল ইসলাম"),
])
def test_an_abbreviation_given_with_a_title_names_its_person_later(text: str, quoted: str, speaker: str) -> None:
    """"প্রধান নির্বাচন কমিশনার (সিইসি) কাজী রকিব …": a later bare "সিইসি" is him."""
    found = {q.text: q for q in _analyzed(text)}
    assert found[quoted].speaker == speaker


@pytest.mark.parametrize("text, names, quoted, speaker", [
    ("গত ২৪ ডিসেম্বর মিল্ক ভিটার চেয়ারম্যান হাসিব খান স্বাক্ষরিত চিঠিতে মুনীর চৌধুরীকে অব্যাহতি দেওয়া হয়। "
     "মিল্ক ভিটার চেয়ারম্যান বলেন, সরকারি সিদ্ধান্তই প্রযোজ্য হবে।", ("হাসিব খান", "মুনীর চৌধুরী"),
     "সরকারি সিদ্ধান্তই প্রযোজ্য হবে", "হাসিব খান"),
    ("সমিতির সভাপতি রফিকুল ইসলামের নেতৃত্বে একটি দল আনোয়ার হোসেনের সঙ্গে দেখা করে। পরে সভাপতি বলেন, "
     "দাবি না মানলে আন্দোলন চলবে।", ("রফিকুল ইসলাম", "আনোয়ার হোসেন"),
     "দাবি না মানলে আন্দোলন চলবে", "রফিকুল ইসলাম"),
])
def test_a_title_introduces_the_name_right_after_it_not_a_later_one(
        text: str, names: tuple[str, ...], quoted: str, speaker: str) -> None:
    """"চেয়ারম্যান হাসিব খান স্বাক্ষরিত চিঠিতে মুনীর চৌধুরীকে": the title is হাসিব খান's, so a later bare
    "চেয়ারম্যান" is him, not the next person the clause names."""
    text = normalize(text)
    assert _one(text, quoted, entities=_people(text, *names)).speaker == speaker


@pytest.mark.parametrize("text, names, quoted, speaker", [
    # a nationality in the title is its owner: Israel's prime minister is not Australia's
    ("৩ ঘণ্টা আগে ইসরাইলি প্রধানমন্ত্রী বেনিয়ামিন নেতানিয়াহু এক বিবৃতি দেন। সিডনিতে হামলার এক সপ্তাহ পর "
     "দেশটি নীরবতা পালন করেছে। অস্ট্রেলিয়ার প্রধানমন্ত্রী জানান, ঘৃণা ছড়ালে ভিসা বাতিল করা হবে।",
     ("বেনিয়ামিন নেতানিয়াহু",), "ঘৃণা ছড়ালে ভিসা বাতিল করা হবে", "অস্ট্রেলিয়ার প্রধানমন্ত্রী"),
    # two police stations are two owners, though both are a থানা
    ("কোতোয়ালি থানার ওসি রফিকুল ইসলাম জানান, দুজনকে আটক করা হয়েছে। অন্যদিকে সদর থানার ওসি আনোয়ার হোসেন "
     "জানান, সেখানে কেউ আটক হয়নি। কোতোয়ালি থানার ওসি আরও জানান, মামলার প্রস্তুতি চলছে।",
     ("রফিকুল ইসলাম", "আনোয়ার হোসেন"), "মামলার প্রস্তুতি চলছে", "রফিকুল ইসলাম"),
])
def test_a_bare_title_is_not_the_holder_of_the_same_title_elsewhere(
        text: str, names: tuple[str, ...], quoted: str, speaker: str) -> None:
    text = normalize(text)
    assert _one(text, quoted, entities=_people(text, *names)).speaker == speaker


@pytest.mark.parametrize("words, titles", [
    # the title is read in the name's own sentence, and a time before it owns nothing
    ("নতুন একটি জোট গঠনের ঘোষণা দিয়েছেন। ইসরাইলি প্রধানমন্ত্রী", [("ইসরাইলি প্রধানমন্ত্রী", None)]),
    ("মঙ্গলবার এক শোকবার্তায় প্রধান উপদেষ্টা বলেন,", []),
])
def test_the_titles_a_name_is_introduced_with(words: str, titles: list[tuple[str, str | None]]) -> None:
    from core.quotes.linking import _titles_before

    assert _titles_before(words.split()) == titles


@pytest.mark.parametrize("text", [
    "এসময় আসামি আদালতকে জিজ্ঞেসা করেন, আপনি কি কিছু বললেন? তখন আসামি বলেন, আমি হকারি করি।",
])
def test_a_question_put_to_someone_is_no_report(text: str) -> None:
    assert [q[1] for q in _found(text)] == ["আমি হকারি করি"]


def test_a_question_before_the_speaker_keeps_the_report() -> None:
    text = ("আপনারা এখনকার ঘটনায় পেয়েছেন কি না- এমন প্রশ্নের জবাবে পুলিশ সুপার মিজানুর রহমান বলেন, তার "
            "বিরুদ্ধে কয়েকটি মামলা রয়েছে।")
    assert ("indirect", "তার বিরুদ্ধে কয়েকটি মামলা রয়েছে", "মিজানুর রহমান") in _found(text)


def test_speech_goes_on_over_a_future_with_its_object_after_the_verb() -> None:
    text = ("রিজভী বলেন, দীর্ঘদিন অসুস্থ ছিলেন দেশনেত্রী বেগম খালেদা জিয়া। কিন্তু আমাদের মনে হতো যে মা তো আছেন। "
            "তিনি তো দেখবেন সবকিছু। সেই প্রেরণায় আমরা শক্তি পেতাম। এদিন সকালে তিনি শেষ নিশ্বাস ত্যাগ করেন।")
    said = [q.text for q in _analyzed(text)]  # the speech is about a named person
    assert said == ["দীর্ঘদিন অসুস্থ ছিলেন দেশনেত্রী বেগম খালেদা জিয়া। কিন্তু আমাদের মনে হতো যে মা তো আছেন। "
                    "তিনি তো দেখবেন সবকিছু। সেই প্রেরণায় আমরা শক্তি পেতাম"]


@pytest.mark.parametrize("text, quoted, speaker", [
    # BBC Bangla: "তার কথায়, “…”" (in his words)
    ("ঢাকা বিশ্ববিদ্যালয়ের অধ্যাপক সাব্বির আহমেদ সভায় ছিলেন। তার কথায়, “দেশের মানুষ শান্তিপূর্ণ নির্বাচন চায়।”",
     "দেশের মানুষ শান্তিপূর্ণ নির্বাচন চায়।", "সাব্বির আহমেদ"),
    # a dash and the verb after a quotation that ended its sentence
    ("শহরে প্রচারণা চলছে। ‘দেশের মানুষ শান্তিপূর্ণ নির্বাচন চায়।’—বললেন সাব্বির আহমেদ।",
     "দেশের মানুষ শান্তিপূর্ণ নির্বাচন চায়।", "সাব্বির আহমেদ"),
    # an adverb between the speaker and the verb (সাফ জানিয়ে দেন: said flatly)
    ("জেলা প্রশাসক মো. আব্দুল হান্নান সাফ জানিয়ে দেন, দেশের মানুষ শান্তিপূর্ণ নির্বাচন চায়।",
     "দেশের মানুষ শান্তিপূর্ণ নির্বাচন চায়", "মো. আব্দুল হান্নান"),
])
def test_less_common_attributions(text: str, quoted: str, speaker: str) -> None:
    found = {q.text: q for q in _analyzed(text)}
    assert quoted in found, list(found)
    assert found[quoted].speaker == speaker


@pytest.mark.parametrize("text, name, quoted", [
    # a pull quote's credit, titles and a name, with the line break after it lost
    ("ব্যাংকের জন্য ক্ষতির কারণ হতে পারে। ‘অর্থনীতির বড় শত্রু অনিশ্চয়তা। কোনো উদ্যোগই দীর্ঘস্থায়ী হয় না।’ "
     "—অর্থনীতিবিদ ও জাহাঙ্গীরনগর বিশ্ববিদ্যালয়ের সাবেক উপাচার্য ড. আব্দুল বায়েস অর্থনীতিবিদ ও জাহাঙ্গীরনগর "
     "বিশ্ববিদ্যালয়ের সাবেক উপাচার্য ড. আব্দুল বায়েস বলেন, বিনিয়োগ কম।", "আব্দুল বায়েস",
     "অর্থনীতির বড় শত্রু অনিশ্চয়তা। কোনো উদ্যোগই দীর্ঘস্থায়ী হয় না।"),
    # a name's saying after the dash
    ("‘‘সন্ধ্যা কাটে না অথচ বছর কেটে যায়’’ - মির্জা গালিবের উক্তি নিশ্চয়ই মনে আছে। নিয়ম করে সময় কেটে যাচ্ছে।",
     "মির্জা গালিব", "সন্ধ্যা কাটে না অথচ বছর কেটে যায়"),
])
def test_the_words_after_a_dash_name_who_said_the_quotation(text: str, name: str, quoted: str) -> None:
    text = normalize(text)
    person = _person(text, normalize(name), normalize(name) + "ের")
    assert _one(text, normalize(quoted), entities=[person]).speaker == normalize(name)


@pytest.mark.parametrize("text, quoted, cue", [
    ("জামায়াতের আমির শফিকুর রহমান বক্তব্য দেন। দেশের মানুষ এবার সুষ্ঠু নির্বাচন দেখবে বলে তিনি আশাবাদ ব্যক্ত করেন।",
     "দেশের মানুষ এবার সুষ্ঠু নির্বাচন দেখবে", "বলে আশাবাদ ব্যক্ত করেন"),
    ("জামায়াতের আমির শফিকুর রহমান বক্তব্য দেন। তিনি উদ্বেগ ব্যক্ত করে বলেন, সরকার কথা রাখেনি।",
     "সরকার কথা রাখেনি", "বলেন"),
])
def test_a_feeling_voiced_with_byakto_reports_what_was_said(text: str, quoted: str, cue: str) -> None:
    found = {q.text: q for q in _analyzed(text)}
    assert quoted in found, list(found)
    assert found[quoted].speaker == "শফিকুর রহমান" and found[quoted].cue == cue


def test_a_publishing_participle_is_not_part_of_the_source() -> None:
    found = _found("সোমবার প্রকাশিত একটি আন্তর্জাতিক সংস্থার প্রতিবেদনে উল্লেখ করা হয়েছে, দেশে দারিদ্র্য বেড়েছে।")
    assert [(text, speaker) for _, text, speaker in found] == [("দেশে দারিদ্র্য বেড়েছে", "একটি আন্তর্জাতিক সংস্থা")]


@pytest.mark.parametrize("text, said", [
    # a sentence that alone would read as the reporter's, between the speech and the speaker's own voice
    ("রিজভী বলেন, এত নিপীড়ন সহ্য করেও তিনি দেশের মানুষের জন্য লড়েছেন। আজ তিনি পৃথিবী থেকে চলে গেলেন। "
     "আমরা তার আত্মার মাগফিরাত কামনা করছি।",
     "এত নিপীড়ন সহ্য করেও তিনি দেশের মানুষের জন্য লড়েছেন। আজ তিনি পৃথিবী থেকে চলে গেলেন। "
     "আমরা তার আত্মার মাগফিরাত কামনা করছি"),
    # no own voice after it: the reporter's sentence ends the speech
    ("রিজভী বলেন, এত নিপীড়ন সহ্য করেও তিনি দেশের মানুষের জন্য লড়েছেন। আজ তিনি পৃথিবী থেকে চলে গেলেন। "
     "তার জানাজা হবে বিকেলে।",
     "এত নিপীড়ন সহ্য করেও তিনি দেশের মানুষের জন্য লড়েছেন"),
])
def test_speech_goes_on_through_a_sentence_its_own_voice_follows(text: str, said: str) -> None:
    assert [q.text for q in _analyzed(text)] == [said]


@pytest.mark.parametrize("text, said", [
    # names shaped like first-person verbs (-লাম, -ছি) are no speaker's own voice: the reporter's
    # sentence that introduces someone by such a name ends the speech
    ("জেলা আওয়ামী লীগের সভাপতি রফিকুল হক বলেন, সদর উপজেলা আওয়ামী লীগে রয়েছে কোন্দল। লালমনিরহাট-৩ আসনে দলীয় "
     "প্রার্থী আবু সাঈদের পক্ষে নেমেছেন গোকুণ্ডা ইউনিয়ন পরিষদের চেয়ারম্যান গোলাম মোস্তফা।",
     "সদর উপজেলা আওয়ামী লীগে রয়েছে কোন্দল"),
    ("জেলা আওয়ামী লীগের সভাপতি রফিকুল হক বলেন, সদর উপজেলা আওয়ামী লীগে রয়েছে কোন্দল। আলোচনা শেষে মিনু হক, "
     "দীপা খন্দকার ও কবিরুল ইসলাম নৃত্য পরিবেশন করেন।",
     "সদর উপজেলা আওয়ামী লীগে রয়েছে কোন্দল"),
    # a first-person verb in -লাম still goes on with the speech
    ("জেলা আওয়ামী লীগের সভাপতি রফিকুল হক বলেন, সদর উপজেলা আওয়ামী লীগে রয়েছে কোন্দল। আমরা সবাইকে নিয়ে সভা করলাম।",
     "সদর উপজেলা আওয়ামী লীগে রয়েছে কোন্দল। আমরা সবাইকে নিয়ে সভা করলাম"),
])
def test_a_name_shaped_like_a_first_person_verb_is_no_own_voice(text: str, said: str) -> None:
    assert [q.text for q in _analyzed(text)] == [said]


@pytest.mark.parametrize("text, quoted, speaker", [
    # the object of a compound converb (noun + করে) is not the subject of the speech verb after it
    ("দাগনভূঞা থানার ওসি মো. নিজাম উদ্দিন পাঁচটি শিক্ষাপ্রতিষ্ঠানে আগুনের ঘটনা নিশ্চিত করে জানান, এ ঘটনায় "
     "মামলার প্রস্তুতি চলছে।", "এ ঘটনায় মামলার প্রস্তুতি চলছে", "মো. নিজাম উদ্দিন"),
    ("আন্তর্জাতিক মুদ্রা তহবিল (আইএমএফ) গত সপ্তাহেই একটি প্রতিবেদন প্রকাশ করে বলেছে, বাংলাদেশের প্রবৃদ্ধি কমবে।",
     "বাংলাদেশের প্রবৃদ্ধি কমবে", "আন্তর্জাতিক মুদ্রা তহবিল"),
    # ... but a plural of an organisation word is a subject before one
    ("ঝড়ে বিদ্যুৎ বিভ্রাট দেখা দেয়। বিদ্যুৎ কোম্পানিগুলো সতর্ক করে জানিয়েছে, লাইন মেরামতে কয়েক দিন লাগতে পারে।",
     "লাইন মেরামতে কয়েক দিন লাগতে পারে", "বিদ্যুৎ কোম্পানিগুলো"),
    # the speakers of a meeting, before a converb and its object
    ("উভয় সমাবেশে বক্তারা সরকারের কঠোর সমালোচনা করে বলেন, জনগণের সরকার প্রতিষ্ঠিত হবে।",
     "জনগণের সরকার প্রতিষ্ঠিত হবে", "বক্তারা"),
    # a lone object before a converb: the subject is the name further back, without the words after it
    ("প্রধানমন্ত্রী শেখ হাসিনা গণতন্ত্র ও উন্নয়নের ধারা অব্যাহত রাখতে নৌকায় ভোট চেয়ে বলেন, নৌকায় ভোট দিলে "
     "কোনো কুঁড়েঘর থাকবে না।", "নৌকায় ভোট দিলে কোনো কুঁড়েঘর থাকবে না", "শেখ হাসিনা"),
    # a word with a particle (এও 'this too', কালও 'yesterday too') is no subject
    ("অর্থনীতিবিদ আহসান মনসুর অবশ্য এও বলেন যে বিনিয়োগ ও প্রবৃদ্ধি কমে যাবে।",
     "বিনিয়োগ ও প্রবৃদ্ধি কমে যাবে", "আহসান মনসুর"),
    # a degree adverb before a manner phrase
    ("ওসমানীনগরের নতুন ভোটার মাহবুবুর রহমান কিছুটা বিদ্রূপের সুরে বলেন, ‘অন্য জায়গায় ভোট তো একদিকেই হচ্ছে।’",
     "অন্য জায়গায় ভোট তো একদিকেই হচ্ছে।", "মাহবুবুর রহমান"),
    # one subject for two verbs joined by এবং
    ("ভারতের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র বাংলাদেশের পরিস্থিতিতে উদ্বেগ প্রকাশ করেন এবং বলেন, নির্বাচন "
     "বাংলাদেশের অভ্যন্তরীণ ব্যাপার।", "নির্বাচন বাংলাদেশের অভ্যন্তরীণ ব্যাপার", "ভারতের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র"),
    ("মন্ত্রী রাশেদ খান মেনন সভায় যোগ দেন এবং বলেন, নির্বাচন হবেই।", "নির্বাচন হবেই", "রাশেদ খান মেনন"),
    # a "বলে … করে" converb: the main clause's subject after it
    ("নির্বাচন বানচালের ষড়যন্ত্র হচ্ছে বলে অভিযোগ করে শেখ হাসিনা বলেন, এ নির্বাচন অত্যন্ত গুরুত্বপূর্ণ।",
     "নির্বাচন বানচালের ষড়যন্ত্র হচ্ছে", "শেখ হাসিনা"),
])
def test_subjects_past_converbs_particles_and_coordination(text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(quoted) == speaker, _speakers_by_text(text)


@pytest.mark.parametrize("text, quoted, speaker", [
    # a name followed by words of the predicate before হয়ে / উপলক্ষে: the subject ends with the name
    ("রায় ঘোষণার পর এলাকার বাসিন্দা মোশাররফ হোসেন আবেগাপ্লুত হয়ে বলেন, ‘আজ আমরা ন্যায়বিচার পেলাম।’",
     "আজ আমরা ন্যায়বিচার পেলাম।", "মোশাররফ হোসেন"),
    ("শিক্ষামন্ত্রী নুরুল ইসলাম নাহিদ ফল প্রকাশ উপলক্ষে আয়োজিত সংবাদ সম্মেলনে হরতালের বিষয়টি উল্লেখ করে বলেন, "
     "শিক্ষার্থীদের অনিশ্চয়তা নিয়ে পরীক্ষা দিতে হয়েছে।", "শিক্ষার্থীদের অনিশ্চয়তা নিয়ে পরীক্ষা দিতে হয়েছে",
     "নুরুল ইসলাম নাহিদ"),
    # a pronoun opening a clause whose converb's object comes before the cue
    ("মন্ত্রী আবুল হাসান সভায় আসেন। তিনি কুইক রেন্টালে বরাদ্দ দিয়ে বলেন, বিদ্যুৎ খাতে ব্যয় বাড়ানো যাবে না।",
     "বিদ্যুৎ খাতে ব্যয় বাড়ানো যাবে না", "আবুল হাসান"),
])
def test_the_subject_ends_where_the_predicate_begins(text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(quoted) == speaker, _speakers_by_text(text)


@pytest.mark.parametrize("text, quoted, speaker", [
    # তিনি ends like a negated verb (করেনি) but is the subject: what follows বলেছেন is the content
    ("মন্ত্রী আবুল হোসেন সভায় আসেন। এবারের হলফনামায় তিনি বলেছেন তাঁর বার্ষিক আয় ১৯ লাখ টাকা।",
     "তাঁর বার্ষিক আয় ১৯ লাখ টাকা", "আবুল হোসেন"),
    # a pronoun opening the sentence is its subject, not the pronoun and the next word
    ("মন্ত্রী আবুল হাসান সভায় আসেন। তিনি কুইক রেন্টালে বরাদ্দ দিয়ে বিদ্যুৎ খাতে ব্যয় না বাড়াতে ও জ্বালানি তেলের "
     "দাম কমানোর দাবি জানান।", "বিদ্যুৎ খাতে ব্যয় না বাড়াতে ও জ্বালানি তেলের দাম কমানোর", "আবুল হাসান"),
    # an emphatic reflexive after the pronoun (তিনি নিজে, তারা নিজেরাও) is resolved as the pronoun,
    # never kept as a name "তিনি নিজে"
    ("মওদুদ আহমদ তাঁর বইয়ে দাবি করেন, তিনি দলের একজন সংগঠক। সেটির পেছনে তাঁর ভূমিকা ছিল বলে তিনি নিজে "
     "উল্লেখ করেন।", "সেটির পেছনে তাঁর ভূমিকা ছিল", "মওদুদ আহমদ"),
    ("রহিম উদ্দিন বলেন, সব ঠিক আছে। কোনো চাপ ছিল না বলে তিনি নিজেও জানান।", "কোনো চাপ ছিল না", "রহিম উদ্দিন"),
])
def test_a_pronoun_subject_is_the_pronoun(text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(quoted) == speaker, _speakers_by_text(text)


def test_a_converb_with_a_particle_leaves_no_word_as_the_speaker() -> None:
    found = {q.speaker for q in _analyzed(
        "লেখক হারুকি মুরাকামি সাক্ষাৎকার দেন। অনেকটা মজা করেই বলেছেন, “আমার বই অনুবাদে দুই বছর লেগে যায়।”")}
    assert not any(speaker and "মজা" in speaker for speaker in found), found


@pytest.mark.parametrize("text, quoted, speaker", [
    ("আলোচকেরা ক্ষোভ প্রকাশ করে বলেন, দেশে নিরাপদ খাদ্য আইন পাস হয়েছে।", "দেশে নিরাপদ খাদ্য আইন পাস হয়েছে",
     "আলোচকেরা"),
    ("রপ্তানিকারক কামরুজ্জামান কামাল বলেন, ব্যবসা কমেছে। রপ্তানিকারকরা জানান, এখন পণ্য প্রথমে কলকাতায় নিতে হচ্ছে।",
     "এখন পণ্য প্রথমে কলকাতায় নিতে হচ্ছে", "রপ্তানিকারকরা"),
])
def test_people_named_by_what_they_do_speak_as_a_group(text: str, quoted: str, speaker: str) -> None:
    found = {q.text: q for q in _analyzed(text)}
    assert found[quoted].speaker == speaker and found[quoted].source_type == "group", found


@pytest.mark.parametrize("text, speaker", [
    ("বৈঠকের পর মার্কিন দূতাবাসের দেওয়া তথ্যপত্রে জানানো হয়েছে, বৈঠকে স্বাস্থ্য নিয়ে আলোচনা হয়েছে।", "মার্কিন দূতাবাস"),
    # the day of the report is not its owner
    ("প্রথম আলোর গতকালের প্রতিবেদনে বলা হয়েছে, দুই দিনে নিহতের সংখ্যা ২২।", "প্রথম আলো"),
])
def test_the_issuer_of_a_document_speaks_in_the_passive(text: str, speaker: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("বিল নিয়ে আলোচনার সময় কিছু মুসলিম জমিদার কায়েদে আজমকে বিতর্কে জড়ানোর চেষ্টা করেছিলেন। তারা প্রশ্ন করেছিলেন, "
     "নারীরা সম্পত্তির অংশ পাবে কি না।", "কিছু মুসলিম জমিদার"),
    ("সমাবেশে দুজন শিক্ষার্থী বক্তব্য দেন। তারা বলেন, ক্যাম্পাসে নিরাপত্তা নেই।", "দুজন শিক্ষার্থী"),
    ("সভায় কয়েকজন ব্যবসায়ী নেতা উপস্থিত ছিলেন। তারা জানান, বাজারে চাহিদা কম।", "কয়েকজন ব্যবসায়ী নেতা"),
])
def test_they_point_back_to_a_counted_group(text: str, speaker: str) -> None:
    said = _analyzed(text)
    assert [(q.speaker, q.source_type) for q in said] == [(speaker, "group")]


def test_a_count_before_a_genitive_belongs_to_the_phrase_after_it() -> None:
    said = _analyzed("বোর্ড সভাপতি নিষিদ্ধ দুই ক্রিকেটারের সাথে কথা বলেছেন। এরপর তিনি বলেন, শাস্তি কমানো হবে না।")
    assert [(q.speaker_mention, q.speaker) for q in said] == [("তিনি", "সভাপতি")]  # the title, not the two


@pytest.mark.parametrize("text", [
    "অশোক সোয়াইন আগুনের ঘটনা নিশ্চিত করে জানান, দেশের অর্থনীতি এখন কঠিন সময় পার করছে।",
    "অশোক সোয়াইন সভায় যোগ দেন এবং বলেন, দেশের অর্থনীতি এখন কঠিন সময় পার করছে।",
    "রাজধানীতে আজ একটি সভা হয়। অশোক সোয়াইন গণমাধ্যমকে পাঠানো এক বিবৃতিতে জানান, দেশের অর্থনীতি এখন কঠিন সময় "
    "পার করছে।",
])
def test_a_name_the_tagger_missed_opens_the_clause_as_its_subject(text: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == ["অশোক সোয়াইন"]


@pytest.mark.parametrize("text", [
    "ফাইল পাঠ করে কায়েদে আজম রেগে গিয়ে বললেন, আমি এই আইনে স্বাক্ষর করতে পারি না।",  # a converb's object
    "রাজনৈতিক কর্মকর্তার পর্যবেক্ষণ ও অনুসন্ধান বিষয়ে রাষ্ট্রদূত ওয়াশিংটনকে জানান, মাদ্রাসায় সাক্ষাৎ হয়।",
])
def test_words_opening_the_clause_that_are_no_name_are_no_speaker(text: str) -> None:
    speakers = [q.speaker for q in _analyzed(text)]
    assert "ফাইল পাঠ" not in speakers and not any(s and s.startswith("রাজনৈতিক কর্মকর্তার") for s in speakers)


def test_a_club_named_for_its_city_speaks() -> None:
    said = _analyzed("লেস্টার সিটি এক বিবৃতিতে জানিয়েছে, কোচকে বরখাস্ত করা হয়েছে।")
    assert [(q.speaker, q.source_type) for q in said] == [("লেস্টার সিটি", "organisation")]


def test_an_official_of_an_organisation_keeps_its_whole_name() -> None:
    said = _analyzed("রাজধানীতে আজ একটি সভা অনুষ্ঠিত হয়। বাংলাদেশ জামায়াতে ইসলামীর এক কর্মকর্তা বলেন, দেশের অর্থনীতি "
                     "এখন কঠিন সময় পার করছে।")
    assert [q.speaker for q in said] == ["বাংলাদেশ জামায়াতে ইসলামীর এক কর্মকর্তা"]


def test_a_document_modifier_or_a_time_word_is_nobody() -> None:
    found = {q.text: q.speaker for q in _analyzed(
        "সংস্থাটি সাম্প্রতিক এক প্রতিবেদনে বলেছে, দরিদ্র মানুষের সংখ্যা কমেছে। কোচ অবশ্য কালও বলেছেন, দল ভালো খেলবে।")}
    assert found == {"দরিদ্র মানুষের সংখ্যা কমেছে": "সংস্থাটি", "দল ভালো খেলবে": "কোচ"}


def test_the_speakers_own_demand_goes_on_with_the_speech() -> None:
    found = _found("নেতাকর্মীরা বলছেন, দলের প্রার্থী এই আসনে জিতবেন। এলাকার মানুষ তাকে ভালোবাসে। এখন আমাদের একটাই "
                   "দাবি, তাকে মনোনয়ন দিতে হবে।")
    assert [text for _, text, _ in found] == ["দলের প্রার্থী এই আসনে জিতবেন। এলাকার মানুষ তাকে ভালোবাসে। এখন আমাদের "
                                              "একটাই দাবি, তাকে মনোনয়ন দিতে হবে"]


def test_the_quoted_title_of_a_law_is_no_quote() -> None:
    found = _found("সংগঠনটি ‘ধূমপান ও তামাকজাত দ্রব্য ব্যবহার (নিয়ন্ত্রণ) (সংশোধন) অধ্যাদেশ, ২০২৫’ দ্রুত চূড়ান্তকরণের "
                   "দাবি জানিয়েছে। সভাপতি বলেন, “আইন দ্রুত পাস করতে হবে।”")
    assert [text for _, text, _ in found] == ["আইন দ্রুত পাস করতে হবে।"]


def test_the_one_asked_is_the_one_who_has_been_speaking() -> None:
    text = ("ঢাকা জেলার পুলিশ সুপার মো. মিজানুর রহমান বলেন, শেখ আল আমিনের বিরুদ্ধে কয়েকটি মামলা রয়েছে। এর আগে "
            "দুইবার তিনি গ্রেফতার হয়েছিলেন। এরপর ২০২৩ সালে শেখ আল আমিন জামিন পান। বিস্ফোরণের কারণ জানতে চাইলে "
            "তিনি বলেন, রাসায়নিকের ব্যাপক মজুত ছিল। জঙ্গি সম্পৃক্ততা আছে কিনা, এমন প্রশ্নের জবাবে তিনি বলেন, "
            "সবকিছু মাথায় নিয়েই তদন্ত শুরু হয়েছে।")
    found = {q.text: q.speaker for q in _analyzed(text)}
    assert found["রাসায়নিকের ব্যাপক মজুত ছিল"] == "মো. মিজানুর রহমান"
    assert found["সবকিছু মাথায় নিয়েই তদন্ত শুরু হয়েছে"] == "মো. মিজানুর রহমান"


@pytest.mark.parametrize("text, speaker", [
    ("শেখ হাসিনার ছেলে আরও বলেন, দেশে গণতন্ত্র নেই।", "শেখ হাসিনার ছেলে"),
    ("নিহতের ছেলে বলেন, দেশে গণতন্ত্র নেই।", "নিহতের ছেলে"),
])
def test_a_son_is_a_speaker_not_a_place(text: str, speaker: str) -> None:
    assert _found(text) == [("indirect", "দেশে গণতন্ত্র নেই", speaker)]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("এগুলো দলের পরিকল্পনার একটি অংশ মাত্র, এমনটা বলছেন দলটির কয়েকজন জ্যেষ্ঠ নেতা।",
     "এগুলো দলের পরিকল্পনার একটি অংশ মাত্র", "দলটির কয়েকজন জ্যেষ্ঠ নেতা"),
    ("দেশে আবারও সংঘাত হতে পারে, এমন আশঙ্কা করেছেন বিশ্লেষকরা।", "দেশে আবারও সংঘাত হতে পারে", "বিশ্লেষকরা"),
])
def test_such_over_a_comma_reports_the_clause_before_it(text: str, quoted: str, speaker: str) -> None:
    assert _found(text) == [("indirect", quoted, speaker)]


def test_a_term_being_named_is_no_quote() -> None:
    found = _found("নির্বাচনী আইনে একটি বিশেষ ব্যবস্থা আছে, যেটিকে বলা হয় 'টেন্ডার্ড ভোট'। আরেক ধরনের ভোটকে বলা হয় "
                   "'আপত্তিকৃত ভোট'। দলটি, যাকে বলা হয় 'মুভমেন্ট পার্টি', এবার ভোটে নেই। তিনি তাকে বলেন 'চলে যাও'।")
    assert [text for _, text, _ in found] == ["চলে যাও"]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদি খালেদা জিয়ার মৃত্যুতে গভীর শোক প্রকাশ করেছেন এবং তাকে একজন দৃঢ়চেতা নেত্রী "
     "বলে উল্লেখ করেছেন।", "তাকে একজন দৃঢ়চেতা নেত্রী", "নরেন্দ্র মোদি"),
    ("জামায়াতের আমির খালেদা জিয়ার মৃত্যুতে শোক জানিয়েছেন এবং দেশের রাজনীতিতে তার অবদান অবিস্মরণীয় বলে মন্তব্য "
     "করেছেন।", "দেশের রাজনীতিতে তার অবদান অবিস্মরণীয়", "জামায়াতের আমির"),
])
def test_the_subject_of_a_first_clause_speaks_the_second(text: str, quoted: str, speaker: str) -> None:
    found = [(q.text, q.speaker) for q in _analyzed(text)]
    assert found == [(quoted, speaker)]


def test_such_after_a_negation_reports_the_clause_but_not_after_a_converb() -> None:
    found = _found("ভোট হলেও সেটি দেশে বিদেশে গ্রহণযোগ্যতা পাবে না এমন দাবি করছে আওয়ামী লীগ। "
                   "সারারাত বিরোধী প্রার্থীরা বিভিন্ন মিডিয়ায় টেলিফোন করে এমন অভিযোগ করছিলেন।")
    assert ("indirect", "ভোট হলেও সেটি দেশে বিদেশে গ্রহণযোগ্যতা পাবে না", "আওয়ামী লীগ") in found
    assert not [text for _, text, _ in found if "টেলিফোন" in text]


@pytest.mark.parametrize("text, speaker", [
    ("তার এক কাকা রিয়াকুল শেখ বিবিসিকে বলেন যে তিনি ঘটনাটি দেখেছেন।", "রিয়াকুল শেখ"),
    ("প্রধান নির্বাহী পিটার থম্পসন বলেছেন, তারা বিষয়টি দেখছেন।", "পিটার থম্পসন"),
    ("বৃষ্টি হতে পারে বলে সাংবাদিকদের জানিয়েছেন আবহাওয়াবিদ আফরোজা সুলতানা।", "আফরোজা সুলতানা"),
    ("হত্যার পরদিন স্বরাষ্ট্র উপদেষ্টা জানান, দোষীদের ধরা হবে।", "স্বরাষ্ট্র উপদেষ্টা"),
    ("অন্য নেতারাও জানিয়েছেন, তারা দল ছাড়বেন।", "অন্য নেতারা"),
])
def test_words_describing_the_speaker_or_setting_the_time_are_not_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a title the role list lacks or misspells is no part of a name of two words or more
    ("জাতীয় পার্টির চেয়ারম্য্যান জিএম কাদের জানিয়েছেন, তার দলও হামলার শিকার হচ্ছে।", "জিএম কাদের"),
    ("প্রতিষ্ঠানটির হেড অব মার্কেটিং মাইদুল ইসলাম বলেন, বিক্রি বেড়েছে।", "মাইদুল ইসলাম"),
    ("নিহত শাহীনের শ্যালক জুয়েল মোল্লা বলেন, তাকে পিটিয়ে মারা হয়েছে।", "জুয়েল মোল্লা"),
    ("গোয়েন্দা পুলিশের এসআই সন্তোষ চাকমা বলেন, আসামিকে ধরা হয়েছে।", "সন্তোষ চাকমা"),
    ("সমঝোতাকারী আব্বাস আরাকশি বলেন, আলোচনা চলছে।", "আব্বাস আরাকশি"),
    # a state in -অধীন describes a lone name too
    ("হাসপাতালে চিকিৎসাধীন পনির বলেন, তাকে পিটিয়ে আহত করা হয়েছে।", "পনির"),
])
def test_a_title_before_a_whole_name_is_not_taken_into_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # an adverb between the subject and its verb is no word of the name a later তিনি means
    ("তবে পণ্যভেদে দাম বাড়বে। আহসান মনসুর বরং রাজস্ব আয়ের ওপর নেতিবাচক প্রভাবের বিষয়টি বেশি উদ্বেগজনক "
     "মনে করেন। তিনি প্রথম আলোর পর্যবেক্ষণ সমর্থন করে বলেন, ‘লক্ষ্যমাত্রা বেশি হওয়ায় ঘাটতি হতে পারে।’", "আহসান মনসুর"),
    # "themselves" after a pronoun is no speaker: the pronoun is, and means the group before it
    ("বিএনপির নেতারা সভায় যোগ দেন। তারা নিজেরাই বলেছেন, দল ভাঙবে না।", "বিএনপির নেতারা"),
    ("তারা নিজেরাই বলেছেন, দল ভাঙবে না।", None),
])
def test_discourse_words_and_reflexives_are_not_the_speaker(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in _analyzed(text)] == [speaker]


def test_a_forecast_reports_its_clause() -> None:
    found = _found("আরও কয়েকদিন ঘন কুয়াশা থাকবে বলে পূর্বাভাস দিয়েছে আবহাওয়া অধিদপ্তর।")
    assert found == [("indirect", "আরও কয়েকদিন ঘন কুয়াশা থাকবে", "আবহাওয়া অধিদপ্তর")]


def test_what_is_done_by_law_goes_on_with_the_speech_but_a_cited_schedule_does_not() -> None:
    found = _found("পুলিশ কর্মকর্তা রফিক বলেন, তাকে জিজ্ঞাসাবাদ চলছে। প্রয়োজনে আইন অনুযায়ী পরবর্তী ব্যবস্থা নেওয়া হবে।")
    assert [text for _, text, _ in found] == ["তাকে জিজ্ঞাসাবাদ চলছে। প্রয়োজনে আইন অনুযায়ী পরবর্তী ব্যবস্থা নেওয়া হবে"]
    found = _found("রিটার্নিং কর্মকর্তা বলেন, ৯ জন জমা দিয়েছেন। তফসিল অনুযায়ী, মনোনয়নপত্র জমার শেষ দিন ২৯ ডিসেম্বর।")
    assert [text for _, text, _ in found] == ["৯ জন জমা দিয়েছেন"]


def test_a_quotation_closing_the_reported_sentence_is_a_direct_quote_of_the_same_speaker() -> None:
    text = ("তার কাকা রিয়াকুল শেখ বিবিসিকে বলেন যে তিনি অন্য শ্রমিকদের কাছ থেকে জানতে পেরেছেন, "
            "\"ওরা তিনজন খাচ্ছিল। তারপর চার-পাঁচ জন এসে মারধর করে।\"")
    found = [(q.kind, q.text, q.speaker) for q in _analyzed(text)]
    assert found == [("indirect", "তিনি অন্য শ্রমিকদের কাছ থেকে জানতে পেরেছেন", "রিয়াকুল শেখ"),
                     ("direct", "ওরা তিনজন খাচ্ছিল। তারপর চার-পাঁচ জন এসে মারধর করে।", "রিয়াকুল শেখ")]


def test_a_report_on_a_page_that_repeats_its_sentences_is_one_quote() -> None:
    joined = "এই জোটে নতুন করে যোগ দিয়েছে লিবারেল ডেমোক্রেটিক পার্টি (এলডিপি)। "
    said = ("জোট নেতাদের ভাষ্য, দলগুলোর মধ্যে আসন সমঝোতা প্রায় শেষ পর্যায়ে রয়েছে এবং কোন দল কত আসনে নির্বাচন "
            "করবে, সে বিষয়ে শিগগিরই ঘোষণা আসতে পারে। ")
    then = ("তবে জামায়াতের নেতৃত্বাধীন জোটে যোগ দেওয়াকে কেন্দ্র করে এনসিপির ভেতরে বিভাজন দেখা দিয়েছে। কয়েকজন "
            "নেতা পদত্যাগ করলেও দলের শীর্ষ নেতৃত্ব জোটের সিদ্ধান্তে অনড় রয়েছে। ")
    found = [q.text for q in _analyzed(joined + joined + said + said + then + then)]
    assert len(found) == 1 and found[0].startswith("দলগুলোর মধ্যে আসন সমঝোতা প্রায় শেষ পর্যায়ে রয়েছে")


def test_the_information_pointed_back_to_by_tottho_ti_is_reported() -> None:
    text = ("আজ দুপুর পর্যন্ত দুই হাজার ৭৮০ জন মনোনয়নপত্র সংগ্রহ করেছেন। আর ৩১ জন মনোনয়নপত্র জমা দিয়েছেন। "
            "ইসির জনসংযোগ পরিচালক রুহুল আমীন মল্লিক তথ্যটি জানিয়েছেন।")
    found = [(q.text, q.speaker) for q in _analyzed(text)]
    assert found and found[0][1] == "রুহুল আমীন মল্লিক" and found[0][0].startswith("আজ দুপুর পর্যন্ত")


def test_a_pronoun_after_a_relative_clause_takes_up_the_phrase_before_it() -> None:
    text = "তার দুই সহকর্মী, যারা খুব কাছেই ছিলেন, তারা বিবিসিকে বলেছেন যে দুষ্কৃতকারীরা বুধবার মারধর করে।"
    assert _found(text) == [("indirect", "দুষ্কৃতকারীরা বুধবার মারধর করে", "তার দুই সহকর্মী")]


def test_a_post_on_an_organisations_page_is_the_organisations() -> None:
    found = [(q.text, q.speaker) for q in _analyzed("বিএনপির ভেরিফায়েড ফেসবুক পেজে এক পোস্টে বলা হয়, আমরা গভীরভাবে শোকাহত।")]
    assert found == [("আমরা গভীরভাবে শোকাহত", "বিএনপি")]


def test_an_organisations_letter_goes_on_but_its_press_release_does_not() -> None:
    letter = ("ধর্ম মন্ত্রণালয়ের চিঠিতে বলা হয়, হজ ফ্লাইটের সূচি ৪ জানুয়ারির মধ্যে চূড়ান্ত করতে হবে। হোটেল ভাড়ার "
              "কাজও শুরু হয়েছে।")
    found = [q.text for q in _analyzed(letter)]
    assert found == ["হজ ফ্লাইটের সূচি ৪ জানুয়ারির মধ্যে চূড়ান্ত করতে হবে। হোটেল ভাড়ার কাজও শুরু হয়েছে"]
    release = ("বাংলাদেশ ফুটবল ফেডারেশনের এক বিজ্ঞপ্তিতে জানানো হয়, ম্যাচগুলো আপাতত স্থগিত রাখা হয়েছে। আজ "
               "কুমিল্লায় আবাহনীর খেলার কথা ছিল।")
    found = [q.text for q in _analyzed(release)]
    assert found == ["ম্যাচগুলো আপাতত স্থগিত রাখা হয়েছে"]


@pytest.mark.parametrize(("text", "quoted"), [
    # no issuer named: the letter itself speaks, and goes on (ropen rifat-train-2760, -2030)
    ("চিঠিতে বলা হয়, চলমান রাজনৈতিক অস্থিরতার প্রভাব স্পষ্ট দেখা যাচ্ছে। কাজের সুযোগ বন্ধ হয়ে যাওয়ায় "
     "মানুষ আবার দারিদ্র্যে পড়ছে।",
     "চলমান রাজনৈতিক অস্থিরতার প্রভাব স্পষ্ট দেখা যাচ্ছে। কাজের সুযোগ বন্ধ হয়ে যাওয়ায় মানুষ আবার দারিদ্র্যে পড়ছে"),
    ("অভিযোগপত্রে বলা হয়, ওই কারখানা ভবন আইন মেনে নির্মাণ করা হয়নি। ভবনটিতে জরুরি বহির্গমন পথ ছিল না।",
     "ওই কারখানা ভবন আইন মেনে নির্মাণ করা হয়নি। ভবনটিতে জরুরি বহির্গমন পথ ছিল না"),
    # … up to the news agency's credit line
    ("প্রজ্ঞাপনে বলা হয়, তাঁকে সরকারি চাকরি থেকে অপসারণ করা হলো। এ আদেশ জারি করা হলো। সূত্র : বাসস",
     "তাঁকে সরকারি চাকরি থেকে অপসারণ করা হলো। এ আদেশ জারি করা হলো"),
])
def test_a_letter_with_no_issuer_goes_on(text: str, quoted: str) -> None:
    assert _one(text, quoted).kind == "indirect"


@pytest.mark.parametrize("text", [
    "এই ঘটনা আবার প্রশ্ন তুলেছে যে দাতাদের সংখ্যা সীমিত করা উচিত কি না।",
    "এটিও ইঙ্গিত দেয় যে অর্থনীতি দুর্বল হচ্ছে।",
    "যদি কেউ অন্য দেশের প্রতি আনুগত্য ঘোষণা করেন, তাহলে তিনি ভোটার হতে পারবেন না।",
    "হঠাৎই জয়নব যখন রোকেয়ার নাম উল্লেখ করে প্রশ্ন করেন, তখনই দৃশ্যপট বদলে যায়।",  # a when-clause
    "এ অবস্থাকে লি-ফ্রমেনি সিনড্রোম বলা হয়, এতে ক্যান্সারের ঝুঁকি বাড়ে।",
])
def test_inference_conditions_and_naming_are_no_reports(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("বিশ্লেষকরা প্রশ্ন তুলেছেন যে নির্বাচন সুষ্ঠু হবে কি না।", "বিশ্লেষকরা"),
    ("রহিম বলেন, যদি সরকার চায়, তাহলে আমরা আলোচনায় বসব।", "রহিম"),
    ("রহিম বলেন, যখন সরকার চাইবে, তখন আমরা আলোচনায় বসব।", "রহিম"),
])
def test_people_raising_questions_or_conditions_are_reported(text: str, speaker: str) -> None:
    assert [s for _, _, s in _found(text)] == [speaker]


def test_two_single_marks_typed_for_a_double_mark_open_and_close_one_quotation() -> None:
    text = ("রাজনৈতিক দল হিসাবে বিএনপির ক্ষতি হয়েছে। ‘’বোঝাই যায়, নির্বাহী আদেশে তাকে মুক্তি দেয়া হয়েছে। এগুলো সবই "
            "বিএনপির জন্য ক্ষতির কারণ হয়েছে,‘’ বলছেন রুমিন ফারহানা। ‘’যেকোনো দলের চীফকেই কারাবন্দী করলে সেই দলের "
            "নেতা-কর্মীরা একটু বেশি চাঙ্গা হয়,’’ বলছেন অধ্যাপক আখতার।")
    found = [(q.kind, q.text, q.speaker) for q in _analyzed(text)]
    assert found == [
        ("direct", "বোঝাই যায়, নির্বাহী আদেশে তাকে মুক্তি দেয়া হয়েছে। এগুলো সবই বিএনপির জন্য ক্ষতির কারণ হয়েছে",
         "রুমিন ফারহানা"),
        ("direct", "যেকোনো দলের চীফকেই কারাবন্দী করলে সেই দলের নেতা-কর্মীরা একটু বেশি চাঙ্গা হয়", "আখতার")]


def test_a_title_in_the_lede_is_the_person_the_body_names_with_it() -> None:
    text = ("গ্রিনল্যান্ডের প্রধানমন্ত্রী বলেছেন, দ্বীপটি বিক্রির জন্য নয়। গ্রিনল্যান্ডের প্রধানমন্ত্রী "
            "জেন্স-ফ্রেডেরিক নিলসেন এক বিবৃতিতে এ কথা জানান।")
    assert [q.speaker for q in _analyzed(text)] == ["জেন্স-ফ্রেডেরিক নিলসেন"]
    unnamed = "বিএনপির একজন জ্যেষ্ঠ নেতা বলেন, ইশতেহার শিগগির আসবে। বিএনপির জ্যেষ্ঠ নেতা তারেক রহমান ঢাকায় ফিরেছেন।"
    assert [q.speaker for q in _analyzed(unnamed)] == ["বিএনপির একজন জ্যেষ্ঠ নেতা"]


def test_a_title_of_that_country_is_the_person_introduced_with_it() -> None:
    text = ("ভারতের সঙ্গে মুক্ত বাণিজ্য চুক্তির সমালোচনা করেছেন সে দেশের পররাষ্ট্রমন্ত্রী উইনস্টন পিটার্স। "
            "নিউজিল্যান্ডের পররাষ্ট্রমন্ত্রী বলেছেন, \"এই চুক্তি ভালো নয়।\" পিটার্স বলেন, তারা বিরোধিতা করবেন।")
    assert [q.speaker for q in _analyzed(text)] == ["উইনস্টন পিটার্স", "উইনস্টন পিটার্স"]


def test_straight_marks_spaced_on_both_sides_pair_by_what_is_open() -> None:
    text = ('জোবাইদা নাসরীন বলেন, "এনসিপির এই প্রক্রিয়া নারীদের বাদ দিয়ে হচ্ছে " বলেন মিজ নাসরীন। '
            'নাহিদ ইসলাম বলেন, " কেউ দলে থাকবে কি না সেটা তার ব্যক্তিগত বিষয়।"')
    found = [(q.kind, q.text, q.speaker) for q in _analyzed(text)]
    assert ("direct", "কেউ দলে থাকবে কি না সেটা তার ব্যক্তিগত বিষয়।", "নাহিদ ইসলাম") in found
    assert any(k == "direct" and t.startswith("এনসিপির এই প্রক্রিয়া") for k, t, _ in found)


def test_a_mark_reopening_after_a_full_stop_closes_the_quotation_left_open() -> None:
    text = ('মহকুমা পুলিশ অফিসার তোফান দাস বিবিসিকে বলেছেন, "তিনজন শ্রমিক বিড়ি খাচ্ছিলেন। একজন ঘটনাস্থলেই মারা '
            'গেছেন। "তার দেহের ময়নাতদন্ত হয়েছে" বলে জানিয়েছেন মি. দাস।')
    found = [(q.text, q.speaker) for q in _analyzed(text)]
    assert found == [("তিনজন শ্রমিক বিড়ি খাচ্ছিলেন। একজন ঘটনাস্থলেই মারা গেছেন।", "তোফান দাস"),
                     ("তার দেহের ময়নাতদন্ত হয়েছে", "তোফান দাস")]


@pytest.mark.parametrize("text, quoted", [
    ("উল্লেখ্য যে, আগামী মাসে নির্বাচন হবে বলে জানান সিইসি।", "আগামী মাসে নির্বাচন হবে"),
    ("একইসঙ্গে তাকে নির্বাচনে অংশ নেওয়ার সুযোগ দিতে বলেছে আদালত।", "তাকে নির্বাচনে অংশ নেওয়ার সুযোগ দিতে"),
])
def test_the_reporters_link_opening_the_sentence_is_no_part_of_the_report(text: str, quoted: str) -> None:
    assert [t for _, t, _ in _found(text)] == [quoted]


def test_a_relay_that_points_back_reports_nothing_itself() -> None:
    text = ("প্রধান উপদেষ্টা বলেন, জাতি অভিভাবককে হারালো। প্রধান উপদেষ্টার বরাত দিয়ে উপ-প্রেস সচিব "
            "আবুল কালাম আজাদ মজুমদার এ তথ্য জানান।")
    assert not any("এ তথ্য জানান" in quoted for _, quoted, _ in _found(text))


@pytest.mark.parametrize(("text", "relay"), [
    # the relay's clause closes on a back-pointing object: it tells that the news was passed on
    ("মার্কিন বিভিন্ন সূত্রের বরাত দিয়ে ভারতীয় সংবাদমাধ্যম এ খবর প্রকাশ করেছে।", "এ খবর প্রকাশ করেছে"),
    ("রয়টার্সের বরাত দিয়ে আল জাজিরা এই তথ্য দিয়েছে।", "এই তথ্য দিয়েছে"),
    # the outlet, described at length, has its own verb of saying further on in the clause
    ("কূটনৈতিক সূত্রের বরাত দিয়ে সাংবাদিক জয়ন্ত ঘোষালের 'ঢাকায় নয়া অধ্যায় শুরুই লক্ষ্য মোদির' শীর্ষক "
     "প্রতিবেদনে বলা হয়েছে, বাংলাদেশের পক্ষ থেকে তিস্তা চুক্তির বিষয়টি তোলা হবে।", "প্রতিবেদনে বলা হয়েছে"),
    ("পুলিশ সূত্রের বরাত দিয়ে দেশটির প্রভাবশালী দৈনিক দ্য হিন্দুর অনলাইন সংস্করণে বলা হয়েছে, "
     "হামলায় পাঁচজন নিহত হয়েছে।", "সংস্করণে বলা হয়েছে"),
])
def test_the_relaying_clause_after_barat_diye_is_no_content(text: str, relay: str) -> None:
    assert not any(relay in quoted for _, quoted, _ in _found(text))


def test_the_outlets_verb_far_after_barat_diye_still_reports_the_content() -> None:
    text = ("পুলিশ সূত্রের বরাত দিয়ে দেশটির প্রভাবশালী দৈনিক দ্য হিন্দুর অনলাইন সংস্করণে বলা হয়েছে, "
            "হামলায় পাঁচজন নিহত হয়েছে।")
    assert [quoted for _, quoted, _ in _found(text)] == ["হামলায় পাঁচজন নিহত হয়েছে"]


def test_a_description_that_also_speaks_is_the_person_quoted_last() -> None:
    text = ("জয় লিখেছেন, ‘গভীর সমবেদনা জানাচ্ছি।’ সাবেক প্রধানমন্ত্রী শেখ হাসিনার ছেলে আরও বলেন, "
            "‘জাতি গঠনে তার অবদান চিরস্মরণীয় হয়ে থাকবে।’ এক কর্মকর্তা আরও বলেন, কাজ চলছে।")
    name = normalize("জয়")
    people = [Entity(name, "PERSON", (Mention(0, len(name), name),))]
    assert _one(text, "জাতি গঠনে তার অবদান চিরস্মরণীয় হয়ে থাকবে।", entities=people).speaker == "জয়"
    assert _one(text, "কাজ চলছে", entities=people).speaker == "এক কর্মকর্তা"


def test_the_subject_before_a_clause_closed_by_janiye_speaks() -> None:
    name = normalize("তাজনূভা জাবিন")
    text = normalize("তাজনূভা জাবিন পদত্যাগ করেছেন। তিনি আগে কখনো রাজনীতি করেননি জানিয়ে বলেন, “আমি চেষ্টা করতে থাকব।”")
    people = [Entity(name, "PERSON", (Mention(0, len(name), name),))]
    assert _one(text, "আমি চেষ্টা করতে থাকব।", entities=people).speaker == name


def test_information_given_points_back_at_the_narrated_facts() -> None:
    name = normalize("মিয়া গোলাম পরওয়ার")
    text = normalize("মহাসমাবেশ স্থগিত করা হয়েছে। মিয়া গোলাম পরওয়ার এক বিবৃতিতে এ তথ্য জানান।")
    start = text.index(name)
    people = [Entity(name, "PERSON", (Mention(start, start + len(name), name),))]
    assert _one(text, "মহাসমাবেশ স্থগিত করা হয়েছে", entities=people).speaker == name


def test_in_the_laws_words_is_no_source() -> None:
    text = "আইনের ভাষায় এই ভোটটিকে বলা হয় 'টেন্ডার্ড ভোট'। আইনের ভাষায়, এটি অপরাধ। রাজীব হায়দারের ভাষায়, এটি অপরাধ।"
    found = _found(text)
    assert all(speaker != "আইন" for _, _, speaker in found)
    assert ("indirect", "এটি অপরাধ", "রাজীব হায়দার") in found


def test_a_sentence_pointed_back_at_ends_before_its_own_attribution() -> None:
    name = normalize("মুহাম্মদ ইউনূস")
    text = normalize("খালেদা জিয়ার মৃত্যুতে ৩ দিনের রাষ্ট্রীয় শোক ও ১ দিনের সাধারণ ছুটি ঘোষণা করেছেন প্রধান উপদেষ্টা "
                     "ড. মুহাম্মদ ইউনূস। মঙ্গলবার জাতির উদ্দেশে দেওয়া ভাষণে এ ঘোষণা দেন তিনি।")
    start = text.index(name)
    people = [Entity(name, "PERSON", (Mention(start, start + len(name), name),))]
    quote = _one(text, "খালেদা জিয়ার মৃত্যুতে ৩ দিনের রাষ্ট্রীয় শোক ও ১ দিনের সাধারণ ছুটি", entities=people)
    assert quote.speaker == name


def test_the_subject_after_an_opening_act_and_before_an_objects_genitive() -> None:
    name = normalize("মো. জাহাঙ্গীর আলম চৌধুরী")
    text = normalize("স্বরাষ্ট্র উপদেষ্টা মো. জাহাঙ্গীর আলম চৌধুরী পদক পরিয়ে দেন। পদক প্রদান শেষে স্বরাষ্ট্র উপদেষ্টা "
                     "বিজিবির খেতাবপ্রাপ্ত বীর মুক্তিযোদ্ধাদের সংবর্ধনা দেন এবং তাদের পরিবারকে পাশে থেকে সর্বাত্মক "
                     "সহযোগিতা দেওয়ার আশ্বাস দেন।")
    start = text.index(name)
    people = [Entity(name, "PERSON", (Mention(start, start + len(name), name),))]
    found = quotes(text, entities=people)
    assert found and all(q.speaker == name for q in found)


@pytest.mark.parametrize("text, speaker", [
    ("রহিম উদ্দিন বলেন, সব ঠিক আছে। তিনি ওই ঘটনা সম্পর্কে বলেছিলেন, কেউ ছাড় পাবে না।", "রহিম উদ্দিন"),
    ("রহিম উদ্দিন বলেন, সব ঠিক আছে। তিনি অতীতের উদাহরণ টেনে বলেন, আগেও এমন হয়নি।", "রহিম উদ্দিন"),
])
def test_a_topic_or_a_converbs_object_is_not_the_speaker(text: str, speaker: str) -> None:
    assert {q.speaker for q in _analyzed(text)} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("অস্ট্রেলিয়ার কোচ বলেন, ‘জশ আবার বোলিং শুরু করেছে।’", "অস্ট্রেলিয়ার কোচ"),
    ("অস্ট্রেলিয়ার কোচ অ্যান্ড্রু ম্যাকডোনাল্ড দল ঘোষণা করেন। অস্ট্রেলিয়ার কোচ বলেন, ‘জশ আবার বোলিং শুরু "
     "করেছে।’", "অ্যান্ড্রু ম্যাকডোনাল্ড"),
])
def test_a_short_title_after_a_country_is_the_titled_person_not_the_country(text: str, speaker: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == [speaker]


def test_the_kind_of_message_belongs_to_the_message_not_to_its_sender() -> None:
    found = _analyzed("এফবিসিসিআই শোক বার্তায় জানায়, জাতি তাকে কৃতজ্ঞতার সঙ্গে স্মরণ করবে।")
    assert [q.speaker for q in found] == ["এফবিসিসিআই"]


def test_also_said_with_no_subject_is_the_one_speaking_just_before() -> None:
    found = _analyzed("রহিম উদ্দিন বলেন, সব ঠিক আছে। দ্রুত সমাধান হবে বলেও জানান।")
    assert [q.speaker for q in found] == ["রহিম উদ্দিন", "রহিম উদ্দিন"]


def test_a_pronoun_with_no_one_named_before_is_the_person_a_title_describes() -> None:
    found = _analyzed("কেরানীগঞ্জের রুপালী গার্মেন্টসের ম্যানেজারের অভিজ্ঞতা বাজারের কঠিন দিকটি তুলে ধরে। তিনি জানান, "
                      "এ বছর বিক্রি নেই।")
    assert [q.speaker for q in found] == ["কেরানীগঞ্জের রুপালী গার্মেন্টসের ম্যানেজার"]
    assert _analyzed("এক কর্মকর্তার অভিজ্ঞতা কঠিন। তিনি জানান, এ বছর বিক্রি নেই।")[0].speaker == "এক কর্মকর্তা"


@pytest.mark.parametrize("text", [
    "বাংলাদেশ ব্যাংকের হালনাগাদ প্রতিবেদনে বলছে, ডিসেম্বরের ২৮ দিনে ২৯৩ কোটি ডলারের রেমিট্যান্স এসেছে।",
    "বাংলাদেশ ব্যাংকের হালনাগাদ প্রতিবেদনে বলা হয়েছে, ডিসেম্বরের ২৮ দিনে ২৯৩ কোটি ডলারের রেমিট্যান্স এসেছে।",
])
def test_a_documents_owner_speaks_through_it_whatever_the_document_is_called(text: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == ["বাংলাদেশ ব্যাংক"]


def test_a_person_opening_their_own_future_plan_speaks_it() -> None:
    found = _analyzed("দল ছেড়েছেন যুগ্ম আহ্বায়ক তাজনূভা জাবীন। তবে তাজনূভা নির্বাচন করবেন না বলে জানিয়েছেন।")
    assert [(q.text, q.speaker) for q in found] == [("নির্বাচন করবেন না", "তাজনূভা জাবীন")]
    joint = _analyzed("রহিম উদ্দিন নড়াইল-২ ও করিম হোসেন ঢাকা-১৩ আসনে নির্বাচন করবেন বলে জানিয়েছেন।")
    assert [q.speaker for q in joint] == [None]


@pytest.mark.parametrize("text", [
    "সুইডিশ পুলিশের বরাতে জানা গেছে, শনিবার হোফোরস এলাকায় এক ব্যক্তি মারা যান।",
    "সুইডিশ পুলিশের বরাত দিয়ে জানা গেছে, শনিবার হোফোরস এলাকায় এক ব্যক্তি মারা যান।",
])
def test_what_was_learnt_on_a_sources_authority_is_the_sources(text: str) -> None:
    assert [(q.text, q.speaker) for q in _analyzed(text)] == [
        ("শনিবার হোফোরস এলাকায় এক ব্যক্তি মারা যান", "সুইডিশ পুলিশ")]


def test_an_epithet_of_the_one_the_story_is_about_is_that_person() -> None:
    found = _analyzed("ক্রিশ্চিয়ানো রোনালদো বর্ষসেরা হয়েছেন। পুরস্কার গ্রহণের পর আল নাসর তারকা বলেন, "
                      "‘আমি এখনও দারুণভাবে অনুপ্রাণিত।’")
    assert [q.speaker for q in found] == ["ক্রিশ্চিয়ানো রোনালদো"]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("জাতির এই দিনে মুহাম্মদ ইউনূস দেশবাসীকে শান্ত থাকার আহ্বান জানিয়েছেন।", "দেশবাসীকে শান্ত থাকার", "মুহাম্মদ ইউনূস"),
    ("নির্বাচনে দেড় মাসেরও কম সময় হাতে রয়েছে উল্লেখ করে জামায়াতের আমির শফিকুর রহমান সরকার ও নির্বাচন কমিশনের প্রতি "
     "নিরপেক্ষ ভূমিকা পালনের আহ্বান জানান।", "সরকার ও নির্বাচন কমিশনের প্রতি নিরপেক্ষ ভূমিকা পালনের", "শফিকুর রহমান"),
])
def test_a_request_after_a_time_or_to_someone_named_with_prati_is_its_subjects(text: str, quoted: str, speaker: str) -> None:
    assert (quoted, speaker) in [(q.text, q.speaker) for q in _analyzed(text)]


@pytest.mark.parametrize("text, speaker", [
    ("মৃত্যুর খবর নিশ্চিত করেছে নটিংহ্যাম ফরেস্ট। ক্লাবের পক্ষ থেকে এক বিবৃতিতে বলা হয়, ‘আমরা গভীর শোকের সাথে "
     "জানাচ্ছি যে, জন রবার্টসন আর নেই।’", "নটিংহ্যাম ফরেস্ট"),
    ("এক বিবৃতিতে বিশ্ব স্বাস্থ্য সংস্থার পক্ষ থেকে বলা হয়েছে, ‘এই ওষুধগুলো দীর্ঘমেয়াদী চিকিৎসার অংশ।’",
     "বিশ্ব স্বাস্থ্য সংস্থা"),
])
def test_a_quotation_said_on_behalf_of_an_organisation_is_the_organisations(text: str, speaker: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == [speaker]


def test_a_pledge_with_no_subject_is_the_one_who_spoke_in_the_sentence_before() -> None:
    found = _analyzed("সারজিস আলম বলেন, তিনি নির্বাচনে অংশ নিতে চান। নির্বাচিত হলে এলাকার উন্নয়নে কাজ করার অঙ্গীকার "
                      "করেন। এদিকে সেই তালিকায় থাকা দুজন নেত্রী নির্বাচন থেকে সরে দাঁড়ানোর ঘোষণা দিয়েছেন।")
    assert ("নির্বাচিত হলে এলাকার উন্নয়নে কাজ করার", "সারজিস আলম") in [(q.text, q.speaker) for q in found]
    assert not any(q.speaker == "সারজিস আলম" and "সরে দাঁড়ানোর" in q.text for q in found)


@pytest.mark.parametrize("text, quoted, speaker", [
    ("নাগরিক সেবার খাতগুলোকে বিশেষ গুরুত্ব দিয়ে বিবেচনা করার জন্য সংশ্লিষ্টদের নির্দেশনা দেন প্রধান উপদেষ্টা "
     "মুহাম্মদ ইউনূস।", "নাগরিক সেবার খাতগুলোকে বিশেষ গুরুত্ব দিয়ে বিবেচনা করার জন্য", "মুহাম্মদ ইউনূস"),
    ("ক্রিস্টিয়ানো রোনালদো ক্যারিয়ারে ১,০০০ গোল করার লক্ষ্যের কথা আবারো জানিয়েছেন।",
     "ক্যারিয়ারে ১,০০০ গোল করার লক্ষ্যের", "ক্রিস্টিয়ানো রোনালদো"),
    # the subject before a time adverb the content floor stops at
    ("পর্তুগালের অধিনায়ক ক্রিস্টিয়ানো রোনালদো অবসরের আগে ক্যারিয়ারে ১,০০০ গোল করার লক্ষ্যের কথা আবারো জানিয়েছেন।",
     "অবসরের আগে ক্যারিয়ারে ১,০০০ গোল করার লক্ষ্যের", "ক্রিস্টিয়ানো রোনালদো"),
    # a name ending in -র is no genitive when it is the name (আলমগীর)
    ("ঢাকা, ২ জানুয়ারি।\nমির্জা ফখরুল ইসলাম আলমগীর আগামী নির্বাচনে নিজস্ব প্রতীকে অংশ নেওয়ার কথা জানিয়েছেন।",
     "নির্বাচনে নিজস্ব প্রতীকে অংশ নেওয়ার", "মির্জা ফখরুল ইসলাম আলমগীর"),
])
def test_a_directive_or_a_matter_keeps_its_manner_and_numbers(text: str, quoted: str, speaker: str) -> None:
    assert (quoted, speaker) in [(q.text, q.speaker) for q in _analyzed(text)]


def test_the_second_of_two_joined_predicates_shares_the_subject() -> None:
    found = _analyzed("তাসনিম জারা দল ছাড়ার ঘোষণা দিয়েছেন এবং স্বতন্ত্র প্রার্থী হওয়ার কথা বলেছেন।")
    assert ("স্বতন্ত্র প্রার্থী হওয়ার", "তাসনিম জারা") in [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("কেবল নির্বাচনই নয়। ভারতের অযাচিত হস্তক্ষেপও তীব্র প্রতিক্রিয়ার কারণ হিসেবে দেখছেন বিশ্লেষকদের অনেকে।",
     "ভারতের অযাচিত হস্তক্ষেপও তীব্র প্রতিক্রিয়ার কারণ", "বিশ্লেষকদের অনেকে"),
    ("প্রতি ম্যাচকেই শেষ সুযোগ হিসেবে দেখেন রিপন, ‘পরে কী হবে আমি জানি না।’", "প্রতি ম্যাচকেই শেষ সুযোগ",
     "রিপন"),
])
def test_a_view_seen_as_something_is_reported(text: str, quoted: str, speaker: str) -> None:
    assert (quoted, speaker) in [(q.text, q.speaker) for q in _analyzed(text)]


@pytest.mark.parametrize("text", [
    "মি. ব্লাঞ্চ উল্টো নিউইয়র্কের একজন বিচারকের কথা উল্লেখ করেছেন।",
    "সাংবাদিকদের সঙ্গে আলাপকালে তিনি এ সিদ্ধান্তের কথা জানান।",
    "পুলিশ ঘটনাটিকে হত্যাকাণ্ড হিসেবে দেখছে।",  # how a case is treated, nobody named seeing it so
])
def test_someone_mentioned_or_a_matter_pointed_back_at_is_no_report(text: str) -> None:
    assert _analyzed(text) == []


def test_a_partys_office_is_the_only_person_who_spoke_before_named_without_it() -> None:
    found = _analyzed("মির্জা ফখরুল বলেন, এই সংবাদটি নিয়ে আপনাদের সামনে দাঁড়াতে হবে। বিএনপি মহাসচিব বলেন, সরকারের প্রধান "
                      "উপদেষ্টা আমাদেরকে ফোন করেছিলেন।")
    assert [q.speaker for q in found] == ["মির্জা ফখরুল", "মির্জা ফখরুল"]
    two = _analyzed("মির্জা ফখরুল বলেন, সব ঠিক আছে। সালাহউদ্দিন আহমদ বলেন, আমরা প্রস্তুত। বিএনপি মহাসচিব বলেন, "
                    "সরকার ফোন করেছিল।")
    assert two[-1].speaker != "সালাহউদ্দিন আহমদ"


@pytest.mark.parametrize("text", [
    "শেখ হাসিনা বলেন, ‘আমি অনেক চেষ্টা করেছি।’ উন্নয়নের বর্ণনা দিয়ে প্রধানমন্ত্রী বলেন, ‘আমরা আরও উন্নয়ন করতে চাই।’",
    "শেখ হাসিনা বলেন, ‘ছোট নোটবুক দেওয়া হবে।’ প্রধানমন্ত্রী বলেন, বইয়ের গুদামে আগুন দেওয়া হয়েছিল।",
])
def test_the_bare_title_of_a_head_of_government_is_the_only_person_who_spoke_before(text: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == ["শেখ হাসিনা", "শেখ হাসিনা"]


@pytest.mark.parametrize("text, speaker", [
    ("হামলার ঘটনায় সোমালিয়ার আশপাশের দেশগুলোও উদ্বিগ্ন হয়ে পড়েছে। তারা আশঙ্কা করছে, সোমালিয়া আবার অরাজক "
     "পরিস্থিতির দিকে এগিয়ে যেতে পারে।", "সোমালিয়ার আশপাশের দেশগুলো"),
    ("হামলার পর গাড়িগুলো পুড়ে গেছে। তারা আশঙ্কা করছে, সোমালিয়া আবার অরাজক পরিস্থিতির দিকে এগিয়ে যেতে পারে।", None),
])
def test_tara_takes_up_countries_in_the_nominative_plural_of_the_sentence_before(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in _analyzed(text)] == [speaker]


def test_a_source_with_its_acronym_in_brackets_keeps_its_name() -> None:
    found = _analyzed("নির্বাচন কমিশন (ইসি) সূত্রে জানা গেছে, গতকাল ৩৭ হাজার প্রবাসীর কাছে পোস্টাল ব্যালট পাঠানো হয়েছে।")
    assert [q.speaker for q in found] == ["নির্বাচন কমিশন সূত্র"]


@pytest.mark.parametrize("org", ["ঢাকা চেম্বার অব কমার্স অ্যান্ড ইন্ডাস্ট্রি", "পানিয়াল পুকুর মডেল স্কুল অ্যান্ড কলেজ"])
def test_a_source_keeps_the_whole_long_name_the_tagger_found(org: str) -> None:
    found = _analyzed(f"{org} সূত্রে জানা গেছে, গতকাল ৩৭ হাজার প্রবাসীর কাছে পোস্টাল ব্যালট পাঠানো হয়েছে।")
    assert [q.speaker for q in found] == [f"{org} সূত্র"]


@pytest.mark.parametrize("text, told, speaker", [
    ("জেলা রিটার্নিং কর্মকর্তার কার্যালয় থেকে জানা গেছে, চার আসনে আওয়ামী লীগের প্রার্থীরা জয়ী হয়েছেন। প্রচারণা তেমন চোখে পড়ছে না।",
     "চার আসনে আওয়ামী লীগের প্রার্থীরা জয়ী হয়েছেন", "জেলা রিটার্নিং কর্মকর্তার কার্যালয়"),
    ("নিহত ব্যক্তিদের স্বজনদের সঙ্গে কথা বলে জানা গেছে, আবদুল হালিম আজ সকালে স্থানীয় বাজারে যান। সেখান থেকে ফেরার "
     "পথে দুর্ঘটনায় মারা যান তাঁর ভাই।", "আবদুল হালিম আজ সকালে স্থানীয় বাজারে যান", "নিহত ব্যক্তিদের স্বজনরা"),
    ("বিজিবির কাছ থেকে পাওয়া তালিকা থেকে জানা যায়, দুই গ্রামের পাঁচটি বাড়িতে প্রকাশ্যে মদ বেচাকেনা হয়।",
     "দুই গ্রামের পাঁচটি বাড়িতে প্রকাশ্যে মদ বেচাকেনা হয়", "বিজিবি"),
])
def test_what_was_learnt_from_an_office_or_by_talking_to_people_is_theirs(text: str, told: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in _analyzed(text)] == [(told, speaker)]


def test_what_was_learnt_from_a_place_names_no_source() -> None:
    assert _analyzed("সেখান থেকে জানা যায়, তিনজন আটক হয়েছেন।") == []


def test_a_name_written_without_its_genitive_before_hate_is_no_antecedent_of_tini() -> None:
    found = _analyzed("মনোনয়নপত্র জমা দিয়েছেন বিএনপির প্রার্থী ববি হাজ্জাজ। সকালে রিটার্নিং অফিসার মো. ইউনুচ আলী হাতে "
                      "মনোনয়নপত্র জমা দেন তিনি। সাংবাদিকদের উদ্দেশে তিনি বলেন, আমরা আশাবাদী আগামী নির্বাচন সুষ্ঠু হবে।")
    assert [q.speaker for q in found] == ["ববি হাজ্জাজ"]


@pytest.mark.parametrize("text, told, speaker", [
    ("বিএনপির প্রার্থী ববি হাজ্জাজ মনোনয়নপত্র জমা দেন। কৌশলগত কারণে ধানের শীষ প্রতীকে নির্বাচন করছেন জানিয়ে তিনি বলেন, "
     "আমরা জোটে ছিলাম, জোটে আছি।", "কৌশলগত কারণে ধানের শীষ প্রতীকে নির্বাচন করছেন", "ববি হাজ্জাজ"),
    ("সাধারণত তিনটি কারণে ফেসবুক পেজ সরিয়ে দেওয়া হয় জানিয়ে টেলিযোগাযোগ বিশেষজ্ঞ সুমন আহমেদ সাবির জাগো নিউজকে বলেন, "
     "‘আপনি এমন একটি ভিডিও পোস্ট করেছেন।’", "সাধারণত তিনটি কারণে ফেসবুক পেজ সরিয়ে দেওয়া হয়", "সুমন আহমেদ সাবির"),
])
def test_a_clause_told_with_janiye_before_the_speech_verb_is_its_subjects(text: str, told: str, speaker: str) -> None:
    assert (told, speaker) in [(q.text, q.speaker) for q in _analyzed(text)]


@pytest.mark.parametrize("text", [
    "পরিবারের সদস্যদের প্রতি সমবেদনা জানিয়ে শেখ হাসিনা বলেন, তিনি শোকাহত।",
    "আনুষ্ঠানিকভাবে না জানিয়ে আসন সমঝোতার দিকে গেছে এনসিপি, তিনি বলেন।",
])
def test_condolences_or_not_telling_with_janiye_report_nothing_before_it(text: str) -> None:
    assert not any(q.cue == "জানিয়ে" for q in _analyzed(text))


# ------------------------------------------------------------------------------------------------
# A press review (BBC Bangla's daily "what the papers say"): each story is the newspaper's

def test_a_press_review_story_is_the_newspapers() -> None:
    text = normalize(
        "'আওয়ামী তিন নেতা স্বতন্ত্র প্রার্থী হলেন' আজকের পত্রিকার শিরোনাম। খবরে বলা হচ্ছে, আওয়ামী লীগ এবারের "
        "নির্বাচনে দলীয়ভাবে অংশ নিতে পারছে না।\n"
        "অতিরিক্ত ব্যয়ের মেগা প্রকল্প অনুমোদন— বণিক বার্তার প্রধান শিরোনাম এটি। এই খবরে বলা হয়েছে, প্রথম সভায় "
        "প্রধান উপদেষ্টা মুহাম্মদ ইউনূস বলেছিলেন, 'এখন থেকে মেগা প্রকল্প না নিয়ে ছোট প্রকল্প নেওয়া হবে।'\n"
        "মানবজমিনের প্রথম পাতার একটি খবরের শিরোনাম— পরিস্থিতি নজরে রাখছে ভারত। এই খবরে বলা হয়েছে, দেশের "
        "রাজনৈতিক পরিস্থিতি ভারত গুরুত্বের সঙ্গে পর্যবেক্ষণ করছে।\n"
        "যুগান্তর পত্রিকার খবর- আদানিকে চিঠি। গত সপ্তাহে আদানিকে পাঠানো এক চিঠিতে বাংলাদেশ বিদ্যুৎ উন্নয়ন বোর্ড "
        "জানিয়েছে, আদানির বিদ্যুতের দাম তুলনামূলক বেশি। "
        "চিঠিতে বলা হয়, চুক্তির কয়েকটি শর্ত বাংলাদেশের স্বার্থের সঙ্গে সাংঘর্ষিক।")
    entities = _people(text, "মুহাম্মদ ইউনূস") + [_entity(text, "বাংলাদেশ বিদ্যুৎ উন্নয়ন বোর্ড", "ORG",
                                                                 "বাংলাদেশ বিদ্যুৎ উন্নয়ন বোর্ড")]
    found = {q.text: q for q in quotes(text, entities=entities)}
    assert found["আওয়ামী লীগ এবারের নির্বাচনে দলীয়ভাবে অংশ নিতে পারছে না"].speaker == "আজকের পত্রিকা"
    assert found["দেশের রাজনৈতিক পরিস্থিতি ভারত গুরুত্বের সঙ্গে পর্যবেক্ষণ করছে"].speaker == "মানবজমিন"
    # the review's words that introduce a quotation are no report of their own; the quotation is who said it
    assert found["এখন থেকে মেগা প্রকল্প না নিয়ে ছোট প্রকল্প নেওয়া হবে।"].speaker == "মুহাম্মদ ইউনূস"
    assert not any(t.endswith("বলেছিলেন") for t in found)
    # a document named after the cue, and a paper whose name ends in -দ (সংবাদের is no plural of সংবা)
    text2 = normalize("মৌসুমের প্রথম শৈত্যপ্রবাহ— সংবাদের প্রথম পাতার খবর এটি। দেশের বিভিন্ন এলাকায় মৃদু শৈত্যপ্রবাহ বয়ে "
                      "যাওয়ার কথা বলা হয়েছে এই খবরে।")
    assert {q.text: q.speaker for q in quotes(text2)} == {"দেশের বিভিন্ন এলাকায় মৃদু শৈত্যপ্রবাহ বয়ে যাওয়ার": "সংবাদ"}
    # a letter reported in the story is its sender's, not the newspaper's
    assert found["চুক্তির কয়েকটি শর্ত বাংলাদেশের স্বার্থের সঙ্গে সাংঘর্ষিক"].speaker == "বাংলাদেশ বিদ্যুৎ উন্নয়ন বোর্ড"


def test_an_object_after_a_naming_converb_is_not_who_speaks() -> None:
    text = normalize("পররাষ্ট্র উপদেষ্টা তৌহিদ হোসেন বলেন, নসিহতের প্রয়োজন নেই। \"প্রতিবেশীদের উপদেশ আমরা চাই না\" উল্লেখ করে "
                     "এই বিষয়ে দিল্লির ভূমিকাকে সম্পূর্ণ 'অগ্রহণযোগ্য' বলে মন্তব্য করেন তিনি।")
    found = {q.text: q.speaker for q in quotes(text, entities=_people(text, "তৌহিদ হোসেন"))}
    assert found == {"নসিহতের প্রয়োজন নেই": "তৌহিদ হোসেন", "প্রতিবেশীদের উপদেশ আমরা চাই না": "তৌহিদ হোসেন",
                     "অগ্রহণযোগ্য": "তৌহিদ হোসেন"}


@pytest.mark.parametrize("talk", [
    "সকালে গ্রামের হাটে কথা হয় এক চা দোকানির সঙ্গে।",
    "সকালে গ্রামের হাটে কথা হলো এক চা দোকানির সাথে।",
])
def test_the_one_talked_with_after_the_verb_is_the_next_tini(talk: str) -> None:
    """"কথা হয় এক পান দোকানির সঙ্গে। … । পরে তিনি জানান, …": the verb first, the one talked with after it,
    as in "এক পান দোকানির সঙ্গে কথা হয়"."""
    text = normalize("শেখ হাসিনা এখন ভারতে আছেন। " + talk + " শুরুতে ভয়ে কিছু বলতে চাইছিলেন না। পরে তিনি জানান, "
                     "রাতে একদল লোক এসে দোকান ভাঙচুর করে।")
    found = {q.text: q.speaker for q in quotes(text, entities=_people(text, "শেখ হাসিনা"))}
    assert found.get("রাতে একদল লোক এসে দোকান ভাঙচুর করে") == "এক চা দোকানি", found


@pytest.mark.parametrize("statement", ["এক বিবৃতি", "একটি বক্তব্য", "বিবৃতি"])
def test_the_one_whose_statement_is_quoted_speaks_not_the_paper_that_quotes_it(statement: str) -> None:
    """"X-এর এক বিবৃতি উদ্ধৃত করে Y জানিয়েছে যে, …": X speaks, as in "X-কে উদ্ধৃত করে Y জানিয়েছে"."""
    text = normalize("আসাম পুলিশের মহাপরিচালক রঞ্জিত বড়ুয়ার " + statement + " উদ্ধৃত করে দৈনিক সমাচার জানিয়েছে যে, "
                     "সীমান্ত এলাকা থেকে কাউকে আটক করা হয়নি।")
    chief = _entity(text, "রঞ্জিত বড়ুয়া", "PERSON", "রঞ্জিত বড়ুয়ার")
    paper = _entity(text, "দৈনিক সমাচার", "ORG", "দৈনিক সমাচার")
    q = _one(text, "সীমান্ত এলাকা থেকে কাউকে আটক করা হয়নি", entities=[chief, paper])
    assert q.speaker == "রঞ্জিত বড়ুয়া"


def test_the_person_described_whom_the_reporter_talked_with_is_the_next_tini() -> None:
    text = normalize("শেখ হাসিনা এখন ভারতে আছেন। আওয়ামী লীগকে ভোট দিতে যাবেন না - অনেক ভোটার এমন কথাও প্রকাশ্যে "
                     "বলেছেন। গোপালপুর গ্রামের একজন নারী ভোটারের সঙ্গে কথা হয় বিবিসি বাংলার, তিনি জানিয়েছেন, এখনও কেউ ভোট "
                     "চাইতে তাদের কাছে যাননি।")
    found = {q.text: q.speaker for q in quotes(text, entities=_people(text, "শেখ হাসিনা"))}
    assert found.get("এখনও কেউ ভোট চাইতে তাদের কাছে যাননি") == "একজন নারী ভোটার", found
    assert "এমন কথা" not in found.values()


def test_a_bare_title_with_the_acronym_of_the_affiliation_is_the_person_so_titled() -> None:
    text = normalize('নির্বাচন কমিশন সচিব আখতার আহমেদ বিবিসি বাংলাকে বলেন, "আমরা মতামত নিয়েছি।" প্রার্থীরা লিফলেট ব্যবহার '
                     'করতে পারবেন। ইসি সচিব বলেন, "পোস্টারের ওপর পোস্টার লাগানো হয়।"')
    commission = _entity(text, "নির্বাচন কমিশন", "ORG", "নির্বাচন কমিশন", "ইসি")
    q = _one(text, "পোস্টারের ওপর পোস্টার লাগানো হয়।", entities=_people(text, "আখতার আহমেদ") + [commission])
    assert q.speaker == "আখতার আহমেদ"


@pytest.mark.parametrize("text, speaker", [
    ("রাজনৈতিক বিশ্লেষকদের অনেকে মনে করেন, এনসিপি এখন চাপে আছে।", "রাজনৈতিক বিশ্লেষকদের অনেকে"),
    ("বিশ্লেষকদের কেউ কেউ বলছেন, এনসিপি এখন চাপে আছে।", "বিশ্লেষকদের কেউ কেউ"),
    # a plain group stays what it is, with its emphatic -ই too
    ("অনেকে মনে করেন, এনসিপি এখন চাপে আছে।", "অনেকে"),
    ("জামায়াতের সাথে সমঝোতায় পৌঁছানোর ঘোষণার পর অনেকেই মনে করছেন, এনসিপি এখন চাপে আছে।", "অনেকেই"),
])
def test_some_of_a_group_in_the_genitive_are_the_speakers(text: str, speaker: str) -> None:
    q = _one(text, "এনসিপি এখন চাপে আছে")
    assert (q.speaker, q.source_type) == (speaker, "group")


def test_the_one_named_as_an_example_of_a_group_holds_its_view() -> None:
    text = normalize("হুমায়ুন কবিরের মতো বাংলাদেশের সাবেক কূটনীতিকদের মতে, ভারতকে যোগাযোগ বাড়াতে হবে। "
                     "\"আমরা প্রতিবেশী,\" বলেন তিনি।")
    found = {q.text: q.speaker for q in quotes(text, entities=_people(text, "হুমায়ুন কবির"))}
    assert found == {"ভারতকে যোগাযোগ বাড়াতে হবে": "হুমায়ুন কবির", "আমরা প্রতিবেশী": "হুমায়ুন কবির"}


def test_a_view_attributed_with_mote_is_summed_up_in_two_sentences_at_most() -> None:
    # (a commentators' view, "অর্থনীতিবিদদের মতে", is one sentence: see
    # test_a_body_of_opinion_is_reported_in_one_sentence)
    text = normalize("অর্থনীতিবিদ আবদুল করিমের মতে, খেলাপি ঋণ এখন বড় সমস্যা। ফলে ব্যাংকের আস্থা কমছে। "
                     "সরকার নতুন নীতিমালা করছে। ব্যাংকগুলো আরও চাপে পড়বে।")
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["খেলাপি ঋণ এখন বড় সমস্যা। ফলে ব্যাংকের আস্থা কমছে"], found


@pytest.mark.parametrize("text, speaker", [
    ('তাদের সঙ্গে আলাপচারিতায় মিহির কবিরাজ নামের একজন বলেন, "ভোট দিতে পারবো।"', "মিহির কবিরাজ"),
    ('সঞ্জিত কুমার নামে একজন বলেন, "ভোট দিতে পারবো।"', "সঞ্জিত কুমার"),
    ('এ সময় সাজিদ নামে এক ছাত্রদল কর্মী বলেন, "ভোট দিতে পারবো।"', "সাজিদ"),
    # a name ending like a place word (-ে), an age in parentheses between it and নামে
    ('সন্দীপ লামিচানে নামে এক বাসিন্দা বলেন, "ভোট দিতে পারবো।"', "সন্দীপ লামিচানে"),
    ('চন্ডিকা হাথুরুসিংহে (৪৫) নামের এক ব্যবসায়ী বলেন, "ভোট দিতে পারবো।"', "চন্ডিকা হাথুরুসিংহে"),
])
def test_someone_introduced_by_name_speaks_under_that_name(text: str, speaker: str) -> None:
    text = normalize(text)
    name = speaker
    q = _one(text, "ভোট দিতে পারবো।", entities=_people(text, name))
    assert q.speaker == speaker


def test_a_titled_name_before_namer_is_not_the_stranger_who_speaks() -> None:
    # a translated list: the director is named, and an analyst (someone else) speaks
    text = normalize("প্রতিনিধি দলে যুদ্ধাস্ত্র শিল্প বিভাগের পরিচালক জো চুন রিয়ং নামে একজন বিশ্লেষক বলেছেন, যে সফরটি "
                     "সহযোগিতার দিকে মনোনিবেশ করবে।")
    q = _one(text, "সফরটি সহযোগিতার দিকে মনোনিবেশ করবে", entities=_people(text, "জো চুন রিয়ং"))
    assert q.speaker == "একজন বিশ্লেষক"


@pytest.mark.parametrize("text, label, speaker", [
    ("শতভাগ ভোট পড়ে। নির্বাচন বিশ্লেষকদের অনেকেই এই ফলাফলকে অবিশ্বাস্য বলে আখ্যাও দিয়েছেন।", "অবিশ্বাস্য",
     "নির্বাচন বিশ্লেষকদের অনেকেই"),
    ("পশু জবাই বিষয়ে তার বক্তব্যকে অনেকেই ইসলামবিদ্বেষী ও ঘৃণামূলক বলে আখ্যা দেন।", "ইসলামবিদ্বেষী ও ঘৃণামূলক",
     "অনেকেই"),
    # what a thing is dismissed as is a label too
    ("মুখপাত্র মাহবুবুল আলম এক বিবৃতিতে অভিযোগটিকে সম্পূর্ণ ভিত্তিহীন বলে প্রত্যাখ্যান করেন।", "সম্পূর্ণ ভিত্তিহীন",
     "মাহবুবুল আলম"),
])
def test_an_unquoted_label_given_to_an_object_is_the_words_after_it(text: str, label: str, speaker: str) -> None:
    found = {q.text: q.speaker for q in quotes(normalize(text)) if q.kind == "indirect"}
    assert found == {label: speaker}


@pytest.mark.parametrize("text, expected", [
    ("তথ্যমন্ত্রী মনীষ তিওয়ারি এই প্রচারকে ‘সম্পূর্ণ ভিত্তিহীন’ ও ‘নিছক জল্পনা’ বলে উড়িয়ে দিয়েছেন।",
     [("direct", "সম্পূর্ণ ভিত্তিহীন", "মনীষ তিওয়ারি"), ("direct", "নিছক জল্পনা", "মনীষ তিওয়ারি")]),
    ("মন্ত্রী রহিম উদ্দিন অভিযোগটিকে ‘ষড়যন্ত্রমূলক’ বলে নাকচ করে দিয়েছেন।",
     [("direct", "ষড়যন্ত্রমূলক", "রহিম উদ্দিন")]),
    # alone, these verbs report nothing: a proposal turned down, a bridge blown up
    ("বিএনপি এই প্রস্তাব প্রত্যাখ্যান করেছে। দুর্বৃত্তরা সেতুটি উড়িয়ে দিয়েছে।", []),
])
def test_words_something_is_dismissed_as_are_the_dismissers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


def test_a_view_after_a_dash_belongs_to_the_one_named_before_it() -> None:
    text = normalize("বিএনপি নিয়ে বই লিখেছেন মহিউদ্দিন আহমদ - তাঁর মতে, সেই সময় থেকেই খালেদা জিয়া হয়ে উঠেন বিএনপির "
                     "অবিচ্ছেদ্য অংশ। বিবিসি বাংলাকে তিনি বলেন, জিয়াউর রহমান দল তৈরি করেছেন।")
    found = {q.text: q.speaker for q in quotes(text, entities=_people(text, "মহিউদ্দিন আহমদ", "খালেদা জিয়া",
                                                                        "জিয়াউর রহমান"))}
    assert found == {"সেই সময় থেকেই খালেদা জিয়া হয়ে উঠেন বিএনপির অবিচ্ছেদ্য অংশ": "মহিউদ্দিন আহমদ",
                     "জিয়াউর রহমান দল তৈরি করেছেন": "মহিউদ্দিন আহমদ"}


def test_reported_speech_stops_at_an_event_the_reporter_places_on_a_weekday_after_the_verb() -> None:
    text = normalize("পররাষ্ট্রমন্ত্রী উইনস্টন পিটার্স জানিয়েছেন, পার্লামেন্টে এই চুক্তির বিরোধিতা করবে তার দল। দুই দেশের "
                     "মধ্যে আলোচনা চূড়ান্ত হওয়ার বিষয়ে ঘোষণা করা হয় চলতি সপ্তাহের সোমবার।")
    q = _one(text, "পার্লামেন্টে এই চুক্তির বিরোধিতা করবে তার দল", entities=_people(text, "উইনস্টন পিটার্স"))
    assert q.speaker == "উইনস্টন পিটার্স"


def test_a_quoted_term_right_before_a_cue_is_said_by_the_name_opening_the_clause() -> None:
    text = normalize("এর মধ্যে গত শুক্রবার ভারতের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র রণধীর জয়সোয়াল এক সংবাদ সম্মেলনে "
                     "বাংলাদেশে সংখ্যালঘুদের বিরুদ্ধে ‘২৯০০টি সহিংস ঘটনার’ অভিযোগ করেন।")
    q = _one(text, "২৯০০টি সহিংস ঘটনার", entities=_people(text, "রণধীর জয়সোয়াল"))
    assert q.speaker == "রণধীর জয়সোয়াল"


@pytest.mark.parametrize("after, goes_on", [
    ("বিএনপির নেতাদের সাথে কথা বলে যে ধারণা পাওয়া গেছে তাহলো জয় নিশ্চিত হবে।", False),
    ("গুঞ্জন ছিল যে প্রশিক্ষণের সময়সীমা আরও বাড়ানো হতে পারে।", False),  # a rumour the reporter heard
    # what cannot be found is said by the speaker
    ("কিন্তু বাস্তবে সেই শিক্ষা প্রয়োগ করার মতো সুযোগ খুব একটা পাওয়া যায় না।", True),
])
def test_what_the_reporter_found_out_ends_reported_speech(after: str, goes_on: bool) -> None:
    text = normalize("অধ্যাপক রহিম উদ্দিন বলেন, প্রশিক্ষণ এখন আরও জরুরি হয়ে পড়েছে। " + after)
    q = next(q for q in quotes(text, entities=_people(text, "রহিম উদ্দিন")) if q.kind == "indirect")
    assert (after.rstrip("।") in q.text) is goes_on, q.text


@pytest.mark.parametrize("text, content, speaker", [
    ("চাহিদা বাড়ছে। বাংলাদেশ ব্যাংকের সর্বশেষ পরিসংখ্যান অনুযায়ী, মোট ঋণের ৩৬ শতাংশই খেলাপিতে পরিণত হয়েছে। "
     "বর্তমানে দেশে ৬১টি ব্যাংক আছে।", "মোট ঋণের ৩৬ শতাংশই খেলাপিতে পরিণত হয়েছে", "বাংলাদেশ ব্যাংক"),
    ("সরবরাহ কমেছে। পেট্রোবাংলার তথ্যানুযায়ী, এবার দেশে গ্যাসের সরবরাহ সর্বনিম্ন।",
     "এবার দেশে গ্যাসের সরবরাহ সর্বনিম্ন", "পেট্রোবাংলা"),
    ("দুজন নিহত হন। পুলিশের দেওয়া তথ্য অনুযায়ী, পাংশায় দীর্ঘদিন ধরেই চাঁদাবাজি চলছে।",
     "পাংশায় দীর্ঘদিন ধরেই চাঁদাবাজি চলছে", "পুলিশ"),
])
def test_the_data_a_source_gives_is_its_report_in_one_sentence(text: str, content: str, speaker: str) -> None:
    text = normalize(text)
    orgs = [_entity(text, name, "ORG", name) for name in ("বাংলাদেশ ব্যাংক", "পেট্রোবাংলা") if name in text]
    assert {q.text: q.speaker for q in quotes(text, entities=orgs)} == {content: speaker}


@pytest.mark.parametrize("text, name, form, content", [
    ("ঝুঁকি বাড়ছে। আমেরিকান হার্ট অ্যাসোসিয়েশনের (এএইচএ) প্রতিবেদন অনুযায়ী, গ্রীষ্মকালে তাপপ্রবাহের কারণে হার্ট "
     "অ্যাটাকের ঝুঁকি থাকে।", "আমেরিকান হার্ট অ্যাসোসিয়েশন", "আমেরিকান হার্ট অ্যাসোসিয়েশনের",
     "গ্রীষ্মকালে তাপপ্রবাহের কারণে হার্ট অ্যাটাকের ঝুঁকি থাকে"),
    # the name in brackets, when the article knows it, is the source
    ("সরবরাহ কমেছে। বাংলাদেশ তেল, গ্যাস ও খনিজসম্পদ কর্পোরেশনের (পেট্রোবাংলার) তথ্যমতে, দেশে গ্যাসের চাহিদা চার "
     "হাজার মিলিয়ন ঘনফুট।", "পেট্রোবাংলা", "পেট্রোবাংলার", "দেশে গ্যাসের চাহিদা চার হাজার মিলিয়ন ঘনফুট"),
])
def test_a_source_named_in_brackets_after_its_genitive_still_gives_the_data(text: str, name: str, form: str,
                                                                          content: str) -> None:
    text = normalize(text)
    assert _one(text, content, entities=[_entity(text, name, "ORG", form)]).speaker == name


@pytest.mark.parametrize("text, content", [
    ("মনোনয়ন জমা চলছে। নির্বাচন কমিশনের নির্দেশনা অনুযায়ী, কোনো প্রার্থী মিছিল নিয়ে মনোনয়নপত্র জমা দিতে পারবেন না।",
     "কোনো প্রার্থী মিছিল নিয়ে মনোনয়নপত্র জমা দিতে পারবেন না"),
    ("মনোনয়ন জমা শেষ। নির্বাচন কমিশনের ঘোষিত তফসিল অনুযায়ী, আগামীকাল থেকে চলবে বাছাই প্রক্রিয়া।",
     "আগামীকাল থেকে চলবে বাছাই প্রক্রিয়া"),
])
def test_the_rules_a_named_body_issued_are_its_report(text: str, content: str) -> None:
    text = normalize(text)
    commission = _entity(text, "নির্বাচন কমিশন", "ORG", "নির্বাচন কমিশনের")
    assert _one(text, content, entities=[commission]).speaker == "নির্বাচন কমিশন"


@pytest.mark.parametrize("text, content, speaker", [
    ("প্রার্থীরা প্রচারে নেমেছেন। নির্বাচন কমিশনের প্রকাশিত তালিকা অনুযায়ী, এবারের নির্বাচনে প্রার্থীর সংখ্যা উল্লেখযোগ্য।",
     "এবারের নির্বাচনে প্রার্থীর সংখ্যা উল্লেখযোগ্য", "নির্বাচন কমিশন"),
    ("এটি একটি অধ্যায়ের ইতি। আন্তর্জাতিক সংবাদমাধ্যমের বিবরণ অনুযায়ী, ২০২০ সালের পর তিনি রাজনীতিতে অনিয়মিত হয়ে পড়েন।",
     "২০২০ সালের পর তিনি রাজনীতিতে অনিয়মিত হয়ে পড়েন", "আন্তর্জাতিক সংবাদমাধ্যম"),
    # one sentence, as the data a source gives
    ("দলটি জোটে গেছে। সমাজ বিশ্লেষকদের বক্তব্য অনুযায়ী, এনসিপি একটি আন্দোলনের দল। এর আগে দলটি একা লড়েছিল।",
     "এনসিপি একটি আন্দোলনের দল", "সমাজ বিশ্লেষকরা"),
])
def test_a_sources_list_or_account_cited_with_a_comma_is_its_report(text: str, content: str, speaker: str) -> None:
    text = normalize(text)
    commission = [_entity(text, "নির্বাচন কমিশন", "ORG", "নির্বাচন কমিশনের")] if "কমিশনের" in text else []
    assert {q.text: q.speaker for q in quotes(text, entities=commission) if q.kind == "indirect"} == {content: speaker}


def test_the_data_on_a_website_is_its_owners() -> None:
    text = normalize("ভোটার বেড়েছে। ইসির ওয়েবসাইটের তথ্য অনুযায়ী, নিবন্ধনকারী পোস্টাল ভোটার ছিল ৯ লাখ।")
    commission = _entity(text, "নির্বাচন কমিশন", "ORG", "ইসির")
    q = _one(text, "নিবন্ধনকারী পোস্টাল ভোটার ছিল ৯ লাখ", entities=[commission])
    assert q.speaker == "নির্বাচন কমিশন"


@pytest.mark.parametrize("text", [
    "আইন অনুযায়ী, সবাইকে কর দিতে হবে।",  # a rule, no source
    "শেষ সময়ের তথ্য অনুযায়ী, অধিকাংশ প্রার্থী মনোনয়নপত্র জমা দিয়েছেন।",  # a time, no source
    "ইসির তথ্য অনুযায়ী ভোটার বেড়েছে।",  # no comma: a phrase of the sentence
    "নির্বাচনের তফসিল অনুসারে, ৩০ ডিসেম্বর থেকে যাচাই-বাছাই হবে।",  # the genitive names no body
])
def test_according_to_a_rule_or_a_time_is_no_report(text: str) -> None:
    assert quotes(normalize(text)) == []


def test_a_relative_clause_after_a_comma_opens_the_content_closed_by_bole() -> None:
    text = normalize("নিষেধাজ্ঞার আওতায় ছিলেন জার্মান সংস্থার দুই কর্মী, যারা আইন কার্যকর করতে সাহায্য করেছে বলে "
                     "পররাষ্ট্র দপ্তর জানিয়েছে।")
    found = {q.text: q.speaker for q in quotes(text)}
    assert found == {"যারা আইন কার্যকর করতে সাহায্য করেছে": "পররাষ্ট্র দপ্তর"}


def test_a_relative_pronoun_without_a_subject_after_the_cue_is_who_the_correlative_names() -> None:
    text = normalize("এসব তথ্য তাদের ভূমিকা তুলে ধরে এবং সেসব বুদ্ধিজীবীকে মিথ্যাবাদী প্রমাণ করে, যারা পাকিস্তান "
                     "প্রতিষ্ঠাকে ইংরেজদের ষড়যন্ত্র বলে মনে করেন।")
    q = _one(text, "পাকিস্তান প্রতিষ্ঠাকে ইংরেজদের ষড়যন্ত্র")
    assert (q.speaker, q.source_type) == ("সেসব বুদ্ধিজীবী", "group")


def test_copies_of_a_quote_that_differ_in_a_space_before_a_comma_are_one() -> None:
    text = normalize("আদিলুর রহমান খান বলছেন, সরকার অঙ্গীকার করছে, সতর্ক থাকতে হবে। আদিলুর রহমান খান বলছেন, সরকার "
                     "অঙ্গীকার করছে , সতর্ক থাকতে হবে।")
    found = [q for q in quotes(text, entities=_people(text, "আদিলুর রহমান খান"))]
    assert len(found) == 1, found


def test_a_name_closing_the_sentence_after_the_verb_speaks_though_a_clause_comes_before_it() -> None:
    text = normalize('বিএনপির সদস্য সালাহউদ্দিন আহমদ কথা বলেন। "এই বিষয়ে ধোঁয়াশা থাকা ঠিক না, তিনি পাসপোর্ট নেন নাই," '
                     'বিবিসি বাংলাকে তারেক রহমান আসার আগে বলছিলেন সালাহউদ্দিন আহমদ।')
    q = _one(text, "এই বিষয়ে ধোঁয়াশা থাকা ঠিক না, তিনি পাসপোর্ট নেন নাই",
             entities=_people(text, "সালাহউদ্দিন আহমদ", "তারেক রহমান"))
    assert q.speaker == "সালাহউদ্দিন আহমদ"


def test_a_bare_title_closing_the_sentence_before_is_the_next_tini() -> None:
    text = normalize('পররাষ্ট্র উপদেষ্টা তৌহিদ হোসেন সংবাদ সম্মেলন করেন। আওয়ামী লীগের সাধারণ সম্পাদক ওবায়দুল কাদের '
                     'বলেছিলেন, "ভারত পাশে দাঁড়িয়েছিলো"। সংবাদ সম্মেলনে সেই প্রসঙ্গও টানেন পররাষ্ট্র উপদেষ্টা। তিনি বলেন, '
                     '"তারা জানে সরকারের সাথে তাদের মধুর সম্পর্ক ছিল।"')
    q = _one(text, "তারা জানে সরকারের সাথে তাদের মধুর সম্পর্ক ছিল।",
             entities=_people(text, "তৌহিদ হোসেন", "ওবায়দুল কাদের"))
    assert q.speaker == "তৌহিদ হোসেন"


def test_a_slogan_in_a_list_whose_opening_mark_was_lost_is_still_chanted() -> None:
    text = normalize("এসময় মঞ্চের নেতাকর্মীরা ‘আপস না বিপ্লব, বিপ্লব বিপ্লব’, ‘আমরা সবাই হাদি হবো’, শাহবাগ না ইনসাফ, "
                     "ইনসাফ ইনসাফ’, ‘সুশীলতার দিন শেষ, বিচার চাই বাংলাদেশ’ প্রভৃতি স্লোগান দেন।")
    found = {q.text: q.speaker for q in quotes(text)}
    assert found == {slogan: "মঞ্চের নেতাকর্মীরা" for slogan in (
        "আপস না বিপ্লব, বিপ্লব বিপ্লব", "আমরা সবাই হাদি হবো", "শাহবাগ না ইনসাফ, ইনসাফ ইনসাফ",
        "সুশীলতার দিন শেষ, বিচার চাই বাংলাদেশ")}
    # an apostrophe after a word in an ordinary sentence opens nothing
    assert quotes(normalize("তিনি TASS’র খবর পড়েন, আর বিটিএমএ’ সম্পর্কে জানেন।")) == []


@pytest.mark.parametrize("issued", [
    "এর আগে, মুক্তিযুদ্ধ বিষয়ক মন্ত্রণালয় এ বিষয়ে প্রজ্ঞাপন জারি করে।",
    "এর আগে এ বিষয়ে প্রজ্ঞাপন জারি করে মুক্তিযুদ্ধ বিষয়ক মন্ত্রণালয়।",
])
def test_a_document_is_its_issuers_though_they_never_spoke_before(issued: str) -> None:
    text = normalize("তালিকা ২৪ ডিসেম্বর প্রকাশ করা হয়েছে। " + issued + " প্রজ্ঞাপনে বলা হয়, আইনের ধারা অনুযায়ী "
                     "তালিকা বাতিল করা হয়েছে।")
    ministry = _entity(text, "মুক্তিযুদ্ধ বিষয়ক মন্ত্রণালয়", "ORG", "মুক্তিযুদ্ধ বিষয়ক মন্ত্রণালয়")
    q = _one(text, "আইনের ধারা অনুযায়ী তালিকা বাতিল করা হয়েছে", entities=[ministry])
    assert q.speaker == "মুক্তিযুদ্ধ বিষয়ক মন্ত্রণালয়"


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # issued "from" an office, two sentences of other matters between
    ("সোমবার পরিবেশ মন্ত্রণালয়ের বন শাখা থেকে জারি করা এক প্রজ্ঞাপনে এ তথ্য জানানো হয়। উপসচিব মো. কামাল "
     "হোসেন এই প্রজ্ঞাপনে সই করেন। বরখাস্ত হওয়া কর্মকর্তারা হলেন রফিকুল ইসলাম ও জামাল উদ্দিন। প্রজ্ঞাপনে বলা হয়, "
     "তাদের বিরুদ্ধে বিভাগীয় মামলা চলবে।",
     "তাদের বিরুদ্ধে বিভাগীয় মামলা চলবে", "পরিবেশ মন্ত্রণালয়ের বন শাখা"),
    ("বৃহস্পতিবার কেন্দ্রীয় ব্যাংকের মুদ্রানীতি বিভাগ থেকে জারিকৃত একটি সার্কুলারে এ তথ্য জানানো হয়েছে। এর ফলে "
     "আমদানিকারকেরা বেশি সময় পাবেন। ঋণপত্র খোলার খরচও কমবে। সার্কুলারে আরও বলা হয়েছে, ব্যাংকগুলোকে ঝুঁকি যাচাই "
     "করতে হবে।",
     "ব্যাংকগুলোকে ঝুঁকি যাচাই করতে হবে", "কেন্দ্রীয় ব্যাংকের মুদ্রানীতি বিভাগ"),
])
def test_a_bare_document_is_the_one_issued_earlier_by_a_named_office(text: str, quoted: str, speaker: str) -> None:
    """"X থেকে জারি করা এক প্রজ্ঞাপনে … । … । … । প্রজ্ঞাপনে বলা হয়, …": the document taken up again is
    the one X issued, however many sentences back, not a document speaking for itself."""
    assert _one(text, quoted).speaker == speaker


@pytest.mark.parametrize("opening", ["কানাডা হাইকমিশন", "কানাডা হাইকমিশনও"])
def test_taara_is_the_organisation_opening_the_sentence_before_not_an_older_speaker(opening: str) -> None:
    """"X এক বার্তায় জানিয়েছে, … । Y-ও গভীর শোক প্রকাশ করেছে। তারা বলেছে, …": the organisation that is
    the subject of the sentence just before is who তারা takes up, not the organisation that spoke before."""
    text = normalize("ঢাকার জার্মান দূতাবাস এক বার্তায় জানিয়েছে, তিনি দেশের রাজনীতিতে গুরুত্বপূর্ণ ভূমিকা রেখেছেন। "
                     + opening + " গভীর শোক প্রকাশ করেছে। তারা বলেছে, এই মৃত্যুতে আমরা গভীরভাবে দুঃখিত।")
    embassy = _entity(text, "জার্মান দূতাবাস", "ORG", "জার্মান দূতাবাস")
    mission = _entity(text, "কানাডা হাইকমিশন", "ORG", opening)
    q = _one(text, "এই মৃত্যুতে আমরা গভীরভাবে দুঃখিত", entities=[embassy, mission])
    assert (q.speaker, q.speaker_mention) == ("কানাডা হাইকমিশন", "তারা")


def test_an_organisation_only_modifying_the_subject_before_is_not_taara() -> None:
    """"বিসিবি পরিচালক মিতু … কথা বলেছেন। তারা বলেছে": the organisation opening the sentence before only
    describes its subject (a role follows it), so তারা is not the board."""
    text = normalize("ঢাকার জার্মান দূতাবাস এক বার্তায় জানিয়েছে, তিনি দেশের রাজনীতিতে গুরুত্বপূর্ণ ভূমিকা রেখেছেন। "
                     "বিসিবি পরিচালক মিতু দুই ক্রিকেটারের সঙ্গে কথা বলেছেন। তারা বলেছে, আমরা প্রতিবাদ করেছিলাম।")
    embassy = _entity(text, "জার্মান দূতাবাস", "ORG", "জার্মান দূতাবাস")
    board = _entity(text, "বিসিবি", "ORG", "বিসিবি")
    q = _one(text, "আমরা প্রতিবাদ করেছিলাম", entities=[embassy, board])
    assert q.speaker != "বিসিবি"


def test_taara_after_two_people_joined_in_the_sentence_before_is_both() -> None:
    text = normalize("কুড়িগ্রাম-১ আসনে প্রার্থী অধ্যাপক আনোয়ারুল ইসলাম এবং কুড়িগ্রাম-২ আসনে অ্যাডভোকেট ইয়াসিন আলী "
                     "মনোনয়নপত্র জমা দেন। তারা দাবি করেন, এখন পর্যন্ত কাউকে আসন ছেড়ে দেওয়ার সিদ্ধান্ত হয়নি।")
    q = _one(text, "এখন পর্যন্ত কাউকে আসন ছেড়ে দেওয়ার সিদ্ধান্ত হয়নি",
             entities=_people(text, "আনোয়ারুল ইসলাম", "ইয়াসিন আলী"))
    assert (q.speaker, q.source_type) == ("আনোয়ারুল ইসলাম ও ইয়াসিন আলী", "group")


@pytest.mark.parametrize("listed, speaker", [
    # three listed with commas and a last ও, the last in the genitive of the ones contacted
    ("পুলিশের কর্মকর্তা শফিকুল, তোফায়েল ও সেলিমের সঙ্গে যোগাযোগ করা হলে তাঁরা অভিযোগ অস্বীকার করেন।",
     "শফিকুল, তোফায়েল ও সেলিম"),
    ("শফিকুল, তোফায়েল ও সেলিম অভিযোগ অস্বীকার করেন।", "শফিকুল, তোফায়েল ও সেলিম"),
    # a third person named in the nominative outside the list: who "they" are is not clear
    ("শফিকুল ও তোফায়েল অভিযোগ অস্বীকার করেন, জানান সেলিম।", "স্বজনেরা"),
])
def test_taara_after_people_listed_in_the_sentence_before_is_all_of_them(listed: str, speaker: str) -> None:
    text = normalize("তিনি আত্মগোপনে আছেন বলে স্বজনেরা জানিয়েছেন। " + listed
                     + " তাঁরা বলেন, তানভীরের বিরুদ্ধে কোনো মামলা ছিল না।")
    people = []
    for name in ("শফিকুল", "তোফায়েল", "সেলিম"):
        i = text.index(name)
        surface = text[i:].split()[0].rstrip(",।")
        people.append(Entity(name=name, type="PERSON", mentions=(Mention(i, i + len(surface), surface),)))
    assert _one(text, "তানভীরের বিরুদ্ধে কোনো মামলা ছিল না", entities=people).speaker == speaker


def test_a_threat_made_is_a_nominal_cue_and_a_place_in_the_genitive_after_a_name_is_the_objects() -> None:
    text = normalize("মার্কিন প্রেসিডেন্ট ডোনাল্ড ট্রাম্প ফিলিস্তিনের স্বাধীনতাকামী গোষ্ঠী হামাসকে সতর্ক করে বলেছেন, তারা "
                     "অস্ত্র না ছাড়লে পরিণাম হবে ভয়াবহ। তিনি ইরানের কর্মসূচি গুড়িয়ে দেওয়ার হুমকি দিয়েছেন।")
    entities = _people(text, "ডোনাল্ড ট্রাম্প") + [_entity(text, "ফিলিস্তিন", "LOC", "ফিলিস্তিনের")]
    found = {q.text: q.speaker for q in quotes(text, entities=entities)}
    assert found == {"তারা অস্ত্র না ছাড়লে পরিণাম হবে ভয়াবহ": "ডোনাল্ড ট্রাম্প",
                     "ইরানের কর্মসূচি গুড়িয়ে দেওয়ার": "ডোনাল্ড ট্রাম্প"}, found


def test_a_weekday_with_its_emphatic_ending_is_the_time_not_part_of_the_speaker() -> None:
    text = normalize("ঘোষণার পর এনসিপির আহবায়ক নাহিদ ইসলাম রবিবারই এক সংবাদ সম্মেলনে বলেছেন, দল সমঝোতায় সম্মত হয়েছে।")
    q = _one(text, "দল সমঝোতায় সম্মত হয়েছে", entities=_people(text, "নাহিদ ইসলাম"))
    assert q.speaker is not None and q.speaker.endswith("নাহিদ ইসলাম"), q.speaker  # (আহবায়ক: a spelling no title list has)


def test_a_page_printed_twice_is_read_once_for_speech() -> None:
    """BBC Bangla pages reach the archive with every paragraph twice, a quotation left open at its
    paragraph's end included: the copy must not pair its mark with the original's."""
    paragraphs = [
        "ভারতের ওড়িশা রাজ্যে বুধবার রাতে এক নির্মাণ শ্রমিককে পিটিয়ে হত্যা করা হয়েছে।",
        "মহকুমা পুলিশ অফিসার তোফান দাস বিবিসির সংবাদদাতাকে ঘটনাক্রমের বর্ণনা দিয়েছেন।",
        "মি. দাস বিবিসিকে বলেছেন, \"তিনজন শ্রমিক বিড়ি খাচ্ছিলেন। তারপরেই তিনজনকে মারধর করে। একজন "
        "ঘটনাস্থলেই মারা গেছেন।",
        "\"তার দেহের ময়নাতদন্ত হয়েছে এবং পরিবারকে খবর দেওয়া হয়েছে\" বলে জানিয়েছেন মি. দাস।",
    ]
    text = normalize(" ".join(p + " " + p for p in paragraphs))
    found = _analyzed(text)
    said = [(q.text, q.speaker) for q in found]
    assert said.count(("তিনজন শ্রমিক বিড়ি খাচ্ছিলেন। তারপরেই তিনজনকে মারধর করে। একজন ঘটনাস্থলেই মারা গেছেন।",
                       "তোফান দাস")) == 1, said
    assert ("তার দেহের ময়নাতদন্ত হয়েছে এবং পরিবারকে খবর দেওয়া হয়েছে", "তোফান দাস") in said
    assert all(text[q.start:q.end] == q.text for q in found)


def test_a_spaced_dash_still_opens_the_clause() -> None:
    text = normalize("সিউল, ১২ সেপ্টেম্বর – উত্তর কোরিয়া নতুন ক্ষেপণাস্ত্র পরীক্ষা করেছে বলে জানিয়েছে দক্ষিণ কোরিয়ার সেনাবাহিনী।")
    assert [q.text for q in quotes(text)] == ["উত্তর কোরিয়া নতুন ক্ষেপণাস্ত্র পরীক্ষা করেছে"]


def test_on_behalf_of_with_tarofe_names_the_speaker() -> None:
    text = normalize("উপদূতাবাসের তরফে জানানো হয়েছে যে, এই ঘটনায় দশজনকে গ্রেফতার করা হয়েছে।")
    assert _one(text, "এই ঘটনায় দশজনকে গ্রেফতার করা হয়েছে").speaker == "উপদূতাবাস"


@pytest.mark.parametrize("text, content", [
    ("মি. কাদের বিবিসিকে বলেছেন, আওয়ামী লীগ বিহীন নির্বাচন ঠিক হচ্ছে না বলে তিনি মনে করেন।",
     "আওয়ামী লীগ বিহীন নির্বাচন ঠিক হচ্ছে না"),
    ("বিশ্লেষকরা বলছেন, সে কারণেই এমপি হওয়ার একটা প্রবণতা দেখা যায় বলে তারা মনে করেন।",
     "সে কারণেই এমপি হওয়ার একটা প্রবণতা দেখা যায়"),
])
def test_a_view_closed_by_the_speakers_own_bole_cue_ends_before_bole(text: str, content: str) -> None:
    assert [q.text for q in quotes(normalize(text))] == [content]


@pytest.mark.parametrize("opening, closing", [("‘", "”"), ("“", "’")])
def test_a_quotation_opened_with_one_kind_of_mark_and_closed_with_the_other_is_one(opening: str, closing: str) -> None:
    said = "প্রতি বছর আলাদা, আর পার্থক্যটা খুবই সূক্ষ্ম। এখান থেকে শিখব, সামনে আরও ভালো করব।"
    text = normalize(f"তিনি আরও বলেন, {opening}{said}{closing} অস্ট্রেলিয়ান ব্যাটসম্যান ট্রাভিস হেড কিউরেটরের "
                     "প্রতি সহমর্মিতা জানান।")
    assert [(q.kind, q.text) for q in quotes(text)] == [("direct", said)]


def test_a_paper_named_in_the_locative_is_not_the_writer() -> None:
    text = normalize("সাবেক ইংল্যান্ড অধিনায়ক অ্যালিস্টার কুক বিষয়টিকে হালকা রসিকতায় দেখেন। সানডে টাইমসে নিজের "
                     "কলামে লেখেন, ‘দুই দিনে ম্যাচ শেষ হওয়ার জন্য আমিই দায়ী। সেই টেস্টে আমি জীবনের সেরা ব্যাটিং "
                     "করেছিলাম!’ এখন অপেক্ষা।")
    entities = [_entity(text, "অ্যালিস্টার কুক", "PERSON", "অ্যালিস্টার কুক"),
                _entity(text, "সানডে টাইমস", "ORG", "সানডে টাইমসে")]
    q = _one(text, "দুই দিনে ম্যাচ শেষ হওয়ার জন্য আমিই দায়ী। সেই টেস্টে আমি জীবনের সেরা ব্যাটিং করেছিলাম!",
             entities=entities)
    assert q.speaker == "অ্যালিস্টার কুক"


def test_mister_and_a_surname_two_people_spell_differently_is_the_one_named_last() -> None:
    text = normalize("এলডিপির চেয়ারম্যান অলি আহমদ পরে জানান যে তিনি বিষয়টি জানতেন না। রাজনৈতিক বিশ্লেষক মহিউদ্দিন "
                     "আহমেদ বলছেন, ছোটো দলগুলোর নির্বাচনে জয়ের সম্ভাবনা কম। \"এ জন্যই নীতি ও আদর্শহীনতার এ চর্চা "
                     "দেখা যাচ্ছে নির্বাচনকে ঘিরে,\" বিবিসি বাংলাকে বলেছেন মি. আহমদ।")
    said = {q.text: q.speaker for q in _analyzed(text)}
    assert said["এ জন্যই নীতি ও আদর্শহীনতার এ চর্চা দেখা যাচ্ছে নির্বাচনকে ঘিরে"] == "মহিউদ্দিন আহমেদ", said


def test_a_when_clause_before_the_next_attribution_is_no_content() -> None:
    text = normalize("বিএফআইইউর এক কর্মকর্তা বলেন, সিঙ্গাপুরে অর্থ পাচারের বিষয়ে দেশটির এক মন্ত্রীকে প্রশ্ন করা হলে "
                     "তিনি জানান, অর্থটি সরাসরি বাংলাদেশ থেকে সিঙ্গাপুরে প্রবেশ করেনি।")
    assert not any(q.text.endswith("প্রশ্ন করা হলে") for q in quotes(text))


def test_a_quotation_opening_a_bole_content_is_the_speakers_and_the_report_follows_it() -> None:
    text = normalize("অভিযোগ করেন অনেকে। \"তিনি দলকে নেতৃত্ব দিবেন একটা নির্বাচনী লড়াইয়ের মধ্য দিয়ে। তার কাছে যে "
                     "প্রত্যাশার চাপ, তা পূরণ করার ক্ষেত্রে অনেক সমস্যা আছে\" সেসবের চ্যালেঞ্জ থাকবে বলে মনে করছেন "
                     "বিশ্লেষক মোজাম্মেল হোসেন।")
    said = [(q.kind, q.text, q.speaker) for q in quotes(text, entities=_people(text, "মোজাম্মেল হোসেন"))]
    assert ("indirect", "সেসবের চ্যালেঞ্জ থাকবে", "মোজাম্মেল হোসেন") in said
    assert ("direct", "তিনি দলকে নেতৃত্ব দিবেন একটা নির্বাচনী লড়াইয়ের মধ্য দিয়ে। তার কাছে যে প্রত্যাশার চাপ, তা "
            "পূরণ করার ক্ষেত্রে অনেক সমস্যা আছে", "মোজাম্মেল হোসেন") in said


def test_a_quoted_term_opening_a_bole_content_stays_in_it() -> None:
    text = normalize("‘বট রিপোর্টিং’-এর মাধ্যমে এসব পোস্ট ও পেজ রিমুভ করা হয়ে থাকতে পারে বলে মনে করছেন তথ্যপ্রযুক্তি "
                     "বিশেষজ্ঞরা।")
    assert [q.text for q in quotes(text) if q.kind == "indirect"] == [
        "‘বট রিপোর্টিং’-এর মাধ্যমে এসব পোস্ট ও পেজ রিমুভ করা হয়ে থাকতে পারে"]


def test_an_aside_in_brackets_before_the_speaker_after_the_verb_is_stepped_over() -> None:
    found = _analyzed("\"আরও পদক্ষেপ প্রয়োজন\", বলেছেন প্রগ্রেস এডুকেশনাল ট্রাস্টের (একটি স্বতন্ত্র চ্যারিটি প্রতিষ্ঠান যেটি "
                      "প্রজনন অক্ষমতায় আক্রান্ত মানুষদের জন্য কাজ করে) পরিচালক সারাহ নরক্রস।")
    assert [(q.text, q.speaker) for q in found] == [("আরও পদক্ষেপ প্রয়োজন", "সারাহ নরক্রস")]


def test_in_this_way_between_a_cue_and_its_quotation() -> None:
    found = _analyzed("সাংবাদিক শফিক রেহমান তাঁর লেখায় তাঁকে বর্ণনা করেছেন এভাবে, \"তিনি ছিলেন লাজুক গৃহবধূ।\"")
    assert [(q.text, q.speaker) for q in found] == [("তিনি ছিলেন লাজুক গৃহবধূ।", "শফিক রেহমান")]


@pytest.mark.parametrize("text, speaker", [
    ("খেলাপি ঋণ বেড়েছে। বাংলাদেশ ব্যাংকের তথ্য বলছে, সেপ্টেম্বর শেষে খেলাপি ঋণ তিন লাখ কোটি টাকা।", "বাংলাদেশ ব্যাংক"),
    # an estimate of a thing, no one's: the phrase stays
    ("যুদ্ধ থামেনি। ক্ষয়ক্ষতির হিসাব বলছে, অর্থনীতি যে কোনো সময় ভেঙে পড়তে পারে।", "ক্ষয়ক্ষতির হিসাব"),
])
def test_the_data_of_a_named_owner_that_says_something_is_the_owners(text: str, speaker: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "তিনি আগে মনোনয়ন চেয়েছিলেন। 'নুরুল হুদার স্বীকারোক্তি: প্রশাসনের যোগসাজশে রাতের ভোট হয়েছিল' মানবজমিনের শিরোনাম।",
    "খবরে বলা হয়, তালিকা হচ্ছে। নিউ এজের শিরোনাম 'IDENTIFYING DEFAULTERS: Bankers asked to assist EC and banks now'।",
    # an English headline and its translation after অর্থাৎ are one headline, named after or before both
    "তিনি ঢাকায় এসেছেন। 'Afghan foreign ministry official's Dhaka visit sparks curiosity' অর্থাৎ 'আফগান পররাষ্ট্র "
    "মন্ত্রণালয়ের কর্মকর্তার ঢাকা সফর কৌতূহলের জন্ম দিয়েছে' টাইমস অব বাংলাদেশের শিরোনাম।",
    "খবরে বলা হয়, তালিকা হচ্ছে। নিউ এজের শিরোনাম 'IDENTIFYING DEFAULTERS: Bankers asked to assist EC' অর্থাৎ "
    "'ঋণখেলাপি শনাক্তকরণ: সহায়তা করার জন্য ব্যাংকারদের ইসির অনুরোধ'।",
])
def test_a_newspapers_headline_in_a_press_review_is_no_quote(text: str) -> None:
    assert not [q for q in _analyzed(text) if q.kind == "direct"]


@pytest.mark.parametrize("text, quoted, speaker", [
    # the rules an organisation issued, named in the sentence before
    ("রাজনৈতিক দল এবং প্রার্থীদের জন্য আচরণবিধিতে সংশোধন এনে গেজেট জারি করে নির্বাচন কমিশন। নতুন আচরণবিধিতে বলা "
     "হয়, আগামী নির্বাচন থেকে প্রার্থীরা কোনও ধরণের পোস্টার ব্যবহার করতে পারবেন না।",
     "আগামী নির্বাচন থেকে প্রার্থীরা কোনও ধরণের পোস্টার ব্যবহার করতে পারবেন না", "নির্বাচন কমিশন"),
    # "there" after a sentence whose subject, after its verb, is an organisation
    ("মনোনয়ন ফরমের কতিপয় বিষয়ে স্পষ্টীকরণ করেছে নির্বাচন কমিশন (ইসি)। সেখানে বলা হয়েছে, হলফনামার "
     "ক্রমিক ১০ এ আয়কর সংক্রান্ত তথ্য দিতে হবে।",
     "হলফনামার ক্রমিক ১০ এ আয়কর সংক্রান্ত তথ্য দিতে হবে", "নির্বাচন কমিশন"),
    # no issuer in sight: the document speaks
    ("দক্ষ জ্বালানি সরবরাহ ব্যবস্থাপনার বিষয়ে পরিকল্পনায় বলা হয়েছে, প্রাকৃতিক গ্যাস উৎপাদন ও বিতরণ ব্যবস্থা "
     "স্বয়ংক্রিয় করা হবে।", "প্রাকৃতিক গ্যাস উৎপাদন ও বিতরণ ব্যবস্থা স্বয়ংক্রিয় করা হবে", "পরিকল্পনা"),
    # its maker in the genitive before "(তৈরি) করা": the maker's (rno, bko)
    ("জাতিসংঘ উন্নয়ন কর্মসূচির (ইউএনডিপি) তৈরি করা প্রতিবেদনে বলা হচ্ছে, আটটি লক্ষ্যমাত্রার মধ্যে ছয়টিতে "
     "বাংলাদেশ ভালো করেছে।", "আটটি লক্ষ্যমাত্রার মধ্যে ছয়টিতে বাংলাদেশ ভালো করেছে", "জাতিসংঘ উন্নয়ন কর্মসূচি"),
    ("গতকাল আদালতে দুদকের আইনজীবী মোশাররফ হোসেনের করা আবেদনে বলা হয়, তারেক রহমান বর্তমানে লন্ডনে অবস্থান "
     "করছেন।", "তারেক রহমান বর্তমানে লন্ডনে অবস্থান করছেন", "মোশাররফ হোসেন"),
    # reports with no paper or issuer in sight: the reports speak (rno)
    ("একাধিক প্রতিবেদনে বলা হয়, মার্কিন অভিযোক্তারা দেবযানীর বিরুদ্ধে অভিযোগ এনেছেন।",
     "মার্কিন অভিযোক্তারা দেবযানীর বিরুদ্ধে অভিযোগ এনেছেন", "একাধিক প্রতিবেদন"),
])
def test_a_document_said_to_say_something_is_its_issuers_or_its_own(text: str, quoted: str, speaker: str) -> None:
    found = [q for q in _analyzed(text) if q.text == normalize(quoted)]
    assert [(q.kind, q.speaker) for q in found] == [("indirect", speaker)]


def test_a_named_outlet_described_before_its_acronym_speaks() -> None:
    text = "সুইডিশ সম্প্রচারমাধ্যম এসভিটি জানিয়েছে, ওই কর্মীও গাছের নিচে চাপা পড়েছিলেন।"
    found = [(q.kind, q.speaker) for q in _analyzed(text) if q.text == "ওই কর্মীও গাছের নিচে চাপা পড়েছিলেন"]
    assert found == [("indirect", "এসভিটি")]


def test_the_modifier_of_the_means_after_a_name_is_not_the_names() -> None:
    text = "ভারতের একজন সিঅ্যান্ডএফ এজেন্ট দেবাশীষ রায় মোবাইল ফোনে জাগো নিউজকে বলেন, আগে পণ্য সহজে যেত।"
    found = [q.speaker for q in _analyzed(text) if q.text == "আগে পণ্য সহজে যেত"]
    assert len(found) == 1 and found[0] is not None
    assert found[0].endswith("দেবাশীষ রায়")


def test_after_x_and_from_the_start_open_the_clause_before_its_subject() -> None:
    text = "আগামী জাতীয় সংসদ নির্বাচনের তফসিল ঘোষণার পর প্রথম থেকেই এনসিপি ৩০০ আসনে প্রার্থী দেওয়ার ঘোষণা দেয়।"
    found = [(q.text, q.speaker) for q in _analyzed(text)]
    assert found == [("৩০০ আসনে প্রার্থী দেওয়ার", "এনসিপি")]


@pytest.mark.parametrize("text, quoted, speaker", [
    # what was hinted, believed or alleged with nobody named has no speaker
    ("তাকে হাসপাতালেও যেতে হয়েছিল, তবে চোট বেশি গুরুতর নয় বলে ধারণা করা হচ্ছে।", "চোট বেশি গুরুতর নয়", None),
    ("জামায়াতের সাথে আলোচনা চূড়ান্ত হয়ে গেলে এই সংখ্যা আরও বাড়তে পারে বলে আভাস পাওয়া গেছে।",
     "জামায়াতের সাথে আলোচনা চূড়ান্ত হয়ে গেলে এই সংখ্যা আরও বাড়তে পারে", None),
    ("তবে শেষ পর্যন্ত জোটের শরিক দলগুলোকে আসন ছেড়ে দেওয়া হয়নি বলে দাবি উঠেছে।",
     "শেষ পর্যন্ত জোটের শরিক দলগুলোকে আসন ছেড়ে দেওয়া হয়নি", None),
    # a place "from" inside the content is not where the report came from
    ("আজও সন্ধ্যার পর সদরঘাট থেকে লঞ্চ চলাচল বন্ধ রয়েছে বলে ধারণা করা হচ্ছে।",
     "আজও সন্ধ্যার পর সদরঘাট থেকে লঞ্চ চলাচল বন্ধ রয়েছে", None),
])
def test_what_was_hinted_or_alleged_is_reported_with_no_speaker(text: str, quoted: str, speaker: str | None) -> None:
    found = [q.speaker for q in _analyzed(text) if q.text == normalize(quoted)]
    assert found == [speaker]


def test_a_nominal_clause_before_but_stays_in_the_opinion() -> None:
    text = ("জোট করা রাজনৈতিক অধিকার, তবে ঘোষিত আদর্শের সঙ্গে এনসিপির বর্তমান সিদ্ধান্ত যায় না বলে মনে করেন "
            "বিএনপির নেতা নজরুল ইসলাম খান।")
    found = [q.text for q in _analyzed(text)]
    assert found == ["জোট করা রাজনৈতিক অধিকার, তবে ঘোষিত আদর্শের সঙ্গে এনসিপির বর্তমান সিদ্ধান্ত যায় না"]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("বিএনপি ও ঐক্যফ্রন্টের প্রার্থীরা গণমাধ্যমের কাছে অভিযোগ জানান। তাদের অভিযোগ ছিল, রাতেই বিভিন্ন কেন্দ্রে "
     "সমর্থকেরা ব্যালট পেপারে সিল মেরেছে।", "রাতেই বিভিন্ন কেন্দ্রে সমর্থকেরা ব্যালট পেপারে সিল মেরেছে",
     "বিএনপি ও ঐক্যফ্রন্টের প্রার্থীরা"),
    # nobody named: no speaker
    ("তিনটি নির্বাচনই বিতর্কিত ছিল। অভিযোগ আছে, এসব নির্বাচনকে বৈধতা দেওয়ার ক্ষেত্রে ভারত ভূমিকা রেখেছে।",
     "এসব নির্বাচনকে বৈধতা দেওয়ার ক্ষেত্রে ভারত ভূমিকা রেখেছে", None),
])
def test_an_allegation_stated_with_its_copula_reports_what_follows(text: str, quoted: str, speaker: str | None) -> None:
    found = [q.speaker for q in _analyzed(text) if q.text == normalize(quoted)]
    assert found == [speaker]


def test_a_belief_stated_with_its_copula_is_not_speech() -> None:
    assert _analyzed("তাদের ধারণা ছিল, কিছুদিনের মধ্যেই খালেদা জিয়া মুক্তি পাবেন।") == []


def test_rules_cited_without_their_issuer_are_the_organisation_last_reported_on() -> None:
    text = ("নির্বাচনী আচরণবিধিমালায় বেশ কিছু পরিবর্তন এনেছে নির্বাচন কমিশন। নির্বাচন কমিশন জানিয়েছে, নতুন বিধিমালা দ্রুত "
            "কার্যকর হবে। ইসি সচিব আখতার আহমেদ বলেন, আমরা দলগুলোর মতামত নিয়েছি। প্রজ্ঞাপন অনুযায়ী, কোনো প্রার্থী "
            "একক কোনো জনসভায় তিনটির বেশি মাইক্রোফোন ব্যবহার করতে পারবেন না।")
    found = [q.speaker for q in _analyzed(text)
             if q.text == "কোনো প্রার্থী একক কোনো জনসভায় তিনটির বেশি মাইক্রোফোন ব্যবহার করতে পারবেন না"]
    assert found == ["নির্বাচন কমিশন"]


def test_an_agreement_cited_without_its_parties_reports_nothing() -> None:
    text = "নিউজিল্যান্ড ও ভারত চুক্তি সই করেছে। চুক্তি অনুযায়ী, নিউজিল্যান্ড সব ভারতীয় পণ্যে শুল্ক তুলে নেবে।"
    assert _analyzed(text) == []


@pytest.mark.parametrize("text, quoted, speaker", [
    # "that official" or "the official concerned" is the one described before, named or not
    ("বিএফআইইউর ঊর্ধ্বতন এক কর্মকর্তা বলেন, অর্থ ফেরত আনা জটিল প্রক্রিয়া। তবে এসব চ্যালেঞ্জ সত্ত্বেও চেষ্টা "
     "অব্যাহত থাকবে বলে জানান সংশ্লিষ্ট কর্মকর্তা।", "এসব চ্যালেঞ্জ সত্ত্বেও চেষ্টা অব্যাহত থাকবে",
     "বিএফআইইউর ঊর্ধ্বতন এক কর্মকর্তা"),
    ("এনসিপির একজন শীর্ষ নেতা জানিয়েছেন, দলে তাকে মুখপাত্রের দায়িত্ব দেওয়া হতে পারে। এনসিপির ওই নেতা "
     "বিবিসি বাংলাকে জানিয়েছেন, আজ সন্ধ্যায় দলের সংবাদ সম্মেলন হবে।", "আজ সন্ধ্যায় দলের সংবাদ সম্মেলন হবে",
     "এনসিপির একজন শীর্ষ নেতা"),
    # those of a sector
    ("তবে আর্থিক খাত সংশ্লিষ্টরা মনে করছেন, সরকারের উদ্যোগ অব্যাহত রাখা জরুরি।", "সরকারের উদ্যোগ অব্যাহত রাখা জরুরি",
     "আর্থিক খাত সংশ্লিষ্টরা"),
])
def test_a_definite_description_takes_up_the_one_described_before(text: str, quoted: str, speaker: str) -> None:
    found = [q.speaker for q in _analyzed(text) if q.text == normalize(quoted)]
    assert found == [speaker]


@pytest.mark.parametrize("text", [
    # a term and its gloss
    "কেন্দ্রের সক্ষমতার ভিত্তিতে তারা ‘ক্যাপাসিটি পেমেন্ট’ বা কেন্দ্র ভাড়া পাওয়ার অধিকারী থাকবে বলে জানায় কোম্পানিটি।",
    # an election symbol
    "তবে মি. পার্থ বিবিসি বাংলাকে জানিয়েছেন, এখন পর্যন্ত তার দলীয় প্রতীক 'গরুর গাড়ি' মার্কায়ই নির্বাচন করার "
    "ব্যাপারে তিনি অনড়।",
    # one word in the genitive inside a relative clause, taken up by সেগুলো
    "\"এগুলো ছিল অপরিহার্য\"- মি. রহমানের পোস্টের একটি অংশে উল্লেখ করা হয়। মাঠপর্যায়ে সেসব বিষয় মোকাবিলা করে যে "
    "'ঐক্যের' কথা তিনি বলেন সেগুলো দৃশ্যমান করতে হবে তারেক রহমানকে।",
])
def test_a_quoted_term_in_a_sentence_with_a_cue_is_not_speech(text: str) -> None:
    assert not [q for q in _analyzed(text) if q.kind == "direct"]
    assert not [q for q in _analyzed(text) if q.text.startswith("সেগুলো")]


def test_a_one_word_quotation_labelled_with_bole_is_still_speech() -> None:
    text = "তিনি মুসলিমদের ‘বর্বর’ এবং ‘নিষ্ঠুর’ বলে আখ্যা দিয়েছিলেন।"
    assert "নিষ্ঠুর" in [q.text for q in _analyzed(text) if q.kind == "direct"]


@pytest.mark.parametrize("text, quoted, speaker", [
    # a platform's posts after the cue: the posts speak, called by their platform
    ("এই বাংলাদেশিরা আওয়ামী লীগের নেতাদের ঘনিষ্ঠ বলেও দাবি করা হয় সামাজিক মাধ্যমের পোস্টে।",
     "এই বাংলাদেশিরা আওয়ামী লীগের নেতাদের ঘনিষ্ঠ", "সামাজিক মাধ্যমের পোস্ট"),
    ("ফেসবুকের কিছু পোস্টে সোমবার দাবি করা হয় যে পাঁচ জন বাংলাদেশি নাগরিককে গ্রেফতার করা হয়েছে।",
     "পাঁচ জন বাংলাদেশি নাগরিককে গ্রেফতার করা হয়েছে", "ফেসবুকের কিছু পোস্ট"),
])
def test_posts_with_no_issuer_speak_by_their_platform(text: str, quoted: str, speaker: str) -> None:
    found = [q.speaker for q in _analyzed(text) if q.text == normalize(quoted)]
    assert found == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("“সরকারের উদ্যোগ যথেষ্ট নয়,” বলা হয়েছে বিএনপির বিবৃতিতে।", "বিএনপি"),
    ("সরকারের উদ্যোগ যথেষ্ট নয় বলে দাবি করা হয়েছে জাতিসংঘের এক প্রতিবেদনে।", "জাতিসংঘ"),
    ("সরকারের উদ্যোগ যথেষ্ট নয় বলে জানানো হয়েছে বিএনপির পক্ষ থেকে।", "বিএনপি"),
    ("“সরকারের উদ্যোগ যথেষ্ট নয়,” বলা হয় চাণক্যপুরীর বাংলাদেশ হাই কমিশনের পক্ষ থেকে।", "চাণক্যপুরীর বাংলাদেশ হাই কমিশন"),
])
def test_an_issuer_named_after_a_passive_cue_speaks(text: str, speaker: str) -> None:
    # as "বিএনপির বিবৃতিতে বলা হয়েছে": the owner of the document, not the document ('বিএনপির বিবৃতি')
    assert [(q.text.rstrip(","), q.speaker) for q in _analyzed(text)] == [("সরকারের উদ্যোগ যথেষ্ট নয়", speaker)]


@pytest.mark.parametrize("text, speaker", [
    ("বিএনপির সংবাদ সম্মেলনে জানানো হয়, সরকারের উদ্যোগ যথেষ্ট নয়।", "বিএনপি"),
    ("আজ জাতীয় পার্টির এক সংবাদ সম্মেলনে বলা হয়, সরকারের উদ্যোগ যথেষ্ট নয়।", "জাতীয় পার্টি"),
    ("জাতিসংঘের জলবায়ু সম্মেলনে বলা হয়, সরকারের উদ্যোগ যথেষ্ট নয়।", None),  # a summit, not a press conference
])
def test_who_held_the_press_conference_tells_what_a_passive_reports(text: str, speaker: str | None) -> None:
    assert [(q.text, q.speaker) for q in _analyzed(text)] == [("সরকারের উদ্যোগ যথেষ্ট নয়", speaker)]


def test_a_verb_followed_by_and_reports_no_content() -> None:
    text = "অ্যাপো বি রক্তে এলডিএল-এর সঠিক সংখ্যা জানায় এবং হৃদরোগের ঝুঁকি আরও ভালোভাবে মূল্যায়ন করে।"
    assert _analyzed(text) == []


def test_a_verb_closing_a_relative_clause_taken_up_after_a_comma_reports_nothing() -> None:
    text = ("যে সিস্টেম লাহোরের ন্যাশনাল কলেজ অব আর্টসের ছাত্র ভগত সিংকে সন্ত্রাসী আখ্যায়িত করেছিল, সে সিস্টেম "
            "পাকিস্তানে ফিরে আসছে।")
    assert not [q for q in _analyzed(text) if q.kind == "indirect"]


def test_a_source_phrase_does_not_take_the_concessive_verb_before_it() -> None:
    text = ("এখন পর্যন্ত তার জানাজা নিয়ে আনুষ্ঠানিক কোনো সিদ্ধান্ত ঘোষণা করা না হলেও দলীয় সূত্রে জানা যায়, আগামীকাল "
            "মানিক মিয়া এভিনিউতে জানাজা অনুষ্ঠিত হবে।")
    found = [q.speaker for q in _analyzed(text) if q.text == "আগামীকাল মানিক মিয়া এভিনিউতে জানাজা অনুষ্ঠিত হবে"]
    assert found == ["দলীয় সূত্র"]


def test_many_ends_its_noun_phrase() -> None:
    text = "দলের অনেকের মধ্যে ক্ষোভ তৈরি হয়েছে। অনেকে নির্বাচনি কার্যক্রম থেকে নিজেকে নিষ্ক্রিয় রাখার কথা বলেছেন।"
    found = [(q.text, q.speaker) for q in _analyzed(text)]
    assert found == [("নির্বাচনি কার্যক্রম থেকে নিজেকে নিষ্ক্রিয় রাখার", "অনেকে")]


def test_a_titled_surname_is_the_one_person_of_the_article_with_it() -> None:
    text = ("এনসিপির আহ্বায়ক নাহিদ ইসলাম আজ সংবাদ সম্মেলনে উপস্থিত ছিলেন। দলটির শীর্ষ দুইজন নেত্রীর পদত্যাগের বিষয়ে মি. "
            "ইসলাম বলেন, \"কেউ দলে থাকবে কি না সেটা তার ব্যক্তিগত বিষয়।\"")
    found = [q.speaker for q in _analyzed(text) if q.kind == "direct"]
    assert found == ["নাহিদ ইসলাম"]


@pytest.mark.parametrize("text", [
    # a date in brackets after the day opens the clause
    "সোমবার (২৯ ডিসেম্বর) বিকেলে জামায়াতের আমির আবদুল হান্নান নির্বাচন থেকে সরে দাঁড়ানোর সিদ্ধান্তের কথা জানান।",
    # the noun before a postposition is not the subject's
    "আবদুল হান্নান নির্বাচন থেকে সরে দাঁড়ানোর সিদ্ধান্তের কথা জানান।",
])
def test_the_subject_of_a_matter_reported_after_a_setting(text: str) -> None:
    found = [(q.text, q.speaker) for q in _analyzed(text)]
    assert found == [("নির্বাচন থেকে সরে দাঁড়ানোর সিদ্ধান্তের", "আবদুল হান্নান")]


def test_a_notice_given_on_an_organisations_behalf_is_its_issuers() -> None:
    text = ("বিকেলেই এনসিপির পক্ষ থেকে জরুরি সংবাদ সম্মেলনের ঘোষণা দেওয়া হয়েছে। এতে জানানো হয়েছে সংবাদ সম্মেলনে "
            "উপস্থিত থাকবেন এনসিপির আহ্বায়ক নাহিদ ইসলাম।")
    found = [q.speaker for q in _analyzed(text) if q.text.startswith("সংবাদ সম্মেলনে উপস্থিত থাকবেন")]
    assert len(found) == 1 and found[0] is not None and "এনসিপি" in found[0]


def test_reported_speech_without_a_comma_may_open_with_a_quoted_term() -> None:
    text = ("ডা. সমীর গুপ্তা জানিয়েছেন 'অ্যাপো বি লেভেল টেস্ট' বা অ্যাপোলাইপোপ্রোটিন বি টেস্টের মাধ্যমে এই ঝুঁকির "
            "বিষয়ে জানা যেতে পারে।")
    found = [(q.kind, q.speaker) for q in _analyzed(text)]
    assert found == [("indirect", "সমীর গুপ্তা")]


def test_they_after_a_plural_named_in_the_genitive_is_that_group() -> None:
    text = ("আয়োজকদের পক্ষ থেকে জানানো হয়, হত্যার বিচার নিশ্চিত না হওয়া পর্যন্ত এ আন্দোলন অব্যাহত থাকবে। তারা বলেন, "
            "দীর্ঘ সময় পেরিয়ে গেলেও এখনো হত্যাকারীদের শনাক্ত করা হয়নি। অবস্থান কর্মসূচিতে উপস্থিত ছিলেন, নুরুজ্জামান "
            "নাবিল ও জাকিয়া আক্তার।")
    found = [(q.text, q.speaker) for q in _analyzed(text) if q.text.startswith("দীর্ঘ সময়")]
    assert found == [("দীর্ঘ সময় পেরিয়ে গেলেও এখনো হত্যাকারীদের শনাক্ত করা হয়নি", "আয়োজকরা")]


def test_a_topic_before_the_genitive_source_opens_its_clause() -> None:
    text = ("সাফের সাধারণ সম্পাদক পুরুষত্তোম ক্যাটেল ঢাকায় এসেছেন। ভেন্যু নিয়ে সাফ সম্পাদকের মন্তব্য, ‘মার্কেটিং ও "
            "অন্যান্য বিষয়ের ওপর ভেন্যু নির্ভর করছে।’")
    found = [(q.kind, q.cue) for q in _analyzed(text)]
    assert found == [("direct", "মন্তব্য")]


def test_a_noun_of_action_in_the_genitive_is_a_nominal_cues_content() -> None:
    text = ("বাংলাদেশ ব্যাংক জানিয়েছে, খেলাপি ঋণ বেড়েছে। বড় ঋণখেলাপিদের দ্রুত শনাক্ত করে দেশে থাকা তাদের "
            "সম্পদ বিক্রি করে অর্থ উদ্ধারের ঘোষণা দিয়েছে বাংলাদেশ ব্যাংক।")
    found = [(q.text, q.speaker) for q in _analyzed(text) if q.text.endswith("উদ্ধারের")]
    assert found == [("বড় ঋণখেলাপিদের দ্রুত শনাক্ত করে দেশে থাকা তাদের সম্পদ বিক্রি করে অর্থ উদ্ধারের", "বাংলাদেশ ব্যাংক")]


@pytest.mark.parametrize("text", [
    # learnt with no source named: the annotators split on it, so it is left out
    "কার্যালয়ের মূল ফটক বন্ধ করে রাখা হয়। জানা গেছে, সীমিত পরিসরে বিএনপির সিনিয়র নেতারা কার্যালয়ে প্রবেশ করছেন।",
    "কিছুক্ষণের মধ্যে সুইপিং কার্যক্রম শুরু হবে বলে জানা গেছে।",
])
def test_what_was_learnt_from_nobody_named_is_not_reported(text: str) -> None:
    assert _analyzed(text) == []


def test_an_object_with_its_determiner_far_before_it_is_no_speaker() -> None:
    text = "ইউরোপীয় কমিশন এক্সকে জরিমানা করেছে। এই প্ল্যাটফর্মের ব্লু টিক পদ্ধতিকে \"প্রতারণামূলক\" বলে উল্লেখ করেছে।"
    found = [q.speaker for q in _analyzed(text) if q.text == "প্রতারণামূলক"]
    assert "প্ল্যাটফর্মের ব্লু টিক" not in found and "ব্লু টিক" not in found


@pytest.mark.parametrize("text, speaker", [
    ("বৈঠক শেষে মির্জা ফখরুল ইসলাম আলমগীর ও সালাহউদ্দিন আহমদ সাংবাদিকদের জানান, আলোচনা ফলপ্রসূ হয়েছে।",
     "মির্জা ফখরুল ইসলাম আলমগীর ও সালাহউদ্দিন আহমদ"),
    ("তবে বিএনপির সমর্থন পাওয়া গণসংহতি আন্দোলনের জোনায়েদ সাকী, বিপ্লবী ওয়ার্কার্স পার্টির সাইফুল হক এবং নাগরিক "
     "ঐক্যের মাহমুদুর রহমান মান্না জানিয়েছেন যে, তারা নিজ দলীয় প্রতীকেই নির্বাচন করতে আগ্রহী।",
     "জোনায়েদ সাকী, সাইফুল হক ও মাহমুদুর রহমান মান্না"),
    # after the verb: "… বলে মন্তব্য করেছেন … আমির X ও মহাসচিব Y"
    ("দেশবিরোধী চক্র আবারো খেলার পাঁয়তারা করছে বলে মন্তব্য করেছেন দলের আমির শফিকুর রহমান ও মহাসচিব মির্জা "
     "ফখরুল ইসলাম আলমগীর।", "শফিকুর রহমান ও মির্জা ফখরুল ইসলাম আলমগীর"),
])
def test_people_joined_by_and_speak_together(text: str, speaker: str) -> None:
    found = [(q.speaker, q.source_type) for q in _analyzed(text)]
    assert found == [(speaker, "group")]


@pytest.mark.parametrize("text", [
    # the name before ও belongs to another clause, or a second name stands between
    "রহিম উদ্দিন ও করিম উদ্দিনের মামলায় আদালতে আইনজীবী সাইফুল হক বলেন, বিচার শেষ হয়নি।",
    "রহিম উদ্দিন চলে যান ও সাইফুল হক বলেন, বিচার শেষ হয়নি।",
])
def test_a_name_before_and_in_another_phrase_does_not_join_the_speaker(text: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == ["সাইফুল হক"]


@pytest.mark.parametrize("text, content, speaker", [
    # the subject right after the converb, no speech verb after it
    ("জামায়াতের আমির শফিকুর রহমান সংবাদ সম্মেলনে বক্তব্য দেন। নির্বাচন অনুষ্ঠানে দেড় মাসেরও কম সময় হাতে রয়েছে উল্লেখ "
     "করে শফিকুর রহমান নির্বাচন কমিশনের সঙ্গে বৈঠক করেন।",
     "নির্বাচন অনুষ্ঠানে দেড় মাসেরও কম সময় হাতে রয়েছে", "শফিকুর রহমান"),
    # the subject after the main verb, closing the sentence
    ("নির্বাচন সুষ্ঠু হবে না উল্লেখ করে দল থেকে পদত্যাগ করেছেন যুগ্ম আহ্বায়ক মনিরা শারমিন।",
     "নির্বাচন সুষ্ঠু হবে না", "মনিরা শারমিন"),
    # a quotation before the converb
    ("এর মধ্যেই \"দল ও বড় অংশের নেতারা ভুল পথে আছে\" উল্লেখ করে এনসিপি থেকে পদত্যাগ করেছেন দলটির একজন কেন্দ্রীয় নেতা।",
     "দল ও বড় অংশের নেতারা ভুল পথে আছে", "দলটির একজন কেন্দ্রীয় নেতা"),
])
def test_a_mentioning_converb_with_no_speech_verb_after_it_is_the_main_subjects(
        text: str, content: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in _analyzed(text) if q.cue == "উল্লেখ করে"] == [(content, speaker)]


def test_a_finite_allegation_before_that_is_no_converb() -> None:
    text = ("২০০৮ সালে এক কিশোরীর বাবা-মা ফ্লোরিডায় পুলিশের কাছে অভিযোগ করে যে, নিজের বাড়িতে তাদের মেয়েকে নির্যাতন "
            "করেছে এপস্টিন।")
    assert [q.text for q in _analyzed(text)] == ["নিজের বাড়িতে তাদের মেয়েকে নির্যাতন করেছে এপস্টিন"]


@pytest.mark.parametrize("text, content, speaker", [
    ("অনেকে ১৯৭৩ সালের ঐতিহাসিক লড়াইয়ের সঙ্গে এই তুলনাকে অযৌক্তিক বলে মনে করছেন।",
     "১৯৭৩ সালের ঐতিহাসিক লড়াইয়ের সঙ্গে এই তুলনাকে অযৌক্তিক", "অনেকে"),
    ("বিশ্লেষকরা এই সিদ্ধান্ত সঠিক নয় বলে মনে করছেন।", "এই সিদ্ধান্ত সঠিক নয়", "বিশ্লেষকরা"),
])
def test_a_group_opening_the_content_before_bole_is_its_speaker(text: str, content: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in _analyzed(text)] == [(content, speaker)]


def test_a_plural_before_bole_with_a_plain_verb_is_the_contents_own_subject() -> None:
    found = [(q.text, q.speaker) for q in _analyzed("শিক্ষার্থীরা আগামী সপ্তাহে ক্লাসে ফিরবে বলে জানিয়েছে।")]
    assert found == [("শিক্ষার্থীরা আগামী সপ্তাহে ক্লাসে ফিরবে", None)]


def test_a_time_phrase_closed_by_after_may_precede_the_subject_opening_a_clause() -> None:
    text = ("যুক্তরাষ্ট্রের এই পদক্ষেপের পর সাবেক কমিশনার থিয়েরি ব্রেটন অবশ্য এটিকে একটি অভিযান চলছে বলে উল্লেখ "
            "করেছেন।")
    found = [(q.text, q.speaker) for q in _analyzed(text)]
    assert found == [("এটিকে একটি অভিযান চলছে", "থিয়েরি ব্রেটন")]


@pytest.mark.parametrize("text, speaker", [
    ("মন্ত্রণালয়ের এক কর্মকর্তা নাম প্রকাশ না করার শর্তে বলেন, সিদ্ধান্তটি এখনো চূড়ান্ত হয়নি।", "মন্ত্রণালয়ের এক কর্মকর্তা"),
    ("দলের এক নেতা নাম প্রকাশ না করে বিবিসি বাংলাকে বলেন, সিদ্ধান্তটি এখনো চূড়ান্ত হয়নি।", "দলের এক নেতা"),
])
def test_the_condition_of_anonymity_before_the_verb_is_not_the_speaker(text: str, speaker: str) -> None:
    assert [(q.speaker, q.source_type) for q in _analyzed(text)] == [(speaker, "anonymous")]


def test_a_council_in_the_genitive_is_no_addressee() -> None:
    # পরিষদের ends like a plural addressee (সাংবাদিকদের) but is the genitive of পরিষদ
    text = "“দেশের অর্থনীতি এখন কঠিন সময় পার করছে,” বাংলাদেশ মহিলা পরিষদের সভাপতি সেলিমা রহমান বলেন।"
    assert [q.speaker for q in _analyzed(text)] == ["সেলিমা রহমান"]


@pytest.mark.parametrize("text, speaker", [
    # ও inside an organisation's name does not end the subject phrase
    ("“দেশের অর্থনীতি এখন কঠিন সময় পার করছে,” আইন ও সালিশ কেন্দ্রের মুখপাত্র মো. তালেবুর রহমান বলেন।",
     "মো. তালেবুর রহমান"),
    # a long subject phrase: affiliation, acronym, role with its field, title and name
    ("“দেশের অর্থনীতি এখন কঠিন সময় পার করছে,” ঢাকা মেট্রোপলিটন পুলিশের (ডিএমপি) উপ-কমিশনার (গণমাধ্যম) অধ্যাপক "
     "নাজমুল আহসান কলিমউল্লাহ বলেন।", "নাজমুল আহসান কলিমউল্লাহ"),
])
def test_a_long_subject_phrase_after_a_quotation_is_its_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "অর্থনীতিবিদ অনুপ মিশ্র মনে করিয়ে দেন, সরকারের উদ্যোগ যথেষ্ট নয়।",
    "সরকারের উদ্যোগ যথেষ্ট নয় বলে স্মরণ করিয়ে দিয়েছেন অর্থনীতিবিদ অনুপ মিশ্র।",
])
def test_one_who_reminds_is_a_speaker(text: str) -> None:
    assert [(q.text, q.speaker) for q in _analyzed(text)] == [("সরকারের উদ্যোগ যথেষ্ট নয়", "অনুপ মিশ্র")]


def test_a_thing_that_reminds_is_no_speaker() -> None:
    # দেয়, not the honorific দেন: an event reminds, nobody speaks
    assert _analyzed("এই ঘটনা আমাদের মনে করিয়ে দেয়, রাজনীতি কেবল ক্ষমতার খেলা নয়।") == []


@pytest.mark.parametrize("text, speaker", [
    ("আব্দুল কাদের, যিনি দীর্ঘদিন এই খাতে কাজ করছেন, বলেন, সরকারের উদ্যোগ যথেষ্ট নয়।", "আব্দুল কাদের"),
    ("অর্থনীতিবিদ হুমায়ুন কবির, যিনি এই কমিটির সদস্য ছিলেন, বলেন, সরকারের উদ্যোগ যথেষ্ট নয়।", "হুমায়ুন কবির"),
])
def test_a_relative_clause_between_commas_describes_the_subject_before_it(text: str, speaker: str) -> None:
    # the names end like a genitive (কাদের, কবির), so the walk back cannot take them for the subject
    assert [q.speaker for q in _analyzed(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "“সরকারের উদ্যোগ যথেষ্ট নয়,” বলেন অশোক সোয়াইন, দলের ভারপ্রাপ্ত চেয়ারম্যান।",
    "“সরকারের উদ্যোগ যথেষ্ট নয়,” বলেন দলের ভারপ্রাপ্ত চেয়ারম্যান, অশোক সোয়াইন।",
    "সরকারের উদ্যোগ যথেষ্ট নয়, বলছিলেন অশোক সোয়াইন, যিনি একজন কৃষক।",
])
def test_a_name_after_the_verb_speaks_whichever_side_of_the_comma_its_title_is(text: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == ["অশোক সোয়াইন"]


@pytest.mark.parametrize("text, speaker", [
    ("বাজারে চালের দাম কমেনি বলে জানান উপজেলা কৃষি কর্মকর্তা, অশোক সোয়াইন।", "অশোক সোয়াইন"),
    ("“ভোটের পরিবেশ নেই,” বলেন দলের যুগ্ম মহাসচিব, পলাশ মিত্র।", "পলাশ মিত্র"),
    ("নদীভাঙন বেড়েছে, বলেন ইউনিয়ন পরিষদের চেয়ারম্যান, অনিল সোরেন।", "অনিল সোরেন"),
    # no name after the comma: the title speaks
    ("“ভোটের পরিবেশ নেই,” বলেন দলের যুগ্ম মহাসচিব, ঢাকা থেকে।", "দলের যুগ্ম মহাসচিব"),
])
def test_plain_words_after_a_title_and_a_comma_name_the_speaker_the_tagger_missed(text: str, speaker: str) -> None:
    # the tagger finds no name after the comma: two to four plain words there are the name all the same
    assert [q.speaker for q in _analyzed(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "সরকারের উদ্যোগ যথেষ্ট নয়, মন্তব্য করেন অর্থনীতিবিদ অশোক সোয়াইন।",
    "সরকারের উদ্যোগ যথেষ্ট নয়, সাংবাদিকদের উল্লেখ করেন অশোক সোয়াইন।",
])
def test_a_cue_noun_after_the_content_and_a_comma_has_its_speaker_after_it(text: str) -> None:
    # as "…, বলেন অশোক সোয়াইন।": the clause before the comma is what the one after the verb said
    assert [(q.text, q.speaker) for q in _analyzed(text)] == [("সরকারের উদ্যোগ যথেষ্ট নয়", "অশোক সোয়াইন")]


@pytest.mark.parametrize("text", [
    "দিপু চন্দ্র দাসকে জিজ্ঞেস করা হলে তিনি বলেন, সরকারের উদ্যোগ যথেষ্ট নয়।",
    "এ বিষয়ে জানতে দিপু চন্দ্র দাসকে ফোন করা হলে তিনি বলেন, সরকারের উদ্যোগ যথেষ্ট নয়।",
    "দিপু চন্দ্র দাসের সঙ্গে মুঠোফোনে যোগাযোগ করা হলে তিনি বলেন, সরকারের উদ্যোগ যথেষ্ট নয়।",
    "দিপু চন্দ্র দাসকে এ বিষয়ে প্রশ্ন করা হলে তিনি বলেন, সরকারের উদ্যোগ যথেষ্ট নয়।",
    # the topic of the questions between, the askers after an active verb: the one asked still answers
    "সোমবার দিপু চন্দ্র দাসকে বাংলাদেশের চলমান রাজনৈতিক অস্থিতিশীলতা এবং আগামী নির্বাচন নিয়ে বেশ কয়েকটি প্রশ্ন "
    "করেন সাংবাদিকেরা। নির্বাচন কবে হবে কি না, জানতে চাইলে তিনি জানান, সরকারের উদ্যোগ যথেষ্ট নয়।",
])
def test_the_one_asked_or_called_is_whom_the_next_pronoun_means(text: str) -> None:
    # the name is an object (দাসকে) or after সঙ্গে with a word between (মুঠোফোনে), yet the one who answers
    assert [q.speaker for q in _analyzed(text)] == ["দিপু চন্দ্র দাস"]


def test_the_one_asked_about_is_not_whom_the_next_pronoun_means() -> None:
    text = "দিপু চন্দ্র দাসকে নিয়ে প্রশ্ন করা হলে তিনি বলেন, সরকারের উদ্যোগ যথেষ্ট নয়।"
    assert [q.speaker for q in _analyzed(text)] == [None]


def test_a_name_ending_in_der_is_whom_a_later_pronoun_means() -> None:
    # কাদের ends like a plural object (সাংবাদিকদের), but the whole mention is the tagger's name
    text = "আব্দুল কাদের সম্প্রতি বিবিসির সঙ্গে কথা বলেছেন। “সরকারের উদ্যোগ যথেষ্ট নয়,” বলেন তিনি।"
    assert [q.speaker for q in _analyzed(text)] == ["আব্দুল কাদের"]


def test_reported_speech_stops_at_a_newcomer_introduced_with_a_title() -> None:
    text = ("বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেন, বৈঠক ফলপ্রসূ হয়েছে। তবে জামায়াতের আমির শফিকুর রহমান এ "
            "বিষয়ে একমত নন। তিনি বলেন, নির্বাচন পেছানো উচিত।")
    found = [(q.text, q.speaker) for q in _analyzed(text)]
    assert found == [("বৈঠক ফলপ্রসূ হয়েছে", "মির্জা ফখরুল ইসলাম আলমগীর"), ("নির্বাচন পেছানো উচিত", "শফিকুর রহমান")]


@pytest.mark.parametrize("after, goes_on", [
    # a named subject after its verb: the writer opens the next item
    ("তাইওয়ানকে ঘিরে সোমবার লাইভ-ফায়ার সামরিক মহড়া শুরু করেছে চীন।", False),
    ("গত ২৩ নভেম্বর থেকে রাজধানীর এভারকেয়ার হাসপাতালে চিকিৎসাধীন আছেন খালেদা জিয়া।", False),
    # the name before its verb, or after it in a case form, is spoken of
    ("চীন এখন আলোচনার পথ খোলা রাখতে চায়।", True),
    ("আলোচনার পথ খোলা রাখতে হবে চীনকে।", True),
])
def test_reported_speech_stops_at_a_subject_named_after_its_verb(after: str, goes_on: bool) -> None:
    text = "সামরিক মুখপাত্র বলেছেন, হামলায় কেউ হতাহত হয়নি। " + after
    found = [q.text for q in _analyzed(text) if q.kind == "indirect"]
    assert len(found) == 1 and (normalize(after).rstrip("।") in found[0]) is goes_on, found


@pytest.mark.parametrize("after, goes_on", [
    # a person the article has not named before, in the nominative: the reporter brings in a new actor
    ("সভায় অন্তত ১০০ নেতা-কর্মী উপস্থিত থাকলেও আবু তালেব ছিলেন না।", False),
    ("ঢাকার নবাবগঞ্জ উপজেলায় ট্রাকচাপায় তাহমিনা (৭) নামে এক শিশু নিহত হয়েছে।", False),
    ("দলের সবচেয়ে বড় আশার নাম দুলাল হোসেন, দুটি সোনাজয়ী গলফার।", False),
    # a word after the name that ends in a conjunct র (স্বরাষ্ট্র) is no genitive the name modifies
    ("পরে আবু তালেব স্বরাষ্ট্র মন্ত্রণালয়ে যোগ দেন।", False),
    # a name modifying a genitive, or naming someone the speech already spoke of, goes on with it
    ("এতে হাসিনা সরকারের চেহারা উন্মোচিত হয়েছে।", True),
    ("তার সহযোগী দেশ ছেড়ে পালান। ব্যবসায়িক সহযোগী নাজমুল কাদির শাহজাহান ওই ঋণের সিগনেটরি।", True),
])
def test_reported_speech_stops_at_a_person_named_for_the_first_time(after: str, goes_on: bool) -> None:
    text = "উপজেলা নির্বাহী কর্মকর্তা রফিকুল ইসলাম বলেন, সভায় সবাইকে উপস্থিত থাকতে বলা হয়েছিল। " + after
    found = [q.text for q in _analyzed(text) if q.kind == "indirect"]
    assert len(found) == 1 and (normalize(after).rstrip("।").split("। ")[-1] in found[0]) is goes_on, found


def test_the_one_person_present_is_whom_a_later_pronoun_means() -> None:
    text = "সভায় জামায়াতের আমির শফিকুর রহমান উপস্থিত ছিলেন। তিনি বলেন, নির্বাচন পেছানো উচিত।"
    assert [q.speaker for q in _analyzed(text)] == ["শফিকুর রহমান"]


@pytest.mark.parametrize("text, content", [
    ("ঢাকা, ২ জানুয়ারি।\nদেশের অর্থনীতি এখন কঠিন সময় পার করছে। সোমবার এক সংবাদ সম্মেলনে বিএনপির মহাসচিব মির্জা "
     "ফখরুল ইসলাম আলমগীর এ কথা বলেন।", "দেশের অর্থনীতি এখন কঠিন সময় পার করছে"),
    ("সিলেট, ৫ মার্চ ২০২৫।\nআগামী ১২ ফেব্রুয়ারি ভোটগ্রহণ হবে। নির্বাচন কমিশনের এক বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে।",
     "আগামী ১২ ফেব্রুয়ারি ভোটগ্রহণ হবে"),
])
def test_what_a_closing_attribution_points_back_at_leaves_out_the_dateline(text: str, content: str) -> None:
    assert [q.text for q in _analyzed(text)] == [content]


def test_such_with_its_emphatic_ending_points_back_at_the_sentence_before() -> None:
    text = "সভায় অনেকে বক্তব্য দেন। দেশের অর্থনীতি এখন কঠিন সময় পার করছে। এমনটাই জানিয়েছেন অর্থনীতিবিদরা।"
    assert [(q.text, q.speaker) for q in _analyzed(text)] == [("দেশের অর্থনীতি এখন কঠিন সময় পার করছে", "অর্থনীতিবিদরা")]


def test_the_one_quoted_leaves_out_the_definite_subject_that_quotes_them() -> None:
    text = ("শিলং থেকে প্রকাশিত পত্রিকা সোমবার খবরটি ছেপেছে। ওই প্রতিবেদনে পত্রিকাটি মেঘালয় পুলিশের এক শীর্ষ কর্মকর্তাকে "
            "উদ্ধৃত করে লিখেছে, “অভিযুক্তরা গারো হিলস এলাকায় রয়েছে বলে কোনো তথ্য নেই।”")
    assert [q.speaker for q in _analyzed(text)] == ["মেঘালয় পুলিশের এক শীর্ষ কর্মকর্তা"]


def test_a_name_ending_like_a_locative_is_the_subject_not_a_setting() -> None:
    # নাফে ends in -ে like a place word (সভায়, অনুষ্ঠানে), but the tagger found it ending a name
    text = "পাকিস্তানের ক্রিকেটার খাজা নাফে সংবাদ সম্মেলনে আসেন। খাজা নাফে বলেন, “দলের অবস্থা এখন ভালো।”"
    assert [q.speaker for q in _analyzed(text)] == ["খাজা নাফে"]


@pytest.mark.parametrize("name", ["স্টুডেন্টস কেয়ার সোসাইটি", "সিভিল এভিয়েশন অথরিটি"])
def test_an_organisation_headed_by_an_english_word_in_ti_is_a_speaker(name: str) -> None:
    # সোসাইটি, অথরিটি end in -টি like a definite thing (বিষয়টি), but head an organisation's name
    found = [(q.speaker, q.source_type) for q in _analyzed(f"{name} এক বিবৃতিতে জানিয়েছে, ক্যাম্পাসে ক্লাস চলবে।")]
    assert found == [(name, "organisation")]


@pytest.mark.parametrize("text, speaker", [
    ('মি. খন্দকার বিবিসি বাংলাকে বলেন, "আমাকে যে আসনে মনোনয়ন দেওয়া হয়েছে।"', "খন্দকার"),
    ("মিজ তালুকদার বিবিসি বাংলাকে বলেছেন, আওয়ামী লীগ বিহীন নির্বাচন ঠিক হচ্ছে না।", "তালুকদার"),
])
def test_a_surname_in_r_after_a_form_of_address_is_the_speaker_not_the_outlets_owner(text: str, speaker: str) -> None:
    # খন্দকার, তালুকদার end in -র like a genitive ("যুক্তরাজ্যের … অথোরিটিকে"), but after মি./মিজ they are a name
    assert [q.speaker for q in _analyzed(normalize(text))] == [speaker]


@pytest.mark.parametrize("text, quoted", [
    ("রাষ্ট্রবিজ্ঞানী আব্দুল বাতেন বলেন, নির্বাচন সুষ্ঠু হওয়া জরুরি।", "নির্বাচন সুষ্ঠু হওয়া জরুরি"),
    ("নির্বাচন সুষ্ঠু হওয়া জরুরি বলে জানান আব্দুল বাতেন।", "নির্বাচন সুষ্ঠু হওয়া জরুরি"),
    ("অন্যদিকে প্রতিহিংসার রাজনীতি দীর্ঘ সময় ধরে দেখা যাচ্ছে, সে জায়গা পরিবর্তন করতে সব দলের অংশগ্রহণমূলক নির্বাচন "
     "হওয়া জরুরি বলে মনে করছেন আব্দুল বাতেন।",
     "প্রতিহিংসার রাজনীতি দীর্ঘ সময় ধরে দেখা যাচ্ছে, সে জায়গা পরিবর্তন করতে সব দলের অংশগ্রহণমূলক নির্বাচন হওয়া জরুরি"),
])
def test_a_name_ending_like_a_verb_is_the_speaker(text: str, quoted: str) -> None:
    # বাতেন ends in -তেন like a verb (করতেন, বলতেন), but the tagger found it ending a name
    assert _speakers_by_text(text).get(quoted) == "আব্দুল বাতেন", _speakers_by_text(text)


@pytest.mark.parametrize("text, speaker", [
    ("এই সম্প্রসারণকে 'ঐতিহাসিক' আখ্যা দিয়ে তথ্যমন্ত্রী বলেছেন, এতে দেশের গণমাধ্যম আরও শক্তিশালী হবে।", "তথ্যমন্ত্রী"),
    ("এই সম্প্রসারণকে 'ঐতিহাসিক' আখ্যা দিয়ে বলেন তথ্যমন্ত্রী হাসানুল হক ইনু।", "হাসানুল হক ইনু"),
])
def test_a_label_given_with_a_naming_converb_is_the_main_speech_verbs_subjects(text: str, speaker: str) -> None:
    assert _speakers_by_text(text).get("ঐতিহাসিক") == speaker, _speakers_by_text(text)


def test_a_label_given_with_a_naming_converb_before_another_verb_stays_unattributed() -> None:
    # "… আখ্যা দিয়ে অমানবিক করে তুলছে": no speech verb follows, nobody says the label
    text = "এই চরমপন্থি গোষ্ঠীগুলো মানুষ ও প্রতিষ্ঠানকে 'ভারতপন্থি' আখ্যা দিয়ে অমানবিক করে তুলছে।"
    assert _speakers_by_text(text).get("ভারতপন্থি") is None


@pytest.mark.parametrize("text, expected", [
    ("এই শিশুরা আগামী দিনের নাগরিক, এ কথা বলেন নেতা-নেত্রীরা।",
     [("indirect", "এই শিশুরা আগামী দিনের নাগরিক", "নেতা-নেত্রীরা")]),
    ("তবে টেস্টের সাদা পোশাক তুলে রাখার সিদ্ধান্তটা খুব সহজ ছিল না, সেটি বলছেন অধিনায়ক।",
     [("indirect", "টেস্টের সাদা পোশাক তুলে রাখার সিদ্ধান্তটা খুব সহজ ছিল না", "অধিনায়ক")]),
    ("দেশের অর্থনীতি এখন কঠিন সময় পার করছে, এ মন্তব্য করেন বিএনপির মহাসচিব।",
     [("indirect", "দেশের অর্থনীতি এখন কঠিন সময় পার করছে", "বিএনপির মহাসচিব")]),
])
def test_an_object_after_the_comma_takes_up_the_clause_before_as_content(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("গ্রামের স্কুলগুলোতে শিক্ষকের সংকট যে তীব্র, জেলা শিক্ষা কর্মকর্তা রফিকুল ইসলাম তা বারবার বলেছেন।",
     [("indirect", "গ্রামের স্কুলগুলোতে শিক্ষকের সংকট যে তীব্র", "রফিকুল ইসলাম")]),
    ("সরকার যে বন্যার্তদের পাশে দাঁড়িয়েছে, সংবাদ সম্মেলনে তা উল্লেখ করেন মন্ত্রী আবদুর রহমান।",
     [("indirect", "সরকার যে বন্যার্তদের পাশে দাঁড়িয়েছে", "আবদুর রহমান")]),
])
def test_a_that_clause_taken_up_by_ta_after_the_speaker_is_the_content(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    # the correlative যে … তা: "… যে বেশি, অধ্যাপক অমর্ত্য সেন তা বারবার লিখেছেন"
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "সংস্থাটি যে বন্ধ হয়েছে, তবে কবে তা উল্লেখ করেননি মন্ত্রী।",
    "গ্রামের স্কুলগুলোতে শিক্ষকের সংকট তীব্র, জেলা শিক্ষা কর্মকর্তা তা নিয়ে কিছু বলেননি।",
])
def test_a_ta_not_taking_up_a_said_that_clause_reports_nothing(text: str) -> None:
    assert _found(text) == []


def test_a_content_after_the_verb_opening_with_this_is_not_taken_up() -> None:
    assert _found("মন্ত্রী বলেন, এটা ঠিক নয়।") == [("indirect", "এটা ঠিক নয়", "মন্ত্রী")]


@pytest.mark.parametrize("text", ["অন্যদিকে রাজনৈতিক বিশ্লেষক মহিউদ্দিন আহমদ মনে করেন ভিন্ন কথা।",
                                  "বিশ্লেষকরাও বলছেন একই কথা।"])
def test_words_named_after_the_verb_are_its_object_not_content(text: str) -> None:
    assert _found(text) == []


def test_many_with_the_emphatic_o_is_a_group_of_speakers() -> None:
    text = "অন্য অনেকেও বলছেন এবারের ব্যালন ডি’অরটা রোনালদোরই প্রাপ্য।"
    assert _found(text) == [("indirect", "এবারের ব্যালন ডি’অরটা রোনালদোরই প্রাপ্য", "অনেকেও")]


@pytest.mark.parametrize("text, speaker", [
    ("বিষয়টি সহজ ছিল না, বলছেন জ্যাক ক্যালিস নিজেই।", "জ্যাক ক্যালিস"),
    ("তবে টেস্টের সাদা পোশাক তুলে রাখার সিদ্ধান্তটা খুব সহজ ছিল না, সেটি বলছেন জ্যাক ক্যালিস নিজেও।", "জ্যাক ক্যালিস"),
    ("জ্যাক ক্যালিস অবসর নিলেন। বিষয়টি সহজ ছিল না, বলছেন তিনি নিজেই।", "জ্যাক ক্যালিস"),
])
def test_himself_after_the_verb_is_no_word_of_the_speakers_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == [speaker]


def test_a_name_ending_like_a_genitive_opens_the_clause_as_its_subject() -> None:
    # তালুকদার ends in -র like a genitive, but the tagger found it ending a name: subject, object, বলে
    text = ("যুক্তরাষ্ট্রের এই পদক্ষেপের পর ইউরোপীয় কমিশনের সাবেক শীর্ষ প্রযুক্তি নিয়ন্ত্রক রনি তালুকদার অবশ্য এটিকে "
            "একটি \"চিরুনি অভিযান\" চলছে বলে উল্লেখ করেছেন।")
    assert _speakers_by_text(text).get('এটিকে একটি "চিরুনি অভিযান" চলছে') == "রনি তালুকদার"


def test_a_name_ending_in_a_word_of_belief_is_no_according_to_cue() -> None:
    # বিশ্বাস opens "X-এর বিশ্বাস, …" (X believes), but in তনিমা বিশ্বাস it is a surname
    text = ("\"এই উগ্রপন্থী কর্মী এবং আক্রমণাত্মক এনজিওগুলোর বিরুদ্ধে অনেক বিদেশি রাষ্ট্র কঠোর বিধিনিষেধের ব্যবস্থা গ্রহণ "
            "করেছে,\" পররাষ্ট্রমন্ত্রী তনিমা বিশ্বাস এক বিবৃতিতে বলেছেন।")
    assert [q.speaker for q in _analyzed(text)] == ["তনিমা বিশ্বাস"]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("পর্তুগালের অধিনায়ক তাওয়ান্দা মাসওয়ানহিসে অবসরের আগে ক্যারিয়ারে ১,০০০ গোল করার লক্ষ্যের কথা আবারো জানিয়েছেন।",
     "অবসরের আগে ক্যারিয়ারে ১,০০০ গোল করার লক্ষ্যের", "তাওয়ান্দা মাসওয়ানহিসে"),
    ("যুগ্ম আহ্বায়ক আব্দুল বাতেন নির্বাচন থেকে সরে দাঁড়ানোর ঘোষণা দিয়েছেন।", "নির্বাচন থেকে সরে দাঁড়ানোর",
     "আব্দুল বাতেন"),
])
def test_a_name_ending_like_a_place_or_a_verb_opens_a_nominal_content(text: str, quoted: str, speaker: str) -> None:
    # মাসওয়ানহিসে ends in -ে like a place word, বাতেন in -তেন like a verb: the tagger found them ending names
    assert _speakers_by_text(text).get(quoted) == speaker, _speakers_by_text(text)


@pytest.mark.parametrize("text", [
    "এতে সরকার প্রায় ছয় কোটি টাকা হারাবে বলে দরপত্রে অংশ নেওয়া একাধিক ঠিকাদার জানান।",
    "দরপত্রে অংশ নেওয়া একাধিক ঠিকাদার জানান, এতে সরকার প্রায় ছয় কোটি টাকা হারাবে।",
])
def test_a_count_of_people_described_by_a_participle_is_the_speaker(text: str) -> None:
    assert _found(text) == [("indirect", "এতে সরকার প্রায় ছয় কোটি টাকা হারাবে", "একাধিক ঠিকাদার")]


def test_a_count_of_things_described_by_a_participle_speaks_for_nobody() -> None:
    # একাধিক counts things too; a plain verb (বলছে, not বলেন/জানান) is no person's
    assert _found("ট্রাম্পের দেওয়া একাধিক প্রস্তাব বলছে, যুদ্ধ থামবে।") == [("indirect", "যুদ্ধ থামবে", None)]


@pytest.mark.parametrize("text", [
    "সোমবার রাজধানীর নয়াপল্টনে দলীয় কার্যালয়ের সামনে এক সমাবেশে, এসব কথা বলেন দলের মহাসচিব।",
    "নির্বাচন সময়মতো হবে কি না, সেটি জানান নি মন্ত্রী।",
    "নির্বাচন সময়মতো হবে কিনা, সেটি জানান মন্ত্রী।",
])
def test_a_setting_or_an_open_question_before_the_comma_is_not_taken_up(text: str) -> None:
    assert _found(text) == []


def test_an_uncued_quotation_before_a_taken_up_clause_is_the_same_speakers() -> None:
    text = ("\"আমরা দেশের মানুষের জন্য কাজ করছি। আমরা থামব না।\" দেশের অর্থনীতি এখন কঠিন সময় পার করছে, এ কথা বলেন "
            "দলের মহাসচিব।")
    assert _found(text) == [("direct", "আমরা দেশের মানুষের জন্য কাজ করছি। আমরা থামব না।", "দলের মহাসচিব"),
                            ("indirect", "দেশের অর্থনীতি এখন কঠিন সময় পার করছে", "দলের মহাসচিব")]


@pytest.mark.parametrize("text, speaker", [
    ("তহবিল থেকে টাকা নেওয়ার ব্যাপারে কমিটির সদস্য রহিম উদ্দিন মুঠোফোনে বলেন, ‘এটা আমার ব্যক্তিগত লেনদেন।’",
     "রহিম উদ্দিন"),
    ("তহবিল থেকে টাকা নেওয়ার ব্যাপারে কমিটির সদস্য রহিম উদ্দিন মোবাইল ফোনে বলেন, এটা আমার ব্যক্তিগত লেনদেন।",
     "রহিম উদ্দিন"),
])
def test_how_one_talks_makes_no_compound_with_the_subject(text: str, speaker: str) -> None:
    # "মুঠোফোনে" ends like a place, yet "রহিম উদ্দিন মুঠোফোনে" is no compound: the walk back stops at the name
    # instead of reaching "টাকা" before the topic's "ব্যাপারে"
    assert [q.speaker for q in _analyzed(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "স্বরাষ্ট্র উপদেষ্টা নাসির উদ্দিন বলেন, এ পর্যন্ত ১১ জনকে গ্রেফতার করা হয়েছে। গ্রেফতারকৃতরা হলেন রফিক মিয়া, "
    "জসিম উদ্দিন, কামাল হোসেন ও শাহীন আলম। তিনি বলেন, গ্রেফতারকৃতদের মধ্যে ছয়জন স্বীকারোক্তি দিয়েছে।",
    "স্বরাষ্ট্র উপদেষ্টা নাসির উদ্দিন বলেন, এ পর্যন্ত ১১ জনকে গ্রেফতার করা হয়েছে। গ্রেফতারকৃতরা হলেন বাবা রফিক "
    "মিয়া, মা হাসি বেগম, ভাই কামাল হোসেন এবং শ্যালক শাহীন আলম। তিনি বলেন, গ্রেফতারকৃতদের মধ্যে ছয়জন স্বীকারোক্তি দিয়েছে।",
])
def test_a_later_tini_means_no_one_of_a_list_of_people(text: str) -> None:
    # the list sits between the speaker and তিনি: its last name is no antecedent
    assert [q.speaker for q in _analyzed(text)] == ["নাসির উদ্দিন", "নাসির উদ্দিন"]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("রহিম উদ্দিন নির্বাচনের পর সংলাপ হবে বলে জানান।", "নির্বাচনের পর সংলাপ হবে", "রহিম উদ্দিন"),
    ("জবাবে রহিম উদ্দিন নির্বাচনের পর সংলাপের উদ্যোগ নেওয়া হবে বলে জানান।",
     "নির্বাচনের পর সংলাপের উদ্যোগ নেওয়া হবে", "রহিম উদ্দিন"),
    ("জামায়াতের আমির শফিকুর রহমান নির্বাচনের পর সংলাপ হবে বলে জানান।", "নির্বাচনের পর সংলাপ হবে", "শফিকুর রহমান"),
])
def test_a_name_before_a_content_whose_verb_no_person_takes_speaks_it(text: str, quoted: str, speaker: str) -> None:
    # হবে is not the honorific a person takes (হবেন), so the name is the subject of জানান, not of the content
    assert [(q.text, q.speaker) for q in _analyzed(text)] == [(quoted, speaker)]


def test_a_name_that_is_the_contents_own_subject_stays_in_it() -> None:
    # two people and their honorific future: a joint plan, no single speaker (as before)
    found = _analyzed("রহিম উদ্দিন নড়াইল-২ ও করিম হোসেন ঢাকা-১৩ আসনে নির্বাচন করবেন বলে জানিয়েছেন।")
    assert [q.speaker for q in found] == [None]


@pytest.mark.parametrize("text, speaker", [
    ("“ভোটের পরিবেশ নেই,” বলেন পলাশ মিত্র, দলের যুগ্ম মহাসচিব।", "পলাশ মিত্র"),
    # a plural before the comma is no name: the title after it speaks, as before
    ("“ভোটের পরিবেশ নেই,” বলেন দলের নেতারা, দলের যুগ্ম মহাসচিব।", "দলের যুগ্ম মহাসচিব"),
])
def test_plain_words_before_a_comma_and_a_title_name_the_speaker_the_tagger_cut_short(text: str, speaker: str) -> None:
    # the tagger finds "পলাশ" alone, so no name ends at the comma; two plain words there are the name
    assert [q.speaker for q in _analyzed(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("পুলিশ ঘটনাস্থলে যায়। বাংলাদেশিদের একটি অংশ ভারতের প্রভাব নিয়ে সবসময়ই বিরক্তি প্রকাশ করে আসছেন। "
     "শেখ হাসিনার শাসনামলে এই প্রভাব আরও বেড়েছিল বলে মনে করেন তারা।", "বাংলাদেশিদের একটি অংশ"),
    ("পুলিশ ঘটনাস্থলে যায়। ব্যবসায়ীদের একাংশ ভারতের প্রভাব নিয়ে সবসময়ই বিরক্তি প্রকাশ করে আসছেন। "
     "শেখ হাসিনার শাসনামলে এই প্রভাব আরও বেড়েছিল বলে মনে করেন তারা।", "ব্যবসায়ীদের একাংশ"),
])
def test_a_part_of_a_people_opening_the_sentence_before_is_whom_tara_means(text: str, speaker: str) -> None:
    assert [q.speaker for q in _analyzed(text)] == [speaker]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("শ্রমিক নেতা আবুল হোসেন সমাবেশে বক্তব্য দেন। দাবি না মানলে তারা কর্মসূচি চালিয়ে যাবেন - উল্লেখ করেন তিনি।",
     "দাবি না মানলে তারা কর্মসূচি চালিয়ে যাবেন", "আবুল হোসেন"),
    ("বন্যায় এবার ফসলের বড় ক্ষতি হয়েছে – জানিয়েছেন কৃষি কর্মকর্তা আবুল কাশেম।",
     "বন্যায় এবার ফসলের বড় ক্ষতি হয়েছে", "আবুল কাশেম"),
    ("সাবেক মন্ত্রী রফিকুল ইসলাম সভায় বক্তব্য দেন। দেশের অর্থনীতি এখন কঠিন সময় পার করছে — বলেন তিনি।",
     "দেশের অর্থনীতি এখন কঠিন সময় পার করছে", "রফিকুল ইসলাম"),
])
def test_a_spaced_dash_before_a_verb_and_its_subject_sets_the_content_off_like_a_comma(
        text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(quoted, "missing") == speaker


def test_a_dash_inside_a_word_is_no_comma_before_a_cue() -> None:
    text = "ঢাকা-১৭ আসনের প্রার্থী রফিকুল ইসলাম বলেন, ভোট সুষ্ঠু হবে।"
    assert _speakers_by_text(text) == {"ভোট সুষ্ঠু হবে": "রফিকুল ইসলাম"}


@pytest.mark.parametrize("text, quoted, speaker", [
    ("আগামী মৌসুমেও ক্লাবে খেলা চালিয়ে যাবেন বলে স্পষ্ট করেছেন লিওনেল মেসি।",
     "আগামী মৌসুমেও ক্লাবে খেলা চালিয়ে যাবেন", "লিওনেল মেসি"),
    ("অবসরের কোনো পরিকল্পনা তার নেই বলে আবারও স্পষ্ট করেছেন তামিম ইকবাল।",
     "অবসরের কোনো পরিকল্পনা তার নেই", "তামিম ইকবাল"),
])
def test_what_a_person_makes_clear_with_bole_is_reported_speech(text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(quoted, "missing") == speaker


@pytest.mark.parametrize("text, quoted, speaker", [
    ("দল ছাড়ার কোনো ইচ্ছা তার নেই বলে আবারও স্পষ্ট করে দিয়েছেন ক্রিস্টিয়ানো রোনালদো।",
     "দল ছাড়ার কোনো ইচ্ছা তার নেই", "ক্রিস্টিয়ানো রোনালদো"),
    ("সফর বাতিল হয়নি বলে ফের নিশ্চিত করে দিয়েছেন মুখপাত্র জন কিরবি।", "সফর বাতিল হয়নি", "জন কিরবি"),
    ("চুক্তি সই হবে বলে নিশ্চিত করে দিলেন মন্ত্রী আবদুল মোমেন।", "চুক্তি সই হবে", "আবদুল মোমেন"),
])
def test_the_subject_follows_an_explicator_and_an_again_is_no_speaker(text: str, quoted: str, speaker: str) -> None:
    # "করে দিয়েছেন": দেওয়া finishes the converb's action, and the subject comes after it
    assert _speakers_by_text(text).get(quoted, "missing") == speaker


@pytest.mark.parametrize("text", [
    "দলটি এখনো তাদের অবস্থান স্পষ্ট করেনি।",
    "এই তালিকা স্পষ্ট করে দেয় যে বিশ্ব ফুটবল এখন কেবল খেলা নয়।",
])
def test_making_a_stand_or_a_list_clear_is_no_speech(text: str) -> None:
    assert _analyzed(text) == []


@pytest.mark.parametrize("text, quoted, speaker", [
    ("এটাকে চলতি শীত মৌসুমের প্রথম মৃদু শৈত্যপ্রবাহ বলছেন আবহাওয়াবিদরা।",
     "এটাকে চলতি শীত মৌসুমের প্রথম মৃদু শৈত্যপ্রবাহ", "আবহাওয়াবিদরা"),
    ("একে দেশের ইতিহাসের সবচেয়ে বড় বাজেট বলেছেন অর্থমন্ত্রী আবুল কাশেম।",
     "একে দেশের ইতিহাসের সবচেয়ে বড় বাজেট", "আবুল কাশেম"),
])
def test_what_a_speaker_calls_a_thing_before_the_verb_is_their_words(text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(quoted, "missing") == speaker


@pytest.mark.parametrize("text", [
    "এটাকে নিয়ে কিছু বলেননি আবুল কাশেম।",
    "তাকে নিয়ে কিছু বলেননি আবুল কাশেম।",
])
def test_saying_nothing_about_a_thing_names_nothing(text: str) -> None:
    assert _analyzed(text) == []


@pytest.mark.parametrize("text, quoted, speaker", [
    ("গ্রামের বাজারে ভোটারদের সঙ্গে কথা হয় প্রতিবেদকের। দল না থাকলে ভোট দিতে যাবেন না - প্রতিবেদকের কাছে "
     "অনেক ভোটার এমন কথাও প্রকাশ্যে বলেছেন।", "দল না থাকলে ভোট দিতে যাবেন না", "অনেক ভোটার"),
    ("গ্রামের বাজারে ভোটারদের সঙ্গে কথা হয় প্রতিবেদকের। দল না থাকলে ভোট দিতে যাবেন না - এমন কথা বলেছেন "
     "স্থানীয় ব্যবসায়ী আবুল কাশেম।", "দল না থাকলে ভোট দিতে যাবেন না", "আবুল কাশেম"),
])
def test_the_words_a_dash_sets_off_before_emon_kotha_are_what_was_said(text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(quoted, "missing") == speaker


@pytest.mark.parametrize("text, quoted, speaker", [
    # a press release ("প্রেস বিজ্ঞপ্তি") is its issuer's, like a সংবাদ বিজ্ঞপ্তি
    ("তবে ব্যাংক কর্তৃপক্ষ গ্রাহকদের উদ্বিগ্ন না হওয়ার জন্য আহ্বান জানিয়েছে। ব্যাংকের এক প্রেস বিজ্ঞপ্তিতে জানানো "
     "হয়েছে, শাখার গ্রাহকেরা বিকল্প ব্যবস্থায় লেনদেন করতে পারবেন।",
     "শাখার গ্রাহকেরা বিকল্প ব্যবস্থায় লেনদেন করতে পারবেন", "ব্যাংক"),
    # where from ("ধ্বংসস্তূপ থেকে") is no subject: the walk goes on to who spoke
    ("প্রধানমন্ত্রী শেখ হাসিনা সাভারে ধ্বংসস্তূপ থেকে জীবিত অবস্থায় রেশমাকে উদ্ধারের ঘটনা প্রসঙ্গে বলেছেন, এটি একটি "
     "অভূতপূর্ব ঘটনা।", "এটি একটি অভূতপূর্ব ঘটনা", "শেখ হাসিনা"),
    # "X is a <title>.": the তিনি after it is X, not the bare title
    ("চীনা জাতিগত গোষ্ঠীর রেনি চং পেশায় একজন গণসংযোগ উপদেষ্টা। নির্বাচনের ফলাফল নিয়ে ক্ষোভ প্রকাশ করে তিনি বলেন, "
     "এখন থেকে চীনারা আরও কোণঠাসা হয়ে পড়বে।", "এখন থেকে চীনারা আরও কোণঠাসা হয়ে পড়বে",
     "চীনা জাতিগত গোষ্ঠীর রেনি চং"),
])
def test_unseen_article_speakers(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


@pytest.mark.parametrize("text", [
    # adverbs of frequency and connectives are never who speaks
    "সিঙ্গাপুরের এক নেতা ছিলেন, এখন অবসরে বসে কখনো কখনো পরামর্শ দেন, যদি পরামর্শ কেউ চায়।",
    "এর মধ্য দিয়ে যুক্তরাষ্ট্র ইউরোপের রাজনীতিতে হস্তক্ষেপ করে। তদুপরি, ১৯১৭ সালে রাশিয়ায় বিপ্লব হয় এবং বলশেভিকরা "
    "যুদ্ধ থেকে বেরিয়ে যাওয়ার ঘোষণা দেয়।",
])
def test_an_adverb_or_a_connective_is_no_speaker(text: str) -> None:
    assert not any(speaker in {"কখনো কখনো", "কখনো", "তদুপরি"} for _, _, speaker in _found(text))


@pytest.mark.parametrize("text, quoted, speaker", [
    # the first word of an organisation's name, named in full before, is that organisation (though
    # it ends like "-টি", a matter)
    ("অভিযানের সময় কী ঘটেছে, তা নিয়ে সংশয় প্রকাশ করেছে অ্যামনেস্টি ইন্টারন্যাশনাল। পরিস্থিতি নিয়ে বিতর্ক আছে উল্লেখ "
     "করে অ্যামনেস্টি বলেছে, অভিযান নতুন করে সহিংসতার জন্ম দিয়েছে।", "অভিযান নতুন করে সহিংসতার জন্ম দিয়েছে",
     "অ্যামনেস্টি ইন্টারন্যাশনাল"),
    # a title owned by a person ("সালমান খানের আইনজীবী") is not someone introduced with the bare title
    ("রিট আবেদনের পক্ষে শুনানি করেন আইনজীবী মনজিল মোরসেদ। তিনি বলেন, শুনানি শেষ হয়েছে। অভিনেতা সালমান খান "
     "মুম্বাইয়ে থাকেন। সালমান খানের আইনজীবী জানিয়েছেন, তাঁরা এই রায়কে চ্যালেঞ্জ করে আপিল করছেন।",
     "তাঁরা এই রায়কে চ্যালেঞ্জ করে আপিল করছেন", "সালমান খানের আইনজীবী"),
])
def test_unseen_article_speakers_with_entities(text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(normalize(text)).get(normalize(quoted)) == speaker


@pytest.mark.parametrize("text, quoted, speaker", [
    # a quotation whose closing mark is missing ends with its sentence; the next sentence's "X বলেন" is
    # X's own report, the attribution before the opening mark the quotation's
    ("জনসংহতি সমিতির তথ্য ও প্রচার সম্পাদক মঙ্গল কুমার চাকমা বলেন, 'অপহৃত ব্যক্তিদের মুক্তি দিতে আমরা আহ্বান "
     "জানিয়েছি। ঘূর্ণিঝড় প্রস্তুতি কর্মসূচির দলনেতা জাকির হোসেন বলেন, তিন দিন ধরে সতর্কীকরণ বার্তা দেওয়া হচ্ছিল। "
     "কমিউনিটি রেডিও 'লোকবেতারের' পরিচালক তারেক মাহমুদ বলেন, শুরু থেকেই ঝড়টি দূরে ছিল।",
     "অপহৃত ব্যক্তিদের মুক্তি দিতে আমরা আহ্বান জানিয়েছি।", "মঙ্গল কুমার চাকমা"),
])
def test_an_unclosed_quotation_is_attributed_before_its_opening_mark(text: str, quoted: str, speaker: str) -> None:
    # (where an unclosed quotation ends is another question: the case names its start only)
    direct = [q for q in quotes(normalize(text)) if q.kind == "direct" and q.text.startswith(normalize(quoted))]
    assert [q.speaker for q in direct] == [speaker]


def test_a_list_closed_by_promukh_is_nobody_a_later_report_belongs_to() -> None:
    # "X, Y প্রমুখ" (X, Y and others) lists people: not one person, nor the issuer of a report
    text = ("এতে বক্তব্য দেন হাসানুল হক ইনু, পাবনা জেলা পরিষদের প্রশাসক সাইদুল ইসলাম প্রমুখ। ফাটল ধরার পরও কারখানা "
            "খোলা থাকায় শ্রমিকেরা ২৪ এপ্রিল কাজে যোগ দেন। তদন্ত প্রতিবেদনে বলা হয়, রানা প্লাজা ধস ছিল মূলত একটি দুর্ঘটনা।")
    # (with no issuer in sight, the report itself speaks)
    assert _speakers_by_text(normalize(text)).get("রানা প্লাজা ধস ছিল মূলত একটি দুর্ঘটনা", "") == "তদন্ত প্রতিবেদন"


@pytest.mark.parametrize("text, quoted, speaker", [
    # the owner of what is described ("আদালতের এই ঘোষণাকে") is no subject: the walk goes on to who describes it
    ("নেপালের মানবাধিকারবিষয়ক আইনজীবীরা আদালতের এই ঘোষণাকে ‘ঐতিহাসিক সিদ্ধান্ত’ হিসেবে বর্ণনা করেছেন।",
     "ঐতিহাসিক সিদ্ধান্ত", "নেপালের মানবাধিকারবিষয়ক আইনজীবীরা"),
    # a clause closed by its verb and a subject of more than one word, then a comma and the quotation
    ("তবে খুব বড় কোনো ঝুঁকি না থাকলে অপরিবর্তিত দল নিয়েই কাল মাঠে নামতে চান অস্ট্রেলিয়ান অধিনায়ক, ‘যদি একান্তই "
     "বদলাতে হয় তাহলেই আমরা সেটা করব।’", "যদি একান্তই বদলাতে হয় তাহলেই আমরা সেটা করব।", "অস্ট্রেলিয়ান অধিনায়ক"),
    ("তবে প্রথম ম্যাচ হিসেবে জয়টাকেই বড় করে দেখছেন আলী আকবর পোরমুসলিমি, ‘ছেলেদের খেলায় কোনো সমন্বয় ছিল না। তবে "
     "প্রথম ম্যাচ হিসেবে আমি খুশি।’", "ছেলেদের খেলায় কোনো সমন্বয় ছিল না। তবে প্রথম ম্যাচ হিসেবে আমি খুশি।",
     "আলী আকবর পোরমুসলিমি"),
])
def test_who_speaks_before_a_quotation_in_feature_writing(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


def test_an_acronym_that_ends_like_a_place_is_the_organisation_it_stands_for() -> None:
    # "আইএফজে" (ends in -ে) is the alias of the organisation named in full before, not an outlet in the locative
    text = ("ইন্টারন্যাশনাল ফেডারেশন অব জার্নালিস্টস (আইএফজে) গতকাল মঙ্গলবার এ তথ্য প্রকাশ করেছে। ২০১২ সালের চেয়ে "
            "২০১৩ সালে সাংবাদিক হত্যার ঘটনা ১০ শতাংশ কমেছে। তবে আইএফজে বলেছে, সরকারগুলোর আরও অনেক কিছু করার রয়েছে।")
    assert _speakers_by_text(normalize(text)).get("সরকারগুলোর আরও অনেক কিছু করার রয়েছে") == \
        "ইন্টারন্যাশনাল ফেডারেশন অব জার্নালিস্টস"


def test_unnamed_people_of_two_kinds_are_a_group_not_the_one_a_later_tini_means() -> None:
    # "… শর্তে কলেজের শিক্ষক-কর্মচারীরা" are many; the তিনি the one contacted ("X-এর সঙ্গে যোগাযোগ করা হলে")
    text = ("অধ্যক্ষ জিয়া উদ্দিন আহমদ ২০০৮ সালে কলেজে যোগ দেন। নাম প্রকাশ না করার শর্তে কলেজের শিক্ষক-কর্মচারীরা "
            "অভিযোগ করেন, তিনি তহবিল থেকে টাকা তুলেছেন। এসব ব্যাপারে জিয়া উদ্দিন আহমদের সঙ্গে যোগাযোগ করা হলে তিনি "
            "বলেন, ‘আমার বিরুদ্ধে আনীত সব অভিযোগই ভিত্তিহীন।’")
    assert _speakers_by_text(normalize(text)).get("আমার বিরুদ্ধে আনীত সব অভিযোগই ভিত্তিহীন।") == "জিয়া উদ্দিন আহমদ"


def test_what_is_said_in_it_is_the_organisation_that_closes_the_sentence_before() -> None:
    # "তাতে বলা হয়" like "এতে বলা হয়"; an organisation named by its kind after the verb (দূতাবাস) issued
    # it, not the person who spoke before
    text = ("মেরি হার্ফ বলেন, ‘আমরা সংলাপের আহ্বান জানাই।’ গতকাল বৈঠকের পর সাংবাদিকদের সঙ্গে কথা বলেননি মার্কিন "
            "রাষ্ট্রদূত। তবে বৈঠকের পর একটি বক্তব্য প্রচার করে দূতাবাস। তাতে বলা হয়, বিরোধী দলকে স্বাধীনভাবে মতামত "
            "প্রকাশের সুযোগ করে দেওয়া সরকারের দায়িত্ব।")
    assert _one(text, "বিরোধী দলকে স্বাধীনভাবে মতামত প্রকাশের সুযোগ করে দেওয়া সরকারের দায়িত্ব").speaker == "দূতাবাস"


@pytest.mark.parametrize("text, quoted, speaker", [
    ("‘ন্যায়বিচার চাই’ — ফেসবুকে লিখেছেন সাবেক মন্ত্রী আবদুর রহমান।", "ন্যায়বিচার চাই", "আবদুর রহমান"),
    ("‘দেশ আজ অন্ধকারে’—নিজের ফেসবুক অ্যাকাউন্টে লেখেন অভিনেতা চঞ্চল চৌধুরী।", "দেশ আজ অন্ধকারে",
     "চঞ্চল চৌধুরী"),
    ("‘আমরা প্রস্তুত’ — সাংবাদিকদের বলেন অধিনায়ক নাজমুল হোসেন শান্ত।", "আমরা প্রস্তুত", "নাজমুল হোসেন শান্ত"),
    ("‘দুবারই আমাকে ভুল আউট দেওয়া হলো’—ম্যাচ শেষে বলছিলেন ওপেনার তামিম ইকবাল।",
     "দুবারই আমাকে ভুল আউট দেওয়া হলো", "তামিম ইকবাল"),
    ("‘সবাই সাবধানে থাকুন।’ — ফেসবুকে লিখেছেন অভিনেত্রী জয়া আহসান।", "সবাই সাবধানে থাকুন।", "জয়া আহসান"),
])
def test_a_setting_and_a_cue_after_a_dash_attribute_a_short_quotation(text: str, quoted: str, speaker: str) -> None:
    # as after a comma: "‘…’, ফেসবুকে লিখেছেন X"
    assert _speakers_by_text(text).get(quoted, "missing") == speaker


@pytest.mark.parametrize("text", [
    "দলের নেতারা চুপ। ‘অস্তিত্ব বলতে কী বোঝান’—জানতে চাইলে ওই নেতা বলেন, ‘আমাদের এখানে রাজনীতি এক মারাত্মক খেলা।’",
    "চেলসির কোচ এবার কঠোর। ‘ক্লাবের দরজা খোলাই আছে’—কোচ যখন কোনো খেলোয়াড়কে নিয়ে এমন কিছু বলেন তখন তাঁর "
    "ভবিষ্যৎ পরিষ্কার হয়ে যায়।",
])
def test_a_clause_of_its_own_after_a_dash_does_not_attribute_the_quotation(text: str) -> None:
    # a question asked of the speaker, or what any coach would say: not the words of the one named
    first = normalize(text).split("‘")[1].split("’")[0]
    assert _speakers_by_text(text).get(first) is None


@pytest.mark.parametrize("text, quoted, speaker", [
    ("‘কেউ আমাদের খোঁজ নেয় না’, আক্ষেপ করে বলেন স্থানীয় বাসিন্দা আবদুল করিম।", "কেউ আমাদের খোঁজ নেয় না",
     "আবদুল করিম"),
    ("‘বিক্রি নেই’, ক্ষোভ প্রকাশ করে বলেন ব্যবসায়ী রফিকুল ইসলাম।", "বিক্রি নেই", "রফিকুল ইসলাম"),
    ("‘এভাবে চলতে পারে না’, হতাশা প্রকাশ করে বললেন শিক্ষক মোস্তফা কামাল।", "এভাবে চলতে পারে না",
     "মোস্তফা কামাল"),
    ("‘এভাবে চলতে পারে না’, কিছুটা বিরক্ত হয়ে বলেন শিক্ষক মোস্তফা কামাল।", "এভাবে চলতে পারে না",
     "মোস্তফা কামাল"),
])
def test_a_manner_converb_before_the_speech_verb_leaves_its_subject_the_speaker(
        text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(quoted, "missing") == speaker


@pytest.mark.parametrize("text, speakers", [
    ("আবেগাপ্লুত কণ্ঠে বলেন স্থানীয় বাসিন্দা আবদুল করিম, ‘কেউ আমাদের খোঁজ নেয় না।’", {"আবেগাপ্লুত"}),
    ("কাঁপা কাঁপা কণ্ঠে বলেন আবদুল করিম, ‘কেউ আমাদের খোঁজ নেয় না।’", {"কাঁপা কাঁপা", "কাঁপা"}),
    ("ক্ষুব্ধ স্বরে বলেন আবদুল করিম, কেউ তাদের খোঁজ নেয় না।", {"ক্ষুব্ধ"}),
])
def test_the_adjective_of_a_voice_or_a_tone_is_no_speaker(text: str, speakers: set[str]) -> None:
    assert not speakers & {q.speaker for q in _analyzed(text)}


@pytest.mark.parametrize("text, speaker", [
    ("স্থানীয় বাসিন্দা আবদুল করিম আবেগাপ্লুত কণ্ঠে বলেন, ‘কেউ আমাদের খোঁজ নেয় না।’", "আবদুল করিম"),
    ("বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর দৃঢ় ভাষায় বলেন, ‘আমরা মাথা নত করব না।’",
     "মির্জা ফখরুল ইসলাম আলমগীর"),
])
def test_the_speaker_before_a_voice_keeps_the_quotation(text: str, speaker: str) -> None:
    assert [q.speaker for q in _analyzed(text) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("বিদ্যুৎ নিয়ে কথা বলেন প্রতিমন্ত্রী নসরুল হামিদ। ‘লোডশেডিং থাকবে না।’ বলেও মন্তব্য করেন তিনি।",
     "লোডশেডিং থাকবে না।", "নসরুল হামিদ"),
    ("বিদ্যুৎ নিয়ে কথা বলেন প্রতিমন্ত্রী নসরুল হামিদ। ‘লোডশেডিং থাকবে না।’, যোগ করেন তিনি।",
     "লোডশেডিং থাকবে না।", "নসরুল হামিদ"),
    ("বিদ্যুৎ নিয়ে কথা বলেন প্রতিমন্ত্রী নসরুল হামিদ। ‘লোডশেডিং থাকবে না।’ বলে জানান তিনি।",
     "লোডশেডিং থাকবে না।", "নসরুল হামিদ"),
    ("গ্রাহকেরা ভোগান্তিতে আছেন। ‘দাম আর বাড়বে না।’ যোগ করেন বাণিজ্যমন্ত্রী টিপু মুনশি।",
     "দাম আর বাড়বে না।", "টিপু মুনশি"),
])
def test_a_sentence_opening_with_its_cue_attributes_the_short_quotation_before_it(
        text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(quoted, "missing") == speaker


@pytest.mark.parametrize("text, quoted, speaker", [
    ("গ্রাহকেরা ভোগান্তিতে আছেন। ‘লোডশেডিং থাকবে না।’ এ কথা বলেন প্রতিমন্ত্রী নসরুল হামিদ।",
     "লোডশেডিং থাকবে না।", "নসরুল হামিদ"),
    ("গ্রাহকেরা ভোগান্তিতে আছেন। ‘লোডশেডিং থাকবে না’—এ কথা বলেন প্রতিমন্ত্রী নসরুল হামিদ।",
     "লোডশেডিং থাকবে না", "নসরুল হামিদ"),
    ("গ্রাহকেরা ভোগান্তিতে আছেন। ‘লোডশেডিং থাকবে না’, এ কথা বলেন প্রতিমন্ত্রী নসরুল হামিদ।",
     "লোডশেডিং থাকবে না", "নসরুল হামিদ"),
    # a setting, a time word and an addressee before the pointing object
    ("গ্রাহকেরা ভোগান্তিতে আছেন। ‘লোডশেডিং থাকবে না।’ বৃহস্পতিবার সচিবালয়ে সাংবাদিকদের এ কথা বলেন প্রতিমন্ত্রী "
     "নসরুল হামিদ।", "লোডশেডিং থাকবে না।", "নসরুল হামিদ"),
    ("গ্রাহকেরা ভোগান্তিতে আছেন। ‘লোডশেডিং থাকবে না’—সচিবালয়ে সাংবাদিকদের এ কথা বলেন প্রতিমন্ত্রী নসরুল হামিদ।",
     "লোডশেডিং থাকবে না", "নসরুল হামিদ"),
    # the subject before the verb: the object points back all the same
    ("গ্রাহকেরা ভোগান্তিতে আছেন। ‘লোডশেডিং থাকবে না।’ প্রতিমন্ত্রী নসরুল হামিদ আজ সাংবাদিকদের এ কথা বলেন।",
     "লোডশেডিং থাকবে না।", "নসরুল হামিদ"),
])
def test_e_kotha_after_a_short_quotation_points_at_the_quotation(text: str, quoted: str, speaker: str) -> None:
    found = _speakers_by_text(text)
    assert found.get(quoted, "missing") == speaker
    assert "গ্রাহকেরা ভোগান্তিতে আছেন" not in found  # the sentence before is the reporter's


@pytest.mark.parametrize("text, quoted, speaker", [
    ("সরকারের এই সিদ্ধান্তে ক্ষুব্ধ বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর। তাঁর প্রশ্ন, ‘এর দায় কে নেবে?’",
     "এর দায় কে নেবে?", "মির্জা ফখরুল ইসলাম আলমগীর"),
    ("সরকারের এই সিদ্ধান্তে ক্ষুব্ধ বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর। তাঁর সাফ কথা, ‘এটা মানি না।’",
     "এটা মানি না।", "মির্জা ফখরুল ইসলাম আলমগীর"),
    ("ম্যাচ শেষে সংবাদ সম্মেলনে আসেন রিয়াল কোচ কার্লো আনচেলত্তি। রিয়াল কোচের উত্তর, ‘হ্যাঁ, সে দুর্দান্ত খেলছে।’",
     "হ্যাঁ, সে দুর্দান্ত খেলছে।", "কার্লো আনচেলত্তি"),
])
def test_a_noun_of_speech_owned_by_the_speaker_takes_a_short_quotation(text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(quoted, "missing") == speaker


@pytest.mark.parametrize("text", [
    "এখন প্রশ্ন, ‘এর দায় কে নেবে?’",
    "এ বিষয়ে আইনের ব্যাখ্যা, ‘সবাই সমান’।",
])
def test_a_noun_of_speech_with_no_one_owning_it_takes_no_speaker(text: str) -> None:
    assert all(q.speaker is None for q in _analyzed(text))


def test_a_sentence_that_only_mentions_the_words_pointed_at_attributes_nothing() -> None:
    text = "গ্রাহকেরা ভোগান্তিতে আছেন। ‘লোডশেডিং থাকবে না।’ তবে প্রতিমন্ত্রী নসরুল হামিদের এ কথা মানতে রাজি নন গ্রাহকেরা।"
    assert _speakers_by_text(text).get("লোডশেডিং থাকবে না।") is None


@pytest.mark.parametrize("text", [
    "কাঁপা কাঁপা কণ্ঠে বলেন স্থানীয় বাসিন্দা আবদুল করিম, ‘কেউ আমাদের খোঁজ নেয় না।’",
    "আবেগাপ্লুত কণ্ঠে বলেন স্থানীয় বাসিন্দা আবদুল করিম, ‘কেউ আমাদের খোঁজ নেয় না।’",
])
def test_with_no_subject_before_a_voice_the_one_after_the_verb_speaks(text: str) -> None:
    # the manner phrase is no subject, so the subject after the verb, before the comma, is taken
    assert _speakers_by_text(text).get("কেউ আমাদের খোঁজ নেয় না।", "missing") == "আবদুল করিম"


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # a noun in -ব in the locative is a setting, not a future verb ending a clause of its own
    ("“আমরা লড়াই চালিয়ে যাব,” প্রেসক্লাবে বলেন আন্দোলনের নেতা রফিকুল ইসলাম।", "আমরা লড়াই চালিয়ে যাব", "রফিকুল ইসলাম"),
    ("‘আমরা ন্যায়বিচার চাই।’ জাতীয় প্রেসক্লাবে এক সংবাদ সম্মেলনে এ কথা বলেন বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর।",
     "আমরা ন্যায়বিচার চাই।", "মির্জা ফখরুল ইসলাম আলমগীর"),
    ("“আমরা এতে রাজি নই,” সরকারের প্রস্তাবে বলেন শ্রমিক নেতা আবুল কালাম।", "আমরা এতে রাজি নই", "আবুল কালাম"),
])
def test_a_locative_in_b_is_a_setting_before_the_speech_verb(text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(quoted, "missing") == speaker


@pytest.mark.parametrize("word", ["করবে", "যাবে", "জানাবে", "থাকবেন", "ভাবে"])
def test_future_verbs_in_b_stay_verbs(word: str) -> None:
    from core.quotes.tokens import _is_verb_like

    assert _is_verb_like(word)


@pytest.mark.parametrize(("text", "quoted"), [
    # a dash set against a word inside the clause does not open what was said
    ("ভোটের আগে এত বড় অঙ্কের প্রকল্প অনুমোদন রাজনৈতিক ও প্রশাসনিক— দুই দিক থেকেই বিতর্কিত বলে মনে করেন বিশেষজ্ঞরা।",
     "ভোটের আগে এত বড় অঙ্কের প্রকল্প অনুমোদন রাজনৈতিক ও প্রশাসনিক— দুই দিক থেকেই বিতর্কিত"),
    ("মানবাধিকার, শ্রমিকদের অধিকার ও রাজনৈতিক পরিস্থিতি—এই তিনটি বিষয় বিবেচনা করা হবে বলে জানান সহসভাপতি শহিদুল্লাহ আজিম।",
     "মানবাধিকার, শ্রমিকদের অধিকার ও রাজনৈতিক পরিস্থিতি—এই তিনটি বিষয় বিবেচনা করা হবে"),
])
def test_a_dash_inside_the_clause_stays_in_the_reported_content(text: str, quoted: str) -> None:
    assert _one(text, quoted).kind == "indirect"


@pytest.mark.parametrize(("text", "quoted"), [
    # the dash after a though-clause, and a spaced one, still close what frames the content
    ("সিনিয়রদের অর্জনের স্বীকৃতি দিলেও— তাদের কারণে অন্যরা আড়ালে পড়ে গেছেন বলে দাবি সৌম্যের।",
     "তাদের কারণে অন্যরা আড়ালে পড়ে গেছেন"),
    ("ঢাকা, ২ জানুয়ারি — দেশের অর্থনীতি চাপে আছে বলে মনে করেন অর্থনীতিবিদ সেলিম রায়হান।", "দেশের অর্থনীতি চাপে আছে"),
])
def test_a_dash_closing_a_framing_clause_still_bounds_the_content(text: str, quoted: str) -> None:
    assert _one(text, quoted).kind == "indirect"


@pytest.mark.parametrize(("text", "content", "term", "speaker"), [
    # a term quoted amid what is asked: the cue reports the whole clause, the term is the speaker's word
    ("নির্বাচন বানচালের ষড়যন্ত্র হচ্ছে বলে শেখ হাসিনা অভিযোগ করেন। তিনি নির্বাচন বানচালকারীদের ‘উপযুক্ত শিক্ষা’ "
     "দেওয়ার জন্য দলীয় নেতা-কর্মীদের প্রতি আহ্বান জানান।",
     "নির্বাচন বানচালকারীদের ‘উপযুক্ত শিক্ষা’ দেওয়ার জন্য", "উপযুক্ত শিক্ষা", "শেখ হাসিনা"),
    ("মন্ত্রী বলেন, দেশ এগিয়ে যাচ্ছে। তিনি সন্ত্রাসীদের ‘কঠোর জবাব’ দেওয়ার জন্য দলীয় নেতা-কর্মীদের প্রতি আহ্বান জানান।",
     "সন্ত্রাসীদের ‘কঠোর জবাব’ দেওয়ার জন্য", "কঠোর জবাব", "মন্ত্রী"),
])
def test_a_term_quoted_amid_a_request_stays_in_its_content(text: str, content: str, term: str, speaker: str) -> None:
    found = _found(text)
    assert ("indirect", normalize(content), speaker) in found
    assert ("direct", term, speaker) in found


# ------------------------------------------------------------------------------------------------
# Opened sets J and N: requests and assurances whose content ends in a plain noun's genitive


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # the content holds a clause of its own (a converb after its object): a demand made, not a topic
    ("মির্জা ফখরুল ইসলাম আলমগীর অবিলম্বে হামলাকারীদের গ্রেপ্তার করে কঠোর শাস্তির দাবি জানান।",
     "অবিলম্বে হামলাকারীদের গ্রেপ্তার করে কঠোর শাস্তির", "মির্জা ফখরুল ইসলাম আলমগীর"),
    ("শিক্ষামন্ত্রী নুরুল ইসলাম নাহিদ শিক্ষার্থীদের কথা মাথায় রেখে দ্রুত নতুন সময়সূচির আশ্বাস দেন।",
     "শিক্ষার্থীদের কথা মাথায় রেখে দ্রুত নতুন সময়সূচির", "নুরুল ইসলাম নাহিদ"),
    # the second of two coordinated requests is the first one's speaker's
    ("মির্জা ফখরুল ইসলাম আলমগীর অবিলম্বে হামলাকারীদের গ্রেপ্তার করে কঠোর শাস্তির দাবি জানান এবং "
     "ব্যবসায়ীদের নিরাপত্তা নিশ্চিত করার জন্য পুলিশের প্রতি আহ্বান জানান।",
     "ব্যবসায়ীদের নিরাপত্তা নিশ্চিত করার জন্য", "মির্জা ফখরুল ইসলাম আলমগীর"),
])
def test_a_request_whose_content_holds_a_clause_is_reported(text: str, quoted: str, speaker: str) -> None:
    text = normalize(text)
    q = _one(text, quoted, entities=[_entity(text, speaker, "PERSON", speaker)])
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text", [
    # বিশেষ করে is an adverb, no clause: what ends in a plain genitive stays a topic
    "মির্জা ফখরুল ইসলাম আলমগীর বিশেষ করে তরুণদের অংশগ্রহণের আহ্বান জানান।",
    "মির্জা ফখরুল ইসলাম আলমগীর দ্রুত নির্বাচনের দাবি জানান।",
])
def test_a_request_ending_in_a_plain_genitive_without_a_clause_is_not_reported(text: str) -> None:
    text = normalize(text)
    assert _found(text, entities=[_entity(text, "মির্জা ফখরুল ইসলাম আলমগীর", "PERSON", "মির্জা ফখরুল ইসলাম আলমগীর")]) == []


@pytest.mark.parametrize(("text", "quoted"), [
    # a view attributed to commentators with "X-দের মতে" is summed up over one more sentence, like a
    # named person's view
    ("আর্থিক খাতে অস্থিরতা চলছে। অর্থনীতিবিদদের মতে, আগামী বছরও খেলাপি ঋণ কমবে না। ফলে ব্যাংকগুলোর "
     "মুনাফা আরও কমে যেতে পারে। এদিকে কেন্দ্রীয় ব্যাংক নতুন নীতিমালা জারি করেছে।",
     "আগামী বছরও খেলাপি ঋণ কমবে না। ফলে ব্যাংকগুলোর মুনাফা আরও কমে যেতে পারে"),
    ("অর্থনীতিবিদদের মতে, খেলাপি ঋণ এখন বড় সমস্যা। ফলে ব্যাংকের আস্থা কমছে।",
     "খেলাপি ঋণ এখন বড় সমস্যা। ফলে ব্যাংকের আস্থা কমছে"),
    # … but not over a sentence that speaks of commentators or some people again: the reporter's
    ("শহরে বায়ুদূষণ বাড়ছে। বিশেষজ্ঞদের মতে, শিশুদের মধ্যে শ্বাসকষ্ট বেড়েছে। গ্রামেও একই চিত্র দেখা যাচ্ছে, "
     "যা বিশেষজ্ঞদের উদ্বেগ বাড়িয়েছে।", "শিশুদের মধ্যে শ্বাসকষ্ট বেড়েছে"),
    ("দলটি জোটে যোগ দিয়েছে। পর্যবেক্ষকদের মতে, এতে দলটির ভোট বাড়বে। তবে এর সুফল নিয়ে সন্দেহ প্রকাশ করেছেন "
     "কেউ কেউ।", "এতে দলটির ভোট বাড়বে"),
])
def test_a_view_of_commentators_runs_on_over_one_sentence_of_theirs(text: str, quoted: str) -> None:
    assert _one(text, quoted).kind == "indirect"


@pytest.mark.parametrize(("text", "name", "quoted"), [
    # a stance adjective with a যে-clause: the clause is the holder's view
    ("ইংল্যান্ড দল ঘোষণা করেছে। তবে কোচ ব্রেন্ডন ম্যাককালাম আশাবাদী যে স্টোকস দ্রুত মাঠে ফিরবেন।",
     "ব্রেন্ডন ম্যাককালাম", "স্টোকস দ্রুত মাঠে ফিরবেন"),
    ("বাজারে চালের দাম বাড়ছে। খাদ্য উপদেষ্টা আলী ইমাম মজুমদার আত্মবিশ্বাসী যে আমদানি বাড়লে দাম কমবে।",
     "আলী ইমাম মজুমদার", "আমদানি বাড়লে দাম কমবে"),
])
def test_a_stance_adjective_before_a_je_clause_reports_it(text: str, name: str, quoted: str) -> None:
    text = normalize(text)
    q = _one(text, quoted, entities=[_entity(text, name, "PERSON", name)])
    assert (q.kind, q.speaker) == ("indirect", name)


def test_a_certainty_without_a_holder_is_no_stance() -> None:
    assert _found("এটা নিশ্চিত যে দলটি নির্বাচনে অংশ নেবে।") == []


def test_that_countrys_title_is_the_holder_from_the_country_spoken_of_last() -> None:
    text = normalize("সোমবার চুক্তি চূড়ান্ত করার ঘোষণা দেন ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদী এবং নিউজিল্যান্ডের "
                     "প্রধানমন্ত্রী ক্রিস্টোফার লাক্সন। মোদী এই চুক্তিকে ঐতিহাসিক বলেছেন। চুক্তি কার্যকরের আগে "
                     "নিউজিল্যান্ডের পার্লামেন্টে অনুমোদন দরকার। সে দেশের প্রধানমন্ত্রী অবশ্য আশাবাদী যে "
                     "পার্লামেন্টে প্রয়োজনীয় সমর্থন মিলবে।")
    entities = [_entity(text, "নরেন্দ্র মোদী", "PERSON", "নরেন্দ্র মোদী", "মোদী"),
                _entity(text, "ক্রিস্টোফার লাক্সন", "PERSON", "ক্রিস্টোফার লাক্সন"),
                _entity(text, "ভারত", "LOC", "ভারতের"), _entity(text, "নিউজিল্যান্ড", "LOC", "নিউজিল্যান্ডের")]
    q = _one(text, "পার্লামেন্টে প্রয়োজনীয় সমর্থন মিলবে", entities=entities)
    assert q.speaker == "ক্রিস্টোফার লাক্সন"


@pytest.mark.parametrize(("text", "quoted"), [
    # a place or medium introduced by এক, with modifiers between, is where it was said, not what
    ("এনসিপি নেতা আরিফুল ইসলাম দল ছেড়েছেন। সোমবার রাতে ফেসবুকে এক দীর্ঘ স্ট্যাটাসে দল থেকে সরে দাঁড়ানোর কথা জানান তিনি।",
     "দল থেকে সরে দাঁড়ানোর"),
    ("সমিতির সভাপতি আবুল হোসেন সংবাদ সম্মেলন করেন। সোমবার এক জরুরি সংবাদ সম্মেলনে ধর্মঘট প্রত্যাহারের ঘোষণা দেন তিনি।",
     "ধর্মঘট প্রত্যাহারের"),
])
def test_a_place_introduced_by_ek_with_modifiers_is_not_in_the_nominal_content(text: str, quoted: str) -> None:
    text = normalize(text)
    found = _found(text)
    assert [q for q in found if q[1] == normalize(quoted)] or not found
    assert not [q for q in found if "সম্মেলনে" in q[1] or "স্ট্যাটাসে" in q[1]]


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # a demand, an appeal or a recommendation is voiced even when its maker is only a group or a body
    ("মানববন্ধনে হামলাকারীদের দ্রুত গ্রেপ্তার করার দাবি জানান শিক্ষার্থীরা। পরে তাঁরা ক্লাসে ফেরেন।",
     "মানববন্ধনে হামলাকারীদের দ্রুত গ্রেপ্তার করার", "শিক্ষার্থীরা"),
    ("সহিংসতা বন্ধে দুই নেত্রীকে দ্রুত সংলাপে বসার আহ্বান জানান ব্যবসায়ীরা। কিন্তু কেউ সাড়া দেননি।",
     "সহিংসতা বন্ধে দুই নেত্রীকে দ্রুত সংলাপে বসার", "ব্যবসায়ীরা"),
    # সুপারিশ is a nominal cue; দায়ের (filing) a noun of action; the emphatic ও on the cue noun
    ("একই সঙ্গে অভিযুক্ত কর্মকর্তার বিরুদ্ধে বিভাগীয় মামলা দায়েরের সুপারিশও করে তদন্ত কমিটি। এরপর তাঁকে বদলি করা হয়।",
     "অভিযুক্ত কর্মকর্তার বিরুদ্ধে বিভাগীয় মামলা দায়েরের", "তদন্ত কমিটি"),
    # the emphatic ও on the genitive; the meeting where it was said is left out
    ("সভায় বন্ধ কারখানা খুলে দেওয়ারও দাবি জানান শ্রমিকনেতারা। পরে মিছিল হয়।",
     "বন্ধ কারখানা খুলে দেওয়ারও", "শ্রমিকনেতারা"),
])
def test_a_demand_by_a_group_or_body_after_its_cue_is_reported(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text", [
    # an announcement of an act by an undescribed group tells what they did, no words of theirs
    "একের পর এক নেতা দল ছাড়ার ঘোষণা দিচ্ছেন। দলটি সংকটে পড়েছে।",
])
def test_an_announcement_by_an_undescribed_group_is_not_reported(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # a source's count (X-এর হিসাবে,) is its data, one sentence, like "X-এর তথ্যমতে,"
    ("ক্যাবের হিসাবে, গত বছর বিদ্যুতের দাম সাত শতাংশ বেড়েছে। ওয়াসার পানির দাম বেড়েছে পাঁচ শতাংশ।",
     "গত বছর বিদ্যুতের দাম সাত শতাংশ বেড়েছে", "ক্যাব"),
    # a paper's or a source's story (X-এর খবর,), a hyphenated genitive too
    ("বিসিবি সূত্রের খবর, সে ম্যাচে তামিম খেলবেন না। তিনি চোটে ভুগছেন।", "সে ম্যাচে তামিম খেলবেন না", "বিসিবি সূত্র"),
    ("এনডিটিভি-এর খবর, দুই সপ্তাহ ধরে দুই দেশের আলোচনা চলছে। কেউ কিছু বলেনি।",
     "দুই সপ্তাহ ধরে দুই দেশের আলোচনা চলছে", "এনডিটিভি"),
])
def test_a_sources_count_or_story_before_a_comma_reports_the_clause(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text", [
    "প্রধান অতিথি হিসেবে, তিনি পুরস্কার তুলে দেন।",  # "as", after no genitive
    "দুর্ঘটনার খবর পেয়ে পুলিশ ঘটনাস্থলে যায়। পরে লাশ উদ্ধার করা হয়।",  # news received, no comma
])
def test_hisebe_and_khobor_elsewhere_report_nothing(text: str) -> None:
    assert _found(text) == []


def test_an_emphatic_o_glued_to_a_quoted_term_keeps_the_reported_clause() -> None:
    # the ও after the closing mark is the particle ("a big surprise too"), not "and": the clause is
    # whole, more than the quoted term
    q = _one("ঘনিষ্ঠ এক সূত্র জানিয়েছে, নতুন বছরে আসছে ‘বড় চমক’ও। বিস্তারিত জানা যায়নি।",
             "নতুন বছরে আসছে ‘বড় চমক’ও")
    assert (q.kind, q.speaker) == ("indirect", "ঘনিষ্ঠ এক সূত্র")


@pytest.mark.parametrize("text, quoted, speaker, affiliation", [
    # an acronym ending in the vowel letter ই takes -য়ের, one ending in the letter এ takes -র: the
    # nominative keeps the letter (not এফবিসিসিআইয়, বিজিএমই, ইইউয়)
    ("এফবিসিসিআইয়ের পক্ষ থেকে জানানো হয়, ব্যবসায়ীরা ক্ষতির মুখে পড়েছেন।", "ব্যবসায়ীরা ক্ষতির মুখে পড়েছেন",
     "এফবিসিসিআই", None),
    ("বিজিএমইএর সভাপতি বলেন, রপ্তানি কমে গেছে।", "রপ্তানি কমে গেছে", "বিজিএমইএর সভাপতি", "বিজিএমইএ"),
    ("ইইউয়ের মুখপাত্র বলেন, আলোচনা চলবে।", "আলোচনা চলবে", "ইইউয়ের মুখপাত্র", "ইইউ"),
])
def test_an_acronyms_genitive_after_a_vowel_letter_is_stripped_to_the_acronym(
        text: str, quoted: str, speaker: str, affiliation: str | None) -> None:
    quote = _one(text, quoted)
    assert quote.speaker == normalize(speaker)
    assert quote.affiliation == (normalize(affiliation) if affiliation else None)


# A converb's addressee in the objective ("দেশবাসীকে সতর্ক করে বলেন") takes none of the subject's name
# before it: only the object's own words (its name, "খালেদা জিয়াকে", or its owner, "দলের নেতাকর্মীদের").
@pytest.mark.parametrize("text, speaker", [
    ("বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর দেশবাসীকে সতর্ক করে বলেন, নির্বাচন পেছালে দেশ সংকটে পড়বে।",
     "মির্জা ফখরুল ইসলাম আলমগীর"),
    ("জাতীয় পার্টির চেয়ারম্যান জি এম কাদের দলের নেতাকর্মীদের সতর্ক করে বলেন, নির্বাচন পেছালে দেশ সংকটে পড়বে।",
     "জি এম কাদের"),
    ("শেখ হাসিনা বেগম খালেদা জিয়াকে হুঁশিয়ার করে বলেন, নির্বাচন পেছালে দেশ সংকটে পড়বে।", "শেখ হাসিনা"),
])
def test_addressee_of_converb_leaves_the_subjects_name_whole(text: str, speaker: str) -> None:
    assert _speakers_by_text(text) == {"নির্বাচন পেছালে দেশ সংকটে পড়বে": speaker}


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # অভিযোগ is a nominal cue: the verbal noun in the genitive before it is what is alleged
    ("জিডিআইয়ের বিরুদ্ধে মার্কিন করদাতাদের অর্থ ব্যবহার করার অভিযোগ করেছেন পররাষ্ট্র দপ্তরের মুখপাত্র। পরে তিনি চলে যান।",
     "জিডিআইয়ের বিরুদ্ধে মার্কিন করদাতাদের অর্থ ব্যবহার করার", "পররাষ্ট্র দপ্তরের মুখপাত্র"),
    # an allegation voiced by a group
    ("নেতাকর্মীরা নির্বাচনী মনোনয়নে জায়গা না পাওয়ার অভিযোগ করেন অনেকে। দল কিছু বলেনি।",
     "নেতাকর্মীরা নির্বাচনী মনোনয়নে জায়গা না পাওয়ার", "অনেকে"),
    # a plain noun's genitive is what the accused (X-এর বিরুদ্ধে) is charged with
    ("পিএসএল কর্তৃপক্ষের বিরুদ্ধে উচ্চাভিলাস ও স্বচ্ছতার অভাবের অভিযোগ তুলেছেন দলের সাবেক সভাপতি। পরে তিনি চলে যান।",
     "পিএসএল কর্তৃপক্ষের বিরুদ্ধে উচ্চাভিলাস ও স্বচ্ছতার অভাবের", "দলের সাবেক সভাপতি"),
])
def test_what_is_alleged_in_the_genitive_before_obhijog_is_reported(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker, q.framing) == ("indirect", speaker, "distancing")


@pytest.mark.parametrize("text", [
    # the genitive before বিরুদ্ধে is the accused, never the one who alleges
    "রোগীর স্বজনরা চিকিৎসকের বিরুদ্ধে ভুল চিকিৎসা দেওয়ার অভিযোগ করেন। হাসপাতাল তা অস্বীকার করেছে।",
    # a plain noun's genitive with no one accused is a topic
    "এ নিয়ে দুর্নীতির অভিযোগ করেন আলী তারিন। পরে তিনি চলে যান।",
])
def test_the_accused_before_birudhe_never_speaks_an_allegation(text: str) -> None:
    assert all(speaker != normalize("চিকিৎসকের") and speaker != normalize("চিকিৎসক") for _, _, speaker in _found(text))
    assert not any(q.endswith("দুর্নীতির") for q, _, _ in _found(text))


# A document named by a quoted title ("X-এর ‘…’ শীর্ষক প্রতিবেদনে বলা হয়েছে") was issued by the genitive
# before the title, as a plain "X-এর প্রতিবেদনে বলা হয়েছে" is; a relay (বরাত দিয়ে) before it changes nothing.
@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    ("কূটনৈতিক সূত্রের বরাত দিয়ে সাংবাদিক জয়ন্ত ঘোষালের ‘ঢাকায় নয়া অধ্যায়’ শীর্ষক প্রতিবেদনে বলা হয়েছে, "
     "মোদির সঙ্গে বৈঠকে তিস্তা চুক্তির বিষয়টি তোলা হবে।", "মোদির সঙ্গে বৈঠকে তিস্তা চুক্তির বিষয়টি তোলা হবে",
     "জয়ন্ত ঘোষাল"),
    ("কূটনৈতিক সূত্রের বরাত দিয়ে সাংবাদিক জয়ন্ত ঘোষালের ‘ঢাকায় নয়া অধ্যায়’ শীর্ষক প্রতিবেদনে বলা হয়েছে, "
     "‘মোদির সঙ্গে বৈঠকে তিস্তা চুক্তির বিষয়টি তোলা হবে।’", "মোদির সঙ্গে বৈঠকে তিস্তা চুক্তির বিষয়টি তোলা হবে।",
     "জয়ন্ত ঘোষাল"),
    ("জাতিসংঘের ‘বিশ্ব খাদ্য পরিস্থিতি’ শীর্ষক প্রতিবেদনে বলা হয়েছে, ‘দেশে খাদ্য উৎপাদন বেড়েছে।’",
     "দেশে খাদ্য উৎপাদন বেড়েছে।", "জাতিসংঘ"),
])
def test_a_documents_quoted_title_stands_between_it_and_its_issuer(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == normalize(speaker)


# An addressee in -কে after a name only ends like a place: the name before it is the subject, whole
# ("মাহমুদুর রহমান | সরকারকে হুঁশিয়ার করে বলেন", not মাহমুদুর).
@pytest.mark.parametrize(("text", "speaker"), [
    ("আবদুর রহমান পুলিশকে হুঁশিয়ার করে বলেন, সরকার ক্ষমতায় থাকতে পারবে না।", "আবদুর রহমান"),
    ("নাগরিক ঐক্যের আহ্বায়ক মাহমুদুর রহমান সরকারকে হুঁশিয়ার করে বলেন, সরকার ক্ষমতায় থাকতে পারবে না।",
     "মাহমুদুর রহমান"),
])
def test_an_addressee_in_ke_after_a_name_leaves_the_name_whole(text: str, speaker: str) -> None:
    assert _speakers_by_text(text) == {"সরকার ক্ষমতায় থাকতে পারবে না": speaker}


# A signed statement ("X-এর সই করা বিবৃতিতে", "X স্বাক্ষরিত এক বিবৃতিতে") is the signatory's, in the
# nominative, or the named body the signatory's title opens with (annotated so: bko, ropen).
@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    ("বিএনপির চেয়ারপারসনের উপদেষ্টা শামসুজ্জামান দুদুর সই করা বিবৃতিতে বলা হয়, সরকার হত্যাযজ্ঞ চালিয়েছে।",
     "সরকার হত্যাযজ্ঞ চালিয়েছে", "বিএনপি"),
    ("বিএনপির চেয়ারপারসনের উপদেষ্টা শামসুজ্জামান দুদুর সই করা বিবৃতিতে বলা হয়, ‘সরকার হত্যাযজ্ঞ চালিয়েছে।’",
     "সরকার হত্যাযজ্ঞ চালিয়েছে।", "বিএনপি"),
    ("দলের দপ্তর সম্পাদক শহিদুল ইসলাম আরিফ স্বাক্ষরিত এক বিবৃতিতে বলা হয়, সরকার হত্যাযজ্ঞ চালিয়েছে।",
     "সরকার হত্যাযজ্ঞ চালিয়েছে", "শহিদুল ইসলাম আরিফ"),
    ("শিক্ষক আবদুল করিমের সই করা এক চিঠিতে বলা হয়, বিদ্যালয় বন্ধ থাকবে।", "বিদ্যালয় বন্ধ থাকবে", "আবদুল করিম"),
])
def test_a_signed_statement_is_the_signatorys_or_their_bodys(text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(text).get(normalize(quoted)) == normalize(speaker)


@pytest.mark.parametrize("text", [
    # an English name or title, each word capitalised, is no one's words, even inside reported speech
    "তিনি বলেন, রপ্তানি খাতের সক্ষমতা প্রক্ষেপণের লক্ষ্যে ‘Export Enclave’ তৈরি করা হয়েছে।",
    "মুরাকামির 'Hard-Boiled Wonderland and the End of the World' পড়েছেন তিনি।",
])
def test_a_capitalised_english_title_is_not_a_direct_quote(text: str) -> None:
    text = normalize(text)
    assert not [q for q in quotes(text) if q.kind == "direct"]


@pytest.mark.parametrize("text, quoted, speaker", [
    # the walk stops on the object, a plain phrase of no one; the pronoun opening the clause speaks
    ("প্রধানমন্ত্রী শেখ হাসিনা গতকাল ঢাকায় এসেছেন। তিনি চাকমাদের জনসংখ্যা উল্লেখ করেছেন ‘তিন লাখের মতো’ "
     "কিন্তু জনগণনার হিসাবে চার লাখ।", "তিন লাখের মতো", "শেখ হাসিনা"),
    ("প্রধানমন্ত্রী শেখ হাসিনা গতকাল ঢাকায় এসেছেন। তখন তিনি বিভ্রান্তিকর বক্তব্যের জন্য ক্ষমা চাইলেও আগের অবস্থান "
     "ধরে রাখার পক্ষে বলেন, ‘আমার জবাব আইনগতভাবে সঠিক ছিল।’", "আমার জবাব আইনগতভাবে সঠিক ছিল।", "শেখ হাসিনা"),
    # a তিনি with no one before it is still nobody known, not the object
    ("তিনি চাকমাদের জনসংখ্যা উল্লেখ করেছেন ‘তিন লাখের মতো’ কিন্তু জনগণনার হিসাবে চার লাখ।", "তিন লাখের মতো", None),
])
def test_pronoun_opening_clause_outranks_an_object_the_walk_found(text: str, quoted: str, speaker: str | None) -> None:
    assert _speakers_by_text(normalize(text)).get(normalize(quoted), "missing") == speaker, _speakers_by_text(normalize(text))


@pytest.mark.parametrize("text, quoted, speaker", [
    # the genitive owning the object in -কে is no subject, a role's included ("মন্ত্রীর"), and so is the
    # organisation whose members the role names ("উইকিলিকস নেতাদের", "বিএনপি নেতাদের"): the subject is before
    ("অস্ট্রেলিয়ার লেবার দলের নেতা ক্রিস বাওয়েন বাশারের সঙ্গে উইকিলিকস নেতাদের ওই বৈঠককে ‘কাণ্ডজ্ঞানহীন’ কাজ বলে "
     "মন্তব্য করেছেন।", "কাণ্ডজ্ঞানহীন", "ক্রিস বাওয়েন"),
    ("জাতীয় পার্টির মহাসচিব রহিম উদ্দিন বিএনপি নেতাদের এই বক্তব্যকে ‘মিথ্যাচার’ বলে মন্তব্য করেছেন।",
     "মিথ্যাচার", "রহিম উদ্দিন"),
    ("জাতীয় পার্টির মহাসচিব রহিম উদ্দিন মন্ত্রীর এই বক্তব্যকে ‘মিথ্যাচার’ বলে মন্তব্য করেছেন।",
     "মিথ্যাচার", "রহিম উদ্দিন"),
])
def test_a_genitive_owning_the_object_before_an_embedded_quotation_is_not_its_speaker(
        text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(normalize(text)).get(normalize(quoted)) == speaker, _speakers_by_text(normalize(text))


@pytest.mark.parametrize("text, quoted, speaker", [
    # এর written apart after an acronym or a name, before what it owns, is a genitive ending: the owner
    # (and the same owner named before it with বা) is no subject
    ("স্টেট ডিপার্টমেন্ট ব্রেটনকে ইইউর ডিজিটাল সার্ভিসেস অ্যাক্ট বা ডিএসএ এর \"মাস্টারমাইন্ড\" হিসেবে বর্ণনা করেছে।",
     "মাস্টারমাইন্ড", "স্টেট ডিপার্টমেন্ট"),
    # before a postposition or a time word এর is the pronoun: the name before it speaks
    ("বিএনপির ভারপ্রাপ্ত চেয়ারম্যান তারেক রহমান এর আগে বলেছিলেন, ‘আমরা নির্বাচনে যাব।’",
     "আমরা নির্বাচনে যাব।", "তারেক রহমান"),
    ("রহিম উদ্দিন এর জবাবে বলেন, ‘এটা মিথ্যা।’", "এটা মিথ্যা।", "রহিম উদ্দিন"),
])
def test_a_detached_er_after_a_name_marks_its_genitive_unless_a_postposition_follows(
        text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(normalize(text)).get(normalize(quoted)) == speaker, _speakers_by_text(normalize(text))


@pytest.mark.parametrize("text, quoted, speaker", [
    # two plain subjects coordinated at the clause's start both speak: not the organisation named last,
    # nor the group word alone
    ("দেশ এখন ঝুঁকিতে। বিশ্বব্যাংক ও আইএমএফ বলছে, ৬ শতাংশ হারে প্রবৃদ্ধি গ্রামীণ অর্থনীতিকে চাঙা করেছে।",
     "৬ শতাংশ হারে প্রবৃদ্ধি গ্রামীণ অর্থনীতিকে চাঙা করেছে", "বিশ্বব্যাংক ও আইএমএফ"),
    ("ফেনীতে ডাকাতি হয়েছে। পুলিশ ও এলাকাবাসী জানান, মঙ্গলবার রাতে একদল ডাকাত বাড়িতে হানা দেয়।",
     "মঙ্গলবার রাতে একদল ডাকাত বাড়িতে হানা দেয়", "পুলিশ ও এলাকাবাসী"),
    # one person with two titles joined by ও is still the person
    ("মাঠে খেলা হয়। চট্টগ্রাম জেলা ক্রীড়া সংস্থার অতিরিক্ত সাধারণ সম্পাদক ও চট্টগ্রাম মোহামেডান ক্লাবের কর্ণধার "
     "সৈয়দ শাহাবুদ্দিন শামীম বলেন, ‘এখানে জাতীয় ফুটবলাররা খেলেছেন।’", "এখানে জাতীয় ফুটবলাররা খেলেছেন।",
     "সৈয়দ শাহাবুদ্দিন শামীম"),
])
def test_subjects_coordinated_at_the_clauses_start_speak_together(text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(normalize(text)).get(normalize(quoted)) == speaker, _speakers_by_text(normalize(text))


@pytest.mark.parametrize("text, quoted, speaker", [
    # a quotation between a reported clause's subject and its content is that subject's wording, not
    # the words of whoever spoke before
    ("থিয়েরি ব্রেটন বলেন, \"আমাদের আমেরিকান বন্ধুদের উদ্দেশ্যে: সেন্সরশিপ আপনার ভাবনার জায়গায় নেই।\" মার্কিন "
     "পররাষ্ট্র মন্ত্রণালয়ের কর্মকর্তা রহিম জিডিআই-কে \"আমেরিকান বক্তৃতা ও সংবাদমাধ্যমের সেন্সরশিপ এবং কালো "
     "তালিকাভুক্তির জন্য\" মার্কিন করদাতাদের অর্থ ব্যবহার করার অভিযোগ করেছেন।",
     "আমেরিকান বক্তৃতা ও সংবাদমাধ্যমের সেন্সরশিপ এবং কালো তালিকাভুক্তির জন্য", "রহিম"),
    ("করিম বলেন, ‘আমরা মাঠে থাকব, কেউ সরাতে পারবে না।’ দলের মুখপাত্র সেলিম সরকারকে \"জনগণের ভোটাধিকার হরণ ও "
     "বিরোধীদের দমনের জন্য\" বিদেশি শক্তির সহায়তা নেওয়ার অভিযোগ করেছেন।",
     "জনগণের ভোটাধিকার হরণ ও বিরোধীদের দমনের জন্য", "সেলিম"),
])
def test_a_quotation_between_a_reported_clauses_subject_and_content_is_the_subjects(
        text: str, quoted: str, speaker: str) -> None:
    assert _speakers_by_text(normalize(text)).get(normalize(quoted)) == speaker, _speakers_by_text(normalize(text))


@pytest.mark.parametrize(("text", "quoted"), [
    # a heading of a few words before a colon opens the reporter's next item: the speech stops before it
    ("অধ্যাপক ওয়াহিদউদ্দিন আরও বলেন, এখন ধর্মের রাজনৈতিকীকরণ সামাজিক বিপ্লবকে ঝুঁকিতে ফেলতে পারে। ঝুঁকির "
     "মধ্যে দেশ: ১৯৯০ এর দশকেও বাংলাদেশে ৫৭ শতাংশ মানুষ দারিদ্র্যসীমার নিচে বাস করত।",
     "এখন ধর্মের রাজনৈতিকীকরণ সামাজিক বিপ্লবকে ঝুঁকিতে ফেলতে পারে"),
    ("হাইকমিশনার রাষ্ট্রপতিকে জানান, মালদ্বীপ বাংলাদেশ থেকে ৬৭ জনের বেশি ডাক্তার নিয়োগ দেবে। দেশের বাইরের "
     "কেন্দ্রগুলো: সৌদি আরবের জেদ্দার বাংলাদেশ ইন্টারন্যাশনাল স্কুল ও রিয়াদের বাংলাদেশ অ্যাম্বেসি স্কুল।",
     "মালদ্বীপ বাংলাদেশ থেকে ৬৭ জনের বেশি ডাক্তার নিয়োগ দেবে"),
])
def test_reported_speech_stops_before_a_heading_and_its_colon(text: str, quoted: str) -> None:
    assert _one(text, quoted).kind == "indirect"


def test_an_honorific_before_a_colon_is_no_heading() -> None:
    assert _one("তিনি বলেন, আমরা জোট গড়েছি। ডা: শফিকুর রহমান আমাদের নেতা।",
                "আমরা জোট গড়েছি। ডা: শফিকুর রহমান আমাদের নেতা").kind == "indirect"


@pytest.mark.parametrize(("text", "quoted"), [
    # after a speech, the body sent to the morgue is the reporter's closing line of the death …
    ("তিনি বলেন, কেসমতের হাঁটুতে আঘাতের চিহ্ন দেখে থানায় একটি সাধারণ ডায়রি (জিডি) করা হয়েছে। লাশ ময়নাতদন্তের "
     "জন্য খুলনা মেডিকেল কলেজ হাসপাতালের মর্গে পাঠানো হয়েছে।",
     "কেসমতের হাঁটুতে আঘাতের চিহ্ন দেখে থানায় একটি সাধারণ ডায়রি (জিডি) করা হয়েছে"),
    ("পুলিশ জানায়, বাবা আবদুল গণি দা দিয়ে সন্তানদের হত্যা করেছে বলে তাঁরা ধারণা করছেন। লাশ তিনটি উদ্ধার করে "
     "ময়নাতদন্তের জন্য কক্সবাজার সদর হাসপাতালের মর্গে পাঠানো হয়েছে।",
     "বাবা আবদুল গণি দা দিয়ে সন্তানদের হত্যা করেছে বলে তাঁরা ধারণা করছেন"),
    # … but said first after the cue, it is the speaker's
    ("ভাটারা থানার উপপরিদর্শক মোস্তাফিজুর রহমান বলেন, শাহীনের লাশ ময়নাতদন্তের জন্য ঢাকা মেডিকেল কলেজ মর্গে "
     "পাঠানো হয়েছে।", "শাহীনের লাশ ময়নাতদন্তের জন্য ঢাকা মেডিকেল কলেজ মর্গে পাঠানো হয়েছে"),
])
def test_reported_speech_stops_before_the_body_sent_to_the_morgue(text: str, quoted: str) -> None:
    assert _one(text, quoted).kind == "indirect"


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # a quoted label before বলে/হিসেবে and a verb of labelling is the labeller's direct quote (lt, jn)
    ("আন্তর্জাতিক সংবাদমাধ্যমগুলো এই উত্তরাধিকারকে ‘‘জটিল’’ বলেই চিহ্নিত করেছে।", "জটিল",
     "আন্তর্জাতিক সংবাদমাধ্যমগুলো"),
    ("বেহতেরকে হত্যার পর চেঙ্গিসের মা তাকে 'পশু' ও 'শয়তান' বলে তিরস্কার পর্যন্ত করেছিলেন।", "শয়তান",
     "চেঙ্গিসের মা"),
    ("খালেদা জিয়া বিএনপিকে ‘বাংলাদেশের স্বার্থের রক্ষক’ হিসেবে উপস্থাপন করেছিলেন।",
     "বাংলাদেশের স্বার্থের রক্ষক", "খালেদা জিয়া"),
    # a pronoun object takes no word before it into a compound: the subject is the phrase before it
    ("ঘটনার পর রহিমের ভাই তাকে 'পশু' বলে মন্তব্য করেছিলেন।", "পশু", "রহিমের ভাই"),
])
def test_a_quoted_label_is_the_labellers_direct_quote(text: str, quoted: str, speaker: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("direct", speaker)


def test_identifying_without_a_quotation_reports_nothing() -> None:
    # "হিসেবে চিহ্নিত" without a quotation identifies something; no words are reported
    assert quotes(normalize("আসনের ১১৭ ভোটকেন্দ্রের মধ্যে ৬৫টিকে ঝুঁকিপূর্ণ হিসেবে চিহ্নিত করেছে পুলিশ।")) == []


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # a quoted term right before a noun cue is its object; a pronoun opening the clause, before whom
    # the accusation is against, is its subject (lt a57e11ebc5)
    ("সমন্বয়কদের একজন আব্দুল কাদের জোটের খবর প্রকাশ্যে নিয়ে আসেন। ফেসবুকে পোস্ট দিয়ে তিনি নাহিদ ইসলামের "
     "বিরুদ্ধে 'মানুষের আবেগ নিয়ে প্রতারণার' অভিযোগ করেন।", "মানুষের আবেগ নিয়ে প্রতারণার", "আব্দুল কাদের"),
    ("আব্দুল কাদের ঢাকায় আসেন। তিনি নাহিদ ইসলামের বিরুদ্ধে 'মানুষের আবেগ নিয়ে প্রতারণার' অভিযোগ করেন।",
     "মানুষের আবেগ নিয়ে প্রতারণার", "আব্দুল কাদের"),
])
def test_a_pronoun_subject_accuses_with_a_quoted_term(text: str, quoted: str, speaker: str) -> None:
    found = [q for q in _analyzed(normalize(text)) if q.text == normalize(quoted)]
    assert [(q.kind, q.speaker) for q in found] == [("direct", speaker)]


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # "'…' শীর্ষক লেখায়": a work named by its quoted title is the setting, like "'…' বইতে" (lt 029accb07f)
    ("সিনিয়র সাংবাদিক শফিক রেহমান তাঁর 'সংগ্রামী নেত্রী খালেদা জিয়া' শীর্ষক লেখায় তাঁকে বর্ণনা করেছেন এভাবে, "
     "\"জিয়াউর রহমান ক্ষমতাসীন হলেও তিনি সংসারে ব্যস্ত ছিলেন।\"",
     "জিয়াউর রহমান ক্ষমতাসীন হলেও তিনি সংসারে ব্যস্ত ছিলেন।", "শফিক রেহমান"),
    ("অধ্যাপক রহিম উদ্দিন তাঁর 'বাংলাদেশের অর্থনীতি' শীর্ষক প্রবন্ধে লিখেছেন, \"দেশের অর্থনীতি ভালো আছে।\"",
     "দেশের অর্থনীতি ভালো আছে।", "রহিম উদ্দিন"),
])
def test_a_work_named_by_its_quoted_title_is_no_speaker(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # "'…' শীর্ষক [এক] <event>-এ": a seminar or meeting named by its quoted title is where, not who;
    # the subject before its title speaks (the speaker was "শীর্ষক আলোচনা", "শীর্ষক")
    ("অধ্যাপক রহিম উদ্দিন ‘গণতন্ত্র ও নির্বাচন’ শীর্ষক আলোচনা সভায় বলেন, নির্বাচন সুষ্ঠু হতে হবে।",
     "নির্বাচন সুষ্ঠু হতে হবে", "রহিম উদ্দিন"),
    ("ঢাকা বিশ্ববিদ্যালয়ের অধ্যাপক করিম গতকাল ‘দেশের অর্থনীতি’ শীর্ষক এক সেমিনারে বলেন, মূল্যস্ফীতি বাড়ছে।",
     "মূল্যস্ফীতি বাড়ছে", "করিম"),
    ("সাবেক মন্ত্রী আবদুল হক ‘দুর্নীতি ও সুশাসন’ শীর্ষক মতবিনিময় সভায় প্রধান অতিথির বক্তব্যে বলেন, দুর্নীতি কমেনি।",
     "দুর্নীতি কমেনি", "আবদুল হক"),
    ("অর্থনীতিবিদ সেলিম রায়হান ‘বাজেট ২০২৬’ শীর্ষক এক গোলটেবিল বৈঠকে বলেন, রাজস্ব আদায় বাড়াতে হবে।",
     "রাজস্ব আদায় বাড়াতে হবে", "সেলিম রায়হান"),
])
def test_an_event_named_by_its_quoted_title_is_no_speaker(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # "… X না করার কথা বলেন": the না negates the verbal noun, inside the content (lt e79bdce7f6)
    ("চিকিৎসকরা শীতে সতর্ক থাকতে বলেন। বিশেষ করে পরামর্শ ছাড়া অ্যান্টিবায়োটিক গ্রহণ না করার কথা বলেন তারা।",
     "পরামর্শ ছাড়া অ্যান্টিবায়োটিক গ্রহণ না করার", "চিকিৎসকরা"),
    # "… কারণ হিসেবে …": হিসেবে is a postposition, no verb closing a clause (open a1d6cbe162)
    ("দেশের ওপর এখন শীতের প্রভাব বাড়ার কারণ হিসেবে উপমহাদেশীয় উচ্চচাপ বলয়ের কথা বলছে আবহাওয়া অধিদপ্তর।",
     "দেশের ওপর এখন শীতের প্রভাব বাড়ার কারণ হিসেবে উপমহাদেশীয় উচ্চচাপ বলয়ের", "আবহাওয়া অধিদপ্তর"),
])
def test_a_said_thing_reaches_over_a_negated_verbal_noun_and_hisebe(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    # "… X-এর ওপর গুরুত্বারোপ করেন": what is stressed is the genitive clause before ওপর/উপর (lt 85239ea86d,
    # open 2286537384), a subject pronoun between ওপর and the noun its speaker
    ("পরিবেশ সচিব ফারহিনা আহমেদ কর্মশালায় বক্তব্য দেন। একই সঙ্গে তিনি জাতীয় প্রেক্ষাপট বিবেচনায় নিয়েই "
     "যেকোনো সিদ্ধান্ত গ্রহণের ওপর গুরুত্বারোপ করেন।",
     "জাতীয় প্রেক্ষাপট বিবেচনায় নিয়েই যেকোনো সিদ্ধান্ত গ্রহণের", "ফারহিনা আহমেদ"),
    ("প্রধান অতিথি মেজর জেনারেল হাসান মাহমুদ খাঁন বক্তব্য দেন। দেশের যেকোনো ক্রান্তিলগ্নে ক্যাডেটদের অগ্রণী "
     "ভূমিকা পালনের উপর তিনি গুরুত্বারোপ করেন।",
     "দেশের যেকোনো ক্রান্তিলগ্নে ক্যাডেটদের অগ্রণী ভূমিকা পালনের", "হাসান মাহমুদ খাঁন"),
])
def test_what_is_stressed_before_opor_is_reported(text: str, quoted: str, speaker: str) -> None:
    assert _one(text, quoted).speaker == speaker


@pytest.mark.parametrize(("text", "content"), [
    ("জামায়াতের সঙ্গে এনসিপির জোটের এই সিদ্ধান্তের প্রতিবাদে দলের সব নির্বাচনী কার্যক্রম থেকে নিজেকে সরিয়ে "
     "নেওয়ার ঘোষণা দিয়েছেন এনসিপির যুগ্ম আহ্বায়ক নুসরাত তাবাসসুম।",
     "দলের সব নির্বাচনী কার্যক্রম থেকে নিজেকে সরিয়ে নেওয়ার"),
    ("বাংলাদেশ জামায়াতে ইসলামীসহ ১০ দলীয় জোটে জাতীয় নাগরিক পার্টির (এনসিপি) অংশগ্রহণের সিদ্ধান্তের প্রতিবাদে "
     "দলের সব নির্বাচনী কার্যক্রম থেকে নিজেকে সরিয়ে নেওয়ার ঘোষণা দিয়েছেন এনসিপির যুগ্ম আহ্বায়ক নুসরাত তাবাসসুম।",
     "দলের সব নির্বাচনী কার্যক্রম থেকে নিজেকে সরিয়ে নেওয়ার"),
])
def test_a_reason_opening_an_announcement_is_not_what_is_announced(text: str, content: str) -> None:
    """"X-এর প্রতিবাদে" (in protest at X) is why the act is done, however long X is; the content
    announced starts after it."""
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [content]
