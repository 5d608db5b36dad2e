"""Write event records (see :mod:`warta.export.records`) as JSONL, ACLED CSV or a rich table.

ACLED CSV: ACLED's 31 columns in ACLED's order. What warta does not know stays empty
(``admin3``, ``source_scale``). Derived columns:

* ``data_id``, ``event_id_no_cnty``: the record's ``event_id`` (the store's event row id,
  stable across exports of one store) or else its 1-based position in the export;
* ``event_id_cnty``: ``<ISO3>-warta-<n>`` with that same number (``XXX`` without a country),
  so warta's ids never collide with ACLED's own ``IDN1234``;
* ``event_date``: ``YYYYMMDD`` as in ACLED's Indonesia export; ``year`` from it;
* ``iso3`` from the numeric ``iso`` via pycountry; ``region`` from ``data/acled_regions.yaml``;
* ``timestamp``: the time of the export (Unix seconds) unless given.

Example:
    >>> import io
    >>> out = io.StringIO()
    >>> write_acled_csv([], out)
    0
    >>> out.getvalue().split(",")[:3]
    ['data_id', 'iso', 'event_id_cnty']
"""

from __future__ import annotations

import csv
import functools
import json
import time
from importlib import resources
from typing import Any, Iterable, TextIO

import yaml

ACLED_COLUMNS: tuple[str, ...] = (
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
)


def write_jsonl(records: Iterable[dict[str, Any]], fh: TextIO) -> int:
    """Write one JSON object a line (UTF-8 text, not ASCII-escaped); return the count."""
    n = 0
    for record in records:
        fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def read_jsonl(fh: TextIO) -> list[dict[str, Any]]:
    """The records of a JSONL export (blank lines ignored)."""
    return [json.loads(line) for line in fh if line.strip()]


@functools.cache
def _regions() -> dict[str, str]:
    text = resources.files("warta").joinpath("data", "acled_regions.yaml").read_text("utf-8")
    return {iso3: region for region, codes in yaml.safe_load(text).items() for iso3 in codes}


@functools.cache
def iso3_of(iso: int | str | None) -> str:
    """ISO 3166-1 alpha-3 of a numeric (``360``) or alpha-2 (``ID``) code; ``""`` if unknown."""
    import pycountry

    if iso in (None, ""):
        return ""
    text = str(iso).strip()
    country = (
        pycountry.countries.get(numeric=text.zfill(3)) if text.isdigit()
        else pycountry.countries.get(alpha_2=text.upper()) or pycountry.countries.get(alpha_3=text.upper())
    )
    return country.alpha_3 if country else ""


def acled_row(record: dict[str, Any], n: int, *, timestamp: int) -> dict[str, Any]:
    """ACLED's columns for one record; ``n`` numbers it when it has no ``event_id``."""
    number = record.get("event_id") or n
    iso3 = iso3_of(record.get("iso"))
    date = record.get("event_date") or ""
    blank = lambda v: "" if v is None else v  # noqa: E731
    return {
        "data_id": number,
        "iso": blank(record.get("iso")),
        "event_id_cnty": f"{iso3 or 'XXX'}-warta-{number}",
        "event_id_no_cnty": number,
        "event_date": date.replace("-", ""),
        "year": date[:4],
        "time_precision": blank(record.get("time_precision")),
        "event_type": record.get("event_type", ""),
        "sub_event_type": record.get("sub_event_type", ""),
        "actor1": record.get("actor1", ""),
        "assoc_actor_1": record.get("assoc_actor_1", ""),
        "inter1": blank(record.get("inter1")),
        "actor2": record.get("actor2", ""),
        "assoc_actor_2": record.get("assoc_actor_2", ""),
        "inter2": blank(record.get("inter2")),
        "interaction": blank(record.get("interaction")),
        "region": _regions().get(iso3, ""),
        "country": record.get("country", ""),
        "admin1": record.get("admin1", ""),
        "admin2": record.get("admin2", ""),
        "admin3": "",
        "location": record.get("location", ""),
        "latitude": blank(record.get("latitude")),
        "longitude": blank(record.get("longitude")),
        "geo_precision": blank(record.get("geo_precision")),
        "source": record.get("source", ""),
        "source_scale": "",
        "notes": record.get("notes", ""),
        "fatalities": blank(record.get("fatalities")),
        "timestamp": timestamp,
        "iso3": iso3,
    }


def write_acled_csv(records: Iterable[dict[str, Any]], fh: TextIO, *, timestamp: int | None = None) -> int:
    """Write ACLED's header and one row per record; return the number of rows.

    Open ``fh`` with ``newline=""`` (the csv module writes ``\\r\\n`` line ends itself).
    """
    stamp = int(time.time()) if timestamp is None else timestamp
    writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    n = 0
    for n, record in enumerate(records, 1):
        writer.writerow(acled_row(record, n, timestamp=stamp))
    return n


def _fatalities(rec: dict[str, Any]) -> str:
    """The death count; for a merged event whose reports disagree, the range beside it."""
    count = str(rec.get("fatalities", 0))
    low, high = rec.get("fatalities_low"), rec.get("fatalities_high")
    return count if low is None or low == high else f"{count} ({low}-{high})"


def render_table(records: Iterable[dict[str, Any]], console: Any, *, title: str | None = None) -> int:
    """Print the records as a rich table on ``console`` (a ``rich.console.Console``); return the count."""
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for name, style in (("date", "cyan"), ("type / sub-type", ""), ("actors", ""), ("location", "green"),
                        ("admin1", ""), ("fatalities", "red"), ("source", "dim")):
        table.add_column(name, style=style or None, justify="right" if name == "fatalities" else "left")
    n = 0
    for n, rec in enumerate(records, 1):
        actors = rec.get("actor1") or ""
        if rec.get("actor2"):
            actors = f"{actors} vs {rec['actor2']}" if actors else rec["actor2"]
        table.add_row(
            rec.get("event_date") or "?",
            f"{rec.get('event_type', '')}\n{rec.get('sub_event_type', '')}",
            actors,
            rec.get("location") or "",
            rec.get("admin1") or "",
            _fatalities(rec),
            rec.get("source") or "" if "reports" not in rec else f"{rec['reports']} report(s): {rec.get('source') or ''}",
        )
    console.print(table)
    return n
