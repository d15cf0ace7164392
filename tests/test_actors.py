import pytest

from frontlog.lexicon import load_lexicon
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
