"""Phrasings of the fifteenth gold batch's kind, on sentences the team wrote for these
tests (none is in the gold set): type, sides and dead together."""

from __future__ import annotations

from typing import Any

import pytest

from frontlog.context import Context

from .conftest import assert_one_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "case",  # text, type, actor1, actor2, dead
    [
        # "set ablaze" (read as an adverb), "set alight", "set on fire"; passive or not
        (
            "Dozens of shops in Mutare were set ablaze by gunmen on Monday.",
            "Looting/property destruction",
            "Unidentified Armed Group (Zimbabwe)",
            "Civilians (Zimbabwe)",
            None,
        ),
        (
            "Soldiers had set the shops alight in Bunia before they left on Friday.",
            "Looting/property destruction",
            "Military Forces of the Democratic Republic of Congo",
            "Civilians (Democratic Republic of Congo)",
            None,
        ),
        (
            "Houses in Tal Afar were set on fire by militants on Friday.",
            "Looting/property destruction",
            "Unidentified Armed Group (Iraq)",
            "Civilians (Iraq)",
            None,
        ),
        # the killing, not the fire, types the sentence
        (
            "Police shot dead 12 protesters in Kisumu on Tuesday as shops were set ablaze.",
            "Excessive force against protesters",
            "Police Forces of Kenya",
            "Protesters (Kenya)",
            12,
        ),
        # an age is no count
        (
            "A 14-year-old boy was shot dead by soldiers at a protest in Conakry on Monday.",
            "Excessive force against protesters",
            "Military Forces of Guinea",
            "Protesters (Guinea)",
            1,
        ),
    ],
)
def test_batch_fifteen_phrasings(context: Context, case: tuple[Any, ...]) -> None:
    assert_one_event(context, *case)
