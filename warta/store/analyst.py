"""What analysts do to the store: correct a merged event, mark it as no event, merge or split
events, and the API tokens that allow it.

Every correction is a row of ``corrections`` (who, when, the field, the old and the new value)
and is applied on top of the machine's reading each time a merged event is recomputed, so
re-extracting an article or merging another report never overwrites it. Nothing is deleted:
"not an event" hides the event, merges and splits are written to the merge log.

Example:
    >>> from warta.store import Store
    >>> store = Store(":memory:")
    >>> token = store.create_token("desk", scope="write")
    >>> store.token_scope(token), store.token_scope("wrong")
    ('write', None)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from typing import Any

from ..errors import StoreError

#: fields an analyst may correct, and what each must hold
CORRECTABLE: dict[str, str] = {
    "event_date": "date", "time_precision": "precision", "event_type": "type", "sub_event_type": "sub_type",
    "actor1": "text", "assoc_actor_1": "text", "inter1": "inter", "actor2": "text", "assoc_actor_2": "text",
    "inter2": "inter", "country": "text", "admin1": "text", "admin2": "text", "location": "text",
    "latitude": "latitude", "longitude": "longitude", "geo_precision": "precision", "fatalities": "count",
    "notes": "text",
}
SCOPES = ("read", "write")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_value(field: str, value: Any) -> Any:
    """``value`` as the field holds it; ValueError naming the field and what it needs otherwise."""
    from ..stages.events import taxonomy

    kind = CORRECTABLE.get(field)
    if kind is None:
        raise ValueError(f"field {field!r} cannot be corrected (correctable: {', '.join(CORRECTABLE)})")
    tax = taxonomy()
    try:
        if kind == "date":
            return dt.date.fromisoformat(str(value)).isoformat()
        if kind in ("precision", "inter", "count"):
            if isinstance(value, bool) or int(value) != float(value):
                raise ValueError
            number = int(value)
            low, high = {"precision": (1, 3), "inter": (0, 8), "count": (0, 1_000_000)}[kind]
            if not low <= number <= high:
                raise ValueError
            return number
        if kind in ("latitude", "longitude"):
            number = float(value)
            limit = 90 if kind == "latitude" else 180
            if not -limit <= number <= limit:
                raise ValueError
            return number
    except (TypeError, ValueError):
        needs = {"date": "a date YYYY-MM-DD", "precision": "1, 2 or 3", "inter": "an ACLED inter code 0-8",
                 "count": "a whole number from 0", "latitude": "a number from -90 to 90",
                 "longitude": "a number from -180 to 180"}[kind]
        raise ValueError(f"field {field!r} needs {needs}, not {value!r}") from None
    if kind == "type" and value not in tax["types"]:
        raise ValueError(f"field 'event_type' needs one of ACLED's event types, not {value!r}")
    if kind == "sub_type" and value not in tax["event_type_of"]:
        raise ValueError(f"field 'sub_event_type' needs one of ACLED's 25 sub-event types, not {value!r}")
    if not isinstance(value, str):
        raise ValueError(f"field {field!r} needs text, not {value!r}")
    return value.strip()


def apply_corrections(record: dict[str, Any], rows: list[Any]) -> tuple[dict[str, Any], bool]:
    """``record`` with the analysts' ``set`` corrections on top (the latest per field wins), a
    ``corrected`` entry per field (machine value, analyst value, who, when), and whether the
    latest hide/restore correction hides it."""
    hidden = False
    corrected: dict[str, Any] = {}
    for row in rows:
        if row["action"] == "set":
            field = row["field"]
            machine = corrected[field]["machine"] if field in corrected else record.get(field)
            record[field] = json.loads(row["new"])
            corrected[field] = {"machine": machine, "value": record[field], "by": row["by"], "at": row["at"],
                                "correction": row["id"]}
            if field == "sub_event_type":
                from ..stages.events import taxonomy

                record["event_type"] = taxonomy()["event_type_of"][record[field]]
        elif row["action"] in ("not_event", "restore"):
            hidden = row["action"] == "not_event"
    record["corrected"] = corrected
    return record, hidden


class AnalystMixin:
    """Corrections, manual merges and splits, and tokens (mixed into :class:`~warta.store.Store`)."""

    # -- corrections ----------------------------------------------------------------------------

    def _cluster_or_fail(self, cluster: int) -> None:
        row = self._conn.execute("SELECT reports FROM clusters WHERE id = ?", (cluster,)).fetchone()
        if row is None or not row[0]:
            raise StoreError(f"{self.path}: no event {cluster}")

    def correct(self, cluster: int, field: str, value: Any, *, by: str, note: str = "") -> dict[str, Any]:
        """Set ``field`` of merged event ``cluster`` to ``value`` (checked), recorded as ``by``'s correction."""
        try:
            value = check_value(field, value)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        now = _now()
        with self._errors(f"correct event {cluster}"), self._conn:
            self._cluster_or_fail(cluster)
            (record,) = self._conn.execute("SELECT record FROM cluster_records WHERE cluster = ?", (cluster,)).fetchone()
            old = json.loads(record).get(field)
            self._conn.execute(
                "INSERT INTO corrections (at, by, cluster, action, field, old, new, note) VALUES (?, ?, ?, 'set', ?, ?, ?, ?)",
                (now, by, cluster, field, json.dumps(old, ensure_ascii=False), json.dumps(value, ensure_ascii=False), note))
            self._refresh_cluster(cluster, now)
        return self.merged_event(cluster)

    def mark_not_event(self, cluster: int, *, by: str, note: str = "", restore: bool = False) -> None:
        """Hide merged event ``cluster`` as not an event (or show it again with ``restore``)."""
        now = _now()
        with self._errors(f"mark event {cluster}"), self._conn:
            if self._conn.execute("SELECT 1 FROM clusters WHERE id = ?", (cluster,)).fetchone() is None:
                raise StoreError(f"{self.path}: no event {cluster}")
            self._conn.execute("INSERT INTO corrections (at, by, cluster, action, note) VALUES (?, ?, ?, ?, ?)",
                               (now, by, cluster, "restore" if restore else "not_event", note))
            self._refresh_cluster(cluster, now)

    def merge_events(self, into: int, other: int, *, by: str) -> dict[str, Any]:
        """Merge event ``other`` into event ``into``: every report of ``other`` joins ``into``."""
        if into == other:
            raise StoreError(f"{self.path}: cannot merge event {into} with itself")
        now = _now()
        with self._errors(f"merge event {other} into {into}"), self._conn:
            self._cluster_or_fail(into)
            self._cluster_or_fail(other)
            moved = [r[0] for r in self._conn.execute("SELECT id FROM events WHERE cluster = ?", (other,))]
            self._conn.execute("UPDATE events SET cluster = ? WHERE cluster = ?", (into, other))
            self._conn.execute("UPDATE corrections SET cluster = ? WHERE cluster = ?", (into, other))
            for event in moved:
                self._conn.execute("DELETE FROM merge_blocks WHERE event = ? AND cluster = ?", (event, into))
                self._log(now, "join", event, into, by=by,
                          reasons=[{"check": "analyst", "why": f"event {other} merged into event {into} by {by}"}])
            self._conn.execute("INSERT INTO corrections (at, by, cluster, action, old) VALUES (?, ?, ?, 'merge', ?)",
                               (now, by, into, json.dumps(other)))
            self._refresh_cluster(other, now)
            self._refresh_cluster(into, now)
        return self.merged_event(into)

    def split_event(self, cluster: int, mention: int, *, by: str) -> int:
        """Take report ``mention`` out of event ``cluster`` into an event of its own, for good; its id."""
        now = _now()
        with self._errors(f"split report {mention} from event {cluster}"), self._conn:
            members = [r[0] for r in self._conn.execute("SELECT id FROM events WHERE cluster = ?", (cluster,))]
            if mention not in members:
                raise StoreError(f"{self.path}: report {mention} is not in event {cluster}")
            if len(members) < 2:
                raise StoreError(f"{self.path}: event {cluster} has one report only; nothing to split")
            new = self._conn.execute("INSERT INTO clusters (updated_at) VALUES (?)", (now,)).lastrowid
            self._conn.execute("UPDATE events SET cluster = ? WHERE id = ?", (new, mention))
            self._conn.execute("INSERT OR IGNORE INTO merge_blocks (event, cluster) VALUES (?, ?)", (mention, cluster))
            self._log(now, "split", mention, new, other=cluster, by=by,
                      reasons=[{"check": "analyst", "why": f"report {mention} split from event {cluster} by {by}"}])
            self._conn.execute("INSERT INTO corrections (at, by, cluster, action, new) VALUES (?, ?, ?, 'split', ?)",
                               (now, by, cluster, json.dumps(new)))
            self._refresh_cluster(cluster, now)
            self._refresh_cluster(new, now)
        return new

    def corrections(self, cluster: int | None = None) -> list[dict[str, Any]]:
        """The audit trail: every correction (of one event, or all), oldest first."""
        sql = "SELECT * FROM corrections" + (" WHERE cluster = ?" if cluster is not None else "") + " ORDER BY id"
        with self._errors("read corrections"):
            rows = self._conn.execute(sql, (cluster,) if cluster is not None else ()).fetchall()
        out = []
        for r in rows:
            item = dict(r)
            for key in ("old", "new"):
                item[key] = json.loads(item[key]) if item[key] is not None else None
            out.append(item)
        return out

    # -- tokens -------------------------------------------------------------------------------------

    def create_token(self, name: str, *, scope: str = "write") -> str:
        """A new API token (shown once: only its SHA-256 is stored)."""
        if scope not in SCOPES:
            raise StoreError(f"token scope must be one of {', '.join(SCOPES)}, not {scope!r}")
        token = "warta_" + secrets.token_urlsafe(24)
        with self._errors("create a token"), self._conn:
            self._conn.execute("INSERT INTO tokens (name, digest, scope, created_at) VALUES (?, ?, ?, ?)",
                               (name, _digest(token), scope, _now()))
        return token

    def token_owner(self, token: str | None) -> tuple[str, str] | None:
        """(name, scope) of a valid, unrevoked token; None otherwise."""
        if not token:
            return None
        with self._errors("check a token"):
            row = self._conn.execute("SELECT name, scope FROM tokens WHERE digest = ? AND revoked = 0",
                                     (_digest(token),)).fetchone()
        return (row[0], row[1]) if row else None

    def token_scope(self, token: str | None) -> str | None:
        """``read`` or ``write`` for a valid, unrevoked token; None otherwise."""
        owner = self.token_owner(token)
        return owner[1] if owner else None

    def tokens(self) -> list[dict[str, Any]]:
        with self._errors("list tokens"):
            return [dict(r) for r in self._conn.execute(
                "SELECT id, name, scope, created_at, revoked FROM tokens ORDER BY id")]

    def revoke_token(self, token_id: int) -> None:
        with self._errors(f"revoke token {token_id}"), self._conn:
            if not self._conn.execute("UPDATE tokens SET revoked = 1 WHERE id = ?", (token_id,)).rowcount:
                raise StoreError(f"{self.path}: no token {token_id}")
