"""Whoever "came under fire" or attack was attacked, prisoners of war killed, a city
that holds a neighbourhood ("Guayaquil's Socio Vivienda neighbourhood"), men armed
with guns or suspected of planning attacks, mobs told in two verbs, and further
readings from the dev errors of the forty-ninth gold batch, on sentences the team wrote
for these tests (none is in the gold set). Each reading has a guard case that the old
code also got right."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import actor, events
from .conftest import type_sides_place as read

pytestmark = pytest.mark.model

CLASH = "Armed clash"
MOB = "Mob violence"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of "came under fire" or "came under attack" was attacked, by
        # whoever it came "from"
        (
            "Soldiers came under fire from gang members in Guayaquil on Friday night.",
            (
                CLASH,
                "Unidentified Armed Group (Ecuador)",
                "Military Forces of Ecuador",
                "Guayaquil",
            ),
        ),
        (
            "A police patrol came under attack from gunmen near Kaduna on Monday.",
            (CLASH, "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria", "Kaduna"),
        ),
        (  # guard: "attacked"
            "Gang members attacked soldiers in Guayaquil on Friday night.",
            (
                CLASH,
                "Unidentified Armed Group (Ecuador)",
                "Military Forces of Ecuador",
                "Guayaquil",
            ),
        ),
        # a prisoner of war killed is attacked, not fought
        (
            "Russian soldiers shot dead a Ukrainian prisoner of war near Pokrovsk on Sunday.",
            ("Attack", "Military Forces of Russia", "Military Forces of Ukraine", "Pokrovsk"),
        ),
        # the city before a possessive holds the neighbourhood, and gives the country
        (
            "Gang members fired on soldiers patrolling Guayaquil's Socio Vivienda neighbourhood"
            " on Friday.",
            (
                CLASH,
                "Unidentified Armed Group (Ecuador)",
                "Military Forces of Ecuador",
                "Socio Vivienda",
            ),
        ),
        # men armed with guns, or suspected of planning attacks, are armed men
        (
            "Illegal miners armed with shotguns attacked a police patrol near Arequipa on Sunday.",
            (CLASH, "Unidentified Armed Group (Peru)", "Police Forces of Peru", "Arequipa"),
        ),
        (
            "Police in Makhachkala killed two men suspected of planning an attack in a"
            " shootout on Tuesday.",
            (CLASH, "Police Forces of Russia", "Unidentified Armed Group (Russia)", "Makhachkala"),
        ),
        (  # guard: machetes make a mob
            "Villagers armed with machetes attacked a police post in Butembo on Sunday.",
            (
                MOB,
                "Rioters (Democratic Republic of Congo)",
                "Police Forces of the Democratic Republic of Congo",
                "Butembo",
            ),
        ),
        # a mob told in two verbs, the killing in the second; whom it says belonged to a
        # gang is still its victim
        (
            "A crowd in Gusau chased down two young men on Sunday and beat them to death,"
            " saying they belonged to a gang, police said.",
            (MOB, "Rioters (Nigeria)", "Civilians (Nigeria)", "Gusau"),
        ),
        (  # guard: one verb
            "Villagers beat to death a man accused of stealing a goat in Gusau on Sunday.",
            (MOB, "Rioters (Nigeria)", "Civilians (Nigeria)", "Gusau"),
        ),
        # a cache "buried by" rebels was theirs
        (
            "Soldiers dug up a cache of rifles buried by NPA rebels near Malaybalay on Monday.",
            (
                "Disrupted weapons use",
                "Military Forces of the Philippines",
                "New People's Army",
                "Malaybalay",
            ),
        ),
        # a retired officer and an agency's local staff are civilians
        (
            "Unidentified gunmen shot dead a retired army officer in Derna on Wednesday.",
            ("Attack", "Unidentified Armed Group (Libya)", "Civilians (Libya)", "Derna"),
        ),
        (
            "Houthi gunmen detained four of a UN agency's local staff in Sanaa on Thursday.",
            ("Arrests", "Ansar Allah", "Civilians (Yemen)", "Sanaa"),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_a_time_since_it_happened_is_background(context: Context) -> None:
    text = "A year since the town of Kidal was taken by rebels, residents say little has changed."
    assert events(context, text) == []
    (event,) = events(context, "The town of Kidal was taken by rebels on Monday.")  # the news
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_criticism_that_came_is_no_event(context: Context) -> None:
    text = "Troops in Guayaquil have come under heavy criticism from rights groups."
    assert events(context, text) == []


def test_a_school_named_for_girls_holds_no_victims(context: Context) -> None:
    text = "Militants blew up a girls' school in Miranshah overnight; nobody was inside."
    (event,) = events(context, text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert actor(event, "actor2") is None


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (  # someone who threw a grenade is an unidentified attacker
            "Someone threw a grenade at a police post in Tulua on Saturday night.",
            "Unidentified Armed Group (Colombia)",
        ),
        (
            "An unidentified man tossed a grenade into a bar in Cucuta on Saturday.",
            "Unidentified Armed Group (Colombia)",
        ),
        (  # guard: "a man"
            "A man on a motorbike hurled a grenade at a police post in Tulua on Monday.",
            "Unidentified Armed Group (Colombia)",
        ),
        (  # Iraq's Kurdish security forces are the Kurdistan Regional Government's
            "Kurdish security forces detained a journalist in Erbil on Monday.",
            "Military Forces of Iraq (Kurdistan Regional Government)",
        ),
    ],
)
def test_doers_named_vaguely_or_by_region(context: Context, text: str, doer: str) -> None:
    (event,) = events(context, text)
    assert actor(event, "actor1") == doer


def test_lakurawa_is_a_group_of_the_dictionary(context: Context) -> None:
    (event,) = events(context, "Lakurawa militants kidnapped four farmers near Tangaza on Monday.")
    assert actor(event, "actor1") == "Lakurawa"
