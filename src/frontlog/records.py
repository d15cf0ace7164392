"""The output records of contract v1 (``spec/records.md``): frozen, slotted dataclasses.

These are what users' scripts rely on. Field names and meanings follow the contract;
``to_dict`` turns any of them into the JSON shape. Absent values are ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Any, Literal

SCHEMA_VERSION = 1

Stance = Literal["asserted", "claimed", "denied"]
ClaimantKind = Literal[
    "state", "armed_group", "media", "ngo", "international", "local_source", "unknown"
]
ActorKind = Literal[
    "state",
    "rebel",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external",
]
Outcome = Literal["destroyed", "captured", "damaged", "downed"]


@dataclass(frozen=True, slots=True)
class Span:
    """A removed stretch of the *input* text and why it was removed."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class OriginalSource:
    outlet: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Document:
    document_id: str
    url: str | None
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    original_source: OriginalSource | None
    language: str
    text_chars: int
    removed: tuple[Span, ...]
    text: str | None = None
    copy_of: str | None = None  # the stored document this one republishes (set on ingest)
    record: str = "document"
    schema: int = SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class Evidence:
    """Words behind a value: ``text == cleaned_text[start:end]``."""

    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Count:
    """A number of people: ``count`` when exact, ``low``/``high`` always."""

    count: int | None
    low: int | None
    high: int | None
    side: str | None
    vague: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Materiel:
    item: str
    count: int | None
    outcome: Outcome
    side: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Claim:
    claim_id: str
    document_id: str
    claimant: str
    claimant_kind: ClaimantKind
    reported_by: str | None
    stance: Stance
    killed: tuple[Count, ...]
    injured: tuple[Count, ...]
    captured_or_destroyed: tuple[Materiel, ...]
    cause: str | None
    means: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    abducted: tuple[Count, ...] = ()
    arrested: tuple[Count, ...] = ()


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: str
    end: str
    precision: int
    text: str | None


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    resolved_name: str | None
    place_id: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    admin2: str | None
    geo_precision: int
    where_prec: int
    text: str | None  # None: the report names no place; this is the country it is about
    fallback: bool = False  # the name did not resolve: the point is a stand-in for it


@dataclass(frozen=True, slots=True)
class Actor:
    role: Literal["actor1", "actor2", "assoc_actor1", "assoc_actor2"]
    name: str
    text: str
    kind: ActorKind
    country: str | None


@dataclass(frozen=True, slots=True)
class Fatalities:
    low: int | None
    best: int | None
    high: int | None


@dataclass(frozen=True, slots=True)
class Merge:
    """A report joined to an incident from another document, and why."""

    document_id: str
    report_id: str  # the event id that document's extraction gave
    reason: str


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    event_type: str
    sub_event_type: str
    date: DateSpan
    location: Place
    locations: tuple[Place, ...]
    actors: tuple[Actor, ...]
    fatalities: Fatalities
    claims: tuple[Claim, ...]
    disputed: tuple[str, ...]
    number_of_sources: int
    confidence: float
    merges: tuple[Merge, ...] = ()
    record: str = "event"
    schema: int = SCHEMA_VERSION


def to_dict(record: Any) -> Any:
    """The JSON shape of a record: dataclasses become dicts, tuples lists."""
    if is_dataclass(record) and not isinstance(record, type):
        out = {f.name: to_dict(getattr(record, f.name)) for f in fields(record)}
        if isinstance(record, Document) and record.text is None:
            out.pop("text")
        return out
    if isinstance(record, (tuple, list)):
        return [to_dict(item) for item in record]
    return record
