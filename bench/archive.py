"""Synthetic archives of any size, replicated from the real corpus.

Copy k of corpus article i keeps the text and adds one short line (সংস্করণ k) so the content hash
differs and dedup does not collapse the copies; ids, dates and outlets vary so filters and date
ranges behave like a real archive's.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from core.text import to_bengali_digits

LAST_DAY = date(2025, 12, 31)
DAYS_SPANNED = 6 * 365


def load_corpus(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def replicated(corpus: list[dict[str, Any]], size: int) -> Iterator[dict[str, Any]]:
    """`size` distinct articles: the corpus first as is, then edited copies of it."""
    for n in range(size):
        base = corpus[n % len(corpus)]
        copy = n // len(corpus)
        text = base["text"] if copy == 0 else f"{base['text']}\n\nসংস্করণ {to_bengali_digits(str(copy))}।"
        synthetic_day = (LAST_DAY - timedelta(days=(n * 37) % DAYS_SPANNED)).isoformat()
        yield {
            "id": f"{base['id']}-{copy}",
            "outlet": base.get("outlet"),
            "headline": base.get("headline"),
            "url": f"{base.get('url') or 'https://example.invalid/a'}#copy-{copy}",
            "published": (base.get("published") if copy == 0 else None) or synthetic_day,
            "text": text,
        }


def write_archive(corpus: list[dict[str, Any]], size: int, path: Path) -> Path:
    """Write (or reuse) a JSONL archive of `size` articles."""
    if path.exists() and sum(1 for _ in path.open(encoding="utf-8")) == size:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for record in replicated(corpus, size):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def text_bytes(path: Path) -> int:
    """UTF-8 size of the article texts in an archive (what 'raw text size' means in the table)."""
    total = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                total += len(json.loads(line)["text"].encode("utf-8"))
    return total
