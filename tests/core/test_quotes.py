"""Direct and reported speech with speakers (core/quotes.py): one parametrised case per construction.

Each case is (text, expected); `expected` lists (kind, quoted text, speaker) in text order, and a case
only checks what it names, so a case about attribution does not also pin down unrelated quotes.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.lexicon import speech
from core.models import FRAMINGS, QUOTE_KINDS, SOURCE_TYPES, Entity, Mention, Quote, Span
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
    # no quotation and no speech at all
    "আজ ঢাকায় সর্বনিম্ন তাপমাত্রা ছিল ১৩ ডিগ্রি। কাল রোদ উঠবে।",
])
def test_not_a_quote(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, quoted, speaker", [
    # a short fragment reported as someone's words IS a direct quote (ANNOTATION.md)
    # … and "এ কথা বলেন X" in the next sentence names the তিনি
    ("মাঠকর্মীদের কাজকে তিনি ‘ভীষণ কঠিন’ বলে উল্লেখ করেন। স্টোকস এ কথা বলেন।", "ভীষণ কঠিন", "স্টোকস"),
    ("ঘটনাটিকে ‘অত্যন্ত দুঃখজনক’ বলে মন্তব্য করেছেন স্বরাষ্ট্র উপদেষ্টা জাহাঙ্গীর আলম।", "অত্যন্ত দুঃখজনক",
     "জাহাঙ্গীর আলম"),
    # a fragment inside someone's reported speech is theirs
    ("ট্রাম্প বলেন, মার্কিন সেনাবাহিনী \"একাধিক নিখুঁত হামলা\" চালিয়েছে।", "একাধিক নিখুঁত হামলা", "ট্রাম্প"),
])
def test_short_fragments_reported_as_words(text: str, quoted: str, speaker: str | None) -> None:
    q = _one(text, quoted)
    assert q.kind == "direct" and q.speaker == speaker


@pytest.mark.parametrize("text, expected", [
    # an unclosed mark: the quotation ends with its sentence, it does not swallow the paragraph
    ("তিনি বলেন, “আমরা যাব। তারপর আর কিছু বলার নেই। এরপর সভা শেষ হয়।",
     [("direct", "আমরা যাব।", None)]),
    # a stray closing mark alone is nothing
    ("তিনি বলেন” আমরা যাব। ” ’ কথা।", []),
    # marks only
    ("“”‘’\"\"''«»", []),
])
def test_unbalanced_marks(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


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
    # উল্লেখ করেন, CONTENT
    ("তিনি উল্লেখ করেন, বিদেশি জাতের পশুপালনে বেশি সেবা প্রয়োজন হয়। উপদেষ্টা ফরিদা আখতার এ কথা বলেন।",
     "বিদেশি জাতের পশুপালনে বেশি সেবা প্রয়োজন হয়", None, "উল্লেখ করেন"),
    # X-এর মতে, CONTENT
    ("রাজনৈতিক বিশ্লেষকদের মতে, নির্বাচনের আগে এমন মেরুকরণ বাংলাদেশে নতুন নয়।",
     "নির্বাচনের আগে এমন মেরুকরণ বাংলাদেশে নতুন নয়", "রাজনৈতিক বিশ্লেষকরা", "মতে"),
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
])
def test_reported_speech_patterns(text: str, quoted: str, speaker: str | None, cue: str) -> None:
    q = _one(text, quoted)
    assert (q.kind, q.speaker, q.cue) == ("indirect", speaker, cue)


def test_this_information_points_back_at_the_sentences_before() -> None:
    # "… এ তথ্য জানান X": the preceding sentences are X's report (dev-04)
    text = ("সরকার তিন দিনের রাষ্ট্রীয় শোক ঘোষণা করেছে। এছাড়া বুধবার সারাদেশে সাধারণ ছুটি থাকবে। "
            "মঙ্গলবার সচিবালয়ে সাংবাদিকদের সঙ্গে আলাপকালে মন্ত্রিপরিষদ সচিব শেখ আব্দুর রশীদ এ তথ্য জানান।")
    q = _one(text, "সরকার তিন দিনের রাষ্ট্রীয় শোক ঘোষণা করেছে। এছাড়া বুধবার সারাদেশে সাধারণ ছুটি থাকবে")
    assert (q.kind, q.speaker) == ("indirect", "শেখ আব্দুর রশীদ")
    assert q.role is not None and q.role.endswith("সচিব")


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
])
def test_not_reported_speech(text: str) -> None:
    assert _found(text) == []


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
