"""API latency under load: over 100,000 merged events in the store, 20 concurrent clients on loopback.

Builds a store of synthetic merged events (the reports of ``bench_merge.py``, one report each, merged), starts
``warta serve`` in its own process, and has 20 client threads (keep-alive connections) ask, in turn, for the main
list (a page of 100 events, filtered by province and a 90-day period) and for GeoJSON (a province and a month),
and for the unfiltered first page. Prints p50/p95/max latency per query and the requests per second.

Usage:
    python benchmarks/bench_api.py [--events 155000] [--requests 2000] [--clients 20] [--workers 2] [--db FILE]
"""

from __future__ import annotations

import argparse
import http.client
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_merge import reports  # noqa: E402

from warta.store import Store  # noqa: E402


def build(path: Path, count: int) -> None:
    store = Store(path)
    store._conn.execute("PRAGMA synchronous = OFF")  # building the fixture only; the server reads normally
    started = time.perf_counter()
    for doc in reports(count, seed=11):
        store.add(doc, merge=False)
    store.merge()
    store.close()
    print(f"built {count:,} reports in {time.perf_counter() - started:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=155_000, help="reports (about 2/3 as many merged events)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2, help="warta serve --workers (one per core)")
    parser.add_argument("--db", help="keep the generated store in this file (reused when it exists)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "load.db"
        if not db.exists():
            build(db, args.events)
        with Store(db) as store:
            total = store.count_merged_events()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "warta.cli", "serve", "--db", str(db), "--port", str(port),
                                   "--workers", str(args.workers)],
                                  stderr=subprocess.DEVNULL)
        try:
            for _ in range(200):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            rng = random.Random(3)
            queries = []
            for _ in range(args.requests):
                province = f"Province {rng.randrange(34)}"
                month = rng.randrange(1, 10)
                kind = rng.choice(["list", "list", "geojson", "first page"])
                if kind == "list":
                    path = f"/api/events?admin1={province.replace(' ', '%20')}&from=2024-{month:02d}-01&to=2024-{month + 3:02d}-01&limit=100"
                elif kind == "geojson":
                    path = f"/api/export.geojson?admin1={province.replace(' ', '%20')}&from=2024-{month:02d}-01&to=2024-{month:02d}-28"
                else:
                    path = "/api/events?limit=100"
                queries.append((kind, path))
            timings: dict[str, list[float]] = {}
            lock = threading.Lock()
            work = iter(queries)

            def client() -> None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                while True:
                    with lock:
                        item = next(work, None)
                    if item is None:
                        break
                    kind, path = item
                    t0 = time.perf_counter()
                    conn.request("GET", path)
                    response = conn.getresponse()
                    response.read()
                    elapsed = time.perf_counter() - t0
                    assert response.status == 200, (path, response.status)
                    with lock:
                        timings.setdefault(kind, []).append(elapsed)
                conn.close()

            started = time.perf_counter()
            threads = [threading.Thread(target=client) for _ in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"{total:,} merged events; {args.requests:,} requests from {args.clients} clients in {wall:.1f} s "
          f"({args.requests / wall:.0f} requests/s)")
    for kind, values in sorted(timings.items()):
        values.sort()
        p95 = values[int(0.95 * (len(values) - 1))]
        print(f"  {kind:<10} n={len(values):>5}  p50 {1000 * statistics.median(values):6.1f} ms  "
              f"p95 {1000 * p95:6.1f} ms  max {1000 * values[-1]:6.1f} ms")


if __name__ == "__main__":
    main()
