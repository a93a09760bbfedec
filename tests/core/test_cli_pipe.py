"""`python -m core analyze` as a pipeline's first stage: a reader that stops early is not an error."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_reader_that_stops_early_gets_no_error(tmp_path: Path) -> None:
    records = tmp_path / "in.jsonl"
    records.write_text("".join(json.dumps({"id": f"a{i}", "text": "রহিম বলেন, ভালো আছি।"}, ensure_ascii=False) + "\n"
                               for i in range(200)), encoding="utf-8")
    analyse = subprocess.Popen([sys.executable, "-m", "core", "analyze", "--jsonl", str(records)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert analyse.stdout is not None and analyse.stderr is not None
    first = analyse.stdout.readline()  # the first article's result, then the reader goes away
    analyse.stdout.close()
    errors = analyse.stderr.read().decode()
    assert json.loads(first)["id"] == "a0"
    assert analyse.wait(timeout=120) == 0 and "Broken pipe" not in errors and "Traceback" not in errors
