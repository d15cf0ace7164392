"""Phrasings of the twenty-third gold batch's kind (new theatres: Burundi, Togo, the
Philippines, Egypt…), on sentences the team wrote for these tests (none is in the gold
set): named militias, crowds that fight each other, lone attackers, armies that speak
of their own aircraft, ceasefires announced, and provinces the model names whole."""

from __future__ import annotations

from typing import Any

import pytest

from frontlog.context import Context

from .conftest import actor, assert_one_event, events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "case",  # text, type, actor1, actor2, dead
    [
        # a named militia's "youths" who beat a man to death attack him; no mob
        (
            "Imbonerakure members beat a teacher to death in Ngozi on Sunday.",
            "Attack",
            "Imbonerakure",
            "Civilians (Burundi)",
            1,
        ),
        # unarmed people of two villages who fight each other: mob violence, two mobs
        (
            "Residents of two rival villages fought with machetes near Comilla on Friday,"
            " leaving three dead.",
            "Mob violence",
            "Rioters (Bangladesh)",
            "Rioters (Bangladesh)",
            3,
        ),
        # "with N people killed": the toll of the clash
        (
            "Al-Shabaab fighters clashed with Somali troops in Jowhar on Monday, with at least"
            " six people killed.",
            "Armed clash",
            "Al Shabaab",
            "Military Forces of Somalia",
            6,
        ),
        # who a crowd "clashed with" is the other side of the riot
        (
            "Youths clashed with police in Kasserine on Monday, throwing stones and burning tyres.",
            "Violent demonstration",
            "Rioters (Tunisia)",
            "Police Forces of Tunisia",
            None,
        ),
        # an army named by its nationality word that speaks of "its aircraft"
        (
            "The Pakistani army said its aircraft had killed 15 militants in North"
            " Waziristan on Monday.",
            "Air/drone strike",
            "Military Forces of Pakistan",
            "Unidentified Armed Group (Pakistan)",
            15,
        ),
        # "marchers" fired on and killed: excessive force
        (
            "Police fired live rounds at marchers in Sokode on Saturday, killing two.",
            "Excessive force against protesters",
            "Police Forces of Togo",
            "Protesters (Togo)",
            2,
        ),
        # a shell that "fell on" a place is shelling
        (
            "A mortar shell fell on a school in Idlib on Monday, wounding four pupils.",
            "Shelling/artillery/missile attack",
            None,
            "Civilians (Syria)",
            None,
        ),
        # a gunfight told before what was seized after it
        (
            "Police seized two rifles after a gunfight with bandits near Kaduna on Monday.",
            "Armed clash",
            "Police Forces of Nigeria",
            "Unidentified Armed Group (Nigeria)",
            None,
        ),
        # a group that announces a ceasefire of its own changes its activity
        (
            "The NPA announced a ceasefire for the holidays on Friday.",
            "Change to group/activity",
            "New People's Army",
            None,
            None,
        ),
        # one man who throws a grenade is an unidentified armed attacker
        (
            "A man threw a grenade into a wedding party in Jolo on Sunday, wounding seven guests.",
            "Grenade",
            "Unidentified Armed Group (Philippines)",
            "Civilians (Philippines)",
            None,
        ),
        # the twenty-fourth batch's: a group named as the modifier of an ambush did it
        (
            "Two soldiers were killed in a Taliban ambush near Kunduz on Friday.",
            "Armed clash",
            "Taliban",
            "Military Forces of Afghanistan",
            2,
        ),
        # one person named by nationality is a civilian of that nation, and one dead
        (
            "Settlers shot dead a 19-year-old Palestinian near Ramallah on Friday.",
            "Attack",
            "Israeli Settlers",
            "Civilians (Palestine)",
            1,
        ),
        # "armed youths from the Murle community": the people's militia
        (
            "Armed youths from the Murle community abducted six children near Pibor on Sunday.",
            "Abduction/forced disappearance",
            "Murle Ethnic Militia (South Sudan)",
            "Civilians (South Sudan)",
            None,
        ),
        (
            "Maoists ambushed a CRPF patrol in Sukma on Monday, killing three.",
            "Armed clash",
            "Communist Party of India (Maoist)",
            "Police Forces of India",
            3,
        ),
        (
            "FACT rebels attacked an army post near Zouar on Monday.",
            "Armed clash",
            "Front for Change and Concord in Chad",
            "Military Forces of Chad",
            None,
        ),
        # what a mob burns is civilians' (unless the police are named)
        (
            "A mob burned the house of a local councillor in Sylhet on Sunday.",
            "Mob violence",
            "Rioters (Bangladesh)",
            "Civilians (Bangladesh)",
            None,
        ),
        # troops who "returned" to a town the other side left
        (
            "Malian troops returned to the town of Ansongo after the rebels pulled out on Monday.",
            "Non-violent transfer of territory",
            "Military Forces of Mali",
            None,
            None,
        ),
        # an armed group that opens an office sets up a base
        (
            "The Taliban opened an office in the town of Ghormach on Sunday.",
            "Headquarters or base established",
            "Taliban",
            None,
            None,
        ),
        # the twenty-fifth batch's: what a crowd burns is mob violence
        (
            "A crowd set fire to two buses in Alwar on Monday.",
            "Mob violence",
            "Rioters (India)",
            "Civilians (India)",
            None,
        ),
        # party supporters who fight each other are two mobs
        (
            "Supporters of two rival parties fought with sticks in Noakhali on Friday.",
            "Mob violence",
            "Rioters (Bangladesh)",
            "Rioters (Bangladesh)",
            None,
        ),
        (
            "SPLA-IO fighters attacked an army post near Yei on Sunday.",
            "Armed clash",
            "Sudan People's Liberation Movement-In Opposition",
            "Military Forces of South Sudan",
            None,
        ),
        # the twenty-sixth batch's: police who baton-charge protesters intervene
        (
            "Police baton-charged a group of nurses protesting over unpaid wages in Lucknow on"
            " Monday.",
            "Protest with intervention",
            "Protesters (India)",
            "Police Forces of India",
            None,
        ),
        # a device destroyed before it went off is a disrupted weapon, not a bombing
        (
            "Soldiers destroyed an explosive device found near Gao on Monday.",
            "Disrupted weapons use",
            "Military Forces of Mali",
            None,
            None,
        ),
        # a device "set off" as a patrol passed is a bombing
        (
            "Militants set off an explosive device as an army patrol passed near Kunduz on Monday.",
            "Remote explosive/landmine/IED",
            "Unidentified Armed Group (Afghanistan)",
            "Military Forces of Afghanistan",
            None,
        ),
    ],
)
def test_more_theatres_type_the_event(context: Context, case: tuple[Any, ...]) -> None:
    assert_one_event(context, *case)


def test_villagers_who_fight_gunmen_are_no_mob(context: Context) -> None:
    text = "Villagers fought off gunmen who raided Kankara on Friday, killing two of them."
    (event,) = events(context, text)
    assert event.sub_event_type != "Mob violence"


def test_a_possessed_victim_is_one_person(context: Context) -> None:
    (event,) = events(context, "Gunmen shot dead a senator's bodyguard in Zaria on Friday.")
    assert event.fatalities.best == 1


def test_the_wounded_after_and_share_the_verb(context: Context) -> None:
    text = "Four police officers were killed and six wounded when a bomb hit their truck."
    (event,) = events(context, text)
    injured = [c.count for claim in event.claims for c in claim.injured]
    assert (event.fatalities.best, injured) == (4, [6])


def test_forces_named_by_nationality_choose_among_places_of_a_name(context: Context) -> None:
    text = "The Nigerian army said its troops had killed 12 militants in Borno on Monday."
    (event,) = events(context, text)
    assert event.location.country == "NG"  # not Borna in Germany
    assert actor(event, "actor1") == "Military Forces of Nigeria"


@pytest.mark.parametrize(
    "text, place",
    [
        ("Saudi-led warplanes struck a prison in Saada province on Friday.", "Saada"),
        ("Houthi drones hit an oil plant in the Eastern Province on Tuesday.", "Eastern Province"),
    ],
)
def test_a_province_the_model_names_whole(context: Context, text: str, place: str) -> None:
    (event,) = events(context, text)
    assert event.location.name == place


def test_a_place_a_drone_was_downed_over(context: Context) -> None:
    (event,) = events(context, "The Houthis shot down a drone over Hodeidah on Monday.")
    assert event.location.name == "Hodeidah"


def test_a_nations_drone_is_no_civilian(context: Context) -> None:
    # a guard for "a 17-year-old Palestinian": "a US drone" is no person
    (event,) = events(context, "Houthi forces shot down a US drone over Marib on Monday.")
    assert actor(event, "actor2") != "Civilians (United States)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # villagers who fight a named group are no mob
        ("Villagers fought with Boko Haram near Gwoza on Friday.", "Armed clash"),
        # a meeting broken up is no protest
        (
            "Police broke up a meeting of an opposition party in Moundou and detained its leader.",
            "Arrests",
        ),
        # a guard: "broke up" is now read by what was broken up
        ("Police broke up a protest in Harare on Monday.", "Protest with intervention"),
    ],
)
def test_what_the_crowd_was_decides_the_type(context: Context, text: str, expected: str) -> None:
    (event,) = events(context, text)
    assert event.sub_event_type == expected


def test_a_holiday_is_no_place(context: Context) -> None:
    text = "Police in Kandahar arrested four men during Ramadan, officials said."
    (event,) = events(context, text)
    assert [p.name for p in event.locations] == ["Kandahar"]


def test_a_place_called_a_town_tells_the_reports_country(context: Context) -> None:
    # the model labels "Baneh" an organisation; "the town of" says it is a place, and
    # "the Kurdish town" says whose town, not where
    text = (
        "Villagers in the Kurdish town of Baneh said border guards had shot dead two "
        "porters carrying goods across the mountains from Iraq on Tuesday."
    )
    (event,) = events(context, text)
    assert [(p.name, p.country) for p in event.locations] == [("Baneh", "IR")]
    assert (event.sub_event_type, actor(event, "actor1"), actor(event, "actor2")) == (
        "Attack",
        "Military Forces of Iran",
        "Civilians (Iran)",
    )


def test_a_place_called_a_village_counts_only_in_its_actors_countries(context: Context) -> None:
    # the Syrian Democratic Forces fight at home: Arima is theirs, not Trinidad's
    text = (
        "Turkish-backed factions took the village of Arima from the Syrian Democratic "
        "Forces on Friday, a monitor said."
    )
    (event,) = events(context, text)
    assert [(p.name, p.country) for p in event.locations] == [("Arima", "SY")]
