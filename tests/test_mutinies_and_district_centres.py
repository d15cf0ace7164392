"""Mutinies, armed strikes declared, a district centre taken, the province a district is
"in", people taken off a bus, rival clans, Kurdish-led forces, a PKK-linked militia, a
US Navy ship, and government negotiators: from the dev errors of the fifty-fifth gold
batch. On sentences the team wrote for these tests (none is in the gold set); each
reading has a guard case that the old code also got right."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import events
from .conftest import type_sides_place as read

pytestmark = pytest.mark.model

CLASH = "Armed clash"
LEBANON = "Unidentified Armed Group (Lebanon)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers at the garrison in Kidal mutinied on Friday over unpaid wages,"
            " residents said.",
            ("Other", "Military Forces of Mali", None, "Kidal"),
        ),
        (
            "Clan del Golfo gunmen declared an armed strike across Cordoba on Saturday,"
            " ordering shops to close.",
            ("Change to group/activity", "Clan del Golfo", None, "Cordoba"),
        ),
        (
            "Taliban fighters captured the district centre of Kohistan district in Kapisa"
            " on Friday.",
            ("Non-state actor overtakes territory", "Taliban", None, "Kohistan"),
        ),
        (
            "Five passengers were taken off a bus by gunmen near Zurmi on Friday.",
            (
                "Abduction/forced disappearance",
                "Unidentified Armed Group (Nigeria)",
                "Civilians (Nigeria)",
                "Zurmi",
            ),
        ),
        (
            "Members of two rival clans exchanged gunfire near Hermel on Sunday, killing"
            " three men.",
            (CLASH, LEBANON, LEBANON, "Hermel"),
        ),
        (
            "Turkish-backed fighters attacked Kurdish-led forces near Manbij on Friday.",
            (CLASH, "Syrian National Army", "Syrian Democratic Forces", "Manbij"),
        ),
        (
            "A Turkish drone hit a car carrying members of a PKK-linked militia near"
            " Makhmour on Sunday.",
            (
                "Air/drone strike",
                "Military Forces of Turkey",
                "Kurdistan Workers' Party",
                "Makhmour",
            ),
        ),
        (
            "A US Navy destroyer downed two Houthi drones over the Gulf of Aden on Monday.",
            (
                "Disrupted weapons use",
                "Military Forces of the United States",
                "Ansar Allah",
                "Gulf of Aden",
            ),
        ),
        (
            "Government negotiators and ELN commanders signed a ceasefire in Havana on Friday.",
            (
                "Agreement",
                "Government of Colombia",
                "National Liberation Army (Colombia)",
                "Havana",
            ),
        ),
        (  # guard
            "The government and ELN commanders signed a ceasefire in Havana on Friday.",
            (
                "Agreement",
                "Government of Colombia",
                "National Liberation Army (Colombia)",
                "Havana",
            ),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_what_is_no_territory_or_armed_strike(context: Context) -> None:
    assert events(context, "Workers declared a strike in Lagos on Monday.") == []
    assert events(context, "Militiamen seized the health centre in Kunduz on Monday.") == []
