"""``frontlog eval places``: the harness on a small UCDP-format fixture, and the floors
on the real UCDP GED file in ../shared (skipped when it is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontlog.cli.main import cli
from frontlog.config import load_config
from frontlog.evaluate.places import evaluate

from .conftest import FIXTURES, shared_path

pytestmark = pytest.mark.model


def test_the_harness_imports_earlier_years_and_resolves_later_ones(
    tmp_path: Path, gazetteer_file: Path
) -> None:
    env = {"FRONTLOG_HOME": str(tmp_path), "FRONTLOG_GAZETTEER": str(gazetteer_file)}
    result = CliRunner(env=env).invoke(
        cli, ["eval", "places", "--ucdp", str(FIXTURES / "ucdp-eval.csv"), "--json"]
    )
    assert result.exit_code == 0, result.output
    default, imported = json.loads(result.stdout)
    assert default["gazetteer"] == "default"
    assert imported["gazetteer"] == "default + UCDP 2016-2017"
    assert default["all"]["names"] == imported["all"]["names"] == 4
    # the default gazetteer knows Saraqib and Idlib, not the two Raqqa villages
    assert default["all"]["unresolved"] == 0.5
    assert default["in_gazetteer"]["names"] == 2
    # imported from 2016-2017 ("Bir Rahum/Bir Rahoum" gives both names), all four resolve
    assert imported["all"]["unresolved"] == 0.0
    assert imported["in_gazetteer"]["within_25km"] == 1.0
    assert imported["all"]["within_25km"] == 1.0
    assert imported["all"]["precision_agreement"] == 1.0


def test_eval_help_shows_an_example() -> None:
    for args in (["eval"], ["eval", "places"]):
        result = CliRunner().invoke(cli, [*args, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, args


def test_a_missing_ucdp_file_is_one_clear_error(tmp_path: Path) -> None:
    runner = CliRunner(env={"FRONTLOG_HOME": str(tmp_path)})
    result = runner.invoke(cli, ["eval", "places", "--ucdp", str(tmp_path / "none.csv")])
    assert result.exit_code == 1
    assert "none.csv: no such file" in result.output


# Floors: the figures in docs/accuracy.md, rounded down. Raise them when resolution gets
# better; never lower them to make a change pass.
FLOORS = {
    "default": {"in_gazetteer": {"within_25km": 0.98}, "all": {"within_25km": 0.47}},
    "default + UCDP 2016-2017": {
        "in_gazetteer": {"within_25km": 0.96},
        "all": {"within_25km": 0.78},
    },
}
CEILINGS = {"default + UCDP 2016-2017": {"all": {"unresolved": 0.15, "no_point": 0.06}}}


@pytest.mark.shared
def test_place_resolution_on_ucdp_ged_holds_its_floors(
    gazetteer_file: Path, tmp_path: Path
) -> None:
    ged = shared_path("data", "ucdp-ged-syria", "ged_syria_2016-2019.csv")
    env = {"FRONTLOG_HOME": str(tmp_path), "FRONTLOG_GAZETTEER": str(gazetteer_file)}
    results = {r.gazetteer: r for r in evaluate(ged, load_config(env))}
    for name, floors in FLOORS.items():
        for subset, figures in floors.items():
            score = getattr(results[name], subset)
            for field, floor in figures.items():
                assert getattr(score, field) >= floor, (name, subset, field, score)
    for name, ceilings in CEILINGS.items():
        for subset, figures in ceilings.items():
            score = getattr(results[name], subset)
            for field, ceiling in figures.items():
                assert getattr(score, field) <= ceiling, (name, subset, field, score)
