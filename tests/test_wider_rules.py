"""Typing rules that carry to phrasings the first rules did not know, on sentences the
team wrote for these tests (none is in the gold set). Actors: test_wider_actors.py;
places and counts: test_wider_places.py."""

from __future__ import annotations

from typing import Any

import pytest

from frontlog.context import Context

from .conftest import actor, assert_one_event, events

pytestmark = pytest.mark.model


def test_a_suicide_attacker_makes_a_suicide_bomb(context: Context) -> None:
    (event,) = events(
        context, "A suicide attacker detonated a vest at a wedding in Kabul, killing 20 guests."
    )
    assert event.sub_event_type == "Suicide bomb"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government troops entered Kherson on Sunday after weeks of fighting.",
            "Government regains territory",
        ),
        (
            "Rebels entered the town of Goma after clashes with the army on Monday.",
            "Non-state actor overtakes territory",
        ),
        ("Armenia and Azerbaijan swapped 40 prisoners on Tuesday.", "Agreement"),
        (
            "Insurgents overran three army posts in Kidal region on Friday.",
            "Non-state actor overtakes territory",
        ),
        # the tokenizer splits "sit-in"; the parse hangs "of X" on "took", not "control"
        ("Nurses staged a sit-in in Yangon on Monday against the junta.", "Peaceful protest"),
        (
            "The RSF took control of Nyala on Thursday after heavy fighting with the army.",
            "Non-state actor overtakes territory",
        ),
        (
            "Gunmen forced a priest into a van in Tijuana on Monday and he remains missing.",
            "Abduction/forced disappearance",
        ),
        (
            "The last rebels left Daraya on buses and army units deployed in the town under an"
            " evacuation deal on Friday.",
            "Non-violent transfer of territory",
        ),
        (
            "Iraqi troops retook the western districts of Ramadi on Sunday.",
            "Government regains territory",
        ),
        (  # the parse makes "away" an adverb
            "Masked men took away a doctor from his clinic in Homs on Friday and his"
            " whereabouts are unknown.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_more_ways_to_say_it(context: Context, text: str, expected: str) -> None:
    assert [e.sub_event_type for e in events(context, text)] == [expected]


def test_a_protest_about_past_killings_is_peaceful(context: Context) -> None:
    (event,) = events(
        context, "Students marched in Basra on Monday to condemn the killing of protesters."
    )
    assert event.sub_event_type == "Peaceful protest"


def test_fighting_a_fire_is_no_event(context: Context) -> None:
    assert events(context, "Firefighters battled a blaze at a warehouse in Odesa on Friday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces fired a missile barrage on Odesa overnight, killing 9 people.",
            ["Shelling/artillery/missile attack"],
        ),
        (
            "Unexploded ordnance went off in a field near Raqqa on Monday, killing two shepherds.",
            ["Remote explosive/landmine/IED"],
        ),
        ("A minibus collided with a lorry near Kano on Friday, killing 11 passengers.", []),
        ("Police arrested a man suspected of robbery in Puebla on Friday.", []),
        (
            "Police arrested two Sinaloa Cartel members suspected of robbery in Culiacan.",
            ["Arrests"],
        ),
    ],
)
def test_weapons_accidents_and_crime(context: Context, text: str, expected: list[str]) -> None:
    assert [e.sub_event_type for e in events(context, text)] == expected


def test_a_state_taking_a_place_abroad_overtakes_it(context: Context) -> None:
    (event,) = events(
        context,
        "Russian troops captured the town of Avdiivka after months of assaults, the defence"
        " ministry in Moscow said.",
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"
    # where the ministry sits is not where it happened
    assert [p.name for p in event.locations] == ["Avdiivka"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighters took 40 villagers hostage in Kidal on Monday.",
            "Abduction/forced disappearance",
        ),
        (
            "The militia announced on Monday that it had dissolved itself in Ituri.",
            "Change to group/activity",
        ),
        (
            "The last Italian soldiers withdrew from their base in Kidal on Friday.",
            "Change to group/activity",
        ),
        (
            "The junta said on Thursday it was ending the peace agreement with the rebels in Gao.",
            "Change to group/activity",
        ),
        ("Soldiers announced in Niamey that they had removed the president from power.", "Other"),
        ("Militants slit the throats of 12 farmers near Maiduguri on Friday.", "Attack"),
        (
            "Rebels walked into the governor's office in Goma on Sunday after the army fled.",
            "Non-violent transfer of territory",
        ),
        (
            "Soldiers shot dead 30 people in Mandalay as protests against the coup took place.",
            "Excessive force against protesters",
        ),
        (
            "Thousands marched in Yangon on Sunday to protest against the killing of protesters.",
            "Peaceful protest",
        ),
        ("Troops took most of the town of Bakhmut on Monday.", "Government regains territory"),
    ],
)
def test_more_phrasings(context: Context, text: str, expected: str) -> None:
    assert [e.sub_event_type for e in events(context, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an execution or a beheading is one-sided, whoever the victims were
        ("Militants beheaded 11 men in a village near Mocimboa da Praia on Friday.", ["Attack"]),
        (
            "Troops fired on protesters outside the parliament in Nairobi on Tuesday.",
            ["Excessive force against protesters"],
        ),
        (
            "Police fired tear gas and rubber bullets at demonstrators in Basra on Monday.",
            ["Protest with intervention"],
        ),
        (
            "Army units entered Harasta on Friday after the rebels agreed to evacuate.",
            ["Non-violent transfer of territory"],
        ),
        ("Rebels blew up a railway bridge near Homs on Friday.", ["Remote explosive/landmine/IED"]),
    ],
)
def test_one_sided_killings_and_more(context: Context, text: str, expected: list[str]) -> None:
    assert [e.sub_event_type for e in events(context, text)] == expected


def test_power_in_a_power_plant_is_no_coup(context: Context) -> None:
    found = events(context, "Soldiers seized the Zaporizhzhia power plant on Friday.")
    assert "Other" not in [e.sub_event_type for e in found]


def test_a_main_verb_the_parser_hung_on_its_subject_still_reports(context: Context) -> None:
    # the small model parses "Bandits" as the root and "abducted" as a participle of it
    (event,) = events(
        context, "Bandits abducted at least 12 worshippers from a mosque in Zamfara on Friday."
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert actor(event, "actor1") == "Unidentified Armed Group (Nigeria)"


def test_a_trigger_noun_the_parser_made_the_root_acts(context: Context) -> None:
    # parsed with "strike" as the root and "killed" hung on it as a participle
    (event,) = events(
        context, "A US drone strike killed at least 30 farmers in Nangarhar province on Sunday."
    )
    assert event.sub_event_type == "Air/drone strike"
    assert actor(event, "actor1") == "Military Forces of the United States"
    assert event.fatalities.best == 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund subject happened when its verb did
        (
            "Fighting between the army and rebels near Kalehe left 15 people dead on Wednesday.",
            "Armed clash",
        ),
        # people seized or grabbed are abducted: any word for unarmed people will do
        (
            "Militants seized six nurses near Kidal on Monday.",
            "Abduction/forced disappearance",
        ),
        (
            "Gunmen grabbed three engineers from a construction site in Katsina on Sunday.",
            "Abduction/forced disappearance",
        ),
        # a headquarters is taken like a base
        (
            "Rebels seized the army headquarters in Bunia on Friday.",
            "Non-state actor overtakes territory",
        ),
        # a name the model left unlabelled, recaptured, is a place
        ("Troops recaptured Marte on Sunday.", "Government regains territory"),
        ("The government and the ELN signed a deal in Havana on Thursday.", "Agreement"),
        # what a vehicle ran over is the event's means
        (
            "Three soldiers died when their truck ran over an explosive device near Tal Afar.",
            "Remote explosive/landmine/IED",
        ),
        # fired at armed men or their vehicles: a fight
        ("Gunmen fired at a police patrol in Kirkuk on Tuesday.", "Armed clash"),
    ],
)
def test_types_of_batch_eleven_phrasings(context: Context, text: str, expected: str) -> None:
    (event,) = events(context, text)
    assert event.sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "expected", "dead"),
    [
        ("Unknown gunmen opened fire on a police patrol in Quetta on Monday.", "Armed clash", None),
        (
            "Mediators arranged a prisoner swap between the army and the Arakan Army in Sittwe.",
            "Agreement",
            None,
        ),
        ("Two journalists were found dead in Culiacan on Monday.", "Attack", 2),
        ("Four farmers were found beheaded near Macomia on Friday.", "Attack", 4),
        (
            "The ELN suspended peace talks with the government on Monday.",
            "Change to group/activity",
            None,
        ),
        # one soldier killed by a named group: a fight, not an attack on civilians
        ("An Islamic State sniper killed a soldier near Baiji on Sunday.", "Armed clash", 1),
    ],
)
def test_types_of_batch_twelve_phrasings(
    context: Context, text: str, expected: str, dead: int | None
) -> None:
    (event,) = events(context, text)
    assert event.sub_event_type == expected
    assert event.fatalities.best == dead


def test_a_trade_agreement_signed_is_no_event(context: Context) -> None:
    assert events(context, "Kenya and Uganda signed an agreement on Monday to cut tariffs.") == []


@pytest.mark.parametrize(
    "case",  # text, type, actor1, actor2, dead
    [
        (
            "A Russian drone dropped an explosive on a tractor near Kupiansk on Monday, "
            "killing the driver.",
            "Air/drone strike",
            "Military Forces of Russia",
            "Civilians (Ukraine)",
            1,
        ),
        # whoever struck the mine was its target
        (
            "A minibus carrying traders struck a landmine near Douentza in Mali on Friday, "
            "killing five passengers.",
            "Remote explosive/landmine/IED",
            None,
            "Civilians (Mali)",
            5,
        ),
        (
            "Protesters ransacked the governor's office in Jos on Monday.",
            "Violent demonstration",
            "Rioters (Nigeria)",
            None,
            None,
        ),
        # "through" a place
        (
            "Farmers marched through Kano on Monday to demand fertiliser subsidies.",
            "Peaceful protest",
            "Protesters (Nigeria)",
            None,
            None,
        ),
        # sides of a fight in the order the report names them
        (
            "Government troops and Ansar Allah fighters fought near Hays on Monday.",
            "Armed clash",
            "Military Forces of Yemen",
            "Ansar Allah",
            None,
        ),
        # soldiers an army lost are its dead, and the army no attacker
        (
            "The army said it lost 12 soldiers in an ambush near Djibo on Friday.",
            "Armed clash",
            None,
            "Military Forces of Burkina Faso",
            12,
        ),
        (
            "Militants shot down a military helicopter near Kidal on Monday.",
            "Disrupted weapons use",
            "Unidentified Armed Group (Mali)",
            "Military Forces of Mali",
            None,
        ),
        (
            "Gunmen abducted three traditional rulers in Kogi on Sunday.",
            "Abduction/forced disappearance",
            "Unidentified Armed Group (Nigeria)",
            "Civilians (Nigeria)",
            None,
        ),
        (
            "An air strike killed a family of five in Saada on Monday.",
            "Air/drone strike",
            None,
            "Civilians (Yemen)",
            5,
        ),
    ],
)
def test_batch_thirteen_phrasings(context: Context, case: tuple[Any, ...]) -> None:
    assert_one_event(context, *case)
