"""A quote's `confidence` as a calibrated estimate that the quote and its speaker are right
(`quote_confidence`), read from the table `calibration.json` beside this module.

The table holds, for nested groups of what the extractor knew when it built the quote, the share
of such quotes that were right in the opened gold pools (quote matched and speaker right, scored as
`../shared/tools/score_gold.py` does), each group's share shrunk toward its parent's with a Beta
prior, so a small group says little more than its parent:

    direct                                       every direct quote
    direct|direct                                found by this rule (`_Found.pattern`)
    direct|direct|named|cued                     with this kind of speaker, with or without a cue
    direct|direct|named|cued|0.9                 with this hand-set rule score (the attribution
                                                 route: before or after the quote, a pronoun, a
                                                 closing mark missing, …)

A quote takes the value of its most specific group in the table. The table is rebuilt by
`python -m bench.confidence --fit`; nothing here fits anything, so core stays free of sklearn.
Uses `records` only.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from core.quotes.records import _Found, _Speaker

TABLE_PATH = Path(__file__).with_name("calibration.json")


def _load_rates(path: Path = TABLE_PATH) -> dict[str, float]:
    table = json.loads(unicodedata.normalize("NFC", path.read_text(encoding="utf-8")))
    return {str(key): float(value) for key, value in table["rates"].items()}


RATES: dict[str, float] = _load_rates()


def speaker_status(speaker: _Speaker) -> str:
    """none (no speaker), pronoun (resolved from তিনি, a bare title or a document), named (a
    person's or body's name) or described ("এক কর্মকর্তা", "পুলিশ")."""
    if speaker.name is None:
        return "none"
    if speaker.resolved:
        return "pronoun"
    return "named" if speaker.named else "described"


def confidence_groups(found: _Found, speaker: _Speaker) -> tuple[str, ...]:
    """The groups a finished quote belongs to, most general first (the keys of `RATES`)."""
    parts = [found.kind, found.pattern, speaker_status(speaker), "cued" if found.cue else "uncued",
             f"{min(max(found.confidence, 0.05), 0.99):.2f}"]
    groups = [parts[0], "|".join(parts[:2]), "|".join(parts[:4]), "|".join(parts)]
    return tuple(groups)


def quote_confidence(groups: tuple[str, ...], rates: dict[str, float] = RATES) -> float:
    """The calibrated rate of the most specific group the table knows; 0.5 when it knows none."""
    for group in reversed(groups):
        if group in rates:
            return rates[group]
    return 0.5
