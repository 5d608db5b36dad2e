"""The Indonesian development gold (tests/data/dev-id/gold.jsonl): a valid file in the gold format,
annotations only (the article texts stay in ../shared/data), and ``warta evaluate`` runs on it.

No score floor is asserted here: the file measures warta, it does not gate it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.errors import EvaluationError
from warta.evaluate import load_gold

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
GOLD = REPO / "tests" / "data" / "dev-id" / "gold.jsonl"
needs_shared = pytest.mark.skipif(not (SHARED / "data" / "news-id").is_dir(), reason="../shared is absent")

TAXONOMY = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
ALL_SUB_TYPES = set().union(*TAXONOMY.values())
REQUIRED_FIELDS = ("id", "required", "event_type", "sub_event_type", "event_date", "time_precision", "actor1", "actor2",
                   "country", "admin1", "geo_precision", "fatalities", "evidence")
INDONESIA_BOX = (-11.5, 6.5, 94.5, 141.5)  # lat min, lat max, lon min, lon max
MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def _lines() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]


def _day_of(article_id: str) -> dt.date:
    folder = article_id.split("/")[0]
    match = re.fullmatch(r"(\d\d)([A-Z][a-z]{2})(\d{4})", folder)
    assert match, f"article id folder {folder!r} is not DDMonYYYY"
    return dt.date(int(match[3]), MONTHS[match[2]], int(match[1]))


def test_dev_gold_documents_are_annotations_with_article_ids():
    docs = _lines()
    assert len(docs) >= 30
    assert len({d["doc_id"] for d in docs}) == len(docs)
    for d in docs:
        assert "text_file" not in d and "text" not in d, d["doc_id"]
        assert d["article"] == {"jsonl": "news-id/kompas-2025.jsonl", "id": d["doc_id"]}
        assert d["lang"] == "id"
        assert dt.date.fromisoformat(d["published"]) == _day_of(d["doc_id"])
        assert isinstance(d["events"], list)
    with_required = [d for d in docs if any(e["required"] for e in d["events"])]
    without_events = [d for d in docs if not d["events"]]
    assert len(with_required) >= 15 and len(without_events) >= 8


def test_dev_gold_events_follow_the_taxonomy_and_field_rules():
    for d in _lines():
        published = dt.date.fromisoformat(d["published"])
        ids = [e["id"] for e in d["events"]]
        assert len(set(ids)) == len(ids), d["doc_id"]
        for e in d["events"]:
            where = f"{d['doc_id']} {e.get('id')}"
            for key in REQUIRED_FIELDS:
                assert key in e, f"{where}: no {key}"
            assert e["sub_event_type"] in TAXONOMY[e["event_type"]], where
            assert set(e["accept_sub_event_types"]) <= ALL_SUB_TYPES, where
            assert e["sub_event_type"] not in e["accept_sub_event_types"], where
            date = dt.date.fromisoformat(e["event_date"])
            assert date <= published, f"{where}: event after publication"
            assert e["time_precision"] in (1, 2, 3) and e["geo_precision"] in (1, 2, 3), where
            assert isinstance(e["actor1"], list) and e["actor1"], where
            assert isinstance(e["actor2"], list), where
            assert isinstance(e["fatalities"], int) and e["fatalities"] >= 0, where
            # evidence is kept as character offsets into the article, never as copied article text
            assert isinstance(e["evidence"], dict) and set(e["evidence"]) >= {"start", "end"}, where
            if "latitude" in e:
                lat, lon = e["latitude"], e["longitude"]
                assert -90 <= lat <= 90 and -180 <= lon <= 180, where
                if e["country"] == "Indonesia":
                    lat_lo, lat_hi, lon_lo, lon_hi = INDONESIA_BOX
                    assert lat_lo <= lat <= lat_hi and lon_lo <= lon <= lon_hi, f"{where}: outside Indonesia"
            else:
                assert e["geo_precision"] == 3 and e["admin1"], f"{where}: no point needs geo_precision 3 and admin1"


def test_dev_gold_loads_without_shared_only_with_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.delenv("WARTA_SHARED_DATA", raising=False)
    monkeypatch.chdir(tmp_path)
    gold = tmp_path / "gold.jsonl"
    line = {"doc_id": "a", "lang": "id", "published": None, "article": {"jsonl": "news-id/x.jsonl", "id": "01Jan2025/a.md"}, "events": []}
    gold.write_text(json.dumps(line) + "\n", "utf-8")
    with pytest.raises(EvaluationError, match=r"gold\.jsonl:1: no shared data folder .*WARTA_SHARED_DATA"):
        load_gold(gold)


def test_dev_gold_unknown_article_names_line_and_corpus(tmp_path, monkeypatch):
    data = tmp_path / "data"
    (data / "news-id").mkdir(parents=True)
    (data / "news-id" / "x.jsonl").write_text(json.dumps({"id": "01Jan2025/b.md", "text": "Teks."}) + "\n", "utf-8")
    monkeypatch.setenv("WARTA_SHARED_DATA", str(data))
    gold = tmp_path / "gold.jsonl"
    good = {"doc_id": "b", "lang": "id", "published": "2025-01-01", "article": {"jsonl": "news-id/x.jsonl", "id": "01Jan2025/b.md"}, "events": []}
    bad = dict(good, doc_id="a", article={"jsonl": "news-id/x.jsonl", "id": "01Jan2025/a.md"})
    gold.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", "utf-8")
    with pytest.raises(EvaluationError, match=r"gold\.jsonl:2: article '01Jan2025/a\.md' not found in .*x\.jsonl"):
        load_gold(gold)
    gold.write_text(json.dumps(good) + "\n", "utf-8")
    assert load_gold(gold)[0].text == "Teks."


@needs_shared
def test_dev_gold_texts_resolve_from_the_repository_sibling(monkeypatch):
    monkeypatch.delenv("WARTA_SHARED_DATA", raising=False)
    docs = load_gold(GOLD)
    assert len(docs) == len(_lines())
    assert all(doc.text.startswith("# ") for doc in docs)


@needs_shared
def test_dev_gold_warta_evaluate_reports_scores(tmp_path, monkeypatch):
    """``warta evaluate`` on a few dev documents (the whole file takes ~15 s) prints P/R/F1."""
    from warta.cli import cli

    monkeypatch.setenv("WARTA_SHARED_DATA", str(SHARED / "data"))
    docs = _lines()
    some = [d for d in docs if any(e["required"] for e in d["events"])][:2] + [d for d in docs if not d["events"]][:1]
    subset = tmp_path / "gold.jsonl"
    subset.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in some), "utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(subset)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert re.search(r"precision [\d.]+%.*recall [\d.]+%.*F1 [\d.]+%", " ".join(result.output.split())), result.output


MORE_SETS = ("dev2.jsonl", "outlets-dev.jsonl", "outlets-blind.jsonl", "outlets-blind2.jsonl")


@pytest.mark.parametrize("name", MORE_SETS)
def test_more_indonesian_gold_sets_are_annotations_that_follow_the_taxonomy(name):
    """The later sets (README: 'More sets'): Kompas articles by article id, older detik/CNN/Liputan6 texts by their
    row in ../shared's CSV; never the text itself."""
    docs = [json.loads(line) for line in (GOLD.parent / name).read_text("utf-8").splitlines() if line.strip()]
    assert len(docs) == 60 if name == "dev2.jsonl" else len(docs) >= 20
    assert len({d["doc_id"] for d in docs}) == len(docs)
    for d in docs:
        assert "text_file" not in d and "text" not in d, d["doc_id"]
        pointer = d["article"]
        if name == "dev2.jsonl":
            assert pointer == {"jsonl": "news-id/kompas-2025.jsonl", "id": d["doc_id"]}
            assert dt.date.fromisoformat(d["published"]) == _day_of(d["doc_id"])
        else:
            assert pointer == {"csv": "news-id/berita_indonesia_282.csv", "row": int(d["doc_id"][1:]),
                               "column": "berita", "delimiter": ";"}
            assert d["published"] is None  # the texts carry no publication date: warta reads the dates in them
        for e in d["events"]:
            where = f"{name} {d['doc_id']} {e.get('id')}"
            assert all(key in e for key in REQUIRED_FIELDS), where
            assert e["sub_event_type"] in TAXONOMY[e["event_type"]], where
            assert set(e["accept_sub_event_types"]) <= ALL_SUB_TYPES, where
            assert set(e["evidence"]) >= {"start", "end"} and e["evidence"]["start"] < e["evidence"]["end"], where


def test_a_gold_line_may_point_at_a_row_of_a_shared_csv(tmp_path, monkeypatch):
    data = tmp_path / "data"
    (data / "news-id").mkdir(parents=True)
    (data / "news-id" / "x.csv").write_text('kategori;berita\nvalid;"Massa membakar ban di Jalan Sudirman."\n', "utf-8")
    monkeypatch.setenv("WARTA_SHARED_DATA", str(data))
    line = {"doc_id": "b001", "lang": "id", "published": None, "events": [],
            "article": {"csv": "news-id/x.csv", "row": 1, "column": "berita", "delimiter": ";"}}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(line) + "\n", "utf-8")
    assert load_gold(gold)[0].text == "Massa membakar ban di Jalan Sudirman."
    gold.write_text(json.dumps(dict(line, article=dict(line["article"], row=2))) + "\n", "utf-8")
    with pytest.raises(EvaluationError, match=r"gold\.jsonl:1: no row 2 with a column 'berita' in .*x\.csv' \(1 rows\)"):
        load_gold(gold)


@needs_shared
@pytest.mark.parametrize("name", MORE_SETS)
def test_more_indonesian_gold_sets_resolve_their_texts(name, monkeypatch):
    monkeypatch.delenv("WARTA_SHARED_DATA", raising=False)
    docs = load_gold(GOLD.parent / name)
    assert docs and all(doc.text.strip() for doc in docs)
    for doc in docs:  # the evidence offsets point into the text as read
        for event in doc.events:
            start, end = event.raw["evidence"]["start"], event.raw["evidence"]["end"]
            assert 0 <= start < end <= len(doc.text) and doc.text[start:end].strip(), (doc.doc_id, event.id)
