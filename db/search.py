"""Bengali-aware full-text search over articles and quotes (SQLite FTS5).

What a query means:
- words are matched in all their case forms: রাশিয়া finds রাশিয়ার, রাশিয়াকে, রাশিয়ায় (the word is
  searched as a prefix; an inflected word typed by the user is also searched through its stems);
- both Unicode spellings of য়/ড় match (NFC on both sides), Bengali and Latin digits match (১২ = 12);
- "double quotes" (or “curly ones”) search a phrase, its last word in its case forms ("তারেক
  রহমান" finds তারেক রহমানের); OR and NOT (upper case) combine terms; a trailing * makes a word a
  prefix explicitly.
A query that cannot be run raises `BadQuery` with a one-line message.
"""
from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlite_utils import Database

from core.lexicon import CASE_SUFFIXES
from core.text import case_stems, normalize, to_bengali_digits, to_latin_digits
from db import registry
from db.errors import BadQuery
from db.migrations import BENGALI_MARKS

# Highlight markers inside snippets: private-use characters that never occur in article text, so
# callers can escape the snippet first and then turn them into <mark> (see `marked`).
MARK_START, MARK_END = "\ue000", "\ue001"
MAX_QUERY_LENGTH = 500
MAX_TERMS = 24
ORDERS = ("relevance", "date", "added")
STATUSES = ("new", "reviewed", "approved")
_OPERATORS = {"OR", "NOT", "AND"}
_MARKS = frozenset(BENGALI_MARKS)
# Lexer: a quoted phrase (straight or curly quotes), or a run of anything else that is not space.
_LEX = re.compile(r'"([^"]*)"|“([^”]*)”|(\S+)')
# case endings that start with a letter a stem can take directly (no hyphen or apostrophe forms)
_SUFFIXES = tuple(s for s in CASE_SUFFIXES if s[0] not in "-’'")


@dataclass(frozen=True)
class Page:
    """One page of rows and the total number of rows matching."""

    rows: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.limit)) if self.limit else 1


@dataclass(frozen=True)
class ArticleFilter:
    """Filters shared by article lists and search (all optional)."""

    outlet: str | Sequence[str] | None = None
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None
    status: str | None = None
    entity_id: int | None = None  # articles mentioning this registry entity
    speaker_id: int | None = None  # articles quoting this registry entity
    is_sample: bool | None = None


def _is_token_char(ch: str) -> bool:
    """The FTS5 unicode61 tokenizer's idea of a word character, with Bengali marks added."""
    return ch in _MARKS or unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Co"


def fts_words(text: str) -> list[str]:
    """Split text the way the index does: `হো-জিন` -> ['হো', 'জিন']."""
    words, current = [], []
    for ch in text:
        if _is_token_char(ch):
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@dataclass(frozen=True)
class _Form:
    """One alternative a query term matches: a run of index words, the last one a prefix or not."""

    words: tuple[str, ...]
    prefix: bool = False

    @property
    def expression(self) -> str:
        return _quote(" ".join(self.words)) + ("*" if self.prefix else "")


def _digit_forms(word: str) -> list[str]:
    if not any(ch.isdigit() for ch in word):
        return [word]
    return list(dict.fromkeys([word, to_latin_digits(word), to_bengali_digits(word)]))


def _word_forms(word: str, *, prefix: bool) -> list[_Form]:
    """One word's case forms and digit spellings."""
    options: list[_Form] = []
    for form in _digit_forms(word):
        options.append(_Form((form,), prefix and not form.isdigit()))
        if not prefix or any(ch.isdigit() for ch in form):
            continue
        # an inflected word typed by the user: also its stem in every case form (exact tokens,
        # so a short candidate stem such as সাগ for সাগর cannot flood the results)
        for stem in case_stems(form)[1:]:
            options.append(_Form((stem,)))
            options.extend(_Form((stem + suffix,)) for suffix in _SUFFIXES)
    return list(dict.fromkeys(options))


def _phrase_forms(words: list[str]) -> list[_Form]:
    """A phrase in its digit spellings, its last word a prefix unless a number: Bengali puts the
    case ending on a name's last word, so "তারেক রহমান" finds তারেক রহমানের and তারেক রহমানকে."""
    joined = " ".join(words)
    variants = {joined, to_latin_digits(joined), to_bengali_digits(joined)}
    return sorted((_Form(tuple(v.split(" ")), not v.split(" ")[-1].isdigit()) for v in variants),
                  key=lambda f: f.expression)


def _expression(forms: Sequence[_Form]) -> str:
    return forms[0].expression if len(forms) == 1 else "(" + " OR ".join(f.expression for f in forms) + ")"


def _parse(query: str) -> list[str | tuple[_Form, ...]]:
    """The query as operators and terms (each term the forms it matches), or `BadQuery`."""
    text = normalize(query or "").strip()
    if not text:
        raise BadQuery("empty query: type a word or a \"phrase\"")
    if len(text) > MAX_QUERY_LENGTH:
        raise BadQuery(f"query too long: {len(text)} characters, at most {MAX_QUERY_LENGTH}")
    if (text.count('"') % 2) or text.count("“") != text.count("”"):
        raise BadQuery("unbalanced quotation mark: close the phrase with a second \"")
    parts: list[str | tuple[_Form, ...]] = []
    terms = 0
    for match in _LEX.finditer(text):
        phrase = match.group(1) if match.group(1) is not None else match.group(2)
        if phrase is not None:
            words = fts_words(phrase)
            if not words:
                raise BadQuery("empty phrase: put words between the quotation marks")
            parts.append(tuple(_phrase_forms(words)))
            terms += 1
            continue
        raw = match.group(3)
        if raw in _OPERATORS:
            parts.append(raw)
            continue
        prefix_only = raw.endswith("*")
        words = fts_words(raw)
        if not words:
            continue  # punctuation on its own: nothing to search
        if len(words) > 1:
            parts.append(tuple(_phrase_forms(words)))
        else:
            parts.append(tuple(_word_forms(words[0], prefix=True)) if not prefix_only else (_Form((words[0],), True),))
        terms += 1
    if terms == 0:
        raise BadQuery("nothing to search: the query has no words")
    if terms > MAX_TERMS:
        raise BadQuery(f"too many words: {terms}, at most {MAX_TERMS}")
    return parts


def build_match(query: str) -> str:
    """The FTS5 MATCH expression for a user's query, or `BadQuery`.

    >>> build_match('রাশিয়া')
    '"রাশিয়া"*'
    """
    return _combine([p if isinstance(p, str) else _expression(p) for p in _parse(query)])


def _combine(parts: list[str]) -> str:
    out: list[str] = []
    expect_term = True
    for part in parts:
        if part in _OPERATORS:
            if expect_term or part == "AND" and not out:
                raise BadQuery(f"{part} needs a word before and after it")
            out.append(part)
            expect_term = True
            continue
        if not expect_term:
            # two terms side by side mean AND; said explicitly, since FTS5's implicit AND is not
            # accepted next to a bracketed group
            out.append("AND")
        out.append(part)
        expect_term = False
    if expect_term:
        raise BadQuery(f"{out[-1] if out else 'the query'} needs a word after it")
    return " ".join(out)


def marked(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet with its highlight markers replaced (for the CLI, JSON or Markdown)."""
    return snippet.replace(MARK_START, start).replace(MARK_END, end)


# The index's word characters as regular expressions (see `_is_token_char`): letters and numbers
# (`\w`), the Bengali marks and private-use characters. `\w` also takes "_", which the index
# splits at: the text is searched with "_" turned into a space (`_searchable`).
_WORD_CHARS = "\\w" + re.escape(BENGALI_MARKS) + "\ue000-\uf8ff\U000f0000-\U0010fffd"
_TOKEN_CHAR = f"[{_WORD_CHARS}]"
_NON_TOKEN_CHAR = f"[^{_WORD_CHARS}]"
_TOKEN = re.compile(_TOKEN_CHAR + "+")


@functools.lru_cache(maxsize=64)
def _highlighter(query: str) -> re.Pattern[str] | None:
    """A pattern finding, in normalised text, the words a query matches: every form `build_match`
    searches for (case forms, stems, digit spellings, phrases), whole words, Latin case folded as
    the index folds it. Terms after NOT are left out: a matching article never contains them."""
    forms: list[_Form] = []
    negated = False
    for part in _parse(query):
        if isinstance(part, str):
            negated = part == "NOT"
            continue
        if not negated:
            forms.extend(part)
        negated = False
    if not forms:
        return None
    # longest first, so a phrase is marked as one span rather than stopping at its first word
    alternatives = sorted(
        {f"{_NON_TOKEN_CHAR}+".join(map(re.escape, f.words)) + (_TOKEN_CHAR + "*" if f.prefix else "")
         for f in forms}, key=lambda a: (-len(a), a))
    return re.compile(rf"(?<!{_TOKEN_CHAR})(?:{'|'.join(alternatives)})(?!{_TOKEN_CHAR})", re.IGNORECASE)


def _clean(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


@functools.cache
def _words(count: int) -> re.Pattern[str]:
    # possessive, so a word is never split in two to make up the count
    return re.compile(rf"(?:{_NON_TOKEN_CHAR}*+{_TOKEN_CHAR}++){{{count}}}")


def _walk(text: str, position: int, count: int) -> tuple[int, int]:
    """Where the `count`-th word from `position` ends, and how many words there were (fewer at the
    end of the text)."""
    if count <= 0:
        return position, 0
    run = _words(count).match(text, position)
    if run:
        return run.end(), count
    ends = [word.end() for word in _TOKEN.finditer(text, position)]  # fewer than `count` are left
    return (ends[-1] if ends else position), len(ends)


def cut_snippet(body: str, pattern: re.Pattern[str] | None, *, tokens: int = 24) -> str:
    """About `tokens` words of `body` around the first match of `pattern` (from `_highlighter`),
    every match in it wrapped in MARK_START/MARK_END and "…" where the body was cut; the leading
    words, unmarked, when nothing in the body matches (a match in the title only).

    What FTS5's snippet() gave, cut in Python for the returned rows only: snippet() re-reads the
    positions of every match and cost ten times the search itself."""
    text = body.replace("_", " ")  # searched; `body` is cut (the same offsets)
    first = pattern.search(text) if pattern is not None else None
    if first is None:
        cut_to, _ = _walk(text, 0, tokens)
        return _clean(body) if _TOKEN.search(text, cut_to) is None else _clean(body[:cut_to]) + "…"
    start, end = first.span()
    # the match in the middle, as snippet() placed it; what one side lacks goes to the other
    room = max(0, tokens - len(_TOKEN.findall(first.group())))
    before = text[:start][::-1]  # walked backwards as a reversed string
    _, have_before = _walk(before, 0, room)
    _, have_after = _walk(text, end, room)
    n_after = min(have_after, room - min(have_before, room // 2))
    n_before = min(have_before, room - n_after)
    back, _ = _walk(before, 0, n_before)
    cut_to, _ = _walk(text, end, n_after)
    at_start = _TOKEN.search(before, back) is None
    at_end = _TOKEN.search(text, cut_to) is None
    cut_from = 0 if at_start else start - back
    cut_to = len(body) if at_end else cut_to
    out = [] if at_start else ["…"]
    position = cut_from
    for match in pattern.finditer(text, cut_from, cut_to):  # type: ignore[union-attr]
        out += [_clean(body[position:match.start()]), MARK_START, _clean(body[match.start():match.end()]), MARK_END]
        position = match.end()
    out.append(_clean(body[position:cut_to]))
    if not at_end:
        out.append("…")
    return "".join(out)


def following_merges(db: Database, where: ArticleFilter) -> ArticleFilter:
    """The filter with its entity and speaker ids replaced by the entities they were merged into,
    so a link or a picker holding a merged-away id still finds the articles (`EntityNotFound`
    for an id that never existed)."""
    if where.entity_id is None and where.speaker_id is None:
        return where
    return replace(
        where,
        entity_id=None if where.entity_id is None else registry.root(db, where.entity_id),
        speaker_id=None if where.speaker_id is None else registry.root(db, where.speaker_id),
    )


def article_conditions(where: ArticleFilter, alias: str = "a") -> tuple[list[str], list[Any]]:
    """SQL conditions (on articles AS `alias`) and their parameters for a filter."""
    sql: list[str] = []
    params: list[Any] = []
    if where.outlet:
        outlets = [where.outlet] if isinstance(where.outlet, str) else list(where.outlet)
        sql.append(f"{alias}.outlet IN ({','.join('?' * len(outlets))})")
        params.extend(outlets)
    if where.date_from:
        sql.append(f"{alias}.published >= ?")
        params.append(str(where.date_from)[:10])
    if where.date_to:
        sql.append(f"{alias}.published <= ?")
        params.append(str(where.date_to)[:10])
    if where.status:
        if where.status not in STATUSES:
            raise BadQuery(f"status must be one of {', '.join(STATUSES)}, got {where.status!r}")
        sql.append(f"{alias}.status = ?")
        params.append(where.status)
    if where.entity_id is not None:
        sql.append(
            f"EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = {alias}.id "
            "AND ae.entity_id = ? AND ae.status = 'active')"
        )
        params.append(where.entity_id)
    if where.speaker_id is not None:
        sql.append(
            f"EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = {alias}.id "
            "AND q.speaker_entity_id = ? AND q.status = 'active')"
        )
        params.append(where.speaker_id)
    if where.is_sample is not None:
        sql.append(f"{alias}.is_sample = ?")
        params.append(int(where.is_sample))
    return sql, params


_ARTICLE_COLUMNS = (
    "a.id, a.title, a.outlet, a.author, a.url, a.published, a.published_inferred, a.status, a.is_sample, "
    "a.created_at, a.source_file, a.external_id"
)
_ORDER_SQL = {
    "date": "a.published IS NULL, a.published DESC, a.id DESC",
    "added": "a.id DESC",
}


def search_articles(
    db: Database, query: str | None = None, *, where: ArticleFilter = ArticleFilter(), order: str = "relevance",
    limit: int = 20, offset: int = 0, snippet_tokens: int = 24,
) -> Page:
    """Articles matching `query` (all articles when it is empty) and the filter, one page of them,
    each with a highlighted `snippet` when searching. Orders: relevance, date, added.

    Relevance is FTS5's `rank` (bm25 with titles weighing 4×, set by migration 5): the index sorts
    the matches itself, counting them on the way (`total`), and the page's snippets are cut in
    Python for the rows returned (`cut_snippet`), so a search costs the raw
    `MATCH … ORDER BY rank LIMIT n` query plus reading one page of rows."""
    if order not in ORDERS:
        raise BadQuery(f"order must be one of {', '.join(ORDERS)}, got {order!r}")
    conditions, params = article_conditions(following_merges(db, where))
    limit, offset = max(0, int(limit)), max(0, int(offset))
    if not (query or "").strip():
        where_sql = " WHERE " + " AND ".join(conditions) if conditions else ""
        total = db.conn.execute(f"SELECT count(*) FROM articles a{where_sql}", params).fetchone()[0]
        rows = list(db.query(
            f"SELECT {_ARTICLE_COLUMNS}, NULL AS snippet FROM articles a{where_sql} "
            f"ORDER BY {_ORDER_SQL['added' if order == 'relevance' else order]} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ))
        return Page(rows, total, limit, offset)
    match = build_match(query or "")
    join = " JOIN articles a ON a.id = articles_fts.rowid"
    filters = "".join(f" AND {c}" for c in conditions)
    try:
        # the total comes with the page: ranking visits every match anyway, so count(*) OVER () is free
        found = db.conn.execute(
            f"SELECT articles_fts.rowid, count(*) OVER () "
            f"FROM articles_fts{join if conditions or order != 'relevance' else ''} WHERE articles_fts MATCH ?{filters} "
            f"ORDER BY {'rank' if order == 'relevance' else _ORDER_SQL[order]} LIMIT ? OFFSET ?",
            [match, *params, limit, offset],
        ).fetchall()
        ids = [i for i, _ in found]
        total = found[0][1] if found else 0 if not offset else db.conn.execute(
            f"SELECT count(*) FROM articles_fts{join if conditions else ''} WHERE articles_fts MATCH ?{filters}",
            [match, *params],
        ).fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise BadQuery(f"cannot search for {query!r}: {exc}") from None
    by_id = {row["id"]: row for row in db.query(
        f"SELECT {_ARTICLE_COLUMNS}, t.body AS _body FROM articles a JOIN article_texts t ON t.id = a.id "
        f"WHERE a.id IN ({','.join('?' * len(ids))})", ids,
    )} if ids else {}
    pattern, tokens = _highlighter(query or ""), max(4, min(64, int(snippet_tokens)))
    rows = []
    for i in ids:
        if i in by_id:
            row = by_id[i]
            row["snippet"] = cut_snippet(row.pop("_body"), pattern, tokens=tokens)
            rows.append(row)
    return Page(rows, total, limit, offset)
