"""``frontlog eval incidents``: merging on the team's incident gold set, with floors."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from frontlog.context import Context
from frontlog.errors import ConfigError
from frontlog.evaluate.merge import read_gold, score

from .conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "incidents.jsonl"


def test_the_gold_set_is_well_formed() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["split"] for r in rows} == {"dev", "test"}
    for r in rows:
        assert r["text"] and r["outlet"] and r["published"] >= r["day"], r["id"]
    per_incident = Counter(r["incident"] for r in rows)
    assert sum(1 for n in per_incident.values() if n > 1) >= 25
    for split in ("dev", "test"):
        _, same, different = read_gold(GOLD, split)
        assert len(same) >= 10 and len(different) >= 10, split


def test_a_bad_line_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.jsonl:1"):
        read_gold(bad)


@pytest.mark.model
def test_merging_floors_on_the_dev_split(context: Context) -> None:
    s = score(context, *read_gold(GOLD, "dev"))
    assert s.false_positive == 0, s  # a wrong merge hides an event
    assert s.recall >= 1.0 and s.f1 >= 1.0, s
