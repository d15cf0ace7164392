"""Who protests and who riots: ACLED names a crowd by what it does, not by who it is.

Used by the ``actors`` stage. In a protest, whoever demonstrates is ``Protesters (X)``
("ethnic Albanians demonstrated", "thousands rallied"); in a riot or mob violence,
``Rioters (X)`` — protesters who storm or burn become rioters, and students or
residents who demonstrate are protesters. A protest always has protesters: where the
report does not say who, the words that say a crowd acted stand for them. X is the country the
event happened in; without one, nobody is named. Whose property is looted or destroyed,
and whom a mob or rioters attack, when no actor is named for it: ``default_target``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from frontlog.lexicon import Lexicon
from frontlog.report import ActorMention, Mention, Report
from frontlog.stages import syntax

CROWDS = {
    "protest": ("Protesters", "protesters"),
    "riot": ("Rioters", "rioters"),
    "mob": ("Rioters", "rioters"),
}
Roles = list[tuple[str, ActorMention]]
FORCE_FIRST = {"excessive_force": True, "protest_intervention": False}
CROWD_KINDS = ("protesters", "rioters", "civilians")


LONE_PEOPLE = {"a man", "a woman", "a person", "a youth", "a teenager", "a suspect"}
LONE_PEOPLE |= {"someone", "somebody", "an unidentified man", "an unknown man"}
ARMED_FAMILIES = ("air", "remote", "ied", "clash", "casualty", "suicide", "grenade")


def crowd_roles(
    roles: Roles, report: Report, mention: Mention, lexicon: Lexicon, country: str | None
) -> Roles:
    roles = _lone_attacker(roles, report, mention, lexicon, country)
    roles = _youths_taken(roles, mention, lexicon, country)
    spec = CROWDS.get(mention.family)
    if spec is None or country is None:
        return roles
    label, kind = spec
    name = lexicon.named_for(f"{label} ({{country}})", country)
    roles = _crowd_first(roles, mention)
    roles = [
        (r, replace(a, name=name, kind=kind))
        if r == "actor1" and a.kind in ("protesters", "rioters", "civilians")
        else (r, a)
        for r, a in roles
    ]
    answered = next((a for r, a in roles if r.endswith("actor1") and a.kind == "state"), None)
    if label == "Rioters" and answered and not any(r == "actor2" for r, _ in roles):
        # "…set tyres ablaze, and police fired tear gas": the crowd rioted (actor1),
        # the police answered (actor2)
        roles = [(r, a) for r, a in roles if a is not answered] + [("actor2", answered)]
    if any(r == "actor1" for r, _ in roles):
        return roles
    # the crowd's own words, else the words that say a crowd acted ("Thousands rally")
    start, end = _subject(report, mention) or (mention.trigger.start, mention.trigger.end)
    crowd = ActorMention(name, kind, country, start, end, report.text[start:end], generic=True)
    return [("actor1", crowd), *roles]


def _crowd_first(roles: Roles, mention: Mention) -> Roles:
    """In a riot the crowd is actor1 and the force it met actor2, however the sentence
    tells it: "police clashed with protesters blocking the highway"."""
    if mention.family != "riot":
        return roles
    force = next((a for r, a in roles if r == "actor1" and a.kind == "state"), None)
    crowd = next((a for r, a in roles if r == "actor2" and a.kind in CROWD_KINDS), None)
    if force is None or crowd is None:
        return roles
    swap = {"actor1": "actor2", "actor2": "actor1"}
    return [(swap[r], a) if a is force or a is crowd else (r, a) for r, a in roles]


TAKEN = ("arrest", "abduction")


def _youths_taken(roles: Roles, mention: Mention, lexicon: Lexicon, country: str | None) -> Roles:
    """Youths arrested or abducted are civilians, not rioters or a people's militia:
    "arrested 40 Amhara youths", "detained a village administrator and two youths"."""
    if mention.family not in TAKEN or country is None:
        return roles
    name = lexicon.named_for("Civilians ({country})", country)
    return [
        (r, replace(a, name=name, kind="civilians"))
        if r.endswith("actor2")
        and a.kind in ("rioters", "identity_militia")
        and a.text.lower().endswith(("youths", "youth"))
        else (r, a)
        for r, a in roles
    ]


def _lone_attacker(
    roles: Roles, report: Report, mention: Mention, lexicon: Lexicon, country: str | None
) -> Roles:
    """One person who did the violence ("a man riding pillion tossed a grenade") is an
    unidentified armed attacker, not a civilian (ACLED)."""
    if mention.family not in ARMED_FAMILIES or country is None:
        return roles
    name = lexicon.named_for("Unidentified Armed Group ({country})", country)
    out = []
    for r, a in roles:
        span = syntax.span_of(report.doc, a.start, a.end)
        lone = a.kind == "civilians" and a.text.lower() in LONE_PEOPLE
        if r == "actor1" and lone and span is not None and span.root.dep_ == "nsubj":
            out.append((r, replace(a, name=name, kind="political_militia")))
        else:
            out.append((r, a))
    return out


def _subject(report: Report, mention: Mention) -> tuple[int, int] | None:
    """The words of the trigger verb's subject, up to its head noun ("Thousands of
    Iraqi Kurds", "Up to 100 ethnic Albanians")."""
    trigger = syntax.span_of(report.doc, mention.trigger.start, mention.trigger.end)
    if trigger is None:
        return None
    verb: Any = trigger.root
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    head = subjects[0]
    words = [t for t in head.subtree if t.i <= head.i or t.dep_ in ("prep", "pobj", "amod")]
    last = max((t for t in words if t.i >= head.i and t.dep_ != "prep"), key=lambda t: t.i)
    if last.dep_ == "pobj" and last.ent_type_ in ("GPE", "LOC"):
        last = head  # "Demonstrators in Baghdad": the place is not the crowd
    return head.left_edge.idx, last.idx + len(last.text)


def _main_first(role: tuple[str, ActorMention]) -> bool:
    """A sort key: actor1 and actor2 before their associates."""
    return role[0].startswith("assoc")


def force_and_crowd(roles: Roles, mention: Mention, lexicon: Lexicon, country: str | None) -> Roles:
    """ACLED's order where force meets a protest: in a protest with intervention the
    protesters are actor1 and the force that intervened actor2; in excessive force
    against protesters, the force is actor1 and the protesters ("people") actor2."""
    force_first = FORCE_FIRST.get(mention.family)
    if force_first is None or country is None:
        return roles
    force = next(  # "police cleared the road" after the crowd's own clause: an associate
        (a for r, a in sorted(roles, key=_main_first) if a.kind in ("state", "external")),
        None,
    )
    if force is not None and _security_forces(force):
        police = lexicon.named_for("Police Forces of {country}", force.country or country)
        force = replace(force, name=police)  # who polices a crowd: ACLED's police
    crowd = next((a for _, a in roles if a.kind in CROWD_KINDS), None)
    name = lexicon.named_for("Protesters ({country})", country)
    start, end = mention.trigger.start, mention.trigger.end
    crowd = (
        replace(crowd, name=name, kind="protesters")
        if crowd is not None
        else ActorMention(name, "protesters", country, start, end, mention.trigger.text, True)
    )
    order = [force, crowd] if force_first else [crowd, force]
    ordered = [(r, a) for r, a in zip(("actor1", "actor2"), order, strict=True) if a is not None]
    rest = [  # another word for the crowd ("a student … as crowds marched") is the crowd
        (r, a)
        for r, a in roles
        if r.startswith("assoc") and a not in (force, crowd) and a.kind not in CROWD_KINDS
    ]
    return ordered + rest


def _security_forces(force: ActorMention) -> bool:
    """A state's forces named only as "security forces" ("Guinean security forces")."""
    military = force.name.startswith("Military Forces of")
    return military and force.text.lower().endswith(("security forces", "security force"))


POLICE_WORDS = re.compile(r"\bpolice\b", re.IGNORECASE)
MILITARY_WORDS = re.compile(r"\b(?:army|military|barracks|soldiers|troops)\b", re.IGNORECASE)


def default_target(
    roles: list[tuple[str, ActorMention]],
    mention: Mention,
    sentence: str,
    sentence_start: int,
    lexicon: Lexicon,
    country: str | None,
    said: list[tuple[int, int]],
) -> list[tuple[str, ActorMention]]:
    """Whose property is looted or destroyed, and whom rioters attack, when no actor is
    named for it (ACLED's practice): the police where the sentence speaks of them, but not
    as the claimant who tells of it ("…, police said"). Else, for looting and destruction,
    civilians ("looted shops and homes"), unless the words speak of soldiers or a base
    (whose it was is then not said); and whom or what a mob attacks is civilian."""
    if country is None or any(r == "actor2" for r, _ in roles):
        return roles
    if mention.family not in ("looting", "riot", "mob"):
        return roles
    rest = sentence  # without its actors' words: "soldiers burned houses"
    for a_start, a_end in [(a.start, a.end) for _, a in roles] + said:
        start, end = a_start - sentence_start, a_end - sentence_start
        if 0 <= start < end <= len(rest):
            rest = rest[:start] + " " * (end - start) + rest[end:]
    if POLICE_WORDS.search(rest):
        template = "Police Forces of {country}"
    elif MILITARY_WORDS.search(rest) and mention.family == "looting":
        return roles  # soldiers looting, or a base destroyed: who owned it is not said
    elif mention.family == "mob" and (
        mention.trigger.text.lower() in CROWDS_FOUGHT or EACH_OTHER.search(sentence)
    ):
        template = "Rioters ({country})"  # "villagers of two hamlets fought", "threw
        # stones at each other": both mobs
    elif mention.family in ("looting", "mob"):
        template = "Civilians ({country})"  # a mob's dead and hurt, and what it burned:
        # "lynched two men", "set fire to the home of an MP"
    else:
        return roles
    name = lexicon.named_for(template, country)
    kind = TARGET_KINDS[template]
    trigger = mention.trigger  # the words that say it was done stand for whom it was done to
    owner = ActorMention(name, kind, country, trigger.start, trigger.end, trigger.text, True)
    return [*roles, ("actor2", owner)]


EACH_OTHER = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)
CROWDS_FOUGHT = {"fought", "clashed", "fighting", "clashes", "brawled"}
TARGET_KINDS = {
    "Police Forces of {country}": "state",
    "Rioters ({country})": "rioters",
    "Civilians ({country})": "civilians",
}
