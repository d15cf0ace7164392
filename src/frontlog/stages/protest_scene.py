"""What a sentence says of a protest: whether those arrested or hit were protesting,
whether a killing happened while a protest went on, and what a protest is about (the
killing a crowd mourns is no killing of protesters, nor a toll of the protest). Used
by ``families``, ``counts`` and ``actors``.
"""

from __future__ import annotations

from typing import Any

from frontlog.stages import syntax
from frontlog.stages.context_words import armed_subject

GRIEVANCE = {
    "demand",
    "condemn",
    "denounce",
    "mourn",
    "commemorate",
    "decry",
    "accountability",
    "justice",
    "anniversary",
    "memory",
    "protest",
    "reject",
    "oppose",
    "support",
}
PROTEST_NOUNS = {"protest", "demonstration", "rally", "march", "sit-in", "picket", "vigil"}
PROTEST_VERBS = {"protest", "demonstrate", "rally", "march"}
STRIKERS = {"workers", "merchants", "traders", "teachers", "doctors", "nurses", "miners", "drivers"}
KILLING = {"kill", "shoot"}
AT_ONCE = {"as", "while", "when"}
PLANNED = {"planned", "upcoming", "proposed", "announced", "scheduled"}


def at_a_protest(sent: Any) -> bool:
    """Those arrested were protesting: protesters, a protest verb ("wrestlers who were
    protesting"), a protest where it happened ("at a rally"); not a protest that is
    the object of another deed ("journalists covering a protest", "for organising a
    march"), nor one still to come ("ahead of a planned rally")."""
    return any(
        t.lemma_ in ("protester", "demonstrator")
        or protesting(t)
        or (t.lemma_ in PROTEST_NOUNS and t.pos_ == "NOUN" and t.dep_ != "dobj" and not _to_come(t))
        for t in sent
    )


def protesting(verb: Any) -> bool:
    """A verb of protest: "marching", "demonstrated", crowds "chanting", or workers
    "striking over" pay or "for" a wage (a strike, where "striking a checkpoint" is an
    attack)."""
    if verb.lower_ == "striking" and verb.dep_ == "amod" and verb.head.lower_ in STRIKERS:
        return True  # "striking bazaar merchants"
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_ in PROTEST_VERBS:
        return not armed_subject(verb)  # not "insurgents marched into Mecufi"
    if verb.lemma_ == "chant" and verb.tag_ == "VBG":
        return True  # "crowds chanting against the government"
    return verb.lemma_ == "strike" and any(
        c.dep_ in ("prep", "prt") and c.lower_ in ("over", "for", "against") for c in verb.children
    )


def _to_come(noun: Any) -> bool:
    """A protest still to come: "ahead of a planned rally", "before the march"."""
    if any(c.dep_ == "amod" and c.lower_ in PLANNED for c in noun.children):
        return True
    return any(a.lower_ in ("ahead", "before") for a in list(noun.ancestors)[:3])


PROTESTERS = {"protester", "protestor", "demonstrator", "marcher", "mourner"}  # (mourners
# in a sentence that speaks of a protest: "marking forty days since a protester's death")


def protesters_hit(sent: Any) -> bool:
    """Protesters are on the receiving end: an object, or under "on"/"at"/"against"
    ("fired on protesters marching to the palace")."""
    for token in sent:
        crowd = token.dep_ in ("dobj", "pobj") and any(protesting(t) for t in token.subtree)
        # "fired on members of a sect who had gathered to march", "at a crowd of truck
        # drivers striking over fuel quotas"
        if token.lemma_ not in PROTESTERS and not crowd:
            continue
        if grieved(token):
            continue  # "rallied to demand justice for the killing of protesters"
        if token.dep_ in ("dobj", "pobj", "nsubjpass"):
            return True
        head = token.head
        for _ in range(3):
            if head.dep_ == "prep" and head.lower_ in ("on", "at", "against"):
                return True
            if head.head.i == head.i:
                break
            head = head.head
    return False


RAMMING = {"run", "drive", "ram", "plough", "plow", "crash", "smash", "mow"}
CROWD_NOUNS = PROTESTERS | PROTEST_NOUNS | {"crowd", "gathering"}


def driven_into(sent: Any) -> bool:
    """A vehicle driven into protesters, a force's violence against them as much as
    live fire: "armoured vehicles ran into demonstrators", "drove a truck into a
    flash protest", "rammed the crowd"."""
    for verb in (t for t in sent if t.pos_ == "VERB" and t.lemma_ in RAMMING):
        for child in verb.children:
            objects = [child] if child.dep_ == "dobj" and verb.lemma_ in ("ram", "mow") else []
            if child.dep_ == "prep" and child.lower_ in ("into", "over", "through"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
            if any(o.lemma_ in CROWD_NOUNS for o in objects):
                return True
    return False


def during_protests(sent: Any, trigger: Any = None) -> bool:
    """ "shot dead 114 people as protests took place", "during a march": a killing while
    protests go on, the protest word the subject or object of its own clause, not a
    cause of grief; or
    a protest verb (or the protest ``trigger``) and a killing, one in a clause of the
    other that says they went on at once ("shot dead a student as crowds took to the
    streets", "as crowds poured into the streets to protest")."""
    protests = any(
        (
            t.lemma_ in ("protest", "demonstration")
            or (t.lemma_ == "march" and t.head.lower_ == "during")
        )
        and t.pos_ == "NOUN"
        and t.dep_ in ("nsubj", "pobj")
        and not grieved(t)
        for t in sent
    )
    killing = [t for t in sent if t.pos_ == "VERB" and t.lemma_ in KILLING and not grieved(t)]
    if protests:
        return bool(killing)
    protesting = [
        t for t in sent if t.pos_ == "VERB" and (t.lemma_ in PROTEST_VERBS or t == trigger)
    ]
    return any(_at_once(p, k) or _at_once(k, p) for p in protesting for k in killing)


def _at_once(clause: Any, main: Any) -> bool:
    """``clause`` is in an adverbial clause of ``main`` marked "as", "while" or "when"."""
    token = clause
    while token.i not in (token.head.i, main.i):
        if token.dep_ == "advcl" and token.head.i == main.i:
            return syntax.marked(token, AT_ONCE)
        token = token.head
    return False


def what_it_is_about(verb: Any) -> bool:
    """A killing a protest is about: mourned or condemned, or told in a clause of what
    came before ("marched after police shot dead a trader")."""
    before = verb.dep_ == "advcl" and syntax.marked(verb, ("after", "following", "since"))
    return before or grieved(verb)


def grieved(token: Any) -> bool:
    """Under a word of grief or protest: the killing a protest is about."""
    return any(a.lemma_ in GRIEVANCE for a in token.ancestors)
