"""Frames read in the passive ("were taken from their homes by gunmen"), a state's
agents who take people from their homes, foreign civilians named by their nationality,
and further readings from the dev errors of the forty-eighth gold batch, on sentences
the team wrote for these tests (none is in the gold set). Each reading has a guard case
that the old code also got right."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import actor, events, one_type
from .conftest import type_sides_place as read

pytestmark = pytest.mark.model

ABDUCTION = "Abduction/forced disappearance"
LOOTING = "Looting/property destruction"
EXPLOSIVE = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frame whose object is the passive's subject, and whose doer is "by" someone
        (
            "Two nurses were taken from their homes by gunmen in Sabratha on Monday.",
            (ABDUCTION, "Unidentified Armed Group (Libya)", "Civilians (Libya)", "Sabratha"),
        ),
        (
            "A journalist was held for two days by police in Erbil before being released,"
            " his employer said.",
            ("Arrests", "Police Forces of Iraq", "Civilians (Iraq)", "Erbil"),
        ),
        (  # guard: the active voice
            "Gunmen took two nurses from their homes in Sabratha on Monday.",
            (ABDUCTION, "Unidentified Armed Group (Libya)", "Civilians (Libya)", "Sabratha"),
        ),
        # a state's agents who take people from their homes arrest them
        (
            "Five members of a family were taken from their homes in Shiraz by intelligence"
            " agents on Tuesday, a rights group said.",
            ("Arrests", "Police Forces of Iran", "Civilians (Iran)", "Shiraz"),
        ),
        (
            "Soldiers took three traders from their homes in Gao on Monday, relatives said.",
            ("Arrests", "Military Forces of Mali", "Civilians (Mali)", "Gao"),
        ),
        # a foreign civilian is named by nationality, "a Swiss aid worker" as "a Swiss man"
        (
            "A Swiss aid worker was seized by gunmen at her house in Agadez late on Sunday.",
            (ABDUCTION, "Unidentified Armed Group (Niger)", "Civilians (Switzerland)", "Agadez"),
        ),
        (
            "Gunmen seized a French aid worker at her house in Agadez late on Sunday.",
            (ABDUCTION, "Unidentified Armed Group (Niger)", "Civilians (France)", "Agadez"),
        ),
        (  # guard: one's own soldier is no civilian
            "A Syrian soldier was killed by gunmen in Daraa on Monday.",
            (
                "Armed clash",
                "Unidentified Armed Group (Syria)",
                "Military Forces of Syria",
                "Daraa",
            ),
        ),
        # fire on positions or a post is a clash
        (
            "Rebels fired on an army post near Kidal on Monday, the army said.",
            ("Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali", "Kidal"),
        ),
        # livestock rustled or stolen by armed men; a mast dynamited
        (
            "Boko Haram fighters rustled about 200 cattle from herders near Bama on Sunday.",
            (LOOTING, "Boko Haram", "Civilians (Nigeria)", "Bama"),
        ),
        (
            "Bandits stole 150 cows from a village near Gusau on Friday, residents said.",
            (LOOTING, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Gusau"),
        ),
        (  # blown up with explosives: a remote explosive, as "blew up a bridge" (g603)
            "Armed men dynamited a telephone mast outside Kaya on Wednesday night.",
            (EXPLOSIVE, "Unidentified Armed Group (Burkina Faso)", None, "Kaya"),
        ),
        # an office taken over without a shot is handed over
        (
            "Fano militiamen took over the mayor's office in Gondar on Monday without a shot"
            " being fired, residents said.",
            ("Non-violent transfer of territory", "Fano", None, "Gondar"),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two nurses were taken to hospital by relatives in Sabratha on Monday.",
        "Thieves stole a car from a house in Gusau on Friday, police said.",
    ],
)
def test_no_event(context: Context, text: str) -> None:
    assert events(context, text) == []


def test_a_weapon_named_by_its_kind_keeps_its_nation(context: Context) -> None:
    text = "A Russian guided aerial bomb destroyed a post office in Kharkiv on Saturday."
    (event,) = events(context, text)
    assert event.sub_event_type == "Air/drone strike"
    assert actor(event, "actor1") == "Military Forces of Russia"
    assert actor(event, "actor2") is None  # property alone: no one named as hit


def test_kin_and_staff_are_civilians(context: Context) -> None:
    text = "Gunmen threw a grenade into the house of a sheikh in Basra, wounding his son."
    (event,) = events(context, text)
    assert event.sub_event_type == "Grenade"
    assert actor(event, "actor2") == "Civilians (Iraq)"
    text = "A grenade exploded outside a bakery in Medellin on Tuesday, wounding three employees."
    assert one_type(context, text) == "Grenade"
    assert actor(events(context, text)[0], "actor2") == "Civilians (Colombia)"


def test_the_tripoli_government_s_forces(context: Context) -> None:
    text = "A brigade of the Tripoli government moved its headquarters to Tarhuna on Sunday."
    (event,) = events(context, text)
    assert event.sub_event_type == "Headquarters or base established"
    assert actor(event, "actor1") == "Military Forces of Libya (Government of National Accord)"
