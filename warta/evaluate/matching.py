"""Matching system events to gold events, exactly by the rules of GOLD_FORMAT.md.

A system event and a gold event match when (1) they have the same ``event_type``, or the system's
``sub_event_type`` is among the gold's accepted sub-types; (2) their points lie within 25 km (the
gold's main point or any ``alt_coords``), or the gold has ``geo_precision`` 3 and they name the
same admin1; (3) their dates differ by at most one day.

Each gold event matches at most one system event and each system event at most one gold event.
The assignment is greedy by closeness (distance, then date difference), then repaired by augmenting
paths (Kuhn's algorithm) so that no gold event stays unmatched when moving other pairs to their next
closest candidate would free one: the number of matches is maximal, and closest pairs win ties.
Required gold events are assigned first, optional ones from the system events left over.

Example:
    >>> gold = GoldEvent("E1", True, "Battles", "Armed clash", (), dt.date(2021, 8, 20), ((35.6, 69.5),), 1)
    >>> check(gold, {"event_type": "Battles", "latitude": 35.7, "longitude": 69.5, "event_date": "2021-08-21"}).ok
    True
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .geo import min_distance_km, parse_date, point
from .names import any_admin

MATCH_KM = 25.0
MAX_DAYS = 1


@dataclass(frozen=True)
class GoldEvent:
    """One gold event, its accepted values gathered (see GOLD_FORMAT.md)."""

    id: str
    required: bool
    event_type: str
    sub_event_type: str
    accept_sub_event_types: tuple[str, ...]
    event_date: dt.date
    points: tuple[tuple[float, float], ...]
    geo_precision: int = 1
    admin1: tuple[str, ...] = ()
    admin2: tuple[str, ...] = ()
    actor1: tuple[str, ...] = ()
    location: str = ""
    fatalities: int | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Check:
    """How one system event compares with one gold event."""

    type_ok: bool
    distance_km: float
    admin1_ok: bool
    days: int | None  # system date minus gold date; None when the system has no date

    @property
    def geo_ok(self) -> bool:
        return self.distance_km <= MATCH_KM or self.admin1_ok

    @property
    def date_ok(self) -> bool:
        return self.days is not None and abs(self.days) <= MAX_DAYS

    @property
    def ok(self) -> bool:
        return self.type_ok and self.geo_ok and self.date_ok

    @property
    def cost(self) -> tuple[float, int]:
        return (self.distance_km, abs(self.days) if self.days is not None else 10**6)

    def why_not(self) -> str:
        """The failed conditions in words (empty when it matches)."""
        reasons = []
        if not self.type_ok:
            reasons.append("type differs")
        if not self.geo_ok:
            reasons.append("no point" if math.isinf(self.distance_km) else f"{self.distance_km:.0f} km away")
        if not self.date_ok:
            reasons.append("no date" if self.days is None else f"date off by {self.days:+d} d")
        return ", ".join(reasons)


def type_matches(gold: GoldEvent, record: dict[str, Any]) -> bool:
    """Same event_type, or the system sub-type is the gold's or one the gold accepts."""
    sub = record.get("sub_event_type") or ""
    return (
        (record.get("event_type") or "") == gold.event_type
        or sub == gold.sub_event_type
        or sub in gold.accept_sub_event_types
    )


def check(gold: GoldEvent, record: dict[str, Any]) -> Check:
    """Compare one system record with one gold event."""
    distance = min_distance_km(point(record), gold.points)
    admin1_ok = gold.geo_precision == 3 and any_admin(gold.admin1, record.get("admin1"))
    date = parse_date(record.get("event_date"))
    days = None if date is None else (date - gold.event_date).days
    return Check(type_matches(gold, record), distance, admin1_ok, days)


def _assign(
    golds: Sequence[int], checks: dict[tuple[int, int], Check], taken: set[int]
) -> dict[int, int]:
    """gold index -> system index over the matching pairs, avoiding ``taken`` system events."""
    candidates: dict[int, list[int]] = {
        g: sorted(
            (s for (gg, s), c in checks.items() if gg == g and c.ok and s not in taken),
            key=lambda s: (checks[g, s].cost, s),
        )
        for g in golds
    }
    owner: dict[int, int] = {}  # system -> gold
    pairs = sorted(
        ((checks[g, s].cost, g, s) for g in golds for s in candidates[g]),
    )
    matched: set[int] = set()
    for _, g, s in pairs:
        if g not in matched and s not in owner:
            owner[s] = g
            matched.add(g)

    def augment(g: int, seen: set[int]) -> bool:
        for s in candidates[g]:
            if s in seen:
                continue
            seen.add(s)
            if s not in owner or augment(owner[s], seen):
                owner[s] = g
                return True
        return False

    for g in golds:
        if g not in matched and candidates[g]:
            if augment(g, set()):
                matched.add(g)
    return {g: s for s, g in owner.items()}


def match_events(
    golds: Sequence[GoldEvent], records: Sequence[dict[str, Any]]
) -> tuple[dict[int, int], dict[tuple[int, int], Check]]:
    """``({gold index: system index}, {(gold index, system index): Check})`` for one document."""
    checks = {(g, s): check(gold, rec) for g, gold in enumerate(golds) for s, rec in enumerate(records)}
    required = [g for g, gold in enumerate(golds) if gold.required]
    optional = [g for g, gold in enumerate(golds) if not gold.required]
    pairs = _assign(required, checks, set())
    pairs.update(_assign(optional, checks, set(pairs.values())))
    return pairs, checks
