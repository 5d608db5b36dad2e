"""Scoring a system on ACLED rows: each row's ``notes`` in, its coded fields out.

Each row becomes a :class:`~warta.document.Document` (``doc_id`` = ``event_id_cnty``, lang ``en``,
no publication date: ACLED notes start with their date). When the system returns several events for
a note, the one whose point is closest to the row's point is scored (ties, and events without a
point, go by the system's order). Every field is an accuracy over all rows: a row for which the
system returns no event is wrong on every field, and counted apart as "no event". A field the row
leaves empty (admin2 in some countries) is not counted for that row.

Both ACLED layouts are read: the 31-column export and the newer 28-column one (no actor2 column,
text inter codes, one row per actor of an event: such rows are merged into one event, see
:func:`acled_events`, so "rows" counts events), with or without a UTF-8 BOM, and dates as
``20191231``, ``5-Aug-24`` or ISO.

Example:
    >>> report = evaluate_acled("acled_indonesia_2016_2019.csv", pipeline_extract(), limit=200)  # doctest: +SKIP
    >>> report.fields["sub_event_type"].accuracy                                                 # doctest: +SKIP
    0.71
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import EvaluationError, WartaError
from .geo import haversine_km, parse_date, point, to_int
from .names import same_actor, same_admin
from .report import Extract, Score, excerpt, pct, score_table

REQUIRED_COLUMNS = (
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "admin1", "admin2",
    "location", "latitude", "longitude", "fatalities", "notes",
)
FIELDS = ("event_type", "sub_event_type", "event_date", "admin1", "admin2", "location", "fatalities", "actor1")
LOCATION_KM = 25.0
KEEP_MISSES = 200  # per field, kept in the report (render shows fewer)


@dataclass
class AcledRow:
    line: int
    row: dict[str, str]
    date: dt.date

    @property
    def id(self) -> str:
        return self.row["event_id_cnty"]


def read_acled(csv_path: str | Path) -> Iterator[AcledRow]:
    """The rows of an ACLED CSV export, in file order.

    Raises:
        EvaluationError: the file cannot be read, lacks a needed column, or has an unreadable date
        (the file and line are named).
    """
    path = Path(csv_path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot open the ACLED file: {exc}") from exc
    with handle:
        reader = csv.DictReader(handle)
        try:
            header = [h.strip() for h in (reader.fieldnames or [])]
        except (csv.Error, UnicodeDecodeError) as exc:
            raise EvaluationError(f"{path}:1: unreadable header: {exc}") from exc
        reader.fieldnames = header
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise EvaluationError(f"{path}:1: not an ACLED export, missing column(s): {', '.join(missing)}")
        try:
            for row in reader:
                date = parse_date(row.get("event_date"))
                if date is None:
                    raise EvaluationError(f"{path}:{reader.line_num}: unreadable event_date {row.get('event_date')!r}")
                yield AcledRow(reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}, date)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise EvaluationError(f"{path}:{reader.line_num}: {exc}") from exc


def acled_events(csv_path: str | Path) -> list[AcledRow]:
    """One row per event, in file order of first appearance.

    The newer layout has no actor2 column and gives an event with two sides as two rows sharing
    ``event_id_cnty`` (one per actor, the initiating side first): they are merged into the first,
    the second row's actor1 becoming ``actor2``.
    """
    events: dict[str, AcledRow] = {}
    for row in read_acled(csv_path):
        first = events.get(row.id)
        if first is None:
            events[row.id] = row
        elif not first.row.get("actor2") and row.row["actor1"] != first.row["actor1"]:
            first.row["actor2"] = row.row["actor1"]
            first.row.setdefault("assoc_actor_2", row.row.get("assoc_actor_1", ""))
    return list(events.values())


def best_event(row: dict[str, str], records: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The system event closest to the row's point (ties and point-less events by order)."""
    if not records:
        return None
    origin = point(row)

    def distance(i: int) -> tuple[float, int]:
        p = point(records[i])
        return (haversine_km(*origin, *p) if origin and p else float("inf"), i)

    return records[min(range(len(records)), key=distance)]


def compare_row(row: AcledRow, record: dict[str, Any]) -> dict[str, tuple[bool, Any, Any]]:
    """``{field: (right, gold value, system value)}`` for the fields the row gives."""
    gold = row.row
    origin, p = point(gold), point(record)
    km = haversine_km(*origin, *p) if origin and p else None
    out: dict[str, tuple[bool, Any, Any]] = {
        "event_type": (record.get("event_type") == gold["event_type"], gold["event_type"], record.get("event_type")),
        "sub_event_type": (record.get("sub_event_type") == gold["sub_event_type"], gold["sub_event_type"], record.get("sub_event_type")),
        "event_date": (parse_date(record.get("event_date")) == row.date, row.date.isoformat(), record.get("event_date")),
        "location": (
            km is not None and km <= LOCATION_KM,
            gold["location"],
            f"{record.get('location') or '?'} ({'no point' if km is None else f'{km:.0f} km'})",
        ),
        "fatalities": (to_int(record.get("fatalities")) == to_int(gold["fatalities"]), gold["fatalities"], record.get("fatalities")),
        "actor1": (same_actor([gold["actor1"]], record.get("actor1")), gold["actor1"], record.get("actor1")),
    }
    for key in ("admin1", "admin2"):
        if gold[key]:
            out[key] = (same_admin(gold[key], record.get(key)), gold[key], record.get(key))
    return out


@dataclass
class AcledReport:
    """Field accuracies of one ACLED file."""

    path: str
    rows: int = 0
    no_event: int = 0
    errors: int = 0
    system_events: int = 0
    fields: dict[str, Score] = field(default_factory=lambda: {name: Score(name) for name in FIELDS})
    confusions: Counter = field(default_factory=Counter)  # (gold sub-type, system sub-type) -> rows
    misses: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {name: [] for name in FIELDS})
    error_samples: list[str] = field(default_factory=list)
    no_event_samples: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "rows": self.rows,
            "no_event": self.no_event,
            "errors": self.errors,
            "system_events": self.system_events,
            "fields": {name: score.to_dict() for name, score in self.fields.items()},
            "confusions": [{"gold": g, "system": s, "rows": n} for (g, s), n in self.confusions.most_common()],
            "misses": self.misses,
            "error_samples": self.error_samples,
            "no_event_samples": self.no_event_samples,
        }

    def render(self, console: Any, *, max_examples: int = 10) -> None:
        """Scores, the most frequent sub-type confusions and a few misses per field."""
        from rich.table import Table

        console.print(
            f"[bold]{self.path}[/]: {self.rows} rows, {self.system_events} system events, "
            f"no event for {self.no_event} rows ({pct(self.no_event / self.rows if self.rows else None)})"
            + (f", {self.errors} errors" if self.errors else "")
        )
        console.print(score_table("field accuracy over all rows", self.fields.values()))
        if self.confusions:
            table = Table(title="most frequent sub-type confusions", title_justify="left")
            for column in ("gold sub_event_type", "system sub_event_type", "rows"):
                table.add_column(column, justify="right" if column == "rows" else "left")
            for (gold, system), n in self.confusions.most_common(max(max_examples, 10)):
                table.add_row(gold, system, str(n))
            console.print(table)
        for name, misses in self.misses.items():
            if not misses:
                continue
            wrong = self.fields[name].total - self.fields[name].right
            console.print(f"[bold]misses: {name}[/] ({wrong} rows wrong, {self.no_event} of them with no event)")
            for miss in misses[:max_examples]:
                console.print(
                    f"  {miss['id']}: gold {miss['gold']!r} vs system {miss['system']!r}\n     «{excerpt(miss['notes'])}»",
                    highlight=False,
                )
        if self.no_event_samples:
            console.print(f"[bold]no event[/] ({self.no_event} rows)")
            for miss in self.no_event_samples[:max_examples]:
                console.print(f"  {miss['id']} ({miss['gold']}): «{excerpt(miss['notes'])}»", highlight=False)
        for message in self.error_samples[:max_examples]:
            console.print(f"  [red]error[/] {message}", highlight=False)


def evaluate_acled(
    csv_path: str | Path,
    extract: Extract,
    *,
    limit: int | None = None,
    progress: Callable[[int, int | None], Any] | None = None,
) -> AcledReport:
    """Run ``extract`` on each row's notes (the first ``limit`` rows in file order) and score it.

    ``progress(done, limit)`` is called once per row (per event, see :func:`acled_events`). A :class:`~warta.errors.WartaError` raised by
    ``extract`` on a row counts as "no event" for that row and is counted under ``errors``.

    Raises:
        EvaluationError: the CSV is malformed (see :func:`read_acled`).
    """
    report = AcledReport(str(csv_path))
    for row in acled_events(csv_path):
        if limit is not None and report.rows >= limit:
            break
        report.rows += 1
        doc = Document(id=row.id, text=row.row["notes"], lang="en", published=None, source=row.row.get("source") or None)
        try:
            records = list(extract(doc) or [])
        except WartaError as exc:
            report.errors += 1
            if len(report.error_samples) < KEEP_MISSES:
                report.error_samples.append(f"{row.id}: {exc}")
            records = []
        report.system_events += len(records)
        record = best_event(row.row, records)
        _score_row(report, row, record)
        if progress is not None:
            progress(report.rows, limit)
    return report


def _score_row(report: AcledReport, row: AcledRow, record: dict[str, Any] | None) -> None:
    gold = row.row
    if record is None:
        report.no_event += 1
        if len(report.no_event_samples) < KEEP_MISSES:
            report.no_event_samples.append({"id": row.id, "notes": gold["notes"], "gold": gold["sub_event_type"]})
        report.confusions[gold["sub_event_type"], "(no event)"] += 1
        for name, score in report.fields.items():
            if name in ("admin1", "admin2") and not gold[name]:
                continue
            score.add(False)
        return
    if record.get("sub_event_type") != gold["sub_event_type"]:
        report.confusions[gold["sub_event_type"], record.get("sub_event_type") or "(none)"] += 1
    for name, (ok, gold_value, system_value) in compare_row(row, record).items():
        report.fields[name].add(ok)
        if not ok and len(report.misses[name]) < KEEP_MISSES:
            report.misses[name].append({"id": row.id, "notes": gold["notes"], "gold": gold_value, "system": system_value})
