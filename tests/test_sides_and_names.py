"""Whose side the words put an actor on, and names read whole: readings from the dev
part of the twenty-seventh gold batch (variants, not the batch's own reports)."""

from __future__ import annotations

import pytest

from frontlog.context import Context

from .conftest import actor, events, one_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whoever escorts, guards or laid a thing is on its side
        (
            "Suspected JNIM militants ambushed a fuel convoy escorted by soldiers near Djibo "
            "on Friday.",
            ("Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Burkina Faso"),
        ),
        (
            "Soldiers cleared a minefield laid by ELN guerrillas near Saravena on Monday.",
            ("Military Forces of Colombia", "National Liberation Army (Colombia)"),
        ),
        # but whoever did the deed itself did it
        (
            "A trader was killed by gunmen in Katsina on Monday.",
            ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
        ),
        # a longer name is not the shorter one inside it
        (
            "Rebels of the West Papua National Liberation Army shot dead two workers in Nduga "
            "on Thursday.",
            ("West Papua National Liberation Army", "Civilians (Indonesia)"),
        ),
        (
            "Unidentified men lobbed a grenade at shoppers in Cotabato City on Friday night.",
            ("Unidentified Armed Group (Philippines)", "Civilians (Philippines)"),
        ),
        # a group that says it did "the attack" names the report's militants
        (
            "Militants stormed a police post in Tank before dawn on Monday, and six policemen "
            "were killed in the fighting, police said. The TTP said it had carried out the "
            "attack.",
            ("Tehrik-i-Taliban Pakistan", "Police Forces of Pakistan"),
        ),
        # two nations' forces named together are the two sides
        (
            "Kyrgyz and Tajik soldiers exchanged fire near Batken on Friday.",
            ("Military Forces of Kyrgyzstan", "Military Forces of Tajikistan"),
        ),
    ],
)
def test_the_side_of_an_actor(context: Context, text: str, expected: tuple[str, str]) -> None:
    (event,) = events(context, text)
    assert (actor(event, "actor1"), actor(event, "actor2")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunfire between rival militias in Gharyan on Friday night killed two people.",
            "Armed clash",
        ),
        (
            "Houthi shelling hit a market in Hays on Sunday, wounding four people.",
            "Shelling/artillery/missile attack",
        ),
        (
            "A Russian guided bomb hit a school in Orikhiv on Thursday, killing a guard.",
            "Air/drone strike",
        ),
        (
            "A man with explosives strapped to his body set them off at a cafe in Baidoa on "
            "Friday, killing three soldiers.",
            "Suicide bomb",
        ),
        (
            "Armed men stopped a bus outside Kankara on Sunday and drove away with six passengers.",
            "Abduction/forced disappearance",
        ),
        (
            "Students pelted a police station with stones in Sylhet on Tuesday.",
            "Violent demonstration",
        ),
        (
            "Soldiers cleared a minefield near a school in Arauca on Monday.",
            "Disrupted weapons use",
        ),
        (
            "Fishermen blocked the port road in Paita on Monday to demand fuel subsidies; police "
            "cleared it with tear gas.",
            "Protest with intervention",
        ),
    ],
)
def test_what_the_words_make_of_it(context: Context, text: str, expected: str) -> None:
    assert one_type(context, text) == expected


def test_a_hyphenated_place_is_read_whole_but_a_hyphenated_word_is_no_place(
    context: Context,
) -> None:
    (event,) = events(context, "Gang members burned homes in Croix-des-Bouquets on Monday.")
    assert [p.name for p in event.locations] == ["Croix-des-Bouquets"]
    (event,) = events(context, "Ukrainian drones hit the Russian-held town of Vasylivka.")
    assert [p.name for p in event.locations] == ["Vasylivka"]


def test_a_group_at_home_in_several_countries_finds_its_places_in_each(context: Context) -> None:
    # JNIM is Mali's, and fights in Burkina Faso too: Djibo is Burkina Faso's
    text = "JNIM fighters ambushed a patrol near Djibo on Sunday. The army said 9 soldiers died."
    (event,) = events(context, text)
    assert [(p.name, p.country) for p in event.locations] == [("Djibo", "BF")]
    assert actor(event, "actor2") == "Military Forces of Burkina Faso"


def test_a_datelines_country_is_the_reports(context: Context) -> None:
    # the model calls "Cameroon" an organisation; a country's name is a place
    text = "BUEA, Cameroon — Gunmen torched a primary school on Monday night."
    (event,) = events(context, text)
    assert actor(event, "actor1") == "Unidentified Armed Group (Cameroon)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An al-Shabaab mortar round struck a shop in Mogadishu's Wadajir district on "
            "Sunday, wounding two people.",
            ("Shelling/artillery/missile attack", "Al Shabaab"),
        ),
        (
            "Dissidents of the former FARC fired homemade mortars at a police post in Argelia "
            "on Saturday.",
            ("Shelling/artillery/missile attack", "FARC Dissidents"),
        ),
        (
            "A trader was shot dead by two men on a motorbike outside his shop in Machala on "
            "Sunday.",
            ("Attack", None),
        ),
        (
            "Al-Shabaab set up an administration in Bardhere on Monday, elders said.",
            ("Headquarters or base established", "Al Shabaab"),
        ),
    ],
)
def test_weapons_groups_and_offices(
    context: Context, text: str, expected: tuple[str, str | None]
) -> None:
    (event,) = events(context, text)
    assert (event.sub_event_type, actor(event, "actor1")) == expected
    assert not (actor(event, "actor1") or "").startswith("Civilians")


def test_a_hamlet_taken_is_territory(context: Context) -> None:
    (event,) = events(context, "Russian troops took control of the hamlet of Berdychi on Tuesday.")
    assert event.sub_event_type in (
        "Government regains territory",
        "Non-state actor overtakes territory",
    )
    assert [p.name for p in event.locations] == ["Berdychi"]
