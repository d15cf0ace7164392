"""Headline-level evaluation on UCDP GED: who fought whom, and how many died.

Each UCDP event lists the headlines of the reports it was coded from. A headline that
UCDP used for exactly one event is treated as a document (its ``source_date`` as the
publication date) and run through the pipeline; where frontlog finds an event there:

- sides: UCDP's ``side_a`` and ``side_b`` are among the event's actors (as a share of
  all headlines, and of those where frontlog found an event), compared by
  what UCDP's names say: "Government of X" is a state force of X, "IS" the Islamic
  State, "Civilians" civilians, and any other side (a named rebel group, "Syrian
  insurgents") a non-state armed actor;
- deaths: the event's fatality figure against UCDP's ``best`` (exactly, and inside
  UCDP's ``low``–``high``), on headlines where both give a figure.

A headline is short and UCDP codes from the whole report, so these figures are a floor
for what frontlog does on full articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from frontlog.context import Context
from frontlog.evaluate.common import predict, read_ged, share
from frontlog.records import Actor, Event

NEEDED = {"source_headline", "source_date", "side_a", "side_b", "low", "best", "high"}
ARMED_NON_STATE = {"rebel", "political_militia", "identity_militia"}


@dataclass(frozen=True, slots=True)
class Headline:
    text: str
    published: str | None
    side_a: str
    side_b: str
    low: int
    best: int
    high: int


@dataclass(frozen=True, slots=True)
class UcdpEventScores:
    headlines: int
    with_event: float  # share of headlines where frontlog found an event
    side_a_found: float  # of all headlines: side_a among the actors of their events
    side_b_found: float
    side_a: float  # of headlines with an event: side_a among its actors
    side_b: float
    deaths_n: int  # headlines where both give a figure
    deaths_exact: float
    deaths_in_range: float
    failed: tuple[str, ...]


def read_headlines(path: Path, *, every: int = 1) -> list[Headline]:
    """Headlines UCDP used for exactly one event, every ``every``th of them."""
    rows = [r for r in read_ged(path, NEEDED) if r.get("source_headline")]
    uses = Counter(r["source_headline"].strip() for r in rows)
    out: list[Headline] = []
    for r in rows:
        text = r["source_headline"].strip()
        if uses[text] != 1 or ";" in text or len(text.split()) < 3:
            continue
        date = r.get("source_date", "")[:10] or None
        out.append(
            Headline(
                text,
                date,
                r["side_a"],
                r["side_b"],
                _int(r["low"]),
                _int(r["best"]),
                _int(r["high"]),
            )
        )
    return out[:: max(every, 1)]


def _int(value: str) -> int:
    return int(float(value or 0))


def evaluate(path: Path, ctx: Context, *, every: int = 1) -> UcdpEventScores:
    headlines = read_headlines(path, every=every)
    found_any = side_a = side_b = exact = in_range = figures = 0
    failed: list[str] = []
    for number, h in enumerate(headlines):
        found = predict(ctx, f"ucdp-{number}", h.text, published=h.published)
        if isinstance(found, str):
            failed.append(found)
            continue
        if not found:
            continue
        found_any += 1
        actors = [a for e in found for a in e.actors]
        side_a += side_matches(h.side_a, actors)
        side_b += side_matches(h.side_b, actors)
        ours = _deaths(found)
        if ours is not None and h.best > 0:
            figures += 1
            exact += ours == h.best
            in_range += h.low <= ours <= h.high
    return UcdpEventScores(
        headlines=len(headlines),
        with_event=share(found_any, len(headlines)),
        side_a_found=share(side_a, len(headlines)),
        side_b_found=share(side_b, len(headlines)),
        side_a=share(side_a, found_any),
        side_b=share(side_b, found_any),
        deaths_n=figures,
        deaths_exact=share(exact, figures),
        deaths_in_range=share(in_range, figures),
        failed=tuple(failed),
    )


def _deaths(events: list[Event]) -> int | None:
    figures = [e.fatalities.best for e in events if e.fatalities.best is not None]
    return sum(figures) if figures else None


def side_matches(side: str, actors: list[Actor]) -> bool:
    """Whether one of UCDP's sides (possibly "A, B, C") is among the actors."""
    return any(_part_matches(part.strip(), actors) for part in side.split(","))


def _part_matches(part: str, actors: list[Actor]) -> bool:
    if part.startswith("Government of "):
        country = part.removeprefix("Government of ").split(" (")[0]
        return any(
            (a.kind in ("state", "external") and a.name.endswith(f"of {country}"))
            or a.name.startswith(f"Military Forces of {country} ")
            or a.name == f"Government of {country}"
            for a in actors
        )
    if part == "IS":
        return any(a.name.startswith("Islamic State") for a in actors)
    if part == "Civilians":
        return any(a.kind == "civilians" for a in actors)
    return any(a.kind in ARMED_NON_STATE and not a.name.startswith("Islamic State") for a in actors)
