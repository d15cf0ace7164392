"""Dependency constructions that make a noun trigger an event.

A noun like "raids" or "airstrike" reports an event only in certain constructions:

- light verb: the object of a light verb — "ISIS *conducted raids*".
- subject: the subject of a verb — "*clashes erupted*", "*an airstrike killed* …".
- means: the object of in/during/after under a casualty verb — "*killed in an
  airstrike*".
- relative: the head of a relative clause with an event verb — "*attacks* … which
  targeted and *killed* scores of civilians", "a *device* that *wrecked* a police
  vehicle".
- contact: what a vehicle or a person ran, drove or stepped over, on or into — "their
  vehicle *ran over* an explosive *device*", "the patrol *ran into* an *ambush*".
- responsibility: what a party claims or takes responsibility for — "IS *claimed
  responsibility for* a suicide *attack*" — or is blamed for: "the army *blamed* the
  ADF *for the killing* of nine civilians".

``governors`` maps each such noun to the verb whose tense, negation and mood decide
whether the event happened. It walks the parse from each trigger noun (a spaCy
``DependencyMatcher`` gave the same answers on the gold sets and corpus, ten times
slower).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontlog.lexicon import Lexicon
from frontlog.stages import syntax

CASUALTY_VERBS = ["kill", "die", "injure", "wound", "destroy", "sustain", "target", "hit", "lose"]
CASUALTY_VERBS += [
    "rescue",
    "free",
    "arrest",
    "neutralise",
    "neutralize",
    "flee",
]  # "rescued … after an exchange of fire", "fled after a gunfight with soldiers"
TAKING = {"seize", "recover", "confiscate"}  # "seized 40 rifles after a gunfight" (what
# was taken after a fight, not a place: "seized the plant after a battle" is the taking)
GOODS = {"rifle", "weapon", "gun", "firearm", "pistol", "ammunition", "arm", "round"}
GOODS |= {"explosive", "grenade", "bomb", "motorcycle", "vehicle", "truck", "drug", "cash"}
CASUALTY_PREPS = ["in", "during", "after", "by", "amid"]
CONTACT_VERBS = {"run", "drive", "step", "roll", "tread", "walk", "stumble"}
CONTACT_PREPS = {"over", "on", "onto", "into", "upon"}
KILLINGS = {"killing", "massacre"}  # told as a deed only by who did it, or is blamed for it
RESPONSIBLE = ["claim", "take", "admit", "accept", "bear"]
DEVICES = {"device", "ied", "mine", "landmine", "bomb"}
GROUPINGS = {"crowd", "group", "throng", "column"}  # … of demonstrators
GROUPINGS |= {"dozen", "dozens", "hundreds", "scores", "series", "wave", "spate", "number"}
SET_OFF = {"hit", "strike", "trigger", "detonate", "set"}  # … a mine
WENT_OFF = {"explode", "detonate", "go", "blow"}  # a mine …
WRECKED = {"wreck", "damage", "rip", "tear", "overturn", "disable"}  # a device that …


def _noun_lemmas(lexicon: Lexicon) -> list[str]:
    return sorted(
        {  # "sit-in" is parsed as "sit", "-", "in": its last word is the head; the
            # head of "exchange of fire" is its first
            key.split(" of ")[0].split()[-1].split("-")[-1]
            for key, entry in lexicon.triggers.items()
            if "NOUN" in entry["pos"]
        }
    )


@cache
def _words(lexicon: Lexicon) -> tuple[frozenset[int], frozenset[str]]:
    """(the hashes of the trigger noun lemmas, verbs heading a relative clause that
    reports an event)."""
    from spacy.strings import get_string_id

    nouns = frozenset(get_string_id(n) for n in _noun_lemmas(lexicon))
    return nouns, frozenset(CASUALTY_VERBS) | lexicon.light_verbs


def governors(doc: Any, lexicon: Lexicon) -> dict[int, int]:
    """Token index of each event noun → token index of the verb that governs it."""
    from spacy.attrs import LEMMA

    nouns, relative = _words(lexicon)
    out: dict[int, int] = {}
    lemmas = doc.to_array([LEMMA]).tolist()
    for noun in (doc[i] for i, lemma in enumerate(lemmas) if lemma in nouns):
        verb = _governor(noun, lexicon) or next(
            (
                c
                for c in noun.children  # "attacks … which killed"
                if c.dep_ == "relcl"
                and c.pos_ == "VERB"
                and (c.lemma_ in relative or (noun.lemma_ in DEVICES and c.lemma_ in WRECKED))
            ),  # "an explosive device that wrecked a police vehicle"
            None,
        )
        if verb is not None:
            out[noun.i] = verb.i
    return out


def told_as_deed(noun: Any, lexicon: Lexicon) -> bool:
    """A noun that reports an event here: "blamed the ADF for the killing of nine
    civilians", not "arrested over the killing of two soldiers"."""
    return _governor(noun, lexicon) is not None


def _governor(noun: Any, lexicon: Lexicon) -> Any | None:
    """The verb above the noun: light verb, subject, means or responsibility. (spaCy
    makes a new Token on every access: tokens are compared by position.)"""
    head, dep = noun.head, noun.dep_
    if head.i == noun.i:
        return None
    grouping = head.head  # "rammed the crowd of demonstrators", "carried out dozens of
    # strikes": the crowd's or the number's governor
    of_a_grouping = dep == "pobj" and head.lower_ == "of" and grouping.lemma_ in GROUPINGS
    if of_a_grouping and grouping.i != head.i:
        return _governor(grouping, lexicon)
    if dep == "dobj" and head.lemma_ == "destroy" and noun.lemma_ in DEVICES:
        return None  # "destroyed an explosive device found on the road": it was disarmed
    if dep in ("dobj", "nsubjpass") and head.lemma_ in lexicon.light_verbs:
        return head  # "conducted raids"
    if dep == "dobj" and head.lemma_ in CONTACT_VERBS and _over(head):
        return head  # "their pickup rolled over a mine", "over" parsed as a particle
    if dep == "nsubj" and head.pos_ == "VERB" and noun.lemma_ not in KILLINGS:
        return head  # "clashes erupted" (not "the killing of a journalist sparked protests")
    if dep != "pobj" or head.head.i == head.i:
        return None
    above = head.head
    if head.lower_ in CASUALTY_PREPS and above.pos_ == "VERB" and above.lemma_ in CASUALTY_VERBS:
        return above  # "killed in an airstrike"
    if head.lower_ == "after" and above.lemma_ in TAKING and _took_goods(above):
        return above
    if head.lower_ == "under" and syntax.came_under(above):
        return above  # "came under attack", "came under fire from gunmen"
    if head.lower_ in CONTACT_PREPS and above.lemma_ in CONTACT_VERBS:
        return above  # "their vehicle ran over an explosive device", "ran into an ambush"
    if head.lower_ == "for" and above.lemma_ == "blame" and noun.lemma_ in KILLINGS:
        return above  # "blamed the ADF for the killing of nine civilians" (a killing is
        # told as a deed only so; "blamed Israel for the bombing of X" stays a statement)
    claim = above.head  # "claimed responsibility for an attack"
    responsibility = above.lower_ == "responsibility" and above.dep_ == "dobj"
    claimed = claim.i != above.i and claim.pos_ == "VERB" and claim.lemma_ in RESPONSIBLE
    return claim if head.lower_ == "for" and responsibility and claimed else None


def _over(verb: Any) -> bool:
    """ "rolled over" with the mine its object: "over" parsed as a particle, or as a
    preposition left without its own object."""
    return any(
        c.lower_ in CONTACT_PREPS
        and (c.dep_ == "prt" or (c.dep_ == "prep" and not any(c.children)))
        for c in verb.children
    )


def _took_goods(verb: Any) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in GOODS for c in verb.children)


def mine_went_off(noun: Any) -> bool:
    """ "mine" names a landmine only where one went off: "drove over a mine", "struck
    a mine", "a mine exploded" — not "the gold mine", "the mine closed"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in CONTACT_PREPS:
        return head.head.lemma_ in CONTACT_VERBS
    if noun.dep_ == "dobj":  # "rolled over a mine": the parse may make "over" a particle
        return head.lemma_ in SET_OFF or (head.lemma_ in CONTACT_VERBS and _over(head))
    return noun.dep_ == "nsubj" and head.lemma_ in WENT_OFF
