"""Tests of warta.stages.dates: finding, anchoring and resolving date mentions."""

from __future__ import annotations

import csv
import datetime as dt
import re
import time
from pathlib import Path

import pytest

from warta.document import Document, Span
from warta.lang import FILES, available, load
from warta.stages.dates import date_for, days_for, resolve_dates

D = dt.date
SAT = D(2021, 8, 21)  # a Saturday
SHARED = (Path(__file__).parents[1] / ".." / "shared").resolve()
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (development data) is absent")


def dates_of(text: str, lang: str | None, published: dt.date | None = None) -> list:
    return resolve_dates(Document("t", text, lang=lang, published=published)).dates


def only(text: str, lang: str | None, published: dt.date | None = None):
    found = dates_of(text, lang, published)
    assert len(found) == 1, [(m.span.text, m.value) for m in found]
    return found[0]


def with_sentences(doc: Document) -> Document:
    """Split on sentence-final punctuation followed by space (enough for the tests)."""
    start = 0
    for m in re.finditer(r"[.!?](?=\s|$)", doc.text):
        doc.sentences.append(doc.span(start, m.end(), "sentence"))
        start = m.end() + 1 if m.end() < len(doc.text) else m.end()
        while start < len(doc.text) and doc.text[start].isspace():
            start += 1
    return doc


# -- absolute dates -----------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, span, value, precision", [
    ("id", "Taliban menduduki Kabul pada 15 Agustus 2021 pagi.", "15 Agustus 2021 pagi", D(2021, 8, 15), 1),
    ("id", "Kejadian itu pada 15/8/2021 di Kabul.", "15/8/2021", D(2021, 8, 15), 1),
    ("id", "Pada Minggu (15/8/2021), Taliban menduduki Kabul.", "Minggu (15/8/2021)", D(2021, 8, 15), 1),
    ("id", "Hal itu disampaikan Sabtu (21/8/2021).", "Sabtu (21/8/2021)", D(2021, 8, 21), 1),
    ("id", "Presiden tiba pada Minggu malam (15/8/2021).", "Minggu malam (15/8/2021)", D(2021, 8, 15), 1),
    ("id", "Data per 2021-08-15 menunjukkan kenaikan.", "2021-08-15", D(2021, 8, 15), 1),
    ("id", "Rapat digelar Senin, 16 Agustus 2021 di Jakarta.", "Senin, 16 Agustus 2021", D(2021, 8, 16), 1),
    ("id", "Bentrokan terjadi pada Agustus 2021 di Puncak.", "Agustus 2021", D(2021, 8, 15), 3),
    ("id", "Aksi berlangsung 13-14 Agustus 2019.", "13-14 Agustus 2019", D(2019, 8, 13), 1),
    ("id", "Operasi dilakukan pada awal Juni 2019.", "awal Juni 2019", D(2019, 6, 1), 2),
    ("id", "Warga berdemo pada Senin, 13 desember 2019.", "Senin, 13 desember 2019", D(2019, 12, 13), 1),
    ("en", "Police said the attack happened on August 15, 2021.", "August 15, 2021", D(2021, 8, 15), 1),
    ("en", "The clash took place on 15 August 2021 in Kabul.", "15 August 2021", D(2021, 8, 15), 1),
    ("en", "On Dec 31, 2019, students held a peaceful protest.", "Dec 31, 2019", D(2019, 12, 31), 1),
    ("en", "Police raided the office on 4 April 2018.", "4 April 2018", D(2018, 4, 4), 1),
    ("en", "On Sept 19, 2016, dozens of people protested.", "Sept 19, 2016", D(2016, 9, 19), 1),
    ("en", "On 15-August-2018, students marched.", "15-August-2018", D(2018, 8, 15), 1),
    ("en", "Hundreds were displaced in May 2019.", "May 2019", D(2019, 5, 15), 3),
    ("en", "In late May 2018, workers protested.", "late May 2018", D(2018, 5, 31), 2),
    ("en", "The rally was held on Sunday, August 15, 2021.", "Sunday, August 15, 2021", D(2021, 8, 15), 1),
    ("en", "Fighting lasted from Oct 13-17, 2019 in Wamena.", "Oct 13-17, 2019", D(2019, 10, 13), 2),
])
def test_dates_absolute(lang, text, span, value, precision):
    m = only(text, lang)
    assert (m.span.text, m.value, m.precision, m.kind) == (span, value, precision, "absolute")
    assert text[m.span.start:m.span.end] == span
    assert m.anchor == ""


@pytest.mark.parametrize("lang, text, span, value, precision, kind", [
    ("id", "Operasi digelar 30 Juni hingga 4 Juli 2025 di Nduga.", "30 Juni hingga 4 Juli 2025", D(2025, 6, 30), 2, "absolute"),
    ("id", "Pameran digelar (31 Oktober--2 November) di Jakarta.", "31 Oktober--2 November", D(2021, 10, 31), 2, "partial"),
    ("en", "Raids went on from December 30 to January 2, 2020.", "December 30 to January 2, 2020", D(2019, 12, 30), 2, "absolute"),
])
def test_dates_ranges_across_months(lang, text, span, value, precision, kind):
    m = only(text, lang, published=D(2021, 11, 1))
    assert (m.span.text, m.value, m.precision, m.kind) == (span, value, precision, kind)


def test_dates_weekday_picks_the_reading_of_an_ambiguous_numeric_date():
    # 8/7/2021 is 8 July (Thursday) read d/m/y, 7 August (Saturday) read m/d/y
    assert only("The protest on 8/7/2021 ended peacefully.", "en").value == D(2021, 7, 8)
    assert only("The protest on Saturday, 8/7/2021 ended peacefully.", "en").value == D(2021, 8, 7)
    assert only("The protest on 8/15/2021 ended peacefully.", "en").value == D(2021, 8, 15)


# -- partial dates ------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, span, value", [
    ("id", "Penembakan terjadi Minggu (25) sore di Intan Jaya.", "Minggu (25) sore", D(2021, 7, 25)),
    ("id", "Pasukan tiba di Kabul pada Kamis (19/8).", "Kamis (19/8)", D(2021, 8, 19)),
    ("id", "Kedua kelompok bertemu pada 3 Juli.", "3 Juli", D(2021, 7, 3)),
    ("id", "Polisi menangkap pelaku 25 Desember.", "25 Desember", D(2020, 12, 25)),
    ("en", "Soldiers arrived on Aug. 3 and stayed.", "Aug. 3", D(2021, 8, 3)),
    ("en", "The bodies were found on 30 August.", "30 August", D(2020, 8, 30)),
])
def test_dates_partial_completed_from_published(lang, text, span, value):
    m = only(text, lang, published=SAT)
    assert (m.span.text, m.value, m.kind, m.anchor) == (span, value, "partial", "published")


@pytest.mark.parametrize("text, span, value", [
    ("Malam puncak digelar pada 22 Juni nanti.", "22 Juni nanti", D(2021, 6, 22)),
    ("Laga digelar pada 4 November mendatang di Qatar.", "4 November mendatang", D(2021, 11, 4)),
    ("Pada 16 Mei lalu, saham anjlok.", "16 Mei lalu", D(2021, 5, 16)),
])
def test_dates_partial_followed_by_a_relative_word(text, span, value):
    m = only(text, "id", published=D(2021, 6, 1))
    assert (m.span.text, m.value) == (span, value)


def test_dates_partial_weekday_may_point_just_after_the_anchor():
    # published Saturday 1 Nov 2025; "Senin (3/11)" is the coming Monday, not 3 Nov 2024
    m = only("Pendaftaran ditutup Senin (3/11).", "id", published=D(2025, 11, 1))
    assert m.value == D(2025, 11, 3)


# -- relative dates -----------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, span, value, precision", [
    ("id", "Serangan terjadi pada hari Jumat di Kabul.", "hari Jumat", D(2021, 8, 20), 1),
    ("id", "Serangan terjadi Jumat lalu di Kabul.", "Jumat lalu", D(2021, 8, 20), 1),
    ("id", "Mereka ditangkap Selasa lalu.", "Selasa lalu", D(2021, 8, 17), 1),
    ("id", "Dua orang tewas kemarin.", "kemarin", D(2021, 8, 20), 1),
    ("id", "Dua orang tewas kemarin sore.", "kemarin sore", D(2021, 8, 20), 1),
    ("id", "Massa kembali berkumpul hari ini.", "hari ini", D(2021, 8, 21), 1),
    ("id", "Bentrokan pecah dua hari lalu.", "dua hari lalu", D(2021, 8, 19), 1),
    ("id", "Bentrokan pecah tiga hari yang lalu.", "tiga hari yang lalu", D(2021, 8, 18), 1),
    ("id", "Rumah dibakar sepekan lalu.", "sepekan lalu", D(2021, 8, 14), 2),
    ("id", "Rumah dibakar pekan lalu.", "pekan lalu", D(2021, 8, 14), 2),
    ("id", "Rumah dibakar bulan lalu.", "bulan lalu", D(2021, 7, 15), 3),
    ("id", "Aksi serupa digelar Kamis pekan lalu.", "Kamis pekan lalu", D(2021, 8, 12), 1),
    ("id", "Ia ditahan sejak Selasa kemarin.", "Selasa kemarin", D(2021, 8, 17), 1),
    ("en", "The attack happened on Friday near Kabul.", "Friday", D(2021, 8, 20), 1),
    ("en", "The attack happened last Friday near Kabul.", "last Friday", D(2021, 8, 20), 1),
    ("en", "Two people were killed yesterday.", "yesterday", D(2021, 8, 20), 1),
    ("en", "Two people were killed yesterday morning.", "yesterday morning", D(2021, 8, 20), 1),
    ("en", "Protesters gathered again today.", "today", D(2021, 8, 21), 1),
    ("en", "Fighting broke out two days ago.", "two days ago", D(2021, 8, 19), 1),
    ("en", "Fighting broke out 3 days ago.", "3 days ago", D(2021, 8, 18), 1),
    ("en", "Fighting broke out one day ago.", "one day ago", D(2021, 8, 20), 1),
    ("en", "Houses were burned last week.", "last week", D(2021, 8, 14), 2),
    ("en", "Houses were burned a week ago.", "a week ago", D(2021, 8, 14), 2),
    ("en", "Houses were burned last month.", "last month", D(2021, 7, 15), 3),
    ("en", "Houses were burned earlier this week.", "earlier this week", D(2021, 8, 19), 2),
    ("en", "Gunmen attacked the post on Saturday night.", "Saturday night", D(2021, 8, 21), 1),
])
def test_dates_relative_on_published(lang, text, span, value, precision):
    m = only(text, lang, published=SAT)
    assert (m.span.text, m.value, m.precision, m.kind, m.anchor) == (span, value, precision, "relative", "published")
    assert text[m.span.start:m.span.end] == span


@pytest.mark.parametrize("lang, text", [
    ("id", "Serangan terjadi pada hari Jumat. Hal itu disampaikan juru bicara, Sabtu (21/8/2021)."),
    ("en", "The attack happened on Friday. A spokesman said so on Saturday, August 21, 2021."),
])
def test_dates_anchor_on_explicit_date_in_text(lang, text):
    friday, saturday = dates_of(text, lang)
    assert saturday.value == SAT and saturday.kind == "absolute"
    assert (friday.value, friday.anchor) == (D(2021, 8, 20), "text:2021-08-21")


@pytest.mark.parametrize("lang, text", [
    ("id", "Serangan terjadi pada hari Jumat. Juru bicara berbicara Jumat (20/8/2021)."),
    ("en", "The attack happened on Friday. A spokesman spoke on August 20, 2021."),
])
def test_dates_weekday_equal_to_anchor_is_the_anchor_day(lang, text):
    assert dates_of(text, lang)[0].value == D(2021, 8, 20)


def test_dates_nearest_explicit_date_is_the_anchor():
    text = ("Pada Senin (2/8/2021) polisi datang ke desa itu untuk berjaga. "
            "Warga mengungsi kemarin, kata kepala desa, Sabtu (21/8/2021).")
    by_text = {m.span.text: m for m in dates_of(text, "id")}
    assert by_text["kemarin"].value == D(2021, 8, 20)


def test_dates_partial_on_a_text_anchor_takes_the_nearest_year():
    text = "Juru bicara berbicara Sabtu (21/8/2021). Demo besar akan digelar lagi pada 2 September."
    assert dates_of(text, "id")[1].value == D(2021, 9, 2)
    assert dates_of(text, "id", published=SAT)[1].value == D(2020, 9, 2)  # past-tense news


@pytest.mark.parametrize("text, found", [
    ("Kapal dibajak pada Senin 20 juni 2016 di Sulu.", "Senin 20 juni 2016"),
    ("Rapat pada 5 jan 2016 dibatalkan.", None),  # a lower-case abbreviation is no month
])
def test_dates_lower_case_month_names(text, found):
    spans = [m.span.text for m in dates_of(text, "id") if m.kind == "absolute"]
    assert spans == ([found] if found else [])


def test_dates_published_wins_over_text_anchor():
    text = "Serangan terjadi kemarin. Laporan lama bertanggal 1 Januari 2020."
    m = dates_of(text, "id", published=SAT)[0]
    assert (m.value, m.anchor) == (D(2021, 8, 20), "published")


# -- Minggu: Sunday or week ---------------------------------------------------------------

@pytest.mark.parametrize("text, span, value, precision, kind", [
    ("Taliban masuk Kabul pada Minggu (15/8).", "Minggu (15/8)", D(2021, 8, 15), 1, "partial"),
    ("Taliban masuk Kabul pada hari Minggu.", "hari Minggu", D(2021, 8, 15), 1, "relative"),
    ("Taliban masuk Kabul Minggu sore.", "Minggu sore", D(2021, 8, 15), 1, "relative"),
    ("Taliban masuk Kabul pada hari Minggu lalu.", "hari Minggu lalu", D(2021, 8, 15), 1, "relative"),
    ("Taliban masuk Kabul minggu lalu.", "minggu lalu", D(2021, 8, 14), 2, "relative"),
    ("Minggu lalu, Taliban masuk Kabul.", "Minggu lalu", D(2021, 8, 14), 2, "relative"),
    ("Taliban masuk Kabul dua minggu lalu.", "dua minggu lalu", D(2021, 8, 7), 2, "relative"),
    ("Taliban masuk Kabul pekan lalu.", "pekan lalu", D(2021, 8, 14), 2, "relative"),
])
def test_dates_minggu_sunday_or_week(text, span, value, precision, kind):
    m = only(text, "id", published=SAT)
    assert (m.span.text, m.value, m.precision, m.kind) == (span, value, precision, kind)


def test_dates_minggu_as_duration_is_no_date():
    assert dates_of("Pengungsi bertahan selama dua minggu di hutan.", "id", published=SAT) == []


# -- no dates, no anchor ------------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("id", "Sekitar 60 pejuang Taliban digulingkan selama 20 tahun sejak pada 2001, kata 3 saksi."),
    ("en", "About 60 fighters were ousted for 20 years since 2001, 3 witnesses said; talks may resume."),
    ("en", "Prices may 3 times rise; the march 4 miles long; on sunday 5 people left."),
    ("id", "Harga naik Rp 1.500.000 dan skor 2-1 di menit 10.30."),
    ("id", "Pegawai wajib naik transportasi umum setiap Rabu."),
    ("en", "Protesters gather every Friday outside the palace."),
    ("en", "A few weeks ago, the group met in months of talks."),
])
def test_dates_numbers_that_are_not_dates(lang, text):
    assert dates_of(text, lang, published=SAT) == []


@pytest.mark.parametrize("lang, text, n", [
    ("id", "Kemarin sore dua orang tewas. Jumat lalu rumah dibakar dua hari lalu, pekan lalu juga.", 4),
    ("en", "Yesterday two people were killed. Last Friday a house was burned, and on Aug. 3 too.", 3),
])
def test_dates_without_anchor_stay_unresolved_never_today(lang, text, n):
    found = dates_of(text, lang)
    assert len(found) == n
    for m in found:
        assert m.value is None and m.anchor == "" and "unresolved" in m.rule
    doc = with_sentences(Document("t", text, lang=lang))
    resolve_dates(doc)
    assert all(date_for(doc, s) is None for s in doc.sentences)


# -- spans --------------------------------------------------------------------------------

MIXED = {
    "id": ("KABUL, KOMPAS.com - Pada Minggu (15/8/2021), Taliban menduduki Kabul.\n\n"
           "Kemarin sore, kata juru bicara, Sabtu (21/8/2021), pasukan ditarik. Dua hari lalu "
           "60 pejuang tiba, dan pekan lalu terjadi bentrokan pada hari Jumat. Pada 2 Agustus 2021 "
           "dan Kamis (19/8) sore juga. Laporan 2021-08-10 mencatat tiga hari yang lalu, minggu lalu."),
    "en": ("KABUL - On Sunday, August 15, 2021, the Taliban entered Kabul.\n\n"
           "Yesterday evening, a spokesman said on Saturday (21/8/2021), troops left. Two days ago "
           "60 fighters arrived, and last week a clash happened on Friday. On Aug. 2, 2021 and "
           "Thursday night too. A report of 2021-08-10 counted three days ago, in May 2021."),
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_dates_spans_point_at_the_exact_text(lang):
    text = MIXED[lang]
    found = dates_of(text, lang)
    assert len(found) >= 10
    for m in found:
        assert text[m.span.start:m.span.end] == m.span.text == m.span.text.strip()
        assert m.span.label == "date"
    for a, b in zip(found, found[1:]):
        assert a.span.end <= b.span.start
    assert all(m.value is not None for m in found)


def test_dates_unknown_language_uses_every_language():
    found = dates_of("On Friday; pada hari Jumat; Sabtu (21/8/2021).", None)
    assert [m.value for m in found] == [D(2021, 8, 20), D(2021, 8, 20), SAT]


def test_dates_rerun_replaces_mentions():
    doc = Document("t", "Dua orang tewas kemarin.", lang="id", published=SAT)
    assert len(resolve_dates(resolve_dates(doc)).dates) == 1


# -- date_for -----------------------------------------------------------------------------

def test_date_for_each_rule():
    text = ("Pada Minggu (15/8/2021), Taliban menduduki Kabul. Mereka membakar kantor polisi.\n"
            "Warga mengungsi ke perbatasan. Kemarin, pasukan ditarik dari Bagram.\n"
            "Bantuan tiba di bandara. Pengungsi mendirikan tenda.\n"
            "Kantor itu dijaga. Situasi tegang. Warga diam. Toko tutup.")
    doc = with_sentences(Document("t", text, lang="id"))
    resolve_dates(doc)
    s = {sent.text: sent for sent in doc.sentences}
    m = date_for(doc, s["Pada Minggu (15/8/2021), Taliban menduduki Kabul."])
    assert (m.value, m.rule) == (D(2021, 8, 15), "sentence: weekday (date)")
    m = date_for(doc, s["Mereka membakar kantor polisi."])
    assert (m.value, m.rule.split(":")[0]) == (D(2021, 8, 15), "preceding")
    m = date_for(doc, s["Kemarin, pasukan ditarik dari Bagram."])
    assert (m.value, m.anchor, m.rule.split(":")[0]) == (D(2021, 8, 14), "text:2021-08-15", "sentence")
    m = date_for(doc, s["Bantuan tiba di bandara."])  # new paragraph, two sentences after "Kemarin"
    assert (m.value, m.rule.split(":")[0]) == (D(2021, 8, 14), "preceding")
    m = date_for(doc, s["Toko tutup."])  # too far from any date: the document's first date
    assert (m.value, m.rule.split(":")[0]) == (D(2021, 8, 15), "document date")


def test_date_for_published_then_none():
    doc = with_sentences(Document("t", "Polisi menangkap dua orang. Keduanya diperiksa.", lang="id",
                                  published=SAT))
    resolve_dates(doc)
    m = date_for(doc, doc.sentences[1])
    assert (m.value, m.rule, m.anchor) == (SAT, "published", "published")
    doc.published = None
    assert date_for(doc, doc.sentences[1]) is None


def test_date_for_prefers_day_precision_in_the_sentence():
    doc = with_sentences(Document("t", "In May 2019, on 4 May 2019, police fired.", lang="en"))
    resolve_dates(doc)
    assert date_for(doc, doc.sentences[0]).value == D(2019, 5, 4)


@pytest.mark.parametrize("lang, text, trigger, days", [
    # a list of days written as one date
    ("id", "Mahasiswa berdemo pada 23 dan 24 September 2019 di depan gedung DPR.", "berdemo",
     [D(2019, 9, 23), D(2019, 9, 24)]),
    ("en", "Students rallied on 3 and 4 May 2021 outside parliament.", "rallied", [D(2021, 5, 3), D(2021, 5, 4)]),
    # dates of a list joined by a joiner, the event's word again, or a word saying it went on
    ("id", "Aksi digelar di Monas, seperti aksi 411 pada 4 November 2016, aksi 212 pada 2 Desember 2016, dan aksi "
           "212 jilid 2 pada 21 Februari 2017.", "Aksi digelar", [D(2016, 11, 4), D(2016, 12, 2), D(2017, 2, 21)]),
    ("id", "Unjuk rasa digelar pada 1 dan 2 Oktober 2019 dan dilanjutkan pada 3 Oktober 2019 di Jakarta.",
     "Unjuk rasa digelar", [D(2019, 10, 1), D(2019, 10, 2), D(2019, 10, 3)]),
    ("en", "Workers protested on 4 March 2020 and again on 11 March 2020 in Surabaya.", "protested",
     [D(2020, 3, 4), D(2020, 3, 11)]),
    # not a list: a second date of something else, a sequence, or a date going back
    ("id", "Massa berdemo pada 4 November 2016, dan Ahok divonis pada 9 Mei 2017.", "berdemo", [D(2016, 11, 4)]),
    ("id", "Polisi menangkap pelaku pada 5 Mei 2019 setelah penyerangan pada 3 Mei 2019.", "menangkap", [D(2019, 5, 5)]),
    ("en", "Police fired on 5 May 2019, and 2 May 2019 saw calm.", "fired", [D(2019, 5, 5)]),
    ("en", "Troops attacked on 5 May 2019 after talks failed on 9 May 2019.", "attacked", [D(2019, 5, 5)]),
    # "between ... and ...": a span of days, not two of them
    ("en", "Between July 3 and July 12, 2018, police killed 11 people in Jakarta.", "killed", [D(2018, 7, 3)]),
    ("id", "Antara 4 dan 20 Desember 2018, aparat menggelar operasi di Nduga.", "operasi", [D(2018, 12, 4)]),
])
def test_days_for_lists_one_day_each(lang, text, trigger, days):
    doc = with_sentences(Document("t", text, lang=lang))
    resolve_dates(doc)
    sent = doc.sentences[0]
    found = days_for(doc, sent, date_for(doc, sent), trigger)
    assert [m.value for m in found] == days
    if len(days) > 1:
        assert [m.rule.rsplit("; ", 1)[1] for m in found] == [f"day {n} of a list of {len(days)}" for n in range(1, len(days) + 1)]


def test_days_for_keeps_a_date_from_elsewhere_as_is():
    doc = with_sentences(Document("t", "Pada 3 dan 4 Mei 2019 massa berkumpul. Mereka membakar ban.", lang="id"))
    resolve_dates(doc)
    date = date_for(doc, doc.sentences[1])
    assert days_for(doc, doc.sentences[1], date, "membakar") == [date]  # told in the sentence before
    assert days_for(doc, doc.sentences[1], None) == []


# -- language data and speed --------------------------------------------------------------

@pytest.mark.parametrize("lang", available())
def test_dates_language_file_keys(lang):
    data = load(lang, "dates")
    assert set(data) <= FILES["dates"]
    assert set(data) == set(load("id", "dates"))
    assert sorted(data["months"]) == list(range(1, 13))
    assert sorted(data["weekdays"]) == list(range(1, 8))


def test_dates_fast_enough():
    text = (MIXED["id"] + "\n\n") * 10  # ~3,500 characters
    resolve_dates(Document("w", text, lang="id"))
    start = time.perf_counter()
    for _ in range(20):
        resolve_dates(Document("t", text, lang="id", published=SAT))
    assert (time.perf_counter() - start) / 20 < 0.05


# -- check on real ACLED notes (skipped without ../shared) ----------------------------------

@needs_shared
def test_dates_acled_notes_first_sentence():
    """date_for on a note's first sentence gives ACLED's event_date.

    Notes carry no publication date; the stand-in is 31 December of the row's year (a real
    article always has one). Without it, notes that omit the year cannot resolve."""
    path = SHARED / "data" / "acled" / "acled_indonesia_2016_2019.csv"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    split = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"(])")
    ok = 0
    for row in rows:
        text = row["notes"]
        doc = Document("n", text, lang="en", published=D(int(row["year"]), 12, 31))
        end = next((m.start() for m in split.finditer(text)), len(text))
        doc.sentences = [Span(0, end, "sentence", text[:end])]
        resolve_dates(doc)
        got = date_for(doc, doc.sentences[0])
        want = dt.datetime.strptime(row["event_date"], "%Y%m%d").date()
        ok += got is not None and got.value == want
    assert ok / len(rows) >= 0.97


@pytest.mark.parametrize("lang, text, published, event_day", [
    ("en", "At least 32 people were killed in Monday's riot in Wamena. On the same day in Jayapura, security forces "
           "clashed with students.", D(2019, 9, 25), D(2019, 9, 23)),
    ("id", "Kerusuhan pecah di Wamena pada Senin (23/9/2019). Pada hari yang sama, bentrokan juga terjadi di "
           "Expo Waena, Jayapura.", D(2019, 9, 24), D(2019, 9, 23)),
])
def test_dates_the_same_day_is_the_day_of_the_event_dated_before_it(lang, text, published, event_day):
    doc = resolve_dates(Document("t", text, lang=lang, published=published))
    same = [m for m in doc.dates if "same" in m.rule]
    assert [m.value for m in same] == [event_day]
    second = Span(text.index(". ") + 2, len(text), "sentence")
    assert date_for(doc, second).value == event_day


def test_dates_a_relative_date_right_after_the_trigger_is_its_date():
    text = ("City workers spent Friday clearing charred bus shelters after protests against the law turned violent "
            "yesterday.")
    doc = resolve_dates(Document("t", text, lang="en", published=D(2020, 10, 9)))
    sentence = Span(0, len(text), "sentence")
    trigger_end = text.index("turned violent") + len("turned violent")
    assert date_for(doc, sentence, trigger_end).value == D(2020, 10, 8)
    assert date_for(doc, sentence).value == D(2020, 10, 9)  # without the trigger: the first date


def test_dates_a_quote_cue_far_before_the_date_does_not_make_it_a_report_date():
    text = ("Police said the two people who blew themselves up outside the cathedral in Makassar on Sunday were a "
            "married couple.")
    (sunday,) = resolve_dates(Document("t", text, lang="en", published=D(2021, 3, 30))).dates
    assert (sunday.value, sunday.role) == (D(2021, 3, 28), "event")
    near = "Empat orang ditangkap, kata Kapolres Jayapura Kota di Jayapura, Senin (23/9/2019)."
    (monday,) = resolve_dates(Document("t", near, lang="id", published=D(2019, 9, 23))).dates
    assert monday.role == "report"


def test_dates_a_year_after_publication_that_contradicts_the_weekday_is_mended_by_it():
    found = only("Aksi itu digelar pada Selasa (1/7/2026) di depan gedung DPR.", "id", D(2025, 7, 10))
    assert found.value == D(2025, 7, 1) and "mended" in found.rule  # 1 July 2025 was a Tuesday
    assert only("Aksi itu digelar pada Selasa (1/7/2025).", "id", D(2025, 7, 10)).value == D(2025, 7, 1)
    # a wrong weekday in the past is a slip of the day, not of the year: the written date stands
    slip = only("Tawuran itu terjadi pada Minggu (21/7/2025) dini hari.", "id", D(2025, 7, 23))
    assert slip.value == D(2025, 7, 21)


@pytest.mark.parametrize("lang, text, value", [
    ("id", "Dua tahun lalu, aktor Hollywood mogok.", D(2019, 8, 15)),
    ("id", "Kerusuhan serupa pecah di Wamena tahun lalu.", D(2020, 8, 15)),
    ("en", "Two years ago, Hollywood actors went on strike.", D(2019, 8, 15)),
    ("en", "A similar riot broke out in Wamena a year ago.", D(2020, 8, 15)),
])
def test_dates_years_ago_are_the_month_that_many_years_before(lang, text, value):
    m = only(text, lang, SAT)
    assert (m.value, m.precision) == (value, 3)


@pytest.mark.parametrize("lang, text", [("id", "Tahun ini, warga mogok."), ("en", "This year, workers went on strike.")])
def test_dates_this_year_is_no_date(lang, text):
    assert dates_of(text, lang, SAT) == []


@pytest.mark.parametrize("lang, text, dateline, event", [
    ("en", "BAMAKO, May 6 (Sahel Wire) - Gunmen killed 17 villagers in central Mali on Tuesday, officials said.",
     "May 6", "Tuesday"),
    ("en", "TRIPOLI, Lebanon, April 29 (Levant Wire) \u2014 A young man shot during clashes died on Tuesday.",
     "April 29", "Tuesday"),
    ("id", "JAKARTA, 6 Mei (Antara) - Ratusan mahasiswa berunjuk rasa di depan Gedung DPR pada Selasa.",
     "6 Mei", "Selasa"),
])
def test_dates_a_datelines_date_is_the_report_day_not_the_events(lang, text, dateline, event):
    found = {m.span.text: m for m in dates_of(text, lang, D(2020, 5, 6))}
    assert found[dateline].role == "report" and found[event].role == "event"


def test_dates_a_date_at_the_start_of_a_sentence_is_still_an_event():
    found = dates_of("On May 5, gunmen killed 17 villagers in central Mali. BAMAKO - Officials said so.", "en")
    assert [(m.span.text, m.role) for m in found] == [("May 5", "event")]
