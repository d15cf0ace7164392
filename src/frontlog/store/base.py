"""What a store does. ``SQLiteStore(":memory:")`` is the store tests use in memory."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class StoredCounts:
    """What one ``add`` changed: nothing at all when the document was stored before."""

    new_document: bool
    events: int
    claims: int
    merged: int = 0  # events that joined an incident already stored
    copy_of: str | None = None  # the stored document this one republishes


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

    def event(self, event_id: str) -> dict[str, Any] | None: ...

    def split(self, event_id: str, document_id: str) -> str: ...

    def documents(self) -> Iterator[dict[str, Any]]: ...

    def close(self) -> None: ...
