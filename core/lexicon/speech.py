"""Speech and report verbs, attribution phrases and source words (owned by core/quotes.py).

Starter list from the issue text (issue 4); the quotes module extends it.
"""
from __future__ import annotations

# Finite forms of speech/report verbs that close an attribution ("X বলেন", "X জানিয়েছে").
SPEECH_VERBS: tuple[str, ...] = (
    "বলেন", "বলেছেন", "বলেছিলেন", "বলেছে", "বলে", "বললেন", "জানান", "জানিয়েছেন", "জানিয়েছে", "জানায়",
    "জানিয়েছিলেন", "লিখেছেন", "লিখেছে", "লেখেন",
)
