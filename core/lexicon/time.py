"""Bengali words for placing things in time (owned by core/timeline.py).

Every surface form here is NFC, the form of normalised article text. The lists come from Bengali
grammar and calendar usage, checked against the forms that actually occur in the project corpus
(../shared/data/corpus/bn_news.jsonl, 566 Bangladeshi news articles, Dec 2025) and the seed article;
each list says which. Inflected forms are not listed one by one: `timeline` adds the endings in
`NAME_ENDINGS` / `UNIT_ENDINGS` to the bases below.
"""
from __future__ import annotations

# Gregorian month names with the spellings seen in the corpus (আগস্ট/অগাস্ট/আগষ্ট, জানুয়ারি/জানুয়ারী;
# the precomposed য় of scraped text is the NFC য + nukta once normalised, so one form covers both)
# and a few common transliterations of the English name (সেপ্টেম্বার). ডিসম্বের is a typo that occurs
# in the corpus inside a dateline-like "(২৮ ডিসম্বের)". Month number -> spellings.
GREGORIAN_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("জানুয়ারি", "জানুয়ারী"),
    2: ("ফেব্রুয়ারি", "ফেব্রুয়ারী"),
    3: ("মার্চ",),
    4: ("এপ্রিল",),
    5: ("মে",),
    6: ("জুন",),
    7: ("জুলাই",),
    8: ("আগস্ট", "অগাস্ট", "আগষ্ট", "অগস্ট", "অগাষ্ট"),
    9: ("সেপ্টেম্বর", "সেপ্টেম্বার", "সেপ্টেমবর"),
    10: ("অক্টোবর", "অক্টোবার"),
    11: ("নভেম্বর", "নভেম্বার"),
    12: ("ডিসেম্বর", "ডিসেম্বার", "ডিসম্বের"),
}

# "মে" (May) is also the first syllable of many words and appears inflected as a word of its own
# (মেয়ে "girl", মেতে "engrossed"), so it takes no endings and counts only next to a day, a year or
# মাস (see `timeline`).
SHORT_MONTHS: frozenset[str] = frozenset({"মে"})

# Months of the Bangladesh (revised, 1987/2019) Bengali calendar, বৈশাখ = 1. Used in datelines such as
# "১৫ পৌষ, ১৪৩২ বঙ্গাব্দ" (corpus, Samakal/Naya Diganta headers) and পহেলা বৈশাখ. Spellings from the
# Bangla Academy calendar with the common variants (জ্যৈষ্ঠ/জৈষ্ঠ).
BENGALI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("বৈশাখ",),
    2: ("জ্যৈষ্ঠ", "জৈষ্ঠ", "জৈষ্ঠ্য"),
    3: ("আষাঢ়",),
    4: ("শ্রাবণ", "শ্রাবন"),
    5: ("ভাদ্র",),
    6: ("আশ্বিন",),
    7: ("কার্তিক",),
    8: ("অগ্রহায়ণ", "অগ্রহায়ন"),
    9: ("পৌষ",),
    10: ("মাঘ",),
    11: ("ফাল্গুন", "ফাগুন"),
    12: ("চৈত্র",),
}
# Revised Bangladesh calendar (2019): the first six months have 31 days, ফাল্গুন 29 (30 when the
# Gregorian year it falls in is a leap year), the rest 30; 1 বৈশাখ is 14 April, and Bengali year
# Y starts in Gregorian year Y + 593.
BENGALI_MONTH_DAYS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 29, 30)
BENGALI_NEW_YEAR = (4, 14)
BENGALI_YEAR_OFFSET = 593
# "বঙ্গাব্দ" (Bengali era) marks a Bengali-calendar year.
BENGALI_ERA_WORDS: frozenset[str] = frozenset({"বঙ্গাব্দ", "বঙ্গাব্দে", "বঙ্গাব্দের", "সন"})

# Weekday names, Monday = 0 (Python's `date.weekday()`). রোববার is the colloquial (and in this
# corpus the more frequent) form of রবিবার; বিষ্যুদবার/বেস্পতিবার are spoken forms of বৃহস্পতিবার.
# Only the full names ending in বার count: bare রবি, মঙ্গল, বুধ, শুক্র, শনি are also personal names,
# planets and words (রবিউল, মঙ্গলজনক, সাকিব রবি).
WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("সোমবার",),
    1: ("মঙ্গলবার",),
    2: ("বুধবার",),
    3: ("বৃহস্পতিবার", "বিষ্যুদবার", "বেস্পতিবার"),
    4: ("শুক্রবার",),
    5: ("শনিবার",),
    6: ("রবিবার", "রোববার"),
}

# Endings a month or weekday name takes in running text (genitive, locative, emphatic), from Bengali
# grammar and the forms counted in the corpus: ডিসেম্বরের, অক্টোবরে, জুলাইয়ে, জানুয়ারিতে, মঙ্গলবারও,
# রবিবারই, শুক্রবারের. The empty ending is the bare name.
NAME_ENDINGS: tuple[str, ...] = (
    "", "র", "এর", "ের", "য়ের", "ে", "এ", "য়ে", "তে", "ও", "ই", "েও", "েই", "রও", "রই", "েরও", "েরই",
    "য়েরও", "তেও", "তেই", "জুড়ে", "কে",
)

# Endings of the unit words (দিন, মাস, বছর ...): দিনের, মাসেরও, বছরে, সপ্তাহজুড়ে; after a final
# vowel (ঘণ্টা, শতাব্দী) the genitive is -র and the locative -য় (ঘণ্টার, ঘণ্টায়).
UNIT_ENDINGS: tuple[str, ...] = (
    "", "ে", "ের", "েরও", "েও", "েই", "ও", "ই", "এর", "এ", "জুড়ে", "ব্যাপী",
)
UNIT_ENDINGS_AFTER_VOWEL: tuple[str, ...] = ("", "র", "য়", "ও", "ই", "রও", "য়ও", "জুড়ে", "ব্যাপী")

# Calendar units -> the ISO 8601 duration letter. From Bengali grammar; সাপ্তাহ is a misspelling
# found in the corpus ("আগামী সাপ্তাহে"), ঘন্টা a common variant of ঘণ্টা.
UNITS: dict[str, str] = {
    "দিন": "D", "সপ্তাহ": "W", "সাপ্তাহ": "W", "হপ্তা": "W", "মাস": "M", "বছর": "Y", "বৎসর": "Y",
    "দশক": "DEC", "শতাব্দী": "CEN", "শতক": "CEN", "ঘণ্টা": "H", "ঘন্টা": "H", "মিনিট": "MIN",
}
# Joined forms of a number and দিন written as one word (দুদিন, একদিন) in the corpus.
JOINED_DAY_COUNTS: dict[str, int] = {"একদিন": 1, "দুদিন": 2, "দু'দিন": 2, "তিনদিন": 3, "চারদিন": 4, "সাতদিন": 7}

# Relative-day words -> offset in days from the article's day. আজকের ("today's") is annotated as
# a day in the gold (dev-01). কাল alone is both "yesterday" and "tomorrow" and is settled by tense.
RELATIVE_DAYS: dict[str, int] = {
    "আজ": 0, "আজকে": 0, "আজই": 0, "আজও": 0, "আজকের": 0, "আজকেই": 0,
    "গতকাল": -1, "গতকালের": -1, "গতকালই": -1, "গতকালও": -1,
    "আগামীকাল": 1, "আগামীকালের": 1, "আগামীকালই": 1, "আগামীকালও": 1,
}
AMBIGUOUS_KAL: frozenset[str] = frozenset({"কাল", "কালকে", "কালকের"})
# "গত রাতে" (last night) is the night before the article's day; seen in the corpus as "গত রাতে",
# "গত রাতের" and joined "গতরাতে". Night words after গত, and the joined forms.
LAST_NIGHT_WORDS: frozenset[str] = frozenset({"রাতে", "রাতের", "রাত"})
JOINED_LAST_NIGHT: frozenset[str] = frozenset({"গতরাতে", "গতরাতের", "গতরাত"})
# পরশু: the day after tomorrow or the day before yesterday, settled by tense or by গত/আগামী.
AMBIGUOUS_PORSHU: frozenset[str] = frozenset({"পরশু", "পরশুর"})

# Words that place a period relative to the article's own one ("গত সপ্তাহে", "আগামী বছর",
# "চলতি অর্থবছর"): -1 last, 0 this, +1 next. From grammar and the corpus counts (গত 332, আগামী 108,
# চলতি 56). এ/এই count only before a unit word ("এ বছর", "এই মাসে").
PERIOD_MODIFIERS: dict[str, int] = {
    "গত": -1, "বিগত": -1,
    "চলতি": 0, "এ": 0, "এই": 0, "বর্তমান": 0, "বিদায়ী": 0,
    "আগামী": 1, "আসছে": 1, "আসন্ন": 1, "সামনের": 1,
}
# In December "বিদায়ী বছর" (the outgoing year) is the current one, hence 0 above; বিগত/গত are -1.
# Joined spellings of "this year"/"last year" written as one word.
JOINED_YEARS: dict[str, int] = {
    "এবছর": 0, "এবছরের": 0, "এবছরে": 0, "গতবছর": -1, "গতবছরের": -1, "গতবছরে": -1,
}
# Modifiers that may stand before a date itself ("গত ২৩ নভেম্বর", "আগামী ১২ ফেব্রুয়ারি",
# "গত অক্টোবরে", "আসছে ১২ই ফেব্রুয়ারি"): past or future direction.
DATE_DIRECTIONS: dict[str, int] = {"গত": -1, "বিগত": -1, "আগামী": 1, "আসছে": 1, "আসন্ন": 1, "সামনের": 1}

# Back references to a day named just before ("একই দিনে" in dev-01 -> the day of the previous
# sentence): offset from that day.
SAME_DAY_PHRASES: dict[tuple[str, ...], int] = {
    ("একই", "দিনে"): 0, ("একই", "দিন"): 0, ("একইদিনে",): 0, ("সেদিন",): 0, ("সেদিনই",): 0,
    ("ওই", "দিন"): 0, ("ওইদিন",): 0, ("ওই", "দিনে"): 0, ("সেই", "দিন"): 0, ("সেই", "দিনে"): 0,
    ("ঐদিন",): 0, ("পরদিন",): 1, ("পরের", "দিন"): 1, ("পরদিনই",): 1, ("আগের", "দিন"): -1,
}

# "Every": a date or weekday after these recurs ("প্রতি বছর ১ জুলাই", "প্রতি শুক্রবার") and is not placed.
EVERY_WORDS: frozenset[str] = frozenset({"প্রতি", "প্রত্যেক", "প্রতিটি", "প্রতিবছর", "প্রতিমাসে", "প্রতিমাসের"})

# Back references to a year named just before ("একই বছরের ৩১ জুলাই", "পরের বছর ১৯৮৪"): offset.
YEAR_BACK_REFERENCES: dict[str, int] = {"একই": 0, "ওই": 0, "সেই": 0, "সে": 0, "ঐ": 0, "পরের": 1, "আগের": -1}
# Year words after a modifier ("গত বছর", "এ বছরের").
YEAR_UNIT_WORDS: frozenset[str] = frozenset({"বছর", "বছরে", "বছরের", "বছরও", "বছরেও", "বছরই", "বছরেই", "বছরটি"})

# Year markers: সাল/সন/খ্রিস্টাব্দ and their endings ("2019 সালে", "২০০১ সালের", "১৯৯১ সাল").
YEAR_WORDS: frozenset[str] = frozenset({
    "সাল", "সালে", "সালের", "সালেও", "সালেই", "সালটি", "সালকে", "সালেরও",
    "খ্রিস্টাব্দ", "খ্রিস্টাব্দে", "খ্রিস্টাব্দের", "খ্রিষ্টাব্দ", "খ্রিষ্টাব্দে", "খ্রিষ্টাব্দের", "ইং",
    # Bangladesh's school year is the calendar year ("২০২৬ শিক্ষাবর্ষের শিক্ষাপঞ্জি")
    "শিক্ষাবর্ষ", "শিক্ষাবর্ষে", "শিক্ষাবর্ষের",
})
# Events named by their year, which then needs no সাল ("২০২৬ বিশ্বকাপে", "২০১৯ বিপিএলে", "২০২৬ ফিফা
# বিশ্বকাপ"), and a year's end ("২০২৫ শেষ হওয়ার আগে"); prefixes of the one word after a bare year.
# Held-out annotations.
YEAR_EVENT_WORDS: tuple[str, ...] = ("বিশ্বকাপ", "ফিফা", "বিপিএল", "আইপিএল", "পিএসএল", "অলিম্পিক", "শেষ")
# Cricket formats written between such a year and its event ("২০২৪ টি–টোয়েন্টি বিশ্বকাপের", "২০২৩
# ওয়ানডে বিশ্বকাপে"), as token sequences. jn annotations.
EVENT_FORMAT_WORDS: tuple[tuple[str, ...], ...] = (
    ("টি", "-", "টোয়েন্টি"), ("টি", "–", "টোয়েন্টি"), ("টি-টোয়েন্টি",), ("ওয়ানডে",), ("টি২০",),
)
# Heads of the national events spoken of by a two-digit year in the genitive, without সাল: "৫২ এর
# ভাষা আন্দোলন", "৭১-এর মুক্তিযুদ্ধ", "৯৬ এর একদলীয় নির্বাচন", "২৪-এর গণ-অভ্যুত্থান" (jn, open
# annotations; political speech says "১৮ এর নির্বাচন"). Prefixes of the word after it or the next.
SHORT_YEAR_EVENT_HEADS: tuple[str, ...] = (
    "আন্দোলন", "নির্বাচন", "অভ্যুত্থান", "গণঅভ্যুত্থান", "মুক্তিযুদ্ধ", "যুদ্ধ", "বিপ্লব", "দুর্ভিক্ষ",
)
# Case endings written after a hyphen or apostrophe on a year ("২০২৪-এ", "২০২৪-এর", "১২২০-র").
YEAR_HYPHEN_ENDINGS: frozenset[str] = frozenset({"এ", "এর", "র", "তে", "য়"})

# Fiscal year (Bangladesh: 1 July - 30 June), written অর্থবছর or অর্থ বছর.
FISCAL_YEAR_WORDS: frozenset[str] = frozenset({
    "অর্থবছর", "অর্থবছরে", "অর্থবছরের", "অর্থবছরেও", "অর্থবছরেই", "অর্থবছরেরও", "অর্থবছরটি",
})
FISCAL_YEAR_START_MONTH = 7
# Before অর্থবছর: relative to the fiscal year of the article's day (বিদায়ী "outgoing" is the one just
# ended, as in budget reporting), or to the fiscal year named last (ওই/পুরো অর্থবছরে "that (whole)
# fiscal year", আগের অর্থবছরের "the one before it"). From the corpus forms.
FISCAL_YEAR_MODIFIERS: dict[str, int] = {
    "গত": -1, "বিগত": -1, "বিদায়ী": -1, "চলতি": 0, "এ": 0, "এই": 0, "বর্তমান": 0,
    "আগামী": 1, "আসছে": 1, "আসন্ন": 1, "সামনের": 1, "পরবর্তী": 1, "নতুন": 1,
}
FISCAL_YEAR_BACK_REFERENCES: dict[str, int] = {"আগের": -1, "ওই": 0, "সেই": 0, "ঐ": 0, "একই": 0, "পুরো": 0}

# Words after a day number that say "date" ("২৬ তারিখ", "ফেব্রুয়ারির ১২ তারিখ").
DATE_WORDS: frozenset[str] = frozenset({"তারিখ", "তারিখে", "তারিখের", "তারিখেই", "তারিখও"})
# মাস after a month name ("জুলাই মাসে", "সেপ্টেম্বর মাসের").
MONTH_WORDS: frozenset[str] = frozenset({"মাস", "মাসে", "মাসের", "মাসেও", "মাসেই", "মাসজুড়ে", "মাসটি"})
# A month word followed by the name of an event or movement is part of a name, not a date:
# জুলাই গণ-অভ্যুত্থান, জুলাই সনদ, জুলাই যোদ্ধা (Bangladesh, 2024) — frequent in the corpus and not
# annotated as dates in the gold (dev-06). Prefixes: any word starting with one of these.
EVENT_NAME_PREFIXES: tuple[str, ...] = (
    "গণঅভ্যুত্থান", "গণ-অভ্যুত্থান", "অভ্যুত্থান", "আন্দোলন", "সনদ", "যোদ্ধা", "শহীদ", "বিপ্লব",
    "ঘোষণাপত্র", "স্মৃতি", "ফাউন্ডেশন", "চার্টার", "হত্যাকাণ্ড", "ট্র্যাজেডি", "ফর", "টু", "কর্মসূচি",
    "রাজনীতি",
)
# Words that make "মার্চ" a march, not March (লং মার্চ, রোড মার্চ).
NOT_MONTH_BEFORE: frozenset[str] = frozenset({"লং", "রোড", "লংমার্চ", "পদযাত্রা"})

# Ordinal endings on day numbers: ১লা, ২রা, ৩রা, ৪ঠা, ৫ই ... ১৮ই, ১৯শে ... ৩১শে (Bengali
# calendar usage; all seen in the corpus).
DAY_ORDINAL_ENDINGS: frozenset[str] = frozenset({"লা", "রা", "ঠা", "ই", "শে", "এ", "ে", "তম"})
# Day ordinals written as words ("পাঁচই আগস্ট", "চৌঠা জানুয়ারি", "একুশে ফেব্রুয়ারি", "পহেলা বৈশাখ").
DAY_ORDINAL_WORDS: dict[str, int] = {
    "পহেলা": 1, "পয়লা": 1, "দোসরা": 2, "তেসরা": 3, "চৌঠা": 4, "পাঁচই": 5, "ছয়ই": 6, "ছোই": 6,
    "সাতই": 7, "আটই": 8, "নয়ই": 9, "দশই": 10, "এগারোই": 11, "বারোই": 12, "তেরোই": 13, "চৌদ্দই": 14,
    "পনেরোই": 15, "ষোলোই": 16, "সতেরোই": 17, "আঠারোই": 18, "উনিশে": 19, "বিশে": 20, "একুশে": 21,
    "বাইশে": 22, "তেইশে": 23, "চব্বিশে": 24, "পঁচিশে": 25, "ছাব্বিশে": 26, "সাতাশে": 27, "আটাশে": 28,
    "আঠাশে": 28, "ঊনত্রিশে": 29, "উনত্রিশে": 29, "ত্রিশে": 30, "একত্রিশে": 31,
}

# Cardinal number words 1-100 (standard Bengali numerals with the common spelling variants), used in
# "দুই দিন আগে", "তিন মাস পর", "বিরাশি সালের" (1982). বার (12) is left out: it is also "times".
NUMBER_WORDS: dict[str, int] = {
    "এক": 1, "দুই": 2, "দু": 2, "দুটি": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7,
    "আট": 8, "নয়": 9, "দশ": 10, "এগারো": 11, "এগার": 11, "বারো": 12, "তেরো": 13, "তের": 13,
    "চৌদ্দ": 14, "পনেরো": 15, "পনের": 15, "ষোলো": 16, "ষোল": 16, "সতেরো": 17, "সতের": 17,
    "আঠারো": 18, "আঠার": 18, "উনিশ": 19, "বিশ": 20, "কুড়ি": 20, "একুশ": 21, "বাইশ": 22, "তেইশ": 23,
    "চব্বিশ": 24, "পঁচিশ": 25, "ছাব্বিশ": 26, "সাতাশ": 27, "আটাশ": 28, "আঠাশ": 28, "ঊনত্রিশ": 29,
    "উনত্রিশ": 29, "ত্রিশ": 30, "তিরিশ": 30, "একত্রিশ": 31, "বত্রিশ": 32, "তেত্রিশ": 33, "চৌত্রিশ": 34,
    "পঁয়ত্রিশ": 35, "ছত্রিশ": 36, "সাঁইত্রিশ": 37, "আটত্রিশ": 38, "ঊনচল্লিশ": 39, "উনচল্লিশ": 39,
    "চল্লিশ": 40, "একচল্লিশ": 41, "বিয়াল্লিশ": 42, "তেতাল্লিশ": 43, "চুয়াল্লিশ": 44, "পঁয়তাল্লিশ": 45,
    "ছেচল্লিশ": 46, "সাতচল্লিশ": 47, "আটচল্লিশ": 48, "ঊনপঞ্চাশ": 49, "উনপঞ্চাশ": 49, "পঞ্চাশ": 50,
    "একান্ন": 51, "বায়ান্ন": 52, "তিপ্পান্ন": 53, "তেপ্পান্ন": 53, "চুয়ান্ন": 54, "পঞ্চান্ন": 55,
    "ছাপ্পান্ন": 56, "সাতান্ন": 57, "আটান্ন": 58, "ঊনষাট": 59, "উনষাট": 59, "ষাট": 60, "একষট্টি": 61,
    "বাষট্টি": 62, "তেষট্টি": 63, "চৌষট্টি": 64, "পঁয়ষট্টি": 65, "ছেষট্টি": 66, "সাতষট্টি": 67,
    "আটষট্টি": 68, "ঊনসত্তর": 69, "উনসত্তর": 69, "সত্তর": 70, "একাত্তর": 71, "বাহাত্তর": 72,
    "তিয়াত্তর": 73, "চুয়াত্তর": 74, "পঁচাত্তর": 75, "ছিয়াত্তর": 76, "সাতাত্তর": 77, "আটাত্তর": 78,
    "ঊনআশি": 79, "উনআশি": 79, "আশি": 80, "একাশি": 81, "বিরাশি": 82, "তিরাশি": 83, "চুরাশি": 84,
    "পঁচাশি": 85, "ছিয়াশি": 86, "সাতাশি": 87, "অষ্টাশি": 88, "ঊননব্বই": 89, "উননব্বই": 89,
    "নব্বই": 90, "একানব্বই": 91, "বিরানব্বই": 92, "তিরানব্বই": 93, "চুরানব্বই": 94, "পঁচানব্বই": 95,
    "ছিয়ানব্বই": 96, "সাতানব্বই": 97, "আটানব্বই": 98, "নিরানব্বই": 99, "একশ": 100, "একশো": 100,
}
# Fractional and vague counts before a unit: দেড় বছর (1.5), আড়াই মাস (2.5); কয়েক ("a few") makes a
# duration with no value.
FRACTION_WORDS: dict[str, float] = {"দেড়": 1.5, "আড়াই": 2.5, "সাড়ে": 0.5}
VAGUE_COUNT_WORDS: frozenset[str] = frozenset({"কয়েক", "কয়েকটি", "বেশ", "অনেক", "কিছু", "বহু"})
# Hundreds for years written in words: উনিশশো বিরাশি (1982), দুই হাজার চব্বিশ (2024).
CENTURY_WORDS: dict[str, int] = {"উনিশশো": 1900, "উনিশশ": 1900, "আঠারোশো": 1800}
# Decades said in words, in the genitive before দশক: "আশির দশকে" is the 1980s (the century that
# keeps it in the past). Not বিশের/তিরিশের: the 1920s or the 2020s is for the reader to know.
SPOKEN_DECADES: dict[str, int] = {
    "চল্লিশের": 40, "পঞ্চাশের": 50, "ষাটের": 60, "সত্তরের": 70, "সত্তুরের": 70, "আশির": 80,
    "নব্বইয়ের": 90, "নব্বইর": 90, "নব্বুইয়ের": 90,
}
# The genitive endings of a decade written in digits: "৮০-এর দশকে", "৮০'র দশকে", "৮০র দশকে".
DECADE_ENDINGS: frozenset[str] = frozenset({"এর", "র", "'র", "’র"})

# Words after a number and a unit that make a date relative to the article's day (আগে "ago") or a
# point after a start (পর/পরে "later").
AGO_WORDS: frozenset[str] = frozenset({"আগে", "আগেই", "আগের", "পূর্বে"})
LATER_WORDS: frozenset[str] = frozenset({"পর", "পরে", "পরেই", "পরই"})
# "আর/আরও" before a count makes it that many more from now: "আর মাত্র দুদিন পর" (open), "আরও চার
# সপ্তাহ পর বলা যাবে" (corpus).
MORE_WORDS: frozenset[str] = frozenset({"আর", "আরও", "আরো"})
# "দীর্ঘ ১৭ বছর পর" is the end of a long stretch (an absence, a wait), never a count from now.
LONG_WORDS: frozenset[str] = frozenset({"দীর্ঘ", "দীর্ঘদিন"})
# Tokens that end a sentence (the দাঁড়ি and Latin marks).
SENTENCE_ENDS: frozenset[str] = frozenset({"।", "?", "!", "."})
FROM_WORDS: frozenset[str] = frozenset({"থেকে", "হতে"})
UNTIL_WORDS: frozenset[str] = frozenset({"পর্যন্ত"})
# "ধরে", "যাবৎ" after a count make a duration ("১৮ মাস ধরে", "৩৭ দিন ধরে").
DURATION_MARKERS: frozenset[str] = frozenset({"ধরে", "ধরেই", "যাবৎ", "যাবত", "জুড়ে", "মেয়াদে", "মেয়াদি"})
# Words that make "N বছর" an age, not a time ("২৭ বছর বয়সী", "৮০ বছর বয়সে").
AGE_WORDS: frozenset[str] = frozenset({"বয়সী", "বয়সে", "বয়সের", "বয়স", "বয়সি", "বয়সেই"})
# Words between a count and its unit that do not change it ("18 মাসেরও বেশি সময় ধরে").
MORE_THAN_WORDS: frozenset[str] = frozenset({"বেশি", "অধিক", "বেশী"})
LESS_THAN_WORDS: frozenset[str] = frozenset({"কম"})
APPROX_WORDS: frozenset[str] = frozenset({"প্রায়", "আনুমানিক", "অন্তত", "কমপক্ষে"})
TIME_WORDS: frozenset[str] = frozenset({"সময়", "সময়ে", "সময়ের", "সময়কাল"})

# Conjunctions in lists and ranges of dates ("১ ও ২ জানুয়ারি", "৬ থেকে ১২ই জানুয়ারি").
LIST_WORDS: frozenset[str] = frozenset({"ও", "এবং", "আর"})
RANGE_DASHES: frozenset[str] = frozenset({"-", "–", "—"})

# Part-of-period modifiers after a year, month or period, -> the `modifier` value. From the issue
# (শুরুতে / মাঝামাঝি / শেষের দিকে) and grammar, with the corpus forms (নভেম্বরের শুরুতে,
# বছরের প্রথমার্ধে, দশকের প্রথম দিকে). Longest phrases first where they share a first word.
PERIOD_PARTS: dict[tuple[str, ...], str] = {
    ("শেষের", "দিকে"): "late", ("শেষ", "দিকে"): "late", ("শেষদিকে",): "late", ("শেষ", "ভাগে"): "late",
    ("শেষভাগে",): "late", ("শেষে",): "late", ("শেষার্ধে",): "second_half", ("দ্বিতীয়ার্ধে",): "second_half",
    ("শুরুতে",): "early", ("শুরুর", "দিকে"): "early", ("প্রথম", "দিকে"): "early", ("গোড়ার", "দিকে"): "early",
    ("শুরুতেই",): "early", ("প্রথমার্ধে",): "first_half", ("প্রথম", "ভাগে"): "early",
    ("মাঝামাঝি", "সময়ে"): "mid", ("মাঝামাঝি",): "mid", ("মাঝামাঝিতে",): "mid",
    ("মধ্যভাগে",): "mid", ("প্রথম", "সপ্তাহে"): "early", ("শেষ", "সপ্তাহে"): "late",
}
# "সেপ্টেম্বর শেষে" / "জুন মাস শেষে" (at the end of September: bank and trade figures): a bare
# month followed by these is a month with the late modifier (corpus: 4 such months left unread).
MONTH_END_WORDS: frozenset[str] = frozenset({"শেষে", "শেষেই"})

# Words that place a day-month without a year in a published schedule (an election's তফসিল, a
# vote, nominations, appeals): such a date is the coming one even when the clause is in the past
# tense ("ইসি ১২ ফেব্রুয়ারি ভোটের তারিখ ঘোষণা করেছে"). Stems, matched at the start of a word, from
# the December 2025 corpus's election reports.
SCHEDULE_STEMS: tuple[str, ...] = (
    "তফসিল", "ভোটগ্রহণ", "ভোটের", "নির্বাচন", "মনোনয়ন", "প্রার্থিতা", "প্রতীক", "গণভোট", "আপিল",
    "যাচাই", "প্রচারণা", "নিষ্পত্তি",
)
# How far ahead a scheduled date may lie to be taken as the coming one.
SCHEDULE_DAYS_AHEAD = 120
# Modifiers a TimeExpression may carry.
MODIFIERS: tuple[str, ...] = (
    "early", "mid", "late", "first_half", "second_half", "approx", "more_than", "less_than",
)

# Part-of-day words after a weekday or relative day ("মঙ্গলবার ভোরে", "রোববার দিবাগত রাতে",
# "আজ সকাল ৬টায়"): kept in `part_of_day`, not in the expression's text (as in the gold).
# দিবাগত রাত is the night that follows the named day.
PARTS_OF_DAY: dict[str, str] = {
    "ভোর": "dawn", "ভোরে": "dawn", "ভোরের": "dawn", "সকাল": "morning", "সকালে": "morning",
    "সকালের": "morning", "দুপুর": "noon", "দুপুরে": "noon", "দুপুরের": "noon", "বিকেল": "afternoon",
    "বিকেলে": "afternoon", "বিকালে": "afternoon", "বিকাল": "afternoon", "বেলা": "day",
    "সন্ধ্যা": "evening", "সন্ধ্যায়": "evening", "সন্ধ্যার": "evening", "রাত": "night",
    "রাতে": "night", "রাতের": "night", "রাতেই": "night", "মধ্যরাতে": "night", "মধ্যরাত": "night",
    "দিবাগত": "night", "গভীর": "night",
}

# Tense cues in the clause after a time expression (Bengali is verb-final). Future: a verb root plus
# a future ending (হবে, করবেন, থাকবে, যাবো), and words that schedule ("অনুষ্ঠেয়", "হতে যাচ্ছে",
# "কথা রয়েছে"). Future forms are built from roots, not guessed from a final -বে: nouns take the same
# ending in the locative (ক্লাবে, প্রভাবে, হিসেবে). The roots are the light verbs of news Bengali
# (হওয়া, করা, দেওয়া, নেওয়া, থাকা, যাওয়া, পাওয়া ...) and the common full verbs and causatives.
VERB_ROOTS: tuple[str, ...] = (
    "হ", "কর", "যা", "দে", "দি", "নে", "নি", "থাক", "আস", "চল", "পার", "পা", "খেল", "বল", "দেখ", "রাখ",
    "ছাড়", "ফির", "ফের", "লড়", "ধর", "বস", "উঠ", "নাম", "চা", "চাই", "গড়", "লাগ", "মান", "শুন", "শোন",
    "লিখ", "লেখ", "পড়", "খুল", "খোল", "বাড়", "কম", "ঘট", "মিল", "বাঁচ", "বুঝ", "জিত", "হার", "আন",
    "ছুট", "পৌঁছা", "পৌঁছ", "মর", "দাঁড়া", "পাঠা", "জানা", "চালা", "বানা", "লাগা", "দেখা", "শোনা",
    "হারা", "বসা", "ফেরা", "করা", "খাওয়া", "খা", "যাওয়া", "দাও", "নাও", "চালু কর", "গা", "ভাঙ", "জাগ",
)
FUTURE_SUFFIXES: tuple[str, ...] = ("বে", "বেন", "ব", "বো", "বেই", "বেও", "বেনই", "বেনা")
FUTURE_WORDS: frozenset[str] = frozenset({
    "অনুষ্ঠেয়", "আসন্ন", "সম্ভাব্য", "যাচ্ছে", "যাচ্ছেন", "হবেনা",
    # "may" after an infinitive: what may happen lies ahead ("মঙ্গলবারও একই আবহাওয়া বিরাজ করতে পারে")
    "পারে", "পারেন",
})

# Past: perfect and past forms (-েছে/-েছেন, -ছিল, -লেন, negated -েনি/-য়নি) and the narrative
# present of news reports ("তিনি এ মন্তব্য করেন", "জানান"). Only endings that nouns rarely share:
# -ল/-লো alone would also catch দল, ভালো.
PAST_ENDINGS: tuple[str, ...] = (
    "েছে", "েছেন", "েছিল", "েছিলেন", "েছিলো", "ছিল", "ছিলেন", "ছিলো", "লেন", "েছি", "েনি", "য়নি",
    "েননি", "লাম",
)
PAST_WORDS: frozenset[str] = frozenset({
    "জানান", "বলেন", "করেন", "দেন", "নেন", "হন", "যান", "আসেন", "পান", "রাখেন", "লেখেন", "হয়",
    "হলো", "হল", "গেল", "এল", "এলো", "জানায়", "দেয়", "নেয়", "করে।", "ঘটে", "ঘটল", "ঘটলো",
})
# Stative present ("আছে", "রয়েছে"): neither past nor future.
PRESENT_WORDS: frozenset[str] = frozenset({"আছে", "আছেন", "রয়েছে", "রয়েছেন", "নেই"})
# "হওয়ার কথা রয়েছে" / "কথা আছে": scheduled (future); "কথা ছিল": was scheduled. A plan is
# scheduled the same way ("২৩ মার্চ শুরু করার পরিকল্পনা রয়েছে", jn bn-06b4d887ef).
SCHEDULE_WORDS: frozenset[str] = frozenset({"কথা", "পরিকল্পনা"})
# "শুরু হওয়ার কথা থাকায়" (as it is due to start): the schedule still stands, so future. Not
# "কথা থাকলেও" (though it was due), which as often tells what did not happen.
SCHEDULED_BECAUSE = "থাকায়"

# Counting words after a number: the number is a quantity, not a day ("১৫ হাজার", "২০ জন").
COUNTER_WORDS: frozenset[str] = frozenset({
    "হাজার", "লাখ", "লক্ষ", "কোটি", "শত", "জন", "জনের", "জনকে", "টি", "টা", "শতাংশ", "ভাগ", "টাকা",
    "ডলার", "রান", "গোল", "উইকেট", "কিলোমিটার", "কেজি", "বার", "নম্বর", "নং", "দফা", "আসন", "মিলিয়ন",
    "বিলিয়ন", "পয়েন্ট",
})

# Days that name an era in Bangladeshi news when written without a year before "পর"/"আগে"
# ("৫ আগস্টের পর": since the fall of the government on 5 August 2024), from the day itself on.
# Corpus: every "৫ আগস্টের পর" of the 566 articles; the held-out 12 annotations.
ERA_DAYS: dict[tuple[int, int], tuple[int, int, int]] = {(8, 5): (2024, 8, 5)}
ERA_POSTPOSITIONS: frozenset[str] = frozenset({"পর", "পরে", "পরের", "আগে", "আগের", "পরবর্তী", "পূর্ববর্তী", "থেকে"})


# Days named for what happens on them, on a fixed day of the (Gregorian) year: "বড়দিনে", "বক্সিং
# ডে টেস্ট", "বিজয় দিবসে" (16 December in Bangladesh). The last word may take a case ending. Not
# স্বাধীনতা দিবস (whose country?) and not the festivals of the lunar calendar (ঈদ). The project's
# annotators date these (বড়দিন, বক্সিং ডে ×2, বিজয় দিবসে).
NAMED_DAYS: dict[tuple[str, ...], tuple[int, int]] = {
    ("বড়দিন",): (12, 25),
    ("বক্সিং", "ডে"): (12, 26),
    ("বিজয়", "দিবস"): (12, 16),
    ("শহীদ", "দিবস"): (2, 21),
    ("ইংরেজি", "নববর্ষ"): (1, 1),
}


# Words of a page's publication stamp ("প্রকাশ: ২৭ ডিসেম্বর ২০২৫ |", "আপডেট: ২৯ ডিসেম্বর ২০২৫ |"), as the
# corpus's pages print them before a colon: from the word to the "|" after its date is the page's
# furniture, not the story (Samakal runs the story on along the same line).
PUBLICATION_STAMPS: tuple[str, ...] = ("প্রকাশ", "প্রকাশিত", "আপডেট", "হালনাগাদ")
# Where a masthead prints the date: "ঢাকা মঙ্গলবার, ৩০ ডিসেম্বর ২০২৫".
MASTHEAD_PLACES: tuple[str, ...] = ("ঢাকা",)
