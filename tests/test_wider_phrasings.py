"""Phrasings of the fifteenth gold batch's kind, on sentences the team wrote for these
tests (none is in the gold set): type, sides and dead together."""

from __future__ import annotations

from typing import Any

import pytest

from frontlog.context import Context

from .conftest import assert_one_event, events

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
        # "mine" where one went off
        (
            "Three herders died when their cart drove over a mine near Gao on Sunday.",
            "Remote explosive/landmine/IED",
            None,
            "Civilians (Mali)",
            3,
        ),
        # a grenade dropped from a drone is a drone strike; a force's trench is the force's
        (
            "A Russian drone dropped a grenade into a Ukrainian trench near Bakhmut on Monday.",
            "Air/drone strike",
            "Military Forces of Russia",
            "Military Forces of Ukraine",
            None,
        ),
        (
            "Syrian air defences downed three Israeli missiles over Damascus on Sunday.",
            "Disrupted weapons use",
            "Military Forces of Syria",
            "Military Forces of Israel",
            None,
        ),
        # a hyphenated word between the nationality and the force
        (
            "Afghan special-forces units fought Taliban insurgents near Lashkar Gah on Monday.",
            "Armed clash",
            "Military Forces of Afghanistan",
            "Taliban",
            None,
        ),
        # people marching are a protest; tear gas fired on them an intervention
        (
            "Police fired tear gas on thousands of people marching in Kassala on Monday.",
            "Protest with intervention",
            "Protesters (Sudan)",
            "Police Forces of Sudan",
            None,
        ),
        # counted nationals are civilians of their nation; a nation's border guards its forces
        (
            "Four Afghans were shot dead by Iranian border guards near Zaranj on Friday.",
            "Attack",
            "Military Forces of Iran",
            "Civilians (Afghanistan)",
            4,
        ),
        (
            "Israeli police detained dozens of Palestinians in Silwan on Tuesday.",
            "Arrests",
            "Police Forces of Israel",
            "Civilians (Palestine)",
            None,
        ),
        (
            "Tigrayan fighters looted the hospital in Kobo on Sunday, residents said.",
            "Looting/property destruction",
            "Tigray People's Liberation Front",
            "Civilians (Ethiopia)",
            None,
        ),
        # a place that fell to someone, or underwent what the verb says, as the subject
        (
            "The town of Hajjah fell to the Houthis on Sunday after a week of fighting.",
            "Non-state actor overtakes territory",
            "Ansar Allah",
            None,
            None,
        ),
        (
            "Qaryatayn fell into the hands of Islamic State fighters on Monday.",
            "Non-state actor overtakes territory",
            "Islamic State",
            None,
            None,
        ),
        (
            "Gwoza was recaptured by Nigerian troops on Friday.",
            "Government regains territory",
            "Military Forces of Nigeria",
            None,
            None,
        ),
        # sides named after the fighting, in the report's order
        (
            "Fighting broke out between Fano militiamen and government soldiers near Gondar"
            " on Tuesday.",
            "Armed clash",
            "Fano",
            "Military Forces of Ethiopia",
            None,
        ),
        # a force's centre, party or bases name the force ("bases": lemma "basis")
        (
            "A suicide bomber blew himself up at a police training centre in Quetta, killing"
            " two guards.",
            "Suicide bomb",
            None,
            "Police Forces of Pakistan",
            2,
        ),
        (
            "Militants hurled a grenade at a police party in Sopore on Friday.",
            "Grenade",
            "Unidentified Armed Group (India)",
            "Police Forces of India",
            None,
        ),
        (
            "Rebels attacked army bases in El Fasher on Saturday.",
            "Armed clash",
            "Unidentified Armed Group (Sudan)",
            "Military Forces of Sudan",
            None,
        ),
        # the sixteenth batch: a part named "among them" is not more dead
        (
            "At least nine people, among them two children, died when shells landed on a market"
            " in Hodeidah on Monday.",
            "Shelling/artillery/missile attack",
            None,
            "Civilians (Yemen)",
            9,
        ),
        (
            "Gunmen stopped a bus near Zurmi and took away 14 passengers on Sunday.",
            "Abduction/forced disappearance",
            "Unidentified Armed Group (Nigeria)",
            "Civilians (Nigeria)",
            None,
        ),
        (
            "Three rockets landed near the US embassy in Baghdad on Sunday.",
            "Shelling/artillery/missile attack",
            None,
            None,
            None,
        ),
        (
            "Russian shelling killed one resident in Nikopol on Friday.",
            "Shelling/artillery/missile attack",
            "Military Forces of Russia",
            "Civilians (Ukraine)",
            1,
        ),
        # who beat the attack back, in a clause of its own, was attacked
        (
            "Jihadists attacked the town of Djibo at dawn on Sunday before soldiers drove"
            " them back.",
            "Armed clash",
            "Unidentified Armed Group (Burkina Faso)",
            "Military Forces of Burkina Faso",
            None,
        ),
        # two armed groups fighting each other; a passer-by killed is their toll
        (
            "Fighters of two armed groups exchanged fire in Misrata on Friday, and a passer-by"
            " was killed by a stray bullet.",
            "Armed clash",
            "Unidentified Armed Group (Libya)",
            "Unidentified Armed Group (Libya)",
            1,
        ),
        # the seventeenth batch: stones thrown, then tear gas, is a violent demonstration
        (
            "Students threw stones at police outside parliament in Lima on Monday, and"
            " officers responded with tear gas.",
            "Violent demonstration",
            "Rioters (Peru)",
            "Police Forces of Peru",
            None,
        ),
        # villagers who beat a man to death are a mob; "beat" is a past tense in news
        (
            "Villagers beat to death a man accused of stealing a cow in Ranchi on Friday.",
            "Mob violence",
            "Rioters (India)",
            "Civilians (India)",
            1,
        ),
        (
            "Soldiers recovered a cache of explosives from a farm near Tikrit on Monday.",
            "Disrupted weapons use",
            "Military Forces of Iraq",
            None,
            None,
        ),
        # the eighteenth batch: what a compound says the weapon is
        (
            "Russian glide bombs hit the town of Orikhiv on Sunday.",
            "Air/drone strike",
            "Military Forces of Russia",
            None,
            None,
        ),
        (
            "Mortar rounds struck near the airport in Kismayo on Monday.",
            "Shelling/artillery/missile attack",
            None,
            None,
            None,
        ),
        (
            "Settlers uprooted olive trees near the village of Qaryut on Saturday.",
            "Looting/property destruction",
            "Israeli Settlers",
            "Civilians (Palestine)",
            None,
        ),
    ],
)
def test_batch_fifteen_phrasings(context: Context, case: tuple[Any, ...]) -> None:
    assert_one_event(context, *case)


@pytest.mark.parametrize(
    "text",
    [
        "The gold mine near Gao employed 500 people last year.",
        "The mine near Gao closed on Sunday after a fall in prices.",
        "Miners downed tools at the mine near Gao on Sunday.",
        "Oil prices fell to their lowest level in Basra on Monday.",
        "Two army helicopters landed in Baghdad on Monday.",
    ],
)
def test_a_mine_that_went_off_is_no_mine_at_work(context: Context, text: str) -> None:
    assert [e.sub_event_type for e in events(context, text)] == []


def test_the_place_that_was_shelled_is_its_subject(context: Context) -> None:
    (event,) = events(context, "Kharkiv was shelled by Russian forces on Sunday.")
    assert [p.name for p in event.locations] == ["Kharkiv"]
    # a man struck by an airstrike is no place, whatever his name's shape
    (struck,) = events(
        context, "Abu Khalid al-Iraqi was struck and killed by an airstrike near Mayadin."
    )
    assert [p.name for p in struck.locations] == ["Mayadin"]


def test_what_a_victim_had_done_once_is_background(context: Context) -> None:
    found = events(
        context, "Gunmen shot dead a former rebel who had signed the peace deal in Tumaco."
    )
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_an_air_force_strikes_from_the_air(context: Context) -> None:
    found = events(context, "The army said its air force had destroyed rebel positions near Kutum.")
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]
