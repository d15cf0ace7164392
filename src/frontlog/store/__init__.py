"""The embedded store: documents, events and claims in SQLite (WAL), and a memory fake."""

from frontlog.store.base import MemoryStore, Store, StoredCounts
from frontlog.store.sqlite import SQLiteStore

__all__ = ["MemoryStore", "SQLiteStore", "Store", "StoredCounts"]
