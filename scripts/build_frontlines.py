"""Build ``warta/data/frontlines.tsv``: who held the places on a front line, from ACLED's coded battles.

Reports of fire seen at a front without its shooter ("the OSCE SMM observed 25 explosions near Kominternove")
are coded by ACLED to the side that does not hold the place: shells land on the other side's ground. warta can do
the same only if it knows who held the place then. This script derives that from the ACLED rows in
``../shared/data/acled/``, and keeps nothing of the events themselves:

1. A *front* is a pair of organised armed sides (ACLED ``inter`` 1 state forces or 2 rebels) of one country that
   fought each other in both directions, each at least ``--min-side`` times (armed clashes and shelling), the
   rarer direction at least half as often as the other. A war of positions, where either side fires first (Ukraine's
   contact line, Yemen's Houthi fronts, Libya's Tripoli front), not an army hunting a rebel group.
2. Each place of such a front is held by the side fired at there (``actor2``, or when ACLED names no target,
   the other side of the front of the side that fired), when at least ``--min-rows`` of its rows of that front say
   so and ``--agree`` of them agree.

Output columns (tab separated, with a header): ``country`` (ISO2), ``admin1``, ``admin2``, ``name``, ``latitude``,
``longitude`` (the point and units most of the place's rows give), ``holder``,
``holder_inter``, ``adversary``, ``adversary_inter`` (ACLED actor names and interaction codes), ``first``, ``last``
(the days the rows span), ``rows``.

``--holdout 0.2`` leaves out each file's latest 20% of rows by date (the split ``warta train`` uses), to measure
the attribution on rows the table was not made from.

Example:
    python scripts/build_frontlines.py ../shared/data/acled
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_acled_places import earlier_rows, iso2  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "warta" / "data" / "frontlines.tsv"
FIGHTS = ("Armed clash", "Shelling/artillery/missile attack")
HEADER = ("country", "admin1", "admin2", "name", "latitude", "longitude", "holder", "holder_inter", "adversary",
          "adversary_inter", "first", "last", "rows")


def fights(folder: Path, holdout: float = 0.0) -> list:
    """The rows of armed clashes and shelling by an organised armed side, at another or at no one named (files
    without ``actor2`` skipped)."""
    out = []
    for r in earlier_rows(folder, holdout):
        row = r.row
        a1, a2 = (row.get("actor1") or "").strip(), (row.get("actor2") or "").strip()
        if row.get("sub_event_type") not in FIGHTS or "actor2" not in row or a1 == a2:
            continue
        if (row.get("inter1") or "").strip() in ("1", "2") and (row.get("inter2") or "").strip() in ("1", "2", "", "0"):
            out.append(r)
    return out


def fronts(rows: list, min_side: int, balance: float = 0.5) -> dict[tuple[str, str], str]:
    """``{(country, side): other side}`` for the pairs that fought each other in both directions."""
    pairs = Counter((r.row["country"], r.row["actor1"].strip(), r.row["actor2"].strip()) for r in rows
                    if r.row["actor2"].strip())
    out: dict[tuple[str, str], str] = {}
    for (country, a, b), n in pairs.items():
        m = pairs.get((country, b, a), 0)
        if min(n, m) >= min_side and min(n, m) >= balance * max(n, m):
            out[(country, a)], out[(country, b)] = b, a
    return out


def read_frontlines(folder: Path, holdout: float = 0.0, min_side: int = 15, min_rows: int = 1,
                    agree: float = 0.8) -> list[tuple]:
    rows = fights(folder, holdout)
    sides = fronts(rows, min_side)
    inters = {(r.row["country"], r.row["actor1"].strip()): r.row["inter1"].strip() for r in rows}
    held: dict[tuple[str, str], Counter] = defaultdict(Counter)
    points: dict[tuple[str, str], Counter] = defaultdict(Counter)
    days: dict[tuple[str, str], list] = defaultdict(list)
    for r in rows:
        row = r.row
        country, a1, a2 = row["country"], row["actor1"].strip(), row["actor2"].strip()
        cc, name = iso2(row), (row.get("location") or "").strip()
        if sides.get((country, a1)) is None or a2 not in (sides[(country, a1)], "") or cc is None or not name:
            continue
        a2 = sides[(country, a1)]  # fire with no target named ("explosions seen near X") fell on the other side
        inter2 = inters[(country, a2)]
        try:
            point = (round(float(row["latitude"]), 4), round(float(row["longitude"]), 4))
        except (KeyError, ValueError):
            continue
        key = (cc, name)
        held[key][(a2, inter2, a1, row["inter1"].strip())] += 1
        points[key][(row.get("admin1") or "").strip(), (row.get("admin2") or "").strip(), *point] += 1
        days[key].append(r.date)
    out = []
    for key, count in held.items():
        pair, n = count.most_common(1)[0]
        total = sum(count.values())
        if total < min_rows or n < agree * total:
            continue
        (admin1, admin2, lat, lon), _ = points[key].most_common(1)[0]
        out.append((key[0], admin1, admin2, key[1], lat, lon, *pair, min(days[key]).isoformat(),
                    max(days[key]).isoformat(), total))
    return sorted(out, key=lambda r: (r[0], r[3]))


def encode(rows: list[tuple]) -> str:
    lines = ["\t".join(HEADER)]
    lines += ["\t".join([cc, admin1, admin2, name, f"{lat:.4f}", f"{lon:.4f}", *sides, first, last, str(n)])
              for cc, admin1, admin2, name, lat, lon, *sides, first, last, n in rows]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", type=Path, help="folder holding the ACLED csv files")
    ap.add_argument("--holdout", type=float, default=0.0, help="leave out each file's latest share of rows by date")
    ap.add_argument("--min-side", type=int, default=15, help="fights each side of a front must have started")
    ap.add_argument("--min-rows", type=int, default=1, help="rows a place needs")
    ap.add_argument("--agree", type=float, default=0.8, help="share of a place's rows that must name one holder")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = read_frontlines(args.source, args.holdout, args.min_side, args.min_rows, args.agree)
    args.out.write_text(encode(rows), encoding="utf-8")
    fronts_seen = sorted({(r[0], *sorted((r[6], r[8]))) for r in rows})
    print(f"{args.out}: {len(rows)} places on {len(fronts_seen)} fronts from {args.source}")
    for cc, a, b in fronts_seen:
        print(f"  {cc}: {a} / {b}")


if __name__ == "__main__":
    main()
