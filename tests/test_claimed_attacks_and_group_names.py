"""A group that claimed the attack did it, "dozens dead" as reported, a pronoun and
another victim counted, a group's name that is no place of that shape ("al-Shabaab"),
a force's drone strike, people blocking an avenue cleared with tear gas, coalition jets
in Yemen, truffle hunters and traditional chiefs as civilians, the SPLM-North: from the
dev errors of the fifty-fourth gold batch. On sentences the team wrote for these tests
(none is in the gold set); each reading has a guard case that the old code also got
right."""

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
            "Gunmen killed nine worshippers at a mosque near Tillia on Friday; the Islamic"
            " State claimed the attack.",
            ("Attack", "Islamic State Sahel Province", "Civilians (Niger)", "Tillia"),
        ),
        (  # guard: no claim
            "Gunmen killed nine worshippers at a mosque near Tillia on Friday.",
            ("Attack", "Unidentified Armed Group (Niger)", "Civilians (Niger)", "Tillia"),
        ),
        (
            "A military drone strike killed 12 people at a market near Maiduguri on Saturday.",
            ("Air/drone strike", "Military Forces of Nigeria", "Civilians (Nigeria)", "Maiduguri"),
        ),
        (
            "Police used tear gas to clear students blocking an avenue in Medellin on Friday.",
            (
                "Protest with intervention",
                "Protesters (Colombia)",
                "Police Forces of Colombia",
                "Medellin",
            ),
        ),
        (
            "Residents said coalition jets bombed a Houthi camp near Saada on Monday, killing"
            " ten fighters.",
            ("Air/drone strike", "Military Forces of Saudi Arabia", "Ansar Allah", "Saada"),
        ),
        (
            "A landmine killed three truffle hunters near Palmyra on Sunday.",
            ("Remote explosive/landmine/IED", None, "Civilians (Syria)", "Palmyra"),
        ),
        (
            "Gunmen shot dead a traditional chief near Bamenda on Monday.",
            ("Attack", "Unidentified Armed Group (Cameroon)", "Civilians (Cameroon)", "Bamenda"),
        ),
        (
            "SPLM-North fighters attacked an army base near Kadugli on Monday.",
            (
                "Armed clash",
                "Sudan People's Liberation Movement-North",
                "Military Forces of Sudan",
                "Kadugli",
            ),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_dozens_reported_dead_are_counted(context: Context) -> None:
    text = (
        "Rebels attacked an army post near Kadugli on Monday, and both sides reported dozens dead."
    )
    (event,) = events(context, text)
    assert event.fatalities.best == 12  # the convention table's "dozens"


def test_a_pronoun_killed_with_another_victim_counts_once(context: Context) -> None:
    text = (
        "A roadside bomb hit the car of a provincial official in Kandahar on Monday, killing"
        " him and his bodyguard."
    )
    (event,) = events(context, text)
    assert event.fatalities.best == 2
    text = (  # guard: the one shot dead is not counted again as "him"
        "A taxi driver was shot dead in Kumba on Monday; residents said separatists killed him."
    )
    (event,) = events(context, text)
    assert event.fatalities.best == 1


def test_a_groups_name_is_no_place_of_its_shape(context: Context) -> None:
    for text in (
        "Clan fighters backed by the army drove al-Shabaab out of the town of Galcad on"
        " Sunday after a day of fighting, an elder said.",
        "Al-Shabaab fighters attacked Jowhar on Sunday.",
    ):
        doc = context.nlp(text)
        assert [e.label_ for e in doc.ents if "Shabaab" in e.text] == ["ORG"]
    doc = context.nlp("Rebels captured Tall al-Jayer on Monday.")  # guard: a place's shape
    assert [e.label_ for e in doc.ents if "Jayer" in e.text] == ["GPE"]
