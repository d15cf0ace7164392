"""A group's collaborators, people named by their trade, whose bombs were defused, who a
place was handed to, a rebel group's dead named by a generic word, tank fire, rival
groups that agreed, the Islamic State's provinces, a speaker the parser hung on the
dead, forces that strike abroad, places occupied after the soldiers left, attacks
foiled, a force's artillery, former ministers and prisoners freed (readings from the dev
errors of the forty-fourth and forty-fifth gold batches, on sentences the team wrote for
these tests; none is in the gold set). Each reading has a guard case that the old code
also got right."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import actor, events

pytestmark = pytest.mark.model


def sides(context: Context, text: str) -> tuple[str | None, str | None]:
    (event,) = events(context, text)
    return actor(event, "actor1"), actor(event, "actor2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people named by their trade are civilians
        (
            "Gunmen kidnapped a rancher near Arauquita on Sunday, the army said.",
            ("Unidentified Armed Group (Colombia)", "Civilians (Colombia)"),
        ),
        (
            "Separatists abducted a headmaster in Ndop on Tuesday, his family said.",
            ("Ambazonian Separatists", "Civilians (Cameroon)"),
        ),
        # a group's collaborators are not the group
        (
            "Soldiers detained nine suspected Boko Haram collaborators in Bama on Friday.",
            ("Military Forces of Nigeria", "Civilians (Nigeria)"),
        ),
        (  # guard: the group's fighters are the group
            "Boko Haram fighters killed two herders near Bama on Friday.",
            ("Boko Haram", "Civilians (Nigeria)"),
        ),
        # whose bombs were defused is no party to defusing them
        (
            "Soldiers defused two bombs planted on a bridge near Suarez on Tuesday, the army"
            " said, blaming the ELN.",
            ("Military Forces of Colombia", None),
        ),
        (  # guard: who is blamed for a killing did it
            "Gunmen shot dead a teacher near Suarez on Tuesday, the army said, blaming the ELN.",
            ("National Liberation Army (Colombia)", "Civilians (Colombia)"),
        ),
        # a place handed to a group's men is handed to the group
        (
            "Government troops handed over the district headquarters in Lawdar to Southern"
            " Transitional Council fighters on Monday without a fight.",
            ("Southern Transitional Council", None),
        ),
        # a rebel group's dead, named by a generic word, are its own
        (
            "Troops and New People's Army guerrillas exchanged fire near Kabankalan on"
            " Thursday; three guerrillas were killed, the army said.",
            ("Military Forces of the Philippines", "New People's Army"),
        ),
        # a government position hit: the soldiers killed there are the other side
        (
            "A Houthi drone hit a government position near Hays on Friday, killing three soldiers.",
            ("Ansar Allah", "Military Forces of Yemen"),
        ),
        # rival groups that agreed are both sides; who brokered it is no party
        (
            "Rival armed groups in Gharyan agreed on Sunday to a truce brokered by tribal elders.",
            ("Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)"),
        ),
        # the Islamic State in the Sahel is ACLED's Islamic State Sahel Province
        (
            "Islamic State fighters killed 11 villagers near Menaka on Sunday.",
            ("Islamic State Sahel Province", "Civilians (Mali)"),
        ),
        (  # guard: in Iraq it is the Islamic State
            "Islamic State militants attacked an army checkpoint near Kirkuk on Sunday.",
            ("Islamic State", "Military Forces of Iraq"),
        ),
        (  # guard: a pro-government militia's enemies, named generically, are not it
            "Volunteers for the Defense of the Homeland clashed with jihadists near Kaya on"
            " Monday, killing six of them, a local source said.",
            (
                "Volunteers for the Defense of the Homeland",
                "Unidentified Armed Group (Burkina Faso)",
            ),
        ),
    ],
)
def test_who_acted_on_whom(context: Context, text: str, expected: tuple[str, str | None]) -> None:
    assert sides(context, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tanks that fire shell
        (
            "Israeli tanks fired on a farmhouse near Khiam on Monday, killing a farmer.",
            ["Shelling/artillery/missile attack"],
        ),
        (  # guard: a tank that hit a mine was hit by the mine
            "A Ukrainian tank hit a mine near Robotyne on Monday.",
            ["Remote explosive/landmine/IED"],
        ),
        # a fuel tank that exploded is an accident
        ("A fuel tank exploded at a market in Aden on Monday, killing two traders.", []),
    ],
)
def test_tanks(context: Context, text: str, expected: list[str]) -> None:
    assert [e.sub_event_type for e in events(context, text)] == expected


def test_a_speaker_the_parser_hung_on_the_dead_is_not_one_of_them(context: Context) -> None:
    text = (
        "Jets struck the outskirts of Sarmin on Friday, killing a farmer and his wife, a local"
        " rescue group said."
    )
    (event,) = events(context, text)
    assert event.fatalities.best == 2


def test_forces_that_strike_abroad_do_not_name_the_dead(context: Context) -> None:
    text = "Russian warplanes struck a farm outside Tal Miskin on Friday, killing a shepherd."
    assert sides(context, text) == ("Military Forces of Russia", "Civilians")  # not Russians
    text = "Egyptian demonstrators clashed with police in Mahalla on Monday."
    assert sides(context, text) == ("Rioters (Egypt)", "Police Forces of Egypt")  # guard


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place occupied after the soldiers left changes hands without a fight
        (
            "Militants occupied the village of Chai on Friday after soldiers left, residents said.",
            ["Non-violent transfer of territory"],
        ),
        # "drone strikes on X killed", which the parser reads as a verb "strikes"
        (
            "Drone strikes on a market in the town of Dangila killed at least six people on"
            " Monday.",
            ["Air/drone strike"],
        ),
        # an attack foiled with the attackers killed was fought
        (
            "Soldiers foiled an attack on their base at Tongo Tongo on Monday, killing 15"
            " assailants, the army said.",
            ["Armed clash"],
        ),
        (  # guard: a bombing foiled by an arrest was not
            "Police foiled a suicide attack on a church in Lahore on Sunday, arresting the bomber.",
            ["Disrupted weapons use"],
        ),
    ],
)
def test_types_of_the_forty_fifth_batch(context: Context, text: str, expected: list[str]) -> None:
    assert [e.sub_event_type for e in events(context, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force's artillery is the force
        (
            "Army artillery pounded RSF positions in Omdurman on Monday.",
            ("Military Forces of Sudan", "Rapid Support Forces"),
        ),
        (  # guard: a civilian aircraft names no civilians
            "A Houthi drone hit a civilian aircraft parked at Jizan airport on Monday.",
            ("Ansar Allah", None),
        ),
        # a former minister is a civilian
        (
            "Police arrested a former minister in Bamako on Friday.",
            ("Police Forces of Mali", "Civilians (Mali)"),
        ),
        # prisoners a force freed are no party to its taking a town
        (
            "Fano fighters overran Bahir Dar on Tuesday and freed 300 prisoners from the city"
            " jail, residents said.",
            ("Fano", None),
        ),
    ],
)
def test_sides_of_the_forty_fifth_batch(
    context: Context, text: str, expected: tuple[str, str | None]
) -> None:
    assert sides(context, text) == expected
