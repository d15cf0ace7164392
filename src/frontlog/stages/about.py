"""Stage ``about``: the groups and forces a report names, and the countries it is about.

The countries a report is about come from the places it names after a place preposition
("in Syria", "near Sukhna"), so that "trained by Russia" does not make it a Russian
report; a report that names no such place is about the home countries of the groups
it names, and of the forces it names by their own names ("junta troops": Myanmar).
Generic actors ("government troops") and place ranking use them. The stages after
``mentions`` read them for the mentions alone, so a report without one is left as it is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from frontlog.context import Context
from frontlog.gazetteer.base import Candidate
from frontlog.gazetteer.names import normalize
from frontlog.lexicon import Lexicon
from frontlog.report import ActorMention, Report
from frontlog.stages.actor_match import by_nationality, country_isos, find_actors, fired_from
from frontlog.stages.not_places import where_the_speaker_is
from frontlog.stages.place_anchors import UNITS
from frontlog.stages.place_find import whole
from frontlog.stages.place_rank import as_written
from frontlog.stages.place_words import ADMIN_UNITS, CLASSIFIER, whence

REQUIRES = ("text", "doc", "mentions")
ASSIGNS = ("named", "countries")

PLACE_PREPS = {
    "in",
    "through",
    "near",
    "at",
    "around",
    "outside",
    "into",
    "across",
    "inside",
    "of",
    "between",
    "from",
    "to",
    "towards",
    "toward",
    "throughout",
}
DIRECTIONS = {
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
}
LOCAL = {"rebel", "political_militia", "identity_militia"}
PROVINCE_WORDS = {"state", "region", "department"}  # "Borno state"; "Saada province" as before
WEIGHT = {"country": 2, "admin1": 2, "admin2": 1, "place": 1}


def run(report: Report, ctx: Context) -> Report:
    """The groups and forces the report names, and the countries it is about
    (:func:`about`), when it has a mention."""
    if not report.mentions:
        return report
    named = tuple(find_actors(report.text, 0, ctx.lexicon, country=None))
    return replace(report, countries=about(report.doc, ctx, named), named=named)


def _home_countries(doc: Any, ctx: Context, found: Sequence[ActorMention]) -> Counter[str]:
    """The countries of the named groups and forces a report names, when it names no
    place that resolves: a rebel group or militia fights at home, and so do a country's
    own forces named by its name ("Chad's army"), where forces named by a nationality
    word ("Israeli tanks", "a US strike") may be abroad."""
    lexicon = ctx.lexicon
    homes: Counter[str] = Counter()
    for mention in (m for m in found if _at_home(m, lexicon)):
        entry = lexicon.actor(mention.name)  # JNIM fights at home in Mali, then in
        others = entry.operates_in if entry is not None else ()  # Burkina Faso and Niger
        homes.update({c: 2 for c in [mention.country] if c} | {c: 1 for c in others})
    isos = country_isos(lexicon)
    for ent in doc.ents:  # "Chad's army": a country named as whose forces they are
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.text in ("'s", "’s") and ent.text in isos:
            homes[isos[ent.text]] += 1
    return homes


def _forces_countries(found: Sequence[ActorMention], lexicon: Lexicon) -> set[str]:
    """Countries whose forces are named by a nationality word ("Nigerian troops")."""
    return {
        m.country for m in found if m.country and m.kind == "state" and by_nationality(m, lexicon)
    }


def _at_home(mention: ActorMention, lexicon: Lexicon) -> bool:
    """A group or militia, or a state's forces named by their own name ("junta troops",
    "the Tatmadaw") rather than by a nationality word ("Israeli tanks" may be abroad).
    Not people of a nation: a foreign journalist or nurse kidnapped is news abroad."""
    if mention.generic:
        return False
    return mention.kind in LOCAL or (
        mention.kind == "state" and not by_nationality(mention, lexicon)
    )


@cache
def _country_names(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.country_names.values())


def _a_country(found: list[Candidate]) -> bool:
    """ "BAMENDA, Cameroon —": a country named after a place is where it is."""
    return bool(found) and found[0].score >= 1.0 and found[0].entry.feature == "country"


def _a_focus_town(found: list[Candidate], focus: tuple[str, ...]) -> bool:
    """A town of the name, found as written, in one of the user's focus countries."""
    return any(
        c.score >= 1.0 and c.entry.feature == "place" and c.entry.country in focus for c in found
    )


def _by_own_name(found: list[Candidate], countries: set[str]) -> bool:
    """A name the model did not label a place, called one ("the town of Baneh"), counts
    by a place's own name (not an alternate name: "Boni" is one of Bonn's) and, when the
    report's actors have countries, in one of them ("Malian soldiers … the village of
    Moura" is no Moura in Portugal)."""
    if not found or found[0].score < 1.0:
        return False
    entry = found[0].entry
    own = normalize(found[0].matched) == normalize(entry.name)
    return own and (not countries or entry.country in countries)


def _by_another_name(place: Candidate, places: list[Candidate]) -> bool:
    """Matched only by a word while another place is called by its own name."""
    return place.by_a_word and any(
        normalize(p.matched) == normalize(p.entry.name) and p.score >= place.score for p in places
    )


def _whole_names(doc: Any) -> list[Any]:
    """The entities, each widened to the whole name ("Mazar-i-Sharif", of which the model
    took "Mazar"; "Dera Ismail Khan", of which it took "Dera" and the ruler "Khan"), and
    none that lies inside another's whole name."""
    spans = [whole(e) for e in doc.ents]
    bounds = [(s.start, s.end) for s in spans]
    return [
        s
        for s, (start, end) in zip(spans, bounds, strict=True)
        if not any(a <= start and end <= b and b - a > end - start for a, b in bounds)
    ]


def _holds_a_unit(doc: Any, start: int) -> bool:
    """A part of a town or an area within the next four words: "Guayaquil's Socio
    Vivienda neighbourhood", "Nangarhar's Achin district"."""
    return any(t.lower_ in UNITS for t in doc[start : start + 4])


def _tally(choices: list[tuple[list[Candidate], bool]], focus: tuple[str, ...]) -> Counter[str]:
    """Each name counts for one country. Of the places a name may be, the one in a
    country the report's other names may also be in ("Jaba, south of Jenin": the West
    Bank's; "Nawa … in Daraa": Syria's, not Naha in Japan, of which "Nawa" is another
    name), then one in the user's focus countries (as the place resolver ranks them for
    a report of unknown country), then one not matched by a lower-case alternate name
    (Tank in Pakistan, not Tonk in India, of which "tank" is one), then the gazetteer's
    first, the most populous."""
    support = Counter(c for places, _ in choices for c in {p.entry.country for p in places})
    tally: Counter[str] = Counter()
    for places, container in choices:
        ranked = sorted(
            enumerate(places),
            key=lambda ip: (
                -support[ip[1].entry.country],
                ip[1].entry.country not in focus,
                _by_another_name(ip[1], places),
                ip[0],
            ),
        )
        entry = ranked[0][1].entry
        tally[entry.country] += 2 if container else WEIGHT.get(entry.feature, 1)
    return tally


def about(doc: Any, ctx: Context, named: Sequence[ActorMention] | None = None) -> tuple[str, ...]:
    """Countries the report is about, most named first (those with a quarter of the top);
    ``named``: the groups and forces it names, if already found."""
    choices: list[tuple[list[Candidate], bool]] = []  # a name's places; named as a container
    countries = _country_names(ctx.lexicon)
    if named is None:
        named = find_actors(doc.text, 0, ctx.lexicon, country=None)
    homes = _home_countries(doc, ctx, named)  # "FARC dissidents … in Cauca": Colombia's
    focus = ctx.config.focus_countries
    forces = _forces_countries(named, ctx.lexicon)  # "the Nigerian army … in Borno": of the places
    # of that name, Nigeria's (forces named by a nationality word only choose among them)
    for ent in _whole_names(doc):
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        called = ent.start > 1 and doc[ent.start - 1].lower_ == "of"
        called = called and doc[ent.start - 2].lower_ in CLASSIFIER  # "the town of Baneh"
        labelled = ent.label_ in ("GPE", "LOC") or after in PROVINCE_WORDS | {"province"}
        labelled = labelled or ent.text in countries  # "BAMENDA, Cameroon —" (an ORG here)
        # a name the model took for a group or a person, after a place word, where
        # the report's groups are at home ("JNIM militants … near Djibo")
        mislabelled = ent.label_ in ("ORG", "PERSON", "FAC") and bool(homes or forces)
        holder = after in ("'s", "’s") and _holds_a_unit(doc, ent.end + 1)  # "patrolling
        # Guayaquil's Socio Vivienda neighbourhood" (Guayaquil a PERSON to the model)
        if not (labelled or called or mislabelled or holder):
            continue  # "the Tillaberi region" is a place whatever the model labelled it
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in ("the",) and ent.start > 1:
            before = doc[ent.start - 2].lower_
        # "in Suarez, Cauca": the name after a place and a comma may be its province
        after_a_name = ent.start > 1 and (
            doc[ent.start - 2].pos_ == "PROPN" or doc[ent.start - 2].lower_ in ("village", "town")
        )  # "Chai village, Macomia district"
        apposed = before == "," and after_a_name
        if not (apposed or holder) and (
            (before not in PLACE_PREPS and before not in DIRECTIONS)
            or where_the_speaker_is(ent)
            or fired_from(ent.root)  # "rockets fired from Gaza hit Ashkelon"
            or whence(ent)  # "militants from Gaza fired at Sderot": not where it was
        ):
            continue
        wide = after in PROVINCE_WORDS or apposed
        name = ent.text
        found = ctx.gazetteer.lookup(name, limit=10)
        either = not (wide or homes or forces)  # a name that may be any of its places
        if not wide:  # none: "CODECO militiamen … near Bule" is not Bulle in Switzerland
            found = _where_at_home(found, name, homes, forces)
        provinces = [c for c in found if c.entry.feature == "admin1" and c.score >= 1.0]
        if len({c.entry.country for c in provinces}) == 1 and not _a_focus_town(found, focus):
            found = provinces  # "in Borno state" is Nigeria's, not Borna in Saxony (but
            # "Amara" is the Iraqi city, not Ethiopia's Amhara region)
        elif apposed and after not in ADMIN_UNITS and not _a_country(found):
            continue  # a name after a comma that is no province or district ("Chai
            # village, Macomia district"): a list, or a clause
        if not labelled and not _by_own_name(found, set(homes) | forces):
            continue
        if found and found[0].score >= 1.0:
            container = apposed and after in ADMIN_UNITS  # named as what holds a place
            places = as_written(found) if either else found[:1]
            if wide and len({c.entry.country for c in provinces}) > 1:
                places = provinces  # "the North-West region": Cameroon's or Botswana's
            choices.append((places, container))
    tally = _tally(choices, ctx.config.focus_countries)
    if not tally:
        tally = homes  # "Al-Shabaab militants seize Adan Yabaal"
    if not tally:
        return ()
    top = tally.most_common(1)[0][1]
    return tuple(c for c, n in tally.most_common() if n * 4 >= top)


def _by_its_name(found: list[Candidate], name: str) -> bool:
    """One of the places was found under its own name, not another it is known by."""
    return any(normalize(c.entry.name) == normalize(name) for c in found)


def _where_at_home(
    found: list[Candidate], name: str, homes: Counter[str], forces: set[str]
) -> list[Candidate]:
    """Of the places of that name, those where the report's actors are; none when
    every place of the name is elsewhere and known by it only as another name."""
    exact = [c for c in found if c.score >= 1.0]
    home = [c for c in exact if c.entry.country in homes] or [
        c for c in exact if c.entry.country in forces
    ]
    if home:
        return home
    if homes and exact and not _by_its_name(exact, name):
        return []
    return found
