"""``warta train typing``: fit the sub-event type classifier on ACLED rows, split by date.

Each ACLED row's ``notes`` is a passage and its ``sub_event_type`` the label. In every file the latest
``held_out`` share of rows by date is kept out of training and scored; the model is then refit on all rows
(or not, with ``refit=False``) and saved with a card naming the files, their sizes, the split dates and the
held-out scores. Training needs scikit-learn (``pip install 'warta[train]'``); prediction needs numpy only.
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


def train_typing(paths: list[str | Path], out: str | Path, *, held_out: float = 0.2, min_count: int = 2,
                 c: float = 2.0, refit: bool = True, progress=None) -> TrainReport:
    """Fit, score on the held-out latest rows of each file, refit on everything, save to ``out``."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import accuracy_score, f1_score
    except ImportError as exc:
        raise WartaError("training needs scikit-learn: pip install 'warta[train]'") from exc
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
        data = path.read_bytes()
        report.files.append({"file": path.name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()[:16],
                             "events": len(rows), "train_until": str(rows[cut - 1].date) if cut else "",
                             "held_out_from": str(rows[cut].date) if cut < len(rows) else ""})

    def fit(xs, ys):
        counts = Counter(name for x in xs for name in x)
        keep = [{k: v for k, v in x.items() if counts[k] >= min_count} for x in xs]
        vec = DictVectorizer()
        matrix = vec.fit_transform(keep)
        clf = LogisticRegression(C=c, max_iter=400)
        clf.fit(matrix, ys)
        return vec, clf

    vec, clf = fit(train_x, train_y)
    all_x, all_y = [], []
    for name, xs, ys in test_sets:
        if not ys:
            continue
        predicted = clf.predict(vec.transform(xs))
        report.scores[name] = {"rows": len(ys), "accuracy": round(float(accuracy_score(ys, predicted)), 4),
                               "weighted_f1": round(float(f1_score(ys, predicted, average="weighted")), 4)}
        all_x += xs
        all_y += ys
    predicted = clf.predict(vec.transform(all_x))
    report.scores["all held-out"] = {"rows": len(all_y), "accuracy": round(float(accuracy_score(all_y, predicted)), 4),
                                     "weighted_f1": round(float(f1_score(all_y, predicted, average="weighted")), 4)}
    if refit:
        vec, clf = fit(train_x + [x for _, xs, _ in test_sets for x in xs],
                       train_y + [y for _, _, ys in test_sets for y in ys])
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
