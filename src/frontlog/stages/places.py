"""Stage ``places``: place phrases resolved against the gazetteer, with precision codes.

Candidates are ranked by the countries the report is about, then how exactly the name
matched, then feature and population. A name that cannot be resolved keeps its text and
falls back honestly — to its anchor ("east of Tal Afar", precision 2), to the province
named in the same sentence or paragraph (precision 3), or to the report's country — and
never takes other places down with it.

Precision codes: ACLED ``geo_precision`` (1 the place itself, 2 near it or part of a
region, 3 a province or larger) and UCDP ``where_prec`` (1 exact, 2 within ~25 km,
3 second-order admin area, 4 first-order admin area, 5 a part of a country larger than
that, 6 the country).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from frontlog.context import Context
from frontlog.gazetteer.base import FUZZY_SCORE, Candidate, GazetteerEntry
from frontlog.records import Place
from frontlog.report import Mention, PlaceMention, Report
from frontlog.stages import syntax
from frontlog.stages.place_find import find_places

REQUIRES = ("doc", "sentences", "mentions", "countries", "paragraphs")
ASSIGNS = ("mentions",)

LEVEL_FEATURES = {"admin1": ("admin1",), "region": ("country",), "country": ("country",)}


@dataclass(frozen=True, slots=True)
class Codes:
    geo_precision: int
    where_prec: int


def codes(feature: str, relation: str, level: str) -> Codes:
    if level == "region":
        return Codes(3, 5)
    if feature == "country":
        return Codes(3, 6)
    if feature == "admin1":
        return Codes(3, 4)
    if feature == "admin2":
        return Codes(2, 3)
    if relation in ("near", "direction", "countryside"):
        return Codes(2, 2)
    return Codes(1, 1)


def run(report: Report, ctx: Context) -> Report:
    resolver = Resolver(ctx, report.countries)
    by_sentence: dict[int, list[PlaceMention]] = {}
    for index, (start, end) in enumerate(report.sentences):
        sent = syntax.sentence_of(report.doc, start, end)
        by_sentence[index] = [resolver.resolve(p) for p in find_places(sent, ctx.lexicon)]
    out: list[Mention] = []
    for mention in report.mentions:
        places = by_sentence.get(mention.sentence, [])
        context = _paragraph_places(report, mention.sentence, by_sentence)
        places = [resolver.fallback(p, places, context) for p in places]
        if not places and not mention.supplement:
            places = resolver.country_only()
        out.append(replace(mention, places=tuple(places)))
    return replace(report, mentions=tuple(out))


def _paragraph_places(
    report: Report, sentence: int, by_sentence: dict[int, list[PlaceMention]]
) -> list[PlaceMention]:
    start = report.sentences[sentence][0]
    para = next(((a, b) for a, b in report.paragraphs if a <= start < b), (start, start))
    return [
        p
        for i, (s, _) in enumerate(report.sentences)
        if para[0] <= s < para[1]
        for p in by_sentence.get(i, [])
        if p.resolved is not None and p.resolved.lat is not None and p.resolved.place_id
    ]


class Resolver:
    def __init__(self, ctx: Context, countries: tuple[str, ...]) -> None:
        self.gazetteer = ctx.gazetteer
        self.countries = countries

    def best(self, name: str, level: str) -> Candidate | None:
        candidates = self.gazetteer.lookup(name, countries=self.countries, limit=20)
        wanted = LEVEL_FEATURES.get(level)
        ok = [c for c in candidates if self._acceptable(c, name)]
        if wanted:
            preferred = [c for c in ok if c.entry.feature in wanted]
            if preferred:
                return preferred[0]
            if level == "admin1":
                return self._admin_of(ok)
        return ok[0] if ok else None

    def _acceptable(self, c: Candidate, name: str) -> bool:
        if c.score < FUZZY_SCORE or (c.score < 1.0 and len(name) < 5):
            return False
        if c.score < 0.9 and c.entry.country not in self.countries:
            return False  # a near miss only within the countries the report is about
        if c.entry.feature == "country":
            return c.score >= 1.0
        return not self.countries or c.entry.country in self.countries

    def _admin_of(self, candidates: list[Candidate]) -> Candidate | None:
        for c in candidates:
            if c.entry.admin1:
                for admin in self.gazetteer.lookup(c.entry.admin1, countries=(c.entry.country,)):
                    if admin.entry.feature == "admin1":
                        return admin
        return None

    def resolve(self, mention: PlaceMention) -> PlaceMention:
        anchor = self.resolve(mention.anchor) if mention.anchor else None
        found = self.best(mention.name, mention.level)
        if found is None:
            return replace(mention, anchor=anchor, resolved=None)
        level = mention.level
        if level == "place" and found.entry.feature in ("country", "admin1"):
            level = found.entry.feature  # "Palmyra, Syria": the country only contains it
        place = _place(mention, found.entry, codes(found.entry.feature, mention.relation, level))
        return replace(mention, anchor=anchor, resolved=place, level=level)

    def fallback(
        self, mention: PlaceMention, sentence: list[PlaceMention], paragraph: list[PlaceMention]
    ) -> PlaceMention:
        """An unresolved place gets the best honest stand-in, with codes that say so."""
        if mention.resolved is not None:
            return mention
        anchor = mention.anchor.resolved if mention.anchor else None
        if anchor is not None and anchor.place_id:
            entry = self.gazetteer.get(anchor.place_id)
            if entry is not None:
                return replace(mention, resolved=_place(mention, entry, Codes(2, 2)), fallback=True)
        for pool in (sentence, paragraph):
            admin = self._admin_in(pool)
            if admin is not None:
                return replace(mention, resolved=_place(mention, admin, Codes(3, 4)), fallback=True)
        country = self.gazetteer.country(self.countries[0]) if self.countries else None
        if country is not None:
            return replace(mention, resolved=_place(mention, country, Codes(3, 6)), fallback=True)
        return replace(mention, resolved=_unplaced(mention), fallback=True)

    def country_only(self) -> list[PlaceMention]:
        """A mention that names no place: the country the report is about, said as such."""
        entry = self.gazetteer.country(self.countries[0]) if self.countries else None
        if entry is None:
            return []
        mention = PlaceMention(entry.name, 0, 0, "in", level="country", fallback=True)
        place = replace(_place(mention, entry, Codes(3, 6)), text=None)
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
    return Place(
        name=mention.name,
        resolved_name=entry.name,
        place_id=entry.place_id,
        lat=entry.lat,
        lon=entry.lon,
        country=entry.country,
        admin1=entry.admin1,
        admin2=entry.admin2,
        geo_precision=c.geo_precision,
        where_prec=c.where_prec,
        text=mention.name,
    )


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
    )
