"""What a store does, and an in-memory store with the same behaviour for tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from frontlog.records import to_dict


@dataclass(frozen=True, slots=True)
class StoredCounts:
    """What one ``add`` changed: nothing at all when the document was stored before."""

    new_document: bool
    events: int
    claims: int


class Store(Protocol):
    def add(self, document: Any, events: Any) -> StoredCounts: ...

    def events(self) -> Iterator[dict[str, Any]]: ...

    def documents(self) -> Iterator[dict[str, Any]]: ...

    def close(self) -> None: ...


class MemoryStore:
    """A store in dicts: same contract as :class:`frontlog.store.SQLiteStore`."""

    def __init__(self) -> None:
        self._documents: dict[str, dict[str, Any]] = {}
        self._events: dict[str, dict[str, Any]] = {}

    def add(self, document: Any, events: Any) -> StoredCounts:
        doc = to_dict(document)
        if doc["document_id"] in self._documents:
            return StoredCounts(False, 0, 0)
        self._documents[doc["document_id"]] = doc
        claims = 0
        for event in events:
            record = to_dict(event)
            self._events[record["event_id"]] = record
            claims += len(record["claims"])
        return StoredCounts(True, len(events), claims)

    def events(self) -> Iterator[dict[str, Any]]:
        yield from sorted(self._events.values(), key=_event_order)

    def documents(self) -> Iterator[dict[str, Any]]:
        yield from self._documents.values()

    def close(self) -> None:
        return None


def _event_order(record: dict[str, Any]) -> tuple[str, str]:
    return (record["date"]["start"], record["event_id"])
