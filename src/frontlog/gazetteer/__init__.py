"""Places: the gazetteer interface, its SQLite implementation and an in-memory fake."""

from frontlog.gazetteer.base import AdminArea, Gazetteer, GazetteerEntry, MemoryGazetteer
from frontlog.gazetteer.names import name_keys, normalize

__all__ = [
    "AdminArea",
    "Gazetteer",
    "GazetteerEntry",
    "MemoryGazetteer",
    "name_keys",
    "normalize",
]
