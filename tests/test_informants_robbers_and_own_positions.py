"""Suspected informants are civilians, men arrested for robbing are ordinary crime, and
a claimant's "own positions" hit make it the target: from the dev errors of the
sixtieth gold batch. On sentences the team wrote for these tests (none is in the gold
set); each reading has a guard case that the old code also got right."""

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
            "Rebels shot dead three suspected army informants near Mindat on Friday.",
            ("Attack", "Unidentified Armed Group (Myanmar)", "Civilians (Myanmar)", "Mindat"),
        ),
        (
            "The Malian army said jihadists attacked its positions near Menaka on Monday.",
            ("Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali", "Menaka"),
        ),
        (  # guard: a claimant that says it attacked is actor1
            "The Malian army said it attacked jihadist positions near Menaka on Monday.",
            ("Armed clash", "Military Forces of Mali", "Unidentified Armed Group (Mali)", "Menaka"),
        ),
        (  # guard: robbers who kill are attackers
            "Gunmen robbed a bank in Kirkuk on Sunday, killing two customers.",
            ("Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "Kirkuk"),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_men_arrested_for_robbing_a_shop_are_no_event(context: Context) -> None:
    text = "Police in Kirkuk arrested two men for robbing a jewellery shop on Monday."
    assert events(context, text) == []
