"""Small value helpers shared by the scorers: distances, numbers and dates read leniently.

Example:
    >>> round(haversine_km(-6.2, 106.8, -6.9, 107.6))
    118
    >>> parse_date("5-Aug-24"), parse_date("20191231"), parse_date("")
    (datetime.date(2024, 8, 5), datetime.date(2019, 12, 31), None)
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any

EARTH_RADIUS_KM = 6371.0088

#: date layouts seen in ACLED exports and gold files, tried in this order
DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%d-%b-%y", "%d-%b-%Y", "%d %B %Y", "%d %b %Y", "%d/%m/%Y", "%Y/%m/%d")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def to_float(value: Any) -> float | None:
    """A float, or None for empty, missing or unreadable values (and NaN)."""
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def to_int(value: Any) -> int | None:
    """An integer, or None for empty, missing or unreadable values (``"3.0"`` -> 3)."""
    number = to_float(value)
    return None if number is None else int(number)


def point(record: dict[str, Any]) -> tuple[float, float] | None:
    """``(latitude, longitude)`` of a record, or None when either is missing."""
    lat, lon = to_float(record.get("latitude")), to_float(record.get("longitude"))
    return None if lat is None or lon is None else (lat, lon)


def min_distance_km(origin: tuple[float, float] | None, points: Iterable[tuple[float, float]]) -> float:
    """Distance from ``origin`` to the nearest of ``points``; infinity when there is none to compare."""
    if origin is None:
        return math.inf
    return min((haversine_km(*origin, *p) for p in points), default=math.inf)


def parse_date(value: Any) -> dt.date | None:
    """A calendar date from a date, an ISO string or an ACLED layout; None if empty or unreadable."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    for layout in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, layout).date()
        except ValueError:
            continue
    return None
