"""The public functions every command (and any REST API) calls.

>>> from frontlog.api import extract
>>> for result in extract(["report.md"]):          # doctest: +SKIP
...     print(result.document.outlet, len(result.events))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from frontlog.config import Config, load_config
from frontlog.context import Context
from frontlog.errors import DocumentError
from frontlog.pipeline import Result
from frontlog.pipeline import extract as _extract
from frontlog.store import SQLiteStore


@dataclass
class BatchSummary:
    """What a batch did: counts, and every document that failed with why."""

    documents: int = 0
    stored: int = 0
    unchanged: int = 0
    events: int = 0
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
) -> BatchSummary:
    """Extract and store; a bad document is recorded in the summary and the batch goes on."""
    config = config or load_config()
    ctx = context or Context(config)
    store = SQLiteStore(config.store_path)
    summary = BatchSummary()
    try:
        for item in _extract(paths, ctx, published=published):
            summary.documents += 1
            if isinstance(item, DocumentError):
                summary.errors.append(item)
                if on_error is not None:
                    on_error(item)
                continue
            counts = store.add(item.document, item.events)
            if counts.new_document:
                summary.stored += 1
                summary.events += counts.events
                summary.claims += counts.claims
            else:
                summary.unchanged += 1
    finally:
        store.close()
    return summary


def stored_events(config: Config | None = None) -> Iterator[dict[str, Any]]:
    """Every stored event record, oldest first."""
    store = SQLiteStore((config or load_config()).store_path)
    try:
        yield from store.events()
    finally:
        store.close()
