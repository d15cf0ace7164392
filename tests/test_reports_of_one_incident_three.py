"""Readings that make two reports of one incident agree (from the incident gold set's
third dev batch, m59–m76), on sentences the team wrote for these tests: a town or
village "in" the area that holds it ("in Razmak in North Waziristan", "in Juhudi, in
Lamu county") is the event's place, the area its anchor; a landmark keeps its town."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import events


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Gunmen shot dead two teachers in Kotkai in South Waziristan on Friday.", "Kotkai", "PK"),
        ("Militants burned six houses in Pandanguo, in Lamu county, on Sunday.", "Pandanguo", "KE"),
        # not Mangalia in Romania: the town is Niger's, where the area is
        (
            "Gunmen killed four traders at the market in Mangala in Tillaberi on Friday.",
            "Mangala",
            "NE",
        ),
    ],
)
def test_a_village_in_the_area_that_holds_it_is_the_place(
    context: Context, text: str, place: str, country: str
) -> None:
    (event,) = events(context, text)
    assert (event.location.name, event.location.country) == (place, country)


@pytest.mark.parametrize(
    ("text", "place"),
    [  # guards: a landmark "in" a town is placed in the town, as ACLED places it
        ("Teachers protested outside the National Assembly in Nairobi on Monday.", "Nairobi"),
        ("Students rallied in Freedom Square in Tbilisi on Sunday against the new law.", "Tbilisi"),
    ],
)  # fmt: skip
def test_a_landmark_in_a_town_keeps_the_town(context: Context, text: str, place: str) -> None:
    (event,) = events(context, text)
    assert event.location.name == place


def test_a_country_is_no_town_in_the_place_after_it(context: Context) -> None:
    # a guard: "in Syria in Idlib" is Idlib, not Syria standing in Idlib
    text = "Government warplanes struck a market in Syria in Idlib on Monday, killing nine people."
    (event,) = events(context, text)
    assert event.location.name == "Idlib"
