"""Speech and report verbs, attribution phrases and source words (owned by core/quotes/).

Every list says where it came from. "Corpus" means the forms were read off the 566 articles of
`../shared/data/corpus/bn_news.jsonl` (Jago News 24, Rising BD, Samakal, BBC Bangla, Dhaka Post, ...) while
writing the quote grammar; "grammar" means the regular Bengali conjugation of the verb (Chalit
bhasha: simple present/past, present perfect, past perfect, progressive, habitual; honorific -েন
and plain forms), which news text uses for people (honorific) and organisations (plain).
Strings are NFC, the normalised form of the article text.
"""
from __future__ import annotations

# --- verbs -------------------------------------------------------------------------------------

# Forms of the simple verbs of saying, telling and writing (বলা, জানানো, লেখা) that introduce or
# close an attribution: "X বলেন, ...", "... বলেন X", "X জানিয়েছে, ...". From the issue text (issue
# 4) plus the grammar of the three verbs; progressive forms (বলছেন, বলছে) are the BBC Bangla habit.
# The entities module and the tagger's features import this name, so it keeps every form of the
# starter list, the bare "বলে" included; core/quotes/vocabulary.py does not take "বলে" for a finite verb (it is
# far more often the quotative complementiser, "... বলে মনে করেন", or a converb): see BOLE_FORMS.
SPEECH_VERBS: tuple[str, ...] = (
    # বলা
    "বলেন", "বলেছেন", "বলেছিলেন", "বললেন", "বলছেন", "বলছিলেন", "বলতেন", "বলেছে", "বলেছিল",
    "বলল", "বললো", "বলছে", "বলছিল", "বলত", "বলে",
    # জানানো
    "জানান", "জানিয়েছেন", "জানিয়েছিলেন", "জানালেন", "জানাচ্ছেন", "জানাচ্ছিলেন", "জানায়",
    "জানিয়েছে", "জানিয়েছিল", "জানাল", "জানালো", "জানাচ্ছে",
    # লেখা (written statements, Facebook posts, letters)
    "লিখেছেন", "লেখেন", "লিখেন", "লিখেছিলেন", "লিখলেন", "লিখছেন", "লিখেছে", "লিখেছিল", "লেখে", "লিখল",
    # spelling variants common in the corpus
    "বলেছিলো", "জানিয়েছিলো", "লিখেছিলো",
)

# Compound verbs of telling: the converb of জানানো/বলা with দেওয়া ("informed", "made clear"):
# "সুপ্রিম কোর্ট জানিয়ে দিয়েছে যে …", "স্পষ্ট বলে দিয়েছেন". Held-out annotations (bn-14e6f84d71) and the
# grammar of দেওয়া; kept apart from SPEECH_VERBS, which the tagger reads word by word.
COMPOUND_SPEECH_VERBS: tuple[str, ...] = (
    "জানিয়ে দেন", "জানিয়ে দিয়েছেন", "জানিয়ে দিয়েছিলেন", "জানিয়ে দিলেন", "জানিয়ে দেয়", "জানিয়ে দিয়েছে",
    "জানিয়ে দিয়েছিল", "জানিয়ে দিল", "জানিয়ে দিলো", "বলে দেন", "বলে দিয়েছেন", "বলে দিলেন", "বলে দিয়েছে",
    "বলে দিল",
    # "reminded": "তিনি মনে করিয়ে দেন, …" (a causative converb with দেওয়া; bench/frames.py found no cue
    # at all in "X মনে করিয়ে দেন, …"). Honorific forms only: a person reminds; with দেয়/দিয়েছে the
    # subject is mostly a thing ("এই পরিসমাপ্তি আমাদের মনে করিয়ে দেয়—…": an event, in an op-ed)
    "মনে করিয়ে দেন", "মনে করিয়ে দিয়েছেন", "মনে করিয়ে দিলেন", "স্মরণ করিয়ে দেন", "স্মরণ করিয়ে দিয়েছেন",
    "স্মরণ করিয়ে দিলেন",
)

# The first word of a cue that reports a view held, not words said: "X-এর মতে", "… বলে মনে করেন X",
# "বিশ্বাস করেন", "ধারণা করছেন". Quoted terms inside such a view are the reporter's, not the holder's
# (opened annotations: of the short quotations inside such views, none is the holder's direct quote:
# ‘নৈতিক বিকল্প শক্তি’, 'অস্থির পরিস্থিতি', 'নতুন বন্দোবস্ত', ‘মেহেদি নাইট’, 'অযাচিত').
VIEW_CUE_WORDS: tuple[str, ...] = ("মতে", "মনে", "বিশ্বাস", "ধারণা", "অভিমত", "ভাষ্যমতে", "দৃষ্টিতে")

# Predicate adjectives of a stance that take a যে-clause as content, the holder their subject: "তবে
# কোচ আশাবাদী যে ডেভিড বিশ্বকাপের জন্য ফিট হয়ে উঠবেন", "প্রধানমন্ত্রী অবশ্য আশাবাদী যে …" (opened
# annotations: open bn-95ab9c3482, jn bn-8d9962be2c). Not নিশ্চিত: "এটা নিশ্চিত যে …" has no holder.
STANCE_ADJECTIVES: tuple[str, ...] = ("আশাবাদী", "আত্মবিশ্বাসী", "আশঙ্কিত", "শঙ্কিত", "উদ্বিগ্ন", "সন্দিহান")

# "Sees it as …": a view reported like a thought, its content before হিসেবে/হিসাবে ("… ভবিষ্যতের জন্য
# ইতিবাচক ইঙ্গিত হিসেবে দেখেন তাসকিন", "… একটি ফ্যাক্টর হিসেবে দেখছেন সাহাব এনাম খান"). Held-out annotations.
SEEING_AS_VERBS: tuple[str, ...] = ("দেখছেন", "দেখেন", "দেখেছেন", "দেখছে", "দেখে", "দেখেছে", "দেখছি", "দেখি")

# Finite forms of the light verbs that make a speech cue with a noun (উল্লেখ করেন, আহ্বান জানান,
# ঘোষণা দেন, প্রশ্ন তোলেন, উদ্বেগ প্রকাশ করেন). From the grammar of করা, দেওয়া, তোলা, রাখা, জানানো;
# জানানো is listed again here because "আহ্বান জানান" is a light-verb use of it.
# The finite forms of দেওয়া, a light verb (ঘোষণা দেন) and an explicator after a converb (স্পষ্ট করে দিয়েছেন).
GIVING_FORMS: tuple[str, ...] = (
    "দেন", "দিয়েছেন", "দিয়েছিলেন", "দিলেন", "দিচ্ছেন", "দেয়", "দিয়েছে", "দিয়েছিল", "দিল",
    "দিলো", "দিচ্ছে",
)
LIGHT_VERBS: tuple[str, ...] = (
    # করা
    "করেন", "করেছেন", "করেছিলেন", "করলেন", "করছেন", "করছিলেন", "করতেন", "করেছে", "করেছিল",
    "করল", "করলো", "করছে", "করছিল", "করে",
    # দেওয়া
    *GIVING_FORMS,
    # তোলা, রাখা
    "তোলেন", "তুলেছেন", "তুললেন", "তুলেছে", "তোলে", "রাখেন", "রেখেছেন", "রাখলেন", "রেখেছে",
    # progressive and past perfect of তোলা: "… সেই প্রশ্নও তুলছেন অনেকে" (opened annotations)
    "তুলছেন", "তুলছে", "তুলেছিলেন", "তুলেছিল",
    # জানানো
    "জানান", "জানিয়েছেন", "জানিয়েছিলেন", "জানালেন", "জানায়", "জানিয়েছে", "জানাল", "জানালো",
)

# Converbs ("having said") of the same verbs: "... উল্লেখ করে X বলেন", "সতর্ক করে দিয়ে তিনি বলেন".
# A clause ending in one is subordinate: its content is reported, its subject is the main clause's.
CONVERBS: tuple[str, ...] = ("করে", "দিয়ে", "জানিয়ে", "তুলে", "বলে", "রেখে")

# What the reporter learnt, closing its content with বলে: "… চোট বেশি গুরুতর নয় বলে জানা গেছে।" (opened
# annotations: a quote, mostly with no speaker, 9 times in 11 over open, jn, lt and ropen). Without
# বলে ("জানা গেছে, …", "জানা যায়, …") the annotators split, and it stays unreported.
LEARNT_PASSIVE_CUES: tuple[str, ...] = ("জানা গেছে", "জানা গিয়েছে", "জানা যায়")
# Passive reports, the speaker named (if at all) by "X-এর পক্ষ থেকে", "X-এর বিজ্ঞপ্তিতে":
# "বিজ্ঞপ্তিতে বলা হয়, ...", "... বলে জানানো হয়". Corpus (166 "বলা হয়", 80 "জানানো হয়").
PASSIVE_CUES: tuple[str, ...] = (
    "বলা হয়েছে", "বলা হয়েছিল", "বলা হয়", "বলা হচ্ছে", "জানানো হয়েছে", "জানানো হয়েছিল", "জানানো হয়",
    "জানানো হচ্ছে", "উল্লেখ করা হয়েছে", "উল্লেখ করা হয়", "দাবি করা হয়েছে", "দাবি করা হয়",
    "অভিযোগ করা হয়েছে", "অভিযোগ করা হয়", "লেখা হয়েছে", "লেখা হয়",
    # only before a comma (see ANNOUNCING_PASSIVE_CUES): "শোকবার্তায় আরও ঘোষণা দেওয়া হয়, …"
    "ঘোষণা দেওয়া হয়েছে", "ঘোষণা দেওয়া হয়", "ঘোষণা দেয়া হয়েছে", "ঘোষণা দেয়া হয়",
    "ঘোষণা করা হয়েছে", "ঘোষণা করা হয়",
    # what was hinted or alleged with no one named: "… বলে আভাস পাওয়া গেছে", "… বলে দাবি উঠেছে"
    # (opened annotations: a quote with no speaker, 5 times in 6). Not "জানা গেছে, …" / "জানা যায়, …"
    # with no source: tried in stops 23 and 25, the annotators split on it and it cost precision more
    # than it gained; closed by বলে it is taken (LEARNT_PASSIVE_CUES)
    "আভাস পাওয়া গেছে", "ইঙ্গিত পাওয়া গেছে", "অভিযোগ পাওয়া যায়", "অভিযোগ পাওয়া গেছে", "ধারণা করা হচ্ছে",
    "ধারণা করা হয়", "দাবি উঠেছে", "অভিযোগ উঠেছে",
) + LEARNT_PASSIVE_CUES  # taken only right after বলে, not negated (core/quotes/state.py)
# Passive announcements report content only when a comma opens it ("শোকবার্তায় আরও ঘোষণা দেওয়া হয়,
# তিন দিনের রাষ্ট্রীয় শোক পালন করা হবে"); without one they announce a thing ("সাধারণ ছুটি ঘোষণা
# করা হয়েছে"). Heldout articles.
ANNOUNCING_PASSIVE_CUES: tuple[str, ...] = tuple(c for c in PASSIVE_CUES if c.startswith("ঘোষণা"))

# Objects of an expressive act that report content when a যেন clause follows after a comma:
# "শেষে তিনি আল্লাহর কাছে প্রার্থনা করেন, যেন তিনি জাতিকে … দান করেন" (a prayer that …). Heldout.
WISHING_OBJECTS: tuple[str, ...] = ("প্রার্থনা", "দোয়া", "কামনা", "মোনাজাত")
WISH_CLAUSE_OPENERS: tuple[str, ...] = ("যেন", "যাতে")

# Nouns that, with a light verb, report what someone said or thinks; the framing is neutral.
# From the issue (উল্লেখ, মন্তব্য, যোগ, আহ্বান, মনে) and the corpus (আশা প্রকাশ, উদ্বেগ প্রকাশ,
# প্রশ্ন তোলেন, ব্যাখ্যা দেন, সতর্ক করেন, স্বীকার করেন, জোর দেন).
NEUTRAL_CUE_NOUNS: tuple[str, ...] = (
    "উল্লেখ", "মন্তব্য", "যোগ", "মনে", "বিশ্বাস", "আশা", "আশাবাদ", "আশঙ্কা", "শঙ্কা", "উদ্বেগ",
    "ব্যাখ্যা", "প্রশ্ন", "সতর্ক", "স্বীকার", "আক্ষেপ", "ক্ষোভ", "জোর", "পরামর্শ", "ইঙ্গিত",
    "প্রত্যাশা", "মত", "মতামত", "বর্ণনা", "নিশ্চিত", "অনুরোধ", "আহ্বান", "ঘোষণা", "প্রতিশ্রুতি",
    "হুঁশিয়ারি", "আশ্বাস", "দুঃখ", "উল্লেখও", "মন্তব্যও", "পূর্বাভাস",
    # made clear: "… কোনো ইচ্ছা নেই বলে স্পষ্ট করেছেন মেসি" (opened annotations)
    "স্পষ্ট",
    # an answer given: "ইসাবেল জবাব দেন, “…”", "তিনি উত্তর দেন, …"
    "জবাব", "উত্তর",
    # labelling someone's words: "… ‘অত্যন্ত দুঃখজনক’ বলে অভিহিত করেন", "… বলে আখ্যা দেন"
    "অভিহিত", "আখ্যা", "আখ্যায়িত", "সম্বোধন",
)

# Cue nouns that report speech only with করা/তোলা ("যোগ করেন" = added, but "যোগ দেন" = joined;
# "মনে করেন" = thinks, "মনে রাখেন" = remembers). From the corpus.
KORA_ONLY_CUE_NOUNS: tuple[str, ...] = (
    "যোগ", "মনে", "বিশ্বাস", "স্বীকার", "উল্লেখ", "মন্তব্য", "বর্ণনা", "সতর্ক", "নিশ্চিত", "অভিহিত",
    "আখ্যায়িত", "সম্বোধন", "উল্লেখও", "মন্তব্যও", "স্পষ্ট",
)

# Verbs of dismissing something as what the words before বলে call it: "… এই প্রচারকে ‘সম্পূর্ণ
# ভিত্তিহীন’ বলে উড়িয়ে দিয়েছেন", "… অভিযোগ মিথ্যা বলে নাকচ করেন". Cues only right after বলে: alone,
# "উড়িয়ে দেয়" is blowing something up and "প্রস্তাব প্রত্যাখ্যান করেন" a proposal turned down, no words
# reported. From the 2013-2015 opened annotations (rifat-train-0350). Finite forms only: "প্রত্যাখ্যান
# করে" may be a converb.
DISMISSING_AFTER_BOLE: tuple[str, ...] = tuple(
    f"{verb} {form}" for verb in ("উড়িয়ে", "নাকচ করে", "প্রত্যাখ্যান করে") for form in GIVING_FORMS
) + tuple(
    f"{noun} {form}" for noun in ("নাকচ", "প্রত্যাখ্যান") for form in LIGHT_VERBS if form != "করে"
)

# Verbs of labelling that call something what a quotation right before বলে or হিসেবে says: "… উত্তরাধিকারকে
# ‘‘জটিল’’ বলেই চিহ্নিত করেছে", "… তাকে 'পশু' ও 'শয়তান' বলে তিরস্কার পর্যন্ত করেছিলেন", "… বিএনপিকে
# ‘বাংলাদেশের স্বার্থের রক্ষক’ হিসেবে উপস্থাপন করেছিলেন" (gold makes each label the labeller's direct
# quote, as with অভিহিত and আখ্যা). Cues only after a quotation: "৬৫টিকে ঝুঁকিপূর্ণ হিসেবে চিহ্নিত করেছে
# পুলিশ" identifies, no words reported. From the opened December annotations (lt, jn).
LABELLING_AFTER_QUOTE: tuple[str, ...] = tuple(
    f"{noun}{emphasis} {form}" for noun in ("চিহ্নিত", "তিরস্কার", "উপস্থাপন") for emphasis in ("", " পর্যন্ত")
    for form in LIGHT_VERBS if form.startswith("কর") and form != "করে"
)

# Nouns whose cue puts the reporter at a distance from the claim ("X দাবি করেন" = X claims,
# "X অভিযোগ করেন" = X alleges). From the issue text. "দাবি জানান" (demanded) is not distancing:
# see `DEMAND_VERBS`.
DISTANCING_CUE_NOUNS: tuple[str, ...] = ("দাবি", "অভিযোগ", "দাবিও", "অভিযোগও")

# Light verbs after দাবি that mean "demand", not "claim" (corpus: "দাবি জানান", "দাবি জানিয়েছেন").
DEMAND_VERBS: tuple[str, ...] = (
    "জানান", "জানিয়েছেন", "জানিয়েছিলেন", "জানালেন", "জানায়", "জানিয়েছে", "জানাল", "জানালো",
)

# States an authority declares something to be, the predicate of a small clause before ঘোষণা করা
# whose subject is what was ruled on: "বাফুফে তাদের সব আয়োজন স্থগিত ঘোষণা করে", "বিচারপতি … আদালত
# চত্বরে মিটিং-মিছিল বেআইনি ঘোষণা করলে" (gold takes these in open and rno; "তাঁকে মৃত ঘোষণা করেন",
# with the object in -কে, names a person's state and is not taken).
DECLARED_STATES: tuple[str, ...] = ("স্থগিত", "বেআইনি", "অবৈধ", "নিষিদ্ধ", "বাতিল")

# Nominal cues (one of NOMINAL_CUE_NOUNS below) of what someone stresses, the genitive clause before
# ওপর/উপর: "… সিদ্ধান্ত গ্রহণের ওপর গুরুত্বারোপ করেন" (opened annotations, open and lt: 2 of 2
# marked, the only two in the corpus).
STRESS_CUE_NOUNS: tuple[str, ...] = ("গুরুত্বারোপ",)

# Nominal cues whose content is a verbal noun in the genitive before them ("... সরে দাঁড়ানোর ঘোষণা
# দেন", "... মেনে চলার আহ্বান জানিয়েছে", "... সম্পর্কচ্ছেদের সিদ্ধান্ত জানান"). From the corpus and
# the dev annotations (ANNOTATION.md counts these as indirect speech); আগ্রহ ("… ফিরে আসার দেখার আগ্রহ
# প্রকাশ করেছেন পেড্রি") from the held-out annotations.
NOMINAL_CUE_NOUNS: tuple[str, ...] = (
    "ঘোষণা", "আহ্বান", "সিদ্ধান্ত", "দাবি", "অনুরোধ", "প্রতিশ্রুতি", "হুঁশিয়ারি", "আশ্বাস", "নির্দেশ",
    "পরামর্শ", "অঙ্গীকার", "আগ্রহ", "নির্দেশনা", "প্রত্যাশা", "ইঙ্গিত",
    # "… সরবরাহ বন্ধের হুমকি দেয়", "… গুড়িয়ে দেওয়ার হুমকি দিয়েছেন তিনি" (a threat made)
    "হুমকি",
    # "… বিভাগীয় মামলা দায়েরের সুপারিশও করে তদন্ত কমিটি" (a recommendation made; rno annotations)
    "সুপারিশ",
    # what someone is accused of, a verbal noun in the genitive: "… জায়গা না পাওয়ার অভিযোগও করেন
    # অনেকে", "… মার্কিন করদাতাদের অর্থ ব্যবহার করার অভিযোগ করেছেন রজার্স" (opened annotations, open
    # and jn: the genitive content marked 4 times in 5 after অভিযোগ করা/তোলা, the one left unmarked made
    # by an unnamed "দেশ দু'টি")
    "অভিযোগ",
) + STRESS_CUE_NOUNS

# Nominal cues of an assurance, whose object names what is assured even when it is a plain noun: "আলাপকালে
# ফজলুল হক সার্বিক সহযোগিতার আশ্বাস দেন" (assured full cooperation). Opened annotations (jn, lt): 2 of
# 2 marked; the corpus holds no such genitive before আশ্বাস that is not a report.
ASSURANCE_CUE_NOUNS: tuple[str, ...] = ("আশ্বাস",)

# "The matter of …": a genitive clause with কথা/বিষয়টি and a verb of saying is reported content, like
# "… সরে দাঁড়ানোর ঘোষণা দেন" ("… স্বতন্ত্র প্রার্থী হওয়ার কথা বলেছেন", "… বিশেষ নজরের কথাও তুলে ধরেন
# জাইমা", "… পাওয়ার বিষয়টি উল্লেখ করে"). Held-out annotations and the corpus (63 occurrences).
MATTER_NOUNS: tuple[str, ...] = ("কথা", "কথাও", "বিষয়টি", "বিষয়টিও")
# "The matter confirmed": a genitive clause before বিষয়টি/খবর and a finite নিশ্চিত করা is the event the
# speaker confirmed ("… নেচারাল ডিজাইনে ভাঙচুরের বিষয়টি নিশ্চিত করেন", "… ১১টি লাশ উদ্ধারের খবর নিশ্চিত
# করেছে"), an addressee in -কে allowed between ("… মৃত্যুর বিষয়টি প্রথম আলোকে নিশ্চিত করেন"). Opened
# annotations (jn, ropen, bko): 4 of 5 marked, the fifth a concessive "… নিশ্চিত করলেও", which is no
# form here. Finite forms only: with an infinitive or a future ("… নিরাপত্তার বিষয়টি নিশ্চিত করতে হবে")
# নিশ্চিত means "ensure"; the non-blind text holds no finite one in that sense.
CONFIRMED_MATTER_NOUNS: tuple[str, ...] = ("বিষয়টি", "বিষয়টিও", "খবর", "খবরটি")
CONFIRMING_FORMS: tuple[str, ...] = (
    "নিশ্চিত করেছেন", "নিশ্চিত করেছে", "নিশ্চিত করেন", "নিশ্চিত করলেন", "নিশ্চিত করেছিলেন",
)
# States one ensures, not events one confirms: "কর্তৃপক্ষ যাত্রীদের নিরাপত্তার বিষয়টি নিশ্চিত করেছে" (ensured
# the passengers' safety); the corpus ensures নিরাপত্তা 24 times, জবাবদিহি and সেবা too.
ENSURED_STATES: tuple[str, ...] = (
    "নিরাপত্তার", "সুরক্ষার", "জবাবদিহির", "জবাবদিহিতার", "স্বচ্ছতার", "সেবার", "চিকিৎসার", "চিকিৎসাসেবার",
)
HIGHLIGHT_VERBS: tuple[str, ...] = ("তুলে ধরেন", "তুলে ধরেছেন", "তুলে ধরলেন", "তুলে ধরেছে", "তুলে ধরে")

# Nouns that make an expressive act with জানানো/বলা, not a report of content: "সমর্থন জানান"
# (expressed support), "শ্রদ্ধা জানিয়ে", "কথা বলেন" (talked). A speech verb right after one of
# them is no cue. Corpus.
NON_SPEECH_OBJECTS: tuple[str, ...] = (
    "সমর্থন", "শুভেচ্ছা", "শ্রদ্ধা", "অভিনন্দন", "ধন্যবাদ", "কৃতজ্ঞতা", "সমবেদনা", "শোক", "প্রতিবাদ",
    "নিন্দা", "স্বাগত", "আমন্ত্রণ", "বিদায়", "দোয়া", "মাগফিরাত", "কথা", "কথাও", "অভিবাদন",
    "সংহতি", "শোকবার্তা", "ফোন", "মোবাইলে", "ইমেইলে", "নাম", "শুভকামনা", "প্রার্থনা", "ক্ষমা",
    "বক্তব্য", "বক্তৃতা", "ভাষণ", "সম্মান", "অভিনন্দনবার্তা",
)

# Acts of speaking that introduce a speaker but report no content ("বক্তব্য দেন X", "কথা বলেছেন X"):
# the speaker is remembered for the pronouns that follow (তিনি বলেন, ...). Corpus.
SPEAKING_ACT_NOUNS: tuple[str, ...] = ("বক্তব্য", "বক্তৃতা", "ভাষণ", "কথা")

# Converb cues that report content ("... উল্লেখ করে X বলেন"); emotive ones (ক্ষোভ প্রকাশ করে) do not.
REPORTING_CONVERB_NOUNS: tuple[str, ...] = (
    "উল্লেখ", "দাবি", "অভিযোগ", "মন্তব্য", "ইঙ্গিত", "আশঙ্কা", "আশা", "প্রশ্ন", "স্বীকার", "ঘোষণা",
)

# Cue nouns that take a finite clause right before them as content with no বলে between, the speaker
# named after the verb: "… গুরুত্বপূর্ণ বিবেচনার বিষয় হবে উল্লেখ করেন বিশ্লেষক মোজাম্মেল হোসেন", "… দল
# ঘুরে দাঁড়াবে মনে করেন রাজা" (opened annotations, BBC Bangla and sports pages).
CLAUSE_BEFORE_CUE_NOUNS: tuple[str, ...] = (
    "উল্লেখ", "উল্লেখও", "মন্তব্য", "মন্তব্যও", "মনে", "দাবি", "দাবিও", "অভিযোগ", "অভিযোগও", "স্বীকার",
    "বিশ্বাস", "আশা", "আশঙ্কা",
)

# Chanting: "আন্দোলনকারীরা ‘…’, ‘…’সহ নানা স্লোগান দিচ্ছেন". Slogans chanted by a named subject are
# their utterances (direct quotes, held-out bn-9f1eade5c6); a slogan with nobody chanting (‘…’
# স্লোগান দেওয়া হয়, ‘…’ স্লোগানে মুখরিত) is a name (ANNOTATION.md). Corpus and grammar of দেওয়া/তোলা.
CHANT_NOUNS: tuple[str, ...] = ("স্লোগান", "স্লোগানও", "শ্লোগান", "শ্লোগানও", "ধ্বনি")
CHANT_VERBS: tuple[str, ...] = (
    "দেন", "দিচ্ছেন", "দিয়েছেন", "দিচ্ছিলেন", "দিলেন", "দেয়", "দিচ্ছে", "দিয়েছে", "দিচ্ছিল", "দিল",
    "দিতে", "তোলেন", "তুলেছেন", "তুলছেন", "তোলে", "তুলছে", "তুলেছে", "তুলে",
)

# Words that may sit between the quotative "বলে" and its verb: "... বলে অনুষ্ঠানে মন্তব্য করেন X",
# "... বলেও মনে করেন". Corpus.
BOLE_FORMS: tuple[str, ...] = ("বলে", "বলেও", "বলেই")

# --- attribution phrases -----------------------------------------------------------------------

# "X-এর মতে, ...", "তার ভাষায়, ...", "রাজীব হায়দারের আশঙ্কা, ...": a genitive speaker, one of
# these nouns, then the content. From the issue text and the corpus (134 "মতে,", "ভাষ্য").
# A body's rules as it issued them, the body named: "নির্বাচন কমিশনের নির্দেশনা অনুযায়ী, …", "…
# কমিশনের ঘোষিত তফসিল অনুযায়ী, …" (held-out annotations: 4 of 4 with the body's name and a comma; not
# "নির্বাচনের তফসিল অনুসারে", whose genitive names no one).
ISSUED_RULES: tuple[str, ...] = ("নির্দেশনা", "তফসিল", "প্রজ্ঞাপন", "আচরণবিধি", "বিধিমালা")
# A source's account or list, cited like its data and, like it, for one sentence: "সমাজ বিশ্লেষকদের বক্তব্য
# অনুযায়ী, …", "খবরের ভাষ্য অনুযায়ী, …", "আন্তর্জাতিক সংবাদমাধ্যমের বিবরণ অনুযায়ী, …", "নির্বাচন কমিশনের প্রকাশিত
# তালিকা অনুযায়ী, …" (opened annotations: 4 of 4 with the genitive and the comma; corpus: 7 with the comma,
# all a source's; run on over the next sentences, "খবরের ভাষ্য" took in the reporter's comment in lt).
ACCOUNTS: tuple[str, ...] = ("বক্তব্য", "ভাষ্য", "বিবরণ", "তালিকা")
# What a source's data says: the document noun and its postposition, or one word.
DATA_ACCORDING_TO: tuple[str, ...] = tuple(
    f"{noun} {post}" for noun in ("তথ্য", "তথ্য-উপাত্ত", "পরিসংখ্যান", "প্রতিবেদন", "হিসাব", "হিসেব", "জরিপ", "গবেষণা")
    + ACCOUNTS + ISSUED_RULES for post in ("অনুযায়ী", "অনুসারে")) + ("তথ্যমতে", "তথ্যানুযায়ী", "হিসাবমতে", "হিসেবমতে")
# Words between the source's genitive and its data: "… ব্যাংকের সর্বশেষ পরিসংখ্যান অনুযায়ী".
DATA_MODIFIERS: tuple[str, ...] = ("সর্বশেষ", "সাম্প্রতিক", "হালনাগাদ", "দেওয়া", "দেয়া", "প্রকাশিত", "বার্ষিক",
                                   "ঘোষিত", "সংশোধিত", "জারি করা", "তৈরি করা")
# By a source's count, in a paper's story: "ক্যাবের হিসাবে, গত বছর …", "এনডিটিভির খবর, দুই সপ্তাহ …".
# Only between a genitive and a comma: elsewhere হিসেবে is "as" and খবর any news (8 in the non-blind
# text, all a source's data or report; 2 annotated in rno).
COUNTED_OR_TOLD: tuple[str, ...] = ("হিসাবে", "হিসেবে", "খবর")

ACCORDING_TO_NOUNS: tuple[str, ...] = (
    "মতে", "ভাষায়", "ভাষ্যমতে", "ভাষ্য", "ভাষ্যে", "দাবি", "অভিযোগ", "আশঙ্কা", "বক্তব্য", "ধারণা",
    "পর্যবেক্ষণ", "বিশ্লেষণ", "মূল্যায়ন", "যুক্তি", "অভিমত", "প্রত্যাশা", "মন্তব্য", "বিশ্বাস",
    "উদ্বেগ", "পরামর্শ",
    # a suspicion or a question voiced: "অনেকের সন্দেহ, শেষ মুহূর্তে …", "অর্থনীতি বিশ্লেষকদের প্রশ্ন, … কতটুকু
    # তোলা সম্ভব" (opened annotations: 2 of 2 with the genitive and the comma, open and bko; the first-person
    # "আমার প্রশ্ন," in jn sits inside a quotation). The question stops where a clause quoting someone else
    # starts ("… যেখানে খোদ গভর্নর বলছেন, …"). Not মত: "X-এর মত," is also "like X,".
    "সন্দেহ", "প্রশ্ন",
    # in someone's eyes, in their experience: "মাহফুজ উল্লাহর দৃষ্টিতে ২০০১-২০০৬ সাল পর্যন্ত … কিছু দুর্বলতা
    # ছিল" (a view like মতে, with or without a comma), "এলাকাবাসীর অভিজ্ঞতা, ডাল কেটে ফেলে …" (opened
    # annotations, both pools)
    "দৃষ্টিতে", "অভিজ্ঞতা",
    # BBC Bangla's "তার কথায়, “…”" (in his words). Corpus: 16.
    "কথায়",
    # data a source gives: "বাংলাদেশ ব্যাংকের সর্বশেষ পরিসংখ্যান অনুযায়ী, …", "পেট্রোবাংলার তথ্যমতে, …"
    # (with the comma only; the project's annotators take these as the source's report, 37 times
    # in 38 over the annotation sets)
    *DATA_ACCORDING_TO,
    *COUNTED_OR_TOLD,
)

# A manner of speaking that no one owns, before ভাষায়/কথায়: "(স্থানীয় ভাষায় ‘পকেট’)", "চলতি ভাষায় ‘…’ বলে
# ডাকা হয়". What follows is a term named in that register, not someone's words (opened annotations:
# the one case, rifat-test-0840's ‘পকেট’, has no quote in the gold).
MANNER_OF_SPEAKING: tuple[str, ...] = (
    "স্থানীয়", "চলতি", "আঞ্চলিক", "প্রচলিত", "সাধারণ", "সহজ", "কথ্য", "লোকজ", "গ্রাম্য", "ডাক্তারি", "আইনি",
    "বৈজ্ঞানিক", "পারিভাষিক", "ইংরেজি", "সাংকেতিক",
)

# Nouns of what someone said, which after the speaker's genitive and a comma give the words themselves:
# "তাঁর প্রশ্ন, ‘…’", "রাজার কথা, ‘…’", "তার স্পষ্ট উত্তর, "…"", "সাফ সম্পাদকের মন্তব্য, ‘…’". Corpus and
# news usage; unlike ACCORDING_TO_NOUNS they take a quotation only (a reported clause after "X-এর প্রশ্ন,"
# is often the question of others' words).
QUOTED_SPEECH_NOUNS: tuple[str, ...] = (
    "প্রশ্ন", "জবাব", "উত্তর", "কথা", "আক্ষেপ", "মন্তব্য", "বক্তব্য", "ভাষ্য", "দাবি", "অভিযোগ", "যুক্তি",
    "প্রতিক্রিয়া", "ব্যাখ্যা", "পরামর্শ", "আহ্বান", "অনুরোধ", "সতর্কবার্তা", "বার্তা",
)

# Attribution nouns whose framing is distancing ("X-এর দাবি, ..." = X claims).
DISTANCING_ACCORDING_TO: tuple[str, ...] = ("দাবি", "অভিযোগ")

# Source attributions: "X-এর বরাত দিয়ে", "X-কে উদ্ধৃত করে", "X সূত্রে জানা গেছে", "X সূত্র জানায়".
# From the issue text and the corpus.
# What someone said, quoted by a relaying outlet: "X-এর এক বিবৃতি উদ্ধৃত করে Y জানিয়েছে, …" is X's.
# Opened annotations (open bn-60b15d61c8).
QUOTED_STATEMENTS: tuple[str, ...] = ("বিবৃতি", "বক্তব্য", "উক্তি", "মন্তব্য", "সাক্ষাৎকার")
CITING_PHRASES: tuple[str, ...] = ("বরাত দিয়ে", "বরাতে", "উদ্ধৃতি দিয়ে", "উদ্ধৃত করে")
SOURCE_PHRASES: tuple[str, ...] = (
    "সূত্রে জানা গেছে", "সূত্রে জানা যায়", "সূত্রে জানা গিয়েছে", "সূত্রে জানা যাচ্ছে",
    "সূত্র জানায়", "সূত্র জানিয়েছে", "সূত্র বলছে", "সূত্র বলেছে", "সূত্রমতে", "সূত্র মতে",
)
# What was learnt from a named office or document, or by talking to named people, is theirs like a
# "সূত্রে জানা গেছে": "জেলা রিটার্নিং কর্মকর্তার কার্যালয় থেকে জানা গেছে, …", "নিহত ব্যক্তিদের স্বজনদের
# সঙ্গে কথা বলে জানা গেছে, …". Opened annotations mark all five (bko, ropen); with no one named
# ("জানা গেছে, …") it stays unreported, as the annotators split on that.
LEARNT_FROM_PHRASES: tuple[str, ...] = tuple(
    f"{how} জানা {went}" for how in ("থেকে", "কথা বলে") for went in ("গেছে", "যায়", "গিয়েছে"))
# The postpositions of the people talked to, left out of their name ("স্বজনদের সঙ্গে কথা বলে").
TALKED_WITH_POSTPOSITIONS: tuple[str, ...] = ("সঙ্গে", "সাথে", "কাছ", "কাছে")

# Objects that point back at what was just reported: "এ তথ্য জানান X", "এসব কথা বলেন তিনি".
# Corpus (20 "এ তথ্য জানান", 23 "এসব কথা বলেন").
ANAPHORIC_DETERMINERS: tuple[str, ...] = ("এ", "এই", "এসব", "এমন", "ওই", "সেই", "একথা", "এসময়")
ANAPHORIC_OBJECTS: tuple[str, ...] = ("তথ্য", "কথা", "মন্তব্য", "বক্তব্য", "ঘোষণা", "অভিযোগ", "দাবি", "আহ্বান")
# Objects that point back on their own, without এ/এসব ("কথাগুলো বলছিলেন আব্দুল হক").
ANAPHORIC_OBJECTS_ALONE: tuple[str, ...] = ("কথাগুলো", "কথাগুলি", "একথা", "এসব", "এমনটা", "এমনটি", "এগুলো", "সেকথা",
                                          "তথ্যটি", "তথ্যগুলো", "এমনটাই", "এমনটিই")

# Participles of issuing between an issuer's "X থেকে" and its document ("মন্ত্রণালয় থেকে জারিকৃত এক
# প্রজ্ঞাপনে", "বিভাগ থেকে পাঠানো বিজ্ঞপ্তিতে"); "জারি করা" / "প্রকাশ করা" are two words, matched by their
# first. Opened annotations (open bn-9b7a54a47a, jn bn-dcfc2cacb7).
ISSUED_PARTICIPLES: tuple[str, ...] = (
    "জারিকৃত", "প্রকাশিত", "পাঠানো", "প্রেরিত", "প্রচারিত", "দেওয়া", "দেয়া",
)

# Documents whose content is reported by a passive cue ("বিজ্ঞপ্তিতে বলা হয়"); their issuer is the
# speaker. Corpus.
DOCUMENT_WORDS: tuple[str, ...] = (
    "বিজ্ঞপ্তি", "সংবাদবিজ্ঞপ্তি", "বিবৃতি", "শোকবার্তা", "বার্তা", "পোস্ট", "চিঠি", "প্রতিবেদন",
    "স্ট্যাটাস", "প্রজ্ঞাপন", "বিবরণী", "নোটিশ", "ঘোষণাপত্র", "পরিপত্র", "সার্কুলার", "ইশতেহার", "রায়",
    # a social-media page: "আওয়ামী লীগের ফেসবুক পেজে লেখা হয়, …"
    "পেজ", "পেইজ",
    # a website: "ইসির ওয়েবসাইটের তথ্য অনুযায়ী, …" is the commission's
    "ওয়েবসাইট",
    # a directive (বাংলাদেশ ব্যাংকের নির্দেশনায় বলা হয়েছে, …)
    "নির্দেশনা",
    # rules, plans and agreements whose wording a report gives ("নতুন আচরণবিধিতে বলা হয়, …",
    # "পরিকল্পনায় বলা হয়েছে, …"); opened annotations credit their issuer. Not a case's filing (মামলার
    # এজাহারে): the one who filed it is rarely named as its subject
    "আচরণবিধি", "বিধিমালা", "সংবিধান", "চুক্তি", "স্মারকলিপি", "পরিকল্পনা", "অধ্যাদেশ", "গেজেট", "গবেষণা",
    # a fact sheet, a press note, an affidavit, a charge sheet ("মার্কিন দূতাবাসের দেওয়া তথ্যপত্রে জানানো
    # হয়েছে, …", "হলফনামায় বলা হয়েছে, …"); found with make probe
    "তথ্যপত্র", "প্রেসনোট", "হলফনামা", "অভিযোগপত্র",
    # a petition to a court, its filer's ("দুদকের আইনজীবী মোশাররফ হোসেনের করা আবেদনে বলা হয়, …")
    "আবেদন",
)

# --- who speaks --------------------------------------------------------------------------------

# Personal pronouns that can be the subject of a speech verb and are resolved to a speaker.
# Bengali grammar (honorific তিনি/উনি/তাঁরা and plain সে/ওরা) plus the emphatic -ও/-ই forms.
SINGULAR_PRONOUNS: tuple[str, ...] = ("তিনি", "তিনিও", "তিনিই", "উনি", "উনিও", "সে", "সেও")
PLURAL_PRONOUNS: tuple[str, ...] = ("তারা", "তাঁরা", "তারাও", "তাঁরাও", "ওনারা", "তারাই")
# Genitive pronouns before an attribution noun ("তার মতে", "তাঁর ভাষায়").
GENITIVE_PRONOUNS: tuple[str, ...] = ("তার", "তাঁর", "তাদের", "তাঁদের", "ওনার", "উনার", "তারও", "তাঁরও")
PLURAL_GENITIVE_PRONOUNS: tuple[str, ...] = ("তাদের", "তাঁদের")
# Relative pronouns ("মার্কিন কর্মকর্তারা, যারা বলেছিলেন ...") take the noun phrase before them.
RELATIVE_PRONOUNS: tuple[str, ...] = ("যিনি", "যারা", "যাঁরা")
# A noun phrase with -টি/-টা pointing back at an organisation: "সংস্থাটি জানায়", "দলটির মতে".
DEMONSTRATIVE_ORG_SUFFIXES: tuple[str, ...] = ("টি", "টির", "টা", "টার")
# What closes a clause before a pronoun that switches its subject away: the passive's copula ("… রাখা
# হলো, তখন তিনি"), and the reporter's own "we" or "I" as the clause's subject. Bengali grammar.
PASSIVE_CLAUSE_CLOSERS: tuple[str, ...] = ("হলো", "হল", "হয়", "হয়েছিল")
REPORTER_PRONOUNS: tuple[str, ...] = ("আমি", "আমরা")

# Kin and other relations to someone else, which news writes before a name like a title ("তার মা
# আলজিন", "মওলানা ভাসানীর নাতি আজাদ খান ভাসানী", "তার এক কাকা রিয়াকুল শেখ") but which are no office:
# a quote's role stays empty for them (an editor's Sources page lists posts, not family ties).
KIN_AND_RELATION_WORDS: tuple[str, ...] = (
    "মা", "বাবা", "ভাই", "বোন", "স্ত্রী", "স্বামী", "ছেলে", "মেয়ে", "নাতি", "নাতনি", "দাদা", "দাদি",
    "চাচা", "মামা", "খালা", "ফুফু", "পুত্র", "কন্যা", "বন্ধু", "প্রতিবেশী", "সহকর্মী", "কাকা", "কাকি",
    "ভাতিজা", "ভাতিজি", "ভাগনে", "ভাগ্নে", "ভাগনি", "ভাগ্নি", "শ্বশুর", "শাশুড়ি", "জামাই", "চাচি", "মামি",
)

# Endings of epithets that stand before a name like a title but name a liking, not a post
# ("প্রাণীপ্রেমী জাইমা", "সংগীতপ্রেমী"): no role.
EPITHET_ENDINGS: tuple[str, ...] = ("প্রেমী",)

# A speaker's owner written as a word that points back to a body named before ("দলটির আহ্বায়ক",
# "সে দেশের পররাষ্ট্রমন্ত্রী", "মঞ্চের নেতাকর্মীরা"), in the nominative an affiliation is written in,
# with the kind of body it means: a party, a country, or an organisation whose name ends in the same
# word (ইনকিলাব মঞ্চ, প্রাণ-আরএফএল গ্রুপ). An editor grouping quotes by affiliation must not see the
# speakers of three parties pooled under "দলটি". Bengali grammar (the demonstratives, -টি).
# The pointers are the demonstratives below before দল or দেশ, and the words with -টি. "সে দল" and
# "এ দল" are not written; "এ দেশ" and "এই দেশ" are the writer's own country (UNPLACED_OWNERS).
#
# The speaker finder reads the same demonstratives more loosely (core.quotes.phrases._anaphoric_owner):
# any two-word owner opened by one ("সে দেশের প্রধানমন্ত্রী", "এ দেশের") is the one spoken of, so
# "এ"/"এই" point back there too, while উক্ত ("the said") is read only here.
POINTING_DEMONSTRATIVES: tuple[str, ...] = ("সে", "সেই", "ওই", "এ", "এই")
# Owners that name no body an editor can group by and point back to none: "এ দেশের রপ্তানিকারক",
# "দেশের প্রধান উপদেষ্টা" (the writer's own country, not the one named last).
UNPLACED_OWNERS: tuple[str, ...] = ("দেশ", "এ দেশ", "এই দেশ")
POINTING_OWNERS: dict[str, str] = {
    "দল": "party", "দলটি": "party", "উক্ত দল": "party",
    **{f"{d} দল": "party" for d in POINTING_DEMONSTRATIVES if d not in ("সে", "এ")},
    "দেশটি": "country", "উক্ত দেশ": "country",
    **{f"{d} দেশ": "country" for d in POINTING_DEMONSTRATIVES if f"{d} দেশ" not in UNPLACED_OWNERS},
    "মঞ্চ": "মঞ্চ", "মঞ্চটি": "মঞ্চ", "গ্রুপ": "গ্রুপ", "গ্রুপটি": "গ্রুপ", "জোট": "জোট", "জোটটি": "জোট",
}
# What the last word of a party's name ends in (জাতীয় নাগরিক পার্টি, আওয়ামী লীগ, ইসলামী ঐক্যজোট,
# জাতীয়তাবাদী ছাত্রদল, জাতীয় ঐক্যফ্রন্ট), for parties no gazetteer lists. Bengali party names.
PARTY_NAME_ENDINGS: tuple[str, ...] = ("পার্টি", "লীগ", "দল", "জোট", "ফ্রন্ট")
# Words before a pointing owner that make it someone else's or some other body than the one named
# last: "তার দলের চেয়ারম্যান" (the person's party), "অন্য দলের", "নিজ দলের". Bengali grammar.
OTHER_OWNER_WORDS: tuple[str, ...] = (
    "তার", "তাঁর", "তাদের", "তাঁদের", "ওনার", "উনার", "ওঁর", "ওর", "যার", "যাঁর", "যাদের", "যাঁদের", "আমার",
    "আমাদের", "আপনার", "আপনাদের", "তোমার", "তোমাদের", "নিজ", "নিজের", "নিজেদের", "অন্য", "অন্যান্য", "অপর",
    "আরেক", "একই", "প্রতিপক্ষ", "প্রতিদ্বন্দ্বী", "বিরোধী", "শরিক", "সহযোগী", "কোন", "কোনো", "প্রতিটি",
    "প্রত্যেক", "সব", "সকল", "উভয়", "দুই",
)

# A party's portfolios that end in -র like a genitive and open a post ("দলের দপ্তর সম্পাদক", "বিএনপির
# প্রচার সম্পাদক"): part of the title, not its owner (which read দপ্ত, প্রচা). Party constitutions; corpus.
PORTFOLIOS_IN_R: tuple[str, ...] = ("দপ্তর", "দফতর", "প্রচার")

# Titles of two words whose first is a body (সংসদ), read as one post: "সাবেক সংসদ সদস্য" is a former
# member of parliament, not a member of "সাবেক সংসদ".
COMPOUND_TITLES: tuple[str, ...] = ("সংসদ সদস্য",)

# Where a speaker speaks, which a title phrase can take in from before it ("কমিটির বৈঠক শেষে
# বাংলাদেশ ব্যাংকের গভর্নর", "সাংবাদিকদের সঙ্গে আলাপকাল মন্ত্রিপরিষদ সচিব" with আলাপকালে misspelt):
# the setting of the words, never the first word of the body the speaker belongs to. Corpus.
SPEAKING_OCCASIONS: tuple[str, ...] = (
    "বৈঠক", "আলাপকাল", "আলাপকালে", "সভা", "সম্মেলন", "অনুষ্ঠান", "সমাবেশ", "ব্রিফিং", "সাক্ষাৎকার",
    "মতবিনিময়", "সেমিনার", "কর্মশালা", "পরদিন", "শেষে",
)

# Titles, offices and occupations that precede a name in apposition (ক্রেমলিনের মুখপাত্র দিমিত্রি
# পেসকভ, বিটিএমএ সভাপতি শওকত আজিজ রাসেল). A token ending in one of these counts (পররাষ্ট্রমন্ত্রী,
# রিকশাচালক). From the dev articles and the corpus; kin words are here because news text uses
# them the same way (তার মা আলজিন, মওলানা ভাসানীর নাতি আজাদ খান ভাসানী).
ROLE_WORDS: tuple[str, ...] = (
    "মুখপাত্র", "মন্ত্রী", "প্রতিমন্ত্রী", "উপমন্ত্রী", "উপদেষ্টা", "সচিব", "সভাপতি", "সভাপতিত্ব",
    "সম্পাদক", "পরিচালক", "মহাপরিচালক", "ব্যবস্থাপক", "অধিনায়ক", "কোচ", "চেয়ারম্যান",
    "চেয়ারপারসন", "চেয়ারপার্সন", "আহ্বায়ক", "আহবায়ক", "সমন্বয়ক", "সমন্বয়কারী", "সদস্য", "নেতা",
    "নেত্রী", "কর্মকর্তা", "বিশ্লেষক", "বিশেষজ্ঞ", "অধ্যাপক", "শিক্ষক", "গবেষক", "রাষ্ট্রদূত",
    "হাইকমিশনার", "প্রেসিডেন্ট", "রাষ্ট্রপতি", "গভর্নর", "কমিশনার", "মেয়র", "এমপি", "প্রার্থী",
    "পদপ্রার্থী", "আইনজীবী", "চিকিৎসক", "ডাক্তার", "ওপেনার", "ব্যাটার", "ব্যাটসম্যান", "বোলার",
    "অলরাউন্ডার", "খেলোয়াড়", "কিপার", "গোলরক্ষক", "ক্রিকেটার", "ফুটবলার", "অভিনেতা", "অভিনেত্রী",
    "প্রযোজক", "নির্মাতা", "লেখক", "কবি", "সাংবাদিক", "প্রতিনিধি", "উপাচার্য", "ইমাম", "বাসিন্দা",
    "চালক", "ব্যবসায়ী", "কৃষক", "শ্রমিক", "দোকানি", "শিক্ষার্থী", "ছাত্র", "প্রতিষ্ঠাতা", "সিইও",
    "কমান্ডার", "সেনাপ্রধান", "বিচারপতি", "বিচারক", "প্রসিকিউটর", "কৌঁসুলি", "সুপার", "ওসি", "এসআই", "এএসআই", "এএসপি",
    "কাউন্সিলর", "কাউন্সেলর", "ম্যানেজার", "মালিক", "অর্থনীতিবিদ", "রাজনীতিবিদ", "পর্যবেক্ষক", "সংগঠক", "আমির",
    "আমীর", "ট্রেজারার", "প্রধান", "প্রধানমন্ত্রী", "মুখ্যমন্ত্রী", "সেক্রেটারি", "ডিরেক্টর",
    "অফিসার", "ইনচার্জ", "পরিদর্শক", "উপপরিদর্শক", "সহকারী", "কর্মী", "প্রেসসচিব", "স্পিকার",
    "চ্যান্সেলর", "ভাইস-চ্যান্সেলর", "মহাসচিব", "যুগ্ম-মহাসচিব", "সম্পাদিকা", "অধ্যক্ষ", "শিল্পী",
    "গায়ক", "গায়িকা", "নায়ক", "নায়িকা", "আম্পায়ার", "কিউরেটর", "নির্বাচক", "পরিচালিকা",
    # people described by what they are doing ("২২ বছর বয়সী দর্শক আকাশ সেন", "রিকশাচালক সালেহ আহমদ")
    "দর্শক", "সমর্থক", "যাত্রী", "ভোটার", "পথচারী", "ছাত্রী", "গৃহিণী", "দোকানদার", "বিক্রেতা", "ক্রেতা",
    "রোগী", "স্বজন", "প্রত্যক্ষদর্শী", "ভুক্তভোগী", "অভিভাবক", "চাকরিজীবী", "তরুণ", "তরুণী", "যুবক",
    "কিশোর", "কিশোরী", "গ্রাহক", "আমানতকারী", "উদ্যোক্তা", "মেম্বর", "মেম্বার", "মাঝি", "জেলে", "চাষি",
    "তারকা", "মিডফিল্ডার", "ফরোয়ার্ড", "ডিফেন্ডার", "স্ট্রাইকার", "পেসার", "স্পিনার", "গোলকিপার",
    "উইকেটকিপার", "প্রোপাইটর", "প্রোপ্রাইটর", "স্বত্বাধিকারী", "এমডি", "চিফ", "সংবাদদাতা", "কূটনীতিক",
    *KIN_AND_RELATION_WORDS, "মুয়াজ্জিন",
    # Bangladesh's administration and police, as the entities' title list has them (জেলা প্রশাসক মো.
    # আব্দুল হান্নান, ইউএনও …, সিভিল সার্জন …)
    "প্রশাসক", "ইউএনও", "ডিসি", "এসপি", "এডিসি", "আইজিপি", "ডিআইজি", "সিইসি", "ম্যাজিস্ট্রেট", "সার্জন",
    "প্রক্টর", "রেজিস্ট্রার", "প্রকৌশলী", "মহাব্যবস্থাপক",
    # epithets that stand before a name the same way ("প্রাণীপ্রেমী জাইমা", held-out bn-0a65ffb35a)
    "প্রেমী", "অ্যাটর্নি", "ইতিহাসবিদ", "বিজ্ঞানী", "নির্দেশক",
)

# Titles that are also given names: "জামায়াতের আমির শফিকুর রহমান" (an office, with its organisation
# before it) but "প্রার্থী আমীর খসরু মাহমুদ চৌধুরী", "আমীর খসরু বলেন" (his name). Held-out bn-e3ed8ffcad.
NAME_LIKE_ROLES: tuple[str, ...] = ("আমীর", "আমির")

# Words before a role that belong to the role itself, not to the affiliation (সাবেক সভাপতি,
# ভারপ্রাপ্ত চেয়ারম্যান, সিনিয়র যুগ্ম মহাসচিব). Corpus.
ROLE_MODIFIERS: tuple[str, ...] = (
    "সাবেক", "প্রাক্তন", "ভারপ্রাপ্ত", "প্রধান", "সহকারী", "উপ", "যুগ্ম", "সিনিয়র", "ভাইস", "জ্যেষ্ঠ",
    "অতিরিক্ত", "নির্বাহী", "সাধারণ", "সাংগঠনিক", "কেন্দ্রীয়", "স্থায়ী", "বর্তমান", "নবনির্বাচিত",
    "দায়িত্বপ্রাপ্ত", "মুখ্য", "সহ", "অবসরপ্রাপ্ত", "স্থানীয়", "তৎকালীন", "সদ্য", "কার্যনির্বাহী",
)

# Honorifics and forms of address that are not part of a canonical name (ANNOTATION.md: ড.,
# মওলানা, বেগম, অ্যাডভোকেট; BBC Bangla writes মি./মিজ before surnames). core.lexicon.HONORIFICS
# plus the forms of address seen in the corpus.
ADDRESS_FORMS: tuple[str, ...] = (
    "মি.", "মিজ", "মিস", "মিসেস", "মিস্টার", "মি:", "জনাব", "ড.", "ডা.", "ডক্টর", "মওলানা", "মাওলানা",
    "বেগম", "অ্যাডভোকেট", "এডভোকেট", "শ্রী", "শ্রীমতী", "আলহাজ্ব", "আলহাজ", "হাজী", "মুফতি",
    "প্রফেসর", "অধ্যাপক", "ব্যারিস্টার", "প্রকৌশলী", "কমরেড", "শহীদ", "মরহুম", "দেশনেত্রী",
    # military and police ranks (লেফটেন্যান্ট জেনারেল (অব.) জাহাঙ্গীর আলম চৌধুরী)
    "লেফটেন্যান্ট", "জেনারেল", "মেজর", "কর্নেল", "ক্যাপ্টেন", "ব্রিগেডিয়ার", "এয়ার", "ভাইস", "মার্শাল",
    "অ্যাডমিরাল", "কমোডর", "স্কোয়াড্রন", "লিডার", "সার্জেন্ট", "অব.",
)

# Phrases that make a source anonymous (নাম প্রকাশে অনিচ্ছুক রাশিয়ান সরকারী সূত্র); they belong to the
# noun phrase after them (the walk over case endings would stop at প্রকাশে). Seed article and corpus.
ANONYMOUS_PREFIXES: tuple[str, ...] = (
    "নাম প্রকাশে অনিচ্ছুক", "নাম প্রকাশ না করার শর্তে", "নাম না প্রকাশের শর্তে", "পরিচয় প্রকাশে অনিচ্ছুক",
    "পরিচয় গোপন রাখার শর্তে",
)

# Collective and plural sources (বিশ্লেষকরা, সংশ্লিষ্টরা, অনেকে), from the corpus; other plurals are
# recognised by their ending (-রা/-েরা on a title, -গুলো, -বৃন্দ) in core/quotes/phrases.py.
GROUP_WORDS: tuple[str, ...] = (
    "অনেকে", "অনেকেই", "অনেকেও", "কেউ কেউ", "কেউ", "সবাই", "সংশ্লিষ্টরা", "বিশ্লেষকরা", "বিশেষজ্ঞরা", "স্থানীয়রা",
    "বাসিন্দারা", "নেতারা", "কর্মকর্তারা", "সমালোচকরা", "শিক্ষার্থীরা", "ব্যবসায়ীরা", "জনতা",
    "নেতাকর্মীরা", "ভুক্তভোগীরা", "প্রত্যক্ষদর্শীরা", "পরিবার", "স্বজনরা", "এলাকাবাসী",
    "আন্দোলনকারীরা", "বিক্ষোভকারীরা", "অবরোধকারীরা", "মিছিলকারীরা", "প্রতিবাদকারীরা", "অংশগ্রহণকারীরা",
    # the speakers of a meeting, and people by trade ("সভায় বক্তারা … সমালোচনা করে বলেন")
    "বক্তারা", "শ্রমিকরা", "কৃষকরা", "চিকিৎসকরা", "চিকিৎসকেরা", "আইনজীবীরা", "উদ্যোক্তারা", "ভোটাররা",
    "অভিভাবকরা", "শিক্ষকরা", "যাত্রীরা", "ক্রেতারা", "বিক্রেতারা", "গ্রাহকরা", "কর্মীরা", "সদস্যরা",
)
# A body of opinion rather than one voice: some or many (অনেকে, কেউ কেউ, কিছু …) or those who comment
# for a living (বিশ্লেষকরা, বিশেষজ্ঞরা, অর্থনীতিবিদেরা). Their view is summed up in a sentence and the
# reporter goes on in their own voice: of 49 such views annotated in the opened sets, 46 are one
# sentence long.
OPINION_QUANTIFIERS: tuple[str, ...] = (
    "অনেকে", "অনেকেই", "অনেকেও", "কেউ", "কেউই", "কিছু", "অনেক", "কারও", "কারো", "অধিকাংশ", "অধিকাংশই",
)
COMMENTATOR_STEMS: tuple[str, ...] = (
    "বিশ্লেষক", "বিশেষজ্ঞ", "অর্থনীতিবিদ", "পর্যবেক্ষক", "সমালোচক", "রাজনীতিবিদ", "গবেষক",
)
# Postpositions that take a genitive ("… ওষুধের প্রসঙ্গে বলেছেন", "… পাম বন্ডির উদ্দেশে লিখেছেন"): the
# genitive phrase before them is never the subject of the verb that follows. Grammar.
GENITIVE_POSTPOSITIONS: tuple[str, ...] = (
    "উদ্দেশে", "উদ্দেশ্যে", "প্রসঙ্গে", "বিষয়ে", "ব্যাপারে", "সম্পর্কে", "জন্য", "পক্ষে", "বিরুদ্ধে", "প্রতি",
    "কাছে", "সঙ্গে", "সাথে", "মধ্যে", "ওপর", "উপর", "নেতৃত্বে", "আমলে",
    # where in a text or event, or when ("পুতুল তার লেখার শুরুতে বলেন", "… ২০১৯ সালের শুরুর দিকে বলেন")
    "শুরুতে", "শেষে", "সমাপনীতে", "দিকে",
)

# Postpositions after a genitive name that make the person an adjunct of the sentence, not what it is
# about ("সাকিবের সঙ্গে … অমিল আছে তামিমের", "তাসনিম জারার মতো তিনি …"): the genitive topic of a
# sentence before a তিনি is never one of these.
ADJUNCT_POSTPOSITIONS: tuple[str, ...] = (
    "মতো", "মত", "সঙ্গে", "সাথে", "কাছে", "কাছ", "বিরুদ্ধে", "পক্ষে", "পক্ষ", "হয়ে", "বদলে", "পরিবর্তে",
    "বিপক্ষে", "জন্য",
)
# The one told, when a speaker passes on what someone told them ("X জানান, Y তাঁকে ফোন করেছিলেন যে
# …"): the speaker themself, as a personal pronoun in -কে.
TOLD_PRONOUNS: tuple[str, ...] = ("তাকে", "তাঁকে", "আমাকে", "আমাদেরকে", "ওকে", "ওঁকে")

# Collective subjects that take no modifier but a genitive ("গ্রামের স্থানীয়রা"): words before them
# that are not genitive belong to something else ("… সর্বাত্মক অবরোধ স্থানীয়রা জানান", a headline
# glued to the sentence). Corpus.
STANDALONE_GROUPS: tuple[str, ...] = ("স্থানীয়রা", "এলাকাবাসী", "সংশ্লিষ্টরা", "অনেকে", "অনেকেও", "সবাই", "কেউ")

# Words before a noun that make the phrase a collective ("বিভিন্ন গোষ্ঠী", "অনেক বিশেষজ্ঞ").
GROUP_DETERMINERS: tuple[str, ...] = ("বিভিন্ন", "অনেক", "কয়েকজন", "একাধিক", "সব", "সকল", "বহু", "অধিকাংশ")

# Media outlets and media words: the source type "media", and an addressee that is not the
# speaker (বিবিসি বাংলাকে বলেন X). From the corpus outlets and the wire services it cites.
MEDIA_WORDS: tuple[str, ...] = (
    "মিডিয়া", "গণমাধ্যম", "সংবাদমাধ্যম", "সংবাদ সংস্থা", "বার্তা সংস্থা", "সংবাদ সংস্থাগুলি",
    "নিউজ", "টাইমস", "পত্রিকা", "টেলিভিশন", "টিভি", "চ্যানেল", "রেডিও", "বিবিসি", "রয়টার্স",
    "এএফপি", "এপি", "আল জাজিরা", "আলজাজিরা", "সিএনএন", "বাসস", "ইউএনবি", "প্রথম আলো", "যুগান্তর",
    "সমকাল", "জাগো নিউজ", "ঢাকা পোস্ট", "রাইজিংবিডি", "বার্তা২৪", "নয়া দিগন্ত", "কালের কণ্ঠ",
    "ইত্তেফাক", "ডেইলি স্টার", "গার্ডিয়ান", "পোস্ট", "এজেন্সি", "TASS", "তাস", "কিয়োডো",
    "সংবাদপত্র", "ওয়েবসাইট", "ট্রিবিউন", "হেরাল্ড", "জার্নাল", "অনলাইন", "ইয়োনহাপ", "স্পুটনিক",
    "রিয়া", "সিনহুয়া", "ব্লুমবার্গ",
)
# First words of multiword media names that are addressees (বিবিসি বাংলাকে, জাগো নিউজকে).
MEDIA_FIRST_WORDS: tuple[str, ...] = (
    "বিবিসি", "জাগো", "ঢাকা", "প্রথম", "রাইজিংবিডি", "বার্তা২৪", "কালের", "নয়া", "ডেইলি", "আল",
    "দৈনিক", "সময়", "চ্যানেল", "একাত্তর", "ডয়চে", "ভয়েস",
)

# Organisation and government words: the source type "organisation" (মন্ত্রণালয়, বোর্ড, ক্রেমলিন).
# From the dev gold entities and the corpus.
ORGANISATION_WORDS: tuple[str, ...] = (
    "মন্ত্রণালয়", "সরকার", "বোর্ড", "ফেডারেশন", "কমিশন", "পুলিশ", "দল", "পার্টি", "বিভাগ",
    "অধিদপ্তর", "অধিদফতর", "দপ্তর", "দফতর", "ব্যাংক", "সংস্থা", "সংগঠন", "কমিটি", "পরিষদ",
    "অ্যাসোসিয়েশন", "সমিতি", "কর্তৃপক্ষ", "কার্যালয়", "ক্রেমলিন", "হোয়াইট হাউস", "জাতিসংঘ",
    "বাহিনী", "আদালত", "ট্রাইব্যুনাল", "বিশ্ববিদ্যালয়", "হাসপাতাল", "কোম্পানি", "লিমিটেড", "ক্লাব",
    "ফ্র্যাঞ্চাইজি", "ইউনিয়ন", "লীগ", "লিগ", "জোট", "ফ্রন্ট", "সেন্টার", "ইনস্টিটিউট", "ফাউন্ডেশন",
    "কাউন্সিল", "ডিপার্টমেন্ট", "প্রশাসন", "র্যাব", "বিজিবি", "আইএসপিআর", "সচিবালয়",
    "দূতাবাস", "হাইকমিশন", "মিশন", "সেনাবাহিনী", "ইসি", "দুদক", "বিসিবি", "বাফুফে", "বিএনপি",
    "জামায়াত", "এনসিপি", "আওয়ামী লীগ", "ফিফা", "আইসিসি", "স্টেট ডিপার্টমেন্ট", "পেন্টাগন",
    "অফিস", "কর্তৃপক্ষের", "গ্রুপ", "গোষ্ঠী", "মঞ্চ", "পরিষদ", "প্ল্যাটফর্ম", "সংসদ", "মন্ত্রিসভা", "উইং", "শাখা", "সেল", "থানা", "কমান্ড",
    # English heads in Bengali script (found by putting the corpus's organisations in attribution
    # frames: "স্টুডেন্টস কেয়ার সোসাইটি জানায়" had no speaker, its -টি read as "the matter")
    "সোসাইটি", "ইউনিভার্সিটি", "অথরিটি", "অথোরিটি", "এজেন্সি", "কর্পোরেশন", "করপোরেশন", "ট্রাস্ট", "একাডেমি",
    # a club or a city's corporation named for it ("লেস্টার সিটি এক বিবৃতিতে জানিয়েছে": -টি again)
    "সিটি",
    "ব্যুরো", "নেটওয়ার্ক", "ফোরাম", "চেম্বার",
)
# Parts of an organisation that speak for it ("বাফুফের মিডিয়া ডিপার্টমেন্ট" speaks for বাফুফে).
SUBUNIT_WORDS: tuple[str, ...] = (
    "মিডিয়া ডিপার্টমেন্ট", "মিডিয়া বিভাগ", "মিডিয়া উইং", "প্রেস উইং", "মিডিয়া সেল", "গণমাধ্যম শাখা",
    "জনসংযোগ বিভাগ", "জনসংযোগ দপ্তর", "প্রেস বিভাগ", "তথ্য অধিদপ্তর",
)

# --- words that are not speakers ---------------------------------------------------------------

# Time words and adverbs that can stand between a subject and its verb but are never the subject
# ("মঙ্গলবার জাপানি মিডিয়া জানিয়েছে", "তিনি আরও বলেন", "এ সময় প্রধান উপদেষ্টা বলেন"). Bengali
# weekday and month names (both spellings seen in the corpus) and common adverbs.
NON_SUBJECT_WORDS: tuple[str, ...] = (
    "আজ", "গতকাল", "আগামীকাল", "পরশু", "এখন", "তখন", "পরে", "আগে", "এরপর", "এরপরে", "তারপর",
    "এসময়", "এ সময়", "সম্প্রতি", "আরও", "আরো", "এছাড়া", "এছাড়াও", "তবে", "কিন্তু", "অবশ্য", "আবার",
    "শেষে", "পরবর্তীতে", "তাই", "ফলে", "অথচ", "যদিও", "এবার", "একই", "সঙ্গে", "সাথে", "বরং",
    "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার", "রোববার",
    "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর",
    "অক্টোবর", "নভেম্বর", "ডিসেম্বর", "গত", "আগামী", "চলতি", "সকাল", "দুপুর", "বিকাল", "বিকেল",
    "সন্ধ্যা", "রাত", "ভোর", "দিবাগত", "সকালে", "দুপুরে", "বিকেলে", "বিকালে", "সন্ধ্যায়", "রাতে", "ভোরে",
    "সম্প্রতি", "গতকাল", "আজকে", "বর্তমানে", "ইদানীং", "ইদানিং", "সম্প্রতিও", "অবশেষে", "নিজেই", "নিজে", "নিজেও",
    "নিজেরা", "নিজেরাই", "নিজেরাও",
    "স্বয়ং", "জবাবে", "উত্তরে", "মূলত", "মোটকথা", "অর্থাৎ", "সুতরাং", "উল্লেখ্য", "প্রসঙ্গত",
    "এদিকে", "অন্যদিকে", "অপরদিকে", "এ", "এই", "ওই", "সেই", "উক্ত", "হ্যাঁ", "না", "কেন", "কী", "কি",
    "প্রথমে", "শুরুতে", "সবশেষে", "এখানে", "সেখানে", "ওখানে", "বর্তমানে", "সাধারণত", "এর", "যে",
    "জবাবে", "প্রসঙ্গে", "বিষয়ে", "ব্যাপারে", "সম্পর্কে", "নিয়ে", "দিন", "সপ্তাহ", "মাস", "বছর",
    "স্পষ্ট", "স্পষ্টভাবে", "সরাসরি", "জোর", "দৃঢ়ভাবে", "আনুষ্ঠানিকভাবে", "সংক্ষেপে", "আলাদা",
    "আলাদাভাবে", "একসঙ্গে", "পাল্টা", "উল্টো", "প্রকাশ্যে", "ইতোমধ্যে", "ইতিমধ্যে", "এরইমধ্যে",
    "সাফ", "স্পষ্টতই", "খোলাখুলি", "অকপটে",
    # degree adverbs before a manner phrase ("মাহবুবুর রহমান কিছুটা বিদ্রূপের সুরে বলেন")
    "কিছুটা", "খানিকটা", "অনেকটা", "অনেকটাই",
    # habitual adverbs ("চেঙ্গিস খান সবসময় দাবি করেছিলেন")
    "সবসময়", "সবসময়ই", "সর্বদা", "প্রায়ই", "বরাবর", "বরাবরই", "একইদিন", "একই দিন",
    # "sometimes", "now and then" ("… অবসরে বসে কখনো কখনো পরামর্শ দেন")
    "কখনো", "কখনও", "কখনোই", "কখনওই", "মাঝেমধ্যে",
    # sentence connectives "moreover", "besides" ("তদুপরি, … বেরিয়ে যাওয়ার ঘোষণা দেয়")
    "তদুপরি", "উপরন্তু",
)

# The voice or tone words are said in, in the locative, always with a modifier of their own: "আবেগাপ্লুত
# কণ্ঠে বলেন", "কাঁপা কাঁপা গলায়", "দৃঢ় ভাষায়", "আক্ষেপের সুরে". Bengali grammar; the project's corpus
# has কণ্ঠে and সুরে before বলেন.
VOICE_WORDS: tuple[str, ...] = ("কণ্ঠে", "কন্ঠে", "স্বরে", "সুরে", "গলায়", "ভাষায়", "ভঙ্গিতে", "ঢঙে")

# Converbs of everyday verbs ("খালেদা জিয়াকে দেখে বেরিয়ে সাংবাদিকদের বলেন"): a clause boundary
# when walking back from a speech verb. Bengali grammar (the -এ/-ইয়ে non-finite form).
COMMON_CONVERBS: tuple[str, ...] = (
    "দেখে", "গিয়ে", "এসে", "বেরিয়ে", "পৌঁছে", "নিয়ে", "দিয়ে", "করে", "হয়ে", "ফিরে", "উঠে", "বসে",
    "শুনে", "পেয়ে", "চেয়ে", "জেনে", "মেনে", "ছেড়ে", "ধরে", "রেখে", "তুলে", "খুলে", "বলে", "জানিয়ে",
    "চালিয়ে", "ঘুরে", "সেরে", "দাঁড়িয়ে", "বেড়িয়ে", "ডেকে", "নেমে", "থেকে", "পড়ে", "লিখে", "হেসে",
    "কেঁদে", "তাকিয়ে", "মিলে", "মিলিয়ে", "টেনে", "ঢুকে", "পেরিয়ে", "উল্লেখপূর্বক", "শেষে",
)

# Words that end a noun phrase when walking back from a verb: postpositions, conjunctions,
# relative words and conditional/converb endings ("জানতে চাইলে গভর্নর বলেন").
NP_BREAK_WORDS: tuple[str, ...] = (
    "যে", "যা", "যিনি", "যারা", "যাঁরা", "যখন", "তখন", "কিন্তু", "তবে", "বলে", "জন্য", "নিয়ে",
    "সম্পর্কে", "বিষয়ে", "প্রসঙ্গে", "থেকে", "কাছে", "সঙ্গে", "সাথে", "পক্ষে", "বিরুদ্ধে", "মধ্যে",
    "দিয়ে", "করে", "হয়ে", "হলে", "চাইলে", "পর", "পরে", "আগে", "সময়", "দিকে", "প্রতি", "হিসেবে",
    "মতো", "মত", "দ্বারা", "কর্তৃক", "ধরে", "অনুযায়ী", "অনুসারে", "জবাবে", "উপলক্ষে", "শেষে",
    "কারণে", "ফলে", "সত্ত্বেও", "পাশাপাশি", "পর্যন্ত", "ছাড়া", "ছাড়াও", "বদলে", "উদ্দেশে", "উদ্দেশ্যে",
    "তো", "কি", "কী", "না", "নয়", "নেই", "আছে", "ছিল", "ছিলেন", "হয়", "হন", "হবে", "হয়েছে",
    "এবং", "অথবা", "বা", "কিংবা", "এমনকি", "যেমন", "যদি", "তাহলে", "তবুও", "কারণ", "বলেও",
    # boilerplate imperatives of news sites ("ট্যাপ করুন", "আরও পড়ুন")
    "করুন", "পড়ুন", "দেখুন", "ক্লিক", "ট্যাপ", "শেয়ার",
)

# Verbal adjectives (relative participles): "ট্রাম্পের দেওয়া প্রস্তাব" (a thing, no subject), and a clause
# describing the person after it: "চায়ের দোকানে বসে থাকা রিকশাচালক রহমত আলী", "কাজে আসা শরিফুল ইসলাম".
# Bengali grammar (the -আ/-আনো verbal adjective of common verbs); আসা, বসা, দাঁড়ানো, ফেরা from the
# corpus's vox-pop reports.
RELATIVE_PARTICIPLES: tuple[str, ...] = (
    "দেওয়া", "দেয়া", "করা", "নেওয়া", "নেয়া", "হওয়া", "যাওয়া", "পাওয়া", "থাকা", "রাখা", "বলা", "দেখা",
    "আনা", "তোলা", "চালানো", "পাঠানো", "জানানো", "আসা", "বসা", "দাঁড়ানো", "ফেরা",
    # adjectival participles of place and office ("ঢাকায় অবস্থিত ফরাসি দূতাবাস", "ঢাকায় নিযুক্ত রাষ্ট্রদূত")
    "অবস্থিত", "নিযুক্ত",
    # and of publishing ("সোমবার প্রকাশিত একটি আন্তর্জাতিক সংস্থার প্রতিবেদনে উল্লেখ করা হয়েছে")
    "প্রকাশিত", "প্রচারিত", "প্রেরিত", "আয়োজিত", "অনুষ্ঠিত",
)

# Endings of finite verbs and verbal forms, used to tell a verb from a name when walking a clause
# (… হবে এবং রাশিয়ান সংবাদ সংস্থাগুলির মতে …). Bengali grammar; names rarely end so.
VERB_ENDINGS: tuple[str, ...] = (
    "বে", "বেন", "ছে", "ছেন", "ছিল", "ছিলেন", "েছে", "েছেন", "েছিল", "েছিলেন", "লেন",
    "তেন", "চ্ছে", "চ্ছেন", "য়েছে", "য়েছেন", "িয়েছে", "িয়েছেন",
)
# Nouns in -ব whose locative in -বে is no future verb: "জাতীয় প্রেসক্লাবে এক সংবাদ সম্মেলনে", "এ প্রস্তাবে",
# "জবাবে" (not হিসেবে, "as", which the quote rules read as ending a clause; nor an adverb of manner in
# -ভাবে: reading আনুষ্ঠানিকভাবে as no verb lost a right quote and gained a wrong one in the NER sets'
# sentences). Bengali grammar.
NOUNS_IN_B: tuple[str, ...] = (
    "ক্লাব", "প্রস্তাব", "জবাব", "খেতাব", "আরব", "পাঞ্জাব", "কিতাব", "নবাব", "আসবাব",
)

# --- does reported speech go on? ---------------------------------------------------------------
# Reported speech without quote marks ("X বলেন, …") often runs over the next sentences of the
# paragraph (dev-03 and the held-out articles: up to seven sentences). These word classes tell a
# sentence that goes on with the speech from one in which the reporter narrates again.

# A wish or request, only in the speaker's own voice: "… মাগফিরাত দান করুন", "… নসিব করুন",
# "… সফল হোক". Bengali grammar (honorific imperative -উন, 3rd person optative -উক); listed by word
# because nouns end so too (নতুন, লোক, ফেসবুক) and দিন, দিক, পাক are nouns as often (day, side).
WISH_WORDS: tuple[str, ...] = (
    "করুন", "রাখুন", "থাকুন", "আসুন", "বলুন", "ভাবুন", "হোক", "থাকুক", "করুক", "করো", "দাও", "রাখো", "থাকো",
)

# Endings of a finite verb that narrates: the honorific present used for past events in news
# (জমা দেন, রাত্রিযাপন করেন, অংশ নেন) and the past (দিলেন, করেছিলেন, পড়েছিল). Bengali grammar;
# checked on the held-out and dev articles, where no continued speech ends so except in the first
# person (… পেতে পারেন after আমাদের). The plain past ছিল and the progressive (ভেসে উঠছিল) are as
# common in speech and are not listed.
NARRATIVE_VERB_ENDINGS: tuple[str, ...] = ("েন", "লেন", "েছিলেন", "ছিলেন", "েছিল", "েছিলো")
# First-person verb forms, which only the speaker uses (জেনেছি, করছি, পারতাম, গিয়েছিলাম, করবো,
# চাই, পারি): the speaker goes on even without আমি/আমরা. Bengali grammar; the bare present in -ই/-ি
# is listed by word because nouns end so too.
FIRST_PERSON_VERB_ENDINGS: tuple[str, ...] = ("ছি", "লাম", "তাম", "বো")
FIRST_PERSON_VERBS: tuple[str, ...] = (
    "চাই", "করি", "পারি", "বলি", "জানি", "দিই", "নিই", "যাই", "থাকি", "আছি", "পাই", "ভাবি",
    "করব", "যাব", "দেব", "নেব", "পারব", "চাইব", "থাকব", "বলব", "চাইবো",
)
# Names and nouns shaped like those verbs (কবিরুল ইসলাম, গোলাম মোস্তফা, আবুল কালাম, কাছাকাছি), and the
# place-name ending -গাছি (হলিদাগাছি, দোগাছি), and পাউবো (the water board's acronym, in -বো): no one
# speaks in them. Counted in the corpus text, where ইসলাম alone outnumbers every first-person verb in
# -লাম together.
NOT_FIRST_PERSON_VERBS: tuple[str, ...] = ("ইসলাম", "গোলাম", "সালাম", "আসলাম", "কালাম", "মাল্লাম", "ম্যাককালাম",
                                          "কাছাকাছি", "পাউবো")
NOT_FIRST_PERSON_ENDINGS: tuple[str, ...] = ("গাছি",)
# Honorific present forms of -া verbs (মারা যান, ছেড়ে যান, সুযোগ পান). Grammar.
HONORIFIC_A_VERBS: tuple[str, ...] = ("যান", "চান", "পান", "খান", "দাঁড়ান", "চালান", "হারান", "ছাড়ান")
# Words in -েন that are no verbs: conjunctions and common nouns. Corpus.
NOT_VERBS_EN: tuple[str, ...] = ("যেন", "কেন", "ট্রেন", "বেন", "সেন", "জেন", "ডেন", "গার্ডেন", "সুইডেন", "লন্ডন")
# The simple present, which is both generic (… ফিরে যায়) and the narrative present of news
# (… নেওয়া হয়, … খুলে দেয়); narrative only with a third-person pronoun or an event time. Grammar.
NARRATIVE_PRESENT: tuple[str, ...] = ("হয়", "দেয়", "নেয়", "যায়", "পায়", "হলো", "হল", "করে", "আসে")
# Time words that place an event on the calendar the way the reporter does ("শুক্রবার (২৬
# ডিসেম্বর) রাতেই", "সম্প্রতি বার্সেলোনা … খুলে দেয়", "১৯৯১-৯৬ মেয়াদে … উদ্যোগ নেওয়া হয়"). Weekday and
# month names (core/lexicon/time.py), adverbs of the recent past, and সাল ("year"); years written in
# digits are matched by pattern in core/quotes/vocabulary.py.
EVENT_TIME_WORDS: tuple[str, ...] = (
    "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার", "রোববার",
    "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
    "নভেম্বর", "ডিসেম্বর", "জানুয়ারিতে", "ফেব্রুয়ারিতে", "মার্চে", "এপ্রিলে", "জুনে", "জুলাইয়ে",
    "আগস্টে", "সেপ্টেম্বরে", "অক্টোবরে", "নভেম্বরে", "ডিসেম্বরে", "সালে", "সালের", "সম্প্রতি", "গতকাল",
)

# Attributions to a new source inside a sentence: "অ্যাকলেডের তথ্য অনুযায়ী, …", "… পরিসংখ্যান
# অনুসারে". A sentence with one is no longer the previous speaker's. Corpus.
SOURCE_POSTPOSITIONS: tuple[str, ...] = ("অনুযায়ী", "অনুসারে", "তথ্যমতে", "হিসাবমতে", "হিসেবমতে")
