"""What was done, and what is only background: homes blown up, goods carried off, and
the deed someone is accused of (readings from the dev errors of the gold batches)."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import actor, events, one_type

pytestmark = pytest.mark.model


def test_a_home_blown_up_is_property_destroyed_and_an_accusation_is_background(
    context: Context,
) -> None:
    text = (
        "Israeli forces blew up the home of a man accused of killing a settler in the "
        "village of Beita, near Nablus, on Tuesday."
    )
    (event,) = events(context, text)
    assert event.sub_event_type == "Looting/property destruction"
    assert event.fatalities.best is None  # the killing he is accused of is not this event's
    assert (actor(event, "actor1"), actor(event, "actor2")) == (
        "Military Forces of Israel",
        "Civilians (Palestine)",
    )


def test_a_bridge_blown_up_stays_an_explosion(context: Context) -> None:
    (event,) = events(context, "Insurgents blew up a bridge near Mosul on Monday.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_an_accusation_by_a_party_is_its_claim_of_an_event(context: Context) -> None:
    text = (
        "Ukraine accused Russian troops of using chloropicrin gas against its soldiers at Bakhmut."
    )
    (event,) = events(context, text)
    assert event.sub_event_type == "Chemical weapon"


def test_those_arrested_are_of_the_group_they_are_suspected_of(context: Context) -> None:
    text = "Police detained 40 people suspected of links to the Islamic State in Izmir on Monday."
    (event,) = events(context, text)
    assert (event.sub_event_type, actor(event, "actor2")) == ("Arrests", "Islamic State")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bandits raided the village of Kwari on Sunday and carried away cattle.",
            "Looting/property destruction",
        ),
        (
            "Gunmen carried off two girls from a farm near Zurmi on Monday.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_what_was_carried_off(context: Context, text: str, expected: str) -> None:
    assert one_type(context, text) == expected


def test_a_tanker_that_exploded_is_an_accident_but_a_bomb_in_one_is_not(context: Context) -> None:
    assert (
        events(context, "A gas cylinder exploded in a restaurant in Lahore, killing three.") == []
    )
    text = (
        "A bomb hidden in a fuel tanker exploded at a checkpoint in Baghdad, killing nine soldiers."
    )
    assert one_type(context, text) == "Remote explosive/landmine/IED"
