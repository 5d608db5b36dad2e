"""One event, many reports: deciding whether two event mentions describe the same real event.

Mentions from different documents are compared field by field. Three checks can block a
merge outright (a different kind of event, a different place, a different day); the others
add to a score. Every check is kept as a reason, so a merge decision can be read and undone.

* **type**: the same event type; or related types outlets often disagree on (an attack
  coded as a clash or as violence against civilians; a protest and a riot). Strategic
  developments only meet their own type.
* **place**: the same gazetteer place; a place and the unit that holds it (a village in one
  report, its regency or province in another); two points a few kilometres apart. Two
  different regencies, or two towns of one regency farther apart, never merge: two events of
  the same type on the same day in different places stay two events.
* **date**: the same day; one day apart when either date was resolved from a relative word
  ("kemarin", "on Friday"), which is where two reports of one event disagree; within the
  week or month of a date known only to that precision.
* **actors**: a named actor in common adds to the score; two sets of named actors with
  nothing in common take from it (generic actors such as civilians or unidentified groups
  count for neither).

Example:
    >>> a = {"doc_id": "a", "event_type": "Riots", "sub_event_type": "Violent demonstration",
    ...      "event_date": "2020-10-08", "time_precision": 1, "country": "Indonesia", "admin1": "Jakarta",
    ...      "admin2": "Central Jakarta", "location": "Jakarta", "geonameid": "1642911", "geo_precision": 1,
    ...      "latitude": -6.2, "longitude": 106.8, "actor1": "Rioters (Indonesia)", "actor2": ""}
    >>> b = dict(a, doc_id="b", admin2="Surabaya", location="Surabaya", geonameid="1625822",
    ...          latitude=-7.25, longitude=112.75, admin1="East Java")
    >>> compare(a, dict(a, doc_id="c")).same, compare(a, b).same
    (True, False)
    >>> compare(a, b).blocked_by
    'place'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from statistics import median
from types import SimpleNamespace
from typing import Any

from ..stages.places import km_between

#: event types that reports of one event are often coded as, in groups
RELATED_TYPES: tuple[frozenset[str], ...] = (
    frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"}),
    frozenset({"Protests", "Riots"}),
)
#: score a pair needs (with no check blocking) to be the same event
THRESHOLD = 2.0
#: two points of one regency at most this far apart may be one place (km)
NEAR_KM = 10.0
#: actor names that say nothing about who it was
GENERIC_ACTORS = ("Civilians", "Protesters", "Rioters", "Unidentified", "Police Forces", "Military Forces", "Labour")


@dataclass
class Decision:
    """The outcome of comparing two mentions: ``same``, the ``score`` and every check's reason."""

    same: bool
    score: float
    reasons: list[dict[str, Any]] = field(default_factory=list)
    blocked_by: str = ""

    def add(self, check: str, weight: float, why: str, *, block: bool = False) -> None:
        self.reasons.append({"check": check, "weight": weight, "why": why, "block": block})
        if block and not self.blocked_by:
            self.blocked_by = check
        self.score += weight


def compare(a: dict[str, Any], b: dict[str, Any]) -> Decision:
    """Decide whether event records ``a`` and ``b`` (store/JSONL records) report the same event."""
    d = Decision(False, 0.0)
    if a.get("doc_id") and a.get("doc_id") == b.get("doc_id"):
        d.add("document", 0, "both from one document, which already told its events apart", block=True)
    _type(a, b, d)
    _place(a, b, d)
    _date(a, b, d)
    _actors(a, b, d)
    d.same = not d.blocked_by and d.score >= THRESHOLD
    return d


def _type(a: dict, b: dict, d: Decision) -> None:
    ta, tb = a["event_type"], b["event_type"]
    if ta == tb:
        d.add("type", 1.0, f"both {ta}")
        if a["sub_event_type"] == b["sub_event_type"]:
            d.add("sub_event_type", 1.0, f"both {a['sub_event_type']}")
    elif any(ta in g and tb in g for g in RELATED_TYPES):
        d.add("type", 0.5, f"{ta} and {tb} are often two codings of one event")
    else:
        d.add("type", 0.0, f"{ta} vs {tb}", block=True)


def _level(r: dict) -> int:
    """How coarse the record's place is: 1 a province (or a place known only to it), 2 a regency,
    3 a town or village point."""
    loc = (r.get("location") or "").casefold()
    precision = int(r.get("geo_precision") or 1)
    if precision >= 3 or not r.get("admin2") or loc == (r.get("admin1") or "").casefold():
        return 1
    if precision == 2 or loc == (r.get("admin2") or "").casefold():
        return 2
    return 3


def _place(a: dict, b: dict, d: Decision) -> None:
    if not a.get("country") or not b.get("country"):
        d.add("place", 0.0, "a report without a place", block=True)
        return
    if a["country"] != b["country"]:
        d.add("place", 0.0, f"{a['country']} vs {b['country']}", block=True)
        return
    if a.get("geonameid") and a.get("geonameid") == b.get("geonameid"):
        d.add("place", 1.0, f"both at {a['location']}")
        return
    if a.get("admin1") and b.get("admin1") and a["admin1"] != b["admin1"]:
        d.add("place", 0.0, f"{a['location']} ({a['admin1']}) vs {b['location']} ({b['admin1']})", block=True)
        return
    if _level(a) == 1 or _level(b) == 1:
        d.add("place", 0.5, f"{a['location']} and {b['location']}: one is the province holding the other")
        return
    if a["admin2"] != b["admin2"]:
        d.add("place", 0.0, f"{a['location']} ({a['admin2']}) vs {b['location']} ({b['admin2']})", block=True)
        return
    if _level(a) == 2 or _level(b) == 2:
        d.add("place", 0.5, f"{a['location']} and {b['location']}: one lies in the other's unit ({a['admin2']})")
        return
    km = _km(a, b)
    if km is not None and km <= NEAR_KM:
        d.add("place", 0.5, f"{a['location']} and {b['location']} are {km:.1f} km apart")
        return
    far = f"{km:.0f} km apart" if km is not None else "no coordinates"
    d.add("place", 0.0, f"{a['location']} and {b['location']} are different places of {a['admin2']} ({far})", block=True)


def _km(a: dict, b: dict) -> float | None:
    if None in (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")):
        return None
    return km_between(SimpleNamespace(latitude=a["latitude"], longitude=a["longitude"]),
                      SimpleNamespace(latitude=b["latitude"], longitude=b["longitude"]))


def _day(r: dict) -> dt.date | None:
    value = r.get("event_date")
    if not value:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _relative(r: dict) -> bool:
    """True when the record's date was resolved from a relative word, not written as a date."""
    for item in (r.get("evidence") or {}).get("fields", []):
        if item.get("field") == "event_date":
            return not item.get("rule", "").startswith("absolute")
    return True  # no date evidence: the date came from the report, not from the text


def _date(a: dict, b: dict, d: Decision) -> None:
    da, db = _day(a), _day(b)
    if da is None or db is None:
        d.add("date", 0.0, "a report without a date")
        return
    gap = abs((da - db).days)
    coarse = max(int(a.get("time_precision") or 1), int(b.get("time_precision") or 1))
    if gap == 0:
        d.add("date", 1.0, f"both on {da}")
    elif coarse == 3 and (da.year, da.month) == (db.year, db.month):
        d.add("date", 0.0, f"{da} and {db}: the same month, and one is known only to the month")
    elif coarse == 2 and gap <= 7:
        d.add("date", 0.0, f"{da} and {db}: within the week one is known to")
    elif gap == 1 and (_relative(a) or _relative(b)):
        d.add("date", 0.0, f"{da} and {db}: one day apart, and one was read from a relative word")
    else:
        d.add("date", 0.0, f"{da} vs {db}", block=True)


def _named(r: dict) -> set[str]:
    names = {r.get("actor1") or "", r.get("actor2") or ""} - {""}
    return {n for n in names if not n.startswith(GENERIC_ACTORS)}


def _actors(a: dict, b: dict, d: Decision) -> None:
    na, nb = _named(a), _named(b)
    if not na or not nb:
        return
    common = na & nb
    if common:
        d.add("actors", 1.0, "both name " + ", ".join(sorted(common)))
    else:
        d.add("actors", -1.5, f"no actor in common: {', '.join(sorted(na))} vs {', '.join(sorted(nb))}")


# -- one event from many reports ---------------------------------------------------------------------

def summarise(members: list[dict[str, Any]]) -> dict[str, Any]:
    """The merged event of ``members`` (event records with ``event_id`` and ``published``).

    The most precise place and date win (a village over its regency, a day over a week, a
    written date over one read from "kemarin"); the type is the one most reports give. The
    death count is ACLED's conservative one, the lowest report that gives one; ``fatalities_low/
    best/high`` keep the range (best: the median report) and ``fatality_reports`` who said what.
    """
    ordered = sorted(members, key=lambda r: (r.get("published") or "9999", r["event_id"]))
    votes: dict[str, int] = {}
    for r in ordered:
        votes[r["sub_event_type"]] = votes.get(r["sub_event_type"], 0) + 1
    typed = max(ordered, key=lambda r: votes[r["sub_event_type"]])
    placed = min(ordered, key=lambda r: (not r.get("country"), -_level(r), int(r.get("geo_precision") or 1)))
    dated = min(ordered, key=lambda r: (not r.get("event_date"), int(r.get("time_precision") or 1), _relative(r)))
    out = {k: v for k, v in typed.items() if k not in ("event_id", "published", "merged_event")}
    for key in ("country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "geonameid"):
        out[key] = placed.get(key)
    out["event_date"], out["time_precision"] = dated.get("event_date"), dated.get("time_precision")
    for key in ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2"):
        if not out.get(key):
            out[key] = next((r[key] for r in ordered if r.get(key) and r["sub_event_type"] == out["sub_event_type"]),
                            out.get(key))
    sources: list[str] = []
    for r in ordered:
        for part in (r.get("source") or "").split(";"):
            if part.strip() and part.strip() not in sources:
                sources.append(part.strip())
    out["source"] = "; ".join(sources)
    # a report that gives no death toll says nothing about it: the range is over the reports that give one
    counts = [int(r.get("fatalities") or 0) for r in ordered if r.get("fatalities")] or [0]
    out["fatalities"] = min(counts)
    out["fatalities_low"], out["fatalities_high"] = min(counts), max(counts)
    out["fatalities_best"] = int(median(counts))
    out["fatality_reports"] = [
        {"event_id": r["event_id"], "doc_id": r["doc_id"], "source": (r.get("source") or "").split(";")[0].strip(),
         "published": r.get("published"), "fatalities": int(r.get("fatalities") or 0)} for r in ordered]
    out["casualty_claims"] = [dict(c, doc_id=r["doc_id"]) for r in ordered for c in r.get("casualty_claims") or []]
    out["reports"] = len({r["doc_id"] for r in ordered})
    out["doc_id"] = "; ".join(dict.fromkeys(r["doc_id"] for r in ordered))
    out["confidence"] = max(float(r.get("confidence") or 0) for r in ordered)
    out["evidence"] = {"sentence": typed.get("evidence", {}).get("sentence"),
                       "fields": typed.get("evidence", {}).get("fields", []),
                       "reports": [{"event_id": r["event_id"], "doc_id": r["doc_id"],
                                    "sentence": (r.get("evidence") or {}).get("sentence")} for r in ordered]}
    return out
