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
from .analyst import AnalystMixin, _now, apply_corrections
from .control import control_on, history
from .merge import RELATED_TYPES, compare, summarise
from .schema import migrate

_EVENT_COLUMNS = FIELDS
_DOC_COLUMNS = ("id", "doc_id", "version", "content_hash", "title", "url", "source", "published", "lang",
                "lang_confidence", "skipped", "warnings", "mentions", "path", "ingested_at", "text")


class Store(AnalystMixin):
    """A warta store in the SQLite file ``path`` (``":memory:"`` for a throw-away one)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._counts: dict[tuple, int] = {}  # count_merged_events, until the database changes
        self._count_version: tuple[int, int] | None = None
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

    def add(self, doc: Document, *, merge: bool = True) -> bool:
        """Store ``doc`` and its events; False (and nothing changed) if its text is already stored.

        With ``merge`` (the default) the new events are then merged with the stored ones
        (:meth:`merge`); without it they wait for the next :meth:`merge`.
        """
        added = self._add(doc)
        if added and merge:
            self.merge()
        return added

    def _add(self, doc: Document) -> bool:
        with self._errors(f"add document {doc.id!r}"), self._conn:
            digest = doc.content_hash
            if self._conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone():
                return False
            (version,) = self._conn.execute(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM documents WHERE doc_id = ?", (doc.id,)
            ).fetchone()
            if version > 1:
                self._retire(doc.id, version)
            row = self._conn.execute(
                "INSERT INTO documents (content_hash, doc_id, version, title, url, source, published, lang,"
                " lang_confidence, text, skipped, warnings, mentions, path, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (digest, doc.id, version, doc.title, doc.url, doc.source,
                 doc.published.isoformat() if doc.published else None, doc.lang, doc.lang_confidence,
                 doc.text, doc.skipped, json.dumps(doc.warnings, ensure_ascii=False),
                 json.dumps(_mentions(doc), ensure_ascii=False), doc.path,
                 _now()),
            ).lastrowid
            columns = ", ".join(_EVENT_COLUMNS)
            marks = ", ".join("?" for _ in _EVENT_COLUMNS)
            event_ids = []
            for ev in doc.events:
                record = event_record(ev, doc)
                values = [json.dumps(record[c], ensure_ascii=False) if c in JSON_FIELDS else record[c]
                          for c in _EVENT_COLUMNS]
                event_ids.append(self._conn.execute(
                    f"INSERT INTO events (document, {columns}) VALUES (?, {marks})", (row, *values)).lastrowid)
            for claim in doc.control:
                place = claim.place
                self._conn.execute(
                    "INSERT INTO control_claims (document, event, geonameid, place, admin1, admin2, country, holder,"
                    " status, since, kind, claimant, extent, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (row, event_ids[claim.event] if claim.event is not None else None,
                     place.geonameid if place else None, claim.name, place.admin1 if place else "",
                     place.admin2 if place else "", place.country if place else "", claim.holder, claim.status,
                     claim.since.isoformat() if claim.since else None, claim.kind, claim.claimant, claim.extent,
                     json.dumps(claim.evidence(), ensure_ascii=False)))
            return True

    # -- merging -----------------------------------------------------------------------------------

    def merge(self, *, window_days: int = 7) -> int:
        """Merge every event not yet in a merged event; return how many were placed.

        Incremental: only events without a merged event are compared, each with the stored
        events of other documents dated within ``window_days``. An event joins the merged event
        it matches best (it must match every report of it: no chains), or starts a new one.
        (Events of a document's older versions left their merged events when the new version
        was added.) Every decision is written to the merge log with its reasons.
        """
        now = _now()
        with self._errors("merge events"), self._conn:
            pending = self._conn.execute(
                "SELECT e.id FROM events e JOIN documents d ON d.id = e.document WHERE e.cluster IS NULL"
                " AND d.version = (SELECT MAX(version) FROM documents WHERE doc_id = d.doc_id) ORDER BY e.id").fetchall()
            for (event_id,) in pending:
                self._place_event(event_id, window_days, now)
        return len(pending)

    def _retire(self, doc_id: str, version: int) -> None:
        """The reports of older versions of ``doc_id`` leave their merged events (the new version's replace them)."""
        now = _now()
        stale = self._conn.execute(
            "SELECT e.id, e.cluster FROM events e JOIN documents d ON d.id = e.document"
            " WHERE d.doc_id = ? AND e.cluster IS NOT NULL", (doc_id,)).fetchall()
        for event_id, cluster in stale:
            self._conn.execute("UPDATE events SET cluster = NULL WHERE id = ?", (event_id,))
            self._log(now, "leave", event_id, cluster,
                      reasons=[{"check": "document", "why": f"version {version} of {doc_id} replaced it"}])
            self._refresh_cluster(cluster, now)

    def _place_event(self, event_id: int, window_days: int, now: str) -> None:
        (record,) = self._members("e.id = ?", (event_id,))
        best: tuple[float, int, int, list] | None = None
        if record["event_date"] and record["country"]:
            blocked = {r[0] for r in self._conn.execute("SELECT cluster FROM merge_blocks WHERE event = ?", (event_id,))}
            candidates: dict[int, list[dict]] = {}
            where, args = _candidates(record, window_days)
            for other in self._members(where, args):
                if other["merged_event"] not in blocked:
                    candidates.setdefault(other["merged_event"], []).append(other)
            for cluster, members in candidates.items():
                decisions = [(compare(record, m), m) for m in self._members("e.cluster = ?", (cluster,))]
                if all(dec.same for dec, _ in decisions):
                    top, other = max(decisions, key=lambda x: x[0].score)
                    if best is None or top.score > best[0]:
                        best = (top.score, cluster, other["event_id"], top.reasons)
        reclaimed = None if best is not None else self._reclaim(record)
        if reclaimed is not None:
            cluster, old_event = reclaimed
            self._conn.execute("UPDATE events SET cluster = ? WHERE id = ?", (cluster, event_id))
            self._log(now, "join", event_id, cluster, other=old_event, reasons=[
                {"check": "document", "why": f"the new version of the report {old_event} it replaces"}])
        elif best is None:
            cluster = self._conn.execute(
                "INSERT INTO clusters (updated_at) VALUES (?)", (now,)).lastrowid
            self._conn.execute("UPDATE events SET cluster = ? WHERE id = ?", (cluster, event_id))
            self._log(now, "new", event_id, cluster)
        else:
            score, cluster, other, reasons = best
            self._conn.execute("UPDATE events SET cluster = ? WHERE id = ?", (cluster, event_id))
            self._log(now, "join", event_id, cluster, other=other, score=score, reasons=reasons)
        self._refresh_cluster(cluster, now)

    def _reclaim(self, record: dict[str, Any]) -> tuple[int, int] | None:
        """The event an older version of ``record``'s document reported alone, if ``record`` is the same
        event: it keeps its id, and the analysts' corrections of it, across re-extraction."""
        older = [r[0] for r in self._conn.execute(
            "SELECT e.id FROM documents d JOIN events e ON e.document = d.id WHERE d.doc_id = ?"
            " AND d.version < (SELECT MAX(version) FROM documents WHERE doc_id = ?)",
            (record["doc_id"], record["doc_id"]))]
        if not older:
            return None  # the first version of its document: nothing to take up
        rows = self._conn.execute(
            f"SELECT m.cluster, m.event FROM merge_log m JOIN clusters c ON c.id = m.cluster WHERE m.action = 'leave'"
            f" AND c.reports = 0 AND m.event IN ({', '.join('?' for _ in older)}) ORDER BY m.id DESC", older).fetchall()
        for cluster, old_event in rows:
            old = self._conn.execute("SELECT * FROM events WHERE id = ?", (old_event,)).fetchone()
            if old is not None and compare(record, dict(_event_from_row(old), doc_id=f"{record['doc_id']} (old)")).same:
                return cluster, old_event
        return None

    def _members(self, where: str, args: tuple) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT e.*, d.published AS published FROM events e JOIN documents d ON d.id = e.document"
            f" WHERE {where} AND d.version = (SELECT MAX(version) FROM documents WHERE doc_id = d.doc_id)"
            " ORDER BY e.id", args).fetchall()
        return [dict(_event_from_row(r), published=r["published"]) for r in rows]

    def _refresh_cluster(self, cluster: int, now: str) -> None:
        members = self._members("e.cluster = ?", (cluster,))
        if not members:
            # kept, empty, with its corrections: a new version of its report may take it up again
            self._conn.execute("UPDATE clusters SET reports = 0, updated_at = ? WHERE id = ?", (now, cluster))
            return
        merged = summarise(members)
        merged["mentions"] = [m["event_id"] for m in members]
        corrections = self._conn.execute("SELECT * FROM corrections WHERE cluster = ? ORDER BY id", (cluster,)).fetchall()
        merged, hidden = apply_corrections(merged, corrections)
        self._conn.execute(
            "UPDATE clusters SET event_date = ?, event_type = ?, sub_event_type = ?, actor1 = ?, actor2 = ?,"
            " country = ?, admin1 = ?, admin2 = ?, location = ?, latitude = ?, longitude = ?, fatalities = ?,"
            " reports = ?, hidden = ?, source = ?, fatalities_low = ?, fatalities_high = ?, doc_id = ?,"
            " updated_at = ? WHERE id = ?",
            (merged["event_date"], merged["event_type"], merged["sub_event_type"], merged["actor1"], merged["actor2"],
             merged["country"], merged["admin1"], merged["admin2"], merged["location"], merged["latitude"],
             merged["longitude"], merged["fatalities"], merged["reports"],
             int(hidden), merged["source"], merged["fatalities_low"], merged["fatalities_high"], merged["doc_id"], now,
             cluster))
        self._conn.execute("INSERT OR REPLACE INTO cluster_records (cluster, record) VALUES (?, ?)",
                           (cluster, json.dumps(merged, ensure_ascii=False)))

    def _log(self, now: str, action: str, event: int, cluster: int, *, other: int | None = None,
             score: float | None = None, reasons: list | None = None, by: str = "warta") -> int:
        return self._conn.execute(
            "INSERT INTO merge_log (at, action, event, cluster, other, score, reasons, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (now, action, event, cluster, other, score, json.dumps(reasons or [], ensure_ascii=False), by)).lastrowid

    def undo_merge(self, decision: int, *, by: str = "analyst") -> int:
        """Undo the merge decision ``decision`` (a ``join`` in the merge log): its event leaves
        that merged event for one of its own and never rejoins it. Returns the new merged event's id.
        """
        now = _now()
        with self._errors(f"undo merge decision {decision}"), self._conn:
            row = self._conn.execute("SELECT action, event, cluster, undone FROM merge_log WHERE id = ?",
                                     (decision,)).fetchone()
            if row is None:
                raise StoreError(f"{self.path}: no merge decision {decision}")
            if row["action"] != "join" or row["undone"]:
                raise StoreError(f"{self.path}: merge decision {decision} is a{'n undone' if row['undone'] else ''}"
                                 f" '{row['action']}', not a join that can be undone")
            current = self._conn.execute("SELECT cluster FROM events WHERE id = ?", (row["event"],)).fetchone()
            if current is None or current[0] != row["cluster"]:
                raise StoreError(f"{self.path}: event {row['event']} is no longer in merged event {row['cluster']}")
            self._conn.execute("INSERT OR IGNORE INTO merge_blocks (event, cluster) VALUES (?, ?)",
                               (row["event"], row["cluster"]))
            self._conn.execute("UPDATE merge_log SET undone = 1 WHERE id = ?", (decision,))
            cluster = self._conn.execute("INSERT INTO clusters (updated_at) VALUES (?)", (now,)).lastrowid
            self._conn.execute("UPDATE events SET cluster = ? WHERE id = ?", (cluster, row["event"]))
            self._log(now, "undo", row["event"], cluster, other=decision, by=by,
                      reasons=[{"check": "analyst", "why": f"decision {decision} undone: left merged event {row['cluster']}"}])
            self._refresh_cluster(row["cluster"], now)
            self._refresh_cluster(cluster, now)
            return cluster

    def merge_log(self, *, cluster: int | None = None, event: int | None = None) -> list[dict[str, Any]]:
        """Merge decisions, oldest first, for one merged event or one event mention (or all)."""
        where, args = [], []
        if cluster is not None:
            where.append("cluster = ?")
            args.append(cluster)
        if event is not None:
            where.append("event = ?")
            args.append(event)
        sql = "SELECT * FROM merge_log" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        with self._errors("read the merge log"):
            rows = self._conn.execute(sql, args).fetchall()
        return [dict(dict(r), reasons=json.loads(r["reasons"]), undone=bool(r["undone"])) for r in rows]

    # -- reading -------------------------------------------------------------------------------------

    def events(self, *, date_from: dt.date | str | None = None, date_to: dt.date | str | None = None,
               country: str | None = None, admin1: str | None = None, event_type: str | None = None,
               doc_id: str | None = None, limit: int | None = None, latest_only: bool = True) -> list[dict[str, Any]]:
        """Event records (the JSONL export format plus ``event_id``), oldest event first.

        Dates are inclusive (``YYYY-MM-DD``); country, admin1 and event_type compare without
        regard to case. ``latest_only`` reads only the newest version of each document.
        """
        where, args = _filter("e.", date_from, date_to, country, admin1, event_type)
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

    def merged_events(self, *, date_from: dt.date | str | None = None, date_to: dt.date | str | None = None,
                      country: str | None = None, admin1: str | None = None, event_type: str | None = None,
                      admin2: str | None = None, actor: str | None = None, text: str | None = None,
                      bbox: tuple[float, float, float, float] | None = None, limit: int | None = None,
                      offset: int = 0, include_hidden: bool = False) -> list[dict[str, Any]]:
        """Merged events (one per real event), oldest first: the event record fields with
        ``event_id`` (the merged event), ``reports``, ``mentions`` (the event ids merged), every
        outlet in ``source`` (``A; B``), the fatality range and ``corrected`` (the analysts'
        corrections applied). ``actor`` and ``text`` match parts of the actors or of the whole
        record, without regard to case; ``bbox`` is (west, south, east, north). Events marked
        as not events are left out unless ``include_hidden``. Run :meth:`merge` first if events
        were added with ``merge=False``.
        """
        where, args = self._merged_filter(date_from=date_from, date_to=date_to, country=country, admin1=admin1,
                                          event_type=event_type, admin2=admin2, actor=actor, text=text, bbox=bbox,
                                          include_hidden=include_hidden)
        sql = (f"SELECT c.id, r.record, c.hidden FROM clusters c JOIN cluster_records r ON r.cluster = c.id"
               f" WHERE {where} ORDER BY c.event_date, c.id")
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            args += [int(limit) if limit is not None else -1, int(offset)]
        with self._errors("read merged events"):
            rows = self._conn.execute(sql, args).fetchall()
        return [dict({"event_id": r["id"]}, **json.loads(r["record"]), hidden=bool(r["hidden"])) for r in rows]

    def event_rows(self, *, limit: int | None = None, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        """The light form of :meth:`merged_events` (the coded fields, no evidence), read from the
        table's columns: what lists, maps and exports of many events need."""
        where, args = self._merged_filter(**filters)
        sql = f"SELECT {', '.join(ROW_COLUMNS)} FROM clusters WHERE {where} ORDER BY event_date, id"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            args += [int(limit) if limit is not None else -1, int(offset)]
        with self._errors("read merged events"):
            rows = self._conn.execute(sql, args).fetchall()
        return [dict(zip(ROW_KEYS, r)) for r in rows]

    def count_merged_events(self, **filters: Any) -> int:
        """How many merged events :meth:`merged_events` would list with these filters (no paging).

        Counts are remembered until the database changes (SQLite's ``data_version``, which also
        sees other connections' writes): a server answering many pages of one list counts once.
        """
        where, args = self._merged_filter(**filters)
        with self._errors("count merged events"):
            version = (self._conn.execute("PRAGMA data_version").fetchone()[0], self._conn.total_changes)
            if self._count_version != version:
                self._counts.clear()
                self._count_version = version
            key = (where, tuple(args))
            if key not in self._counts:
                if len(self._counts) > 1000:
                    self._counts.clear()
                self._counts[key] = self._conn.execute(f"SELECT COUNT(*) FROM clusters WHERE {where}", args).fetchone()[0]
            return self._counts[key]

    @staticmethod
    def _merged_filter(*, date_from=None, date_to=None, country=None, admin1=None, event_type=None, admin2=None,
                       actor=None, text=None, bbox=None, include_hidden=False) -> tuple[str, list[Any]]:
        where, args = _filter("", date_from, date_to, country, admin1, event_type)
        where.append("reports > 0")
        if not include_hidden:
            where.append("hidden = 0")
        if admin2 is not None:
            where.append("admin2 = ? COLLATE NOCASE")
            args.append(admin2)
        if actor:
            where.append("(actor1 LIKE ? OR actor2 LIKE ?)")
            args += [f"%{actor}%"] * 2
        if text:
            where.append("id IN (SELECT cluster FROM cluster_records WHERE record LIKE ?)")
            args.append(f"%{text}%")
        if bbox is not None:
            west, south, east, north = bbox
            where.append("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?")
            args += [west, east, south, north]
        return " AND ".join(where), args

    def merged_event(self, event_id: int) -> dict[str, Any]:
        """One merged event with its reports (document, outlet, date, the sentence), its merge
        history and its corrections; StoreError if there is none."""
        with self._errors(f"read event {event_id}"):
            row = self._conn.execute("SELECT r.record, c.hidden, c.reports FROM clusters c JOIN cluster_records r"
                                     " ON r.cluster = c.id WHERE c.id = ?", (event_id,)).fetchone()
            if row is None or not row["reports"]:
                raise StoreError(f"{self.path}: no event {event_id}")
            record = dict({"event_id": event_id}, **json.loads(row["record"]), hidden=bool(row["hidden"]))
            docs = self._conn.execute(
                "SELECT e.id AS event, d.doc_id, d.title, d.url, d.source, d.published FROM events e"
                " JOIN documents d ON d.id = e.document WHERE e.cluster = ? ORDER BY e.id", (event_id,)).fetchall()
        sentences = {r["event_id"]: r.get("sentence") for r in record.get("evidence", {}).get("reports", [])}
        record["reports_detail"] = [dict(dict(d), sentence=sentences.get(d["event"])) for d in docs]
        record["merge_history"] = self.merge_log(cluster=event_id)
        record["corrections"] = self.corrections(event_id)
        return record

    def control_claims(self) -> list[dict[str, Any]]:
        """Every stored control claim of the newest document versions, with its ``doc_id``."""
        with self._errors("read control claims"):
            rows = self._conn.execute(
                "SELECT c.*, d.doc_id AS doc_id, d.published AS published FROM control_claims c"
                " JOIN documents d ON d.id = c.document"
                " WHERE d.version = (SELECT MAX(version) FROM documents WHERE doc_id = d.doc_id) ORDER BY c.id"
            ).fetchall()
        return [dict(dict(r), evidence=json.loads(r["evidence"])) for r in rows]

    def control_on(self, day: dt.date | str) -> list[dict[str, Any]]:
        """Who holds each place on ``day``: see :func:`warta.store.control.control_on`."""
        return control_on(self.control_claims(), day.isoformat() if isinstance(day, dt.date) else str(day))

    def control_history(self, place: str) -> list[dict[str, Any]]:
        """Every control claim about ``place``, oldest first."""
        return history(self.control_claims(), place)

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


#: the columns of a light event row (see Store.event_rows) and the keys they get
ROW_COLUMNS = ("id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2",
               "location", "latitude", "longitude", "fatalities", "fatalities_low", "fatalities_high", "reports",
               "source", "doc_id")
ROW_KEYS = ("event_id",) + ROW_COLUMNS[1:]


def _candidates(record: dict[str, Any], window_days: int) -> tuple[str, tuple]:
    """SQL that finds the stored reports ``record`` could be merged with, by the checks of
    :func:`~warta.store.merge.compare` that can block: another document, the same country and
    province (or none), a related event type, and a date within reach of both precisions (a day,
    a week, a month). Each precision is its own range of the index on (country, precision, date)."""
    day = dt.date.fromisoformat(record["event_date"])
    own = int(record.get("time_precision") or 1)
    reach = lambda precision: {1: 1, 2: min(7, window_days)}.get(max(own, precision), 31)  # noqa: E731
    span = lambda days: ((day - dt.timedelta(days=days)).isoformat(), (day + dt.timedelta(days=days)).isoformat())  # noqa: E731
    types = next((sorted(g) for g in RELATED_TYPES if record["event_type"] in g), [record["event_type"]])
    ranges = " UNION ALL ".join(
        f"SELECT id FROM events WHERE country = ? AND time_precision = {p} AND event_date BETWEEN ? AND ?" for p in (1, 2, 3))
    where = (f"e.id IN ({ranges}) AND e.cluster IS NOT NULL AND (e.admin1 = ? OR e.admin1 = '' OR ? = '')"
             f" AND e.event_type IN ({', '.join('?' for _ in types)}) AND e.doc_id != ?")
    args = (*[x for p in (1, 2, 3) for x in (record["country"], *span(reach(p)))],
            record["admin1"] or "", record["admin1"] or "", *types, record["doc_id"])
    return where, args


def _filter(prefix: str, date_from, date_to, country, admin1, event_type) -> tuple[list[str], list[Any]]:
    """WHERE clauses and arguments for the common event filters over columns ``<prefix>name``."""
    where, args = [], []
    for op, value in ((">=", date_from), ("<=", date_to)):
        if value is not None:
            where.append(f"{prefix}event_date != '' AND {prefix}event_date {op} ?")
            args.append(value.isoformat() if isinstance(value, dt.date) else str(value))
    for column, value in (("country", country), ("admin1", admin1), ("event_type", event_type)):
        if value is not None:
            where.append(f"{prefix}{column} = ? COLLATE NOCASE")
            args.append(value)
    return where, args


def _event_from_row(row: sqlite3.Row) -> dict[str, Any]:
    record: dict[str, Any] = {"event_id": row["id"], "merged_event": row["cluster"]}
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
