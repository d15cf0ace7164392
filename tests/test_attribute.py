"""Who says it: claimant, claimant kind and stance, on sentences the team wrote."""

from __future__ import annotations

import pytest

from frontlog.context import Context
from frontlog.pipeline import process
from frontlog.report import RawDocument

pytestmark = pytest.mark.model


def claims(context: Context, text: str) -> list[tuple[str, str, str]]:
    raw = RawDocument("t", "test", text, "text", outlet="Test Outlet")
    events = process(raw, context, published="2017-08-15").events
    return [(c.claimant, c.claimant_kind, c.stance) for e in events for c in e.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to local sources, an airstrike killed 8 civilians in Idlib on Tuesday.",
            ("local sources", "local_source", "claimed"),
        ),
        (
            "Activists said 14 people were killed when government aircraft bombed Douma.",
            ("local sources", "local_source", "claimed"),
        ),
        (
            "Sources said two soldiers were killed by a roadside bomb in Kirkuk on Monday.",
            ("local sources", "local_source", "claimed"),
        ),
        (
            "An IS-linked news agency claimed that militants killed 20 soldiers near "
            "Palmyra on Monday.",
            ("IS-linked news agency", "armed_group", "claimed"),
        ),
        (
            "A statement by the Syrian Observatory for Human Rights said 9 rebels were "
            "killed in clashes in Daraa on Monday.",
            ("Syrian Observatory for Human Rights", "ngo", "claimed"),
        ),
        (
            '"We killed 30 terrorists in Hama," a Syrian army spokesman said.',
            ("Military Forces of Syria", "state", "claimed"),
        ),
        (
            "Hamas denied firing rockets at Sderot on Friday.",
            ("Hamas", "armed_group", "denied"),
        ),
        (
            "Rebels shelled Aleppo on Monday, killing 5 civilians.",
            ("Test Outlet", "media", "asserted"),
        ),
    ],
)
def test_claimant_kind_and_stance(
    context: Context, text: str, expected: tuple[str, str, str]
) -> None:
    assert claims(context, text) == [expected]


def test_a_linked_agency_speaks_for_its_group(context: Context) -> None:
    raw = RawDocument(
        "t",
        "test",
        "An IS-linked news agency claimed that militants killed 20 soldiers near Palmyra "
        "on Monday.",
        "text",
    )
    result = process(raw, context, published="2017-08-15")
    (mention,) = [m for m in result.report.mentions if m.claim.claimant]
    assert mention.claim.speaks_for == "Islamic State"
