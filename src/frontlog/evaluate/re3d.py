"""Document-level evaluation on re3d (Dstl): Syria/Iraq releases with entity annotations.

re3d marks every organisation, nationality, person, location and quantity in a document,
and relations between them (``FightingAgainst``), whether or not an event is reported,
so it can say whether what frontlog extracts is right, not what it missed:

- actors: the words of each event actor are a re3d Organisation, Nationality or Person;
- places: the words of each event place are a re3d Location;
- fatalities: the words of each count of the killed that gives a figure hold a re3d
  Quantity (in the documents where re3d marks quantities at all);
- targets: actor1 and actor2 of an event are the two sides of a re3d FightingAgainst
  relation, in that direction (and, less strictly, in either).

Annotations below a confidence of 0.5 are left out, as re3d's authors advise.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontlog.context import Context
from frontlog.errors import ConfigError
from frontlog.evaluate.common import predict, share
from frontlog.records import Event

MIN_CONFIDENCE = 0.5
ACTOR_TYPES = {"Organisation", "Nationality", "Person"}


@dataclass
class _Annotations:
    text: str
    source: str
    entities: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    fighting: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Re3dScores:
    documents: int
    events: int
    actors: float  # share of event actors whose words re3d marks as an actor
    actors_n: int
    places: float
    places_n: int
    counts: float  # share of counts of the killed whose words hold a re3d Quantity
    counts_n: int
    pairs_directed: float  # actor1 → actor2 is a re3d FightingAgainst relation
    pairs_either: float  # … in either direction
    pairs_n: int
    failed: tuple[str, ...]


def read_re3d(folder: Path) -> dict[str, _Annotations]:
    """Documents of every source folder below ``folder`` (or of ``folder`` itself)."""
    folders = [folder] if (folder / "documents.json").exists() else sorted(folder.iterdir())
    docs: dict[str, _Annotations] = {}
    for source in (f for f in folders if (f / "documents.json").exists()):
        for d in _lines(source / "documents.json"):
            docs[d["_id"]] = _Annotations(d["text"], source.name)
        for e in _lines(source / "entities.json"):
            if e["documentId"] in docs and e.get("confidence", 1) >= MIN_CONFIDENCE:
                docs[e["documentId"]].entities[e["type"]].append(e["value"])
        for r in _lines(source / "relations.json"):
            keep = r.get("confidence", 1) >= MIN_CONFIDENCE and r["type"] == "FightingAgainst"
            if keep and r["documentId"] in docs:
                docs[r["documentId"]].fighting.append((r["source"], r["target"]))
    if not docs:
        raise ConfigError(f"{folder}: no re3d documents.json here or in its folders")
    return docs


def _lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not re3d JSON lines: {exc}") from exc


def evaluate(folder: Path, ctx: Context) -> Re3dScores:
    checks: dict[str, list[bool]] = defaultdict(list)
    failed: list[str] = []
    docs = read_re3d(folder)
    events = 0
    for doc_id, doc in docs.items():
        found = predict(ctx, doc_id, doc.text, published=None, outlet=doc.source)
        if isinstance(found, str):
            failed.append(found)
            continue
        events += len(found)
        for event in found:
            _check(event, doc, checks)
    c = checks
    return Re3dScores(
        documents=len(docs),
        events=events,
        actors=share(sum(c["actor"]), len(c["actor"])),
        actors_n=len(c["actor"]),
        places=share(sum(c["place"]), len(c["place"])),
        places_n=len(c["place"]),
        counts=share(sum(c["count"]), len(c["count"])),
        counts_n=len(c["count"]),
        pairs_directed=share(sum(c["directed"]), len(c["directed"])),
        pairs_either=share(sum(c["either"]), len(c["either"])),
        pairs_n=len(c["directed"]),
        failed=tuple(failed),
    )


def _check(event: Event, doc: _Annotations, checks: dict[str, list[bool]]) -> None:
    actor_words = [v for t in ACTOR_TYPES for v in doc.entities.get(t, [])]
    for actor in event.actors:
        checks["actor"].append(any(_same(actor.text, v) for v in actor_words))
    for place in event.locations:
        if place.text:
            checks["place"].append(any(_same(place.text, v) for v in doc.entities["Location"]))
    quantities = doc.entities.get("Quantity", [])
    for claim in event.claims:
        for count in claim.killed:
            if not quantities or (count.low is None and count.high is None):
                continue  # no figure to find, or a document whose quantities re3d left out
            checks["count"].append(any(q.lower() in count.text.lower() for q in quantities))
    one = next((a.text for a in event.actors if a.role == "actor1"), None)
    two = next((a.text for a in event.actors if a.role == "actor2"), None)
    if one and two:
        forward = any(_same(one, s) and _same(two, t) for s, t in doc.fighting)
        backward = any(_same(two, s) and _same(one, t) for s, t in doc.fighting)
        checks["directed"].append(forward)
        checks["either"].append(forward or backward)


def _same(ours: str, theirs: str) -> bool:
    """The same mention of the same text: one annotation's words hold the other's
    ("ISIL" and "ISIL terrorists"), ignoring case and a leading "the"."""
    a, b = _bare(ours), _bare(theirs)
    return bool(a and b) and (a in b or b in a)


def _bare(text: str) -> str:
    text = " ".join(text.lower().split())
    return text[4:] if text.startswith("the ") else text
