"""`make bench`: archive-scale measurements, printed as a table, saved to bench/results.json and
written into README.md between the bench markers.

    python -m bench                       # 1k, 10k and 100k articles (about 15 minutes here)
    python -m bench --sizes 1000,10000    # a quicker look

Only measures and reports: the targets are printed beside the numbers, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import measure
from bench.archive import load_corpus, text_bytes, write_archive
from bench.report import render_table, update_readme

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "bn_news.jsonl"
WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="archive sizes (default 1000,10000,100000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="ingest processes (default: all cores)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--repeats", type=int, default=20, help="runs per search query (default 20)")
    parser.add_argument("--no-readme", action="store_true", help="do not rewrite the README table")
    args = parser.parse_args(argv)
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error("--sizes takes comma-separated whole numbers, e.g. 1000,10000")
    if not args.corpus.is_file():
        parser.error(f"corpus not found: {args.corpus}")

    started = time.perf_counter()
    corpus = load_corpus(args.corpus)
    texts = [r["text"] for r in corpus]
    results: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "corpus_articles": len(corpus),
    }
    _say(f"analysis throughput on one core over {len(texts)} corpus articles …")
    results["analysis"] = measure.analysis_throughput(texts)
    results["tokenizer_floor"] = measure.tokenizer_floor(texts)

    pages = sorted((ROOT / "pages").glob("*.py"))
    results["sizes"] = {}
    for size in sizes:
        _say(f"{size:,} articles: building the archive …")
        archive = write_archive(corpus, size, WORK / f"archive-{size}.jsonl")
        db_path = WORK / f"newsroom-{size}.db"
        _say(f"{size:,} articles: ingest with analysis ({args.workers} workers) …")
        row: dict[str, Any] = {"ingest": measure.timed_ingest(archive, db_path, workers=args.workers, size=size)}
        row["text_bytes"] = text_bytes(archive)
        row["db_bytes"] = measure.database_bytes(db_path)
        row["db_ratio"] = round(row["db_bytes"] / row["text_bytes"], 2)
        _say(f"{size:,} articles: search latency …")
        row["search"] = measure.search_latency(db_path, repeats=args.repeats)
        _say(f"{size:,} articles: first render of {len(pages)} pages …")
        row["pages"] = measure.page_render_seconds(db_path, pages)
        _say(f"{size:,} articles: the review queues …")
        row["review_queue"] = measure.review_queue(db_path)
        results["sizes"][str(size)] = row
        RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    results["total_seconds"] = round(time.perf_counter() - started)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    table = render_table(results)
    print(table)
    if not args.no_readme:
        update_readme(ROOT / "README.md", table)
    _say(f"done in {results['total_seconds']} s; results in {RESULTS.relative_to(ROOT)}")
    return 0


def _say(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
