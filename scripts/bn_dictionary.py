"""Write models/bn_dictionary.txt.gz: the words of the Bengali spelling dictionary bn_BD (hunspell-bn,
GPL-2, see NOTICE), normalised (NFC, one encoding of য়/ড়), one a line. `python -m core.ner train`
reads it for the CRF's `gz:dict` feature: a word the dictionary knows is usually an ordinary word
(52% of the Rifat split's unseen ordinary words are in it, 12% of its unseen name words), which
the tagger otherwise learns only for words its training sentences hold.

A training-time tool only; the dictionary is not a project dependency:

    apt-get install hunspell-bn      # /usr/share/hunspell/bn_BD.dic
    PYTHONPATH=. .venv/bin/python scripts/bn_dictionary.py [PATH/TO/bn_BD.dic]
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

from core.ner import DEFAULT_DICTIONARY_PATH
from core.text import normalize

HUNSPELL_DIC = Path("/usr/share/hunspell/bn_BD.dic")


def dictionary_words(dic: Path) -> set[str]:
    """The stems of a hunspell .dic file ("/FLAGS" after a word are its affix classes; the first
    line, the word count, and any other all-digit line are left out), normalised."""
    words: set[str] = set()
    for line in dic.read_text(encoding="utf-8").splitlines():
        word = normalize(line.split("/", 1)[0].strip())
        if word and not word.isdigit():
            words.add(word)
    return words


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    dic = Path(args[0]) if args else HUNSPELL_DIC
    if not dic.exists():
        print(f"error: {dic} not found (apt-get install hunspell-bn)", file=sys.stderr)
        return 2
    words = dictionary_words(dic)
    header = "# Bengali words of the bn_BD hunspell dictionary (hunspell-bn 1:7.5.0, GPL-2; see NOTICE)\n"
    # mtime=0: the same words give the same bytes
    with open(DEFAULT_DICTIONARY_PATH, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write((header + "".join(f"{w}\n" for w in sorted(words))).encode("utf-8"))
    print(f"{DEFAULT_DICTIONARY_PATH}: {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
