"""Barracks attacked, peoples of northern Ghana who fight each other, drug traffickers
and loyalists as armed men, tribal sheikhs as civilians, aircraft "brought down", from
the dev errors of the fiftieth gold batch; al-Qaeda in Yemen, the MILF, West Papua
rebels, and a person taken "from his home" in the passive who is no place, from the
fifty-first's. On sentences the team wrote for these tests (none is in the gold set);
each reading has a guard case that the old code also got right."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import type_sides_place as read

pytestmark = pytest.mark.model

CLASH = "Armed clash"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen attacked an army barracks in Kaduna before dawn on Sunday, officials said.",
            (CLASH, "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria", "Kaduna"),
        ),
        (  # guard: a base
            "Gunmen attacked an army base in Kaduna before dawn on Sunday, officials said.",
            (CLASH, "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria", "Kaduna"),
        ),
        (
            "Two men were killed when Kusasi and Mamprusi gunmen traded fire in Bawku on Monday.",
            (CLASH, "Kusasi Ethnic Militia (Ghana)", "Mamprusi Ethnic Militia (Ghana)", "Bawku"),
        ),
        (
            "Police killed six suspected drug traffickers in a shootout in Manaus on Tuesday.",
            (CLASH, "Police Forces of Brazil", "Unidentified Armed Group (Brazil)", "Manaus"),
        ),
        (
            "Former regime loyalists ambushed an army patrol near Jableh on Thursday.",
            (CLASH, "Unidentified Armed Group (Syria)", "Military Forces of Syria", "Jableh"),
        ),
        (
            "Unknown gunmen assassinated a tribal sheikh outside his home in Fallujah on Monday.",
            ("Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "Fallujah"),
        ),
        (
            "Houthi fighters brought down a US drone over Marib on Tuesday, the group said.",
            (
                "Disrupted weapons use",
                "Ansar Allah",
                "Military Forces of the United States",
                "Marib",
            ),
        ),
        (  # al-Qaeda in Yemen is ACLED's AQAP
            "Gunmen of al-Qaeda shot dead two soldiers at a checkpoint in Lawdar on Friday.",
            (CLASH, "Al Qaeda in the Arabian Peninsula", "Military Forces of Yemen", "Lawdar"),
        ),
        (
            "Soldiers clashed with MILF fighters in Basilan on Tuesday, the army said.",
            (
                CLASH,
                "Military Forces of the Philippines",
                "Moro Islamic Liberation Front",
                "Basilan",
            ),
        ),
        (
            "West Papua rebels set fire to a school in Wamena on Wednesday, police said.",
            (
                "Looting/property destruction",
                "West Papua National Liberation Army",
                "Civilians (Indonesia)",
                "Wamena",
            ),
        ),
        (  # guard: "shot down"
            "Houthi fighters shot down a US drone over Marib on Tuesday, the group said.",
            (
                "Disrupted weapons use",
                "Ansar Allah",
                "Military Forces of the United States",
                "Marib",
            ),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected


def test_a_person_taken_in_the_passive_is_no_place(context: Context) -> None:
    from .conftest import events

    text = "An opposition MP was taken from his home in Lubumbashi on Sunday by unknown men."
    assert all(
        e.sub_event_type != "Non-state actor overtakes territory" for e in events(context, text)
    )
    (event,) = events(context, "The town of Kidal was taken by rebels on Monday.")  # guard
    assert event.sub_event_type == "Non-state actor overtakes territory"
