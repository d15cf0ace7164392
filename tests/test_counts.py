"""Counts on sentences the team wrote: the dead however phrased, the abducted and the
arrested, each with its side."""

from __future__ import annotations

import pytest

from frontlog.context import Context
from frontlog.export import claim_summary
from frontlog.pipeline import process
from frontlog.records import Event, to_dict
from frontlog.report import RawDocument

pytestmark = pytest.mark.model


def event(context: Context, text: str) -> Event:
    raw = RawDocument("t", "test", text, "text")
    (only,) = process(raw, context, published="2023-06-01").events
    return only


def test_lost_their_lives_and_bodies_found_are_killed(context: Context) -> None:
    lost = event(context, "Twelve people lost their lives in the attack in Mosul on Monday.")
    assert lost.fatalities.best == 12
    found = event(context, "The bodies of 14 men were found in Deir Ezzor on Monday.")
    assert found.fatalities.best == 14
    (claim,) = found.claims
    assert [c.text for c in claim.killed] == ["14 men"]


def test_the_abducted_and_the_arrested_are_counted(context: Context) -> None:
    taken = event(context, "Gunmen abducted 30 students in Kaduna on Monday.")
    (claim,) = taken.claims
    assert [(c.count, c.side) for c in claim.abducted] == [(30, "Civilians (Nigeria)")]
    assert taken.fatalities.best is None  # the abducted are not dead
    held = event(context, "Police arrested 25 protesters and detained two journalists in Lagos.")
    (claim,) = held.claims
    assert [c.count for c in claim.arrested] == [25, 2]
    summary = claim_summary(to_dict(claim))
    assert "arrested 25 Protesters (Nigeria) + 2 Civilians (Nigeria)" in summary
