from dataclasses import replace

import pytest

from frontlog.lexicon import load_lexicon
from frontlog.stages.quantities import Quantity, parse_quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 SAA troops", Quantity(7, 7, 7, None)),
        ("thirty-two soldiers", Quantity(32, 32, 32, None)),
        ("Two US soldiers", Quantity(2, 2, 2, None)),
        ("at least 28 people", Quantity(None, 28, None, None)),
        ("more than 60 civilians", Quantity(None, 60, None, None)),  # ACLED codes 60
        ("up to 40 fighters", Quantity(None, None, 40, None)),
        ("1,200 residents", Quantity(1200, 1200, 1200, None)),
        ("large numbers of ISIS fighters", Quantity(None, 10, None, "large numbers")),
        ("dozens of civilians", Quantity(None, 12, 99, "dozens")),
        ("4 Mi-35 attack helicopters", Quantity(4, 4, 4, None)),
        ("the village", Quantity(None, None, None, None)),
        ("an 11-year-old boy", Quantity(None, None, None, None)),  # an age is no count
        ("two 15-year-old girls", Quantity(2, 2, 2, None)),
        ("a five-year-old child", Quantity(None, None, None, None)),
        ("Twenty-five soldiers", Quantity(25, 25, 25, None)),
        # a vague word scaled by the number word after it
        ("several hundred protesters", Quantity(None, 300, 900, "several hundred")),
        ("a few dozen fighters", Quantity(None, 24, 60, "a few dozen")),
        # "some" before a number qualifies it; alone it is vague
        ("some thirty jihadists", Quantity(30, 30, 30, None)),
        ("some villagers", Quantity(None, 2, None, "some")),
    ],
)
def test_parse_quantity(text: str, expected: Quantity) -> None:
    assert parse_quantity(text, load_lexicon()) == expected


def test_a_qualifier_table_may_make_more_than_exclusive() -> None:
    lexicon = load_lexicon()
    strict = replace(lexicon, qualifiers={**lexicon.qualifiers, "more than": "low_excl"})
    assert parse_quantity("more than 60 civilians", strict) == Quantity(None, 61, None, None)
    assert parse_quantity("fewer than 10 soldiers", strict) == Quantity(None, None, 9, None)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("a family of five", 5),
        ("a dozen fighters", 12),
        ("a hundred people", 100),
        ("one hundred and twenty", 120),
        ("a thousand people", 1000),
        ("three thousand", 3000),
    ],
)
def test_article_and_and_in_number_words(text: str, count: int) -> None:
    assert parse_quantity(text, load_lexicon()).count == count
