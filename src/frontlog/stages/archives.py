"""Archives the ``load`` stage reads: gzip'd JSON lines and WARC files (news crawls).

WARC files (``.warc``, ``.warc.gz``) are read with warcio. Every ``response`` record
whose payload is HTML or plain text becomes a document: its id is the record's
``WARC-Record-ID``, its url the ``WARC-Target-URI``; trafilatura later finds the title,
outlet and publication date in the page. Other records (requests, metadata, images)
are skipped. A damaged archive gives one error naming it, and the batch goes on.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from frontlog.errors import DocumentError, EncodingError, InputFormatError
from frontlog.report import RawDocument

Loaded = RawDocument | DocumentError
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
CHARSET = re.compile(r"charset=([\w-]+)", re.IGNORECASE)


def from_jsonl_gz(
    path: Path, max_bytes: int, record: Callable[[bytes, str, int], Loaded]
) -> Iterator[Loaded]:
    """Each line of a gzip'd JSONL file, through ``record`` (the plain JSONL reader's)."""
    number = 0
    try:
        with gzip.open(path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield record(line, f"{path}:{number}", max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        yield InputFormatError(
            f"damaged gzip after line {number}: {exc}", document_id=str(path), stage="load"
        )


def from_warc(path: Path, max_bytes: int) -> Iterator[Loaded]:
    """The HTML and text responses of a WARC file, in order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not _looks_like_warc(path):
        yield InputFormatError(
            "damaged WARC: it does not start with a WARC record",
            document_id=str(path),
            stage="load",
        )
        return
    try:
        with path.open("rb") as stream:
            for n, rec in enumerate(ArchiveIterator(stream), start=1):
                if rec.rec_type != "response":
                    continue
                found = _document(rec, f"{path}#{n}", max_bytes)
                if found is not None:
                    yield found
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
        yield InputFormatError(f"damaged WARC: {exc}", document_id=str(path), stage="load")


def _looks_like_warc(path: Path) -> bool:
    """A WARC file starts with "WARC/", gzip'd or not (warcio reads anything leniently)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(2)
            handle.seek(0)
            if head == b"\x1f\x8b":
                with gzip.GzipFile(fileobj=handle) as unpacked:
                    return unpacked.read(5) == b"WARC/"
            return handle.read(5) == b"WARC/"
    except (OSError, EOFError, zlib.error):
        return False


def _document(rec: Any, where: str, max_bytes: int) -> Loaded | None:
    content_type = rec.http_headers.get_header("Content-Type", "") if rec.http_headers else ""
    if not content_type.lower().startswith(TEXT_TYPES):
        return None
    record_id = (rec.rec_headers.get_header("WARC-Record-ID") or where).strip("<>")
    data = rec.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return InputFormatError(
            f"a response of over {max_bytes:,} bytes", document_id=record_id, stage="load"
        )
    charset = CHARSET.search(content_type)
    try:
        text = data.decode(charset.group(1) if charset else "utf-8", errors="strict")
    except (LookupError, UnicodeDecodeError):
        return EncodingError(
            f"not {charset.group(1) if charset else 'UTF-8'} text", document_id=record_id,
            stage="load",
        )  # fmt: skip
    if not text.strip():
        return None
    kind = "text" if content_type.lower().startswith("text/plain") else "html"
    url = rec.rec_headers.get_header("WARC-Target-URI")
    return RawDocument(record_id, where, text, kind, url=url)
