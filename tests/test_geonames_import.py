"""Import of GeoNames dump files (``warta gazetteer import``) on small files the test writes.

One made-up Papuan village (Yogonime, with the alternate name Jogonime) near Beoga, and a
made-up Afghan village (Qala-e Sabzak) in Andarab district, Baghlan, with the codes files
that name its admin1 and admin2.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import cli
from warta.document import Document
from warta.errors import GazetteerError
from warta.gazetteer import Gazetteer
from warta.gazetteer.build import active_index, imported_dir, index_dir
from warta.gazetteer.geonames import import_geonames, remove_import
from warta.pipeline import Pipeline
from warta.settings import Settings


def _geoname(gid, name, alts, lat, lon, fclass, fcode, cc, a1, a2="", pop=0) -> str:
    cols = [str(gid), name, name, ",".join(alts), str(lat), str(lon), fclass, fcode, cc, "", a1, a2, "", "",
            str(pop), "", "2000", "Asia/Jayapura", "2024-01-01"]
    assert len(cols) == 19
    return "\t".join(cols) + "\n"


ID_ROWS = [
    _geoname(99000001, "Yogonime", [], -3.9102, 137.3968, "P", "PPL", "ID", "36"),
    _geoname(99000002, "Beoga", ["Ilaga Beoga"], -3.8155, 137.4272, "P", "PPLA3", "ID", "36", pop=1200),
    _geoname(99000003, "Provinsi Papua", [], -4.0, 138.0, "A", "ADM1", "ID", "36"),  # left out: wilayah holds ID units
]
AF_ROWS = [
    _geoname(1147290, "Wilāyat-e Baghlān", ["Baghlan Province"], 35.9, 68.8, "A", "ADM1", "AF", "03"),
    _geoname(7052857, "Andarāb", ["Andarab District"], 35.63, 69.27, "A", "ADM2", "AF", "03", "1307"),
    _geoname(99000010, "Banu", [], 35.6332, 69.2628, "P", "PPLA2", "AF", "03", "1307", pop=8000),
    _geoname(99000011, "Qal‘ah-ye Sabzak", ["Qala-e Sabzak"], 35.6711, 69.3312, "P", "PPL", "AF", "03", "1307"),
    _geoname(99000012, "Old Sabzak", [], 35.6, 69.3, "P", "PPLH", "AF", "03", "1307"),  # historical: left out
]
ALT_ROWS = [  # alternateNamesV2: id, geonameid, lang, name, preferred, short, colloquial, historic, from, to
    "1\t99000001\t\tJogonime\t\t\t\t\t\t\n",
    "2\t99000001\tlink\thttps://example.org/Yogonime\t\t\t\t\t\t\n",
    "3\t99000001\tru\tЙогониме\t\t\t\t\t\t\n",
    "4\t99000011\ten\tSabzak Village\t\t\t\t\t\t\n",
    "5\t99000011\ten\tThe Green Fort\t\t\t1\t\t\t\n",  # colloquial: left out
]


def write_dump(folder: Path, *, main=None, alt=None, skip: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "ID.txt": "".join(ID_ROWS) if main is None else main,
        "AF.txt": "".join(AF_ROWS),
        "alternateNamesV2.txt": "".join(ALT_ROWS) if alt is None else alt,
        "admin1CodesASCII.txt": "AF.03\tBaghlān\tBaghlan\t1147290\nID.36\tPapua\tPapua\t1643012\n",
        "admin2Codes.txt": "AF.03.1307\tAndarāb\tAndarab\t7052857\n",
        "countryInfo.txt": "#ISO\tISO3\n" + "\t".join(["AF", "AFG", "004", "AF", "Afghanistan", "Kabul", "647500",
                                                       "37172386", "AS", ".af", "AFN", "Afghani", "93", "", "",
                                                       "fa-AF,ps,uz-AF,tk", "1149361", "TM,CN,IR,TJ,PK,UZ", ""]) + "\n",
    }
    for name, text in files.items():
        if name != skip:
            (folder / name).write_text(text, "utf-8")
    return folder


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """An index imported from the small dump into a temporary cache (packages left out: fast)."""
    tmp = tmp_path_factory.mktemp("geonames")
    settings = Settings.load().replace(cache_dir=str(tmp / "cache"))
    path = import_geonames(write_dump(tmp / "dump"), settings=settings, keep_packages=False)
    return settings, path


def test_geonames_import_is_used_by_default(imported):
    settings, path = imported
    assert path == imported_dir(settings) / "gazetteer.pkl"
    assert active_index(settings) == path
    record = json.loads((path.parent / "gazetteer.json").read_text("utf-8"))
    files = {s["file"]: s for s in record["sources"]}
    assert files["ID.txt"]["kept"] == 2 and files["AF.txt"]["kept"] == 4
    assert files["alternateNamesV2.txt"]["kept"] == 2 and files["ID.txt"]["bytes"] > 0
    assert record["covered"] == ["AF", "ID"]


def test_geonames_import_lookup_papuan_village(imported):
    gaz = Gazetteer.load(imported[0])
    for name in ("Yogonime", "Jogonime"):
        (place,) = [p for p in gaz.lookup(name) if p.geonameid == "99000001"]
        assert (place.admin1, place.admin2, place.country_code) == ("Papua", "Puncak", "ID")
        assert (place.latitude, place.longitude, place.feature_code) == (-3.9102, 137.3968, "PPL")
    assert not gaz.lookup("Йогониме") and not [p for p in gaz.lookup("Provinsi Papua") if p.geonameid == "99000003"]


def test_geonames_import_lookup_afghan_village_admin_names(imported):
    gaz = Gazetteer.load(imported[0])
    (place,) = gaz.lookup("Qala-e Sabzak")
    assert (place.geonameid, place.admin1, place.admin2, place.level) == ("99000011", "Baghlan", "Andarab", "populated")
    assert gaz.lookup("Sabzak Village")[0].geonameid == "99000011"
    assert not gaz.lookup("The Green Fort") and not gaz.lookup("Old Sabzak")
    andarab = [p for p in gaz.lookup("Andarab") if p.level == "admin2"][0]
    assert (andarab.admin1, andarab.feature_code) == ("Baghlan", "ADM2")
    assert gaz.lookup("Baghlan Province")[0].level == "admin1"


def test_geonames_import_pipeline_geocodes_village(imported):
    pipeline = Pipeline(imported[0])
    doc = pipeline.process(Document("t", "Kontak tembak terjadi di Kampung Yogonime, Distrik Beoga, Kabupaten "
                                         "Puncak, Senin (3/6/2019), dan warga mengungsi.", lang="id"))
    hits = [m for m in doc.places if m.name == "Yogonime"]
    assert hits and hits[0].place.geonameid == "99000001" and hits[0].place.admin2 == "Puncak"
    doc = pipeline.process(Document("e", "Taliban fighters attacked a checkpoint in Qala-e Sabzak village of "
                                         "Andarab district, Baghlan province, on Monday.", lang="en"))
    hits = [m for m in doc.places if m.name == "Qala-e Sabzak"]
    assert hits and (hits[0].place.geonameid, hits[0].place.admin1) == ("99000011", "Baghlan")


@pytest.mark.parametrize("skip, message", [
    ("admin2Codes.txt", "admin2Codes.txt"), ("alternateNamesV2.txt", "alternateNamesV2.txt"),
])
def test_geonames_import_missing_file(tmp_path, skip, message):
    with pytest.raises(GazetteerError, match=f"missing GeoNames file.*{message}"):
        import_geonames(write_dump(tmp_path / "d", skip=skip), settings=Settings.load().replace(cache_dir=str(tmp_path)))


def test_geonames_import_missing_main_file(tmp_path):
    folder = write_dump(tmp_path / "d")
    (folder / "ID.txt").unlink()
    (folder / "AF.txt").unlink()
    with pytest.raises(GazetteerError, match="allCountries.txt or a country file"):
        import_geonames(folder, settings=Settings.load().replace(cache_dir=str(tmp_path)))


@pytest.mark.parametrize("main, alt, message", [
    (ID_ROWS[0] + "123\tBroken\n", None, r"ID.txt line 2: 2 tab-separated columns, expected 19"),
    (ID_ROWS[0].replace("99000001", "99x01", 1), None, r"ID.txt line 1: geonameid '99x01' is not a number"),
    (ID_ROWS[0].replace("-3.9102", "south", 1), None, r"ID.txt line 1: latitude 'south' is not a number"),
    (None, "1\tabc\t\tJogonime\t\t\t\t\t\t\n", r"alternateNamesV2.txt line 1: geonameid 'abc'"),
])
def test_geonames_import_malformed_line(tmp_path, main, alt, message):
    folder = write_dump(tmp_path / "d", main=main, alt=alt)
    with pytest.raises(GazetteerError, match=message):
        import_geonames(folder, settings=Settings.load().replace(cache_dir=str(tmp_path)), keep_packages=False)


def test_geonames_import_reset_goes_back_to_default(tmp_path):
    settings = Settings.load().replace(cache_dir=str(tmp_path))
    imported_dir(settings).mkdir(parents=True)
    (imported_dir(settings) / "gazetteer.pkl").write_bytes(b"")
    (imported_dir(settings) / "gazetteer.json").write_text('{"format": -1}', "utf-8")
    assert remove_import(settings) and not imported_dir(settings).exists() and not remove_import(settings)


def test_geonames_import_cli_errors(tmp_path):
    result = CliRunner().invoke(cli, ["gazetteer", "import", str(tmp_path)])
    assert result.exit_code != 0 and "missing GeoNames file" in result.output
    result = CliRunner().invoke(cli, ["gazetteer", "import"])
    assert result.exit_code != 0 and "DIR" in result.output


def test_geonames_import_stale_falls_back(tmp_path, monkeypatch):
    settings = Settings.load().replace(cache_dir=str(tmp_path))
    folder = imported_dir(settings)
    folder.mkdir(parents=True)
    (folder / "gazetteer.pkl").write_bytes(b"")
    (folder / "gazetteer.json").write_text('{"format": -1}', "utf-8")
    monkeypatch.setattr("warta.gazetteer.build.build_index", lambda s=None, force=False: index_dir(s) / "gazetteer.pkl")
    assert active_index(settings) == index_dir(settings) / "gazetteer.pkl"
