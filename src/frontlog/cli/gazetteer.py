"""``frontlog gazetteer …``: grow the gazetteer, look names up, list what did not resolve."""

from __future__ import annotations

import click

from frontlog import api
from frontlog.config import Config, load_config
from frontlog.errors import FrontlogError
from frontlog.gazetteer.importers import FORMATS, ImportReport


def _config() -> Config:
    try:
        return load_config()
    except FrontlogError as exc:
        raise click.UsageError(str(exc)) from exc


@click.group()
def gazetteer() -> None:
    """Grow the gazetteer with your own place data, and check how names resolve.

    The gazetteer lives in $FRONTLOG_HOME/gazetteer.sqlite (or $FRONTLOG_GAZETTEER). It is
    built on first use from GeoNames data in PyPI packages; imported places persist there
    and every later extract and ingest uses them.

    \b
    Example:
      frontlog gazetteer import ged.csv --format ucdp
      frontlog gazetteer lookup "Khirbet Makman" --country SY
    """


def _say_import(label: str, report: ImportReport) -> None:
    skipped = sum(report.skipped.values())
    click.echo(f"{label}: {report.rows} rows read, {report.places} places imported, ", nl=False)
    click.echo(f"{skipped} skipped")
    for reason, n in report.skipped.most_common():
        click.echo(f"  skipped {n}: {reason}")
    for example in report.examples:
        click.echo(f"  e.g. {example}")


@gazetteer.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option(
    "--alternate-names",
    type=click.Path(exists=True, dir_okay=False),
    help="A GeoNames alternate-names file to go with a geonames dump.",
)
def import_(file: str, fmt: str, alternate_names: str | None) -> None:
    """Import places from FILE (plain, .gz or .zip).

    \b
    Formats:
      geonames  a GeoNames dump (SY.txt, allCountries.zip) with its alternate names
      ucdp      a UCDP GED CSV: where_coordinates, adm_1, adm_2, latitude, longitude, where_prec
      acled     an ACLED export: location, admin1-3, latitude, longitude, geo_precision
      csv       name, lat, lon, country, admin1 [, admin2, feature, population, aliases]

    \b
    Example:
      frontlog gazetteer import my-villages.csv --format csv
    """
    try:
        report = api.import_places(file, fmt, _config(), alternate_names=alternate_names)
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    _say_import(file, report)


@gazetteer.command()
@click.argument("countries", nargs=-1, required=True)
def download(countries: tuple[str, ...]) -> None:
    """Download GeoNames dumps of COUNTRIES (ISO codes) and import them (needs internet).

    The source is $FRONTLOG_GEONAMES_URL (default: download.geonames.org/export/dump/).

    \b
    Example:
      frontlog gazetteer download SY IQ
    """
    try:
        reports = api.download_places(countries, _config())
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    for country, report in reports.items():
        _say_import(country, report)


@gazetteer.command()
@click.argument("name")
@click.option("--country", "countries", multiple=True, help="ISO code(s) the report is about.")
def lookup(name: str, countries: tuple[str, ...]) -> None:
    """Show the gazetteer's candidates for NAME, best first, with their scores.

    \b
    Example:
      frontlog gazetteer lookup "Deir Ezzor" --country SY
    """
    try:
        candidates = api.lookup_place(name, countries, _config())
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    if not candidates:
        click.echo(f"no candidates for {name!r}")
        return
    for i, c in enumerate(candidates, start=1):
        e = c.entry
        admin = ", ".join(a for a in (e.admin2, e.admin1) if a) or "-"
        click.echo(
            f"{i:>2}. {e.name} [{e.feature}] {e.country} ({admin}) {e.lat:.4f},{e.lon:.4f} "
            f"pop {e.population}  score {c.score:.2f} via {c.matched!r}  id {e.place_id}"
        )


@gazetteer.command()
@click.option("--limit", default=50, show_default=True, help="How many names to list.")
def unresolved(limit: int) -> None:
    """List place names of stored events the gazetteer could not resolve, most frequent first.

    Each name still has an event: it fell back to its anchor, province or country.
    Import a file with these places to resolve them next time.

    \b
    Example:
      frontlog gazetteer unresolved --limit 20
    """
    try:
        names = api.unresolved_places(_config())
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    if not names:
        click.echo("no unresolved place names in the store")
        return
    click.echo("mentions  documents  name  (country; stood in for by)")
    for u in names[:limit]:
        where = f"{u.country or '-'}; {u.stand_in or '-'}"
        click.echo(f"{u.mentions:>8}  {u.documents:>9}  {u.name}  ({where})")
