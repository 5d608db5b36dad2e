"""Event records, JSONL and ACLED CSV writers, the rich table."""

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from rich.console import Console

from warta.document import CasualtyClaim, Document, EventMention, Evidence, Place, Span
from warta.export import ACLED_COLUMNS, FIELDS, event_record, read_jsonl, render_table, write_acled_csv, write_jsonl

SHARED = (Path(__file__).resolve().parents[1] / ".." / "shared").resolve()
TEXT = "JAYAPURA, KOMPAS.com - Dua warga tewas ditembak KKB di Distrik Beoga, Kabupaten Puncak, Senin (16/8/2021)."
BEOGA = Place("8533084", "Beoga", "Indonesia", "ID", 360, "Papua Tengah", "Puncak", -3.8167, 137.4167, level="admin3")


def make_event(**kw):
    sent = Span(0, len(TEXT), "sentence", TEXT)
    base = dict(
        doc_id="kompas-1", event_type="Violence against civilians", sub_event_type="Attack",
        event_date=dt.date(2021, 8, 16), actor1="TPNPB: West Papua National Liberation Army", inter1=2,
        actor2="Civilians (Indonesia)", inter2=7, place=BEOGA, location="Beoga", geo_precision=1,
        fatalities=2, confidence=0.81234, notes="Dua warga tewas ditembak.",
        casualty_claims=[CasualtyClaim("killed", 2, 2, "civilians", "Kapolres", Span(23, 39, "casualty", TEXT[23:39]))],
        sentence=sent, evidence=[Evidence("fatalities", [Span(23, 26, "number", "Dua")], "count_word")],
    )
    base.update(kw)
    return EventMention(**base)


def test_export_record_fields_and_values():
    doc = Document("kompas-1", TEXT, source="Kompas")
    rec = event_record(make_event(), doc)
    assert tuple(rec) == FIELDS
    assert rec["event_date"] == "2021-08-16" and rec["interaction"] == 27
    assert (rec["country"], rec["iso"], rec["admin1"], rec["admin2"]) == ("Indonesia", 360, "Papua Tengah", "Puncak")
    assert rec["geonameid"] == "8533084" and rec["source"] == "Kompas" and rec["confidence"] == 0.8123
    assert rec["casualty_claims"][0]["kind"] == "killed" and rec["casualty_claims"][0]["span"]["text"] == "Dua warga tewas "
    assert rec["evidence"]["sentence"] == {"start": 0, "end": len(TEXT), "text": TEXT}
    assert rec["evidence"]["fields"][0] == {"field": "fatalities", "rule": "count_word",
                                            "spans": [{"start": 23, "end": 26, "label": "number", "text": "Dua"}]}


def test_export_record_without_place_or_date():
    rec = event_record(make_event(place=None, event_date=None, location="", sentence=None, source="Antara"))
    assert rec["country"] == "" and rec["latitude"] is None and rec["geonameid"] is None and rec["iso"] is None
    assert rec["event_date"] == "" and rec["evidence"]["sentence"] is None and rec["source"] == "Antara"


def test_export_jsonl_round_trip():
    recs = [event_record(make_event()), event_record(make_event(doc_id="en-1", notes="Dua warga tewas — kata polisi."))]
    buf = io.StringIO()
    assert write_jsonl(recs, buf) == 2
    assert "tewas — kata" in buf.getvalue()  # UTF-8 kept as is, not \\u-escaped
    buf.seek(0)
    assert read_jsonl(buf) == recs


def test_export_acled_csv_header_and_row():
    buf = io.StringIO(newline="")
    recs = [event_record(make_event(), Document("kompas-1", TEXT, source="Kompas"))]
    assert write_acled_csv(recs, buf, timestamp=1700000000) == 1
    buf.seek(0)
    rows = list(csv.DictReader(buf))
    assert tuple(rows[0]) == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    row = rows[0]
    assert row["event_date"] == "20210816" and row["year"] == "2021"
    assert row["iso3"] == "IDN" and row["region"] == "Southeast Asia" and row["iso"] == "360"
    assert row["event_id_cnty"] == "IDN-warta-1" and row["data_id"] == "1"
    assert row["interaction"] == "27" and row["fatalities"] == "2" and row["source"] == "Kompas"
    assert row["admin3"] == "" and row["timestamp"] == "1700000000"


def test_export_acled_csv_uses_store_event_id_and_blank_country():
    rec = event_record(make_event(place=None))
    rec["event_id"] = 42
    buf = io.StringIO(newline="")
    write_acled_csv([rec], buf)
    buf.seek(0)
    row = next(csv.DictReader(buf))
    assert row["event_id_cnty"] == "XXX-warta-42" and row["region"] == "" and row["latitude"] == ""


@pytest.mark.skipif(not (SHARED / "data" / "acled").is_dir(), reason="shared data not available")
def test_export_acled_columns_match_acled_file():
    with open(SHARED / "data" / "acled" / "acled_indonesia_2016_2019.csv", encoding="utf-8-sig") as fh:
        header = next(csv.reader(fh))
    assert tuple(header) == ACLED_COLUMNS


def test_export_render_table():
    console = Console(record=True, width=160)
    recs = [event_record(make_event()), event_record(make_event(actor2="", event_type="Protests",
                                                                sub_event_type="Peaceful protest"))]
    assert render_table(recs, console) == 2
    out = console.export_text()
    assert "2021-08-16" in out and "Beoga" in out and "Peaceful protest" in out and "vs Civilians" in out
