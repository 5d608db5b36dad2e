"""Train and score warta's name recognisers (spaCy's CNN ``ner`` pipe, CPU) from BIO corpora.

``train_ner(lang, shared_data, out_dir)`` builds the training and development sets from the files of
:data:`~warta.ner.corpora.SPLITS` (labels mapped to PER / ORG / LOC), trains with fixed seeds, keeps the best
model on the development set, scores it on every test split and returns the report. ``score_ner`` scores any
model on any BIO file. Exact-match entity F1 (span and label), per label and over all three.

Example:
    >>> report = train_ner("en", "../shared/data", "warta/models/ner-en")   # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import random
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .corpora import LABELS, SPLITS, CorpusError, Sentence, read_file

SEED = 20251126


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


def _docs(nlp, sentences: list[Sentence]):
    from spacy.tokens import Doc, Span

    for s in sentences:
        doc = Doc(nlp.vocab, words=s.tokens)
        doc.ents = [Span(doc, a, b, label=label) for a, b, label in s.spans()]
        yield doc


def _lowered(sentences: list[Sentence], share: float, rng: random.Random) -> list[Sentence]:
    """Lower-cased copies of a share of cased sentences: NERP, the Indonesian benchmark, is all lower case."""
    return [Sentence([t.lower() for t in s.tokens], list(s.tags)) for s in sentences if rng.random() < share]


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


def _config(lang: str, train_path: Path, dev_path: Path, max_steps: int, width: int = 96, depth: int = 4):
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
    config["system"]["seed"] = SEED
    config["training"]["seed"] = SEED
    config["training"]["max_steps"] = max_steps
    config["training"]["max_epochs"] = 0
    config["training"]["eval_frequency"] = min(500, max_steps)
    config["training"]["patience"] = 3000
    config["nlp"]["batch_size"] = 256
    return config


def train_ner(lang: str, shared_data: str | Path, out_dir: str | Path, *, max_steps: int = 4500, width: int = 96,
              depth: int = 4, log: Callable[[str], Any] = print) -> TrainReport:
    """Train the ``lang`` recogniser from the corpora under ``shared_data/ner`` into ``out_dir``.

    Raises:
        CorpusError: a corpus file is missing or malformed.
    """
    import spacy
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin

    started = time.perf_counter()
    shared_data = Path(shared_data)
    train_files, dev_files, test_files = _file_list(lang, shared_data)
    rng = random.Random(SEED)
    train = [s for f in train_files for s in read_file(f)]
    dev = [s for f in dev_files for s in read_file(f)]
    if lang == "id":
        cased = [s for s in train if any(t[:1].isupper() for t in s.tokens)]
        train += _lowered(cased, 0.5, rng)
    rng.shuffle(train)
    files = [f"{p.relative_to(shared_data)} sha256:{hashlib.sha256(p.read_bytes()).hexdigest()[:12]}"
             for p in [*train_files, *dev_files, *test_files.values()]]
    for line in files:
        log(f"data: {line}")
    log(f"spaCy {spacy.__version__}; {len(train)} training sentences, {len(dev)} development sentences; seed {SEED}; "
        f"tok2vec width {width}, depth {depth}; {max_steps} steps")
    nlp = spacy.blank(lang)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        DocBin(docs=_docs(nlp, train)).to_disk(tmp_path / "train.spacy")
        DocBin(docs=_docs(nlp, dev)).to_disk(tmp_path / "dev.spacy")
        config = _config(lang, tmp_path / "train.spacy", tmp_path / "dev.spacy", max_steps, width, depth)
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
