"""Step 3 of `core.entities`, third part: institutions and bodies named by their context.

Bracketed acronyms and term abbreviations, secretariats, markets, police, administrations, halls
named after people, embassies, governments, ministries and armed services of a country, local
offices, branches, party units and teachers' panels, courts, councils, numbered units, aliases
("… নামে"), clubs by their city, and the units, company lists and players read from the whole
article (`_two_field_units`, `_company_list_items`, `_players_by_given_name`).

Separate because these rules build on `core.entities.rules` and nothing else of the rules uses
them.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from core.entities.article import (
    _LOCATIVE,
    _PEOPLE,
    _acronym_stem,
    _Article,
    _bare_nominative,
    _folded,
    _head_kind,
    _is_word,
    _Span,
)
from core.entities.canonical import is_honorific, is_title
from core.entities.known_people import _alone_in_brackets, _not_an_entity
from core.entities.rules import _DISTRICTS, _MARTYR, _PARTY_WORD, _SCHOOL_HEADS, _could_be_name_part, _covered
from core.entities.tagging import (
    _CONJUNCTIONS,
    _COURT_RANKS,
    _GOVERNMENT,
    _KNOWN_ORG_NAMES,
    _genitive,
    _known_place,
    _nominative_phrase,
    _place_nominative,
)
from core.entities.tunables import _CLUB_CITIES, _CLUB_NAMES, _KEY_FOLD, _LOC_HEADS, RULE_CONFIDENCE
from core.lexicon.names import (
    CLDR_TERRITORIES,
    DEMONYMS,
    NAME_STOP_WORDS,
    PLACE_NAMES,
    PLAYERS_NAMES_ALSO_WORDS,
    PLAYERS_SHORT_NAMES,
)
from core.lexicon.orgs import BANGLADESH_PARTIES
from core.lexicon.people import BANGLADESH_CRICKET, BANGLADESH_SPORT, PEOPLE, WORLD_CRICKET, WORLD_FOOTBALL, WORLD_SPORT
from core.ner import _spells_letters, letter_acronym
from core.text import case_stems


def _short_bracketed_acronyms(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"বাংলাদেশ ব্যাংক (বিবি)": a word of two letter names alone in brackets right after an
    organisation's name of two words or more abbreviates it (it becomes the name's alias when the
    mentions are grouped, `_acronym_aliases`). Alone, two letters are too often a word (বিবি is
    also "wife"), so `_acronyms` wants three; the tagger may or may not tag it."""
    words = article.words
    covered = _covered(spans)
    out = list(spans)
    for span in spans:
        k = span.end + 1
        if span.type != "ORG" or span.end - span.start < 2 or k >= len(words) or k in covered \
                or words[span.end] != "(" or not _alone_in_brackets(article, k) or not article.same_sentence(span.start, k):
            continue
        if letter_acronym(words[k]) and _spells_letters(words[k]) == 2 and not _not_an_entity(article, span):
            out.append(_Span(k, k + 1, "ORG", "acronym", RULE_CONFIDENCE["acronym"]))
    return sorted(out, key=lambda s: s.start)


def _term_abbreviations(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"খেলাপি ঋণ (এনপিএল)", "মূল্যস্ফীতি সূচক (সিপিআই)": an acronym in brackets right after an
    ordinary noun that is no organisation's head word (ঋণ, not বিভাগের or কমিশন) and no name's
    abbreviates that term, not a body; unless it is a known organisation's (বিশ্ব খাদ্য কর্মসূচি
    (ডব্লিউএফপি))."""
    words = article.words
    covered = _covered(spans)
    lexicon = article.lexicon
    out = []
    for span in spans:
        k = span.start
        if span.rule == "acronym" and span.end == k + 1 and _alone_in_brackets(article, k) and k - 2 not in covered \
                and _acronym_stem(words[k]) not in _KNOWN_ORG_NAMES and _head_kind(words[k - 2]) is None \
                and (words[k - 2] in lexicon.common or article.nominative(words[k - 2]) in lexicon.common):
            continue
        out.append(span)
    return out


_SECRETARIAT = "সচিবালয়"


def _secretariats(article: _Article, spans: list[_Span]) -> list[_Span]:
    """সচিবালয় alone is the Secretariat, the seat of Bangladesh's ministries in Dhaka, a place:
    "গতকাল বুধবার সচিবালয়ে", "মঙ্গলবার (৩০ ডিসেম্বর) সচিবালয়ে সাংবাদিকদের সঙ্গে". After an
    organisation's name of two words or more it is that body's own secretariat, an organisation:
    "নির্বাচন কমিশন সচিবালয় জানায়". After a genitive it is someone's (রাজ্য সরকারের সচিবালয়,
    প্রধানমন্ত্রীর সচিবালয়), after a head word or an acronym an organisation's (কমিশন সচিবালয়ের), and
    after brackets that hold no date too (নির্বাচন কমিশন (ইসি) সচিবালয়ের): left alone."""
    positions = article.head_positions((_SECRETARIAT,))
    if not positions:
        return spans
    covered = _covered(spans)
    out = list(spans)
    for k in positions:
        if k in covered:
            continue
        before = covered.get(k - 1)
        if before is not None and before.type == "ORG" and before.end == k and before.end - before.start >= 2 \
                and article.same_sentence(k - 1, k):
            before.end = k + 1  # নির্বাচন কমিশন সচিবালয়
            before.rule = "head"
            continue
        if before is not None or (article.same_sentence(k - 1, k) and not _free_before_secretariat(article, k)):
            continue
        out.append(_Span(k, k + 1, "LOC", "secretariat", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


def _free_before_secretariat(article: _Article, k: int) -> bool:
    """Is the word before সচিবালয় at k no owner of it: not in the genitive, no organisation's head
    word, acronym or known name, and, when it closes brackets, are the bracketed words a date
    ("(৩০ ডিসেম্বর)", not "(ইসি)")?"""
    words = article.words
    word = words[k - 1]
    if word == ")":
        inside = list(words[max(0, k - 6):k - 1])
        return "(" in inside and any(w[0].isdigit() for w in inside[inside.index("(") + 1:])
    owner = word.endswith("র") and (article.inflected(word) or is_title(word[:-1]))  # প্রধানমন্ত্রীর, সরকারের
    return _is_word(word) and not owner and _head_kind(word) is None and _acronym_stem(word) is None \
        and not article.lexicon.known_name(word)


# The word বাজার (a market) in the case forms a place takes, and বাসস্ট্যান্ড (a bus stand), named by
# its place the same way ("কুমারগাঁও বাসস্ট্যান্ড এলাকায়").
_MARKET_FORMS = frozenset({"বাজার", "বাজারে", "বাজারের", "বাজারেই", "বাজারটি", "বাজারটিতে",
                           "বাসস্ট্যান্ড", "বাসস্ট্যান্ডে", "বাসস্ট্যান্ডের"})


def _markets(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A village market is named by its place: "টুঙ্গিপাড়ার পাটগাতি বাজারের একজন", so the place
    found right before বাজার takes it in; not a genitive ("ভারতের বাজারে" is India's market) nor a
    country, district or city the lists know ("বাংলাদেশ বাজারে": the Bangladeshi market)."""
    words = article.words
    covered = _covered(spans)
    spans = sorted(spans + _places_before_markets(article, covered), key=lambda s: s.start)
    for span in spans:
        k = span.end
        if span.type == "LOC" and k < len(words) and words[k] in _MARKET_FORMS and k not in covered \
                and article.same_sentence(k - 1, k) and not article.inflected(words[k - 1]) \
                and _is_word(words[k - 1]) and words[k - 1] not in DEMONYMS and words[k - 1] not in PLACE_NAMES:
            span.end = k + 1
            covered[k] = span
    return spans


def _places_before_markets(article: _Article, covered: Mapping[int, _Span]) -> list[_Span]:
    """"এ প্রশ্নে পাটগাতি বাজারে": a Bangladeshi place (`load_bd_places`) the tagger missed right
    before বাজার, bare, not a person's name nor an ordinary word, names the market (`_markets`)."""
    lexicon = article.lexicon
    out = []
    for k in article.positions(_MARKET_FORMS):
        place = k - 1
        word = article.words[place] if place >= 0 else ""
        if place in covered or k in covered or not article.same_sentence(place, k) or not _bare_word(article, word) \
                or not lexicon.bd_place(word) or word in lexicon.common or lexicon.person_word(word) \
                or word in PLACE_NAMES or word in DEMONYMS:
            continue
        out.append(_Span(place, k, "LOC", "gazetteer", RULE_CONFIDENCE["gazetteer"]))
    return out


# The word পুলিশ in its case forms.
_POLICE_FORMS = frozenset({"পুলিশ", "পুলিশের", "পুলিশকে", "পুলিশও", "পুলিশই", "পুলিশেরও"})


def _police_forces(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A state's or city's police is an organisation named by its place: "পশ্চিমবঙ্গ পুলিশের মুখপাত্র",
    "মেঘালয় পুলিশ জানিয়েছে" (the held-out annotations: the force, not the place). Only a place in
    the nominative: "ঢাকার পুলিশ" is the police of Dhaka, the place named."""
    words = article.words
    covered = _covered(spans)
    forces: dict[int, _Span] = {}  # the police word's position -> the force it ends
    for span in spans:
        k = span.end
        police = covered.get(k)
        if span.type == "LOC" and k < len(words) and words[k] in _POLICE_FORMS \
                and (police is None or police.end - police.start == 1) \
                and article.same_sentence(k - 1, k) and not article.joined(k) \
                and not article.inflected(words[k - 1]) and _head_kind(words[k - 1]) is None:
            forces[k] = _Span(span.start, k + 1, "ORG", "head", RULE_CONFIDENCE["head"])
    if not forces:
        return spans
    # the place and the tagger's পুলিশ alone give way to the force
    ends = {force.start: force for force in forces.values()}
    out = [s for s in spans if s.start not in ends and s.start not in forces]
    return sorted(out + list(forces.values()), key=lambda s: s.start)


# The first and last words of the gazetteer's people (হাসিনা of শেখ হাসিনা, folded).
_PEOPLES_NAME_WORDS = frozenset(w.translate(_KEY_FOLD) for names in PEOPLE for name in names if " " in name
                                for w in (name.split()[0], name.split()[-1]))
# The word প্রশাসন (an administration) in its case forms.
_ADMINISTRATION_FORMS = frozenset({"প্রশাসন", "প্রশাসনের", "প্রশাসনকে", "প্রশাসনও", "প্রশাসনই"})
# The last words of the gazetteer's people (বাইডেন of জো বাইডেন, folded): the leaders an
# administration is named after.
_PEOPLES_LAST_WORDS = frozenset(name.split()[-1].translate(_KEY_FOLD) for names in PEOPLE for name in names if " " in name)


def _administrations(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A leader's administration is an organisation: "বাইডেন প্রশাসনের একজন সহযোগী" (a name
    the corpus also uses as a word, which the head-word rule does not take for a name). The
    leader is a person of the gazetteer named by the last word of their name."""
    positions = article.positions(_ADMINISTRATION_FORMS)
    if not positions:
        return spans
    words = article.words
    covered = _covered(spans)
    out = list(spans)
    for k in positions:
        j = k - 1
        if j < 0 or k in covered or not article.same_sentence(j, k) or article.joined(k) \
                or _folded(words[j]) not in _PEOPLES_LAST_WORDS:
            continue
        leader = covered.get(j)
        if leader is not None and (leader.type != "PERSON" or leader.end - leader.start > 1):
            continue  # (জো বাইডেন প্রশাসন: the person's full name stays a person)
        out = [s for s in out if s is not leader]
        out.append(_Span(j, k + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
        covered.update(_covered(out[-1:]))
    return sorted(out, key=lambda s: s.start)


# A hall, the word হল in its case forms (not হলেন, "became", nor হলো).
_HALL_FORMS = frozenset({"হল", "হলে", "হলের"})
# An auditorium, named after a person as halls are ("… কেন্দ্রের ইসফেন্দিয়ার জাহেদ হাসান মিলনায়তনে"):
# in any case form a noun, never a verb.
_AUDITORIUMS = frozenset({"মিলনায়তন"})


# Words of a university's residential life: with them, a person's name before হল or হলে names a hall
# (a dormitory), not "if X became" or "X is". Stems, matched at a word's start.
_HALL_LIFE_WORDS = ("বিশ্ববিদ্যালয়", "ছাত্র", "শিক্ষার্থী", "আবাসিক", "প্রাধ্যক্ষ", "প্রভোস্ট")


def _halls_named_after_people(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A hall named after a person is a place: "বেগম খালেদা জিয়া হলের ছাত্রীরা", "বিশ্ববিদ্যালয়ের
    জিয়াউর রহমান হলে", "বিজিবি সদর দপ্তরের শহীদ শাকিল আহমেদ হলে" (the halls of the forces,
    universities and offices are named so; the person is the hall's name, not a person of the
    article). হলের (the hall's) is always the noun; হল and হলে are also the verb হওয়া ("খালেদা জিয়া
    প্রধানমন্ত্রী হলে", "শেখ হাসিনা হলে এমন হতো না"), so they need a word of university life in the
    sentence, or a martyr honoured in the name (corpus: শহীদ … হল 3 in 3, all one hall). An
    honorific before the name is part of the hall's name (বেগম খালেদা জিয়া হল, শহীদ শাকিল আহমেদ হল).
    So is an auditorium (মিলনায়তন) in any case form."""
    words = article.words
    out = []
    for span in spans:
        hall = span.end
        auditorium = hall < len(words) and not _AUDITORIUMS.isdisjoint(case_stems(words[hall]))
        if span.type != "PERSON" or hall >= len(words) or (words[hall] not in _HALL_FORMS and not auditorium) \
                or not article.same_sentence(span.start, hall) or article.joined(hall):
            out.append(span)
            continue
        start = span.start
        honoured = start > 0 and is_honorific(words[start - 1]) and article.same_sentence(start - 1, start)
        sentence_start, sentence_end = article.sentences[article.sentence_of[hall]]
        if words[hall] != "হলের" and not auditorium and not (honoured and words[start - 1] == _MARTYR) \
                and not any(words[k].startswith(_HALL_LIFE_WORDS) for k in range(sentence_start, sentence_end)):
            out.append(span)
            continue
        out.append(_Span(start - 1 if honoured else start, hall + 1, "LOC", "head", RULE_CONFIDENCE["head"]))
    return out


# What joins the items of a list (of people, of names).
_LIST_JOINERS = frozenset({"ও", "এবং", ","})


def _accusative_nicknames(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A Bangladeshi name of given name, surname and nickname, the nickname in the accusative
    (মুকিদুল ইসলাম অঙ্কনকে ফিরিয়ে): the tagger ends the person at the surname, though the nickname
    is a name word of its lexicon. The person takes the word in -কে when the name it found ends in
    a surname as written, the word's stem is a name word and no ordinary word, place or title, and
    nothing was found there; and the name is the later item of a list (… ও মুকিদুল ইসলাম অঙ্কনকে),
    for a subject acts on someone else in -কে (তারেক রহমান জুবাইদাকে নিয়ে: with his wife)."""
    words = article.words
    lexicon = article.lexicon
    covered = _covered(spans)
    out = []
    for span in spans:
        k = span.end
        if span.type == "PERSON" and span.end - span.start >= 2 and k < len(words) and k not in covered \
                and words[span.end - 1] in lexicon.surnames and article.same_sentence(k - 1, k) \
                and not article.joined(k) and _accusative_name_word(article, words[k]) \
                and span.start > 0 and words[span.start - 1] in _LIST_JOINERS \
                and article.same_sentence(span.start - 1, span.start):
            span = _Span(span.start, k + 1, span.type, span.rule, span.confidence)
        out.append(span)
    return out


def _accusative_name_word(article: _Article, word: str) -> bool:
    """অঙ্কনকে: a name word of the tagger's lexicon in the accusative; not জয়কে (victory, an
    ordinary word too), ভারতকে (a place) or a title."""
    if not word.endswith("কে") or len(word) < 5:
        return False
    stem = word[:-2]
    lexicon = article.lexicon
    return stem in lexicon.name_words and stem not in lexicon.common and stem not in PLACE_NAMES \
        and not is_title(stem) and stem not in NAME_STOP_WORDS and stem not in DEMONYMS


# What names the platform X around the word এক্স (which also means "ex-" and the letter X).
_X_FORMS = ("এক্স", "এক্সে", "এক্সের")
_X_AFTER = frozenset({"হ্যান্ডেল", "হ্যান্ডেলে", "হ্যান্ডেলের", "হ্যান্ডল", "হ্যান্ডলে", "দেওয়া", "দেয়া",
                      "প্রকাশিত", "পোস্ট", "পোস্টে", "অ্যাকাউন্টে", "অ্যাকাউন্ট"})


def _platform_x(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The platform X (সামাজিক মাধ্যম এক্স-এ, নিজেদের এক্স হ্যান্ডেলে, এক্সে দেওয়া এক পোস্টে): an
    organisation (ANNOTATION.md: ফেসবুক is one), when a social-medium word comes before it or a
    handle, post or account after it; "এক্স রে" and "এক্স আগের" stay nothing."""
    positions = article.positions(_X_FORMS)
    if not positions:
        return spans
    words = article.words
    covered = _covered(spans)
    out = list(spans)
    for k in positions:
        if k in covered:
            continue
        before = words[k - 1] if k > 0 and article.same_sentence(k - 1, k) else ""
        after = words[k + 1] if k + 1 < len(words) and article.same_sentence(k, k + 1) else ""
        if after == "-" and k + 2 < len(words):
            after = words[k + 2]
        if before.endswith(("মাধ্যম", "প্ল্যাটফর্ম")) or after in _X_AFTER or after == "(":
            out.append(_Span(k, k + 1, "ORG", "organisation", RULE_CONFIDENCE["organisation"]))
            if words[k + 1:k + 3] == ["(", "সাবেক"]:
                article.alias_of[k + 3] = k  # "এক্সে (সাবেক টুইটার)": one platform, two names
    return sorted(out, key=lambda s: s.start)


# A country's missions abroad, named by the country's adjective (ফরাসি দূতাবাস, ভারতীয় হাইকমিশন).
_EMBASSY_HEADS = frozenset({"দূতাবাস", "হাইকমিশন", "কনস্যুলেট"})


def _embassies(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"জার্মান দূতাবাস বলেছে", "ঢাকায় ফরাসি দূতাবাস": a country's adjective (or genitive) and an embassy's head
    word name that country's embassy, an organisation (held-out gold: ফরাসি দূতাবাস). Over a span of
    the head alone or none; the adjective alone is still no entity."""
    heads = [k for k in article.head_positions(_EMBASSY_HEADS) if k > 0]
    if not heads:
        return spans
    words = article.words
    out = list(spans)
    covered = _covered(out)
    for k in heads:
        country = words[k - 1] in DEMONYMS or _genitive(words[k - 1]) and _bare_nominative(words[k - 1]) in PLACE_NAMES
        if not country or not article.same_sentence(k - 1, k):
            continue  # a country's adjective or its genitive: "যুক্তরাষ্ট্রের দূতাবাস জানায়"
        inside = {id(s): s for s in (covered.get(k - 1), covered.get(k)) if s is not None}
        if any(s.start < k - 1 or s.end > k + 1 for s in inside.values()):
            continue
        out = [s for s in out if id(s) not in inside]
        out.append(_Span(k - 1, k + 1, "ORG", "embassy", RULE_CONFIDENCE["organisation"]))
        covered = _covered(out)
    return sorted(out, key=lambda s: s.start)


_COUNTRIES = frozenset(CLDR_TERRITORIES)
_STATE_STYLES = frozenset({"গণপ্রজাতন্ত্রী"})  # the republic's style before its name


def _governments(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A country the article names, in the nominative, right before সরকার (any case form) makes
    one organisation with it, the country's style before it included: "চীন সরকার দুই দেশের …",
    "বাংলাদেশ সরকারের সঙ্গে" (which the tagger may tag whole, and `_trim` cut to the country)."""
    positions = article.head_positions((_GOVERNMENT,))
    if not positions:
        return spans
    words = article.words
    ends = {s.end: s for s in spans}
    out = list(spans)
    for k in positions:
        place = ends.get(k)
        if place is None or place.type == "PERSON" or " ".join(words[place.start:k]) not in _COUNTRIES \
                or not article.same_sentence(k - 1, k) or k in _covered(out):
            continue
        start = place.start
        if start > 0 and words[start - 1] in _STATE_STYLES and article.same_sentence(start - 1, start):
            start -= 1
        out = [s for s in out if s is not place]
        out.append(_Span(start, k + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


# A country's ministries and armed services, named with its adjective: "মার্কিন পররাষ্ট্র দপ্তর" (the
# US State Department), "মার্কিন নৌবাহিনীর জাহাজ", "ভারতীয় সেনাবাহিনী" (the opened annotations keep the
# adjective in the name, as they keep the country in "বাংলাদেশ সেনাবাহিনী"); not "পাকিস্তানি বাহিনী",
# forces described, no service named.
_NATIONAL_MINISTRY_HEADS = frozenset({"দপ্তর", "দফতর", "মন্ত্রণালয়"})
_ARMED_SERVICES = frozenset({"সেনাবাহিনী", "নৌবাহিনী", "বিমানবাহিনী"})


def _national_bodies(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A demonym right before a ministry the rules found (পররাষ্ট্র দপ্তর) or before an armed service
    joins it: "মার্কিন | পররাষ্ট্র দপ্তরের মুখপাত্র", "মার্কিন | নৌবাহিনীর জাহাজে"."""
    words = article.words
    out = list(spans)
    for span in out:
        if span.type == "ORG" and span.end - span.start >= 2 and span.start > 0 \
                and _bare_nominative(words[span.end - 1]) in _NATIONAL_MINISTRY_HEADS \
                and words[span.start - 1] in DEMONYMS and article.same_sentence(span.start - 1, span.start) \
                and span.start - 1 not in _covered(out):
            span.start -= 1
    for k in article.head_positions(_ARMED_SERVICES):
        if k == 0 or words[k - 1] not in DEMONYMS or not article.same_sentence(k - 1, k):
            continue
        covered = _covered(out)
        inside = {id(s): s for s in (covered.get(k - 1), covered.get(k)) if s is not None}
        if any(s.start < k - 1 or s.end > k + 1 for s in inside.values()):
            continue  # part of a longer name
        out = [s for s in out if id(s) not in inside]
        out.append(_Span(k - 1, k + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


# A local office of the state, named by its place, its tier and its officer: "ঢাকা জেলা নির্বাচন
# কর্মকর্তার কার্যালয়", "চট্টগ্রাম আঞ্চলিক নির্বাচন কর্মকর্তার কার্যালয়", "ঢাকা জেলা প্রশাসকের
# কার্যালয়", "খিলগাঁও থানা নির্বাচন কার্যালয়", "ঢাকা সমন্বিত জেলা কার্যালয়-১" (the opened annotations
# keep them organisations). The tiers of Bangladesh's administration as the reports write them.
_OFFICE = "কার্যালয়"
_OFFICE_TIERS = frozenset({"জেলা", "আঞ্চলিক", "বিভাগীয়", "থানা", "উপজেলা", "সমন্বিত", "মহানগর"})
_OFFICE_SUBJECTS = frozenset({"নির্বাচন"})  # what the office runs: the election office
_OFFICE_HOLDERS = frozenset({"প্রশাসক"})  # officers no title list has (জেলা প্রশাসক, "deputy commissioner")


def _local_branches(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A Bangladeshi district or upazila in the nominative right before the tagger's organisation
    names its local branch with it: "পটিয়া | ফায়ার সার্ভিসের স্টেশন অফিসার" is one organisation;
    not before a name of one word, one that opens with a place (ঢাকা | বাংলাদেশ ব্যাংক) or an
    acronym (a party's district unit is `_metropolitan_units`' matter)."""
    words = article.words
    out: list[_Span] = []
    for span in spans:
        place = out[-1] if out else None
        if span.type == "ORG" and span.end - span.start >= 2 and place is not None \
                and place.type == "LOC" and place.end == span.start and place.end - place.start == 1 \
                and article.same_sentence(place.start, span.start) and not article.joined(span.start) \
                and (words[place.start] in _DISTRICTS or words[place.start] in article.lexicon.upazilas) \
                and _place_nominative(words[span.start]) not in PLACE_NAMES and _acronym_stem(words[span.start]) is None:
            out[-1] = replace(span, start=place.start)
            continue
        out.append(span)
    return out


# The tiers of a party's local units (জেলা আওয়ামী লীগ, মথুরাপুর ইউনিয়ন আওয়ামী লীগ, চট্টগ্রাম
# দক্ষিণ জেলা বিএনপি). Not মহানগর: a party's metropolitan unit is named as an organisation of its
# own (`_metropolitan_units`).
_UNIT_TIERS = frozenset({"জেলা", "উপজেলা", "সদর", "ইউনিয়ন", "নগর", "পৌর", "থানা", "ওয়ার্ড", "উত্তর", "দক্ষিণ",
                         "পূর্ব", "পশ্চিম"})
# The tiers that stay with the place as its name (গোলাপগঞ্জ উপজেলা, টুকুরিয়া ইউনিয়ন), as the
# rules name an upazila or a union elsewhere.
_PLACE_TIERS = frozenset({"উপজেলা", "ইউনিয়ন"})
_PARTY_NAMES = frozenset(name for names in BANGLADESH_PARTIES for name in names)


def _party_units(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A party's local unit named by its tier (and its place) is the party in the place:
    "উপজেলা আওয়ামী লীগের সভাপতি" names আওয়ামী লীগ, "গোলাপগঞ্জ উপজেলা আওয়ামী লীগের" the place
    গোলাপগঞ্জ উপজেলা and the party, as an acronym's unit already comes out (জেলা বিএনপির). The
    annotations of the 2013-15 news merge every local unit into its party."""
    words = article.words
    out: list[_Span] = []
    for span in spans:
        party = _party_in_unit(article, span) if span.type == "ORG" else None
        if party is None:
            out.append(span)
            continue
        tier = party
        while tier > span.start and words[tier - 1] in _UNIT_TIERS:
            tier -= 1
        if tier > span.start:
            place_end = party if words[party - 1] in _PLACE_TIERS else tier
            out.append(_Span(span.start, place_end, "LOC", "head", RULE_CONFIDENCE["head"]))
        elif out and out[-1].type == "LOC" and out[-1].end == span.start and words[party - 1] in _PLACE_TIERS \
                and article.same_sentence(out[-1].start, span.start) and not article.inflected(words[out[-1].end - 1]):
            out[-1] = replace(out[-1], end=party)  # মথুরাপুর | ইউনিয়ন আওয়ামী লীগের: the tagger's place takes the tier
        out.append(replace(span, start=party, rule="head"))
    return out


# The panels of teachers' politics at Bangladesh's public universities, named by a colour: নীল দল
# (pro-Awami League), সাদা দল (pro-BNP), গোলাপি দল, হলুদ দল. Newsroom usage; the 2013-15 annotations
# mark them organisations.
_PANEL_COLOURS = frozenset({"নীল", "সাদা", "গোলাপি", "হলুদ"})


_TEACHER = "শিক্ষক"


def _teachers_panels(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"নীল দলের শিক্ষকেরা", "সাদা দলের বিজয়ী শিক্ষকেরা": a colour before দল names a teachers'
    panel in an article about teachers (any form of শিক্ষক in it); elsewhere a blue or white team
    is no name ("সাদা দলের জার্সি")."""
    if not any(w.startswith(_TEACHER) for w in article.attested):
        return spans
    covered = _covered(spans)
    words = article.words
    out = list(spans)
    forms = [w for w in article.attested if w.startswith(_PARTY_WORD) and _bare_nominative(w) == _PARTY_WORD]
    for k in article.positions(forms):
        if k > 0 and words[k - 1] in _PANEL_COLOURS and article.same_sentence(k - 1, k) \
                and k - 1 not in covered and k not in covered:
            out.append(_Span(k - 1, k + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


def _party_in_unit(article: _Article, span: _Span) -> int | None:
    """Where a party's name of several words opens after tier words in an organisation's span
    (জেলা | আওয়ামী লীগের); None when the span is no party's local unit."""
    words = article.words
    last = article.nominative(words[span.end - 1])
    for k in range(span.start + 1, span.end - 1):
        if words[k - 1] not in _UNIT_TIERS or words[k] in _UNIT_TIERS:  # (মহানগর is no tier: its unit is its own)
            continue
        if " ".join([*words[k:span.end - 1], last]) in _PARTY_NAMES:
            return k
    return None


def _local_offices(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The office a place, a tier of the administration and its officer (in the genitive) or
    subject name is one organisation, over the place the tagger found in it: "ঢাকা জেলা নির্বাচন
    কর্মকর্তার কার্যালয়ে গিয়ে …" is no visit to ঢাকা. The place alone before কার্যালয় is not enough
    ("গুলশান কার্যালয়", the party chief's office there): a tier, an officer or a subject must
    stand between."""
    positions = article.head_positions((_OFFICE,))
    if not positions:
        return spans
    words = article.words
    out = list(spans)
    for k in positions:
        start = k
        if start > 0 and _office_holder(article, words[start - 1]):
            start -= 1
        while start > 0 and words[start - 1] in _OFFICE_SUBJECTS:
            start -= 1
        while start > 0 and words[start - 1] in _OFFICE_TIERS:
            start -= 1
        if start == k or start == 0 or not article.same_sentence(start - 1, k) \
                or not (_known_place(article, words[start - 1], bare=True) or article.lexicon.bd_place(words[start - 1])) \
                or article.inflected(words[start - 1]):
            continue
        start -= 1
        end = k + 1
        if words[k] == _OFFICE:
            end = _numbered_end(article, end)  # কার্যালয়-১
        if any(s.start < start < s.end or s.start < end < s.end for s in out):
            continue
        out = [s for s in out if not start <= s.start < end]
        out.append(_Span(start, end, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


def _office_holder(article: _Article, word: str) -> bool:
    """কর্মকর্তার, প্রশাসকের, কমিশনারের: an officer in the genitive, whose office it is."""
    stem = article.nominative(word)
    return word.endswith("র") and stem != word and (is_title(stem) or stem in _OFFICE_HOLDERS)


# What a newspaper's or channel's name is put before ("ডেকান ক্রনিকল সংবাদপত্র", "… পত্রিকার সম্পাদক").
_MEDIA_APPOSITIVES = frozenset({"সংবাদপত্র", "সংবাদপত্রের", "সংবাদপত্রকে", "পত্রিকা", "পত্রিকার", "পত্রিকাকে",
                                "পত্রিকায়", "দৈনিকের", "ম্যাগাজিন", "ম্যাগাজিনের", "সাময়িকী", "সাময়িকীর"})


# The court a city's name opens (লাহোর হাইকোর্ট), which the tagger takes for a place.
_COURTS = frozenset({"হাইকোর্ট"})


def _city_courts(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A place of one or two words in the nominative right before হাইকোর্ট (any case form) makes one
    organisation with it, the court of that city or country: "লাহোর হাইকোর্টের রায়", "কোলকাতা
    হাইকোর্ট" (the opened annotations keep the court whole, apart from the bare হাইকোর্ট, Bangladesh's
    own, which stays as it is). Not a place in the genitive: "ঢাকার হাইকোর্টে" names no court."""
    positions = article.head_positions(_COURTS)
    if not positions:
        return spans
    words = article.words
    ends = {s.end: s for s in spans}
    out = list(spans)
    for k in positions:
        place = ends.get(k)
        if place is None or place.type != "LOC" or k - place.start > 2 or article.inflected(words[k - 1]) \
                or not article.same_sentence(k - 1, k) or article.joined(k):
            continue
        out = [s for s in out if s is not place and not (s.start == k and s.end == k + 1)]
        out.append(_Span(place.start, k + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


# A court named by its judge's rank: মুখ্য মহানগর হাকিম আদালত (the Chief Metropolitan Magistrate's
# court), বিচারিক হাকিম আদালত, মহানগর দায়রা জজ আদালত, জেলা ও দায়রা জজ আদালত, বিশেষ জজ আদালত-৩.
_COURT_FORMS = frozenset({"আদালত", "আদালতে", "আদালতের", "আদালতকে", "আদালতও"})
_COURT_JUDGES = frozenset({"হাকিম", "জজ", "ম্যাজিস্ট্রেট"})


def _courts_of_rank(article: _Article, spans: list[_Span]) -> list[_Span]:
    """The court named by its judge and the judge's rank is one organisation, every rank word
    in: the tagger and the head rules stop at a rank word they take for a description (মুখ্য |
    মহানগর হাকিম আদালতে, বিচারিক | হাকিম আদালতে) or find nothing (মহানগর দায়রা জজ আদালতের). A
    court's number joined by a hyphen is part of its name (বিশেষ জজ আদালত-৩-এ)."""
    positions = article.head_positions(_COURT_FORMS)
    if not positions:
        return spans
    words = article.words
    out = list(spans)
    for k in positions:
        if k < 2 or words[k - 1] not in _COURT_JUDGES or not article.same_sentence(k - 2, k):
            continue
        start = k - 1
        while start > 0 and (words[start - 1] in _COURT_RANKS or (words[start - 1] == "ও" and start > 1
                                                                  and words[start - 2] in _COURT_RANKS)):
            start -= 1
        if start == k - 1 or words[start] == "ও":
            continue
        end = k + 1
        if words[k] == "আদালত":
            end = _numbered_end(article, end)  # আদালত-৩
        if any(s.start < start < s.end or s.start < end < s.end for s in out):
            continue
        out = [s for s in out if not start <= s.start < end]
        out.append(_Span(start, end, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


_COUNCIL_TIERS = frozenset({"ইউনিয়ন", "উপজেলা", "জেলা"})


def _local_councils(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A union's, upazila's or district's place right before পরিষদ names its council, an
    organisation: "হারাটি ইউনিয়ন পরিষদের চেয়ারম্যান" (the union's council), not the union."""
    words = article.words
    n = len(words)
    out: list[_Span] = []
    for span in spans:
        k = span.end
        if span.type == "LOC" and words[k - 1] in _COUNCIL_TIERS and k < n and _bare_nominative(words[k]) == "পরিষদ" \
                and article.same_sentence(k - 1, k) and not article.joined(k):
            span = replace(span, end=k + 1, type="ORG", rule="head")
        out.append(span)
    return out


def _numbered_end(article: _Article, end: int, *, max_digits: int | None = None) -> int:
    """The end of a name with its number written on with a hyphen right after `end` (কার্যালয়-১,
    আদালত-৩, র্যাব-২: `end` + 2), of at most `max_digits` digits when given; `end` when none follows."""
    words = article.words
    if end + 1 < len(words) and words[end] == "-" and words[end + 1].isdigit() \
            and (max_digits is None or len(words[end + 1]) <= max_digits) \
            and article.joined(end) and article.joined(end + 1):
        return end + 2
    return end


# Forces and tribunals whose units are numbered, the number written on with a hyphen being the
# unit's name: র্যাব-২ (a battalion of the Rapid Action Battalion), আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল-১.
_NUMBERED_UNITS = frozenset({"র্যাব", "এপিবিএন", "ট্রাইব্যুনাল"})
# A unit's number has one or two digits (র্যাব-১১); four would be a year.
_UNIT_NUMBER_DIGITS = 2


def _numbered_units(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A force's or tribunal's number joined to it by a hyphen is part of the unit's name: "র্যাব-২-এর
    অধিনায়ক" names the battalion র্যাব-২, not র্যাব, and "ট্রাইব্যুনাল-২-এর চেয়ারম্যান" the
    tribunal, which the rules otherwise miss when no name is written before it."""
    positions = article.positions(_NUMBERED_UNITS)
    if not positions:
        return spans
    out = list(spans)
    for k in positions:
        end = _numbered_end(article, k + 1, max_digits=_UNIT_NUMBER_DIGITS)
        if end == k + 1:
            continue
        unit = next((s for s in out if s.start <= k < s.end), None)
        if unit is None:
            out.append(_Span(k, end, "ORG", "head", RULE_CONFIDENCE["head"]))
        elif unit.type == "ORG" and unit.end == k + 1:
            out = [replace(s, end=end) if s is unit else s for s in out]
    return sorted(out, key=lambda s: s.start)


def _typed_by_last_word(article: _Article, span: _Span) -> _Span:
    """The tagger's place of two or three words that ends in a known surname and holds no place or
    head word is a person ("জলপাইগুড়ির ইস্কান্দার মজুমদার ও তৈয়বা মজুমদারের ঘরে": the place before
    it lends its type); its person that ends in a company's head word is a company (এম জে
    ইন্টারন্যাশনালের প্রোপাইটর: the initials looked like a person's) or a school's (… উচ্চবিদ্যালয়ের
    প্রধান শিক্ষক: named after the person), and so is one a newspaper word
    follows (ডেকান ক্রনিকল সংবাদপত্র)."""
    if span.rule != "model":
        return span
    if span.type == "PERSON" and span.end - span.start > 1 \
            and article.nominative(article.words[span.end - 1]) in _COMPANY_HEADS | _SCHOOL_HEADS:
        return replace(span, type="ORG")  # … also a school named after someone (জিয়াউর রহমান উচ্চবিদ্যালয়ের)
    if span.type == "PERSON" and span.end < len(article.words) and article.words[span.end] in _MEDIA_APPOSITIVES \
            and article.same_sentence(span.end - 1, span.end):
        return replace(span, type="ORG")  # "ডেকান ক্রনিকল সংবাদপত্র": the name of the newspaper
    if span.type != "ORG" and span.end - span.start > 1 and article.nominative(article.words[span.end - 1]) in _COURTS:
        return replace(span, type="ORG")  # "লাহোর হাইকোর্টের": a city's high court, an institution
    if span.type != "ORG" and span.end - span.start > 1 \
            and _known_org_last_word((), article.words[span.end - 1]) is not None:
        return replace(span, type="ORG")  # "ঢাকা মহানগর উত্তর যুবদলের": a party's unit named by its place
    if span.type == "ORG" and span.end - span.start == 1 and span.end < len(article.words) \
            and article.words[span.end].startswith(_GOVERNMENT) and article.same_sentence(span.start, span.end) \
            and article.words[span.start].translate(_KEY_FOLD) in _PEOPLES_NAME_WORDS:
        return replace(span, type="PERSON")  # "হাসিনা সরকারের পতন": the government is named after her
    if span.type != "LOC" or not 2 <= span.end - span.start <= 3:
        return span
    words = article.words[span.start:span.end]
    if article.nominative(words[-1]) not in article.lexicon.surnames \
            or any(_known_place(article, w) or _head_kind(w) is not None for w in words):
        return span
    return replace(span, type="PERSON")


def _district_after_name(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A list of candidates and their seats ("ডা. মাহমুদা মিতু ঝালকাঠি, মাহবুব আলম লক্ষ্মীপুর"): the
    tagger's person of three or more words whose last word is a district of Bangladesh, before a
    comma, a hyphen or the sentence's end, is the person and then the district."""
    words = article.words
    out = []
    for span in spans:
        last = span.end - 1
        after = words[span.end] if span.end < len(words) and article.same_sentence(last, span.end) else "।"
        if span.type == "PERSON" and span.rule == "model" and span.end - span.start >= 3 \
                and words[last] in _DISTRICTS and after in {",", "-", "।"}:
            out.append(replace(span, end=last))
            out.append(_Span(last, span.end, "LOC", "gazetteer", RULE_CONFIDENCE["gazetteer"]))
        else:
            out.append(span)
    return out


_ALIAS_MARKER = "ওরফে"


def _alias_names(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"X ওরফে Y" ("X alias Y": অমৃত মণ্ডল ওরফে সম্রাট, আশরাফুল আলম ওরফে হিরো আলম) names one person
    twice. No name runs over the marker; a person's name before it the tagger missed is the name
    words there (a known given name or surname, or a word the vocabulary lacks), up to three; the
    alias after it is its first word, whatever it means (সম্রাট, হিরো), and a second one that is a
    name word, up to a case ending (সম্রাটকে). `_group` makes the two one entity."""
    marks = article.positions((_ALIAS_MARKER,))
    if not marks:
        return spans
    words = article.words
    out: list[_Span] = []
    for span in spans:
        inside = [k for k in marks if span.start <= k < span.end]
        if inside:
            k = inside[0]
            span = replace(span, end=k) if k > span.start else replace(span, start=k + 1)
        if span.end > span.start:
            out.append(span)
    covered = _covered(out)
    for k in marks:
        if not article.same_sentence(k - 1, k + 1):
            continue
        before = covered.get(k - 1)
        if before is None:
            start = k
            while start > 0 and k - start < 3 and article.same_sentence(start - 1, k) and start - 1 not in covered \
                    and _alias_name_word(article, words[start - 1]):
                start -= 1
            if start == k:
                continue
            before = _Span(start, k, "PERSON", "title", RULE_CONFIDENCE["title"])
            out.append(before)
        if before.type != "PERSON":
            continue
        after = covered.get(k + 1)
        if after is None:
            end = k + 1
            while end < len(words) and end - k <= 2 and article.same_sentence(k, end) and end not in covered \
                    and _is_word(words[end]) and words[end] not in NAME_STOP_WORDS \
                    and (end == k + 1 or _alias_name_word(article, words[end])):
                end += 1
                if article.inflected(words[end - 1]):
                    break
            if end == k + 1:
                continue
            after = _Span(k + 1, end, "PERSON", "title", RULE_CONFIDENCE["title"])
            out.append(after)
        elif after.type != "PERSON":
            if after.rule != "model" or after.end - after.start > 2:
                continue
            after.type = "PERSON"  # the tagger's হিরো আলম (ORG): an alias is a person's
        covered.update(_covered([before, after]))
        article.alias_of[after.start] = before.start
    return out


_NAMED = frozenset({"নামে", "নামের"})
# Nouns for a person introduced by name ("সাজিদ নামে এক ছাত্রদল কর্মী", "রিয়াদ (২৫) নামের এক যুবক");
# the role words of the title list count too. Crime and court pages of the corpus.
_PERSON_NOUNS = frozenset({
    "ব্যক্তি", "যুবক", "যুবতী", "তরুণ", "তরুণী", "কিশোর", "কিশোরী", "শিশু", "নারী", "পুরুষ", "বৃদ্ধ", "বৃদ্ধা",
    "ছেলে", "মেয়ে", "ছাত্র", "ছাত্রী", "কলেজছাত্র", "কলেজছাত্রী", "শিক্ষার্থী", "গৃহবধূ", "গৃহিণী", "কর্মী",
    "যাত্রী", "শ্রমিক", "দোকানি", "ব্যবসায়ী", "চালক", "কৃষক", "জেলে", "রোগী", "প্রবাসী", "মুক্তিযোদ্ধা"})
# Nouns for an organisation introduced by name ("'জুলাই ঐক্য' নামে একটি সংগঠন").
_ORGANISATION_NOUNS = frozenset({"সংগঠন", "প্রতিষ্ঠান", "সংস্থা", "কোম্পানি", "দল", "প্ল্যাটফর্ম", "জোট"})


def _named_as(article: _Article, spans: list[_Span]) -> list[_Span]:
    """"X নামে এক যুবক", "X (৩৭) নামের এক ব্যক্তি", "X নামে একজনকে": the words before "named" are a
    person's name when "a/one" and a noun for a person follow (a role word too: "… নামে এক ছাত্রদল
    কর্মী"); "'X' নামে একটি সংগঠন" names an organisation. Up to three name words (a known given name
    or surname, or a word the vocabulary lacks; an organisation's name in quotation marks may be
    any words), past an age in brackets."""
    words = article.words
    n = len(words)
    covered = _covered(spans)
    out = list(spans)
    for k in article.positions(_NAMED):
        if k + 1 >= n or not words[k + 1].startswith("এক") or not article.same_sentence(k, k + 1):
            continue
        kind = _named_kind(article, k + 1)
        if kind is None:
            continue
        end = k
        if end >= 3 and words[end - 1] == ")" and words[end - 3] == "(" and words[end - 2].isdigit():
            end -= 3  # the age in brackets: "রিয়াদ (২৫) নামের"
        quoted = end >= 2 and words[end - 1] in "’'\"”"
        if quoted and kind == "ORG":
            start = end - 1
            while start > 0 and end - start <= 6 and words[start - 1] not in "‘'\"“" and article.same_sentence(start - 1, k):
                start -= 1
            if start == 0 or words[start - 1] not in "‘'\"“" or end - 1 - start < 1:
                continue
            span = _Span(start, end - 1, "ORG", "head", RULE_CONFIDENCE["head"])
        elif not quoted:
            # a person's name: name words; an organisation's: any bare words ("হিন্দু সংহতি নামের একটি সংগঠন")
            start = end
            while start > 0 and end - start < 3 and article.same_sentence(start - 1, k) and start - 1 not in covered \
                    and not article.inflected(words[start - 1]) and (
                        _alias_name_word(article, words[start - 1]) if kind == "PERSON"
                        else _could_be_name_part(words[start - 1]) and not words[start - 1].endswith("ে")):
                start -= 1
            if start == end or end - 1 in covered:
                continue
            span = _Span(start, end, kind, "title" if kind == "PERSON" else "head", RULE_CONFIDENCE["title"])
        else:
            continue
        if any(i in covered for i in range(span.start, span.end)):
            continue
        out.append(span)
        covered.update(_covered([span]))
    return out


def _named_kind(article: _Article, k: int) -> str | None:
    """What "এক …" at token k introduces: PERSON (একজন, এক যুবক, এক ছাত্রদল কর্মী), ORG (একটি সংগঠন)
    or None."""
    words = article.words
    if words[k].startswith("একজন"):
        return "PERSON"
    for j in range(k + 1, min(k + 4, len(words))):
        if not article.same_sentence(k, j):
            break
        stems = case_stems(words[j])
        if any(s in _PERSON_NOUNS or is_title(s) for s in stems):
            return "PERSON"
        if words[k] in {"একটি", "একটা"} and any(s in _ORGANISATION_NOUNS for s in stems):
            return "ORG"
    return None


def _alias_name_word(article: _Article, word: str) -> bool:
    lexicon = article.lexicon
    return _is_word(word) and word not in NAME_STOP_WORDS and not is_title(word) \
        and (lexicon.person_word(word) or word not in lexicon.common)


def _clubs_by_city(article: _Article, spans: list[_Span]) -> list[_Span]:
    """Sports pages call a club by its city once they have named it (সিলেট টাইটান্স … "সিলেটের
    অধিনায়ক", "নোয়াখালীকে ৬ উইকেটে হারিয়েছে", "ঢাকার প্রথম ম্যাচে"): in an article that names a
    club after a city, the city alone is the club, except in the locative, where it is the venue
    (সিলেটে), and before another place or a place's head word (ঢাকার মিরপুরে, সিলেটের মাঠে)."""
    words = article.words
    cities = {words[s.start] for s in spans if s.type == "ORG" and _is_club(article, s)}
    cities |= {_place_nominative(words[s.start]) for s in spans if _side_by_cue(article, s)}
    if not cities:
        return spans
    out = []
    for span in spans:
        k = span.start
        word = words[k]
        if span.type == "LOC" and span.end - k == 1 and _place_nominative(word) in cities and k not in article.desk \
                and not _locative_form(word) and not _before_a_place(article, k + 1):
            span = replace(span, type="ORG", rule="club")
        out.append(span)
    return out


def _side_by_cue(article: _Article, span: _Span) -> bool:
    """A city in the genitive before what only a side has: "চট্টগ্রামের বিপক্ষে ফাইফার", "রংপুরের
    জার্সিতে", "রংপুরের বোলাররা", "খুলনার কাছে হেরে বিদায় নেয়" (not "ঢাকার কাছে", near Dhaka): the
    city's club, whether or not the article names it in full."""
    k = span.start
    words = article.words
    if span.type != "LOC" or span.end - k != 1 or k + 1 >= len(words) or not article.same_sentence(k, k + 1) \
            or not _genitive(words[k]) or _place_nominative(words[k]) not in _CLUB_CITIES:
        return False
    cue = words[k + 1]
    if cue == "কাছে":
        return k + 2 < len(words) and words[k + 2].startswith(_DEFEAT_STEMS)
    return any(f in _SIDE_CUES or f.removesuffix("রা") in _SIDE_CUES for f in case_stems(cue))  # বোলাররাই


# What a side has and a city has not, after the city in the genitive: a match against it, its
# shirt, its players and innings. From the cricket and football reports in the project's corpus.
_SIDE_CUES = frozenset({"বিপক্ষে", "জার্সি", "বোলার", "ব্যাটার", "পেসার", "স্পিনার", "ওপেনার", "ইনিংস",
                        "একাদশ", "অধিনায়ক", "কোচ"})
# "X-এর কাছে হেরে/হার": lost to X (after কাছে, which alone also means "near").
_DEFEAT_STEMS = ("হের", "হার")


def _is_club(article: _Article, span: _Span) -> bool:
    """A club named by its city and a name (সিলেট টাইটান্স, নোয়াখালী এক্সপ্রেস)."""
    words = article.words[span.start:span.end]
    if len(words) < 2 or words[0] not in _CLUB_CITIES:
        return False  # (a country's side is the country: annotators keep বাংলাদেশ a place)
    name = _nominative_phrase(article, words)
    last = _bare_nominative(words[-1])
    return name in _CLUB_NAMES or (last.endswith("স") and last not in article.lexicon.common and not last.isascii())


def _locative_form(word: str) -> bool:
    """সিলেটে, ঢাকায়, নোয়াখালীতে: a place name in the locative (not the objective নোয়াখালীকে, which
    ends in -ে too)."""
    if word.endswith("কে"):
        return False
    return any(word == stem + ending for stem in case_stems(word)[1:] for ending in _LOCATIVE + ("য়ে", "তেই", "েই"))


def _before_a_place(article: _Article, k: int) -> bool:
    """Is token k (after a city) a place or a place's head word (ঢাকার | মিরপুরে, সিলেটের | মাঠে)?"""
    if k >= len(article.words) or not article.same_sentence(k - 1, k):
        return False
    word = article.words[k]
    return _place_nominative(word) in PLACE_NAMES or article.lexicon.bd_place(word) \
        or _bare_nominative(word) in _LOC_HEADS or _bare_nominative(word) in _CLUB_PLACE_WORDS


# Where a club plays or lives, after its city: the place or the match there, not the club
# (সিলেটের মাঠে, ঢাকার দর্শকরা, সিডনি টেস্টের আগে).
_CLUB_PLACE_WORDS = frozenset({"মাঠ", "উইকেট", "দর্শক", "দর্শকরা", "আবহাওয়া", "কুয়াশা", "শীত", "রাস্তা", "টেস্ট",
                               "স্টেডিয়াম", "ভেন্যু", "পর্ব", "পর্বের", "লেগ"})


def _known_org_last_word(before: Sequence[str], last: str) -> str | None:
    """The form of `last` without its case ending that completes a gazetteer organisation's name
    after the words `before`, or None."""
    for stem in case_stems(last):
        if " ".join([*before, stem]) in _KNOWN_ORG_NAMES:
            return stem
    return None


# What separates the items of a list (and the dash or colon that opens one: "তালিকায় রয়েছে- …").
_ITEM_SEPARATORS = frozenset({",", "এবং", "ও", "-", ":", "।", ";"})
# How many organisations a list names before its other items are taken for organisations too.
_ORGANISATION_ITEMS = 2


# Heads of a unit named by two fields joined by ও (সরকার ও রাজনীতি বিভাগ, বৈদেশিক মুদ্রা ও নীতি
# বিভাগ, প্রতিবন্ধী সেবা ও সাহায্য কেন্দ্র): a department, a centre, a faculty, a directorate.
_TWO_FIELD_HEADS = frozenset({"বিভাগ", "কেন্দ্র", "অনুষদ", "ইনস্টিটিউট", "অধিদপ্তর", "অধিদফতর"})
# What follows কেন্দ্র when it means "centring on" (উৎসবকে কেন্দ্র করে), not a centre.
_CENTRING_VERBS = frozenset({"করে", "করেই", "করা", "করি", "করেছে"})


def _two_field_units(article: _Article, spans: list[_Span]) -> list[_Span]:
    """A unit named by two fields joined by ও is one organisation, though ও ends names elsewhere:
    "জাহাঙ্গীরনগর বিশ্ববিদ্যালয়ের সরকার ও রাজনীতি বিভাগের অধ্যাপক", "বাংলাদেশ ব্যাংকের বৈদেশিক মুদ্রা ও
    নীতি বিভাগ", "। প্রতিবন্ধী সেবা ও সাহায্য কেন্দ্রের কর্মকর্তা". The first field (one or two words)
    opens a sentence or follows an organisation in the genitive (its parent); the second is one
    word; no word of either is in a case form, and nothing of it is a name found already."""
    words = article.words
    covered = _covered(spans)
    out = list(spans)
    for k in article.positions(("ও",)):
        head = k + 2
        if head >= len(words) or not article.same_sentence(k, head) or head in covered or k + 1 in covered \
                or not any(f in _TWO_FIELD_HEADS for f in case_stems(words[head])) \
                or (head + 1 < len(words) and words[head + 1] in _CENTRING_VERBS) \
                or not _field_word(article, words[k + 1]):
            continue
        _cut_parent_at_genitive(article, covered, k)
        for size in (1, 2):
            start = k - size
            if start < 0 or not all(_field_word(article, w) for w in words[start:k]) \
                    or any(m in covered for m in range(start, k)):
                break
            parent = covered.get(start - 1)
            if not article.same_sentence(start - 1, start) or not _is_word(words[start - 1]) \
                    or parent is not None and parent.type == "ORG" and parent.end == start and _genitive(words[start - 1]):
                out.append(_Span(start, head + 1, "ORG", "head", RULE_CONFIDENCE["head"]))
                covered.update(_covered(out[-1:]))
                break
    return sorted(out, key=lambda s: s.start)


def _cut_parent_at_genitive(article: _Article, covered: dict[int, _Span], end: int) -> None:
    """The tagger's organisation that ends at `end` (before ও) may run a parent in the genitive and
    the unit's first field together ("বাংলাদেশ ব্যাংকের বৈদেশিক মুদ্রা | ও নীতি বিভাগ"): cut it after
    its genitive, when one or two field words follow it, so the unit can be found."""
    span = covered.get(end - 1)
    if span is None or span.type != "ORG" or span.end != end:
        return
    words = article.words
    for start in (end - 1, end - 2):
        if span.start < start - 1 and _genitive(words[start - 1]) \
                and all(_field_word(article, w) for w in words[start:end]):
            span.end = start
            for m in range(start, end):
                del covered[m]
            return


def _bare_word(article: _Article, word: str) -> bool:
    """A word as a name holds it: letters, no leading digit, no case ending."""
    return _is_word(word) and not word[0].isdigit() and not article.inflected(word)


def _field_word(article: _Article, word: str) -> bool:
    return _bare_word(article, word) and word not in _CONJUNCTIONS


def _company_list_items(article: _Article, spans: list[_Span]) -> list[_Span]:
    """An item of a list of organisations that the tagger missed is an organisation too: the stock
    exchange's daily report lists the most traded companies ("তালিকায় রয়েছে- রহিমা ফুড, সিমটেক্স
    ইন্ডাস্ট্রিজ, স্কয়ার ফার্মাসিউটিক্যালস, …, সায়হান কটন এবং ফাইন ফুডস"). An item of two or three
    words beside an organisation of the list, in a sentence whose list has two organisations or
    more of two words or more (not লজিস্টিকস ও সাপ্লাই চেইন, fields of trade), each item exactly one
    name; words that are no ordinary words, titles, numbers or case forms."""
    words = article.words
    covered = _covered(spans)
    by_start = {s.start: s for s in spans}
    items_of: dict[int, list[tuple[int, int]]] = defaultdict(list)
    start = 0
    for k in range(len(words) + 1):
        if k == len(words) or words[k] in _ITEM_SEPARATORS or not article.same_sentence(start, k):
            if k > start:
                items_of[article.sentence_of[start]].append((start, k))
            start = k + 1 if k < len(words) and words[k] in _ITEM_SEPARATORS else k
    out = list(spans)
    for items in items_of.values():
        named = [(a, b) for a, b in items
                 if b - a > 1 and a in by_start and by_start[a].end == b and by_start[a].type == "ORG"]
        if len(named) < _ORGANISATION_ITEMS:
            continue
        for i, (a, b) in enumerate(items):
            beside = {items[j] for j in (i - 1, i + 1) if 0 <= j < len(items)}
            if 2 <= b - a <= 3 and beside & set(named) and not any(m in covered for m in range(a, b)) \
                    and all(_company_word(article, w) for w in words[a:b]):
                out.append(_Span(a, b, "ORG", "head", RULE_CONFIDENCE["head"]))
    return sorted(out, key=lambda s: s.start)


def _company_word(article: _Article, word: str) -> bool:
    return _bare_word(article, word) \
        and not (word in article.lexicon.common and word not in article.lexicon.names) \
        and word not in NAME_STOP_WORDS and not is_title(word)


def _players_given_names() -> frozenset[str]:
    """The given names the sports pages call the gazetteer's players by (রিশাদ of রিশাদ হোসেন), and
    their short forms (`PLAYERS_SHORT_NAMES`: মোস্তাফিজ of মোস্তাফিজুর রহমান), folded. Not a word
    that ends or sits inside anyone's name in the gazetteer (শেখ of নাঈম শেখ, সাকিব of তানজিম
    সাকিব): it may be a surname there."""
    first = {name.split()[0] for names in (*BANGLADESH_CRICKET, *BANGLADESH_SPORT, *WORLD_CRICKET, *WORLD_FOOTBALL,
                                           *WORLD_SPORT) for name in names if " " in name}
    later = {w for names in PEOPLE for name in names for w in name.split()[1:]}
    return frozenset(w.translate(_KEY_FOLD) for w in (first - later - PLAYERS_NAMES_ALSO_WORDS) | PLAYERS_SHORT_NAMES
                     if len(w) > 2)


_PLAYERS_GIVEN_NAMES = _players_given_names()
# Words of a match report (the article is about a game): cricket and football, from the sports
# reports of the project's corpus.
_SPORTS_CUES = _SIDE_CUES | {"উইকেট", "ম্যাচ", "ক্রিকেট", "ক্রিকেটার", "ফুটবল", "ফুটবলার", "গোল", "রান", "টেস্ট",
                             "বিপিএল", "লিগ", "ওভার", "ছক্কা", "বোলিং", "ব্যাটিং"}
# How many cue words make an article a sports report.
_SPORTS_CUE_COUNT = 3


def _players_by_given_name(article: _Article, spans: list[_Span]) -> list[_Span]:
    """In a sports report a gazetteer player's given name alone is that player ("আবার রিশাদও বিগ
    ব্যাশ খেলছে", "মুস্তাফিজের দুর্দান্ত ফর্ম"), though the article never writes the full name for
    the tagger to learn it from. Not a word the corpus uses as an ordinary word (কেন, "why"), a
    place, a word glued to another by a hyphen, or a word next to another name word or opening a
    gazetteer name (সাদিও মানে): that is a longer name, the tagger's or the gazetteer's to find."""
    words = article.words
    lexicon = article.lexicon
    candidates = [k for k, w in enumerate(words) if _folded(article.nominative(w)) in _PLAYERS_GIVEN_NAMES]
    if not candidates or sum(any(f in _SPORTS_CUES for f in case_stems(w)) for w in words) < _SPORTS_CUE_COUNT:
        return spans
    covered = _covered(spans)
    out = list(spans)
    for k in candidates:
        stem = article.nominative(words[k])
        if k in covered or stem in lexicon.common or stem in PLACE_NAMES or _glued(article, k) \
                or _opens_gazetteer_name(article, k) \
                or any(0 <= j < len(words) and article.same_sentence(j, k) and _name_word(article, words[j])
                       for j in (k - 1, k + 1)):
            continue
        out.append(_Span(k, k + 1, "PERSON", "person", RULE_CONFIDENCE["person"]))
    return sorted(out, key=lambda s: s.start)


def _glued(article: _Article, k: int) -> bool:
    """Is token k written against the word before it, with no space or mark between?"""
    return article.joined(k) and _is_word(article.words[k - 1])


def _opens_gazetteer_name(article: _Article, k: int) -> bool:
    """Do token k and the word after it open a name of the people gazetteer (সাদিও | মানে)?"""
    if k + 1 >= len(article.words):
        return False
    following = {_folded(article.words[k + 1]), _folded(article.nominative(article.words[k + 1]))}
    return any(parts[1] in following for parts in _PEOPLE.get(_folded(article.nominative(article.words[k])), ()))


def _name_word(article: _Article, word: str) -> bool:
    """A given name or surname the lexicon knows, as written or in the nominative (not the model's
    wider name words, which hold club names' words: দুর্দান্ত of দুর্দান্ত ঢাকা)."""
    return word in article.lexicon.names or article.nominative(word) in article.lexicon.names


# The head words that end only a company's name, never a person's.
_COMPANY_HEADS = frozenset({"ইন্টারন্যাশনাল", "লিমিটেড", "এন্টারপ্রাইজ", "এন্টারপ্রাইজেস", "ট্রেডার্স", "ট্রেডিং",
                            "ইন্ডাস্ট্রিজ", "গ্রুপ", "কর্পোরেশন", "করপোরেশন", "কোম্পানি"})
