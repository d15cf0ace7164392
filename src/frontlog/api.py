"""The public functions every command (and any REST API) calls.

>>> from frontlog.api import extract
>>> for result in extract(["report.md"]):          # doctest: +SKIP
...     print(result.document.outlet, len(result.events))
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontlog import engines
from frontlog.claimants import ClaimantRecord, claimant_records
from frontlog.config import Config, load_config
from frontlog.context import Context
from frontlog.engines import Extracted
from frontlog.errors import DocumentError, ProcessingError, StoreError
from frontlog.gazetteer import manage
from frontlog.gazetteer.base import Candidate
from frontlog.gazetteer.importers import ImportReport
from frontlog.gazetteer.sqlite import SQLiteGazetteer
from frontlog.pipeline import Result
from frontlog.pipeline import extract as _extract
from frontlog.report import RawDocument
from frontlog.stages import load
from frontlog.store import SQLiteStore
from frontlog.store.base import Unresolved


@dataclass
class BatchSummary:
    """What a batch did: counts, and every document that failed with why."""

    documents: int = 0
    stored: int = 0
    unchanged: int = 0
    events: int = 0
    merged: int = 0  # events that joined an incident already stored
    copies: int = 0  # documents that republish a stored one
    claims: int = 0
    errors: list[DocumentError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def extract(
    paths: Iterable[str],
    config: Config | None = None,
    *,
    published: str | None = None,
    policy: str = "conservative",
    with_text: bool = False,
    context: Context | None = None,
) -> Iterator[Result | DocumentError]:
    """Run the pipeline over ``paths``; yields a ``Result`` or a ``DocumentError`` each."""
    ctx = context or Context(config or load_config())
    yield from _extract(paths, ctx, published=published, policy=policy, with_text=with_text)


def ingest(
    paths: Iterable[str],
    config: Config | None = None,
    *,
    published: str | None = None,
    context: Context | None = None,
    on_error: Any = None,
    on_progress: Any = None,
    replace: bool = False,
    workers: int = 1,
    dask: str | None = None,
) -> BatchSummary:
    """Extract and store; a bad document is recorded in the summary and the batch goes on.

    A document already stored is skipped before extraction (unless ``replace``), so an
    interrupted batch run again picks up where it stopped. Each event joins the stored
    incident it reports, if any (``frontlog.merge``). ``workers`` > 1 extracts in that
    many processes; ``dask`` ("local", or a scheduler address) on a Dask cluster; the
    store is written here, one document per transaction. ``on_progress(summary)`` is
    called after every document.
    """
    config = config or load_config()
    store = SQLiteStore(config.store_path)
    summary = BatchSummary()
    counting = threading.Lock()  # the summary is counted from two threads with workers

    def tick() -> None:
        if on_progress is not None:
            on_progress(summary)

    def fresh(items: Iterable[RawDocument | DocumentError]) -> Iterator[Any]:
        # a connection of its own: a worker pool reads this generator in another thread
        stored = SQLiteStore(config.store_path)
        try:
            for item in items:
                if isinstance(item, RawDocument) and not replace and stored.has(item.document_id):
                    with counting:
                        summary.documents += 1
                        summary.unchanged += 1
                        tick()
                    continue
                yield item
        finally:
            stored.close()

    items = fresh(load.load(paths, max_bytes=config.max_document_bytes))
    if dask is not None:
        outcomes = engines.on_dask(items, config, address=dask, published=published)
    elif workers > 1:
        outcomes = engines.in_processes(items, config, workers=workers, published=published)
    else:
        outcomes = engines.here(items, context or Context(config), published=published)
    try:
        for outcome in outcomes:
            with counting:
                summary.documents += 1
                if isinstance(outcome, DocumentError):
                    _failed(summary, outcome, on_error)
                else:
                    _store(store, outcome, summary, replace=replace, on_error=on_error)
                tick()
    finally:
        store.close()
    return summary


def _failed(summary: BatchSummary, error: DocumentError, on_error: Any) -> None:
    summary.errors.append(error)
    if on_error is not None:
        on_error(error)


def _store(
    store: SQLiteStore, item: Extracted, summary: BatchSummary, *, replace: bool, on_error: Any
) -> None:
    try:
        counts = store.add(
            item.document, item.events, item.unresolved, text=item.text, replace=replace
        )
    except StoreError as exc:  # nothing of it was stored; the batch goes on
        error = ProcessingError(str(exc), document_id=item.document.document_id, stage="store")
        _failed(summary, error, on_error)
        return
    if counts.new_document:
        summary.stored += 1
        summary.events += counts.events
        summary.merged += counts.merged
        summary.copies += counts.copy_of is not None
        summary.claims += counts.claims
    else:
        summary.unchanged += 1


def stored_events(
    config: Config | None = None, *, policy: str | None = None
) -> Iterator[dict[str, Any]]:
    """Every stored event record, oldest first, fatalities by ``policy`` if given."""
    store = SQLiteStore((config or load_config()).store_path)
    try:
        yield from store.events(policy)
    finally:
        store.close()


def stored_event(event_id: str, config: Config | None = None) -> dict[str, Any]:
    """One stored event, by its id or the id of a report merged into it."""
    store = SQLiteStore((config or load_config()).store_path)
    try:
        found = store.event(event_id)
    finally:
        store.close()
    if found is None:
        raise StoreError(
            f"no stored event {event_id}", hint="list the stored events with: frontlog events"
        )
    return found


def split_event(event_id: str, document_id: str, config: Config | None = None) -> str:
    """Undo a merge: take a document's claims out of an event; returns their event's id.

    The two are kept apart from then on, also when the document is ingested again.
    """
    store = SQLiteStore((config or load_config()).store_path)
    try:
        return store.split(event_id, document_id)
    finally:
        store.close()


def claimants(config: Config | None = None) -> list[ClaimantRecord]:
    """Every claimant in the store, with how its figures compare with other claimants'."""
    return claimant_records(stored_events(config))


def import_places(
    path: str | Path,
    fmt: str,
    config: Config | None = None,
    *,
    alternate_names: str | Path | None = None,
) -> ImportReport:
    """Import a place file (geonames, ucdp, acled, csv) into the gazetteer under FRONTLOG_HOME."""
    gaz = SQLiteGazetteer.open_or_build((config or load_config()).gazetteer_file)
    try:
        names = Path(alternate_names) if alternate_names else None
        return manage.import_file(gaz, Path(path), fmt, alternate_names=names)
    finally:
        gaz.close()


def download_places(
    countries: Iterable[str], config: Config | None = None
) -> dict[str, ImportReport]:
    """Download GeoNames dumps of these countries (ISO alpha-2) and import them."""
    config = config or load_config()
    gaz = SQLiteGazetteer.open_or_build(config.gazetteer_file)
    try:
        folder = config.home / "downloads"
        return manage.download_countries(gaz, list(countries), folder, config.geonames_url)
    finally:
        gaz.close()


def lookup_place(
    name: str, countries: Iterable[str] = (), config: Config | None = None
) -> list[Candidate]:
    """Gazetteer candidates for a name, best first, with their scores."""
    gaz = SQLiteGazetteer.open_or_build((config or load_config()).gazetteer_file)
    try:
        return manage.lookup(gaz, name, [c.upper() for c in countries])
    finally:
        gaz.close()


def unresolved_places(config: Config | None = None) -> list[Unresolved]:
    """Place names of stored events the gazetteer could not resolve, most frequent first."""
    store = SQLiteStore((config or load_config()).store_path)
    try:
        return store.unresolved()
    finally:
        store.close()
