"""The territorial-control timeline: who holds each place on a day, from stored control claims.

A claim (see :class:`~warta.document.ControlClaim`) says a holder holds a place from a day
(``holds``), or that a place is not held by someone as of a day (``free of``). For one place
the claims are read in date order: the latest day's claims give the holder, and "since" is
the first day of the unbroken run of claims giving that same holder. Claims of the latest day
that disagree are not resolved: the place is ``contested`` and every claim is listed with its
claimant.

Example:
    >>> claims = [{"place": "Kabul", "admin1": "Kabul", "country": "Afghanistan", "holder": "Taliban",
    ...            "status": "holds", "since": "2021-08-15", "claimant": "A"},
    ...           {"place": "Kabul", "admin1": "Kabul", "country": "Afghanistan", "holder": "Taliban",
    ...            "status": "holds", "since": "2021-08-16", "claimant": "B"}]
    >>> [(r["place"], r["holder"], r["since"], len(r["claims"])) for r in control_on(claims, "2021-08-21")]
    [('Kabul', 'Taliban', '2021-08-15', 2)]
"""

from __future__ import annotations

from typing import Any


def _key(claim: dict[str, Any]) -> tuple[str, str]:
    return (claim["place"].casefold(), (claim.get("admin1") or "").casefold())


def _holder(claim: dict[str, Any]) -> str:
    holder = claim["holder"] if claim["status"] == "holds" else f"not {claim['holder']}"
    return f"{holder} ({claim['extent']})" if claim.get("extent") else holder


def control_on(claims: list[dict[str, Any]], day: str) -> list[dict[str, Any]]:
    """One row per place: its holder on ``day`` (``YYYY-MM-DD``), since when, and the claims behind it."""
    places: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for claim in claims:
        if claim.get("since") and claim["since"] <= day:
            places.setdefault(_key(claim), []).append(claim)
    rows = []
    for group in places.values():
        group.sort(key=lambda c: (c["since"], c.get("id") or 0))
        last = group[-1]["since"]
        current = [c for c in group if c["since"] == last]
        holders = list(dict.fromkeys(_holder(c) for c in current))
        since, behind = last, list(current)
        if len(holders) == 1:
            for claim in reversed(group[: len(group) - len(current)]):
                if _holder(claim) != holders[0]:
                    break
                since = claim["since"]
                behind.insert(0, claim)
        first = group[-1]
        rows.append({
            "place": first["place"], "admin1": first.get("admin1") or "", "country": first.get("country") or "",
            "holder": holders[0] if len(holders) == 1 else " | ".join(holders),
            "contested": len(holders) > 1, "since": since, "claims": behind,
        })
    rows.sort(key=lambda r: (r["country"], r["admin1"], r["place"]))
    return rows


def history(claims: list[dict[str, Any]], place: str) -> list[dict[str, Any]]:
    """Every claim about ``place`` (its name, without regard to case), oldest first."""
    wanted = place.casefold()
    out = [c for c in claims if c["place"].casefold() == wanted]
    return sorted(out, key=lambda c: (c.get("since") or "", c.get("id") or 0))
