"""Tunables and word lists every step of the entity extractor shares: the tagger's labels, the case
endings stripped from names, the head words known without the article, the key folding of
`name_key`, and the confidence of each rule (`RULE_CONFIDENCE`).

Separate because every other module of `core.entities` reads them and none of them reads another
module: the bottom of the import graph. The word lists of one rule stay beside that rule.
"""
from __future__ import annotations

import re

from core.lexicon.names import (
    ADMIN_HEAD_WORDS,
    BANGLADESH_PLACES,
    CITY_AREAS,
    CLDR_TERRITORIES,
    LOC_HEAD_WORDS,
    PLACE_NAMES,
    REGIONS_AND_HISTORICAL_PLACES,
    RULE_ORG_HEAD_WORDS,
    WEAK_LOC_HEAD_WORDS,
    WELL_KNOWN_ORGS,
)
from core.lexicon.orgs import NAMES_NEEDING_CONTEXT, ORGANISATIONS, SPORTS_CLUBS

# Labels of the tagger -> entity types of the records.
_TYPE_OF_LABEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

# Case endings that only ever are endings on a name (কিমের, রাশিয়াকে, হানিশেদের); the short ones
# (র, ে, ই, ও, য়, তে, রা) are also the last letters of many names (হায়দার, রাসেল), so they are
# stripped only when the stem is known.
_SURE_ENDINGS: tuple[str, ...] = tuple(sorted({
    "ের", "এর", "কে", "কেও", "কেই", "দের", "য়ের", "েরও", "েরই", "এরও", "এরই", "য়েরও", "তেও",
    "-এর", "-র", "-কে", "-তে", "-এ", "-ও", "’র", "'র", "’এর", "'এর", "’য়ের", "গুলোর", "দেরও", "তে", "তেই",
    "সহ",  # "with": মামুনুল হকসহ, সাদিয়া শারমিনসহ
}, key=len, reverse=True))
# The particles ও and ই written as full vowels right after a consonant (মেলফোর্ডও, নেসারও): Bengali
# spelling puts a full vowel after a consonant only across a word boundary, so they are endings.
_PARTICLES = ("ও", "ই")
# Vowel signs after which a final র is the genitive ending far more often than part of the name
# (শোইগুর, পেসকভের is handled above): names end in -ুর/-োর rarely, in -ার/-ির/-ীর often.
_GENITIVE_R_AFTER = "ুূোৌ"
# Endings that follow a vowel (হানিশেদের, উইংয়ের); after a consonant the same letters are -ের.
_AFTER_VOWEL_ENDINGS = frozenset({"দের", "দেরও", "য়ের", "য়েরও", "তে", "তেই"})
# Pronouns, whose case forms are their own words (আমার, not আমির): never the stem of a name.
_PRONOUNS = frozenset({"আমি", "তুমি", "আপনি", "তিনি", "সে", "তারা", "আমরা", "তোমরা", "যে", "এ", "ও", "কে"})
# Name forms known without looking at the article: places and the head words of names.
_ORG_HEADS = RULE_ORG_HEAD_WORDS
_LOC_HEADS = LOC_HEAD_WORDS | WEAK_LOC_HEAD_WORDS | ADMIN_HEAD_WORDS
# A river: নদী, and নদ, the word for the rivers Bengali calls male (ব্রহ্মপুত্র নদ, তুরাগ নদের,
# কপোতাক্ষ নদ; Rifat test split). নদ is for the rules only: the tagger was trained with the
# head words of `LOC_HEAD_WORDS` as they are.
# A lake and a hill or hill range are named the same way, by one word before the feature's
# word (বৈকাল হ্রদের, বাটালি হিল; lt and jn gold). Not বিল: a wetland (চলন বিলে), but as often
# a bill (গ্যাস বিল, বকেয়া বিল: the corpus diff).
_RIVER_HEADS = frozenset({"নদী", "নদ", "হ্রদ", "লেক", "হিল", "হিলস"})
_CLUB_NAMES = frozenset(name for club in SPORTS_CLUBS for name in club)
# Cities that name clubs: Bangladesh's districts and the cities of the franchise teams listed
# (সিডনি, হোবার্ট); never a country, whose side is the country (ইংল্যান্ড, বাংলাদেশ).
_CLUB_CITIES = (frozenset(BANGLADESH_PLACES) | {name.split()[0] for name in _CLUB_NAMES if " " in name}) \
    - frozenset(CLDR_TERRITORIES) - {"ইংল্যান্ড", "স্কটল্যান্ড", "ওয়েলস", "আয়ারল্যান্ড"}
_BUILTIN_KNOWN = PLACE_NAMES | _ORG_HEADS | _LOC_HEADS | _RIVER_HEADS | {"অ্যাভিনিউ"} | {n for n in WELL_KNOWN_ORGS if " " not in n} \
    | {n for names in ORGANISATIONS for n in names if " " not in n and n not in NAMES_NEEDING_CONTEXT} \
    | {n.split()[-1] for n in (*REGIONS_AND_HISTORICAL_PLACES, *CITY_AREAS)}  # ভারতীয় উপমহাদেশে, শনির আখড়ার

_LATIN_ACRONYM = re.compile(r"[A-Z][A-Z&.]*[A-Z]\.?")
_KEY_SEPARATORS = re.compile(r"[\s\-‐‑–—_.·,;:'’‘\"“”()\[\]]+")
# Spelling variants folded by `name_key`: long and short i/u (রশীদ/রশিদ), and chandrabindu.
_KEY_FOLD = str.maketrans({"ী": "ি", "ূ": "ু", "ঁ": None})

# Confidence given to what each rule finds, and the model's floor (its marginals are used above it).
RULE_CONFIDENCE = {"acronym": 0.8, "head": 0.75, "title": 0.8, "gazetteer": 0.7, "speech": 0.7,
                   "alias": 0.75, "propagated": 0.6, "organisation": 0.85, "person": 0.85}
DECISION_ACTIONS = ("rename", "retype", "merge", "reject")
