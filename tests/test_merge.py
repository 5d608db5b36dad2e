"""One event, many reports: merging across articles, the merge log and its undo, and the evidence kept.

The articles are written for these tests (facts from public reporting of the November 2019 bombing at the
Medan police headquarters; the Pekanbaru blast is invented as a lookalike: same kind, same day, another city).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from warta.cli import cli
from warta.document import Document
from warta.store import Store
from warta.store.merge import compare, summarise

ARTICLES = {
    "kabar-medan": ("Kabar Medan", "2019-11-13",
                    "Bom bunuh diri meledak di halaman Markas Polrestabes Medan, Sumatera Utara, Rabu (13/11/2019) "
                    "sekitar pukul 08.45 WIB. Pelaku tewas di lokasi kejadian, sementara enam orang, empat di antaranya "
                    "polisi, mengalami luka-luka.\n\nKabid Humas Polda Sumut mengatakan pelaku masuk dengan alasan "
                    "mengurus surat keterangan catatan kepolisian."),
    "warta-sumatera": ("Warta Sumatera", "2019-11-14",
                       "Polisi mengungkap identitas pelaku bom bunuh diri di Polrestabes Medan kemarin. Pelaku "
                       "berinisial RMN, 24 tahun, warga Medan.\n\nLedakan di Polrestabes Medan itu melukai tujuh "
                       "orang, terdiri dari lima polisi dan dua warga sipil. Pelaku tewas di tempat, kata Kapolri "
                       "Jenderal Idham Azis di Jakarta."),
    "island-herald": ("Island Herald", "2019-11-13",
                      "A suicide bomber blew himself up at the police headquarters in Medan, North Sumatra, on "
                      "Wednesday morning, killing himself and wounding six people, most of them police officers, a "
                      "police spokesman said.\n\nThe attacker, wearing the jacket of an online motorcycle taxi "
                      "driver, had entered the compound saying he needed a police clearance letter."),
    "riau-pagi": ("Riau Pagi", "2019-11-13",
                  "Sebuah bom rakitan meledak di depan pos polisi lalu lintas di Jalan Sudirman, Kota Pekanbaru, "
                  "Riau, Rabu (13/11/2019) malam. Tidak ada korban dalam ledakan tersebut, kata Kapolresta "
                  "Pekanbaru."),
}


def _doc(pipeline, key: str, text: str | None = None) -> Document:
    source, published, body = ARTICLES[key]
    return pipeline.process(Document(id=key, text=text or body, source=source,
                                     published=dt.date.fromisoformat(published)))


@pytest.fixture(scope="module")
def docs(pipeline) -> dict[str, Document]:
    return {key: _doc(pipeline, key) for key in ARTICLES}


def _merged_of(store: Store, doc_id: str) -> dict:
    (record,) = [m for m in store.merged_events() if doc_id in m["doc_id"].split("; ")]
    return record


def test_three_reports_in_two_languages_make_one_event_with_every_source(docs):
    store = Store(":memory:")
    for doc in docs.values():
        store.add(doc)
    medan = _merged_of(store, "kabar-medan")
    assert medan["reports"] == 3
    assert medan["location"] == "Medan" and medan["event_date"] == "2019-11-13"
    assert medan["sub_event_type"] == "Suicide bomb"
    assert {"Kabar Medan", "Warta Sumatera", "Island Herald"} <= set(medan["source"].split("; "))
    assert [r["doc_id"] for r in medan["fatality_reports"]] == ["kabar-medan", "island-herald", "warta-sumatera"]
    # every report keeps its own sentence as evidence
    assert {r["doc_id"] for r in medan["evidence"]["reports"]} == {"kabar-medan", "warta-sumatera", "island-herald"}
    assert all(r["sentence"]["text"] for r in medan["evidence"]["reports"])


def test_the_same_kind_of_event_in_another_city_on_the_same_day_stays_apart(docs):
    store = Store(":memory:")
    for doc in docs.values():
        store.add(doc)
    pekanbaru = _merged_of(store, "riau-pagi")
    assert pekanbaru["reports"] == 1 and pekanbaru["location"] == "Pekanbaru"
    assert len(store.merged_events()) == 2


def test_kemarin_in_a_later_report_meets_the_written_date(docs):
    assert docs["warta-sumatera"].events[0].event_date == dt.date(2019, 11, 13)
    store = Store(":memory:")
    store.add(docs["kabar-medan"])
    store.add(docs["warta-sumatera"])
    joined = [e for e in store.merge_log() if e["action"] == "join"]
    assert len(joined) == 1
    reasons = {r["check"]: r["why"] for r in joined[0]["reasons"]}
    assert reasons["place"] == "both at Medan" and reasons["date"] == "both on 2019-11-13"


def test_merging_is_incremental_and_a_decision_can_be_undone_for_good(docs, tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as store:
        store.add(docs["kabar-medan"])
        store.add(docs["riau-pagi"])
        assert len(store.merged_events()) == 2
    with Store(path) as store:  # a later session adds a third report: only it is compared
        store.add(docs["island-herald"])
        medan = _merged_of(store, "kabar-medan")
        assert medan["reports"] == 2
        (join,) = [e for e in store.merge_log() if e["action"] == "join"]
        new = store.undo_merge(join["id"], by="analyst A")
        assert _merged_of(store, "island-herald")["event_id"] == new
        assert _merged_of(store, "kabar-medan")["reports"] == 1
        store.merge()  # re-running the merge does not put it back
        assert _merged_of(store, "island-herald")["event_id"] == new
        log = store.merge_log()
        assert [e["action"] for e in log][-1] == "undo" and log[-1]["by"] == "analyst A"
        assert [e for e in log if e["id"] == join["id"]][0]["undone"] is True
        with pytest.raises(Exception, match="not a join that can be undone"):
            store.undo_merge(join["id"])


def test_a_new_version_of_a_report_replaces_the_old_one_in_its_event(pipeline, docs):
    store = Store(":memory:")
    store.add(docs["kabar-medan"])
    store.add(docs["island-herald"])
    _, _, body = ARTICLES["island-herald"]
    store.add(_doc(pipeline, "island-herald", body + "\n\nUpdated: police named the attacker as RMN, 24."))
    medan = _merged_of(store, "kabar-medan")
    assert medan["reports"] == 2 and len(medan["mentions"]) == 2
    assert any(e["action"] == "leave" for e in store.merge_log())


def test_reports_that_disagree_on_the_dead_keep_the_range_and_who_said_what():
    base = {"event_type": "Violence against civilians", "sub_event_type": "Attack", "event_date": "2018-12-02",
            "time_precision": 1, "country": "Indonesia", "admin1": "Papua", "admin2": "Nduga", "location": "Yigi",
            "geonameid": "1", "geo_precision": 1, "latitude": -4.2, "longitude": 138.4, "actor1": "", "actor2": "",
            "evidence": {"fields": [{"field": "event_date", "rule": "absolute date; sentence"}]}}
    reports = [dict(base, event_id=1, doc_id="a", source="Warta Papua", published="2018-12-04", fatalities=31),
               dict(base, event_id=2, doc_id="b", source="Pacific Wire", published="2018-12-05", fatalities=16),
               dict(base, event_id=3, doc_id="c", source="Kabar Timur", published="2018-12-06", fatalities=19)]
    merged = summarise(reports)
    assert (merged["fatalities"], merged["fatalities_low"], merged["fatalities_best"], merged["fatalities_high"]) == (16, 16, 19, 31)
    assert {r["source"]: r["fatalities"] for r in merged["fatality_reports"]} == {
        "Warta Papua": 31, "Pacific Wire": 16, "Kabar Timur": 19}
    assert merged["source"] == "Warta Papua; Pacific Wire; Kabar Timur" and merged["reports"] == 3


@pytest.mark.parametrize("change, same, blocked", [
    ({}, True, ""),
    ({"location": "Nduga", "geonameid": "9", "geo_precision": 2}, True, ""),  # the regency holding the village
    ({"location": "Mbua", "geonameid": "8", "latitude": -4.0, "longitude": 138.8}, False, "place"),  # 49 km away
    ({"admin2": "Jayawijaya", "location": "Wamena", "geonameid": "7"}, False, "place"),
    ({"event_date": "2018-12-03"}, False, "date"),  # the next day, both dates written out
    ({"event_type": "Protests", "sub_event_type": "Peaceful protest"}, False, "type"),
    ({"event_type": "Battles", "sub_event_type": "Armed clash"}, True, ""),  # one attack, coded two ways
    ({"doc_id": "a"}, False, "document"),  # one article already told its events apart
])
def test_same_event_decisions(change, same, blocked):
    a = {"doc_id": "a", "event_type": "Violence against civilians", "sub_event_type": "Attack",
         "event_date": "2018-12-02", "time_precision": 1, "country": "Indonesia", "admin1": "Papua",
         "admin2": "Nduga", "location": "Yigi", "geonameid": "1", "geo_precision": 1, "latitude": -4.2,
         "longitude": 138.4, "actor1": "", "actor2": "",
         "evidence": {"fields": [{"field": "event_date", "rule": "absolute date; sentence: weekday (date)"}]}}
    b = {**a, "doc_id": "b", **change}
    decision = compare(a, b)
    assert (decision.same, decision.blocked_by) == (same, blocked)
    assert decision.reasons  # every decision says why


def test_one_day_apart_meets_only_when_a_date_was_read_from_a_relative_word():
    a = {"doc_id": "a", "event_type": "Riots", "sub_event_type": "Violent demonstration", "event_date": "2020-10-08",
         "time_precision": 1, "country": "Indonesia", "admin1": "Jakarta", "admin2": "Central Jakarta",
         "location": "Jakarta", "geonameid": "1", "geo_precision": 1, "latitude": -6.2, "longitude": 106.8,
         "evidence": {"fields": [{"field": "event_date", "rule": "absolute date; sentence: weekday (date)"}]}}
    written = dict(a, doc_id="b", event_date="2020-10-09")
    relative = dict(written, evidence={"fields": [{"field": "event_date", "rule": "relative date; sentence: relative day -1"}]})
    assert compare(a, written).blocked_by == "date"
    assert compare(a, relative).same


def test_named_armed_groups_that_differ_count_against_a_merge():
    a = {"doc_id": "a", "event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2021-04-25",
         "time_precision": 1, "country": "Indonesia", "admin1": "Papua", "admin2": "Puncak", "location": "Puncak",
         "geonameid": "1", "geo_precision": 2, "latitude": -3.9, "longitude": 137.5,
         "actor1": "TPNPB: West Papua National Liberation Army", "actor2": "Military Forces of Indonesia (2014-)"}
    b = dict(a, doc_id="b", sub_event_type="Attack", event_type="Violence against civilians",
             actor1="Lani Jaya Militia", actor2="Civilians (Indonesia)")
    decision = compare(a, b)
    assert not decision.same and any(r["check"] == "actors" and r["weight"] < 0 for r in decision.reasons)


def test_cli_events_show_merged_events_and_the_log_and_undo_work(docs, tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as store:
        for doc in docs.values():
            store.add(doc)
    runner = CliRunner()
    out = runner.invoke(cli, ["events", "--db", str(path), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    merged = [json.loads(line) for line in out.output.splitlines()]
    assert sorted(m["reports"] for m in merged) == [1, 3]
    mentions = runner.invoke(cli, ["events", "--db", str(path), "--format", "jsonl", "--mentions"])
    assert len(mentions.output.splitlines()) == 4
    csv_out = runner.invoke(cli, ["export", "--db", str(path)])
    assert "Kabar Medan; " in csv_out.output
    log = runner.invoke(cli, ["merge", "log", "--db", str(path), "--format", "jsonl"])
    joins = [json.loads(line) for line in log.output.splitlines() if json.loads(line)["action"] == "join"]
    assert len(joins) == 2
    undo = runner.invoke(cli, ["merge", "undo", str(joins[0]["id"]), "--db", str(path)])
    assert undo.exit_code == 0, undo.output
    again = runner.invoke(cli, ["merge", "undo", str(joins[0]["id"]), "--db", str(path)])
    assert again.exit_code != 0 and "not a join that can be undone" in again.output
    missing = runner.invoke(cli, ["merge", "undo", "999", "--db", str(path)])
    assert missing.exit_code != 0 and "no merge decision 999" in missing.output


def test_the_merge_corpus_scores_are_printed_by_a_command():
    from pathlib import Path

    folder = Path(__file__).parent / "data" / "merge"
    out = CliRunner().invoke(cli, ["evaluate", "merge", str(folder / "gold.jsonl"), str(folder / "articles.jsonl")])
    assert out.exit_code == 0, out.output
    assert "precision" in out.output and "recall" in out.output
    assert "23 articles" in " ".join(out.output.split())
