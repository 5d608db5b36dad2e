"""Measure the places stage, in two modes.

ACLED rows (default): each row's ``notes`` is one English document. The first place of
``event_places`` of the first sentence is compared with the row: distance to (latitude,
longitude) within 25 km, and admin1 / admin2 equal after folding case and accents and
taking off unit words.

Indonesian news (``--news``): the truth comes from the articles themselves. Where a text
writes a unit in full with its parent (``Kecamatan Cibiru, Kota Bandung``, ``Distrik Beoga,
Kabupaten Puncak``, ``Desa X, Kecamatan Y``, or ``Kabupaten Blora`` when no other regency or
city has that name) and the wilayah table holds exactly one such unit, every *bare* mention of the same name elsewhere in the article (no unit word before
it) should be placed within 25 km of that unit's centroid. Nothing of the texts is stored.

Example:
    python scripts/measure_places.py /work/shared/data/acled/acled_indonesia_2016_2019.csv --show 20
    python scripts/measure_places.py --news /work/shared/data/news-id/kompas-2025.jsonl \
        --wilayah /work/shared/data/gazetteer-id/wilayah_points.tsv --show 20
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import time
from collections import Counter

from warta.document import Document, Span
from warta.gazetteer.names import english_admin, fold
from warta.lang import load
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
    ap.add_argument("csv", nargs="?")
    ap.add_argument("--news", help="Indonesian news JSONL (id, text): measure bare place names against the wilayah table")
    ap.add_argument("--wilayah", default="/work/shared/data/gazetteer-id/wilayah_points.tsv")
    ap.add_argument("--show", type=int, default=0, help="print this many misses")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    if args.news:
        measure_news(args)
    elif args.csv:
        measure_acled(args)
    else:
        ap.error("give an ACLED csv or --news FILE")


def measure_acled(args: argparse.Namespace) -> None:
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


# ---- Indonesian news: truth from fully written units ------------------------------------------------
_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_FULL = re.compile(rf"\b(?P<u1>Kecamatan|Distrik|Desa|Kelurahan|Kampung)\s+(?P<n1>{_NAME}),\s*"
                   rf"(?P<u2>Kabupaten|Kab\.|Kota|Kecamatan|Distrik)\s+(?P<n2>{_NAME})")
ID_NAMES = load("id", "places")
_REGENCY = re.compile(rf"\b(?:Kabupaten|Kota)\s+(?P<n1>{_NAME})")
_UNIT_BEFORE = re.compile(r"(?i)(?:kecamatan|distrik|desa|kelurahan|kampung|kabupaten|kab\.|kota|provinsi|kec\.)\s+$")
_IN_NAME = re.compile(r"(?<![.!?:\n#] )(?<!^)\b[A-Z][\w]*\s+$")  # a capitalised word right before: an organisation
_LEVEL_OF = {"kecamatan": "kec", "distrik": "kec", "desa": "kel", "kelurahan": "kel", "kampung": "kel",
             "kabupaten": "kab", "kab.": "kab", "kota": "kab"}


def load_wilayah(path: str) -> dict:
    """``{(level, folded name, folded parent name): [(lat, lon)...]}`` from the wilayah points table."""
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    names = {r["code"]: r["name"] for r in rows}
    out: dict = {}
    for r in rows:
        parent = names.get(r["code"].rsplit(".", 1)[0], "") if "." in r["code"] else ""
        key = (r["level"], bare(r["name"]), bare(parent))
        out.setdefault(key, []).append((float(r["latitude"]), float(r["longitude"])))
        if r["level"] == "kab":
            out.setdefault(("kab", bare(r["name"]), "*"), []).append((float(r["latitude"]), float(r["longitude"])))
    return out


def bare(name: str) -> str:
    return re.sub(r"^(kabupaten|kota administrasi|kota|kab|provinsi|kecamatan|distrik|desa|kelurahan) ", "", fold(name))


def truths(text: str, table: dict) -> dict[str, tuple]:
    """Names whose unit the text writes in full, and that unit's centroid (and a regency's ACLED name)."""
    out: dict[str, tuple[float, float]] = {}
    for m in _FULL.finditer(text):
        level, parent_level = _LEVEL_OF[m["u1"].lower()], _LEVEL_OF[m["u2"].lower()]
        if (level, parent_level) not in (("kec", "kab"), ("kel", "kec")):
            continue
        points = table.get((level, bare(m["n1"]), bare(m["n2"])), [])
        if len(points) == 1:
            out[m["n1"]] = points[0]
    for m in _REGENCY.finditer(text):  # "Kabupaten Blora": a regency name no other regency or city has
        points = table.get(("kab", bare(m["n1"]), "*"), [])
        if len(points) == 1 and m["n1"] not in out:
            out[m["n1"]] = points[0] + (fold(english_admin(m["n1"], ID_NAMES)),)
    return out


def measure_news(args: argparse.Namespace) -> None:
    import json

    from warta.settings import Settings
    from warta.stages.language import detect_language
    from warta.stages.segment import segment

    table = load_wilayah(args.wilayah)
    settings = Settings.load()
    gp = Geoparser(settings=settings)
    total = hit = found = articles = 0
    misses = []
    secs = 0.0
    for n, line in enumerate(open(args.news, encoding="utf-8")):
        if args.limit and n >= args.limit:
            break
        rec = json.loads(line)
        text = rec["text"]
        truth = truths(text, table)
        if not truth:
            continue
        articles += 1
        doc = Document(str(rec["id"]), text)
        detect_language(doc, settings)
        segment(doc)
        t0 = time.perf_counter()
        gp(doc)
        secs += time.perf_counter() - t0
        by_start = {m.span.start: m for m in doc.places if m.place is not None}
        for name, (lat, lon, *regency) in truth.items():
            for occ in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if _UNIT_BEFORE.search(text, max(0, occ.start() - 20), occ.start()) or _IN_NAME.search(
                        text, max(0, occ.start() - 30), occ.start()) or re.match(r" \d", text[occ.end():occ.end() + 2]) \
                        or text[text.rfind("\n", 0, occ.start()) + 1:occ.start()].lstrip().startswith("|"):
                    continue  # with its unit word, inside a longer name ("Polsek X", "SDN X 2") or in the field table
                total += 1
                m = by_start.get(occ.start())
                d = km(m.place.latitude, m.place.longitude, lat, lon) if m else None
                found += m is not None
                ok = d is not None and (d <= 25 or bool(regency and fold(m.place.admin2) == regency[0]))
                hit += ok  # a regency named bare: within 25 km of its centroid, or anywhere in it
                if not ok:
                    misses.append((rec["id"], name, m, d, text[max(0, occ.start() - 60):occ.end() + 40]))
    print(f"articles {articles}  bare mentions {total}  found {found / max(total, 1):.3f}  "
          f"within 25 km {hit / max(total, 1):.3f}  ({secs / max(articles, 1) * 1000:.2f} ms/article geoparse)")
    for doc_id, name, m, d, context in misses[: args.show]:
        got = f"{m.place.name} / {m.place.admin2} / {m.place.admin1} [{m.rule}] {d:.0f} km" if m else "not found"
        print(f"- {doc_id}: {name!r} -> {got}\n    ...{' '.join(context.split())}...")


if __name__ == "__main__":
    main()
