"""Direct and reported speech in Bengali news, attributed to speakers: `quotes(text)`.

Direct quotes are the words inside quotation marks (“ ” ‘ ’ " ' « ») that someone said or wrote;
reported (indirect) quotes are content clauses introduced or closed by a speech verb or an
attribution phrase. Each comes with its speaker, the cue that attributes it, the source type,
the framing of the cue and a confidence:

    “এটি একটি পূর্ণাঙ্গ সফর হবে,” ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ বলেছেন।
        -> direct, speaker দিমিত্রি পেসকভ, role মুখপাত্র, affiliation ক্রেমলিন, cue বলেছেন
    বিসিবি এক সংবাদবিজ্ঞপ্তিতে জানায়, স্থগিত হওয়া ম্যাচগুলো পরে আয়োজন করা হবে।
        -> indirect "স্থগিত হওয়া ম্যাচগুলো পরে আয়োজন করা হবে", speaker বিসিবি, organisation
    দেশের বস্ত্র খাত আইসিইউতে আছে বলে মন্তব্য করেন বিটিএমএর সাবেক সভাপতি মোহাম্মদ আলী খোকন।
        -> indirect "দেশের বস্ত্র খাত আইসিইউতে আছে", speaker মোহাম্মদ আলী খোকন
    রাজীব হায়দারের আশঙ্কা, এই আগ্রাসন মাত্র শুরু।  -> indirect, speaker রাজীব হায়দার

How it works, in one pass over the article (linear in its length):
1. Quotation marks are paired with a stack (`_pair_marks`): straight and curly marks, nesting,
   apostrophes inside words (TASS’র) skipped, a mark left open never runs past its sentence.
2. Every paired quotation is masked, so cue words inside quotes do not start reported speech, and
   sentences are merged across quotation marks ("units").
3. One precompiled regex finds every cue (speech verbs, noun + light verb, passive reports,
   "X-এর মতে", "বরাত দিয়ে", "সূত্রে জানা গেছে"); each unit's quotes and cues are then read left to
   right, which is the order pronouns (তিনি, তারা, তার মতে) are resolved in.
4. Reported speech without marks runs on over the following sentences of its paragraph while they
   read as the speaker's words, and stops where the reporter narrates again (`_continues_speech`:
   a new attribution, a subject তিনি, the narrative present "… জমা দেন", an event dated "শুক্রবার (২৬
   ডিসেম্বর)", a newcomer introduced with a title); first-person forms and wishes keep it going, as
   do a closing future (… থাকবেন) and তিনি for someone the speech already spoke of.
5. Speakers are noun phrases found by walking from the cue over Bengali case endings (addressees
   in -কে/-দের, places and documents in -এ/-তে/-য় are skipped); a title before a name becomes
   `role`/`affiliation`; a bare title (মন্ত্রিপরিষদ সচিব) is resolved to the person introduced with
   it; and when the article's entities are given, a speaker is linked to the entity's canonical name.
   The walk steps over the settings news puts between a speaker and the verb (time, place, a
   participle's clause, a quoted book title, "প্রশ্নের জবাবে"); when it stops on a word of the
   setting, the name that opens the clause speaks (`_name_opening_clause`).
6. A quotation after a clause about its speaker and a comma ("… দেখেন রিপন, ‘…’") is that subject's,
   or the story's person when the clause has none (`_clause_before_quote`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice, takewhile

from core.lexicon import ABBREVIATIONS, HONORIFICS
from core.lexicon import speech as lx
from core.lexicon.names import COUNTRIES, DEMONYMS, GENERIC_NOT_ENTITIES, LOC_HEAD_WORDS, NAME_PREFIXES_KEPT
from core.lexicon.orgs import BANGLADESH_PARTIES
from core.lexicon.time import GREGORIAN_MONTHS, WEEKDAYS
from core.models import Entity, Quote, Span
from core.text import sentences as split_sentences

# ------------------------------------------------------------------------------------------------
# Tunables. Lengths are in characters of normalised text.

# A pair of marks further apart than this is not a quotation (a stray mark paired with a far one).
MAX_DIRECT_CHARS = 6000
# Quotations nest at most this deep; more open marks are typos, not structure.
MAX_NESTING = 6
# A mark left open ends the quotation at its sentence end, if that is this close; else it is dropped.
MAX_UNCLOSED_CHARS = 600
# A quotation after a clause about its speaker ("… দেখেন রিপন, ‘…’") has at least this many words;
# a shorter one is a quoted term.
MIN_SPEECH_WORDS = 3
# Reported speech continues over at most this many following sentences without a new cue.
MAX_CONTINUATION = 8
# … and over at most this many when the speaker is a group, an organisation or anonymous.
MAX_CONTINUATION_UNNAMED = 3
# ... and after a view attributed with "X-এর মতে, …" / "তার ভাষ্য, …" (opened annotation sets: the
# extractor ran on further than the annotators 8 times in 33, never shorter).
MAX_VIEW_CONTINUATION = 1
# How far back "দলটি", "সংস্থাটি" look for the organisation they mean (characters).
MAX_ANAPHORA_CHARS = 1500
# How many words a pointing owner stands before the title it owns ("দলটির কৃষক উইং-এর প্রধান সমন্বয়কারী").
MAX_POINTER_TO_TITLE_WORDS = 6
# The longest slogan in a list whose opening mark was lost (‘A’, ‘B’, C’, …), in characters.
MAX_LIST_ITEM_CHARS = 80
# A list of people a later তিনি does not mean the last of: at least this many, joined by a comma, ও or
# এবং and at most this many words between two names (", মা হাসি বেগম": the title of the next)
MIN_LISTED_PEOPLE = 3
MAX_LIST_GAP_WORDS = 3
# A quotation of fewer words than this needs a cue to count as speech (else it is a scare quote
# or a title: ‘নতুন বন্দোবস্ত’, ‘ফাইটার ফর ডেমোক্রেসি’ পদকে).
MIN_UNCUED_WORDS = 7
# A quoted term glossed with "বা" (‘ক্যাপাসিটি পেমেন্ট’ বা কেন্দ্র ভাড়া) has at most this many words.
MAX_GLOSSED_TERM_WORDS = 4
# How many words before a document (owner, quantifier, adjective) name it with it.
MAX_DOCUMENT_MODIFIERS = 3
# How many words an object's determiner may stand before its noun ("এই প্ল্যাটফর্মের ব্লু টিক পদ্ধতিকে").
MAX_OBJECT_MODIFIERS = 4
# Words a joined speaker's title may take between "ও/এবং" and the name (বিপ্লবী ওয়ার্কার্স পার্টির সাধারণ সম্পাদক).
MAX_JOINED_TITLE_WORDS = 7
# Tokens between a quotation and its cue (a speaker with affiliation, acronym, role and name:
# "“…,” ঢাকা মেট্রোপলিটন পুলিশের (ডিএমপি) উপ-কমিশনার (গণমাধ্যম) মো. তালেবুর রহমান বলেন").
MAX_POST_ATTRIBUTION_TOKENS = 20
# Words before the cue of a sentence that attributes the quotation just before it ("‘…।’ সাংবাদিকদের
# এ কথা বলেন তিনি।", "‘…।’ নিজের ফেসবুক অ্যাকাউন্টে লেখেন X।").
MAX_OPENING_LEAD_WORDS = 10
# Modifiers between the speaker's genitive and the noun of what was said ("তাঁর সাফ কথা, ‘…’").
MAX_SPEECH_NOUN_MODIFIERS = 2
# The words of a manner converb between a quotation and its cue ("‘…’, কিছুটা হতাশা প্রকাশ করে বলেন X").
MAX_MANNER_WORDS = 4
# A name after a title and a comma that the tagger did not find ("…, বলেন দলের চেয়ারম্যান, অশোক সোয়াইন।"):
# how many plain words it may have
MIN_BARE_NAME_WORDS = 2
# "জামায়াতের আমির শফিকুর রহমান … হবে বলে জানান": words of a title before the name that opens such a content,
# and the fewest words of the content after the name
MAX_TITLE_BEFORE_NAME = 4
MIN_PLAIN_CLAUSE_WORDS = 2
MAX_BARE_NAME_WORDS = 4
# The words of a subject after its verb, before a comma and a quotation ("… নামতে চান অস্ট্রেলিয়ান অধিনায়ক, ‘…’").
MAX_SUBJECT_AFTER_VERB = 5
# Words of a verbless clause saying how its subject feels before their quotation ("ভীষণ হতাশ, ‘…’").
MAX_STATE_WORDS = 3
# ... and before the name when it ends the clause ("একই সঙ্গে নতুনদের স্বাগত জানাতেও প্রস্তুত বিউটি, ‘…’")
MAX_INVERTED_STATE_WORDS = 8
# Emphatic reflexives: "তিনি নিজেও দারুণ আপ্লুত" (the reflexive looks like a locative in -এ and is
# none), "বর্ণনা করেছেন সোধি নিজেই, ‘…’" (no part of the subject's name).
_REFLEXIVES = frozenset({"নিজে", "নিজেই", "নিজেও", "নিজেরা", "নিজেরাই", "নিজেরাও", "স্বয়ং"})
_CLAUSE_PUNCTUATION = frozenset("।?!:;\"'‘’“”()[]{}—–")
# Locatives that belong to a candidate's title ("কুড়িগ্রাম-২ আসনে জামায়াতের অ্যাডভোকেট ইয়াসিন আলী").
_TITLE_SETTINGS = frozenset({"আসনে"})
# The longest person mention looked back over for the one that ends at a join (characters).
MAX_MENTION_CHARS = 60
# How many remembered speakers a pronoun or a bare title is resolved against.
HISTORY_LOOKBACK = 40
# Reported speech longer than this is a run-on sentence or a parse error, not a quote.
MAX_INDIRECT_CHARS = 2500
# How many tokens a clause or a noun phrase is looked back over.
MAX_LOOKBACK_TOKENS = 120
MAX_NP_WORDS = 15
# How many words a quotative "বলে" may stand before its verb when a setting (… সাক্ষাতকারে) is between.
MAX_BOLE_SETTING_WORDS = 10
# How many tokens a quotative "বলে" may stand before its verb when what is between names the speaker
# (… পার করছিলেন বলে তার ব্যক্তিগত চিকিৎসক, দলের স্থায়ী কমিটির সদস্য ডা. এ জেড এম জাহিদ হোসেন জানিয়েছিলেন).
MAX_BOLE_SUBJECT_TOKENS = 16
# How far (in units) back a pronoun prefers the last speaker over other candidates.
PRONOUN_WINDOW = 4
# A request converb reports content only when its main speech verb follows this closely:
# "প্রত্যেককে … আহ্বান জানিয়ে ধর্ম উপদেষ্টা ড. আ ফ ম খালিদ হোসেন বলেন".
MAX_CONVERB_GAP_CHARS = 80
# The longest addressee between a request and its cue: "… জন্য নির্বাচন কমিশন (ইসি) ও সরকারের প্রতি".
MAX_ADDRESSEE_WORDS = 8
# The longest name for an object before a converb: "… করাকে জঘন্য কাজ উল্লেখ করে".
MAX_COMPLEMENT_WORDS = 4

_LETTERS = r"\w\u0980-\u09FF"
_B = rf"(?<![{_LETTERS}])"
_E = rf"(?![{_LETTERS}])"
_MASK = "\x1e"  # stands for a masked quotation; normalised text never contains it

# ------------------------------------------------------------------------------------------------
# Lexicon views: sets for membership, compiled alternations for the cue regex.


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
_KORA_ONLY = frozenset(lx.KORA_ONLY_CUE_NOUNS)
_ANNOUNCING_PASSIVE = frozenset(lx.ANNOUNCING_PASSIVE_CUES)
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
_COPULAS = frozenset({"ছিল", "ছিলো", "আছে", "রয়েছে"})
_DATA_ACCORDING_TO = frozenset(lx.DATA_ACCORDING_TO)
_COUNTED_OR_TOLD = frozenset(lx.COUNTED_OR_TOLD)
_COUNTED = frozenset({"হিসাবে", "হিসেবে"})  # a source's count is data, like "X-এর তথ্যমতে": one sentence
_DATA_MODIFIERS = frozenset(lx.DATA_MODIFIERS)
_ISSUED_RULES = frozenset(lx.ISSUED_RULES)
_SINGULAR = frozenset(lx.SINGULAR_PRONOUNS)
_PLURAL = frozenset(lx.PLURAL_PRONOUNS)
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


def _named_before(toks: list[_Tok], ci: int, floor: int) -> bool:
    """"X-কে NAME বলা হয়": a thing in the objective, then one to three words of a name, then the
    passive "is called"."""
    for j in range(ci - 2, max(floor, ci - 4) - 1, -1):
        if not toks[j + 1].is_word:
            return False
        if _is_objective(toks[j].text) and toks[j].text not in _TOLD:
            return True
    return False


def _conditional(toks: list[_Tok], ci: int, ce: int) -> bool:
    """Is the cue at ci..ce the verb of an if- or when-clause ("যদি … ঘোষণা করেন, তাহলে …")?"""
    k = ce + 1
    while k < len(toks) and toks[k].text == ",":
        k += 1
    return k < len(toks) and toks[k].text in _THEN and any(t.text in _IF for t in toks[_clause_floor(toks, ci):ci])


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
_CHANT_NOUNS = frozenset(lx.CHANT_NOUNS)
_CHANT_VERBS = frozenset(lx.CHANT_VERBS)
_CHANT_DETERMINERS = frozenset({"নানা", "বিভিন্ন", "এমন", "একের", "পর", "এক", "নানান", "নানারকম", "ধরনের",
                                "এ", "এই", "এসব", "সেই"})
_LIST_GLUE = frozenset({",", "ও", "এবং", "সহ", "-", "–", "ইত্যাদি", "প্রভৃতি"})
_LIST_JOINS = frozenset({"ও", "এবং"})
_LABEL_GLUE = frozenset({",", "ও", "এবং", "বা", "কিংবা"})
_NAME_LIKE_ROLES = frozenset(lx.NAME_LIKE_ROLES)
_GENITIVE_POSTPOSITIONS = frozenset(lx.GENITIVE_POSTPOSITIONS)
_ORG_NOMINATIVES = frozenset(w for w in lx.ORGANISATION_WORDS if w.endswith("র") and not w.endswith("ের"))  # সরকার, দপ্তর
_STANDALONE_GROUPS = frozenset(lx.STANDALONE_GROUPS)
# Pronouns of a group that end their noun phrase: "অনেকে", "সবাই" (a noun after them is the predicate's).
_GROUPS_ALONE = frozenset({"অনেকে", "অনেকেই", "অনেকেও", "সবাই", "সকলে"})
_WRITING_VERBS = frozenset(v for v in lx.SPEECH_VERBS if v.startswith(("লি", "লে")))  # a written statement goes on
_INDEFINITE = frozenset({"কেউ", "কেউই"})
# Some of a group: "বিশ্লেষকদের অনেকে", "নেতাদের কেউ কেউ" (see `_Extractor._partitive`).
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
# A press review's credit line (see `_Extractor._press_credit`): the story word, the words that place
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


def _fuller_name(phrase: list[str], name: list[str], *, before: bool) -> str | None:
    """The name the tagger cut short, as the subject phrase writes it in full (আব্দুস -> আব্দুস
    সালাম, আলম -> খুরশিদ আলম), or None: the phrase from the name on, with up to two words right
    before it that do not describe the person ("তার এক কাকা | রিয়াকুল শেখ", "প্রধান নির্বাহী | পিটার
    থম্পসন", "আবহাওয়াবিদ | আফরোজা সুলতানা"); words before an organisation's name describe it
    ("বাংলাদেশে কার্যক্রম নিষিদ্ধ | আওয়ামী লীগ"), so `before` is for a person only. A name of two
    words or more is whole: a word before it is a title the role list lacks or misspells ("হেড অব
    মার্কেটিং | মাইদুল ইসলাম", "শ্যালক | জুয়েল মোল্লা", "চেয়ারম্য্যান | জিএম কাদের"), unless it is a
    prefix that names keep (সৈয়দ, শেখ, মো.); only a lone surname takes the words before it
    ("ওম প্রকাশ | উপাধ্যায়")."""
    if not name or name[0] not in phrase or not set(name) <= set(phrase):
        return None
    first = phrase.index(name[0])
    start = first
    while before and start > 0 and first - start < 2 and not _describes_speaker(phrase[start - 1]) \
            and phrase[start - 1] not in {"ও", "এবং"} \
            and (len(name) == 1 or phrase[start - 1] in NAME_PREFIXES_KEPT):
        start -= 1
    fuller = phrase[start:]
    return " ".join(fuller) if len(fuller) > len(name) else None


# Words before a name that describe its bearer rather than name him: English job titles the role
# list lacks, and adjectives of standing. Corpus.
_DESCRIBING_WORDS = frozenset({"লিড", "হেড", "অব", "অফ", "বিরোধী", "এক্সপোর্ট", "নেতৃত্বাধীন", "প্রয়াত"})


def _describes_speaker(word: str) -> bool:
    """Does this word before a person's name describe the person (a role, kin, a genitive owner, a
    determiner, a scholar in -বিদ, a state in -অধীন: চিকিৎসাধীন, বিচারাধীন), so that it is no part of
    the name?"""
    return _role_of(word) is not None or word in _ROLE_MODIFIERS or word in _DETERMINERS \
        or word in _GEN_PRONOUNS or word in _DESCRIBING_WORDS \
        or word.endswith(("ের", "এর", "টির", "দের", "বিদ", "স্থ", "াধীন")) \
        or word.isdigit()


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
    # "… লক্ষ্যের কথা আবারো জানিয়েছেন": an adverb of repetition may come between
    + "|(?P<matter>" + _alt(lx.MATTER_NOUNS) + r"\s+(?:(?:আবারো|আবারও|আবার|আরও|আরো|ফের)\s+)?(?:"
    + _alt(_VERB_FORMS + lx.HIGHLIGHT_VERBS) + r"|উল্লেখ\s+"
    + _alt(lx.LIGHT_VERBS) + "))"
    + "|(?P<act>" + _alt(lx.NON_SPEECH_OBJECTS) + r"(?:\s+" + _alt(_VOICED) + r")?\s+" + _alt(_VERB_FORMS + lx.LIGHT_VERBS) + ")"
    # an emphatic ও on the noun or আরও before the verb keeps the cue: "আহ্বানও জানান", "আহ্বান আরও জানান"
    + "|(?P<noun>" + _alt(_CUE_NOUNS) + r")(?:ও)?(?:\s+" + _alt(_VOICED) + r")?(?:\s+(?:আরও|আরো))?\s+(?P<light>"
    + _alt(lx.LIGHT_VERBS + _REQUEST_CONVERBS) + ")"
    + "|(?P<verb>" + _alt(_VERB_FORMS) + ")"
    + "|(?P<acc>" + _alt(lx.ACCORDING_TO_NOUNS) + ")"
    + "|(?P<stance>" + _alt(lx.STANCE_ADJECTIVES) + r")(?=\s+যে[\s,])"
    + "|(?<=হিসেবে |হিসাবে )(?P<view>" + _alt(lx.SEEING_AS_VERBS) + ")"
    + "|(?:(?<=বলে )|(?<=বলেও ))(?P<dismissing>" + _alt(lx.DISMISSING_AFTER_BOLE) + ")"
    # not inside a hyphenated compound ("যুক্তি-তর্কের", "মত-বিনিময়"): the part is no cue
    + ")" + _E + rf"(?![-–][{_LETTERS}])"
)
_WORD_BEFORE_RE = re.compile(rf"([{_LETTERS}]+)\s*$")


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


# ------------------------------------------------------------------------------------------------
# Public entry point


def quotes(text: str, *, entities: Sequence[Entity] = (), sentences: Sequence[Span] | None = None) -> list[Quote]:
    """Direct and reported quotes of one normalised article, in text order.

    `entities` (the article's entities, optional) link speakers to canonical names: a speaker
    mention that overlaps an entity mention, or whose case-stripped form is an entity's name, alias
    or mention, is reported under the entity's `name` (বিসিবি -> বাংলাদেশ ক্রিকেট বোর্ড).
    `sentences` are the sentence spans of `text` (`core.text.sentences`), computed when omitted.

    >>> [(q.text, q.speaker, q.speaker_mention) for q in quotes("রহিম বলেন, ‘ঠিক আছে।’ “আমরা যাব,” তিনি বলেন।")]
    [('ঠিক আছে।', 'রহিম', 'রহিম'), ('আমরা যাব', 'রহিম', 'তিনি')]
    """
    if not isinstance(text, str):
        raise ValueError("text must be a str (normalised with core.text.normalize)")
    if any(not isinstance(e, Entity) for e in entities):
        raise ValueError("entities must be core.models.Entity records (or empty)")
    if sentences is not None and any(
            not isinstance(s, Span) or not 0 <= s.start <= s.end <= len(text) for s in sentences):
        raise ValueError(f"sentences must be Span records inside the text (0..{len(text)}), or None")
    if not text.strip():
        return []
    spans = list(sentences) if sentences is not None else split_sentences(text)
    return _Extractor(text, list(entities), spans).run()


# ------------------------------------------------------------------------------------------------
# Quotation marks


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

    @property
    def start(self) -> int:
        if self.opened_before:
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
    its sentence end, or is dropped when that is far: no quotation swallows the article.
    """
    n = len(text)
    pairs: list[_Marked] = []
    stack: list[tuple[bool, int]] = []  # (is_double, position)
    open_count = {True: 0, False: 0}
    wide: set[int] = set()  # where two single marks stand for one double mark (‘’ … ‘’, ’’)
    spaced_open: set[int] = set()  # ' opening with a space on both sides: a quotation only when closed

    def reopened(pos: int, double: bool, at: int) -> int | None:
        """Where a quotation whose closing mark was lost ends when another of its kind opens after it:
        at the last full stop before that one ("বলেন, ‘… অনুপ্রাণিত। … এগিয়ে যেতে চাই। ‘তোমরা জানো …’",
        "লিখেছেন, ‘ইন্নালিল্লাহি … রাজিউন। … খালেদা জিয়া। সেইসঙ্গে … উল্লেখ করেছেন তমা, ‘…’")."""
        later = [p.open for p in takewhile(lambda p: p.close > pos, reversed(pairs))] + [q for _, q in stack if q > pos]
        nxt = min((q for q in later if pos < q < min(at, pos + MAX_UNCLOSED_CHARS)
                   and (text[q] in _DOUBLE or q in wide) == double), default=None)
        if nxt is None:
            return None
        return max((m.end() for m in _TERMINATOR_RE.finditer(text, pos + 1, nxt) if text[m.start()] != "\n"), default=None)

    def flush(at: int, continued: bool) -> None:
        for double, pos in stack:
            if pos in spaced_open:
                continue
            end = at if continued else reopened(pos, double, at) or _sentence_end(text, pos + 1, at)
            if end is not None and end - pos <= (MAX_DIRECT_CHARS if continued else MAX_UNCLOSED_CHARS):
                pairs.append(_Marked(pos, end, closed=False, wide_open=pos in wide))
        stack.clear()

    for match in _MARK_RE.finditer(text):
        i = match.start()
        ch = text[i]
        if ch == "\n":
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
        flush(last, len(stack) == 1 and reopened(stack[0][1], stack[0][0], last) is None
              and _ends_inside_quotation(text, stack[0][1], last))
    return _nest(pairs)


def _opens_inside_quotation(text: str, i: int) -> bool:
    """Does the text open inside a quotation that the mark at i closes? An excerpt cut from the middle
    of an article can start in someone's words: "আমি তাঁর বাড়িতেও যাই না।’ উপজেলা আওয়ামী লীগের …".
    The first mark of the text closes right after a sentence's end, within one paragraph, and no one
    is heard saying the words before it ("আবু তৈয়ব লেখেন, হিরোদের দল করা উচিত।’" lost its opening mark)."""
    before = text[:i]
    if len(before) > MAX_UNCLOSED_CHARS or "\n" in before.strip() or _MARK_RE.search(before) \
            or before.rstrip()[-1:] not in {"।", "?", "!"}:
        return False
    return not any(m.group("verb") and before[m.end():].lstrip()[:1] in {",", ":"} for m in _CUE_RE.finditer(before))


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


# ------------------------------------------------------------------------------------------------
# Tokens and word classes


class _Tok:
    """A token of the masked text: a word, a punctuation mark, or a whole masked quotation."""

    __slots__ = ("text", "start", "end", "is_word", "is_quote", "ends_name", "name_start", "starts_name", "place")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.is_quote = text[0] == _MASK
        self.is_word = not self.is_quote and bool(_WORD_START.match(text))
        # the last word of a person's or organisation's name as written in the nominative (আলমগীর),
        # which a genitive in -র only looks like; set once the article's entities are known
        self.ends_name = False
        self.name_start = -1  # where an organisation's name ending here starts (… জামায়াতে ইসলামী)
        self.starts_name = False  # a name the tagger found starts here (the initial এ of এ জেড এম …)
        self.place = False  # the word is a whole place's mention (সাভারে, ঢাকায়)


def _tokenize(masked: str, start: int, end: int) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN_RE.finditer(masked, start, end):
        word = m.group()
        if (word == "." or word == ":" and out and out[-1].text in {"মো", "মি", "ডা", "ড"}) and out \
                and out[-1].text in _ABBREV and out[-1].end == m.start():
            prev = out.pop()
            out.append(_Tok(prev.text + word, prev.start, m.end()))
            continue
        out.append(_Tok(word, m.start(), m.end()))
    return out


# Names that end like a plural objective (-দের): "জি এম কাদের বলেন", "মি. কাদের বিবিসিকে বলেছেন",
# "ওবায়দুল কাদের বলেছিলেন" (the corpus has 9 such speakers, all কাদের; none is the interrogative).
_NAMES_LIKE_OBJECTIVES = frozenset({"কাদের"})


def _is_objective(word: str) -> bool:
    """Addressee or object (-কে, -দের): বিবিসি বাংলাকে, সাংবাদিকদের."""
    return len(word) > 3 and word.endswith(("কে", "কেও", "কেই", "দের", "দেরকে", "েরকে", "দেরও")) and \
        word not in {"থেকে", "দিকে", "থেকেও", "থেকেই"} and word not in _GROUP_SUBJECTS and \
        word not in _NAMES_LIKE_OBJECTIVES and \
        not (word.endswith("দের") and _org_word(word[:-2]))  # অনেকে is a subject, কাদের a name, পরিষদের a genitive


def _is_locative(word: str) -> bool:
    """Place, time or document (-এ/-তে/-য়): অনুষ্ঠানে, সভায়, বিজ্ঞপ্তিতে, পোস্টে, ঘরে."""
    if len(word) < 3 or word in _COMMON_CONVERBS or word in _GROUP_SUBJECTS or word in _ROLES_IN_E:
        return False
    if word.endswith(("তে", "তেও", "তেই", "-এ", "’তে", "ায়", "ায়ও", "য়ে")):
        return len(word) >= 5 or word.endswith(("তে", "-এ"))
    return word.endswith(("ে", "েও", "েই"))


# Role words that end like a locative: "শেখ হাসিনার ছেলে বলেন" (son), ভাগনে, জেলে.
_ROLES_IN_E = frozenset(w for w in lx.ROLE_WORDS if w.endswith("ে"))


def _is_address(word: str) -> bool:
    """A form of address (মি., মিজ, ড.), written with its full stop or without it (মি মাহমুদ)."""
    return word in _ADDRESS or word.rstrip(".") + "." in _ADDRESS


def _after_address(toks: list[_Tok], k: int, floor: int) -> bool:
    """Is token k a surname after a form of address ("মি. খন্দকার বিবিসি বাংলাকে বলেন")? Then it is
    a name, however much it ends like a genitive (-র), not the owner of what follows."""
    return k > floor and _is_address(toks[k - 1].text)


def _is_genitive(word: str) -> bool:
    """Ends in -র/-এর (রাশিয়ার, কিমের); a conjunct র (স্বরাষ্ট্র, রাষ্ট্র) is no case ending."""
    core = word[:-1] if word.endswith(("রও", "রই")) else word
    return core.endswith("র") and len(core) > 2 and core[-2] != "\u09cd"


def _is_verb_like(word: str) -> bool:
    """A finite verb or copula by its ending (করবে, হয়েছে, বলছেন); দায়িত্বে (্বে) is no future, nor
    প্রেসক্লাবে (a noun in -ব, in the locative)."""
    if word in _SPEECH_VERBS or word in _LIGHT_VERBS or word in _PREDICATE_WORDS:
        return True
    if len(word) <= 3 or not word.endswith(_VERB_ENDINGS):
        return False
    if word.endswith(_B_LOCATIVES):
        return False
    return not (word.endswith(("বে", "বেন")) and word[-3 if word.endswith("বে") else -4] == "\u09cd")


_B_LOCATIVES = tuple(noun + "ে" for noun in lx.NOUNS_IN_B)


def _is_adjective(word: str) -> bool:
    """Adjectives and demonyms cannot head a noun phrase (ভারতীয়, রাশিয়ান, মার্কিন)."""
    return word.endswith(("ীয়", "ভিত্তিক")) or word in {"মার্কিন", "রাশিয়ান", "জাপানি", "ভারতীয়", "চীনা",
                                                          "মহান", "পরম", "সর্বশক্তিমান", "দয়াময়"}


@lru_cache(maxsize=65536)
def _role_of(word: str) -> str | None:
    """The role word a token ends with (পররাষ্ট্রমন্ত্রী -> মন্ত্রী), case endings allowed."""
    bases = [word, _strip_genitive(word)] if _is_genitive(word) else [word]
    for plural in ("েরা", "রা"):
        if word.endswith(plural) and len(word) - len(plural) >= 3:
            bases.append(word[: -len(plural)])  # বিশ্লেষকরা, কর্মকর্তারা
    for base in bases:
        # the longest role word the base ends with: one match of the reversed base against the
        # reversed role words (longest first), instead of an endswith per role word
        m = _ROLE_SUFFIX.match(base[::-1])
        if m is not None:
            role = m.group()[::-1]
            if len(base) == len(role) or len(role) >= 3:
                return role
    return None


_ROLE_SUFFIX = re.compile("|".join(re.escape(r[::-1]) for r in _ROLE_WORDS))


def _role_base(word: str) -> str:
    """A role word without a genitive ending (সংগঠকের -> সংগঠক), but কিপার stays কিপার."""
    if _ROLE_SUFFIX.match(word[::-1]) is not None:  # it ends in a role word
        return word
    return _strip_genitive(word) if _is_genitive(word) else word


def _strip_genitive(word: str) -> str:
    """The nominative of a word known to be genitive: রাজীব হায়দারের -> হায়দার, বিটিএমএর -> বিটিএমএ,
    বিশ্লেষকদের -> বিশ্লেষকরা."""
    if word.endswith("দের") and len(word) > 4 and word not in _GEN_PRONOUNS and (
            _role_of(word[:-3]) or word[:-3] + "রা" in lx.GROUP_WORDS or word[-4] in "াীূ"):
        return word[:-3] + "রা"  # a plural (বিশ্লেষকদের, নেতাদের), not আহমেদের
    return _without_genitive_ending(word)


_CONSONANT = re.compile("[\u0995-\u09b9\u09dc-\u09df]")
_VOWEL_LETTERS = frozenset("অআইঈউঊঋএঐওঔ")
_YER = "য\u09bcের"  # -য়ের as NFC writes it (য and the nukta, two code points)


def _without_genitive_ending(word: str) -> str:
    """The word without its genitive ending, never read as a plural: সংবাদের -> সংবাদ (a newspaper,
    not সংবা + দের), বণিক বার্তার -> বার্তা, প্রথম আলোর -> আলো."""
    if word.endswith("এর") and len(word) > 4 and (_CONSONANT.fullmatch(word[-3]) or word[-3] in _VOWEL_LETTERS):
        # an acronym that ends in the letter এ takes -র: বিটিএমএর -> বিটিএমএ, বিজিএমইএর -> বিজিএমইএ (a
        # consonant's genitive would be written -ের, বিটিএমের; a vowel's -র or -য়ের)
        return word[:-1]
    if word.endswith(_YER) and len(word) - len(_YER) >= 2 and word[-len(_YER) - 1] in _VOWEL_LETTERS:
        # a word ending in a vowel letter takes -য়ের: এফবিসিসিআইয়ের -> এফবিসিসিআই, ইইউয়ের -> ইইউ,
        # ভাইয়ের -> ভাই (after a vowel sign it may be the stem's own য়: উপায়ের, বিদায়ের)
        return word[:-len(_YER)]
    for suffix in ("েরও", "েরই", "’এর", "'এর", "-এর", "-র", "’র", "'র", "এর", "ের", "রও", "রই",
                   "র"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def _document_nominative(word: str) -> str | None:
    """A document word in the locative without its ending (পরিকল্পনায় -> পরিকল্পনা, চুক্তিতে -> চুক্তি,
    সংবিধানে -> সংবিধান), or None when it is not one."""
    for ending in ("য়ে", "য়", "তে", "ে"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem.startswith(_DOCUMENTS) and len(stem) >= 3:
            return stem
    return None


def _document_modifiers_start(toks: list[_Tok], document: int) -> int:
    """Where the words that say which document it is start: its owner in the genitive, a quantifier,
    an adjective ("ফেসবুকের কিছু পোস্টে", "সামাজিক মাধ্যমের পোস্টে"), not a time or a place before it."""
    j = document
    while j > 0 and document - j < MAX_DOCUMENT_MODIFIERS:
        w = toks[j - 1]
        if not w.is_word or not (_is_genitive(w.text) and w.text not in _GEN_PRONOUNS and w.text not in _NOT_SOURCES
                                 or w.text in _DOCUMENT_QUANTIFIERS or _is_adjective(w.text) or w.text.endswith("িক")):
            break
        j -= 1
    return j


# A press conference or briefing (in the locative) whose holder tells what a passive cue reports.
_PRESS_EVENTS = frozenset({"সম্মেলনে", "ব্রিফিংয়ে", "ব্রিফিংএ"})
# The indefinite article between a document and its owner: "জাতিসংঘের এক প্রতিবেদনে".
_ONE = frozenset({"এক", "একটি"})
# Quantifiers before a document: "কিছু পোস্টে", "বিভিন্ন প্রতিবেদনে".
_DOCUMENT_QUANTIFIERS = frozenset({"কিছু", "বিভিন্ন", "কয়েকটি", "একাধিক", "অনেক", "সব"})


def _strip_case(word: str) -> str:
    """Nominative of a speaker word in any case (objective, emphatic): তিনিও -> তিনি, আলমও -> আলম."""
    for suffix in ("কেও", "কে", "েরও", "েরই", "ও", "ই"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2 and word not in _SINGULAR | _PLURAL:
            return word[: -len(suffix)]
    return word


# ------------------------------------------------------------------------------------------------
# Speakers


@dataclass
class _Speaker:
    name: str | None  # canonical name or descriptive phrase
    mention: str | None
    start: int | None
    end: int | None
    source_type: str = "unknown"
    role: str | None = None
    affiliation: str | None = None
    plural: bool = False
    resolved: bool = False  # from a pronoun, a bare title or a document
    named: bool = False  # a name, not a description


_NO_SPEAKER = _Speaker(None, None, None, None)
# Words that make a description indefinite: someone not named before (এক কর্মকর্তা, একজন চিকিৎসক).
_INDEFINITE_OPENERS = frozenset({"এক", "একজন", "অপর", "আরেক", "আরেকজন", "কোনো"})


@dataclass
class _Found:
    """A quote being built; becomes a `Quote` at the end."""

    start: int
    end: int
    kind: str
    speaker: _Speaker
    cue: str | None
    framing: str
    confidence: float
    pattern: str


@dataclass
class _Cue:
    start: int
    end: int
    kind: str  # verb, noun, passive, source, cite, acc, view
    text: str
    noun: str | None = None
    light: str | None = None
    consumed: bool = False

    @property
    def framing(self) -> str:
        if self.kind == "noun" and self.noun in _DISTANCING and self.light not in _DEMAND_VERBS:
            return "distancing"
        if self.kind == "acc" and self.text in lx.DISTANCING_ACCORDING_TO:
            return "distancing"
        if self.kind == "passive" and self.text.startswith(("দাবি", "অভিযোগ")):
            return "distancing"
        return "neutral"


class _CueList:
    """The cues of one unit in text order, with the look-ups the reader needs in O(log n)."""

    def __init__(self, cues: list[_Cue]) -> None:
        self.cues = cues
        self.starts = [c.start for c in cues]
        self.by_end = {c.end: c for c in cues}

    def after(self, offset: int) -> Iterator[_Cue]:
        """Cues starting at or after `offset`."""
        for i in range(bisect_left(self.starts, offset), len(self.cues)):
            yield self.cues[i]

    def ending_at(self, end: int) -> _Cue | None:
        """A cue that can introduce a quotation and ends exactly at `end` ("X বলেন, ‘…’")."""
        cue = self.by_end.get(end)
        if cue is None or cue.kind not in {"verb", "noun", "acc", "passive", "source"}:
            return None
        if cue.kind == "acc" and cue.text not in _ACCORDING_NO_COMMA | {"দাবি", "বক্তব্য", "ভাষ্য"}:
            return None
        return cue


@dataclass
class _Unit:
    """A sentence (merged across quotation marks) with its quotations and cues; tokens on demand."""

    start: int
    end: int
    masked: str = field(repr=False)
    index: int
    claimed: bool = False
    has_quote: bool = False
    cue_count: int = 0
    _tokens: list[_Tok] | None = field(default=None, repr=False)
    linker: _EntityLinker | None = field(default=None, repr=False)

    @property
    def tokens(self) -> list[_Tok]:
        if self._tokens is None:
            self._tokens = _tokenize(self.masked, self.start, self.end)
            if self.linker is not None:
                self.linker.mark(self._tokens)
        return self._tokens


class _Extractor:
    """One article: pairs marks, reads units left to right, resolves and links speakers."""

    def __init__(self, text: str, entities: list[Entity], sentences: list[Span]) -> None:
        self.text = text
        self._words: frozenset[str] | None = None  # the article's words, read when first needed
        self.marked = _pair_marks(text)
        self.masked = _mask(text, self.marked)
        self.units = self._units(sentences)
        self.unit_starts = [u.start for u in self.units]
        self.found: list[_Found] = []
        self.history: list[tuple[int, _Speaker]] = []  # (offset, resolved speaker) in text order
        self.introduced: list[tuple[int, _Speaker]] = []  # people introduced with a title, in text order
        self.direct_speaker: dict[int, tuple[_Speaker, str | None, str, float]] = {}
        self.linker = _EntityLinker(entities, text)
        if self.linker.mentions:
            for unit in self.units:
                unit.linker = self.linker  # its tokens are marked when first read
        self.mark_by_open = {m.open: m for m in self.marked}
        self.mark_opens = [m.open for m in self.marked]
        self.cues = self._cues()
        self.cue_starts = [c.start for c in self.cues]

    # -- setup ---------------------------------------------------------------------------------

    def _units(self, sentences: list[Span]) -> list[_Unit]:
        """Sentences merged so that no quotation crosses a boundary, tokenised on the masked text."""
        spans = sorted(sentences, key=lambda s: s.start) or [Span(0, len(self.text))]
        merged: list[list[int]] = []
        q = 0
        tops = self.marked
        for s in spans:
            start, end = s.start, s.end
            while q < len(tops) and tops[q].close < start:
                q += 1
            if merged and q < len(tops) and tops[q].open < start <= tops[q].close:
                merged[-1][1] = max(merged[-1][1], end)
                continue
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
                continue
            merged.append([start, end])
        # a quotation may still run past the last merged end: extend
        pieces: list[tuple[int, int]] = []
        q = 0
        for start, end in merged:
            cuts = []
            while q < len(tops) and tops[q].open < end:
                mark = tops[q]
                end = max(end, min(mark.close + 1, len(self.text)))
                if mark.closed and mark.end > mark.start and self.text[:mark.end].rstrip()[-1:] in _TERMINATORS:
                    cuts.append(mark.close + 1)  # "…বলেছেন, ইইউ "… প্রকাশ করে।" গ্রিনল্যান্ড …": a new sentence
                q += 1
            # a missing full stop: "… বাস্তবায়ন করতে চাই সাঈদ আল নোমান বলেন, …" is two sentences
            # (the speaker's own voice before it, so a name in -লাম such as ইসলাম is no verb)
            cuts.extend(m.end() for m in _RUN_ON.finditer(self.masked, start, end)
                        if _FIRST_PERSON.search(self.masked, start, m.start()))
            cuts.extend(m.end() for m in _CALL_TO_ACTION.finditer(self.masked, start, end))
            for cut in sorted(cuts):
                if start < cut < end and self.text[cut:end].strip():
                    pieces.append((start, cut))
                    start = cut
            pieces.append((start, end))
        units: list[_Unit] = []
        for start, end in pieces:
            if units and start < units[-1].end:
                start = units[-1].end
            while start < end and self.text[start].isspace():
                start += 1
            if start >= end:
                continue
            units.append(_Unit(start, end, self.masked, len(units)))
        opens = [m.open for m in tops]
        for u in units:
            i = bisect_left(opens, u.start)
            u.has_quote = i < len(opens) and opens[i] < u.end
        return units

    def _cues(self) -> list[_Cue]:
        out = []
        for m in _CUE_RE.finditer(self.masked):
            kind = m.lastgroup or "verb"
            if kind == "dismissing":
                kind = "verb"  # "… ‘সম্পূর্ণ ভিত্তিহীন’ বলে উড়িয়ে দিয়েছেন": said, as বলে before it shows
            if kind == "stance":
                kind = "verb"  # "কোচ আশাবাদী যে …": a stance held, its content the যে-clause after it
            if kind == "light":
                kind = "noun"
                if m.group("noun") in _KORA_ONLY and not m.group("light").startswith(("কর", "তোল", "তুল")):
                    continue  # "যোগ দেন" is "joined", not "added"
                if m.group("light") in _REQUEST_CONVERBS and m.group("noun") not in _REQUEST_CONVERB_NOUNS:
                    continue  # "জোর দিয়ে বলেন", "ব্যাখ্যা দিয়ে": the manner of the main verb's speech
            if kind == "act" and m.group().split()[-1] in _SPEECH_VERBS and m.group().split()[0] not in _SPEAKING_ACTS and \
                    self.masked[m.end():m.end() + 2].lstrip()[:1] in {",", ":"}:
                # "আব্দুস সালাম বলেন, …": a name that looks like an object; the comma makes it speech
                verb = m.group().split()[-1]
                cue = _Cue(m.end() - len(verb), m.end(), "verb", verb)
                out.append(cue)
                continue
            if kind == "act" and m.group().split()[0] in _WISHING and m.group().split()[-1] in _LIGHT_VERBS | _SPEECH_VERBS:
                after = self.masked[m.end():m.end() + 12].lstrip()
                if after.startswith(",") and after[1:].lstrip().startswith(_WISH_OPENERS):
                    # "প্রার্থনা করেন, যেন তিনি জাতিকে … দান করেন": the prayer's content is reported
                    obj, verb = m.group().split()[0], m.group().split()[-1]
                    cue = _Cue(m.start(), m.end(), "noun", _squash(m.group()))
                    cue.noun, cue.light = obj, verb
                    out.append(cue)
                    continue
            if kind == "passive" and m.group() in _ANNOUNCING_PASSIVE and \
                    not self.masked[m.end():m.end() + 3].lstrip().startswith(","):
                continue  # "সাধারণ ছুটি ঘোষণা করা হয়েছে": a thing announced, no content reported
            if kind == "passive" and _word_before(self.masked, m.start()) in _NOT_REPORTING_BEFORE_PASSIVE:
                # "আমাকে … সংগ্রহ করতে বলা হয়েছিল" (was asked to), "প্রার্থনা জানানো হয়েছে" (a prayer
                # was offered): an instruction or an expressive act, not a report of content
                continue
            if kind == "source" and m.group().split()[0] in _LEARNT_FROM_HEADS and \
                    _word_before(self.masked, m.start()) in _PLACE_ADVERBS | {""}:
                continue  # "সেখান থেকে জানা যায়": learnt from a place, from no one named
            if kind == "acc" and self.linker.in_person_name(m.start(), m.end()):
                continue  # "পররাষ্ট্রমন্ত্রী তনিমা বিশ্বাস এক বিবৃতিতে বলেছেন": a name's word, not "belief"
            if kind == "acc" and m.group() in _COUNTED_OR_TOLD and not (
                    _is_genitive(self.masked[:m.start()].rsplit(maxsplit=1)[-1]) and self.masked[m.end():m.end() + 1] == ","):
                continue  # "প্রধান অতিথি হিসেবে", "খবর পেয়ে": "as" and any news, no source's count or story
            cue = _Cue(m.start(), m.end(), kind, _squash(m.group()))
            if kind == "noun":
                cue.noun = m.group("noun")
                cue.light = m.group("light")
            out.append(cue)
        out = sorted(out + self._told_converbs(out), key=lambda c: c.start)
        out = [c for i, c in enumerate(out) if c.light not in _REQUEST_CONVERBS
               or self._main_cue_follows(c, out[i + 1] if i + 1 < len(out) else None)]
        for cue in out:
            u = self._unit_at(cue.start)
            if u is not None:
                u.cue_count += 1
        return out

    def _told_converbs(self, cues: list[_Cue]) -> list[_Cue]:
        """"কৌশলগত কারণে ধানের শীষ প্রতীকে নির্বাচন করছেন জানিয়ে তিনি বলেন": a clause closed by its
        predicate and the converb জানিয়ে is what the main verb's subject told (a cue with no noun; kept
        only when a speech verb follows it in the sentence, as for "… আহ্বান জানিয়ে")."""
        covered = [(c.start, c.end) for c in cues]
        out = []
        for m in _TOLD_RE.finditer(self.masked):
            before = _word_before(self.masked, m.start())
            if any(a <= m.start() < b for a, b in covered) or not _is_predicate(before) or before == "না":
                continue  # (… আনুষ্ঠানিকভাবে না জানিয়ে: "without telling", no report)
            cue = _Cue(m.start(), m.end(), "noun", m.group())
            cue.light = m.group()
            out.append(cue)
        return out

    def _main_cue_follows(self, cue: _Cue, following: _Cue | None) -> bool:
        """Is a request converb (… আহ্বান জানিয়ে) followed in its sentence by the speech verb that
        reports it (… উপদেষ্টা বলেন), not by another verb ("… আখ্যা দিয়ে অমানবিক করে তুলছে")?"""
        if following is None or following.kind not in {"verb", "noun"} or following.start - cue.end > MAX_CONVERB_GAP_CHARS:
            return False
        between = self.masked[cue.end:following.start]
        return not any(ch in _TERMINATORS or ch == _MASK for ch in between)

    def _unit_at(self, offset: int) -> _Unit | None:
        i = bisect_right(self.unit_starts, offset) - 1
        if i >= 0 and offset < self.units[i].end:
            return self.units[i]
        return None

    # -- main loop -----------------------------------------------------------------------------

    def run(self) -> list[Quote]:
        cue_starts = [c.start for c in self.cues]
        direct_starts = [m.open for m in self.marked]
        for unit in self.units:
            lo, hi = bisect_left(cue_starts, unit.start), bisect_left(cue_starts, unit.end)
            unit_cues = _CueList(self.cues[lo:hi])
            qlo, qhi = bisect_left(direct_starts, unit.start), bisect_left(direct_starts, unit.end)
            events: list[tuple[int, int, object]] = [(c.start, 1, c) for c in unit_cues.cues]
            events += [(m.open, 0, m) for m in self.marked[qlo:qhi]]
            events.sort(key=lambda e: (e[0], e[1]))
            found_before = len(self.found)
            for _, _, item in events:
                if isinstance(item, _Marked):
                    self._direct(unit, item, unit_cues)
                elif isinstance(item, _Cue) and not item.consumed:
                    self._reported(unit, item, unit_cues)
            if len(self.found) == found_before:
                self._introduction(unit)
        self._nested()
        self._fragments_in_reported()
        return self._finish()

    # -- direct quotes -------------------------------------------------------------------------

    def _direct(self, unit: _Unit, mark: _Marked, unit_cues: _CueList) -> None:
        """Attribute one top-level quotation, or drop it as a scare quote or a title."""
        toks = unit.tokens
        qi = _token_index(toks, mark.open)
        if qi is None:
            return
        words = len(self.text[mark.start:mark.end].split())
        if mark.opened_before:
            # who began speaking was cut off with the opening mark: only a closing "বলেন X" names them
            closing = self._post_attribution(unit, qi, unit_cues) or (_NO_SPEAKER, None, "neutral", 0.5)
            self._add(mark.start, mark.end, "direct", *closing, "direct")
            return
        attribution = self.direct_speaker.pop(mark.open, None)
        if words < MIN_UNCUED_WORDS and self.text[mark.start:mark.end].rstrip()[-1:] not in _TERMINATORS \
                and (_named_term(self.text, mark) or self._generally_called(unit, mark)):
            return  # "এই ভোটটিকে বলা হয় ‘টেন্ডার্ড ভোট’": a term being named, not words being said
        if attribution is None:
            attribution = self._chant(unit, qi)
        if attribution is None and (_is_title(self.text, mark) or _headline(self.text, mark)):
            return
        if attribution is None:
            attribution = self._after_reported(mark)
        if attribution is None and not mark.closed:
            # "… চাকমা বলেন, 'অপহূত … জানিয়েছি। জাকির হোসেন বলেন, …" (the closing mark missing): the
            # sentence after the quotation is a new one, the attribution before the opening mark its own
            attribution = self._pre_attribution(unit, qi, unit_cues)
        if attribution is None:
            attribution = self._post_attribution(unit, qi, unit_cues)
        if attribution is None:
            attribution = self._pre_attribution(unit, qi, unit_cues)
        if attribution is None:
            attribution = self._inside_reported(mark)
        if attribution is None:
            attribution = self._closing_reported_clause(unit, qi, mark, unit_cues)
        if attribution is None:
            attribution = self._continuation(unit, qi, mark)
        if attribution is None and words >= MIN_UNCUED_WORDS and mark.closed:
            attribution = self._fallback(mark.open)
        if attribution is None:
            return
        speaker, cue, framing, confidence = attribution
        if not mark.closed:
            confidence *= 0.7
        self._add(mark.start, mark.end, "direct", speaker, cue, framing, confidence, "direct")

    def _generally_called(self, unit: _Unit | None, mark: _Marked) -> bool:
        """"এলডিএলকে 'ব্যাড কোলেস্টেরল' বলে বিবেচনা করা হয়", "এই অগ্রগতিকে ‘উন্নয়ন বিস্ময়’ বলে আখ্যায়িত করা
        হয়": what a thing is generally called, in the habitual passive with no one to say it (no statement
        or report in the sentence, "বিবৃতিতে … ‘…’ বলে উল্লেখ করা হয়"), is a term, not anyone's words."""
        if not mark.closed or _HABITUAL_NAMING.match(self.text, mark.close + 1) is None:
            return False
        before = self.text[unit.start if unit is not None else mark.open:mark.open]
        return not any(word.startswith(_DOCUMENT_STEMS) for word in _words(before))

    def _chant(self, unit: _Unit, qi: int) -> tuple[_Speaker, str | None, str, float] | None:
        """Slogans chanted by someone are their utterances: "আন্দোলনকারীরা ‘আমার ভাই কবরে, খুনি কেন
        বাইরে’, ‘দিল্লি না ঢাকা’সহ নানা স্লোগান দিচ্ছেন।" A slogan used as a name (‘…’ স্লোগানে মুখরিত,
        ‘…’ স্লোগান দেওয়া হয়, with nobody chanting) is not."""
        toks = unit.tokens
        k = qi + 1
        while k < len(toks) and (toks[k].is_quote or toks[k].text in _LIST_GLUE):
            k += 1
        while k < len(toks) and toks[k].text in _CHANT_DETERMINERS:
            k += 1
        if k + 1 >= len(toks) or toks[k].text not in _CHANT_NOUNS or toks[k + 1].text not in _CHANT_VERBS:
            return None
        first = qi
        while first > 0 and (toks[first - 1].is_quote or toks[first - 1].text in _LIST_GLUE):
            first -= 1
        while not toks[first].is_quote:
            first += 1
        speaker = None
        before = toks[first - 1] if first > 0 else None
        if before is not None and before.is_word and _is_objective(before.text):
            # "তাদেরকে ‘…’ স্লোগান দিতে দেখা যায়": the ones seen chanting
            if before.text.startswith(("তাদের", "তাঁদের")):
                speaker = self._pronoun("তারা", before.start, before.end)
            elif before.text in {"তাকে", "তাঁকে"}:
                speaker = self._pronoun("তিনি", before.start, before.end)
            else:
                speaker = self._np_speaker(toks, _np_start(toks, first - 1, 0), first, unit, case="objective")
        else:
            span = _np_before(toks, first, _clause_floor(toks, first), self.linker.is_name)
            if span is not None:
                speaker = self._np_speaker(toks, span[0], span[1], unit)
        if (speaker is None or speaker.name is None) and toks[k + 1].text != "দিতে":
            # "‘…’ স্লোগান দেন বিক্ষোভকারীরা"
            speaker = self._np_after(unit, k + 1, strict=True) or speaker
        if speaker is None or speaker.name is None and not (before is not None and before.text in _GEN_PRONOUNS):
            return None  # (a slogan chanted by "them" is still chanted, whoever they turn out to be)
        return speaker, toks[k].text + " " + toks[k + 1].text, "neutral", 0.75

    def _pre_attribution(self, unit: _Unit, qi: int, unit_cues: _CueList) -> tuple[_Speaker, str | None, str, float] | None:
        """“X বলেন, ‘…’”, “X বলেন যে ‘…’”, “X-এর ভাষায়, ‘…’”, “তিনি লিখেছেন: ‘…’”."""
        toks = unit.tokens
        j = qi - 1
        while j >= 0 and toks[j].text in {",", ":", "-", "—", "–", ";"}:
            j -= 1
        if j >= 0 and (toks[j].text == "যে" or toks[j].text in _THIS_WAY):
            j -= 1  # "… বর্ণনা করেছেন এভাবে, “…”": the manner of the words that follow
            while j >= 0 and toks[j].text == ",":
                j -= 1
        if j < 0:
            return None
        cue = unit_cues.ending_at(toks[j].end)
        if cue is None and j == qi - 2 and toks[qi - 1].text in {",", ":"}:
            return self._speech_noun_before(unit, j) or self._clause_before_quote(unit, j, qi)
        if cue is None:
            return None
        cue.consumed = True
        ci = _token_index(toks, cue.start)
        if ci is None:
            return None
        floor = _previous_quote(toks, ci) + 1
        if cue.kind == "acc" and ci > floor and toks[ci - 1].is_word and _plain_modifier(toks[ci - 1].text):
            cue.consumed = False
            return None  # "(স্থানীয় ভাষায় ‘পকেট’)", "চলতি ভাষায় ‘…’": a term in a manner of speaking, nobody's words
        if cue.kind == "acc":
            speaker = self._genitive_speaker(toks, ci, floor)
        else:
            speaker = self._subject(unit, ci, floor, cue)
            if cue.kind == "passive" and speaker.name is not None and speaker.name.endswith(" পক্ষ"):
                # "ক্লাবের পক্ষ থেকে এক বিবৃতিতে বলা হয়, ‘…’": the one the passive speaks for
                speaker = self._passive_speaker(unit, ci)
        return speaker, cue.text, cue.framing, 0.9

    def _speech_noun_before(self, unit: _Unit, j: int) -> tuple[_Speaker, str | None, str, float] | None:
        """"তাঁর প্রশ্ন, ‘এর দায় কে নেবে?’", "তার স্পষ্ট উত্তর, "…"", "রাজার কথা, ‘…’": a noun of what was
        said (token j), owned by a genitive (one or two modifiers between), then a comma and the words:
        the owner said them, however few. (Without an owner, "এখন প্রশ্ন, ‘…’" is the reporter's.)"""
        toks = unit.tokens
        if not toks[j].is_word or toks[j].text not in _QUOTED_SPEECH:
            return None
        g = j - 1
        while g >= 0 and j - g <= MAX_SPEECH_NOUN_MODIFIERS and toks[g].is_word and not _is_genitive(toks[g].text) \
                and not _is_verb_like(toks[g].text) and toks[g].text not in _BREAK:
            g -= 1  # "তাঁর সাফ কথা", "তার স্পষ্ট উত্তর"
        if g < 0 or not toks[g].is_word or not _is_genitive(toks[g].text) or toks[g].ends_name:
            return None  # (a name that only looks like a genitive, আলমগীর, is no owner)
        speaker = self._genitive_speaker(toks, g + 1, _previous_quote(toks, g) + 1)
        if speaker.name is None:
            return None
        if toks[g].text not in _GEN_PRONOUNS and speaker.role is None and speaker.source_type != "group" \
                and self.linker.by_name(speaker.name) is None:
            return None  # "আইনের ব্যাখ্যা, ‘…’", "মঙ্গলবারের বার্তা": no one the article names, no title
        return speaker, toks[j].text, "neutral", 0.8

    def _clause_before_quote(self, unit: _Unit, j: int, qi: int) -> tuple[_Speaker, str | None, str, float] | None:
        """Sports and feature writing set a quotation after a clause about its speaker and a comma:
        "প্রতি ম্যাচকেই শেষ সুযোগ হিসেবে দেখেন রিপন, ‘…’", "২২ বছর বয়সী পেসার … আত্মবিশ্বাস কাজে
        লাগাচ্ছেন, ‘…’". The clause ends in an honorific finite verb, or in one and its subject after
        it; that subject speaks, else the one the clause opens with, else the person the story is
        about (the last speaker or person named, as for তিনি)."""
        toks = unit.tokens
        if len(self.text[toks[qi].start:toks[qi].end].split()) < MIN_SPEECH_WORDS:
            return None  # "…, ‘ভীষণ কঠিন’": a quoted term
        floor = _previous_quote(toks, j) + 1
        if j > floor and _honorific_finite(toks[j - 1]) and _object_or_time_only(toks[j:j + 1]):
            # "মুক্তিযোদ্ধার কোচ দুষেছেন রেফারিকে, ‘…’", "… করলেন কালও, ‘…’": only an object or a time
            # word after the verb; its subject is before it, as when the clause ends in the verb
            return self._subject_before_verb(unit, j - 1, floor) or self._elided_subject(unit, j - 1, floor)
        if toks[j].is_word and not _honorific_finite(toks[j]) and j > floor and _honorific_finite(toks[j - 1]) \
                and toks[j].text not in _NON_SUBJECT and not toks[j].text.endswith("ভাবে"):
            speaker = self._np_speaker(toks, j, j + 1, unit)  # "… দেখেন রিপন, ‘…’"
            return (speaker, None, "neutral", 0.6) if speaker is not None and speaker.name else None
        if not _honorific_finite(toks[j]):
            # "… মাঠে নামতে চান অস্ট্রেলিয়ান অধিনায়ক, ‘…’": a subject of a few words after the verb
            verb = next((v for v in range(j - 2, max(floor, j - MAX_SUBJECT_AFTER_VERB) - 1, -1)
                         if _honorific_finite(toks[v])), None)
            if verb is None:
                # "ডোয়াইন ব্রাভো ভীষণ হতাশ, ‘…’": no verb, a person and how they feel
                stative = self._stative_subject(unit, floor, j) or self._person_closing_clause(unit, floor, j)
                return (stative, None, "neutral", 0.55) if stative is not None else None
            last = j - 1 if toks[j].text in _REFLEXIVES and j - 1 > verb else j  # "… করেছেন সোধি নিজেই, ‘…’"
            if _object_or_time_only(toks[verb + 1:j + 1]):
                # "… এগিয়ে রাখছেন বিগ ব্যাশকে, ‘…’"
                return self._subject_before_verb(unit, verb, floor) or self._elided_subject(unit, verb, floor)
            if toks[verb + 1].text in _NON_SUBJECT or any(
                    not t.is_word or _honorific_finite(t) or _is_verb_like(t.text) and _role_of(t.text) is None
                    or _is_objective(t.text) or _is_locative(t.text) and not t.ends_name for t in toks[verb + 1:last + 1]):
                return None
            speaker = self._np_speaker(toks, verb + 1, last + 1, unit)
            return (speaker, None, "neutral", 0.55) if speaker is not None and speaker.name \
                and speaker.source_type in {"person", "anonymous", "group", "organisation"} else None
        return self._subject_before_verb(unit, j, floor)  # the clause ends in its verb

    def _subject_before_verb(self, unit: _Unit, verb: int, floor: int) -> tuple[_Speaker, str | None, str, float] | None:
        """The speaker of a clause before a quotation whose subject comes before its verb (token
        `verb`): the person or organisation it opens with, else a described subject, else the person
        the story is about."""
        toks = unit.tokens
        opening = self._name_opening_clause(unit, verb, floor)
        if opening is not None:
            return opening, None, "neutral", 0.6
        described = next((r for r in range(floor, verb) if toks[r].is_word and _role_of(toks[r].text)), None)
        # (after the occasion that opens the clause: "ম্যাচ-পরবর্তী সংবাদ সম্মেলনে | মুক্তিযোদ্ধার কোচ …")
        opens = described is not None and all(
            not w.is_word or w.text in _NON_SUBJECT or _is_genitive(w.text)
            for w in toks[_after_leading_setting(toks, floor, verb):_np_start(toks, described, floor)])
        if described is not None and opens:
            # "২২ বছর বয়সী পেসার … লাগাচ্ছেন, ‘…’" (the last person, by the age), "বিএনপির নেতারা বরাবরই বলে
            # এসেছেন, ‘…’" (a group): the described subject
            speaker = self._np_speaker(toks, _np_start(toks, described, floor), described + 1, unit)
            return (speaker, None, "neutral", 0.55) if speaker is not None and speaker.name else None
        if not _about_someone_known(toks, floor, verb):
            return None  # "ইসাবেল জবাব দেন, “…”": a subject the article has not named as an entity
        speaker = self._pronoun("তিনি", toks[verb].start, toks[verb].start)
        if speaker.name is None:
            return None
        return replace(speaker, mention=None, start=None, end=None), None, "neutral", 0.5

    def _elided_subject(self, unit: _Unit, verb: int, floor: int) -> tuple[_Speaker, str | None, str, float] | None:
        """"শুরু থেকেই … প্রশংসা করে আসছেন, করলেন কালও, ‘…’": an honorific verb whose clause names no one
        and gives no title has dropped its subject, the person the story is about (as for তিনি)."""
        toks = unit.tokens
        if any(self.linker.ends_name(t.start, t.end) or t.is_word and _role_of(t.text) for t in toks[floor:verb]):
            return None
        speaker = self._pronoun("তিনি", toks[verb].start, toks[verb].start)
        if speaker.name is None:
            return None
        return replace(speaker, mention=None, start=None, end=None), None, "neutral", 0.5

    def _stative_subject(self, unit: _Unit, floor: int, j: int) -> _Speaker | None:
        """The person a verbless clause before a quotation's comma describes: "ওয়েস্ট ইন্ডিজের অধিনায়ক
        ডোয়াইন ব্রাভো ভীষণ হতাশ, ‘…’", "তিনি নিজেও দারুণ আপ্লুত, ‘…’". The clause opens with a pronoun
        or a person's name, and a few plain words (how they feel) follow it; no verb, object or place."""
        toks = unit.tokens
        if toks[floor].text in _SINGULAR:
            subject_end = floor + 1
            speaker: _Speaker | None = self._pronoun(toks[floor].text, toks[floor].start, toks[floor].end)
        else:
            # the last person named, with only their title before them ("ওয়েস্ট ইন্ডিজের ওয়ানডে অধিনায়ক")
            name_end = _before_bracket(toks, j) - 1 if toks[j].text == ")" else j  # "মামুনুর রহমান (চয়ন)"
            person = next((k for k in range(name_end, floor - 1, -1) if self.linker.person_ending_at(toks[k].end)),
                          None)
            mention = self.linker.person_ending_at(toks[person].end) if person is not None else None
            first = _token_index(toks, mention[0]) if mention is not None else None
            if person is None or first is None:
                return None
            if person == name_end:
                # "টুর্নামেন্টে নিজের পারফরম্যান্সেও খুশি তামিম, ‘…’", "নতুনদের স্বাগত জানাতেও প্রস্তুত বিউটি,
                # ‘…’": how they feel comes first and the name last; no finite verb (an object is an
                # infinitive's)
                speaker = self._np_speaker(toks, first, person + 1, unit)
                if not 0 < first - floor <= MAX_INVERTED_STATE_WORDS or any(
                        not t.is_word or _is_verb_like(t.text) and _role_of(t.text) is None for t in toks[floor:first]) \
                        or speaker is None or speaker.name is None or speaker.plural or speaker.source_type != "person":
                    return None
                return speaker
            if any(not t.is_word or _is_verb_like(t.text) and _role_of(t.text) is None or _is_objective(t.text)
                   for t in toks[floor:first]):
                return None
            subject_end = person + 1
            speaker = self._np_speaker(toks, first, subject_end, unit)
        state = toks[subject_end:j + 1]
        if not 0 < len(state) <= MAX_STATE_WORDS or any(
                not t.is_word or _is_verb_like(t.text) or _is_objective(t.text) or _is_genitive(t.text)
                or _is_locative(t.text) and t.text not in _REFLEXIVES for t in state):
            return None
        if speaker is None or speaker.name is None or speaker.plural or speaker.source_type != "person":
            return None
        return speaker

    def _person_closing_clause(self, unit: _Unit, floor: int, j: int) -> _Speaker | None:
        """Feature writing leaves the verb of saying out when the clause before a quotation's comma
        closes on its speaker's name: "সবকিছু মুছে ফেলে নতুন শুরুর প্রত্যাশায় জাতীয় হকি দলের অধিনায়ক
        মামুনুর রহমান (চয়ন), ‘…’" (a nickname in brackets at most after it), or on the name in the
        genitive when the clause has no verb, the speaker's aim or view ("… হওয়াই পাখির চোখ মামুনুরের,
        ‘…’"). So does the owner of the voice it closes on ("… শোনা গেল … শারমিন আক্তারের (রত্না)
        কণ্ঠে, ‘…’", "তাঁর কণ্ঠে, ‘…’"), and the one a verbless clause about a third person's own aim or
        feeling speaks of ("নতুন বছর নিয়ে তাঁর প্রত্যাশা বেশ উঁচুতেই, ‘…’"). (A name in the objective,
        "… দুষেছেন রেফারিকে", is no speaker.)"""
        toks = unit.tokens
        voice = toks[j].text in _VOICE
        owner = j - 1 if voice else j
        name_end = _before_bracket(toks, owner) - 1 if toks[owner].text == ")" else owner
        if name_end < floor or not toks[name_end].is_word:
            return None
        if voice and toks[name_end].text in _GEN_PRONOUNS or not voice and self._pronoun_owned(toks, floor, j):
            pronoun = next(t for t in toks[floor:j + 1][::-1] if t.text in _GEN_PRONOUNS)
            said = self._pronoun(pronoun.text, pronoun.start, pronoun.end)
            return said if said.name is not None and not said.plural else None
        end = toks[name_end].end
        mention = next((start for start, mention_end, entity in self.linker.within(end - MAX_MENTION_CHARS, end)
                        if mention_end == end and entity.type == "PERSON"), None)
        first = _token_index(toks, mention) if mention is not None else None
        if first is None or first <= floor and not voice:
            return None  # the name alone is no clause about the speaker
        genitive = self.linker.person_ending_at(end) is None or voice
        if genitive and (not _is_genitive(toks[name_end].text) or not voice and any(
                t.is_word and _is_verb_like(t.text) for t in toks[floor:first])):
            return None  # the genitive: the voice's owner, or a verbless clause that "X-এর" closes
        speaker = self._np_speaker(toks, first, name_end + 1, unit, case="genitive" if genitive else None)
        if speaker is None or speaker.name is None or speaker.plural or speaker.source_type != "person":
            return None
        return speaker

    def _pronoun_owned(self, toks: list[_Tok], floor: int, j: int) -> bool:
        """A verbless clause of a few words whose only owner is a third person's genitive pronoun, and
        no one named: "নতুন বছর নিয়ে তাঁর প্রত্যাশা বেশ উঁচুতেই"."""
        words = [t for t in toks[floor:j + 1] if t.is_word]
        owners = [t for t in words if t.text in _GEN_PRONOUNS and t.text not in _PLURAL_GEN]
        return len(owners) == 1 and len(words) <= MAX_INVERTED_STATE_WORDS and not any(
            _is_verb_like(t.text) and t.text not in _COMMON_CONVERBS or self.linker.is_name(t.start)
            or _is_objective(t.text) for t in words)

    def _post_attribution(self, unit: _Unit, qi: int, unit_cues: _CueList) -> tuple[_Speaker, str | None, str, float] | None:
        """‘…’, X বলেন। / ‘…’ বলেন X। / ‘…’ বলে মন্তব্য করেন X। / ‘…’ — X, মুখপাত্র।"""
        toks = unit.tokens
        first = qi
        # labels given in a list share the cue and its subject: "তিনি মুসলিমদের ‘বর্বর’ এবং ‘নিষ্ঠুর’ বলে
        # আখ্যা দিয়েছিলেন"
        while first > 1 and toks[first - 1].text in _LABEL_GLUE and toks[first - 2].is_quote:
            first -= 2
        k = qi + 1
        while k + 1 < len(toks):
            if toks[k].text in _LABEL_GLUE and toks[k + 1].is_quote:
                k += 2
                continue
            # two quotations joined, each with its own object: "সরকারকে "ভারত … এন্ডোর্স করেছে" এবং ওই
            # সরকারকে "… সাহায্য করেছে" বলেও মন্তব্য করেন তিনি"
            nxt = next((j for j in range(k + 2, min(len(toks), k + 2 + MAX_LIST_GAP_WORDS)) if not toks[j].is_word), None)
            if toks[k].text in _LIST_JOINS and nxt is not None and toks[nxt].is_quote \
                    and not any(_is_verb_like(t.text) for t in toks[k + 1:nxt]):
                k = nxt + 1
                continue
            break
        last = k - 1
        while k < len(toks) and toks[k].text in {",", "।", "?", "!"} and k - last <= 2:
            k += 1
        if k >= len(toks):
            return self._attribution_in_next_unit(unit, alone=not any(t.is_word for t in toks[:first]))
        if toks[k].is_quote:
            return None
        if (toks[k].text in _SPACED_DASH or toks[k].text in {"-", ":"}) and not (
                k + 1 < len(toks) and toks[k + 1].text in _SPEECH_VERBS):
            dashed = self._dash_attribution(unit, k + 1)
            if dashed is None and toks[k].text != ":" and k + 1 < len(toks) and not any(t.is_word for t in toks[:first]):
                dashed = self._opening_attribution(unit, k + 1)  # "‘…’ — ফেসবুকে লিখেছেন X"
            return dashed
        if toks[k].text in _SPACED_DASH or toks[k].text in {"-", ":"}:
            k += 1  # "‘…’- বলেন পেজ"
        limit = min(len(toks), k + MAX_POST_ATTRIBUTION_TOKENS)
        for cue in unit_cues.after(toks[k].start):
            ci = _token_index(toks, cue.start)
            if ci is None or ci >= limit:
                break
            between = toks[k:ci]
            # (a colon ends a headline: "আক্কেলপুরে ‘বন্দুকযুদ্ধে’ … নিহত: আমাদের … প্রতিনিধি জানান, …")
            if any(t.is_quote or t.text in _TERMINATORS or t.text in {";", ":"} for t in between):
                break
            bole = [t for t in between if t.text in _BOLE or t.text == "হিসেবে"]
            # "‘…,’ এক বিবৃতিতে বলেন X": only a setting between a quotation that ends its words (a comma
            # or a full stop) and the cue; "'সুষ্ঠু ও অংশগ্রহণমূলক' নির্বাচন আয়োজনের বিষয়ে …" is a term in a phrase
            set_apart = k > last + 1 or self.text[:toks[last].end].rstrip(_CLOSING_MARKS).rstrip()[-1:] in ",।?!"
            requested = _request_content(between, cue)
            # "‘…’, হতাশা প্রকাশ করে বললেন X": how the words were said, no one's clause of its own
            manner = set_apart and _manner_converb(between) and not any(self.linker.is_name(t.start) for t in between)
            if bole:
                # ‘ভীষণ কঠিন’ বলে উল্লেখ করেন তিনি / মাঠকর্মীদের কাজকে তিনি ‘…’ বলে উল্লেখ করেন
                if between[0] is not bole[0] and not _label_with_head(toks, first, between, bole[0]) \
                        or len(between) > 4 or cue.kind not in {"verb", "noun", "passive"}:
                    break
            elif any(_is_verb_like(t.text) and _role_of(t.text) is None for t in between) and not requested \
                    and not manner:
                break
            if cue.kind in {"acc", "cite", "source", "act", "matter"} and not (
                    cue.kind in {"act", "matter"} and set_apart and _is_anaphoric(toks, ci, cue)):
                break  # (but "‘…’—এ কথা বলেন X": the words the object points back at)
            if cue.kind == "passive" and between and not bole:
                break  # "যেটিকে ‘মাইনাস টু’ ফর্মুলা বলা হয়": a name given, not words said
            speaker = None
            setting = manner or set_apart and _setting_only(between) and not any(self.linker.is_name(t.start) for t in between)
            inverted = self._np_after(unit, _token_index(toks, cue.end - 1) or ci, strict=True) \
                if ci > k and set_apart and not bole else None
            if inverted is not None and inverted.name and inverted.named:
                # "“…,” বিবিসি বাংলাকে তারেক রহমান আসার আগে বলছিলেন মি. আহমদ।": a name after the verb, closing
                # the sentence, is its subject; what comes before the verb is the setting
                cue.consumed = True
                return inverted, cue.text, cue.framing, 0.9
            if ci > k and not bole and not setting and not requested:
                span = _np_before(toks, ci, k, self.linker.is_name)
                lead = toks[k:span[0]] if span is not None else between
                if not all(_skippable(t.text) for t in lead if t.is_word) and not (set_apart and _setting_only(lead)):
                    break  # a clause or an object between the quotation and the cue: not its attribution
                speaker = self._np_speaker(toks, span[0], span[1], unit) if span else None
                if span is not None and speaker is None:
                    break  # "‘বিশেষ আদর’ পাওয়ার বিষয়টি উল্লেখ করে …": the quotation is inside the object
            if speaker is None or speaker.name is None:
                after = self._np_after(unit, _token_index(toks, cue.end - 1) or ci)
                if after is not None:
                    speaker = after
            if (speaker is None or speaker.name is None) and not bole and cue.kind == "noun" \
                    and cue.light in _CONVERBS and cue.noun in _REPORTING_CONVERB:
                # "“…” উল্লেখ করে এনসিপি থেকে পদত্যাগ করেছেন দলটির একজন কেন্দ্রীয় নেতা"
                speaker = self._main_clause_subject(unit, _token_index(toks, cue.end - 1) or ci)
            if (speaker is None or speaker.name is None) and not bole and cue.kind == "noun" and cue.light in _CONVERBS:
                speaker = self._labeller(unit, cue, unit_cues) or speaker
            if (speaker is None or speaker.name is None) and bole:
                speaker = self._subject(unit, first, _previous_quote(toks, first) + 1, cue)
            if (speaker is None or speaker.name is None) and ci == k and not set_apart:
                # a quoted term right before a cue is its object: the name that opens the clause gives it
                # ("… মুখপাত্র রণধীর জয়সোয়াল … ‘২৯০০টি সহিংস ঘটনার’ অভিযোগ করেন")
                speaker = self._name_opening_clause(unit, first, _previous_quote(toks, first) + 1)
            if cue.kind == "passive":
                speaker = self._passive_speaker(unit, ci)
            if speaker is None:
                speaker = self._implicit_subject(toks[ci].start)
            # (the cue is taken only now: one left when a clause or an object stands between it and the
            # quotation reports that clause, "নির্বাচন বানচালকারীদের ‘উপযুক্ত শিক্ষা’ দেওয়ার জন্য … আহ্বান জানান")
            cue.consumed = True
            cue_text = cue.text if not bole else "বলে " + cue.text
            return speaker, cue_text, cue.framing, 0.9
        return None

    def _labeller(self, unit: _Unit, cue: _Cue, unit_cues: _CueList) -> _Speaker | None:
        """"এই সম্প্রসারণকে ‘ঐতিহাসিক’ আখ্যা দিয়ে তথ্যমন্ত্রী বলেছেন, …", "… ‘ঐতিহাসিক’ আখ্যা দিয়ে তিনি
        বলেন, …": a label given with a naming converb is given by the subject of the speech verb the
        converb leads to (not by another verb's: "… ‘ভারতপন্থি’ আখ্যা দিয়ে অমানবিক করে তুলছে"); so are
        words said in the manner a converb tells ("‘…’, আক্ষেপ করে বলেন X", "‘…’, ক্ষোভ প্রকাশ করে বলেন X")."""
        main = self._later_cue(unit_cues, cue)
        if main is None or main.kind != "verb" or not self._main_cue_follows(cue, main):
            return None
        toks = unit.tokens
        ce, mi = _token_index(toks, cue.end - 1), _token_index(toks, main.start)
        if ce is None or mi is None:
            return None
        if mi > ce + 1:
            speaker = self._subject(unit, mi, ce + 1, main)
        else:  # "… আখ্যা দিয়ে বলেন তথ্যমন্ত্রী": the subject after the verb
            speaker = self._np_after(unit, _token_index(toks, main.end - 1) or mi, strict=True) or _NO_SPEAKER
        return speaker if speaker.name is not None else None

    def _attribution_in_next_unit(self, unit: _Unit, *, alone: bool) -> tuple[_Speaker, str | None, str, float] | None:
        """‘…।’ —আরিফ হোসেন খান, … / ‘…।’ বলেন তিনি।: the attribution after a quotation that ended
        its sentence. A quotation that is its sentence (`alone`) also takes a cue that opens the next one
        after বলে, a back-pointing object or a setting: see `_opening_attribution`."""
        if unit.index + 1 >= len(self.units):
            return None
        nxt = self.units[unit.index + 1]
        if nxt.start - unit.end > 3:
            return None
        toks = nxt.tokens
        k = 1 if toks and (toks[0].text in _DASHES or alone and toks[0].text == ",") else 0
        if k < len(toks) and toks[k].text in _SPEECH_VERBS:
            # "‘…।’ বলেন তিনি।", "‘…।’—বললেন সাব্বির আহমেদ।"
            speaker = self._np_after(nxt, k, strict=True)
            if speaker is not None and speaker.name is not None or speaker is not None and speaker.mention:
                return speaker, toks[k].text, "neutral", 0.85
        if k and toks[0].text != ",":
            dashed = self._dash_attribution(nxt, 1)
            if dashed is not None:
                return dashed
        return self._opening_attribution(nxt, k) if alone and k < len(toks) else None

    def _opening_attribution(self, unit: _Unit, k: int) -> tuple[_Speaker, str | None, str, float] | None:
        """"‘…।’ বলেও মন্তব্য করেন তিনি।", "‘…।’, যোগ করেন তিনি।", "‘…।’ এ কথা বলেন X।", "‘…।’ — ফেসবুকে
        লিখেছেন X।": a sentence that opens with its cue (after বলে, an object pointing back, an addressee
        or a setting at most) and closes with its subject after the cue says who spoke the quotation
        that was the sentence before; so does such a clause after a dash in the quotation's own sentence
        ("‘…’ — ফেসবুকে লিখেছেন X।"). The clause starts at token k. (Not a cue with a comma after its
        subject, "জবাবে বলেন X, …", nor a converb's, "উল্লেখ করে তিনি বলেন": they open new speech; nor
        one after a clause of its own, "‘…’—জানতে চাইলে ওই নেতা বলেন", "‘…’—কোচ যখন … বলেন তখন …".)"""
        toks = unit.tokens
        cue = next((c for c in self._cues_after(toks[k].start - 1) if c.start < unit.end), None)
        if cue is None or cue.consumed:
            return None
        ci, ce = _token_index(toks, cue.start), _token_index(toks, cue.end - 1)
        if ci is None or ce is None or ci - k > MAX_OPENING_LEAD_WORDS:
            return None
        lead = toks[k:ci]
        if any(not t.is_word for t in lead) or cue.kind == "noun" and cue.light in _CONVERBS:
            return None
        bole = bool(lead) and lead[0].text in _BOLE
        rest = lead[1:] if bole else lead
        anaphoric = _is_anaphoric(toks, ci, cue)
        if cue.kind not in {"verb", "noun"} and not anaphoric:
            return None
        speaker: _Speaker | None = None
        if _setting_lead(rest):
            speaker = self._np_after(unit, ce, strict=True)
        elif anaphoric and not bole and ce + 1 < len(toks) and toks[ce + 1].text in _TERMINATORS:
            # "‘…।’ প্রতিমন্ত্রী নসরুল হামিদ এ কথা বলেন।": the object points back, so a subject before the
            # verb says who spoke too (after a setting at most)
            j = ci
            while j > k and (toks[j - 1].text in _ANA_DET or toks[j - 1].text in _ANA_OBJ or toks[j - 1].text in _ANA_ALONE):
                j -= 1
            span = _np_before(toks, j, k, self.linker.is_name)
            if span is not None and _setting_lead(toks[k:span[0]]):
                speaker = self._np_speaker(toks, span[0], span[1], unit)
        if speaker is None or speaker.name is None and not speaker.mention:
            return None
        cue.consumed = True
        return speaker, "বলে " + cue.text if bole else cue.text, cue.framing, 0.85

    def _dash_attribution(self, unit: _Unit, k: int) -> tuple[_Speaker, str | None, str, float] | None:
        """‘…’ —আরিফ হোসেন খান, বাংলাদেশ ব্যাংকের নির্বাহী পরিচালক ও মুখপাত্র; ‘…’ - মির্জা গালিবের উক্তি
        (a name's saying, after the dash)."""
        toks = unit.tokens
        said = self._saying_of(toks, k)
        if said is not None:
            return said, "—", "neutral", 0.8
        j = k
        while j < len(toks) and toks[j].is_word and j - k < 6:
            j += 1
        if j < len(toks) and toks[j].text not in {",", "।", ";"} | _TERMINATORS:
            run_end = self._titled_name_run_end(toks, k)
            if run_end is None:
                return None
            j = run_end
        if j == k:
            return None
        if any(_is_verb_like(t.text) or _is_locative(t.text) or t.text in _BREAK for t in toks[k:j]):
            return None
        speaker = self._np_speaker(toks, k, j, unit)
        if speaker is None or speaker.name is None:
            return None
        if j < len(toks) and toks[j].text == ",":
            end = j + 1
            while end < len(toks) and toks[end].is_word and end - j < 10:
                end += 1
            role = _split_role([t.text for t in toks[j + 1:end]])
            if role[1]:
                speaker.role = role[1]
                speaker.affiliation = speaker.affiliation or role[2]
        return speaker, "—", "neutral", 0.8

    def _saying_of(self, toks: list[_Tok], k: int) -> _Speaker | None:
        """"‘…’ - মির্জা গালিবের উক্তি নিশ্চয়ই মনে আছে": a named person's genitive and a noun of what
        was said open the words after the dash; the person said the quotation."""
        noun = next((i for i in range(k + 1, min(len(toks), k + MAX_TITLE_BEFORE_NAME + 1))
                     if toks[i].is_word and toks[i].text in _SAYINGS), None)
        if noun is None or not _is_genitive(toks[noun - 1].text) or not self.linker.is_name(toks[k].start):
            return None
        speaker = self._genitive_speaker(toks, noun, k)
        return speaker if speaker.name is not None and speaker.source_type == "person" else None

    def _titled_name_run_end(self, toks: list[_Tok], k: int) -> int | None:
        """A pull quote's credit with no punctuation after it (the layout's line break lost): "‘…’
        —অর্থনীতিবিদ ও জাহাঙ্গীরনগর বিশ্ববিদ্যালয়ের সাবেক উপাচার্য ড. আব্দুল বায়েস অর্থনীতিবিদ ও …". Titles and
        their owners, then a person's name: the credit ends with the name (the index after it)."""
        for j in range(k, min(len(toks), k + MAX_TITLE_BEFORE_NAME + MAX_JOINED_TITLE_WORDS)):
            tok = toks[j]
            mention = self.linker.person_ending_at(tok.end)
            first = _token_index(toks, mention[0]) if mention is not None else None
            if first is not None and first >= k and any(_role_of(t.text) for t in toks[k:first]):
                return j + 1
            if not tok.is_word and tok.text != "." or _is_verb_like(tok.text) or _is_locative(tok.text) \
                    or tok.text in _BREAK:
                return None
        return None

    def _continuation(self, unit: _Unit, qi: int, mark: _Marked) -> tuple[_Speaker, str | None, str, float] | None:
        """A quotation right after another one ("“A,” X বলেন। “B”", ‘A’ ‘B’) has its speaker."""
        if not self.found:
            return None
        last = self.found[-1]
        if last.kind != "direct" or last.end > mark.open:
            return None
        gap = self.masked[last.end + 1:mark.open]
        # only punctuation and the previous quote's own attribution may stand between
        gap_words = _words(gap)
        if len(gap_words) > 12 or any(w in _SINGULAR | _PLURAL for w in gap_words[:1]) and len(gap_words) > 3:
            return None
        words = len(self.text[mark.start:mark.end].split())
        if words < MIN_UNCUED_WORDS and self.text[mark.start:mark.end].rstrip()[-1:] not in _TERMINATORS:
            after = unit.tokens[qi + 1] if qi + 1 < len(unit.tokens) else None
            if after is not None and after.is_word:
                return None  # "…ঘুরত।’ ‘জেবু’ পোষা সাইবেরিয়ান প্রজাতির, …": a quoted name inside a sentence
        if gap_words:
            if last.cue is None:
                return None
            tail = self.masked[last.end:mark.open]
            if _CUE_RE.search(tail) is None or unit.index - self._unit_index(last.end) > 1:
                return None
        return last.speaker, last.cue, last.framing, 0.8

    def _inside_reported(self, mark: _Marked) -> tuple[_Speaker, str | None, str, float] | None:
        """A quotation inside reported speech (ইইউ "… সংহতি প্রকাশ করে।") is the reported speaker's."""
        words = len(self.text[mark.start:mark.end].split())
        for found in reversed(self.found[-3:]):
            if found.kind == "indirect" and found.start <= mark.open and mark.close <= found.end + 1:
                if words < 2 and not _closing_predicate(self.text, mark):
                    return None  # a single quoted word (আর কোনো ‘সিনিয়র’ কোটা) is the reporter's term
                if words < MIN_UNCUED_WORDS and _holds_a_view(found.cue):
                    return None  # a view summed up (X-এর মতে, … ‘নৈতিক বিকল্প শক্তি’): the reporter's term
                if words < MIN_UNCUED_WORDS and _FIRST_PERSON.search(self.text[found.start:found.end]):
                    return None  # speech given word for word: its quoted words (‘হ্যাঁ’ বলি) are mentions
                if found.speaker.name:
                    return found.speaker, found.cue, found.framing, 0.7
        return None

    def _closing_reported_clause(self, unit: _Unit, qi: int, mark: _Marked,
                                 unit_cues: _CueList) -> tuple[_Speaker, str | None, str, float] | None:
        """A quotation that ends a reported clause of a few words, too short to be reported speech of its
        own: "মহাসচিব বলেন, এই সরকার ‘অবৈধ’।", "অ্যামনেস্টি উদ্বেগ প্রকাশ করেছে যে তার ‘ন্যায্য বিচারের
        অধিকারকে সম্মান করা হয়নি।’" The quoted words are what the cue's subject said."""
        toks = unit.tokens
        if any(t.text not in _TERMINATORS for t in toks[qi + 1:]):
            return None  # words go on after it: a term in the clause, not its closing words
        j = qi - 1
        while j >= 0 and toks[j].is_word and toks[j].text != "যে" and qi - 1 - j < MAX_COMPLEMENT_WORDS:
            j -= 1
        if j < 1 or toks[j].text not in {",", "যে"} or j == qi - 1:
            return None
        sep = j
        if toks[sep].text == "," and toks[sep - 1].text == "যে":
            sep -= 1  # "বলেন যে, তার ‘…’"
        cue = unit_cues.ending_at(toks[sep - 1].end)
        if cue is None or cue.kind not in {"verb", "noun"} or cue.light in _CONVERBS:
            return None
        if len(self.text[mark.start:mark.end].split()) < 2 and not _closing_predicate(self.text, mark):
            return None
        ci = _token_index(toks, cue.start)
        if ci is None:
            return None
        cue.consumed = True
        return self._subject(unit, ci, _previous_quote(toks, ci) + 1, cue), cue.text, cue.framing, 0.7

    def _after_reported(self, mark: _Marked) -> tuple[_Speaker, str | None, str, float] | None:
        """A quotation that closes a reported clause's sentence after its comma is the reported
        speaker's: "X বলেন যে তিনি … জানতে পেরেছেন, "ওরা তিনজন …"" (`_before_closing_quotation`)."""
        found = self.found[-1] if self.found else None
        if found is not None and found.kind == "indirect" and found.speaker.name and found.end <= mark.open \
                and self.text[found.end:mark.open].strip() in {",", ":"}:
            return found.speaker, found.cue, found.framing, 0.7
        return None

    def _fallback(self, offset: int) -> tuple[_Speaker, str | None, str, float] | None:
        """A long uncued quotation goes to the last speaker when that one spoke just before, or to
        the person the sentence before introduced ("… দেখছেন অধ্যাপক সাহাব এনাম খান। “…”")."""
        last = next(((f.end, f.speaker) for f in reversed(self.found) if f.end <= offset and f.speaker.name), None)
        intro = next(((at, sp) for at, sp in reversed(self.introduced) if at <= offset), None)
        if intro is not None and (last is None or intro[0] > last[0]):
            last = intro
        if last is not None and self._unit_index(offset) - self._unit_index(last[0]) <= 2:
            return replace(last[1], mention=None, start=None, end=None, resolved=True), None, "neutral", 0.45
        return _NO_SPEAKER, None, "neutral", 0.4

    def _sentence_before(self, offset: int) -> _Unit | None:
        """The sentence (unit) right before the one at `offset`, or None at the article's start."""
        index = self._unit_index(offset)
        return self.units[index - 1] if index > 0 else None

    def _unit_index(self, offset: int) -> int:
        u = self._unit_at(min(max(offset, 0), len(self.text) - 1))
        return u.index if u else 0

    # -- reported speech -----------------------------------------------------------------------

    def _reported(self, unit: _Unit, cue: _Cue, unit_cues: _CueList) -> None:
        toks = unit.tokens
        ci = _token_index(toks, cue.start)
        ce = _token_index(toks, cue.end - 1)
        if ci is None or ce is None or self._claimed(cue.start):
            return
        if cue.kind == "verb" and any(t.text in _ADDRESSED_YOU for t in toks[max(_clause_floor(toks, ci), ci - 3):ci]):
            return  # "আপনি কি কিছু বললেন?": a question put to someone inside the story, not a report
        if _conditional(toks, ci, ce):
            return  # "যদি কেউ … আনুগত্য ঘোষণা করেন, তাহলে …": a condition, nobody's words
        if cue.noun in _INFERENCE_NOUNS and self._inanimate_subject(unit, ci):
            return  # "এই ঘটনা প্রশ্ন তুলেছে যে …", "এটিও ইঙ্গিত দেয় যে …": the reporter's inference
        if cue.kind == "acc":
            self._according_to(unit, cue, ci, ce)
            return
        if cue.kind == "cite":
            self._citing(unit, cue, ci, ce, unit_cues)
            return
        if cue.kind == "view":
            # "… তীব্র প্রতিক্রিয়ার কারণ হিসেবে দেখছেন বিশ্লেষকদের অনেকে": হিসেবে marks the view like বলে, when
            # the one who sees it so is named after the verb ("পুলিশ ঘটনাটিকে হত্যাকাণ্ড হিসেবে দেখছে" is
            # how a case is treated, not a view voiced)
            if ci > 0 and self._np_after(unit, ce) is not None:
                self._bole(unit, cue, ci - 1, ci, ce)
            return
        # quotative "বলে" before the cue: "... বলে মন্তব্য করেন X"
        bi = _bole_before(toks, ci)
        if bi is None:
            bi = _bole_before_subject(toks, ci)
        if bi is not None:
            found_before = len(self.found)
            self._bole(unit, cue, bi, ci, ce)
            if _resumes_content(toks, bi, ci) and len(self.found) > found_before:
                # "“…” দেশের অর্থনীতি … পার করছে, এ কথা বলেন X": as with "এ কথা বলেন X" alone, the
                # uncued quotation just before is X's too
                self._give_uncued_quotation(unit, self.found[-1].speaker, cue.text)
            return
        dash = _dash_before_words_pointed_at(toks, ci, cue)
        if dash is not None:
            self._dash_content(unit, cue, ci, ce, dash)
            return
        if _is_anaphoric(toks, ci, cue):
            self._anaphoric(unit, cue, ci, ce)
            return
        if cue.kind == "matter" and self._matter(unit, cue, ci, ce, unit_cues):
            return
        if cue.kind in {"act", "matter"}:
            # "বক্তব্য দেন X", "একই সুরে কথা বলেছেন রিকশাচালক মনির হোসেন": a speaker, no content
            speaker = self._np_after(unit, ce, strict=True) or self._subject(unit, ci, _clause_floor(toks, ci), None)
            if speaker.mention and _is_genitive(speaker.mention.split()[-1]) and not speaker.resolved \
                    and not self._talked_with(speaker):
                return  # "… তাদের সাথে চুক্তিভঙ্গের কথা উল্লেখ করেছেন": the genitive is what is talked about
            self._remember(speaker, toks[ci].start)
            if speaker.name is not None:
                unit.claimed = True  # an attribution sentence: "এ কথা বলেন" after it does not reach over it
            return
        if cue.kind == "noun" and cue.light in _CONVERBS and (
                self._later_cue(unit_cues, cue) or cue.noun in _REPORTING_CONVERB and ci > 0
                and _is_predicate(toks[ci - 1].text) and ce + 1 < len(toks) and toks[ce + 1].text not in {"যে", ","}):
            # (with no speech verb after it, only a converb closing a clause: "… আছে উল্লেখ করে", not
            # the finite "… পুলিশের কাছে অভিযোগ করে যে, …")
            self._converb(unit, cue, ci, ce, unit_cues)
            return
        if cue.kind == "noun" and cue.light in _REQUEST_CONVERBS:
            return  # "… পালনের আহ্বান জানিয়ে মিছিল করেন": no speech verb reports it
        if cue.kind == "noun" and cue.noun in _NOMINAL and ci > 0 and (
                _is_genitive(toks[ci - 1].text) or cue.noun in _REQUESTS and _addressee(toks, ci, objective=True) is not None):
            if self._nominal(unit, cue, ci, ce):
                return
        if cue.kind == "noun" and cue.light not in _CONVERBS:
            resumed = _resumed_clause_end(toks, ci)
            post = self._np_after(unit, ce) if resumed is not None else None
            if resumed is not None and post is not None and post.name is not None:
                # "… কতটা নৈতিক সেই প্রশ্নও তুলছেন অনেকে", "… চাপে না ফেলে সে বিষয়ে সতর্ক করছেন বিশেষজ্ঞরা"
                self._content_before(unit, cue, resumed, post, "resumptive", 0.6)
                return
        self._verb_clause(unit, cue, ci, ce, unit_cues)

    def _inanimate_subject(self, unit: _Unit, ci: int) -> bool:
        """Is the subject right before the cue at `ci` a thing or an event (এটি, এই ঘটনা, তথ্যটি),
        not someone who can say anything?"""
        toks = unit.tokens
        k = ci - 1
        while k >= 0 and (toks[k].text in _CUE_NOUNS or toks[k].text in _AGAIN):
            k -= 1
        word = toks[k].text if k >= 0 else ""
        plain = word[:-1] if word.endswith(("ও", "ই")) and len(word) > 3 else word
        return word in _THINGS or plain in _THINGS or plain in _EVENT_NOUNS

    def _verb_clause(self, unit: _Unit, cue: _Cue, ci: int, ce: int, unit_cues: _CueList) -> None:
        """X বলেন, CONTENT / X বলেছেন CONTENT / CONTENT, X জানিয়েছে / CONTENT বলেছে X."""
        toks = unit.tokens
        k, after_comma = _content_start(toks, ce + 1)
        if k < len(toks) and toks[k].is_quote and after_comma and not _has_words(toks, k + 1, len(toks), 3):
            return  # a direct quotation follows: handled (and attributed) as direct
        if k < len(toks) and after_comma and self._sentences_quoted_at(toks[k].start):
            return  # "বলেছেন, "তিনজন …। একজন …।" (its closing mark missing): the quotation is the direct quote
        floor = _clause_floor(toks, ci)
        comma = _comma_before(toks, ci, floor)
        if cue.kind == "passive":
            if ci > 0 and _is_objective(toks[ci - 1].text) or ci > 0 and toks[ci - 1].text in {"একে", "এটিকে", "যাকে"}:
                return  # "একে বলা হয় প্রিকশাস পিউবার্টি": naming, not a report
            if cue.text.startswith("বলা") and _named_before(toks, ci, floor):
                return  # "এ অবস্থাকে লি-ফ্রমেনি সিনড্রোম বলা হয়, …": naming too
            speaker = self._passive_speaker(unit, ci)
            if ci > 1 and toks[ci - 1].text in _PASSIVE_REQUESTS and not _has_words(toks, k, len(toks), 1):
                self._passive_request(unit, cue, ci, speaker)
                return
            if ci > 2 and toks[ci - 1].text in _MATTERS and _is_verbal_noun_genitive(toks[ci - 2].text) \
                    and not _has_words(toks, k, len(toks), 3):
                self._passive_matter(unit, cue, ci, speaker)
                return
            if k < len(toks) and toks[k].is_word and _has_words(toks, k, len(toks), 3):
                # a person's document goes on like their speech ("শোকবার্তায় বলা হয়, … । … ।"); a bare
                # "বলা হয়েছে" or an organisation's notice (বিজ্ঞপ্তিতে জানানো হয়) stays one sentence
                # (when no issuer is found the letter itself speaks: "চিঠিতে বলা হয়, … । … ।")
                self._content_after(unit, cue, k, speaker, 0.6, "passive", continue_ok=after_comma and (
                    speaker.source_type == "person" and self._in_document(toks, ci)
                    or speaker.source_type in {"organisation", "unknown"} and speaker.name is not None
                    and self._in_document(toks, ci, _LETTERS_GOING_ON)))
            return
        if k < len(toks) and toks[k].text in _CORRELATIVE_PRONOUNS and any(
                t.text == "যে" for t in toks[max(0, ci - MAX_NP_WORDS):ci]):
            # "… যে 'ঐক্যের' কথা তিনি বলেন | সেগুলো দৃশ্যমান করতে হবে", "যে সিস্টেম … সন্ত্রাসী আখ্যায়িত
            # করেছিল, | সে সিস্টেম …": the verb closes a relative clause that the pronoun takes up
            return
        if after_comma and k < len(toks) and _embedded_question(toks, floor, ci, k):
            return  # "প্রেসিডেন্ট কোন হত্যাকাণ্ডের বিষয়ে বলছিলেন, তা স্পষ্ট করেননি"
        if after_comma and k < len(toks):
            if comma is not None and _is_statement(toks, floor, comma) and self._starts_cue_clause(unit, k, unit_cues):
                # "…পৌঁছেছেন, মঙ্গলবার জাপানি মিডিয়া জানিয়েছে, ক্রেমলিন বলেছে …"
                speaker = self._cue_subject(unit, cue, ci, (comma + 1) if comma is not None else floor)
                if comma is not None and speaker.name is not None:
                    self._content_before(unit, cue, comma, speaker, "comma-before", 0.7, clause_end=comma)
                else:
                    self._remember(speaker, toks[ci].start)
                return
            speaker = self._cue_subject(unit, cue, ci, (comma + 1) if comma is not None else floor)
            if comma is not None and speaker.name is not None and _is_statement(toks, floor, comma):
                # "কিম … ত্যাগ করেছেন, উত্তরের রাষ্ট্রীয় গণমাধ্যম মঙ্গলবার জানিয়েছে, শীর্ষ …": both sides
                self._content_before(unit, cue, comma, speaker, "comma-before", 0.65, clause_end=comma)
            elif comma is not None and speaker.name is None:
                speaker = self._cue_subject(unit, cue, ci, floor)
            # what was learnt from an office or by talking to people is one sentence: the reporter goes on
            learnt = cue.kind == "source" and toks[ci].text in _LEARNT_FROM_HEADS
            self._content_after(unit, cue, k, speaker, 0.8, "after-comma", continue_ok=not learnt)
            return
        # (a cue noun with its light verb too: "…, মন্তব্য করেন অশোক সোয়াইন।", "…, যোগ করেন তিনি।")
        comma_at = _addressed_comma(toks, ci, floor) if cue.kind == "verb" or cue.kind == "noun" \
            and cue.noun not in _NOMINAL else None
        if comma_at is not None:
            post = self._np_after(unit, ce)
            if post is not None and (post.name is not None or comma_at < ci - 1 and post.mention in _SINGULAR | _PLURAL):
                # "খালিল … ধারণ করতে চায়নি, বলছেন তার মা আলজিন।", "… থাকা উচিত, বিবিসিকে বলেন তিনি।"
                self._content_before(unit, cue, comma_at, post, "comma-inverted", 0.7, clause_end=comma_at)
                return
        if (cue.kind == "verb" or cue.noun in _NOMINAL) and ci > floor and toks[ci - 1].text in _INFINITIVES:
            post = self._np_after(unit, ce)
            if post is not None and (post.name is not None or post.mention in _SINGULAR | _PLURAL):
                # "… বিজিবিকে কঠোর সতর্কতা অবলম্বন করতে বলেছেন স্বরাষ্ট্র উপদেষ্টা …": a request
                self._content_before(unit, cue, ci, post, "directive", 0.6)
                return
        if (cue.kind == "verb" or _clause_before_cue_noun(cue)) and ci > floor and _is_predicate(toks[ci - 1].text):
            post = self._np_after(unit, ce)
            if post is not None and post.name is not None:
                # "… সে দাবি ঠিক নয় বলেছে পিয়ংইয়ং এবং মস্কো, …", "… শান্ত থাকবে উল্লেখ করেন পুলিশ সুপার …"
                self._content_before(unit, cue, ci, post, "inverted", 0.7)
                return
        if _names_a_thing(toks, floor, ci, cue):
            post = self._np_after(unit, ce, strict=True)
            if post is not None and post.name is not None:
                # "এটাকে চলতি মৌসুমের প্রথম শৈত্যপ্রবাহ বলছেন আবহাওয়াবিদরা": what they call it is their words
                self._content_before(unit, cue, ci, post, "naming", 0.6)
                return
        speaker = self._cue_subject(unit, cue, ci, (comma + 1) if comma is not None else floor)
        at_end = k >= len(toks) or toks[k].text in _TERMINATORS
        if at_end or toks[k].text == ",":
            if comma is not None and speaker.name is not None and _is_statement(toks, floor, comma):
                # "…, মঙ্গলবার জাপানি মিডিয়া জানিয়েছে।": the content is the clause before the comma
                self._content_before(unit, cue, comma, speaker, "comma-before", 0.7, clause_end=comma)
            else:
                self._remember(self._subject_for_memory(unit, speaker, floor), toks[ci].start)
            return
        if not at_end and not self._subject_before(speaker, toks[ci].start):
            post = self._np_after(unit, ce, strict=True)
            if post is not None and post.name is not None:
                # "… বিবিসি বাংলাকে নিশ্চিত করেছেন মাহফুজ আলম নিজেই।": the subject follows, no content
                self._remember(post, toks[ci].start)
                return
        if cue.kind == "source" and speaker.name is not None:
            self._content_after(unit, cue, k, speaker, 0.7, "source", continue_ok=False)
            return
        if toks[k].text in _CONJUNCTIONS:
            # "অ্যাপো বি রক্তে এলডিএল-এর সঠিক সংখ্যা জানায় | এবং হৃদরোগের ঝুঁকি …": a second predicate
            self._remember(speaker, toks[ci].start)
            return
        opens = toks[k].is_word or self._opens_with_term(unit, k)
        if speaker.name is not None and opens and (_said_thing_only(toks, k) or _topic_said_after(toks, k)):
            # "মহিউদ্দিন আহমদ মনে করেন ভিন্ন কথা", "তিনিও বলছেন একই কথা": what is said, named, not said
            self._remember(speaker, toks[ci].start)
            return
        if speaker.name is not None and opens and (cue.kind == "verb" or cue.noun in {"মনে", "বিশ্বাস"}):
            # translated wire style: "পেসকভ বলেছেন কিমের সাথে তার বৈঠক ফোরামের পরে হবে"
            confidence = 0.6 if cue.kind == "verb" else 0.5
            self._content_after(unit, cue, k, speaker, confidence, "no-comma", continue_ok=False, stop_at_cue=True)
            return
        if speaker.name is not None and toks[k].is_word and _clause_after_noun_cue(toks, cue, ci, k) \
                and self._subject_like(speaker) and not (self.linker.is_name(toks[k].start)
                                                         and not _is_genitive(toks[k].text)):
            # "তমা মির্জা মন্তব্য করেছেন কোটি কোটি মানুষের মনে চিরকাল বেঁচে থাকবেন …" (but "গভীর উদ্বেগ
            # প্রকাশ করেছে দিল্লি এবং …": the subject follows)
            self._content_after(unit, cue, k, speaker, 0.5, "noun-no-comma", continue_ok=False, stop_at_cue=True)
            return
        self._remember(speaker, toks[ci].start)

    def _opens_with_term(self, unit: _Unit, k: int) -> bool:
        """Does the clause at token k open with a short quoted term that goes on in words ("ডা. সমীর গুপ্তা
        জানিয়েছেন | 'অ্যাপো বি লেভেল টেস্ট' বা অ্যাপোলাইপোপ্রোটিন বি টেস্টের মাধ্যমে …")?"""
        toks = unit.tokens
        if not toks[k].is_quote:
            return False
        mark = self._mark_at(toks[k].start)
        if mark is None or not mark.closed or len(self.text[mark.start:mark.end].split()) > MAX_GLOSSED_TERM_WORDS:
            return False
        after = next((i for i in range(k + 1, len(toks)) if toks[i].start > mark.close), None)
        return after is not None and _has_words(toks, after, len(toks), 3)

    def _subject_like(self, speaker: _Speaker) -> bool:
        """A speaker we can stand behind without a comma or যে to mark the content: a name, a pronoun
        resolved to one, a group (অনেকে), a title or an organisation; not a stray word (গভীর)."""
        return speaker.named or speaker.resolved or speaker.plural or speaker.role is not None or \
            speaker.source_type in {"organisation", "group"}

    def _subject_before(self, speaker: _Speaker, cue_start: int) -> bool:
        """The cue's subject stands before it, so a phrase after the verb is what was said, not a
        subject after it: "কর্তব্যরত চিকিৎসক জানিয়েছেন রিয়াদের অবস্থা আশঙ্কাজনক", "চিকিৎসকরা জানান
        তিনি নিউমোনিয়ায় আক্রান্ত" (but "… নিশ্চিত করেছেন মাহফুজ আলম নিজেই": no subject before it)."""
        if speaker.name is None or speaker.start is None or speaker.end is None or speaker.start >= cue_start:
            return False
        if speaker.resolved:
            return speaker.mention in _SINGULAR | _PLURAL  # তারা বলছেন …, not a title resolved from afar
        # a title, a group or an organisation, or a name the article's entities know; a phrase that is
        # only called a person (গবেষণামূলক বই, এমন তথ্যও) may be the object before the verb
        return speaker.role is not None or speaker.plural or speaker.source_type in {"organisation", "group"} \
            or self.linker.ends_name(speaker.start, speaker.end)

    def _cue_subject(self, unit: _Unit, cue: _Cue, ci: int, floor: int) -> _Speaker:
        """The subject of a verb cue; for "সংশ্লিষ্ট সূত্র জানায়" the phrase with its সূত্র."""
        if cue.kind == "source":
            toks = unit.tokens
            start = ci
            limit = 4
            if toks[ci].text in _LEARNT_FROM_HEADS and start - 1 > floor and toks[start - 1].text in _TALKED_WITH_POSTPOSITIONS:
                start, limit = start - 1, 5  # "X-এর সঙ্গে কথা বলে": the people talked with
            if start - 3 > floor and toks[start - 1].text == ")" and toks[start - 3].text == "(":
                start, limit = start - 3, 7  # "নির্বাচন কমিশন (ইসি) সূত্রে": the acronym in brackets
            while start > floor and toks[start - 1].is_word and toks[start - 1].text not in _BREAK \
                    and not _is_verb_like(toks[start - 1].text) and not toks[start - 1].text.endswith("লেও") \
                    and ci - start < limit:  # (not "… ঘোষণা করা না হলেও | দলীয় সূত্রে জানা যায়")
                start -= 1
            named_from = toks[ci - 1].name_start if ci - 1 >= start else -1
            if 0 <= named_from < toks[start].start:
                # "ঢাকা চেম্বার অব কমার্স অ্যান্ড ইন্ডাস্ট্রি সূত্রে": the whole name the tagger found, however long
                start = next((j for j in range(start - 1, max(floor, start - MAX_NP_WORDS) - 1, -1)
                              if toks[j].start == named_from), start)
            words = [t for t in _without_parentheses(toks[start:ci]) if t.text not in _NON_SUBJECT]
            head = toks[ci].text
            if head in _LEARNT_FROM_HEADS:
                return self._learnt_from(toks, ci, floor)
            if words:
                mention = self.text[words[0].start:toks[ci].end]
                name = _squash(self.text[words[0].start:words[-1].end]) + " " + ("সূত্র" if head.startswith("সূত্র") else head)
                return _Speaker(name, mention, words[0].start, toks[ci].end, "anonymous")
            return _Speaker("সূত্র", toks[ci].text, toks[ci].start, toks[ci].end, "anonymous")
        return self._subject(unit, ci, floor, cue)

    def _learnt_from(self, toks: list[_Tok], ci: int, floor: int) -> _Speaker:
        """The office, document or people something was learnt from ("জেলা রিটার্নিং কর্মকর্তার কার্যালয়
        থেকে জানা গেছে", "নিহত ব্যক্তিদের স্বজনদের সঙ্গে কথা বলে জানা গেছে" -> নিহত ব্যক্তিদের স্বজনরা):
        the noun phrase before the postposition (`_cues` drops the phrase when no word names a source)."""
        k = ci - 1
        while k > floor and toks[k].text in _TALKED_WITH_POSTPOSITIONS:
            k -= 1
        if k < floor or not toks[k].is_word:
            return _Speaker(None, None, None, None)
        start = _np_start(toks, k, floor, genitive_head=True)
        while start - 1 >= floor and start - 1 > k - MAX_NP_WORDS and toks[start - 1].is_word \
                and _is_genitive(toks[start - 1].text) and toks[start - 1].text not in _GEN_PRONOUNS:
            start = _np_start(toks, start - 1, floor, genitive_head=True)  # whose: "নিহত ব্যক্তিদের স্বজনদের"
        if toks[start].text in _ISSUED_PARTICIPLES | {"পাওয়া"} and start - 1 > floor \
                and toks[start - 1].text == "থেকে":
            return self._learnt_from(toks, start - 1, floor)  # "বিজিবির কাছ থেকে পাওয়া তালিকা": its giver
        last = toks[k].text
        head = self._nominative(last) if _is_genitive(last) and last not in _GEN_PRONOUNS else last
        name = _squash(" ".join([t.text for t in toks[start:k]] + [head]))
        return _Speaker(name, self.text[toks[start].start:toks[k].end], toks[start].start, toks[k].end,
                        "group" if head.endswith("রা") else "anonymous", plural=head.endswith("রা"))

    def _starts_cue_clause(self, unit: _Unit, k: int, unit_cues: _CueList) -> bool:
        """Does the content after the comma open with a new "X বলেছে" clause?"""
        toks = unit.tokens
        for other in unit_cues.after(toks[k].start + 1):
            if other.kind != "verb":
                continue
            ni = _token_index(toks, other.start)
            if ni is None or ni - k > 7:
                return False
            span = _np_before(toks, ni, k)
            return span is not None and all(t.text in _NON_SUBJECT for t in toks[k:span[0]])
        return False

    def _introduction(self, unit: _Unit) -> None:
        """A sentence ending in a titled name introduces who a following তিনি is: "… কৃতজ্ঞতা জ্ঞাপন
        করেন সিনিয়র ব্র্যান্ড ম্যানেজার এস. এম মেহেদী। তিনি বলেন, …"."""
        tail = _words(self.masked[max(unit.start, unit.end - 160):unit.end])[-12:]
        if len(tail) < 3 or _is_verb_like(tail[-1]) or not any(_role_of(w) for w in tail[:-1]):
            return  # cheap test first: most sentences end in a verb, not in a titled name
        if self._lists_those_present(unit.start):
            return  # "উপস্থিত ছিলেন … সিভিল সার্জন মাহবুবুর রহমান প্রমুখ": a list of those present
        toks = unit.tokens
        last = _last_word_index(toks)
        for v in range(last - 1, max(-1, last - 26), -1):
            if _is_verb_like(toks[v].text) and _role_of(toks[v].text) is None:
                speaker = self._np_after(unit, v, strict=True)
                if speaker is not None and speaker.named and speaker.role and speaker.source_type == "person":
                    self._remember(speaker, toks[v].start)
                    self.introduced.append((toks[v].start, speaker))
                return

    def _lists_those_present(self, offset: int) -> bool:
        """Is the sentence at `offset` a list of those present ("সভায় উপস্থিত ছিলেন X, Y প্রমুখ")? The
        people in it are neither introduced nor whom a later তিনি means."""
        unit = self._unit_at(offset)
        if unit is None:
            return False
        sentence = self.text[unit.start:unit.end]
        if not any(marker in sentence for marker in _ATTENDANCE_MARKERS):
            return False
        et_al = "প্রমুখ" in sentence
        if _ABSENT.search(sentence) and not et_al:
            return False  # who was absent is no list of those present ("… কোনো সদস্য মানববন্ধনে উপস্থিত ছিলেন না")
        # (one person present is no list: "সভায় জামায়াতের আমির শফিকুর রহমান উপস্থিত ছিলেন। তিনি বলেন, …")
        people = {entity.name for _, _, entity in self.linker.within(unit.start, unit.end) if entity.type == "PERSON"}
        return len(people) != 1 or et_al

    def _listed_person(self, offset: int) -> bool:
        """Is the person whose mention starts at `offset` one a later তিনি cannot mean: one of those
        present (`_lists_those_present`) or one of a list of three people or more ("গ্রেফতারকৃতরা হলো …
        বাবা হুমায়ুন কবির, মা হাসি বেগম, … ও মো. আব্দুল হান্নান। তিনি বলেন, …": the one who spoke
        before the list)?"""
        return self._lists_those_present(offset) or self._in_list_of_people(offset)

    def _in_list_of_people(self, offset: int) -> bool:
        """Is the person's mention at `offset` one of three or more in a row, each joined to the next by a
        comma, ও or এবং (and a title at most: ", মা হাসি বেগম")?"""
        unit = self._unit_at(offset)
        if unit is None:
            return False
        people = sorted({(s, e) for s, e, entity in self.linker.within(unit.start, unit.end)
                         if entity.type == "PERSON"})
        at = next((n for n, (s, _) in enumerate(people) if s == offset), None)
        if at is None:
            return False
        first = at
        while first > 0 and self._list_joined(people[first - 1][1], people[first][0]):
            first -= 1
        last = at
        while last + 1 < len(people) and self._list_joined(people[last][1], people[last + 1][0]):
            last += 1
        return last - first + 1 >= MIN_LISTED_PEOPLE

    def _list_joined(self, end: int, start: int) -> bool:
        """Does the text between two persons' mentions join them as items of a list (", ", " ও ", ", মা ")?"""
        if start < end:
            return False
        gap = self.text[end:start]
        words = _words(gap)
        return len(words) <= MAX_LIST_GAP_WORDS and ("," in gap or any(w in _LIST_JOINS for w in words)) \
            and not _TERMINATOR_RE.search(gap) and not any(_is_verb_like(w) for w in words)

    def _genitive_name(self, speaker: _Speaker) -> bool:
        """A speaker "name" ending in a genitive (সন্তানের, ব্যবহৃত ওষুধের) is a phrase that lost its head:
        no one speaks in the genitive. Names of the article's entities (জাবের) and titled names stay."""
        words = (speaker.name or "").split()
        if not words or not words[-1].endswith(("ের", "এর", "’র", "'র")) or speaker.role or speaker.resolved \
                or words[-1] in _NAMES_LIKE_OBJECTIVES:
            return False
        if self.linker.by_name(speaker.name) is not None:
            return False
        # a one-word "name", a plural (বিশেষজ্ঞদের), a verbal noun (পালনের, পৌঁছানোর) or another genitive,
        # number or participle in it (ব্যবহৃত ওষুধের, মাহফুজউল্লাহ ২০১৯ সালের); "আব্দুল্লাহ আল জাবের" is a name
        if len(words) == 1:
            return not self._clause_initial(speaker.start)  # "জাবের ঘোষণা দেন, …" opens its sentence
        return words[-1].endswith("দের") or _is_verbal_noun_genitive(words[-1]) or any(
            _is_genitive(w) or _AGE.match(w) or w in _PARTICIPLES or w.endswith(("ত্ত", "কৃত", "হৃত")) for w in words[:-1])

    def _clause_initial(self, offset: int | None) -> bool:
        """Does a word at `offset` open its sentence or clause (after time words only)?"""
        unit = self._unit_at(offset) if offset is not None else None
        if unit is None or offset is None:
            return False
        before = self.masked[unit.start:offset]
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
        return all(w in _NON_SUBJECT or w in _CONNECTORS for w in _words(before[cut + 1:]))

    def _remember(self, speaker: _Speaker, offset: int) -> None:
        """A subject of a speech verb without content still is a candidate for later pronouns."""
        if self._genitive_name(speaker) or self._object_like(speaker):
            return
        if speaker.name is not None and (speaker.named or speaker.plural) and not speaker.resolved:
            insort(self.history, (offset, speaker), key=lambda h: h[0])

    def _subject_for_memory(self, unit: _Unit, speaker: _Speaker, floor: int) -> _Speaker:
        """The subject to remember for a cue without content: when the phrase found is its object
        ("জামায়াতের আমির সরকার ও নির্বাচন কমিশনের প্রতি নিরপেক্ষ ভূমিকা পালনের আহ্বান জানান"), the
        titled or named phrase before it in the clause, if any."""
        if not self._object_like(speaker) or speaker.start is None or speaker.end is None:
            return speaker
        toks = unit.tokens
        first = _token_index(toks, speaker.start)
        last = _token_index(toks, speaker.end - 1)
        if first is None or last is None:
            return speaker
        for j in range(first - 1, max(floor, first - 12) - 1, -1):
            w = toks[j].text
            if toks[j].is_quote or w in _TERMINATORS or w == ",":
                break
            if w in _NON_SUBJECT:
                continue  # "আহসান মনসুর বরং … মনে করেন": an adverb after the name ends no subject
            person = self.linker.person_at(toks[_np_start(toks, j, floor)].start, toks[j].end)
            titled = _role_of(w) is not None and _role_base(w) == w  # আমির, not মন্ত্রীর
            if toks[j].is_word and (titled or person) and not _is_objective(w):
                subject = self._np_speaker(toks, _np_start(toks, j, floor), j + 1, unit)
                if subject is not None and subject.name is not None and subject.source_type == "person":
                    return replace(subject, resolved=False)  # a title resolved here is a mention of them here
        return speaker

    def _talked_with(self, speaker: _Speaker) -> bool:
        """Is the speaker the one talked with after the act ("কথা হয় মঈন উদ্দিনের সঙ্গে")?"""
        if speaker.end is None:
            return False
        after = _WORDS_RE.match(self.text, speaker.end + 1)
        return after is not None and after.group() in _COMITATIVE

    def _object_like(self, speaker: _Speaker) -> bool:
        """A phrase before the verb that is its object, not its subject: "কর্তব্যরত চিকিৎসক মৃত ঘোষণা
        করেন", "তার মৃত্যুতে গভীর শোক ও দুঃখ প্রকাশ করেছেন …", "… নাসির উদ্দিন সংসদ নির্বাচন ও গণভোটের
        তফসিল ঘোষণা করেন". When the article's entities are known, a phrase called a person that is none
        of them, has no title and does not open its clause is not remembered for a later তিনি."""
        if not self.linker.mentions or speaker.start is None or speaker.end is None:
            return False
        if speaker.role is not None or speaker.plural or speaker.resolved or speaker.source_type != "person":
            return False
        if self.linker.ends_name(speaker.start, speaker.end) or self.linker.by_name(speaker.name) is not None:
            return False
        return not self._clause_initial(speaker.start)

    def _content_after(self, unit: _Unit, cue: _Cue, k: int, speaker: _Speaker, confidence: float,
                       pattern: str, *, continue_ok: bool, stop_at_cue: bool = False) -> None:
        toks = unit.tokens
        end = len(toks)
        if stop_at_cue:
            end = self._next_clause_cue(unit, k, end)
        else:
            end = self._embedded_attribution(unit, k, end)
        end = _before_closing_quotation(toks, k, end)
        end = self._before_own_closing_cue(unit, k, end)
        while end > k and (not toks[end - 1].is_word and not toks[end - 1].is_quote or toks[end - 1].text in _CONNECTORS
                           and not _glued_particle(toks, end - 1) or toks[end - 1].text in {"একইসাথে", "একইসঙ্গে", "পাশাপাশি"}):
            end -= 1
        if end <= k or not _has_words(toks, k, end, 2):
            self._remember(speaker, toks[min(k, len(toks) - 1)].start)
            return
        if toks[end - 1].text in _SPEECH_VERBS and any(t.is_quote for t in toks[end:end + 2]):
            return  # "এই খবরে বলা হয়েছে, … ইউনূস বলেছিলেন, '…'": the words after it introduce a quotation
        start_off, end_off = toks[k].start, toks[end - 1].end
        titled = speaker.source_type == "anonymous" and speaker.role is not None and not speaker.plural
        written = cue.text in _WRITING_VERBS or any(t.text.startswith(_DOCUMENTS) for t in toks[max(0, k - 12):k])
        if continue_ok and end == _last_word_index(toks) + 1 and (
                speaker.source_type in {"person", "group"} or _called_he_or_she(speaker) or titled or speaker.source_type == "organisation" and written
                or pattern == "passive" and written):
            # people go on talking; an organisation's statement (এক বিজ্ঞপ্তিতে জানায়, …) goes on too
            # a view (X-এর মতে, তার ভাষ্য) is summed up in a sentence or two, speech runs on
            most = MAX_VIEW_CONTINUATION if pattern == "according-to" else None
            end_off = self._continue_reported(unit, end_off, speaker, content_start=start_off, most=most)
        # a content that is (almost) only a quotation belongs to the quotation
        if _mostly_quote(self.masked, start_off, end_off):
            return
        if toks[end - 1].text in _CONDITIONAL_VERBS:
            return  # "… মন্ত্রীকে প্রশ্ন করা হলে | তিনি জানান, …": when-clause of the next attribution
        self._add(start_off, end_off, "indirect", speaker, cue.text, cue.framing, confidence, pattern)
        unit.claimed = True

    def _content_before(self, unit: _Unit, cue: _Cue, ci: int, speaker: _Speaker, pattern: str,
                        confidence: float, *, clause_end: int | None = None) -> None:
        toks = unit.tokens
        end = ci if clause_end is None else clause_end
        start = _content_floor(toks, end, self._claimed_end(unit), self.text, unit.index == 0)
        while end > start and not toks[end - 1].is_word and not toks[end - 1].is_quote:
            end -= 1
        if end <= start or not _has_words(toks, start, end, 2):
            return
        if any(toks[k].text in _RELATIVE and toks[k - 1].text == "," for k in range(start + 1, end)):
            return  # "তার দুই সহকর্মী, যারা খুব কাছেই ছিলেন, তারা বলেছেন": the subject and its relative clause
        s, e = toks[start].start, toks[end - 1].end
        if self._claimed(s) or _mostly_quote(self.masked, s, e):
            return
        self._add(s, e, "indirect", speaker, cue.text, cue.framing, confidence, pattern)
        unit.claimed = True

    def _bole(self, unit: _Unit, cue: _Cue, bi: int, ci: int, ce: int) -> None:
        """CONTENT বলে (মনে করেন|মন্তব্য করেন|জানিয়েছেন|জানানো হয়) X."""
        toks = unit.tokens
        cue.consumed = True
        speaker = self._np_after(unit, _explicator_end(toks, ce)) if cue.kind != "passive" else None
        if speaker is None and cue.light in _CONVERBS and ci == bi + 1:
            # "… ষড়যন্ত্র হচ্ছে বলে অভিযোগ করে শেখ হাসিনা বলেন": the main clause's subject tells it
            speaker = self._main_clause_subject(unit, ce)
        between = toks[bi + 1:ci]
        if speaker is None and between and cue.kind == "source":
            speaker = self._source_speaker(toks, bi + 1, ci, unit)
        if speaker is None and any(t.is_word and t.text not in _AGAIN for t in between) and cue.kind != "passive" and \
                not any(t.text in _BREAK or _is_locative(t.text) and t.text not in _NON_SUBJECT for t in between):
            speaker = self._np_speaker(toks, bi + 1, ci, unit)
        if speaker is None and cue.kind != "passive":
            # "… বলে সাক্ষাতকারে সৌম্য আরো বলেন": the subject after the setting
            last_loc = max((i for i in range(bi + 1, ci) if _is_locative(toks[i].text)), default=None)
            if last_loc is not None and last_loc + 1 < ci:
                span = _np_before(toks, ci, last_loc + 1, self.linker.is_name)
                if span is not None and span[0] > last_loc:
                    speaker = self._np_speaker(toks, span[0], span[1], unit)
        if speaker is None and cue.kind != "passive" and ci - bi > 4:
            # "… বলে গ্যাভলেবর্গ পুলিশের কর্মকর্তা মাতস লান এএফপিকে জানান": the subject before an addressee
            # "… বলে দলটির একাধিক নেতাকর্মী বিষয়টি নিশ্চিত করেছেন": the matter confirmed is no subject
            end = ci - 1 if toks[ci - 1].text in _CONFIRMED_MATTERS else ci
            span = _np_before(toks, end, bi + 1, self.linker.is_name)
            if span is not None:
                speaker = self._np_speaker(toks, span[0], span[1], unit)
        cue_text = toks[bi].text + " " + cue.text
        start = _content_floor(toks, bi, self._claimed_end(unit), self.text, unit.index == 0, relative=True)
        labelled = None
        if (speaker is None or speaker.name is None) and cue.kind != "passive":
            labelled = self._labelled_object(unit, start, bi, cue)
            if labelled is not None:
                speaker, start = labelled
        if speaker is None or speaker.name is None:
            if cue.kind == "passive":
                speaker = self._passive_speaker(unit, ci)
            else:
                # "তিনি এই সিদ্ধান্ত ভুল বলে মনে করেন": the subject opens the content
                lead = toks[start].text if start < bi else ""
                inner = next((t for t in toks[start + 1:bi] if t.text in _SINGULAR | _PLURAL), None)
                if lead in _RELATIVE and start > 0 and toks[start - 1].text == ",":
                    # "… প্রমাণ করে, যারা … ষড়যন্ত্র বলে মনে করেন": who the relative clause is about
                    speaker = self._relative(toks, start, unit)
                    start += 1
                elif lead in _SINGULAR | _PLURAL or lead in _RELATIVE:
                    speaker = self._pronoun(lead, toks[start].start, toks[start].end)
                    start += 1
                elif inner is not None:
                    # "সেটিকে তারা উদ্বেগজনক বলে মনে করছেন"
                    speaker = self._pronoun(inner.text, inner.start, inner.end)
                elif (shared := self._shared_subject(unit, start, bi)) is not None:
                    speaker, start = shared
                elif (opening := self._subject_opening(unit, start, bi)) is not None:
                    speaker, start = opening
                elif (own := self._own_plan(unit, start, bi)) is not None:
                    speaker, start = own
                elif (teller := self._person_before_plain_clause(unit, start, bi, cue)) is not None:
                    speaker, start = teller
                elif (group := self._group_opening(unit, start, bi, cue)) is not None:
                    speaker, start = group
                elif toks[bi].text == "বলেও" and not any(self.linker.is_name(t.start) for t in toks[start:bi]):
                    # "… যোগ দেবে বলেও উল্লেখ করেন।": no subject, and "also": the one speaking just before
                    # (with a name in the content, "X … বলেও জানান" may be X's own words)
                    speaker = self._implicit_subject(toks[start].start)
                else:
                    speaker = _NO_SPEAKER
        end = bi
        start = self._after_opening_quotation(toks, start, end, speaker, cue_text, cue.framing)
        if end <= start or not _has_words(toks, start, end, 1 if labelled else 2):
            return  # (a label may be one word: "… ফলাফলকে অবিশ্বাস্য বলে আখ্যা দিয়েছেন")
        s, e = toks[start].start, toks[end - 1].end
        if _mostly_quote(self.masked, s, e):
            return
        self._add(s, e, "indirect", speaker, cue_text, cue.framing, 0.8 if speaker.name else 0.6, "bole")
        unit.claimed = True

    def _after_opening_quotation(self, toks: list[_Tok], start: int, end: int, speaker: _Speaker, cue: str,
                                 framing: str) -> int:
        """"“তিনি দলকে নেতৃত্ব দিবেন … মুখোমুখি হবেন” সেসবের চ্যালেঞ্জ থাকবে বলে মনে করছেন বিশ্লেষক X": a
        quotation opening the content is the speaker's own words (given to them when it has no speaker
        yet); the reported content is what follows its closing mark."""
        if start >= end or not toks[start].is_quote or speaker.name is None:
            return start
        mark = self._mark_at(toks[start].start)
        if mark is None or not mark.closed or mark.close >= toks[end - 1].start \
                or not self.text[mark.close + 1:mark.close + 2].isspace() \
                or len(self.text[mark.start:mark.end].split()) < MIN_UNCUED_WORDS:
            return start  # (a quoted term opening the clause is part of it: "‘বট রিপোর্টিং’-এর মাধ্যমে …")
        after = next((k for k in range(start + 1, end) if toks[k].start > mark.close), end)
        if not _has_words(toks, after, end, 2):
            return start
        for found in self.found:
            if found.kind == "direct" and found.start == mark.start and found.speaker.name is None:
                found.speaker = replace(speaker, resolved=True)
                found.cue, found.framing = cue, framing
        return after

    def _labelled_object(self, unit: _Unit, start: int, bi: int, cue: _Cue) -> tuple[_Speaker, int] | None:
        """"নির্বাচন বিশ্লেষকদের অনেকেই এই ফলাফলকে অবিশ্বাস্য বলে আখ্যা দিয়েছেন": a label given to an
        object (-কে) is the words after it; the subject before the object (or right after it: "তার
        বক্তব্যকে অনেকেই … বলে আখ্যা দেন") gives it."""
        if cue.text.split()[0].removesuffix("ও") not in _NAMING_NOUNS_CUE - {"উল্লেখ"} and cue.text not in _DISMISSING:
            return None  # (what a thing is dismissed as is a label too: "… অভিযোগকে মিথ্যা বলে নাকচ করেন")
        toks = unit.tokens
        obj = next((k for k in range(bi - 2, start, -1) if toks[k].is_word and _is_objective(toks[k].text)
                    and not self.linker.is_name(toks[k].start) and not self.linker.ends_name(toks[k].start, toks[k].end)),
                   None)
        if obj is None:
            return None
        after = toks[obj + 1]
        if after.text in _SINGULAR | _PLURAL:
            speaker = self._pronoun(after.text, after.start, after.end)
            return (speaker, obj + 2) if speaker is not None and speaker.name and obj + 2 < bi else None
        if after.text in _PARTITIVES and obj + 2 < bi:
            return _Speaker(after.text, after.text, after.start, after.end, "group", plural=True), obj + 2
        object_start = _np_start(toks, obj, start)
        if object_start <= start:
            return None
        span = _np_before(toks, object_start, start, self.linker.is_name)
        subject = self._np_speaker(toks, span[0], span[1], unit) if span is not None else None
        return (subject, obj + 1) if subject is not None and subject.name else None

    def _shared_subject(self, unit: _Unit, start: int, bi: int) -> tuple[_Speaker, int] | None:
        """"নরেন্দ্র মোদি … শোক প্রকাশ করেছেন এবং তাকে … নেত্রী বলে উল্লেখ করেছেন": a first clause
        closed by a finite verb and এবং; its subject, a name or a role in the nominative that opens
        it, also speaks the second, whose content starts after এবং."""
        toks = unit.tokens
        joint = next((k for k in range(start + 2, bi - 1) if toks[k].text == "এবং"
                      and _FINITE_BEFORE_AND.search(toks[k - 1].text)), None)
        if joint is None:
            return None
        window = range(start, min(joint - 1, start + MAX_NP_WORDS))
        if any(not toks[k].is_word for k in window):
            return None
        end = next((k + 1 for k in window if toks[k].ends_name), None)  # the name, else the role
        if end is None:
            end = next((k + 1 for k in window if _role_of(toks[k].text) is not None
                        and _role_base(toks[k].text) == toks[k].text), None)
        if end is None:
            return None
        speaker = self._np_speaker(toks, start, end, unit)
        return (speaker, joint + 1) if speaker is not None and speaker.name is not None else None

    def _subject_opening(self, unit: _Unit, start: int, bi: int) -> tuple[_Speaker, int] | None:
        """"মুখপাত্র এস এম মাহবুবুল আলম এক বিবৃতিতে অভিযোগটিকে … ভিত্তিহীন বলে প্রত্যাখ্যান করেন",
        "তাঁর সমর্থকেরা বরাবর এসব মামলাকে … উদ্দেশ্যপ্রণোদিত বলে দাবি করেছেন": subject, object, predicate.
        The clause opens with its subject, a name or a plural, then perhaps an adverb or a setting
        (এক বিবৃতিতে), then a definite object in -কে; the subject speaks and what is said starts at
        the object. Returns the speaker and the content's first token, or None."""
        toks = unit.tokens
        obj = next((k for k in range(start + 1, bi) if self._definite_object(toks, k, start)), None)
        if obj is None:
            return None
        obj_start = _np_start(toks, obj, start + 1)
        end = obj_start
        while end > start and (toks[end - 1].text in _SUBJECT_ADVERBS or _is_locative(toks[end - 1].text)
                               and not _is_genitive(toks[end - 1].text)):
            end -= 1  # the setting: "এক বিবৃতিতে", "তার শোকবার্তায়", "অবশ্য"
            while end > start and toks[end - 1].text in _DETERMINERS:
                end -= 1
        if end <= start:
            return None
        subject = _np_start(toks, end - 1, start)
        if subject > start and not _sets_the_scene(toks[subject - 1].text):
            return None  # the subject must open the clause, after a time or a place at most ("গত রোববার")
        named = any(self.linker.is_name(t.start) for t in toks[subject:end])
        plural = _plural_subject(toks[end - 1].text) or toks[end - 1].text in _GROUP_SUBJECTS
        # (a name the tagger found may end like a genitive: "… নিয়ন্ত্রক রনি তালুকদার অবশ্য এটিকে …")
        if not (named and (not _is_genitive(toks[end - 1].text) or toks[end - 1].ends_name) or plural):
            return None
        speaker = self._np_speaker(toks, subject, end, unit)
        if speaker is None or speaker.name is None:
            return None
        return speaker, obj_start

    def _group_opening(self, unit: _Unit, start: int, bi: int, cue: _Cue) -> tuple[_Speaker, int] | None:
        """"অনেকে … তুলনা টানানকে অযৌক্তিক বলে মনে করছেন", "বিশ্লেষকরা এই সিদ্ধান্ত সঠিক নয় বলে মনে
        করছেন": a group (অনেকে, সবাই, a plural of people) opening the content, with the cue's verb in
        the honorific that people take, is who says it; the content follows it. (With a verb in the
        plain form, "শিক্ষার্থীরা ক্লাসে ফিরবে বলে জানিয়েছে", the group is the content's own subject
        and an organisation said it.)"""
        toks = unit.tokens
        lead = toks[start].text
        if not (lead in _GROUPS_ALONE or _plural_subject(lead)) or not cue.text.endswith("ন") \
                or not _has_words(toks, start + 1, bi, 2):
            return None
        speaker = self._np_speaker(toks, start, start + 1, unit)
        if speaker is None or speaker.name is None:
            return None
        return speaker, start + 1

    def _own_plan(self, unit: _Unit, start: int, bi: int) -> tuple[_Speaker, int] | None:
        """"তবে তাজনূভা নির্বাচন করবেন না বলে জানিয়েছেন": no speaker after the cue, a person's name opens
        the content, no other person is named in it, and its verb is the third person's future (-বেন,
        -বেন না): the person tells their own plan. Returns the speaker and the content's first token
        after the name, or None."""
        toks = unit.tokens
        verb = bi - 2 if toks[bi - 1].text == "না" else bi - 1
        if verb <= start + 1 or not toks[verb].text.endswith("বেন") or not toks[start].starts_name:
            return None
        mention = self.linker.person_mention_at(toks[start].start)
        end = next((k + 1 for k in range(start, verb) if toks[k].end == mention), None) if mention else None
        if end is None or any(self.linker.person_mention_at(t.start) for t in toks[end:verb]):
            return None  # "X নড়াইল-২ ও Y ঢাকা-১৩ আসন থেকে … অংশ নিবেন": a joint plan, two speakers
        speaker = self._np_speaker(toks, start, end, unit)
        if speaker is None or not speaker.named or speaker.source_type != "person":
            return None
        return speaker, end

    def _person_before_plain_clause(self, unit: _Unit, start: int, bi: int, cue: _Cue) -> tuple[_Speaker, int] | None:
        """"রহিম উদ্দিন সড়কের কাজ শিগগির শুরু হবে বলে জানান": no speaker after the cue, a person's name
        (a title and a genitive before it at most) opens the content, and the content's verb is not the
        honorific a person takes (হবে, হয়েছে, নেই, not করবেন): the name cannot be its subject, so it is
        the cue's (in the honorific: জানান). Returns the speaker and the content's first token after
        the name, or None."""
        toks = unit.tokens
        verb = bi - 2 if toks[bi - 1].text in _NEGATIONS else bi - 1
        if not cue.text.endswith("ন") or verb <= start or not _is_verb_like(toks[verb].text) \
                or toks[verb].text.endswith("ন"):
            return None
        first = next((k for k in range(start, min(bi, start + MAX_TITLE_BEFORE_NAME + 1))
                      if toks[k].starts_name and self.linker.person_mention_at(toks[k].start)), None)
        if first is None or not all(t.is_word and (_role_of(t.text) or _is_genitive(t.text) or _is_address(t.text)
                                                   or _is_locative(t.text) or t.text in _NON_SUBJECT)
                                    for t in toks[start:first]):  # (a setting before: "জবাবে", "সভায়")
            return None
        mention = self.linker.person_mention_at(toks[first].start)
        end = next((k + 1 for k in range(first, verb) if toks[k].end == mention), None)
        if end is None or not _has_words(toks, end, verb + 1, MIN_PLAIN_CLAUSE_WORDS) \
                or any(self.linker.person_mention_at(t.start) for t in toks[end:verb]):
            return None
        speaker = self._np_speaker(toks, start, end, unit)
        if speaker is None or not speaker.named or speaker.source_type != "person":
            return None
        return speaker, end

    def _definite_object(self, toks: list[_Tok], k: int, floor: int) -> bool:
        """A definite object in -কে: অভিযোগটিকে, এটিকে, এসব মামলাকে, খালেদা জিয়াকে (a name) — not a
        locative that happens to end in কে (প্রতীকে)."""
        word = toks[k].text
        if not word.endswith(("কে", "কেই", "কেও")) or not _is_objective(word):
            return False
        if word.removesuffix("ও").removesuffix("ই").endswith(("টিকে", "টাকে", "গুলোকে", "গুলিকে")):
            return True
        np_start = _np_start(toks, k, floor)
        return toks[np_start].text in _DETERMINERS | _ANA_DET or self.linker.is_name(toks[np_start].start)

    def _according_to(self, unit: _Unit, cue: _Cue, ci: int, ce: int) -> None:
        """X-এর মতে, CONTENT / তার ভাষায়, CONTENT / রাজীব হায়দারের আশঙ্কা, CONTENT."""
        toks = unit.tokens
        copula = self._past_copula(toks, cue, ce)
        if ci == 0:
            if copula > ce:
                # "অভিযোগ আছে, …": an allegation nobody is named for (as annotated: no speaker)
                self._content_after(unit, cue, copula + 2, _NO_SPEAKER, 0.5, "according-to", continue_ok=False)
            else:
                self._issued_rules_cited(unit, cue, 0, ce)
            return
        ce = copula
        prev = toks[ci - 1].text
        if prev in _BOLE:
            self._according_after(unit, cue, ci, ce)
            return
        if prev == "তথ্য" and ci >= 2:
            prev = toks[ci - 2].text
        gi = ci  # the source's genitive ends right before this token
        if cue.text in _DATA_ACCORDING_TO:
            while gi > 1 and (toks[gi - 1].text in _DATA_MODIFIERS
                              or gi > 2 and f"{toks[gi - 2].text} {toks[gi - 1].text}" in _DATA_MODIFIERS):
                # "বাংলাদেশ ব্যাংকের সর্বশেষ পরিসংখ্যান অনুযায়ী, …", "বিশ্বব্যাংকের তৈরি করা তথ্য-উপাত্ত অনুযায়ী, …"
                gi -= 1 if toks[gi - 1].text in _DATA_MODIFIERS else 2
            prev = toks[gi - 1].text
        if prev == ")":
            gi = _before_bracket(toks, gi - 1)  # "আমেরিকান হার্ট অ্যাসোসিয়েশনের (এএইচএ) প্রতিবেদন অনুযায়ী"
            prev = toks[gi - 1].text if gi > 0 else ""
        if not (_is_genitive(prev) or prev in _GEN_PRONOUNS):
            self._issued_rules_cited(unit, cue, gi, ce)
            return
        k = ce + 1
        comma = k < len(toks) and toks[k].text in {",", ":"}
        if not comma and k < len(toks) and toks[k].text in _TERMINATORS and self._view_closing_after_bole(unit, cue, gi):
            return
        if not comma and cue.text not in _ACCORDING_NO_COMMA:
            return
        if comma:
            k += 1
        example = self._named_example(toks, ci)
        if example is None and (gi >= 2 and not self._genitive_opens_clause(toks, gi) or prev in _NOT_SOURCES
                                or _strip_genitive(prev) in _RULE_NOUNS):
            return  # "কবিতা ও নাট্যের ভাষায়", "অন্যের মতে", "আইনের ভাষায়": not an attribution
        speaker = example or self._genitive_speaker(toks, gi, _clause_floor(toks, gi))
        if gi + 2 < ci and toks[gi].text == "(" and toks[gi + 2].text == ")":
            # the name in brackets, when the article knows it: "… খনিজসম্পদ কর্পোরেশনের (পেট্রোবাংলার)"
            known = self.linker.speaker(toks[gi + 1].start, toks[gi + 1].end)
            if known is not None and known.source_type != "person":
                speaker = known
        if speaker.name is None or cue.text.split()[0] in _ISSUED_RULES and speaker.source_type != "organisation":
            return
        if k >= len(toks) or not toks[k].is_word and not toks[k].is_quote:
            return  # "..., রাশিয়ান সংবাদ সংস্থার মতে।" trailing: the clause before is already taken
        if toks[k].is_quote:
            mark = self._mark_at(toks[k].start)
            if mark is not None and (k + 1 >= len(toks) or toks[k + 1].text in _TERMINATORS
                                     or len(self.text[mark.start:mark.end].split()) >= MIN_UNCUED_WORDS):
                # "তার কথায়, “…”": the quotation is what was said (a quoted term opening a clause,
                # "X-এর অভিযোগ, ‘কোনো কোনো গোষ্ঠী’ যে …", is part of the reported content)
                self.direct_speaker[mark.open] = (speaker, cue.text, cue.framing, 0.9)
                return
        # (data is the sentence that gives it: "… তথ্যমতে, দেশে … ঘনফুট। বিপরীতে সরবরাহ …" goes on in the
        # reporter's words)
        self._content_after(unit, cue, k, speaker, 0.75, "according-to",
                            continue_ok=cue.text not in _DATA_ACCORDING_TO | _COUNTED, stop_at_cue=True)

    def _view_closing_after_bole(self, unit: _Unit, cue: _Cue, gi: int) -> bool:
        """CONTENT বলে X-এর ধারণা।: the holder's genitive and the attribution noun close the sentence
        after the quotative বলে ("… ক্ষতিগ্রস্ত করেছে বলে অনেকের ধারণা।", "… ‘আটক’ রয়েছেন বলে দলের
        নেতা-কর্মীদের অভিযোগ।"); the genitive ends right before token `gi`."""
        toks = unit.tokens
        j = gi - 1
        start = j if toks[j].text in _GEN_PRONOUNS else _np_start(toks, j, 0, genitive_head=True)
        if start < 2 or toks[start - 1].text not in _BOLE:
            return False
        speaker = self._genitive_speaker(toks, gi, start)
        if speaker.name is None:
            return False
        cue.consumed = True
        self._content_before(unit, cue, start - 1, speaker, "according-after", 0.7)
        return True

    def _issued_rules_cited(self, unit: _Unit, cue: _Cue, gi: int, ce: int) -> None:
        """"প্রজ্ঞাপন অনুযায়ী, …", "সংশোধিত আচরণবিধি অনুযায়ী, …" opening a sentence, with no genitive: the
        rules of the organisation that issued them, the one last reported on, even with a person
        speaking since (opened annotations: 4 of 4; not "চুক্তি/নীতিমালা অনুযায়ী", whose wording nobody
        is said to give, nor "তফসিল অনুযায়ী, …", which goes on the last speaker's account or the
        reporter's)."""
        toks = unit.tokens
        if cue.text.split()[0] not in _ISSUED_RULES - {"তফসিল"} or any(t.text not in _DATA_MODIFIERS for t in toks[:gi]) \
                or ce + 2 >= len(toks) or toks[ce + 1].text != ",":
            return
        offset = toks[0].start
        issuer = next((replace(speaker, mention=None, start=None, end=None, resolved=True)
                       for at, speaker in self._recent() if at < offset and speaker.source_type == "organisation"),
                      None) or self._issuer(offset)
        if issuer.name is not None and issuer.source_type == "organisation":
            self._content_after(unit, cue, ce + 2, issuer, 0.6, "according-to", continue_ok=False, stop_at_cue=True)

    @staticmethod
    def _past_copula(toks: list[_Tok], cue: _Cue, ce: int) -> int:
        """"তাদের অভিযোগ ছিল, …", "অভিযোগ আছে, …": an allegation's copula before the comma belongs to
        the attribution (the last token of which this returns)."""
        if cue.text in _ALLEGATION and ce + 2 < len(toks) and toks[ce + 1].text in _COPULAS and toks[ce + 2].text == ",":
            return ce + 1
        return ce

    def _named_example(self, toks: list[_Tok], ci: int) -> _Speaker | None:
        """"হুমায়ুন কবিরের মতো বাংলাদেশের সাবেক কূটনীতিকদের মতে, …": the one named as an example of the
        group whose view it is, when the clause opens with them."""
        floor = _clause_floor(toks, ci)
        for m in range(floor + 1, ci - 1):
            if toks[m].text != "মতো" or not self.linker.ends_name(toks[m - 1].start, toks[m - 1].end) \
                    or not _is_genitive(toks[m - 1].text):
                continue
            start = _np_start(toks, m - 1, floor, genitive_head=True)
            if any(t.is_word for t in toks[floor:start]):
                return None
            speaker = self._np_speaker(toks, start, m, None, case="genitive")
            return speaker if speaker is not None and speaker.name else None
        return None

    def _according_after(self, unit: _Unit, cue: _Cue, ci: int, ce: int) -> None:
        """CONTENT বলে দাবি X-এর: the attribution noun and its genitive speaker close the sentence
        ("… আড়ালে পড়ে গেছেন বলে দাবি সৌম্যের।", "… বলে ধারণা তাদের")."""
        toks = unit.tokens
        j = ce + 1
        while j < len(toks) and toks[j].is_word and j - ce <= 6:
            j += 1
        if j == ce + 1 or j < len(toks) and toks[j].text not in _TERMINATORS or not _is_genitive(toks[j - 1].text):
            return
        if j - ce == 2 and toks[ce + 1].text in _GEN_PRONOUNS:
            speaker = self._pronoun(toks[ce + 1].text, toks[ce + 1].start, toks[ce + 1].end)
        else:
            speaker = self._np_speaker(toks, ce + 1, j, unit, case="genitive") or _NO_SPEAKER
        if speaker.name is None:
            return
        cue.consumed = True
        self._content_before(unit, cue, ci - 1, speaker, "according-after", 0.7)

    def _genitive_opens_clause(self, toks: list[_Tok], ci: int) -> bool:
        """"রাজীব হায়দারের আশঙ্কা," needs the genitive phrase at the clause start."""
        j = ci - 1 if toks[ci - 1].text in _GEN_PRONOUNS else _np_start(toks, ci - 1, 0, genitive_head=True)
        while (step := _opener_before(toks, j)) > 0:
            j -= step
        # (a dash between words opens one too: "… বই লিখেছেন মহিউদ্দিন আহমদ - তাঁর মতে, …")
        return j == 0 or toks[j - 1].text in {",", "।", ":", ";", "-", "–", "—"} or toks[j - 1].is_quote \
            or toks[j - 1].text in _CONNECTORS

    def _citing(self, unit: _Unit, cue: _Cue, ci: int, ce: int, unit_cues: _CueList) -> None:
        """Y X-এর বরাত দিয়ে জানিয়েছে CONTENT: X is the speaker, Y only relays."""
        toks = unit.tokens
        statement_of = self._statement_quoted(toks, ci, unit) if cue.text.startswith("উদ্ধৃত") else None
        if statement_of is not None:
            speaker: _Speaker | None = statement_of  # "X-এর এক বিবৃতি উদ্ধৃত করে Y জানিয়েছে": X's words
        elif cue.text.startswith("উদ্ধৃত"):
            j = ci - 1
            if j < 0 or not _is_objective(toks[j].text):
                return
            start = _np_start(toks, j, 0)
            # "পত্রিকাটি | মেঘালয় পুলিশের এক শীর্ষ কর্মকর্তাকে উদ্ধৃত করে লিখেছে": the one who quotes,
            # a definite subject before the one quoted, is not part of them
            start = max([start] + [n + 1 for n in range(start, j) if toks[n].text.endswith(("টি", "টা"))])
            speaker = self._np_speaker(toks, start, j + 1, unit, case="objective")
        else:
            speaker = self._genitive_speaker(toks, ci, _clause_floor(toks, ci))
        if speaker is None or speaker.name is None:
            return
        verb = next((c for c in unit_cues.after(cue.end) if c.kind in {"verb", "noun", "passive"}), None)
        k = ce + 1
        if k + 1 < len(toks) and toks[k].text == "জানা" and toks[k + 1].text in _LEARNT:
            k += 2  # "পুলিশের বরাতে জানা গেছে, …"
        verb_at = _token_index(toks, verb.start) if verb is not None else None
        if verb is not None and verb_at is not None and _is_anaphoric(toks, verb_at, verb) \
                and not any(t.text in _TERMINATORS for t in toks[ce + 1:verb_at]):
            return  # "X-এর বরাত দিয়ে উপ-প্রেস সচিব … এ তথ্য জানান": the relay points back, it says nothing new
        if verb is not None:
            vi = _token_index(toks, verb.end - 1)
            # (the outlet that relays may stand between: "X-কে উদ্ধৃত করে ভারতের টাইমস অফ ইন্ডিয়াতে লেখা হয়েছে যে …")
            if vi is not None and vi - ce <= (7 if verb.kind == "passive" else 4):
                verb.consumed = True
                k = vi + 1
            elif vi is not None and verb.kind in {"verb", "passive"} and _one_clause(toks, ce + 1, vi) \
                    and _introduces_content(toks, vi + 1):
                # "… সূত্রের বরাত দিয়ে সাংবাদিক জয়ন্ত ঘোষালের '…' শীর্ষক প্রতিবেদনে বলা হয়েছে, …": the
                # outlet, described at length, speaks through its own cue; the clause is no content
                return
        while k < len(toks) and toks[k].text in {",", ":", "যে"}:
            k += 1
        if k < len(toks) and toks[k].is_quote:
            mark = self._mark_at(toks[k].start)
            if mark is not None:
                self.direct_speaker[mark.open] = (speaker, cue.text, "neutral", 0.85)
            return
        if _closes_on_pointer(toks, k):
            return  # "X-এর বরাত দিয়ে ভারতীয় সংবাদমাধ্যম এ খবর প্রকাশ করেছে": the relay, nothing said
        self._content_after(unit, cue, k, speaker, 0.75, "citing", continue_ok=False)

    def _statement_quoted(self, toks: list[_Tok], ci: int, unit: _Unit) -> _Speaker | None:
        """Whose statement the words before "উদ্ধৃত" at token `ci` name: "মহাপরিচালক রঞ্জিত বড়ুয়ার এক
        বিবৃতি উদ্ধৃত করে" -> রঞ্জিত বড়ুয়া; None unless a statement word (বিবৃতি, বক্তব্য …) with its
        owner in the genitive comes right before."""
        j = ci - 1
        if j < 1 or toks[j].text not in _QUOTED_STATEMENTS:
            return None
        j -= 1
        if toks[j].text in _ONE | {"একটা"} and j > 0:
            j -= 1
        if not _is_genitive(toks[j].text) or toks[j].text in _GEN_PRONOUNS:
            return None
        speaker = self._np_speaker(toks, _np_start(toks, j, 0, genitive_head=True), j + 1, unit, case="genitive")
        return speaker if speaker is not None and speaker.name else None

    def _converb(self, unit: _Unit, cue: _Cue, ci: int, ce: int, unit_cues: _CueList) -> None:
        """CONTENT উল্লেখ করে X বলেন: the content before the converb, X from the main clause. The
        content is a clause (… চলছে উল্লেখ করে), an object and what it is called (… করাকে জঘন্য কাজ
        উল্লেখ করে) or a request (প্রত্যেককে … অধ্যায়নের আহ্বান জানিয়ে উপদেষ্টা বলেন)."""
        toks = unit.tokens
        clause = ci > 0 and ((cue.noun in _REPORTING_CONVERB or cue.noun is None) and _is_predicate(toks[ci - 1].text)
                             or cue.noun in _NAMING_NOUNS_CUE and _names_object(toks, ci))
        request = None if clause or cue.noun not in _NOMINAL else _nominal_end(toks, cue.noun, ci)
        if not clause and request is None:
            return  # "ক্ষোভ প্রকাশ করে", "জোট নিয়ে … করে", "দেশবাসীর প্রতি আহ্বান জানিয়ে": no content
        nxt = self._later_cue(unit_cues, cue)
        speaker = _NO_SPEAKER
        if nxt is not None:
            ni = _token_index(toks, nxt.start)
            # "… উল্লেখ করে CONTENT বলে উদ্বেগ প্রকাশ করেন তিনি": what stands before a quotative বলে
            # is the next cue's content, so the speaker is found after that cue
            if ni is not None and ce + 1 < ni <= ce + 9 and toks[ni - 1].text not in _BOLE:
                # (a told clause: the main verb's subject, without its addressee: "… জানিয়ে টেলিযোগাযোগ
                # বিশেষজ্ঞ সুমন আহমেদ সাবির জাগো নিউজকে বলেন")
                speaker = (self._np_speaker(toks, ce + 1, ni, unit) if cue.noun is not None
                           else self._subject(unit, ni, ce + 1, nxt)) or _NO_SPEAKER
            if speaker.name is None and ni is not None:
                post = self._np_after(unit, _token_index(toks, nxt.end - 1) or ni)
                if post is not None:
                    speaker = post
        if speaker.name is None and clause and cue.noun in _REPORTING_CONVERB:
            speaker = self._main_clause_subject(unit, ce) or _NO_SPEAKER
        if speaker.name is None:
            return
        if request is None:
            self._content_before(unit, cue, ci, speaker, "converb", 0.7)
            return
        end, _, plain = request
        start = _content_floor(toks, end - 1, self._claimed_end(unit), self.text, unit.index == 0, nominal=True)
        if not _has_words(toks, start, end, 2) or plain and not _asks_someone(toks, start, end) \
                or self._claimed(toks[start].start) or self._spans_other_cue(unit, start, end):
            return
        cue.consumed = True
        self._add(toks[start].start, toks[end - 1].end, "indirect", speaker, cue.text, cue.framing, 0.6, "converb")
        unit.claimed = True

    def _main_clause_subject(self, unit: _Unit, ce: int) -> _Speaker | None:
        """"… সময় হাতে রয়েছে উল্লেখ করে জামায়াতের আমির … আহ্বান জানান", "… ভুল পথে আছে উল্লেখ করে
        এনসিপি থেকে পদত্যাগ করেছেন দলটির একজন কেন্দ্রীয় নেতা": with no speech verb after the
        converb, the one who mentions is the main clause's subject, a name or a title right after the
        converb or after the sentence's last verb."""
        toks = unit.tokens
        window = range(ce + 1, min(len(toks), ce + 1 + MAX_NP_WORDS))
        end = None
        for k in window:
            if not toks[k].is_word or _is_verb_like(toks[k].text) and _role_of(toks[k].text) is None:
                break
            if toks[k].ends_name or _role_of(toks[k].text) is not None and _role_base(toks[k].text) == toks[k].text:
                end = k + 1
                if toks[k].ends_name:
                    break
        if end is not None:
            speaker = self._np_speaker(toks, ce + 1, end, unit)
            if speaker is not None and speaker.name is not None and speaker.source_type in {"person", "anonymous"}:
                return speaker
        verb = max((k for k in range(ce + 1, len(toks)) if _is_verb_like(toks[k].text)
                    and _role_of(toks[k].text) is None), default=None)
        if verb is None:
            return None
        post = self._np_after(unit, verb, strict=True)
        return post if post is not None and post.source_type in {"person", "anonymous"} else None

    def _matter(self, unit: _Unit, cue: _Cue, ci: int, ce: int, unit_cues: _CueList) -> bool:
        """"… স্বতন্ত্র প্রার্থী হওয়ার কথা বলেছেন X", "… বিশেষ নজরের কথাও তুলে ধরেন জাইমা", "… ‘বিশেষ
        আদর’ পাওয়ার বিষয়টি উল্লেখ করে জাইমা লেখেন": the genitive clause before কথা/বিষয়টি is the
        content (as "… সরে দাঁড়ানোর ঘোষণা দেন"); without a genitive before it, "কথা বলেন" is talking."""
        toks = unit.tokens
        gen = toks[ci - 1].text if ci > 0 else ""
        if not _is_genitive(gen) or gen in _GEN_PRONOUNS or gen in _NOT_SOURCES or not toks[ci - 1].is_word:
            return False
        start = _content_floor(toks, ci, self._claimed_end(unit), self.text, unit.index == 0, nominal=True,
                               keep_quotes=True)
        if not _has_words(toks, start, ci, 2) or toks[start].text in _ANA_DET or _topic_only(toks[start:ci]):
            return False
        speaker: _Speaker | None = None
        if cue.text.endswith(("করে", "ধরে")):
            # a converb: the subject of the main clause ("… উল্লেখ করে প্রাণীপ্রেমী জাইমা লেখেন")
            nxt = self._later_cue(unit_cues, cue)
            ni = _token_index(toks, nxt.start) if nxt is not None else None
            if nxt is not None and ni is not None and ce + 1 < ni <= ce + 9:
                speaker = self._subject(unit, ni, ce + 1, nxt)
        else:
            speaker = self._np_after(unit, ce)
            if speaker is not None and speaker.mention and _is_locative(speaker.mention.split()[-1]):
                speaker = None  # "… কথাও তুলে ধরেছেন তার এই পোস্টে": a place, not the speaker
        if (speaker is None or speaker.name is None) and toks[start].text in _SINGULAR | _PLURAL:
            # "তিনি স্বতন্ত্র প্রার্থী হওয়ার কথা বলেছেন": the pronoun opens the clause
            speaker = self._pronoun(toks[start].text, toks[start].start, toks[start].end)
            start += 1
        elif speaker is None or speaker.name is None:
            subject = self._sentence_subject(unit)
            mention = (subject.mention or "").split() if subject is not None else []
            if subject is not None and subject.name and subject.start == toks[start].start and subject.end is not None \
                    and (subject.named or subject.mention in _GROUPS_ALONE) and len(mention) <= 3 \
                    and not any(_is_genitive(w) for w in mention):
                # "বিএনপি মি. রহমানের নেতৃত্বেই নির্বাচনে যাওয়ার কথা জানিয়েছে": the subject opens the clause
                speaker = subject
                while start < ci and toks[start].end <= subject.end:
                    start += 1
        if speaker is None or speaker.name is None:
            # "পর্তুগালের অধিনায়ক ক্রিস্টিয়ানো রোনালদো … গোল করার লক্ষ্যের কথা জানিয়েছেন": a titled name
            # in the nominative opens it, and what follows is a clause (a verbal noun in it), not a
            # thing or someone mentioned ("মি. ব্লাঞ্চ উল্টো নিউইয়র্কের একজন বিচারকের কথা উল্লেখ করেছেন")
            lead = self._leading_subject(unit, start, ci) or self._subject_before_floor(unit, start, ci)
            if lead is not None and lead[0].mention and self._nominative_mention(lead[0]) \
                    and any(_is_verbal_noun_genitive(t.text) for t in toks[lead[1]:ci]):
                speaker, start = lead
        if (speaker is None or speaker.name is None) and start > 0 and toks[start - 1].text in {"এবং", "ও"}:
            # "তাসনিম জারা দল ছাড়ার ঘোষণা দিয়েছেন এবং স্বতন্ত্র প্রার্থী হওয়ার কথা বলেছেন": the second of
            # two joined predicates shares the sentence's subject
            subject = self._sentence_subject(unit)
            if subject is not None and subject.name and subject.named and subject.end is not None \
                    and subject.end <= toks[start - 1].start:
                speaker = subject
        if speaker is None or speaker.name is None or not _has_words(toks, start, ci, 2) \
                or toks[start].text in _ANA_DET:
            return False  # (… তিনি এ সিদ্ধান্তের কথা জানান: what was said before)
        end = toks[ci - 1].end  # (without কথা/বিষয়টি: "… বাদ রাখার | কথা বলেছে ভারত", as annotated 18 times in 18)
        if self._claimed(toks[start].start):
            return False
        cue.consumed = True
        self._add(toks[start].start, end, "indirect", speaker, cue.text, cue.framing, 0.5, "matter")
        unit.claimed = True
        return True

    def _nominal(self, unit: _Unit, cue: _Cue, ci: int, ce: int) -> bool:
        """... সরে দাঁড়ানোর ঘোষণা দিয়েছেন X / ... মেনে চলার আহ্বান জানিয়েছে / মানবিক হওয়ার জন্য
        সকলের প্রতি তিনি অনুরোধ জানান (the addressee between the content and the noun left out)."""
        toks = unit.tokens
        content = _nominal_end(toks, cue.noun, ci, any_noun=True)
        if content is None:
            return False
        end, pronoun, plain = content
        start = _content_floor(toks, end - 1, self._claimed_end(unit), self.text, unit.index == 0, nominal=True)
        if start > 0 and toks[start - 1].is_quote and (self._quoted_title_at(toks[start - 1].start)
                                                      or self._quoted_term_in_clause(toks, start - 1)):
            # "‘… অধ্যাদেশ, ২০২৫’ দ্রুত চূড়ান্তকরণের দাবি": the title is part of what is demanded, and so
            # is a term quoted amid the clause ("বানচালকারীদের ‘উপযুক্ত শিক্ষা’ দেওয়ার জন্য … আহ্বান")
            start = _content_floor(toks, end - 1, self._claimed_end(unit), self.text, unit.index == 0, nominal=True,
                                   keep_quotes=True)
        start = _after_told_clause(toks, start, end)
        while toks[start].text in _MAIN_CLAUSE_ADVERBS and _has_words(toks, start + 1, end, 2):
            start += 1  # "ইতোমধ্যে | … সঙ্গে কাজ করার ইঙ্গিত দিয়েছে দিল্লি": the adverb is the main verb's
        if not _has_words(toks, start, end, 2) or plain and not (
                cue.noun in _REQUESTS and _asks_someone(toks, start, end) or _holds_clause(toks, start, end)
                or cue.noun in _ALLEGATION and _accuses_someone(toks, start, end)) \
                or self._spans_other_cue(unit, start, end):
            return False
        speaker = None
        if start > 1 and toks[start - 1].text in _LIST_JOINS and _finite(toks[start - 2].text):
            # "X … শাস্তির দাবি জানান এবং | … নিশ্চিত করার জন্য প্রশাসনের প্রতি আহ্বান জানান": the second
            # of two coordinated requests is made by whoever made the first, if that one was reported
            speaker = self._coordinated_speaker(toks[start - 1].start)
            if speaker is None:
                return False
        if pronoun is not None:
            speaker = self._pronoun(toks[pronoun].text, toks[pronoun].start, toks[pronoun].end)
        speaker = speaker or self._np_after(unit, ce)
        if speaker is not None and pronoun is None:
            setting = _after_leading_setting(toks, start, end)
            if _has_words(toks, setting, end, 2):
                start = setting  # "সমাবেশে | বন্ধ গণমাধ্যম খুলে দেওয়ারও দাবি জানান বক্তারা": where it was said
        if speaker is None:
            # "… মনিরা শারমিন নির্বাচন থেকে সরে দাঁড়ানোর ঘোষণা দিয়েছেন", "তিনি দেশবাসীকে শান্ত থাকার
            # আহ্বান জানান": the subject opens the clause, the content follows it
            lead = self._leading_subject(unit, start, end)
            if lead is not None:
                speaker, start = lead
        if speaker is None:
            # "সোমবার, ওয়াশিংটন … , উত্তরকে … মেনে চলার আহ্বান জানিয়েছে": the sentence's subject
            subject = self._sentence_subject(unit)
            if subject is not None and subject.end is not None and subject.end <= toks[start].start:
                speaker = subject
        if speaker is None and _honorific_finite(toks[ce]) and not any(t.is_word for t in toks[:start]) \
                and not any(self.linker.is_name(t.start) for t in toks[start:end]):
            # "তিনি বলেন, …। নির্বাচিত হলে … কাজ করার অঙ্গীকার করেন।": no subject at all, the one who
            # spoke in the sentence before
            speaker = next((replace(said, mention=None, start=None, end=None, resolved=True)
                            for at, said in self._recent() if at < toks[start].start
                            and unit.index - self._unit_index(at) == 1 and said.name is not None), None)
        by_pronoun = speaker is not None and speaker.mention in _SINGULAR | _PLURAL
        if speaker is None or not by_pronoun and (speaker.name is None or not (
                speaker.named or speaker.resolved or cue.noun in _VOICED_REQUESTS and self._subject_like(speaker))):
            # a demand, an appeal or a pledge is voiced even by a group or a body ("… খুলে দেওয়ারও দাবি
            # জানান বক্তারা", "… মামলা দায়েরের সুপারিশ করে তদন্ত কমিটি"); an announcement or a decision
            # by an undescribed group is mostly an act told ("একের পর এক নেতা … ছাড়ার ঘোষণা দিচ্ছেন")
            return False
        s, e = toks[start].start, toks[end - 1].end
        if cue.noun == "সিদ্ধান্ত":
            e = toks[ci].start + len(cue.noun or "")
        if self._claimed(s):
            return False
        cue.consumed = True
        self._add(s, e, "indirect", speaker, cue.text, cue.framing, 0.55, "nominal")
        unit.claimed = True
        return True

    def _coordinated_speaker(self, join: int) -> _Speaker | None:
        """The speaker of the indirect quote that ends right before the conjunction at offset `join`
        (only blanks and the verb that closes it between), if one was found."""
        for found in reversed(self.found[-3:]):
            if found.kind == "indirect" and found.end <= join and found.speaker.name is not None \
                    and len(self.text[found.end:join].split()) <= 3:
                return replace(found.speaker, start=None, end=None, resolved=True)
        return None

    def _quoted_term_in_clause(self, toks: list[_Tok], k: int) -> bool:
        """Is the quotation at token `k` a term of a few words set amid one clause, a word on either
        side of it and no sentence of its own inside ("জাপার দলীয় প্রতীক ‘লাঙ্গল’ কাউকে বরাদ্দ না দিতে")?"""
        mark = self._mark_at(toks[k].start)
        if mark is None or k == 0 or k + 1 >= len(toks) or not toks[k - 1].is_word or not toks[k + 1].is_word:
            return False
        inside = self.text[mark.start:mark.end]
        return len(inside.split()) <= MAX_GLOSSED_TERM_WORDS and inside.rstrip()[-1:] not in _TERMINATORS

    def _quoted_title_at(self, offset: int) -> bool:
        """Is the quotation whose mark is at `offset` a title or name (not words said)?"""
        mark = self._mark_at(offset)
        return mark is not None and _is_title(self.text, mark)

    def _spans_other_cue(self, unit: _Unit, start: int, end: int) -> bool:
        """Does a nominal content [start, end) reach back over another cue of its sentence, coordinated
        with it ("… শাস্তির দাবি জানান এবং … নিশ্চিত করার জন্য প্রশাসনের প্রতি জোর আহ্বান জানান")? Its
        subject is then that of the first clause, which is not read here: no content is reported."""
        toks = unit.tokens
        i = bisect_left(self.cue_starts, toks[end - 1].start) - 1
        prev = self.cues[i] if i >= 0 else None
        if prev is None or prev.end <= toks[start].start or prev.kind != "noun" or prev.light in _CONVERBS:
            return False
        after = _token_index(toks, prev.end - 1)
        # "… বক্তব্য প্রচার থেকে বিরত থাকার": a cue word inside the content is no clause of its own
        return after is not None and after + 1 < end and toks[after + 1].text in {"এবং", "ও", "আর", ","}

    def _nominative_mention(self, speaker: _Speaker) -> bool:
        """Is the speaker's phrase in the nominative? A name whose last word ends in -র (মির্জা ফখরুল
        ইসলাম আলমগীর) is, when the article names someone so; "একজন বিচারকের" is not."""
        last = (speaker.mention or "").split()[-1:]
        return bool(last) and (not _is_genitive(last[0]) or last[0] in self.linker.last_name_words)

    def _subject_before_floor(self, unit: _Unit, start: int, ci: int) -> tuple[_Speaker, int] | None:
        """The subject opening the clause when the content floor stopped at an adverb of time after it
        ("… রোনালদো অবসরের আগে | ক্যারিয়ারে … গোল করার লক্ষ্যের কথা জানিয়েছেন"): only words, no comma
        and no verb, lie between the subject and the floor; the content starts after the subject."""
        toks = unit.tokens
        floor = _clause_floor(toks, ci)
        if floor >= start:
            return None
        lead = self._leading_subject(unit, floor, ci)
        if lead is None or lead[1] >= start:
            return None
        if any(not t.is_word or _is_verb_like(t.text) for t in toks[lead[1]:start]):
            return None
        return lead

    def _leading_subject(self, unit: _Unit, start: int, ci: int) -> tuple[_Speaker, int] | None:
        """The subject that opens a nominal content clause [start, ci) and where the content starts
        after it: a pronoun (তিনি দেশবাসীকে … ধারণের আহ্বান জানান) or a phrase ending in a known name
        or a title (যুগ্ম আহ্বায়ক মনিরা শারমিন নির্বাচন থেকে সরে দাঁড়ানোর ঘোষণা দিয়েছেন). At least two
        words of content must remain; a name that is the first of a pair (সরকার ও কমিশনের) is content."""
        toks = unit.tokens
        k = _after_leading_setting(toks, start, ci)
        while k < ci and (not toks[k].is_word or toks[k].text in _NON_SUBJECT or toks[k].text in _CONNECTORS
                          or toks[k].text in {"ছাড়া", "ছাড়াও"}):
            k += 1
        if k + 2 < ci and toks[k].text in {"প্রথম", "শুরু"} and toks[k + 1].text in {"থেকে", "থেকেই"}:
            k += 2  # "… ঘোষণার পর প্রথম থেকেই | এনসিপি …": from the start
        if k >= ci:
            return None
        if toks[k].text in _SINGULAR | _PLURAL:
            if not _has_words(toks, k + 1, ci, 2):
                return None
            speaker = self._pronoun(toks[k].text, toks[k].start, toks[k].end)
            return (speaker, k + 1) if speaker.name is not None else None
        best = None
        for j in range(k, min(ci - 2, k + 8)):
            w = toks[j].text
            if not toks[j].is_word or _is_objective(w) or w in _BREAK or (
                    _is_locative(w) or _is_verb_like(w) and _role_of(w) is None) and not toks[j].ends_name:
                break  # (but a name the tagger found may end like a place or a verb: মাসওয়ানহিসে, বাতেন)
            if toks[j + 1].text in {"ও", "এবং", ",", "-", "–"}:
                continue
            if toks[j + 1].text in _ADDRESSEE_POSTPOSITIONS | _AGAINST and _is_genitive(w):
                break  # "… কমিশনের প্রতি": who is asked, in the content; "চিকিৎসকের বিরুদ্ধে": who is accused
            if _role_of(w) or self.linker.ends_name(toks[j].start, toks[j].end):
                best = j
        if best is None:
            return None
        c = best + 1
        if c < ci and toks[c].text == "(":  # "… জুয়েলার্স সমিতি (বাজুস) সোমবার রাতে …"
            while c < ci and toks[c].text != ")":
                c += 1
            c += 1
        while c < ci and toks[c].text in _NON_SUBJECT:
            c += 1
        if not _has_words(toks, c, ci, 2):
            return None
        subject = self._np_speaker(toks, k, best + 1, unit)
        if subject is None or subject.name is None or not (subject.named or subject.resolved):
            return None
        return subject, c

    def _dash_content(self, unit: _Unit, cue: _Cue, ci: int, ce: int, dash: int) -> None:
        """CONTENT - X এমন কথা বলেছেন: the words a spaced dash sets off before the pointing object are
        X's, X standing between the dash and the object or after the verb."""
        toks = unit.tokens
        speaker = self._np_after(unit, ce, strict=True)
        if speaker is None or speaker.name is None:
            j = ci - 1
            while j > dash and not (toks[j].text in _ANA_DET and j + 1 < ci and _pointing_object(toks[j + 1].text)):
                j -= 1
            speaker = self._subject(unit, j, dash + 1, cue) if j > dash + 1 else _NO_SPEAKER
        if speaker.name is None:
            return
        self._content_before(unit, cue, dash, speaker, "dash-pointed", 0.6, clause_end=dash)

    def _give_uncued_quotation(self, unit: _Unit, speaker: _Speaker, cue_text: str) -> None:
        """An uncued direct quotation in the sentence just before takes the speaker of an attribution
        that points back ("“…” এসব কথা বলেন তিনি")."""
        for found in reversed(self.found):
            if found.end < unit.start and self._unit_index(found.end) >= unit.index - 1:
                if found.speaker.name is None and found.kind == "direct":
                    found.speaker, found.cue, found.confidence = speaker, cue_text, 0.7
                break

    def _anaphoric(self, unit: _Unit, cue: _Cue, ci: int, ce: int) -> None:
        """… এ তথ্য জানান X / এসব কথা বলেন তিনি / X-এর বিজ্ঞপ্তিতে এ কথা জানানো হয়েছে: the sentences
        just before are X's."""
        toks = unit.tokens
        object_after = ce + 1 < len(toks) and toks[ce + 1].text in _ANA_DET  # "… জানিয়েছেন এই তথ্য।"
        speaker: _Speaker | None
        if cue.kind == "passive":
            # "X-এর এক বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে"; a notice with no issuer reports nothing back
            speaker = self._passive_speaker(unit, ci, document_speaks=False)
        else:
            speaker = None if object_after else self._np_after(unit, ce)
        if speaker is None or speaker.name is None and cue.kind != "passive":
            j = ci - 1
            while j >= 0 and (toks[j].text in _ANA_OBJ or toks[j].text in _ANA_DET or toks[j].text in _ANA_ALONE):
                j -= 1
            speaker = self._subject(unit, j + 1, _clause_floor(toks, j + 1), None)
        if speaker.name is None:
            return
        self._give_uncued_quotation(unit, speaker, cue.text)
        if unit.claimed or any(f.start >= unit.start and f.end <= toks[ci].start for f in self.found[-3:]):
            return  # "এ মন্তব্য" points at what this very sentence already reported
        taken: list[_Unit] = []
        seen: set[str] = set()
        repeated = False
        # "… স্থগিত ঘোষণা করা হয়েছে। … এক বিবৃতিতে এ তথ্য জানান": information given is the narrated facts
        informs = ci >= 1 and toks[ci - 1].text in _INFORMATION
        for u in reversed(self.units[max(0, unit.index - 4):unit.index]):
            # a quoted term (‘বেশ অগ্রগতি’ হয়েছে) does not make the sentence someone else's words
            if u.claimed or u.has_quote and self._holds_speech_quote(u) \
                    or any(f.start < u.end and f.end > u.start for f in self.found[-3:]):
                break
            body = _squash(self.text[u.start:u.end])
            if _CALL_TO_ACTION.search(body) or u.index == 0 and _DATELINE_SENTENCE.match(body):
                break  # "আরো পড়ুন: …": the page's links; "ঢাকা, ২ জানুয়ারি।": the dateline; not what was said
            if body in seen:
                repeated = True
                continue
            words = _words(body)
            # "সোমবার … তিনি মনোনয়নপত্র জমা দেন। পরে তিনি … এসব কথা বলেন।": no speech before; but a
            # notice's "এ তথ্য জানানো হয়েছে" reports the narrated facts before it
            opening = u.index == 0 and speaker.mention not in _SUBJECT_PRONOUNS
            if not words or cue.kind != "passive" and not informs and not _own_voice(body, words) \
                    and _narrates_before_pointer(words, opening=opening):
                break
            if len(seen) == 2:
                break
            seen.add(body)
            taken.insert(0, u)
        unit.claimed = True  # an attribution sentence: the next "এ কথা বলেন" must not reach over it
        if repeated and taken:
            taken = taken[:1]  # BBC Bangla repeats every sentence: take the first one, once
        if not taken:
            return
        start = taken[0].start
        if taken[0].index == 0:
            start = _after_dateline(self.text, start, taken[0].end)
        end = self._before_own_attribution(taken[-1], speaker)
        while end > start and self.text[end - 1] in "।.!? ":
            end -= 1
        if end - start < 10:
            return
        self._add(start, end, "indirect", speaker, cue.text, cue.framing, 0.5, "anaphoric")
        for u in taken:
            u.claimed = True

    def _before_own_attribution(self, unit: _Unit, speaker: _Speaker) -> int:
        """Where a sentence pointed back at ends: before its own cue when the same speaker follows
        that cue ("… ছুটি ঘোষণা করেছেন প্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস। … এ ঘোষণা দেন তিনি"), else
        at the sentence's end."""
        lo = bisect_left(self.cue_starts, unit.start)
        hi = bisect_left(self.cue_starts, unit.end)
        if hi == lo or speaker.name is None:
            return unit.end
        last = self.cues[hi - 1]
        tail = self.text[last.end:unit.end]
        if last.start > unit.start and speaker.name.split()[-1] in tail and len(tail.split()) <= 8:
            return last.start
        return unit.end

    def _speakerless_cues(self, unit: _Unit) -> bool:
        """Every cue of the sentence lacks a subject of its own ("অথচ নির্বাচন কমিশনের কাছে গিয়ে বলেন
        মাত্র পঁচিশ লাখ টাকা ব্যয় করেছেন" inside someone's speech): it goes on with that speech."""
        toks = unit.tokens
        lo = bisect_left(self.cue_starts, unit.start)
        hi = bisect_left(self.cue_starts, unit.end)
        if hi - lo > 2:
            return False
        for cue in self.cues[lo:hi]:
            if cue.kind == "acc" and self.masked[cue.end:cue.end + 2].lstrip()[:1] not in {",", ":"}:
                continue  # "… নিশ্চিত করার দাবি বারবার জানিয়েছি": a demand spoken of, not "তার দাবি, …"
            if cue.kind == "acc" and _FIRST_PERSON_OWNERS.intersection(_words(self.text[max(unit.start, cue.start - 25):cue.start])[-2:]):
                continue  # "এখন আমাদের একটাই দাবি, …": the speaker's own demand
            if cue.kind not in {"verb", "noun"}:
                return False
            if _first_person_verb(cue.text.split()[-1]):
                continue  # "… দাবি বারবার জানিয়েছি": the speaker's own voice, no one else's cue
            ci = _token_index(toks, cue.start)
            if ci is None:
                return False
            floor = _clause_floor(toks, ci)
            span = _np_before(toks, ci, floor, self.linker.is_name)
            if span is not None and (span[1] - span[0] > 1 or self._plausible_single(toks, span[0])):
                return False
            if any(t.text in _SUBJECT_PRONOUNS or t.text in _GROUPS_ALONE for t in toks[floor:ci]):
                return False  # "শেষে তিনি মহান আল্লাহর কাছে প্রার্থনা করেন, …", "অনেকেই … আশঙ্কা করছেন": a
                # subject further back
            if self._np_after(unit, _token_index(toks, cue.end - 1) or ci, strict=True) is not None:
                return False
        return True

    def _continue_reported(self, unit: _Unit, end_off: int, speaker: _Speaker, *,
                           content_start: int | None = None, most: int | None = None) -> int:
        """Reported speech runs on over the following sentences of its paragraph while they read as
        the speaker's words (`_continues_speech`): "তিনি বলেন, এ খাতকে … নেই। এটি … গেছে। …"; over at
        `most` sentences when given."""
        opinion = _body_of_opinion(speaker)
        if opinion and most is None:
            return end_off  # "অনেকেই মনে করেন, … । এটা ঠিক নয়।": the reporter weighs the view next
        # a person goes on talking; what a group or an organisation said is reported more briefly
        single = speaker.source_type == "person" or _called_he_or_she(speaker) or speaker.role is not None and not speaker.plural
        limit = MAX_CONTINUATION if single else MAX_CONTINUATION_UNNAMED
        if most is not None:
            limit = min(limit, most)
        start_off = unit.start
        content = start_off if content_start is None else content_start
        following = self.units[unit.index + 1: unit.index + 1 + limit]
        bridged = -1
        for k, u in enumerate(following):
            if "\n" in self.text[end_off:u.start]:
                break
            if opinion and _names_view_holders(_words(self.text[u.start:u.end])):
                break  # "বিশ্লেষকদের মতে, …। … যা বিশেষজ্ঞদের উদ্বেগ বাড়িয়েছে": the reporter on them again
            if k != bridged and not self._continues_speech(u, speaker, (content, end_off)):
                if not self._bridged_by_own_voice(u, following[k + 1:k + 2], speaker, (content, end_off)):
                    break
                bridged = k + 1
            if self.text[u.start:u.end].rstrip("।.!? ") in self.text[start_off:end_off]:
                break  # BBC Bangla repeats every sentence: the speech does not go on over the copy
            end_off = u.end
            while end_off > u.start and self.text[end_off - 1] in "।.!? ":
                end_off -= 1
            u.claimed = True
        return end_off

    def _bridged_by_own_voice(self, u: _Unit, after: list[_Unit], speaker: _Speaker, content: tuple[int, int]) -> bool:
        """A sentence that reads as the reporter's stands between the speech and a sentence in the
        speaker's own voice with no cue of its own, in the same paragraph ("… আজ তিনি পৃথিবী থেকে চলে
        গেলেন। আমরা তার আত্মার মাগফিরাত কামনা করছি।"): the speech goes on through both."""
        if not after or u.cue_count or u.has_quote or "\n" in self.text[u.end:after[0].start]:
            return False
        nxt = after[0]
        body = self.text[nxt.start:nxt.end]
        return not nxt.cue_count and not nxt.has_quote and _own_voice(body, _words(body)) \
            and not _NARRATIVE_OPENER_RE.match(self.text[u.start:u.end]) \
            and self._continues_speech(nxt, speaker, content)

    def _continues_speech(self, u: _Unit, speaker: _Speaker, content: tuple[int, int] | None = None) -> bool:
        """Does the sentence go on with the speech before it (no quote marks, no cue of its own)?

        It does not when it opens a new attribution (a cue with its own subject, a quotation that
        is speech, "… বলে মনে করেন"), or when the reporter narrates again: a narrative opener (এর
        আগে, এদিকে), the speaker named or called তিনি, a newcomer introduced with a title, an event
        placed on a weekday or "recently", a finite verb of the narrative past (… জমা দেন, … রাত্রিযাপন
        করেন, … ছিল), or the narrative present (… নেওয়া হয়, … খুলে দেয়) about someone in the third
        person. The speaker's own voice — আমি/আমরা/আপনারা or a wish (… দান করুন) — goes on, even after
        a time opener ("পরে আমরা তাকে উদ্ধার করে … নিয়ে আসি"). Within the speech (`content`, the
        offsets of what was reported so far), a closing future is the speaker's ("… নিরাপদে থাকবেন",
        "সবাই দোয়া করবেন"), and তিনি is the person the speech is about when it already spoke of
        someone in the third person ("… কিন্তু তিনি মাথা নত করেননি। তিনি কোনো দিন আপস করেননি।"). When the
        speech tells what happened (`_past_account`), the narrative past and a time opener (এ সময়, পরে)
        go on with the account.
        """
        if u.has_quote and self._holds_speech_quote(u):
            return False
        if u.cue_count and not self._speakerless_cues(u):
            return False
        if self._lists_those_present(u.start):
            return False  # "অবস্থান কর্মসূচিতে উপস্থিত ছিলেন, নুরুজ্জামান নাবিল, …": the reporter's list
        body = self.text[u.start:u.end]
        if _BOLE_RE.search(body) or _HEADLINE.search(body) or _CALL_TO_ACTION.search(body) or _IN_THEIR_WORDS.match(body) \
                or body.startswith("(") or _REPORTER_FINDS.search(body) or _REPORTER_SEES.search(body) \
                or _CREDIT_LINE.match(body):
            return False  # (a sentence opened by a bracket is an aside of the writer's; "… কথা বলে যে ধারণা
            # পাওয়া গেছে" is what the reporter found out; "এএফপি।" credits the agency)
        words = _words(body)
        if not words:
            return False
        opener = _NARRATIVE_OPENER_RE.match(body)
        # (not with তিনি, the reporter's "পরে তিনি শোক বইয়ে সই করেন")
        account = content is not None and opener is not None and opener.group(0) in _TIME_OPENERS \
            and not u.cue_count and not any(w in _SUBJECT_PRONOUNS for w in words) and self._past_account(content)
        if opener and not account and (
                opener.group(0) not in _TIME_OPENERS or u.cue_count or "?" in body or not _own_voice(body, words)
                or any(_narrative_verb(w) for w in words[-6:])):
            return False  # "এসময় আসামি আদালতকে জিজ্ঞেস করেন, আপনি …" is the reporter's again
        if _own_voice(body, words):
            return True
        if self._dated_opening(words) or _dated_past_event(words):
            return False  # "দিনাজপুরে গতকাল অভিযান চালিয়ে …": the reporter places the next event
        if "?" in body and not self._in_question_run(u):
            return False
        if speaker.source_type == "person" and self._names_speaker(words, speaker):
            return False
        if self._titled_newcomer(u, speaker) or self._subject_after_verb_closes(u):
            return False
        if content is None or u.cue_count:
            return not _narrates(words)
        about = self._speaks_of_another(content, speaker)
        return not _narrates(words, in_speech=True, about_another=about, past_account=self._past_account(content))

    @staticmethod
    def _dated_opening(words: list[str]) -> bool:
        """Does the sentence open by placing an event in the past, the way a news report opens a new
        item: "গতকাল …", a named day ("গত বৃহস্পতিবার রাতে …", "আজ বৃহস্পতিবার …", "গত ২৮ এপ্রিল …"), or
        a place and its day ("দিনাজপুরে গতকাল …", "সিলেটে সোমবার …")? Not a forecast ("বুধবার কুয়াশা
        কিছুটা কমতে পারে"), which speech gives as much."""
        if len(words) < 3 or _closing_future(words) or words[-1] in _MODAL_CLOSINGS:
            return False
        if words[0] == "গতকাল" or _names_a_day(words[:3]):
            return True
        return _is_locative(words[0]) and words[0] not in _CONNECTORS and not _role_of(words[0]) \
            and words[1] in _EVENT_TIME_WORDS

    def _titled_newcomer(self, u: _Unit, speaker: _Speaker) -> bool:
        """Does the sentence bring in another person with a title, in the nominative ("তবে জামায়াতের
        আমির শফিকুর রহমান এ বিষয়ে একমত নন")? That is the reporter introducing them, not the speech."""
        for start, end, entity in self.linker.within(u.start, u.end):
            if entity.type != "PERSON" or entity.name == speaker.name \
                    or not self.text[start:end].endswith(entity.name.split()[-1]):
                continue
            before = self.text[u.start:start].split()
            if before and _role_of(before[-1]) is not None and _role_base(before[-1]) == before[-1]:
                return True
        return False

    def _subject_after_verb_closes(self, u: _Unit) -> bool:
        """Does the sentence close on a named subject placed after its verb ("তাইওয়ানকে ঘিরে সোমবার
        … মহড়া শুরু করেছে চীন।", "… চিকিৎসাধীন আছেন খালেদা জিয়া।")? That inversion is the news
        writer's way of opening an item; the speech before it has ended. (Opened sets: 5 sentences
        so closed were taken into the speech against the gold, 1 rightly.)"""
        body_end = _rstrip_at(self.text, u.end)
        while body_end > u.start and self.text[body_end - 1] in "।.!?":
            body_end = _rstrip_at(self.text, body_end - 1)
        for start, end, entity in self.linker.within(u.start, u.end):
            if end != body_end or not self.text[start:end].endswith(entity.name.split()[-1]):
                continue  # (a name in a case form, "… দাবি জানান ভারতকে", is no subject)
            before = self.text[u.start:start].split()
            if before and _is_verb_like(before[-1]):
                return True
        return False

    def _past_account(self, content: tuple[int, int]) -> bool:
        """Does the reported speech so far tell what happened, its last sentence closing in the past
        ("ওসি জানান, … অভিযান চালিয়ে সুজনকে আটক করে", "… দিতে বলা হয়েছিল")? Then the next sentence in
        the past goes on with the account, not with the reporter's narrative."""
        start, end = content
        last = _words(self.text[start:end].rsplit("।", 1)[-1])
        return bool(last) and _past_closing(last)

    def _speaks_of_another(self, content: tuple[int, int], speaker: _Speaker) -> bool:
        """Does the reported speech so far speak of someone in the third person (তিনি, তার, a name
        that is not the speaker's)? Then a following তিনি is that person, not the speaker."""
        start, end = content
        body = self.text[start:end]
        if any(w in _THIRD_PERSON_WORDS or w.endswith("ও") and w[:-1] in _THIRD_PERSON_WORDS for w in _words(body)):
            return True  # (with the particle: "তাঁকেও … দিতে বলা হয়েছিল")
        names = {w for w in (speaker.name or "").split() if len(w) > 2}
        for m in re.finditer(rf"[{_LETTERS}]+", body):
            if self.linker.is_name(start + m.start()) and not any(m.group(0).startswith(n) for n in names):
                return True
        return False

    def _in_question_run(self, u: _Unit) -> bool:
        """A rhetorical question inside someone's speech: the sentence and the one after it both
        belong to a run of short sentences in the same paragraph ("দল শুধু এলিটেরা করবে? খেটে খাওয়া
        মানুষ দল করলে …"); a reporter's question stands alone, usually as a headline."""
        nxt = self.units[u.index + 1] if u.index + 1 < len(self.units) else None
        return nxt is not None and "\n" not in self.text[u.end:nxt.start] and not nxt.cue_count

    def _holds_speech_quote(self, u: _Unit) -> bool:
        """A quotation in the sentence that is an utterance of its own, not a quoted word (‘হ্যাঁ’)."""
        i = bisect_left(self.mark_opens, u.start)
        while i < len(self.marked) and self.marked[i].open < u.end:
            mark = self.marked[i]
            content = self.text[mark.start:mark.end]
            if len(content.split()) >= MIN_UNCUED_WORDS or content.rstrip()[-1:] in _TERMINATORS:
                return True
            i += 1
        return False

    def _names_speaker(self, words: list[str], speaker: _Speaker) -> bool:
        """Is the (person) speaker named again, by any of their name words with a case ending?"""
        names = [w for w in (speaker.name or "").split() if len(w) > 2 and w not in _ADDRESS]
        return any(w.startswith(n) and len(w) - len(n) <= 3 for w in words for n in names)

    # -- speakers ------------------------------------------------------------------------------

    def _subject(self, unit: _Unit, ci: int, floor: int, cue: _Cue | None) -> _Speaker:
        """The subject of the cue at token `ci`: walk back over the clause, else after the verb; when
        the walk ends in a word of the setting, not a name or a description of someone, the name that
        opens the clause (`_name_opening_clause`)."""
        opening = self._subject_before_report(unit, ci, floor)
        if opening is not None:
            return opening
        speaker = self._walked_subject(unit, ci, floor, cue)
        if speaker.name is None or self._setting_word(speaker):
            opening = self._name_opening_clause(unit, ci, floor)
            if opening is None and speaker.name is None and speaker.mention is None:
                opening = self._plain_opening(unit, ci, floor)
            if opening is not None:
                return opening
        if self._part_of_longer_name(speaker):
            # "… অ্যালিস্টার কুক বিষয়টিকে … দেখেন। সানডে টাইমসে নিজের কলামে লেখেন": the walk stopped inside
            # a name in the locative (the paper written in); no subject in the clause, so the person
            # the sentence before opens with, else the last speaker
            before = self._sentence_before(unit.start)
            subject = self._sentence_subject(before) if before is not None else None
            if subject is not None and subject.named and subject.source_type == "person":
                return replace(subject, mention=None, start=None, end=None, resolved=True)
            return self._implicit_subject(unit.tokens[ci].start if ci < len(unit.tokens) else unit.end)
        return speaker

    def _part_of_longer_name(self, speaker: _Speaker) -> bool:
        """Is the speaker phrase the first words of a longer name mention in the locative (সানডে |
        টাইমসে), cut off by the walk?"""
        if speaker.start is None or speaker.end is None or speaker.resolved:
            return False
        i = bisect_left(self.linker.starts, speaker.start)
        while i < len(self.linker.mentions) and self.linker.mentions[i][0] == speaker.start:
            end = self.linker.mentions[i][1]
            rest = self.text[speaker.end:end].split()
            if rest and _is_locative(rest[-1]) and rest[-1] not in _NON_SUBJECT:
                return True
            i += 1
        return False

    def _subject_before_report(self, unit: _Unit, ci: int, floor: int) -> _Speaker | None:
        """"তিনি আগে কখনো রাজনীতি করেননি জানিয়ে বলেন, “…”", "তিনি … ফেরত দেওয়ার কথা জানিয়ে বলেন":
        a clause closed by the converb জানিয়ে right before the verb is what the subject told; the
        subject is the pronoun or the name that opens it, not the words before the converb."""
        toks = unit.tokens
        if ci - 1 <= floor or toks[ci - 1].text != "জানিয়ে":
            return None
        k = floor
        while k < ci - 1 and (not toks[k].is_word or toks[k].text in _NON_SUBJECT):
            k += 1
        if k >= ci - 2 or not _has_words(toks, k + 1, ci - 1, 2):
            return None
        if toks[k].text in _SINGULAR | _PLURAL:
            speaker = self._pronoun(toks[k].text, toks[k].start, toks[k].end)
            return speaker if speaker.name is not None else None
        return self._name_opening_clause(unit, ci - 1, floor)

    def _setting_word(self, speaker: _Speaker) -> bool:
        """A speaker phrase that is one word of the setting the walk stopped at: a genitive (রাজধানীর
        একটি হোটেলে) or the first word of a compound before one (জেলা প্রশাসকের কার্যালয়ে); no entity,
        no role, no group, no pronoun."""
        if speaker.resolved or speaker.role is not None or speaker.plural or speaker.name is None \
                or speaker.end is None or " " in speaker.name or self.linker.by_name(speaker.name) is not None:
            return False
        following = _WORDS_RE.match(self.masked, speaker.end + 1)
        return _is_genitive(speaker.name) or following is not None and _is_genitive(following.group())

    def _name_opening_clause(self, unit: _Unit, ci: int, floor: int) -> _Speaker | None:
        """"বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর মঙ্গলবার সকালে রাজধানীর একটি হোটেলে আয়োজিত সংবাদ
        সম্মেলনে বলেন": the first person or organisation named in the clause, in the nominative, with
        no finite verb between it and the cue, and nothing but time words before its phrase."""
        toks = unit.tokens
        for j in range(floor, ci):
            t = toks[j]
            if t.is_quote or t.text in _TERMINATORS or _finite(t.text):
                return None
            if not self.linker.ends_name(t.start, t.end) or not t.ends_name and (
                    _is_genitive(t.text) or _is_objective(t.text) or _is_locative(t.text)):
                continue
            after = toks[j + 1].text if j + 1 < ci else ""
            if after and toks[j + 1].is_word and not (
                    after in _NON_SUBJECT or after in _DETERMINERS or after in _PARTICIPLES or after in _CONVERBS
                    or after in _COMMON_CONVERBS or _is_genitive(after) or _is_locative(after)
                    or _is_objective(after) or _subordinate_clause(toks, j + 1, ci)):
                # "জাতিসংঘ মহাসচিব আন্তোনিও গুতেরেস …", "বিএনপি নেতা রফিক …": the name is a modifier of
                # the phrase that goes on; the name that heads it may follow
                continue
            start = _np_start(toks, j, floor)
            if any(w.is_word and w.text not in _NON_SUBJECT and not _is_genitive(w.text)
                   and not (w.text == "মধ্যে" and n > floor and toks[n - 1].text in {"এর", "এরই"})
                   for n, w in enumerate(toks[floor:start], floor)):
                return None  # only time words ("এর মধ্যে গত শুক্রবার") and possessors ("বিএনপির মহাসচিব …")
                # may come before the phrase
            if any(w.text in _GEN_PRONOUNS or w.text in _DETERMINERS for w in toks[start:j]):
                return None  # "সাধনা মহল তার ফেসবুক পোস্টে": the name is the medium, not the speaker
            if any(_finite(w.text) for w in toks[j + 1:ci]):
                return None
            speaker = self._np_speaker(toks, start, j + 1, unit)
            return speaker if speaker is not None and speaker.named else None
        return None

    def _walked_subject(self, unit: _Unit, ci: int, floor: int, cue: _Cue | None) -> _Speaker:
        """The subject of the cue at token `ci`: walk back over the clause, else after the verb."""
        toks = unit.tokens
        span = _np_before(toks, ci, floor, self.linker.is_name)
        while span is not None and _no_subject_word(toks[span[1] - 1].text):
            # "কোচ অবশ্য কালও বলেছেন", "বিশ্বব্যাংক সাম্প্রতিক এক প্রতিবেদনে বলেছে": past the word to the subject
            span = (span[0], span[1] - 1) if span[1] - span[0] > 1 else _np_before(toks, span[0], floor, self.linker.is_name)
        if span is not None:
            span = self._with_whole_organisation(toks, span, floor)
        if span is not None and span[1] - span[0] > 1 and toks[span[1] - 1].text in _COUNTED_GROUP_OPENERS:
            # "বোর্ড সভাপতি নিষিদ্ধ দুই | ক্রিকেটারের সাথে কথা বলেছেন": the count belongs to the phrase after it
            span = self._subject_head(toks, (span[0], span[1] - 1)) or span
        if span is not None and _before_object_converb(toks, span, ci) and not self._ends_in_subject(toks, span):
            span = self._subject_before_object(toks, span, floor)
            if span is None:
                return self._implicit_subject(toks[ci].start if ci < len(toks) else unit.end)
        if span is not None and 1 < span[1] - span[0] and span[1] < ci and toks[span[1]].text in _PREDICATE_CLOSERS \
                and not self.linker.is_name(toks[span[1] - 1].start) and not self._ends_in_subject(toks, span):
            # "… মোশাররফ হোসেন আবেগাপ্লুত হয়ে বলেন", "… নুরুল ইসলাম নাহিদ ফল প্রকাশ উপলক্ষে …": a name in the
            # nominative followed by words of the predicate; the subject ends with the name
            named = next((m for m in range(span[1] - 1, span[0], -1) if toks[m - 1].end in self.linker.ends
                          and not _is_genitive(toks[m - 1].text)), None)
            if named is not None:
                span = (span[0], named)
        if span is not None and span[1] - span[0] == 1 and not self._plausible_single(toks, span[0]) and any(
                t.text in _COMMON_CONVERBS or t.text in _CONVERBS or _particle_base(t.text) in _COMMON_CONVERBS
                for t in toks[span[1]:ci]):  # (with a particle: "অনেকটা মজা করেই বলেছেন")
            # "অথচ নির্বাচন কমিশনের কাছে গিয়ে বলেন …": a lone word before a converb clause is its object;
            # the subject is further back ("শেখ হাসিনা … নৌকায় ভোট চেয়ে বলেন") or implicit
            span = self._subject_before_object(toks, span, floor)
            if span is None:
                return self._implicit_subject(toks[ci].start if ci < len(toks) else unit.end)
        if span is not None:
            speaker = self._np_speaker(toks, span[0], span[1], unit)
            if speaker is not None and speaker.name is None and speaker.mention in _SINGULAR | _PLURAL:
                return speaker  # an unresolved তারা is nobody we know, not the last speaker
            if speaker is not None and speaker.name is not None:
                if not speaker.named and span[0] > floor and toks[span[0] - 1].text == ",":
                    # apposition: "চ্যাং হো-জিন, রাশিয়ার প্রাক্তন রাষ্ট্রদূত, বলেছেন"
                    head = _np_before(toks, span[0] - 1, floor)
                    if head is not None:
                        first = self._np_speaker(toks, head[0], head[1], unit)
                        if first is not None and first.named:
                            first.role = first.role or speaker.role
                            first.affiliation = first.affiliation or speaker.affiliation
                            return first
                return speaker
        if span is None and ci - 2 > floor and toks[ci - 1].text == "এবং" and _finite(toks[ci - 2].text):
            shared = self._coordinated_subject(unit, ci - 2, floor)
            if shared is not None:
                return shared
        opened = _relative_clause_before(toks, ci, floor) if span is None else None
        if opened is not None:
            # "আব্দুল কাদের, যিনি দীর্ঘদিন এই খাতে কাজ করছেন, বলেন": the clause between commas describes
            # the subject before it
            head = _np_before(toks, opened, floor, self.linker.is_name)
            described = self._np_speaker(toks, head[0], head[1], unit) if head is not None else None
            if described is not None and described.named:
                return described
        if span is None and ci > floor and toks[ci - 1].text == ",":
            rel = _np_before(toks, ci - 1, floor)
            if rel is not None:
                speaker = self._np_speaker(toks, rel[0], rel[1], unit)
                if speaker is not None and speaker.name is not None:
                    if not speaker.named and rel[0] > floor and toks[rel[0] - 1].text == ",":
                        head = _np_before(toks, rel[0] - 1, floor)
                        first = self._np_speaker(toks, head[0], head[1], unit) if head else None
                        if first is not None and first.named:
                            first.role = first.role or speaker.role
                            first.affiliation = first.affiliation or speaker.affiliation
                            return first
                    return speaker
        if cue is not None:
            ce = _token_index(toks, cue.end - 1)
            if ce is not None:
                post = self._np_after(unit, ce, strict=True)
                if post is not None:
                    return post
        return self._implicit_subject(toks[ci].start if ci < len(toks) else unit.end)

    def _with_whole_organisation(self, toks: list[_Tok], span: tuple[int, int], floor: int) -> tuple[int, int]:
        """The phrase widened to the start of an organisation's name it cuts into ("বাংলাদেশ জামায়াতে |
        ইসলামীর এক কর্মকর্তা": the walk stopped at জামায়াতে, which looks like a place)."""
        starts = [t.name_start for t in toks[span[0]:span[1]] if 0 <= t.name_start < toks[span[0]].start]
        if starts:
            k = _token_index(toks, min(starts))
            if k is not None and k >= floor:
                return k, span[1]
        return span

    def _coordinated_subject(self, unit: _Unit, vi: int, floor: int) -> _Speaker | None:
        """The subject shared by a verb at `vi` and the speech verb after "এবং": the subject of that
        verb when it is a cue ("মুখপাত্র … উদ্বেগ প্রকাশ করেন এবং বলেন"), else the name that opens the
        clause ("মন্ত্রী রাশেদ খান মেনন সভায় যোগ দেন এবং বলেন")."""
        toks = unit.tokens
        lo = bisect_left(self.cue_starts, toks[floor].start)
        hi = bisect_left(self.cue_starts, toks[vi].end)
        earlier = next((c for c in reversed(self.cues[lo:hi]) if c.end == toks[vi].end), None)
        if earlier is not None:
            ei = _token_index(toks, earlier.start)
            if ei is not None and ei > floor:
                speaker = self._subject(unit, ei, floor, earlier)
                if speaker.name is not None:
                    return speaker
        first = next((t for t in toks[floor:vi] if t.is_word and t.text not in _NON_SUBJECT), None)
        if first is not None and first.text in _SINGULAR | _PLURAL:
            return self._pronoun(first.text, first.start, first.end)  # "তিনি সভায় যোগ দেন এবং বলেন"
        return self._name_opening_clause(unit, vi, floor) or self._plain_opening(unit, vi, floor)

    def _plain_opening(self, unit: _Unit, vi: int, floor: int) -> _Speaker | None:
        """A name the tagger did not find: two or more plain words that open the clause, up to a place
        or an object (not a postposition's or a conjunction's), well before the verb at `vi`
        ("অশোক সোয়াইন | সভায় যোগ দেন এবং বলেন", "ওলিভার প্যাক | গণমাধ্যমকে পাঠানো এক বিবৃতিতে জানান")."""
        toks = unit.tokens
        k = floor
        while k < vi and (not toks[k].is_word or toks[k].text in _NON_SUBJECT):
            k += 1
        end = k
        while end < vi and toks[end].is_word and not (_is_locative(toks[end].text) or _is_objective(toks[end].text)
                                                     or _is_verb_like(toks[end].text) or toks[end].text in _BREAK
                                                     or toks[end].text in _NON_SUBJECT or toks[end].text in _CONNECTORS
                                                     or _is_genitive(toks[end].text) and end + 1 < vi
                                                     and not toks[end + 1].is_word):
            end += 1  # (a name may end like a genitive: ওলিভার প্যাক)
        if end - k < 2 or end >= vi - 1:
            return None
        if toks[end].text in _BREAK or toks[end].text in _CONNECTORS or toks[end].text in _COMMON_CONVERBS \
                or _before_object_converb(toks, (k, end), vi):
            return None  # a postposition's, a conjunction's or a converb's phrase: "ফাইল পাঠ করে …"
        opening = self._np_speaker(toks, k, end, unit)
        return opening if opening is not None and opening.name is not None else None

    def _ends_in_subject(self, toks: list[_Tok], span: tuple[int, int]) -> bool:
        """The phrase ends in what can head a subject: a pronoun, a person's or organisation's name (not
        its genitive), an organisation word (… পুলিশ, সরকার) or a title (মুখপাত্র, প্রার্থীরা)."""
        last = toks[span[1] - 1]
        w = last.text
        if w in _SINGULAR or w in _PLURAL or last.end in self.linker.ends and not _is_genitive(w):
            return True
        plural_of = w[:-len("গুলো")] if w.endswith(("গুলো", "গুলি")) else w  # বিদ্যুৎ কোম্পানিগুলো
        return not _is_genitive(w) and (_org_word(plural_of) or _role_of(w) is not None or w in lx.GROUP_WORDS)

    def _subject_before_object(self, toks: list[_Tok], span: tuple[int, int], floor: int) -> tuple[int, int] | None:
        """The subject of a clause whose phrase `span` is the object of a converb (করে, দিয়ে, নিয়ে):
        the part of the phrase up to a name, a title or a pronoun ("ইঞ্জিনিয়ার মুরাদ হোসেন | মনোনয়নপত্র
        জমা দিয়ে সাংবাদিকদের বলেন"), the part before a determiner ("ঢাকার পুলিশ | একটি সংবাদ বিজ্ঞপ্তি
        দিয়ে দাবি করেছে"), or a phrase before it, over places, modifiers and other converb objects ("তমা
        মির্জা ফেসবুক পোস্টে | বেগম খালেদা জিয়ার ছবি পোস্ট করে লিখেছেন"), that heads a subject or opens
        the clause. None when the clause has no subject of its own."""
        start, end = span
        head = self._subject_head(toks, span)
        if head is not None:
            return head
        for _ in range(4):
            if start <= floor:
                return None
            earlier = _np_before(toks, start, floor, self.linker.is_name)
            if earlier is None:
                return None
            first, last = earlier
            if last - first >= 2 and last < len(toks) and _is_locative(toks[last].text):
                last -= 1  # "তমা মির্জা ফেসবুক পোস্টে": the place's modifier is not part of the subject
            if self._ends_in_subject(toks, (first, last)):
                return first, last
            if self._clause_initial(toks[first].start):
                # "প্রধানমন্ত্রী শেখ হাসিনা গণতন্ত্র ও … ভোট চেয়ে বলেন": up to a name in it, if any
                if toks[first].text in _SINGULAR | _PLURAL:
                    return first, first + 1  # "তিনি কুইক রেন্টালে বরাদ্দ দিয়ে … দাবি জানান"
                named = next((m for m in range(last, first, -1) if toks[m - 1].end in self.linker.ends), None)
                return (first, named) if named is not None else (first, last)
            start = first
        return None

    def _subject_head(self, toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int] | None:
        """The part of a phrase up to a name, a title or a pronoun that can head a subject, or up to a
        determiner that opens an object ("ঢাকার পুলিশ | একটি সংবাদ বিজ্ঞপ্তি"); None when no such part."""
        start, end = span
        for m in range(end - 1, start, -1):
            if toks[m - 1].text in self.linker.last_name_words or not _is_genitive(toks[m - 1].text) and (
                    self._ends_in_subject(toks, (start, m)) or toks[m].text in _OBJECT_DETERMINERS):
                return start, m  # a name in -র (আনোয়ার) is no genitive when an entity's name ends so
        # a name the tagger did not find, opening the clause before a genitive that opens the object:
        # "অশোক সোয়াইন | আগুনের ঘটনা নিশ্চিত করে জানান"
        g = next((m for m in range(start + 1, end) if _is_genitive(toks[m].text)), None)
        if g is not None and self._clause_initial(toks[start].start) \
                and not any(_is_genitive(t.text) or t.text in _NON_SUBJECT for t in toks[start:g]):
            return start, g
        return None

    def _without_emphatic(self, name: str) -> str:
        """A name without the emphatic -ও of its subject ("তাসনিম জারাও বলেন" -> তাসনিম জারা): after a
        consonant ও is only the particle; after a vowel (রাও) only when the article also writes the
        name without it."""
        head, _, last = name.rpartition(" ")
        if not head or not last.endswith("ও") or len(last) < 3:
            return name
        stem = last[:-1]
        if not ("\u0995" <= stem[-1] <= "\u09B9" or stem[-1] in "ড়ঢ়য়ৎ"):
            if self._words is None:
                self._words = frozenset(re.findall(rf"[{_LETTERS}]+", self.text))
            if stem not in self._words:
                return name
        return f"{head} {stem}"

    def _plausible_single(self, toks: list[_Tok], i: int) -> bool:
        """A one-word subject we have reason to believe in: a pronoun, a title, an entity, an
        acronym or someone who spoke before."""
        w = toks[i].text
        if w in _SINGULAR or w in _PLURAL or w in _RELATIVE or _role_of(w) or _ACRONYM.fullmatch(w):
            return True
        if self.linker.is_name(toks[i].start) or _ORG_RE.fullmatch(w) or _MEDIA_RE.fullmatch(w):
            return True
        if w in lx.GROUP_WORDS or _is_plural_phrase([w]):
            return True  # "বিক্ষোভকারীরা বলছেন"
        return any(w in (s.name or "").split() for _, s in self._recent())

    def _sentence_subject(self, unit: _Unit) -> _Speaker | None:
        """The first noun phrase of the sentence ("সোমবার, ওয়াশিংটন ... আহ্বান জানিয়েছে")."""
        toks = unit.tokens
        k = 0
        while k < len(toks) and (not toks[k].is_word or toks[k].text in _NON_SUBJECT):
            k += 1
        k = _after_leading_setting(toks, k, len(toks))  # "পদক প্রদান শেষে | স্বরাষ্ট্র উপদেষ্টা …"
        if k < len(toks) and toks[k].text in _SINGULAR | _PLURAL:
            return self._pronoun(toks[k].text, toks[k].start, toks[k].end)  # "তিনি কুইক রেন্টালে …"
        j = k
        while j < len(toks) and toks[j].is_word and not _is_objective(toks[j].text) and not _is_locative(toks[j].text) \
                and toks[j].text not in _BREAK and not _is_verb_like(toks[j].text) and j - k < 5 \
                and not (j > k and _role_of(toks[j - 1].text) and _is_genitive(toks[j].text)
                         and self.linker.person_mention_at(toks[j].start) is None):
            j += 1  # (a genitive after a title opens the object: "স্বরাষ্ট্র উপদেষ্টা | বিজিবির …"; a name
            # in -র opens the name: "অধিনায়ক অ্যালিস্টার কুক")
        if j - 1 > k and j < len(toks) and toks[j].text in _POSTPOSITIONS_AFTER_NOUN:
            j -= 1  # "আবদুল হান্নান | নির্বাচন থেকে সরে দাঁড়ানোর …": the noun is the postposition's
        if j == k:
            return None
        return self._np_speaker(toks, k, j, unit)

    def _bare_name(self, words: list[_Tok]) -> bool:
        """Could these words after a title and a comma be a person's name, though the tagger found none
        ("… বলেন দলের ভারপ্রাপ্ত চেয়ারম্যান, অশোক সোয়াইন।")? Two to four plain words: no title, verb,
        object, pronoun, link word, organisation, place or number (a name may end like a genitive:
        আবদুর রহমান)."""
        words = [w for w in words if w.text != "."]  # the full stop of an abbreviation (মো.)
        return MIN_BARE_NAME_WORDS <= len(words) <= MAX_BARE_NAME_WORDS and all(
            w.is_word and not _role_of(w.text) and not _is_verb_like(w.text) and not _is_objective(w.text)
            and w.text not in _NON_SUBJECT and w.text not in _BREAK and w.text not in _CONNECTORS
            and w.text not in _SINGULAR and w.text not in _PLURAL and w.text not in _DEMONSTRATIVES
            and w.text not in _RELATIVE and not _org_word(w.text) and not _MEDIA_RE.fullmatch(w.text)
            and w.start not in self.linker.place_or_org_starts and not any(c.isdigit() for c in w.text)
            for w in words)

    def _named_before_title(self, toks: list[_Tok], k: int, comma: int, end: int, unit: _Unit) -> _Speaker | None:
        """"… বলেন অশোক সোয়াইন, দলের ভারপ্রাপ্ত চেয়ারম্যান।": a name the tagger found before the comma
        (toks[k:comma]) and a title with no name after it (toks[comma + 1:end]); the name speaks, with
        the title's role. None when the name comes after the comma or there is none."""
        # (or plain words the tagger found no whole name in: "… বলেন পলাশ মিত্র, দলের যুগ্ম মহাসচিব।")
        bare = not self.linker.ends_name(toks[comma - 1].start, toks[comma - 1].end) and self._bare_name(toks[k:comma])
        if not (bare or self.linker.ends_name(toks[comma - 1].start, toks[comma - 1].end)) \
                or any(self.linker.is_name(t.start) for t in toks[comma + 1:end]):
            return None
        named = self._np_speaker(toks, k, comma, unit, post=True)
        if named is None or named.name is None or not (named.named or bare):
            return None
        title = self._np_speaker(toks, comma + 1, end, unit, post=True)
        if title is not None:
            named.role = named.role or title.role
            named.affiliation = named.affiliation or title.affiliation
        return named

    def _implicit_subject(self, offset: int) -> _Speaker:
        """No subject in the clause ("বলেন, ‘…’"): the last speaker, when recent."""
        for at, speaker in self._recent():
            if at < offset and self._unit_index(offset) - self._unit_index(at) <= 2:
                return replace(speaker, mention=None, start=None, end=None, resolved=True)
            break
        return _NO_SPEAKER

    def _np_after(self, unit: _Unit, ce: int, *, strict: bool = False) -> _Speaker | None:
        """The subject after the verb, up to the sentence end (or a comma, unless `strict`):
        "... বলেন তিনি।", "... বলে জানিয়েছেন মন্ত্রিপরিষদ সচিব শেখ আব্দুর রশীদ।"."""
        toks = unit.tokens
        k = ce + 1
        while k < len(toks) and toks[k].is_word and (toks[k].text in _NON_SUBJECT or _is_objective(toks[k].text)):
            k += 1
        j = k
        while j < len(toks) and (toks[j].is_word or toks[j].text in {"(", ")", "-", "."}) and j - k < 26:
            if toks[j].text == "(" and j > k:
                close = _aside_end(toks, j)
                if close is not None:
                    # "… বলেছেন প্রগ্রেস এডুকেশনাল ট্রাস্টের (একটি … কাজ করে) পরিচালক সারাহ নরক্রস।": an
                    # aside that explains the organisation; the subject is named after it
                    k = j = close + 1
                    continue
            if toks[j].text in {"যে", "যা", "বলে"} or (_is_verb_like(toks[j].text) and _role_of(toks[j].text) is None
                                                      and not toks[j].ends_name):
                return None  # (a name the tagger found may end like a verb: "… মনে করছেন আব্দুল বাতেন।")
            j += 1
        if j == k:
            return None
        if j < len(toks) and toks[j].text == ",":
            # "… বলে জানিয়েছেন তার ব্যক্তিগত চিকিৎসক, দলের স্থায়ী কমিটির সদস্য ডা. জাহিদ হোসেন।"
            m = j + 1
            while m < len(toks) and (toks[m].is_word or toks[m].text in {"(", ")", "-", "."}) and m - j < 14:
                m += 1
            tail = toks[j + 1:m]
            closed = m >= len(toks) or toks[m].text in _TERMINATORS
            if tail and tail[0].text in _RELATIVE:
                pass  # "… বলছিলেন রহিম উদ্দিন, যিনি একজন কৃষক।": the relative clause describes the subject
            elif closed and any(_role_of(t.text) or t.text in _ADDRESS for t in tail) and not any(
                    _is_verb_like(t.text) and _role_of(t.text) is None for t in tail):
                named = self._named_before_title(toks, k, j, m, unit)
                if named is not None:
                    return named
                j = m
            elif closed and tail and _role_of(toks[j - 1].text) and (
                    self.linker.is_name(tail[0].start) and self.linker.ends_name(tail[-1].start, tail[-1].end)
                    or self._bare_name(tail)):
                j = m  # "… বলেন দলের ভারপ্রাপ্ত চেয়ারম্যান, অশোক সোয়াইন।": the title, then the name
        ends = set(_TERMINATORS) | ({";"} if strict else {",", ";"})
        if j < len(toks) and toks[j].text not in ends and not toks[j].is_quote:
            return None
        if _is_objective(toks[j - 1].text):
            return None  # "… আশ্বাস দেন মীর হেলালকে": the addressee
        own = j
        while own - k > 1 and toks[own - 1].text in _REFLEXIVES:
            own -= 1  # "… সেটি বলছেন ক্যালিস নিজেও।": "himself" is no word of the name
        if own < j:
            speaker = self._np_speaker(toks, k, own, unit, post=True)
            if speaker is not None and speaker.name is not None:
                return speaker  # (a তিনি with no one to mean keeps its নিজেই, as before)
        if j - k >= 2 and toks[j - 1].text in _COMITATIVE and _is_genitive(toks[j - 2].text):
            # "এ বিষয়ে কথা হয় … পরিচালক মঈন উদ্দিনের সঙ্গে।": the one talked with, who speaks next
            return self._np_speaker(toks, k, j - 1, unit, post=True, case="genitive")
        return self._np_speaker(toks, k, j, unit, post=True)

    def _genitive_speaker(self, toks: list[_Tok], ci: int, floor: int) -> _Speaker:
        """The genitive phrase before an attribution noun: "রাশিয়ান সংবাদ সংস্থাগুলির মতে"."""
        j = ci - 1
        if j >= 0 and toks[j].text == "তথ্য":
            j -= 1
        if j < floor:
            return _NO_SPEAKER
        if toks[j].text in _GEN_PRONOUNS:
            return self._pronoun(toks[j].text, toks[j].start, toks[j].end)
        start = _np_start(toks, j, floor, genitive_head=True)
        # "শেখ মুজিবুর রহমানের সংবাদ সম্মেলনের বরাত দিয়ে": the one who held the press conference
        head = _strip_genitive(toks[j].text)
        if head.startswith(_EVENTS) or head.startswith(_DOCUMENTS):
            k = j - 1
            while k > start and not _is_genitive(toks[k].text):
                k -= 1
            if k >= start and _is_genitive(toks[k].text) and toks[k].text not in _GEN_PRONOUNS:
                j = k
        unit = self._unit_at(toks[j].start)
        speaker = self._np_speaker(toks, start, j + 1, unit, case="genitive")
        return speaker or _NO_SPEAKER

    def _source_speaker(self, toks: list[_Tok], i: int, j: int, unit: _Unit | None) -> _Speaker | None:
        words = [t for t in toks[i:j] if t.is_word]
        if not words:
            return None
        if toks[j].text in _LEARNT_FROM_HEADS:
            return self._learnt_from(toks, j, i)  # "… বলে হাসপাতাল থেকে জানা গেছে"
        mention = self.text[words[0].start:words[-1].end]
        name = _squash(mention) + " সূত্র"
        return _Speaker(name, mention, words[0].start, words[-1].end, "anonymous")

    def _passive_speaker(self, unit: _Unit, ci: int, *, document_speaks: bool = True) -> _Speaker:
        """"X-এর পক্ষ থেকে (তরফে) জানানো হয়", "X থেকে পাঠানো বিজ্ঞপ্তিতে", "X-এর বিবৃতিতে বলা হয়";
        a bare "বিজ্ঞপ্তিতে বলা হয়" or "এতে বলা হয়" is the issuer of the document reported on, and
        with no issuer in sight the document itself (`document_speaks`: "পরিকল্পনায় বলা হয়েছে")."""
        toks = unit.tokens
        document = None
        for j in range(ci - 1, -1, -1):
            t = toks[j].text
            if toks[j].is_quote or t in _TERMINATORS or t in _BOLE:
                break  # (what comes before "বলে" is the content: "… সদরঘাট থেকে লঞ্চ চলাচল বন্ধ রয়েছে বলে ধারণা করা হচ্ছে")
            if (t == "থেকে" or t == "তরফে") and j > 0 and toks[j + 1].text not in _APART_FROM:
                k = j - 1  # (… "উপদূতাবাসের তরফে জানানো হয়েছে": on its behalf, like পক্ষ থেকে)
                if toks[k].text in {"পক্ষ", "তরফ"} and k > 0:
                    k -= 1
                if toks[k].is_word:
                    speaker = self._phrase_ending_at(toks, k, unit, case="genitive" if _is_genitive(toks[k].text) else None)
                    if speaker is not None and speaker.name:
                        return speaker
            if t in _PRESS_EVENTS and document is None:
                # "বিএনপির সংবাদ সম্মেলনে জানানো হয়, …": who held the press conference told it
                k = j - 1
                while k >= 0 and toks[k].text in _BEFORE_DOCUMENT:
                    k -= 1
                if k >= 0 and _is_genitive(toks[k].text) and toks[k].text not in _GEN_PRONOUNS:
                    speaker = self._phrase_ending_at(toks, k, unit)
                    if speaker is not None and speaker.named and speaker.source_type in {"person", "organisation"}:
                        return speaker
            if (t.startswith(_DOCUMENTS) or t in _IN_IT or t in _NEWS_STORY) and document is None:
                document = j
                k = j - 1
                while k >= 0 and (toks[k].text in _BEFORE_DOCUMENT or _day_genitive(toks[k].text)
                                  or _is_locative(toks[k].text) and toks[k].text.startswith(_DOCUMENTS)):
                    k -= 1  # (… আওয়ামী লীগের | ভেরিফায়েড ফেসবুক পেজে এক পোস্টে; প্রথম আলোর | গতকালের প্রতিবেদনে)
                if k >= 3 and toks[k].text == ")" and toks[k - 2].text == "(":
                    k -= 3  # "আন্তঃবাহিনী জনসংযোগ পরিদফতরের (আইএসপিআর) এক সংবাদ বিজ্ঞপ্তিতে"
                if k >= 0 and _is_genitive(toks[k].text) and toks[k].text not in _GEN_PRONOUNS:
                    speaker = self._phrase_ending_at(toks, k, unit)
                    if speaker is not None and speaker.name:
                        return speaker
        behalf = self._behalf_after(unit, ci) if document is None else None
        if behalf is not None:
            return behalf
        if document is None:
            # the document after the cue: "… বয়ে যাওয়ার কথা বলা হয়েছে এই খবরে।"
            for j in range(ci + 1, min(len(toks), ci + 7)):  # (past a cue of up to three words)
                t = toks[j].text
                if t in _TERMINATORS or toks[j].is_quote:
                    break
                if t in _NEWS_STORY or t.startswith(_DOCUMENTS) and _is_locative(t):
                    document = j
                    break
        if document is not None:
            word = toks[document].text
            story = word in _NEWS_STORY or word in _IN_IT - {"সেখানে"} or word.startswith("প্রতিবেদন")
            name = _document_nominative(word) if not story and document_speaks else None
            first = _document_modifiers_start(toks, document)
            owned = first < document and any(_is_genitive(t.text) for t in toks[first:document])
            owner = self._issuing_owner(toks, first, document, unit) if owned else None
            if owner is None and document > ci + 1 and toks[document - 1].text in _ONE:
                one = _document_modifiers_start(toks, document - 1)  # "জাতিসংঘের | এক প্রতিবেদনে"
                if one < document - 1 and _is_genitive(toks[document - 2].text):
                    owner = self._issuing_owner(toks, one, document - 1, unit)
            if owner is not None and document > ci:
                # "“…,” বলা হয়েছে বিএনপির বিবৃতিতে", "… বলে দাবি করা হয়েছে জাতিসংঘের এক প্রতিবেদনে": the owner
                # named after the cue issued it, as in "বিএনপির বিবৃতিতে বলা হয়েছে"
                return owner
            if name is not None and owned and owner is None:
                # "… দাবি করা হয় সামাজিক মাধ্যমের পোস্টে": a platform's posts, nobody's notice: they speak
                return self._document_speaker(toks, first, document, name)
            issuer = self._issuer(toks[document].start, story=story)
            if issuer.name is None and name is not None:
                earlier = self._issued_earlier(unit, name) if first == document else None
                if earlier is not None:
                    return earlier
                # "পরিকল্পনায় বলা হয়েছে, …" with no issuer in sight: the document speaks (as annotated)
                return self._document_speaker(toks, first, document, name)
            return issuer
        return _NO_SPEAKER

    def _issued_earlier(self, unit: _Unit, document: str) -> _Speaker | None:
        """The issuer of a bare document (প্রজ্ঞাপনে বলা হয়) named where the article last brought in the
        same document, however far back: "বন মন্ত্রণালয়ের প্রশাসন শাখা থেকে জারি করা এক প্রজ্ঞাপনে এ তথ্য
        জানানো হয়। … । প্রজ্ঞাপনে বলা হয়, …" -> বন মন্ত্রণালয়ের প্রশাসন শাখা. The last mention with its
        issuer before it ("X থেকে জারি করা", "X-এর এক") counts, past ones that take it up again ("এই
        প্রজ্ঞাপনে"); a mention of another (এক প্রজ্ঞাপনে, with no issuer) stops the search: None."""
        for u in reversed(self.units[:unit.index]):
            toks = u.tokens
            for j in range(len(toks) - 1, 0, -1):
                if _document_nominative(toks[j].text) == document:
                    issuer = self._issuer_before_document(toks, j, u)
                    if issuer is not None:
                        return replace(issuer, mention=None, start=None, end=None, resolved=True)
                    if toks[j - 1].text not in _DEMONSTRATIVES and toks[j - 1].is_word:
                        return None  # another document ("এক প্রজ্ঞাপনে"), or someone else's
                    # ("উপসচিব এই প্রজ্ঞাপনে স্বাক্ষর করেন": the same one again; look further back)
        return None

    def _issuer_before_document(self, toks: list[_Tok], document: int, unit: _Unit) -> _Speaker | None:
        """Who issued the document at token `document`, named before it: "X থেকে জারি করা (এক)
        প্রজ্ঞাপনে", "X থেকে পাঠানো বিজ্ঞপ্তিতে", "X-এর এক প্রজ্ঞাপনে"; a person or an organisation."""
        k = document - 1
        while k > 0 and toks[k].text in _PRESS | _ONE:
            k -= 1
        if toks[k].text in _ISSUED_PARTICIPLES:
            k -= 1
        elif toks[k].text == "করা" and k > 0 and toks[k - 1].text in _ISSUING:
            k -= 2
        if k > 0 and toks[k].text == "থেকে":
            k -= 1
            if toks[k].text in {"পক্ষ", "তরফ"} and k > 0:
                k -= 1
        elif k < 0 or not _is_genitive(toks[k].text):
            return None  # (an issuer in the genitive may come with a participle: "মন্ত্রণালয়ের জারি করা")
        word = toks[k].text
        if k < 0 or not toks[k].is_word or word in _GEN_PRONOUNS or _day_genitive(word) \
                or self._nominative(word) in _PLATFORMS:
            return None
        issuer = self._phrase_ending_at(toks, k, unit, case="genitive" if _is_genitive(word) else None)
        if issuer is None or not issuer.name or issuer.source_type not in {"person", "organisation", "unknown"}:
            return None
        return issuer

    def _behalf_after(self, unit: _Unit, ci: int) -> _Speaker | None:
        """"… বলে জানানো হয়েছে বিএনপির পক্ষ থেকে।": on whose behalf a passive cue speaks, named after it
        and before the sentence ends, as before it ("বিএনপির পক্ষ থেকে জানানো হয়")."""
        toks = unit.tokens
        for j in range(ci + 3, min(len(toks), ci + MAX_NP_WORDS + 4)):
            if toks[j].text in _TERMINATORS or toks[j].is_quote or not toks[j].is_word:
                return None
            if toks[j].text == "থেকে" and toks[j - 1].text in {"পক্ষ", "তরফ"} and _is_genitive(toks[j - 2].text):
                speaker = self._phrase_ending_at(toks, j - 2, unit)
                return speaker if speaker is not None and speaker.name else None
        return None

    def _issuing_owner(self, toks: list[_Tok], first: int, document: int, unit: _Unit) -> _Speaker | None:
        """The genitive before a document (after the cue: "… বলা হয়েছে বিএনপির বিজ্ঞপ্তিতে") when it is one
        who issues it — a person or an organisation, not a platform (ফেসবুকের, সামাজিক মাধ্যমের)."""
        g = max(i for i in range(first, document) if _is_genitive(toks[i].text))
        if _PLATFORM_WORDS.intersection(t.text for t in toks[first:g]) or self._nominative(toks[g].text) in _PLATFORMS:
            return None
        owner = self._phrase_ending_at(toks, g, unit)
        if owner is not None and owner.named and owner.source_type in {"person", "organisation", "media"}:
            return owner
        return None

    def _phrase_ending_at(self, toks: list[_Tok], k: int, unit: _Unit, *, case: str | None = "genitive") -> _Speaker | None:
        """The speaker named by the noun phrase that ends at token k, its genitives included: the owner
        of a document or the one on whose behalf something is said ("আয়োজকদের", "বাংলাদেশ ব্যাংকের")."""
        return self._np_speaker(toks, _np_start(toks, k, 0, genitive_head=True), k + 1, unit, case=case)

    def _document_speaker(self, toks: list[_Tok], first: int, document: int, name: str) -> _Speaker:
        """The document, called by its owner and quantifier: "ফেসবুকের কিছু পোস্টে" -> ফেসবুকের কিছু পোস্ট."""
        phrase = " ".join([t.text for t in toks[first:document]] + [name])
        return _Speaker(phrase, self.text[toks[first].start:toks[document].end], toks[first].start,
                        toks[document].end, resolved=True)

    def _passive_request(self, unit: _Unit, cue: _Cue, ci: int, speaker: _Speaker) -> None:
        """"… শান্তিপূর্ণভাবে পালনের জন্য দেশবাসীর প্রতি বিনীত আহ্বান জানানো হয়": the request before
        the noun, without its addressee; a document's request right after its words is its author's."""
        toks = unit.tokens
        end = ci - 1
        addressee = _addressee(toks, end)
        if addressee is not None:
            end = _request_end(toks, addressee[0]) or addressee[0]
        start = _content_floor(toks, end, self._claimed_end(unit), self.text, unit.index == 0)
        # "… মন্ত্রণালয় থেকে দেওয়া এক প্রেস বিজ্ঞপ্তিতে | সুষ্ঠু … নির্বাচন আয়োজনের আহ্বান জানানো হয়": the
        # document the request was made in is not part of it
        start = next((i + 1 for i in range(end - 1, start - 1, -1)
                      if toks[i].text.startswith(_DOCUMENTS) and _is_locative(toks[i].text)), start)
        if not _has_words(toks, start, end, 3) or self._claimed(toks[start].start):
            return
        if speaker.name is None:
            last = self.found[-1] if self.found else None
            if last is not None and last.pattern == "passive" and self._unit_index(last.end) >= unit.index - 1:
                speaker = last.speaker
        self._add(toks[start].start, toks[end - 1].end, "indirect", speaker, cue.text, cue.framing, 0.55, "passive")
        unit.claimed = True

    def _passive_matter(self, unit: _Unit, cue: _Cue, ci: int, speaker: _Speaker) -> None:
        """"… নাম, ঠিকানা ও স্বাক্ষর নেওয়ার কথা বলা হয়েছে", "… বয়ে যাওয়ার কথা বলা হয়েছে এই খবরে": the
        verbal noun's clause before কথা/বিষয়টি is what the passive reports, without the noun (as
        annotated); "এ কথা বলা হয়েছে" has no verbal noun before it and reports nothing new."""
        toks = unit.tokens
        end = ci - 1
        start = _content_floor(toks, end - 1, self._claimed_end(unit), self.text, unit.index == 0)
        if not _has_words(toks, start, end, 3) or toks[start].text in _ANA_DET or self._claimed(toks[start].start):
            return
        if speaker.start is not None and speaker.start >= toks[start].start:
            speaker = _NO_SPEAKER  # "ভোটারদের কাছ থেকে … নেওয়ার কথা": a place in the content, not its source
        cue.consumed = True
        self._add(toks[start].start, toks[end - 1].end, "indirect", speaker, cue.text, cue.framing, 0.5, "passive")
        unit.claimed = True

    @staticmethod
    def _in_document(toks: list[_Tok], ci: int, kinds: tuple[str, ...] = _DOCUMENTS) -> bool:
        """The passive cue at `ci` reports a document (of one of `kinds`): "শোকবার্তায় (আরও) বলা হয়",
        "বিবৃতিতে জানানো হয়"."""
        j = ci - 1
        while j >= 0 and toks[j].text in {"আরও", "আরো", "এতে", "সেখানে"}:
            j -= 1
        return j >= 0 and toks[j].text.startswith(kinds) and _is_locative(toks[j].text)

    def _issuer(self, offset: int, *, story: bool = False) -> _Speaker:
        """The organisation that issued the document last reported on (for "বিজ্ঞপ্তিতে বলা হয়"); for a
        `story` (খবরে, প্রতিবেদনটিতে, এতে) in a press review, the newspaper whose story it is ("'…'
        মানবজমিনের শিরোনাম। খবরে বলা হচ্ছে, …")."""
        paper = self._press_credit(offset) if story else None
        if paper is not None:
            return paper
        unit = self._unit_at(offset)
        before = self.units[unit.index - 1] if unit is not None and unit.index > 0 else None
        closing = self._closing_organisation(before) if before is not None else None
        if closing is not None:
            # "… একটি বক্তব্য প্রচার করে দূতাবাস। তাতে বলা হয়", "… স্পষ্টীকরণ করেছে নির্বাচন কমিশন (ইসি)।
            # সেখানে বলা হয়েছে": the organisation that closes the sentence just before, not an earlier speaker
            return closing
        for at, speaker in self._recent():
            if at < offset and speaker.source_type in {"organisation", "media", "person"}:
                if self._unit_index(offset) - self._unit_index(at) <= 3:
                    return replace(speaker, mention=None, start=None, end=None, resolved=True)
                break
        # "... বাজুসের এক বিজ্ঞপ্তিতে এসব তথ্য জানানো হয়েছে। ... বিজ্ঞপ্তিতে বলা হয়": look back
        if unit is None:
            return _NO_SPEAKER
        for u in reversed(self.units[max(0, unit.index - 2):unit.index]):
            toks = u.tokens
            for j, t in enumerate(toks):
                if (t.text.startswith(_DOCUMENTS) or t.text == "গেজেট") and j + 2 < len(toks) \
                        and toks[j + 1].text in _ISSUING:
                    # "মন্ত্রণালয় এ বিষয়ে প্রজ্ঞাপন জারি করে।", "… গেজেট জারি করে ইসি।": who issued it
                    issuer = self._name_opening_clause(u, j, _clause_floor(toks, j)) \
                        or self._np_after(u, j + 2, strict=True)
                    if issuer is not None and issuer.name and issuer.source_type in {"organisation", "person"}:
                        return replace(issuer, mention=None, start=None, end=None, resolved=True)
                if t.text in {"পক্ষ", "তরফ"} and j > 0 and j + 1 < len(toks) and toks[j + 1].text == "থেকে" \
                        and _is_genitive(toks[j - 1].text) and toks[j - 1].text not in _GEN_PRONOUNS:
                    # "এনসিপির পক্ষ থেকে … সংবাদ সম্মেলনের ঘোষণা দেওয়া হয়েছে। এতে জানানো হয়েছে …"
                    issuer = self._phrase_ending_at(toks, j - 1, u)
                    if issuer is not None and issuer.name and issuer.source_type in {"organisation", "person"}:
                        return replace(issuer, mention=None, start=None, end=None, resolved=True)
                if t.text.startswith(_DOCUMENTS) and j > 0:
                    k = j - 1
                    while k >= 0 and (toks[k].text in _PRESS or toks[k].text in {"এক", "একটি"}):
                        k -= 1
                    if k >= 0 and _is_genitive(toks[k].text):
                        issuer = self._phrase_ending_at(toks, k, u)
                        if issuer is not None and issuer.name:
                            return issuer
        return _NO_SPEAKER

    def _closing_organisation(self, unit: _Unit) -> _Speaker | None:
        """The organisation named last in a sentence, as the subject after its verb ("… ধারা যুক্ত
        করেছে নির্বাচন কমিশন (ইসি)।"), or None."""
        toks = unit.tokens
        end = len(toks)
        while end > 0 and not toks[end - 1].is_word and toks[end - 1].text not in {")"}:
            end -= 1
        if end >= 3 and toks[end - 1].text == ")" and toks[end - 3].text == "(":
            end -= 3  # the acronym in brackets
        if end < 2:
            return None
        if toks[end - 1].ends_name and toks[end - 1].name_start >= 0:
            start = _first_of_name(toks, end - 1, 0)
        elif toks[end - 1].is_word and _org_word(toks[end - 1].text) and not _is_genitive(toks[end - 1].text):
            # "… একটি বক্তব্য প্রচার করে দূতাবাস। তাতে বলা হয়": an organisation named by its kind
            start = end - 1
            while start > max(0, end - 3) and toks[start - 1].is_word and not _is_verb_like(toks[start - 1].text) \
                    and toks[start - 1].text not in _NON_SUBJECT:
                start -= 1
        else:
            return None
        if start == 0 or not _is_verb_like(toks[start - 1].text):
            return None  # the name must follow its verb
        speaker = self._np_speaker(toks, start, end, unit)
        if speaker is None or not speaker.name or speaker.source_type != "organisation":
            return None
        return replace(speaker, mention=None, start=None, end=None, resolved=True)

    def _press_credit(self, offset: int) -> _Speaker | None:
        """The newspaper a press review credits the story before `offset` to: "… — বণিক বার্তার প্রধান
        শিরোনাম এটি।", "'…' আজকের পত্রিকার শিরোনাম।", "যুগান্তর পত্রিকার আজকের খবর- …" (BBC Bangla's
        daily review of the papers), within the last few sentences."""
        unit = self._unit_at(offset)
        if unit is None:
            return None
        for u in reversed(self.units[max(0, unit.index - PRESS_CREDIT_UNITS):unit.index + 1]):
            toks = u.tokens
            for j, t in enumerate(toks):
                if t.text not in _STORY_WORDS or t.start >= offset:
                    continue
                k = j - 1
                while k >= 0 and toks[k].text in _STORY_PLACES:
                    k -= 1
                if (k < 0 or not _is_genitive(toks[k].text)) and "পত্রিকার" in (x.text for x in toks[k + 1:j]):
                    # the paper called a paper: "আজকের পত্রিকার শিরোনাম", "যুগান্তর পত্রিকার আজকের খবর"
                    k = next(i for i in range(j - 1, k, -1) if toks[i].text == "পত্রিকার")
                after = [x.text for x in toks[j + 1:j + 3]]
                credit = after[:1] in (["।"], ["-"], ["–"], ["—"]) or after == ["এটি", "।"] or after == ["এটা", "।"]
                if k < 0 or not credit or not _is_genitive(toks[k].text) or toks[k].text in _GEN_PRONOUNS:
                    continue
                words = [t.text for t in toks[_np_start(toks, k, 0, genitive_head=True):k + 1]]
                while len(words) > 1 and words[0] in _PAPER_DESCRIPTIONS:
                    words = words[1:]  # "এটি | বণিক বার্তার", "ইংরেজি দৈনিক | দ্য বিজনেস স্ট্যান্ডার্ডের"
                name = " ".join(words[:-1] + [_without_genitive_ending(words[-1])])
                return _Speaker(self.linker.by_name(name) or name, None, None, None, "media", named=True,
                                resolved=True)
        return None

    def _np_speaker(self, toks: list[_Tok], i: int, j: int, unit: _Unit | None, *, post: bool = False,
                    case: str | None = None) -> _Speaker | None:
        """A speaker from the noun phrase toks[i:j]: pronoun, name with role, or description."""
        # drop a parenthetical (acronym, age) but keep an acronym with the affiliation
        words = _without_parentheses(toks[i:j])
        while len(words) > 1 and words[-1].text in _TRAILING_ADVERBS:
            words = words[:-1]  # "ভারত খুবই ‘প্ররোচনামূলক’ বলে মনে করেছে", "ভারত যেহেতু মনে করে"
        acronym = _parenthetical(toks[i:j])
        demonstrative = any(w.text in _DEMONSTRATIVES and _role_of(words[-1].text) and not self.linker.is_name(w.start)
                            for w in words[:-1]) \
            or bool(words) and words[0].text in _DEMONSTRATIVES and not self.linker.is_name(words[0].start)
        # (an এ that opens a name the tagger found is an initial, "এ জেড এম জাহিদ হোসেন", not "this")
        while words and (words[0].text in _NON_SUBJECT or words[0].text in _CONNECTORS) and len(words) > 1:
            words = words[1:]
        if not words:
            return None
        if any(w.text.endswith(("কে", "কেও", "কেই")) and _is_objective(w.text) and not self.linker.is_name(w.start)
               and not self.linker.ends_name(w.start, w.end) and not self.text.startswith("উদ্ধৃত", w.end + 1)
               for w in words):
            return None  # "… উল্লেখ করে দিল্লির ভূমিকাকে সম্পূর্ণ 'অগ্রহণযোগ্য' বলে …": an object, never who speaks
            # (but the one quoted is: "… এক শীর্ষ কর্মকর্তাকে উদ্ধৃত করে লিখেছে")
        if len(words) > 1 and words[-1].text in _ET_AL:
            # "এতে বক্তব্য দেন হাসানুল হক ইনু, … সাইদুল ইসলাম প্রমুখ": the last of a list of people, a
            # group; no one person a later তিনি or an unowned report means
            mention = self.text[words[0].start:words[-1].end]
            return _Speaker(_squash(mention), mention, words[0].start, words[-1].end, "group", plural=True)
        partitive = self._partitive(toks, i, words)
        if partitive is not None:
            return partitive
        if case is None and len(words) > 1 and words[-1].text in _DATA_SUBJECTS and _is_genitive(words[-2].text) \
                and self.linker.ends_name(words[-2].start, words[-2].end):
            # "বাংলাদেশ ব্যাংকের তথ্য বলছে, …": the data's owner says it
            at = _token_index(toks, words[-2].start)
            owner = self._np_speaker(toks, i, at + 1, unit, post=post, case="genitive") if at is not None else None
            if owner is not None and owner.name is not None:
                return owner  # (a named owner only: not "ক্ষয়ক্ষতির হিসাব", an estimate of the damage)
        if case is None and len(words) > 1 and _is_genitive(words[-1].text) \
                and words[-1].start in self.linker.place_or_org_starts \
                and words[-2].end in self.linker.person_ends:
            words = words[:-1]  # "ডোনাল্ড ট্রাম্প | ফিলিস্তিনের … হামাসকে সতর্ক করে বলেছেন": the genitive is the object's
        if words[-1].text in _INDEFINITE:
            # "কেউ কেউ বলছেন" (some say) is a group, a lone "কেউ" (someone) an anonymous source: a phrase
            # of the text, never a name to link or to resolve a later তিনি to
            n = len(words) - 2 if len(words) > 1 and words[-2].text in _INDEFINITE else len(words) - 1
            some = words[n:]
            mention = self.text[some[0].start:some[-1].end]
            return _Speaker(_squash(mention), mention, some[0].start, some[-1].end,
                            "group" if len(some) > 1 else "anonymous", plural=len(some) > 1)
        cut = next((n for n, w in enumerate(words[:-1]) if w.text in _GROUPS_ALONE), None)
        if cut is not None:
            words = words[:cut + 1]  # "অনেকে | নির্বাচনি কার্যক্রম থেকে …": "many" takes nothing after it
        if len(words) > 1 and words[-1].text in _STANDALONE_GROUPS and not _is_genitive(words[-2].text):
            if words[-2].text.endswith("খাত"):
                # "আর্থিক খাত সংশ্লিষ্টরা", "ব্যাংকখাত সংশ্লিষ্টরা": those of a sector
                words = words[-3:] if len(words) > 2 and (_is_adjective(words[-3].text) or words[-3].text.endswith("িক")) \
                    else words[-2:]
            else:
                words = words[-1:]  # "… সর্বাত্মক অবরোধ স্থানীয়রা জানান": the locals alone
        first, last = words[0], words[-1]
        if last.text in _RELATIVE:
            return self._relative(toks, i, unit)
        if len(words) == 1 and last.text in _THINGS:
            return None  # "এটিও ইঙ্গিত দেয়": a thing, not a speaker
        if last.text in {"কথা", "কথাও", "কথাই"}:
            return None  # "… অনেক ভোটার এমন কথাও প্রকাশ্যে বলেছেন": what was said, not who
        if last.text.endswith(("টি", "টা", "টিই")) and not _is_demonstrative_org([w.text for w in words[-2:]]) \
                and len(last.text) > 3 and not _org_word(last.text) and not _role_of(last.text) \
                and not self.linker.is_name(last.start) and last.text.removesuffix("টি") not in _SOURCE_NOUNS \
                and not (len(words) == 1 and self.linker.organisation_opened_by(last.text)):
            # (but "অ্যামনেস্টি বলেছে" after "অ্যামনেস্টি ইন্টারন্যাশনাল": the first word of a name)
            # "না করার বিষয়টি": a matter, not a speaker (but "এসভিটি" is a name, "এনসিপির সূত্রটি" a source)
            return None
        if len(words) == 1 and words[0].text in _NON_SUBJECT | _BREAK:
            return None
        if len(words) == 1 and (last.text in _SINGULAR or last.text in _PLURAL or _strip_case(last.text) in _SINGULAR):
            taken_up = self._relative_head(toks, i, unit)
            if taken_up is not None:
                return replace(taken_up, mention=last.text, start=last.start, end=last.end)
            return self._pronoun(last.text, last.start, last.end)
        if len(words) == 1 and last.text in _GEN_PRONOUNS:
            return self._pronoun(last.text, last.start, last.end)
        if last.text in _RELATIVE:
            return self._relative(toks, i, unit)
        if post:
            words = _post_np(words)
            while len(words) > 1 and words[0].text in _PARTICIPLES:
                words = words[1:]  # "… কমিটিতে থাকা ডেমোক্র্যাট সদস্যরা": the participle belongs to the place
            # an apposition after a comma names the speaker: keep the part after the last comma
            comma = max((n for n, t in enumerate(toks[i:j]) if t.text == ","), default=None)
            if comma is not None:
                words = [w for w in words if w.start > toks[i + comma].start] or words
        if case is not None:
            while len(words) > 1 and words[0].text in _PARTICIPLES:
                words = words[1:]  # "সোমবার প্রকাশিত | একটি আন্তর্জাতিক সংস্থার প্রতিবেদনে": the participle is the report's
        named_as = [n for n, w in enumerate(words) if w.text in {"নামের", "নামক", "নামে"}]
        if named_as and 0 < named_as[-1] < len(words) - 1:
            # "আজহারুল হক নামের একজন লেখেন": the name before নামের
            cut = named_as[-1]
            lo = cut - 1 if _is_locative(words[cut - 1].text) and not _is_genitive(words[cut - 1].text) else cut
            # (the word before নামে ends the name, though it looks like a place: "সন্দীপ লামিচানে নামে")
            while lo > 0 and cut - lo < 4 and not _is_genitive(words[lo - 1].text) and not _is_locative(words[lo - 1].text):
                lo -= 1
            if self.linker.ends_name(words[cut - 1].start, words[cut - 1].end):
                # a name the tagger found may look like a genitive: "মিহির কবিরাজ নামের একজন"
                lo = next((n for n in range(max(0, cut - 4), cut) if self.linker.is_name(words[n].start)), lo)
            if lo > 0 and _role_of(words[lo - 1].text) and words[cut].text == "নামে":
                # "… বিভাগের পরিচালক জো চুন রিয়ং নামে একজন বিশ্লেষক বলেছেন": one introduced with a title is
                # no stranger "by the name of"; the analyst after it is another (a translated list)
                words = words[cut + 1:]
            else:
                words = words[lo:cut] or words
        elif len(words) > 1 and words[-1].text in _DETERMINERS and words[-1].text not in {"একজন"}:
            words = words[:-1]  # "ল্যান্ড্রি নিজের …": a possessive belongs to what follows
        if case is None and not post:
            described = max((n for n, w in enumerate(words[:-1]) if w.text in _PARTICIPLES), default=None)
            if described is not None and (any(self.linker.is_name(w.start) or _role_of(_strip_case(w.text))
                                              is not None or _org_word(w.text) for w in words[described + 1:])
                                          or _counted_people(words[described + 1:])
                                          and j < len(toks) and toks[j].text.endswith("ন")):
                # (a title with its particle: "আমাদের সঙ্গে কথা বলা | সমস্ত বিশেষজ্ঞই বলেছেন")
                words = words[described + 1:]  # "দোকানে বসে থাকা | রিকশাচালক রহমত আলী": who is described
        if case is None and not post and (any(w.text in _PARTICIPLES for w in words)
                                          or words[-1].text.endswith(_VERBAL_NOUN_ENDINGS) and len(words) > 1
                                          and not self.linker.ends_name(words[-1].start, words[-1].end)):
            return None  # "ট্রাম্পের দেওয়া প্রস্তাব", "সহযোগিতা করার": not a subject phrase (but পরওয়ার)
        if len(words) > 1 and (words[-1].text in _SINGULAR or words[-1].text in _PLURAL):
            # "কোনো প্রমাণ ছাড়াই তিনি বলেছেন": the pronoun is the subject
            return self._pronoun(words[-1].text, words[-1].start, words[-1].end)
        first, last = words[0], words[-1]
        texts = [w.text for w in words]
        if case is None:
            texts[-1] = _without_particle(texts[-1])  # "অন্য নেতারাও বলেন"
        if case == "genitive":
            texts[-1] = self._nominative(texts[-1])
        elif case == "objective":
            texts[-1] = _strip_case(texts[-1])
        name_i, role, affiliation = _split_role(texts)
        if name_i is not None and name_i < len(texts) and texts[name_i] in {"ও", "এবং"}:
            name_i, role, affiliation = None, None, None  # "কয়েকজন প্রার্থী ও কয়েকটি দল": coordinated, no name
        if affiliation and acronym:
            affiliation = f"{affiliation} ({acronym})"
        if name_i is not None and 0 < name_i < len(words):
            # the tagger reads a title word as part of the name: "আমীর খসরু মাহমুদ চৌধুরী"
            n = name_i - 1
            while n >= 0 and _role_of(texts[n]) and not _is_genitive(texts[n]):
                if texts[n] in _NAME_LIKE_ROLES and self.linker.person_at(words[n].start, words[-1].end):
                    _, role, affiliation = _split_role(texts[:n] + ["x"]) if n else (None, None, None)
                    name_i = n
                    break
                n -= 1
        named_part = words[name_i:] if name_i is not None and name_i < len(words) else words
        entity_speaker = self.linker.speaker(named_part[0].start, named_part[-1].end) if named_part else None
        anon = _anonymous_prefix(self.text, first.start)
        if anon is not None:
            phrase = _squash(self.text[anon:words[-1].end])
            name = phrase.rsplit(" ", 1)[0] + " " + self._nominative(phrase.rsplit(" ", 1)[-1]) \
                if case == "genitive" and " " in phrase else phrase
            # (many of them unnamed, "… শর্তে কলেজের শিক্ষক-কর্মচারীরা", are no one a later তিনি means)
            plural = _is_plural_phrase([_without_particle(w.text) for w in words])
            return _Speaker(name, self.text[anon:words[-1].end], anon, words[-1].end,
                            "group" if plural else "anonymous", plural=plural)
        subunit = _subunit_parent(texts)
        if entity_speaker is not None and entity_speaker.name:
            own = _clean_name([w.text for w in named_part])
            fuller = _fuller_name(own.split(), entity_speaker.name.split(),
                                  before=entity_speaker.source_type == "person")
            if fuller is not None:
                entity_speaker.name = fuller  # the tagger cut the name short (আব্দুস for আব্দুস সালাম)
            elif case is None and entity_speaker.source_type == "person" and own != entity_speaker.name and \
                    own.startswith(entity_speaker.name) and len(own) - len(entity_speaker.name) <= 2 and \
                    " ".join(own.split()[:-1]) == " ".join(entity_speaker.name.split()[:-1]):
                # a subject is in the nominative: "আব্দুল্লাহ আল জাবের ঘোষণা দেন" is not a genitive of জাব
                entity_speaker.name = own
        if entity_speaker is not None and subunit is None:
            entity_speaker.role = entity_speaker.role or role
            entity_speaker.affiliation = entity_speaker.affiliation or affiliation
            return entity_speaker
        if subunit is not None and _role_of(_strip_genitive(subunit.split()[-1])) is None:
            head, _, tail_word = subunit.rpartition(" ")
            parent = (head + " " if head else "") + self._nominative(tail_word)
            linked = self.linker.by_name(parent)
            mention = self.text[words[0].start:words[-1].end]
            return _Speaker(linked or parent, mention, words[0].start, words[-1].end, "organisation", named=True)
        if name_i is not None and name_i < len(words):
            name_words = words[name_i:]
            while name_words and _is_address(name_words[0].text):
                name_words = name_words[1:]
            if name_words and not all(w.text in _NON_SUBJECT for w in name_words):
                ntexts = texts[len(texts) - len(name_words):]
                name = self._without_emphatic(_clean_name(ntexts)) if case is None else _clean_name(ntexts)
                mention = self.text[name_words[0].start:name_words[-1].end]
                linked = self.linker.by_name(name) or self._full_name(name)
                return _Speaker(linked or name, mention, name_words[0].start, name_words[-1].end,
                                "person" if not _org_like(ntexts) else _phrase_type(ntexts), role, affiliation,
                                named=True)
        # no name after a role: a description (মন্ত্রিপরিষদ সচিব) or a name without a title (রাজীব হায়দার)
        if role is not None:
            setting = _setting_end(texts)
            words, texts = words[setting:], texts[setting:]
        phrase = _squash(" ".join(texts))
        mention = self.text[words[0].start:words[-1].end]
        if role is not None:
            plural = _is_plural_phrase(texts) or any(t in _GROUP_DETERMINERS for t in texts)
            # "বিশ্লেষকরা", "অনেক বিশ্লেষক": a group is never the one person introduced with the title
            resolved = None if plural else self._resolve_title(texts, role, affiliation, words[0].start, demonstrative)
            if resolved is not None:
                return replace(resolved, mention=mention, start=words[0].start, end=words[-1].end, resolved=True,
                               role=resolved.role or role, affiliation=resolved.affiliation or affiliation)
            stype = "group" if plural else "anonymous"
            return _Speaker(phrase, mention, words[0].start, words[-1].end, stype, role, affiliation, plural=plural)
        if _is_demonstrative_org(texts):
            org = self._last_of_type(words[0].start, {"media"} if _MEDIA_RE.search(phrase) else {"organisation"})
            if org is not None:
                return replace(org, mention=mention, start=words[0].start, end=words[-1].end, resolved=True)
        if demonstrative or _is_age_descriptor(texts):
            person = self._resolve_title(texts, None, None, words[0].start, True)
            if person is not None:
                return replace(person, mention=mention, start=words[0].start, end=words[-1].end, resolved=True)
        known = self._known_prefix(texts)
        if known is not None:
            # "ফাইয়াজুর রহমান মিতু অবাক বিস্ময় নিয়ে বলেন": the phrase opens with someone who spoke before
            return replace(known, mention=self.text[words[0].start:words[len(known.name.split()) - 1].end]
                           if known.name else None, start=words[0].start,
                           end=words[len((known.name or "").split()) - 1].end, resolved=False)
        stype = _phrase_type(texts)
        affiliation = None
        if stype == "person":
            cut = _possessor_cut(texts)
            if cut:
                # "নাগরিক ঐক্যের মাহমুদুর রহমান মান্না": the genitive phrase is the affiliation
                affiliation = " ".join(texts[:cut - 1] + [self._nominative(texts[cut - 1])])
                words, texts = words[cut:], texts[cut:]
                mention = self.text[words[0].start:words[-1].end]
        cleaned = _clean_name(texts) if stype == "person" else phrase
        linked = self.linker.by_name(cleaned) or (self._full_name(cleaned) if stype == "person" else None)
        if linked is None and len(words) == 1 and case is None:
            opened = self.linker.organisation_opened_by(cleaned)
            if opened is not None:
                # "অ্যামনেস্টি বলেছে" after "অ্যামনেস্টি ইন্টারন্যাশনাল": the organisation by its first word
                return _Speaker(opened, mention, words[0].start, words[-1].end, "organisation", named=True)
        return _Speaker(linked or cleaned, mention, words[0].start, words[-1].end, stype, affiliation=affiliation,
                        plural=stype == "group", named=stype in {"person", "organisation", "media"})

    def _nominative(self, word: str) -> str:
        """The nominative of a genitive word, checked against the article's own words: বাফুফের ->
        বাফুফে when বাফুফে occurs (else the rule: কিমের -> কিম), বিটিএমএর -> বিটিএমএ."""
        if word in _INDEFINITE_GENITIVES:
            return _INDEFINITE_GENITIVES[word]  # "অনেকের মতে" -> অনেকে, "সবার" -> সবাই
        stem = word[:-3]
        if word.endswith("দের") and len(word) >= 6 and word not in _PLURAL_GEN and (
                stem.endswith("ক") or _role_of(stem) is not None or _plural_subject(stem + "রা")):
            # "আয়োজকদের পক্ষ থেকে" -> আয়োজকরা: -দের on a word for people is their plural (but আহমেদের
            # is আহমেদ's)
            return stem + "রা"
        default = _strip_genitive(word)
        if self._vocabulary is None:
            self._vocabulary = frozenset(_words(self.text))
        for candidate in (default, word[:-1] if word.endswith(("ের", "এর")) else None):
            if candidate and candidate in self._vocabulary:
                return candidate
        return default

    _vocabulary: frozenset[str] | None = None

    def _known_prefix(self, texts: list[str]) -> _Speaker | None:
        """A remembered person whose name the phrase starts with (and goes on past)."""
        if len(texts) < 3:
            return None
        for _, speaker in self._recent():
            name = speaker.name or ""
            words = name.split()
            if speaker.named and speaker.source_type == "person" and 1 < len(words) < len(texts) \
                    and texts[:len(words)] == words:
                return speaker
        return None

    def _full_name(self, name: str) -> str | None:
        """A surname alone (মি. ইসলাম, পেসকভ) -> the full name of a person who spoke before."""
        if not name or " " in name:
            return None
        for _, speaker in self._recent():
            if speaker.named and speaker.source_type == "person" and speaker.name and " " in speaker.name \
                    and name in speaker.name.split():
                return speaker.name
        # the one person of the article with this surname ("মি. ইসলাম" after "নাহিদ ইসলাম")
        fuller = {e.name for e in self.linker.persons if len(e.name.split()) > 1 and e.name.split()[-1] == name}
        return fuller.pop() if len(fuller) == 1 else None

    def _relative_head(self, toks: list[_Tok], i: int, unit: _Unit | None) -> _Speaker | None:
        """The noun phrase a pronoun takes up after a relative clause: "তার দুই সহকর্মী, যারা খুব
        কাছেই ছিলেন, | তারা বিবিসিকে বলেছেন …" -> তার দুই সহকর্মী."""
        if i < 4 or toks[i - 1].text != ",":
            return None
        r = i - 2
        while r > 0 and toks[r].text not in _RELATIVE and toks[r].text not in {",", "।"} and i - r < 12:
            r -= 1
        if r < 2 or toks[r].text not in _RELATIVE or toks[r - 1].text != ",":
            return None
        head = self._relative(toks, r, unit)
        return head if head.name else None

    def _relative(self, toks: list[_Tok], i: int, unit: _Unit | None) -> _Speaker:
        """"মার্কিন কর্মকর্তারা, যারা ..." -> the noun phrase before the comma."""
        j = i - 1
        while j >= 0 and toks[j].text == ",":
            j -= 1
        if j < 0:
            return _NO_SPEAKER
        first_person = toks[j].text.endswith(_FIRST_PERSON_PERFECT)
        if first_person or _is_verb_like(toks[j].text) and _role_of(toks[j].text) is None:
            return self._correlative(toks, j, unit, object_head=first_person)
        start = _np_start(toks, j, 0)
        return self._np_speaker(toks, start, j + 1, unit) or _NO_SPEAKER

    def _correlative(self, toks: list[_Tok], j: int, unit: _Unit | None, *, object_head: bool = False) -> _Speaker:
        """"… সেসব বুদ্ধিজীবীকে মিথ্যাবাদী প্রমাণ করে, যারা …": a clause before the relative names who
        it is about with a correlative (সেসব, সেই); the noun after it, in the nominative. With
        `object_head` (the reporter's own "we" verb: "আমরা এরকম ১৫টি পরিবারকে চিহ্নিত করেছি, যারা
        বলছেন …"), the clause's object, counted, is whom the relative takes up."""
        floor = _clause_floor(toks, j)
        if object_head:
            for c in range(j - 1, floor, -1):
                word = toks[c].text
                if toks[c].is_word and _is_objective(word) and word not in _PLURAL_GEN \
                        and (toks[c - 1].text[:1].isdigit() or toks[c - 1].text in _GROUP_DETERMINERS):
                    mention = self.text[toks[c - 1].start:toks[c].end]
                    name = f"{toks[c - 1].text} {_strip_case(word)}"
                    return _Speaker(name, mention, toks[c - 1].start, toks[c].end, "group", plural=True)
                if word in _WITH_WORDS and toks[c - 1].is_word and _is_genitive(toks[c - 1].text):
                    # "আমরা এমন একজনের সঙ্গেও কথা বলেছি যিনি বলছেন …": the one talked with
                    one = toks[c - 1]
                    return _Speaker(self._nominative(one.text), one.text, one.start, one.end, "anonymous")
            return _NO_SPEAKER
        for c in range(j - 1, floor - 1, -1):
            if toks[c].text in _CORRELATIVES and c + 1 < j:
                noun = toks[c + 1]
                if not noun.is_word or _is_verb_like(noun.text):
                    break
                base = _strip_case(noun.text)
                mention = self.text[toks[c].start:noun.end]
                plural = toks[c].text != "সেই" or _plural_subject(base)
                return _Speaker(f"{toks[c].text} {base}", mention, toks[c].start, noun.end,
                                "group" if plural else "anonymous", plural=plural)
        return _NO_SPEAKER

    def _pronoun(self, word: str, start: int, end: int) -> _Speaker:
        """তিনি/উনি/তার -> the most recent person speaker (or a person just named, when the article's
        entities are known and the last speaker is further back); তারা/তাদের -> the most recent
        group or organisation."""
        plural = word in _PLURAL or word in _PLURAL_GEN
        best: _Speaker | None = None
        best_at = -1
        for at, speaker in self._recent():
            if at >= start:
                continue
            if plural:
                # (a plural phrase too: "আয়োজকদের পক্ষ থেকে জানানো হয়, … । তারা বলেন, …" -> আয়োজকরা)
                fits = speaker.plural or speaker.source_type in {"organisation", "group", "media"} \
                    or _plural_name(speaker)
            else:
                fits = not speaker.plural and speaker.source_type in {"person", "anonymous"}
            if fits:
                best, best_at = speaker, at
                break
        if not plural:
            candidate = self.linker.recent_person(start, self.masked, listed=self._listed_person)
            # "তিনি আরও বলেন": "further" goes on with the last speaker, whoever was named since
            goes_on = best is not None and _FURTHER_RE.match(self.masked, end) is not None
            # "… জানতে চাইলে তিনি বলেন", "এমন প্রশ্নের জবাবে তিনি বলেন": the one being asked is the one
            # who has been speaking, not the last person the speech talked about
            asked = best is not None and _ASKED_RE.search(self.masked, max(0, start - 30), start) is not None
            if asked and candidate is not None and candidate.start is not None \
                    and self._unit_index(candidate.start) < self._unit_index(start):
                goes_on = True
            if candidate is not None and candidate.start is not None and not goes_on and (
                    best is None or candidate.start > best_at and
                    self._unit_index(start) - self._unit_index(best_at) > 1):
                best = candidate
            # "একজন নারী ভোটারের সঙ্গে কথা হয় …, তিনি জানিয়েছেন": the one talked with since
            talked = self._talked_with_before(start)
            chosen_at = best.start if best is not None and best is candidate and best.start is not None else best_at
            if talked is not None and talked.start is not None and talked.start > chosen_at:
                best = talked
            elif best is not None and best is not candidate and not goes_on and 0 <= best_at \
                    and self._unit_index(start) - self._unit_index(best_at) > 1:
                # the last speaker is further back than the sentence before, which brings in someone
                # new: "দক্ষিণ সুদানের সেনাবাহিনীর একজন মুখপাত্রও লড়াইয়ের কথা নিশ্চিত করেছেন। তিনি বলেন"
                introduced = self._introduced_just_before(start)
                if introduced is not None:
                    best = introduced
        else:
            group = self._group_just_before(start) or self._people_just_before(start)
            # "… খুনিরা গ্রেপ্তার না হওয়া পর্যন্ত … ঘোষণা দিয়েছে ইনকিলাব মঞ্চ। … তারা বাধ্য হবেন": the
            # organisation closing the sentence before after its verb is that sentence's subject, though
            # only reported there; a plural inside its clauses is not
            closing_org = self._organisation_closing_sentence_before(start)
            # "… দূতাবাস এক বার্তায় জানিয়েছে, …। যুক্তরাজ্য হাইকমিশনও গভীর শোক প্রকাশ করেছে। তারা বলেছে":
            # the organisation opening the sentence just before as its subject, newer than the last speaker
            opening_org = self._organisation_opening_sentence_before(start)
            if closing_org is not None:
                best = closing_org
            elif group is not None and group.start is not None and group.start > best_at:
                best = group
            elif opening_org is not None and opening_org.start is not None and opening_org.start > best_at:
                best = opening_org
        if not plural:
            closing = self._title_closing_sentence_before(start)
            if closing is not None and (best is None or best.name != closing.name):
                best = closing
        if best is None and not plural:
            best = self._titled_just_before(start)
        if best is None and plural:
            best = self._bodies_owning_just_before(start)
        if best is None:
            return _Speaker(None, word, start, end, "unknown")
        return replace(best, mention=word, start=start, end=end, resolved=True)

    def _partitive(self, toks: list[_Tok], i: int, words: list[_Tok]) -> _Speaker | None:
        """"রাজনৈতিক বিশ্লেষকদের অনেকে", "বিশ্লেষকদের কেউ কেউ": some of a group named in the genitive
        plural right before them are the speakers, a group of that kind."""
        if not words or words[0].text not in _PARTITIVES or i == 0 or words[-1].text not in _PARTITIVES:
            return None
        k = i - 1
        group = toks[k].text
        if not toks[k].is_word or not group.endswith("দের") or group in _PLURAL_GEN or len(group) < 5:
            return None
        while k > 0 and i - k < 3 and toks[k - 1].is_word and not _is_genitive(toks[k - 1].text) \
                and not _is_verb_like(toks[k - 1].text) and not _is_locative(toks[k - 1].text) \
                and not _is_objective(toks[k - 1].text) and toks[k - 1].text not in _BREAK \
                and toks[k - 1].text not in _CONNECTORS and toks[k - 1].text not in _NON_SUBJECT:
            k -= 1
        mention = self.text[toks[k].start:words[-1].end]
        return _Speaker(_squash(mention), mention, toks[k].start, words[-1].end, "group", plural=True)

    def _talked_with_before(self, offset: int) -> _Speaker | None:
        """"গোপালপুর গ্রামের একজন নারী ভোটারের সঙ্গে কথা হয় বিবিসি বাংলার, তিনি জানিয়েছেন": the person a
        title describes whom the reporter talked with, in this sentence or the two before it."""
        index = self._unit_index(offset)
        for u in reversed(self.units[max(0, index - 2):index + 1]):
            toks = u.tokens
            for j in range(len(toks) - 1, 0, -1):
                if toks[j].start >= offset or toks[j].text not in _COMITATIVE:
                    continue
                if not (j + 2 < len(toks) and toks[j + 1].text == "কথা" and toks[j + 2].text.startswith("হ")
                        or _talk_opens(toks, j)):
                    continue
                k = j - 1
                word = toks[k].text
                base = self._nominative(word) if _is_genitive(word) else word
                if _role_of(base) is None or _is_plural_phrase([base]) or self.linker.is_name(toks[k].start) \
                        or toks[k - 1].text in _COUNTED_GROUP_OPENERS:
                    return None  # (not many: "নিষিদ্ধ দুই ক্রিকেটারের সাথে কথা বলেছেন")
                # "একজন নারী ভোটার": the description opened by its indefinite
                first = next((i for i in range(k - 1, max(-1, k - 4), -1) if toks[i].text in _INDEFINITE_OPENERS),
                             None)
                if first is None or not all(t.is_word for t in toks[first:k]):
                    first = _genitive_phrase_start(toks, k, 0, self.linker.is_name)
                words = [t.text for t in toks[first:k]] + [base]
                return _Speaker(" ".join(words), None, toks[first].start, toks[k].end, "person", role=base)
        return None

    def _introduced_just_before(self, offset: int) -> _Speaker | None:
        """The one person the sentence just before brings in with an indefinite title ("দক্ষিণ সুদানের
        সেনাবাহিনীর একজন মুখপাত্রও … নিশ্চিত করেছেন", "… পুলিশ সদর দফতরের এক শীর্ষ কর্মকর্তাকে উদ্ধৃত
        করেছে", "এক কর্মকর্তার সঙ্গে কথা হয়"): as subject, object or the one talked with, a new
        person whom a তিনি opening the next sentence takes up. None when there are two such, or the
        title only owns something ("এক নারীর মরদেহ")."""
        before = self._sentence_before(offset)
        if before is None:
            return None
        toks = before.tokens
        found: _Speaker | None = None
        for o, tok in enumerate(toks):
            if tok.text not in _INDEFINITE_OPENERS - {"কোনো"}:
                continue
            k = next((m for m in range(o + 1, min(len(toks), o + 1 + MAX_INTRODUCED_WORDS))
                      if not toks[m].is_word or _role_of(_strip_case(toks[m].text)) is not None), None)
            if k is None or not toks[k].is_word:
                continue
            word = toks[k].text
            after = toks[k + 1].text if k + 1 < len(toks) else ""
            if _is_genitive(word) and after not in _COMITATIVE | {"কাছে"}:
                continue  # (whose: "এক কর্মকর্তার বাসায়")
            base = _without_genitive_ending(word) if _is_genitive(word) else _strip_case(word)
            if _is_plural_phrase([base]) or _role_of(base) is None:
                continue
            first = _genitive_phrase_start(toks, o, 0, self.linker.is_name)
            if any(entity.type == "PERSON" for _, _, entity in self.linker.within(toks[first].start, toks[k].end)):
                continue  # a named person is the entity's: `recent_person`
            if found is not None:
                return None
            # the phrase as its subject would read: the title without its case ending (a prefix of it)
            head = _Tok(base, toks[k].start, toks[k].start + len(base))
            found = self._np_speaker(toks[:k] + [head], first, k + 1, before)
            if found is None or not found.name or found.plural or found.source_type not in {"person", "anonymous"}:
                return None
        return found

    def _title_closing_sentence_before(self, offset: int) -> _Speaker | None:
        """"সংবাদ সম্মেলনে সেই প্রসঙ্গও টানেন পররাষ্ট্র উপদেষ্টা। তিনি বলেন, …": the subject that
        closes the sentence just before, after its verb, is whom তিনি opens the next with; a bare title
        there is the person introduced with it (তৌহিদ হোসেন), not the last one named."""
        index = self._unit_index(offset)
        if index == 0 or self.units[index].start > offset:
            return None
        unit = self.units[index - 1]
        if "\n" in self.text[unit.end:self.units[index].start]:
            return None
        toks = unit.tokens
        end = len(toks)
        while end > 0 and not toks[end - 1].is_word:
            end -= 1
        if end < 3 or _role_of(toks[end - 1].text) is None or _is_genitive(toks[end - 1].text):
            return None
        start = end - 1
        while start > max(0, end - 5) and toks[start - 1].is_word and not _honorific_finite(toks[start - 1]) \
                and not _is_verb_like(toks[start - 1].text):
            start -= 1
        if start == 0 or not _honorific_finite(toks[start - 1]):
            return None
        speaker = self._np_speaker(toks, start, end, unit)
        if speaker is None or not speaker.name or speaker.plural or speaker.source_type != "person":
            return None
        return speaker

    def _words_of_sentence_before(self, offset: int) -> tuple[list[_Tok], int] | None:
        """The tokens of the sentence just before `offset` and the index just after its last word
        (its closing punctuation left out); None at the text's first sentence."""
        before = self._sentence_before(offset)
        if before is None:
            return None
        toks = before.tokens
        end = len(toks)
        while end > 0 and not toks[end - 1].is_word:
            end -= 1
        return toks, end

    def _organisation_closing_sentence_before(self, offset: int) -> _Speaker | None:
        """The organisation a sentence just before closes with, right after its verb, as its subject
        ("… ঘোষণা দিয়েছে ইনকিলাব মঞ্চ।", "… দাবি জানিয়েছে সুপ্রিম কোর্ট বার অ্যাসোসিয়েশন।")."""
        words = self._words_of_sentence_before(offset)
        if words is None or words[1] < 2:
            return None
        toks, end = words
        for s, e, entity in self.linker.within(toks[0].start, toks[end - 1].end):
            if entity.type != "ORG" or e != toks[end - 1].end or self.text[s:e] != entity.name \
                    and self.text[s:e] not in entity.aliases or _MEDIA_RE.search(entity.name):
                continue  # (in the nominative, as named; a newspaper closing a sentence is its source)
            first = next((k for k in range(end) if toks[k].start == s), None)
            if first is None or first == 0 or not _finite(toks[first - 1].text):
                continue
            return _Speaker(entity.name, self.text[s:e], s, e, "organisation", named=True)
        return None

    def _organisation_opening_sentence_before(self, offset: int) -> _Speaker | None:
        """The organisation that opens the sentence just before as its subject, in the nominative (an
        "also" -ও allowed), the sentence ending in a finite verb: "যুক্তরাজ্য হাইকমিশনও গভীর শোক প্রকাশ
        করেছে।" -> যুক্তরাজ্য হাইকমিশন. Not a newspaper (a source, not an actor)."""
        words = self._words_of_sentence_before(offset)
        if words is None or words[1] < 3 or not _finite(words[0][words[1] - 1].text):
            return None
        toks, end = words
        for s, e, entity in self.linker.within(toks[0].start, toks[0].end):
            surface = self.text[s:e]
            if entity.type != "ORG" or s != toks[0].start or _MEDIA_RE.search(entity.name):
                continue
            if surface not in (entity.name, entity.name + "ও") and surface not in entity.aliases:
                continue  # (in the nominative, as named: not "জামায়াতের নেতারা")
            if self._heads_longer_phrase(toks, e, end):
                return None
            return _Speaker(entity.name, surface, s, e, "organisation", named=True)
        return None

    def _heads_longer_phrase(self, toks: list[_Tok], e: int, end: int) -> bool:
        """Does the organisation ending at offset `e` only modify a longer subject ("বিসিবি পরিচালক মিতু
        …", "ঢাকা বিশ্ববিদ্যালয় (ঢাবি) ছাত্রদল সভাপতি …"): a role or another name right after it (past
        its abbreviation), or a person named in the sentence?"""
        k = next((i for i in range(end) if toks[i].start >= e), end)
        if k < end and toks[k].text.startswith("("):
            k = next((i for i in range(k, end) if toks[i].text.endswith(")")), end) + 1
        if k < end and (_role_of(_strip_case(toks[k].text)) is not None or self.linker.is_name(toks[k].start)):
            return True
        return any(entity.type == "PERSON" for _, _, entity in self.linker.within(toks[0].start, toks[end - 1].end))

    def _titled_just_before(self, offset: int) -> _Speaker | None:
        """"কেরানীগঞ্জের রুপালী গার্মেন্টসের ম্যানেজারের অভিজ্ঞতা … তুলে ধরে। তিনি জানান": with no one
        named before, তিনি is the person a title describes in the sentence just before (the last one)."""
        before = self._sentence_before(offset)
        if before is None:
            return None
        toks = before.tokens
        for k in range(len(toks) - 1, -1, -1):
            word = toks[k].text
            base = self._nominative(word) if _is_genitive(word) else word
            if not toks[k].is_word or _role_of(base) is None or _is_plural_phrase([base]) \
                    or k > 0 and toks[k - 1].text in _COUNTED_GROUP_OPENERS:
                continue  # (not many: "… দুই ক্রিকেটারের সাথে কথা বলেছেন")
            first = _genitive_phrase_start(toks, k, 0, self.linker.is_name)
            if first > 0 and toks[first - 1].text in _INDEFINITE_OPENERS:
                first -= 1  # "এক কর্মকর্তার …। তিনি জানান": the one just introduced
            opener = next((o for o in range(first - 1, max(-1, first - 4), -1) if toks[o].text in {"একজন", "এক"}), None)
            if opener is not None and opener > 0 and word == base and k == _last_word_index(toks):
                # "রেনি চং পেশায় একজন গণসংযোগ উপদেষ্টা। … তিনি বলেন": the title is what the sentence's
                # subject is, and that subject is whom তিনি means
                subject = self._sentence_subject(before)
                if subject is not None and subject.name and subject.named and not subject.plural \
                        and subject.source_type in {"person", "organisation"} and subject.end is not None \
                        and subject.end <= toks[opener].start and _role_of(subject.name.split()[-1]) is None:
                    return replace(subject, source_type="person")  # (a person's title: "গোষ্ঠীর" is theirs)
            words = [t.text for t in toks[first:k]] + [base]
            return _Speaker(" ".join(words), None, None, None, "person", role=base)
        return None

    def _people_just_before(self, offset: int) -> _Speaker | None:
        """"… প্রার্থী আনোয়ারুল ইসলাম এবং … ইয়াসিন আলী মনোনয়নপত্র জমা দেন। তারা দাবি করেন, …": people
        named in the nominative and listed with commas and a last ও/এবং in the sentence just before
        are whom তারা points back to, together; so are those listed as the ones talked with ("… শফিকুল,
        তোফায়েল ও সেলিমের সঙ্গে যোগাযোগ করা হলে তাঁরা …"), the last name then in the genitive."""
        unit = self._sentence_before(offset)
        if unit is None:
            return None
        people: list[tuple[int, int, str]] = []
        for start, end, entity in self.linker.within(unit.start, unit.end):
            if entity.type == "PERSON" and not any(p[2] == entity.name for p in people):
                people.append((start, end, entity.name))
        run = self._listed_run(people)
        if run is None:
            return None
        *heads, last = run
        name = ", ".join(p[2] for p in heads) + f" ও {last[2]}"
        return _Speaker(name, None, run[0][0], last[1], "group", plural=True)

    def _listed_run(self, people: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
        """The one list of two or more of these people ("A, B ও C"), each but the last in the
        nominative, the last in the nominative or the genitive of the one talked with; None when there
        is none, or more people than the list are named in the nominative."""
        def nominative(p: tuple[int, int, str]) -> bool:
            return self.text[p[0]:p[1]].endswith(p[2].split()[-1])

        def joined(a: tuple[int, int, str], b: tuple[int, int, str], last: bool) -> bool:
            # (a title may come before the next name: "আনোয়ারুল ইসলাম এবং স্বতন্ত্র প্রার্থী ইয়াসিন আলী")
            between = self.text[a[1]:b[0]]
            if any(m in between for m in "।?!"):
                return False
            if last:
                return re.search(r"(?:^|\s)(?:ও|এবং)\s", between) is not None
            return between.lstrip().startswith(",") and len(between.split()) <= MAX_LISTED_GAP_WORDS

        for i in range(len(people) - 1):
            j = i + 1
            while j + 1 < len(people) and joined(people[j - 1], people[j], last=False):
                j += 1
            run = people[i:j + 1]
            if not joined(run[-2], run[-1], last=True) or not all(nominative(p) for p in run[:-1]):
                continue
            talked_with = _TALKED_WITH.match(self.text, run[-1][1]) is not None
            if not (nominative(run[-1]) or talked_with):
                continue
            others = [p for p in people if p not in run and nominative(p)]
            return run if not others or talked_with else None
        return None

    def _group_just_before(self, offset: int) -> _Speaker | None:
        """"… সিদ্ধান্তকে ব্যবসায়ী নেতা ও শিল্পসংশ্লিষ্টরা ইতিবাচকভাবে গ্রহণ করেছেন। তাদের মতে, …": the
        plural subject (-রা) of the sentence just before is whom তারা/তাদের points back to, though it
        was not a speaker."""
        unit = self._sentence_before(offset)
        if unit is not None:
            toks = unit.tokens
            for k in range(len(toks) - 1, -1, -1):
                word = toks[k].text
                if not _plural_subject(word):
                    continue
                speaker = self._np_speaker(toks, _np_start(toks, k, 0), k + 1, unit)
                if speaker is not None and speaker.name:
                    return replace(speaker, source_type="group", plural=True, named=False)
            for k in range(len(toks) - 1, -1, -1):
                if _plural_of_bodies(toks[k].text):
                    # "সোমালিয়ার আশপাশের দেশগুলোও উদ্বিগ্ন হয়ে পড়েছে। তারা আশঙ্কা করছে": countries or
                    # organisations in the nominative plural, whom তারা takes up as well as people
                    speaker = self._np_speaker(toks, _np_start(toks, k, 0), k + 1, unit)
                    if speaker is not None and speaker.name:
                        name = " ".join(speaker.name.split()[:-1] + [_without_particle(speaker.name.split()[-1])])
                        return replace(speaker, name=name, source_type="organisation", plural=True, named=False)
            counted = self._counted_group(unit) or self._part_of_people(unit)
            if counted is not None:
                return counted
        return None

    def _bodies_owning_just_before(self, offset: int) -> _Speaker | None:
        """Bodies in the genitive plural in the sentence just before ("… কারণে এনজিওগুলোর কাজ
        বাধাগ্রস্ত হচ্ছে। তারা আশঙ্কা করছে"): whom তারা takes up when no one else is there."""
        unit = self._sentence_before(offset)
        if unit is None:
            return None
        for tok in unit.tokens:
            word = tok.text
            if _is_genitive(word) and _plural_of_bodies(_without_genitive_ending(word)):
                name = _without_genitive_ending(word)
                return _Speaker(name, word, tok.start, tok.end, "organisation", plural=True)
        return None

    def _part_of_people(self, unit: _Unit) -> _Speaker | None:
        """A part of a people named in the genitive plural opening the sentence ("বাংলাদেশিদের একটি অংশ
        … বিরক্তি প্রকাশ করে আসছেন। … বলে মনে করেন তারা।", "ব্যবসায়ীদের একাংশ …"): a group."""
        toks = unit.tokens
        k = _after_leading_setting(toks, 0, len(toks))
        if k >= len(toks) or not toks[k].text.endswith("দের") or toks[k].text in _PLURAL_GEN or len(toks[k].text) < 5:
            return None
        end = k + 1
        while end < len(toks) and end - k <= MAX_PART_WORDS and toks[end].text in _PART_MODIFIERS:
            end += 1
        if end >= len(toks) or toks[end].text not in _PARTS:
            return None
        mention = self.text[toks[k].start:toks[end].end]
        return _Speaker(_squash(mention), mention, toks[k].start, toks[end].end, "group", plural=True)

    def _counted_group(self, unit: _Unit) -> _Speaker | None:
        """A group counted in the nominative ("কিছু মুসলিম জমিদার … চেষ্টা করেছিলেন। তারা প্রশ্ন করেছিলেন,
        …"): a counting word and up to three plain words ending in a word for people (a title, or a
        noun for people by what they do), no genitive, object or place among them."""
        toks = unit.tokens
        for k, tok in enumerate(toks):
            if tok.text not in _COUNTED_GROUP_OPENERS:
                continue
            end = k + 1
            while end < len(toks) and end - k <= MAX_COUNTED_GROUP_WORDS and toks[end].is_word and not (
                    _is_genitive(toks[end].text) and not toks[end].text.endswith("দার")  # (জমিদার, ঠিকাদার)
                    or _is_objective(toks[end].text) or _is_locative(toks[end].text)
                    or _is_verb_like(toks[end].text) or toks[end].text in _BREAK):
                end += 1
            # up to the last word that names people: a title or a noun for people by what they do
            head = next((m for m in range(end, k + 1, -1) if _role_of(toks[m - 1].text)
                         or toks[m - 1].text.endswith(_AGENT_SUFFIXES + ("দার",))), None)
            if head is not None:
                speaker = self._np_speaker(toks, k, head, unit)
                if speaker is not None and speaker.name:
                    return replace(speaker, source_type="group", plural=True, named=False)
        return None

    def _resolve_title(self, texts: list[str], role: str | None, affiliation: str | None, offset: int,
                       demonstrative: bool = False) -> _Speaker | None:
        """A bare title (মন্ত্রিপরিষদ সচিব, বিটিএমএর সাবেক পরিচালক, এই কিপার) -> the person introduced
        with it earlier; a demonstrative or an age ("২৭ বছর বয়সী কিপার") -> the last person."""
        anaphoric = demonstrative or _is_age_descriptor(texts) or _is_epithet(texts, role)
        if role is not None and affiliation and _anaphoric_owner(affiliation):
            owned = self._title_of_country_spoken_of(role, offset)
            if owned is not None:
                return owned
        for at, speaker in self._recent():
            if at < offset and (demonstrative or texts[0] == "সংশ্লিষ্ট") and role is not None and not speaker.named \
                    and not speaker.plural \
                    and speaker.source_type == "anonymous" and speaker.role and _same_role(role, speaker.role):
                # "শিলংয়ে পুলিশ সদর দফতরের এক শীর্ষ কর্মকর্তা … ওই কর্মকর্তা" (or "সংশ্লিষ্ট কর্মকর্তা",
                # the one concerned): the one described before
                return replace(speaker, mention=None, start=None, end=None, resolved=True)
            if at >= offset or not speaker.named or speaker.source_type != "person":
                continue
            if role is not None and speaker.role and _same_role(role, speaker.role) and \
                    self._same_affiliation(affiliation, _owner(speaker)):
                return speaker
        for person in self.linker.titled_persons(offset, self.masked):
            if role is not None and person.role and _same_role(role, person.role) and \
                    self._same_affiliation(affiliation, _owner(person)):
                return person
        if role is not None and affiliation and not anaphoric and not affiliation.endswith(("টি", "টা")) \
                and not any(t in _INDEFINITE or t in {"এক", "একজন", "কয়েকজন", "একাধিক"} for t in texts):
            # a lede's "গ্রিনল্যান্ডের প্রধানমন্ত্রী বলেছেন" before the body names him with the same
            # title and affiliation: the one person so introduced later (the title right before the
            # name); "বিএনপির একজন জ্যেষ্ঠ নেতা" is someone unnamed
            later = {p.name: p for p in self.linker.titled_persons(len(self.text) + 1, self.masked)
                     if p.start is not None and p.start > offset and p.role and _same_role(role, p.role)
                     and p.affiliation and self._same_affiliation(affiliation, p.affiliation) and self._title_right_before(p)
                     and "।" in self.text[offset:p.start]}  # (not "জামায়াতের আমির খালেদা জিয়ার মৃত্যুতে …")
            if len(later) == 1:
                return next(iter(later.values()))
        if (role in _TOP_OFFICES and affiliation or role in _HEADS_OF_STATE and not affiliation) and not anaphoric:
            # "মির্জা ফখরুল বলেন, …। বিএনপি মহাসচিব বলেন, …": a party's one office holder, when the
            # only person who has spoken so far was named without a title; so too the country's one
            # head ("শেখ হাসিনা বলেন, …। … প্রধানমন্ত্রী বলেন, …"), whose bare title needs no owner
            people = {s.name: s for at, s in self._recent() if at < offset and s.named and s.source_type == "person"}
            if len(people) == 1 and next(iter(people.values())).role is None:
                return next(iter(people.values()))
        if anaphoric:
            for at, earlier in self._recent():
                if at < offset and earlier.named and earlier.source_type == "person":
                    return earlier
            recent = self.linker.recent_person(offset, self.masked, listed=self._listed_person)
            if recent is not None:
                return recent
        return None

    def _title_of_country_spoken_of(self, role: str, offset: int) -> _Speaker | None:
        """"সে দেশের প্রধানমন্ত্রী" when two prime ministers were named ("ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদী
        এবং নিউজিল্যান্ডের প্রধানমন্ত্রী ক্রিস্টোফার লাক্সন"): the one whose country the text spoke of last
        before it ("… নিউজিল্যান্ডের পার্লামেন্টে অনুমোদন দরকার। … সে দেশের প্রধানমন্ত্রী"). None unless
        people with that title and different owners were named."""
        people: dict[str, _Speaker] = {}
        owners: dict[str, set[str]] = {}
        for p in self.linker.titled_persons(offset, self.masked):
            if not (p.name and p.role and _same_role(role, p.role)) or p.start is None:
                continue
            # the owner in the genitive right before the title before the name ("ভারতের প্রধানমন্ত্রী নরেন্দ্র …")
            before = self.text[max(0, p.start - 80):p.start].split()
            if len(before) < 2 or _role_of(before[-1]) is None or not _same_role(role, before[-1]) \
                    or not _is_genitive(before[-2]) or _anaphoric_owner(" ".join(before[-3:-1])):
                continue
            people.setdefault(p.name, p)
            owners.setdefault(p.name, set()).update(_name_keys(before[-2]))
        if len(people) < 2:
            return None
        spoken = self.masked[:offset]

        def last_said(name: str) -> int:
            return max((spoken.rfind(k) for k in owners[name] if len(k) >= 3), default=-1)

        ranked = sorted(people, key=last_said, reverse=True)
        first, second = last_said(ranked[0]), last_said(ranked[1])
        return people[ranked[0]] if first > second else None

    def _same_affiliation(self, a: str | None, b: str | None) -> bool:
        """`_compatible`, or both name one organisation of the article (ইসি ~ নির্বাচন কমিশন). A title
        owned by a person ("সালমান খানের আইনজীবী") is not that of someone introduced with the title
        alone ("আইনজীবী মনজিল মোরসেদ"): a lawyer is not everybody's lawyer."""
        if a and not b and self.linker.by_name(a) in self.linker.person_names:
            return False
        if _compatible(a, b):
            return True
        linked = self.linker.by_name(a)
        return linked is not None and linked == self.linker.by_name(b)

    def _title_right_before(self, person: _Speaker) -> bool:
        """Is the person's title written right before the name (… প্রধানমন্ত্রী জেন্স-ফ্রেডেরিক নিলসেন)?"""
        before = [w for w in self.text[max(0, (person.start or 0) - 60):person.start].split() if not _is_address(w)]
        return bool(before) and _role_of(before[-1]) is not None

    def _last_of_type(self, offset: int, types: set[str]) -> _Speaker | None:
        for at, speaker in self._recent():
            if at < offset and offset - at > MAX_ANAPHORA_CHARS:
                break  # (as far back as an entity's mention is looked for: `_EntityLinker.recent_org`)
            if at < offset and speaker.source_type in types and speaker.named:
                return speaker
        linked = self.linker.recent_org(offset, self.masked)
        if linked is not None or "organisation" not in types:
            return linked
        # no entities: the last acronym or organisation word before it ("… বিএনপির স্থায়ী কমিটি … দলটির")
        for m in reversed(list(_WORDS_RE.finditer(self.masked, max(0, offset - 400), offset))):
            word = m.group()
            base = self._nominative(word) if _is_genitive(word) else word
            if _is_objective(word) or _is_locative(word) or _MEDIA_RE.fullmatch(base):
                continue
            if _ACRONYM.fullmatch(base) and len(base) >= 3 or _org_word(word) and base not in lx.ORGANISATION_WORDS:
                return _Speaker(base, word, m.start(), m.end(), "organisation", named=True)
        return None

    # -- bookkeeping ---------------------------------------------------------------------------

    def _add(self, start: int, end: int, kind: str, speaker: _Speaker, cue: str | None, framing: str,
             confidence: float, pattern: str) -> None:
        start, end = _trim(self.text, start, end, kind)
        if end <= start or kind == "indirect" and end - start > MAX_INDIRECT_CHARS:
            return
        if self._genitive_name(speaker):
            speaker = _NO_SPEAKER
        speaker = self._joined_speakers(speaker)
        if speaker.name is None:
            confidence *= 0.8
        elif speaker.resolved:
            confidence *= 0.9
        self.found.append(_Found(start, end, kind, speaker, cue, framing, confidence, pattern))
        if speaker.name is not None:
            # a speaker is "last heard" where the quote ends: a তিনি after a long speech is still them
            insort(self.history, (end, speaker), key=lambda h: h[0])

    def _joined_speakers(self, speaker: _Speaker) -> _Speaker:
        """"বিএনপি নেতা ফরিদুজ্জামান ফরহাদ ও ববি হাজ্জাজ জানান", "জোনায়েদ সাকী, সাইফুল হক ও … মান্না
        বলেন": people named in the nominative and joined to the named speaker by ও/এবং (and commas
        before it) speak together; the speaker becomes "X ও Y" (or "X, Y ও Z"). Only a title may stand
        between a join and the next name."""
        if not (speaker.named and speaker.source_type == "person" and not speaker.resolved
                and speaker.name and speaker.start is not None):
            return speaker
        names: list[str] = []
        at, join = speaker.start, "ও"
        while (before := self._person_joined_before(at, join)) is not None:
            at, name = before
            names.insert(0, name)
            join = ","
        if not names or speaker.name in names:
            return speaker
        listed = ", ".join(names)
        # (a group, as with "X ও Y … । তারা বলেন": the archive's registry gets no person "X ও Y")
        return replace(speaker, name=f"{listed} ও {speaker.name}", source_type="group", plural=True)

    def _person_joined_before(self, at: int, join: str) -> tuple[int, str] | None:
        """The person named in the nominative right before a join ("ও"/"এবং", or a comma) that a
        title at most separates from `at`: where their mention starts and their name."""
        window = self.text[max(0, at - 200):at]
        words = list(re.finditer(r"\S+", window))
        base = max(0, at - 200)
        for n in range(len(words) - 1, max(-1, len(words) - 2 - MAX_JOINED_TITLE_WORDS), -1):
            word = words[n].group()
            if join == "ও" and word in {"ও", "এবং"}:
                end = base + words[n].start() - 1
            elif join == "," and word.endswith(","):
                end = base + words[n].end() - 1
            else:
                if _is_verb_like(word) or word[-1] in _CLAUSE_PUNCTUATION \
                        or _is_locative(word) and word not in _TITLE_SETTINGS \
                        or self.linker.person_starts_at(base + words[n].start()):
                    return None  # a clause, a punctuation mark or another name: no title of the next one
                continue
            mention = self.linker.person_ending_at(end)
            if mention is None:
                return None
            return mention
        return None

    def _recent(self) -> Iterable[tuple[int, _Speaker]]:
        """The remembered speakers, most recent first (a bounded look-back keeps this linear)."""
        return islice(reversed(self.history), HISTORY_LOOKBACK)

    def _cues_after(self, offset: int) -> Iterator[_Cue]:
        for i in range(bisect_right(self.cue_starts, offset), len(self.cues)):
            yield self.cues[i]

    def _claimed(self, offset: int) -> bool:
        for found in reversed(self.found[-6:]):
            if found.kind == "indirect" and found.start <= offset < found.end:
                return True
        return False

    def _claimed_end(self, unit: _Unit) -> int:
        """The end of the last reported content inside this unit (a floor for the next one)."""
        best = unit.start
        for found in reversed(self.found[-6:]):
            if unit.start <= found.end <= unit.end:
                best = max(best, found.end)
        return best

    def _later_cue(self, unit_cues: _CueList, cue: _Cue) -> _Cue | None:
        return next((c for c in unit_cues.after(cue.end) if c.kind in {"verb", "noun", "passive"}), None)

    def _before_own_closing_cue(self, unit: _Unit, k: int, end: int) -> int:
        """"মি. কাদের বিবিসিকে বলেছেন, আওয়ামী লীগ বিহীন নির্বাচন ঠিক হচ্ছে না বলে তিনি মনে করেন": the
        speaker's view is closed by বলে and a cue of the speaker's own (a pronoun or no subject); the
        content ends before বলে."""
        toks = unit.tokens
        last = end - 1
        while last > k and not toks[last].is_word:
            last -= 1
        for cue in islice(self._cues_after(toks[k].start), 25):
            if cue.start >= toks[last].end:
                break
            if cue.end != toks[last].end:
                continue
            ci = _token_index(toks, cue.start)
            if ci is None:
                return end
            b = ci - 1
            if b > k and toks[b].text in _SINGULAR | _PLURAL:
                b -= 1
            if b > k + 1 and toks[b].text in _BOLE:
                return b
        return end

    def _embedded_attribution(self, unit: _Unit, k: int, end: int) -> int:
        """"X জানান, A, একইসাথে তিনি জোর দিয়ে বলেন যে B": A ends where the new attribution starts."""
        toks = unit.tokens
        for cue in islice(self._cues_after(toks[k].start), 25):
            if cue.start >= unit.end:
                break
            if cue.kind not in {"verb", "noun"}:
                continue
            ci = _token_index(toks, cue.start)
            ce = _token_index(toks, cue.end - 1)
            if ci is None or ce is None or ci < k + 3:
                continue
            nxt, introduced = _content_start(toks, ce + 1)
            if not introduced or nxt >= len(toks) or toks[ce + 1].text == "-":
                continue
            span = _np_before(toks, ci, k)
            if span is None:
                continue
            head = toks[span[1] - 1].text
            if head in _SINGULAR | _PLURAL or _role_of(head) or self.linker.is_name(toks[span[0]].start):
                start = span[0]
                while start > k and toks[start - 1].text in {",", "এবং", "আর", "ও"}:
                    start -= 1
                if start == k:
                    # "বিসিবি লিখেছে, বাংলাদেশ ক্রিকেট বোর্ড গভীর দুঃখের সাথে জানাচ্ছে যে …": the
                    # statement's own words, not a new attribution
                    return end
                return start
        return end

    def _next_clause_cue(self, unit: _Unit, k: int, end: int) -> int:
        """Where a new attribution starts inside the content ("… হবে এবং X-এর মতে …")."""
        toks = unit.tokens
        for cue in islice(self._cues_after(toks[k].start), 25):
            if cue.start >= unit.end:
                break
            ci = _token_index(toks, cue.start)
            if ci is None:
                continue
            if cue.kind == "acc" and ci > k and (_is_genitive(toks[ci - 1].text) or toks[ci - 1].text in _GEN_PRONOUNS) \
                    and (cue.text in _ACCORDING_NO_COMMA or ci + 1 < len(toks) and toks[ci + 1].text in {",", ":"}):
                # "… মানুষের প্রত্যাশা পূরণের …" is content; "… এবং তাদের প্রত্যাশা, …" a new attribution
                start = _np_start(toks, ci - 1, k, genitive_head=True)
                while start > k and toks[start - 1].text in {"এবং", "ও", ",", "আর"}:
                    start -= 1
                return start
            if cue.kind == "verb" and ci > k + 2:
                span = _np_before(toks, ci, k)
                if span is not None and span[0] > k and toks[span[0] - 1].text in {",", "এবং", "আর"}:
                    start = span[0]
                    while start > k and toks[start - 1].text in {"এবং", "ও", ",", "আর"}:
                        start -= 1
                    return start
        return end

    def _mark_at(self, offset: int) -> _Marked | None:
        return self.mark_by_open.get(offset)

    # -- nested quotations and fragments -------------------------------------------------------

    def _nested(self) -> None:
        """Quotations inside a kept direct quote ("তিনি আমাকে বলেছিলেন, ‘সতর্ক থেকো…’"): the subject
        of the cue before them speaks; তিনি there is someone other than the outer speaker."""
        kept = {f.start: f for f in self.found if f.kind == "direct"}
        for mark in self.marked:
            outer = kept.get(mark.start)
            if outer is None or not mark.children:
                continue
            inner = _mask(self.text, mark.children, mark.start, mark.end)
            local = _tokenize(inner, 0, len(inner))
            for child in mark.children:
                qi = _token_index(local, child.open - mark.start)
                if qi is None:
                    continue
                j = qi - 1
                while j >= 0 and local[j].text in {",", ":", "-"}:
                    j -= 1
                if j < 0 or local[j].text not in _SPEECH_VERBS:
                    continue
                span = _np_before(local, j, _previous_quote(local, j) + 1)
                speaker = outer.speaker
                if span is not None:
                    word = local[span[1] - 1].text
                    if word in _SINGULAR:
                        other = self._other_person(child.open, outer.speaker)
                        speaker = replace(other, mention=word, start=None, end=None, resolved=True) \
                            if other.name else _Speaker(None, word, None, None)
                    elif word not in _FIRST_PERSON_WORDS:
                        name = _squash(inner[local[span[0]].start:local[span[1] - 1].end])
                        speaker = _Speaker(self.linker.by_name(name) or name, name, mark.start + local[span[0]].start,
                                           mark.start + local[span[1] - 1].end, "person", named=True)
                self._add(child.start, child.end, "direct", speaker, local[j].text, "neutral", 0.6, "nested")

    def _other_person(self, offset: int, outer: _Speaker) -> _Speaker:
        person = self.linker.recent_person(offset, self.masked, exclude=outer.name, skip_quotes=False,
                                            listed=self._listed_person)
        return person or _NO_SPEAKER

    def _fragments_in_reported(self) -> None:
        """A short quotation inside reported speech is the speaker's own wording."""
        # a nominal content ("… ‘বিশেষ আদর’ পাওয়ার বিষয়টি") is the reporter's phrase, not the speaker's words,
        # and so is a question or a wish taken up by সেই প্রশ্ন / সে বিষয়ে ("… 'যে কোনো মূল্যে এমপি হওয়ার'
        # প্রকাশ্য এই চেষ্টা কতটা নৈতিক সেই প্রশ্নও তুলছেন অনেকে")
        reported = [f for f in self.found if f.kind == "indirect" and f.speaker.name
                    and f.pattern not in {"matter", "resumptive"}]
        if not reported:
            return
        have = {f.start for f in self.found if f.kind == "direct"}
        starts = [f.start for f in reported]
        for mark in self.marked:
            if mark.start in have or not mark.closed:
                continue
            i = bisect_right(starts, mark.open) - 1
            if i >= 0 and reported[i].start <= mark.open and mark.close <= reported[i].end:
                host = reported[i]
                if _FIRST_PERSON.search(self.text[host.start:host.end]):
                    continue  # speech given word for word: its quoted words (‘হ্যাঁ’ বলি) are mentions
                if _holds_a_view(host.cue):
                    continue  # a view summed up (X-এর মতে, … ‘নৈতিক বিকল্প শক্তি’ …): the reporter's term
                # a single quoted word (… আর কোনো ‘সিনিয়র’ কোটা …) is a term the reporter marks, not wording,
                # unless it is what the clause says its subject is (… খবরটি পুরোপুরি ‘গুজব’।)
                words = len(self.text[mark.start:mark.end].split())
                if (words >= 2 or _closing_predicate(self.text, mark)) and words < MIN_UNCUED_WORDS \
                        and not _is_title(self.text, mark) and not _named_term(self.text, mark) \
                        and not self._generally_called(self._unit_at(mark.open), mark):
                    self.found.append(_Found(mark.start, mark.end, "direct", host.speaker, host.cue, host.framing,
                                             0.5, "fragment"))

    def _without_lede_copies(self, kept: list[_Found]) -> list[_Found]:
        """The lede sums up what the body reports at length ("… স্বরাষ্ট্র উপদেষ্টা বলেন, দুই-চারটি অস্ত্র
        … ধরাও হচ্ছে।" and later the same words and more): the reported copy in the first sentence is
        dropped when a later quote contains it. Only the first sentence is compared, so this is linear."""
        if not self.units:
            return kept
        lede_end = self.units[0].end
        lede = [f for f in kept if f.kind == "indirect" and f.end <= lede_end]
        if not lede:
            return kept
        later = [(_squash(self.text[f.start:f.end]), f) for f in kept if f.start >= lede_end]
        drop = set()
        for f in lede:
            key = _squash(self.text[f.start:f.end]).strip(" ,।.!?")
            host = next((g for text, g in later if len(key) >= 20 and key in text), None)
            if host is not None:
                drop.add(id(f))
                if host.speaker.name is None and f.speaker.name is not None:
                    host.speaker = f.speaker
        return [f for f in kept if id(f) not in drop]

    def _organisation_by_head(self, speaker: _Speaker) -> _Speaker:
        """"কেন্দ্রীয় ব্যাংক জানায়" in an article about বাংলাদেশ ব্যাংক, "মন্ত্রণালয় জানিয়েছে" after ধর্ম
        মন্ত্রণালয়: an organisation described by its head word is the one organisation of the article
        with that head."""
        if speaker.name is None or speaker.resolved or speaker.source_type != "organisation":
            return speaker
        words = speaker.name.split()
        if not 2 <= len(words) <= 3 or self.linker.by_name(speaker.name) is not None or not all(
                _is_adjective(w) or w in _DETERMINERS or w in _DEMONSTRATIVES for w in words[:-1]):
            return speaker  # "সোনালী ব্যাংক" is a name of its own; "কেন্দ্রীয় ব্যাংক" describes one
        head = words[-1]
        named = {e.name for e in self.linker.organisations if e.name != speaker.name and e.name.split()[-1] == head}
        if len(named) != 1:
            return speaker
        return replace(speaker, name=named.pop(), named=True)

    def _person_in_phrase(self, speaker: _Speaker) -> _Speaker:
        """A person's speaker phrase that holds one person of the article by their whole name
        ("নাগরিক ঐক্যের মাহমুদুর রহমান মান্না", "নিহত নাজমুলের ভাতিজা সাকিব আলম", "তাসনিম জারাও") is
        reported under that name, so that all their quotes come together. Not when the name is in
        the genitive (বোলা তিনুবুর এক উপদেষ্টা: someone else) nor when two people are in it."""
        name = speaker.name
        if name is None or speaker.source_type != "person" or name in self.linker.person_names:
            return speaker
        found = [(person, m) for person in self.linker.person_names if " " in person
                 for m in [re.search(rf"(?<![{_LETTERS}]){re.escape(person)}(?:[ওই])?(?![{_LETTERS}])", name)] if m]
        if len(found) != 1:
            return speaker
        person, m = found[0]
        before, after = name[:m.start()].split(), name[m.end():].split()
        if before and not _describes_person(before[-1]):
            return speaker  # "মেহেদী | হাসান কচি": the name may go on before the entity's words
        if after and not (after[0].endswith("রা") or _is_verbal_noun_genitive(after[0])
                          or _is_genitive(after[0]) and len(after) > 1):
            return speaker  # "ইউসুফ মাইতামা | তুগ্গার", "আবদুল্লাহ আল | জাবের": or after them
        return replace(speaker, name=person)

    def _finish(self) -> list[Quote]:
        out: list[Quote] = []
        # The same words twice are one quote (BBC Bangla repeats every sentence; a lede quotes in
        # marks what the body later reports with "তিনি বলেন, …"): kept once, as the direct quote if
        # either is one, with the speaker whichever of them has.
        groups: dict[str, list[_Found]] = {}
        for f in sorted(self.found, key=lambda f: (f.start, f.end)):
            key = self._words_of(f)
            if key:
                groups.setdefault(key, []).append(f)
        kept = []
        for same in groups.values():
            first = next((f for f in same if f.kind == "direct"), same[0])
            if first.speaker.name is None:
                spoken = next((f for f in same if f.speaker.name is not None), None)
                if spoken is not None:
                    first = replace(first, speaker=spoken.speaker, cue=spoken.cue, framing=spoken.framing,
                                    confidence=spoken.confidence * 0.9)
            kept.append(first)
        kept = self._without_lede_copies(kept)
        kept = self._without_repeated_beginnings(kept)
        kept = self._described_going_on(kept)
        for f in sorted(kept, key=lambda f: (f.start, f.end)):
            quote_text = self.text[f.start:f.end]
            if _MARKUP.search(quote_text):
                continue  # a scraped <script>…</script> or style block is no one's words
            sp = self._organisation_by_head(f.speaker)
            if sp.name is not None and not _speaker_like(sp.name):
                sp = _NO_SPEAKER
            sp = self._person_in_phrase(sp)
            sp = self._without_address(sp)
            role, affiliation = self._source_fields(sp)
            anchor = role.split()[0] if role else sp.name.split()[-1] if sp.name else None
            affiliation = self._owner_pointed_to(affiliation, anchor, f.start if sp.start is None else sp.start)
            out.append(Quote(
                text=quote_text, kind=f.kind, start=f.start, end=f.end,
                speaker=sp.name, speaker_mention=sp.mention if sp.name or sp.mention else None,
                speaker_start=sp.start, speaker_end=sp.end,
                source_type=sp.source_type if sp.name else "unknown",
                role=role, affiliation=affiliation, cue=f.cue,
                framing=f.framing, confidence=round(min(max(f.confidence, 0.05), 0.99), 3),
            ))
        return _titles_carried(out)

    def _source_fields(self, speaker: _Speaker) -> tuple[str | None, str | None]:
        """The role and affiliation an editor reads for a speaker: the body of an unnamed source
        ("পররাষ্ট্র মন্ত্রণালয়ের একটি সূত্র" -> পররাষ্ট্র মন্ত্রণালয়), and a title's words that stand
        after its owner in the title, not in the owner ("পুলিশের এক শীর্ষ কর্মকর্তা": শীর্ষ কর্মকর্তা)."""
        if speaker.name is None:
            return None, None
        role, affiliation = speaker.role, speaker.affiliation
        if role is not None and _is_relation(role):
            role, affiliation = _post_beside_relation(affiliation)
        if speaker.source_type == "anonymous" and affiliation is None and speaker.start is not None \
                and speaker.end is not None:
            affiliation = self._body_of_source(speaker.name.split(), speaker.start, speaker.end)
        if role is not None and affiliation is not None:
            role, affiliation = _title_after_owner(role, _last_conjunct_owner(affiliation), self.text)
        if role is None:
            return role, affiliation
        role, affiliation = _without_age(role, affiliation)
        if not role or _is_relation(role):
            return None, None  # "২৭ বছর বয়সী", "ভাসানীর নাতি", "প্রাণীপ্রেমী": no post, and no body
        if affiliation is not None:
            affiliation = _body_words(affiliation)
        if affiliation is not None:
            role, affiliation = self._compound_title(role, affiliation)
        if affiliation is not None:
            role, affiliation = self._portfolio_in_title(role, affiliation)
        return role, affiliation

    def _portfolio_in_title(self, role: str, affiliation: str) -> tuple[str, str | None]:
        """A portfolio in -র written before the post is the title's, not its owner read as a genitive:
        "দলের দপ্তর সম্পাদক" gave (সম্পাদক, দলের দপ্ত) -> (দপ্তর সম্পাদক, দল); "বিএনপির প্রচার সম্পাদক" ->
        (প্রচার সম্পাদক, বিএনপি)."""
        words = affiliation.split()
        portfolio = words[-1] + "র"
        if portfolio not in lx.PORTFOLIOS_IN_R or f"{portfolio} {role}" not in self.text:
            return role, affiliation
        owner = words[:-1]
        if owner and _is_genitive(owner[-1]):
            owner[-1] = _strip_genitive(owner[-1])
        return f"{portfolio} {role}", " ".join(owner) or None

    def _owner_pointed_to(self, affiliation: str | None, anchor: str | None, at: int) -> str | None:
        """An affiliation that points back, as the body it means: "দলটি" -> জাতীয় নাগরিক পার্টি, "দলটির
        কৃষক উইং" -> জাতীয় নাগরিক পার্টির কৃষক উইং (the wing is a body; its party is what an editor needs).
        None when the text does not tell the body safely ("তার দলের চেয়ারম্যান", two parties in
        the pointer's sentence): an empty field misleads no one, while "দলটি" pools the speakers of
        every party. An owner that names no body drops out ("এ দেশ" -> None, "দেশের নাগরিক সমাজ" ->
        নাগরিক সমাজ). `anchor` is the first word of the title the pointer owns (or the speaker's last
        word: "দলটির সূত্রে"), to find where the text writes it; `at` is where the speaker is."""
        if affiliation is None:
            return None
        pointer = _pointing_owner(affiliation)
        if pointer is None:
            return affiliation
        size, kind = pointer
        words = affiliation.split()
        if kind is None:
            return " ".join(words[size:]) or None  # "দেশের নাগরিক সমাজ" -> নাগরিক সমাজ
        if anchor is None:
            return None
        written = self._pointer_written_at(words[:size], anchor, at)
        body = None if written is None else self._body_pointed_to(written, kind)
        if body is None:
            return None
        return " ".join([_genitive_of(body), *words[size:]]) if words[size:] else body

    def _pointer_written_at(self, pointer: list[str], anchor: str, at: int) -> int | None:
        """Where the text writes a pointing owner before the title it owns ("দলের সিনিয়র যুগ্ম সদস্য
        সচিব", `anchor` সিনিয়র): the last place at or before the speaker, else the first after it (a
        lede's quote before the title), else None."""
        last = _strip_genitive(pointer[-1]) if _is_genitive(pointer[-1]) else pointer[-1]
        written = re.compile(r"(?<!\S)" + r"\s+".join(map(re.escape, [*pointer[:-1], last])) + r"(?:ের|র)?(?!\S)")
        places = [m.start() for m in written.finditer(self.text)
                  if any(w.startswith(anchor) for w in
                         self.text[m.end():m.end() + 200].split("।")[0].split()[:MAX_POINTER_TO_TITLE_WORDS])]
        before = [p for p in places if p <= at]
        return before[-1] if before else places[0] if places else None

    def _body_pointed_to(self, offset: int, kind: str) -> str | None:
        """The body a pointing owner at `offset` means: the nearest body of its kind named before it
        ("… মনে করছে জামায়াতে ইসলামী। দলের সেক্রেটারি জেনারেল" -> জামায়াতে ইসলামী), unless its own
        sentence names two ("জাতীয় নাগরিক পার্টি (এনসিপি) জামায়াতে ইসলামীর নেতৃত্বাধীন জোটে যোগ
        দিয়েছে বলে জানিয়েছেন দলটির আহ্বায়ক": the nearest is not the one meant) or a word before it makes
        it another's ("এলডিপি (অলি) এর মহাসচিব … বিএনপিতে যোগ দেন। তার দলের চেয়ারম্যান": his party,
        not বিএনপি; "অন্য দলের", "খালেদা জিয়ার দলের")."""
        before = self.text[max(0, offset - 40):offset].split()
        if before and (before[-1] in _OTHER_OWNER_WORDS
                       or _is_genitive(before[-1]) and before[-1] not in _ADVERBS_IN_R):
            return None
        unit = self._unit_at(offset)
        sentence_start = unit.start if unit is not None else 0
        fitting = [(s, entity) for s, e, entity in self.linker.within(max(0, offset - MAX_ANAPHORA_CHARS), offset)
                   if e <= offset and _body_of_kind(entity, kind)]
        if not fitting or len({entity.name for s, entity in fitting if s >= sentence_start}) > 1:
            return None
        return fitting[-1][1].name

    def _compound_title(self, role: str, affiliation: str) -> tuple[str, str | None]:
        """Plain nouns written right before a title make one title with it, not its owner: "পানি
        সম্পদ উপদেষ্টা", "সাবেক সংসদ সদস্য", "ফরেন পলিসি বিশেষজ্ঞ", "আরেকজন নির্মাণ শ্রমিক" (a
        quantifier is neither). Never an owner in the genitive, an organisation, an acronym or a
        name the article's entities have (বিটিএমএ সভাপতি, নির্বাচন কমিশন সচিব, মার্কিন প্রেসিডেন্ট)."""
        words = affiliation.split()
        nouns = [w for w in words if w not in _QUANTIFIERS]
        if not re.search(rf"(?<!\S){re.escape(affiliation)}\s+{re.escape(role.split()[0])}(?!\S)", self.text):
            return role, affiliation
        if nouns and (not all(_title_noun(w) or w in _ROLE_MODIFIERS for w in nouns[:-1])
                      or not (_title_noun(nouns[-1]) or f"{nouns[-1]} {role}" in lx.COMPOUND_TITLES)
                      or self.linker.by_name(" ".join(nouns)) is not None
                      or any(self.linker.by_name(w) is not None for w in nouns)):
            return role, affiliation
        return " ".join([*nouns, role]), None

    def _body_of_source(self, words: list[str], start: int, end: int) -> str | None:
        """The body an unnamed source speaks from: "জামুকা সূত্র", "এনসিপির একটি সূত্র", "নির্বাচন কমিশন
        সূত্র"; None for a source described, not placed ("দলীয় সূত্র", "সংশ্লিষ্ট সূত্র", "কূটনৈতিক
        সূত্রগুলো"): the words before সূত্র must name an organisation, or be one the article names."""
        if len(words) < 2 or not words[-1].startswith("সূত্র"):
            return None
        owner = [w for w in words[:-1] if w not in _DETERMINERS]
        if not owner:
            return None
        if _is_genitive(owner[-1]):
            owner[-1] = _strip_genitive(owner[-1])
        named = any(entity.type == "ORG" for _, _, entity in self.linker.within(start, end))
        if not (named or _org_like(owner) or len(owner) == 1 and _ACRONYM.fullmatch(owner[0])):
            return None
        return " ".join(owner)

    def _described_going_on(self, kept: list[_Found]) -> list[_Found]:
        """"সাবেক প্রধানমন্ত্রী শেখ হাসিনার ছেলে আরও বলেন, ‘…’": a description of one person that
        "also" speaks is the named person quoted last (জয়), not a new source. Not an indefinite
        one (এক কর্মকর্তা আরও বলেন)."""
        out: list[_Found] = []
        last: _Speaker | None = None
        for f in sorted(kept, key=lambda f: (f.start, f.end)):
            sp = f.speaker
            if sp.named and sp.source_type == "person":
                last = sp
            elif last is not None and sp.name is not None and sp.end is not None and not sp.plural \
                    and sp.source_type in {"person", "anonymous"} and not sp.resolved \
                    and self.text[sp.end:sp.end + 6].split()[:1] in (["আরও"], ["আরো"]) \
                    and not any(w in _INDEFINITE_OPENERS for w in (sp.mention or "").split()):
                f = replace(f, speaker=replace(last, mention=sp.mention, start=sp.start, end=sp.end, resolved=True))
            out.append(f)
        return out

    def _sentences_quoted_at(self, offset: int) -> bool:
        """Does a quotation of whole sentences (a full stop inside) open at this offset?"""
        return any(m.open == offset and any(ch in _TERMINATORS for ch in self.text[m.start:m.end - 1])
                   for m in self.marked)

    def _words_of(self, found: _Found) -> str:
        """A found quote's words, spaces squashed, without the stops and marks around them: what two
        copies of one quote share."""
        # (a space before a comma is a copy's slip: "Adilur , অর্থাৎ …" is "Adilur, অর্থাৎ …")
        return _SPACE_BEFORE_STOP.sub(r"\1", _squash(self.text[found.start:found.end])).strip(" ,।.!?\"'“”‘’")

    def _without_address(self, speaker: _Speaker) -> _Speaker:
        """A speaker named with a form of address (মি. বাগ, মিজ নাসরীন) is the person of that surname
        in the article (তোফান বাগ), or the surname alone: no name keeps its মি."""
        first, _, rest = (speaker.name or "").partition(" ")
        if not rest or not _is_address(first):
            return speaker
        return replace(speaker, name=self.linker.by_name(rest) or self._full_name(rest) or rest)

    def _without_repeated_beginnings(self, kept: list[_Found]) -> list[_Found]:
        """A page that repeats every sentence (BBC Bangla) gives one report twice: once stopped by
        the repeated sentence, once going on into the next one ("A" and "A। B"). The words are one
        quote, kept once: the longer, with whichever speaker was found."""
        if len(kept) < 2:
            return kept
        keys = [self._words_of(f) for f in kept]
        squashed: str | None = None  # the page's words, squashed once if some quote begins another
        dropped: set[int] = set()
        for i, short in enumerate(keys):
            if not short:
                continue
            for j, long in enumerate(keys):
                if j != i and j not in dropped and kept[j].kind == kept[i].kind and len(long) > len(short) \
                        and long.startswith(short) and long[len(short):].lstrip(" \"'”’").startswith(("।", "?", "!")):
                    squashed = _squash(self.text) if squashed is None else squashed
                    if squashed.count(short) < 2:
                        break  # written once: a report and its longer run are not copies
                    dropped.add(i)
                    if kept[j].speaker.name is None and kept[i].speaker.name is not None:
                        kept[j] = replace(kept[j], speaker=kept[i].speaker, cue=kept[i].cue, framing=kept[i].framing)
                    break
        return [f for n, f in enumerate(kept) if n not in dropped]


# ------------------------------------------------------------------------------------------------
# Entity linking


class _EntityLinker:
    """Maps speaker noun phrases to the article's entities (when the pipeline found any)."""

    def __init__(self, entities: list[Entity], text: str) -> None:
        self.text = text
        self.mentions: list[tuple[int, int, Entity]] = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0])
        self.starts = [m[0] for m in self.mentions]
        self.ends = frozenset(m[1] for m in self.mentions if m[2].type in {"PERSON", "ORG"})
        self.person_ends = frozenset(m[1] for m in self.mentions if m[2].type == "PERSON")
        self.place_or_org_starts = frozenset(m[0] for m in self.mentions if m[2].type in {"LOC", "ORG"})
        self.place_spans = frozenset((m[0], m[1]) for m in self.mentions if m[2].type == "LOC")
        # (an alias written as such is the name in the nominative too: আইএফজে, though it ends like a place)
        self.nominative_ends = frozenset(m.end for e in entities if e.type in {"PERSON", "ORG"}
                                         for m in e.mentions if m.text.endswith(e.name.split()[-1])
                                         or m.text in e.aliases)
        # where an organisation's name starts, by where it ends (বাংলাদেশ জামায়াতে ইসলামী)
        self.org_starts = {m.end: m.start for e in entities if e.type == "ORG" for m in e.mentions}
        self.names: dict[str, Entity] = {}
        self.persons = [e for e in entities if e.type == "PERSON"]
        self.person_names = frozenset(e.name for e in self.persons)
        self.organisations = [e for e in entities if e.type == "ORG"]
        # last words of person and organisation names, to tell a name in -র (আনোয়ার) from a genitive
        self.last_name_words = frozenset(e.name.split()[-1] for e in entities if e.type in {"PERSON", "ORG"})
        for e in entities:
            for form in (e.name, *e.aliases, *(m.text for m in e.mentions)):
                for key in _name_keys(form):
                    self.names.setdefault(key, e)
        self._titled: list[_Speaker] | None = None

    def mark(self, tokens: list[_Tok]) -> None:
        """Mark the tokens that start a name, end one in the nominative (আলমগীর, not a genitive) or
        end an organisation's name (so its start is known: বাংলাদেশ জামায়াতে ইসলামী)."""
        for tok in tokens:
            tok.starts_name = self.is_name(tok.start)
            tok.ends_name = tok.end in self.nominative_ends
            tok.name_start = self.org_starts.get(tok.end, -1)
            tok.place = (tok.start, tok.end) in self.place_spans

    def ends_name(self, start: int, end: int) -> bool:
        """Does a person or organisation mention end in the word [start, end) (a case ending allowed)?"""
        return any(end - d in self.ends for d in range(min(4, end - start)))

    def person_mention_at(self, offset: int) -> int | None:
        """Where a person's mention in the nominative (a word of the name, no case ending) that starts
        at this offset ends, or None."""
        for start, end, entity in self.within(offset, offset + 1):
            if entity.type == "PERSON" and self.text[start:end].split()[-1] in entity.name.split():
                return end
        return None

    def person_ending_at(self, end: int) -> tuple[int, str] | None:
        """A person's mention in the nominative (it ends with a word of the name) ending at `end`: its
        start and the person's name."""
        for start, mention_end, entity in self.within(end - MAX_MENTION_CHARS, end):
            if mention_end == end and entity.type == "PERSON" \
                    and self.text[start:end].split()[-1] in entity.name.split():
                return start, self._untitled(entity)
        return None

    def in_person_name(self, start: int, end: int) -> bool:
        """Do the characters [start, end) make a later word of a person's mention (তনিমা বিশ্বাস)? (A
        mention of the word alone may be a surname the linker took too far: "… বিশ্বাসের বিশ্বাস, …")"""
        return any(entity.type == "PERSON" and m_start < start and end <= m_end
                   for m_start, m_end, entity in self.within(start - MAX_MENTION_CHARS, start + 1))

    def person_starts_at(self, offset: int) -> bool:
        """Does a person's mention start at this offset?"""
        return any(entity.type == "PERSON" for _, _, entity in self.within(offset, offset + 1))

    def within(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The mentions that start in [start, end), in order (at one offset: `within(k, k + 1)`)."""
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def is_name(self, offset: int) -> bool:
        """Does an entity mention start at this offset?"""
        i = bisect_left(self.starts, offset)
        return i < len(self.starts) and self.starts[i] == offset

    def by_name(self, name: str | None) -> str | None:
        if not name or not self.names:
            return None
        for key in _name_keys(name):
            entity = self.names.get(key)
            if entity is not None:
                return self._untitled(entity)
        return None

    def organisation_opened_by(self, word: str) -> str | None:
        """The one organisation of the article whose name of two words or more opens with this word,
        which names nothing else (অ্যামনেস্টি -> অ্যামনেস্টি ইন্টারন্যাশনাল), or None."""
        if word in self.names or len(word) < 3:
            return None
        opened = {e.name for e in self.organisations if len(e.name.split()) > 1 and e.name.split()[0] == word}
        return opened.pop() if len(opened) == 1 else None

    def _untitled(self, entity: Entity) -> str:
        """An entity's name without a title the tagger took into it ("প্রাণীপ্রেমী জাইমা" -> the
        person's fuller name "জাইমা রহমান" when the article has it, else "জাইমা")."""
        words = entity.name.split()
        if entity.type != "PERSON" or len(words) < 2 or not _role_of(words[0]) or words[0] in _NAME_LIKE_ROLES:
            return entity.name
        rest = words[1:]
        while len(rest) > 1 and _role_of(rest[0]):
            rest = rest[1:]
        for other in self.persons:
            if other is not entity and other.name.split()[:len(rest)] == rest:
                return other.name
        return " ".join(rest)

    def speaker(self, start: int, end: int) -> _Speaker | None:
        """The entity whose mention heads the name span [start, end): it lies inside the span and
        ends at its end (a case ending allowed), so a possessor at the front (ক্রেমলিনের মুখপাত্র …,
        দক্ষিণ কোরিয়ার প্রতিরক্ষা মন্ত্রণালয়ের মুখপাত্র) is never taken for the speaker."""
        if not self.mentions:
            return None
        lo = bisect_left(self.starts, max(0, start - 1))
        last_word = self.text.rfind(" ", start, end)  # the mention reaches into it: not "অস্ট্রেলিয়ার | কোচ"
        hits = [m for m in self.mentions[lo:bisect_left(self.starts, end)]
                if end - 4 <= m[1] <= end + 3 and m[1] > last_word]
        if not hits:
            return None
        s, e, entity = min(hits, key=lambda m: ({"PERSON": 0, "ORG": 1}.get(m[2].type, 2), m[0]))
        if entity.type == "LOC" and s > start + 1:
            return None  # a place at the end of a longer phrase is not the speaker
        stype = {"PERSON": "person", "ORG": "organisation", "LOC": "organisation"}.get(entity.type, "unknown")
        if stype == "organisation" and _MEDIA_RE.search(entity.name):
            stype = "media"
        return _Speaker(self._untitled(entity), self.text[s:e], s, e, stype, named=True)

    def person_at(self, start: int, end: int) -> bool:
        """Does a PERSON mention start at `start` and end at `end` (a case ending allowed)?"""
        return any(entity.type == "PERSON" and end - 4 <= mention_end <= end + 3
                   for _, mention_end, entity in self.within(start, start + 1))

    def recent_person(self, offset: int, masked: str, exclude: str | None = None,
                      skip_quotes: bool = True, listed: Callable[[int], bool] | None = None) -> _Speaker | None:
        """The last PERSON mention in the nominative before `offset` (outside quotations), not one
        `listed` among those present."""
        i = bisect_left(self.starts, offset) - 1
        steps = 0
        while i >= 0 and steps < 60:
            s, e, entity = self.mentions[i]
            i -= 1
            steps += 1
            if entity.type != "PERSON" or entity.name == exclude or offset - s > 1500:
                continue
            if skip_quotes and masked[s] == _MASK:
                continue
            surface = self.text[s:e]
            if surface != entity.name and surface not in entity.aliases and _is_genitive(surface.split()[-1]) \
                    and not _TALKED_WITH.match(self.text, e):
                continue  # (but "কথা হয় মঈন উদ্দিনের সঙ্গে। তিনি বলেন": the one talked with)
            asked = surface.endswith("কে") and _ASKED_OBJECT.match(self.text, e) is not None
            if surface.endswith(("ভাবে", "কে", "দের")) and not _name_in_der(surface, entity.name) and not asked \
                    or surface in _NON_SUBJECT:
                continue  # a tagger's slip (আইনগতভাবে) or an object, not someone who speaks
                # (but the one asked answers: "অশোক সোয়াইনকে জিজ্ঞেস করা হলে তিনি বলেন")
            if _RECIPIENT_AFTER.match(self.text, e) and not _is_genitive(surface.split()[-1]):
                continue  # "রিটার্নিং অফিসার মো. ইউনুচ আলী হাতে … জমা দেন তিনি": the genitive left out
            if listed is not None and listed(s):
                continue
            return _Speaker(entity.name, surface, s, e, "person", named=True)
        return None

    def recent_org(self, offset: int, masked: str) -> _Speaker | None:
        i = bisect_left(self.starts, offset) - 1
        while i >= 0 and offset - self.mentions[i][0] < MAX_ANAPHORA_CHARS:
            s, e, entity = self.mentions[i]
            i -= 1
            if entity.type == "ORG" and masked[s] != _MASK and not _is_objective(self.text[s:e]) \
                    and not _MEDIA_RE.search(entity.name):
                return _Speaker(entity.name, self.text[s:e], s, e, "organisation", named=True)
        return None

    def titled_persons(self, offset: int, masked: str) -> list[_Speaker]:
        """PERSON mentions introduced with a title earlier in the article, most recent first."""
        if self._titled is None:
            self._titled = []
            person_end = 0
            for s, e, entity in self.mentions:
                if entity.type != "PERSON":
                    continue
                # the words after an earlier name are not this one's title: "মিল্ক ভিটার চেয়ারম্যান
                # হাসিব খান স্বাক্ষরিত চিঠিতে মুনীর চৌধুরীকে" introduces হাসিব খান, not মুনীর চৌধুরী
                before = self.text[max(0, s - 120, person_end if person_end <= s else 0):s]
                person_end = max(person_end, e)
                for role, affiliation in _titles_before(before.split()[-9:]):
                    self._titled.append(_Speaker(entity.name, self.text[s:e], s, e, "person", role, affiliation,
                                                 named=True))
        return [p for p in reversed(self._titled) if p.start is not None and p.start < offset]


def _talk_opens(toks: list[_Tok], comitative: int) -> bool:
    """Does the clause of the comitative at token `comitative` open with the talk, the verb first:
    "কথা হয় এক পান দোকানির সঙ্গে", "কথা হলো এক কৃষকের সাথে" (the one talked with a few words on)?"""
    for i in range(comitative - 2, max(-1, comitative - 7), -1):
        if not toks[i].is_word:
            return False
        if toks[i].text == "কথা" and toks[i + 1].text.startswith("হ"):
            return i + 2 <= comitative - 1
    return False


def _name_in_der(surface: str, name: str) -> bool:
    """A name of two words or more that itself ends in -দের (আব্দুল কাদের, ওবায়দুল কাদের), written as
    the tagger's name: no plural object (সাংবাদিকদের), so a later তিনি may mean it."""
    return surface == name and surface.endswith("দের") and len(surface.split()) >= 2


def _titles_before(before: list[str]) -> list[tuple[str, str | None]]:
    """The titles a name is introduced with, from the words of its clause just before it: the
    nearest (… থানার উপপরিদর্শক) and an earlier one of the same apposition ("মামলার তদন্ত কর্মকর্তা
    দক্ষিণ কেরানীগঞ্জ থানার উপপরিদর্শক মো. জহুরুল ইসলাম": later "মামলার তদন্ত কর্মকর্তা বলেন" is
    him). Nearest first; the earlier ones only within the clause (after its last punctuation)."""
    # (a title is written in the name's own sentence: "… জোট গঠনের ঘোষণা দিয়েছেন। ইসরাইলি
    # প্রধানমন্ত্রী বেনিয়ামিন নেতানিয়াহু" owns nothing of the sentence before)
    before = before[max((n + 1 for n, w in enumerate(before) if w[-1] in "।?!"), default=0):]
    abbreviation = _abbreviated_title(before[-1]) if before else None
    words = (before[:-1] if abbreviation else before)[-5:]
    name_at, role, affiliation = _split_role(words + ["x"])
    if role is not None and name_at is not None and any(
            w[-1] in "।,;:!?" or _is_verb_like(w) for w in words[name_at:]):
        # the title's own clause ended before the name: "… প্রধান উপদেষ্টা বলেন, খালেদা জিয়ার
        # মৃত্যুতে" does not make খালেদা জিয়া the chief adviser
        role = None
    if role is None:
        return [(abbreviation, None)] if abbreviation is not None else []
    found = [(role, affiliation)]
    if abbreviation is not None:
        # "প্রধান নির্বাচন কমিশনার (সিইসি) কাজী রকিব উদ্দীন আহমেদ": a later "সিইসি বলেন" is him too
        found.append((abbreviation, affiliation))
    cut = max((n for n, w in enumerate(before) if w[-1] in ",।;:!?()‘’“”"), default=-1)
    clause = before[cut + 1:]
    for k in range(len(clause) - 1, 0, -1):
        if _role_of(clause[k - 1]) is None or _is_genitive(clause[k - 1]) or _role_of(clause[k]) is not None:
            continue
        _, earlier, owner = _split_role(clause[:k] + ["x"])
        if earlier is not None and earlier != role and all(earlier != r for r, _ in found):
            found.append((earlier, owner))
    return found


def _abbreviated_title(word: str) -> str | None:
    """The title a parenthesised abbreviation after a title stands for: "(ওসি)", "(সিইসি)"."""
    if not (word.startswith("(") and word.endswith(")")):
        return None
    inner = word[1:-1]
    return inner if inner and _role_of(inner) == inner else None


def _name_keys(form: str) -> list[str]:
    """Lookup keys of a name: itself and the forms with a case ending stripped (কিমের -> কিম)."""
    base = _squash(form)
    keys = [base]
    if _is_genitive(base):
        keys.append(_strip_genitive(base))
        if base.endswith("এর"):
            keys.append(base[:-1])  # বিটিএমএর: the acronym বিটিএমএ plus -র
    stripped = _strip_case(base)
    if stripped != base:
        keys.append(stripped)
    return keys


# ------------------------------------------------------------------------------------------------
# Noun phrases


def _explicator_end(toks: Sequence[_Tok], ce: int) -> int:
    """The verb's last token: the explicator দেওয়া after the converb করে when one follows ("… বলে
    স্পষ্ট করে দিয়েছেন রোনালদো", whose subject comes after দিয়েছেন), else `ce`."""
    if toks[ce].text == "করে" and ce + 1 < len(toks) and toks[ce + 1].text in _GIVING:
        return ce + 1
    return ce


def _np_before(toks: list[_Tok], ci: int, floor: int,
               is_name: Callable[[int], bool] | None = None) -> tuple[int, int] | None:
    """The subject noun phrase before token `ci` (exclusive), not before `floor`.

    Walks back from the verb: addressees (বিবিসি বাংলাকে, সাংবাদিকদের), places and documents (এক
    সংবাদবিজ্ঞপ্তিতে, তার ফেসবুক পোস্টে), time words (মঙ্গলবার, আরও) and a converb clause (গভীর শোক
    প্রকাশ করে) are skipped; then the phrase runs back over nominative and genitive words. A phrase
    glued to a place word after it (অবরোধ কর্মসূচিতে) is a compound, not the subject, unless nothing
    better comes before it.
    """
    k = ci - 1
    candidates: list[tuple[int, int, bool]] = []
    while k >= floor and len(candidates) < 3:
        found = _skip_non_subject(toks, k, ci, floor, is_name)
        if found is None or found < floor:
            break
        k = found
        if toks[k].text in _RELATIVE:
            return k, k + 1
        end = k + 1
        start = _np_start(toks, k, floor)
        if toks[k].name_start >= 0 and toks[k].name_start < toks[start].start:
            # "বাংলাদেশ জামায়াতে ইসলামী": the whole name the tagger found, though a word of it looks like a place
            start = next((j for j in range(start - 1, max(floor, k - MAX_NP_WORDS) - 1, -1)
                          if toks[j].start == toks[k].name_start), start)
        while end > start and (_is_adjective(toks[end - 1].text) or toks[end - 1].text in _BREAK):
            end -= 1
        if end <= start or _is_verb_like(toks[end - 1].text) and _role_of(toks[end - 1].text) is None \
                and not toks[end - 1].ends_name:  # (but a name that ends like a verb: "আব্দুল বাতেন বলেন")
            break
        right = toks[end] if end < ci else None
        compound = right is not None and right.is_word and _is_locative(right.text) and \
            not (_is_objective(right.text) and toks[end - 1].ends_name) and \
            right.text not in _NON_SUBJECT and not (is_name is not None and is_name(right.start))
        if compound and end - start >= 2 and toks[end - 1].text.endswith(_ADJECTIVE_ENDINGS):
            end -= 1  # "মির্জা ফখরুল কান্নাজড়িত কণ্ঠে বলেন": the adjective belongs to the place word
            compound = False
        elif compound and end - start >= 2 and toks[end - 2].ends_name and not toks[end - 1].ends_name:
            end -= 1  # "দেবাশীষ রায় মোবাইল ফোনে বলেন": the name, then the modifier of the means
            compound = False
        elif compound and right is not None and right.text in _MEANS_OF_TALK:
            # "… কমিটির সদস্য রহিম উদ্দিন মুঠোফোনে বলেন": how one talks makes no compound with the subject
            if end - start >= 2 and toks[end - 1].text in _MEANS_MODIFIERS:
                end -= 1  # (the modifier of the means: "… রায় মোবাইল ফোনে বলেন")
            compound = False
        candidates.append((start, end, compound))
        if not compound:
            break
        k = start - 1
    if not candidates:
        return None
    for start, end, compound in candidates:
        if not compound:
            return start, end
    for start, end, _ in candidates:
        if any(_role_of(t.text) or t.text in _ADDRESS or t.text in _SINGULAR | _PLURAL for t in toks[start:end]):
            return start, end
    return candidates[0][0], candidates[0][1]


def _anonymity_condition_start(toks: list[_Tok], k: int, floor: int) -> int | None:
    """Where "নাম প্রকাশ না করার শর্তে" / "নাম প্রকাশ না করে" / "নাম না প্রকাশের শর্তে" ending at k
    starts, or None."""
    if toks[k].text not in _ANONYMITY_ENDS:
        return None
    start = next((j for j in range(k - 1, max(floor, k - 5) - 1, -1) if toks[j].text == "নাম"), None)
    if start is None or not any(t.text.startswith("প্রকাশ") for t in toks[start + 1:k]) \
            or not any(t.text == "না" for t in toks[start + 1:k]):
        return None
    return start


_ANONYMITY_ENDS = frozenset({"শর্তে", "অনুরোধে", "করে"})


# How many words before a converb's object in the objective may belong to it ("বেগম খালেদা জিয়াকে").
MAX_OBJECT_WORDS = 2


def _object_words_start(toks: list[_Tok], k: int, floor: int) -> int:
    """Where the object in the objective at token k starts, over at most two words before it (its
    name, "খালেদা জিয়াকে", or owner, "দলের নেতাকর্মীদের"); a word that ends a name the tagger found
    ends the subject instead ("মির্জা ফখরুল ইসলাম আলমগীর | দেশবাসীকে সতর্ক করে বলেন"), for the
    object's own name ends in the objective word itself."""
    start = k
    while start > floor and k - start < MAX_OBJECT_WORDS and toks[start - 1].is_word \
            and not toks[start - 1].ends_name:
        start -= 1
    return start


# Who is introduced by a name: "সঞ্জিত কুমার নামে একজন", "রহিম নামের এক ব্যক্তি".
_NAMED_ONE = frozenset({"একজন", "এক", "আরেকজন", "আরেক"})

_NAMING_WORDS = frozenset({"নামে", "নামের"})


def _named_by(toks: list[_Tok], j: int, k: int) -> bool:
    """Does "by the name of" (নামে/নামের, then একজন/এক) follow token j, an age or acronym in
    parentheses allowed between ("আবদুল করিম (৪৫) নামে এক বাসিন্দা")? Then token j ends the name,
    whatever case it seems to end in (লামিচানে, হাথুরুসিংহে look like locatives)."""
    n = j + 1
    if n <= k and toks[n].text == "(":
        n = next((m + 1 for m in range(n + 1, min(k, n + 4) + 1) if toks[m].text == ")"), k + 1)
    return n + 1 <= k and toks[n].text in _NAMING_WORDS and toks[n + 1].text in _NAMED_ONE


_ADJECTIVE_ENDINGS = ("জড়িত", "পূর্ণ", "ভেজা", "ভরা", "মূলক", "জনক", "সুলভ", "দৃপ্ত", "রুদ্ধ")


def _skip_non_subject(toks: list[_Tok], k: int, ci: int, floor: int,
                      is_name: Callable[[int], bool] | None) -> int | None:
    """Walk back from k over what cannot be the subject; the index of the phrase's last word,
    or None when the clause ends first."""
    skipped_converb = False
    while k >= floor:
        t = toks[k]
        w = t.text
        anonymity = _anonymity_condition_start(toks, k, floor)
        if anonymity is not None:
            k = anonymity - 1  # "এক কর্মকর্তা | নাম প্রকাশ না করার শর্তে বলেন": how, not who
            continue
        glued = k > floor and w in _CASE_ENDINGS and toks[k - 1].is_quote and toks[k - 1].end == t.start
        hyphened = k > floor + 1 and w in _CASE_ENDINGS and toks[k - 1].text == "-" and toks[k - 2].is_quote
        title = k - 2 if hyphened else k - 1 if (w == "-" or glued) and k > floor else k
        glued = glued or hyphened
        if (k + 1 < ci or glued) and _title_quote(toks, title):
            # "জেকব অ্যাবট তার বই 'দ্য হিস্ট্রি অব চেঙ্গিস খান'-এ লিখেছেন", "… তাঁর 'চলমান ইতিহাস' বইতে
            # লিখেছেন", "… তার বই, '…'তে লিখেছেন": a quoted title inside the setting, with the book
            # and its possessor
            k = title - 1
            while k >= floor and (toks[k].text in _WORK_NOUNS or toks[k].text in _DETERMINERS or toks[k].text == ","):
                k -= 1
            continue
        if t.is_quote or w in _TERMINATORS:
            return None
        if k == ci - 1 and t.name_start >= 0 and _is_locative(w) and not t.ends_name:
            # "… দায়িত্বশীল কর্মকর্তা জাগো নিউজে বলেন": the outlet told, in the locative, is no subject
            # (with a possessive, "তার ফেসবুকে লেখেন", the medium is the speaker's: see below)
            first = _first_of_name(toks, k, floor)
            if _is_objective(w):
                # "… যুক্তরাজ্যের হিউম্যান ফার্টিলাইজেশন অ্যান্ড এমব্রিওলজি অথোরিটিকে জানায়": the genitive
                # owner of the organisation told belongs to it
                while first > floor and toks[first - 1].is_word and _is_genitive(toks[first - 1].text) \
                        and toks[first - 1].text not in _GEN_PRONOUNS and not toks[first - 1].ends_name \
                        and _role_of(toks[first - 1].text) is None \
                        and not _after_address(toks, first - 1, floor):  # not "… হাই কমিশনার | বিবিসিকে"
                    first -= 1
            if first <= floor or toks[first - 1].text not in _DETERMINERS:
                k = first - 1
                continue
        if not t.is_word:
            if w in {")", "]"}:
                opening = _dated_parenthesis_start(toks, k, floor)
                if opening is not None:
                    k = opening - 1  # "সোমবার (২৯ ডিসেম্বর) এক বিবৃতিতে বলেন": the date belongs to the time
                    continue
                opening = _opening_bracket(toks, k, floor, 6)
                if opening is not None and opening > floor and _is_objective(toks[opening - 1].text):
                    k = opening - 1  # "… অথোরিটিকে (এইচএফইএ) জানায়": the acronym belongs to the one told
                    continue
                return k  # a parenthetical right before the verb belongs to the subject: "মামুনুর রশিদ (৪৫)"
            return None
        if w in _PARTICIPLES and k + 1 < ci and _describes_setting(toks[k + 1].text):
            # "বিবিসি বাংলাকে দেয়া একটি সাক্ষাৎকারে", "চেয়ারম্যানের কাছে পাঠানো একটি চিঠিতে", "… পক্ষ থেকে
            # জারি করা নির্দেশিকায়": the clause describing the setting, down to its object or its noun
            k -= 1
            if k >= floor and _is_objective(toks[k].text):
                named = next((j for j in range(k, max(floor, k - 3) - 1, -1)
                              if is_name is not None and is_name(toks[j].start)), None)
                k = (named if named is not None else k) - 1
            elif k >= floor and toks[k].is_word and not _is_genitive(toks[k].text) and not _is_locative(toks[k].text) \
                    and toks[k].text not in _GENITIVE_POSTPOSITIONS and toks[k].text not in _BREAK \
                    and not (is_name is not None and is_name(toks[k].start)):
                k -= 1  # the noun of the light verb: জারি করা, পরিচয় দেওয়া
            continue
        if is_name is not None and is_name(t.start) and not _is_objective(w) and not (
                _is_locative(w) and k > floor and toks[k - 1].text in _DETERMINERS) \
                and not (t.place and _is_locative(w) and not t.ends_name):
            # "তার ফেসবুকে লেখেন": a named place or medium with a possessive is no subject; nor is a
            # place named in the locative ("শেখ হাসিনা সাভারে বলেছেন": where, not who)
            return k
        if w in _RELATIVE:
            return k
        if w == "থেকে" and k - 2 >= floor and toks[k - 1].text in {"পক্ষ", "কাছ"} and _is_genitive(toks[k - 2].text):
            behalf = _genitive_phrase_start(toks, k - 2, floor, is_name)
            if behalf > floor and toks[behalf - 1].ends_name:
                # "কামরুল হাসান দলের পক্ষ থেকে পাঠানো এক বিবৃতিতে": a named subject speaks on the party's
                # behalf; without one, "X-এর পক্ষ থেকে বলা হয়" is X's statement
                k = behalf - 1
                continue
        if (w in _GENITIVE_POSTPOSITIONS or w in _ANSWERING) and k - 1 >= floor and toks[k - 1].is_word \
                and _is_genitive(toks[k - 1].text):
            # "তারা অ্যাটর্নি জেনারেল পাম বন্ডির উদ্দেশে লিখেছেন", "ডা. অম্বরিশ মিত্তল … ওষুধের প্রসঙ্গে
            # বলেছেন": the genitive phrase belongs to the postposition, not to the subject
            k = _genitive_phrase_start(toks, k - 1, floor, is_name) - 1
            continue
        if k == ci - 1 and ci < len(toks) and toks[ci].text in _CUE_NOUNS and _is_genitive(w) and \
                k > floor and toks[k - 1].text in _DEMONSTRATIVES:
            # "শফিকুর রহমান এই সমঝোতার ঘোষণা দেন": what is announced, not who announces
            k = _genitive_phrase_start(toks, k, floor, is_name) - 1
            continue
        if w in _ABOUT and k - 1 >= floor and toks[k - 1].is_word and not _is_genitive(toks[k - 1].text):
            # "কায়েদে আজম ওই ঘটনা সম্পর্কে বলেছিলেন": the topic before the postposition, with its
            # genitives and demonstrative, is not the subject
            k = _genitive_phrase_start(toks, k - 1, floor, is_name) - 1
            continue
        if k > floor and f"{toks[k - 1].text} {w}" in _NON_SUBJECT:
            k -= 2  # "এ সময়": a time phrase of two words
            continue
        if w in _NON_SUBJECT or _is_genitive(w) and _strip_genitive(w) in _NON_SUBJECT and w not in _GEN_PRONOUNS \
                or w.endswith(("বারই", "বারও")) and w[:-1] in _NON_SUBJECT:
            k -= 1  # time words, and their genitive: "গত বছরের ডিসেম্বর মাসে" (and a weekday's "even": রবিবারই)
            continue
        if _is_objective(w):
            k -= 1
            if k >= floor and toks[k].text in _GEN_PRONOUNS:
                k -= 1  # "তার ফেসবুকে লেখেন", "তার মেয়েকে বলেন": the possessor belongs to the object
            elif k >= floor and toks[k].text in _MEDIA_FIRST:
                k -= 1
            elif k >= floor and _is_address(toks[k].text):
                k -= 1  # "মি. আহমেদকে": the honorific belongs to the object
            elif k >= floor and toks[k].text in _DETERMINERS:
                k -= 1  # "একটি গণমাধ্যমকে জানান": the article belongs to the addressee
                if k >= floor and toks[k].is_word and _is_genitive(toks[k].text) and not toks[k].ends_name \
                        and toks[k].text not in _GEN_PRONOUNS and _role_of(toks[k].text) is None:
                    # "আইনজীবীরা | আদালতের এই ঘোষণাকে … বর্ণনা করেছেন": the owner of what is described
                    k = _genitive_phrase_start(toks, k, floor, is_name) - 1
            elif k + 1 < ci - 1 or toks[k + 2].text not in _SPEECH_VERBS:
                # an object in front of a quotation or clause ("এই প্ল্যাটফর্মের ব্লু টিক পদ্ধতিকে")
                for back in range(MAX_OBJECT_MODIFIERS):
                    i = k - back
                    if i < floor or not toks[i].is_word or _role_of(toks[i].text) is not None:
                        break  # "এক পুলিশ কর্মকর্তা সাংবাদিকদের": a role before an addressee is the subject
                    if toks[i].text in _DETERMINERS and toks[i].text not in _GEN_PRONOUNS:
                        k = i - 1
                        break
            continue
        if w in _FROM and k - 1 > floor and toks[k - 1].is_word and not _is_genitive(toks[k - 1].text) \
                and toks[k - 1].text not in _BREAK and toks[k - 1].text not in {"পক্ষ", "কাছ", "তরফ"}:
            # "শেখ হাসিনা সাভারে ধ্বংসস্তূপ থেকে … উদ্ধারের ঘটনা প্রসঙ্গে বলেছেন": where from is no subject
            k = _genitive_phrase_start(toks, k - 1, floor, is_name) - 1
            continue
        if (w in _CONVERBS or w in _COMMON_CONVERBS) and not skipped_converb:
            # "গভীর শোক প্রকাশ করে লিখেছে", "খালেদা জিয়াকে দেখে বেরিয়ে বলেন": skip the converb and its object
            skipped_converb = True
            k -= 1
            n = 0
            while k >= floor and toks[k].is_word and n < 3 and (
                    toks[k].text in _CUE_NOUNS or toks[k].text in _VOICED or toks[k].text in {"গভীর", "শোক"} or
                    toks[k].text in _EXPRESSIVE_OBJECTS or toks[k].text in _CONFIRMED_MATTERS or
                    toks[k].text in _NON_SUBJECT or toks[k].text in _COMMON_CONVERBS or _is_objective(toks[k].text)):
                if _is_objective(toks[k].text):
                    k = _object_words_start(toks, k, floor)  # the object's name words: "খালেদা জিয়াকে"
                elif toks[k].text in _CONFIRMED_MATTERS and k - 1 >= floor and _is_genitive(toks[k - 1].text) \
                        and not toks[k - 1].ends_name and not (is_name is not None and is_name(toks[k - 1].start)):
                    k -= 1  # "মৃত্যুর বিষয়টি নিশ্চিত করে জানান": the matter confirmed, with its genitive
                k -= 1
                n += 1
            if n and toks[k + 1].text in _CUE_NOUNS:
                # "ঢাকার পুলিশ | তাদের বক্তব্যের একটি ব্যাখ্যা দিয়ে বলেছে": the cue noun's article and owners
                if k >= floor and toks[k].text in _DETERMINERS and toks[k].text not in _GEN_PRONOUNS:
                    k -= 1
                owners = 0
                while k >= floor and owners < 2 and toks[k].is_word and _is_genitive(toks[k].text) \
                        and not toks[k].ends_name and not (is_name is not None and is_name(toks[k].start)):
                    k -= 1
                    owners += 1
            pronoun = next((j for j in range(k, max(floor, k - 2) - 1, -1)
                            if toks[j].text in _SUBJECT_PRONOUNS or toks[j].text in _PLURAL), None)
            if pronoun is not None and all(toks[j].is_word and not toks[j].ends_name and
                                           not (is_name is not None and is_name(toks[j].start))
                                           for j in range(pronoun + 1, k + 1)):
                k = pronoun  # "তিনি অতীতের উদাহরণ টেনে বলেন": the pronoun before the converb's object
            continue
        if k > floor and _is_address(toks[k - 1].text):
            return k  # "মি. উপাধ্যায় বলেছেন": a surname after an honorific, not a place in -য়
        if _is_locative(w) and w not in _ANA_OBJ and not t.ends_name:  # (a name in -ে: আর্কি গ্রে, খাজা নাফে)
            if (k == floor or not toks[k - 1].is_word) and k + 1 < ci and toks[k + 1].text in _DETERMINERS:
                return k  # "বাফুফে এক শোকবার্তায় লিখেছে": a clause-initial name before a place phrase
            owner = _document_owner(toks, k, floor)
            if owner is not None:
                return owner  # "বাংলাদেশ ব্যাংকের হালনাগাদ প্রতিবেদনে বলছে": nothing else speaks but its owner
            k = _skip_modifiers(toks, k, floor)
            continue
        if w in _ANA_OBJ and k > floor and toks[k - 1].text in _ANA_DET:
            k -= 2
            continue
        if w in _ANA_DET and k + 1 < ci and toks[k + 1].text in _ANA_OBJ or w in _ANA_ALONE and k == ci - 1:
            k -= 1  # (… মল্লিক তথ্যটি জানিয়েছেন)
            continue
        if w in _EMPHATIC_THIS:
            k -= 1  # "মি. হাদারি এটিই ফোনে বলেছিলেন": "just this", what was said, not who said it
            continue
        if w in _CUE_NOUNS and k == ci - 1:
            k -= 1  # "জোর দিয়ে": the noun of a light verb
            continue
        return k
    return None


def _document_owner(toks: list[_Tok], k: int, floor: int) -> int | None:
    """The genitive owner of the document at k that opens its clause ("বাংলাদেশ ব্যাংকের হালনাগাদ
    প্রতিবেদনে …"): the owner's last token, or None."""
    if not toks[k].text.startswith(_DOCUMENTS):
        return None
    j = k - 1
    while j >= floor and toks[j].text in _BEFORE_DOCUMENT and toks[j].text not in _GEN_PRONOUNS:
        j -= 1
    if j < floor or not _is_genitive(toks[j].text) or toks[j].text in _GEN_PRONOUNS:
        return None
    start = _genitive_phrase_start(toks, j, floor)
    return j if start == floor or not toks[start - 1].is_word else None


def _describes_person(word: str) -> bool:
    """A word that may stand before a person's name without being part of it: a role (নির্দেশক,
    ভাতিজা), a genitive (নাগরিক ঐক্যের, নাজমুলের) or an honorific (ডা:, আল্লামা)."""
    return _role_of(word) is not None or _is_genitive(word) or word in _HONORIFICS \
        or word.rstrip(".:") + "." in _HONORIFICS


_HONORIFICS = frozenset(HONORIFICS) | {"আল্লামা", "প্রকৌশলী"}


def _title_quote(toks: list[_Tok], j: int) -> bool:
    """A quoted title named in a setting, not speech: "তার বই '…'-এ", "তাঁর '…' বইতে"."""
    if j < 1 or j + 1 >= len(toks) or not toks[j].is_quote:
        return False
    before, after = toks[j - 1].text, toks[j + 1].text
    if before == "," and j >= 2:
        before = toks[j - 2].text  # "তার বই, '…'তে"
    glued = after in _CASE_ENDINGS and toks[j + 1].start == toks[j].end  # '…'তে
    if after in _WORK_NOUNS and _is_locative(after):
        return True  # "আবুল মনসুর আহমদ ‘আমার দেখা রাজনীতির পঞ্চাশ বছর’ বইয়ে লিখেছেন": the work written in
    return (before in _WORK_NOUNS or before in _GEN_PRONOUNS) and (
        after == "-" or glued or after in _WORK_NOUNS or _is_locative(after))


def _about_someone_known(toks: list[_Tok], floor: int, verb: int) -> bool:
    """The clause before the verb has no subject of its own (time, place and object words, and the
    noun of the verb): it is about the person the story is about."""
    words = [t.text for t in toks[floor:verb] if t.is_word]
    return all(w in _NON_SUBJECT or w in _DETERMINERS or w in _PARTICIPLES or w[0].isdigit() or _is_genitive(w)
               or _is_locative(w) or _is_objective(w) for w in words[:-1])


def _object_or_time_only(words: list[_Tok]) -> bool:
    """The words after a verb before a quotation's comma are no subject: an object in -কে
    ("দুষেছেন রেফারিকে") or a time word with or without a particle ("করলেন কালও")."""
    return bool(words) and all(
        t.is_word and (_is_objective(t.text) and not t.ends_name or t.text in _NON_SUBJECT or _no_subject_word(t.text))
        for t in words)


def _honorific_finite(tok: _Tok) -> bool:
    """A finite verb in the honorific (a person's): দেখেন, লাগাচ্ছেন, চান, করেছিলেন, and the negative
    past দেননি, পারেননি; not a name that ends so (হোসেন)."""
    word = tok.text
    return tok.is_word and not tok.ends_name and not tok.starts_name and (
        _narrative_verb(word) or len(word) > 4 and word.endswith(("চ্ছেন", "েছেন", "ছেন", "েননি", "াননি")))


def _finite(word: str) -> bool:
    """A finite verb that ends a clause (not a participle, not a time word in -বে such as জবাবে)."""
    return _is_verb_like(word) and word not in _PARTICIPLES and word not in _NON_SUBJECT


def _subordinate_clause(toks: list[_Tok], i: int, end: int) -> bool:
    """A clause subordinate to the cue starts at token i: a verbal noun or converb follows within a few
    words ("মনোনয়নপত্র জমা দেওয়ার পর", "অনুষ্ঠানে বক্তব্য দিতে গিয়ে")."""
    return any(t.text.endswith(_VERBAL_NOUN_ENDINGS) or t.text in _CONVERBS or t.text in _COMMON_CONVERBS
               for t in toks[i:min(end, i + 4)])


def _describes_setting(word: str) -> bool:
    """After a participle, the start of a setting it describes: a determiner (দেয়া একটি সাক্ষাৎকারে) or a
    place or document in -তে/-য় (জারি করা নির্দেশিকায়), not a name that happens to end in -এ (গিফ্রে)."""
    return word in _DETERMINERS or _is_locative(word) and word.endswith(("তে", "য়"))


def _opening_bracket(toks: list[_Tok], k: int, floor: int, reach: int) -> int | None:
    """The "(" nearest before token k, at most `reach` tokens back and not before `floor`, or None."""
    return next((j for j in range(k - 1, max(floor, k - reach) - 1, -1) if toks[j].text == "("), None)


def _dated_parenthesis_start(toks: list[_Tok], k: int, floor: int) -> int | None:
    """The "(" of a date in brackets after a weekday: "সোমবার (২৯ ডিসেম্বর)"."""
    j = _opening_bracket(toks, k, floor, 5)
    return j if j is not None and j > floor and toks[j - 1].text in _NON_SUBJECT else None


def _first_of_name(toks: list[_Tok], k: int, floor: int) -> int:
    """The first token, not before `floor`, of the organisation's name that token k ends (its `name_start`)."""
    first = k
    while first > floor and toks[first].start > toks[k].name_start:
        first -= 1
    return first


# What a quoted title names (তার বই '…'-এ, তাঁর '…' বইতে).
_WORK_NOUNS = frozenset({"বই", "বইয়ে", "বইতে", "গ্রন্থ", "গ্রন্থে", "উপন্যাস", "উপন্যাসে", "নিবন্ধ", "নিবন্ধে",
                         "লেখা", "লেখায়", "কলাম", "কলামে", "প্রবন্ধ", "প্রবন্ধে", "আত্মজীবনী", "আত্মজীবনীতে"})


def _np_start(toks: list[_Tok], k: int, floor: int, *, genitive_head: bool = False) -> int:
    """Where the noun phrase ending at token k starts (walking back over modifiers)."""
    j = k
    depth = 0
    while j >= max(floor, k - MAX_NP_WORDS):
        t = toks[j]
        w = t.text
        if w == ")":
            depth += 1
        elif w == "(":
            depth -= 1
            if depth < 0:
                break
        elif depth == 0:
            if t.is_quote or not t.is_word and w not in {"-", "."}:
                break
            if j < k:
                if (w in _BREAK or w[:-1] in _BREAK and w[-1] in "ইও") and w not in {"ও", "এবং"}:
                    break  # ছাড়া, ছাড়াই
                if w in {"ও", "এবং"} and any(0 <= toks[n].name_start <= t.start for n in range(j + 1, k + 1)):
                    pass  # inside an organisation's name: "আইন ও সালিশ কেন্দ্রের মুখপাত্র"
                elif w in {"ও", "এবং"}:
                    right = toks[j + 1].text if j + 1 <= k else ""
                    left = toks[j - 1].text if j - 1 >= floor else ""
                    role_after = any(_role_of(t.text) for t in toks[j + 1:k + 1])
                    plain_left = j - 1 >= floor and toks[j - 1].is_word and not _is_genitive(left) and not \
                        _is_locative(left) and not _is_objective(left) and left not in _BREAK and not _is_verb_like(left)
                    if not (right in _ROLE_MODIFIERS or _role_of(right) or _role_of(left) or _org_word(left)
                            or role_after and plain_left and k - j <= 3):
                        break
                elif w == "নামে" and toks[j + 1].text in _NAMED_ONE:
                    pass  # "সঞ্জিত কুমার নামে একজন": by the name of
                elif _named_by(toks, j, k):
                    pass  # "সন্দীপ লামিচানে নামে এক বাসিন্দা": a name's last word, though it ends like a place
                elif _is_objective(w) or (_is_locative(w) and not _is_genitive(w)) or _is_verb_like(w):
                    break
                elif w in _CONVERBS or w in _COMMON_CONVERBS or w in _SINGULAR or w in _PLURAL:
                    break
                elif w == "বছর" and toks[j + 1].text.startswith("বয়সী"):
                    pass
                elif _AGE.match(w) and toks[j + 1].text == "বছর":
                    pass
                elif w in _DEMONSTRATIVES and _role_of(toks[k].text):
                    pass  # "এনসিপির এ নেত্রী", "অভিষিক্ত এই কিপার": the demonstrative points back
                elif w in _NON_SUBJECT and w not in _ROLE_MODIFIERS and not t.starts_name:
                    break
        j -= 1
    start = j + 1
    # an anonymous-source phrase before it belongs to it ("নাম প্রকাশে অনিচ্ছুক রাশিয়ান সরকারী সূত্র")
    return min(start, k + 1) if start <= k else k


def _genitive_phrase_start(toks: list[_Tok], k: int, floor: int,
                           is_name: Callable[[int], bool] | None = None) -> int:
    """Where the genitive phrase ending at token k starts: "টাইপ-২ ডায়াবেটিসের চিকিৎসার জন্য ব্যবহৃত
    ওষুধের" (genitives, their modifiers and participles, postpositions inside it), "অ্যাটর্নি জেনারেল পাম
    বন্ডির" (a name the tagger found, with its title), "এই সমঝোতার". A name before it that is not in
    the genitive ("ডা. অম্বরিশ মিত্তল …") is the subject, not part of it."""
    j = k
    named = -1
    while j - 1 >= floor:
        if toks[j].text in _GEN_PRONOUNS or toks[j].text in {"এর", "এদের", "যার", "যাদের", "এটির", "এটার"}:
            break  # "… জুজ্জানি তার সম্পর্কে লিখেছেন": a pronoun takes no modifier
        prev = toks[j - 1]
        w = prev.text
        if not prev.is_word or w in _SINGULAR or w in _PLURAL or _is_objective(w) or \
                _is_verb_like(w) and _role_of(w) is None or _is_locative(w) and not _is_genitive(w) and \
                w not in _GENITIVE_POSTPOSITIONS:
            break
        if w in _BREAK and w not in _GENITIVE_POSTPOSITIONS or prev.ends_name:
            break  # … or a name in -র before it (মির্জা ফখরুল ইসলাম আলমগীর | দলের পক্ষ থেকে): the subject
        if is_name is not None and is_name(prev.start) and not _is_genitive(w):
            j -= 1  # the first word of a name the tagger found: "পাম বন্ডির"
            named = j
            continue
        modifier = _is_adjective(w) or any(c.isdigit() for c in w) or "-" in w or w in _PARTICIPLES or \
            w.endswith(("ৃত", "িত", "কৃত")) or w in _GENITIVE_POSTPOSITIONS
        titled = j == named or toks[j].text in _ADDRESS or _role_of(toks[j].text)
        if _is_genitive(w) or w in _DEMONSTRATIVES or modifier or titled and (w in _ADDRESS or _role_of(w)):
            j -= 1
            continue
        break
    return j


def _skip_modifiers(toks: list[_Tok], k: int, floor: int) -> int:
    """Skip a locative phrase ending at k: the word and its modifiers back to a determiner."""
    j = k - 1
    if j >= floor and _AGE.match(toks[j].text):
        return j - 1  # "ন্যাশনাল পার্টি ২০০২ সালে জানিয়েছিল": the number belongs to the time phrase
    if j >= floor and toks[j].text in _DOCUMENT_MODIFIERS:
        return j - 1  # "এফবিসিসিআই শোক বার্তায় জানায়": the kind of message belongs to it
    if j > floor and toks[j].is_word and (toks[j].text in _PARTICIPLES or toks[j].text.endswith(("িত", "ৃত"))
                                          and len(toks[j].text) > 4) and _is_locative(toks[j - 1].text):
        return _skip_modifiers(toks, j - 1, floor)  # "জেলা শিল্পকলা একাডেমিতে আয়োজিত সভায়": a participle's place
    if toks[k].text in _VOICE and j >= floor and toks[j].is_word and not toks[j].ends_name \
            and not _is_genitive(toks[j].text) and _role_of(toks[j].text) is None:
        # "আবেগাপ্লুত কণ্ঠে বলেন", "কাঁপা কাঁপা কণ্ঠে", "দৃঢ় ভাষায়": a voice or a tone is said with its
        # adjective (repeated, or after a degree word), which is never the subject
        while j > floor and toks[j - 1].is_word and (toks[j - 1].text == toks[j].text or toks[j - 1].text in _NON_SUBJECT):
            j -= 1
        return j - 1
    for back in range(3):
        i = k - 1 - back
        if i < floor or not toks[i].is_word:
            break
        w = toks[i].text
        if _role_of(w) is not None:
            break  # "এক পুলিশ কর্মকর্তা মুঠোফোনে": the determiner belongs to the subject, not the place
        if w in _DETERMINERS:
            while i - 1 >= floor and toks[i - 1].text in _DETERMINERS:
                i -= 1  # "তার এক বক্তব্যে": the possessive belongs to the place phrase too
            return i - 1
        if _is_genitive(w) and toks[i].ends_name:
            return i  # "মির্জা ফখরুল ইসলাম আলমগীর কান্নাজড়িত কণ্ঠে": a name in -র, not a genitive
        if _is_genitive(w) and back < 2 and w not in _GEN_PRONOUNS and w not in _ORG_NOMINATIVES:
            if i - 1 >= floor and toks[i - 1].text in _ROLE_MODIFIERS:
                return i - 2  # "প্রধান অতিথির বক্তব্যে": the genitive's own modifier
            return i - 1  # "সরকার চলতি মাসে": সরকার only looks like a genitive
    return j


def _post_np(words: list[_Tok]) -> list[_Tok]:
    """A post-verb subject may carry place phrases ("নওগাঁ-৫ আসনে ... মনিরা শারমিন"): keep the part
    after the last case-marked word unless a role word comes later."""
    cut = 0
    for i, w in enumerate(words):
        # only clear place endings (-তে, -য়, -এ): জামায়াতে ইসলামী is a name
        if (w.text.endswith(("তে", "ায়", "-এ")) and _is_locative(w.text) or _is_objective(w.text)) \
                and not _role_of(w.text):
            cut = i + 1
    if cut >= len(words) or len(words) - cut < 2 and not any(_role_of(w.text) for w in words[cut:]):
        return words  # "জামায়াতে ইসলামী": a name that only looks like a place phrase
    return words[cut:] if cut else words


def _split_role(texts: list[str]) -> tuple[int | None, str | None, str | None]:
    """(index where the name starts, role, affiliation) of a noun phrase's words.

    >>> _split_role("ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ".split())
    (2, 'মুখপাত্র', 'ক্রেমলিন')
    """
    last = None
    for i, w in enumerate(texts):
        # a title in the genitive owns what follows (প্রধান উপদেষ্টার প্রেস উইং); it is no apposition
        if _role_of(w) is not None and _role_base(w) == w or w in _ADDRESS:
            last = i
    if last is None:
        return None, None, None
    if texts[last] in _NAME_LIKE_ROLES and last + 1 < len(texts) and (
            last == 0 or _role_of(texts[last - 1]) is not None and not _is_genitive(texts[last - 1])):
        # "প্রার্থী আমীর খসরু মাহমুদ চৌধুরী", "আমীর খসরু বলেন": without an organisation before it,
        # আমীর is his given name, not the office (জামায়াতের আমির শফিকুর রহমান)
        if last == 0:
            return None, None, None
        _, role, affiliation = _split_role(texts[:last] + ["x"])
        return last, role, affiliation
    r = last
    while r > 0 and texts[r] in _ADDRESS and (_role_of(texts[r]) is None or _role_of(texts[r - 1]) is not None):
        # an honorific after the title is no part of it: "প্রধান উপদেষ্টা অধ্যাপক ড. মুহাম্মদ ইউনূস"
        r -= 1
        if _role_of(texts[r]) is not None and texts[r] not in _ADDRESS:
            break
    if _role_of(texts[r]) is None:
        return last + 1, None, None
    first = r
    while first > 0 and (texts[first - 1] in _ROLE_MODIFIERS or _role_of(texts[first - 1]) is not None
                         and not _is_genitive(texts[first - 1]) or texts[first - 1] in {"ও", "এবং"}):
        first -= 1
    if first > 0 and _title_noun(texts[first - 1]) and (first == 1 or _is_genitive(texts[first - 2])
                                                      or texts[first - 2] in _NON_SUBJECT):
        first -= 1  # a compound title: মন্ত্রিপরিষদ সচিব, বাণিজ্য সচিব, নেতৃত্ব বিশেষজ্ঞ
    role_words = [w for w in texts[first:r + 1]]
    role_words[-1] = _role_base(role_words[-1])
    role = " ".join(role_words) if role_words else None
    aff = [w for w in texts[:first] if w not in _NON_SUBJECT and w not in _DETERMINERS]
    affiliation = None
    if aff:
        if _is_genitive(aff[-1]):
            aff[-1] = _strip_genitive(aff[-1])
        affiliation = " ".join(aff)
    return last + 1, role, affiliation


def _possessor_cut(texts: list[str]) -> int:
    """Where a name starts after a leading possessor ("নাগরিক ঐক্যের মাহমুদুর রহমান মান্না" -> 2):
    the last clear genitive (-ের, -এর, ’র) followed by at least two more words; 0 when none."""
    for i in range(len(texts) - 3, -1, -1):
        if texts[i].endswith(("ের", "এর", "’র", "'র", "-এর")) and texts[i] not in _GEN_PRONOUNS:
            return i + 1
    return 0


def _title_noun(word: str) -> bool:
    """A plain noun that can open a compound title (মন্ত্রিপরিষদ, বাণিজ্য, স্বরাষ্ট্র), not an
    organisation or an acronym (বিটিএমএ সভাপতি keeps বিটিএমএ as the affiliation)."""
    return not (_is_genitive(word) or _is_locative(word) or _is_objective(word) or word in _NON_SUBJECT
                or word in _DETERMINERS or word in _ADDRESS or _org_word(word) or _ACRONYM.fullmatch(word)
                or word.isascii() or _is_verb_like(word) or _is_adjective(word))


def _same_role(a: str, b: str) -> bool:
    ra, rb = _role_of(a.split()[-1]), _role_of(b.split()[-1])
    if ra is not None and ra == rb:
        return True
    # "প্রধান উপদেষ্টা" ~ "প্রধান উপদেষ্টা অধ্যাপক": the title without a trailing honorific
    heads = {_role_of(w) for w in b.split() if w not in _ADDRESS} - {None}
    return ra is not None and ra in heads


# Adjectives of nationality whose country's name they do not begin with (ইসরাইলি ~ ইসরাইল,
# অস্ট্রেলিয়ান ~ অস্ট্রেলিয়া need no entry). Newsroom usage.
_DEMONYM_COUNTRIES = {"মার্কিন": "যুক্তরাষ্ট্র", "আমেরিকান": "যুক্তরাষ্ট্র", "রুশ": "রাশিয়া", "ব্রিটিশ": "যুক্তরাজ্য",
                      "ফরাসি": "ফ্রান্স", "ইংরেজ": "যুক্তরাজ্য", "ডাচ": "নেদারল্যান্ডস", "সৌদি": "সৌদি আরব"}


def _owner(speaker: _Speaker) -> str | None:
    """Whose title a person holds: the affiliation, else a nationality in the title itself
    ("ইসরাইলি প্রধানমন্ত্রী বেনিয়ামিন নেতানিয়াহু" is not "অস্ট্রেলিয়ার প্রধানমন্ত্রী")."""
    if speaker.affiliation or not speaker.role:
        return speaker.affiliation
    demonym = next((w for w in speaker.role.split()[:-1] if w in DEMONYMS), None)
    return _DEMONYM_COUNTRIES.get(demonym, demonym) if demonym else None


def _classified(owner: str) -> bool:
    """Does the owner end in the classifier -টি/-টা (দলটি, সংগঠনটা: the one just named)? Not a word
    whose ট is part of a conjunct (ঘণ্টা, ইন্টারনেট): "৩ ঘণ্টা আগে ইসরাইলি প্রধানমন্ত্রী" owns nothing."""
    return owner.endswith(("টি", "টা")) and len(owner) > 3 and owner[-3] != "\u09cd"


# Words that say what kind of body or place an owner is, not which one (থানা, মন্ত্রণালয়, কমিটি).
_KIND_OF_BODY = GENERIC_NOT_ENTITIES | LOC_HEAD_WORDS | {"অফিস", "কার্যালয়", "দপ্তর", "দফতর", "অধিদপ্তর", "অধিদফতর"}


def _compatible(a: str | None, b: str | None) -> bool:
    """Do two affiliations share a word (বিটিএমএর ~ বাংলাদেশ টেক্সটাইল মিলস অ্যাসোসিয়েশন (বিটিএমএ))?"""
    if not a or not b or _classified(a) or _classified(b) or _anaphoric_owner(a) or _anaphoric_owner(b):
        return True  # "দলটির সাধারণ সম্পাদক", "সে দেশের পররাষ্ট্রমন্ত্রী": the one just named, whichever it is
    wa = {k for w in a.split() for k in _name_keys(w)}
    wb = {k for w in b.replace("(", " ").replace(")", " ").split() for k in _name_keys(w)}
    # when both owners have a word of their own, they must share one: "কোতোয়ালি থানা" and "সদর
    # থানা" are two police stations, though both are a থানা
    own_a, own_b = wa - _KIND_OF_BODY, wb - _KIND_OF_BODY
    if own_a and own_b:
        wa, wb = own_a, own_b
    return bool(wa & wb) or any(len(x) >= 3 and len(y) >= 3 and (x.startswith(y) or y.startswith(x))
                                for x in wa for y in wb)


def _title_after_owner(role: str, affiliation: str, text: str) -> tuple[str, str]:
    """Words after the owner's genitive belong to the title, not to the owner: "অন্তর্বর্তী সরকারের
    সাবেক তথ্য উপদেষ্টা" is (সাবেক তথ্য উপদেষ্টা, অন্তর্বর্তী সরকার), "বাংলাদেশ ফাইন্যান্সিয়াল
    ইন্টেলিজেন্স ইউনিটের ঊর্ধ্বতন এক কর্মকর্তা" (ঊর্ধ্বতন কর্মকর্তা, বাংলাদেশ ফাইন্যান্সিয়াল ইন্টেলিজেন্স
    ইউনিট). Only when the text writes those words right before the title: an owner that is itself in
    the genitive ("বিএনপির উপজেলা পর্যায়ের নেতা") is a whole; and a body named after the genitive
    stays the owner ("জামায়াতের নির্বাহী পরিষদ সদস্য")."""
    words, acronym = affiliation.split(), ""
    if words and words[-1].startswith("(") and words[-1].endswith(")"):
        words, acronym = words[:-1], " " + words[-1]  # "ইউনিটের ঊর্ধ্বতন (বিএফআইইউ)": the owner's acronym
    owned = max((i for i, w in enumerate(words) if _is_genitive(w) and w not in _GEN_PRONOUNS), default=None)
    if owned is None or owned == len(words) - 1 or _role_of(words[owned]) is not None \
            or role.split()[0] in {"ও", "এবং"}:
        return role, affiliation  # (a titled owner, "জামায়াতের আমির …", or a title split at ও is no such title)
    after = words[owned + 1:]
    if any(_org_word(w) or _ACRONYM.fullmatch(w) or not _WORDS_RE.fullmatch(w) or w in {"ও", "এবং"}
           or _role_of(w) is not None for w in after):
        return role, affiliation
    before_title = rf"(?<!\S){re.escape(after[-1])}(?:\s+(?:এক|একজন))?\s+{re.escape(role.split()[0])}"
    if not re.search(before_title, text):
        return role, affiliation
    return " ".join(after + [role]), " ".join(words[:owned] + [_strip_genitive(words[owned])]) + acronym


_RELATIONS = frozenset(lx.KIN_AND_RELATION_WORDS)
# Words that count people, before a title ("আরেকজন নির্মাণ শ্রমিক", "এমন কয়েকজন নেতা"): no part of it.
_QUANTIFIERS = _INDEFINITE_OPENERS | frozenset(lx.GROUP_DETERMINERS) | {"এমন", "কয়েক"}
_AGE_WORDS = frozenset({"বছর", "বছরের", "বয়সী", "বয়সি"})
_NUMERAL = re.compile(r"[০-৯0-9]+")


def _is_relation(role: str) -> bool:
    """Is a title a relation to someone else or an epithet, not a post ("একমাত্র মেয়ে", "নাতি",
    "দুই সহকর্মী", "প্রাণীপ্রেমী")? An editor's Sources page lists offices and professions."""
    head = role.split()[-1]
    return _role_of(head) in _RELATIONS or head.endswith(lx.EPITHET_ENDINGS)


def _post_beside_relation(affiliation: str | None) -> tuple[str | None, str | None]:
    """The post of a speaker described by a post and a relation joined by ও: "দলটির কৃষক উইং-এর
    প্রধান সমন্বয়কারী ও মজলুম জননেতা মওলানা ভাসানীর নাতি" is (প্রধান সমন্বয়কারী, দলটির কৃষক উইং); a
    relation alone gives neither a role nor a body."""
    words = (affiliation or "").split()
    joins = [i for i, w in enumerate(words) if w in {"ও", "এবং"}]
    if not joins:
        return None, None
    _, role, owner = _split_role(words[:joins[-1]] + ["x"])
    if role is None or _is_relation(role):
        return None, None
    return role, owner


def _without_age(role: str, affiliation: str | None) -> tuple[str, str | None]:
    """A title and owner without an age written before the title, which the split may have cut
    anywhere: "২৭ বছর বয়সী কিপার" gave (বয়সী কিপার, ২৭), "৪০ বছর বয়সী পর্তুগীজ তারকা" gave (তারকা,
    ৪০ বয়সী পর্তুগীজ). An age is neither a post nor a body."""
    words = [*(affiliation or "").split(), "|", *role.split()]
    kept = [w for i, w in enumerate(words) if not (
        w in _AGE_WORDS or _NUMERAL.fullmatch(w) and any(v in _AGE_WORDS for v in words[i + 1:i + 3]))]
    cut = kept.index("|")
    return " ".join(kept[cut + 1:]), " ".join(kept[:cut]) or None


def _body_words(affiliation: str) -> str | None:
    """An owner without what a title phrase took in before it: the end of an earlier sentence
    ("তারকারাও ব্যতিক্রম নন। সংগীতশিল্পী …" gave the owner "তারকারাও ব্যতিক্রম নন।") and the occasion
    of the words ("বৈঠক বাংলাদেশ ব্যাংক", "আলাপকাল মন্ত্রিপরিষদ"): a body's name holds neither."""
    words = affiliation.split()
    stops = [i for i, w in enumerate(words) if w[-1] in _TERMINATORS]
    if stops:
        words = words[stops[-1] + 1:]
    while len(words) > 1 and words[0] in lx.SPEAKING_OCCASIONS:
        words = words[1:]
    return " ".join(words) or None


def _last_conjunct_owner(affiliation: str) -> str:
    """The owner of the last of two titles joined by ও/এবং: "অর্থনীতিবিদ ও জাহাঙ্গীরনগর
    বিশ্ববিদ্যালয়ের সাবেক উপাচার্য" is a former vice-chancellor of জাহাঙ্গীরনগর বিশ্ববিদ্যালয়, not of
    "অর্থনীতিবিদ ও জাহাঙ্গীরনগর বিশ্ববিদ্যালয়". Two bodies joined (বিএনপি ও ঐক্যফ্রন্ট) stay."""
    words = affiliation.split()
    joins = [i for i, w in enumerate(words) if w in {"ও", "এবং"}]
    if not joins or joins[-1] == len(words) - 1:
        return affiliation
    last = joins[-1]
    if not any(_role_of(w) is not None and not _org_word(w) for w in words[:last]):
        return affiliation
    return " ".join(words[last + 1:])


def _titles_carried(found: list[Quote]) -> list[Quote]:
    """A named person's later quotes carry the title the article gave them before ("বিটিএমএর সাবেক
    সভাপতি মোহাম্মদ আলী খোকন" … "খোকন বলেন"), as quotes resolved from তিনি already do: an editor
    reading one quote sees who the speaker is. The title nearest before the quote wins."""
    titled: dict[str, tuple[str, str | None]] = {}
    out = []
    for q in sorted(found, key=lambda q: q.start):
        if q.speaker is not None and q.source_type == "person":
            if q.role is not None:
                titled[q.speaker] = (q.role, q.affiliation)
            elif q.speaker in titled and q.affiliation is None:
                role, affiliation = titled[q.speaker]
                q = replace(q, role=role, affiliation=affiliation)
        out.append(q)
    return out


_PARTY_NAMES = frozenset(name for names in BANGLADESH_PARTIES for name in names)
_OTHER_OWNER_WORDS = frozenset(lx.OTHER_OWNER_WORDS)
_UNPLACED_OWNERS = frozenset(lx.UNPLACED_OWNERS)
_POINTING_DEMONSTRATIVES = frozenset(lx.POINTING_DEMONSTRATIVES)
# Adverbs in -র, which are no owner before a pointing owner ("এরপর দলের মহাসচিব").
_ADVERBS_IN_R = frozenset({"আর", "পর", "এরপর", "তারপর", "অতঃপর", "আবার", "ওপর", "উপর"})
_ENDS_IN_VOWEL = frozenset("ািীুূৃেৈোৌ") | _VOWEL_LETTERS  # a vowel sign or a vowel letter


def _pointing_owner(affiliation: str) -> tuple[int, str | None] | None:
    """How many opening words of an affiliation point back, and the kind of body they mean (see
    lx.POINTING_OWNERS): "দলটি" -> (1, "party"), "দলটির কৃষক উইং" -> (1, "party"), "সে দেশ" -> (2,
    "country"), "মঞ্চ" -> (1, "মঞ্চ"), "দেশ" -> (1, None) (no body); None for a name ("ইনকিলাব মঞ্চ",
    "জাতীয় দল", "আমজনতার দলের কেন্দ্রীয় কমিটি")."""
    words = affiliation.split()
    for size in (2, 1):
        if len(words) < size:
            continue
        opening = words[:size]
        if len(words) > size and _is_genitive(opening[-1]):
            opening[-1] = _strip_genitive(opening[-1])  # the owner of the rest: "দলটির কৃষক উইং"
        phrase = " ".join(opening)
        if phrase in lx.POINTING_OWNERS:
            return size, lx.POINTING_OWNERS[phrase]
        if phrase in _UNPLACED_OWNERS:
            return size, None
    return None


def _body_of_kind(entity: Entity, kind: str) -> bool:
    """Is the entity a body a pointing owner of this kind may mean: a party (the gazetteer's, or an
    organisation named like one: … পার্টি, … লীগ, … ঐক্যজোট), a country (বাংলাদেশ, নিউজিল্যান্ড; not
    দিল্লি or ইউরোপ), or an organisation whose name ends in the pointer's word (ইনকিলাব মঞ্চ for মঞ্চ)?"""
    names = [name for name in (entity.name, *entity.aliases) if name]
    if kind == "country":
        return entity.type == "LOC" and entity.name in COUNTRIES
    if entity.type != "ORG":
        return False
    if kind == "party":
        return any(name in _PARTY_NAMES or name.split()[-1].endswith(lx.PARTY_NAME_ENDINGS) for name in names)
    return any(name.split()[-1] == kind for name in names)


def _genitive_of(name: str) -> str:
    """A name in the genitive, to stand for a pointing owner inside a phrase: জাতীয় নাগরিক পার্টি ->
    জাতীয় নাগরিক পার্টির, বিএনপি -> বিএনপির, আওয়ামী লীগ -> আওয়ামী লীগের."""
    return name + ("র" if name[-1] in _ENDS_IN_VOWEL else "ের")


def _anaphoric_owner(affiliation: str) -> bool:
    """"সে দেশের", "ওই দেশের", "দেশের" (the country spoken of): an owner that points back, two words
    opened by one of lx.POINTING_DEMONSTRATIVES, or দেশ alone. ("দেশটির" is not read here: callers
    test the -টি ending themselves.)"""
    words = affiliation.split()
    return len(words) == 2 and words[0] in _POINTING_DEMONSTRATIVES or words in (["দেশ"], ["দেশের"])


def _phrase_type(texts: list[str]) -> str:
    """Source type of a phrase without an entity: anonymous, group, media, organisation or person."""
    phrase = " ".join(texts)
    if any(m in phrase for m in lx.ANONYMOUS_PREFIXES) or texts[-1].startswith("সূত্র") or texts[0] in {"একজন", "এক"}:
        return "anonymous"
    if _MEDIA_RE.search(phrase):
        return "media"
    if _is_plural_phrase(texts) or phrase in lx.GROUP_WORDS or any(t in _GROUP_DETERMINERS for t in texts):
        return "group"
    if len(texts) == 1 and (_ACRONYM.fullmatch(texts[0]) or texts[0].isupper()):
        return "organisation"  # পিডিবি, বিএনপি, ইসি, TASS
    if _org_like(texts):
        return "organisation"
    return "person"


def _org_like(texts: list[str]) -> bool:
    return bool(_ORG_RE.search(" ".join(texts))) or any(_org_word(t) for t in texts)


def _org_word(word: str) -> bool:
    base = _strip_genitive(word) if _is_genitive(word) else word
    return base in lx.ORGANISATION_WORDS or base.endswith(("মন্ত্রণালয়", "অধিদপ্তর", "বিভাগ", "কমিশন", "পরিষদ"))




_CASE_ALT = "(?:ের|এর|-এর|’র|'র|কে|তে|েরও|রা|দের|গুলো|গুলি|গুলির|গুলোর|টি|টির|র|ে|য়|ও|ই)?"
_WORDS_RE = re.compile(rf"[{_LETTERS}]+")
_ORG_RE = re.compile(_B + _alt(lx.ORGANISATION_WORDS) + _CASE_ALT + _E)
_MEDIA_RE = re.compile(_B + _alt(lx.MEDIA_WORDS) + _CASE_ALT + _E)
_CASE_ENDINGS = frozenset({"ের", "র", "এর", "কে", "ে", "য়", "তে", "েরও", "রা", "দের", "ও", "ই", "-এর", "’র", "'র",
                           "গুলো", "গুলি", "গুলির", "গুলোর", "টি", "টির"})


def _plural_name(speaker: _Speaker) -> bool:
    """A speaker called by a plural phrase (বিশ্লেষকরা), or named in the plural genitive and given as
    its plural nominative (আয়োজকদের -> আয়োজকরা), whom তারা can take up."""
    name = speaker.name or ""
    return bool(name) and (not speaker.named and _is_plural_phrase(name.split())
                           or (speaker.mention or "").endswith("দের") and name.endswith("রা"))


_OPINION_QUANTIFIERS = frozenset(lx.OPINION_QUANTIFIERS)
_COMMENTATORS = frozenset(lx.COMMENTATOR_STEMS)


def _body_of_opinion(speaker: _Speaker) -> bool:
    """A group that holds a view rather than one voice that goes on: some or many (অনেকেই, কেউ কেউ,
    কিছু মুসলিম জমিদার, বিশ্লেষকদের অনেকে) or commentators (অর্থনীতিবিদেরা, রাজনৈতিক বিশ্লেষকরা)."""
    if speaker.source_type != "group":
        return False
    return any(w in _OPINION_QUANTIFIERS or _plural_stem(w) in _COMMENTATORS for w in (speaker.name or "").split())


def _names_view_holders(words: list[str]) -> bool:
    """Does a sentence speak of holders of a view, commentators or some or many (বিশেষজ্ঞদের, কেউ কেউ)?
    After "বিশ্লেষকদের মতে, …" such a sentence is the reporter's, not the view going on."""
    return any(w in _HOLDER_QUANTIFIERS or _plural_stem(w) in _COMMENTATORS for w in words)


# The quantifiers that stand for people by themselves (অনেকে, কেউ কেউ), not before a noun (অনেক ঋণই).
_HOLDER_QUANTIFIERS = _OPINION_QUANTIFIERS - {"অনেক", "কিছু", "কারও", "কারো"}


def _plural_stem(word: str) -> str:
    """বিশ্লেষকরা, অর্থনীতিবিদেরা, বিশ্লেষকদের, বিশেষজ্ঞগণ -> the noun they are the plural of."""
    for suffix in ("েরা", "রা", "দের", "গণ"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


# Suffixes of nouns for people by what they do (আলোচক, আন্দোলনকারী, আইনজীবী, অর্থনীতিবিদ): with
# -রা/-েরা they are people, a group that speaks ("আলোচকেরা ক্ষোভ প্রকাশ করে বলেন").
_AGENT_SUFFIXES = ("ক", "কারী", "জীবী", "বিদ")


def _is_plural_phrase(texts: list[str]) -> bool:
    """বিশ্লেষকরা, মার্কিন কর্মকর্তারা, সংবাদ সংস্থাগুলি — but not তাসনিম জারা (a name in -রা)."""
    head = texts[-1]
    if head in lx.GROUP_WORDS or " ".join(texts) in lx.GROUP_WORDS:
        return True
    if head.endswith(("গুলো", "গুলি", "গুলোর", "গুলির", "বৃন্দ", "সমূহ", "গণ")) and len(head) > 4:
        return True
    for suffix in ("েরা", "রা"):
        stem = head[: -len(suffix)]
        if head.endswith(suffix) and len(stem) >= 3 and (_role_of(stem) or stem + "রা" in lx.GROUP_WORDS
                                                         or _org_word(stem) or stem.endswith(_AGENT_SUFFIXES)):
            return True
        if head.endswith(suffix) and "-" in stem and any(_role_of(part) for part in stem.split("-")):
            return True  # "নেতা-কর্মীরা", "শিক্ষক-কর্মচারীরা": people of two kinds
    return False


def _plural_subject(word: str) -> bool:
    """A plural noun in the nominative: বিশ্লেষকরা, কর্মকর্তারা, and compounds of a group word
    (শিল্পসংশ্লিষ্টরা, খাতসংশ্লিষ্টরা)."""
    return word.endswith("রা") and (_is_plural_phrase([word]) or word.endswith(_PLURAL_GROUP_WORDS))


_PLURAL_GROUP_WORDS = tuple(w for w in lx.GROUP_WORDS if w.endswith("রা"))


def _plural_of_bodies(word: str) -> bool:
    """Countries or organisations in the nominative plural: দেশগুলো, দলগুলোও, সংগঠনগুলি."""
    word = _without_particle(word)
    for plural in ("গুলো", "গুলি"):
        stem = word.removesuffix(plural)
        if stem != word and len(stem) >= 2:
            return stem in _BODIES or _org_word(stem)
    return False


# Bodies other than organisations that act and speak as one: "দেশগুলো উদ্বিগ্ন … তারা আশঙ্কা করছে".
_BODIES = frozenset({"দেশ", "রাষ্ট্র", "সরকার", "এনজিও"})


def _sets_the_scene(word: str) -> bool:
    """A word that ends a time or place before a clause's subject: রোববার, বিবৃতিতে, প্রতিক্রিয়ায়, ","."""
    return word == "," or word.endswith(_WEEKDAY_NAMES) or _is_locative(word) and not _is_genitive(word) \
        or word in _AFTER_EVENT


# Postpositions closing a time phrase before a subject: "যুক্তরাষ্ট্রের এই পদক্ষেপের পর | থিয়েরি ব্রেটন …".
_AFTER_EVENT = frozenset({"পর", "পরে", "পরই"})
_EVENT_OVER = _AFTER_EVENT | {"শেষে"}  # "ম্যাচ শেষে বলছিলেন অধিনায়ক": when the event was over


_WEEKDAY_NAMES = tuple(name for names in WEEKDAYS.values() for name in names)
# Adverbs between a subject and its object ("… ব্রেটন অবশ্য এটিকে …", "সমর্থকেরা বরাবর এসব মামলাকে …").
_SUBJECT_ADVERBS = frozenset({"অবশ্য", "বরাবর", "বরাবরই", "আগেই", "শুরু", "সবসময়", "সব", "আবারও", "আবার", "আগে",
                              "তখন", "এখন", "ইতোমধ্যে", "ইতিমধ্যে", "আরও", "আরো"})


def _is_demonstrative_org(texts: list[str]) -> bool:
    """ক্লাবটির, এই সংস্থা, or a bare ক্লাবের ("ক্লাবের পক্ষ থেকে বলা হয়"): the organisation named before."""
    if len(texts) == 1 and _strip_genitive(texts[0]) in _DEFINITE_ORG_NOUNS:
        return True
    return len(texts) <= 2 and texts[-1].endswith(lx.DEMONSTRATIVE_ORG_SUFFIXES) and len(texts[-1]) > 3 and \
        _strip_genitive(texts[-1]).removesuffix("টি").removesuffix("টা") in lx.ORGANISATION_WORDS + (
            "সংস্থা", "দল", "প্রতিষ্ঠান", "সংগঠন", "মন্ত্রণালয়", "ব্যাংক", "কোম্পানি", "বাহিনী", "জোট")


# A postposition right after a name written without its genitive: the one handed to, not a subject.
_RECIPIENT_AFTER = re.compile(r"\s+(?:হাতে|কাছে|বিরুদ্ধে)" + _E)

# The converb of জানানো after a clause's predicate (see `_told_converbs`).
_TOLD_RE = re.compile(_B + "জানিয়ে" + _E)


# Adverbs that open a sentence with a nominal cue and go with its main verb, not with the content.
_MAIN_CLAUSE_ADVERBS = frozenset({"ইতোমধ্যে", "ইতিমধ্যে", "এরইমধ্যে", "ইতিপূর্বে", "অবশ্য", "আবারও", "বরাবরই"})


def _after_told_clause(toks: list[_Tok], start: int, end: int) -> int:
    """Where a nominal content [start, end) starts after a clause closed by its predicate and জানিয়ে
    ("ঋণখেলাপির তালিকায় থাকতে চান না জানিয়ে | … প্রার্থী হওয়ার প্রত্যাশা পুনর্ব্যক্ত করেছেন"): that
    clause is something else the subject told."""
    for j in range(end - 2, start, -1):
        if toks[j].text == "জানিয়ে" and (_is_predicate(toks[j - 1].text) or toks[j - 1].text in _OBJECTIONS) \
                and _has_words(toks, j + 1, end, 2):
            return j + 1  # (also "জোট সিদ্ধান্তে আপত্তি জানিয়ে | দল ছাড়ার ঘোষণা দিয়েছেন")
    return start


# What is voiced with জানিয়ে before a nominal cue, a clause of its own: "… আপত্তি জানিয়ে দল ছাড়ার ঘোষণা".
_OBJECTIONS = frozenset({"আপত্তি", "প্রতিবাদ", "ক্ষোভ", "অসন্তোষ", "উদ্বেগ", "আপত্তিও", "প্রতিবাদও"})

# Offices one person holds in an organisation ("বিএনপি মহাসচিব", "দলের সভাপতি").
_TOP_OFFICES = frozenset({"মহাসচিব", "সভাপতি", "চেয়ারম্যান", "চেয়ারপারসন", "আমির", "আমীর"})
# A country's one head of government or state: the bare title is the home country's holder.
_HEADS_OF_STATE = frozenset({"প্রধানমন্ত্রী", "রাষ্ট্রপতি", "প্রেসিডেন্ট", "প্রধান উপদেষ্টা"})

# Verbs of issuing a document: "প্রজ্ঞাপন জারি করে", "বিজ্ঞপ্তি প্রকাশ করেছে".
_ISSUING = frozenset({"জারি", "প্রকাশ"})
_ISSUED_PARTICIPLES = frozenset(lx.ISSUED_PARTICIPLES)
_QUOTED_STATEMENTS = frozenset(lx.QUOTED_STATEMENTS)
_SAYINGS = _QUOTED_SPEECH | _QUOTED_STATEMENTS  # "মির্জা গালিবের উক্তি", "রাজার কথা"
# Correlatives a relative clause after a comma takes up: "সেসব বুদ্ধিজীবীকে …, যারা …".
_CORRELATIVES = frozenset({"সেসব", "সেই", "ওইসব", "ঐসব"})
# Kinds of organisation that, alone, mean the one the story is about ("ক্লাবের পক্ষ থেকে").
_DEFINITE_ORG_NOUNS = frozenset({"ক্লাব", "সংস্থা", "প্রতিষ্ঠান", "সংগঠন", "কোম্পানি"})

# What "থেকে" compares with, not where a report comes from: "গ্রিনল্যান্ড ডেনমার্ক থেকে আলাদা".
_APART_FROM = frozenset({"আলাদা", "ভিন্ন", "পৃথক", "বেশি", "কম", "দূরে"})

# "জানা গেছে", "জানা যায়": it was learnt (from the source just cited)
_LEARNT = frozenset({"গেছে", "যায়", "গিয়েছে", "যাচ্ছে", "গেল"})

# Epithets of sports and feature writing for the one the story is about: "আল নাসর তারকা বলেন",
# "পর্তুগিজ মহাতারকা", "আর্জেন্টাইন কিংবদন্তি".
_EPITHETS = frozenset({"তারকা", "মহাতারকা", "সুপারস্টার", "কিংবদন্তি", "কিংবদন্তী"})


def _is_epithet(texts: list[str], role: str | None) -> bool:
    """A famous one called by a team's, a country's or a sport's name and an epithet, not a group
    (তারকারা) nor someone new (এক তারকা): the person named last."""
    return role in _EPITHETS and texts[-1] in _EPITHETS and len(texts) >= 2 \
        and not any(t in _INDEFINITE_OPENERS for t in texts)


def _is_age_descriptor(texts: list[str]) -> bool:
    return len(texts) >= 3 and bool(_AGE.match(texts[0])) and texts[1] == "বছর" and texts[2].startswith("বয়সী")


def _subunit_parent(texts: list[str]) -> str | None:
    phrase = " ".join(texts)
    for sub in lx.SUBUNIT_WORDS:
        if phrase.endswith(sub) and len(texts) > len(sub.split()):
            parent = texts[: len(texts) - len(sub.split())]
            if _is_genitive(parent[-1]) and parent[-1] not in _GEN_PRONOUNS:
                return " ".join(parent[:-1] + [parent[-1]])
    return None


def _clean_name(texts: list[str]) -> str:
    """A person's canonical form: no honorific, no parenthetical, no emphatic ending."""
    words = [w.replace(":", ".") if w in {"মো:", "মি:"} else w for w in texts if w not in _ADDRESS] or texts
    if not words:
        return ""
    return " ".join(words)


def _without_parentheses(toks: list[_Tok]) -> list[_Tok]:
    out = []
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and t.is_word:
            out.append(t)
    return out


def _is_verbal_noun_genitive(word: str) -> bool:
    """করার, চলার, দাঁড়ানোর, নেওয়ার: the genitive of a verbal noun (a short verb root + আর), not of
    a plain noun (সহযোগিতার)."""
    if word.endswith(("নোর", "ওয়ার", "য়ার", "ওয়ার")):
        return True
    return word.endswith("ার") and len(word) - 2 <= 4


def _topic_only(words: list[_Tok]) -> bool:
    """The words before কথা/বিষয়টি name only a thing talked about, with no clause in them: no verb, no
    verbal or action noun ("উপমহাদেশীয় উচ্চচাপ বলয়ের কথা বলছে", "পরিবারের একটু বিশেষ নজরের কথাও তুলে
    ধরেন"). "X-এর কথা বলা" then is talking about X, not reporting what X is (opened annotations)."""
    return not any(t.is_quote or _is_verb_like(t.text) or _is_verbal_noun_genitive(t.text)
                   or _is_action_noun_genitive(t.text) for t in words)


def _is_action_noun_genitive(word: str) -> bool:
    """বন্ধের, উদ্ধারের, পরিবর্তনের, বাস্তবায়নের: the genitive of a noun of action, which takes an object
    like a verbal noun ("বিচারকার্য বন্ধের দাবি", "আইন পরিবর্তনের অনুরোধ"; opened annotations: 8 contents
    end so before a nominal cue)."""
    stem = word.removesuffix("ের")
    return stem != word and (stem in _ACTION_NOUNS or stem.endswith(_ACTION_NOUN_ENDINGS))


# Nouns of action that take an object (… সরবরাহ বন্ধের, … অর্থ উদ্ধারের); Bengali news usage.
_ACTION_NOUNS = frozenset({"বন্ধ", "উদ্ধার", "প্রত্যাহার", "বিচার", "গ্রেফতার", "গ্রেপ্তার", "বাতিল", "স্থগিত",
                           "নিষিদ্ধ", "মুক্তি", "অপসারণ", "বাস্তবায়ন", "সংস্কার", "প্রকাশ", "নিশ্চিত", "গঠন",
                           "দায়ের"})  # (মামলা দায়েরের: filing a case)
# The endings of Sanskrit nouns of action: পরিবর্তন, সংশোধন, আয়োজন, পালন, বাস্তবায়ন, নির্ধারণ.
_ACTION_NOUN_ENDINGS = ("র্তন", "োধন", "োজন", "ালন", "ায়ন", "ারণ", "করণ")


def _parenthetical(toks: list[_Tok]) -> str | None:
    """The words of the first parenthetical: the acronym in "অ্যাসোসিয়েশনের (বিটিএমএ)"."""
    inside: list[str] = []
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            if inside:
                break
            depth = max(0, depth - 1)
        elif depth and t.is_word:
            inside.append(t.text)
    if inside and not _AGE.match(inside[0]):
        return " ".join(inside)
    return None


def _anonymous_prefix(text: str, start: int) -> int | None:
    """Start of "নাম প্রকাশে অনিচ্ছুক ..." when it directly precedes a phrase starting at `start`."""
    lo = max(0, start - 40)
    window = text[lo:start + 30]
    for prefix in lx.ANONYMOUS_PREFIXES:
        i = window.find(prefix)
        if i == -1 or lo + i >= start:
            continue
        # the prefix reaches up to (or into) the phrase: "নাম প্রকাশে অনিচ্ছুক রাশিয়ান সরকারী সূত্র"
        if lo + i + len(prefix) >= start - 1 or len(text[lo + i + len(prefix):start].split()) <= 1:
            return lo + i
    return None


# ------------------------------------------------------------------------------------------------
# Clauses and content boundaries


_INFINITIVES = frozenset({"করতে", "দিতে", "নিতে", "থাকতে", "রাখতে", "যেতে", "হতে", "আসতে", "চলতে", "ছাড়তে",
                          "মানতে", "দেখতে", "ফিরতে", "ধরতে", "বসতে", "খুলতে", "তুলতে", "চালাতে", "জানাতে", "পাঠাতে"})
# Words before a passive cue that make it no report: an infinitive (… করতে বলা হয়েছিল, "was asked to";
# not হতে, which is also "from": "সরকারের পক্ষ হতে বলা হয়") or an expressive object (শুভেচ্ছা জানানো হয়).
_NOT_REPORTING_BEFORE_PASSIVE = (_INFINITIVES - {"হতে"}) | (
    frozenset(lx.NON_SPEECH_OBJECTS) - frozenset(lx.MATTER_NOUNS) - frozenset(lx.SPEAKING_ACT_NOUNS))
_QUESTION_WORDS = frozenset({"কোন", "কী", "কি", "কেন", "কীভাবে", "কিভাবে", "কারা", "কে", "কখন", "কোথায়", "কত",
                             "কতটা", "কিনা", "কি না"})
_RESUMPTIVES = frozenset({"তা", "সেটা", "সেটি", "সেটাও", "তাও"})


# Cue nouns whose light verb takes a whole content clause right after it, without a comma or যে:
# "তমা মির্জা মন্তব্য করেছেন কোটি কোটি মানুষের মনে চিরকাল বেঁচে থাকবেন …", "তিনি সতর্ক করেছেন এই
# জাতীয় ওষুধের ব্যবহারে … কমে যেতে পারে", "অনেকে পরামর্শ দিয়েছিল আপনি কেন এই কষ্ট সহ্য করছেন".
# Corpus survey of the 566 articles (every cue noun directly followed by words) and held-out 5; not
# নিশ্চিত ("নিশ্চিত করেছে ২০২৬ বিশ্বকাপের টিকিট": secured), যোগ ("যোগ করলেন আরও একটি রত্ন": added a
# thing) or প্রশ্ন ("প্রশ্ন তোলেন … বিষয়ে"), whose object is as often a thing as a clause.
_CLAUSE_CUE_NOUNS = frozenset({"মন্তব্য", "মন্তব্যও", "উল্লেখ", "উল্লেখও", "দাবি", "দাবিও", "অভিযোগ", "অভিযোগও",
                               "স্বীকার", "সতর্ক", "ব্যাখ্যা", "পরামর্শ", "আশা", "আশঙ্কা", "উদ্বেগ"})


# Converbs of the light verbs that take an object: the phrase right before one is its object ("বেগম
# খালেদা জিয়ার ছবি পোস্ট করে লিখেছেন", "মনোনয়নপত্র জমা দিয়ে বলেন", "অবাক বিস্ময় নিয়ে বলেন"), not the
# subject of the speech verb after it. Corpus survey: 11 quotes of the 566 articles had such an object
# (or a name with its object glued on) as speaker; none of the gold articles has the construction.
_OBJECT_CONVERBS = frozenset({"করে", "দিয়ে", "নিয়ে"})
# Words that close a predicate phrase before the speech verb: a converb of being (… আবেগাপ্লুত হয়ে
# বলেন) or "on the occasion of" (… ফল প্রকাশ উপলক্ষে …).
_PREDICATE_CLOSERS = frozenset({"হয়ে", "উপলক্ষে", "উপলক্ষ্যে"})
# Nouns of compound verbs that take an object before them ("আগুনের ঘটনা নিশ্চিত করে জানান"); not the
# adverbs that also come before করে (আলাদা করে, বিশেষ করে, নতুন করে).
_TRANSITIVE_VERB_NOUNS = frozenset({
    "নিশ্চিত", "প্রকাশ", "অস্বীকার", "স্বীকার", "মূল্যায়ন", "সমালোচনা", "বিশ্লেষণ", "পর্যালোচনা",
    "পর্যবেক্ষণ", "প্রত্যাখ্যান", "গ্রহণ", "উপস্থাপন", "পেশ", "ব্যাখ্যা", "বর্ণনা", "শেয়ার", "পোস্ট",
    "উদ্ধৃত", "সমর্থন", "বিরোধিতা",
})
# Determiners that open an object phrase after its subject: "ঢাকার পুলিশ একটি সংবাদ বিজ্ঞপ্তি দিয়ে".
_OBJECT_DETERMINERS = frozenset({"এক", "একটি", "একটা", "একজন"})


MAX_COUNTED_GROUP_WORDS = 3
# Words that count people at the head of a subject phrase ("কিছু মুসলিম জমিদার", "দুজন শিক্ষার্থী"): such a
# subject is a group that a following তারা can point back to.
_COUNTED_GROUP_OPENERS = frozenset({"কিছু", "কয়েকজন", "কয়েক", "অনেক", "একাধিক", "বহু", "দুজন", "তিনজন",
                                    "চারজন", "দুই", "তিন", "চার", "পাঁচ"})


def _day_genitive(word: str) -> bool:
    """The genitive of a day (গতকালের, সোমবারের, আজকের): when a report was published, not whose it is."""
    return word.endswith("ের") and (word[:-2] in _EVENT_TIME_WORDS or word[:-2] == "আজক")


def _no_subject_word(word: str) -> bool:
    """A word the walk back from a speech verb may stop at that is nobody: the modifier of a document
    named after it ("… সাম্প্রতিক এক প্রতিবেদনে বলেছে") or a time word or pronoun with a particle
    ("… অবশ্য এও বলেন", "… কালও বলেছেন")."""
    return word in _DOCUMENT_MODIFIERS or _particle_base(word) in _NOT_SUBJECTS_WITH_PARTICLE


def _particle_base(word: str) -> str | None:
    """The word an emphatic particle (ও 'also', ই 'just') is attached to: কালও -> কাল; else None."""
    return word[:-1] if len(word) > 1 and word.endswith(("ও", "ই")) else None


def _before_object_converb(toks: list[_Tok], span: tuple[int, int], ci: int) -> bool:
    """Does the phrase end right before an object-taking converb on the way to the cue at `ci`, alone
    or after the noun of a compound verb ("… আগুনের ঘটনা | নিশ্চিত করে জানান", "… একটি প্রতিবেদন |
    প্রকাশ করে বলেছে")?"""
    end = span[1]
    if end < ci and toks[end].text in _OBJECT_CONVERBS:
        return True
    return end + 1 < ci and toks[end].text in _TRANSITIVE_VERB_NOUNS and toks[end + 1].text in _OBJECT_CONVERBS


def _clause_after_noun_cue(toks: list[_Tok], cue: _Cue, ci: int, k: int) -> bool:
    """A finite noun cue (… মন্তব্য করেছেন) directly followed by a content clause to the end of the
    sentence: at least three words with a finite verb (… কমে যেতে পারে), the subject maybe after it
    (… বেঁচে থাকবেন বেগম খালেদা জিয়া). Not a converb (… দাবি করে সবসময়ই …), not the object of a
    genitive or a relative (শাস্তির দাবি জানান, জিয়া যে মন্তব্য করেছিলেন), not a coordinated verb
    or a question after it (… দাবি জানান এবং …, … অভিযোগ করেছিলেন কিনা …)."""
    if cue.kind != "noun" or cue.noun not in _CLAUSE_CUE_NOUNS or cue.light in _CONVERBS:
        return False
    before = toks[ci - 1].text if ci > 0 else ""
    if _is_genitive(before) or before in _DETERMINERS or before in {"যে", "এমন", "কোনো", "কোন"}:
        return False
    if toks[k].text in _CONNECTORS or toks[k].text in {"কিনা", "কি", "কী", "না"}:
        return False
    last = _last_word_index(toks)
    return last > k and _has_words(toks, k, last + 1, 3) and any(
        t.is_word and _is_predicate(t.text) and _role_of(t.text) is None for t in toks[k:last + 1])


def _embedded_question(toks: list[_Tok], floor: int, ci: int, k: int) -> bool:
    """The verb sits in an indirect question that the rest of the sentence is about."""
    return toks[k].text in _RESUMPTIVES and any(t.text in _QUESTION_WORDS for t in toks[floor:ci])


def _resumed_clause_end(toks: list[_Tok], ci: int) -> int | None:
    """Where a clause that "that question" / "that matter" takes up before the cue noun at `ci` ends:
    "… কতটা নৈতিক | সেই প্রশ্নও তুলছেন", "… চাপে না ফেলে | সে বিষয়ে সতর্ক করছেন". The clause must end
    in a finite verb or a comma, or ask a question or wish something (যেন, যাতে); None when no such
    resumptive stands there."""
    if ci > 0 and toks[ci].text.startswith("প্রশ্ন") and toks[ci - 1].text in {"সে", "সেই"}:
        j = ci - 1
    elif ci > 1 and toks[ci - 1].text in _RESUMPTIVE_HEADS & _ABOUT and toks[ci - 2].text in {"সে", "সেই"}:
        j = ci - 2
    else:
        return None
    if j < 2:
        return None
    floor = _clause_floor(toks, j)
    before = toks[j - 1].text
    if before == "," or _is_predicate(before) or any(t.text in _QUESTION_WORDS or t.text in _WISH_OPENERS
                                                     for t in toks[floor:j]):
        return j  # (a question asked, "… কতটা নৈতিক", or a wish, "… যেন … চাপে না ফেলে")
    return None


def _content_start(toks: list[_Tok], k: int) -> tuple[int, bool]:
    """The first content token after a verb, and whether a comma, colon or যে introduced it."""
    after_comma = False
    while k < len(toks) and toks[k].text in {",", ":", "—", "–", "-"}:
        after_comma = True
        k += 1
    if k < len(toks) and toks[k].text == "যে":
        after_comma = True
        k += 1
        while k < len(toks) and toks[k].text == ",":
            k += 1
    return k, after_comma


_PREDICATE_WORDS = frozenset({"নয়", "না", "নেই", "হবে", "হয়েছে", "ছিল", "আছে", "হয়", "হয়নি", "পারে", "যাবে",
                              "হচ্ছে", "রয়েছে", "চলছে", "গেছে", "দরকার", "প্রয়োজন", "উচিত", "সম্ভব", "হলো",
                              "হল", "করবে", "করেছে", "দেবে", "নেবে", "থাকবে"})


def _clause_before_cue_noun(cue: _Cue) -> bool:
    """A cue noun with a finite light verb that takes a whole clause before it as its content, with
    no বলে in between: "… পরিস্থিতি শান্ত থাকবে উল্লেখ করেন পুলিশ সুপার", "… দল ঘুরে দাঁড়াবে মনে
    করেন অধিনায়ক" (not the converb "… উল্লেখ করে", which a main verb after it closes)."""
    return cue.kind == "noun" and cue.noun in _CLAUSE_BEFORE_CUE_NOUNS and cue.light not in _CONVERBS


def _is_predicate(word: str) -> bool:
    """A word that can end a content clause: a finite verb or a copula/negation (… ঠিক নয় বলেছে)."""
    return word in _PREDICATE_WORDS or _is_verb_like(word) or (
        len(word) > 3 and word.endswith(("নি", "য়নি")) and word not in _SINGULAR)  # (তিনি is no negation)


def _called_he_or_she(speaker: _Speaker) -> bool:
    """A speaker called তিনি whom no earlier mention resolves ("তিনি গতকাল প্রথম আলোকে বলেন, …") is a
    person all the same, and goes on talking like one."""
    return speaker.mention in _SUBJECT_PRONOUNS


def _own_voice(body: str, words: list[str]) -> bool:
    """The speaker's own voice: a first- or second-person pronoun (আমি, আমরা, আপনারা), a verb in the
    first person (জেনেছি, পারতাম, করবো) or a wish (… দান করুন, … সফল হোক)."""
    if _FIRST_PERSON.search(body):
        return True
    if "যেন" in words and any(w in _GOD_WORDS for w in words):
        return True  # a prayer: "মহান আল্লাহ তাআলা যেন তাকে জান্নাত দান করেন"
    return any(w.endswith(_FIRST_PERSON_VERB_ENDINGS) and len(w) > 3 or w in _FIRST_PERSON_VERBS
               or w in _WISH_WORDS for w in words)


def _addressed_comma(toks: list[_Tok], ci: int, floor: int) -> int | None:
    """The comma right before the verb at `ci`, or before its addressee of one or two words (…, বলেন /
    …, বিবিসি বাংলাকে বলেন / …, সাংবাদিকদের জানান), or the spaced dash that sets a clause off the
    same way ("… নির্ভর করছে - উল্লেখ করেন তিনি")."""
    if ci > floor and (toks[ci - 1].text == "," or _spaced_dash_before(toks, ci - 1)):
        return ci - 1
    j = ci - 1
    if j > floor and toks[j].is_word and toks[j].text.endswith(("কে", "দের")) and _is_objective(toks[j].text):
        if toks[j - 1].text == ",":
            return j - 1
        if j - 1 > floor and toks[j - 1].is_word and toks[j - 2].text == ",":
            return j - 2
    return None


_THING_OBJECTS = frozenset({"এটাকে", "এটিকে", "একে", "সেটাকে", "সেটিকে", "এগুলোকে", "এগুলিকে", "এসবকে"})


def _names_a_thing(toks: list[_Tok], floor: int, ci: int, cue: _Cue) -> bool:
    """The clause before the verb of saying at `ci` opens with a thing as the object (এটাকে, এটিকে, একে)
    and calls it something: "এটাকে … শৈত্যপ্রবাহ বলছেন …" (not "তাকে বলেছেন": the one told)."""
    return cue.kind == "verb" and toks[ci].text.startswith("বল") and ci - floor >= 1 + MIN_PLAIN_CLAUSE_WORDS \
        and toks[floor].text in _THING_OBJECTS and all(t.is_word for t in toks[floor:ci])


def _pointing_object(word: str) -> bool:
    """কথা, তথ্য, মন্তব্য … with or without an emphatic -ও (এমন কথাও)."""
    return word in _ANA_OBJ or word.endswith("ও") and word[:-1] in _ANA_OBJ


MAX_POINTER_GAP = 3  # words between "এমন কথা" and its verb (প্রকাশ্যে, আবারও)


def _dash_before_words_pointed_at(toks: list[_Tok], ci: int, cue: _Cue) -> int | None:
    """The spaced dash that sets off the words an "এমন/এ কথা(ও)" before the verb of saying at `ci`
    points at, in the same sentence ("দল না থাকলে ভোট দিতে যাবেন না - অনেক ভোটার এমন কথাও বলেছেন"):
    its index, or None. At least MIN_SPEECH_WORDS words stand between the clause start and the dash."""
    if cue.kind not in {"verb", "matter"}:
        return None
    start = ci if cue.kind == "verb" else ci + 1
    obj = next((j for j in range(start - 1, max(0, start - 1 - MAX_POINTER_GAP) - 1, -1)
                if _pointing_object(toks[j].text) and j > 0 and toks[j - 1].text in _ANA_DET), None)
    if obj is None:
        return None
    floor = _clause_floor(toks, obj)
    dash = next((j for j in range(obj - 2, floor, -1) if _spaced_dash_before(toks, j)), None)
    if dash is None or not _has_words(toks, floor, dash, MIN_SPEECH_WORDS):
        return None
    return dash


def _dash_inside_phrase(toks: list[_Tok], j: int) -> bool:
    """Token `j` is a dash set against the word before it, and that word closes no clause of its own:
    punctuation inside one clause ("রাজনৈতিক ও প্রশাসনিক— দুই দিক থেকেই বিতর্কিত বলে মনে করেন", "…
    রাজনৈতিক পরিস্থিতি—এই চারটি বিষয় …"). A dash with space on both sides sets off a dateline or an
    aside, and one after a verb or a when/though clause ("… স্বীকৃতি দিলেও— তাদের কারণে …") closes
    a clause that frames the content."""
    if j == 0 or _spaced_dash_before(toks, j) or toks[j - 1].end < toks[j].start or not toks[j - 1].is_word:
        return False
    word = toks[j - 1].text
    return not (_is_verb_like(word) or word in _CONDITIONAL_VERBS or word.endswith(("লে", "লেও")))


def _spaced_dash_before(toks: list[_Tok], j: int) -> bool:
    """Token `j` is a dash standing alone between words ("করছে - উল্লেখ"), not one inside a word
    (ঢাকা-১৭) or a range."""
    return toks[j].text in _DASHES and j > 0 and toks[j - 1].end < toks[j].start \
        and j + 1 < len(toks) and toks[j].end < toks[j + 1].start


def _first_person_verb(word: str) -> bool:
    """A verb only the speaker uses of themselves (জানিয়েছি, বলছি, করব)."""
    return word.endswith(_FIRST_PERSON_VERB_ENDINGS) and len(word) > 3 or word in _FIRST_PERSON_VERBS


def _past_closing(words: list[str]) -> bool:
    """The sentence closes in the past: the narrative present or past (… আটক করে, … চলে যান, … বলা
    হয়েছিল), negated or not."""
    last = _before_closing_negation(words)[-1]
    return _narrative_verb(last) or last in _NARRATIVE_PRESENT or last.endswith(("েছিল", "েছিলো", "য়নি", "েনি"))


def _narrates(words: list[str], *, strict: bool = True, in_speech: bool = False, about_another: bool = False,
              past_account: bool = False) -> bool:
    """The reporter narrates (see `_Extractor._continues_speech`). Not `strict`: only the surest
    signs (a subject তিনি, the narrative present or past, an event placed in time), for sentences
    that a later "এ তথ্য জানান X" may point back at; a lede such as "… প্রার্থী হচ্ছেন না … সাবেক তথ্য
    উপদেষ্টা মাহফুজ আলম।" is what he confirms.

    `in_speech`: the sentence follows reported speech (see `_Extractor._continues_speech`), so a
    future that closes it is the speaker's ("… সুযোগ পাবেন।") unless a date places it ("আগামীকাল …
    যাবেন"); `about_another`: the speech spoke of someone in the third person, so তিনি may be them;
    `past_account`: the speech so far tells what happened (`_past_closing`), so the narrative past
    goes on with it unless the sentence dates an event.
    """
    future = in_speech and _closing_future(words) and not any(w in _EVENT_TIME_WORDS for w in words)
    # an account of what happened goes on in the past until the reporter dates an event again
    past_account = past_account and not any(w in _EVENT_TIME_WORDS or _YEAR.match(w) for w in words)
    if any(w in _SUBJECT_PRONOUNS for w in words) and not (about_another and _pronoun_of_speech(words)):
        return True  # "… সিদ্ধান্ত চান তিনি।", "… তিনি মনোনয়নপত্র জমা দেন।"
    # the verb may be followed by its subject: "… সাক্ষাৎ করেন নিরাপত্তা উপদেষ্টা ড. খলিলুর রহমান"
    recalled = about_another and any(w in _SUBJECT_PRONOUNS for w in words)
    if not past_account and any(_narrative_verb(w) and not (future and w.endswith(_FUTURE_ENDINGS))
           and not (recalled and w.endswith("েছিলেন")) for w in words[-6:]):
        return True  # (speech recalls the past of the one it is about: "… তিনি … নির্বাচিত হয়েছিলেন")
    tail = _without_trailing_time(words)[-2:]
    if about_another and tail[0] in _COMMON_CONVERBS:
        tail = tail[1:]  # "… সংগ্রাম করে গেছেন" (a converb and a verb) ends in no narrative present
    # the simple present or past of an event the reporter places in time or tells about someone:
    # "সম্প্রতি বার্সেলোনা … খুলে দেয়।", "২০১৮ সালে … প্রশ্ন ছিল।", "তাকে উদ্ধার করে … নেওয়া হয়।"
    if not past_account and any(w in _NARRATIVE_PRESENT or w in {"ছিল", "ছিলো"} for w in tail) and \
            any(w in _EVENT_TIME_WORDS or _YEAR.match(w) or w in _THIRD_PERSON_WORDS
                and not (about_another and w in _GEN_PRONOUNS) for w in words):
        # (a genitive: "তাঁর মৃত্যুতে … ক্ষতি হল" goes on speaking of the one the speech is about)
        return True
    if not strict:
        return False
    if words[-1] in _THIRD_PERSON_WORDS:
        return True  # "… যোগ দেওয়ার কথা রয়েছে তার।"
    if _titled_name_at_end(words):
        return True  # "… প্রেজেন্টেশন দেন … অতিরিক্ত সচিব মো. ছায়েদুজ্জামান।"
    if any(w in _SOURCE_POSTPOSITIONS and not (n and words[n - 1] in _RULE_NOUNS and words[n + 1:n + 2] != [","])
           for n, w in enumerate(words)):
        return True  # "অ্যাকলেডের তথ্য অনুযায়ী, …": another source; not "আইন অনুযায়ী ব্যবস্থা নেওয়া হবে"
    # the perfect about a titled third person: "এরই মধ্যে সিনিয়র যুগ্ম সদস্য সচিব ডা. তাসনিম জারা
    # পদত্যাগ করেছেন"; in speech the perfect of others is common ("চিকিৎসকরা চেষ্টা করছেন")
    return any(w.endswith("ছেন") for w in words[-6:]) and any(_role_of(w) and _role_base(w) == w for w in words)


def _narrates_before_pointer(words: list[str], *, opening: bool) -> bool:
    """Does a sentence before "এসব কথা বলেন X" read as the reporter's narration of the occasion
    ("সোমবার … তিনি মনোনয়নপত্র জমা দেন। পরে তিনি … এসব কথা বলেন।") rather than what X said
    (`_narrates`, not strict)? Not when it foretells: the reporter narrates the occasion in the
    past, so what will happen is what X told ("… প্রধান উপদেষ্টা … শুভ উদ্বোধন করবেন। … এসব কথা জানান
    বাণিজ্য সচিব", "আগামী মার্চ মাসে … দেশে আসবেন শাবনূর। … এমনটাই জানালেন … ঝুমুর"). And in the
    `opening` sentence of the text a তিনি has no one before it to stand for: it is the X named
    after ("সচেতনভাবেই অভিনেতা হয়েছেন তিনি। … এসব কথা জানান মিলন")."""
    if opening:
        words = [w for w in words if w not in _SUBJECT_PRONOUNS] or words
    if any(w in _SUBJECT_PRONOUNS for w in words):
        return True
    if _foretells(words):
        return False
    return _narrates(words, strict=False)


def _foretells(words: list[str]) -> bool:
    """Does the sentence close on a future verb, before its subject or not ("… উদ্বোধন করবেন",
    "… দেশে আসবেন শাবনূর"), with no verb of the narrative past among its last words?"""
    tail = _before_closing_negation(words)[-4:]
    return any(w.endswith(_FUTURE_ENDINGS) and len(w) > 3 for w in tail) and \
        not any(_narrative_verb(w) and not w.endswith(_FUTURE_ENDINGS) for w in tail)


_FUTURE_ENDINGS = ("বেন", "বেনা")
# Closings of what may happen ("… কমতে পারে", "… হতে পারে"): a forecast, not a narrated event.
_MODAL_CLOSINGS = frozenset({"পারে", "পারেন", "পারবে", "পারবেন", "পারত", "পারতো"})
# Words of a time phrase after the verb: "… ঘোষণা করা হয় চলতি সপ্তাহের সোমবার".
_TIME_PHRASE_WORDS = frozenset({"চলতি", "গত", "এই", "এ", "সপ্তাহের", "মাসের", "বছরের", "সকালে", "দুপুরে", "বিকেলে",
                                "সন্ধ্যায়", "রাতে", "দিন"})


def _without_trailing_time(words: list[str]) -> list[str]:
    """The sentence without a time phrase after its verb that holds an event time word."""
    n = len(words)
    while n > 1 and len(words) - n < 4 and (words[n - 1] in _EVENT_TIME_WORDS or words[n - 1] in _TIME_PHRASE_WORDS):
        n -= 1
    return words[:n] if any(w in _EVENT_TIME_WORDS for w in words[n:]) else words


# What the reporter found out: "… কথা বলে যে ধারণা পাওয়া গেছে …", "… বলে জানা গেছে" (not "… সুযোগ
# পাওয়া যায় না", which a speaker says), or heard: "গুঞ্জন ছিল যে …" (a rumour).
_REPORTER_FINDS = re.compile(r"(?:(?:পাওয়া|জানা)\s+(?:গেছে|গিয়েছে|যায়|গেল)" + _E + r"(?!\s*না" + _E + ")"
                             r"|গুঞ্জন\s+(?:ছিল|রয়েছে|উঠেছে|আছে)" + _E + ")")
# What the reporter saw in a place or found in a source: "সরেজমিনে দেখা যায়, …", "ফলাফলে দেখা গেছে, …",
# "… দোকানগুলোতে দেখা যায় …". Not "এতে দেখা গেছে" (it points back at what was said), a time (পরে দেখা
# গেল), a person seen (তাঁকে দেখা গেছে) or a condition (… হলে দেখা যায়), which a speaker says as well.
_REPORTER_SEES = re.compile(rf"(?<![{_LETTERS}])(?!(?:এতে|তাতে|এখানে|পরে|তারপরে|এরপরে|শেষে|হলে)\s)"
                            rf"[{_LETTERS}]{{2,}}(?:ে|তে|য়)(?<!কে)\s+দেখা\s+(?:গেছে|গিয়েছে|যায়|গেল)"
                            + _E + r"(?!\s*না" + _E + ")")
# A credit line closing a wire item: "এএফপি।", "রয়টার্স ও এএফপি।", "এএফপি ও ডন।", "খবর বাসসের।". What
# precedes it is the report's, and the speech of its cue ends there (grep text and opened sets: 40
# such lines, which the chain took into the speech before them).
_CREDIT_LINE = re.compile(rf"(?:খবর\s+)?{_alt(lx.MEDIA_WORDS)}{_CASE_ALT}(?:\s+{_alt(lx.MEDIA_WORDS)})?"
                          rf"(?:\s*(?:,|ও|এবং)\s+[{_LETTERS}]+(?:\s+[{_LETTERS}]+)?)*\s*[।.]?\s*$")
# A sentence that opens "তার ভাষ্যে …", "তাঁর মতে …" attributes anew (a comma after it or not).
_IN_THEIR_WORDS = re.compile(r"(?:তার|তাঁর|তাদের|তাঁদের)\s+(?:মতে|ভাষ্যে|ভাষ্যমতে|ভাষায়|কথায়)" + _E)
# What a thing is done according to that is no source of information: "আইন অনুযায়ী", "নিয়ম অনুসারে".
# ("তফসিল অনুযায়ী, …", with its comma, is the reporter citing the schedule: a source.)
_RULE_NOUNS = frozenset({"আইন", "নিয়ম", "বিধি", "বিধান", "নীতি", "নীতিমালা", "চুক্তি", "সংবিধান", "প্রথা", "রীতি"})


# First-person possessors: "আমাদের (একটাই) দাবি, …" is the speaker going on, not a new source.
_FIRST_PERSON_OWNERS = frozenset({"আমার", "আমাদের", "আমারও", "আমাদেরও", "আমাদেরই"})


def _pronoun_of_speech(words: list[str]) -> bool:
    """তিনি inside speech about someone: not the subject closing the sentence (… সুযোগ চান তিনি), not
    after a reason clause (… মেলেনি বলে তিনি …) and not right before a verb (তিনি জানেন, …)."""
    if words[-1] in _SUBJECT_PRONOUNS:
        return False
    for i, w in enumerate(words):
        if w in _SUBJECT_PRONOUNS and (i and words[i - 1] in _BOLE or words[i + 1].endswith("েন")):
            return False
    return True


def _before_closing_negation(words: list[str]) -> list[str]:
    """The sentence's words without the negation that may close it after its verb (… পারবেন না,
    … করেন নি): what the verb tests of `_closing_future` and `_past_closing` look at."""
    return words[:-1] if words[-1] in {"না", "নি"} and len(words) > 1 else words


def _closing_future(words: list[str]) -> bool:
    """The sentence ends in a future verb (… থাকবেন, … পারবেন না, … দেখবেন সবকিছু), not in a subject
    after it (… যাবেন তারেক রহমান)."""
    tail = _before_closing_negation(words)
    if len(tail) > 1 and tail[-1] in _OBJECTS_AFTER_VERB:
        tail = tail[:-1]  # "তিনি তো দেখবেন সবকিছু।"
    return tail[-1].endswith(_FUTURE_ENDINGS) and len(tail[-1]) > 3


# Pronoun objects that speech puts after its verb ("দেখবেন সবকিছু", "করবেন এটা"); no names.
_OBJECTS_AFTER_VERB = frozenset({"সবকিছু", "সব", "কিছু", "কিছুই", "তা", "এটা", "এটি", "সেটা", "সেটি"})


def _narrative_verb(word: str) -> bool:
    """A finite verb of the narrative: the honorific simple present that news text uses for past
    events (জমা দেন, রাত্রিযাপন করেন, মারা যান) and the past (… যোগ দিলেন, … করেছিলেন, … পড়েছিল);
    not the perfect or progressive (করেছেন, করছেন), which speech uses as much."""
    if word in _NOT_VERBS_EN or word.endswith("ছেন"):
        return False
    return len(word) > 2 and word.endswith(_NARRATIVE_VERB_ENDINGS) or word in _HONORIFIC_A_VERBS


def _names_a_day(opening: list[str]) -> bool:
    """Do the sentence's first words name one day, "গত বৃহস্পতিবার", "আজ শনিবার", "গত ২৮ এপ্রিল"? A
    reporter dates the next item so; speech that goes on keeps its days in its own voice ("গত শনিবার
    আমরা …", asked first) or speaks of a span (গত সপ্তাহে, গত বছর). (Opened sets: no gold quote
    runs on over a sentence so opened; 5 were taken into reported speech against the gold.)"""
    if len(opening) < 2 or opening[0] not in {"গত", "আজ"}:
        return False
    if opening[1] in _WEEKDAY_WORDS:
        return True
    return opening[0] == "গত" and len(opening) == 3 and opening[1].isdigit() and opening[2] in _GREGORIAN_MONTH_NAMES


_GREGORIAN_MONTH_NAMES = frozenset(name for names in GREGORIAN_MONTHS.values() for name in names)


# A weekday as a word of its own, bare or with a particle (সোমবার, মঙ্গলবারও, রোববারই); not the
# genitive (সোমবারের বৈঠকে), which names the occasion rather than dating an event.
_WEEKDAY_WORDS = frozenset(name + particle for name in _WEEKDAY_NAMES for particle in ("", "ও", "ই"))


def _dated_past_event(words: list[str]) -> bool:
    """Does the sentence tell an event of a named past day, closing in the past: "ফেনীর সোনাগাজীতে
    সোমবার ও মঙ্গলবার রাতে দুটি বাড়িতে ডাকাতি হয়েছে", "ঘনকুয়াশার কারণে গত বৃহস্পতিবার রাতে …
    চারজন নিহত হন"? That is how a report opens its next item, with no paragraph break in a
    digest or a stretch of running text; speech that goes on after a cue keeps its dated events in
    the speaker's own voice ("সোমবার রাতে আমাদের বাড়িতে …"), which is asked first. (Opened sets:
    of the sentences so dated after reported speech, 4 were taken into it against the gold, none
    rightly.)"""
    if not words or not (_past_closing(words) or words[-1] in {"হন", "ঘটে"} or words[-1].endswith(("েছে", "েছেন"))):
        return False  # (হন, too short for `_narrative_verb`: "… চারজন নিহত হন"; "… এ ঘটনা ঘটে")
    # not a habit ("প্রতি সোমবার … বসেন")
    return any(w in _WEEKDAY_WORDS and (i == 0 or words[i - 1] not in {"প্রতি", "প্রত্যেক"}) or w.startswith("গতকাল")
               for i, w in enumerate(words))


def _titled_name_at_end(words: list[str]) -> bool:
    """The sentence ends in a name introduced with a title (… অতিরিক্ত সচিব মো. ছায়েদুজ্জামান)."""
    tail = words[-6:]
    last = tail[-1]
    if len(tail) < 3 or _is_verb_like(last) or _role_of(last) or _is_locative(last) or last in _NARRATIVE_PRESENT \
            or tail[-2] in _COMMON_CONVERBS:
        return False  # "… প্রকৃত মালিক চিহ্নিত করাও কঠিন হয়ে পড়ে": a verb, not a name, ends it
    return any(_role_of(w) and _role_base(w) == w for w in tail[:-1])


def _is_statement(toks: list[_Tok], floor: int, end: int) -> bool:
    """toks[floor:end] reads as a full clause (at least three words, ending in a predicate)."""
    j = end - 1
    while j >= floor and not toks[j].is_word:
        j -= 1
    if j > floor and toks[j].text == "না" and toks[j - 1].text in {"কি", "কী"} or j >= floor and toks[j].text == "কিনা":
        return False  # "… পথে এগোচ্ছে কি না, জানতে চাইলে তিনি জানান": a question put to them, whether …
    return j >= floor and _has_words(toks, floor, end, 3) and _is_predicate(toks[j].text)


# "এরই মাঝে", "এর মধ্যে" (meanwhile): a sentence adverb before the subject
_AMID = frozenset({"মাঝে", "মধ্যে"})
_THIS_GENITIVE = frozenset({"এর", "এরই", "এই", "এরি"})


def _opener_before(toks: list[_Tok], j: int) -> int:
    """How many tokens right before j open the clause without being part of its subject: a time or
    linking word (অবশ্য ঢাকা বিশ্ববিদ্যালয়ের …), the demonstrative সে before a genitive (সে দেশের …),
    or "এরই মাঝে" (meanwhile); 0 where none does."""
    if j <= 0:
        return 0
    before = toks[j - 1].text
    if before in _TOPIC_OPENERS and j > 1 and toks[j - 2].is_word:
        # "ভেন্যু নিয়ে | সাফ সম্পাদকের মন্তব্য, …": what the words are about opens the clause
        m = j - 2
        while m > 0 and j - m < 4 and toks[m - 1].is_word and _is_genitive(toks[m - 1].text):
            m -= 1
        return j - m
    if before in _NON_SUBJECT or before == "সে" and _is_genitive(toks[j].text):
        return 1
    return 2 if before in _AMID and j > 1 and toks[j - 2].text in _THIS_GENITIVE else 0


# Postpositions of a topic that may open a clause before its subject ("ভেন্যু নিয়ে সাফ সম্পাদকের মন্তব্য").
_TOPIC_OPENERS = frozenset({"নিয়ে", "সম্পর্কে", "প্রসঙ্গে"})


# Data as the subject of a verb of saying, its owner in the genitive before it ("X-এর তথ্য বলছে").
_DATA_SUBJECTS = frozenset({"তথ্য", "পরিসংখ্যান", "প্রতিবেদন", "গবেষণা", "জরিপ", "হিসাব"})

# "In this way": between a cue and the quotation it introduces ("… বর্ণনা করেছেন এভাবে, “…”").
_THIS_WAY = frozenset({"এভাবে", "এইভাবে", "এমনভাবে"})


def _aside_end(toks: list[_Tok], j: int) -> int | None:
    """The closing bracket of an aside of three words or more opened at j, within 30 tokens, or None."""
    for m in range(j + 1, min(len(toks), j + 31)):
        if toks[m].text == ")":
            return m if sum(1 for t in toks[j + 1:m] if t.is_word) >= 3 else None
        if toks[m].text in _TERMINATORS or toks[m].is_quote or toks[m].text == "(":
            return None
    return None


def _clause_floor(toks: list[_Tok], ci: int) -> int:
    """The first token of the clause that holds token `ci`: after a quotation, ; or :."""
    j = ci - 1
    low = max(0, ci - MAX_LOOKBACK_TOKENS)
    while j >= low:
        t = toks[j]
        if t.is_quote and not _title_quote(toks, j) or not t.is_word and (t.text in _CLAUSE_BREAKS):
            return j + 1
        j -= 1
    return j + 1


_CLAUSE_BREAKS = frozenset({";", ":"}) | _TERMINATORS


def _relative_clause_before(toks: list[_Tok], ci: int, floor: int) -> int | None:
    """The comma that opens a relative clause closed by a comma right before token `ci` ("X, | যিনি
    … করছেন, | বলেন"): its index, or None. The clause has no other comma and no quotation."""
    if ci - 1 <= floor or toks[ci - 1].text != ",":
        return None
    for j in range(ci - 2, max(floor, ci - MAX_LOOKBACK_TOKENS) - 1, -1):
        if toks[j].is_quote or not toks[j].is_word and toks[j].text in _CLAUSE_BREAKS:
            return None
        if toks[j].text == ",":
            return j if j > floor and j + 2 < ci - 1 and toks[j + 1].text in _RELATIVE else None
    return None


def _comma_before(toks: list[_Tok], ci: int, floor: int) -> int | None:
    """The comma that opens the cue's clause ("…পৌঁছেছেন, মঙ্গলবার জাপানি মিডিয়া জানিয়েছে")."""
    j = ci - 1
    if j >= floor and toks[j].text == ",":
        return None  # "X, রাশিয়ার প্রাক্তন রাষ্ট্রদূত, বলেছেন": an apposition, not a clause break
    n = 0
    while j >= floor and n < 12:
        if toks[j].text == ",":
            return j
        if not toks[j].is_word and toks[j].text not in {"(", ")", "-", "."}:
            return None
        j -= 1
        n += 1
    return None


# Postpositions whose noun before them is no part of the subject ("… হান্নান | নির্বাচন থেকে …").
_POSTPOSITIONS_AFTER_NOUN = frozenset({"থেকে", "নিয়ে", "সম্পর্কে", "বিষয়ে", "জন্য", "সঙ্গে", "সাথে", "দিয়ে", "পর্যন্ত"})
# Pronouns that take up a relative clause ("যে … কথা তিনি বলেন, সেগুলো …").
_CORRELATIVE_PRONOUNS = frozenset({"সেগুলো", "সেগুলি", "সেটি", "সেটা", "সেসব", "তা", "তাই", "সে", "সেই"})
# Words that join a second predicate to the verb, not a content clause ("… জানায় এবং …").
_CONJUNCTIONS = frozenset({"এবং", "ও", "আর", "কিংবা", "অথবা", "বা"})
# "But", opening a clause of its own after a comma.
_BUT = frozenset({"তবে", "কিন্তু"})


def _content_floor(toks: list[_Tok], end: int, claimed_end: int, text: str, first_unit: bool,
                   *, nominal: bool = False, keep_quotes: bool = False, relative: bool = False) -> int:
    """The first token of a content clause that ends at token `end` (exclusive).

    The clause starts after the previous reported content, a quotation, ; or :, a spaced dash (a
    dateline: "সিউল, সেপ্টেম্বর 12 – ..."), or a converb (… ক্ষোভ প্রকাশ করে); leading connectors
    (তবে, এছাড়া) are not part of it. A nominal content (… সরে দাঁড়ানোর ঘোষণা) also stops at a
    place or document phrase (এক পোস্টে) and at a comma; with `relative`, a content closed by বলে
    starts at a relative clause after a comma (… ছিলেন দুজন, | যারা … করেছে বলে জানিয়েছে).
    """
    j = end - 1
    while j >= max(0, end - MAX_LOOKBACK_TOKENS):
        t = toks[j]
        w = t.text
        if t.end <= claimed_end or t.is_quote and nominal and not keep_quotes:
            break
        if w in {";", ":"} or w in _TERMINATORS or w in _SPACED_DASH and not _dash_inside_phrase(toks, j):
            break
        if w in _CONVERBS and j > 0 and (toks[j - 1].text in _CUE_NOUNS or toks[j - 1].text in _VOICED):
            break
        if w == "," and j + 1 < end and toks[j + 1].text in _RELATIVE and relative:
            break  # "… নিষেধাজ্ঞার আওতায় ছিলেন দুজন, | যারা … সাহায্য করেছে বলে জানিয়েছে": the relative clause
        if w == "," and j + 1 < end and toks[j + 1].text in _BUT and relative and j > 0 \
                and (toks[j - 1].text == "না" or _is_verb_like(toks[j - 1].text)):
            # "তাকে হাসপাতালেও যেতে হয়েছিল, তবে | চোট বেশি গুরুতর নয় বলে জানা গেছে": the clause after "but"
            # (not after a nominal one: "… রাজনৈতিক অধিকার, তবে … যায় না বলে মনে করেন X" is all X's)
            break
        if nominal:
            if w == "," and j + 2 < end and toks[j + 1].text in _RESUMPTIVE_DET and toks[j + 2].text in _RESUMPTIVE_HEADS:
                pass  # "… যেন না হয়, সে বিষয়ে সবাইকে সজাগ থাকার আহ্বান": the clause before is the content
            elif w == "," and not _thousands_comma(toks, j) or (
                    _is_locative(w) and _indefinite_before(toks, j)) or (
                    w in {"দেওয়া", "দিয়ে"} and not (j > 0 and toks[j - 1].text in _MANNER_GIVEN)):
                # (but "বিশেষ গুরুত্ব দিয়ে বিবেচনা করার": a manner, inside what was said)
                # "এক পোস্টে" is where it was said; "এই তালিকায় অন্তর্ভুক্ত করার" is part of what was said
                break
            if w in _LIST_JOINS and j > 0 and _finite(toks[j - 1].text):
                break  # "… শাস্তির দাবি জানান এবং | … নিশ্চিত করার জন্য … আহ্বান জানান": a second clause
            if w in {"পর", "পরে", "আগে"} and j > 0 and _is_genitive(toks[j - 1].text):
                break  # "… এনসিপি থেকে পদত্যাগের পর ঢাকা–৯ আসন থেকে … অংশ নেওয়ার ঘোষণা": a time adjunct
            if keep_quotes and (_is_verb_like(w) and w not in _GENITIVE_POSTPOSITIONS or w in _WISH_WORDS
                                or w in {"হয়", "হলে"}):
                break  # "… ট্যাপ করুন চলতি বছরের …": a clause of its own before the nominal
        j -= 1
    start = j + 1
    while start < end and (toks[start].text in _CONNECTORS or not toks[start].is_word and not toks[start].is_quote
                           or toks[start].text in {"এছাড়া", "এছাড়াও", "অবশ্য", "মূলত"}):
        start += 1
    if start + 1 < end and toks[start].text in {"সেই", "একই"} and toks[start + 1].text in {"সাথে", "সঙ্গে"}:
        start += 2  # "সেই সাথে ভোটারদেরও … যাওয়ার আহ্বান জানান": a connective, not content
    if first_unit and start < end:
        cut = _after_dateline(text, toks[start].start, toks[end - 1].end)
        while start < end and toks[start].start < cut:
            start += 1
    return start


def _indefinite_before(toks: list[_Tok], j: int) -> bool:
    """Is the locative at `j` a place or medium introduced by এক, its modifiers between ("এক পোস্টে",
    "এক দীর্ঘ স্ট্যাটাসে", "এক জরুরি সংবাদ সম্মেলনে"): where something was said, not part of it?"""
    for k in range(j - 1, max(-1, j - 1 - MAX_PLACE_MODIFIERS - 1), -1):
        w = toks[k].text
        if w in _INDEFINITES:
            return True
        if not toks[k].is_word or _is_genitive(w) or _is_verb_like(w) or _is_locative(w) or w in _CONNECTORS:
            return False
    return False


# Words between এক and the place it introduces: "এক জরুরি সংবাদ সম্মেলনে".
MAX_PLACE_MODIFIERS = 2


def _before_bracket(toks: list[_Tok], close: int) -> int:
    """The index of the bracket that opens the group closing at `close` (a short aside: an acronym,
    a gloss), or `close + 1` when there is none within a few tokens."""
    for j in range(close - 1, max(-1, close - 8), -1):
        if toks[j].text == "(":
            return j
        if toks[j].text == ")":
            break
    return close + 1


def _thousands_comma(toks: list[_Tok], j: int) -> bool:
    """The comma of a number written with digit groups (১,০০০ গোল), not a clause's."""
    return 0 < j < len(toks) - 1 and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start \
        and toks[j - 1].text.isdigit() and toks[j + 1].text.isdigit()


# "X যেন না হয়, সে বিষয়ে …": a correlative that points back over the comma to its clause.
_RESUMPTIVE_DET = frozenset({"সে", "সেই", "এ", "এই"})
_RESUMPTIVE_HEADS = frozenset({"বিষয়ে", "ব্যাপারে", "লক্ষ্যে", "জন্য", "জন্যে"})
# Requests reported in the passive with the content before: "… পালনের জন্য দেশবাসীর প্রতি আহ্বান জানানো হয়".
_PASSIVE_REQUESTS = frozenset({"আহ্বান", "অনুরোধ", "আহবান"})
_MATTERS = frozenset(lx.MATTER_NOUNS)
# Requests and demands whose content may name who is asked: "প্রত্যেককে … অধ্যায়নের আহ্বান", "… করতে
# সকলের প্রতি অনুরোধ জানান", "… নিশ্চিত করার জন্য সরকারের কাছে দাবি জানান".
_REQUESTS = _PASSIVE_REQUESTS | {"দাবি", "নির্দেশ", "নির্দেশনা", "পরামর্শ"}
# Nominal cues that always voice words, whoever makes them: demands, appeals, advice, pledges, threats.
# Their content is speech even when the speaker is only a group or a body (rno annotations: 6 of 8 such
# contents marked with a descriptive speaker, বক্তারা, ব্যবসায়ীরা, তদন্ত কমিটি, স্থানীয় সংবাদমাধ্যম).
# An allegation is voiced by a group as often ("… জায়গা না পাওয়ার অভিযোগও করেন অনেকে", opened annotations).
_VOICED_REQUESTS = _REQUESTS | {"সুপারিশ", "প্রতিশ্রুতি", "অঙ্গীকার", "হুঁশিয়ারি", "হুমকি", "আশ্বাস", "অভিযোগ"}
# Nouns of manner with দিয়ে inside a content clause: "বিশেষ গুরুত্ব দিয়ে বিবেচনা করার".
_MANNER_GIVEN = frozenset({"গুরুত্ব", "প্রাধান্য", "অগ্রাধিকার", "জোর"})
# Whom an allegation or a demand is made against: "চিকিৎসকের বিরুদ্ধে … অভিযোগ করেন", content, not its subject.
_AGAINST = frozenset({"বিরুদ্ধে", "বিরুদ্ধেও"})
# The addressee of a request between its content and the cue: "সকলের প্রতি", "সরকারের কাছে".
_ADDRESSEE_POSTPOSITIONS = frozenset({"প্রতি", "কাছে"})
# What a request's content ends in before its addressee: a purpose (… হওয়ার জন্য, … প্রসারিত করতে).
_PURPOSE_ENDINGS = frozenset({"জন্য", "জন্যে", "লক্ষ্যে"})
_REQUEST_MODIFIERS = frozenset({"জোর", "বিনীত", "উদাত্ত", "বিশেষ"})


def _ends_request(word: str) -> bool:
    """Can a request's content end in `word` before its addressee: a verbal noun (পালনের), a
    purpose (… হওয়ার জন্য) or an infinitive (… প্রসারিত করতে)?"""
    return _is_verbal_noun_genitive(word) or word in _PURPOSE_ENDINGS or word in _INFINITIVES


def _addressee(toks: list[_Tok], ci: int, *, objective: bool = False) -> tuple[int, int | None] | None:
    """The addressee of a request between its content and the cue noun at `ci` ("… সকলের প্রতি
    (তিনি) অনুরোধ জানান", "… দেশবাসীর প্রতি বিনীত আহ্বান জানানো হয়"): the index of its genitive
    (সকলের) and of a subject pronoun between it and the noun, if any. With `objective`, an addressee
    in -কে or plural -দের also counts ("… নিশ্চিত করতে জাতীয় সাইবার সুরক্ষা অ্যাজেন্সিকে নির্দেশ
    দিয়েছেন", "… বাড়াতে মাঠপর্যায়ের পুলিশ কর্মকর্তাদের নির্দেশ দেন"): the index of that word."""
    j = ci - 1
    pronoun = None
    while j >= 0 and toks[j].text in _REQUEST_MODIFIERS:
        j -= 1
    if j >= 0 and toks[j].text in _SUBJECT_PRONOUNS | _PLURAL:
        pronoun = j
        j -= 1
    while j >= 0 and toks[j].text in _REQUEST_MODIFIERS:
        j -= 1
    if objective and j >= 2 and toks[j].text == ")" and toks[j - 2].text == "(":
        j -= 3  # "নির্বাচন কমিশনকে (ইসি)": the addressee's acronym
    if objective and j >= 1 and _object_addressee(toks[j].text):
        return j, pronoun
    if j < 1 or toks[j].text not in _ADDRESSEE_POSTPOSITIONS or not _is_genitive(toks[j - 1].text):
        return None
    return j - 1, pronoun


def _objective_request_end(toks: list[_Tok], addressee: int) -> int | None:
    """Where a request's content ends before an addressee in the objective whose last word is at
    `addressee`: after an infinitive or a purpose ("… নিশ্চিত করতে | জাতীয় সাইবার সুরক্ষা অ্যাজেন্সিকে",
    "… সতর্ক থাকার জন্য | সবাইকে"); the words between are the addressee's, with no verb among them."""
    for k in range(addressee - 1, max(-1, addressee - 1 - MAX_ADDRESSEE_WORDS), -1):
        w = toks[k].text
        if w in _INFINITIVES or w in _PURPOSE_ENDINGS or w.endswith("াতে") and len(w) > 4:
            return k + 1
        if not toks[k].is_word or _is_verb_like(w):
            return None
    return None


def _object_addressee(word: str) -> bool:
    """Whom a request is made to, in the objective: অ্যাজেন্সিকে, সবাইকে, কর্মকর্তাদের (not তাদের)."""
    if word in _GEN_PRONOUNS or word in _PLURAL_GEN or word in _NOT_SOURCES:
        return False
    return _accusative(word) or word.endswith("দের") and len(word) > 4


def _nominal_end(toks: list[_Tok], noun: str | None, ci: int, *,
                 any_noun: bool = False) -> tuple[int, int | None, bool] | None:
    """Where the content of the nominal cue at `ci` ends (exclusive), the index of a subject pronoun
    between it and the noun, and whether the content ends in a plain noun's genitive, which reports
    a request only when it names who is asked ("প্রত্যেককে নিজের ধর্মগ্রন্থ অধ্যায়নের আহ্বান", but not
    "… পদত্যাগের ঘোষণা"); with `any_noun` such a content is returned for every cue noun, not only a
    request (it then needs a clause of its own: "… পাশে রেখে সর্বাত্মক সহযোগিতার আশ্বাস"). None when the
    word before is no content: "দেশবাসীর প্রতি আহ্বান জানিয়ে"."""
    if noun in _REQUESTS:
        addressee = _addressee(toks, ci, objective=True)
        if addressee is not None:
            objective = toks[addressee[0]].text not in _ADDRESSEE_POSTPOSITIONS and _object_addressee(toks[addressee[0]].text)
            end = (_objective_request_end if objective else _request_end)(toks, addressee[0])
            return None if end is None else (end, addressee[1], False)
    end = ci
    while end > 0 and toks[end - 1].text in _REQUEST_MODIFIERS:
        end -= 1  # "… সে ব্যবস্থা করার জোর দাবি জানান"
    if end == 0 or not _is_genitive(toks[end - 1].text):
        return None
    # the emphatic ও of "… খুলে দেওয়ারও দাবি জানান", "… মামলা দায়েরের সুপারিশও": the genitive before it
    last = toks[end - 1].text.removesuffix("ও") if toks[end - 1].text.endswith("রও") else toks[end - 1].text
    if noun == "সিদ্ধান্ত" or _is_verbal_noun_genitive(last) or _is_action_noun_genitive(last) \
            and end >= 2 and toks[end - 2].is_word:
        return end, None, False
    if (noun in _REQUESTS or any_noun) and toks[end - 1].text not in _GEN_PRONOUNS \
            and toks[end - 1].text not in _NOT_SOURCES:
        return end, None, True
    return None


_OBJECT_PRONOUNS = frozenset({"তাকে", "তাঁকে", "একে", "এটিকে", "এটাকে", "যাকে", "সেটিকে", "সেটাকে", "তাদেরকে"})


def _accusative(word: str) -> bool:
    """A noun in -কে (প্রত্যেককে, করাকে), not a pronoun (তাকে, এটিকে) nor a genitive plural (-দের)."""
    return _is_objective(word) and word.endswith(("কে", "কেও", "কেই")) and word not in _OBJECT_PRONOUNS


def _asks_someone(toks: list[_Tok], start: int, end: int) -> bool:
    """Does the content [start, end) name who is asked (প্রত্যেককে, সবাইকে, সরকারের প্রতি)?"""
    return any(t.is_word and _accusative(t.text) for t in toks[start:end - 1]) or any(
        toks[k].text == "প্রতি" and _is_genitive(toks[k - 1].text) for k in range(start + 1, end - 1))


def _accuses_someone(toks: list[_Tok], start: int, end: int) -> bool:
    """Does the content [start, end) of an allegation name whom it is made against ("পিএসএল
    কর্তৃপক্ষের বিরুদ্ধে … স্বচ্ছতার অভাবের | অভিযোগ তুলেছিলেন তিনি")? Then a plain noun's genitive is
    what the accused is charged with, not a topic."""
    return any(toks[k].text in _AGAINST and _is_genitive(toks[k - 1].text) for k in range(start + 1, end - 1))


def _holds_clause(toks: list[_Tok], start: int, end: int) -> bool:
    """Does the content [start, end) of a nominal cue hold a clause of its own, a converb after an
    object or a predicate ("… সন্ত্রাসীদের চিহ্নিত করে কঠোর শাস্তির দাবি জানান")? Then what ends in
    a plain noun's genitive is a demand made, not a topic (opened annotations J and N)."""
    return any(toks[k].text in _CLAUSE_CONVERBS and toks[k - 1].is_word and toks[k - 1].text not in _ADVERBIAL_KARE
               for k in range(start + 1, end - 1))


_CLAUSE_CONVERBS = frozenset({"করে", "রেখে"})
# Nouns with which করে makes an adverb or a postposition, no clause: বিশেষ করে, কেন্দ্র করে, ভিত্তি করে.
_ADVERBIAL_KARE = frozenset({"বিশেষ", "কেন্দ্র", "ভিত্তি", "কেন্দ্রে", "নতুন", "আলাদা"})


def _names_object(toks: list[_Tok], ci: int) -> bool:
    """Is the phrase before the converb noun at `ci` an object in -কে and what it is called
    ("কটূক্তি করাকে জঘন্য কাজ | উল্লেখ করে")? The words between are plain words, no verb or quote."""
    for k in range(ci - 2, max(-1, ci - 2 - MAX_COMPLEMENT_WORDS), -1):
        t = toks[k]
        if not t.is_word:
            return False
        if _accusative(t.text):
            return True
        if _is_verb_like(t.text) or _is_predicate(t.text):
            return False
    return False


def _request_end(toks: list[_Tok], genitive: int) -> int | None:
    """Where a request's content ends (exclusive) before an addressee whose last word is at
    `genitive`: after the purpose or verbal noun that closes it ("মানবিক হওয়ার জন্য | সকলের প্রতি",
    "… নেওয়ার জন্য | নির্বাচন কমিশন (ইসি) ও সরকারের প্রতি"); the addressee is left out, as annotated."""
    for k in range(genitive - 1, max(-1, genitive - 1 - MAX_ADDRESSEE_WORDS), -1):
        w = toks[k].text
        if _ends_request(w):
            return k + 1
        if w in _TERMINATORS or w in {",", ";", ":"} or toks[k].is_quote or _is_verb_like(w):
            return None
    return None
    return None


def _after_dateline(text: str, start: int, end: int) -> int:
    m = _DATELINE.match(text, start, end)
    return m.end() if m else start


# A clause that "such" points back at ends in a negation, a modal or a future/perfect ("… গ্রহণযোগ্যতা
# পাবে না এমন দাবি করছে X"); after a converb (… টেলিফোন করে এমন অভিযোগ) "such" points at what came before.
_CLAUSE_CLOSERS = frozenset({"না", "নয়", "নেই", "পারে", "পারেন"})
# "Such", pointing back over a comma at the clause before it, as a quotative বলে does.
_SUCH = frozenset({"এমন", "এমনটা", "এমনটাই", "এমনটি", "এমনটিই"})


# Counts that only people take ("একাধিক ঠিকাদার", "কয়েকজন ব্যবসায়ী", "দুজন শিক্ষার্থী").
_PEOPLE_COUNTS = frozenset({"একজন", "একাধিক", "কয়েকজন", "দুজন", "তিনজন", "অনেকজন"})


def _counted_people(words: list[_Tok]) -> bool:
    """Is the phrase a count of people and what they are ("একাধিক ঠিকাদার"), as described by a participle
    before it: "দরপত্রে অংশ নেওয়া | একাধিক ঠিকাদার জানান"? (The noun ends the subject, so an -র on it
    is no genitive: ঠিকাদার. একাধিক counts things too: the caller asks for the verb people take, জানান
    and not বলছে.)"""
    return len(words) == 2 and words[0].text in _PEOPLE_COUNTS and words[1].is_word \
        and not (_is_locative(words[1].text) or _is_verb_like(words[1].text)
                 or words[1].text.endswith(_VERBAL_NOUN_ENDINGS))


_SAID_THINGS = frozenset({"কথা", "কথাই", "কথাও"})
MAX_SAID_THING_WORDS = 3


def _said_thing_only(toks: list[_Tok], k: int) -> bool:
    """Is what follows the verb from token k to the sentence's end only a short noun phrase of
    "words" ("… মনে করেন ভিন্ন কথা।", "… বলছেন একই কথা।"): the object of the verb, not its content?"""
    words: list[str] = []
    for t in toks[k:]:
        if t.text in _TERMINATORS:
            break
        if not t.is_word or len(words) == MAX_SAID_THING_WORDS:
            return False
        words.append(t.text)
    return bool(words) and words[-1] in _SAID_THINGS


def _topic_said_after(toks: list[_Tok], k: int) -> bool:
    """Is what follows the verb from token k to the sentence's end a thing talked about and কথা
    ("… বলেছেন ২০১৪ সালের পরিকল্পনার কথা।"): the topic, no clause in it (see `_topic_only`)?"""
    end = next((i for i in range(k, len(toks)) if toks[i].text in _TERMINATORS), len(toks))
    return end - k >= 2 and toks[end - 1].text in _TOPIC_NOUNS and _is_genitive(toks[end - 2].text) \
        and all(t.is_word for t in toks[k:end]) and _topic_only(toks[k:end - 1])


_TOPIC_NOUNS = frozenset({"কথা", "কথাও"})


# What takes up the clause before it as the object of the verb after it ("CONTENT, সেটি বলছেন X"),
# besides the back-pointing objects of `_is_anaphoric` (এ কথা, এ মন্তব্য, একথা).
_NEGATIONS = frozenset({"নি", "না", "নাই"})
_RESUMPTIVE = frozenset({"সেটি", "সেটা", "সেটিই", "সেটাই", "এটি", "এটা", "এটিই", "এটাই"})


def _resumes_content(toks: list[_Tok], j: int, ci: int) -> bool:
    """Does the object from token j to the cue at ci take up the clause before its comma: "এই শিশুরা
    আগামী দিনের নাগরিক, এ কথা বলেন নেতা-নেত্রীরা", "… সহজ ছিল না, সেটি বলছেন ক্যালিস নিজেও"? Only
    right after the comma: "তিনি বলেন, এটা ঠিক নয়" has its content after the verb, and "… বলেন। এ কথা
    বলেন X" points back at other sentences."""
    if j < 2 or toks[j - 1].text != ",":
        return False
    last = toks[j - 2]
    if not last.is_word or _is_locative(last.text) and not _is_predicate(last.text):
        return False  # "সোমবার রাজধানীতে এক সভায়, এ কথা বলেন তিনি": a setting, the words said are before it
    whether = last.text == "কিনা" or last.text == "না" and j >= 3 and toks[j - 3].text == "কি"
    if whether or any(t.text in _NEGATIONS for t in toks[ci + 1:ci + 3]):
        return False  # "… হবে কি না, সেটি জানান নি মন্ত্রী": what was not said
    if ci - j == 1:
        # "সেটি বলছেন", "একথা বলেন", or the object opening the cue: "এ | কথা বলেন", "এ | মন্তব্য করেন"
        return toks[j].text in _RESUMPTIVE or toks[j].text in _ANA_ALONE \
            or toks[j].text in _ANA_DET and toks[ci].text in _ANA_OBJ
    return ci - j == 2 and toks[j].text in _ANA_DET and toks[j + 1].text in _ANA_OBJ


def _bole_before(toks: list[_Tok], ci: int) -> int | None:
    """Index of a quotative "বলে" at most three words before the cue ("… বলে অনুষ্ঠানে মন্তব্য করেন")."""
    for back in range(1, 5):
        j = ci - back
        if j < 0:
            return None
        w = toks[j].text
        if w in _BOLE:
            # (not "সংশ্লিষ্টদের সঙ্গে কথা বলে জানা যায়": having talked, a converb)
            return j if j > 0 and toks[j - 1].text not in {"কথা", "কথাও"} else None
        if w in _SUCH and back == 1 and j > 1 and (toks[j - 1].text == "," or j > 3 and (
                toks[j - 1].text in _CLAUSE_CLOSERS or toks[j - 1].text.endswith(("বে", "বেন", "েছে", "েছেন")))):
            return j  # "CONTENT, এমনটা বলছেন দলটির নেতারা", "CONTENT, এমন মন্তব্য করেছেন X": like বলে
        if back <= 2 and _resumes_content(toks, j, ci):
            return j  # "CONTENT, এ কথা বলেন নেতা-নেত্রীরা", "CONTENT, সেটি বলছেন ক্যালিস নিজেও": like বলে
        if not toks[j].is_word:
            return None
    # further back only over the setting of the words: "… হয়নি বলে সম্প্রতি এক জাতীয় গণমাধ্যমে দেয়া
    # সাক্ষাতকারে সৌম্য আরো বলেন"
    setting = any(_is_locative(t.text) and t.text.startswith(_SETTING_EVENTS) for t in toks[max(0, ci - 4):ci])
    for j in range(ci - 5, max(0, ci - MAX_BOLE_SETTING_WORDS) - 1, -1):
        t = toks[j]
        if not t.is_word or _is_verb_like(t.text) and t.text not in _PARTICIPLES:
            return None
        if t.text in _BOLE:
            return j if j > 0 and setting else None
        setting = setting or _is_locative(t.text) and t.text.startswith(_SETTING_EVENTS)
    return None


# Objects of "confirmed"/"reported" that stand between a speaker and the verb (… বিষয়টি নিশ্চিত করেছেন).
_CONFIRMED_MATTERS = frozenset({"বিষয়টি", "বিষয়টিও", "তথ্য", "তথ্যটি", "খবর", "খবরটি", "ঘটনাটি"})
# What may stand in a speaker's phrase between a far "বলে" and its verb: an apposition's comma,
# a parenthesis (২৯ ডিসেম্বর), the dot of a title (ডা.).
_SUBJECT_PUNCTUATION = frozenset({",", "(", ")", "."})
# Words that open another clause, so a "বলে" before them is not this verb's (… বলে আমরা শুনেছি এবং …).
_CLAUSE_LINKS = (_CONNECTORS - {"ও"}) | _RELATIVE | {"যে", "যখন", "তখন", "যদি"}


def _bole_before_subject(toks: list[_Tok], ci: int) -> int | None:
    """Index of a quotative "বলে" after a finite clause and up to MAX_BOLE_SUBJECT_TOKENS before the
    cue, with only the speaker, a time, an addressee or a source between: "… নাম নিয়েছিলেন বলে তাঁর
    বোন সেলিমা ইসলাম জানিয়েছেন", "… মৃত্যু হয় বলে গ্যাভলেবর্গ পুলিশের কর্মকর্তা মাতস লান এএফপিকে
    জানান", "… পোস্ট করা হয়েছে বলে দেশটির বিচার বিভাগের পক্ষ থেকে জানানো হয়েছে". A converb বলে
    ("সংশ্লিষ্টদের সঙ্গে কথা বলে জানা যায়") has no finite clause before it."""
    for j in range(ci - 1, max(0, ci - MAX_BOLE_SUBJECT_TOKENS) - 1, -1):
        t = toks[j]
        if t.text in _BOLE:
            before = toks[j - 1] if j > 0 else None
            if ci - j <= 4 or before is None or not before.is_word or before.text in _PARTICIPLES \
                    or not _is_predicate(before.text):
                return None
            return j
        if t.is_word:
            if _is_verb_like(t.text) and t.text not in _PARTICIPLES or t.text in _CLAUSE_LINKS:
                return None
        elif t.text not in _SUBJECT_PUNCTUATION:
            return None
    return None


# Events where words are said, as a setting between "বলে" and its verb (see `_bole_before`).
_SETTING_EVENTS = _EVENTS + ("সাক্ষাতকার", "সাক্ষাৎকার", "আলাপ", "সমাবেশ", "মতবিনিময়", "আলোচনা")


# "তিনি আরও বলেন", "তিনি আরো জানান": the pronoun goes on with the last speaker.
_FURTHER_RE = re.compile(r"\s+(?:আরও|আরো)\s")
# A question put to the one speaking: "জানতে চাইলে তিনি", "প্রশ্নের জবাবে তিনি" (right before the pronoun).
_ASKED_RE = re.compile(r"(?:জানতে চাইলে|জানতে চাওয়া হলে|প্রশ্নের জবাবে|প্রশ্নের উত্তরে|জিজ্ঞেস করা হলে|জিজ্ঞাসা করা হলে)\s+$")
# What marks a list of those present at an event (Bangladeshi news style).
_ATTENDANCE_MARKERS = ("উপস্থিত ছিলেন", "প্রমুখ", "উপস্থিত থাকবেন")
_ABSENT = re.compile("উপস্থিত ছিলেন না" + _E)  # "… কোনো সদস্য উপস্থিত ছিলেন না": who was not there
# The marks that close a quotation (a masked quotation token ends with one).
_CLOSING_MARKS = "”’»\"'"
# "In answer to": "সাংবাদিকদের প্রশ্নের জবাবে তিনি বলেন" takes a genitive like a postposition.
_ANSWERING = frozenset({"জবাবে", "উত্তরে"})
# Postpositions of a topic that may follow a bare noun ("ওই ঘটনা সম্পর্কে", "নির্বাচন বিষয়ে").
_ABOUT = frozenset({"সম্পর্কে", "বিষয়ে", "ব্যাপারে", "প্রসঙ্গে"})


def _after_leading_setting(toks: list[_Tok], start: int, end: int) -> int:
    """Where a clause goes on after the occasion that opens it ("সংবাদ সম্মেলনে | মান্না … দাবি
    জানান", "এক অনুষ্ঠানে | তিনি …"): after an event word in the locative among its first five
    words, with no verb before it; `start` when it opens with none."""
    words = 0
    for j in range(start, min(end, start + 10)):
        w = toks[j].text
        if w in {"(", ")"} and words:
            continue  # a date in brackets after the day: "সোমবার (২৯ ডিসেম্বর) বিকেলে | …"
        if not toks[j].is_word or _is_verb_like(w) or words >= 8:
            return start
        words += 1
        if words > 5 and not (w == "পর" and _is_genitive(toks[j - 1].text)):
            continue  # (past five words only "X-এর পর": "আগামী জাতীয় সংসদ নির্বাচনের তফসিল ঘোষণার পর | …")
        if _is_locative(w) and w.startswith(_SETTING_EVENTS) or (w in _AFTERWARDS or w in _TIMES_OF) and j > start \
                or w == "পর" and j > start and _is_genitive(toks[j - 1].text):
            # (… "পদক প্রদান শেষে | স্বরাষ্ট্র উপদেষ্টা …": after an act, as after an event; "জাতির এই
            # অপূরণীয় ক্ষতির দিনে | তিনি …": after a time)
            return j + 1
    return start


# A time closing an opening phrase ("জাতির এই ক্ষতির দিনে", "নির্বাচনের আগের রাতে").
_TIMES_OF = frozenset({"দিনে", "রাতে", "সকালে", "দুপুরে", "বিকেলে", "সন্ধ্যায়", "সময়ে", "মুহূর্তে"})


# "After" closing an opening phrase of time (পদক প্রদান শেষে, বৈঠক শেষে).
_AFTERWARDS = frozenset({"শেষে", "পরে"})


def _setting_only(words: list[_Tok]) -> bool:
    """Only a setting between a quotation and its cue: a phrase ending in a place or occasion, with no
    verb or verbal noun in it ("’ এক বিবৃতিতে বলেন …", "’ জেলা শিল্পকলা একাডেমিতে আয়োজিত সভায় বলেন …")."""
    texts = [t.text for t in words if t.is_word]
    return bool(texts) and len(texts) <= 8 and _is_locative(texts[-1]) and not _is_genitive(texts[-1]) \
        and not any(_finite(w) or w.endswith(_VERBAL_NOUN_ENDINGS) for w in texts)


def _plain_modifier(word: str) -> bool:
    """A manner of speaking before an according-to noun, with no owner: স্থানীয় (ভাষায়), চলতি, আঞ্চলিক."""
    return word in _MANNER_OF_SPEAKING


_MANNER_OF_SPEAKING = frozenset(lx.MANNER_OF_SPEAKING)


def _label_with_head(toks: list[_Tok], first: int, between: list[_Tok], bole: _Tok) -> bool:
    """"বৈঠকটিকে ‘অপরিণামদর্শী’ পদক্ষেপ বলে মন্তব্য করেন X": a quoted word and the plain noun it qualifies
    make the label given to the object (-কে) right before the quotation; the quoted word is the
    labeller's. Only one noun, with no case ending, stands between the quotation and বলে."""
    if len(between) != 2 or between[1] is not bole or first < 1 or not _is_objective(toks[first - 1].text):
        return False
    head = between[0]
    return head.is_word and not head.starts_name and not (
        _is_verb_like(head.text) or _is_genitive(head.text) or _is_objective(head.text)
        or _is_locative(head.text) or head.text in _BREAK or _is_naming_noun(head.text))


def _manner_converb(words: list[_Tok]) -> bool:
    """A converb of a noun or two, with no owner, object or verb of its own: how the words were said
    ("হতাশা প্রকাশ করে", "মাথা নেড়ে", "কিছুটা বিরক্ত হয়ে"), between a quotation and its cue."""
    texts = [t.text for t in words]
    return 2 <= len(texts) <= MAX_MANNER_WORDS and all(t.is_word for t in words) and texts[-1] != "বলে" \
        and (texts[-1] in _CONVERBS or texts[-1] in _COMMON_CONVERBS) \
        and not any(_is_verb_like(w) or _is_genitive(w) or _is_objective(w) or w in _BREAK for w in texts[:-1])


def _setting_lead(words: list[_Tok]) -> bool:
    """What may open a sentence before a cue that attributes the quotation just before it: nothing, a
    setting (a place or occasion phrase, or "ম্যাচ শেষে"), then words that are never the subject
    (time words, addressees, an object pointing back): "বৃহস্পতিবার সচিবালয়ে সাংবাদিকদের এ (কথা বলেন)"."""
    place = max((i for i, t in enumerate(words) if _is_locative(t.text) and not _is_genitive(t.text)
                 or t.text in _EVENT_OVER), default=-1)
    head, tail = words[:place + 1], words[place + 1:]
    if head and not _setting_only(head) and not _time_after_event(head) \
            and not all(_skippable(t.text) or _is_locative(t.text) for t in head):
        return False
    return all(_skippable(t.text) for t in tail)


def _time_after_event(words: list[_Tok]) -> bool:
    """"ম্যাচ শেষে", "বৈঠকের পরে", "সংবাদ সম্মেলন শেষে": when, after an event of a word or two, with no
    verb in it."""
    return 2 <= len(words) <= 3 and words[-1].text in _EVENT_OVER and not any(
        _is_verb_like(t.text) or t.text in _BREAK for t in words[:-1])


def _skippable(word: str) -> bool:
    """Words that may stand between a quotation and its speaker ("’ এই বক্তব্যও তারা যোগ করেন")."""
    base = word[:-1] if word.endswith("ও") and len(word) > 2 else word
    return word in _NON_SUBJECT or word in _ANA_DET or base in _ANA_OBJ or _is_objective(word) or word in _MEDIA_FIRST


def _closes_on_pointer(toks: list[_Tok], k: int) -> bool:
    """Does the clause from token `k` close on a back-pointing object and its verb ("… এ খবর প্রকাশ
    করেছে", "… এই তথ্য দিয়েছে")? It tells that the news was relayed, not what it said."""
    end = next((n for n in range(k, len(toks)) if toks[n].text in _TERMINATORS), len(toks))
    words = [t.text for t in toks[k:end] if t.is_word]
    for n in range(len(words) - 2, max(0, len(words) - 4), -1):  # the object and at most two words after
        if words[n] in _ANA_OBJ | _INFORMATION and words[n - 1] in _ANA_DET:
            return _is_verb_like(words[-1])  # (a verb, or a noun and its verb: প্রকাশ করেছে)
    return False


def _one_clause(toks: list[_Tok], start: int, end: int) -> bool:
    """Do tokens `start`..`end` (exclusive) stay within one clause: no comma, colon, semicolon or
    sentence end among them (quote marks of a title may stand between)?"""
    return not any(t.text in {",", ";", ":"} or t.text in _TERMINATORS for t in toks[start:end])


def _introduces_content(toks: list[_Tok], k: int) -> bool:
    """Does what follows token `k` open reported content: a comma, a colon, যে or a quotation mark,
    with words after it ("… বলা হয়েছে, …", "… জানিয়েছে যে …")?"""
    return k + 1 < len(toks) and (toks[k].text in {",", ":", "যে"} or toks[k].is_quote)


def _is_anaphoric(toks: list[_Tok], ci: int, cue: _Cue) -> bool:
    """"এ তথ্য জানান", "এসব কথা বলেন", "এ মন্তব্য করেন", "একথা বলেন": the cue points back."""
    prev = toks[ci - 1].text if ci >= 1 else ""
    prev2 = toks[ci - 2].text if ci >= 2 else ""
    if cue.kind in {"noun", "act", "matter"}:
        # "এ মন্তব্য করেন", "এ তথ্য নিশ্চিত করেছেন", "কথাগুলো বলছিলেন"
        return cue.text.split()[0] in _ANA_OBJ and prev in _ANA_DET or prev in _ANA_OBJ and prev2 in _ANA_DET \
            or prev in _ANA_ALONE
    if cue.kind == "verb":
        ce = _token_index(toks, cue.end - 1)
        nxt = [t.text for t in toks[ce + 1:ce + 4]] if ce is not None else []
        if len(nxt) >= 2 and nxt[0] in _ANA_DET and nxt[1] in _ANA_OBJ and (len(nxt) == 2 or nxt[2] in _TERMINATORS):
            return True  # "… জাগো নিউজকে জানিয়েছেন এই তথ্য।"
        return prev in _ANA_ALONE or (prev in _ANA_OBJ and prev2 in _ANA_DET)
    if cue.kind == "passive":
        # "আইএসপিআরের এক সংবাদ বিজ্ঞপ্তিতে এ কথা জানানো হয়েছে"
        return prev in _ANA_OBJ and prev2 in _ANA_DET
    return False




def _previous_quote(toks: list[_Tok], i: int) -> int:
    j = i - 1
    while j >= 0 and (not toks[j].is_quote or _title_quote(toks, j)) and i - j < MAX_LOOKBACK_TOKENS:
        j -= 1
    return j


def _token_index(toks: list[_Tok], offset: int) -> int | None:
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(toks) and toks[lo].start <= offset < toks[lo].end:
        return lo
    return None


def _last_word_index(toks: list[_Tok]) -> int:
    j = len(toks) - 1
    while j >= 0 and not toks[j].is_word and not toks[j].is_quote:
        j -= 1
    return j


def _has_words(toks: list[_Tok], i: int, j: int, n: int) -> bool:
    """At least n words (or quotations) in toks[i:j], looking no further than needed."""
    count = 0
    for idx in range(i, min(j, len(toks))):
        t = toks[idx]
        if t.is_word or t.is_quote:
            count += 1
            if count >= n:
                return True
    return False




def _before_closing_quotation(toks: list[_Tok], k: int, end: int) -> int:
    """A reported clause ends before a quotation that closes its sentence after a comma or colon:
    "… বলেন যে তিনি অন্যদের কাছ থেকে জানতে পেরেছেন, "ওরা তিনজন …।"" is the clause, then the quotation
    (a direct quote of its own); a quoted phrase inside the clause stays in it."""
    last = end - 1
    while last >= k and not toks[last].is_word and not toks[last].is_quote:
        last -= 1
    if last < k + 2 or not toks[last].is_quote or toks[last - 1].text not in {",", ":"}:
        return end
    return last - 1 if _has_words(toks, k, last - 1, 2) else end


def _glued_particle(toks: list[_Tok], i: int) -> bool:
    """Is the ও at `i` the emphatic particle glued to a closing quotation mark ("… আসছে ‘বিশেষ ঘোষণা’ও"),
    part of the clause, not the conjunction "and" that would leave it unfinished?"""
    return i > 0 and toks[i].text == "ও" and toks[i - 1].is_quote and toks[i - 1].end == toks[i].start


def _mostly_quote(masked: str, start: int, end: int) -> bool:
    body = masked[start:end]
    quoted = body.count(_MASK)
    rest = len(_words(body.replace(_MASK, " ")))
    return quoted > 0 and rest < 3


def _is_title(text: str, mark: _Marked) -> bool:
    """A quoted name or title: a case ending or suffix glued to the mark (‘এ’-তে, 'বই'-এর, ’সহ)
    or a naming noun right after it (‘ফাইটার ফর ডেমোক্রেসি’ পদকে, "…" শীর্ষক)."""
    if mark.end > mark.start and text[mark.end - 1] in _TERMINATORS:
        return False  # a whole sentence is no title
    if _LAW_TITLE.search(text, mark.start, mark.end):
        return True  # ‘ধূমপান ও তামাকজাত দ্রব্য ব্যবহার (নিয়ন্ত্রণ) (সংশোধন) অধ্যাদেশ, ২০২৫’
    after = text[mark.close + 1: mark.close + 30] if mark.closed else ""
    glued = re.match(rf"[{_LETTERS}]+", after)
    if glued and glued.group() in {"ও", "ই"}:
        return False  # ‘ছোটলোক পোলাপাইন’ও: "also", not a case ending of a name
    if after[:1] in {"-", "–"} and _WORD_START.match(after[1:2] or " ") or _WORD_START.match(after[:1] or " "):
        return True
    nxt = after.split(maxsplit=1)[0].strip(",।") if after.strip() else ""
    if _TITLED_EVENT.match(after):
        return True  # "‘… অনিশ্চয়তা প্রসঙ্গে’ এক সংবাদ সম্মেলনে": the event's title
    inside = text[mark.start:mark.end].split()
    if len(inside) == 1 and inside[0].endswith(("ের", "-এর")):
        return True  # "যে ' ঐক্যের ' কথা তিনি বলেন": one word in the genitive is a term in the phrase, not words said
    if nxt == "বা" and len(inside) <= MAX_GLOSSED_TERM_WORDS:
        return True  # "‘ক্যাপাসিটি পেমেন্ট’ বা কেন্দ্র ভাড়া": a term and its gloss (opened annotations: never speech)
    return _is_naming_noun(nxt) or nxt in _TOPIC_POSTPOSITIONS


def _headline(text: str, mark: _Marked) -> bool:
    """A newspaper's headline quoted in a press review ("‘…’ মানবজমিনের শিরোনাম", "নিউ এজের শিরোনাম
    ‘…’"): a title of a work, not words said (the annotators leave headlines out)."""
    after = text[mark.close + 1: mark.close + 60] if mark.closed else ""
    before = text[max(0, mark.open - 30): mark.open]
    return bool(_HEADLINE_AFTER.match(after) or _HEADLINE_BEFORE.search(before))


_HEADLINE_AFTER = re.compile(rf"\s*(?:[{_LETTERS}]+\s+){{0,3}}?[{_LETTERS}]+(?:র|ের|এর)\s+(?:প্রধান\s+)?শিরোনাম")
_HEADLINE_BEFORE = re.compile(r"শিরোনাম\s*[—–:-]?\s*$")


# The habitual passive of naming right after a quotation: "‘…’ বলা হয়", "‘…’ বলে আখ্যায়িত করা হয়ে থাকে"
# (not the perfect, "… বলে উল্লেখ করা হয়েছে", which reports a statement made).
_HABITUAL_NAMING = re.compile(r"\s*(?:বলা|বলে\s+(?:\S+\s+)?(?:করা|দেওয়া|দেয়া|ডাকা))\s+হয়(?:ে\s+থাকে)?\s*[।,]")
_DOCUMENT_STEMS = tuple(lx.DOCUMENT_WORDS)


# An event named by the quotation before it: "‘…’ এক সংবাদ সম্মেলনে", "‘…’ শীর্ষক সেমিনারে".
_TITLED_EVENT = re.compile(r"\s*(?:এক|একটি)\s+(?:সংবাদ\s+সম্মেলন|সেমিনার|আলোচনা\s+সভা|সভা|কর্মশালা|মতবিনিময়"
                           r"|গোলটেবিল|মানববন্ধন|সমাবেশ)")


# A finite verb of the narrative that closes a first clause before এবং (করেছেন, জানান, দেন).
_FINITE_BEFORE_AND = re.compile(r"(?:েছেন|েছে|চ্ছেন|লেন|েন|ান|ায়)$")
# Naming: "X-কে বলা হয় / যাকে বলে" right before a quoted term.
_NAMING_RE = re.compile(r"(?:কে(?:ই|ও)?\s+বলা\s+(?:হয়|হয়েছে|হচ্ছে|হতো|হত|যায়)"
                        r"|(?:যাকে|যেটিকে|যেটাকে|একে)\s+(?:বলে|বলেন))\s*$")


def _holds_a_view(cue: str | None) -> bool:
    """Does the cue report a view held ("X-এর মতে", "… বলে মনে করেন X", "বিশ্বাস করেন", "হিসেবে দেখছেন"),
    summed up in the reporter's words rather than said?"""
    words = (cue or "").split()
    return bool(words) and (words[-1] in _SEEING_AS or (words[1] if words[0] in _BOLE and len(words) > 1
                                                        else words[0]) in _VIEW_WORDS)


_SEEING_AS = frozenset(lx.SEEING_AS_VERBS)
_VIEW_WORDS = frozenset(lx.VIEW_CUE_WORDS)


def _request_content(between: Sequence[_Tok], cue: _Cue) -> bool:
    """Is the quotation part of what a request asks, its infinitive or verbal noun right before the
    request noun ("এধরণের 'গুজব ছড়ানো থেকে বিরত' থাকতেও অনুরোধ করেছে পশ্চিমবঙ্গ পুলিশ", "সবাইকে ‘সংযত’
    থাকার আহ্বান জানান …")? The requester's wording, the requester named after the verb."""
    if cue.kind != "noun" or cue.noun not in _REQUESTS or cue.light in _CONVERBS or len(between) != 1:
        return False
    word = between[0].text.removesuffix("ও")
    return word in _INFINITIVES or _is_verbal_noun_genitive(word)


def _closing_predicate(text: str, mark: _Marked) -> bool:
    """Is a closed quotation the predicate of its clause, ending the sentence ("তিনি বলেছেন, এ সংক্রান্ত খবরটি
    পুরোপুরি ‘গুজব’।", "… সঙ্গে একধরনের ‘প্রবঞ্চনা’।") or making its verb with করা ("… দমন করতে "বাধ্য"
    করার চেষ্টা করেছিল")? Then it is what the speaker said, in their word. Not a name given ("… যুবকের
    নাম ‘রাজু’।")."""
    if not mark.closed or _word_before(text, mark.open).startswith(_NAMING_WORDS_BEFORE):
        return False
    after = text[mark.close + 1:mark.close + 16].lstrip()
    verb = re.match(rf"[{_LETTERS}]+", after)
    return after[:1] in _TERMINATORS or verb is not None and verb.group() in _KORA_FORMS


# The forms of করা that make a verb of the word before them (বাধ্য করার, পর্যবেক্ষণ করছে).
_KORA_FORMS = frozenset({"করা", "করার", "করতে", "করে", "করেন", "করেছেন", "করেছে", "করছে", "করছেন", "করবে",
                         "করবেন", "করেছিল", "করেছিলেন", "করল", "করলো", "করলেন", "করায়", "করানো"})
# "নাম ‘রাজু’", "ডাকনাম ‘…’", "… শীর্ষক", "… খ্যাত", "… পরিচিত": a name given is no one's verdict.
_NAMING_WORDS_BEFORE = ("নাম", "ডাকনাম", "শীর্ষক", "খ্যাত", "পরিচিত")


def _named_term(text: str, mark: _Marked) -> bool:
    """Does the quotation follow "X-কে বলা হয়" or "যাকে বলে" (a term being named)?"""
    return _NAMING_RE.search(text, max(0, mark.open - 40), mark.open) is not None


# The title of a law or ordinance closes on its kind and year: "… (সংশোধন) অধ্যাদেশ, ২০২৫".
_LAW_TITLE = re.compile(r"(?:অধ্যাদেশ|আইন|বিধিমালা|নীতিমালা|অ্যাক্ট)\s*,?\s*[০-৯0-9]{4}\s*$")
_NAMING_NOUNS = ("পদক", "সম্মাননা", "শীর্ষক", "শিরোনাম", "নামে", "নামের", "নামক", "স্লোগান", "বই", "গ্রন্থ",
                 "উপন্যাস", "চলচ্চিত্র", "সিনেমা", "নাটক", "গান", "অভিযান", "কর্মসূচি", "প্রকল্প", "পুরস্কার",
                 "খেতাব", "উপাধি", "প্রতীক", "মার্কা", "হ্যাশট্যাগ", "ব্যানার", "অ্যালবাম", "সিরিজ", "অনুষ্ঠান")
# What a naming noun takes after it: a case ending, a classifier or a particle (পদকে, বইয়ের, গানটি, স্লোগানসহ).
# (with the particle ই or ও after it: মার্কায়ই, পদকেও)
_NAMING_NOUN_TAILS = frozenset({"", "ে", "ের", "এর", "-এর", "য়", "য়ে", "য়ের", "তে", "কে", "টি", "টির", "টিতে", "টিকে",
                                "টা", "টার", "গুলো", "গুলোর", "সমূহ", "সহ"})


def _is_naming_noun(word: str) -> bool:
    """Is the word a naming noun (পদক, বই, গান, প্রতীক …) in some case? Not a longer word that only
    begins like one: পদক্ষেপ (a step), নাটকীয় (dramatic), প্রতীকী (symbolic)."""
    return any(word.startswith(noun) and (word[len(noun):] in _NAMING_NOUN_TAILS
                                          or word[len(noun):].removesuffix("ই").removesuffix("ও") in _NAMING_NOUN_TAILS)
               for noun in _NAMING_NOUNS)


# A quotation followed by one of these is what is talked about, not what is said ("‘নতুন বন্দোবস্ত’ নিয়ে").
# Genitives of verbal nouns that cannot end a subject ("… সহযোগিতা করার"); names end in -ার too (মিলার).
_VERBAL_NOUN_ENDINGS = ("নোর", "ওয়ার", "করার", "থাকার", "রাখার", "চলার", "বলার", "দেখার", "ধরার", "দেয়ার", "নেয়ার")
_NOT_SOURCES = frozenset({"অন্যের", "অন্যদের", "নিজের", "নিজেদের", "কারো", "কারও", "সবার", "সকলের", "আমার",
                          "আমাদের", "আপনার", "তোমার",
                          # times, not sources: "শেষ সময়ের তথ্য অনুযায়ী, …"
                          "সময়ের", "দিনের", "বছরের", "মাসের", "সপ্তাহের", "আজকের", "গতকালের"})
# The second person as a cue's subject: the cue is inside a quoted question or request.
_ADDRESSED_YOU = frozenset({"আপনি", "আপনারা", "তুমি", "তোমরা", "তুই"})
_THINGS = frozenset({"এটি", "এটা", "এটিও", "এটাও", "এগুলো", "এসব", "যা", "সেটি", "সেটা", "তা", "এতে", "ইহা", "তথ্য",
                     "কিছু", "কিছুই"})  # "আপনি কি কিছু বললেন?": what is said, not who
_PARTICIPLES = frozenset(lx.RELATIVE_PARTICIPLES)
_TOPIC_POSTPOSITIONS = frozenset({"নিয়ে", "সম্পর্কে", "বিষয়ে", "প্রসঙ্গে", "নামে", "নামের", "থেকে", "জন্য",
                                  "মতো", "মত", "দিয়ে", "বিরুদ্ধে", "পক্ষে", "সহ", "ইত্যাদি", "প্রভৃতি"})
_FIRST_PERSON_WORDS = frozenset({"আমি", "আমরা", "আমাকে", "আমার"})
# "… বলে জানান", "… বলে মন্তব্য করেন": a new attribution in the sentence (with a light verb only after
# a cue noun: "… বাংলাদেশি বলে সন্দেহ করে" is what someone suspected, told by the same speaker).
_BOLE_RE = re.compile(_B + r"বলে\s+(?:(?:\S+\s+){0,2}?" + _alt(_VERB_FORMS) + "|(?:\\S+\\s+)?"
                      + _alt(tuple(_CUE_NOUNS) + lx.MATTER_NOUNS) + r"(?:\s+\S+)?\s+" + _alt(lx.LIGHT_VERBS) + ")" + _E)


_STRAY_CLOSERS = {"’": "‘", "”": "“"}


def _trim(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """Content without surrounding space; reported speech also without its final stop or comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if kind == "indirect":
        opener = _REPORTER_OPENER.match(text, start, end)
        if opener is not None and opener.end() < end:
            start = opener.end()  # "উল্লেখ্য যে, …", "একইসাথে …": the reporter's link, not the speech
        while end > start and text[end - 1] in ",;:।.-–— ":
            end -= 1
        # a stray closing mark with no opening one in the content ("… যে দলই হোক না কেন?’"): a typo
        while end > start and text[end - 1] in _STRAY_CLOSERS and _STRAY_CLOSERS[text[end - 1]] not in text[start:end]:
            end -= 1
            while end > start and text[end - 1] in " ":
                end -= 1
    else:
        while end > start and text[end - 1] in ", ":
            end -= 1
    return start, end


# The reporter's links that open a sentence of reported content ("উল্লেখ্য যে, … বলে জানান তিনি").
_REPORTER_OPENER = re.compile(r"(?:উল্লেখ্য(?:\s+যে)?|প্রসঙ্গত|একইসাথে|একই\s+সাথে|একইসঙ্গে|একই\s+সঙ্গে|এছাড়াও?|তবে|কিন্তু)"
                              rf"(?![{_LETTERS}])[\s,]*")


def _words(s: str) -> list[str]:
    return re.findall(rf"[{_LETTERS}]+", s)


_SPACE_BEFORE_STOP = re.compile(r"\s+([,।;:!?])")


def _squash(s: str) -> str:
    return " ".join(s.split())


def _mask(text: str, marks: list[_Marked], lo: int = 0, hi: int | None = None) -> str:
    """The text (or text[lo:hi]) with every quotation, marks included, replaced by _MASK."""
    hi = len(text) if hi is None else hi
    parts = []
    at = lo
    for m in marks:
        s, e = max(m.open, lo), min(m.close + 1, hi)
        if e <= s:
            continue
        parts.append(text[at:s])
        parts.append(_MASK * (e - s))
        at = e
    parts.append(text[at:hi])
    return "".join(parts)
