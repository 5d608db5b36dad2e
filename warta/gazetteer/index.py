"""The loaded place index: name lookup, countries, admin names and nearest units.

Admin names follow ACLED: countries in English (``Indonesia``), admin1 in GeoNames/ACLED
English (``West Java``, ``Baghlan``), admin2 for Indonesia the regency or city without its
unit word (``Bandung``, ``Central Jakarta``), elsewhere as GeoNames has it (``Pul-e Hisar``).

Papua's provinces created in 2022 are coded to the province they were carved from, as
ACLED's pre-2022 data does (``admin1_english`` in ``lang/id/places.yaml``)::

    Papua Tengah, Papua Pegunungan, Papua Selatan -> Papua
    Papua Barat Daya                                -> West Papua

``admin1_names("ID")`` maps every written form (English, Indonesian, old and new Papua
provinces, short forms like ``NTT`` or ``DIY``) to that English name.

Example:
    >>> gaz = Gazetteer.load()                                   # doctest: +SKIP
    >>> [p.admin1 for p in gaz.lookup("Pol-e-Hesar")]            # doctest: +SKIP
    ['Baghlan']
    >>> gaz.country("Uni Emirat Arab").name                      # doctest: +SKIP
    'United Arab Emirates'
"""

from __future__ import annotations

import bisect
import pickle
import threading
from functools import lru_cache
from pathlib import Path

from ..document import Place
from ..errors import GazetteerError
from ..settings import Settings
from .build import FORMAT_VERSION, LEVELS, SOURCES, active_index
from .names import fold, skeleton

_LOADED: dict[str, "Gazetteer"] = {}
_LOCK = threading.Lock()


class Gazetteer:
    """Columns of place records and a sorted key table (``key -> record ids``)."""

    def __init__(self, cols: dict) -> None:
        if cols.get("format") != FORMAT_VERSION:
            raise GazetteerError(f"gazetteer index format {cols.get('format')} != {FORMAT_VERSION}; rebuild it")
        self._keys = cols["keys"].split("\n")
        self._off = cols["offsets"]
        self._post = cols["post"]
        self._gid = cols["gid"].split("\n")
        self._name = cols["name"].split("\n")
        self._strings = cols["strings"].split("\n")
        self._cc, self._level, self._a1, self._a2 = cols["cc"], cols["level"], cols["admin1"], cols["admin2"]
        self._lat, self._lon, self._pop, self._src = cols["lat"], cols["lon"], cols["pop"], cols["source"]
        self._seat = cols["seat"]
        self._fcode, self._fcodes = cols.get("fcode"), cols.get("fcodes") or [""]
        self._ccs = cols["ccs"]
        self._countries = cols["countries"]
        self._admin1_keys = cols["admin1_keys"]
        self._skel_keys = cols["skel_keys"].split("\n")
        self._skel_off, self._skel_post = cols["skel_offsets"], cols["skel_post"]
        self._grids: dict[tuple, tuple] = {}
        self.size = len(self._gid)
        self.path: Path | None = None  # the file it was loaded from

    # ---- loading -------------------------------------------------------------------
    @classmethod
    def load(cls, settings: Settings | None = None) -> "Gazetteer":
        """The index in the cache folder, cached per folder: an imported GeoNames index
        (``warta gazetteer import``) when there is one, else the default index, built first
        if missing or stale."""
        settings = settings or Settings.load()
        path = active_index(settings)
        with _LOCK:
            gaz = _LOADED.get(str(path))
            if gaz is None:
                try:
                    with open(path, "rb") as f:
                        gaz = cls(pickle.load(f))
                    gaz.path = path
                except (OSError, pickle.UnpicklingError, EOFError, KeyError) as exc:
                    raise GazetteerError(f"cannot read gazetteer index {path}: {exc}") from exc
                _LOADED[str(path)] = gaz
        return gaz

    # ---- records -------------------------------------------------------------------
    def ids(self, key: str) -> list[int]:
        """Record ids under a folded key (empty when unknown)."""
        i = bisect.bisect_left(self._keys, key)
        if i < len(self._keys) and self._keys[i] == key:
            return list(self._post[self._off[i]:self._off[i + 1]])
        return []

    def has_prefix(self, key: str) -> bool:
        """True when some key starts with ``key + ' '`` or equals it (for longest-match scans)."""
        i = bisect.bisect_left(self._keys, key)
        return i < len(self._keys) and self._keys[i].startswith(key)

    def level(self, rid: int) -> str:
        return LEVELS[self._level[rid]]

    def country_code(self, rid: int) -> str:
        return self._ccs[self._cc[rid]]

    def population(self, rid: int) -> int:
        return self._pop[rid]

    def source(self, rid: int) -> str:
        return SOURCES[self._src[rid]]

    def admin1_of(self, rid: int) -> str:
        return self._strings[self._a1[rid]]

    def admin2_of(self, rid: int) -> str:
        return self._strings[self._a2[rid]]

    def name_of(self, rid: int) -> str:
        return self._name[rid]

    def seat(self, rid: int) -> int | None:
        """The town a region record is coded to when named alone (its capital), if known."""
        s = self._seat[rid]
        return s if s >= 0 else None

    def feature_code(self, rid: int) -> str:
        """GeoNames feature code (``PPLA2``, ``ADM2``...), ``""`` when the source gives none."""
        return self._fcodes[self._fcode[rid]] if self._fcode is not None else ""

    def coords(self, rid: int) -> tuple[float, float]:
        return self._lat[rid], self._lon[rid]

    @lru_cache(maxsize=65536)
    def place(self, rid: int) -> Place:
        cc = self.country_code(rid)
        cname, iso = self._countries.get(cc, (cc, 0))
        level = self.level(rid)
        return Place(
            geonameid=self._gid[rid], name=self._name[rid], country=cname, country_code=cc, iso=iso,
            admin1=self.admin1_of(rid), admin2=self.admin2_of(rid), latitude=self._lat[rid],
            longitude=self._lon[rid], level=level, feature_code=self.feature_code(rid), population=self._pop[rid],
            source=self.source(rid))

    # ---- public look-ups -----------------------------------------------------------
    def lookup(self, name: str, *, country_code: str | None = None) -> list[Place]:
        """Places whose name or alternate name folds to ``fold(name)``, most populous first."""
        ids = self.ids(fold(name))
        if country_code:
            ids = [r for r in ids if self.country_code(r) == country_code.upper()]
        ids.sort(key=lambda r: (-_LEVEL_RANK[self._level[r]], -self._pop[r]))
        return [self.place(r) for r in ids]

    def country(self, name: str) -> Place | None:
        """The country called ``name`` (any language the index knows) or with ISO code ``name``."""
        if len(name) == 2 and name.isupper():
            for rid in self.ids(fold(self._countries.get(name, ("",))[0])):
                if self.level(rid) == "country" and self.country_code(rid) == name:
                    return self.place(rid)
        for rid in self.ids(fold(name)):
            if self.level(rid) == "country":
                return self.place(rid)
        return None

    def country_name(self, code: str) -> str:
        return self._countries.get(code, (code, 0))[0]

    def admin1_names(self, country_code: str) -> dict[str, str]:
        """``{folded written form: English admin1 name}`` for one country."""
        return self._admin1_keys.get(country_code.upper(), {})

    def skeleton_ids(self, key: str, country_code: str) -> list[int]:
        """Records of one country whose name has the consonant skeleton of ``key``."""
        skel = skeleton(key)
        i = bisect.bisect_left(self._skel_keys, skel)
        if i >= len(self._skel_keys) or self._skel_keys[i] != skel:
            return []
        ci = self._ccs.index(country_code) if country_code in self._ccs else -1
        return [r for r in self._skel_post[self._skel_off[i]:self._skel_off[i + 1]] if self._cc[r] == ci]

    def nearest(self, lat: float, lon: float, *, level: str = "admin3", country_code: str | None = None) -> Place | None:
        """The record of ``level`` nearest to a point (``admin3`` districts by default)."""
        import numpy as np

        grid = self._grids.get((level, country_code))
        if grid is None:
            li = LEVELS.index(level)
            ci = self._ccs.index(country_code) if country_code in self._ccs else None
            ids = np.array([r for r in range(self.size) if self._level[r] == li and (ci is None or self._cc[r] == ci)])
            if not len(ids):
                return None
            grid = (ids, np.frombuffer(self._lat, dtype=float)[ids], np.frombuffer(self._lon, dtype=float)[ids])
            self._grids[(level, country_code)] = grid
        ids, lats, lons = grid
        dlat = lats - lat
        dlon = (lons - lon) * np.cos(np.radians(lat))
        return self.place(int(ids[int(np.argmin(dlat * dlat + dlon * dlon))]))


_LEVEL_RANK = {0: 6, 1: 5, 2: 4, 3: 2, 4: 1, 5: 3}
