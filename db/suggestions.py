"""Registry rows that are possibly one person (or organisation, or place): suggestions for an editor,
never merged automatically.

Within an article the extractor folds a short form into the full name (ট্রাম্প is ডোনাল্ড ট্রাম্প there),
but an article that only says "ট্রাম্প" makes a registry row of its own. Two kinds of evidence say a
short row may be a longer one:

- "alias": its name is a recorded alias of the other row (some article used both for one entity);
- "last words" / "first words" (people only): its name is the other person's name without its first
  or last word(s) (তারেক রহমান of মো. তারেক রহমান).

Neither is proof, which is why these are suggestions. On the corpus of 566 articles, "তারেক রহমান" (the
BNP chairman, 63 articles) is a recorded alias of exactly one row, "মো. তারেক রহমান" -- a different man,
of another party; "নাজমুল" is the alias of one নাজমুল ইসলাম, a garment worker, and a name thousands
share. A wrong merge silently mixes two people's quotes; a split costs an editor one click.

A short name with several candidates (এরশাদ: হুসেইন মুহম্মদ এরশাদ or রওশন এরশাদ) is listed with each of
them and the number of candidates, after the unambiguous ones. The list is computed from the registry
as it is, so it does not depend on the order articles arrived in; an editor's merge ends a pair, and
"not the same" (`corrections.mark_not_same`) keeps it out of the list, re-analysis included, until it
is undone (`corrections.undo_correction`).

The curated gazetteers settle some pairs before an editor sees them (`db.gazetteer`): two names of
one entry (বিএনপি, বাংলাদেশ জাতীয়তাবাদী দল; মির্জা ফখরুল and the full name) are one registry row,
and two rows named after two different entries are not offered (রাশেদ খান, রাশেদ খান মেনন).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db import gazetteer, registry

ALIAS, LAST_WORDS, FIRST_WORDS = "alias", "last words", "first words"


@dataclass(frozen=True)
class Suggestion:
    """`short` is possibly `full` (`full` has more words). Merging folds one row into the other; the
    editor chooses which name stays, `keeps_short` is the choice offered first. `candidates` is how
    many rows the short name could be (1: unambiguous)."""

    short_id: int
    short_name: str
    full_id: int
    full_name: str
    type: str
    evidence: tuple[str, ...]
    candidates: int
    short_articles: int
    short_quotes: int
    full_articles: int
    full_quotes: int

    @property
    def keeps_short(self) -> bool:
        """Should a merge keep the short name? Usually the fuller name is the better one (ডোনাল্ড
        ট্রাম্প over ট্রাম্প, মির্জা ফখরুল ইসলাম আলমগীর over মির্জা ফখরুল ইসলাম). But a longer name that is
        the short one plus a trailing word, or the same letters spaced otherwise, is as often an
        extraction slip or a rarer spelling: on the corpus "ডোনাল্ড ট্রাম্প ভঙ্গুর" (1 article, a clause
        read into the name) beside ডোনাল্ড ট্রাম্প (21 quotes), "এভার কেয়ার হাসপাতাল" (2 articles) beside
        এভারকেয়ার হাসপাতাল (25). There the row in more articles, quoted at least as often, is kept;
        a tie keeps the fuller name (রিপন মণ্ডল over রিপন)."""
        short, full = registry.entity_key(self.short_name).split(), registry.entity_key(self.full_name).split()
        one_more_word = len(full) == len(short) + 1 and full[:-1] == short
        respaced = "".join(full) == "".join(short)
        used_more = self.short_articles > self.full_articles and self.short_quotes >= self.full_quotes
        return (one_more_word or respaced) and used_more


@dataclass(frozen=True)
class _Row:
    id: int
    name: str
    type: str
    key: str
    aliases: tuple[str, ...]
    articles: int
    quotes: int


def possibly_same(db: Database, *, entity_type: str | None = None, limit: int | None = None) -> list[Suggestion]:
    """Pairs of active registry rows of one type that are possibly one entity: the unambiguous ones
    first, those with alias evidence before those with only words in common (the alias is what
    an article said; the words may be a namesake: রাশেদ খান, রাশেদ খান মেনন), then by how many
    articles and quotes the short row holds (what a merge would bring together). Pairs an editor
    called "not the same" are left out.

    Reads every active row's name and aliases: the evidence is word-level, which SQL cannot index
    here; pages call it through `ui.read`, cached until the next write."""
    rows = {row.id: row for row in _active_rows(db)}
    pointers: dict[str, dict[int, set[str]]] = {}  # a short key -> rows it may stand for -> evidence
    for row in rows.values():
        for key, why in _short_forms(row):
            pointers.setdefault(key, {}).setdefault(row.id, set()).add(why)
    declined = registry.not_same_pairs(db)
    by_key = {row.key: row for row in rows.values()}
    evidence: dict[frozenset[int], set[str]] = {}
    choices: dict[frozenset[int], int] = {}  # how many rows the pointed-at name could be
    for key, targets in pointers.items():
        short = by_key.get(key)
        if short is None:
            continue
        # a candidate an editor ruled out does not make the name ambiguous any more
        candidates = {i: ev for i, ev in targets.items()
                      if i != short.id and rows[i].type == short.type and frozenset((short.id, i)) not in declined
                      and not _gazetteer_apart(short, rows[i])}
        for other, said in candidates.items():
            pair = frozenset((short.id, other))
            evidence.setdefault(pair, set()).update(said)
            choices[pair] = min(choices.get(pair, len(candidates)), len(candidates))
    found = []
    for pair, said in evidence.items():
        # "full" has more words (then more articles: ইসি is the short one of নির্বাচন কমিশন)
        full, short = sorted((rows[i] for i in pair), key=lambda r: (-len(r.key.split()), -r.articles, r.id))
        found.append(Suggestion(short.id, short.name, full.id, full.name, short.type, tuple(sorted(said)),
                                choices[pair], short.articles, short.quotes, full.articles, full.quotes))
    ranked = sorted(
        (s for s in found if entity_type is None or s.type == entity_type),
        key=lambda s: (s.candidates > 1, ALIAS not in s.evidence, -(s.short_articles + s.short_quotes), s.short_name,
                       s.full_name))
    return ranked if limit is None else ranked[:limit]


def _gazetteer_apart(row: _Row, other: _Row) -> bool:
    """Are the two rows names of two different gazetteer entries? Then the gazetteer settled that
    they are not one: রাশেদ খান is not রাশেদ খান মেনন, জিল্লুর রহমান (the president) not হোসেন জিল্লুর
    রহমান (the economist). Two names of one entry are one row already (`registry.resolve`)."""
    mine, theirs = gazetteer.entry(row.key, row.type), gazetteer.entry(other.key, other.type)
    return mine is not None and theirs is not None and mine != theirs


def _active_rows(db: Database) -> Iterator[_Row]:
    for entity_id, name, entity_type, aliases, articles, quotes in db.conn.execute(
        "SELECT id, name, type, aliases, articles, quotes FROM entities WHERE status = 'active' AND merged_into IS NULL"
    ):
        key = registry.entity_key(name)
        if key:
            yield _Row(entity_id, name, entity_type, key, tuple(json.loads(aliases)), articles, quotes)


def _short_forms(row: _Row) -> Iterator[tuple[str, str]]:
    """The keys another row would have if it were this one under a shorter name, with the evidence."""
    for alias in row.aliases:
        key = registry.entity_key(alias)
        if key and key != row.key:
            yield key, ALIAS
    if row.type != "PERSON":
        # places and organisations: ঢাকা is not পুরান ঢাকা, বিএনপি not ঢাকা মহানগর দক্ষিণ বিএনপি
        return
    words = row.key.split()
    for cut in range(1, len(words)):
        yield " ".join(words[cut:]), LAST_WORDS
        yield " ".join(words[:cut]), FIRST_WORDS


def as_rows(suggestions: list[Suggestion]) -> list[dict[str, Any]]:
    """Suggestions as table rows for the Entities page."""
    return [{"name": s.short_name, "possibly": s.full_name, "type": s.type, "evidence": ", ".join(s.evidence),
             "candidates": s.candidates, "articles": f"{s.short_articles} + {s.full_articles}",
             "quotes": f"{s.short_quotes} + {s.full_quotes}", "short_id": s.short_id, "full_id": s.full_id}
            for s in suggestions]
