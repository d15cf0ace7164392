"""Sentence-level evaluation on the PLOVER gold standard records (CC BY-SA 4.0).

Each record is one news sentence coded in PLOVER: an event class, source and target
actors, and sometimes ``dead`` and ``eventLoc``. ACLED and PLOVER cut the world
differently, so only what they agree on is scored:

- ``ASSAULT`` and ``FIGHT`` are political violence, ``PROTEST`` is a protest or riot:
  frontlog should find an event there, of a matching ACLED type.
- Statements, demands, threats, support, aid, consultations, investigations, sanctions
  and disapproval are not events for ACLED: frontlog should find none.
- The rest (agreements, coercion, concessions, retreats, mobilisation) may or may not
  be ACLED events and is not scored.

On every violence or protest sentence, whether frontlog found its event or not (a miss
counts as wrong): the fatality figure against ``dead``, actor1 against PLOVER's source,
actor2 against its target and the place against ``eventLoc`` (shared content words,
see :func:`common.overlaps`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontlog.context import Context
from frontlog.errors import ConfigError
from frontlog.evaluate.common import overlaps, predict, share
from frontlog.records import Event

EXPECTED = {
    "ASSAULT": {"Battles", "Explosions/Remote violence", "Violence against civilians"},
    "FIGHT": {"Battles", "Explosions/Remote violence", "Violence against civilians"},
    "PROTEST": {"Protests", "Riots"},
}
NOT_EVENTS = {
    "DEMAND",
    "REJECT",
    "THREATEN",
    "DISAPPROVE",
    "SUPPORT",
    "CONSULT",
    "AID",
    "INVESTIGATE",
    "SANCTION",
    "COOPERATE",
}


@dataclass(frozen=True, slots=True)
class PloverScores:
    sentences: int  # scored: events expected or not expected
    events_expected: int
    not_events: int
    precision: float  # of "this sentence reports an event"
    recall: float
    f1: float
    type_agreement: float  # found events whose ACLED type fits PLOVER's class
    fatalities: float  # right figure, of the sentences where PLOVER gives `dead`
    fatalities_n: int
    actor1: float  # actor1 shares words with PLOVER's source
    actor1_n: int
    actor2: float  # actor2 shares words with PLOVER's target
    actor2_n: int
    place: float  # the event's place shares words with `eventLoc`
    place_n: int
    failed: tuple[str, ...]


def read_plover(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise ConfigError(f"{path}: no such file")
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not a PLOVER JSON file: {exc}") from exc
    return [r for r in records if isinstance(r, dict) and r.get("text")]


def evaluate(path: Path, ctx: Context) -> PloverScores:
    tally = _Tally()
    for record in read_plover(path):
        cls = record.get("event")
        if cls not in EXPECTED and cls not in NOT_EVENTS:
            continue
        found = predict(ctx, str(record["id"]), record["text"], published=record.get("date"))
        if isinstance(found, str):
            tally.failed.append(found)
            found = []
        tally.add(record, found)
    return tally.scores()


class _Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = self.typed = 0
        self.fields: dict[str, list[bool]] = {"dead": [], "actor1": [], "actor2": [], "place": []}
        self.failed: list[str] = []

    def add(self, record: dict[str, Any], found: list[Event]) -> None:
        cls = record["event"]
        if cls in NOT_EVENTS:
            self.fp += bool(found)
            self.tn += not found
            return
        self.tp += bool(found)
        self.fn += not found
        fitting = [e for e in found if e.event_type in EXPECTED[cls]]
        self.typed += bool(fitting)
        self._fields(record, fitting)  # nothing found: every field PLOVER gives is missed

    def _fields(self, record: dict[str, Any], events: list[Event]) -> None:
        dead = record.get("dead")
        if dead not in (None, "") and str(dead).isdigit():
            total = sum(e.fatalities.best or 0 for e in events)
            self.fields["dead"].append(total == int(dead))
        for role, key in (("actor1", "source"), ("actor2", "target")):
            theirs = [a.get("actorText") for a in record.get(key) or []]
            if theirs:
                ours = [a.text for e in events for a in e.actors if a.role == role]
                self.fields[role].append(any(overlaps(o, t) for o in ours for t in theirs))
        location = (record.get("eventLoc") or {}).get("name")
        if location:
            places = [p.text or p.name for e in events for p in e.locations]
            self.fields["place"].append(any(overlaps(p, location) for p in places))

    def scores(self) -> PloverScores:
        precision = share(self.tp, self.tp + self.fp)
        recall = share(self.tp, self.tp + self.fn)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f = self.fields
        return PloverScores(
            sentences=self.tp + self.fp + self.fn + self.tn,
            events_expected=self.tp + self.fn,
            not_events=self.fp + self.tn,
            precision=precision,
            recall=recall,
            f1=f1,
            type_agreement=share(self.typed, self.tp),
            fatalities=share(sum(f["dead"]), len(f["dead"])),
            fatalities_n=len(f["dead"]),
            actor1=share(sum(f["actor1"]), len(f["actor1"])),
            actor1_n=len(f["actor1"]),
            actor2=share(sum(f["actor2"]), len(f["actor2"])),
            actor2_n=len(f["actor2"]),
            place=share(sum(f["place"]), len(f["place"])),
            place_n=len(f["place"]),
            failed=tuple(self.failed),
        )
