"""Those arrested for backing a group (not its men), youths arrested, a bomb that
"wrecked" a vehicle, deaths in floods, vehicles driven into protesters, people shot
as their village burned, agreements to form joint forces, residents warned to leave
before a strike, social leaders and cattle raiders: from the dev errors of the
fifty-second gold batch. On sentences the team wrote for these tests (none is in the
gold set); each reading has a guard case that the old code also got right."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import events
from .conftest import type_sides_place as read

pytestmark = pytest.mark.model

ARRESTS = "Arrests"
FORCE = "Excessive force against protesters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Junta soldiers detained four farmers in Sagaing on Friday on suspicion of"
            " helping the People's Defence Force.",
            (ARRESTS, "Military Forces of Myanmar", "Civilians (Myanmar)", "Sagaing"),
        ),
        (  # guard: those suspected of links to a group are its men
            "Police arrested 12 people suspected of links to the Islamic State in Kirkuk"
            " on Monday.",
            (ARRESTS, "Police Forces of Iraq", "Islamic State", "Kirkuk"),
        ),
        (
            "Police detained a man in Odesa on Friday who was passing the coordinates of"
            " Ukrainian artillery units to Russian officers.",
            (ARRESTS, "Police Forces of Ukraine", "Civilians (Ukraine)", "Odesa"),
        ),
        (
            "Police arrested 15 youths in Kano on Tuesday, residents said.",
            (ARRESTS, "Police Forces of Nigeria", "Civilians (Nigeria)", "Kano"),
        ),
        (
            "The state security service said it had detained two men in Kharkiv on Saturday.",
            (ARRESTS, "Police Forces of Ukraine", "Civilians (Ukraine)", "Kharkiv"),
        ),
        (
            "Militants planted a bomb that wrecked an army truck near Dera Bugti on Sunday.",
            (
                "Remote explosive/landmine/IED",
                "Unidentified Armed Group (Pakistan)",
                "Military Forces of Pakistan",
                "Dera Bugti",
            ),
        ),
        (  # guard: the verb a trigger already
            "A bomb planted by militants struck an army truck near Dera Bugti on Sunday.",
            (
                "Remote explosive/landmine/IED",
                "Unidentified Armed Group (Pakistan)",
                "Military Forces of Pakistan",
                "Dera Bugti",
            ),
        ),
        (
            "Police trucks drove into protesters in Khartoum on Thursday, witnesses said.",
            (FORCE, "Police Forces of Sudan", "Protesters (Sudan)", "Khartoum"),
        ),
        (
            "National Guard troops rammed the crowd of demonstrators in Maracaibo on Monday.",
            (FORCE, "Military Forces of Venezuela", "Protesters (Venezuela)", "Maracaibo"),
        ),
        (  # guard
            "Police fired tear gas at protesters in Khartoum on Thursday, witnesses said.",
            (
                "Protest with intervention",
                "Protesters (Sudan)",
                "Police Forces of Sudan",
                "Khartoum",
            ),
        ),
        (
            "Militiamen burned villages around Kutum in North Darfur on Friday and shot those"
            " who tried to flee, survivors said.",
            ("Attack", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)", "Kutum"),
        ),
        (  # guard
            "Militiamen burned villages around Kutum in North Darfur on Friday, survivors said.",
            (
                "Looting/property destruction",
                "Unidentified Armed Group (Sudan)",
                "Civilians (Sudan)",
                "Kutum",
            ),
        ),
        (
            "Israeli jets destroyed a five-storey building in Rafah on Sunday after warning"
            " its residents to leave.",
            ("Air/drone strike", "Military Forces of Israel", None, "Rafah"),
        ),
        (  # guard
            "Israeli jets destroyed a five-storey building in Rafah on Sunday, killing"
            " three of its residents.",
            ("Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", "Rafah"),
        ),
        (
            "Gunmen shot dead a social leader in Cauca on Monday, the ombudsman said.",
            ("Attack", "Unidentified Armed Group (Colombia)", "Civilians (Colombia)", "Cauca"),
        ),
        (
            "Cattle raiders attacked a village near Bor in Jonglei on Sunday, killing six people.",
            (
                "Attack",
                "Unidentified Armed Group (South Sudan)",
                "Civilians (South Sudan)",
                "Bor",
            ),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_deaths_in_monsoon_floods_are_no_event(context: Context) -> None:
    text = "Torrential monsoon rains flooded villages near Sukkur on Monday, killing nine people."
    assert events(context, text) == []
    (event,) = events(context, "Gunmen killed nine people near Sukkur on Monday.")  # guard
    assert event.sub_event_type == "Attack"


def test_an_agreement_to_form_joint_forces(context: Context) -> None:
    text = "The army and the rebels agreed in Juba on Sunday to form joint patrols."
    (event,) = events(context, text)
    assert event.sub_event_type == "Agreement"
    assert events(context, "The two ministers agreed to hold joint talks on trade.") == []
