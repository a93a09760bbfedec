"""The continuation decisions of reported speech as a data set: does the next sentence go on with it?

After a cue ("X বলেন, …") the extractor asks of each following sentence of the paragraph whether it
is still the speaker's (`core.quotes.continuation._Continuation._continues_speech`). This module replays those
questions on annotated articles, records the signals the extractor has for each sentence
(`signals`) and the gold answer (is the sentence inside the gold quote the speech so far
matches?), and fits a logistic regression on them, cross-validated by article.

    python -m bench.continuation --out /tmp/cont.jsonl              # the opened sets of bench/gold + dev
    python -m bench.continuation --extra /tmp/rno/gold:/tmp/rno/in.jsonl --out /tmp/cont.jsonl
    python -m bench.continuation --fit /tmp/cont.jsonl              # cross-validation and weights

Decisions follow the gold path (teacher forcing): the speech so far is what the gold continued, and
the replay stops after the first sentence the gold leaves out. A sentence that opens a new
attribution (a quotation that is speech, a cue with its own subject) is a hard stop, not a
judgement, and is not recorded. Only opened sets may be read: the blind sets' gold must not be.

Result (stop 35, 706 decisions of the opened sets, dev and R0-R4's rno stretches; 10 folds grouped
by article): the chain 0.856; the logistic regression over the chain's signals alone 0.848, with
`event_time`, `locative_opening` and `plain_perfect_close` added 0.867 (C=3); wired in as the
decision it moved rno e2e 0.619(95) -> 0.625(96) but ropen 0.772(269) -> 0.768(266) and open
921 -> 920 hits: its small weights on rare, sure signals (a dated opening, পরে …) let the speech
run over the reporter's next item. Not wired in; `--write` emits a weights module for a next try.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from core import quotes as public
from core.quotes.clauses import (
    _BOLE_RE,
    _IN_THEIR_WORDS,
    _REPORTER_FINDS,
    _called_he_or_she,
    _closing_future,
    _narrates,
    _own_voice,
    _words,
)
from core.quotes.continuation import _Continuation
from core.quotes.marks import _rstrip_at
from core.quotes.phrases import _body_of_opinion
from core.quotes.tokens import _is_locative, _narrative_verb, _role_of
from core.quotes.tunables import MAX_CONTINUATION, MAX_CONTINUATION_UNNAMED
from core.quotes.vocabulary import (
    _CALL_TO_ACTION,
    _CONNECTORS,
    _EVENT_TIME_WORDS,
    _HEADLINE,
    _NARRATIVE_OPENER_RE,
    _SUBJECT_PRONOUNS,
    _TIME_OPENERS,
    _YEAR,
)

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "bench" / "gold"
DEV_GOLD = ROOT.parent / "shared" / "data" / "gold-dev"
# The sets whose errors may be read (bench/gold/README.md): never a blind one.
OPENED = ("G", "I", "K", "M", "O", "Q", "S", "U", "W", "Y", "J", "N", "L", "T", "AA", "AC", "AE", "AG", "AI", "AK",
          "AM", "AN", "AO", "AP", "AQ",
          "BA", "BB", "BC", "BD")

Article = dict[str, Any]


def signals(ex: Any, u: Any, speaker: Any, content: tuple[int, int], depth: int) -> dict[str, int]:
    """The checks of `_continues_speech`, each asked on its own (and a few more), of sentence `u` after the speech
    `content` of `speaker`, `depth` sentences after the cue's sentence."""
    body = ex.text[u.start:u.end]
    words = _words(body) or [""]
    opener = _NARRATIVE_OPENER_RE.match(body)
    time_opener = opener is not None and opener.group(0) in _TIME_OPENERS
    past = ex._past_account(content)
    about = ex._speaks_of_another(content, speaker)
    nxt = ex.units[u.index + 1] if u.index + 1 < len(ex.units) else None
    person = speaker.source_type == "person"
    return {
        "speakerless_cue": int(bool(u.cue_count)),
        "quote_not_speech": int(u.has_quote),
        "lists_present": int(ex._lists_those_present(u.start)),
        "reporter_marker": int(bool(_BOLE_RE.search(body) or _HEADLINE.search(body) or _CALL_TO_ACTION.search(body)
                                    or _IN_THEIR_WORDS.match(body) or body.startswith("(")
                                    or _REPORTER_FINDS.search(body))),
        "narrative_opener": int(opener is not None and not time_opener),
        "time_opener": int(time_opener),
        "own_voice": int(_own_voice(body, words)),
        "dated_opening": int(ex._dated_opening(words)),
        "question": int("?" in body),
        "question_run": int("?" in body and ex._in_question_run(u)),
        "names_speaker": int(person and ex._names_speaker(words, speaker)),
        "titled_newcomer": int(ex._titled_newcomer(u, speaker)),
        "subject_after_verb": int(ex._subject_after_verb_closes(u)),
        "narrates": int(_narrates(words)),
        "narrates_in_speech": int(_narrates(words, in_speech=True, about_another=about, past_account=past)),
        "narrative_verb_end": int(any(_narrative_verb(w) for w in words[-6:])),
        "subject_pronoun": int(any(w in _SUBJECT_PRONOUNS for w in words)),
        "about_another": int(about),
        "past_account": int(past),
        "closing_future": int(_closing_future(words)),
        "person": int(person),
        "organisation": int(speaker.source_type not in {"person", "unknown"}),
        "plural": int(speaker.plural),
        "depth_1": int(depth >= 1),
        "depth_2": int(depth >= 2),
        "depth_4": int(depth >= 4),
        "short": int(len(words) < 6),
        "event_time": int(any(w in _EVENT_TIME_WORDS or _YEAR.match(w) for w in words)),
        "locative_opening": int(_is_locative(words[0]) and words[0] not in _CONNECTORS and not _role_of(words[0])),
        "plain_perfect_close": int(words[-1].endswith("েছে") or words[-1] in {"হয়", "ছিল"}),
        "next_own_voice": int(nxt is not None and "\n" not in ex.text[u.end:nxt.start] and not nxt.cue_count
                              and not nxt.has_quote and _own_voice(ex.text[nxt.start:nxt.end],
                                                                 _words(ex.text[nxt.start:nxt.end]))),
    }


def _continuation_limit(speaker: Any, most: int | None) -> int:
    """As `_Continuation._continue_reported`: a person goes on talking longer than a group."""
    single = speaker.source_type == "person" or _called_he_or_she(speaker) \
        or speaker.role is not None and not speaker.plural
    limit = MAX_CONTINUATION if single else MAX_CONTINUATION_UNNAMED
    return limit if most is None else min(limit, most)


def _ends_speech_outright(ex: Any, u: Any) -> bool:
    """The hard stops of `_continues_speech`, no judgement: a quotation that is speech, a cue with
    a subject of its own."""
    return bool(u.has_quote and ex._holds_speech_quote(u) or u.cue_count and not ex._speakerless_cues(u))


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\u200c", "").replace("\u200d", "")


def gold_spans(text: str, quotes: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Where each gold quote lies in `text` (the analyser's normalised text); whitespace and
    zero-width joiners may differ."""
    spans = []
    for quote in quotes:
        words = _norm(quote.get("text") or "").strip(" \"'“”‘’।,.").split()
        if not words:
            continue
        pattern = r"[\s\u200c\u200d]*".join(r"[\u200c\u200d]*".join(map(re.escape, w)) for w in words)
        m = re.search(pattern, text)
        if m:
            spans.append((m.start(), m.end()))
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class Recorder:
    """Replays each `_continue_reported` call along the gold path and keeps the decisions."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.article = ""
        self.set_name = ""
        self.spans: list[tuple[int, int]] = []
        self.unmatched = 0
        self.seen: set[tuple[str, int, int]] = set()

    def replay(self, ex: Any, unit: Any, end_off: int, speaker: Any, content_start: int | None,
               most: int | None) -> None:
        if _body_of_opinion(speaker) and most is None:
            return
        limit = _continuation_limit(speaker, most)
        content = unit.start if content_start is None else content_start
        so_far = (content, end_off)
        gold = max(self.spans, key=lambda s: _overlap(s, so_far), default=None)
        if gold is None or _overlap(gold, so_far) < 0.3 * max(1, end_off - content):
            self.unmatched += 1  # a speech the gold does not hold: its extent means nothing
            return
        following = ex.units[unit.index + 1: unit.index + 1 + limit]
        for depth, u in enumerate(following):
            if "\n" in ex.text[end_off:u.start] or _ends_speech_outright(ex, u):
                return
            body = (u.start, _rstrip_at(ex.text, u.end))
            inside = _overlap(gold, body) >= 0.5 * max(1, body[1] - body[0])
            key = (self.article, content, u.start)
            if key in self.seen:
                return  # the same speech asked again (the extractor may try a unit twice)
            self.seen.add(key)
            row = {"article": self.article, "set": self.set_name, "sentence": ex.text[u.start:u.end], "label": int(inside),
                   "chain": int(ex._continues_speech(u, speaker, (content, end_off))
                                or ex._bridged_by_own_voice(u, following[depth + 1:depth + 2], speaker,
                                                            (content, end_off))),
                   **signals(ex, u, speaker, (content, end_off), depth)}
            self.rows.append(row)
            if not inside:
                return
            end_off = body[1]


def _articles_of_dir(gold: Path, inputs: Path | None) -> Iterator[Article]:
    texts: dict[str, Article] = {}
    if inputs is not None:
        for line in inputs.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts[record["id"]] = record
    for path in sorted(gold.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        record = texts.get(article["id"], {})
        article.setdefault("text", record.get("text"))
        article.setdefault("published", record.get("published"))
        if article.get("text"):
            yield article


def articles(set_names: list[str], extra: list[str], *, dev: bool = True) -> Iterator[Article]:
    """The annotated articles of the named bench/gold sets (texts joined from the corpus and the
    NER stretches, as `bench.quality` does), of each extra GOLD_DIR[:IN.jsonl], and the dev gold.
    An extra article already among the sets is left out (its decisions would repeat), and an extra
    directory that adds none says so on stderr: /tmp/rno is bench/gold's AM–AQ."""
    seen: set[str] = set()
    if set_names:
        from bench.quality import article_texts
        texts = article_texts()
        for name in set_names:
            for path in sorted((SETS / name).glob("*.json")):
                article = json.loads(path.read_text(encoding="utf-8"))
                article.setdefault("text", texts.get(article["id"]))
                article["set"] = name
                if article.get("text"):
                    seen.add(article["id"])
                    yield article
    for spec in extra:
        gold, _, inputs = spec.partition(":")
        added = 0
        for article in _articles_of_dir(Path(gold), Path(inputs) if inputs else None):
            if article["id"] not in seen:
                seen.add(article["id"])
                added += 1
                yield {**article, "set": Path(gold).parent.name}
        if not added:
            print(f"--extra {spec}: no article that the sets do not already hold", file=sys.stderr)
    if dev:
        for article in _articles_of_dir(DEV_GOLD, None):
            yield {**article, "set": "dev"}


def decisions(items: Iterator[Article], analyze: Callable[[Article], Any] | None = None) -> list[dict[str, Any]]:
    """Runs the analyser over the articles and records every continuation decision."""
    recorder = Recorder()
    original = _Continuation._continue_reported

    def recording(ex: Any, unit: Any, end_off: int, speaker: Any, *, content_start: int | None = None,
                  most: int | None = None) -> int:
        recorder.replay(ex, unit, end_off, speaker, content_start, most)
        return original(ex, unit, end_off, speaker, content_start=content_start, most=most)

    if analyze is None:
        from core.ner import load_model
        from core.pipeline import analyze as run
        model = load_model()

        def analyze(article: Article) -> Any:
            return run(article["text"], published=article.get("published"), model=model)

    original_quotes = public.quotes

    def quotes_with_spans(text: str, **kwargs: Any) -> Any:
        recorder.spans = gold_spans(text, current["quotes"])
        return original_quotes(text, **kwargs)

    current: Article = {}
    _Continuation._continue_reported = recording  # type: ignore[method-assign, assignment]
    public.quotes = quotes_with_spans
    try:
        for article in items:
            current = article
            recorder.article = article["id"]
            recorder.set_name = article.get("set", "")
            analyze(article)
    finally:
        _Continuation._continue_reported = original  # type: ignore[method-assign]
        public.quotes = original_quotes
    print(f"{len(recorder.rows)} decisions; {recorder.unmatched} speeches matched no gold quote", file=sys.stderr)
    return recorder.rows


def fit(rows: list[dict[str, Any]], *, folds: int = 10, strength: float = 3.0, write: Path | None = None) -> None:
    """Grouped cross-validation of a logistic regression against the chain, then the weights on all."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    names = sorted(k for k in rows[0] if k not in {"article", "set", "sentence", "label", "chain"})
    x = np.array([[r[k] for k in names] for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows])
    chain = np.array([r["chain"] for r in rows])
    groups = [r["article"] for r in rows]
    print(f"{len(rows)} decisions, {y.mean():.2f} continue; chain accuracy {np.mean(chain == y):.3f} "
          f"(wrongly continued {np.sum((chain == 1) & (y == 0))}, wrongly stopped {np.sum((chain == 0) & (y == 1))})")
    for c in (0.3, 1.0, strength, 10.0):
        guess = np.zeros_like(y)
        for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
            model = LogisticRegression(C=c, max_iter=2000).fit(x[train], y[train])
            guess[test] = model.predict(x[test])
        chain_wrong = np.sum(chain != y)
        print(f"C={c}: cross-validated accuracy {np.mean(guess == y):.3f} "
              f"(wrongly continued {np.sum((guess == 1) & (y == 0))}, wrongly stopped {np.sum((guess == 0) & (y == 1))}; "
              f"chain wrong {chain_wrong})")
    model = LogisticRegression(C=strength, max_iter=3000).fit(x, y)
    weights = dict(zip(names, (round(float(w), 3) for w in model.coef_[0])))
    print(json.dumps(weights, indent=1), "bias", round(float(model.intercept_[0]), 3))
    if write is not None:
        write.write_text(_weights_module(weights, round(float(model.intercept_[0]), 3), len(rows)), encoding="utf-8")


def _weights_module(weights: dict[str, float], bias: float, count: int) -> str:
    lines = "".join(f'    "{name}": {weight},\n' for name, weight in sorted(weights.items()))
    return f'''"""Weights of the continuation decision of reported speech (`core.quotes.continuation._Continuation._continues_speech`).

A logistic regression over the signals of `_continuation_signals`, fitted on {count} decisions of the
opened annotation sets (bench/gold's opened sets, the dev gold and the R0-R4 stretches). Rebuild with

    python -m bench.continuation --extra GOLD_DIR:IN.jsonl --out /tmp/cont.jsonl
    python -m bench.continuation --fit /tmp/cont.jsonl --write core/lexicon/continuation.py

A positive sum (bias plus the weights of the signals that hold) means the sentence goes on with
the speech. Generated: do not edit by hand.
"""
from typing import Final

CONTINUATION_BIAS: Final = {bias}
CONTINUATION_WEIGHTS: Final[dict[str, float]] = {{
{lines}}}
'''


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.continuation", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*", default=list(OPENED), help="bench/gold sets (opened ones only)")
    parser.add_argument("--extra", action="append", default=[], help="GOLD_DIR[:IN.jsonl] of more opened gold")
    parser.add_argument("--no-dev", action="store_true", help="leave out the dev gold")
    parser.add_argument("--out", type=Path, help="write the decisions here (JSON lines)")
    parser.add_argument("--fit", type=Path, help="fit and cross-validate on decisions written before")
    parser.add_argument("--write", type=Path, help="with --fit: write the weights module here")
    args = parser.parse_args(argv)
    if args.fit is not None:
        fit([json.loads(line) for line in args.fit.read_text(encoding="utf-8").splitlines() if line.strip()],
            write=args.write)
        return 0
    rows = decisions(articles(args.sets, args.extra, dev=not args.no_dev))
    if args.out is not None:
        with args.out.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
