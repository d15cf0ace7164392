"""Ranking a name's gazetteer candidates with what the report says around it.

A candidate's score adds up, in points:

- how exactly the name matched (10 for the normalised name, 9 for the transliteration
  skeleton, about 8 for a near miss; one less for a name written in another alphabet,
  which matched only once transliterated: the Georgian name of Caen reads "Kani", and
  one less for an alternate name in lower case, a word: "tank" is one of Tonk's);
- the report's countries: 6 for the first, one less for each next (then the focus
  countries); when the report's country is unknown, 2 for any focus country, so that
  population decides between two focus countries;
- the provinces the report names or implies (3): "Hama countryside", or the province of
  a place resolved nearby;
- the other places of the same sentence and paragraph: 3 within 30 km, 2 within 75 km,
  1 within 150 km of the nearest;
- the word that says what it is ("village", "district", "oil field"): 2 when the
  candidate's feature fits, minus 3 when it does not;
- population: up to 1 (log scale), so a city beats a hamlet of the same name only
  when nothing else decides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from frontlog.gazetteer.base import Candidate, latin
from frontlog.gazetteer.features import COMPATIBLE, split_classifier
from frontlog.gazetteer.names import skeleton

Point = tuple[float, float]

EARTH_KM = 6371.0


@dataclass(frozen=True, slots=True)
class Hints:
    """What the text around a name says about where it is."""

    countries: tuple[str, ...] = ()
    provinces: frozenset[str] = frozenset()  # skeleton keys of admin1 names and aliases
    points: tuple[Point, ...] = ()  # other places resolved in the sentence and paragraph
    kind: str | None = None  # the feature a classifier word asks for
    focus: tuple[str, ...] = ()  # a report of unknown country: the user's, all alike


def province_key(admin1: str) -> str:
    """One key for "Homs Governorate", "Homs" and "Hims": the skeleton without the word."""
    return skeleton(split_classifier(admin1)[0])


def distance_km(a: Point, b: Point) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def offset(point: Point, km: float, bearing_degrees: float) -> Point:
    """The point ``km`` away from ``point`` on a bearing (0 north, 90 east)."""
    lat1, lon1 = map(math.radians, point)
    bearing, angle = math.radians(bearing_degrees), km / EARTH_KM
    lat2 = math.asin(
        math.sin(lat1) * math.cos(angle) + math.cos(lat1) * math.sin(angle) * math.cos(bearing)
    )
    lon2 = lon1 + math.atan2(
        math.sin(bearing) * math.sin(angle) * math.cos(lat1),
        math.cos(angle) - math.sin(lat1) * math.sin(lat2),
    )
    return round(math.degrees(lat2), 5), round(math.degrees(lon2), 5)


def score(c: Candidate, hints: Hints) -> float:
    e = c.entry
    points = 10.0 * c.score - (0 if latin(c.matched) else 1)
    if c.by_a_word:
        points -= 1
    if e.country in hints.countries:
        points += max(1, 6 - hints.countries.index(e.country))
    elif e.country in hints.focus:
        points += 2
    if e.admin1 and hints.provinces and province_key(e.admin1) in hints.provinces:
        points += 3
    if e.feature == "admin1" and province_key(e.name) in hints.provinces:
        points += 3
    if hints.points:
        nearest = min(distance_km((e.lat, e.lon), p) for p in hints.points)
        points += 3 if nearest < 30 else 2 if nearest < 75 else 1 if nearest < 150 else 0
    if hints.kind is not None:
        points += 2 if e.feature in COMPATIBLE.get(hints.kind, (hints.kind,)) else -3
    points += min(1.0, math.log10(e.population + 1) / 7)
    return points


def best(candidates: list[Candidate], hints: Hints) -> Candidate | None:
    """The highest-scoring candidate; ties keep the gazetteer's order."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: score(c, hints))


def as_written(candidates: list[Candidate]) -> list[Candidate]:
    """For a report of unknown country: the places found under the name as written, and
    a near miss only where it is the larger place ("Sanaa" is Yemen's capital, not a
    near miss in Syria; "Arbin" is Irbin near Damascus, not a French hamlet)."""
    exact = [c for c in candidates if c.score >= 1.0]
    if not exact:
        return candidates
    top = max(c.entry.population for c in exact)
    return exact + [c for c in candidates if c.score < 1.0 and c.entry.population > top]
