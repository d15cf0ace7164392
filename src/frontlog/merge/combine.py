"""One incident from the reports of it: the stored event record, recomputed.

A *report* is an event as one document's extraction gave it. The incident record keeps
the id of its first report, and takes:

- type and sub-event type, actors: from the first report, with roles it leaves empty
  filled from later ones;
- date and primary place: the most precise report's (ties: the earliest);
- locations: every place any report gives, primary first;
- claims: all of them, in the order the reports came;
- fatalities: reconciled over the claims of *independent* documents (a republished
  copy repeats its original's claims and is left out of the figures, not of the list),
  one per claimant: its latest by publication date, since a claimant updating its toll
  is not disputing itself;
- disputed: the fields independent claimants disagree on: ``fatalities``,
  ``injured``, ``cause``, ``occurrence`` (one denies it), ``actor1`` (the perpetrator),
  ``location`` (two different exact places) and ``date`` (two different days);
- number_of_sources: distinct original outlets (a copy counts as its original's);
- merges: each later report's document and the reason it was judged the same incident.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from frontlog.records import Claim, Count, Evidence, Materiel, to_dict
from frontlog.stages import reconcile


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document's words first came from, and when it was published."""

    original: str  # the document it copies, else itself
    outlet: str  # the outlet its words first came from (its document id if unknown)
    published: str | None


def combine(
    reports: Sequence[tuple[dict[str, Any], str | None]],
    sources: Mapping[str, Source],
    *,
    policy: str = "conservative",
) -> dict[str, Any]:
    """The incident of ``reports`` ((event record, merge reason) pairs, in stored order).

    ``sources`` gives each document's :class:`Source`.
    """
    origins = {doc: s.original for doc, s in sources.items()}
    first = reports[0][0]
    records = [r for r, _ in reports]
    out = dict(first)
    out["actors"] = _actors(records)
    best = min(records, key=lambda r: (r["date"]["precision"], r["location"]["where_prec"]))
    out["date"] = best["date"]
    placed = min(records, key=lambda r: r["location"]["where_prec"])
    out["location"] = placed["location"]
    out["locations"] = _unique_places(
        [placed["location"]] + [p for r in records for p in r["locations"]]
    )
    claims = [c for r in records for c in r["claims"]]
    out["claims"] = claims
    independent = _latest_per_claimant(_independent(claims, origins), sources)
    typed = [claim_of(c) for c in independent]
    out["fatalities"] = to_dict(reconcile.fatalities(typed, policy=policy))
    disputed = list(reconcile.disputed(typed))
    for r in records:
        disputed.extend(d for d in r["disputed"] if d not in disputed)
    disputed.extend(f for f in _report_disputes(records, origins) if f not in disputed)
    out["disputed"] = disputed
    outlets = {
        sources[c["document_id"]].outlet if c["document_id"] in sources else c["document_id"]
        for c in claims
    }
    out["number_of_sources"] = len(outlets)
    out["confidence"] = max(r["confidence"] for r in records)
    out["merges"] = [
        {"document_id": r["claims"][0]["document_id"], "report_id": r["event_id"], "reason": why}
        for r, why in reports[1:]
        if why is not None
    ]
    return out


def _actors(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    actors = list(records[0]["actors"])
    roles = {a["role"] for a in actors}
    for r in records[1:]:
        extra = [a for a in r["actors"] if a["role"] not in roles]
        actors.extend(extra)
        roles |= {a["role"] for a in extra}
    return actors


def _unique_places(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, Any]] = set()
    out = []
    for p in places:
        key = (p["name"], p["place_id"])
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _independent(claims: list[dict[str, Any]], origins: Mapping[str, str]) -> list[dict[str, Any]]:
    """One document per original source: a copy's claims repeat its original's."""
    kept: dict[str, str] = {}
    out = []
    for c in claims:
        origin = origins.get(c["document_id"], c["document_id"])
        if kept.setdefault(origin, c["document_id"]) == c["document_id"]:
            out.append(c)
    return out


def _latest_per_claimant(
    claims: list[dict[str, Any]], sources: Mapping[str, Source]
) -> list[dict[str, Any]]:
    def published(c: dict[str, Any]) -> str:
        source = sources.get(c["document_id"])
        return (source.published if source else None) or ""

    latest: dict[str, dict[str, Any]] = {}
    for c in sorted(claims, key=published):  # stable: stored order among equal dates
        latest[c["claimant"]] = c
    return [c for c in claims if latest[c["claimant"]] is c]


def _report_disputes(records: Sequence[dict[str, Any]], origins: Mapping[str, str]) -> list[str]:
    """Perpetrator, place and date, when independent reports of the incident differ."""
    by_origin: dict[str, dict[str, Any]] = {}
    for r in records:
        by_origin.setdefault(origins.get(r["claims"][0]["document_id"], r["event_id"]), r)
    if len(by_origin) < 2:
        return []
    independent = list(by_origin.values())
    out = []
    perpetrators = {a["name"] for r in independent for a in r["actors"] if a["role"] == "actor1"}
    if len(perpetrators) > 1:
        out.append("actor1")
    exact = {r["location"]["place_id"] for r in independent if r["location"]["where_prec"] <= 2}
    if len(exact) > 1:
        out.append("location")
    days = {
        (r["date"]["start"], r["date"]["end"]) for r in independent if r["date"]["precision"] == 1
    }
    if len(days) > 1:
        out.append("date")
    return out


def claim_of(record: dict[str, Any]) -> Claim:
    """A stored claim record back as a :class:`Claim`."""

    def counts(key: str) -> tuple[Count, ...]:
        return tuple(Count(**c) for c in record.get(key, ()))

    return Claim(
        claim_id=record["claim_id"],
        document_id=record["document_id"],
        claimant=record["claimant"],
        claimant_kind=record["claimant_kind"],
        reported_by=record["reported_by"],
        stance=record["stance"],
        killed=counts("killed"),
        injured=counts("injured"),
        captured_or_destroyed=tuple(Materiel(**m) for m in record["captured_or_destroyed"]),
        cause=record["cause"],
        means=tuple(record["means"]),
        evidence=tuple(Evidence(**e) for e in record["evidence"]),
        abducted=counts("abducted"),
        arrested=counts("arrested"),
    )
