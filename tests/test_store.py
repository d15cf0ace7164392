import sqlite3
from pathlib import Path

import pytest

from frontlog.records import (
    Claim,
    DateSpan,
    Document,
    Event,
    Evidence,
    Fatalities,
    Place,
    to_dict,
)
from frontlog.store import SQLiteStore


def document(doc_id: str = "doc-1") -> Document:
    return Document(doc_id, None, "T", "Outlet", None, "2020-01-01", None, "en", 10, ())


def event(event_id: str = "ev-1", doc_id: str = "doc-1") -> Event:
    place = Place("Homs", "Homs", "g:1", 34.7, 36.7, "SY", "Homs", None, 1, 1, "Homs")
    claim = Claim(
        f"cl-{event_id}",
        doc_id,
        "Outlet",
        "media",
        "Outlet",
        "asserted",
        (),
        (),
        (),
        None,
        (),
        (Evidence("trigger", 0, 5, "Clash"),),
    )
    return Event(
        event_id,
        "Battles",
        "Armed clash",
        DateSpan("2020-01-01", "2020-01-01", 1, None),
        place,
        (place,),
        (),
        Fatalities(None, None, None),
        (claim,),
        (),
        1,
        0.5,
    )


@pytest.fixture(params=["file", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    s = SQLiteStore(tmp_path / "s.sqlite" if request.param == "file" else ":memory:")
    yield s
    s.close()


def test_add_then_read_back(store) -> None:  # type: ignore[no-untyped-def]
    counts = store.add(document(), [event()])
    assert (counts.new_document, counts.events, counts.claims) == (True, 1, 1)
    assert list(store.events()) == [to_dict(event())]
    assert [d["document_id"] for d in store.documents()] == ["doc-1"]


def test_re_adding_a_document_changes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    store.add(document(), [event()])
    before = list(store.events())
    counts = store.add(document(), [event("ev-2")])
    assert counts.new_document is False
    assert list(store.events()) == before


def test_sqlite_uses_wal_and_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    s = SQLiteStore(path)
    s.add(document(), [event()])
    s.close()
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    again = SQLiteStore(path)
    assert len(list(again.events())) == 1
    again.close()


def test_a_failed_document_leaves_nothing_half_stored(tmp_path: Path) -> None:
    s = SQLiteStore(tmp_path / "s.sqlite")
    s.add(document("doc-1"), [event("ev-1")])
    with pytest.raises(TypeError):
        s.add(document("doc-2"), [event("ev-2", "doc-2"), object()])
    assert [d["document_id"] for d in s.documents()] == ["doc-1"]
    assert [e["event_id"] for e in s.events()] == ["ev-1"]
    s.close()
