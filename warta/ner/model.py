"""The shipped name recognisers (``warta/models/ner-<lang>/``, spaCy pipelines) and the ``names`` stage.

A model is loaded on first use and only for the languages that have one. The stage fills ``doc.names``
with PER / ORG / LOC spans; the places stage reads them (a person's name is never a place, a LOC the
gazetteer lacks is coded to the unit written next to it) and so does the events stage (an organisation
named before a violence trigger is a candidate actor).

Example:
    >>> from warta.document import Document
    >>> doc = recognise_names(Document("d", "Kapolda Papua Irjen Mathius Fakhiri tiba di Wamena.", lang="id"))
    >>> [(s.text, s.label) for s in doc.names]                                # doctest: +SKIP
    [('Papua', 'LOC'), ('Mathius Fakhiri', 'PER'), ('Wamena', 'LOC')]
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

from ..document import Document, Span


def model_dir(lang: str) -> Path | None:
    """Where the shipped model of ``lang`` is, or None."""
    path = Path(str(resources.files("warta").joinpath("models", f"ner-{lang}")))
    return path if (path / "meta.json").is_file() else None


@functools.cache
def load_model(lang: str) -> Any | None:
    """The spaCy pipeline of ``lang``'s shipped model (cached), or None when there is none."""
    path = model_dir(lang)
    if path is None:
        return None
    import spacy

    from . import features  # noqa: F401  (registers the warta_word_classes component the English model runs)

    try:
        return spacy.load(path)
    except (OSError, ValueError, KeyError) as exc:  # a damaged or incompatible model: warta runs without names
        import logging

        logging.getLogger("warta").warning("name recogniser %s could not be loaded (%s); going on without it", path, exc)
        return None


def recognise_names(doc: Document, nlp: Any | None = None) -> Document:
    """Fill ``doc.names`` (labels PER, ORG, LOC) with the model of ``doc.lang`` (or ``nlp``)."""
    nlp = nlp if nlp is not None else load_model(doc.lang or "en")
    if nlp is None or not doc.text:
        return doc
    parsed = nlp(doc.text)
    doc.names = [Span(e.start_char, e.end_char, e.label_, e.text) for e in parsed.ents
                 if e.label_ in ("PER", "ORG", "LOC") and e.text.strip()]
    return doc


__all__ = ["recognise_names", "load_model", "model_dir"]
