"""Helpers for the hardening tests: the CLI in a subprocess with no way to the network, and
generated JSON Lines archives."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
# Any download attempt goes to a closed local port and fails at once instead of hanging.
OFFLINE = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "ALL_PROXY": "http://127.0.0.1:9",
           "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "NO_PROXY": "", "no_proxy": "",
           "HF_HUB_OFFLINE": "1", "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}


def offline_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSROOM_")}
    env.update(OFFLINE, PYTHONPATH=str(ROOT), **extra)
    return env


def run(*args: str | Path, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python ARGS...` from the project folder, offline, output captured."""
    return subprocess.run([PYTHON, *map(str, args)], cwd=ROOT, env=env or offline_env(), capture_output=True,
                          text=True, timeout=timeout, check=False)


def article(n: int, prefix: str = "") -> str:
    """A short, unique Bengali article (unique by its number)."""
    return (f"{prefix}নদীপুর, ৪ মার্চ – পৌরসভার মেয়র রফিকুল আলম মঙ্গলবার {n} নম্বর সেতুর কাজ দেখেন। "
            f"“কাজ {n} দিনে শেষ হবে,” তিনি বলেন।")


def write_jsonl(path: Path, count: int, prefix: str = "") -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(json.dumps({"id": f"{prefix}{n}", "title": f"{prefix}খবর {n}", "text": article(n, prefix),
                                     "outlet": "সমকাল", "published": "2024-03-05"}, ensure_ascii=False) + "\n")
    return path
