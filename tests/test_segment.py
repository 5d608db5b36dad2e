"""Sentence and token segmentation of news text, in both languages."""

import pytest

from warta.document import Document
from warta.stages.segment import segment


def sents(text, lang):
    doc = segment(Document("d", text, lang=lang))
    for span in doc.sentences + doc.tokens:
        assert span.text == text[span.start:span.end]
    return [s.text for s in doc.sentences]


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Ia tinggal di Jl. Sudirman No. 5, Kab. Puncak, Kec. Beoga. Warga panik.",
     ["Ia tinggal di Jl. Sudirman No. 5, Kab. Puncak, Kec. Beoga.", "Warga panik."]),
    ("id", "Menurut dr. Budi, korban tiba pada Minggu (15/8/2021) pukul 10.30 WIT. Ia kritis.",
     ["Menurut dr. Budi, korban tiba pada Minggu (15/8/2021) pukul 10.30 WIT.", "Ia kritis."]),
    ("id", '"Mengapa?" tanya dia. Ahmad S. Massoud tidak menjawab.',
     ['"Mengapa?" tanya dia.', "Ahmad S. Massoud tidak menjawab."]),
    ("en", "On Aug. 15, Gen. Smith and Lt. Col. Jones met in Kabul. Dec. 3 was quiet.",
     ["On Aug. 15, Gen. Smith and Lt. Col. Jones met in Kabul.", "Dec. 3 was quiet."]),
    ("en", 'The army said two soldiers died. "We will respond," Gen. Ali said. "Why?" he asked.',
     ["The army said two soldiers died.", '"We will respond," Gen. Ali said.', '"Why?" he asked.']),
    ("id", '"Jumlah kami ribuan. Kami didukung warga," kata sumber. Polisi membantah.',
     ['"Jumlah kami ribuan. Kami didukung warga," kata sumber.', "Polisi membantah."]),
    ("en", "\u201cWe will fight. We are ready,\u201d the commander said. Nobody else spoke.",
     ["\u201cWe will fight. We are ready,\u201d the commander said.", "Nobody else spoke."]),
])
def test_segment_abbreviations_dates_quotes(lang, text, expected):
    assert sents(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a news text pasted with a stray quote mark at its start, never closed: still cut into its sentences
    ("id", '"Ledakan terjadi di Terminal Kampung Melayu pada Rabu malam. Tiga polisi gugur. Pelaku ditangkap.',
     ['"Ledakan terjadi di Terminal Kampung Melayu pada Rabu malam.', "Tiga polisi gugur.", "Pelaku ditangkap."]),
    ("en", '"Two blasts hit the bus terminal on Wednesday night. Three officers died. Police arrested two men.',
     ['"Two blasts hit the bus terminal on Wednesday night.', "Three officers died.", "Police arrested two men."]),
])
def test_segment_a_quote_never_closed_does_not_swallow_the_text(lang, text, expected):
    assert sents(text, lang) == expected


def test_segment_a_long_quotation_runs_over_six_sentences_at_most():
    text = '"' + " ".join(f"Kalimat nomor {n} dibacakan." for n in range(1, 10)) + '" kata dia.'
    got = sents(text, "id")
    assert len(got) == 3 and got[0].count("dibacakan") == 7


def test_segment_dateline_and_paragraphs():
    text = ("Intisari-Online.com -Setelah AS menarik pasukan, Taliban menguasai negara itu.\n"
            "Pada Minggu (15/8/2021), Taliban menduduki Kabul.\n"
            "Judul Tanpa Titik\n"
            "Paragraf berikutnya dimulai di sini.")
    assert sents(text, "id") == [
        "Intisari-Online.com -Setelah AS menarik pasukan, Taliban menguasai negara itu.",
        "Pada Minggu (15/8/2021), Taliban menduduki Kabul.",
        "Judul Tanpa Titik",
        "Paragraf berikutnya dimulai di sini.",
    ]


def test_segment_markdown_title_table_body():
    text = ("# Bentrok Warga di Wamena, Rumah Dibakar \n\n"
            "Bentrokan terjadi di Wamena.\n\n"
            "| Field       | Value |\n|-------------|-------|\n| title       | Bentrok Warga di Wamena |\n"
            "| author      | Budi |\n\n"
            "**WAMENA, KOMPAS.com** - Bentrokan antarwarga terjadi pada Kamis (23/2/2023). Tiga rumah dibakar.\n\n"
            "![Foto lokasi](https://example.com/a.jpg)\n\n"
            "## Situasi terkini\n\n"
            "- Aparat berjaga di lokasi.")
    doc = segment(Document("d", text, lang="id"))
    out = [s.text for s in doc.sentences]
    assert out == [
        "Bentrok Warga di Wamena, Rumah Dibakar",
        "Bentrokan terjadi di Wamena.",
        "**WAMENA, KOMPAS.com** - Bentrokan antarwarga terjadi pada Kamis (23/2/2023).",
        "Tiga rumah dibakar.",
        "Situasi terkini",
        "Aparat berjaga di lokasi.",
    ]
    table, body = text.index("| Field"), text.index("**WAMENA")
    assert not any(table <= t.start < body for t in doc.tokens)


def test_segment_soft_wrapped_lines_join():
    text = "Police said the attackers fled\ninto the forest near the village.\nNo one was hurt."
    assert sents(text, "en") == ["Police said the attackers fled\ninto the forest near the village.", "No one was hurt."]


def test_segment_tokens_offsets():
    text = "Dua orang tewas di Beoga, Puncak."
    doc = segment(Document("d", text, lang="id"))
    assert [t.text for t in doc.tokens] == ["Dua", "orang", "tewas", "di", "Beoga", ",", "Puncak", "."]
    assert all(t.label == "token" for t in doc.tokens) and doc.sentences[0].label == "sentence"


def test_segment_skipped_document_untouched():
    doc = segment(Document("d", "Bonjour.", lang="fr", skipped="unsupported language: French"))
    assert doc.sentences == [] and doc.tokens == []


def test_segment_unknown_language_falls_back():
    doc = segment(Document("d", "Un texte. Deux phrases.", lang="zz"))
    assert [s.text for s in doc.sentences] == ["Un texte.", "Deux phrases."]
