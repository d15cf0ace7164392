"""Who defended and who attacked, for the ``actors`` stage's roles (``role_rules``).

ACLED's actor1 is the side that began it: who repelled an attack, fought it off or beat
it back was attacked ("militiamen repelled an attack on Titao"), and so was who met the
other side and drove it back, and whoever killed attackers "who attacked" first.
"""

from __future__ import annotations

from typing import Any

from frontlog.report import ActorMention, Report
from frontlog.stages import syntax
from frontlog.stages.context_words import armed_word

Roles = list[tuple[str, ActorMention]]
DEFEND_VERBS = {"repel", "repulse", "thwart", "foil"}
BEAT_BACK = {"push", "drive", "beat", "fight", "fend", "force"}  # … back, … off
ATTACK_VERBS = {"attack", "ambush", "raid", "storm", "assault"}
MET = {"confront", "engage", "fight", "battle", "clash"}  # who began it is not said
ROLE_ORDER = ("actor1", "assoc_actor1", "actor2", "assoc_actor2")


def defenders_second(roles: Roles, trigger: Any, report: Report) -> Roles:
    """Who repelled an attack was attacked: "militiamen repelled an attack on Titao,
    killing 12 assailants" — the assailants are actor1 (ACLED: who began it); so was
    who fought and drove the other side back, and those killed "who attacked" first."""
    if (
        trigger.root.lemma_ not in DEFEND_VERBS
        and not _drove_back(trigger.root)
        and not fought_off(trigger.root)
        and not _attacked_first(roles, report)
    ):
        return roles
    other = {"actor1": "actor2", "actor2": "actor1"}
    other |= {"assoc_actor1": "assoc_actor2", "assoc_actor2": "assoc_actor1"}
    return sorted(((other.get(r, r), a) for r, a in roles), key=lambda ra: ROLE_ORDER.index(ra[0]))


def _attacked_first(roles: Roles, report: Report) -> bool:
    """Those acted on had attacked: "killed 17 insurgents who attacked their base"."""
    for actor in (a for r, a in roles if r == "actor2"):
        span = syntax.span_of(report.doc, actor.start, actor.end)
        if span is not None and any(
            c.dep_ == "relcl" and c.lemma_ in ATTACK_VERBS for c in span.root.children
        ):
            return True
    return False


def fought_off(verb: Any) -> bool:
    """ "fought off a Houthi push", "beat back an assault": the subject was attacked (not
    "drove off their cattle")."""
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off") for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    attackers = any(o.lemma_ in PUSHES or armed_word(o) for o in objects)
    return verb.lemma_ in BEAT_BACK and back and attackers


PUSHES = {"attack", "push", "assault", "offensive", "advance", "raid", "incursion", "attacker"}


def _drove_back(verb: Any) -> bool:
    """The subject met the other side and beat it back: "confronted troops trying to
    advance, forcing them back" — the troops attacked (not "attacked …, driving them
    back")."""
    return verb.lemma_ in MET and any(
        c.dep_ == "advcl"
        and c.lemma_ in BEAT_BACK
        and any(g.dep_ in ("prt", "advmod") and g.lower_ in ("back", "off") for g in c.children)
        for c in verb.children
    )


def beat_back(token: Any, trigger_start: int) -> bool:
    """The subject of beating an attack back, of returning fire, or of killing "the
    attackers", in a clause of its own, was attacked: "fighters attacked Lashkar Gah
    before security forces pushed them back", "… and were repelled by government
    forces", "…; the soldiers returned fire", "… and the army killed seven of the
    attackers"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "government forces and UN peacekeepers"
    by = token.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else None
    verb = by.head if by is not None else token.head  # "were repelled by troops"
    if (token.dep_ != "nsubj" and by is None) or verb.idx == trigger_start:
        return False  # "repelled an attack" as the trigger: defenders_second
    back = any(c.lower_ in ("back", "off") for c in verb.children if c.dep_ in ("prt", "advmod"))
    fire = verb.lemma_ == "return" and any(c.lower_ == "fire" for c in verb.children)
    return (
        verb.lemma_ in DEFEND_VERBS
        or (back and verb.lemma_ in BEAT_BACK)
        or fire
        or (verb.lemma_ in KILLS and _the_attackers(verb))
    )


KILLS = {"kill", "shoot", "capture", "wound", "neutralise", "neutralize"}
THE_ATTACKERS = {
    "attackers",
    "assailants",
    "raiders",
    "attacker",
    "assailant",
}  # the side that attacked, named by its deed


def _the_attackers(verb: Any) -> bool:
    """The verb's object is the attackers, told as such: "killed seven of the
    attackers"."""
    return any(
        t.lower_ in THE_ATTACKERS for c in verb.children if c.dep_ == "dobj" for t in c.subtree
    )


def doer_by(event: Any) -> str | None:
    """The role of X in "an ambush by X" (``event``: the word "by" hangs on): who did it,
    unless it was repelled or fought off: "repelled an ambush by X" leaves it to the
    verb's roles, which :func:`defenders_second` turns. "Fought off an assault by X"
    with "by" hung on the verb is read as the assault's: its object's role."""
    if event.lemma_ in DEFEND_VERBS or fought_off(event):
        return "actor2"
    if event.head.lemma_ not in DEFEND_VERBS and not fought_off(event.head):
        return "actor1"
    return None
