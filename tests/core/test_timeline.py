"""Bengali time expressions normalised against the publication date (core/timeline.py, issue 5).

Each case is an expression in a sentence, the anchor (publication) date, and the value the gold
annotation guide (../shared/data/ANNOTATION.md) asks for.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.models import TimeExpression
from core.text import normalize
from core.timeline import publication_date, time_expressions

SEED_DAY = date(2023, 9, 12)  # a Tuesday
DEC30 = date(2025, 12, 30)  # a Tuesday
DEC29 = date(2025, 12, 29)  # a Monday
TODAY = date(2026, 11, 26)


def found(text: str, published: date | None) -> list[TimeExpression]:
    text = normalize(text)
    expressions = time_expressions(text, published=published)
    assert all(text[e.start:e.end] == e.text for e in expressions)
    return expressions


def one(text: str, published: date | None, expression: str) -> TimeExpression:
    matches = [e for e in found(text, published) if e.text == normalize(expression)]
    assert matches, f"{expression!r} not found in {[e.text for e in found(text, published)]}"
    return matches[0]


def placed(text: str, published: date | None) -> set[str]:
    """The values a timeline would show (durations are not placed)."""
    return {e.value for e in found(text, published) if e.value and e.granularity != "duration"}


# --- full dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, expression, value", [
    ("২০১১ সালের ২৪ মে যুক্তরাষ্ট্রের সিনেট তাকে পদক দেয়।", DEC30, "২০১১ সালের ২৪ মে", "2011-05-24"),
    ("১২ সেপ্টেম্বর ২০২৩ তারিখে বৈঠক হয়।", DEC30, "১২ সেপ্টেম্বর ২০২৩", "2023-09-12"),
    ("সিউল/ওয়াশিংটন, রাশিয়া, সেপ্টেম্বর 12 – কিম পৌঁছেছেন।", SEED_DAY, "সেপ্টেম্বর 12", "2023-09-12"),
    ("বৈঠকটি হয় সেপ্টেম্বর 12, 2019 তারিখে।", DEC30, "সেপ্টেম্বর 12, 2019", "2019-09-12"),
    ("৩০ ডিসেম্বর, ২০২৫ তারিখে তিনি মারা যান।", DEC29, "৩০ ডিসেম্বর, ২০২৫", "2025-12-30"),
    ("গত ১০ই ডিসেম্বর তিনি বিএনপিতে যোগ দেন।", DEC30, "গত ১০ই ডিসেম্বর", "2025-12-10"),
    ("২৮শে ডিসেম্বর তিনি দল ছাড়েন।", DEC30, "২৮শে ডিসেম্বর", "2025-12-28"),
    ("১৯৮২ সালের ৩রা জানুয়ারি তিনি রাজনীতিতে আসেন।", DEC30, "১৯৮২ সালের ৩রা জানুয়ারি", "1982-01-03"),
    ("চৌঠা জানুয়ারি পর্যন্ত মনোনয়নপত্র জমা দেওয়া যাবে।", DEC29, "চৌঠা জানুয়ারি", "2026-01-04"),
    ("২০২৪ সালের পাঁচই অগাস্ট সরকারের পতন হয়।", DEC30, "২০২৪ সালের পাঁচই অগাস্ট", "2024-08-05"),
    ("২০২৪ সালের ৫ আগস্ট সরকারের পতন হয়।", DEC30, "২০২৪ সালের ৫ আগস্ট", "2024-08-05"),
    ("গত ২৩ নভেম্বর তাকে হাসপাতালে ভর্তি করা হয়েছিল।", DEC30, "গত ২৩ নভেম্বর", "2025-11-23"),
    ("এর আগে এ বছরের গত ৬ সেপ্টেম্বর কমিটি ঘোষণা করা হয়।", DEC29, "এ বছরের গত ৬ সেপ্টেম্বর", "2025-09-06"),
    ("আগামী ১২ই ফেব্রুয়ারি ত্রয়োদশ সংসদ নির্বাচন হবে।", DEC30, "আগামী ১২ই ফেব্রুয়ারি", "2026-02-12"),
    ("আগামী ফেব্রুয়ারির ১২ তারিখ ভোট হবে।", DEC30, "আগামী ফেব্রুয়ারির ১২ তারিখ", "2026-02-12"),
    ("জুলাই থেকে ডিসেম্বরের ২৮ তারিখ পর্যন্ত রেমিট্যান্স এসেছে।", DEC30, "ডিসেম্বরের ২৮ তারিখ", "2025-12-28"),
    ("তিনি লিখেছেন, ‘আজ ২৮/১২/২০২৫, ঠিক ১০ মাস পর জোট হলো।’", DEC30, "২৮/১২/২০২৫", "2025-12-28"),
    ("মঙ্গলবার, ৩০ ডিসেম্বর, ২০২৫ ১৫ পৌষ, ১৪৩২ বঙ্গাব্দ", DEC30, "১৫ পৌষ, ১৪৩২ বঙ্গাব্দ", "2025-12-30"),
    ("১৯৮২ সালে তিনি দলে যোগ দেন। একই বছর ৭ই নভেম্বর তিনি বক্তব্য দেন।", DEC30, "একই বছর ৭ই নভেম্বর",
     "1982-11-07"),
    ("একই বছর ৭ই নভেম্বর তিনি বক্তব্য দেন।", DEC30, "একই বছর ৭ই নভেম্বর", "2025-11-07"),  # no year before
])
def test_full_dates(text: str, anchor: date, expression: str, value: str) -> None:
    got = one(text, anchor, expression)
    assert (got.value, got.granularity) == (value, "day")


@pytest.mark.parametrize("text, expression, value", [
    ("মেলবোর্নে বক্সিং ডে টেস্টের প্রথম দিনেই ২০ উইকেট পড়ে।", "বক্সিং ডে", "2025-12-26"),
    ("গত বিজয় দিবসে এভিনিউটির নামকরণের ঘোষণা দেওয়া হয়।", "বিজয় দিবসে", "2025-12-16"),
    ("এবারের বড়দিন অন্য ধরনের।", "বড়দিন", "2025-12-25"),
])
def test_a_day_named_for_what_happens_on_it_is_that_day(text: str, expression: str, value: str) -> None:
    got = one(text, DEC30, expression)
    assert (got.value, got.granularity) == (value, "day")


def test_a_named_day_is_never_the_day_a_quotation_was_said() -> None:
    # the article's own day is the 17th; the named day before it does not move a quoted আজ
    text = ("গত রাতের বিজয় দিবস উদযাপনের অনুষ্ঠানে রাষ্ট্রদূত বক্তব্য দেন। কর্মকর্তারা জানান, আজ (১৭ ডিসেম্বর) "
            "সকালে তাকে তলব করা হয়। তিনি বলেন, 'আজ আমরা প্রতিবাদ জানিয়েছি।'")
    assert {e.value for e in found(text, DEC30) if e.text == "আজ"} <= {"2025-12-17"}
    assert one(text, DEC30, "বিজয় দিবস").value == "2025-12-16"


def test_a_list_of_days_gives_each_day() -> None:
    text = "৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি রাষ্ট্রীয় শোক পালন করা হবে।"
    got = [(e.text, e.value) for e in found(text, DEC30)]
    assert got == [
        ("৩১ ডিসেম্বর", "2025-12-31"), ("১ ও ২ জানুয়ারি", "2026-01-01"), ("২ জানুয়ারি", "2026-01-02"),
    ]


def test_a_day_range_shares_its_month() -> None:
    # "৬" takes the month written after the range's last day (the annotation sets' convention)
    assert placed("আপিল ৬ থেকে ১২ই জানুয়ারি পর্যন্ত করা যাবে।", DEC30) == {"2026-01-06", "2026-01-12"}


def test_a_story_keeps_the_year_it_names() -> None:
    text = "২০২১ সালের ১১ এপ্রিল তার করোনা ধরা পড়ে। ২৭ এপ্রিল তাকে হাসপাতালে নেওয়া হয়।"
    assert one(text, DEC30, "২৭ এপ্রিল").value == "2021-04-27"


@pytest.mark.parametrize("text, expression, value", [
    # a year closing a span with পর্যন্ত says how long something lasted: the next bare month is
    # the article's own (a past month of its year), not the span's last year
    ("অনেকে মনে করেন, ২০০৬ সাল পর্যন্ত বিএনপি শাসনামলে অভিযোগ ছিল। যেমন অক্টোবর মাসে একটি প্রতিবেদনে তিনি এ কথা বলেছিলেন।",
     "অক্টোবর মাসে", "2025-10"),
    ("ভিডিওটি ২০২৪ সালের এপ্রিল পর্যন্ত দুই লাখ ডলার সংগ্রহ করেছে। অক্টোবরে আমরা তাকে কথা বলতে রাজি করাই।",
     "অক্টোবরে", "2025-10"),
])
def test_a_year_closing_an_until_span_does_not_carry_to_the_next_month(text: str, expression: str, value: str) -> None:
    assert one(text, DEC30, expression).value == value


@pytest.mark.parametrize("text, expected", [
    # photo captions run together (BBC's "ছবিতে খালেদা জিয়ার রাজনৈতিক জীবন"): the second year
    # opens the next caption's date, it does not replace the first date's year
    ("ছবিটি তোলা হয়েছে ২০০০ সালের ৮ই ফেব্রুয়ারি ১৯৯৮ সালের সাতই জুন পার্বত্য অঞ্চলের বিদ্রোহীদের সাথে চুক্তি।",
     {"২০০০ সালের ৮ই ফেব্রুয়ারি": "2000-02-08", "১৯৯৮ সালের সাতই জুন": "1998-06-07"}),
    ("ছবিটি তোলা হয় ২০০২ সালের চৌঠা মার্চ ২০০৫ সালের ২১শে ডিসেম্বর এক জনসভায়।",
     {"২০০২ সালের চৌঠা মার্চ": "2002-03-04", "২০০৫ সালের ২১শে ডিসেম্বর": "2005-12-21"}),
])
def test_a_date_with_its_year_written_before_takes_no_second_year(text: str, expected: dict[str, str]) -> None:
    assert {e.text: e.value for e in found(text, DEC30) if e.granularity == "day"} == expected


def test_recurring_dates_are_not_placed() -> None:
    assert placed("প্রতি বছর ১ জুলাই ও ৩১ ডিসেম্বর ব্যাংক হলিডে পালিত হয়।", DEC30) == set()


# --- years and months --------------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, expression, value, granularity, modifier", [
    ("2019 সালে শেষ বিদেশ সফরে দেখা হয়েছিল।", SEED_DAY, "2019 সালে", "2019", "year", None),
    ("১৯৯১ সাল থেকে নির্বাচন করছেন।", DEC30, "১৯৯১ সাল", "1991", "year", None),
    ("২০০১ সালের নির্বাচনে অংশ নেন।", DEC30, "২০০১ সালের", "2001", "year", None),
    ("2017 সালের শেষের দিকে রাশিয়া ভোট দিয়েছে।", SEED_DAY, "2017 সালের শেষের দিকে", "2017", "year", "late"),
    ("২০১৯ সালের শুরুর দিকে তিনি দেশে ফেরেন।", DEC30, "২০১৯ সালের শুরুর দিকে", "2019", "year", "early"),
    ("২০২৪-এর গণ-অভ্যুত্থানের পর দল গঠিত হয়।", DEC30, "২০২৪-এর", "2024", "year", None),
    ("৭৩ সালের প্রথম সংসদ নির্বাচনে কারচুপি হয়।", DEC30, "৭৩ সালের", "1973", "year", None),
    ("উনিশশো তিরাশি সালের মার্চ মাসে তিনি ভাইস চেয়ারম্যান হন।", DEC30,
     "উনিশশো তিরাশি সালের মার্চ মাসে", "1983-03", "month", None),
    ("২০১৫-১৬ সালে বাণিজ্য বেড়েছে।", DEC30, "২০১৫-১৬ সালে", "2015/2016", "interval", None),
    ("জুলাই মাসে শোইগু পিয়ংইয়ং সফর করেছিলেন।", SEED_DAY, "জুলাই মাসে", "2023-07", "month", None),
    ("গত অক্টোবরে তার অভিষেক হয়।", DEC30, "গত অক্টোবরে", "2025-10", "month", None),
    ("গত মাসে তিনি দলকে ফাইনালে তোলেন।", DEC30, "গত মাসে", "2025-11", "month", None),
    ("চলতি মাসে তাকে নিরাপত্তা দেওয়া হয়।", DEC30, "চলতি মাসে", "2025-12", "month", None),
    ("আগামী ফেব্রুয়ারিতে জাতীয় নির্বাচন অনুষ্ঠিত হবে।", DEC30, "আগামী ফেব্রুয়ারিতে", "2026-02", "month", None),
    ("ফেব্রুয়ারিতে নির্বাচন হবে।", DEC30, "ফেব্রুয়ারিতে", "2026-02", "month", None),
    ("মার্চে তিনি ওয়ানডে থেকে অবসর নিয়েছিলেন।", DEC30, "মার্চে", "2025-03", "month", None),
    ("১৯৯৬ সালের জুনের নির্বাচনে তিনি জেতেন।", DEC30, "১৯৯৬ সালের জুনের", "1996-06", "month", None),
    ("চলতি বছরের জানুয়ারিতে তিনি লন্ডন যান।", DEC30, "চলতি বছরের জানুয়ারিতে", "2025-01", "month", None),
    ("গত বছরের জুলাই মাসে আন্দোলন হয়।", DEC30, "গত বছরের জুলাই মাসে", "2024-07", "month", None),
    ("গত নভেম্বরের শুরুতে মনোনয়ন ঘোষণা করা হয়।", DEC30, "গত নভেম্বরের শুরুতে", "2025-11", "month", "early"),
    ("অক্টোবর ২০২৩-এ অনুসন্ধান শুরু হয়েছিল।", DEC30, "অক্টোবর ২০২৩-এ", "2023-10", "month", None),
    ("ডিসেম্বর ২০১১ সালে হোবার্টে টেস্ট হয়।", DEC30, "ডিসেম্বর ২০১১ সালে", "2011-12", "month", None),
    ("চব্বিশের ডিসেম্বরে সরকার অংশীজনদের সঙ্গে বসে।", DEC30, "চব্বিশের ডিসেম্বরে", "2024-12", "month", None),
    ("খালেদা জিয়া ১৯৯১, ১৯৯৬ ও ২০০১ সালে প্রধানমন্ত্রী হন।", DEC30, "১৯৯৬", "1996", "year", None),
])
def test_years_and_months(
    text: str, anchor: date, expression: str, value: str, granularity: str, modifier: str | None
) -> None:
    got = one(text, anchor, expression)
    assert (got.value, got.granularity, got.modifier) == (value, granularity, modifier)


@pytest.mark.parametrize("text, expression, value", [
    # jn bn-06b4d887ef: a plan and a schedule that still stands look ahead
    ("লিগটি এগিয়ে এনে ২৩ মার্চ শুরু করার পরিকল্পনা রয়েছে।", "২৩ মার্চ", "2026-03-23"),
    ("লিগটি ২৬ মার্চ থেকে ৩ মে পর্যন্ত অনুষ্ঠিত হওয়ার কথা থাকলেও, তা এগিয়ে এনে ২৩ মার্চ শুরু করার "
     "পরিকল্পনা রয়েছে।", "৩ মে", "2026-05-03"),
    ("মার্চের শেষ দিকে পিএসএল শুরু হওয়ার কথা থাকায় ক্রেতা খোঁজা সম্ভব হয়নি।", "মার্চের শেষ দিকে", "2026-03"),
    # a schedule that did not hold tells the past
    ("২৬ মার্চ তার দেশে ফেরার কথা থাকলেও তিনি ফেরেননি।", "২৬ মার্চ", "2025-03-26"),
    ("মার্চে সম্মেলন হওয়ার কথা ছিল।", "মার্চে", "2025-03"),
])
def test_a_plan_or_schedule_looks_ahead(text: str, expression: str, value: str) -> None:
    assert one(text, DEC29, expression).value == value


def test_a_month_range_ends_after_it_starts() -> None:
    text = "গত এপ্রিল থেকে অক্টোবর- এই সাত মাসে ৯৫০ মিলিয়ন ডলারের সুতা আমদানি হয়েছে।"
    assert placed(text, DEC30) == {"2025-04", "2025-10"}


def test_a_named_year_range_keeps_both_ends() -> None:
    assert placed("১৯৯১ সাল থেকে ২০০৮ সাল পর্যন্ত চারটি নির্বাচনে অংশ নেন।", DEC30) == {"1991", "2008"}


@pytest.mark.parametrize("text, expression, value", [
    ("১৯৮০-এর দশকে আন্দোলন হয়।", "১৯৮০-এর দশকে", "1980/1989"),
    ("১৯৮০ দশকে তিনি রাজনীতিতে আসেন।", "১৯৮০ দশকে", "1980/1989"),
    ("১৯৯০ দশকের প্রথম দিকে দেশে গণতন্ত্র ফেরে।", "১৯৯০ দশকের প্রথম দিকে", "1990/1999"),
    ("৯০-এর দশকে শহরটি বদলে যায়।", "৯০-এর দশকে", "1990/1999"),
    ("৮০'র দশকে তিনি গান গাইতেন।", "৮০'র দশকে", "1980/1989"),
    ("আশির দশকে এরশাদের শাসন চলে।", "আশির দশকে", "1980/1989"),
    ("১৯৬০ ও ৭০-এর দশকে তিনি চলচ্চিত্রে অভিনয় করেন।", "১৯৬০ ও ৭০-এর দশকে", "1960/1979"),
])
def test_a_named_decade_is_its_ten_years(text: str, expression: str, value: str) -> None:
    found_here = one(text, DEC30, expression)
    assert (found_here.value, found_here.granularity) == (value, "interval")


def test_a_count_of_decades_names_none() -> None:
    assert all("/" not in e.value for e in found("১০ দশক আগে এখানে নদী ছিল।", DEC30) if e.value)


# --- weekdays ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, expression, value", [
    ("মঙ্গলবার জাপানি মিডিয়া জানিয়েছে।", SEED_DAY, "মঙ্গলবার", "2023-09-12"),
    ("কিম রবিবার ট্রেনে পিয়ংইয়ং ত্যাগ করেছেন।", SEED_DAY, "রবিবার", "2023-09-10"),
    ("কিম রোববার ট্রেনে পিয়ংইয়ং ত্যাগ করেছেন।", SEED_DAY, "রোববার", "2023-09-10"),
    ("পুতিন সোমবার ভ্লাদিভোস্টক পৌঁছেছেন।", SEED_DAY, "সোমবার", "2023-09-11"),
    ("তারা বিশ্বাস করে কিম মঙ্গলবার ভোরে রাশিয়ায় প্রবেশ করেছেন।", SEED_DAY, "মঙ্গলবার", "2023-09-12"),
    ("বুধবার পর্যন্ত চলা ফোরামে যোগ দেওয়ার কথা রয়েছে তার।", SEED_DAY, "বুধবার", "2023-09-13"),
    ("বৃহস্পতিবার দলের সমাবেশ হবে।", SEED_DAY, "বৃহস্পতিবার", "2023-09-14"),
    ("বৃহস্পতিবার দলের সমাবেশ হয়েছিল।", SEED_DAY, "বৃহস্পতিবার", "2023-09-07"),
    ("রোববার দিবাগত রাতে ফেসবুক পোস্টে তিনি এ ঘোষণা দেন।", DEC29, "রোববার", "2025-12-28"),
    ("রোববার (২৮ ডিসেম্বর) গুলশানে মতবিনিময় সভা হয়।", DEC30, "রোববার", "2025-12-28"),
    ("গত বৃহস্পতিবার (২৫ ডিসেম্বর) তিনি পদত্যাগ করেন।", DEC29, "গত বৃহস্পতিবার", "2025-12-25"),
    ("গত বৃহস্পতিবার তিনি দেশে ফেরেন।", DEC29, "গত বৃহস্পতিবার", "2025-12-25"),
    ("আগামী রোববার কমিটি বসবে।", DEC30, "আগামী রোববার", "2026-01-04"),
    ("আজ মঙ্গলবার (৩০ ডিসেম্বর) সকালে তিনি মারা যান।", DEC30, "মঙ্গলবার", "2025-12-30"),
    ("আগামীকাল (বুধবার) জোহরের পর জানাজা।", DEC30, "বুধবার", "2025-12-31"),
    ("চুক্তির ঘোষণা করা হয় চলতি সপ্তাহের সোমবার।", date(2025, 12, 28), "চলতি সপ্তাহের সোমবার", "2025-12-29"),
    ("আপিল নিষ্পত্তি ১২ই জানুয়ারি রোজ সোমবার থেকে শুরু।", DEC30, "সোমবার", "2026-01-12"),
])
def test_weekdays(text: str, anchor: date, expression: str, value: str) -> None:
    got = one(text, anchor, expression)
    assert (got.value, got.granularity) == (value, "day")


def test_weekdays_take_the_dates_of_their_sentence() -> None:
    text = "বুধবার থেকে শুক্রবার পর্যন্ত (৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি) তিন দিনের রাষ্ট্রীয় শোক ঘোষণা করেছে সরকার।"
    assert one(text, DEC30, "বুধবার").value == "2025-12-31"
    assert one(text, DEC30, "শুক্রবার").value == "2026-01-02"


def test_part_of_day_is_kept_outside_the_text() -> None:
    got = one("রোববার দিবাগত রাতে তিনি এ ঘোষণা দেন।", DEC29, "রোববার")
    assert got.part_of_day == "night"
    assert one("কিম মঙ্গলবার ভোরে রাশিয়ায় প্রবেশ করেছেন।", SEED_DAY, "মঙ্গলবার").part_of_day == "dawn"


# --- relative days and periods -------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, expression, value, granularity", [
    ("আজ সকাল ৬টায় তিনি মারা যান।", DEC30, "আজ", "2025-12-30", "day"),
    ("বিপিএলের আজকের দুটি ম্যাচ স্থগিত করা হয়েছে।", DEC30, "আজকের", "2025-12-30", "day"),
    ("গতকাল এক সংবাদ সম্মেলনে তিনি এ কথা জানান।", DEC30, "গতকাল", "2025-12-29", "day"),
    ("আগামীকাল সাধারণ ছুটি থাকবে।", DEC30, "আগামীকাল", "2025-12-31", "day"),
    ("কালকে সকালে মরদেহ সংসদে নেওয়া হবে।", DEC30, "কালকে", "2025-12-31", "day"),
    ("কাল রাতে তিনি মারা গেছেন।", DEC30, "কাল", "2025-12-29", "day"),
    ("দুই দিন আগে তিনি বিএনপিতে যোগ দেন।", DEC30, "দুই দিন আগে", "2025-12-28", "day"),
    ("দুদিন আগে তিনি বিএনপিতে যোগ দেন।", DEC30, "দুদিন আগে", "2025-12-28", "day"),
    ("প্রায় ১০ মাস আগে তিনি দেশে ফেরেন।", DEC30, "১০ মাস আগে", "2025-02", "month"),
    ("১৪ বছর আগে শিশুটির জন্ম হয়।", DEC30, "১৪ বছর আগে", "2011", "year"),
    ("আজ থেকে তিন মাস পর পরিস্থিতি পরিষ্কার হবে।", DEC30, "আজ থেকে তিন মাস পর", "2026-03", "month"),
    ("পুতিন গত সপ্তাহে প্রতিশ্রুতি দিয়েছিলেন।", SEED_DAY, "গত সপ্তাহে", "2023-W36", "week"),
    ("চলতি সপ্তাহে বৈঠক হবে।", SEED_DAY, "চলতি সপ্তাহে", "2023-W37", "week"),
    ("আগামী সপ্তাহে বৈঠক হবে।", SEED_DAY, "আগামী সপ্তাহে", "2023-W38", "week"),
    ("গত বছর ইউক্রেন আক্রমণের পর থেকে", SEED_DAY, "গত বছর", "2022", "year"),
    ("এ বছর তিনি প্রথমবার অংশ নেন।", DEC30, "এ বছর", "2025", "year"),
    ("গতবছর তিনি প্রথমবার অংশ নেন।", DEC30, "গতবছর", "2024", "year"),
    ("আগামী বছরের প্রথমার্ধে নির্বাচন হতে পারে।", DEC30, "আগামী বছরের প্রথমার্ধে", "2026", "year"),
])
def test_relative_days_and_periods(text: str, anchor: date, expression: str, value: str, granularity: str) -> None:
    got = one(text, anchor, expression)
    assert (got.value, got.granularity) == (value, granularity)


@pytest.mark.parametrize("text, expression, value, granularity", [
    ("আর মাত্র দুদিন পর শেষ হতে যাওয়া বছরটিতে ৭টির মূলধন কমেছে।", "দুদিন পর", "2025-12-31", "day"),
    ("হাসপাতাল জানিয়েছে, আরও চার সপ্তাহ পর বলা যাবে তিনি কবে ছাড়া পাবেন।", "চার সপ্তাহ পর", "2026-01", "month"),
    ("চূড়ান্ত সিদ্ধান্ত নেওয়া হবে চার সপ্তাহ পর পিঠের আরও একটি স্ক্যানের পর।", "চার সপ্তাহ পর", "2026-01",
     "month"),
    ("তিন মাস পর নির্বাচন হবে।", "তিন মাস পর", "2026-03", "month"),
])
def test_a_count_from_now_looks_ahead(text: str, expression: str, value: str, granularity: str) -> None:
    got = one(text, DEC29, expression)
    assert (got.value, got.granularity) == (value, granularity)


@pytest.mark.parametrize("text, expression", [
    ("তবে এক সপ্তাহ পর মুখ খুললেন রউফ।", "এক সপ্তাহ"),
    ("তিন বছর পর ২০১৫ সালে তিনি হ্যাটট্রিক করেন।", "তিন বছর"),
    ("দীর্ঘ ১৭ বছর পর দেশে ফিরবেন তিনি।", "১৭ বছর"),
    ("১১ বছর পর প্রথমবার বিবিএলে নামবেন স্টার্ক।", "১১ বছর"),
])
def test_a_count_after_a_stretch_is_a_duration(text: str, expression: str) -> None:
    assert one(text, DEC29, expression).granularity == "duration"


def test_the_articles_own_day_wins_for_today_and_yesterday() -> None:
    saturday = "আজ শনিবার শাহবাগে সমাবেশ হয়। গতকাল মিছিল হয়েছিল।"
    assert one(saturday, date(2025, 12, 28), "আজ").value == "2025-12-27"
    assert one(saturday, date(2025, 12, 28), "গতকাল").value == "2025-12-26"
    friday = "গতকাল শুক্রবার সাপ্তাহিক ব্রিফিংয়ে মুখপাত্র এ কথা বলেন।"
    assert one(friday, date(2025, 12, 29), "গতকাল").value == "2025-12-26"


@pytest.mark.parametrize("text, anchor, value", [
    # opened ed3236045f / a77fa1ac0a: the 29th's report, published on the 30th
    ("সোমবার (২৯ ডিসেম্বর) সকাল ৯টায় তাপমাত্রা রেকর্ড হয়। কর্মকর্তা জানান, আজ সকাল ৯টায় "
     "দেশের সর্বনিম্ন তাপমাত্রা রেকর্ড করা হয়।", DEC30, "2025-12-29"),
    # jn bn-15c0e3a2e7: a story of the 21st posted on the 29th
    ("রোববার (২১ ডিসেম্বর) বিকেল ৪টায় সার্বিয়ার উদ্দেশ্যে দেশত্যাগ করেন তারা। অনুষ্ঠানের পর আজ "
     "বিকেল ৪টার ফ্লাইটে দেশত্যাগ করেন কর্মীরা।", DEC29, "2025-12-21"),
    # the night's events are reported the next morning (opened 5adb5f791d)
    ("সোমবার (২৯ ডিসেম্বর) রাতে তাকে আটক করা হয়। আজ দুপুর থেকে অবস্থান কর্মসূচি চলছে।", DEC30, "2025-12-30"),
    # with গতকাল the writer counts from the day the paper came out
    ("সোমবার (২৯ ডিসেম্বর) সমাবেশ হয়। গতকাল মিছিল হয়েছিল। আজ আবার সমাবেশ হচ্ছে।", DEC30, "2025-12-30"),
    # a day long before the anchor is a story's past, not the day it was written
    ("বুধবার (১০ ডিসেম্বর) তিনি দল ছাড়েন। আজ তিনি সংবাদ সম্মেলন করেন।", DEC30, "2025-12-30"),
])
def test_a_report_says_today_for_the_day_it_opens_with(text: str, anchor: date, value: str) -> None:
    assert one(text, anchor, "আজ").value == value


def test_today_in_a_quotation_is_the_day_it_was_said() -> None:
    text = ("রোববার (২৮ ডিসেম্বর) রাতে ফেসবুক পোস্টে তিনি সিদ্ধান্ত জানান। তিনি লেখেন, "
            "‘আজ আমি দলের সঙ্গে সম্পর্কচ্ছেদের সিদ্ধান্ত গ্রহণ করছি।’")
    assert one(text, DEC29, "আজ").value == "2025-12-28"


def test_same_day_points_back() -> None:
    text = "আজ ফেডারেশন কাপে খেলার কথা ছিল। একই দিনে নারী লিগের তিনটি ম্যাচ হওয়ার কথা ছিল।"
    assert one(text, DEC30, "একই দিনে").value == "2025-12-30"
    assert placed("একই দিনে তিনটি ম্যাচ হওয়ার কথা ছিল।", DEC30) == set()  # nothing to point to


def test_without_an_anchor_relative_expressions_have_no_value() -> None:
    text = "গত বছর ২০১৯ সালে তিনি মঙ্গলবার আসেন।"
    got = {e.text: e.value for e in found(text, None)}
    assert got == {"গত বছর": None, "২০১৯ সালে": "2019", "মঙ্গলবার": None}


# --- fiscal years ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, expression, value, granularity", [
    ("গত অর্থবছরে প্রায় দুই বিলিয়ন ডলারের সুতা আমদানি হয়েছে।", DEC30, "গত অর্থবছরে", "2024-07/2025-06", "interval"),
    ("চলতি অর্থবছরের প্রথম পাঁচ মাসে মুনাফা বেড়েছে।", DEC30, "চলতি অর্থবছরের", "2025-07/2026-06", "interval"),
    ("চলতি অর্থবছরে প্রবৃদ্ধি হয়েছে।", date(2025, 3, 1), "চলতি অর্থবছরে", "2024-07/2025-06", "interval"),
    ("চলতি ২০২৫-২৬ অর্থবছরে বাজেট বাড়ানো হয়েছে।", DEC30, "চলতি ২০২৫-২৬ অর্থবছরে", "2025-07/2026-06", "interval"),
    ("২০২৪–২৫ অর্থবছরে নিট মুনাফা হয়েছে।", DEC30, "২০২৪–২৫ অর্থবছরে", "2024-07/2025-06", "interval"),
    ("২০২৪–২৫ অর্থবছরের মার্চ মাসে রেমিট্যান্স সর্বোচ্চ ছিল।", DEC30, "২০২৪–২৫ অর্থবছরের মার্চ মাসে", "2025-03", "month"),
])
def test_fiscal_years(text: str, anchor: date, expression: str, value: str, granularity: str) -> None:
    got = one(text, anchor, expression)
    assert (got.value, got.granularity) == (value, granularity)


def test_months_after_a_fiscal_year_belong_to_it() -> None:
    text = "২০২৩–২৪ অর্থবছরের মাসভিত্তিক রেমিট্যান্স ছিল— জুলাইয়ে ১৯১ কোটি, জানুয়ারিতে ২১৯ কোটি ডলার।"
    assert one(text, DEC30, "জুলাইয়ে").value == "2023-07"
    assert one(text, DEC30, "জানুয়ারিতে").value == "2024-01"


# --- durations ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expression, value, modifier", [
    ("১৮ মাস ধরে যুদ্ধ চলছে।", "১৮ মাস ধরে", "P18M", None),
    ("18 মাসেরও বেশি সময় ধরে চলমান যুদ্ধে", "18 মাসেরও বেশি সময় ধরে", "P18M", "more_than"),
    ("তার 12 বছরের ক্ষমতায় দুইবার সীমান্ত অতিক্রম করেছেন।", "12 বছরের", "P12Y", None),
    ("৩৭ দিন ধরে চিকিৎসাধীন থাকার পর", "৩৭ দিন ধরে", "P37D", None),
    ("তিন দিনের রাষ্ট্রীয় শোক", "তিন দিনের", "P3D", None),
    ("গত দেড় বছর ধরেই আলোচনা হয়েছে।", "গত দেড় বছর ধরেই", "P1.5Y", None),
    ("আগামী ৭২ ঘণ্টার মধ্যে সিদ্ধান্ত চান।", "আগামী ৭২ ঘণ্টার", "PT72H", None),
    ("কয়েক মাস পরও পরিবার জানতে পারেনি।", "কয়েক মাস", None, None),
    ("সাড়ে তিন মাস ধরে আটক আছেন।", "সাড়ে তিন মাস ধরে", "P3.5M", None),
])
def test_durations_are_found_and_not_placed(text: str, expression: str, value: str | None, modifier: str | None) -> None:
    got = one(text, DEC30, expression)
    assert (got.granularity, got.value, got.modifier) == ("duration", value, modifier)


# --- what must not match --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "রবিউল ইসলাম বক্তব্য দেন।",
    "এটি একটি মঙ্গলজনক সিদ্ধান্ত।",
    "সাকিব রবি দলে ফিরেছেন।",
    "মঙ্গল গ্রহে পানির খোঁজ মিলেছে।",
    "এখন আর সময় নেই।",
    "আজকাল সবাই অনলাইনে কেনাকাটা করে।",
    "তিনি ২০২৫ টাকা পেয়েছেন।",  # a four-digit number without a year word is a quantity
    "২০২৫ জন মানুষ অংশ নেন।",
    "বিপিএল ২০২৬ আসরের প্রস্তুতি চলছে।",
    "লং মার্চ কর্মসূচি ঘোষণা করা হয়েছে।",
    "জুলাই গণ-অভ্যুত্থানে নেতৃত্বদানকারী তরুণরা দল গড়েছে।",
    "জুলাই সনদ বাস্তবায়নে গণভোট হবে।",
    "২৭ বছর বয়সী কিপার বলেছেন।",
    "প্রতি শুক্রবার জুমার নামাজ হয়।",
    "মেয়েদের দল জিতেছে।",
    "২১ শতকে আমরা যাকে অপরাধ বলি।",
    "কয়েক দশক ধরে এই সমস্যা চলছে।",  # decades counted, not named
    "সুদানের বিপক্ষে ৩-০ গোলের জয়।",
    "বিকেল চারটায় সভা শুরু হয়।",
    "নির্বাচনের দুই দিন আগে সহিংসতা হয়।",
    "কালের কণ্ঠ পত্রিকার খবর।",
])
def test_no_false_hits(text: str) -> None:
    assert placed(text, DEC30) == set()


@pytest.mark.parametrize("text, expression, value", [
    # 5 August before "after/before" names the era since the 2024 uprising
    ("পুলিশের ধারণা, ৫ আগস্টের পর তিনি সক্রিয় ছিলেন।", "৫ আগস্টের", "2024-08-05"),
    ("তবে গত ৫ আগস্টের পর দেশের পটপরিবর্তনের কারণে কাজ কমেছে।", "গত ৫ আগস্টের", "2024-08-05"),
    # otherwise 5 August is a day like any other
    ("আগামী ৫ আগস্ট সমাবেশ হবে।", "আগামী ৫ আগস্ট", "2026-08-05"),
    ("৫ আগস্ট তিনি ঢাকায় ফেরেন।", "৫ আগস্ট", "2025-08-05"),
])
def test_the_day_that_names_an_era(text: str, expression: str, value: str) -> None:
    assert one(text, DEC30, expression).value == value


# --- publication date -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("সিউল/ওয়াশিংটন, রাশিয়া, সেপ্টেম্বর 12 – কিম পৌঁছেছেন, মঙ্গলবার জাপানি মিডিয়া জানিয়েছে।",
     (date(2023, 9, 12), True)),
    ("ঢাকা, ১০ ডিসেম্বর ২০২৫ – সরকার নতুন নীতি ঘোষণা করেছে।", (date(2025, 12, 10), False)),
    ("ঢাকা মঙ্গলবার, ৩০ ডিসেম্বর ২০২৫ স্পোর্টস ডেস্ক প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ১৩:১২ রোনালদোর জোড়া গোল।",
     (date(2025, 12, 28), False)),
    ("সভায় তিনি বক্তব্য দেন। রোববার (২৮ ডিসেম্বর) রাজধানীতে এ সভা হয়।", (date(2025, 12, 28), True)),
    ("বিপিএলের দ্বাদশ আসরে আজ সোমবার (২৯ ডিসেম্বর) প্রথম ম্যাচ খেলেছে দলটি।", (date(2025, 12, 29), True)),
    # আজ, its weekday, then its date, each beside the one before: today, not the timetable's day in
    # the lead (the shape of a corpus article on BPL matches put off for a day of mourning)
    ("জাতীয় শোকের কারণে আজকের দুটি ম্যাচ স্থগিত করা হয়েছে। বিসিবি এক বিজ্ঞপ্তিতে এ তথ্য জানিয়েছে। "
     "স্থগিত ম্যাচ দুটি পরে আয়োজন করা হবে। নতুন সূচি অনুযায়ী রোববার (৪ জানুয়ারি) থেকে খেলা আবার শুরু। "
     "উল্লেখ্য, আজ মঙ্গলবার (৩০ ডিসেম্বর) সকালে তিনি মারা যান।", (date(2025, 12, 30), True)),
    ("২০১৮ সালের ৩০শে ডিসেম্বর জাতীয় সংসদ নির্বাচন অনুষ্ঠিত হয়।", (None, False)),  # not a dateline
    # a headline alone on the first line (a Word document's first paragraph), the dateline after it
    ("নতুন নীতি ঘোষণা\n\nঢাকা, ৩ মার্চ ২০২৪ — সরকার নতুন নীতি ঘোষণা করেছে।", (date(2024, 3, 3), False)),
    ("ঢাকা, ৩ মার্চ ২০২৪ —\nসরকার নতুন নীতি ঘোষণা করেছে।", (date(2024, 3, 3), False)),  # the dateline alone
    # a first line that is a sentence is the story, not a headline: its next line is no dateline
    ("সরকার নতুন নীতি ঘোষণা করেছে।\nঢাকা, ৩ মার্চ ২০২৪ — আরও খবর।", (None, False)),
    ("নির্বাচনের ইতিহাস\n২০১৮ সালের ৩০শে ডিসেম্বর জাতীয় সংসদ নির্বাচন অনুষ্ঠিত হয়।", (None, False)),
    ("কোনো তারিখ নেই এই লেখায়।", (None, False)),
])
def test_publication_date_from_the_text(text: str, expected: tuple[date | None, bool]) -> None:
    assert publication_date(normalize(text), today=TODAY) == expected


LATE_PAIR = ("রাজধানীতে শীত বাড়ছে। সূর্যের দেখা মেলেনি। মানুষ নাকাল। আজ সোমবার ঢাকায় সর্বোচ্চ তাপমাত্রা ১৫ ডিগ্রি। "
             "সারাদিন মেঘলা আকাশ ছিল। ফলে শীত অনুভূত হয়েছে। রোববার (২৮ ডিসম্বের) ঢাকায় সর্বোচ্চ তাপমাত্রা ছিল ১৭ ডিগ্রি।")


@pytest.mark.parametrize("text, expected", [
    # the article names its own weekday (আজ সোমবার) and, past the lead, the date of a day before it:
    # today is the Monday after Sunday 28 December (the pair is read with the typo ডিসম্বের)
    (LATE_PAIR, (date(2025, 12, 29), True)),
    # a pair ahead of today: the Monday before it
    (LATE_PAIR.replace("রোববার (২৮ ডিসম্বের) ঢাকায় সর্বোচ্চ তাপমাত্রা ছিল", "শুক্রবার (২ জানুয়ারি) ঢাকায় বৃষ্টি হবে,")
     .replace(" ১৭ ডিগ্রি।", " বলছে অফিস।"), (date(2025, 12, 29), True)),
    # two days called today, or today in a quotation: no anchor
    (LATE_PAIR.replace("মানুষ নাকাল।", "আজ মঙ্গলবার মানুষ নাকাল।"), (None, False)),
    (LATE_PAIR.replace("আজ সোমবার ঢাকায় সর্বোচ্চ তাপমাত্রা ১৫ ডিগ্রি।", "“আজ সোমবার খুব শীত,” তিনি বলেন।"), (None, False)),
])
def test_the_day_an_article_calls_today_and_a_dated_day_beside_it(text: str, expected: tuple[date | None, bool]) -> None:
    assert publication_date(normalize(text), today=TODAY) == expected


def test_metadata_wins() -> None:
    text = "ঢাকা, ১০ ডিসেম্বর ২০২৫ – সরকার নতুন নীতি ঘোষণা করেছে।"
    assert publication_date(text, metadata=date(2020, 1, 1)) == (date(2020, 1, 1), False)


def test_year_is_inferred_from_the_weekdays_the_article_names() -> None:
    # 12 September was a Tuesday in 2023 and 2017: the nearest such year wins
    assert publication_date("মস্কো, সেপ্টেম্বর 12 – মঙ্গলবার বৈঠক হয়েছে।", today=TODAY) == (date(2023, 9, 12), True)
    assert publication_date("মস্কো, সেপ্টেম্বর 12 – মঙ্গলবার বৈঠক হয়েছে।", today=date(2020, 1, 1)) == (
        date(2017, 9, 12), True)


@pytest.mark.parametrize("bad", ["2025-12-30", 20251230])
def test_bad_dates_raise_value_error(bad: object) -> None:
    with pytest.raises(ValueError, match="published must be a datetime.date"):
        time_expressions("আজ", published=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="metadata must be a datetime.date"):
        publication_date("আজ", metadata=bad)  # type: ignore[arg-type]


# --- the seed article (issue 5, acceptance 2 and 3) -----------------------------------------------

SEED_EXPECTED = {
    "সেপ্টেম্বর 12": {"2023-09-12"}, "রবিবার": {"2023-09-10"}, "সোমবার": {"2023-09-11"},
    "মঙ্গলবার": {"2023-09-12"}, "বুধবার": {"2023-09-13"}, "2019 সালে": {"2019"}, "গত বছর": {"2022"},
    "গত সপ্তাহে": {"2023-W36"}, "জুলাই মাসে": {"2023-07"}, "2017 সালের শেষের দিকে": {"2017"},
}


def test_seed_article_with_published(seed_text: str) -> None:
    expressions = found(seed_text, SEED_DAY)
    by_text: dict[str, set[str | None]] = {}
    for e in expressions:
        by_text.setdefault(e.text, set()).add(e.value)
    for expression, values in SEED_EXPECTED.items():
        assert by_text.get(expression) == values, expression
    late = one(seed_text, SEED_DAY, "2017 সালের শেষের দিকে")
    assert (late.granularity, late.modifier) == ("year", "late")
    war = one(seed_text, SEED_DAY, "18 মাসেরও বেশি সময় ধরে")
    assert (war.granularity, war.value) == ("duration", "P18M")
    assert placed(seed_text, SEED_DAY) == set().union(*SEED_EXPECTED.values())


def test_seed_article_without_published(seed_text: str) -> None:
    assert publication_date(normalize(seed_text), today=TODAY) == (SEED_DAY, True)


# --- the dev gold (issue 5, acceptance 1) ---------------------------------------------------------

def test_dev_gold_dates_f1(shared_data: Path) -> None:
    tp = n_pred = n_gold = 0
    for path in sorted((shared_data / "gold-dev").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = normalize(gold["text"])
        anchor, _ = publication_date(text, metadata=date.fromisoformat(gold["published"]))
        predicted = placed(text, anchor)
        expected = {d["value"] for d in gold["dates"]}
        tp, n_pred, n_gold = tp + len(predicted & expected), n_pred + len(predicted), n_gold + len(expected)
    precision, recall = tp / n_pred, tp / n_gold
    assert 2 * precision * recall / (precision + recall) >= 0.9


# --- invariants -----------------------------------------------------------------------------------

BENGALI_PIECES = st.sampled_from([
    "আজ", "গতকাল", "কাল", "গত", "আগামী", "চলতি", "বছর", "বছরের", "মাসে", "সপ্তাহে", "সালের", "সালে",
    "মঙ্গলবার", "রোববার", "জুলাই", "ডিসেম্বর", "মে", "অর্থবছর", "২০২৫", "১০ই", "২৮শে", "৩", "-", "–",
    "(", ")", ",", "।", "থেকে", "পর্যন্ত", "ও", "দিন", "আগে", "পর", "ধরে", "হবে", "করেছেন", "‘", "’", "\n",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(BENGALI_PIECES, max_size=30), st.sampled_from([None, DEC30, SEED_DAY]))
def test_any_text_gives_valid_spans(pieces: list[str], anchor: date | None) -> None:
    text = " ".join(pieces)
    for e in time_expressions(text, published=anchor):
        assert text[e.start:e.end] == e.text
        assert e.granularity in ("day", "week", "month", "year", "interval", "duration")
    publication_date(text, today=TODAY)


# --- rules from the corpus survey (566 articles, December 2025) -----------------------------------

@pytest.mark.parametrize("text, anchor, expression, first, last", [
    # a range whose first end is a bare day: the phrase is its first day, the last day is a date too
    ("আপিল নিষ্পত্তি হবে ১০ থেকে ১৮ জানুয়ারি পর্যন্ত।", DEC29, "১০ থেকে ১৮ জানুয়ারি", "2026-01-10", "2026-01-18"),
    ("৬-২৪ জানুয়ারি সৌদি আরবে মূল পর্ব অনুষ্ঠিত হবে।", DEC29, "৬-২৪ জানুয়ারি", "2026-01-06", "2026-01-24"),
    ("আপিলের তারিখ আগামী ৬ থেকে ১২ই জানুয়ারি পর্যন্ত।", DEC30, "আগামী ৬ থেকে ১২ই জানুয়ারি",
     "2026-01-06", "2026-01-12"),
    ("১০ থেকে ২৮শে ডিসেম্বর পর্যন্ত সহিংসতায় আহত হন অনেকে।", DEC30, "১০ থেকে ২৮শে ডিসেম্বর",
     "2025-12-10", "2025-12-28"),
])
def test_day_range_in_one_month_is_its_first_day_and_its_last(text: str, anchor: date, expression: str, first: str,
                                                              last: str) -> None:
    got = one(text, anchor, expression)
    assert (got.value, got.granularity) == (first, "day")
    assert placed(text, anchor) == {first, last}


@pytest.mark.parametrize("text, anchor, values", [
    # each end written out as a date: two days, as the gold splits them
    ("আপিল দায়েরের ৫ জানুয়ারি থেকে ৯ জানুয়ারি।", DEC29, {"2026-01-05", "2026-01-09"}),
    ("৩০ ডিসেম্বর থেকে ৪ জানুয়ারি পর্যন্ত যাচাই-বাছাই হবে।", DEC29, {"2025-12-30", "2026-01-04"}),
    # a list is not a range
    ("৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি শোক পালন করা হবে।", DEC30, {"2025-12-31", "2026-01-01", "2026-01-02"}),
])
def test_range_with_both_ends_written_is_split(text: str, anchor: date, values: set[str]) -> None:
    assert placed(text, anchor) == values


@pytest.mark.parametrize("text, expression, value, modifier", [
    ("সেপ্টেম্বর শেষে দেশের ব্যাংকগুলোর খেলাপি ঋণ বেড়েছে।", "সেপ্টেম্বর শেষে", "2025-09", "late"),
    ("২০২৫ সালের সেপ্টেম্বর মাস শেষে ঋণস্থিতি দাঁড়িয়েছে ১৮ লাখ কোটি টাকা।", "২০২৫ সালের সেপ্টেম্বর মাস শেষে",
     "2025-09", "late"),
    ("ডিসেম্বরের শেষ সপ্তাহে ঢাকায় প্রচণ্ড শীত ছিল।", "ডিসেম্বরের শেষ সপ্তাহে", "2025-12", "late"),
    ("আগামী বছরের জানুয়ারির প্রথম সপ্তাহে লিগ শুরু হবে।", "আগামী বছরের জানুয়ারির প্রথম সপ্তাহে", "2026-01", "early"),
])
def test_month_end_and_week_of_month(text: str, expression: str, value: str, modifier: str) -> None:
    got = one(text, DEC30, expression)
    assert (got.value, got.granularity, got.modifier) == (value, "month", modifier)


@pytest.mark.parametrize("text", [
    "অনুশীলন শেষে তিনি সাংবাদিকদের সঙ্গে কথা বলেন।",  # শেষে after no month
    "মনোনয়নপত্র জমা শেষে তিনি বক্তব্য দেন।",
    "কিন্তু পুরো জুলাইকে নিয়ে রাজনৈতিক কৌশল করা হয়েছে।",  # the July uprising as an object
    "জুলাই সনদ বাস্তবায়নে গণভোট হবে।",
])
def test_no_month_false_hits(text: str) -> None:
    assert placed(text, DEC30) == set()


@pytest.mark.parametrize("text, anchor, expression, value", [
    ("সরকার ২০ ডিসেম্বরকে শোক দিবস ঘোষণা করে।", DEC29, "২০ ডিসেম্বরকে", "2025-12-20"),
    ("গত রাতে সিকদার ভিলার ছাদে হামলা হয়।", DEC29, "গত রাতে", "2025-12-28"),
    ("গতরাতে আগুন লাগে।", DEC30, "গতরাতে", "2025-12-29"),
    ("গত রাতের অনুষ্ঠানে রাষ্ট্রদূত বক্তব্য দেন।", DEC30, "গত রাতের", "2025-12-29"),
])
def test_object_case_and_last_night(text: str, anchor: date, expression: str, value: str) -> None:
    got = one(text, anchor, expression)
    assert (got.value, got.granularity) == (value, "day")


@pytest.mark.parametrize("text, value", [
    # a published schedule: the coming date even when the clause is past tense
    ("নির্বাচন কমিশন ১২ ফেব্রুয়ারি ভোটের তারিখ ঘোষণা করেছে।", "2026-02-12"),
    ("তফসিল অনুযায়ী ২২ জানুয়ারি প্রচারণা শুরু হয়েছে বলে জানান তিনি।", "2026-01-22"),
    # no schedule word: the past tense keeps the last one
    ("তিনি ১২ ফেব্রুয়ারি ঢাকায় আসেন।", "2025-02-12"),
    # the same day written with a year elsewhere in the article is that year's
    ("প্রথম সংসদ নির্বাচন অনুষ্ঠিত হয় ১৯৭৩ সালের সাতই মার্চ। তখন অনেক পত্রিকা ছিল। একটি ছিল গণকণ্ঠ। "
     "সাতই মার্চ ভোটের পরদিন গণকণ্ঠের শিরোনাম ছিল 'প্রহসন'।", "1973-03-07"),
])
def test_day_month_year_from_schedule_or_article(text: str, value: str) -> None:
    assert value in placed(text, DEC29)


def test_a_coming_year_does_not_carry_to_the_articles_own_days() -> None:
    text = ("ভোট হবে ২০২৬ সালের ১২ ফেব্রুয়ারি। তফসিল অনুযায়ী ২৯ ডিসেম্বর পর্যন্ত মনোনয়নপত্র জমা "
            "দেওয়া যাবে। ৩০ ডিসেম্বর থেকে ৪ জানুয়ারি যাচাই-বাছাই হবে।")
    assert placed(text, DEC29) == {"2026-02-12", "2025-12-29", "2025-12-30", "2026-01-04"}
    school = "২০২৬ সালের ২৮ জুন পরীক্ষা শুরু হবে। এ পরীক্ষা চলবে ১২ দিন, যা শেষ হবে ১৩ জুলাই।"
    assert "2026-07-13" in placed(school, DEC29)


@pytest.mark.parametrize("text, expression, value", [
    ("বার্ষিক কেন্দ্রীয় ক্যাম্পিং ২০২৫/২৬ এর সমাপনী কুচকাওয়াজ হয়েছে।", "২০২৫/২৬", "2025/2026"),
    ("২০১৮-১৯ মৌসুমে তিনি দলে ছিলেন।", "২০১৮-১৯", "2018/2019"),
])
def test_a_season_written_with_a_slash_or_dash(text: str, expression: str, value: str) -> None:
    assert one(text, DEC29, expression).value == value


@pytest.mark.parametrize("text", ["ফলাফল ২০২৫/৩০ দেখা যায়।"])
def test_a_slash_between_years_that_do_not_follow_is_no_season(text: str) -> None:
    assert placed(text, DEC29) == set()


@pytest.mark.parametrize("text, expression, value", [
    ("তখন নেতৃত্ব ২০১৪-১৫ ছিল বাংলাদেশের জিম্মায়।", "২০১৪-১৫", "2014/2015"),
    ("আমি টোকিওতে কাউন্সেলর (১৯৯৪-২০০০) ছিলাম।", "১৯৯৪-২০০০", "1994/2000"),
])
def test_years_written_as_a_range_are_one_period(text: str, expression: str, value: str) -> None:
    assert one(text, date(2025, 12, 30), expression).value == value


@pytest.mark.parametrize("text", [
    "১৯৯১, ১৯৯৬ ও ২০০১ সালে তিনি জেতেন।",
    # each end a year written out: two dates, as "বুধবার থেকে শুক্রবার" is (the annotations differ here)
    "১৯৯১ থেকে ২০০১ সালের নির্বাচনগুলোতে তিনি জেতেন।",
])
def test_years_in_a_list_or_from_one_to_another_stay_years_of_their_own(text: str) -> None:
    assert {"1991", "2001"} <= placed(text, date(2025, 12, 30))


def test_a_weekday_dated_earlier_in_the_article_keeps_that_date_in_the_future_tense() -> None:
    text = ("ঘনকুয়াশার কারণে রোববার (২৮ ডিসেম্বর) সন্ধ্যা হতে লঞ্চ চলাচল বন্ধ রয়েছে। বিজ্ঞপ্তিতে বলা হয়, "
            "ঘনকুয়াশার কারণে রোববার রাতে সব লঞ্চ চলাচল বন্ধ থাকবে।")
    assert [e.value for e in found(text, date(2025, 12, 29)) if e.text == "রোববার"] == ["2025-12-28", "2025-12-28"]


def test_the_newspaper_ajker_patrika_is_no_today() -> None:
    text = normalize("'আওয়ামী তিন নেতা স্বতন্ত্র প্রার্থী হলেন' আজকের পত্রিকার শিরোনাম। আজকের দুটি ম্যাচ স্থগিত।")
    assert [e.text for e in time_expressions(text, published=date(2025, 12, 30))] == ["আজকের"]


def test_a_weekday_of_what_may_happen_lies_ahead() -> None:
    text = "আবহাওয়াবিদরা বলছেন, মঙ্গলবারও একই ধরনের আবহাওয়া বিরাজ করতে পারে। তবে বুধবার কুয়াশা কিছুটা কেটে যেতে পারে।"
    published = date(2025, 12, 30)  # a Tuesday
    assert one(text, published, "বুধবার").value == "2025-12-31"
    assert one(text, published, "মঙ্গলবারও").value == "2025-12-30"


def test_a_school_year_is_a_year_and_its_months_follow_it() -> None:
    text = "বিদ্যালয়ের ২০২৬ শিক্ষাবর্ষের শিক্ষাপঞ্জি প্রকাশ করেছে শিক্ষা মন্ত্রণালয়। এতে জুন মাসে অর্ধবার্ষিক পরীক্ষা রাখা হয়েছে।"
    assert one(text, DEC29, "২০২৬ শিক্ষাবর্ষের").value == "2026"
    assert one(text, DEC29, "জুন মাসে").value == "2026-06"


@pytest.mark.parametrize("text, expression, value", [
    ("তিনি ২০২৬ বিশ্বকাপে পর্তুগালকে নেতৃত্ব দেবেন।", "২০২৬", "2026"),
    ("২০১৯ বিপিএলে তিনটি হ্যাটট্রিক হয়েছিল।", "২০১৯", "2019"),
    ("বাফুফে পরবর্তী আসর মাঠে নামিয়েছে ২০২৫ শেষ হওয়ার আগ মুহূর্তে।", "২০২৫", "2025"),
])
def test_a_year_that_names_an_event_is_a_year(text: str, expression: str, value: str) -> None:
    assert one(text, DEC29, expression).value == value


def test_an_events_year_gives_no_year_to_the_story_after_it() -> None:
    text = "তার নেতৃত্বেই পর্তুগাল নিশ্চিত করেছে ২০২৬ বিশ্বকাপের টিকিট। জুনে জিতেছে উয়েফা নেশনস লিগের শিরোপা।"
    assert one(text, DEC29, "জুনে").value == "2025-06"


@pytest.mark.parametrize("text, values", [
    ("তিনি দুই মেয়াদে ক্ষমতায় ছিলেন – ১৯৯১ থেকে ১৯৯৬ এবং ২০০১ থেকে ২০০৬ পর্যন্ত।", {"1991", "1996", "2001", "2006"}),
    ("তিনি ১৯৯২ থেকে ১৯৯৫ পর্যন্ত মন্ত্রী ছিলেন।", {"1992", "1995"}),
])
def test_spans_of_bare_years_closed_by_until_are_years(text: str, values: set[str]) -> None:
    assert placed(text, DEC30) == values


@pytest.mark.parametrize("text", [
    "চালের দাম ১৫০০ থেকে ২০০০ পর্যন্ত উঠেছে।",  # a band of prices, five hundred apart
    "আসনে ২০২০ থেকে ২০১০ পর্যন্ত ভোট কমেছে।",  # counting down is no span of years
])
def test_bare_numbers_closed_by_until_that_span_no_years_stay_numbers(text: str) -> None:
    assert placed(text, DEC30) == set()


@pytest.mark.parametrize("text, expression, value", [
    ("গত বছর মে মাসের ২৮ তারিখে শেষ হয়েছিল আগের লিগ।", "গত বছর মে মাসের ২৮ তারিখে", "2024-05-28"),
    ("তাকে গত বছর জুলাইয়ে বরখাস্ত করা হয়।", "গত বছর জুলাইয়ে", "2024-07"),
    ("গত বছর ১৩ ডিসেম্বর তিনি মারা যান।", "গত বছর ১৩ ডিসেম্বর", "2024-12-13"),
    ("আগামী বছর জানুয়ারিতে নির্বাচন হবে।", "আগামী বছর জানুয়ারিতে", "2026-01"),
])
def test_a_year_named_without_the_genitive_places_the_date_after_it(text: str, expression: str, value: str) -> None:
    assert placed(text, DEC30) == {value}
    assert one(text, DEC30, expression).value == value


@pytest.mark.parametrize("text, expression, value", [
    ("ক্যারিবীয় অঞ্চলে হওয়া ২০২৪ টি–টোয়েন্টি বিশ্বকাপের পর থেকে তিনি খেলেননি।", "২০২৪", "2024"),
    ("২০২৩ ওয়ানডে বিশ্বকাপে ভারত ফাইনালে হারে।", "২০২৩", "2023"),
    ("এবারের মেলায় ৫২ এর ভাষা আন্দোলনের স্মরণে প্রদর্শনী হবে।", "৫২ এর", "1952"),
    ("যা পরবর্তীতে ৯৬ এর একদলীয় নির্বাচন হিসেবে গণ্য হয়।", "৯৬ এর", "1996"),
    ("৭১-এর মুক্তিযুদ্ধে তিনি অংশ নেন।", "৭১-এর", "1971"),
    ("২৪-এর গণ-অভ্যুত্থানে তিনি আহত হন।", "২৪-এর", "2024"),
])
def test_a_year_written_short_or_before_a_format_names_its_event(text: str, expression: str, value: str) -> None:
    assert one(text, DEC30, expression).value == value


@pytest.mark.parametrize("text", [
    "২০২৪ টি-টোয়েন্টি ম্যাচ খেলেছে দলটি।",  # a count of matches
    "ঢাকা-১৫ এর নির্বাচনে তিনি প্রার্থী।",  # a seat
    "১৫ এর রিটার্নিং কর্মকর্তা নির্বাচন পরিচালনা করবেন।",  # the head too far off
    "ধারা ১২ এর (৩ক) অনুযায়ী ব্যবস্থা নেওয়া হবে।",
])
def test_a_short_number_in_the_genitive_without_an_event_is_no_year(text: str) -> None:
    assert placed(text, DEC30) == set()
