"""Language detection: supported languages pass, others are skipped with a reason."""

import pytest

from warta.document import Document
from warta.settings import Settings
from warta.stages.language import detect_language, language_sample

S = Settings()

TEXTS = {
    "id": "Aparat gabungan TNI dan Polri menangkap dua terduga pelaku penembakan di Distrik Beoga, Kabupaten Puncak, "
          "pada Senin pagi. Kapolres mengatakan keduanya kini diperiksa di markas kepolisian setempat.",
    "en": "Indonesian security forces arrested two suspects over a shooting in Beoga district, Puncak regency, on "
          "Monday morning. The police chief said both men were being questioned at the local police headquarters.",
    "fr": "Les forces de sécurité indonésiennes ont arrêté lundi matin deux suspects après une fusillade dans le "
          "district de Beoga. Le chef de la police a déclaré que les deux hommes étaient interrogés.",
    "de": "Indonesische Sicherheitskräfte haben am Montagmorgen zwei Verdächtige nach einer Schießerei im Bezirk "
          "Beoga festgenommen. Der Polizeichef sagte, beide Männer würden derzeit verhört.",
    "ms": "Polis Diraja Malaysia menahan tiga lelaki yang dipercayai terlibat dalam kes rompakan bersenjata di "
          "sebuah kedai emas di Kajang semalam. Ketua Polis Daerah berkata, suspek berusia antara 25 hingga 40 tahun.",
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_language_supported(lang):
    doc = detect_language(Document("d", TEXTS[lang]), S)
    assert doc.lang == lang and doc.skipped is None and doc.lang_confidence >= S.min_language_confidence


@pytest.mark.parametrize("lang,name", [("fr", "French"), ("de", "German"), ("ms", "Malay")])
def test_language_unsupported_is_skipped_with_reason(lang, name):
    doc = detect_language(Document("d", TEXTS[lang]), S)
    assert doc.lang == lang
    assert doc.skipped.startswith(f"unsupported language: {name} (confidence ")


def test_language_indonesian_called_malay_is_kept_by_its_words():
    # Indonesian words (polisi, Senin, Agustus, kabupaten) outweigh Malay ones even if lingua says Malay
    text = ("Kapolres mengatakan polisi masih memburu pelaku yang kabur ke arah kabupaten tetangga pada Senin "
            "(16/8/2021) malam. Menurut dia, sekitar pukul 21.00 WIT pelaku menembak warga.")
    doc = detect_language(Document("d", text), S)
    assert doc.lang == "id" and not doc.skipped


@pytest.mark.parametrize("text", [
    "Pesawat nirawak menyerang sebuah rumah di Desa Mir Ali, Waziristan Utara, menewaskan tiga terduga militan, kata "
    "pejabat setempat.",
    "Pesawat nirawak menghantam sebuah rumah di Waziristan Selatan semalam, menewaskan dua militan, kata pejabat "
    "keamanan.",
])
def test_language_words_indonesian_shares_with_malay_do_not_make_it_malay(text):
    # "pejabat" (an official) and "semalam" (last night) are Indonesian too
    doc = detect_language(Document("d", text), S)
    assert doc.lang == "id" and not doc.skipped


def test_language_english_with_filipino_place_names_is_english_and_tagalog_is_not():
    english = "On 6 May 2020, a drug suspect was killed during a police raid in Barangay Labangal, General Santos."
    tagalog = "Patay ang isang drug suspect matapos manlaban sa mga pulis sa Barangay Labangal nitong Miyerkoles."
    doc = detect_language(Document("d", english), S)
    assert doc.lang == "en" and not doc.skipped
    assert detect_language(Document("t", tagalog), S).skipped.startswith("unsupported language: Tagalog")


@pytest.mark.parametrize("english, other, name", [
    ("MEXICO: Ovidio Guzmán López, son of Joaquín 'El Chapo' Guzmán, was captured by military personnel in Jesús "
     "María, Sinaloa, the Defence Ministry said.",
     "El ejército mexicano capturó a Ovidio Guzmán López en Jesús María, Sinaloa, informó la Secretaría de la Defensa.",
     "Spanish"),
    ("São José do Belmonte: gunmen killed the mayor, João Gonçalves, in Pernambuco on Sunday.",
     "Homens armados mataram o prefeito de São José do Belmonte, em Pernambuco, no domingo, segundo a polícia.",
     "Portuguese"),
])
def test_language_english_full_of_foreign_names_is_english_and_the_foreign_text_is_not(english, other, name):
    doc = detect_language(Document("d", english), S)
    assert doc.lang == "en" and not doc.skipped
    assert detect_language(Document("o", other), S).skipped.startswith(f"unsupported language: {name}")


def test_language_only_english_configured_skips_indonesian():
    doc = detect_language(Document("d", TEXTS["id"]), S.replace(languages=("en",)))
    assert doc.skipped and "Indonesian" in doc.skipped


def test_language_preset_supported_is_kept():
    doc = detect_language(Document("d", TEXTS["en"], lang="id"), S)
    assert doc.lang == "id" and doc.lang_confidence == 1.0


def test_language_preset_unsupported_is_detected():
    doc = detect_language(Document("d", TEXTS["en"], lang="fr"), S)
    assert doc.lang == "en" and doc.warnings


def test_language_nothing_to_detect():
    doc = detect_language(Document("d", "12345 678 -- 2021"), S)
    assert doc.lang == "und" and doc.skipped.startswith("unsupported language: unknown")


def test_language_low_confidence_skipped():
    doc = detect_language(Document("d", "Selamat pagi, good morning everyone"), S.replace(min_language_confidence=0.9))
    assert doc.skipped and "below min_language_confidence" in doc.skipped


def test_language_already_skipped_untouched():
    doc = Document("d", TEXTS["fr"], skipped="earlier reason")
    assert detect_language(doc, S).lang is None


def test_language_sample_drops_markdown_tables_and_links():
    text = "# Judul\n\n| Field | Value |\n|---|---|\n| title | Judul |\n\nLihat [tautan](https://x.id/a) ini."
    sample = language_sample(text)
    assert "Field" not in sample and "https" not in sample and "tautan" in sample
