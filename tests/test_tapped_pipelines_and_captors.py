"""A pipeline that exploded while people stole from it, captors who fled after a
gunfight, a former officer taken from his home, people named in more than one word as
what a frame takes, motorcyclists as civilians, a place known abroad by another name
where the report's group is not at home, and "Junta" as no place: from the dev errors
of the fifty-third gold batch. On sentences the team wrote for these tests (none is in
the gold set); each reading has a guard case that the old code also got right."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import events
from .conftest import type_sides_place as read

pytestmark = pytest.mark.model

ABDUCTION = "Abduction/forced disappearance"
DRC = "Civilians (Democratic Republic of Congo)"


def test_a_pipeline_tapped_by_thieves_that_exploded_is_no_event(context: Context) -> None:
    text = (
        "A fuel pipeline exploded near Warri on Tuesday after villagers tapped it to"
        " siphon petrol, killing 12 people."
    )
    assert events(context, text) == []
    text = "A pipeline exploded near Warri on Tuesday after militants planted explosives under it."
    (event,) = events(context, text)  # guard: sabotage
    assert event.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kidnappers holding five farmers fled after a gunfight with police near Funtua"
            " on Friday.",
            (
                "Armed clash",
                "Unidentified Armed Group (Nigeria)",
                "Police Forces of Nigeria",
                "Funtua",
            ),
        ),
        (  # guard: a jail holding prisoners holds its victims
            "An explosion ripped through a jail holding rebel prisoners in Goma on Friday,"
            " killing eight of them.",
            ("Remote explosive/landmine/IED", None, DRC, "Goma"),
        ),
        (
            "Gunmen abducted a retired army officer from his farm near Kaduna on Sunday.",
            (ABDUCTION, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Kaduna"),
        ),
        (  # guard: a force's own men
            "Gunmen abducted two army engineers near Kaduna on Sunday.",
            (
                ABDUCTION,
                "Unidentified Armed Group (Nigeria)",
                "Military Forces of Nigeria",
                "Kaduna",
            ),
        ),
        (
            "Soldiers took a village headman away from his home in Sagaing on Monday.",
            (ABDUCTION, "Military Forces of Myanmar", "Civilians (Myanmar)", "Sagaing"),
        ),
        (
            "Police shot dead a motorcyclist at a checkpoint in Mubi on Monday.",
            ("Attack", "Police Forces of Nigeria", "Civilians (Nigeria)", "Mubi"),
        ),
        (
            "CODECO fighters killed three farmers near Bule on Sunday.",
            ("Attack", "CODECO", DRC, "Bule"),
        ),
        (  # guard: a place of the group's country
            "CODECO fighters killed three farmers near Djugu on Sunday.",
            ("Attack", "CODECO", DRC, "Djugu"),
        ),
        (
            "Junta and Arakan Army delegates agreed on Saturday to extend the truce in"
            " Rakhine, a Japanese envoy said.",
            ("Agreement", "Arakan Army", None, "Rakhine"),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected
