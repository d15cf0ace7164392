"""What a weapon word makes of a trigger: "a drone fired a missile" is an air strike,
"a missile hit Abha" a missile attack, "a car bomb attack" an explosion. Used by
``mentions``."""

from __future__ import annotations

from typing import Any

from frontlog.lexicon import Lexicon
from frontlog.stages import frames, syntax


def verb_family(token: Any, lexicon: Lexicon) -> str | None:
    """A frame's family ("fired a missile"), or the family of the weapon a weapon verb's
    subject names ("Coalition aircraft destroyed 14 tanks"); the weapon that did it
    decides between them."""
    framed = frames.frame_family(token, lexicon)
    if framed in ("remote", "disrupted"):
        weapon = subject_family(token, lexicon)
        if framed == "remote" and weapon == "air":
            return "air"  # "an Israeli drone fired a missile": an air strike
        if framed == "disrupted" and weapon in ("air", "remote"):
            return weapon  # "one strike destroyed two weapons caches": the strike
    if framed is not None:
        return framed
    if token.pos_ == "VERB" and token.lemma_ in lexicon.weapon_verbs:
        weapon = subject_family(token, lexicon)
        if any(  # "a tank hit a mine": the mine is the weapon
            c.dep_ == "dobj" and lexicon.weapon_subjects.get(c.lower_) == "ied"
            for c in token.children
        ):
            return None
        if weapon == "ied" and token.lemma_ in ("fire", "launch"):
            return "remote"  # "cluster munitions fired from across the river": not planted
        if token.lemma_ == "crash" and not _crashed_into(token):
            return None  # "a drone crashed into a dormitory", not "crashed in a field",
            # nor "a helicopter crashed into a hillside"
        if weapon is not None and (token.lemma_ != "land" or weapon == "remote"):
            return weapon  # "a missile hit Abha", "rockets landed near the airport"
            # (not "helicopters landed")
    return None


UNMANNED = {"drone", "missile", "rocket", "uav", "shahed", "projectile", "shell"}


def _crashed_into(verb: Any) -> bool:
    """An unmanned weapon that crashed into something hit it: "a Shahed drone crashed
    into a dormitory"."""
    into = any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return into and any(s.lemma_.lower() in UNMANNED for s in subjects)


def compound(noun: Any, lexicon: Lexicon) -> str | None:
    """An attack named by its weapon: "a car bomb attack", "mortar attacks", "a drone
    attack". The weapon word nearest the head decides."""
    table = lexicon.weapon_subjects
    words = [c for c in noun.lefts if c.dep_ == "compound"]
    for word in reversed(words):
        family = table.get(word.lower_) or table.get(word.lemma_)
        if family is not None and word.lower_ not in ("strike", "strikes"):
            return family
    return None


def carried_out_by(noun: Any, lexicon: Lexicon) -> str | None:
    """Raids or attacks that a weapon carried out: "warplanes carried out 30 raids"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ not in lexicon.light_verbs:
        return None
    return subject_family(verb, lexicon)


def subject_family(verb: Any, lexicon: Lexicon) -> str | None:
    """The family of the weapon a violent verb's subject names, if it names one."""
    table = lexicon.weapon_subjects
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for c in verb.children if c.dep_ == "agent" for g in c.children]  # "hit
    # from the air by Russian guided bombs"
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects:  # "Shelling hit Vovchansk", the tagger's auxiliary
        subjects = [c for c in verb.lefts if c.dep_ == "aux" and c.lower_ in table]
    subjects = [_antecedent(verb) if _relative(s, verb) else s for s in subjects]  # "a
    # bomb that tore through their vehicle"
    subjects = [_of_what(s) for s in subjects]  # "a wave of missiles", "dozens of drones"
    words = [t for s in subjects for t in s.subtree]
    if any(t.lower_ == "suicide" for t in words):
        return None  # "a suicide bomber attacked": no aircraft, and no planted bomb
    heads = [s for s in subjects if s.lower_ in table or s.lemma_ in table]
    for s in subjects:  # "mortar rounds", "rocket fire", "its air force"
        named = [c.lower_ for c in s.children if c.dep_ == "compound"]
        weapon = next((w for w in named if w in table), None)
        if s.lower_ in ("rounds", "round", "fire") and weapon is not None:
            return table[weapon]
        if s.lower_ == "force" and "air" in named:
            return "air"
    if any(s.lemma_ in VESSELS for s in subjects):
        return "ied"  # "a drone boat exploded": an explosive boat, not an aircraft
    if heads:  # the head noun decides ("a drone's missile" is a missile), but its own
        # weapon word comes first: a "missile strike" is a missile
        head = heads[0]
        if head.lemma_ == "bomb" and any(c.lower_ in AIR_BOMBS for c in head.children):
            return "air"  # "a Russian guided bomb hit": dropped from an aircraft
        kinds = [c for c in head.children if c.dep_ == "compound" and c.lower_ in table]
        joined = [verb.head] if verb.dep_ == "conj" else []  # "launched from X and hit"
        if _from_aircraft([verb, *joined, *words], table):
            return "air"  # "a missile fired from a Russian jet": an air strike
        return table[kinds[0].lower_] if kinds else table.get(head.lower_) or table[head.lemma_]
    air = [t for t in words if table.get(t.lower_) == "air" or table.get(t.lemma_) == "air"]
    if air or _from_the_air(verb):
        return "air"  # "hit from the air by Russian guided bombs"
    return _instrument(verb, table)


def _from_the_air(verb: Any) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.lower_ == "air" for g in c.children)
        for c in verb.children
    )


def _from_aircraft(tokens: list[Any], table: dict[str, str]) -> bool:
    """Whether one of ``tokens`` is "from" an aircraft: "fired from a jet"."""
    return any(
        t.dep_ == "prep"
        and t.lower_ == "from"
        and any(table.get(g.lower_) == "air" for g in t.children if g.dep_ == "pobj")
        for token in tokens
        for t in (token, *token.children)
    )


def _antecedent(verb: Any) -> Any:
    """What a relative clause's "that" stands for: its head noun, or the weapon of the
    verb that noun's phrase hangs on when the parser hung the clause on a place ("planted
    mines on a road outside Dikwa that killed three farmers")."""
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        objects = [c for c in noun.head.head.children if c.dep_ == "dobj"]
        if objects and objects[0].lemma_ in WEAPON_OBJECTS:
            return objects[0]
    return noun


WEAPON_OBJECTS = {"mine", "landmine", "bomb", "explosive", "device", "ied"}


def _relative(subject: Any, verb: Any) -> bool:
    return subject.lower_ in ("that", "which") and verb.dep_ == "relcl"


def _instrument(verb: Any, table: dict[str, str]) -> str | None:
    """The weapon a force struck with: "struck a building with an S-300 missile" (a
    missile, a shell or an aircraft; "attacked a post with explosives" and rifles may
    be an assault)."""
    for prep in _withs(verb):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if any(w.lemma_ in SMALL_ARMS for w in syntax.conjuncts(obj)):
                return None  # "with rockets and small arms": an assault
            if obj.lemma_ == "bomb" and any(c.lower_ in AIR_BOMBS for c in obj.children):
                return "air"  # "hit Kherson with glide bombs"
            family = table.get(obj.lower_) or table.get(obj.lemma_)
            if family in ("air", "remote"):
                return family
    return None


def _withs(verb: Any) -> list[Any]:
    """The verb's "with" phrases, and those the parser hung on a place or a noun of its
    object ("hit a depot near Oleshky with HIMARS rockets")."""
    found = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        found += [
            t
            for t in obj.subtree
            if t.dep_ == "prep" and t.lower_ == "with" and _nouns_between(t.head, obj)
        ]
    return found


def _nouns_between(token: Any, top: Any) -> bool:
    """Whether the path from ``token`` up to ``top`` passes only nouns and prepositions."""
    while token.i != top.i:
        if token.pos_ not in ("NOUN", "PROPN", "ADP"):
            return False
        token = token.head
    return True


SMALL_ARMS = {"arm", "rifle", "gun", "machine-gun", "kalashnikov", "weapon", "firearm"}


VESSELS = {"boat", "vessel", "skiff"}
AIR_BOMBS = {"guided", "aerial", "glide", "gravity"}
QUANTITY_HEADS = {"wave", "barrage", "salvo", "swarm", "dozens", "hundreds", "scores", "volley"}


def _of_what(noun: Any) -> Any:
    """The noun a quantity word stands for: "a wave of Russian cruise missiles"."""
    if noun.lower_ not in QUANTITY_HEADS:
        return noun
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [g for p in of for g in p.children if g.dep_ == "pobj"]
    return objects[0] if objects else noun


def is_air(token: Any, lexicon: Lexicon) -> bool:
    """A "strike" near an air word ("drone strike", "strikes by warplanes"), or one the
    aircraft carried out ("jets carried out more than 100 strikes")."""
    near = {t.lower_ for t in token.doc[max(token.i - 3, 0) : token.i + 3]}
    if near & lexicon.air_words:
        return True
    obj = token  # "carried out dozens of strikes": the object is "dozens"
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.i != obj.head.i:
        obj = obj.head.head
    doers = [c for c in obj.head.children if c.dep_ == "nsubj"] if obj.dep_ == "dobj" else []
    return any(d.lemma_.lower() in AIRCRAFT for d in doers)  # (not "Coalition forces
    # conducted 22 strikes in Syria and Iraq": a summary, whose places come after)


AIRCRAFT = {"jet", "warplane", "aircraft", "drone", "helicopter", "bomber", "plane", "gunship"}
