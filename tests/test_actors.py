import pytest

from warta.document import Document
from warta.stages.actors import find_actors


def names(text, lang, country="ID"):
    doc = Document(id="t", text=text, lang=lang)
    return [(a.name, a.inter) for a in find_actors(doc, 0, len(text), country)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Anggota Brimob menangkap dua pria.", "id", ("Police Forces of Indonesia (2014-) Mobile Brigade Corps", 1)),
        ("KKB menembak seorang guru.", "id", ("TPNPB: West Papua National Liberation Army", 2)),
        ("Prajurit TNI terlibat baku tembak.", "id", ("Military Forces of Indonesia (2014-)", 1)),
        ("Members of the West Papua National Liberation Army attacked the post.", "en",
         ("TPNPB: West Papua National Liberation Army", 2)),
        ("Unidentified gunmen shot a driver.", "en", ("Unidentified Armed Group (Indonesia)", 3)),
        ("Police dispersed the crowd.", "en", ("Police Forces of Indonesia (2014-)", 1)),
    ],
)
def test_actors_dictionary_gives_acled_names_and_inter_codes(text, lang, expected):
    assert expected in names(text, lang)


def test_actors_generic_words_follow_the_document_country():
    assert ("Civilians (Afghanistan)", 7) in names("Warga sipil mengungsi.", "id", "AF")
    assert ("Police Forces of Afghanistan", 1) in names("Police arrived later.", "en", "AF")


@pytest.mark.parametrize("text, lang, expected", [
    ("Afghan commandos pushed the Taliban out of the city centre.", "en", [("Military Forces of Afghanistan", 1)]),
    ("A team of police commandos recovered two rifles near the border.", "en", [("Police Forces of Afghanistan", 1)]),
    ("Pasukan komando merebut kembali pusat kota.", "id", [("Military Forces of Afghanistan", 1)]),
    ("Marinir mendarat di pantai utara.", "id", [("Military Forces of Afghanistan", 1)]),
    ("Federal forces have taken full control of the regional capital.", "en", [("Military Forces of Afghanistan", 1)]),
    ("Pasukan federal telah menguasai penuh ibu kota wilayah itu.", "id", [("Military Forces of Afghanistan", 1)]),
])
def test_actors_special_units_are_their_countrys_forces(text, lang, expected):
    assert [n for n in names(text, lang, "AF") if n[0] != "Taliban"] == expected


def test_actors_acronyms_only_in_capitals():
    assert names("Dia mit temannya pergi.", "id") == []


@pytest.mark.parametrize(
    "text, lang, group, inter",
    [
        ("Pasukan Perlawanan Publik merebut tiga distrik.", "id", "Pasukan Perlawanan Publik", 2),
        ("The Public Resistance Forces seized the district.", "en", "The Public Resistance Forces", 2),
    ],
)
def test_actors_unknown_named_groups_are_kept_as_written(text, lang, group, inter):
    assert (group, inter) in names(text, lang, "AF")


@pytest.mark.parametrize(
    "text, lang, group",
    [
        ("The Liwa al-Quds Brigade attacked a checkpoint.", "en", "The Liwa al-Quds Brigade"),
        ("The Front for the Liberation of Kivu claimed the ambush.", "en", "The Front for the Liberation of Kivu"),
    ],
)
def test_actors_named_groups_hold_their_particles(text, lang, group):
    assert group in [n for n, _ in names(text, lang, "IR")]


def test_actors_a_label_with_a_lower_case_word_is_no_group():
    # "Movement of forces:" is a heading, not a group named "Movement of for(ces)"
    found = names("Movement of forces: Turkish forces brought reinforcements to Idleb.", "en", "SY")
    assert [n for n, _ in found if n.startswith("Movement")] == []


@pytest.mark.parametrize(
    "text, lang, country, expected",
    [
        ("Al-Shabaab militants fired mortar rounds at the base near Mogadishu.", "en", "SO", ("Al Shabaab", 2)),
        ("The Arakan Army said it had seized an outpost in Paletwa.", "en", "MM",
         ("ULA/AA: United League of Arakan/Arakan Army", 2)),
        ("TNLA troops clashed with the Tatmadaw near Namhsan.", "en", "MM",
         ("PSLF/TNLA: Palaung State Liberation Front/Ta'ang National Liberation Army", 2)),
        ("Fighting between the KIA and the military continued in Hpakant.", "en", "MM",
         ("KIO/KIA: Kachin Independence Organization/Kachin Independence Army", 2)),
        ("Houthi forces launched a drone at Marib.", "en", "YE", ("Military Forces of Yemen (2016-) Supreme Political Council", 1)),
        ("A Saudi-led coalition airstrike hit a farm in Saada.", "en", "YE", ("Operation Restoring Hope", 8)),
        ("RAB members detained three men in Cox's Bazar.", "en", "BD",
         ("Police Forces of Bangladesh (2009-2024) Rapid Action Battalion", 1)),
        ("NPA rebels ambushed an army patrol in Samar.", "en", "PH", ("NPA: New People's Army", 2)),
        ("Suspected jihadists raided a village in Tillaberi.", "en", "NE", ("Unidentified Armed Group (Niger)", 3)),
        ("Bandits abducted twenty villagers in Zamfara.", "en", "NG", ("Unidentified Armed Group (Nigeria)", 3)),
        ("Milisi Houthi meluncurkan rudal ke sebuah kapal di Laut Merah.", "id", "YE",
         ("Military Forces of Yemen (2016-) Supreme Political Council", 1)),
        ("Kelompok Al-Shabaab menyerang pangkalan militer di Somalia.", "id", "SO", ("Al Shabaab", 2)),
        ("Junta militer Myanmar kembali melancarkan serangan udara di Sagaing.", "id", "ID",
         ("Military Forces of Myanmar (2021-)", 1)),
        ("Hizbullah menembakkan roket ke Israel utara.", "id", "LB", ("Hezbollah", 3)),
    ],
)
def test_actors_of_the_world_by_their_acled_names(text, lang, country, expected):
    assert expected in names(text, lang, country)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israeli forces raided the camp at dawn.", ("Military Forces of Israel", 1)),
        ("Syrian regime forces shelled the outskirts of the town.", ("Military Forces of Syria", 1)),
        ("Russian troops withdrew from the village.", ("Military Forces of Russia", 1)),
        ("Nigerian soldiers repelled the attack.", ("Military Forces of Nigeria", 1)),
        ("The Pakistani army said two soldiers died.", ("Military Forces of Pakistan", 1)),
        ("South Sudanese troops entered the town.", ("Military Forces of South Sudan", 1)),
        ("Turkish police detained the reporters.", ("Police Forces of Turkey", 1)),
        ("US forces opened a new base near the oil field.", ("Military Forces of the United States", 1)),
    ],
)
def test_actors_state_forces_named_by_nationality(text, expected):
    assert expected in names(text, "en", "SY")


def test_actors_a_nationality_alone_names_no_force():
    # "forces" needs a nationality or a country; a nationality before civilians does not change their side
    assert names("Forces moved in overnight.", "en", "SY") == []
    assert ("Civilians (Syria)", 7) in names("Turkish civilians fled.", "en", "SY")


@pytest.mark.parametrize("text, lang, expected", [
    # a nationality in the plural, standing alone: civilians of that country, not the side that fights
    ("Israeli troops shot dead five Palestinians near an aid site in Rafah on Saturday.", "en",
     ("Violence against civilians", "Attack", "Military Forces of Israel", "Civilians (Palestine)", "")),
    ("Two Americans were kidnapped by gunmen near Kidal on Monday, a local official said.", "en",
     ("Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Mali)",
      "Civilians (United States)", "")),
    # a people ACLED names as an identity group, in both languages: civilians, with the group beside them
    ("Arakan Army fighters shot two Rohingya near their village in Buthidaung township on Friday, residents said.",
     "en",
     ("Violence against civilians", "Attack", "ULA/AA: United League of Arakan/Arakan Army", "Civilians (Myanmar)",
      "Rohingya Muslim Group (Myanmar)")),
    ("Pasukan Arakan Army menembak dua warga Rohingya di Buthidaung, Myanmar, pada Jumat.", "id",
     ("Violence against civilians", "Attack", "ULA/AA: United League of Arakan/Arakan Army", "Civilians (Myanmar)",
      "Rohingya Muslim Group (Myanmar)")),
])
def test_a_people_named_as_those_harmed_are_civilians(extract, text, lang, expected):
    doc = extract(text, published="2025-06-02")  # a Monday: "on Saturday" is a day the report can date
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.assoc_actor_2) for e in doc.events] == [expected]


def test_actors_a_nationality_in_the_plural_is_that_countrys_civilians():
    assert ("Civilians (Palestine)", 7) in names("Five Palestinians were wounded.", "en", "IL")
    assert ("Military Forces of Israel", 1) in names("Israeli forces raided the camp.", "en", "PS")


def test_actors_members_of_a_named_group_are_that_group():
    assert names("Al Shabaab militants attacked the post.", "en", "SO") == [("Al Shabaab", 2)]


def test_actors_countries_are_spelled_the_acled_way():
    assert ("Civilians (Turkey)", 7) in names("Civilians fled.", "en", "TR")
    assert ("Police Forces of the Democratic Republic of Congo", 1) in names("Police arrived.", "en", "CD")


def test_a_state_named_as_the_attacker_is_its_military_spelled_the_acled_way(extract):
    doc = extract("Filipina menyerang kelompok Abu Sayyaf di Jolo, Sulu, Senin (3/2/2020), kata juru bicara militer.")
    assert [e.actor1 for e in doc.events] == ["Military Forces of the Philippines"]


@pytest.mark.parametrize("text, lang, country, expected", [
    # "the regime" is the government whose country the report is about
    ("Clashes took place between regime and pro-regime militia forces and rebels near the town.", "en", "SY",
     ("Military Forces of Syria", 1)),
    ("Members of the regime's air force intelligence opened fire at a man at the checkpoint.", "en", "SY",
     ("Military Forces of Syria", 1)),
    # an air strike a nationality is written before is that country's
    ("Israeli airstrikes targeted positions near the airport.", "en", "SY", ("Military Forces of Israel", 1)),
])
def test_actors_the_regime_and_a_nations_air_strikes_are_its_forces(text, lang, country, expected):
    assert expected in names(text, lang, country)


def test_actors_air_strikes_with_no_nationality_name_no_one():
    assert names("Airstrikes hit the market at noon.", "en", "SY") == []


def test_an_air_strike_a_country_is_named_after_is_that_countrys(extract):
    # Indonesian writes the country after the weapon: "serangan udara Israel" (the country is read by the places stage)
    doc = extract("Tentara Suriah melaporkan serangan udara Israel menghantam gudang senjata di Homs, Suriah, "
                  "Minggu (3/5/2020). Tidak ada korban jiwa.")
    assert doc.lang == "id"
    assert [e.actor1 for e in doc.events] == ["Military Forces of Israel"]


@pytest.mark.parametrize("text, lang, country, expected", [
    ("On 5 May 2020, Tiv militias attacked the Ichen villages of Ananum and Kwossa.", "en", "NG",
     "Tiv Ethnic Militia (Nigeria)"),
    ("Fellata and Rizeigat communal militias clashed in several localities.", "en", "SD",
     "Fellata Ethnic Militia (Sudan)"),
    ("Communal militias from Odejo attacked Ikobi and burned houses.", "en", "NG", "Odejo Communal Militia (Nigeria)"),
    ("On 8 May 2020, militiamen from the Leelkayse clan attacked the village.", "en", "SO",
     "Leelkayse Clan Militia (Somalia)"),
    ("The Hawadle clan militias clashed with their rivals.", "en", "SO", "Hawadle Clan Militia (Somalia)"),
    ("Milisi suku Fulani menyerang Desa Tarkende dan membakar rumah warga.", "id", "NG",
     "Fulani Ethnic Militia (Nigeria)"),
    ("Milisi dari klan Hawadle bentrok dengan milisi lain di Beledweyne.", "id", "SO", "Hawadle Clan Militia (Somalia)"),
])
def test_actors_militias_named_after_a_people_clan_or_place(text, lang, country, expected):
    doc = Document(id="t", text=text, lang=lang)
    assert find_actors(doc, 0, len(text), country)[0].name == expected


def test_actors_a_word_starting_the_sentence_names_no_militia():
    text = "Local militias from the area attacked a camp."
    doc = Document(id="t", text=text, lang="en")
    assert [a.name for a in find_actors(doc, 0, len(text), "SS")] == ["Unidentified Armed Group (South Sudan)"]
