"""Incidents across documents: matching, combining, syndication, split, claimants."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from frontlog.claimants import claimant_records
from frontlog.errors import StoreError
from frontlog.merge import syndication
from frontlog.merge.match import match
from frontlog.records import (
    Actor,
    Claim,
    Count,
    DateSpan,
    Document,
    Event,
    Evidence,
    Fatalities,
    OriginalSource,
    Place,
    to_dict,
)
from frontlog.store import SQLiteStore

SARAQIB = Place("Saraqib", "Saraqib", "g:1", 35.864, 36.806, "SY", "Idlib", None, 1, 1, "Saraqib")
NEAR_SARAQIB = Place("Jobas", "Jobas", "g:2", 35.85, 36.78, "SY", "Idlib", None, 1, 1, "Jobas")
IDLIB = Place("Idlib", "Idlib", "g:3", 35.93, 36.63, "SY", "Idlib", None, 3, 4, "Idlib")
DOUMA = Place("Douma", "Douma", "g:4", 33.57, 36.40, "SY", "Rif Dimashq", None, 1, 1, "Douma")
MONDAY = DateSpan("2017-08-14", "2017-08-14", 1, "on Monday")
UNDATED = DateSpan("2017-08-09", "2017-08-15", 2, None)
SYRIA = Actor("actor1", "Military Forces of Syria", "regime warplanes", "state", "SY")
CIVILIANS = Actor("actor2", "Civilians (Syria)", "civilians", "civilians", "SY")
REBELS = Actor("actor1", "Hayat Tahrir al-Sham", "HTS", "rebel", "SY")
TEXT = (
    "Government aircraft bombed the market of the town on Monday morning, killing a "
    "number of people and wounding many more, local sources said. Rescue workers "
    "searched the rubble for hours after the raid, which destroyed several shops and "
    "a bakery near the main square. The town has been hit repeatedly this month as "
    "fighting on the nearby front line intensified."
)


def claim(doc: str, claimant: str, killed: int | None, kind: str = "media") -> Claim:
    counts = (Count(killed, killed, killed, None, None, f"{killed}"),) if killed else ()
    return Claim(
        f"cl-{doc}-{claimant}",
        doc,
        claimant,
        kind,  # type: ignore[arg-type]
        doc.upper(),
        "claimed",
        counts,
        (),
        (),
        None,
        (),
        (Evidence("trigger", 0, 6, "bombed"),),
    )


def event(
    doc: str,
    *,
    place: Place = SARAQIB,
    date: DateSpan = MONDAY,
    sub: str = "Air/drone strike",
    actors: tuple[Actor, ...] = (SYRIA, CIVILIANS),
    claims: tuple[Claim, ...] | None = None,
) -> Event:
    etype = "Battles" if sub == "Armed clash" else "Explosions/Remote violence"
    claims = claims or (claim(doc, f"Claimant {doc}", 5),)
    return Event(
        f"ev-{doc}",
        etype,
        sub,
        date,
        place,
        (place,),
        actors,
        Fatalities(None, None, None),
        claims,
        (),
        1,
        0.8,
    )


def document(doc: str, outlet: str | None = None, published: str = "2017-08-15") -> Document:
    return Document(doc, None, None, outlet or doc.upper(), None, published, None, "en", 10, ())


def rec(e: Event) -> dict[str, Any]:
    out: dict[str, Any] = to_dict(e)
    return out


# --- matching -------------------------------------------------------------------------


def test_same_place_day_and_type_match_with_a_reason() -> None:
    found = match(rec(event("b")), rec(event("a")))
    assert found is not None and found.event_id == "ev-a"
    assert "the same place (Saraqib)" in found.reason
    assert "Military Forces of Syria" in found.reason


def test_nearby_places_match_far_ones_do_not() -> None:
    assert match(rec(event("b", place=NEAR_SARAQIB)), rec(event("a"))) is not None
    assert match(rec(event("b", place=DOUMA)), rec(event("a"))) is None


def test_different_type_day_or_actors_keep_events_apart() -> None:
    a = rec(event("a"))
    assert match(rec(event("b", sub="Armed clash")), a) is None
    tuesday = DateSpan("2017-08-15", "2017-08-15", 1, "on Tuesday")
    assert match(rec(event("b", date=tuesday)), a) is None
    assert match(rec(event("b", actors=(REBELS,))), a) is None


def test_undated_reports_need_both_sides_shared() -> None:
    a = rec(event("a", date=UNDATED, actors=()))
    assert match(rec(event("b", date=UNDATED, actors=())), a) is None
    one_side = rec(event("a", date=UNDATED))  # the Syrian military, and civilians
    assert match(rec(event("b", date=UNDATED)), one_side) is None
    rebels = replace(REBELS, role="actor2")
    both = rec(event("a", date=UNDATED, actors=(SYRIA, rebels)))
    assert match(rec(event("b", date=UNDATED, actors=(SYRIA, rebels))), both) is not None
    # undated means "published that day or the day before", not the whole week
    early = DateSpan("2017-08-09", "2017-08-09", 1, "on Wednesday")
    early_event = rec(event("a", date=early, actors=(SYRIA, rebels)))
    assert match(rec(event("b", date=UNDATED, actors=(SYRIA, rebels))), early_event) is None


def test_a_province_holds_a_place_only_with_the_same_sub_type_actor_and_day() -> None:
    a = rec(event("a"))
    assert match(rec(event("b", place=IDLIB)), a) is not None
    assert match(rec(event("b", place=IDLIB, actors=())), a) is None
    assert match(rec(event("b", place=IDLIB, date=UNDATED)), a) is None


# --- the store: incidents across documents --------------------------------------------


@pytest.fixture
def store() -> Any:
    s = SQLiteStore(":memory:")
    yield s
    s.close()


def test_reports_of_one_incident_become_one_event(store: SQLiteStore) -> None:
    store.add(document("a"), [event("a", claims=(claim("a", "local sources", 12),))])
    counts = store.add(document("b"), [event("b", claims=(claim("b", "SANA", 5),))])
    assert counts.merged == 1
    (e,) = list(store.events())
    assert e["event_id"] == "ev-a"  # the id it was first given
    assert [c["claimant"] for c in e["claims"]] == ["local sources", "SANA"]
    assert e["fatalities"] == {"low": 5, "best": 5, "high": 12}
    assert "fatalities" in e["disputed"]
    assert e["number_of_sources"] == 2
    assert e["merges"][0]["document_id"] == "b" and e["merges"][0]["reason"]
    assert store.event("ev-b") == e  # found by the id the report had
    median = next(store.events("median"))
    assert median["fatalities"]["best"] == 5  # median_low of (12, 5)
    assert next(store.events("maximum"))["fatalities"]["best"] == 12


def test_a_claimant_updating_its_toll_is_not_a_dispute(store: SQLiteStore) -> None:
    store.add(document("a", published="2017-08-14"), [event("a", claims=(claim("a", "SOHR", 5),))])
    store.add(document("b", published="2017-08-15"), [event("b", claims=(claim("b", "SOHR", 9),))])
    (e,) = list(store.events())
    assert e["fatalities"] == {"low": 9, "best": 9, "high": 9}
    assert "fatalities" not in e["disputed"]


def test_independent_reports_naming_different_perpetrators_are_disputed(
    store: SQLiteStore,
) -> None:
    russia = Actor("actor1", "Military Forces of Russia", "Russian jets", "external", "RU")
    store.add(document("a"), [event("a")])
    store.add(document("b"), [event("b", actors=(russia, CIVILIANS))])
    (e,) = list(store.events())
    assert "actor1" in e["disputed"]
    assert e["actors"][0]["name"] == "Military Forces of Syria"  # shown, with the dispute


def test_one_document_never_merges_with_itself(store: SQLiteStore) -> None:
    second = replace(event("a"), event_id="ev-a2")
    store.add(document("a"), [event("a"), second])
    assert len(list(store.events())) == 2


def test_split_undoes_a_merge_and_survives_reingest(store: SQLiteStore) -> None:
    store.add(document("a"), [event("a")])
    store.add(document("b"), [event("b")])
    new_id = store.split("ev-a", "b")
    assert new_id == "ev-b"
    ids = sorted(e["event_id"] for e in store.events())
    assert ids == ["ev-a", "ev-b"]
    store.add(document("b"), [event("b")], replace=True)
    assert sorted(e["event_id"] for e in store.events()) == ["ev-a", "ev-b"]
    assert all(not e["merges"] for e in store.events())


def test_splitting_the_first_report_keeps_its_id(store: SQLiteStore) -> None:
    store.add(document("a"), [event("a")])
    store.add(document("b"), [event("b")])
    assert store.split("ev-a", "a") == "ev-a"
    assert sorted(e["event_id"] for e in store.events()) == ["ev-a", "ev-b"]


def test_split_refuses_what_it_cannot_do(store: SQLiteStore) -> None:
    store.add(document("a"), [event("a")])
    with pytest.raises(StoreError, match="nothing to split"):
        store.split("ev-a", "a")
    with pytest.raises(StoreError, match="no report of document"):
        store.split("ev-a", "zzz")


def test_replace_takes_the_old_reports_out(store: SQLiteStore) -> None:
    store.add(document("a"), [event("a")])
    store.add(document("a"), [event("a", place=DOUMA)], replace=True)
    (e,) = list(store.events())
    assert e["location"]["name"] == "Douma"


# --- syndication ----------------------------------------------------------------------


def test_signatures_find_copies_not_other_reports() -> None:
    sig = syndication.signature(TEXT)
    assert sig is not None
    copy = syndication.signature("Republished from Outlet A. " + TEXT + " Share this article.")
    other = syndication.signature(TEXT.replace("market", "hospital").upper()[::-1] + " x")
    assert copy is not None and other is not None
    assert syndication.similarity(sig, copy) >= syndication.THRESHOLD
    assert syndication.similarity(sig, other) < syndication.THRESHOLD
    assert syndication.signature("Airstrike kills 5 in Saraqib") is None  # a headline


def test_a_republished_copy_counts_once(store: SQLiteStore) -> None:
    store.add(document("a", outlet="South Front"), [event("a")], text=TEXT)
    copied = replace(
        document("b", outlet="Global Research"),
        original_source=OriginalSource("South Front", "2017-08-14"),
    )
    counts = store.add(copied, [event("b")], text=TEXT + " Share this.")
    assert counts.copy_of == "a"
    (e,) = list(store.events())
    assert e["number_of_sources"] == 1
    docs = {d["document_id"]: d for d in store.documents()}
    assert docs["b"]["copy_of"] == "a" and docs["a"]["copy_of"] is None
    # an independent outlet adds a source
    store.add(document("c", outlet="Reuters"), [event("c")], text="Different words. " * 30)
    (e,) = list(store.events())
    assert e["number_of_sources"] == 2


def test_a_copy_does_not_double_the_figures(store: SQLiteStore) -> None:
    store.add(document("a"), [event("a", claims=(claim("a", "SOHR", 5),))], text=TEXT)
    store.add(document("b"), [event("b", claims=(claim("b", "Outlet B", 50),))], text=TEXT)
    (e,) = list(store.events())
    assert len(e["claims"]) == 2  # listed
    assert e["fatalities"]["high"] == 5  # but the copy's figure is not an independent one


# --- claimants ------------------------------------------------------------------------


def test_claimant_record_compares_figures_with_other_claimants() -> None:
    events = [
        rec(event("a", claims=(claim("a", "Amaq", 20), claim("a", "US military", 10)))),
        rec(event("b", claims=(claim("b", "Amaq", 9), claim("b", "SOHR", 3)))),
        rec(event("c", claims=(claim("c", "Amaq", 4),))),
    ]
    by_name = {r.claimant: r for r in claimant_records(events)}
    amaq = by_name["Amaq"]
    assert (amaq.claims, amaq.events, amaq.compared) == (3, 3, 2)
    assert amaq.median_ratio == 2.5  # median of 20/10 and 9/3
    assert by_name["US military"].median_ratio == 0.5
    assert by_name["SOHR"].compared == 1


# --- an older store --------------------------------------------------------------------

SCHEMA_1 = """
CREATE TABLE document (document_id TEXT PRIMARY KEY, outlet TEXT, published TEXT,
    ingested_at TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE event (event_id TEXT PRIMARY KEY, date_start TEXT NOT NULL,
    date_end TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    country TEXT, admin1 TEXT, lat REAL, lon REAL, record TEXT NOT NULL);
CREATE TABLE claim (claim_id TEXT PRIMARY KEY, event_id TEXT NOT NULL,
    document_id TEXT NOT NULL, claimant TEXT NOT NULL, record TEXT NOT NULL);
CREATE INDEX event_place ON event(country, admin1);
CREATE TABLE unresolved (document_id TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
    stand_in TEXT);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('schema', '1');
"""


def test_a_schema_1_store_is_upgraded_without_loss(tmp_path: Path) -> None:
    import json

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(SCHEMA_1)
    old = rec(event("a"))
    old.pop("merges")
    db.execute(
        "INSERT INTO document VALUES ('a', 'A', '2017-08-15', 'x', ?)",
        (json.dumps(to_dict(document("a"))),),
    )
    db.execute(
        "INSERT INTO event VALUES ('ev-a', '2017-08-14', '2017-08-14', 'x', 'y', 'SY', "
        "'Idlib', 1, 1, ?)",
        (json.dumps(old),),
    )
    db.commit()
    db.close()
    s = SQLiteStore(path)
    assert [e["event_id"] for e in s.events()] == ["ev-a"]
    s.add(document("b"), [event("b")])
    (e,) = list(s.events())
    assert [c["document_id"] for c in e["claims"]] == ["a", "b"]
    s.close()


def test_a_place_name_the_gazetteer_lacks_matches_only_itself() -> None:
    mbau = Place("Mbau", None, None, None, None, "SY", None, None, 3, 6, "Mbau", fallback=True)
    other = Place("Oicha", None, None, None, None, "SY", None, None, 3, 6, "Oicha", True)
    found = match(rec(event("b", place=mbau)), rec(event("a", place=SARAQIB)))
    assert found is None
    found = match(rec(event("b", place=mbau)), rec(event("a", place=replace(SARAQIB, name="Mbau"))))
    assert found is not None and "the same place name 'Mbau'" in found.reason
    assert match(rec(event("b", place=mbau)), rec(event("a", place=other))) is None


def test_a_split_keeps_the_reasons_of_the_reports_that_stay(store: SQLiteStore) -> None:
    for doc in ("a", "b", "c"):
        store.add(document(doc), [event(doc)])
    assert store.split("ev-a", "a") == "ev-a"  # the first report keeps the id, alone
    rest = store.event("ev-b")
    assert rest is not None and rest["event_id"] == "ev-b"
    assert [m["document_id"] for m in rest["merges"]] == ["c"] and rest["merges"][0]["reason"]
    store.split("ev-b", "c")
    assert sorted(e["event_id"] for e in store.events()) == ["ev-a", "ev-b", "ev-c"]
    assert all(not e["merges"] for e in store.events())


def test_an_actor_named_without_its_country_is_that_actor() -> None:
    # a report that names no country gives its sides without one
    gunmen = Actor(
        "actor1", "Unidentified Armed Group (Syria)", "gunmen", "political_militia", "SY"
    )
    unplaced = (
        replace(gunmen, name="Unidentified Armed Group", country=None),
        replace(CIVILIANS, name="Civilians", country=None),
    )
    placed = rec(event("a", sub="Attack", actors=(gunmen, CIVILIANS)))
    found = match(rec(event("b", sub="Attack", actors=unplaced)), placed)
    assert found is not None
    # guards: another country's, or another actor, is another side
    iraq = (replace(gunmen, name="Unidentified Armed Group (Iraq)", country="IQ"),)
    assert match(rec(event("b", sub="Attack", actors=iraq)), placed) is None
    police = (replace(gunmen, name="Police Forces", kind="state", country=None),)
    assert match(rec(event("b", sub="Attack", actors=police)), placed) is None
