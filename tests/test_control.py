"""Who holds which place since when: control claims from territory events and control statements.

The reports are written for these tests; the facts are those of August 2021 in Afghanistan.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from warta.cli import cli
from warta.document import Document
from warta.store import Store
from warta.store.control import control_on

REPORTS = {
    "kabar-dunia": ("Kabar Dunia", "2021-08-09",
                    "Taliban merebut kota Kunduz, ibu kota Provinsi Kunduz, Minggu (8/8/2021), setelah bertempur "
                    "beberapa hari dengan pasukan pemerintah.\n\nSementara itu, kota Mazar-i-Sharif masih bebas dari "
                    "Taliban, kata seorang pejabat setempat, Senin (9/8/2021)."),
    "pacific-wire": ("Pacific Wire", "2021-08-09",
                     "Taliban fighters captured the northern city of Kunduz on Sunday, officials said, the third "
                     "provincial capital to fall in three days."),
    "island-herald": ("Island Herald", "2021-08-09",
                      "Afghan government forces retook the city of Kunduz on Sunday after heavy fighting, the defence "
                      "ministry said in a statement on Monday."),
}


@pytest.fixture(scope="module")
def store(pipeline) -> Store:
    store = Store(":memory:")
    for key in REPORTS:
        store.add(_report(pipeline, key))
    return store


def _report(pipeline, key: str) -> Document:
    source, published, text = REPORTS[key]
    return pipeline.process(Document(id=key, text=text, source=source, published=dt.date.fromisoformat(published)))


def test_a_takeover_makes_its_actor_the_holder_from_the_event_date(pipeline):
    doc = _report(pipeline, "kabar-dunia")
    kunduz = [c for c in doc.control if c.name == "Kunduz"]
    assert [(c.holder, c.status, c.since, c.kind) for c in kunduz] == [
        ("Taliban", "holds", dt.date(2021, 8, 8), "Non-state actor overtakes territory")]
    assert kunduz[0].cue.text == "merebut" and "Kunduz" in kunduz[0].sentence.text


def test_a_statement_that_a_place_is_free_of_a_group_is_a_claim_not_an_event(pipeline):
    doc = _report(pipeline, "kabar-dunia")
    free = [c for c in doc.control if c.status == "free of"]
    assert [(c.name, c.holder, c.since, c.kind) for c in free] == [
        ("Mazar-i-Sharif", "Taliban", dt.date(2021, 8, 9), "statement")]
    assert "seorang pejabat setempat" in free[0].claimant
    assert not any(e.location == "Mazar-i-Sharif" for e in doc.events)


def test_contradicting_reports_are_kept_side_by_side_with_their_claimants(store):
    rows = {r["place"]: r for r in store.control_on("2021-08-10")}
    kunduz = rows["Kunduz"]
    assert kunduz["contested"] is True
    assert set(kunduz["holder"].split(" | ")) == {"Taliban", "Military Forces of Afghanistan"}
    assert {c["claimant"] for c in kunduz["claims"]} == {"Kabar Dunia", "Pacific Wire", "Island Herald"}
    assert rows["Mazar-i-Sharif"]["holder"] == "not Taliban"


def test_nothing_is_held_before_the_first_claim(store):
    assert store.control_on("2021-08-07") == []


def test_the_history_of_one_place_lists_every_claim_oldest_first(store):
    history = store.control_history("kunduz")
    assert [c["since"] for c in history] == ["2021-08-08"] * 3
    assert {c["doc_id"] for c in history} == set(REPORTS)


def test_since_is_the_start_of_the_latest_unbroken_run_of_one_holder():
    claim = {"place": "Pul-e Hisar", "admin1": "Baghlan", "country": "Afghanistan", "status": "holds"}
    claims = [dict(claim, holder="Taliban", since="2021-08-13", claimant="A"),
              dict(claim, holder="Public Resistance Forces", since="2021-08-20", claimant="B"),
              dict(claim, holder="Public Resistance Forces", since="2021-08-21", claimant="C")]
    (row,) = control_on(claims, "2021-08-22")
    assert (row["holder"], row["since"], row["contested"]) == ("Public Resistance Forces", "2021-08-20", False)
    assert [c["claimant"] for c in row["claims"]] == ["B", "C"]
    (before,) = control_on(claims, "2021-08-15")
    assert (before["holder"], before["since"]) == ("Taliban", "2021-08-13")


def test_control_cli_by_date_and_by_place(store, tmp_path, pipeline):
    path = tmp_path / "c.db"
    with Store(path) as disk:
        for key in REPORTS:
            disk.add(_report(pipeline, key))
    runner = CliRunner()
    out = runner.invoke(cli, ["control", "--date", "2021-08-10", "--db", str(path), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    assert {json.loads(line)["place"] for line in out.output.splitlines()} == {"Kunduz", "Mazar-i-Sharif"}
    table = runner.invoke(cli, ["control", "--place", "Kunduz", "--db", str(path)])
    assert table.exit_code == 0 and "retook" in table.output
    neither = runner.invoke(cli, ["control", "--db", str(path)])
    assert neither.exit_code != 0 and "--date" in neither.output
    bad = runner.invoke(cli, ["control", "--date", "21-08-2021", "--db", str(path)])
    assert bad.exit_code != 0


def test_the_seed_control_timeline(shared_dir, tmp_path):
    path = tmp_path / "seed.db"
    runner = CliRunner()
    out = runner.invoke(cli, ["ingest", str(shared_dir / "eval" / "seed" / "seed-intisari.txt"), "--db", str(path)])
    assert out.exit_code == 0, out.output
    out = runner.invoke(cli, ["control", "--date", "2021-08-21", "--db", str(path), "--format", "jsonl"])
    rows = {r["place"]: r for r in map(json.loads, out.output.splitlines())}
    assert (rows["Kabul"]["holder"], rows["Kabul"]["since"]) == ("Taliban", "2021-08-15")
    for district in ("Pul-e Hisar", "Deh-e Salah", "Banu"):
        assert (rows[district]["holder"], rows[district]["since"]) == ("Pasukan Perlawanan Publik", "2021-08-20")
        assert "merebut" in rows[district]["claims"][0]["evidence"]["sentence"]["text"]
    assert rows["Panjshir"]["holder"] == "not Taliban"


@pytest.mark.parametrize("text", [
    "Taliban kini menguasai 20 dari 34 ibu kota provinsi di Afghanistan, Minggu (15/8/2021).",
    "The Taliban now control 20 of the 34 provincial capitals in Afghanistan, officials said on Sunday.",
])
def test_a_count_of_units_held_is_a_statement_not_a_takeover(extract, text):
    doc = extract(text, published="2021-08-16")
    assert doc.events == []
    (claim,) = doc.control
    assert (claim.holder, claim.extent, claim.since, claim.kind) == ("Taliban", "20/34", dt.date(2021, 8, 15), "statement")
    assert claim.place.country == "Afghanistan" and "34" in claim.cue.text
    rows = control_on([{"place": claim.name, "admin1": "", "country": "Afghanistan", "holder": claim.holder,
                        "status": claim.status, "since": str(claim.since), "extent": claim.extent}], "2021-08-20")
    assert rows[0]["holder"] == "Taliban (20/34)"
