"""ACLED event types from a mention's family and its actors.

The decision rules (documented in docs/architecture.md):

- territory: a state actor regains it (``Government regains territory``); anyone else
  overtakes it (``Non-state actor overtakes territory``).
- clash, operation, casualty: ``Violence against civilians`` / ``Attack`` when the side
  acted on is civilians, else ``Battles`` / ``Armed clash``.
- remote (shelling, artillery, rockets), air (air or drone strike), ied (explosions,
  bombs): ``Explosions/Remote violence`` with the matching sub-type.
- abduction, arrest, protest, riot: their ACLED types.
"""

from __future__ import annotations

import re

from frontlog.report import ActorMention

# most specific first: a sentence's mention takes the first family it has
PRECEDENCE = (
    "transfer",
    "territory",
    "chemical",
    "excessive_force",
    "protest_intervention",
    "air",
    "remote",
    "suicide",
    "grenade",
    "ied",
    "sexual",
    "abduction",
    "riot",
    "mob",
    "protest",
    "disrupted",
    "looting",
    "coup",
    "arrest",
    "hq",
    "change",
    "other",
    "clash",
    "agreement",  # fighting told with the truce agreed after it is the fighting
    "operation",
    "casualty",
    "supplement",
)
GENERIC_FAMILIES = frozenset({"operation", "casualty", "supplement"})

FIXED = {
    "remote": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "arrest": ("Strategic developments", "Arrests"),
    "protest": ("Protests", "Peaceful protest"),
    "riot": ("Riots", "Violent demonstration"),
    "chemical": ("Explosions/Remote violence", "Chemical weapon"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "excessive_force": ("Protests", "Excessive force against protesters"),
    "protest_intervention": ("Protests", "Protest with intervention"),
    "mob": ("Riots", "Mob violence"),
    "disrupted": ("Strategic developments", "Disrupted weapons use"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "agreement": ("Strategic developments", "Agreement"),
    "hq": ("Strategic developments", "Headquarters or base established"),
    "transfer": ("Strategic developments", "Non-violent transfer of territory"),
    "change": ("Strategic developments", "Change to group/activity"),
    "other": ("Strategic developments", "Other"),
    "coup": ("Strategic developments", "Other"),
}
STATE_KINDS = {"state", "external"}


def event_type(family: str, *, actor1_kind: str | None, target_kind: str | None) -> tuple[str, str]:
    """``(event_type, sub_event_type)`` in ACLED's exact strings."""
    if family in FIXED:
        return FIXED[family]
    if family == "territory":
        if actor1_kind in STATE_KINDS:
            return ("Battles", "Government regains territory")
        return ("Battles", "Non-state actor overtakes territory")
    if target_kind == "civilians":
        return ("Violence against civilians", "Attack")
    return ("Battles", "Armed clash")


def kind_of_target(target: ActorMention | None) -> str | None:
    """The kind of actor2, for the type: a government's officials are unarmed ("the
    governor … was killed" is violence against civilians, though ACLED names its actor2
    the Government of X), and so are prisoners of war ("shot dead a Ukrainian prisoner
    of war": an attack on the Military Forces of Ukraine)."""
    if target is None:
        return None
    if target.kind == "state" and target.name.startswith("Government"):
        return "civilians"
    if target.kind == "state" and CAPTIVES.search(target.text):
        return "civilians"
    return target.kind


CAPTIVES = re.compile(r"\b(?:prisoners? of war|POWs?)\b", re.IGNORECASE)
