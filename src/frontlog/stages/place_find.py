"""Finding place phrases in a sentence: entities, place-shaped names, and their relations.

A place is a GPE/LOC/FAC entity (the entity ruler labels gazetteer names), or another
entity or proper noun where the words around it say it is a place: after a place
preposition ("near Sukhna"), before a place noun ("Khirbet Makman village", "the Shaer
fields"), after "the town of". What precedes it gives the relation (in, near, a
direction of another place); a place that only locates another ("Maadan near the
Euphrates", "al-Bwair village east of Tal-Afar") becomes that place's anchor.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontlog.lexicon import Lexicon
from frontlog.nlp import SHAPE_ID
from frontlog.report import PlaceMention
from frontlog.stages.actor_match import find_actors

NEAR = {"near", "around", "outside", "outskirts", "vicinity", "close", "nearby", "from", "behind"}
IN = {"in", "at", "inside", "into", "to", "of", "between", "on", "across", "throughout"}
DIRECTION = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
REGION_ADJ = {
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
}
KEEP_SUFFIX = {
    "fields",
    "field",
    "dam",
    "airbase",
    "airport",
    "base",
    "camp",
    "bridge",
    "crossing",
    "mountain",
    "mountains",
    "hill",
    "oilfield",
    "refinery",
}
CLASSIFIER = {
    "village",
    "town",
    "city",
    "district",
    "area",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "region",
}
ADMIN_WORDS = {"province", "provinces", "governorate", "governorates", "countryside"}
FORCE_WORDS = {
    "soldiers",
    "soldier",
    "troops",
    "forces",
    "military",
    "army",
    "fighters",
    "officials",
    "official",
    "government",
    "militias",
    "militiamen",
}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
OTHER_LABELS = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"}


def find_places(sent: Any, lexicon: Lexicon) -> list[PlaceMention]:
    """Place phrases of one sentence in order, anchors folded into what they locate."""
    found: list[tuple[Any, PlaceMention]] = []
    actors = [
        (a.start, a.end)
        for a in find_actors(sent.text, sent.start_char, lexicon, country=None)
        if not a.generic or a.text.split()[0] in lexicon.demonyms
    ]
    skipped: set[int] = set()
    for ent in sent.ents:
        if ent.label_ not in PLACE_LABELS | OTHER_LABELS:
            continue
        needs_context = ent.label_ not in PLACE_LABELS or ent.ent_id_ == SHAPE_ID
        if needs_context and not _place_context(ent, found):
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in actors) or _is_claimant(
            ent, lexicon
        ):
            continue
        if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in FORCE_WORDS:
            continue  # "US soldiers", "Iraqi forces": a nationality, not a place
        chained = (
            ent.start >= 2 and ent.doc[ent.start - 1].lower_ == "," and (ent.start - 2 in skipped)
        )
        if _not_a_location(ent) or chained:
            skipped.add(ent.end - 1)  # "of Woodbridge, Virginia": the state goes with the town
            continue
        found.append((ent, _mention(ent)))
    return _fold_anchors(found)


def _is_claimant(ent: Any, lexicon: Lexicon) -> bool:
    """A claimant's name ("CJTF-OIR") is not a place; actors are ruled out per sentence."""
    text = ent.text.removeprefix("the ").removeprefix("The ")
    return any(text in c.aliases for c in lexicon.claimants)


def _not_a_location(ent: Any) -> bool:
    """A country that speaks ("The United States condemns"), a name used as a modifier
    ("U.S. airstrikes"), or a hometown ("Dayton, 42, of Woodbridge")."""
    root = ent.root
    before = _before(ent)
    if root.dep_ in ("nsubj", "nsubjpass") and before not in NEAR | IN:
        return True
    head = root.head.lower_
    if root.dep_ in ("compound", "amod") and head not in CLASSIFIER | ADMIN_WORDS | KEEP_SUFFIX:
        return True
    doc = ent.doc
    if before == "of" and ent.start >= 2:
        prior = doc[ent.start - 2]
        return bool(prior.lower_ == "," or prior.like_num or prior.ent_type_ == "PERSON")
    return False


def _place_context(ent: Any, found: list[tuple[Any, PlaceMention]]) -> bool:
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if after in KEEP_SUFFIX | CLASSIFIER | ADMIN_WORDS:
        return True
    before = _before(ent)
    if before in NEAR | IN | DIRECTION:
        return before not in ("of", "to", "on") or _after_place_noun(ent)
    return bool(before in ("and", "or", ",") and found and found[-1][0].end >= ent.start - 2)


def _before(ent: Any) -> str:
    i = ent.start - 1
    doc = ent.doc
    while i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _after_place_noun(ent: Any) -> bool:
    doc = ent.doc
    i = ent.start - 1
    if i >= 1 and doc[i].lower_ == "of":
        return doc[i - 1].lower_ in CLASSIFIER | ADMIN_WORDS | DIRECTION | {"outskirts"}
    return False


def _mention(ent: Any) -> PlaceMention:
    doc = ent.doc
    end = ent.end
    name_end = ent.end_char
    if end < len(doc) and doc[end].lower_ in KEEP_SUFFIX:
        name_end = doc[end].idx + len(doc[end].text)
    start_char = ent.start_char
    if doc[ent.start].lower_ == "the":
        start_char = doc[ent.start + 1].idx
    level, relation = "place", _relation(ent)
    window = [t.lower_ for t in doc[end : min(end + 3, ent.sent.end)]]
    provinces = ("province", "provinces", "governorate", "governorates")
    if window[:1] == ["countryside"]:
        level, relation = "admin1", "countryside"
    elif window[:1] and window[0] in provinces:
        level = "admin1"
    elif len(window) == 3 and window[0] in ("and", "or", ",") and window[2] in provinces:
        level = "admin1"  # "between Homs and Raqqah provinces"
    elif _before(ent) == "of" and ent.start >= 2 and doc[ent.start - 2].lower_ == "province":
        level = "admin1"
    elif ent.start > 0 and doc[ent.start - 1].lower_ in REGION_ADJ:
        level = "region"
        start_char = doc[ent.start - 1].idx
    text = doc.text[start_char:name_end]
    name = text[len(doc[ent.start - 1].text) + 1 :] if level == "region" else text
    return PlaceMention(
        name=name.removesuffix("'s").strip(),
        start=start_char,
        end=name_end,
        relation=relation,
        level=level,
    )


def _relation(ent: Any) -> str:
    doc = ent.doc
    i = ent.start - 1
    words: list[str] = []
    while i >= 0 and len(words) < 5 and doc[i].lower_ not in (",", ";"):
        if doc[i].pos_ == "VERB":
            break  # "… and liberated Khirbet Makman": what came before is another clause
        words.append(doc[i].lower_)
        i -= 1
    for word in words:
        if word in DIRECTION:
            return "direction"
        if word in NEAR or word == "km":
            return "near"
        if word in IN:
            return "in"
    return "in"


def _fold_anchors(found: list[tuple[Any, PlaceMention]]) -> list[PlaceMention]:
    """A place right after "X near", "X village east of" locates X: it becomes X's anchor."""
    out: list[PlaceMention] = []
    last_ent: Any = None
    for ent, mention in found:
        if out and last_ent is not None and _locates(last_ent, ent):
            out[-1] = replace(out[-1], anchor=mention)
            last_ent = None
            continue
        out.append(mention)
        last_ent = ent
    return out


def _locates(previous: Any, ent: Any) -> bool:
    between = [t.lower_ for t in ent.doc[previous.end : ent.start]]
    if not between or "," in between or "and" in between or len(between) > 5:
        return False
    words = set(between)
    return bool(words & (DIRECTION | {"near", "outside", "from", "km"}))
