"""``frontlog gazetteer``: import, download, lookup, and the unresolved list an analyst fixes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontlog.cli.main import cli
from frontlog.gazetteer import GazetteerEntry
from frontlog.gazetteer.sqlite import SQLiteGazetteer

from .conftest import EXAMPLE, FIXTURES


@pytest.fixture
def small(tmp_path: Path) -> CliRunner:
    """A runner on a tiny gazetteer that knows only Syria."""
    path = tmp_path / "gazetteer.sqlite"
    syria = GazetteerEntry("geonames:163843", "Syria", "SY", None, None, 35.0, 38.0, 0, "country")
    SQLiteGazetteer.open_or_build(path, [(syria, ["Syrian Arab Republic"])]).close()
    env = {"FRONTLOG_HOME": str(tmp_path / "home"), "FRONTLOG_GAZETTEER": str(path)}
    return CliRunner(env=env)


def test_help_of_every_gazetteer_command_has_an_example(small: CliRunner) -> None:
    for name in ("import", "download", "lookup", "unresolved"):
        result = small.invoke(cli, ["gazetteer", name, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, name


def test_import_then_lookup_shows_the_new_place(small: CliRunner) -> None:
    result = small.invoke(
        cli, ["gazetteer", "import", str(FIXTURES / "places.csv"), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert "5 rows read, 3 places imported, 2 skipped" in result.output
    assert "skipped 1: bad value (unknown feature 'castle')" in result.output
    looked = small.invoke(cli, ["gazetteer", "lookup", "Bir Rahoum", "--country", "sy"])
    assert looked.exit_code == 0
    assert looked.output.startswith(" 1. Bir Rahum [place] SY (Ar-Raqqa) 35.9300,39.5000")
    assert "score 1.00 via 'Bir Rahoum'" in looked.output
    nothing = small.invoke(cli, ["gazetteer", "lookup", "Atlantis"])
    assert nothing.output.strip() == "no candidates for 'Atlantis'"


def test_import_of_a_missing_file_is_one_clear_error(small: CliRunner, tmp_path: Path) -> None:
    result = small.invoke(cli, ["gazetteer", "import", str(tmp_path / "x.csv"), "--format", "csv"])
    assert result.exit_code == 1
    assert "x.csv: no such file" in result.output
    assert "Traceback" not in result.output


def test_download_from_a_mirror(small: CliRunner, geonames_server: str) -> None:
    result = small.invoke(
        cli, ["gazetteer", "download", "SY"], env={"FRONTLOG_GEONAMES_URL": geonames_server}
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("SY: 7 rows read, 5 places imported, 2 skipped")
    looked = small.invoke(cli, ["gazetteer", "lookup", "T4 Airbase"])
    assert "Tiyas Air Base [airbase]" in looked.output


@pytest.mark.model
def test_unresolved_names_are_listed_and_an_import_resolves_them(
    tmp_path: Path, gazetteer_file: Path
) -> None:
    gazetteer = tmp_path / "gazetteer.sqlite"
    shutil.copy(gazetteer_file, gazetteer)
    env = {"FRONTLOG_HOME": str(tmp_path / "home"), "FRONTLOG_GAZETTEER": str(gazetteer)}
    runner = CliRunner(env=env)
    assert runner.invoke(cli, ["ingest", str(EXAMPLE)]).exit_code == 0
    listed = runner.invoke(cli, ["gazetteer", "unresolved"])
    assert listed.exit_code == 0
    lines = listed.output.splitlines()
    assert lines[0].startswith("mentions")
    assert any(line.split()[2:] == ["al-Bwair", "(IQ;", "Tall", "‘Afar)"] for line in lines)

    villages = tmp_path / "villages.csv"
    villages.write_text("name,lat,lon,country,admin1\nal-Bwair,36.40,42.55,IQ,Nineveh\n")
    assert (
        runner.invoke(cli, ["gazetteer", "import", str(villages), "--format", "csv"]).exit_code == 0
    )
    out = runner.invoke(cli, ["extract", str(EXAMPLE)])
    records = [json.loads(line) for line in out.stdout.splitlines()]
    places = [p for r in records[1:] for p in r["locations"] if p["name"] == "al-Bwair"]
    assert places and all(p["resolved_name"] == "al-Bwair" for p in places)
    # "shelling near al-Bwair village": its own coordinates now, still "near" (ACLED 2)
    assert all((p["lat"], p["lon"], p["geo_precision"]) == (36.4, 42.55, 2) for p in places)
