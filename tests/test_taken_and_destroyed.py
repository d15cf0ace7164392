"""Who was taken, what was destroyed and by whom, and where (readings from the dev errors
of the twenty-ninth gold batch, on sentences the team wrote for these tests; none is in
the gold set)."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import actor, events, one_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an aircraft fires is an air strike; what a group fires from the ground is not
        (
            "A Turkish drone fired two missiles at a car near Qamishli on Monday.",
            "Air/drone strike",
        ),
        (
            "Hezbollah fired rockets at Metula on Monday.",
            "Shelling/artillery/missile attack",
        ),
        # a cache destroyed by soldiers is disrupted weapons use; by a strike, the strike
        ("Soldiers destroyed a weapons cache near Tibu on Monday.", "Disrupted weapons use"),
        ("One strike destroyed two weapons caches near Raqqa on Monday.", "Air/drone strike"),
        # a dam destroyed is ACLED's Other, whatever destroyed it; a bridge stays an explosion
        ("Militants blew up a small dam on the river near Mosul on Sunday.", "Other"),
        ("An explosion destroyed an irrigation dam near Sennar on Sunday.", "Other"),
        # people beheaded outrank the church burned
        ("Militants beheaded two villagers near Mueda on Friday and burned a church.", "Attack"),
        ("Militants burned a church near Mueda on Friday.", "Looting/property destruction"),
        # people an armed group took from their homes were abducted
        (
            "Gunmen took two nurses from their homes in Kaduna on Sunday.",
            "Abduction/forced disappearance",
        ),
        # a group's members who left its alliance change the group
        (
            "The Coalition of Patriots for Change said two of its member groups had quit the"
            " alliance.",
            "Change to group/activity",
        ),
    ],
)
def test_what_was_done_and_with_what(context: Context, text: str, expected: str) -> None:
    assert one_type(context, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers took the children from their homes to a shelter on Monday.",
        "Police handed the bodies to their families on Monday.",
        "The army left the coalition base on Monday.",
    ],
)
def test_what_no_armed_side_did_is_no_event(context: Context, text: str) -> None:
    assert events(context, text) == []


def test_a_town_handed_to_a_force_is_that_forces(context: Context) -> None:
    (event,) = events(
        context, "The rebels handed the town of Bunagana to Ugandan troops on Monday."
    )
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert actor(event, "actor1") == "Military Forces of Uganda"


def test_the_group_that_says_its_members_left_is_the_actor(context: Context) -> None:
    text = (
        "The Coalition of Patriots for Change said two of its member groups had quit the alliance."
    )
    (event,) = events(context, text)
    assert actor(event, "actor1") == "Coalition of Patriots for Change"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where fire came from, across a river, is not where it hit
        ("Shelling from across the river hit Kherson on Sunday, wounding two people.", "Kherson"),
        ("Artillery fire from across the Dnipro hit Marhanets on Sunday.", "Marhanets"),
        # "X, a village south of Y": Y only locates X
        ("Ukrainian troops retook Robotyne, a village south of Orikhiv, on Monday.", "Robotyne"),
        # the streets of a town are the town
        ("Hundreds of women marched through the streets of Kaya on Monday.", "Kaya"),
        # a slum of a city is the place
        ("Opposition supporters looted shops in Nairobi's Mathare slum on Monday.", "Mathare"),
        # where attackers came from stays the place when nothing else is named
        ("Gunmen from Zamfara killed five villagers on Monday.", "Zamfara"),
        # the capitalised words before "village" are its name, whatever their tags (a
        # reading of the forty-seventh batch)
        ("Junta soldiers burned houses in Let Yet Kone village on Friday.", "Let Yet Kone"),
        ("Junta soldiers burned houses in the village of Kyauk Kyi on Friday.", "Kyauk Kyi"),
    ],
)
def test_the_one_place_of_the_event(context: Context, text: str, place: str) -> None:
    (event,) = events(context, text)
    assert event.location.name == place


def test_a_hyphenated_city_names_the_reports_country(context: Context) -> None:
    (event,) = events(context, "Gunmen killed two men in Mazar-i-Sharif on Sunday.")
    assert actor(event, "actor1") == "Unidentified Armed Group (Afghanistan)"


def test_members_of_a_local_armed_group_are_an_armed_group(context: Context) -> None:
    text = "Israeli troops killed three members of a local armed group near Jenin on Tuesday."
    (event,) = events(context, text)
    assert actor(event, "actor2") == "Unidentified Armed Group (Palestine)"
