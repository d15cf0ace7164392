"""Phrasings of the nineteenth gold batch's kind, on sentences the team wrote for these
tests (none is in the gold set): what a protest, a fight, a people or a journey says
about the event."""

from __future__ import annotations

from typing import Any

import pytest

from frontlog.context import Context

from .conftest import actor, assert_one_event, events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "case",  # text, type, actor1, actor2, dead
    [
        # a killing while a protest goes on, told by a protest verb ("as crowds took to
        # the streets"): excessive force
        (
            "Soldiers shot dead two men in Conakry on Tuesday as crowds poured into the"
            " streets to protest against fuel prices.",
            "Excessive force against protesters",
            "Military Forces of Guinea",
            "Protesters (Guinea)",
            2,
        ),
        # a protest after the killing is about it: a peaceful protest
        (
            "Hundreds of people marched through Kano on Friday after police shot dead a trader.",
            "Peaceful protest",
            "Protesters (Nigeria)",
            None,
            None,
        ),
        # arrests ahead of a protest still to come are arrests
        (
            "Police arrested 12 activists in Harare on Monday ahead of a planned march"
            " against the government.",
            "Arrests",
            "Police Forces of Zimbabwe",
            "Civilians (Zimbabwe)",
            None,
        ),
        # petrol bombs thrown by demonstrators (as before), and by attackers at a house
        (
            "Demonstrators threw petrol bombs at a police station in Basra on Sunday night.",
            "Violent demonstration",
            "Rioters (Iraq)",
            "Police Forces of Iraq",
            None,
        ),
        (
            "Unknown attackers threw Molotov cocktails at a house in Jenin on Tuesday.",
            "Looting/property destruction",
            "Unidentified Armed Group (Palestine)",
            "Civilians (Palestine)",
            None,
        ),
        # "traded fire": both sides, in the order named
        (
            "Houthi fighters and government troops traded fire near Taiz on Monday.",
            "Armed clash",
            "Ansar Allah",
            "Military Forces of Yemen",
            None,
        ),
        # confronting armed men is a fight; beating them back makes them the attackers
        (
            "Soldiers confronted bandits near Gusau on Sunday, forcing them back into the forest.",
            "Armed clash",
            "Unidentified Armed Group (Nigeria)",
            "Military Forces of Nigeria",
            None,
        ),
        # moving into a town the other side left
        (
            "Rebels moved into the town of Bria on Thursday after government troops"
            " withdrew, residents said.",
            "Non-violent transfer of territory",
            "Unidentified Armed Group (Central African Republic)",
            None,
            None,
        ),
        # entering a town after days of bombardment is taking it by force
        (
            "Government forces entered the town of Kafr Nabl on Monday after days of heavy"
            " shelling.",
            "Government regains territory",
            "Military Forces of Syria",
            None,
            None,
        ),
        # peoples' militias fighting each other; the dead are their toll
        (
            "Eight people died in fighting between Hema and Lendu militiamen near Djugu on Friday.",
            "Armed clash",
            "Hema Ethnic Militia (Democratic Republic of Congo)",
            "Lendu Ethnic Militia (Democratic Republic of Congo)",
            8,
        ),
        # a people named alone names no militia (a guard: "men" would make one)
        (
            "Gunmen shot dead four Nuer men near Malakal on Monday.",
            "Attack",
            "Unidentified Armed Group (South Sudan)",
            "Civilians (South Sudan)",
            4,
        ),
        # a number the parse joined to the verb still counts
        (
            "Gunmen killed a local official and two of his aides near Tsafe on Sunday.",
            "Attack",
            "Unidentified Armed Group (Nigeria)",
            "Civilians (Nigeria)",
            3,
        ),
        # a junta's unit, and one attacker named in the singular
        (
            "KNLA fighters overran a junta outpost near Myawaddy on Tuesday.",
            "Non-state actor overtakes territory",
            "Karen National Liberation Army",
            "Military Forces of Myanmar",
            None,
        ),
        (
            "A gunman killed three worshippers at a church in Owo on Sunday.",
            "Attack",
            "Unidentified Armed Group (Nigeria)",
            "Civilians (Nigeria)",
            3,
        ),
        (
            "Anglophone separatists killed two soldiers near Bamenda on Friday.",
            "Armed clash",
            "Ambazonian Separatists",
            "Military Forces of Cameroon",
            2,
        ),
        (
            "Turkish-backed fighters shelled the village of Tal Tamr on Sunday.",
            "Shelling/artillery/missile attack",
            "Syrian National Army",
            None,
            None,
        ),
        # the twentieth batch: raids carried out by aircraft are air strikes
        (
            "Syrian warplanes carried out a dozen raids on Ariha on Sunday, killing five"
            " civilians.",
            "Air/drone strike",
            "Military Forces of Syria",
            "Civilians (Syria)",
            5,
        ),
        # armed men driven out of a place lost it
        (
            "Somali troops drove al-Shabaab militants out of the town of Moqokori on Wednesday.",
            "Government regains territory",
            "Military Forces of Somalia",
            "Al Shabaab",
            None,
        ),
        # drones that set fire to something struck it
        (
            "Ukrainian drones set fire to an oil depot in Bryansk on Friday.",
            "Air/drone strike",
            "Military Forces of Ukraine",
            None,
            None,
        ),
        # a named group and a generic word for its men are one side
        (
            "Troops clashed with NPA rebels near Catarman on Monday, killing three guerrillas.",
            "Armed clash",
            "Military Forces of the Philippines",
            "New People's Army",
            3,
        ),
        (
            "Naxalites torched two buses in Sukma district on Tuesday.",
            "Looting/property destruction",
            "Communist Party of India (Maoist)",
            "Civilians (India)",
            None,
        ),
        # peacekeepers are the mission of the country they serve in
        (
            "A roadside bomb hit UN peacekeepers near Tessalit on Sunday.",
            "Remote explosive/landmine/IED",
            None,
            "United Nations Multidimensional Integrated Stabilization Mission in Mali",
            None,
        ),
        (
            "Al-Shabaab announced that it was suspending its attacks in Gedo on Friday.",
            "Change to group/activity",
            "Al Shabaab",
            None,
            None,
        ),
        # those killed "who attacked" began it; those who repelled an attack were attacked
        (
            "Soldiers killed nine militants who attacked their camp near Bama on Monday.",
            "Armed clash",
            "Unidentified Armed Group (Nigeria)",
            "Military Forces of Nigeria",
            9,
        ),
        (
            "Militants raided the town of Gwoza on Monday and were repelled by soldiers.",
            "Armed clash",
            "Unidentified Armed Group (Nigeria)",
            "Military Forces of Nigeria",
            None,
        ),
        # a force's vehicle or outpost is the force
        (
            "A bomb exploded under a police van in Peshawar on Friday.",
            "Remote explosive/landmine/IED",
            None,
            "Police Forces of Pakistan",
            None,
        ),
        # foreign forces do not make the report theirs; the longer nationality word wins
        (
            "Wagner mercenaries and Central African soldiers killed six villagers near"
            " Bambari on Monday.",
            "Attack",
            "Wagner Group",
            "Civilians (Central African Republic)",
            6,
        ),
        # the twenty-first batch: a fight told as what came before a rescue
        (
            "Soldiers freed 14 hostages after an exchange of fire with bandits near Birnin"
            " Gwari on Monday.",
            "Armed clash",
            "Military Forces of Nigeria",
            "Unidentified Armed Group (Nigeria)",
            None,
        ),
        # parties that agree to something under a deal made an agreement
        (
            "The army and the Arakan Army agreed on Friday to halt fighting in Paletwa"
            " under a deal brokered by China.",
            "Agreement",
            "Military Forces of Myanmar",
            "Arakan Army",
            None,
        ),
        # a crowd that attacked police while blocking a road with rocks riots
        (
            "Opposition supporters blocked a road near Cochabamba with rocks on Tuesday and"
            " attacked police officers who tried to remove them.",
            "Violent demonstration",
            "Rioters (Bolivia)",
            "Police Forces of Bolivia",
            None,
        ),
        # a force's rockets and warplanes named by their owner's word
        (
            "Regime rockets hit a school in Saraqib on Monday, killing three pupils.",
            "Shelling/artillery/missile attack",
            "Military Forces of Syria",
            "Civilians (Syria)",
            3,
        ),
        # the twenty-second batch: "neutralised" is killed; police who chase a crowd
        # with tear gas intervene; a picket is a protest; cattle seized are looted
        (
            "Soldiers neutralised 12 militants near Diffa on Monday, the army said.",
            "Armed clash",
            "Military Forces of Niger",
            "Unidentified Armed Group (Niger)",
            12,
        ),
        (
            "Police chased protesters through the streets of Kano with tear gas on Monday.",
            "Protest with intervention",
            "Protesters (Nigeria)",
            "Police Forces of Nigeria",
            None,
        ),
        (
            "Police detained nine people at a picket outside the court in Minsk on Friday.",
            "Protest with intervention",
            "Protesters (Belarus)",
            "Police Forces of Belarus",
            None,
        ),
        (
            "Gunmen seized 300 cattle from herders near Tillaberi on Sunday.",
            "Looting/property destruction",
            "Unidentified Armed Group (Niger)",
            "Civilians (Niger)",
            None,
        ),
        # a death a riot is about is no toll of it
        (
            "Angry youths burned a police post in Benin City on Monday after a man died in"
            " custody.",
            "Mob violence",
            "Rioters (Nigeria)",
            "Police Forces of Nigeria",
            None,
        ),
        (
            "Abu Sayyaf gunmen killed two soldiers on the island of Jolo on Friday.",
            "Armed clash",
            "Abu Sayyaf",
            "Military Forces of the Philippines",
            2,
        ),
    ],
)
def test_scenes_type_the_event(context: Context, case: tuple[Any, ...]) -> None:
    assert_one_event(context, *case)


def test_a_claimants_own_fighters_are_the_claimant(context: Context) -> None:
    text = "Al-Shabaab said its fighters had attacked a military base near Balad on Monday."
    (event,) = events(context, text)
    assert actor(event, "actor1") == "Al Shabaab"


def test_a_peoples_name_stays_a_place_outside_a_militia(context: Context) -> None:
    text = "A drone strike hit a bus near Gendewuha in the Amhara region on Monday."
    (event,) = events(context, text)
    assert event.location.country == "ET"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where people travelled from and to is the road, not where it happened
        (
            "Gunmen abducted 14 passengers travelling from Abuja to Kaduna near Katari on Sunday.",
            "Katari",
        ),
        # alone, the journey's end is all there is
        ("Gunmen abducted 14 passengers travelling to Kaduna on Sunday.", "Kaduna"),
        # a facility of a town names the town, whatever the model labelled it
        ("Militiamen looted the main hospital of Zalingei on Friday.", "Zalingei"),
        # residents of a place, the edge of a place, a county or district named with it
        ("Residents of Kadugli said shells hit the market on Monday.", "Kadugli"),
        ("Gunmen killed two farmers in Yei county on Monday.", "Yei"),
        ("A mob burned a police post in Kasese district on Sunday.", "Kasese"),
        # whose village is not where: "a Luba village near Kabalo"
        ("Hema militiamen attacked a Lendu village near Djugu on Monday.", "Djugu"),
        # the second word of a name the tagger took for an adverb
        (
            "Gunmen killed two men in the village of Qansax Dheere late on Friday.",
            "Qansax Dheere",
        ),
    ],
)
def test_places_of_journeys_and_facilities(context: Context, text: str, place: str) -> None:
    (event,) = events(context, text)
    assert event.location.name == place


def test_the_dead_a_later_sentence_counts_join_the_strike_before_it(context: Context) -> None:
    text = (
        "The junta's jets bombed a market in Monywa on Friday. Residents said 12 people"
        " were killed."
    )
    (event,) = events(context, text)
    assert (event.sub_event_type, event.fatalities.best) == ("Air/drone strike", 12)
    assert (actor(event, "actor1"), actor(event, "actor2")) == (
        "Military Forces of Myanmar",
        "Civilians (Myanmar)",
    )


def test_a_crowd_word_beside_the_victim_is_no_second_party(context: Context) -> None:
    text = "Police shot dead a student in Nakuru as crowds marched against new taxes."
    (event,) = events(context, text)
    assert [a.role for a in event.actors] == ["actor1", "actor2"]


def test_a_place_in_a_region_of_a_country_is_looked_for_there(context: Context) -> None:
    text = "Iranian drones struck a camp near Koya in northern Iraq on Sunday."
    (event,) = events(context, text)
    assert event.location.country == "IQ"  # not Japan's Koya


def test_gunfire_heard_is_no_event_of_its_own(context: Context) -> None:
    # a guard: "exchange of fire" made "fire" an event noun for a while
    text = "Gunfire and explosions shook Omdurman on Monday as the army and the RSF fought."
    (event,) = events(context, text)
    assert event.sub_event_type == "Armed clash"
