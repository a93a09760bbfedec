"""Direct and reported speech in Bengali news, attributed to speakers: `quotes(text)`.

The whole extractor is in `extractor` for now (moved unchanged, so that its history follows the
largest part of the coming split into modules); this package re-exports the public entry point.
"""
from core.quotes.extractor import quotes

__all__ = ["quotes"]
