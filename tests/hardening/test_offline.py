"""The app and the command lines start and answer with no network: every subprocess runs behind a
proxy on a closed port (a download attempt fails at once instead of waiting), and importing the app
with sockets disabled neither connects nor loads bnlp (whose import downloads NLTK data)."""
from __future__ import annotations

import json
import socket
import subprocess
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

from .conftest import PYTHON, ROOT, article, offline_env, run

pytestmark = pytest.mark.slow
HEALTH_WITHIN_S = 30


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_streamlit_answers_health_within_30_s(tmp_path: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [PYTHON, "-m", "ui.serve", "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=offline_env(NEWSROOM_DB=str(tmp_path / "app.db")), stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # localhost, never through a proxy
    started, answer = time.monotonic(), ""
    try:
        while time.monotonic() - started < HEALTH_WITHIN_S and server.poll() is None:
            try:
                with direct.open(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                    answer = response.read().decode()
                    break
            except OSError:
                time.sleep(0.2)
        took = time.monotonic() - started
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert answer == "ok", output
    assert took < HEALTH_WITHIN_S
    assert "Traceback" not in output, output


def test_the_command_lines_answer_offline(tmp_path: Path) -> None:
    found = run("-m", "db", "search", "x", "--json", "--db", tmp_path / "empty.db")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout) == {"query": "x", "total": 0, "results": []}

    text = tmp_path / "one.txt"
    text.write_text(article(7), encoding="utf-8")
    analysed = run("-m", "core", "analyze", text, "--published", "2024-03-05")
    assert analysed.returncode == 0, analysed.stderr
    result = json.loads(analysed.stdout)
    assert result["published"] == "2024-03-05"
    assert "রফিকুল আলম" in [e["name"] for e in result["entities"]]
    assert [q["text"] for q in result["quotes"]] == ["কাজ 7 দিনে শেষ হবে"]


IMPORT_APP = textwrap.dedent('''
    import ast, importlib, json, pathlib, socket, sys
    attempts = []
    def refuse(self, address, *args):
        attempts.append(repr(address))
        raise OSError("network disabled by the offline test")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = lambda address, *a, **k: refuse(None, address)
    wanted = ["core", "core.text", "core.pipeline", "core.ner", "core.entities", "core.quotes", "core.timeline",
              "db", "db.store", "db.ingest", "db.search", "db.queries", "db.corrections", "db.readers", "db.samples",
              "ui", "ui.charts", "ui.downloads", "ui.editing", "ui.entities", "ui.panels", "ui.review"]
    for page in sorted(pathlib.Path("pages").glob("*.py")):
        for node in ast.walk(ast.parse(page.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                wanted += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                wanted.append(node.module)
    for name in dict.fromkeys(wanted):
        importlib.import_module(name)
    from core.ner import load_model
    from core.pipeline import analyze
    analysis = analyze(sys.argv[1], model=load_model())
    print(json.dumps({"attempts": attempts, "bnlp": sorted(m for m in sys.modules if m.split(".")[0] == "bnlp"),
                      "nltk": "nltk" in sys.modules, "imported": len(set(wanted)),
                      "entities": [e.name for e in analysis.entities]}, ensure_ascii=False))
''')


def test_importing_the_app_neither_connects_nor_loads_bnlp(tmp_path: Path) -> None:
    done = run("-c", IMPORT_APP, article(3), env=offline_env(NEWSROOM_DB=str(tmp_path / "app.db")))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["attempts"] == []
    assert report["bnlp"] == [] and report["nltk"] is False
    assert report["imported"] > 25  # the pages' imports were found and imported too
    assert "রফিকুল আলম" in report["entities"]  # the model loaded from disk
