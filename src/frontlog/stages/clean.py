"""Stage ``clean``: boilerplate out, metadata read, cleaned text in.

Plain text and markdown go through our own paragraph filter; HTML goes through
trafilatura first (its extracted text then passes the same filter). Each removed
paragraph is reported as a ``Span`` of the input with its reason, so nothing vanishes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontlog.errors import EmptyDocumentError, LanguageError
from frontlog.records import Span
from frontlog.report import Metadata, RawDocument, Report
from frontlog.stages import boilerplate, language

REQUIRES = ("raw",)
ASSIGNS = ("text", "removed", "meta", "language", "paragraphs")

_PARAGRAPH = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*", re.MULTILINE)


def run(report: Report, *, published: str | None = None) -> Report:
    raw = report.raw
    content, meta = raw.content, Metadata()
    if raw.kind == "html":
        content, meta = _from_html(raw.content, report.document_id)
    kept: list[str] = []
    removed: list[Span] = []
    header = boilerplate.Header()
    in_header = True
    for match in _PARAGRAPH.finditer(content):
        para = match.group(0)
        reason = boilerplate.classify(para)
        if in_header and reason is None:
            reason = header.read(para)
        if reason is None:
            in_header = False
            for line_block in boilerplate.split_headings(boilerplate.strip_markup(para)):
                kept.append(line_block)
        else:
            removed.append(Span(match.start(), match.end(), reason))
            header.read_footer(para)
    text, paragraphs = _join(kept)
    if not text.strip():
        raise EmptyDocumentError(
            "nothing is left after removing boilerplate",
            document_id=report.document_id,
            stage="clean",
        )
    lang = language.detect(text)
    if lang not in (None, "en"):
        raise LanguageError(
            f"the report is in language {lang!r}; frontlog reads English",
            document_id=report.document_id,
            stage="clean",
            hint="translate it first, or leave it out of the batch",
        )
    meta = _merge(meta, header.metadata(), raw, published)
    return replace(
        report,
        text=text,
        removed=tuple(removed),
        meta=meta,
        language="en",
        paragraphs=paragraphs,
    )


def _join(kept: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    for para in kept:
        if parts:
            parts.append("\n\n")
            offset += 2
        spans.append((offset, offset + len(para)))
        parts.append(para)
        offset += len(para)
    return "".join(parts), tuple(spans)


def _merge(found: Metadata, header: Metadata, raw: RawDocument, published: str | None) -> Metadata:
    return Metadata(
        title=raw.title or found.title or header.title,
        outlet=raw.outlet or found.outlet or header.outlet,
        author=found.author or header.author,
        published=published or raw.published or found.published or header.published,
        url=raw.url or found.url,
        original_source=header.original_source or found.original_source,
    )


def _from_html(html: str, document_id: str) -> tuple[str, Metadata]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html)
    if not text.strip():
        raise EmptyDocumentError(
            "no article text found in the HTML", document_id=document_id, stage="clean"
        )
    if meta is None:
        return text, Metadata()
    return text, Metadata(
        title=meta.title,
        outlet=meta.sitename,
        author=meta.author,
        published=meta.date,
        url=meta.url,
    )
