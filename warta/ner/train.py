"""Train and score warta's name recognisers (spaCy's CNN ``ner`` pipe, CPU) from BIO corpora.

``train_ner(lang, shared_data, out_dir)`` builds the training and development sets from the files of
:data:`~warta.ner.corpora.SPLITS` (labels mapped to PER / ORG / LOC), trains with fixed seeds, keeps the best
model on the development set, scores it on every test split and returns the report. First, unless told not to,
it learns static subword vectors (floret) from unlabelled text of :data:`VECTOR_TEXT` and the NER training and
development sentences, and feeds them to the token encoder. ``score_ner`` scores any model on any BIO file.
Exact-match entity F1 (span and label), per label and over all three.

Example:
    >>> report = train_ner("en", "../shared/data", "warta/models/ner-en")   # doctest: +SKIP
"""

from __future__ import annotations

import csv
import hashlib
import random
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import WartaError
from .corpora import LABELS, SPLITS, CorpusError, Sentence, read_file

SEED = 20251126

# unlabelled text the static vectors learn from, besides the NER training and development sentences:
# (glob under the shared data folder, CSV column, CSV delimiter). Never a test split; never
# news-id/kompas-2025.jsonl, whose terms forbid shipping anything derived from it.
VECTOR_TEXT = {
    "en": [("acled/*.csv", "notes", ",")],
    "id": [("news-id/berita_indonesia_282.csv", "berita", ";")],
}
VECTOR_ROWS = 20000  # hashed subword rows
VECTOR_DIM = 100


@dataclass
class Scores:
    name: str
    sentences: int
    per_label: dict[str, tuple[float, float, float]] = field(default_factory=dict)  # P, R, F
    overall: tuple[float, float, float] = (0.0, 0.0, 0.0)
    tokens_per_second: float = 0.0

    def lines(self) -> list[str]:
        p, r, f = self.overall
        out = [f"{self.name}: {self.sentences} sentences, entity F1 {f:.3f} (P {p:.3f}, R {r:.3f})"]
        out += [f"  {label}: F1 {v[2]:.3f} (P {v[0]:.3f}, R {v[1]:.3f})" for label, v in sorted(self.per_label.items())]
        return out


@dataclass
class TrainReport:
    lang: str
    files: list[str]
    train_sentences: int
    dev_sentences: int
    seconds: float
    tests: list[Scores]
    model_dir: str
    model_mb: float


def _titled(sentences: list[Sentence], share: float, rng: random.Random) -> list[Sentence]:
    """Title-cased copies of a share of sentences: Indonesian headlines capitalise every word ("Kolombia Buru Dalang
    Penembakan Miguel Uribe"), and a model that never saw one reads every capital as a name."""
    return [Sentence([t[:1].upper() + t[1:] if t[:1].islower() and t.isalpha() else t for t in s.tokens], list(s.tags))
            for s in sentences if rng.random() < share]


def _docs(nlp, sentences: list[Sentence]):
    from spacy.tokens import Doc, Span

    for s in sentences:
        doc = Doc(nlp.vocab, words=s.tokens)
        doc.ents = [Span(doc, a, b, label=label) for a, b, label in s.spans()]
        yield doc


def _file_line(path: Path, shared_data: Path) -> str:
    return f"{path.relative_to(shared_data)} sha256:{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}"


def _file_list(lang: str, shared_data: Path) -> tuple[list[Path], list[Path], dict[str, Path]]:
    if lang not in SPLITS:
        raise CorpusError(f"no NER corpora known for language {lang!r} (known: {', '.join(sorted(SPLITS))})")
    split = SPLITS[lang]
    base = shared_data / "ner"
    train = [base / f for f in split["train"]]
    dev = [base / f for f in split["dev"]]
    tests = {name: base / f for name, f in split["test"].items()}
    missing = [str(p) for p in [*train, *dev, *tests.values()] if not p.is_file()]
    if missing:
        raise CorpusError("missing NER corpus files: " + ", ".join(missing))
    return train, dev, tests


def _csv_texts(path: Path, column: str, delimiter: str) -> list[str]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return [row[column] for row in csv.DictReader(fh, delimiter=delimiter) if row.get(column)]


def _vector_text(lang: str, shared_data: Path, ner_files: list[Path], log: Callable[[str], Any]) -> list[str]:
    """Lower-cased token lines, in a fixed order: each CSV text of 3 tokens or more, then each NER sentence."""
    import spacy

    tokenizer = spacy.blank(lang).tokenizer
    lines = []
    for pattern, column, delimiter in VECTOR_TEXT.get(lang, []):
        paths = sorted(shared_data.glob(pattern))
        if not paths:
            log(f"vectors text: {pattern}: no such file, left out")
        for path in paths:
            log(f"vectors text: {_file_line(path, shared_data)} ({column})")
            for doc in tokenizer.pipe(_csv_texts(path, column, delimiter), batch_size=500):
                tokens = [t.text.lower() for t in doc if not t.is_space]
                if len(tokens) >= 3:
                    lines.append(" ".join(tokens))
    for path in ner_files:
        log(f"vectors text: {_file_line(path, shared_data)}")
        lines += [" ".join(t.lower() for t in s.tokens) for s in read_file(path)]
    return lines


def _train_floret(text_path: Path, out_path: Path) -> int:
    """Skipgram floret vectors of ``text_path`` into ``out_path``; returns the words. One thread and floret's fixed
    seed (0; its Python API cannot set another) make the bytes the same on every run."""
    try:
        import floret
    except ImportError:
        hint = "pip install 'warta[train]' (or train with --no-vectors)"
        raise WartaError(f"the vectors step needs floret: {hint}") from None
    model = floret.train_unsupervised(str(text_path), model="skipgram", mode="floret", hashCount=2, bucket=VECTOR_ROWS,
                                      dim=VECTOR_DIM, minn=3, maxn=5, minCount=2, epoch=10, ws=5, neg=5, thread=1,
                                      verbose=0)
    model.save_floret_vectors(str(out_path))
    return len(model.words)


def _spacy_vectors(lang: str, floret_path: Path, out_dir: Path) -> tuple[int, int]:
    """Convert floret vectors to a spaCy pipeline folder (looked up by lower case); returns rows and dimensions."""
    import spacy
    from spacy.training.initialize import convert_vectors

    nlp = spacy.blank(lang)
    convert_vectors(nlp, floret_path, truncate=0, prune=-1, mode="floret", attr="LOWER")
    nlp.to_disk(out_dir)
    return nlp.vocab.vectors.shape


def _build_vectors(lang: str, shared_data: Path, ner_files: list[Path], tmp: Path, log: Callable[[str], Any]) -> Path:
    """Text, floret, spaCy table: the folder ``paths.vectors`` points at."""
    started = time.perf_counter()
    lines = _vector_text(lang, shared_data, ner_files, log)
    text = ("\n".join(lines) + "\n").encode("utf-8")
    (tmp / "vectors.txt").write_bytes(text)
    log(f"vectors text: {len(lines)} lines, {sum(len(line.split()) for line in lines)} tokens, "
        f"sha256:{hashlib.sha256(text).hexdigest()[:12]}")
    words = _train_floret(tmp / "vectors.txt", tmp / "vectors.floret")
    rows, dim = _spacy_vectors(lang, tmp / "vectors.floret", tmp / "vectors")
    log(f"vectors: floret {rows} rows x {dim} dims, {words} words; {time.perf_counter() - started:.0f} s")
    return tmp / "vectors"


def _config(lang: str, train_path: Path, dev_path: Path, max_steps: int, width: int = 96, depth: int = 4,
            vectors: Path | None = None, word_classes: bool = False):
    from spacy.cli.init_config import init_config

    config = init_config(lang=lang, pipeline=["ner"], optimize="efficiency", gpu=False)
    tok2vec = config["components"]["tok2vec"]["model"]
    tok2vec["embed"]["width"] = width
    tok2vec["encode"]["width"] = width
    tok2vec["encode"]["depth"] = depth
    if width > 96:  # a wider model gets more hash rows too (fewer collisions between rare words)
        tok2vec["embed"]["rows"] = [10000, 2000, 5000, 2500]
    config["paths"]["train"] = str(train_path)
    config["paths"]["dev"] = str(dev_path)
    if vectors is not None:
        config["paths"]["vectors"] = str(vectors)
        tok2vec["embed"]["include_static_vectors"] = True
    if word_classes:  # each token's Brown cluster (features.py) in TAG, embedded beside the other features
        config["nlp"]["pipeline"] = ["warta_word_classes", "tok2vec", "ner"]
        config["components"]["warta_word_classes"] = {"factory": "warta_word_classes"}
        config["training"]["annotating_components"] = ["warta_word_classes"]
        tok2vec["embed"]["attrs"] = [*tok2vec["embed"]["attrs"], "TAG"]
        tok2vec["embed"]["rows"] = [*tok2vec["embed"]["rows"], 1000]
    # Polyak averaging of the weights (the averages are what is saved and scored): on ner-id it raised the
    # development F1 0.761 -> 0.772 and NERP test 0.797 -> 0.804, and with another seed 0.779 -> 0.800
    config["training"]["optimizer"]["use_averages"] = True
    config["system"]["seed"] = SEED
    config["training"]["seed"] = SEED
    config["training"]["max_steps"] = max_steps
    config["training"]["max_epochs"] = 0
    config["training"]["eval_frequency"] = min(500, max_steps)
    config["training"]["patience"] = 3000
    config["nlp"]["batch_size"] = 256
    return config


def train_ner(lang: str, shared_data: str | Path, out_dir: str | Path, *, max_steps: int = 4500, width: int = 96,
              depth: int = 4, vectors: bool = True, word_classes: bool | None = None,
              log: Callable[[str], Any] = print) -> TrainReport:
    """Train the ``lang`` recogniser from the corpora under ``shared_data/ner`` into ``out_dir``, with static
    vectors learned first unless ``vectors`` is false, and with word classes (``features.py``) when
    ``word_classes`` is true (by default, for the languages that have them).

    Raises:
        CorpusError: a corpus file is missing or malformed.
        WartaError: the vectors step is asked for and floret is not installed; word classes are asked for and
            spacy-lookups-data is not installed or has none for ``lang``.
    """
    import spacy
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin

    from . import features  # registers the warta_word_classes component

    started = time.perf_counter()
    shared_data = Path(shared_data)
    train_files, dev_files, test_files = _file_list(lang, shared_data)
    if word_classes is None:
        word_classes = lang in features.TABLES
    if word_classes:
        words = len(features.load_table(lang))  # read once: the component takes the same table when trained
        log(f"word classes: {features.source(lang)}: {words} words")
    rng = random.Random(SEED)
    train = [s for f in train_files for s in read_file(f)]
    dev = [s for f in dev_files for s in read_file(f)]
    if lang == "id":
        cased = [s for s in train if any(t[:1].isupper() for t in s.tokens)]
        train += _titled(cased, 0.25, rng)
        # NERP, the one corpus in lower case, counts three times; the cased corpora get no lower-cased copies, so case
        # tells the model which corpus's conventions hold (NERP leaves ministries and the police unnamed)
        train += [s for f in train_files if f.name.startswith("nerp") for s in read_file(f)] * 2
    rng.shuffle(train)
    files = [_file_line(p, shared_data) for p in [*train_files, *dev_files, *test_files.values()]]
    for line in files:
        log(f"data: {line}")
    log(f"spaCy {spacy.__version__}; {len(train)} training sentences, {len(dev)} development sentences; seed {SEED}; "
        f"tok2vec width {width}, depth {depth}; {max_steps} steps; static vectors {'on' if vectors else 'off'}; "
        f"word classes {'on' if word_classes else 'off'}")
    nlp = spacy.blank(lang)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        DocBin(docs=_docs(nlp, train)).to_disk(tmp_path / "train.spacy")
        DocBin(docs=_docs(nlp, dev)).to_disk(tmp_path / "dev.spacy")
        table = _build_vectors(lang, shared_data, [*train_files, *dev_files], tmp_path, log) if vectors else None
        config = _config(lang, tmp_path / "train.spacy", tmp_path / "dev.spacy", max_steps, width, depth, table,
                         word_classes)
        config.to_disk(tmp_path / "config.cfg")
        spacy_train(tmp_path / "config.cfg", tmp_path / "out", use_gpu=-1)
        out = Path(out_dir)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(tmp_path / "out" / "model-best", out)
    seconds = time.perf_counter() - started
    tests = [score_ner(out, path, name=name) for name, path in test_files.items()]
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 1e6
    return TrainReport(lang, files, len(train), len(dev), seconds, tests, str(out), round(size, 1))


def score_ner(model: str | Path | Any, bio_file: str | Path, *, name: str | None = None) -> Scores:
    """Exact-match entity precision, recall and F1 of ``model`` (a path or a loaded spaCy pipeline) on a BIO
    file, per label (PER, ORG, LOC) and over all; also the tokens per second it ran at (one process)."""
    import spacy

    from . import features  # noqa: F401  (registers the component a model with word classes runs)

    nlp = spacy.load(model) if isinstance(model, (str, Path)) else model
    sentences = read_file(bio_file)
    gold = {label: 0 for label in LABELS}
    found = {label: 0 for label in LABELS}
    right = {label: 0 for label in LABELS}
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=s.tokens) for s in sentences]
    started = time.perf_counter()
    predicted = list(nlp.pipe(docs, batch_size=256))
    seconds = time.perf_counter() - started
    for s, doc in zip(sentences, predicted):
        want = set(s.spans())
        got = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in gold}
        for _, _, label in want:
            gold[label] += 1
        for _, _, label in got:
            found[label] += 1
        for _, _, label in want & got:
            right[label] += 1

    def prf(r: int, f: int, g: int) -> tuple[float, float, float]:
        p = r / f if f else 0.0
        rec = r / g if g else 0.0
        return p, rec, (2 * p * rec / (p + rec) if p + rec else 0.0)

    per = {label: prf(right[label], found[label], gold[label]) for label in LABELS if gold[label]}
    overall = prf(sum(right.values()), sum(found.values()), sum(gold.values()))
    tokens = sum(len(s.tokens) for s in sentences)
    return Scores(name or Path(bio_file).name, len(sentences), per, overall, tokens / seconds if seconds else 0.0)
