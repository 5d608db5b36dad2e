"""One sub-event type per short report (the CASE 2021 task 2 setting): `warta classify`, `warta evaluate snippets`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.classify import Classifier, case_codes, label_name, read_snippets
from warta.cli import cli
from warta.document import Document
from warta.errors import ConfigError, EvaluationError, InputError
from warta.evaluate.snippets import evaluate_snippets
from warta.pipeline import Pipeline
from warta.settings import Settings
from warta.stages.events import taxonomy

SNIPPETS = Path(__file__).parent / "data" / "snippets"


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


def test_every_sub_event_type_has_one_case_code():
    subs = [s for subs in taxonomy()["types"].values() for s in subs]
    codes = case_codes()
    assert sorted(codes) == sorted(subs)
    assert len(set(codes.values())) == 25
    assert label_name("ARMED_CLASH") == "Armed clash"
    assert label_name("armed clash") == "Armed clash"
    assert label_name("Armed conflict") is None


@pytest.mark.parametrize("text, code", [
    ("MOGADISHU - A suicide bomber detonated an explosives-laden vest at a busy checkpoint near the parliament on "
     "Saturday, killing at least seven people, police said.", "SUIC_BOMB"),
    ("Riot police fired tear gas and water cannon to break up a rally of several hundred students outside the "
     "provincial legislature in Makassar on Thursday.", "PROTEST_WITH_INTER"),
    ("Soldiers and fighters of the rebel group traded gunfire for several hours near the village of Kiwirok, "
     "an army spokesman said.", "ARMED_CLASH"),
    ("Ribuan buruh berunjuk rasa dengan damai di depan gedung DPR, Jakarta, Senin (5/10/2020), menolak "
     "undang-undang cipta kerja.", "PEACE_PROTEST"),
    ("Sebuah bom rakitan meledak di pinggir jalan di Poso, Sulawesi Tengah, Selasa (3/6/2014), melukai dua "
     "anggota polisi yang sedang berpatroli.", "REM_EXPLOS"),
    ("Kelompok bersenjata menculik empat pekerja bangunan di Distrik Ilaga, Kabupaten Puncak, Papua, Rabu "
     "(8/3/2023), kata Kapolres setempat.", "ABDUCT_DISSAP"),
    # a blast at a rally is the blast; a grenade outranks a generic explosion word
    ("NAIROBI - A grenade exploded near the podium at an opposition rally in Uhuru Park on Sunday, killing two "
     "people, police said.", "GRENADE"),
    # an explosive plus a foiling word is disrupted weapons use, not an explosion
    ("Police in Peshawar foiled a suicide attack on Friday, arresting a young man wearing an explosives vest near "
     "a crowded market.", "DISR_WEAP"),
    # a territory verb whose object is people is an abduction, also in the passive
    ("Gunmen seized nine fishermen from their boats off the coast of Bakassi on Tuesday, local officials said.",
     "ABDUCT_DISSAP"),
    ("Twelve aid workers were seized by armed men near Mopti on Monday, the United Nations said.", "ABDUCT_DISSAP"),
    # a territory verb with an offensive is a takeover, not a peaceful handover
    ("Pemberontak menguasai Kota Shagarab, Sudan, Kamis (4/4/2024), setelah serangan berhari-hari terhadap pos "
     "militer, kata warga.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    # protesters who clashed with police make a violent demonstration even when police killed some of them
    ("Student demonstrators clashed with police in Rangpur on Tuesday; police fired live rounds, killing one "
     "student.", "VIOL_DEMONSTR"),
    # goods taken with a territory verb are property seized, not a place taken
    ("Customs officers and soldiers seized two trucks of smuggled cigarettes near the border town of Kasumbalesa "
     "on Wednesday.", "PROPERTY_DISTRUCT"),
    # ... but an attack told in the same sentence is the event
    ("Armed herders attacked the village of Dogo on Sunday and seized livestock, killing three farmers.", "ATTACK"),
    # heavy weapons with small arms: both sides fought; heavy weapons alone: shelling
    ("Separatist fighters fired grenade launchers and small arms at army positions near Avdiivka overnight.",
     "ARMED_CLASH"),
    ("Separatist fighters fired grenade launchers at army positions near Avdiivka overnight.", "ART_MISS_ATTACK"),
    # a bare death word with an armed actor; an assassination
    ("ADF militiamen killed seven villagers in Beni territory on Thursday, a local official said.", "ATTACK"),
    ("Unknown gunmen assassinated a local trader in Timbuktu on Wednesday.", "ATTACK"),
    ("Tiga warga sipil tewas di tangan KKB di Distrik Sinak, Kabupaten Puncak, Senin (12/6/2023), kata Kapolres.",
     "ATTACK"),
    # ... but a death word does not say how a death came: another trigger does
    ("Dua warga tewas dan lima lainnya luka-luka dalam bentrok antarwarga di Kabupaten Maluku Tengah, Sabtu "
     "(10/6/2023).", "MOB_VIOL"),
    # a body found with signs of violence
    ("The body of a man was found with gunshot wounds and his hands tied near Acapulco on Monday.", "ATTACK"),
    # an acronym after a capitalised word is a trigger, not part of a name
    ("Two soldiers were wounded when their patrol hit a Taliban-planted IED in Logar on Sunday.", "REM_EXPLOS"),
    # a death by gunshot; a kidnapping by an unknown group
    ("A 27-year-old villager died of gunshot wounds in Kyauktaw township on Tuesday, relatives said.", "ATTACK"),
    ("An unknown group abducted nine shrimpers near Maungdaw on Thursday, local fishermen said.", "ABDUCT_DISSAP"),
    # a dateline's place is not part of a name: the trigger after it counts
    ("HAMA, Syria — Warplanes struck a bakery in Kafr Nabudah on Tuesday, killing nine people, rescuers said.",
     "AIR_STRIKE"),
    # a crowd that attacks is mob violence
    ("A crowd attacked two men accused of cattle theft in Khunti district and beat them to death, police said.",
     "MOB_VIOL"),
    # who took a place: the forces, not the militias that backed them; the army a town fell to
    ("Ukrainian troops backed by volunteer battalions retook the village of Robotyne after weeks of fighting, the "
     "general staff said.", "GOV_REGAINS_TERIT"),
    ("The town of Sevare fell to the Malian army after a two-day offensive, officials said.", "GOV_REGAINS_TERIT"),
    # a march fired on; tear gas fired at a demonstration with no police named
    ("Security forces opened fire on an opposition march in Conakry on Thursday, killing two young men, witnesses "
     "said.", "FORCE_AGAINST_PROTEST"),
    ("Gas air mata ditembakkan ke arah ratusan mahasiswa yang berunjuk rasa di depan gedung DPRD Sulawesi Selatan, "
     "Makassar, Kamis (24/9/2020).", "PROTEST_WITH_INTER"),
    # a withdrawal told as background does not hide the mine blast
    ("Months after the army withdrew from the area, a farmer was killed when his tractor ran over an anti-tank mine "
     "near Izium on Monday.", "REM_EXPLOS"),
    # a crowd burning churches is mob violence; drones shot down and a vest that never went off are disrupted
    ("Massa yang marah membakar dua gereja dan belasan rumah warga di Desa Sidomulyo, Kabupaten Sigi, Jumat "
     "(27/11/2020), setelah beredar kabar penistaan agama.", "MOB_VIOL"),
    ("Pasukan Angkatan Udara Ukraina menembak jatuh 20 drone Shahed yang diluncurkan Rusia ke arah Kharkiv pada "
     "Selasa malam.", "DISR_WEAP"),
    ("Polisi menembak mati seorang pria yang mengenakan rompi berisi bahan peledak sebelum ia sempat meledakkan diri "
     "di dekat kantor polisi Surabaya.", "DISR_WEAP"),
    # a place entered without a fight; a city's name that is also a word of another topic ("hama", pests)
    ("Pejuang pemberontak memasuki kota Hama tanpa perlawanan, Kamis (5/12/2024), setelah pasukan pemerintah "
     "meninggalkan pos-pos mereka.", "NON_VIOL_TERRIT_TRANSFER"),
    # rockets launched; a planted roadside bomb; a grenade that wounded ("melukai" is an injury word); villagers
    # storming a police post
    ("Kelompok Hizbullah meluncurkan roket ke arah kota Metula, Israel utara, Sabtu (14/10/2023), kata militer "
     "Israel.", "ART_MISS_ATTACK"),
    ("Sebuah bom yang ditanam di pinggir jalan meledak saat konvoi polisi melintas di Distrik Bannu, Pakistan, "
     "menewaskan tiga polisi.", "REM_EXPLOS"),
    ("Granat dilemparkan ke arah pos polisi di Pulwama, Kashmir, melukai empat warga sipil.", "GRENADE"),
    ("Ratusan warga menyerbu dan membakar pos polisi di Kecamatan Way Pangubuan setelah seorang pemuda tewas dalam "
     "penangkapan.", "MOB_VIOL"),
    # no event coded (a running count "since" a date), still typed by the rules
    ("Armed men have set up a new base in the hills above the village since last month, residents say.",
     "HQ_ESTABLISHED"),
    # prosecutors who tell of a killing are its source, not a trial retelling it
    ("Unknown attackers threw a grenade into the yard of a family home in Tabasco state, killing a child, Mexican "
     "prosecutors said.", "GRENADE"),
    ("Orang tak dikenal melemparkan granat ke halaman rumah warga di Tabasco, Meksiko, menewaskan seorang anak, kata "
     "jaksa setempat.", "GRENADE"),
    # a territory verb, a hand-over or an abduction told around its object; commandos are state forces
    ("Afghan commandos pushed the Taliban out of central Kunduz on Thursday, three days after the city fell, officials "
     "said.", "GOV_REGAINS_TERIT"),
    ("Pasukan komando Afghanistan memukul mundur Taliban dari pusat kota Kunduz, Kamis, tiga hari setelah kota itu "
     "jatuh.", "GOV_REGAINS_TERIT"),
    ("The MNDAA handed Lashio back to Myanmar's military on Tuesday under a deal brokered by China, with its fighters "
     "pulling out of the city.", "NON_VIOL_TERRIT_TRANSFER"),
    ("MNDAA menyerahkan Lashio kembali kepada militer Myanmar, Selasa (22/4/2025), berdasarkan kesepakatan yang "
     "ditengahi China.", "NON_VIOL_TERRIT_TRANSFER"),
    ("Armed men on motorbikes stormed a boarding school in Kankara, Katsina State, on Friday night and herded hundreds "
     "of boys into the bush.", "ABDUCT_DISSAP"),
    ("Puluhan pria bersenjata menyerbu sekolah asrama di Kankara, Negara Bagian Katsina, dan menggiring ratusan siswa "
     "ke hutan.", "ABDUCT_DISSAP"),
    # a base or an agreement told around its object; weapons shown at a parade were not used; jets and drones in
    # headline tense
    ("Russia has set up a helicopter base at Qamishli airport in north-eastern Syria, the Russian defence ministry "
     "said.", "HQ_ESTABLISHED"),
    ("TNI mendirikan sebuah markas baru di Distrik Sugapa, Intan Jaya, untuk mendukung operasi pengamanan.",
     "HQ_ESTABLISHED"),
    ("The Philippine government and the Moro Islamic Liberation Front signed the Comprehensive Agreement on the "
     "Bangsamoro at the presidential palace in Manila.", "AGREEMENT"),
    ("The Houthis held a large military parade in Sanaa, displaying ballistic missiles and drones.", "OTHER"),
    ("Houthi menggelar parade militer besar di Sanaa dengan memamerkan rudal balistik dan drone.", "OTHER"),
    ("Philippine jets bomb militant hideouts in Marawi as siege enters third week", "AIR_STRIKE"),
    ("A suspected US drone fired two missiles at a compound in Datta Khel, North Waziristan, killing four suspected "
     "militants.", "AIR_STRIKE"),
    # a disappearance told by its outcome; a territory verb whose object is a person
    ("A Baloch student was picked up by men in plain clothes from his hostel room in Quetta on Tuesday night and his "
     "whereabouts remain unknown, his family said.", "ABDUCT_DISSAP"),
    ("Seorang aktivis mahasiswa di Makassar dijemput tiga pria berpakaian preman di indekosnya, Kamis malam, dan "
     "hingga kini tidak diketahui keberadaannya.", "ABDUCT_DISSAP"),
    ("Colombia: local councillor seized by suspected ELN fighters on rural road in Arauca", "ABDUCT_DISSAP"),
    # federal forces are the state's: a place they took is regained
    ("Federal forces have taken full control of Mekelle, the Tigray regional capital, Prime Minister Abiy Ahmed said.",
     "GOV_REGAINS_TERIT"),
    ("Pasukan federal telah menguasai penuh Mekelle, ibu kota wilayah Tigray, kata Perdana Menteri Abiy Ahmed.",
     "GOV_REGAINS_TERIT"),
    # "aparat" alone is the police: a protest they broke up
    ("Aparat membubarkan paksa aksi mahasiswa Papua di depan Asrama Kamasan, Yogyakarta, dan mengangkut belasan "
     "peserta ke Mapolresta.", "PROTEST_WITH_INTER"),
    # a road closed with a demand is a protest; with burning tyres a violent one
    ("Flood victims blocked the national road in Uvira on Friday to demand justice for their lost homes.",
     "PEACE_PROTEST"),
    ("Dozens of residents closed the main road by burning rubber tires in Ain Oussara, denouncing months of power "
     "cuts.", "VIOL_DEMONSTR"),
])
def test_a_snippet_gets_its_sub_event_type_with_the_words_that_decided_it(classifier, text, code):
    answer = classifier.classify(text, doc_id="s1")
    assert answer.code == code
    assert answer.decided_by.startswith("rules")
    assert answer.trigger and answer.trigger.lower() in text.lower()
    assert answer.rule


def test_a_snippet_the_rules_cannot_type_is_still_given_the_models_best_type(classifier):
    # no trigger word any lexicon knows; the model still reads it as fighting
    text = "Government troops and insurgents were locked in fierce combat around the northern garrison town overnight."
    answer = classifier.classify(text, doc_id="s2")
    if answer.decided_by == "none":
        pytest.skip("no typing model ships with this install")
    assert answer.sub_event_type is not None
    assert answer.explain.startswith("model:")


def test_snippet_files_are_read_in_either_column_order_and_bad_lines_name_their_line(tmp_path):
    good = tmp_path / "s.tsv"
    good.write_text("a\tARMED_CLASH\tTroops fought rebels.\nb\tRebels burned a school.\tLooting/property destruction\n"
                    "c\tNo label here.\n", "utf-8")
    snippets = read_snippets(good)
    assert [(s.id, s.label) for s in snippets] == [("a", "Armed clash"), ("b", "Looting/property destruction"),
                                                    ("c", None)]
    assert snippets[1].text == "Rebels burned a school."
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tARMED_CLASH\tTroops fought rebels.\nb\tWAR\tThe war went on.\n", "utf-8")
    with pytest.raises(InputError, match=r"bad.tsv: line 2: no column holds a sub-event type"):
        read_snippets(bad)
    twice = tmp_path / "twice.tsv"
    twice.write_text("a\tTroops fought rebels.\na\tRebels burned a school.\n", "utf-8")
    with pytest.raises(InputError, match="line 2: snippet id 'a' is used twice"):
        read_snippets(twice)
    broken = tmp_path / "s.jsonl"
    broken.write_text('{"id": "a", "text": "Troops fought.", "label": "WAR"}\n', "utf-8")
    with pytest.raises(InputError, match="line 1: unknown label 'WAR'"):
        read_snippets(broken)


def test_scores_are_weighted_by_the_gold_count_of_each_type(tmp_path):
    from warta.classify import Classification, Snippet

    snippets = [Snippet("1", "x", "Armed clash"), Snippet("2", "y", "Armed clash"), Snippet("3", "z", "Attack"),
                Snippet("4", "w", "Grenade")]
    said = {"1": "Armed clash", "2": "Attack", "3": "Attack", "4": None}

    def fake(text, doc_id):
        sub = said[doc_id]
        return Classification(doc_id, sub, None, None, "rules" if sub else "none")

    report = evaluate_snippets(snippets, fake)
    assert report.accuracy == 0.5
    per = report.per_label()
    assert per["Armed clash"][:3] == (1.0, 0.5, pytest.approx(2 / 3))
    assert per["Attack"][:3] == (0.5, 1.0, pytest.approx(2 / 3))
    assert per["Grenade"][2] == 0.0
    # (2 * 2/3 + 1 * 2/3 + 1 * 0) / 4
    assert report.weighted[2] == pytest.approx(0.5)
    assert ("Armed clash", "Attack", 1) in report.confusions()
    with pytest.raises(EvaluationError, match="no label"):
        evaluate_snippets([Snippet("5", "v")], fake)


def test_classify_and_evaluate_snippets_commands(tmp_path):
    f = tmp_path / "s.tsv"
    f.write_text("k1\tPEACE_PROTEST\tHundreds of nurses marched peacefully through Medan on Monday to demand "
                 "overdue pay.\nk2\tAIR_STRIKE\tWarplanes bombed rebel positions outside the town overnight, "
                 "residents said.\n", "utf-8")
    runner = CliRunner()
    out = runner.invoke(cli, ["classify", str(f)], obj={}, catch_exceptions=False)
    assert out.exit_code == 0
    assert out.output.splitlines() == ["k1\tPEACE_PROTEST", "k2\tAIR_STRIKE"]
    out = runner.invoke(cli, ["classify", str(f), "--format", "jsonl"], obj={}, catch_exceptions=False)
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert rows[0]["sub_event_type"] == "Peaceful protest" and rows[0]["trigger"]
    out = runner.invoke(cli, ["evaluate", "snippets", str(f)], obj={}, catch_exceptions=False)
    assert out.exit_code == 0
    assert "accuracy 1.000 (2/2)" in out.output and "F1 1.000" in out.output
    out = runner.invoke(cli, ["classify", str(tmp_path / "missing.tsv")], obj={})
    assert out.exit_code != 0 and "missing.tsv: no such file" in out.output


@pytest.mark.parametrize("name, floor", [
    ("en-dev", 0.95), ("en-dev2", 0.95), ("en-dev3", 0.92), ("en-dev4", 0.95), ("en-dev5", 0.93), ("en-dev6", 0.94),
    ("en-dev7", 0.94), ("en-dev8", 0.96), ("en-dev9", 0.94), ("en-dev10", 0.94), ("en-dev11", 0.95),
    ("en-dev12", 0.94), ("en-dev13", 0.93), ("en-dev14", 0.95), ("id-dev", 0.94), ("id-dev2", 0.94), ("id-dev3", 0.92),
    ("id-dev4", 0.95), ("id-dev5", 0.95), ("id-dev6", 0.97), ("id-dev7", 0.95), ("id-dev8", 0.95), ("id-dev9", 0.95),
    ("id-dev10", 0.95), ("id-dev11", 0.92), ("id-dev12", 0.94)
])
def test_the_development_snippets_keep_their_score(classifier, name, floor):
    # a floor a little under today's figure (README), so a change that loses ground is seen. These sets are the
    # classifier's training data too: the figures that say how warta does on unseen reports are the test sets' and
    # each new set's first score (README). The project's bar, weighted F1 0.75 on the CASE 2021 reports, cannot be
    # measured here (they are kept away)
    path = SNIPPETS / f"{name}.tsv"
    if not path.is_file():
        pytest.skip(f"{path} not present")
    report = evaluate_snippets(read_snippets(path), classifier.classify)
    assert report.total == (150 if name in ("id-dev", "id-dev2", "id-dev3") else 250)
    assert report.weighted[2] >= floor


def test_an_arrest_is_coded_for_a_notable_person_but_not_for_ordinary_suspects(classifier):
    notable = classifier.classify("LAHORE - Police arrested opposition leader Shahbaz Sharif outside the provincial "
                                  "assembly on Monday, his party said.", doc_id="a1")
    assert notable.code == "ARREST" and notable.decided_by == "rules"
    former = classifier.classify("Police arrested a former Malaysian prime minister at his home in Kuala Lumpur on "
                                 "Tuesday over a corruption probe.", doc_id="a3")
    assert former.code == "ARREST" and former.decided_by == "rules"
    text = "Polisi menangkap dua pencuri sepeda motor di Kecamatan Cengkareng, Jakarta Barat, Senin (3/3/2025)."
    assert classifier.pipeline.process(Document(id="a2", text=text, lang="id")).events == []  # not political
    # a snippet is known to report an event: its trigger still types it, saying that no actor was named
    ordinary = classifier.classify(text, doc_id="a2")
    assert ordinary.code == "ARREST" and ordinary.decided_by.startswith("rules (no actor named)")


@pytest.mark.parametrize("text, lang, code, trigger", [
    # neither side is in the actor dictionary, so a document codes no event; the snippet is still an agreement
    ("Ethiopia's federal government and the Tigrayan leadership signed a permanent cessation of hostilities in "
     "Pretoria on Wednesday, the African Union mediators said.", "en", "AGREEMENT", "cessation of hostilities"),
    ("Pemerintah Etiopia dan pimpinan Tigray menandatangani perjanjian penghentian permusuhan di Pretoria, Rabu "
     "(2/11/2022), kata mediator Uni Afrika.", "id", "AGREEMENT", "menandatangani perjanjian"),
])
def test_a_snippet_whose_trigger_lacks_only_a_known_actor_is_typed_by_the_trigger(classifier, text, lang, code,
                                                                                    trigger):
    assert classifier.pipeline.process(Document(id="g1", text=text, lang=lang)).events == []
    answer = classifier.classify(text, doc_id="g1", lang=lang)
    assert (answer.code, answer.trigger.lower()) == (code, trigger)
    assert answer.decided_by.startswith("rules (no actor named)")


@pytest.mark.parametrize("text, lang", [
    ("The two sides said they would sign a truce in Jeddah next week, a Saudi official said.", "en"),
    ("Kedua pihak berencana menandatangani gencatan senjata di Jeddah pekan depan, kata pejabat Saudi.", "id"),
])
def test_a_planned_agreement_is_not_typed_by_its_trigger_even_in_a_snippet(classifier, text, lang):
    answer = classifier.classify(text, doc_id="g2", lang=lang)
    assert not answer.decided_by.startswith("rules")


@pytest.mark.parametrize("text, lang, code", [
    # an event told as days before the one reported is not it
    ("Shops in the central market were looted by RSF fighters who loaded goods onto pickups, residents said, days "
     "after the paramilitaries took over the area.", "en", "PROPERTY_DISTRUCT"),
    ("Warga melaporkan toko-toko di pasar pusat kota dijarah anggota RSF, dua hari setelah pasukan paramiliter itu "
     "menguasai kota tersebut.", "id", "PROPERTY_DISTRUCT"),
    # air strikes that backed the act
    ("Afghan troops, supported by air strikes, drove Taliban fighters out of the district centre of Nad Ali on "
     "Sunday, officials said.", "en", "GOV_REGAINS_TERIT"),
    # weapons tested, drills: a change to the group's activity, not an attack
    ("North Korea test-fired a short-range ballistic missile into the sea off its east coast on Thursday, Japan's "
     "defence ministry said.", "en", "CHANGE_TO_GROUP_ACT"),
    ("Korea Utara menguji coba rudal balistik jarak pendek yang jatuh di laut lepas pantai timurnya, Kamis, kata "
     "Kepala Staf Gabungan Korea Selatan.", "id", "CHANGE_TO_GROUP_ACT"),
    ("Iran's Revolutionary Guards began three days of naval war games in the Gulf, test-firing anti-ship missiles "
     "from fast boats.", "en", "CHANGE_TO_GROUP_ACT"),
    ("Hezbollah named its deputy leader as its new secretary-general, weeks after his predecessor was killed.", "en",
     "CHANGE_TO_GROUP_ACT"),
    # people detained at a rally: authorities intervened, no police need be named
    ("More than two hundred people were detained at rallies in the capital on Sunday, a monitoring group said.", "en",
     "PROTEST_WITH_INTER"),
    ("Polisi menahan puluhan peserta pawai yang mencoba berjalan menuju alun-alun kota, Rabu malam.", "id",
     "PROTEST_WITH_INTER"),
    ("Aparat keamanan membubarkan paksa aksi duduk pendukung oposisi di alun-alun kota. Ratusan demonstran tewas.",
     "id", "FORCE_AGAINST_PROTEST"),
    # the chemical agent told in the next sentence
    ("A military helicopter dropped barrel bombs on a village north of Hama on Friday. Dozens of residents were "
     "treated for chlorine exposure, a local doctor said.", "en", "CHEM_WEAP"),
    ("Helikopter militer menjatuhkan bom barel di sebuah desa di utara Hama, Jumat. Puluhan warga sesak napas akibat "
     "paparan klorin, kata seorang dokter setempat.", "id", "CHEM_WEAP"),
    # people displaced and nothing else
    ("More than 30,000 people fled their homes in the border region within a week, the ombudsman's office said.", "en",
     "OTHER"),
    ("Ribuan warga mengungsi ke gereja dan sekolah di ibu kota distrik, kata pemerintah daerah, Selasa.", "id",
     "OTHER"),
    # a mob's sexual assault is sexual violence; the standard spelling 'memerkosa'
    ("Two women were paraded naked and sexually assaulted by a mob in the district, police said.", "en", "SEX_VIOL"),
    ("Anggota milisi memerkosa dua perempuan di sebuah desa di Provinsi Kirundo, kata sebuah lembaga hak asasi "
     "manusia.", "id", "SEX_VIOL"),
    ("Gunmen on motorcycles stormed a school in Kaduna state and whisked away dozens of pupils, residents said.", "en",
     "ABDUCT_DISSAP"),
    ("A motorcycle packed with explosives blew up outside a police station in Cauca, wounding two officers, "
     "authorities said.", "en", "REM_EXPLOS"),
    ("Over a hundred people died after a truck packed with explosives was driven into a busy junction in Mogadishu "
     "and detonated by its driver.", "en", "SUIC_BOMB"),
    ("Dua rudal balistik menghantam pusat kota Sumy saat warga berkumpul, Minggu, menewaskan sedikitnya 30 orang.",
     "id", "ART_MISS_ATTACK"),
    ("Jet tempur Israel kembali menggempur kawasan Dahiyeh di pinggiran selatan Beirut, Jumat malam, kata saksi "
     "mata.", "id", "AIR_STRIKE"),
    # the shooting was done to the march told in the same clause: not the cause of a protest told after it
    ("One student died and dozens were hurt after police beat and shot at students marching silently through the "
     "town, residents said.", "en", "FORCE_AGAINST_PROTEST"),
    ("Seorang mahasiswa tewas setelah polisi memukuli dan menembaki mahasiswa yang berunjuk rasa dengan damai di depan "
     "kampus, kata warga.", "id", "FORCE_AGAINST_PROTEST"),
    # people seized in the passive are taken, not goods ("from their boat")
    ("Two fishermen were seized from their boat off Pangutaran island by suspected Abu Sayyaf gunmen on Tuesday, the "
     "coast guard said.", "en", "ABDUCT_DISSAP"),
    ("Hundreds of protesters torched government offices and shops in the town after rumours of a racist remark "
     "spread, officials said.", "en", "VIOL_DEMONSTR"),
    # "claiming the attack" names the deed, it is no second attack
    ("Hooded men set fire to four logging trucks at a forestry site overnight, leaving a banner claiming the attack "
     "for a Mapuche group.", "en", "PROPERTY_DISTRUCT"),
    ("Some 1,500 former rebel combatants were decommissioned in a ceremony in Maguindanao, turning over their firearms "
     "to an independent body.", "en", "CHANGE_TO_GROUP_ACT"),
    ("Riot police rounded up dozens of women who had formed a human chain along an avenue in the capital on Saturday, "
     "a rights group said.", "en", "PROTEST_WITH_INTER"),
    # who acted decides the side of a territory change, also when no event is coded from the report
    ("Tentara Somalia merebut kembali kota pelabuhan itu dari Al-Shabaab, yang menguasainya sejak Agustus 2020, kata "
     "kementerian pertahanan.", "id", "GOV_REGAINS_TERIT"),
    ("Somali troops retook the port town from al-Shabaab, which had held it since August 2020, the defence ministry "
     "said.", "en", "GOV_REGAINS_TERIT"),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 20 else None)
def test_news_written_reports_are_typed_by_the_words_that_tell_the_event(classifier, text, lang, code):
    _typed_by_rules(classifier, text, lang, code)


def test_the_model_overrules_a_snippets_rules_only_above_the_snippet_threshold():
    """Short reports are typed one at a time: the model may overrule the rules there only when at least
    ``snippet_model_threshold`` sure, and never to make a territory change."""
    from warta.classifier import Prediction
    from warta.stages.events import may_override

    base = Settings.load()
    assert base.snippet_model_threshold == 0.6 and base.typing_model_threshold == 0.6
    unsure = Prediction("Attack", 0.5, "Abduction/forced disappearance", ())
    sure = Prediction("Attack", 0.7, "Abduction/forced disappearance", ())
    assert not may_override("Abduction/forced disappearance", unsure, base.snippet_model_threshold)
    assert may_override("Abduction/forced disappearance", sure, base.snippet_model_threshold)
    assert not may_override("Abduction/forced disappearance", sure, 0.8)
    # whether a place was fought for is read from the sentence, who took it from the actors
    taken = Prediction("Non-violent transfer of territory", 0.99, "Government regains territory", ())
    assert not may_override("Government regains territory", taken, 0.0)
    assert not may_override("Armed clash", taken, 0.0)
    # but it may say that no place changed hands: "Densus 88 captured the leader of JAD's East Java chapter"
    assert may_override("Government regains territory", Prediction("Arrests", 0.8, "Armed clash", ()), 0.6)
    text = ("Unidentified gunmen raided the office of a human rights group in Douma and took away three activists, "
            "colleagues said.")
    never = Classifier(base.replace(snippet_model_threshold=1.0)).classify(text, lang="en")
    assert (never.code, never.decided_by) == ("ABDUCT_DISSAP", "rules")
    with pytest.raises(ConfigError, match="snippet_model_threshold"):
        base.replace(snippet_model_threshold=1.5)


@pytest.mark.parametrize("text, lang, code", [
    # a coup, a curfew, a prison escape: the arrests and takeovers told with them are part of them
    ("Army officers announced on state radio that they had seized power and were holding the president and two "
     "ministers at a barracks outside the capital.", "en", "OTHER"),
    ("Sejumlah perwira militer mengumumkan di televisi pemerintah bahwa mereka mengambil alih kekuasaan dan menahan "
     "presiden di kediamannya.", "id", "OTHER"),
    ("The governor imposed a 48-hour curfew on the town after a night of unrest, and troops were deployed at the main "
     "crossroads.", "en", "OTHER"),
    ("Aparat keamanan memberlakukan jam malam di kota itu mulai pukul 20.00 setelah dua malam kerusuhan, kata bupati.",
     "id", "OTHER"),
    ("Thirty inmates escaped from the district prison before dawn by tunnelling under a wall; eight of them have since "
     "been recaptured.", "en", "OTHER"),
    ("Belasan narapidana kabur dari lapas setempat dengan menjebol tembok belakang, Minggu dini hari, kata kepala lapas.",
     "id", "OTHER"),
    # an explosion told as an accident
    ("Explosions tore through an army ammunition depot outside the city overnight; the defence ministry blamed a "
     "short circuit and ruled out an attack.", "en", "OTHER"),
    # the fighting a deal ended, the hostages it frees
    ("The two countries agreed to a ceasefire on Saturday after three days of artillery duels along the border that "
     "killed at least 20 soldiers.", "en", "AGREEMENT"),
    ("Kedua negara menyepakati gencatan senjata, Sabtu, setelah tiga hari saling tembak artileri di perbatasan yang "
     "menewaskan sedikitnya 20 tentara.", "id", "AGREEMENT"),
    ("The warring parties agreed to a truce that provides for the release of hostages held since the spring, the "
     "mediators said.", "en", "AGREEMENT"),
    # protesters who left of their own accord; protesters taken into custody
    ("Hundreds of students marched to the parliament demanding the release of detained student leaders, police said.",
     "en", "PEACE_PROTEST"),
    ("Ratusan guru honorer berunjuk rasa di depan kantor bupati menuntut kenaikan gaji, lalu membubarkan diri dengan "
     "tertib, kata Kapolres.", "id", "PEACE_PROTEST"),
    ("Police took into custody about forty farmers who were staging a sit-in outside the district office over unpaid "
     "crop compensation.", "en", "PROTEST_WITH_INTER"),
    # people arrested where they gathered to protest, even when the gathering was stopped; shots fired on a march
    ("Police detained about forty pensioners who tried to gather outside the finance ministry, a lawyer for the group "
     "said.", "en", "PROTEST_WITH_INTER"),
    ("Polisi menahan puluhan orang yang mencoba menggelar pawai di pusat kota, Sabtu, meski dilarang wali kota.", "id",
     "PROTEST_WITH_INTER"),
    ("A student was killed in the capital when police fired on a peaceful opposition march, the coalition said.", "en",
     "FORCE_AGAINST_PROTEST"),
    ("Soldiers fired into a crowd of farmers protesting a land seizure, killing three, a local priest said.", "en",
     "FORCE_AGAINST_PROTEST"),
    # Indonesian words for gas-filled munitions, combat drills, a fans' rampage, a jailbreak, a peace made by the sides
    # that fought (the fighting told in the relative clause)
    ("Militer Rusia dituduh menjatuhkan granat berisi gas CS dari drone ke parit tentara Ukraina, membuat belasan "
     "prajurit sesak napas.", "id", "CHEM_WEAP"),
    ("Korps Marinir menggelar latihan tempur di pantai Banongan, Situbondo, melibatkan 2.000 prajurit, Rabu.", "id",
     "CHANGE_TO_GROUP_ACT"),
    ("Sekelompok suporter mengamuk usai laga dan merusak fasilitas stadion, Sabtu malam, kata polisi.", "id",
     "MOB_VIOL"),
    ("Sedikitnya 20 tahanan Polres Sorong kabur dengan menjebol plafon sel, Minggu dini hari, kata Kapolres.", "id",
     "OTHER"),
    ("Dua marga yang terlibat perang suku di Kabupaten Puncak sepakat berdamai, disaksikan bupati dan Kapolres, Kamis.",
     "id", "AGREEMENT"),
    # the bomber told in the sentences after the blast; a grenade found and destroyed
    ("Two blasts ripped through a crowded market in the city centre on Friday, killing at least 12 people. Police said "
     "both were set off by suicide bombers wearing explosive vests.", "en", "SUIC_BOMB"),
    ("Dua ledakan bom terjadi di dekat sebuah gereja di Makassar, Minggu pagi, melukai belasan jemaat. Polisi "
     "memastikan pelaku bom bunuh diri tewas di lokasi.", "id", "SUIC_BOMB"),
    ("Warga digegerkan temuan granat aktif di sebuah kebun. Tim Gegana kemudian memusnahkan granat itu, kata Kapolsek "
     "setempat.", "id", "DISR_WEAP"),
    # a base set up after a defeat is the base; a base handed over; a group renamed
    ("Bandits have built a new camp in a forest near the border after being driven out of their old hideout by troops, "
     "residents said.", "en", "HQ_ESTABLISHED"),
    ("Kelompok bersenjata itu mendirikan pos baru di hutan setelah dipukul mundur dari kampung sebelah, kata Kapolres.",
     "id", "HQ_ESTABLISHED"),
    ("The departing peacekeepers handed over a forward operating base to the national army on Monday, the mission "
     "said.", "en", "NON_VIOL_TERRIT_TRANSFER"),
    ("The Ninewa militia announced it was renaming itself the Ninewa Guard and cutting ties with its former patron, its "
     "commander said.", "en", "CHANGE_TO_GROUP_ACT"),
    # a disappearance told with the arrest
    ("Seorang aktivis buruh ditangkap di depan kantornya pekan lalu dan sejak itu tidak diketahui keberadaannya, kata "
     "serikatnya.", "id", "ABDUCT_DISSAP"),
    # a crowd or traders who beat a man; what a witness is quoted as saying is not the event
    ("A large crowd of Buddhist villagers attacked a Muslim family's home, beating two men to death, police said.", "en",
     "MOB_VIOL"),
    ("Market traders in Mbale caught a suspected pickpocket and beat him to death on Monday, residents said.", "en",
     "MOB_VIOL"),
    ('"They told us he had shot a shopkeeper the day before, so no one tried to stop them," a witness said after '
     'residents beat a young man and set him on fire.', "en", "MOB_VIOL"),
    # drones and tanks in Indonesian news of the world; toxic agents
    ("Drone militer Rusia menyerang gudang logistik di pinggiran Odesa, memicu kebakaran, kata gubernur setempat.",
     "id", "AIR_STRIKE"),
    ("Tank-tank Israel kembali menembaki permukiman di timur Rafah, menewaskan sedikitnya tujuh warga, kata petugas "
     "medis.", "id", "ART_MISS_ATTACK"),
    ("Militants fired mortar shells filled with a toxic agent at the town, and dozens of residents were treated for "
     "burns to the skin and eyes.", "en", "CHEM_WEAP"),
    ("Pasukan pemerintah disebut menjatuhkan tabung berisi gas beracun di sebuah desa, membuat puluhan warga sesak "
     "napas.", "id", "CHEM_WEAP"),
    # a notable person arrested; bases; weapons recovered
    ("The army established a new observation post on a ridge overlooking the valley road, a military spokesman said.",
     "en", "HQ_ESTABLISHED"),
    ("Kelompok bersenjata itu kini bermarkas di hutan dekat kampung, kata Kapolres.", "id", "HQ_ESTABLISHED"),
    ("Soldiers seized an arsenal of assault rifles and ammunition at a ranch in Sinaloa, the defence ministry said.", "en",
     "DISR_WEAP"),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 20 else None)
def test_reports_of_coups_deals_dispersals_and_disappearances_are_typed_as_acled_codes_them(classifier, text, lang,
                                                                                          code):
    _typed_by_rules(classifier, text, lang, code)


@pytest.mark.parametrize("text, lang, code", [
    # a base told with what it is for; camps set up; bases made strongholds
    ("Jihadist fighters set up a camp in the hills above the river, from which they launch attacks on army outposts, "
     "local officials said.", "en", "HQ_ESTABLISHED"),
    ("The rebels have moved deeper into the national park, setting up camps and training grounds along the river, "
     "residents say.", "en", "HQ_ESTABLISHED"),
    # weapons tested and exercises held are not attacks
    ("Pakistan conducted a flight test of a new cruise missile over the Arabian Sea on Friday, the military said.", "en",
     "CHANGE_TO_GROUP_ACT"),
    ("Russia's navy launched large-scale exercises in the Baltic Sea with warships and fighter jets on Monday.", "en",
     "CHANGE_TO_GROUP_ACT"),
    # forces that stormed a protest are not rioters
    ("Paramilitary forces stormed a sit-in outside the ministry at dawn, firing live ammunition at the demonstrators, "
     "medics said.", "en", "FORCE_AGAINST_PROTEST"),
    # a nationality before soldiers is whose they are, not a place (the Somali region of Ethiopia)
    ("Somali soldiers fought a gun battle with al-Shabab fighters who attacked their base outside Baidoa on Tuesday, an "
     "officer said.", "en", "ARMED_CLASH"),
    # a crowd named first, armed with sticks, is a mob
    ("A crowd of about 500 villagers armed with clubs and stones attacked a family accused of witchcraft, killing two "
     "women, police said.", "en", "MOB_VIOL"),
    # a person seized is abducted
    ("The mother of a well-known footballer was seized by armed men outside her home on Sunday, police said.", "en",
     "ABDUCT_DISSAP"),
    ("A man tried to set off explosives hidden in his shoe on a flight to Miami, but the device failed to detonate and "
     "the crew restrained him.", "en", "DISR_WEAP"),
    ("The two rival factions struck a deal in Doha on Sunday to share power and hold elections within a year.", "en",
     "AGREEMENT"),
    ("Soldiers went on a rampage through the camp, gang-raping at least ten women, survivors told investigators.", "en",
     "SEX_VIOL"),
    ("The opposition leader handed himself over to police in the capital on Monday after a warrant was issued.", "en",
     "ARREST"),
    ("Gunmen broke into a warehouse of the aid agency and made off with sacks of grain and cooking oil on Tuesday.",
     "en", "PROPERTY_DISTRUCT"),
    ("Investigators began exhuming bodies from a mass burial site found near the village, officials said.", "en", "OTHER"),
    ("Tens of thousands of people filled the streets of Santiago on Sunday, waving flags and singing.", "en",
     "PEACE_PROTEST"),
    # what had happened before the news; speech still tells the news
    ("Government soldiers entered the lake port of Kalemie on Saturday after the rebels pulled out overnight, abandoning "
     "a town they had captured in March.", "en", "NON_VIOL_TERRIT_TRANSFER"),
    ("The rebels said on Sunday that they had captured the border town of Bunagana after two days of fighting.", "en",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    # lockdowns ordered by armed groups, camps installed, masts blown up
    ("Separatist fighters declared a five-day lockdown across the two regions ahead of the vote, ordering residents to "
     "stay at home.", "en", "OTHER"),
    ("ELN fighters have installed a camp on a ridge above the village, posting guards on the roads, residents said.",
     "en", "HQ_ESTABLISHED"),
    ("Militants blew up a mobile phone mast outside the town overnight, cutting services to several villages.", "en",
     "PROPERTY_DISTRUCT"),
    # Indonesian: rockets and missiles, suicide vests, hidden bombs, guided bombs
    ("Kota Sumy dihujani roket pada Selasa malam, menewaskan empat warga, kata gubernur setempat.", "id",
     "ART_MISS_ATTACK"),
    ("Dua rudal balistik diluncurkan ke arah pangkalan udara di Erbil, Rabu dini hari, kata pejabat setempat.", "id",
     "ART_MISS_ATTACK"),
    ("Pelaku meledakkan rompi bahan peledak di tengah kerumunan jemaah di depan masjid, menewaskan 12 orang.", "id",
     "SUIC_BOMB"),
    ("Bom yang disembunyikan di dalam tas meledak di halte bus di pusat kota, melukai sembilan orang.", "id",
     "REM_EXPLOS"),
    ("Gedung pengadilan itu hancur dihantam bom berpemandu, kata wali kota.", "id", "AIR_STRIKE"),
    # crowds, marches, dispersals
    ("Ratusan orang mengamuk dan merusak sejumlah toko milik pendatang di pasar kota, Jumat malam.", "id", "MOB_VIOL"),
    ("Ribuan mahasiswa berpawai dari kampus menuju gedung DPRD menolak kenaikan harga BBM, Senin.", "id",
     "PEACE_PROTEST"),
    ("Polisi membubarkan aksi solidaritas untuk Rohingya di depan kedutaan, Jumat.", "id",
     "PROTEST_WITH_INTER"),
    ("Polisi menangkap 80 orang yang duduk di depan gedung parlemen sambil membawa poster menentang perang, Sabtu.", "id",
     "PROTEST_WITH_INTER"),
    ("Seorang mahasiswa tewas setelah ditembak polisi dalam aksi menentang kenaikan harga BBM di Kendari, Kamis.", "id",
     "FORCE_AGAINST_PROTEST"),
    ("Ribuan warga memadati halaman kantor gubernur, menuntut pembebasan rekan mereka, Senin.", "id", "PEACE_PROTEST"),
    # weapons seized, groups leaving, posts left, graves, coups, declarations
    ("Petugas bea cukai menyita lebih dari 1.500 pucuk senapan dari sebuah kapal di pelabuhan, Rabu.", "id", "DISR_WEAP"),
    ("Sebanyak 20 anggota kelompok bersenjata menyatakan keluar dari kelompoknya dan berikrar setia kepada NKRI, Kamis.",
     "id", "CHANGE_TO_GROUP_ACT"),
    ("Kelompok bersenjata masuk dan berjaga di kampung itu sehari setelah aparat mengosongkan pos keamanan di sana.",
     "id", "NON_VIOL_TERRIT_TRANSFER"),
    ("Tim forensik mulai menggali sebuah pemakaman massal di pinggiran kota, Kamis.", "id", "OTHER"),
    ("Militer mengambil alih pemerintahan dari perdana menteri yang tengah berada di luar negeri, Selasa malam.", "id",
     "OTHER"),
    ("Perwakilan kedua kelompok yang bertikai meneken deklarasi di Makassar untuk mengakhiri konflik, Kamis.", "id",
     "AGREEMENT"),
    ("Gerakan itu membubarkan sayap militernya sesuai kesepakatan damai yang diteken tahun lalu, Selasa.", "id",
     "CHANGE_TO_GROUP_ACT"),
    ("Dua wartawan disandera kelompok bersenjata saat meliput di tengah operasi darurat militer di Aceh Timur, Minggu.",
     "id", "ABDUCT_DISSAP"),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 20 else None)
def test_bases_tests_crowds_and_the_words_of_world_news_are_typed_as_acled_codes_them(classifier, text, lang, code):
    _typed_by_rules(classifier, text, lang, code)


@pytest.mark.parametrize("text, lang, code", [
    # a raid told with an arrest is the arrest
    ("Police raided a parish house in Leon before dawn and detained the bishop along with four priests on Friday.", "en",
     "ARREST"),
    # captives released, the capture told as what came before (not an abduction told with its end)
    ("Three aid workers who had been kidnapped in Darfur were released on Sunday after talks led by tribal elders.",
     "en", "OTHER"),
    ("Empat pekerja yang disandera kelompok bersenjata di Intan Jaya dibebaskan setelah negosiasi yang dipimpin tokoh "
     "adat, Senin.", "id", "OTHER"),
    ("Gunmen abducted three teachers on the road to Kaduna and released them the next day after a ransom was paid.",
     "en", "ABDUCT_DISSAP"),
    # a gas that killed is no weapon found; a town entered unopposed; the state's forces named first
    ("At least 30 people suffocated in a chlorine attack on the town, and gas canisters were found on two rooftops, "
     "rescuers said.", "en", "CHEM_WEAP"),
    ("Rebel fighters pulled out of the town ahead of an army offensive, and government troops entered it unopposed on "
     "Monday.", "en", "NON_VIOL_TERRIT_TRANSFER"),
    ("The Malian army and the Wagner Group entered Anefis after two days of fighting with separatist rebels.", "en",
     "GOV_REGAINS_TERIT"),
    # people seized and killed by a crowd; a home entered is no territory
    ("Residents seized a suspected thief at the market and stoned him to death on Wednesday, police said.", "en",
     "MOB_VIOL"),
    ("Armed men entered the home of a village chief near Tumaco and shot him dead in front of his family.", "en",
     "ATTACK"),
    ("The group announced it was changing its name and ending its affiliation with al-Qaeda.", "en",
     "CHANGE_TO_GROUP_ACT"),
    ("Police fired at students protesting against job quotas outside the university, killing one of them.", "en",
     "FORCE_AGAINST_PROTEST"),
    ("Police arrested the presidential candidate during a campaign rally in the east on Wednesday.", "en", "ARREST"),
    ("Municipal police detained 12 students and handed them over to a gang; they have never been seen again.", "en",
     "ABDUCT_DISSAP"),
    # Indonesian: who stormed a base and took the town, bombs on the body, swaps, weapons found, captives, bombing
    ("RSF menyerbu markas divisi infanteri tentara Sudan di Nyala dan menguasai kota itu, Kamis.", "id",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Seorang perempuan meledakkan bom yang diikat di tubuhnya di pasar ikan, menewaskan sembilan orang.", "id",
     "SUIC_BOMB"),
    ("Rusia dan Ukraina saling menukar 150 tahanan perang pada Sabtu, kata kementerian pertahanan.", "id", "AGREEMENT"),
    ("Polisi menemukan tiga pucuk pistol dan 500 butir amunisi di bawah jok sebuah mobil di jalan poros Nabire, Rabu.",
     "id", "DISR_WEAP"),
    ("Dua guru ditawan kelompok bersenjata dan digiring ke hutan, Rabu pagi.", "id", "ABDUCT_DISSAP"),
    ("Angkatan Udara membom kamp pemberontak di pedalaman, menewaskan tujuh gerilyawan.", "id", "AIR_STRIKE"),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 20 else None)
def test_raids_releases_and_who_took_a_place_are_typed_as_acled_codes_them(classifier, text, lang, code):
    _typed_by_rules(classifier, text, lang, code)


@pytest.mark.parametrize("text, lang, code", [
    # a blast told again after a suicide bombing is the suicide bombing
    ("At least 20 people were killed when a suicide bomber blew himself up on the platform of Quetta Railway Station "
     "on Saturday. The blast occurred as passengers waited for the morning train to Peshawar.", "en", "SUIC_BOMB"),
    # a nationality is not a region; forces backed by militias took the place
    ("Somali National Army forces backed by local clan militias recaptured the town of Moqokori on Monday after heavy "
     "fighting with al-Shabaab.", "en", "GOV_REGAINS_TERIT"),
    # what is told only as a time or a charge is not the event
    ("The MNDAA captured the town of Lashio after weeks of fighting, the first regional capital to fall to an armed "
     "group since the coup.", "en", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Pasukan MNDAA merebut kota Lashio setelah pertempuran berminggu-minggu, ibu kota regional pertama yang lepas dari "
     "junta sejak kudeta.", "id", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Unknown men set fire to three buses parked at a depot overnight before firefighters arrived; no one was hurt.",
     "en", "PROPERTY_DISTRUCT"),
    ("Police arrested an opposition lawmaker at his home over remarks he made at a political rally last week.", "en",
     "ARREST"),
    ("A former lawmaker was arrested in the capital on Tuesday night and shown arrested in a murder case over the "
     "death of a student, police said.", "en", "ARREST"),
    # weapons and deals in the words of regional reporting
    ("Several bombs landed in a camp for displaced people west of Goma, killing at least 20 people.", "en",
     "ART_MISS_ATTACK"),
    ("Both sides released 200 prisoners each on Friday, as agreed at talks in Istanbul last month.", "en", "AGREEMENT"),
    ("A faction of the dissidents announced its split from the central command on Wednesday.", "en",
     "CHANGE_TO_GROUP_ACT"),
    ("Troops located a cache of 40 anti-personnel mines and explosives in a rural area on Sunday, the army said.", "en",
     "DISR_WEAP"),
    ("A drone dropped a munition filled with a toxic substance on a trench near Kupiansk, and four soldiers were "
     "hospitalised.", "en", "CHEM_WEAP"),
    ("Russian troops dropped gas grenades from drones on an infantry position, and five soldiers were treated for burns "
     "to their airways.", "en", "CHEM_WEAP"),
    ("Police resorted to a lathi-charge to disperse job aspirants who had squatted on the road, demanding a domicile "
     "policy.", "en", "PROTEST_WITH_INTER"),
    ("Militants drove an explosive-laden vehicle into the gate of an army camp, and the suicide driver detonated it at "
     "the entrance.", "en", "SUIC_BOMB"),
    ("A student activist was picked up by plainclothes men from his home in Karachi and has not been heard from since, "
     "his family said.", "en", "ABDUCT_DISSAP"),
    ("Riot police beat protesters who had gathered peacefully outside parliament, sending more than 30 to hospital.",
     "en", "FORCE_AGAINST_PROTEST"),
    ("Investigators uncovered three more mass graves on farmland outside the town, and the remains of men, women and "
     "children were recovered.", "en", "OTHER"),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 20 else None)
def test_regional_press_reports_are_typed_as_acled_codes_them(classifier, text, lang, code):
    _typed_by_rules(classifier, text, lang, code)


def _typed_by_rules(classifier, text, lang, code):
    """The report gets ``code``, and the rules decided it (the classifier alone did not)."""
    result = classifier.classify(text, lang=lang)
    assert result.code == code, (result.decided_by, result.rule)
    assert result.decided_by.startswith("rules")


@pytest.mark.parametrize("text, lang, code", [
    # a source in the present tense ("police say") is who reported it, not who acted
    ("Residents of a village near Kisumu caught a man they suspected of stealing cattle and beat him to death, police "
     "say.", "en", "MOB_VIOL"),
    # what a victim was accused of being does not name the attacker
    ("Angry villagers burned alive a man they accused of being an al-Shabaab collaborator, local officials said.", "en",
     "MOB_VIOL"),
    ("Seorang pria tewas dipukuli sekelompok penjaga sapi di Rajasthan, India, kata polisi.", "id", "MOB_VIOL"),
    # the state's forces turning on protesters
    ("Yangon — Aparat menembaki ratusan demonstran yang berpawai damai menolak kudeta; lima orang tewas.", "id",
     "FORCE_AGAINST_PROTEST"),
    ("Security forces fired metal pellets at students marching through the old city, wounding dozens of protesters.",
     "en", "FORCE_AGAINST_PROTEST"),
    # who holds a place now, and a base handed over
    ("Al-Shabaab fighters are now in control of the district headquarters, local elders said.", "en",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("French troops handed over their last base in Niger to the Nigerien army on Friday.", "en",
     "NON_VIOL_TERRIT_TRANSFER"),
    ("Pasukan Armenia mundur pekan lalu, dan kota itu diserahkan kepada Azerbaijan pada Rabu.", "id",
     "NON_VIOL_TERRIT_TRANSFER"),
    # weapons in the words of Indonesian reporting
    ("Drone tak dikenal menjatuhkan bahan peledak ke sebuah pasar di Provinsi Khost, menewaskan tiga warga.", "id",
     "AIR_STRIKE"),
    ("Tentara Rusia dituding melepaskan gas beracun ke parit pertahanan Ukraina di dekat Bakhmut; tiga prajurit "
     "dirawat.", "id", "CHEM_WEAP"),
    ("Sebuah bom yang dipasang di bawah kendaraan seorang pejabat distrik meledak di Nangarhar, melukai sopirnya.",
     "id", "REM_EXPLOS"),
    # groups formed and bases made
    ("Sebuah kelompok bersenjata baru di Burkina Faso mengumumkan berdirinya lewat video dan bersumpah melawan junta.",
     "id", "CHANGE_TO_GROUP_ACT"),
    ("Kelompok MIT diketahui membuat kamp baru di hutan Poso setelah kamp lama mereka ditemukan aparat.", "id",
     "HQ_ESTABLISHED"),
    # protests stopped, and a protest that burned a building
    ("Long march 40 petani menuju ibu kota provinsi dihadang polisi di perbatasan kabupaten.", "id",
     "PROTEST_WITH_INTER"),
    ("Gedung DPRD Kabupaten Manokwari dibakar massa yang berunjuk rasa menolak hasil pemilihan.", "id",
     "VIOL_DEMONSTR"),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 20 else None)
def test_live_and_broadcast_reports_are_typed_as_acled_codes_them(classifier, text, lang, code):
    _typed_by_rules(classifier, text, lang, code)


@pytest.mark.parametrize("text, lang, code", [
    # air support to ground fighting is the battle (ACLED: 131 of the 134 rows here whose notes tell both)
    ("Fighting broke out between the Myanmar military and the Arakan Army near Kyauk Seik village in Paletwa township "
     "on Tuesday, during which the military backed its ground troops with helicopter airstrikes.", "en", "ARMED_CLASH"),
    ("Government troops and Al-Shabaab fighters clashed outside Jilib on Sunday as Somali army drones struck militant "
     "positions.", "en", "ARMED_CLASH"),
    ("Kontak tembak antara TNI dan TPNPB pecah di Distrik Sugapa, Intan Jaya, Rabu, dan helikopter militer melancarkan "
     "serangan udara untuk mendukung pasukan darat.", "id", "ARMED_CLASH"),
    ("Pertempuran antara militer Myanmar dan Tentara Arakan berlangsung di dekat Desa Tin Ma, Kyauktaw, Selasa, saat "
     "jet tempur junta menjatuhkan bom di sekitar lokasi.", "id", "ARMED_CLASH"),
    ("An airstrike hit a crowded market in Idlib on Monday, killing 12 civilians, rescuers said.", "en", "AIR_STRIKE"),
    # a protest told only as when the act happened is not the event; protesters named as the actors still are
    ("Protesters set fire to a police station in Sylhet amid demonstrations against the fuel price rise.", "en",
     "VIOL_DEMONSTR"),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 20 else None)
def test_air_support_in_a_battle_is_the_battle(classifier, text, lang, code):
    _typed_by_rules(classifier, text, lang, code)


@pytest.mark.parametrize("text, lang", [
    ("Unidentified men vandalized and set fire to the offices of the ruling party in Khulna on Monday, amid ongoing "
     "demonstrations demanding the prime minister's resignation.", "en"),
    ("Sekelompok orang tak dikenal merusak dan membakar rumah seorang anggota DPRD di Medan, Minggu malam, di tengah "
     "gelombang unjuk rasa menolak tunjangan anggota dewan.", "id"),
], ids=lambda v: v[:40] if len(v) > 20 else None)
def test_a_protest_told_only_as_the_time_of_an_attack_is_not_the_event(classifier, text, lang):
    answer = classifier.classify(text, lang=lang)
    assert answer.code in ("PROPERTY_DISTRUCT", "MOB_VIOL"), (answer.code, answer.rule)
    assert "protest trigger" not in answer.rule


@pytest.mark.parametrize("text, lang", [
    ("Unidentified gunmen shot dead a journalist in Khulna on Monday amid ongoing demonstrations demanding the prime "
     "minister's resignation.", "en"),
    ("Orang tak dikenal menembak mati seorang wartawan di Khulna, Senin, di tengah gelombang unjuk rasa menuntut "
     "perdana menteri mundur.", "id"),
], ids=lambda v: v[:40] if len(v) > 20 else None)
def test_gunmen_who_kill_amid_protests_are_an_attack_not_the_unrests_mob(classifier, text, lang):
    assert classifier.classify(text, lang=lang).code == "ATTACK"


@pytest.mark.parametrize("text, lang, code", [
    # forces that stormed a sit-in did the violence; protesters who stormed a building did; police hurt in a riot
    # did not storm anything
    ("Security forces, led by the RSF, stormed the sit-in outside the army headquarters in Khartoum at dawn, shooting "
     "and beating protesters; doctors said dozens were killed.", "en", "FORCE_AGAINST_PROTEST"),
    ("Protesters stormed the provincial council building in Basra and set it on fire, police said.", "en",
     "VIOL_DEMONSTR"),
    ("Hundreds of people staged a chaotic demonstration outside the election office in Pali regency. Ten police "
     "officers were injured in the riot, and 25 people were arrested.", "en", "VIOL_DEMONSTR"),
    ("Ratusan warga berunjuk rasa di depan kantor Bawaslu Kabupaten PALI menuntut pemilihan ulang. Sepuluh polisi "
     "terluka dalam kericuhan itu dan 25 orang ditangkap.", "id", "VIOL_DEMONSTR"),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 20 else None)
def test_who_stormed_or_rioted_decides_between_a_riot_and_force_against_protesters(classifier, text, lang, code):
    assert classifier.classify(text, lang=lang).code == code


def test_a_killing_is_not_retyped_into_a_sub_type_acled_codes_without_deaths(classifier):
    """ACLED codes no deaths on property destruction (taxonomy ``deaths_hold_against``): a sentence that tells a
    killing keeps a type that can carry it, whatever the classifier reads in "dibakar"; a deal told with the deaths
    that led to it may still be typed a deal."""
    from warta.classifier import Prediction
    from warta.stages.events import may_override

    burned = Prediction("Looting/property destruction", 0.95, "Attack", ())
    assert may_override("Attack", burned, 0.6)
    assert not may_override("Attack", burned, 0.6, deaths=True)
    assert may_override("Attack", Prediction("Agreement", 0.95, "Attack", ()), 0.6, deaths=True)
    text = "Sosok itu diduga dibunuh dan dibakar orang tak dikenal pada Kamis malam di Desa Lesong Daja, Pamekasan."
    doc = Pipeline().process(Document(id="d", text=text, lang="id", published=dt.date(2024, 5, 11)))
    assert [e.sub_event_type for e in doc.events] == ["Attack"]
    assert classifier.classify(text, lang="id").code == "ATTACK"


@pytest.mark.parametrize("text, lang, code", [
    # an entry is not the event when the report tells what the troops did there; with fighting it is a takeover
    ("Soldiers entered Kan Htaung village in Kyauktaw township on Monday and detained 12 residents, accusing them of "
     "supporting the Arakan Army.", "en", "ARREST"),
    ("Troops moved into Hlaing Gyi village before dawn and opened fire on residents, killing a farmer and his son, "
     "witnesses said.", "en", "ATTACK"),
    ("Pasukan junta memasuki kota Thantlang, Negara Bagian Chin, Sabtu, lalu membakar puluhan rumah warga yang sudah "
     "ditinggalkan.", "id", "PROPERTY_DISTRUCT"),
    ("Tentara memasuki kota Falam pada Rabu dan menangkap sembilan pemuda yang dituduh membantu milisi perlawanan.", "id",
     "ARREST"),
    ("Taliban fighters entered Kabul on Sunday after government forces abandoned their posts.", "en",
     "NON_VIOL_TERRIT_TRANSFER"),
    ("Rebel fighters entered the town of Bunia after exchanging fire with government troops for two hours.", "en",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 20 else None)
def test_troops_who_entered_a_place_and_acted_there_are_typed_by_the_act(classifier, text, lang, code):
    assert classifier.classify(text, lang=lang).code == code
