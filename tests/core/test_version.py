"""The extractor version follows the rules and the model: any change makes stored analyses outdated."""
from __future__ import annotations

import shutil
from pathlib import Path

from core.pipeline import EXTRACTOR_VERSION, extractor_version

ROOT = Path(__file__).resolve().parents[2]


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "core", root / "core", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "models").mkdir()
    (root / "models" / "ner.crfsuite").write_bytes(b"model")
    return root


def test_the_version_is_the_digest_of_the_checkout() -> None:
    assert EXTRACTOR_VERSION == extractor_version(ROOT)
    assert EXTRACTOR_VERSION.startswith("1.") and len(EXTRACTOR_VERSION) == 14


def test_a_changed_rule_or_model_changes_the_version(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    before = extractor_version(root)
    assert extractor_version(root) == before  # stable
    lexicon = root / "core" / "lexicon" / "names.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# a new place\n", encoding="utf-8")
    after_rule = extractor_version(root)
    (root / "models" / "ner.crfsuite").write_bytes(b"retrained")
    after_model = extractor_version(root)
    assert len({before, after_rule, after_model}) == 3

