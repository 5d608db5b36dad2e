"""warta: news articles in, ACLED-style conflict events out (Indonesian and English).

Example:
    >>> from warta import Pipeline, Document
    >>> doc = Pipeline().process(Document(id="a", text="..."))  # doctest: +SKIP
"""

import logging

from .document import ActorMention, CasualtyClaim, DateMention, Document, EventMention, Evidence, Place, PlaceMention, Span
from .errors import (
    ConfigError,
    EvaluationError,
    GazetteerError,
    InputError,
    LanguageDataError,
    StageError,
    StoreError,
    WartaError,
)
from .pipeline import Pipeline, RunSummary, process
from .settings import Settings

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "ActorMention",
    "CasualtyClaim",
    "ConfigError",
    "DateMention",
    "Document",
    "EvaluationError",
    "EventMention",
    "Evidence",
    "GazetteerError",
    "InputError",
    "LanguageDataError",
    "Pipeline",
    "Place",
    "PlaceMention",
    "RunSummary",
    "Settings",
    "Span",
    "StageError",
    "StoreError",
    "WartaError",
    "process",
]
