"""Places that only locate another: "X near Y", "X, near Y", "X village east of Y",
and the area a place is in ("X in the Y region", "X, Y state", "the X district of
Y", "Y's X township"). Such a place becomes the other's anchor, with the relation that says how it
locates it ("near" or "in"); places.py resolves the place in its anchor's country and
falls back to the anchor.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any

from frontlog.report import PlaceMention
from frontlog.stages.place_words import (
    ADMIN_UNITS,
    AREA_NOUNS,
    AREA_WORDS,
    CLASSIFIER,
    DIRECTION,
    FACILITIES,
    REGION_ADJ,
)

PARTS_OF_TOWNS = {"district", "neighbourhood", "neighborhood", "quarter", "suburb", "camp", "slum"}
UNITS = AREA_WORDS | PARTS_OF_TOWNS | ADMIN_UNITS  # what a place's 's may hold


def fold_anchors(
    found: list[tuple[Any, PlaceMention]], countries: Collection[str] = ()
) -> list[PlaceMention]:
    """A place right after "X near", "X village east of" locates X: it becomes X's anchor."""
    out: list[PlaceMention] = []
    ents: list[Any] = []  # the entity that ends each of ``out``'s words (None: folded)
    for ent, found_mention in found:
        begins, mention = ent.start, found_mention
        if ents and ents[-1] is not None and _holds(ents[-1], ent):
            # "Sagaing's Myaung township": the region before the 's holds the township
            begins = ents.pop().start
            mention = replace(mention, anchor=replace(out.pop(), relation="in"))
        last_ent = ents[-1] if ents else None
        how = _locates(last_ent, ent, mention, countries, begins) if last_ent else None
        if how is not None:
            out[-1] = replace(out[-1], anchor=replace(mention, relation=how))
            ents[-1] = None
            continue
        out.append(mention)
        ents.append(ent)
    return out


def _holds(previous: Any, ent: Any) -> bool:
    """ "Sagaing's Myaung township", "Baghdad's Karrada district": a place, its 's, then
    a unit of it."""
    doc = ent.doc
    between = [t.lower_ for t in doc[previous.end : ent.start]]
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return between in (["'s"], ["’s"]) and (after in UNITS or ent[-1].lower_ in UNITS)


def _locates(
    previous: Any, ent: Any, mention: PlaceMention, countries: Collection[str], begins: int
) -> str | None:
    """How the place ``ent`` (with the words from ``begins``) only locates the one before
    it, or None: "X near Y", "X, near Y", "X village east of Y" (near), or the area it is
    in (in): "X in the Y region", "X, in Y region", "X in the Y desert"."""
    doc = ent.doc
    between = [t.lower_ for t in doc[previous.end : begins]]
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if between == [","] and (after in AREA_WORDS - AREA_NOUNS or mention.level == "admin1"):
        following = doc[ent.end + 1].lower_ if ent.end + 1 < len(doc) else ""
        # "in Bakura, Zamfara state": the state it is in; not a list ("Kano, Kaduna and")
        return "in" if "and" not in (after, following) else None
    if len(between) == 2 and between[0] in PARTS_OF_TOWNS and between[1] == "of":
        return "part"  # "the Abu Salim district of Tripoli" (places.py decides which
        # of the two is the town: "the Conakry suburb of Ratoma")
    if _described(between):  # "Klishchiivka, a village south of Bakhmut": as ", south of"
        between = [",", *between[3:]]
    if (
        between[:1] == [","]
        and between[1:2]
        and between[1] in DIRECTION | {"near", "outside", "in"}
    ):
        between = between[1:]  # "in Kisunga, near Beni", "Kanan, in Sagaing region"
    if not between or "," in between or "and" in between or len(between) > 5:
        return None
    if mention.level == "region" and between[-1] in REGION_ADJ:
        between = between[:-1]  # "near Koya in northern Iraq": the region's word
    if between in (["in"], ["in", "the"]):
        area = mention.level in ("admin1", "region") or after in AREA_WORDS
        area = area or ent[-1].lower_ in AREA_WORDS or after in ADMIN_UNITS  # "township"
        area = area or mention.name in countries  # "near Boni in Mali"
        area = area or (_a_village(previous) and after not in ("'s", "’s"))  # "the village
        # of Redwani, in Kulgam" (not "… in Sagaing's Kani township": the township holds it)
        # "in Razmak in North Waziristan", "in Juhudi, in Lamu county": the name after
        # "in" holds the place (not a country's: "in Syria in Idlib")
        area = area or (previous.text not in countries and _a_settlement_in(previous, after))
        return "in" if area else None  # "in Kanem province", the ruler's name with its word
    words = set(between)
    return "near" if words & (DIRECTION | {"near", "outside", "from", "km"}) else None


LANDMARKS = FACILITIES | {
    *("square", "assembly", "parliament", "palace", "embassy", "building", "compound"),
    *("headquarters", "university", "office", "zone", "base", "beach"),
}


def _a_settlement_in(previous: Any, after: str) -> bool:
    """A bare name, as towns and villages are written ("Razmak", not "the Knesset" nor
    "Tahrir Square"), not one of a list ("in Kano, in Kaduna and …") nor a region's
    unit ("… in Sagaing's Kani township"), and after "of" only as what a town is called
    ("the town of X", not "the governor of North Kordofan in El Obeid"): what it is
    "in" holds it. (ACLED places an event at a landmark in the town it is in: those
    keep the town.)"""
    doc = previous.doc
    before = doc[previous.start - 1].lower_ if previous.start > 0 else ""
    if before == "of" and not (previous.start > 1 and doc[previous.start - 2].lower_ in CLASSIFIER):
        return False
    return (
        previous[0].lower_ != "the"
        and before != "the"
        and previous[-1].lower_ not in LANDMARKS
        and after not in ("'s", "’s", "and", "or")
    )


def _a_village(ent: Any) -> bool:
    """The place is called a village or hamlet ("the village of X", "X village"): what
    it is "in" is the area around it, not a second place."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(ent.start - 2, 0) : ent.start]]
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    small = ("village", "hamlet", "villages")
    return (len(before) == 2 and before[0] in small and before[1] == "of") or after in small


def _described(between: list[str]) -> bool:
    """The words between two places start with what the first is: ", a village"."""
    return (
        len(between) > 3
        and between[0] == ","
        and between[1] in ("a", "the")
        and (between[2] in CLASSIFIER)
    )
