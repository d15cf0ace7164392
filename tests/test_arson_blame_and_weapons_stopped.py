"""People "gunned down", fire a crowd set (no lethal force), a country a claimant blames,
a protest camp attacked, a weapon a force says was shot down, and bodies the two sides
agree to hand over: from the dev errors of the sixty-second gold batch. On sentences
the team wrote for these tests (none is in the gold set); each reading has a guard case
that the old code also got right."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import events
from .conftest import type_sides_place as read

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protesters set fire to the town hall in Barquisimeto on Monday, and troops"
            " fired tear gas at them.",
            (
                "Violent demonstration",
                "Rioters (Venezuela)",
                "Military Forces of Venezuela",
                "Barquisimeto",
            ),
        ),
        (  # guard: fire opened on a crowd is lethal force
            "Troops opened fire on protesters in Barquisimeto on Monday, killing two.",
            (
                "Excessive force against protesters",
                "Military Forces of Venezuela",
                "Protesters (Venezuela)",
                "Barquisimeto",
            ),
        ),
        (
            "A car bomb went off in Manbij on Monday, killing a child; local officials blamed"
            " Turkey.",
            (
                "Remote explosive/landmine/IED",
                "Military Forces of Turkey",
                "Civilians (Syria)",
                "Manbij",
            ),
        ),
        (
            "Supporters of Amal attacked a protest camp in Tyre on Monday, tearing down tents.",
            ("Mob violence", "Rioters (Lebanon)", "Protesters (Lebanon)", "Tyre"),
        ),
        (
            "A Houthi missile was intercepted over Jizan on Sunday, the Saudi-led coalition said.",
            ("Disrupted weapons use", "Military Forces of Saudi Arabia", "Ansar Allah", "Jizan"),
        ),
        (
            "The Houthis and the government agreed on Monday to hand over the bodies of 20"
            " fighters near Hodeidah.",
            ("Agreement", "Ansar Allah", "Government of Yemen", "Hodeidah"),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_people_gunned_down_are_counted(context: Context) -> None:
    (event,) = events(context, "Gunmen gunned down three farmers in Kulgam on Sunday.")
    assert event.fatalities.best == 3
