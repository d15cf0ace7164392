"""Frames: a verb that reports an event only with certain words in its object ("agreed
to a truce" is an agreement, "agreed that…" is not; "set up a base"; "exchanged
prisoners"; "entered Kabul without a fight"), read from ``frames`` in
``data/lexicon.json``. A frame may ask for armed men or a named group as the verb's
doer, for the object to be its direct object (in the passive, the passive's subject),
for a particle, or for context words in the sentence. Used by ``families`` (which
refines what a frame gives), ``weapons`` and ``mentions``; the places a frame's
objects may be (``is_place``, ``undergoes``) are read here too.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontlog.entity_patterns import SHAPE_ID
from frontlog.lexicon import Lexicon
from frontlog.stages.actor_match import find_actors
from frontlog.stages.context_words import armed_doer, armed_word, has
from frontlog.stages.place_words import CAPTURED, PLACE_VERBS

TAKEN_BACK = {"retake", "recapture", "liberate", "overrun"}
OBJECT_DEPS = ("dobj", "prep", "xcomp", "attr", "nsubjpass", "dative", "ccomp", "acomp")
PLACE_NOUNS = {
    "village",
    "villages",
    "locality",
    "localities",
    "hamlet",
    "hamlets",
    "town",
    "towns",
    "city",
    "area",
    "areas",
    "territory",
    "positions",
    "position",
    "neighborhood",
    "neighbourhood",
    "district",
    "hill",
    "hills",
    "base",
    "airbase",
    "airport",
    "checkpoint",
    "checkpoints",
    "outpost",
    "region",
    "countryside",
    "island",
    "oilfield",
    "field",
    "fields",
    "dam",
    "camp",
    "stronghold",
    "strongholds",
    "outposts",
    "districts",
    "neighbourhoods",
    "neighborhoods",
    "quarters",
    "suburbs",
    "cities",
    "regions",
    "post",
    "posts",
    "township",
    "townships",
    "garrison",
    "barracks",
    "headquarters",
    "bases",
    "port",
    "settlement",
    "settlements",
    "valley",
    "ridge",
    "heights",
}


def frame_family(token: Any, lexicon: Lexicon) -> str | None:
    """The family of the first frame of a verb whose object has the frame's words."""
    if token.pos_ != "VERB":
        return None
    for frame in lexicon.frames.get(token.lemma_, ()):
        if _fits(token, frame, lexicon):
            return str(frame["family"])
    return None


@cache
def _civilian_names(lexicon: Lexicon) -> tuple[str, ...]:
    """The dictionary's names for civilians, lower-cased."""
    return tuple(
        alias.lower()
        for actor in lexicon.actors
        if actor.generic and actor.kind == "civilians"
        for alias in actor.aliases
    )


@cache
def people_words(lexicon: Lexicon) -> frozenset[str]:
    """Words for unarmed people ("worshippers", "nurses"): the one-word names of the
    dictionary's civilians. A frame's ``@people`` object is one of them."""
    return frozenset(name for name in _civilian_names(lexicon) if " " not in name)


@cache
def _people_phrases(lexicon: Lexicon) -> tuple[str, ...]:
    """The dictionary's civilians named in more than one word ("a former army
    officer"), padded for a search among words."""
    return tuple(f" {name} " for name in _civilian_names(lexicon) if " " in name)


def _people_among(objects: list[Any], lexicon: Lexicon) -> bool:
    """Unarmed people among a frame's objects, named in one word or more."""
    if any(t.lower_ in people_words(lexicon) for t in objects):
        return True
    words = f" {' '.join(t.lower_ for t in objects)} "
    return any(phrase in words for phrase in _people_phrases(lexicon))


def _fits(token: Any, frame: dict[str, Any], lexicon: Lexicon) -> bool:
    particle = frame.get("particle")
    if particle and not any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ == particle for c in token.children
    ):  # "took away a lawyer": the parse may make the particle an adverb, or "took two
        return False  # passengers off a bus" a preposition
    if not _in_state(token, frame) and not _has_objects(token, frame, lexicon):
        return False
    armed = frame.get("armed_subject")
    if armed and not armed_doer(
        token, lexicon, nonstate=armed == "nonstate", state=armed == "state"
    ):
        return False  # "gunmen took two nurses from their homes", not "rescuers took …"
    needs = frame.get("needs_context")
    if needs == "conflict" and _armed_party(token.sent, lexicon):
        return True  # "the government and the ELN signed a deal"
    return not (needs and not has(token.sent, needs, lexicon))


def _former(token: Any) -> bool:
    return any(c.lower_ in ("former", "ex") for c in token.children)


def _in_state(verb: Any, frame: dict[str, Any]) -> bool:
    """ "were found dead": the frame's ``states`` name the state the object was in."""
    states = set(frame.get("states", ()))
    return bool(states) and any(
        c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "npadvmod") and c.lower_ in states
        for c in verb.children  # "set ablaze" is read as an adverb
    )


def _has_objects(verb: Any, frame: dict[str, Any], lexicon: Lexicon) -> bool:
    """The verb's objects hold one of the frame's words (any, when it names none)."""
    words = set(frame["objects"])
    if not words:
        return True
    direct = ("dobj", "nsubjpass")  # "took the town", "were taken from their homes"
    deps = direct if frame.get("direct") else OBJECT_DEPS  # not "took shelter in the town"
    objects = [t for c in _objects_of(verb) if _object_dep(c, deps) for t in c.subtree]
    if frame.get("direct") == "head":  # "held four journalists", not "held talks with
        # officials": the direct object's own noun
        objects = [t for c in verb.children if c.dep_ in direct for t in (c, *c.conjuncts)]
    if frame.get("heads"):
        objects = [t for t in objects if t.dep_ != "compound"]
    if frame.get("sitting"):  # not "the president's son", nor "the former president"
        objects = [t for t in objects if t.dep_ != "poss" and not _former(t)]
    passive = {t.i for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree}
    return any(t.lower_ in words or t.lemma_ in words for t in objects) or (
        ("@place" in words and any(_placed(t, passive) for t in objects))
        or ("@people" in words and _people_among(objects, lexicon))
        or (
            "@armed" in words and any(t.dep_ in ("pobj", "dobj") and armed_word(t) for t in objects)
        )
    )


def _placed(token: Any, passive: set[int]) -> bool:
    """A place among a frame's objects; as the passive's subject, one named or called a
    place ("the town of Kidal was taken"), not any proper noun ("an opposition MP was
    taken from his home")."""
    if token.i in passive:
        return token.lower_ in PLACE_NOUNS or token.ent_type_ in ("GPE", "LOC", "FAC")
    return is_place(token)


def _object_dep(child: Any, deps: tuple[str, ...]) -> bool:
    """The child is one of the verb's objects; a "to"-infinitive the parser made an
    adverbial clause counts as its complement ("agreed on Sunday to form joint
    patrols")."""
    if child.dep_ in deps:
        return True
    return (
        child.dep_ == "advcl"
        and "xcomp" in deps
        and child.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    )


def _objects_of(verb: Any) -> list[Any]:
    """The verb's children, and the phrases the parser hung on its "back": "moved back
    into Rutshuru"."""
    back = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"]
    return [*verb.children, *(g for b in back for g in b.children if g.dep_ == "prep")]


def _armed_party(sent: Any, lexicon: Lexicon) -> bool:
    """The sentence names an armed group of the dictionary (not a state's forces)."""
    found = find_actors(sent.text, sent.start_char, lexicon, country=None)
    return any(not a.generic and a.kind not in ("state", "external", "civilians") for a in found)


def is_place(token: Any) -> bool:
    """A place noun ("the town"), or a name the model or ruler labels as a place."""
    if token.lower_ in PLACE_NOUNS:
        return True
    if token.lower_ in ("centre", "center") and any(
        c.dep_ == "compound" and c.lower_ in PLACE_NOUNS for c in token.children
    ):
        return True  # "the district centre" (not "the health centre")
    proper = token.pos_ == "PROPN" and token.ent_type_ != "PERSON"
    if proper and token.ent_id_ != SHAPE_ID and undergoes(token, captured=True):
        return True  # "Marib was captured", "Kidal fell to government forces", whatever
        # the model labelled them (not "Abu Omar", a shape that may be a man)
    # "overran Yabaal", "recaptured Damboa": a person is seized or captured, not
    # overrun or recaptured
    unlabelled = token.ent_type_ == "" and token.pos_ == "PROPN"
    named = token.ent_type_ == "PERSON" or unlabelled
    if named and token.dep_ == "dobj" and token.head.lemma_ in PLACE_VERBS:
        return True
    if (named or token.ent_type_ == "ORG") and token.dep_ == "pobj" and token.head.lower_ == "into":
        return True  # "moved into Rutshuru": one moves into a place, not a man
    if token.ent_type_ == "ORG" and token.dep_ == "dobj" and token.head.lemma_ in TAKEN_BACK:
        return True  # "retook Marte": what is retaken or overrun is no organisation
    return token.ent_type_ in ("GPE", "LOC", "FAC") or any(
        c.ent_type_ in ("GPE", "LOC", "FAC") for c in token.children if c.dep_ == "compound"
    )


def undergoes(subject: Any, *, captured: bool = False) -> bool:
    """A subject that is the place something happened to: "Kherson was shelled",
    "Damboa was recaptured", "Marib fell to the Houthis"; with ``captured``, also "was
    captured" or "seized", which a person may be too."""
    verb = subject.head
    if subject.dep_ == "nsubj":
        return verb.lemma_ == "fall" and any(c.lower_ in ("to", "into") for c in verb.children)
    verbs = PLACE_VERBS | CAPTURED if captured else PLACE_VERBS
    return subject.dep_ == "nsubjpass" and verb.lemma_ in verbs
