"""A patrol of rangers, paramilitaries, officials, elders and organisers named as such,
an Iraqi city that shares a name with an Ethiopian region, and a depot blast blamed on
a technical fault: from the dev errors of the sixty-first gold batch. On sentences the
team wrote for these tests (none is in the gold set); each reading has a guard case
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
            "Insurgents fired on a patrol of rangers in Bannang Sata on Friday.",
            (
                "Armed clash",
                "Unidentified Armed Group (Thailand)",
                "Military Forces of Thailand",
                "Bannang Sata",
            ),
        ),
        (
            "Paramilitaries shot dead two students in Masaya on Monday.",
            ("Attack", "Unidentified Armed Group (Nicaragua)", "Civilians (Nicaragua)", "Masaya"),
        ),
        (
            "Gunmen abducted a municipal official in Iguala on Friday.",
            (
                "Abduction/forced disappearance",
                "Unidentified Armed Group (Mexico)",
                "Civilians (Mexico)",
                "Iguala",
            ),
        ),
        (
            "Gunmen shot dead a tribal elder in Wana on Monday.",
            ("Attack", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", "Wana"),
        ),
        (
            "Gunmen shot dead a protest organiser in Kut on Monday.",
            ("Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "Kut"),
        ),
        (
            "Gunmen shot dead a lawyer in Amara on Monday.",
            ("Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "Amara"),
        ),
        (  # guard: the region named as a region is Ethiopia's
            "Gunmen killed five farmers in the Amhara region on Monday.",
            ("Attack", "Unidentified Armed Group (Ethiopia)", "Civilians (Ethiopia)", "Amhara"),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_a_depot_blast_blamed_on_a_technical_fault_is_no_event(context: Context) -> None:
    text = (
        "An explosion hit an army ammunition depot near Homs on Monday;"
        " officials blamed a technical fault."
    )
    assert events(context, text) == []


def test_a_bomb_at_a_depot_is_still_an_event(context: Context) -> None:  # guard
    text = "A bomb exploded at an army depot near Homs on Monday, killing two soldiers."
    assert [e.sub_event_type for e in events(context, text)] == ["Remote explosive/landmine/IED"]
