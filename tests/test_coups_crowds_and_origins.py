"""Coups, crowds with a cause, and where people came from (readings from the dev errors
of the thirtieth gold batch, on sentences the team wrote for these tests; none is in
the gold set)."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import actor, events, one_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers who detain the sitting head of state take power: a coup, ACLED's Other
        ("Soldiers detained President Kabore at a barracks in Ouagadougou on Monday.", "Other"),
        ("Soldiers detained the former president in Bamako on Monday.", "Arrests"),
        ("Soldiers detained the president's nephew in Bamako on Monday.", "Arrests"),
        # a group that calls off its ceasefire changes its activity
        (
            "The ELN called off its ceasefire with the government on Monday.",
            "Change to group/activity",
        ),
        # what jets flattened they struck from the air
        (
            "Israeli jets flattened a house in Deir al-Balah on Monday, killing six.",
            "Air/drone strike",
        ),
        # a sit-in (one word to the reader, three to the tokenizer) met with tear gas
        (
            "Police fired tear gas to break up a sit-in by nurses outside the ministry in Abuja"
            " on Monday.",
            "Protest with intervention",
        ),
        # people with a cause who burn and smash riot; villagers who do it are a mob
        (
            "Students demanding lower fees smashed windows and torched a bus in Jos on Monday.",
            "Violent demonstration",
        ),
        ("Villagers burned the house of a suspected witch in Kasese on Sunday.", "Mob violence"),
        # a town taken after the force holding it surrendered changed hands without a fight
        (
            "Rebels said they had taken control of Hpakant after the army unit there surrendered.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_what_it_was(context: Context, text: str, expected: str) -> None:
    assert one_type(context, text) == expected


def test_marines_are_the_military(context: Context) -> None:
    (event,) = events(context, "Marines arrested a cartel boss in Tampico on Saturday.")
    assert actor(event, "actor1") == "Military Forces of Mexico"


def test_where_the_attackers_came_from_is_not_where_it_hit(context: Context) -> None:
    text = "Militants from Gaza fired rockets at Sderot on Saturday, wounding a woman."
    (event,) = events(context, text)
    assert (event.location.name, event.location.country) == ("Sderot", "IL")
    assert actor(event, "actor2") == "Civilians (Israel)"


def test_where_they_came_from_stays_when_nothing_else_is_named(context: Context) -> None:
    (event,) = events(context, "Gunmen from Zamfara killed five villagers on Monday.")
    assert event.location.name == "Zamfara"


def test_a_slum_of_a_city_is_the_place(context: Context) -> None:
    text = "Opposition supporters looted shops in Nairobi's Mathare slum on Monday."
    (event,) = events(context, text)
    assert event.location.name == "Mathare"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A junta fighter jet bombed a monastery near Sagaing on Monday.",
            "Military Forces of Myanmar",
        ),
        (
            "Shells fell on a market in Atareb on Sunday; the opposition blamed government"
            " gunners.",
            "Military Forces of Syria",
        ),
    ],
)
def test_forces_named_by_their_weapons(context: Context, text: str, expected: str) -> None:
    (event,) = events(context, text)
    assert actor(event, "actor1") == expected
