"""Build ``warta/data/acled_places.tsv.gz``: the places ACLED's coders name, as a compact gazetteer table.

GeoNames ``cities500`` lacks most villages and many towns of the countries ACLED covers (Rakhine's
Rathedaung, Minbya and Maungdaw; Congo's Saliboko; Iraq's Sharwain). The ACLED
rows in ``../shared/data/acled/`` name those places with their coordinates: this script keeps only that
geography, one line per distinct place, and nothing of the events (no date, actor, type, note or count).

Source: every ``*.csv`` of the folder given (both ACLED layouts, read by :func:`warta.evaluate.acled.acled_events`).
Output columns (tab separated, no header): ``country  admin1  admin2  name  latitude  longitude``, with the ISO2
country code; a name written with a qualifier in brackets ("Hpar Hpyo (Chin)") keeps it in the table and is
indexed under both forms by the gazetteer. A place coded at several points keeps the one most rows give (ties: the
most precise, ``geo_precision`` 1 first). Coordinates are rounded to 4 decimals (about 10 m).

``--holdout 0.2`` leaves out each file's latest 20% of rows by date (the split ``warta train`` uses), to measure
the places stage on rows whose places were not read.

Example:
    python scripts/build_acled_places.py /work/shared/data/acled
"""

from __future__ import annotations

import argparse
import gzip
import io
from collections import Counter, defaultdict
from pathlib import Path

import pycountry

from warta.evaluate.acled import acled_events

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "warta" / "data" / "acled_places.tsv.gz"


def iso2(row: dict) -> str | None:
    """The row's ISO2 country code, from ``iso3``, the numeric ``iso`` or the country's name."""
    for key, field in (("alpha_3", "iso3"), ("numeric", "iso")):
        value = (row.get(field) or "").strip()
        if value:
            found = pycountry.countries.get(**{key: value.zfill(3) if key == "numeric" else value})
            if found is not None:
                return found.alpha_2
    try:
        return pycountry.countries.lookup(row.get("country") or "").alpha_2
    except LookupError:
        return None


def earlier_rows(folder: Path, holdout: float = 0.0):
    """Every row of the folder's ``*.csv`` files, without each file's latest ``holdout`` share by date."""
    for path in sorted(folder.glob("*.csv")):
        rows = sorted(acled_events(path), key=lambda r: r.date)
        yield from rows[: int(len(rows) * (1 - holdout))] if holdout else rows


def read_places(folder: Path, holdout: float = 0.0) -> list[tuple[str, str, str, str, float, float]]:
    points: dict[tuple[str, str, str, str], Counter] = defaultdict(Counter)
    for r in earlier_rows(folder, holdout):
        row = r.row
        name, cc = (row.get("location") or "").strip(), iso2(row)
        try:
            lat, lon = round(float(row["latitude"]), 4), round(float(row["longitude"]), 4)
        except (KeyError, ValueError):
            continue
        if not name or cc is None:
            continue
        key = (cc, (row.get("admin1") or "").strip(), (row.get("admin2") or "").strip(), name)
        precision = (row.get("geo_precision") or "3").strip()
        points[key][(lat, lon, precision)] += 1
    out = []
    for (cc, a1, a2, name), seen in points.items():
        (lat, lon, _), _n = max(seen.items(), key=lambda kv: (kv[1], -int(kv[0][2] or 3)))
        out.append((cc, a1, a2, name, lat, lon))
    return sorted(out)


def encode(rows: list[tuple[str, str, str, str, float, float]]) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as gz:
        for cc, a1, a2, name, lat, lon in rows:
            gz.write(f"{cc}\t{a1}\t{a2}\t{name}\t{lat:.4f}\t{lon:.4f}\n".encode("utf-8"))
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", type=Path, help="folder holding the ACLED csv files")
    ap.add_argument("--holdout", type=float, default=0.0, help="leave out each file's latest share of rows by date")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = read_places(args.source, args.holdout)
    data = encode(rows)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(rows)} places from {args.source}, {len(data):,} bytes")


if __name__ == "__main__":
    main()
