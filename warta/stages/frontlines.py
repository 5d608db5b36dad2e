"""Who held a place on a front line: fire seen there without its shooter is coded to the other side.

Monitors' reports of a war of positions often say what was seen, not who fired: "the OSCE SMM observed 25
explosions near Kominternove". ACLED codes such an event to the side that does not hold the place, since shells land
on the other side's ground. ``warta/data/frontlines.tsv`` (made by ``scripts/build_frontlines.py`` from ACLED's
coded battles) says who held which place of three fronts, and over which days its rows run: Ukraine's contact line
(2020), the Houthi fronts of Yemen and the Tripoli front of Libya. A place counts as held within
:data:`MARGIN` of those days, and not outside it: fronts move.

Example:
    >>> from warta.document import Place
    >>> import datetime as dt
    >>> spot = Place("x", "Novoluhanske", "Ukraine", "UA", 804, "Donetsk", "Bakhmut", 48.4263, 38.1711)
    >>> held_at(spot, dt.date(2020, 5, 9)).adversary
    'NAF: United Armed Forces of Novorossiya'
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from importlib import resources

from ..document import Place
from ..gazetteer.build import km_apart
from ..gazetteer.names import fold

#: how long before the first and after the last row of a place it still counts as held by the same side
MARGIN = dt.timedelta(days=365)
#: how far from a place of the table an event's place may lie and still be that place
NEAR_KM = 3.0
#: the events whose unnamed shooter the table names
FIGHTS = ("Armed clash", "Shelling/artillery/missile attack")


@dataclass(frozen=True, slots=True)
class FrontPlace:
    """A place of a front line, the side that held it and the side that fired at it."""

    country_code: str
    admin1: str
    admin2: str
    name: str
    latitude: float
    longitude: float
    holder: str
    holder_inter: int
    adversary: str
    adversary_inter: int
    first: dt.date
    last: dt.date
    rows: int

    def describe(self) -> str:
        return (f"{self.name} was held by {self.holder}, fired at by {self.adversary} "
                f"(front line table: {self.rows} ACLED events, {self.first} to {self.last})")


@functools.cache
def frontlines() -> tuple[FrontPlace, ...]:
    """The shipped table, read once."""
    text = resources.files("warta").joinpath("data", "frontlines.tsv").read_text("utf-8")
    out = []
    for line in text.splitlines()[1:]:
        cc, admin1, admin2, name, lat, lon, holder, hi, adversary, ai, first, last, rows = line.split("\t")
        out.append(FrontPlace(cc, admin1, admin2, name, float(lat), float(lon), holder, int(hi), adversary, int(ai),
                              dt.date.fromisoformat(first), dt.date.fromisoformat(last), int(rows)))
    return tuple(out)


def _in_days(front: FrontPlace, day: dt.date | None) -> bool:
    return day is None or front.first - MARGIN <= day <= front.last + MARGIN


def namesake_on_front(place: Place, day: dt.date | None) -> FrontPlace | None:
    """The one place of a front that has ``place``'s name in its country, held on ``day``: a village named alone in
    a report of fire ("explosions near Lozove") is the one on the front, not a namesake far from it."""
    found = [f for f in frontlines() if f.country_code == place.country_code and fold(f.name) == fold(place.name)
             and _in_days(f, day)]
    return found[0] if len(found) == 1 else None


def held_at(place: Place, day: dt.date | None) -> FrontPlace | None:
    """The front-line place ``place`` is (same country, its name or within :data:`NEAR_KM`), if it was held on
    ``day`` (any day when ``None``); the nearest when several are."""
    found = []
    for front in frontlines():
        if front.country_code != place.country_code:
            continue
        if not _in_days(front, day):
            continue
        km = km_apart(front.latitude, front.longitude, place.latitude, place.longitude)
        if km <= NEAR_KM or (fold(front.name) == fold(place.name) and km <= 4 * NEAR_KM):
            found.append((km, front))
    return min(found, key=lambda f: f[0])[1] if found else None
