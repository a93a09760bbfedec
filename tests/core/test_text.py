from __future__ import annotations

import unicodedata

import pytest

from core import lexicon
from core.models import Span
from core.text import (
    blank_out,
    case_stems,
    normalize,
    page_furniture,
    parse_number,
    quotation_spans,
    repeated_copies,
    sentences,
    shorten,
    strip_case_ending,
    to_latin_digits,
    tokens,
)

PRECOMPOSED_YA = "রাশি\u09df"  # য় as one code point (U+09DF)
DECOMPOSED_YA = "রাশি\u09af\u09bc"  # য + nukta


def test_both_encodings_of_ya_normalise_to_one_form() -> None:
    assert normalize(PRECOMPOSED_YA) == normalize(DECOMPOSED_YA)
    assert normalize("পড়া") == normalize("প\u09dcা")


@pytest.mark.parametrize("raw, expected", [
    ("কি\u200cম", "কিম"),
    ("\ufeffসিউল", "সিউল"),
    ("এক\r\nদুই", "এক\nদুই"),
    ("উৎস", "উৎস"),
    ("উত্\u200dস", "উৎস"),
    ("a\x00b\x07c", "abc"),
    ("“উদ্ধৃতি” ও ‘শব্দ’", "“উদ্ধৃতি” ও ‘শব্দ’"),
    ("কাটিয়েছি৷ আমাকে", "কাটিয়েছি। আমাকে"),
])
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_lexicon_strings_are_nfc() -> None:
    for name in dir(lexicon):
        value = getattr(lexicon, name)
        items = value if isinstance(value, (tuple, frozenset)) else ()
        for item in items:
            assert unicodedata.normalize("NFC", item) == item, (name, item)


def test_digits() -> None:
    assert to_latin_digits("১২ সেপ্টেম্বর ২০২৩") == "12 সেপ্টেম্বর 2023"
    assert parse_number("১০") == 10
    assert parse_number("12") == 12
    assert parse_number("বারো") is None


def test_tokens_have_offsets_into_text() -> None:
    text = "কিমের সফর, রাশিয়ায়। হো-জিন ১২"
    found = tokens(text)
    assert [t.text for t in found] == ["কিমের", "সফর", ",", "রাশিয়ায়", "।", "হো", "-", "জিন", "১২"]
    assert all(text[t.start:t.end] == t.text for t in found)


@pytest.mark.parametrize("word, stem", [
    ("কিমের", "কিম"),
    ("রাশিয়াকে", "রাশিয়া"),
    ("রাশিয়ায়", "রাশিয়া"),
    ("বিটিএমএর", "বিটিএমএ"),
    ("চীনে", "চীন"),
    ("নোয়াখালীতে", "নোয়াখালী"),
    ("রিয়ং-এর", "রিয়ং"),
    ("ছাত্রদের", "ছাত্র"),
])
def test_stem_candidates_include_nominative(word: str, stem: str) -> None:
    assert stem in case_stems(normalize(word))


def test_strip_case_ending_prefers_known_names() -> None:
    assert strip_case_ending("কিমের", {"কিম"}) == "কিম"
    assert strip_case_ending("সাগর", {"সাগর"}) == "সাগর"
    assert strip_case_ending("অজানা", {"কিম"}) == "অজানা"


def _sentence_texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


def test_sentences_split_on_danda_and_lines() -> None:
    assert _sentence_texts("প্রথম বাক্য। দ্বিতীয় বাক্য?\nতৃতীয়") == ["প্রথম বাক্য।", "দ্বিতীয় বাক্য?", "তৃতীয়"]


def test_sentences_do_not_split_inside_quotes() -> None:
    text = "“এটি হবে। দুটি দল আসবে,” পেসকভ বলেন। পরের বাক্য।"
    assert _sentence_texts(text) == ["“এটি হবে। দুটি দল আসবে,” পেসকভ বলেন।", "পরের বাক্য।"]


def test_quote_ending_with_danda_ends_the_sentence() -> None:
    text = "তিনি বলেন, ‘আমরা যাব। তোমরা থাকো।’ সুতার দাম বাড়ছে।"
    assert _sentence_texts(text) == ["তিনি বলেন, ‘আমরা যাব। তোমরা থাকো।’", "সুতার দাম বাড়ছে।"]


def test_unclosed_quote_does_not_swallow_the_paragraph_forever() -> None:
    text = "তিনি বলেন, “শেষ হয়নি। আরও আছে।\nনতুন অনুচ্ছেদ। শেষ।"
    assert _sentence_texts(text)[-2:] == ["নতুন অনুচ্ছেদ।", "শেষ।"]
    assert quotation_spans(text) == []


def test_abbreviation_full_stop_does_not_split() -> None:
    assert _sentence_texts("ড. ইউনূস বলেন. পরে আসেন মো. রহিম.") == ["ড. ইউনূস বলেন.", "পরে আসেন মো. রহিম."]


@pytest.mark.parametrize("text, expected", [
    # text tokenised word by word sets the abbreviation's stop apart; a sentence still ends at a word's
    ("এসআই মো . আনোয়ার হোসেন জানান . পরে আসেন।", ["এসআই মো . আনোয়ার হোসেন জানান .", "পরে আসেন।"]),
    ("অধ্যক্ষ মু . আহসান হাবিব বলেন।", ["অধ্যক্ষ মু . আহসান হাবিব বলেন।"]),
])
def test_an_abbreviations_stop_set_apart_does_not_split(text: str, expected: list[str]) -> None:
    assert _sentence_texts(text) == expected


def test_apostrophe_inside_word_is_not_a_quote() -> None:
    text = "TASS’র খবর ‘সফর’ নিয়ে।"
    spans = quotation_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["‘সফর’"]


@pytest.mark.parametrize("text, expected", [
    # a case ending written onto the closing mark closes the quotation when nothing else does
    ("তিনি বলেন, ‘এসব পোলাপাইন’ও জানে না। সোমবার (২৯ ডিসেম্বর) তিনি ‘আমরা’ বলেন।", ["‘এসব পোলাপাইন’", "‘আমরা’"]),
    ("‘সোনার বাংলা’র কথা। তারপর বাকিটা।", ["‘সোনার বাংলা’"]),
    # ... but a plain closing mark later in the paragraph wins: ’র was an apostrophe inside the quotation
    ("তিনি বলেন, ‘রহিম’র কথা শুনুন’। পরে তিনি যান।", ["‘রহিম’র কথা শুনুন’"]),
    ("ও বলল, ‘আমি যাব’ আর সে ‘তুমি’র কথা বলল।", ["‘আমি যাব’", "‘তুমি’"]),
])
def test_a_closing_mark_with_a_case_ending_closes_what_nothing_else_closes(text: str, expected: list[str]) -> None:
    text = normalize(text)
    assert [text[s.start:s.end] for s in quotation_spans(text)] == expected


def test_the_look_alike_danda_ends_a_sentence() -> None:
    text = normalize("আমি জেলেও কাটিয়েছি৷ আমাকে নোটিশ দেওয়া হয়নি৷")
    assert len(sentences(text)) == 2


_DOUBLED = ("পুলিশ বিবিসিকে জানিয়েছে, ওই ঘটনায় ছয় জনকে গ্রেফতার করা হয়েছে। "
            "পুলিশ বিবিসিকে জানিয়েছে, ওই ঘটনায় ছয় জনকে গ্রেফতার করা হয়েছে। "
            "মি. বাগ বিবিসিকে বলেছেন, \"তিনজন শ্রমিক বিড়ি খাচ্ছিলেন। একজন ঘটনাস্থলেই মারা গেছেন। "
            "মি. বাগ বিবিসিকে বলেছেন, \"তিনজন শ্রমিক বিড়ি খাচ্ছিলেন। একজন ঘটনাস্থলেই মারা গেছেন। "
            "তদন্ত চলছে।")


def test_a_run_of_sentences_printed_twice_has_its_second_copy_found() -> None:
    copies = repeated_copies(_DOUBLED)
    assert [_DOUBLED[c.start:c.end] for c in copies] == [
        "পুলিশ বিবিসিকে জানিয়েছে, ওই ঘটনায় ছয় জনকে গ্রেফতার করা হয়েছে।",
        "মি. বাগ বিবিসিকে বলেছেন, \"তিনজন শ্রমিক বিড়ি খাচ্ছিলেন। একজন ঘটনাস্থলেই মারা গেছেন।",
    ]


@pytest.mark.parametrize("text", [
    "না। না। সে আর আসবে না।",  # a short word said twice is speech
    "ভোট শুরু হয়েছে সকাল আটটায়। দুপুরে বৃষ্টি হয়। ভোট শুরু হয়েছে সকাল আটটায়।",  # not right after
])
def test_short_or_distant_repeats_are_no_copies(text: str) -> None:
    assert repeated_copies(text) == []


def test_blanking_a_copy_keeps_offsets_and_parts_the_paragraphs() -> None:
    copies = repeated_copies(_DOUBLED)
    blank = blank_out(_DOUBLED, copies)
    assert len(blank) == len(_DOUBLED)
    assert blank.count("পুলিশ বিবিসিকে") == 1 and blank.count("মি. বাগ") == 1
    assert all(blank[c.start] == "\n" and not blank[c.start:c.end].strip() for c in copies)
    assert blank[copies[-1].end:] == _DOUBLED[copies[-1].end:]


def test_page_furniture_is_found_where_it_sits() -> None:
    text = ("বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক/ট্যাপ করুন তিনি বলেন, ভোট হবে। "
            "আরও পড়ুন: নতুন খবর")
    assert [text[s.start:s.end] for s in page_furniture(text)] == [
        "বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক/ট্যাপ করুন", "আরও পড়ুন:"]


def test_blanking_overlapping_spans_keeps_the_length() -> None:
    text = "এক দুই তিন চার পাঁচ"
    spans = [Span(4, 11), Span(0, 7)]
    blank = blank_out(text, spans)
    assert len(blank) == len(text) and blank[11:] == text[11:] and not blank[:11].strip()


@pytest.mark.parametrize("text, size, expected", [
    ("পুতিন বলেন", 10, "পুতিন বলেন"),  # fits exactly: left as it is
    ("পুতিন বলেন", 11, "পুতিন বলেন"),
    ("পুতিন বলেন", 9, "পুতিন ব…"),  # cut at most size characters, never inside a letter (লে)
    ("পুতিন বলেছেন", 10, "পুতিন বলে…"),  # cut: size characters with the ellipsis
    ("পুতিন বলেন", 7, "পুতিন…"),  # the space before the cut dropped: the ellipsis follows the word
    ("পুতিন   বলেন", 8, "পুতিন…"),
    ("পুতিন বলেন", 1, "…"),
    ("", 1, ""),
    ("https://example.com/a/very/long/path", 20, "https://example.com…"),
    ("প্রেসিডেন্ট", 10, "প্রেসিডে…"),  # no dangling hasanta: the cluster ন্ট is left whole
    ("প্রেসিডেন্ট", 7, "প্রেসি…"),  # no vowel sign cut from its consonant (ডে)
    ("বলেন", 3, "ব…"),
])
def test_shorten(text: str, size: int, expected: str) -> None:
    assert shorten(text, size) == expected
    assert len(shorten(text, size)) <= size


def test_shorten_needs_room_for_the_ellipsis() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        shorten("পুতিন", 0)
