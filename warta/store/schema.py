"""The store's SQLite schema as an ordered list of migrations.

``MIGRATIONS[i]`` takes a database from version ``i`` to ``i + 1``; the version reached is
kept in the one-row table ``schema_version``. Never edit a released migration: append one.

Example:
    >>> import sqlite3
    >>> conn = sqlite3.connect(":memory:")
    >>> migrate(conn, ":memory:") == SCHEMA_VERSION
    True
"""

from __future__ import annotations

import sqlite3

from ..errors import StoreError

MIGRATIONS: list[str] = [
    # 1: documents (one row per distinct text) and the events read from them
    """
    CREATE TABLE documents (
        id              INTEGER PRIMARY KEY,
        content_hash    TEXT NOT NULL UNIQUE,
        doc_id          TEXT NOT NULL,
        version         INTEGER NOT NULL DEFAULT 1,
        title           TEXT,
        url             TEXT,
        source          TEXT,
        published       TEXT,
        lang            TEXT,
        lang_confidence REAL,
        text            TEXT NOT NULL,
        skipped         TEXT,
        warnings        TEXT NOT NULL DEFAULT '[]',
        mentions        TEXT NOT NULL DEFAULT '{}',
        path            TEXT,
        ingested_at     TEXT NOT NULL
    );
    CREATE INDEX documents_doc_id ON documents (doc_id, version);
    CREATE TABLE events (
        id              INTEGER PRIMARY KEY,
        document        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        doc_id          TEXT NOT NULL,
        event_date      TEXT,
        time_precision  INTEGER,
        event_type      TEXT NOT NULL,
        sub_event_type  TEXT NOT NULL,
        actor1          TEXT,
        assoc_actor_1   TEXT,
        inter1          INTEGER,
        actor2          TEXT,
        assoc_actor_2   TEXT,
        inter2          INTEGER,
        interaction     INTEGER,
        country         TEXT,
        iso             INTEGER,
        admin1          TEXT,
        admin2          TEXT,
        location        TEXT,
        latitude        REAL,
        longitude       REAL,
        geo_precision   INTEGER,
        source          TEXT,
        fatalities      INTEGER,
        notes           TEXT,
        geonameid       TEXT,
        confidence      REAL,
        casualty_claims TEXT NOT NULL DEFAULT '[]',
        evidence        TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX events_document ON events (document);
    CREATE INDEX events_date ON events (event_date);
    CREATE INDEX events_place ON events (country, admin1);
    """,
    # 2: merged events (one real event, many reports), the merge decisions, control claims
    """
    ALTER TABLE events ADD COLUMN cluster INTEGER;
    CREATE INDEX events_cluster ON events (cluster);
    CREATE INDEX events_merge ON events (country, time_precision, event_date);
    CREATE TABLE clusters (
        id              INTEGER PRIMARY KEY,
        event_date      TEXT,
        event_type      TEXT,
        sub_event_type  TEXT,
        actor1          TEXT,
        actor2          TEXT,
        country         TEXT,
        admin1          TEXT,
        admin2          TEXT,
        location        TEXT,
        latitude        REAL,
        longitude       REAL,
        fatalities      INTEGER,
        reports         INTEGER NOT NULL DEFAULT 0,
        updated_at      TEXT NOT NULL
    );
    -- the whole merged record (evidence, reports, fatality range), apart: lists read only the columns above
    CREATE TABLE cluster_records (
        cluster         INTEGER PRIMARY KEY,
        record          TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX clusters_date ON clusters (event_date);
    CREATE INDEX clusters_place ON clusters (country, admin1);
    CREATE TABLE merge_log (
        id              INTEGER PRIMARY KEY,
        at              TEXT NOT NULL,
        action          TEXT NOT NULL,
        event           INTEGER NOT NULL,
        cluster         INTEGER NOT NULL,
        other           INTEGER,
        score           REAL,
        reasons         TEXT NOT NULL DEFAULT '[]',
        by              TEXT NOT NULL DEFAULT 'warta',
        undone          INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX merge_log_event ON merge_log (event);
    CREATE INDEX merge_log_cluster ON merge_log (cluster);
    CREATE TABLE merge_blocks (
        event           INTEGER NOT NULL,
        cluster         INTEGER NOT NULL,
        PRIMARY KEY (event, cluster)
    );
    CREATE TABLE control_claims (
        id              INTEGER PRIMARY KEY,
        document        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        event           INTEGER,
        geonameid       TEXT,
        place           TEXT NOT NULL,
        admin1          TEXT,
        admin2          TEXT,
        country         TEXT,
        holder          TEXT NOT NULL,
        status          TEXT NOT NULL,
        since           TEXT,
        kind            TEXT NOT NULL,
        claimant        TEXT,
        extent          TEXT NOT NULL DEFAULT '',
        evidence        TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX control_place ON control_claims (place);
    CREATE INDEX control_since ON control_claims (since);
    """,
    # 3: analysts' corrections of merged events (an audit trail extraction never overwrites), API tokens
    """
    ALTER TABLE clusters ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE clusters ADD COLUMN source TEXT;
    ALTER TABLE clusters ADD COLUMN doc_id TEXT;
    ALTER TABLE clusters ADD COLUMN fatalities_low INTEGER;
    ALTER TABLE clusters ADD COLUMN fatalities_high INTEGER;
    CREATE INDEX clusters_visible ON clusters (event_date, id) WHERE reports > 0 AND hidden = 0;
    CREATE INDEX clusters_admin1 ON clusters (admin1 COLLATE NOCASE, event_date) WHERE reports > 0 AND hidden = 0;
    CREATE INDEX clusters_admin2 ON clusters (admin2 COLLATE NOCASE, event_date) WHERE reports > 0 AND hidden = 0;
    CREATE INDEX clusters_type ON clusters (event_type COLLATE NOCASE, event_date) WHERE reports > 0 AND hidden = 0;
    CREATE INDEX clusters_lonlat ON clusters (longitude, latitude) WHERE reports > 0 AND hidden = 0;
    CREATE TABLE corrections (
        id              INTEGER PRIMARY KEY,
        at              TEXT NOT NULL,
        by              TEXT NOT NULL,
        cluster         INTEGER NOT NULL,
        action          TEXT NOT NULL,
        field           TEXT,
        old             TEXT,
        new             TEXT,
        note            TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX corrections_cluster ON corrections (cluster);
    CREATE TABLE tokens (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL,
        digest          TEXT NOT NULL UNIQUE,
        scope           TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        revoked         INTEGER NOT NULL DEFAULT 0
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
_VERSION_TABLE = "CREATE TABLE schema_version (version INTEGER NOT NULL);\nINSERT INTO schema_version VALUES (0);\n"


def current_version(conn: sqlite3.Connection) -> int:
    """The schema version of ``conn`` (0 for a new, empty database)."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not has_table:
        return 0
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring ``conn`` up to :data:`SCHEMA_VERSION`; return the version reached.

    Raises StoreError when the database was made by a newer warta, or is some other
    application's database.
    """
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema version {version} is newer than this warta ({SCHEMA_VERSION}); upgrade warta"
        )
    if version == 0:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables:
            raise StoreError(f"{path}: an SQLite database but not a warta store (tables: {', '.join(sorted(tables))})")
    for number in range(version, SCHEMA_VERSION):
        script = MIGRATIONS[number]
        if number == 0:
            script = _VERSION_TABLE + script
        conn.executescript(f"BEGIN;\n{script}\nUPDATE schema_version SET version = {number + 1};\nCOMMIT;")
    return SCHEMA_VERSION
