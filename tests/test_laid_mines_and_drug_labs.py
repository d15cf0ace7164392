"""A group named as what a mine is laid it, the gunmen a fight between two named groups
left dead are its toll, a foreign missionary named for his nationality, security
personnel as a state's forces, a camp taken over after its fighters left, drug labs
dismantled with no weapon, a deal a march rejects: from the dev errors of the
fifty-sixth gold batch. On sentences the team wrote for these tests (none is in the
gold set); each reading has a guard case that the old code also got right."""

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
            "Two boys herding goats were killed near Hays on Monday when they stepped on a"
            " Houthi mine.",
            ("Remote explosive/landmine/IED", "Ansar Allah", "Civilians (Yemen)", "Hays"),
        ),
        (  # guard: the mine the subject
            "A Houthi landmine killed a shepherd near Hays on Monday.",
            ("Remote explosive/landmine/IED", "Ansar Allah", "Civilians (Yemen)", "Hays"),
        ),
        (
            "The Gulf Cartel and Los Zetas fought in Reynosa on Friday, leaving six gunmen dead.",
            ("Armed clash", "Gulf Cartel", "Los Zetas", "Reynosa"),
        ),
        (
            "Gunmen kidnapped an American missionary near Croix-des-Bouquets on Monday.",
            (
                "Abduction/forced disappearance",
                "Unidentified Armed Group (Haiti)",
                "Civilians (United States)",
                "Croix-des-Bouquets",
            ),
        ),
        (
            "Three security personnel were killed in a gunfight with militants in Kupwara"
            " on Friday.",
            (
                "Armed clash",
                "Military Forces of India",
                "Unidentified Armed Group (India)",
                "Kupwara",
            ),
        ),
        (
            "Government soldiers took over an SPLA-IO camp near Panyijiar on Friday after its"
            " fighters left.",
            (
                "Non-violent transfer of territory",
                "Military Forces of South Sudan",
                None,
                "Panyijiar",
            ),
        ),
        (
            "Thousands marched in Omdurman on Saturday to reject a deal between the military"
            " and civilian parties.",
            ("Peaceful protest", "Protesters (Sudan)", None, "Omdurman"),
        ),
        (  # guard: weapons among what was destroyed
            "Soldiers destroyed two cocaine labs and a cache of rifles near Tumaco on Friday.",
            ("Disrupted weapons use", "Military Forces of Colombia", None, "Tumaco"),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_drug_labs_dismantled_are_no_event(context: Context) -> None:
    assert events(context, "Police dismantled two heroin labs near Jalalabad on Sunday.") == []
    text = "Soldiers dismantled a drug lab and two explosive devices near Tumaco on Friday."
    (event,) = events(context, text)  # guard: devices among what was dismantled
    assert event.sub_event_type == "Disrupted weapons use"
