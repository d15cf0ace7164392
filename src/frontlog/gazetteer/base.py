"""The gazetteer interface every stage uses, and an in-memory fake for tests.

A gazetteer answers "which places could this name be?" with scored candidates. Countries
and first-level administrative areas are entries too (``feature`` ``"country"`` and
``"admin1"``), so a fallback to the province or country is a lookup like any other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from frontlog.gazetteer.names import country_name, name_keys, normalize

FEATURE_RANK = {"country": -1, "admin3": 1, "admin2": 1, "admin1": 2, "road": 2, "river": 2}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    place_id: str
    name: str
    country: str
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    feature: str  # one of frontlog.gazetteer.features.FEATURES


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: GazetteerEntry
    score: float  # 1.0 exact name, lower for looser keys
    matched: str  # the gazetteer name that matched

    @property
    def by_a_word(self) -> bool:
        """Matched by an alternate name in lower case: a word rather than a name
        ("tank", one of Tonk's)."""
        return self.matched.islower() and normalize(self.matched) != normalize(self.entry.name)


AdminArea = GazetteerEntry


class Gazetteer(Protocol):
    """What the places stage needs from a gazetteer."""

    def lookup(
        self, name: str, *, countries: Sequence[str] = (), limit: int = 10
    ) -> list[Candidate]: ...

    def get(self, place_id: str) -> GazetteerEntry | None: ...

    def add(self, rows: Iterable[tuple[GazetteerEntry, Sequence[str]]], *, source: str) -> int:
        """Insert or replace places with their aliases (an import); returns how many."""
        ...

    def country(self, iso: str) -> GazetteerEntry | None:
        """The country entry for an ISO 3166-1 alpha-2 code."""
        ...

    def aliases(self, place_id: str) -> list[str]:
        """Every name of one place, its own name first."""
        ...

    def names(self, countries: Sequence[str]) -> Iterator[str]:
        """Every name of every place in these countries (for the entity ruler)."""
        ...


def latin(name: str) -> bool:
    """Written in the Latin alphabet: "Kani" is, its Georgian namesake "კანი" (Caen), which
    reads "kani" once transliterated, is not. English reports name places in Latin
    letters, so a name matched as written outranks one matched through transliteration."""
    return all(not ch.isalpha() or ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in name)


def rank(candidates: Iterable[Candidate], countries: Sequence[str]) -> list[Candidate]:
    """Best first: the report's countries in their order, then exactness, feature, population."""
    order = {iso: i for i, iso in enumerate(countries)}

    def key(c: Candidate) -> tuple[int, float, bool, int, int]:
        in_context = order.get(c.entry.country, len(order))
        feature = FEATURE_RANK.get(c.entry.feature, 3 if c.entry.feature == "region" else 0)
        return (in_context, -c.score, not latin(c.matched), feature, -c.entry.population)

    return sorted(candidates, key=key)


FUZZY_MIN = 85  # rapidfuzz ratio of skeleton keys for a near miss ("Palnyra")
FUZZY_SCORE = 0.8  # a near miss ranks below every key match


def _code(alias: str) -> bool:
    """An airport or agency code among a place's alternate names ("GAO", "BGW")."""
    return alias.isupper() and alias.isalpha() and len(alias) <= 4


class KeyedLookup:
    """Lookup by name keys, then by near-miss skeletons; subclasses store the keys."""

    def _by_key(self, key: str) -> list[tuple[str, float, GazetteerEntry]]:
        raise NotImplementedError

    def _keys_with_prefix(self, prefix: str) -> list[str]:
        raise NotImplementedError

    def lookup(
        self, name: str, *, countries: Sequence[str] = (), limit: int = 10
    ) -> list[Candidate]:
        best: dict[str, Candidate] = {}
        keys = name_keys(country_name(name))  # "the DRC", "Palestine": the countries
        if not keys:  # nothing left of the name once its punctuation is gone
            return []
        for i, key in enumerate(keys):
            for alias, score, entry in self._by_key(key):
                if _code(alias) and not name.isupper():
                    continue  # "GAO", Guantánamo's airport code, is not Gao
                self._keep(best, Candidate(entry, min(score, 1.0 - 0.1 * i), alias))
        if not best and len(keys[-1]) >= 7:  # short names have too many neighbours
            self._near_misses(keys[-1], best)
        return rank(best.values(), countries)[:limit]

    def _near_misses(self, key: str, best: dict[str, Candidate]) -> None:
        from rapidfuzz import fuzz, process

        others = self._keys_with_prefix(key[:3])  # in their order, those close enough
        for other, ratio, _ in process.extract_iter(
            key, others, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN
        ):
            for alias, _, entry in self._by_key(other):
                score = FUZZY_SCORE + (ratio - FUZZY_MIN) / 1000
                self._keep(best, Candidate(entry, score, alias))

    @staticmethod
    def _keep(best: dict[str, Candidate], candidate: Candidate) -> None:
        place_id = candidate.entry.place_id
        kept = best.get(place_id)
        if (
            kept is None
            or kept.score < candidate.score
            or (kept.score == candidate.score and latin(candidate.matched) > latin(kept.matched))
        ):
            best[place_id] = candidate


class MemoryGazetteer(KeyedLookup):
    """A gazetteer held in a dict: the fake for tests, and the shape of the real one."""

    def __init__(self, entries: Iterable[tuple[GazetteerEntry, Sequence[str]]] = ()) -> None:
        self._entries: dict[str, GazetteerEntry] = {}
        self._names: dict[str, list[str]] = {}
        self._index: dict[str, list[tuple[str, str, float]]] = {}
        self.add(entries, source="memory")

    def add(self, rows: Iterable[tuple[GazetteerEntry, Sequence[str]]], *, source: str) -> int:
        """Insert or replace places with their aliases; returns how many."""
        count = 0
        for entry, aliases in rows:
            if entry.place_id in self._entries:
                for key in list(self._index):
                    self._index[key] = [r for r in self._index[key] if r[0] != entry.place_id]
            self._entries[entry.place_id] = entry
            self._names[entry.place_id] = [entry.name, *aliases]
            for alias in (entry.name, *aliases):
                for i, k in enumerate(name_keys(alias)):
                    self._index.setdefault(k, []).append((entry.place_id, alias, 1.0 - 0.1 * i))
            count += 1
        return count

    def _by_key(self, key: str) -> list[tuple[str, float, GazetteerEntry]]:
        return [(alias, s, self._entries[pid]) for pid, alias, s in self._index.get(key, [])]

    def _keys_with_prefix(self, prefix: str) -> list[str]:
        return [k for k in self._index if k.startswith(prefix)]

    def get(self, place_id: str) -> GazetteerEntry | None:
        return self._entries.get(place_id)

    def country(self, iso: str) -> GazetteerEntry | None:
        return next(
            (e for e in self._entries.values() if e.feature == "country" and e.country == iso),
            None,
        )

    def aliases(self, place_id: str) -> list[str]:
        return list(self._names.get(place_id, []))

    def names(self, countries: Sequence[str]) -> Iterator[str]:
        wanted = set(countries)
        for place_id, names in self._names.items():
            if self._entries[place_id].country in wanted:
                yield from names
