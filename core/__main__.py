"""Command line: `python -m core analyze FILE [--published YYYY-MM-DD]` or `--jsonl IN.jsonl`.

A thin wrapper over `core.pipeline.analyze`; all the work is in the library.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from core.ner import NerModel, load_model
from core.pipeline import analyze
from core.serialize import analysis_dict

_worker_model: NerModel | None = None


def _init_worker() -> None:
    global _worker_model
    _worker_model = load_model()


def _analyze_record(record: dict[str, Any]) -> dict[str, Any]:
    assert _worker_model is not None
    return _analyze_one(record, _worker_model)


def _analyze_one(record: dict[str, Any], model: NerModel) -> dict[str, Any]:
    analysis = analyze(record.get("text") or "", published=record.get("published"), model=model)
    return analysis_dict(analysis, article_id=record.get("id"))


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{number}: not valid JSON ({exc.msg})") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    cmd = commands.add_parser("analyze", help="extract entities, quotes and dates")
    cmd.add_argument("file", nargs="?", type=Path, help="a UTF-8 text file (one article)")
    cmd.add_argument("--published", help="publication date YYYY-MM-DD (anchor for relative dates)")
    cmd.add_argument("--jsonl", type=Path, help='lines of {"id","text","published"}; one JSON line out per input')
    cmd.add_argument("--workers", type=int, default=1, help="processes for --jsonl (default 1)")
    args = parser.parse_args(argv)

    if (args.file is None) == (args.jsonl is None):
        parser.error("give either FILE or --jsonl IN.jsonl")
    try:
        if args.jsonl is not None:
            records = list(_read_jsonl(args.jsonl))
            if args.workers > 1:
                with ProcessPoolExecutor(args.workers, initializer=_init_worker) as pool:
                    results = pool.map(_analyze_record, records, chunksize=8)
                    for result in results:
                        print(json.dumps(result, ensure_ascii=False))
            else:
                model = load_model()
                for record in records:
                    print(json.dumps(_analyze_one(record, model), ensure_ascii=False))
            return 0
        text = args.file.read_text(encoding="utf-8-sig")
        analysis = analyze(text, published=args.published, model=load_model())
        print(json.dumps(analysis_dict(analysis, article_id=args.file.stem), ensure_ascii=False, indent=1))
        return 0
    except BrokenPipeError:
        # the reader stopped early (`… | head`): not an error; stdout goes nowhere so that Python's
        # own flush at exit does not report the closed pipe again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
