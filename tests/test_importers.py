"""Gazetteer importers, each on a small fixture in its real format, and the download."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlog.errors import GazetteerError
from frontlog.gazetteer import GazetteerEntry, MemoryGazetteer
from frontlog.gazetteer.features import geonames_feature, split_classifier
from frontlog.gazetteer.manage import download_countries, import_file

from .conftest import FIXTURES


def syria() -> MemoryGazetteer:
    country = GazetteerEntry("geonames:163843", "Syria", "SY", None, None, 35.0, 38.0, 0, "country")
    return MemoryGazetteer([(country, ["Syrian Arab Republic"])])


def only(gaz: MemoryGazetteer, name: str) -> GazetteerEntry:
    found = [c.entry for c in gaz.lookup(name, countries=["SY"]) if c.score >= 0.9]
    assert len(found) == 1, (name, found)
    return found[0]


def test_geonames_dump_with_alternate_names() -> None:
    gaz = syria()
    report = import_file(
        gaz,
        FIXTURES / "SY.txt",
        "geonames",
        alternate_names=FIXTURES / "alternatenames-SY.txt",
    )
    assert (report.rows, report.places) == (7, 5)
    assert sum(report.skipped.values()) == 2  # a wadi, and a row without coordinates
    humaymah = only(gaz, "Humeimah")  # from the alternate-names file
    assert humaymah.place_id == "geonames:9100003"
    assert (humaymah.admin1, humaymah.admin2) == ("Homs Governorate", "Tadmur District")
    assert only(gaz, "Humaimah") == humaymah  # from the dump's own alternate names
    assert only(gaz, "Shaer oil fields").feature == "oilfield"
    assert only(gaz, "T-4").feature == "airbase"
    assert only(gaz, "Hims").feature == "admin1"
    assert not gaz.lookup("https://en.wikipedia.org/wiki/Al-Humaymah")
    assert not gaz.lookup("Not In The Dump")


def test_geonames_skips_are_counted_with_reasons() -> None:
    report = import_file(syria(), FIXTURES / "SY.txt", "geonames")
    assert report.skipped["feature H.WAD is not kept"] == 1
    assert report.skipped["bad value (coordinates are not numbers: 'north', '38.20000')"] == 1
    assert any(example.startswith("line 7:") for example in report.examples)


def test_ucdp_ged_rows_become_places_once_each() -> None:
    gaz = syria()
    report = import_file(gaz, FIXTURES / "ucdp.csv", "ucdp")
    assert report.rows == 6
    assert report.places == 3  # the village twice, the field, the district
    assert sum(report.skipped.values()) == 2  # the country-level row, the row without lat/lon
    village = only(gaz, "Khirbet Makman")
    assert (village.feature, village.admin1, village.admin2) == ("place", "Raqqa", "Ma'adan")
    assert (village.lat, village.lon) == (35.91, 39.42)
    assert only(gaz, "Khirbat Makman village") == village
    assert only(gaz, "the Shaer fields").feature == "oilfield"
    assert only(gaz, "Ar Rastan").feature == "admin2"


def test_acled_export_keeps_precise_locations_only() -> None:
    gaz = syria()
    report = import_file(gaz, FIXTURES / "acled.csv", "acled")
    assert (report.rows, report.places) == (5, 2)
    assert report.skipped["an area coarser than a province, or no name"] == 1
    assert report.skipped["bad value (unknown country 'Atlantis')"] == 1
    bir = only(gaz, "Bir Rahum")
    assert (bir.country, bir.admin1, bir.admin2) == ("SY", "Ar-Raqqa", "Ar-Raqqa")
    assert only(gaz, "Al Kawm").lat == 35.2


def test_plain_csv_with_features_and_aliases() -> None:
    gaz = syria()
    report = import_file(gaz, FIXTURES / "places.csv", "csv")
    assert report.places == 3
    assert report.skipped["bad value (unknown feature 'castle')"] == 1
    assert report.skipped["bad value (no coordinates)"] == 1
    assert only(gaz, "Bir Rahoum") == only(gaz, "Bir Rahum")
    assert only(gaz, "M20 highway").feature == "road"


def test_unknown_format_and_missing_file_are_gazetteer_errors(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="unknown gazetteer format"):
        import_file(syria(), FIXTURES / "places.csv", "kml")
    with pytest.raises(GazetteerError, match="no such file"):
        import_file(syria(), tmp_path / "missing.csv", "csv")
    bad = tmp_path / "not-geonames.txt"
    bad.write_text("just\ttwo\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="not a GeoNames dump"):
        import_file(syria(), bad, "geonames")


def test_classifier_words_and_geonames_codes() -> None:
    assert split_classifier("Teir Maaleh village") == ("Teir Maaleh", "place")
    assert split_classifier("Ar Rastan district") == ("Ar Rastan", "admin2")
    assert split_classifier("Shaer oil field") == ("Shaer oil field", "oilfield")
    assert split_classifier("Tabqa airbase") == ("Tabqa airbase", "airbase")
    assert split_classifier("Palmyra") == ("Palmyra", None)
    assert geonames_feature("P", "PPLA2") == "place"
    assert geonames_feature("P", "PPLX") == "neighbourhood"
    assert geonames_feature("A", "PCLI") == "country"
    assert geonames_feature("S", "AIRB") == "airbase"
    assert geonames_feature("V", "FRST") is None


def test_download_fetches_and_imports_country_dumps(geonames_server: str, tmp_path: Path) -> None:
    gaz = syria()
    reports = download_countries(gaz, ["sy"], tmp_path / "downloads", geonames_server)
    assert reports["SY"].places == 5
    assert only(gaz, "T-4").place_id == "geonames:9100005"  # alternate names came too
    assert (tmp_path / "downloads" / "SY.zip").exists()
    assert not list((tmp_path / "downloads").glob("*.part"))


def test_download_of_a_missing_country_says_so(geonames_server: str, tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=r"IQ\.zip: HTTP 404"):
        download_countries(syria(), ["IQ"], tmp_path, geonames_server)
    with pytest.raises(GazetteerError, match="not an ISO 3166-1 alpha-2"):
        download_countries(syria(), ["Syria"], tmp_path, geonames_server)
    assert not list(tmp_path.glob("*.part"))
