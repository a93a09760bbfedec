"""Quotation marks paired into quotations (`_pair_marks`): a stack over straight and curly marks,
nesting, apostrophes inside words (TASS’র) skipped, a mark left open never running past its
sentence; and the sentence-end tests the pairing needs (`_rstrip_at`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from core.quotes.tunables import MAX_DIRECT_CHARS, MAX_LIST_ITEM_CHARS, MAX_NESTING, MAX_UNCLOSED_CHARS
from core.quotes.vocabulary import _CUE_RE, _DOUBLE, _MARK_RE, _OPEN_BEFORE, _TERMINATORS, _WORD_START


@dataclass
class _Marked:
    """A quotation: marks at `open` and `close` (close == end of content when unclosed)."""

    open: int
    close: int
    closed: bool = True
    children: list[_Marked] = field(default_factory=list)
    doubled: bool = False  # ‘‘…’’: two marks on each side
    wide_open: bool = False  # opened by two marks typed as one (‘’বোঝাই যায় …)
    wide_close: bool = False  # closed by two marks typed as one (… হয়েছে,‘’ বলছেন); `close` is the second
    opened_before: bool = False  # the text opens inside it (an excerpt cut mid-quotation): `open` is 0, no mark
    opening_lost: bool = False  # closed by a ' typed after a space, its opening mark lost: `open` starts its sentence
    cut_off: bool = False  # unclosed, the text ends inside it (an excerpt cut mid-quotation): `close` is the text's end

    @property
    def start(self) -> int:
        if self.opened_before or self.opening_lost:
            return self.open
        return self.open + (2 if self.doubled or self.wide_open else 1)

    @property
    def end(self) -> int:
        return self.close - (1 if self.doubled or self.wide_close else 0)


def _pair_marks(text: str) -> list[_Marked]:
    """Top-level quotations of the text (with their nested quotations as children).

    Curly marks say which way they face; straight marks and ’ are decided by what is around them:
    a mark opens at the start of a word and closes at its end, and ’ or ' between letters is an
    apostrophe (TASS’র, বিটিএমএ'র). A mark still open at a line end closes there only when the
    next paragraph opens a quotation again (a quote running over paragraphs); otherwise it ends at
    the last full stop before the next quotation of its kind opens (its closing mark was lost), or at
    its sentence end, or is dropped when that is far: no quotation swallows the article. A ' typed
    after a space at a sentence's end that nothing closes closed that sentence, its opening mark lost.
    """
    n = len(text)
    pairs: list[_Marked] = []
    stack: list[tuple[bool, int]] = []  # (is_double, position)
    open_count = {True: 0, False: 0}
    wide: set[int] = set()  # where two single marks stand for one double mark (‘’ … ‘’, ’’)
    spaced_open: set[int] = set()  # ' opening with a space on both sides: a quotation only when closed
    left_open: list[int] = []  # line ends where a single mark was still open

    def reopened(pos: int, double: bool, at: int) -> int | None:
        """Where a quotation whose closing mark was lost ends when another of its kind opens after it:
        at the last full stop before that one ("বলেন, ‘… অনুপ্রাণিত। … এগিয়ে যেতে চাই। ‘তোমরা জানো …’",
        "লিখেছেন, ‘ইন্নালিল্লাহি … রাজিউন। … খালেদা জিয়া। সেইসঙ্গে … উল্লেখ করেছেন তমা, ‘…’")."""
        later = [p.open for p in takewhile(lambda p: p.close > pos, reversed(pairs))] + [q for _, q in stack if q > pos]
        nxt = min((q for q in later if pos < q < min(at, pos + MAX_UNCLOSED_CHARS)
                   and (text[q] in _DOUBLE or q in wide) == double), default=None)
        if nxt is None:
            return None
        end = max((m.end() for m in _TERMINATOR_RE.finditer(text, pos + 1, nxt) if text[m.start()] != "\n"), default=None)
        if end is None:
            return None
        # … or before a sentence that gives words of its own ("… বলেন, 'চাল কেনা … হচ্ছে। বৈঠকে … নেতা …
        # বলেন, যা কিছু রটে, তার কিছু বটে। … বলেন, 'চাল কেনা …": the reporter speaks again in it)
        attributed = next((m.start() for m in _CUE_RE.finditer(text, pos + 1, end)
                           if _introduces_words(text, m, m.end() + 3)), None)
        if attributed is None:
            return end
        return max((m.end() for m in _TERMINATOR_RE.finditer(text, pos + 1, attributed) if text[m.start()] != "\n"),
                   default=None) or _sentence_end(text, pos + 1, nxt)

    def flush(at: int, continued: bool, cut_off: bool = False) -> None:
        for double, pos in stack:
            if pos in spaced_open:
                # nothing closed it, so it closed the sentence before it, whose opening mark was lost
                # (banglakit's sentences end a quotation with " '"; the one that opened it is elsewhere)
                # (unless the paragraph before left one open: the mark closes that one, begun over there)
                sentence = _sentence_before(text, pos, pairs)
                if sentence is not None and not any(not text[brk:sentence].strip() for brk in left_open):
                    pairs.append(_Marked(sentence, pos, opening_lost=True))
                continue
            end = at if continued else reopened(pos, double, at) or _sentence_end(text, pos + 1, at)
            if end is not None and end - pos <= (MAX_DIRECT_CHARS if continued else MAX_UNCLOSED_CHARS):
                pairs.append(_Marked(pos, end, closed=False, wide_open=pos in wide, cut_off=cut_off))
        stack.clear()

    for match in _MARK_RE.finditer(text):
        i = match.start()
        ch = text[i]
        if ch == "\n":
            if open_count[False]:
                left_open.append(i)
            if stack:
                flush(_rstrip_at(text, i), _next_paragraph_opens(text, i + 1))
                open_count[True] = open_count[False] = 0
            continue
        if i - 1 in wide:
            continue  # the second mark of a pair typed for one
        if _typed_double(text, i):
            wide.add(i)
            ch = '"'
        double = ch in _DOUBLE
        prev = text[i - 1] if i else " "
        after = i + (2 if i in wide else 1)
        nxt = text[after] if after < n else " "
        can_open = (prev in _OPEN_BEFORE or prev.isspace() or prev in "“‘\"'") and not nxt.isspace()
        has_open = open_count[double] > 0
        can_close = not prev.isspace() and (not _WORD_START.match(nxt) or has_open and _suffix_follows(text, i + 1))
        if ch in "“«„":
            role = "close" if (can_close and not can_open and has_open) else "open"
        elif ch in "”»‟":
            role = "open" if (can_open and not can_close and not has_open) else "close"
        elif ch == "‘":
            role = "close" if (can_close and not can_open and has_open) else "open"
        elif ch == "’":
            role = "close" if can_close else ("open" if can_open and not has_open else "skip")
            if role == "skip" and has_open and prev.isspace() and nxt.isspace() and _after_sentence_end(text, i):
                role = "close"  # typed after a space: "… নাম আসবে কেন? ’ সওজের …" ends the quotation
        else:  # straight " and '
            if can_open and can_close:
                role = "close" if has_open else "open"
            elif can_open:
                role = "open"
            elif can_close:
                role = "close"
            elif double and prev.isspace() and nxt.isspace():
                role = "close" if has_open else "open"  # spaced on both sides: "… হয়েছে " লিখেছেন", "বলেন, " কেউ …"
            elif prev.isspace() and nxt.isspace() and _after_sentence_end(text, i):
                # a ' typed after a space at a sentence's end closes the quotation of its kind that is
                # open ("বলেন, 'আমরা … টিকে থাকা। ' নির্বাচনে …"); with none open it opens one ("… জানিয়েছেন
                # তিনি। ' ক্রিকেট যখন … করতে হয়। ' বিবৃতিতে বলেছেন শচীন"), kept only if a mark closes it, unless
                # the excerpt opens inside the quotation it closes ("… অভিযোগ করেছেন। ' বগুড়ার …"); a mark later in
                # its sentence says it opens ("… এসব কথা বলেন। ' শিশুর সুরক্ষা' শীর্ষক …")
                role = "close" if has_open or _opens_inside_quotation(text, i) and not _quotes_in_sentence(text, i + 1) \
                    else "open"
                if role == "open":
                    spaced_open.add(i)
            else:
                role = "skip"
        if role == "open" and double and has_open and stack and stack[-1][0] and _after_sentence_end(text, i):
            # "কিন্ত … অসম্ভব। "এই জিনিস …": a double mark opening after a full stop while one is open
            # reopens the speech; the quotation before it was never closed
            _, at = stack.pop()
            open_count[True] -= 1
            end = _rstrip_at(text, i)
            if end - at <= MAX_DIRECT_CHARS:
                pairs.append(_Marked(at, end, closed=False, wide_open=at in wide))
            has_open = open_count[double] > 0
        if role == "open":
            if len(stack) < MAX_NESTING:
                stack.append((double, i))
                open_count[double] += 1
        elif role == "close" and not has_open and not pairs and _opens_inside_quotation(text, i):
            pairs.append(_Marked(0, i, opened_before=True))
        elif role == "close" and not has_open and ch == "’" and pairs and not pairs[-1].children:
            # a list of slogans with one opening mark lost: "‘A’, ‘B’, C’, ‘D’": C was quoted too
            gap = text[pairs[-1].close + 1:i]
            lead = len(gap) - len(gap.lstrip(", "))
            if gap.startswith(",") and 0 < lead <= 3 and "’" not in gap and "‘" not in gap \
                    and not _TERMINATOR_RE.search(gap) and len(gap) - lead <= MAX_LIST_ITEM_CHARS \
                    and text[pairs[-1].open] == "‘":
                pairs.append(_Marked(pairs[-1].close + lead, i))
        elif role == "close" and not has_open and stack and stack[-1][0] != double and ch in "”’" \
                and text[i - 1] in "।?!,":
            # a quotation opened with one kind of mark and closed with the other, after its last
            # sentence: "বলেন, ‘প্রতি বছর আলাদা। … ভালো করব।” অস্ট্রেলিয়ান …" (a typo, one quotation)
            _, at = stack.pop()
            open_count[not double] -= 1
            if i - at <= MAX_DIRECT_CHARS:
                pairs.append(_Marked(at, i))
        elif role == "close" and has_open:
            while stack and stack[-1][0] != double:
                open_count[stack.pop()[0]] -= 1  # an inner mark of the other kind never closed: drop it
            _, at = stack.pop()
            open_count[double] -= 1
            if i - at <= MAX_DIRECT_CHARS and i > at + 1 + (at in wide):
                if at in wide or i in wide:
                    pairs.append(_Marked(at, i + (i in wide), wide_open=at in wide, wide_close=i in wide))
                else:
                    pairs.append(_Marked(at, i))
    if stack:
        last = _rstrip_at(text, n)
        # an excerpt cut mid-quotation: "… বলেন, ‘আমরা শক্ত প্রতিদ্বন্দ্বী। … কাজটা সহজ হবে না।" (the text
        # ends, the speech has not)
        # (unless another quotation of its kind opens later: then its closing mark was lost)
        cut_off = len(stack) == 1 and reopened(stack[0][1], stack[0][0], last) is None \
            and _ends_inside_quotation(text, stack[0][1], last)
        flush(last, cut_off, cut_off=cut_off)
    return _nest(pairs)


def _sentence_before(text: str, i: int, pairs: list[_Marked]) -> int | None:
    """Where the sentence that a closing mark typed after a space at i ends starts ("… চলবে। তবে আমার মনে
    হয়, মামলাগুলো চলতে পারে। ' ওই রিট …"): after the full stop or line end before it, and after a
    quotation that closes in it; None when it is far or holds no word."""
    end = _rstrip_at(text, i)
    start = max((m.end() for m in _TERMINATOR_RE.finditer(text, max(0, end - MAX_UNCLOSED_CHARS), end - 1)), default=0)
    start = max([start] + [p.close + 1 for p in pairs if p.open < start <= p.close < end])
    while start < end and text[start].isspace():
        start += 1
    if end - start > MAX_UNCLOSED_CHARS or not any(_WORD_START.match(c) for c in text[start:end]):
        return None
    return start


def _opens_inside_quotation(text: str, i: int) -> bool:
    """Does the text open inside a quotation that the mark at i closes? An excerpt cut from the middle
    of an article can start in someone's words: "আমি তাঁর বাড়িতেও যাই না।’ উপজেলা আওয়ামী লীগের …".
    The first mark of the text closes right after a sentence's end, within one paragraph, and no one
    is heard saying the words before it ("আবু তৈয়ব লেখেন, হিরোদের দল করা উচিত।’" lost its opening mark)."""
    before = text[:i]
    if len(before) > MAX_UNCLOSED_CHARS or "\n" in before.strip() or _MARK_RE.search(before) \
            or before.rstrip()[-1:] not in {"।", "?", "!"}:
        return False
    return not any(_introduces_words(before, m, len(before)) for m in _CUE_RE.finditer(before))


def _introduces_words(text: str, cue: re.Match[str], reach: int) -> bool:
    """Is the cue a verb of saying followed, before `reach`, by a comma or colon ("… বলেন, …",
    "… জানান: …")? Then the words after it are what was said."""
    return bool(cue.group("verb")) and text[cue.end():reach].lstrip()[:1] in {",", ":"}


def _ends_inside_quotation(text: str, at: int, end: int) -> bool:
    """Does the text end inside the quotation opened at `at`? Its words run to the text's end in one
    paragraph, ending a sentence, not far."""
    return end - at <= MAX_UNCLOSED_CHARS and "\n" not in text[at:end] and text[end - 1:end] in _TERMINATORS


_SINGLE_MARKS = frozenset("‘’'")
_TERMINATOR_RE = re.compile("[।?!\n]")
_OPENING_MARKS = frozenset("“‘\"'«„")
_QUOTE_MARKS = frozenset("“”‘’\"'«»„‟")


def _quotes_in_sentence(text: str, start: int) -> bool:
    """Is there a quotation mark in the sentence that runs from `start`?"""
    end = _sentence_end(text, start, len(text)) or len(text)
    return any(text[j] in _QUOTE_MARKS for j in range(start, end))


def _after_sentence_end(text: str, i: int) -> bool:
    """Does a full stop (।?!) end the text right before position i (spaces between)?"""
    j = _rstrip_at(text, i)
    return j > 0 and text[j - 1] in _TERMINATORS


def _typed_double(text: str, i: int) -> bool:
    """Two single marks typed for one double mark (‘’বোঝাই যায় … হয়েছে,‘’ বলছেন; ‘‘…’’; …,’’): exactly
    two in a row."""
    return text[i] in _SINGLE_MARKS and i + 1 < len(text) and text[i + 1] in _SINGLE_MARKS \
        and not (i and text[i - 1] in _SINGLE_MARKS) and not (i + 2 < len(text) and text[i + 2] in _SINGLE_MARKS)


_GLUED_SUFFIXES = frozenset({"ও", "র", "এর", "কে", "তে", "সহ", "ই", "রা", "দের", "টি", "টা", "য়", "এ", "ের", "রও"})


def _suffix_follows(text: str, i: int) -> bool:
    """A case ending or particle glued to a closing mark: ‘ছোটলোক পোলাপাইন’ও, ‘মাইনাস ফোর’র."""
    j = i
    while j < len(text) and j - i < 4 and _WORD_START.match(text[j]):
        j += 1
    return text[i:j] in _GLUED_SUFFIXES


def _nest(pairs: list[_Marked]) -> list[_Marked]:
    """Top-level quotations with nested ones as children; overlapping leftovers are dropped. A
    doubled mark (‘‘…’’, the typist's double quote) is one quotation."""
    pairs.sort(key=lambda p: (p.open, -p.close))
    top: list[_Marked] = []
    for pair in pairs:
        if top and pair.open < top[-1].close:
            outer = top[-1]
            if pair.close <= outer.close:
                if pair.open == outer.open + 1 and pair.close == outer.close - 1 and not outer.children:
                    outer.doubled = True  # ‘‘ইন্নালিল্লাহি …’’
                elif not outer.children or pair.open >= outer.children[-1].close:
                    outer.children.append(pair)
            continue  # crossing pairs: keep the earlier one
        top.append(pair)
    return top


def _sentence_end(text: str, start: int, limit: int) -> int | None:
    """The end of the sentence starting at `start` (before its terminator), within `limit`."""
    stop = min(limit, start + MAX_UNCLOSED_CHARS)
    for j in range(start, stop):
        if text[j] in _TERMINATORS:
            return j + 1
    return None


def _rstrip_at(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _next_paragraph_opens(text: str, start: int) -> bool:
    j = start
    while j < len(text) and text[j].isspace():
        j += 1
    return j < len(text) and text[j] in "“‘\"'«„"
