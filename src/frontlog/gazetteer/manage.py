"""Growing a gazetteer: imports and downloads, and looking a name up as the resolver would."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from frontlog.gazetteer.base import Candidate, Gazetteer
from frontlog.gazetteer.download import download
from frontlog.gazetteer.importers import ImportReport, read


class CountryNames:
    """Country names as importers see them ("Syria", "Syrian Arab Republic") → ISO codes."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self._memo: dict[str, str | None] = {}

    def __call__(self, name: str) -> str | None:
        if name not in self._memo:
            found = [
                c
                for c in self._gazetteer.lookup(name, limit=50)
                if c.entry.feature == "country" and c.score >= 0.9
            ]
            self._memo[name] = found[0].entry.country if found else None
        return self._memo[name]


def import_file(
    gazetteer: Gazetteer, path: Path, fmt: str, *, alternate_names: Path | None = None
) -> ImportReport:
    """Read ``path`` in format ``fmt`` into ``gazetteer``; places persist there."""
    report = ImportReport()
    rows = read(path, fmt, report, CountryNames(gazetteer), alternate_names)
    gazetteer.add(rows, source=f"{fmt}:{path.name}")
    return report


def download_countries(
    gazetteer: Gazetteer, countries: Sequence[str], folder: Path, base_url: str
) -> dict[str, ImportReport]:
    """Download each country's GeoNames dump and import it; reports by country."""
    reports = {}
    for dump in download(list(countries), folder, base_url):
        reports[dump.country] = import_file(
            gazetteer, dump.places, "geonames", alternate_names=dump.alternate_names
        )
    return reports


def lookup(gazetteer: Gazetteer, name: str, countries: Sequence[str] = ()) -> list[Candidate]:
    """Candidates for ``name`` best first, as the places stage ranks them without context."""
    return gazetteer.lookup(name, countries=tuple(countries), limit=20)
