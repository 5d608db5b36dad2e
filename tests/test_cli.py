"""The ``warta`` command, through click's CliRunner (plus one real run of the console script)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from warta.cli import cli
from warta.export.records import FIELDS

EXAMPLES = Path(str(resources.files("warta").joinpath("examples")))
EXAMPLE_FILES = sorted(str(p) for p in EXAMPLES.glob("*.txt"))

#: ACLED's export columns, in ACLED's order
ACLED_HEADER = [
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
]

CLASH_ID = ("Prajurit TNI Gugur di Kiwirok\n\n"
            "Seorang prajurit TNI gugur dalam kontak tembak dengan KKB di Distrik Kiwirok, Kabupaten Pegunungan "
            "Bintang, Papua, Senin (27/9/2021). Pasukan masih bersiaga di sekitar lokasi.\n")
OLD_CLASH_ID = ("Baku Tembak di Puncak Jaya\n\n"
                "Seorang anggota KKB tewas dalam baku tembak dengan aparat TNI di Distrik Mulia, Kabupaten Puncak "
                "Jaya, Papua, Rabu (11/5/2016), kata juru bicara Kodam.\n")
PROTEST_EN = ("Students rally in Yogyakarta\n\n"
              "Thousands of students rallied peacefully in Yogyakarta on Monday, September 23, 2019, against changes "
              "to the criminal code, organisers said.\n")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(cli, list(args), input=input, obj={}, catch_exceptions=False)


def flat(text: str) -> str:
    """``text`` with rich's line wrapping undone (runs of whitespace -> one space)."""
    return " ".join(text.split())


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


# --- extract -------------------------------------------------------------------------------

def test_extract_examples_jsonl_fields(runner):
    result = invoke(runner, "extract", *EXAMPLE_FILES, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert records, result.stderr
    for rec in records:
        assert tuple(rec) == FIELDS
        assert rec["country"] == "Indonesia" and rec["iso"] == 360
        assert rec["evidence"]["sentence"]["text"]
        assert any(f["field"] == "sub_event_type" for f in rec["evidence"]["fields"])
    by_doc = {r["doc_id"]: r for r in records}
    assert by_doc["beoga-id"]["admin2"] == "Puncak" and by_doc["beoga-id"]["event_date"] == "2021-04-08"
    assert by_doc["jakarta-protest-en"]["event_type"] == "Protests"
    assert "document(s) processed" in result.stderr


def test_extract_examples_acled_csv_header(runner):
    result = invoke(runner, "extract", str(EXAMPLES), "--format", "acled-csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ACLED_HEADER and len(rows[0]) == 31
    assert len(rows) >= 3
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert all(r["iso3"] == "IDN" and r["country"] == "Indonesia" for r in body)
    assert {r["event_date"][:4] for r in body} == {"2019", "2021"}


def test_extract_examples_table(runner):
    result = invoke(runner, "extract", *EXAMPLE_FILES)
    assert result.exit_code == 0, result.stderr
    assert "Beoga" in result.stdout and "Protest" in result.stdout


@pytest.mark.parametrize("value", ["27/9/2021", "2021-13-01", "kemarin"])
def test_extract_published_must_be_iso_date(runner, value):
    result = runner.invoke(cli, ["extract", EXAMPLE_FILES[0], "--published", value], obj={})
    assert result.exit_code == 2
    assert f"{value!r} is not a date in the form YYYY-MM-DD" in result.stderr
    assert "--published" in result.stderr


def test_extract_folder_with_bad_files_reports_each_and_goes_on(runner, tmp_path):
    (tmp_path / "good.txt").write_text(CLASH_ID, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "latin1.txt").write_bytes("Demonstran berkumpul di depan kantor bupati, kata Jos\xe9.".encode("latin-1"))
    result = invoke(runner, "extract", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert {r["doc_id"] for r in jsonl(result.stdout)} == {"good"}
    stderr = flat(result.stderr)
    for name in ("empty.txt", "binary.txt", "latin1.txt"):
        assert name in stderr
    assert "empty" in stderr and "binary" in stderr and "UTF-8" in stderr
    assert "3 could not be read" in stderr


def test_extract_only_bad_files_fails(runner, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = invoke(runner, "extract", str(tmp_path))
    assert result.exit_code != 0
    assert "empty.txt" in flat(result.stderr) and "binary.txt" in flat(result.stderr)


def test_extract_missing_file_fails_naming_it(runner, tmp_path):
    result = invoke(runner, "extract", str(tmp_path / "nope.txt"))
    assert result.exit_code != 0
    assert "nope.txt" in flat(result.stderr)


def test_extract_from_stdin(runner):
    result = invoke(runner, "extract", "-", "--format", "jsonl", input=CLASH_ID)
    assert result.exit_code == 0, result.stderr
    (rec,) = jsonl(result.stdout)
    assert rec["doc_id"] == "stdin"
    assert (rec["sub_event_type"], rec["event_date"], rec["admin1"], rec["fatalities"]) == ("Armed clash", "2021-09-27", "Papua", 1)


def test_extract_stdin_relative_date_uses_published(runner):
    text = "Ribuan buruh berunjuk rasa di depan Gedung Sate, Kota Bandung, Jawa Barat, kemarin."
    result = invoke(runner, "extract", "-", "--format", "jsonl", "--published", "2020-10-09", input=text)
    assert result.exit_code == 0, result.stderr
    assert [r["event_date"] for r in jsonl(result.stdout)] == ["2020-10-08"]


# --- ingest, events, export ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A store holding three articles: a 2021 clash, a 2016 clash and a 2019 protest."""
    folder = tmp_path_factory.mktemp("news")
    (folder / "kiwirok.txt").write_text(CLASH_ID, encoding="utf-8")
    (folder / "mulia.txt").write_text(OLD_CLASH_ID, encoding="utf-8")
    (folder / "yogya.txt").write_text(PROTEST_EN, encoding="utf-8")
    db = folder / "conflict.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db)], obj={}, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert "3 document(s) added" in flat(result.stderr)
    return db


def test_ingest_same_file_twice_adds_nothing(runner, tmp_path):
    from warta.store import Store

    article = tmp_path / "kiwirok.txt"
    article.write_text(CLASH_ID, encoding="utf-8")
    db = tmp_path / "w.db"
    first = invoke(runner, "ingest", str(article), "--db", str(db))
    assert first.exit_code == 0, first.stderr
    assert "1 document(s) added, 0 already stored" in flat(first.stderr)
    second = invoke(runner, "ingest", str(article), "--db", str(db))
    assert second.exit_code == 0, second.stderr
    assert "0 document(s) added, 1 already stored" in flat(second.stderr)
    with Store(db) as s:
        assert s.count("documents") == 1
        assert len(s.events()) == 1


def test_events_filters_by_type_and_date(runner, store):
    result = invoke(runner, "events", "--db", str(store), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert sorted(r["event_type"] for r in jsonl(result.stdout)) == ["Battles", "Battles", "Protests"]

    result = invoke(runner, "events", "--db", str(store), "--type", "Battles", "--from", "2020-01-01", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    (rec,) = jsonl(result.stdout)
    assert (rec["doc_id"], rec["event_date"], rec["location"]) == ("kiwirok", "2021-09-27", "Kiwirok")

    result = invoke(runner, "events", "--db", str(store), "--admin1", "Papua", "--to", "2016-12-31", "--format", "jsonl")
    assert [r["doc_id"] for r in jsonl(result.stdout)] == ["mulia"]


def test_events_table_output(runner, store):
    result = invoke(runner, "events", "--db", str(store), "--type", "Protests")
    assert result.exit_code == 0, result.stderr
    assert "Yogyakarta" in result.stdout and "Kiwirok" not in result.stdout


def test_export_acled_csv_to_file(runner, store, tmp_path):
    out = tmp_path / "events.csv"
    result = invoke(runner, "export", "--db", str(store), "--format", "acled-csv", "-o", str(out), "--type", "Battles")
    assert result.exit_code == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ACLED_HEADER
    assert sorted(r["event_date"] for r in rows) == ["20160511", "20210927"]
    assert {r["admin1"] for r in rows} == {"Papua"}
    assert {r["sub_event_type"] for r in rows} == {"Armed clash"}


@pytest.mark.parametrize("command", ["events", "export"])
def test_missing_db_is_a_clear_error(runner, tmp_path, command):
    missing = tmp_path / "none.db"
    result = invoke(runner, command, "--db", str(missing))
    assert result.exit_code == 1
    assert f"no store at {missing}" in flat(result.stderr) and "warta ingest" in flat(result.stderr)
    assert "Traceback" not in result.output
    assert not missing.exists()


# --- evaluate --------------------------------------------------------------------------------

def test_evaluate_tiny_gold_file(runner, tmp_path):
    (tmp_path / "kiwirok.txt").write_text(CLASH_ID, encoding="utf-8")
    (tmp_path / "yogya.txt").write_text(PROTEST_EN, encoding="utf-8")
    clash = {"id": "E1", "required": True, "event_type": "Battles", "sub_event_type": "Armed clash",
             "event_date": "2021-09-27", "time_precision": 1, "actor1": ["Military Forces of Indonesia (2014-)"],
             "actor2": ["TPNPB: West Papua National Liberation Army"], "country": "Indonesia", "admin1": "Papua",
             "admin2": "Pegunungan Bintang", "location": "Kiwirok", "geo_precision": 3, "fatalities": 1,
             "evidence": "Seorang prajurit TNI gugur dalam kontak tembak dengan KKB di Distrik Kiwirok"}
    missed = {"id": "E1", "required": True, "event_type": "Riots", "sub_event_type": "Mob violence",
              "event_date": "2019-09-23", "country": "Indonesia", "admin1": "Papua", "geo_precision": 3,
              "actor1": ["Rioters (Indonesia)"], "fatalities": 0}
    lines = [
        {"doc_id": "kiwirok", "lang": "id", "published": None, "text_file": "kiwirok.txt", "events": [clash]},
        {"doc_id": "yogya", "lang": "en", "published": "2019-09-24", "text_file": "yogya.txt", "events": [missed]},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = invoke(runner, "evaluate", str(gold))
    assert result.exit_code == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "precision" in out and "recall" in out
    assert "(1/2)" in out  # one of two system events matched; one of two required gold events found
    assert "kiwirok: 1/1 required found" in out
    assert "yogya: 0/1 required found" in out


def test_evaluate_bad_gold_file_names_the_line(runner, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "a", "text_file": "a.txt"}\n', encoding="utf-8")
    result = invoke(runner, "evaluate", str(gold))
    assert result.exit_code == 1
    assert "gold.jsonl" in result.stderr and "events" in result.stderr


def test_evaluate_without_arguments_is_a_usage_error(runner):
    result = invoke(runner, "evaluate")
    assert result.exit_code == 2
    assert "Usage:" in result.stderr and "GOLD.jsonl" in result.stderr


def test_evaluate_seed_gold_when_shared_is_present(runner, shared_dir):
    gold = shared_dir / "eval" / "seed" / "gold.jsonl"
    if not gold.is_file():
        pytest.skip(f"no seed gold file at {gold}")
    result = invoke(runner, "evaluate", str(gold), "--examples", "0")
    assert result.exit_code == 0, result.stderr
    assert "precision" in result.stdout and "recall" in result.stdout


# --- help ------------------------------------------------------------------------------------------

def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


ALL_COMMANDS = [path for path, _ in _commands(cli)]
LEAF_COMMANDS = [path for path, cmd in _commands(cli) if not isinstance(cmd, click.Group)]


@pytest.mark.parametrize("path", [(), *ALL_COMMANDS], ids=lambda p: " ".join(p) or "warta")
def test_help_works(runner, path):
    result = invoke(runner, *path, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage:")


@pytest.mark.parametrize("path", LEAF_COMMANDS, ids=" ".join)
def test_help_mentions_an_example(runner, path):
    result = invoke(runner, *path, "--help")
    assert "Example" in result.stdout
    assert f"warta {' '.join(path)}" in result.stdout


@pytest.mark.parametrize("path", [(), ("gazetteer",)], ids=["warta", "gazetteer"])
def test_group_help_mentions_an_example(runner, path):
    assert "Example" in invoke(runner, *path, "--help").stdout


def test_version(runner):
    result = invoke(runner, "--version")
    assert result.exit_code == 0 and "version" in result.stdout


# --- the installed console script -------------------------------------------------------------------

def test_console_script_runs(tmp_path):
    script = Path(sys.executable).parent / "warta"
    if not script.exists():
        found = shutil.which("warta")
        if found is None:
            pytest.skip("the warta console script is not installed")
        script = Path(found)
    proc = subprocess.run([str(script), "extract", "-", "--format", "jsonl"], input=CLASH_ID, capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    (rec,) = jsonl(proc.stdout)
    assert rec["event_type"] == "Battles" and rec["admin2"] == "Pegunungan Bintang"
    assert "1 document(s) processed, 1 event(s)" in flat(proc.stderr)
