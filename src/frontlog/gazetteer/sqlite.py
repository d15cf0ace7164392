"""The default gazetteer: one SQLite file under ``$FRONTLOG_HOME``, built on first use."""

from __future__ import annotations

import itertools
import logging
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from frontlog.errors import GazetteerError
from frontlog.gazetteer.base import Candidate, GazetteerEntry, KeyedLookup
from frontlog.gazetteer.names import KEYS_VERSION, name_keys

log = logging.getLogger("frontlog")

SCHEMA = """
CREATE TABLE IF NOT EXISTS place (
    place_id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL,
    admin1 TEXT, admin2 TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
    population INTEGER NOT NULL, feature TEXT NOT NULL, source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS name (
    key TEXT NOT NULL, place_id TEXT NOT NULL, alias TEXT NOT NULL, score REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS name_key ON name(key);
CREATE INDEX IF NOT EXISTS name_place ON name(place_id);
CREATE INDEX IF NOT EXISTS place_feature ON place(feature, country);
"""
_COLUMNS = "place_id, name, country, admin1, admin2, lat, lon, population, feature"


KEYS_KEPT = 20_000
PREFIXES_KEPT = 100  # up to 5,000 keys each


class SQLiteGazetteer(KeyedLookup):
    """Places and their name keys in SQLite; lookups are indexed key matches."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._countries: dict[str, GazetteerEntry | None] = {}
        self._keys: dict[str, list[tuple[str, float, GazetteerEntry]]] = {}  # recent lookups
        self._prefixes: dict[str, list[str]] = {}  # recent near-miss searches
        self._looked: dict[tuple[str, tuple[str, ...], int], list[Candidate]] = {}  # recent
        # lookups: a corpus names the same places in report after report
        try:
            self._db = sqlite3.connect(path, check_same_thread=False)
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot open gazetteer {path}: {exc}") from exc
        self._check_keys()

    def _check_keys(self) -> None:
        """A gazetteer keyed by an older frontlog is re-keyed, keeping imported places."""
        db = self._db
        try:
            db.executescript(SCHEMA)
            row = db.execute("SELECT value FROM meta WHERE key = 'keys'").fetchone()
            has_names = db.execute("SELECT 1 FROM name LIMIT 1").fetchone() is not None
            if has_names:
                db.executescript(INDEXES)
            if row is not None and row[0] == KEYS_VERSION:
                return
            with db:
                if has_names:
                    log.info("re-keying the gazetteer's names for this version of frontlog")
                    aliases = db.execute(
                        "SELECT DISTINCT place_id, alias FROM name ORDER BY place_id"
                    ).fetchall()
                    db.execute("DELETE FROM name")
                    db.executemany("INSERT INTO name VALUES (?,?,?,?)", _keyed(aliases))
                db.execute("INSERT OR REPLACE INTO meta VALUES ('keys', ?)", (KEYS_VERSION,))
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot open gazetteer {self.path}: {exc}") from exc

    @classmethod
    def open_or_build(
        cls, path: Path, rows: Iterable[tuple[GazetteerEntry, Sequence[str]]] | None = None
    ) -> SQLiteGazetteer:
        """Open the gazetteer at ``path``; build it from ``rows`` (default data) if absent."""
        if not path.exists():
            from frontlog.gazetteer.sources import default_rows

            log.info("building the gazetteer at %s (once; about 30 seconds)", path)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".building")
            tmp.unlink(missing_ok=True)
            gaz = cls(tmp)
            gaz.add(rows if rows is not None else default_rows(), source="default")
            gaz.close()
            tmp.replace(path)
        return cls(path)

    def add(self, rows: Iterable[tuple[GazetteerEntry, Sequence[str]]], *, source: str) -> int:
        """Insert or replace places with their aliases; returns how many."""
        started = time.perf_counter()
        self._countries.clear()
        self.forget()
        db = self._db
        db.executescript(SCHEMA)
        fresh = db.execute("SELECT COUNT(*) FROM place").fetchone()[0] == 0
        if not fresh:
            db.executescript(INDEXES)
        count = 0
        with db:
            for entry, aliases in rows:
                db.execute(
                    f"INSERT OR REPLACE INTO place ({_COLUMNS}, source) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (*_values(entry), source),
                )
                if not fresh:
                    db.execute("DELETE FROM name WHERE place_id = ?", (entry.place_id,))
                pairs = [(entry.place_id, alias) for alias in (entry.name, *aliases)]
                db.executemany("INSERT INTO name VALUES (?,?,?,?)", _keyed(pairs))
                count += 1
            db.executescript(INDEXES)
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                (f"build_seconds:{source}", f"{time.perf_counter() - started:.1f}"),
            )
        return count

    def forget(self) -> None:
        """Drop the kept lookups, keys and near-miss searches (an import makes them
        stale)."""
        self._looked.clear()
        self._keys.clear()
        self._prefixes.clear()

    def lookup(
        self, name: str, *, countries: Sequence[str] = (), limit: int = 10
    ) -> list[Candidate]:
        """As :meth:`KeyedLookup.lookup`; the last lookups' answers are kept (until the
        next ``add``)."""
        asked = (name, tuple(countries), limit)
        found = self._looked.get(asked)
        if found is None:
            if len(self._looked) >= KEYS_KEPT:
                self._looked.clear()
            found = self._looked[asked] = super().lookup(name, countries=countries, limit=limit)
        return list(found)

    def _by_key(self, key: str) -> list[tuple[str, float, GazetteerEntry]]:
        """The places of one name key; a report names the same places again and again,
        so the last few thousand keys' rows are kept (until the next ``add``)."""
        rows = self._keys.get(key)
        if rows is None:
            if len(self._keys) >= KEYS_KEPT:
                self._keys.clear()
            rows = self._keys[key] = self._rows(key)
        return list(rows)

    def _rows(self, key: str) -> list[tuple[str, float, GazetteerEntry]]:
        rows = self._db.execute(
            f"SELECT n.alias, n.score, {', '.join('p.' + c for c in _COLUMNS.split(', '))} "
            "FROM name n JOIN place p USING (place_id) WHERE n.key = ? LIMIT 500",
            (key,),
        ).fetchall()
        return [(alias, float(score), _entry(values)) for alias, score, *values in rows]

    def _keys_with_prefix(self, prefix: str) -> list[str]:
        """The keys a near miss is looked for among; kept like the keys' rows (a name
        that does not resolve in one report comes back in the next)."""
        keys = self._prefixes.get(prefix)
        if keys is None:
            if len(self._prefixes) >= PREFIXES_KEPT:
                self._prefixes.clear()
            rows = self._db.execute(
                "SELECT DISTINCT key FROM name WHERE key >= ? AND key < ? LIMIT 5000",
                (prefix, prefix + "\uffff"),
            )
            keys = self._prefixes[prefix] = [key for (key,) in rows]
        return keys

    def get(self, place_id: str) -> GazetteerEntry | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM place WHERE place_id = ?", (place_id,)
        ).fetchone()
        return _entry(row) if row else None

    def country(self, iso: str) -> GazetteerEntry | None:
        if iso not in self._countries:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM place WHERE feature = 'country' AND country = ?", (iso,)
            ).fetchone()
            self._countries[iso] = _entry(row) if row else None
        return self._countries[iso]

    def sources(self) -> list[str]:
        """What was added to this gazetteer: "default", then each import ("csv:my.csv")."""
        rows = self._db.execute(
            "SELECT substr(key, 15) FROM meta WHERE key LIKE 'build_seconds:%' ORDER BY rowid"
        )
        return [source for (source,) in rows]

    def aliases(self, place_id: str) -> list[str]:
        entry = self.get(place_id)
        rows = self._db.execute("SELECT DISTINCT alias FROM name WHERE place_id = ?", (place_id,))
        names = [alias for (alias,) in rows]
        return [entry.name, *(n for n in names if n != entry.name)] if entry else names

    def names(self, countries: Sequence[str]) -> Iterator[str]:
        marks = ",".join("?" * len(countries))
        yield from (
            alias
            for (alias,) in self._db.execute(
                f"SELECT DISTINCT n.alias FROM name n JOIN place p USING (place_id) "
                f"WHERE p.country IN ({marks})",
                tuple(countries),
            )
        )

    def close(self) -> None:
        self._db.close()


def _keyed(aliases: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str, str, float]]:
    """Name rows of ``(place_id, alias)`` pairs grouped by place: each key once per place,
    with its best score."""
    for place_id, group in itertools.groupby(aliases, key=lambda pair: pair[0]):
        best: dict[str, tuple[str, float]] = {}
        for _, alias in group:
            for i, key in enumerate(name_keys(alias)):
                if key not in best or best[key][1] < 1.0 - 0.1 * i:
                    best[key] = (alias, 1.0 - 0.1 * i)
        for key, (alias, score) in best.items():
            yield key, place_id, alias, score


def _values(e: GazetteerEntry) -> tuple[object, ...]:
    return (
        e.place_id,
        e.name,
        e.country,
        e.admin1,
        e.admin2,
        e.lat,
        e.lon,
        e.population,
        e.feature,
    )


def _entry(row: Sequence[object]) -> GazetteerEntry:
    place_id, name, country, admin1, admin2, lat, lon, population, feature = row
    return GazetteerEntry(
        place_id=str(place_id),
        name=str(name),
        country=str(country),
        admin1=None if admin1 is None else str(admin1),
        admin2=None if admin2 is None else str(admin2),
        lat=float(lat),  # type: ignore[arg-type]
        lon=float(lon),  # type: ignore[arg-type]
        population=int(population),  # type: ignore[call-overload]
        feature=str(feature),
    )
