"""Bengali text basics: normalisation, digits, tokens, sentences and case endings.

Every offset the core returns points into `normalize(text)`. Normalisation is NFC (which also
turns the precomposed য় U+09DF and ড় U+09DC into the composed-by-nukta form, so both encodings of
these letters become one), minus invisible characters, with line endings made `\\n` and the
look-alike ৷ made the danda ।.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate, compress
from operator import not_

from core.lexicon import (
    ABBREVIATIONS,
    BENGALI_DIGITS,
    CASE_SUFFIXES,
    INVISIBLE_CHARACTERS,
    LATIN_DIGITS,
    MIN_STEM_LENGTH,
    PAGE_FURNITURE,
)
from core.models import Span, Token

_TO_LATIN = str.maketrans(BENGALI_DIGITS, LATIN_DIGITS)
_TO_BENGALI = str.maketrans(LATIN_DIGITS, BENGALI_DIGITS)
# Khanda ta written as ta + virama + ZWJ in older text (ত্‍) is the letter ৎ.
_OLD_KHANDA_TA = "\u09a4\u09cd\u200d"
# The currency numerator four ৷ (U+09F7) typed for the danda । (U+0964), which it looks like:
# "কাটিয়েছি৷ আমাকে …" would otherwise be one word, not the end of a sentence.
_CURRENCY_FOUR = "\u09f7"
# Invisible characters, and C0/C1 control characters other than tab and newline: they carry no
# text. (One pattern, not str.translate: a scan that finds none is many times faster.)
_CONTROL = re.compile("[" + re.escape(INVISIBLE_CHARACTERS) + r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# A word: letters, marks and digits of any script plus the whole Bengali block (whose vowel signs
# are not `\w` in Python). Everything else that is not space is a one-character token.
WORD_PATTERN = r"[\w\u0980-\u09FF]+"
_TOKEN = re.compile(WORD_PATTERN + r"|\S")
_WORD = re.compile(WORD_PATTERN)

# Marks that open and close a quotation. Straight quotes and ‘’ double as apostrophes, so they only
# count at a word boundary (see `quotation_spans`).
QUOTE_PAIRS = {"“": "”", "‘": "’", "«": "»", '"': '"', "'": "'", "„": "“"}
SENTENCE_END = "।?!|"
# The characters `quotation_spans` and `sentences` act on (the others are stepped over).
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(set(QUOTE_PAIRS) | set(QUOTE_PAIRS.values())))) + "]")
_SPLIT_CANDIDATE = re.compile("[" + re.escape(SENTENCE_END + ".") + "]")
# A quotation left open longer than this is not protected from sentence splitting.
MAX_PROTECTED_QUOTE = 3000
# The longest a sentence gets: a run with no terminator beyond it (a scraped page with no full stop, a
# list of "X বলেন," lines glued into one) is cut at a comma or space before it. The corpus's longest
# sentence has 2,581 characters; the quote rules read a sentence's cues against the rest of it, which
# on a 1 MB "sentence" took minutes.
MAX_SENTENCE_CHARS = 5000


def normalize(text: str) -> str:
    """The canonical form of article text: NFC, no invisible characters, `\\n` line ends.

    >>> normalize("রাশিয়া") == normalize("রাশি\\u09dfা")
    True
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace(_OLD_KHANDA_TA, "ৎ")
    text = text.replace(_CURRENCY_FOUR, "।")
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


def to_latin_digits(text: str) -> str:
    """১২ সেপ্টেম্বর ২০২৩ -> 12 সেপ্টেম্বর 2023 (one character for one, offsets unchanged)."""
    return text.translate(_TO_LATIN)


def to_bengali_digits(text: str) -> str:
    """2023 -> ২০২৩ (one character for one)."""
    return text.translate(_TO_BENGALI)


def parse_number(text: str) -> int | None:
    """The integer written with Bengali or Latin digits, or None: '১০' -> 10."""
    digits = to_latin_digits(text.strip())
    return int(digits) if digits.isdigit() else None


def is_word(text: str) -> bool:
    """True when the text is one word token (no punctuation, no space)."""
    return bool(_WORD.fullmatch(text))


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation marks of `text[start:end]`, offsets into `text`.

    >>> [t.text for t in tokens("কিমের সফর, রাশিয়ায়।")]
    ['কিমের', 'সফর', ',', 'রাশিয়ায়', '।']
    """
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


# Words, other marks and runs of space: pieces that tile the text, so their offsets are running sums.
_PIECE = re.compile(WORD_PATTERN + r"|\S|\s+")


@lru_cache(maxsize=4)
def token_offsets(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """The texts, starts and ends of `tokens(text)` as parallel tuples.

    The entity rules and the timeline both read every token of an article: cached, the text is
    scanned once, and without a Python step per token (no match objects).

    >>> token_offsets("কিমের সফর,")
    (('কিমের', 'সফর', ','), (0, 6, 9), (5, 9, 10))
    """
    pieces = _PIECE.findall(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    kept = list(map(not_, map(str.isspace, pieces)))
    return tuple(compress(pieces, kept)), tuple(compress(offsets, kept)), tuple(compress(offsets[1:], kept))


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines, trimmed: a newline always ends a paragraph in scraped news text."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append(Span(offset + lead, offset + lead + len(stripped)))
        offset += len(line) + 1
    return spans


def _opens_here(text: str, i: int) -> bool:
    """An ambiguous mark (' " ‘) opens a quotation only at the start of a word."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:,।") and not after.isspace()


def _closes_here(text: str, i: int) -> bool:
    """An ambiguous closing mark (’ ' ") closes only when no letter follows (not ’র, 'র)."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _WORD.match(after)


def quotation_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Balanced quotations in one paragraph, marks included, outermost only.

    A mark left open at the end of the range is dropped, so a missing closing mark never swallows
    the rest of the article. Apostrophes inside words (’র, 'র) are not quotation marks, unless
    nothing else closes the quotation they stand in: "‘এসব পোলাপাইন’ও জানে না" (a case ending
    written onto the closing mark) closes at ’ও when the paragraph has no plain ’ for it before
    the next quotation opens, or ends.
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    stack: list[tuple[str, int]] = []
    suffixed: int | None = None  # the first ’ + case ending since the outermost quotation opened

    def close_outermost_at(i: int) -> None:
        nonlocal suffixed
        spans.append(Span(stack[0][1], i + 1))
        stack.clear()
        suffixed = None

    for match in _QUOTE_MARK.finditer(text, start, end):
        i = match.start()
        ch = text[i]
        if stack and ch == QUOTE_PAIRS[stack[-1][0]] and (ch in "”»“" or _closes_here(text, i)):
            opener, at = stack.pop()
            if not stack:
                spans.append(Span(at, i + 1))
                suffixed = None
            continue
        if len(stack) == 1 and ch == QUOTE_PAIRS[stack[0][0]] and ch in "’'" and suffixed is None \
                and _case_ending_after(text, i):
            suffixed = i
            continue
        if ch in QUOTE_PAIRS and ch not in "”»":
            if ch in "“«„" or _opens_here(text, i):
                if suffixed is not None and ch == stack[0][0]:
                    close_outermost_at(suffixed)  # "‘ক’ও … ‘খ’": the first closed at its ending
                # a nested mark of the same kind as an open one cannot open again
                if not any(o == ch for o, _ in stack) or ch in "“«":
                    stack.append((ch, i))
    if stack and suffixed is not None and len(stack) == 1:
        close_outermost_at(suffixed)
    return spans


# Case endings and particles written onto a closing quotation mark (‘…’র, ‘…’এর, ‘…’ও, ‘…’কে).
_ENDINGS_ON_A_MARK = frozenset({"র", "এর", "ের", "ও", "ই", "কে", "তে", "এ", "রা", "দের", "রও", "েরও", "য়", "য়ের", "সহ"})


def _case_ending_after(text: str, i: int) -> bool:
    """A case ending or particle, and nothing more, written right after the mark at i (’ও, ’র)."""
    found = _WORD.match(text, i + 1)
    return found is not None and found.group() in _ENDINGS_ON_A_MARK


def _in_any(position: int, spans: list[Span]) -> bool:
    return any(s.start < position < s.end - 1 for s in spans)


def sentences(text: str) -> list[Span]:
    """Sentences of the normalised text, trimmed, in order.

    Splits after । ? ! | and after a full stop that ends a word which is not an abbreviation
    (ড. মো.), and at every line end. A terminator inside a quotation does not split, so
    “এটি … হবে। দুটি … যাবেন।” পেসকভ বলেন। stays one sentence; a quotation that ends with a
    terminator (…সহায়তা।’) ends the sentence after its closing mark.
    """
    out: list[Span] = []
    for para in paragraphs(text):
        protected = [s for s in quotation_spans(text, para.start, para.end)
                     if s.end - s.start <= MAX_PROTECTED_QUOTE]
        closing_after_terminator = {
            s.end for s in protected if s.end - 2 >= s.start and text[s.end - 2] in SENTENCE_END + "."
        }
        begin = para.start
        i = para.start
        # only terminators, full stops and the last character of a quotation ending in one can split
        candidates = sorted({m.start() for m in _SPLIT_CANDIDATE.finditer(text, para.start, para.end)}
                            | {e - 1 for e in closing_after_terminator})
        for position in candidates:
            if position < i:
                continue  # inside the closing marks taken with the sentence before
            i = position
            ch = text[i]
            split_at = None
            if i + 1 in closing_after_terminator:
                split_at = i + 1
            elif ch in SENTENCE_END and not _in_any(i, protected):
                split_at = i + 1
            elif ch == "." and not _in_any(i, protected) and _full_stop_ends_sentence(text, i, para.end):
                split_at = i + 1
            if split_at is not None:
                # keep closing marks and brackets that follow the terminator with this sentence
                while split_at < para.end and text[split_at] in "”’\"')]»" and not _in_any(split_at, protected):
                    split_at += 1
                _append_bounded(out, text, begin, split_at)
                begin = split_at
                i = split_at
        _append_bounded(out, text, begin, para.end)
    return out


# The longest run of sentences `repeated_copies` looks for, and the least text a copy must hold
# (a repeated "না।" or "হ্যাঁ।" is speech, not a copy).
MAX_REPEATED_RUN = 8
MIN_REPEATED_CHARS = 30
# The end of a piece `repeated_copies` compares: a terminator, the closing marks after it, space.
_PIECE_END = re.compile(r"[।?!][\"”’']*\s+")


def repeated_copies(text: str) -> list[Span]:
    """Where a run of sentences is repeated word for word right after itself, the second copy.

    Some pages reach the archive with every paragraph printed twice (BBC Bangla: "… জানিয়েছে
    পশ্চিমবঙ্গ পুলিশ। … জানিয়েছে পশ্চিমবঙ্গ পুলিশ। সোমবার …"), a quotation left open at its
    paragraph's end included; the copy says nothing new, and read as text it parts a speech from its
    speaker and pairs one copy's opening mark with the other's. The pieces compared end at a
    terminator (and the closing marks after it), quotations or not; runs of one to
    `MAX_REPEATED_RUN` pieces holding `MIN_REPEATED_CHARS` or more count. Each copy is one span.
    """
    bounds = [0, *(m.end() for m in _PIECE_END.finditer(text)), len(text)]
    pieces = [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]
    words = [" ".join(text[a:b].split()) for a, b in pieces]
    copies: list[Span] = []
    i = 0
    while i < len(pieces):
        for n in range(1, MAX_REPEATED_RUN + 1):
            if i + 2 * n <= len(pieces) and words[i:i + n] == words[i + n:i + 2 * n] \
                    and sum(map(len, words[i:i + n])) >= MIN_REPEATED_CHARS:
                last_start, last_end = pieces[i + 2 * n - 1]
                copies.append(Span(pieces[i + n][0], last_start + len(text[last_start:last_end].rstrip())))
                i += 2 * n
                break
        else:
            i += 1
    return copies


_FURNITURE = re.compile("|".join(PAGE_FURNITURE))


def inside(offset: int, spans: Sequence[Span]) -> bool:
    """Whether `offset` falls in one of `spans` (start included, end not): a mention or a date that
    starts in a `repeated_copies` span is the copy's, and left out."""
    return any(s.start <= offset < s.end for s in spans)


def inside_any(spans: Sequence[Span]) -> Callable[[int], bool]:
    """`inside(offset, spans)` for many offsets against the same spans: the spans merged once into
    sorted disjoint runs and looked up by bisection (a 1 MB page with thousands of repeated sentences
    asked every mention of every entity of every one of them)."""
    runs: list[tuple[int, int]] = []
    for start, end in sorted((s.start, s.end) for s in spans if s.start < s.end):
        if runs and start <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], end))
        else:
            runs.append((start, end))
    starts = [start for start, _ in runs]

    def contains(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < runs[i][1]

    return contains


def page_furniture(text: str) -> list[Span]:
    """Where the page's furniture sits in the text (`PAGE_FURNITURE`: a promotion, a link label)."""
    return [Span(m.start(), m.end()) for m in _FURNITURE.finditer(text)]


def blank_out(text: str, spans: list[Span]) -> str:
    """The text with each span turned to a line end and spaces: offsets stay the same, and what
    comes before a span is a paragraph apart from what comes after it."""
    if not spans:
        return text
    parts, last = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.end <= last:
            continue
        start = max(span.start, last)
        parts.append(text[last:start])
        parts.append("\n" + " " * (span.end - start - 1))
        last = span.end
    parts.append(text[last:])
    return "".join(parts)


# The word before a full stop, and the one space that text tokenised word by word puts between them.
_WORD_BEFORE_STOP = re.compile("(" + WORD_PATTERN + r")( ?)$")


def _full_stop_ends_sentence(text: str, i: int, end: int) -> bool:
    if i + 1 < end and not text[i + 1].isspace():
        return False  # 3.5, www.x.com, এ.কে.
    before = _WORD_BEFORE_STOP.search(text, max(0, i - 12), i)
    if not before:
        return True
    last, spaced = before.group(1), before.group(2)
    if spaced:  # "মো . আনোয়ার হোসেন": text tokenised word by word sets an abbreviation's stop apart
        return last not in ABBREVIATIONS
    if last in BENGALI_INITIALS and _next_word_starts(text, i + 1, end):
        return False  # an initial spelled out in Bengali letters: এস. এম মেহেদী, জে. এম. কুদ্দুস
    return last not in ABBREVIATIONS and len(last) > 1


# Latin letter names written in Bengali script, as in initials (এস. এম মেহেদী, এ. কে. আজাদ).
BENGALI_INITIALS = frozenset({
    "এ", "বি", "সি", "ডি", "ই", "এফ", "জি", "এইচ", "আই", "জে", "কে", "এল", "এম", "এন", "ও", "পি", "কিউ",
    "আর", "এস", "টি", "ইউ", "ভি", "ডব্লিউ", "এক্স", "ওয়াই", "জেড",
})


def _next_word_starts(text: str, i: int, end: int) -> bool:
    """A Bengali word follows position i after one space (the name goes on)."""
    return i + 1 < end and text[i] == " " and "\u0980" <= text[i + 1] <= "\u09ff"


def _append_bounded(out: list[Span], text: str, start: int, end: int) -> None:
    """The sentence from start to end, in pieces of at most MAX_SENTENCE_CHARS, each ended after the
    last comma (or else the last space) before the limit, or at the limit in a run without either."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(",", start + 1, limit) + 1 or text.rfind(" ", start + 1, limit) + 1 or limit
        _append_trimmed(out, text, start, cut)
        start = cut
    _append_trimmed(out, text, start, end)


def _append_trimmed(out: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


@lru_cache(maxsize=200_000)
def case_stems(word: str) -> tuple[str, ...]:
    """The word, then every form with one case ending removed, longest stem first.

    Candidates, not a verdict: সাগর yields সাগ too. Callers keep a stem only when it matches
    something they know (an entity name, a gazetteer entry).

    >>> case_stems("রাশিয়াকে")
    ('রাশিয়াকে', 'রাশিয়াক', 'রাশিয়া')
    """
    forms = [word]
    for suffix in CASE_SUFFIXES:
        if word.endswith(suffix):
            stem = word[: -len(suffix)].rstrip("-’' ")
            if len(stem) >= MIN_STEM_LENGTH and stem not in forms:
                forms.append(stem)
    return (word, *sorted(forms[1:], key=len, reverse=True))


def strip_case_ending(word: str, known: frozenset[str] | set[str] | None = None) -> str:
    """The nominative form of a name: the longest-suffix stem that `known` contains, else
    (with no `known` given) the stem of the longest ending that leaves a real stem.

    >>> strip_case_ending("কিমের", {"কিম"})
    'কিম'
    """
    stems = case_stems(word)
    if known is not None:
        for stem in sorted(stems, key=len):
            if stem in known:
                return stem
        return word
    return stems[-1] if len(stems) > 1 else word


def shorten(text: str, size: int) -> str:
    """`text` as it is when it has at most `size` characters, else cut to at most `size` - 1 and ended
    with "…": the cut falls between letters (a vowel sign stays with its consonant, a hasanta with the
    letter after it), so it may be a character or two shorter, and a space it leaves before the "…"
    is dropped, so the ellipsis follows the last word.

    >>> shorten("পুতিন বলেন", 12)
    'পুতিন বলেন'
    >>> shorten("রাশিয়ার প্রেসিডেন্ট পুতিন", 10)
    'রাশিয়ার…'
    >>> shorten("প্রেসিডেন্ট", 10)
    'প্রেসিডে…'
    """
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    if len(text) <= size:
        return text
    cut = size - 1
    # not inside a letter cluster: no vowel sign cut from its consonant, no dangling hasanta ("প্রেসিডেন্…")
    while cut > 0 and (unicodedata.category(text[cut]) in {"Mn", "Mc"} or text[cut - 1] == "\u09cd"):
        cut -= 1
    return text[:cut].rstrip() + "…"
