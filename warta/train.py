"""``warta train typing``: fit the sub-event type classifier on ACLED rows, split by date, and on labelled news
snippets.

Each ACLED row's ``notes`` is a passage and its ``sub_event_type`` the label. In every file the latest
``held_out`` share of rows by date is kept out of training and scored; the model is then refit on all rows
(or not, with ``refit=False``) and saved with a card naming the files, their sizes, the split dates and the
held-out scores. Training needs scikit-learn (``pip install 'warta[train]'``); prediction needs numpy only.

ACLED notes are written in one coder's style, in English. Labelled snippet files (``warta.classify`` format:
short reports written the way news is, in English and Indonesian) can be added with ``snippets``: each goes
through the pipeline, its language detected, as a snippet to classify does, and the two sources are weighed
equally (each snippet counts as many ACLED rows as there are ACLED rows per snippet). Snippet files given as
``score_snippets`` are never trained on: the model alone is scored on them, the honest figure for writing it
has not seen.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .classifier import TypingModel, features
from .classify import read_snippets
from .document import Document
from .errors import WartaError


@dataclass
class TrainReport:
    files: list[dict] = field(default_factory=list)
    scores: dict[str, dict[str, float]] = field(default_factory=dict)
    features: int = 0
    seconds: float = 0.0
    path: str = ""


def _rows(paths: list[Path]):
    from .evaluate.acled import acled_events

    for path in paths:
        rows = [r for r in acled_events(path) if r.row.get("notes", "").strip() and r.row.get("sub_event_type")]
        yield path, sorted(rows, key=lambda r: r.date)


def _snippet_rows(paths: list[Path], progress=None) -> tuple[list[dict], list[str]]:
    """The features and labels of labelled snippet files, each snippet processed as ``warta classify`` does."""
    from .pipeline import Pipeline

    pipeline = Pipeline()
    feats, labels = [], []
    for path in paths:
        for snippet in read_snippets(path):
            if snippet.label is None:
                raise WartaError(f"{path}: line {snippet.line}: a training snippet needs a label")
            doc = pipeline.process(Document(id=snippet.id, text=snippet.text))
            if doc.skipped:  # a language warta does not read: classify would give it no type either
                raise WartaError(f"{path}: line {snippet.line}: {doc.skipped}")
            feats.append(features(doc))
            labels.append(snippet.label)
            if progress:
                progress()
    return feats, labels


def _file_card(path: Path, events: int, **extra) -> dict:
    data = path.read_bytes()
    return {"file": path.name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()[:16], "events": events,
            **extra}


def _score(clf, vec, xs, ys) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, f1_score

    predicted = clf.predict(vec.transform(xs))
    return {"rows": len(ys), "accuracy": round(float(accuracy_score(ys, predicted)), 4),
            "weighted_f1": round(float(f1_score(ys, predicted, average="weighted")), 4)}


def train_typing(paths: list[str | Path], out: str | Path, *, snippets: list[str | Path] = (),
                 score_snippets: list[str | Path] = (), held_out: float = 0.2, min_count: int = 2,
                 c: float = 2.0, refit: bool = True, progress=None) -> TrainReport:
    """Fit, score on the held-out latest rows of each file (and on ``score_snippets``), refit on everything, save
    to ``out``."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:
        raise WartaError("training needs scikit-learn: pip install 'warta[train]'") from exc
    both = {Path(p).resolve() for p in snippets} & {Path(p).resolve() for p in score_snippets}
    if both:
        raise WartaError(f"{sorted(both)[0]}: a file to score the model on must not be trained on too")
    started = time.perf_counter()
    report = TrainReport()
    train_x, train_y, test_sets = [], [], []
    for path, rows in _rows([Path(p) for p in paths]):
        cut = int(len(rows) * (1 - held_out))
        feats = []
        for row in rows:
            doc = Document(id=row.id, text=row.row["notes"], lang="en", focus_country=_iso2(row.row))
            feats.append(features(doc))
            if progress:
                progress()
        labels = [r.row["sub_event_type"] for r in rows]
        train_x += feats[:cut]
        train_y += labels[:cut]
        test_sets.append((path.name, feats[cut:], labels[cut:]))
        report.files.append(_file_card(path, len(rows), train_until=str(rows[cut - 1].date) if cut else "",
                                       held_out_from=str(rows[cut].date) if cut < len(rows) else ""))
    snippet_x, snippet_y = [], []
    for path in snippets:  # one file at a time, so each card counts its own snippets
        xs, ys = _snippet_rows([Path(path)], progress)
        snippet_x += xs
        snippet_y += ys
        report.files.append(_file_card(Path(path), len(ys), snippets=True))

    def fit(xs, ys):
        # the snippets weigh as much, all together, as the ACLED rows
        weight = len(xs) / len(snippet_x) if snippet_x and xs else 1.0
        xs, ys = xs + snippet_x, ys + snippet_y
        weights = [1.0] * (len(xs) - len(snippet_x)) + [weight] * len(snippet_x)
        counts = Counter(name for x in xs for name in x)
        keep = [{k: v for k, v in x.items() if counts[k] >= min_count} for x in xs]
        vec = DictVectorizer()
        matrix = vec.fit_transform(keep)
        clf = LogisticRegression(C=c, max_iter=1000)
        clf.fit(matrix, ys, sample_weight=weights)
        return vec, clf

    vec, clf = fit(train_x, train_y)
    all_x, all_y = [], []
    for name, xs, ys in test_sets:
        if not ys:
            continue
        report.scores[name] = _score(clf, vec, xs, ys)
        all_x += xs
        all_y += ys
    if all_y:
        report.scores["all held-out"] = _score(clf, vec, all_x, all_y)
    if refit:
        vec, clf = fit(train_x + [x for _, xs, _ in test_sets for x in xs],
                       train_y + [y for _, _, ys in test_sets for y in ys])
    for path in score_snippets:  # never trained on: the model alone, on writing it has not seen
        xs, ys = _snippet_rows([Path(path)])
        report.scores[f"{Path(path).name} (snippets, not trained on)"] = _score(clf, vec, xs, ys)
    names = list(vec.get_feature_names_out())
    report.features = len(names)
    report.seconds = round(time.perf_counter() - started, 1)
    card = {"model": "multinomial logistic regression over words and lexicon features (warta.classifier)",
            "trained": dt.date.today().isoformat(), "files": report.files, "held_out_share": held_out,
            "held_out_scores": report.scores, "refit_on_all_rows": refit, "features": len(names), "C": c,
            "min_count": min_count, "seconds": report.seconds}
    coef, intercept = np.asarray(clf.coef_), np.asarray(clf.intercept_)
    if len(clf.classes_) == 2:  # scikit-learn keeps one row for two classes: spell out both
        coef, intercept = np.vstack([-coef, coef]) / 2, np.concatenate([-intercept, intercept]) / 2
    model = TypingModel(list(clf.classes_), names, coef.T, intercept, card)
    model.save(out)
    report.path = str(out)
    return report


def _iso2(row: dict[str, str]) -> str:
    import pycountry

    country = pycountry.countries.get(name=row.get("country", "")) if row.get("country") else None
    return country.alpha_2 if country else "ID"
