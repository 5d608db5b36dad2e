"""Pieces shared by the gold and ACLED reports: a field score and rich tables.

Example:
    >>> s = Score("event_date"); s.add(True); s.add(False); s.accuracy
    0.5
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..document import Document

#: what a scorer runs on each document: the system's event records (see warta.export.records)
Extract = Callable[[Document], list[dict[str, Any]]]


@dataclass
class Score:
    """Right answers over attempts for one field."""

    name: str
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += bool(ok)

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"right": self.right, "total": self.total, "accuracy": _round(self.accuracy)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def pct(value: float | None) -> str:
    """``0.8125`` -> ``"81.2%"``; ``None`` -> ``"-"``."""
    return "-" if value is None else f"{100 * value:.1f}%"


def excerpt(text: str | None, width: int = 140) -> str:
    """One line of at most ``width`` characters."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def score_table(title: str, scores: Iterable[Score]):
    """A rich table: field, right, total, accuracy."""
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column("field")
    table.add_column("right", justify="right")
    table.add_column("total", justify="right")
    table.add_column("accuracy", justify="right")
    for score in scores:
        table.add_row(score.name, str(score.right), str(score.total), pct(score.accuracy))
    return table


def record_summary(record: dict[str, Any]) -> str:
    """``"Battles / Armed clash, 2021-08-20, Pul-e Hisar (Baghlan), fatalities 0"``."""
    place = record.get("location") or "?"
    if record.get("admin1"):
        place += f" ({record['admin1']})"
    return (
        f"{record.get('event_type') or '?'} / {record.get('sub_event_type') or '?'}, "
        f"{record.get('event_date') or 'no date'}, {place}, fatalities {record.get('fatalities', '?')}"
    )


def evidence_sentence(record: dict[str, Any]) -> str:
    """The sentence text stored in a record's evidence, or its notes, or ``""``."""
    evidence = record.get("evidence") or {}
    if isinstance(evidence, str):
        return evidence
    sentence = evidence.get("sentence") if isinstance(evidence, dict) else None
    if isinstance(sentence, dict) and sentence.get("text"):
        return str(sentence["text"])
    return str(record.get("notes") or "")


def pipeline_extract(settings: Any = None) -> Extract:
    """An extract function running warta's own pipeline: ``Document -> [event record, ...]``.

    The document's ``skipped`` reason is copied back onto the document passed in.
    """
    from ..export.records import event_record
    from ..pipeline import Pipeline

    pipeline = Pipeline(settings)

    def extract(doc: Document) -> list[dict[str, Any]]:
        done = pipeline.process(doc)
        if done is not doc:
            doc.skipped = done.skipped
        return [event_record(ev, done) for ev in done.events]

    return extract
