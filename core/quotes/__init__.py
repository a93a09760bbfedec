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

How it works, in one pass over the article (linear in its length); each step names its module:
1. (`marks`) quotation marks are paired with a stack (`_pair_marks`): straight and curly marks,
   nesting, apostrophes inside words (TASS’র) skipped, a mark left open never runs past its sentence.
2. (`state`, with `clauses._mask`) every paired quotation is masked, so cue words inside quotes do
   not start reported speech, and sentences are merged across quotation marks ("units").
3. (`vocabulary`, `state`, `extractor`) one precompiled regex finds every cue (speech verbs, noun +
   light verb, passive reports, "X-এর মতে", "বরাত দিয়ে", "সূত্রে জানা গেছে"); each unit's quotes and
   cues are then read left to right (`direct`, `reported`), which is the order pronouns (তিনি, তারা,
   তার মতে) are resolved in.
4. (`clauses`, `continuation`) reported speech without marks runs on over the following sentences of
   its paragraph while they read as the speaker's words, and stops where the reporter narrates again
   (`_Continuation._continues_speech`: a new attribution, a subject তিনি, the narrative present "… জমা
   দেন", an event dated "শুক্রবার (২৬ ডিসেম্বর)", a newcomer introduced with a title); first-person
   forms and wishes keep it going, as do a closing future (… থাকবেন) and তিনি for someone the speech
   already spoke of.
5. (`phrases`, `speakers`, `titles`, `linking`) speakers are noun phrases found by walking from the
   cue over Bengali case endings (addressees in -কে/-দের, places and documents in -এ/-তে/-য় are
   skipped); a title before a name becomes `role`/`affiliation`; a bare title (মন্ত্রিপরিষদ সচিব) is
   resolved to the person introduced with it; and when the article's entities are given, a speaker
   is linked to the entity's canonical name. The walk steps over the settings news puts between a
   speaker and the verb (time, place, a participle's clause, a quoted book title, "প্রশ্নের জবাবে");
   when it stops on a word of the setting, the name that opens the clause speaks
   (`_SpeakerPhrases._name_opening_clause`).
6. (`direct`) a quotation after a clause about its speaker and a comma ("… দেখেন রিপন, ‘…’") is
   that subject's, or the story's person when the clause has none
   (`_DirectQuotes._clause_before_quote`).

The modules, each importing only those before it: `tunables` (limits, letter classes), `vocabulary`
(the speech lexicon as sets and the cue regex), `marks` (quotation marks), `tokens` (tokens and word
classes), `records` (`_Speaker`, `_Cue`, …), `phrases` (noun phrases), `clauses` (clauses and content
boundaries), `linking` (speakers linked to the article's entities), `calibration` (a quote's
confidence, from the fitted table `calibration.json`); then the reader of one article,
`_Extractor`, as a chain of layers, each a class that subclasses the one before and may use only
those below: `state` (`_ArticleState`: units, masks, marks, cues, and what is read into), `memory`
(introductions, lists of people, the speaker history), `bookkeeping` (quotes added, claimed text,
recent speakers), `titles` (bare titles, people and groups named just before), `speakers` (subjects,
noun phrases, pronouns read as speakers), `finishing` (nested quotations, fragments, the `Quote`
records), `documents` (passive reports, issuers of documents), `continuation` (reported speech run
on over sentences), `reported` (reported speech), `direct` (direct quotes and their attribution)
and `extractor` (`_Extractor.run`, one article read left to right). This package holds the public
entry point, `quotes`.
"""
from __future__ import annotations

from collections.abc import Sequence

from core.models import Entity, Quote, Span
from core.quotes.extractor import _Extractor
from core.text import sentences as split_sentences


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
