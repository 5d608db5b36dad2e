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
