"""The pipeline: one report through the named stages, and batches of them.

    load → clean → parse → mentions → attribute → counts → dates → places → actors → incidents

Each stage module declares ``REQUIRES`` and ``ASSIGNS``; :data:`STAGES` is checked at
import so that a stage never reads a field no earlier stage filled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from frontlog.context import Context
from frontlog.errors import DocumentError, GazetteerError, ModelError, ProcessingError
from frontlog.records import Document, Event
from frontlog.report import RawDocument, Report
from frontlog.stages import (
    actors,
    attribute,
    clean,
    counts,
    dates,
    incidents,
    load,
    mentions,
    parse,
    places,
)

STAGES: tuple[Any, ...] = (
    load,
    clean,
    parse,
    mentions,
    attribute,
    counts,
    dates,
    places,
    actors,
    incidents,
)


def _check_order(stages: Sequence[Any]) -> None:
    filled = {"raw", "meta"}
    for stage in stages:
        missing = [f for f in stage.REQUIRES if f not in filled]
        if missing:
            raise RuntimeError(f"stage {stage.__name__} needs {missing} before it runs")
        filled.update(stage.ASSIGNS)


_check_order(STAGES)


@dataclass(frozen=True, slots=True)
class Result:
    """What one document gave: its record, its events, and the report behind them."""

    document: Document
    events: tuple[Event, ...]
    report: Report


def process(
    raw: RawDocument,
    ctx: Context,
    *,
    published: str | None = None,
    policy: str = "conservative",
    with_text: bool = False,
    doc: Any = None,
) -> Result:
    """One document through every stage. Raises ``DocumentError`` for a bad document."""
    steps: tuple[tuple[str, Callable[[Report], Report]], ...] = (
        ("clean", lambda r: clean.run(r, published=published or ctx.config.published)),
        ("parse", lambda r: parse.run(r, ctx, doc=doc)),
        ("mentions", lambda r: mentions.run(r, ctx)),
        ("attribute", lambda r: attribute.run(r, ctx)),
        ("counts", lambda r: counts.run(r, ctx)),
        ("dates", dates.run),
        ("places", lambda r: places.run(r, ctx)),
        ("actors", lambda r: actors.run(r, ctx)),
        ("incidents", lambda r: incidents.run(r, ctx, policy=policy)),
    )
    report = Report(raw=raw)
    for name, step in steps:
        try:
            report = step(report)
        except (DocumentError, ModelError, GazetteerError):
            raise
        except Exception as exc:  # a bug must not stop the batch: report it, go on
            raise ProcessingError(
                f"{type(exc).__name__}: {exc}",
                document_id=raw.document_id,
                stage=name,
                hint="a bug in frontlog; please report it with this document",
            ) from exc
    return Result(report.document(with_text=with_text), report.events, report)


def extract(
    paths: Iterable[str],
    ctx: Context,
    *,
    published: str | None = None,
    policy: str = "conservative",
    with_text: bool = False,
) -> Iterator[Result | DocumentError]:
    """Every document under ``paths``, processed in order; errors are yielded, not raised."""
    for item in load.load(paths, max_bytes=ctx.config.max_document_bytes):
        if isinstance(item, DocumentError):
            yield item
            continue
        try:
            yield process(item, ctx, published=published, policy=policy, with_text=with_text)
        except DocumentError as exc:
            if exc.document_id != item.source:  # name it as the user knows it: its path
                exc.document_id = f"{item.source} ({exc.document_id})"
            yield exc
