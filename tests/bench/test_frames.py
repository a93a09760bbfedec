"""`make frames`: names put into attribution frames, and the check that each is the speaker."""
from __future__ import annotations

from functools import cache

import pytest

from bench.frames import ORG_FRAMES, PERSON_FRAMES, frame_failures, genitive
from core.ner import NerModel


@cache
def _model() -> NerModel:
    from core.ner import load_model

    return load_model()


@pytest.mark.parametrize("name, expected", [("মির্জা ফখরুল ইসলাম আলমগীর", "মির্জা ফখরুল ইসলাম আলমগীরের"),
                                            ("মাহমুদুর রহমান মান্না", "মাহমুদুর রহমান মান্নার")])
def test_the_genitive_of_a_name_follows_its_last_sound(name: str, expected: str) -> None:
    assert genitive(name) == expected


def test_a_name_the_rules_handle_fails_no_frame() -> None:
    assert frame_failures(_model(), ["মির্জা ফখরুল ইসলাম আলমগীর"], PERSON_FRAMES) == {}
    assert frame_failures(_model(), ["নির্বাচন কমিশন"], ORG_FRAMES) == {}


def test_a_word_that_is_no_name_fails_the_frames_and_is_shown() -> None:
    failures = frame_failures(_model(), ["গতকাল"], ORG_FRAMES[:1])
    assert list(failures) == [ORG_FRAMES[0]]
    assert failures[ORG_FRAMES[0]][0].startswith("গতকাল এক বিবৃতিতে জানিয়েছে")
