"""Tests of warta.evaluate: the gold matching rules, admin names, ACLED CSVs, malformed gold."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from warta.document import Document
from warta.errors import EvaluationError
from warta.evaluate import evaluate_acled, evaluate_gold, load_gold, same_actor, same_admin
from warta.evaluate.acled import acled_events
from warta.evaluate.matching import check, match_events
from warta.evaluate.gold import _event

SHARED = (Path(__file__).resolve().parents[1] / ".." / "shared").resolve()
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")

ID_TEXT = (
    "Jayapura - Kontak tembak terjadi antara TNI dan TPNPB di Distrik Kenyam, Kabupaten Nduga, "
    "pada Selasa (12/3/2019). Seorang prajurit tewas. Sehari kemudian warga berunjuk rasa di Wamena."
)
EN_TEXT = (
    "Hundreds of students rallied peacefully in Bandung, West Java, on 3 May 2020, demanding lower "
    "tuition fees. Police later arrested two men in Bekasi."
)


def gold_event(**over):
    ev = {
        "id": "E1", "required": True, "event_type": "Battles", "sub_event_type": "Armed clash",
        "accept_sub_event_types": [], "event_date": "2019-03-12", "time_precision": 1,
        "actor1": ["Military Forces of Indonesia (2014-)", "TNI"], "actor2": ["TPNPB"],
        "country": "Indonesia", "admin1": "Papua", "admin2": "Nduga", "location": "Kenyam",
        "latitude": -4.38, "longitude": 138.43, "geo_precision": 1, "fatalities": 1,
    }
    ev.update(over)
    return ev


def record(**over):
    rec = {
        "doc_id": "d1", "event_date": "2019-03-12", "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Indonesia (2014-)", "admin1": "Papua Pegunungan", "admin2": "Kabupaten Nduga",
        "location": "Kenyam", "latitude": -4.38, "longitude": 138.43, "fatalities": 1,
        "evidence": {"sentence": {"start": 0, "end": 10, "text": "Kontak tembak terjadi."}, "fields": []},
    }
    rec.update(over)
    return rec


def G(**over):
    return _event(gold_event(**over), Path("gold.jsonl"), 1, 1)


# --- the matching rules, one by one -------------------------------------------------------------

def test_evaluate_type_same_event_type_matches():
    assert check(G(), record(sub_event_type="Government regains territory")).ok


def test_evaluate_type_accepted_sub_type_matches_across_types():
    gold = G(event_type="Strategic developments", sub_event_type="Non-violent transfer of territory",
             accept_sub_event_types=["Non-state actor overtakes territory"])
    assert check(gold, record(event_type="Battles", sub_event_type="Non-state actor overtakes territory")).ok
    assert not check(gold, record(event_type="Battles", sub_event_type="Armed clash")).ok


@pytest.mark.parametrize("dlat, ok", [(0.0, True), (0.2, True), (0.3, False)])  # 0.2 deg ~ 22 km
def test_evaluate_within_25_km(dlat, ok):
    assert check(G(), record(latitude=-4.38 + dlat)).ok is ok


def test_evaluate_alt_coords_count_like_the_main_point():
    gold = G(alt_coords=[[-3.0, 138.43, "other reading"]])
    assert check(gold, record(latitude=-3.05)).ok


def test_evaluate_precision_3_matches_on_admin1():
    gold = G(geo_precision=3, admin1="West Java", latitude=-6.9, longitude=107.6)
    far = record(latitude=-6.6, longitude=108.5, admin1="Jawa Barat")  # ~100 km away, same province
    assert check(gold, far).ok
    assert not check(G(admin1="West Java", latitude=-6.9, longitude=107.6), far).ok  # precision 1
    assert not check(gold, dict(far, admin1="Banten")).ok


@pytest.mark.parametrize("date, ok", [("2019-03-11", True), ("2019-03-13", True), ("2019-03-14", False), ("", False)])
def test_evaluate_date_within_one_day(date, ok):
    assert check(G(), record(event_date=date)).ok is ok


def test_evaluate_one_to_one_closest_wins():
    golds = [G(id="E1")]
    recs = [record(latitude=-4.5), record(latitude=-4.381)]
    pairs, _ = match_events(golds, recs)
    assert pairs == {0: 1}


def test_evaluate_assignment_maximises_matches():
    # E1 is closest to s0, but s0 is E2's only candidate: E1 must take s1.
    golds = [G(id="E1", latitude=-4.38), G(id="E2", latitude=-4.58)]
    recs = [record(latitude=-4.45), record(latitude=-4.25)]
    pairs, _ = match_events(golds, recs)
    assert pairs == {0: 1, 1: 0}


def test_evaluate_optional_neither_false_positive_nor_miss(tmp_path):
    gold_file = write_gold(tmp_path, [
        gold_event(id="E1"),
        gold_event(id="E2", required=False, event_type="Protests", sub_event_type="Peaceful protest",
                   event_date="2019-03-13", location="Wamena", latitude=-4.09, longitude=138.95),
    ])
    only_required = evaluate_gold(gold_file, lambda doc: [record()])
    assert (only_required.precision, only_required.recall, only_required.n_required) == (1.0, 1.0, 1)
    both = evaluate_gold(gold_file, lambda doc: [record(), record(event_type="Protests", sub_event_type="Peaceful protest",
                                                                  event_date="2019-03-13", latitude=-4.09, longitude=138.95)])
    assert (both.precision, both.recall, both.n_system) == (1.0, 1.0, 1)
    duplicate = evaluate_gold(gold_file, lambda doc: [record(), record(latitude=-4.39)])
    assert duplicate.precision == 0.5 and len(duplicate.documents[0].extras) == 1


# --- whole files -----------------------------------------------------------------------------

def write_gold(tmp_path, events, text=ID_TEXT, lang="id", published="2019-03-13"):
    (tmp_path / "doc.txt").write_text(text, "utf-8")
    line = {"doc_id": "d1", "lang": lang, "published": published, "text_file": "doc.txt", "events": events}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", "utf-8")
    return path


@pytest.mark.parametrize("text, title", [
    ("# Pria Tak Beridentitas Dibunuh dan Dibakar OTK di Pamekasan\n\n**PAMEKASAN, KOMPAS.com** - Warga Desa Lesong "
     "Daja digemparkan penemuan mayat seorang laki-laki, Kamis (6/11/2025).", "Pria Tak Beridentitas Dibunuh dan "
     "Dibakar OTK di Pamekasan"),
    ("Gunmen Kill Five Villagers In Zamfara Raid\nGUSAU, Nigeria (Reuters) - Gunmen killed five villagers in Zamfara "
     "state on Monday, police said.", "Gunmen Kill Five Villagers In Zamfara Raid"),
], ids=["id", "en"])
def test_evaluate_gold_reads_a_document_as_extract_does(tmp_path, text, title):
    """The headline and the outlet are guessed from the text as `warta extract` guesses them, so a headline that
    repeats the lead is not coded a second time in the evaluation only."""
    seen = []
    evaluate_gold(write_gold(tmp_path, [gold_event(id="E1")], text=text), lambda doc: seen.append(doc) or [])
    assert seen[0].title == title and seen[0].source


def test_evaluate_gold_indonesian_scores_and_report(tmp_path):
    gold_file = write_gold(tmp_path, [gold_event(), gold_event(id="E2", event_type="Protests", sub_event_type="Peaceful protest",
                                                               event_date="2019-03-13", location="Wamena", admin2="Jayawijaya",
                                                               latitude=-4.09, longitude=138.95, fatalities=0, actor1=["Protesters (Indonesia)"])])
    seen: list[Document] = []

    def extract(doc):
        seen.append(doc)
        return [record(fatalities=2, actor1="Brimob"), record(event_type="Riots", sub_event_type="Mob violence",
                                                                          latitude=-2.5, longitude=140.7, location="Jayapura")]

    report = evaluate_gold(gold_file, extract)
    assert seen[0].id == "d1" and seen[0].lang == "id" and str(seen[0].published) == "2019-03-13" and "Nduga" in seen[0].text
    assert (report.matched, report.n_system, report.n_required) == (1, 2, 2)
    assert report.fields["fatalities"].accuracy == 0.0
    assert report.fields["actor1"].accuracy == 0.0  # "Brimob" neither contains nor is in an accepted name
    assert report.fields["admin1"].accuracy == 1.0 and report.fields["admin2"].accuracy == 1.0
    doc = report.documents[0]
    assert doc.misses[0]["gold"] == "E2" and "type differs" in doc.misses[0]["reason"]
    out = io.StringIO()
    report.render(Console(file=out, width=120), max_examples=5)
    assert "miss" in out.getvalue() and "Jayapura" in out.getvalue() and "Kontak tembak" in out.getvalue()
    assert json.dumps(report.to_dict())


def test_evaluate_gold_english_sub_type_accepted_counts_right(tmp_path):
    gold_file = write_gold(tmp_path, [gold_event(event_type="Protests", sub_event_type="Peaceful protest",
                                                 accept_sub_event_types=["Protest with intervention"],
                                                 event_date="2020-05-03", admin1="West Java", admin2="Kota Bandung",
                                                 location="Bandung", latitude=-6.92, longitude=107.61, fatalities=0,
                                                 actor1=["Protesters (Indonesia)"])], text=EN_TEXT, lang="en", published=None)
    rec = record(event_type="Protests", sub_event_type="Protest with intervention", event_date="2020-05-03",
                 admin1="Jawa Barat", admin2="Bandung City", latitude=-6.95, longitude=107.65, fatalities=0,
                 actor1="Protesters (Indonesia)")
    report = evaluate_gold(gold_file, lambda doc: [rec])
    assert report.f1 == 1.0
    assert all(score.accuracy == 1.0 for score in report.fields.values()), report.to_dict()["fields"]


@pytest.mark.parametrize("line, message", [
    ('{"doc_id": "d1", "text_file": "doc.txt"}', "missing field 'events'"),
    ('{"doc_id": "d1", "text_file": "doc.txt", "events": [', "not valid JSON"),
    ('{"doc_id": "d1", "text_file": "nowhere.txt", "events": []}', "cannot read text_file"),
    ('{"doc_id": "d1", "text_file": "doc.txt", "events": [{"id": "E1", "event_type": "Battles"}]}', "has no 'sub_event_type'"),
    ('{"doc_id": "d1", "text_file": "doc.txt", "events": [{"id": "E1", "event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "12/3/2019", "latitude": 1, "longitude": 2}]}', "unreadable event_date"),
])
def test_evaluate_malformed_gold_names_file_and_line(tmp_path, line, message):
    (tmp_path / "doc.txt").write_text(ID_TEXT, "utf-8")
    good = json.dumps({"doc_id": "d0", "text_file": "doc.txt", "events": []})
    path = tmp_path / "gold.jsonl"
    path.write_text(good + "\n" + line + "\n", "utf-8")
    with pytest.raises(EvaluationError) as info:
        load_gold(path)
    assert "gold.jsonl:2:" in str(info.value) and message in str(info.value)


@needs_shared
def test_evaluate_seed_gold_loads():
    docs = load_gold(SHARED / "eval" / "seed" / "gold.jsonl")
    assert docs[0].doc_id == "seed-intisari" and sum(e.required for e in docs[0].events) >= 1


# --- names -----------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("West Java", "Jawa Barat"), ("Kabupaten Nduga", "Nduga"), ("Baghlān", "Baghlan Province"),
    ("Papua Tengah", "Papua"), ("Papua Barat Daya", "West Papua"), ("Kota Makassar", "Makassar"),
    ("Bangka-Belitung", "Kepulauan Bangka Belitung"), ("Yogyakarta", "Daerah Istimewa Yogyakarta"),
    ("Jakarta", "DKI Jakarta"), ("Central Jakarta", "Jakarta Pusat"), ("North Tapanuli", "Tapanuli Utara"),
    ("Palangka Raya", "Kota Palangkaraya"), ("Southeast Sulawesi", "Provinsi Sulawesi Tenggara"),
    ("Yapen Islands", "Kabupaten Kepulauan Yapen"), ("Riau Islands", "Kepulauan Riau"), ("Pul-e Ḩişār", "Pul-e Hisar"),
])
def test_evaluate_admin_names_match(a, b):
    assert same_admin(a, b) and same_admin(b, a)


@pytest.mark.parametrize("a, b", [
    ("Papua Tengah", "Papua Selatan"), ("Kota Bandung", "Kabupaten Bandung"), ("Riau", "Kepulauan Riau"),
    ("Papua", "Papua Barat"), ("West Java", "Central Java"), ("", ""), ("Nduga", None),
])
def test_evaluate_admin_names_differ(a, b):
    assert not same_admin(a, b)


@pytest.mark.parametrize("accepted, system, ok", [
    (["Police Forces of Indonesia (2014-)"], "Police Forces of Indonesia (2014-) Mobile Brigade Corps", True),
    (["Pasukan Perlawanan Publik", "Public Resistance Forces"], "pasukan perlawanan publik", True),
    (["Taliban"], "Tālibān", True), (["Taliban"], "Military Forces of Afghanistan", False),
    ([], "", True), ([], "Taliban", False), (["Taliban"], "", False), (["TNI"], "Protesters (Indonesia)", False),
])
def test_evaluate_actor_matching(accepted, system, ok):
    assert same_actor(accepted, system) is ok


# --- ACLED CSVs ------------------------------------------------------------------------------

OLD_HEADER = ("data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
              "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,"
              "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3")
NEW_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
              "inter1,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,"
              "geo_precision,source,source_scale,notes,fatalities,tags,timestamp")


def write_old(tmp_path):
    rows = [
        '1,360,IDN1,1,20190312,2019,1,Battles,Armed clash,Military Forces of Indonesia (2014-),,1,TPNPB: West Papua National Liberation Army,,2,12,Southeast Asia,Indonesia,Papua,Nduga,Kenyam,Kenyam,-4.38,138.43,1,Kompas,National,"On Mar 12, 2019, TNI soldiers clashed with TPNPB in Kenyam, Nduga. One soldier was killed.",1,0,IDN',
        '2,360,IDN2,2,20190313,2019,1,Protests,Peaceful protest,Protesters (Indonesia),,6,,,0,60,Southeast Asia,Indonesia,West Java,Bandung,Bandung,Bandung,-6.92,107.61,1,Tempo,National,"On Mar 13, 2019, students protested peacefully in Bandung city, West Java.",0,0,IDN',
        '3,360,IDN3,3,20190314,2019,1,Riots,Mob violence,Rioters (Indonesia),,5,Civilians (Indonesia),,7,57,Southeast Asia,Indonesia,Jakarta,Central Jakarta,Gambir,Gambir,-6.17,106.82,1,Tempo,National,"On Mar 14, 2019, a mob beat a thief in Gambir, Central Jakarta.",0,0,IDN',
    ]
    path = tmp_path / "old.csv"
    path.write_text("\ufeff" + OLD_HEADER + "\n" + "\n".join(rows) + "\n", "utf-8")
    return path


def write_new(tmp_path):
    note = '"On 5 August 2024, a mob vandalized a temple in Taraganj town (Rangpur)."'
    rows = [
        f"BGD1,5-Aug-24,2024,1,Political violence,Riots,Mob violence,Rioters (Bangladesh),,Rioters,Rioters-Civilians,Civilian targeting,50,South Asia,Bangladesh,Rangpur,Rangpur,Taraganj,Taraganj,25.79,89.04,1,Prothom Alo,National,{note},0,,1723576772",
        f"BGD1,5-Aug-24,2024,1,Political violence,Riots,Mob violence,Civilians (Bangladesh),Hindu Group (Bangladesh),Civilians,Rioters-Civilians,Civilian targeting,50,South Asia,Bangladesh,Rangpur,Rangpur,Taraganj,Taraganj,25.79,89.04,1,Prothom Alo,National,{note},0,,1723576772",
        'BGD2,15-Aug-24,2024,1,Demonstrations,Protests,Peaceful protest,Protesters (Bangladesh),,Protesters,Protesters only,,50,South Asia,Bangladesh,Dhaka,Dhaka,Ramna,Dhaka,23.72,90.41,1,Daily Star,National,"On 15 August 2024, students protested in Dhaka.",0,,1723576772',
    ]
    path = tmp_path / "new.csv"
    path.write_text(NEW_HEADER + "\n" + "\n".join(rows) + "\n", "utf-8")
    return path


def test_evaluate_acled_old_layout(tmp_path):
    path = write_old(tmp_path)
    answers = {
        "IDN1": [record(latitude=0.0, longitude=0.0, sub_event_type="Attack"), record(admin1="Papua", admin2="Nduga")],
        "IDN2": [record(event_type="Protests", sub_event_type="Peaceful protest", event_date="2019-03-13", admin1="Jawa Barat",
                        admin2="Kota Bandung", latitude=-6.9, longitude=107.6, fatalities=0, actor1="Protesters (Indonesia)")],
        "IDN3": [],
    }
    docs, calls = [], []
    report = evaluate_acled(path, lambda doc: docs.append(doc) or answers[doc.id], progress=lambda done, total: calls.append(done))
    assert [d.id for d in docs] == ["IDN1", "IDN2", "IDN3"] and docs[0].lang == "en" and docs[0].published is None
    assert docs[1].text.startswith("On Mar 13, 2019")
    assert calls == [1, 2, 3] and report.rows == 3 and report.no_event == 1
    assert report.fields["sub_event_type"].right == 2  # the closest event of IDN1 is scored, not the first
    assert report.fields["admin2"].right == 2 and report.fields["location"].right == 2
    assert report.confusions[("Mob violence", "(no event)")] == 1
    limited = evaluate_acled(path, lambda doc: answers[doc.id], limit=1)
    assert limited.rows == 1 and limited.fields["event_type"].accuracy == 1.0
    out = io.StringIO()
    report.render(Console(file=out, width=120), max_examples=2)
    assert "IDN3" in out.getvalue() and json.dumps(report.to_dict())


def test_evaluate_acled_new_layout_merges_actor_rows(tmp_path):
    path = write_new(tmp_path)
    events = acled_events(path)
    assert [e.id for e in events] == ["BGD1", "BGD2"] and str(events[0].date) == "2024-08-05"
    assert events[0].row["actor1"] == "Rioters (Bangladesh)" and events[0].row["actor2"] == "Civilians (Bangladesh)"
    rec = {"event_type": "Riots", "sub_event_type": "Mob violence", "event_date": "2024-08-05", "actor1": "Rioters (Bangladesh)",
           "admin1": "Rangpur Division", "admin2": "Rangpur", "latitude": 25.8, "longitude": 89.0, "fatalities": 0}
    report = evaluate_acled(path, lambda doc: [rec] if doc.id == "BGD1" else [])
    assert report.rows == 2 and report.no_event == 1
    assert all(score.right == 1 and score.total == 2 for score in report.fields.values()), report.to_dict()["fields"]


def test_evaluate_acled_bad_file(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("event_id_cnty,notes\nX1,hello\n", "utf-8")
    with pytest.raises(EvaluationError, match="missing column"):
        evaluate_acled(path, lambda doc: [])
    path = write_old(tmp_path)
    path.write_text(path.read_text("utf-8").replace("20190313", "13.03.2019"), "utf-8")
    with pytest.raises(EvaluationError, match=r"old\.csv:3: unreadable event_date"):
        evaluate_acled(path, lambda doc: [])
