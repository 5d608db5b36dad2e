"""Throughput and peak memory of the whole pipeline over real articles, in one process.

Usage:
    python benchmarks/bench_pipeline.py [../shared/data/news-id/kompas-2025.jsonl] [--limit N]

Reads a JSONL file of documents ({id, text, ...}) with warta's own reader, runs the default
pipeline on each, and prints articles per second, events found and peak resident memory.
The gazetteer's load is timed separately (it happens once per process).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from warta.pipeline import Pipeline, RunSummary
from warta.settings import Settings
from warta.stages.ingest import InputFailure, read_sources

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news-id" / "kompas-2025.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not Path(args.path).exists():
        print(f"no such file: {args.path}", file=sys.stderr)
        return 2
    settings = Settings.load()
    docs = [d for d in read_sources([args.path], settings=settings) if not isinstance(d, InputFailure)]
    if args.limit:
        docs = docs[: args.limit]
    chars = sum(len(d.text) for d in docs)
    pipeline = Pipeline(settings)
    started = time.perf_counter()
    pipeline.process(docs[0].__class__(id="warm-up", text="Polisi menangkap dua orang di Jayapura, Senin (3/6/2019)."))
    warm = time.perf_counter() - started
    summary = RunSummary()
    started = time.perf_counter()
    for _ in pipeline.run(docs, summary):
        pass
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents        {len(docs)} ({chars / 1e6:.1f} M characters)")
    print(f"start-up         {warm:.2f} s (models, gazetteer and language data loaded on first use)")
    print(f"pipeline         {elapsed:.1f} s, {len(docs) / elapsed:.1f} articles/s, {chars / elapsed / 1000:.0f} k chars/s")
    print(f"processed        {summary.processed}, skipped {len(summary.skipped)}, failed {len(summary.failed)}")
    print(f"events           {summary.events}")
    print(f"peak memory      {peak_mb:.0f} MB (max resident set size of the process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
