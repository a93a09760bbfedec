"""The review view's HTML builder: offsets to escaped, well-formed, highlighted HTML."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from ui.editing import change_summary, history_rows, md_escape, plain
from ui.review import (
    Highlight,
    article_html,
    article_spans,
    date_rows,
    dates,
    escape_text,
    header_html,
    highlight_html,
    quote_rows,
    source_mix,
    timeline_rows,
    unsure_note,
)

PERSON = "nr-e nr-person"


def entity(start: int, end: int, css: str = PERSON) -> Highlight:
    return Highlight(start, end, "entity", css)


def quote(start: int, end: int) -> Highlight:
    return Highlight(start, end, "quote", "nr-q nr-direct")


class _Checker(HTMLParser):
    """Fails on a closing tag that does not match the open one; collects the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes nothing open"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def text_of(markup: str) -> str:
    """The text a browser would show, after checking the markup is well formed."""
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    assert checker.stack == [], f"unclosed: {checker.stack}"
    return "".join(checker.text)


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("কিম জং উন ঢাকায়", [entity(0, 9)], '<span class="nr-e nr-person">কিম জং উন</span> ঢাকায়'),
    ("“আলোচনা হবে,” পেসকভ বলেন", [quote(1, 11), entity(14, 19)],
     '“<mark class="nr-q nr-direct">আলোচনা হবে</mark>,” <span class="nr-e nr-person">পেসকভ</span> বলেন'),
    # a name inside a quote nests in it
    ("“কিম আসবেন”", [quote(1, 10), entity(1, 4)],
     '“<mark class="nr-q nr-direct"><span class="nr-e nr-person">কিম</span> আসবেন</mark>”'),
    # the same span as quote and entity: the quote is outside
    ("কিম", [entity(0, 3), quote(0, 3)], '<mark class="nr-q nr-direct"><span class="nr-e nr-person">কিম</span></mark>'),
    # crossing spans are split at the boundary, never mis-nested
    ("abcdef", [quote(0, 4), entity(2, 6)],
     '<mark class="nr-q nr-direct">ab<span class="nr-e nr-person">cd</span></mark><span class="nr-e nr-person">ef</span>'),
    # out of range is clipped, empty and inverted spans are dropped
    ("abc", [entity(-5, 2), entity(2, 2), entity(3, 1), entity(2, 99)],
     '<span class="nr-e nr-person">ab</span><span class="nr-e nr-person">c</span>'),
    ("", [entity(0, 3)], ""),
    ("plain", [], "plain"),
])
def test_highlight_html(text: str, spans: list[Highlight], expected: str) -> None:
    assert highlight_html(text, spans) == expected


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">ক্লিক</a>',
    "</span></mark><script>x</script>",
    "&lt;already escaped&gt; & ' \"",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_is_escaped_inside_and_outside_highlights(payload: str) -> None:
    text = f"শুরু {payload} মাঝে {payload} শেষ"
    first = text.index(payload)
    spans = [quote(first, first + len(payload)), entity(first + 1, first + 5),
             Highlight(0, len(text), "date", "nr-date", payload)]  # in a hover title too
    markup = highlight_html(text, spans)
    assert text_of(markup) == text  # shows exactly the text, nothing more, nothing less
    assert "<script" not in markup and "<img" not in markup and "<a " not in markup
    assert set(re.findall(r"<(\w+)", markup)) <= {"span", "mark"}


def test_control_and_direction_characters_are_shown_not_obeyed() -> None:
    text = "নাম\u202eউল্টো\u2066x\u2069\x00\x1b শেষ\n\tনতুন লাইন জং\u200dউন"
    markup = escape_text(text)
    for code in ("U+202E", "U+2066", "U+2069", "U+0000", "U+001B"):
        assert f'<span class="nr-ctl" title="{code}">{code}</span>' in markup
    assert not re.search("[\u202e\u2066\u2069\x00\x1b]", markup)
    assert "\n\tনতুন" in markup and "\u200d" in markup  # line breaks, tabs and joiners stay text
    assert plain("a\u202eb") == "a[U+202E]b"


def test_very_long_line_is_kept_whole() -> None:
    text = "ক" * 20000 + "<b>"
    assert highlight_html(text, [entity(19990, 20003)]).endswith('<span class="nr-e nr-person">' + "ক" * 10 + "&lt;b&gt;</span>")


def _article(**fields: object) -> dict[str, object]:
    body = "ঢাকা, ৩ অক্টোবর – “আমরা প্রস্তুত,” পেসকভ বলেন।"
    article: dict[str, object] = {
        "id": 7, "title": "শিরোনাম", "outlet": "বার্তা", "author": None, "published": "2023-10-03", "status": "new",
        "url": "https://example.com/a?x=1&y=<2>", "body": body,
        "entities": [
            {"name": "পেসকভ", "type": "PERSON", "status": "active", "mentions": [{"start": 35, "end": 40}]},
            {"name": "ঢাকা", "type": "LOC", "status": "rejected", "mentions": [{"start": 0, "end": 4}]},
        ],
        "quotes": [{"text": "আমরা প্রস্তুত,", "kind": "direct", "start": 19, "end": 33, "speaker": "পেসকভ",
                    "speaker_name": "পেসকভ", "speaker_start": 35, "speaker_end": 40, "status": "active",
                    "source_type": "person"},
                   {"text": "x", "kind": "indirect", "start": None, "end": None, "speaker": None, "speaker_name": None,
                    "speaker_start": None, "speaker_end": None, "status": "active", "source_type": "anonymous"}],
        "events": [{"start": 6, "end": 15, "value": "2023-10-03", "granularity": "day"}],
    }
    article.update(fields)
    return article


def test_article_spans_and_html() -> None:
    article = _article()
    kinds = sorted((s.kind, s.css) for s in article_spans(article))
    assert kinds == [("date", "nr-date"), ("entity", "nr-e nr-person"), ("quote", "nr-q nr-direct"),
                     ("speaker", "nr-speaker")]  # the rejected entity and the offset-less quote are not marked
    markup = article_html(article)
    assert text_of(markup.split("</style>", 1)[1]).endswith(str(article["body"]))
    assert '<span class="nr-speaker" title="speaker: পেসকভ"><span class="nr-e nr-person" title="PERSON: পেসকভ">পেসকভ' in markup


def test_header_links_only_http_urls() -> None:
    assert 'href="https://example.com/a?x=1&amp;y=&lt;2&gt;"' in header_html(_article())
    for url in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>"):
        markup = header_html(_article(url=url, title="<script>x</script>"))
        assert "href" not in markup and "<script" not in markup and "&lt;script&gt;x" in markup


def test_source_mix_counts_active_quotes() -> None:
    mix = source_mix(_article())
    assert (mix["quotes"], mix["named"], mix["anonymous"], mix["direct"], mix["reported"]) == (2, 1, 1, 1, 1)


def test_change_summary_and_markdown_escaping() -> None:
    row = {"action": "retype", "before": '{"type": "ORG"}', "after": '{"type": "LOC"}'}
    assert change_summary(row) == "type: ORG → LOC"  # no target: the fields that changed
    assert change_summary({"action": "undo", "before": '{"correction": 4, "action": "reject"}', "after": None}) == \
        "Correction #4 (rejected) withdrawn"
    assert md_escape("[x](javascript:alert(1)) **b** :red[c]") == \
        r"\[x\]\(javascript\:alert\(1\)\) \*\*b\*\* \:red\[c\]"


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    # a mention ending before a vowel sign takes the sign: কিম|ের would show a dotted circle
    ("কিমের সফর", 0, 3, '<span class="nr-e nr-person">কিমে</span>র সফর'),
    # an edge inside a conjunct moves past it (ন্ + ত = ন্ত)
    ("অন্তত", 0, 2, '<span class="nr-e nr-person">অন্ত</span>ত'),
    ("অন্তত", 1, 5, 'অ<span class="nr-e nr-person">ন্তত</span>'),
    # a start inside a letter moves forward too, possibly to an empty span, which is dropped
    ("কি", 1, 2, "কি"),
])
def test_highlights_never_split_a_letter(text: str, start: int, end: int, expected: str) -> None:
    assert highlight_html(text, [entity(start, end)]) == expected


def test_change_summary_names_what_was_acted_on() -> None:
    row = {"target": "quote", "action": "reject", "before": '{"text": "আলোচনা হবে", "speaker": "পেসকভ"}',
           "after": '{"status": "rejected"}'}
    assert change_summary(row) == "Quote “আলোচনা হবে” rejected (speaker পেসকভ)"


@pytest.mark.parametrize(("row", "expected"), [
    # a speaker fix says what was done to which quote, not "মুখপাত্র, ক্রেমলিন — speaker: …"
    ({"target": "quote", "action": "set_speaker", "quote_text": "আলোচনা ফলপ্রসূ হয়েছে",
      "before": '{"speaker": "মুখপাত্র", "entity_id": null, "source_type": "anonymous", "role": "মুখপাত্র", '
                '"affiliation": "ক্রেমলিন"}',
      "after": '{"speaker": "দিমিত্রি পেসকভ", "entity_id": 2, "source_type": "person"}'},
     "Speaker of “আলোচনা ফলপ্রসূ হয়েছে” set to দিমিত্রি পেসকভ, person (was মুখপাত্র, anonymous)"),
    ({"target": "quote", "action": "set_speaker", "quote_text": "আলোচনা হবে",
      "before": '{"speaker": "পেসকভ", "source_type": "person"}', "after": '{"speaker": null, "source_type": "unknown"}'},
     "Speaker of “আলোচনা হবে” set to nobody, unknown (was পেসকভ, person)"),
    # no source type chosen keeps the quote's: not "unknown", which the Sources page never counted it as
    ({"target": "quote", "action": "set_speaker", "quote_text": "এটি একটি পূর্ণাঙ্গ সফর",
      "before": '{"speaker": "ম্যাথিউ মিলার", "entity_id": 3, "source_type": "person"}',
      "after": '{"speaker": "রুশ এক কূটনীতিক", "entity_id": null, "source_type": null}'},
     "Speaker of “এটি একটি পূর্ণাঙ্গ সফর” set to রুশ এক কূটনীতিক, person (was ম্যাথিউ মিলার, person)"),
    ({"target": "quote", "action": "set_kind", "quote_text": "আলোচনা হবে", "before": '{"kind": "indirect"}',
      "after": '{"kind": "direct"}'}, "Kind of “আলোচনা হবে” set to direct (was reported)"),
    ({"target": "quote", "action": "set_text", "before": '{"text": "আলোচনা হবে এবং", "start": 3, "end": 17}',
      "after": '{"text": "আলোচনা হবে", "start": 3, "end": 13}'}, "Words of “আলোচনা হবে এবং” set to “আলোচনা হবে”"),
    ({"target": "event", "action": "set_value", "before": '{"text": "আগস্টে", "value": "2024-08-05", '
      '"granularity": "day", "is_event": 1}', "after": '{"value": "2024-08", "granularity": "month"}'},
     "Date “আগস্টে” set to 2024-08 (was 2024-08-05)"),
    ({"target": "event", "action": "reject", "before": '{"text": "রবিবার", "value": "2023-09-10", "status": "active", '
      '"is_event": 1}', "after": '{"status": "rejected"}'}, "Date “রবিবার” removed: not a date (was 2023-09-10)"),
    ({"target": "event", "action": "set_summary", "before": '{"text": "রবিবার", "summary": null}',
      "after": '{"summary": "বৈঠক"}'}, "What happened on “রবিবার” set to “বৈঠক” (was “its sentence”)"),
    ({"target": "entity", "action": "retype", "entity_name": "ক্রেমলিন", "before": '{"type": "LOC"}',
      "after": '{"type": "ORG"}'}, "Type of “ক্রেমলিন” set to ORG (was LOC)"),
    ({"target": "entity", "action": "rename", "before": '{"name": "ট্রাম্প"}', "after": '{"name": "ডোনাল্ড ট্রাম্প"}'},
     "Name of “ট্রাম্প” set to “ডোনাল্ড ট্রাম্প”"),
    ({"target": "article", "action": "set_status", "before": '{"status": "new"}', "after": '{"status": "reviewed"}'},
     "Article status set to reviewed (was new)"),
])
def test_each_history_line_says_what_was_done_to_what(row: dict[str, str], expected: str) -> None:
    assert change_summary(row) == expected


def test_hover_titles_cannot_break_out_of_their_attribute() -> None:
    label = 'PERSON: x" onmouseover="alert(1)\u202e<b>'
    markup = highlight_html("নাম", [Highlight(0, 3, "entity", PERSON, label)])
    assert markup == ('<span class="nr-e nr-person" title="PERSON: x&quot; onmouseover=&quot;alert(1)[U+202E]&lt;b&gt;">'
                      "নাম</span>")
    assert '<h2 title="a[U+202E]b">' in header_html(_article(title="a\u202eb"))


# A page printed twice (BBC Bangla's scraped pages): each paragraph, then the same words again.
_FIRST = "দলীয় সূত্র বলছে, শিগগিরই আরও কয়েকজন নেতা পদত্যাগ করতে পারেন। "
_NEXT = "এরই মধ্যে তাসনিম জারা পদত্যাগ করেছেন।"
_DOUBLED = _FIRST + _FIRST + _NEXT + " " + _NEXT


def test_a_page_printed_twice_is_shown_once_with_its_highlights_in_place() -> None:
    # the second mention sits in the copy, as in a store analysed before mentions were read once
    name, second_name = _DOUBLED.index("তাসনিম জারা"), _DOUBLED.rindex("তাসনিম জারা")
    article = _article(body=_DOUBLED, events=[], entities=[
        {"name": "তাসনিম জারা", "type": "PERSON", "status": "active",
         "mentions": [{"start": name, "end": name + 11}, {"start": second_name, "end": second_name + 11}]}],
        quotes=[{"text": "শিগগিরই …", "kind": "indirect", "start": 17, "end": len(_FIRST) - 2, "speaker": "দলীয় সূত্র",
                 "speaker_name": None, "speaker_start": 0, "speaker_end": 11, "status": "active",
                 "source_type": "anonymous"}])
    markup = article_html(article)
    body = markup.split('<div class="nr-article" dir="auto">', 1)[1]
    assert text_of(body.removesuffix("</div>")) == _FIRST + _NEXT  # every sentence once
    assert body.count('title="PERSON: তাসনিম জারা"') == 1 and body.count("nr-q nr-indirect") == 1
    assert "printed its paragraphs twice; the 2 repeated copies are left out here" in markup
    assert "Quotes, mentions and dates are read from the first copy only" in markup and "include both" not in markup
    assert "printed its paragraphs twice" not in article_html(_article())  # an ordinary page: no note


def test_hidden_stretches_close_the_highlights_that_cross_them() -> None:
    markup = highlight_html("abcdef", [quote(1, 5)], hidden=[(2, 4)])
    assert markup == 'a<mark class="nr-q nr-direct">b</mark><mark class="nr-q nr-direct">e</mark>f'
    assert text_of(markup) == "abef"


def test_the_dates_tab_shows_one_phrase_as_one_date() -> None:
    """"মঙ্গলবার (৩০ ডিসেম্বর)" is two expressions of one day in one sentence: one row and one in the
    tab's count, saying both, as on the Timeline page; the same day in another sentence stays its own."""
    body = "সরকার মঙ্গলবার (৩০ ডিসেম্বর) এক বিজ্ঞপ্তিতে জানায়। আজ আবার বৈঠক, যা গতকাল ঠিক হয়।"

    def event(text: str, value: str | None, sentence: tuple[int, int]) -> dict[str, object]:
        start = body.index(text)
        return {"text": text, "start": start, "end": start + len(text), "value": value, "granularity": "day",
                "tense": "past", "is_event": value is not None, "date_start": value, "date_end": value,
                "sentence_start": sentence[0], "sentence_end": sentence[1], "sentence": body[slice(*sentence)]}

    first, second = (0, body.index("।") + 1), (body.index("।") + 2, len(body))
    article = _article(body=body, events=[
        event("মঙ্গলবার", "2025-12-30", first), event("৩০ ডিসেম্বর", "2025-12-30", first),
        event("আজ", "2025-12-30", second), event("গতকাল", None, second)])
    assert [d["text"] for d in dates(article)] == ["মঙ্গলবার (৩০ ডিসেম্বর)", "আজ", "গতকাল"]
    assert [r["text"] for r in date_rows(article)] == ["মঙ্গলবার (৩০ ডিসেম্বর)", "আজ", "গতকাল"]
    assert [r["when"] for r in timeline_rows(article)] == ["মঙ্গলবার (৩০ ডিসেম্বর)", "আজ"]
    assert sum(s.kind == "date" for s in article_spans(article)) == 4  # each expression is still marked


def _quoted(text: str, confidence: float, *, unsure: int = 0, confirmed: int = 0, status: str = "active") -> dict[str, object]:
    return {"text": text, "confidence": confidence, "unsure": unsure, "confirmed": confirmed, "status": status,
            "speaker_name": None, "speaker": "বিশ্লেষকরা", "kind": "indirect", "cue": "বলেন", "source_type": "group"}


def test_the_quote_tab_flags_the_unsure_quotes_and_can_list_them_first() -> None:
    article = {"quotes": [
        _quoted("প্রথম", 0.9), _quoted("দ্বিতীয়", 0.2, confirmed=1), _quoted("তৃতীয়", 0.1, status="rejected"),
        _quoted("চতুর্থ", 0.45, unsure=1), _quoted("পঞ্চম", 0.3, unsure=1),
    ]}
    rows = quote_rows(article)
    assert [r["quote"] for r in rows] == ["প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ", "পঞ্চম"]  # the text's order
    assert [r["sure"] for r in rows] == ["90%", "✓ editor", "", "⚠ check · 45%", "⚠ check · 30%"]
    first = quote_rows(article, least_sure_first=True)
    # least sure first, the confirmed after the sure ones, the rejected last
    assert [r["quote"] for r in first] == ["পঞ্চম", "চতুর্থ", "প্রথম", "দ্বিতীয়", "তৃতীয়"]
    assert unsure_note(article) == ("⚠ check: the extractor is unsure of 2 quotes (or their speakers). "
                                    "Fixing the words or speaker clears the flag.")
    assert unsure_note({"quotes": article["quotes"][:3]}) is None


@pytest.mark.parametrize(("target", "action", "what"), [
    ("quote", "set_speaker", "quote speaker fixed"),
    ("quote", "set_text", "quote words fixed"),
    ("quote", "add", "quote added"),
    ("article_entity", "reject", "entity rejected in this article"),
    ("entity", "merge", "entity merged"),
    ("entity", "not_same", "entity marked not the same"),
    ("event", "reject", "date removed"),
    ("event", "set_value", "date value fixed"),
    ("article", "set_status", "article status set"),
    ("quote", "undo", "quote correction undone"),
])
def test_the_history_says_what_was_done_in_words_not_the_audit_tables_names(target: str, action: str, what: str) -> None:
    before = '{"correction": 3, "action": "set_speaker"}' if action == "undo" else None
    row = {"id": 7, "target": target, "action": action, "before": before, "after": None,
           "created_at": "2026-11-29T18:50:00", "editor": "সম্পাদক ক", "active": 1}
    [line] = history_rows([row])
    assert line["what"] == what
    if action == "undo":  # "Correction #3 (set_speaker) withdrawn" named the audit action
        assert line["change"] == "Correction #3 (quote speaker fixed) withdrawn"
