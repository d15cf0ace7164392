"""Stage ``load``: paths, directories, JSONL (plain or gzip'd), WARC and stdin become
``RawDocument``s.

Every problem with one document becomes a ``DocumentError`` in the stream, never an
exception that stops the batch.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from frontlog.errors import (
    BinaryDocumentError,
    DocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncodingError,
    InputFormatError,
)
from frontlog.report import RawDocument
from frontlog.stages import archives

REQUIRES: tuple[str, ...] = ()
ASSIGNS = ("raw",)

KINDS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".html": "html"}
KINDS[".htm"] = "html"
Loaded = RawDocument | DocumentError


def content_id(text: str) -> str:
    """A stable id from the content: the same text always gets the same id."""
    return "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def load(paths: Iterable[str], *, max_bytes: int) -> Iterator[Loaded]:
    """Each input document, or the error that stops it, in input order."""
    for name in paths:
        if name == "-":
            yield from _from_bytes("stdin", sys.stdin.buffer.read(), None, max_bytes)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _supported(p))
            for file in files:
                yield from _from_file(file, max_bytes)
        elif path.exists():
            yield from _from_file(path, max_bytes)
        else:
            yield InputFormatError("no such file or directory", document_id=name, stage="load")


ARCHIVES = (".jsonl", ".jsonl.gz", ".warc", ".warc.gz")


def _archive(path: Path) -> str | None:
    name = path.name.lower()
    return next((a for a in sorted(ARCHIVES, key=len, reverse=True) if name.endswith(a)), None)


def count(paths: Iterable[str]) -> int | None:
    """How many documents ``paths`` hold, when that is cheap to know (files, JSON
    lines); None when it is not (gzip'd JSONL, WARC, stdin)."""
    total = 0
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            archive = _archive(file)
            if name == "-" or archive in (".jsonl.gz", ".warc", ".warc.gz"):
                return None
            if archive == ".jsonl":
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif _supported(file) or not path.is_dir():
                total += 1
    return total


def _supported(path: Path) -> bool:
    return path.suffix.lower() in KINDS or _archive(path) is not None


def _from_file(path: Path, max_bytes: int) -> Iterator[Loaded]:
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield InputFormatError(f"cannot read: {exc.strerror}", document_id=name, stage="load")
        return
    archive = _archive(path)
    if archive == ".jsonl":
        yield from _from_jsonl(path, max_bytes)
        return
    if archive == ".jsonl.gz":
        yield from archives.from_jsonl_gz(path, max_bytes, _jsonl_record)
        return
    if archive in (".warc", ".warc.gz"):
        yield from archives.from_warc(path, max_bytes)
        return
    if size > max_bytes:
        yield _too_large(name, size, max_bytes)
        return
    yield from _from_bytes(name, path.read_bytes(), KINDS.get(path.suffix.lower()), max_bytes)


def _too_large(name: str, size: int, max_bytes: int) -> DocumentTooLargeError:
    return DocumentTooLargeError(
        f"{size:,} bytes is over the limit of {max_bytes:,}",
        document_id=name,
        stage="load",
        hint="split it, or raise FRONTLOG_MAX_DOCUMENT_BYTES",
    )


def _from_bytes(name: str, data: bytes, kind: str | None, max_bytes: int) -> Iterator[Loaded]:
    if len(data) > max_bytes:
        yield _too_large(name, len(data), max_bytes)
        return
    try:
        text = decode(data, name)
    except DocumentError as exc:
        yield exc
        return
    if not text.strip():
        yield EmptyDocumentError("the document is empty", document_id=name, stage="load")
        return
    if kind is None:
        kind = "html" if text.lstrip()[:1] == "<" else "markdown"
    yield RawDocument(document_id=content_id(text), source=name, content=text, kind=kind)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is an error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingError("invalid UTF-16", document_id=name, stage="load") from exc
    if b"\x00" in data[:8192]:
        raise BinaryDocumentError(
            "binary content (NUL bytes), not a text report", document_id=name, stage="load"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"not UTF-8 text (invalid byte at offset {exc.start})",
            document_id=name,
            stage="load",
            hint="convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8",
        ) from exc


def _from_jsonl(path: Path, max_bytes: int) -> Iterator[Loaded]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            yield _jsonl_record(line, where, max_bytes)


def _jsonl_record(line: bytes, where: str, max_bytes: int) -> Loaded:
    if len(line) > max_bytes:
        return _too_large(where, len(line), max_bytes)
    try:
        obj = json.loads(decode(line, where))
    except DocumentError as exc:
        return exc
    except json.JSONDecodeError as exc:
        return InputFormatError(f"not JSON: {exc.msg}", document_id=where, stage="load")
    if not isinstance(obj, dict):
        return InputFormatError("a line must be a JSON object", document_id=where, stage="load")
    text = obj.get("text")
    doc_id = str(obj["id"]) if obj.get("id") is not None else where
    if not isinstance(text, str):
        return InputFormatError(
            'missing "text" (a string)',
            document_id=doc_id,
            stage="load",
            hint='each line needs {"id": …, "text": …}',
        )
    if not text.strip():
        return EmptyDocumentError("the text is empty", document_id=doc_id, stage="load")
    return RawDocument(
        document_id=doc_id if obj.get("id") is not None else content_id(text),
        source=where,
        content=text,
        kind="html" if text.lstrip()[:1] == "<" else "text",
        url=_opt(obj, "url"),
        title=_opt(obj, "title"),
        outlet=_opt(obj, "outlet"),
        published=_opt(obj, "published"),
    )


def _opt(obj: dict[str, object], key: str) -> str | None:
    value = obj.get(key)
    return str(value) if value not in (None, "") else None
