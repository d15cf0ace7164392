"""Bad input at the load stage: every problem is one error naming the document."""

import json
from pathlib import Path

import pytest

from frontlog.errors import (
    BinaryDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncodingError,
    InputFormatError,
)
from frontlog.report import RawDocument
from frontlog.stages.load import load


def loaded(*paths: Path, max_bytes: int = 1_000_000) -> list[object]:
    return list(load([str(p) for p in paths], max_bytes=max_bytes))


def test_text_and_markdown_files(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Title\n\nGunmen attacked a village.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Shelling hit the town.", encoding="utf-8")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    items = loaded(tmp_path)
    assert [type(i) for i in items] == [RawDocument, RawDocument]
    assert [i.kind for i in items] == ["markdown", "text"]  # type: ignore[attr-defined]


def test_same_text_same_id(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Same report.", encoding="utf-8")
    a, b = loaded(tmp_path / "a.txt", tmp_path / "b.txt")
    assert a.document_id == b.document_id  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyDocumentError),
        (b"   \n\n ", EmptyDocumentError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryDocumentError),
        ("Rapport sur les combats à Alep".encode("cp1252") + b"\xe9\xe0", EncodingError),
    ],
)
def test_bad_files(tmp_path: Path, data: bytes, error: type) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (item,) = loaded(path)
    assert isinstance(item, error)
    assert item.document_id == str(path)
    assert str(path) in item.one_line() and "\n" not in item.one_line()


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2000)
    (item,) = loaded(path, max_bytes=1000)
    assert isinstance(item, DocumentTooLargeError)
    assert "2,000 bytes" in item.one_line()


def test_jsonl_lines_each_stand_alone(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": "Clashes erupted.", "published": "2020-01-02"}),
        "{not json",
        json.dumps({"id": "r3"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "r6", "text": "Shelling hit a school.", "outlet": "X News"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = loaded(path)
    assert [type(i) for i in items] == [
        RawDocument,
        InputFormatError,
        InputFormatError,
        InputFormatError,
        RawDocument,
    ]
    assert items[0].document_id == "r1" and items[0].published == "2020-01-02"  # type: ignore[attr-defined]
    assert items[1].document_id == f"{path}:2"  # type: ignore[attr-defined]
    assert "not JSON" in str(items[1])
    assert items[2].document_id == "r3" and "text" in str(items[2])  # type: ignore[attr-defined]
    assert items[4].outlet == "X News"  # type: ignore[attr-defined]


def test_missing_path_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (item,) = loaded(tmp_path / "nope.md")
    assert isinstance(item, InputFormatError)
