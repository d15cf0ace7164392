"""Batch ingest: archives, resuming after an interruption, worker processes, Dask."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from frontlog import api
from frontlog.config import Config
from frontlog.context import Context
from frontlog.errors import DocumentError
from frontlog.report import RawDocument
from frontlog.stages.load import count, load

REPORTS = [
    ("a1", "Syrian government aircraft bombed Saraqib on Monday, killing 12 civilians."),
    ("a2", "Rebels shelled the town of Suqaylabiyah on Monday, wounding four residents."),
    ("a3", "The minister met his counterpart in Geneva on Tuesday to discuss trade."),
    ("a4", "Islamic State fighters attacked Kurdish forces in Raqqa on Monday."),
    ("a5", "Police fired tear gas at protesters in Basra on Friday."),
    ("a6", "Gunmen abducted 12 farmers near the village of Jakana on Saturday."),
]
PAGE = (
    "<html><head><title>Clashes</title></head><body><article><p>Rebels clashed with "
    "government troops near Saraqib on Monday, and four soldiers were killed, a "
    "monitoring group said.</p></article></body></html>"
)


def jsonl(path: Path, rows: list[tuple[str, str]] = REPORTS) -> Path:
    lines = [json.dumps({"id": i, "text": t, "published": "2017-08-15"}) for i, t in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def warc_record(kind: str, uri: str, number: int, block: bytes) -> bytes:
    """One WARC/1.0 record, as a crawler writes it."""
    http = "msgtype=response" if kind == "response" else "msgtype=request"
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
        f"WARC-Date: 2017-08-15T10:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: application/http; {http}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def warc(path: Path) -> Path:
    """A gzip'd WARC (one gzip member per record): a page, an image, a request."""
    page = PAGE.encode()
    records = [
        warc_record(
            "response",
            "https://example.org/clashes",
            1,
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(page)}\r\n\r\n".encode()
            + page,
        ),
        warc_record(
            "response",
            "https://example.org/logo.png",
            2,
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        ),
        warc_record("request", "https://example.org/", 3, b"GET / HTTP/1.1\r\n\r\n"),
    ]
    path.write_bytes(b"".join(gzip.compress(r) for r in records))
    return path


def test_gzipped_jsonl_is_read_like_jsonl(tmp_path: Path) -> None:
    plain = jsonl(tmp_path / "r.jsonl")
    packed = tmp_path / "r.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    ids = [d.document_id for d in load([str(packed)], max_bytes=10**6)]  # type: ignore[union-attr]
    assert ids == [i for i, _ in REPORTS]
    assert count([str(plain)]) == len(REPORTS) and count([str(packed)]) is None
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(gzip.compress(plain.read_bytes())[:-20])
    *_, error = list(load([str(broken)], max_bytes=10**6))
    assert isinstance(error, DocumentError) and "damaged gzip" in error.one_line()


def test_warc_responses_become_documents(tmp_path: Path) -> None:
    path = warc(tmp_path / "crawl.warc.gz")
    (doc,) = list(load([str(path)], max_bytes=10**6))
    assert isinstance(doc, RawDocument)
    assert doc.kind == "html" and doc.url == "https://example.org/clashes"
    assert doc.document_id.startswith("urn:uuid:")
    (tmp_path / "bad.warc").write_bytes(b"this is not a WARC file at all\n" * 10)
    (error,) = list(load([str(tmp_path / "bad.warc")], max_bytes=10**6))
    assert isinstance(error, DocumentError) and "damaged WARC" in error.one_line()


def stored(config: Config) -> list[dict[str, Any]]:
    return list(api.stored_events(config))


@pytest.fixture
def config(context: Context, tmp_path: Path) -> Config:
    return replace(context.config, home=tmp_path / "home")


@pytest.mark.model
def test_warc_ingest_gives_its_events(context: Context, config: Config, tmp_path: Path) -> None:
    summary = api.ingest([str(warc(tmp_path / "c.warc.gz"))], config, context=context)
    assert (summary.stored, summary.events) == (1, 1)
    assert stored(config)[0]["location"]["name"] == "Saraqib"


@pytest.mark.model
def test_an_interrupted_batch_goes_on_where_it_stopped(
    context: Context, config: Config, tmp_path: Path
) -> None:
    path = jsonl(tmp_path / "r.jsonl")

    def interrupt(summary: api.BatchSummary) -> None:
        if summary.documents == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        api.ingest([str(path)], config, context=context, on_progress=interrupt)
    assert len({c["document_id"] for e in stored(config) for c in e["claims"]}) == 2  # a1, a2
    again = api.ingest([str(path)], config, context=context)
    assert (again.unchanged, again.stored) == (3, 3)  # a1-a3 not extracted again
    resumed = stored(config)
    fresh = replace(config, home=tmp_path / "other")
    api.ingest([str(path)], fresh, context=context)
    assert resumed == stored(fresh)  # the same events as a run never interrupted


@pytest.mark.model
def test_worker_processes_store_the_same_events(
    context: Context, config: Config, tmp_path: Path
) -> None:
    path = jsonl(tmp_path / "r.jsonl")
    api.ingest([str(path)], config, context=context)
    alone = stored(config)
    two = replace(config, home=tmp_path / "two")
    summary = api.ingest([str(path)], two, workers=2)
    assert summary.stored == len(REPORTS) and stored(two) == alone


@pytest.mark.model
def test_a_local_dask_cluster_stores_the_same_events(
    context: Context, config: Config, tmp_path: Path
) -> None:
    pytest.importorskip("distributed", reason="Dask is the optional 'cluster' extra")
    path = jsonl(tmp_path / "r.jsonl")
    api.ingest([str(path)], config, context=context)
    on_dask = replace(config, home=tmp_path / "dask")
    summary = api.ingest([str(path)], on_dask, dask="local")
    assert summary.stored == len(REPORTS) and stored(on_dask) == stored(config)
