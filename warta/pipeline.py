"""The pipeline: ordered stages over one :class:`~warta.document.Document`.

Each stage is a callable ``Document -> Document``. A stage that fails on one document
does not stop a batch: the failure is written onto the document (``doc.skipped``) and
counted in the run summary, unless the pipeline was built with ``raise_errors=True``.

Example:
    >>> from warta import Pipeline, Document
    >>> doc = Pipeline().process(Document(id="x", text="Polisi menangkap dua orang di Jayapura, Senin (3/6/2019)."))
    >>> doc.lang
    'id'
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .document import Document
from .errors import StageError, WartaError
from .settings import Settings

log = logging.getLogger(__name__)

Stage = Callable[[Document], Document]


@dataclass
class RunSummary:
    """What a batch run did: documents processed, skipped (with reasons) and failed."""

    processed: int = 0
    events: int = 0
    skipped: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.processed + len(self.skipped) + len(self.failed)


class Pipeline:
    """Language, segmentation, dates, names, places, actors, events and control claims, in that order.

    Stages are built lazily: the gazetteer is loaded the first time a document needs it.
    """

    def __init__(self, settings: Settings | None = None, *, raise_errors: bool = False) -> None:
        self.settings = settings or Settings.load()
        self.raise_errors = raise_errors
        self._stages: list[tuple[str, Stage]] | None = None

    @property
    def stages(self) -> list[tuple[str, Stage]]:
        if self._stages is None:
            from .ner.model import recognise_names
            from .stages.control import read_control
            from .stages.dates import resolve_dates
            from .stages.events import EventExtractor
            from .stages.language import detect_language
            from .stages.places import Geoparser
            from .stages.segment import segment

            settings = self.settings
            self._stages = [
                ("language", lambda doc: detect_language(doc, settings)),
                ("segment", segment),
                ("dates", resolve_dates),
                ("names", (lambda doc: recognise_names(doc)) if settings.ner_model else (lambda doc: doc)),
                ("places", Geoparser(settings=settings)),
                ("events", EventExtractor(settings)),
                ("control", read_control),
            ]
        return self._stages

    def process(self, doc: Document) -> Document:
        """Run every stage on ``doc``; stop early when a stage marks it skipped."""
        for name, stage in self.stages:
            if doc.skipped:
                break
            try:
                result = stage(doc)
            except WartaError:
                raise
            except Exception as exc:  # a bug or a third-party failure: keep the batch going
                if self.raise_errors:
                    raise StageError(f"{type(exc).__name__}: {exc}", doc_id=doc.id, stage=name) from exc
                log.exception("stage %s failed on %s", name, doc.id)
                doc.skip(f"stage {name} failed: {type(exc).__name__}: {exc}")
                break
            if not isinstance(result, Document):
                raise StageError(f"stage returned {type(result).__name__}, not a Document", doc_id=doc.id, stage=name)
            doc = result
        return doc

    def run(self, docs: Iterable[Document], summary: RunSummary | None = None) -> Iterator[Document]:
        """Process ``docs`` one by one, counting what happened in ``summary``."""
        summary = summary if summary is not None else RunSummary()
        for doc in docs:
            doc = self.process(doc)
            if doc.skipped:
                if doc.skipped.startswith("stage "):
                    summary.failed[doc.id] = doc.skipped
                else:
                    summary.skipped[doc.id] = doc.skipped
            else:
                summary.processed += 1
                summary.events += len(doc.events)
            yield doc


def process(text: str, *, doc_id: str = "text", published=None, settings: Settings | None = None) -> Document:
    """One-shot: run the default pipeline on ``text`` and return the document with its events."""
    return Pipeline(settings).process(Document(id=doc_id, text=text, published=published))
