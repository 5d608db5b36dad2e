"""Toponyms resolved per second, and the place index's load time and memory.

Usage:
    python benchmarks/bench_places.py [--acled FILE.csv] [--kompas FILE.jsonl] [--limit N]

1. Loads the active place index (an imported GeoNames index if there is one, else the
   default) in a fresh process state and prints the load time and the resident memory
   (RSS) before and after.
2. Prepares the documents (language, segmentation, dates: not timed), then times the places
   stage alone over ACLED notes (English) and Kompas articles (Indonesian): names found and
   resolved per second. Then times ``resolve_spans`` on the same names given as spans (how
   geoparsers are compared on gold spans).
"""

from __future__ import annotations

import argparse
import csv
import gc
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def acled_docs(path: Path, limit: int | None):
    from warta.document import Document

    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    rows = rows[:limit] if limit else rows
    return [Document(id=r["event_id_cnty"], text=r["notes"], lang="en") for r in rows if r.get("notes")]


def kompas_docs(path: Path, limit: int | None):
    from warta.settings import Settings
    from warta.stages.ingest import InputFailure, read_sources

    docs = [d for d in read_sources([str(path)], settings=Settings.load()) if not isinstance(d, InputFailure)]
    return docs[:limit] if limit else docs


def bench(name: str, docs, gp) -> None:
    from warta.geoparse import resolve_spans

    docs = [gp.prepare(d) for d in docs]
    chars = sum(len(d.text) for d in docs)
    t0 = time.perf_counter()
    found = resolved = 0
    for doc in docs:
        gp.geoparser(doc)
        found += len(doc.places)
        resolved += sum(1 for m in doc.places if m.place is not None)
    t_found = time.perf_counter() - t0
    given = [(d, [(m.span.start, m.span.end) for m in d.places]) for d in docs]
    t0 = time.perf_counter()
    n_given = 0
    for doc, spans in given:
        n_given += sum(1 for m in resolve_spans(doc, spans, geoparser=gp.geoparser) if m.place is not None)
    t_given = time.perf_counter() - t0
    print(f"{name:<8} {len(docs)} documents, {chars / 1e6:.2f} M characters")
    print(f"  found    {resolved} toponyms resolved ({found} names) in {t_found:.2f} s: "
          f"{resolved / t_found:,.0f} toponyms/s, {len(docs) / t_found:,.0f} documents/s")
    print(f"  given    {n_given} spans resolved in {t_given:.2f} s: {n_given / t_given:,.0f} toponyms/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acled", default=str(SHARED / "acled" / "acled_indonesia_2016_2019.csv"))
    parser.add_argument("--kompas", default=str(SHARED / "news-id" / "kompas-2025.jsonl"))
    parser.add_argument("--limit", type=int, default=None, help="Only the first N documents of each file.")
    args = parser.parse_args()

    import numpy  # noqa: F401  (imported by the places stage anyway: not counted as the index's memory)

    from warta.gazetteer import Gazetteer
    from warta.gazetteer.build import active_index
    from warta.settings import Settings

    settings = Settings.load()
    path = active_index(settings)  # builds the default index first if needed (not timed)
    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    gaz = Gazetteer.load(settings)
    load = time.perf_counter() - t0
    gc.collect()
    after = rss_mb()
    print(f"index    {path} ({path.stat().st_size / 1e6:.0f} MB on disk), {gaz.size:,} records")
    print(f"load     {load:.2f} s; RSS {before:.0f} MB before, {after:.0f} MB after: {after - before:.0f} MB for the index")

    from warta.geoparse import Geoparse

    gp = Geoparse(settings)
    for name, path_, reader in (("acled", Path(args.acled), acled_docs), ("kompas", Path(args.kompas), kompas_docs)):
        if not path_.exists():
            print(f"{name:<8} skipped: no file {path_}")
            continue
        bench(name, reader(path_, args.limit), gp)
    print(f"memory   RSS {rss_mb():.0f} MB at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
