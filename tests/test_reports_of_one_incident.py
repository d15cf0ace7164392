"""Readings that make two reports of one incident agree (from the incident gold set's
second dev batch, m41–m58), on sentences the team wrote for these tests: the day a
statement was made, a weapon named as the instrument or mis-tagged, a side that says
it repelled an attack, a side that withdrew after a fight, and the unit of a named
place ("Sagaing's Myaung township") as the place, not the region before it."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import actor, events


def test_a_statements_day_alone_dates_the_event_to_it_or_the_day_before(
    context: Context,
) -> None:
    text = "The Taliban said on Tuesday their fighters had overrun a checkpoint in Ghazni."
    (event,) = events(context, text, published="2023-06-07")  # a Wednesday
    assert (event.date.start, event.date.end, event.date.precision) == (
        "2023-06-05",
        "2023-06-06",
        2,
    )


def test_a_day_of_its_own_still_dates_the_event(context: Context) -> None:
    # a guard: the statement's day comes last when the sentence gives the event's
    text = "Officials said on Tuesday that gunmen killed three farmers near Jos on Sunday."
    (event,) = events(context, text, published="2023-06-07")
    assert (event.date.start, event.date.precision) == ("2023-06-04", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a missile struck with is a missile strike
        (
            "Russian troops struck a school in Kramatorsk with an Iskander missile on Monday.",
            "Shelling/artillery/missile attack",
        ),
        # a sentence-opening weapon the tagger misreads as an auxiliary
        (
            "Shelling hit Nikopol on Sunday, wounding three residents.",
            "Shelling/artillery/missile attack",
        ),
        # explosives an attack was made with leave it an assault
        (
            "ELN fighters attacked an army post in Arauca with explosives and rifles on Friday.",
            "Armed clash",
        ),
    ],
)
def test_the_weapon_names_the_type(context: Context, text: str, expected: str) -> None:
    (event,) = events(context, text)
    assert event.sub_event_type == expected


def test_a_side_that_says_it_repelled_an_attack_was_attacked(context: Context) -> None:
    text = "Somalia's army said it repelled an attack on its base at Bulo Burde on Monday."
    (event,) = events(context, text)
    assert (actor(event, "actor1"), actor(event, "actor2")) == (
        None,
        "Military Forces of Somalia",
    )


def test_rebels_who_withdrew_after_a_fight_lost_the_place(context: Context) -> None:
    text = "Rebels withdrew from Kafr Nabl on Thursday after two days of heavy fighting."
    (event,) = events(context, text)
    assert event.event_type == "Battles"  # who took the place is not said
    assert event.location.name == "Kafr Nabl"
    assert actor(event, "actor2") == "Unidentified Armed Group (Syria)"


def test_a_unit_of_a_named_place_is_the_place(context: Context) -> None:
    # "Kano's Fagge district": Fagge, in Kano; not two places, Kano first
    (event,) = events(context, "Gunmen shot dead two traders in Kano's Fagge district on Friday.")
    assert [p.name for p in event.locations] == ["Fagge"]


def test_a_village_in_a_regions_township_is_the_village(context: Context) -> None:
    text = (
        "Soldiers burned 40 houses in the village of Thit Yar in Sagaing's Kani township on Monday."
    )
    (event,) = events(context, text)
    assert [p.name for p in event.locations] == ["Thit Yar"]
