"""How well a quote's `confidence` estimates that the quote and its speaker are right, and the fit
of the table that makes it so (`core/quotes/calibration.json`).

    python -m bench.confidence            # the opened pools: rule score vs calibrated, per pool
    python -m bench.confidence --fit      # fit on open + the stretches, check on lt + jn (held
                                          # out), then refit on every opened pool and write the table
    python -m bench.confidence --blind    # the blind pools, aggregate numbers only

A predicted quote is right when it matches a gold quote and its speaker is right (or both have
none), by the project scorer's own functions (`score_gold.match_quotes`, `speaker_ok`), over the
quotes it scores (`dedupe_quotes`). Per pool it prints the number of quotes, the Brier score, the
expected calibration error (10 equal bins) and the right-rate of the least sure fifth against the
rest (ties at the cut shared out evenly, so a flat score ranks nothing). "rule" is the hand-set
score of the rule that found the quote (what `confidence` was before the table); "table" is the
calibrated one. Only aggregates are printed: never a quote, a text or an id.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import core.quotes.finishing as finishing
from bench.quality import DEV_GOLD, SCORER, SETS, article_texts, materialise, write_inputs
from core.ner import NerModel, load_model
from core.pipeline import analyze
from core.quotes.calibration import RATES, TABLE_PATH, quote_confidence
from core.quotes.records import _Found, _Speaker
from core.serialize import analysis_dict

sys.path.insert(0, str(SCORER.parent))
# the shared scorer, outside the project: found on the path above, so mypy has no module for it
import score_gold as sg  # type: ignore[import-not-found]  # noqa: E402

# pool -> the annotation sets under bench/gold it joins (bench/gold/README.md says which are opened and
# which blind); "dev" is ../shared/data/gold-dev
OPENED: dict[str, tuple[str, ...]] = {
    "open": ("G", "I", "K", "M", "O", "Q", "S", "U", "W", "Y"), "jn": ("J", "N"), "lt": ("L", "T"),
    "ropen": ("AA", "AC", "AE", "AG", "AI", "AK"), "rno": ("AM", "AN", "AO", "AP", "AQ"),
    "bko": ("BA", "BB", "BC", "BD"), "dev": (),
}
BLIND: dict[str, tuple[str, ...]] = {
    "blind6": ("H", "P", "R", "V", "X", "Z"), "rblind": ("AB", "AD", "AF", "AH", "AJ", "AL"),
    "rnb": ("AR", "AS", "AT", "AU", "AV"), "bkb": ("BE", "BF", "BG", "BH"),
}
HELD_OUT = ("lt", "jn")  # December articles kept out of the first fit, to see it generalise
PRIOR_STRENGTHS = (2.0, 5.0, 10.0, 20.0, 40.0)
BINS = 10
_ORIGINAL_GROUPS = finishing.confidence_groups


@dataclass(frozen=True)
class Scored:
    """One predicted quote: its calibration groups, the rule's own score, and whether it was right."""

    groups: tuple[str, ...]
    rule: float
    right: bool


def _recording(
    seen: dict[tuple[int, str], tuple[tuple[str, ...], float]],
) -> Callable[[_Found, _Speaker], tuple[str, ...]]:
    """`confidence_groups` that also remembers, by the quote's start and kind, its groups and rule score
    (its end may move: the pipeline cuts a quote where a printed copy of the page starts)."""
    def groups(found: _Found, speaker: _Speaker) -> tuple[str, ...]:
        out = _ORIGINAL_GROUPS(found, speaker)
        seen[(found.start, found.kind)] = (out, min(max(found.confidence, 0.05), 0.99))
        return out
    return groups


def pool_inputs(pools: dict[str, tuple[str, ...]], work: Path) -> dict[str, list[tuple[Path, Path]]]:
    """Each pool's sets written out with their texts (as `python -m bench.quality` does): a gold
    folder and the analyser's input per set."""
    texts = article_texts()
    out: dict[str, list[tuple[Path, Path]]] = {}
    for name, sets in pools.items():
        if name == "dev":
            write_inputs(DEV_GOLD, work / "dev.in.jsonl")
            out[name] = [(DEV_GOLD, work / "dev.in.jsonl")]
        else:
            out[name] = [(materialise(SETS / s, texts, work / s), work / s / "in.jsonl") for s in sets]
    return out


def _articles(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def scored_pool(gold_dir: Path, articles: Path, model: NerModel) -> list[Scored]:
    """Every scored predicted quote of one pool, labelled right or wrong against its gold."""
    golds = {g["id"]: g for g in (json.loads(f.read_text(encoding="utf-8")) for f in sorted(gold_dir.glob("*.json")))}
    out: list[Scored] = []
    for record in _articles(articles):
        gold = golds.get(record.get("id"))
        if gold is None:
            continue
        seen: dict[tuple[int, str], tuple[tuple[str, ...], float]] = {}
        finishing.confidence_groups = _recording(seen)  # type: ignore[assignment]  # a function, patched
        try:
            analysis = analyze(record.get("text") or "", published=record.get("published"), model=model)
        finally:
            finishing.confidence_groups = _ORIGINAL_GROUPS
        predicted = sg.dedupe_quotes(analysis_dict(analysis, article_id=record.get("id"))["quotes"])
        gq = sg.dedupe_quotes(gold.get("quotes", []))
        matched = {j: i for i, j in sg.match_quotes(gq, predicted).items()}
        for j, q in enumerate(predicted):
            groups, rule = seen[(q["start"], q["kind"])]
            right = j in matched and sg.speaker_ok(q.get("speaker"), gq[matched[j]], gold.get("entities", []))
            out.append(Scored(groups, rule, right))
    return out


def brier(p: Sequence[float], y: Sequence[bool]) -> float:
    return sum((a - b) ** 2 for a, b in zip(p, y)) / len(p)


def ece(p: Sequence[float], y: Sequence[bool], bins: int = BINS) -> float:
    """Expected calibration error: |mean score - right-rate| per equal-width bin, weighted by size."""
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for a, b in zip(p, y):
        s = sums[min(int(a * bins), bins - 1)]
        s[0] += a
        s[1] += b
        s[2] += 1
    return sum(abs(s[0] - s[1]) for s in sums.values()) / len(p)


def least_sure_fifth(p: Sequence[float], y: Sequence[bool]) -> tuple[float, float]:
    """Right-rate of the least sure fifth and of the rest; a tie across the cut is shared evenly
    (the expected rates when ties are broken at random)."""
    by_score: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    for a, b in zip(p, y):
        by_score[a][0] += 1
        by_score[a][1] += b
    cut, taken, right = len(p) / 5, 0.0, 0.0
    for score in sorted(by_score):
        n, r = by_score[score]
        share = min(n, cut - taken)
        if share <= 0:
            break
        taken += share
        right += r * share / n
    total_right = sum(y)
    return right / taken, (total_right - right) / (len(p) - taken)


def metrics(p: Sequence[float], y: Sequence[bool]) -> str:
    low, rest = least_sure_fifth(p, y)
    return f"{brier(p, y):6.3f} {ece(p, y):6.3f} {low:6.2f} {rest:6.2f}"


def report(pools: dict[str, list[Scored]], rates: dict[str, float], title: str) -> None:
    print(f"\n{title}")
    print(f"{'pool':<9} {'n':>5} | {'rule: Brier':>11} {'ECE':>6} {'low5':>6} {'rest':>6} | "
          f"{'table: Brier':>12} {'ECE':>6} {'low5':>6} {'rest':>6}")
    for name, rows in pools.items():
        if not rows:
            continue
        y = [r.right for r in rows]
        rule = [r.rule for r in rows]
        table = [quote_confidence(r.groups, rates) for r in rows]
        print(f"{name:<9} {len(rows):>5} | {metrics(rule, y):>32} | {metrics(table, y):>33}")


def fit(rows: Sequence[Scored], strength: float) -> tuple[dict[str, float], dict[str, int]]:
    """Each group's right-rate, shrunk toward its parent's with a Beta prior of `strength` quotes
    (the first level toward the rate of every quote)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        for g in r.groups:
            counts[g][0] += 1
            counts[g][1] += r.right
    overall = sum(r.right for r in rows) / len(rows)
    rates: dict[str, float] = {}
    for depth in range(max(len(r.groups) for r in rows)):
        for r in rows:
            if depth >= len(r.groups) or r.groups[depth] in rates:
                continue
            group = r.groups[depth]
            parent = rates[r.groups[depth - 1]] if depth else overall
            n, right = counts[group]
            rates[group] = round((right + strength * parent) / (n + strength), 3)
    return rates, {g: c[0] for g, c in counts.items()}


def choose_strength(pools: dict[str, list[Scored]]) -> float:
    """The prior strength with the lowest leave-one-pool-out Brier score over `pools`."""
    def held_out_brier(strength: float) -> float:
        p: list[float] = []
        y: list[bool] = []
        for left_out in pools:
            rates, _ = fit([r for name, rows in pools.items() if name != left_out for r in rows], strength)
            p += [quote_confidence(r.groups, rates) for r in pools[left_out]]
            y += [r.right for r in pools[left_out]]
        return brier(p, y)
    return min(PRIOR_STRENGTHS, key=held_out_brier)


def write_table(rates: dict[str, float], counts: dict[str, int], strength: float, pools: Sequence[str]) -> None:
    table = {
        "about": "P(quote and speaker right) per group, shrunk toward the parent group; "
                 "rebuilt by `python -m bench.confidence --fit`",
        "fitted_on": list(pools),
        "prior_strength": strength,
        "rates": dict(sorted(rates.items())),
        "counts": dict(sorted(counts.items())),
    }
    TABLE_PATH.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.confidence", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fit", action="store_true", help="refit and write core/quotes/calibration.json")
    parser.add_argument("--blind", action="store_true", help="the blind pools (aggregates only)")
    args = parser.parse_args(argv)
    model = load_model()
    with tempfile.TemporaryDirectory() as tmp:
        pools = {name: [row for gold, articles in parts for row in scored_pool(gold, articles, model)]
                 for name, parts in pool_inputs(BLIND if args.blind else OPENED, Path(tmp)).items()}
    current = RATES
    if not args.fit:
        report(pools, current, "rule score vs the committed table")
        if not args.blind:
            held = [r for name in HELD_OUT for r in pools[name]]
            report({"lt+jn": held}, current, "held-out lt + jn together")
        return 0
    fitting = {name: rows for name, rows in pools.items() if name not in HELD_OUT}
    strength = choose_strength(fitting)
    rates, _ = fit([r for rows in fitting.values() for r in rows], strength)
    report(pools, rates, f"fitted on {', '.join(fitting)} (prior strength {strength}); lt and jn held out")
    report({"lt+jn": [r for name in HELD_OUT for r in pools[name]]}, rates, "held-out lt + jn together")
    strength = choose_strength(pools)
    rates, counts = fit([r for rows in pools.values() for r in rows], strength)
    write_table(rates, counts, strength, list(pools))
    report(pools, rates, f"refitted on every opened pool (prior strength {strength}): {TABLE_PATH.name} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
