"""What a sentence's words make of its trigger: context words refine the family that a
trigger or a frame (``frames``) gave.

Words anywhere in the sentence, from ``contexts`` in ``data/lexicon.json``, refine the
most specific family found. A death in an earthquake or a crash is no event. A strike,
shelling or blast with chlorine or a nerve agent is a chemical weapon. Rape or sexual
assault is sexual violence. Where protesters are the victims of lethal force, it is
excessive force against protesters; where they are dispersed, protest with
intervention; where protesters or rioters storm, burn or throw stones, a violent
demonstration. A mob killing, burning or looting is mob violence. Territory changing
hands without a fight or under a deal is a non-violent transfer. A fire or a crash that
kills is no event.
"""

from __future__ import annotations

from typing import Any

from frontlog.lexicon import Lexicon
from frontlog.stages import suicide
from frontlog.stages.actor_match import find_actors
from frontlog.stages.context_words import has
from frontlog.stages.mobs import at_each_other, crowd_turned_violent, mob
from frontlog.stages.protest_scene import (
    at_a_protest,
    driven_into,
    during_protests,
    protesters_hit,
    protesting,
)

VIOLENT = ("air", "remote", "ied", "clash", "casualty", "operation", "suicide", "grenade")
UNFORCED_TAKING = {"take", "enter", "move", "walk", "deploy", "assume"}
DISASTER_SUBJECTS = {"fire", "fires", "blaze", "earthquake", "flood", "floods", "storm", "crash"}
ACCIDENTAL = {"tanker", "cylinder", "cylinders", "boiler", "transformer"}


def _no_violence(family: str, sent: Any, lexicon: Lexicon) -> bool:
    if family in ("casualty", "operation") and (
        has(sent, "disaster", lexicon) or _disaster_subject(sent)
    ):
        return True
    if family == "ied" and any(t.dep_ == "nsubj" and t.lower_ in ACCIDENTAL for t in sent):
        return True  # "a petrol tanker exploded", "a gas cylinder exploded": accidents
    if family in ("ied", "remote") and has(sent, "accident", lexicon):
        return True  # "an explosion at an ammunition depot …; state media blamed a
        # technical fault"
    if family == "ied" and _tapped_pipeline(sent):
        return True  # "a pipeline exploded after residents tapped it to steal fuel"
    if family == "disrupted" and _drug_works_only(sent):
        return True  # "dismantled three cocaine labs": drug enforcement, no weapon
    if family == "remote" and any(
        t.dep_ == "nsubj" and t.lower_ in ("tank", "tanks") and t.head.lemma_ == "explode"
        for t in sent
    ):
        return True  # "a fuel tank exploded" (not "tanks fired on the crossing")
    return family == "clash" and _fights_disaster(sent)


def _lethal(sent: Any, lexicon: Lexicon) -> bool:
    """Lethal force: "opened fire", "live rounds", "shot dead"; not the fire a crowd set
    ("set fire to a government building")."""
    if not has(sent, "lethal", lexicon):
        return False
    text = sent.text.lower()
    words = {t.lower_ for t in sent if not (t.lower_ == "fire" and t.head.lemma_ in ARSON)}
    return any(
        (w in text) if " " in w else (w in words) for w in lexicon.contexts.get("lethal", ())
    )


ARSON = {"set", "catch"}  # "set fire to", "caught fire"


def _protest_met(family: str, crowd: bool, sent: Any, lexicon: Lexicon) -> str | None:
    """A protest verb with no crowd word, met by force: "farmers blocked the highway;
    police cleared it with tear gas" (but tyres set ablaze make it a riot)."""
    if family != "protest" or crowd or not has(sent, "intervention", lexicon, deeds=True):
        return None
    return "riot" if has(sent, "riot", lexicon) else "protest_intervention"


def refine(family: str, sent: Any, lexicon: Lexicon, trigger: Any = None) -> str | None:
    """The family the sentence makes of its most specific trigger (the token, when
    known); None: not an event."""
    if _no_violence(family, sent, lexicon):
        return None  # deaths in a flood or a crash; "firefighters battled a blaze"
    done_to = _what_was_done(family, sent, lexicon)
    if done_to is not None:
        return done_to
    if family == "clash" and _raid_of_arrests(trigger) and not has(sent, "fought", lexicon):
        return "arrest"  # "a raid … ended with the arrest of a cartel boss"
    if has(sent, "sexual", lexicon) and family in (*VIOLENT, "abduction", "sexual"):
        return "sexual"
    if family in ("ied", "remote", "casualty", "clash") and (
        suicide.driven_bomb(sent) or suicide.worn_bomb(sent) or has(sent, "vest", lexicon)
    ):  # "explosives strapped to his body"
        return "suicide"
    crowd = has(sent, "protesters", lexicon) or any(protesting(t) for t in sent)
    crowd = crowd or (trigger is not None and trigger.lemma_ == "disperse")  # a gathering
    hit = (
        (crowd or family == "protest")  # a protest verb says there was a crowd
        and _lethal(sent, lexicon)
        and (
            protesters_hit(sent)
            or (family in ("casualty", "protest") and during_protests(sent, trigger))
        )
    )
    hit = hit or (family == "protest_intervention" and _lethal(sent, lexicon))
    hit = hit or (family in ("protest", "protest_intervention") and driven_into(sent))
    # tear gas and live rounds at people, "killing a 17-year-old": the crowd was hit
    if hit and family in (*VIOLENT, "protest", "protest_intervention"):  # "killed 24 …"
        return "excessive_force"
    met = _protest_met(family, crowd, sent, lexicon)
    if met is not None:
        return met
    if crowd_turned_violent(family, sent, trigger):
        return "riot"  # "workers demanding their wages torched a car", whoever then
        # dispersed them: the crowd's own violence decides
    if (
        crowd
        and family in (*VIOLENT, "protest", "arrest")
        and has(sent, "intervention", lexicon, deeds=True)
        and (family != "arrest" or at_a_protest(sent))
    ):
        return "protest_intervention"
    unrest = _unrest(family, crowd, sent, lexicon, trigger)
    if unrest is not None:
        return unrest
    if family == "looting" and (has(sent, "deaths", lexicon, deeds=True) or _shot_people(sent)):
        return "casualty"  # "set fire to a bus, burning 23 travellers to death", "burned
        # the neighbourhood and shot those who tried to flee"
    if family == "territory" and (
        has(sent, "transfer", lexicon) or _moves_into_what_was_left(sent, lexicon, trigger)
    ):
        return "transfer"
    if family == "arrest" and has(sent, "crime", lexicon) and not _armed_group(sent, lexicon):
        return None  # "arrested a man suspected of stealing cars": ordinary crime
    return family


SHOOTING_FORCES = {"soldiers", "troops", "servicemen", "gendarmes", "policemen", "officers"}


def _shooting_forces(sent: Any) -> bool:
    """Armed forces firing into the air: soldiers who protest so are mutineers."""
    return any(
        t.lemma_ in ("fire", "shoot")
        and any(c.dep_ == "nsubj" and c.lower_ in SHOOTING_FORCES for c in t.children)
        and any(c.dep_ == "prep" and any(g.lower_ == "air" for g in c.children) for c in t.children)
        for t in sent
    )


def _unrest(family: str, crowd: bool, sent: Any, lexicon: Lexicon, trigger: Any) -> str | None:
    """A riot, mob violence, or what attackers with no crowd did."""
    rioters = crowd or any(t.lower_ in ("rioters", "rioter") for t in sent)
    rioters = rioters or (family == "clash" and has(sent, "crowds", lexicon))  # "crowds
    # stormed the residence"; a crowd that kills is a mob, below
    unrest = (*VIOLENT, "looting", "protest", "riot")
    if family in unrest and at_each_other(sent):
        return "mob"
    if rioters and family in unrest and has(sent, "riot", lexicon, deeds=family == "protest"):
        return "riot"
    if mob(family, sent, lexicon, trigger):
        return "mob"
    if family == "riot" and not rioters and _thrown_by_attackers(trigger):
        return "looting"  # "unknown attackers threw petrol bombs at a house": no crowd
    return None


def _what_was_done(family: str, sent: Any, lexicon: Lexicon) -> str | None:
    """What the violence did, whatever did it: a dam destroyed is ACLED's Other ("an
    explosion destroyed a dam"); a gas used is a chemical weapon; soldiers who protest
    by firing into the air mutiny."""
    if family in (*VIOLENT, "looting") and _dam_destroyed(sent):
        return "other"
    if family in VIOLENT and has(sent, "chemical", lexicon):
        return "chemical"
    if family == "protest" and _shooting_forces(sent):
        return "coup"  # "soldiers fired into the air to protest unpaid bonuses": a mutiny
    return None


def _raid_of_arrests(trigger: Any) -> bool:
    """A raid whose outcome, told as its verb's object, was an arrest: "a raid … ended
    with the arrest of", "the raid led to the arrest of"."""
    if trigger is None or trigger.lemma_ != "raid" or trigger.dep_ != "nsubj":
        return False
    verb = trigger.head
    if verb.lemma_ not in ("end", "lead", "result"):
        return False
    return any(t.lemma_ in ("arrest", "detention", "capture") for t in verb.subtree)


def _dam_destroyed(sent: Any) -> bool:
    """A dam destroyed, breached or blown up, as its object or passive subject."""
    return any(
        t.lemma_ in ("dam", "dams")
        and t.dep_ in ("dobj", "nsubjpass")
        and t.head.lemma_ in ("destroy", "breach", "blow")
        for t in sent
    )


def _moves_into_what_was_left(sent: Any, lexicon: Lexicon, trigger: Any) -> bool:
    """ACLED's non-violent transfer: a force takes over or enters a place the other side
    has left ("took over Kirkuk after the army abandoned its positions"), with no fight
    told. A verb of force ("captured", "overran", "recaptured") stays a battle."""
    return (
        trigger is not None
        and trigger.lemma_ in UNFORCED_TAKING
        and has(sent, "withdrawal", lexicon)
        and not has(sent, "fought", lexicon)
    )


SHOT_THINGS = {"bullet", "round", "shot", "gun", "flare", "tyre", "tire", "window", "lock"}
SHOT_THINGS |= {"car", "vehicle", "house", "dog", "animal", "cattle", "livestock", "video"}


def _shot_people(sent: Any) -> bool:
    """Someone shot people: "shot those who tried to flee", "shot two herders" (not
    "shot bullets into the air", "shot out the tyres")."""
    return any(
        t.pos_ == "VERB"
        and t.lemma_ == "shoot"
        and any(c.dep_ == "dobj" and c.lemma_ not in SHOT_THINGS for c in t.children)
        for t in sent
    )


DRUG_WORKS = {"lab", "laboratory", "plantation", "crop", "field", "refinery", "still"}
ARMS = {"explosive", "weapon", "ammunition", "rifle", "mine", "bomb", "grenade", "cache", "arm"}
ARMS |= {"ied", "device", "drone", "missile", "rocket", "mortar"}


def _drug_works_only(sent: Any) -> bool:
    """What was destroyed or dismantled is drug works (labs, coca fields, illegal
    refineries), with no weapon among it."""
    objects = [t for t in sent if t.dep_ in ("dobj", "nsubjpass", "conj")]
    return any(t.lemma_ in DRUG_WORKS for t in objects) and not any(t.lemma_ in ARMS for t in sent)


def _tapped_pipeline(sent: Any) -> bool:
    """A pipeline that exploded where people were stealing from it: an accident."""
    return any(
        t.dep_ == "nsubj" and t.lemma_ == "pipeline" and t.head.lemma_ == "explode" for t in sent
    ) and any(t.lemma_ in ("steal", "tap", "siphon", "scoop", "theft") for t in sent)


def _disaster_subject(sent: Any) -> bool:
    """A fire, a flood or a crash is what killed: "a fire at a detention centre killed 39"."""
    return any(t.lower_ in DISASTER_SUBJECTS and t.dep_ == "nsubj" for t in sent)


def _fights_disaster(sent: Any) -> bool:
    return any(
        t.lower_ in DISASTER_SUBJECTS | {"flames", "wildfire", "wildfires"}
        and t.dep_ == "dobj"
        and t.head.lemma_ in ("battle", "fight")
        for t in sent
    )


ATTACKERS = {"attacker", "assailant", "gunman", "militant", "man", "person", "individual"}


def _thrown_by_attackers(verb: Any) -> bool:
    """What was thrown ("threw petrol bombs") was thrown by attackers, not a crowd."""
    return verb is not None and any(
        c.dep_ == "nsubj" and c.lemma_ in ATTACKERS for c in verb.children
    )


def _armed_group(sent: Any, lexicon: Lexicon) -> bool:
    """A named group that is not a state's ("a leader of the Sinaloa Cartel")."""
    return any(
        not a.generic and a.kind not in ("state", "external")
        for a in find_actors(sent.text, sent.start_char, lexicon, country=None)
    )
