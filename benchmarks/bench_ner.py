"""Throughput of the shipped name recognisers on one core.

Runs each model (``warta/models/ner-<lang>``) over its language's test files from ``../shared/data/ner`` in one
process with BLAS and OpenMP limited to one thread, and prints tokens per second and sentences per second.

Usage:
    python benchmarks/bench_ner.py [--shared ../shared/data] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import time  # noqa: E402
from pathlib import Path  # noqa: E402

from warta.ner.corpora import SPLITS, read_file  # noqa: E402
from warta.ner.model import load_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared/data")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for lang, split in SPLITS.items():
        nlp = load_model(lang)
        if nlp is None:
            print(f"{lang}: no shipped model")
            continue
        from spacy.tokens import Doc

        sentences = [s for f in split["test"].values() for s in read_file(Path(args.shared) / "ner" / f)]
        tokens = sum(len(s.tokens) for s in sentences)
        best = float("inf")
        for _ in range(args.repeat):
            docs = [Doc(nlp.vocab, words=s.tokens) for s in sentences]
            started = time.perf_counter()
            for _doc in nlp.pipe(docs, batch_size=256):
                pass
            best = min(best, time.perf_counter() - started)
        print(f"{lang}: {len(sentences)} sentences, {tokens} tokens in {best:.2f} s: "
              f"{tokens / best:,.0f} tokens/s, {len(sentences) / best:,.0f} sentences/s on one core")


if __name__ == "__main__":
    main()
