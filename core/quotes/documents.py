"""Passives and documents (`_Documents`): who a passive report is from ("… বলা হয়েছে"), the issuer
of a document, notice or statement (`_issuer`), a press review's credit line (`_press_credit`).
Uses the layers below (`finishing`, `speakers` and under).
"""
from __future__ import annotations

from dataclasses import replace

from core.quotes.clauses import _addressee, _clause_floor, _content_floor, _day_genitive, _request_end
from core.quotes.finishing import _Finishing
from core.quotes.phrases import _APART_FROM, _ISSUED_PARTICIPLES, _ISSUING, _first_of_name, _np_start
from core.quotes.records import _NO_SPEAKER, _Cue, _Speaker
from core.quotes.state import _Unit
from core.quotes.tokens import (
    _ONE,
    _PRESS_EVENTS,
    _document_modifiers_start,
    _document_nominative,
    _has_words,
    _is_genitive,
    _is_locative,
    _is_verb_like,
    _org_word,
    _Tok,
    _without_genitive_ending,
)
from core.quotes.tunables import MAX_NP_WORDS
from core.quotes.vocabulary import (
    _ANA_DET,
    _BEFORE_DOCUMENT,
    _BOLE,
    _DEMONSTRATIVES,
    _DOCUMENT_MODIFIERS,
    _DOCUMENTS,
    _GEN_PRONOUNS,
    _IN_IT,
    _NEWS_STORY,
    _NON_SUBJECT,
    _PAPER_DESCRIPTIONS,
    _PLATFORM_WORDS,
    _PLATFORMS,
    _PRESS,
    _STORY_PLACES,
    _STORY_WORDS,
    _TERMINATORS,
    _TITLE_WORDS,
    PRESS_CREDIT_UNITS,
)

# Signing a document: "X-এর সই করা বিবৃতিতে", "X স্বাক্ষরিত এক বিবৃতিতে".
_SIGNING = frozenset({"সই", "স্বাক্ষর"})
_SIGNED = frozenset({"স্বাক্ষরিত", "সইকৃত"})


# Making a document, between its maker in the genitive and it: "ইউএনডিপির তৈরি করা প্রতিবেদনে",
# "আইনজীবী মোশাররফ হোসেনের করা আবেদনে".
_MAKING = frozenset({"তৈরি", "প্রস্তুত", "দাখিল"})


def _before_making(toks: list[_Tok], k: int) -> int:
    """The token before "(তৈরি) করা" when token `k` closes it, else `k`: who made a document is named in
    the genitive before the participle ("X-এর তৈরি করা প্রতিবেদনে বলা হয়েছে" is X's, as annotated)."""
    if k < 1 or toks[k].text != "করা":
        return k
    j = k - 1 if toks[k - 1].text in _MAKING else k
    return j - 1 if j > 0 and (j < k or _is_genitive(toks[j - 1].text)) else k


class _Documents(_Finishing):
    """Speakers of passive reports and the issuers of documents; uses finishing and below."""

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
                k = _before_making(toks, k)
                if k >= 3 and toks[k].text == ")" and toks[k - 2].text == "(":
                    k -= 3  # "আন্তঃবাহিনী জনসংযোগ পরিদফতরের (আইএসপিআর) এক সংবাদ বিজ্ঞপ্তিতে"
                if k >= 2 and toks[k].text in _TITLE_WORDS and toks[k - 1].is_quote:
                    k -= 2  # the document's quoted title: "সাংবাদিক জয়ন্ত ঘোষালের | '…' শীর্ষক প্রতিবেদনে"
                signed = self._signatory(toks, k, unit) if k > 0 else None
                if signed is not None:
                    return signed
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
            report = _document_nominative(word) if word.startswith("প্রতিবেদন") and document_speaks else None
            if issuer.name is None and report is not None:
                # "একাধিক প্রতিবেদনে বলা হয়, …" with no paper or issuer in sight: the reports speak (as annotated)
                while first > 0 and toks[first - 1].text in _DOCUMENT_MODIFIERS:
                    first -= 1  # (what report it is: "তদন্ত প্রতিবেদনে" -> তদন্ত প্রতিবেদন)
                return self._document_speaker(toks, first, document, report)
            return issuer
        return _NO_SPEAKER

    def _signatory(self, toks: list[_Tok], k: int, unit: _Unit) -> _Speaker | None:
        """Whose signed document it is, when token `k` closes "X-এর সই করা" / "X স্বাক্ষরিত" before it:
        the organisation the signatory signs for, when the signatory's phrase opens with it ("বিএনপির
        চেয়ারপারসনের উপদেষ্টা শামসুজ্জামান দুদুর সই করা বিবৃতিতে" -> বিএনপি, as annotated: a statement
        signed by an office holder is the body's), else the signatory in the nominative."""
        if toks[k].text in _SIGNED:
            k -= 1
        elif toks[k].text == "করা" and toks[k - 1].text in _SIGNING and k > 1:
            k -= 2
        else:
            return None
        if not toks[k].is_word or toks[k].text in _GEN_PRONOUNS:
            return None
        start = _np_start(toks, k, 0, genitive_head=True)
        for g in range(start, k):
            if not _is_genitive(toks[g].text):
                break
            if not self.linker.is_name(toks[g].start) and not toks[g].text.endswith("টির"):
                continue  # (a bare "দলের দপ্তর সম্পাদক X": the body unnamed, the signatory speaks)
            body = self._np_speaker(toks, start, g + 1, unit, case="genitive")
            if body is not None and body.named and body.source_type == "organisation":
                return body
        signatory = self._np_speaker(toks, start, k + 1, unit, case="genitive" if _is_genitive(toks[k].text) else None)
        return signatory if signatory is not None and signatory.name else None

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
