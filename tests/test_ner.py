"""The learned name recognisers: corpus reading and label mapping, scoring, the names stage and what the
places and events stages do with its output. A tiny model is trained here from sentences the test writes;
the shipped models are checked too when they are in the package."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import cli
from warta.document import Document, Span
from warta.errors import WartaError
from warta.ner.corpora import CorpusError, read_bio, read_file
from warta.ner.model import load_model, model_dir, recognise_names
from warta.ner.train import score_ner

BIO = """\
Kapolres O
Jayawijaya B-PLC
AKBP O
Heri B-PPL
Wibowo I-PPL
tiba O
di O
Wamena B-PLC
. O

Anggota O
KNPB B-IND
berunjuk O
rasa O
di O
Jayapura B-PLC
. O
"""

TRAIN = [
    ("Budi Santoso tiba di Wamena kemarin .", [(0, 2, "PER"), (4, 5, "LOC")]),
    ("Anggota KNPB berdemo di Jayapura .", [(1, 2, "ORG"), (4, 5, "LOC")]),
    ("Siti Aminah bertemu pengurus KNPB di Nabire .", [(0, 2, "PER"), (4, 5, "ORG"), (6, 7, "LOC")]),
    ("Warga Teina mengungsi ke Nabire .", [(1, 2, "LOC"), (4, 5, "LOC")]),
    ("Pesta Sinaga mengatakan warga datang dari Timika .", [(0, 2, "PER"), (6, 7, "LOC")]),
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """A recogniser trained in a few seconds on the five sentences above, saved to a folder."""
    import spacy
    from spacy.tokens import Doc, Span as SpacySpan
    from spacy.training import Example

    nlp = spacy.blank("id")
    ner = nlp.add_pipe("ner")
    for label in ("PER", "ORG", "LOC"):
        ner.add_label(label)
    examples = []
    for text, ents in TRAIN:
        words = text.split()
        doc = Doc(nlp.vocab, words=words)
        ref = Doc(nlp.vocab, words=words)
        ref.ents = [SpacySpan(ref, a, b, label=label) for a, b, label in ents]
        examples.append(Example(doc, ref))
    random.seed(0)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("ner") / "tiny"
    nlp.to_disk(path)
    return path


def test_bio_labels_of_every_corpus_map_onto_per_org_loc():
    sents = read_bio(BIO.splitlines())
    assert len(sents) == 2
    assert sents[0].spans() == [(1, 2, "LOC"), (3, 5, "PER"), (7, 8, "LOC")]
    assert sents[1].spans() == [(1, 2, "ORG"), (5, 6, "LOC")]
    other = read_bio(["Reuters B-ORG", "Jakarta B-LOCATION", "Monday B-TIME", "Asia B-MISC", "Eid B-EVT", ""])
    assert other[0].tags == ["B-ORG", "B-LOC", "O", "O", "O"]


def test_a_malformed_corpus_line_is_named(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("Polisi O\nmenangkap\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad.txt:2"):
        read_file(bad)
    with pytest.raises(CorpusError, match="no such file"):
        read_file(tmp_path / "missing.txt")


def test_a_model_is_scored_exactly_per_label(tiny_model, tmp_path):
    bio = tmp_path / "test.txt"
    bio.write_text("Budi B-PPL\nSantoso I-PPL\ntiba O\ndi O\nWamena B-PLC\n.\tO\n\n", encoding="utf-8")
    scores = score_ner(tiny_model, bio)
    assert scores.sentences == 1
    assert set(scores.per_label) == {"PER", "LOC"}
    assert 0.0 <= scores.overall[2] <= 1.0
    assert scores.tokens_per_second > 0


def test_evaluate_ner_on_any_bio_file(tiny_model, tmp_path):
    bio = tmp_path / "test.txt"
    bio.write_text(BIO, encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", "ner", str(bio), "--model", str(tiny_model)])
    assert result.exit_code == 0, result.output
    assert "test.txt" in result.output and "LOC" in result.output
    missing = CliRunner().invoke(cli, ["evaluate", "ner", str(bio)])
    assert missing.exit_code != 0 and "--lang" in missing.output


def test_the_names_stage_fills_doc_names(tiny_model):
    import spacy

    nlp = spacy.load(tiny_model)
    doc = recognise_names(Document("d", "Budi Santoso tiba di Wamena kemarin .", lang="id"), nlp=nlp)
    assert all(s.label in ("PER", "ORG", "LOC") for s in doc.names)
    assert all(doc.text[s.start:s.end] == s.text for s in doc.names)


def test_a_person_the_recogniser_found_is_not_a_place(pipeline):
    text = "Pesta Sinaga kecewa. Adiknya dikeroyok warga di Tegalwaru, Karawang, Rabu (5/11/2025)."
    doc = Document("d", text, lang="id", published=dt.date(2025, 11, 7))
    doc.names = [Span(0, 12, "PER", "Pesta Sinaga")]
    for name, stage in pipeline.stages:
        if name in ("language", "segment", "dates"):
            stage(doc)
    dict(pipeline.stages)["places"](doc)
    assert "Pesta" not in [m.name for m in doc.places]


def test_an_unknown_location_is_coded_to_the_place_written_after_it(pipeline):
    text = "Pasukan Israel menewaskan 32 orang di wilayah Teina, Khan Younis, Sabtu (19/7/2025)."
    doc = Document("d", text, lang="id", published=dt.date(2025, 7, 20))
    start = text.index("Teina")
    doc.names = [Span(start, start + 5, "LOC", "Teina")]
    for name, stage in pipeline.stages:
        if name in ("language", "segment", "dates", "places"):
            stage(doc)
    teina = [m for m in doc.places if m.name == "Teina"]
    assert teina and teina[0].place.name == "Khan Yunis" and teina[0].geo_precision == 2


@pytest.mark.parametrize("lang, text, want", [
    ("id", "Kapolda Papua Irjen Mathius Fakhiri mengatakan warga Nduga mengungsi ke Wamena.", {"Wamena"}),
    ("en", "Police chief John Smith said residents fled from Kabul to Jalalabad in Afghanistan.", {"Kabul", "Jalalabad"}),
])
def test_the_shipped_models_find_places(lang, text, want):
    if model_dir(lang) is None:
        pytest.skip(f"no shipped model for {lang}")
    doc = recognise_names(Document("d", text, lang=lang))
    assert want <= {s.text for s in doc.names if s.label == "LOC"}
    assert load_model(lang) is load_model(lang)  # loaded once


def _tiny_shared(tmp_path: Path) -> Path:
    """A tiny corpus laid out like ../shared/data/ner (Indonesian file names)."""
    from warta.ner.corpora import SPLITS

    lines = []
    for text, ents in TRAIN:
        tags = ["O"] * len(text.split())
        for a, b, label in ents:
            tags[a] = "B-" + {"PER": "PPL", "ORG": "IND", "LOC": "PLC"}[label]
            for i in range(a + 1, b):
                tags[i] = "I-" + tags[a][2:]
        lines += [f"{w}\t{t}" for w, t in zip(text.split(), tags)] + [""]
    shared = tmp_path / "shared"
    for part in ("train", "dev"):
        for name in SPLITS["id"][part]:
            (shared / "ner" / name).parent.mkdir(parents=True, exist_ok=True)
            (shared / "ner" / name).write_text("\n".join(lines), encoding="utf-8")
    for name in SPLITS["id"]["test"].values():
        (shared / "ner" / name).write_text("\n".join(lines), encoding="utf-8")
    return shared


def test_train_ner_command_trains_scores_and_saves_a_model(tmp_path):
    """`warta train ner` end to end on a tiny corpus laid out like ../shared/data/ner."""
    shared = _tiny_shared(tmp_path)
    out = tmp_path / "model"
    result = CliRunner().invoke(cli, ["train", "ner", "--lang", "id", "--shared", str(shared), "-o", str(out),
                                      "--max-steps", "20", "--no-vectors"])
    assert result.exit_code == 0, result.output
    assert (out / "meta.json").is_file()
    assert "NERP" in result.output and "entity F1" in result.output and "MB saved" in result.output
    assert "static vectors off" in result.output
    missing = CliRunner().invoke(cli, ["train", "ner", "--lang", "en", "--shared", str(shared), "-o", str(out)])
    assert missing.exit_code != 0 and "missing NER corpus files" in missing.output


def test_train_ner_learns_static_vectors_first_when_floret_is_installed(tmp_path):
    """The default vectors step: floret vectors from the training text, in the saved model's vocabulary."""
    pytest.importorskip("floret")
    import spacy

    from warta.ner.train import train_ner

    shared = _tiny_shared(tmp_path)
    lines: list[str] = []
    report = train_ner("id", shared, tmp_path / "model", max_steps=20, log=lines.append)
    assert any(line.startswith("vectors: floret 20000 rows x 100 dims") for line in lines), lines
    assert any("vectors text: ner/" in line for line in lines)
    nlp = spacy.load(report.model_dir)
    assert nlp.vocab.vectors.shape == (20000, 100) and nlp.vocab.vectors.mode == "floret"


def test_word_classes_tag_each_token_and_travel_with_the_model(tmp_path):
    """The English recogniser reads each word's Brown cluster: the exact form's, else the lower-cased or
    title-cased form's (a headline in capitals); a word in no cluster gets 'C-'. The table is saved in the
    model folder and loaded with it."""
    import spacy

    from warta.ner import features  # noqa: F401  (registers the component)

    nlp = spacy.blank("en")
    classes = nlp.add_pipe("warta_word_classes")
    classes.initialize(table={"Kabul": 678, "the": 11, "Taliban": 0})
    doc = nlp("THE Taliban entered KABUL")
    assert [t.tag_ for t in doc] == ["C11", "C-", "C-", "C678"]
    nlp.to_disk(tmp_path / "m")
    again = spacy.load(tmp_path / "m")
    assert [t.tag_ for t in again("the kabul road")] == ["C11", "C678", "C-"]


def test_word_classes_are_learned_from_a_large_corpus_when_training_english(tmp_path):
    """`warta train ner --lang en` feeds each word's Brown cluster (spacy-lookups-data) to the encoder (TAG) and
    ships the table inside the model; Indonesian has none, and its model is trained without."""
    pytest.importorskip("spacy_lookups_data")
    lang, package, known = "en", "spacy-lookups-data", "Kabul"
    rows = [("Smith", "B-PER"), ("visited", "O"), ("Kabul", "B-LOC"), (".", "O")]
    import spacy

    from warta.ner.corpora import SPLITS
    from warta.ner.train import train_ner

    shared = tmp_path / "shared"
    text = "\n".join(f"{w}\t{t}" for w, t in rows)
    for name in [*SPLITS[lang]["train"], *SPLITS[lang]["dev"], *SPLITS[lang]["test"].values()]:
        (shared / "ner" / name).parent.mkdir(parents=True, exist_ok=True)
        (shared / "ner" / name).write_text(text + "\n", encoding="utf-8")
    lines: list[str] = []
    report = train_ner(lang, shared, tmp_path / "model", max_steps=10, vectors=False, log=lines.append)
    assert any(line.startswith(f"word classes: {package} ") for line in lines), lines
    nlp = spacy.load(report.model_dir)
    assert nlp.pipe_names[0] == "warta_word_classes"
    assert "TAG" in nlp.config["components"]["tok2vec"]["model"]["embed"]["attrs"]
    assert nlp(known)[0].tag_ != "C-" and nlp("Xqzvbrt")[0].tag_ == "C-"
    indonesian = train_ner("id", _tiny_shared(tmp_path), tmp_path / "id-model", max_steps=5, vectors=False)
    assert "warta_word_classes" not in spacy.load(indonesian.model_dir).pipe_names


def test_word_classes_of_a_language_warta_has_none_for_are_refused():
    from warta.ner.features import load_table

    with pytest.raises(WartaError, match="no word classes known for language 'id'"):
        load_table("id")


@pytest.mark.parametrize("lang, split, bar", [("id", "NERP", 0.80), ("en", "CoNLL-2003", 0.85)])
def test_the_shipped_models_reach_issue_5s_bars_on_their_test_splits(shared_dir, lang, split, bar):
    """Exact-span F1 of the shipped model on the test split the project's bar is set on (issue 5)."""
    from warta.ner.corpora import SPLITS

    if model_dir(lang) is None:
        pytest.skip(f"no shipped ner-{lang} model")
    path = shared_dir / "data" / "ner" / SPLITS[lang]["test"][split]
    if not path.is_file():
        pytest.skip(f"{path} not present")
    assert score_ner(model_dir(lang), path).overall[2] >= bar
