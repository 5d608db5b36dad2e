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


@pytest.mark.parametrize("text, lang, name, admin1", [
    # a city whose province bears its name is known alone, even in a report whose country is not named
    ("Serangan udara Israel menewaskan 12 orang di Gaza pada Senin (3/11/2025).", "id", "Gaza", "Gaza"),
    ("Serangan udara Rusia menewaskan sembilan orang di Idlib pada Senin (3/11/2025).", "id", "Idlib", "Idlib"),
    ("Russian air strikes killed nine people in Idlib on Monday, November 3, 2025.", "en", "Idlib", "Idlib"),
])
def test_places_a_city_named_like_its_province_is_known_alone(extract, text, lang, name, admin1):
    doc = extract(text)
    assert [(e.location, e.place.admin1) for e in doc.events] == [(name, admin1)]


def test_places_a_persons_name_that_is_another_name_of_a_city_is_no_place(geoparser):
    # "Rafa" is among Rafah's other names; here it is a child
    doc = geoparser(make_doc("Polisi menangkap pelaku pembunuhan balita Rafa di Singkawang, Kalimantan Barat. Jasad "
                             "Rafa ditemukan di depan sebuah masjid.", "id"))
    assert all(m.place is None or m.place.country_code == "ID" for m in doc.places)


def test_places_palestine_in_indonesian_is_the_country_and_holds_rafah(geoparser):
    # "Palestina" is Palestine, not the Colombian town of that name; with the country named, Rafah alone is known
    doc = geoparser(make_doc("Tentara Israel menembak mati lima warga Palestina di Rafah pada Senin (3/11/2025).", "id"))
    found = {m.name: (m.place.country_code, m.place.level) for m in doc.places}
    assert found["Palestina"] == ("PS", "country")
    assert found["Rafah"][0] == "PS"


@pytest.mark.parametrize("text, lang, admin1", [
    ("Bentrokan terjadi di Kota Bandung, Jawa Barat.", "id", "West Java"),
    ("Police dispersed a crowd in Bandung city, West Java province.", "en", "West Java"),
    ("A protest took place in Jayapura city, Papua province.", "en", "Papua"),
    ("Warga berunjuk rasa di Kabupaten Puncak Jaya.", "id", "Papua"),
])
def test_places_ambiguous_names(geoparser, text, lang, admin1):
    _, places = first_event_place(geoparser, text, lang)
    assert places[0].place.admin1 == admin1 and places[0].place.country_code == "ID"


@pytest.mark.parametrize("text, lang, name, country", [
    ("On Saturday police and gang members exchanged fire in the west of Rio de Janeiro.", "en", "Rio de Janeiro", "BR"),
    ("Health workers staged a demonstration in Santa Cruz de la Sierra on Wednesday.", "en", "Santa Cruz de la Sierra", "BO"),
    ("Polisi dan anggota geng baku tembak di Rio de Janeiro, Sabtu.", "id", "Rio de Janeiro", "BR"),
])
def test_a_place_name_with_lowercase_particles_is_read_whole(geoparser, text, lang, name, country):
    _, places = first_event_place(geoparser, text, lang)
    assert places[0].span.text == name and places[0].place.country_code == country


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


# ---- English and Indonesian unit forms --------------------------------------------------------------
@pytest.mark.parametrize("text, lang, name, admin2, precision", [
    ("Clashes broke out in Nduga district, Papua province.", "en", "Nduga", "Nduga", 2),
    ("Protesters gathered in Mimika regency on Monday.", "en", "Mimika", "Mimika", 2),
    ("Police fired tear gas at students in Makassar city.", "en", "Makassar", "Makassar", 1),
    ("Hundreds of farmers marched in Papua province.", "en", "Papua", "Jayapura", 3),
    ("Warga berunjuk rasa di Kabupaten Mimika pada Senin.", "id", "Mimika", "Mimika", 2),
    ("Polisi membubarkan massa di Kota Makassar.", "id", "Makassar", "Makassar", 1),
    ("Ratusan petani berdemonstrasi di Provinsi Papua.", "id", "Papua", "Jayapura", 3),
])
def test_places_unit_forms(geoparser, text, lang, name, admin2, precision):
    _, places = first_event_place(geoparser, text, lang)
    assert places[0].name == name and places[0].place.admin2 == admin2
    assert places[0].geo_precision == precision and places[0].place.country_code == "ID"


def test_places_valley_en_and_id(geoparser):
    for text, lang in [("Fighting continued in the Panjshir valley, Afghanistan.", "en"),
                       ("Pertempuran berlanjut di Lembah Panjshir, Afghanistan.", "id")]:
        doc, places = first_event_place(geoparser, text, lang)
        assert doc.focus_country == "AF" and places[0].place.admin1 == "Panjshir"


@pytest.mark.parametrize("text, lang, name", [
    ("Gunmen attacked a security post 10 km from Sugapa, Intan Jaya regency.", "en", "Sugapa"),
    ("The body was found 15 km north of Timika on Friday.", "en", "Timika"),
    ("Shots were fired on the outskirts of Wamena on Sunday.", "en", "Wamena"),
    ("A bomb exploded near Wamena, Jayawijaya regency.", "en", "Wamena"),
    ("Kontak tembak terjadi sekitar 10 km dari Sugapa, Kabupaten Intan Jaya.", "id", "Sugapa"),
    ("Jenazah ditemukan di utara Timika pada Jumat.", "id", "Timika"),
    ("Rumah warga dibakar di pinggiran Wamena.", "id", "Wamena"),
])
def test_places_near_and_distance_code_to_the_town_precision_2(geoparser, text, lang, name):
    _, places = first_event_place(geoparser, text, lang)
    assert places[0].name == name and places[0].place.country_code == "ID"
    assert places[0].geo_precision == 2


# ---- not places: groups, demonyms, organisations, media, clubs, persons ---------------------------------
@pytest.mark.parametrize("text, lang", [
    ("The Taliban seized the district centre on Friday.", "en"),
    ("Taliban merebut pusat distrik itu pada Jumat.", "id"),
    ("Papuan students staged a rally on Monday.", "en"),
    ("KKB Papua claimed the attack, Kompas reported.", "en"),
    ("The Jakarta Post and India Today carried the story.", "en"),
    ("The Bank Papua office was closed after the threat.", "en"),
    ("Kantor Bank Papua ditutup setelah ancaman itu.", "id"),
    ("Persib Bandung fans sang in the stands.", "en"),
    ("Suporter Persib Bandung bernyanyi di tribun.", "id"),
    ("Mr Surabaya said the meeting went well.", "en"),
    ("Pak Surabaya mengatakan rapat berjalan lancar.", "id"),
    ("Ibu Malang membantah tuduhan itu.", "id"),
    ("Orlando Bloom said he enjoyed the film.", "en"),
    ("Nico Williams mencetak dua gol dalam laga itu.", "id"),
])
def test_places_not_places(geoparser, text, lang):
    doc = geoparser(make_doc(text, lang))
    assert event_places(doc, doc.sentences[0], fallback=False) == [], [m.name for m in doc.places]


def test_places_qualifier_papua_is_not_the_event_place(geoparser):
    for text, lang in [("KKB Papua menembak warga di Distrik Ilaga.", "id"),
                       ("KKB Papua gunmen shot a resident in Ilaga district.", "en")]:
        doc = geoparser(make_doc(text, lang))
        assert [m.name for m in event_places(doc, doc.sentences[0], fallback=False)] == ["Ilaga"]


def test_places_place_after_person_title_is_a_person(geoparser):
    doc = geoparser(make_doc("President Jokowi met Pak Kendari in Jayapura.", "en"))
    assert [m.name for m in doc.places] == ["Jayapura"]


# ---- the focus country ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, focus", [
    ("# Banjir Rendam Rumah Warga\n\n**JAKARTA, KOMPAS.com** -- Banjir merendam rumah warga, kata Juan.", "id", "ID"),
    ("JAKARTA (Reuters) - Floods hit thousands of homes, Harris Ferry told reporters.", "en", "ID"),
    ("SIKKA, KOMPAS.com - Polisi menangkap dua pria di Maumere.", "id", "ID"),
    ("KABUL, Aug 15 (AFP) - Taliban fighters entered the city.", "en", "AF"),
    ("TEL AVIV, KOMPAS.com - Israel menyerang Iran. Israel mengklaim serangan itu berhasil.", "id", "IL"),
])
def test_places_focus_from_dateline(geoparser, text, lang, focus):
    doc = geoparser(make_doc(text, lang))
    assert doc.focus_country == focus


@pytest.mark.parametrize("text, lang, focus", [
    # person names that equal foreign towns or counties do not move the focus
    ("Rhea dan Freeman bercerita tentang kebiasaan membaca. Rhea senang membaca di rumah.", "id", "ID"),
    ("Aprilia mengatakan Juan sudah pulang. Juan lalu beristirahat.", "id", "ID"),
    # foreign news: the most mentioned country wins
    ("Pemerintah Kamboja menutup perbatasan. Kamboja menuduh Thailand menyerang lebih dulu. "
     "Kamboja meminta bantuan.", "id", "KH"),
    ("Floods hit northern Thailand. Thailand said the waters were receding in Chiang Mai.", "en", "TH"),
])
def test_places_focus_most_mentioned_country(geoparser, text, lang, focus):
    assert geoparser(make_doc(text, lang)).focus_country == focus


# ---- one sense per document --------------------------------------------------------------------------
def test_places_bare_name_takes_the_unit_written_in_full(geoparser):
    text = ("Banjir rob melanda Kabupaten Kendal. Wilayah terdampak antara lain Kelurahan Bandengan, Kecamatan Kendal "
            "dan Desa Mororejo, Kecamatan Kaliwungu. Air laut juga masuk ke rumah warga di Mororejo.")
    doc = geoparser(make_doc(text, "id"))
    kendal = [m for m in doc.places if m.name == "Kendal"]
    assert all(m.place.admin2 == "Kendal" for m in kendal)
    places = event_places(doc, doc.sentences[2])
    assert places[0].name == "Mororejo" and places[0].place.admin2 == "Kendal"


def test_places_bare_village_name_repeats_its_written_unit(geoparser):
    text = ("Kapal tenggelam di perairan Desa Jungutbatu, Kecamatan Nusa Penida. "
            "Para penumpang dievakuasi ke Jungutbatu.")
    doc = geoparser(make_doc(text, "id"))
    first, again = [m for m in doc.places if m.name == "Jungutbatu"]
    assert again.place.geonameid == first.place.geonameid and again.rule.startswith("same-name")


def test_places_a_name_read_whole_keeps_its_sense_when_its_first_word_is_a_unit_word(geoparser):
    """"Kampung Melayu" read as one name (East Jakarta) stays that place when written again as "di Kampung Melayu
    itu", where "kampung" would otherwise be read as the unit word of a village named Melayu."""
    text = ("Bom bunuh diri meledak di Terminal Kampung Melayu, Jakarta Timur, Rabu (24/5/2017) malam. "
            "ISIS mengklaim bertanggung jawab atas teror bom bunuh diri di Kampung Melayu itu.")
    doc = geoparser(make_doc(text, "id"))
    first, again = [m for m in doc.places if m.span.text.endswith("Melayu")]
    assert first.place.admin2 == "East Jakarta"
    assert again.place.geonameid == first.place.geonameid and again.rule == "same-name:one name"


@pytest.mark.parametrize("text, lang", [
    ("Dua mahasiswa tewas dalam demonstrasi di Kendari, Sulawesi Selatan, setelah bentrok dengan polisi.", "id"),
    ("Two students died in a demonstration in Kendari, South Sulawesi, after clashes with police.", "en"),
])
def test_places_a_city_written_with_the_wrong_province_is_still_that_city(geoparser, text, lang):
    """Kendari is the capital of Southeast Sulawesi and has no namesake in South Sulawesi: the province written
    is a slip of the writer, and the place is Kendari, not the capital of the province written."""
    _, places = first_event_place(geoparser, text, lang)
    assert (places[0].name, places[0].place.admin1) == ("Kendari", "Southeast Sulawesi")


@pytest.mark.parametrize("text, lang", [
    ("Warga merusak mobil dinas di Balai Kota Solo, Jawa Tengah, Rabu (11/6/2025).", "id"),
    ("Residents damaged official cars at the Solo city hall in Central Java on Wednesday.", "en"),
])
def test_places_the_city_hall_of_solo_is_in_surakarta(geoparser, text, lang):
    _, places = first_event_place(geoparser, text, lang)
    assert (places[0].place.name, places[0].place.admin1) == ("Surakarta", "Central Java")


def test_places_a_village_abroad_named_like_an_indonesian_regency_stays_abroad(geoparser):
    text = "Activists held a protest at Pati village (Barwani, Madhya Pradesh) against the lockdown."
    _, places = first_event_place(geoparser, text, "en")
    assert places[0].place.country_code == "IN"


def test_places_lowercase_word_in_a_link_is_not_a_common_word(geoparser):
    text = "Nelayan di Karawang kini melaut lebih aman. Baca juga: https://regional.kompas.com/read/karawang-nelayan"
    doc = geoparser(make_doc(text, "id"))
    assert [m.place.admin2 for m in doc.places if m.name == "Karawang"] == ["Karawang"]


def test_places_a_neighbourhood_is_part_of_its_town_not_a_namesake_town(geoparser):
    text = "In Belem, Para, a trader was shot dead in Guama neighborhood on Friday by two men on a motorbike."
    doc = geoparser(make_doc(text, "en"))
    places = event_places(doc, doc.sentences[0])
    assert [p.place.name for p in places if p.place is not None] == ["Belem"]
    assert not any(m.name == "Guama" and m.place is not None for m in doc.places)


@pytest.mark.parametrize(
    "text, lang, name, admin1",
    [
        # the unit word written after a name does not hide the region written after it
        ("Two Taliban fighters were killed by an airstrike in Baharak district, Takhar, on Wednesday.", "en", "Baharak",
         "Takhar"),
        # the units in brackets belong to the town the village lies near
        ("A family was attacked with machetes in Hamirpur village near Rapar town (Kachchh, Gujarat) on Saturday.",
         "en", "Hamirpur", "Gujarat"),
        # a reference point with its region is the place when nothing more specific is named
        ("Saudi forces fired artillery rockets at villages west of Haydan district (Sadah) on Friday.", "en", "Haydan",
         "Sadah"),
        ("Pasukan Saudi menembakkan roket ke permukiman di sebelah barat Distrik Haydan, Provinsi Sadah, Yaman.", "id",
         "Haydan", "Sadah"),
        # the names in brackets after a place are the units holding it, one place, not two
        ("Gunmen on motorbikes attacked a farm near Bolsi (Torodi, Tillabery) on Saturday.", "en", "Torodi",
         "Tillaberi"),
        ("Kelompok bersenjata menyerang sebuah peternakan di dekat Bolsi (Torodi, Tillabery), Niger, Sabtu.", "id",
         "Torodi", "Tillaberi"),
        # "X area of Y district": the district holds the area (not a namesake of X in another province)
        ("Troops repelled a Taliban attack in Deh-e Now area of Mohammad Agha district, Logar, on Sunday.", "en",
         "Deh-e Now", "Logar"),
        # "(Chin)" before "village" is another name of the village or its people, not Chin State: the village ACLED's
        # coders name "Hpar Hpyo (Chin)" (ACLED place table), not its township too
        ("Soldiers set fire to houses in Hpar Hpyo (Chin) village, Minbya township, Mrauk-U district, Rakhine State.",
         "en", "Hpar Hpyo (Chin)", "Rakhine"),
        # "X village of Y": the unit word is X's, and Y is where it lies (not "village of Y", a village named Y)
        ("A roadside bomb exploded in Dogankoy village of Pervari, Siirt, killing a Turkish soldier.", "en",
         "Dogankoy", "Siirt"),
        # a village the official table puts in a newer district carved out of the one written, in the same regency
        ("Hundreds of farmers rallied in Bolano village of Moutong district (Parigi Moutong, Central Sulawesi).",
         "en", "Bolano", "Central Sulawesi"),
        ("Ratusan petani berunjuk rasa di Desa Bolano, Kecamatan Moutong, Kabupaten Parigi Moutong, Sulawesi Tengah.",
         "id", "Bolano", "Central Sulawesi"),
        # a town the index lacks, in the province written after it, not a namesake the province's country rules out
        # (Mambasa is one of Mombasa's other names)
        ("Mayi-Mayi militiamen clashed with FARDC soldiers in Mambasa, Ituri, on Saturday.", "en", "Mambasa", "Ituri"),
        ("Milisi Mayi-Mayi bentrok dengan tentara FARDC di Mambasa, Ituri, Sabtu (2/5/2020).", "id", "Mambasa", "Ituri"),
        # a road between two towns: one place, the first, not one event at each end
        ("Boko Haram fighters ambushed a military convoy on the Damboa - Maiduguri road on Thursday.", "en", "Damboa",
         "Borno"),
        ("Kelompok bersenjata menembaki sebuah truk di jalan raya Sentani - Jayapura, Senin (3/4/2023).", "id", "Sentani",
         "Papua"),
        # two places after "between" tell where one event happened: the more specific, else the first
        ("Myanmar troops fought Arakan Army fighters between Pyin Wan and Kan Pyin villages in Rathedaung Township, "
         "Rakhine State, on Tuesday.", "en", "Pyin Wan", "Rakhine"),
        # ... and of two villages alike, the one in the region the sentence names, not a namesake elsewhere
        ("Fighting broke out in between Kyauk Tan and Mon Than Pyin villages, in Kyauktaw Township, in Rakhine State, "
         "on Wednesday.", "en", "Mon Than Pyin", "Rakhine"),
        ("Pertempuran pecah di antara Desa Kyauk Tan dan Desa Mon Than Pyin, Kota Kyauktaw, Negara Bagian Rakhine, "
         "Myanmar, Rabu (11/3/2020).", "id", "Mon Than Pyin", "Rakhine"),
        ("Gunmen shot dead a man on the road between Jbib and Um Walad in the Daraa countryside on Tuesday.", "en",
         "Um Walad", "Dar'a"),
        ("Kontak tembak antara TNI dan TPNPB terjadi di antara Kampung Titigi dan Kampung Ndugusiga, Distrik Sugapa, "
         "Kabupaten Intan Jaya, Senin (3/4/2023).", "id", "Titigi", "Papua"),
        ("Seorang warga ditembak orang tak dikenal di jalan antara Desa Bolano dan Desa Lembah Bomban, Kabupaten "
         "Parigi Moutong, Sabtu (1/4/2023).", "id", "Bolano", "Central Sulawesi"),
        # "Nihm (Sanaa)": the governorate Sana', though the capital Sanaa is written the same way
        ("Houthi forces shelled government positions on the Nihm (Sanaa) front on Monday.", "en", "Nihm", "Sana'"),
    ],
)
def test_places_one_event_place_for_a_place_and_its_written_regions(geoparser, text, lang, name, admin1):
    _, places = first_event_place(geoparser, text, lang)
    assert [(p.name, p.place.admin1) for p in places] == [(name, admin1)]


def test_places_a_nationality_before_soldiers_is_whose_they_are_not_a_region(geoparser):
    # "Somali" is also a region of Ethiopia; "Somali soldiers" are Somalia's, and the fight is near Jowhar, Somalia
    text = "Somali soldiers fought al-Shabab fighters who attacked their base near Jowhar on Tuesday, an officer said."
    doc, places = first_event_place(geoparser, text, "en")
    assert doc.focus_country == "SO"
    assert [(p.name, p.place.country_code) for p in places] == [("Jowhar", "SO")]
    assert not any(m.name == "Somali" for m in doc.places)


@pytest.mark.parametrize("text, lang", [
    ("On 7 May 2020, in San Andres de Tuxtla, Veracruz, two armed men attacked a taxi driver.", "en"),
    ("Dua pria bersenjata menyerang seorang sopir taksi di San Andres de Tuxtla, Veracruz, Meksiko, Kamis (7/5/2020).", "id"),
])
def test_places_a_name_written_with_de_is_found_without_it(geoparser, text, lang):
    # the gazetteer spells the town "San Andres Tuxtla": one place, not "San Andres" and "Tuxtla" apart
    _, here = first_event_place(geoparser, text, lang)
    assert [(m.place.name, m.place.country_code) for m in here] == [("San Andres Tuxtla", "MX")]


@pytest.mark.parametrize("text, lang", [
    ("Dozens of workers held a protest sit-in in Sidi Bouafif on Wednesday, demanding their wages.", "en"),
    ("Puluhan pekerja berunjuk rasa di Sidi Bouafif pada Rabu untuk menuntut upah mereka.", "id"),
])
def test_places_the_first_word_of_an_unknown_name_is_no_small_town_elsewhere(geoparser, text, lang):
    # "Sidi" alone is a town in India; "Sidi Bouafif" is a name the gazetteer does not hold
    doc = geoparser(make_doc(text, lang))
    assert not any(m.place is not None and m.place.country_code == "IN" for m in doc.places)


@pytest.mark.parametrize("text, lang", [
    ("SINGAPORE - The government said on Tuesday it would introduce caning for online scammers.", "en"),
    ("SINGAPURA, KOMPAS.com - Pemerintah akan memberlakukan hukuman cambuk bagi pelaku penipuan daring.", "id"),
])
def test_places_a_city_state_in_a_dateline_stays_its_city(geoparser, text, lang):
    doc = geoparser(make_doc(text, lang))
    assert [(m.place.name, m.place.level) for m in doc.places][:1] == [("Singapore", "populated")]


def test_places_a_camp_and_a_movement_are_no_places(geoparser):
    text = ("Refugees held a sit-in outside the office of the Director of UNRWA Services in the Ein al Hilweh Camp. "
            "Hamas fighters clashed with Israeli forces in Gaza.")
    doc = geoparser(make_doc(text, "en"))
    assert event_places(doc, doc.sentences[0], fallback=False) == []
    assert [m.name for m in event_places(doc, doc.sentences[1], fallback=False)] == ["Gaza"]


@pytest.mark.parametrize("text, lang", [
    ("In El Fasher, five civilians were killed.", "en"),
    ("In Al Fashir, five civilians were killed.", "en"),
    ("Di El Fasher, lima warga sipil tewas.", "id"),
])
def test_a_capitalised_preposition_before_a_name_with_a_particle_is_not_part_of_it(geoparser, text, lang):
    """At the start of a sentence, "In El Fasher" is not "Inel", nor the place "In" with its particle dropped."""
    doc, here = first_event_place(geoparser, text, lang)
    assert [m.place.name for m in here if m.place] in (["El Fasher"], ["Al Fashir"]), [(m.name, m.rule) for m in here]


@pytest.mark.parametrize("text, lang", [
    ("Mark S Cogan, a professor of peace studies in Osaka, said the ceasefire was fragile.", "en"),
    ("Mark S Cogan, profesor studi perdamaian di Osaka, menilai gencatan senjata itu rapuh.", "id"),
])
def test_a_name_with_an_initial_is_not_a_place_written_without_the_space(geoparser, text, lang):
    """'Mark S' is a first name and an initial, not Marks, Mississippi."""
    doc = geoparser(make_doc(text, lang))
    assert [m.place.name for m in doc.places if m.place] == ["Osaka"], [(m.name, m.rule) for m in doc.places]


@pytest.mark.parametrize("text, lang, name", [
    ("About 300 farmers gathered at the Keav Seima District Hall in Mondul Kiri to protest a land concession.", "en",
     "Mondul Kiri"),
    ("Protesters marched from the Town Hall to the police station in Kuantan on Friday.", "en", "Kuantan"),
])
def test_places_a_hall_is_a_building_not_a_town(geoparser, text, lang, name):
    _, places = first_event_place(geoparser, text, lang)
    assert [p.name for p in places] == [name]


def test_places_a_church_named_like_a_foreign_town_is_not_that_town(geoparser):
    text = ("Bom meledak di tiga gereja di Surabaya, masing-masing di Gereja Santa Maria Tak Bercela di Jalan Ngagel "
            "Madya dan Gereja Kristen Indonesia di Jalan Diponegoro. Ledakan pertama terjadi di Gereja Santa Maria.")
    doc = geoparser(make_doc(text, "id"))
    named = {doc.text[m.span.start:m.span.end]: m.place.country_code for m in doc.places if m.place is not None}
    assert named.get("Surabaya") == "ID"
    assert "Santa Maria" not in named  # not Santa Maria in Brazil, neither time


@pytest.mark.parametrize("text", [
    "Hundreds of separatist fighters from Lahij, Abyan and Shabwah clashed with government troops in Mukalla, Yemen, "
    "on Wednesday, May 6, 2020.",
    "Ratusan petempur separatis asal Lahij, Abyan dan Shabwah bentrok dengan pasukan pemerintah di Mukalla, Yaman, "
    "pada Rabu (6/5/2020).",
])
def test_every_place_of_a_list_after_an_origin_word_is_where_people_came_from(extract, text):
    # not only the first: the clash was in Mukalla, not also in Abyan and Shabwah
    assert [e.location for e in extract(text, published="2020-05-08").events] == ["Mukalla"]


def test_the_cities_of_a_list_name_the_places_not_where_people_came_from(extract):
    # English only ("the cities of Sousa and Uirauna"): Indonesian writes "kota Sousa dan Uirauna", a unit word
    # before the name, which needs no "of"
    text = ("On 6 May 2020, between the cities of Sousa and Uirauna, Paraiba, armed men exchanged fire with military "
            "police forces during a chase.")
    events = extract(text, published="2020-05-08").events
    assert {(e.location, e.place.country_code) for e in events} >= {("Sousa", "BR")}
    assert all(e.place.country_code == "BR" for e in events)


@pytest.mark.parametrize("text", [
    "Warplanes of the Government of National Accord struck the al-Watiya air base in Libya on Thursday, May 7, 2020. "
    "In the capital, shells slammed into homes on Thursday, killing three civilians, the health ministry said.",
    "Pesawat tempur GNA menyerang pangkalan udara al-Watiya di Libya pada Kamis (7/5/2020). Di ibu kota, peluru "
    "artileri menghantam rumah warga pada Kamis (7/5/2020) dan menewaskan tiga warga sipil.",
])
def test_the_capital_written_without_its_name_is_the_capital_of_the_reports_country(extract, text):
    events = extract(text, published="2020-05-08").events
    assert [(e.location, e.fatalities) for e in events if e.sub_event_type == "Shelling/artillery/missile attack"] == [
        ("Tripoli", 3)]


@pytest.mark.parametrize("text, place", [
    ("Gunmen attacked a market in Bor, the capital of Jonglei state, South Sudan, on Thursday, May 7, 2020, killing "
     "five people.", "Bor"),
    ("Kelompok bersenjata menyerang pos polisi di Kenyam, ibu kota Kabupaten Nduga, Papua, pada Kamis (7/5/2020).",
     "Kenyam"),
])
def test_the_capital_of_a_named_unit_is_not_the_countrys_capital(extract, text, place):
    assert [e.location for e in extract(text, published="2020-05-08").events] == [place]


@pytest.mark.parametrize("text", [
    "BUNIA, Democratic Republic of Congo, May 8 - Troops attacked a CODECO position in the village of Korogo, near "
    "Berunda in Mahagi territory, on Thursday, killing six fighters, local radio said.",
    "BUNIA, Republik Demokratik Kongo - Tentara menyerang posisi CODECO di desa Korogo, dekat Berunda di wilayah "
    "Mahagi, pada Kamis (7/5/2020) dan menewaskan enam milisi, kata radio setempat.",
])
def test_a_village_abroad_is_not_a_foreign_city_that_shares_its_name(extract, text):
    # the gazetteer knows no Korogo in Congo; Korhogo, a city of 440,000 in Ivory Coast, has Korogo among its names
    events = extract(text, published="2020-05-08").events
    assert events and all(e.place.country_code == "CD" for e in events), [
        (e.location, e.place.country_code) for e in events]


@pytest.mark.parametrize("text, lang, country", [
    ("Soldiers clashed with militiamen in the Democratic Republic of Congo on Thursday.", "en", "CD"),
    ("Rebels attacked a police post in the Republic of Congo on Thursday.", "en", "CG"),
    ("Police fired tear gas at protesters in Port of Spain on Thursday.", "en", "TT"),
    ("Tentara bentrok dengan milisi di Republik Demokratik Kongo pada Kamis.", "id", "CD"),
    ("Seorang warga tewas dalam bentrokan di Libia pada Kamis.", "id", "LY"),
])
def test_country_and_city_names_written_with_of_or_in_indonesian(geoparser, text, lang, country):
    doc = geoparser(make_doc(text, lang))
    assert doc.focus_country == country, [(m.name, m.place.country_code) for m in doc.places]


@pytest.mark.parametrize("text", [
    "SITTWE, Myanmar, March 4 - Myanmar military shelled a village in Rathedaung Township, Rakhine State, on Tuesday, "
    "March 3, 2020, wounding two villagers, residents said.",
    "SITTWE, KOMPAS.com - Militer Myanmar menembakkan artileri ke sebuah desa di kota Rathedaung, Negara Bagian "
    "Rakhine, Selasa (3/3/2020), dan melukai dua warga.",
], ids=["en", "id"])
def test_a_myanmar_township_geonames_lacks_is_placed_where_it_is(extract, text):
    # Rathedaung is not in GeoNames cities500; ACLED's coders name it with its point
    events = extract(text, published="2020-03-04").events
    assert [(e.location, e.place.admin1) for e in events] == [("Rathedaung", "Rakhine")]
    assert abs(events[0].place.latitude - 20.48) < 0.1 and abs(events[0].place.longitude - 92.76) < 0.1


@pytest.mark.parametrize("text", [
    "SITTWE, Myanmar, March 9 - A clash broke out near Tin Ma village, in Kyauktaw Township, in Rakhine State, "
    "between the Myanmar military and the Arakan Army on Sunday, March 8, 2020, villagers said.",
    "SITTWE, KOMPAS.com - Bentrokan antara militer Myanmar dan Tentara Arakan pecah di dekat desa Tin Ma, di "
    "kotapraja Kyauktaw, di Negara Bagian Rakhine, Minggu (8/3/2020), kata warga.",
], ids=["en", "id"])
def test_a_township_written_after_its_village_only_says_where_the_village_lies(extract, text):
    events = extract(text, published="2020-03-09").events
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Tin Ma")]


def test_a_town_written_before_its_upazila_is_the_place(extract):
    text = ("DHAKA, Aug 4 - Students clashed with police in Mawna town, Sreepur upazila (Gazipur, Dhaka), on Saturday, "
            "August 3, 2024, demanding the resignation of the prime minister, local media said.")
    assert [e.location for e in extract(text, published="2024-08-04").events] == ["Mawna"]


@pytest.mark.parametrize("text", [
    "TRIPOLI, May 8 - In Tripoli, shells slammed into homes in the Abu Salim district on Thursday, May 7, 2020, "
    "killing three civilians, the health ministry said.",
    "TRIPOLI, KOMPAS.com - Di Tripoli, peluru artileri menghantam rumah-rumah warga di distrik Abu Salim pada Kamis "
    "(7/5/2020), menewaskan tiga warga sipil.",
], ids=["en", "id"])
def test_a_citys_district_named_with_the_city_is_one_event_place(extract, text):
    events = extract(text, published="2020-05-08").events
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Abu Salim", 3)]


@pytest.mark.parametrize("text", [
    "On 10 November 2020, in Shauk Chon village (Ann Township, Kyaukpyu District, Rakhine State), artillery shells "
    "fell and exploded in the village. Myanmar military fired several shells from a nearby mountain.",
    "Pada 10 November 2020, di desa Shauk Chon (kotapraja Ann, Distrik Kyaukpyu, Negara Bagian Rakhine), peluru "
    "artileri jatuh dan meledak di desa itu. Militer Myanmar menembakkan beberapa peluru dari gunung di dekatnya.",
], ids=["en", "id"])
def test_the_township_and_district_written_after_a_village_only_say_where_it_lies(extract, text):
    # "Ann" is a name with its unit word; a township then its district hold the village: one event, at the village
    assert [e.location for e in extract(text, published="2020-11-12").events] == ["Shauk Chon"]


@pytest.mark.parametrize("text", [
    "MOPTI, Mali, May 6 - Gunmen stormed a gendarmerie post in Mandoli, in the neighbouring Bandiagara district, on "
    "Tuesday, killing one civilian, a security official said.",
    "MOPTI, KOMPAS.com - Kelompok bersenjata menyerbu pos gendarmerie di Mandoli, di distrik Bandiagara yang "
    "bertetangga, Selasa (5/5/2020), menewaskan seorang warga sipil.",
], ids=["en", "id"])
def test_a_district_written_further_after_its_village_only_says_where_it_lies(extract, text):
    # the district's seat is a town whose record names no district; the village's record names it
    events = extract(text, published="2020-05-06").events
    assert [(e.location, e.place.admin2, e.fatalities) for e in events] == [("Mandoli", "Bandiagara", 1)]


@pytest.mark.parametrize("text", [
    "BUNIA, May 8 - Soldiers overran a CODECO camp near Saliboko in Ituri province's Djugu territory on Thursday, "
    "killing 23 militiamen, the army said.",
    "BUNIA, KOMPAS.com - Tentara merebut kamp milisi CODECO di dekat Saliboko, di wilayah Djugu, provinsi Ituri, Kamis "
    "(7/5/2020), menewaskan 23 milisi.",
], ids=["en", "id"])
def test_near_a_village_with_only_its_units_written_is_at_the_village(extract, text):
    # "near Saliboko" is the reference point of the event, and no other place is named: ACLED codes it there
    events = extract(text, published="2020-05-08").events
    assert [(e.location, e.fatalities) for e in events] == [("Saliboko", 23)]


@pytest.mark.parametrize("text", [
    "BAMAKO, May 6 - A military truck hit a landmine near Dinangourou in the Koro district on Tuesday, wounding two "
    "soldiers, the army said.",
    "BAMAKO, KOMPAS.com - Sebuah truk militer menginjak ranjau darat di dekat Dinangourou di distrik Koro, Selasa "
    "(5/5/2020), melukai dua tentara.",
], ids=["en", "id"])
def test_a_village_spelt_another_way_is_found_in_the_district_written(extract, text):
    # the place table spells it Dinangorou; the district written with it makes the match safe
    events = extract(text, published="2020-05-06").events
    assert [(e.sub_event_type, e.location, e.place.admin2) for e in events] == [
        ("Remote explosive/landmine/IED", "Dinangorou", "Koro")]


def test_a_village_spelt_another_way_is_not_taken_from_outside_the_official_unit(extract):
    # Pal Merah lies in West Jakarta: "Palmerah district, South Jakarta" stays in the unit written
    text = ("On March 17, 2018, journalists held a peaceful protest in Palmerah district, South Jakarta City, Jakarta "
            "province, against threats to the press.")
    assert [e.location for e in extract(text).events] == ["South Jakarta"]


@pytest.mark.parametrize("text", [
    "DIYARBAKIR, Turkey, May 7 - Turkish jets bombed PKK positions in the Haftanin area of Duhok province in northern "
    "Iraq on Wednesday, the group said.",
    "ERBIL, KOMPAS.com - Jet tempur Turki mengebom posisi PKK di kawasan Haftanin, provinsi Duhok, Rabu (6/5/2020), "
    "kata kelompok itu.",
], ids=["en", "id"])
def test_a_place_of_the_acled_table_is_in_the_province_written_under_its_other_name(extract, text):
    # ACLED names the province Dahuk; GeoNames has Dahuk as a district of the Kurdistan Region
    events = extract(text, published="2020-05-07").events
    assert [(e.sub_event_type, e.location) for e in events] == [("Air/drone strike", "Haftanin")]


@pytest.mark.parametrize("text", [
    "WAMENA, KOMPAS.com - Kelompok bersenjata menyerang pos TNI di Distrik Mbua, Kabupaten Nduga, Senin (3/12/2018), dan "
    "menewaskan seorang prajurit.",
    "WAMENA, Indonesia, Dec 5 (Papua Wire) - Gunmen attacked an army post in Mbua district, Nduga regency, on Monday, "
    "killing a soldier.",
], ids=["id", "en"])
def test_a_district_written_without_its_glide_is_found(extract, text):
    # the official tables write Mbuwa; Moba, another district of Nduga with the same consonants, is not it
    events = extract(text, published="2018-12-05").events
    assert [(e.location, e.place.admin2) for e in events] == [("Mbuwa", "Nduga")]


@pytest.mark.parametrize("text, published, place", [
    ("TIMIKA, KOMPAS.com - Kericuhan bermula di Kuala Kencana, Kabupaten Mimika, Sabtu (19/8/2017) siang. Polisi "
     "membubarkan paksa ratusan pekerja yang memblokade jalan utama tambang, jalan yang menghubungkan Pelabuhan "
     "Amamapare, Timika, dan Tembagapura.", "2017-08-20", "Kuala Kencana"),
    ("KANDAHAR, Afghanistan, June 3 (Afghan Wire) - Taliban fighters ambushed a police convoy in Qalat, on the highway "
     "linking Kabul and Kandahar, on Monday, killing four policemen.", "2019-06-03", "Qalat"),
], ids=["id", "en"])
def test_the_towns_a_road_links_only_say_which_road_it_is(extract, text, published, place):
    events = extract(text, published=published).events
    assert [e.location for e in events] == [place]


def test_the_nation_a_date_is_named_for_is_not_where_it_was_marked(extract):
    text = ("JAYAPURA, KOMPAS.com - Polisi membubarkan massa yang memperingati 1 Desember, hari lahir bangsa Papua Barat, "
            "di Kota Jayapura, Sabtu (1/12/2018).")
    assert [e.location for e in extract(text, published="2018-12-02").events] == ["Jayapura"]
