"""Measure the places stage on ACLED rows: each row's ``notes`` is one English document.

For each row, the first place of ``event_places`` of the first sentence is compared with
the row: distance to (latitude, longitude) within 25 km, and admin1 / admin2 equal after
folding case and accents and taking off unit words.

Example:
    python scripts/measure_places.py /work/shared/data/acled/acled_indonesia_2016_2019.csv --show 20
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import time
from collections import Counter

from warta.document import Document, Span
from warta.gazetteer.names import fold
from warta.stages.places import Geoparser, event_places

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\[])")
_UNITS = re.compile(r"\b(province|regency|city|district|kabupaten|kota|provinsi)\b")


def sentences(text: str) -> list[Span]:
    out, pos = [], 0
    for part in _SENT.split(text):
        start = text.index(part, pos)
        out.append(Span(start, start + len(part), "sentence", part))
        pos = start + len(part)
    return out


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def same(a: str, b: str) -> bool:
    fa, fb = (" ".join(_UNITS.sub(" ", fold(x)).split()) for x in (a, b))
    return fa == fb or fa.replace(" ", "") == fb.replace(" ", "")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--show", type=int, default=0, help="print this many misses")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    rows = list(csv.DictReader(open(args.csv, encoding="utf-8-sig")))
    if args.limit:
        rows = rows[: args.limit]
    gp = Geoparser()
    near = a1 = a2 = found = 0
    rules: Counter = Counter()
    misses = []
    t0 = time.perf_counter()
    for i, row in enumerate(rows):
        doc = Document(f"acled-{i}", row["notes"], lang="en")
        doc.sentences = sentences(doc.text)
        gp(doc)
        places = event_places(doc, doc.sentences[0]) if doc.sentences else []
        if not places:
            misses.append((row, None))
            continue
        found += 1
        m = places[0]
        rules[m.rule] += 1
        d = km(m.place.latitude, m.place.longitude, float(row["latitude"]), float(row["longitude"]))
        ok1, ok2 = same(m.place.admin1, row["admin1"]), same(m.place.admin2, row["admin2"])
        near += d <= 25
        a1 += ok1
        a2 += ok2
        if d > 25 or not ok1 or not ok2:
            misses.append((row, (m, d)))
    secs = time.perf_counter() - t0
    n = len(rows)
    print(f"rows {n}  with a place {found / n:.3f}  within 25 km {near / n:.3f}  admin1 {a1 / n:.3f}  "
          f"admin2 {a2 / n:.3f}  ({secs / n * 1000:.2f} ms/row)")
    print("rules:", dict(rules.most_common()))
    for row, got in misses[: args.show]:
        print("-", row["notes"][:200])
        print(f"  ACLED: {row['location']} / {row['admin2']} / {row['admin1']} ({row['geo_precision']})")
        if got:
            m, d = got
            print(f"  got:   {m.name!r} -> {m.place.name} / {m.place.admin2} / {m.place.admin1} "
                  f"[{m.place.level}, {m.rule}, p{m.geo_precision}] {d:.0f} km")


if __name__ == "__main__":
    main()
