"""Incidents across documents, kept in the store: attach, rebuild, split, remove.

A report (an event as one document's extraction gave it) joins the best matching
stored incident (:func:`frontlog.merge.match.match`), or starts a new incident under
its own id. An incident keeps the id it was first given however many reports join or
leave it. Candidates are read through the ``(country, date_start)`` index: the
incidents of the report's country whose start lies in the month before its end, so the
cost of a merge does not grow with the size of the store beyond the index lookup.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from frontlog.errors import StoreError
from frontlog.merge.combine import Source, combine
from frontlog.merge.match import date_window, match, place_key


def attach(
    db: sqlite3.Connection, record: dict[str, Any], document_id: str, policy: str
) -> str | None:
    """Store one report; returns why it joined a stored incident, or None when it starts one."""
    best = None
    for stored in _candidates(db, record, document_id):
        found = match(record, stored)
        if found is not None and (best is None or found.score > best.score):
            best = found
    if best is None:
        event_id, reason = _free_id(db, record["event_id"]), None
    else:
        event_id, reason = best.event_id, best.reason
    db.execute(
        "INSERT INTO report VALUES (?,?,?,?,?)",
        (record["event_id"], document_id, event_id, reason, json.dumps(record)),
    )
    rebuild(db, event_id, policy)
    return reason


def _candidates(
    db: sqlite3.Connection, record: dict[str, Any], document_id: str
) -> list[dict[str, Any]]:
    """Stored incidents of the report's type in its country, or at a place of the same
    name (an unresolved name may have no country), whose dates can overlap its own.

    Both are ranges of a covering index, so rows that cannot match are passed over
    without being read."""
    earliest, first_day, last_day = date_window(record)
    where = "date_start BETWEEN ? AND ? AND date_end >= ? AND event_type = ?"
    window = (earliest, last_day, first_day, record["event_type"])
    rows = db.execute(
        f"SELECT event_id, record FROM event WHERE country = ? AND {where} "
        f"UNION SELECT event_id, record FROM event WHERE place_key = ? AND {where} "
        "ORDER BY event_id",
        (record["location"]["country"], *window, place_key(record), *window),
    ).fetchall()
    if not rows:
        return []
    barred = {
        event_id
        for (event_id,) in db.execute(
            "SELECT DISTINCT event_id FROM report WHERE document_id = ? OR document_id IN "
            "(SELECT document_b FROM apart WHERE document_a = ?)",
            (document_id, document_id),
        )
    }
    return [json.loads(r) for event_id, r in rows if event_id not in barred]


def _free_id(db: sqlite3.Connection, wanted: str) -> str:
    """``wanted``, or ``wanted-2``, ``-3`` … when another incident already holds it."""
    candidate, n = wanted, 1
    while db.execute("SELECT 1 FROM event WHERE event_id = ?", (candidate,)).fetchone():
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


def compose(db: sqlite3.Connection, event_id: str, policy: str) -> dict[str, Any] | None:
    """An incident's record from its reports, or None when it has none."""
    rows = db.execute(
        "SELECT record, reason FROM report WHERE event_id = ? ORDER BY rowid", (event_id,)
    ).fetchall()
    if not rows:
        return None
    reports = [(json.loads(record), reason) for record, reason in rows]
    documents = {c["document_id"] for r, _ in reports for c in r["claims"]}
    incident = combine(reports, _sources(db, documents), policy=policy)
    incident["event_id"] = event_id
    return incident


def rebuild(db: sqlite3.Connection, event_id: str, policy: str) -> None:
    """Recompute an incident's record and claims from its reports (or drop it if none)."""
    db.execute("DELETE FROM claim WHERE event_id = ?", (event_id,))
    incident = compose(db, event_id, policy)
    if incident is None:
        db.execute("DELETE FROM event WHERE event_id = ?", (event_id,))
        return
    loc = incident["location"]
    db.execute(
        "INSERT OR REPLACE INTO event VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            event_id,
            incident["date"]["start"],
            incident["date"]["end"],
            incident["event_type"],
            incident["sub_event_type"],
            loc["country"],
            loc["admin1"],
            loc["lat"],
            loc["lon"],
            json.dumps(incident),
            place_key(incident),
        ),
    )
    db.executemany(
        "INSERT INTO claim VALUES (?,?,?,?,?)",
        [
            (c["claim_id"], event_id, c["document_id"], c["claimant"], json.dumps(c))
            for c in incident["claims"]
        ],
    )


def _sources(db: sqlite3.Connection, documents: set[str]) -> dict[str, Source]:
    marks = ",".join("?" * len(documents))
    rows = db.execute(
        f"SELECT document_id, original, source_outlet, published FROM document "
        f"WHERE document_id IN ({marks})",
        sorted(documents),
    )
    return {doc: Source(original, outlet, published) for doc, original, outlet, published in rows}


def split(db: sqlite3.Connection, event_id: str, document_id: str, policy: str) -> str:
    """Take a document's reports out of an incident, and keep it apart from the rest.

    The incident keeps its id with the report it was first given to; the other part
    takes the id of its own first report. Returns the id of the part ``document_id``
    ends up in.
    """
    rows = db.execute(
        "SELECT report_id, document_id FROM report WHERE event_id = ? ORDER BY rowid",
        (event_id,),
    ).fetchall()
    leaving = [r for r, d in rows if d == document_id]
    staying = [r for r, d in rows if d != document_id]
    if not leaving or not staying:
        raise StoreError(
            f"event {event_id} has no report of document {document_id} to split off"
            if not leaving
            else f"event {event_id} holds only document {document_id}: nothing to split",
            hint="see the documents of an event with: frontlog events show EVENT_ID",
        )
    others = {d for _, d in rows if d != document_id}
    db.executemany(
        "INSERT OR IGNORE INTO apart VALUES (?,?)",
        [pair for other in others for pair in ((document_id, other), (other, document_id))],
    )
    moving = leaving if rows[0][1] != document_id else staying
    new_id = _free_id(db, moving[0])
    marks = ",".join("?" * len(moving))
    db.execute(
        f"UPDATE report SET event_id = ? WHERE event_id = ? AND report_id IN ({marks})",
        (new_id, event_id, *moving),
    )
    # the first report of each part starts it; the others keep why they joined
    for first, incident in (
        (moving[0], new_id),
        (next(r for r, _ in rows if r not in moving), event_id),
    ):
        db.execute(
            "UPDATE report SET reason = NULL WHERE report_id = ? AND event_id = ?",
            (first, incident),
        )
    rebuild(db, event_id, policy)
    rebuild(db, new_id, policy)
    return new_id if moving is leaving else event_id


def remove_document(db: sqlite3.Connection, document_id: str, policy: str) -> None:
    """Take a stored document out, with its reports; its incidents are rebuilt."""
    touched = [
        e
        for (e,) in db.execute(
            "SELECT DISTINCT event_id FROM report WHERE document_id = ?", (document_id,)
        )
    ]
    db.execute("DELETE FROM report WHERE document_id = ?", (document_id,))
    for table in ("band", "unresolved", "claim"):
        db.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
    db.execute("DELETE FROM document WHERE document_id = ?", (document_id,))
    for event_id in touched:
        rebuild(db, event_id, policy)
