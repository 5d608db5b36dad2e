"""Tests of the place index (built once per session into the default cache)."""

import gzip
import time
from importlib import resources

import pytest

from warta.gazetteer import Gazetteer, build_index
from warta.gazetteer.build import index_dir, is_fresh
from warta.gazetteer.names import english_admin, fold, skeleton
from warta.lang import load


@pytest.fixture(scope="session")
def gaz():
    build_index()
    return Gazetteer.load()


@pytest.mark.parametrize("written, key", [
    ("Pol-e-Hesar", "pol e hesar"), ("Pul-e Ḩişār", "pul e hisar"), ("Kab. Puncak", "kab puncak"),
    ("Deh-e Şalāḩ", "deh e salah"), ("Ma'rib", "ma rib"),
])
def test_names_fold(written, key):
    assert fold(written) == key


def test_names_skeleton_matches_transliterations():
    assert skeleton("pol e hesar") == skeleton("pul e hisar")


@pytest.mark.parametrize("name, admin1, out", [
    ("Kabupaten Aceh Selatan", False, "South Aceh"), ("Kota Jakarta Pusat", False, "Central Jakarta"),
    ("Kabupaten Bandung", False, "Bandung"), ("Jawa Barat", True, "West Java"),
    ("Kepulauan Bangka Belitung", True, "Bangka-Belitung"), ("Papua Tengah", True, "Papua"),
    ("Papua Barat Daya", True, "West Papua"), ("Daerah Istimewa Yogyakarta", True, "Yogyakarta"),
])
def test_names_english_admin(name, admin1, out):
    assert english_admin(name, load("id", "places"), admin1=admin1) == out


def test_gazetteer_wilayah_table_is_small():
    data = resources.files("warta").joinpath("data", "wilayah.tsv.gz").read_bytes()
    assert len(data) < 2_000_000
    first = gzip.decompress(data).decode("utf-8").splitlines()[0].split("\t")
    assert len(first) == 4


def test_gazetteer_build_record_is_fresh(gaz):
    assert is_fresh(index_dir())


def test_gazetteer_index_is_stale_when_a_languages_country_names_change(gaz, tmp_path):
    # the languages' country_aliases ("palestina: PS") are names in the index: an index built with other ones is old
    import json
    import shutil

    folder = index_dir()
    record = json.loads((folder / "gazetteer.json").read_text("utf-8"))
    assert record.get("country_aliases")
    copy = tmp_path / "gazetteer"
    copy.mkdir()
    shutil.copy(folder / "gazetteer.pkl", copy / "gazetteer.pkl")
    (copy / "gazetteer.json").write_text(json.dumps(record | {"country_aliases": "0" * 16}), "utf-8")
    assert not is_fresh(copy)
    assert build_index() == index_dir() / "gazetteer.pkl"


def test_gazetteer_loads_fast(gaz):
    from warta.gazetteer import index as index_mod

    index_mod._LOADED.clear()
    t0 = time.perf_counter()
    Gazetteer.load()
    assert time.perf_counter() - t0 < 1.0


@pytest.mark.parametrize("name, gid, admin1, admin2", [
    ("Kabul", "1138958", "Kabul", None),
    ("Pol-e-Hesar", "1464922", "Baghlan", "Pul-e Hisar"),
    ("Deh Salah", "1143529", "Baghlan", "Deh-e Salah"),
    ("Banu", "1147118", "Baghlan", "Andarab"),
])
def test_gazetteer_lookup_seed_places(gaz, name, gid, admin1, admin2):
    places = gaz.lookup(name, country_code="AF")
    hit = next(p for p in places if p.geonameid == gid)
    assert hit.admin1 == admin1 and hit.iso == 4 and hit.country == "Afghanistan"
    if admin2:
        assert hit.admin2 == admin2


def test_gazetteer_countries_in_indonesian(gaz):
    assert gaz.country("Uni Emirat Arab").country_code == "AE"
    assert gaz.country("Amerika Serikat").country_code == "US"
    assert gaz.country("Inggris").country_code == "GB"
    assert gaz.country("ID").iso == 360


def test_gazetteer_indonesian_units_have_admins(gaz):
    beoga = next(p for p in gaz.lookup("Beoga") if p.level == "admin3")
    assert (beoga.admin1, beoga.admin2) == ("Papua", "Puncak")
    jabar = gaz.lookup("Jawa Barat")[0]
    assert jabar.level == "admin1" and jabar.name == "West Java"
    for p in gaz.lookup("Bandung", country_code="ID"):
        assert p.admin1 and p.admin2, p


def test_gazetteer_admin1_names_papua(gaz):
    names = gaz.admin1_names("ID")
    assert names["papua tengah"] == "Papua" and names["papua pegunungan"] == "Papua"
    assert names["papua barat daya"] == "West Papua" and names["jawa barat"] == "West Java"


def test_gazetteer_nearest_district(gaz):
    p = gaz.nearest(-6.89, 107.59, level="admin3", country_code="ID")
    assert p.admin1 == "West Java" and p.admin2 == "Bandung"


def test_acled_places_table_holds_only_geography():
    # one line per place: country, admin1, admin2, name, latitude, longitude; nothing of the events
    data = resources.files("warta").joinpath("data", "acled_places.tsv.gz").read_bytes()
    assert len(data) < 300_000
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    assert len(lines) > 1000
    for line in lines:
        cc, _a1, _a2, name, lat, lon = line.split("\t")
        assert len(cc) == 2 and cc.isupper() and name
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180


def test_a_township_cities500_lacks_is_known_from_acled_places(gaz):
    # Rathedaung (Rakhine, Myanmar) is not in GeoNames cities500
    found = [r for r in gaz.ids("rathedaung") if gaz.country_code(r) == "MM"]
    assert found and {gaz.source(found[0]), gaz.level(found[0])} == {"acled", "populated"}
    lat, lon = gaz.coords(found[0])
    assert abs(lat - 20.48) < 0.1 and abs(lon - 92.76) < 0.1


def test_build_acled_places_keeps_the_usual_point_and_leaves_out_the_latest_rows(tmp_path):
    import csv
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_acled_places.py"
    spec = importlib.util.spec_from_file_location("build_acled_places", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    columns = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "iso3", "country",
               "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "notes", "fatalities"]
    rows = [  # three rows at Sharwain (two at one point), one later row at a village seen only then
        ["IRQ1", "20200501", "Battles", "Armed clash", "IS", "PMF", "IRQ", "Iraq", "Diyala", "Muqdadiyah", "Sharwain",
         "34.0552", "44.8879", "1", "a note", "1"],
        ["IRQ2", "20200502", "Battles", "Armed clash", "IS", "PMF", "IRQ", "Iraq", "Diyala", "Muqdadiyah", "Sharwain",
         "34.0552", "44.8879", "1", "a note", "0"],
        ["IRQ3", "20200503", "Battles", "Armed clash", "IS", "PMF", "IRQ", "Iraq", "Diyala", "Muqdadiyah", "Sharwain",
         "34.1", "44.9", "2", "a note", "0"],
        ["IRQ4", "20200509", "Battles", "Armed clash", "IS", "PMF", "IRQ", "Iraq", "Diyala", "Khanaqin", "Abu Saida",
         "33.96", "44.78", "1", "a note", "1"],
    ]
    with open(tmp_path / "acled_iraq.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        writer.writerows(rows)
    assert module.read_places(tmp_path) == [("IQ", "Diyala", "Khanaqin", "Abu Saida", 33.96, 44.78),
                                            ("IQ", "Diyala", "Muqdadiyah", "Sharwain", 34.0552, 44.8879)]
    assert [p[3] for p in module.read_places(tmp_path, holdout=0.25)] == ["Sharwain"]
