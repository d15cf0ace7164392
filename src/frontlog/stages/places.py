"""Stage ``places``: place phrases resolved against the gazetteer, with precision codes.

Resolution runs twice over the report. The first pass ranks each name's candidates by
the report's countries, how exactly the name matched, the word that says what it is
("village", "district") and population. The second pass adds what the first found: the
provinces the report names and the other places of the same paragraph, so an
ambiguous "Tal Abyad" goes to the one near the other places (see ``place_rank``).

A name that cannot be resolved keeps its text and falls back honestly — to its anchor
("east of Tal Afar", precision 2), to the province named in the same sentence or
paragraph (precision 3), or to the report's country — and never takes other places down
with it.

Precision codes: ACLED ``geo_precision`` (1 the place itself, 2 near it or part of a
region, 3 a province or larger) and UCDP ``where_prec`` (1 exact, 2 within ~25 km,
3 second-order admin area, 4 first-order admin area, 5 a part of a country larger than
that, a border or a line such as a road, 6 the country).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from frontlog.context import Context
from frontlog.gazetteer.base import FUZZY_SCORE, Candidate, Gazetteer, GazetteerEntry
from frontlog.gazetteer.features import LINES, site_base, split_classifier
from frontlog.records import Place
from frontlog.report import Mention, PlaceMention, Report
from frontlog.stages import place_rank, syntax
from frontlog.stages.place_find import entities_of, find_places
from frontlog.stages.place_rank import Hints, province_key

REQUIRES = ("doc", "sentences", "mentions", "countries", "paragraphs")
ASSIGNS = ("mentions",)

LEVEL_FEATURES = {"admin1": ("admin1",), "region": ("country",), "country": ("country",)}
NEAR_KM = 25  # UCDP where_prec 2: within about 25 km


@dataclass(frozen=True, slots=True)
class Codes:
    geo_precision: int
    where_prec: int


def codes(feature: str, relation: str, level: str, distance_km: float | None = None) -> Codes:
    if level == "region" or relation == "border":
        return Codes(3, 5)
    if feature == "country":
        return Codes(3, 6)
    if feature == "admin1":
        return Codes(3, 4)
    if feature == "admin2":
        return Codes(2, 3)
    if feature in LINES:
        return Codes(2, 5)
    if distance_km is not None and distance_km > NEAR_KM:
        return Codes(2, 3)
    if feature == "admin3" or relation in ("near", "direction", "countryside"):
        return Codes(2, 2)
    return Codes(1, 1)


def run(report: Report, ctx: Context) -> Report:
    if not report.mentions:
        return report  # places are read for the mentions alone
    resolver = Resolver(ctx.gazetteer, report.countries, ctx.config.focus_countries)
    sents = [syntax.sentence_of(report.doc, start, end) for start, end in report.sentences]
    ents = entities_of(report.doc)
    found = {
        i: [
            part_of_town(resolver, p)
            for p in find_places(sent, ctx.lexicon, named=report.named, ents=ents(sent))
        ]
        for i, sent in enumerate(sents)
    }
    first = {i: [resolver.resolve(p) for p in places] for i, places in found.items()}
    provinces = resolver.provinces([p for places in first.values() for p in places])
    paragraph = _paragraphs(report)
    read = {j for mention in report.mentions for j in paragraph[mention.sentence]}
    by_sentence = {  # the second pass where a mention reads it: the paragraphs of
        # mentions (the first pass read every sentence: the report's provinces)
        i: _in_context(resolver, i, places, paragraph[i], first, provinces)
        for i, places in found.items()
        if i in read
    }
    out: list[Mention] = []
    for mention in report.mentions:
        places = by_sentence.get(mention.sentence, [])
        context = [p for j in paragraph[mention.sentence] for p in by_sentence.get(j, [])]
        places = [resolver.fallback(p, places, _resolved(context)) for p in places]
        if not places and not mention.supplement:
            places = resolver.country_only()
        out.append(replace(mention, places=tuple(places)))
    return replace(report, mentions=tuple(out))


def part_of_town(resolver: Resolver, mention: PlaceMention) -> PlaceMention:
    """ "the Abu Salim district of Tripoli" is a part of a town, in the town; "the
    Conakry suburb of Ratoma" says it the other way round. The bigger populated place
    of the two is the town."""
    anchor = mention.anchor
    if anchor is None or anchor.relation != "part":
        return mention
    if _population(resolver, mention.name) > _population(resolver, anchor.name):
        mention, anchor = replace(anchor, anchor=None), replace(mention, anchor=None)
    return replace(mention, anchor=replace(anchor, relation="in"))


def _population(resolver: Resolver, name: str) -> int:
    found = resolver.candidates(name)
    return max((c.entry.population for c in found if c.entry.feature == "place"), default=0)


def _in_context(
    resolver: Resolver,
    index: int,
    places: list[PlaceMention],
    paragraph: list[int],
    first: dict[int, list[PlaceMention]],
    provinces: frozenset[str],
) -> list[PlaceMention]:
    """The second pass over one sentence: each place again, with the provinces of the
    report and the other places of its paragraph (as the first pass found them)."""
    others = [(j, k, p) for j in paragraph for k, p in enumerate(first.get(j, []))]
    out = []
    for position, mention in enumerate(places):
        around = [p for j, k, p in others if (j, k) != (index, position)]
        out.append(resolver.resolve(mention, resolver.hints(mention, provinces, around)))
    return out


def _paragraphs(report: Report) -> dict[int, list[int]]:
    """For each sentence, the indexes of the sentences of its paragraph."""
    groups: dict[tuple[int, int], list[int]] = {}
    out: dict[int, list[int]] = {}
    for i, (start, _) in enumerate(report.sentences):
        para = next(((a, b) for a, b in report.paragraphs if a <= start < b), (start, start))
        out[i] = groups.setdefault(para, [])
        out[i].append(i)
    return out


def _resolved(places: list[PlaceMention]) -> list[PlaceMention]:
    return [
        p
        for p in places
        if p.resolved is not None and p.resolved.lat is not None and p.resolved.place_id
    ]


class Resolver:
    """Resolves the place names of one report.

    ``countries`` are the report's own (most named first): names resolve there, and an
    unresolved name falls back to the first. The ``focus`` countries (the user's,
    ``FRONTLOG_FOCUS_COUNTRIES``) come next: a report about Iraq may name a Syrian
    border town. A report whose countries are unknown may name a place anywhere; a
    place in any focus country ranks higher, none of them above another (Mount Sinjar
    is Iraq's Sinjar, not a Syrian hamlet of that name).
    """

    def __init__(
        self, gazetteer: Gazetteer, countries: tuple[str, ...], focus: tuple[str, ...] = ()
    ) -> None:
        self.gazetteer = gazetteer
        self.countries = countries
        extra = tuple(c for c in focus if c not in countries)
        self.search = countries + extra if countries else ()
        self.focus = () if countries else focus
        self._candidates: dict[str, list[Candidate]] = {}

    def candidates(self, name: str) -> list[Candidate]:
        """The acceptable candidates for a name (cached: both passes ask)."""
        if name not in self._candidates:
            found = self.gazetteer.lookup(name, countries=self.search or self.focus, limit=20)
            self._candidates[name] = [c for c in found if self._acceptable(c, name)]
        return self._candidates[name]

    def hints(
        self, mention: PlaceMention, provinces: frozenset[str], around: list[PlaceMention]
    ) -> Hints:
        points = tuple(
            (p.resolved.lat, p.resolved.lon)
            for p in around
            if p.resolved is not None
            and p.resolved.lat is not None
            and p.resolved.lon is not None
            and p.resolved.geo_precision < 3
        )
        return Hints(self.search, provinces, points, mention.kind, self.focus)

    def provinces(self, resolved: list[PlaceMention]) -> frozenset[str]:
        """Keys of the provinces a report names, and of those its unambiguous places are in."""
        keys: set[str] = set()
        for mention in resolved:
            place = mention.resolved
            if place is None or place.place_id is None:
                continue
            if place.where_prec == 4:
                keys.update(province_key(a) for a in self.gazetteer.aliases(place.place_id))
            elif place.admin1 and len(self.candidates(mention.name)) == 1:
                keys.add(province_key(place.admin1))
        return frozenset(k for k in keys if k)

    def best(
        self,
        name: str,
        level: str,
        hints: Hints | None = None,
        *,
        anchor: PlaceMention | None = None,
    ) -> Candidate | None:
        ok = self.candidates(name)
        if not self.countries:
            ok = place_rank.as_written(ok)
        located = anchor.resolved if anchor is not None else None
        if anchor is not None and located is not None and located.country is not None:
            # "Tassia in the Tillaberi region": in the country of the area it is in;
            # "Kisunga, near Beni": preferably in the country of the place it is near
            inside = [c for c in ok if c.entry.country == located.country]
            ok = inside if inside or anchor.relation == "in" else ok
        wanted = LEVEL_FEATURES.get(level)
        if wanted:
            preferred = [c for c in ok if c.entry.feature in wanted]
            if preferred:
                return place_rank.best(preferred, hints or Hints(self.search, focus=self.focus))
            if level == "admin1":
                return self._admin_of(ok)
        return place_rank.best(ok, hints or Hints(self.search, focus=self.focus))

    def _acceptable(self, c: Candidate, name: str) -> bool:
        if c.score < FUZZY_SCORE or (c.score < 1.0 and len(name) < 5):
            return False
        abroad = c.entry.country not in (self.search or self.focus)
        if c.score < 1.0 and len(name) < 6 and abroad:
            return False  # a short near miss only where the report is: "Beita" is no Beith
        if c.score < 0.9 and abroad:
            return False  # a near miss only within the countries the report is about
        if c.entry.feature == "country":
            return c.score >= 1.0
        return not self.countries or c.entry.country in self.search

    def _admin_of(self, candidates: list[Candidate]) -> Candidate | None:
        for c in candidates:
            if c.entry.admin1:
                for admin in self.gazetteer.lookup(c.entry.admin1, countries=(c.entry.country,)):
                    if admin.entry.feature == "admin1":
                        return admin
        return None

    def resolve(self, mention: PlaceMention, hints: Hints | None = None) -> PlaceMention:
        anchor = self._anchor(mention)
        hints = hints or Hints(self.search, kind=mention.kind, focus=self.focus)
        found = self.best(mention.name, mention.level, hints, anchor=anchor)
        base, noun = split_classifier(mention.name)
        if found is None and noun in ("place", "neighbourhood"):  # "Kandahar city",
            # "Pazigyi village": the model's entity took the place noun in ("Gaza City"
            # was found whole above; "Eastern Province" is not "Eastern")
            found = self.best(base, mention.level, hints, anchor=anchor)
            mention = replace(mention, name=base)
        if found is None:
            return replace(mention, anchor=anchor, resolved=None)
        level = mention.level
        if level == "place" and found.entry.feature in ("country", "admin1"):
            level = found.entry.feature  # "Palmyra, Syria": the country only contains it
        c = codes(found.entry.feature, mention.relation, level, mention.distance_km)
        place = _place(mention, found.entry, c)
        return replace(mention, anchor=anchor, resolved=place, level=level)

    def _anchor(self, mention: PlaceMention) -> PlaceMention | None:
        """The area a place is named in, in a country the place's name is found in when
        the area's name is found there too: "Mbengwi in the North-West region" is
        Cameroon's North-West, not Botswana's."""
        if mention.anchor is None:
            return None
        anchor = self.resolve(mention.anchor)
        own = {c.entry.country for c in self.candidates(mention.name) if c.score >= 1.0}
        placed = anchor.resolved
        if not own or len(own) > 3 or placed is None or placed.country in own:
            return anchor
        hints = Hints(tuple(sorted(own)), kind=anchor.kind, focus=self.focus)
        again = self.resolve(replace(anchor, resolved=None), hints)
        return again if again.resolved and again.resolved.country in own else anchor

    def fallback(
        self, mention: PlaceMention, sentence: list[PlaceMention], paragraph: list[PlaceMention]
    ) -> PlaceMention:
        """An unresolved place gets the best honest stand-in, with codes that say so."""
        if mention.resolved is not None:
            return mention
        anchor = mention.anchor.resolved if mention.anchor else None
        if anchor is not None and anchor.place_id:
            entry = self.gazetteer.get(anchor.place_id)
            if entry is not None:  # near a place, or somewhere in a province or country
                area = {4: Codes(3, 4), 6: Codes(3, 6)}.get(anchor.where_prec, Codes(2, 2))
                return _stand_in(mention, entry, area)
        base = site_base(mention.name)  # "Tabqa airbase" is near the town of Tabqa
        hints = Hints(self.search, kind="place", focus=self.focus)
        town = self.best(base, "place", hints) if base else None
        if town is not None and town.score >= 0.9:
            line = split_classifier(mention.name)[1] in LINES  # "the Aleppo highway"
            return _stand_in(mention, town.entry, Codes(2, 5) if line else Codes(2, 2))
        for pool in (sentence, paragraph):
            admin = self._admin_in(pool)
            if admin is not None:
                return _stand_in(mention, admin, Codes(3, 4))
        country = self.gazetteer.country(self.countries[0]) if self.countries else None
        if country is not None:
            return _stand_in(mention, country, Codes(3, 6))
        return replace(mention, resolved=_unplaced(mention), fallback=True)

    def country_only(self) -> list[PlaceMention]:
        """A mention that names no place: the country the report is about, said as such."""
        entry = self.gazetteer.country(self.countries[0]) if self.countries else None
        if entry is None:
            return []
        mention = PlaceMention(entry.name, 0, 0, "in", level="country", fallback=True)
        place = replace(_place(mention, entry, Codes(3, 6)), text=None, fallback=True)
        return [replace(mention, resolved=place)]

    def _admin_in(self, pool: list[PlaceMention]) -> GazetteerEntry | None:
        for other in pool:
            place = other.resolved
            if place is None or place.place_id is None or place.admin1 is None:
                continue
            entry = self.gazetteer.get(place.place_id)
            if entry is None:
                continue
            if entry.feature == "admin1":
                return entry
            found = self.best(place.admin1, "admin1")
            if found is not None:
                return found.entry
        return None


def _place(mention: PlaceMention, entry: GazetteerEntry, c: Codes) -> Place:
    lat, lon, resolved_name = entry.lat, entry.lon, entry.name
    if mention.distance_km and entry.feature not in ("country", "admin1"):
        if mention.bearing is not None:  # "40 km east of X": the point it describes
            lat, lon = place_rank.offset((lat, lon), mention.distance_km, mention.bearing)
        resolved_name = f"{mention.distance_km:g} km {_compass(mention.bearing)}{entry.name}"
    return Place(
        name=mention.name,
        resolved_name=resolved_name,
        place_id=entry.place_id,
        lat=lat,
        lon=lon,
        country=entry.country,
        admin1=entry.admin1,
        admin2=entry.admin2,
        geo_precision=c.geo_precision,
        where_prec=c.where_prec,
        text=mention.name,
    )


def _stand_in(mention: PlaceMention, entry: GazetteerEntry, c: Codes) -> PlaceMention:
    place = replace(_place(mention, entry, c), fallback=True)
    return replace(mention, resolved=place, fallback=True)


def _compass(bearing: float | None) -> str:
    if bearing is None:
        return "from "
    names = ["north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"]
    return f"{names[round(bearing / 45) % 8]} of "


def _unplaced(mention: PlaceMention) -> Place:
    return Place(
        name=mention.name,
        resolved_name=None,
        place_id=None,
        lat=None,
        lon=None,
        country=None,
        admin1=None,
        admin2=None,
        geo_precision=3,
        where_prec=6,
        text=mention.name,
        fallback=True,
    )
