"""Pipeline: batch counting, skipped documents, stage failures and the one-shot helper."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.document import Document
from warta.errors import StageError
from warta.pipeline import Pipeline, RunSummary, process
from warta.stages.events import EventExtractor

CLASH_ID = ("Seorang prajurit TNI gugur dalam kontak tembak dengan KKB di Distrik Kiwirok, Kabupaten Pegunungan "
            "Bintang, Papua, Senin (27/9/2021).")
PROTEST_EN = ("Thousands of students rallied peacefully in Yogyakarta on Monday, September 23, 2019, against "
              "changes to the criminal code, organisers said.")
FRENCH = ("Des milliers de manifestants se sont rassemblés à Paris samedi pour protester contre la réforme des "
          "retraites, selon la préfecture de police.")


def test_run_counts_processed_skipped_and_events(pipeline):
    docs = [Document("id-1", CLASH_ID), Document("fr-1", FRENCH), Document("en-1", PROTEST_EN), Document("empty", "")]
    summary = RunSummary()
    out = list(pipeline.run(docs, summary))
    assert [d.id for d in out] == ["id-1", "fr-1", "en-1", "empty"]
    assert summary.processed == 2
    assert set(summary.skipped) == {"fr-1", "empty"}
    assert summary.failed == {}
    assert summary.events == sum(len(d.events) for d in out) == 2
    assert summary.total == 4


def test_unsupported_language_is_skipped_with_reason_and_left_intact(pipeline):
    doc = pipeline.process(Document("fr-1", FRENCH))
    assert doc.skipped and "unsupported language" in doc.skipped and "French" in doc.skipped
    assert doc.text == FRENCH
    assert doc.events == [] and doc.places == []


@pytest.mark.parametrize("text", ["", "   \n\t  "], ids=["empty", "blank"])
def test_empty_text_is_skipped_not_raised(pipeline, text):
    doc = pipeline.process(Document("e", text))
    assert doc.skipped
    assert doc.events == []


@pytest.fixture
def broken_events(monkeypatch):
    """The events stage raises on the document with id 'bad'."""
    original = EventExtractor.__call__

    def call(self, doc):
        if doc.id == "bad":
            raise RuntimeError("boom in events")
        return original(self, doc)

    monkeypatch.setattr(EventExtractor, "__call__", call)


def test_stage_exception_is_recorded_on_the_document(pipeline, broken_events):
    summary = RunSummary()
    out = list(pipeline.run([Document("bad", CLASH_ID), Document("good", CLASH_ID)], summary))
    bad, good = out
    assert bad.skipped == "stage events failed: RuntimeError: boom in events"
    assert summary.failed == {"bad": bad.skipped}
    assert "bad" not in summary.skipped
    assert good.skipped is None and len(good.events) == 1
    assert summary.processed == 1


def test_stage_exception_raises_with_raise_errors(broken_events):
    strict = Pipeline(raise_errors=True)
    with pytest.raises(StageError) as info:
        strict.process(Document("bad", CLASH_ID))
    assert info.value.doc_id == "bad" and info.value.stage == "events"
    assert "boom in events" in str(info.value)
    assert isinstance(info.value.__cause__, RuntimeError)


def test_process_one_shot():
    doc = process(CLASH_ID)
    assert doc.id == "text" and doc.lang == "id"
    assert [(e.sub_event_type, e.event_date) for e in doc.events] == [("Armed clash", dt.date(2021, 9, 27))]


def test_process_one_shot_with_published_anchor():
    doc = process("Ribuan buruh berunjuk rasa di depan Gedung Sate, Kota Bandung, Jawa Barat, kemarin.",
                  doc_id="bandung", published=dt.date(2020, 10, 9))
    assert doc.id == "bandung"
    assert [e.event_date for e in doc.events] == [dt.date(2020, 10, 8)]
    assert doc.events[0].place.admin1 == "West Java"
