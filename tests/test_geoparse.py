"""The geoparser on its own: ``warta.geoparse`` and ``warta geoparse`` (found names and given spans)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from warta.cli import cli
from warta.document import Document
from warta.errors import InputError
from warta.geoparse import FIELDS, geoparse, read_spans, spans_for

ID_TEXT = ("WAMENA, KOMPAS.com - Dua warga terluka dalam penyerangan di Distrik Beoga, Kabupaten Puncak, "
           "Papua Tengah, Selasa (12/3/2024). Aparat gabungan masih berjaga di sekitar lokasi.")
EN_TEXT = ("Taliban fighters attacked a police checkpoint in Banu, Andarab district of Baghlan province, "
           "on Monday. Two policemen were killed.")


def _at(records, text):
    return next(r for r in records if r["text"] == text)


def test_geoparse_indonesian_places_with_spans_and_admins():
    records = geoparse(ID_TEXT, lang="id")
    assert all(set(FIELDS) == set(r) for r in records)
    beoga = _at(records, "Beoga")
    assert ID_TEXT[beoga["start"]:beoga["end"]] == "Beoga"
    assert (beoga["admin1"], beoga["admin2"], beoga["country_code"], beoga["geo_precision"]) == ("Papua", "Puncak", "ID", 1)
    puncak = _at(records, "Puncak")
    assert (puncak["level"], puncak["admin2"]) == ("admin2", "Puncak")
    assert _at(records, "WAMENA")["rule"] == "dateline"


def test_geoparse_english_afghan_hierarchy():
    records = geoparse(EN_TEXT, lang="en")
    banu = _at(records, "Banu")
    assert (banu["country_code"], banu["admin1"], banu["admin2"]) == ("AF", "Baghlan", "Andarab")
    assert abs(banu["latitude"] - 35.63) < 0.2 and banu["geonameid"]
    assert "Taliban" not in {r["text"] for r in records}


def test_geoparse_region_named_alone_reports_the_region_and_its_seat():
    records = geoparse("Ribuan warga berunjuk rasa di Papua pada Senin (2/9/2019).", lang="id")
    papua = _at(records, "Papua")
    assert papua["level"] == "admin1" and papua["geo_precision"] == 3 and papua["coded_to"]


def test_geoparse_given_spans_resolve_with_context():
    start = EN_TEXT.index("Banu")
    (banu,) = geoparse(EN_TEXT, lang="en", spans=[(start, start + 4)])
    assert (banu["admin1"], banu["admin2"]) == ("Baghlan", "Andarab")
    assert banu["rule"].startswith("given:")


def test_geoparse_given_span_the_recogniser_skips():
    text = "pasukan tambahan tiba di wamena dan timika pada Senin pagi."
    assert not [r for r in geoparse(text, lang="id") if r["text"] == "wamena"]
    spans = [(text.index("wamena"), text.index("wamena") + 6), (text.index("timika"), text.index("timika") + 6)]
    wamena, timika = geoparse(text, lang="id", spans=spans)
    assert (wamena["country_code"], wamena["admin1"], wamena["admin2"]) == ("ID", "Papua", "Jayawijaya")
    assert timika["admin2"] == "Mimika"


def test_geoparse_given_span_with_unit_word_and_unknown_name():
    text = "Warga Kabupaten Nduga mengungsi ke Qwertyzzz sejak pekan lalu."
    kab = (text.index("Kabupaten"), text.index(" mengungsi"))
    unknown = (text.index("Qwertyzzz"), text.index("Qwertyzzz") + 9)
    nduga, missing = geoparse(text, lang="id", spans=[kab, unknown])
    assert (nduga["text"], nduga["admin2"], nduga["level"]) == ("Kabupaten Nduga", "Nduga", "admin2")
    assert missing["geonameid"] is None and missing["rule"] == "given:unknown"


def test_geoparse_given_span_outside_the_text():
    with pytest.raises(InputError, match="outside the document"):
        geoparse("Di Kabul.", lang="en", spans=[(3, 50)])


def test_geoparse_read_spans_both_layouts(tmp_path):
    path = tmp_path / "spans.jsonl"
    path.write_text('{"doc_id": "a", "start": 3, "end": 8, "text": "Kabul"}\n\n'
                    '{"file": "b.txt", "spans": [{"start": 0, "end": 4}, {"start": 10, "end": 15}]}\n', "utf-8")
    assert read_spans(path) == {"a": [(3, 8, "Kabul")], "b.txt": [(0, 4, None), (10, 15, None)]}


@pytest.mark.parametrize("line, message", [
    ("not json", "line 1: not valid JSON"), ('{"start": 1, "end": 2}', "needs 'doc_id'"),
    ('{"doc_id": "a", "start": 5, "end": 2}', "integer 'start' < 'end'"), ("[1]", "not a JSON object"),
])
def test_geoparse_read_spans_errors(tmp_path, line, message):
    path = tmp_path / "spans.jsonl"
    path.write_text(line + "\n", "utf-8")
    with pytest.raises(InputError, match=message):
        read_spans(path)


def test_geoparse_spans_for_matches_documents_and_shifted_offsets():
    doc = Document("kabul-1", "Serangan di Kabul menewaskan dua orang.", path="in/kabul-1.txt")
    key, spans = spans_for(doc, {"kabul-1.txt": [(13, 18, "Kabul")]})  # off by one: the text is found nearby
    assert key == "kabul-1.txt" and spans == [(12, 17)]
    with pytest.raises(InputError, match="'Herat' not found"):
        spans_for(doc, {"kabul-1": [(12, 17, "Herat")]})
    assert spans_for(doc, {"other": [(0, 1, None)]}) == (None, [])


def test_geoparse_cli_jsonl_with_spans(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": EN_TEXT}) + "\n"
                    + json.dumps({"id": "d2", "text": ID_TEXT}) + "\n", "utf-8")
    spans = tmp_path / "spans.jsonl"
    start = EN_TEXT.index("Baghlan")
    spans.write_text(json.dumps({"doc_id": "d1", "spans": [{"start": start, "end": start + 7, "text": "Baghlan"}]}) + "\n"
                     + json.dumps({"doc_id": "nowhere", "start": 0, "end": 3}) + "\n", "utf-8")
    result = CliRunner().invoke(cli, ["geoparse", str(docs), "--spans", str(spans), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert len(lines) == 1 and lines[0]["doc_id"] == "d1" and lines[0]["admin1"] == "Baghlan"
    assert "nowhere" in result.stderr


def test_geoparse_cli_table(tmp_path):
    path = tmp_path / "beoga.txt"
    path.write_text(ID_TEXT, "utf-8")
    result = CliRunner().invoke(cli, ["geoparse", str(path)])
    assert result.exit_code == 0 and "Beoga" in result.stdout and "Puncak" in result.stdout
