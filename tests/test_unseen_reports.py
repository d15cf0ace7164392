"""The rules on reports they were not written for: public-domain US government releases.

The texts are read from ../shared/data/re3d at test time (CENTCOM and US State
Department, public domain); the tests skip when that data is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontlog.context import Context
from frontlog.pipeline import Result, process
from frontlog.report import RawDocument

from .conftest import shared_path

pytestmark = [pytest.mark.model, pytest.mark.shared]


def re3d(context: Context, source: str, title: str, published: str) -> Result:
    path = shared_path("data", "re3d", source, "documents.json")
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["title"] == title:
            raw = RawDocument(doc["_id"], str(path), doc["text"], "text", outlet=source)
            return process(raw, context, published=published)
    raise AssertionError(f"{title!r} is not in {path}")


def exact_evidence(result: Result) -> None:
    text = result.report.text
    for event in result.events:
        for claim in event.claims:
            for ev in claim.evidence:
                assert text[ev.start : ev.end] == ev.text


def test_centcom_air_strike_near_palmyra(context: Context) -> None:
    result = re3d(context, "CENTCOM", "Airstrikes destroy ISIL’s captured tanks", "2016-12-16")
    exact_evidence(result)
    assert len(result.events) == 1  # "The attacks occurred …" is the same strike
    (event,) = result.events
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert (event.date.start, event.date.precision) == ("2016-12-15", 1)
    assert event.location.resolved_name == "Tadmur" and event.location.geo_precision == 2
    roles = {a.role: a.name for a in event.actors}
    assert roles == {"actor1": "Global Coalition Against Daesh", "actor2": "Islamic State"}
    materiel = [m for c in event.claims for m in c.captured_or_destroyed]
    assert ("tank", 14, "destroyed", "Islamic State") in [
        (m.item, m.count, m.outcome, m.side) for m in materiel
    ]
    assert not any(e.sub_event_type.endswith("territory") for e in result.events)


def test_state_department_two_attacks_on_civilians(context: Context) -> None:
    result = re3d(context, "US State Department", "Terrorist Attacks in Baghdad", "2016-02-29")
    exact_evidence(result)
    by_date = {e.date.start: e for e in result.events}
    saturday = by_date["2016-02-27"]
    assert saturday.sub_event_type == "Attack"
    assert saturday.location.resolved_name == "Baghdad" and saturday.location.country == "IQ"
    assert {a.name for a in saturday.actors if a.role == "actor2"} == {"Civilians (Iraq)"}
    assert saturday.fatalities.low == 28
    today = by_date["2016-02-29"]
    assert today.fatalities.low == 35 and today is not saturday
