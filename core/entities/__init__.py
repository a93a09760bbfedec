"""People, organisations and places in one article: the CRF's spans, news-text rules, one entity per name.

    entities(text, model=load_model())  ->  [Entity(name="কিম জং উন", type="PERSON",
                                                    mentions=(Mention(…, "কিম জং উন"), Mention(…, "কিমের"), …),
                                                    aliases=("কিম",)), …]

Steps, in order (each a small function in the module named after it):
1. (`tagging`) the CRF tags every sentence (`NerModel.tag`; a sentence repeated word for word is tagged once);
2. (`tagging`) the model's names are repaired: cut at words no name holds, at a title inside them (বিএনপি |
   মহাসচিব মির্জা ফখরুল …), between two places, before an acronym or outlet the person spoke to
   (… আহমেদ | বিবিসিকে); describing words, verbs and compound-verb nouns trimmed off the edges; a
   name the gazetteers know retyped (মানবজমিন is an outlet), a place-typed name of known given
   names made a person; a last name cut off restored when a relative of the article bears it;
3. (`rules`, `name_edges`, `institutions`, `known_orgs`, `known_people`; run in the order of
   `extractor._apply_rules`) rules add what a CRF alone misses in news text:
   - a title, role or epithet right before a name makes it a person (প্রেসিডেন্ট ভ্লাদিমির পুতিন,
     ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ, রাজনীতিবিদ …, ওসি নিতাই চন্দ্র সরকার);
   - an organisation head word ends an organisation name (স্বরাষ্ট্র মন্ত্রণালয়, বাংলাদেশ ক্রিকেট বোর্ড,
     বেড়া মডেল থানা, … ফোরাম অব বাংলাদেশ), a stadium/station/park head word ends a place name
     (সিলেট আন্তর্জাতিক স্টেডিয়াম), a building or road needs a name before it (নাজিয়া সালমা ভবন), and
     an administrative unit is a place mentioned with its unit word (বেড়া উপজেলায়, … ইউনিয়নের,
     … গ্রামে) and named without it (বেড়া), so the bare name is the same place (but a division,
     রংপুর বিভাগ, is not its city রংপুর);
   - acronyms are organisations: Latin capitals (TASS) and letter-name spellings (বিএনপি, বিবিসিকে);
     "full name (acronym)" makes the acronym an alias of the full name;
   - a well-known organisation of the gazetteer (`core.lexicon.orgs`) is found by its whole name,
     its last word in any case form, over a shorter or truncated span inside it (বিমান বাংলাদেশ
     এয়ারলাইন্সের, not the tagger's বাংলাদেশ এয়ারলাইন্স), and by its syllabic acronym (দুদক, বাফুফে);
   - a well-known person of the gazetteer (`core.lexicon.people`) is found by a full name, its last
     word in any case form (শরিফ ওসমান হাদির, আইতানা বোনমাতি), over a shorter or wrongly typed span
     inside it; not inside a longer name or what is named after the person (জিয়াউর রহমান বিশ্ববিদ্যালয়);
   - the subject of a speech verb (… বলেছেন) is a person or an organisation, not a place,
     unless it is a known country or city (a country as actor stays LOC);
   - a country/city/district, well-known organisation, outlet or party from the gazetteers is an
     entity even where the model missed it;
   - demonyms, generic nouns, prayer phrases (আল্লাহু আকবর) and the staff initials of the desk line
     (ঢাকা/শাহীন/রাজীব) are not entities;
4. (`merge`) one name, one entity: every mention is reduced to its nominative name (case ending and
   honorific dropped, `canonical_name`); shorter names merge into the full name they are part of
   (পেসকভ -> দিমিত্রি পেসকভ, কিম -> কিম জং উন, খসরু -> আমীর খসরু মাহমুদ চৌধুরী, বিসিবি -> বাংলাদেশ
   ক্রিকেট বোর্ড; between two people sharing a name, the one with the same honorific); two names of
   one gazetteer organisation are one entity in either order (দুদক … দুর্নীতি দমন কমিশন); then every
   other occurrence of a known name or its case forms in the article becomes a mention too;
5. (`canonical`) editor decisions, when given, override the result (`apply_decisions`).

The helpers `canonical_name`, `name_key` and `apply_decisions` are pure and are what the archive-wide
registry uses to recognise the same entity across articles. What the rules ask about a word is
worked out once per word and model (`_Lexicon`), and each rule visits only the tokens that can
start it (`_Article.at`), so the rules cost a fraction of the tagging.

The modules, each importing only those before it: `tunables` (shared word lists and confidences),
`canonical` (the pure public helpers), `article` (the article, its per-model lexicon and word
flags), `tagging`, `known_orgs`, `known_people`, `rules`, `name_edges`, `institutions`, `merge`,
and `extractor` (`entities`, `people_from_speakers`). This package re-exports the names the rest of
the project uses.
"""
from core.entities.canonical import Decision, apply_decisions, canonical_name, name_key, nominative
from core.entities.extractor import entities, people_from_speakers

__all__ = ["Decision", "apply_decisions", "canonical_name", "entities", "name_key", "nominative", "people_from_speakers"]
