"""The article review view: the text with entities, quotes and dates highlighted, the side lists,
and the correction panels for quotes, additions, status and history.

Articles are untrusted input. Every piece of article text (and title, outlet, name, quote) that
goes into HTML passes through `escape_text`; `highlight_html` is the only place that puts tags
around it, and it is a pure function of (text, spans), unit-tested with hostile text.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

import streamlit as st

import ui
from core.models import SOURCE_TYPES, Span
from core.text import inside_any, normalize, repeated_copies, sentences, shorten
from db import corrections as fix
from db import queries
from db.ingest import Reanalysis, reanalyze_article
from db.search import STATUSES
from ui.editing import (
    HIDDEN,
    SURE_COLUMN,
    UNSURE_FLAG,
    apply,
    change_summary,
    choose_one,
    confidence_label,
    editor_name,
    history_rows,
    md_escape,
    pick_entity,
    plain,
    stored_value,
    table,
    vanished,
    what_done,
)

KIND_LABELS = {"direct": "direct", "indirect": "reported"}
NAMED_SOURCES = ("person", "organisation", "media")
# Outer highlights first when two start and end at the same place: a quote holds a mention.
_LAYER = {"quote": 0, "speaker": 1, "entity": 2, "date": 3}
_TAG = {"quote": "mark"}
_VIRAMA, _JOINERS = "\u09cd", "\u200c\u200d"

LEGEND = (
    ("nr-e nr-person", "span", "person"),
    ("nr-e nr-org", "span", "organisation"),
    ("nr-e nr-loc", "span", "place"),
    ("nr-q nr-direct", "mark", "direct quote"),
    ("nr-q nr-indirect", "mark", "reported speech"),
    ("nr-speaker", "span", "speaker"),
    ("nr-date", "span", "date / time"),
)
CSS = """
<style>
.nr-article { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.1; font-size: 1.05rem;
  unicode-bidi: isolate; max-height: 75vh; overflow-y: auto; padding-right: .5rem; }
.nr-legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; margin: .2rem 0 .8rem; font-size: .85rem; }
/* no padding, margin or border on inline highlights: they would break Bengali shaping at the edge */
.nr-e { border-radius: 2px; }
.nr-person { box-shadow: inset 0 -2px 0 #1c7ed6; background: rgba(28, 126, 214, .13); }
.nr-org { box-shadow: inset 0 -2px 0 #2b8a3e; background: rgba(43, 138, 62, .13); }
.nr-loc { box-shadow: inset 0 -2px 0 #e8590c; background: rgba(232, 89, 12, .13); }
.nr-q { color: inherit; border-radius: 3px; }
.nr-direct { background: rgba(250, 204, 21, .35); }
.nr-indirect { background: rgba(174, 62, 201, .15); }
.nr-speaker { text-decoration: underline wavy rgba(120, 120, 120, .8); text-underline-offset: 5px; }
.nr-date { outline: 1.5px dashed #c2255c; outline-offset: 1px; border-radius: 3px; }
.nr-ctl { font-family: monospace; font-size: .75em; color: #c92a2a; outline: 1px solid #c92a2a; border-radius: 3px; }
.nr-note { font-size: .85rem; opacity: .75; margin: 0 0 .5rem; }
.nr-focus { outline: 2px solid #1c7ed6; outline-offset: 2px; }
.nr-context { line-height: 2.1; font-size: 1.05rem; border-left: 3px solid #1c7ed6; padding: .2rem 0 .2rem .8rem;
  margin: 0 0 1rem; unicode-bidi: isolate; }
.nr-head h2 { margin: 0 0 .2rem; }
.nr-head small { opacity: .75; }
</style>
"""


# ---- pure: highlighted HTML -----------------------------------------------------------------------

@dataclass(frozen=True)
class Highlight:
    """A stretch of the article to mark: `kind` is quote, speaker, entity or date; `css` its classes;
    `label` the hover text."""

    start: int
    end: int
    kind: str
    css: str
    label: str = ""


def escape_text(text: str) -> str:
    """Untrusted text as HTML that shows exactly what is there: markup escaped, and control or
    direction-changing characters shown as a visible code instead of acting.

    >>> escape_text('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return HIDDEN.sub(_visible, html.escape(text, quote=True))


def escape_attr(text: str) -> str:
    """Untrusted text for an attribute value (a hover title): escaped, hidden characters as codes."""
    return html.escape(plain(text), quote=True)


def _visible(match: re.Match[str]) -> str:
    code = f"U+{ord(match.group()):04X}"
    return f'<span class="nr-ctl" title="{code}">{code}</span>'


def _open(span: Highlight) -> str:
    tag = _TAG.get(span.kind, "span")
    title = f' title="{escape_attr(span.label)}"' if span.label else ""
    return f'<{tag} class="{html.escape(span.css)}"{title}>'


def _close(span: Highlight) -> str:
    return f"</{_TAG.get(span.kind, 'span')}>"


def cluster_boundary(text: str, offset: int) -> int:
    """`offset`, moved forward to the end of the letter it falls inside: a tag between a consonant
    and its vowel sign (কিম|ের) or inside a conjunct (ন্|ত) would break the letter apart on screen.

    >>> cluster_boundary("কিমের", 3)
    4
    """
    size = len(text)
    offset = max(0, min(size, offset))
    while 0 < offset < size and (unicodedata.category(text[offset]).startswith("M") or text[offset] in _JOINERS
                                 or text[offset - 1] in _VIRAMA + _JOINERS):
        offset += 1
    return offset


def highlight_html(text: str, spans: Sequence[Highlight], *, hidden: Sequence[tuple[int, int]] = ()) -> str:
    """`text` escaped, with each span wrapped in its tag. Spans may nest (a name inside a quote) or
    cross; crossing spans are closed and reopened at the boundary, so the HTML is always well formed.
    Spans outside the text are clipped, edges inside a letter move to its end (`cluster_boundary`),
    empty spans are dropped. The `hidden` stretches (start, end) are left out of the HTML, and the
    spans with them; offsets stay those of the whole text.

    >>> highlight_html("ক <খ>", [Highlight(2, 5, "entity", "nr-e")])
    'ক <span class="nr-e">&lt;খ&gt;</span>'
    >>> highlight_html("ক খ খ গ", [], hidden=[(4, 6)])
    'ক খ গ'
    """
    clipped = [
        Highlight(start, end, s.kind, s.css, s.label) for s in spans
        if (end := cluster_boundary(text, s.end)) > (start := cluster_boundary(text, s.start))
    ]
    gaps = [(max(0, a), min(len(text), b)) for a, b in hidden if min(len(text), b) > max(0, a)]
    ordered = sorted(clipped, key=lambda s: (s.start, -s.end, _LAYER.get(s.kind, 9), s.css, s.label))
    bounds = sorted({0, len(text), *(s.start for s in ordered), *(s.end for s in ordered),
                     *(edge for gap in gaps for edge in gap)})
    in_gap = inside_any([Span(start, end) for start, end in gaps])
    out: list[str] = []
    stack: list[Highlight] = []
    # the spans over each stretch, in `ordered`'s order, kept as the stretches go by: asked of every span
    # for every stretch, a 1 MB article's 4,000 marks took 10 s
    covering: list[Highlight] = []
    following = 0
    for a, b in zip(bounds, bounds[1:]):
        covering = [s for s in covering if s.end > a]
        while following < len(ordered) and ordered[following].start <= a:
            if ordered[following].end > a:
                covering.append(ordered[following])
            following += 1
        left_out = in_gap(a)
        wanted = [] if left_out else list(covering)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(_close(s) for s in reversed(stack[keep:]))
        out.extend(_open(s) for s in wanted[keep:])
        stack = wanted
        if not left_out:
            out.append(escape_text(text[a:b]))
    out.extend(_close(s) for s in reversed(stack))
    return "".join(out)


def repeated_passages(body: str) -> list[tuple[int, int]]:
    """The stretches the review view leaves out: each second copy of a passage the page printed
    twice (`core.text.repeated_copies`, BBC Bangla's doubled paragraphs), with the space before it,
    so the text reads once, as the quote step reads it.

    >>> body = "প্রথম অনুচ্ছেদের কথা এখানে শেষ হলো। প্রথম অনুচ্ছেদের কথা এখানে শেষ হলো। তারপর অন্য কথা।"
    >>> [body[a:b] for a, b in repeated_passages(body)]
    [' প্রথম অনুচ্ছেদের কথা এখানে শেষ হলো।']
    """
    out = []
    for copy in repeated_copies(body):
        start = copy.start
        while start > 0 and body[start - 1].isspace():
            start -= 1
        out.append((start, copy.end))
    return out


def article_spans(article: dict[str, Any]) -> list[Highlight]:
    """What to mark in an article from `queries.get_article`: active entities' mentions, active
    quotes (and their speaker's words), and every time expression."""
    spans: list[Highlight] = []
    for entity in article["entities"]:
        if entity["status"] != "active":
            continue
        css = f"nr-e nr-{entity['type'].lower()}"
        label = f"{entity['type']}: {entity['name']}"
        spans.extend(Highlight(m["start"], m["end"], "entity", css, label) for m in entity["mentions"])
    for quote in article["quotes"]:
        if quote["status"] != "active" or quote["start"] is None or quote["end"] is None:
            continue
        speaker = quote["speaker_name"] or quote["speaker"] or "no speaker"
        label = f"{KIND_LABELS.get(quote['kind'], quote['kind'])} quote — {speaker}"
        spans.append(Highlight(quote["start"], quote["end"], "quote", f"nr-q nr-{quote['kind']}", label))
        if quote["speaker_start"] is not None and quote["speaker_end"] is not None:
            spans.append(Highlight(quote["speaker_start"], quote["speaker_end"], "speaker", "nr-speaker",
                                   f"speaker: {speaker}"))
    for event in article["events"]:
        if event.get("status", "active") != "active":
            continue
        label = f"{event['value'] or 'no date'} ({event['granularity']})"
        spans.append(Highlight(event["start"], event["end"], "date", "nr-date", label))
    return spans


def legend_html() -> str:
    items = "".join(f'<{tag} class="{css}">{label}</{tag}>' for css, tag, label in LEGEND)
    return f'<div class="nr-legend">{items}</div>'


def quote_param() -> str | None:
    """The quote a link opened the review view at (`&quote=KEY`, from the Quotes page: the quote's
    `quote_key`, which re-analysis keeps; an older link's row id is read too); None when absent."""
    return str(st.query_params.get("quote") or "").strip() or None


def linked_quote(article: dict[str, Any], ref: str | None) -> dict[str, Any] | None:
    """The article's quote a link names (`quote_param`), by its key, or by its row id (links made
    before keys were used; a row id does not survive re-analysis), in use or rejected; None when
    no quote of the article has it."""
    if ref is None:
        return None
    return next((q for q in article["quotes"] if q.get("quote_key") == ref), None) or \
        next((q for q in article["quotes"] if ref.isdigit() and q.get("id") == int(ref)), None)


def _focused(article: dict[str, Any], focus: str | None) -> dict[str, Any] | None:
    quote = linked_quote(article, focus)
    if quote is None or quote["status"] != "active" or quote["start"] is None or quote["end"] is None:
        return None
    return quote


def quote_focus(article: dict[str, Any], where: Any) -> str | None:
    """The quote a link opened the article at, its `?quote=` kept as the quote's key (a row-id link
    rewritten, so the address still finds the quote after a re-analysis); a warning in `where` when
    that quote is not shown (`missing_quote_note`)."""
    ref = quote_param()
    quote = linked_quote(article, ref)
    if quote is not None and quote.get("quote_key") and ref != quote["quote_key"]:
        ref = st.query_params["quote"] = quote["quote_key"]
    if note := missing_quote_note(article, ref):
        where.warning(note, icon=":material/link_off:")
    return ref


def missing_quote_note(article: dict[str, Any], ref: str | None) -> str | None:
    """What to say when a quote link's quote is not shown: rejected, or no longer in the article
    (the extractor now reads it with other words, or the link is another article's), rather than
    silently opening the article at its top."""
    if ref is None or _focused(article, ref) is not None:
        return None
    quote = linked_quote(article, ref)
    if quote is not None and quote["status"] == "rejected":
        return ("The quote this link points at was rejected by an editor, so it is not marked in the text "
                "(the History tab can undo that).")
    return ("The quote this link points at is no longer among this article's quotes: the article was "
            "analysed again and its quotes now have other words, or the link belongs to another article. "
            "The article is shown from the top.")


def context_html(article: dict[str, Any], quote: dict[str, Any]) -> str:
    """The quote with the sentence before it (where তিনি's name usually is) through the end of its own
    sentence, the quote marked: what a fact-checker reads first when a quote's link opens the article."""
    body, start, end = article["body"], int(quote["start"]), int(quote["end"])
    spans = sentences(body)
    first = next((i for i, s in enumerate(spans) if s.end > start), len(spans) - 1)
    last = next((i for i, s in enumerate(spans) if s.end >= end), len(spans) - 1)
    begin, finish = spans[max(first - 1, 0)].start if spans else 0, spans[last].end if spans else len(body)
    begin, finish = min(begin, start), max(finish, end)
    marks = [Highlight(start - begin, end - begin, "quote", f"nr-q nr-{quote['kind']} nr-focus")]
    if quote["speaker_start"] is not None and begin <= quote["speaker_start"] and quote["speaker_end"] <= finish:
        marks.append(Highlight(quote["speaker_start"] - begin, quote["speaker_end"] - begin, "speaker", "nr-speaker"))
    return (f'<div class="nr-context" dir="auto"><p class="nr-note">The quote this link opened, in its context '
            f'(marked in the text below too):</p>{highlight_html(body[begin:finish], marks)}</div>')


def article_html(article: dict[str, Any], *, focus: str | None = None) -> str:
    """The review view's text block: style, legend and the highlighted body, each passage the page
    printed twice shown once (with a note saying so); with `focus` (`quote_param`: a quote of this article) that
    quote in its context above the text, and outlined in it."""
    copies = repeated_passages(article["body"])
    spans = article_spans(article)
    quote = _focused(article, focus)
    if quote is not None:
        spans = [replace(s, css=f"{s.css} nr-focus") if s.kind == "quote" and (s.start, s.end) == (quote["start"], quote["end"])
                 else s for s in spans]
    body = highlight_html(article["body"], spans, hidden=copies)
    note = (f'<p class="nr-note">This page printed its paragraphs twice; the {len(copies)} repeated '
            f'{"copy is" if len(copies) == 1 else "copies are"} left out here. Quotes, mentions and '
            'dates are read from the first copy only.</p>') if copies else ""
    context = context_html(article, quote) if quote is not None else ""
    return f'{CSS}{context}{legend_html()}{note}<div class="nr-article" dir="auto">{body}</div>'


def header_html(article: dict[str, Any]) -> str:
    """Title and metadata, escaped; the URL is a link only when it is http(s)."""
    full = article.get("title") or "(untitled)"
    title = escape_text(shorten(full, 160))  # a title taken from a long first line
    meta = [escape_text(str(v)) for v in (article.get("outlet"), article.get("author"), article.get("published")) if v]
    meta.append(f"#{int(article['id'])} · {escape_text(article.get('status') or '')}")
    url = article.get("url") or ""
    if url:
        shown = escape_text(shorten(url, 90))
        if urlsplit(url).scheme.lower() in ("http", "https"):
            meta.append(f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{shown}</a>')
        else:
            meta.append(shown)
    return f'{CSS}<div class="nr-head"><h2 title="{escape_attr(full)}">{title}</h2><small>{" · ".join(meta)}</small></div>'


# ---- pure: side lists -------------------------------------------------------------------------------

def entity_rows(article: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": e["name"], "type": e["type"], "mentions": e["mention_count"], "status": e["status"],
             "found by": e["source"]} for e in article["entities"]]


def quote_rows(article: dict[str, Any], *, least_sure_first: bool = False) -> list[dict[str, Any]]:
    """The Quote tab's rows, in the text's order or (`least_sure_first`) the quotes to check first: those
    the extractor is least sure of, then the sure ones, then those an editor confirmed, the rejected last."""
    # how sure first (the flag must be seen), who and how, then the quote; the side panel is narrow,
    # so the columns get fixed widths (QUOTE_COLUMNS) that keep the quote's beginning in view
    quotes = article["quotes"]
    if least_sure_first:
        quotes = sorted(quotes, key=lambda q: (q["status"] != "active", bool(q.get("confirmed")),
                                               float(q.get("confidence") or 0)))
    return [{"sure": confidence_label(q) if q["status"] == "active" else "",
             "speaker": q["speaker_name"] or q["speaker"], "kind": KIND_LABELS.get(q["kind"], q["kind"]),
             "quote": q["text"], "cue": q["cue"], "source type": q["source_type"], "status": q["status"]}
            for q in quotes]


def unsure_note(article: dict[str, Any]) -> str | None:
    """Under the Quote tab's list: how many quotes in use the extractor is unsure of, or None.

    >>> unsure_note({"quotes": [{"status": "active", "unsure": 1}, {"status": "active", "unsure": 0}]})
    '⚠ check: the extractor is unsure of 1 quote (or its speaker). Fixing the words or speaker clears the flag.'
    """
    count = sum(bool(q.get("unsure")) for q in article["quotes"] if q["status"] == "active")
    if not count:
        return None
    what = "1 quote (or its speaker)" if count == 1 else f"{count} quotes (or their speakers)"
    return f"{UNSURE_FLAG}: the extractor is unsure of {what}. Fixing the words or speaker clears the flag."


QUOTE_COLUMNS = {
    "sure": SURE_COLUMN,
    "speaker": st.column_config.TextColumn(width=130),
    "kind": st.column_config.TextColumn(width=70),
    "quote": st.column_config.TextColumn(width=420),
}


def dates(article: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's dates and times: its time expressions but the durations (১২ বছরের), which
    name a length, not a point in time, and are never on a timeline. The expressions of one sentence
    that place the same day are one date, as on the Timeline page: "মঙ্গলবার (৩০ ডিসেম্বর)"."""
    body = article.get("body") or ""
    kept = [e for e in article["events"] if e["granularity"] != "duration"]
    same_day: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for event in kept:
        if event.get("is_event"):
            same_day.setdefault(_one_event(event), []).append(event)
    out = []
    for event in kept:
        group = same_day.get(_one_event(event)) if event.get("is_event") else None
        if group is None or len(group) == 1:
            out.append(event)
        elif group[0] is event:
            said = queries.said_as([(e["start"], e["end"], e["text"], body[e["end"]:e["end"] + queries.JOIN_GAP])
                                    for e in group])
            out.append({**event, "text": said})
    return out


def _one_event(event: dict[str, Any]) -> tuple[Any, ...]:
    return event["value"], event.get("sentence_start"), event.get("sentence_end")


def durations_note(article: dict[str, Any]) -> str | None:
    """The durations the Dates tab does not count, named apart, or None.

    >>> durations_note({"events": [{"text": "১২ বছরের", "granularity": "duration"}]})
    'Also 1 duration, not a date: ১২ বছরের.'
    """
    found = [e["text"] for e in article["events"] if e["granularity"] == "duration" and e.get("status", "active") == "active"]
    if not found:
        return None
    names = ", ".join(dict.fromkeys(found))
    return f"Also {len(found)} duration{'s' if len(found) > 1 else ''}, not a date: {names}."


def date_rows(article: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"text": d["text"], "value": d["value"], "granularity": d["granularity"], "tense": d["tense"],
             "status": d.get("status", "active")} for d in dates(article)]


def dates_in_use(article: dict[str, Any]) -> int:
    """The Dates tab's count: the dates listed that are not rejected."""
    return sum(d.get("status", "active") == "active" for d in dates(article))


def _date_label(event: dict[str, Any]) -> str:
    value = event["value"] or "no value"
    rejected = " (rejected)" if event.get("status", "active") != "active" else ""
    return plain(f"{event['text']} — {value} ({event['granularity']}){rejected}")


def date_fixes(article: dict[str, Any]) -> None:
    """Correct one of the article's date expressions (each one, durations too): its value, what happened
    (the description the Timeline shows), or say it is no date."""
    events = {e["id"]: e for e in article["events"]}
    picked = choose_one("Date", events, key="articles_date", format_func=lambda i: _date_label(events[i]),
                        empty="No dates to correct.")
    if picked is None:
        return
    chosen, gone = picked
    event = events[chosen]
    with st.form(f"articles_date_value_{chosen}", border=False):
        stored_value(f"articles_date_value_{chosen}_text", event["value"] or "")
        value = st.text_input("What it means", key=f"articles_date_value_{chosen}_text",
                              help="A day 2024-08-05, a month 2024-08, a year 2024, an ISO week 2024-W32, "
                                   "or an interval 2024-07/2025-06")
        if st.form_submit_button("Set date") and gone is None:
            apply(fix.set_date_value, chosen, value, editor=editor_name(), done="Date corrected")
    with st.form(f"articles_date_summary_{chosen}", border=False):
        stored_value(f"articles_date_summary_{chosen}_text", event.get("sentence") or "")
        summary = st.text_area("What happened (the Timeline's description)",
                               key=f"articles_date_summary_{chosen}_text", height=90,
                               help="Empty gives back the date's sentence.")
        if st.form_submit_button("Set description") and gone is None:
            apply(fix.set_date_summary, chosen, summary, editor=editor_name(), done="Description corrected")
    if st.button("Not a date: remove it", key="articles_reject_date",
                 disabled=event.get("status", "active") != "active") and gone is None:
        apply(fix.reject_date, chosen, editor=editor_name(), done="Date removed")


def date_addition(article: dict[str, Any]) -> None:
    """Add a date the extractor missed: the expression as written (checked against the text; where it
    is written more than once, which place) and what it means."""
    st.markdown("**A missed date**")
    words = st.text_input("The date as written in the text", key="articles_add_date_words",
                          placeholder="৫ অক্টোবর, গত বছরের জুলাইয়ে …")
    typed = normalize(words).strip()
    places = _free_places(article, typed) if typed else []
    start = None
    if typed and not places:
        st.caption("Not in the text as written (or a date already): copy it exactly.")
    elif len(places) > 1:
        start = st.selectbox("Which one", places, key="articles_add_date_place",
                             format_func=lambda p: plain(_around(article["body"], p, len(typed))))
    value = st.text_input("What it means", key="articles_add_date_value", placeholder="2024-10-05")
    if st.button("Add date", key="articles_add_date", disabled=not places or not value.strip()):
        apply(fix.add_date, article["id"], typed, value, start=start, editor=editor_name(), done="Date added")


def _free_places(article: dict[str, Any], typed: str) -> list[int]:
    taken = {(e["start"], e["end"]) for e in article["events"]}
    body, out, found = article["body"], [], article["body"].find(typed)
    while found != -1:
        if (found, found + len(typed)) not in taken:
            out.append(found)
        found = body.find(typed, found + 1)
    return out


def _around(body: str, start: int, size: int, width: int = 30) -> str:
    """An occurrence with the words around it: "… রফিকুল আলম [৫ অক্টোবর] প্রকল্পের …"."""
    before, after = body[max(0, start - width):start], body[start + size:start + size + width]
    return " ".join(f"…{before}[{body[start:start + size]}]{after}…".split())


def timeline_rows(article: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's own dated events, in date order."""
    events = sorted((e for e in dates(article) if e["is_event"]), key=lambda e: (e["date_start"], e["date_end"]))
    return [{"from": e["date_start"], "to": e["date_end"], "when": e["text"], "sentence": e["sentence"]} for e in events]


def unplaced_note(article: dict[str, Any]) -> str | None:
    """Why some of the article's dates have no value and are off the timeline, or None.

    >>> unplaced_note({"published": None, "events": [{"text": "গতকাল", "value": None, "granularity": "day"}]})
    'This article has no publication date, so 1 of its dates (গতকাল) could not be placed: relative days and days without a year need one. They are not on the timeline.'
    """
    unplaced = [e for e in article["events"] if not e["value"] and e["granularity"] != "duration"
                and e.get("status", "active") == "active"]
    if not unplaced:
        return None
    names = ", ".join(dict.fromkeys(e["text"] for e in unplaced[:6]))
    which = f"{len(unplaced)} of its dates ({names}{', …' if len(unplaced) > 6 else ''}) could not be placed"
    if article.get("published"):
        return f"{which[0].upper()}{which[1:]}. They are not on the timeline."
    return (f"This article has no publication date, so {which}: relative days and days without a year "
            "need one. They are not on the timeline.")


def source_mix(article: dict[str, Any]) -> dict[str, Any]:
    """Whose voices the article uses: active quotes by source type, named vs anonymous, direct vs reported."""
    quotes = [q for q in article["quotes"] if q["status"] == "active"]
    by_type = Counter(q["source_type"] for q in quotes)
    named = sum(by_type[t] for t in NAMED_SOURCES)
    return {
        "quotes": len(quotes), "named": named, "anonymous": by_type["anonymous"],
        "other": len(quotes) - named - by_type["anonymous"],
        "direct": sum(q["kind"] == "direct" for q in quotes), "reported": sum(q["kind"] == "indirect" for q in quotes),
        "rows": [{"source type": t, "quotes": n} for t, n in by_type.most_common()],
    }


def undoable(row: dict[str, Any], rejected_entities: set[int]) -> bool:
    """Article-level decisions still in force can be withdrawn, and so can a rename, retype, merge or
    "not the same" (`fix.undo_correction` refuses one it cannot take back exactly, and says why); an archive-wide
    reject of an entity that is still rejected can be restored."""
    if row["action"] == "undo" or not row["active"]:
        return False
    if row["target"] in ("article_entity", "quote", "event"):
        return True
    if row["target"] == "entity" and row["action"] in fix.REGISTRY_UNDOABLE:
        return True
    return row["target"] == "entity" and row["action"] == "reject" and row["entity_id"] in rejected_entities


# ---- widgets ------------------------------------------------------------------------------------------

def status_bar(article: dict[str, Any]) -> None:
    """Mark the article new, reviewed or approved."""
    for column, status in zip(st.columns(len(STATUSES)), STATUSES):
        label = {"new": "Back to new", "reviewed": "Mark reviewed", "approved": "Approve"}[status]
        if column.button(label, key=f"articles_status_{status}", disabled=article["status"] == status, width="stretch"):
            apply(fix.set_article_status, article["id"], status, editor=editor_name(), done=f"Article marked {status}")


# The choose-then-act boxes that hold ids of the article's rows: a re-analysis writes new rows, so
# they are forgotten with it (or the boxes would say another editor took the choice away).
ROW_CHOICES = ("articles_quote", "articles_quote_shown", "articles_date", "articles_date_shown")
OWN_UNDO_KEY = "articles_undone"  # the correction this editor undid from the History on the last run
# [article id, what changed, store generation after it] of this editor's last re-analysis
REANALYSED_KEY = "articles_reanalysed"


def reanalyse(article: dict[str, Any]) -> None:
    """Run the current extractor on this article again (the path of `python -m db reanalyze`),
    keeping every editor decision, and say what changed: entities, quotes and dates before → after.
    The summary is shown until the store changes again: after a later correction or undo its counts
    would be stale."""
    done = st.session_state.get(REANALYSED_KEY)
    if done and done[0] == article["id"] and done[2] == ui.generation():
        st.info(f"Re-analysed with the current extractor, corrections kept: {md_escape(done[1])}.",
                icon=":material/refresh:")
    if st.button("Re-analyse this article", key="articles_reanalyse", icon=":material/refresh:",
                 help="Run the current extractor on this article again (after a model or rule change); "
                      "your corrections are applied again. Its quotes and dates get new rows."):
        for key in ROW_CHOICES:
            st.session_state.pop(key, None)

        def told(result: Reanalysis) -> str:
            st.session_state[REANALYSED_KEY] = [article["id"], result.summary(), ui.generation()]
            return "Article re-analysed"

        apply(reanalyze_article, article["id"], editor=editor_name(), done=told)


def in_use(items: Sequence[dict[str, Any]]) -> int:
    """How many of an article's entities or quotes are in use (not rejected): the count a side tab shows."""
    return sum(item["status"] == "active" for item in items)


def rejected_note(items: Sequence[dict[str, Any]]) -> str | None:
    """Under a side list that also holds rejected rows: how many, since the tab counts only those in use.

    >>> rejected_note([{"status": "active"}, {"status": "rejected"}])
    '1 rejected, listed with the status “rejected”; the tab counts the 1 in use.'
    """
    rejected = len(items) - in_use(items)
    if not rejected:
        return None
    return f"{rejected} rejected, listed with the status “rejected”; the tab counts the {in_use(items)} in use."


def side_lists(article: dict[str, Any]) -> None:
    entities, quotes, dates_tab, sources = st.tabs([
        f"Entities ({in_use(article['entities'])})", f"Quotes ({in_use(article['quotes'])})",
        f"Dates ({dates_in_use(article)})", "Sources",
    ])
    with entities:
        if article["entities"]:
            table(entity_rows(article))
            if note := rejected_note(article["entities"]):
                st.caption(note)
        else:
            st.caption("No entities found. Add one the model missed under “Add missing”.")
    with quotes:
        if article["quotes"]:
            if note := unsure_note(article):
                st.caption(note)
            first = st.toggle("Least sure first", key="articles_quotes_least_sure",
                              help="List the quotes the extractor is least sure of first; off: in the text's order.")
            table(quote_rows(article, least_sure_first=first), column_config=QUOTE_COLUMNS)
            if note := rejected_note(article["quotes"]):
                st.caption(note)
        else:
            st.caption("No quotes found. Add one the model missed under “Add missing”.")
    with dates_tab:
        if dates(article):
            table(date_rows(article))
            if note := rejected_note(dates(article)):
                st.caption(note)
            if note := unplaced_note(article):
                st.caption(note)
            if note := durations_note(article):
                st.caption(note)
            st.markdown("**This article's timeline**")
            if rows := timeline_rows(article):
                table(rows)
            else:
                st.caption("None of this article's dates is on the timeline.")
        else:
            st.caption(" ".join(["No dates or times found.", durations_note(article) or ""]).strip())
        st.markdown("**Correct a date**")
        date_fixes(article)
        date_addition(article)
    with sources:
        mix = source_mix(article)
        named, anonymous, direct = st.columns(3)
        named.metric("Named sources", mix["named"])
        anonymous.metric("Anonymous", mix["anonymous"])
        direct.metric("Direct / reported", f"{mix['direct']} / {mix['reported']}")
        if mix["rows"]:
            table(mix["rows"])


def speaker_choice(key: str) -> tuple[int | None, str | None, str | None, bool]:
    """Who said it: a registry entity (type-ahead), a phrase (বিশ্লেষকরা), or nobody; and the source type.
    Returns (entity_id, phrase, source_type, ready)."""
    how = st.radio("Speaker", ["entity", "phrase", "nobody"], horizontal=True, key=f"{key}_how",
                   format_func={"entity": "A person or organisation", "phrase": "A phrase", "nobody": "Nobody"}.get)
    entity_id = phrase = None
    if how == "entity":
        entity_id = pick_entity(f"{key}_entity", "Find the speaker")
    elif how == "phrase":
        phrase = st.text_input("Speaker phrase", key=f"{key}_phrase", placeholder="বিশ্লেষকরা, এক কর্মকর্তা …").strip() or None
    source_type = st.selectbox("Source type", SOURCE_TYPES, index=None, key=f"{key}_source",
                               placeholder="as found (or from the entity)")
    ready = how == "nobody" or entity_id is not None or phrase is not None
    return entity_id, phrase, source_type, ready


def quote_fixes(article: dict[str, Any]) -> None:
    """Reject a quote, fix its words or kind (direct or reported), or set who said it."""
    quotes = {q["id"]: q for q in article["quotes"]}
    picked = choose_one("Quote", quotes, key="articles_quote", format_func=lambda i: _quote_label(quotes[i]),
                        empty="No quotes to fix.")
    if picked is None:
        return
    chosen, gone = picked
    quote = quotes[chosen]
    st.caption(f"{KIND_LABELS.get(quote['kind'], quote['kind'])} · speaker: "
               f"{md_escape(quote['speaker_name'] or quote['speaker'] or 'nobody')} · {quote['source_type']} · {quote['status']}")
    if st.button("Reject this quote", key="articles_reject_quote", disabled=quote["status"] != "active") and gone is None:
        apply(fix.reject_quote, chosen, editor=editor_name(), done="Quote rejected")
    with st.form(f"articles_quote_text_{chosen}", border=False):
        stored_value(f"articles_quote_text_{chosen}_words", quote["text"])
        words = st.text_area("Fix the words (copied exactly from the text)",
                             key=f"articles_quote_text_{chosen}_words", height=90,
                             help="Where the quote really starts and ends: the model stopped early or ran on.")
        if st.form_submit_button("Set words") and gone is None:
            apply(fix.set_quote_text, chosen, words, editor=editor_name(), done="Quote's words corrected")
    other = "indirect" if quote["kind"] == "direct" else "direct"
    if st.button(f"Mark {KIND_LABELS[other]}", key="articles_quote_kind") and gone is None:
        apply(fix.set_quote_kind, chosen, other, editor=editor_name(), done=f"Quote marked {KIND_LABELS[other]}")
    st.markdown("**Fix the speaker**")
    entity_id, phrase, source_type, ready = speaker_choice("articles_fix")
    if st.button("Set speaker", key="articles_set_speaker", disabled=not ready) and ready and gone is None:
        apply(fix.set_quote_speaker, chosen, entity_id=entity_id, speaker=phrase, source_type=source_type,
              editor=editor_name(), done="Speaker updated")


def _quote_label(quote: dict[str, Any]) -> str:
    text = shorten(quote["text"], 70)
    who = quote["speaker_name"] or quote["speaker"] or "nobody"
    flag = f"{UNSURE_FLAG}: " if quote["status"] == "active" and quote.get("unsure") else ""
    return plain(f"{flag}“{text}” — {who}" + (" (rejected)" if quote["status"] != "active" else ""))


def additions(article: dict[str, Any]) -> None:
    """Add an entity or a quote the model missed."""
    st.markdown("**A missed entity**")
    name = st.text_input("Name as written in the text", key="articles_add_name")
    entity_type = st.selectbox("Type", ["PERSON", "ORG", "LOC"], key="articles_add_type")
    if st.button("Add entity", key="articles_add_entity", disabled=not name.strip()):
        found = normalize(name).strip() in article["body"]
        apply(fix.add_entity, article["id"], name, entity_type, editor=editor_name(),
              done="Entity added" if found else "Entity added (not in the text as written, so nothing is highlighted)")
    st.markdown("**A missed quote**")
    words = st.text_area("The quoted words, copied exactly from the text", key="articles_add_words", height=90)
    kind = st.radio("Kind", ["direct", "indirect"], horizontal=True, key="articles_add_kind", format_func=KIND_LABELS.get)
    entity_id, phrase, source_type, ready = speaker_choice("articles_add")
    # not ready: no speaker chosen, or the chosen one merged away by another editor (pick_entity says
    # so); adding the quote then would attribute it to nobody, which the editor did not choose
    if st.button("Add quote", key="articles_add_quote", disabled=not words.strip() or not ready) and ready:
        apply(fix.add_quote, article["id"], words, kind=kind, entity_id=entity_id, speaker=phrase,
              source_type=source_type, editor=editor_name(), done="Quote added")


def history(article: dict[str, Any], rows: Sequence[dict[str, Any]]) -> None:
    """The corrections about this article and its entities, newest first, with undo where possible."""
    if not rows:
        st.caption("No corrections yet. Every change made here is listed with its time.")
        return
    table(history_rows(rows))
    rejected = {e["entity_id"] for e in article["entities"] if e["status"] == "rejected"}
    options = {r["id"]: r for r in rows if undoable(r, rejected)}
    follow_newest(article["id"], options)
    gone = vanished("articles_undo", options)
    if gone == st.session_state.pop(OWN_UNDO_KEY, None):
        gone = None  # the box held the correction this editor just undid
    if not options:
        _undo_gone(gone, clicked=False)
        return
    chosen = st.selectbox("Undo a correction", list(options), key="articles_undo",
                          format_func=lambda i: plain(f"#{i} {what_done(options[i]['target'], options[i]['action'])}: "
                                                      f"{change_summary(options[i])}"))
    row = options[chosen]
    st.caption(f"Undo withdraws correction #{chosen}: {md_escape(change_summary(row))}")
    if row["action"] == "set_speaker":
        # the fixes still in force are applied again after the undo, so one of them, not the model, has the last word
        others = [r["id"] for r in rows if r["id"] != chosen and r["action"] == "set_speaker" and r["active"]
                  and r["target"] == "quote" and r["target_key"] == row["target_key"]]
        if others:
            listed = ", ".join(f"#{i}" for i in sorted(others))
            st.caption(f"This quote's other speaker fix {listed} stays in force." if len(others) == 1
                       else f"This quote's other speaker fixes {listed} stay in force.")
        elif ui.read(fix.model_speaker, article["id"], row["target_key"]) is None:
            st.caption("The model's speaker comes back when the article is next analysed (it is not stored: "
                       "this quote's speaker was fixed before the article was last analysed).")
    elif row["action"] == "add" and row["target"] == "quote" and row["before"] \
            and ui.read(fix.replaced, chosen) is None:
        st.caption("The model had found these words: its speaker comes back when the article is next analysed "
                   "(the article was analysed again since the quote was added).")
    clicked = st.button(f"Undo #{chosen}", key="articles_undo_button")
    if gone is not None:  # the box now shows another correction: undo nothing on this click
        _undo_gone(gone, clicked=clicked)
    elif clicked:
        # this editor's own undo takes its row out of the box: not "undone by another editor" on the next run
        st.session_state[OWN_UNDO_KEY] = chosen
        if row["target"] == "entity" and row["action"] == "reject":
            apply(fix.restore_entity, row["entity_id"], editor=editor_name(), done="Entity restored")
        else:
            apply(fix.undo_correction, chosen, editor=editor_name(), done=f"Correction #{chosen} undone")


NEWEST_KEY = "articles_undo_newest"  # [article id, newest undoable correction] when the History was last drawn


def follow_newest(article_id: int, options: Collection[int]) -> None:
    """Put the undo box on the newest correction when one was made since the History was last drawn
    (or another article is open): Streamlit keeps the box's older choice, and "Undo" would withdraw
    that instead. A choice the editor makes after it stays. Not on the run of an Undo click, which
    acts on what the editor saw (a correction another editor made meanwhile is not it)."""
    newest = max(options, default=None)
    seen = st.session_state.get(NEWEST_KEY)
    st.session_state[NEWEST_KEY] = [article_id, newest]
    if seen is not None and seen[0] != article_id:
        st.session_state.pop("articles_undo", None)  # another article's choice: not "gone" from this one
    elif newest is not None and (seen is None or seen[1] is None or newest > seen[1]) \
            and not st.session_state.get("articles_undo_button"):
        st.session_state["articles_undo"] = newest


def _undo_gone(correction_id: int | None, *, clicked: bool) -> None:
    """Say that the correction the editor chose for undoing is no longer listed, and why."""
    if correction_id is None:
        return
    why = ui.read(fix.undone_by, correction_id) or "is no longer listed (its state changed)"
    message = f"Correction #{correction_id}, which you chose, {md_escape(why)}. Choose again."
    if clicked:
        st.error(f"Nothing was undone. {message}", icon="⚠️")
    else:
        st.warning(message, icon="⚠️")
