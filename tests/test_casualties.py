import pytest

from warta.document import Document
from warta.stages.casualties import find_casualties


def run(text, lang):
    doc = Document(id="t", text=text, lang=lang)
    return find_casualties(doc, 0, len(text))


@pytest.mark.parametrize(
    "text, lang, deaths",
    [
        ("Dua polisi dan seorang warga tewas dalam serangan itu.", "id", 3),
        ("Serangan itu menewaskan tiga prajurit TNI.", "id", 3),
        ("Sedikitnya 5 orang meninggal dunia setelah bentrokan.", "id", 5),
        ("Puluhan orang tewas dalam kerusuhan itu.", "id", 10),
        ("Five officers and one prisoner were killed.", "en", 6),
        ("The blast killed two soldiers on Monday.", "en", 2),
        ("Dozens of people died in the fighting.", "en", 12),
        ("At least 4 people were killed.", "en", 4),
    ],
)
def test_casualties_counts_deaths_conservatively(text, lang, deaths):
    assert run(text, lang).fatalities == deaths


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Tiga warga terluka akibat lemparan batu.", "id"),
        ("Menurut sumber, hingga 60 pejuang telah terluka atau terbunuh.", "id"),
        ("Two protesters were injured.", "en"),
        ("Up to 30 fighters were killed or wounded, the group said.", "en"),
        ("Several people were reportedly killed.", "en"),
    ],
)
def test_casualties_injuries_and_vague_or_mixed_figures_are_not_deaths(text, lang):
    found = run(text, lang)
    assert not found.fatalities
    assert found.claims, "the reported figure is kept as a claim"


def test_casualties_up_to_mixed_figure_is_a_claim_with_its_maximum():
    found = run("Menurut sumber, hingga 60 pejuang Taliban telah terluka atau terbunuh.", "id")
    claim = found.claims[0]
    assert (claim.kind, claim.max) == ("killed_or_injured", 60)
    assert "60" in claim.span.text


def test_casualties_dates_and_ages_are_not_counts():
    assert run("On 4 April 2018, a 25-year-old man was killed.", "en").fatalities == 1
    assert run("Pada 2019, seorang petani tewas.", "id").fatalities == 1


@pytest.mark.parametrize(
    "text, lang, deaths",
    [
        # the figure after an active verb, not an article earlier in the sentence
        ("An unidentified armed group attacked the hamlet and killed 4 people.", "en", 4),
        ("Herders stole 45 goats before killing a member of the village guard.", "en", 1),
        ("Sekelompok orang bersenjata menyerang kampung itu dan menewaskan dua warga.", "id", 2),
        # figures joined by a conjunction add up, also far from the death word
        ("Four Maoist cadres of the banned party's armed wing and a police sub-inspector were killed.", "en", 5),
        ("Troops repelled the raid, killing two fighters and a commander, and injuring seven.", "en", 3),
        # a figure after "including" is part of the one before it
        ("At least 21 militants including 2 commanders and 4 soldiers were killed.", "en", 25),
        ("Sebanyak 6 anggota kelompok itu, termasuk 1 pemimpinnya, tewas dalam kontak tembak.", "id", 6),
        # a conjunction must lead to the figure: "and shot 8 others" is no second count of the dead
        ("Police opened fire and killed an activist and shot 8 others.", "en", 1),
        # one person told of without a figure
        ("Unidentified gunmen assassinated a local council member on Monday.", "en", 1),
        ("The body of a farmer was found near the river with gunshot wounds.", "en", 1),
        ("The clash resulted in the death of the commander of the unit.", "en", 1),
        # a span of time is no head count
        ("A civilian died ten days later of his wounds.", "en", 1),
        ("Seorang warga meninggal dunia tiga hari kemudian.", "id", 1),
        ("Turnout reached 60% in the district, and two people were killed in clashes.", "en", 2),
        # a toll the report says it does not know: ACLED codes a significant one as 10
        ("Artillery fire killed an unspecified number of soldiers at the base.", "en", 10),
        # a relative clause between the figure and its death word
        ("Three women who worked as nurses at the district clinic were found dead on Tuesday.", "en", 3),
        ("Tiga warga yang sedang berkebun di pinggir hutan Distrik Kiwirok tewas ditembak.", "id", 3),
        # an article after the death word is a place's, not a count ("found dead inside a house")
        ("The bodies of two men were found dead inside a house in the old town.", "en", 2),
        # one person named by a singular noun: "The nurse died"
        ("An armed man shot a nurse on the highway. The nurse died.", "en", 1),
        ("The fighting died down by the evening.", "en", None),
        # "a woman and her son": one more
        ("Gunmen opened fire on a farm, killing a woman and her son.", "en", 2),
        # "family" is a unit ("two families"), but "family members" are people
        ("Five family members were shot and killed by a gunman in a forest near the village.", "en", 5),
        # a plural subject pointing back to a count told before
        ("Unknown men beat and stabbed two farmers from a nearby village. The farmers were beaten to death.", "en", 2),
        # one person named by a singular noun after an active death verb, not a collective one
        ("A roadside bomb exploded near the mosque, killing the driver who worked at a money exchange.", "en", 1),
        ("Shelling hit the house at dawn, killing the family inside.", "en", None),
        # "some" killed: ACLED's limited unknown toll
        ("Some government soldiers were killed in the clash near the camp.", "en", 3),
        ("Beberapa prajurit tewas dalam bentrokan di dekat markas itu.", "id", 3),
        # "to death" far from its verb: the figure after the verb is the count; a sentence to death is none
        ("The militia shot two members of the army's communication battalion stationed in the town to death.", "en", 2),
        ("The armed group shot him to death outside the monastery.", "en", 1),
        ("The court sentenced a 30-year-old man to death for the murder.", "en", None),
        ("The crowd beat two thieves nearly to death.", "en", None),
        ("Kelompok bersenjata itu menembak dua anggota batalion komunikasi hingga tewas.", "id", 2),
        # killed or captured: the deaths among them are not told
        ("Three militants were killed, injured or captured during the security operation.", "en", None),
        ("Tiga anggota kelompok itu tewas atau ditangkap dalam operasi keamanan.", "id", None),
        # "fatally" makes a wound or an assault a death
        ("Two suspected thieves were fatally assaulted by a crowd at the market.", "en", 2),
        # an aside in brackets between a figure and its death word; the figure after "and" is the next word's
        ("The raid on the checkpoint left 3 tribal fighters (including the head of the local council) dead and 6 "
         "others injured.", "en", 3),
        ("Serangan itu menewaskan 2 anggota milisi (termasuk komandan regu) dan 4 lainnya luka-luka.", "id", 2),
        # ... but not a verb inside brackets
        ("At least 4 people (including 1 journalist who was reporting) as well as 2 policemen were killed.", "en", 6),
        # a verb between two figures joined by "and" ends the first one's clause
        ("Police exchanged fire with robbers; three suspects managed to flee and one was killed.", "en", 1),
        ("Polisi baku tembak dengan perampok, tiga pelaku berhasil kabur dan satu orang tewas.", "id", 1),
        # a death word inside a phrase that tells no death
        ("A man was injured in a drive-by shooting. The victim had been receiving death threats.", "en", None),
        ("Dua pria terluka ditembak, keduanya pernah menerima ancaman pembunuhan.", "id", None),
        # one body found, one more death told with "another" or "also"
        ("A man was shot in the head and his body was found in a ditch.", "en", 1),
        ("The ensuing clashes led to another death and one wounded.", "en", 1),
        ("Two police agents who guarded the mayor were also killed.", "en", 2),
        # a victim's figure belongs to the death word that follows it in the clause
        ("Penembakan itu menyebabkan satu korban berinisial ZR (33) meninggal dunia, dan satu korban lain berinisial "
         "SG (35) mengalami luka tembak.", "id", 1),
        # a unit's number is no head count; the figure after "of the" is the whole the count is taken from
        ("Soldiers from brigade 380 entered the village and shot a woman dead.", "en", 1),
        ("Tentara dari Batalyon 751 menembak mati seorang warga di kebun.", "id", 1),
        ("One of the two men was killed by the gunfire and another was arrested.", "en", 1),
        ("Satu dari dua pria itu tewas tertembak di perbatasan.", "id", 1),
        # killing or injuring: the deaths among them are not told
        ("The mine destroyed an army truck, killing or injuring all soldiers inside.", "en", None),
        # a group's figure, then its members named one by one: the group's figure
        ("Tiga penghuni rusunawa itu, yakni seorang pria yang diduga merakit bom, istrinya, dan anak sulung mereka, "
         "tewas.", "id", 3),
        ("Three residents of the flat, namely a man who was suspected of making the bomb, his wife and their eldest son, "
         "died.", "en", 3),
        # the one counted named between commas: the figure is still his
        ("Seorang anggota Satuan Brimob Polda Papua, Brigpol Hendra Saputra Wijaya, tewas setelah ditembak di jembatan.",
         "id", 1),
        ("One officer of the provincial police mobile brigade, Brigadier Hendra Saputra Wijaya, died after being shot.",
         "en", 1),
    ],
)
def test_casualties_reads_the_figure_that_belongs_to_the_death_word(text, lang, deaths):
    assert run(text, lang).fatalities == deaths


@pytest.mark.parametrize(
    "text, lang",
    [
        ("On 6 May 2020, two men were found dead in a ravine near Chilpancingo, Guerrero. The victim had the hands "
         "tied, their bodies showed signs of torture.", "en"),
        ("Dua petani ditemukan tewas ditembak di kebun di Distrik Kiwirok, Pegunungan Bintang, Senin (6/5/2024). "
         "Keduanya mengalami luka tembak di kepala dan jenazah korban sudah dievakuasi.", "id"),
    ],
)
def test_casualties_words_pointing_back_do_not_lower_the_count(extract, text, lang):
    doc = extract(text)
    assert doc.lang == lang
    assert [e.fatalities for e in doc.events] == [2]


@pytest.mark.parametrize("text, lang, published, deaths", [
    ("On 7 June 2020, gunmen attacked Tondikiwindi village in Tillaberi, Niger, killing 12 villagers. Two others "
     "were shot dead as they fled toward the river.", "en", "2020-06-08", 14),
    ("Sebanyak 12 orang tewas akibat tembakan di tenda pengungsi di barat Khan Younis, Jalur Gaza, Sabtu (7/6/2025). "
     "Lima warga Palestina lainnya ditembak mati di dekat pos bantuan.", "id", "2025-06-08", 17),
])
def test_deaths_told_as_more_add_to_the_count_of_the_event(extract, text, lang, published, deaths):
    doc = extract(text, published=published)
    assert doc.lang == lang
    assert doc.events[0].fatalities == deaths


@pytest.mark.parametrize("text, lang, injured", [
    # the figure after "and" is the object of the injury word before it ...
    ("Supporters of the winner assaulted and injured the defeated candidate and 6 others.", "en", 6),
    ("Massa menganiaya dan melukai kepala desa dan 6 warga lainnya.", "id", 6),
])
def test_casualties_the_figure_after_and_with_no_word_of_its_own_is_the_injury_words(text, lang, injured):
    found = run(text, lang)
    assert found.fatalities is None
    assert any(c.kind == "injured" and c.min == injured for c in found.claims)


@pytest.mark.parametrize("text, lang, deaths", [
    # a longer subject before a passive death word
    ("Nine army soldiers and allied Shammar tribal fighters from the valley were reportedly killed near the dam.", "en", 9),
    # parts after "including" that add up to the figure before it are that figure
    ("Three rebels and six security personnel including two police officers and four soldiers were killed.", "en", 9),
    ("Tiga pemberontak dan enam aparat termasuk dua polisi dan empat tentara tewas.", "id", 9),
    # a range: the lower figure counts
    ("Between four and 19 of the migrants drowned after the boat was pushed back.", "en", 4),
    ("Antara empat dan 19 orang tewas dalam kerusuhan itu.", "id", 4),
    # an article after a cue is no figure: "over a dispute" is not "over 20"
    ("A farmer and his son were shot to death over a land dispute.", "en", 2),
    # a figure before a death word whose figure comes after it is the subject's, not the dead
    ("Troops destroyed three rebel trucks in the valley killing two fighters.", "en", 2),
    ("Dua bom meledak di pasar itu dan menewaskan tiga warga.", "id", 3),
    # executions and corpses are deaths
    ("Soldiers summarily executed four herders near the well.", "en", 4),
    ("The corpses of 12 fighters were discovered in the forest.", "en", 12),
])
def test_casualties_reads_subjects_parts_ranges_and_executions(text, lang, deaths):
    assert run(text, lang).fatalities == deaths


@pytest.mark.parametrize("text, lang", [
    ("Rebels blew up a pipeline near the town, although no fatalities were reported.", "en"),
    ("No one was killed when the bomb went off outside the office.", "en"),
    ("Nobody died in the fire that followed the attack.", "en"),
    ("Tidak ada korban jiwa dalam ledakan di depan kantor itu.", "id"),
    ("Sebuah truk terbakar tanpa korban jiwa.", "id"),
    # an article whose noun is not the people killed
    ("Activists held a vigil for people killed in the city.", "en"),
    # a figure before an -ing death word is its subject's ("three vehicles")
    ("Jets struck three army vehicles in the desert killing and injuring an unknown number of soldiers.", "en"),
])
def test_casualties_negations_and_other_nouns_count_no_deaths(text, lang):
    assert not run(text, lang).fatalities


@pytest.mark.parametrize("text, lang, deaths", [
    # a re-mention naming no side is the event told before, with its toll, not a brawl of its own
    ("On 4 June 2021, Murusade clan militiamen clashed with a Duduble clan militia at Buqda village, west of Mahaday "
     "town (Jowhar, Middle Shabelle). Three people were killed in the clash.", "en", 3),
    ("Pada Jumat (4/6/2021), milisi dua suku bentrok di Kabupaten Intan Jaya, Papua. Tiga orang tewas dalam "
     "bentrokan itu.", "id", 3),
    # a sentence told only by a casualty word is the toll of the event before
    ("On 5 June 2021, JNIM fighters detonated an IED under an army vehicle near Bolsi (Torodi, Tillabery), Niger. At "
     "least one soldier killed and two wounded.", "en", 1),
    ("Sebuah bom rakitan meledak di bawah kendaraan tentara di dekat Bolsi (Torodi, Tillabery), Niger, pada Sabtu "
     "(5/6/2021). Seorang prajurit tewas, dua lainnya terluka.", "id", 1),
    # shells of a battle that killed people, and a toll told of "the explosion": the battle's toll
    ("On 3 June 2021, in Minbya Township, in Rakhine State, the Myanmar military clashed with the Arakan Army near "
     "Sapa Htar village. An artillery shell fell into a monastery and killed four people.", "en", 4),
    ("On 31 August 2021, in Kutkai Township, in northern Shan State, clashes broke out between the TNLA and the Myanmar "
     "military. Artillery shells fell into Maw Hit village and exploded. Five villagers were killed by the explosion.",
     "en", 5),
    ("Kontak senjata pecah antara TNI dan KKB di Distrik Sugapa, Kabupaten Intan Jaya, Papua Tengah, Selasa "
     "(31/8/2021). Sebuah rumah terbakar dan dua warga tewas dalam kontak senjata itu.", "id", 2),
    # the second of two told of points back
    ("On 4 June 2021, a mob killed two suspected thieves in Goma, DR Congo. One was burnt and the other was stoned "
     "to death.", "en", 2),
])
def test_tolls_told_after_the_event_go_to_it(extract, text, lang, deaths):
    doc = extract(text)
    assert doc.lang == lang
    assert [e.fatalities for e in doc.events] == [deaths]


@pytest.mark.parametrize("text, lang, deaths", [
    # a figure after "by" counts those who did it
    ("A police officer was beaten and stabbed to death by six unknown men while he was shopping.", "en", 1),
    ("Seorang warga tewas dibacok oleh tiga orang tak dikenal di depan rumahnya.", "id", 1),
    # animals, houses and wounds are no head count
    ("The airstrike killed some cattle near the village.", "en", None),
    ("His dead body with 11 stab wounds was found near the creek.", "en", 1),
])
def test_casualties_agents_animals_and_wounds_are_no_dead(text, lang, deaths):
    assert run(text, lang).fatalities == deaths


@pytest.mark.parametrize("text, lang, deaths", [
    # one figure for two casualty words joined by "and": the one detained died
    ("One opposition member was detained and later found killed near the river.", "en", 1),
    ("Seorang aktivis ditangkap dan kemudian ditemukan tewas di tepi sungai.", "id", 1),
    # titles and names between an article and "and" do not break the list
    ("A retired Assistant Sub-Inspector and his son were shot to death over a land dispute.", "en", 2),
    # an article before a relative clause with a plural verb counts no one
    ("The dead were detainees taken from a police station who were shot and killed in a house.", "en", None),
])
def test_casualties_shared_figures_titles_and_plural_relatives(text, lang, deaths):
    assert run(text, lang).fatalities == deaths


@pytest.mark.parametrize("text, lang, deaths", [
    # "about 40" is the figure ACLED codes (a maximum is "up to", "as many as")
    ("The Arakan Army said about 40 soldiers were killed in the clash.", "en", 40),
    ("Tentara Arakan menyebut sekitar 40 tentara tewas dalam bentrokan itu.", "id", 40),
])
def test_casualties_about_a_figure_counts_it(text, lang, deaths):
    assert run(text, lang).fatalities == deaths


@pytest.mark.parametrize("text, claim", [
    ("Turkish warplanes bombed PKK positions in the Haftanin region of Duhok province, Iraq, on Wednesday, May 6, 2020. "
     "More than 40,000 people have been killed in the conflict.", 40000),
    ("Pesawat tempur Turki mengebom posisi PKK di Provinsi Duhok, Irak, pada Rabu (6/5/2020). Lebih dari 40.000 orang "
     "telah tewas dalam konflik tersebut.", 40000),
])
def test_the_toll_of_a_whole_war_is_no_events_toll(extract, text, claim):
    # a perfect tense and the war or a period after the death word: the running total, kept as a claim
    [event] = extract(text, published="2020-05-08").events
    assert (event.sub_event_type, event.fatalities) == ("Air/drone strike", 0)
    assert [c.min for c in event.casualty_claims if c.kind == "killed"] == [claim]


@pytest.mark.parametrize("text, lang", [
    ("Kelompok bersenjata menyerang pos TNI di Intan Jaya. Dua prajurit tewas dalam konflik tersebut.", "id"),
    ("Gunmen attacked an army post in Djibo. Two soldiers were killed in the conflict between the two groups on Monday.",
     "en"),
])
def test_deaths_in_one_conflict_without_a_perfect_tense_still_count(text, lang):
    assert run(text, lang).fatalities == 2
