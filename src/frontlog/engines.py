"""Where extraction runs: in this process, in worker processes, or on a Dask cluster.

Every engine takes loaded documents (or the errors loading gave) and yields, in input
order, an :class:`Extracted` — what the store needs of a document — or a
``DocumentError``. Input order makes every engine store the same events with the same
ids. Workers load the model once each and extract; incident merging stays in the
calling process, where the store is.
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from frontlog.config import Config
from frontlog.context import Context
from frontlog.errors import ConfigError, DocumentError
from frontlog.pipeline import BATCH, Result, batches, process_all
from frontlog.records import Document, Event
from frontlog.report import RawDocument
from frontlog.store.base import UnresolvedName

Item = RawDocument | DocumentError


@dataclass(frozen=True, slots=True)
class Extracted:
    """One document's records, small enough to send between processes."""

    document: Document
    events: tuple[Event, ...]
    unresolved: tuple[UnresolvedName, ...]
    text: str


Outcome = Extracted | DocumentError


def _light(result: Result | DocumentError) -> Outcome:
    if isinstance(result, DocumentError):
        return result
    report = result.report
    return Extracted(result.document, result.events, report.unresolved_places(), report.text)


def here(items: Iterable[Item], ctx: Context, *, published: str | None) -> Iterator[Outcome]:
    """In this process."""
    for result in process_all(items, ctx, published=published):
        yield _light(result)


def in_processes(
    items: Iterable[Item], config: Config, *, workers: int, published: str | None
) -> Iterator[Outcome]:
    """In ``workers`` processes, each with its own model, ``BATCH`` documents at a time."""
    spawn = multiprocessing.get_context("spawn")  # a clean process: no inherited handles
    with spawn.Pool(workers) as pool:
        work = partial(extract_batch, config=config, published=published)
        for outcomes in pool.imap(work, batches(items, BATCH)):
            yield from outcomes


def on_dask(
    items: Iterable[Item], config: Config, *, address: str, published: str | None
) -> Iterator[Outcome]:
    """On a Dask cluster: ``local`` starts one on this machine, else its scheduler address
    (``tcp://host:8786``). At most two batches per worker are in flight at a time."""
    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError as exc:
        raise ConfigError("Dask is not installed", hint="pip install 'frontlog[cluster]'") from exc
    logging.getLogger("distributed").setLevel(logging.WARNING)  # its chatter is not ours
    local = address == "local"
    cluster = distributed.LocalCluster(threads_per_worker=1, processes=True) if local else None
    client = distributed.Client(cluster if cluster is not None else address)
    try:
        slots = 2 * max(len(client.scheduler_info()["workers"]), 1)
        pending: list[Any] = []
        for batch in batches(items, BATCH):
            pending.append(
                client.submit(extract_batch, batch, config=config, published=published, pure=False)
            )
            if len(pending) >= slots:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


_WORKER: dict[str, tuple[Config, Context]] = {}  # this process's context, once loaded


def extract_batch(batch: list[Item], *, config: Config, published: str | None) -> list[Outcome]:
    """What a worker does with one batch; its ``Context`` (and model) lives as long as it."""
    known = _WORKER.get("context")
    if known is None or known[0] != config:
        known = _WORKER["context"] = (config, Context(config))
    return [_light(r) for r in process_all(batch, known[1], published=published)]
