"""Tests of the places stage (documents built by hand; the index is built once per session)."""

import re

import pytest

from warta.document import Document, Span
from warta.gazetteer import Gazetteer, build_index
from warta.stages.places import Geoparser, event_places


@pytest.fixture(scope="session")
def geoparser():
    build_index()
    return Geoparser(gazetteer=Gazetteer.load())


def make_doc(text: str, lang: str) -> Document:
    doc = Document("t", text, lang=lang)
    pos = 0
    for part in re.split(r"(?<=[.!?])\s+", text):
        start = text.index(part, pos)
        doc.sentences.append(Span(start, start + len(part), "sentence", part))
        pos = start + len(part)
    return doc


def first_event_place(geoparser, text, lang, i=0):
    doc = geoparser(make_doc(text, lang))
    return doc, event_places(doc, doc.sentences[i])


def test_places_coordinated_districts_id(geoparser):
    text = ("Pasukan perlawanan mengklaim telah merebut distrik Pol-e-Hesar, Deh Salah dan Banu di Baghlan "
            "Afghanistan dari Taliban pada hari Jumat.")
    doc, places = first_event_place(geoparser, text, "id")
    assert doc.focus_country == "AF"
    assert [p.place.geonameid for p in places] == ["1464922", "1143529", "1147118"]
    assert all(p.place.admin1 == "Baghlan" and p.geo_precision == 1 for p in places)
    assert places[2].place.admin2 == "Andarab"


def test_places_hierarchy_en(geoparser):
    text = "On May 2, 2019, hundreds of workers held a protest in Baleendah district, Bandung regency, West Java province."
    _, places = first_event_place(geoparser, text, "en")
    assert len(places) == 1
    p = places[0]
    assert p.name == "Baleendah" and p.place.admin2 == "Bandung" and p.place.admin1 == "West Java"
    assert p.unit_word == "district"


def test_places_hierarchy_id_papua(geoparser):
    text = "Seorang warga ditembak di Distrik Beoga, Kabupaten Puncak, Papua Tengah, pada Senin pagi."
    doc, places = first_event_place(geoparser, text, "id")
    assert doc.focus_country == "ID"
    assert places[0].name == "Beoga"
    assert (places[0].place.admin1, places[0].place.admin2) == ("Papua", "Puncak")


def test_places_region_alone_coded_to_capital(geoparser):
    text = "Kelompok perlawanan berkumpul di Provinsi Panjshir, Afghanistan."
    _, places = first_event_place(geoparser, text, "id")
    assert places[0].place.name == "Bazarak" and places[0].geo_precision == 3
    _, places = first_event_place(geoparser, "Ribuan mahasiswa berunjuk rasa di Jawa Barat.", "id")
    assert places[0].place.name == "Bandung" and places[0].place.admin1 == "West Java"
    assert places[0].geo_precision == 3


def test_places_not_places(geoparser):
    text = ('Mereka dilatih oleh tentara Barat, termasuk SAS Inggris, kata sumber kepada The Sun. '
            'Kantor berita itu dikutip India Today, Sabtu. KKB Papua menyerang pos di Distrik Ilaga.')
    doc = geoparser(make_doc(text, "id"))
    assert event_places(doc, doc.sentences[0], fallback=False) == []
    assert event_places(doc, doc.sentences[1], fallback=False) == []
    names = [m.name for m in event_places(doc, doc.sentences[2], fallback=False)]
    assert names == ["Ilaga"]


def test_places_country_in_indonesian(geoparser):
    doc = geoparser(make_doc("Ghani mencari perlindungan di Uni Emirat Arab setelah Kabul jatuh.", "id"))
    ccs = {m.place.country_code for m in doc.places}
    assert "AE" in ccs and "AF" in ccs
    uae = next(m for m in doc.places if m.name == "Uni Emirat Arab")
    assert uae.place.level == "country" and uae.geo_precision == 3


@pytest.mark.parametrize("text, lang, admin1", [
    ("Bentrokan terjadi di Kota Bandung, Jawa Barat.", "id", "West Java"),
    ("Police dispersed a crowd in Bandung city, West Java province.", "en", "West Java"),
    ("A protest took place in Jayapura city, Papua province.", "en", "Papua"),
    ("Warga berunjuk rasa di Kabupaten Puncak Jaya.", "id", "Papua"),
])
def test_places_ambiguous_names(geoparser, text, lang, admin1):
    _, places = first_event_place(geoparser, text, lang)
    assert places[0].place.admin1 == admin1 and places[0].place.country_code == "ID"


def test_places_dateline_sets_focus_and_is_not_the_event_place(geoparser):
    text = "JAYAPURA, KOMPAS.com - Kontak tembak terjadi di Distrik Ilaga, Kabupaten Puncak, Papua."
    doc, places = first_event_place(geoparser, text, "id")
    assert doc.focus_country == "ID"
    assert [p.name for p in places] == ["Ilaga"]


def test_places_unknown_village_coded_to_known_unit(geoparser):
    text = "Rumah warga dibakar di Kampung Zyxwabu, Distrik Beoga, Kabupaten Puncak."
    doc = geoparser(make_doc(text, "id"))
    village = next(m for m in doc.places if m.name == "Zyxwabu")
    assert village.place.name == "Beoga" and village.geo_precision == 2
    assert village.rule.startswith("unknown-in")


def test_places_fallbacks_never_zero(geoparser):
    text = "Bentrokan pecah di Distrik Ilaga. Dua orang tewas dalam kejadian itu. Polisi masih berjaga."
    doc = geoparser(make_doc(text, "id"))
    places = event_places(doc, doc.sentences[1])
    assert places[0].name == "Ilaga" and places[0].rule == "previous-sentence"
    doc = geoparser(make_doc("Dua orang tewas dalam kejadian itu.", "id"))
    places = event_places(doc, doc.sentences[0])
    assert places[0].rule == "focus-country" and places[0].geo_precision == 3
    assert (places[0].place.latitude, places[0].place.longitude) != (0, 0)
    assert event_places(doc, doc.sentences[0], fallback=False) == []


def test_places_no_sentences_means_one_sentence(geoparser):
    doc = geoparser(Document("t", "Gunfire was heard near Wamena, Jayawijaya regency.", lang="en"))
    wamena = next(m for m in doc.places if m.name == "Wamena")
    assert wamena.geo_precision == 2 and wamena.place.admin2 == "Jayawijaya"
    assert doc.text[wamena.span.start:wamena.span.end] == "Wamena"


def test_places_persons_are_not_places(geoparser):
    doc = geoparser(make_doc("Wakil Presiden Amirullah Saleh menyerukan perlawanan.", "id"))
    assert doc.places == []
