"""The sub-event type classifier: a linear model over words and language-independent lexicon features.

Features of a passage (an event's sentence and the sentences that follow it):

* ``w:<word>`` and ``b:<word>_<word>``: lowercase words and word pairs (the model learns them from ACLED's
  English notes; they carry little for other languages);
* ``trig:<sub-type>``, ``mod:<sub-type>``, ``cue:<kind>``, ``inter:<code>``, ``cas:<kind>``: hits of the
  per-language lexicons (``lang/<code>/events.yaml``, ``casualties.yaml``, ``actors.tsv``). They are named by
  what they mean, not by their words, so an Indonesian passage gets the same features as an English one: that
  is how the model trained on English ACLED notes serves Indonesian.

The trained weights ship in ``warta/models/typing.npz`` with a card ``typing.json``; ``warta train typing``
rebuilds them from the ACLED files. Prediction needs only numpy.

Example:
    >>> from warta.document import Document
    >>> model = TypingModel.load()  # doctest: +SKIP
    >>> model.predict(Document(id="a", text="Hundreds of students held a peaceful protest.", lang="en"))  # doctest: +SKIP
    Prediction(label='Peaceful protest', ...)
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from .document import Document, Span
from .errors import WartaError

_WORD = re.compile(r"[a-z][a-z'-]+")
_DIGITS = re.compile(r"\d+")


def features(doc: Document, span: Span | None = None) -> dict[str, float]:
    """The feature set of ``doc.text[span]`` (the whole text without a span)."""
    from .stages.actors import find_actors
    from .stages.casualties import find_casualties
    from .stages.events import _acted_here, _modal, knowledge

    span = span or Span(0, len(doc.text))
    text = doc.text[span.start:span.end]
    out: dict[str, float] = {}
    words = _WORD.findall(_DIGITS.sub(" ", text.lower()))
    for word in words:
        out[f"w:{word}"] = 1.0
    for a, b in zip(words, words[1:]):
        out[f"b:{a}_{b}"] = 1.0
    know = knowledge(doc.lang or "en")
    lookalikes = list(know.not_triggers.finditer(doc.text, span.start, span.end))  # "riot police", "smoke grenade"
    for sub, lexicon in know.triggers.items():
        for hit in lexicon.finditer(doc.text, span.start, span.end):
            if any(x.start < hit.end and hit.start < x.end for x in lookalikes) or hit.term in know.bare_casualty:
                continue  # a lookalike, or a death word: it tells a death ("cas:killed"), not how it happened
            verdict = _modal(doc, span, hit, know)
            out[f"trig:{sub}" if not verdict else f"modal:{verdict}"] = 1.0
    for sub, lexicon in know.modifiers.items():
        # not an arrest told of whom a protest is about ("demanding the release of detained student leaders")
        if any(hit.term not in know.authority_acts or _acted_here(doc, span, hit, know)
               for hit in lexicon.finditer(doc.text, span.start, span.end)):
            out[f"mod:{sub}"] = 1.0
    for name, lexicon in (("peaceful", know.peaceful), ("support", know.support), ("off_topic", know.non_conflict),
                          ("disrupted", know.disrupted), ("participants", know.participants)):
        if lexicon.search(doc.text, span.start, span.end):
            out[f"cue:{name}"] = 1.0
    for actor in find_actors(doc, span.start, span.end, doc.focus_country or "ID"):
        out[f"inter:{actor.inter}"] = 1.0
        if actor.group:
            out["inter:group"] = 1.0
    found = find_casualties(doc, span.start, span.end)
    if found.fatalities:
        out["cas:killed"] = 1.0
    for claim in found.claims:
        out[f"cas:{claim.kind}"] = 1.0
    return out


@dataclass(frozen=True)
class Prediction:
    """The model's sub-event type for a passage, its probability and the features that weighed most."""

    label: str
    probability: float
    runner_up: str
    reasons: tuple[tuple[str, float], ...]

    def explain(self) -> str:
        top = ", ".join(f"{name} {weight:+.2f}" for name, weight in self.reasons)
        return f"model: {self.label} p={self.probability:.2f} (next {self.runner_up}); {top}"


class TypingModel:
    """A multinomial logistic regression stored as plain arrays."""

    def __init__(self, classes: list[str], names: list[str], coef: np.ndarray, intercept: np.ndarray,
                 card: dict | None = None) -> None:
        self.classes = classes
        self.index = {name: i for i, name in enumerate(names)}
        self.names = names
        self.coef = coef  # (features, classes)
        self.intercept = intercept
        self.card = card or {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "TypingModel":
        """The shipped model (``warta/models/typing.npz``), or the one at ``path``."""
        return _load(str(path) if path else None)

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=self.intercept.astype(np.float32),
                            classes=np.array(self.classes), names=np.array(self.names))
        path.with_suffix(".json").write_text(json.dumps(self.card, indent=2) + "\n", "utf-8")

    def scores(self, feats: dict[str, float]) -> np.ndarray:
        rows = [self.index[name] for name in feats if name in self.index]
        logits = self.intercept.astype(np.float64).copy()
        if rows:
            logits += self.coef[rows].astype(np.float64).sum(axis=0)
        logits -= logits.max()
        probs = np.exp(logits)
        return probs / probs.sum()

    def predict(self, doc: Document, span: Span | None = None, *, top: int = 4) -> Prediction:
        feats = features(doc, span)
        probs = self.scores(feats)
        order = np.argsort(-probs)
        best = int(order[0])
        weights = sorted(((name, float(self.coef[self.index[name], best])) for name in feats if name in self.index),
                         key=lambda item: -item[1])[:top]
        return Prediction(self.classes[best], float(probs[best]), self.classes[int(order[1])], tuple(weights))


@functools.cache
def _load(path: str | None) -> TypingModel:
    source = Path(path) if path else Path(str(resources.files("warta").joinpath("models", "typing.npz")))
    if not source.is_file():
        raise WartaError(f"no typing model at {source}: run 'warta train typing'")
    with np.load(source, allow_pickle=False) as data:
        classes = [str(c) for c in data["classes"]]
        names = [str(n) for n in data["names"]]
        coef, intercept = data["coef"], data["intercept"]
    card_path = source.with_suffix(".json")
    card = json.loads(card_path.read_text("utf-8")) if card_path.is_file() else {}
    return TypingModel(classes, names, coef, intercept, card)


def available() -> bool:
    """True when a trained model ships with the package."""
    return resources.files("warta").joinpath("models", "typing.npz").is_file()


def model_for(settings) -> TypingModel | None:
    """The shipped model when the settings use one (``typing_model``) and it is installed, else None."""
    if not settings.typing_model or not available():
        return None
    return TypingModel.load()
