"""Place-resolution evaluation on UCDP GED: names resolved in context, against UCDP's points.

The places of the earlier years' events are imported (``--format ucdp``, as a user
would); then each later event's ``where_coordinates`` name is resolved with its
``source_headline`` as context — the headline's own places give the provinces and
neighbours — exactly as the places stage resolves a name in a report. Each variant of
the gazetteer is scored on all names, and on the names the gazetteer holds (a
candidate of that name lies within 25 km of UCDP's point).
"""

from __future__ import annotations

import csv
import shutil
import statistics
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from frontlog.config import Config
from frontlog.context import Context
from frontlog.errors import ConfigError
from frontlog.gazetteer.features import alternatives
from frontlog.gazetteer.manage import import_file
from frontlog.gazetteer.sqlite import SQLiteGazetteer
from frontlog.stages import about
from frontlog.stages.place_find import find_places, mention_from_name
from frontlog.stages.place_rank import distance_km
from frontlog.stages.places import Resolver, part_of_town

NEAR_KM = 25.0


@dataclass(frozen=True, slots=True)
class Case:
    """One event's place: the name UCDP gives, its headline, and UCDP's answer."""

    name: str
    headline: str
    lat: float
    lon: float
    where_prec: int


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    km: float | None  # distance from UCDP's point to ours; None when we give no point
    unresolved: bool  # fell back (anchor, province, country) instead of resolving
    where_prec: int
    in_gazetteer: bool


@dataclass(frozen=True, slots=True)
class Score:
    """Shares of names, and distances over the names that got a point at all."""

    names: int
    within_25km: float
    median_km: float
    p90_km: float
    unresolved: float
    no_point: float  # unresolved in a report of unknown country: no stand-in either
    precision_agreement: float

    @classmethod
    def of(cls, outcomes: list[Outcome]) -> Score:
        n = len(outcomes)
        if n == 0:
            return cls(0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        km = sorted(o.km for o in outcomes if o.km is not None)
        return cls(
            names=n,
            within_25km=sum(k <= NEAR_KM for k in km) / n,
            median_km=statistics.median(km) if km else 0.0,
            p90_km=km[min(len(km) - 1, int(0.9 * len(km)))] if km else 0.0,
            unresolved=sum(o.unresolved for o in outcomes) / n,
            no_point=(n - len(km)) / n,
            precision_agreement=sum(o.where_prec == o.case.where_prec for o in outcomes) / n,
        )


@dataclass(frozen=True, slots=True)
class Result:
    gazetteer: str
    all: Score
    in_gazetteer: Score


def read_cases(path: Path, years: Iterable[int]) -> tuple[list[dict[str, str]], list[Case]]:
    """UCDP rows of the other years (to import) and this years' cases (to resolve)."""
    wanted = set(years)
    train: list[dict[str, str]] = []
    cases: list[Case] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                year = int(float(row["year"]))
                lat, lon, prec = float(row["latitude"]), float(row["longitude"]), row["where_prec"]
            except (KeyError, ValueError):
                continue  # UCDP's file has a few rows broken by stray quotes
            if year not in wanted:
                train.append(row)
            elif row["where_coordinates"].strip() and 1 <= int(float(prec)) <= 6:
                name = row["where_coordinates"].strip()
                cases.append(Case(name, row["source_headline"], lat, lon, int(float(prec))))
    return train, cases


def evaluate(
    ucdp_csv: Path,
    config: Config,
    *,
    import_years: tuple[int, ...] = (2016, 2017),
    test_years: tuple[int, ...] = (2018, 2019),
    every: int = 1,
) -> list[Result]:
    """Score resolution with the default gazetteer, then with UCDP's earlier places added."""
    if not ucdp_csv.exists():
        raise ConfigError(f"{ucdp_csv}: no such file", hint="pass the UCDP GED CSV with --ucdp")
    rows, cases = read_cases(ucdp_csv, test_years)
    train = [r for r in rows if int(float(r["year"])) in import_years]
    cases = cases[::every]
    with tempfile.TemporaryDirectory(prefix="frontlog-eval-") as tmp:
        folder = Path(tmp)
        default = _pristine_default(config, folder / "default.sqlite")
        imported = folder / "imported.sqlite"
        shutil.copy(default, imported)
        train_csv = folder / "train.csv"
        _write_rows(train_csv, train)
        gaz = SQLiteGazetteer(imported)
        import_file(gaz, train_csv, "ucdp")
        gaz.close()
        ctx = Context(_with_gazetteer(config, default))
        docs = _parse_headlines(ctx, {c.headline for c in cases})
        label = f"default + UCDP {'-'.join(str(y) for y in (import_years[0], import_years[-1]))}"
        results = []
        for name, path in (("default", default), (label, imported)):
            gazetteer = SQLiteGazetteer(path)
            outcomes = [_resolve(case, docs[case.headline], gazetteer, ctx) for case in cases]
            gazetteer.close()
            present = [o for o in outcomes if o.in_gazetteer]
            results.append(Result(name, Score.of(outcomes), Score.of(present)))
    return results


def _pristine_default(config: Config, dest: Path) -> Path:
    """The default gazetteer alone: the user's copy if nothing was imported into it."""
    source = config.gazetteer_file
    if source.exists():
        gaz = SQLiteGazetteer(source)
        sources = gaz.sources()
        gaz.close()
        if sources == ["default"]:
            shutil.copy(source, dest)
            return dest
    SQLiteGazetteer.open_or_build(dest).close()
    return dest


def _with_gazetteer(config: Config, path: Path) -> Config:
    return replace(config, gazetteer_path=path)


def _write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    if not rows:
        raise ConfigError("the UCDP file has no events to import in the years asked for")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _parse_headlines(ctx: Context, headlines: set[str]) -> dict[str, Any]:
    texts = sorted(headlines)
    return dict(zip(texts, ctx.nlp.pipe(texts, batch_size=64), strict=True))


def _resolve(case: Case, doc: Any, gazetteer: SQLiteGazetteer, ctx: Context) -> Outcome:
    resolver = Resolver(gazetteer, about.about(doc, ctx), ctx.config.focus_countries)
    target = mention_from_name(case.name)
    around = [
        resolver.resolve(part_of_town(resolver, p))
        for sent in doc.sents
        for p in find_places(sent, ctx.lexicon)
        if p.name.lower() != target.name.lower()
    ]
    provinces = resolver.provinces([*around, resolver.resolve(target)])
    hints = resolver.hints(target, provinces, around)
    for name in alternatives(target.name):  # UCDP writes "Abu Rasin/Zarkan town"
        found = resolver.resolve(replace(target, name=name), hints)
        if found.resolved is not None:
            break
    unresolved = found.resolved is None
    if unresolved:
        found = resolver.fallback(found, around, [])
    place = found.resolved
    km = None
    if place is not None and place.lat is not None and place.lon is not None:
        km = distance_km((place.lat, place.lon), (case.lat, case.lon))
    present = any(
        distance_km((c.entry.lat, c.entry.lon), (case.lat, case.lon)) <= NEAR_KM
        for name in alternatives(target.name)
        for c in resolver.candidates(name)
    )
    return Outcome(case, km, unresolved, place.where_prec if place else 6, present)
