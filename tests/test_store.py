"""The SQLite store: idempotence, versions, filters, errors."""

import datetime as dt
import os
import sqlite3

import pytest

from warta.document import Document, EventMention, Place, Span
from warta.errors import StoreError
from warta.export import event_record
from warta.store import SCHEMA_VERSION, Store

KABUL = Place("1138958", "Kabul", "Afghanistan", "AF", 4, "Kabul", "Kabul", 34.52813, 69.17233)
WAMENA = Place("1621395", "Wamena", "Indonesia", "ID", 360, "Papua Pegunungan", "Jayawijaya", -4.0956, 138.9482)


def doc_with_events(doc_id, text, events):
    doc = Document(doc_id, text, title="Judul", source="Kompas", published=dt.date(2023, 2, 24), lang="id")
    for kw in events:
        doc.events.append(EventMention(doc_id=doc_id, sentence=Span(0, 10, "sentence", text[:10]), **kw))
    return doc


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "w.db") as s:
        yield s


def riot(date, place=WAMENA, **kw):
    return dict(event_type="Riots", sub_event_type="Mob violence", event_date=date, place=place,
                location=place.name, actor1="Rioters (Indonesia)", inter1=5, fatalities=1, **kw)


def test_store_same_document_twice_is_one_row(store):
    doc = doc_with_events("w1", "Bentrokan di Wamena menewaskan satu orang.", [riot(dt.date(2023, 2, 23))])
    assert store.add(doc) is True
    assert store.add(doc) is False
    assert store.count() == 1 and store.count("events") == 1


def test_store_changed_text_keeps_both_versions(store):
    store.add(doc_with_events("w1", "Bentrokan di Wamena menewaskan satu orang.", [riot(dt.date(2023, 2, 23))]))
    store.add(doc_with_events("w1", "Bentrokan di Wamena menewaskan dua orang.", [riot(dt.date(2023, 2, 23), notes="v2")]))
    docs = store.documents(doc_id="w1")
    assert [d["version"] for d in docs] == [1, 2] and "satu" in docs[0]["text"]
    assert [e["notes"] for e in store.events()] == ["v2"]
    assert len(store.events(latest_only=False)) == 2
    assert [d["version"] for d in store.documents(latest_only=True)] == [2]


def test_store_events_round_trip_record(store):
    doc = doc_with_events("w1", "Bentrokan di Wamena menewaskan satu orang.", [riot(dt.date(2023, 2, 23))])
    store.add(doc)
    (got,) = store.events()
    want = event_record(doc.events[0], doc)
    assert got.pop("event_id") >= 1
    assert got.pop("merged_event") >= 1
    assert got == want


def test_store_filters(store):
    store.add(doc_with_events("a", "Teks pertama tentang Wamena.", [riot(dt.date(2023, 2, 23)), riot(dt.date(2023, 3, 1))]))
    store.add(doc_with_events("b", "Second text about Kabul.", [
        dict(event_type="Battles", sub_event_type="Armed clash", event_date=dt.date(2021, 8, 15), place=KABUL),
        dict(event_type="Battles", sub_event_type="Armed clash", event_date=None, place=None),
    ]))
    assert len(store.events()) == 4
    assert [e["event_date"] for e in store.events(date_from=dt.date(2023, 1, 1))] == ["2023-02-23", "2023-03-01"]
    assert [e["event_date"] for e in store.events(date_to="2023-02-28")] == ["2021-08-15", "2023-02-23"]
    assert {e["doc_id"] for e in store.events(country="afghanistan")} == {"b"}
    assert len(store.events(admin1="Papua Pegunungan")) == 2
    assert len(store.events(event_type="Battles")) == 2
    assert len(store.events(limit=1)) == 1
    assert store.events(country="Indonesia", event_type="Battles") == []


def test_store_documents_keep_metadata(store):
    doc = doc_with_events("w1", "Bentrokan di Wamena.", [])
    doc.skipped = "no event found"
    doc.warnings.append("a warning")
    store.add(doc)
    (row,) = store.documents()
    assert row["published"] == "2023-02-24" and row["skipped"] == "no event found" and row["warnings"] == ["a warning"]
    assert row["content_hash"] == doc.content_hash and row["mentions"] == {"places": [], "dates": [], "actors": []}


def test_store_reopen_keeps_data(tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as s:
        s.add(Document("x", "Teks."))
    with Store(path) as s:
        assert s.count() == 1
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_store_corrupt_file_is_store_error(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not an sqlite database at all" * 100)
    with pytest.raises(StoreError, match="bad.db.*not an SQLite database"):
        Store(path)


def test_store_foreign_database_is_store_error(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a warta store"):
        Store(path)


def test_store_missing_folder_is_store_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nope" / "w.db")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file permissions")
def test_store_read_only_is_store_error(tmp_path):
    path = tmp_path / "w.db"
    Store(path).close()
    path.chmod(0o444)
    with Store(path) as s, pytest.raises(StoreError, match="w.db"):
        s.add(Document("x", "Teks."))


def test_store_path_is_a_folder_is_store_error(tmp_path):
    with pytest.raises(StoreError, match="cannot open"):
        Store(tmp_path)


def test_store_count_rejects_unknown_table(store):
    with pytest.raises(ValueError):
        store.count("sqlite_master")
