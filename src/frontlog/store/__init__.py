"""The embedded store: documents, reports, incidents and claims in SQLite (WAL)."""

from frontlog.store.base import Store, StoredCounts
from frontlog.store.sqlite import SQLiteStore

__all__ = ["SQLiteStore", "Store", "StoredCounts"]
