"""Limits of the quote extractor: how far a quotation, a speaker, a walk back or a continuation may
reach. Lengths are in characters of normalised text, counts in words or tokens, as each comment says.
Also the letter classes every regex of the package is built on (`_LETTERS`, `_B`, `_E`) and the
character that stands for a masked quotation (`_MASK`).
"""
from __future__ import annotations

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
# How many words a clause that defines "such … as" (… রাখেন এমন) may have for us to find its start.
MAX_DEFINING_CLAUSE_WORDS = 6
# How many words may name an event between the word that names its title and its locative:
# "‘…’ শীর্ষক এক গোলটেবিল বৈঠকে" (এক, গোলটেবিল).
MAX_TITLED_EVENT_WORDS = 3
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
# Words searched for the name or title that opens a nominal content ("যুগ্ম আহ্বায়ক মনিরা শারমিন | নির্বাচন
# থেকে সরে দাঁড়ানোর ঘোষণা দিয়েছেন"); one who confirms is named with an office and its place, longer
# ("আশুলিয়া ও ধামরাই সার্কেলের সহকারী পুলিশ সুপার মো. রাসেল শেখ | … ভাঙচুরের বিষয়টি নিশ্চিত করেন")
LEADING_SUBJECT_REACH = 8
CONFIRMER_REACH = 12
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
# A relayed report ("জাবেদ হাসান তাঁকে (খলিল) জানিয়েছেন, …"): the pronoun of the one told follows the
# teller's noun phrase (at most MAX_NP_WORDS tokens) and one word that is no part of it ("পরে", "আজ"),
# so it stands within this many tokens of the content's start; the reporter's gloss of who is meant
# closes within this many tokens of its "(": a name of up to three tokens ("(খলিল)", "(মো. খলিল উল্যাহ)").
MAX_TOLD_PRONOUN_REACH = MAX_NP_WORDS + 2
MAX_TOLD_GLOSS_TOKENS = 5
# How many words a quotative "বলে" may stand before its verb when a setting (… সাক্ষাতকারে) is between.
MAX_BOLE_SETTING_WORDS = 10
# How many tokens a quotative "বলে" may stand before its verb when what is between names the speaker
# (… পার করছিলেন বলে তার ব্যক্তিগত চিকিৎসক, দলের স্থায়ী কমিটির সদস্য ডা. এ জেড এম জাহিদ হোসেন জানিয়েছিলেন).
MAX_BOLE_SUBJECT_TOKENS = 16
# Words between a যে-clause's comma and the তা that takes it up: the speaker or the setting ("… যে
# বেশি, অধ্যাপক অমর্ত্য সেন তা …", "…, মন্ত্রিসভার বৈঠকে তা …").
MAX_TAKEN_UP_GAP = 8
# An occasion, time or act opening a clause ("সংবাদ সম্মেলনে | মান্না …") stands among its first this
# many words; an opening "X-এর পর/প্রতিবাদে" (a time or a reason: "… সিদ্ধান্তের প্রতিবাদে | …") among
# this many, digits counting as words.
MAX_LEADING_SETTING_WORDS = 5
MAX_LEADING_GENITIVE_SETTING_WORDS = 14
# How far (in units) back a pronoun prefers the last speaker over other candidates.
PRONOUN_WINDOW = 4
# A request converb reports content only when its main speech verb follows this closely:
# "প্রত্যেককে … আহ্বান জানিয়ে ধর্ম উপদেষ্টা ড. আ ফ ম খালিদ হোসেন বলেন".
MAX_CONVERB_GAP_CHARS = 80
# The longest addressee between a request and its cue: "… জন্য নির্বাচন কমিশন (ইসি) ও সরকারের প্রতি".
MAX_ADDRESSEE_WORDS = 8
# The longest name for an object before a converb: "… করাকে জঘন্য কাজ উল্লেখ করে".
MAX_COMPLEMENT_WORDS = 4
# How many cues after a content's start are read for a new attribution inside it ("… হবে এবং X-এর মতে …",
# "X জানান, A, একইসাথে তিনি … বলেন যে B"); a content longer than this many cues has run on anyway.
MAX_CUES_IN_CONTENT = 25

_LETTERS = r"\w\u0980-\u09FF"
_B = rf"(?<![{_LETTERS}])"
_E = rf"(?![{_LETTERS}])"
_MASK = "\x1e"  # stands for a masked quotation; normalised text never contains it
