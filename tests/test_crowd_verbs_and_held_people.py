"""Crowd-control verbs written with a hyphen ("tear-gassed", "pepper-sprayed"), and
further readings from the dev errors of the forty-seventh gold batch, on sentences the
team wrote for these tests (none is in the gold set). Each reading has a guard case
that the old code also got right."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import type_sides_place as read

pytestmark = pytest.mark.model


INTERVENTION = "Protest with intervention"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb made of two words and a hyphen is one word, parsed as a verb
        (
            "Riot police tear-gassed hundreds of opposition supporters in Lahore on Sunday.",
            (INTERVENTION, "Protesters (Pakistan)", "Police Forces of Pakistan", "Lahore"),
        ),
        (
            "Police pepper-sprayed students during a protest in Novi Sad on Tuesday.",
            (INTERVENTION, "Protesters (Serbia)", "Police Forces of Serbia", "Novi Sad"),
        ),
        (
            "Police baton-charged nurses demanding back pay outside the health ministry in"
            " Quetta on Thursday.",
            (INTERVENTION, "Protesters (Pakistan)", "Police Forces of Pakistan", "Quetta"),
        ),
        (  # guard: the words apart
            "Riot police fired tear gas at hundreds of opposition supporters in Lahore on Sunday.",
            (INTERVENTION, "Protesters (Pakistan)", "Police Forces of Pakistan", "Lahore"),
        ),
    ],
)
def test_readings(context: Context, text: str, expected: tuple[str, ...]) -> None:
    assert read(context, text) == expected
