"""Worst-case time of `core.pipeline.analyze` on article shapes editors paste by mistake.

    python -m bench.pathological                      # every shape at 100 KB and 1 MB
    python -m bench.pathological --sizes 100 --only digits,quotes_open
    python -m bench.pathological --profile single_line --sizes 100

Each shape is built at each size (UTF-8 bytes of text) and analysed in a child process with a time
limit, so a hang shows as "> limit" instead of blocking the run. The steps are the pipeline's own laps
(`ArticleAnalysis.timings`). The baseline is real news: corpus articles joined up to the same size.
A shape is flagged when its seconds per MB exceed 5× the baseline's, or when a larger size takes
more than twice the first size's seconds per MB (1 MB more than 20× its 100 KB time: worse than
linear), or when it finished only in the 30 s of grace after the limit. Only measures and prints; not
part of the test suite.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import multiprocessing as mp
import pstats
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.lexicon import speech

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "bn_news.jsonl"
SENTENCE = "প্রধানমন্ত্রী শেখ হাসিনা বুধবার ঢাকায় এক অনুষ্ঠানে বলেন, “দেশের উন্নয়ন অব্যাহত থাকবে।” "
NAMES = ("শেখ হাসিনা", "মির্জা ফখরুল ইসলাম আলমগীর", "ওবায়দুল কাদের", "মুহাম্মদ ইউনূস", "তারেক রহমান")


def _fill(unit: Callable[[int], str], size: int) -> str:
    """`unit(i)` repeated until the text has `size` UTF-8 bytes (cut at a character)."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        piece = unit(i)
        parts.append(piece)
        total += len(piece.encode())
        i += 1
    return "".join(parts).encode()[:size].decode(errors="ignore")


def _corpus(size: int) -> str:
    texts = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8") if line.strip()]
    return _fill(lambda i: texts[i % len(texts)] + "\n\n", size)


_CUES = [*speech.SPEECH_VERBS, *speech.COMPOUND_SPEECH_VERBS, *speech.NEUTRAL_CUE_NOUNS,
         *speech.DISTANCING_CUE_NOUNS, *speech.VIEW_CUE_WORDS, *speech.PASSIVE_CUES, *speech.DEMAND_VERBS]

SHAPES: dict[str, Callable[[int], str]] = {
    "corpus (baseline)": _corpus,
    "no_full_stop": lambda n: _fill(lambda i: SENTENCE.replace("।", "").replace("”", "").replace("“", ""), n),
    "many_quote_marks": lambda n: _fill(lambda i: "“ ” \" ‘ ’ " if i % 2 else "\"", n),
    "names_table": lambda n: _fill(lambda i: f"{i % 97}\t{NAMES[i % 5]}\t{NAMES[(i + 2) % 5]}\t{NAMES[(i + 3) % 5]}\n", n),
    "same_sentence": lambda n: _fill(lambda i: SENTENCE, n),
    "x_bolen_lines": lambda n: _fill(lambda i: f"{NAMES[i % 5]} বলেন,\n", n),
    "digits_dates": lambda n: _fill(lambda i: f"{i} ১২/০৩/২০২৪ ২০২৫ ১৫ ডিসেম্বর ৩ {i * 7} ", n),
    "single_line": lambda n: _fill(lambda i: SENTENCE, n).replace("।", ","),
    "nested_brackets": lambda n: _fill(lambda i: "(" * 50 + "[{শেখ হাসিনা বলেন}]" + ")" * 50 + " ", n),
    "newlines": lambda n: "\n" * n,
    "quote_never_closed": lambda n: "তিনি বলেন, “" + _fill(lambda i: SENTENCE.replace("”", "").replace("“", ""), n),
    "alternating_single": lambda n: _fill(lambda i: "‘ক ’খ ", n),
    "every_cue": lambda n: _fill(lambda i: _CUES[i % len(_CUES)] + " ", n),
}


def _run(text: str, queue: Any) -> None:
    from core.ner import load_model
    from core.pipeline import analyze

    model = load_model()
    start = time.perf_counter()
    analysis = analyze(text, model=model)
    total = time.perf_counter() - start
    queue.put({"total": total, **analysis.timings,
               "counts": f"{len(analysis.entities)}e {len(analysis.quotes)}q {len(analysis.dates)}d"})


def measure(text: str, limit: float) -> dict[str, Any] | None:
    """The pipeline's laps on `text` (marked `over` when it took longer than `limit` seconds), or None
    when the child still runs `limit` + 30 s after it started."""
    queue: Any = mp.get_context("fork").Queue()
    child = mp.get_context("fork").Process(target=_run, args=(text, queue))
    child.start()
    child.join(limit + 30)  # the model's loading is outside the limit
    if child.is_alive():
        child.kill()
        child.join()
        return None
    if child.exitcode:  # it raised: nothing was put on the queue, and waiting for it would hang the run
        raise RuntimeError(f"the analysis failed in its child process (exit code {child.exitcode})")
    result: dict[str, Any] = queue.get()
    return result if result["total"] <= limit else {**result, "over": True}


def profile(text: str) -> None:
    from core.ner import load_model
    from core.pipeline import analyze

    model = load_model()
    profiler = cProfile.Profile()
    profiler.runcall(analyze, text, model=model)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.pathological", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000", help="sizes in KB (default 100,1000)")
    parser.add_argument("--only", help="comma-separated shape names")
    parser.add_argument("--limit", type=float, default=240, help="seconds before a case counts as a hang")
    parser.add_argument("--profile", help="cProfile one shape (at the first size) instead of timing")
    args = parser.parse_args()
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]
    if args.profile:
        profile(SHAPES[args.profile](sizes[0]))
        return
    names = [n for n in SHAPES if not args.only or n in args.only.split(",") or n.startswith("corpus")]
    steps = ("text", "entities", "quotes", "timeline")
    print(f"{'shape':<20} {'KB':>5} {'total s':>8} " + " ".join(f"{s:>9}" for s in steps) + "  s/MB  found")
    per_mb: dict[tuple[str, int], float] = {}
    for name in names:
        for size in sizes:
            result = measure(SHAPES[name](size), args.limit)
            if result is None:
                print(f"{name:<20} {size // 1000:>5} {'>' + str(int(args.limit)):>8}", flush=True)
                per_mb[name, size] = float("inf")
                continue
            rate = result["total"] / (size / 1e6)
            per_mb[name, size] = rate
            base = per_mb.get(("corpus (baseline)", size))
            flag = " <- >5x baseline" if base and rate > 5 * base else ""
            small = per_mb.get((name, sizes[0]))
            if size != sizes[0] and small and rate > 2 * small:
                flag += " <- worse than linear"
            if result.get("over"):  # finished, but in the 30 s of grace after the limit
                flag += f" <- over {int(args.limit)} s"
            print(f"{name:<20} {size // 1000:>5} {result['total']:>8.2f} "
                  + " ".join(f"{result.get(s, 0):>9.2f}" for s in steps)
                  + f" {rate:>5.1f}  {result['counts']}{flag}", flush=True)


if __name__ == "__main__":
    main()
