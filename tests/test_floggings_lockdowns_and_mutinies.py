"""Floggings, lockdowns an armed group declares, soldiers who fire into the air in
protest, a person told by age, Dozo hunters, an attack "claimed by" a group, a place
"frequented by" soldiers, a village "in" the town that locates it, and a lower-case
alternate name: from the dev errors of the fifty-eighth gold batch. On sentences the
team wrote for these tests (none is in the gold set); each reading has a guard case
that the old code also got right."""

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
            "Taliban fighters whipped a woman in public in Ghor on Monday.",
            ("Attack", "Taliban", "Civilians (Afghanistan)", "Ghor"),
        ),
        (
            "Al-Shabaab imposed a lockdown on the town of Bulo Burte on Sunday.",
            ("Change to group/activity", "Al Shabaab", None, "Bulo Burte"),
        ),
        (
            "Soldiers in Abeche fired into the air on Friday to protest unpaid wages.",
            ("Other", "Military Forces of Chad", None, "Abeche"),
        ),
        (  # guard: retired soldiers who march protest
            "Hundreds of retired soldiers protested in Abeche on Monday over unpaid pensions.",
            ("Peaceful protest", "Protesters (Chad)", None, "Abeche"),
        ),
        (
            "Russian shelling killed a 72-year-old man in Nikopol on Tuesday.",
            (
                "Shelling/artillery/missile attack",
                "Military Forces of Russia",
                "Civilians (Ukraine)",
                "Nikopol",
            ),
        ),
        (
            "Dozo hunters attacked a hamlet near Bankass on Monday, killing four people.",
            ("Attack", "Dan Na Ambassagou", "Civilians (Mali)", "Bankass"),
        ),
        (
            "Dozo hunters attacked a village near Banfora, Burkina Faso, on Monday,"
            " killing three people.",
            (
                "Attack",
                "Dozo Communal Militia (Burkina Faso)",
                "Civilians (Burkina Faso)",
                "Banfora",
            ),
        ),
        (
            "A car bomb exploded at a checkpoint in Afgoye on Monday, killing four soldiers,"
            " in an attack claimed by al-Shabaab.",
            ("Remote explosive/landmine/IED", "Al Shabaab", "Military Forces of Somalia", "Afgoye"),
        ),
        (
            "A bomb went off at a cafe frequented by soldiers in Baidoa on Monday,"
            " killing two soldiers and a civilian.",
            ("Remote explosive/landmine/IED", None, "Military Forces of Somalia", "Baidoa"),
        ),
        (
            "Soldiers killed two militants in the village of Chinigam, in Kulgam, on Monday.",
            (
                "Armed clash",
                "Military Forces of India",
                "Unidentified Armed Group (India)",
                "Chinigam",
            ),
        ),
        (  # guard: a town "in" its province is the town
            "Soldiers killed two militants in Kulgam in Jammu and Kashmir on Monday.",
            (
                "Armed clash",
                "Military Forces of India",
                "Unidentified Armed Group (India)",
                "Kulgam",
            ),
        ),
        (
            "Gunmen shot dead a shopkeeper in Tank on Tuesday.",
            ("Attack", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", "Tank"),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_a_government_lockdown_is_no_event(context: Context) -> None:
    text = "The government declared a two-week lockdown in Lagos on Monday to slow the virus."
    assert events(context, text) == []
