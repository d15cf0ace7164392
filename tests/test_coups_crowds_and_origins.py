"""Coups, crowds with a cause, and where people came from (readings from the dev errors
of the thirtieth and thirty-first gold batches, on sentences the team wrote for these
tests; none is in the gold set)."""

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
        # the parser makes "over" a particle: the mine was still run over
        (
            "Three soldiers died when their truck rolled over a landmine near Tanout on Friday.",
            "Remote explosive/landmine/IED",
        ),
        # what a drone does when it explodes is a drone strike; a car bomb stays a bomb
        (
            "A drone launched from Yemen exploded near a hotel in Eilat on Monday.",
            "Air/drone strike",
        ),
        ("A car bomb exploded near a market in Kirkuk on Monday.", "Remote explosive/landmine/IED"),
        # armed men who march people off abduct them; people who march protest
        (
            "Armed men stopped a bus near Lokoja on Sunday and marched 14 passengers into the"
            " bush.",
            "Abduction/forced disappearance",
        ),
        ("Thousands of women marched through Kaduna on Monday.", "Peaceful protest"),
        # killed during a march: force against protesters; a bomb at a rally is not
        (
            "Gendarmes shot dead a student during a march against fuel prices in Sarh on Monday.",
            "Excessive force against protesters",
        ),
        (
            "A suicide bomber blew himself up at an election rally in Bannu on Sunday, killing"
            " nine.",
            "Suicide bomb",
        ),
        # stun grenades and tear gas fired at a crowd disperse it; a grenade thrown kills
        (
            "Soldiers fired tear gas and stun grenades at crowds in Kassala on Saturday.",
            "Protest with intervention",
        ),
        ("A man threw a grenade into a crowd at a market in Gitega on Sunday.", "Grenade"),
        # people removed from a road they blocked in protest
        (
            "Police removed dozens of farmers blocking a highway near Patiala on Monday in"
            " protest against new tariffs.",
            "Protest with intervention",
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


def test_a_nationality_word_inside_a_place_name_names_no_country(context: Context) -> None:
    text = "Gunmen shot dead a village chief in Datu Saudi Ampatuan on Saturday."
    (event,) = events(context, text)
    assert actor(event, "actor1") != "Unidentified Armed Group (Saudi Arabia)"
    assert event.location.name == "Datu Saudi Ampatuan"
