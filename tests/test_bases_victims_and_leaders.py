"""Where a group is based, victims "among" the dead, the doer named in the trigger's
phrase, a junta's air strike, the speaker next to "said", local leaders as claimants,
youths armed with arms, people seized by men who are the fighters, and union leaders
(readings from the dev errors of the forty-sixth gold batch, on sentences the team wrote
for these tests; none is in the gold set). Each reading has a guard case that the old
code also got right."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import actor, events
from .conftest import type_sides_place as read

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a group is based is not where it fought
        (
            "A militia based in Zintan and a rival force fought with heavy weapons at the"
            " Wazin border crossing on Tuesday, officials said.",
            ("Armed clash", "Unidentified Armed Group (Libya)", None, "Wazin"),
        ),
        (  # guard: the only place named is still the place
            "Soldiers based in Gao were ambushed on Monday, the army said.",
            ("Armed clash", None, "Military Forces of Mali", "Gao"),
        ),
        # the subject of "were among five people killed" is of the victims
        (
            "A nurse was among seven people killed on Friday when government jets bombed a"
            " clinic in Maarat al-Numan, rescuers said.",
            (
                "Air/drone strike",
                "Military Forces of Syria",
                "Civilians (Syria)",
                "Maarat al-Numan",
            ),
        ),
        (  # guard: the doer named as the subject
            "Government jets bombed a clinic in Maarat al-Numan on Friday, killing a nurse.",
            (
                "Air/drone strike",
                "Military Forces of Syria",
                "Civilians (Syria)",
                "Maarat al-Numan",
            ),
        ),
        # the doer named in the trigger's own phrase, whatever the parser hung it on
        (
            "A US drone strike killed at least 12 shepherds resting after work in Khost province"
            " on Tuesday night, officials said.",
            (
                "Air/drone strike",
                "Military Forces of the United States",
                "Civilians (Afghanistan)",
                "Khost",
            ),
        ),
        # a junta's air strike is the military's
        (
            "A junta air strike hit a monastery in Sagaing region on Sunday, killing two monks.",
            ("Air/drone strike", "Military Forces of Myanmar", "Civilians (Myanmar)", "Sagaing"),
        ),
        (  # guard: the junta's troops were the military already
            "Junta troops burned homes in Sagaing region on Sunday, residents said.",
            (
                "Looting/property destruction",
                "Military Forces of Myanmar",
                "Civilians (Myanmar)",
                "Sagaing",
            ),
        ),
        # youths armed with spears are an armed group; youths with clubs a mob
        (
            "Youths armed with spears raided a cattle camp near Rumbek on Sunday and killed"
            " five herders, officials said.",
            (
                "Attack",
                "Unidentified Armed Group (South Sudan)",
                "Civilians (South Sudan)",
                "Rumbek",
            ),
        ),
        (  # guard
            "Youths armed with sticks beat two men to death in Rumbek on Sunday after accusing"
            " them of theft, officials said.",
            ("Mob violence", "Rioters (South Sudan)", "Civilians (South Sudan)", "Rumbek"),
        ),
        # the men who seized them are the fighters, the people seized the civilians
        (
            "Three nurses were seized at a checkpoint near Bamenda on Tuesday by men their"
            " employer described as Ambazonian fighters.",
            (
                "Abduction/forced disappearance",
                "Ambazonian Separatists",
                "Civilians (Cameroon)",
                "Bamenda",
            ),
        ),
        # union leaders are civilians
        (
            "Police in Moundou detained four student union leaders on Tuesday, their lawyer said.",
            ("Arrests", "Police Forces of Chad", "Civilians (Chad)", "Moundou"),
        ),
    ],
)
def test_forty_sixth_batch_readings(
    context: Context, text: str, expected: tuple[str, str | None, str | None, str]
) -> None:
    assert read(context, text) == expected


def test_the_speaker_is_the_subject_next_to_said(context: Context) -> None:
    text = (
        "ADF rebels killed at least nine villagers with machetes in Oicha on Sunday night,"
        " a local civil society leader said."
    )
    (event,) = events(context, text)
    assert actor(event, "actor1") == "Allied Democratic Forces"  # the doer, not the speaker
    (claim,) = event.claims
    assert (claim.claimant, claim.claimant_kind) == ("local sources", "local_source")
    # guard: "the leader" alone is no local source (the outlet's own word)
    (plain,) = events(context, "Gunmen killed nine villagers in Oicha on Sunday, the leader said.")
    assert plain.claims[0].claimant_kind != "local_source"


def test_an_agreement_to_hold_talks_between_warring_parties(context: Context) -> None:
    text = (
        "The government and the ELN rebels agreed in Caracas on Monday to hold a new round"
        " of negotiations."
    )
    assert read(context, text) == (
        "Agreement",
        "Government of Colombia",
        "National Liberation Army (Colombia)",
        "Caracas",
    )
    # guard: talks with no armed party in them are no event
    assert events(context, "The two parties agreed on Tuesday to resume talks on the budget.") == []
