"""What makes a bombing a suicide attack beyond the word "suicide": a bomb driven or
rammed into its target, or set off by the one who carried it. Used by ``families``."""

from __future__ import annotations

from typing import Any


def driven_bomb(sent: Any) -> bool:
    """A bomb driven or rammed into its target is a suicide attack: "drove two car bombs
    into a military base", "rammed an explosives-laden truck into the gate"."""
    for verb in sent:
        if verb.lemma_ not in ("drive", "ram") or verb.pos_ != "VERB":
            continue
        words = {t.lower_ for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
        if words & {"bomb", "bombs", "explosives-laden", "bomb-laden", "explosives"}:
            return True
    return False


def worn_bomb(sent: Any) -> bool:
    """A bomb its bearer set off: "detonated the explosives he was carrying"."""
    for verb in sent:
        if verb.lemma_ not in ("detonate", "trigger", "explode") or verb.pos_ != "VERB":
            continue
        bombs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in BOMB_WORDS]
        borne = [r for b in bombs for r in b.children if r.dep_ == "relcl"]
        if any(r.lemma_ in ("carry", "wear") and _by_a_person(r) for r in borne):
            return True
    return False


BOMB_WORDS = {"explosive", "explosives", "bomb", "device", "belt", "charge"}


def _by_a_person(verb: Any) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in verb.children)
