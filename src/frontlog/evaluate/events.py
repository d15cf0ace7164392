"""Event-level evaluation on a gold set: ACLED sub-event types, actors, fatalities, places.

A gold file is JSON lines, one short report per line (``docs/annotation.md``)::

    {"id": "g001", "split": "dev", "theatre": "Syria", "published": "2024-03-10",
     "text": "…", "events": [{"sub_event_type": "Armed clash", "actor1": "…",
     "actor2": "…", "fatalities": 3, "location": "Idlib"}]}

Each report is run through the whole pipeline. Within a report, a predicted event
matches a gold event of the same sub-event type (the one at the same place first);
what is left over is a false positive or a false negative of its type. Fields are
scored on matched pairs only. ``split`` keeps a test part apart, scored only at the
end of a change.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontlog.context import Context
from frontlog.errors import ConfigError, FrontlogError
from frontlog.gazetteer.names import normalize
from frontlog.pipeline import process
from frontlog.records import Event
from frontlog.report import RawDocument

FIELDS = ("actor1", "actor2", "fatalities", "location")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    location: str | None = None


@dataclass(frozen=True, slots=True)
class GoldReport:
    id: str
    split: str
    theatre: str
    published: str
    text: str
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True, slots=True)
class TypeScore:
    support: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    support: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    fields: Counter[str] = field(default_factory=Counter)  # field → right on matched pairs
    pairs: int = 0
    reports: int = 0
    failed: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Scores:
    split: str
    reports: int
    by_type: dict[str, TypeScore]
    weighted_f1: float
    micro_f1: float
    field_accuracy: dict[str, float]
    failed: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "reports": self.reports,
            "weighted_f1": self.weighted_f1,
            "micro_f1": self.micro_f1,
            "field_accuracy": self.field_accuracy,
            "by_type": {
                t: {"support": s.support, "precision": s.precision, "recall": s.recall, "f1": s.f1}
                for t, s in sorted(self.by_type.items())
            },
            "failed": list(self.failed),
        }


def read_gold(path: Path) -> list[GoldReport]:
    """The gold reports of a JSON-lines file; a malformed line is a ConfigError naming it."""
    if not path.exists():
        raise ConfigError(f"{path}: no such file")
    reports = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            events = tuple(GoldEvent(**e) for e in d["events"])
            reports.append(
                GoldReport(d["id"], d["split"], d["theatre"], d["published"], d["text"], events)
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ConfigError(f"{path}: line {number} is not a gold report: {exc}") from exc
    return reports


def evaluate(path: Path, ctx: Context, *, splits: tuple[str, ...] = ("dev",)) -> list[Scores]:
    """Scores for each split asked for (``"dev"``, ``"test"``, ``"all"``)."""
    gold = read_gold(path)
    tallies = {split: Tally() for split in splits}
    for report in gold:
        wanted = [s for s in splits if s in ("all", report.split)]
        if not wanted:
            continue
        predicted = _predict(report, ctx)
        for split in wanted:
            _score_report(report, predicted, tallies[split])
    return [_scores(split, tally) for split, tally in tallies.items()]


def evaluate_prefixes(
    path: Path, ctx: Context, lasts: list[str], *, split: str = "dev"
) -> dict[str, Scores]:
    """The split's scores over each prefix of the set, up to each id of ``lasts``
    (compared by number: "g1000" comes after "g988"), each report predicted once."""
    tallies = {last: Tally() for last in lasts}
    for report in read_gold(path):
        if report.split != split:
            continue
        targets = [t for last, t in tallies.items() if _number(report.id) <= _number(last)]
        if targets:
            predicted = _predict(report, ctx)
            for tally in targets:
                _score_report(report, predicted, tally)
    return {last: _scores(split, tally) for last, tally in tallies.items()}


def _number(report_id: str) -> int:
    digits = "".join(c for c in report_id if c.isdigit())
    return int(digits) if digits else 0


def _predict(report: GoldReport, ctx: Context) -> list[Event] | str:
    raw = RawDocument(report.id, f"gold:{report.id}", report.text, "text")
    try:
        return list(process(raw, ctx, published=report.published).events)
    except FrontlogError as exc:
        return f"{report.id}: {exc}"


def _score_report(report: GoldReport, predicted: list[Event] | str, tally: Tally) -> None:
    tally.reports += 1
    if isinstance(predicted, str):
        tally.failed.append(predicted)
        predicted = []
    for g in report.events:
        tally.support[g.sub_event_type] += 1
    for p in predicted:
        tally.predicted[p.sub_event_type] += 1
    left = list(predicted)
    for g in report.events:
        same = [p for p in left if p.sub_event_type == g.sub_event_type]
        if not same:
            continue
        best = next((p for p in same if _place_matches(p, g.location)), same[0])
        left.remove(best)
        tally.correct[g.sub_event_type] += 1
        tally.pairs += 1
        for name in FIELDS:
            tally.fields[name] += _field_matches(best, g, name)


def _actor(event: Event, role: str) -> str | None:
    return next((a.name for a in event.actors if a.role == role), None)


def _place_matches(event: Event, gold: str | None) -> bool:
    if gold is None:
        return True
    wanted = normalize(gold)
    return any(
        wanted in (normalize(p.name), normalize(p.resolved_name or "")) for p in event.locations
    )


def _field_matches(event: Event, gold: GoldEvent, name: str) -> bool:
    if name == "actor1":
        return _actor(event, "actor1") == gold.actor1
    if name == "actor2":
        return _actor(event, "actor2") == gold.actor2
    if name == "fatalities":
        return event.fatalities.best == gold.fatalities
    return _place_matches(event, gold.location)


def _scores(split: str, tally: Tally) -> Scores:
    types = set(tally.support) | set(tally.predicted)
    by_type = {t: TypeScore(tally.support[t], tally.predicted[t], tally.correct[t]) for t in types}
    support = sum(tally.support.values())
    weighted = sum(s.f1 * s.support for s in by_type.values()) / support if support else 0.0
    micro = TypeScore(support, sum(tally.predicted.values()), sum(tally.correct.values()))
    fields = {n: (tally.fields[n] / tally.pairs if tally.pairs else 0.0) for n in FIELDS}
    return Scores(split, tally.reports, by_type, weighted, micro.f1, fields, tuple(tally.failed))
