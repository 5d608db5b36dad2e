"""How fast the store merges reports of one event: 10,000 event reports, merged incrementally.

Generates reports of synthetic events (random sub-types, days over a year, places in 400 regencies of 34
provinces), about a third of the events told again by a second or third outlet (the same day, or the day
after read from "kemarin", or only the regency). Every report is stored in its own document with merging
off, then ``Store.merge()`` places them all; then 100 more reports are added one at a time with merging on,
as ``warta ingest`` does, and each add is timed. The numbers are for a store file on disk.

Usage:
    python benchmarks/bench_merge.py [--events 10000] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from warta.document import Document, Evidence, EventMention, Place, Span
from warta.stages.events import taxonomy
from warta.store import Store


def _places(rng: random.Random) -> list[Place]:
    out = []
    for p in range(34):
        lat0, lon0 = rng.uniform(-9, 4), rng.uniform(96, 140)
        for r in range(12):
            lat, lon = lat0 + rng.uniform(-1, 1), lon0 + rng.uniform(-1, 1)
            out.append(Place(f"R{p}-{r}", f"Regency {p}-{r}", "Indonesia", "ID", 360, f"Province {p}",
                             f"Regency {p}-{r}", lat, lon, level="admin2"))
            for v in range(3):
                out.append(Place(f"V{p}-{r}-{v}", f"Village {p}-{r}-{v}", "Indonesia", "ID", 360, f"Province {p}",
                                 f"Regency {p}-{r}", lat + rng.uniform(-0.2, 0.2), lon + rng.uniform(-0.2, 0.2)))
    return out


def _report(n: int, sub: str, day: dt.date, place: Place, rule: str, fatalities: int) -> Document:
    tax = taxonomy()
    doc = Document(id=f"report-{n}", text=f"Report {n}: {sub} at {place.name} on {day}.", source=f"Outlet {n % 40}",
                   published=day + dt.timedelta(days=1))
    ev = EventMention(doc.id, tax["event_type_of"][sub], sub, event_date=day, place=place, location=place.name,
                      geo_precision=2 if place.level == "admin2" else 1, fatalities=fatalities,
                      sentence=Span(0, len(doc.text), "sentence", doc.text))
    ev.evidence.append(Evidence("event_date", [Span(0, 1, "date", "R")], rule))
    doc.events.append(ev)
    return doc


def reports(count: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    places = _places(rng)
    villages = [p for p in places if p.level != "admin2"]
    regency = {p.admin2: p for p in places if p.level == "admin2"}
    subs = [s for s in taxonomy()["event_type_of"] if s != "Other"]
    start = dt.date(2024, 1, 1)
    out: list[Document] = []
    while len(out) < count:
        sub, day, place = rng.choice(subs), start + dt.timedelta(days=rng.randrange(365)), rng.choice(villages)
        dead = rng.choice([0, 0, 0, 1, 2, 5])
        out.append(_report(len(out), sub, day, place, "absolute date; sentence", dead))
        if rng.random() < 0.33:  # told again: the next day from "kemarin", or only the regency
            for _ in range(rng.choice([1, 1, 2])):
                if rng.random() < 0.5:
                    out.append(_report(len(out), sub, day, regency[place.admin2], "absolute date; sentence", dead + 1))
                else:
                    out.append(_report(len(out), sub, day, place, "relative date; sentence: relative day -1", dead))
    rng.shuffle(out)
    return out[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    docs = reports(args.events + 100, args.seed)
    bulk, later = docs[: args.events], docs[args.events:]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        for doc in bulk:
            store.add(doc, merge=False)
        t1 = time.perf_counter()
        store.merge()
        t2 = time.perf_counter()
        times = []
        for doc in later:
            s = time.perf_counter()
            store.add(doc)
            times.append(time.perf_counter() - s)
        merged = len(store.merged_events())
        joins = sum(1 for e in store.merge_log() if e["action"] == "join")
        store.close()
    print(f"{args.events:,} reports stored in {t1 - t0:.1f} s; merged in {t2 - t1:.1f} s "
          f"({args.events / (t2 - t1):,.0f} reports/s) into {merged:,} events ({joins:,} joins)")
    print(f"then one report at a time (add + merge): median {1000 * statistics.median(times):.1f} ms, "
          f"max {1000 * max(times):.1f} ms")


if __name__ == "__main__":
    main()
