from typing import get_args

import pytest

from frontlog.lexicon import load_lexicon
from frontlog.records import ActorKind
from frontlog.stages.actor_match import find_actors


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the Syrian Arab Army (SAA) Tiger Forces", ["Military Forces of Syria"] * 3),
        ("Government troops advanced", ["Military Forces of Syria"]),
        ("ISIS units withdrew", ["Islamic State"]),
        ("the US military said", ["Military Forces of the United States"]),
        ("two US soldiers", ["Military Forces of the United States"]),
        ("32 SAA soldiers", ["Military Forces of Syria"]),  # the generic word joins the name
        ("The ISIS-linked news agency", []),  # "ISIS-linked" names no party
        (
            "Troops of the US-led coalition",
            ["Military Forces of Syria", "Global Coalition Against Daesh"],
        ),
        (
            "gunmen killed three civilians",
            ["Unidentified Armed Group (Syria)", "Civilians (Syria)"],
        ),
        ("Da’esh claimed the attack", ["Islamic State"]),
    ],
)
def test_actor_names(text: str, names: list[str]) -> None:
    found = find_actors(text, 100, load_lexicon(), country="SY")
    assert [a.name for a in found] == names
    for actor in found:
        assert text[actor.start - 100 : actor.end - 100] == actor.text


def test_generic_words_need_a_country() -> None:
    assert find_actors("government troops advanced", 0, load_lexicon(), country=None) == []


@pytest.mark.parametrize(
    ("text", "country", "names"),
    [
        (
            "Houthi rebels and Yemeni government forces clashed",
            "YE",
            ["Ansar Allah", "Military Forces of Yemen"],
        ),
        ("AQAP gunmen attacked a checkpoint", "YE", ["Al Qaeda in the Arabian Peninsula"]),
        (
            "Haftar's forces shelled GNA forces",
            "LY",
            ["Libyan National Army", "Military Forces of Libya (Government of National Accord)"],
        ),
        ("ISKP claimed the bombing", "AF", ["Islamic State Khorasan Province"]),
        (
            "Al Shabaab fighters attacked AMISOM troops",
            "SO",
            ["Al Shabaab", "African Union Mission in Somalia"],
        ),
        (
            "JNIM militants ambushed Malian soldiers",
            "ML",
            ["Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Mali"],
        ),
        (
            "ISWAP fighters overran a Nigerian Army base",
            "NG",
            ["Islamic State West Africa Province", "Military Forces of Nigeria"],
        ),
        (
            "the Arakan Army seized a junta outpost from junta troops",
            "MM",  # the junta's outpost is the military's too
            ["Arakan Army", "Military Forces of Myanmar", "Military Forces of Myanmar"],
        ),
        (
            "the Tatmadaw bombed a PDF camp",
            "MM",
            ["Military Forces of Myanmar", "People's Defence Force"],
        ),
        ("Palestinian Islamic Jihad fired rockets", "PS", ["Palestinian Islamic Jihad"]),
        ("Fano militiamen clashed with the ENDF", "ET", ["Fano", "Military Forces of Ethiopia"]),
        (
            "M23 rebels took the town from FARDC troops",
            "CD",
            ["March 23 Movement", "Military Forces of the Democratic Republic of Congo"],
        ),
        (
            "CJNG gunmen killed two Mexican police officers",
            "MX",
            ["Jalisco New Generation Cartel", "Police Forces of Mexico"],
        ),
        (
            "ELN guerrillas attacked a Colombian army patrol",
            "CO",
            ["National Liberation Army (Colombia)", "Military Forces of Colombia"],
        ),
        ("Wagner mercenaries and Malian troops", "ML", ["Wagner Group", "Military Forces of Mali"]),
        ("riot police beat demonstrators", "IQ", ["Police Forces of Iraq", "Protesters (Iraq)"]),
        ("rioters attacked policemen", "NG", ["Rioters (Nigeria)", "Police Forces of Nigeria"]),
        (
            "gunmen abducted villagers",
            "CD",
            [
                "Unidentified Armed Group (Democratic Republic of Congo)",
                "Civilians (Democratic Republic of Congo)",
            ],
        ),
    ],
)
def test_actors_of_many_theatres(text: str, country: str, names: list[str]) -> None:
    found = find_actors(text, 0, load_lexicon(), country=country)
    assert [a.name for a in found] == names


def test_the_dictionary_is_consistent() -> None:
    lexicon = load_lexicon()
    kinds = set(get_args(ActorKind))
    seen: dict[str, str] = {}
    for actor in lexicon.actors:
        assert actor.kind in kinds, actor.name
        for alias in actor.aliases:
            assert seen.setdefault(alias, actor.name) == actor.name, alias  # one actor per alias


@pytest.mark.parametrize(
    ("alias", "text"),
    [
        ("al-Qaeda", "al-Qaeda and al-Qaeda-linked men; Al-Qaeda, al-Qaedas"),
        ("'Ndrangheta", "the 'Ndrangheta and x'Ndrangheta, 'Ndrangheta"),
        ("the army", "the army the army, other army; the armyman the army"),
        ("US forces", "US-led US forces USforces US forces-x US forces."),
    ],
)
def test_alias_tried_where_its_first_word_stands(alias: str, text: str) -> None:
    """Trying an alias only at its first word's places finds what a scan of the whole
    text finds, in the same order, without overlaps."""
    import re

    from frontlog.stages.actor_match import _WORD, _matches

    pattern = re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w]|-\w)", re.IGNORECASE)
    first = _WORD.search(alias)
    assert first is not None
    starts = [
        m.start()
        for m in _WORD.finditer(text)
        if m.group(0).casefold() == first.group(0).casefold()
    ]
    found = [m.span() for m in _matches(pattern, text, starts, first.start())]
    assert found == [m.span() for m in pattern.finditer(text)]
    assert found  # each text holds the alias
