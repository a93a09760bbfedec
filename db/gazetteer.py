"""The curated gazetteers as the registry sees them: which names the archive files under one entry.

`core.lexicon.orgs.ORGANISATIONS` and `core.lexicon.people.PEOPLE` list, entry by entry, the names
of one organisation or one person, full name first. Within an article the extractor already makes
one entity of two names of one entry (দুদক … দুর্নীতি দমন কমিশন); the registry does the same across
articles (`db.registry.resolve`, migration 8): an article that says only "বিএনপি" and one that says
"বাংলাদেশ জাতীয়তাবাদী দল" land on one row, named the entry's full name.

Precision first, because a wrong merge mixes two entities' quotes silently and a split costs an
editor one click. A name of an entry counts (`entry`) only when it is that entry's and no one else's:

- multi-word names of organisations and people (মির্জা ফখরুল, বাংলাদেশ ক্রিকেট বোর্ড);
- one-word names (acronyms, syllabic acronyms) of organisations only, and not those of
  `NAMES_NEEDING_CONTEXT` (ববি is also a given name, বেজা a word);
- not the one-word forms of people (সাকিব, তাসকিন, মেসি: "listed for the record", many people
  share them; the people gazetteer never matches them alone either);
- not a name whose key two entries share (বিজেপি, আইসিসি, পিটিআই, এমএসএফ, আরএসএফ).

And only under the entry's own type: a name counts for an organisation when the article typed it
ORG, for a person when PERSON. The registry keys names whatever their type (a retype by the model
must not split a row), so the gazetteer key is asked per type, and a PERSON-typed "ইসি" or an
ORG-typed "মির্জা ফখরুল" stays the row its own name gives it.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from core.lexicon.orgs import NAMES_NEEDING_CONTEXT, ORGANISATIONS
from core.lexicon.people import PEOPLE


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry as the registry uses it: `name` is what its row is called (the entry's
    full name), `key` that name's registry key, `type` ORG or PERSON."""

    name: str
    type: str
    key: str


def entry(key: str, entity_type: str) -> Entry | None:
    """The gazetteer entry whose name has the registry key `key` when typed `entity_type`, or None
    (not a gazetteer name, a name that does not count on its own, or another type).

    >>> from db.registry import entity_key
    >>> entry(entity_key("বিএনপি"), "ORG").name
    'বাংলাদেশ জাতীয়তাবাদী দল'
    >>> entry(entity_key("মির্জা ফখরুল"), "PERSON").name
    'মির্জা ফখরুল ইসলাম আলমগীর'
    >>> entry(entity_key("বিএনপি"), "PERSON"), entry(entity_key("বিজেপি"), "ORG"), entry(entity_key("সাকিব"), "PERSON")
    (None, None, None)
    """
    return _index().get((entity_type, key))


def entries(keys: Iterable[str], entity_type: str) -> set[Entry]:
    """The entries the keys are names of under `entity_type`."""
    index = _index()
    return {found for key in keys if (found := index.get((entity_type, key))) is not None}


@cache
def _index() -> dict[tuple[str, str], Entry]:
    from db.registry import entity_key  # db.registry imports this module

    owners: dict[str, set[tuple[str, int]]] = defaultdict(set)
    counted: dict[tuple[str, int], list[str]] = defaultdict(list)
    for entity_type, listed in (("ORG", ORGANISATIONS), ("PERSON", PEOPLE)):
        for number, names in enumerate(listed):
            for name in names:
                key = entity_key(name)
                if not key:
                    continue
                # every name claims its key, counted or not: a one-word form two entries share is ambiguous too
                owners[key].add((entity_type, number))
                one_word = len(key.split()) == 1
                if one_word and (entity_type == "PERSON" or name in NAMES_NEEDING_CONTEXT):
                    continue
                counted[entity_type, number].append(key)
    index: dict[tuple[str, str], Entry] = {}
    for (entity_type, number), keys in counted.items():
        full = (ORGANISATIONS if entity_type == "ORG" else PEOPLE)[number][0]
        found = Entry(full, entity_type, entity_key(full))
        if found.key not in keys or len(owners[found.key]) > 1:
            continue  # the full name itself does not count: no name to file the row under
        for key in keys:
            if len(owners[key]) == 1:
                index[entity_type, key] = found
    return index
