"""The public entry points of `core.entities`: `entities` (the steps in order) and
`people_from_speakers` (speakers the quote module found, made persons), with `_apply_rules`, the
order the rules of step 3 run in.

Separate because it is the top of the import graph: it calls every step and no step calls it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from core.entities.article import _Article, _lexicon_of, _Span
from core.entities.canonical import Decision, apply_decisions, is_honorific, is_title
from core.entities.institutions import (
    _accusative_nicknames,
    _administrations,
    _alias_names,
    _city_courts,
    _clubs_by_city,
    _company_list_items,
    _courts_of_rank,
    _district_after_name,
    _embassies,
    _governments,
    _halls_named_after_people,
    _local_branches,
    _local_councils,
    _local_offices,
    _markets,
    _named_as,
    _national_bodies,
    _numbered_units,
    _party_units,
    _platform_x,
    _players_by_given_name,
    _police_forces,
    _secretariats,
    _short_bracketed_acronyms,
    _teachers_panels,
    _term_abbreviations,
    _two_field_units,
    _typed_by_last_word,
)
from core.entities.known_orgs import _known_organisations
from core.entities.known_people import _known_people, _not_an_entity, _resolve
from core.entities.merge import _merge
from core.entities.name_edges import (
    _addressed_surnames,
    _city_halves,
    _constituencies,
    _list_nicknames,
    _metropolitan_units,
    _name_edges,
    _name_initials,
    _names_to_clause_end,
    _place_pairs,
    _son_of,
    _stacked_places,
    _tagged_place_chains,
    _without_office,
)
from core.entities.rules import (
    _acronyms,
    _candidates_by_seat,
    _extend_joined,
    _foreign_given_names,
    _gazetteer_places,
    _head_words,
    _hyphen_joined_organisations,
    _hyphen_partners,
    _hyphenated_pairs,
    _last_list_members,
    _list_heads,
    _list_item_edges,
    _list_members,
    _localities,
    _ministries,
    _numbered_alliances,
    _party_heads,
    _speakers_after_verb,
    _speech_subjects,
    _subjects_after_verb,
    _teams,
    _titles,
    _upazila_forms,
    _upazilas,
)
from core.entities.tagging import (
    _desk_line,
    _desk_reporters,
    _model_spans,
    _open_name,
    _pradhan_surnames,
    _surnames_after_middles,
    _surnames_by_context,
    _tag,
    _tokenize,
)
from core.entities.tunables import RULE_CONFIDENCE
from core.lexicon.names import DEMONYMS, NAME_STOP_WORDS, SEATS_OF_GOVERNMENT
from core.models import Entity, Mention, Quote, Span
from core.ner import Lexicon, NerModel
from core.text import sentences as split_sentences


def people_from_speakers(text: str, found: Sequence[Entity], quotes: Iterable[Quote], *,
                         model: NerModel) -> tuple[list[Entity], dict[str, str]]:
    """The entities with the persons the quote module names as speakers, and the renamed ones.

    A speaker named as written, of two to four words none of which is an ordinary word, a title or
    a stop word, is a person: a name no entity covers ("জেকব অ্যাবট তার বইয়ে লিখেছেন", a name the
    tagger never saw) becomes one, with every place the article writes it; a person the tagger cut
    short inside it ("ইউসুফ মাইতামা" of "ইউসুফ মাইতামা তুগ্গার বলেন") or read as a genitive ("ইসহাক দা"
    of "… জানিয়েছেন … ইসহাক দার।") takes the speaker's words, the subject of a speech verb being in
    the nominative. Returns the entities and {old name: new name} for the renamed ones.
    """
    entities = list(found)
    renamed: dict[str, str] = {}
    lexicon = model.lexicon
    for quote in quotes:
        name, start, end = quote.speaker, quote.speaker_start, quote.speaker_end
        if quote.source_type != "person" or not name or name != quote.speaker_mention or start is None \
                or end is None or any(e.name == name for e in entities) or not _name_of_a_person(lexicon, name):
            continue
        owners = {k for k, e in enumerate(entities) for m in e.mentions if m.start < end and start < m.end}
        if not owners:
            mentions = tuple(Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text))
            entities.append(Entity(name, "PERSON", mentions, confidence=RULE_CONFIDENCE["speech"], source="rule"))
        elif len(owners) == 1 and _cut_short_by(entities[min(owners)], start, end):
            k = min(owners)
            if entities[k].name in renamed.values() or set(name.split()) <= set(entities[k].name.split()):
                # named by an earlier speaker (the first wins), or the speaker is a shorter form of the name
                renamed[name] = entities[k].name
                entities[k] = _widened_to(entities[k], name, text, rename=False)
            else:
                renamed[entities[k].name] = name
                entities[k] = _widened_to(entities[k], name, text)
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities, renamed


def _name_of_a_person(lexicon: Lexicon, name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and not any(c.isdigit() for c in name) \
        and not any(_ordinary_word(lexicon, w) for w in words)


def _cut_short_by(entity: Entity, start: int, end: int) -> bool:
    """A person whose mentions at start..end all lie inside it, one of them opening it."""
    inside = [m for m in entity.mentions if m.start < end and start < m.end]
    return entity.type == "PERSON" and all(start <= m.start and m.end <= end for m in inside) \
        and any(m.start == start for m in inside)


def _widened_to(entity: Entity, name: str, text: str, *, rename: bool = True) -> Entity:
    """`entity` (named `name` if `rename`), each place the text writes `name` one mention of it."""
    places = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    kept = [m for m in entity.mentions if not any(s <= m.start and m.end <= e for s, e in places)]
    added = [Mention(s, e, name) for s, e in places if not any(m.start < e and s < m.end for m in kept)]
    mentions = tuple(sorted(kept + added, key=lambda m: m.start))
    if not rename:
        return replace(entity, mentions=mentions)
    written = {m.text for m in mentions}
    aliases = tuple(a for a in dict.fromkeys(entity.aliases + (entity.name,)) if a != name and a in written)
    return replace(entity, name=name, mentions=mentions, aliases=aliases)


def _ordinary_word(lexicon: Lexicon, word: str) -> bool:
    """An ordinary word the data knows (and no name), a stop word, title, honorific or demonym."""
    return (word in lexicon.common_words and word not in lexicon.given_names and word not in lexicon.surnames) \
        or word in NAME_STOP_WORDS or is_title(word) or is_honorific(word) or word in DEMONYMS


def entities(
    text: str,
    *,
    model: NerModel,
    sentences: Sequence[Span] | None = None,
    decisions: Mapping[str, Decision | Mapping[str, str]] | None = None,
) -> list[Entity]:
    """The people, organisations and places of one article (`text` already `normalize`d).

    Every mention's text equals `text[start:end]`. Entities come in order of first mention.
    `decisions` (editor decisions keyed by `name_key`) are applied last; see `apply_decisions`.
    """
    spans = list(sentences) if sentences is not None else split_sentences(text)
    article = _tokenize(text, spans, _lexicon_of(model))
    article.desk = _desk_line(article)
    _tag(article, model)
    candidates = _model_spans(article)
    candidates = _apply_rules(article, candidates)
    found = [_seat_met_in(e) for e in _merge(article, candidates)]
    if decisions:
        found = apply_decisions(found, decisions)
    return found


def _seat_met_in(entity: Entity) -> Entity:
    """A seat of government the article names only in the locative (হোয়াইট হাউসে বৈঠক: "at the
    White House") is the building, a place; named as an actor anywhere it stays the organisation."""
    locatives = {entity.name + "ে", entity.name + "তে"}
    if entity.type == "ORG" and entity.name in SEATS_OF_GOVERNMENT and all(m.text in locatives for m in entity.mentions):
        return replace(entity, type="LOC")
    return entity


def _apply_rules(article: _Article, spans: list[_Span]) -> list[_Span]:
    spans = _extend_joined(article, spans)
    spans = _resolve(spans + _acronyms(article) + _head_words(article, spans) + _teams(article, spans)
                     + _numbered_alliances(article))
    spans = [s for s in spans if _open_name(article, s)]
    spans = _known_organisations(article, spans)
    spans = _known_people(article, spans)
    spans = [_typed_by_last_word(article, s) for s in spans]
    spans = _district_after_name(article, spans)
    spans = _titles(article, spans)
    spans = _foreign_given_names(article, spans)
    spans = _speech_subjects(article, spans)
    spans = _speakers_after_verb(article, spans)
    spans = _subjects_after_verb(article, spans)
    spans = _list_members(article, spans)
    spans = _last_list_members(article, spans)
    spans = _list_heads(article, spans)
    spans = _list_item_edges(article, spans)
    spans = _hyphenated_pairs(article, spans)
    spans = _hyphen_joined_organisations(article, spans)
    spans = _hyphen_partners(article, spans)
    spans = _resolve(spans + _gazetteer_places(article, spans))
    spans = _resolve(spans + _upazilas(article, spans))
    spans = _resolve(spans + _upazila_forms(article, spans))
    spans = _resolve(spans + _localities(article, spans))
    spans = _hyphen_partners(article, spans)  # again, after the gazetteer's clubs (আর্সেনাল-ব্রাইটন)
    spans = _ministries(article, spans)
    spans = _party_heads(article, spans)
    spans = _constituencies(article, spans)
    spans = _candidates_by_seat(article, spans)
    spans = _metropolitan_units(article, spans)
    spans = _city_halves(article, spans)
    spans = _place_pairs(article, spans)
    spans = _tagged_place_chains(article, spans)
    spans = _stacked_places(article, spans)
    spans = _name_edges(article, spans)
    spans = _names_to_clause_end(article, spans)
    spans = _list_nicknames(article, spans)
    spans = [_without_office(article, s) for s in spans]
    spans = _name_initials(article, spans)
    spans = _son_of(article, spans)
    spans = _pradhan_surnames(article, spans)
    spans = _surnames_by_context(article, spans)
    spans = _surnames_after_middles(article, spans)
    spans = _addressed_surnames(article, spans)
    spans = _alias_names(article, spans)
    spans = _named_as(article, spans)
    spans = _clubs_by_city(article, spans)
    spans = _embassies(article, spans)
    spans = _governments(article, spans)
    spans = _national_bodies(article, spans)
    spans = _city_courts(article, spans)
    spans = _courts_of_rank(article, spans)
    spans = _local_councils(article, spans)
    spans = _numbered_units(article, spans)
    spans = _local_offices(article, spans)
    spans = _local_branches(article, spans)
    spans = _party_units(article, spans)
    spans = _teachers_panels(article, spans)
    spans = _desk_reporters(article, spans)
    spans = _platform_x(article, spans)
    spans = _halls_named_after_people(article, spans)
    spans = _accusative_nicknames(article, spans)
    spans = _markets(article, spans)
    spans = _police_forces(article, spans)
    spans = _administrations(article, spans)
    spans = _players_by_given_name(article, spans)
    spans = _company_list_items(article, spans)
    spans = _two_field_units(article, spans)
    spans = _secretariats(article, spans)
    spans = _term_abbreviations(article, spans)
    spans = _short_bracketed_acronyms(article, spans)
    return [s for s in spans if not _not_an_entity(article, s)]
