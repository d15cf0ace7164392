"""``frontlog``: command-line entry point. Each command calls one function of frontlog.api."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from frontlog import __version__, api
from frontlog.config import Config, load_config
from frontlog.errors import DocumentError, FrontlogError
from frontlog.export import write_csv, write_json, write_jsonl
from frontlog.records import to_dict
from frontlog.stages.reconcile import POLICIES

FORMATS = ("jsonl", "json", "csv")
EXIT_DOCUMENTS_FAILED = 1


def _config(published: str | None = None) -> Config:
    try:
        return load_config(published=published)
    except FrontlogError as exc:
        raise click.UsageError(str(exc)) from exc


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        return
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        yield handle


def _report_error(error: DocumentError) -> None:
    click.echo(f"error: {error.one_line()}", err=True)


def _write(records: list[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    {"jsonl": write_jsonl, "json": write_json, "csv": write_csv}[fmt](records, out)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="frontlog")
def cli() -> None:
    """Turn conflict reporting into geocoded, source-attributed event records.

    Every figure is a claim by a named claimant, backed by the words that say it.

    \b
    Example:
      frontlog extract report.md --format csv -o events.csv
      frontlog ingest reports/ && frontlog events
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for relative dates.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("-o", "--output", metavar="FILE", help="Write here instead of standard output.")
@click.option("--with-text", is_flag=True, help="Include each document's cleaned text.")
@click.option(
    "--fatality-policy", type=click.Choice(POLICIES), default="conservative", show_default=True
)
def extract(
    paths: tuple[str, ...],
    published: str | None,
    fmt: str,
    output: str | None,
    with_text: bool,
    fatality_policy: str,
) -> None:
    """Extract events from reports and write them, without storing anything.

    PATHS are .md, .txt or .html files, directories of them, .jsonl files with one
    {"id", "text", "published", "url", "title", "outlet"} object per line, or - for
    standard input. Document records come first, then event records.

    \b
    Example:
      frontlog extract examples/*.md --published 2017-08-15 --format json -o out.json
    """
    config = _config(published)
    documents: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    failed = 0
    try:
        for item in api.extract(paths, config, policy=fatality_policy, with_text=with_text):
            if isinstance(item, DocumentError):
                failed += 1
                _report_error(item)
                continue
            documents.append(to_dict(item.document))
            events.extend(to_dict(e) for e in item.events)
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    with _output(output) as out:
        _write(documents + events, fmt, out)
    click.echo(f"{len(documents)} documents, {len(events)} events, {failed} failed", err=True)
    if failed:
        sys.exit(EXIT_DOCUMENTS_FAILED)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for relative dates.")
@click.option("--replace", is_flag=True, help="Extract and store again documents already stored.")
@click.option(
    "--workers", type=click.IntRange(min=1), default=1, show_default=True,
    help="Extract in this many processes (one model each).",
)  # fmt: skip
@click.option(
    "--dask", "dask_address", metavar="ADDRESS",
    help="Extract on a Dask cluster: 'local', or a scheduler such as tcp://host:8786.",
)  # fmt: skip
@click.option("--no-progress", is_flag=True, help="No progress bar (it goes to stderr).")
def ingest(
    paths: tuple[str, ...],
    published: str | None,
    replace: bool,
    workers: int,
    dask_address: str | None,
    no_progress: bool,
) -> None:
    """Extract events from reports and store them in the embedded database.

    PATHS are files, directories, JSON lines (.jsonl, .jsonl.gz) and WARC files (.warc,
    .warc.gz). The store lives in $FRONTLOG_HOME (default: your user data directory).
    An event that reports an incident already stored joins it as more claims (see
    `frontlog events show`); a republished copy of a stored report is linked to it and
    counts once among the sources. A document already stored is skipped, so a batch
    that was interrupted (Ctrl-C, kill) can simply be run again; --replace extracts
    and stores documents again. A bad document is reported and skipped.

    \b
    Example:
      frontlog ingest examples/globalresearch-2017-08-15-isis-retreat-syria.md
      frontlog ingest crawl/*.warc.gz --workers 2
      frontlog ingest archive.jsonl.gz --dask tcp://scheduler:8786
    """
    config = _config(published)
    from frontlog.cli.render import IngestProgress
    from frontlog.stages.load import count

    total = None if no_progress else count(paths)
    try:
        with IngestProgress(total, enabled=not no_progress) as progress:
            summary = api.ingest(
                paths,
                config,
                on_error=lambda e: progress.log(f"error: {e.one_line()}"),
                on_progress=progress.update,
                replace=replace,
                workers=workers,
                dask=dask_address,
            )
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("interrupted: what was stored is kept; run the same command to go on", err=True)
        sys.exit(130)
    click.echo(
        f"{summary.documents} documents: {summary.stored} stored, {summary.unchanged} "
        f"already stored, {len(summary.errors)} failed; {summary.events} events, "
        f"{summary.claims} claims added to {config.store_path}; {summary.merged} events "
        f"joined stored incidents, {summary.copies} documents republish stored ones",
        err=True,
    )
    if not summary.ok:
        sys.exit(EXIT_DOCUMENTS_FAILED)


@cli.group(invoke_without_command=True)
@click.option(
    "--format", "fmt", type=click.Choice(("table", *FORMATS)), default="table", show_default=True
)
@click.option("-o", "--output", metavar="FILE", help="Write here instead of standard output.")
@click.option(
    "--fatality-policy",
    type=click.Choice(POLICIES),
    default=None,
    help="How fatalities.best is chosen among the claims [default: conservative].",
)
@click.pass_context
def events(ctx: click.Context, fmt: str, output: str | None, fatality_policy: str | None) -> None:
    """List the events in the store, with every claim and its claimant.

    \b
    Example:
      frontlog events                     # a table
      frontlog events --format csv -o events.csv
      frontlog events show EVENT_ID       # the claims side by side, and why merged
      frontlog events split EVENT_ID --document DOCUMENT_ID
    """
    if ctx.invoked_subcommand is not None:
        return
    config = _config()
    try:
        records = list(api.stored_events(config, policy=fatality_policy))
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "table":
        from frontlog.cli.render import print_events

        print_events(records)
        return
    with _output(output) as out:
        _write(records, fmt, out)


@events.command("show")
@click.argument("event_id")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text")
def events_show(event_id: str, fmt: str) -> None:
    """Print one event: its claims side by side with their evidence, and why merged.

    EVENT_ID is the event's id, or the id a report had before it was merged into it.
    """
    config = _config()
    try:
        record = api.stored_event(event_id, config)
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        _write([record], "json", sys.stdout)
        return
    from frontlog.cli.render import print_event

    print_event(record)


@events.command("split")
@click.argument("event_id")
@click.option("--document", "document_id", required=True, help="The document to take out.")
def events_split(event_id: str, document_id: str) -> None:
    """Undo a merge: take one document's claims out of an event into an event of their own.

    The two stay apart from then on, also when the document is ingested again.
    """
    config = _config()
    try:
        new_id = api.split_event(event_id, document_id, config)
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"document {document_id} is now in event {new_id}; kept apart from {event_id}")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(("table", "csv")), default="table")
def claimants(fmt: str) -> None:
    """List claimants: how many claims each made, and how its figures compare.

    For incidents that other claimants report too, `median ratio` is the median of the
    claimant's fatality figure divided by the other claimants' median figure. It is
    information for reading their figures, not a verdict on them.
    """
    config = _config()
    try:
        records = api.claimants(config)
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    from frontlog.cli.render import print_claimants

    print_claimants(records, csv_out=sys.stdout if fmt == "csv" else None)


from frontlog.cli.evaluate import evaluate  # noqa: E402
from frontlog.cli.gazetteer import gazetteer  # noqa: E402

cli.add_command(gazetteer)
cli.add_command(evaluate)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="frontlog: %(message)s", stream=sys.stderr)
    cli()
