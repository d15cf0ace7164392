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


# A place name the gazetteer could not resolve: (name, country, the stand-in it got).
UnresolvedName = tuple[str, "str | None", "str | None"]


@dataclass(frozen=True, slots=True)
class Unresolved:
    """One unresolved name over the whole store, for ``frontlog gazetteer unresolved``."""

    name: str
    country: str | None
    mentions: int
    documents: int
    stand_in: str | None  # what it fell back to: its anchor, province or country


class Store(Protocol):
    def add(
        self, document: Any, events: Any, unresolved: tuple[UnresolvedName, ...] = ()
    ) -> StoredCounts: ...

    def unresolved(self) -> list[Unresolved]:
        """Unresolved place names, most often mentioned first."""
        ...

    def events(self) -> Iterator[dict[str, Any]]: ...

    def documents(self) -> Iterator[dict[str, Any]]: ...

    def close(self) -> None: ...


class MemoryStore:
    """A store in dicts: same contract as :class:`frontlog.store.SQLiteStore`."""

    def __init__(self) -> None:
        self._documents: dict[str, dict[str, Any]] = {}
        self._events: dict[str, dict[str, Any]] = {}
        self._unresolved: list[tuple[str, UnresolvedName]] = []

    def add(
        self, document: Any, events: Any, unresolved: tuple[UnresolvedName, ...] = ()
    ) -> StoredCounts:
        doc = to_dict(document)
        if doc["document_id"] in self._documents:
            return StoredCounts(False, 0, 0)
        self._documents[doc["document_id"]] = doc
        self._unresolved.extend((doc["document_id"], u) for u in unresolved)
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

    def unresolved(self) -> list[Unresolved]:
        groups: dict[tuple[str, str | None], list[tuple[str, str | None]]] = {}
        for document_id, (name, country, stand_in) in self._unresolved:
            groups.setdefault((name, country), []).append((document_id, stand_in))
        found = [
            Unresolved(
                name,
                country,
                len(rows),
                len({d for d, _ in rows}),
                min((s for _, s in rows if s is not None), default=None),
            )
            for (name, country), rows in groups.items()
        ]
        return sorted(found, key=lambda u: (-u.mentions, u.name))

    def close(self) -> None:
        return None


def _event_order(record: dict[str, Any]) -> tuple[str, str]:
    return (record["date"]["start"], record["event_id"])
