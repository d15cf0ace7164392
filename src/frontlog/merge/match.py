"""Is a newly extracted event the same incident as a stored one? And why.

A wrong merge hides an event, which is worse than a missed one, so every test leans
towards keeping events apart. A report's event joins a stored incident only when all
of these hold (the reason names each):

1. **Date.** The date spans overlap (a span carries its precision: a week for "last
   week"); an undated report counts for the day it was published and the day before.
2. **Type.** The same ACLED event type.
3. **Place.** The same country, and either
   - two exact places (UCDP where_prec 1–2) that are the same gazetteer entry, or no
     more than ``NEAR_KM`` apart; or
   - a coarser area (a district or province) containing the other place, or the same
     area named twice — only with the same sub-event type and a shared actor, since a
     province holds many incidents a day.
   A name the gazetteer could not resolve matches only the same name (and then as
   an exact place).
4. **Actors.** When both name actors, at least one is shared (in either role); an
   actor named without a country, in a report that names none, is the same as that
   actor named with one.

Beyond these, some positive sign is needed, more of it for a coarse place: see
:func:`enough`. A shared armed actor counts as a sign; civilians
as the victims do not (too many incidents have them).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

NEAR_KM = 5.0
MAX_SPAN_DAYS = 31  # the longest date span the pipeline gives (a month)
EXACT_PREC = 2  # UCDP where_prec 1 (exact place) and 2 (within about 25 km)


@dataclass(frozen=True, slots=True)
class Match:
    """A stored incident an event can join, how strongly, and why."""

    event_id: str
    score: float
    reason: str


def match(new: dict[str, Any], stored: dict[str, Any]) -> Match | None:
    """A :class:`Match` when ``new`` (an event record) is the incident ``stored``."""
    if new["event_type"] != stored["event_type"] or not _dates_overlap(new, stored):
        return None
    everyone = {a["name"] for a in new["actors"]}, {a["name"] for a in stored["actors"]}
    if all(everyone) and not any(_same_side(x, y) for x in everyone[0] for y in everyone[1]):
        return None  # two different pairs of sides
    ours, theirs = _actor_names(new), _actor_names(stored)
    same_sub = new["sub_event_type"] == stored["sub_event_type"]
    place = _place_reason(new["location"], stored["location"])
    if place is None:
        return None
    reason_place, exact = place
    shared = sorted(ours & theirs)
    dated = _dated(new) and _dated(stored)
    if not enough(exact=exact, same_sub=same_sub, shared=len(shared), dated=dated):
        return None
    score = (2.0 if exact else 1.0) + 0.5 * same_sub + 0.5 * dated + 0.25 * len(shared)
    parts = [
        f"same {new['event_type']}" + (f" ({new['sub_event_type']})" if same_sub else ""),
        f"dates agree ({_span(new)} / {_span(stored)})"
        + (", both dated in the text" if dated else ""),
        reason_place,
    ]
    if shared:
        parts.append("shared actors: " + ", ".join(shared))
    return Match(stored["event_id"], score, "; ".join(parts))


def enough(*, exact: bool, same_sub: bool, shared: int, dated: bool) -> bool:
    """Whether the signs beyond date, type and place make two reports one incident.

    ``shared`` is how many armed actors both name (2: both sides). An exact place needs
    two signs: the same sub-event type with the day given in words by both, or with
    both sides shared; or a shared actor with the day in words. A report that gives no
    day names a week of news, and a city sees many incidents in a week, so one shared
    side is not enough there. A coarser area (a district or province) needs all three.
    """
    if not exact:
        return same_sub and shared >= 1 and dated
    if dated:
        return same_sub or shared >= 1
    return same_sub and shared >= 2


def _dated(record: dict[str, Any]) -> bool:
    """The report gives its date in words ("on Monday", "last weekend")."""
    return record["date"]["text"] is not None


def _span(record: dict[str, Any]) -> str:
    start, end = likely_days(record)
    return start if start == end else f"{start}..{end}"


def _dates_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    (a0, a1), (b0, b1) = likely_days(a), likely_days(b)
    return a0 <= b1 and b0 <= a1


def likely_days(record: dict[str, Any]) -> tuple[str, str]:
    """The days an incident most likely happened on, for matching.

    A report that gives no date is dated by the pipeline to the week before
    publication, which is honest for output but too wide for merging: news reports
    an undated incident on its day or the next, so such a report matches on its last
    two days only.
    """
    d = record["date"]
    if d["text"] is None and d["start"] != d["end"]:
        end = date.fromisoformat(d["end"])
        return end.fromordinal(end.toordinal() - 1).isoformat(), d["end"]
    return d["start"], d["end"]


def _same_side(a: str, b: str) -> bool:
    """The same actor, or one named without its country in a report that names no
    country ("Unidentified Armed Group") and with it in another ("Unidentified Armed
    Group (Niger)"; "Police Forces", "Police Forces of Myanmar")."""
    return a == b or a == _countryless(b) or _countryless(a) == b


def _countryless(name: str) -> str:
    """A generic actor's name without its country: "Civilians (Niger)" → "Civilians"."""
    for sep in (" (", " of "):
        if sep in name:
            return name[: name.index(sep)]
    return name


def _actor_names(record: dict[str, Any]) -> set[str]:
    """The armed actors (and crowds) of a report: what makes a shared actor a sign."""
    return {a["name"] for a in record["actors"] if a["kind"] != "civilians"}


def _place_reason(a: dict[str, Any], b: dict[str, Any]) -> tuple[str, bool] | None:
    """(why the places agree, whether both are exact), or None when they do not."""
    if _unresolved(a) or _unresolved(b):  # a name standing in on a coarser point
        written = a["text"] is not None and b["text"] is not None
        countries = {a["country"], b["country"]} - {None}
        if written and len(countries) <= 1 and _key(a["name"]) == _key(b["name"]):
            return f"the same place name '{a['name']}' (not resolved in both)", True
        return None
    if a["country"] is None or a["country"] != b["country"] or a["lat"] is None or b["lat"] is None:
        return None
    exact_a, exact_b = a["where_prec"] <= EXACT_PREC, b["where_prec"] <= EXACT_PREC
    if exact_a and exact_b:
        if a["place_id"] is not None and a["place_id"] == b["place_id"]:
            return f"the same place ({a['resolved_name'] or a['name']})", True
        km = distance_km(a["lat"], a["lon"], b["lat"], b["lon"])
        if km <= NEAR_KM:
            return f"{a['name']} and {b['name']} are {km:.1f} km apart", True
        return None
    coarse, fine = (a, b) if a["where_prec"] >= b["where_prec"] else (b, a)
    if coarse["where_prec"] >= 6:  # a country, or part of one: too wide to place an incident
        return None
    if coarse["place_id"] is not None and coarse["place_id"] == fine["place_id"]:
        return f"the same area ({coarse['name']})", False
    same_admin1 = coarse["admin1"] is not None and coarse["admin1"] == fine["admin1"]
    if same_admin1 and (coarse["where_prec"] == 4 or coarse["admin2"] == fine["admin2"]):
        return f"{fine['name']} lies in {coarse['name']}", False
    return None


def _unresolved(place: dict[str, Any]) -> bool:
    """A place name written in the report that stands at a coarser point (its anchor,
    province or country), or at none."""
    if place["text"] is None:
        return False
    if "fallback" in place:
        return bool(place["fallback"])
    # a record stored before places said so: a name unlike the one it resolved to
    if place["resolved_name"] is None:
        return True
    return _key(place["name"]) != _key(place["resolved_name"]) and place["where_prec"] >= 3


def _key(name: str | None) -> str:
    return (name or "").casefold().replace("-", " ").strip()


def place_key(record: dict[str, Any]) -> str | None:
    """The primary place as written in the report, for finding the same name again."""
    location = record["location"]
    return _key(location["name"]) if location["text"] is not None else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def date_window(record: dict[str, Any]) -> tuple[str, str, str]:
    """(earliest start, first day, last day) a stored incident must fit to overlap
    ``record``: it starts at most a month before, and ends on or after its first day."""
    first_day, last_day = likely_days(record)
    first = date.fromisoformat(first_day)
    earliest = first.fromordinal(first.toordinal() - MAX_SPAN_DAYS)
    return earliest.isoformat(), first_day, last_day
