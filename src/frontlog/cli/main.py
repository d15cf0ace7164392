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
def ingest(paths: tuple[str, ...], published: str | None) -> None:
    """Extract events from reports and store them in the embedded database.

    The store lives in $FRONTLOG_HOME (default: your user data directory). Storing the
    same document again changes nothing; a bad document is reported and skipped.

    \b
    Example:
      frontlog ingest examples/globalresearch-2017-08-15-isis-retreat-syria.md
    """
    config = _config(published)
    try:
        summary = api.ingest(paths, config, on_error=_report_error)
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"{summary.documents} documents: {summary.stored} stored, {summary.unchanged} "
        f"already stored, {len(summary.errors)} failed; {summary.events} events, "
        f"{summary.claims} claims added to {config.store_path}",
        err=True,
    )
    if not summary.ok:
        sys.exit(EXIT_DOCUMENTS_FAILED)


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(("table", *FORMATS)), default="table", show_default=True
)
@click.option("-o", "--output", metavar="FILE", help="Write here instead of standard output.")
def events(fmt: str, output: str | None) -> None:
    """List the events in the store, with every claim and its claimant.

    \b
    Example:
      frontlog events                     # a table
      frontlog events --format csv -o events.csv
    """
    config = _config()
    try:
        records = list(api.stored_events(config))
    except FrontlogError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "table":
        from frontlog.cli.render import print_events

        print_events(records)
        return
    with _output(output) as out:
        _write(records, fmt, out)


from frontlog.cli.evaluate import evaluate  # noqa: E402
from frontlog.cli.gazetteer import gazetteer  # noqa: E402

cli.add_command(gazetteer)
cli.add_command(evaluate)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="frontlog: %(message)s", stream=sys.stderr)
    cli()
