"""Ingest: txt, html, jsonl, folders, stdin, and every kind of bad input."""

import datetime as dt
import io
import json
import sys

import pytest

from warta.document import Document
from warta.settings import Settings
from warta.stages.ingest import InputFailure, guess_source, guess_title, read_sources

S = Settings()
ID_TEXT = (
    "Polisi Tangkap Dua Terduga Pelaku Penembakan di Puncak\n"
    "JAYAPURA, KOMPAS.com - Aparat gabungan menangkap dua terduga pelaku penembakan di Distrik Beoga, "
    "Kabupaten Puncak, Papua Tengah, pada Senin (16/8/2021).\n"
    "Kapolres Puncak mengatakan keduanya kini diperiksa di Mapolres.\n"
)
EN_TEXT = (
    "Police arrest two suspects after market attack\n"
    "JAKARTA (Reuters) - Indonesian police arrested two men on Monday over an attack on a market in "
    "Poso, Central Sulawesi, a spokesman said.\n"
)


def run(paths, settings=S, **kw):
    items = list(read_sources([str(p) for p in paths], settings=settings, **kw))
    docs = [i for i in items if isinstance(i, Document)]
    fails = [i for i in items if isinstance(i, InputFailure)]
    return docs, fails


@pytest.mark.parametrize("text,title,source", [(ID_TEXT, "Polisi Tangkap Dua Terduga Pelaku Penembakan di Puncak", "Kompas"),
                                               (EN_TEXT, "Police arrest two suspects after market attack", "Reuters")])
def test_ingest_txt_title_and_source(tmp_path, text, title, source):
    path = tmp_path / "berita-1.txt"
    path.write_text(text, encoding="utf-8")
    (doc,), fails = run([path])
    assert not fails
    assert doc.id == "berita-1"
    assert doc.title == title
    assert doc.source == source
    assert doc.text == text.strip()


def test_ingest_txt_crlf_and_bom_normalised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ID_TEXT.replace("\n", "\r\n").encode("utf-8"))
    (doc,), _ = run([path])
    assert "\r" not in doc.text and not doc.text.startswith("\ufeff")


def test_ingest_utf16_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(EN_TEXT.encode("utf-16"))
    (doc,), fails = run([path])
    assert not fails and doc.text.startswith("Police")


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t \n", "only whitespace"),
    ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.txt", "Kepala desa Ujung Pandang: café dibakar massa.".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 30)"),
    ("doc.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
])
def test_ingest_bad_files_give_one_line_reasons(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    docs, (fail,) = run([path])
    assert not docs
    assert fail.path == str(path)
    assert reason in fail.reason
    assert "\n" not in str(fail)


def test_ingest_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ID_TEXT, encoding="utf-8")
    docs, (fail,) = run([path], settings=S.replace(max_bytes=50))
    assert not docs and "too large" in fail.reason and "max_bytes" in fail.reason


def test_ingest_missing_path(tmp_path):
    docs, (fail,) = run([tmp_path / "nope.txt"])
    assert not docs and "no such file" in fail.reason


def test_ingest_folder_mixes_good_and_bad(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(ID_TEXT, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes("r\xe9sum\xe9".encode("latin-1"))
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "e.jsonl").write_text(json.dumps({"id": "j1", "text": EN_TEXT}) + "\n{bad json\n", encoding="utf-8")
    docs, fails = run([tmp_path])
    assert [d.id for d in docs] == ["b", "j1", "a"]  # sorted paths: b.txt, e.jsonl, sub/a.txt
    assert sorted(f.path.rsplit("/", 1)[-1] for f in fails) == ["c.txt", "d.txt", "e.jsonl:2"]


def test_ingest_empty_folder(tmp_path):
    docs, (fail,) = run([tmp_path])
    assert "no .txt" in fail.reason


def test_ingest_jsonl_fields_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": ID_TEXT, "url": "https://x.id/a1", "published": "2021-08-16", "source": "Antara"}),
        "",
        json.dumps({"id": "a2", "text": EN_TEXT, "published": "2021-08-17T09:30:00Z", "lang": "en"}),
        json.dumps({"id": "a3", "text": EN_TEXT, "published": "16 Aug 2021"}),
        "not json",
        json.dumps({"id": "a4", "text": "  "}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Tanpa id, tetapi ada teks berita."}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, fails = run([path])
    assert [d.id for d in docs] == ["a1", "a2", "batch-8"]
    assert docs[0].published == dt.date(2021, 8, 16) and docs[0].source == "Antara" and docs[0].url == "https://x.id/a1"
    assert docs[1].published == dt.date(2021, 8, 17) and docs[1].lang == "en" and docs[1].source == "Reuters"
    assert {f.path.rsplit(":", 1)[-1] for f in fails} == {"4", "5", "6", "7"}
    by_line = {f.path.rsplit(":", 1)[-1]: f.reason for f in fails}
    assert "'published'" in by_line["4"]
    assert "not valid JSON" in by_line["5"]
    assert "'text'" in by_line["6"]


def test_ingest_jsonl_limit_applies_per_line(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Teks pendek."}) + "\n" + json.dumps({"id": "y", "text": "z" * 500}) + "\n")
    docs, (fail,) = run([path], settings=S.replace(max_bytes=100))
    assert [d.id for d in docs] == ["x"] and fail.path.endswith(":2") and "too large" in fail.reason


def test_ingest_published_option_fills_missing_only(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Teks."}) + "\n" + json.dumps({"id": "y", "text": "Teks lain.", "published": "2020-01-02"}) + "\n")
    docs, _ = run([path], published=dt.date(2021, 8, 16))
    assert [d.published for d in docs] == [dt.date(2021, 8, 16), dt.date(2020, 1, 2)]


def test_ingest_ids_unique(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(ID_TEXT)
    (tmp_path / "b" / "x.txt").write_text(EN_TEXT)
    docs, _ = run([tmp_path])
    assert [d.id for d in docs] == ["x", "x-2"] and docs[1].warnings


def test_ingest_html(tmp_path):
    html = (
        "<html><head><title>Bentrok warga di Wamena - Antara News</title>"
        '<meta property="og:site_name" content="ANTARA News"><meta name="date" content="2023-02-24">'
        "</head><body><nav>Beranda | Politik</nav><article><h1>Bentrok warga di Wamena</h1>"
        "<p>Wamena (ANTARA) - Bentrokan antarwarga terjadi di Distrik Wamena Kota, Kabupaten Jayawijaya, "
        "pada Kamis (23/2/2023) sore dan menyebabkan sejumlah rumah dibakar massa.</p>"
        "<p>Kapolres Jayawijaya mengatakan situasi sudah kembali kondusif setelah aparat gabungan tiba di lokasi.</p>"
        "</article><footer>Hak cipta</footer></body></html>"
    )
    path = tmp_path / "wamena.html"
    path.write_text(html, encoding="utf-8")
    (doc,), fails = run([path])
    assert not fails
    assert doc.id == "wamena"
    assert doc.title == "Bentrok warga di Wamena"
    assert doc.published == dt.date(2023, 2, 24)
    assert doc.source == "ANTARA News"
    assert "Bentrokan antarwarga" in doc.text and "Hak cipta" not in doc.text


def test_ingest_html_without_text(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>Kosong</title></head><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    docs, (fail,) = run([path])
    assert not docs and "no main text" in fail.reason


class FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


def test_ingest_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(EN_TEXT.encode()))
    docs, fails = run(["-"])
    assert [d.id for d in docs] == ["stdin"] and not fails


def test_ingest_stdin_jsonl(monkeypatch):
    data = "\n".join(json.dumps({"text": t}) for t in (ID_TEXT, EN_TEXT)) + "\n"
    monkeypatch.setattr(sys, "stdin", FakeStdin(data.encode()))
    docs, _ = run(["-"])
    assert [d.id for d in docs] == ["stdin-1", "stdin-2"]


def test_ingest_stdin_binary(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"\x00\x01\x02"))
    docs, (fail,) = run(["-"])
    assert fail.path == "<stdin>" and "binary" in fail.reason


@pytest.mark.parametrize("text,outlet", [
    ("Intisari-Online.com -Setelah AS menarik pasukan, Taliban menguasai Kabul.", "Intisari-Online"),
    ("**JAKARTA, KOMPAS.com** -- Polisi menangkap dua orang.", "Kompas"),
    ("TEMPO.CO, Jakarta - Polisi menangkap dua orang.", "Tempo"),
    ("KABUL, Aug 15 (Reuters) - The Taliban entered Kabul on Sunday.", "Reuters"),
    ("Polisi menangkap dua orang - kata Kapolres.", None),
])
def test_ingest_guess_source(text, outlet):
    assert guess_source(text) == outlet


@pytest.mark.parametrize("text,title", [
    ("# Judul Berita\n\nIsi berita.", "Judul Berita"),
    ("Ini kalimat pertama yang selesai.\nIni kalimat kedua.", None),
    ("Hanya satu baris tanpa lanjutan", None),
])
def test_ingest_guess_title(text, title):
    assert guess_title(text) == title
