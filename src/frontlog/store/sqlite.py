"""The SQLite store under ``$FRONTLOG_HOME``: WAL mode, one transaction per document.

A document is stored with its reports, claims and merges in one transaction, so an
interrupted or failing batch never leaves half a document behind and never touches
what is already stored. Re-ingesting a document with the same id changes nothing,
unless it is asked to replace the document (its old reports are taken out of their
incidents first).

Tables:

- ``document``: one row per document, with its copy link (``copy_of``), its original
  document and outlet, and its MinHash signature; ``band`` holds the signature's LSH
  keys, so finding a republished copy is an index lookup.
- ``report``: one row per event as a document's extraction gave it, with the incident
  (``event_id``) it belongs to and why it was merged there.
- ``event``: one row per incident, its record recomputed whenever a report joins or
  leaves it; indexed on (country, date) and on (place name, date), so the merge
  candidates of a new report are two index ranges, whatever the size of the store.
- ``claim``: the claims of each incident, indexed by event and claimant.
- ``apart``: document pairs the user split apart (``frontlog events split``); they are
  never merged again, even when re-ingested.
- ``unresolved``: place names the gazetteer could not resolve.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from frontlog.errors import StoreError
from frontlog.merge import syndication
from frontlog.records import to_dict
from frontlog.store import incidents
from frontlog.store.base import StoredCounts, Unresolved, UnresolvedName

SCHEMA = """
CREATE TABLE IF NOT EXISTS document (
    document_id TEXT PRIMARY KEY,
    outlet TEXT, published TEXT,
    ingested_at TEXT NOT NULL,
    record TEXT NOT NULL,
    copy_of TEXT, original TEXT, source_outlet TEXT, signature TEXT
);
CREATE TABLE IF NOT EXISTS band (key TEXT NOT NULL, document_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS band_key ON band(key);
CREATE TABLE IF NOT EXISTS event (
    event_id TEXT PRIMARY KEY,
    date_start TEXT NOT NULL, date_end TEXT NOT NULL,
    event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    country TEXT, admin1 TEXT, lat REAL, lon REAL,
    record TEXT NOT NULL,
    place_key TEXT
);
CREATE TABLE IF NOT EXISTS report (
    report_id TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES document(document_id),
    event_id TEXT NOT NULL,
    reason TEXT,
    record TEXT NOT NULL,
    PRIMARY KEY (report_id, document_id)
);
CREATE INDEX IF NOT EXISTS report_event ON report(event_id);
CREATE INDEX IF NOT EXISTS report_document ON report(document_id);
CREATE TABLE IF NOT EXISTS claim (
    claim_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES document(document_id),
    claimant TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_date ON event(date_start);
CREATE INDEX IF NOT EXISTS event_country_date
    ON event(country, date_start, date_end, event_type);
CREATE INDEX IF NOT EXISTS event_name_date ON event(place_key, date_start, date_end, event_type);
CREATE INDEX IF NOT EXISTS claim_event ON claim(event_id);
CREATE INDEX IF NOT EXISTS claim_claimant ON claim(claimant);
CREATE TABLE IF NOT EXISTS apart (
    document_a TEXT NOT NULL, document_b TEXT NOT NULL, PRIMARY KEY (document_a, document_b)
);
CREATE TABLE IF NOT EXISTS unresolved (
    document_id TEXT NOT NULL REFERENCES document(document_id),
    name TEXT NOT NULL, country TEXT, stand_in TEXT
);
CREATE INDEX IF NOT EXISTS unresolved_name ON unresolved(name);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
SCHEMA_VERSION = "2"


class SQLiteStore:
    """The store. ``path`` may be ``":memory:"`` for a store that lives only in memory."""

    def __init__(self, path: Path | str, *, policy: str = "conservative") -> None:
        self.path = path
        self.policy = policy
        try:
            if str(path) != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            found = _schema_of(self._db)
            if found == "1":
                _migrate_from_1(self._db)
            elif found not in (None, SCHEMA_VERSION):
                raise StoreError(
                    f"the store at {path} has schema {found}; this frontlog reads {SCHEMA_VERSION}",
                    hint="upgrade frontlog, or ingest your reports into a new FRONTLOG_HOME",
                )
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
        self,
        document: Any,
        events: Any,
        unresolved: tuple[UnresolvedName, ...] = (),
        *,
        text: str | None = None,
        replace: bool = False,
    ) -> StoredCounts:
        """Store a document and its events; each event joins a stored incident or starts one.

        ``text`` (the cleaned text) is used to find the document this one republishes.
        With ``replace``, a document already stored is taken out and stored again.
        """
        doc = to_dict(document)
        doc_id = doc["document_id"]
        db = self._db
        try:
            with db:
                known = db.execute(
                    "SELECT 1 FROM document WHERE document_id = ?", (doc_id,)
                ).fetchone()
                if known and not replace:
                    return StoredCounts(False, 0, 0)
                if known:
                    incidents.remove_document(db, doc_id, self.policy)
                copy_of = self._insert_document(doc, text)
                merged = claims = 0
                for event in events:
                    record = to_dict(event)
                    claims += len(record["claims"])
                    merged += incidents.attach(db, record, doc_id, self.policy) is not None
                db.executemany(
                    "INSERT INTO unresolved VALUES (?,?,?,?)",
                    [(doc_id, *u) for u in unresolved],
                )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot store document {doc_id}: {exc}") from exc
        return StoredCounts(True, len(events), claims, merged=merged, copy_of=copy_of)

    def _insert_document(self, doc: dict[str, Any], text: str | None) -> str | None:
        db = self._db
        doc_id = doc["document_id"]
        sig = syndication.signature(text) if text else None
        copy_of = _copy_of(db, sig) if sig is not None else None
        doc["copy_of"] = copy_of
        original, source_outlet = doc_id, _outlet(doc)
        if copy_of is not None:
            original, source_outlet = db.execute(
                "SELECT original, source_outlet FROM document WHERE document_id = ?", (copy_of,)
            ).fetchone()
        db.execute(
            "INSERT INTO document VALUES (?,?,?,?,?,?,?,?,?)",
            (
                doc_id,
                doc["outlet"],
                doc["published"],
                datetime.now(UTC).isoformat(timespec="seconds"),
                json.dumps(doc),
                copy_of,
                original,
                source_outlet,
                json.dumps(sig) if sig is not None else None,
            ),
        )
        if sig is not None:
            db.executemany(
                "INSERT INTO band VALUES (?,?)",
                [(key, doc_id) for key in syndication.band_keys(sig)],
            )
        return copy_of

    def has(self, document_id: str) -> bool:
        """Whether a document with this id is stored."""
        row = self._db.execute("SELECT 1 FROM document WHERE document_id = ?", (document_id,))
        return row.fetchone() is not None

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One incident's record, by its id or by the id of any report merged into it."""
        row = self._db.execute(
            "SELECT e.record FROM event e WHERE e.event_id = ? UNION ALL "
            "SELECT e.record FROM report r JOIN event e ON e.event_id = r.event_id "
            "WHERE r.report_id = ? LIMIT 1",
            (event_id, event_id),
        ).fetchone()
        return json.loads(row[0]) if row else None

    def split(self, event_id: str, document_id: str) -> str:
        """Take ``document_id``'s reports out of the incident; returns the new event's id."""
        try:
            with self._db:
                return incidents.split(self._db, event_id, document_id, self.policy)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot split event {event_id}: {exc}") from exc

    def events(self, policy: str | None = None) -> Iterator[dict[str, Any]]:
        """Every incident, oldest first; fatalities by ``policy`` (default: the store's)."""
        rows = self._db.execute("SELECT event_id, record FROM event ORDER BY date_start, event_id")
        for event_id, record in rows:
            if policy is None or policy == self.policy:
                yield json.loads(record)
            else:
                yield incidents.compose(self._db, event_id, policy) or json.loads(record)

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


def _schema_of(db: sqlite3.Connection) -> str | None:
    has_meta = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return None
    row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return row[0] if row else None


def _migrate_from_1(db: sqlite3.Connection) -> None:
    """Schema 1 had no reports: each stored event becomes the one report of its incident."""
    with db:
        for column in ("copy_of", "original", "source_outlet", "signature"):
            db.execute(f"ALTER TABLE document ADD COLUMN {column} TEXT")
        db.execute("ALTER TABLE event ADD COLUMN place_key TEXT")
        db.execute(
            "UPDATE document SET original = document_id, "
            "source_outlet = COALESCE(outlet, 'document:' || document_id)"
        )
        db.executescript(SCHEMA)
        for event_id, record in db.execute("SELECT event_id, record FROM event").fetchall():
            document_id = json.loads(record)["claims"][0]["document_id"]
            db.execute(
                "INSERT INTO report VALUES (?,?,?,NULL,?)",
                (event_id, document_id, event_id, record),
            )
            incidents.rebuild(db, event_id, "conservative")  # its index columns, too
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (SCHEMA_VERSION,))


def _outlet(doc: dict[str, Any]) -> str:
    """The outlet a document's words first came from; its own id when none is known."""
    original = doc.get("original_source") or {}
    return original.get("outlet") or doc["outlet"] or f"document:{doc['document_id']}"


def _copy_of(db: sqlite3.Connection, sig: tuple[int, ...]) -> str | None:
    """The earliest stored document this signature's text repeats, if any."""
    keys = syndication.band_keys(sig)
    marks = ",".join("?" * len(keys))
    rows = db.execute(
        f"SELECT DISTINCT d.document_id, d.signature FROM band b "
        f"JOIN document d ON d.document_id = b.document_id "
        f"WHERE b.key IN ({marks}) ORDER BY d.rowid",
        keys,
    ).fetchall()
    for doc_id, stored in rows:
        if syndication.similarity(sig, json.loads(stored)) >= syndication.THRESHOLD:
            return str(doc_id)
    return None
