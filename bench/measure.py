"""The measurements `python -m bench` reports. Each returns plain numbers; nothing here asserts."""
from __future__ import annotations

import importlib.util
import os
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# Ten and more queries an editor types: names, inflected forms, phrases, digits, an OR.
SEARCH_QUERIES: tuple[str, ...] = (
    "রাশিয়া", "রাশিয়ার", "বাংলাদেশ", "তারেক রহমান", '"প্রধান উপদেষ্টা"', "নির্বাচন", "খালেদা জিয়া",
    "ভারতের", "২০২৫", "ঢাকায়", "বিএনপি", "নির্বাচন OR ভোট",
)
SPEAKER_QUERIES: tuple[str, ...] = ("তারেক", "খালেদা", "মির্জা ফখরুল")


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _timed(action: Callable[[], Any], repeats: int) -> list[float]:
    action()  # warm the page cache and the statement cache
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        out.append(time.perf_counter() - start)
    return out


# ---------------------------------------------------------------- analysis throughput (one core)

def analysis_throughput(texts: Sequence[str]) -> dict[str, Any]:
    """Tokens/s and articles/s of `core.pipeline.analyze` on one core, with time per step."""
    from core.ner import load_model
    from core.pipeline import analyze
    from core.text import normalize, tokens

    model = load_model()
    analyze(texts[0], model=model)  # load lazy tables before the clock starts
    n_tokens = sum(len(tokens(normalize(t))) for t in texts)
    steps: dict[str, float] = {}
    start = time.process_time()
    for text in texts:
        for step, seconds in analyze(text, model=model).timings.items():
            steps[step] = steps.get(step, 0.0) + seconds
    seconds = time.process_time() - start
    return {
        "articles": len(texts), "tokens": n_tokens, "cpu_seconds": round(seconds, 3),
        "tokens_per_s": round(n_tokens / seconds), "articles_per_s": round(len(texts) / seconds, 1),
        "step_seconds": {k: round(v, 3) for k, v in steps.items()},
    }


def _bnlp_basic_tokenizer() -> ModuleType:
    """bnlp's BasicTokenizer module loaded by file: `import bnlp` would run the package's
    __init__, which imports gensim and tries to download NLTK punkt."""
    spec = importlib.util.find_spec("bnlp")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("bnlp-toolkit is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / "tokenizer" / "basic.py"
    module_spec = importlib.util.spec_from_file_location("_bnlp_basic_tokenizer", path)
    assert module_spec and module_spec.loader
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


def tokenizer_floor(texts: Sequence[str]) -> dict[str, Any]:
    """bnlp BasicTokenizer over the same texts: the floor no analysis can beat."""
    tokenizer = _bnlp_basic_tokenizer().BasicTokenizer()
    start = time.process_time()
    n_tokens = sum(len(tokenizer.tokenize(t)) for t in texts)
    seconds = time.process_time() - start
    return {"tokens": n_tokens, "cpu_seconds": round(seconds, 3), "tokens_per_s": round(n_tokens / seconds)}


# ---------------------------------------------------------------- ingest with analysis

def _tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(pid, 0) for pid in tree)


def run_with_peak_rss(command: Sequence[str], **kwargs: Any) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """Run a command; return it, its wall seconds and the peak RSS (MB) of its process tree."""
    peak = 0
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(process.pid))
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    result = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    return result, seconds, peak / 1024


def timed_ingest(archive: Path, db_path: Path, *, workers: int, size: int) -> dict[str, Any]:
    """`python -m db ingest ARCHIVE --workers N` into a fresh database, as an editor would run it."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    command = [sys.executable, "-m", "db", "ingest", str(archive), "--db", str(db_path),
               "--workers", str(workers), "--max-file-mb", "100000"]
    result, seconds, peak_mb = run_with_peak_rss(command, cwd=ROOT)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"ingest failed ({result.returncode}): {result.stderr[-2000:]}")
    added = _count(db_path, "SELECT count(*) FROM articles")
    return {
        "articles": size, "added": added, "seconds": round(seconds, 1),
        "articles_per_s": round(added / seconds, 1), "peak_rss_mb": round(peak_mb),
    }


def _count(db_path: Path, sql: str) -> int:
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute(sql).fetchone()[0])


def database_bytes(db_path: Path) -> int:
    """The database file after a checkpoint (the WAL folded in)."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db_path.stat().st_size


# ---------------------------------------------------------------- search latency

def search_latency(db_path: Path, *, repeats: int = 20) -> dict[str, Any]:
    """p50/p95 of the product's search beside the raw FTS5 MATCH and a LIKE scan, per query."""
    from db import queries
    from db.search import build_match, search_articles
    from db.store import open_db

    db = open_db(db_path)
    raw = sqlite3.connect(db_path)
    rows = []
    ours_all: list[float] = []
    raw_all: list[float] = []
    like_all: list[float] = []
    for query in SEARCH_QUERIES:
        match = build_match(query)
        literal = query.strip('"').split(" OR ")[0]
        ours = _timed(partial(search_articles, db, query, limit=20), repeats)
        fts = _timed(partial(_fetch, raw, _RAW_FTS_SQL, [match]), repeats)
        like = _timed(partial(_fetch, raw, _LIKE_SQL, [f"%{literal}%"]), max(3, repeats // 5))
        ours_all += ours
        raw_all += fts
        like_all += like
        rows.append({"query": query, "ours_p50_ms": _ms(percentile(ours, 0.5)), "ours_p95_ms": _ms(percentile(ours, 0.95)),
                     "fts_p50_ms": _ms(percentile(fts, 0.5)), "like_p50_ms": _ms(percentile(like, 0.5))})
    speakers = []
    for text in SPEAKER_QUERIES:
        speakers += _timed(partial(_speaker_lookup, db, queries, text), repeats)
    db.close()
    raw.close()
    return {
        "queries": rows,
        "ours_p50_ms": _ms(percentile(ours_all, 0.5)), "ours_p95_ms": _ms(percentile(ours_all, 0.95)),
        "fts_p50_ms": _ms(percentile(raw_all, 0.5)), "fts_p95_ms": _ms(percentile(raw_all, 0.95)),
        "like_p50_ms": _ms(percentile(like_all, 0.5)), "like_p95_ms": _ms(percentile(like_all, 0.95)),
        "speaker_lookup_p50_ms": _ms(percentile(speakers, 0.5)), "speaker_lookup_p95_ms": _ms(percentile(speakers, 0.95)),
    }


# The baselines search is compared with: the bare FTS5 query (no snippets, no count) and a scan.
_RAW_FTS_SQL = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20"
_LIKE_SQL = ("SELECT a.id FROM articles a JOIN article_texts t ON t.id = a.id WHERE t.body LIKE ? "
             "ORDER BY a.published DESC LIMIT 20")


def _fetch(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[Any]:
    return conn.execute(sql, params).fetchall()


def _speaker_lookup(db: Any, queries: ModuleType, text: str) -> None:
    """Type-ahead for a speaker, then the first page of the top match's quotes."""
    matches = queries.search_speakers(db, text, limit=10)
    if matches:
        top = matches[0]
        where = queries.QuoteFilter(entity_id=top["entity_id"]) if top["entity_id"] else queries.QuoteFilter(speaker=top["name"])
        queries.list_quotes(db, where, limit=20, offset=0)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


# ---------------------------------------------------------------- page render

def page_render_seconds(db_path: Path, pages: Sequence[Path]) -> dict[str, float]:
    """First render of every page (AppTest, st.cache_data cleared), in a subprocess on this database.

    One unmeasured render comes first: a running server has imported streamlit, plotly and the
    project once, and an editor's first visit to a page should not be charged for that."""
    code = (
        "import json, sys, time\n"
        "import streamlit as st\n"
        "from streamlit.testing.v1 import AppTest\n"
        "out = {}\n"
        "AppTest.from_file(sys.argv[1], default_timeout=300).run()  # imports, as in a running server\n"
        "for page in sys.argv[1:]:\n"
        "    st.cache_data.clear()\n"
        "    at = AppTest.from_file(page, default_timeout=300)\n"
        "    start = time.perf_counter()\n"
        "    at.run()\n"
        "    out[page] = round(time.perf_counter() - start, 3)\n"
        "    if at.exception:\n"
        "        out[page + ' error'] = str(at.exception[0].value)[:200]\n"
        "print(json.dumps(out))\n"
    )
    env = {**os.environ, "NEWSROOM_DB": str(db_path)}
    result = subprocess.run([sys.executable, "-c", code, *map(str, pages)], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(f"page render failed: {result.stderr[-2000:]}")
    import json

    timings: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return {Path(k.removesuffix(" error")).stem + k[len(k.removesuffix(" error")):]: v for k, v in timings.items()}


# ---------------------------------------------------------------- review queues

# The Quotes page's two review toggles (key -> value in the page's session state), alone and together.
REVIEW_QUEUES: dict[str, dict[str, bool]] = {
    "least sure": {"quotes_least_sure": True},
    "to check": {"quotes_unsure": True},
    "both": {"quotes_least_sure": True, "quotes_unsure": True},
}
QUEUE_PAGE = 50  # an editor deep in a queue (or its last page, when the queue is shorter)
_QUOTES_PAGE, _ARTICLES_PAGE, _QUOTES_PER_PAGE = str(ROOT / "pages" / "4_Quotes.py"), str(ROOT / "pages" / "3_Articles.py"), 25


def review_queue(db_path: Path, *, repeats: int = 5) -> dict[str, Any]:
    """The review queues as an editor meets them: the most quoted speaker's and the most quoted
    phrase's quotes, least sure first, only those to check, and both, on page 1 and page 50; and the
    review view's Quote tab (least sure first) of the article with most quotes.

    `query_p50_ms`/`query_p95_ms` time the store's reads alone (`list_quotes`, `get_article`);
    `pages` is each screen's first render (s) with AppTest, as `page_render_seconds` measures pages."""
    from db import queries
    from db.store import open_db

    db = open_db(db_path)
    entity = db.execute(  # the same choice `quotes_per_speaker` puts first
        "SELECT speaker_entity_id FROM quotes WHERE status = 'active' AND speaker_entity_id IS NOT NULL "
        "GROUP BY speaker_entity_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    phrase = db.execute(
        "SELECT speaker FROM quotes WHERE status = 'active' AND speaker_entity_id IS NULL AND speaker != '' "
        "GROUP BY speaker ORDER BY count(*) DESC LIMIT 1").fetchone()
    article = db.execute("SELECT article_id FROM quotes GROUP BY article_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    speakers = ([("speaker", {"entity_id": entity[0]}, {"speaker": str(entity[0])})] if entity else []) + (
        [("phrase", {"speaker": phrase[0]}, {"phrase": phrase[0]})] if phrase else [])
    timings: list[float] = []
    screens: list[dict[str, Any]] = []
    for who, where, params in speakers:
        for name, state in REVIEW_QUEUES.items():
            filters = queries.QuoteFilter(**where, unsure=bool(state.get("quotes_unsure")))
            order = "least_sure" if state.get("quotes_least_sure") else "newest"
            last = queries.list_quotes(db, filters, order=order, limit=_QUOTES_PER_PAGE).pages
            deep = min(QUEUE_PAGE, last)
            for page in sorted({1, deep}):
                timings += _timed(partial(queries.list_quotes, db, filters, order=order, limit=_QUOTES_PER_PAGE,
                                          offset=(page - 1) * _QUOTES_PER_PAGE), repeats)
            screens.append({"label": f"{who} {name}", "page": _QUOTES_PAGE, "params": params, "state": state,
                            "then_page": deep if deep > 1 else None})
    if article:
        timings += _timed(partial(queries.get_article, db, article[0]), repeats)
        screens.append({"label": "article quote tab", "page": _ARTICLES_PAGE, "params": {"article": str(article[0])},
                        "state": {"articles_quotes_least_sure": True}, "then_page": None})
    db.close()
    pages = _screen_render_seconds(db_path, screens)
    return {"query_p50_ms": _ms(percentile(timings, 0.5)), "query_p95_ms": _ms(percentile(timings, 0.95)),
            "pages": pages}


def _screen_render_seconds(db_path: Path, screens: Sequence[dict[str, Any]]) -> dict[str, float]:
    """First render (s) of pages opened at a URL with widget state set, as `page_render_seconds`; then,
    for a screen with `then_page`, the run that pages on to it (cache kept: the editor's next click)."""
    import json

    code = (
        "import json, sys, time\n"
        "import streamlit as st\n"
        "from streamlit.testing.v1 import AppTest\n"
        "screens = json.loads(sys.argv[1])\n"
        "out = {}\n"
        "AppTest.from_file(screens[0]['page'], default_timeout=300).run()  # imports, as in a running server\n"
        "for screen in screens:\n"
        "    st.cache_data.clear()\n"
        "    at = AppTest.from_file(screen['page'], default_timeout=300)\n"
        "    at.query_params.update(screen['params'])\n"
        "    for key, value in screen['state'].items():\n"
        "        at.session_state[key] = value\n"
        "    start = time.perf_counter()\n"
        "    at.run()\n"
        "    out[screen['label']] = round(time.perf_counter() - start, 3)\n"
        "    if screen['then_page'] and not at.exception:  # then pages on, as an editor would\n"
        "        at.number_input(key='quotes_page').set_value(screen['then_page'])\n"
        "        start = time.perf_counter()\n"
        "        at.run()\n"
        "        out[f\"{screen['label']} p{screen['then_page']}\"] = round(time.perf_counter() - start, 3)\n"
        "        if at.number_input(key='quotes_page').value != screen['then_page']:\n"
        "            out[screen['label'] + ' error'] = f\"page {screen['then_page']} not reached\"\n"
        "    if at.exception:\n"
        "        out[screen['label'] + ' error'] = str(at.exception[0].value)[:200]\n"
        "print(json.dumps(out))\n"
    )
    if not screens:
        return {}
    env = {**os.environ, "NEWSROOM_DB": str(db_path)}
    result = subprocess.run([sys.executable, "-c", code, json.dumps(screens, ensure_ascii=False)], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(f"screen render failed: {result.stderr[-2000:]}")
    timings: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return timings


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0
