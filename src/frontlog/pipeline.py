"""The pipeline: one report through the named stages, and batches of them.

    load → clean → parse → mentions → about → attribute → counts → dates → places → actors
    → incidents

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
    about,
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
    about,
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
    report = prepare(raw, ctx, published=published)
    return finish(report, ctx, doc=doc, policy=policy, with_text=with_text)


def prepare(raw: RawDocument, ctx: Context, *, published: str | None = None) -> Report:
    """The stages before parsing: the report's cleaned text, paragraphs and metadata."""
    clean_it = (
        "clean",
        lambda r: clean.run(r, published=published or ctx.config.published),
    )
    return _run(Report(raw=raw), (clean_it,))


def finish(
    report: Report,
    ctx: Context,
    *,
    doc: Any = None,
    policy: str = "conservative",
    with_text: bool = False,
) -> Result:
    """Parsing (unless ``doc`` is given) and every stage after it."""
    steps: tuple[tuple[str, Callable[[Report], Report]], ...] = (
        ("parse", lambda r: parse.run(r, ctx, doc=doc)),
        ("mentions", lambda r: mentions.run(r, ctx)),
        ("about", lambda r: about.run(r, ctx)),
        ("attribute", lambda r: attribute.run(r, ctx)),
        ("counts", lambda r: counts.run(r, ctx)),
        ("dates", dates.run),
        ("places", lambda r: places.run(r, ctx)),
        ("actors", lambda r: actors.run(r, ctx)),
        ("incidents", lambda r: incidents.run(r, ctx, policy=policy)),
    )
    report = _run(report, steps)
    return Result(report.document(with_text=with_text), report.events, report)


def _run(report: Report, steps: Sequence[tuple[str, Callable[[Report], Report]]]) -> Report:
    for name, step in steps:
        try:
            report = step(report)
        except (DocumentError, ModelError, GazetteerError):
            raise
        except Exception as exc:  # a bug must not stop the batch: report it, go on
            raise ProcessingError(
                f"{type(exc).__name__}: {exc}",
                document_id=report.raw.document_id,
                stage=name,
                hint="a bug in frontlog; please report it with this document",
            ) from exc
    return report


BATCH = 32  # documents cleaned, then parsed together in one ``nlp.pipe``


def extract(
    paths: Iterable[str],
    ctx: Context,
    *,
    published: str | None = None,
    policy: str = "conservative",
    with_text: bool = False,
) -> Iterator[Result | DocumentError]:
    """Every document under ``paths``, in order; errors are yielded, not raised.

    Documents are taken ``BATCH`` at a time: cleaned, then parsed in one ``nlp.pipe``
    over all their paragraphs that may hold an event, then through the other stages.
    """
    items = load.load(paths, max_bytes=ctx.config.max_document_bytes)
    yield from process_all(items, ctx, published=published, policy=policy, with_text=with_text)


def process_all(
    items: Iterable[RawDocument | DocumentError],
    ctx: Context,
    *,
    published: str | None = None,
    policy: str = "conservative",
    with_text: bool = False,
) -> Iterator[Result | DocumentError]:
    """Loaded documents (or the errors loading gave) through the stages, in batches."""
    for chunk in batches(items, BATCH):
        ready: list[tuple[RawDocument, Report]] = []
        failed: dict[int, DocumentError] = {}
        for i, item in enumerate(chunk):
            if isinstance(item, DocumentError):
                failed[i] = item
                continue
            try:
                ready.append((item, prepare(item, ctx, published=published)))
            except DocumentError as exc:
                failed[i] = _named(exc, item)
        docs = iter(_parse_all([r for _, r in ready], ctx))
        finished = iter(ready)
        for i in range(len(chunk)):
            if i in failed:
                yield failed[i]
                continue
            raw, report = next(finished)
            doc = next(docs)
            try:
                yield finish(report, ctx, doc=doc, policy=policy, with_text=with_text)
            except DocumentError as exc:
                yield _named(exc, raw)


def _parse_all(reports: list[Report], ctx: Context) -> list[Any]:
    """The reports' docs, parsed together; None (parse it alone) where that failed."""
    try:
        return parse.parse_many(reports, ctx)
    except Exception:  # one bad text must not cost the batch: each is parsed alone
        return [None] * len(reports)


def _named(exc: DocumentError, raw: RawDocument) -> DocumentError:
    if exc.document_id != raw.source:  # name it as the user knows it: its path
        exc.document_id = f"{raw.source} ({exc.document_id})"
    return exc


def batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
