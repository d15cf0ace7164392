"""The patterns of frontlog's entity ruler: the actor dictionary's names, claimants'
names, the gazetteer's place names, and place names known by their shape ("Tall
al-Jayer", "al-Jumaa"), which count only in a place's context."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from frontlog.gazetteer.names import COUNTRY_NAMES
from frontlog.lexicon import Lexicon

RULER = "frontlog_ruler"  # the dictionary's and the gazetteer's names
COUNTRIES = "frontlog_countries"  # country names where no other name is
RULERS = (RULER, COUNTRIES)

PLACE_PREFIXES = [
    "khan",
    "kfar",
    "marj",
    "qalaat",
    "khirbet",
    "khirbat",
    "tal",
    "tall",
    "tell",
    "tel",
    "bir",
    "deir",
    "dayr",
    "jabal",
    "jebel",
    "ain",
    "ayn",
    "wadi",
    "kafr",
    "ras",
    "qasr",
    "tuwal",
    "mazraat",
    "maarat",
    "jisr",
    "nahr",
    "sheikh",
    "beit",
    "umm",
    "abu",
    "hawsh",
    "mazra'at",
    "arab",
]
SHAPE_ID = "place-shape"  # matched by its shape only: needs place context to count


def patterns(lexicon: Lexicon, place_names: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The ruler's patterns: a state's forces are NORP, other actors and claimants ORG,
    places GPE (id ``gazetteer``, or ``SHAPE_ID`` for a name known by its shape)."""
    for actor in lexicon.actors:
        if actor.generic:
            continue
        for alias in actor.aliases:
            yield {"label": "NORP" if actor.kind == "state" else "ORG", "pattern": alias}
    for claimant in lexicon.claimants:
        for alias in claimant.aliases:
            if alias[:1].isupper():
                yield {"label": "ORG", "pattern": alias}
    seen: set[str] = set()
    for name in place_names:
        if len(name) < 4 or not name[:1].isupper() or name in seen or not name.isascii():
            continue
        seen.add(name)
        yield {"label": "GPE", "pattern": name, "id": "gazetteer"}
        spaced = name.replace("-", " ")  # "Khan-Sheikhoun" is written "Khan Sheikhoun" too
        if spaced != name and spaced not in seen:
            seen.add(spaced)
            yield {"label": "GPE", "pattern": spaced, "id": "gazetteer"}
    # a group's name is no place of that shape ("al-Shabaab", "Abu Sayyaf"): its words
    # after the article or prefix are left out (else the tie with its own pattern may
    # go either way)
    title = {"IS_TITLE": True, "LOWER": {"NOT_IN": sorted(_group_words(lexicon))}}
    yield {
        "label": "GPE",
        "id": SHAPE_ID,
        "pattern": [
            {"LOWER": {"IN": PLACE_PREFIXES}, "IS_TITLE": True},
            {"LOWER": {"IN": ARTICLES}, "OP": "?"},  # "Tall al-Jayer"
            {"ORTH": "-", "OP": "?"},
            {**title, "OP": "+"},
        ],
    }
    yield {
        "label": "GPE",
        "id": SHAPE_ID,
        "pattern": [
            {"LOWER": {"IN": ARTICLES}},
            {"ORTH": "-"},
            {**title, "OP": "+"},
        ],
    }


ARTICLES = ["al", "el", "as", "ad", "ar", "ash", "at", "az", "an"]


def _group_words(lexicon: Lexicon) -> set[str]:
    """The second words of the dictionary's two-word group names that begin with an
    article or a place prefix: "shabaab" of "al-Shabaab", "sayyaf" of "Abu Sayyaf"."""
    words: set[str] = set()
    for actor in lexicon.actors:
        if actor.generic:
            continue
        for alias in actor.aliases:
            parts = alias.lower().replace("-", " ").split()
            if len(parts) == 2 and (parts[0] in ARTICLES or parts[0] in PLACE_PREFIXES):
                words.add(parts[1])  # (not "sham" of "Hayat Tahrir al-Sham": "Busra
                # al-Sham" is a town)
    return words


def country_patterns(lexicon: Lexicon) -> Iterator[dict[str, Any]]:
    """Country names as the news writes them ("Turkey", "Burma", "the DRC"), labelled as
    the model would label them (GPE, no id); a ruler that overwrites no other name
    (not "Chad" of "Chad Smith") gives them where the model did not run."""
    names = {n.strip() for n in lexicon.country_names.values()}
    names |= {alias for aliases in COUNTRY_NAMES.values() for alias in aliases}
    for name in sorted(names):
        yield {"label": "GPE", "pattern": name}
