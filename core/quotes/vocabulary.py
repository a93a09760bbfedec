"""The speech lexicon (`core.lexicon.speech`) as the extractor reads it: frozensets for membership
and the compiled alternations of the cue regex (`_CUE_RE`: speech verbs, noun + light verb, passive
reports, "X-এর মতে", "বরাত দিয়ে", "সূত্রে জানা গেছে"), with the small string helpers they are built
with (`_alt`).

Separate because every module after it reads these lists, and they read nothing but `tunables`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from core.lexicon import ABBREVIATIONS
from core.lexicon import speech as lx
from core.quotes.tunables import _B, _E, _LETTERS, _MASK


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first, spaces matching any run of spaces."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


# the bare বলে is the quotative or a converb, not a finite verb of saying (see BOLE_FORMS)
_VERB_FORMS = tuple(v for v in lx.SPEECH_VERBS if v not in lx.BOLE_FORMS) + lx.COMPOUND_SPEECH_VERBS
_SPEECH_VERBS = frozenset(_VERB_FORMS)
_LIGHT_VERBS = frozenset(lx.LIGHT_VERBS)
_CONVERBS = frozenset(lx.CONVERBS)
_CUE_NOUNS = frozenset(lx.NEUTRAL_CUE_NOUNS + lx.DISTANCING_CUE_NOUNS + lx.NOMINAL_CUE_NOUNS)
_REPORTING_CONVERB = frozenset(lx.REPORTING_CONVERB_NOUNS)
_CLAUSE_BEFORE_CUE_NOUNS = frozenset(lx.CLAUSE_BEFORE_CUE_NOUNS)
_DECLARED_STATES = frozenset(lx.DECLARED_STATES)
_KORA_ONLY = frozenset(lx.KORA_ONLY_CUE_NOUNS)
_ANNOUNCING_PASSIVE = frozenset(lx.ANNOUNCING_PASSIVE_CUES)
_LEARNT_PASSIVE = frozenset(lx.LEARNT_PASSIVE_CUES)
_WISHING = frozenset(lx.WISHING_OBJECTS)
_WISH_OPENERS = tuple(lx.WISH_CLAUSE_OPENERS)
_GROUP_DETERMINERS = frozenset(lx.GROUP_DETERMINERS)
# Adverbs and conjunctions a subject phrase may run into before its verb: never part of who speaks.
_TRAILING_ADVERBS = frozenset({"খুবই", "খুব", "যেহেতু", "যদিও", "আনুষ্ঠানিক", "আনুষ্ঠানিকভাবে", "অবশ্য",
                               "অবশ্যই", "বরাবরই", "স্পষ্টভাবে", "প্রকাশ্যে"})
# "Just this" as the object of a verb of saying: never its subject.
_EMPHATIC_THIS = frozenset({"এটিই", "এটাই", "সেটিই", "সেটাই", "এ-ও", "এটাও", "সেটাও"})
# Indefinite pronouns in the genitive and the nominative they speak in.
_INDEFINITE_GENITIVES = {"অনেকের": "অনেকে", "অনেকেরই": "অনেকে", "সবার": "সবাই", "সবারই": "সবাই", "কারও": "কেউ",
                         "কারো": "কেউ", "কারোর": "কেউ", "কারুর": "কেউ"}
# "With" after a genitive: the one talked with (… একজনের সঙ্গেও কথা বলেছি).
_WITH_WORDS = frozenset({"সঙ্গে", "সঙ্গেও", "সাথে", "সাথেও"})
_ET_AL = frozenset({"প্রমুখ"})  # "X, Y প্রমুখ": X, Y and others
_FROM = frozenset({"থেকে", "হতে"})  # the postposition of a source or place: "ধ্বংসস্তূপ থেকে"
_IN_IT = frozenset({"এতে", "তাতে", "সেখানে"})  # "এতে বলা হয়", "তাতে বলা হয়": in the document just named
# First-person perfect and past endings (চিহ্নিত করেছি, কথা বলেছি): the reporter's own verbs.
_FIRST_PERSON_PERFECT = ("েছি", "েছিলাম")
# Sources that speak with the definite -টি: "এনসিপির সূত্রটি জানায়".
_SOURCE_NOUNS = frozenset({"সূত্র"})
_DISTANCING = frozenset(lx.DISTANCING_CUE_NOUNS)
_DEMAND_VERBS = frozenset(lx.DEMAND_VERBS)
_NOMINAL = frozenset(lx.NOMINAL_CUE_NOUNS)
_BOLE = frozenset(lx.BOLE_FORMS)
_ACCORDING_NO_COMMA = frozenset({"মতে", "ভাষায়", "ভাষ্যমতে", "ভাষ্যে", "দৃষ্টিতে"})
_QUOTED_SPEECH = frozenset(lx.QUOTED_SPEECH_NOUNS)
# An allegation stated with its copula: "তাদের অভিযোগ ছিল, …" (opened annotations: 5 of 5; not "তাদের ধারণা
# ছিল, …", a belief, nor "প্রশ্ন হলো, …").
_ALLEGATION = frozenset({"অভিযোগ"})
_ASSURANCES = frozenset(lx.ASSURANCE_CUE_NOUNS)
_COPULAS = frozenset({"ছিল", "ছিলো", "আছে", "রয়েছে"})
_DATA_ACCORDING_TO = frozenset(lx.DATA_ACCORDING_TO)
_COUNTED_OR_TOLD = frozenset(lx.COUNTED_OR_TOLD)
# "As", a postposition after a plain noun, no verb: "… বাড়ার কারণ হিসেবে উপমহাদেশীয় উচ্চচাপ বলয়ের কথা".
_AS = frozenset({"হিসেবে", "হিসাবে"})
# The same word after a source's genitive and before a comma is "by its count" ("ক্যাবের হিসাবে, …"):
# named apart for that role. A source's count is data, like "X-এর তথ্যমতে": one sentence.
_COUNTED = _AS
_DATA_MODIFIERS = frozenset(lx.DATA_MODIFIERS)
_ISSUED_RULES = frozenset(lx.ISSUED_RULES)
_SINGULAR = frozenset(lx.SINGULAR_PRONOUNS)
_PLURAL = frozenset(lx.PLURAL_PRONOUNS)
# Either: the personal pronouns a speaker is named by (তিনি, তারা, …).
_PERSONAL_PRONOUNS = _SINGULAR | _PLURAL
_GEN_PRONOUNS = frozenset(lx.GENITIVE_PRONOUNS)
_PLURAL_GEN = frozenset(lx.PLURAL_GENITIVE_PRONOUNS)
_RELATIVE = frozenset(lx.RELATIVE_PRONOUNS)
_ANA_DET = frozenset(lx.ANAPHORIC_DETERMINERS)
_ANA_OBJ = frozenset(lx.ANAPHORIC_OBJECTS)
_ANA_ALONE = frozenset(lx.ANAPHORIC_OBJECTS_ALONE)
# The back-pointing objects that are information, not words said (এ তথ্য জানান, তথ্যটি নিশ্চিত করেন).
_INFORMATION = frozenset({"তথ্য", "তথ্যটি", "খবর", "খবরটি"})
_SPEAKING_ACTS = frozenset(lx.SPEAKING_ACT_NOUNS)
_DOCUMENTS = tuple(lx.DOCUMENT_WORDS)
# An organisation's documents whose wording the report goes on giving sentence after sentence
# ("চিঠিতে বলা হয়, … । … ।", "সার্কুলারে আরও বলা হয়েছে, …", "শোকবার্তায় বলা হয়েছে, …"); a press
# release (বিজ্ঞপ্তিতে জানানো হয়, …) is followed by the reporter's own background. Held-out annotations.
_LETTERS_GOING_ON = ("চিঠি", "সার্কুলার", "পরিপত্র", "প্রজ্ঞাপন", "বিবৃতি", "শোকবার্তা", "অভিযোগপত্র")
# A conditional or temporal clause: a cue inside it reports nothing ("যদি … ঘোষণা করেন, তাহলে …",
# "যখন … প্রশ্ন করেন, তখনই দৃশ্যপট বদলে যায়").
_IF = frozenset({"যদি", "যখন"})
_THEN = frozenset({"তাহলে", "তবে", "সেক্ষেত্রে", "তখন", "তখনই"})

# Cues that a thing can be the subject of, as the reporter's inference ("এই ঘটনা প্রশ্ন তুলেছে যে",
# "এটিও ইঙ্গিত দেয় যে"); with a person they report speech.
_INFERENCE_NOUNS = frozenset({"প্রশ্ন", "ইঙ্গিত"})
_AGAIN = frozenset({"আবার", "আবারও", "আবারো", "আরও", "আরো", "ফের", "নতুন", "করে", "স্পষ্ট", "জোরালো"})
# দেওয়া finishing a converb's action (an explicator): "… বলে স্পষ্ট করে দিয়েছেন রোনালদো".
_GIVING = frozenset(lx.GIVING_FORMS)
# Events and findings as subjects ("এই ঘটনা", "অনুসন্ধানটি", "গবেষণাটি").
_EVENT_NOUNS = frozenset({"ঘটনা", "ঘটনাটি", "ঘটনাগুলো", "অনুসন্ধান", "অনুসন্ধানটি", "গবেষণা", "গবেষণাটি",
                          "পরিসংখ্যান", "তথ্য", "তথ্যটি", "ফলাফল", "চিত্র", "পরিস্থিতি"})
# Platforms whose posts nobody issues: "ফেসবুকের কিছু পোস্টে", "সামাজিক মাধ্যমের পোস্টে".
_PLATFORM_NAMES = frozenset({"ফেসবুক", "ফেইসবুক", "টুইটার", "ইনস্টাগ্রাম", "ইউটিউব", "টিকটক", "সামাজিক মাধ্যম",
                             "মাধ্যম", "যোগাযোগমাধ্যম", "সামাজিক যোগাযোগমাধ্যম"})
# Where a document is posted, between its issuer and the document: "দলের ভেরিফায়েড ফেসবুক পেজে".
_PLATFORM_WORDS = frozenset({"ফেসবুক", "ফেইসবুক", "অফিশিয়াল", "অফিসিয়াল", "ভেরিফায়েড", "নিজস্ব", "টুইটার",
                             "ইনস্টাগ্রাম", "ইউটিউব", "এক্স", "সামাজিক", "যোগাযোগমাধ্যমে", "মাধ্যমে",
                             "ওয়েবসাইটে", "ওয়েবসাইট", "পেজে", "পাতায়",
                             # and how it was issued: "পিসিবির ওয়েবসাইটে দেওয়া বিবৃতিতে"
                             "দেওয়া", "দেয়া", "প্রকাশিত", "পাঠানো", "প্রেরিত", "প্রচারিত"})
# A platform a document is posted on, as the genitive before it ("ফেসবুকের", "সামাজিক মাধ্যমের").
_PLATFORMS = _PLATFORM_WORDS | _PLATFORM_NAMES
# People told something, not things named: "তাকে … বলা হয়েছে, …" is a report to him.
_TOLD = frozenset({"তাকে", "তাদেরকে", "তাদের", "আমাকে", "আমাদেরকে"})


# Conditional verbs ("if/when …"): a clause that ends in one is no content of its own.
_CONDITIONAL_VERBS = frozenset({"হলে", "চাইলে", "করলে", "দিলে", "গেলে", "এলে", "থাকলে", "পারলে", "বললে", "নিলে",
                                "পেলে"})
_EVENTS = ("সম্মেলন", "সাক্ষাৎকার", "বক্তব্য", "ভাষণ", "বক্তৃতা", "অনুষ্ঠান", "সভা", "ব্রিফিং")
_ROLE_WORDS = tuple(sorted(lx.ROLE_WORDS, key=len, reverse=True))
_ROLE_MODIFIERS = frozenset(lx.ROLE_MODIFIERS)
_ADDRESS = frozenset(lx.ADDRESS_FORMS)
_NON_SUBJECT = frozenset(lx.NON_SUBJECT_WORDS)
# The first words of the "learnt from" source phrases (X থেকে জানা গেছে, X-এর সঙ্গে কথা বলে জানা গেছে).
_LEARNT_FROM_HEADS = frozenset(p.split()[0] for p in lx.LEARNT_FROM_PHRASES)
_TALKED_WITH_POSTPOSITIONS = frozenset(lx.TALKED_WITH_POSTPOSITIONS)
# "সেখান থেকে জানা যায়": a place, not a source.
_PLACE_ADVERBS = frozenset({"সেখান", "এখান", "ওখান", "যেখান", "কোথা", "কোত্থেকে"})
_BREAK = frozenset(lx.NP_BREAK_WORDS)
_MEDIA_FIRST = frozenset(lx.MEDIA_FIRST_WORDS)
_VERB_ENDINGS = tuple(lx.VERB_ENDINGS)
_COMMON_CONVERBS = frozenset(lx.COMMON_CONVERBS)
_GROUP_SUBJECTS = frozenset(w for w in lx.GROUP_WORDS if " " not in w)  # অনেকে is a subject, not a place
_DETERMINERS = frozenset({"এক", "একটি", "একটা", "একজন", "নিজের", "নিজ", "তার", "তাঁর", "তাদের",
                          "তাঁদের", "ওই", "এই", "সেই", "উক্ত", "আমার", "আমাদের", "কোনো", "কোন"})
# What a document is or conveys, written before it ("হালনাগাদ প্রতিবেদনে", "শোক বার্তায়").
_DOCUMENT_MODIFIERS = frozenset({"হালনাগাদ", "সর্বশেষ", "সাম্প্রতিক", "বার্ষিক", "মাসিক", "প্রাথমিক", "চূড়ান্ত",
                                 "তদন্ত", "গবেষণা", "লিখিত", "যৌথ", "পৃথক", "শোক", "অভিনন্দন", "শুভেচ্ছা"})
# What may stand between a document and its issuer: "বিএনপির | ভেরিফায়েড ফেসবুক পেজে এক পোস্টে".
_PRESS = frozenset({"সংবাদ", "প্রেস"})  # "সংবাদ বিজ্ঞপ্তি", "প্রেস বিজ্ঞপ্তি": a press release
_BEFORE_DOCUMENT = _DETERMINERS | _PRESS | {"এক", "একটি"} | _PLATFORM_WORDS | _DOCUMENT_MODIFIERS
_DEMONSTRATIVES = frozenset({"এই", "ওই", "সেই", "উক্ত", "এ"})
# The word that joins a document to its quoted title: "‘…’ শীর্ষক প্রতিবেদনে", "‘…’ শিরোনামের নিবন্ধে".
_TITLE_WORDS = frozenset({"শীর্ষক", "শিরোনামের", "শিরোনামে", "নামের", "নামক"})
_INDEFINITES = frozenset({"এক", "একটি", "একটা", "নিজের", "নিজ", "তার", "তাঁর", "তাদের", "তাঁদের"})
_CONNECTORS = frozenset({"তবে", "কিন্তু", "এছাড়া", "এছাড়াও", "আর", "এবং", "ও", "অথচ", "তাই", "ফলে", "অর্থাৎ",
                         "যে", "অবশ্য", "এরপর", "পরে", "তখন", "সেখানে", "এদিকে", "অন্যদিকে"})
_NARRATIVE_OPENERS = ("এর আগে", "উল্লেখ্য", "প্রসঙ্গত", "এদিকে", "অন্যদিকে", "জানা গেছে", "জানা যায়",
                      "এ সময়", "এসময়", "পরে", "আরও পড়ুন", "আরো পড়ুন", "সূত্র:", "সূত্র :")
# a whole word: "এসময়ের মধ্যে … আহ্বান জানাচ্ছি" is within the speech, "এসময় …" is the reporter's
_NARRATIVE_OPENER_RE = re.compile(_alt(_NARRATIVE_OPENERS) + rf"(?![{_LETTERS}])")
# openers that place the next step of a story in time, which the speaker may tell too: "পরে আমরা …"
_TIME_OPENERS = frozenset({"এর আগে", "এ সময়", "এসময়", "পরে"})
_HEADLINE = re.compile(r"(?:পত্রিকা|সংবাদপত্র|খবর)\S*\s*[-–:]")
_FIRST_PERSON = re.compile(_B + r"(?:আমি|আমরা|আমার|আমাদের|আমাকে|আমাদেরকে|আপনি|আপনারা|আপনাদের|আপনাকে|আপনার|"
                           r"তোমরা|তুমি|তোমার|তোমাকে|তোমাদের)" + _E)
_THIRD_PERSON_WORDS = frozenset({"তিনি", "তার", "তাঁর", "তাকে", "তাঁকে", "উনি", "ওনার", "তিনিও", "তারও", "তাঁরও"})
_SUBJECT_PRONOUNS = frozenset(lx.SINGULAR_PRONOUNS) - {"সে", "সেও"}  # সে is also "that" (সে পথে)
_WISH_WORDS = frozenset(lx.WISH_WORDS)
_SOURCE_POSTPOSITIONS = frozenset(lx.SOURCE_POSTPOSITIONS)
_YEAR = re.compile(r"^(?:১[৮৯]|২০|1[89]|20)[০-৯0-9]{2}$")
_NARRATIVE_VERB_ENDINGS = tuple(lx.NARRATIVE_VERB_ENDINGS)
_HONORIFIC_A_VERBS = frozenset(lx.HONORIFIC_A_VERBS)
_NOT_VERBS_EN = frozenset(lx.NOT_VERBS_EN)
_NARRATIVE_PRESENT = frozenset(lx.NARRATIVE_PRESENT)
_EVENT_TIME_WORDS = frozenset(lx.EVENT_TIME_WORDS)
# Words that are no subject, seen with a particle before a speech verb: "… অবশ্য এও বলেন", "… কালও বলেছেন"
_NOT_SUBJECTS_WITH_PARTICLE = _NON_SUBJECT | {"কাল", "এটা", "এটি", "সেটা", "সেটি", "তা"}
_FIRST_PERSON_VERB_ENDINGS = tuple(lx.FIRST_PERSON_VERB_ENDINGS)
_FIRST_PERSON_VERBS = frozenset(lx.FIRST_PERSON_VERBS)
_NOT_FIRST_PERSON_VERBS = frozenset(lx.NOT_FIRST_PERSON_VERBS)
_NOT_FIRST_PERSON_ENDINGS = tuple(lx.NOT_FIRST_PERSON_ENDINGS)
_CHANT_NOUNS = frozenset(lx.CHANT_NOUNS)
_CHANT_VERBS = frozenset(lx.CHANT_VERBS)
_CHANT_DETERMINERS = frozenset({"নানা", "বিভিন্ন", "এমন", "একের", "পর", "এক", "নানান", "নানারকম", "ধরনের",
                                "এ", "এই", "এসব", "সেই"})
_LIST_GLUE = frozenset({",", "ও", "এবং", "সহ", "-", "–", "ইত্যাদি", "প্রভৃতি"})
_LIST_JOINS = frozenset({"ও", "এবং"})
# What coordinates two clauses or phrases: an and-word, আর or a comma ("… থেকে বিরত থাকার এবং …").
_COORDINATION = _LIST_JOINS | {"আর", ","}
_LABEL_GLUE = frozenset({",", "ও", "এবং", "বা", "কিংবা"})
_NAME_LIKE_ROLES = frozenset(lx.NAME_LIKE_ROLES)
_GENITIVE_POSTPOSITIONS = frozenset(lx.GENITIVE_POSTPOSITIONS)
_ADJUNCT_POSTPOSITIONS = frozenset(lx.ADJUNCT_POSTPOSITIONS)
_TOLD_PRONOUNS = frozenset(lx.TOLD_PRONOUNS)
_ORG_NOMINATIVES = frozenset(w for w in lx.ORGANISATION_WORDS if w.endswith("র") and not w.endswith("ের"))  # সরকার, দপ্তর
_STANDALONE_GROUPS = frozenset(lx.STANDALONE_GROUPS)
# Pronouns of a group that end their noun phrase: "অনেকে", "সবাই" (a noun after them is the predicate's).
_GROUPS_ALONE = frozenset({"অনেকে", "অনেকেই", "অনেকেও", "সবাই", "সকলে"})
_WRITING_VERBS = frozenset(v for v in lx.SPEECH_VERBS if v.startswith(("লি", "লে")))  # a written statement goes on
_INDEFINITE = frozenset({"কেউ", "কেউই"})
# Some of a group: "বিশ্লেষকদের অনেকে", "নেতাদের কেউ কেউ" (see `_Titles._partitive`).
# "বাংলাদেশিদের একটি অংশ", "ব্যবসায়ীদের একাংশ", "ভোটারদের বড় একটি অংশ": a part of a people, a group
_PARTS = frozenset({"অংশ", "একাংশ", "অংশই"})
_PART_MODIFIERS = frozenset({"একটি", "একটা", "বড়", "ছোট", "বিরাট", "উল্লেখযোগ্য", "বৃহৎ"})
MAX_PART_WORDS = 3
# How many words an indefinite's person may run to before the title: "একজন | জ্যেষ্ঠ সহকারী | কর্মকর্তা".
MAX_INTRODUCED_WORDS = 4
# How many words may stand between two names listed with a comma: "শফিকুল, | উপপরিদর্শক | তোফায়েল".
MAX_LISTED_GAP_WORDS = 4
_PARTITIVES = frozenset({"অনেকে", "অনেকেই", "কেউ", "কেউই", "কয়েকজন", "একাংশ", "অধিকাংশ", "অধিকাংশই"})
_COMITATIVE = frozenset({"সঙ্গে", "সাথে"})  # "X-এর সঙ্গে কথা হয়": with X
# "… মঈন উদ্দিনের সঙ্গে।", "… এর সঙ্গে কথা হলে": the one talked with, right after the genitive
# A press review's credit line (see `_Documents._press_credit`): the story word, the words that place
# it in the paper, and how many sentences back a credit is looked for (BBC pages repeat each one).
_STORY_WORDS = frozenset({"শিরোনাম", "খবর"})
_STORY_PLACES = frozenset({"প্রধান", "প্রথম", "পাতার", "শেষ", "শেষপাতার", "আজকের", "পত্রিকার", "একটি", "এক", "খবরের"})
PRESS_CREDIT_UNITS = 12
# What is said of a newspaper before its name in a credit line.
_PAPER_DESCRIPTIONS = frozenset({"এটি", "এটা", "এই", "এ", "ইংরেজি", "বাংলা", "দৈনিক", "সাপ্তাহিক", "অনলাইন"})


# A newspaper's story as the document a passive cue reports on: "খবরে বলা হচ্ছে", "এই খবরে বলা হয়েছে".
_NEWS_STORY = frozenset({"খবরে", "খবরটিতে", "খবরটিতেও", "খবরেও"})
# How one talks with someone, between সঙ্গে and কথা/যোগাযোগ: "… দাসের সঙ্গে মুঠোফোনে যোগাযোগ করা হলে".
_MEANS_OF_TALK = ("মুঠোফোনে", "ফোনে", "টেলিফোনে", "মোবাইলে", "সরাসরি")
_MEANS_MODIFIERS = frozenset({"মোবাইল", "ভিডিও", "হোয়াটসঅ্যাপ", "মেসেঞ্জার"})  # মোবাইল ফোনে, ভিডিও কলে
_VOICE = frozenset(lx.VOICE_WORDS)
_TALKED_WITH = re.compile(r"\s+(?:" + _alt(_COMITATIVE) + r"(?:\s*।|\s+(?:" + _alt(_MEANS_OF_TALK)
                          + r"\s+)?(?:কথা|যোগাযোগ))"
                          # the one asked: "জিন্নাহর কাছে একবার জানতে চাওয়া হলো … তিনি জবাবে বললেন"
                          # "মো. রিয়াদের কাছে জানতে চাইলে তিনি বলেন": the reporter asks, the one asked answers
                          r"|কাছে\s+(?:\S+\s+)?(?:জানতে\s+চাওয়া|জানতে\s+চাইলে|প্রশ্ন\s+করা|প্রশ্ন\s+করলে))")
# The one asked, in the objective: "অশোক সোয়াইনকে জিজ্ঞেস করা হলে তিনি বলেন", "… তাঁকে ফোন করা হলে"
# (not the one asked about: "রহিমকে নিয়ে প্রশ্ন করা হলে").
# The one a question is put to ("অশোক সোয়াইনকে জিজ্ঞেস করা হলে", "মেরি হার্ফকে … নির্বাচন নিয়ে বেশ কয়েকটি
# প্রশ্ন করেন সাংবাদিকেরা"): the topic may come between, in the clause, with no other object; not
# "X-কে নিয়ে প্রশ্ন" (a question about X)
_ASKED_OBJECT = re.compile(r"\s+(?!নিয়ে\s|সম্পর্কে\s)(?:[^\s।?!,;:]+(?<!কে)\s+|[^\s।?!,;:]*থেকে\s+){0,12}?"
                           r"(?:জিজ্ঞেস|জিজ্ঞাসা|প্রশ্ন|ফোন)\s+(?:করা\s+হলেও?|করা\s+হয়|করেন|করেছেন|করেছিলেন)(?!\S)")
_EXPRESSIVE_OBJECTS = frozenset(lx.NON_SPEECH_OBJECTS)  # "কেউ ফোন করে জানান": the object of a converb
# Markup left in a scraped body (<script>…</script>, style rules, JavaScript): never speech, and its
# tag and keyword names are never speakers.
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|\{[^{}]*[;:][^{}]*\}|function\s*\(|=>")
_MARKUP_WORDS = frozenset({"script", "noscript", "style", "div", "span", "iframe", "html", "body", "head", "meta",
                           "link", "img", "src", "href", "var", "let", "const", "function", "window", "document",
                           "return", "null", "undefined", "true", "false", "async", "defer", "type", "class",
                           "http", "https", "www", "com", "js", "css", "json", "text", "javascript"})
# ":" and "&" occur in names as written (মো: জাহাঙ্গীর আলম, AT&T)
_SPEAKER_CHARS = re.compile(r"^[\u0980-\u09FFA-Za-z0-9 .,:&’'()\-–]+$")


# Words that place the speaking in time, not part of who speaks ("হত্যার পরদিন | স্বরাষ্ট্র উপদেষ্টা
# জানান", "সোমবার | স্থানীয়রা বলেন").
_SETTING_WORDS = frozenset(lx.EVENT_TIME_WORDS) | frozenset({
    "পরদিন", "পরের", "আগের", "এদিন", "সেদিন", "আজ", "আজও", "সকালে", "দুপুরে", "বিকেলে", "সন্ধ্যায়", "রাতে",
    "ভোরে"})


def _setting_end(texts: Sequence[str]) -> int:
    """Where who speaks starts in a subject phrase, after the words that set the time (and what
    they are the time of): "হত্যার পরদিন | স্বরাষ্ট্র উপদেষ্টা" -> 2; 0 when none."""
    last = max((n for n, t in enumerate(texts[:-1]) if t in _SETTING_WORDS or t == "দিন" and n and texts[n - 1] == "আগের"),
               default=-1)
    return last + 1


def _without_particle(word: str) -> str:
    """A group noun without the particle -ও/-ই of its subject: নেতারাও -> নেতারা, দলগুলোও -> দলগুলো."""
    for ending in ("রাও", "রাই", "গুলোও", "গুলিও"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[:-1]
    return word


# Words before a name that describe its bearer rather than name him: English job titles the role
# list lacks, and adjectives of standing. Corpus.
_DESCRIBING_WORDS = frozenset({"লিড", "হেড", "অব", "অফ", "বিরোধী", "এক্সপোর্ট", "নেতৃত্বাধীন", "প্রয়াত"})


def _speaker_like(name: str) -> bool:
    """A speaker is a Bengali or Latin name phrase (কিম জং উন, TASS), not markup (script, div)."""
    if not _SPEAKER_CHARS.match(name):
        return False
    latin = re.findall(r"[A-Za-z]+", name)
    if latin and not re.search(r"[\u0980-\u09FF]", name):
        return not any(w.lower() in _MARKUP_WORDS for w in latin)
    return True
# Converbs that make a request or a naming a cue only before a main speech verb: "প্রত্যেককে … অধ্যায়নের
# আহ্বান জানিয়ে উপদেষ্টা বলেন", "… চুক্তিকে অন্যায্য আখ্যা দিয়ে তিনি বলেন" (not "জোর দিয়ে বলেন").
_REQUEST_CONVERBS = ("জানিয়ে", "দিয়ে")
# Naming someone or something as the converb's content: "ধর্ম নিয়ে কটূক্তি করাকে জঘন্য কাজ উল্লেখ
# করে ড. খালিদ বলেন", "… চুক্তিকে অন্যায্য আখ্যা দিয়ে তিনি বলেন".
_NAMING_NOUNS_CUE = frozenset({"উল্লেখ", "আখ্যা", "অভিহিত", "আখ্যায়িত"})
_REQUEST_CONVERB_NOUNS = frozenset(lx.NOMINAL_CUE_NOUNS) | _NAMING_NOUNS_CUE
_DISMISSING = frozenset(lx.DISMISSING_AFTER_BOLE)

_GOD_WORDS = frozenset({"আল্লাহ", "আল্লাহর", "আল্লাহ্‌", "সৃষ্টিকর্তা", "ঈশ্বর", "ভগবান", "আমিন"})

# The verb noun of a feeling voiced, between the cue noun and its light verb: "উদ্বেগ প্রকাশ করেন",
# "আশাবাদ ব্যক্ত করেন", "… অঙ্গীকার পুনর্ব্যক্ত করেছেন তিনি" (reiterated).
_VOICED = ("প্রকাশ", "ব্যক্ত", "পুনর্ব্যক্ত")

_CUE_RE = re.compile(
    _B + rf"(?<![{_LETTERS}][-–])" + "(?:"
    + "(?P<passive>" + _alt(lx.PASSIVE_CUES) + ")"
    + "|(?P<source>" + _alt(lx.SOURCE_PHRASES + lx.LEARNT_FROM_PHRASES) + ")"
    + "|(?P<cite>" + _alt(lx.CITING_PHRASES) + ")"
    # "… লক্ষ্যের কথা আবারো জানিয়েছেন", "… যুক্ত করার কথা পুনরায় বলেছেন": an adverb of repetition may
    # come between; "… নীরবতা থাকার কথা স্বীকার করেন": a matter admitted is reported like one mentioned
    + "|(?P<matter>" + _alt(lx.MATTER_NOUNS) + r"\s+(?:(?:আবারো|আবারও|আবার|আরও|আরো|ফের|পুনরায়)\s+)?(?:"
    + _alt(_VERB_FORMS + lx.HIGHLIGHT_VERBS) + r"|(?:উল্লেখ|স্বীকার)\s+"
    + _alt(lx.LIGHT_VERBS) + ")"
    # "… ভাঙচুরের বিষয়টি (প্রথম আলোকে) নিশ্চিত করেন": a matter confirmed, past an addressee
    + "|" + _alt(lx.CONFIRMED_MATTER_NOUNS) + rf"\s+(?:(?:[{_LETTERS}]+\s+)?[{_LETTERS}]+কে\s+)?"
    + _alt(lx.CONFIRMING_FORMS) + ")"
    + "|(?P<act>" + _alt(lx.NON_SPEECH_OBJECTS) + r"(?:\s+" + _alt(_VOICED) + r")?\s+" + _alt(_VERB_FORMS + lx.LIGHT_VERBS) + ")"
    # an emphatic ও on the noun or আরও before the verb keeps the cue: "আহ্বানও জানান", "আহ্বান আরও জানান"
    + "|(?P<noun>" + _alt(_CUE_NOUNS) + r")(?:ও)?(?:\s+" + _alt(_VOICED) + r")?(?:\s+(?:আরও|আরো))?\s+(?P<light>"
    + _alt(lx.LIGHT_VERBS + _REQUEST_CONVERBS) + ")"
    + "|(?P<verb>" + _alt(_VERB_FORMS) + ")"
    + "|(?P<acc>" + _alt(lx.ACCORDING_TO_NOUNS) + ")"
    + "|(?P<stance>" + _alt(lx.STANCE_ADJECTIVES) + r")(?=\s+যে[\s,])"
    + "|(?<=হিসেবে |হিসাবে )(?P<view>" + _alt(lx.SEEING_AS_VERBS) + ")"
    + "|(?:(?<=বলে )|(?<=বলেও ))(?P<dismissing>" + _alt(lx.DISMISSING_AFTER_BOLE) + ")"
    + "|(?:(?<=বলে )|(?<=বলেও )|(?<=বলেই )|(?<=হিসেবে )|(?<=হিসাবে ))(?P<labelling>" + _alt(lx.LABELLING_AFTER_QUOTE) + ")"
    # not inside a hyphenated compound ("যুক্তি-তর্কের", "মত-বিনিময়"): the part is no cue
    + ")" + _E + rf"(?![-–][{_LETTERS}])"
)
_WORD_BEFORE_RE = re.compile(rf"([{_LETTERS}]+)\s*$")
# A quotation closed right before বলে or হিসেবে: what a labelling verb after them calls something.
_QUOTED_BEFORE_AS_RE = re.compile(r"[”’»\"'](?:\s*[”’»\"'])?\s*(?:বলে|বলেও|বলেই|হিসেবে|হিসাবে)\s*$")


def _word_before(text: str, at: int) -> str:
    """The word that ends right before `at` (spaces between), or ""."""
    m = _WORD_BEFORE_RE.search(text, max(0, at - 40), at)
    return m.group(1) if m else ""


_TOKEN_RE = re.compile(_MASK + "+" + rf"|[{_LETTERS}]+(?:[-–'’][{_LETTERS}]+)*|\S")
_WORD_START = re.compile(rf"[{_LETTERS}]")
_MARK_RE = re.compile("[“”‘’\"'«»„‟\n]")
_DOUBLE = frozenset("“”\"«»„‟")
_OPEN_BEFORE = frozenset(" \t\n([{—–-:,;।…/")
_ACRONYM = re.compile("(?:এইচ|ডব্লিউ|এক্স|ওয়াই|জেড|কিউ|এফ|এল|এম|এন|এস|আর|আই|ইউ|বি|সি|ডি|জি|জে|কে|পি|টি|ভি|এ|ই|ও)"
                      "{2,6}")
_AGE = re.compile(r"^[০-৯0-9]+$")
_DATELINE = re.compile(r"^[^।\n]{0,120}?\s[–—]\s")
# A dateline standing as the article's first sentence: "ঢাকা, ২ জানুয়ারি।", "সিলেট, ৫ মার্চ ২০২৫।".
_DATELINE_SENTENCE = re.compile(r"^[^\s,।]+(?:[ /][^\s,।]+)?,\s*[০-৯0-9]{1,2}\s+\S+(?:\s+[০-৯0-9]{4})?\s*।?$")
_SPACED_DASH = frozenset({"–", "—", "--"})
_DASHES = _SPACED_DASH | {"-"}
_ABBREV = ABBREVIATIONS | {"মি", "মিস", "এম", "এস", "এ", "এন", "জে", "আর", "বি", "সি", "ডি", "কে", "এইচ"}
_TERMINATORS = frozenset("।?!|")
# A first-person verb (the speaker's own words) run on into the next attribution "X বলেন, …"
# without a full stop: the sentence ends after the verb.
_RUN_ON = re.compile(
    _B + "(?:" + _alt(lx.FIRST_PERSON_VERBS) + rf"|[{_LETTERS}]+(?:" + _alt(lx.FIRST_PERSON_VERB_ENDINGS) + "))" + _E
    + rf"\s+(?=(?:[{_LETTERS}.]+\s+){{1,4}}(?:বলেন|বলেছেন|বললেন|জানান|জানিয়েছেন)\s*,)")

# A call to action of the page ("… ফলো করতে এখানে ক্লিক/ট্যাপ করুন", "আরও পড়ুন") is boilerplate without a
# full stop: it ends its line, and is never part of a quote or a speaker.
_CALL_TO_ACTION = re.compile(_B + r"(?:(?:ক্লিক|ট্যাপ)(?:\s*/\s*(?:ক্লিক|ট্যাপ))?\s+করুন|আর(?:ও|ো)\s+পড়ুন)" + _E)


_PREDICATE_WORDS = frozenset({"নয়", "না", "নেই", "হবে", "হয়েছে", "ছিল", "আছে", "হয়", "হয়নি", "পারে", "যাবে",
                              "হচ্ছে", "রয়েছে", "চলছে", "গেছে", "দরকার", "প্রয়োজন", "উচিত", "সম্ভব", "হলো",
                              "হল", "করবে", "করেছে", "দেবে", "নেবে", "থাকবে"})


# Objects of "confirmed"/"reported" that stand between a speaker and the verb (… বিষয়টি নিশ্চিত করেছেন).
_CONFIRMED_MATTERS = frozenset({"বিষয়টি", "বিষয়টিও", "তথ্য", "তথ্যটি", "খবর", "খবরটি", "ঘটনাটি"})
_ENSURED_STATES = frozenset(lx.ENSURED_STATES)


# "In answer to": "সাংবাদিকদের প্রশ্নের জবাবে তিনি বলেন" takes a genitive like a postposition.
_ANSWERING = frozenset({"জবাবে", "উত্তরে"})
# Postpositions of a topic that may follow a bare noun ("ওই ঘটনা সম্পর্কে", "নির্বাচন বিষয়ে").
_ABOUT = frozenset({"সম্পর্কে", "বিষয়ে", "ব্যাপারে", "প্রসঙ্গে"})


# Genitives of verbal nouns that cannot end a subject ("… সহযোগিতা করার"); names end in -ার too (মিলার).
_VERBAL_NOUN_ENDINGS = ("নোর", "ওয়ার", "করার", "থাকার", "রাখার", "চলার", "বলার", "দেখার", "ধরার", "দেয়ার", "নেয়ার")
_NOT_SOURCES = frozenset({"অন্যের", "অন্যদের", "নিজের", "নিজেদের", "কারো", "কারও", "সবার", "সকলের", "আমার",
                          "আমাদের", "আপনার", "তোমার",
                          # times, not sources: "শেষ সময়ের তথ্য অনুযায়ী, …"
                          "সময়ের", "দিনের", "বছরের", "মাসের", "সপ্তাহের", "আজকের", "গতকালের"})


_PARTICIPLES = frozenset(lx.RELATIVE_PARTICIPLES)
