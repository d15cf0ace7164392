"""Fetching GeoNames country dumps, for users with internet access.

``frontlog gazetteer download SY IQ`` fetches ``SY.zip`` and ``alternatenames/SY.zip``
from the GeoNames export (``FRONTLOG_GEONAMES_URL`` points elsewhere, e.g. a mirror)
into ``$FRONTLOG_HOME/downloads``; the caller imports them. A missing alternate-names
file is not an error: the dump's own alternate names are used.
"""

from __future__ import annotations

import logging
import shutil
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from frontlog.errors import GazetteerError

log = logging.getLogger("frontlog")

TIMEOUT = 60.0


@dataclass(frozen=True, slots=True)
class Dump:
    country: str
    places: Path
    alternate_names: Path | None


def fetch(url: str, dest: Path) -> Path:
    """Download ``url`` to ``dest`` (through a temporary file, so a cut download is not kept)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response, partial.open("wb") as out:
            shutil.copyfileobj(response, out)
    except urllib.error.HTTPError as exc:
        partial.unlink(missing_ok=True)
        raise GazetteerError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        partial.unlink(missing_ok=True)
        raise GazetteerError(f"{url}: cannot download: {exc}") from exc
    partial.replace(dest)
    return dest


def download(countries: list[str], folder: Path, base_url: str) -> list[Dump]:
    """Fetch the dump (and alternate names) of each ISO alpha-2 country code."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    dumps = []
    for code in countries:
        iso = code.strip().upper()
        if len(iso) != 2 or not iso.isalpha():
            raise GazetteerError(f"{code!r} is not an ISO 3166-1 alpha-2 country code")
        log.info("downloading the GeoNames dump of %s from %s", iso, base)
        places = fetch(f"{base}{iso}.zip", folder / f"{iso}.zip")
        try:
            names: Path | None = fetch(
                f"{base}alternatenames/{iso}.zip", folder / f"{iso}-alternatenames.zip"
            )
        except GazetteerError as exc:
            log.warning("no alternate names for %s (%s); using the dump's own", iso, exc)
            names = None
        dumps.append(Dump(iso, places, names))
    return dumps
