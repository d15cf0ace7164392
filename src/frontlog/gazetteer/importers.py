"""Importers: the place data analysts already have, read into gazetteer rows.

Each format reads one file (plain, ``.gz`` or ``.zip``) and yields ``(GazetteerEntry,
aliases)`` rows; an :class:`ImportReport` counts what was read and why rows were skipped.

- ``geonames``: a GeoNames dump (``SY.txt``, ``allCountries.txt`` or their zip), with an
  optional alternate-names file (``alternateNamesV2.txt`` or ``alternatenames/SY.txt``).
- ``ucdp``: a UCDP GED CSV (``where_coordinates``, ``adm_1``, ``adm_2``, ``latitude``,
  ``longitude``, ``where_prec``, ``country``).
- ``acled``: an ACLED export (``location``, ``admin1``–``admin3``, ``latitude``,
  ``longitude``, ``geo_precision``, ``country``).
- ``csv``: ``name``, ``lat``, ``lon``, ``country`` (ISO alpha-2), ``admin1``; optional
  ``admin2``, ``feature``, ``population`` and ``aliases`` (separated by ``|``).
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from frontlog.errors import GazetteerError
from frontlog.gazetteer.base import GazetteerEntry
from frontlog.gazetteer.features import (
    FEATURES,
    alternatives,
    geonames_feature,
    is_point,
    split_classifier,
)
from frontlog.gazetteer.names import normalize

Row = tuple[GazetteerEntry, list[str]]
CountryOf = Callable[[str], "str | None"]  # a country's name → ISO alpha-2
FORMATS = ("geonames", "ucdp", "acled", "csv")

csv.field_size_limit(sys.maxsize)


@dataclass
class ImportReport:
    """How many rows were read and kept, and why the others were skipped."""

    rows: int = 0
    places: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def skip(self, line: int, reason: str) -> None:
        self.skipped[reason] += 1
        if len(self.examples) < 5:
            self.examples.append(f"line {line}: {reason}")


@contextmanager
def open_text(path: Path, member: str = "") -> Iterator[IO[str]]:
    """A text handle on ``path``; in a zip, the first member ending in ``member`` or .txt."""
    if not path.exists():
        raise GazetteerError(f"{path}: no such file")
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                names = [n for n in archive.namelist() if not n.endswith("/")]
                wanted = [n for n in names if n.endswith(member or ".txt")] or names
                if not wanted:
                    raise GazetteerError(f"{path}: the zip archive is empty")
                with archive.open(wanted[0]) as raw:
                    yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
        elif path.suffix == ".gz":
            with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
                yield handle
        else:
            with path.open(encoding="utf-8", newline="") as handle:
                yield handle
    except (OSError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
        raise GazetteerError(f"{path}: cannot read: {exc}") from exc


def read(
    path: Path,
    fmt: str,
    report: ImportReport,
    country_of: CountryOf,
    alternate_names: Path | None = None,
) -> Iterator[Row]:
    """Rows of ``path`` in format ``fmt``, one per distinct place."""
    if fmt == "geonames":
        yield from read_geonames(path, report, alternate_names)
        return
    readers = {"ucdp": _ucdp_row, "acled": _acled_row, "csv": _csv_row}
    if fmt not in readers:
        raise GazetteerError(f"unknown gazetteer format {fmt!r}; use one of {', '.join(FORMATS)}")
    seen: dict[str, Row] = {}
    with open_text(path, ".csv") as handle:
        for line, record in enumerate(csv.DictReader(handle), start=2):
            report.rows += 1
            try:
                row = readers[fmt](record, country_of)
            except (KeyError, ValueError, TypeError) as exc:
                report.skip(line, _reason(exc))
                continue
            if row is None:
                report.skip(line, "an area coarser than a province, or no name")
                continue
            entry, aliases = row
            known = seen.setdefault(entry.place_id, row)[1]
            known.extend(a for a in aliases if a not in known)
    report.places += len(seen)
    yield from seen.values()


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing column {exc}"
    return f"bad value ({exc})"


def _coordinates(lat: str | None, lon: str | None) -> tuple[float, float]:
    if not lat or not lon:
        raise ValueError("no coordinates")
    try:
        y, x = float(lat), float(lon)
    except ValueError:
        raise ValueError(f"coordinates are not numbers: {lat!r}, {lon!r}") from None
    if not (-90 <= y <= 90 and -180 <= x <= 180):
        raise ValueError(f"coordinates out of range: {y}, {x}")
    return y, x


def _country(value: str, country_of: CountryOf) -> str:
    value = value.strip()
    if len(value) == 2 and value.isalpha():
        return value.upper()
    iso = country_of(value)
    if iso is None:
        raise ValueError(f"unknown country {value!r}")
    return iso


def _entry(
    source: str, name: str, country: str, admin1: str | None, lat: float, lon: float, **kw: object
) -> GazetteerEntry:
    feature = str(kw.get("feature") or "place")
    if feature not in FEATURES:
        raise ValueError(f"unknown feature {feature!r}")
    place_id = f"{source}:{country}:{normalize(admin1 or '')}:{normalize(name)}"
    if not is_point(feature):
        place_id += f":{feature}"
    return GazetteerEntry(
        place_id=place_id,
        name=name,
        country=country,
        admin1=admin1 or None,
        admin2=str(kw["admin2"]) if kw.get("admin2") else None,
        lat=lat,
        lon=lon,
        population=int(str(kw.get("population") or 0)),
        feature=feature,
    )


UCDP_FEATURES = {1: "place", 2: "place", 3: "admin2", 4: "admin1"}


def _ucdp_row(record: dict[str, str], country_of: CountryOf) -> Row | None:
    precision = int(float(record["where_prec"]))
    raw = record["where_coordinates"].strip()
    if precision not in UCDP_FEATURES or not raw:
        return None
    name, feature = split_classifier(raw)
    name, *others = alternatives(name)  # "Abu Rasin/Zarkan town"
    feature = feature or UCDP_FEATURES[precision]
    if precision >= 3 and is_point(feature):
        feature = UCDP_FEATURES[precision]
    lat, lon = _coordinates(record["latitude"], record["longitude"])
    entry = _entry(
        "ucdp",
        name,
        _country(record["country"], country_of),
        _admin(record.get("adm_1")),
        lat,
        lon,
        admin2=_admin(record.get("adm_2")),
        feature=feature,
    )
    return entry, [*others, *([raw] if raw != name else [])]


def _admin(value: str | None) -> str | None:
    """UCDP's "Homs Governorate" and "Ar Rastan district" name the area itself."""
    if not value:
        return None
    name, feature = split_classifier(value.strip())
    return name if feature in ("admin1", "admin2", "admin3") else value.strip()


def _acled_row(record: dict[str, str], country_of: CountryOf) -> Row | None:
    precision = int(float(record["geo_precision"]))
    name = record["location"].strip()
    if precision not in (1, 2) or not name:
        return None
    base, feature = split_classifier(name)
    base, *others = alternatives(base)
    lat, lon = _coordinates(record["latitude"], record["longitude"])
    entry = _entry(
        "acled",
        base,
        _country(record.get("iso2") or record["country"], country_of),
        record.get("admin1"),
        lat,
        lon,
        admin2=record.get("admin2"),
        feature=feature if feature and feature not in ("admin1", "admin2") else "place",
    )
    return entry, [*others, *([name] if name != base else [])]


def _csv_row(record: dict[str, str], country_of: CountryOf) -> Row | None:
    name = record["name"].strip()
    if not name:
        return None
    lat, lon = _coordinates(record["lat"], record["lon"])
    entry = _entry(
        "csv",
        name,
        _country(record["country"], country_of),
        record.get("admin1"),
        lat,
        lon,
        admin2=record.get("admin2"),
        feature=(record.get("feature") or "place").strip().lower(),
        population=record.get("population"),
    )
    aliases = [a.strip() for a in (record.get("aliases") or "").split("|") if a.strip()]
    return entry, aliases


# GeoNames dump columns
GN_ID, GN_NAME, GN_ASCII, GN_ALT, GN_LAT, GN_LON, GN_CLASS, GN_CODE, GN_CC = range(9)
GN_A1, GN_A2, GN_POP = 10, 11, 14
SKIP_LANGUAGES = {"link", "wkdt", "post", "iata", "icao", "faac", "fr_1793", "unlc"}


def read_geonames(
    path: Path, report: ImportReport, alternate_names: Path | None = None
) -> Iterator[Row]:
    """Rows of a GeoNames dump. A first pass reads admin area names by code."""
    admin_names: dict[str, str] = {}
    ids: set[str] = set()
    for cols in _geonames_lines(path):
        if cols[GN_CLASS] == "A" and cols[GN_CODE] in ("ADM1", "ADM2"):
            codes = [cols[GN_CC], cols[GN_A1]] + ([cols[GN_A2]] if cols[GN_CODE] == "ADM2" else [])
            admin_names[".".join(codes)] = cols[GN_NAME]
        ids.add(cols[GN_ID])
    extra = _alternate_names(alternate_names, ids) if alternate_names else {}
    for line, cols in enumerate(_geonames_lines(path), start=1):
        report.rows += 1
        feature = geonames_feature(cols[GN_CLASS], cols[GN_CODE])
        if feature is None:
            report.skip(line, f"feature {cols[GN_CLASS]}.{cols[GN_CODE]} is not kept")
            continue
        try:
            lat, lon = _coordinates(cols[GN_LAT], cols[GN_LON])
            population = int(cols[GN_POP] or 0)
        except ValueError as exc:
            report.skip(line, _reason(exc))
            continue
        country, a1 = cols[GN_CC], cols[GN_A1]
        entry = GazetteerEntry(
            place_id=f"geonames:{cols[GN_ID]}",
            name=cols[GN_NAME],
            country=country,
            admin1=admin_names.get(f"{country}.{a1}"),
            admin2=admin_names.get(f"{country}.{a1}.{cols[GN_A2]}"),
            lat=lat,
            lon=lon,
            population=population,
            feature=feature,
        )
        aliases = [cols[GN_ASCII], *cols[GN_ALT].split(","), *extra.get(cols[GN_ID], ())]
        report.places += 1
        yield entry, list(dict.fromkeys(a for a in aliases if a and a != entry.name))


def _geonames_lines(path: Path) -> Iterator[list[str]]:
    with open_text(path) as handle:
        for number, line in enumerate(handle, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                raise GazetteerError(
                    f"{path}: line {number} has {len(cols)} columns, not a GeoNames dump"
                )
            yield cols


def _alternate_names(path: Path, ids: set[str]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    with open_text(path) as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or cols[1] not in ids or cols[2] in SKIP_LANGUAGES:
                continue
            names.setdefault(cols[1], []).append(cols[3])
    return names
