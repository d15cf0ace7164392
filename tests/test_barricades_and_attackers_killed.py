"""Roads blocked with rocks, shells fired from government-held areas, and a side that
killed "the attackers": from the dev errors of the fifty-ninth gold batch. On sentences
the team wrote for these tests (none is in the gold set); each reading has a guard case
that the old code also got right."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import type_sides_place as read

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers blocked the highway near Cayambe with rocks and logs on Tuesday to protest"
            " against milk prices.",
            ("Peaceful protest", "Protesters (Ecuador)", None, "Cayambe"),
        ),
        (  # guard: rocks thrown make a riot
            "Farmers threw rocks at police near Cayambe on Tuesday.",
            ("Violent demonstration", "Rioters (Ecuador)", "Police Forces of Ecuador", "Cayambe"),
        ),
        (
            "Rockets fired from government-held areas hit a school in Ariha on Sunday,"
            " wounding three pupils.",
            (
                "Shelling/artillery/missile attack",
                "Military Forces of Syria",
                "Civilians (Syria)",
                "Ariha",
            ),
        ),
        (  # guard: the areas shelled are no side
            "Rebels shelled government-held areas of Aleppo on Monday, killing three civilians.",
            (
                "Shelling/artillery/missile attack",
                "Unidentified Armed Group (Syria)",
                "Civilians (Syria)",
                "Aleppo",
            ),
        ),
        (
            "Al-Shabaab fighters attacked a base in Jowhar on Friday, and soldiers killed"
            " nine of the attackers.",
            ("Armed clash", "Al Shabaab", "Military Forces of Somalia", "Jowhar"),
        ),
        (  # guard: killed as the attack's own toll
            "Al-Shabaab fighters attacked a base in Jowhar on Friday, killing nine soldiers.",
            ("Armed clash", "Al Shabaab", "Military Forces of Somalia", "Jowhar"),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected
