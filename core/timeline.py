"""Bengali time expressions, normalised against the publication date.

`time_expressions(text, published=...)` finds every placement in time in an article and gives it a
value a timeline can sort: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month), ``YYYY`` (year), ``YYYY-Www``
(ISO week) or ``start/end`` (interval: a fiscal year ``2024-07/2025-06``, a span of years
``2015/2016``). Durations (১৮ মাস ধরে, ১২ বছরের) are found too, typed "duration" with an ISO 8601
duration value (``P18M``) or None, and are not placed. `publication_date(text)` reads the anchor date
from the metadata, the dateline or the article itself.

The grammar is written here (dateparser reads মঙ্গলবার as last week's Tuesday, invents days for
"2019 সালে" and misses গত সপ্তাহে). It runs over the word tokens of `core.text.tokens` with Bengali
digits read as Latin ones; every word list is in `core.lexicon.time`. Decisions where the annotation
guide (ANNOTATION.md) is silent:

* Granularity is what the text says: "2019 সালে" is ``2019``, "জুলাই মাসে" ``2023-07``, never a day.
* The reference day is the publication date, except where the article names its own day: the first
  relative day written next to a date or weekday outside quotations ("আজ শনিবার", "আজ (১৭ ডিসেম্বর)",
  "গতকাল শুক্রবার" -> today is Saturday) wins, as the guide decides for আজ/গতকাল; so does the day
  a report opens with ("সোমবার (২৯ ডিসেম্বর) ...") when it lies up to ten days before the anchor
  and the article's only relative day is আজ (not after a night's events: "সোমবার রাতে"). Inside a
  quotation, আজ/গতকাল/weekdays refer to the day the quoted words were said: the last day named
  outside quotes before it, if that lies in the week up to the reference day (dev-06: a Facebook post
  of "রোববার (২৮ ডিসেম্বর) রাতে" saying "আজ ..." is the 28th, not the 29th it was published).
* A weekday or relative day written next to a date ("রোববার (২৮ ডিসেম্বর)", "২৮শে ডিসেম্বর,
  মঙ্গলবার", "১২ই জানুয়ারি রোজ সোমবার", "আগামীকাল (৩১ ডিসেম্বর)") is that date; a weekday next to
  a relative day ("আজ মঙ্গলবার", "আগামীকাল (বুধবার)") is that day. Otherwise a date in the same
  sentence with the same weekday within a week wins ("বুধবার থেকে শুক্রবার পর্যন্ত (৩১ ডিসেম্বর এবং ১
  ও ২ জানুয়ারি)"); then গত/আগামী; then tense: future (a future verb form, "কথা রয়েছে", "কথা
  থাকায়", "পরিকল্পনা রয়েছে", or পর্যন্ত right
  after the weekday with no past verb, as in "বুধবার পর্যন্ত চলা") means the next such day,
  anything else the most recent one on or before the reference day (the guide's default).
* A day and month without a year take the year that puts them nearest the reference day when that is
  within two weeks (lists of coming days announced in the past tense); farther away the tense decides
  (future: the next one, past: the last one), and with no verb the nearest within two months, else
  the last one. A month alone follows the tense, and with no verb is the next one if at most two
  months ahead, else the last one. গত/আগামী/চলতি force the direction; in a range ("গত এপ্রিল থেকে
  অক্টোবর") the end is the first one after the start. A day or month without a year right after a
  date of another year (within two sentences) continues that story ("২০২১ সালের ১১ এপ্রিল ... ২৭
  এপ্রিল"), and months listed after a fiscal year are that fiscal year's months.
* "১ ও ২ জানুয়ারি" gives two days: the whole phrase for the first (as the gold writes it) and
  "২ জানুয়ারি" for the second; "১৯৯১, ১৯৯৬ ও ২০০১ সালে" gives three years.
* A four-digit number is a year only with a year word (সাল, সালে, খ্রিস্টাব্দ), a month, a fiscal
  year word or a case ending after a hyphen ("২০২৪-এর"): "২০২৫ টাকা" is not a year. A named
  decade is its ten years ("১৯৮০-এর দশকে", "৮০'র দশকে", "আশির দশকে": 1980/1989; "১৯৬০ ও ৭০-এর দশকে":
  1960/1979), as the annotation sets place them; a century ("২১ শতকে") is left out, and "১০ দশক"
  counts decades.
  Two-digit years with সাল ("৭৩ সালের", "বিরাশি সালের") are read in the century that puts them
  before the reference year.
* Fiscal years follow the guide (``YYYY-07/YYYY-06``) even where dev-03's gold writes "2025" for
  "গত অর্থবছরে". A month of a named fiscal year ("২০২৪–২৫ অর্থবছরের মার্চ মাসে") is that month.
* "N দিন/মাস/বছর আগে" is counted back from the reference day ("দুই দিন আগে"), unless it follows a
  genitive ("নির্বাচনের দুই দিন আগে", "তার দুই দিন আগে": before some other event), which is left out.
  "আজ থেকে তিন মাস পর" is counted forward and keeps the unit's granularity (``2026-03``), and so is a
  bare "N দিন/সপ্তাহ/মাস পর" said of the future ("সিদ্ধান্ত নেওয়া হবে চার সপ্তাহ পর") or after আর/আরও
  ("আর মাত্র দুদিন পর"); weeks counted forward give their month, as the gold does. A bare "১৭ বছর
  পর" or "এক সপ্তাহ পর মুখ খুললেন" (after a stretch of something) is a duration.
* "একই দিনে", "সেদিন", "পরদিন", "আগের দিন" resolve against the last day named in the same or the
  two previous sentences; with none they are left out. "একই/ওই বছর(ের)" is the last year named.
* Recurring dates ("প্রতি বছর ১ জুলাই", "প্রতি শুক্রবার") are not placed.
* Clock times (সকাল ৬টায়) are skipped; part-of-day words after a day (ভোরে, দিবাগত রাতে) are kept in
  `part_of_day`, outside the expression's text, as in the gold. কাল and পরশু alone are settled by
  tense and left out when the clause has no verb that says which. Bare রবি/মঙ্গল, এখন, আজকাল are
  never matched; "জুলাই গণ-অভ্যুত্থান", "জুলাই সনদ", "লং মার্চ" are names, not months.
* Without a reference day, relative expressions are kept with value None; absolute ones resolve.
* `tense` is the grammatical tense found in the clause after the expression (Bengali is verb-final):
  "past", "present", "future", or None.
"""
from __future__ import annotations

import calendar
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache, partial
from itertools import pairwise

from core.lexicon import time as lex
from core.models import Span, TimeExpression
from core.text import paragraphs, quotation_spans, to_latin_digits, token_offsets
from core.text import sentences as split_sentences

__all__ = ["YEAR_RANGE", "publication_date", "time_expressions"]

# Years accepted as calendar years of news text (a four-digit number outside is a quantity).
YEAR_RANGE = (1000, 2100)
# The longest span "১৯৯১ থেকে ১৯৯৬ পর্যন্ত" whose bare four-digit ends are read as years (without
# সাল): terms of office and wars; wider bands ("১৫০০ থেকে ২০০০ পর্যন্ত") are quantities.
YEAR_SPAN_LIMIT = 50
# Without an anchor a two-digit year up to this one is read in the 2000s ("২৪ সালের"), others in
# the 1900s ("৭১ সালের").
TWO_DIGIT_PIVOT = 2030
# How far (days) a day-month without a year may lie from the reference day and still take the
# nearest year whatever the tense: lists of coming days announced in the past tense
# ("৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি ... শোক ঘোষণা করেছে") are the common case.
NEAREST_DAYS = 14
# With no verb to say past or future, a day-month still takes the nearest year within two months
# (election timetables: "আপিল নিষ্পত্তি ... ১৮ই জানুয়ারি।").
NEAR_UNMARKED_DAYS = 60
# A day or month without a year continues the story of a year written this many sentences before.
NARRATIVE_SENTENCES = 2
# Back references (একই দিনে, সেদিন) look this many sentences back for the day they point to.
BACK_REFERENCE_SENTENCES = 2
# A quotation's own day (the day it was said) must lie within this many days before the reference.
SPEECH_DAY_WINDOW = 7
# How far from the anchor a date the article calls today ("আজ (১৭ ডিসেম্বর)") may lie: BBC texts
# in the corpus carry the date they were scraped, not written.
OWN_DAY_WINDOW = 45
# A report opening with a day at most this many days before the anchor was written on that day
# (a story of the 21st posted on the 29th still says আজ for the 21st: jn bn-15c0e3a2e7).
REPORT_DAY_WINDOW = 10
# Tokens scanned after an expression for the verb that gives its tense.
TENSE_WINDOW = 30
# A dateline sits in the first characters of the article; the lead (where a report names the day
# of its event) is its first sentences.
DATELINE_REACH = 200
LEAD_SENTENCES = 4

_GRANULARITY_OF_UNIT = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_PERIOD_GRANULARITY = {"W": "week", "M": "month", "Y": "year"}


# ---------------------------------------------------------------------------------------------
# Lookup tables, built once from the lexicon


def _forms(bases: dict[int, tuple[str, ...]], endings: Sequence[str]) -> dict[str, tuple[int, str]]:
    """Every inflected form of every name -> (number, ending)."""
    out: dict[str, tuple[int, str]] = {}
    for number, names in bases.items():
        for name in names:
            if name in lex.SHORT_MONTHS:
                out[name] = (number, "")
                continue
            for ending in endings:
                out.setdefault(name + ending, (number, ending))
    return out


_MONTHS = _forms(lex.GREGORIAN_MONTHS, lex.NAME_ENDINGS)
_WEEKDAYS = {form: wd for form, (wd, _) in _forms(lex.WEEKDAYS, lex.NAME_ENDINGS).items()}
_BENGALI_MONTHS = {form: m for form, (m, _) in _forms(lex.BENGALI_MONTHS, ("", "ের", "র", "ে", "এর")).items()}
_UNITS: dict[str, tuple[str, str]] = {
    base + ending: (letter, ending)
    for base, letter in lex.UNITS.items()
    for ending in (lex.UNIT_ENDINGS_AFTER_VOWEL if base.endswith(("া", "ী", "ি")) else lex.UNIT_ENDINGS)
}
_BENGALI_DIGITS = frozenset("০১২৩৪৫৬৭৮৯")
_GENITIVE_ENDINGS = ("র", "এর", "ের", "েরও", "য়ের")
# Kinds resolved against the day the words were said (inside a quotation: the quote's day).
_DAY_RELATIVE = frozenset({"relday", "kal", "weekday", "backday", "ago"})
# Words before a count that make it a stretch of time, not a point: "গত দুই বছরে", "প্রথম পাঁচ মাসে".
_SPAN_WORDS = frozenset({"গত", "বিগত", "আগামী", "প্রথম", "শেষ"})
# Words that may stand between a genitive and the count it governs ("নির্বাচনের মাত্র দুই দিন আগে").
_FILLERS = frozenset({"মাত্র", "ঠিক", "আরও", "আরো"})
_FUTURE_WORDS = lex.FUTURE_WORDS | {root + ending for root in lex.VERB_ROOTS for ending in lex.FUTURE_SUFFIXES}
# Words that can begin an expression; everything else (and every non-digit) is skipped at once.
_STARTERS = (
    set(_MONTHS) | set(_WEEKDAYS) | set(lex.RELATIVE_DAYS) | lex.AMBIGUOUS_KAL | lex.AMBIGUOUS_PORSHU
    | set(lex.PERIOD_MODIFIERS) | set(lex.DATE_DIRECTIONS) | set(lex.JOINED_YEARS) | set(lex.DAY_ORDINAL_WORDS)
    | set(lex.NUMBER_WORDS) | set(lex.FRACTION_WORDS) | lex.VAGUE_COUNT_WORDS | lex.FISCAL_YEAR_WORDS
    | set(lex.JOINED_DAY_COUNTS) | set(lex.CENTURY_WORDS) | set(lex.YEAR_BACK_REFERENCES) | {"অর্থ"}
    | set(lex.FISCAL_YEAR_MODIFIERS) | set(lex.FISCAL_YEAR_BACK_REFERENCES) | set(lex.SPOKEN_DECADES)
    | {word + ending for word in lex.NUMBER_WORDS for ending in ("য়ের", "ের", "র")}
    | {phrase[0] for phrase in lex.SAME_DAY_PHRASES} | lex.JOINED_LAST_NIGHT
    | {phrase[0] for phrase in lex.NAMED_DAYS}
)
_CASE_ENDINGS_OF_DAYS = ("ের", "র", "ে", "য়", "েই", "ও", "ই")


# ---------------------------------------------------------------------------------------------
# Public API


def publication_date(
    text: str, *, metadata: date | None = None, today: date | None = None
) -> tuple[date | None, bool]:
    """The anchor date of an article and whether it was inferred from the text.

    Metadata wins when given (inferred False). Otherwise, in order: a "প্রকাশ:" (published) line,
    a dateline at the top ("সিউল/ওয়াশিংটন, রাশিয়া, সেপ্টেম্বর 12 –", "ঢাকা, ১০ ডিসেম্বর ২০২৫ –",
    a site header "ঢাকা মঙ্গলবার, ৩০ ডিসেম্বর ২০২৫"), a date the article calls today
    ("আজ (৩০ ডিসেম্বর)"), and the first weekday-date pair of a sentence that is not about the future
    ("মঙ্গলবার (৩০ ডিসেম্বর) ... জানান"), and the weekday the article calls today ("আজ সোমবার")
    nearest a weekday-date pair later on. A full date in the dateline is not inferred; anything
    else is. A missing year is inferred from the weekdays: the nearest year up to `today` + 1 (not
    before 2000) in which the weekday-date pairs of the text agree, or, with no pair, in which the
    date falls on the weekday the article names most (মঙ্গলবার for "সেপ্টেম্বর 12" -> 2023).
    `today` defaults to the system date and only bounds the years tried.
    """
    _check_date("metadata", metadata)
    _check_date("today", today)
    if metadata is not None:
        return metadata, False
    today = today or date.today()
    scan = _scan(text)
    dateline = _dateline(scan)
    if dateline is not None:
        assert dateline.month is not None and dateline.day is not None
        if dateline.year is not None:
            return _safe_date(dateline.year, dateline.month, dateline.day), False
        year = _infer_year(dateline.month, dateline.day, scan, today)
        return (_safe_date(year, dateline.month, dateline.day), True) if year else (None, False)
    found = _today_in_text(scan, today) or _lead_pair(scan, today) or _named_today(scan, today)
    return (found, True) if found else (None, False)


def time_expressions(
    text: str, *, published: date | None, sentences: Sequence[Span] | None = None
) -> list[TimeExpression]:
    """Time expressions of the normalised `text`, in text order, `text[start:end] == expression.text`.

    >>> [(t.text, t.value) for t in time_expressions("গত বছর তিনি এসেছিলেন।", published=date(2023, 9, 12))]
    [('গত বছর', '2022')]
    """
    _check_date("published", published)
    scan = _scan(text)
    spans = list(sentences) if sentences is not None else split_sentences(text)
    return _Resolver(text, scan, published, spans).resolve()


@lru_cache(maxsize=50_000)
def _full_year(year: int, base: date | None) -> int:
    """A year as written; a negative one is two-digit ("৭৩ সালের"): the century that keeps it in the past."""
    if year >= 0:
        return year
    pivot = base.year + 1 if base else TWO_DIGIT_PIVOT
    return 2000 - year if 2000 - year <= pivot else 1900 - year


def _latin(word: str) -> str:
    """Bengali digits read as Latin ones, one for one (offsets stay valid)."""
    return to_latin_digits(word) if word[0] in _BENGALI_DIGITS else word


def _check_date(name: str, value: object) -> None:
    if value is not None and not isinstance(value, date):
        raise ValueError(f"{name} must be a datetime.date or None, got {type(value).__name__} {value!r}")


# ---------------------------------------------------------------------------------------------
# Scanning: words -> mentions (unresolved)


@dataclass
class _Mention:
    """One expression as the grammar read it; the resolver turns it into a TimeExpression.

    Mutable only while the scanner builds it: scans are cached and shared, so the resolver copies
    (`dataclasses.replace`) instead of changing one.
    """

    kind: str  # date, weekday, relday, kal, period, fiscal, years, ago, duration, backday, backyear
    start: int
    end: int
    tok_end: int  # token index after the expression
    year: int | None = None  # negative: a two-digit year ("৭৩ সালের"), century still to choose
    month: int | None = None
    day: int | None = None
    year_rel: int | None = None  # year relative to the reference year (গত বছরের -> -1)
    year_back: int | None = None  # year relative to the last year named (একই বছরের -> 0)
    fiscal_month: bool = False  # month of the fiscal year in `year` (FY start year)
    direction: int | None = None  # -1 গত, 0 চলতি, +1 আগামী
    weekday: int | None = None
    week_rel: int | None = None  # weekday of last/this/next week
    offset: int = 0  # days, weeks, months or years, by kind
    unit: str | None = None
    amount: float | None = None
    end_year: int | None = None
    modifier: str | None = None
    part_of_day: str | None = None
    range_start: _Mention | None = None  # the start of a range this mention ends
    bengali: bool = False  # day and month of the Bengali calendar
    named: bool = False  # a day named for what happens on it (বিজয় দিবস): never the article's own day
    event_year: bool = False  # the year an event is named by (২০২৬ বিশ্বকাপ): no year for the story after it


@dataclass(frozen=True)
class _Scan:
    text: str
    mentions: tuple[_Mention, ...]
    words: tuple[str, ...]
    starts: tuple[int, ...]


@lru_cache(maxsize=16)
def _scan(text: str) -> _Scan:
    """Read every time expression in `text` (cached: publication_date and time_expressions share it)."""
    scanner = _Scanner(text)
    return _Scan(text, tuple(scanner.scan()), tuple(scanner.words), tuple(scanner.starts))


class _Scanner:
    """A hand-written grammar over word tokens; each `_rule` returns mentions and the next token."""

    def __init__(self, text: str) -> None:
        # the tokens of `core.text.tokens`, as plain offsets: this runs on every article
        words, starts, ends = token_offsets(text)
        self.text = text
        self.starts = starts
        self.ends = ends
        self.words = list(map(_latin, words))
        self.n = len(words)
        # a newline between two tokens ends any expression (datelines, list items, paragraphs)
        self.line_start = [False] * self.n
        if self.n:
            self.line_start[0] = True
        newline = text.find("\n")
        while newline >= 0:
            k = bisect_right(self.starts, newline)
            if k < self.n:
                self.line_start[k] = True
            newline = text.find("\n", newline + 1)
        self.numbers: dict[int, tuple[int, str] | None] = {}

    def w(self, i: int) -> str:
        """Token i, or "" past either end or across a line break from the token before."""
        return self.words[i] if 0 <= i < self.n else ""

    def joined(self, i: int) -> bool:
        """Token i continues the line of token i-1."""
        return 0 < i < self.n and not self.line_start[i]

    def nxt(self, i: int) -> str:
        return self.words[i] if self.joined(i) else ""

    def scan(self) -> list[_Mention]:
        out: list[_Mention] = []
        i = 0
        rules = (
            self._numeric_date, self._fiscal_year, self._decade, self._date_phrase, self._years, self._weekday,
            self._relative_day, self._period, self._count, self._back_reference, self._named_day,
        )
        while i < self.n:
            word = self.words[i]
            if word[0] in "0123456789" or word in _STARTERS:
                for rule in rules:
                    found = rule(i)
                    if found is not None:
                        mentions, i = found
                        out.extend(mentions)
                        break
                else:
                    i += 1
            else:
                i += 1
        return out

    def mention(self, kind: str, first: int, last: int, **fields: object) -> _Mention:
        """A mention covering tokens first..last (inclusive)."""
        return _Mention(kind, self.starts[first], self.ends[last], last + 1, **fields)  # type: ignore[arg-type]

    # --- small readers -----------------------------------------------------------------------

    def number(self, i: int) -> tuple[int, str] | None:
        """(value, ending) of a digit token: '10ই' -> (10, 'ই')."""
        if i in self.numbers:
            return self.numbers[i]
        word = self.w(i)
        k = 0
        while k < len(word) and word[k] in "0123456789":
            k += 1
        found = (int(word[:k]), word[k:]) if k else None
        self.numbers[i] = found
        return found

    def day_at(self, i: int) -> int | None:
        """A day of the month: 1-31 with an optional ordinal ending (১০ই, ২৮শে), or a word (পহেলা)."""
        word = self.w(i)
        if word in lex.DAY_ORDINAL_WORDS:
            return lex.DAY_ORDINAL_WORDS[word]
        found = self.number(i)
        if found is None:
            return None
        value, ending = found
        digits = len(word) - len(ending)
        if digits > 2 or not 1 <= value <= 31 or (ending and ending not in lex.DAY_ORDINAL_ENDINGS):
            return None
        return value

    def year_at(self, i: int) -> int | None:
        """A plain four-digit number in the year range (a year only where the caller has a cue)."""
        found = self.number(i)
        if found is None or found[1] or len(self.w(i)) != 4:
            return None
        return found[0] if YEAR_RANGE[0] <= found[0] <= YEAR_RANGE[1] else None

    def year_word(self, i: int) -> int:
        """Tokens taken by a year marker at i: সালে (1), -এর (2), or 0."""
        word = self.nxt(i)
        if word in lex.YEAR_WORDS:
            return 1
        if word in ("-", "'", "’") and self.nxt(i + 1) in lex.YEAR_HYPHEN_ENDINGS:
            return 2
        return 0

    def is_decade(self, i: int) -> bool:
        unit = _UNITS.get(self.nxt(i))
        return unit is not None and unit[0] in ("DEC", "CEN")

    def month_at(self, i: int) -> tuple[int, str] | None:
        """(month, ending) of a Gregorian month name at i; মে-র is read as মে."""
        found = _MONTHS.get(self.w(i))
        if found is None or self.w(i - 1) in lex.NOT_MONTH_BEFORE:
            return None
        return found

    def month_end(self, i: int) -> int:
        """Index after a month token, taking a hyphenated ending (মে-র, জুলাই-এ)."""
        if self.nxt(i + 1) == "-" and self.nxt(i + 2) in lex.YEAR_HYPHEN_ENDINGS:
            return i + 3
        return i + 1

    def counted(self, i: int) -> bool:
        """The number before token i is a quantity: a counter word or a unit follows."""
        return self.nxt(i) in lex.COUNTER_WORDS or self.nxt(i) in _UNITS

    def names_event(self, i: int) -> bool:
        """Token i starts the name of an event or movement (জুলাই গণ-অভ্যুত্থান, জুলাই সনদ,
        জুলাই জাতীয় সনদ)."""
        word = self.nxt(i)
        if word == "জাতীয়":
            word = self.nxt(i + 1)
        return word.startswith(lex.EVENT_NAME_PREFIXES)

    def period_part(self, i: int) -> tuple[str, int] | None:
        """(modifier, next index) for "শেষের দিকে", "শুরুতে" ... at i."""
        for phrase, modifier in lex.PERIOD_PARTS.items():
            if all(self.nxt(i + k) == word for k, word in enumerate(phrase)):
                return modifier, i + len(phrase)
        return None

    def part_of_day(self, i: int) -> str | None:
        word = self.nxt(i)
        if word == "দিবাগত" or (word == "গভীর" and self.nxt(i + 1).startswith("রাত")):
            return "night"
        return lex.PARTS_OF_DAY.get(word) if word not in ("দিবাগত", "গভীর") else None

    def trailing_year(self, i: int) -> tuple[int, int] | None:
        """(year, next index) for an optional ", 2023" / " ২০২৫ সালের" after a day or month."""
        k = i + 1 if self.nxt(i) == "," else i
        if not self.joined(k):
            return None
        year = self.year_at(k)
        if year is None or self.counted(k + 1):
            return None
        return year, k + 1 + self.year_word(k + 1)

    # --- rules ---------------------------------------------------------------------------------

    def _numeric_date(self, i: int) -> tuple[list[_Mention], int] | None:
        """২৮/১২/২০২৫, 28.12.2025 (day first, as in Bangladesh) and ISO 2025-12-28."""
        if not self.w(i)[:1].isdigit():
            return None
        sep = self.nxt(i + 1)
        if sep not in ("/", ".", "-") or self.nxt(i + 3) != sep:
            return None
        parts = [self.number(i + k) for k in (0, 2, 4)]
        if any(p is None or p[1] for p in parts) or not all(self.joined(i + k) for k in (1, 2, 3, 4)):
            return None
        if any(self.starts[i + k] != self.ends[i + k - 1] for k in (1, 2, 3, 4)):
            return None  # "১০ - ১২ - ২০" is a score line, not a date
        a, b, c = (p[0] for p in parts if p is not None)
        widths = [len(self.w(i + k)) for k in (0, 2, 4)]
        if widths[0] == 4 and sep == "-":
            year, month, day = a, b, c
        elif widths[2] in (2, 4) and widths[0] <= 2:
            day, month, year = a, b, (c + 2000 if widths[2] == 2 else c)
        else:
            return None
        if _safe_date(year, month, day) is None:
            return None
        return [self.mention("date", i, i + 4, year=year, month=month, day=day)], i + 5

    def _fiscal_year(self, i: int) -> tuple[list[_Mention], int] | None:
        """চলতি ২০২৫-২৬ অর্থবছরের, গত অর্থবছরে, ওই অর্থবছরের, অর্থবছর ২০২৪-২৫; with a month after it
        ("২০২৪–২৫ অর্থবছরের মার্চ মাসে") the month of that fiscal year."""
        k = i
        relative: int | None = None
        back: int | None = None
        word = self.w(k)
        if word in lex.FISCAL_YEAR_MODIFIERS:
            relative = lex.FISCAL_YEAR_MODIFIERS[word]
            k += 1
        elif word in lex.FISCAL_YEAR_BACK_REFERENCES:
            back = lex.FISCAL_YEAR_BACK_REFERENCES[word]
            k += 1
        span = self.year_span(k)
        start_year = None
        if span is not None:
            start_year, k = span
        word_len = self.fiscal_word(k)
        if not word_len or not (k == i or self.joined(k)):
            return None
        after = k + word_len
        if start_year is None:
            trailing = self.year_span(after)
            if trailing is not None:
                start_year, after = trailing
        if start_year is not None:
            relative = back = None
        elif relative is None and back is None:
            return None
        first = i
        month = self.month_at(after) if self.joined(after) else None
        if month is not None and not self.names_event(after + 1):
            end = self.month_end(after)
            if self.nxt(end) in lex.MONTH_WORDS:
                end += 1
            return [self.mention("date", first, end - 1, year=start_year, month=month[0], fiscal_month=True,
                                 year_rel=relative, year_back=back)], end
        modifier = None
        part = self.period_part(after)
        last = after - 1
        if part is not None:
            modifier, after = part
            last = after - 1
        return [self.mention("fiscal", first, last, year=start_year, year_rel=relative, year_back=back,
                             modifier=modifier)], after

    def fiscal_word(self, i: int) -> int:
        if self.w(i) in lex.FISCAL_YEAR_WORDS:
            return 1
        if self.w(i) == "অর্থ" and ("বছর" + self.nxt(i + 1)[4:]) in lex.YEAR_UNIT_WORDS:
            return 2
        return 0

    def year_span(self, i: int) -> tuple[int, int] | None:
        """(start year, next index) of "২০২৫-২৬" / "২০২৫–২০২৬": consecutive years only."""
        start = self.year_at(i)
        if start is None or self.nxt(i + 1) not in lex.RANGE_DASHES or not self.joined(i + 2):
            return None
        found = self.number(i + 2)
        if found is None or found[1]:
            return None
        end, width = found[0], len(self.w(i + 2))
        if (width == 2 and end == (start + 1) % 100) or (width == 4 and end == start + 1):
            return start, i + 3
        return None

    def _date_phrase(self, i: int) -> tuple[list[_Mention], int] | None:
        """[year context] [গত/আগামী] day(s) + month, month + day, month(s), day + তারিখ, Bengali date."""
        k = i
        context: dict[str, int] = {}
        found = self.year_context(k)
        if found is not None:
            context, k = found
            if not self.joined(k):
                return None
        direction = lex.DATE_DIRECTIONS.get(self.w(k))
        if direction is not None:
            k += 1
            if not self.joined(k):
                return None
        has_context = bool(context) or direction is not None
        if not context and direction is None and self.generic_before(i):
            return self.skip_recurring(i)
        # a year written before the day is its year: one written after it opens the next date
        # ("২০০০ সালের ৮ই ফেব্রুয়ারি ১৯৯৮ সালের সাতই জুন", photo captions run together)
        trailing = "year" not in context
        for reader in (partial(self.days_month, trailing=trailing), partial(self.month_day, trailing=trailing),
                       self.bengali_date, self.day_only):
            result = reader(k)
            if result is not None:
                mentions, after = result
                break
        else:
            result = self.months(k, has_context)
            if result is None:
                return None
            mentions, after = result
        for m in mentions:
            if m.year is None and not m.bengali:
                for key, value in context.items():
                    setattr(m, key, value)
            if m.range_start is None:
                m.direction = direction
        if mentions:
            # the expression's text starts at the context words ("এ বছরের গত ৬ সেপ্টেম্বর")
            mentions[0].start = self.starts[i]
        more = self.range_end(after, mentions[-1])
        if more is not None:
            extra, after = more
            mentions.extend(extra)
        return mentions, after

    def year_context(self, i: int) -> tuple[dict[str, int], int] | None:
        """"২০১১ সালের", "এ বছরের", "গত বছরের", "একই বছরের", "বিরাশি সালের" before a month or day."""
        year = self.year_at(i)
        if year is not None:
            # "১৯৮৩ এর সেপ্টেম্বর": a spaced এর only before a month (alone it is "বিধিমালা, ১৯৮১ এর বিধি")
            taken = self.year_word(i + 1) or (1 if self.nxt(i + 1) == "এর" and self.month_at(i + 2) else 0)
            if taken and not self.is_decade(i + 1 + taken):
                return {"year": year}, i + 1 + taken
            return None
        word = self.w(i)
        # the nominative "গত বছর মে মাসের ২৮ তারিখে", "গত বছর ১৩ ডিসেম্বর" places the date as the
        # genitive "গত বছরের" does: the caller finds no date after "গত বছর এই সময়ে" and lets it be
        if word in lex.JOINED_YEARS and word.endswith(("ের", "র")):
            return {"year_rel": lex.JOINED_YEARS[word]}, i + 1
        if self.nxt(i + 1) in ("বছরের", "বছর") and word in lex.PERIOD_MODIFIERS:
            return {"year_rel": lex.PERIOD_MODIFIERS[word]}, i + 2
        if self.nxt(i + 1) in lex.YEAR_UNIT_WORDS and word in lex.YEAR_BACK_REFERENCES and not self.after_event(i):
            # "একই বছর ৭ই নভেম্বর", "ওই বছরের ১৯ জুলাই"
            return {"year_back": lex.YEAR_BACK_REFERENCES[word]}, i + 2
        if word in ("একই", "ওই", "সেই", "ঐ") and self.nxt(i + 1) in ("মাসের", "মাসে"):
            return {"year_back": 0}, i + 2  # "একই মাসের ১৫ এপ্রিল": the year of the last date
        spoken = self.spoken_year(i)
        if spoken is not None and self.nxt(spoken[1]) in ("সালের", "সনের"):
            return {"year": spoken[0]}, spoken[1] + 1
        for ending in ("য়ের", "ের", "র"):
            # "চব্বিশের ডিসেম্বরে" (December '24): a year in words, in the genitive, before a month
            stem = word[:-len(ending)] if word.endswith(ending) else ""
            if stem in lex.NUMBER_WORDS and lex.NUMBER_WORDS[stem] >= 10 and self.month_at(i + 1):
                return {"year": -lex.NUMBER_WORDS[stem]}, i + 1
        return None

    def skip_recurring(self, i: int) -> tuple[list[_Mention], int] | None:
        """"প্রতি বছর ১ জুলাই ও ৩১ ডিসেম্বর": every year, not one day; the whole list is skipped."""
        found = self.days_month(i) or self.month_day(i)
        if found is None:
            return None
        after = found[1]
        while self.nxt(after) in lex.LIST_WORDS:
            more = self.days_month(after + 1) or self.month_day(after + 1)
            if more is None:
                break
            after = more[1]
        return [], after

    def generic_before(self, i: int) -> bool:
        """"প্রতি বছর", "প্রতিবছর", "প্রতি মাসের" just before: a recurring date."""
        before = [self.w(i - 2), self.w(i - 1)] if self.joined(i) else ["", ""]
        return before[1] in lex.EVERY_WORDS or (before[0] in lex.EVERY_WORDS and before[1] in _UNITS)

    def after_event(self, i: int) -> bool:
        """Token i follows a genitive noun: "গণঅভ্যুত্থানের পরের বছর", "নির্বাচনের দুই দিন আগে" are
        relative to that event, not to the article's day or the last date named."""
        k = i - 1
        while self.joined(k + 1) and self.w(k) in lex.APPROX_WORDS | _FILLERS:
            k -= 1  # "নির্বাচনের মাত্র চার-পাঁচ মাস আগে"
        before = self.w(k) if self.joined(k + 1) else ""
        # আর ("more": "আর মাত্র দুদিন পর") only looks like a genitive
        return before.endswith(_GENITIVE_ENDINGS) and before != "এর" and before not in lex.MORE_WORDS

    def spoken_year(self, i: int) -> tuple[int, int] | None:
        """A year in words or two digits before সাল: "বিরাশি" (82), "উনিশশো বিরাশি" (1982), "৭৩"."""
        word = self.w(i)
        if word in lex.CENTURY_WORDS and self.nxt(i + 1) in lex.NUMBER_WORDS:
            return lex.CENTURY_WORDS[word] + lex.NUMBER_WORDS[self.nxt(i + 1)], i + 2
        if word in ("দুই", "দু") and self.nxt(i + 1) == "হাজার":
            tail = lex.NUMBER_WORDS.get(self.nxt(i + 2))
            return (2000 + tail, i + 3) if tail else (2000, i + 2)
        if word in lex.NUMBER_WORDS:
            return -lex.NUMBER_WORDS[word], i + 1  # negative: two-digit, century still to choose
        found = self.number(i)
        if found is not None and not found[1] and len(word) == 2:
            return -found[0], i + 1
        return None

    def days_month(self, i: int, *, trailing: bool = True) -> tuple[list[_Mention], int] | None:
        """২৪ মে, ১০ই ডিসেম্বর, ৩০ ডিসেম্বর ২০২৫, ১ ও ২ জানুয়ারি, ৬ থেকে ১২ই জানুয়ারি."""
        first = self.day_at(i)
        if first is None:
            return None
        days = [(first, i)]
        k = i + 1
        while self.nxt(k) in lex.LIST_WORDS | lex.FROM_WORDS | lex.RANGE_DASHES | {","}:
            nxt_day = self.day_at(k + 1) if self.joined(k + 1) else None
            if nxt_day is None:
                break
            days.append((nxt_day, k + 1))
            k += 2
        if not self.joined(k):
            return None
        month = self.month_at(k)
        if month is None:
            return None
        after = self.month_end(k)
        year = None
        written = self.trailing_year(after) if trailing else None
        if written is not None:
            year, after = written
        mentions: list[_Mention] = []
        for n, (day, at) in enumerate(days):
            # the first day's text is the whole phrase, as the gold writes "১ ও ২ জানুয়ারি"; a range
            # within a month ("১০ থেকে ১৮ জানুয়ারি", "৬-২৪ জানুয়ারি") is its first day and its last
            # (the annotation sets give the phrase its first day, 6 times in 6, and some the last too)
            first_tok = i if n == 0 else at
            mention = self.mention("date", first_tok, after - 1, year=year, month=month[0], day=day)
            if n > 0 and self.w(at - 1) in lex.FROM_WORDS | lex.RANGE_DASHES:
                mention.range_start = mentions[0]
            mentions.append(mention)
        return mentions, after

    def month_day(self, i: int, *, trailing: bool = True) -> tuple[list[_Mention], int] | None:
        """সেপ্টেম্বর 12, সেপ্টেম্বর 12, 2023, ফেব্রুয়ারির ১২ তারিখ, সেপ্টেম্বর মাসের ১৮ তারিখে."""
        month = self.month_at(i)
        if month is None:
            return None
        k = self.month_end(i)
        if self.nxt(k) in lex.MONTH_WORDS:
            k += 1
        day = self.day_at(k) if self.joined(k) else None
        if day is None or self.counted(k + 1):
            return None
        after = k + 1
        if self.nxt(after) in lex.DATE_WORDS:
            after += 1
        elif month[1] or self.w(k - 1) in lex.MONTH_WORDS:
            return None  # "ফেব্রুয়ারির ১২" needs তারিখ: the number may count something else
        year = None
        written = self.trailing_year(after) if trailing else None
        if written is not None:
            year, after = written
        return [self.mention("date", i, after - 1, year=year, month=month[0], day=day)], after

    def day_only(self, i: int) -> tuple[list[_Mention], int] | None:
        """"২৬ তারিখ": a day of the reference month."""
        day = self.day_at(i)
        if day is None or self.nxt(i + 1) not in lex.DATE_WORDS:
            return None
        return [self.mention("date", i, i + 1, day=day)], i + 2

    def bengali_date(self, i: int) -> tuple[list[_Mention], int] | None:
        """১৫ পৌষ, ১৪৩২ বঙ্গাব্দ; পহেলা বৈশাখ (Bengali calendar, converted)."""
        day = self.day_at(i)
        if day is None or not self.joined(i + 1):
            return None
        month = _BENGALI_MONTHS.get(self.w(i + 1))
        if month is None or day > lex.BENGALI_MONTH_DAYS[month - 1] + (month == 11):
            return None
        after = i + 2
        k = after + 1 if self.nxt(after) == "," else after
        year = None
        found = self.number(k) if self.joined(k) else None
        if found is not None and not found[1] and 1300 <= found[0] <= 1500:
            year, after = found[0], k + 1
            if self.nxt(after) in lex.BENGALI_ERA_WORDS:
                after += 1
        return [self.mention("date", i, after - 1, year=year, month=month, day=day, bengali=True)], after

    def months(self, i: int, has_context: bool) -> tuple[list[_Mention], int] | None:
        """জুলাই মাসে, গত অক্টোবরে, ডিসেম্বর ২০২৫, জুলাই–ডিসেম্বর, জুলাই অগাস্টের, নভেম্বরের শুরুতে.

        A bare nominative month needs company (a modifier, মাস, a year, a range, থেকে/পর্যন্ত):
        "লং মার্চ" and "জুলাই সনদ" are not months.
        """
        found = self.month_at(i)
        if found is None:
            return None
        items = [(found, i, self.month_end(i))]
        k = items[-1][2]
        while True:
            sep = self.nxt(k)
            at = k + 1 if sep in lex.RANGE_DASHES or sep in lex.LIST_WORDS or sep == "," else k
            nxt_month = self.month_at(at) if self.joined(at) and (at > k or sep in _MONTHS) else None
            if nxt_month is None:
                break
            items.append((nxt_month, at, self.month_end(at)))
            k = items[-1][2]
        if self.names_event(k) or items[-1][0][1] == "কে":
            return None  # "পুরো জুলাইকে নিয়ে": a month as an object is the July uprising, not a date
        if self.nxt(k) in lex.MONTH_WORDS:
            k += 1
            has_context = True
        year = None
        trailing = self.trailing_year(k)
        if trailing is not None:
            year, k = trailing
            has_context = True
        only_short = all(m[0] in lex.SHORT_MONTHS for m in (lex.GREGORIAN_MONTHS[it[0][0]] for it in items))
        if only_short and year is None and self.w(k - 1) not in lex.MONTH_WORDS:
            return None  # মে only next to মাস or a year
        inflected = any(it[0][1] for it in items)
        followed = self.nxt(k) in lex.FROM_WORDS | lex.UNTIL_WORDS | lex.RANGE_DASHES
        modifier = None
        part = self.period_part(k) if self.w(k - 1).endswith(_GENITIVE_ENDINGS) else None
        if self.nxt(k) in lex.MONTH_END_WORDS:  # "সেপ্টেম্বর শেষে", "জুন মাস শেষে"
            part = part or ("late", k + 1)
            has_context = True
        if not (has_context or inflected or followed or len(items) > 1 or self.w(i - 1) in lex.FROM_WORDS):
            return None
        if part is not None:
            modifier, k = part
        mentions: list[_Mention] = []
        for n, (month, at, end) in enumerate(items):
            last = k - 1 if n == len(items) - 1 else end - 1
            mention = self.mention("date", at if n else i, last, year=year, month=month[0], modifier=modifier)
            if n > 0 and self.w(at - 1) in lex.RANGE_DASHES:
                mention.range_start = mentions[0]
            mentions.append(mention)
        return mentions, k

    def range_end(self, i: int, start: _Mention) -> tuple[list[_Mention], int] | None:
        """The end of "X থেকে Y" / "X-Y" when Y is a date, month or year of its own."""
        if self.nxt(i) not in lex.FROM_WORDS | lex.RANGE_DASHES or not self.joined(i + 1):
            return None
        k = i + 1
        for reader in (self.days_month, self.month_day):
            result = reader(k)
            if result is not None:
                break
        else:
            result = self.months(k, True) if start.day is None else None
        if result is None:
            return None
        mentions, after = result
        for m in mentions:
            if m.range_start is None:
                m.range_start = start
        return mentions, after

    def _years(self, i: int) -> tuple[list[_Mention], int] | None:
        """2019 সালে, ২০০১ সালের, ২০২৪-এর, ২০১৫-১৬ সালে (interval), বিরাশি সালের, ২০১৭ সালের শেষের দিকে,
        ৫২ এর ভাষা আন্দোলন."""
        year = self.year_at(i)
        if year is not None:
            return self.year_phrase(i, year, i + 1) or self.year_list(i)
        spoken = self.spoken_year(i)
        if spoken is None:
            return None
        if self.nxt(spoken[1]) not in lex.YEAR_WORDS:
            return self.short_event_year(i)
        return self.year_phrase(i, spoken[0], spoken[1])

    def past_event_format(self, k: int) -> int:
        """Index after a cricket format at k ("টি–টোয়েন্টি", "ওয়ানডে"), or k."""
        for phrase in lex.EVENT_FORMAT_WORDS:
            if all(self.nxt(k + at) == word for at, word in enumerate(phrase)):
                return k + len(phrase)
        return k

    def short_event_year(self, i: int) -> tuple[list[_Mention], int] | None:
        """"৫২ এর ভাষা আন্দোলন", "৯৬’র নির্বাচন": a two-digit year in the genitive that names a national
        event (its century is chosen later). A number hyphenated to a word before it is a seat or
        section ("ঢাকা-১৫ এর নির্বাচনে"), not a year."""
        found = self.number(i)
        if found is None or found[1] or len(self.w(i)) != 2:
            return None
        if i > 0 and self.joined(i) and self.starts[i] == self.ends[i - 1]:
            return None
        if self.nxt(i + 1) == "এর":
            last = i + 1
        elif self.nxt(i + 1) in ("-", "'", "’") and self.nxt(i + 2) in ("এর", "র"):
            last = i + 2
        else:
            return None
        # the head next or after one modifier ("ভাষা আন্দোলন"); "গণ-অভ্যুত্থান" is three tokens
        reach = (1, 2, 3) if self.nxt(last + 2) in lex.RANGE_DASHES else (1, 2)
        if not any(self.nxt(last + at).startswith(lex.SHORT_YEAR_EVENT_HEADS) for at in reach):
            return None
        return [self.mention("date", i, last, year=-found[0], event_year=True)], last + 1

    def _decade(self, i: int) -> tuple[list[_Mention], int] | None:
        """"১৯৮০ দশকে", "১৯৮০-এর দশকে", "৭০-এর দশকে", "আশির দশকে", "১৯৬০ ও ৭০-এর দশকে": the years of a
        decade, or of two named together, as an interval (1980/1989; the annotators place them so)."""
        first = self.decade_year(i)
        if first is None:
            return None
        start, k = first
        end = start
        if self.nxt(k) in lex.LIST_WORDS and self.joined(k + 1):
            second = self.decade_year(k + 1)
            if second is not None:
                end, k = second
                if end < 0 < start:  # "১৯৬০ ও ৭০-এর": the second in the first one's century
                    end = start - start % 100 - end
        if _UNITS.get(self.nxt(k), ("",))[0] != "DEC" or abs(end) < abs(start):
            return None
        last = k
        part = self.period_part(k + 1)
        if part is not None:
            last = part[1] - 1  # "১৯৯০ দশকের প্রথম দিকে": still the decade (no finer value)
        return [self.mention("years", i, last, year=start, end_year=end + 9 if end > 0 else end - 9)], last + 1

    def decade_year(self, i: int) -> tuple[int, int] | None:
        """(first year, next index) of a decade named at i: a four-digit year ending in 0 (1980), or
        two digits or a word (৮০, আশির) as a negative two-digit year whose century is chosen later."""
        word = self.w(i)
        if word in lex.SPOKEN_DECADES:
            return -lex.SPOKEN_DECADES[word], i + 1
        found = self.number(i)
        if found is None:
            return None
        value, ending = found
        digits = len(word) - len(ending)
        if value % 10 or digits not in (2, 4) or ending and ending not in lex.DECADE_ENDINGS:
            return None
        if digits == 4 and not YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
            return None
        k = i + 1
        if not ending and self.nxt(k) in ("-", "'", "’") and self.nxt(k + 1) in lex.YEAR_HYPHEN_ENDINGS:
            k += 2
        if digits == 2 and k == i + 1 and not ending:
            return None  # "১০ দশক আগে" counts decades; "৮০-এর দশকে" names one
        return (value if digits == 4 else -value), k

    def year_list(self, i: int) -> tuple[list[_Mention], int] | None:
        """"১৯৯১, ১৯৯৬ ও ২০০১ সালে", "১২১১ থেকে ১২১৬ সাল": bare years that share the last one's
        year word; "১৯৯১ থেকে ১৯৯৬ এবং ২০০১ থেকে ২০০৬ পর্যন্ত": spans of bare years closed by পর্যন্ত."""
        bare = [i]
        joins: list[str] = []
        k = i + 1
        while self.nxt(k) in lex.LIST_WORDS | lex.FROM_WORDS | {","} and self.joined(k + 1):
            if self.year_at(k + 1) is None:
                return None
            found = self.year_phrase(k + 1, self.year_at(k + 1) or 0, k + 2)
            if found is not None:
                mentions, after = found
                head = [self.mention("date", at, at, year=self.year_at(at)) for at in bare]
                return head + mentions, after
            joins.append(self.nxt(k))
            bare.append(k + 1)
            k += 2
        if self.nxt(k) in lex.UNTIL_WORDS and self.bare_year_spans(bare, joins):
            return [self.mention("date", at, at, year=self.year_at(at)) for at in bare], k
        return None

    def bare_year_spans(self, bare: list[int], joins: list[str]) -> bool:
        """The bare years at `bare` read as spans "A থেকে B": every থেকে joins an earlier year to a
        later one at most YEAR_SPAN_LIMIT years on (a term of office, a war), so that "১৫০০ থেকে
        ২০০০ পর্যন্ত" (a price band) stays a quantity."""
        if not any(join in lex.FROM_WORDS for join in joins):
            return False
        for at, join, to in zip(bare[:-1], joins, bare[1:], strict=True):
            start, end = self.year_at(at) or 0, self.year_at(to) or 0
            if join in lex.FROM_WORDS and not 0 < end - start <= YEAR_SPAN_LIMIT:
                return False
        return True

    def year_phrase(self, i: int, year: int, k: int) -> tuple[list[_Mention], int] | None:
        end_year = None
        slash = self.nxt(k) == "/"
        if (self.nxt(k) in lex.RANGE_DASHES or slash) and self.joined(k + 1) and year > 0:
            found = self.number(k + 1)
            if found is not None and not found[1] and len(self.w(k + 1)) in (2, 4):
                end_year = found[0] if len(self.w(k + 1)) == 4 else year - year % 100 + found[0]
                if end_year <= year or slash and end_year != year + 1:
                    return None
                k += 2
        taken = self.year_word(k)
        if not taken and end_year is None and self.nxt(self.past_event_format(k)).startswith(lex.YEAR_EVENT_WORDS):
            # "২০২৬ বিশ্বকাপে", "২০১৯ বিপিএলে", "২০২৫ শেষ হওয়ার আগে": the year an event is named by
            return [self.mention("date", i, k - 1, year=year, event_year=True)], k
        if not taken or self.is_decade(k + taken) or self.is_decade(k):
            if end_year is not None and (self.nxt(k).startswith("মৌসুম") or slash or not self.is_decade(k)):
                # "২০১৮-১৯ মৌসুমে": a season; "ক্যাম্পিং ২০২৫/২৬": a season or fiscal year; "(১৯৯৪-২০০০)",
                # "নেতৃত্ব ২০১৪-১৫ ছিল": years written as a range are a period without a year word too
                taken = 0
            else:
                return None
        k += taken
        modifier = None
        part = self.period_part(k) if self.w(k - 1).endswith(_GENITIVE_ENDINGS) else None
        if part is not None:
            modifier, k = part
        kind = "years" if end_year is not None else "date"
        return [self.mention(kind, i, k - 1, year=year, end_year=end_year, modifier=modifier)], k

    def _weekday(self, i: int) -> tuple[list[_Mention], int] | None:
        """মঙ্গলবার, গত বৃহস্পতিবার, আগামী রোববার, চলতি সপ্তাহের সোমবার; "প্রতি শুক্রবার" is not a day."""
        k = i
        direction = week = None
        word = self.w(k)
        if word in lex.PERIOD_MODIFIERS and self.nxt(k + 1).startswith(("সপ্তাহের", "সাপ্তাহের")):
            week, k = lex.PERIOD_MODIFIERS[word], k + 2
        elif word in lex.DATE_DIRECTIONS:
            direction, k = lex.DATE_DIRECTIONS[word], k + 1
        if k > i and not self.joined(k):
            return None
        weekday = _WEEKDAYS.get(self.w(k))
        if weekday is None or self.w(i - 1) in lex.EVERY_WORDS:
            return None
        return [self.mention("weekday", i, k, weekday=weekday, direction=direction, week_rel=week,
                             part_of_day=self.part_of_day(k + 1))], k + 1

    def _named_day(self, i: int) -> tuple[list[_Mention], int] | None:
        """বড়দিনে, বক্সিং ডে, বিজয় দিবসে: a day named for what happens on it (`lex.NAMED_DAYS`), a day
        and month without a year (so resolved like "২৫ ডিসেম্বর")."""
        for phrase, (month, day) in lex.NAMED_DAYS.items():
            last = i + len(phrase) - 1
            if last >= self.n or any(self.w(i + k) != part for k, part in enumerate(phrase[:-1])):
                continue
            word = self.w(last)
            if word == phrase[-1] or any(word == phrase[-1] + ending for ending in _CASE_ENDINGS_OF_DAYS):
                return [self.mention("date", i, last, month=month, day=day, named=True)], last + 1
        return None

    def _relative_day(self, i: int) -> tuple[list[_Mention], int] | None:
        """আজ, আজকের, গতকাল, আগামীকাল, কাল (by tense), পরশু; আজ থেকে তিন মাস পর."""
        word = self.w(i)
        if word == "আজকের" and self.nxt(i + 1).startswith("পত্রিকা"):
            return [], i + 1  # "আজকের পত্রিকার শিরোনাম": the newspaper Ajker Patrika, not "today's"
        if word in lex.RELATIVE_DAYS:
            if word == "আজ" and self.nxt(i + 1) in lex.FROM_WORDS:
                counted = self.count_phrase(i + 2, origin=i)
                if counted is not None:
                    return counted
            return [self.mention("relday", i, i, offset=lex.RELATIVE_DAYS[word],
                                 part_of_day=self.part_of_day(i + 1))], i + 1
        if word in lex.JOINED_LAST_NIGHT or (word == "গত" and self.nxt(i + 1) in lex.LAST_NIGHT_WORDS):
            last = i if word in lex.JOINED_LAST_NIGHT else i + 1
            return [self.mention("relday", i, last, offset=-1, part_of_day="night")], last + 1
        if word in ("গত", "আগামী") and self.nxt(i + 1) in lex.AMBIGUOUS_KAL | lex.AMBIGUOUS_PORSHU:
            step = 2 if self.nxt(i + 1) in lex.AMBIGUOUS_PORSHU else 1
            offset = step if word == "আগামী" else -step
            return [self.mention("relday", i, i + 1, offset=offset, part_of_day=self.part_of_day(i + 2))], i + 2
        if word in lex.AMBIGUOUS_KAL or word in lex.AMBIGUOUS_PORSHU:
            step = 2 if word in lex.AMBIGUOUS_PORSHU else 1
            return [self.mention("kal", i, i, offset=step, part_of_day=self.part_of_day(i + 1))], i + 1
        return None

    def _period(self, i: int) -> tuple[list[_Mention], int] | None:
        """গত সপ্তাহে, চলতি মাসে, গত বছর, এ বছর, আগামী বছরের প্রথমার্ধে, গতবছর, একই বছর."""
        word = self.w(i)
        if word in lex.JOINED_YEARS:
            unit, k, offset, back = "Y", i + 1, lex.JOINED_YEARS[word], None
        elif (word in lex.YEAR_BACK_REFERENCES and self.nxt(i + 1) in lex.YEAR_UNIT_WORDS and word != "এ"
              and not (word in ("পরের", "আগের") and self.after_event(i))):
            unit, k, offset, back = "Y", i + 2, 0, lex.YEAR_BACK_REFERENCES[word]
        elif word in lex.PERIOD_MODIFIERS and self.nxt(i + 1) in _UNITS:
            unit, k, offset, back = _UNITS[self.nxt(i + 1)][0], i + 2, lex.PERIOD_MODIFIERS[word], None
        else:
            return None
        if unit not in ("W", "M", "Y"):
            return None
        modifier = None
        part = self.period_part(k) if self.w(k - 1).endswith(_GENITIVE_ENDINGS) else None
        if part is not None:
            modifier, k = part
        if back is not None:
            return [self.mention("backyear", i, k - 1, offset=back, modifier=modifier)], k
        return [self.mention("period", i, k - 1, unit=unit, offset=offset, modifier=modifier)], k

    def _count(self, i: int) -> tuple[list[_Mention], int] | None:
        """দুই দিন আগে; গত দুই বছরে, ১৮ মাস ধরে, ১২ বছরের, দেড় বছর (durations); ২৭ বছর বয়সী is skipped."""
        return self.count_phrase(i, origin=None)

    def count_phrase(self, i: int, *, origin: int | None) -> tuple[list[_Mention], int] | None:
        first = i if origin is None else origin
        k = i
        span_of = self.w(k) if origin is None else ""
        if span_of in _SPAN_WORDS:
            k += 1
        amount, k = self.amount(k)
        if k >= self.n or not self.joined(k):
            return None
        unit = _UNITS.get(self.w(k))
        joined = lex.JOINED_DAY_COUNTS.get(self.w(k - 1)) if amount is None else None
        if joined is not None:
            amount, unit, k = float(joined), ("D", ""), k - 1
        if unit is None or (amount is None and self.w(k - 1) not in lex.VAGUE_COUNT_WORDS):
            return None
        if amount is not None and amount > 1000:
            return None
        letter = unit[0]
        if letter in ("H", "MIN") and self.w(first - 1).endswith(("টা", "টায়", "টার")):
            return [], k + 1  # "সকাল ১০টা ১৭ মিনিটে" is a clock time
        if letter in ("DEC", "CEN") and (amount is None or amount > 10):
            return [], k + 1  # "২১ শতকে" is the 21st century, "১৯৮০ দশকে" a decade: not placed
        after = k + 1
        if self.nxt(after) in lex.AGE_WORDS:
            return [], after + 1
        modifier, after = self.count_modifier(after, "approx" if self.w(i - 1) in lex.APPROX_WORDS else None)
        tail = self.nxt(after)
        # "গত দুই বছরে" is a stretch up to now, "নির্বাচনের দুই দিন আগে" counts from another event
        relative_ok = span_of not in _SPAN_WORDS and not (origin is None and self.after_event(first))
        if tail in lex.AGO_WORDS and relative_ok and amount is not None and letter in _GRANULARITY_OF_UNIT:
            return [self.mention("ago", first, after, unit=letter, amount=-amount, modifier=modifier)], after + 1
        from_now = origin is not None or (relative_ok and self.counted_from_now(first, letter))
        if tail in lex.LATER_WORDS and from_now and amount is not None and letter in _GRANULARITY_OF_UNIT:
            return [self.mention("ago", first, after, unit=letter, amount=amount, modifier=modifier)], after + 1
        if origin is not None:
            return None
        if tail in lex.DURATION_MARKERS:
            after += 1
        end = after - 1
        return [self.mention("duration", first, end, unit=letter, amount=amount, modifier=modifier)], after

    def counted_from_now(self, first: int, unit: str) -> bool:
        """A bare "N দিন/সপ্তাহ/মাস পর" counts from the article's day when "আর/আরও" says "N more"
        ("আর মাত্র দুদিন পর শেষ হতে যাওয়া বছরটিতে") or its sentence speaks only of the future
        ("সিদ্ধান্ত নেওয়া হবে চার সপ্তাহ পর"); in a past narrative it is the end of a stretch ("তিন বছর
        পর ২০১৫ সালে ...", "এক সপ্তাহ পর মুখ খুললেন"). Years in the future tense are left to the
        narrative too: "১৭ বছর পর দেশে ফিরবেন" is the end of an absence."""
        k = first - 1
        while self.joined(k + 1) and self.w(k) in _FILLERS - lex.MORE_WORDS:
            k -= 1
        before = self.w(k) if self.joined(k + 1) else ""
        if before in lex.MORE_WORDS:
            return True
        if unit not in ("D", "W", "M") or before in lex.LONG_WORDS:
            return False
        return self.future_sentence(first)

    def future_sentence(self, i: int) -> bool:
        """The sentence around token i has a future verb and no past one."""
        start = i
        while start > 0 and self.words[start - 1] not in lex.SENTENCE_ENDS and not self.line_start[start]:
            start -= 1
        end = i
        while end < self.n and self.words[end] not in lex.SENTENCE_ENDS and (end == i or not self.line_start[end]):
            end += 1
        tenses = {_verb_tense(self.words[j], self.words[j + 1] if j + 1 < self.n else "") for j in range(start, end)}
        return "future" in tenses and "past" not in tenses

    def count_modifier(self, i: int, modifier: str | None) -> tuple[str | None, int]:
        """"মাসেরও বেশি সময়" after a count: (more_than/less_than or the given modifier, next index)."""
        while self.nxt(i) in lex.MORE_THAN_WORDS | lex.LESS_THAN_WORDS | lex.TIME_WORDS:
            if self.nxt(i) in lex.MORE_THAN_WORDS:
                modifier = "more_than"
            elif self.nxt(i) in lex.LESS_THAN_WORDS:
                modifier = "less_than"
            i += 1
        return modifier, i

    def amount(self, i: int) -> tuple[float | None, int]:
        """(count, index of the unit word) for "১৮", "দুই", "দেড়", "দু'দিন", "কয়েক", "চার-পাঁচ" (the
        first of a range); (None, i) if none."""
        first, k = self.cardinal(i)
        if first is not None:
            if self.nxt(k) in lex.RANGE_DASHES and self.cardinal(k + 1)[0] is not None and self.joined(k + 1):
                k = self.cardinal(k + 1)[1]
            return first, k
        word = self.w(i)
        if self.number(i) is not None:
            return None, i
        if word == "সাড়ে" and self.cardinal(i + 1)[0] is not None:
            whole, k = self.cardinal(i + 1)
            return (whole or 0) + 0.5, k  # সাড়ে তিন = 3.5
        if word in lex.FRACTION_WORDS:
            return lex.FRACTION_WORDS[word], i + 1
        if word in lex.VAGUE_COUNT_WORDS:
            return None, i + 1
        if word in lex.JOINED_DAY_COUNTS:
            return None, i + 1
        return None, i

    def cardinal(self, i: int) -> tuple[float | None, int]:
        """A whole number in digits or words ("১৮", "দুই", "দু'") and the index after it."""
        found = self.number(i)
        if found is not None:
            return (None, i) if found[1] else (float(found[0]), i + 1)
        word = self.w(i)
        if word in lex.NUMBER_WORDS:
            k = i + 1
            if self.nxt(k) in ("'", "’"):
                k += 1
            return float(lex.NUMBER_WORDS[word]), k
        return None, i

    def _back_reference(self, i: int) -> tuple[list[_Mention], int] | None:
        """একই দিনে, সেদিন, ওই দিন, পরদিন, আগের দিন: a day relative to the last day named."""
        for phrase, offset in lex.SAME_DAY_PHRASES.items():
            if self.w(i) == phrase[0] and all(self.nxt(i + k) == w for k, w in enumerate(phrase[1:], 1)):
                last = i + len(phrase) - 1
                return [self.mention("backday", i, last, offset=offset, part_of_day=self.part_of_day(last + 1))], last + 1
        return None


# ---------------------------------------------------------------------------------------------
# Resolution: mentions -> values


class _Resolver:
    def __init__(self, text: str, scan: _Scan, published: date | None, spans: list[Span]) -> None:
        self.text = text
        self.scan = scan
        self.ref = published
        self.spans = spans
        self.span_starts = [s.start for s in spans]
        # quotations matter only for the day the quoted words were said (আজ, weekdays in a quote):
        # finding them reads every character, so only articles with such words pay for it
        self.quotes: list[Span] | None = None
        self.quote_starts: list[int] = []
        self.tenses: dict[int, tuple[str | None, bool]] = {}
        self.sentence_days: dict[int, list[date]] = {}  # sentence index -> the dates written in it

    # --- where a mention sits --------------------------------------------------------------------

    def sentence_index(self, offset: int) -> int:
        return max(bisect_right(self.span_starts, offset) - 1, 0)

    def sentence(self, offset: int) -> Span | None:
        if not self.spans:
            return None
        span = self.spans[self.sentence_index(offset)]
        return span if span.start <= offset < span.end else None

    def quote(self, offset: int) -> Span | None:
        """The quotation around `offset`, if any (computed on first use)."""
        if self.quotes is None:
            needed = any(m.kind in _DAY_RELATIVE for m in self.scan.mentions)
            self.quotes = _quotations(self.text) if needed else []
            self.quote_starts = [q.start for q in self.quotes]
        k = bisect_right(self.quote_starts, offset) - 1
        if k >= 0 and self.quotes[k].start < offset < self.quotes[k].end:
            return self.quotes[k]
        return None

    def tense(self, mention: _Mention) -> tuple[str | None, bool]:
        """(tense of the clause after the mention, whether পর্যন্ত follows it directly)."""
        if mention.start not in self.tenses:
            self.tenses[mention.start] = self.clause_tense(mention)
        return self.tenses[mention.start]

    def clause_tense(self, mention: _Mention) -> tuple[str | None, bool]:
        words, starts = self.scan.words, self.scan.starts
        sentence = self.sentence(mention.start)
        limit = sentence.end if sentence else len(self.text)
        until = False
        k = mention.tok_end
        while k < len(words) and words[k] in ("(", ")", ",") or (k < len(words) and _is_part_of_day(words[k])):
            k += 1
        if k < len(words) and words[k] in lex.UNTIL_WORDS:
            until = True
        for j in range(k, min(len(words), k + TENSE_WINDOW)):
            if starts[j] >= limit:
                break
            found = _verb_tense(words[j], words[j + 1] if j + 1 < len(words) else "")
            if found is not None:
                return found, until
        return None, until

    # --- main pass -------------------------------------------------------------------------------

    def resolve(self) -> list[TimeExpression]:
        """Two passes in text order: calendar expressions (dates, years, periods, fiscal years, with
        the back references among them), then the day-relative ones (weekdays, আজ, একই দিনে), which
        look at the dates around them."""
        own_day = self.own_day() if self.ref is not None else None
        values = self.calendar_pass(own_day)
        days = {n: date.fromisoformat(v) for n, (v, g) in values.items() if g == "day" and v}
        for n, day in days.items():
            if self.scan.mentions[n].kind == "date":
                self.sentence_days.setdefault(self.sentence_index(self.scan.mentions[n].start), []).append(day)
        last_day: tuple[date, int] | None = None  # (day, sentence index) of the last day named
        last_outside: date | None = None  # the last day named outside quotations
        out: list[TimeExpression] = []
        for n, m in enumerate(self.scan.mentions):
            in_quote = self.quote(m.start) is not None
            base = own_day
            if (in_quote and own_day is not None and last_outside is not None
                    and own_day - timedelta(days=SPEECH_DAY_WINDOW) <= last_outside <= own_day):
                base = last_outside  # the day the quoted words were said
            if n not in values:
                values[n] = self.day_relative(m, n, base, days, last_day)
            value, granularity = values[n]
            if granularity == "skip":
                continue
            if granularity == "day" and value:
                days[n] = date.fromisoformat(value)
                if not m.named:  # (বিজয় দিবস names a past day, not the day a story is told on)
                    last_day = (days[n], self.sentence_index(m.start))
                    if not in_quote:
                        last_outside = days[n]
            out.append(TimeExpression(
                text=self.text[m.start:m.end], start=m.start, end=m.end, value=value, granularity=granularity,
                modifier=m.modifier, tense=self.tense(m)[0], sentence=self.sentence(m.start),
                part_of_day=m.part_of_day,
            ))
        return out

    def calendar_pass(self, base: date | None) -> dict[int, tuple[str | None, str]]:
        """Values of the mentions that need at most the reference day, in text order."""
        values: dict[int, tuple[str | None, str]] = {}
        last_year: int | None = None
        fiscal: tuple[int, int] | None = None  # (sentence index, first year) of the last fiscal year
        written: tuple[int, int] | None = None  # (sentence index, year) of the last year written out
        mentions = self.scan.mentions
        for n, m in enumerate(mentions):
            sentence = self.sentence_index(m.start)
            inherited = bool(written and sentence - written[0] <= NARRATIVE_SENTENCES
                             and self.continues_narrative(n, base, written[1]))
            if inherited and written:
                m = replace(m, year=written[1])  # "২০২১ সালের ১১ এপ্রিল ... ২৭ এপ্রিল ..."
            if m.kind == "duration":
                values[n] = _duration_value(m), "duration"
            elif m.kind == "period":
                values[n] = (_shift(base, m.unit or "Y", m.offset) if base else None), _PERIOD_GRANULARITY[m.unit or "Y"]
            elif m.kind == "backyear":
                year = self.explicit_year_after(n)
                if year is None and last_year is not None:
                    year = last_year + m.offset
                values[n] = (f"{year:04d}", "year") if year is not None else (None, "skip")
            elif m.year_back is not None:
                values[n] = self.back_year_date(m, base, last_year, fiscal[1] if fiscal else None)
            elif m.kind in ("date", "years", "fiscal"):
                hint = fiscal[1] if fiscal and sentence - fiscal[0] <= 1 else None
                values[n] = self.absolute(m, base, hint)
            else:
                continue
            value, granularity = values[n]
            if not value:
                continue
            if granularity in ("day", "month", "year"):
                last_year = int(value[:4])
                original = mentions[n]
                if (original.year is not None or original.year_back is not None or inherited) and not original.bengali \
                        and not original.event_year and not self.until_bound(original):
                    written = (sentence, int(value[:4]))
            if m.kind == "fiscal":
                fiscal = (sentence, int(value[:4]))
            elif m.fiscal_month:
                fiscal = (sentence, _fiscal_start(date(int(value[:4]), int(value[5:7]), 1)))
        return values

    def continues_narrative(self, n: int, base: date | None, year: int) -> bool:
        """A day or month without a year right after a date of an earlier year continues its story
        ("২০২১ সালের ১১ এপ্রিল ... ২৭ এপ্রিল সিটি স্ক্যান করা হয়"), unless গত/আগামী or a weekday
        next to it ties it to the article's own week. A coming year does not carry over to a day
        of the article's own fortnight: after "২০২৬ সালের ১২ ফেব্রুয়ারি", "২৯ ডিসেম্বর" of a
        December schedule is this year's (while "২০২৬ সালের ২৮ জুন ... ১৩ জুলাই" stays in 2026)."""
        m = self.scan.mentions[n]
        if base is not None and year > base.year and m.month is not None:
            own = _safe_date(base.year, m.month, m.day or 1)
            if own is not None and (m.month == base.month if m.day is None
                                    else abs((own - base).days) <= NEAREST_DAYS):
                return False
        if (m.kind != "date" or m.year is not None or m.month is None or m.bengali or m.direction is not None
                or m.year_rel is not None or m.year_back is not None or m.range_start is not None
                or m.fiscal_month or (base is not None and year == base.year)):
            return False
        mentions = self.scan.mentions
        for k in (n - 1, n + 1):
            if 0 <= k < len(mentions) and mentions[k].kind in ("weekday", "relday"):
                first, second = (mentions[k], m) if k < n else (m, mentions[k])
                if _adjacent(self.text, first, second):
                    return False
        return True

    def until_bound(self, m: _Mention) -> bool:
        """The date closes a span with পর্যন্ত ("২০০৬ সাল পর্যন্ত বিএনপি শাসনামলে", "২০২৪ সালের এপ্রিল
        পর্যন্ত … সংগ্রহ করেছে"): it says how long something lasted, not when the story stands, so a
        month named next ("অক্টোবরে আমরা …") does not take its year."""
        return self.text[m.end:].lstrip().startswith(tuple(lex.UNTIL_WORDS))

    def explicit_year_after(self, n: int) -> int | None:
        """The year written right after a back reference ("ওই বছরেই ২০২৪ সালের ৫ই অগাস্ট")."""
        mentions = self.scan.mentions
        if n + 1 < len(mentions) and _adjacent(self.text, mentions[n], mentions[n + 1]):
            nxt = mentions[n + 1]
            if nxt.kind == "date" and nxt.year is not None and nxt.year > 0 and not nxt.bengali:
                return nxt.year
        return None

    def own_day(self) -> date | None:
        """The day the article calls today, else the anchor. The first relative day written next to
        a date or a weekday outside quotations names it: "আজ মঙ্গলবার", "আজ (১৭ ডিসেম্বর)",
        "গতকাল শুক্রবার" (so today is Saturday), "আগামীকাল (রোববার)"."""
        ref = self.ref
        assert ref is not None
        mentions = self.scan.mentions
        for n, m in enumerate(mentions):
            if m.kind != "relday" or self.quote(m.start) is not None:
                continue
            for other in mentions[n + 1:n + 3]:
                if not _adjacent(self.text, m, other):
                    break
                if _is_day(other) and not other.named:
                    assert other.month is not None and other.day is not None
                    year = other.year or _nearest_year(other.month, other.day, ref)
                    found = _safe_date(year, other.month, other.day)
                    if found is not None and abs((found - ref).days) <= OWN_DAY_WINDOW:
                        return found - timedelta(days=m.offset)
                if other.kind == "weekday" and other.weekday is not None and other.direction is None:
                    return _weekday_near(ref, (other.weekday - m.offset) % 7)
        return self.report_day() or ref

    def report_day(self) -> date | None:
        """The day a report was written, when its first weekday-date pair outside quotations lies a
        few days before the anchor and the article's only relative days are আজ: "সোমবার (২৯
        ডিসেম্বর) ... আজ সকাল ৯টায় ... রেকর্ড করা হয়" published on the 30th is the 29th's report, and
        the annotators read its আজ as the 29th. A গতকাল or আগামীকাল leaves the anchor alone: with
        them the writer counts from the day the paper came out ("গতকাল রোববার (২৮ ডিসেম্বর)")."""
        ref = self.ref
        assert ref is not None
        outside = [m for m in self.scan.mentions if m.kind in ("relday", "kal") and self.quote(m.start) is None]
        if not outside or any(m.kind == "kal" or m.offset != 0 for m in outside):
            return None
        for weekday, day, later in _adjacent_pairs(self.scan):
            if self.quote(weekday.start) is not None or self.tense(later)[0] == "future":
                continue
            if self.night_after(later):
                return None  # "সোমবার (২৯ ডিসেম্বর) রাতে ... আটক": reported the next morning
            found = _date_with_year(day, self.scan, ref, weekday=weekday.weekday)
            if found is not None and 0 < (ref - found).days <= REPORT_DAY_WINDOW:
                return found
            return None
        return None

    def night_after(self, mention: _Mention) -> bool:
        """The mention is followed by a night word ("রাতে", "দিবাগত রাতে"), past a closing bracket."""
        words = self.scan.words
        k = mention.tok_end
        while k < len(words) and words[k] in ("(", ")", ","):
            k += 1
        return k < len(words) and lex.PARTS_OF_DAY.get(words[k]) == "night"

    def absolute(self, m: _Mention, base: date | None, fiscal_hint: int | None = None) -> tuple[str | None, str]:
        """Value of a date, year span or fiscal year: needs `base` only to complete a missing year.
        `fiscal_hint` is the first year of a fiscal year named just before: a month without a year
        after it is that fiscal year's ("ওই অর্থবছরের ... জুলাইয়ে ১৯১ কোটি, আগস্টে ...")."""
        if m.kind == "years":
            assert m.year is not None and m.end_year is not None
            return f"{_full_year(m.year, base)}/{_full_year(m.end_year, base)}", "interval"
        if m.kind == "fiscal":
            start = m.year
            if start is None:
                if base is None or m.year_rel is None:
                    return None, "interval" if base is None else "skip"
                start = _fiscal_start(base) + m.year_rel
            return f"{start}-{lex.FISCAL_YEAR_START_MONTH:02d}/{start + 1}-{lex.FISCAL_YEAR_START_MONTH - 1:02d}", "interval"
        if (fiscal_hint is not None and m.year is None and m.year_rel is None and m.direction is None
                and m.month is not None and m.range_start is None and not m.bengali):
            m = replace(m, year=fiscal_hint + (m.month < lex.FISCAL_YEAR_START_MONTH))
        return self.calendar_date(m, base)

    def calendar_date(self, m: _Mention, base: date | None) -> tuple[str | None, str]:
        granularity = "day" if m.day is not None else "month" if m.month is not None else "year"
        year = m.year
        if year is not None:
            year = _full_year(year, base)
        if m.bengali:
            return _bengali_value(m, base), "day"
        if m.fiscal_month:
            start = year
            if start is None:
                if base is None or m.year_rel is None:
                    return None, "month"
                start = _fiscal_start(base) + m.year_rel
            assert m.month is not None
            return f"{start + (m.month < lex.FISCAL_YEAR_START_MONTH):04d}-{m.month:02d}", "month"
        if year is None and m.year_rel is not None and base is not None:
            year = base.year + m.year_rel
        month = m.month
        if year is None:
            if base is None:
                return None, granularity
            if month is None and m.day is not None:
                year, month = self.day_of_month(m, base)
            else:
                year = self.complete_year(m, base)
            if year is None:
                return None, "skip"
        if month is None:
            return f"{year:04d}", "year"
        if m.day is None:
            return f"{year:04d}-{month:02d}", "month"
        found = _safe_date(year, month, m.day)
        return (found.isoformat(), "day") if found else (None, "skip")

    def written_year(self, m: _Mention) -> int | None:
        """The year of the same day and month written out with a year elsewhere in the article."""
        years = {other.year for other in self.scan.mentions
                 if other.kind == "date" and other.day == m.day and other.month == m.month
                 and other.year is not None and other.year > 0 and not other.bengali}
        return years.pop() if len(years) == 1 else None

    def era_year(self, m: _Mention, base: date) -> int | None:
        """The year of a day that names an era (`lex.ERA_DAYS`: "৫ আগস্টের পর", "গত ৫ আগস্টের আগে")
        when "after/before" follows it and the reference day is after it."""
        assert m.month is not None and m.day is not None
        era = lex.ERA_DAYS.get((m.month, m.day))
        if era is None or date(*era) >= base:
            return None
        after = self.text[m.end:m.end + 12].split()
        return era[0] if after and after[0] in lex.ERA_POSTPOSITIONS else None

    def scheduled(self, m: _Mention, base: date) -> bool:
        """A day-month whose next occurrence is at most SCHEDULE_DAYS_AHEAD away, in a sentence
        about a published schedule (তফসিল, ভোটগ্রহণ, মনোনয়ন ...)."""
        assert m.month is not None and m.day is not None
        coming = [d for y in (base.year, base.year + 1) if (d := _safe_date(y, m.month, m.day)) and d >= base]
        if not coming or (min(coming) - base).days > lex.SCHEDULE_DAYS_AHEAD:
            return False
        sentence = self.sentence(m.start)
        if sentence is None:
            return False
        for other in self.scan.mentions:
            # a day of a past year in the same sentence ("সাতই মার্চ ভোটের পরদিন আটই মার্চ", where
            # "১৯৭৩ সালের সাতই মার্চ" was written before) makes it a story of that year
            if (other is not m and sentence.start <= other.start < sentence.end and other.kind == "date"
                    and other.day is not None and (self.written_year(other) or base.year) < base.year):
                return False
        words = self.text[sentence.start:sentence.end].split()
        return any(word.startswith(lex.SCHEDULE_STEMS) for word in words)

    def day_of_month(self, m: _Mention, base: date) -> tuple[int, int]:
        """"২৬ তারিখ": that day of the reference month or a neighbouring one, nearest the reference
        day within two weeks, else the next one for the future tense and the last one otherwise."""
        assert m.day is not None
        found = []
        for step in (-1, 0, 1):
            total = base.year * 12 + base.month - 1 + step
            day = _safe_date(total // 12, total % 12 + 1, m.day)
            if day is not None:
                found.append(day)
        if not found:
            return base.year, base.month
        nearest = min(found, key=lambda d: abs((d - base).days))
        if abs((nearest - base).days) > NEAREST_DAYS:
            later = [d for d in found if d >= base]
            earlier = [d for d in found if d <= base]
            if self.tense(m)[0] == "future" and later:
                nearest = min(later)
            elif earlier:
                nearest = max(earlier)
        return nearest.year, nearest.month

    def complete_year(self, m: _Mention, base: date) -> int | None:
        """The year of a day-month or month written without one (see the module docstring)."""
        assert m.month is not None
        start = m.range_start
        if start is not None:
            start_value = self.calendar_date(start, base)[0] if start.kind == "date" else None
            if start_value:
                begin = date.fromisoformat((start_value + "-01-01")[:10])  # first day of the start
                for year in (begin.year, begin.year + 1):
                    if _safe_date(year, m.month, m.day or 1) and date(year, m.month, m.day or 1) >= begin:
                        return year
        direction = m.direction if m.direction is not None else (start.direction if start else None)
        tense = self.tense(m)[0]
        if m.day is not None:
            if direction is None:
                written = self.written_year(m)
                if written is not None:
                    return written  # "১৯৭৩ সালের সাতই মার্চ ... সাতই মার্চ ভোটের পরদিন"
            if direction in (None, -1):
                era = self.era_year(m, base)
                if era is not None:
                    return era  # "৫ আগস্টের পর": 2024
            if direction is None and tense != "future" and self.scheduled(m, base):
                tense = "future"  # "ইসি ১২ ফেব্রুয়ারি ভোটের তারিখ ঘোষণা করেছে": the coming vote
            return _day_year(m.month, m.day, base, direction, tense)
        return _month_year(m.month, base, direction, tense)

    def day_relative(
        self, m: _Mention, n: int, base: date | None, days: dict[int, date], last_day: tuple[date, int] | None
    ) -> tuple[str | None, str]:
        """Weekdays, আজ/গতকাল/কাল, একই দিনে/পরদিন and "দুই দিন আগে": a written date next to them
        wins ("রোববার (২৮ ডিসেম্বর)", "পরদিন (১৯ জানুয়ারি)")."""
        kind = m.kind
        granularity = _GRANULARITY_OF_UNIT[m.unit or "D"] if kind == "ago" else "day"
        neighbour = self.adjacent_day(n, days)
        if kind == "backday":
            if neighbour is not None:
                return neighbour.isoformat(), "day"
            if last_day is None or self.sentence_index(m.start) - last_day[1] > BACK_REFERENCE_SENTENCES:
                return None, "skip"
            return (last_day[0] + timedelta(days=m.offset)).isoformat(), "day"
        if kind == "ago" and self.followed_by_date(n):
            return None, "skip"  # "পাঁচ বছর আগে ২০১৮ সালের ৮ই জানুয়ারি": the date says it
        if base is None:
            return None, granularity
        if kind == "relday":
            if neighbour is not None:  # "আগামীকাল (৩১ ডিসেম্বর)": the written date
                return neighbour.isoformat(), "day"
            return self.named_relative_day(n, base + timedelta(days=m.offset)).isoformat(), "day"
        if kind == "kal":
            if neighbour is not None:
                return neighbour.isoformat(), "day"
            tense = self.tense(m)[0]
            if tense in ("future", "past"):
                return (base + timedelta(days=m.offset if tense == "future" else -m.offset)).isoformat(), "day"
            return None, "skip"
        if kind == "weekday":
            return self.weekday(m, n, base, days, neighbour), "day"
        if kind == "ago" and m.unit == "W" and (m.amount or 0) > 0:
            # weeks counted forward end on no week the text names: the gold places "চার সপ্তাহ পর"
            # in its month (jn bn-8d9962be2c: 2026-01)
            return (base + timedelta(weeks=int(m.amount or 0))).strftime("%Y-%m"), "month"
        if kind == "ago":
            return _shift(base, m.unit or "D", int(m.amount or 0)), granularity
        return None, "skip"

    def named_relative_day(self, n: int, day: date) -> date:
        """"গতকাল শুক্রবার" in a round-up of other days' news: the weekday written next to the
        relative day moves it to the nearest such day (within three days)."""
        mentions = self.scan.mentions
        if n + 1 < len(mentions) and _adjacent(self.text, mentions[n], mentions[n + 1]):
            other = mentions[n + 1]
            if other.kind == "weekday" and other.weekday is not None and other.direction is None:
                shift = (other.weekday - day.weekday() + 3) % 7 - 3
                return day + timedelta(days=shift)
        return day

    def followed_by_date(self, n: int) -> bool:
        mentions = self.scan.mentions
        return (n + 1 < len(mentions) and mentions[n + 1].kind == "date"
                and _adjacent(self.text, mentions[n], mentions[n + 1]))

    def back_year_date(
        self, m: _Mention, base: date | None, last_year: int | None, last_fiscal: int | None
    ) -> tuple[str | None, str]:
        """"একই বছরের ৩১ জুলাই", "ওই অর্থবছরের": relative to the last year (or fiscal year) named."""
        offset = m.year_back or 0
        if m.kind == "fiscal" or m.fiscal_month:
            if last_fiscal is None:
                return None, "skip"
            start = last_fiscal + offset
            if m.kind == "fiscal":
                return f"{start}-07/{start + 1}-06", "interval"
            assert m.month is not None
            return f"{start + (m.month < lex.FISCAL_YEAR_START_MONTH):04d}-{m.month:02d}", "month"
        if last_year is None:  # nothing named before: read it as if the reference were not there
            return self.calendar_date(replace(m, year_back=None), base)
        return self.calendar_date(replace(m, year=last_year + offset, year_back=None), base)

    def adjacent_day(self, n: int, days: dict[int, date]) -> date | None:
        """The day of an explicit date written right next to mention n ("রোববার (২৮ ডিসেম্বর)")."""
        mentions = self.scan.mentions
        for k in (n + 1, n - 1, n + 2, n - 2):
            if not 0 <= k < len(mentions) or k not in days:
                continue
            if mentions[k].kind != "date" or mentions[k].day is None:
                continue
            if self.side_by_side(min(n, k), max(n, k)):
                return days[k]
        return None

    def side_by_side(self, first: int, last: int) -> bool:
        """Mentions first..last are written one right after the other."""
        chain = self.scan.mentions[first:last + 1]
        return all(_adjacent(self.text, a, b) for a, b in pairwise(chain))

    def weekday(
        self, m: _Mention, n: int, base: date, days: dict[int, date], neighbour: date | None
    ) -> str:
        assert m.weekday is not None
        if neighbour is not None:
            return neighbour.isoformat()
        mentions = self.scan.mentions
        # "আজ মঙ্গলবার", "আগামীকাল (বুধবার)": the relative day's date, when the weekday agrees
        for k in (n - 1, n - 2):
            if (k >= 0 and mentions[k].kind == "relday" and k in days and self.side_by_side(k, n)
                    and days[k].weekday() == m.weekday):
                return days[k].isoformat()
        if m.week_rel is not None:
            saturday = base - timedelta(days=(base.weekday() - 5) % 7)
            return (saturday + timedelta(days=7 * m.week_rel + (m.weekday - 5) % 7)).isoformat()
        if m.direction is not None:
            return _weekday_step(base, m.weekday, m.direction).isoformat()
        same = self.same_sentence_day(m, base)
        if same is not None:
            return same.isoformat()
        dated = self.dated_before(m, n, base, days)
        if dated is not None:
            return dated.isoformat()
        tense, until = self.tense(m)
        if tense == "future" or (until and tense != "past"):
            return _weekday_step(base, m.weekday, 1, inclusive=True).isoformat()
        return _weekday_step(base, m.weekday, -1, inclusive=True).isoformat()

    def dated_before(self, m: _Mention, n: int, base: date, days: dict[int, date]) -> date | None:
        """The same weekday written earlier in the article with its date ("রোববার (২৮ ডিসেম্বর) …
        রোববার রাতে … বন্ধ থাকবে"): that day, when it lies within a week of the base; the tense of
        the later mention does not move it to the next such day."""
        mentions = self.scan.mentions
        for k in range(n - 1, -1, -1):
            other = mentions[k]
            if other.kind != "weekday" or other.weekday != m.weekday or other.direction is not None \
                    or other.week_rel is not None or k not in days:
                continue
            if self.adjacent_day(k, days) is not None and abs((days[k] - base).days) <= 7:
                return days[k]
        return None

    def same_sentence_day(self, m: _Mention, base: date) -> date | None:
        """A date written in the same sentence that falls on this weekday within a week of the base."""
        found = {
            day for day in self.sentence_days.get(self.sentence_index(m.start), ())
            if day.weekday() == m.weekday and abs((day - base).days) <= 7
        }
        return min(found, key=lambda d: abs((d - base).days)) if found else None


# ---------------------------------------------------------------------------------------------
# Date arithmetic


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _fiscal_start(day: date) -> int:
    """First calendar year of the Bangladesh fiscal year (July-June) containing `day`."""
    return day.year if day.month >= lex.FISCAL_YEAR_START_MONTH else day.year - 1


def _nearest_year(month: int, day: int, base: date) -> int:
    found = [d for y in (base.year - 1, base.year, base.year + 1) if (d := _safe_date(y, month, day))]
    return min(found, key=lambda d: abs((d - base).days)).year if found else base.year


def _day_year(month: int, day: int, base: date, direction: int | None, tense: str | None) -> int | None:
    found = [d for y in (base.year - 1, base.year, base.year + 1) if (d := _safe_date(y, month, day))]
    if not found:
        return None
    past = [d for d in found if d <= base]
    future = [d for d in found if d >= base]
    if direction == -1:
        return max(past).year if past else None
    if direction == 1:
        return min(future).year if future else None
    if direction == 0:
        return base.year
    nearest = min(found, key=lambda d: abs((d - base).days))
    if abs((nearest - base).days) <= NEAREST_DAYS:
        return nearest.year
    if tense == "future" and future:
        return min(future).year
    if tense != "past" and abs((nearest - base).days) <= NEAR_UNMARKED_DAYS:
        return nearest.year
    return max(past).year if past else nearest.year


def _month_year(month: int, base: date, direction: int | None, tense: str | None) -> int:
    back = (base.month - month) % 12
    ahead = (month - base.month) % 12
    prev_year = base.year if month <= base.month else base.year - 1
    next_year = base.year if month >= base.month else base.year + 1
    if direction == -1:
        return base.year if month < base.month else base.year - 1
    if direction == 1:
        return base.year if month > base.month else base.year + 1
    if direction == 0 or back == 0:
        return base.year
    if tense == "future":
        return next_year
    if tense == "past":
        return prev_year
    return next_year if ahead <= 2 else prev_year


def _weekday_step(base: date, weekday: int, direction: int, *, inclusive: bool = False) -> date:
    """The nearest `weekday` after (direction 1) or before (-1) `base`; `inclusive` allows base."""
    if direction >= 0:
        ahead = (weekday - base.weekday()) % 7
        return base + timedelta(days=ahead if ahead or inclusive else 7)
    back = (base.weekday() - weekday) % 7
    return base - timedelta(days=back if back or inclusive else 7)


def _weekday_near(ref: date, weekday: int) -> date:
    """The day named `weekday` in the week up to the day after `ref` (the article's own day)."""
    candidate = _weekday_step(ref + timedelta(days=1), weekday, -1, inclusive=True)
    return candidate


def _shift(base: date, unit: str, amount: int) -> str:
    """base moved by `amount` units, written at the unit's granularity."""
    if unit == "D":
        return (base + timedelta(days=amount)).isoformat()
    if unit == "W":
        year, week, _ = (base + timedelta(weeks=amount)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "M":
        total = base.year * 12 + base.month - 1 + amount
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    return f"{base.year + amount:04d}"


def _duration_value(m: _Mention) -> str | None:
    if m.amount is None or m.unit is None:
        return None
    amount = m.amount
    text = f"{amount:g}"
    if m.unit in ("D", "W", "M", "Y"):
        return f"P{text}{m.unit}"
    if m.unit == "DEC":
        return f"P{amount * 10:g}Y"
    if m.unit == "CEN":
        return f"P{amount * 100:g}Y"
    return f"PT{text}{'H' if m.unit == 'H' else 'M'}"


def _bengali_value(m: _Mention, base: date | None) -> str | None:
    """Gregorian day of a Bengali-calendar date (revised Bangladesh calendar)."""
    assert m.month is not None and m.day is not None
    if m.year is not None:
        return _from_bengali(m.year, m.month, m.day).isoformat()
    if base is None:
        return None
    years = (base.year - lex.BENGALI_YEAR_OFFSET - 1, base.year - lex.BENGALI_YEAR_OFFSET)
    found = [_from_bengali(y, m.month, m.day) for y in years]
    return min(found, key=lambda d: abs((d - base).days)).isoformat()


def _from_bengali(year: int, month: int, day: int) -> date:
    gregorian = year + lex.BENGALI_YEAR_OFFSET
    start = date(gregorian, *lex.BENGALI_NEW_YEAR)
    lengths = list(lex.BENGALI_MONTH_DAYS)
    if calendar.isleap(gregorian + 1):
        lengths[10] += 1  # ফাল্গুন falls in Feb-Mar of the next Gregorian year
    return start + timedelta(days=sum(lengths[:month - 1]) + day - 1)


# ---------------------------------------------------------------------------------------------
# Text helpers


def _quotations(text: str) -> list[Span]:
    out: list[Span] = []
    for para in paragraphs(text):
        out.extend(quotation_spans(text, para.start, para.end))
    return out


def _adjacent(text: str, first: _Mention, second: _Mention) -> bool:
    """Two mentions written side by side: only spaces, brackets, a comma or রোজ ("day") between them
    ("রোববার (২৮ ডিসেম্বর)", "১২ই জানুয়ারি রোজ সোমবার")."""
    gap = text[first.end:second.start].replace("রোজ", "")
    return len(gap) <= 4 and all(ch in " ,()\u00a0" for ch in gap)


def _is_part_of_day(word: str) -> bool:
    return word in lex.PARTS_OF_DAY


def _verb_tense(word: str, following: str) -> str | None:
    """The tense a word marks, if it is a finite verb (or কথা রয়েছে / কথা ছিল / পরিকল্পনা রয়েছে)."""
    if word in lex.SCHEDULE_WORDS:
        if following in ("রয়েছে", "আছে") or (word == "কথা" and following == lex.SCHEDULED_BECAUSE):
            return "future"
        if following.startswith("ছিল"):
            return "past"
        return None
    if word in lex.PRESENT_WORDS:
        return "present"
    if word in _FUTURE_WORDS:
        return "future"
    if word in lex.PAST_WORDS or word.endswith(lex.PAST_ENDINGS):
        return "past"
    if _is_progressive(word):
        return "present"
    return None


def _is_progressive(word: str) -> bool:
    """করছে, হচ্ছে, বলছেন: -ছে right after a consonant (not কাছে, পৌঁছে, গাছে)."""
    for ending in ("ছে", "ছেন"):
        if word.endswith(ending) and len(word) > len(ending):
            before = word[-len(ending) - 1]
            # a consonant or a virama (হচ্ছে); a vowel sign or ঁ means a postposition or participle
            return "\u0995" <= before <= "\u09b9" or before in "\u09cd\u09dc\u09dd\u09df\u09bc"
    return False


# ---------------------------------------------------------------------------------------------
# Publication date


def _is_day(m: _Mention) -> bool:
    return m.kind == "date" and m.day is not None and m.month is not None and not m.bengali


def _dateline(scan: _Scan) -> _Mention | None:
    """The date of a "প্রকাশ:" (published) line near the top, else a dateline on the first line (or the one after a headline line),
    before the story's first sentence ends: a date followed by a dash ("…, সেপ্টেম্বর 12 –") or a
    weekday-date header with its year ("ঢাকা মঙ্গলবার, ৩০ ডিসেম্বর ২০২৫"). A dated first sentence
    ("২০১৮ সালের ৩০শে ডিসেম্বর অনুষ্ঠিত হয় ...") is not a dateline."""
    text = scan.text
    mentions = scan.mentions
    for m in mentions:
        if m.start > DATELINE_REACH * 2:
            break
        if _is_day(m) and "প্রকাশ" in text[max(0, m.start - 12):m.start]:
            return m
    for top in _dateline_tops(text):
        found = _dateline_from(text, mentions, top)
        if found is not None:
            return found
    return None


def _dateline_from(text: str, mentions: Sequence[_Mention], top: int) -> _Mention | None:
    """A dateline on the line that starts at `top`, before its first sentence ends."""
    for n, m in enumerate(mentions):
        if m.start < top:
            continue
        head = text[top:m.start]
        if m.start - top > DATELINE_REACH or "\n" in head or any(ch in head for ch in "।?!"):
            break
        if not _is_day(m):
            continue
        rest = text[m.end:m.end + 4].lstrip(" ,")
        if rest[:1] in ("–", "—", "-", ":", "|"):
            return m
        before = mentions[n - 1] if n else None
        if (m.year is not None and before is not None and before.kind == "weekday"
                and _adjacent(text, before, m)):
            return m
    return None


def _dateline_tops(text: str) -> list[int]:
    """Where a dateline's line may start: the top, and the line after a headline standing alone on
    the first line (a Word document's or a pasted story's first paragraph: a short line with no
    sentence end, "কিম-পুতিন বৈঠক\n\nঢাকা, ৩ মার্চ ২০২৪ — …")."""
    first, newline, rest = text.partition("\n")
    if newline and first.strip() and len(first) <= DATELINE_REACH and not any(ch in first for ch in "।?!"):
        return [0, len(text) - len(rest.lstrip("\n"))]
    return [0]


def _infer_year(month: int, day: int, scan: _Scan, today: date) -> int | None:
    """The year in which the article's weekday-date pairs agree, nearest `today` (2000..today+1);
    without pairs, the one whose weekday the article names most."""
    pairs = _weekday_pairs(scan)
    counts = [0] * 7
    for m in scan.mentions:
        if m.kind == "weekday" and m.weekday is not None and m.direction is None and m.week_rel is None:
            counts[m.weekday] += 1
    best: tuple[int, int] | None = None
    for year in range(today.year + 1, 1999, -1):
        anchor = _safe_date(year, month, day)
        if anchor is None:
            continue
        if pairs:
            score = sum(1 for wd, mo, da in pairs if _pair_day(anchor, mo, da).weekday() == wd)
            if score < len(pairs):
                continue
        else:
            score = counts[anchor.weekday()]
            if score == 0:
                continue
        if best is None or score > best[1]:
            best = (year, score)
    return best[0] if best else None


def _pair_day(anchor: date, month: int, day: int) -> date:
    """The date with this month and day nearest `anchor`."""
    found = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    return min(found, key=lambda d: abs((d - anchor).days)) if found else anchor


def _weekday_pairs(scan: _Scan) -> list[tuple[int, int, int]]:
    """(weekday, month, day) of every weekday written next to a day-month."""
    return [(w.weekday, d.month, d.day) for w, d, _ in _adjacent_pairs(scan)
            if w.weekday is not None and d.month is not None and d.day is not None]


def _today_in_text(scan: _Scan, today: date) -> date | None:
    """A date the article itself calls today, outside quotations: "আজ (৩০ ডিসেম্বর)",
    "আজ মঙ্গলবার (৩০ ডিসেম্বর)" (a chain, each mention written beside the one before it)."""
    mentions = scan.mentions
    quotes: list[Span] | None = None
    for n, m in enumerate(mentions):
        if m.kind != "relday" or m.offset != 0:
            continue
        previous = m
        for other in mentions[n + 1:n + 3]:
            if not _adjacent(scan.text, previous, other):
                break
            previous = other
            if _is_day(other):
                quotes = _quotations(scan.text) if quotes is None else quotes
                if not any(q.start < m.start < q.end for q in quotes):
                    return _date_with_year(other, scan, today)
    return None


def _named_today(scan: _Scan, today: date) -> date | None:
    """The day of the weekday the article calls today outside quotations ("আজ সোমবার"), within a
    week of its first weekday-date pair outside quotations: after it when the pair's clause is not
    about the future ("রোববার (২৮ ডিসেম্বর) ... ছিল" -> Monday 29 December), before it when it is.
    None when the article calls two weekdays today."""
    text, mentions = scan.text, scan.mentions
    quotes = _quotations(text)

    def quoted(m: _Mention) -> bool:
        return any(q.start < m.start < q.end for q in quotes)

    named = {other.weekday for n, m in enumerate(mentions) if m.kind == "relday" and m.offset == 0 and not quoted(m)
             for other in mentions[n + 1:n + 2]
             if other.kind == "weekday" and other.direction is None and other.week_rel is None
             and _adjacent(text, m, other)}
    if len(named) != 1:
        return None
    weekday = named.pop()
    assert weekday is not None
    resolver = _Resolver(text, scan, None, split_sentences(text))
    for pair_weekday, day, later in _adjacent_pairs(scan):
        if quoted(pair_weekday):
            continue
        found = _date_with_year(day, scan, today, weekday=pair_weekday.weekday)
        if found is None:
            return None
        if resolver.tense(later)[0] == "future":
            return found - timedelta(days=(found.weekday() - weekday) % 7)
        return found + timedelta(days=(weekday - found.weekday()) % 7)
    return None


def _lead_pair(scan: _Scan, today: date) -> date | None:
    """The first weekday-date pair ("মঙ্গলবার (৩০ ডিসেম্বর) ... জানান") in the lead whose clause is not
    about the future: Bangladeshi reports open with the day of the event they report. Later pairs
    are often timetables ("১২ই জানুয়ারি রোজ সোমবার")."""
    pairs = _adjacent_pairs(scan)
    if not pairs:
        return None
    spans = split_sentences(scan.text)
    lead_end = spans[min(LEAD_SENTENCES, len(spans)) - 1].end if spans else 0
    resolver = _Resolver(scan.text, scan, None, spans)
    for weekday, day, later in pairs:
        if weekday.start >= lead_end:
            break
        if resolver.tense(later)[0] != "future" and resolver.quote(weekday.start) is None:
            return _date_with_year(day, scan, today, weekday=weekday.weekday)
    return None


def _adjacent_pairs(scan: _Scan) -> list[tuple[_Mention, _Mention, _Mention]]:
    """(weekday, day-month, whichever of them is written second) for each weekday written next to a
    day-month: "রোববার (২৮ ডিসেম্বর)", "২৮শে ডিসেম্বর, মঙ্গলবার"."""
    out = []
    mentions = scan.mentions
    for n, m in enumerate(mentions):
        if m.kind != "weekday" or m.direction is not None or m.week_rel is not None:
            continue
        for k in (n + 1, n - 1):
            if not 0 <= k < len(mentions):
                continue
            other = mentions[k]
            first, second = (m, other) if k > n else (other, m)
            if _is_day(other) and other.direction is None and _adjacent(scan.text, first, second):
                out.append((m, other, second))
                break
    return out


def _date_with_year(m: _Mention, scan: _Scan, today: date, *, weekday: int | None = None) -> date | None:
    assert m.month is not None and m.day is not None
    if m.year is not None:
        return _safe_date(m.year, m.month, m.day)
    if weekday is not None:
        for year in range(today.year + 1, 1999, -1):
            found = _safe_date(year, m.month, m.day)
            if found is not None and found.weekday() == weekday and found <= today + timedelta(days=366):
                return found
        return None
    inferred = _infer_year(m.month, m.day, scan, today)
    return _safe_date(inferred, m.month, m.day) if inferred else None
