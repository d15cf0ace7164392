"""Acceptance on the reference report (the bundled example), end to end."""

from __future__ import annotations

import math
from typing import Any

import pytest

from frontlog.pipeline import Result
from frontlog.records import Claim, Event, to_dict

pytestmark = pytest.mark.model

SYRIA = "Military Forces of Syria"
IS = "Islamic State"
US = "Military Forces of the United States"


def actor(event: Event, role: str) -> str | None:
    return next((a.name for a in event.actors if a.role == role), None)


def claims_by(result: Result, claimant: str) -> list[tuple[Event, Claim]]:
    return [(e, c) for e in result.events for c in e.claims if c.claimant == claimant]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def test_one_document_record(reference: Result) -> None:
    doc = reference.document
    assert doc.outlet == "Global Research"
    assert doc.published == "2017-08-15"
    assert doc.original_source is not None
    assert (doc.original_source.outlet, doc.original_source.published) == (
        "South Front",
        "2017-08-14",
    )
    boilerplate = [s for s in doc.removed if not s.reason.startswith("metadata")]
    assert len(boilerplate) >= 3
    assert doc.language == "en" and doc.text_chars == len(reference.report.text)


def test_no_evidence_from_boilerplate(reference: Result) -> None:
    text = reference.report.text
    for word in ("PayPal", "patreon", "Disclaimer", "fair use", "globalresearch.ca"):
        assert word.lower() not in text.lower()


def test_every_evidence_span_is_exact(reference: Result) -> None:
    text = reference.report.text
    spans = [ev for e in reference.events for c in e.claims for ev in c.evidence]
    assert spans
    for ev in spans:
        assert ev.text == text[ev.start : ev.end], ev


def test_government_regains_three_places_on_saturday(reference: Result) -> None:
    regains = [e for e in reference.events if e.sub_event_type == "Government regains territory"]
    assert sorted(e.location.name for e in regains) == ["Al-Qadir", "Bir Rahum", "Khirbet Makman"]
    for e in regains:
        assert e.event_type == "Battles"
        assert (e.date.start, e.date.end, e.date.precision) == ("2017-08-12", "2017-08-12", 1)
        assert actor(e, "actor1") == SYRIA and actor(e, "actor2") == IS
        words = " ".join(ev.text for c in e.claims for ev in c.evidence)
        assert "air landing" in words and "Mi-35" in words
        # an unresolved village falls back to its province, and says so
        assert e.location.admin1 == "Ar Raqqah" and e.location.geo_precision == 3


def test_ministry_of_defense_materiel_claim(reference: Result) -> None:
    ((event, claim),) = claims_by(reference, "Syrian Ministry of Defense")
    assert claim.stance == "claimed" and claim.claimant_kind == "state"
    got = {(m.item, m.outcome): m.count for m in claim.captured_or_destroyed}
    assert got[("battle tank", "destroyed")] == 3
    assert got[("armed vehicle", "destroyed")] == 17
    assert got[("VBIED", "destroyed")] == 7
    assert got[("VBIED", "captured")] == 2
    assert got[("tank", "captured")] == 2
    assert event.sub_event_type == "Government regains territory"
    (killed,) = claim.killed
    assert killed.count is None and killed.vague == "large numbers" and killed.side == IS


def test_islamic_state_attack_last_weekend(reference: Result) -> None:
    (event,) = [e for e in reference.events if e.location.name == "Ghanim Ali"]
    assert actor(event, "actor1") == IS and actor(event, "actor2") == SYRIA
    assert [p.name for p in event.locations] == ["Ghanim Ali", "al-Kadir"]
    assert (event.date.start, event.date.end, event.date.precision) == (
        "2017-08-12",
        "2017-08-13",
        2,
    )
    assert event.date.text == "Last weekend"
    claim = event.claims[0]
    assert [(k.count, k.side) for k in claim.killed] == [(7, SYRIA)]
    assert [(m.item, m.outcome) for m in claim.captured_or_destroyed] == [
        ("battle tank", "captured")
    ]


def test_amaq_claim_near_sukhna(reference: Result) -> None:
    (event, claim), *_ = [
        (e, c) for e, c in claims_by(reference, "Amaq") if e.location.country == "SY"
    ]
    assert [(k.count, k.side) for k in claim.killed] == [(32, SYRIA)]
    assert {m.item for m in claim.captured_or_destroyed} == {
        "battle tank",
        "BMP",
        "bulldozer",
        "vehicle",
    }
    names = {p.name for p in event.locations}
    assert {"Sukhna", "Humaimah", "Shaer fields"} <= names
    assert all(p.admin1 == "Ḩimş" for p in event.locations)
    assert actor(event, "actor1") == IS


def test_clashes_around_maadan(reference: Result) -> None:
    (event,) = [e for e in reference.events if e.location.name == "Maadan"]
    assert event.sub_event_type == "Armed clash"
    names = {a.name for a in event.actors}
    assert {SYRIA, "Tribal Militia (Syria)", IS} <= names
    assert actor(event, "actor2") == IS
    assert event.location.geo_precision == 1 and event.location.admin1 == "Ar Raqqah"


def test_us_incident_in_northern_iraq_two_claims(reference: Result) -> None:
    (event,) = [e for e in reference.events if actor(e, "actor2") == US]
    assert event.date.start == event.date.end == "2017-08-13"
    assert event.location.country == "IQ"
    assert km(event.location.lat, event.location.lon, 36.3793, 42.4487) < 60  # Tal Afar
    by = {c.claimant: c for c in event.claims}
    assert set(by) == {"US military", "Amaq"}
    us, amaq = by["US military"], by["Amaq"]
    assert [k.count for k in us.killed] == [2] and [k.count for k in us.injured] == [5]
    assert us.cause == "not due to enemy contact"
    assert [k.count for k in amaq.killed] == [4] and [k.count for k in amaq.injured] == [6]
    assert "Grad rockets" in amaq.means
    assert {"fatalities", "cause", "actor1"} <= set(event.disputed)
    assert (event.fatalities.low, event.fatalities.high) == (2, 4)


def test_shoigu_statement_is_not_an_event(reference: Result) -> None:
    shoigu = reference.report.text.index("Shoigu")
    paragraph_end = reference.report.text.index("\n\n")
    for e in reference.events:
        for c in e.claims:
            assert all(not shoigu <= ev.start < paragraph_end for ev in c.evidence)


def test_no_duplicate_incidents(reference: Result) -> None:
    assert 5 <= len(reference.events) <= 12
    keys = [(e.sub_event_type, e.location.name, e.date.start) for e in reference.events]
    assert len(keys) == len(set(keys))


def test_output_follows_contract_v1(reference: Result) -> None:
    record: dict[str, Any] = to_dict(reference.events[0])
    assert record["record"] == "event" and record["schema"] == 1
    for key in (
        "event_id",
        "event_type",
        "sub_event_type",
        "date",
        "location",
        "locations",
        "actors",
        "fatalities",
        "claims",
        "disputed",
        "number_of_sources",
        "confidence",
    ):
        assert key in record
    for e in reference.events:
        assert e.claims and all(c.claimant for c in e.claims)
        assert e.location.lat is not None and e.location.country in ("SY", "IQ")
    assert "" not in [v for v in to_dict(reference.document).values()]


def test_same_input_same_ids(reference: Result, context) -> None:  # type: ignore[no-untyped-def]
    from .conftest import EXAMPLE, run_text

    again = run_text(context, EXAMPLE)
    assert [e.event_id for e in again.events] == [e.event_id for e in reference.events]
