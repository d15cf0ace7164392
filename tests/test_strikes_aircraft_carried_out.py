"""Strikes that aircraft "carried out" (also "dozens of strikes"), a force's depots, a
reconciliation committee's member as a civilian, and the crowd before the police in a
riot: from the dev errors of the fifty-seventh gold batch. On sentences the team wrote
for these tests (none is in the gold set); each reading has a guard case that the old
code also got right."""

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
            "Russian jets carried out dozens of strikes on army depots near Idlib on Monday.",
            ("Air/drone strike", "Military Forces of Russia", "Military Forces of Syria", "Idlib"),
        ),
        (
            "Gunmen killed a member of the reconciliation committee in Nawa on Friday.",
            ("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "Nawa"),
        ),
        (
            "Police clashed with stone-throwing protesters in Cali on Monday.",
            ("Violent demonstration", "Rioters (Colombia)", "Police Forces of Colombia", "Cali"),
        ),
        (  # guard: in a protest with intervention too, the crowd is actor1
            "Police fired tear gas at protesters in Cali on Monday.",
            (
                "Protest with intervention",
                "Protesters (Colombia)",
                "Police Forces of Colombia",
                "Cali",
            ),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_a_strike_by_workers_is_no_air_strike(context: Context) -> None:
    assert events(context, "Workers carried out a strike at the port of Aden on Monday.") == []
