"""The SQLite store under ``$FRONTLOG_HOME``: WAL mode, one transaction per document.

A document is stored with its events and claims in one transaction, so an interrupted
or failing batch never leaves half a document behind and never touches what is already
stored. Re-ingesting a document with the same id changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from frontlog.errors import StoreError
from frontlog.records import to_dict
from frontlog.store.base import StoredCounts, Unresolved, UnresolvedName

SCHEMA = """
CREATE TABLE IF NOT EXISTS document (
    document_id TEXT PRIMARY KEY,
    outlet TEXT, published TEXT,
    ingested_at TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS event (
    event_id TEXT PRIMARY KEY,
    date_start TEXT NOT NULL, date_end TEXT NOT NULL,
    event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    country TEXT, admin1 TEXT, lat REAL, lon REAL,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claim (
    claim_id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(event_id),
    document_id TEXT NOT NULL REFERENCES document(document_id),
    claimant TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_date ON event(date_start);
CREATE INDEX IF NOT EXISTS event_place ON event(country, admin1);
CREATE INDEX IF NOT EXISTS claim_event ON claim(event_id);
CREATE TABLE IF NOT EXISTS unresolved (
    document_id TEXT NOT NULL REFERENCES document(document_id),
    name TEXT NOT NULL, country TEXT, stand_in TEXT
);
CREATE INDEX IF NOT EXISTS unresolved_name ON unresolved(name);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
SCHEMA_VERSION = "1"


class SQLiteStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(SCHEMA)
            with self._db:
                self._db.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,)
                )
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(
                f"cannot open the store at {path}: {exc}",
                hint="check FRONTLOG_HOME points to a writable directory",
            ) from exc

    def add(
        self, document: Any, events: Any, unresolved: tuple[UnresolvedName, ...] = ()
    ) -> StoredCounts:
        doc = to_dict(document)
        db = self._db
        try:
            with db:
                known = db.execute(
                    "SELECT 1 FROM document WHERE document_id = ?", (doc["document_id"],)
                ).fetchone()
                if known:
                    return StoredCounts(False, 0, 0)
                db.execute(
                    "INSERT INTO document VALUES (?,?,?,?,?)",
                    (
                        doc["document_id"],
                        doc["outlet"],
                        doc["published"],
                        datetime.now(UTC).isoformat(timespec="seconds"),
                        json.dumps(doc),
                    ),
                )
                claims = 0
                for event in events:
                    claims += self._add_event(to_dict(event))
                db.executemany(
                    "INSERT INTO unresolved VALUES (?,?,?,?)",
                    [(doc["document_id"], *u) for u in unresolved],
                )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot store document {doc['document_id']}: {exc}") from exc
        return StoredCounts(True, len(events), claims)

    def _add_event(self, e: dict[str, Any]) -> int:
        loc = e["location"]
        self._db.execute(
            "INSERT OR REPLACE INTO event VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                e["event_id"],
                e["date"]["start"],
                e["date"]["end"],
                e["event_type"],
                e["sub_event_type"],
                loc["country"],
                loc["admin1"],
                loc["lat"],
                loc["lon"],
                json.dumps(e),
            ),
        )
        for claim in e["claims"]:
            self._db.execute(
                "INSERT OR REPLACE INTO claim VALUES (?,?,?,?,?)",
                (
                    claim["claim_id"],
                    e["event_id"],
                    claim["document_id"],
                    claim["claimant"],
                    json.dumps(claim),
                ),
            )
        return len(e["claims"])

    def events(self) -> Iterator[dict[str, Any]]:
        for (record,) in self._db.execute("SELECT record FROM event ORDER BY date_start, event_id"):
            yield json.loads(record)

    def documents(self) -> Iterator[dict[str, Any]]:
        for (record,) in self._db.execute("SELECT record FROM document ORDER BY rowid"):
            yield json.loads(record)

    def unresolved(self) -> list[Unresolved]:
        rows = self._db.execute(
            "SELECT name, country, COUNT(*), COUNT(DISTINCT document_id), MIN(stand_in) "
            "FROM unresolved GROUP BY name, country ORDER BY COUNT(*) DESC, name"
        )
        return [Unresolved(*row) for row in rows]

    def close(self) -> None:
        self._db.close()
