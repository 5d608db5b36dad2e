"""Build ``warta/data/wilayah.tsv.gz``: Indonesia's official units as a compact table.

Source: ``gazetteer-id/wilayah_points.tsv`` (Kepmendagri codes, centroids; MIT, data by
cahyadsn/wilayah_boundaries). Provinces missing from the points file are taken from the
same source's ``prov/*.sql`` boundary inserts (name and centroid only).

Output columns (tab separated, no header): ``code  name  latitude  longitude``. The level
is the number of code parts (1 province, 2 regency/city, 3 district, 4 village); the code
prefix is the parent. Coordinates are rounded to 4 decimals (about 10 m). Villages are
kept when the file stays under ``--max-bytes``; otherwise only villages whose name does
not repeat the name of their district.

Example:
    python scripts/build_wilayah.py /work/shared/data/gazetteer-id
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "warta" / "data" / "wilayah.tsv.gz"
_PROV_SQL = re.compile(r"\('(\d\d)','([^']+)',\s*(-?[\d.]+),\s*(-?[\d.]+),")


def read_points(src: Path) -> list[tuple[str, str, float, float]]:
    rows: dict[str, tuple[str, str, float, float]] = {}
    with open(src / "wilayah_points.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            code, _level, name, lat, lon = line.rstrip("\n").split("\t")
            rows[code] = (code, name.strip(), float(lat), float(lon))
    # provinces absent from the points file: from the boundary inserts
    have = {c for c in rows if "." not in c}
    need = {c.split(".")[0] for c in rows} - have
    for sql in sorted((src / "prov").glob("*.sql")) if need else ():
        for m in _PROV_SQL.finditer(sql.read_text("utf-8", errors="replace")):
            code = m.group(1)
            if code in need:
                rows[code] = (code, m.group(2), float(m.group(3)), float(m.group(4)))
                need.discard(code)
    return sorted(rows.values(), key=lambda r: [int(p) for p in r[0].split(".")])


def encode(rows: list[tuple[str, str, float, float]]) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as gz:
        for code, name, lat, lon in rows:
            gz.write(f"{code}\t{name}\t{lat:.4f}\t{lon:.4f}\n".encode("utf-8"))
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", type=Path, help="folder holding wilayah_points.tsv (gazetteer-id)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--max-bytes", type=int, default=2_000_000)
    args = ap.parse_args()
    rows = read_points(args.source)
    data = encode(rows)
    if len(data) > args.max_bytes:
        names = {r[0]: r[1].lower() for r in rows}
        rows = [r for r in rows if r[0].count(".") < 3 or names.get(r[0].rsplit(".", 1)[0]) != r[1].lower()]
        data = encode(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    lic = args.source / "LICENSE"
    if lic.exists():
        shutil.copyfile(lic, args.out.parent / "LICENSE.wilayah")
    levels = [r[0].count(".") for r in rows]
    print(f"{args.out}: {len(data):,} bytes; provinces {levels.count(0)}, regencies {levels.count(1)}, "
          f"districts {levels.count(2)}, villages {levels.count(3)}")


if __name__ == "__main__":
    main()
