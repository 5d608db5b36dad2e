"""The article sets written for warta from real events: English news reports (tests/data/dev-en) and Indonesian ones
(tests/data/dev-id-written) from ACLED rows, and world news in both languages (tests/data/world-written), with their
gold in the format of GOLD_FORMAT.md. Like the sets of real Indonesian articles they measure warta and do not gate it:
no score floor is asserted, only that the files are valid gold whose evidence points into their texts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from warta.evaluate import load_gold

from test_dev_gold import ALL_SUB_TYPES, REQUIRED_FIELDS, TAXONOMY

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("folder, name, lang", [
    ("dev-en", "dev", "en"), ("dev-en", "blind", "en"),
    ("dev-id-written", "dev", "id"), ("dev-id-written", "blind", "id"), ("dev-id-written", "blind2", "id"),
    ("world-written", "en-dev", "en"), ("world-written", "en-blind", "en"),
    ("world-written", "id-dev", "id"), ("world-written", "id-blind", "id"),
])
def test_written_article_sets_are_valid_gold(folder, name, lang):
    gold = DATA / folder / name / "gold.jsonl"
    lines = [json.loads(x) for x in gold.read_text("utf-8").splitlines() if x.strip()]
    assert len(lines) == 20 and len({d["doc_id"] for d in lines}) == 20
    docs = load_gold(gold)
    for raw, doc in zip(lines, docs):
        assert raw["lang"] == lang and doc.text.startswith("# ")
        published = dt.date.fromisoformat(raw["published"])
        for e in raw["events"]:
            where = f"{name} {raw['doc_id']} {e['id']}"
            assert all(key in e for key in REQUIRED_FIELDS), where
            assert e["sub_event_type"] in TAXONOMY[e["event_type"]], where
            assert set(e.get("accept_sub_event_types", [])) <= ALL_SUB_TYPES, where
            start, end = e["evidence"]["start"], e["evidence"]["end"]
            assert 0 <= start < end <= len(doc.text) and doc.text[start:end].strip(), where
            if e["required"]:
                assert dt.date.fromisoformat(e["event_date"]) <= published, where

