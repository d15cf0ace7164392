"""Communal militias named by their people: "Dinka and Nuer youths", "Fulani gunmen".

ACLED names such an identity militia after its people and the country it fights in:
"Dinka Ethnic Militia (South Sudan)". The peoples are a data section of the actor
dictionary (``ethnic_groups``: a people and the countries it lives in, first the one
it is most often reported in); users extend it with their own actor file. A people
named alone ("Nuer villagers", "ethnic Amhara") names no militia: only words for armed
men make one ("Nuer youths", "armed youths from the Lou Nuer community"). A people's
name is never a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from frontlog.lexicon import Lexicon
from frontlog.report import ActorMention

ARMED_AS = (
    "militia",
    "militias",
    "militiamen",
    "youths",
    "youth",
    "fighters",
    "gunmen",
    "vigilantes",
    "raiders",
    "militants",
    "groups",
)
TEMPLATE = "{people} Ethnic Militia ({{country}})"


@cache
def _pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    if not lexicon.ethnic_groups:
        return None
    names = "|".join(sorted(map(re.escape, lexicon.ethnic_groups), key=len, reverse=True))
    nouns = "|".join(ARMED_AS)
    return re.compile(
        rf"(?<![\w-])(?P<a>{names})(?:\s+(?:and|or)\s+(?P<b>{names}))?"
        rf"(?:\s+(?:armed|ethnic|cattle|communal))?\s+(?:{nouns})\b"
        # "armed youths from the Lou Nuer community"
        rf"|\b(?:{nouns}|men)\s+(?:from|of)\s+the\s+(?:[A-Z][\w-]+\s+)?(?P<c>{names})"
        rf"\s+(?:community|communities|tribe|clan)\b"
    )


def find_ethnic(
    text: str, offset: int, lexicon: Lexicon, country: str | None
) -> Iterator[ActorMention]:
    """The militias of peoples named in ``text`` (at ``offset``): one per people, its
    words from the people's name to the word for armed men (the first of two peoples
    only its name). The country: the report's when the people lives there, else the
    people's first, which the mention does not claim as its country when it has more."""
    pattern = _pattern(lexicon)
    for match in pattern.finditer(text) if pattern is not None else ():
        for group in ("a", "b", "c"):
            people = match.group(group)
            if people is None:
                continue
            start = match.start() if group == "c" else match.start(group)
            end = match.end() if group != "a" or match.group("b") is None else match.end(group)
            isos = lexicon.ethnic_groups[people]
            iso = country if country in isos else isos[0]
            name = lexicon.named_for(TEMPLATE.format(people=people), iso)
            known = iso if country in isos or len(isos) == 1 else None  # else a guess: it
            # must not make the report about the first country ("Fulani" of Mali or Niger)
            yield ActorMention(
                name, "identity_militia", known, offset + start, offset + end, text[start:end]
            )
