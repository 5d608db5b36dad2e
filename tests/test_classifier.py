"""The sub-event type classifier: bilingual features, a model that round-trips, the shipped model, training."""

import csv
import json

import numpy as np
import pytest

from warta.classifier import TypingModel, available, features
from warta.document import Document


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Baku tembak antara prajurit TNI dan KKB terjadi di Kiwirok.", "id"),
        ("An exchange of fire between soldiers and TPNPB rebels broke out in Kiwirok.", "en"),
    ],
)
def test_classifier_lexicon_features_are_the_same_in_both_languages(text, lang):
    feats = features(Document(id="t", text=text, lang=lang))
    assert "trig:Armed clash" in feats
    assert "inter:1" in feats and "inter:2" in feats


def test_classifier_model_round_trips_and_explains(tmp_path):
    names = ["trig:Peaceful protest", "trig:Armed clash", "w:peaceful"]
    coef = np.array([[3.0, -1.0], [-1.0, 3.0], [1.0, 0.0]])
    model = TypingModel(["Peaceful protest", "Armed clash"], names, coef, np.zeros(2), {"note": "test"})
    model.save(tmp_path / "m.npz")
    loaded = TypingModel.load(tmp_path / "m.npz")
    prediction = loaded.predict(Document(id="t", text="Students held a peaceful protest in Makassar.", lang="en"))
    assert prediction.label == "Peaceful protest" and prediction.probability > 0.9
    assert "trig:Peaceful protest" in prediction.explain()
    assert loaded.card == {"note": "test"}


@pytest.mark.skipif(not available(), reason="no shipped typing model")
@pytest.mark.parametrize(
    "text, lang, label",
    [
        ("On March 3, 2019, hundreds of students held a peaceful protest in Makassar city, demanding cheaper fees.", "en",
         "Peaceful protest"),
        ("Ratusan mahasiswa menggelar unjuk rasa damai di depan kantor DPRD Makassar, menuntut biaya kuliah turun.", "id",
         "Peaceful protest"),
        ("On May 2, 2019, TPNPB rebels and Indonesian soldiers exchanged fire in Nduga regency; one soldier was killed.",
         "en", "Armed clash"),
    ],
)
def test_classifier_shipped_model_reads_both_languages(text, lang, label):
    assert TypingModel.load().predict(Document(id="t", text=text, lang=lang)).label == label


@pytest.mark.skipif(not available(), reason="no shipped typing model")
def test_classifier_every_event_explains_its_type(extract):
    doc = extract("On March 3, 2019, hundreds of students held a peaceful protest in Makassar city, South Sulawesi "
                  "province, demanding cheaper fees.")
    event = doc.events[0]
    explain = [e.rule for e in event.evidence if e.field == "explain"]
    assert explain and explain[0].startswith("model: ")
    assert [e for e in event.evidence if e.field == "sub_event_type" and e.spans]


def _acled_file(path):
    header = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
              "admin2", "location", "latitude", "longitude", "notes", "fatalities"]
    notes = [("Protests", "Peaceful protest", "Students held a peaceful protest in front of the council."),
             ("Battles", "Armed clash", "Soldiers and rebels exchanged fire near the village.")]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for n in range(40):
            etype, sub, note = notes[n % 2]
            writer.writerow([f"IDN{n}", f"2019-01-{n % 28 + 1:02d}", etype, sub, "x", "", "Indonesia", "Papua", "",
                             "Wamena", "-4.1", "138.9", note, "0"])
    return path


def test_classifier_training_on_a_small_file(tmp_path):
    pytest.importorskip("sklearn")
    from warta.train import train_typing

    path = _acled_file(tmp_path / "acled.csv")
    report = train_typing([path], tmp_path / "typing.npz", held_out=0.25, min_count=1)
    assert report.scores["all held-out"]["accuracy"] == 1.0
    assert TypingModel.load(tmp_path / "typing.npz").predict(
        Document(id="t", text="Rebels and soldiers exchanged fire.", lang="en")).label == "Armed clash"


def test_classifier_training_with_news_snippets_in_both_languages(tmp_path):
    pytest.importorskip("sklearn")
    from warta.train import train_typing

    acled = _acled_file(tmp_path / "acled.csv")
    snippets = tmp_path / "dev.tsv"
    reports = [("PEACE_PROTEST", "Ratusan buruh berunjuk rasa dengan tertib di depan kantor gubernur menuntut upah "
                                 "layak."),
               ("ARMED_CLASH", "Pasukan TNI terlibat baku tembak dengan kelompok bersenjata di hutan Intan Jaya."),
               ("PEACE_PROTEST", "Hundreds of teachers marched peacefully to the ministry to demand unpaid wages."),
               ("ARMED_CLASH", "Soldiers fought rebels for three hours on the outskirts of the garrison town.")]
    snippets.write_text("".join(f"s{n}\t{code}\t{text}\n" for n, (code, text) in enumerate(reports * 3)), "utf-8")
    unseen = tmp_path / "test.tsv"
    unseen.write_text("t1\tARMED_CLASH\tTentara dan pemberontak saling tembak di dekat perbatasan.\n"
                      "t2\tPEACE_PROTEST\tMahasiswa menggelar aksi damai di depan gedung DPRD.\n", "utf-8")
    out = tmp_path / "typing.npz"
    report = train_typing([acled], out, snippets=[snippets], score_snippets=[unseen], held_out=0.25, min_count=1)
    assert [f["file"] for f in report.files if f.get("snippets")] == ["dev.tsv"]
    assert report.scores["test.tsv (snippets, not trained on)"]["rows"] == 2
    card = json.loads(out.with_suffix(".json").read_text("utf-8"))
    assert any(f["file"] == "dev.tsv" and f["events"] == 12 for f in card["files"])
    model = TypingModel.load(out)
    assert model.predict(Document(id="t", text="Warga berunjuk rasa dengan tertib menuntut upah.", lang="id")).label \
        == "Peaceful protest"


def test_classifier_training_refuses_a_snippet_without_a_label(tmp_path):
    pytest.importorskip("sklearn")
    from warta.errors import WartaError
    from warta.train import train_typing

    snippets = tmp_path / "dev.tsv"
    snippets.write_text("s1\tSoldiers fought rebels near the town.\n", "utf-8")
    with pytest.raises(WartaError, match="line 1: a training snippet needs a label"):
        train_typing([_acled_file(tmp_path / "acled.csv")], tmp_path / "typing.npz", snippets=[snippets])
    with pytest.raises(WartaError, match="must not be trained on too"):
        train_typing([_acled_file(tmp_path / "acled.csv")], tmp_path / "typing.npz", snippets=[snippets],
                     score_snippets=[snippets])
