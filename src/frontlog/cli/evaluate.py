"""``frontlog eval …``: accuracy on public evaluation data."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import click

from frontlog.config import load_config
from frontlog.errors import FrontlogError

if TYPE_CHECKING:
    from frontlog.context import Context

UCDP_FILE = click.option(
    "--ucdp",
    "ucdp",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="A UCDP GED CSV (CC BY 4.0, ucdp.uu.se).",
)
AS_JSON = click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")


@click.group(name="eval")
def evaluate() -> None:
    """Measure accuracy on public evaluation data (see docs/accuracy.md).

    \b
    Example:
      frontlog eval places --ucdp ../shared/data/ucdp-ged-syria/ged_syria_2016-2019.csv
    """


@evaluate.command()
@UCDP_FILE
@click.option("--every", default=1, show_default=True, help="Score every Nth case (a sample).")
@AS_JSON
def places(ucdp: Path, every: int, as_json: bool) -> None:
    """Place resolution against UCDP GED's coordinates.

    Imports the places of 2016-2017 events, then resolves each 2018-2019 event's
    where_coordinates name with its source_headline as context, with and without the
    import. Reports the share within 25 km, median and 90th-percentile error, the
    unresolved share and UCDP where_prec agreement, for all names and for the names
    the gazetteer holds.

    \b
    Example:
      frontlog eval places --ucdp ged_syria_2016-2019.csv --json
    """
    from frontlog.evaluate.places import evaluate as evaluate_places

    try:
        results = evaluate_places(ucdp, load_config(), every=every)
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps([asdict(r) for r in results], indent=2))
        return
    click.echo(
        f"{'gazetteer':<24} {'names':<13} {'n':>6} {'<=25km':>10} {'median_km':>10} "
        f"{'p90_km':>7} {'unresolved':>11} {'no_point':>9} {'where_prec':>11}"
    )
    for r in results:
        for label, s in (("all", r.all), ("in gazetteer", r.in_gazetteer)):
            click.echo(
                f"{r.gazetteer:<24} {label:<13} {s.names:>6} {s.within_25km:>10.1%} "
                f"{s.median_km:>10.1f} {s.p90_km:>7.1f} {s.unresolved:>11.1%} "
                f"{s.no_point:>9.1%} {s.precision_agreement:>11.1%}"
            )


@evaluate.command()
@click.option(
    "--gold",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("tests/gold/events.jsonl"),
    show_default=True,
    help="A gold file of short reports (docs/annotation.md).",
)
@click.option(
    "--split",
    "splits",
    type=click.Choice(("dev", "test", "all")),
    multiple=True,
    default=("dev",),
    show_default=True,
    help="Which part to score; score 'test' only at the end of a change.",
)
@AS_JSON
def events(gold: Path, splits: tuple[str, ...], as_json: bool) -> None:
    """Event typing, actors, fatalities and places against a gold set.

    Per ACLED sub-event type: precision, recall and F1; then weighted F1 (by gold
    support) and, on matched events, the share with the right actor1, actor2,
    fatalities and place.

    \b
    Example:
      frontlog eval events --gold tests/gold/events.jsonl --split dev
    """
    from frontlog.context import Context
    from frontlog.evaluate.events import evaluate as evaluate_events

    try:
        results = evaluate_events(gold, Context(load_config()), splits=splits)
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in results], indent=2))
        return
    for r in results:
        click.echo(f"split {r.split}: {r.reports} reports, weighted F1 {r.weighted_f1:.3f}")
        for name, s in sorted(r.by_type.items()):
            click.echo(
                f"  {name:<40} n={s.support:>3}  P {s.precision:.2f}  R {s.recall:.2f}  "
                f"F1 {s.f1:.2f}"
            )
        fields = ", ".join(f"{k} {v:.0%}" for k, v in r.field_accuracy.items())
        click.echo(f"  fields on matched events: {fields}")
        for failure in r.failed:
            click.echo(f"  failed: {failure}")


def _report(run: Callable[[Context], object], as_json: bool) -> None:
    """Run one evaluation with the user's configuration and print its figures."""
    from frontlog.context import Context

    try:
        scores = run(Context(load_config()))
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    _print_scores(scores, as_json)


def _print_scores(scores: object, as_json: bool) -> None:
    """A scores record as JSON, or one ``name  value`` line per figure."""
    figures = asdict(scores)  # type: ignore[call-overload]
    failed = figures.pop("failed", ())
    if as_json:
        click.echo(json.dumps({**figures, "failed": list(failed)}, indent=2))
        return
    width = max([18, *map(len, figures)])
    for name, value in figures.items():
        shown = f"{value:.1%}" if isinstance(value, float) else f"{value:,}"
        click.echo(f"{name:<{width}} {shown:>8}")
    if failed:
        click.echo(f"{'failed':<{width}} {len(failed):>8}  (first: {failed[0]})")


@evaluate.command()
@click.option(
    "--plover",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="PLOVER_GSR_CAMEO.json, the PLOVER gold standard records (CC BY-SA 4.0).",
)
@AS_JSON
def plover(plover: Path, as_json: bool) -> None:
    """Event detection, actors, fatalities and places on PLOVER's coded sentences.

    Violence and protest sentences should give an event of a matching ACLED type;
    statements, threats, demands and the like should give none. On every violence or
    protest sentence (a miss counts as wrong): fatalities against `dead`, actor1 and
    actor2 against the source and target, the place against `eventLoc`.

    \b
    Example:
      frontlog eval plover --plover ../shared/data/plover-gsr/PLOVER_GSR_CAMEO.json
    """
    from frontlog.evaluate.plover import evaluate as evaluate_plover

    _report(lambda ctx: evaluate_plover(plover, ctx), as_json)


@evaluate.command()
@click.option(
    "--re3d",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="The re3d folder (its source folders hold documents/entities/relations.json).",
)
@AS_JSON
def re3d(folder: Path, as_json: bool) -> None:
    """Whether extracted actors, places, counts and sides are what re3d annotates.

    \b
    Example:
      frontlog eval re3d --re3d ../shared/data/re3d
    """
    from frontlog.evaluate.re3d import evaluate as evaluate_re3d

    _report(lambda ctx: evaluate_re3d(folder, ctx), as_json)


@evaluate.command(name="ucdp-events")
@UCDP_FILE
@click.option("--every", default=1, show_default=True, help="Score every Nth headline.")
@AS_JSON
def ucdp_events(ucdp: Path, every: int, as_json: bool) -> None:
    """Sides and deaths on UCDP GED headlines, each headline read as a report.

    \b
    Example:
      frontlog eval ucdp-events --ucdp ged_syria_2016-2019.csv --every 10
    """
    from frontlog.evaluate.ucdp_events import evaluate as evaluate_ucdp

    _report(lambda ctx: evaluate_ucdp(ucdp, ctx, every=every), as_json)


@evaluate.command(name="merge")
@UCDP_FILE
@click.option("--since", metavar="YYYY-MM-DD", help="Only UCDP events starting on or after.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only UCDP events starting on or before.")
@AS_JSON
def merge(ucdp: Path, since: str | None, until: str | None, as_json: bool) -> None:
    """Incident merging: are two reports the same incident, as UCDP judged?

    Each report UCDP lists in `source_article` is ingested into an empty in-memory
    store; pairs UCDP lists for one event should end up in one event, pairs of
    different events on the same day in the same governorate should not.

    \b
    Example:
      frontlog eval merge --ucdp ged_syria_2016-2019.csv --since 2016-01-01 --until 2016-06-30
    """
    from frontlog.evaluate.merge import evaluate as evaluate_merge

    _report(lambda ctx: evaluate_merge(ctx, ucdp, since=since, until=until), as_json)


@evaluate.command(name="incidents")
@click.option(
    "--gold",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("tests/gold/incidents.jsonl"),
    show_default=True,
    help="The incident gold set: one report per line, labelled with its incident.",
)
@click.option("--split", type=click.Choice(("dev", "test")), help="Only this split.")
@AS_JSON
def incidents(gold: Path, split: str | None, as_json: bool) -> None:
    """Incident merging on the team's gold set: several reports of one incident.

    Pairs of reports of one incident should end up in one event; pairs of reports of
    different incidents on the same day in the same area should not.

    \b
    Example:
      frontlog eval incidents --gold tests/gold/incidents.jsonl --split dev
    """
    from frontlog.evaluate.merge import read_gold, score

    _report(lambda ctx: score(ctx, *read_gold(gold, split)), as_json)
