"""Reported speech across word orders: speaker phrases of every shape with every attribution pattern.

The rule tests in `test_quotes.py` pin one sentence each; this grid checks that the same patterns
hold for subjects of different shapes (a titled name with its party, an honorific name, an
organisation, a group, an anonymous official) and cues of different shapes (a verb, a noun with a
light verb, a distancing cue), so a fix for one shape that breaks another shows here. The grid was
first run as a robustness check (stop 26); the failures it found are fixed by that stop's rules.
"""
from __future__ import annotations

import itertools
from functools import cache

import pytest

from core.models import Quote
from core.ner import NerModel

CONTENT = "দেশের অর্থনীতি এখন কঠিন সময় পার করছে"

# surface form -> the speaker expected
SUBJECTS = {
    "বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর": "মির্জা ফখরুল ইসলাম আলমগীর",
    "প্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস": "মুহাম্মদ ইউনূস",
    "নির্বাচন কমিশন": "নির্বাচন কমিশন",
    "অর্থনীতিবিদরা": "অর্থনীতিবিদরা",
    "নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা": "নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা",
}
CUES = ("বলেন", "জানিয়েছেন", "উল্লেখ করেন", "দাবি করেন", "মনে করেন", "জানিয়েছে")
ORDERS = (
    "{S} {cue}, {C}।",
    "{S} সাংবাদিকদের {cue}, {C}।",
    "সোমবার {S} এক বিবৃতিতে {cue}, {C}।",
    "{C} বলে {S} {cue}।",
    "{C} বলে {cue} {S}।",
    "{S} {cue} যে, {C}।",
)


@cache
def _model() -> NerModel:
    from core.ner import load_model

    return load_model()


def _quotes(text: str) -> list[Quote]:
    from core.pipeline import analyze

    return list(analyze("ঢাকা, ২ জানুয়ারি। রাজধানীতে আজ একটি সভা অনুষ্ঠিত হয়।\n" + text, model=_model()).quotes)


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_every_subject_and_cue_in_every_order_reports_the_content(subject: str, order: str) -> None:
    wrong = []
    for cue in CUES:
        sentence = order.format(S=subject, cue=cue, C=CONTENT)
        found = [(q.text, q.speaker) for q in _quotes(sentence)]
        if found != [(CONTENT, SUBJECTS[subject])]:
            wrong.append(f"{sentence} -> {found}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("subject, cue", itertools.product(["অনেকে", "বিশ্লেষকরা"], ["মনে করেন", "দাবি করেন"]))
def test_a_group_opening_the_content_speaks_it(subject: str, cue: str) -> None:
    found = [(q.text, q.speaker) for q in _quotes(f"{subject} {CONTENT} বলে {cue}।")]
    assert found == [(CONTENT, subject)]


AFFILIATIONS = ("ঢাকা মেট্রোপলিটন পুলিশের (ডিএমপি)", "আইন ও সালিশ কেন্দ্রের", "বাংলাদেশ মহিলা পরিষদের", "জাতিসংঘের")
ROLES = ("মুখপাত্র", "উপ-কমিশনার (গণমাধ্যম)", "স্থায়ী কমিটির সদস্য")
NAMES = {"মো. তালেবুর রহমান": {"মো. তালেবুর রহমান", "তালেবুর রহমান"},
         "অধ্যাপক নাজমুল আহসান কলিমউল্লাহ": {"নাজমুল আহসান কলিমউল্লাহ"}}


@pytest.mark.parametrize("affiliation", AFFILIATIONS)
def test_a_long_titled_speaker_after_a_quotation(affiliation: str) -> None:
    wrong = []
    for role, (name, expected) in itertools.product(ROLES, NAMES.items()):
        sentence = f"“{CONTENT},” {affiliation} {role} {name} বলেন।"
        speakers = [q.speaker for q in _quotes(sentence)]
        if len(speakers) != 1 or speakers[0] not in expected:
            wrong.append(f"{sentence} -> {speakers}")
    assert not wrong, "\n".join(wrong)
