"""The SQLite store: documents and the events read from them.

Idempotent by content: adding a document whose text is already stored changes nothing.
A changed text under a known ``doc_id`` is stored as a new version beside the old one
(nothing a user stored is ever lost); queries read the newest version of each document
unless asked otherwise. Every ``sqlite3`` error becomes a :class:`~warta.errors.StoreError`
naming the database file.

Example:
    >>> from warta.document import Document
    >>> with Store(":memory:") as store:
    ...     store.add(Document("d1", "Polisi menangkap dua orang."))
    ...     store.add(Document("d1", "Polisi menangkap dua orang."))
    ...     store.count()
    True
    False
    1
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any, Iterator

from ..document import Document
from ..errors import StoreError
from ..export.records import FIELDS, JSON_FIELDS, event_record
from .schema import migrate

_EVENT_COLUMNS = FIELDS
_DOC_COLUMNS = ("id", "doc_id", "version", "content_hash", "title", "url", "source", "published", "lang",
                "lang_confidence", "skipped", "warnings", "mentions", "path", "ingested_at", "text")


class Store:
    """A warta store in the SQLite file ``path`` (``":memory:"`` for a throw-away one)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        with self._errors("open"):
            if self.path != ":memory:":
                parent = Path(self.path).expanduser().resolve().parent
                if not parent.is_dir():
                    raise StoreError(f"{self.path}: folder {parent} does not exist")
            self._conn = sqlite3.connect(self.path)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA foreign_keys = ON")
            migrate(self._conn, self.path)

    # -- plumbing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Turn sqlite3 errors into StoreError naming the file; roll back what was begun."""
        try:
            yield
        except sqlite3.Error as exc:
            conn = getattr(self, "_conn", None)
            if conn is not None and conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.rollback()
            message = str(exc)
            if "not a database" in message:
                message = "not an SQLite database (or a corrupt one)"
            elif "readonly" in message or "unable to open" in message:
                message = f"cannot write there ({message})"
            raise StoreError(f"{self.path}: cannot {action}: {message}") from exc

    def close(self) -> None:
        with self._errors("close"):
            self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------------------

    def add(self, doc: Document) -> bool:
        """Store ``doc`` and its events; False (and nothing changed) if its text is already stored."""
        with self._errors(f"add document {doc.id!r}"), self._conn:
            digest = doc.content_hash
            if self._conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone():
                return False
            (version,) = self._conn.execute(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM documents WHERE doc_id = ?", (doc.id,)
            ).fetchone()
            row = self._conn.execute(
                "INSERT INTO documents (content_hash, doc_id, version, title, url, source, published, lang,"
                " lang_confidence, text, skipped, warnings, mentions, path, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (digest, doc.id, version, doc.title, doc.url, doc.source,
                 doc.published.isoformat() if doc.published else None, doc.lang, doc.lang_confidence,
                 doc.text, doc.skipped, json.dumps(doc.warnings, ensure_ascii=False),
                 json.dumps(_mentions(doc), ensure_ascii=False), doc.path,
                 dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
            ).lastrowid
            columns = ", ".join(_EVENT_COLUMNS)
            marks = ", ".join("?" for _ in _EVENT_COLUMNS)
            for ev in doc.events:
                record = event_record(ev, doc)
                values = [json.dumps(record[c], ensure_ascii=False) if c in JSON_FIELDS else record[c]
                          for c in _EVENT_COLUMNS]
                self._conn.execute(f"INSERT INTO events (document, {columns}) VALUES (?, {marks})", (row, *values))
            return True

    # -- reading -------------------------------------------------------------------------------------

    def events(self, *, date_from: dt.date | str | None = None, date_to: dt.date | str | None = None,
               country: str | None = None, admin1: str | None = None, event_type: str | None = None,
               doc_id: str | None = None, limit: int | None = None, latest_only: bool = True) -> list[dict[str, Any]]:
        """Event records (the JSONL export format plus ``event_id``), oldest event first.

        Dates are inclusive (``YYYY-MM-DD``); country, admin1 and event_type compare without
        regard to case. ``latest_only`` reads only the newest version of each document.
        """
        where, args = [], []
        for column, op, value in (("event_date", ">=", date_from), ("event_date", "<=", date_to)):
            if value is not None:
                where.append(f"e.{column} != '' AND e.{column} {op} ?")
                args.append(value.isoformat() if isinstance(value, dt.date) else str(value))
        for column, value in (("country", country), ("admin1", admin1), ("event_type", event_type)):
            if value is not None:
                where.append(f"e.{column} = ? COLLATE NOCASE")
                args.append(value)
        if doc_id is not None:
            where.append("e.doc_id = ?")
            args.append(doc_id)
        if latest_only:
            where.append("d.version = (SELECT MAX(version) FROM documents WHERE doc_id = d.doc_id)")
        sql = ("SELECT e.* FROM events e JOIN documents d ON d.id = e.document"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY e.event_date, e.id")
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        with self._errors("read events"):
            rows = self._conn.execute(sql, args).fetchall()
        return [_event_from_row(r) for r in rows]

    def documents(self, *, doc_id: str | None = None, latest_only: bool = False,
                  with_text: bool = True) -> list[dict[str, Any]]:
        """Stored documents as dicts (all versions unless ``latest_only``), in storing order."""
        columns = [c for c in _DOC_COLUMNS if with_text or c != "text"]
        where, args = [], []
        if doc_id is not None:
            where.append("doc_id = ?")
            args.append(doc_id)
        if latest_only:
            where.append("version = (SELECT MAX(version) FROM documents d2 WHERE d2.doc_id = documents.doc_id)")
        sql = f"SELECT {', '.join(columns)} FROM documents" + (" WHERE " + " AND ".join(where) if where else "")
        with self._errors("read documents"):
            rows = self._conn.execute(sql + " ORDER BY id", args).fetchall()
        out = []
        for r in rows:
            item = dict(r)
            item["warnings"] = json.loads(item["warnings"])
            item["mentions"] = json.loads(item["mentions"])
            out.append(item)
        return out

    def count(self, what: str = "documents") -> int:
        """How many ``documents`` (every version) or ``events`` are stored."""
        if what not in ("documents", "events"):
            raise ValueError(f"count() counts 'documents' or 'events', not {what!r}")
        with self._errors(f"count {what}"):
            return self._conn.execute(f"SELECT COUNT(*) FROM {what}").fetchone()[0]


def _event_from_row(row: sqlite3.Row) -> dict[str, Any]:
    record: dict[str, Any] = {"event_id": row["id"]}
    for column in _EVENT_COLUMNS:
        value = row[column]
        record[column] = json.loads(value) if column in JSON_FIELDS else value
    return record


def _mentions(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """Places, dates and actors found in ``doc``, compact, for the documents table."""
    return {
        "places": [{"span": m.span.to_dict(), "name": m.name, "geonameid": m.place.geonameid if m.place else None,
                    "rule": m.rule} for m in doc.places],
        "dates": [{"span": m.span.to_dict(), "value": m.value.isoformat() if m.value else None,
                   "precision": m.precision, "kind": m.kind} for m in doc.dates],
        "actors": [{"span": m.span.to_dict(), "name": m.name, "inter": m.inter} for m in doc.actors],
    }
