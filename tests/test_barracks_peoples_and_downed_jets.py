"""Barracks attacked, peoples of northern Ghana who fight each other, drug traffickers
and loyalists as armed men, tribal sheikhs as civilians, aircraft "brought down", from
the dev errors of the fiftieth gold batch, on sentences the team wrote for these tests
(none is in the gold set). Each reading has a guard case that the old code also got
right."""

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
