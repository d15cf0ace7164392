"""Mob violence: unarmed people who did the violence, or who fought each other with no
armed side told (ACLED's *Mob violence*); and people with a cause whose own violence
makes their demonstration a riot. Used by ``families``."""

from __future__ import annotations

from typing import Any

from frontlog.lexicon import Lexicon
from frontlog.stages.actor_ethnic import find_ethnic
from frontlog.stages.actor_match import find_actors
from frontlog.stages.context_words import ARMED_NOUNS, armed_word, has
from frontlog.stages.syntax import finite_verb

MOB_SUBJECTS = {"villagers", "residents", "locals", "crowd", "crowds", "mob", "mobs"}


def mob(family: str, sent: Any, lexicon: Lexicon, trigger: Any) -> bool:
    """A mob's words ("lynched", "a mob"), or unarmed people who did the violence:
    "villagers beat to death a man accused of theft"."""
    if any(find_ethnic(sent.text, 0, lexicon, None)):
        return False  # "Dinka and Nuer youths": two peoples' militias, no mob
    if trigger is not None and _group_did_it(trigger, lexicon):
        return False  # "Imbonerakure youths beat …": a named militia's men, no mob
    if family in ("casualty", "clash", "mob", "looting") and has(sent, "mob", lexicon):
        return not _armed_people(sent)
    if family == "clash" and trigger is not None and _crowds_fought(trigger, lexicon):
        return True
    # "a crowd set fire to two trucks": what a crowd burns is mob violence too
    violent = family in ("casualty", "clash", "looting")
    return violent and trigger is not None and _crowd_did_it(trigger)


def at_each_other(sent: Any) -> bool:
    """Unarmed people who fought "each other" or "one another", no force among them:
    "supporters of two rival parties threw stones at each other" (rioters against
    rioters, ACLED's mob violence, not a demonstration)."""
    text = sent.text.lower()
    if "each other" not in text and "one another" not in text:
        return False
    crowd = any(t.lower_ in UNARMED | CAUSE_CROWDS for t in sent)  # (not "Russia and
    # Ukraine blamed each other")
    return crowd and not _armed_people(sent) and not any(t.lower_ in FIGHTERS for t in sent)


def _armed_people(sent: Any) -> bool:
    """People called armed: "armed youths", "youths armed with spears" fight, where
    "armed mobs", and youths "armed with clubs", are still mobs."""
    return any(
        t.lower_ == "armed"
        and t.head.lower_ not in MOB_SUBJECTS
        and (t.dep_ == "amod" or (t.dep_ == "acl" and _with_arms(t)))
        for t in sent
    )


ARMS = {"guns", "rifles", "spears", "firearms", "kalashnikovs", "pistols", "bows"}


def _with_arms(armed: Any) -> bool:
    """ "armed with guns", "armed with spears and bows": arms, not clubs or stones."""
    return any(
        o.lower_ in ARMS or any(c.dep_ == "conj" and c.lower_ in ARMS for c in o.children)
        for w in armed.children
        if w.lower_ == "with"
        for o in w.children
        if o.dep_ == "pobj"
    )


def _group_did_it(verb: Any, lexicon: Lexicon) -> bool:
    """The verb's subject names a party of the dictionary ("Imbonerakure youths")."""
    subjects = (c for c in verb.children if c.dep_ == "nsubj")
    return any(_names_party(s.doc[s.left_edge.i : s.i + 1], lexicon) for s in subjects)


def _names_party(span: Any, lexicon: Lexicon) -> bool:
    """The words name an armed party of the dictionary by its name, not civilians."""
    found = find_actors(span.text, span.start_char, lexicon, country=None)
    return any(not a.generic and a.kind != "civilians" for a in found)


def _crowds_fought(verb: Any, lexicon: Lexicon) -> bool:
    """Unarmed people fought each other, with no armed side told: "villagers from two
    hamlets fought over a fishing pond" (the police who tell it aside)."""
    if not any(c.dep_ == "nsubj" and c.lower_ in UNARMED for c in verb.children):
        return False
    if any(t.lower_ in FIGHTERS for t in verb.subtree):
        return False  # (a university named is no party: no other named thing counts)
    return not _names_party(verb.doc[verb.left_edge.i : verb.right_edge.i + 1], lexicon)


FIGHTERS = ARMED_NOUNS | {"police", "policemen", "gunmen", "attackers"}
UNARMED = MOB_SUBJECTS | {"activists", "supporters", "students", "youths", "workers"}


def _crowd_did_it(verb: Any) -> bool:
    """Unarmed people did the violence to someone: a mob, whatever the word for them."""
    if _done_by_a_crowd(verb):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.pos_ != "VERB" or not objects or any(armed_word(c) for c in objects):
        return False  # villagers who confront gunmen fight; they are no mob
    doer = verb if any(c.dep_ == "nsubj" for c in verb.children) else finite_verb(verb)
    if doer is verb and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        doer = verb.head  # "a crowd chased down two men and beat them to death"
    return any(c.dep_ == "nsubj" and c.lower_ in MOB_SUBJECTS for c in doer.children)


def _done_by_a_crowd(verb: Any) -> bool:
    """The same told in the passive: "a man … was beaten to death by villagers"."""
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    doers = [g for a in verb.children if a.dep_ == "agent" for g in a.children]
    return (
        bool(victims)
        and not any(armed_word(c) for c in victims)
        and any(g.dep_ == "pobj" and g.lower_ in MOB_SUBJECTS for g in doers)
    )


CAUSE_CROWDS = {"workers", "students", "supporters", "activists", "demonstrators", "traders"}
CAUSE_CROWDS |= {"drivers"}  # "motorcycle taxi drivers angry at the killing of a colleague"


def crowd_with_a_cause(verb: Any) -> bool:
    """People with a cause who smashed or burned ("workers demanding unpaid wages
    torched a manager's car"): a violent demonstration, where villagers or a mob who do
    it are mob violence."""
    doer = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    return any(c.dep_ == "nsubj" and c.lower_ in CAUSE_CROWDS for c in doer.children)


def crowd_turned_violent(family: str, sent: Any, trigger: Any) -> bool:
    """People with a cause who burned, smashed or stoned: the trigger itself, or, where
    the trigger tells how police met them, any verb of the sentence ("traders protesting
    a tax set fire to the town hall before police dispersed them")."""
    if family == "looting" and trigger is not None:
        return crowd_with_a_cause(trigger)  # (two crowds that fought: a mob, ACLED's
        # rioters against rioters)
    if family not in ("protest", "protest_intervention"):
        return False
    return any(t.lemma_ in RIOT_VERBS and crowd_with_a_cause(t) for t in sent)


RIOT_VERBS = {"set", "burn", "torch", "smash", "storm", "loot", "stone", "ransack"}
