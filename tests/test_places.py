"""Place resolution: ranking in context, relative phrases and precision codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlog.context import Context
from frontlog.gazetteer import GazetteerEntry, MemoryGazetteer
from frontlog.pipeline import process
from frontlog.records import Place
from frontlog.report import PlaceMention, RawDocument
from frontlog.stages.place_rank import Hints, distance_km, offset, province_key
from frontlog.stages.places import Codes, Resolver, codes


def place(pid: str, name: str, admin1: str, lat: float, lon: float, **kw: object) -> GazetteerEntry:
    return GazetteerEntry(
        pid,
        name,
        str(kw.get("country", "SY")),
        admin1,
        None,
        lat,
        lon,
        int(str(kw.get("pop", 0))),
        str(kw.get("feature", "place")),
    )


GAZ = MemoryGazetteer(
    [
        (place("a", "Tall Abyad", "Aleppo", 36.20, 37.30, pop=9000), ["Tal Abyad"]),
        (place("r", "Tall Abyad", "Ar Raqqah", 36.70, 38.95, pop=3000), ["Tal Abyad"]),
        (place("d", "Ar Rastan", "Homs", 34.92, 36.73, feature="admin2"), []),
        (place("t", "Ar Rastan", "Homs", 34.93, 36.74, pop=40000), []),
        (
            place("h", "Homs Governorate", "Homs Governorate", 34.7, 37.5, feature="admin1"),
            ["Hims"],
        ),
        (place("x", "Sukhnah", "Damascus", 33.5, 36.3, pop=90000), []),
        (place("y", "Sukhnah", "Homs", 34.88, 38.87, pop=100), []),
    ]
)


def best(name: str, hints: Hints) -> str:
    found = Resolver(GAZ, ("SY",)).best(name, "place", hints)
    assert found is not None
    return found.entry.place_id


def test_population_decides_only_when_nothing_else_does() -> None:
    assert best("Tal Abyad", Hints(("SY",))) == "a"


def test_nearby_places_of_the_paragraph_decide() -> None:
    raqqa = ((35.95, 39.01),)
    assert best("Tal Abyad", Hints(("SY",), points=raqqa)) == "r"


def test_a_province_the_report_names_decides() -> None:
    homs = frozenset({province_key("Homs Governorate"), province_key("Hims")})
    assert best("Sukhnah", Hints(("SY",))) == "x"
    assert best("Sukhnah", Hints(("SY",), provinces=homs)) == "y"
    assert province_key("Homs Governorate") == province_key("Homs")


def test_the_word_for_what_it_is_decides_the_feature() -> None:
    assert best("Ar Rastan", Hints(("SY",), kind="admin2")) == "d"
    assert best("Ar Rastan", Hints(("SY",), kind="place")) == "t"


def test_resolution_is_in_the_reports_countries_then_the_focus_countries() -> None:
    assert Resolver(GAZ, ("IQ",)).best("Tal Abyad", "place") is None
    across = Resolver(GAZ, ("IQ",), focus=("SY",)).best("Tal Abyad", "place")
    assert across is not None and across.entry.country == "SY"
    unknown = Resolver(GAZ, (), focus=("IQ",))  # a report of unknown country: anywhere,
    found = unknown.best("Tal Abyad", "place")  # and no country preferred over population
    assert found is not None and found.entry.place_id == "a"
    assert unknown.country_only() == []  # but no country to stand in for a missing place


def test_with_the_country_unknown_no_focus_country_outranks_another() -> None:
    sinjar = MemoryGazetteer(
        [
            (place("s", "Sinjar", "Idlib", 35.59, 37.0, pop=600), []),
            (place("i", "Sinjar", "Nineveh", 36.32, 41.88, pop=38000, country="IQ"), []),
            (place("t", "Sinjar", "Mardin", 37.0, 40.0, pop=90000, country="TR"), []),
        ]
    )
    found = Resolver(sinjar, (), focus=("SY", "IQ")).best("Sinjar", "place")
    assert found is not None and found.entry.place_id == "i"  # focus, then population
    in_syria = Resolver(sinjar, ("SY",), focus=("SY", "IQ")).best("Sinjar", "place")
    assert in_syria is not None and in_syria.entry.place_id == "s"


def test_precision_codes_follow_how_a_place_was_resolved() -> None:
    assert codes("place", "in", "place") == Codes(1, 1)
    assert codes("place", "near", "place") == Codes(2, 2)
    assert codes("place", "direction", "place", 40.0) == Codes(2, 3)
    assert codes("place", "direction", "place", 10.0) == Codes(2, 2)
    assert codes("admin3", "in", "place") == Codes(2, 2)
    assert codes("admin2", "in", "place") == Codes(2, 3)
    assert codes("admin1", "border", "admin1") == Codes(3, 5)
    assert codes("admin1", "in", "admin1") == Codes(3, 4)
    assert codes("road", "in", "place") == Codes(2, 5)
    assert codes("country", "in", "region") == Codes(3, 5)
    assert codes("country", "in", "country") == Codes(3, 6)


def test_distances_and_offsets() -> None:
    palmyra = (34.56, 38.28)
    east = offset(palmyra, 40, 90)
    assert abs(distance_km(palmyra, east) - 40) < 0.1
    assert east[1] > palmyra[1] and abs(east[0] - palmyra[0]) < 0.01
    north = offset(palmyra, 10, 0)
    assert north[0] > palmyra[0] and north[1] == pytest.approx(palmyra[1])


def test_an_unresolved_anchor_and_a_site_fall_back_honestly() -> None:
    resolver = Resolver(GAZ, ("SY",))
    site = resolver.resolve(PlaceMention("Sukhnah airbase", 0, 15, "in", kind="airbase"))
    assert site.resolved is None
    stood = resolver.fallback(site, [], [])
    assert stood.fallback and stood.resolved is not None
    assert (stood.resolved.resolved_name, stood.resolved.geo_precision) == ("Sukhnah", 2)
    assert stood.resolved.text == "Sukhnah airbase"


def _locations(context: Context, text: str) -> list[Place]:
    raw = RawDocument("t", "test", text, "text")
    result = process(raw, context, published="2017-08-15")
    return [p for e in result.events for p in e.locations]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government forces shelled the outskirts of Saraqib on Monday, killing two civilians.",
            [("Saraqib", 2, 2)],
        ),
        (
            "ISIS fighters attacked a checkpoint about 40 km east of Palmyra on Sunday, "
            "killing 3 soldiers.",
            [("40 km east of Tadmur", 2, 3)],
        ),
        (
            "Clashes erupted on Tuesday near the administrative border between Homs and "
            "Raqqah provinces.",
            [("Ḩimş", 3, 5), ("Ar Raqqah", 3, 5)],
        ),
        (
            "Turkish warplanes bombed positions in northern Iraq on Saturday, killing 5 fighters.",
            [("Iraq", 3, 5)],
        ),
        (
            "IS fighters shelled an army post 15 kilometres north-east of Deir ez-Zor on Monday.",
            [("15 km northeast of Deir ez-Zor", 2, 2)],
        ),
        (
            "Clashes broke out east of Palmyra on Monday, killing 4 soldiers.",
            [("Tadmur", 2, 2)],
        ),
        (  # the distance belongs to the frontline, not to the town taken
            "Troops were flown 21km behind the frontline on Sunday and liberated Tadmur.",
            [("Tadmur", 1, 1)],
        ),
        (  # a road missing from the gazetteer stands at its town, as a line (where_prec 5)
            "An IS ambush on the Palmyra highway killed 6 soldiers on Monday.",
            [("Tadmur", 2, 5)],
        ),
        (
            "Airstrikes hit Tabqa airbase on Monday, killing 12 militants.",
            [("Al-Tabqa", 2, 2)],
        ),
        (
            "Russian warplanes struck the town of Tal Abyad on Monday, killing 7 civilians.",
            [("Tall Abyaḑ", 1, 1)],
        ),
    ],
)
def test_relative_phrases_in_real_sentences(
    context: Context, text: str, expected: list[tuple[str, int, int]]
) -> None:
    got = [(p.resolved_name, p.geo_precision, p.where_prec) for p in _locations(context, text)]
    assert got == expected


@pytest.mark.model
def test_an_offset_point_lies_in_the_direction_said(context: Context, tmp_path: Path) -> None:
    (loc,) = _locations(
        context, "IS fighters attacked an army post 40 km east of Palmyra on Sunday."
    )
    assert loc.lat is not None and loc.lon is not None
    assert loc.lon > 38.6  # Palmyra is at 38.27 E; 40 km is about 0.44 degrees there
    assert loc.text == "Palmyra"


def test_a_transliterated_name_scores_below_one_written_as_read() -> None:
    from frontlog.gazetteer import GazetteerEntry
    from frontlog.gazetteer.base import Candidate
    from frontlog.stages.place_rank import Hints, best

    caen = GazetteerEntry("1", "Caen", "FR", None, None, 49.2, -0.4, 110_000, "place")
    kani = GazetteerEntry("2", "Kani", "MM", None, None, 22.4, 94.8, 5_000, "place")
    found = best([Candidate(caen, 1.0, "კანი"), Candidate(kani, 1.0, "Kani")], Hints())
    assert found is not None and found.entry.place_id == "2"


@pytest.mark.model
def test_a_sentences_actors_are_its_documents_that_lie_in_it(context: Context) -> None:
    from frontlog.stages.actor_match import find_actors
    from frontlog.stages.place_find import find_places

    text = (
        "Shelling hit Kadugli. Fighting between the Rapid Support Forces and the Sudanese"
        " army continued in Omdurman on Monday."
    )
    doc = context.nlp(text)
    named = find_actors(doc.text, 0, context.lexicon, country=None)
    shelling, fighting = doc.sents
    # the parse stage finds the document's groups and forces once, for every sentence
    assert [p.name for p in find_places(fighting, context.lexicon, named=named)] == ["Omdurman"]
    assert "Rapid Support Forces" in [
        p.name for p in find_places(fighting, context.lexicon, named=())
    ]
    for sent in (shelling, fighting):
        alone = find_places(sent, context.lexicon)
        assert find_places(sent, context.lexicon, named=named) == alone
