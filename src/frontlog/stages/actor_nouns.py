"""Words that name no actor although the dictionary knows them, for the ``actors``
stage: a generic word that only modifies another noun ("police co-operation"), or a
civilian word for a force's own men ("army engineers")."""

from __future__ import annotations

from typing import Any

from frontlog.report import ActorMention


def names_nobody(actor: ActorMention, span: Any) -> bool:
    """A generic word that only modifies another noun ("police and security co-operation",
    "the military coup"), a civilian word for a force's own men ("army engineers",
    "police experts"), or for whom a building serves ("a girls' school")."""
    forces = ("army", "police", "military")
    children = list(span.root.children)
    former = any(c.lower_ in ("former", "retired", "ex") for c in children)  # "a former
    if (
        actor.kind == "civilians"
        and not former
        and any(  # army officer" is a civilian
            c.dep_ == "compound" and c.lower_ in forces for c in children
        )
    ):
        return True
    built = span.root.dep_ == "poss" and span.root.head.lemma_.lower() in BUILT_FOR
    if actor.kind == "civilians" and built:
        return True  # "blew up a girls' school": a building, named for whom it serves
    word = span[-1] if span.root.dep_ == "det" else span.root
    heads = UNIT_HEADS | (WEAPON_HEADS if actor.kind in ("state", "external") else set())
    return actor.generic and _modifier_only(word, heads)


BUILT_FOR = {"school", "hospital", "clinic", "college", "ward", "shelter", "hostel", "dormitory"}
UNIT_HEADS = {
    "officer", "force", "unit", "patrol", "convoy", "station", "post", "checkpoint",
    "vehicle", "car", "truck", "headquarters", "academy", "base", "barracks", "camp",
    "position", "member", "commander", "chief", "recruit", "cadet", "guard", "compound",
    "centre", "center", "party", "team", "squad", "outpost", "school", "battalion",
    "brigade", "regiment", "division", "van", "jeep", "boat", "helicopter", "tank",
    "expert", "engineer", "sapper", "negotiator", "delegation", "delegate", "envoy", "depot",
}  # fmt: skip
WEAPON_HEADS = {  # a force's weapons: "army artillery shelled", "police fire killed two
    # protesters" (not "a civilian aircraft")
    "artillery", "drone", "jet", "aircraft", "warplane", "gunship", "gunboat", "sniper",
    "mortar", "rocket", "missile", "fire", "strike", "airstrike", "raid", "shelling",
}  # fmt: skip


def _modifier_only(root: Any, heads: set[str]) -> bool:
    """A generic word that only modifies another noun ("police co-operation"); a unit, a
    post or a vehicle of the force ("a police patrol", "a police station") still names it."""
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "a police training centre": the centre
    return bool(
        root.dep_ in ("compound", "amod", "nmod")
        and root.head.pos_ == "NOUN"
        and root.head.dep_ not in ("ROOT", "advcl", "ccomp", "relcl")  # a verb the tagger
        # took for a noun: "after the army withdraws"
        and not {head.lemma_.lower(), head.lower_.removesuffix("s"), root.head.lower_} & heads
        # ("a military drone strike": the drone is the force's, whatever it heads)
        # two nations' adjectives name two forces: "Azerbaijani and Armenian soldiers"
        and not any(c.dep_ == "conj" and c.pos_ == root.pos_ == "ADJ" for c in root.children)
    )  # the lemma of "bases" is "basis"


LAID = {"mine", "landmine", "bomb", "device", "ied", "explosive", "explosives"}


def laid_it(root: Any) -> bool:
    """A group named as what a mine or bomb is ("a Houthi landmine", "an IS bomb"): it
    laid it."""
    return bool(root.dep_ in ("amod", "compound") and root.head.lemma_.lower() in LAID)
