"""The benchmark table (Markdown), with each target beside the measured number."""
from __future__ import annotations

from pathlib import Path
from typing import Any

START, END = "<!-- bench:start -->", "<!-- bench:end -->"

# The targets of the benchmark issue (measured at 100k articles on this 2-core machine).
TARGETS = {
    "tokens_per_s": 20_000,
    "ingest_100k_seconds": 15 * 60,
    "search_p95_ms": 100,
    "search_vs_fts": 1.5,
    "page_seconds": 1.5,
    "peak_rss_mb": 1536,
    "db_ratio": 3.0,
}


def _mark(ok: bool) -> str:
    return "✅" if ok else "❌"


def render_table(results: dict[str, Any]) -> str:
    analysis, floor = results["analysis"], results["tokenizer_floor"]
    lines = [
        f"Measured {results['date'][:10]} on {results['machine']['cpus']} cores, Python {results['machine']['python']}.",
        "",
        f"- Analysis on one core: **{analysis['tokens_per_s']:,} tokens/s**, {analysis['articles_per_s']} articles/s "
        f"({analysis['articles']} corpus articles, {analysis['tokens']:,} tokens; steps in CPU s: "
        + ", ".join(f"{k} {v}" for k, v in analysis["step_seconds"].items())
        + f") {_mark(analysis['tokens_per_s'] >= TARGETS['tokens_per_s'])} target ≥ 20,000",
        f"- Floor, bnlp BasicTokenizer alone over the same texts: {floor['tokens_per_s']:,} tokens/s",
        "",
        "| articles | ingest + analysis | articles/s | peak RSS | DB size / text | search p50 / p95 | raw FTS5 p50 / p95 "
        "| LIKE scan p50 | speaker lookup p95 | review queue p95 / slowest screen | slowest page |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, row in results["sizes"].items():
        ingest, search, pages = row["ingest"], row["search"], row["pages"]
        timings = _rendered(pages)
        slowest = max(timings, key=timings.__getitem__) if timings else "-"
        lines.append(
            f"| {int(size):,} | {ingest['seconds']:,.0f} s | {ingest['articles_per_s']} | {ingest['peak_rss_mb']:,} MB "
            f"| {row['db_bytes'] / 2**20:,.0f} MB / {row['text_bytes'] / 2**20:,.0f} MB = {row['db_ratio']}× "
            f"| {search['ours_p50_ms']} / {search['ours_p95_ms']} ms | {search['fts_p50_ms']} / {search['fts_p95_ms']} ms "
            f"| {search['like_p50_ms']} ms | {search['speaker_lookup_p95_ms']} ms | {_queue_cell(row.get('review_queue'))} "
            f"| {slowest} {timings.get(slowest, 0):.2f} s |"
        )
    biggest = results["sizes"].get("100000")
    if biggest:
        lines += ["", "Targets at 100k articles:", ""] + _target_lines(biggest)
    lines += ["", "First render of each page (s): " + "; ".join(
        f"{int(size):,}: " + ", ".join(f"{k} {v}" for k, v in _rendered(row["pages"]).items())
        for size, row in results["sizes"].items()
    )]
    queues = {size: row["review_queue"] for size, row in results["sizes"].items() if row.get("review_queue")}
    if queues:
        lines += ["", "Review queues (Quotes page: least sure first, only to check, both; page 1 then page 50; "
                  "the review view's Quote tab), first render (s): " + "; ".join(
                      f"{int(size):,}: " + ", ".join(f"{k} {v}" for k, v in _rendered(queue["pages"]).items())
                      for size, queue in queues.items())]
    # a page that raised renders fast: say so rather than let its time pass for a render
    failed = [f"{int(size):,} {k.removesuffix(' error')}: {str(v)[:120]}"
              for size, row in results["sizes"].items()
              for k, v in {**row["pages"], **(row.get("review_queue") or {}).get("pages", {})}.items()
              if k.endswith(" error")]
    if failed:
        lines += ["", "❌ pages that raised (their times are not renders): " + "; ".join(failed)]
    return "\n".join(lines)


def _queue_cell(queue: dict[str, Any] | None) -> str:
    """The review queues' store reads (p95) and their slowest screen; `-` in results from before them."""
    if not queue:
        return "-"
    return f"{queue['query_p95_ms']} ms / {max(_rendered(queue['pages']).values(), default=0.0):.2f} s"


def _target_lines(row: dict[str, Any]) -> list[str]:
    ingest, search = row["ingest"], row["search"]
    page_max = max(_rendered(row["pages"]).values(), default=0.0)
    page_errors = sum(k.endswith(" error") for k in row["pages"])
    vs_fts = search["ours_p95_ms"] / search["fts_p95_ms"] if search["fts_p95_ms"] else 0.0
    return [
        f"- {_mark(ingest['seconds'] <= TARGETS['ingest_100k_seconds'])} ingest with analysis ≤ 15 min: "
        f"{ingest['seconds'] / 60:.1f} min",
        f"- {_mark(search['ours_p95_ms'] <= TARGETS['search_p95_ms'])} search p95 ≤ 100 ms: {search['ours_p95_ms']} ms",
        f"- {_mark(vs_fts <= TARGETS['search_vs_fts'])} search p95 ≤ 1.5× raw FTS5 p95: {vs_fts:.2f}×",
        f"- {_mark(page_max <= TARGETS['page_seconds'] and not page_errors)} every page ≤ 1.5 s: slowest "
        f"{page_max:.2f} s" + (f", {page_errors} raised" if page_errors else ""),
        *_queue_target(row.get("review_queue")),
        f"- {_mark(ingest['peak_rss_mb'] <= TARGETS['peak_rss_mb'])} peak RSS ≤ 1.5 GB: {ingest['peak_rss_mb']:,} MB",
        f"- {_mark(row['db_ratio'] <= TARGETS['db_ratio'])} database ≤ 3× raw text: {row['db_ratio']}×",
    ]


def _queue_target(queue: dict[str, Any] | None) -> list[str]:
    """The review queues' target line: every screen within a page's time, none raised; none in results
    from before them."""
    if not queue:
        return []
    screens = _rendered(queue["pages"])
    errors = len(queue["pages"]) - len(screens)
    slowest = max(screens, key=screens.__getitem__) if screens else "-"
    ok = screens.get(slowest, 0.0) <= TARGETS["page_seconds"] and not errors
    return [f"- {_mark(ok)} every review queue screen ≤ 1.5 s: slowest {slowest} {screens.get(slowest, 0.0):.2f} s"
            + (f", {errors} raised" if errors else "") + f" (store reads p95 {queue['query_p95_ms']} ms)"]


def _rendered(pages: dict[str, Any]) -> dict[str, float]:
    """The render times of the pages that did not raise (`"<page> error"` keys hold what was raised)."""
    return {k: v for k, v in pages.items() if not k.endswith(" error")}


def update_readme(readme: Path, table: str) -> bool:
    """Replace the text between the bench markers; False when the README has no markers."""
    if not readme.exists():
        return False
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        return False
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{START}\n{table}\n{END}{tail}", encoding="utf-8")
    return True
