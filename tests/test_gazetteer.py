from frontlog.gazetteer import GazetteerEntry, MemoryGazetteer
from frontlog.gazetteer.sqlite import SQLiteGazetteer


def entry(
    pid: str, name: str, country: str, pop: int = 0, feature: str = "place"
) -> GazetteerEntry:
    return GazetteerEntry(pid, name, country, None, None, 0.0, 0.0, pop, feature)


ROWS = [
    (entry("1", "As Sukhnah", "SY", 20000), ["Sukhnah", "السخنة"]),
    (entry("2", "As Sukhnah", "YE", 5000), []),
    (entry("3", "Syria", "SY", 17_000_000, "country"), ["SYR"]),
]


def test_memory_gazetteer_prefers_the_reports_country() -> None:
    gaz = MemoryGazetteer(ROWS)
    assert gaz.lookup("Sukhna", countries=["SY"])[0].entry.place_id == "1"
    assert gaz.lookup("Sukhna", countries=["YE"])[0].entry.place_id == "2"
    assert gaz.lookup("Nowhere") == []
    assert gaz.country("SY") is not None and gaz.country("SY").name == "Syria"


def test_sqlite_gazetteer_behaves_like_the_fake(tmp_path) -> None:
    gaz = SQLiteGazetteer.open_or_build(tmp_path / "g.sqlite", ROWS)
    fake = MemoryGazetteer(ROWS)
    for name, countries in [("Sukhna", ["SY"]), ("As-Sukhnah", ["YE"]), ("Syria", [])]:
        real = [c.entry.place_id for c in gaz.lookup(name, countries=countries)]
        assert real == [c.entry.place_id for c in fake.lookup(name, countries=countries)]
        assert real
    assert gaz.get("3") == ROWS[2][0]
    assert set(gaz.names(["SY"])) == {"As Sukhnah", "Sukhnah", "السخنة", "Syria", "SYR"}
    gaz.close()


def test_import_replaces_a_place_and_its_names(tmp_path) -> None:
    gaz = SQLiteGazetteer.open_or_build(tmp_path / "g.sqlite", ROWS)
    assert gaz.lookup("Sukhnah", countries=["SY"])[0].matched != "Al Sukhnah"  # now kept
    gaz.add([(entry("1", "Al Sukhnah", "SY", 20000), [])], source="user")
    assert gaz.lookup("Sukhnah", countries=["SY"])[0].matched == "Al Sukhnah"
    assert gaz.lookup("Al Sukhnah", countries=["SY"])[0].entry.place_id == "1"
    gaz.close()


def test_near_misses_rank_below_key_matches(tmp_path) -> None:
    rows = [*ROWS, (entry("4", "Tall Kalakh", "SY", 50000), ["Talkalakh"])]
    for gaz in (MemoryGazetteer(rows), SQLiteGazetteer.open_or_build(tmp_path / "g.db", rows)):
        (near,) = gaz.lookup("Tal Kalukh", countries=["SY"])
        assert near.entry.name == "Tall Kalakh" and 0.8 <= near.score < 0.9
        assert gaz.lookup("Tell Kalakh")[0].score >= 0.9
        assert gaz.lookup("Paris") == []


def test_a_name_of_punctuation_only_finds_nothing() -> None:
    gaz = MemoryGazetteer(ROWS)
    assert gaz.lookup("&#8220;") == []
    assert gaz.lookup("“”") == []


def test_a_name_written_as_read_outranks_a_transliterated_one() -> None:
    """ "Kani" is a town's own name; Caen's Georgian name "კანი" only reads "kani"."""
    rows = [
        (entry("1", "Caen", "FR", 110_000), ["კანი"]),
        (entry("2", "Kani", "MM", 5_000), []),
    ]
    found = MemoryGazetteer(rows).lookup("Kani")
    assert [c.entry.place_id for c in found] == ["2", "1"]


def test_names_the_news_gives_countries_find_the_country_not_a_town(tmp_path) -> None:
    rows = [
        (entry("cd", "Democratic Republic of the Congo", "CD", 84_000_000, "country"), []),
        (entry("br", "Congo", "BR", 4933), []),
        (entry("ps", "Palestinian Territory", "PS", 4_500_000, "country"), []),
        (entry("tx", "Palestine", "US", 18288), []),
        (entry("ep", "East Palestine", "US", 4576), []),
    ]
    for gaz in (MemoryGazetteer(rows), SQLiteGazetteer.open_or_build(tmp_path / "c.db", rows)):
        for name, wanted in [("Congo", "cd"), ("the DRC", "cd"), ("Palestine", "ps")]:
            assert [c.entry.place_id for c in gaz.lookup(name)] == [wanted], name
        assert gaz.lookup("East Palestine")[0].entry.place_id == "ep"  # a town's own name


def test_a_near_miss_finds_a_place_added_after_it_was_looked_for(tmp_path) -> None:
    gaz = SQLiteGazetteer.open_or_build(tmp_path / "g.db", ROWS)
    assert gaz.lookup("Tal Kalukh", countries=["SY"]) == []  # the near-miss keys are kept
    gaz.add([(entry("4", "Tall Kalakh", "SY", 50000), [])], source="user")
    (near,) = gaz.lookup("Tal Kalukh", countries=["SY"])  # an import forgets them
    assert near.entry.name == "Tall Kalakh"
    gaz.close()


def test_a_kept_lookup_is_answered_afresh(tmp_path) -> None:
    """The gazetteer keeps its last answers; each caller gets its own list."""
    gaz = SQLiteGazetteer.open_or_build(tmp_path / "k.db", ROWS)
    first = gaz.lookup("Sukhna", countries=["SY"])
    first.clear()
    assert gaz.lookup("Sukhna", countries=["SY"]) == gaz.lookup("Sukhna", countries=["SY"])
    assert gaz.lookup("Sukhna", countries=["SY"])[0].entry.place_id == "1"
    gaz.close()
