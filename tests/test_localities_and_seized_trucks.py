"""A locality taken, and trucks an armed group seizes: from the dev errors of the
sixty-third gold batch. On sentences the team wrote for these tests (none is in the
gold set); each reading has a guard case that the old code also got right."""

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
            "CODECO militiamen seized the locality of Fataki on Sunday after a battle with"
            " the army.",
            (
                "Non-state actor overtakes territory",
                "CODECO",
                "Military Forces of the Democratic Republic of Congo",
                "Fataki",
            ),
        ),
        (
            "Al-Shabaab militants seized five trucks carrying fuel near Jowhar on Monday.",
            ("Looting/property destruction", "Al Shabaab", "Civilians (Somalia)", "Jowhar"),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_trucks_seized_by_police_are_no_event(context: Context) -> None:  # guard
    assert (
        events(context, "Police seized five trucks of smuggled fuel near Jowhar on Monday.") == []
    )
