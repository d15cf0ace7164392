"""Crowds that protest by a purpose or a strike, and forces named by a model of weapon
or by the recruits they lose: readings from the dev errors of the gold batches."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import actor, events, one_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest that is the purpose of a deed that happened
        (
            "Hundreds of people gathered in Lagos on Monday to protest against fuel prices.",
            "Peaceful protest",
        ),
        (
            "Traders closed their shops in Goma on Tuesday to protest against insecurity.",
            "Peaceful protest",
        ),
        (
            "A crowd set up burning barricades in Jacmel on Monday to protest against fuel "
            "shortages.",
            "Violent demonstration",
        ),
        # workers striking over pay are a crowd; tear gas at them is an intervention
        (
            "Riot police fired tear gas at a crowd of bus drivers striking over unpaid wages "
            "in Tabriz on Monday.",
            "Protest with intervention",
        ),
        # a gathering dispersed is a protest met by force
        (
            "Police fired tear gas to disperse mourners gathered at a cemetery in Sanandaj on "
            "Friday.",
            "Protest with intervention",
        ),
        # "detained" describing whom a march is about is no arrest at the march
        (
            "Thousands marched peacefully through Sagaing on Sunday to demand the release of "
            "detained monks.",
            "Peaceful protest",
        ),
        # soldiers who march through villages are no protest; their killing is the event
        (
            "Soldiers marched through villages near Monywa on Monday and shot dead three men.",
            "Attack",
        ),
        # crowds chanting against the government, fired on with deaths: excessive force
        (
            "Police in Sanandaj fired on crowds chanting against the government on Friday, and "
            "two men died of their wounds.",
            "Excessive force against protesters",
        ),
        # tyres set ablaze then tear gas: the crowd rioted, the police answered
        (
            "Supporters of a defeated candidate set tyres ablaze and blocked roads in Kisii on "
            "Monday, and police fired tear gas to clear them.",
            "Violent demonstration",
        ),
        # a crowd that beat men suspected of theft: the parser hung "beat" on the theft
        (
            "A crowd seized two youths suspected of stealing a motorbike in Bauchi on Friday and"
            " beat them, police said.",
            "Mob violence",
        ),
    ],
)
def test_what_a_crowd_did(context: Context, text: str, expected: str) -> None:
    assert one_type(context, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The union planned to protest in Abuja on Monday.",  # a plan, not a protest
        "Students will gather in Accra to protest against fees.",  # still to come
    ],
)
def test_a_protest_only_intended_is_no_event(context: Context, text: str) -> None:
    assert events(context, text) == []


def test_a_drone_named_by_its_model_is_its_nations(context: Context) -> None:
    text = "Houthi forces shot down a US MQ-9 Reaper drone over Hodeidah on Monday."
    (event,) = events(context, text)
    assert (actor(event, "actor1"), actor(event, "actor2")) == (
        "Ansar Allah",
        "Military Forces of the United States",
    )


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "Twenty recruits were killed when a missile struck a training camp in Marib on Sunday.",
            "Military Forces of Yemen",
        ),
        (
            "A suicide bomber killed 20 police recruits at a training centre in Quetta.",
            "Police Forces of Pakistan",
        ),
    ],
)
def test_recruits_are_their_forces(context: Context, text: str, victims: str) -> None:
    (event,) = events(context, text)
    assert actor(event, "actor2") == victims


@pytest.mark.parametrize(
    "text",
    [
        "Clan militias fought near Beledweyne on Monday, killing six men.",
        "Rival clan militias clashed near Beledweyne on Monday, killing six men.",
        # the truce agreed after the fighting does not make the fighting an agreement
        "Clan militias fought over a well near Beledweyne on Monday, killing six men, "
        "elders said; a ceasefire was agreed later in the day.",
    ],
)
def test_armed_groups_that_fought_no_one_named_fought_each_other(
    context: Context, text: str
) -> None:
    (event,) = events(context, text)
    assert event.sub_event_type == "Armed clash"
    assert actor(event, "actor1") == actor(event, "actor2") == "Unidentified Armed Group (Somalia)"


def test_soldiers_who_fought_no_one_named_did_not_fight_each_other(context: Context) -> None:
    (event,) = events(context, "Soldiers fought near Beledweyne on Monday.")
    assert actor(event, "actor1") == "Military Forces of Somalia"
    assert actor(event, "actor2") != "Military Forces of Somalia"


def test_a_riot_answered_by_the_police_has_the_rioters_first(context: Context) -> None:
    text = (
        "Supporters of a defeated candidate set tyres ablaze and blocked roads in Kisii on "
        "Monday, and police fired tear gas to clear them."
    )
    (event,) = events(context, text)
    assert (actor(event, "actor1"), actor(event, "actor2")) == (
        "Rioters (Kenya)",
        "Police Forces of Kenya",
    )


@pytest.mark.parametrize(
    "text",
    [  # written for this test: the parser hangs the verb on "Hundreds" as a participle
        "Hundreds of teachers protested in Nairobi on Monday.",
        "Thousands of farmers marched in Delhi on Tuesday against the new laws.",
    ],
)
def test_a_crowd_counted_with_of_that_protested_protested(context: Context, text: str) -> None:
    (event,) = events(context, text)
    assert event.sub_event_type == "Peaceful protest"
