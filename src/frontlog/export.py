"""Writing records: JSON lines, a JSON document, and an ACLED-style CSV of events.

The CSV has one row per event with ACLED's column names where ACLED has one
(``event_date``, ``time_precision``, ``actor1``, ``inter1``, ``geo_precision``,
``fatalities``…) and UCDP's ``where_prec``, ``low``/``best``/``high`` beside them. The
claims column keeps every figure with its claimant: ``Amaq (claimed): killed 4; …``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

INTER = {
    "state": 1,
    "rebel": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external": 8,
}
CSV_COLUMNS = [
    "event_id",
    "event_date",
    "event_date_end",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "country",
    "admin1",
    "admin2",
    "location",
    "resolved_location",
    "latitude",
    "longitude",
    "geo_precision",
    "where_prec",
    "fatalities",
    "low",
    "best",
    "high",
    "disputed",
    "claims",
    "number_of_sources",
    "confidence",
    "document_ids",
]


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_json(records: Iterable[dict[str, Any]], out: IO[str]) -> None:
    items = list(records)
    json.dump(
        {
            "documents": [r for r in items if r.get("record") == "document"],
            "events": [r for r in items if r.get("record") == "event"],
        },
        out,
        ensure_ascii=False,
        indent=2,
    )
    out.write("\n")


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        if record.get("record") == "event":
            writer.writerow(csv_row(record))


def csv_row(event: dict[str, Any]) -> dict[str, Any]:
    actors = {a["role"]: a for a in event["actors"]}
    loc = event["location"]
    fat = event["fatalities"]

    def name(role: str) -> str | None:
        return actors[role]["name"] if role in actors else None

    def inter(role: str) -> int | None:
        return INTER.get(actors[role]["kind"]) if role in actors else None

    return {
        "event_id": event["event_id"],
        "event_date": event["date"]["start"],
        "event_date_end": event["date"]["end"],
        "time_precision": event["date"]["precision"],
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "actor1": name("actor1"),
        "assoc_actor_1": name("assoc_actor1"),
        "inter1": inter("actor1"),
        "actor2": name("actor2"),
        "assoc_actor_2": name("assoc_actor2"),
        "inter2": inter("actor2"),
        "country": loc["country"],
        "admin1": loc["admin1"],
        "admin2": loc["admin2"],
        "location": loc["name"],
        "resolved_location": loc["resolved_name"],
        "latitude": loc["lat"],
        "longitude": loc["lon"],
        "geo_precision": loc["geo_precision"],
        "where_prec": loc["where_prec"],
        "fatalities": fat["best"],
        "low": fat["low"],
        "best": fat["best"],
        "high": fat["high"],
        "disputed": ";".join(event["disputed"]),
        "claims": "; ".join(claim_summary(c) for c in event["claims"]),
        "number_of_sources": event["number_of_sources"],
        "confidence": event["confidence"],
        "document_ids": ";".join(sorted({c["document_id"] for c in event["claims"]})),
    }


def claim_summary(claim: dict[str, Any]) -> str:
    """One claim in words, claimant first: ``Amaq (claimed): killed 4, injured 6; …``."""
    parts = []
    for key in ("killed", "injured", "abducted", "arrested"):
        figures = [_figure(c) for c in claim.get(key, ())]
        if figures:
            parts.append(f"{key} {' + '.join(figures)}")
    items = [
        f"{m['outcome']} {m['count'] if m['count'] is not None else 'some'} {m['item']}"
        for m in claim["captured_or_destroyed"]
    ]
    if items:
        parts.append(", ".join(items))
    if claim["cause"]:
        parts.append(f"cause: {claim['cause']}")
    body = "; ".join(parts) if parts else "reports the event (no figures)"
    return f"{claim['claimant']} ({claim['stance']}): {body}"


def _figure(count: dict[str, Any]) -> str:
    if count["count"] is not None:
        text = str(count["count"])
    elif count["vague"]:
        text = f"'{count['vague']}'"
    else:
        low, high = count["low"], count["high"]
        text = f"{low if low is not None else '?'}-{high if high is not None else '?'}"
    return f"{text} {count['side']}" if count["side"] else text
